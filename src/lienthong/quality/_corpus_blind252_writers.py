"""How the people of the two-hundred-and-fifty-second part of the outside corpus (**blind 252**,
:mod:`lienthong.quality._corpus_blind252`) are written: four Vietnamese files' own columns (a
stomach cancer endoscopy screening, a farmers' association course on earthworm farming, a
rattan and bamboo weaving cooperative's outworkers, a youth union's bánh chưng contest) and
Hungarian, Czech, Slovenian, Croatian and Burgenland names, places, phones and numbers in the
forms their registers show: the TAJ and the adóazonosító jel, the rodné číslo, the EMŠO, the OIB
and the Austrian SVNR, each with its real check digit."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind10_writers import _oib
from lienthong.quality._corpus_blind12_writers import _emso
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind46_writers import _rodne_cislo, _taj
from lienthong.quality._corpus_blind58_writers import _svnr
from lienthong.quality._corpus_blind92_writers import _adoazonosito, _hu_phone
from lienthong.quality._corpus_blind100_writers import _cz_phone, _hr_phone, _si_phone

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col


def _later(p: Person, months: int) -> date:
    d = p.other_date
    month = d.month - 1 + months
    return _safe_day(d.year + month // 12, month % 12 + 1, d.day)


# -- Vietnam ------------------------------------------------------------------------------------
_VN_SYMPTOM = (
    "Đau thượng vị",
    "Ợ chua, ợ hơi",
    "Không triệu chứng",
    "Đầy bụng, khó tiêu",
    "Sụt cân",
)
_VN_HP = ("HP (+) đã điều trị", "HP (-)", "Chưa xét nghiệm", "HP (+) chưa điều trị")
_VN_SCOPE = ("Viêm dạ dày mạn", "Bình thường", "Loét hang vị", "Chờ GPB", "Polyp thân vị")
_VN_DOCTOR = ("BS. Nguyễn Văn Hải", "BSCKII Trần Thị Lan", "ThS.BS Lê Minh Đức", "BS. Phạm Thu Hà")
_VN_HERD = ("10 con lợn", "2 con bò", "500 gà thả vườn", "3 con trâu", "Không chăn nuôi")
_VN_BRANCH = ("Chi hội thôn Đông", "Chi hội thôn Đoài", "Chi hội thôn Trung", "Chi hội xóm Bến")
_VN_WARE = ("Giỏ mây tròn", "Khay tre đan", "Làn cói quai mây", "Đèn lồng tre", "Hộp mây nắp")
_VN_OFFICER = ("Nguyễn Thị Huệ", "Đỗ Văn Thắng", "Lê Thị Nga", "Trần Văn Bình")
_VN_TEAM = ("Đội Chi đoàn TDP 1", "Đội Chi đoàn TDP 3", "Đội Đoàn trường THCS", "Đội CĐ Công an")
_VN_ROLE = ("Đội trưởng", "Đội viên", "Đội viên", "Gói khuôn", "Buộc lạt")
_VN_PRIZE = ("Giải Nhất", "Giải Nhì", "Giải Ba", "Khuyến khích", "")


# -- Hungary ------------------------------------------------------------------------------------
_HU_FAMILY = ("Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Farkas")
_HU_GIVEN_M = ("László", "István", "Zoltán", "Gábor", "Attila", "Péter", "Ferenc", "Tamás")
_HU_GIVEN_F = ("Erzsébet", "Katalin", "Ildikó", "Mária", "Zsuzsanna", "Anikó", "Krisztina")
_HU_PLACES = (
    ("4400", "Nyíregyháza", "Kossuth u. 12."),
    ("7400", "Kaposvár", "Petőfi Sándor u. 4/B"),
    ("8900", "Zalaegerszeg", "Rákóczi út 31."),
    ("3300", "Eger", "Széchenyi István u. 7. 2/5."),
    ("6720", "Szeged", "Tisza Lajos krt. 58."),
    ("9700", "Szombathely", "Ady Endre tér 3."),
)
_HU_BIRTHPLACE = ("Debrecen", "Miskolc", "Pécs", "Győr", "Kecskemét", "Budapest XI.")
_HU_KAMARA = ("Zala megyei", "Somogy megyei", "Heves megyei", "Vas megyei")


def _hu_place(p: Person) -> tuple[str, str, str]:
    return _HU_PLACES[int(p.bhxh) // 9 % len(_HU_PLACES)]


# -- Czechia ------------------------------------------------------------------------------------
_CZ_FAMILY = (
    ("Novák", "Nováková"),
    ("Dvořák", "Dvořáková"),
    ("Černý", "Černá"),
    ("Procházka", "Procházková"),
    ("Kučera", "Kučerová"),
)
_CZ_GIVEN_M = ("Jan", "Petr", "Martin", "Tomáš", "Jiří", "Ondřej")
_CZ_GIVEN_F = ("Jana", "Petra", "Lucie", "Eva", "Tereza", "Markéta")
_CZ_STREETS = ("Korunní", "Americká", "Slezská", "Mánesova", "Londýnská", "Bělehradská")
_CZ_ZONE = ("P2-0201", "P2-0202", "P2-0203", "P2-0204")
_CZ_KIND = ("rezident", "rezident", "abonent", "vlastník nemovitosti", "ZTP")


def _cz_family(p: Person) -> str:
    return _CZ_FAMILY[int(p.bhxh) // 23 % len(_CZ_FAMILY)][0 if p.male else 1]


def _cz_plate(p: Person) -> str:
    letters = "ABCDEFHJKLMNPRSTUVXZ"
    n = int(p.bhxh)
    return f"{n % 9 + 1}A{letters[n // 7 % 20]} {n // 100 % 9000 + 1000}"


# -- Slovenia -----------------------------------------------------------------------------------
_SI_FAMILY = ("Novak", "Horvat", "Krajnc", "Kovačič", "Zupančič", "Potočnik", "Vidmar")
_SI_GIVEN_M = ("Janez", "Matej", "Boštjan", "Primož", "Aleš", "Jože")
_SI_GIVEN_F = ("Maja", "Mojca", "Špela", "Nina", "Katja", "Urška")
_SI_HOMES = (
    "Cesta talcev 14, 4220 Škofja Loka",
    "Ljubljanska cesta 3a, 1230 Domžale",
    "Vrhpolje 22, 5271 Vipava",
    "Trg svobode 5, 2310 Slovenska Bistrica",
    "Spodnje Gorje 101, 4247 Zgornje Gorje",
)
_SI_RANK = (
    "gasilec",
    "gasilec I. stopnje",
    "višji gasilec",
    "nižji gasilski častnik",
    "pripravnik",
)
_SI_ROLE = ("operativni član", "vodja enote", "strojnik", "član", "podporni član")


# -- Croatia ------------------------------------------------------------------------------------
_HR_FAMILY = ("Jurić", "Perić", "Bilić", "Čulić", "Barišić", "Grgić", "Matić")
_HR_GIVEN_M = ("Ante", "Ivan", "Josip", "Duje", "Stipe", "Marko")
_HR_GIVEN_F = ("Ivana", "Marija", "Ana", "Petra", "Katarina", "Lucija")
_HR_HOMES = (
    ("Put Supavla 17", "21000", "Split"),
    ("Obala kneza Trpimira 4", "23000", "Zadar"),
    ("Ulica Ivana Meštrovića 9", "22000", "Šibenik"),
    ("Kneza Domagoja 31", "21210", "Solin"),
    ("Trg Stjepana Radića 2", "21300", "Makarska"),
)
_HR_BOAT = ("pasara", "gajeta", "gliser", "jedrilica", "leut")
_HR_PORT = ("luka Spinut", "luka Zenta", "lučica Ploče", "luka Poljud")


def _hr_home(p: Person) -> tuple[str, str, str]:
    return _HR_HOMES[int(p.bhxh) // 9 % len(_HR_HOMES)]


# -- Burgenland ---------------------------------------------------------------------------------
_BGL_FAMILY = ("Horvath", "Karall", "Schneller", "Szabo", "Kornfeind", "Berlakovich", "Takacs")
_BGL_GIVEN_M = ("Stefan", "Johann", "Franz", "Josef", "Gerhard", "Michael")
_BGL_GIVEN_F = ("Maria", "Theresia", "Andrea", "Elisabeth", "Sabine", "Monika")
_BGL_PLACES = (
    ("7301", "Deutschkreutz / Kerestur / Sopronkeresztúr", "Hauptstraße 44"),
    ("7304", "Großwarasdorf / Veliki Borištof", "Kirchengasse 7"),
    ("7400", "Oberwart / Felsőőr", "Wiener Straße 19"),
    ("7501", "Unterwart / Alsóőr", "Dorfplatz 2"),
    ("7082", "Donnerskirchen", "Weinbergweg 11"),
    ("7341", "Markt St. Martin", "Bachgasse 3"),
)
_BGL_HEAT = ("Öl", "Holz", "Pellets", "Gas", "Strom", "Fernwärme")


def _bgl(p: Person) -> tuple[str, str, str]:
    return _BGL_PLACES[int(p.bhxh) // 9 % len(_BGL_PLACES)]


def _at_phone(p: Person) -> str:
    lead = _pick(p, ("664", "676", "650", "699"), 3)
    if int(p.bhxh) % 3 == 0:
        return f"+43 {lead} {p.phone[3:10]}"
    return f"0{lead}/{p.phone[3:10]}"


WRITERS_BLIND252: dict[str, Callable[[Person, Col], str]] = {
    # Vietnam: stomach cancer endoscopy screening
    "symptom252": lambda p, c: _pick(p, _VN_SYMPTOM, 2),
    "hp252": lambda p, c: _pick(p, _VN_HP, 3),
    "kin252": lambda p, c: _other_vn(p, 5),
    "kin_phone252": lambda p, c: _other_phone(p),
    "scope252": lambda p, c: _pick(p, _VN_SCOPE, 4),
    "doctor252": lambda p, c: _pick(p, _VN_DOCTOR, 6),
    # Vietnam: earthworm farming course
    "herd252": lambda p, c: _pick(p, _VN_HERD, 2),
    "area252": lambda p, c: f"{5 + _num(p, 40)} m2",
    "branch252": lambda p, c: _pick(p, _VN_BRANCH, 3),
    # Vietnam: rattan and bamboo weaving outworkers
    "ware252": lambda p, c: _pick(p, _VN_WARE, 2),
    "qty252": lambda p, c: str(20 * (1 + _num(p, 25))),
    "price252": lambda p, c: f"{(8 + _num(p, 30)) * 1000:,}".replace(",", "."),
    "pay252": lambda p, c: f"{20 * (1 + _num(p, 25)) * (8 + _num(p, 30)) * 1000:,}".replace(
        ",", "."
    ),
    "account252": lambda p, c: f"Agribank {p.bhxh}{p.bhxh[:3]}",
    "officer252": lambda p, c: _pick(p, _VN_OFFICER, 5),
    # Vietnam: bánh chưng contest
    "team252": lambda p, c: _pick(p, _VN_TEAM, 2),
    "role_team252": lambda p, c: _pick(p, _VN_ROLE, 3),
    "cell252": lambda p, c: f"Chi đoàn TDP số {1 + _num(p, 9)}",
    "score252": lambda p, c: f"{70 + _num(p, 30)}/100",
    "prize252": lambda p, c: _pick(p, _VN_PRIZE, 4),
    # Hungary: hunting licences
    "hu_family252": lambda p, c: _pick(p, _HU_FAMILY, 2),
    "hu_given252": lambda p, c: _by_sex(p, _HU_GIVEN_M, _HU_GIVEN_F, 1),
    "hu_mother252": lambda p, c: f"{_pick(p, _HU_FAMILY, 5)} {_pick(p, _HU_GIVEN_F, 6)}",
    "hu_birthplace252": lambda p, c: _pick(p, _HU_BIRTHPLACE, 7),
    "hu_taj252": lambda p, c: _taj(p),
    "hu_ado252": lambda p, c: _adoazonosito(p),
    "hu_irsz252": lambda p, c: _hu_place(p)[0],
    "hu_town252": lambda p, c: _hu_place(p)[1],
    "hu_street252": lambda p, c: _hu_place(p)[2],
    "hu_phone252": lambda p, c: _hu_phone(p),
    "hu_ticket252": lambda p, c: f"VJ-{p.bhxh[2:8]}/{p.other_date:%Y}",
    "hu_gun252": lambda p, c: f"{p.bhxh[-5:]}/{_num(p, 20) + 2004}",
    "hu_kamara252": lambda p, c: _pick(p, _HU_KAMARA, 8),
    "hu_valid252": lambda p, c: f"{date(p.other_date.year, 12, 31):%Y. %m. %d.}",
    # Czechia: resident parking cards
    "cz_family252": lambda p, c: _cz_family(p),
    "cz_given252": lambda p, c: _by_sex(p, _CZ_GIVEN_M, _CZ_GIVEN_F, 1),
    "cz_rc252": lambda p, c: _rodne_cislo(p),
    "cz_street252": lambda p, c: f"{_pick(p, _CZ_STREETS, 3)} {1000 + _num(p, 900)}/{_num(p, 60)}",
    "cz_psc252": lambda p, c: _pick(p, ("120 00", "128 00", "130 00"), 4),
    "cz_town252": lambda p, c: "Praha 2",
    "cz_phone252": lambda p, c: _cz_phone(p),
    "cz_plate252": lambda p, c: _cz_plate(p),
    "cz_kind252": lambda p, c: _pick(p, _CZ_KIND, 5),
    "cz_zone252": lambda p, c: _pick(p, _CZ_ZONE, 6),
    "cz_until252": lambda p, c: f"{_later(p, 12):%-d. %-m. %Y}",
    # Slovenia: volunteer fire brigade members
    "si_full252": lambda p, c: f"{_pick(p, _SI_FAMILY, 2)} {_by_sex(p, _SI_GIVEN_M, _SI_GIVEN_F)}",
    "si_emso252": lambda p, c: _emso(p),
    "si_sex252": lambda p, c: "M" if p.male else "Ž",
    "si_home252": lambda p, c: _pick(p, _SI_HOMES, 4),
    "si_phone252": lambda p, c: _si_phone(p),
    "si_rank252": lambda p, c: _pick(p, _SI_RANK, 5),
    "si_role252": lambda p, c: _pick(p, _SI_ROLE, 6),
    "si_medical252": lambda p, c: f"{_later(p, 24):%-d. %-m. %Y}",
    # Croatia: municipal berths
    "hr_family252": lambda p, c: _pick(p, _HR_FAMILY, 2),
    "hr_given252": lambda p, c: _by_sex(p, _HR_GIVEN_M, _HR_GIVEN_F, 1),
    "hr_oib252": lambda p, c: _oib(p),
    "hr_street252": lambda p, c: _hr_home(p)[0],
    "hr_post252": lambda p, c: _hr_home(p)[1],
    "hr_town252": lambda p, c: _hr_home(p)[2],
    "hr_phone252": lambda p, c: _hr_phone(p),
    "hr_boat252": lambda p, c: _pick(p, _HR_BOAT, 4),
    "hr_reg252": lambda p, c: f"ST-{p.bhxh[-4:]}",
    "hr_length252": lambda p, c: f"{4 + _num(p, 7)},{_num(p, 9)} m",
    "hr_berth252": lambda p, c: f"{_pick(p, _HR_PORT, 5)}, vez {_num(p, 120)}",
    "hr_until252": lambda p, c: f"{_later(p, 12):%d.%m.%Y.}",
    # Burgenland: heating subsidy
    "bgl_family252": lambda p, c: _pick(p, _BGL_FAMILY, 2),
    "bgl_given252": lambda p, c: _by_sex(p, _BGL_GIVEN_M, _BGL_GIVEN_F, 1),
    "bgl_svnr252": lambda p, c: _svnr(p),
    "bgl_street252": lambda p, c: _bgl(p)[2],
    "bgl_plz252": lambda p, c: _bgl(p)[0],
    "bgl_town252": lambda p, c: _bgl(p)[1],
    "bgl_phone252": lambda p, c: _at_phone(p),
    "bgl_household252": lambda p, c: str(1 + _num(p, 5)),
    "bgl_heat252": lambda p, c: _pick(p, _BGL_HEAT, 4),
    "bgl_amount252": lambda p, c: _pick(p, ("€ 700,00", "€ 350,00", "€ 700,00", "abgelehnt"), 5),
}
