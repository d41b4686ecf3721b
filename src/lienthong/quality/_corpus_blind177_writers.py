"""How the people of the hundred-and-seventy-seventh part of the outside corpus (**blind 177**,
:mod:`lienthong.quality._corpus_blind177`) are written: four Vietnamese registers' own columns
(relatives giving DNA samples to identify martyrs' remains, Quang Tri's victims of unexploded
ordnance, workers poisoned at a factory canteen, citizens received back from Cambodian scam
compounds) and the Mexican-American borderland's names, places, phones and numbers (the CURP
ends in its mod-10 check over 0-9 A-Z with Ñ; the RFC of a person ends in a homoclave and its
mod-11 check digit, ``A`` for ten; the INE clave de elector is six letters, the birth date, the
two-digit state, the sex and three digits; the IMSS NSS ends in a Luhn digit; the SSN's area is
never 000, 666 or 900-999)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _letters, _num, _pick, _ssn
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam
_KIN = (
    "Con trai",
    "Con gái",
    "Cháu ruột (con của em trai)",
    "Em ruột",
    "Cháu nội",
    "Cháu gọi bằng bác",
)
_MARTYR_UNITS = (
    "E24, F304, Mặt trận Quảng Trị",
    "D8, E66, F304",
    "C3, D15, Quân khu Trị Thiên",
    "E101, F325, Thành cổ Quảng Trị",
    "D2, E27, Mặt trận B5",
)
_CEMETERIES = (
    "NTLS Quốc gia Trường Sơn",
    "NTLS Quốc gia Đường 9",
    "NTLS huyện Hải Lăng (mộ chưa xác định danh tính)",
    "NTLS Thành cổ Quảng Trị",
    "NTLS tỉnh Bình Phước",
)
_QT = (
    ("Thôn Tân Trại", "xã Cam Tuyền", "huyện Cam Lộ", "tỉnh Quảng Trị"),
    ("Thôn Khe Sanh", "thị trấn Khe Sanh", "huyện Hướng Hóa", "tỉnh Quảng Trị"),
    ("Thôn Vĩnh Quang Hạ", "xã Vĩnh Quang", "huyện Vĩnh Linh", "tỉnh Quảng Trị"),
    ("Khu phố 3", "phường Đông Lễ", "TP. Đông Hà", "tỉnh Quảng Trị"),
    ("Thôn Tà Rùng", "xã Hướng Việt", "huyện Hướng Hóa", "tỉnh Quảng Trị"),
    ("Thôn Gio Sơn", "xã Gio Mai", "huyện Gio Linh", "tỉnh Quảng Trị"),
)
_ORDNANCE = (
    "Bom bi BLU-26",
    "Đạn cối 60mm",
    "Đạn M79",
    "Lựu đạn",
    "Mìn chống tăng",
    "Đạn pháo 105mm",
)
_INJURY = ("Tử vong", "Cụt chân phải", "Mù một mắt", "Đa chấn thương", "Bỏng, trầy xước nhẹ")
_ACTIVITY = ("Cuốc đất trồng sắn", "Nhặt phế liệu", "Chăn bò", "Đốt rác trong vườn", "Đào móng nhà")
_LINES = ("Chuyền may 3", "Tổ đóng gói", "Xưởng cắt A2", "Bộ phận QC", "Chuyền lắp ráp B1")
_COMPANIES = (
    "Công ty TNHH Pouyuen Việt Nam",
    "Công ty TNHH Sao Mai Textile",
    "Công ty CP May Đồng Nai",
    "Công ty TNHH Điện tử Meiko",
)
_SYMPTOMS = (
    "Đau bụng, nôn",
    "Tiêu chảy, sốt",
    "Buồn nôn, chóng mặt",
    "Nôn, đau đầu, mệt",
    "Tiêu chảy",
)
_HOSPITALS = (
    "BVĐK KV Long Thành",
    "BV Chợ Rẫy",
    "TTYT huyện Trảng Bom",
    "BVĐK Đồng Nai",
    "PK công ty",
)
_FOOD_STATUS = ("Đã ra viện", "Đang điều trị", "Điều trị ngoại trú", "Đã ra viện", "Chuyển tuyến")
_GATES = ("CK quốc tế Mộc Bài", "CK quốc tế Xa Mát", "CK quốc tế Tịnh Biên", "CK quốc tế Hoa Lư")
_COMPOUNDS = (
    "Khu Kim Sa, Bavet, Svay Rieng",
    "Sihanoukville (Khu Trung Quốc)",
    "Casino Crown, Poipet",
    "Khu O'Smach, Oddar Meanchey",
    "Không khai báo",
)
_TRAFFICKING = ("Có dấu hiệu", "Không", "Không", "Đang xác minh", "Có dấu hiệu (bị bán lại)")
_HANDOVER = ("CA tỉnh Tây Ninh", "Gia đình nhận", "Trung tâm CTXH tỉnh", "CA địa phương nơi cư trú")
_HOMETOWNS = ("Nghệ An", "Thanh Hóa", "Hà Tĩnh", "Sóc Trăng", "Bắc Giang", "An Giang")

# -- Mexico
_NORTE_FAMILY = (
    "Chávez", "Domínguez", "Valenzuela", "Quintana", "Ochoa", "Terrazas", "Villarreal",
    "Garza", "Treviño", "Elizondo", "Loya", "Holguín", "Moreno", "Bustamante",
)  # fmt: skip
_NORTE_GIVEN_M = ("Jesús Manuel", "Ramón", "Heriberto", "Luis Alonso", "Juan Pablo", "Eleazar")
_NORTE_GIVEN_F = ("María de Jesús", "Yesenia", "Brenda Lizeth", "Rosa Icela", "Dolores", "Karla")
#: (ejido, municipio, CP)
_CHIH = (
    ("Ejido Benito Juárez", "Buenaventura", "31870"),
    ("Ejido Ignacio Zaragoza", "Ignacio Zaragoza", "31930"),
    ("Ejido El Sauz", "Chihuahua", "31590"),
    ("Ejido San Lorenzo", "Dr. Belisario Domínguez", "31490"),
    ("Ejido Nuevo Delicias", "Delicias", "33170"),
)
_AGR = ("Ejidatario", "Ejidatario", "Posesionario", "Avecindado", "Ejidatario (sucesor)")
#: (localidad, municipio, CP)
_SON = (
    ("Bahía de Kino", "Hermosillo", "83340"),
    ("Guaymas Centro", "Guaymas", "85400"),
    ("Empalme", "Empalme", "85330"),
    ("El Desemboque", "Pitiquito", "83370"),
    ("Puerto Peñasco", "Puerto Peñasco", "83550"),
)
_COOPS = (
    "S.C.P.P. Pescadores de Kino S.C. de R.L.",
    "S.C.P.P. Ribereños Unidos de Guaymas",
    "Permisionario persona física",
    "S.C.P.P. Bahía Tepoca",
)
_FISHERY = ("Camarón", "Escama marina", "Jaiba", "Calamar gigante", "Almeja generosa")
#: (colonia, municipio, CP)
_NL = (
    ("Col. Pueblo Nuevo", "Apodaca", "66646"),
    ("Fracc. Valle de Santa María", "Pesquería", "66655"),
    ("Col. Moderna", "Monterrey", "64530"),
    ("Col. Tierra Propia", "Guadalupe", "67190"),
    ("Fracc. Paseo de las Flores", "Juárez", "67254"),
    ("Col. Lomas de Anáhuac", "San Nicolás de los Garza", "66450"),
)
_NL_STREETS = (
    "Av. Miguel Alemán",
    "Calle Gladiolas",
    "Av. Las Torres",
    "Calle Jacarandas",
    "Calle 5 de Mayo",
)
_MOV = ("08 REINGRESO", "08 ALTA", "02 BAJA", "07 MODIF. SALARIO", "08 ALTA")
_RFC_CHARS = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"

# -- USA
_US_FAMILY = ("Martinez", "Baca", "Montoya", "Gallegos", "Trujillo", "Garcia", "Romero", "Salazar")
_US_GIVEN_M = ("Jose A.", "Robert", "Manuel", "Jesse", "Gilbert", "Anthony")
_US_GIVEN_F = ("Maria", "Angelica", "Veronica", "Cynthia", "Dolores", "Priscilla")
#: (street, city, county, ZIP)
_NM = (
    ("1413 Calle del Ranchero NE", "Albuquerque", "Bernalillo", "87106"),
    ("215 W Griggs Ave", "Las Cruces", "Dona Ana", "88005"),
    ("38 County Road 84", "Chimayo", "Rio Arriba", "87522"),
    ("907 E Pine St", "Deming", "Luna", "88030"),
    ("4 Camino de la Sierra", "Espanola", "Rio Arriba", "87532"),
    ("1120 Agua Fria St", "Santa Fe", "Santa Fe", "87501"),
)
_VENDORS = (
    "PNM",
    "El Paso Electric",
    "NM Gas Company",
    "Kit Carson Electric Coop",
    "Propane (Amerigas)",
)
#: (street, colonia, city, ZIP)
_TX = (
    ("25410 Calle Esperanza", "Cameron Park", "Brownsville", "78526"),
    ("8702 Lucio Rd", "Las Palmas", "Brownsville", "78521"),
    ("31 Ebony Ln", "Olmito", "Olmito", "78575"),
    ("1105 S Tio Ruben St", "Lasana", "San Benito", "78586"),
    ("4680 Pino Dr", "Villa Nueva", "Brownsville", "78520"),
)


def _place(p: Person, table: tuple[tuple[str, ...], ...], salt: int = 1) -> tuple[str, ...]:
    return table[(int(p.bhxh) // (salt * 7 + 3)) % len(table)]


def _mx_names(p: Person) -> tuple[str, str, str]:
    given = _by_sex(p, _NORTE_GIVEN_M, _NORTE_GIVEN_F, 1)
    return _pick(p, _NORTE_FAMILY, 2), _pick(p, _NORTE_FAMILY, 5), given


def _mx_full(p: Person) -> str:
    pat, mat, given = _mx_names(p)
    return f"{given} {pat} {mat}"


def _inner(word: str) -> str:
    return next((ch for ch in word[1:] if ch not in "AEIOU"), "X")


def _curp177(p: Person, state: str) -> str:
    """A CURP: four letters, YYMMDD, sex, state, three inner consonants, a serial, the check."""
    pat, mat, given = (_letters(x) for x in _mx_names(p))
    first = _letters(_mx_names(p)[2].split()[0])
    if first in ("MARIA", "JOSE") and " " in _mx_names(p)[2]:
        given = _letters(_mx_names(p)[2].split()[-1])
    else:
        given = first
    vowel = next((ch for ch in pat[1:] if ch in "AEIOU"), "X")
    serial = str(int(p.bhxh[0])) if p.birth.year < 2000 else "ABCDEFGHIJ"[int(p.bhxh[0])]
    head = f"{pat[0]}{vowel}{mat[0]}{given[0]}{p.birth:%y%m%d}{'H' if p.male else 'M'}{state}"
    head += f"{_inner(pat)}{_inner(mat)}{_inner(given)}{serial}"
    alphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    total = sum(alphabet.index(ch) * (18 - i) for i, ch in enumerate(head))
    return f"{head}{(10 - total % 10) % 10}"


def _rfc177(p: Person) -> str:
    """A person's RFC: the CURP's ten characters, a two-character homoclave and its check."""
    homo = "123456789ABCDEFGHIJKLMNPQRSTUVWXYZ"
    head = _curp177(p, "CH")[:10] + homo[int(p.bhxh[2:5]) % 34] + homo[int(p.bhxh[5:8]) % 34]
    total = sum(_RFC_CHARS.index(ch) * (13 - i) for i, ch in enumerate(head))
    rest = total % 11
    check = "0" if rest == 0 else "A" if 11 - rest == 10 else str(11 - rest)
    return f"{head}{check}"


def _ine177(p: Person, state: str) -> str:
    """An INE clave de elector: a letter and an inner consonant of each name, YYMMDD, the
    state's two digits, H or M and three digits."""
    pat, mat, given = (_letters(x) for x in _mx_names(p))
    return (
        f"{pat[0]}{_inner(pat)}{mat[0]}{_inner(mat)}{given[0]}{_inner(given)}"
        f"{p.birth:%y%m%d}{state}{'H' if p.male else 'M'}{p.bhxh[-3:]}"
    )


