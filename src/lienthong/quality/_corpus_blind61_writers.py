"""How the people of the sixty-first part of the outside corpus (**blind 61**,
:mod:`lienthong.quality._corpus_blind61`) are written: four Vietnamese files' own columns (a
household's Tết gift and its members, a legal-aid applicant's case, a hypertension or diabetes
patient's readings and treatment, a trainee's trade and sponsoring employer) and Transylvanian,
Western Australian, Saxon, Chilean and Penang names, addresses, phones and identity numbers in the
forms their cards show (the Romanian CNP's 279146358279 check digit, the Centrelink CRN's check
letter, the German health insurance number's letter, eight digits and 1-2 check digit, the RUT's
mod-11 digit that may be K, the MyKad's birth date, place-of-birth code and sex digit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind45_writers import _rut
from lienthong.quality._corpus_people import _FAMILY

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_GIFT = (
    "Hộ nghèo - 1.000.000đ + quà",
    "Hộ cận nghèo - 800.000đ",
    "Gia đình chính sách - 1.500.000đ",
    "Người cao tuổi neo đơn - 1.000.000đ",
    "Hộ khó khăn đột xuất - 500.000đ",
)
_VN_GIFT_SOURCE = ("Ngân sách TP", "Quỹ Vì người nghèo phường", "MTTQ phường", "Ngân sách TP")
_VN_LEGAL_FIELD = (
    "Dân sự - tranh chấp đất đai",
    "Hôn nhân gia đình",
    "Hình sự - bào chữa",
    "Hành chính - khiếu nại",
    "Lao động - tiền lương",
)
_VN_AID_KIND = ("Tư vấn pháp luật", "Tham gia tố tụng", "Đại diện ngoài tố tụng")
_VN_AID_GROUP = (
    "Người thuộc hộ nghèo",
    "Người có công với CM",
    "Trẻ em",
    "Người DTTS ở vùng ĐBKK",
    "Người khuyết tật có khó khăn về tài chính",
)
_VN_AID_STATUS = ("Đã kết thúc", "Đang thực hiện", "Tạm dừng", "Đang thực hiện")
_VN_DIAG = ("THA", "ĐTĐ típ 2", "THA + ĐTĐ", "THA độ 2", "ĐTĐ típ 2")
_VN_DRUGS = (
    "Amlodipin 5mg x1v",
    "Metformin 850mg x2v",
    "Losartan 50mg + Metformin 500mg",
    "Gliclazid 30mg x1v",
    "Nifedipin 20mg",
)
_VN_TRADES = (
    "May công nghiệp",
    "Hàn điện",
    "Điện công nghiệp",
    "Kỹ thuật chế biến món ăn",
    "Sửa chữa ô tô",
    "Cắt gọt kim loại",
)
_VN_EMPLOYERS = (
    ("Công ty TNHH May Việt Tiến", "07 Lê Minh Xuân, Phường Tân Sơn Nhất, TP. Hồ Chí Minh"),
    ("Công ty CP Cơ khí Sài Gòn", "Lô C5 KCN Tân Bình, Phường Tây Thạnh, TP. Hồ Chí Minh"),
    ("Công ty TNHH Điện tử Samsung HCMC CE", "Lô I-11 Khu CNC, Phường Tăng Nhơn Phú"),
    ("Nhà hàng Ngon Group", "160 Pasteur, Phường Sài Gòn, TP. Hồ Chí Minh"),
    ("Công ty TNHH Toyota Lý Thường Kiệt", "151A Lý Thường Kiệt, Phường Phú Thọ, TP. HCM"),
)

_VN_WARDS = (
    "Phường Bình Tân",
    "Phường An Lạc",
    "Xã Vĩnh Lộc",
    "Phường Tân Tạo",
    "Xã Bình Chánh",
    "Phường Bình Hưng Hòa",
)

_RO_FAMILY = ("Pop", "Moldovan", "Rus", "Sabău", "Kovács", "Szabó", "Nagy", "Mureșan", "Bálint")
_RO_GIVEN_M = ("Ioan", "Vasile", "Andrei", "Mihai", "László", "Zoltán", "Cristian")
_RO_GIVEN_F = ("Maria", "Ioana", "Andreea", "Erzsébet", "Katalin", "Elena", "Anamaria")
#: (identity card series, county code of the CNP, street, locality, county)
_RO_PLACES = (
    ("CJ", "12", "Str. Memorandumului nr. 21, ap. 4", "Cluj-Napoca", "Cluj"),
    ("MS", "26", "Str. Bolyai nr. 7", "Târgu Mureș", "Mureș"),
    ("HR", "19", "Str. Kossuth Lajos nr. 33", "Miercurea Ciuc", "Harghita"),
    ("SB", "32", "Str. Nicolae Bălcescu nr. 2, bl. A, sc. 1, ap. 12", "Sibiu", "Sibiu"),
    ("BV", "08", "Str. Republicii nr. 45", "Brașov", "Brașov"),
    ("KV", "14", "Str. Gábor Áron nr. 10", "Sfântu Gheorghe", "Covasna"),
)
_AU_FAMILY = ("Nguyen", "Smith", "O'Brien", "Taylor", "Kowalski", "Pillai", "Walker", "McKenzie")
_AU_GIVEN_M = ("Jack", "Liam", "Noah", "Craig", "Tuan", "Darren", "Rajesh")
_AU_GIVEN_F = ("Olivia", "Charlotte", "Kylie", "Mai", "Sharon", "Priya", "Chloe")
_AU_PLACES = (
    ("14 Wattle Street", "Mirrabooka", "6061"),
    ("Unit 3/27 Beaufort Street", "Mount Lawley", "6050"),
    ("88 Marine Terrace", "Geraldton", "6530"),
    ("5 Hannan Street", "Kalgoorlie", "6430"),
    ("22 Ocean Reef Road", "Joondalup", "6027"),
    ("41 South Street", "Fremantle", "6160"),
)
_DE_FAMILY = ("Müller", "Schmidt", "Richter", "Schröder", "Weißbach", "Krause", "Lehmann", "Wolf")
_DE_GIVEN_M = ("Uwe", "Jens", "Maik", "Lukas", "Torsten", "Karl-Heinz", "Jörg")
_DE_GIVEN_F = ("Sabine", "Anja", "Jana", "Ines", "Ute", "Marie", "Kerstin")
_DE_PLACES = (
    ("Königsbrücker Straße 58", "01099", "Dresden"),
    ("Karl-Liebknecht-Str. 112", "04275", "Leipzig"),
    ("Straße der Nationen 4", "09111", "Chemnitz"),
    ("Reichenbacher Str. 19a", "08056", "Zwickau"),
    ("Postplatz 2", "02826", "Görlitz"),
    ("Am Obermarkt 7", "09599", "Freiberg"),
)
_DE_KASSE = ("AOK PLUS", "Barmer", "TK", "DAK-Gesundheit", "IKK classic", "KKH")
_CL_FAMILY = ("González", "Muñoz", "Rojas", "Vergara", "Araya", "Olivares", "Tapia", "Silva")
_CL_GIVEN_M = ("José Miguel", "Benjamín", "Ignacio", "Luis Alberto", "Tomás")
_CL_GIVEN_F = ("Valentina", "Camila Andrea", "Josefa", "Paulina", "Rosa Elena")
_CL_PLACES = (
    ("Cerro Alegre, Pasaje Gálvez 38", "Valparaíso"),
    ("Av. Libertad 1045, depto 802", "Viña del Mar"),
    ("Calle Condell 1420", "Valparaíso"),
    ("Población Glorias Navales, pasaje 7 n° 56", "Viña del Mar"),
    ("Av. Valparaíso 1290", "Quilpué"),
    ("Los Aromos 233, Villa Alemana", "Villa Alemana"),
)
_MY_MALAY_M = ("Ahmad Faizal bin Ismail", "Mohd Hafiz bin Abdullah", "Azman bin Yusof")
_MY_MALAY_F = ("Nur Aisyah binti Hassan", "Siti Aminah binti Omar", "Farah Nadia binti Salleh")
_MY_CHINESE_M = ("Lim Chee Keong", "Tan Wei Ming", "Ooi Boon Huat", "Khoo Teik Seng")
_MY_CHINESE_F = ("Goh Mei Ling", "Cheah Siew Lan", "Teoh Li Ying", "Lee Bee Hoon")
_MY_INDIAN_M = ("Suresh a/l Muniandy", "Ganesan a/l Ramasamy")
_MY_INDIAN_F = ("Kavitha a/p Subramaniam", "Lakshmi a/p Krishnan")
_MY_PLACES = (
    ("12, Lorong Kulit 3", "10460", "George Town"),
    ("Blok B-7-3, Jalan Paya Terubong", "11060", "Ayer Itam"),
    ("88, Jalan Bukit Mertajam", "14000", "Bukit Mertajam"),
    ("23, Lebuh Chulia", "10200", "George Town"),
    ("5, Taman Seri Nibong, Jalan Tun Dr Awang", "11900", "Bayan Lepas"),
    ("41, Jalan Bagan Luar", "12000", "Butterworth"),
)


def _place(p: Person, places: tuple[tuple[str, ...], ...], salt: int = 9) -> tuple[str, ...]:
    return places[int(p.bhxh) // salt % len(places)]


def _safe(d: date, year: int) -> date:
    """``d`` moved to ``year``; a 29 February falls back to the 28th."""
    return date(year, d.month, min(d.day, 28) if d.month == 2 else d.day)


def _household(p: Person) -> tuple[str, ...]:
    """The other members of the household as the list writes them, a name with its relation:
    none, a spouse, or a spouse and a child bearing the father's family name."""
    spouse_family = _pick(p, _FAMILY, 3)
    spouse = _other_vn(p, 3, not p.male, spouse_family)
    child = _other_vn(p, 5, None, p.family if p.male else spouse_family)
    parts = (f"{spouse} (vợ)" if p.male else f"{spouse} (chồng)", f"{child} (con)")
    return parts[: int(p.bhxh) % 3]


