"""How the people of the four hundred and forty-third part of the outside corpus (**blind 443**,
:mod:`lienthong.quality._corpus_blind443`) are written: four Vietnamese files' own columns (a
survivor's pension and the insured who died, a body handed over at a hospital mortuary, a niche in
a pagoda's columbarium, a plot of land registered to an heir) and South Korean (romanised),
Kenyan, Polish, Mexican and Egyptian names, places, phones and numbers in the forms their
registers write them (the resident registration number's mod-11 digit, the PESEL's weighted digit,
the CURP's check character, the Egyptian national number), reusing the earlier parts' helpers."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import (
    _MX_FAMILY,
    _MX_GIVEN_F,
    _MX_GIVEN_M,
    _by_sex,
    _curp,
    _num,
    _pick,
)
from lienthong.quality._corpus_blind13_writers import _eg_full, _eg_nid
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind41_writers import _pesel
from lienthong.quality._corpus_blind90_writers import _ke_id
from lienthong.quality._corpus_blind112_writers import _rrn
from lienthong.quality._corpus_blind141_writers import _ke_name

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_RELATION = ("Vợ", "Chồng", "Con", "Con", "Mẹ đẻ", "Cha đẻ", "Con nuôi")
_VN_TUAT = ("Tuất hằng tháng", "Tuất một lần", "Tuất hằng tháng (nuôi dưỡng)")
_VN_HOSPITALS = (
    "Nhà tang lễ BV Chợ Rẫy",
    "Nhà đại thể BV Nhân dân 115",
    "Nhà tang lễ BV Thống Nhất",
    "Nhà đại thể BV Nhân dân Gia Định",
)
_VN_CAUSE = (
    "Bệnh lý",
    "Tai nạn giao thông",
    "Ngừng tuần hoàn",
    "Đột quỵ",
    "Ung thư giai đoạn cuối",
)
_VN_PAGODAS = (
    "Tháp lưu tro chùa Vĩnh Nghiêm",
    "Nhà lưu tro chùa Ấn Quang",
    "Tháp cốt chùa Giác Lâm",
    "Nhà lưu tro nghĩa trang Bình Dương",
)
_VN_LAND_KIND = ("ONT", "ODT", "CLN", "LUC", "ODT+CLN")
_VN_BRANCH = ("CN VPĐKĐĐ Thủ Đức", "CN VPĐKĐĐ Củ Chi", "CN VPĐKĐĐ Bình Chánh", "CN VPĐKĐĐ Hóc Môn")

_KR_FAMILY: tuple[str, ...] = (
    "Kim",
    "Lee",
    "Park",
    "Choi",
    "Jung",
    "Kang",
    "Cho",
    "Yoon",
    "Jang",
    "Lim",
    "Han",
)
_KR_FAMILY += ("Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song")
_KR_GIVEN_M: tuple[str, ...] = (
    "Young-su",
    "Jeong-ho",
    "Seong-min",
    "Dong-hyun",
    "Sang-cheol",
    "Jae-won",
)
_KR_GIVEN_M += ("Byung-chul", "Jong-su", "Man-sik", "Gwang-ho", "Tae-hoon", "Myung-gil")
_KR_GIVEN_F: tuple[str, ...] = (
    "Young-hee",
    "Sun-ja",
    "Mi-suk",
    "Jeong-suk",
    "Eun-ju",
    "Kyung-hee",
    "Ok-soon",
)
_KR_GIVEN_F += ("Myeong-ja", "Bok-nam", "Hye-jin", "Geum-ja", "Soon-i")
_KR_ROADS = ("Dongil-ro", "Tongil-ro", "Hwagok-ro", "Gwanak-ro", "Mangu-ro", "Dobong-ro")
_KR_GU = ("Nowon-gu", "Eunpyeong-gu", "Gangseo-gu", "Gwanak-gu", "Jungnang-gu", "Dobong-gu")
_KR_HALLS = (
    "Seoul Medical Center Funeral Hall",
    "Samsung Medical Center Funeral Hall",
    "Asan Medical Center Funeral Hall",
)
_KR_BURIAL = ("Seoul Memorial Park (cremation)", "Byeokje Crematorium", "Yongmi-ri Cemetery")

_KE_CAUSE = ("Natural causes", "Road traffic accident", "Cardiac arrest", "Malaria", "Diabetes")
_KE_PLACE_DEATH: tuple[str, ...] = (
    "Kenyatta National Hospital",
    "Home",
    "Moi Teaching & Referral Hospital",
)
_KE_PLACE_DEATH += ("Thika Level 5 Hospital", "Nakuru PGH")
_KE_BURIAL = ("Langata Cemetery", "Family land, Kiambu", "Kisumu Municipal Cemetery", "Home")
_KE_LOC: tuple[tuple[str, str, str], ...] = (
    ("Kiambu", "Thika Town", "Makongeni"),
    ("Kisumu", "Kisumu Central", "Kondele"),
)
_KE_LOC += (("Nakuru", "Njoro", "Mau Narok"), ("Machakos", "Mavoko", "Athi River"))
_KE_LOC += (("Nairobi", "Embakasi East", "Utawala"), ("Kakamega", "Lurambi", "Shieywe"))
_KE_LOC += (("Nairobi", "Kasarani", "Mwiki"), ("Mombasa", "Nyali", "Kongowea"))
_KE_LOC += (("Uasin Gishu", "Kapseret", "Langas"), ("Nyeri", "Nyeri Town", "Kamakwa/Mukaro"))
_KE_LOC += (("Kilifi", "Kilifi North", "Sokoni"), ("Meru", "Imenti North", "Municipality"))
_KE_LOC += (("Bungoma", "Kanduyi", "Khalaba"), ("Kericho", "Ainamoi", "Kapsoit"))

_PL_FAMILY_M: tuple[str, ...] = (
    "Nowak",
    "Kowalski",
    "Wiśniewski",
    "Wójcik",
    "Kowalczyk",
    "Kamiński",
)
_PL_FAMILY_M += ("Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski")
_PL_FAMILY_M += ("Jankowski", "Mazur", "Kwiatkowski", "Krawczyk", "Piotrowski", "Grabowski")
_PL_GIVEN_M: tuple[str, ...] = (
    "Stanisław",
    "Jan",
    "Andrzej",
    "Józef",
    "Tadeusz",
    "Jerzy",
    "Zbigniew",
)
_PL_GIVEN_M += ("Krzysztof", "Henryk", "Ryszard", "Kazimierz", "Marek", "Wiesław")
_PL_GIVEN_F: tuple[str, ...] = (
    "Maria",
    "Krystyna",
    "Anna",
    "Barbara",
    "Teresa",
    "Elżbieta",
    "Janina",
)
_PL_GIVEN_F += ("Zofia", "Jadwiga", "Danuta", "Halina", "Irena", "Grażyna")
_PL_STREETS: tuple[str, ...] = (
    "ul. Piotrkowska",
    "ul. Długa",
    "ul. Mickiewicza",
    "al. Jana Pawła II",
)
_PL_STREETS += ("ul. Słowackiego", "ul. Kościuszki", "ul. Żeromskiego", "os. Tysiąclecia")
_PL_TOWNS: tuple[tuple[str, str], ...] = (
    ("90-001", "Łódź"),
    ("31-042", "Kraków"),
    ("80-831", "Gdańsk"),
)
_PL_TOWNS += (("60-101", "Poznań"), ("20-072", "Lublin"), ("43-300", "Bielsko-Biała"))
_PL_TOWNS += (
    ("91-341", "Łódź"),
    ("30-384", "Kraków"),
    ("50-077", "Wrocław"),
    ("40-008", "Katowice"),
)
_PL_TOWNS += (("15-281", "Białystok"), ("85-012", "Bydgoszcz"), ("35-064", "Rzeszów"))
_PL_TOWNS += (("26-600", "Radom"), ("33-100", "Tarnów"), ("62-800", "Kalisz"))
_PL_CEMETERY: tuple[str, ...] = (
    "Cmentarz Rakowicki",
    "Cmentarz Komunalny Doły",
    "Cmentarz Srebrzysko",
)
_PL_CEMETERY += ("Cmentarz parafialny św. Rocha",)
_PL_SERVICE = (
    "Pogrzeb tradycyjny",
    "Kremacja + urna",
    "Pogrzeb z kremacją",
    "Transport + ekshumacja",
)

_MX_STREETS: tuple[str, ...] = (
    "Av. Insurgentes Sur",
    "Calle Morelos",
    "Calle Hidalgo",
    "Av. Juárez",
)
_MX_STREETS += ("Calle 5 de Mayo", "Privada Allende", "Calzada de Tlalpan")
_MX_COL: tuple[str, ...] = ("Col. Centro, Cuauhtémoc, CDMX", "Col. Del Valle, Benito Juárez, CDMX")
_MX_COL += ("Col. Americana, Guadalajara, Jal.", "Col. Mitras Centro, Monterrey, N.L.")
_MX_COL += ("Barrio de Jalatlaco, Oaxaca de Juárez, Oax.",)
_MX_PLACE_DEATH = ("Hospital General", "Domicilio particular", "Clínica IMSS No. 20", "Vía pública")
_MX_PANTEON = ("Panteón Civil de Dolores", "Panteón Jardín", "Crematorio municipal")
_MX_KIN = ("Hijo(a)", "Cónyuge", "Hermano(a)", "Padre/Madre", "Nieto(a)")

_EG_PLACES = ("مستشفى القصر العيني", "المنزل", "مستشفى الدمرداش", "مستشفى المنصورة الجامعي")
_EG_OFFICES = ("مكتب صحة مصر الجديدة", "مكتب صحة سيدي جابر", "مكتب صحة الدقي", "مكتب صحة طنطا")
_EG_STREETS: tuple[str, ...] = (
    "شارع التحرير",
    "شارع الجمهورية",
    "شارع بورسعيد",
    "شارع النيل",
    "شارع الجلاء",
)
_EG_STREETS += ("شارع الهرم", "شارع فيصل", "شارع شبرا")
_EG_AREAS: tuple[str, ...] = (
    "مصر الجديدة, القاهرة",
    "سيدي جابر, الإسكندرية",
    "الدقي, الجيزة",
    "طنطا, الغربية",
)
_EG_AREAS += ("المنصورة, الدقهلية", "ديروط, أسيوط")
_EG_INFORMANTS = (
    ("محمد", "ابن"),
    ("أحمد", "أخ"),
    ("سامية", "زوجة"),
    ("هدى", "ابنة"),
    ("كريم", "ابن"),
)


def _kr_name(p: Person) -> str:
    return f"{_pick(p, _KR_FAMILY, 1).upper()} {_by_sex(p, _KR_GIVEN_M, _KR_GIVEN_F, 2)}"


def _pl_family(p: Person, male: bool | None = None) -> str:
    name = _pick(p, _PL_FAMILY_M, 3)
    if p.male if male is None else male:
        return name
    return name[:-1] + "a" if name.endswith(("ski", "cki")) else name


def _mx_name(p: Person) -> str:
    given = _by_sex(p, _MX_GIVEN_M, _MX_GIVEN_F, 1)
    return f"{given} {_pick(p, _MX_FAMILY, 2)} {_pick(p, _MX_FAMILY, 3)}"


def _eg_informant(p: Person) -> tuple[str, str]:
    return _EG_INFORMANTS[int(p.bhxh) // 13 % len(_EG_INFORMANTS)]


def _kr_rrn(p: Person) -> str:
    """Registers show the front and the sex digit; one row in four in full."""
    front, back = _rrn(p)
    return f"{front}-{back}" if int(p.bhxh) % 4 == 0 else f"{front}-{back[0]}******"


def _born_dead(p: Person) -> str:
    """The deceased's years of birth and death as a columbarium writes them."""
    year = 1925 + int(p.bhxh[-3:]) % 75
    return f"{year} - {2024 + int(p.bhxh[-1]) % 2}"


