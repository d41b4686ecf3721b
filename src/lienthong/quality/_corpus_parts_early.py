"""The first never-tuned parts of the outside corpus (blind 8–217), in the order written; the
later ones are in :mod:`._corpus_parts`, which adds each new part."""

from __future__ import annotations

from lienthong.quality import _corpus_blind8 as _blind8
from lienthong.quality import _corpus_blind9 as _blind9
from lienthong.quality import _corpus_blind10 as _blind10
from lienthong.quality import _corpus_blind11 as _blind11
from lienthong.quality import _corpus_blind12 as _blind12
from lienthong.quality import _corpus_blind13 as _blind13
from lienthong.quality import _corpus_blind14 as _blind14
from lienthong.quality import _corpus_blind15 as _blind15
from lienthong.quality import _corpus_blind16 as _blind16
from lienthong.quality import _corpus_blind17 as _blind17
from lienthong.quality import _corpus_blind18 as _blind18
from lienthong.quality import _corpus_blind19 as _blind19
from lienthong.quality import _corpus_blind20 as _blind20
from lienthong.quality import _corpus_blind21 as _blind21
from lienthong.quality import _corpus_blind22 as _blind22
from lienthong.quality import _corpus_blind23 as _blind23
from lienthong.quality import _corpus_blind24 as _blind24
from lienthong.quality import _corpus_blind25 as _blind25
from lienthong.quality import _corpus_blind26 as _blind26
from lienthong.quality import _corpus_blind27 as _blind27
from lienthong.quality import _corpus_blind28 as _blind28
from lienthong.quality import _corpus_blind29 as _blind29
from lienthong.quality import _corpus_blind30 as _blind30
from lienthong.quality import _corpus_blind31 as _blind31
from lienthong.quality import _corpus_blind32 as _blind32
from lienthong.quality import _corpus_blind33 as _blind33
from lienthong.quality import _corpus_blind34 as _blind34
from lienthong.quality import _corpus_blind35 as _blind35
from lienthong.quality import _corpus_blind36 as _blind36
from lienthong.quality import _corpus_blind37 as _blind37
from lienthong.quality import _corpus_blind38 as _blind38
from lienthong.quality import _corpus_blind39 as _blind39
from lienthong.quality import _corpus_blind40 as _blind40
from lienthong.quality import _corpus_blind41 as _blind41
from lienthong.quality import _corpus_blind42 as _blind42
from lienthong.quality import _corpus_blind43 as _blind43
from lienthong.quality import _corpus_blind44 as _blind44
from lienthong.quality import _corpus_blind45 as _blind45
from lienthong.quality import _corpus_blind46 as _blind46
from lienthong.quality import _corpus_blind47 as _blind47
from lienthong.quality import _corpus_blind48 as _blind48
from lienthong.quality import _corpus_blind49 as _blind49
from lienthong.quality import _corpus_blind50 as _blind50
from lienthong.quality import _corpus_blind51 as _blind51
from lienthong.quality import _corpus_blind52 as _blind52
from lienthong.quality import _corpus_blind53 as _blind53
from lienthong.quality import _corpus_blind54 as _blind54
from lienthong.quality import _corpus_blind55 as _blind55
from lienthong.quality import _corpus_blind56 as _blind56
from lienthong.quality import _corpus_blind57 as _blind57
from lienthong.quality import _corpus_blind58 as _blind58
from lienthong.quality import _corpus_blind59 as _blind59
from lienthong.quality import _corpus_blind60 as _blind60
from lienthong.quality import _corpus_blind61 as _blind61
from lienthong.quality import _corpus_blind62 as _blind62
from lienthong.quality import _corpus_blind63 as _blind63
from lienthong.quality import _corpus_blind64 as _blind64
from lienthong.quality import _corpus_blind65 as _blind65
from lienthong.quality import _corpus_blind66 as _blind66
from lienthong.quality import _corpus_blind67 as _blind67
from lienthong.quality import _corpus_blind68 as _blind68
from lienthong.quality import _corpus_blind69 as _blind69
from lienthong.quality import _corpus_blind70 as _blind70
from lienthong.quality import _corpus_blind71 as _blind71
from lienthong.quality import _corpus_blind72 as _blind72
from lienthong.quality import _corpus_blind73 as _blind73
from lienthong.quality import _corpus_blind74 as _blind74
from lienthong.quality import _corpus_blind75 as _blind75
from lienthong.quality import _corpus_blind76 as _blind76
from lienthong.quality import _corpus_blind77 as _blind77
from lienthong.quality import _corpus_blind78 as _blind78
from lienthong.quality import _corpus_blind79 as _blind79
from lienthong.quality import _corpus_blind80 as _blind80
from lienthong.quality import _corpus_blind81 as _blind81
from lienthong.quality import _corpus_blind82 as _blind82
from lienthong.quality import _corpus_blind83 as _blind83
from lienthong.quality import _corpus_blind84 as _blind84
from lienthong.quality import _corpus_blind85 as _blind85
from lienthong.quality import _corpus_blind86 as _blind86
from lienthong.quality import _corpus_blind87 as _blind87
from lienthong.quality import _corpus_blind88 as _blind88
from lienthong.quality import _corpus_blind89 as _blind89
from lienthong.quality import _corpus_blind90 as _blind90
from lienthong.quality import _corpus_blind91 as _blind91
from lienthong.quality import _corpus_blind92 as _blind92
from lienthong.quality import _corpus_blind93 as _blind93
from lienthong.quality import _corpus_blind94 as _blind94
from lienthong.quality import _corpus_blind95 as _blind95
from lienthong.quality import _corpus_blind96 as _blind96
from lienthong.quality import _corpus_blind97 as _blind97
from lienthong.quality import _corpus_blind98 as _blind98
from lienthong.quality import _corpus_blind99 as _blind99
from lienthong.quality import _corpus_blind100 as _blind100
from lienthong.quality import _corpus_blind101 as _blind101
from lienthong.quality import _corpus_blind102 as _blind102
from lienthong.quality import _corpus_blind103 as _blind103
from lienthong.quality import _corpus_blind104 as _blind104
from lienthong.quality import _corpus_blind105 as _blind105
from lienthong.quality import _corpus_blind106 as _blind106
from lienthong.quality import _corpus_blind107 as _blind107
from lienthong.quality import _corpus_blind108 as _blind108
from lienthong.quality import _corpus_blind109 as _blind109
from lienthong.quality import _corpus_blind110 as _blind110
from lienthong.quality import _corpus_blind111 as _blind111
from lienthong.quality import _corpus_blind112 as _blind112
from lienthong.quality import _corpus_blind113 as _blind113
from lienthong.quality import _corpus_blind114 as _blind114
from lienthong.quality import _corpus_blind115 as _blind115
from lienthong.quality import _corpus_blind116 as _blind116
from lienthong.quality import _corpus_blind117 as _blind117
from lienthong.quality import _corpus_blind118 as _blind118
from lienthong.quality import _corpus_blind119 as _blind119
from lienthong.quality import _corpus_blind120 as _blind120
from lienthong.quality import _corpus_blind121 as _blind121
from lienthong.quality import _corpus_blind122 as _blind122
from lienthong.quality import _corpus_blind123 as _blind123
from lienthong.quality import _corpus_blind124 as _blind124
from lienthong.quality import _corpus_blind125 as _blind125
from lienthong.quality import _corpus_blind126 as _blind126
from lienthong.quality import _corpus_blind127 as _blind127
from lienthong.quality import _corpus_blind128 as _blind128
from lienthong.quality import _corpus_blind129 as _blind129
from lienthong.quality import _corpus_blind130 as _blind130
from lienthong.quality import _corpus_blind131 as _blind131
from lienthong.quality import _corpus_blind132 as _blind132
from lienthong.quality import _corpus_blind133 as _blind133
from lienthong.quality import _corpus_blind134 as _blind134
from lienthong.quality import _corpus_blind135 as _blind135
from lienthong.quality import _corpus_blind136 as _blind136
from lienthong.quality import _corpus_blind137 as _blind137
from lienthong.quality import _corpus_blind138 as _blind138
from lienthong.quality import _corpus_blind139 as _blind139
from lienthong.quality import _corpus_blind140 as _blind140
from lienthong.quality import _corpus_blind141 as _blind141
from lienthong.quality import _corpus_blind142 as _blind142
from lienthong.quality import _corpus_blind143 as _blind143
from lienthong.quality import _corpus_blind144 as _blind144
from lienthong.quality import _corpus_blind145 as _blind145
from lienthong.quality import _corpus_blind146 as _blind146
from lienthong.quality import _corpus_blind147 as _blind147
from lienthong.quality import _corpus_blind148 as _blind148
from lienthong.quality import _corpus_blind149 as _blind149
from lienthong.quality import _corpus_blind150 as _blind150
from lienthong.quality import _corpus_blind151 as _blind151
from lienthong.quality import _corpus_blind152 as _blind152
from lienthong.quality import _corpus_blind153 as _blind153
from lienthong.quality import _corpus_blind154 as _blind154
from lienthong.quality import _corpus_blind155 as _blind155
from lienthong.quality import _corpus_blind156 as _blind156
from lienthong.quality import _corpus_blind157 as _blind157
from lienthong.quality import _corpus_blind158 as _blind158
from lienthong.quality import _corpus_blind159 as _blind159
from lienthong.quality import _corpus_blind160 as _blind160
from lienthong.quality import _corpus_blind161 as _blind161
from lienthong.quality import _corpus_blind162 as _blind162
from lienthong.quality import _corpus_blind163 as _blind163
from lienthong.quality import _corpus_blind164 as _blind164
from lienthong.quality import _corpus_blind165 as _blind165
from lienthong.quality import _corpus_blind166 as _blind166
from lienthong.quality import _corpus_blind167 as _blind167
from lienthong.quality import _corpus_blind168 as _blind168
from lienthong.quality import _corpus_blind169 as _blind169
from lienthong.quality import _corpus_blind170 as _blind170
from lienthong.quality import _corpus_blind171 as _blind171
from lienthong.quality import _corpus_blind172 as _blind172
from lienthong.quality import _corpus_blind173 as _blind173
from lienthong.quality import _corpus_blind174 as _blind174
from lienthong.quality import _corpus_blind175 as _blind175
from lienthong.quality import _corpus_blind176 as _blind176
from lienthong.quality import _corpus_blind177 as _blind177
from lienthong.quality import _corpus_blind178 as _blind178
from lienthong.quality import _corpus_blind179 as _blind179
from lienthong.quality import _corpus_blind180 as _blind180
from lienthong.quality import _corpus_blind181 as _blind181
from lienthong.quality import _corpus_blind182 as _blind182
from lienthong.quality import _corpus_blind183 as _blind183
from lienthong.quality import _corpus_blind184 as _blind184
from lienthong.quality import _corpus_blind185 as _blind185
from lienthong.quality import _corpus_blind186 as _blind186
from lienthong.quality import _corpus_blind187 as _blind187
from lienthong.quality import _corpus_blind188 as _blind188
from lienthong.quality import _corpus_blind189 as _blind189
from lienthong.quality import _corpus_blind190 as _blind190
from lienthong.quality import _corpus_blind191 as _blind191
from lienthong.quality import _corpus_blind192 as _blind192
from lienthong.quality import _corpus_blind193 as _blind193
from lienthong.quality import _corpus_blind194 as _blind194
from lienthong.quality import _corpus_blind195 as _blind195
from lienthong.quality import _corpus_blind196 as _blind196
from lienthong.quality import _corpus_blind197 as _blind197
from lienthong.quality import _corpus_blind198 as _blind198
from lienthong.quality import _corpus_blind199 as _blind199
from lienthong.quality import _corpus_blind200 as _blind200
from lienthong.quality import _corpus_blind201 as _blind201
from lienthong.quality import _corpus_blind202 as _blind202
from lienthong.quality import _corpus_blind203 as _blind203
from lienthong.quality import _corpus_blind204 as _blind204
from lienthong.quality import _corpus_blind205 as _blind205
from lienthong.quality import _corpus_blind206 as _blind206
from lienthong.quality import _corpus_blind207 as _blind207
from lienthong.quality import _corpus_blind208 as _blind208
from lienthong.quality import _corpus_blind209 as _blind209
from lienthong.quality import _corpus_blind210 as _blind210
from lienthong.quality import _corpus_blind211 as _blind211
from lienthong.quality import _corpus_blind212 as _blind212
from lienthong.quality import _corpus_blind213 as _blind213
from lienthong.quality import _corpus_blind214 as _blind214
from lienthong.quality import _corpus_blind215 as _blind215
from lienthong.quality import _corpus_blind216 as _blind216
from lienthong.quality import _corpus_blind217 as _blind217
from lienthong.quality._corpus_part import Part, part_of

