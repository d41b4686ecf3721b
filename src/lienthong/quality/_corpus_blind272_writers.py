"""How the people of the two-hundred-and-seventy-second part of the outside corpus (**blind 272**,
:mod:`lienthong.quality._corpus_blind272`) are written: four Vietnamese files' own columns (a
flute-kite contestant's kite, a bài chòi artist's support, an ox-race pair at Bảy Núi, a rice
farmer's plot in the low-emission scheme) and names, places, phones and numbers from North
Greenland, the Faroe Islands, Åland's archipelago, Shetland and Iceland's Westfjords in the forms
their registers show (the CPR with its century digit, the P-tal and the kennitala with their
mod-11 digits, the henkilötunnus with its mod-31 character, the CHI with its sex and mod-11
digits)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind10_writers import (
    _IS_FATHERS,
    _IS_GIVEN_F,
    _IS_GIVEN_M,
    _kennitala,
)
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind46_writers import _cpr
from lienthong.quality._corpus_blind48_writers import _p_tal
from lienthong.quality._corpus_blind49_writers import _hetu
from lienthong.quality._corpus_blind143_writers import _chi
from lienthong.quality._corpus_blind179_writers import (
    _AX_FAMILY,
    _AX_GIVEN_F,
    _AX_GIVEN_M,
    _FO_FAMILY,
    _FO_GIVEN_F,
    _FO_GIVEN_M,
    _GL_FAMILY,
    _GL_GIVEN_F,
    _GL_GIVEN_M,
    _ascii_mail,
    _fo_phone,
    _gl_phone,
)
from lienthong.quality._corpus_people import _ascii, _written

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: flute-kite contestants at a village festival -----------------------------------------
_VN_KITE_TEAMS = ("Doi dieu Ba Giang", "CLB dieu sao Thuong Mo", "Doi dieu Dan Phuong", "Tu do")
_VN_KITE_FLUTES = ("Sao cau", "Sao con", "Sao doi", "Sao ba", "Bo sao 5 chiec")
_VN_KITE_STATUS = ("Da kiem tra dieu", "Da kiem tra dieu", "Cho kiem tra", "Rut ten")
# -- Vietnam: bài chòi artists supported by the province ----------------------------------------
_VN_CHOI_CLUBS = (
    "CLB bài chòi xã Nhơn Hậu",
    "CLB bài chòi phường Bồng Sơn",
    "CLB bài chòi dân gian Tây Sơn",
    "Đội bài chòi thôn Thuận Nghĩa",
)
_VN_CHOI_ROLES = ("Anh Hiệu", "Chị Hiệu", "Nhạc công (đàn nhị)", "Nhạc công (trống)", "Anh Hiệu")
_VN_CHOI_LEVEL = ("Nghệ nhân ưu tú", "Hội viên", "Hội viên", "Nghệ nhân nhân dân", "Học trò")
# -- Vietnam: ox-race pairs at the Bảy Núi festival -----------------------------------------------
_VN_OX_PLACES = ("Xã Lương Phi", "Xã Châu Lăng", "Xã An Cư", "Xã Văn Giáo", "Xã Ô Lâm")
_VN_OX_JOCKEYS = ("Chau Sóc Kha", "Néang Sa Ry", "Chau Phi Rum", "Chau Sến", "Chau Thanh Tâm")
_VN_OX_PAGODAS = ("Chùa Ba Xoài", "Chùa Soài So", "Chùa Ô Tà Sóc", "Chùa Tà Miệt")
_VN_OX_RESULTS = ("Vào vòng 2", "Loại vòng 1", "Bán kết", "Giải Nhất", "Vào vòng 2", "Phạm quy")
# -- Vietnam: farmers' plots in the low-emission rice scheme --------------------------------------
_VN_RICE_COOPS = ("HTX NN Tân Cường", "HTX Phú Thành A", "HTX DV NN Mỹ Thành", "THT lúa Long Phú")
_VN_RICE_SEEDS = ("OM 18", "Đài thơm 8", "OM 5451", "ST 25", "IR 50404", "OM 380")
_VN_RICE_METHODS = ("Sạ cụm + AWD", "Sạ hàng + AWD", "Cấy máy + AWD", "Sạ cụm", "Sạ lan (chưa đạt)")

# -- Greenland: Avannaata's sled-dog register --------------------------------------------------
#: (street, postcode, town)
_GL_NORTH = (
    ("Kussangajannguaq 9", "3952", "Ilulissat"),
    ("B-1142", "3952", "Ilulissat"),
    ("Aqqusinersuaq 31", "3961", "Uummannaq"),
    ("Piniartut Aqqutaat 4", "3962", "Upernavik"),
    ("B-207", "3971", "Qaanaaq"),
    ("Jakob Danielsenip Aqq. 6", "3951", "Qasigiannguit"),
)
_GL_NOTES = ("", "", "Qimmit pilattariaqarput / Hunde skal aflives", "Ny ejer", "Flyttet til byen")
# -- Faroe Islands: pilot whale hunt licences -------------------------------------------------
_FO_VILLAGES = (
    ("Við Sandá 4", "FO-360", "Sandavágur"),
    ("Heimi á Bø 11", "FO-430", "Hvalvík"),
    ("Brekkuvegur 7", "FO-410", "Kollafjørður"),
    ("Undir Kirkjubrekku 2", "FO-210", "Sandur"),
    ("Gøtugjógv 15", "FO-520", "Leirvík"),
    ("Hoyvíksvegur 58", "FO-188", "Hoyvík"),
    ("Bakkavegur 3", "FO-827", "Hvalba"),
)
_FO_GRIND_PLACES = ("Tórshavn", "Klaksvík", "Tvøroyri", "Miðvágur", "Hvalvík", "Vágur")
_FO_LANCES = ("Mønustingari", "Mønustingari", "Blásturkrókur", "Mønustingari og blásturkrókur")
_FO_FOREMEN = ("Jens Mortan Rasmussen", "Ólavur Sjúrðarberg", "Hans Jacob Hermansen")
_FO_NOTES = ("", "", "Skeið endurtikið", "Loyvi endurnýggjað", "Manglar mynd")
# -- Åland: the archipelago ferries' commuter cards -------------------------------------------
#: (street, postcode, kommun)
_AX_ISLANDS = (
    ("Hamnvägen 4", "AX-22730", "Kökar"),
    ("Degerbyvägen 19", "AX-22710", "Föglö"),
    ("Västra Sandvägen 2", "AX-22820", "Kumlinge"),
    ("Torsholma 31", "AX-22940", "Brändö"),
    ("Sottungavägen 8", "AX-22640", "Sottunga"),
    ("Töftövägen 12", "AX-22550", "Vårdö"),
)
_AX_LINES = ("Södra linjen", "Norra linjen", "Föglölinjen", "Tvärgående linjen", "Vårdö-Hummelvik")
_AX_KINDS = ("Pendlarkort", "Pendlarkort", "Studerandekort", "Bofast i skärgården", "Företagskort")
_AX_WORKS = ("ÅHS Mariehamn", "Ålands landskapsregering", "Föglö kommun", "Viking Line", "Egen")
_AX_OFFICERS = ("Kristina Eriksson", "Tom Jansson", "Lena Holmström")
_AX_STATUS = ("Aktiv", "Aktiv", "Spärrad", "Under behandling", "Avslutad")
# -- Shetland: NHS Shetland's patient travel claims -------------------------------------------
_SH_FAMILY = (
    "Jamieson",
    "Tulloch",
    "Irvine",
    "Johnson",
    "Manson",
    "Leask",
    "Isbister",
    "Laurenson",
)
_SH_GIVEN_M = ("Magnus", "Ronald", "Bertie", "Gibby", "Lowrie", "Davie", "Andrew")
_SH_GIVEN_F = ("Ingrid", "Freya", "Marion", "Elspeth", "Thora", "Jemima", "Ruby")
#: (street, village or isle, postcode, exchange)
_SH_PLACES = (
    ("12 Burgh Road", "Lerwick", "ZE1 0LA", "01595"),
    ("3 Hillside", "Mid Yell", "ZE2 9BN", "01957"),
    ("Setters, Haroldswick", "Unst", "ZE2 9ED", "01957"),
    ("7 Brough", "Whalsay", "ZE2 9AL", "01806"),
    ("Nordaal", "Brae", "ZE2 9QJ", "01806"),
    ("2 Sandwick Road", "Sandwick", "ZE2 9HP", "01950"),
    ("Lower Stove", "Fair Isle", "ZE2 9JU", "01595"),
)
_SH_HOSPITALS = (
    ("Aberdeen Royal Infirmary", "Cardiology"),
    ("Gilbert Bain Hospital", "Orthopaedics"),
    ("Aberdeen Royal Infirmary", "Oncology"),
    ("Royal Aberdeen Children's Hospital", "Paediatrics"),
    ("Woolmanhill, Aberdeen", "Ophthalmology"),
    ("Gilbert Bain Hospital", "Renal unit"),
)
_SH_MODES = ("Loganair flight", "NorthLink ferry", "Inter-island ferry", "Own car + ferry", "Taxi")
_SH_ESCORT_WHY = ("", "", "Clinical need", "Patient under 16", "Hearing impaired", "")
_SH_STATUS = ("Paid", "Paid", "Pending", "Query - receipts missing", "Rejected")
# -- Iceland, the Westfjords: home help in Ísafjarðarbær --------------------------------------
#: (street, postcode, place)
_IS_WEST = (
    ("Hlíðarvegur 14", "400", "Ísafjörður"),
    ("Fjarðarstræti 29", "400", "Ísafjörður"),
    ("Aðalgata 12", "430", "Suðureyri"),
    ("Ránargata 6", "425", "Flateyri"),
    ("Brekkugata 40", "470", "Þingeyri"),
    ("Hafnargata 81", "415", "Bolungarvík"),
)
_IS_SERVICES = ("Þrif", "Þrif og innkaup", "Böðun", "Innlit", "Heimsendur matur", "Þrif og böðun")
_IS_WORKERS = ("Hrefna Guðmundsdóttir", "Pálína Jóhannsdóttir", "Arna Lind Sigurðardóttir")
_IS_FEES = ("Gjaldfrjálst", "Flokkur 1", "Flokkur 2", "Flokkur 3")
_IS_NOTES = ("", "", "Lykill í lyklaboxi", "Hundur á heimilinu", "Aðstandandi býr í Reykjavík")


def _row(p: Person, table: tuple[tuple[str, ...], ...], salt: int = 1) -> tuple[str, ...]:
    return table[(int(p.bhxh) // (salt * 7 + 3)) % len(table)]


def _gl_name(p: Person) -> str:
    return f"{_by_sex(p, _GL_GIVEN_M, _GL_GIVEN_F, 1)} {_pick(p, _GL_FAMILY, 2)}"


def _fo_mail(p: Person) -> str:
    given = _ascii_mail(_by_sex(p, _FO_GIVEN_M, _FO_GIVEN_F, 1)).replace("ð", "d")
    host = _pick(p, ("olivant.fo", "gmail.com", "hotmail.com", "post.olivant.fo"), 4)
    return f"{given}{p.bhxh[-2:]}@{host}"


def _ax_phone(p: Person) -> str:
    if int(p.bhxh) % 3 == 0:
        return f"018-{p.phone[4:6]} {p.phone[6:8]}{p.phone[8]}"
    return f"+358 457 {p.phone[3:6]} {p.phone[6:10]}"


def _sh_phone(p: Person) -> str:
    if int(p.bhxh) % 3 == 0:
        return f"07{p.phone[2:5]} {p.phone[5:10]}{p.phone[2]}"
    return f"{_row(p, _SH_PLACES)[3]} {p.phone[4:10]}"


def _is_name(p: Person) -> str:
    given = _by_sex(p, _IS_GIVEN_M, _IS_GIVEN_F, 1)
    return f"{given} {_pick(p, _IS_FATHERS, 2)}{'son' if p.male else 'dóttir'}"


def _is_phone(p: Person) -> str:
    body = f"{_pick(p, ('456', '456', '862', '694', '849'), 3)} {p.phone[6:10]}"
    return body if int(p.bhxh) % 4 else f"+354 {body}"


WRITERS_BLIND272: dict[str, Callable[[Person, Col], object]] = {
    # flute-kite contestants
    "kite_team272": lambda p, c: _pick(p, _VN_KITE_TEAMS, 2),
    "kite_no272": lambda p, c: f"D{_num(p, 150) + 1:03d}",
    "kite_span272": lambda p, c: f"{3 + _num(p, 40) / 10:.1f}".replace(".", ","),
    "kite_flute272": lambda p, c: _pick(p, _VN_KITE_FLUTES, 3),
    "kite_helper272": lambda p, c: _ascii(_other_vn(p, 4, True)),
    "kite_helper_phone272": lambda p, c: _other_phone(p, "097"),
    "kite_status272": lambda p, c: _pick(p, _VN_KITE_STATUS, 5),
    # bài chòi artists
    "choi_club272": lambda p, c: _pick(p, _VN_CHOI_CLUBS, 2),
    "choi_role272": lambda p, c: _pick(p, _VN_CHOI_ROLES, 3),
    "choi_level272": lambda p, c: _pick(p, _VN_CHOI_LEVEL, 4),
    "choi_years272": lambda p, c: str(3 + _num(p, 45)),
    "choi_support272": lambda p, c: _pick(p, ("1.490.000", "745.000", "2.000.000", "745.000"), 5),
    "choi_bank272": lambda p, c: f"Agribank {p.bhxh[:4]}{p.bhxh[-9:]}",
    "choi_decision272": lambda p, c: f"{_num(p, 800) + 40}/QĐ-UBND",
    # Bảy Núi ox race
    "ox_pair272": lambda p, c: f"Đôi số {_num(p, 60) + 1}",
    "ox_place272": lambda p, c: _pick(p, _VN_OX_PLACES, 2),
    "ox_pagoda272": lambda p, c: _pick(p, _VN_OX_PAGODAS, 3),
    "ox_jockey272": lambda p, c: _pick(p, _VN_OX_JOCKEYS, 4),
    "ox_age272": lambda p, c: f"{3 + _num(p, 5)} tuổi",
    "ox_weight272": lambda p, c: f"{280 + _num(p, 200)} kg",
    "ox_result272": lambda p, c: _pick(p, _VN_OX_RESULTS, 5),
    # low-emission rice plots
    "rice_coop272": lambda p, c: _pick(p, _VN_RICE_COOPS, 2),
    "rice_sheet272": lambda p, c: f"Tờ {_num(p, 40) + 1}, thửa {_num(p, 900) + 12}",
    "rice_area272": lambda p, c: f"{0.3 + _num(p, 50) / 10:.2f}".replace(".", ","),
    "rice_seed272": lambda p, c: _pick(p, _VN_RICE_SEEDS, 3),
    "rice_method272": lambda p, c: _pick(p, _VN_RICE_METHODS, 4),
    "rice_sown272": lambda p, c: _written(p.other_date + timedelta(days=20), c.date_format),
    # Greenland: sled dogs
    "gl_cpr272": lambda p, c: _cpr(p),
    "gl_name272": lambda p, c: _gl_name(p),
    "gl_street272": lambda p, c: _row(p, _GL_NORTH)[0],
    "gl_post272": lambda p, c: _row(p, _GL_NORTH)[1],
    "gl_town272": lambda p, c: _row(p, _GL_NORTH)[2],
    "gl_phone272": lambda p, c: _gl_phone(p),
    "gl_dogs272": lambda p, c: str(2 + _num(p, 24)),
    "gl_yard272": lambda p, c: (
        f"Qimmeqarfik {_pick(p, ('A', 'B', 'C', 'Kangia'), 3)}-{_num(p, 70)}"
    ),
    "gl_fee272": lambda p, c: f"{_pick(p, ('0,00', '150,00', '300,00', '450,00'), 4)}",
    "gl_hunter272": lambda p, c: _pick(p, ("Aap / Ja", "Naamik / Nej", "Aap / Ja"), 5),
    "gl_note272": lambda p, c: _pick(p, _GL_NOTES, 6),
    # Faroe Islands: grind licences
    "fo_licence272": lambda p, c: f"GL-{p.other_date:%y}-{_num(p, 3000) + 100:04d}",
    "fo_given272": lambda p, c: _by_sex(p, _FO_GIVEN_M, _FO_GIVEN_F, 1),
    "fo_family272": lambda p, c: _pick(p, _FO_FAMILY, 2),
    "fo_ptal272": lambda p, c: _p_tal(p),
    "fo_sex272": lambda p, c: "M" if p.male else "K",
    "fo_street272": lambda p, c: _row(p, _FO_VILLAGES)[0],
    "fo_post272": lambda p, c: _row(p, _FO_VILLAGES)[1],
    "fo_town272": lambda p, c: _row(p, _FO_VILLAGES)[2],
    "fo_phone272": lambda p, c: _fo_phone(p),
    "fo_email272": lambda p, c: _fo_mail(p),
    "fo_course_place272": lambda p, c: _pick(p, _FO_GRIND_PLACES, 3),
    "fo_lance272": lambda p, c: _pick(p, _FO_LANCES, 4),
    "fo_foreman272": lambda p, c: _pick(p, _FO_FOREMEN, 5),
    "fo_note272": lambda p, c: _pick(p, _FO_NOTES, 6),
    # Åland: commuter cards
    "ax_card272": lambda p, c: f"ÅT {p.bhxh[1:4]} {p.bhxh[4:8]}",
    "ax_family272": lambda p, c: _pick(p, _AX_FAMILY, 2),
    "ax_given272": lambda p, c: _by_sex(p, _AX_GIVEN_M, _AX_GIVEN_F, 1),
    "ax_hetu272": lambda p, c: _hetu(p),
    "ax_sex272": lambda p, c: "Man" if p.male else "Kvinna",
    "ax_street272": lambda p, c: _row(p, _AX_ISLANDS)[0],
    "ax_post272": lambda p, c: _row(p, _AX_ISLANDS)[1],
    "ax_kommun272": lambda p, c: _row(p, _AX_ISLANDS)[2],
    "ax_phone272": lambda p, c: _ax_phone(p),
    "ax_email272": lambda p, c: (
        f"{_ascii_mail(_by_sex(p, _AX_GIVEN_M, _AX_GIVEN_F, 1)).replace('ä', 'a')}."
        f"{_ascii_mail(_pick(p, _AX_FAMILY, 2)).replace('ö', 'o')}@aland.net"
    ),
    "ax_kind272": lambda p, c: _pick(p, _AX_KINDS, 3),
    "ax_line272": lambda p, c: _pick(p, _AX_LINES, 4),
    "ax_reg272": lambda p, c: _pick(p, (f"ÅLA-{p.bhxh[5:8]}", "", f"ÅL-{p.bhxh[2:6]}"), 5),
    "ax_work272": lambda p, c: _pick(p, _AX_WORKS, 6),
    "ax_officer272": lambda p, c: _pick(p, _AX_OFFICERS, 7),
    "ax_status272": lambda p, c: _pick(p, _AX_STATUS, 8),
    # Shetland: patient travel
    "sh_claim272": lambda p, c: f"PT/{p.other_date:%y}/{_num(p, 9000) + 100:05d}",
    "sh_chi272": lambda p, c: _chi(p),
    "sh_family272": lambda p, c: _pick(p, _SH_FAMILY, 2),
    "sh_given272": lambda p, c: _by_sex(p, _SH_GIVEN_M, _SH_GIVEN_F, 1),
    "sh_addr272": lambda p, c: f"{_row(p, _SH_PLACES)[0]}, {_row(p, _SH_PLACES)[1]}, Shetland",
    "sh_post272": lambda p, c: _row(p, _SH_PLACES)[2],
    "sh_phone272": lambda p, c: _sh_phone(p),
    "sh_hosp272": lambda p, c: _row(p, _SH_HOSPITALS, 2)[0],
    "sh_spec272": lambda p, c: _row(p, _SH_HOSPITALS, 2)[1],
    "sh_mode272": lambda p, c: _pick(p, _SH_MODES, 3),
    "sh_escort272": lambda p, c: _pick(
        p, ("", f"{_pick(p, _SH_GIVEN_F, 4)} {_pick(p, _SH_FAMILY, 2)}", ""), 5
    ),
    "sh_escort_why272": lambda p, c: _pick(p, _SH_ESCORT_WHY, 6),
    "sh_amount272": lambda p, c: f"{12 + _num(p, 400) * 1.37:.2f}",
    "sh_paid272": lambda p, c: _written(p.other_date + timedelta(days=18), c.date_format),
    "sh_status272": lambda p, c: _pick(p, _SH_STATUS, 7),
    # Iceland, the Westfjords: home help
    "is_name272": lambda p, c: _is_name(p),
    "is_kt272": lambda p, c: _kennitala(p),
    "is_street272": lambda p, c: _row(p, _IS_WEST)[0],
    "is_post272": lambda p, c: _row(p, _IS_WEST)[1],
    "is_town272": lambda p, c: _row(p, _IS_WEST)[2],
    "is_phone272": lambda p, c: _is_phone(p),
    "is_service272": lambda p, c: _pick(p, _IS_SERVICES, 3),
    "is_hours272": lambda p, c: f"{1 + _num(p, 12) / 2:.1f}".replace(".", ","),
    "is_kin272": lambda p, c: (
        f"{_by_sex(p, _IS_GIVEN_F, _IS_GIVEN_M, 4)} {_pick(p, _IS_FATHERS, 5)}"
        f"{'dóttir' if p.male else 'son'}"
    ),
    "is_kin_phone272": lambda p, c: f"{_pick(p, ('8', '6', '7'), 6)}{p.bhxh[4:6]} {p.bhxh[6:10]}",
    "is_review272": lambda p, c: _written(_shift_date(p.other_date, 1), c.date_format),
    "is_worker272": lambda p, c: _pick(p, _IS_WORKERS, 7),
    "is_fee272": lambda p, c: _pick(p, _IS_FEES, 8),
    "is_note272": lambda p, c: _pick(p, _IS_NOTES, 9),
}

__all__ = ["WRITERS_BLIND272"]
