"""The never-tuned parts of the outside corpus (blind 8 on), one entry each.

Each part is a module (:mod:`._corpus_blind8` …) a helper wrote without reading any role rule,
at the time its docstring gives, with the registers and countries it names. A part brings its
shapes, the writers of its own columns, the invalid day of each date format it uses, and which
of its writers hold addresses, phones, names, sexes and national ids (the defects planted in
them follow). Adding a part is one import and one line in :data:`BLIND_PARTS` (blind 8–117
are in :mod:`._corpus_parts_early`, :class:`Part` in :mod:`._corpus_part`).
"""

from __future__ import annotations

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
from lienthong.quality import _corpus_blind218 as _blind218
from lienthong.quality import _corpus_blind219 as _blind219
from lienthong.quality import _corpus_blind220 as _blind220
from lienthong.quality import _corpus_blind221 as _blind221
from lienthong.quality import _corpus_blind222 as _blind222
from lienthong.quality import _corpus_blind223 as _blind223
from lienthong.quality import _corpus_blind224 as _blind224
from lienthong.quality import _corpus_blind225 as _blind225
from lienthong.quality import _corpus_blind226 as _blind226
from lienthong.quality import _corpus_blind227 as _blind227
from lienthong.quality import _corpus_blind228 as _blind228
from lienthong.quality import _corpus_blind229 as _blind229
from lienthong.quality import _corpus_blind230 as _blind230
from lienthong.quality import _corpus_blind231 as _blind231
from lienthong.quality import _corpus_blind232 as _blind232
from lienthong.quality import _corpus_blind233 as _blind233
from lienthong.quality import _corpus_blind234 as _blind234
from lienthong.quality import _corpus_blind235 as _blind235
from lienthong.quality import _corpus_blind236 as _blind236
from lienthong.quality import _corpus_blind237 as _blind237
from lienthong.quality import _corpus_blind238 as _blind238
from lienthong.quality import _corpus_blind239 as _blind239
from lienthong.quality import _corpus_blind240 as _blind240
from lienthong.quality import _corpus_blind241 as _blind241
from lienthong.quality import _corpus_blind242 as _blind242
from lienthong.quality import _corpus_blind243 as _blind243
from lienthong.quality import _corpus_blind244 as _blind244
from lienthong.quality import _corpus_blind245 as _blind245
from lienthong.quality import _corpus_blind246 as _blind246
from lienthong.quality import _corpus_blind247 as _blind247
from lienthong.quality import _corpus_blind248 as _blind248
from lienthong.quality import _corpus_blind249 as _blind249
from lienthong.quality import _corpus_blind250 as _blind250
from lienthong.quality import _corpus_blind251 as _blind251
from lienthong.quality import _corpus_blind252 as _blind252
from lienthong.quality import _corpus_blind253 as _blind253
from lienthong.quality import _corpus_blind254 as _blind254
from lienthong.quality import _corpus_blind255 as _blind255
from lienthong.quality import _corpus_blind256 as _blind256
from lienthong.quality import _corpus_blind257 as _blind257
from lienthong.quality import _corpus_blind258 as _blind258
from lienthong.quality import _corpus_blind259 as _blind259
from lienthong.quality import _corpus_blind260 as _blind260
from lienthong.quality import _corpus_blind261 as _blind261
from lienthong.quality import _corpus_blind262 as _blind262
from lienthong.quality import _corpus_blind263 as _blind263
from lienthong.quality import _corpus_blind264 as _blind264
from lienthong.quality import _corpus_blind265 as _blind265
from lienthong.quality import _corpus_blind266 as _blind266
from lienthong.quality import _corpus_blind267 as _blind267
from lienthong.quality import _corpus_blind268 as _blind268
from lienthong.quality import _corpus_blind269 as _blind269
from lienthong.quality import _corpus_blind270 as _blind270
from lienthong.quality import _corpus_blind271 as _blind271
from lienthong.quality import _corpus_blind272 as _blind272
from lienthong.quality import _corpus_blind273 as _blind273
from lienthong.quality import _corpus_blind274 as _blind274
from lienthong.quality import _corpus_blind275 as _blind275
from lienthong.quality import _corpus_blind276 as _blind276
from lienthong.quality import _corpus_blind277 as _blind277
from lienthong.quality import _corpus_blind278 as _blind278
from lienthong.quality import _corpus_blind279 as _blind279
from lienthong.quality import _corpus_blind280 as _blind280
from lienthong.quality import _corpus_blind281 as _blind281
from lienthong.quality import _corpus_blind282 as _blind282
from lienthong.quality import _corpus_blind283 as _blind283
from lienthong.quality import _corpus_blind284 as _blind284
from lienthong.quality import _corpus_blind285 as _blind285
from lienthong.quality import _corpus_blind286 as _blind286
from lienthong.quality import _corpus_blind287 as _blind287
from lienthong.quality import _corpus_blind288 as _blind288
from lienthong.quality import _corpus_blind289 as _blind289
from lienthong.quality import _corpus_blind290 as _blind290
from lienthong.quality import _corpus_blind291 as _blind291
from lienthong.quality import _corpus_blind292 as _blind292
from lienthong.quality import _corpus_blind293 as _blind293
from lienthong.quality import _corpus_blind294 as _blind294
from lienthong.quality import _corpus_blind295 as _blind295
from lienthong.quality import _corpus_blind296 as _blind296
from lienthong.quality import _corpus_blind297 as _blind297
from lienthong.quality import _corpus_blind298 as _blind298
from lienthong.quality import _corpus_blind299 as _blind299
from lienthong.quality import _corpus_blind300 as _blind300
from lienthong.quality import _corpus_blind301 as _blind301
from lienthong.quality import _corpus_blind302 as _blind302
from lienthong.quality import _corpus_blind303 as _blind303
from lienthong.quality import _corpus_blind304 as _blind304
from lienthong.quality import _corpus_blind305 as _blind305
from lienthong.quality import _corpus_blind306 as _blind306
from lienthong.quality import _corpus_blind307 as _blind307
from lienthong.quality import _corpus_blind308 as _blind308
from lienthong.quality import _corpus_blind309 as _blind309
from lienthong.quality import _corpus_blind310 as _blind310
from lienthong.quality import _corpus_blind311 as _blind311
from lienthong.quality import _corpus_blind312 as _blind312
from lienthong.quality import _corpus_blind313 as _blind313
from lienthong.quality import _corpus_blind314 as _blind314
from lienthong.quality import _corpus_blind315 as _blind315
from lienthong.quality import _corpus_blind316 as _blind316
from lienthong.quality import _corpus_blind317 as _blind317
from lienthong.quality import _corpus_blind318 as _blind318
from lienthong.quality import _corpus_blind319 as _blind319
from lienthong.quality import _corpus_blind320 as _blind320
from lienthong.quality import _corpus_blind321 as _blind321
from lienthong.quality import _corpus_blind322 as _blind322
from lienthong.quality import _corpus_blind323 as _blind323
from lienthong.quality import _corpus_blind324 as _blind324
from lienthong.quality import _corpus_blind325 as _blind325
from lienthong.quality import _corpus_blind326 as _blind326
from lienthong.quality import _corpus_blind327 as _blind327
from lienthong.quality import _corpus_blind328 as _blind328
from lienthong.quality import _corpus_blind329 as _blind329
from lienthong.quality import _corpus_blind330 as _blind330
from lienthong.quality import _corpus_blind331 as _blind331
from lienthong.quality import _corpus_blind332 as _blind332
from lienthong.quality import _corpus_blind333 as _blind333
from lienthong.quality import _corpus_blind334 as _blind334
from lienthong.quality import _corpus_blind335 as _blind335
from lienthong.quality import _corpus_blind336 as _blind336
from lienthong.quality import _corpus_blind337 as _blind337
from lienthong.quality import _corpus_blind338 as _blind338
from lienthong.quality import _corpus_blind339 as _blind339
from lienthong.quality import _corpus_blind340 as _blind340
from lienthong.quality import _corpus_blind341 as _blind341
from lienthong.quality import _corpus_blind342 as _blind342
from lienthong.quality import _corpus_blind343 as _blind343
from lienthong.quality import _corpus_blind344 as _blind344
from lienthong.quality import _corpus_blind345 as _blind345
from lienthong.quality import _corpus_blind346 as _blind346
from lienthong.quality import _corpus_blind347 as _blind347
from lienthong.quality import _corpus_blind348 as _blind348
from lienthong.quality import _corpus_blind349 as _blind349
from lienthong.quality import _corpus_blind350 as _blind350
from lienthong.quality import _corpus_blind351 as _blind351
from lienthong.quality import _corpus_blind352 as _blind352
from lienthong.quality import _corpus_blind353 as _blind353
from lienthong.quality import _corpus_blind354 as _blind354
from lienthong.quality import _corpus_blind355 as _blind355
from lienthong.quality import _corpus_blind356 as _blind356
from lienthong.quality import _corpus_blind357 as _blind357
from lienthong.quality import _corpus_blind358 as _blind358
from lienthong.quality import _corpus_blind359 as _blind359
from lienthong.quality import _corpus_blind360 as _blind360
from lienthong.quality import _corpus_blind361 as _blind361
from lienthong.quality import _corpus_blind362 as _blind362
from lienthong.quality._corpus_part import Part, part_of
from lienthong.quality._corpus_parts_early import EARLY_PARTS

