"""How the people of the three hundred thirty-eighth part of the outside corpus (**blind 338**,
:mod:`lienthong.quality._corpus_blind338`) are written: four Vietnamese files' own columns (a
divorce abroad noted in the civil-status book and the foreign former spouse, a foreign student's
name in its own script and as the passport writes it, a foreign worker's permit and employer, a
mixed family's child's name without diacritics and the foreign father) and Korean, Japanese,
Chinese, Macanese and Mongolian names in two scripts or readings side by side, with the identity
numbers their cards show (the 주민등록번호's weighted mod-11 digit, the マイナンバー's check
digit, the 身份证号's MOD 11-2 character, the BIR's bracketed digit, the Mongolian register
number's letters and birth date)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING, TypeVar

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind20_writers import _bir_mo
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind112_writers import _mn_place, _mn_reg, _my_number, _rrn
from lienthong.quality._corpus_blind129_writers import _cn_id, _cn_place
from lienthong.quality._corpus_blind275_writers import (
    _mo_floor,
    _mo_home,
    _mo_latin,
    _mo_phone,
    _mo_zh,
)
from lienthong.quality._corpus_people import _ascii

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

#: (name in its own script, name as the passport writes it, nationality as Vietnamese lists write)
_FG_M = (
    ("김민준", "KIM MINJUN", "Hàn Quốc"),
    ("王志强", "WANG ZHIQIANG", "Trung Quốc"),
    ("佐藤健太", "SATO KENTA", "Nhật Bản"),
    ("陳建宏", "CHEN CHIEN-HUNG", "Đài Loan (TQ)"),
    ("박성민", "PARK SEONGMIN", "Hàn Quốc"),
    ("李俊杰", "LI JUNJIE", "Trung Quốc"),
    ("林志明", "LIN CHIH-MING", "Đài Loan (TQ)"),
)
_FG_F = (
    ("이지현", "LEE JIHYUN", "Hàn Quốc"),
    ("张丽娟", "ZHANG LIJUAN", "Trung Quốc"),
    ("鈴木美咲", "SUZUKI MISAKI", "Nhật Bản"),
    ("黃怡君", "HUANG YI-CHUN", "Đài Loan (TQ)"),
    ("최수진", "CHOI SUJIN", "Hàn Quốc"),
    ("刘海燕", "LIU HAIYAN", "Trung Quốc"),
    ("吳佩珊", "WU PEI-SHAN", "Đài Loan (TQ)"),
)
_PASSPORT_LEAD = {"Hàn Quốc": "M", "Trung Quốc": "E", "Nhật Bản": "TK", "Đài Loan (TQ)": "3"}
_EX_SPOUSES = (
    ("KIM SANGCHEOL", "Hàn Quốc", "Tòa án gia đình Seoul"),
    ("LEE JEONGHO", "Hàn Quốc", "Tòa án gia đình Busan"),
    ("CHEN WEN-HSIUNG", "Đài Loan (TQ)", "Tòa án địa phương Đài Trung"),
    ("HUANG CHIN-TSAI", "Đài Loan (TQ)", "Văn phòng hộ tịch Cao Hùng"),
    ("LIANG HAITAO", "Trung Quốc", "Tòa án nhân dân quận Thanh Tú, Nam Ninh"),
    ("PARK DONGHYEON", "Hàn Quốc", "Tòa án quận Daegu"),
)
_EX_WIVES = (
    ("LEE MISOOK", "Hàn Quốc", "Tòa án gia đình Seoul"),
    ("LIN HSIU-CHU", "Đài Loan (TQ)", "Văn phòng hộ tịch Đài Bắc"),
    ("ZHOU LIJUAN", "Trung Quốc", "Tòa án nhân dân quận Hải Châu, Quảng Châu"),
)
_VN_SIGNERS = ("Phó Giám đốc Sở Tư pháp", "Trưởng phòng Hành chính tư pháp", "Phó Trưởng phòng")
_PROGRAMS = (
    "Tiếng Việt ngắn hạn (6 tháng)",
    "Cử nhân Việt Nam học (trao đổi)",
    "Dự bị tiếng Việt - năm 1",
    "Thạc sĩ Ngôn ngữ học",
    "Tiếng Việt cho người nước ngoài - B1",
)
_DORMS = (
    "KTX Mễ Trì, 182 Lương Thế Vinh, Thanh Xuân, Hà Nội",
    "Phòng 1205 tòa Golden Palace, 99 Mễ Trì, Nam Từ Liêm, Hà Nội",
    "KTX quốc tế ĐHQG, 144 Xuân Thủy, Cầu Giấy, Hà Nội",
    "Số 23 ngõ 165 Cầu Giấy, Phường Dịch Vọng, Hà Nội",
)
_JOBS = (
    ("Giám đốc điều hành", "Nhà quản lý"),
    ("Kỹ sư sản xuất", "Chuyên gia"),
    ("Kỹ thuật viên khuôn mẫu", "Lao động kỹ thuật"),
    ("Trưởng phòng QC", "Chuyên gia"),
    ("Phiên dịch tiếng Hàn", "Lao động kỹ thuật"),
)
_EMPLOYERS = (
    ("Công ty TNHH Hanwha Aero Engines", "Lô H2, KCN Hòa Lạc, Thạch Thất, Hà Nội"),
    ("Công ty TNHH Foxconn Singapore (Bắc Giang)", "KCN Quang Châu, Việt Yên, Bắc Giang"),
    ("Công ty TNHH Nidec Sankyo Việt Nam", "Lô I-3, KCN cao Hòa Lạc, Hà Nội"),
    ("Công ty CP Pou Chen Việt Nam", "KCN Nhơn Trạch III, Đồng Nai"),
)
_VN_BORDER = (
    "Trạm Y tế xã Bản Lầu, Mường Khương, Lào Cai",
    "Bệnh viện Đa khoa tỉnh Lạng Sơn",
    "Bệnh viện Sản Nhi Quảng Ninh",
    "Seoul, Hàn Quốc",
    "Cao Hùng, Đài Loan (TQ)",
)
_KR_NAMES_M = (
    ("성민", "成敏"),
    ("동현", "東賢"),
    ("재원", "在源"),
    ("상철", "相哲"),
    ("준영", "俊英"),
)
_KR_NAMES_F = (
    ("영희", "英姬"),
    ("미숙", "美淑"),
    ("은주", "恩珠"),
    ("지현", "智賢"),
    ("수진", "秀珍"),
)
_KR_FAMILY = (
    ("김", "金", "金海"),
    ("이", "李", "全州"),
    ("박", "朴", "密陽"),
    ("최", "崔", "慶州"),
)
_KR_FAMILY2 = (
    ("정", "鄭", "東萊"),
    ("강", "姜", "晉州"),
    ("윤", "尹", "坡平"),
    ("장", "張", "仁同"),
)
_KR_PLACES = (
    "경기도 안산시 단원구 원곡로 45, 102동 1203호",
    "경상남도 창원시 의창구 원이대로 362, 3층",
    "전라북도 전주시 완산구 효자로 225, 105동 804호",
    "서울특별시 구로구 디지털로 288, 1501호",
    "충청남도 천안시 서북구 불당대로 12, 201동 302호",
)
_KR_BASES = ("경상북도 안동시 풍산읍", "전라남도 나주시 금천면", "충청북도 청주시 상당구")
_VN_BRIDE_F = ("NGUYEN THI HOA", "TRAN THI THU", "LE THI NGOC ANH", "PHAM THI LAN", "VO THI MY")
_VN_BRIDE_M = ("NGUYEN VAN HUNG", "TRAN MINH DUC", "LE VAN TAM", "PHAM QUOC BAO")
_JP_FAMILY = (("佐藤", "サトウ"), ("鈴木", "スズキ"), ("高橋", "タカハシ"), ("田中", "タナカ"))
_JP_FAMILY2 = (("渡辺", "ワタナベ"), ("伊藤", "イトウ"), ("山本", "ヤマモト"), ("中村", "ナカムラ"))
_JP_GIVEN_M = (("健太", "ケンタ"), ("大輔", "ダイスケ"), ("翔太", "ショウタ"), ("浩二", "コウジ"))
_JP_GIVEN_F = (("陽子", "ヨウコ"), ("美咲", "ミサキ"), ("恵子", "ケイコ"), ("真由美", "マユミ"))
_JP_PLACES = (
    ("170-0013", "東京都豊島区東池袋3丁目1番1号"),
    ("460-0008", "愛知県名古屋市中区栄4丁目5-3 栄ビル802"),
    ("530-0001", "大阪府大阪市北区梅田1丁目2番2号"),
    ("812-0011", "福岡県福岡市博多区博多駅前2丁目1-1"),
)
_JP_DEPTS = ("製造部 第一課", "営業部", "総務部 人事課", "技術開発部", "物流センター")
_CN_FAMILY = (("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("黄", "Huang"))
_CN_GIVEN_M = (("建国", "Jianguo"), ("志强", "Zhiqiang"), ("海涛", "Haitao"), ("明", "Ming"))
_CN_GIVEN_F = (("秀英", "Xiuying"), ("丽娟", "Lijuan"), ("静", "Jing"), ("婷婷", "Tingting"))
_CN_SPOUSES = ("NGUYEN THI HUONG", "LE THI MAI", "HOANG VAN NAM", "TRAN THI NGA", "DO THI HANH")
_CN_OFFICES = ("广西壮族自治区民政厅婚姻登记处", "云南省民政厅婚姻登记处", "广东省民政厅婚姻登记处")
_MO_SPOUSES = ("黃麗華", "梁志偉", "何美玲", "NGUYEN THI THANH", "蔡文傑", "SANTOS MARIA")
_MO_DOCS = ("往來港澳通行證 C", "中國護照 E", "越南護照 C", "菲律賓護照 P")
_MO_WORKERS = ("陳嘉欣", "李偉強", "Ana Sofia Lopes", "吳淑儀")
_MN_GIVEN_M = (("Ганболд", "Ganbold"), ("Тэмүүлэн", "Temuulen"), ("Батбаяр", "Batbayar"))
_MN_GIVEN_M2 = (("Мөнх-Очир", "Munkh-Ochir"), ("Энхбат", "Enkhbat"), ("Бат-Эрдэнэ", "Bat-Erdene"))
_MN_GIVEN_F = (("Сарнай", "Sarnai"), ("Оюунчимэг", "Oyuunchimeg"), ("Номин", "Nomin"))
_MN_GIVEN_F2 = (("Солонго", "Solongo"), ("Энхжаргал", "Enkhjargal"), ("Мөнхцэцэг", "Munkhtsetseg"))
_MN_CLANS = ("Боржигин", "Хиад", "Тайчууд", "Сартуул", "Олхонууд", "Халх")
_MN_SPOUSES = (
    ("KIM JAEWON", "БНСУ"),
    ("ZHANG WEI", "БНХАУ"),
    ("TANAKA HIROSHI", "Япон"),
    ("NGUYEN THI LAN", "Вьетнам"),
    ("LEE EUNJU", "БНСУ"),
)

_T = TypeVar("_T")


def _row(p: Person, options: tuple[_T, ...], salt: int = 0) -> _T:
    """One row of a table of tuples, picked as :func:`_pick` picks a string."""
    return options[(int(p.bhxh) // (salt * 11 + 1)) % len(options)]


def _ex(p: Person) -> tuple[str, str, str]:
    """The foreign former spouse: a wife for a man, a husband for a woman."""
    return _row(p, _EX_WIVES if p.male else _EX_SPOUSES, 2)


def _fg(p: Person, salt: int = 1) -> tuple[str, str, str]:
    pool = _FG_M if p.male else _FG_F
    return pool[int(p.bhxh) // (salt * 7 + 1) % len(pool)]


def _fg_passport(p: Person) -> str:
    lead = _PASSPORT_LEAD[_fg(p)[2]]
    return f"{lead}{p.bhxh[-(9 - len(lead)) :]}"


def _kr_fam(p: Person) -> tuple[str, str, str]:
    return (_KR_FAMILY + _KR_FAMILY2)[int(p.bhxh) // 3 % 8]


def _kr_given(p: Person) -> tuple[str, str]:
    pool = _KR_NAMES_M if p.male else _KR_NAMES_F
    return pool[int(p.bhxh) // 5 % len(pool)]


def _kr_rrn338(p: Person) -> str:
    front, back = _rrn(p)
    return f"{front}-{back}"


def _jp_fam(p: Person) -> tuple[str, str]:
    return (_JP_FAMILY + _JP_FAMILY2)[int(p.bhxh) // 3 % 8]


def _jp_given(p: Person) -> tuple[str, str]:
    pool = _JP_GIVEN_M if p.male else _JP_GIVEN_F
    return pool[int(p.bhxh) // 7 % len(pool)]


def _jp_place(p: Person) -> tuple[str, str]:
    return _JP_PLACES[int(p.bhxh) // 11 % len(_JP_PLACES)]


def _cn_fam(p: Person) -> tuple[str, str]:
    return _CN_FAMILY[int(p.bhxh) // 3 % len(_CN_FAMILY)]


def _cn_given(p: Person) -> tuple[str, str]:
    pool = _CN_GIVEN_M if p.male else _CN_GIVEN_F
    return pool[int(p.bhxh) // 7 % len(pool)]


def _cn_pinyin(p: Person) -> str:
    family, given = _cn_fam(p)[1], _cn_given(p)[1]
    return f"{family.upper()} {given.upper()}" if int(p.bhxh) % 3 else f"{family} {given}"


def _mn_given(p: Person) -> tuple[str, str]:
    pool = _MN_GIVEN_M + _MN_GIVEN_M2 if p.male else _MN_GIVEN_F + _MN_GIVEN_F2
    return pool[int(p.bhxh) // 7 % len(pool)]


WRITERS_BLIND338: dict[str, Callable[[Person, Col], object]] = {
    # -- Vietnam: divorce abroad noted in the civil-status book
    "lh_no338": lambda p, c: f"{_num(p, 480)}/2025/GCLH",
    "ex_name338": lambda p, c: _ex(p)[0],
    "ex_nat338": lambda p, c: _ex(p)[1],
    "court338": lambda p, c: _ex(p)[2],
    "judgment338": lambda p, c: f"{p.bhxh[-5:]}/{2015 + _num(p, 10)}",
    "signer338": lambda p, c: f"{_pick(p, _VN_SIGNERS, 3)} {_other_vn(p, 4)}",
    # -- Vietnam: foreign students of the Vietnamese studies faculty
    "stu_code338": lambda p, c: f"QT25{p.bhxh[-4:]}",
    "fs_native338": lambda p, c: _fg(p)[0],
    "fs_latin338": lambda p, c: _fg(p)[1],
    "fs_nat338": lambda p, c: _fg(p)[2],
    "fs_pp338": lambda p, c: _fg_passport(p),
    "fs_email338": lambda p, c: f"{_fg(p)[1].lower().replace(' ', '.')}{p.bhxh[-2:]}@gmail.com",
    "fs_visa338": lambda p, c: _pick(p, ("DH", "DH (thẻ TT)", "TT", "DL → DH"), 3),
    "fs_prog338": lambda p, c: _pick(p, _PROGRAMS, 4),
    "fs_addr338": lambda p, c: _pick(p, _DORMS, 5),
    "fs_teacher338": lambda p, c: f"TS. {_other_vn(p, 6)}",
    # -- Vietnam: foreign workers' permits, half-year report
    "fw_native338": lambda p, c: _fg(p, 2)[0],
    "fw_latin338": lambda p, c: _fg(p, 2)[1],
    "fw_nat338": lambda p, c: _fg(p, 2)[2],
    "fw_pp338": lambda p, c: f"{_PASSPORT_LEAD[_fg(p, 2)[2]]}{p.bhxh[-8:]}",
    "fw_job338": lambda p, c: _row(p, _JOBS, 3)[0],
    "fw_title338": lambda p, c: _row(p, _JOBS, 3)[1],
    "fw_permit338": lambda p, c: f"{_num(p, 900)}/GPLĐ-SNV/{2023 + _num(p, 3)}",
    "fw_until338": lambda p, c: f"{_shift_date(p.other_date, 2):%d/%m/%Y}",
    "fw_employer338": lambda p, c: _row(p, _EMPLOYERS, 4)[0],
    "fw_workaddr338": lambda p, c: _row(p, _EMPLOYERS, 4)[1],
    "fw_salary338": lambda p, c: f"{(30 + _num(p, 90)) * 1_000_000:,}".replace(",", "."),
    # -- Vietnam: births of children of mixed families at a border commune
    "ks_no338": lambda p, c: f"{_num(p, 150)}/{p.birth.year}",
    "ks_ascii338": lambda p, c: _ascii(p.full).upper(),
    "ks_place338": lambda p, c: _pick(p, _VN_BORDER, 2),
    "ks_mother338": lambda p, c: _other_vn(p, 3, male=False),
    "ks_father338": lambda p, c: _row(p, _FG_M, 4)[1],
    "ks_fnat338": lambda p, c: _row(p, _FG_M, 4)[2],
    "ks_regdate338": lambda p, c: f"{p.birth + timedelta(days=5 + _num(p, 50)):%d/%m/%Y}",
    # -- South Korea: international marriage reports
    "kr_rcpt338": lambda p, c: f"제2025-{p.bhxh[-5:]}호",
    "kr_hangul338": lambda p, c: _kr_fam(p)[0] + _kr_given(p)[0],
    "kr_hanja338": lambda p, c: _kr_fam(p)[1] + _kr_given(p)[1],
    "kr_bon338": lambda p, c: _kr_fam(p)[2],
    "kr_rrn338": lambda p, c: _kr_rrn338(p),
    "kr_base338": lambda p, c: _pick(p, _KR_BASES, 3),
    "kr_addr338": lambda p, c: _pick(p, _KR_PLACES, 4),
    "kr_phone338": lambda p, c: f"010-{p.phone[2:6]}-{p.phone[6:10]}",
    "kr_sp_name338": lambda p, c: _by_sex(p, _VN_BRIDE_F, _VN_BRIDE_M, 5),
    "kr_sp_nat338": lambda p, c: _pick(p, ("베트남", "베트남", "중국", "필리핀"), 6),
    "kr_sp_arc338": lambda p, c: (
        f"{_shift_date(p.birth, 6 + _num(p, 12)):%y%m%d}-{6 if p.male else 5}{p.bhxh[1:7]}"
    ),
    "kr_status338": lambda p, c: _pick(p, ("수리", "처리중", "보정요구", "수리"), 7),
    # -- Japan: withholding dependants declarations of a company
    "jp_emp338": lambda p, c: f"A{p.bhxh[-5:]}",
    "jp_dept338": lambda p, c: _pick(p, _JP_DEPTS, 2),
    "jp_fam338": lambda p, c: _jp_fam(p)[0],
    "jp_giv338": lambda p, c: _jp_given(p)[0],
    "jp_fkana338": lambda p, c: _jp_fam(p)[1],
    "jp_gkana338": lambda p, c: _jp_given(p)[1],
    "jp_mynum338": lambda p, c: _my_number(p),
    "jp_zip338": lambda p, c: _jp_place(p)[0],
    "jp_addr338": lambda p, c: _jp_place(p)[1],
    "jp_phone338": lambda p, c: f"090-{p.phone[2:6]}-{p.phone[6:10]}",
    "jp_sp338": lambda p, c: _by_sex(
        p, ("NGUYEN THI HOA", "グエン・ティ・ラン"), ("TRAN VAN NAM",), 3
    ),
    "jp_spnat338": lambda p, c: _pick(p, ("ベトナム", "ベトナム", "中国", "フィリピン"), 4),
    "jp_nonres338": lambda p, c: _pick(p, ("該当（ベトナム在住の父母）", "非該当", "非該当"), 5),
    # -- China: foreign-related marriage registrations
    "cn_cert338": lambda p, c: f"J{_cn_place(p)[0]}-2025-{p.bhxh[-6:]}",
    "cn_han338": lambda p, c: _cn_fam(p)[0] + _cn_given(p)[0],
    "cn_pinyin338": lambda p, c: _cn_pinyin(p),
    "cn_sex338": lambda p, c: "男" if p.male else "女",
    "cn_id338": lambda p, c: _cn_id(p),
    "cn_addr338": lambda p, c: _cn_place(p)[1],
    "cn_phone338": lambda p, c: f"1{_pick(p, ('39', '58', '86', '77'), 4)}{p.phone[2:10]}",
    "cn_spouse338": lambda p, c: _pick(p, _CN_SPOUSES, 5),
    "cn_snat338": lambda p, c: _pick(p, ("越南", "越南", "老挝", "缅甸"), 6),
    "cn_spp338": lambda p, c: f"C{p.bhxh[-7:]}",
    "cn_office338": lambda p, c: _pick(p, _CN_OFFICES, 7),
    # -- Macau: cross-border family cases
    "mo_case338": lambda p, c: f"FAM/{2020 + _num(p, 6)}/{p.bhxh[-4:]}",
    "mo_zh338": lambda p, c: _mo_zh(p),
    "mo_latin338": lambda p, c: _mo_latin(p),
    "mo_bir338": lambda p, c: _bir_mo(p),
    "mo_sex338": lambda p, c: "男 M" if p.male else "女 F",
    "mo_addr338": lambda p, c: f"{_mo_home(p)[0]}{_mo_floor(p)}",
    "mo_parish338": lambda p, c: _mo_home(p)[2],
    "mo_phone338": lambda p, c: _mo_phone(p),
    "mo_spouse338": lambda p, c: _pick(p, _MO_SPOUSES, 3),
    "mo_spdoc338": lambda p, c: f"{_pick(p, _MO_DOCS, 4)}{p.bhxh[-8:]}",
    "mo_kids338": lambda p, c: _num(p, 4) - 1,
    "mo_worker338": lambda p, c: _pick(p, _MO_WORKERS, 5),
    # -- Mongolia: marriages with foreign citizens
    "mn_cert338": lambda p, c: f"ГБ{p.bhxh[-7:]}",
    "mn_clan338": lambda p, c: _pick(p, _MN_CLANS, 2),
    "mn_patr338": lambda p, c: _row(p, _MN_GIVEN_M + _MN_GIVEN_M2, 3)[0],
    "mn_given338": lambda p, c: _mn_given(p)[0],
    "mn_given_lat338": lambda p, c: _mn_given(p)[1].upper(),
    "mn_reg338": lambda p, c: _mn_reg(p),
    "mn_sex338": lambda p, c: "Эрэгтэй" if p.male else "Эмэгтэй",
    "mn_dist338": lambda p, c: _mn_place(p)[1],
    "mn_khoroo338": lambda p, c: _mn_place(p)[2],
    "mn_street338": lambda p, c: f"{_mn_place(p)[3]}, {_num(p, 60)}-р байр, {_num(p, 90)} тоот",
    "mn_phone338": lambda p, c: f"{_pick(p, ('99', '88', '95', '80'), 4)}{p.phone[-6:]}",
    "mn_spouse338": lambda p, c: _row(p, _MN_SPOUSES, 5)[0],
    "mn_spnat338": lambda p, c: _row(p, _MN_SPOUSES, 5)[1],
    "mn_regdate338": lambda p, c: f"{_shift_date(p.other_date, -1):%Y.%m.%d}",
}
