"""How the people of the hundred-and-ninety-seventh part of the outside corpus (**blind 197**,
:mod:`lienthong.quality._corpus_blind197`) are written: four Vietnamese registers' own columns
(houses built in a dyke's protection corridor, tobacco growers under a leaf company's contract,
coal miners examined for silicosis, land-use levies carried as debt) and the names, places, phones
and numbers of Hawaiʻi (SSN, names with ʻokina and kahakō), Guam (Chamorro names, villages, SSN),
American Samoa (Samoan names, villages and counties, SSN), the Federated States of Micronesia
(Chuukese and Pohnpeian names, the FSM social security number) and the Marshall Islands (MISSA
number, atolls)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind37_writers import _ssn
from lienthong.quality._corpus_blind42_writers import _shift_date

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam
#: (thôn/tổ, xã/phường, huyện/quận) along the Red River and the Duống in Hà Nội
_HN = (
    ("Thôn Bát Tràng", "xã Bát Tràng", "huyện Gia Lâm"),
    ("Thôn Tự Nhiên", "xã Tự Nhiên", "huyện Thường Tín"),
    ("Cụm 3", "xã Hồng Hà", "huyện Đan Phượng"),
    ("Thôn Tiên Tân", "xã Văn Đức", "huyện Gia Lâm"),
    ("Tổ 12", "phường Long Biên", "quận Long Biên"),
    ("Thôn Đông Ngàn", "xã Đông Hội", "huyện Đông Anh"),
)
_DYKES = ("Hữu Hồng", "Tả Hồng", "Tả Đuống", "Hữu Đuống")
_BREACHES = (
    "Xây nhà cấp 4 trong hành lang bảo vệ đê",
    "Đổ phế thải lấn chân đê",
    "Làm lán tạm, quán bán hàng",
    "Xây tường rào, cổng",
    "Đào ao, khoan giếng sát chân đê",
    "Tập kết vật liệu xây dựng trên mặt đê",
)
_BREACH_ACTIONS = (
    "Lập BB, yêu cầu tự tháo dỡ",
    "Đã tháo dỡ, khôi phục hiện trạng",
    "Chuyển UBND huyện xử phạt",
    "QĐ cưỡng chế",
    "Đang giải quyết",
)
#: (xóm, xã, huyện) of Cao Bằng's tobacco areas
_CB = (
    ("Xóm Nà Lẹng", "xã Trưng Vương", "huyện Hòa An"),
    ("Xóm Bó Mạ", "xã Trường Hà", "huyện Hà Quảng"),
    ("Xóm Nà Vài", "xã Lê Lai", "huyện Thạch An"),
    ("Xóm Pác Rằng", "xã Lương Thông", "huyện Hà Quảng"),
    ("Xóm Nà Mè", "xã Bế Triều", "huyện Hòa An"),
)
_ETHNIC = ("Tày", "Nùng", "Tày", "Kinh", "Dao", "Nùng")
_TOBACCO = ("K326", "C9-1", "K326", "GL1")
_TECHS = ("Hoàng Văn Thắng", "Nông Thị Huế", "Lục Văn Kiên", "Bế Đức Chính")
#: (tổ/khu, phường, thành phố) of Quảng Ninh's coal towns
_QN = (
    ("Tổ 3, khu 5", "phường Cẩm Thạch", "TP Cẩm Phả"),
    ("Tổ 7, khu 2", "phường Hà Lầm", "TP Hạ Long"),
    ("Khu Vĩnh Hồng", "phường Mạo Khê", "TX Đông Triều"),
    ("Tổ 21, khu 3A", "phường Cẩm Trung", "TP Cẩm Phả"),
    ("Khu 6", "phường Vàng Danh", "TP Uông Bí"),
)
_UNITS = ("PX Khai thác 3", "PX Đào lò 1", "PX Vận tải lò", "PX Cơ điện lò", "PX Sàng tuyển")
_MINER_JOBS = ("Thợ lò", "Thợ đào lò", "Thợ khoan nổ mìn", "Thợ cơ điện hầm lò", "Công nhân sàng")
_ILO = ("0/0", "0/1 p/p", "1/0 p/p", "1/1 q/q", "2/1 q/r", "0/0", "1/0 q/p")
_MINER_DX = {
    "0/0": "Bình thường",
    "0/1 p/p": "Theo dõi, hẹn khám lại",
    "1/0 p/p": "Bụi phổi silic độ 1",
    "1/1 q/q": "Bụi phổi silic độ 1",
    "2/1 q/r": "Bụi phổi silic độ 2",
    "1/0 q/p": "Bụi phổi silic độ 1",
}
_MINER_RATE = {
    "Bình thường": "",
    "Theo dõi, hẹn khám lại": "",
    "Bụi phổi silic độ 1": "31",
    "Bụi phổi silic độ 2": "51",
}
_LAND_KINDS = (
    "Giao đất tái định cư",
    "Công nhận QSDĐ (hộ gia đình)",
    "Hộ nghèo được giao đất ở",
    "Chuyển mục đích đất vườn sang đất ở",
)
#: where the parcels lie (the suburban districts of Hồ Chí Minh City)
_PARCELS = (
    "Ấp 3, xã Tân Thạnh Đông, huyện Củ Chi",
    "Ấp Tiền Lân, xã Bà Điểm, huyện Hóc Môn",
    "Ấp 4, xã Phong Phú, huyện Bình Chánh",
    "Khu TĐC Phước Kiển, xã Phước Kiển, huyện Nhà Bè",
    "Ấp Bình An, xã Bình Khánh, huyện Cần Giờ",
)

# -- Hawaiʻi: Department of Hawaiian Home Lands waiting list
_HI_FAMILY = ("Kealoha", "Kahananui", "Kaʻaihue", "Nāone", "Kauhane", "Makaʻike", "Keawe",
              "Akana", "Kamakau", "Kahaleʻole", "Pōʻaha")  # fmt: skip
_HI_GIVEN_M = ("Keoni", "Kawika", "Kaʻimi", "Makana", "Kalani", "Iokepa", "Kāwika")
_HI_GIVEN_F = ("Leināʻala", "Pualani", "Noelani", "Kēhau", "ʻIlima", "Mālia", "Keʻala")
#: (street, city, zip)
_HI = (
    ("87-1643 Farrington Hwy", "Waiʻanae", "96792"),
    ("89-215 Haleakalā Ave", "Nānākuli", "96792"),
    ("41-827 Kaulukanu St", "Waimānalo", "96795"),
    ("91-1020 Kaiʻau Ave", "Kapolei", "96707"),
    ("160 Kekūanaōʻa St", "Hilo", "96720"),
    ("PO Box 1187", "Kaunakakai", "96748"),
    ("3-3350 Kūhiō Hwy", "Līhuʻe", "96766"),
)
_HI_AREAS = (
    "Oʻahu Residential",
    "Hawaiʻi Agricultural",
    "Maui Residential",
    "Kauaʻi Residential",
    "Molokaʻi Agricultural",
    "Hawaiʻi Pastoral",
)
_HI_STATUS = ("Active", "Active", "Deferred", "Active", "Pending successorship", "Awarded")

# -- Guam: Department of Labor, unemployment assistance
_GU_FAMILY = ("Cruz", "Santos", "Taitano", "Quinata", "Aguon", "Borja", "Camacho", "Leon Guerrero",
              "Mendiola", "San Nicolas", "Tenorio", "Unpingco", "Cepeda", "Blas")  # fmt: skip
_GU_GIVEN_M = ("Juan", "Jose", "Vicente", "Joaquin", "Francisco", "Jesus", "Ignacio", "Raymond")
_GU_GIVEN_F = ("Maria", "Rosa", "Antonia", "Dolores", "Josefina", "Carmen", "Tricia", "Vicenta")
#: (village, zip)
_GU = (
    ("Dededo", "96929"),
    ("Yigo", "96929"),
    ("Tamuning", "96913"),
    ("Mangilao", "96913"),
    ("Barrigada", "96913"),
    ("Hagåtña", "96910"),
    ("Sinajana", "96910"),
    ("Agat", "96915"),
    ("Inalåhan", "96915"),
    ("Malesso'", "96916"),
    ("Chalan Pago-Ordot", "96910"),
)
_GU_STREETS = ("Chalan Kanton Tasi", "Route 3", "Chalan Ramirez", "Gollo Lane", "Chalan Balako")
_GU_EMPLOYERS = (
    "Hotel Nikko Guam",
    "Dusit Thani Guam Resort",
    "Guam Premier Outlets",
    "Pacific Islands Club",
    "Tumon Sands Plaza",
    "Self-employed (tour guide)",
)
_GU_SEP = ("Lack of work", "Laid off (COVID-19)", "Reduced hours", "Business closed")
_GU_STATUS = ("Paid", "Paid", "Pending adjudication", "Overpayment", "Denied")

# -- American Samoa: Nutrition Assistance Program
_AS_FAMILY = ("Tuiasosopo", "Sunia", "Lutu", "Moliga", "Aumavae", "Fuimaono", "Mauga", "Leiato",
              "Tauiliili", "Faʻamausili", "Savali", "Pele")  # fmt: skip
_AS_GIVEN_M = ("Sione", "Tavita", "Ioane", "Pese", "Siaosi", "Fetu", "Iosefa", "Leota")
_AS_GIVEN_F = ("Malia", "Salote", "Losa", "Mele", "Fuatino", "Sina", "Faʻasao", "Luisa")
#: (nuʻu, county)
_AS = (
    ("Pago Pago", "Maʻopūtasi"),
    ("Fagatogo", "Maʻopūtasi"),
    ("Nuʻuuli", "Tualauta"),
    ("Tafuna", "Tualauta"),
    ("Aoloau", "Leasina"),
    ("Vatia", "Vaifanua"),
    ("Afono", "Vaifanua"),
    ("Aunuʻu", "Saʻole"),
)
_AS_CATS = ("Toeaina / Elderly 60+", "Le atoatoa le malosi / Disabled", "Tauaso / Blind")
_AS_TITLES = ("Tuiasosopo", "Mauga", "Faumuina", "Tuitele", "Leiato", "Lualemaga", "Soliai")
_AS_NOTES = ("", "Toe iloilo / Recertify", "", "Ua maliu / Deceased - close case", "Fesuiaiga nuʻu")

# -- Federated States of Micronesia: Social Security benefit roll
_FM_FAMILY = ("Aisek", "Buliche", "Sapuro", "Narruhn", "Bisalen", "Killion", "Epiner", "Siales",
              "Ehsa", "Etscheit", "Lorens", "Ioanis", "Saimon", "Pernet")  # fmt: skip
_FM_GIVEN_M = ("Kasiano", "Kerson", "Bermin", "Tosie", "Kiyoshi", "Sinobu", "Ihlen", "Sweeter")
_FM_GIVEN_F = ("Lerleen", "Mayleen", "Marstella", "Keiko", "Brendy", "Florinda", "Kikuko")
#: (municipality, state, phone exchange)
_FM = (
    ("Weno", "Chuuk", "330"),
    ("Tonoas", "Chuuk", "330"),
    ("Fefen", "Chuuk", "330"),
    ("Tol", "Chuuk", "330"),
    ("Kolonia", "Pohnpei", "320"),
    ("Madolenihmw", "Pohnpei", "320"),
    ("Kitti", "Pohnpei", "320"),
    ("Sokehs", "Pohnpei", "320"),
)
_FM_TYPES = ("Old Age", "Old Age", "Disability", "Survivor - Widow(er)", "Survivor - Child")
_FM_PAY = ("Check - Chuuk Field Office", "Direct deposit BOFSM", "Check - Kolonia", "BOG deposit")

# -- Marshall Islands: 177 Health Care Program
_MH_FAMILY = ("Jibas", "Kebenli", "Anjain", "Lejmen", "Juda", "Jamore", "Ishoda", "Riklon",
              "Laninvelik", "Lomae")  # fmt: skip
_MH_GIVEN_M = ("Lemyo", "Jobi", "Tomaki", "Kilon", "Alson", "Hirosi", "Lijon", "Rinton")
_MH_GIVEN_F = ("Lijon", "Neimata", "Bwilla", "Lisiana", "Alvina", "Mirian", "Tarines", "Jinna")
_MH_ATOLLS = ("Bikini", "Enewetak", "Rongelap", "Utrik")
#: (island of residence, clinic, phone exchange)
_MH = (
    ("Ebeye, Kwajalein", "177 Clinic Ebeye", "329"),
    ("Delap, Majuro", "177 Clinic Majuro", "625"),
    ("Kili Island", "Kili dispensary", "625"),
    ("Ejit, Majuro", "177 Clinic Majuro", "625"),
    ("Enewetak", "Enewetak dispensary", "625"),
    ("Mejatto, Kwajalein", "177 Clinic Ebeye", "329"),
)
_MH_REFERRALS = ("", "", "Off-island - Honolulu", "Majuro Hospital", "", "Off-island - Manila")
_MH_SCREENS = ("Thyroid - normal", "Thyroid nodule f/u", "Pap - normal", "Breast exam - normal", "")


def _at(p: Person, table: tuple[tuple[str, ...], ...], salt: int = 3) -> tuple[str, ...]:
    return table[int(p.bhxh) // (salt * 11 + 1) % len(table)]


def _ssn197(p: Person, areas: tuple[int, ...], dashes: bool = True) -> str:
    """A US SSN whose area is one the place was given before 2011 (575-576 Hawaiʻi, 586 Guam
    and American Samoa) or, for people numbered since, any valid one."""
    plain = _ssn(p)
    if _num(p, 3) != 1:
        plain = f"{areas[int(p.bhxh[-1]) % len(areas)]:03d}{plain[3:]}"
    return plain if dashes else plain.replace("-", "")


def _miner_dx(p: Person) -> str:
    return _MINER_DX[_pick(p, _ILO, 5)]


def _land_debt(p: Person) -> int:
    return (20 + _num(p, 180)) * 5_000_000


def _land_paid(p: Person) -> int:
    """What was paid so far: nothing, a tenth, a fifth or half of the debt."""
    return _land_debt(p) * (0, 10, 20, 50)[_num(p, 4) - 1] // 100


def _district_code(p: Person) -> str:
    """``HA`` of huyện Hòa An: the grower code's prefix."""
    return "".join(word[0] for word in _at(p, _CB)[2].removeprefix("huyện ").split())


