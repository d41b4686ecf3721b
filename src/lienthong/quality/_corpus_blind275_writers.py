"""How the people of the two-hundred-and-seventy-fifth part of the outside corpus (**blind 275**,
:mod:`lienthong.quality._corpus_blind275`) are written: four Vietnamese files' own columns (a seal
shop's order book, a provincial team's food allowance, a Hội An lantern stall, a Phú Quốc pearl
farm's grafters) and Hong Kong and Macau names, places, phones and numbers in the forms their
registers show (the HKID with its bracketed mod-11 check character, the Macau BIR with 1, 5 or 7
first and its bracketed check digit, Chinese names beside their Cantonese romanisation, Macanese
Portuguese names, dates ``dd/mm/yyyy`` or ``1985年3月7日``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind20_writers import _bir_mo
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind112_writers import (
    _HK_GIVEN_F,
    _HK_GIVEN_M,
    _HK_SURNAMES,
    _hkid,
)
from lienthong.quality._corpus_blind129_writers import _MO_FAMILY, _MO_GIVEN_F, _MO_GIVEN_M

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: a seal shop's order book (police-licensed) -------------------------------------------
_VN_SEAL_ORGS = (
    "Công ty TNHH TM DV Minh Phát",
    "HKD Tạp hóa Thu Hà",
    "Công ty CP Xây dựng Hưng Thịnh",
    "Hợp tác xã NN Tân Lập",
    "Trường MN Hoa Sen",
    "Cty TNHH MTV Vận tải Phương Nam",
)
_VN_SEAL_KINDS = (
    "Dấu tròn",
    "Dấu tên + chức danh",
    "Dấu chữ ký",
    "Dấu vuông (tiêu đề)",
    "Dấu tròn",
)
_VN_SEAL_PAPERS = ("GCN ĐKDN", "GCN ĐKHKD", "QĐ thành lập", "GCN ĐKDN", "Giấy giới thiệu")
_VN_SEAL_NOTES = ("", "", "Khắc lại do mòn", "Khách lấy hộ", "", "Đã kiểm tra bản gốc")
# -- Vietnam: provincial teams' food allowance -----------------------------------------------------
_VN_TEAM_SPORTS = ("Điền kinh", "Bơi lội", "Vovinam", "Karatedo", "Bóng chuyền", "Cầu lông")
_VN_TEAM_ROLES = ("VĐV đội tuyển", "VĐV đội tuyển", "VĐV đội tuyển trẻ", "VĐV năng khiếu", "HLV")
_VN_TEAM_HOMETOWNS = ("Nghệ An", "Thanh Hóa", "Hà Tĩnh", "Quảng Bình", "Thái Bình")
_VN_BANKS = ("Agribank", "Vietcombank", "BIDV", "VietinBank")
# -- Vietnam: Hội An lantern stalls on full-moon nights --------------------------------------------
_VN_LANTERN_SHOPS = ("CS đèn lồng Ba Lễ", "Đèn lồng Tấn Phát", "Hộ SX Phước Hưng", "Đèn lụa Hội An")
_VN_LANTERN_SPOTS = ("Nguyễn Hoàng", "Bạch Đằng", "An Hội", "Chùa Cầu", "Nguyễn Phúc Chu")
_VN_LANTERN_KINDS = ("Den lua tron", "Den toi", "Den hoa sen (tha song)", "Den gap", "Den lua")
_VN_LANTERN_STATUS = ("Da duyet", "Da duyet", "Cho duyet", "Tu choi - trung vi tri", "Da duyet")
# -- Vietnam: pearl grafters at Phú Quốc farms -----------------------------------------------------
_VN_PEARL_FARMS = ("Ngọc trai Ngọc Hiền", "Ngọc trai Long Beach", "Cty CP Ngọc trai Phú Quốc")
_VN_PEARL_JOBS = ("Thợ cấy nhân", "Thợ cấy nhân", "Thợ lặn chăm sóc", "Vệ sinh lồng", "Thu hoạch")
_VN_PEARL_STATUS = ("Đang làm", "Đang làm", "Đang làm", "Nghỉ việc", "Nghỉ thai sản")
_VN_PEARL_HOMETOWNS = ("Kiên Giang", "Cà Mau", "Bạc Liêu", "An Giang", "Sóc Trăng")

# -- Hong Kong -------------------------------------------------------------------------------------
_HK_ESTATES = (
    ("華富邨華清樓", "Wah Ching House, Wah Fu Estate", "香港仔", "Aberdeen"),
    ("石硤尾邨美映樓", "Mei Ying House, Shek Kip Mei Estate", "石硤尾", "Shek Kip Mei"),
    ("天水圍天耀邨耀盛樓", "Yiu Shing House, Tin Yiu Estate", "天水圍", "Tin Shui Wai"),
    ("將軍澳厚德邨德安樓", "Tak On House, Hau Tak Estate", "將軍澳", "Tseung Kwan O"),
    ("彩虹邨金漢樓", "Kam Hon House, Choi Hung Estate", "彩虹", "Choi Hung"),
)
_HK_JOBS = (
    "文員 Clerk",
    "護士 Nurse",
    "司機 Driver",
    "教師 Teacher",
    "廚師 Cook",
    "會計 Accountant",
)
_HK_CONDITIONS = ("Bachelor 未婚", "Spinster 未婚", "Widower 鰥夫", "Divorced 離婚")
_HK_REGISTRIES = ("City Hall 大會堂", "Cotton Tree Drive 紅棉路", "Sha Tin 沙田", "Tsuen Wan 荃灣")
_HK_PITCHES = ("深水埗北河街", "油麻地廟街", "灣仔太原街", "旺角花園街", "北角春秧街")
_HK_GOODS = ("乾貨", "熟食", "成衣", "生果", "報紙雜誌", "玩具")
_HK_HAWKER_KINDS = ("固定攤位小販", "固定攤位小販", "流動小販", "固定攤位(熟食)")
_HK_COLUMBARIA = (
    ("Diamond Hill 鑽石山", "DH"),
    ("Kwai Chung 葵涌", "KC"),
    ("Cheung Chau 長洲", "CC"),
    ("Tsang Tsui 曾咀", "TT"),
)
_HK_KIN = ("Father 父親", "Mother 母親", "Spouse 配偶", "Grandfather 祖父", "Sibling 兄弟姊妹")
_HK_NICHE_STATUS = ("Allocated 已編配", "Allocated 已編配", "Waiting 輪候中", "Withdrawn 撤回")

# -- Macau -----------------------------------------------------------------------------------------
_MACANESE_M = (
    ("Carlos Manuel", "da Rosa Noronha"),
    ("Henrique", "de Sousa Airosa"),
    ("José Luís", "Sales Marques"),
    ("Miguel António", "dos Remédios"),
    ("Jorge", "Xavier Basto"),
)
_MACANESE_F = (
    ("Maria Helena", "do Rosário"),
    ("Ana Cristina", "Jorge Lopes"),
    ("Teresa", "Senna da Silva"),
    ("Isabel", "Gomes Noronha"),
    ("Cecília", "Xavier Airosa"),
)
_MO_HOMES = (
    ("澳門高士德大馬路45號", "Avenida de Horta e Costa, n.º 45", "聖安多尼堂區"),
    ("澳門南灣大馬路601號", "Avenida da Praia Grande, n.º 601", "大堂區"),
    ("澳門黑沙環新街52號", "Rua Nova da Areia Preta, n.º 52", "花地瑪堂區"),
    ("氹仔地堡街88號", "Rua do Regedor, n.º 88", "嘉模堂區"),
    ("澳門新馬路210號", "Avenida de Almeida Ribeiro, n.º 210", "風順堂區"),
)
_MO_BANKS = ("中國銀行 BOC", "大西洋銀行 BNU", "工商銀行 ICBC", "大豐銀行 Tai Fung")
_MO_SHARE_WAY = ("支票 Cheque", "銀行轉帳 Transferência", "銀行轉帳 Transferência", "支票 Cheque")
_MO_SCHOOLS = ("澳門駕駛學校", "新華駕駛學校", "友誼駕駛學校", "Escola de Condução Macau")
_MO_INSTRUCTORS = ("Leong Kin Fai", "Chan Wai Man", "Lei Chi Hong", "Ho Ka Wai", "Sou Man Kit")
_MO_EXAMS = ("Teórico 理論", "Manobras 場內", "Via pública 路試", "Via pública 路試")
_MO_RESULTS = ("合格 Aprovado", "合格 Aprovado", "不合格 Reprovado", "缺席 Faltou")


def _team_rate(p: Person) -> int:
    return 200_000 if _pick(p, _VN_TEAM_ROLES, 4) == "VĐV năng khiếu" else 300_000


def _day(p: Person, start: date, span: int) -> date:
    return start + timedelta(days=_num(p, span))


def _zh_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _hk_name275(p: Person, salt: int = 1) -> tuple[tuple[str, str], tuple[str, str]]:
    surname = _HK_SURNAMES[int(p.bhxh) // (salt + 2) % len(_HK_SURNAMES)]
    given = (_HK_GIVEN_M if p.male else _HK_GIVEN_F)[int(p.bhxh) // (salt + 6) % 4]
    return surname, given


def _hk_zh(p: Person, salt: int = 1) -> str:
    surname, given = _hk_name275(p, salt)
    return surname[0] + given[0]


def _hk_en(p: Person, salt: int = 1) -> str:
    surname, given = _hk_name275(p, salt)
    return f"{surname[1]}, {given[1]}" if int(p.bhxh) % 3 else f"{surname[1]} {given[1].upper()}"


def _hk_other(p: Person, salt: int) -> str:
    surname = _HK_SURNAMES[int(p.bhxh) // (salt + 4) % len(_HK_SURNAMES)]
    given = (_HK_GIVEN_F if p.male else _HK_GIVEN_M)[int(p.bhxh) // (salt + 9) % 4]
    return f"{surname[1]} {given[1]} {surname[0]}{given[0]}"


def _estate(p: Person) -> tuple[str, str, str, str]:
    return _HK_ESTATES[int(p.bhxh) // 13 % len(_HK_ESTATES)]


def _hk_phone275(p: Person) -> str:
    return f"{_pick(p, ('9', '6', '5', '2'), 3)}{p.phone[-7:-4]} {p.phone[-4:]}"


def _macanese(p: Person) -> bool:
    return int(p.bhxh) % 4 == 0


def _mo_latin(p: Person) -> str:
    if _macanese(p):
        pool = _MACANESE_M if p.male else _MACANESE_F
        given, family = pool[int(p.bhxh) // 23 % len(pool)]
        return f"{given} {family}".upper()
    family_zh = _MO_FAMILY[int(p.bhxh) // 5 % len(_MO_FAMILY)]
    given_zh = (_MO_GIVEN_M if p.male else _MO_GIVEN_F)[int(p.bhxh) // 7 % 4]
    return f"{family_zh[1]} {given_zh[1]}"


def _mo_zh(p: Person) -> str:
    if _macanese(p):
        return ""
    family_zh = _MO_FAMILY[int(p.bhxh) // 5 % len(_MO_FAMILY)]
    given_zh = (_MO_GIVEN_M if p.male else _MO_GIVEN_F)[int(p.bhxh) // 7 % 4]
    return family_zh[0] + given_zh[0]


def _mo_home(p: Person) -> tuple[str, str, str]:
    return _MO_HOMES[int(p.bhxh) // 17 % len(_MO_HOMES)]


def _mo_floor(p: Person) -> str:
    return f"{_num(p, 30)}樓{'ABCDEFGH'[int(p.bhxh) % 8]}"


def _mo_phone(p: Person) -> str:
    return f"66{p.phone[-6:]}" if int(p.bhxh) % 3 else f"+853 28{p.phone[-6:]}"


WRITERS_BLIND275: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: seal shop order book
    "seal_org275": lambda p, c: _pick(p, _VN_SEAL_ORGS, 2),
    "seal_kind275": lambda p, c: _pick(p, _VN_SEAL_KINDS, 3),
    "seal_paper275": lambda p, c: f"{_pick(p, _VN_SEAL_PAPERS, 4)} số 0{p.bhxh[-9:]}",
    "seal_no275": lambda p, c: f"{_num(p, 400):03d}/SKD",
    "seal_taker275": lambda p, c: _other_vn(p, 5) if int(p.bhxh) % 4 == 0 else "Bản thân",
    "seal_back275": lambda p, c: f"{p.other_date + timedelta(days=1 + _num(p, 5)):%d/%m/%Y}",
    "seal_note275": lambda p, c: _pick(p, _VN_SEAL_NOTES, 6),
    # Vietnam: provincial team food allowance
    "team_hometown275": lambda p, c: _pick(p, _VN_TEAM_HOMETOWNS, 2),
    "team_sport275": lambda p, c: _pick(p, _VN_TEAM_SPORTS, 3),
    "team_role275": lambda p, c: _pick(p, _VN_TEAM_ROLES, 4),
    "team_days275": lambda p, c: 10 + _num(p, 21),
    "team_rate275": lambda p, c: f"{_team_rate(p):,}".replace(",", "."),
    "team_total275": lambda p, c: f"{(10 + _num(p, 21)) * _team_rate(p):,}".replace(",", "."),
    "team_bank275": lambda p, c: f"{p.bhxh[-4:]}{p.phone[-9:]} - {_pick(p, _VN_BANKS, 5)}",
    # Vietnam: Hội An lantern stalls
    "lantern_ward275": lambda p, c: p.address.split(", ")[1],
    "lantern_shop275": lambda p, c: _pick(p, _VN_LANTERN_SHOPS, 3),
    "lantern_spot275": lambda p, c: f"{_pick(p, _VN_LANTERN_SPOTS, 4)} - vi tri {_num(p, 40)}",
    "lantern_count275": lambda p, c: 1 + _num(p, 2) % 2,
    "lantern_kind275": lambda p, c: _pick(p, _VN_LANTERN_KINDS, 5),
    "lantern_fee275": lambda p, c: f"{(1 + _num(p, 2) % 2) * 150000}",
    "lantern_status275": lambda p, c: _pick(p, _VN_LANTERN_STATUS, 6),
    # Vietnam: pearl grafters
    "pearl_hometown275": lambda p, c: _pick(p, _VN_PEARL_HOMETOWNS, 2),
    "pearl_farm275": lambda p, c: _pick(p, _VN_PEARL_FARMS, 3),
    "pearl_job275": lambda p, c: _pick(p, _VN_PEARL_JOBS, 4),
    "pearl_years275": lambda p, c: _num(p, 15),
    "pearl_contract275": lambda p, c: f"{_num(p, 300):03d}/2025/HĐLĐ-NT",
    "pearl_wage275": lambda p, c: f"{(6 + _num(p, 6)) * 1_000_000:,}".replace(",", "."),
    "pearl_status275": lambda p, c: _pick(p, _VN_PEARL_STATUS, 5),
    "pearl_contact275": lambda p, c: f"{_other_vn(p, 6)} - {_other_phone(p, '03')}",
    # Hong Kong: notices of intended marriage
    "mr_notice275": lambda p, c: f"NIM/{p.bhxh[-6:]}/{p.other_date.year}",
    "mr_party275": lambda p, c: "Bridegroom 新郎" if p.male else "Bride 新娘",
    "mr_en275": lambda p, c: _hk_en(p),
    "mr_zh275": lambda p, c: _hk_zh(p),
    "hkid275": lambda p, c: _hkid(p),
    "mr_condition275": lambda p, c: (
        _pick(p, ("Bachelor 未婚", "Widower 鰥夫", "Divorced 離婚", "Bachelor 未婚"), 2)
        if p.male
        else _pick(p, ("Spinster 未婚", "Widow 寡婦", "Divorced 離婚", "Spinster 未婚"), 2)
    ),
    "mr_job275": lambda p, c: _pick(p, _HK_JOBS, 3),
    "mr_addr275": lambda p, c: (
        f"Flat {_num(p, 30)}, {_num(p, 35)}/F, {_estate(p)[1]}, {_estate(p)[3]}"
    ),
    "hk_phone275": lambda p, c: _hk_phone275(p),
    "mr_other275": lambda p, c: _hk_other(p, 4),
    "mr_proposed275": lambda p, c: f"{p.other_date + timedelta(days=15 + _num(p, 75)):%d/%m/%Y}",
    "mr_registry275": lambda p, c: _pick(p, _HK_REGISTRIES, 5),
    # Hong Kong: hawker licences
    "hw_lic275": lambda p, c: f"{_pick(p, ('F', 'I', 'F'), 2)}{p.bhxh[-5:]}",
    "hw_zh275": lambda p, c: _hk_zh(p, 3),
    "hw_en275": lambda p, c: _hk_en(p, 3).upper().replace(",", ""),
    "hw_birth275": lambda p, c: _zh_date(p.birth),
    "sex_hk275": lambda p, c: "男" if p.male else "女",
    "hw_addr275": lambda p, c: f"{_estate(p)[2]}{_estate(p)[0]}{_num(p, 35)}樓{_num(p, 30)}室",
    "hw_kind275": lambda p, c: _pick(p, _HK_HAWKER_KINDS, 3),
    "hw_pitch275": lambda p, c: (
        f"{_pick(p, ('SSP', 'YMT', 'WC', 'MK', 'NP'), 4)}-{_num(p, 90):03d}"
    ),
    "hw_pitch_place275": lambda p, c: _pick(p, _HK_PITCHES, 4),
    "hw_goods275": lambda p, c: _pick(p, _HK_GOODS, 5),
    "hw_helper275": lambda p, c: _hk_zh(p, 7) if int(p.bhxh) % 3 == 0 else "",
    "hw_expiry275": lambda p, c: _zh_date(_day(p, date(2026, 3, 1), 360)),
    # Hong Kong: public niche allocation
    "ni_app275": lambda p, c: f"PN{_pick(p, tuple(x[1] for x in _HK_COLUMBARIA), 2)}{p.bhxh[-6:]}",
    "ni_en275": lambda p, c: _hk_en(p, 5),
    "ni_zh275": lambda p, c: _hk_zh(p, 5),
    "ni_addr275": lambda p, c: f"{_estate(p)[2]}{_estate(p)[0]}{_num(p, 35)}樓{_num(p, 30)}室",
    "ni_deceased275": lambda p, c: _hk_other(p, 6),
    "ni_kin275": lambda p, c: _pick(p, _HK_KIN, 3),
    "ni_place275": lambda p, c: _pick(p, tuple(x[0] for x in _HK_COLUMBARIA), 2),
    "ni_niche275": lambda p, c: f"Blk {_num(p, 12)}, Row {_num(p, 8)}, No. {_num(p, 120)}",
    "ni_ballot275": lambda p, c: f"{_num(p, 9000):05d}",
    "ni_status275": lambda p, c: _pick(p, _HK_NICHE_STATUS, 4),
    # Macau: cash sharing
    "cs_no275": lambda p, c: f"CP2026-{p.bhxh[-7:]}",
    "mo_latin275": lambda p, c: _mo_latin(p),
    "mo_zh275": lambda p, c: _mo_zh(p),
    "bir275": lambda p, c: _bir_mo(p),
    "mo_birth275": lambda p, c: _zh_date(p.birth),
    "sex_mo275": lambda p, c: _by_sex(p, ("男 M",), ("女 F",)),
    "cs_kind275": lambda p, c: "永久性居民 Permanente" if int(p.bhxh) % 6 else "非永久性居民",
    "cs_amount275": lambda p, c: "10,000.00" if int(p.bhxh) % 6 else "6,000.00",
    "cs_way275": lambda p, c: _pick(p, _MO_SHARE_WAY, 3),
    "cs_bank275": lambda p, c: _pick(p, _MO_BANKS, 4),
    "mo_addr_zh275": lambda p, c: f"{_mo_home(p)[0]}{_mo_floor(p)}",
    "mo_parish275": lambda p, c: _mo_home(p)[2],
    "mo_phone275": lambda p, c: _mo_phone(p),
    "cs_paid275": lambda p, c: _zh_date(_day(p, date(2026, 7, 1), 60)),
    # Macau: driving tests
    "dt_proc275": lambda p, c: f"{_num(p, 9)}/{p.bhxh[-5:]}/{p.other_date.year}",
    "dt_addr275": lambda p, c: (
        f"{_mo_home(p)[1]}, {_num(p, 30)}.º andar {'ABCDEFGH'[int(p.bhxh) % 8]}, Macau"
        if _macanese(p) or int(p.bhxh) % 2
        else f"{_mo_home(p)[0]}{_mo_floor(p)}"
    ),
    "dt_cat275": lambda p, c: _pick(
        p, ("B 輕型汽車", "B 輕型汽車", "A 重型電單車", "A1 輕型電單車"), 2
    ),
    "dt_school275": lambda p, c: _pick(p, _MO_SCHOOLS, 3),
    "dt_instructor275": lambda p, c: _pick(p, _MO_INSTRUCTORS, 4),
    "dt_exam275": lambda p, c: _pick(p, _MO_EXAMS, 5),
    "dt_result275": lambda p, c: _pick(p, _MO_RESULTS, 6),
}

__all__ = ["WRITERS_BLIND275"]
