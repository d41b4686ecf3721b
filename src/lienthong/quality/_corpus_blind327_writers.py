"""How the people of the three hundred and twenty-seventh part of the outside corpus (**blind
327**, :mod:`lienthong.quality._corpus_blind327`) are written: four Vietnamese files' own columns
(a living-standards survey's respondents, a hospital drug trial's participants, a commune's
population change survey, farmers a university interviewed) and Québécois, Indian, Brazilian,
Kenyan and German study participants in the forms their study sheets show (the RAMQ health
insurance number built from the name and birth date, the Aadhaar's Verhoeff digit, the CPF's two
mod-11 digits, the Kenyan eight-digit ID, German PLZ and dialling codes)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind164_writers import _aadhaar_spaced, _in_phone
from lienthong.quality._corpus_blind171_writers import _ca_phone
from lienthong.quality._corpus_blind206_writers import _cpf

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_INCOME = ("1.850", "2.400", "3.150", "4.700", "6.200", "1.320")
_VN_INTERVIEWERS = ("ĐTV Lò Văn Hùng", "ĐTV Nguyễn Thị Thu", "ĐTV Hà Minh Đức", "ĐTV Vi Thị Lan")
_VN_HOUSE = ("Nhà kiên cố", "Nhà bán kiên cố", "Nhà thiếu kiên cố", "Nhà đơn sơ")
_VN_ARMS = ("A", "B", "A", "B", "Sang loc that bai")
_VN_VISITS = ("V1 - Sang loc", "V2 - Ngau nhien", "V3 - Tuan 4", "V4 - Tuan 12", "V5 - Ket thuc")
_VN_AE = ("Khong", "Khong", "Chong mat nhe", "Ho khan", "Phu mat ca chan", "Khong")
_VN_INVESTIGATORS = ("ThS.BS Pham Van Tuan", "TS.BS Le Thi Hoa", "BSNT Do Minh Khoa")
_VN_RELATION_HEAD = ("Chủ hộ", "Vợ", "Con", "Con", "Chồng", "Cháu", "Mẹ")
_VN_MARITAL = ("Chưa vợ/chồng", "Có vợ/chồng", "Góa", "Ly hôn", "Có vợ/chồng")
_VN_CHANGE = ("Sinh", "Chết", "Chuyển đến", "Chuyển đi", "Kết hôn", "Chuyển đến")
_VN_FROM_TO = ("Xã Tân Lập, H. Đồng Phú", "TP. Thủ Dầu Một, Bình Dương", "KCN Nhơn Trạch, Đồng Nai")
_VN_TEAM_HEADS = ("Tổ trưởng Trần Văn Mạnh", "Tổ trưởng Lê Thị Hằng", "Tổ trưởng Bùi Văn Sơn")
_VN_HAMLETS = ("Thôn An Lỗ", "Thôn Phò Trạch", "Thôn Vân Trình", "Xóm Đông", "Thôn Mỹ Xuyên")
_VN_COMMUNES = ("Xã Phong Hiền", "Xã Phong An", "Xã Quảng Thọ", "Xã Phong Bình")
_VN_DISTRICTS = ("H. Phong Điền", "H. Quảng Điền", "Phong Điền", "huyện Quảng Điền")
_VN_RICE = ("Khang dân 18", "HC95", "Thiên ưu 8", "ĐV108", "Nếp cái hoa vàng")
_VN_STUDENTS = ("SV Hồ Văn Phúc - K55 KTNN", "SV Trương Thị Mai - K55 PTNT", "ThS Ngô Văn Tài")
_QC_FAMILY = ("Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie")
_QC_GIVEN_M = ("Jean-Guy", "Réjean", "Michel", "Gilles", "Normand", "Luc")
_QC_GIVEN_F = ("Ginette", "Francine", "Louise", "Marie-Josée", "Lise", "Carole")
_QC_PLACES = (
    ("1245, rue King Ouest", "Sherbrooke", "J1H 1S3"),
    ("88, rue Principale", "Magog", "J1X 2A4"),
    ("310, boul. Jacques-Cartier Sud", "Sherbrooke", "J1J 2Z4"),
    ("17, chemin du Lac", "Coaticook", "J1A 2S5"),
    ("542, rue Galt Ouest, app. 3", "Sherbrooke", "J1H 1Y9"),
)
_QC_WAVES = ("Suivi 2", "Suivi 3", "Suivi 3", "Référence")
_QC_STAFF = ("Isabelle P.", "Marc-André L.", "Nadia B.", "Stéphane G.")
_IN_GIVEN_M = ("Ram Prakash", "Shiv Kumar", "Rajendra", "Mohd. Anwar", "Suresh Chandra")
_IN_GIVEN_F = ("Kamla Devi", "Sunita", "Rekha", "Shabana Begum", "Urmila Devi")
_IN_ELDERS = ("Ram Naresh", "Chhotey Lal", "Babu Ram", "Mohd. Iqbal", "Jagdish Prasad", "Sita Ram")
_IN_FAMILY = ("Yadav", "Verma", "Maurya", "Singh", "Pal", "Gupta", "Khan", "Nishad")
_IN_PLACES = (
    ("Vill. Rampur Kalan, Block Sarojini Nagar, Lucknow", "226008"),
    ("Mohalla Qazi Tola, Ward 12, Barabanki", "225001"),
    ("Vill. Bhatpurwa, Post Mohanlalganj, Lucknow", "226301"),
    ("H.No. 45, Gali 3, Indira Nagar, Unnao", "209801"),
)
_IN_INTERVIEWERS = ("INV-UP-031", "INV-UP-044", "INV-UP-052", "INV-UP-017")
_BR_FAMILY = ("Santos", "Souza", "Oliveira", "Conceição", "Lima", "Nascimento", "Bispo")
_BR_GIVEN_M = ("José Carlos", "Antônio", "Raimundo", "Edvaldo", "Marcos Vinícius")
_BR_GIVEN_F = ("Maria das Graças", "Ivone", "Rosângela", "Joselita", "Ana Cristina")
_BR_PLACES = (
    ("Rua Direta da Piedade, 112", "Barris", "Salvador", "BA", "40070-190"),
    ("Travessa São Jorge, 7, casa 2", "Liberdade", "Salvador", "BA", "40325-010"),
    ("Av. Manoel Dias da Silva, 1450, ap. 302", "Pituba", "Salvador", "BA", "41830-001"),
    ("Rua da Gratidão, 33", "Itapuã", "Salvador", "BA", "41620-300"),
    ("Rua Sete de Setembro, 210", "Centro", "Lauro de Freitas", "BA", "42700-000"),
)
_BR_STAFF = ("Aferidora Jaqueline", "Entrevistador Robson", "Aferidora Cláudia")
_BR_STATUS = ("Compareceu", "Compareceu", "Remarcou", "Não localizado", "Recusa", "Óbito")
_KE_GIVEN_M = ("Kahindi", "Baraka", "Kazungu", "Charo", "Mwangi", "Katana")
_KE_GIVEN_F = ("Kadzo", "Dama", "Sidi", "Rehema", "Mapenzi", "Zawadi")
_KE_FAMILY = ("Mwamure", "Kenga", "Ngala", "Chengo", "Karisa", "Tsuma", "Baya")
_KE_SUBLOC = ("Mtondia", "Takaungu", "Roka", "Ngerenya", "Tezo", "Mnarani")
_KE_VILLAGES = ("Mwembe Kati", "Kibaoni", "Majengo", "Mkongani", "Chumani")
_KE_EVENTS = ("Enumeration", "In-migration", "Out-migration", "Pregnancy outcome", "Death")
_KE_FW = ("FW012 Kenga J.", "FW027 Mwaro S.", "FW031 Dzombo K.", "FW044 Chai R.")
_DE_FAMILY = ("Müller", "Schmidt", "Schneider", "Becker", "Wagner", "Hoffmann", "Schäfer")
_DE_GIVEN_M = ("Jürgen", "Klaus-Dieter", "Thomas", "Uwe", "Matthias", "Stefan")
_DE_GIVEN_F = ("Ursula", "Sabine", "Petra", "Birgit", "Monika", "Anja")
_DE_PLACES = (
    ("Wiesenstraße 14", "45468", "Mülheim an der Ruhr", "0208"),
    ("Kettwiger Str. 8a", "45127", "Essen", "0201"),
    ("Am Schlosspark 3", "46236", "Bottrop", "02041"),
    ("Hauptstr. 112", "47051", "Duisburg", "0203"),
    ("Lindenallee 27", "45131", "Essen", "0201"),
)
_DE_STAFF = ("Fr. Krämer (SA)", "Hr. Yilmaz (SA)", "Fr. Dr. Berger", "Fr. Nowak (SA)")
_DE_STATUS = ("Termin bestätigt", "Nicht erreicht", "Erinnerung versandt", "Abgesagt")


def _days(p: Person, salt: int, span: int) -> int:
    return int(p.bhxh[salt:] + p.bhxh[:salt]) % span + 1


def _after(p: Person, days: int) -> date:
    return p.other_date + timedelta(days=days)


def _at(p: Person, table: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return table[int(p.bhxh) // 7 % len(table)]


def _ramq(p: Person) -> str:
    """A RAMQ number ``TREM 5408 1512``: the surname's three letters, the given name's first,
    the birth date with 50 added to a woman's month, two administrative digits."""
    family = _pick(p, _QC_FAMILY, 1).upper().replace("Ô", "O").replace(" ", "")
    given = _by_sex(p, _QC_GIVEN_M, _QC_GIVEN_F, 2)[0].upper()
    month = p.birth.month + (0 if p.male else 50)
    return f"{family[:3]}{given} {p.birth:%y}{month:02d} {p.birth:%d}{p.bhxh[-2:]}"


