"""How the people of the sixty-fourth part of the outside corpus (**blind 64**,
:mod:`lienthong.quality._corpus_blind64`) are written: four Vietnamese files' own columns (a
household's typhoon damage and the cash paid, a criminal-record certificate request, a youth union
member's volunteer team, a clinic patient's referring doctor) and Portuguese, Polish, Greek,
Turkish and Kenyan names, addresses, phones and identity numbers in the forms their cards show
(the cartão de cidadão's two check digits, the NIF's mod-11 digit, the PESEL's weighted digit, the
AMKA's Luhn digit, the ΑΦΜ's powers-of-two digit, the T.C. Kimlik No's two digits)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

#: (street line, residential group, ward) of Hạ Long, where typhoon Yagi (bão số 3) struck
_VN_HALONG = (
    ("Tổ 4, Khu 2", "Phường Hồng Hà"),
    ("Số 18 ngõ 7 đường Cao Xanh", "Phường Cao Xanh"),
    ("Tổ 12, Khu 5", "Phường Hà Khánh"),
    ("Số 35 phố Bến Đoan", "Phường Hồng Gai"),
    ("Tổ 3, Khu Vĩnh Tuy", "Phường Bãi Cháy"),
)
_VN_DAMAGE = (
    "Tốc mái >70%",
    "Tốc mái 30-50%",
    "Sập đổ hoàn toàn",
    "Hư hỏng nhẹ",
    "Tốc mái 50-70%",
)
_VN_PAY = ("Tiền mặt", "Chuyển khoản", "Tiền mặt", "Chuyển khoản (Agribank)")
_VN_BIRTHPLACES = (
    "Xã Yên Thọ, huyện Đông Triều, tỉnh Quảng Ninh",
    "Bệnh viện Phụ sản Hà Nội",
    "TP. Nam Định, tỉnh Nam Định",
    "Xã Hải Đông, TP. Móng Cái, Quảng Ninh",
    "Thị xã Quảng Yên, Quảng Ninh",
)
_VN_PURPOSE = (
    "Bổ sung hồ sơ xin việc",
    "Xuất khẩu lao động (Nhật Bản)",
    "Xin cấp giấy phép lao động",
    "Đi du học",
    "Kết hôn với người nước ngoài",
    "Thành lập doanh nghiệp",
)
_VN_RECEIVE = ("Trực tiếp", "Bưu chính công ích", "Bản điện tử qua VNeID")
_VN_BRANCHES = (
    "Chi đoàn thôn Đông",
    "Chi đoàn thôn Trung",
    "Chi đoàn thôn Nam",
    "Chi đoàn Trường THPT",
)
_VN_TEAMS = (
    "Đội hình Giao thông nông thôn",
    "Đội hình Tiếp sức mùa thi",
    "Đội hình Dạy học hè",
    "Đội hình Y tế tình nguyện",
    "Đội hình Môi trường xanh",
)
_VN_AREAS = (
    "Xã Mường Lát, Thanh Hóa",
    "Điểm thi THPT Lê Lợi",
    "Nhà văn hóa thôn Đông",
    "Xã Tà Xùa, Sơn La",
)
_VN_SCHOOLS = (
    "ĐH Sư phạm Hà Nội",
    "THPT Nguyễn Trãi",
    "CĐ Y tế Thanh Hóa",
    "ĐH Bách khoa Hà Nội",
    "Đã tốt nghiệp",
)
_VN_DOCTORS = ("BS. ", "BSCKI. ", "ThS.BS. ", "BSCKII. ")
_VN_REFERRERS = (
    "PK Nội tổng hợp Hòa Bình",
    "TYT Phường Tân Định",
    "BV Quận 1",
    "Tự đến",
    "Nhà thuốc Long Châu (tư vấn)",
)
_VN_DIAGNOSES = (
    "Tăng huyết áp (I10)",
    "ĐTĐ typ 2 (E11)",
    "Viêm dạ dày (K29)",
    "Thoái hóa cột sống (M47)",
    "Viêm phế quản cấp (J20)",
)
_PT_FAMILY = ("Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues")
_PT_GIVEN_M = ("João Pedro", "Tiago", "Rui Miguel", "Francisco", "Nuno", "António José")
_PT_GIVEN_F = ("Maria João", "Ana Rita", "Inês", "Beatriz", "Conceição", "Sofia Alexandra")
_PT_PLACES = (
    ("Rua Augusta, 120, 3.º Esq.", "1100-053", "Santa Maria Maior"),
    ("Av. Almirante Reis, 45, 2.º Dto.", "1150-019", "Arroios"),
    ("Rua de São Bento, 312, R/C", "1200-821", "Estrela"),
    ("Estrada de Benfica, 701, 5.º A", "1500-086", "Benfica"),
    ("Calçada da Ajuda, 18, 1.º", "1300-011", "Ajuda"),
)
_PL_FAMILY_M = ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Zieliński")
_PL_FAMILY_F = ("Nowak", "Kowalska", "Wiśniewska", "Wójcik", "Kamińska", "Zielińska")
_PL_GIVEN_M = ("Jan", "Piotr", "Krzysztof", "Łukasz", "Tomasz Józef", "Andrzej")
_PL_GIVEN_F = ("Anna", "Małgorzata", "Katarzyna", "Agnieszka Maria", "Zofia", "Jadwiga")
_PL_PLACES = (
    ("ul. Długa 12/4", "31-147", "Stare Miasto"),
    ("os. Centrum C 7/22", "31-929", "Nowa Huta"),
    ("ul. Kalwaryjska 33 m. 5", "30-504", "Podgórze"),
    ("al. Kijowska 14/9", "30-079", "Krowodrza"),
    ("ul. Wielicka 120", "30-552", "Podgórze Duchackie"),
)
_GR_FAMILY = (
    ("Παπαδόπουλος", "Παπαδοπούλου"),
    ("Γεωργίου", "Γεωργίου"),
    ("Νικολαΐδης", "Νικολαΐδου"),
    ("Κωνσταντίνου", "Κωνσταντίνου"),
    ("Οικονόμου", "Οικονόμου"),
    ("Βλάχος", "Βλάχου"),
)
_GR_GIVEN_M = ("Γεώργιος", "Ιωάννης", "Κωνσταντίνος", "Δημήτριος", "Νικόλαος", "Παναγιώτης")
_GR_GIVEN_F = ("Μαρία", "Ελένη", "Αικατερίνη", "Βασιλική", "Σοφία", "Αγγελική")
_GR_PLACES = (
    ("Πατησίων 112", "112 57", "Αθηναίων"),
    ("Λεωφ. Κηφισίας 45", "151 23", "Αμαρουσίου"),
    ("Αγίου Δημητρίου 8", "173 43", "Αγίου Δημητρίου"),
    ("Θησέως 21", "176 76", "Καλλιθέας"),
    ("Ηρώων Πολυτεχνείου 67", "185 36", "Πειραιώς"),
)
_TR_FAMILY = ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın")
_TR_GIVEN_M = ("Mehmet", "Mustafa", "Ahmet", "Hüseyin", "İbrahim", "Emre")
_TR_GIVEN_F = ("Fatma", "Ayşe", "Emine", "Hatice", "Zeynep", "Gülşen")
_TR_PLACES = (
    ("Caferağa Mah. Moda Cad. No:12 D:4", "Kadıköy"),
    ("Mecidiyeköy Mah. Büyükdere Cad. No:88 D:11", "Şişli"),
    ("Kocasinan Merkez Mah. Mahmutbey Sok. No:5", "Bahçelievler"),
    ("Cumhuriyet Mah. Atatürk Bulv. No:140 D:2", "Esenyurt"),
    ("Fatih Mah. Gülbahar Sok. No:3 D:7", "Esenler"),
)
_TR_BIRTHPLACES = ("İSTANBUL", "SİVAS", "ORDU", "ERZURUM", "MALATYA", "KASTAMONU")
_KE_FAMILY = ("Kamau", "Otieno", "Wanjiru", "Mutua", "Ochieng", "Kiprotich", "Njoroge")
_KE_GIVEN_M = ("John", "Peter Mwangi", "Samuel", "Joseph Kariuki", "Daniel", "Moses")
_KE_GIVEN_F = ("Mary", "Grace Wairimu", "Esther", "Faith Achieng", "Lucy", "Jane Nyambura")
_KE_PLACES = (
    ("Kayole", "Embakasi Central"),
    ("Kibera", "Kibra"),
    ("Kawangware", "Dagoretti North"),
    ("Mathare North", "Mathare"),
    ("Githurai 44", "Roysambu"),
    ("Eastleigh", "Kamukunji"),
)


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 9 % len(places)]


def _halong(p: Person) -> str:
    street, ward = _place(p, _VN_HALONG)
    return f"{street}, {ward}, TP. Hạ Long, Quảng Ninh"


def _due(p: Person) -> date:
    """The day a certificate is due: ten days after the request."""
    return p.other_date + timedelta(days=10)


def _mod11(digits: str) -> str:
    """The Portuguese mod-11 digit over ``digits`` weighted from len+1 down to 2 (10 and 11
    read 0)."""
    total = sum(int(ch) * w for ch, w in zip(digits, range(len(digits) + 1, 1, -1), strict=True))
    check = 11 - total % 11
    return "0" if check >= 10 else str(check)


def _cartao(p: Person) -> str:
    """A Portuguese cartão de cidadão ``12345678 9 ZZ4``: the civil number and its mod-11 digit,
    the version letters and the Luhn-like digit over the whole (letters read A=10 … Z=35)."""
    civil = f"{10_000_000 + int(p.bhxh[:8]) % 9_000_000:08d}"
    head = civil + _mod11(civil) + _pick(p, ("ZZ", "ZX", "ZY", "ZW"), 3)
    total = 0
    for i, ch in enumerate(reversed(head)):
        value = int(ch, 36)
        if i % 2 == 0:
            value *= 2
            value = value - 9 if value > 9 else value
        total += value
    return f"{head[:8]} {head[8]} {head[9:]}{(10 - total % 10) % 10}"


def _nif(p: Person) -> str:
    """A Portuguese NIF: nine digits, an individual's opening 1 or 2, the mod-11 digit."""
    head = f"{1 + int(p.bhxh[0]) % 2}{p.bhxh[2:9]}"
    return head + _mod11(head)


