"""How the people of the three-hundred-and-thirty-fifth part of the outside corpus (**blind 335**,
:mod:`lienthong.quality._corpus_blind335`) are written: a rare-blood club's donors, a Td campaign,
a youth union's organ pledges and a rabies clinic in Vietnam; and South African, Botswana, Fijian,
Samoan and Papua New Guinean registers with their own ids (the South African ID's Luhn digit, the
Omang's sex digit), villages, provinces, mataqali, matai titles and clans."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _za_id
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_BLOOD_SITES = (
    "Viện Huyết học - Truyền máu TW",
    "Trung tâm Truyền máu Chợ Rẫy",
    "BV Truyền máu Huyết học TP.HCM",
    "Điểm hiến máu cố định 26 Hàng Bài",
    "Trung tâm HM nhân đạo TP.HCM",
)
_TD_GROUPS = (
    "Phụ nữ 15-35 tuổi",
    "Người lao động tự do",
    "Công nhân KCN",
    "Người có vết thương hở",
    "Người cao tuổi",
)
_TD_POINTS = ("Trạm Y tế phường", "Nhà văn hóa KP3", "Trường THCS Lê Lợi", "Điểm tiêm lưu động KCN")
_YOUTH_BRANCHES = (
    "Chi đoàn Khoa Y - ĐH Y Dược",
    "Đoàn TN Công an tỉnh",
    "Chi đoàn Bệnh viện Đa khoa tỉnh",
    "Đoàn phường Phú Hội",
    "Chi đoàn Trường CĐ Y tế",
)
_ORGANS = ("Thận; Gan; Giác mạc", "Toàn bộ mô, tạng", "Tim; Phổi", "Giác mạc", "Gan; Thận")
_ANIMALS = ("Chó nhà", "Chó thả rông", "Mèo", "Chó hàng xóm", "Chuột", "Khỉ")
_BITE_SITES = ("Cẳng chân P", "Bàn tay T", "Mặt", "Đùi T", "Ngón tay trỏ P", "Cổ tay")
_ZA_SURNAMES = ("Dlamini", "Nkosi", "Mokoena", "van der Merwe", "Botha", "Naidoo", "Khumalo")
_ZA_GIVEN_M = ("Sipho Johannes", "Thabo", "Pieter Jacobus", "Mandla", "Rajesh", "Bongani Elias")
_ZA_GIVEN_F = ("Nomvula", "Thandiwe Grace", "Anna Maria", "Lerato", "Priya", "Zanele Precious")
_ZA_PLACES = (
    ("12 Vilakazi St", "Orlando West", "Soweto", "Gauteng", "1804"),
    ("45 Voortrekker Rd", "Parow", "Cape Town", "Western Cape", "7500"),
    ("3078 Mthembu St", "Umlazi AA", "Durban", "KwaZulu-Natal", "4031"),
    ("7 Kerk Straat", "Dan Pienaar", "Bloemfontein", "Free State", "9301"),
    ("221 Nelson Mandela Dr", "Southernwood", "East London", "Eastern Cape", "5201"),
)
_BW_SURNAMES = ("Molefe", "Kgosi", "Seretse", "Masire", "Mogae", "Tshekedi", "Ramotswe")
_BW_GIVEN_M = ("Kagiso", "Tumelo", "Onkemetse", "Boitumelo", "Thabiso")
_BW_GIVEN_F = ("Naledi", "Kefilwe", "Mpho", "Gaone", "Onalenna")
_BW_PLACES = (
    ("Molepolole", "Ntloedibe", "Kweneng"),
    ("Serowe", "Mannonnye", "Central"),
    ("Mochudi", "Phaphane", "Kgatleng"),
    ("Kanye", "Kgwatlheng", "Southern"),
    ("Maun", "Boseja", "North West"),
)
_FJ_SURNAMES = ("Ratu", "Naivalu", "Vunibola", "Tuilagi", "Raikoti", "Waqa", "Lal", "Prasad")
_FJ_GIVEN_M = ("Josefa", "Semisi", "Viliame", "Ravinesh", "Apisai", "Tevita")
_FJ_GIVEN_F = ("Litia", "Mereoni", "Salote", "Sunita", "Adi Vasemaca", "Losana")
_FJ_PLACES = (
    ("Nakorotubu", "Nalawa", "Ra"),
    ("Nadroga", "Cuvu", "Nadroga/Navosa"),
    ("Lomaivuna", "Naitasiri", "Naitasiri"),
    ("Somosomo", "Cakaudrove", "Cakaudrove"),
    ("Navua", "Serua", "Serua"),
)
_WS_FAMILY = ("Leota", "Faleolo", "Tuiasosopo", "Fa‘asavalu", "Aiono", "Sapolu", "Lemalu")
_WS_GIVEN_M = ("Sione", "Iosefa", "Tavita", "Faleafa", "Ioane")
_WS_GIVEN_F = ("Malia", "Losa", "Telesia", "Seini", "Luisa")
_WS_PLACES = (
    ("Vailele", "Vaimauga Sasa‘e"),
    ("Lufilufi", "Anoama‘a Sasa‘e"),
    ("Salelologa", "Fa‘asaleleaga Nu. 1"),
    ("Falealupo", "Vaisigano Nu. 2"),
    ("Siumu", "Si‘umu"),
)
_PG_FAMILY = ("Kila", "Wambi", "Namaliu", "Somare", "Kaupa", "Yama", "Pundari")
_PG_GIVEN_M = ("John", "Peter", "Kepa", "Michael", "Joseph", "Kuri")
_PG_GIVEN_F = ("Mary", "Rose", "Agnes", "Helen", "Grace", "Dorothy")
_PG_PLACES = (
    ("Kagamuga", "Ward 7", "Mt Hagen Urban", "Mount Hagen", "Western Highlands", "Jika", "Yamka"),
    (
        "Hanuabada",
        "Ward 2",
        "Moresby North-West",
        "NCD",
        "National Capital District",
        "Idia",
        "Motu",
    ),
    ("Kundiawa", "Ward 4", "Kundiawa Urban", "Kundiawa-Gembogl", "Simbu", "Endugla", "Kuman"),
    ("Wabag", "Ward 11", "Wabag Urban", "Wabag", "Enga", "Yanaitini", "Sau"),
    ("Yalu", "Ward 3", "Wampar", "Huon Gulf", "Morobe", "Gabsongkeg", "Wampar"),
)


def _place(p: Person, table: tuple[tuple[str, ...], ...], salt: int, field: int) -> str:
    return table[(int(p.bhxh) // (salt * 7 + 3)) % len(table)][field]


def _omang(p: Person) -> str:
    """An Omang number: nine digits, the fifth 1 for men and 2 for women."""
    digits = p.bhxh
    return f"{digits[:4]}{1 if p.male else 2}{digits[4:8]}"


WRITERS_BLIND335: dict[str, Callable[[Person, Col], object]] = {
    "abo335": lambda p, c: _pick(p, ("O", "A", "B", "AB", "O"), 1),
    "rh335": lambda p, c: _pick(p, ("Rh(D) âm", "Rh-", "D yếu", "Rh âm"), 2),
    "times335": lambda p, c: str(_num(p, 40)),
    "site335": lambda p, c: _pick(p, _BLOOD_SITES, 3),
    "ready335": lambda p, c: _pick(p, ("Có", "Có (ban ngày)", "Không", "Có"), 4),
    "group335": lambda p, c: _pick(p, _TD_GROUPS, 1),
    "vaccine335": lambda p, c: _pick(p, ("Td (IVAC)", "Td - Vắc xin uốn ván bạch hầu", "TT"), 2),
    "lot335": lambda p, c: f"TD{_num(p, 90):02d}{p.bhxh[-3:]}",
    "dose335": lambda p, c: _pick(p, ("1", "2", "3", "Nhắc lại"), 3),
    "point335": lambda p, c: _pick(p, _TD_POINTS, 4),
    "reaction335": lambda p, c: _pick(p, ("Bình thường", "", "Sốt nhẹ", "Sưng đau tại chỗ", ""), 5),
    "vaccinator335": lambda p, c: f"YS {_other_vn(p, 6)}",
    "branch335": lambda p, c: _pick(p, _YOUTH_BRANCHES, 1),
    "organs335": lambda p, c: _pick(p, _ORGANS, 2),
    "form335": lambda p, c: _pick(
        p, ("Sau khi chết não", "Sau khi chết tim", "Sau khi qua đời"), 3
    ),
    "kin335": lambda p, c: _other_vn(p, 4),
    "rel335": lambda p, c: _pick(p, ("Mẹ", "Bố", "Vợ", "Chồng", "Anh trai", "Chị gái"), 5),
    "kin_phone335": lambda p, c: _other_phone(p, "091"),
    "card335": lambda p, c: f"HMT-{p.other_date:%Y}-{p.bhxh[-5:]}",
    "pid335": lambda p, c: f"D{p.other_date:%y}.{p.bhxh[-4:]}",
    "animal335": lambda p, c: _pick(p, _ANIMALS, 1),
    "animal_state335": lambda p, c: _pick(
        p, ("Theo dõi 10 ngày - khỏe", "Bỏ đi/không rõ", "Đã chết", "Đã tiêm phòng", "Bị giết"), 2
    ),
    "bite_site335": lambda p, c: _pick(p, _BITE_SITES, 3),
    "cat335": lambda p, c: _pick(p, ("Độ II", "Độ III", "Độ III", "Độ I"), 4),
    "vax335": lambda p, c: _pick(p, ("Verorab", "Abhayrab", "Speeda", "Rabivax-S"), 5),
    "regimen335": lambda p, c: _pick(p, ("Tiêm bắp 0-3-7-14-28", "Trong da 0-3-7-28 (2 điểm)"), 6),
    "serum335": lambda p, c: _pick(p, ("SAR 1000UI", "Không", "ERIG (Favirab)", "Không"), 7),
    "za_id335": lambda p, c: _za_id(p),
    "za_sur335": lambda p, c: _pick(p, _ZA_SURNAMES, 1),
    "za_given335": lambda p, c: _by_sex(p, _ZA_GIVEN_M, _ZA_GIVEN_F, 2),
    "za_sex335": lambda p, c: "M" if p.male else "F",
    "za_street335": lambda p, c: _place(p, _ZA_PLACES, 3, 0),
    "za_sub335": lambda p, c: _place(p, _ZA_PLACES, 3, 1),
    "za_town335": lambda p, c: _place(p, _ZA_PLACES, 3, 2),
    "za_prov335": lambda p, c: _place(p, _ZA_PLACES, 3, 3),
    "za_pc335": lambda p, c: _place(p, _ZA_PLACES, 3, 4),
    "za_cell335": lambda p, c: (
        f"0{_pick(p, ('72', '82', '83', '71', '61'), 4)} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "za_grant335": lambda p, c: _pick(p, ("OAG", "DG", "CSG", "SRD R370", "OAG"), 5),
    "za_proc335": lambda p, c: _pick(p, ("", "Z. Dlamini (daughter)", "", "P. Botha (son)"), 6),
    "omang335": lambda p, c: _omang(p),
    "bw_sur335": lambda p, c: _pick(p, _BW_SURNAMES, 1),
    "bw_given335": lambda p, c: _by_sex(p, _BW_GIVEN_M, _BW_GIVEN_F, 2),
    "bw_sex335": lambda p, c: "Male" if p.male else "Female",
    "bw_village335": lambda p, c: _place(p, _BW_PLACES, 3, 0),
    "bw_ward335": lambda p, c: _place(p, _BW_PLACES, 3, 1),
    "bw_dist335": lambda p, c: _place(p, _BW_PLACES, 3, 2),
    "bw_box335": lambda p, c: f"P O Box {_num(p, 900)}, {_place(p, _BW_PLACES, 3, 0)}",
    "bw_cell335": lambda p, c: (
        f"7{_pick(p, ('1', '2', '4', '6', '7'), 4)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "bw_project335": lambda p, c: _pick(
        p, ("Road clearing", "School cleaning", "Kgotla fencing"), 5
    ),
    "bw_head335": lambda p, c: f"Kgosi {_pick(p, _BW_SURNAMES, 6)}",
    "fj_voter335": lambda p, c: p.bhxh[1:9],
    "fj_tin335": lambda p, c: f"{_pick(p, ('5', '6', '7'), 2)}{p.bhxh[-8:]}",
    "fj_sur335": lambda p, c: _pick(p, _FJ_SURNAMES, 1),
    "fj_given335": lambda p, c: _by_sex(p, _FJ_GIVEN_M, _FJ_GIVEN_F, 2),
    "fj_sex335": lambda p, c: "M" if p.male else "F",
    "fj_koro335": lambda p, c: _place(p, _FJ_PLACES, 3, 0),
    "fj_tikina335": lambda p, c: _place(p, _FJ_PLACES, 3, 1),
    "fj_yasana335": lambda p, c: _place(p, _FJ_PLACES, 3, 2),
    "fj_mataqali335": lambda p, c: _pick(
        p, ("Nakorovou", "Naua", "Delaiwai", "Nabukebuke", "—"), 4
    ),
    "fj_yavusa335": lambda p, c: _pick(p, ("Nabukebuke", "Navatu", "Burenitu", "—"), 5),
    "fj_phone335": lambda p, c: (
        f"+679 {_pick(p, ('9', '8', '7'), 6)}{p.phone[4:6]} {p.phone[6:10]}"
    ),
    "fj_scheme335": lambda p, c: _pick(
        p, ("Social Pension", "Poverty Benefit", "Care & Protection"), 7
    ),
    "ws_nid335": lambda p, c: f"{p.bhxh}",
    "ws_family335": lambda p, c: _pick(p, _WS_FAMILY, 1),
    "ws_given335": lambda p, c: _by_sex(p, _WS_GIVEN_M, _WS_GIVEN_F, 2),
    "ws_sex335": lambda p, c: "Tane" if p.male else "Fafine",
    "ws_nuu335": lambda p, c: _place(p, _WS_PLACES, 3, 0),
    "ws_itumalo335": lambda p, c: _place(p, _WS_PLACES, 3, 1),
    "ws_matai335": lambda p, c: _pick(
        p, ("Tuala", "Lealaiauloto", "Fonoti", "", "Mata‘afa", ""), 4
    ),
    "ws_pulenuu335": lambda p, c: (
        f"{_pick(p, ('Tuala', 'Fonoti', 'Aiono'), 5)} {_pick(p, _WS_GIVEN_M, 6)}"
    ),
    "ws_phone335": lambda p, c: f"+685 7{p.phone[4:10]}",
    "pg_nid335": lambda p, c: f"{p.bhxh}",
    "pg_family335": lambda p, c: _pick(p, _PG_FAMILY, 1),
    "pg_given335": lambda p, c: _by_sex(p, _PG_GIVEN_M, _PG_GIVEN_F, 2),
    "pg_sex335": lambda p, c: "M" if p.male else "F",
    "pg_village335": lambda p, c: _place(p, _PG_PLACES, 3, 0),
    "pg_ward335": lambda p, c: _place(p, _PG_PLACES, 3, 1),
    "pg_llg335": lambda p, c: _place(p, _PG_PLACES, 3, 2),
    "pg_dist335": lambda p, c: _place(p, _PG_PLACES, 3, 3),
    "pg_prov335": lambda p, c: _place(p, _PG_PLACES, 3, 4),
    "pg_clan335": lambda p, c: _place(p, _PG_PLACES, 3, 5),
    "pg_tribe335": lambda p, c: _place(p, _PG_PLACES, 3, 6),
    "pg_occ335": lambda p, c: _pick(
        p, ("Subsistence farmer", "Housewife", "Student", "Teacher"), 4
    ),
    "pg_phone335": lambda p, c: (
        f"7{_pick(p, ('0', '1', '2', '3', '4'), 5)}{p.phone[4:6]} {p.phone[6:10]}"
    ),
}
