"""How the people of the three hundred and thirty-second part of the outside corpus (**blind
332**, :mod:`lienthong.quality._corpus_blind332`) are written: four Vietnamese tourism and lodging
files' own columns (a hotel worker's post and security vetting, a homestay guest's room and
vehicle, a domestic tour's seat and travel insurance, a union member's stay at a union guesthouse)
and Thai, Japanese, Korean, Spanish and Australian guests' names, addresses, phones and documents
in the forms their registers show (the Thai ID's mod-11 digit and a Buddhist-era birth date, the
Spanish DNI's or NIE's mod-23 letter, a Japanese address with its 〒 code, a Korean 010 phone, an
Australian suburb, state and postcode)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind45_writers import _place

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_POSTS = ("Lễ tân", "Buồng phòng", "Bảo vệ", "Quản lý ca đêm", "Kỹ thuật", "Lễ tân")
_VN_HOTELS = (
    "Khách sạn Sao Biển, 12 Trần Phú, Phường Nha Trang, Khánh Hòa",
    "Khách sạn Hoàng Long, 45 Hùng Vương, Phường Nha Trang, Khánh Hòa",
    "Nhà nghỉ Bình An, 8 Lê Thánh Tôn, Phường Tây Nha Trang, Khánh Hòa",
)
_VN_VETTING = ("Không có tiền án", "Không có tiền án", "Đang xác minh", "Không có tiền sự")
_VN_ROOMS = ("Nhà sàn 1", "Nhà sàn 2", "Phòng gỗ A", "Phòng gỗ B", "Bungalow 3", "Dorm")
_VN_VEHICLES = ("Xe máy", "Ô tô 7 chỗ", "Xe khách đoàn", "Xe máy thuê", "Ô tô 5 chỗ")
_VN_TOURS = (
    ("HN-SP-0312", "Hà Nội - Sa Pa - Fansipan 3N2Đ"),
    ("HCM-DL-0415", "TP.HCM - Đà Lạt 3N3Đ"),
    ("DN-HA-0520", "Đà Nẵng - Hội An - Bà Nà 2N1Đ"),
    ("HN-HL-0608", "Hà Nội - Hạ Long - Yên Tử 2N1Đ"),
)
_VN_UNITS = (
    "Phòng Kế toán - Cty CP Dệt may Nam Định",
    "Trường THCS Trần Đăng Ninh",
    "Xí nghiệp Cơ khí số 2",
    "Bệnh viện Đa khoa tỉnh",
    "UBND phường Trường Thi",
)
_VN_RELATION = ("Vợ", "Chồng", "Con", "Mẹ", "Không")
_TH_GIVEN_M = ("สมชาย", "ประเสริฐ", "วีระพงษ์", "ธนากร", "อนุชา", "กิตติศักดิ์")
_TH_GIVEN_F = ("สมศรี", "วันเพ็ญ", "ศิริพร", "กาญจนา", "นภัสสร", "พิมพ์ชนก")
_TH_FAMILY = ("ใจดี", "ศรีสุข", "วงศ์สวัสดิ์", "แก้วมณี", "ทองดี", "บุญมา", "สุขสวัสดิ์")
_TH_PLACES = (
    ("99/12 หมู่ 3 ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่ 50200", "เชียงใหม่"),
    ("45 ซ.สุขุมวิท 55 แขวงคลองตันเหนือ เขตวัฒนา กรุงเทพฯ 10110", "กรุงเทพฯ"),
    ("8 ถ.มิตรภาพ ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น 40000", "ขอนแก่น"),
    ("120/5 ม.7 ต.บ่อผุด อ.เกาะสมุย จ.สุราษฎร์ธานี 84320", "สุราษฎร์ธานี"),
)
_TH_GOING = ("กรุงเทพฯ", "ภูเก็ต", "เชียงราย", "พัทยา", "หัวหิน", "กลับภูมิลำเนา")
_JP_FAMILY = ("佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤", "山本", "中村")
_JP_KANA = ("サトウ", "スズキ", "タカハシ", "タナカ", "ワタナベ", "イトウ", "ヤマモト", "ナカムラ")
_JP_GIVEN_M = (("大輔", "ダイスケ"), ("健一", "ケンイチ"), ("翔太", "ショウタ"), ("誠", "マコト"))
_JP_GIVEN_F = (("美咲", "ミサキ"), ("陽子", "ヨウコ"), ("花子", "ハナコ"), ("由美", "ユミ"))
_JP_PLACES = (
    ("150-0001", "東京都渋谷区神宮前4丁目12-8"),
    ("530-0001", "大阪府大阪市北区梅田2-5-25 梅田ハイツ302号"),
    ("460-0008", "愛知県名古屋市中区栄3-18-1"),
    ("812-0011", "福岡県福岡市博多区博多駅前1-1-1"),
    ("980-0021", "宮城県仙台市青葉区中央2丁目9-10"),
)
_JP_JOBS = ("会社員", "公務員", "自営業", "学生", "無職", "パート")
_JP_ROOMS = ("桜の間", "松の間", "竹の間", "梅の間", "離れ 椿", "201号室")
_JP_PREV = ("自宅", "箱根", "京都市", "松本市", "金沢市", "自宅")
_KR_FAMILY = ("김", "이", "박", "최", "정", "강", "조", "윤")
_KR_GIVEN_M = ("민준", "서준", "도윤", "현우", "지훈", "성민")
_KR_GIVEN_F = ("서연", "지우", "하은", "민지", "수빈", "예린")
_KR_ROOMS = ("101호 (바다뷰)", "102호", "201호 복층", "독채 A동", "203호 스파")
_KR_CHANNELS = ("네이버 예약", "야놀자", "여기어때", "전화 예약", "에어비앤비")
_KR_CARS = ("12가 3456", "34나 7821", "157허 2290", "68더 1047", "221오 5533")
_ES_FAMILY = ("García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Ruiz")
_ES_GIVEN_M = ("José Luis", "Javier", "Alejandro", "Manuel", "Pablo", "Jordi")
_ES_GIVEN_F = ("María del Carmen", "Lucía", "Laura", "Ainhoa", "Marta", "Núria")
_ES_PLACES = (
    ("Calle Mayor, 14, 3.º B", "Madrid", "28013"),
    ("Avinguda Diagonal, 402, 5è 2a", "Barcelona", "08037"),
    ("Calle Sierpes, 27, 1.º izq.", "Sevilla", "41004"),
    ("Gran Vía, 33, 4.º D", "Bilbao", "48009"),
    ("Calle Colón, 8, bajo", "Valencia", "46004"),
)
_AU_PLACES = (
    ("Ballarat Central", "VIC", "3350"),
    ("Toowoomba City", "QLD", "4350"),
    ("Wagga Wagga", "NSW", "2650"),
    ("Mount Gambier", "SA", "5290"),
    ("Bunbury", "WA", "6230"),
    ("Launceston", "TAS", "7250"),
)
_AU_SITES = ("Powered site 12", "Ensuite site 4", "Cabin 7", "Unpowered 21", "Drive-thru 3")
_AU_KIN = (
    ("Karen", "wife"),
    ("Steve", "husband"),
    ("Michelle", "daughter"),
    ("Darren", "son"),
    ("Jodie", "sister"),
    ("Bazza", "mate"),
)


def _thai_id(p: Person) -> str:
    """A Thai ID ``X-XXXX-XXXXX-XX-C``: twelve digits weighted 13 down to 2, then the digit
    ``(11 - s % 11) % 10``."""
    head = f"{int(p.bhxh[0]) % 8 + 1}{p.bhxh[1:10]}{p.phone[-2:]}"
    check = (11 - sum(int(d) * (13 - i) for i, d in enumerate(head)) % 11) % 10
    d = head + str(check)
    return f"{d[0]}-{d[1:5]}-{d[5:10]}-{d[10:12]}-{d[12]}"


def _dni(p: Person) -> str:
    """A Spanish DNI (eight digits) or, for one guest in five, an NIE (X/Y/Z and seven), with the
    mod-23 letter."""
    letters = "TRWAGMYFPDXBNJZSQVHLCKE"
    if int(p.bhxh) % 5 == 0:
        lead = int(p.bhxh[0]) % 3
        body = p.bhxh[1:8]
        return f"{'XYZ'[lead]}{body}{letters[int(f'{lead}{body}') % 23]}"
    body = p.bhxh[2:10]
    return f"{body}{letters[int(body) % 23]}"


def _k(p: Person, mod: int) -> int:
    """A number from 0 to ``mod - 1`` drawn from the person."""
    return _num(p, mod) - 1


def _out(p: Person, fmt: str) -> str:
    """The departure: one to six nights after the arrival date."""
    return (p.other_date + timedelta(days=_k(p, 6) + 1)).strftime(fmt)


def _jp_given(p: Person) -> tuple[str, str]:
    return _JP_GIVEN_M[_k(p, 4)] if p.male else _JP_GIVEN_F[_k(p, 4)]


WRITERS_BLIND332: dict[str, Callable[[Person, Col], str]] = {
    "post332": lambda p, c: _pick(p, _VN_POSTS, 2),
    "hotel332": lambda p, c: _pick(p, _VN_HOTELS, 3),
    "hometown332": lambda p, c: _pick(p, ("Ninh Hòa", "Diên Khánh", "Phú Yên", "Ninh Thuận"), 4),
    "contract332": lambda p, c: _pick(p, ("HĐLĐ 12 tháng", "HĐLĐ không xác định", "Thời vụ"), 5),
    "vetting332": lambda p, c: _pick(p, _VN_VETTING, 6),
    "room332": lambda p, c: _pick(p, _VN_ROOMS, 2),
    "leader332": lambda p, c: _other_vn(p, 3),
    "pax332": lambda p, c: str(_k(p, 6) + 1),
    "vehicle332": lambda p, c: _pick(p, _VN_VEHICLES, 4),
    "plate332": lambda p, c: (
        f"{_pick(p, ('29', '30', '51', '88'), 5)}A-{p.bhxh[-5:-2]}.{p.bhxh[-2:]}"
    ),
    "out332": lambda p, c: _out(p, "%d/%m/%Y"),
    "tour_code332": lambda p, c: _place(p, _VN_TOURS)[0],
    "tour_name332": lambda p, c: _place(p, _VN_TOURS)[1],
    "seat332": lambda p, c: f"Xe {_k(p, 3) + 1} - ghế {_k(p, 45) + 1:02d}",
    "policy332": lambda p, c: f"BV-DL{p.bhxh[:7]}",
    "premium332": lambda p, c: f"{(_k(p, 4) + 2) * 5:,}.000".replace(",", "."),
    "sos332": lambda p, c: f"{_other_vn(p, 8)} - {_other_phone(p, '098')}",
    "unit332": lambda p, c: _pick(p, _VN_UNITS, 3),
    "relation332": lambda p, c: _pick(p, _VN_RELATION, 4),
    "guesthouse_room332": lambda p, c: f"P.{_k(p, 4) + 2}{_k(p, 20) + 1:02d}",
    "support332": lambda p, c: f"{(_k(p, 5) + 1) * 500000}",
    "out_dot332": lambda p, c: _out(p, "%d.%m.%Y"),
    "th_name332": lambda p, c: (
        f"{'นาย' if p.male else 'นางสาว'}{_by_sex(p, _TH_GIVEN_M, _TH_GIVEN_F, 1)}"
        f" {_pick(p, _TH_FAMILY, 2)}"
    ),
    "th_id332": lambda p, c: _thai_id(p),
    "th_birth332": lambda p, c: f"{p.birth.day:02d}/{p.birth.month:02d}/{p.birth.year + 543}",
    "th_nation332": lambda p, c: _pick(p, ("ไทย", "ไทย", "ไทย", "ลาว"), 7),
    "th_addr332": lambda p, c: _place(p, _TH_PLACES)[0],
    "th_from332": lambda p, c: _place(p, _TH_PLACES)[1],
    "th_going332": lambda p, c: _pick(p, _TH_GOING, 3),
    "th_room332": lambda p, c: f"{_k(p, 5) + 1}{_k(p, 30) + 1:02d}",
    "th_phone332": lambda p, c: f"0{'869'[_k(p, 3)]}{p.phone[3]}-{p.phone[4:7]}-{p.phone[6:10]}",
    "th_in332": lambda p, c: (
        f"{p.other_date.day:02d}/{p.other_date.month:02d}/{p.other_date.year + 543}"
    ),
    "th_out332": lambda p, c: _out(p, "%d/%m/") + str(p.other_date.year + 543),
    "th_car332": lambda p, c: f"{_pick(p, ('กข', 'ขง', '1กท'), 4)} {p.bhxh[-4:]}",
    "jp_name332": lambda p, c: f"{_pick(p, _JP_FAMILY, 2)}　{_jp_given(p)[0]}",
    "jp_kana332": lambda p, c: f"{_pick(p, _JP_KANA, 2)} {_jp_given(p)[1]}",
    "jp_zip332": lambda p, c: f"〒{_place(p, _JP_PLACES)[0]}",
    "jp_addr332": lambda p, c: _place(p, _JP_PLACES)[1],
    "jp_phone332": lambda p, c: f"0{'789'[_k(p, 3)]}0-{p.phone[2:6]}-{p.phone[6:10]}",
    "jp_sex332": lambda p, c: "男" if p.male else "女",
    "jp_age332": lambda p, c: f"{2025 - p.birth.year}歳",
    "jp_job332": lambda p, c: _pick(p, _JP_JOBS, 4),
    "jp_nation332": lambda p, c: _pick(p, ("日本", "日本", "日本", "日本"), 5),
    "jp_room332": lambda p, c: _pick(p, _JP_ROOMS, 3),
    "jp_prev332": lambda p, c: _pick(p, _JP_PREV, 6),
    "jp_next332": lambda p, c: _pick(p, ("自宅", "熱海", "鎌倉市", "東京都内", "富士河口湖町"), 8),
    "jp_out332": lambda p, c: _out(p, "%Y/%m/%d"),
    "jp_plan332": lambda p, c: _pick(p, ("1泊2食付", "素泊まり", "1泊朝食付", "2泊2食付"), 7),
    "kr_name332": lambda p, c: (
        f"{_pick(p, _KR_FAMILY, 2)}{_by_sex(p, _KR_GIVEN_M, _KR_GIVEN_F, 1)}"
    ),
    "kr_phone332": lambda p, c: f"010-{p.phone[2:6]}-{p.phone[6:10]}",
    "kr_sos332": lambda p, c: f"010-{p.bhxh[:4]}-{p.bhxh[4:8]}",
    "kr_room332": lambda p, c: _pick(p, _KR_ROOMS, 3),
    "kr_pax332": lambda p, c: f"성인 {_k(p, 4) + 1} / 아동 {_k(p, 3)}",
    "kr_car332": lambda p, c: _pick(p, _KR_CARS, 4),
    "kr_channel332": lambda p, c: _pick(p, _KR_CHANNELS, 5),
    "kr_paid332": lambda p, c: f"{(_k(p, 20) + 12) * 10000:,}원",
    "kr_out332": lambda p, c: _out(p, "%Y.%m.%d"),
    "es_doc332": lambda p, c: _dni(p),
    "es_doctype332": lambda p, c: "NIE" if int(p.bhxh) % 5 == 0 else "DNI",
    "es_support332": lambda p, c: f"{'ABCDEFG'[_k(p, 7)]}{'ABC'[_k(p, 3)]}{p.bhxh[3:9]}",
    "es_fam1332": lambda p, c: _pick(p, _ES_FAMILY, 2),
    "es_fam2332": lambda p, c: _pick(p, _ES_FAMILY, 3),
    "es_given332": lambda p, c: _by_sex(p, _ES_GIVEN_M, _ES_GIVEN_F, 1),
    "es_sex332": lambda p, c: "H" if p.male else "M",
    "es_nation332": lambda p, c: _pick(p, ("ESPAÑA", "ESPAÑA", "ESPAÑA", "RUMANÍA"), 7),
    "es_street332": lambda p, c: _place(p, _ES_PLACES)[0],
    "es_town332": lambda p, c: _place(p, _ES_PLACES)[1],
    "es_cp332": lambda p, c: _place(p, _ES_PLACES)[2],
    "es_phone332": lambda p, c: f"+34 6{p.phone[3:5]} {p.phone[5:8]} {p.phone[8:10]}{p.bhxh[0]}",
    "es_issue332": lambda p, c: (p.other_date - timedelta(days=365 * _k(p, 9) + 40)).strftime(
        "%d/%m/%Y"
    ),
    "es_out332": lambda p, c: _out(p, "%d/%m/%Y"),
    "es_kin332": lambda p, c: _pick(p, ("", "CY", "HJ", "PM", "", "AB"), 4),
    "es_room332": lambda p, c: f"{_k(p, 6) + 1}{_k(p, 25) + 1:02d}",
    "es_contract332": lambda p, c: f"RES-{p.bhxh[:8]}",
    "au_suburb332": lambda p, c: _place(p, _AU_PLACES)[0],
    "au_state332": lambda p, c: _place(p, _AU_PLACES)[1],
    "au_pc332": lambda p, c: _place(p, _AU_PLACES)[2],
    "au_phone332": lambda p, c: f"04{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "au_licence332": lambda p, c: f"{p.bhxh[1:10]}",
    "au_rego332": lambda p, c: f"{p.bhxh[:3]}{'ABCDEFGHJK'[_k(p, 10)]}{'XYZ'[_k(p, 3)]}",
    "au_van332": lambda p, c: f"{p.bhxh[-3:]}-T{_k(p, 9) + 1}" if int(p.bhxh) % 3 else "n/a",
    "au_site332": lambda p, c: _pick(p, _AU_SITES, 3),
    "au_out332": lambda p, c: _out(p, "%d/%m/%Y"),
    "au_pax332": lambda p, c: f"{_k(p, 3) + 1}A {_k(p, 4)}C",
    "au_kin332": lambda p, c: (
        f"{_place(p, _AU_KIN)[0]} ({_place(p, _AU_KIN)[1]})"
        f" 04{p.bhxh[2:4]} {p.bhxh[4:7]} {p.bhxh[7:10]}"
    ),
    "au_paid332": lambda p, c: f"${(_k(p, 30) + 4) * 10}.00",
}

__all__ = ["WRITERS_BLIND332"]