__all__ = ["BLIND_PARTS", "Part"]

_blind = part_of

#: Every blind part, in the order written.
BLIND_PARTS: tuple[Part, ...] = (
    *EARLY_PARTS,
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
    _blind(218, _blind218),
    _blind(219, _blind219),
    _blind(220, _blind220),
    _blind(221, _blind221),
    _blind(222, _blind222),
    _blind(223, _blind223),
    _blind(224, _blind224),
    _blind(225, _blind225),
    _blind(226, _blind226),
    _blind(227, _blind227),
    _blind(228, _blind228),
    _blind(229, _blind229),
    _blind(230, _blind230),
    _blind(231, _blind231),
    _blind(232, _blind232),
    _blind(233, _blind233),
    _blind(234, _blind234),
    _blind(235, _blind235),
    _blind(236, _blind236),
    _blind(237, _blind237),
    _blind(238, _blind238),
    _blind(239, _blind239),
    _blind(240, _blind240),
    _blind(241, _blind241),
    _blind(242, _blind242),
    _blind(243, _blind243),
    _blind(244, _blind244),
    _blind(245, _blind245),
    _blind(246, _blind246),
    _blind(247, _blind247),
    _blind(248, _blind248),
    _blind(249, _blind249),
    _blind(250, _blind250),
    _blind(251, _blind251),
    _blind(252, _blind252),
    _blind(253, _blind253),
    _blind(254, _blind254),
    _blind(255, _blind255),
    _blind(256, _blind256),
    _blind(257, _blind257),
    _blind(258, _blind258),
    _blind(259, _blind259),
    _blind(260, _blind260),
    _blind(261, _blind261),
    _blind(262, _blind262),
    _blind(263, _blind263),
    _blind(264, _blind264),
    _blind(265, _blind265),
    _blind(266, _blind266),
    _blind(267, _blind267),
    _blind(268, _blind268),
    _blind(269, _blind269),
    _blind(270, _blind270),
    _blind(271, _blind271),
    _blind(272, _blind272),
    _blind(273, _blind273),
    _blind(274, _blind274),
    _blind(275, _blind275),
    _blind(276, _blind276),
    _blind(277, _blind277),
    _blind(278, _blind278),
    _blind(279, _blind279),
    _blind(280, _blind280),
    _blind(281, _blind281),
    _blind(282, _blind282),
    _blind(283, _blind283),
    _blind(284, _blind284),
    _blind(285, _blind285),
    _blind(286, _blind286),
    _blind(287, _blind287),
    _blind(288, _blind288),
    _blind(289, _blind289),
    _blind(290, _blind290),
    _blind(291, _blind291),
    _blind(292, _blind292),
    _blind(293, _blind293),
    _blind(294, _blind294),
    _blind(295, _blind295),
    _blind(296, _blind296),
    _blind(297, _blind297),
    _blind(298, _blind298),
    _blind(299, _blind299),
    _blind(300, _blind300),
    _blind(301, _blind301),
    _blind(302, _blind302),
    _blind(303, _blind303),
    _blind(304, _blind304),
    _blind(305, _blind305),
    _blind(306, _blind306),
    _blind(307, _blind307),
    _blind(308, _blind308),
    _blind(309, _blind309),
    _blind(310, _blind310),
    _blind(311, _blind311),
    _blind(312, _blind312),
    _blind(313, _blind313),
    _blind(314, _blind314),
    _blind(315, _blind315),
    _blind(316, _blind316),
    _blind(317, _blind317),
    _blind(318, _blind318),
    _blind(319, _blind319),
    _blind(320, _blind320),
    _blind(321, _blind321),
    _blind(322, _blind322),
    _blind(323, _blind323),
    _blind(324, _blind324),
    _blind(325, _blind325),
    _blind(326, _blind326),
    _blind(327, _blind327),
    _blind(328, _blind328),
    _blind(329, _blind329),
    _blind(330, _blind330),
    _blind(331, _blind331),
    _blind(332, _blind332),
    _blind(333, _blind333),
    _blind(334, _blind334),
    _blind(335, _blind335),
    _blind(336, _blind336),
    _blind(337, _blind337),
    _blind(338, _blind338),
    _blind(339, _blind339),
    _blind(340, _blind340),
    _blind(341, _blind341),
    _blind(342, _blind342),
    _blind(343, _blind343),
    _blind(344, _blind344),
    _blind(345, _blind345),
    _blind(346, _blind346),
    _blind(347, _blind347),
    _blind(348, _blind348),
    _blind(349, _blind349),
    _blind(350, _blind350),
    _blind(351, _blind351),
    _blind(352, _blind352),
    _blind(353, _blind353),
    _blind(354, _blind354),
    _blind(355, _blind355),
    _blind(356, _blind356),
    _blind(357, _blind357),
    _blind(358, _blind358),
    _blind(359, _blind359),
    _blind(360, _blind360),
    _blind(361, _blind361),
    _blind(362, _blind362),
)
