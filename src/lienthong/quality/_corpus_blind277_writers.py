"""How the people of the two-hundred-and-seventy-seventh part of the outside corpus (**blind 277**,
:mod:`lienthong.quality._corpus_blind277`) are written: four Vietnamese files' own columns (a
marriage with a foreigner's counselling session, a rescued dog's or cat's adoption, an HSK
candidate's ticket, a student's public-bike pass) and the names, places, phones and numbers of
Germany's regional and minority communities (Lower Lusatia's Sorbs, Föhr's and Amrum's Frisians,
Schleswig's Danes, East Frisia's Low German speakers and Munich's festival staff), with the
Steuer-ID's ISO 7064 digit, the Rentenversicherungsnummer, the Krankenversichertennummer and the
identity card's serial."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind61_writers import _kvnr
from lienthong.quality._corpus_blind85_writers import _de_id_card
from lienthong.quality._corpus_blind118_writers import _rvnr
from lienthong.quality._corpus_blind175_writers import (
    _DE_FAMILY,
    _DK_F,
    _DK_FAMILY,
    _DK_M,
    _F,
    _M,
    _SORB_FAMILY,
    _house,
    _place,
)
from lienthong.quality._corpus_blind231_writers import _steuer231

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: marriages with foreigners, pre-marriage counselling ----------------------------------
_VN_FM_NATION = ("Hàn Quốc", "Hàn Quốc", "Trung Quốc", "Đài Loan (TQ)", "Nhật Bản")
_VN_FM_HUSBAND = ("KIM JONG SU", "LEE SANG HOON", "CHEN WEI MING", "LIN CHIH HAO", "SATO KENJI")
_VN_FM_WIFE = ("PARK MI RA", "CHOI EUN JI", "WANG LI HUA", "HUANG MEI LING", "TANAKA YUKI")
_VN_FM_HOW = ("Qua môi giới", "Tự tìm hiểu", "Người quen giới thiệu", "Qua mạng xã hội")
_VN_FM_LANG = ("Chưa biết", "Sơ cấp", "Topik 1", "Giao tiếp cơ bản", "Chưa biết")
_VN_FM_RESULT = ("Đã cấp GXN tư vấn", "Đã cấp GXN tư vấn", "Hẹn tư vấn lần 2", "Nghi môi giới")
# -- Vietnam: rescued dogs and cats adopted out ----------------------------------------------------
_VN_PET_KIND = ("Chó ta", "Mèo ta", "Chó Phú Quốc lai", "Mèo mướp", "Chó Poodle lai", "Mèo tam thể")
_VN_PET_NAME = ("Mực", "Vàng", "Bông", "Mun", "Lu", "Bơ", "Sữa", "Miu", "Đốm", "Cốm")
_VN_PET_VAX = ("Đủ 7 bệnh + dại", "Dại", "Chưa tiêm", "Mũi 1/2", "Đủ 4 bệnh + dại")
_VN_PET_NEUTER = ("Đã triệt sản", "Chưa", "Cam kết triệt sản", "Đã triệt sản")
# -- Vietnam: HSK candidates at a university testing centre ----------------------------------------
_VN_HSK_LEVEL = ("HSK 3", "HSK 4", "HSK 5", "HSK 4 + HSKK Trung cap", "HSK 6", "HSK 2")
_VN_HSK_FEE = {"HSK 2": "700.000", "HSK 3": "950.000", "HSK 4": "1.250.000", "HSK 5": "1.500.000"}
# -- Vietnam: students' public-bike monthly passes -------------------------------------------------
_VN_BIKE_STATION: tuple[str, ...] = (
    "Hồ Gươm - Đinh Tiên Hoàng",
    "ĐH Bách khoa - Trần Đại Nghĩa",
    "Ga Cát Linh",
)
_VN_BIKE_STATION += ("Văn Miếu - Quốc Tử Giám", "KTX Mễ Trì", "Công viên Thống Nhất")
_VN_BIKE_PLAN = ("Gói tháng HSSV", "Gói tháng HSSV", "Gói tháng", "Gói ngày", "Gói 3 tháng HSSV")
_VN_BIKE_STATUS = ("Đang hoạt động", "Đang hoạt động", "Hết hạn gói", "Tạm khóa - nợ cước")

# -- Lower Lusatia: Sorbian language courses -------------------------------------------------------
_DSB_FAMILY: tuple[str, ...] = (
    "Šwjela",
    "Kśica",
    "Jank",
    "Bjarš",
    "Nowka",
    "Hanuš",
    *_SORB_FAMILY[:4],
)
_DSB_FAMILY += ("Schulze", "Krause", "Lehmann", "Schmidt")
_DSB_M = ("Měto", "Kito", "Pětš", "Jan", "Hendrich", "Maik", "Tobias", "Fryco")
_DSB_F = ("Hanka", "Hilža", "Marja", "Madlena", "Liza", "Anja", "Katrin", "Jadwiga")
# (street, PLZ, Ort / Sorbian, area code)
_DSB = (
    ("August-Bebel-Straße", "03046", "Cottbus / Chóśebuz", "0355"),
    ("Sielower Straße", "03044", "Cottbus / Chóśebuz", "0355"),
    ("Hauptstraße", "03096", "Burg (Spreewald) / Bórkowy (Błota)", "035603"),
    ("Juri-Gagarin-Str.", "03185", "Peitz / Picnjo", "035601"),
    ("Dorfstraße", "03197", "Jänschwalde / Janšojce", "035607"),
    ("Ehm-Welk-Straße", "03222", "Lübbenau/Spreewald / Lubnjow", "03542"),
    ("Töpferstraße", "02625", "Bautzen / Budyšin", "03591"),
)
_DSB_COURSE: tuple[str, ...] = (
    "A1 Intensiv (2 Wochen)",
    "A2 Abendkurs",
    "B1 Sprachkurs für Kita-Personal",
)
_DSB_COURSE += ("Zertifikat Niedersorbisch B2", "Konversation / Rozgrono")
_DSB_SITE = ("Chóśebuz, Dolnoserbski gymnazium", "Bórkowy, Serbski dom", "Budyšin, Rěčny centrum")
_DSB_EMPLOYER: tuple[str, ...] = (
    "Witaj-Kita Mato Rizo",
    "Grundschule Sielow / Žylow",
    "Stadtverwaltung Cottbus",
)
_DSB_EMPLOYER += ("–", "Rundfunk Berlin-Brandenburg", "Domowina, Župa Dolna Łužyca")
# -- North Frisia: Föhr and Amrum islanders' ferry cards -------------------------------------------
_FRR_FAMILY: tuple[str, ...] = (
    "Petersen",
    "Ketels",
    "Martinen",
    "Brodersen",
    "Ricklefs",
    "Olufs",
    "Arfsten",
)
_FRR_FAMILY += ("Quedens", "Jacobs", "Knudsen", "Hansen", "Christiansen")
_FRR_M = ("Ole", "Nahmen", "Brar", "Momme", "Boy", "Arfst", "Hark", "Jens")
_FRR_F = ("Ose", "Ingke", "Kerrin", "Göntje", "Antje", "Marret", "Ellen", "Tatje")
# (street, PLZ, Gemeinde, area code)
_FRR = (
    ("Große Straße", "25938", "Wyk auf Föhr / Wik", "04681"),
    ("Sandwall", "25938", "Wyk auf Föhr / Wik", "04681"),
    ("Bi de Süd", "25938", "Nieblum / Njiblem", "04681"),
    ("Buurnstrat", "25938", "Oevenum / Ööwenem", "04681"),
    ("Waaswai", "25938", "Süderende / Söleraanj", "04683"),
    ("Uasterstigh", "25946", "Nebel / Neebel", "04682"),
    ("Strunwai", "25946", "Norddorf / Nuurdörp", "04682"),
)
_FRR_KIND: tuple[str, ...] = (
    "Insulanerkarte",
    "Insulanerkarte",
    "Pendlerkarte Dagebüll",
    "Kfz-Insulanertarif",
)
_FRR_KIND += ("Schülerkarte Eilun Feer Skuul",)
# -- Schleswig: the Danish health service's home nursing -------------------------------------------
# (street, PLZ, Ort / Danish, phone area)
_SYD = (
    ("Norderstraße", "24939", "Flensburg / Flensborg", "0461"),
    ("Marienhölzungsweg", "24939", "Flensburg / Flensborg", "0461"),
    ("Lollfuß", "24837", "Schleswig / Slesvig", "04621"),
    ("Süderstraße", "25813", "Husum", "04841"),
    ("Kieler Straße", "24340", "Eckernförde / Egernførde", "04351"),
    ("Süderstraße", "24955", "Harrislee / Harreslev", "0461"),
    ("Bahnhofstraße", "24392", "Süderbrarup / Sønder Brarup", "04641"),
)
_SYD_KASSE = ("AOK NordWest", "TK", "DAK-Gesundheit", "BARMER", "IKK classic", "Sygesikring (DK)")
_SYD_SERVICE: tuple[str, ...] = (
    "Medicingivning",
    "Sårpleje / Wundversorgung",
    "Kompressionsstrømper",
)
_SYD_SERVICE += ("Insulin", "Grundpleje / Grundpflege", "Palliativ pleje")
_SYD_NURSE: tuple[str, ...] = (
    "Sygeplejerske Birgit Jessen",
    "Sygeplejerske Anne Lorenzen",
    "Hjemmehjælper Tove",
)
_SYD_NURSE += ("Sygeplejerske Kirsten Paulsen", "Sygeplejerske Merle Hansen")
_SYD_KIN = ("datter / Tochter", "søn / Sohn", "ægtefælle / Ehepartner", "nabo / Nachbar")
# -- East Frisia: a Boßel and Klootschießer club's members -----------------------------------------
_OF_FAMILY: tuple[str, ...] = (
    "Janssen",
    "Gerdes",
    "Ihnen",
    "Eilers",
    "Harms",
    "Onken",
    "de Vries",
    "Uphoff",
)
_OF_FAMILY += ("Weerts", "Saathoff", "Buss", "Cassens", "Hinrichs", "Peters")
_OF_M = ("Hinrich", "Jan", "Gerd", "Tjark", "Onno", "Eilt", "Folkert", "Hauke")
_OF_F = ("Anke", "Tomke", "Frauke", "Gesa", "Imke", "Hilke", "Wiebke", "Silke")
# (street, PLZ, Ort, Ortsteil, area code)
_OF = (
    ("Osterstraße", "26603", "Aurich", "Tannenhausen", "04941"),
    ("Neuer Weg", "26506", "Norden", "Süderneuland", "04931"),
    ("Hauptstraße", "26629", "Großefehn", "Spetzerfehn", "04943"),
    ("Kanalstraße", "26802", "Moormerland", "Warsingsfehn", "04954"),
    ("Loogster Weg", "26736", "Krummhörn", "Pewsum", "04923"),
    ("Heisfelder Straße", "26789", "Leer", "Heisfelde", "0491"),
    ("Norderstraße", "26409", "Wittmund", "Carolinensiel", "04464"),
)
_OF_CLUB = (
    "KBV Spetzerfehn",
    "Boßelvereen Pewsum",
    "KBV Tannenhausen",
    "BV Up un Dal Warsingsfehn",
)
_OF_CLASS = ("Mannen I", "Froens I", "Mannen 60+", "Jungens B", "Froens 40+", "Hobby")
# -- Munich: the Oktoberfest tents' short-term staff -----------------------------------------------
# (street, PLZ, Ort)
_MUC = (
    ("Lindwurmstraße", "80337", "München"),
    ("Rosenheimer Str.", "81669", "München"),
    ("Leopoldstraße", "80802", "München"),
    ("Schleißheimer Str.", "80797", "München"),
    ("Münchner Straße", "85221", "Dachau"),
    ("Obere Hauptstraße", "85354", "Freising"),
    ("Prinzregentenstraße", "83022", "Rosenheim"),
)
_MUC_BORN = ("München", "Landshut", "Passau", "Wien", "Bozen", "Kraków", "Temeswar", "Traunstein")
_MUC_TENT = ("Schottenhamel", "Hacker-Festzelt", "Augustiner-Festhalle", "Ochsenbraterei")
_MUC_JOB = ("Bedienung", "Bedienung", "Schenkkellner", "Küchenhilfe", "Hendlbrater", "Spüler")
_MUC_KASSE = ("AOK Bayern", "TK", "BARMER", "DAK-Gesundheit", "SBK", "mhplus")
_MUC_NATION = ("deutsch", "deutsch", "österreichisch", "italienisch", "polnisch", "rumänisch")


def _fm_spouse(p: Person) -> str:
    return _pick(p, _VN_FM_WIFE if p.male else _VN_FM_HUSBAND, 2)


def _hsk_level(p: Person) -> str:
    return _pick(p, _VN_HSK_LEVEL, 3)


def _dsb(p: Person) -> tuple[str, ...]:
    return _place(p, _DSB)


def _frr(p: Person) -> tuple[str, ...]:
    return _place(p, _FRR)


def _syd(p: Person) -> tuple[str, ...]:
    return _place(p, _SYD)


def _of(p: Person) -> tuple[str, ...]:
    return _place(p, _OF)


def _muc(p: Person) -> tuple[str, ...]:
    return _place(p, _MUC)


def _mobile_de(p: Person, salt: int) -> str:
    return f"0{_pick(p, ('151', '160', '170', '172', '176'), salt)} {p.phone[3:10]}"


def _wiesn_day(p: Person, start: bool) -> date:
    return date(2025, 9, 12 + _num(p, 7)) if start else date(2025, 10, 5 + int(p.bhxh[0]) % 2)


WRITERS_BLIND277: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: marriages with foreigners, counselling
    "fm_spouse277": lambda p, c: _fm_spouse(p),
    "fm_nation277": lambda p, c: _pick(p, _VN_FM_NATION, 2),  # same pick as the spouse
    "fm_spouse_year277": lambda p, c: str(1968 + _num(p, 30)),
    "fm_how277": lambda p, c: _pick(p, _VN_FM_HOW, 4),
    "fm_lang277": lambda p, c: _pick(p, _VN_FM_LANG, 5),
    "fm_officer277": lambda p, c: _other_vn(p, 6, male=False),
    "fm_result277": lambda p, c: _pick(p, _VN_FM_RESULT, 7),
    "fm_cert277": lambda p, c: f"{_num(p, 400):03d}/GXN-TTTV",
    # Vietnam: rescued pets adopted out
    "pet_code277": lambda p, c: f"{_pick(p, _VN_PET_KIND, 2)[0]}{p.bhxh[-4:]}",
    "pet_kind277": lambda p, c: _pick(p, _VN_PET_KIND, 2),
    "pet_name277": lambda p, c: _pick(p, _VN_PET_NAME, 3),
    "pet_vax277": lambda p, c: _pick(p, _VN_PET_VAX, 4),
    "pet_neuter277": lambda p, c: _pick(p, _VN_PET_NEUTER, 5),
    "pet_fee277": lambda p, c: _pick(p, ("300.000", "500.000", "0", "300k", "500.000"), 6),
    "pet_vol277": lambda p, c: _other_vn(p, 7),
    "pet_vol_phone277": lambda p, c: _other_phone(p, "098"),
    # Vietnam: HSK candidates
    "hsk_sbd277": lambda p, c: f"H{p.bhxh[1:3]}{p.bhxh[-5:]}",
    "hsk_nat277": lambda p, c: "Viet Nam",
    "hsk_doc277": lambda p, c: _pick(p, ("CCCD", "CCCD", "CCCD", "Can cuoc"), 2),
    "hsk_level277": lambda p, c: _hsk_level(p),
    "hsk_mode277": lambda p, c: _pick(p, ("Tren may", "Tren giay", "Tren may"), 4),
    "hsk_fee277": lambda p, c: _VN_HSK_FEE.get(_hsk_level(p), "1.800.000"),
    "hsk_room277": lambda p, c: f"P.{_num(p, 9)}0{_num(p, 8)} - Nha A{_num(p, 3)}",
    # Vietnam: public-bike monthly passes
    "bike_acc277": lambda p, c: f"TN{p.bhxh[2:9]}",
    "bike_school277": lambda p, c: _pick(
        p, ("ĐH Bách khoa HN", "ĐH Kinh tế Quốc dân", "ĐH Quốc gia HN", "THPT Việt Đức"), 3
    ),
    "bike_plan277": lambda p, c: _pick(p, _VN_BIKE_PLAN, 2),
    "bike_station277": lambda p, c: _pick(p, _VN_BIKE_STATION, 4),
    "bike_trips277": lambda p, c: str(_num(p, 60)),
    "bike_wallet277": lambda p, c: f"{_num(p, 200) * 1000:,}".replace(",", "."),
    "bike_status277": lambda p, c: _pick(p, _VN_BIKE_STATUS, 5),
    # Lower Lusatia: Sorbian language courses
    "dsb_family277": lambda p, c: _pick(p, _DSB_FAMILY, 1),
    "dsb_given277": lambda p, c: _by_sex(p, _DSB_M, _DSB_F, 2),
    "dsb_street277": lambda p, c: f"{_dsb(p)[0]} {_house(p)}",
    "dsb_plz277": lambda p, c: _dsb(p)[1],
    "dsb_ort277": lambda p, c: _dsb(p)[2],
    "dsb_phone277": lambda p, c: (
        f"{_dsb(p)[3]} {p.phone[4:10]}" if int(p.bhxh) % 3 else _mobile_de(p, 3)
    ),
    "dsb_course277": lambda p, c: _pick(p, _DSB_COURSE, 4),
    "dsb_site277": lambda p, c: _pick(p, _DSB_SITE, 5),
    "dsb_employer277": lambda p, c: _pick(p, _DSB_EMPLOYER, 6),
    "dsb_paid277": lambda p, c: _pick(p, ("jo / ja", "jo / ja", "ně / nein", "Bildungsurlaub"), 7),
    # North Frisia: islanders' ferry cards
    "frr_card277": lambda p, c: f"WDR-{p.bhxh[3:9]}",
    "frr_family277": lambda p, c: _pick(p, _FRR_FAMILY, 1),
    "frr_given277": lambda p, c: _by_sex(p, _FRR_M, _FRR_F, 2),
    "frr_street277": lambda p, c: f"{_frr(p)[0]} {_house(p)}",
    "frr_plz277": lambda p, c: _frr(p)[1],
    "frr_ort277": lambda p, c: _frr(p)[2],
    "frr_phone277": lambda p, c: (
        f"{_frr(p)[3]}/{p.phone[5:10]}" if int(p.bhxh) % 2 else _mobile_de(p, 3)
    ),
    "frr_kind277": lambda p, c: _pick(p, _FRR_KIND, 4),
    "frr_plate277": lambda p, c: (
        f"NF-{_pick(p, ('FA', 'AM', 'WY', 'K', 'OF'), 5)} {_num(p, 999)}"
        if int(p.bhxh[-2]) % 3
        else "–"
    ),
    "frr_until277": lambda p, c: format(
        date(2026 + int(p.bhxh[1]) % 3, 12 if int(p.bhxh[2]) % 2 else 6, 30), c.date_format
    ),
    # Schleswig: Danish home nursing
    "syd_family277": lambda p, c: _pick(p, (*_DK_FAMILY, *_DE_FAMILY[14:]), 1),
    "syd_given277": lambda p, c: _by_sex(p, _DK_M, _DK_F, 2),
    "syd_addr277": lambda p, c: f"{_syd(p)[0]} {_house(p)}, {_syd(p)[1]} {_syd(p)[2]}",
    "syd_phone277": lambda p, c: (
        f"{_syd(p)[3]} {p.phone[4:10]}" if int(p.bhxh) % 3 else _mobile_de(p, 4)
    ),
    "syd_sex277": lambda p, c: "M" if p.male else "K",
    "syd_kasse277": lambda p, c: _pick(p, _SYD_KASSE, 3),
    "syd_kvnr277": lambda p, c: _kvnr(p),
    "syd_kin277": lambda p, c: (
        f"{_by_sex(p, _DK_F, _DK_M, 5)} {_pick(p, _DK_FAMILY, 1)} ({_pick(p, _SYD_KIN, 6)})"
    ),
    "syd_kin_phone277": lambda p, c: f"+45 {p.bhxh[::-1][:2]} {p.bhxh[::-1][2:8]}",
    "syd_nurse277": lambda p, c: _pick(p, _SYD_NURSE, 7),
    "syd_service277": lambda p, c: _pick(p, _SYD_SERVICE, 8),
    "syd_ssf277": lambda p, c: _pick(p, ("ja", "ja", "nej / nein", "ja"), 9),
    # East Frisia: Boßel club members
    "of_family277": lambda p, c: _pick(p, _OF_FAMILY, 1),
    "of_given277": lambda p, c: _by_sex(p, _OF_M, _OF_F, 2),
    "of_street277": lambda p, c: f"{_of(p)[0]} {_house(p)}",
    "of_plz277": lambda p, c: _of(p)[1],
    "of_ort277": lambda p, c: _of(p)[2],
    "of_dorp277": lambda p, c: _of(p)[3],
    "of_phone277": lambda p, c: (
        f"{_of(p)[4]} {p.phone[5:10]}" if int(p.bhxh) % 2 else _mobile_de(p, 3)
    ),
    "of_club277": lambda p, c: _pick(p, _OF_CLUB, 4),
    "of_class277": lambda p, c: _pick(p, _OF_CLASS, 5),
    "of_fee277": lambda p, c: _pick(p, ("36,00", "36,00", "18,00", "48,00", "12,00"), 6),
    "of_kreis277": lambda p, c: _pick(p, ("KV Aurich", "KV Norden", "KV Leer", "KV Wittmund"), 7),
    # Munich: Oktoberfest staff
    "muc_staff277": lambda p, c: f"W25-{p.bhxh[4:8]}",
    "muc_family277": lambda p, c: _pick(p, (*_DE_FAMILY[:9], "Popescu", "Nowak", "Gruber"), 1),
    "muc_given277": lambda p, c: _by_sex(p, _M, _F, 2),
    "muc_birthname277": lambda p, c: "" if p.male else _pick(p, _DE_FAMILY[3:12], 3),
    "muc_born277": lambda p, c: _pick(p, _MUC_BORN, 4),
    "muc_sex277": lambda p, c: "männlich" if p.male else "weiblich",
    "muc_nation277": lambda p, c: _pick(p, _MUC_NATION, 5),
    "muc_street277": lambda p, c: f"{_muc(p)[0]} {_house(p)}",
    "muc_plz277": lambda p, c: _muc(p)[1],
    "muc_ort277": lambda p, c: _muc(p)[2],
    "muc_phone277": lambda p, c: (
        _mobile_de(p, 6) if int(p.bhxh) % 3 else f"089 {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "muc_steuer277": lambda p, c: _steuer231(p),
    "muc_rvnr277": lambda p, c: _rvnr(p),
    "muc_kasse277": lambda p, c: _pick(p, _MUC_KASSE, 7),
    "muc_kvnr277": lambda p, c: _kvnr(p),
    "muc_ausweis277": lambda p, c: _de_id_card(p),
    "muc_tent277": lambda p, c: _pick(p, _MUC_TENT, 8),
    "muc_job277": lambda p, c: _pick(p, _MUC_JOB, 9),
    "muc_wage277": lambda p, c: _pick(p, ("13,50", "14,00", "15,00", "12,82 + Provision"), 10),
    "muc_in277": lambda p, c: format(_wiesn_day(p, True), c.date_format),
    "muc_out277": lambda p, c: format(_wiesn_day(p, False), c.date_format),
}

__all__ = ["WRITERS_BLIND277"]