_blind = part_of

#: The blind parts 8–217.
EARLY_PARTS: tuple[Part, ...] = (
    _blind(8, _blind8),
    _blind(9, _blind9),
    _blind(10, _blind10),
    _blind(11, _blind11),
    _blind(12, _blind12),
    _blind(13, _blind13),
    _blind(14, _blind14),
    _blind(15, _blind15),
    _blind(16, _blind16),
    _blind(17, _blind17),
    _blind(18, _blind18),
    _blind(19, _blind19),
    _blind(20, _blind20),
    _blind(21, _blind21),
    _blind(22, _blind22),
    _blind(23, _blind23),
    _blind(24, _blind24),
    _blind(25, _blind25),
    _blind(26, _blind26),
    _blind(27, _blind27),
    _blind(28, _blind28),
    _blind(29, _blind29),
    _blind(30, _blind30),
    _blind(31, _blind31),
    _blind(32, _blind32),
    _blind(33, _blind33),
    _blind(34, _blind34),
    _blind(35, _blind35),
    _blind(36, _blind36),
    _blind(37, _blind37),
    _blind(38, _blind38),
    _blind(39, _blind39),
    _blind(40, _blind40),
    _blind(41, _blind41),
    _blind(42, _blind42),
    _blind(43, _blind43),
    _blind(44, _blind44),
    _blind(45, _blind45),
    _blind(46, _blind46),
    _blind(47, _blind47),
    _blind(48, _blind48),
    _blind(49, _blind49),
    _blind(50, _blind50),
    _blind(51, _blind51),
    _blind(52, _blind52),
    _blind(53, _blind53),
    _blind(54, _blind54),
    _blind(55, _blind55),
    _blind(56, _blind56),
    _blind(57, _blind57),
    _blind(58, _blind58),
    _blind(59, _blind59),
    _blind(60, _blind60),
    _blind(61, _blind61),
    _blind(62, _blind62),
    _blind(63, _blind63),
    _blind(64, _blind64),
    _blind(65, _blind65),
    _blind(66, _blind66),
    _blind(67, _blind67),
    _blind(68, _blind68),
    _blind(69, _blind69),
    _blind(70, _blind70),
    _blind(71, _blind71),
    _blind(72, _blind72),
    _blind(73, _blind73),
    _blind(74, _blind74),
    _blind(75, _blind75),
    _blind(76, _blind76),
    _blind(78, _blind78),
    _blind(77, _blind77),
    _blind(79, _blind79),
    _blind(80, _blind80),
    _blind(81, _blind81),
    _blind(82, _blind82),
    _blind(83, _blind83),
    _blind(84, _blind84),
    _blind(85, _blind85),
    _blind(86, _blind86),
    _blind(87, _blind87),
    _blind(88, _blind88),
    _blind(89, _blind89),
    _blind(90, _blind90),
    _blind(91, _blind91),
    _blind(92, _blind92),
    _blind(93, _blind93),
    _blind(94, _blind94),
    _blind(95, _blind95),
    _blind(96, _blind96),
    _blind(97, _blind97),
    _blind(98, _blind98),
    _blind(99, _blind99),
    _blind(100, _blind100),
    _blind(101, _blind101),
    _blind(102, _blind102),
    _blind(103, _blind103),
    _blind(104, _blind104),
    _blind(105, _blind105),
    _blind(106, _blind106),
    _blind(107, _blind107),
    _blind(108, _blind108),
    _blind(109, _blind109),
    _blind(110, _blind110),
    _blind(111, _blind111),
    _blind(112, _blind112),
    _blind(113, _blind113),
    _blind(114, _blind114),
    _blind(115, _blind115),
    _blind(116, _blind116),
    _blind(117, _blind117),
    _blind(118, _blind118),
    _blind(119, _blind119),
    _blind(120, _blind120),
    _blind(121, _blind121),
    _blind(122, _blind122),
    _blind(123, _blind123),
    _blind(124, _blind124),
    _blind(125, _blind125),
    _blind(126, _blind126),
    _blind(127, _blind127),
    _blind(128, _blind128),
    _blind(129, _blind129),
    _blind(130, _blind130),
    _blind(131, _blind131),
    _blind(132, _blind132),
    _blind(133, _blind133),
    _blind(134, _blind134),
    _blind(135, _blind135),
    _blind(136, _blind136),
    _blind(137, _blind137),
    _blind(138, _blind138),
    _blind(139, _blind139),
    _blind(140, _blind140),
    _blind(141, _blind141),
    _blind(142, _blind142),
    _blind(143, _blind143),
    _blind(144, _blind144),
    _blind(145, _blind145),
    _blind(146, _blind146),
    _blind(147, _blind147),
    _blind(148, _blind148),
    _blind(149, _blind149),
    _blind(150, _blind150),
    _blind(151, _blind151),
    _blind(152, _blind152),
    _blind(153, _blind153),
    _blind(154, _blind154),
    _blind(155, _blind155),
    _blind(156, _blind156),
    _blind(157, _blind157),
    _blind(158, _blind158),
    _blind(159, _blind159),
    _blind(160, _blind160),
    _blind(161, _blind161),
    _blind(162, _blind162),
    _blind(163, _blind163),
    _blind(164, _blind164),
    _blind(165, _blind165),
    _blind(166, _blind166),
    _blind(167, _blind167),
    _blind(168, _blind168),
    _blind(169, _blind169),
    _blind(170, _blind170),
    _blind(171, _blind171),
    _blind(172, _blind172),
    _blind(173, _blind173),
    _blind(174, _blind174),
    _blind(175, _blind175),
    _blind(176, _blind176),
    _blind(177, _blind177),
    _blind(178, _blind178),
    _blind(179, _blind179),
    _blind(180, _blind180),
    _blind(181, _blind181),
    _blind(182, _blind182),
    _blind(183, _blind183),
    _blind(184, _blind184),
    _blind(185, _blind185),
    _blind(186, _blind186),
    _blind(187, _blind187),
    _blind(188, _blind188),
    _blind(189, _blind189),
    _blind(190, _blind190),
    _blind(191, _blind191),
    _blind(192, _blind192),
    _blind(193, _blind193),
    _blind(194, _blind194),
    _blind(195, _blind195),
    _blind(196, _blind196),
    _blind(197, _blind197),
    _blind(198, _blind198),
    _blind(199, _blind199),
    _blind(200, _blind200),
    _blind(201, _blind201),
    _blind(202, _blind202),
    _blind(203, _blind203),
    _blind(204, _blind204),
    _blind(205, _blind205),
    _blind(206, _blind206),
    _blind(207, _blind207),
    _blind(208, _blind208),
    _blind(209, _blind209),
    _blind(210, _blind210),
    _blind(211, _blind211),
    _blind(212, _blind212),
    _blind(213, _blind213),
    _blind(214, _blind214),
    _blind(215, _blind215),
    _blind(216, _blind216),
    _blind(217, _blind217),
)
