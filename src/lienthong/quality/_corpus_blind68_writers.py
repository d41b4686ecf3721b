"""How the people of the sixty-eighth part of the outside corpus (**blind 68**,
:mod:`lienthong.quality._corpus_blind68`) are written: four Vietnamese files' own columns (a
registered dog's or cat's name, breed and rabies shot, a farmer's crop and training course, a
veteran's years in the army, rank and unit, a job seeker's wish, last employer and benefit
decision) and Rwandan, Zambian, Ecuadorian, South African and Timorese names, addresses, phones
and identity numbers in the forms their cards show (the Ecuadorian cédula's mod-10 digit and the
South African ID's Luhn digit are real; the Rwandan ID carries the birth year, the Zambian NRC
its district; the Timorese electoral card publishes no check), so that each file reads like the
one its office really keeps."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind19_writers import _nid_rw
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind63_writers import _sa_id

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

#: (species, breed): a ward's dogs outnumber its cats
_VN_PETS = (
    ("Chó", "Chó ta"),
    ("Chó", "Phốc sóc (Pomeranian)"),
    ("Mèo", "Mèo ta"),
    ("Chó", "Poodle"),
    ("Chó", "Husky Sibir"),
    ("Mèo", "Mèo Anh lông ngắn"),
    ("Chó", "Corgi"),
    ("Chó", "Chó Phú Quốc"),
    ("Mèo", "Mèo Ba Tư"),
)
_VN_PET_NAMES = ("Vàng", "Mực", "Lu", "Ki", "Milo", "Bông", "Mimi", "Cún", "Na", "Lucky", "Su")
_VN_COATS = ("Vàng", "Đen", "Trắng", "Vện", "Nâu đỏ", "Tam thể", "Xám tro")
_VN_CROPS = ("Lúa", "Ngô lai", "Cà phê", "Hồ tiêu", "Rau an toàn", "Chè", "Cây có múi")
_VN_COURSES = (
    "Kỹ thuật canh tác lúa theo SRI",
    "Quản lý dịch hại tổng hợp (IPM)",
    "Sản xuất rau theo VietGAP",
    "Tái canh cà phê",
    "Bón phân cân đối, hợp lý",
    "Ghép cải tạo cây ăn quả",
)
_VN_TRAINERS = (
    "KS. Trần Văn Hậu (TT DVNN huyện)",
    "ThS. Nguyễn Thị Hoa (Viện KHKT NLN Tây Nguyên)",
    "KS. Lê Minh Tuấn (Chi cục TT&BVTV)",
    "Phạm Đức Long (khuyến nông viên xã)",
)
_VN_VILLAGES = (
    "Thôn 2, Xã Ea Tu, TP. Buôn Ma Thuột, Tỉnh Đắk Lắk",
    "Thôn Tân Lập, Xã Hòa Thắng, TP. Buôn Ma Thuột, Tỉnh Đắk Lắk",
    "Buôn Kô Tam, Xã Ea Tu, TP. Buôn Ma Thuột, Tỉnh Đắk Lắk",
    "Thôn 7, Xã Cư Ê Bur, TP. Buôn Ma Thuột, Tỉnh Đắk Lắk",
)
_VN_RANKS = ("Binh nhất", "Hạ sĩ", "Trung sĩ", "Thượng sĩ", "Thiếu úy", "Trung úy", "Đại úy")
_VN_UNITS = (
    "Trung đoàn 24, Sư đoàn 10, Quân đoàn 3",
    "Sư đoàn 304",
    "Lữ đoàn 147 Hải quân",
    "Bộ CHQS tỉnh Quảng Nam",
    "Trung đoàn 66, Sư đoàn 304",
    "Bộ đội Biên phòng tỉnh Hà Giang",
)
_VN_BRANCHES = ("Chi hội Khu phố 1", "Chi hội Khu phố 3", "Chi hội Phường 5", "Chi hội Ấp Chánh")
_VN_POLICIES = ("", "Thương binh 4/4", "", "Nhiễm CĐHH", "Hưởng trợ cấp 1 lần", "")
_VN_HOMETOWNS = ("Nghệ An", "Thanh Hóa", "Thái Bình", "Hà Tĩnh", "Quảng Ngãi", "Nam Định")
_VN_EDU = ("12/12", "9/12", "12/12", "Đại học", "Cao đẳng")
_VN_SKILLS = ("LĐPT", "Sơ cấp nghề", "Trung cấp", "Cao đẳng", "Đại học")
_VN_JOBS = (
    "Công nhân may",
    "Nhân viên kho",
    "Lái xe nâng",
    "Kế toán tổng hợp",
    "Bảo vệ",
    "Công nhân điện tử",
)
#: (the former employer, its address): a factory in an industrial park, not the person's home
_VN_EMPLOYERS = (
    ("Cty TNHH Pouyuen VN", "D10/89Q QL1A, P. Tân Tạo, Q. Bình Tân, TP.HCM"),
    ("Cty CP May Việt Tiến", "07 Lê Minh Xuân, P. 7, Q. Tân Bình, TP.HCM"),
    ("Cty TNHH Nidec VN", "Lô I-3, KCN Tân Thuận, Q. 7, TP.HCM"),
    ("Cty TNHH Changshin VN", "KCN Thạnh Phú, H. Vĩnh Cửu, T. Đồng Nai"),
)
_VN_REASONS = ("Hết hạn HĐLĐ", "Cty cắt giảm LĐ", "Đơn phương chấm dứt HĐ", "Thỏa thuận chấm dứt")

_RW_FAMILY = ("Uwimana", "Niyonzima", "Mukamana", "Habimana", "Nsengiyumva", "Uwase", "Mugisha")
_RW_GIVEN_M = ("Jean Claude", "Emmanuel", "Eric", "Théogène", "Innocent", "Jean de Dieu")
_RW_GIVEN_F = ("Marie Claire", "Vestine", "Solange", "Alphonsine", "Claudine", "Jeannette")
#: (akarere / district, umurenge / sector, akagari, umudugudu)
_RW_PLACES = (
    ("Nyamagabe", "Gasaka", "Nyamugari", "Kigeme"),
    ("Nyamagabe", "Tare", "Gasarenda", "Rususa"),
    ("Nyaruguru", "Kibeho", "Mpanda", "Gakoma"),
    ("Gisagara", "Save", "Gatoki", "Rwanza"),
    ("Nyaruguru", "Ruramba", "Giseke", "Nyarurambi"),
)
_ZM_FAMILY = ("Banda", "Phiri", "Mwale", "Tembo", "Zulu", "Mulenga", "Chanda", "Mwansa")
_ZM_GIVEN_M = ("Joseph", "Mwila", "Chileshe", "Bwalya", "Kelvin", "Lubinda")
_ZM_GIVEN_F = ("Mutinta", "Natasha", "Chipo", "Beatrice", "Mwaka", "Precious")
#: (NRC district code, address with {n}, township or compound, town)
_ZM_PLACES = (
    ("10", "House No. {n}, Kanyama Compound", "Kanyama", "Lusaka"),
    ("10", "Plot {n}, Chilenje South", "Chilenje", "Lusaka"),
    ("10", "H/No. {n}, George Compound", "George", "Lusaka"),
    ("61", "Plot {n}, Chimwemwe Township", "Chimwemwe", "Kitwe"),
    ("31", "House {n}, Chipulukusu Compound", "Chipulukusu", "Ndola"),
)
_ZM_TRADES = ("Vegetables", "Salaula (2nd hand clothes)", "Kapenta & fish", "Tailoring", "Talktime")
_EC_FAMILY = ("Guamán", "Quispe", "Zambrano", "Cedeño", "Chiluisa", "Vera", "Mendoza", "Toapanta")
_EC_GIVEN_M = ("Luis Alberto", "Segundo Manuel", "Jorge Washington", "Byron", "Kléver")
_EC_GIVEN_F = ("María Dolores", "Mayra Alexandra", "Rosa Elvira", "Jessica", "Nelly Patricia")
#: (province code of the cédula, provincia, cantón, parroquia, dirección)
_EC_PLACES = (
    ("17", "Pichincha", "Quito", "Chillogallo", "Calle S28 Oe5-122 y Av. Mariscal Sucre"),
    ("17", "Pichincha", "Quito", "Calderón", "Av. Carapungo N3-45 y Calle Padre L. Vaccari"),
    ("09", "Guayas", "Guayaquil", "Ximena", "Guasmo Sur, Coop. Unión de Bananeros Mz. 12 V. 8"),
    ("13", "Manabí", "Portoviejo", "Andrés de Vera", "Calle Ricaurte y 9 de Octubre"),
    ("05", "Cotopaxi", "Latacunga", "Eloy Alfaro", "Barrio San Felipe, Calle Quito 14-22"),
)
_ZA_FAMILY = ("Dlamini", "Ngcobo", "Mkhize", "Naidoo", "Zulu", "Botha", "Khumalo", "Govender")
_ZA_GIVEN_M = ("Sibusiso", "Thabo", "Sipho Themba", "Pieter", "Mandla", "Rajesh")
_ZA_GIVEN_F = ("Nokuthula", "Zanele", "Thandeka Precious", "Anneke", "Lindiwe", "Kamini")
#: (street line, suburb / township, postal code) in eThekwini
_ZA_PLACES = (
    ("24 Mthembu Road, Section J", "Umlazi", "4066"),
    ("K 1123 Nkwazi Road", "KwaMashu", "4360"),
    ("17 Road 702, Unit 3", "Chatsworth", "4092"),
    ("55 Dr Pixley KaSeme Street", "Durban Central", "4001"),
    ("8 Mgijima Road", "Inanda", "4310"),
)
_ZA_SITES = ("Umlazi Ward 88 food garden", "KwaMashu clinic cleaning", "Inanda roads crew")
_TL_NAMES_M = ("Domingos Soares", "Agapito da Cruz", "Manuel Ximenes", "Abílio Pereira")
_TL_NAMES_F = ("Filomena dos Santos", "Rosalina Belo", "Maria Madalena Guterres", "Olinda Alves")
#: (municipality code, munisípiu, postu administrativu, suku, aldeia)
_TL_PLACES = (
    ("01", "Aileu", "Aileu Vila", "Seloi Kraik", "Bereliurai"),
    ("04", "Baucau", "Vemasse", "Caicua", "Uatulari"),
    ("07", "Dili", "Cristo Rei", "Becora", "Caqueu Laran"),
    ("07", "Dili", "Dom Aleixo", "Comoro", "Bebonuk"),
    ("09", "Ermera", "Gleno", "Estado", "Ponilala"),
)


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 9 % len(places)]


def _pet(p: Person) -> tuple[str, str]:
    return _VN_PETS[int(p.bhxh) // 7 % len(_VN_PETS)]


def _service_years(p: Person) -> tuple[int, int]:
    """Enlisted at 18 to 21, served 2 to 9 years, discharged by 2025 at the latest."""
    enlisted = p.birth.year + 18 + _num(p, 4) - 1
    discharged = min(enlisted + 1 + _num(p, 8), 2025)
    return min(enlisted, discharged - 2), discharged


def _zm_nrc(p: Person) -> str:
    """A Zambian NRC ``123456/10/1``: the serial, the registering district, 1 for a citizen."""
    return f"{p.bhxh[-6:]}/{_place(p, _ZM_PLACES)[0]}/1"


def _cedula_ec68(p: Person) -> str:
    """An Ecuadorian cédula: province code, a third digit under 6, six digits and the mod-10
    digit (coefficients 2, 1, 2, 1…, which is Luhn on ten digits)."""
    return _luhn(f"{_place(p, _EC_PLACES)[0]}{int(p.bhxh[1]) % 6}{p.bhxh[2:8]}")


def _tl_card(p: Person) -> str:
    """A Timorese electoral card number: the municipality where it was issued and a serial."""
    return f"{_place(p, _TL_PLACES)[0]}-{p.bhxh[-7:]}"


WRITERS_BLIND68: dict[str, Callable[[Person, Col], object]] = {
    "species68": lambda p, c: _pet(p)[0],
    "breed68": lambda p, c: _pet(p)[1],
    "pet_name68": lambda p, c: _pick(p, _VN_PET_NAMES, 2),
    "pet_sex68": lambda p, c: "Đực" if int(p.bhxh[3]) % 2 else "Cái",
    "coat68": lambda p, c: _pick(p, _VN_COATS, 3),
    "pet_age68": lambda p, c: str(_num(p, 12)),
    "rabies_cert68": lambda p, c: f"TD-{p.bhxh[-5:]}/2025",
    "vet68": lambda p, c: _other_vn(p, 5),
    "crop68": lambda p, c: _pick(p, _VN_CROPS, 2),
    "area68": lambda p, c: f"{_num(p, 30) / 2:.1f}".replace(".", ","),
    "course68": lambda p, c: _pick(p, _VN_COURSES, 3),
    "trainer68": lambda p, c: _pick(p, _VN_TRAINERS, 4),
    "village68": lambda p, c: _pick(p, _VN_VILLAGES, 5),
    "signed68": lambda p, c: "Đã ký" if int(p.bhxh) % 9 else "Vắng",
    "hometown68": lambda p, c: _pick(p, _VN_HOMETOWNS, 2),
    "enlisted68": lambda p, c: str(_service_years(p)[0]),
    "discharged68": lambda p, c: str(_service_years(p)[1]),
    "rank68": lambda p, c: _pick(p, _VN_RANKS, 3),
    "unit68": lambda p, c: _pick(p, _VN_UNITS, 4),
    "branch68": lambda p, c: _pick(p, _VN_BRANCHES, 5),
    "member_card68": lambda p, c: f"CCB{p.bhxh[-6:]}",
    "policy68": lambda p, c: _pick(p, _VN_POLICIES, 6),
    "edu68": lambda p, c: _pick(p, _VN_EDU, 2),
    "skill68": lambda p, c: _pick(p, _VN_SKILLS, 3),
    "job68": lambda p, c: _pick(p, _VN_JOBS, 4),
    "wage68": lambda p, c: f"{(_num(p, 12) + 5) * 1_000_000:,}".replace(",", "."),
    "employer68": lambda p, c: _place(p, _VN_EMPLOYERS)[0],
    "employer_addr68": lambda p, c: _place(p, _VN_EMPLOYERS)[1],
    "reason68": lambda p, c: _pick(p, _VN_REASONS, 5),
    "benefit68": lambda p, c: f"{_num(p, 9000) + 100}/QĐ-SLĐTBXH" if int(p.bhxh) % 3 else "",
    "months68": lambda p, c: str(_num(p, 9) + 2) if int(p.bhxh) % 3 else "",
    "nid_rw68": lambda p, c: _nid_rw(p),
    "rw_family68": lambda p, c: _pick(p, _RW_FAMILY, 2),
    "rw_given68": lambda p, c: _by_sex(p, _RW_GIVEN_M, _RW_GIVEN_F, 1),
    "sex_rw68": lambda p, c: "Gabo" if p.male else "Gore",
    "birth_year_rw68": lambda p, c: str(p.birth.year),
    "akarere_rw68": lambda p, c: _place(p, _RW_PLACES)[0],
    "umurenge_rw68": lambda p, c: _place(p, _RW_PLACES)[1],
    "akagari_rw68": lambda p, c: ", ".join(_place(p, _RW_PLACES)[2:]),
    "phone_rw68": lambda p, c: (
        f"07{_pick(p, ('8', '9', '2', '3'), 3)} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "ubudehe_rw68": lambda p, c: _pick(p, ("A", "B", "C", "C", "D"), 4),
    "days_rw68": lambda p, c: str(_num(p, 20) + 4),
    "amount_rw68": lambda p, c: f"{(_num(p, 20) + 4) * 1500:,}",
    "sacco_rw68": lambda p, c: f"4{p.bhxh[2:10]}",
    "leader_rw68": lambda p, c: f"{_pick(p, _RW_FAMILY, 5)} {_pick(p, _RW_GIVEN_M, 6)}",
    "nrc_zm68": lambda p, c: _zm_nrc(p),
    "zm_family68": lambda p, c: _pick(p, _ZM_FAMILY, 2),
    "zm_given68": lambda p, c: _by_sex(p, _ZM_GIVEN_M, _ZM_GIVEN_F, 1),
    "sex_zm68": lambda p, c: "Male" if p.male else "Female",
    "addr_zm68": lambda p, c: _place(p, _ZM_PLACES)[1].format(n=_num(p, 400)),
    "township_zm68": lambda p, c: _place(p, _ZM_PLACES)[2],
    "town_zm68": lambda p, c: _place(p, _ZM_PLACES)[3],
    "phone_zm68": lambda p, c: (
        f"+260 9{_pick(p, ('7', '6', '5'), 3)} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "stand_zm68": lambda p, c: f"{_pick(p, ('Soweto', 'City', 'Chisokone'), 2)} / S{_num(p, 900)}",
    "trade_zm68": lambda p, c: _pick(p, _ZM_TRADES, 4),
    "levy_zm68": lambda p, c: f"K{_num(p, 6) * 5}.00",
    "kin_zm68": lambda p, c: f"{_by_sex(p, _ZM_GIVEN_F, _ZM_GIVEN_M, 5)} {_pick(p, _ZM_FAMILY, 6)}",
    "kin_nrc_zm68": lambda p, c: f"{p.bhxh[:6]}/{_place(p, _ZM_PLACES)[0]}/1",
    "cedula_ec68": lambda p, c: _cedula_ec68(p),
    "ec_family68": lambda p, c: f"{_pick(p, _EC_FAMILY, 2)} {_pick(p, _EC_FAMILY, 3)}",
    "ec_given68": lambda p, c: _by_sex(p, _EC_GIVEN_M, _EC_GIVEN_F, 1),
    "sex_ec68": lambda p, c: "Hombre" if p.male else "Mujer",
    "civil_ec68": lambda p, c: _pick(p, ("Soltero/a", "Casado/a", "Unión de hecho", "Viudo/a"), 4),
    "provincia_ec68": lambda p, c: _place(p, _EC_PLACES)[1],
    "canton_ec68": lambda p, c: _place(p, _EC_PLACES)[2],
    "parroquia_ec68": lambda p, c: _place(p, _EC_PLACES)[3],
    "street_ec68": lambda p, c: _place(p, _EC_PLACES)[4],
    "phone_ec68": lambda p, c: (
        f"09{_pick(p, ('9', '8', '6', '3'), 3)} {p.phone[4:7]} {p.phone[7:10]}{p.bhxh[-1]}"
    ),
    "bono_ec68": lambda p, c: _pick(p, ("BDH", "BDH variable", "Pensión Adultos Mayores"), 5),
    "monto_ec68": lambda p, c: _pick(p, ("55,00", "90,00", "120,00", "50,00"), 6),
    "rep_ec68": lambda p, c: _luhn(
        f"{_place(p, _EC_PLACES)[0]}{int(p.bhxh[-1]) % 6}{p.bhxh[::-1][1:7]}"
    ),
    "za_id68": lambda p, c: _sa_id(p),
    "za_family68": lambda p, c: _pick(p, _ZA_FAMILY, 2),
    "za_given68": lambda p, c: _by_sex(p, _ZA_GIVEN_M, _ZA_GIVEN_F, 1),
    "sex_za68": lambda p, c: "Male" if p.male else "Female",
    "street_za68": lambda p, c: _place(p, _ZA_PLACES)[0],
    "suburb_za68": lambda p, c: _place(p, _ZA_PLACES)[1],
    "pc_za68": lambda p, c: _place(p, _ZA_PLACES)[2],
    "phone_za68": lambda p, c: (
        f"0{_pick(p, ('82', '73', '61', '79'), 3)} {p.phone[4:7]} {p.phone[7:10]}{p.bhxh[-1]}"
    ),
    "site_za68": lambda p, c: _pick(p, _ZA_SITES, 4),
    "rate_za68": lambda p, c: _pick(p, ("R 120.00", "R 130.00", "R 145.00"), 5),
    "bank_za68": lambda p, c: _pick(p, ("Capitec", "SASSA Postbank", "FNB", "Standard Bank"), 6),
    "kin_za68": lambda p, c: f"{_by_sex(p, _ZA_GIVEN_F, _ZA_GIVEN_M, 7)} {_pick(p, _ZA_FAMILY, 8)}",
    "kin_cell_za68": lambda p, c: f"07{p.bhxh[::-1][:1]} {p.bhxh[::-1][1:4]} {p.bhxh[::-1][4:8]}",
    "card_tl68": lambda p, c: _tl_card(p),
    "tl_name68": lambda p, c: _by_sex(p, _TL_NAMES_M, _TL_NAMES_F, 1),
    "sex_tl68": lambda p, c: "Mane" if p.male else "Feto",
    "munisipiu_tl68": lambda p, c: _place(p, _TL_PLACES)[1],
    "postu_tl68": lambda p, c: _place(p, _TL_PLACES)[2],
    "suku_tl68": lambda p, c: _place(p, _TL_PLACES)[3],
    "aldeia_tl68": lambda p, c: _place(p, _TL_PLACES)[4],
    "phone_tl68": lambda p, c: (
        f"+670 7{_pick(p, ('7', '8', '4'), 3)}{p.phone[4:6]} {p.phone[6:10]}"
    ),
    "children_tl68": lambda p, c: str(_num(p, 5)),
    "school_tl68": lambda p, c: _pick(p, ("EBC Becora", "EBF Comoro", "EB Caicua", "EBC Gleno"), 4),
    "amount_tl68": lambda p, c: f"$ {(_num(p, 5)) * 5 + 10},00",
    "chefe_tl68": lambda p, c: _by_sex(p, _TL_NAMES_F, _TL_NAMES_M, 5),
    "vet_phone68": lambda p, c: _other_phone(p, "0905"),
}