def _pesel(p: Person) -> str:
    """A PESEL: YYMMDD (month plus 20 after 1999), a serial whose last digit is odd for men, and
    the digit that rounds the 1-3-7-9 weighted sum to ten."""
    month = p.birth.month + (20 if p.birth.year >= 2000 else 0)
    sex = int(p.bhxh[3]) // 2 * 2 + (1 if p.male else 0)
    head = f"{p.birth:%y}{month:02d}{p.birth:%d}{p.bhxh[:3]}{sex}"
    total = sum(int(ch) * (1, 3, 7, 9)[i % 4] for i, ch in enumerate(head))
    return f"{head}{(10 - total % 10) % 10}"


def _dowod(p: Person) -> str:
    """A Polish identity card number ``ABC123456``: three letters, the 7-3-1 check digit, five
    digits."""
    letters = "A" + "BCDEFGHJ"[int(p.bhxh[4]) % 8] + "KMNPRSTW"[int(p.bhxh[5]) % 8]
    digits = p.bhxh[5:10]
    values = [int(ch, 36) for ch in letters] + [int(ch) for ch in digits]
    weights = (7, 3, 1, 7, 3, 1, 7, 3)
    check = sum(v * w for v, w in zip(values, weights, strict=True)) % 10
    return f"{letters}{check}{digits}"


