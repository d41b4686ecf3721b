"""How the people of the three hundred and ninety-third part of the outside corpus (**blind 393**,
:mod:`lienthong.quality._corpus_blind393`) are written: four Vietnamese files' own columns (a
company's apprentices under a training contract, a vocational college's register of diplomas, a
school's 9+ trainees and their parents, graduates' jobs a year on) and German, Swiss, Egyptian,
Indonesian and Brazilian trainees' names, addresses, phones and identity numbers in the forms
their papers show (the Steuer-ID's MOD 11,10 digit, the AHV number's EAN-13 digit, the Egyptian
national number with the birth date and governorate in it, the NIK with the birth date and 40
added to a woman's day, the CPF's two mod-11 digits). Trainees are born 1995 to 2010, so their
birth dates and the ids that carry them are written here, not taken from the person's own."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind13_writers import (
    _EG_MEN,
    _EG_WOMEN,
    _ahv,
    _eg_governorate,
    _weighted,
)
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind42_writers import _shift_date, _steuer_id
from lienthong.quality._corpus_blind57_writers import _cpf
from lienthong.quality._corpus_blind320_writers import _cnpj

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col


def _born(p: Person, first: int, span: int) -> date:
    """A trainee's birthday: the person's day and month in a year from ``first`` on."""
    return _safe_day(first + int(p.bhxh) // 3 % span, p.birth.month, p.birth.day)


def _start(p: Person, year: int, month: int) -> date:
    """A training year's first day, a few days either side of the 1st of ``month``."""
    return date(year - int(p.bhxh) // 5 % 2, month, 1 + int(p.bhxh) // 7 % 15)


def _months(d: date, months: int) -> date:
    total = d.month - 1 + months
    return _safe_day(d.year + total // 12, total % 12 + 1, d.day)


def _place(p: Person, places: tuple[tuple[str, ...], ...], salt: int = 9) -> tuple[str, ...]:
    return places[int(p.bhxh) // salt % len(places)]


# -- Vietnamese files ---------------------------------------------------------------------------
_VN_TRADES = ("Vận hành máy CNC", "Hàn điện", "May công nghiệp", "Điện công nghiệp")
_VN_WORKSHOPS = ("Xưởng Cơ khí 1", "Xưởng Hàn - Kết cấu", "Chuyền may số 4", "Xưởng SMT")
_VN_TEST = ("Đạt - Bậc 1/7", "Đạt", "Chưa kiểm tra", "Không đạt, kiểm tra lại", "Đạt - Bậc 2/7")
_VN_MAJORS = (
    ("Điện công nghiệp", "6520227"),
    ("Công nghệ ô tô", "6510216"),
    ("Kỹ thuật chế biến món ăn", "6810207"),
    ("Quản trị mạng máy tính", "6480209"),
    ("Kế toán doanh nghiệp", "6340302"),
    ("Điều dưỡng", "6720301"),
)
_VN_PLACES_BORN = ("Hà Tĩnh", "Nghệ An", "Thanh Hóa", "Đồng Tháp", "An Giang", "TP. Hồ Chí Minh")
_VN_ETHNIC = ("Kinh", "Kinh", "Kinh", "Hoa", "Khmer", "Tày", "Kinh")
_VN_RANKS = ("Giỏi", "Khá", "Khá", "Trung bình khá", "Trung bình", "Xuất sắc")
_VN_THCS = ("THCS Nguyễn Văn Tố", "THCS Lê Quý Đôn", "THCS Phan Bội Châu", "THCS Tân Thới Hiệp")
_VN_9_MAJORS = ("Điện dân dụng", "Sửa chữa xe máy", "Pha chế đồ uống", "Thiết kế đồ họa")
_VN_JOB = ("Có việc làm đúng nghề", "Có việc làm trái nghề", "Học liên thông", "Chưa có việc làm")
_VN_EMPLOYERS = (
    ("Công ty TNHH Điện tử Samsung HCMC CE Complex", "Lô I-11, Khu Công nghệ cao, TP. Thủ Đức"),
    ("Công ty CP Ô tô Trường Hải - Chi nhánh Gò Vấp", "240 Nguyễn Oanh, Phường An Nhơn"),
    ("Nhà hàng Ngon 138", "138 Nam Kỳ Khởi Nghĩa, Phường Sài Gòn"),
    ("Công ty TNHH Pouyuen Việt Nam", "D10/89Q Quốc lộ 1A, Xã Tân Tạo"),
    ("Bệnh viện Quận 8", "82 Cao Lỗ, Phường Chánh Hưng"),
)
_VN_POSTS = ("Kỹ thuật viên", "Công nhân vận hành", "Phụ bếp", "Nhân viên IT", "Kế toán viên")


def _vn_employer(p: Person) -> tuple[str, ...]:
    return (
        ("", "")
        if _pick(p, _VN_JOB, 3) in {"Học liên thông", "Chưa có việc làm"}
        else (_place(p, _VN_EMPLOYERS, 11))
    )


# -- foreign files ------------------------------------------------------------------------------
_DE_FAMILY = ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Yilmaz", "Becker", "Hoffmann")
_DE_GIVEN_M = ("Lukas", "Leon", "Jonas", "Finn", "Emre", "Tim", "Niklas")
_DE_GIVEN_F = ("Lea", "Hannah", "Lena", "Sophie", "Zeynep", "Marie", "Jana")
_DE_PLACES = (
    ("Hauptstraße 14", "69117", "Heidelberg"),
    ("Bahnhofstr. 3a", "74072", "Heilbronn"),
    ("Am Lindenhof 27", "68163", "Mannheim"),
    ("Karlstraße 112", "76133", "Karlsruhe"),
    ("Schillerweg 5", "71638", "Ludwigsburg"),
)
_DE_BERUFE = ("Industriemechaniker/-in", "Kaufmann/-frau für Büromanagement", "Mechatroniker/-in")
_DE_FIRMS = (
    "Heidelberger Druckmaschinen AG",
    "Autohaus Kraus GmbH & Co. KG",
    "Stadtwerke Karlsruhe GmbH",
    "Bäckerei Lang e.K.",
    "SAP SE",
)
_CH_FAMILY = ("Müller", "Meier", "Rochat", "Favre", "Schmid", "Clément", "Aebischer", "Brülhart")
_CH_GIVEN_M = ("Luca", "Noah", "Julien", "Matteo", "Kevin", "Loïc", "Nico")
_CH_GIVEN_F = ("Chloé", "Mia", "Laura", "Lara", "Océane", "Nina", "Elodie")
_CH_PLACES = (
    ("Route de la Glâne 23", "1700", "Fribourg", "FR"),
    ("Bahnhofstrasse 8", "3186", "Düdingen", "FR"),
    ("Rue du Simplon 14", "3960", "Sierre", "VS"),
    ("Kirchgasse 2", "3900", "Brig", "VS"),
    ("Chemin des Vignes 7", "2502", "Biel/Bienne", "BE"),
)
_CH_BERUFE = ("Kauffrau/Kaufmann EFZ", "Polymécanicien/ne CFC", "Fachfrau/Fachmann Gesundheit EFZ")
_CH_FIRMS = ("Groupe E SA", "Cremo SA", "Spital Wallis", "Liebherr Machines Bulle SA")
_EG_FAMILY = ("عبد الله", "السيد", "حسانين", "الشريف", "عبد العزيز", "النجار", "فرج")
_EG_TRADES = ("كهرباء تركيبات", "خراطة", "لحام", "تبريد وتكييف", "ميكانيكا سيارات", "نسيج")
_EG_CENTERS = ("مركز تدريب شبرا الخيمة", "مركز تدريب حلوان", "مركز تدريب المحلة الكبرى")
_EG_FIRMS = ("شركة مصر للغزل والنسيج", "الشركة الشرقية للدخان", "شركة النصر للسيارات")
_EG_RESULTS = ("ناجح - جيد جدا", "ناجح - جيد", "ناجح - مقبول", "دور ثان", "ناجح - امتياز")
_ID_FAMILY = ("Saputra", "Wijaya", "Hidayat", "Lestari", "Nugroho", "Pratama", "Siregar")
_ID_GIVEN_M = ("Muhammad Rizki", "Agus", "Dimas Aditya", "Bayu", "Fajar", "Yoga")
_ID_GIVEN_F = ("Siti Nurhaliza", "Dewi", "Putri Ayu", "Rina", "Anisa", "Nur Aini")
#: (street, RT/RW, kelurahan, kecamatan, kabupaten/kota, province, region code)
_ID_PLACES = (
    (
        "Jl. Melati No. 12",
        "RT 003/RW 005",
        "Cibeunying",
        "Cimenyan",
        "Kab. Bandung",
        "Jawa Barat",
        "320413",
    ),
    (
        "Jl. Raya Bogor KM 27",
        "RT 011/RW 002",
        "Pekayon",
        "Pasar Rebo",
        "Kota Jakarta Timur",
        "DKI Jakarta",
        "317505",
    ),
    (
        "Gg. Mawar II No. 8",
        "RT 002/RW 007",
        "Wonokromo",
        "Wonokromo",
        "Kota Surabaya",
        "Jawa Timur",
        "357808",
    ),
    (
        "Jl. Industri Selatan 4",
        "RT 005/RW 001",
        "Pasirsari",
        "Cikarang Selatan",
        "Kab. Bekasi",
        "Jawa Barat",
        "321620",
    ),
    (
        "Perum Griya Asri Blok C-7",
        "RT 004/RW 009",
        "Kaliwungu",
        "Kaliwungu",
        "Kab. Kendal",
        "Jawa Tengah",
        "332413",
    ),
)
_ID_FIRMS = (
    "PT Astra Honda Motor",
    "PT Toyota Motor Manufacturing Indonesia",
    "PT Indofood CBP Sukses Makmur Tbk",
    "PT Pan Brothers Tbk",
    "PT Epson Indonesia",
)
_ID_PROGS = ("Operator Produksi", "Teknisi Perawatan Mesin", "Quality Control", "Operator Jahit")
_ID_EDU = ("SMK", "SMA", "SMK", "D3", "MA")
_BR_FAMILY = ("Silva", "Santos", "Oliveira", "Souza", "Pereira", "Lima", "Ferreira", "Almeida")
_BR_GIVEN_M = ("Gabriel", "Lucas", "Matheus", "Pedro Henrique", "Guilherme", "Kauã")
_BR_GIVEN_F = ("Ana Clara", "Maria Eduarda", "Júlia", "Beatriz", "Larissa", "Yasmin")
_BR_MOTHERS = ("Maria Aparecida", "Rosângela", "Cláudia", "Adriana", "Patrícia", "Sandra")
#: (street, bairro, município, UF, CEP, DDD)
_BR_PLACES = (
    ("Rua Vergueiro, 1855, apto 42", "Vila Mariana", "São Paulo", "SP", "04101-000", "11"),
    ("Av. Amazonas, 3200", "Gameleira", "Belo Horizonte", "MG", "30411-900", "31"),
    ("Rua das Flores, 77", "Boqueirão", "Curitiba", "PR", "81650-010", "41"),
    ("Travessa São José, 12, casa 2", "Jardim Paulista", "Joinville", "SC", "89212-500", "47"),
    ("Rua Barão do Triunfo, 404", "Menino Deus", "Porto Alegre", "RS", "90130-100", "51"),
)
_BR_CURSOS = (
    "Aprendizagem Industrial em Mecânico de Usinagem",
    "Assistente Administrativo",
    "Eletricista de Manutenção",
    "Operador de Processos de Produção",
    "Auxiliar de Logística",
)
_BR_FIRMS = ("WEG Equipamentos Elétricos S.A.", "Tupy S.A.", "Marcopolo S.A.", "Embraco Ltda.")


def _eg_birth(p: Person) -> date:
    return _born(p, 2006, 4)


def _eg_id(p: Person) -> str:
    """The Egyptian national number (as blind 13 writes it) of a trainee born in 2006-2009."""
    born = _eg_birth(p)
    gender = int(p.bhxh[-1]) // 2 * 2 + (1 if p.male else 0)
    body = (
        f"{2 if born.year < 2000 else 3}{born:%y%m%d}{_eg_governorate(p)[0]}{p.bhxh[-4:-1]}{gender}"
    )
    rest = _weighted(body, (2, 7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)) % 11
    return f"{body}{(11 - rest) % 10}"


def _id_birth(p: Person) -> date:
    return _born(p, 1999, 8)


def _nik(p: Person) -> str:
    """A NIK: the kecamatan's code, the birth day (plus 40 for a woman), month, year, a serial."""
    born = _id_birth(p)
    return (
        f"{_place(p, _ID_PLACES)[6]}{born.day + (0 if p.male else 40):02d}{born:%m%y}{p.bhxh[-4:]}"
    )


def _id_address(p: Person) -> str:
    street, rt, kel, kec, *_ = _place(p, _ID_PLACES)
    return f"{street}, {rt}, Kel. {kel}, Kec. {kec}"


def _eg_address(p: Person) -> str:
    street = _pick(p, ("شارع الجيش", "شارع ترعة الجبل", "شارع المحطة"), 4)
    return f"{_num(p, 90) + 3} {street}, {_eg_governorate(p)[1]}"


def _de_start(p: Person) -> date:
    return _start(p, 2025, 9)


def _ch_start(p: Person) -> date:
    return date(2024 + int(p.bhxh) // 11 % 2, 8, 1 + int(p.bhxh) // 13 % 14)


def _br_start(p: Person) -> date:
    return date(2025, 2 + int(p.bhxh) // 3 % 9, 1 + int(p.bhxh) // 17 % 27)


def _dmy(d: date) -> str:
    return f"{d:%d/%m/%Y}"


def _app_birth(p: Person) -> date:
    return _born(p, 1998, 9)


def _dip_birth(p: Person) -> date:
    return _born(p, 1995, 10)


def _nine_birth(p: Person) -> date:
    return _born(p, 2008, 3)


def _grad_birth(p: Person) -> date:
    return _born(p, 1999, 6)


def _de_birth(p: Person) -> date:
    return _born(p, 1999, 10)


def _ch_birth(p: Person) -> date:
    return _born(p, 2005, 5)


def _br_birth(p: Person) -> date:
    return _born(p, 2003, 8)


def _app_start(p: Person) -> date:
    return _start(p, 2026, 3)


WRITERS_BLIND393: dict[str, Callable[[Person, Col], object]] = {
    "birth_app393": lambda p, c: _dmy(_app_birth(p)),
    "cccd_app393": lambda p, c: _cccd_of(p, p.male, _app_birth(p).year),
    "trade393": lambda p, c: _pick(p, _VN_TRADES, 2),
    "form393": lambda p, c: _pick(p, ("Học nghề", "Tập nghề", "Học nghề"), 3),
    "contract393": lambda p, c: f"{_num(p, 300):03d}/HĐĐT-{p.bhxh[-3:]}",
    "from393": lambda p, c: _dmy(_app_start(p)),
    "to393": lambda p, c: _dmy(_months(_app_start(p), 3 * (1 + int(p.bhxh) % 3))),
    "mentor393": lambda p, c: _other_vn(p, 5, True),
    "workshop393": lambda p, c: _pick(p, _VN_WORKSHOPS, 4),
    "wage393": lambda p, c: f"{(_num(p, 20) + 40) * 100_000:,}".replace(",", "."),
    "commit393": lambda p, c: _pick(p, ("02 năm", "03 năm", "01 năm 6 tháng", "02 năm"), 5),
    "test393": lambda p, c: _pick(p, _VN_TEST, 6),
    "birth_dip393": lambda p, c: _dmy(_dip_birth(p)),
    "cccd_dip393": lambda p, c: _cccd_of(p, p.male, _dip_birth(p).year),
    "pob393": lambda p, c: _pick(p, _VN_PLACES_BORN, 7),
    "ethnic393": lambda p, c: _pick(p, _VN_ETHNIC, 8),
    "major393": lambda p, c: " - ".join(_place(p, _VN_MAJORS, 5)),
    "level393": lambda p, c: "Cao đẳng" if int(p.bhxh) % 3 else "Trung cấp",
    "course393": lambda p, c: "K22 (2022-2025)" if int(p.bhxh) % 3 else "K23 (2023-2025)",
    "rank393": lambda p, c: _pick(p, _VN_RANKS, 9),
    "decision393": lambda p, c: f"{_num(p, 400) + 100}/QĐ-CĐKTCN",
    "serial393": lambda p, c: f"{'C' if int(p.bhxh) % 3 else 'T'} {p.bhxh[-7:]}",
    "book393": lambda p, c: f"{_num(p, 900):04d}/2025/SGCB",
    "issued393": lambda p, c: f"{date(2025, 8, 4 + int(p.bhxh) % 20):%d/%m/%Y}",
    "receiver393": lambda p, c: (
        f"Nhận thay: {_other_vn(p, 4, None, p.family)} (UQ)" if int(p.bhxh) % 5 == 0 else ""
    ),
    "code9393": lambda p, c: f"TC24{p.bhxh[-5:]}",
    "birth9393": lambda p, c: _dmy(_nine_birth(p)),
    "cccd9393": lambda p, c: _cccd_of(p, p.male, _nine_birth(p).year),
    "thcs393": lambda p, c: _pick(p, _VN_THCS, 2),
    "thcs_year393": lambda p, c: str(_nine_birth(p).year + 15),
    "major9393": lambda p, c: _pick(p, _VN_9_MAJORS, 3),
    "class9393": lambda p, c: (
        f"TC{24 + int(p.bhxh) % 2}{_pick(p, ('ĐD', 'SC', 'XP', 'TK'), 3)}{1 + int(p.bhxh) % 3}"
    ),
    "parent393": lambda p, c: _other_vn(p, 6, None, p.family),
    "parent_phone393": lambda p, c: _other_phone(p, "08"),
    "dorm393": lambda p, c: "x" if int(p.bhxh) % 4 == 0 else "",
    "fee393": lambda p, c: _pick(
        p, ("Miễn 100% (Đ.62 Luật GDNN)", "Miễn 100%", "Hộ nghèo - miễn"), 4
    ),
    "culture393": lambda p, c: _pick(p, ("GDTX Q.12", "GDTX Hóc Môn", "Tại trường"), 5),
    "sv393": lambda p, c: f"CD{21 + int(p.bhxh) % 2}{p.bhxh[-6:]}",
    "birth_grad393": lambda p, c: _dmy(_grad_birth(p)),
    "cccd_grad393": lambda p, c: _cccd_of(p, p.male, _grad_birth(p).year),
    "major_grad393": lambda p, c: _place(p, _VN_MAJORS, 5)[0],
    "gradyear393": lambda p, c: "2025" if int(p.bhxh) % 4 else "2024",
    "job393": lambda p, c: _pick(p, _VN_JOB, 3),
    "employer393": lambda p, c: _vn_employer(p)[0],
    "emp_addr393": lambda p, c: _vn_employer(p)[1],
    "post393": lambda p, c: _vn_employer(p)[0] and _pick(p, _VN_POSTS, 6),
    "match393": lambda p, c: "Có" if _pick(p, _VN_JOB, 3) == "Có việc làm đúng nghề" else "Không",
    "income393": lambda p, c: _vn_employer(p)[0] and f"{6 + int(p.bhxh) % 9},{int(p.bhxh) % 10}",
    "survey393": lambda p, c: _dmy(date(2026, 10, 5 + int(p.bhxh) % 20)),
    "surveyor393": lambda p, c: _pick(p, ("Trần Thị Mỹ Linh", "Phạm Quốc Bảo", "Lê Hoàng Yến"), 7),
    # Germany
    "de_family393": lambda p, c: _pick(p, _DE_FAMILY, 2),
    "de_given393": lambda p, c: _by_sex(p, _DE_GIVEN_M, _DE_GIVEN_F, 1),
    "birth_de393": lambda p, c: f"{_de_birth(p):%d.%m.%Y}",
    "sex_de393": lambda p, c: "m" if p.male else "w",
    "stid_de393": lambda p, c: _steuer_id(p),
    "street_de393": lambda p, c: _place(p, _DE_PLACES)[0],
    "plz_de393": lambda p, c: _place(p, _DE_PLACES)[1],
    "ort_de393": lambda p, c: _place(p, _DE_PLACES)[2],
    "phone_de393": lambda p, c: (
        f"01{_pick(p, ('51', '60', '76', '52'), 3)} {p.phone[2:5]} {p.phone[5:10]}"
    ),
    "beruf_de393": lambda p, c: _pick(p, _DE_BERUFE, 4),
    "betrieb_de393": lambda p, c: _pick(p, _DE_FIRMS, 5),
    "vertrag_de393": lambda p, c: f"{p.bhxh[:7]}",
    "begin_de393": lambda p, c: f"{_de_start(p):%d.%m.%Y}",
    "end_de393": lambda p, c: (
        f"{_shift_date(_de_start(p), 3 if int(p.bhxh) % 3 else 2) - timedelta(days=1):%d.%m.%Y}"
    ),
    "vertreter_de393": lambda p, c: (
        f"{_pick(p, ('Frau', 'Herr'), 6)} {_pick(p, _DE_FAMILY, 2)}"
        if _de_birth(p).year >= 2008
        else ""
    ),
    "bs_de393": lambda p, c: _pick(
        p, ("Carl-Benz-Schule", "Heinrich-Hertz-Schule", "Willy-Hellpach-Schule"), 7
    ),
    "ap1_de393": lambda p, c: str(55 + int(p.bhxh) % 45) if _de_start(p).year < 2025 else "",
    # Switzerland
    "ahv_ch393": lambda p, c: _ahv(p),
    "ch_family393": lambda p, c: _pick(p, _CH_FAMILY, 2),
    "ch_given393": lambda p, c: _by_sex(p, _CH_GIVEN_M, _CH_GIVEN_F, 1),
    "birth_ch393": lambda p, c: f"{_ch_birth(p):%d.%m.%Y}",
    "sex_ch393": lambda p, c: "M" if p.male else "F",
    "street_ch393": lambda p, c: _place(p, _CH_PLACES)[0],
    "npa_ch393": lambda p, c: _place(p, _CH_PLACES)[1],
    "ort_ch393": lambda p, c: _place(p, _CH_PLACES)[2],
    "kt_ch393": lambda p, c: _place(p, _CH_PLACES)[3],
    "phone_ch393": lambda p, c: (
        f"+41 7{_pick(p, ('6', '8', '9'), 3)} {p.phone[2:5]} {p.phone[5:7]} {p.phone[7:9]}"
    ),
    "beruf_ch393": lambda p, c: _pick(p, _CH_BERUFE, 4),
    "betrieb_ch393": lambda p, c: _pick(p, _CH_FIRMS, 5),
    "bildner_ch393": lambda p, c: _pick(
        p, ("Beat Zbinden", "Sandrine Python", "Urs Jungo", "Marc Gay"), 6
    ),
    "vertrag_ch393": lambda p, c: f"{_ch_start(p).year}-{p.bhxh[-5:]}",
    "begin_ch393": lambda p, c: f"{_ch_start(p):%d.%m.%Y}",
    "end_ch393": lambda p, c: f"{date(_ch_start(p).year + 3 + int(p.bhxh) % 2, 7, 31):%d.%m.%Y}",
    "note_ch393": lambda p, c: f"{4 + int(p.bhxh) % 20 / 10:.1f}".replace(".", ","),
    "legal_ch393": lambda p, c: (
        f"{_pick(p, ('Mme', 'Frau', 'M.', 'Herr'), 7)} {_pick(p, _CH_FAMILY, 2)}"
        if _ch_birth(p).year >= 2008
        else ""
    ),
    # Egypt
    "eg_name393": lambda p, c: (
        f"{_by_sex(p, _EG_MEN, _EG_WOMEN, 1)} {_pick(p, _EG_MEN, 3)} {_pick(p, _EG_MEN, 5)}"
        f" {_pick(p, _EG_FAMILY, 2)}"
    ),
    "nid_eg393": lambda p, c: _eg_id(p),
    "birth_eg393": lambda p, c: f"{_eg_birth(p):%d/%m/%Y}",
    "sex_eg393": lambda p, c: "ذكر" if p.male else "أنثى",
    "pob_eg393": lambda p, c: _eg_governorate(p)[1],
    "addr_eg393": lambda p, c: _eg_address(p),
    "gov_eg393": lambda p, c: _eg_governorate(p)[1],
    "phone_eg393": lambda p, c: f"01{'0125'[int(p.bhxh) % 4]}{p.phone[2:10]}",
    "guardian_eg393": lambda p, c: (
        f"{_pick(p, _EG_MEN, 3)} {_pick(p, _EG_MEN, 5)} {_pick(p, _EG_FAMILY, 2)}"
    ),
    "gphone_eg393": lambda p, c: f"01{'1052'[int(p.bhxh) % 4]}{p.bhxh[::-1][:8]}",
    "trade_eg393": lambda p, c: _pick(p, _EG_TRADES, 4),
    "center_eg393": lambda p, c: _pick(p, _EG_CENTERS, 5),
    "firm_eg393": lambda p, c: _pick(p, _EG_FIRMS, 6),
    "year_eg393": lambda p, c: _pick(p, ("الأولى", "الثانية", "الثالثة"), 7),
    "result_eg393": lambda p, c: _pick(p, _EG_RESULTS, 8),
    "enrol_eg393": lambda p, c: (
        f"{date(_eg_birth(p).year + 15, 10, 1 + int(p.bhxh) % 20):%d/%m/%Y}"
    ),
    # Indonesia
    "nik_id393": lambda p, c: _nik(p),
    "id_name393": lambda p, c: (
        f"{_by_sex(p, _ID_GIVEN_M, _ID_GIVEN_F, 1)} {_pick(p, _ID_FAMILY, 2)}"
    ),
    "pob_id393": lambda p, c: _pick(
        p, ("Bandung", "Jakarta", "Surabaya", "Garut", "Kendal", "Medan"), 3
    ),
    "birth_id393": lambda p, c: f"{_id_birth(p):%d-%m-%Y}",
    "sex_id393": lambda p, c: "L" if p.male else "P",
    "addr_id393": lambda p, c: _id_address(p),
    "kab_id393": lambda p, c: _place(p, _ID_PLACES)[4],
    "prov_id393": lambda p, c: _place(p, _ID_PLACES)[5],
    "phone_id393": lambda p, c: f"08{p.phone[2:4]}-{p.phone[4:8]}-{p.phone[8:10]}{p.bhxh[-2:]}",
    "edu_id393": lambda p, c: _pick(p, _ID_EDU, 4),
    "firm_id393": lambda p, c: _pick(p, _ID_FIRMS, 5),
    "prog_id393": lambda p, c: _pick(p, _ID_PROGS, 6),
    "pk_id393": lambda p, c: f"PK/{p.bhxh[-4:]}/HRD/{_pick(p, ('VI', 'VII', 'VIII'), 7)}/2026",
    "start_id393": lambda p, c: f"{_start(p, 2026, 6):%d-%m-%Y}",
    "end_id393": lambda p, c: f"{_months(_start(p, 2026, 6), 12) - timedelta(days=1):%d-%m-%Y}",
    "saku_id393": lambda p, c: f"{(_num(p, 15) + 30) * 100_000:,}".replace(",", "."),
    "mentor_id393": lambda p, c: _pick(p, ("Bpk. Hendra S.", "Ibu Wulan", "Bpk. Rudi Hartono"), 8),
    "status_id393": lambda p, c: _pick(p, ("Aktif", "Aktif", "Cuti sakit", "Mengundurkan diri"), 9),
    # Brazil
    "br_name393": lambda p, c: (
        f"{_by_sex(p, _BR_GIVEN_M, _BR_GIVEN_F, 1)} {_pick(p, _BR_FAMILY, 3)}"
        f" {_pick(p, _BR_FAMILY, 2)}"
    ),
    "cpf_br393": lambda p, c: _cpf(p),
    "rg_br393": lambda p, c: (
        f"{p.bhxh[::-1][:2]}.{p.bhxh[::-1][2:5]}.{p.bhxh[::-1][5:8]}"
        f"-{'0123456789X'[int(p.bhxh) % 11]}"
    ),
    "birth_br393": lambda p, c: f"{_br_birth(p):%d/%m/%Y}",
    "sex_br393": lambda p, c: "Masculino" if p.male else "Feminino",
    "mae_br393": lambda p, c: f"{_pick(p, _BR_MOTHERS, 4)} {_pick(p, _BR_FAMILY, 3)}",
    "street_br393": lambda p, c: _place(p, _BR_PLACES)[0],
    "bairro_br393": lambda p, c: _place(p, _BR_PLACES)[1],
    "mun_br393": lambda p, c: _place(p, _BR_PLACES)[2],
    "uf_br393": lambda p, c: _place(p, _BR_PLACES)[3],
    "cep_br393": lambda p, c: _place(p, _BR_PLACES)[4],
    "phone_br393": lambda p, c: f"({_place(p, _BR_PLACES)[5]}) 9{p.phone[2:6]}-{p.phone[6:10]}",
    "curso_br393": lambda p, c: _pick(p, _BR_CURSOS, 5),
    "unidade_br393": lambda p, c: _pick(
        p, ("SENAI Ipiranga", "SENAI CETEL", "SENAI Joinville Norte"), 6
    ),
    "empresa_br393": lambda p, c: _pick(p, _BR_FIRMS, 7),
    "cnpj_br393": lambda p, c: _cnpj(p),
    "adm_br393": lambda p, c: f"{_br_start(p):%d/%m/%Y}",
    "fim_br393": lambda p, c: f"{_shift_date(_br_start(p), 2) - timedelta(days=1):%d/%m/%Y}",
    "freq_br393": lambda p, c: f"{75 + int(p.bhxh) % 25},{int(p.bhxh) // 10 % 10}",
    "sit_br393": lambda p, c: _pick(p, ("Em curso", "Em curso", "Concluído", "Desligado"), 8),
}
