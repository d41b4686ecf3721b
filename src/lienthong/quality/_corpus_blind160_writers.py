"""How the people of the hundred-and-sixtieth part of the outside corpus (**blind 160**,
:mod:`lienthong.quality._corpus_blind160`) are written: four Vietnamese files' own columns (rice
wine makers selling to a licensed firm, a forest owners' group certified to FSC, weapons and
explosives handed in to the commune police, a microfinance institution's clients in a
micro-insurance scheme) and Kazakh, Kyrgyz, Uzbek, Tajik and Turkmen names, places, phones and
numbers in the forms their registers show (the Kazakh ЖСН/ИИН ends in its two-pass mod-11 digit, the
Uzbek JShShIR in its 7-3-1 digit, the Kyrgyz ПИН opens with the sex digit and the day of birth, the
Tajik ИРМ/ИНН has nine digits, the Turkmen passport its ``I-AŞ`` series)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind10_writers import _iin, _kz_names
from lienthong.quality._corpus_blind11_writers import (
    _UZ_FAMILY_M,
    _UZ_GIVEN_F,
    _UZ_GIVEN_M,
    _pinfl,
    _uz_place,
)
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind28_writers import _TM_GIVEN_F, _TM_GIVEN_M, _tm_family
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind72_writers import _pin_kg
from lienthong.quality._corpus_blind104_writers import (
    _KG_FATHERS,
    _KG_GIVEN_F,
    _KG_GIVEN_M,
    _TJ_FATHERS,
    _TJ_GIVEN_F,
    _TJ_GIVEN_M,
    _kg_family,
    _tj_family,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: handmade rice wine sold to a licensed firm -----------------------------------------
_VN_WINE_KINDS = ("Rượu gạo", "Rượu nếp", "Rượu ngô men lá", "Rượu nếp cẩm", "Rượu gạo")
_VN_WINE_FIRMS = (
    "Cty CP Rượu Làng Vân",
    "Cty TNHH Bàu Đá",
    "HTX Rượu Kim Sơn",
    "Cty TNHH Rượu Mẫu Sơn",
)
# -- Vietnam: FSC forest owners' group ------------------------------------------------------------
_VN_FSC_SPECIES = ("Keo lai", "Keo lai giâm hom", "Keo tai tượng", "Bạch đàn", "Keo lá tràm")
_VN_FSC_GROUPS = (
    "Nhóm CCR Hương Sơn",
    "Nhóm hộ FSC Phong Điền",
    "Nhóm CCR Yên Bình",
    "Nhóm hộ FSC Đại Lộc",
)
# -- Vietnam: weapons handed in ------------------------------------------------------------------
_VN_ARMS = (
    "Súng kíp tự chế",
    "Súng hơi",
    "Dao kiếm (02 cây)",
    "Kíp nổ (05 cái)",
    "Đầu đạn pháo (vật liệu nổ sót lại sau chiến tranh)",
    "Súng bắn đạn bi",
    "Nỏ",
)
_VN_ARMS_STATE = ("Còn sử dụng được", "Hư hỏng", "Rỉ sét", "Còn sử dụng được")
# -- Vietnam: a microfinance institution's micro-insurance ------------------------------------
_VN_MI_PLANS = ("Gói 1 (120.000đ/năm)", "Gói 2 (240.000đ/năm)", "Gói 1 (120.000đ/năm)")
_VN_MI_BRANCH = ("Cụm 03 - Tổ 2", "Cụm 07 - Tổ 1", "Cụm Tân Phú - Tổ 4", "Cụm 12 - Tổ 3")

# -- Kazakhstan: ҰБТ (unified national test) results ---------------------------------------------
_KZ_SCHOOLS = (
    "№ 38 IT-мектеп-лицей",
    "Назарбаев Зияткерлік мектебі (ФМБ)",
    "№ 15 жалпы білім беретін мектеп",
    "«Білім-Инновация» лицейі",
    "№ 2 гимназия",
)
_KZ_PROFILES = (
    "Математика – Физика",
    "Биология – Химия",
    "Дүниежүзі тарихы – Құқық",
    "Математика – Информатика",
    "География – Ағылшын тілі",
)
_KZ_TOWNS = (
    "Астана қ., Есіл ауданы",
    "Алматы қ., Әуезов ауданы",
    "Шымкент қ., Абай ауданы",
    "Қарағанды қ., Қазыбек би атындағы аудан",
    "Ақтөбе қ.",
)
_KZ_STREETS = ("Сығанақ к-сі", "Абай даңғылы", "Төле би к-сі", "Мәңгілік Ел даңғылы", "ш/а Самал-2")
# -- Kyrgyzstan: marriage registration (АЖАК / ЗАГС) -----------------------------------------------
_KG_HOMES = (
    "Бишкек ш., Свердлов р-ну, Токтогул к., {n}-үй",
    "Ош ш., Ленин к., {n}-үй",
    "Чүй обл., Аламүдүн р-ну, Лебединовка а., Ленин к., {n}",
    "Ысык-Көл обл., Каракол ш., Тоголок Молдо к., {n}",
    "Бишкек ш., Аламүдүн мкр., {n}-үй, {k}-батир",
)
_KG_OFFICES = (
    "Бишкек ш. Ленин р-нун АЖАК",
    "Ош ш. АЖАК бөлүмү",
    "Аламүдүн р-нун АЖАК",
    "Каракол ш. АЖАК",
)
# -- Uzbekistan: jobseekers on the employment centre's books -------------------------------------
_UZ_EDU = ("Oliy", "O‘rta maxsus", "O‘rta", "O‘rta maxsus", "Oliy (bakalavr)")
_UZ_TRADES = ("Tikuvchi", "Haydovchi", "Elektrik", "Hisobchi", "Payvandchi", "Oshpaz", "O‘qituvchi")
_UZ_STATUS = (
    "Ishsiz deb topildi",
    "Ishga joylashtirildi",
    "Kasbga o‘qitishga yuborildi",
    "Ro‘yxatdan chiqarildi",
    "Ishsiz deb topildi",
)
_UZ_EMPLOYERS = (
    '"Artel Electronics" MChJ',
    '"O‘zbekiston temir yo‘llari" AJ',
    "yakka tartibdagi tadbirkor",
    '"Navoiy KMK" AJ',
    "—",
)
# -- Tajikistan: applicants to the National Testing Centre (ММТ) ---------------------------------
_TJ_HOMES = (
    "ш. Душанбе, н. Сино, кӯч. Қаротегин, х. {n}",
    "в. Суғд, ш. Хуҷанд, кӯч. Гагарин, х. {n}",
    "в. Хатлон, ш. Бохтар, кӯч. Вахш, х. {n}",
    "н. Рӯдакӣ, ҷ. Чимтеппа, д. Навобод, х. {n}",
    "ш. Турсунзода, кӯч. Ленин, х. {n}",
)
_TJ_SCHOOLS = (
    "МТМУ № 28",
    "Литсейи президентӣ",
    "МТМУ № 3 ш. Хуҷанд",
    "Гимназияи № 1",
    "Литсейи Турк-Тоҷик",
)
_TJ_CLUSTERS = (
    "I – табиӣ ва техникӣ",
    "II – иқтисод ва ҷуғрофия",
    "III – филология ва педагогика",
    "IV – ҷомеашиносӣ ва ҳуқуқ",
    "V – тиб, биология ва варзиш",
)
# -- Turkmenistan: Türkmengaz household subscribers ----------------------------------------------
_TM_HOMES = (
    "Aşgabat ş., Bagtyýarlyk etraby, Oguzhan köçesi, jaý {n}, öý {k}",
    "Mary ş., Gurbansoltan eje köçesi, jaý {n}",
    "Lebap welaýaty, Türkmenabat ş., Seýdi köçesi, jaý {n}, öý {k}",
    "Ahal welaýaty, Änew ş., Magtymguly köçesi, jaý {n}",
    "Daşoguz ş., Görogly köçesi, jaý {n}, öý {k}",
)
_TM_SERIES = ("I-AŞ", "I-AH", "I-MR", "I-LB", "I-DZ")
_TM_METERS = ("Elster BK-G4", "Gazdevice SGK-4", "Itron G4", "Betar SGBM-1,6")


def _home(p: Person, homes: tuple[str, ...]) -> str:
    return homes[int(p.bhxh) // 7 % len(homes)].format(n=_num(p, 140), k=_num(p, 60))


def _kg_patronymic(p: Person) -> str:
    father = _pick(p, _KG_FATHERS, 3)
    if int(p.bhxh) % 3 == 0:
        return f"{father} {'уулу' if p.male else 'кызы'}"
    return f"{father}{'ович' if p.male else 'овна'}"


def _kg_bride(p: Person) -> str:
    """The other spouse (a woman for a man, a man for a woman), surname first."""
    family = _pick(p, ("Асанов", "Бекмуратов", "Осмонов", "Сыдыков", "Мамытов"), 5)
    if p.male:
        return f"{family}а {_pick(p, _KG_GIVEN_F, 6)} {_pick(p, _KG_FATHERS, 7)}овна"
    return f"{family} {_pick(p, _KG_GIVEN_M, 6)} {_pick(p, _KG_FATHERS, 7)}ович"


def _kz_phone(p: Person) -> str:
    d = p.phone[-7:]
    return f"+7 7{_pick(p, ('01', '02', '05', '07', '47', '75', '77'), 2)} {d[:3]} {d[3:5]} {d[5:]}"


def _kg_phone(p: Person) -> str:
    d = p.phone[-6:]
    return f"0{_pick(p, ('555', '700', '772', '505', '999'), 2)} {d[:2]}-{d[2:4]}-{d[4:]}"


def _uz_phone(p: Person) -> str:
    d = p.phone[-7:]
    return (
        f"+998 ({_pick(p, ('90', '91', '93', '94', '97', '99', '33'), 2)}) {d[:3]}-{d[3:5]}-{d[5:]}"
    )


def _tj_phone(p: Person) -> str:
    d = p.phone[-7:]
    return f"+992 {_pick(p, ('93', '92', '98', '90', '55', '88'), 2)} {d[:3]} {d[3:5]} {d[5:]}"


def _tm_phone(p: Person) -> str:
    d = p.phone[-6:]
    return f"+993 6{_pick(p, ('1', '2', '3', '4', '5'), 2)} {d[:2]}-{d[2:4]}-{d[4:]}"


def _tj_inn(p: Person) -> str:
    """A Tajik ИРМ (ИНН): nine digits, the first the registering tax office's group."""
    return f"{_pick(p, ('0', '1', '3', '4', '5'), 4)}{p.bhxh[1:9]}"


