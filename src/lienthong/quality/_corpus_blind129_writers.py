"""How the people of the hundred-and-twenty-ninth part of the outside corpus (**blind 129**,
:mod:`lienthong.quality._corpus_blind129`) are written: four Vietnamese files' own columns (a
single parent raising children in a poor household on the monthly allowance, a water company's
customer and meter, an application to give up Vietnamese nationality, a voluntary supplementary
pension account) and mainland Chinese, Macanese, Singaporean, Malaysian and Timorese names,
places, phones and numbers in the forms their registers show (the 居民身份证号码 ends in its ISO
7064 MOD 11-2 character, X for 10; the Macanese BIR carries its digit in brackets; the NRIC and
FIN end in their weighted check letter; the MyKad holds the birth date, the code of the state of
birth and a last digit odd for men; the Timorese voter card publishes no check)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind14_writers import _nric
from lienthong.quality._corpus_blind20_writers import _bir_mo
from lienthong.quality._corpus_blind27_writers import _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: monthly allowance for single parents of poor households (NĐ 20/2021) -----------------
_VN_MARITAL = ("Ly hôn", "Góa", "Không kết hôn", "Ly hôn", "Chồng/vợ đang chấp hành án")
_VN_BANKS = ("Agribank", "VietinBank", "BIDV", "Vietcombank", "Sacombank")
# -- Vietnam: a water company's customers --------------------------------------------------------
_VN_TARIFF = ("SH1 - Sinh hoạt", "SH1 - Sinh hoạt", "SH hộ nghèo", "KD - Kinh doanh", "HCSN")
_VN_METER = ("DN15", "DN15", "DN15", "DN20", "DN25")
_VN_READERS = ("Trần Văn Hùng", "Lê Thị Thu", "Nguyễn Minh Trí", "Phạm Quốc Bảo")
# -- Vietnam: applications to give up Vietnamese nationality --------------------------------------
_VN_NATIONS = ("Hàn Quốc", "Nhật Bản", "Đài Loan (TQ)", "Singapore", "Đức", "Hoa Kỳ", "Úc")
_VN_ABROAD = (
    "12-3 Gangnam-daero, Seocho-gu, Seoul",
    "2-14-5 Shinjuku, Shinjuku-ku, Tokyo",
    "No. 18, Ln. 52, Zhongshan Rd., Taoyuan",
    "Blk 305 Ang Mo Kio Ave 1, #08-1201, Singapore 560305",
    "Hauptstraße 41, 10827 Berlin",
    "1457 Bolsa Ave, Westminster, CA 92683",
)
_VN_REASONS = (
    "Nhập quốc tịch nước ngoài (nước đó không cho 2 QT)",
    "Kết hôn với người nước ngoài",
    "Định cư cùng gia đình",
    "Làm việc lâu dài ở nước ngoài",
)
_VN_VERIFY = ("Không vướng", "Không vướng", "Đang xác minh", "Còn nợ thuế", "Không vướng")
_VN_HANDLERS = ("CV. Đỗ Thị Hằng", "CV. Võ Minh Khoa", "CV. Lâm Ngọc Yến")
_VN_BIRTHPLACES = ("TP. Hồ Chí Minh", "Hà Nội", "Tiền Giang", "Nam Định", "Đồng Nai", "Huế")
# -- Vietnam: voluntary supplementary pension accounts -------------------------------------------
_VN_EMPLOYERS = (
    "Cty TNHH Nidec Việt Nam",
    "Cty CP FPT",
    "Cty TNHH Intel Products VN",
    "Cty CP Vinamilk",
    "Cty TNHH Nestlé VN",
)
_VN_RELATIONS = ("Vợ", "Chồng", "Con", "Mẹ", "Cha")
# -- mainland China: vocational skill level assessment ---------------------------------------------
_CN_FAMILY = ("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴")
_CN_GIVEN_M = ("伟", "建国", "志强", "浩然", "子轩", "俊杰", "明", "磊")
_CN_GIVEN_F = ("芳", "秀英", "丽娟", "欣怡", "婷", "雨涵", "静", "梓涵")
#: (division code, an address in it)
_CN_PLACES = (
    ("440305", "广东省深圳市南山区粤海街道科技园社区科苑路15号"),
    ("320506", "江苏省苏州市吴中区长桥街道宝带西路1120号3幢502室"),
    ("330106", "浙江省杭州市西湖区文三路259号"),
    ("510107", "四川省成都市武侯区人民南路四段27号"),
    ("420111", "湖北省武汉市洪山区珞喻路1037号"),
    ("370212", "山东省青岛市崂山区香港东路195号"),
)
_CN_TRADES = ("电工", "焊工", "育婴员", "保育师", "中式烹调师", "企业人力资源管理师", "车工")
_CN_LEVELS = ("五级/初级工", "四级/中级工", "三级/高级工", "二级/技师")
_CN_EDU = ("初中", "高中", "中专", "大专", "本科")
_CN_EMPLOYERS = ("比亚迪股份有限公司", "苏州工业园区职业技术学院", "个体", "美的集团", "待业")
_CN_DOC_TYPE = ("居民身份证", "居民身份证", "居民身份证", "临时居民身份证")
# -- Macau: subsidised training courses (DSAL) -----------------------------------------------------
_MO_FAMILY = (("陳", "CHAN"), ("黃", "WONG"), ("李", "LEI"), ("梁", "LEONG"), ("何", "HO"))
_MO_GIVEN_M = (("嘉豪", "KA HOU"), ("志明", "CHI MENG"), ("偉傑", "WAI KIT"), ("家俊", "KA CHON"))
_MO_GIVEN_F = (("詠詩", "WENG SI"), ("美玲", "MEI LENG"), ("嘉欣", "KA IAN"), ("小燕", "SIO IN"))
_MO_ADDR = (
    "澳門黑沙環新街52號海濱花園第3座15樓C",
    "澳門提督馬路138號祐適工業大廈7樓A",
    "氹仔孫逸仙博士大馬路433號海洋花園碧濤閣12樓F",
    "路環石排灣業興大廈第2座20樓K",
    "澳門祐漢新村第四街8號祐漢樓5樓B",
)
_MO_COURSES = (
    ("C-2025-031", "博彩業荷官培訓課程 Curso de Croupier"),
    ("C-2025-047", "建築業安全咭課程 Curso de Segurança Ocupacional"),
    ("C-2025-052", "中式烹飪技能課程 Curso de Culinária Chinesa"),
    ("C-2025-066", "酒店房務員課程 Curso de Empregado de Andares"),
)
_MO_STATUS = ("完成 Concluído", "就讀中 Em curso", "退出 Desistiu", "完成 Concluído")
# -- Singapore: HDB flat applications --------------------------------------------------------------
_SG_FAMILY = ("Tan", "Lim", "Lee", "Ng", "Wong", "Goh")
_SG_GIVEN_M = ("Wei Ming", "Jun Jie", "Kok Leong", "Zhi Hao")
_SG_GIVEN_F = ("Hui Min", "Siew Ling", "Xin Yi", "Mei Ling")
_SG_MALAY = ("Muhammad Hafiz bin Rahman", "Nur Aisyah binte Ismail", "Siti Zulaikha binte Omar")
_SG_INDIAN = ("Rajesh s/o Kumar", "Priya d/o Subramaniam", "Arun s/o Pillai")
#: (street, postal sector)
_SG_STREETS = (
    ("Tampines St 81", "52"),
    ("Jurong West St 91", "64"),
    ("Woodlands Dr 16", "73"),
    ("Bedok North Rd", "46"),
    ("Sengkang East Way", "54"),
)
_SG_PROJECTS = ("Tengah Garden Vale", "Kallang Horizon", "Bayshore Vista", "Fernvale Sails")
_SG_FLATS = ("3-Room", "4-Room", "4-Room", "5-Room", "2-Room Flexi")
_SG_SCHEMES = ("Public Scheme", "Fiancé/Fiancée Scheme", "Singles Scheme", "Public Scheme")
_SG_RELS = ("Fiancé(e)", "Spouse", "Parent", "Sibling", "Spouse")
# -- Malaysia: JPJ driving test candidates ---------------------------------------------------------
#: (state code of birth, state, town, postcode)
_MY_PLACES = (
    ("14", "W.P. Kuala Lumpur", "Kuala Lumpur", "53100"),
    ("10", "Selangor", "Shah Alam", "40150"),
    ("01", "Johor", "Johor Bahru", "81200"),
    ("07", "Pulau Pinang", "Bayan Lepas", "11900"),
    ("08", "Perak", "Ipoh", "30020"),
    ("03", "Kelantan", "Kota Bharu", "15200"),
    ("11", "Terengganu", "Kuala Terengganu", "20400"),
)
_MY_STREETS = ("Jalan Ampang", "Jalan Tun Razak", "Jalan Sultan Idris", "Lorong Bunga Raya 3")
_MY_NAMES_M = (
    "Muhammad Amirul bin Hassan",
    "Lim Wei Jie",
    "Arvind a/l Ramasamy",
    "Ahmad Faiz bin Yusof",
)
_MY_NAMES_F = (
    "Nurul Izzah binti Ahmad",
    "Tan Mei Xin",
    "Kavitha a/p Muniandy",
    "Siti Aminah binti Ali",
)
_MY_CLASS = ("D", "B2", "DA", "B2 & D", "E")
_MY_TEST = ("Ujian Bahagian II (Litar)", "Ujian Bahagian III (Jalan Raya)", "Ujian Berkomputer")
_MY_SCHOOLS = ("Institut Memandu Setia", "Akademi Memandu Rawang", "Sekolah Memandu Maju Jaya")
_MY_RESULT = ("LULUS", "LULUS", "GAGAL", "TIDAK HADIR")
# -- Timor-Leste: voter registration (STAE) ------------------------------------------------------
_TL_NAMES_M = (
    "Jose da Costa Soares",
    "Mateus Ximenes Belo",
    "Agostinho Pereira",
    "Domingos Guterres",
)
_TL_NAMES_F = (
    "Maria da Conceição Amaral",
    "Joana Soares Lopes",
    "Rosa Fátima Gusmão",
    "Ana Tilman",
)
#: (aldeia, suku, postu administrativu, munisípiu)
_TL_PLACES = (
    ("Aimeti Laran", "Bairo Pite", "Dom Aleixo", "Díli"),
    ("Manleuana", "Comoro", "Dom Aleixo", "Díli"),
    ("Lau-Hata", "Becora", "Cristo Rei", "Díli"),
    ("Loes", "Maubara", "Maubara", "Liquiçá"),
    ("Aidabaleten", "Ossu de Cima", "Ossu", "Viqueque"),
    ("Sagadate", "Lospalos", "Lospalos", "Lautém"),
)
_TL_REGTYPE = ("Foun / Novo", "Atualizasaun / Atualização", "Transferénsia / Transferência")
_TL_DOCS = ("Sertidaun moris", "Bilhete de Identidade", "Pasaporte", "Deklarasaun xefe suku")


def _single_child(p: Person) -> str:
    return _other_vn(p, 4, family=p.family)


def _allowance(p: Person) -> int:
    return 360_000 * (2 if int(p.bhxh) % 3 == 0 else 1) * (1 + int(p.bhxh) % 2)


def _water_readings(p: Person) -> tuple[int, int]:
    old = int(p.bhxh[-4:]) % 3000 + 120
    return old, old + 6 + int(p.bhxh[:2]) % 30


def _beneficiary(p: Person) -> tuple[str, str]:
    """(the beneficiary's name, the relation): a spouse of the other sex, a child or a parent."""
    relation = _pick(p, ("Vợ", "Con", "Mẹ", "Cha") if p.male else ("Chồng", "Con", "Mẹ", "Cha"), 6)
    male = relation in ("Chồng", "Cha") or (relation == "Con" and int(p.bhxh) % 2 == 0)
    family = None if relation in ("Vợ", "Chồng", "Mẹ") else p.family
    return _other_vn(p, 5, male=male, family=family), relation


def _cn_place(p: Person) -> tuple[str, str]:
    return _CN_PLACES[int(p.bhxh) // 7 % len(_CN_PLACES)]


def _cn_id(p: Person) -> str:
    """The 18-character 居民身份证号码: the division code, the birth date, a serial whose last
    digit is odd for men and the ISO 7064 MOD 11-2 character."""
    third = int(p.bhxh[5]) // 2 * 2 + (1 if p.male else 0)
    head = f"{_cn_place(p)[0]}{p.birth:%Y%m%d}{p.bhxh[3:5]}{third}"
    total = sum(int(ch) * (2 ** (17 - i) % 11) for i, ch in enumerate(head))
    return head + "10X98765432"[total % 11]


def _cn_name(p: Person) -> str:
    return _pick(p, _CN_FAMILY, 2) + _by_sex(p, _CN_GIVEN_M, _CN_GIVEN_F, 3)


def _cn_phone(p: Person) -> str:
    body = f"1{_pick(p, ('39', '58', '86', '37', '77'), 4)}{p.phone[2:10]}"
    return f"{body[:3]} {body[3:7]} {body[7:]}" if int(p.bhxh) % 4 == 0 else body


def _mo_name(p: Person) -> tuple[str, str]:
    fam = _MO_FAMILY[int(p.bhxh) // 3 % len(_MO_FAMILY)]
    given = (_MO_GIVEN_M if p.male else _MO_GIVEN_F)[int(p.bhxh) // 5 % 4]
    return fam[0] + given[0], f"{fam[1]} {given[1]}"


def _mo_course(p: Person) -> tuple[str, str]:
    return _MO_COURSES[int(p.bhxh) // 11 % len(_MO_COURSES)]


def _sg_name(p: Person, salt: int = 0) -> str:
    kind = int(p.bhxh) // (salt + 1) % 5
    if kind == 3:
        return _pick(p, _SG_MALAY, salt + 1)
    if kind == 4:
        return _pick(p, _SG_INDIAN, salt + 2)
    given = _by_sex(p, _SG_GIVEN_M, _SG_GIVEN_F, salt + 3)
    return f"{_pick(p, _SG_FAMILY, salt + 4)} {given}".upper()


def _sg_co_name(p: Person) -> str:
    """The co-applicant: a spouse or fiancé(e) of the other sex, else a parent or sibling."""
    if _pick(p, _SG_RELS, 5) in ("Parent", "Sibling"):
        return _sg_name(p, 6)
    given = _by_sex(p, _SG_GIVEN_F, _SG_GIVEN_M, 7)
    return f"{_pick(p, _SG_FAMILY, 8)} {given}".upper()


def _sg_home(p: Person) -> tuple[str, str]:
    street, sector = _SG_STREETS[int(p.bhxh) // 13 % len(_SG_STREETS)]
    block = 100 + int(p.bhxh[-5:]) % 700
    unit = f"#{int(p.bhxh[2:4]) % 20 + 2:02d}-{int(p.bhxh[4:7]) % 400 + 100}"
    return f"Blk {block} {street}, {unit}", f"{sector}{block % 1000:04d}"


def _sg_co_nric(p: Person) -> str:
    digits = f"{int(p.bhxh[::-1][:7]) % 10_000_000:07d}"
    prefix = "S" if digits[0] in "6789" else "T"
    total = sum(int(d) * w for d, w in zip(digits, (2, 7, 6, 5, 4, 3, 2), strict=True))
    total += 4 if prefix == "T" else 0
    return f"{prefix}{digits}{'JZIHGFEDCBA'[total % 11]}"


def _my_place(p: Person) -> tuple[str, str, str, str]:
    return _MY_PLACES[int(p.bhxh) // 9 % len(_MY_PLACES)]


def _my_ic(p: Person) -> str:
    """A MyKad number: YYMMDD, the code of the state of birth, three digits and a last digit odd
    for a man; dashed on two rows in three."""
    last = int(p.bhxh[-1]) // 2 * 2 + (1 if p.male else 0)
    bare = f"{p.birth:%y%m%d}{_my_place(p)[0]}{p.bhxh[1:4]}{last}"
    return bare if int(p.bhxh) % 3 == 0 else f"{bare[:6]}-{bare[6:8]}-{bare[8:]}"


def _my_phone(p: Person) -> str:
    return f"01{_pick(p, ('2', '3', '6', '9', '7'), 3)}-{p.phone[3:6]} {p.phone[6:10]}"


def _tl_place(p: Person) -> tuple[str, str, str, str]:
    return _TL_PLACES[int(p.bhxh) // 7 % len(_TL_PLACES)]


def _tl_phone(p: Person) -> str:
    body = f"7{_pick(p, ('3', '4', '7', '8'), 2)}{p.phone[4:10]}"
    return f"+670 {body[:4]} {body[4:]}" if int(p.bhxh) % 2 else body


WRITERS_BLIND129: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: single parents of poor households
    "child129": lambda p, c: _single_child(p),
    "child_year129": lambda p, c: max(p.birth.year + 20, 2008) + int(p.bhxh) % 9,
    "children129": lambda p, c: 1 + int(p.bhxh) % 3,
    "marital129": lambda p, c: _pick(p, _VN_MARITAL, 3),
    "coef129": lambda p, c: "2,0" if int(p.bhxh) % 3 == 0 else "1,0",
    "allow129": lambda p, c: f"{_allowance(p):,}".replace(",", "."),
    "from_month129": lambda p, c: f"{p.other_date:%m/%Y}",
    "decision129": lambda p, c: f"{_num(p, 900)}/QĐ-UBND",
    "bank_acct129": lambda p, c: f"{_pick(p, _VN_BANKS, 4)} - {p.bhxh[::-1]}{p.bhxh[:3]}",
    # Vietnam: water customers
    "water_cust129": lambda p, c: f"KH{p.bhxh[-8:]}",
    "meter129": lambda p, c: f"DH-{p.bhxh[2:9]}",
    "meter_size129": lambda p, c: _pick(p, _VN_METER, 2),
    "reading_old129": lambda p, c: _water_readings(p)[0],
    "reading_new129": lambda p, c: _water_readings(p)[1],
    "usage129": lambda p, c: _water_readings(p)[1] - _water_readings(p)[0],
    "tariff129": lambda p, c: _pick(p, _VN_TARIFF, 3),
    "household129": lambda p, c: 1 + int(p.bhxh) % 6,
    "water_bill129": lambda p, c: (_water_readings(p)[1] - _water_readings(p)[0]) * 6_700,
    "reader129": lambda p, c: _pick(p, _VN_READERS, 5),
    # Vietnam: giving up Vietnamese nationality
    "alias129": lambda p, c: "" if int(p.bhxh) % 3 else _pick(p, ("Kim Min-ji", "Anna", "Tommy")),
    "birthplace129": lambda p, c: _pick(p, _VN_BIRTHPLACES, 2),
    "passport129": lambda p, c: f"{_pick(p, ('C', 'P', 'N'), 3)}{p.bhxh[-7:]}",
    "abroad_addr129": lambda p, c: _pick(p, _VN_ABROAD, 4),
    "new_nat129": lambda p, c: _pick(p, _VN_NATIONS, 4),
    "reason129": lambda p, c: _pick(p, _VN_REASONS, 5),
    "verify129": lambda p, c: _pick(p, _VN_VERIFY, 6),
    "proposal129": lambda p, c: f"{_num(p, 400)}/STP-HCTP",
    "handler129": lambda p, c: _pick(p, _VN_HANDLERS, 7),
    # Vietnam: supplementary pension accounts
    "pension_acct129": lambda p, c: f"HTBS{p.bhxh[-9:]}",
    "employer129": lambda p, c: _pick(p, _VN_EMPLOYERS, 2),
    "contrib_ee129": lambda p, c: f"{(int(p.bhxh) % 20 + 1) * 100_000:,}".replace(",", "."),
    "contrib_er129": lambda p, c: f"{(int(p.bhxh) % 10 + 2) * 150_000:,}".replace(",", "."),
    "alloc129": lambda p, c: _pick(p, ("20/80", "30/70", "0/100", "50/50"), 3),
    "beneficiary129": lambda p, c: _beneficiary(p)[0],
    "benef_rel129": lambda p, c: _beneficiary(p)[1],
    # mainland China
    "cn_ticket129": lambda p, c: f"2544{p.bhxh[1:9]}",
    "cn_name129": lambda p, c: _cn_name(p),
    "sex_cn129": lambda p, c: "男" if p.male else "女",
    "cn_doc_type129": lambda p, c: _pick(p, _CN_DOC_TYPE, 2),
    "cn_id129": lambda p, c: _cn_id(p),
    "cn_edu129": lambda p, c: _pick(p, _CN_EDU, 3),
    "cn_employer129": lambda p, c: _pick(p, _CN_EMPLOYERS, 4),
    "cn_trade129": lambda p, c: _pick(p, _CN_TRADES, 5),
    "cn_level129": lambda p, c: _pick(p, _CN_LEVELS, 6),
    "cn_theory129": lambda p, c: 42 + int(p.bhxh) % 57,
    "cn_skill129": lambda p, c: 50 + int(p.bhxh[::-1]) % 49,
    "cn_pass129": lambda p, c: "合格" if 42 + int(p.bhxh) % 57 >= 60 else "不合格",
    "cn_cert129": lambda p, c: f"S000044{p.bhxh[:4]}25{p.bhxh[4:9]}",
    "cn_phone129": lambda p, c: _cn_phone(p),
    "cn_addr129": lambda p, c: _cn_place(p)[1],
    # Macau
    "mo_bir129": lambda p, c: _bir_mo(p),
    "mo_name_zh129": lambda p, c: _mo_name(p)[0],
    "mo_name_pt129": lambda p, c: _mo_name(p)[1],
    "sex_mo129": lambda p, c: "男 M" if p.male else "女 F",
    "mo_phone129": lambda p, c: (
        f"6{p.phone[3:10]}" if int(p.bhxh) % 3 else f"(853) 6{p.phone[3:10]}"
    ),
    "mo_addr129": lambda p, c: _pick(p, _MO_ADDR, 3),
    "mo_course_code129": lambda p, c: _mo_course(p)[0],
    "mo_course129": lambda p, c: _mo_course(p)[1],
    "mo_attend129": lambda p, c: f"{70 + int(p.bhxh) % 31}%",
    "mo_allow129": lambda p, c: f"{(int(p.bhxh) % 4 + 2) * 1000}.00",
    "mo_contact129": lambda p, c: (
        f"{_mo_name(p)[0][0]}{_pick(p, ('太', '生', '先生', '小姐'), 5)} 6{p.bhxh[-7:]}"
    ),
    "mo_status129": lambda p, c: _pick(p, _MO_STATUS, 6),
    # Singapore
    "sg_app129": lambda p, c: f"BTO{p.other_date:%y%m}-{p.bhxh[-6:]}",
    "sg_nric129": lambda p, c: _nric(p),
    "sg_name129": lambda p, c: _sg_name(p),
    "sex_sg129": lambda p, c: "M" if p.male else "F",
    "sg_race129": lambda p, c: _pick(p, ("Chinese", "Chinese", "Malay", "Indian", "Eurasian"), 2),
    "sg_cit129": lambda p, c: _pick(p, ("SC", "SC", "SC", "SPR"), 3),
    "sg_marital129": lambda p, c: _pick(p, ("Single", "Married", "Married", "Divorced"), 4),
    "sg_addr129": lambda p, c: f"{_sg_home(p)[0]}, Singapore {_sg_home(p)[1]}",
    "sg_postal129": lambda p, c: _sg_home(p)[1],
    "sg_phone129": lambda p, c: f"{_pick(p, ('8', '9'), 2)}{p.phone[3:6]} {p.phone[6:10]}",
    "sg_co_name129": lambda p, c: _sg_co_name(p),
    "sg_co_nric129": lambda p, c: _sg_co_nric(p),
    "sg_rel129": lambda p, c: _pick(p, _SG_RELS, 5),
    "sg_scheme129": lambda p, c: _pick(p, _SG_SCHEMES, 6),
    "sg_flat129": lambda p, c: _pick(p, _SG_FLATS, 7),
    "sg_project129": lambda p, c: _pick(p, _SG_PROJECTS, 8),
    "sg_income129": lambda p, c: f"{3000 + int(p.bhxh[-5:]) % 11000:,}",
    "sg_queue129": lambda p, c: f"{int(p.bhxh[:4]) % 3000 + 1:04d}",
    # Malaysia
    "my_ic129": lambda p, c: _my_ic(p),
    "my_name129": lambda p, c: _by_sex(p, _MY_NAMES_M, _MY_NAMES_F, 2).upper(),
    "sex_my129": lambda p, c: "LELAKI" if p.male else "PEREMPUAN",
    "my_addr129": lambda p, c: (
        f"No. {_num(p, 88)}, {_pick(p, _MY_STREETS, 3)}, {_my_place(p)[3]} {_my_place(p)[2]}"
    ),
    "my_pc129": lambda p, c: _my_place(p)[3],
    "my_town129": lambda p, c: _my_place(p)[2],
    "my_state129": lambda p, c: _my_place(p)[1],
    "my_phone129": lambda p, c: _my_phone(p),
    "my_class129": lambda p, c: _pick(p, _MY_CLASS, 4),
    "my_test129": lambda p, c: _pick(p, _MY_TEST, 5),
    "my_school129": lambda p, c: _pick(p, _MY_SCHOOLS, 6),
    "my_ldl129": lambda p, c: f"LDL{p.bhxh[-8:]}",
    "my_result129": lambda p, c: _pick(p, _MY_RESULT, 7),
    "my_examiner129": lambda p, c: _pick(
        p, ("En. Zulkifli Hamid", "Pn. Rosnah Abu", "En. Wong K.L."), 8
    ),
    # Timor-Leste
    "tl_card129": lambda p, c: f"{int(p.bhxh[:8]) % 90_000_000 + 10_000_000}",
    "tl_name129": lambda p, c: _by_sex(p, _TL_NAMES_M, _TL_NAMES_F, 2),
    "sex_tl129": lambda p, c: "Mane / M" if p.male else "Feto / F",
    "tl_birthplace129": lambda p, c: _pick(p, ("Díli", "Baucau", "Maliana", "Same", "Suai"), 3),
    "tl_father129": lambda p, c: _pick(p, _TL_NAMES_M, 4),
    "tl_mother129": lambda p, c: _pick(p, _TL_NAMES_F, 5),
    "tl_aldeia129": lambda p, c: _tl_place(p)[0],
    "tl_suku129": lambda p, c: _tl_place(p)[1],
    "tl_postu129": lambda p, c: _tl_place(p)[2],
    "tl_munisipiu129": lambda p, c: _tl_place(p)[3],
    "tl_regtype129": lambda p, c: _pick(p, _TL_REGTYPE, 6),
    "tl_doc129": lambda p, c: _pick(p, _TL_DOCS, 7),
    "tl_brigade129": lambda p, c: f"BR-{_tl_place(p)[3][:3].upper()}-{_num(p, 12):02d}",
    "tl_phone129": lambda p, c: _tl_phone(p),
}

__all__ = ["WRITERS_BLIND129"]