def _cnp(p: Person) -> str:
    """A Romanian CNP: sex-and-century digit, YYMMDD, the county, a serial, the check digit
    (the weighted sum by 279146358279 modulo 11, 10 reading 1)."""
    lead = (1 if p.male else 2) + (4 if p.birth.year >= 2000 else 0)
    head = f"{lead}{p.birth:%y%m%d}{_place(p, _RO_PLACES)[1]}{p.bhxh[-3:]}"
    total = sum(int(a) * int(b) for a, b in zip(head, "279146358279", strict=True)) % 11
    return head + ("1" if total == 10 else str(total))


def _crn(p: Person) -> str:
    """A Centrelink Customer Reference Number ``123 456 789A``: nine digits and a check letter
    (weighted 512..2, modulo 10, looked up in ABCHJKLTVX)."""
    digits = f"{2 + int(p.bhxh[0]) % 6}{p.bhxh[1:9]}"
    total = sum(int(d) * (2 ** (9 - i)) for i, d in enumerate(digits)) % 10
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}{'ABCHJKLTVX'[total]}"


def _kvnr(p: Person) -> str:
    """A German Krankenversichertennummer: a letter, eight digits and a check digit (the letter
    as 01..26 then the digits, weighted 1-2, products' digits summed, modulo 10)."""
    letter = _pick(p, tuple("ABDEHKLMRSTWZ"), 4)
    body = f"{ord(letter) - 64:02d}{p.bhxh[1:9]}"
    total = 0
    for i, ch in enumerate(body):
        prod = int(ch) * (1 if i % 2 == 0 else 2)
        total += prod // 10 + prod % 10
    return f"{letter}{p.bhxh[1:9]}{total % 10}"