def _money(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _hi_name(p: Person) -> str:
    given = _by_sex(p, _HI_GIVEN_M, _HI_GIVEN_F, 2)
    family = _pick(p, _HI_FAMILY, 3)
    middle = _pick(p, ("K.", "L.", "M.", "N.", "P."), 4)
    return f"{family.upper()}, {given} {middle}" if _num(p, 3) == 2 else f"{given} {family}"


def _fm_name(p: Person) -> str:
    return f"{_by_sex(p, _FM_GIVEN_M, _FM_GIVEN_F, 2)} {_pick(p, _FM_FAMILY, 3)}"


def _fm_earner(p: Person) -> str:
    kind = _pick(p, _FM_TYPES, 4)
    if not kind.startswith("Survivor"):
        return ""
    return f"{_by_sex(p, _FM_GIVEN_F, _FM_GIVEN_M, 5)} {_pick(p, _FM_FAMILY, 6)}"


def _as_phone(p: Person) -> str:
    return f"(684) {_pick(p, ('699', '733', '258', '633'), 5)}-{p.phone[6:10]}"


WRITERS_BLIND197: dict[str, Callable[[Person, Col], object]] = {
    # houses and works inside a dyke's protection corridor
    "addr_hn197": lambda p, c: ", ".join(_at(p, _HN)) + ", TP Hà Nội",
    "dyke197": lambda p, c: f"Đê {_pick(p, _DYKES, 2)}",
    "dyke_km197": lambda p, c: f"K{20 + _num(p, 60)}+{_num(p, 999):03d}",
    "dyke_side197": lambda p, c: _pick(p, ("Phía đồng", "Phía sông", "Bãi sông"), 3),
    "breach197": lambda p, c: _pick(p, _BREACHES, 4),
    "breach_m2_197": lambda p, c: f"{8 + _num(p, 140)},{_num(p, 9) - 1}",
    "breach_record197": lambda p, c: f"{_num(p, 200):03d}/BB-HQLĐ",
    "breach_action197": lambda p, c: _pick(p, _BREACH_ACTIONS, 5),
    "dyke_officer197": lambda p, c: _other_vn(p, 6, male=True),
    # tobacco growers under a leaf company's investment contract
    "tob_code197": lambda p, c: f"{_district_code(p)}-{p.bhxh[-4:]}",
    "ethnic197": lambda p, c: _pick(p, _ETHNIC, 2),
    "addr_cb197": lambda p, c: ", ".join(_at(p, _CB)[:2]),
    "district_cb197": lambda p, c: _at(p, _CB)[2].removeprefix("huyện "),
    "tob_area197": lambda p, c: f"{0.1 + _num(p, 12) / 20:.2f}".replace(".", ","),
    "tob_variety197": lambda p, c: _pick(p, _TOBACCO, 3),
    "tob_kg197": lambda p, c: str((2 + _num(p, 24)) * 100),
    "tob_contract197": lambda p, c: f"{_num(p, 900):03d}/2025/HĐĐT-CNCB",
    "tob_advance197": lambda p, c: _money((2 + _num(p, 24)) * 1_450_000),
    "tob_tech197": lambda p, c: _pick(p, _TECHS, 4),
    # coal miners examined for silicosis
    "pneu_unit197": lambda p, c: _pick(p, _UNITS, 2),
    "pneu_job197": lambda p, c: _pick(p, _MINER_JOBS, 3),
    "pneu_tenure197": lambda p, c: str(max(1, min(2025 - p.birth.year - 19, 5 + _num(p, 25)))),
    "pneu_ilo197": lambda p, c: _pick(p, _ILO, 5),
    "pneu_dx197": lambda p, c: _miner_dx(p),
    "pneu_rate197": lambda p, c: _MINER_RATE[_miner_dx(p)],
    "addr_qn197": lambda p, c: ", ".join(_at(p, _QN)) + ", Quảng Ninh",
    # land-use levies carried as debt
    "parcel197": lambda p, c: str(_num(p, 600)),
    "map_sheet197": lambda p, c: str(_num(p, 45)),
    "parcel_addr197": lambda p, c: _pick(p, _PARCELS, 3),
    "land_decision197": lambda p, c: f"{_num(p, 3000)}/QĐ-UBND",
    "land_debt197": lambda p, c: _money(_land_debt(p)),
    "land_paid197": lambda p, c: _money(_land_paid(p)),
    "land_left197": lambda p, c: _money(_land_debt(p) - _land_paid(p)),
    "land_kind197": lambda p, c: _pick(p, _LAND_KINDS, 4),
    "land_due197": lambda p, c: f"{_shift_date(p.other_date, 5):%d/%m/%Y}",
    "tax_officer197": lambda p, c: _other_vn(p, 7),
    # Hawaiʻi: DHHL applicants
    "hi_name197": lambda p, c: _hi_name(p),
    "ssn_hi197": lambda p, c: _ssn197(p, (575, 576)),
    "hi_sex197": lambda p, c: "M" if p.male else "F",
    "hi_area197": lambda p, c: _pick(p, _HI_AREAS, 5),
    "hi_bq197": lambda p, c: _pick(p, ("50% or more", "50% or more", "25% - 49% (successor)"), 6),
    "hi_street197": lambda p, c: _at(p, _HI)[0],
    "hi_city197": lambda p, c: _at(p, _HI)[1],
    "hi_state197": lambda p, c: _pick(p, ("HI", "HI", "HI", "Hawaii")),
    "hi_zip197": lambda p, c: _at(p, _HI)[2],
    "hi_phone197": lambda p, c: f"(808) {p.phone[3:6]}-{p.phone[6:10]}",
    "hi_successor197": lambda p, c: (
        f"{_by_sex(p, _HI_GIVEN_F, _HI_GIVEN_M, 7)} {_pick(p, _HI_FAMILY, 3)}"
        f" ({_pick(p, ('son', 'daughter', 'spouse', 'grandchild'), 8)})"
    ),
    "hi_status197": lambda p, c: _pick(p, _HI_STATUS, 9),
    # Guam: unemployment assistance claims
    "gu_claim197": lambda p, c: f"GU-PUA-{p.bhxh[-6:]}",
    "gu_family197": lambda p, c: _pick(p, _GU_FAMILY, 2),
    "gu_given197": lambda p, c: _by_sex(p, _GU_GIVEN_M, _GU_GIVEN_F, 3),
    "gu_mi197": lambda p, c: _pick(p, ("C.", "S.", "T.", "Q.", "A.", "B.", ""), 4),
    "ssn_gu197": lambda p, c: _ssn197(p, (586,)),
    "gu_sex197": lambda p, c: "Male" if p.male else "Female",
    "gu_street197": lambda p, c: (
        f"P.O. Box {_num(p, 9000)}"
        if _num(p, 4) == 1
        else f"{_num(p, 400)} {_pick(p, _GU_STREETS, 5)}"
    ),
    "gu_village197": lambda p, c: _at(p, _GU)[0],
    "gu_zip197": lambda p, c: _at(p, _GU)[1],
    "gu_phone197": lambda p, c: (
        f"(671) {_pick(p, ('472', '477', '688', '787', '888'), 6)}-{p.phone[6:10]}"
    ),
    "gu_employer197": lambda p, c: _pick(p, _GU_EMPLOYERS, 7),
    "gu_sep197": lambda p, c: _pick(p, _GU_SEP, 8),
    "gu_wba197": lambda p, c: f"${_pick(p, ('172', '215', '238', '345'), 9)}.00",
    "gu_status197": lambda p, c: _pick(p, _GU_STATUS, 10),
    # American Samoa: Nutrition Assistance Program
    "as_name197": lambda p, c: (
        f"{_by_sex(p, _AS_GIVEN_M, _AS_GIVEN_F, 2)} {_pick(p, _AS_FAMILY, 3)}"
    ),
    "ssn_as197": lambda p, c: _ssn197(p, (586,), dashes=_num(p, 5) != 3),
    "as_sex197": lambda p, c: "Tane" if p.male else "Fafine",
    "as_village197": lambda p, c: _at(p, _AS)[0],
    "as_county197": lambda p, c: _at(p, _AS)[1],
    "as_phone197": lambda p, c: _as_phone(p),
    "as_cat197": lambda p, c: _pick(p, _AS_CATS, 4),
    "as_hh197": lambda p, c: str(1 + _num(p, 9)),
    "as_amt197": lambda p, c: f"{(1 + _num(p, 9)) * 118}.00",
    "as_matai197": lambda p, c: f"{_pick(p, _AS_TITLES, 5)} {_pick(p, _AS_GIVEN_M, 6)}",
    "as_note197": lambda p, c: _pick(p, _AS_NOTES, 7),
    # FSM: Social Security benefit roll
    "ss_fm197": lambda p, c: f"{p.bhxh[1:4]}-{p.bhxh[4:6]}-{p.bhxh[6:10]}",
    "fm_name197": lambda p, c: _fm_name(p),
    "fm_sex197": lambda p, c: "M" if p.male else "F",
    "fm_type197": lambda p, c: _pick(p, _FM_TYPES, 4),
    "fm_earner197": lambda p, c: _fm_earner(p),
    "fm_muni197": lambda p, c: _at(p, _FM)[0],
    "fm_state197": lambda p, c: _at(p, _FM)[1],
    "fm_phone197": lambda p, c: f"(691) {_at(p, _FM)[2]}-{p.phone[6:10]}",
    "fm_amt197": lambda p, c: f"{60 + _num(p, 400)}.{_num(p, 99) - 1:02d}",
    "fm_pay197": lambda p, c: _pick(p, _FM_PAY, 7),
    "fm_life197": lambda p, c: f"{_shift_date(p.other_date, 1):%m/%d/%Y}",
    # Marshall Islands: 177 Health Care Program
    "mh_hcp197": lambda p, c: f"{_pick(p, _MH_ATOLLS, 2)[:3].upper()}-{p.bhxh[-5:]}",
    "mh_family197": lambda p, c: _pick(p, _MH_FAMILY, 3),
    "mh_given197": lambda p, c: _by_sex(p, _MH_GIVEN_M, _MH_GIVEN_F, 4),
    "mh_sex197": lambda p, c: "M" if p.male else "F",
    "ss_mh197": lambda p, c: f"{p.bhxh[3:9]}",
    "mh_atoll197": lambda p, c: _pick(p, _MH_ATOLLS, 2),
    "mh_island197": lambda p, c: _at(p, _MH)[0],
    "mh_head197": lambda p, c: (
        f"{_by_sex(p, _MH_GIVEN_F, _MH_GIVEN_M, 5)} {_pick(p, _MH_FAMILY, 6)}"
    ),
    "mh_phone197": lambda p, c: (
        f"{_pick(p, ('+692 ', '', '(692) '), 7)}{_at(p, _MH)[2]}-{p.phone[6:10]}"
    ),
    "mh_clinic197": lambda p, c: _at(p, _MH)[1],
    "mh_ref197": lambda p, c: _pick(p, _MH_REFERRALS, 8),
    "mh_screen197": lambda p, c: _pick(p, _MH_SCREENS, 9),
}
