"""How the people of the four-hundred-and-thirty-fourth part of the outside corpus (**blind 434**,
:mod:`lienthong.quality._corpus_blind434`) are written: four Vietnamese files' own columns (a
district's food-safety knowledge certificates for food handlers, a ward's street-food stalls, a
hotel's guest registration for temporary residence, a restaurant inspection list with its
inspectors) and Singaporean, Malaysian, Peruvian, Italian and Thai food handlers' names,
addresses, phones and numbers in the forms their cards show (the masked NRIC with its check
letter, the MyKad, the DNI, the codice fiscale with its check letter, the Thai id with its
mod-11 digit and Buddhist-era dates)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind156_writers import _nric
from lienthong.quality._corpus_blind170_writers import _cf170
from lienthong.quality._corpus_blind232_writers import _row
from lienthong.quality._corpus_blind274_writers import _be, _be_month, _th_id274, _th_mobile
from lienthong.quality._corpus_blind329_writers import _TH_FAMILY, _TH_GIVEN_F, _TH_GIVEN_M

if TYPE_CHECKING:
    from datetime import date

    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

_VN_HOMES = (
    "Số 12 ngõ 45 phố Khương Trung, phường Khương Đình, Hà Nội",
    "Tổ 7, phường Hoàng Mai, Hà Nội",
    "Số 3 ngách 8/22 Định Công Hạ, phường Định Công, Hà Nội",
    "Thôn Đông, xã Thanh Trì, Hà Nội",
    "Số 88 Lĩnh Nam, phường Vĩnh Hưng, Hà Nội",
    "Xóm 2, xã Đại Thanh, Hà Nội",
)
_VN_SHOPS = (
    "Bếp ăn tập thể Công ty CP May 10",
    "Nhà hàng Hương Sen",
    "Bếp ăn Trường TH Định Công",
    "Quán Phở Thìn 13 Lò Đúc",
    "Cơ sở SX bánh cuốn Thanh Trì",
    "Căng tin Bệnh viện Thanh Nhàn",
)
_VN_SHOP_ADDR = (
    "Lô B2 KCN Quang Minh, Mê Linh",
    "Số 5 Trần Đại Nghĩa, Hai Bà Trưng",
    "Ngõ 282 Kim Giang, Hoàng Mai",
    "13 Lò Đúc, Hai Bà Trưng",
    "Thôn Thanh Liệt, Thanh Trì",
)
_VN_JOBS = ("Nấu chính", "Phụ bếp", "Chia suất ăn", "Tiếp phẩm", "Pha chế", "Rửa dụng cụ")
_VN_GOODS = ("Bún chả", "Bánh mì", "Xôi", "Phở gánh", "Chè", "Nem rán", "Ốc luộc", "Nước mía")
_VN_SPOTS = ("Vỉa hè trước số 21", "Đầu ngõ 45", "Cổng chợ Mơ", "Cạnh trường THCS", "Góc ngã ba")
_VN_STAY = ("Du lịch", "Công tác", "Thăm thân", "Khám chữa bệnh", "Du lịch")
_VN_KINDS = ("Nhà hàng ăn uống", "Bếp ăn tập thể", "Quán ăn", "Karaoke có KD ăn uống", "Căng tin")
_VN_RESULT = ("Đạt", "Đạt", "Không đạt", "Đạt - nhắc nhở", "Đạt")
_VN_BREACH = (
    "",
    "",
    "Không có giấy xác nhận kiến thức ATTP",
    "Không lưu mẫu thức ăn",
    "Người trực tiếp chế biến không đội mũ, đeo găng",
    "Không có hợp đồng nguồn gốc thực phẩm",
)
_VN_TEAMS = ("Đoàn liên ngành ATTP huyện", "Đội QLTT số 7", "Trạm Y tế xã", "Phòng Y tế huyện")

_SG_GIVEN_M = ("Wei Jie", "Boon Kiat", "Muhammad Firdaus", "Ravi", "Kok Wah", "Jun Hao")
_SG_GIVEN_F = ("Siew Mei", "Nurul Huda", "Kavitha", "Hui Ling", "Ai Ling", "Xin Hui")
_SG_SOLO = ("Muhammad Firdaus", "Ravi", "Nurul Huda", "Kavitha")
_SG_FAMILY = ("Tan", "Lim", "Ong", "Koh", "Teo", "Chua", "Yeo")
_SG_HOMES = (
    ("Blk 112 Ang Mo Kio Ave 4 #08-215", "560112"),
    ("Blk 22 Toa Payoh Lor 7 #03-41", "310022"),
    ("Blk 456 Jurong West St 42 #12-301", "640456"),
    ("Blk 81 Tampines St 81 #05-77", "520081"),
    ("Blk 6 Upper Boon Keng Rd #14-1120", "380006"),
)
_SG_STALLS = (
    "Ah Seng Char Kway Teow (Maxwell FC #01-54)",
    "Hainanese Chicken Rice (Old Airport Rd FC #01-112)",
    "Nasi Padang Sinar Pagi (Geylang Serai Mkt #02-137)",
    "Kopitiam Bedok North Blk 511",
    "Tiong Bahru Lor Mee #02-29",
)
_SG_COURSE = ("Food Safety Course Level 1", "Basic Food Hygiene (WSQ)", "FSC Level 1 Refresher")

_MY_GIVEN_M = ("Ahmad Faizal bin Hassan", "Lim Kok Seng", "Muthu a/l Rajan", "Mohd Azri bin Yusof")
_MY_GIVEN_F = (
    "Siti Aminah binti Ali",
    "Tan Mei Ling",
    "Nur Izzati binti Kamal",
    "Devi a/p Muniandy",
)
_MY_HOMES = (
    ("No. 23, Jalan SS 2/64", "47300", "Petaling Jaya", "Selangor", "10"),
    ("Lot 145, Kampung Baru Sungai Buloh", "47000", "Sungai Buloh", "Selangor", "10"),
    ("No. 8, Lorong Selamat", "10400", "George Town", "Pulau Pinang", "07"),
    ("No. 17-2, Jalan Tiong Nam", "50350", "Kuala Lumpur", "W.P. Kuala Lumpur", "14"),
    ("No. 51, Taman Desa Jaya", "81100", "Johor Bahru", "Johor", "01"),
)
_MY_PREMIS = ("Restoran Nasi Kandar Line Clear", "Kedai Kopi Hock Kee", "Gerai Mee Rebus Pak Din")
_MY_CLINIC = ("Klinik Kesihatan Kelana Jaya", "Klinik Dr. Lim", "Poliklinik Komuniti SS2")

_PE_FAMILY = ("Quispe", "Mamani", "Huamán", "Flores", "Condori", "Chávez", "Rojas", "Ccori")
_PE_GIVEN_M = ("Juan Carlos", "Wilber", "Edwin Jesús", "Luis Alberto", "Ronal")
_PE_GIVEN_F = ("Yesenia", "Maribel", "Rosa Luz", "Nélida", "Sonia Marleni")
_PE_HOMES = (
    ("Jr. Los Incas 345", "San Juan de Lurigancho"),
    ("Mz. F Lt. 12 AA.HH. Villa Los Ángeles", "Villa María del Triunfo"),
    ("Av. Túpac Amaru 1520", "Comas"),
    ("Calle Los Pinos 88 Int. 3", "Ate"),
    ("Psje. San Martín 17", "El Agustino"),
)
_PE_SHOPS = ("Pollería El Rico Pollo", "Cevichería Mi Causa", "Mercado Ciudad de Dios Pto. 45")
_PE_GIRO = ("Manipulador de alimentos", "Venta de comida", "Ambulante - emoliente", "Cocinero")

_IT_FAMILY = ("Rossi", "Ferrari", "Bianchi", "Esposito", "Ricci", "Marchetti", "Gallo")
_IT_GIVEN_M = ("Marco", "Luca", "Giuseppe", "Alessandro", "Davide")
_IT_GIVEN_F = ("Giulia", "Francesca", "Chiara", "Anna", "Elena")
_IT_BORN = (("Bologna", "A944"), ("Modena", "F257"), ("Napoli", "F839"), ("Parma", "G337"))
_IT_HOMES = (
    ("Via Emilia Levante 112", "40139", "Bologna", "BO"),
    ("Via del Pratello 9", "40122", "Bologna", "BO"),
    ("Viale Ciro Menotti 45", "41121", "Modena", "MO"),
    ("Borgo Felino 21/A", "43121", "Parma", "PR"),
    ("Via Matteotti 3", "40033", "Casalecchio di Reno", "BO"),
)
_IT_FIRMS = ("Trattoria da Vito", "Pasticceria Gamberini", "Bar Pasticceria Roma", "Mensa Coop")
_IT_ROLE = ("Cuoco", "Aiuto cuoco", "Cameriere di sala", "Banconiere", "Pasticcere", "Titolare")
_IT_LEVEL = ("Livello 1 (alimentarista)", "Livello 2 (responsabile)", "Aggiornamento")

_TH_HOMES = (
    ("99/12", "หมู่ 3", "ตำบลช้างเผือก", "อำเภอเมืองเชียงใหม่", "จังหวัดเชียงใหม่", "5001"),
    ("45", "หมู่ 7", "ตำบลสันทราย", "อำเภอสันทราย", "จังหวัดเชียงใหม่", "5007"),
    ("210/5", "ซอยลาดพร้าว 71", "แขวงสะพานสอง", "เขตวังทองหลาง", "กรุงเทพมหานคร", "1045"),
    ("18", "หมู่ 2", "ตำบลบ้านสวน", "อำเภอเมืองชลบุรี", "จังหวัดชลบุรี", "2001"),
)
_TH_SHOPS = ("ร้านข้าวซอยแม่สาย", "ร้านส้มตำป้าแดง", "ครัวคุณยาย", "ร้านก๋วยเตี๋ยวเรือ")
_TH_KIND = ("ร้านอาหาร", "แผงลอยจำหน่ายอาหาร", "สถานที่จำหน่ายอาหาร", "ตลาดสด")


def _after(d: date, days: int) -> date:
    return d + timedelta(days=days)


def _cert(p: Person) -> str:
    return f"{_num(p, 950):03d}/{p.other_date:%Y}/XNKT-ATTP"


def _checkin(p: Person) -> datetime:
    return datetime(2026, 6, 1, 12) + timedelta(minutes=int(p.bhxh[-6:]) % 200_000)


def _sg_masked(p: Person) -> str:
    full = _nric(p)
    return f"{full[0]}****{full[5:]}"


def _sg_name(p: Person) -> str:
    given = _by_sex(p, _SG_GIVEN_M, _SG_GIVEN_F, 2)
    if given in _SG_SOLO:
        tail = _by_sex(p, ("s/o Kumar", "bin Rahman"), ("d/o Pillai", "binte Osman"), 3)
        return f"{given} {tail}".upper()
    return f"{_pick(p, _SG_FAMILY, 3)} {given}".upper()


def _my_home(p: Person) -> _T:
    return _row(p, _MY_HOMES, 4)


def _mykad434(p: Person) -> str:
    """A MyKad: the birth date, the state of birth (the home state here), a serial odd for men."""
    b = p.birth
    last = (int(p.bhxh[-1]) // 2) * 2 + (1 if p.male else 0)
    return f"{b:%y%m%d}-{_my_home(p)[4]}-{_num(p, 899) + 100:03d}{last}"


def _pe_name(p: Person) -> str:
    fam = f"{_pick(p, _PE_FAMILY, 5)} {_pick(p, _PE_FAMILY, 6)}".upper()
    return f"{fam}, {_by_sex(p, _PE_GIVEN_M, _PE_GIVEN_F, 7)}"


def _it_name(p: Person) -> tuple[str, str]:
    return _pick(p, _IT_FAMILY, 2), _by_sex(p, _IT_GIVEN_M, _IT_GIVEN_F, 3)


def _it_cf(p: Person) -> str:
    family, given = _it_name(p)
    return _cf170(p, family, given, _row(p, _IT_BORN, 8)[1])


def _th_home(p: Person) -> _T:
    return _row(p, _TH_HOMES, 9)


def _th_name(p: Person) -> str:
    title = "นาย" if p.male else _pick(p, ("นาง", "นางสาว"), 4)
    return f"{title}{_by_sex(p, _TH_GIVEN_M, _TH_GIVEN_F, 10)} {_pick(p, _TH_FAMILY, 11)}"


WRITERS_BLIND434: dict[str, Callable[[Person, Col], object]] = {
    # food-safety knowledge certificates
    "home434": lambda p, c: _pick(p, _VN_HOMES, 1),
    "shop434": lambda p, c: _pick(p, _VN_SHOPS, 2),
    "shopaddr434": lambda p, c: _pick(p, _VN_SHOP_ADDR, 3),
    "job434": lambda p, c: _pick(p, _VN_JOBS, 4),
    "cert434": lambda p, c: _cert(p),
    "score434": lambda p, c: f"{14 + _num(p, 6)}/20",
    "pass434": lambda p, c: "Đạt" if _num(p, 9) > 1 else "Không đạt - thi lại",
    # street-food stalls
    "goods434": lambda p, c: _pick(p, _VN_GOODS, 5),
    "spot434": lambda p, c: _pick(p, _VN_SPOTS, 6),
    "expire434": lambda p, c: f"{_shift_date(p.other_date, 3):%d/%m/%Y}",
    "health434": lambda p, c: f"{_after(p.other_date, -_num(p, 90)):%d/%m/%Y}",
    "pledge434": lambda p, c: _pick(p, ("Da ky", "Da ky", "Chua ky", "Da ky lai 2026"), 7),
    "fee434": lambda p, c: _pick(p, ("150.000", "200.000", "0 (mien)", "150.000"), 8),
    # hotel guests (lưu trú)
    "room434": lambda p, c: f"P.{_num(p, 7)}0{_num(p, 9)}",
    "in434": lambda p, c: f"{_checkin(p):%d/%m/%Y %H:%M}",
    "out434": lambda p, c: f"{_checkin(p) + timedelta(days=_num(p, 4)):%d/%m/%Y}",
    "stay434": lambda p, c: _pick(p, _VN_STAY, 9),
    "pp434": lambda p, c: f"C{p.bhxh[-7:]}" if _num(p, 6) == 1 else "",
    "plate434": lambda p, c: (
        f"{_pick(p, ('29', '30', '51', '43'), 10)}A-{p.bhxh[-5:-2]}.{p.bhxh[-2:]}"
    ),
    "clerk434": lambda p, c: _other_vn(p, 11),
    "sent434": lambda p, c: f"{_checkin(p) + timedelta(minutes=_num(p, 90)):%d/%m/%Y %H:%M:%S}",
    # restaurant inspection
    "firm434": lambda p, c: _pick(p, _VN_SHOPS, 12),
    "kind434": lambda p, c: _pick(p, _VN_KINDS, 13),
    "team434": lambda p, c: _pick(p, _VN_TEAMS, 14),
    "lead434": lambda p, c: _other_vn(p, 15),
    "leadphone434": lambda p, c: _other_phone(p, "09"),
    "result434": lambda p, c: _pick(p, _VN_RESULT, 16),
    "breach434": lambda p, c: _pick(p, _VN_BREACH, 17),
    "fine434": lambda p, c: _pick(p, ("", "", "3.000.000", "5.000.000", "1.500.000"), 18),
    "qd434": lambda p, c: f"{_num(p, 400)}/QĐ-XPHC" if _num(p, 3) == 1 else "",
    # Singapore
    "sg_name434": lambda p, c: _sg_name(p),
    "sg_nric434": lambda p, c: _sg_masked(p),
    "sex_sg434": lambda p, c: "M" if p.male else "F",
    "phone_sg434": lambda p, c: f"+65 {_pick(p, ('8', '9'), 12)}{p.phone[-7:-4]} {p.phone[-4:]}",
    "sg_street434": lambda p, c: _row(p, _SG_HOMES, 5)[0],
    "sg_post434": lambda p, c: _row(p, _SG_HOMES, 5)[1],
    "sg_stall434": lambda p, c: _pick(p, _SG_STALLS, 13),
    "sg_licence434": lambda p, c: f"SE{p.bhxh[-6:]}{_pick(p, ('A', 'B', 'K'), 14)}",
    "sg_course434": lambda p, c: _pick(p, _SG_COURSE, 15),
    "sg_refresh434": lambda p, c: f"{_shift_date(p.other_date, 10):%d/%m/%Y}",
    "sg_rfho434": lambda p, c: _pick(p, ("No", "No", "Yes"), 16),
    # Malaysia
    "my_name434": lambda p, c: _by_sex(p, _MY_GIVEN_M, _MY_GIVEN_F, 17).upper(),
    "my_ic434": lambda p, c: _mykad434(p),
    "sex_my434": lambda p, c: "Lelaki" if p.male else "Perempuan",
    "phone_my434": lambda p, c: (
        f"01{_pick(p, ('2', '3', '6', '9'), 18)}-{p.phone[3:6]} {p.phone[6:10]}"
    ),
    "my_addr434": lambda p, c: f"{_my_home(p)[0]}, {_my_home(p)[1]} {_my_home(p)[2]}",
    "my_state434": lambda p, c: _my_home(p)[3],
    "my_premis434": lambda p, c: _pick(p, _MY_PREMIS, 19),
    "my_vax434": lambda p, c: f"{_shift_date(p.other_date, 3):%d.%m.%Y}",
    "my_lpm434": lambda p, c: f"LPM/{_pick(p, ('SEL', 'PNG', 'WPKL', 'JHR'), 20)}/{p.bhxh[-5:]}",
    "my_clinic434": lambda p, c: _pick(p, _MY_CLINIC, 21),
    # Peru
    "pe_name434": lambda p, c: _pe_name(p),
    "pe_dni434": lambda p, c: f"{int(p.bhxh[0]) % 8}{p.bhxh[-7:]}",
    "sex_pe434": lambda p, c: "M" if p.male else "F",
    "pe_street434": lambda p, c: _row(p, _PE_HOMES, 6)[0],
    "pe_dist434": lambda p, c: _row(p, _PE_HOMES, 6)[1],
    "phone_pe434": lambda p, c: f"9{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "pe_shop434": lambda p, c: _pick(p, _PE_SHOPS, 22),
    "pe_giro434": lambda p, c: _pick(p, _PE_GIRO, 23),
    "pe_card434": lambda p, c: f"CS-{p.other_date:%Y}-{p.bhxh[-6:]}",
    "pe_until434": lambda p, c: f"{_shift_date(p.other_date, 1):%d/%m/%Y}",
    "pe_apto434": lambda p, c: _pick(p, ("APTO", "APTO", "APTO", "NO APTO - reevaluar"), 24),
    # Italy
    "it_fam434": lambda p, c: _it_name(p)[0],
    "it_giv434": lambda p, c: _it_name(p)[1],
    "it_cf434": lambda p, c: _it_cf(p),
    "it_born434": lambda p, c: _row(p, _IT_BORN, 8)[0],
    "sex_it434": lambda p, c: "M" if p.male else "F",
    "it_street434": lambda p, c: _row(p, _IT_HOMES, 7)[0],
    "it_cap434": lambda p, c: _row(p, _IT_HOMES, 7)[1],
    "it_town434": lambda p, c: _row(p, _IT_HOMES, 7)[2],
    "it_prov434": lambda p, c: _row(p, _IT_HOMES, 7)[3],
    "phone_it434": lambda p, c: f"3{_pick(p, ('33', '47', '39', '28'), 25)} {p.phone[3:10]}",
    "it_mail434": lambda p, c: (
        f"{_it_name(p)[1].lower()}.{_it_name(p)[0].lower()}{p.bhxh[-2:]}@libero.it"
    ),
    "it_firm434": lambda p, c: _pick(p, _IT_FIRMS, 26),
    "it_role434": lambda p, c: _pick(p, _IT_ROLE, 27),
    "it_level434": lambda p, c: _pick(p, _IT_LEVEL, 28),
    "it_hours434": lambda p, c: _pick(p, ("6", "12", "4"), 28),
    "it_until434": lambda p, c: f"{_shift_date(p.other_date, 5):%d/%m/%Y}",
    # Thailand
    "th_name434": lambda p, c: _th_name(p),
    "th_id434": lambda p, c: _th_id274(p, _th_home(p)[5]),
    "th_dob434": lambda p, c: _be(p.birth),
    "sex_th434": lambda p, c: "ชาย" if p.male else "หญิง",
    "th_addr434": lambda p, c: ", ".join(_th_home(p)[:5]).replace(", ", " ", 1),
    "phone_th434": lambda p, c: _th_mobile(p),
    "th_shop434": lambda p, c: _pick(p, _TH_SHOPS, 29),
    "th_kind434": lambda p, c: _pick(p, _TH_KIND, 30),
    "th_train434": lambda p, c: _be_month(p.other_date),
    "th_cert434": lambda p, c: f"ชม {p.bhxh[-4:]}/{p.other_date.year + 543}",
    "th_until434": lambda p, c: _be(_shift_date(p.other_date, 2)),
}

__all__ = ["WRITERS_BLIND434"]