WRITERS_BLIND160: dict[str, Callable[[Person, Col], object]] = {
    # handmade rice wine sold to a licensed firm
    "wine_kind160": lambda p, c: _pick(p, _VN_WINE_KINDS, 2),
    "wine_litres160": lambda p, c: f"{_num(p, 60) * 50:,}".replace(",", "."),
    "wine_abv160": lambda p, c: f"{_pick(p, ('29', '35', '39,5', '40', '45'), 3)}%",
    "wine_firm160": lambda p, c: _pick(p, _VN_WINE_FIRMS, 4),
    "wine_contract160": lambda p, c: f"{_num(p, 300):03d}/HĐMB-{p.other_date:%Y}",
    "wine_permit160": lambda p, c: f"{_num(p, 90):02d}/GCN-RTC" if _num(p, 4) != 2 else "",
    # FSC forest owners' group
    "fsc_group160": lambda p, c: _pick(p, _VN_FSC_GROUPS, 2),
    "fsc_plot160": lambda p, c: f"K{_num(p, 12)}/L{_num(p, 30)}/TK{_num(p, 400)}",
    "fsc_area160": lambda p, c: f"{_num(p, 90) / 10:.2f}".replace(".", ","),
    "fsc_species160": lambda p, c: _pick(p, _VN_FSC_SPECIES, 3),
    "fsc_year160": lambda p, c: f"{2014 + _num(p, 9)}",
    "fsc_book160": lambda p, c: f"C{p.bhxh[-6:]}" if _num(p, 5) != 3 else "Chưa có sổ",
    "fsc_cert160": lambda p, c: f"GFA-FM/COC-{p.bhxh[-6:]}",
    # weapons and explosives handed in
    "arms_item160": lambda p, c: _pick(p, _VN_ARMS, 2),
    "arms_qty160": lambda p, c: f"{_num(p, 3):02d}",
    "arms_state160": lambda p, c: _pick(p, _VN_ARMS_STATE, 3),
    "arms_source160": lambda p, c: _pick(
        p, ("Tự chế", "Mua trôi nổi", "Nhặt được khi làm rẫy", "Của bố để lại"), 4
    ),
    "arms_record160": lambda p, c: f"{_num(p, 250):03d}/BB-CAX",
    "arms_officer160": lambda p, c: _other_vn(p, 5, male=True),
    # a microfinance institution's micro-insurance
    "mi_branch160": lambda p, c: _pick(p, _VN_MI_BRANCH, 2),
    "mi_plan160": lambda p, c: _pick(p, _VN_MI_PLANS, 3),
    "mi_member160": lambda p, c: f"VM{p.bhxh[-7:]}",
    "mi_heir160": lambda p, c: _other_vn(p, 8),
    "mi_heir_phone160": lambda p, c: _other_phone(p, "03"),
    "mi_paid160": lambda p, c: _pick(p, ("120.000", "240.000", "120.000", "0"), 5),
    # Kazakhstan: ҰБТ results
    "iin_kz160": lambda p, c: _iin(p),
    "kz_family160": lambda p, c: _kz_names(p)[0],
    "kz_given160": lambda p, c: _kz_names(p)[1],
    "kz_father160": lambda p, c: _kz_names(p)[2],
    "sex_kz160": lambda p, c: "ер / муж" if p.male else "әйел / жен",
    "kz_addr160": lambda p, c: (
        f"{_pick(p, _KZ_TOWNS, 5)}, {_pick(p, _KZ_STREETS, 6)}, "
        f"{_num(p, 90)}-үй, {_num(p, 200)}-пәтер"
    ),
    "kz_phone160": lambda p, c: _kz_phone(p),
    "kz_school160": lambda p, c: _pick(p, _KZ_SCHOOLS, 2),
    "kz_code160": lambda p, c: f"{p.bhxh[-9:]}",
    "kz_profile160": lambda p, c: _pick(p, _KZ_PROFILES, 3),
    "kz_score160": lambda p, c: f"{50 + _num(p, 90)}",
    "kz_grant160": lambda p, c: _pick(p, ("Грант / Грант", "—", "Ақылы / Платно", "—"), 4),
    "kz_parent_phone160": lambda p, c: f"8 (7{_pick(p, ('01', '47', '77'), 7)}) {p.bhxh[-7:]}",
    # Kyrgyzstan: marriage registration
    "pin_kg160": lambda p, c: _pin_kg(p),
    "kg_family160": lambda p, c: _kg_family(p),
    "kg_given160": lambda p, c: _by_sex(p, _KG_GIVEN_M, _KG_GIVEN_F, 1),
    "kg_father160": lambda p, c: _kg_patronymic(p),
    "kg_addr160": lambda p, c: _home(p, _KG_HOMES),
    "kg_phone160": lambda p, c: _kg_phone(p),
    "kg_spouse160": lambda p, c: _kg_bride(p),
    "kg_spouse_pin160": lambda p, c: (
        f"{1 if p.male else 2}{p.other_date:%d%m}"
        f"{p.birth.year + 2 if p.birth.year < 2003 else 2004}{p.bhxh[:5]}"
    ),
    "sex_kg160": lambda p, c: "эркек" if p.male else "аял",
    "kg_act160": lambda p, c: f"№ {_num(p, 900)}",
    "kg_office160": lambda p, c: _pick(p, _KG_OFFICES, 3),
    "kg_cert160": lambda p, c: f"I-АЖ № {p.bhxh[-6:]}",
    "kg_surname_after160": lambda p, c: _pick(p, ("Күйөөсүнүн", "Өзүнүн", "Күйөөсүнүн"), 4),
    "kg_passport160": lambda p, c: f"ID{p.bhxh[-7:]}",
    # Uzbekistan: jobseekers
    "pinfl_uz160": lambda p, c: _pinfl(p),
    "uz_full160": lambda p, c: (
        f"{_pick(p, _UZ_FAMILY_M, 2)}{'' if p.male else 'a'} "
        f"{_by_sex(p, _UZ_GIVEN_M, _UZ_GIVEN_F, 1)} "
        f"{_pick(p, _UZ_GIVEN_M, 4)} {'o‘g‘li' if p.male else 'qizi'}"
    ),
    "sex_uz160": lambda p, c: "erkak" if p.male else "ayol",
    "uz_addr160": lambda p, c: f"{_uz_place(p)[1]}, {_uz_place(p)[2]}, {_num(p, 80)}-uy",
    "uz_phone160": lambda p, c: _uz_phone(p),
    "uz_edu160": lambda p, c: _pick(p, _UZ_EDU, 2),
    "uz_trade160": lambda p, c: _pick(p, _UZ_TRADES, 3),
    "uz_last_job160": lambda p, c: _pick(p, _UZ_EMPLOYERS, 4),
    "uz_benefit160": lambda p, c: f"{_num(p, 12) * 125_000:,}".replace(",", " "),
    "uz_status160": lambda p, c: _pick(p, _UZ_STATUS, 5),
    "uz_passport160": lambda p, c: f"{_pick(p, ('AA', 'AB', 'AD', 'FA'), 6)} {p.bhxh[-7:]}",
    # Tajikistan: ММТ applicants
    "inn_tj160": lambda p, c: _tj_inn(p),
    "tj_family160": lambda p, c: _tj_family(p),
    "tj_given160": lambda p, c: _by_sex(p, _TJ_GIVEN_M, _TJ_GIVEN_F, 1),
    "tj_father160": lambda p, c: _pick(p, _TJ_FATHERS, 3),
    "sex_tj160": lambda p, c: "мард" if p.male else "зан",
    "tj_addr160": lambda p, c: _home(p, _TJ_HOMES),
    "tj_phone160": lambda p, c: _tj_phone(p),
    "tj_code160": lambda p, c: f"{_num(p, 5)}{p.bhxh[-8:]}",
    "tj_school160": lambda p, c: _pick(p, _TJ_SCHOOLS, 4),
    "tj_cluster160": lambda p, c: _pick(p, _TJ_CLUSTERS, 5),
    "tj_score160": lambda p, c: f"{150 + _num(p, 250)}",
    "tj_passport160": lambda p, c: f"A{p.bhxh[-8:]}",
    # Turkmenistan: gas subscribers
    "tm_account160": lambda p, c: f"{_num(p, 90):02d}-{p.bhxh[-6:]}",
    "tm_family160": lambda p, c: _tm_family(p),
    "tm_given160": lambda p, c: _by_sex(p, _TM_GIVEN_M, _TM_GIVEN_F, 1),
    "tm_father160": lambda p, c: _pick(p, _TM_GIVEN_M, 4) + ("owiç" if p.male else "owna"),
    "tm_passport160": lambda p, c: f"{_pick(p, _TM_SERIES, 3)} {p.bhxh[-6:]}",
    "tm_addr160": lambda p, c: _home(p, _TM_HOMES),
    "tm_home_phone160": lambda p, c: f"(12) {p.bhxh[-6:-4]}-{p.bhxh[-4:-2]}-{p.bhxh[-2:]}",
    "tm_phone160": lambda p, c: _tm_phone(p),
    "tm_meter160": lambda p, c: f"{_pick(p, _TM_METERS, 5)} No {p.bhxh[-8:]}",
    "tm_reading160": lambda p, c: f"{_num(p, 9000)} m3",
    "tm_people160": lambda p, c: f"{_num(p, 8)}",
    "tm_amount160": lambda p, c: f"{_num(p, 60) * 0.5:.2f} TMT",
    "tm_expiry160": lambda p, c: f"{_shift_date(p.other_date, 10):%d.%m.%Y}",
    "tm_inspector160": lambda p, c: (
        f"{_pick(p, ('Orazow', 'Annaýew', 'Hojaýew'), 6)} {_pick(p, ('B.', 'M.', 'S.'), 7)}"
    ),
}
