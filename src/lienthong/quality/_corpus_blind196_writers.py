"""How the people of the hundred-and-ninety-sixth part of the outside corpus (**blind 196**,
:mod:`lienthong.quality._corpus_blind196`) are written: four Vietnamese registers' own columns
(basic IT skills certificate candidates, a sports centre's gym members, performers at a
provincial festival, people with disabilities fitted with orthopaedic devices) and the names,
places, phones and numbers of Romania (the CNP with its weighted digit), Moldova (the IDNP with
its 7-3-1 digit), Bulgaria (the ЕГН with its mod-11 digit), Slovakia (the rodné číslo divisible
by 11) and Turkey (the T.C. Kimlik No with its two check digits)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind12_writers import _egn
from lienthong.quality._corpus_blind14_writers import _rodne_cislo
from lienthong.quality._corpus_blind16_writers import _idnp_md
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _tc_kimlik
from lienthong.quality._corpus_blind61_writers import _cnp
from lienthong.quality._corpus_people import _ascii

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam
_BIRTHPLACES = ("Nghệ An", "Hà Tĩnh", "Thanh Hóa", "TP. Hồ Chí Minh", "Quảng Bình", "Huế")
_WORKPLACES = (
    "UBND phường Bến Thành",
    "SV Trường ĐH Sư phạm",
    "Trường THCS Nguyễn Du",
    "Tự do",
    "Công ty TNHH May Việt Tiến",
    "Bệnh viện quận 3",
)
_RESULTS = ("Đạt", "Đạt", "Đạt", "Không đạt", "Vắng thi")
_PACKAGES = (
    "Gym 1 tháng",
    "Gym 3 tháng",
    "Gym 6 tháng + bơi",
    "Yoga 12 buổi",
    "Gym 12 tháng",
    "Aerobic 1 tháng",
)
_PACKAGE_FEES = ("300.000", "800.000", "2.100.000", "600.000", "3.000.000", "250.000")
_PACKAGE_MONTHS = (1, 3, 6, 1, 12, 1)
_TRAINERS = ("PT Tuấn", "PT Ngọc Hân", "Không PT", "PT Khoa", "Không PT")
_HEALTH = ("Bình thường", "", "Huyết áp cao", "Thoát vị đĩa đệm", "", "Đang mang thai")
_STAGE = ("Hoàng Yến", "Minh Đức", "Bé Ngoan", "Thanh Tâm", "Quang Hiếu", "Ngọc Mai")
_TROUPES = (
    "Nhà hát Ca múa nhạc Dân gian Việt Bắc",
    "Đoàn Cải lương Tây Đô",
    "CLB Dân ca Ví Giặm xã Nghi Xuân",
    "Đội văn nghệ quần chúng phường 5",
    "Nhà hát Chèo tỉnh",
)
_ACTS = (
    "Hát then - đàn tính",
    "Trích đoạn cải lương Tô Ánh Nguyệt",
    "Múa sạp",
    "Hát ví giặm: Ai về Hà Tĩnh",
    "Chèo: Thị Mầu lên chùa",
    "Hát đối đáp Bài chòi",
)
_GENRES = ("Ca", "Múa", "Sân khấu", "Nhạc cụ dân tộc", "Ca")
_BANKS = ("Agribank", "Vietcombank", "BIDV", "VietinBank")
_DISABILITY = (
    "Khuyet tat van dong",
    "Cut cut chi duoi (T)",
    "Cut cut chi duoi (P)",
    "Bai nao",
    "Ban chan khoeo",
    "Cong veo cot song",
)
_DEGREES = ("Dac biet nang", "Nang", "Nang", "Nhe")
_DEVICES = (
    "Chan gia duoi goi",
    "Chan gia tren goi",
    "Nep chinh hinh AFO",
    "Giay chinh hinh",
    "Ao chinh hinh cot song",
    "Xe lan + nep",
)
_DEVICE_COST = ("7.500.000", "12.800.000", "1.950.000", "850.000", "3.200.000", "5.400.000")
_NOTES = ("", "Lap lai lan 2", "Tre em, tai kham 6 thang", "", "Ho ngheo", "Thay dai deo")

# -- Romania: blood donors of a regional transfusion centre
_RO_FAMILY = ("Popescu", "Ionescu", "Rusu", "Munteanu", "Ciobanu", "Apostol", "Lungu", "Cojocaru")
_RO_GIVEN_M = ("Andrei", "Mihai", "Ionuț", "Vasile", "Bogdan Ștefan", "Gheorghe")
_RO_GIVEN_F = ("Elena", "Ioana", "Mădălina", "Maria Cristina", "Andreea", "Florentina")
#: (street, locality, county)
_RO = (
    ("Str. Păcurari nr. 45, bl. 560, sc. B, ap. 12", "Iași", "Iași"),
    ("Șos. Națională nr. 12", "Pașcani", "Iași"),
    ("Str. Ștefan cel Mare nr. 8", "Vaslui", "Vaslui"),
    ("Str. Principală nr. 211", "Sat Bârnova", "Iași"),
    ("Bd. Independenței nr. 14, ap. 3", "Botoșani", "Botoșani"),
    ("Str. Nicolae Bălcescu nr. 27", "Bârlad", "Vaslui"),
)
_RO_GROUPS = ("0 (I)", "A (II)", "A (II)", "B (III)", "AB (IV)", "0 (I)")
_RO_FIT = ("Apt", "Apt", "Apt", "Inapt temporar - Hb scăzut", "Inapt temporar - TA")
_RO_WORK = ("Student UAIC", "Poliția Locală Iași", "Pensionar", "Continental Iași", "Fără")

# -- Moldova: pensioners of a territorial social insurance office
_MD_NAMES_M = ("Ceban Ion", "Rusu Vasile", "Кузнецов Николай Петрович", "Lungu Gheorghe",
               "Ткаченко Виктор Иванович", "Cojocari Petru")  # fmt: skip
_MD_NAMES_F = ("Ceban Maria", "Гончарук Галина Васильевна", "Popa Ecaterina", "Munteanu Vera",
               "Иванова Людмила Степановна", "Rotari Tatiana")  # fmt: skip
#: (street, locality, raion)
_MD = (
    ("str. Ștefan cel Mare 112, ap. 45", "mun. Bălți", "mun. Bălți"),
    ("ул. Пушкина 17, кв. 8", "mun. Bălți", "mun. Bălți"),
    ("str. Independenței 3", "or. Fălești", "r-nul Fălești"),
    ("str. Mihai Eminescu 40", "s. Sărata Veche", "r-nul Fălești"),
    ("ул. Гагарина 5", "or. Rîșcani", "r-nul Rîșcani"),
    ("str. Păcii 9", "s. Corlăteni", "r-nul Rîșcani"),
)
_MD_PENSIONS = (
    "pentru limită de vîrstă",
    "по возрасту",
    "de dizabilitate, gr. II",
    "de urmaș",
    "pentru limită de vîrstă",
)
_MD_PAY = ("Poșta Moldovei", "card MAIB", "card Moldindconbank", "на дому (почтальон)")

# -- Bulgaria: expert decisions of the medical expertise commission
_BG_FAMILY = (("Иванов", "Иванова"), ("Петров", "Петрова"), ("Георгиев", "Георгиева"),
              ("Стоянов", "Стоянова"), ("Колев", "Колева"), ("Димитров", "Димитрова"))  # fmt: skip
_BG_GIVEN_M = ("Георги", "Иван", "Димитър", "Петър", "Стефан", "Христо")
_BG_GIVEN_F = ("Мария", "Иванка", "Елена", "Радка", "Светла", "Йорданка")
_BG_FATHER = (("Иванов", "Иванова"), ("Тодоров", "Тодорова"), ("Николов", "Николова"),
              ("Атанасов", "Атанасова"))  # fmt: skip
_BG_ADDR = (
    "гр. Пловдив, ж.к. Тракия, бл. 12, вх. А, ет. 3, ап. 9",
    "гр. Пловдив, ул. „Капитан Райчо“ № 56",
    "гр. Асеновград, ул. „Цар Иван Асен II“ № 8",
    "с. Труд, общ. Марица, ул. „Васил Левски“ № 14",
    "гр. Карлово, бул. „Освобождение“ № 3, ап. 5",
)
_MKB = ("I63.9", "E11.7", "M51.1", "C50.9", "G35", "F20.0", "I25.2")
_TELK_TERM = ("3 години", "пожизнено", "2 години", "1 година", "3 години")
_GP = ("д-р Ангелова", "д-р Петков", "д-р Стоилова", "д-р Манолов")

# -- Slovakia: a town office's dog register
_SK_FAMILY = (("Kováč", "Kováčová"), ("Horváth", "Horváthová"), ("Baláž", "Balážová"),
              ("Tóth", "Tóthová"), ("Molnár", "Molnárová"), ("Šimko", "Šimková"))  # fmt: skip
_SK_GIVEN_M = ("Peter", "Ján", "Martin", "Jozef", "Michal", "Ľubomír")
_SK_GIVEN_F = ("Mária", "Zuzana", "Jana", "Katarína", "Ľubica", "Eva")
_SK_TITLES = ("", "", "Ing.", "Mgr.", "", "MUDr.", "Bc.")
#: (street, town, PSČ)
_SK = (
    ("Hlavná 48", "Prešov", "080 01"),
    ("Sídlisko III, Prostějovská 12", "Prešov", "080 01"),
    ("Levočská 3", "Prešov", "080 01"),
    ("Ľubotická 22", "Prešov", "080 06"),
    ("Solivarská 71", "Prešov", "080 05"),
)
_BREEDS = ("kríženec", "nemecký ovčiak", "jorkšírsky teriér", "labradorský retríver", "jazvečík")
_EXEMPT = ("", "", "ZŤP - 50 %", "", "dôchodca - zľava 50 %", "pes zo zariadenia - 1. rok")

# -- Turkey: the farmer registration system at a district directorate
_TR_FAMILY = ("Yılmaz", "Kaya", "Demir", "Çelik", "Şahin", "Öztürk", "Aydın", "Arslan")
_TR_GIVEN_M = ("Mehmet", "Mustafa", "Hüseyin", "İbrahim", "Ömer", "Hasan")
_TR_GIVEN_F = ("Fatma", "Ayşe", "Emine", "Hatice", "Zeynep", "Şerife")
_TR_FATHER = ("Ahmet", "Ali", "Osman", "Halil", "Süleyman", "Veli")
#: (il, ilçe, köy / mahalle)
_TR = (
    ("Konya", "Çumra", "Dineksaray Mah."),
    ("Konya", "Ereğli", "Zengen Köyü"),
    ("Eskişehir", "Alpu", "Fevziye Mah."),
    ("Şanlıurfa", "Harran", "Yardımcı Köyü"),
    ("Manisa", "Alaşehir", "Killik Mah."),
    ("Aydın", "Nazilli", "Aşağıyeniköy Mah."),
)
_CROPS = ("Buğday", "Şeker pancarı", "Pamuk", "Sultaniye üzüm", "Arpa", "Mısır (dane)", "İncir")
_TENURE = ("Mülk", "Kira", "Ortakçı", "Mülk")


def _at(p: Person, table: tuple[tuple[str, ...], ...], salt: int = 3) -> tuple[str, ...]:
    return table[int(p.bhxh) // (salt * 11 + 1) % len(table)]


def _gym_end(p: Person) -> str:
    months = _PACKAGE_MONTHS[int(p.bhxh) // 23 % len(_PACKAGES)]
    d = p.other_date
    month = d.month - 1 + months
    end = d.replace(year=d.year + month // 12, month=month % 12 + 1, day=min(d.day, 28))
    return f"{end:%d/%m/%Y}"


def _ro_phone(p: Person) -> str:
    digits = f"07{p.phone[2:10]}"
    return _pick(p, (digits, f"+40 {digits[1:4]} {digits[4:7]} {digits[7:]}"), 6)


def _md_phone(p: Person) -> str:
    return _pick(p, (f"06{p.phone[3:10]}", f"+373 69 {p.phone[4:10]}"), 6)


def _bg_phone(p: Person) -> str:
    return _pick(p, (f"08{p.phone[2:10]}", f"032 {p.phone[4:7]} {p.phone[7:10]}"), 7)


def _sk_phone(p: Person) -> str:
    return _pick(p, (f"09{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}", f"+4219{p.phone[2:10]}"))


def _sk_given(p: Person) -> str:
    return _by_sex(p, _SK_GIVEN_M, _SK_GIVEN_F, 3)


def _sk_family(p: Person) -> str:
    return _at(p, _SK_FAMILY, 2)[0 if p.male else 1]


def _sk_email(p: Person) -> str:
    name = _ascii(f"{_sk_given(p)}.{_sk_family(p)}").lower().replace("ľ", "l")
    return f"{name}{p.bhxh[-2:]}@{_pick(p, ('gmail.com', 'azet.sk', 'centrum.sk'), 5)}"


def _tr_phone(p: Person) -> str:
    body = f"5{p.phone[1:10]}"
    return _pick(p, (f"0{body}", f"0 ({body[:3]}) {body[3:6]} {body[6:8]} {body[8:]}"), 4)


WRITERS_BLIND196: dict[str, Callable[[Person, Col], object]] = {
    # basic IT skills certificate candidates
    "sbd196": lambda p, c: f"CNTT{p.bhxh[-4:]}",
    "birthplace196": lambda p, c: _pick(p, _BIRTHPLACES, 2),
    "workplace196": lambda p, c: _pick(p, _WORKPLACES, 3),
    "room196": lambda p, c: f"P.{_pick(p, ('A', 'B', 'C'), 4)}{100 + _num(p, 12)}",
    "score_lt196": lambda p, c: f"{4 + _num(p, 60) / 10:.1f}".replace(".", ","),
    "score_th196": lambda p, c: f"{3 + _num(p, 70) / 10:.1f}".replace(".", ","),
    "result196": lambda p, c: _pick(p, _RESULTS, 5),
    # gym members
    "member196": lambda p, c: f"HV{p.bhxh[-5:]}",
    "package196": lambda p, c: _PACKAGES[int(p.bhxh) // 23 % len(_PACKAGES)],
    "gym_end196": lambda p, c: _gym_end(p),
    "fee196": lambda p, c: _PACKAGE_FEES[int(p.bhxh) // 23 % len(_PACKAGES)],
    "trainer196": lambda p, c: _pick(p, _TRAINERS, 4),
    "emergency196": lambda p, c: f"{_other_vn(p, 5)} ({_other_phone(p, '093')})",
    "health196": lambda p, c: _pick(p, _HEALTH, 6),
    # performers at a provincial festival
    "stage196": lambda p, c: _pick(p, _STAGE, 2),
    "troupe196": lambda p, c: _pick(p, _TROUPES, 3),
    "act196": lambda p, c: _pick(p, _ACTS, 4),
    "genre196": lambda p, c: _pick(p, _GENRES, 5),
    "fee_art196": lambda p, c: f"{(1 + _num(p, 8)) * 500_000:,}".replace(",", "."),
    "bank196": lambda p, c: f"{p.bhxh[1:]}{p.bhxh[-3:]} - {_pick(p, _BANKS, 6)}",
    # people with disabilities fitted with orthopaedic devices
    "sex_ascii196": lambda p, c: "Nam" if p.male else "Nu",
    "disability196": lambda p, c: _pick(p, _DISABILITY, 2),
    "degree196": lambda p, c: _pick(p, _DEGREES, 3),
    "device196": lambda p, c: _pick(p, _DEVICES, 4),
    "device_cost196": lambda p, c: _pick(p, _DEVICE_COST, 4),
    "guardian196": lambda p, c: _ascii(_other_vn(p, 7)),
    "guardian_phone196": lambda p, c: _other_phone(p, "097"),
    "note196": lambda p, c: _pick(p, _NOTES, 8),
    # Romania: blood donors
    "donor_ro196": lambda p, c: f"IS{p.bhxh[-7:]}",
    "ro_family196": lambda p, c: _pick(p, _RO_FAMILY, 2),
    "ro_given196": lambda p, c: _by_sex(p, _RO_GIVEN_M, _RO_GIVEN_F, 3),
    "cnp_ro196": lambda p, c: _cnp(p),
    "ro_sex196": lambda p, c: _pick(p, ("M", "Masculin")) if p.male else _pick(p, ("F", "Feminin")),
    "ro_group196": lambda p, c: _pick(p, _RO_GROUPS, 4),
    "ro_rh196": lambda p, c: _pick(p, ("pozitiv", "pozitiv", "negativ", "POZ"), 5),
    "ro_street196": lambda p, c: _at(p, _RO)[0],
    "ro_town196": lambda p, c: _at(p, _RO)[1],
    "ro_county196": lambda p, c: _at(p, _RO)[2],
    "ro_phone196": lambda p, c: _ro_phone(p),
    "ro_count196": lambda p, c: str(_num(p, 40)),
    "ro_fit196": lambda p, c: _pick(p, _RO_FIT, 6),
    "ro_work196": lambda p, c: _pick(p, _RO_WORK, 7),
    # Moldova: pensioners
    "idnp196": lambda p, c: _idnp_md(p),
    "md_name196": lambda p, c: _by_sex(p, _MD_NAMES_M, _MD_NAMES_F, 2),
    "md_sex196": lambda p, c: _pick(p, ("M", "М / M", "masculin")) if p.male else "F",
    "md_pension196": lambda p, c: _pick(p, _MD_PENSIONS, 3),
    "md_amount196": lambda p, c: f"{2800 + _num(p, 300) * 13},{p.bhxh[-2:]}",
    "md_street196": lambda p, c: _at(p, _MD)[0],
    "md_town196": lambda p, c: _at(p, _MD)[1],
    "md_raion196": lambda p, c: _at(p, _MD)[2],
    "md_phone196": lambda p, c: _md_phone(p),
    "md_pay196": lambda p, c: _pick(p, _MD_PAY, 4),
    "md_file196": lambda p, c: f"{p.bhxh[-6:]}/{_pick(p, ('B', 'F', 'R'), 5)}",
    # Bulgaria: medical expertise commission decisions
    "egn196": lambda p, c: _egn(p),
    "bg_given196": lambda p, c: _by_sex(p, _BG_GIVEN_M, _BG_GIVEN_F, 2),
    "bg_father196": lambda p, c: _at(p, _BG_FATHER, 5)[0 if p.male else 1],
    "bg_family196": lambda p, c: _at(p, _BG_FAMILY, 3)[0 if p.male else 1],
    "bg_sex196": lambda p, c: "мъж" if p.male else "жена",
    "bg_addr196": lambda p, c: _pick(p, _BG_ADDR, 4),
    "bg_phone196": lambda p, c: _bg_phone(p),
    "telk_no196": lambda p, c: f"{p.bhxh[-4:]}/{_pick(p, ('045', '112', '087'), 6)}",
    "mkb196": lambda p, c: _pick(p, _MKB, 5),
    "tnr196": lambda p, c: f"{_pick(p, ('50', '71', '80', '90', '95', '100', '60'), 7)} %",
    "telk_term196": lambda p, c: _pick(p, _TELK_TERM, 8),
    "help196": lambda p, c: _pick(p, ("не", "не", "да"), 9),
    "gp196": lambda p, c: _pick(p, _GP, 10),
    # Slovakia: dog register
    "dog_no196": lambda p, c: f"{_num(p, 900)}/{p.other_date.year}",
    "sk_name196": lambda p, c: f"{_sk_family(p)} {_sk_given(p)}",
    "sk_title196": lambda p, c: _pick(p, _SK_TITLES, 4),
    "rc196": lambda p, c: _rodne_cislo(p),
    "sk_addr196": lambda p, c: f"{_at(p, _SK)[0]}, {_at(p, _SK)[1]}",
    "sk_psc196": lambda p, c: _at(p, _SK)[2],
    "sk_phone196": lambda p, c: _sk_phone(p),
    "sk_email196": lambda p, c: _sk_email(p),
    "breed196": lambda p, c: _pick(p, _BREEDS, 5),
    "tag196": lambda p, c: f"PO {p.bhxh[-4:]}",
    "chip196": lambda p, c: f"703{p.bhxh}{p.bhxh[:2]}",
    "dog_tax196": lambda p, c: _pick(p, ("40,00", "80,00", "20,00", "120,00"), 6),
    "exempt196": lambda p, c: _pick(p, _EXEMPT, 7),
    # Turkey: farmer registration system
    "tc196": lambda p, c: _tc_kimlik(p),
    "tr_given196": lambda p, c: _by_sex(p, _TR_GIVEN_M, _TR_GIVEN_F, 2),
    "tr_family196": lambda p, c: _pick(p, _TR_FAMILY, 3),
    "tr_father196": lambda p, c: _pick(p, _TR_FATHER, 4),
    "tr_sex196": lambda p, c: _pick(p, ("Erkek", "E")) if p.male else _pick(p, ("Kadın", "K")),
    "tr_il196": lambda p, c: _at(p, _TR)[0],
    "tr_ilce196": lambda p, c: _at(p, _TR)[1],
    "tr_koy196": lambda p, c: _at(p, _TR)[2],
    "parcel196": lambda p, c: f"{_num(p, 240)}/{_num(p, 30)}",
    "decare196": lambda p, c: f"{_num(p, 180) + 2},{p.bhxh[-1]}",
    "crop196": lambda p, c: _pick(p, _CROPS, 5),
    "tenure196": lambda p, c: _pick(p, _TENURE, 6),
    "tr_phone196": lambda p, c: _tr_phone(p),
    "support196": lambda p, c: f"{_num(p, 90) * 137:,}".replace(",", ".") + ",00",
}