def _mykad(p: Person) -> str:
    """A MyKad number ``YYMMDD-PB-###G``: the birth date, Penang's place-of-birth code (07 or
    08), a serial and a last digit odd for men and even for women."""
    last = int(p.bhxh[5]) // 2 * 2 + (1 if p.male else 0)
    return f"{p.birth:%y%m%d}-{'07' if int(p.bhxh) % 2 else '08'}-{p.bhxh[2:5]}{last}"


def _my_name(p: Person) -> str:
    group = int(p.bhxh) // 13 % 3
    male = ((_MY_MALAY_M, _MY_CHINESE_M, _MY_INDIAN_M))[group]
    female = ((_MY_MALAY_F, _MY_CHINESE_F, _MY_INDIAN_F))[group]
    return _by_sex(p, male, female, 1)


WRITERS_BLIND61: dict[str, Callable[[Person, Col], object]] = {
    "members61": lambda p, c: "; ".join(_household(p)),
    "size61": lambda p, c: str(len(_household(p)) + 1),
    "gift61": lambda p, c: _pick(p, _VN_GIFT, 2),
    "source61": lambda p, c: _pick(p, _VN_GIFT_SOURCE, 3),
    "receiver61": lambda p, c: _pick(p, ("Chủ hộ", "Chủ hộ", "Vợ nhận thay", "Con nhận thay"), 4),
    "prov61": lambda p, c: _pick(p, ("TP. Hồ Chí Minh", "TP.HCM", "Hồ Chí Minh"), 2),
    "ward61": lambda p, c: _pick(p, _VN_WARDS, 6),
    "case61": lambda p, c: f"{_num(p, 400)}/TGPL-{p.bhxh[-3:]}",
    "field61": lambda p, c: _pick(p, _VN_LEGAL_FIELD, 2),
    "aid_kind61": lambda p, c: _pick(p, _VN_AID_KIND, 3),
    "aid_group61": lambda p, c: _pick(p, _VN_AID_GROUP, 4),
    "helper61": lambda p, c: f"LS. {_other_vn(p, 6)}",
    "aid_status61": lambda p, c: _pick(p, _VN_AID_STATUS, 5),
    "other_party61": lambda p, c: _other_vn(p, 8),
    "patient61": lambda p, c: f"TYT-{p.bhxh[3:8]}",
    "diag61": lambda p, c: _pick(p, _VN_DIAG, 2),
    "bp61": lambda p, c: f"{130 + _num(p, 40)}/{80 + _num(p, 20)}",
    "glucose61": lambda p, c: f"{5 + _num(p, 60) / 10:.1f}".replace(".", ","),
    "drug61": lambda p, c: _pick(p, _VN_DRUGS, 3),
    "doctor61": lambda p, c: f"BS {_other_vn(p, 4)}",
    "trainee61": lambda p, c: f"HV{p.bhxh[-6:]}",
    "trade61": lambda p, c: _pick(p, _VN_TRADES, 2),
    "level61": lambda p, c: _pick(p, ("Sơ cấp", "Trung cấp", "Cao đẳng", "Sơ cấp"), 3),
    "class61": lambda p, c: f"K{24 + int(p.bhxh) % 3}-{_num(p, 6)}",
    "employer61": lambda p, c: _place(p, _VN_EMPLOYERS)[0],
    "employer_addr61": lambda p, c: _place(p, _VN_EMPLOYERS)[1],
    "employer_mst61": lambda p, c: f"03{p.bhxh[2:10]}",
    "mentor61": lambda p, c: _other_vn(p, 7),
    "mentor_phone61": lambda p, c: _other_phone(p, "028"),
    "fee61": lambda p, c: f"{(_num(p, 20) + 2) * 500_000:,}".replace(",", "."),
    "cnp_ro61": lambda p, c: _cnp(p),
    "ro_family61": lambda p, c: _pick(p, _RO_FAMILY, 2),
    "ro_given61": lambda p, c: _by_sex(p, _RO_GIVEN_M, _RO_GIVEN_F, 1),
    "sex_ro61": lambda p, c: "M" if p.male else "F",
    "street_ro61": lambda p, c: _place(p, _RO_PLACES)[2],
    "loc_ro61": lambda p, c: _place(p, _RO_PLACES)[3],
    "judet_ro61": lambda p, c: _place(p, _RO_PLACES)[4],
    "phone_ro61": lambda p, c: f"07{p.phone[3:5]} {p.phone[5:8]} {p.phone[8:10]}{p.bhxh[-1]}",
    "ci_exp_ro61": lambda p, c: f"{_safe(p.birth, 2026 + int(p.bhxh) % 9):%d.%m.%Y}",
    "ci_ro61": lambda p, c: f"{_place(p, _RO_PLACES)[0]} {p.bhxh[-6:]}",
    "benefit_ro61": lambda p, c: _pick(
        p, ("Venit minim de incluziune", "Alocație de susținere", "Ajutor încălzire"), 3
    ),
    "crn_au61": lambda p, c: _crn(p),
    "au_family61": lambda p, c: _pick(p, _AU_FAMILY, 2),
    "au_given61": lambda p, c: _by_sex(p, _AU_GIVEN_M, _AU_GIVEN_F, 1),
    "sex_au61": lambda p, c: "M" if p.male else "F",
    "street_au61": lambda p, c: _place(p, _AU_PLACES)[0],
    "suburb_au61": lambda p, c: _place(p, _AU_PLACES)[1],
    "state_au61": lambda p, c: "WA",
    "pc_au61": lambda p, c: _place(p, _AU_PLACES)[2],
    "phone_au61": lambda p, c: f"04{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "medicare_au61": lambda p, c: f"{2 + int(p.bhxh[0]) % 5}{p.bhxh[1:4]} {p.bhxh[4:9]} 1",
    "payment_au61": lambda p, c: _pick(
        p, ("JobSeeker Payment", "Age Pension", "Carer Payment", "Disability Support Pension"), 3
    ),
    "nominee_au61": lambda p, c: f"{_pick(p, _AU_GIVEN_F, 5)} {_pick(p, _AU_FAMILY, 6)}",
    "kvnr_de61": lambda p, c: _kvnr(p),
    "de_family61": lambda p, c: _pick(p, _DE_FAMILY, 2),
    "de_given61": lambda p, c: _by_sex(p, _DE_GIVEN_M, _DE_GIVEN_F, 1),
    "sex_de61": lambda p, c: "männlich" if p.male else "weiblich",
    "street_de61": lambda p, c: _place(p, _DE_PLACES)[0],
    "plz_de61": lambda p, c: _place(p, _DE_PLACES)[1],
    "ort_de61": lambda p, c: _place(p, _DE_PLACES)[2],
    "phone_de61": lambda p, c: f"0351 {p.phone[3:6]} {p.phone[6:10]}",
    "kasse_de61": lambda p, c: _pick(p, _DE_KASSE, 3),
    "pflegegrad_de61": lambda p, c: f"Pflegegrad {int(p.bhxh) % 5 + 1}",
    "betreuer_de61": lambda p, c: f"{_pick(p, _DE_GIVEN_F, 5)} {_pick(p, _DE_FAMILY, 6)}",
    "rut_cl61": lambda p, c: _rut(p),
    "cl_given61": lambda p, c: _by_sex(p, _CL_GIVEN_M, _CL_GIVEN_F, 1),
    "cl_pat61": lambda p, c: _pick(p, _CL_FAMILY, 2),
    "cl_mat61": lambda p, c: _pick(p, _CL_FAMILY, 3),
    "sex_cl61": lambda p, c: "M" if p.male else "F",
    "street_cl61": lambda p, c: _place(p, _CL_PLACES)[0],
    "comuna_cl61": lambda p, c: _place(p, _CL_PLACES)[1],
    "region_cl61": lambda p, c: "Valparaíso",
    "phone_cl61": lambda p, c: f"+56 9 {p.phone[2:6]} {p.phone[6:10]}",
    "cesfam_cl61": lambda p, c: _pick(
        p, ("CESFAM Barón", "CESFAM Reina Isabel II", "CESFAM Miraflores", "CESFAM Belloto"), 4
    ),
    "apoderado_cl61": lambda p, c: f"{_pick(p, _CL_GIVEN_F, 5)} {_pick(p, _CL_FAMILY, 6)}",
    "ic_my61": lambda p, c: _mykad(p),
    "name_my61": lambda p, c: _my_name(p),
    "sex_my61": lambda p, c: "Lelaki" if p.male else "Perempuan",
    "street_my61": lambda p, c: _place(p, _MY_PLACES)[0],
    "pc_my61": lambda p, c: _place(p, _MY_PLACES)[1],
    "bandar_my61": lambda p, c: _place(p, _MY_PLACES)[2],
    "negeri_my61": lambda p, c: "Pulau Pinang",
    "phone_my61": lambda p, c: f"01{p.phone[2]}-{p.phone[3:6]} {p.phone[6:10]}",
    "waris_my61": lambda p, c: f"{_pick(p, _MY_CHINESE_F + _MY_MALAY_M, 5)} (waris)",
    "bantuan_my61": lambda p, c: _pick(
        p, ("Bantuan Warga Emas", "Bantuan OKU", "Skim i-Sejahtera", "Bantuan Anak Sekolah"), 3
    ),
}