def _ke_id(p: Person) -> str:
    return f"{2 + int(p.bhxh[0]) % 3}{p.bhxh[1:8]}"


def _perm(p: Person) -> str:
    return f"{_pick(p, ('TKG', 'MTD', 'ROK', 'NGR'), 3)}{p.bhxh[2:8]}"


WRITERS_BLIND327: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: living-standards survey, household respondents
    "prov_code327": lambda p, c: _pick(p, ("08", "10", "14", "19", "25"), 1),
    "commune_code327": lambda p, c: f"0{p.bhxh[2:6]}",
    "area327": lambda p, c: f"{_num(p, 30):03d}",
    "hh327": lambda p, c: f"{_num(p, 20):02d}",
    "members327": lambda p, c: str(_num(p, 7) + 1),
    "income327": lambda p, c: _pick(p, _VN_INCOME, 3),
    "house327": lambda p, c: _pick(p, _VN_HOUSE, 4),
    "interviewer327": lambda p, c: _pick(p, _VN_INTERVIEWERS, 5),
    # Vietnam: drug trial participants
    "subject327": lambda p, c: f"BM-HTN-{p.bhxh[-3:]}",
    "initials327": lambda p, c: "".join(w[0] for w in p.full.split()).upper(),
    "arm327": lambda p, c: _pick(p, _VN_ARMS, 2),
    "visit327": lambda p, c: _pick(p, _VN_VISITS, 3),
    "visit_day327": lambda p, c: f"{_after(p, _days(p, 3, 90)):%d/%m/%Y}",
    "ae327": lambda p, c: _pick(p, _VN_AE, 4),
    "investigator327": lambda p, c: _pick(p, _VN_INVESTIGATORS, 5),
    "travel327": lambda p, c: f"{(_num(p, 4) + 1) * 100_000:,}".replace(",", "."),
    # Vietnam: population change survey
    "relation327": lambda p, c: _pick(p, _VN_RELATION_HEAD, 2),
    "marital327": lambda p, c: _pick(p, _VN_MARITAL, 3),
    "change327": lambda p, c: _pick(p, _VN_CHANGE, 4),
    "from_to327": lambda p, c: _pick(p, _VN_FROM_TO, 5),
    "head327": lambda p, c: _other_vn(p, 6, True),
    "team_head327": lambda p, c: _pick(p, _VN_TEAM_HEADS, 7),
    # Vietnam: farm households a university interviewed
    "sheet327": lambda p, c: f"PV-{_num(p, 150):03d}",
    "student327": lambda p, c: _pick(p, _VN_STUDENTS, 2),
    "hamlet327": lambda p, c: _pick(p, _VN_HAMLETS, 3),
    "commune327": lambda p, c: _pick(p, _VN_COMMUNES, 4),
    "vn_district327": lambda p, c: _pick(p, _VN_DISTRICTS, 5),
    "rice_area327": lambda p, c: f"{_num(p, 30) / 2:.1f}".replace(".", ","),
    "yield327": lambda p, c: f"{50 + _num(p, 25)}",
    "variety327": lambda p, c: _pick(p, _VN_RICE, 6),
    "coop327": lambda p, c: _pick(p, ("Có", "Không", "Có"), 7),
    "wife_phone327": lambda p, c: _other_phone(p, "03"),
    # Canada (Québec): a longitudinal ageing study's data collection site
    "clsa_id327": lambda p, c: f"{p.bhxh[1:4]}{p.bhxh[-4:]}",
    "qc_family327": lambda p, c: _pick(p, _QC_FAMILY, 1),
    "qc_given327": lambda p, c: _by_sex(p, _QC_GIVEN_M, _QC_GIVEN_F, 2),
    "sex_qc327": lambda p, c: "M" if p.male else "F",
    "ramq327": lambda p, c: _ramq(p),
    "street_qc327": lambda p, c: _at(p, _QC_PLACES)[0],
    "town_qc327": lambda p, c: _at(p, _QC_PLACES)[1],
    "postal_qc327": lambda p, c: _at(p, _QC_PLACES)[2],
    "phone_qc327": lambda p, c: _ca_phone(p, "819"),
    "wave327": lambda p, c: _pick(p, _QC_WAVES, 3),
    "staff_qc327": lambda p, c: _pick(p, _QC_STAFF, 4),
    "biobank327": lambda p, c: _pick(p, ("Oui", "Oui", "Non", "Oui (sang seulement)"), 5),
    "proxy_qc327": lambda p, c: f"{_pick(p, _QC_GIVEN_F, 6)} {_pick(p, _QC_FAMILY, 7)} (fille)",
    # India: an ageing study's respondent tracking sheet
    "lasi_id327": lambda p, c: f"UP{p.bhxh[:4]}{p.bhxh[-5:]}",
    "in_name327": lambda p, c: (
        f"{_by_sex(p, _IN_GIVEN_M, _IN_GIVEN_F, 2)} {_pick(p, _IN_FAMILY, 3)}"
    ),
    "in_relative327": lambda p, c: f"{_pick(p, _IN_ELDERS, 4)} {_pick(p, _IN_FAMILY, 3)}",
    "sex_in327": lambda p, c: "M" if p.male else "F",
    "aadhaar327": lambda p, c: _aadhaar_spaced(p),
    "phone_in327": lambda p, c: _in_phone(p, 1),
    "addr_in327": lambda p, c: _at(p, _IN_PLACES)[0],
    "pin_in327": lambda p, c: _at(p, _IN_PLACES)[1],
    "inv_in327": lambda p, c: _pick(p, _IN_INTERVIEWERS, 5),
    "consent_in327": lambda p, c: _pick(p, ("Y", "Y", "N", "Y"), 6),
    "proxy_in327": lambda p, c: _pick(p, ("No", "No", "Yes - spouse", "No"), 7),
    # Brazil: an adult health cohort's follow-up visit list
    "elsa_id327": lambda p, c: f"BA{p.bhxh[-6:]}",
    "br_name327": lambda p, c: (
        f"{_by_sex(p, _BR_GIVEN_M, _BR_GIVEN_F, 2)} {_pick(p, _BR_FAMILY, 3)}"
        f" {_pick(p, _BR_FAMILY, 4)}"
    ),
    "sex_br327": lambda p, c: "Masculino" if p.male else "Feminino",
    "cpf327": lambda p, c: _cpf(p),
    "cns327": lambda p, c: f"7{p.bhxh[:3]} {p.bhxh[3:7]} {p.bhxh[7:]}{p.bhxh[:2]} {p.bhxh[-4:]}",
    "street_br327": lambda p, c: _at(p, _BR_PLACES)[0],
    "bairro_br327": lambda p, c: _at(p, _BR_PLACES)[1],
    "mun_br327": lambda p, c: _at(p, _BR_PLACES)[2],
    "uf_br327": lambda p, c: _at(p, _BR_PLACES)[3],
    "cep_br327": lambda p, c: _at(p, _BR_PLACES)[4],
    "phone_br327": lambda p, c: f"(71) 9{p.phone[3:7]}-{p.phone[7:10]}{p.bhxh[-1]}",
    "staff_br327": lambda p, c: _pick(p, _BR_STAFF, 5),
    "status_br327": lambda p, c: _pick(p, _BR_STATUS, 6),
    "contact_br327": lambda p, c: (
        f"{_pick(p, _BR_GIVEN_F, 7)} (irmã) (71) 3{p.bhxh[2:5]}-{p.bhxh[5:9]}"
    ),
    # Kenya: a health and demographic surveillance system's individual register
    "perm327": lambda p, c: _perm(p),
    "hhid327": lambda p, c: f"HH{p.bhxh[3:9]}",
    "ke_name327": lambda p, c: (
        f"{_by_sex(p, _KE_GIVEN_M, _KE_GIVEN_F, 2)} {_pick(p, _KE_FAMILY, 3)}"
        f" {_pick(p, _KE_FAMILY, 4)}"
    ),
    "sex_ke327": lambda p, c: "M" if p.male else "F",
    "ke_id327": lambda p, c: _ke_id(p),
    "phone_ke327": lambda p, c: f"07{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "village_ke327": lambda p, c: _pick(p, _KE_VILLAGES, 5),
    "subloc_ke327": lambda p, c: _pick(p, _KE_SUBLOC, 6),
    "mother_ke327": lambda p, c: f"{_pick(p, ('TKG', 'MTD', 'ROK', 'NGR'), 3)}{p.bhxh[-6:]}",
    "event_ke327": lambda p, c: _pick(p, _KE_EVENTS, 7),
    "fw_ke327": lambda p, c: _pick(p, _KE_FW, 8),
    # Germany: a national cohort's study centre, second examination invitations
    "proband327": lambda p, c: f"{p.bhxh[:3]}-{p.bhxh[3:8]}",
    "salut327": lambda p, c: "Herr" if p.male else "Frau",
    "de_family327": lambda p, c: _pick(p, _DE_FAMILY, 1),
    "de_given327": lambda p, c: _by_sex(p, _DE_GIVEN_M, _DE_GIVEN_F, 2),
    "sex_de327": lambda p, c: "männlich" if p.male else "weiblich",
    "street_de327": lambda p, c: _at(p, _DE_PLACES)[0],
    "plz_de327": lambda p, c: _at(p, _DE_PLACES)[1],
    "town_de327": lambda p, c: _at(p, _DE_PLACES)[2],
    "phone_de327": lambda p, c: f"{_at(p, _DE_PLACES)[3]}/{p.phone[4:10]}",
    "kvnr327": lambda p, c: f"{_pick(p, _DE_FAMILY, 1)[0].replace('Ü', 'U')}{p.bhxh[:9]}",
    "invited327": lambda p, c: f"{p.other_date - timedelta(days=_days(p, 4, 40) + 14):%d.%m.%Y}",
    "staff_de327": lambda p, c: _pick(p, _DE_STAFF, 3),
    "status_de327": lambda p, c: _pick(p, _DE_STATUS, 4),
    "biobank_de327": lambda p, c: _pick(p, ("ja", "ja", "nein", "ja, ohne Urin"), 5),
}

__all__ = ["WRITERS_BLIND327"]
