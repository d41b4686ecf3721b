"""The first never-tuned parts of the outside corpus (blind 8–117), in the order written; the
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
from lienthong.quality._corpus_part import Part, part_of

_blind = part_of

#: The blind parts 8–117.
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
)