def _amka(p: Person) -> str:
    """A Greek AMKA: the birth date DDMMYY, four serial digits and the Luhn digit."""
    return _luhn(f"{p.birth:%d%m%y}{p.bhxh[1:5]}")


def _afm(p: Person) -> str:
    """A Greek ΑΦΜ: eight digits and the digit of ``sum(d * 2**k) % 11 % 10``."""
    head = f"{int(p.bhxh[0]) % 2 + 1}{p.bhxh[3:10]}"
    total = sum(int(ch) * 2 ** (8 - i) for i, ch in enumerate(head))
    return f"{head}{total % 11 % 10}"


def _kimlik(p: Person) -> str:
    """A T.C. Kimlik No: eleven digits, the tenth from the odd and even places, the eleventh the
    last digit of the sum of the first ten."""
    digits = [int(p.bhxh[0]) % 9 + 1] + [int(ch) for ch in p.bhxh[1:9]]
    tenth = ((sum(digits[0:9:2]) * 7) - sum(digits[1:8:2])) % 10
    eleventh = (sum(digits) + tenth) % 10
    return "".join(str(d) for d in digits) + f"{tenth}{eleventh}"


def _gr_family(p: Person, salt: int = 2) -> str:
    pair = _GR_FAMILY[int(p.bhxh) // (salt * 11 + 1) % len(_GR_FAMILY)]
    return pair[0] if p.male else pair[1]


WRITERS_BLIND64: dict[str, Callable[[Person, Col], object]] = {
    "home64": lambda p, c: _halong(p),
    "damage64": lambda p, c: _pick(p, _VN_DAMAGE, 2),
    "members64": lambda p, c: str(_num(p, 7) + 1),
    "grant64": lambda p, c: f"{(_num(p, 8) + 2) * 1_000_000:,}".replace(",", "."),
    "pay64": lambda p, c: _pick(p, _VN_PAY, 3),
    "account64": lambda p, c: f"{p.bhxh[::-1]}{p.bhxh[:3]}" if int(p.bhxh) % 2 else "",
    "decision64": lambda p, c: f"{_num(p, 400) + 100}/QĐ-UBND",
    "dossier64": lambda p, c: f"000.00.{p.bhxh[:2]}.H48-{p.other_date:%y%m%d}-{p.bhxh[-4:]}",
    "birthplace64": lambda p, c: _pick(p, _VN_BIRTHPLACES, 4),
    "father64": lambda p, c: _other_vn(p, 5, True, p.family),
    "mother64": lambda p, c: _other_vn(p, 6, False),
    "form64": lambda p, c: _pick(p, ("Phiếu số 1", "Phiếu số 2", "Phiếu số 1"), 2),
    "copies64": lambda p, c: str(_num(p, 3)),
    "purpose64": lambda p, c: _pick(p, _VN_PURPOSE, 5),
    "due64": lambda p, c: f"{_due(p):%d/%m/%Y}",
    "receive64": lambda p, c: _pick(p, _VN_RECEIVE, 6),
    "branch64": lambda p, c: _pick(p, _VN_BRANCHES, 2),
    "joined64": lambda p, c: f"26/03/{2008 + int(p.bhxh) % 15}",
    "study64": lambda p, c: _pick(p, _VN_SCHOOLS, 3),
    "team64": lambda p, c: _pick(p, _VN_TEAMS, 4),
    "area64": lambda p, c: _pick(p, _VN_AREAS, 5),
    "shirt64": lambda p, c: _pick(p, ("S", "M", "L", "XL"), 6),
    "urgent64": lambda p, c: f"{_other_vn(p, 7)} ({_pick(p, ('bố', 'mẹ', 'anh', 'chị'), 7)})",
    "urgent_phone64": lambda p, c: _other_phone(p, "098"),
    "patient64": lambda p, c: f"BN{p.other_date:%y}{p.bhxh[-5:]}",
    "doctor64": lambda p, c: _pick(p, _VN_DOCTORS, 3) + _other_vn(p, 8),
    "referrer64": lambda p, c: _pick(p, _VN_REFERRERS, 4),
    "diagnosis64": lambda p, c: _pick(p, _VN_DIAGNOSES, 5),
    "fee64": lambda p, c: f"{(_num(p, 12) + 1) * 50_000:,}",
    "cc_pt64": lambda p, c: _cartao(p),
    "nif_pt64": lambda p, c: _nif(p),
    "pt_name64": lambda p, c: (
        f"{_by_sex(p, _PT_GIVEN_M, _PT_GIVEN_F, 1)} {_pick(p, _PT_FAMILY, 3)}"
        f" {_pick(p, _PT_FAMILY, 2)}"
    ),
    "sex_pt64": lambda p, c: "M" if p.male else "F",
    "street_pt64": lambda p, c: _place(p, _PT_PLACES)[0],
    "cp_pt64": lambda p, c: _place(p, _PT_PLACES)[1],
    "loc_pt64": lambda p, c: "Lisboa",
    "freg_pt64": lambda p, c: _place(p, _PT_PLACES)[2],
    "phone_pt64": lambda p, c: (
        f"9{'1236'[int(p.phone[2]) % 4]}{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "household_pt64": lambda p, c: str(_num(p, 5)),
    "income_pt64": lambda p, c: f"{(_num(p, 40) + 8) * 1000:,} €".replace(",", "."),
    "contact_pt64": lambda p, c: f"{_pick(p, _PT_GIVEN_F, 5)} {_pick(p, _PT_FAMILY, 6)} (filha)",
    "pesel_pl64": lambda p, c: _pesel(p),
    "pl_family64": lambda p, c: _by_sex(p, _PL_FAMILY_M, _PL_FAMILY_F, 2),
    "pl_given64": lambda p, c: _by_sex(p, _PL_GIVEN_M, _PL_GIVEN_F, 1),
    "sex_pl64": lambda p, c: "M" if p.male else "K",
    "dowod_pl64": lambda p, c: _dowod(p),
    "street_pl64": lambda p, c: _place(p, _PL_PLACES)[0],
    "pc_pl64": lambda p, c: _place(p, _PL_PLACES)[1],
    "city_pl64": lambda p, c: "Kraków",
    "dzielnica_pl64": lambda p, c: _place(p, _PL_PLACES)[2],
    "phone_pl64": lambda p, c: f"+48 {p.phone[1:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "benefit_pl64": lambda p, c: _pick(p, ("Dodatek mieszkaniowy", "Zasiłek stały"), 4),
    "worker_pl64": lambda p, c: f"{_pick(p, _PL_GIVEN_F, 5)} {_pick(p, _PL_FAMILY_F, 6)}",
    "amka_gr64": lambda p, c: _amka(p),
    "afm_gr64": lambda p, c: _afm(p),
    "gr_family64": lambda p, c: _gr_family(p),
    "gr_given64": lambda p, c: _by_sex(p, _GR_GIVEN_M, _GR_GIVEN_F, 1),
    "gr_father64": lambda p, c: _pick(p, _GR_GIVEN_M, 3),
    "gr_mother64": lambda p, c: _pick(p, _GR_GIVEN_F, 4),
    "sex_gr64": lambda p, c: "Άρρεν" if p.male else "Θήλυ",
    "adt_gr64": lambda p, c: f"{_pick(p, ('ΑΚ', 'ΑΝ', 'ΑΒ', 'Χ'), 5)} {p.bhxh[-6:]}",
    "street_gr64": lambda p, c: _place(p, _GR_PLACES)[0],
    "tk_gr64": lambda p, c: _place(p, _GR_PLACES)[1],
    "dimos_gr64": lambda p, c: _place(p, _GR_PLACES)[2],
    "phone_gr64": lambda p, c: f"69{p.phone[2:10]}",
    "amount_gr64": lambda p, c: f"{(_num(p, 30) + 10) * 10},00",
    "tc_tr64": lambda p, c: _kimlik(p),
    "tr_given64": lambda p, c: _by_sex(p, _TR_GIVEN_M, _TR_GIVEN_F, 1),
    "tr_family64": lambda p, c: _pick(p, _TR_FAMILY, 2),
    "tr_father64": lambda p, c: _pick(p, _TR_GIVEN_M, 3),
    "tr_mother64": lambda p, c: _pick(p, _TR_GIVEN_F, 4),
    "tr_birthplace64": lambda p, c: _pick(p, _TR_BIRTHPLACES, 5),
    "sex_tr64": lambda p, c: "Erkek" if p.male else "Kadın",
    "addr_tr64": lambda p, c: f"{_place(p, _TR_PLACES)[0]}, {_place(p, _TR_PLACES)[1]}/İstanbul",
    "ilce_tr64": lambda p, c: _place(p, _TR_PLACES)[1],
    "phone_tr64": lambda p, c: (
        f"0 5{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:9]} {p.phone[9]}{p.bhxh[-1]}"
    ),
    "aid_tr64": lambda p, c: _pick(p, ("Gıda kartı", "Kira yardımı", "Eğitim desteği"), 6),
    "id_ke64": lambda p, c: str(20_000_000 + int(p.bhxh[:8]) % 19_000_000),
    "kra_ke64": lambda p, c: f"A{p.bhxh[1:10]}{'ABCDEFGHJKLMNPQRTWXYZ'[int(p.bhxh) % 21]}",
    "ke_name64": lambda p, c: (
        f"{_by_sex(p, _KE_GIVEN_M, _KE_GIVEN_F, 1)} {_pick(p, _KE_FAMILY, 2)}"
    ),
    "sex_ke64": lambda p, c: "M" if p.male else "F",
    "estate_ke64": lambda p, c: _place(p, _KE_PLACES)[0],
    "subcounty_ke64": lambda p, c: _place(p, _KE_PLACES)[1],
    "phone_ke64": lambda p, c: f"07{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "carer_phone_ke64": lambda p, c: f"+254 7{p.bhxh[1:3]} {p.bhxh[3:6]} {p.bhxh[6:9]}",
    "nok_ke64": lambda p, c: f"{_by_sex(p, _KE_GIVEN_F, _KE_GIVEN_M, 5)} {_pick(p, _KE_FAMILY, 6)}",
    "nok_rel_ke64": lambda p, c: _pick(
        p, ("Mwana / Son", "Binti / Daughter", "Mke / Wife" if p.male else "Mume / Husband"), 4
    ),
    "chief_ke64": lambda p, c: f"Chief {_pick(p, _KE_FAMILY, 3)}",
    "programme_ke64": lambda p, c: _pick(p, ("OPCT", "CT-OVC", "PWSD-CT"), 3),
}
