"""How the people of the hundred and thirty-ninth part of the outside corpus (**blind 139**,
:mod:`lienthong.quality._corpus_blind139`) are written: four Vietnamese files' own columns (a
scrap collector's vehicle and yard, a motorbike licence candidate's course and scores, a poultry
keeper's flock and vaccine lot, a massage parlour worker's certificate and employer) and German,
French, Spanish, Italian and Dutch names, addresses, phones and identity numbers in the forms their
forms show (the Steuer-ID's ISO 7064 digit, the NIR's key, the DNI's or NIE's letter and the NAF's
mod-97 pair, the codice fiscale's check letter, the BSN's 11-check, IBANs with their mod-97
digits)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _dni, _nie, _steuer_id
from lienthong.quality._corpus_blind45_writers import _bsn
from lienthong.quality._corpus_blind58_writers import (
    _IT_BIRTHPLACES,
    _IT_FAMILY,
    _IT_GIVEN_F,
    _IT_GIVEN_M,
    _cf,
)
from lienthong.quality._corpus_blind102_writers import _nir102

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_SCRAP_VEHICLES = ("Xe ba gac", "Xe dap tho", "Xe may cho hang", "Xe keo tay", "Xe ba banh")
_VN_SCRAP_YARDS = (
    ("Vua phe lieu Tu Hai", "Nguyen Van Tu"),
    ("Vua ve chai Ba Hoa", "Tran Thi Hoa"),
    ("Bai tap ket phe lieu Hiep Phat", "Le Van Hiep"),
    ("Vua sat vun Thanh Dat", "Pham Thanh Dat"),
)
_VN_HOME_PROVINCES = ("Quang Ngai", "Binh Dinh", "Thanh Hoa", "Nam Dinh", "Phu Yen", "Ha Tinh")
_VN_COURSES = ("K25/A1-01", "K25/A1-02", "K26/A1-01", "K26/A-03", "K26/A1-04")
_VN_CLASSES = ("A1", "A1", "A", "A1", "A")
_VN_RESULTS = ("Đạt", "Đạt", "Không đạt", "Đạt", "Vắng")
_VN_TEST_CENTRES = (
    ("TT sát hạch lái xe Phú Thọ", "Số 2 Lê Đại Hành, Phường Phú Thọ, TP. Hồ Chí Minh"),
    ("TT đào tạo & SH lái xe Bình Triệu", "Km 9 QL13, Phường Hiệp Bình, TP. Hồ Chí Minh"),
    ("Trường CĐ GTVT - Điểm SH số 3", "8 Nguyễn Ảnh Thủ, Xã Bà Điểm, TP. Hồ Chí Minh"),
)
_VN_FLOCKS = ("Gà", "Vịt", "Ngan", "Gà + vịt", "Chim cút", "Gà thả vườn")
_VN_VACCINES = ("Navet-Vifluvac", "Re-6+Re-8", "H5N1 Re-5", "Navet-Vifluvac")
_VN_HAMLETS = ("Ấp 1", "Ấp 3", "Ấp Tân Lập", "Ấp Bình Thủy", "Ấp Mới", "Ấp 5")
_VN_COMMUNES = ("Xã Bình Chánh", "Xã Tân Nhựt", "Xã Hưng Long", "Xã Bình Lợi", "Xã Tân Vĩnh Lộc")
_VN_SPAS = (
    ("Cơ sở xoa bóp Hương Sen", "Trần Văn Hùng", "0123/GCN-ANTT"),
    ("Spa & Massage Thiên Ân", "Nguyễn Thị Ngọc Ánh", "0457/GCN-ANTT"),
    ("Xông hơi - xoa bóp Bảo Châu", "Lê Minh Châu", "0089/GCN-ANTT"),
)
_VN_SPA_JOBS = ("Kỹ thuật viên xoa bóp", "Lễ tân", "Kỹ thuật viên", "Thu ngân", "Bảo vệ")
_VN_SPA_CERTS = ("CC Kỹ thuật xoa bóp - TT GDNN Q.3", "GCN bấm huyệt YHCT", "Chưa có", "CC Spa")

_DE_FAMILY = ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann")
_DE_GIVEN_M = ("Jürgen", "Stefan", "Klaus-Dieter", "Mehmet", "Thomas", "Uwe", "Maximilian")
_DE_GIVEN_F = ("Sabine", "Ursula", "Jana", "Ayse", "Katrin", "Heike", "Anneliese")
_DE_PLACES = (
    ("Eisenbahnstraße 71", "04315", "Leipzig"),
    ("Karl-Marx-Allee 102", "10243", "Berlin"),
    ("Am Brühl 3a", "06108", "Halle (Saale)"),
    ("Große Ulrichstraße 40", "06108", "Halle (Saale)"),
    ("Kesselsdorfer Str. 19", "01159", "Dresden"),
)
_DE_LANDLORDS = ("LWB Leipziger Wohnungs- und Baugesellschaft", "Vonovia SE", "WG Aufbau eG")
_FR_FAMILY = ("Martin", "Bernard", "Dubois", "Benali", "Lefèvre", "Nguyen", "Traoré")
_FR_GIVEN_M = ("Jean-Pierre", "Karim", "Mathieu", "Mamadou", "Sébastien", "Loïc")
_FR_GIVEN_F = ("Nathalie", "Fatoumata", "Céline", "Aurélie", "Hélène", "Inès")
_FR_PLACES = (
    ("12 rue Gabriel Péri", "93200", "Saint-Denis"),
    ("Bât. C, 4 allée des Tilleuls", "93140", "Bondy"),
    ("27 avenue Jean Jaurès", "93300", "Aubervilliers"),
    ("3 bis rue de la République", "93100", "Montreuil"),
)
_FR_STRUCTURES = ("Service social départemental", "France Travail Bobigny", "CCAS", "PLIE Est")
_ES_FAMILY = ("García", "Fernández", "López", "Martínez", "Sánchez", "Romero", "Navarro")
_ES_GIVEN_M = ("José Luis", "Francisco Javier", "Miguel Ángel", "Antonio", "Rubén")
_ES_GIVEN_F = ("María del Carmen", "Rosario", "Lucía", "Ana Belén", "Nerea", "Yolanda")
_ES_PLACES = (
    ("C/ Alcalá, 214, 3º B", "28028", "Madrid", "Madrid", "28"),
    ("Avda. de la Constitución, 7, 1º", "41001", "Sevilla", "Sevilla", "41"),
    ("C/ Marqués de Larios, 4, 2º Izda.", "29005", "Málaga", "Málaga", "29"),
    ("Pl. del Pilar, 12, bajo", "50003", "Zaragoza", "Zaragoza", "50"),
)
_IT_PLACES = (
    ("Via Roma 45", "09124", "Cagliari", "CA"),
    ("Corso Vittorio Emanuele II 112, int. 4", "07100", "Sassari", "SS"),
    ("Via Lamarmora 9", "08100", "Nuoro", "NU"),
    ("Viale Trieste 31/B", "09123", "Cagliari", "CA"),
)
_NL_FAMILY = ("de Vries", "van Dijk", "Yılmaz", "Bos", "Vermeulen", "El Amrani", "Hendriks")
_NL_GIVEN_M = ("Henk", "Mohamed", "Bram", "Kees", "Ruud", "Jeroen")
_NL_GIVEN_F = ("Ingrid", "Fatima", "Marieke", "Esther", "Naomi", "Wilma")
_NL_PLACES = (
    ("Zwaanshals 212", "3035 KS", "Rotterdam"),
    ("Jan Pieterszoon Coenstraat 7 bis", "2595 WP", "Den Haag"),
    ("Kanaalstraat 88-2", "3531 CJ", "Utrecht"),
    ("Boschdijk 410", "5631 AW", "Eindhoven"),
)
_NL_TRAJECT = ("Budgetbeheer", "Schuldregeling (MSNP)", "Beschermingsbewind", "Stabilisatie")


def _iban(country: str, bban: str) -> str:
    """An IBAN: the country, the two mod-97 check digits and the national account number."""
    moved = bban + country + "00"
    numeric = "".join(str(int(ch, 36)) for ch in moved)
    check = 98 - int(numeric) % 97
    raw = f"{country}{check:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def _naf(p: Person, province: str) -> str:
    """A Spanish Social Security number: province, eight digits and the first ten's rest by 97."""
    head = f"{province}{p.bhxh[2:10]}"
    return f"{head[:2]}/{head[2:]}/{int(head) % 97:02d}"