WRITERS_BLIND443: dict[str, Callable[[Person, Col], str]] = {
    "deceased443": lambda p, c: _other_vn(p, 3),
    "dec_bhxh443": lambda p, c: f"79{p.bhxh[::-1][:8]}",
    "relation443": lambda p, c: _pick(p, _VN_RELATION, 2),
    "tuat443": lambda p, c: _pick(p, _VN_TUAT, 4),
    "pension443": lambda p, c: f"{(_num(p, 40) + 20) * 58_500:,}".replace(",", "."),
    "decision443": lambda p, c: f"{_num(p, 900) + 100}/QĐ-BHXH",
    "account443": lambda p, c: f"{_pick(p, ('VCB', 'Agribank', 'BIDV'), 5)} {p.bhxh[1:]}",
    "hospital443": lambda p, c: _pick(p, _VN_HOSPITALS, 2),
    "cause443": lambda p, c: _pick(p, _VN_CAUSE, 3),
    "drawer443": lambda p, c: f"NL-{_num(p, 48):02d}",
    "receiver443": lambda p, c: _other_vn(p, 4),
    "recv_cccd443": lambda p, c: f"0{p.bhxh[-2:]}{p.bhxh[::-1][:9]}",
    "recv_phone443": lambda p, c: _other_phone(p, "098"),
    "transport443": lambda p, c: _pick(
        p, ("Xe nhà tang lễ", "Xe gia đình", "DV mai táng Phúc An"), 4
    ),
    "pagoda443": lambda p, c: _pick(p, _VN_PAGODAS, 2),
    "niche443": lambda p, c: f"T{_num(p, 5)}-K{_num(p, 12):02d}-{p.bhxh[-3:]}",
    "dec_years443": lambda p, c: _born_dead(p),
    "fee443": lambda p, c: f"{(_num(p, 8) + 3) * 5_000_000:,}".replace(",", "."),
    "term443": lambda p, c: _pick(p, ("50 năm", "Vĩnh viễn", "20 năm", "Vĩnh viễn"), 3),
    "plot443": lambda p, c: f"Thửa {_num(p, 400)}, tờ BĐ số {_num(p, 60)}",
    "area443": lambda p, c: f"{_num(p, 500) + 40},{p.bhxh[-1]}",
    "landkind443": lambda p, c: _pick(p, _VN_LAND_KIND, 4),
    "gcn443": lambda p, c: f"{'CĐ' if int(p.bhxh) % 2 else 'DA'} {p.bhxh[-6:]}",
    "giver443": lambda p, c: _other_vn(p, 5),
    "deed443": lambda p, c: f"{_num(p, 3000)}/2025/CC-SCC/HĐGD",
    "branch443": lambda p, c: _pick(p, _VN_BRANCH, 6),
    "kr_name443": lambda p, c: _kr_name(p),
    "rrn443": lambda p, c: _kr_rrn(p),
    "sex_kr443": lambda p, c: "M" if p.male else "F",
    "addr_kr443": lambda p, c: (
        f"{_num(p, 250)}, {_pick(p, _KR_ROADS, 3)}, {_pick(p, _KR_GU, 4)}, Seoul"
    ),
    "mourner_kr443": lambda p, c: f"{_pick(p, _KR_FAMILY, 5).upper()} {_pick(p, _KR_GIVEN_M, 6)}",
    "mourner_rel443": lambda p, c: _pick(p, ("Son", "Eldest son", "Spouse", "Daughter"), 7),
    "mourner_tel443": lambda p, c: f"010-{p.bhxh[2:6]}-{p.bhxh[6:10]}",
    "hall443": lambda p, c: _pick(p, _KR_HALLS, 2),
    "room443": lambda p, c: f"Binso No. {_num(p, 12)}",
    "burial_kr443": lambda p, c: _pick(p, _KR_BURIAL, 4),
    "permit_ke443": lambda p, c: f"BP/{_pick(p, ('NRB', 'KSM', 'NKR', 'KBU'), 2)}/{p.bhxh[-6:]}",
    "ke_name443": lambda p, c: _ke_name(p),
    "id_ke443": lambda p, c: _ke_id(p),
    "sex_ke443": lambda p, c: "Male" if p.male else "Female",
    "ke_county443": lambda p, c: _pick(p, tuple(x[0] for x in _KE_LOC), 4),
    "ke_sub443": lambda p, c: _pick(p, tuple(x[1] for x in _KE_LOC), 4),
    "ke_ward443": lambda p, c: _pick(p, tuple(x[2] for x in _KE_LOC), 4),
    "ke_pod443": lambda p, c: _pick(p, _KE_PLACE_DEATH, 3),
    "ke_cause443": lambda p, c: _pick(p, _KE_CAUSE, 5),
    "ke_burial443": lambda p, c: _pick(p, _KE_BURIAL, 6),
    "ke_applicant443": lambda p, c: (
        f"{_pick(p, ('John', 'Peter', 'Mary', 'Grace'), 7)} " + _ke_name(p).split()[-1]
    ),
    "ke_app_id443": lambda p, c: f"{int(p.bhxh[-8:]) % 30_000_000 + 20_000_000}",
    "ke_app_tel443": lambda p, c: f"+254 7{p.bhxh[1:3]} {p.bhxh[3:6]} {p.bhxh[6:9]}",
    "pesel443": lambda p, c: _pesel(p),
    "pl_family443": lambda p, c: _pl_family(p),
    "pl_given443": lambda p, c: _by_sex(p, _PL_GIVEN_M, _PL_GIVEN_F, 2),
    "pl_street443": lambda p, c: f"{_pick(p, _PL_STREETS, 4)} {_num(p, 140)}/{_num(p, 30)}",
    "pl_pc443": lambda p, c: _pick(p, tuple(t[0] for t in _PL_TOWNS), 5),
    "pl_town443": lambda p, c: _pick(p, tuple(t[1] for t in _PL_TOWNS), 5),
    "pl_orderer443": lambda p, c: f"{_pick(p, _PL_GIVEN_F, 6)} {_pl_family(p, False)}",
    "pl_tel443": lambda p, c: f"+48 {p.bhxh[1:4]} {p.bhxh[4:7]} {p.bhxh[7:10]}",
    "pl_cem443": lambda p, c: _pick(p, _PL_CEMETERY, 7),
    "pl_quarter443": lambda p, c: f"kw. {_num(p, 60)}, rz. {_num(p, 20)}, m. {_num(p, 30)}",
    "pl_act443": lambda p, c: f"USC-{_pick(p, ('1061', '1261', '2261'), 3)}/{p.bhxh[-5:]}/2025",
    "pl_service443": lambda p, c: _pick(p, _PL_SERVICE, 8),
    "pl_zus443": lambda p, c: _pick(p, ("4000,00", "4000,00", "nie dotyczy", "7000,00"), 9),
    "mx_folio443": lambda p, c: f"{_pick(p, ('09', '14', '19', '20'), 3)}{p.bhxh[-6:]}",
    "mx_name443": lambda p, c: _mx_name(p),
    "curp443": lambda p, c: _curp(p),
    "sex_mx443": lambda p, c: "Hombre" if p.male else "Mujer",
    "mx_addr443": lambda p, c: f"{_pick(p, _MX_STREETS, 4)} {_num(p, 900)}, {_pick(p, _MX_COL, 5)}",
    "mx_pod443": lambda p, c: _pick(p, _MX_PLACE_DEATH, 6),
    "mx_informant443": lambda p, c: f"{_pick(p, _MX_GIVEN_F, 7)} {_pick(p, _MX_FAMILY, 2)}",
    "mx_kin443": lambda p, c: _pick(p, _MX_KIN, 8),
    "mx_panteon443": lambda p, c: _pick(p, _MX_PANTEON, 9),
    "eg_nid443": lambda p, c: _eg_nid(p),
    "eg_name443": lambda p, c: _eg_full(p),
    "sex_eg443": lambda p, c: "ذكر" if p.male else "أنثى",
    "eg_addr443": lambda p, c: (
        f"{_num(p, 120)} {_pick(p, _EG_STREETS, 5)}, {_pick(p, _EG_AREAS, 6)}"
    ),
    "eg_pod443": lambda p, c: _pick(p, _EG_PLACES, 7),
    "eg_informant443": lambda p, c: f"{_eg_informant(p)[0]} {_eg_full(p).split()[-1]}",
    "eg_kin443": lambda p, c: _eg_informant(p)[1],
    "eg_office443": lambda p, c: _pick(p, _EG_OFFICES, 10),
    "eg_reg443": lambda p, c: f"{p.bhxh[-5:]}/{2024 + int(p.bhxh[0]) % 2}",
}

__all__ = ["WRITERS_BLIND443"]
