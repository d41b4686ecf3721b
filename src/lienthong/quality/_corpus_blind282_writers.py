"""How the people of the two-hundred-and-eighty-second part of the outside corpus (**blind 282**,
:mod:`lienthong.quality._corpus_blind282`) are written: four Vietnamese files' own columns (a
bonsai at a spring flower show, a candidate for professor, an arts college's aptitude test, a
household's land given to widen a village road) and the names, places, phones and numbers of the
Caribbean coast of Central America and Colombia in the forms their registers show (Belize's
social security number, Honduras's DNI ``0901-1978-00345``, Nicaragua's cédula with its check
letter of the thirteen digits mod 23, Costa Rica's cédula ``7-0123-0456`` whose first digit is
the province of birth, a Colombian cédula de ciudadanía written with or without its dots)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind23_writers import _NI_LETTERS
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: bonsai shown at a spring flower show ------------------------------------------------
_VN_BONSAI_KIND = ("Sanh", "Si", "Tùng La Hán", "Mai chiếu thủy", "Linh sam", "Lộc vừng", "Duối")
_VN_BONSAI_STYLE = ("Trực", "Xiêm", "Huyền", "Văn nhân", "Thác đổ", "Bonsai lũa", "Long")
_VN_BONSAI_TITLE = ("Long Phụng Sum Vầy", "Thế Đứng Đầu Làng", "Hồn Quê", "Mẫu Tử", "Phú Quý")
_VN_BONSAI_CLUB = ("CLB SVC phường Tân Thịnh", "Chi hội SVC xã Vạn Phúc", "CLB Bonsai Hồng Hà")
_VN_BONSAI_PRIZE = ("", "", "Giải A", "Giải B", "Giải C", "Khuyến khích", "")
# -- Vietnam: candidates for professor / associate professor -------------------------------------
_VN_GS_UNIT = (
    "Trường ĐH Bách khoa",
    "Trường ĐH Y Dược",
    "Viện Hàn lâm KH&CN VN",
    "Học viện Nông nghiệp VN",
)
_VN_GS_FIELD = ("Cơ khí - Động lực", "Y học", "Hóa học - CN thực phẩm", "Kinh tế", "Nông nghiệp")
_VN_GS_VOTES = ("15/15", "14/15", "13/15", "12/15", "9/15", "15/15")
# -- Vietnam: an arts college's aptitude tests ---------------------------------------------------
_VN_NK_MAJOR = ("Thanh nhac", "Mua", "Bieu dien nhac cu truyen thong", "Dien vien kich - dien anh")
_VN_NK_SCHOOL = (
    "THPT Chu Van An",
    "THPT Le Quy Don",
    "THPT Tran Phu",
    "Tu do (da TN)",
    "THPT Nguyen Du",
)
_VN_NK_RESULT = ("Dat", "Dat", "Khong dat", "Vang thi", "Dat")
# -- Vietnam: households giving land to widen a village road -------------------------------------
_VN_HD_ASSETS = (
    "Tường rào gạch 12m",
    "Cổng + 2 cây nhãn",
    "Không",
    "Rãnh thoát nước",
    "Bờ rào cây xanh",
)
_VN_HD_ROAD = (
    "Đường trục thôn Đông",
    "ĐH.12 đoạn cầu Đá - chợ",
    "Ngõ xóm Trại",
    "Đường liên thôn 3-5",
)
_VN_HD_HAMLET = ("Thôn Đông", "Thôn Trại", "Xóm Chùa", "Thôn Thượng", "Xóm Mới")

# -- Belize: tour guides licensed by the Belize Tourism Board -------------------------------------
_BZ_FAMILY = ("Young", "Tillett", "Usher", "Gillett", "Flowers", "Neal", "Staine", "Cadle", "Jex")
_BZ_GIVEN_M = ("Dwayne", "Kenrick", "Mervin", "Delroy", "Allan", "Shane", "Elroy", "Orlando")
_BZ_GIVEN_F = ("Shanice", "Keisha", "Marisol", "Dorla", "Tanya", "Ruthie", "Sharlene")
#: (home address, district)
_BZ_PLACES = (
    ("12 Hydes Lane, Belize City", "Belize"),
    ("Coconut Drive, San Pedro Town, Ambergris Caye", "Belize"),
    ("Front Street, Caye Caulker Village", "Belize"),
    ("45 Burns Avenue, San Ignacio Town", "Cayo"),
    ("7 St. Vincent Street, Dangriga Town", "Stann Creek"),
    ("Placencia Village, Stann Creek", "Stann Creek"),
    ("22 Mahogany Street Extension, Belize City", "Belize"),
    ("Main Street, Punta Gorda Town", "Toledo"),
)
_BZ_LANG = (
    "English, Kriol",
    "English, Kriol, Spanish",
    "English, Garifuna, Kriol",
    "English, Spanish",
)
_BZ_CAT = ("Tour Guide (General)", "Dive Guide", "Fly Fishing Guide", "Cave Guide", "Birding Guide")
_BZ_AREA = ("Ambergris Caye", "Caye Caulker", "Cayo District", "Placencia", "Belize City (Cruise)")
_BZ_OPERATOR = (
    "Self-employed",
    "Searious Adventures",
    "Ecologic Divers",
    "Caves Branch",
    "Ocean Tours",
)
_BZ_REMARK = ("", "", "Renewed", "New applicant", "Pending First Aid", "")

# -- Honduras: lobster divers of the Mosquitia and the Bay Islands --------------------------------
#: (DNI municipality, department, municipality, home address, people)
_HN_PLACES = (
    ("0901", "Gracias a Dios", "Puerto Lempira", "Bo. El Centro, Puerto Lempira", "Miskitu"),
    ("0901", "Gracias a Dios", "Puerto Lempira", "Comunidad de Kaukira, Puerto Lempira", "Miskitu"),
    ("0902", "Gracias a Dios", "Brus Laguna", "Bo. Nueva Jerusalén, Brus Laguna", "Miskitu"),
    ("0903", "Gracias a Dios", "Ahuas", "Aldea Paptalaya, Ahuas", "Miskitu"),
    ("0206", "Colón", "Iriona", "Aldea Sangrelaya, Iriona", "Garífuna"),
    ("1101", "Islas de la Bahía", "Roatán", "Punta Gorda, Roatán", "Garífuna"),
    ("1101", "Islas de la Bahía", "Roatán", "Flowers Bay, West End Road, Roatán", "Isleño"),
    ("1102", "Islas de la Bahía", "Guanaja", "Bonacca Cay, Guanaja", "Isleño"),
)
_HN_FAMILY = {
    "Miskitu": ("Wood", "Haylock", "Bans", "Zelaya", "Kittle", "Cunningham", "Bendles", "Lackwood"),
    "Garífuna": ("Álvarez", "Bernárdez", "Güity", "Sambulá", "Arzú", "Norales", "Cacho", "Suazo"),
    "Isleño": ("Bodden", "Ebanks", "McNab", "Jackson", "Connor", "Woods", "Hyde", "Borden"),
}
_HN_GIVEN_M = ("Wilmer", "Denis", "Lenin", "Alcides", "Ronaldo", "Josué", "Elvin", "Kelvin")
_HN_GIVEN_F = ("Marlene", "Yesenia", "Dilcia", "Nelsy", "Glenda", "Sonia", "Ruth")
_HN_BOATS = ("B/P Capitán Lee", "B/P Miss Wendy", "B/P Lady Kattia", "B/P Sea Hunter II")
_HN_BENDS = ("No", "No", "Sí - secuelas leves", "No", "Sí - paraplejía", "Sí - recuperado")
_HN_NOTES = ("", "Afiliado AMHBLI", "", "Cambió a pesca con nasa", "Sin carné vigente", "")

# -- Nicaragua: the Rama and Kriol territory's community census -----------------------------------
#: (cédula municipality, community, home address, territory, people)
_NI_PLACES = (
    ("601", "Bluefields", "Barrio Beholden, Bluefields", "Rama y Kriol", "Creole"),
    ("601", "Bluefields", "Barrio Old Bank, Bluefields", "Rama y Kriol", "Creole"),
    ("601", "Rama Cay", "Sector sur, Rama Cay", "Rama y Kriol", "Rama"),
    ("601", "Monkey Point", "Casa 6, Monkey Point", "Rama y Kriol", "Creole"),
    ("607", "Orinoco", "Orinoco, Laguna de Perlas", "Laguna de Perlas", "Garífuna"),
    ("606", "Corn Island", "South End, Corn Island", "Corn Island", "Creole"),
    ("611", "Bilwi", "Barrio Moravo, Bilwi", "Twi Waupasa", "Miskitu"),
)
_NI_FAMILY = {
    "Creole": ("Hodgson", "Downs", "Cuthbert", "Bent", "Forbes", "Hooker", "Howell", "Omier"),
    "Rama": ("McCrea", "Daniels", "Beckford", "Thomas", "Ortiz", "McElroy"),
    "Garífuna": ("Sambola", "Martínez", "Sandino", "Lacayo", "Cayasso"),
    "Miskitu": ("Coleman", "Fagoth", "Rivera", "Mercado", "Chow", "Müller"),
}
_NI_GIVEN_M = ("Dexter", "Leroy", "Calvin", "Dudley", "Allen", "Winston", "Brooklyn")
_NI_GIVEN_F = ("Nora", "Shirlene", "Glenda", "Merlin", "Dolene", "Ingrid", "Hazel")
_NI_LANG = {"Creole": "Kriol", "Rama": "Rama / Kriol", "Garífuna": "Kriol", "Miskitu": "Miskitu"}
_NI_KIN = ("Jefe(a)", "Esposa(o)", "Hijo(a)", "Nieto(a)", "Hermano(a)", "Jefe(a)")
_NI_JOB = ("Pescador", "Ama de casa", "Agricultor", "Estudiante", "Comerciante", "Marinero")
_NI_NOTES = ("", "", "Reside temporalmente en Managua", "Miembro de asamblea comunal", "")

# -- Costa Rica: family housing bonus applicants in Limón -----------------------------------------
#: (canton, district, other directions)
_CR_PLACES = (
    ("Limón", "Limón", "Barrio Cieneguita, 200 m sur de la escuela"),
    ("Limón", "Valle La Estrella", "Pandora, frente a la plaza de deportes"),
    ("Talamanca", "Cahuita", "Playa Negra, casa 14, portón verde"),
    ("Talamanca", "Sixaola", "Paraíso, 100 m oeste del EBAIS"),
    ("Siquirres", "Pacuarito", "Cimarrones, contiguo a la iglesia"),
    ("Matina", "Batán", "Finca 6, casa amarilla"),
    ("Pococí", "Guápiles", "Urb. Toro Amarillo, casa 7-B"),
)
_CR_FAMILY = ("Brown", "Campbell", "McLean", "Reid", "Forbes", "Wright", "Gordon", "Bennett")
_CR_FAMILY2 = ("Barrett", "Williams", "Salazar", "Mora", "Quesada", "Chavarría", "Johnson")
_CR_GIVEN_M = ("Errol", "Wesley", "Lloyd", "Randall", "Keneth", "Minor", "Harold")
_CR_GIVEN_F = ("Marva", "Cynthia", "Yolanda", "Sherley", "Kattia", "Marjorie", "Ivannia")
_CR_CIVIL = ("Soltero(a)", "Casado(a)", "Unión libre", "Divorciado(a)", "Viudo(a)")
_CR_PROG = ("Ordinario", "Artículo 59", "Extrema necesidad", "RAMT", "Adulto mayor")
_CR_STATUS = ("Formalizado", "En análisis", "Aprobado BANHVI", "Rechazado", "Devuelto a EA")

# -- Colombia: OCCRE residence cards on San Andrés and Providencia --------------------------------
#: (island, sector, address)
_SAI_PLACES = (
    ("San Andrés", "Sarie Bay", "Sarie Bay, Casa 23"),
    ("San Andrés", "Natania", "Barrio Natania, Cra. 11 # 4-56"),
    ("San Andrés", "La Loma", "La Loma, Sector Barrack, Casa 7"),
    ("San Andrés", "San Luis", "San Luis, Sector Elsy Bar, Km 8"),
    ("San Andrés", "North End", "North End, Av. Colombia # 1-20"),
    ("Providencia", "Santa Isabel", "Santa Isabel, Casa 4, Providencia"),
    ("Providencia", "Bottom House", "Bottom House, Casa 11, Providencia"),
)
_SAI_FAMILY = ("Archbold", "Bent", "Bowie", "Britton", "Hawkins", "Howard", "Livingston", "Newball")
_SAI_FAMILY2 = ("Pomare", "Robinson", "Stephens", "Taylor", "Hooker", "Corpus", "Pusey", "Duffis")
_SAI_GIVEN_M = ("Kent", "Rudy", "Harrington", "Lenny", "Glenroy", "Cecil", "Oakley")
_SAI_GIVEN_F = ("Ofelia", "Marlene", "Dilia", "Corine", "Hazel", "Edna", "Josefina")
_SAI_KIND = ("Raizal", "Raizal", "Residente permanente", "Raizal", "Residente temporal")
_SAI_BORN = ("San Andrés", "San Andrés", "Providencia", "Cartagena", "Barranquilla")
_SAI_STATUS = ("Vigente", "Vigente", "Duplicado", "Vencida", "En trámite")


def _bz_place(p: Person) -> tuple[str, str]:
    return _BZ_PLACES[int(p.bhxh) // 7 % len(_BZ_PLACES)]


def _bz_phone(p: Person) -> str:
    line = f"{_pick(p, ('6', '6', '6', '2'), 3)}{p.bhxh[-6:-4]}-{p.bhxh[-4:]}"
    return f"+501 {line}" if _num(p, 3) == 2 else line


def _hn_place(p: Person) -> tuple[str, str, str, str, str]:
    return _HN_PLACES[int(p.bhxh) // 11 % len(_HN_PLACES)]


def _hn_dni(p: Person) -> str:
    """A Honduran DNI: the municipality of registration, the birth year and a serial."""
    dni = f"{_hn_place(p)[0]}-{p.birth.year}-{p.bhxh[-5:]}"
    return dni.replace("-", "") if _num(p, 4) == 3 else dni


def _hn_phone(p: Person) -> str:
    line = f"{_pick(p, ('9', '8', '3', '9'), 5)}{p.bhxh[-7:-4]}-{p.bhxh[-4:]}"
    return f"+504 {line}" if _num(p, 5) == 1 else line


def _hn_name(p: Person) -> str:
    family = _HN_FAMILY[_hn_place(p)[4]]
    given = _by_sex(p, _HN_GIVEN_M, _HN_GIVEN_F, 2)
    return f"{given} {_pick(p, family, 3)} {_pick(p, family, 4)}"


def _ni_place(p: Person) -> tuple[str, str, str, str, str]:
    return _NI_PLACES[int(p.bhxh) // 13 % len(_NI_PLACES)]


def _ni_cedula(p: Person) -> str:
    """``601-150385-0012A``: municipality, ``ddmmyy`` birth date, serial, letter mod 23."""
    body = f"{_ni_place(p)[0]}{p.birth:%d%m%y}{p.bhxh[-4:]}"
    letter = _NI_LETTERS[int(body) % 23]
    if _num(p, 6) == 4:
        return f"{body}{letter}"
    return f"{body[:3]}-{body[3:9]}-{body[9:]}{letter}"


def _ni_name(p: Person, salt: int = 0) -> str:
    family = _NI_FAMILY[_ni_place(p)[4]]
    given = _by_sex(p, _NI_GIVEN_M, _NI_GIVEN_F, 2 + salt)
    return f"{given} {_pick(p, family, 3 + salt)} {_pick(p, family, 5 + salt)}"


def _ni_phone(p: Person) -> str:
    line = f"{_pick(p, ('8', '5', '8', '7'), 6)}{p.bhxh[-7:-4]} {p.bhxh[-4:]}"
    return f"+505 {line}" if _num(p, 7) == 3 else line


def _cr_place(p: Person) -> tuple[str, str, str]:
    return _CR_PLACES[int(p.bhxh) // 17 % len(_CR_PLACES)]


def _cr_cedula(p: Person, salt: int = 0) -> str:
    """A Costa Rican cédula: the province of birth (Limón is 7), a tome and an entry."""
    province = _pick(p, ("7", "7", "7", "1", "3", "9"), 7 + salt)
    tome, entry = int(p.bhxh[1:5]) % 900 + 50, int(p.bhxh[-4:]) + salt
    if _num(p, 8) == 5:
        return f"{province}{tome:04d}{entry % 10000:04d}"
    return f"{province}-{tome:04d}-{entry % 10000:04d}"


def _cr_phone(p: Person) -> str:
    lead = _pick(p, ("8", "8", "7", "6", "2758", "2755"), 8)
    body = f"{lead}{p.bhxh[-7:]}"[:8]
    return f"{body[:4]}-{body[4:]}" if _num(p, 9) != 2 else f"+506 {body[:4]} {body[4:]}"


def _sai_place(p: Person) -> tuple[str, str, str]:
    return _SAI_PLACES[int(p.bhxh) // 19 % len(_SAI_PLACES)]


def _sai_cc(p: Person) -> str:
    """A cédula de ciudadanía: an island series by sex for the older, a NUIP for the young."""
    tail = int(p.bhxh[-5:])
    if p.birth.year < 1985:
        number = (15_240_000 if p.male else 40_980_000) + tail % 20_000
    else:
        number = 1_123_620_000 + tail
    return f"{number:,}".replace(",", ".") if _num(p, 3) == 1 else str(number)


def _sai_phone(p: Person) -> str:
    if _num(p, 10) == 7:
        return f"(608) 512 {p.bhxh[-4:]}"
    mobile = f"3{_pick(p, ('15', '16', '17', '18', '00', '01'), 9)} {p.bhxh[-7:-4]} {p.bhxh[-4:]}"
    return f"+57 {mobile}" if _num(p, 11) == 4 else mobile


WRITERS_BLIND282: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: bonsai at a spring flower show
    "bonsai_title282": lambda p, c: _pick(p, _VN_BONSAI_TITLE, 2),
    "bonsai_kind282": lambda p, c: _pick(p, _VN_BONSAI_KIND, 3),
    "bonsai_style282": lambda p, c: _pick(p, _VN_BONSAI_STYLE, 4),
    "bonsai_height282": lambda p, c: str(40 + _num(p, 130)),
    "bonsai_age282": lambda p, c: f"{10 + _num(p, 60)}",
    "bonsai_club282": lambda p, c: _pick(p, _VN_BONSAI_CLUB, 5),
    "bonsai_tag282": lambda p, c: f"SVC-{_num(p, 300):03d}",
    "bonsai_prize282": lambda p, c: _pick(p, _VN_BONSAI_PRIZE, 6),
    # Vietnam: candidates for professor
    "gs_unit282": lambda p, c: _pick(p, _VN_GS_UNIT, 2),
    "gs_field282": lambda p, c: _pick(p, _VN_GS_FIELD, 3),
    "gs_title282": lambda p, c: "PGS" if _num(p, 4) != 1 else "GS",
    "gs_phd282": lambda p, c: str(max(p.birth.year + 27, 1995) + _num(p, 12) % 10),
    "gs_papers282": lambda p, c: str(2 + _num(p, 25)),
    "gs_points282": lambda p, c: f"{7 + _num(p, 30)},{p.bhxh[-2:]}",
    "gs_votes282": lambda p, c: _pick(p, _VN_GS_VOTES, 5),
    # Vietnam: an arts college's aptitude tests
    "nk_sbd282": lambda p, c: f"NK{_num(p, 900):04d}",
    "nk_parent282": lambda p, c: _other_vn(p, 3),
    "nk_parent_phone282": lambda p, c: _other_phone(p),
    "nk_major282": lambda p, c: _pick(p, _VN_NK_MAJOR, 2),
    "nk_school282": lambda p, c: _pick(p, _VN_NK_SCHOOL, 3),
    "nk_s1_282": lambda p, c: f"{4 + _num(p, 6)},{_pick(p, ('0', '5', '25', '75'), 4)}",
    "nk_s2_282": lambda p, c: f"{3 + _num(p, 7)},{_pick(p, ('0', '5'), 5)}",
    "nk_result282": lambda p, c: _pick(p, _VN_NK_RESULT, 6),
    # Vietnam: land given to widen a village road
    "hd_hamlet282": lambda p, c: _pick(p, _VN_HD_HAMLET, 2),
    "hd_parcel282": lambda p, c: str(_num(p, 600)),
    "hd_sheet282": lambda p, c: str(_num(p, 45)),
    "hd_area282": lambda p, c: f"{5 + _num(p, 80)},{p.bhxh[-1]}",
    "hd_front282": lambda p, c: f"{3 + _num(p, 40)}",
    "hd_assets282": lambda p, c: _pick(p, _VN_HD_ASSETS, 3),
    "hd_road282": lambda p, c: _pick(p, _VN_HD_ROAD, 4),
    # Belize: tour guide licences
    "bz_lic282": lambda p, c: f"TG-{p.other_date.year}-{_num(p, 900):04d}",
    "bz_family282": lambda p, c: _pick(p, _BZ_FAMILY, 2),
    "bz_given282": lambda p, c: _by_sex(p, _BZ_GIVEN_M, _BZ_GIVEN_F, 3),
    "bz_ssn282": lambda p, c: f"{int(p.bhxh[-9:]) % 900_000 + 100_000}",
    "bz_addr282": lambda p, c: _bz_place(p)[0],
    "bz_dist282": lambda p, c: _bz_place(p)[1],
    "bz_phone282": lambda p, c: _bz_phone(p),
    "bz_lang282": lambda p, c: _pick(p, _BZ_LANG, 4),
    "bz_cat282": lambda p, c: _pick(p, _BZ_CAT, 5),
    "bz_area282": lambda p, c: _pick(p, _BZ_AREA, 6),
    "bz_operator282": lambda p, c: _pick(p, _BZ_OPERATOR, 7),
    "bz_expiry282": lambda p, c: f"{_shift_date(p.other_date, 1):%d/%m/%Y}",
    "bz_remark282": lambda p, c: _pick(p, _BZ_REMARK, 8),
    # Honduras: lobster divers
    "hn_name282": lambda p, c: _hn_name(p),
    "hn_dni282": lambda p, c: _hn_dni(p),
    "hn_sex282": lambda p, c: "M" if p.male else "F",
    "hn_people282": lambda p, c: _hn_place(p)[4],
    "hn_addr282": lambda p, c: _hn_place(p)[3],
    "hn_muni282": lambda p, c: _hn_place(p)[2],
    "hn_dept282": lambda p, c: _hn_place(p)[1],
    "hn_phone282": lambda p, c: _hn_phone(p),
    "hn_boat282": lambda p, c: _pick(p, _HN_BOATS, 2),
    "hn_captain282": lambda p, c: f"Capt. {_pick(p, _HN_FAMILY['Isleño'], 6)}",
    "hn_years282": lambda p, c: str(1 + _num(p, 25)),
    "hn_bends282": lambda p, c: _pick(p, _HN_BENDS, 4),
    "hn_card282": lambda p, c: f"DGP-GD-{_num(p, 800):04d}",
    "hn_note282": lambda p, c: _pick(p, _HN_NOTES, 5),
    # Nicaragua: the Rama and Kriol territory's census
    "ni_name282": lambda p, c: _ni_name(p),
    "ni_ced282": lambda p, c: _ni_cedula(p),
    "ni_sex282": lambda p, c: "Hombre" if p.male else "Mujer",
    "ni_ethnic282": lambda p, c: _ni_place(p)[4],
    "ni_lang282": lambda p, c: _NI_LANG[_ni_place(p)[4]],
    "ni_comm282": lambda p, c: _ni_place(p)[1],
    "ni_terr282": lambda p, c: _ni_place(p)[3],
    "ni_addr282": lambda p, c: _ni_place(p)[2],
    "ni_head282": lambda p, c: _ni_name(p, 3),
    "ni_kin282": lambda p, c: _pick(p, _NI_KIN, 4),
    "ni_years282": lambda p, c: str(1 + _num(p, 50)),
    "ni_job282": lambda p, c: _pick(p, _NI_JOB, 5),
    "ni_phone282": lambda p, c: _ni_phone(p),
    "ni_censor282": lambda p, c: _pick(p, ("R. McCrea", "E. Hodgson", "J. Omier"), 6),
    "ni_note282": lambda p, c: _pick(p, _NI_NOTES, 7),
    # Costa Rica: family housing bonus in Limón
    "cr_exp282": lambda p, c: f"EA-{p.other_date.year}-{_num(p, 900):04d}",
    "cr_ced282": lambda p, c: _cr_cedula(p),
    "cr_given282": lambda p, c: _by_sex(p, _CR_GIVEN_M, _CR_GIVEN_F, 2),
    "cr_fam1_282": lambda p, c: _pick(p, _CR_FAMILY, 3),
    "cr_fam2_282": lambda p, c: _pick(p, _CR_FAMILY2, 4),
    "cr_civil282": lambda p, c: _pick(p, _CR_CIVIL, 5),
    "cr_spouse282": lambda p, c: (
        ""
        if _num(p, 4) == 2
        else f"{_by_sex(p, _CR_GIVEN_F, _CR_GIVEN_M, 6)} {_pick(p, _CR_FAMILY2, 7)}"
    ),
    "cr_spouse_id282": lambda p, c: "" if _num(p, 4) == 2 else _cr_cedula(p, 3),
    "cr_prov282": lambda p, c: "Limón" if _num(p, 7) != 3 else "LIMON",
    "cr_canton282": lambda p, c: _cr_place(p)[0],
    "cr_dist282": lambda p, c: _cr_place(p)[1],
    "cr_senas282": lambda p, c: _cr_place(p)[2],
    "cr_phone282": lambda p, c: _cr_phone(p),
    "cr_income282": lambda p, c: f"₡{(180 + _num(p, 400)) * 1000:,}".replace(",", " "),
    "cr_prog282": lambda p, c: _pick(p, _CR_PROG, 6),
    "cr_amount282": lambda p, c: f"₡{(7_500 + _num(p, 90) * 100) * 1000:,}".replace(",", " "),
    "cr_status282": lambda p, c: _pick(p, _CR_STATUS, 7),
    # Colombia: OCCRE residence cards
    "sai_card282": lambda p, c: f"OCCRE-{_num(p, 900):03d}{p.bhxh[-4:]}",
    "sai_family282": lambda p, c: f"{_pick(p, _SAI_FAMILY, 2)} {_pick(p, _SAI_FAMILY2, 3)}",
    "sai_given282": lambda p, c: _by_sex(p, _SAI_GIVEN_M, _SAI_GIVEN_F, 4),
    "sai_doctype282": lambda p, c: "CC",
    "sai_cc282": lambda p, c: _sai_cc(p),
    "sai_born282": lambda p, c: _pick(p, _SAI_BORN, 5),
    "sai_sex282": lambda p, c: "M" if p.male else "F",
    "sai_kind282": lambda p, c: _pick(p, _SAI_KIND, 6),
    "sai_addr282": lambda p, c: _sai_place(p)[2],
    "sai_sector282": lambda p, c: _sai_place(p)[1],
    "sai_island282": lambda p, c: _sai_place(p)[0],
    "sai_phone282": lambda p, c: _sai_phone(p),
    "sai_parent282": lambda p, c: (
        f"{_by_sex(p, _SAI_GIVEN_F, _SAI_GIVEN_M, 7)} {_pick(p, _SAI_FAMILY, 2)}"
    ),
    "sai_status282": lambda p, c: _pick(p, _SAI_STATUS, 7),
}

__all__ = ["WRITERS_BLIND282"]
