"""How the people of the two-hundred-and-seventy-third part of the outside corpus (**blind 273**,
:mod:`lienthong.quality._corpus_blind273`) are written: Vietnamese people abroad and coming home
as the embassies in Tokyo and Berlin, the consulate general in Busan, the representative office
in Taipei, the embassy in Prague, a province's home affairs department, a job centre, a city's
foreign affairs department and a province police's immigration office write them (Vietnamese
passports ``C1234567``, the residence cards of Japan, Korea, Taiwan and Germany, the phones and
addresses of the country they live in beside the home address in Vietnam)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_blind112_writers import _TW_LETTER
from lienthong.quality._corpus_people import _ascii, _written

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Japan: citizens registering with the embassy in Tokyo -----------------------------------------
_JP_PLACES = (
    ("169-0073", "Tokyo-to Shinjuku-ku Hyakunincho", "2-"),
    ("332-0012", "Saitama-ken Kawaguchi-shi Honcho", "4-"),
    ("444-0840", "Aichi-ken Okazaki-shi Tomita-cho", ""),
    ("544-0034", "Osaka-fu Osaka-shi Ikuno-ku Momodani", "3-"),
    ("812-0011", "Fukuoka-ken Fukuoka-shi Hakata-ku Hakataekimae", "1-"),
    ("950-0087", "Niigata-ken Niigata-shi Chuo-ku Higashiodori", "2-"),
)
_JP_BUILDINGS = ("Haitsu Sakura", "Leopalace Minami", "Corpo Aoba", "Sunhouse Kawaguchi")
_JP_STATUS = ("Thực tập kỹ năng", "Kỹ năng đặc định", "Du học", "Kỹ sư/Nhân văn", "Vĩnh trú")
_JP_WORK = (
    "Cty TNHH Toyota Boshoku (Aichi)",
    "Trường Nhật ngữ Akamonkai",
    "Kawaguchi Kensetsu K.K.",
    "Đại học Kyushu",
    "Nhà dưỡng lão Sakura no Sato",
    "Cty CP chế biến thực phẩm Marudai",
)
# -- Korea: undocumented residents leaving of their own accord through the consulate in Busan -----
_KR_PLACES = (
    "부산광역시 사상구 학장로 ",
    "경상남도 김해시 주촌면 서부로 ",
    "경상남도 창원시 성산구 공단로 ",
    "울산광역시 울주군 온산읍 ",
    "부산광역시 강서구 녹산산단 ",
)
_KR_VISA = ("E-9", "E-9", "D-2", "C-3", "E-10", "H-2", "D-4")
_KR_PORT = ("Sân bay Gimhae", "Sân bay Incheon", "Sân bay Gimhae", "Sân bay Incheon")
_KR_STATUS = ("Đã cấp GTH", "Đã cấp GTH", "Chờ xác minh nhân thân", "Đã về nước", "Hủy")
# -- Taiwan: workers asking the representative office in Taipei for help ---------------------------
_TW_FIRMS = (
    ("桃園市觀音區", "Cty TNHH Dien tu Hoa Thinh", "H"),
    ("新北市樹林區", "Cty CP Co khi Dai Phong", "F"),
    ("臺中市大甲區", "Cty Det nhuom Tan Vinh", "B"),
    ("彰化縣鹿港鎮", "Cty TNHH Kim loai Quang Hung", "N"),
    ("高雄市前鎮區", "Tau ca Xin Man Fa 168", "E"),
)
_TW_BROKER = ("Cty MG Dai Hung", "Cty MG Vinh Phat", "Cty MG Hoa Loi", "Tu tuyen")
_TW_ASK = (
    "No luong 3 thang",
    "Xin chuyen chu",
    "Chu thue giu ho chieu",
    "Tai nan lao dong",
    "Tranh chap phi moi gioi",
    "Bi danh",
)
_TW_RESULT = (
    "Da hoa giai",
    "Dang xu ly",
    "Chuyen Cuc LD dia phuong",
    "Da chuyen chu",
    "Dong ho so",
)
# -- Germany: registering to keep Vietnamese nationality at the embassy in Berlin ------------------
_DE_PLACES = (
    ("Herzbergstraße", "10365", "Berlin"),
    ("Marzahner Promenade", "12679", "Berlin"),
    ("Eisenbahnstraße", "04315", "Leipzig"),
    ("Prager Straße", "01069", "Dresden"),
    ("Rostocker Straße", "18069", "Rostock"),
    ("Magdeburger Allee", "99086", "Erfurt"),
)
_DE_WAY = ("Hợp tác lao động (CHDC Đức)", "Du học", "Đoàn tụ gia đình", "Tị nạn 1990", "HTLĐ")
_DE_NAT = ("Không", "Không", "Đức", "Không", "Đang xin nhập QT Đức")
_BIRTHPLACES = ("Hà Nội", "Nam Định", "Thái Bình", "Hải Phòng", "Nghệ An", "Hà Tĩnh", "Quảng Bình")
# -- Czechia: signatures on powers of attorney attested at the embassy in Prague -------------------
_CZ_PLACES = (
    ("Libušská", "142 00", "Praha 4"),
    ("Kubelíkova", "130 00", "Praha 3"),
    ("Palackého", "350 02", "Cheb"),
    ("Tř. Svobody", "779 00", "Olomouc"),
    ("Vodňanská", "370 06", "České Budějovice"),
    ("Nádražní", "702 00", "Ostrava"),
)
_CZ_WHAT = (
    "Bán QSD đất",
    "Nhận thừa kế",
    "Làm sổ đỏ",
    "Rút tiền tiết kiệm",
    "Nhận trợ cấp BHXH 1 lần",
    "Khai tử cho mẹ",
)
_CZ_REL_M = ("Bố", "Anh trai", "Em trai", "Anh rể")
_CZ_REL_F = ("Mẹ", "Chị gái", "Em gái", "Chị dâu")
# -- Home affairs department: workers signing a contract of their own with an employer abroad -----
_IC_JOBS = (
    ("Nhật Bản", "Điều dưỡng", "JPY 210.000", "Kasai Care Co., Ltd - Chiba"),
    ("Đức", "Thợ điện", "EUR 2.600", "Elektro Haas GmbH - Regensburg"),
    ("Hàn Quốc", "Đầu bếp", "KRW 2.500.000", "Seoul Pho House - Mapo-gu"),
    ("Úc", "Hái trái cây", "AUD 28/giờ", "Sunny Farm Pty - Mildura VIC"),
    ("Ba Lan", "Thợ hàn", "PLN 5.800", "Stal-Bud Sp. z o.o. - Gdańsk"),
    ("Rumani", "Công nhân may", "RON 3.700", "Confex SRL - Bacău"),
)
# -- Job centre: workers back from abroad at a returnee job fair -----------------------------------
_RT_LAND = (
    ("Hàn Quốc", "Sản xuất chế tạo (EPS)", "TOPIK 3"),
    ("Nhật Bản", "Cơ khí - hàn", "JLPT N3"),
    ("Nhật Bản", "Chế biến thực phẩm", "JLPT N4"),
    ("Đài Loan", "Điện tử", "TOCFL A2"),
    ("Hàn Quốc", "Nông nghiệp", "TOPIK 2"),
)
_RT_WANT = ("Phiên dịch tiếng Hàn", "Tổ trưởng sản xuất", "Thợ hàn", "QC", "Phiên dịch tiếng Nhật")
_RT_FIRM = (
    "Cty TNHH Hanwha Aero VN",
    "Cty TNHH Bujeon Việt Nam",
    "Cty TNHH Nidec VN",
    "Cty CP May Minh Anh",
    "Cty TNHH Luxshare-ICT Nghệ An",
)
_RT_RESULT = ("Đạt", "Đạt", "Hẹn PV vòng 2", "Không đạt", "Không đến")
# -- City foreign affairs department: overseas Vietnamese at the Homeland Spring gathering ---------
_OV_LAND = (
    (
        "Đức",
        "Đức",
        "Landsberger Allee {n}, 10407 Berlin, Germany",
        "+49 30 {0}{1}{2} {3}{4}{5}{6}",
        "C0",
        "Đoàn châu Âu",
    ),
    (
        "Hoa Kỳ",
        "Hoa Kỳ",
        "{n}00 Bolsa Ave, Westminster, CA 92683, USA",
        "+1 714-{0}{1}{2}-{3}{4}{5}{6}",
        "5",
        "Đoàn Bắc Mỹ",
    ),
    (
        "Pháp",
        "Pháp",
        "{n} Avenue d'Ivry, 75013 Paris, France",
        "+33 1 {0}{1} {2}{3} {4}{5} {6}0",
        "19AF",
        "Đoàn châu Âu",
    ),
    (
        "Séc",
        "Việt Nam",
        "Libušská {n}/126, 142 00 Praha 4, Czech Republic",
        "+420 77{0} {1}{2}{3} {4}{5}{6}",
        "",
        "Đoàn châu Âu",
    ),
    (
        "Úc",
        "Úc",
        "{n} Park Road, Cabramatta NSW 2166, Australia",
        "+61 2 9{0}{1}{2} {3}{4}{5}{6}",
        "PA",
        "Đoàn châu Úc",
    ),
    (
        "Nhật Bản",
        "Việt Nam",
        "3-1-{n} Ikuno-ku, Osaka 544-0034, Japan",
        "+81 6-{0}{1}{2}{3}-{4}{5}{6}0",
        "",
        "Đoàn châu Á",
    ),
)
_OV_GIVEN_M = ("Peter", "David", "Michael", "Thomas", "Jean", "Kevin")
_OV_GIVEN_F = ("Anna", "Julie", "Linda", "Marie", "Susan", "Emily")
_OV_ROLE = ("Doanh nhân", "Trí thức", "Chủ tịch Hội NVN tại địa phương", "Sinh viên", "Kỹ sư")

# -- Province police: overseas Vietnamese coming home for good -------------------------------------
_RP_REL = ("Con đẻ", "Anh ruột", "Em ruột", "Cháu ruột", "Chị ruột")
_RP_STATUS = ("Đã ĐK thường trú", "Đã ĐK thường trú", "Chờ Cục QLXNC trả lời", "Bổ sung hồ sơ")


def _passport(p: Person, salt: int = 0) -> str:
    return f"{_pick(p, ('C', 'N', 'P', 'C', 'K'), salt)}{p.bhxh[(salt % 3) : (salt % 3) + 7]}"


def _jp(p: Person) -> tuple[str, str, str]:
    return _JP_PLACES[int(p.bhxh) // 13 % len(_JP_PLACES)]


def _tw(p: Person) -> tuple[str, str, str]:
    return _TW_FIRMS[int(p.bhxh) // 17 % len(_TW_FIRMS)]


def _de(p: Person) -> tuple[str, str, str]:
    return _DE_PLACES[int(p.bhxh) // 19 % len(_DE_PLACES)]


def _cz(p: Person) -> tuple[str, str, str]:
    return _CZ_PLACES[int(p.bhxh) // 23 % len(_CZ_PLACES)]


def _ic(p: Person) -> tuple[str, str, str, str]:
    return _IC_JOBS[int(p.bhxh) // 29 % len(_IC_JOBS)]


def _rt(p: Person) -> tuple[str, str, str]:
    return _RT_LAND[int(p.bhxh) // 31 % len(_RT_LAND)]


def _ov(p: Person) -> tuple[str, str, str, str, str, str]:
    return _OV_LAND[int(p.bhxh) // 37 % len(_OV_LAND)]


def _kr_arc(p: Person) -> str:
    """A Korean 외국인등록번호: the birth date, then 5/6 (7/8 for 2000 on) and six digits."""
    digit = (5 if p.male else 6) + (2 if p.birth.year >= 2000 else 0)
    return f"{p.birth:%y%m%d}-{digit}{p.bhxh[-6:]}"


def _tw_arc(p: Person) -> str:
    """A Taiwanese resident certificate number of 2021 on: the county's letter, 8 (men) or 9
    (women), seven digits, the weighted mod-10 check digit."""
    letter = _tw(p)[2]
    body = f"{8 if p.male else 9}{p.bhxh[-7:]}"
    code = _TW_LETTER[letter]
    weighted = sum(int(d) * w for d, w in zip(body, range(8, 0, -1), strict=True))
    total = code // 10 + code % 10 * 9 + weighted
    return f"{letter}{body}{(10 - total % 10) % 10}"


def _cz_male(p: Person) -> bool:
    return int(p.bhxh) // 7 % 2 == 0


def _de_year(p: Person) -> int:
    return min(p.birth.year + 19 + _num(p, 8), 2024)


def _ic_months(p: Person) -> int:
    return (12, 24, 36, 36, 24)[int(p.bhxh) % 5]


WRITERS_BLIND273: dict[str, Callable[[Person, Col], object]] = {
    # Japan: the embassy in Tokyo
    "jp_passport273": lambda p, c: _passport(p, 1),
    "jp_zairyu273": lambda p, c: (
        f"{_pick(p, ('UH', 'AB', 'EJ', 'PD'), 2)}{p.bhxh[-8:]}{_pick(p, ('FA', 'CE', 'GA'), 3)}"
    ),
    "jp_status273": lambda p, c: _pick(p, _JP_STATUS, 4),
    "jp_addr273": lambda p, c: (
        f"〒{_jp(p)[0]} {_jp(p)[1]} {_jp(p)[2]}{_num(p, 20)}-{_num(p, 30)}"
        f" {_pick(p, _JP_BUILDINGS, 5)} {_num(p, 3)}0{_num(p, 9)}"
    ),
    "jp_phone273": lambda p, c: f"0{_pick(p, ('80', '90', '70'), 6)}-{p.phone[2:6]}-{p.phone[6:]}",
    "jp_work273": lambda p, c: _pick(p, _JP_WORK, 7),
    # Korea: the consulate general in Busan
    "kr_file273": lambda p, c: f"BS-{p.other_date.year}/{p.bhxh[-4:]}",
    "kr_old_pp273": lambda p, c: _passport(p, 2) if int(p.bhxh) % 4 else "Mất",
    "kr_arc273": lambda p, c: _kr_arc(p),
    "kr_visa273": lambda p, c: _pick(p, _KR_VISA, 3),
    "kr_addr273": lambda p, c: f"{_pick(p, _KR_PLACES, 4)}{_num(p, 200)}",
    "kr_phone273": lambda p, c: f"010-{p.phone[2:6]}-{p.phone[6:]}",
    "kr_travel273": lambda p, c: f"GTH{p.other_date:%y}{p.bhxh[-5:]}",
    "kr_port273": lambda p, c: _pick(p, _KR_PORT, 5),
    "kr_leave273": lambda p, c: _written(p.other_date + timedelta(days=14), c.date_format),
    "kr_status273": lambda p, c: _pick(p, _KR_STATUS, 6),
    # Taiwan: the representative office in Taipei
    "tw_case273": lambda p, c: f"VECO-LD-{p.other_date.year}-{p.bhxh[-4:]}",
    "tw_passport273": lambda p, c: _passport(p, 3),
    "tw_arc273": lambda p, c: _tw_arc(p),
    "tw_employer273": lambda p, c: _tw(p)[1],
    "tw_broker273": lambda p, c: _pick(p, _TW_BROKER, 4),
    "tw_work_addr273": lambda p, c: f"{_tw(p)[0]}工業路{_num(p, 300)}號",
    "tw_phone273": lambda p, c: f"09{p.phone[2:4]}-{p.phone[4:7]}-{p.phone[7:]}",
    "tw_kin273": lambda p, c: _ascii(_other_vn(p, 5)),
    "tw_kin_phone273": lambda p, c: _other_phone(p),
    "tw_ask273": lambda p, c: _pick(p, _TW_ASK, 6),
    "tw_officer273": lambda p, c: _ascii(_other_vn(p, 8)),
    "tw_result273": lambda p, c: _pick(p, _TW_RESULT, 7),
    # Germany: the embassy in Berlin
    "de_birthplace273": lambda p, c: _pick(p, _BIRTHPLACES, 2),
    "de_passport273": lambda p, c: _passport(p, 4),
    "de_permit273": lambda p, c: (
        f"Y{p.bhxh[-8:-4]}{_pick(p, ('C', 'F', 'K', 'L'), 3)}{p.bhxh[-4:]}"
    ),
    "de_addr273": lambda p, c: f"{_de(p)[0]} {_num(p, 120)}, {_de(p)[1]} {_de(p)[2]}",
    "de_year273": lambda p, c: str(_de_year(p)),
    "de_way273": lambda p, c: _DE_WAY[0] if _de_year(p) < 1990 else _pick(p, _DE_WAY[1:], 5),
    "de_nat273": lambda p, c: _pick(p, _DE_NAT, 6),
    "de_phone273": lambda p, c: f"+49 15{_pick(p, ('1', '2', '7', '9'), 7)} {p.phone[2:]}",
    "de_confirm273": lambda p, c: f"{_num(p, 900)}/GXN-ĐSQ",
    # Czechia: the embassy in Prague
    "cz_no273": lambda p, c: f"{_num(p, 999)}/CT-ĐSQ.{p.other_date:%Y}",
    "cz_passport273": lambda p, c: _passport(p, 5),
    "cz_addr273": lambda p, c: f"{_cz(p)[0]} {_num(p, 400)}/{_num(p, 60)}, {_cz(p)[1]} {_cz(p)[2]}",
    "cz_phone273": lambda p, c: f"+420 7{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:]}",
    "cz_agent273": lambda p, c: _other_vn(p, 3, male=_cz_male(p)),
    "cz_agent_id273": lambda p, c: _cccd_of(p, _cz_male(p), 1950 + _num(p, 40)),
    "cz_rel273": lambda p, c: _pick(p, _CZ_REL_M if _cz_male(p) else _CZ_REL_F, 4),
    "cz_what273": lambda p, c: _pick(p, _CZ_WHAT, 5),
    "cz_fee273": lambda p, c: ("350 Kč", "700 Kč", "350 Kč")[int(p.bhxh) % 3],
    "cz_officer273": lambda p, c: _other_vn(p, 9),
    # home affairs department: individual contracts
    "ic_passport273": lambda p, c: _passport(p, 6),
    "ic_employer273": lambda p, c: _ic(p)[3],
    "ic_country273": lambda p, c: _ic(p)[0],
    "ic_job273": lambda p, c: _ic(p)[1],
    "ic_wage273": lambda p, c: _ic(p)[2],
    "ic_term273": lambda p, c: str(_ic_months(p)),
    "ic_confirm273": lambda p, c: f"{_num(p, 300)}/SNV-LĐVL",
    # job centre: returnee job fair
    "rt_land273": lambda p, c: _rt(p)[0],
    "rt_years273": lambda p, c: str(3 + int(p.bhxh) % 3 * 1.5).replace(".", ","),
    "rt_trade273": lambda p, c: _rt(p)[1],
    "rt_lang273": lambda p, c: _rt(p)[2],
    "rt_want273": lambda p, c: _pick(p, _RT_WANT, 4),
    "rt_firm273": lambda p, c: _pick(p, _RT_FIRM, 5),
    "rt_result273": lambda p, c: _pick(p, _RT_RESULT, 6),
    # city foreign affairs department: Homeland Spring
    "ov_foreign_name273": lambda p, c: (
        f"{_by_sex(p, _OV_GIVEN_M, _OV_GIVEN_F, 2)} {_ascii(p.full.split(' ')[0])}"
    ),
    "ov_land273": lambda p, c: _ov(p)[0],
    "ov_nat273": lambda p, c: _ov(p)[1],
    "ov_passport273": lambda p, c: (
        _passport(p, 7)
        if _ov(p)[1] == "Việt Nam"
        else f"{_ov(p)[4]}{p.bhxh[-9 + len(_ov(p)[4]) :]}"
    ),
    "ov_addr273": lambda p, c: _ov(p)[2].format(n=_num(p, 180)),
    "ov_phone273": lambda p, c: _ov(p)[3].format(*p.phone[3:]),
    "ov_role273": lambda p, c: _pick(p, _OV_ROLE, 3),
    "ov_group273": lambda p, c: _ov(p)[5],
    "ov_hometown273": lambda p, c: _pick(p, _BIRTHPLACES, 5),
    # province police: coming home for good
    "rp_passport273": lambda p, c: _passport(p, 8),
    "rp_land273": lambda p, c: _ov(p)[0],
    "rp_abroad273": lambda p, c: _ov(p)[2].format(n=_num(p, 150)),
    "rp_sponsor273": lambda p, c: _other_vn(p, 6, family=p.full.split(" ")[0]),
    "rp_sponsor_id273": lambda p, c: _cccd_of(p, int(p.bhxh) % 3 == 0, 1960 + _num(p, 35)),
    "rp_rel273": lambda p, c: _pick(p, _RP_REL, 4),
    "rp_letter273": lambda p, c: f"{_num(p, 9000)}/A08-P3",
    "rp_status273": lambda p, c: _pick(p, _RP_STATUS, 5),
    "rp_home_date273": lambda p, c: _written(
        p.other_date - timedelta(days=30 + _num(p, 200)), c.date_format
    ),
}

__all__ = ["WRITERS_BLIND273"]