def _nif_other(p: Person) -> str:
    """Another person's DNI (the employer's): eight digits and their letter."""
    n = int(p.bhxh[::-1][:8])
    return f"{n:08d}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def _es_place(p: Person) -> tuple[str, ...]:
    return _ES_PLACES[int(p.bhxh) // 7 % len(_ES_PLACES)]


def _spa(p: Person) -> tuple[str, str, str]:
    return _VN_SPAS[int(p.bhxh) // 3 % len(_VN_SPAS)]


def _centre(p: Person) -> tuple[str, str]:
    return _VN_TEST_CENTRES[int(p.bhxh) // 11 % len(_VN_TEST_CENTRES)]


def _yard(p: Person) -> tuple[str, str]:
    return _VN_SCRAP_YARDS[int(p.bhxh) // 13 % len(_VN_SCRAP_YARDS)]


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 17 % len(places)]


WRITERS_BLIND139: dict[str, Callable[[Person, Col], object]] = {
    "vehicle139": lambda p, c: _pick(p, _VN_SCRAP_VEHICLES, 2),
    "plate139": lambda p, c: (
        f"59-{'ABCDFG'[_num(p, 6) - 1]}{_num(p, 9)} {p.bhxh[-5:-2]}.{p.bhxh[-2:]}"
    ),
    "yard139": lambda p, c: _yard(p)[0],
    "yard_owner139": lambda p, c: _yard(p)[1],
    "home_prov139": lambda p, c: _pick(p, _VN_HOME_PROVINCES, 3),
    "learner139": lambda p, c: f"HV{p.bhxh[-6:]}",
    "course139": lambda p, c: _pick(p, _VN_COURSES, 2),
    "class139": lambda p, c: _pick(p, _VN_CLASSES, 4),
    "theory139": lambda p, c: f"{_num(p, 7) + 18}/25",
    "result139": lambda p, c: _pick(p, _VN_RESULTS, 5),
    "centre139": lambda p, c: _centre(p)[0],
    "centre_addr139": lambda p, c: _centre(p)[1],
    "hamlet139": lambda p, c: _pick(p, _VN_HAMLETS, 2),
    "commune139": lambda p, c: _pick(p, _VN_COMMUNES, 3),
    "flock139": lambda p, c: _pick(p, _VN_FLOCKS, 4),
    "heads139": lambda p, c: _num(p, 800) + 20,
    "doses139": lambda p, c: _num(p, 700) + 15,
    "lot139": lambda p, c: f"{_pick(p, _VN_VACCINES, 5)} - lô {p.bhxh[-4:]}",
    "vet139": lambda p, c: _other_vn(p, 6),
    "spa_job139": lambda p, c: _pick(p, _VN_SPA_JOBS, 2),
    "spa_cert139": lambda p, c: _pick(p, _VN_SPA_CERTS, 3),
    "spa139": lambda p, c: _spa(p)[0],
    "spa_owner139": lambda p, c: _spa(p)[1],
    "spa_licence139": lambda p, c: _spa(p)[2],
    "kin_phone139": lambda p, c: _other_phone(p, "03"),
    "steuer_de139": lambda p, c: _steuer_id(p),
    "de_family139": lambda p, c: _pick(p, _DE_FAMILY, 2),
    "de_given139": lambda p, c: _by_sex(p, _DE_GIVEN_M, _DE_GIVEN_F, 1),
    "street_de139": lambda p, c: _place(p, _DE_PLACES)[0],
    "plz_de139": lambda p, c: _place(p, _DE_PLACES)[1],
    "ort_de139": lambda p, c: _place(p, _DE_PLACES)[2],
    "phone_de139": lambda p, c: f"0{p.phone[2:5]} {p.phone[5:]}",
    "az_de139": lambda p, c: f"WG-{p.bhxh[-6:-3]}/{p.bhxh[-3:]}-25",
    "members_de139": lambda p, c: _num(p, 5),
    "rent_de139": lambda p, c: f"{_num(p, 600) + 290},{p.bhxh[-2:]}",
    "landlord_de139": lambda p, c: _pick(p, _DE_LANDLORDS, 3),
    "benefit_de139": lambda p, c: f"{_num(p, 400) + 40},00",
    "iban_de139": lambda p, c: _iban("DE", f"86055592{p.bhxh}"),
    "clerk_de139": lambda p, c: _pick(p, ("Fr. Lehmann", "Hr. Krause", "Fr. Sahin"), 4),
    "nir_fr139": lambda p, c: _nir102(p),
    "caf_fr139": lambda p, c: p.bhxh[-7:],
    "fr_family139": lambda p, c: _pick(p, _FR_FAMILY, 2).upper(),
    "fr_usage139": lambda p, c: "" if p.male else _pick(p, _FR_FAMILY, 5).upper(),
    "fr_given139": lambda p, c: _by_sex(p, _FR_GIVEN_M, _FR_GIVEN_F, 1),
    "sex_fr139": lambda p, c: "M" if p.male else "F",
    "street_fr139": lambda p, c: _place(p, _FR_PLACES)[0],
    "cp_fr139": lambda p, c: _place(p, _FR_PLACES)[1],
    "commune_fr139": lambda p, c: _place(p, _FR_PLACES)[2],
    "phone_fr139": lambda p, c: "06 " + " ".join(p.phone[-8:][i : i + 2] for i in range(0, 8, 2)),
    "referent_fr139": lambda p, c: _pick(p, ("Mme Haddad", "M. Roussel", "Mme Petit"), 3),
    "structure_fr139": lambda p, c: _pick(p, _FR_STRUCTURES, 4),
    "rsa_fr139": lambda p, c: f"{_num(p, 500) + 135},{p.bhxh[-2:]}",
    "cer_fr139": lambda p, c: _pick(p, ("CER signé", "PPAE", "En attente", "CER échu"), 5),
    "dni_es139": lambda p, c: _dni(p) if int(p.bhxh[-1]) < 7 else _nie(p),
    "naf_es139": lambda p, c: _naf(p, _es_place(p)[4]),
    "es_family139": lambda p, c: _pick(p, _ES_FAMILY, 2),
    "es_second139": lambda p, c: _pick(p, _ES_FAMILY, 6),
    "es_given139": lambda p, c: _by_sex(p, _ES_GIVEN_M, _ES_GIVEN_F, 1),
    "sex_es139": lambda p, c: "H" if p.male else "M",
    "street_es139": lambda p, c: _es_place(p)[0],
    "cp_es139": lambda p, c: _es_place(p)[1],
    "muni_es139": lambda p, c: _es_place(p)[2],
    "prov_es139": lambda p, c: _es_place(p)[3],
    "phone_es139": lambda p, c: f"6{p.phone[-8:-6]} {p.phone[-6:-3]} {p.phone[-3:]}",
    "employer_es139": lambda p, c: f"{_pick(p, _ES_FAMILY, 8)} {_pick(p, _ES_FAMILY, 9)}, Carmen",
    "nif_emp_es139": lambda p, c: _nif_other(p),
    "hours_es139": lambda p, c: _pick(p, ("20", "40", "12", "30", "8"), 3),
    "wage_es139": lambda p, c: f"{_num(p, 700) + 380},00",
    "cf_it139": lambda p, c: _cf(p),
    "it_family139": lambda p, c: _pick(p, _IT_FAMILY, 2),
    "it_given139": lambda p, c: _by_sex(p, _IT_GIVEN_M, _IT_GIVEN_F, 1),
    "birthplace_it139": lambda p, c: _pick(p, tuple(n for n, _ in _IT_BIRTHPLACES), 5),
    "sex_it139": lambda p, c: "M" if p.male else "F",
    "street_it139": lambda p, c: _place(p, _IT_PLACES)[0],
    "cap_it139": lambda p, c: _place(p, _IT_PLACES)[1],
    "comune_it139": lambda p, c: _place(p, _IT_PLACES)[2],
    "prov_it139": lambda p, c: _place(p, _IT_PLACES)[3],
    "phone_it139": lambda p, c: f"3{p.phone[-9:-7]} {p.phone[-7:]}",
    "nucleo_it139": lambda p, c: _num(p, 6),
    "isee_it139": lambda p, c: f"{_num(p, 9000) + 1200},{p.bhxh[-2:]}",
    "score_it139": lambda p, c: f"{_num(p, 40) + 4},5",
    "esito_it139": lambda p, c: _pick(p, ("Ammessa", "Ammessa con riserva", "Esclusa"), 3),
    "bsn_nl139": lambda p, c: _bsn(p),
    "nl_family139": lambda p, c: _pick(p, _NL_FAMILY, 2),
    "nl_given139": lambda p, c: _by_sex(p, _NL_GIVEN_M, _NL_GIVEN_F, 1),
    "street_nl139": lambda p, c: _place(p, _NL_PLACES)[0],
    "pc_nl139": lambda p, c: _place(p, _NL_PLACES)[1],
    "wp_nl139": lambda p, c: _place(p, _NL_PLACES)[2],
    "phone_nl139": lambda p, c: f"06-{p.phone[-8:]}",
    "debt_nl139": lambda p, c: f"€ {_num(p, 60) * 731 + 850:,}".replace(",", "."),
    "creditors_nl139": lambda p, c: _num(p, 14),
    "traject_nl139": lambda p, c: _pick(p, _NL_TRAJECT, 3),
    "bewind_nl139": lambda p, c: _pick(p, ("", "Bewindvoering Rijnmond B.V.", "Mr. K. Jansen"), 4),
    "iban_nl139": lambda p, c: _iban("NL", f"INGB{p.bhxh}"),
    "manager_nl139": lambda p, c: _pick(p, ("S. Bakker", "M. Ouali", "J. de Groot"), 5),
}

__all__ = ["WRITERS_BLIND139"]
