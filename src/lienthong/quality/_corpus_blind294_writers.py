"""How the people of the two-hundred-and-ninety-fourth part of the outside corpus (**blind 294**,
:mod:`lienthong.quality._corpus_blind294`) are written: four Vietnamese files' own columns (a
coffee picker's farm and its owner, a stent patient's costs and the fund asked, a loan shark's
sums and threats, a State compensation claim's judgment and sums) and the US Southwest's names,
addresses, phones and numbers in the forms their offices write them (the SSN, Navajo census
numbers and clans, Arizona's, Utah's, Nevada's and New Mexico's licence numbers, post office
boxes and ZIP+4 codes)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick, _ssn
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind155_writers import _us

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

#: (street or hamlet, commune, district, province) of a Vietnamese home outside the city
_VN_HOMES = (
    ("Xóm 5", "Xã Diễn Hồng", "Huyện Diễn Châu", "Tỉnh Nghệ An"),
    ("Thôn Yên Lạc", "Xã Quảng Yên", "Huyện Quảng Xương", "Tỉnh Thanh Hóa"),
    ("Thôn 3", "Xã Ea Tu", "TP. Buôn Ma Thuột", "Tỉnh Đắk Lắk"),
    ("Số 14 Lê Lợi", "Phường Nam Lý", "TP. Đồng Hới", "Tỉnh Quảng Bình"),
    ("Bản Phiềng Luông", "Xã Chiềng Sơn", "Huyện Mộc Châu", "Tỉnh Sơn La"),
    ("Tổ 7", "Phường Trần Phú", "TP. Hà Tĩnh", "Tỉnh Hà Tĩnh"),
    ("Thôn Phú Lộc", "Xã Hòa Thắng", "Huyện Phú Hòa", "Tỉnh Phú Yên"),
)
_VN_ETHNIC = ("Kinh", "Kinh", "Thái", "Ê Đê", "Mường", "Kinh", "Tày", "H'Mông")
_VN_FARMS = (
    "Rẫy ông Y Bhin, buôn Kô Siêr",
    "Trang trại Thành Công, thôn 6, xã Ea Tu",
    "Rẫy cà phê thôn 2, xã Hòa Thuận",
    "Lán trại HTX Cà phê Ea Kiết",
    "Vườn nhà bà Hoa, buôn Alê A",
)
_VN_DIAGNOSES = (
    "Hội chứng vành cấp - NMCT thành dưới",
    "Bệnh tim thiếu máu cục bộ, hẹp 3 nhánh",
    "Đau thắt ngực không ổn định",
    "NMCT cấp có ST chênh lên",
)
_VN_STANDING = ("Hộ nghèo", "Hộ cận nghèo", "Người cao tuổi neo đơn", "Hộ khó khăn đột xuất")
_VN_LENDERS = (
    "App Vay Nhanh 24h",
    "Đối tượng tên Tuấn 'Sẹo'",
    "Cơ sở cầm đồ Phát Đạt",
    "App Tiền Ơi",
    "Nhóm cho vay góp ngày (biển số 29X)",
)
_VN_CHASE = (
    "Nhắn tin đe dọa, gọi người thân",
    "Ghép ảnh bôi nhọ đăng Facebook",
    "Tạt sơn, mắm tôm vào nhà",
    "Gọi điện khủng bố cơ quan",
)
_VN_BODIES = (
    "TAND tỉnh Sóc Trăng",
    "VKSND huyện Mỹ Xuyên",
    "Cơ quan CSĐT Công an tỉnh",
    "TAND cấp cao tại TP.HCM",
)
_VN_RESULTS = ("Đã chi trả", "Đang thương lượng", "Đã ký biên bản thương lượng", "Khởi kiện")

#: (chapter, agency, town, state, ZIP, area code)
_NN_PLACES = (
    ("Shiprock", "Northern", "Shiprock", "NM", "87420", "505"),
    ("Chinle", "Central", "Chinle", "AZ", "86503", "928"),
    ("Kayenta", "Western", "Kayenta", "AZ", "86033", "928"),
    ("Tuba City", "Western", "Tuba City", "AZ", "86045", "928"),
    ("Crownpoint", "Eastern", "Crownpoint", "NM", "87313", "505"),
    ("Aneth", "Northern", "Montezuma Creek", "UT", "84534", "435"),
    ("Oljato", "Western", "Monument Valley", "UT", "84536", "435"),
    ("Fort Defiance", "Fort Defiance", "Fort Defiance", "AZ", "86504", "928"),
    ("Red Mesa", "Northern", "Teec Nos Pos", "AZ", "86514", "928"),
)
_NN_FAMILY: tuple[str, ...] = (
    "Begay",
    "Yazzie",
    "Tsosie",
    "Benally",
    "Nez",
    "Etsitty",
    "Bitsui",
    "Manygoats",
)
_NN_FAMILY += ("Tsinajinnie", "Yellowhorse", "Begaye", "Chee")
_NN_GIVEN_M = ("Darrell", "Kee", "Leonard", "Harrison", "Tyrone", "Wilson", "Delbert")
_NN_GIVEN_F = ("Loretta", "Shaunice", "Bernadine", "Marlene", "Lorraine", "Charlene", "Tamara")
_NN_CLANS = (
    "Kinyaa'áanii",
    "Tódích'íi'nii",
    "Tábąąhá",
    "Tł'ízí łání",
    "Honágháahnii",
    "Tó'aheedlíinii",
    "Bit'ahnii",
    "Ta'neeszahnii",
    "Naakai Dine'é",
)
_NN_SITES = (
    "2 mi N of chapter house, blue roof",
    "N12 mile 34, turn E at cattle guard",
    "Behind Bashas', 1st hogan",
    "IHS housing #{n}",
    "5 mi W on dirt rd past windmill",
)
_NN_STATUS = ("Paid - Check", "Paid - Direct Deposit", "Pending Verification", "Denied - Duplicate")

#: (street or box, town, ZIP) in Río Arriba and around
_NM_PLACES = (
    ("P.O. Box {n}", "Abiquiú", "87510"),
    ("HC 78 Box {n}", "Cañones", "87516"),
    ("P.O. Box {n}", "Coyote", "87012"),
    ("{n} County Rd 0292", "Gallina", "87017"),
    ("P.O. Box {n}", "Tierra Amarilla", "87575"),
    ("{n} Calle de Oñate", "Española", "87532"),
    ("{n} Camino de los Abuelos", "Chimayó", "87522"),
)
_NM_FAMILY: tuple[str, ...] = (
    "Martínez",
    "Gallegos",
    "Trujillo",
    "Valdez",
    "Archuleta",
    "Maestas",
    "Jaramillo",
)
_NM_FAMILY += ("Vigil", "Salazar", "Quintana", "Chávez", "Ulibarrí")
_NM_GIVEN_M = ("José Ramón", "Eloy", "Feliberto", "Amarante", "Juan de Dios", "Levi", "Moisés")
_NM_GIVEN_F = ("Juanita", "Delfinia", "Orlinda", "Ernestina", "María Cleofas", "Rufina", "Dolores")
_NM_GRANTEES = ("Juan José Lovato (1734)", "Francisco Martínez (1807)", "Manuel Martín (1754)")

#: (street or box, town, ZIP, village)
_LG_PLACES = (
    ("P.O. Box {n}", "Laguna", "87026", "Laguna"),
    ("P.O. Box {n}", "Paguate", "87040", "Paguate"),
    ("P.O. Box {n}", "Casa Blanca", "87007", "Paraje"),
    ("{n} Atrisco Dr SW", "Albuquerque", "87121", "Mesita"),
    ("{n} W Santa Fe Ave", "Grants", "87020", "Encinal"),
    ("P.O. Box {n}", "Laguna", "87026", "Seama"),
)
_LG_FAMILY = ("Pino", "Sarracino", "Riley", "Paisano", "Lente", "Kasero", "Marmon", "Waconda")
_LG_GIVEN_M = ("Virgil", "Anthony", "Gilbert", "Raymond", "Marcus", "Eugene")
_LG_GIVEN_F = ("Evangeline", "Juliana", "Roberta", "Celestine", "Kaylee", "Agnes")

#: (street, city, state, ZIP, area code, licence state)
_AZ_PLACES = (
    ("{n} N Oracle Rd", "Tucson", "AZ", "85705", "520"),
    ("{n} E Route 66", "Flagstaff", "AZ", "86001", "928"),
    ("{n} W Gurley St", "Prescott", "AZ", "86301", "928"),
    ("{n} S Mesa Dr", "Mesa", "AZ", "85210", "480"),
    ("{n} E Deuce of Clubs", "Show Low", "AZ", "85901", "928"),
    ("{n} S Bluff St", "St. George", "UT", "84770", "435"),
    ("{n} N 300 W", "Kanab", "UT", "84741", "435"),
    ("{n} Green Valley Pkwy", "Henderson", "NV", "89052", "702"),
    ("{n} E Main St", "Farmington", "NM", "87401", "505"),
)
_US_FAMILY: tuple[str, ...] = (
    "Smith",
    "Garcia",
    "Johnson",
    "Lopez",
    "Begay",
    "Anderson",
    "Romero",
    "Jensen",
)
_US_FAMILY += ("Larsen", "Tafoya", "Nguyen", "Hughes")
_US_GIVEN_M = ("Cody", "Travis", "Ruben", "Dallin", "Wyatt", "Manuel", "Brigham", "Cole")
_US_GIVEN_F = ("Kaylee", "Brooke", "Yesenia", "McKenna", "Tawni", "Rosa", "Alyssa", "Shelby")
_AZ_HUNTS = ("6A Elk Bull", "27 Elk Antlerless", "3C Pronghorn", "13B Bighorn Sheep", "22 Deer")
_AZ_RESULTS = ("Drawn", "Not Drawn", "Not Drawn", "Drawn - 2nd Choice", "Rejected - Fee")

#: (street, city, state, ZIP, area code)
_NV_PLACES = (
    ("{n} E Desert Inn Rd Apt 112", "Las Vegas", "NV", "89169", "702"),
    ("{n} N Decatur Blvd", "Las Vegas", "NV", "89108", "702"),
    ("{n} W Craig Rd", "North Las Vegas", "NV", "89032", "702"),
    ("{n} Kietzke Ln", "Reno", "NV", "89502", "775"),
    ("{n} Casino Dr", "Laughlin", "NV", "89029", "702"),
    ("{n} Hancock Rd", "Bullhead City", "AZ", "86442", "928"),
    ("{n} Wendover Blvd", "Wendover", "UT", "84083", "435"),
    ("{n} Victoria Ln", "West Wendover", "NV", "89883", "775"),
)
_NV_EMPLOYERS = (
    ("Bellagio", "3600 S Las Vegas Blvd, Las Vegas, NV 89109"),
    ("Station Casinos LLC - Boulder Station", "4111 Boulder Hwy, Las Vegas, NV 89121"),
    ("Peppermill Resort Spa Casino", "2707 S Virginia St, Reno, NV 89502"),
    ("Harrah's Laughlin", "2900 S Casino Dr, Laughlin, NV 89029"),
    ("Peppermill Wendover", "680 Wendover Blvd, West Wendover, NV 89883"),
)
_NV_JOBS = ("Table Games Dealer", "Slot Attendant", "Cage Cashier", "Keno Writer", "Security")


def _place(p: Person, places: tuple[tuple[str, ...], ...], salt: int = 9) -> tuple[str, ...]:
    return places[int(p.bhxh) // salt % len(places)]


def _fill(text: str, p: Person) -> str:
    return text.replace("{n}", str(_num(p, 3900) + 100))


def _vn_home(p: Person) -> str:
    return ", ".join(_place(p, _VN_HOMES, 7))


def _ascii_vn(text: str) -> str:
    plain = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in plain if not unicodedata.combining(ch))


def _vnd(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def _us_phone(p: Person, area: str) -> str:
    return f"({area}) {p.phone[3:6]}-{p.phone[6:10]}"


def _zip4(p: Person, code: str) -> str:
    return f"{code}-{p.bhxh[-4:]}" if int(p.bhxh) % 3 else code


def _az_dl(p: Person) -> str:
    """The licence in the form of its state: Arizona a letter and eight digits, Utah nine digits,
    Nevada ten digits, New Mexico nine digits."""
    state = _place(p, _AZ_PLACES)[2]
    if state == "AZ":
        return f"{'ABDFS'[int(p.bhxh[0]) % 5]}{p.bhxh[2:10]}"
    if state == "NV":
        return f"{int(p.bhxh[0]) % 9 + 1}{p.bhxh[1:10]}"
    return f"{int(p.bhxh[1]) % 9 + 1}{p.bhxh[2:10]}"


def _nv_dl(p: Person) -> str:
    state = _place(p, _NV_PLACES)[2]
    if state == "AZ":
        return f"D{p.bhxh[2:10]} AZ"
    if state == "UT":
        return f"{int(p.bhxh[1]) % 9 + 1}{p.bhxh[2:10]} UT"
    return f"{int(p.bhxh[0]) % 9 + 1}{p.bhxh[1:10]} NV"


def _after(p: Person, days: int) -> str:
    return _us(p.other_date + timedelta(days=days))


def _vn_after(p: Person, days: int) -> str:
    return f"{p.other_date + timedelta(days=days):%d/%m/%Y}"


def _pick_int(p: Person, options: tuple[int, ...]) -> int:
    return options[int(p.bhxh) // 13 % len(options)]


WRITERS_BLIND294: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: coffee pickers
    "home_addr294": lambda p, c: _vn_home(p),
    "ethnic294": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "farm294": lambda p, c: _pick(p, _VN_FARMS, 3),
    "owner294": lambda p, c: _other_vn(p, 4, True),
    "owner_phone294": lambda p, c: _other_phone(p, "0262"),
    "leave294": lambda p, c: _vn_after(p, 45 + _num(p, 40)),
    "along294": lambda p, c: str(_num(p, 6) - 1),
    # Vietnam: stent patients
    "level294": lambda p, c: _pick(p, ("100%", "95%", "80%", "100%"), 3),
    "standing294": lambda p, c: _pick(p, _VN_STANDING, 4),
    "diagnosis294": lambda p, c: _pick(p, _VN_DIAGNOSES, 5),
    "stents294": lambda p, c: str(_num(p, 3)),
    "cost294": lambda p, c: _vnd((_num(p, 90) + 60) * 1_000_000),
    "insured294": lambda p, c: _vnd((_num(p, 90) + 60) * 800_000),
    "fund294": lambda p, c: _vnd(_pick_int(p, (5, 10, 15, 20)) * 1_000_000),
    "relative294": lambda p, c: _other_vn(p, 6),
    "rel_phone294": lambda p, c: _other_phone(p, "098"),
    # Vietnam: loan shark reports
    "sex_ascii294": lambda p, c: "Nam" if p.male else "Nu",
    "addr_ascii294": lambda p, c: _ascii_vn(p.address),
    "lender294": lambda p, c: _ascii_vn(_pick(p, _VN_LENDERS, 2)),
    "loan294": lambda p, c: str(_num(p, 50) + 2),
    "rate294": lambda p, c: _pick(p, ("1", "1,5", "2", "3", "0,5"), 3),
    "paid294": lambda p, c: str(_num(p, 80) + 5),
    "chase294": lambda p, c: _ascii_vn(_pick(p, _VN_CHASE, 4)),
    "officer294": lambda p, c: _ascii_vn(f"Đại úy {_other_vn(p, 5, True)}"),
    "case294": lambda p, c: f"{_num(p, 400)}/TB-CAP",
    # Vietnam: State compensation claims
    "body294": lambda p, c: _pick(p, _VN_BODIES, 2),
    "judgment294": lambda p, c: f"Bản án số {_num(p, 300)}/{2015 + int(p.bhxh) % 8}/HS-PT",
    "days_held294": lambda p, c: str(_num(p, 900) + 20),
    "asked294": lambda p, c: _vnd((_num(p, 900) + 100) * 10_000_000),
    "granted294": lambda p, c: _vnd((_num(p, 900) + 100) * 4_000_000),
    "apology294": lambda p, c: _vn_after(p, 30 + _num(p, 60)),
    "agent294": lambda p, c: f"LS. {_other_vn(p, 7)}",
    "result294": lambda p, c: _pick(p, _VN_RESULTS, 5),
    # the SSN
    "ssn294": lambda p, c: _ssn(p),
    "ssn_plain294": lambda p, c: _ssn(p).replace("-", ""),
    # Navajo Nation: hardship assistance
    "nn_family294": lambda p, c: _pick(p, _NN_FAMILY, 2),
    "nn_given294": lambda p, c: _by_sex(p, _NN_GIVEN_M, _NN_GIVEN_F, 3),
    "nn_mi294": lambda p, c: _pick(p, ("", "R", "J", "L", "", "T"), 4),
    "nn_census294": lambda p, c: f"{int(p.bhxh[0]) % 3 + 1}{p.bhxh[4:10]}",
    "nn_sex294": lambda p, c: "M" if p.male else "F",
    "nn_chapter294": lambda p, c: _place(p, _NN_PLACES)[0],
    "nn_agency294": lambda p, c: _place(p, _NN_PLACES)[1],
    "nn_box294": lambda p, c: f"P.O. Box {_num(p, 3900) + 10}",
    "nn_city294": lambda p, c: _place(p, _NN_PLACES)[2],
    "nn_state294": lambda p, c: _place(p, _NN_PLACES)[3],
    "nn_zip294": lambda p, c: _zip4(p, _place(p, _NN_PLACES)[4]),
    "nn_phone294": lambda p, c: _us_phone(p, _place(p, _NN_PLACES)[5]),
    "nn_site294": lambda p, c: _fill(_pick(p, _NN_SITES, 5), p),
    "nn_clan294": lambda p, c: f"{_pick(p, _NN_CLANS, 6)} born for {_pick(p, _NN_CLANS, 7)}",
    "nn_hh294": lambda p, c: str(_num(p, 8)),
    "nn_status294": lambda p, c: _pick(p, _NN_STATUS, 8),
    # New Mexico: merced heirs
    "nm_family294": lambda p, c: _pick(p, _NM_FAMILY, 2),
    "nm_given294": lambda p, c: _by_sex(p, _NM_GIVEN_M, _NM_GIVEN_F, 3),
    "nm_sex294": lambda p, c: "Masculino" if p.male else "Femenino",
    "nm_street294": lambda p, c: _fill(_place(p, _NM_PLACES)[0], p),
    "nm_town294": lambda p, c: _place(p, _NM_PLACES)[1],
    "nm_state294": lambda p, c: "NM",
    "nm_zip294": lambda p, c: _zip4(p, _place(p, _NM_PLACES)[2]),
    "nm_phone294": lambda p, c: f"575-{p.phone[4:7]}-{p.phone[7:10]}{p.bhxh[-1]}",
    "nm_ssn4_294": lambda p, c: f"XXX-XX-{_ssn(p)[-4:]}",
    "nm_grantee294": lambda p, c: _pick(p, _NM_GRANTEES, 4),
    "nm_parent294": lambda p, c: f"{_pick(p, _NM_GIVEN_F, 5)} {_pick(p, _NM_FAMILY, 6)}",
    "nm_graze294": lambda p, c: _pick(p, ("", "GP-{n}".replace("{n}", p.bhxh[-3:]), ""), 7),
    "nm_voter294": lambda p, c: _pick(p, ("Sí", "Sí", "No"), 8),
    # Pueblo of Laguna: enrollment
    "lg_enr294": lambda p, c: f"LAG-{p.bhxh[3:8]}",
    "lg_family294": lambda p, c: _pick(p, _LG_FAMILY, 2),
    "lg_given294": lambda p, c: _by_sex(p, _LG_GIVEN_M, _LG_GIVEN_F, 3),
    "lg_sex294": lambda p, c: "Male" if p.male else "Female",
    "lg_blood294": lambda p, c: _pick(p, ("4/4", "1/2", "3/4", "4/4", "5/8"), 4),
    "lg_village294": lambda p, c: _place(p, _LG_PLACES)[3],
    "lg_dl294": lambda p, c: f"{int(p.bhxh[2]) % 9 + 1}{p.bhxh[3:10]}{p.bhxh[0]}",
    "lg_street294": lambda p, c: _fill(_place(p, _LG_PLACES)[0], p),
    "lg_city294": lambda p, c: _place(p, _LG_PLACES)[1],
    "lg_state294": lambda p, c: "NM",
    "lg_zip294": lambda p, c: f"{_place(p, _LG_PLACES)[2]}-{p.bhxh[-4:]}",
    "lg_phone294": lambda p, c: _us_phone(p, "505"),
    "lg_mother294": lambda p, c: f"{_pick(p, _LG_GIVEN_F, 5)} {_pick(p, _LG_FAMILY, 6)}",
    "lg_father294": lambda p, c: f"{_pick(p, _LG_GIVEN_M, 6)} {_pick(p, _LG_FAMILY, 7)}",
    "lg_res294": lambda p, c: f"{_num(p, 90):02d}-{2000 + int(p.bhxh) % 25}",
    # Arizona: big game draw
    "az_cust294": lambda p, c: p.bhxh[1:10],
    "az_family294": lambda p, c: _pick(p, _US_FAMILY, 2),
    "az_given294": lambda p, c: _by_sex(p, _US_GIVEN_M, _US_GIVEN_F, 3),
    "az_mid294": lambda p, c: _by_sex(p, ("James", "Lee", "R", ""), ("Marie", "Ann", "", "L"), 4),
    "az_suffix294": lambda p, c: _pick(p, ("", "", "Jr", "", "III", ""), 5) if p.male else "",
    "az_sex294": lambda p, c: "Male" if p.male else "Female",
    "az_dlst294": lambda p, c: _place(p, _AZ_PLACES)[2],
    "az_dl294": lambda p, c: _az_dl(p),
    "az_res294": lambda p, c: "Resident" if _place(p, _AZ_PLACES)[2] == "AZ" else "Nonresident",
    "az_street294": lambda p, c: _fill(_place(p, _AZ_PLACES)[0], p),
    "az_city294": lambda p, c: _place(p, _AZ_PLACES)[1],
    "az_state294": lambda p, c: _place(p, _AZ_PLACES)[2],
    "az_zip294": lambda p, c: _zip4(p, _place(p, _AZ_PLACES)[3]),
    "az_phone294": lambda p, c: f"{_place(p, _AZ_PLACES)[4]}-{p.phone[3:6]}-{p.phone[6:10]}",
    "az_hed294": lambda p, c: f"HE{p.bhxh[::-1][:7]}",
    "az_hunt294": lambda p, c: _pick(p, _AZ_HUNTS, 6),
    "az_group294": lambda p, c: _pick(p, ("", "G-{n}".replace("{n}", p.bhxh[-5:])), 7),
    "az_points294": lambda p, c: str(_num(p, 20) - 1),
    "az_result294": lambda p, c: _pick(p, _AZ_RESULTS, 8),
    # Nevada: gaming employee registrations
    "nv_reg294": lambda p, c: f"GE{p.bhxh[2:9]}",
    "nv_family294": lambda p, c: _pick(p, _US_FAMILY, 3).upper(),
    "nv_given294": lambda p, c: _by_sex(p, _US_GIVEN_M, _US_GIVEN_F, 4).upper(),
    "nv_mid294": lambda p, c: _pick(p, ("A", "", "M", "J", "")),
    "nv_sex294": lambda p, c: "M" if p.male else "F",
    "nv_dl294": lambda p, c: _nv_dl(p),
    "nv_street294": lambda p, c: _fill(_place(p, _NV_PLACES)[0], p).upper(),
    "nv_city294": lambda p, c: _place(p, _NV_PLACES)[1].upper(),
    "nv_state294": lambda p, c: _place(p, _NV_PLACES)[2],
    "nv_zip294": lambda p, c: _zip4(p, _place(p, _NV_PLACES)[3]),
    "nv_phone294": lambda p, c: f"{_place(p, _NV_PLACES)[4]}{p.phone[3:10]}",
    "nv_emp294": lambda p, c: _place(p, _NV_EMPLOYERS, 7)[0],
    "nv_empaddr294": lambda p, c: _place(p, _NV_EMPLOYERS, 7)[1],
    "nv_job294": lambda p, c: _pick(p, _NV_JOBS, 5),
    "nv_fp294": lambda p, c: _after(p, _num(p, 14)),
    "nv_exp294": lambda p, c: _us(_shift_date(p.other_date, 5)),
    "nv_status294": lambda p, c: _pick(p, ("Approved", "Pending", "Objection", "Approved"), 6),
}


__all__ = ["WRITERS_BLIND294"]
