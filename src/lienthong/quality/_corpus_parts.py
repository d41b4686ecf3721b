"""The never-tuned parts of the outside corpus (blind 8 on), one entry each.

Each part is a module (:mod:`._corpus_blind8` …) a helper wrote without reading any role rule,
at the time its docstring gives, with the registers and countries it names. A part brings its
shapes, the writers of its own columns, the invalid day of each date format it uses, and which
of its writers hold addresses, phones, names, sexes and national ids (the defects planted in
them follow). Adding a part is one import and one line in :data:`BLIND_PARTS` (blind 8–217
are in :mod:`._corpus_parts_early`, :class:`Part` in :mod:`._corpus_part`).
"""

from __future__ import annotations

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
from lienthong.quality import _corpus_blind363 as _blind363
from lienthong.quality import _corpus_blind364 as _blind364
from lienthong.quality import _corpus_blind365 as _blind365
from lienthong.quality import _corpus_blind366 as _blind366
from lienthong.quality import _corpus_blind367 as _blind367
from lienthong.quality import _corpus_blind368 as _blind368
from lienthong.quality import _corpus_blind369 as _blind369
from lienthong.quality import _corpus_blind370 as _blind370
from lienthong.quality import _corpus_blind371 as _blind371
from lienthong.quality import _corpus_blind372 as _blind372
from lienthong.quality import _corpus_blind373 as _blind373
from lienthong.quality import _corpus_blind374 as _blind374
from lienthong.quality import _corpus_blind375 as _blind375
from lienthong.quality import _corpus_blind376 as _blind376
from lienthong.quality import _corpus_blind377 as _blind377
from lienthong.quality import _corpus_blind378 as _blind378
from lienthong.quality import _corpus_blind379 as _blind379
from lienthong.quality import _corpus_blind380 as _blind380
from lienthong.quality import _corpus_blind381 as _blind381
from lienthong.quality import _corpus_blind382 as _blind382
from lienthong.quality import _corpus_blind383 as _blind383
from lienthong.quality import _corpus_blind384 as _blind384
from lienthong.quality import _corpus_blind385 as _blind385
from lienthong.quality import _corpus_blind386 as _blind386
from lienthong.quality import _corpus_blind387 as _blind387
from lienthong.quality import _corpus_blind388 as _blind388
from lienthong.quality import _corpus_blind389 as _blind389
from lienthong.quality import _corpus_blind390 as _blind390
from lienthong.quality import _corpus_blind391 as _blind391
from lienthong.quality import _corpus_blind392 as _blind392
from lienthong.quality import _corpus_blind393 as _blind393
from lienthong.quality import _corpus_blind394 as _blind394
from lienthong.quality import _corpus_blind395 as _blind395
from lienthong.quality import _corpus_blind396 as _blind396
from lienthong.quality import _corpus_blind397 as _blind397
from lienthong.quality import _corpus_blind398 as _blind398
from lienthong.quality import _corpus_blind399 as _blind399
from lienthong.quality import _corpus_blind400 as _blind400
from lienthong.quality import _corpus_blind401 as _blind401
from lienthong.quality import _corpus_blind402 as _blind402
from lienthong.quality import _corpus_blind403 as _blind403
from lienthong.quality import _corpus_blind404 as _blind404
from lienthong.quality import _corpus_blind405 as _blind405
from lienthong.quality import _corpus_blind406 as _blind406
from lienthong.quality import _corpus_blind407 as _blind407
from lienthong.quality import _corpus_blind408 as _blind408
from lienthong.quality import _corpus_blind409 as _blind409
from lienthong.quality import _corpus_blind410 as _blind410
from lienthong.quality import _corpus_blind411 as _blind411
from lienthong.quality import _corpus_blind412 as _blind412
from lienthong.quality import _corpus_blind413 as _blind413
from lienthong.quality import _corpus_blind414 as _blind414
from lienthong.quality import _corpus_blind415 as _blind415
from lienthong.quality import _corpus_blind416 as _blind416
from lienthong.quality import _corpus_blind417 as _blind417
from lienthong.quality import _corpus_blind418 as _blind418
from lienthong.quality import _corpus_blind419 as _blind419
from lienthong.quality import _corpus_blind420 as _blind420
from lienthong.quality import _corpus_blind421 as _blind421
from lienthong.quality import _corpus_blind422 as _blind422
from lienthong.quality import _corpus_blind423 as _blind423
from lienthong.quality import _corpus_blind424 as _blind424
from lienthong.quality import _corpus_blind425 as _blind425
from lienthong.quality import _corpus_blind426 as _blind426
from lienthong.quality import _corpus_blind427 as _blind427
from lienthong.quality import _corpus_blind428 as _blind428
from lienthong.quality import _corpus_blind429 as _blind429
from lienthong.quality import _corpus_blind430 as _blind430
from lienthong.quality import _corpus_blind431 as _blind431
from lienthong.quality import _corpus_blind432 as _blind432
from lienthong.quality import _corpus_blind433 as _blind433
from lienthong.quality import _corpus_blind434 as _blind434
from lienthong.quality import _corpus_blind435 as _blind435
from lienthong.quality import _corpus_blind436 as _blind436
from lienthong.quality import _corpus_blind437 as _blind437
from lienthong.quality import _corpus_blind438 as _blind438
from lienthong.quality import _corpus_blind439 as _blind439
from lienthong.quality import _corpus_blind440 as _blind440
from lienthong.quality import _corpus_blind441 as _blind441
from lienthong.quality import _corpus_blind442 as _blind442
from lienthong.quality import _corpus_blind443 as _blind443
from lienthong.quality import _corpus_blind444 as _blind444
from lienthong.quality import _corpus_blind445 as _blind445
from lienthong.quality import _corpus_blind446 as _blind446
from lienthong.quality import _corpus_blind447 as _blind447
from lienthong.quality import _corpus_blind448 as _blind448
from lienthong.quality import _corpus_blind449 as _blind449
from lienthong.quality import _corpus_blind450 as _blind450
from lienthong.quality._corpus_part import Part, part_of
from lienthong.quality._corpus_parts_early import EARLY_PARTS