def _nss177(p: Person) -> str:
    """An IMSS NSS: subdelegación, year registered, birth year, serial, Luhn digit."""
    registered = min(p.birth.year + 18 + _num(p, 6), 2025)
    return _luhn(f"{_num(p, 50) + 39:02d}{registered % 100:02d}{p.birth:%y}{p.bhxh[-4:]}")


def _mx_phone(p: Person, lada: str) -> str:
    rest = p.phone[len(lada) :]
    if len(lada) == 2:
        return f"{lada} {rest[:4]} {rest[4:]}"
    return f"({lada}) {rest[:3]} {rest[3:]}" if int(p.bhxh) % 2 else f"{lada}{rest}"


def _us_phone(p: Person, areas: tuple[str, ...]) -> str:
    area = _pick(p, areas, 3)
    return f"({area}) {p.phone[3:6]}-{p.phone[6:10]}"


def _us_name(p: Person) -> str:
    given = _by_sex(p, _US_GIVEN_M, _US_GIVEN_F, 1)
    family = _pick(p, _US_FAMILY, 2)
    return f"{family.upper()}, {given.upper()}" if int(p.bhxh) % 3 == 0 else f"{given} {family}"


def _kin_name(p: Person) -> str:
    kin = _pick(p, ("mẹ", "bố", "vợ", "anh trai", "chồng", "chị gái"), 6)
    male = kin in ("bố", "anh trai", "chồng")
    return f"{_other_vn(p, 7, male=male)} ({kin})"


