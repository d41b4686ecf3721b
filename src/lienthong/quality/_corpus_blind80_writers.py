"""How the people of the eightieth part of the outside corpus (**blind 80**,
:mod:`lienthong.quality._corpus_blind80`) are written: four Vietnamese files' own columns (a
labour-export trainee's passport, market, trade and guarantor, a household business's lump-sum
revenue and taxes, a construction practitioner's certificate, field and grade, a fisherman's boat,
its owner and the accident insurance the state pays) and Somali, Comorian, Mauritian, Maldivian
and Montenegrin names, places, phones and identity numbers in the forms their cards show (the
Mauritian NIC ends in a mod-17 character that is a digit or a letter A-G; the Montenegrin JMBG
ends in its weighted mod-11 digit; the Somali NIN, the Comorian card number and the Maldivian
ID card number publish none)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _note, _num, _pick
from lienthong.quality._corpus_blind11_writers import _mod11
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind78_writers import _dotted

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_MARKETS = ("Nhật Bản", "Nhật Bản", "Đài Loan (TQ)", "Hàn Quốc (EPS)", "Nhật Bản", "Đức")
_VN_TRADES = (
    "Thực phẩm (chế biến cơm hộp)",
    "Cơ khí - hàn bán tự động",
    "Xây dựng - giàn giáo",
    "Điều dưỡng / hộ lý",
    "Nông nghiệp - trồng rau",
    "May mặc",
)
_VN_LANG = ("N5", "N4", "N4", "Sơ cấp", "TOPIK 2", "A1")
_VN_HOMETOWNS = (
    "Nghi Lộc, Nghệ An",
    "Thạch Hà, Hà Tĩnh",
    "Hoằng Hóa, Thanh Hóa",
    "Quỳnh Phụ, Thái Bình",
    "Yên Thành, Nghệ An",
    "Lệ Thủy, Quảng Bình",
)
_VN_GUARANTOR_MEN = ("Bố", "Bố", "Chồng", "Anh trai", "Chú ruột")
_VN_GUARANTOR_WOMEN = ("Mẹ", "Mẹ", "Vợ", "Chị gái", "Cô ruột")
_VN_TRAINEE_STATUS = ("Đang học", "Đang học", "Đã đỗ đơn hàng", "Chờ xuất cảnh", "Bỏ học")
_VN_BIZ_TRADES: tuple[tuple[str, int, int], ...] = (
    ("Bán lẻ tạp hóa", 10, 5),
    ("Ăn uống (quán cơm)", 30, 15),
    ("Sửa chữa xe máy", 50, 20),
    ("Cắt tóc, gội đầu", 50, 20),
    ("Bán lẻ quần áo", 10, 5),
    ("Cho thuê nhà trọ", 50, 50),
    ("Vận tải hàng hóa", 30, 15),
)
_VN_BIZ_STREETS = (
    "Kiốt 12 chợ Bà Chiểu",
    "Sạp B45 chợ Tân Định",
    "Số 88 đường Lê Văn Sỹ",
    "Số 215 đường Nguyễn Thị Minh Khai",
    "Số 9 đường Cao Thắng",
)
_VN_TAX_TEAMS = ("Đội thuế liên phường 1", "Đội thuế liên phường 2", "Đội KK-KTT & TH")
_VN_DEGREES: tuple[tuple[str, str], ...] = (
    (
        "Kỹ sư xây dựng dân dụng và công nghiệp",
        "Thiết kế kết cấu công trình dân dụng - công nghiệp",
    ),
    ("Kỹ sư kinh tế xây dựng", "Định giá xây dựng"),
    ("Kiến trúc sư", "Thiết kế kiến trúc công trình"),
    ("Kỹ sư cấp thoát nước", "Giám sát công tác xây dựng công trình hạ tầng kỹ thuật"),
    ("Kỹ sư xây dựng cầu đường", "Giám sát thi công xây dựng công trình giao thông"),
    ("Kỹ sư điện", "Thiết kế hệ thống điện công trình"),
)
_VN_UNIVERSITIES = (
    "ĐH Xây dựng Hà Nội",
    "ĐH Kiến trúc TP.HCM",
    "ĐH Bách khoa - ĐHQG TP.HCM",
    "ĐH Giao thông vận tải",
    "ĐH Mở TP.HCM",
)
_VN_FIRMS = (
    "Cty TNHH TV-TK XD Đông Dương",
    "Cty CP Tư vấn Xây dựng Sài Gòn",
    "Cty TNHH MTV Kiến trúc Nam Việt",
    "Ban QLDA ĐTXD khu vực Thủ Đức",
    "Cty CP Đầu tư Xây dựng Hòa Bình",
)
_VN_GRADES = ("II", "III", "III", "I")
#: (boat registration prefix, the fishing commune's address)
_VN_FISHING = (
    ("QNg", "Thôn An Hải, xã Bình Châu, huyện Bình Sơn, tỉnh Quảng Ngãi"),
    ("QNg", "Thôn Trường Xuân, xã Tịnh Kỳ, TP. Quảng Ngãi, tỉnh Quảng Ngãi"),
    ("BĐ", "Thôn Tăng Long 1, xã Tam Quan Nam, TX Hoài Nhơn, tỉnh Bình Định"),
    ("KG", "Ấp Hòn Mấu, xã Lại Sơn, huyện Kiên Hải, tỉnh Kiên Giang"),
    ("BTh", "Khu phố 5, phường Đức Thắng, TP. Phan Thiết, tỉnh Bình Thuận"),
)
_VN_CREW_ROLES = ("Thuyền viên", "Thuyền viên", "Thuyền viên", "Máy trưởng", "Thuyền trưởng")
_VN_GEARS = ("Lưới vây", "Câu vàng cá ngừ", "Lưới kéo đôi", "Lưới rê", "Chụp mực")
_SO_GIVEN_M = ("Cabdullaahi", "Maxamuud", "Xuseen", "Cumar", "Bashiir", "Mahad", "Sacad")
_SO_GIVEN_F = ("Haliimo", "Sucdi", "Ifraax", "Muna", "Faadumo", "Naciimo", "Ruqiya")
_SO_ELDERS = ("Xasan", "Nuur", "Shire", "Cilmi", "Geedi", "Mukhtaar", "Sheekh", "Rooble")
_SO_MOTHERS = ("Asli", "Xaliimo", "Shamso", "Dahabo", "Luul", "Khadiijo")
#: (xaafad, degmo, gobol)
_SO_PLACES = (
    ("Taleex", "Hodan", "Banaadir"),
    ("Siinaay", "Wadajir", "Banaadir"),
    ("Buulo Xuubey", "Wadajir", "Banaadir"),
    ("Horseed", "Baydhabo", "Bay"),
    ("Faanoole", "Kismaayo", "Jubbada Hoose"),
    ("Israac", "Gaalkacyo", "Mudug"),
    ("Koshin", "Beledweyne", "Hiiraan"),
)
_SO_BIRTHPLACES = ("Muqdisho", "Baydhabo", "Afgooye", "Jowhar", "Marka", "Kismaayo", "Dhuusamareeb")
_SO_AID = ("Lacag caddaan ah", "Baxnaano", "Cunto (voucher)", "Lacag caddaan ah")
_KM_GIVEN_M = ("Anli", "Soilihi", "Houmadi", "Djamal", "Mohamed Chakir", "Nassur", "Bacar")
_KM_GIVEN_F = ("Nourdine", "Faïza", "Moinaecha", "Rahamatou", "Zalifa", "Mounira", "Nadjati")
_KM_FAMILY = ("Mmadi", "Ben Ali", "Abdou", "Mzé", "Chanfi", "Boina", "Ahmed Moussa")
#: (village, island)
_KM_PLACES = (
    ("Mitsamiouli", "Ngazidja"),
    ("Foumbouni", "Ngazidja"),
    ("Iconi", "Ngazidja"),
    ("Mutsamudu", "Ndzuani"),
    ("Domoni", "Ndzuani"),
    ("Sima", "Ndzuani"),
    ("Fomboni", "Mwali"),
)
_KM_PAYMENT = ("Huri Money", "Mvola", "Espèces", "Huri Money")
_MU_FAMILY = ("APPADOO", "BEEHARRY", "DOOKHUN", "LAGESSE", "TOORABALLY", "AH-KEE", "SOOKUN")
_MU_MAIDEN = ("RAMDIN", "NARAINEN", "GOPAUL", "FRANÇOIS", "HOSANY", "CHUNG", "VEERASAMY")
_MU_GIVEN_M = ("Vikash", "Jean Marc", "Nitish", "Fabrice", "Imran", "Kwan Lee", "Sunil")
_MU_GIVEN_F = ("Priya", "Marie Anne", "Shabnam", "Vanessa", "Sandhya", "Joëlle", "Kavita")
#: (village or town, postcode)
_MU_PLACES = (
    ("Quatre Bornes", "72218"),
    ("Rose Hill", "71259"),
    ("Vacoas", "73416"),
    ("Curepipe", "74213"),
    ("Triolet", "21504"),
    ("Mahébourg", "50810"),
    ("Port Louis", "11328"),
    ("Goodlands", "30501"),
)
_MU_STREETS = (
    "Royal Road",
    "Avenue des Palmiers",
    "Rue St Jean",
    "Cité EDC",
    "Morcellement Raffray",
)
_MU_STATUS = ("Eligible", "Eligible", "Non eligible / Non éligible", "Under review")
#: (Latin, Thaana)
_MV_FIRST_M = (("Abdulla", "ޢަބްދުﷲ"), ("Hassan", "ޙަސަން"), ("Moosa", "މޫސާ"), ("Yoosuf", "ޔޫސުފް"))
_MV_FIRST_F = (("Shaheema", "ޝަހީމާ"), ("Zulfa", "ޒުލްފާ"), ("Haleema", "ޙަލީމާ"), ("Nazima", "ނާޒިމާ"))
_MV_SECOND = (("Waheed", "ވަޙީދު"), ("Manik", "މަނިކު"), ("Adam", "އާދަމް"), ("Naseer", "ނަޞީރު"))
#: (house, atoll code, island, atoll)
_MV_PLACES = (
    ("Fehivilla", "Hdh.", "Kulhudhuffushi", "Haa Dhaalu"),
    ("Rasgefaanuge", "L.", "Fonadhoo", "Laamu"),
    ("Dhoshimeyge", "S.", "Hithadhoo", "Seenu"),
    ("Noovilu", "B.", "Eydhafushi", "Baa"),
    ("H. Sosunge", "K.", "Male'", "Kaafu"),
    ("G. Vaadhee", "K.", "Male'", "Kaafu"),
)
_MV_CARETAKER_WOMEN = tuple(latin for latin, _ in _MV_FIRST_F)
_MV_CARETAKER_MEN = tuple(latin for latin, _ in _MV_FIRST_M)
_MV_CARETAKER_SECOND = tuple(latin for latin, _ in _MV_SECOND)
_MV_DISABILITY = ("Physical", "Visual", "Hearing", "Intellectual", "Multiple")
_MV_CARETAKER_REL = ("Mother", "Father", "Sister", "Son", "Daughter", "Mother")
_ME_FAMILY = ("Vujović", "Radović", "Popović", "Bulatović", "Šćekić", "Lakić", "Vuksanović")
_ME_GIVEN_M = ("Marko", "Nikola", "Milan", "Dragan", "Vuk", "Luka", "Đorđije")
_ME_GIVEN_F = ("Milica", "Jelena", "Ana", "Dragana", "Marija", "Sanja", "Ljiljana")
_ME_PARENTS = ("Milorad", "Radomir", "Vesna", "Božidar", "Slobodan", "Zorica", "Veselin")
#: (JMBG region, street, postcode, municipality)
_ME_PLACES = (
    ("21", "Vaka Đurovića", "81000", "Podgorica"),
    ("21", "Bulevar Džordža Vašingtona", "81000", "Podgorica"),
    ("26", "Njegoševa", "81400", "Nikšić"),
    ("22", "Jovana Tomaševića", "85000", "Bar"),
    ("24", "Njegoševa", "85340", "Herceg Novi"),
    ("25", "Baja Pivljanina", "81250", "Cetinje"),
    ("27", "Mojsija Zečevića", "84300", "Berane"),
    ("28", "Slobode", "84000", "Bijelo Polje"),
)
_ME_RIGHTS = (
    "Materijalno obezbjeđenje",
    "Dodatak za njegu i pomoć",
    "Lična invalidnina",
    "Jednokratna novčana pomoć",
)


def _trainee_place(p: Person) -> str:
    return _pick(p, _VN_HOMETOWNS, 4)


def _guarantor_male(p: Person) -> bool:
    return int(p.bhxh) // 8 % 2 == 0


def _biz(p: Person) -> tuple[str, int, int]:
    return _VN_BIZ_TRADES[int(p.bhxh) // 7 % len(_VN_BIZ_TRADES)]


def _revenue(p: Person) -> int:
    return (_num(p, 40) + 8) * 1_000_000


def _vat(p: Person) -> int:
    """The monthly VAT on the lump-sum revenue (the trade's rate in tenths of a per cent)."""
    return _revenue(p) * _biz(p)[1] // 1000


def _pit(p: Person) -> int:
    return _revenue(p) * _biz(p)[2] // 1000


def _degree(p: Person) -> tuple[str, str]:
    return _VN_DEGREES[int(p.bhxh) // 5 % len(_VN_DEGREES)]


def _fishing(p: Person) -> tuple[str, str]:
    return _VN_FISHING[int(p.bhxh) // 9 % len(_VN_FISHING)]


def _so_place(p: Person) -> tuple[str, str, str]:
    return _SO_PLACES[int(p.bhxh) // 9 % len(_SO_PLACES)]


def _km_place(p: Person) -> tuple[str, str]:
    return _KM_PLACES[int(p.bhxh) // 9 % len(_KM_PLACES)]


def _mu_place(p: Person) -> tuple[str, str]:
    return _MU_PLACES[int(p.bhxh) // 9 % len(_MU_PLACES)]


def _mu_surname(p: Person) -> str:
    return _pick(p, _MU_FAMILY, 2)


def _nic_mu(p: Person) -> str:
    """A Mauritian NIC: the first letter of the surname at birth (a married woman's maiden
    name), ddmmyy, six digits, and a check character: the 13 characters weighted 14 down to 2
    (the letter counted A=10 …), 17 less the sum mod 17, read 0 for 17, the digit for 1-9 and
    A-G for 10-16."""
    birth_name = _pick(p, _MU_MAIDEN, 3) if not p.male and int(p.bhxh) % 3 else _mu_surname(p)
    head = f"{birth_name[0]}{p.birth:%d%m%y}{p.bhxh[-6:]}"
    total = (ord(head[0]) - 55) * 14 + sum(
        int(d) * w for d, w in zip(head[1:], range(13, 1, -1), strict=True)
    )
    rest = 17 - total % 17
    check = "0" if rest == 17 else str(rest) if rest < 10 else chr(rest + 55)
    return f"{head}{check}"


def _mv_place(p: Person) -> tuple[str, str, str, str]:
    return _MV_PLACES[int(p.bhxh) // 9 % len(_MV_PLACES)]


def _mv_name(p: Person) -> tuple[tuple[str, str], tuple[str, str]]:
    first = _MV_FIRST_M if p.male else _MV_FIRST_F
    return first[int(p.bhxh) // 5 % len(first)], _MV_SECOND[int(p.bhxh) // 7 % len(_MV_SECOND)]


def _mv_address(p: Person) -> str:
    house, code, island, _ = _mv_place(p)
    if island == "Male'":
        return f"{house}, {island}"
    return f"{house}, {code} {island}"


def _mv_caretaker(p: Person) -> str:
    relation = _pick(p, _MV_CARETAKER_REL, 6)
    women = relation in ("Mother", "Sister", "Daughter")
    first = _pick(p, _MV_CARETAKER_WOMEN if women else _MV_CARETAKER_MEN, 4)
    return f"{first} {_pick(p, _MV_CARETAKER_SECOND, 5)} ({relation})"


def _me_place(p: Person) -> tuple[str, str, str, str]:
    return _ME_PLACES[int(p.bhxh) // 9 % len(_ME_PLACES)]


def _jmbg_me(p: Person) -> str:
    """A Montenegrin JMBG: ddmm, the year's last three digits, the region of the municipality
    (21-29), a serial 000-499 for men and 500-999 for women, the weighted mod 11 digit (a
    remainder of 1 is never issued, one of 0 gives 0)."""
    for k in range(40):
        serial = (int(p.bhxh[-3:]) + k) % 500 + (0 if p.male else 500)
        body = f"{p.birth:%d%m}{p.birth.year % 1000:03d}{_me_place(p)[0]}{serial:03d}"
        rest = _mod11(body, (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2))
        if rest != 1:
            break
    return f"{body}{(11 - rest) % 11}"


def _valid_until(p: Person) -> date:
    return _shift_date(p.other_date, 5)


WRITERS_BLIND80: dict[str, Callable[[Person, Col], object]] = {
    "trainee80": lambda p, c: f"HV{p.other_date:%y}-{p.bhxh[-4:]}",
    "passport80": lambda p, c: "" if int(p.bhxh) % 4 == 0 else f"C{p.bhxh[-7:]}",
    "hometown80": lambda p, c: _trainee_place(p),
    "market80": lambda p, c: _pick(p, _VN_MARKETS, 3),
    "trade80": lambda p, c: _pick(p, _VN_TRADES, 5),
    "lang80": lambda p, c: _pick(p, _VN_LANG, 6),
    "guarantor80": lambda p, c: _other_vn(p, 7, _guarantor_male(p), p.family),
    "guar_rel80": lambda p, c: _pick(
        p, _VN_GUARANTOR_MEN if _guarantor_male(p) else _VN_GUARANTOR_WOMEN, 8
    ),
    "guar_cccd80": lambda p, c: _cccd_of(p, _guarantor_male(p), 1960 + _num(p, 20)),
    "guar_phone80": lambda p, c: _other_phone(p, "03"),
    "escrow80": lambda p, c: _dotted(int(_pick(p, ("100", "50", "30", "100"), 2)) * 1_000_000),
    "enrolled80": lambda p, c: datetime.combine(
        p.other_date + timedelta(days=20 + _num(p, 60)), datetime.min.time()
    ),
    "trainee_status80": lambda p, c: _pick(p, _VN_TRAINEE_STATUS, 9),
    "biz_addr80": lambda p, c: f"{_pick(p, _VN_BIZ_STREETS, 3)}, Phường Bình Thạnh, TP.HCM",
    "biz_trade80": lambda p, c: _biz(p)[0],
    "revenue80": lambda p, c: _dotted(_revenue(p)),
    "vat80": lambda p, c: _dotted(_vat(p)),
    "pit80": lambda p, c: _dotted(_pit(p)),
    "tax_total80": lambda p, c: _dotted(_vat(p) + _pit(p)),
    "tax_period80": lambda p, c: "Năm 2025",
    "tax_team80": lambda p, c: _pick(p, _VN_TAX_TEAMS, 4),
    "degree80": lambda p, c: _degree(p)[0],
    "university80": lambda p, c: _pick(p, _VN_UNIVERSITIES, 3),
    "cert_no80": lambda p, c: f"HCM-{p.bhxh[-8:]}",
    "field80": lambda p, c: _degree(p)[1],
    "grade80": lambda p, c: _pick(p, _VN_GRADES, 4),
    "valid_until80": lambda p, c: f"{_valid_until(p):%d/%m/%Y}",
    "firm80": lambda p, c: _pick(p, _VN_FIRMS, 6),
    "cert_decision80": lambda p, c: f"{_num(p, 900)}/QĐ-SXD",
    "fisher_addr80": lambda p, c: _fishing(p)[1],
    "crew_role80": lambda p, c: _pick(p, _VN_CREW_ROLES, 3),
    "boat80": lambda p, c: f"{_fishing(p)[0]}-9{p.bhxh[-4:]}-TS",
    "owner80": lambda p, c: _other_vn(p, 6, True),
    "horsepower80": lambda p, c: str(90 + _num(p, 80) * 10),
    "length80": lambda p, c: f"{15 + _num(p, 12)},{_num(p, 9)}",
    "gear80": lambda p, c: _pick(p, _VN_GEARS, 5),
    "fisher_policy80": lambda p, c: f"TNTV/{p.other_date:%Y}/{p.bhxh[-6:]}",
    "fisher_premium80": lambda p, c: _dotted(90_000 + 10_000 * _num(p, 5)),
    "so_name80": lambda p, c: (
        f"{_by_sex(p, _SO_GIVEN_M, _SO_GIVEN_F, 1)} {_pick(p, _SO_ELDERS, 2)}"
        f" {_pick(p, _SO_ELDERS, 3)}"
    ),
    "so_mother80": lambda p, c: f"{_pick(p, _SO_MOTHERS, 4)} {_pick(p, _SO_ELDERS, 5)}",
    "nin_so80": lambda p, c: f"{_num(p, 9)}{p.bhxh}",
    "sex_so80": lambda p, c: "Lab / ذكر" if p.male else "Dhedig / أنثى",
    "birthplace_so80": lambda p, c: _pick(p, _SO_BIRTHPLACES, 6),
    "xaafad_so80": lambda p, c: _so_place(p)[0],
    "degmo_so80": lambda p, c: _so_place(p)[1],
    "gobol_so80": lambda p, c: _so_place(p)[2],
    "phone_so80": lambda p, c: f"+252 {_pick(p, ('61', '61', '77', '62'), 7)} {p.phone[3:10]}",
    "household_so80": lambda p, c: str(_num(p, 11) + 1),
    "aid_so80": lambda p, c: _pick(p, _SO_AID, 8),
    "amount_so80": lambda p, c: f"${_pick(p, ('40', '60', '70', '90'), 9)}",
    "km_name80": lambda p, c: (
        f"{_by_sex(p, _KM_GIVEN_M, _KM_GIVEN_F, 1)} {_pick(p, _KM_FAMILY, 2)}"
    ),
    "cni_km80": lambda p, c: p.bhxh[1:10],
    "sex_km80": lambda p, c: "Masculin" if p.male else "Féminin",
    "village_km80": lambda p, c: _km_place(p)[0],
    "island_km80": lambda p, c: _km_place(p)[1],
    "phone_km80": lambda p, c: f"+269 3{p.phone[3:5]} {p.phone[5:7]} {p.phone[7:9]}",
    "household_km80": lambda p, c: f"MEN-{_km_place(p)[1][:3].upper()}-{p.bhxh[-5:]}",
    "members_km80": lambda p, c: str(_num(p, 10) + 1),
    "amount_km80": lambda p, c: f"{_pick(p, ('30 000', '45 000', '60 000'), 4)} KMF",
    "payment_km80": lambda p, c: _pick(p, _KM_PAYMENT, 5),
    "substitute_km80": lambda p, c: (
        f"{_by_sex(p, _KM_GIVEN_F, _KM_GIVEN_M, 6)} {_pick(p, _KM_FAMILY, 7)}"
    ),
    "nic_mu80": lambda p, c: _nic_mu(p),
    "mu_family80": lambda p, c: _mu_surname(p),
    "mu_given80": lambda p, c: _by_sex(p, _MU_GIVEN_M, _MU_GIVEN_F, 1),
    "sex_mu80": lambda p, c: "Male / Masculin" if p.male else "Female / Féminin",
    "street_mu80": lambda p, c: f"No. {_num(p, 80)}, {_pick(p, _MU_STREETS, 4)}",
    "town_mu80": lambda p, c: _mu_place(p)[0],
    "post_mu80": lambda p, c: _mu_place(p)[1],
    "phone_mu80": lambda p, c: f"5{p.phone[3:6]} {p.phone[6:10]}",
    "srm_ref80": lambda p, c: f"SRM/{p.other_date:%Y}/{p.bhxh[-6:]}",
    "members_mu80": lambda p, c: str(_num(p, 8) + 1),
    "income_mu80": lambda p, c: f"Rs {4_000 + 500 * _num(p, 20):,}",
    "status_mu80": lambda p, c: _pick(p, _MU_STATUS, 5),
    "nok_mu80": lambda p, c: f"{_by_sex(p, _MU_GIVEN_F, _MU_GIVEN_M, 6)} {_mu_surname(p)}",
    "worker_mu80": lambda p, c: f"Mrs {_pick(p, _MU_GIVEN_F, 7)} {_pick(p, _MU_MAIDEN, 8)}",
    "id_mv80": lambda p, c: f"A{p.bhxh[-6:]}",
    "mv_latin80": lambda p, c: f"{_mv_name(p)[0][0]} {_mv_name(p)[1][0]}",
    "mv_thaana80": lambda p, c: f"{_mv_name(p)[0][1]} {_mv_name(p)[1][1]}",
    "sex_mv80": lambda p, c: "ފިރިހެން / Male" if p.male else "އަންހެން / Female",
    "addr_mv80": lambda p, c: _mv_address(p),
    "atoll_mv80": lambda p, c: _mv_place(p)[3],
    "island_mv80": lambda p, c: _mv_place(p)[2],
    "phone_mv80": lambda p, c: f"+960 {_pick(p, ('7', '9'), 3)}{p.phone[4:10]}",
    "caretaker_mv80": lambda p, c: _mv_caretaker(p),
    "caretaker_id_mv80": lambda p, c: f"A{p.bhxh[::-1][:6]}",
    "disability_mv80": lambda p, c: _pick(p, _MV_DISABILITY, 7),
    "allowance_mv80": lambda p, c: f"MVR {_pick(p, ('2,000', '5,000', '2,000'), 8)}",
    "me_family80": lambda p, c: _pick(p, _ME_FAMILY, 2),
    "me_given80": lambda p, c: _by_sex(p, _ME_GIVEN_M, _ME_GIVEN_F, 1),
    "me_parent80": lambda p, c: _pick(p, _ME_PARENTS, 3),
    "jmbg_me80": lambda p, c: _jmbg_me(p),
    "sex_me80": lambda p, c: "M" if p.male else "Ž",
    "street_me80": lambda p, c: f"{_me_place(p)[1]} {_num(p, 120)}",
    "post_me80": lambda p, c: _me_place(p)[2],
    "opstina_me80": lambda p, c: _me_place(p)[3],
    "phone_me80": lambda p, c: (
        f"0{_pick(p, ('67', '68', '69'), 4)} {p.phone[4:7]} {p.phone[7:10]}"
        if int(p.bhxh) % 3
        else f"+382 {_pick(p, ('67', '68', '69'), 4)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "decision_me80": lambda p, c: f"UPI 05-556/{p.other_date:%y}-{p.bhxh[-4:]}",
    "right_me80": lambda p, c: _pick(p, _ME_RIGHTS, 5),
    "amount_me80": lambda p, c: f"{80 + 5 * _num(p, 40)},00",
    "members_me80": lambda p, c: str(_num(p, 6)),
    "note_me80": lambda p, c: _note(
        p, ("Samohrani roditelj", "Lice sa invaliditetom", "Penzioner")
    ),
}

__all__ = ["WRITERS_BLIND80"]