__all__ = ["BLIND_PARTS", "Part"]

_blind = part_of

#: Every blind part, in the order written.
BLIND_PARTS: tuple[Part, ...] = (
    *EARLY_PARTS,
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
    _blind(363, _blind363),
    _blind(364, _blind364),
    _blind(365, _blind365),
    _blind(366, _blind366),
    _blind(367, _blind367),
    _blind(368, _blind368),
    _blind(369, _blind369),
    _blind(370, _blind370),
    _blind(371, _blind371),
    _blind(372, _blind372),
    _blind(373, _blind373),
    _blind(374, _blind374),
    _blind(375, _blind375),
    _blind(376, _blind376),
    _blind(377, _blind377),
    _blind(378, _blind378),
    _blind(379, _blind379),
    _blind(380, _blind380),
    _blind(381, _blind381),
    _blind(382, _blind382),
    _blind(383, _blind383),
    _blind(384, _blind384),
    _blind(385, _blind385),
    _blind(386, _blind386),
    _blind(387, _blind387),
    _blind(388, _blind388),
    _blind(389, _blind389),
    _blind(390, _blind390),
    _blind(391, _blind391),
    _blind(392, _blind392),
    _blind(393, _blind393),
    _blind(394, _blind394),
    _blind(395, _blind395),
    _blind(396, _blind396),
    _blind(397, _blind397),
    _blind(398, _blind398),
    _blind(399, _blind399),
    _blind(400, _blind400),
    _blind(401, _blind401),
    _blind(402, _blind402),
    _blind(403, _blind403),
    _blind(404, _blind404),
    _blind(405, _blind405),
    _blind(406, _blind406),
    _blind(407, _blind407),
    _blind(408, _blind408),
    _blind(409, _blind409),
    _blind(410, _blind410),
    _blind(411, _blind411),
    _blind(412, _blind412),
    _blind(413, _blind413),
    _blind(414, _blind414),
    _blind(415, _blind415),
    _blind(416, _blind416),
    _blind(417, _blind417),
    _blind(418, _blind418),
    _blind(419, _blind419),
    _blind(420, _blind420),
    _blind(421, _blind421),
    _blind(422, _blind422),
    _blind(423, _blind423),
    _blind(424, _blind424),
    _blind(425, _blind425),
    _blind(426, _blind426),
    _blind(427, _blind427),
    _blind(428, _blind428),
    _blind(429, _blind429),
    _blind(430, _blind430),
    _blind(431, _blind431),
    _blind(432, _blind432),
    _blind(433, _blind433),
    _blind(434, _blind434),
    _blind(435, _blind435),
    _blind(436, _blind436),
    _blind(437, _blind437),
    _blind(438, _blind438),
    _blind(439, _blind439),
    _blind(440, _blind440),
    _blind(441, _blind441),
    _blind(442, _blind442),
    _blind(443, _blind443),
    _blind(444, _blind444),
    _blind(445, _blind445),
    _blind(446, _blind446),
    _blind(447, _blind447),
    _blind(448, _blind448),
    _blind(449, _blind449),
    _blind(450, _blind450),
)