WRITERS_BLIND177: dict[str, Callable[[Person, Col], object]] = {
    # relatives giving DNA samples for martyrs' remains
    "dna_code177": lambda p, c: f"QT-{p.bhxh[-5:]}-{_pick(p, ('TN', 'TN', 'HC'), 2)}",
    "kin177": lambda p, c: _pick(p, _KIN, 3),
    "martyr177": lambda p, c: f"LS {_other_vn(p, 3, male=True)}",
    "martyr_year177": lambda p, c: str(1966 + _num(p, 9)),
    "martyr_unit177": lambda p, c: _pick(p, _MARTYR_UNITS, 4),
    "cemetery177": lambda p, c: _pick(p, _CEMETERIES, 5),
    # victims of unexploded ordnance, Quang Tri
    "addr_qt177": lambda p, c: ", ".join(_place(p, _QT)),
    "spot_qt177": lambda p, c: f"Vườn nhà ông {_other_vn(p, 5, male=True)}, {_place(p, _QT, 2)[0]}",
    "ordnance177": lambda p, c: _pick(p, _ORDNANCE, 2),
    "injury177": lambda p, c: _pick(p, _INJURY, 3),
    "activity177": lambda p, c: _pick(p, _ACTIVITY, 4),
    "support_qt177": lambda p, c: f"{_num(p, 20) * 500_000:,}".replace(",", "."),
    "phone_rel177": lambda p, c: _other_phone(p),
    # food poisoning at a factory canteen
    "line177": lambda p, c: _pick(p, _LINES, 2),
    "company177": lambda p, c: _pick(p, _COMPANIES, 3),
    "onset177": lambda p, c: f"{17 + _num(p, 6)}h{_pick(p, ('00', '15', '30', '45'), 4)}",
    "symptom177": lambda p, c: _pick(p, _SYMPTOMS, 5),
    "hospital177": lambda p, c: _pick(p, _HOSPITALS, 6),
    "food_status177": lambda p, c: _pick(p, _FOOD_STATUS, 7),
    # citizens received back from Cambodia
    "passport177": lambda p, c: f"{'CPN'[int(p.bhxh[1]) % 3]}{p.bhxh[2:9]}",
    "hometown177": lambda p, c: _pick(p, _HOMETOWNS, 2),
    "gate177": lambda p, c: _pick(p, _GATES, 3),
    "compound177": lambda p, c: _pick(p, _COMPOUNDS, 4),
    "trafficking177": lambda p, c: _pick(p, _TRAFFICKING, 5),
    "kin_name177": lambda p, c: _kin_name(p),
    "handover177": lambda p, c: _pick(p, _HANDOVER, 7),
    # Chihuahua: an ejido's agrarian register
    "chih_given177": lambda p, c: _mx_names(p)[2].upper(),
    "chih_family177": lambda p, c: f"{_mx_names(p)[0]} {_mx_names(p)[1]}".upper(),
    "curp_chih177": lambda p, c: _curp177(p, "CH"),
    "sex_hm177": lambda p, c: "H" if p.male else "M",
    "agr_quality177": lambda p, c: _pick(p, _AGR, 3),
    "ejido177": lambda p, c: _place(p, _CHIH)[0],
    "ejido_muni177": lambda p, c: _place(p, _CHIH)[1],
    "parcel_cert177": lambda p, c: f"{p.bhxh[:9]}",
    "area_ha177": lambda p, c: f"{_num(p, 40) + 4}-{_num(p, 99):02d}-{_num(p, 80):02d}",
    "chih_addr177": lambda p, c: (
        f"Domicilio conocido, {_place(p, _CHIH)[0]}, {_place(p, _CHIH)[1]}, Chih., "
        f"C.P. {_place(p, _CHIH)[2]}"
    ),
    "chih_phone177": lambda p, c: _mx_phone(p, _pick(p, ("614", "636", "639", "625"), 4)),
    # Sonora: a fishing permit holder's fishermen
    "son_name177": lambda p, c: _mx_full(p).upper(),
    "curp_son177": lambda p, c: _curp177(p, "SR"),
    "rfc_son177": lambda p, c: _rfc177(p),
    "ine_son177": lambda p, c: _ine177(p, "26"),
    "son_loc177": lambda p, c: _place(p, _SON)[0],
    "son_muni177": lambda p, c: _place(p, _SON)[1],
    "son_cp177": lambda p, c: _place(p, _SON)[2],
    "son_phone177": lambda p, c: _mx_phone(p, _pick(p, ("662", "622", "638"), 4)),
    "coop177": lambda p, c: _pick(p, _COOPS, 3),
    "permit177": lambda p, c: f"PPMSON{p.bhxh[1:6]}{_pick(p, ('-CAM', '-ESC', '-JAI'), 2)}",
    "boat_son177": lambda p, c: (
        f"{_pick(p, ('Don Chuy', 'La Güera', 'Kino II'), 4)} / 2603{p.bhxh[-5:]}"
    ),
    "fishery177": lambda p, c: _pick(p, _FISHERY, 5),
    # Nuevo León: IMSS IDSE movements of a maquiladora
    "reg_pat177": lambda p, c: f"Y{_pick(p, ('54', '60', '58'), 2)}-12345-10-{p.bhxh[-1]}",
    "nss177": lambda p, c: _nss177(p),
    "curp_nl177": lambda p, c: _curp177(p, "NL"),
    "rfc_nl177": lambda p, c: _rfc177(p),
    "nl_pat177": lambda p, c: _letters(_mx_names(p)[0]),
    "nl_mat177": lambda p, c: _letters(_mx_names(p)[1]),
    "nl_given177": lambda p, c: _mx_names(p)[2].upper(),
    "sbc177": lambda p, c: f"{278.80 + _num(p, 600):.2f}",
    "mov177": lambda p, c: _pick(p, _MOV, 3),
    "nl_street177": lambda p, c: f"{_pick(p, _NL_STREETS, 4)} {_num(p, 3000)}".upper(),
    "nl_col177": lambda p, c: _place(p, _NL)[0].upper(),
    "nl_muni177": lambda p, c: _place(p, _NL)[1].upper(),
    "nl_cp177": lambda p, c: _place(p, _NL)[2],
    "nl_phone177": lambda p, c: _mx_phone(p, "81"),
    "umf177": lambda p, c: f"{_pick(p, ('032', '066', '028', '070'), 5)}",
    # New Mexico: LIHEAP applications
    "nm_case177": lambda p, c: f"LI-26-{p.bhxh[-6:]}",
    "nm_name177": lambda p, c: _us_name(p),
    "ssn177": lambda p, c: _ssn(p),
    "nm_dl177": lambda p, c: f"{p.bhxh[1:10]}",
    "nm_street177": lambda p, c: _place(p, _NM)[0],
    "nm_city177": lambda p, c: _place(p, _NM)[1],
    "nm_county177": lambda p, c: _place(p, _NM)[2],
    "nm_state177": lambda p, c: _pick(p, ("NM", "NM", "New Mexico"), 3),
    "nm_zip177": lambda p, c: _place(p, _NM)[3],
    "nm_phone177": lambda p, c: _us_phone(p, ("505", "575")),
    "hh177": lambda p, c: str(_num(p, 7)),
    "income177": lambda p, c: f"${900 + _num(p, 300) * 7:,}.00",
    "vendor177": lambda p, c: _pick(p, _VENDORS, 4),
    "benefit177": lambda p, c: f"${_pick(p, ('300', '450', '600', '1,000'), 5)}.00",
    # Texas border: colonia water and wastewater hookups
    "tx_app177": lambda p, c: f"CC-CWH-{p.bhxh[-4:]}",
    "tx_name177": lambda p, c: _us_name(p),
    "tx_sex177": lambda p, c: _pick(p, ("M", "Male / Masculino")) if p.male else "F",
    "tx_dl177": lambda p, c: f"{int(p.bhxh[2]) % 5}{p.bhxh[3:10]}",
    "tx_addr177": lambda p, c: f"{_place(p, _TX)[0]}, {_place(p, _TX)[2]}, TX {_place(p, _TX)[3]}",
    "tx_colonia177": lambda p, c: _place(p, _TX)[1],
    "tx_mail177": lambda p, c: f"PO Box {_num(p, 9000)}, {_place(p, _TX)[2]}, TX",
    "tx_phone177": lambda p, c: _us_phone(p, ("956",)),
    "lot177": lambda p, c: f"Lot {_num(p, 40)}, Blk {_num(p, 12)}",
    "tx_income177": lambda p, c: f"${12000 + _num(p, 400) * 60:,}/yr",
    "tx_contact177": lambda p, c: f"{_pick(p, _US_GIVEN_F, 4)} {_pick(p, _US_FAMILY, 6)} (hija)",
}
