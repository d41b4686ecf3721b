"""How the people of the three-hundred-and-forty-first part of the outside corpus (**blind 341**,
:mod:`lienthong.quality._corpus_blind341`) are written: monks and nuns under their dharma names
beside their birth names, Catholics under their saint's names, Cao Đài dignitaries under their
holy names and ranks, Protestant students of a Bible school; and people of Albania (the NID with
its decade letter), North Macedonia (the ЕМБГ in Cyrillic), Montenegro and Republika Srpska (the
JMBG with its mod 11 digit) and Moldova (the IDNP with its 7-3-1 digit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind16_writers import _idnp_md
from lienthong.quality._corpus_blind22_writers import _nid_al
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind188_writers import _jmbg_of, _local_phone
from lienthong.quality._corpus_blind196_writers import _md_phone

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_DHARMA_M: tuple[str, ...] = (
    "Thích Nguyên Tịnh",
    "Thích Đồng Chơn",
    "Thích Quảng Pháp",
    "Thích Minh Hiếu",
)
_DHARMA_M += ("Thích Thiện Phước", "Thích Huệ Đăng", "Thích Nhuận Châu")
_DHARMA_F: tuple[str, ...] = ("Thích Nữ Diệu Hạnh", "Thích Nữ Như Nguyệt", "Thích Nữ Tâm Liên")
_DHARMA_F += ("Thích Nữ Huệ Hương", "Thích Nữ Đồng Liên", "Thích Nữ Chơn Minh")
_MASTERS_M = ("HT. Thích Trí Tịnh", "HT. Thích Thanh Từ", "TT. Thích Nhật Quang")
_MASTERS_F = ("NT. Thích Nữ Như Thanh", "NS. Thích Nữ Tịnh Nguyện", "NT. Thích Nữ Trí Hải")
_PAGODA_DUTY = ("Trụ trì", "Phó trụ trì", "Tri khách", "Thủ quỹ", "Tri sự", "Chúng", "Chúng")
_HOMETOWNS: tuple[str, ...] = (
    "Hải Hậu, Nam Định",
    "Diễn Châu, Nghệ An",
    "Hương Trà, Thừa Thiên Huế",
)
_HOMETOWNS += ("Châu Thành, Tiền Giang", "Phù Mỹ, Bình Định", "Quỳnh Phụ, Thái Bình")
_PAGODAS_M = (
    "Chùa Phước Hải, 73 Mai Thị Lựu, phường Tân Định, TP. Hồ Chí Minh",
    "Chùa Huệ Nghiêm, 120 Đường số 6, phường An Lạc, TP. Hồ Chí Minh",
    "Chùa Giác Lâm, 565 Lạc Long Quân, phường Bảy Hiền, TP. HCM",
)
_PAGODAS_F = (
    "Tịnh xá Ngọc Thành, ấp 3, xã Tân Thạnh Đông, TP. Hồ Chí Minh",
    "Ni viện Huệ Lâm, 19/7 Lê Văn Sỹ, P. Nhiêu Lộc, TP.HCM",
    "Chùa Dược Sư, 27 Nguyễn Văn Bảo, phường Hạnh Thông, TP. Hồ Chí Minh",
)
_SAINTS_M = ("Giuse", "Phêrô", "Gioan Baotixita", "Phaolô", "Antôn", "Đaminh", "Micae", "Giacôbê")
_SAINTS_F = ("Maria", "Anna", "Têrêsa", "Cecilia", "Agnès", "Rosa", "Mônica", "Catarina")
_BIRTHPLACES = ("BV Từ Dũ", "Nhà hộ sinh Q.3", "tại nhà", "BV Hùng Vương", "Nhà thương Chợ Rẫy")
_PRIESTS: tuple[str, ...] = (
    "Lm. Phêrô Nguyễn Văn Hòa",
    "Lm. Giuse Trần Đình Phúc",
    "Lm. Gioan Lê Quang Vinh",
)
_PRIESTS += ("Lm. Phaolô Phạm Minh Tâm (phó xứ)", "Đức ông Giuse Đỗ Thanh Lâm")
_CHAPELS = ("Giáo họ Thánh Giuse", "Giáo họ Mân Côi", "Giáo họ Phanxicô", "Giáo họ Thánh Tâm")
_CD_RANK_M = ("Giáo Hữu", "Lễ Sanh", "Chánh Trị Sự", "Phó Trị Sự", "Thông Sự")
_CD_RANK_F = ("Nữ Giáo Hữu", "Nữ Lễ Sanh", "Nữ Chánh Trị Sự", "Nữ Phó Trị Sự")
_CD_WORDS = ("Nhơn", "Tâm", "Hòa", "Đức", "Minh", "Chơn", "Trung", "Thiện")
_CD_TEMPLES = (
    ("Thánh thất Châu Thành", "ấp Long Chẩn, xã Long Hoa, Tây Ninh"),
    ("Thánh thất Cầu Kho", "122 Trần Đình Xu, P. Cầu Ông Lãnh, TP.HCM"),
    ("Thánh thất Bến Tre", "khu phố 2, phường An Hội, Vĩnh Long"),
    ("Thánh thất Trường Hòa", "ấp Trường Phước, xã Trường Hòa, Tây Ninh"),
    ("Thánh thất Đà Nẵng", "63 Hải Phòng, phường Hải Châu, Đà Nẵng"),
)
_CD_OPINION = ("Đề nghị chấp thuận", "Đủ niên hạn, đạo hạnh tốt", "Chờ xét thêm", "Thuận")
_TL_ETHNIC = ("Kinh", "Ê Đê", "Gia Rai", "Mnông", "H'Mông", "Ba Na", "Kinh")
_TL_CHURCH: tuple[str, ...] = (
    "HT Buôn Ma Thuột",
    "Chi hội Ea Kly",
    "HT Pleiku",
    "Chi hội Đức Trọng",
)
_TL_CHURCH += ("HT Sài Gòn", "Chi hội Bình Phước", "HT Kon Tum")
_TL_CLASS: tuple[str, ...] = (
    "Thánh Kinh Tân học K12 (từ xa)",
    "Cử nhân Thần học K9",
    "Bồi linh Thanh niên 2026",
)
_TL_CLASS += ("Lớp Chấp sự - Truyền đạo", "Thánh nhạc cơ bản")
_TL_SCORE = ("7,5", "8,0", "6,5", "Khá", "Giỏi", "8,75", "chưa thi")

_AL_FAMILY = ("Hoxha", "Kola", "Shehu", "Leka", "Dervishi", "Gjoka", "Marku", "Çela", "Brahimi")
_AL_GIVEN_M = ("Arben", "Ilir", "Gentian", "Besnik", "Ermal", "Fatmir", "Xhevdet", "Agron")
_AL_GIVEN_F = ("Elira", "Mirela", "Anila", "Blerina", "Drita", "Valbona", "Lindita", "Merita")
_AL_PLACES = (
    ("Rr. Myslym Shyri, Pall. 12, Ap. 5", "Tiranë", "Myftinia Tiranë"),
    ("Lagjja 13, Rr. Tregtare, Nr. 4", "Durrës", "Myftinia Durrës"),
    ("Rr. Gjuhadol, Nd. 22", "Shkodër", "Myftinia Shkodër"),
    ("Lagjja Kongresi, Rr. Qemal Stafa", "Elbasan", "Myftinia Elbasan"),
    ("Rr. Bardhyl Berbati, Nr. 9", "Kavajë", "Myftinia Kavajë"),
    ("Bulevardi Republika, Pall. 3/1", "Korçë", "Myftinia Korçë"),
)
_MK_FAMILY = ("Петровск", "Стојановск", "Николовск", "Трајковск", "Димитриевск", "Илиевск")
_MK_GIVEN_M = ("Александар", "Горан", "Никола", "Дејан", "Марко", "Зоран", "Ѓорѓи")
_MK_GIVEN_F = ("Марија", "Елена", "Билјана", "Ивана", "Сања", "Катерина", "Ѓурѓица")
_MK_PLACES = (
    ("ул. Партизанска бр. 14", "Скопје"),
    ("бул. Илинден 55/3", "Скопје"),
    ("ул. Широк Сокак бр. 102", "Битола"),
    ("ул. Македонски Просветители 8", "Охрид"),
    ("ул. Гоце Делчев бр. 21", "Прилеп"),
    ("ул. 11 Октомври 4/12", "Куманово"),
    ("ул. Благој Ѓорев 37", "Велес"),
)
_MK_PRIESTS = ("о. Јован Стојанов", "протоереј Методиј Ристовски", "јереј Климент Цветков")
_ME_FAMILY = (
    "Vuković",
    "Popović",
    "Radulović",
    "Bošković",
    "Kovačević",
    "Šćepanović",
    "Martinović",
)
_ME_GIVEN_M = ("Marko", "Nikola", "Vuk", "Milan", "Dragan", "Luka", "Vojislav")
_ME_GIVEN_F = ("Jelena", "Milica", "Ana", "Marija", "Ivana", "Sanja", "Dragana")
_ME_PLACES = (
    ("Njegoševa 24", "Cetinje"),
    ("Bajova 7", "Cetinje"),
    ("Ivana Crnojevića 55", "Cetinje"),
    ("Baja Pivljanina bb", "Cetinje"),
    ("Rijeka Crnojevića bb", "Rijeka Crnojevića"),
    ("Njeguši bb", "Njeguši"),
    ("Bajice bb", "Bajice"),
)
_ME_BASIS: tuple[str, ...] = (
    "Stanje socijalne potrebe",
    "Liječenje",
    "Elementarna nepogoda (požar)",
)
_ME_BASIS += ("Smrt člana porodice", "Novorođeno dijete")
_BA_FAMILY = ("Јовановић", "Савић", "Тодоровић", "Марковић", "Ђурић", "Лукић", "Стојаковић")
_BA_GIVEN_M = ("Драган", "Милош", "Саша", "Бранко", "Никола", "Горан", "Жељко")
_BA_GIVEN_F = ("Мирјана", "Драгана", "Сања", "Јована", "Бојана")
_BA_PLACES = (
    ("Краља Петра I Карађорђевића 45", "Бања Лука", "10"),
    ("Вука Караџића 12", "Бијељина", "11"),
    ("Његошева 3а", "Приједор", "10"),
    ("Светосавска 18/2", "Добој", "13"),
    ("Николе Тесле 7", "Требиње", "17"),
    ("Видовданска бб", "Градишка", "10"),
)
_MD_FAMILY = ("Ciobanu", "Rusu", "Munteanu", "Popa", "Lupu", "Cebotari", "Țurcanu", "Botnaru")
_MD_GIVEN_M = ("Ion", "Vasile", "Andrei", "Mihai", "Sergiu", "Alexandru", "Dumitru")
_MD_GIVEN_F = ("Maria", "Elena", "Natalia", "Ana", "Cristina", "Olga", "Doina")
_MD_ADDR = (
    "mun. Chișinău, str. Ismail 45, ap. 12",
    "mun. Chișinău, bd. Dacia 27/1, ap. 88",
    "mun. Bălți, str. Independenței 7, ap. 3",
    "or. Ialoveni, str. Alexandru cel Bun 19",
    "s. Cricova, str. Trandafirilor 3",
    "or. Orhei, str. Vasile Mahu 112, ap. 40",
)
_MD_WORK: tuple[str, ...] = (
    "SA Moldtelecom",
    "IMSP SCM nr. 1",
    "Primăria Ialoveni",
    "pensionar(ă)",
)
_MD_WORK += ("student(ă) USM", "SRL Lactalis-Alba", "MAI, IGP")


def _monk_rank(p: Person) -> str:
    y = p.birth.year
    level = 0 if y < 1960 else 1 if y < 1975 else 2 if y < 1998 else 3
    if p.male:
        return ("Hòa thượng", "Thượng tọa", "Đại đức", "Sa di")[level]
    return ("Ni trưởng", "Ni sư", "Sư cô", "Sa di ni")[level]


def _saint(p: Person, salt: int, male: bool) -> str:
    return _pick(p, _SAINTS_M if male else _SAINTS_F, salt)


def _baptism(p: Person, c: Col) -> str:
    return (p.birth + timedelta(days=_num(p, 40) + 6)).strftime(c.date_format)


def _confirmation(p: Person, c: Col) -> str:
    return _shift_date(p.birth, 10 + _num(p, 3)).strftime(c.date_format)


def _cd_holy(p: Person) -> str:
    word = _pick(p, _CD_WORDS, 3)
    if not p.male:
        return f"Hương {word}"
    return f"{_pick(p, ('Thái', 'Thượng', 'Ngọc'), 2)} {word} Thanh"


def _cd_rank(p: Person) -> str:
    return _by_sex(p, _CD_RANK_M, _CD_RANK_F, 1)


def _cd_promo(p: Person) -> str:
    rank = _cd_rank(p).removeprefix("Nữ ")
    up = {"Thông Sự": "Phó Trị Sự", "Phó Trị Sự": "Chánh Trị Sự", "Chánh Trị Sự": "Lễ Sanh"}
    up |= {"Lễ Sanh": "Giáo Hữu", "Giáo Hữu": "Giáo Sư"}
    return f"{rank} -> {up[rank]}"


def _al_phone(p: Person) -> str:
    d = f"{int(p.bhxh) % 10**7:07d}"
    lead = _pick(p, ("69", "68", "67"), 4)
    return _pick(p, (f"0{lead} {d[:3]} {d[3:]}", f"+355 {lead} {d[:3]} {d[3:]}", f"0{lead}{d}"), 5)


def _mk_surname(p: Person, salt: int, male: bool) -> str:
    return _pick(p, _MK_FAMILY, salt) + ("и" if male else "а")


def _mk_given(p: Person, salt: int, male: bool) -> str:
    return _pick(p, _MK_GIVEN_M if male else _MK_GIVEN_F, salt)


def _mk_embg(p: Person) -> str:
    return _jmbg_of(p, str(41 + int(p.bhxh[0]) % 9))


def _me_full(p: Person) -> str:
    return f"{_by_sex(p, _ME_GIVEN_M, _ME_GIVEN_F, 1)} {_pick(p, _ME_FAMILY, 2)}"


def _ba_full(p: Person) -> str:
    return f"{_pick(p, _BA_FAMILY, 2)} {_by_sex(p, _BA_GIVEN_M, _BA_GIVEN_F, 1)}"


def _ba_place(p: Person) -> tuple[str, str, str]:
    return _BA_PLACES[int(p.bhxh) // 7 % len(_BA_PLACES)]


_W = Callable[["Person", "Col"], object]

WRITERS_BLIND341: dict[str, _W] = {
    "dharma341": lambda p, c: _by_sex(p, _DHARMA_M, _DHARMA_F, 1),
    "rank341": lambda p, c: _monk_rank(p),
    "duty341": lambda p, c: _pick(p, _PAGODA_DUTY, 2),
    "ordain341": lambda p, c: str(min(p.birth.year + 12 + _num(p, 9), 2025)),
    "master341": lambda p, c: _by_sex(p, _MASTERS_M, _MASTERS_F, 3),
    "hometown341": lambda p, c: _pick(p, _HOMETOWNS, 4),
    "pagoda_addr341": lambda p, c: _by_sex(p, _PAGODAS_M, _PAGODAS_F, 5),
    "rt_no341": lambda p, c: f"{p.birth.year}/{_num(p, 400):03d}",
    "saint341": lambda p, c: _saint(p, 1, p.male),
    "birthplace341": lambda p, c: _pick(p, _BIRTHPLACES, 2),
    "father341": lambda p, c: f"{_saint(p, 3, True)} {_other_vn(p, 3, True, p.family)}",
    "mother341": lambda p, c: f"{_saint(p, 4, False)} {_other_vn(p, 5, False)}",
    "baptism341": _baptism,
    "priest341": lambda p, c: _pick(p, _PRIESTS, 6),
    "godparent341": lambda p, c: f"{_saint(p, 7, p.male)} {_other_vn(p, 7, p.male)}",
    "confirm341": _confirmation,
    "marriage341": lambda p, c: _pick(
        p,
        (
            "",
            "Hôn phối tại GX Tân Định",
            "Hôn phối 2001 - GX Chí Hòa",
            "",
            "Khấn trọn, dòng Mến Thánh Giá",
        ),
        8,
    ),
    "chapel341": lambda p, c: _pick(p, _CHAPELS, 9),
    "cd_rank341": lambda p, c: _cd_rank(p),
    "cd_holy341": lambda p, c: _cd_holy(p),
    "cd_branch341": lambda p, c: _pick(p, ("Thái", "Thượng", "Ngọc"), 2) if p.male else "Nữ phái",
    "cd_join341": lambda p, c: str(min(p.birth.year + 18 + _num(p, 12), 2024)),
    "cd_temple341": lambda p, c: _pick(p, tuple(t for t, _ in _CD_TEMPLES), 4),
    "cd_temple_addr341": lambda p, c: _pick(p, tuple(a for _, a in _CD_TEMPLES), 4),
    "cd_promo341": lambda p, c: _cd_promo(p),
    "cd_opinion341": lambda p, c: _pick(p, _CD_OPINION, 5),
    "tl_code341": lambda p, c: f"TK{20 + _num(p, 7)}-{_num(p, 900):04d}",
    "tl_ethnic341": lambda p, c: _pick(p, _TL_ETHNIC, 2),
    "tl_church341": lambda p, c: _pick(p, _TL_CHURCH, 3),
    "tl_pastor341": lambda p, c: f"MS. {_other_vn(p, 4, True)}",
    "tl_class341": lambda p, c: _pick(p, _TL_CLASS, 5),
    "tl_fee341": lambda p, c: f"{_num(p, 30) * 100_000:,}".replace(",", "."),
    "tl_score341": lambda p, c: _pick(p, _TL_SCORE, 6),
    "al_given341": lambda p, c: _by_sex(p, _AL_GIVEN_M, _AL_GIVEN_F, 1),
    "al_father341": lambda p, c: _pick(p, _AL_GIVEN_M, 3),
    "al_family341": lambda p, c: _pick(p, _AL_FAMILY, 2),
    "al_sex341": lambda p, c: "M" if p.male else "F",
    "al_nid341": lambda p, c: _nid_al(p),
    "al_pass341": lambda p, c: f"B{'ABCDEFGH'[_num(p, 8) - 1]}{int(p.bhxh) % 10**7:07d}",
    "al_street341": lambda p, c: _pick(p, tuple(s for s, _, _ in _AL_PLACES), 4),
    "al_city341": lambda p, c: _pick(p, tuple(t for _, t, _ in _AL_PLACES), 4),
    "al_mufti341": lambda p, c: _pick(p, tuple(m for _, _, m in _AL_PLACES), 4),
    "al_phone341": lambda p, c: _al_phone(p),
    "al_group341": lambda p, c: f"Grupi {_num(p, 12)} - {_pick(p, ('Mekë', 'Medinë'), 6)}",
    "al_paid341": lambda p, c: _pick(p, ("4 950", "5 200", "4950,00", "5 450 €"), 7),
    "mk_family341": lambda p, c: _mk_surname(p, 2, p.male),
    "mk_given341": lambda p, c: _mk_given(p, 1, p.male),
    "mk_father341": lambda p, c: _mk_given(p, 3, True),
    "mk_embg341": lambda p, c: _mk_embg(p),
    "mk_birthplace341": lambda p, c: _pick(p, tuple(t for _, t in _MK_PLACES), 6),
    "mk_street341": lambda p, c: _pick(p, tuple(s for s, _ in _MK_PLACES), 4),
    "mk_city341": lambda p, c: _pick(p, tuple(t for _, t in _MK_PLACES), 4),
    "mk_phone341": lambda p, c: _local_phone(p, ("070", "071", "075", "078"), "+389"),
    "mk_spouse341": lambda p, c: f"{_mk_given(p, 5, not p.male)} {_mk_surname(p, 5, not p.male)}",
    "mk_kum341": lambda p, c: f"{_mk_given(p, 7, p.male)} {_mk_surname(p, 8, p.male)}",
    "mk_priest341": lambda p, c: _pick(p, _MK_PRIESTS, 9),
    "mk_tom341": lambda p, c: f"Т. {_num(p, 30)} / стр. {_num(p, 200)}",
    "me_full341": lambda p, c: _me_full(p),
    "me_parent341": lambda p, c: _pick(p, _ME_GIVEN_M, 3),
    "me_jmbg341": lambda p, c: _jmbg_of(p, _pick(p, ("21", "22", "23", "26"), 4)),
    "me_sex341": lambda p, c: "M" if p.male else "Ž",
    "me_street341": lambda p, c: _pick(p, tuple(s for s, _ in _ME_PLACES), 5),
    "me_place341": lambda p, c: _pick(p, tuple(t for _, t in _ME_PLACES), 5),
    "me_phone341": lambda p, c: _local_phone(p, ("067", "068", "069", "063"), "+382"),
    "me_decision341": lambda p, c: f"UPI 05-556/26-{_num(p, 900)}",
    "me_basis341": lambda p, c: _pick(p, _ME_BASIS, 6),
    "me_amount341": lambda p, c: f"{_num(p, 6) * 50},00",
    "me_account341": lambda p, c: f"510-{int(p.bhxh) % 10**8:08d}-{_num(p, 90) + 9}",
    "ba_full341": lambda p, c: _ba_full(p),
    "ba_father341": lambda p, c: _pick(p, _BA_GIVEN_M, 3),
    "ba_jmbg341": lambda p, c: _jmbg_of(p, _ba_place(p)[2]),
    "ba_sex341": lambda p, c: "М" if p.male else "Ж",
    "ba_street341": lambda p, c: _ba_place(p)[0],
    "ba_city341": lambda p, c: _ba_place(p)[1],
    "ba_phone341": lambda p, c: _local_phone(p, ("065", "066", "064"), "+387"),
    "ba_licence341": lambda p, c: f"ЛЛ-{int(p.bhxh) % 10**5:05d}",
    "ba_gun341": lambda p, c: f"ОЛ {int(p.bhxh[2:8]):06d}/{_num(p, 20) + 5:02d}",
    "ba_section341": lambda p, c: f"Секција {_pick(p, ('Лакташи', 'Челинац'), 7)}",
    "ba_fee341": lambda p, c: _pick(p, ("60,00", "80,00", "40,00"), 8),
    "md_family341": lambda p, c: _pick(p, _MD_FAMILY, 2),
    "md_given341": lambda p, c: _by_sex(p, _MD_GIVEN_M, _MD_GIVEN_F, 1),
    "md_sex341": lambda p, c: "M" if p.male else "F",
    "md_idnp341": lambda p, c: _idnp_md(p),
    "md_blood341": lambda p, c: _pick(p, ("0(I)", "A(II)", "B(III)", "AB(IV)", "A(II)"), 3),
    "md_rh341": lambda p, c: _pick(p, ("Rh+", "Rh+", "Rh-", "Rh+"), 4),
    "md_addr341": lambda p, c: _pick(p, _MD_ADDR, 5),
    "md_phone341": lambda p, c: _md_phone(p),
    "md_work341": lambda p, c: _pick(p, _MD_WORK, 6),
    "md_volume341": lambda p, c: _pick(p, ("450", "450", "400", "600 (plasmă)"), 7),
    "md_count341": lambda p, c: str(_num(p, 25)),
}
