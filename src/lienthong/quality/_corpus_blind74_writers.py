"""How the people of the seventy-fourth part of the outside corpus (**blind 74**,
:mod:`lienthong.quality._corpus_blind74`) are written: four Vietnamese files' own columns (a
marital status confirmation's purpose and intended spouse, a tutoring licence's school, subjects
and teaching place, a rabies bite with its animal, owner and dose dates, a residents' group
leader's group, term and allowance) and Macedonian, Kosovar, Cypriot, Liechtenstein and
Monegasque names, addresses, phones and identity numbers in the forms their cards show (the
13-digit ЕМБГ with its mod-11 check digit, the 10-digit Kosovo personal number, the Cypriot
identity card and social insurance numbers, the AHV number with its EAN-13 check digit, the
Monaco residence card and CCSS numbers)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_people import _written

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_MARITAL = (
    "Hiện tại chưa đăng ký kết hôn với ai",
    "Đã ly hôn theo Bản án số 112/2019/HNGĐ-ST, hiện chưa đăng ký kết hôn với ai",
    "Chồng/vợ đã chết (TB số 45/TB-UBND), chưa kết hôn lại",
    "Chưa kết hôn lần nào",
)
_VN_PURPOSES = (
    "Để đăng ký kết hôn",
    "Bổ sung hồ sơ vay vốn ngân hàng",
    "Để đăng ký kết hôn với người nước ngoài",
    "Làm thủ tục mua bán nhà đất",
    "Hồ sơ đi xuất khẩu lao động",
)
_VN_SIGNERS = ("KT. CHỦ TỊCH - PCT", "CHỦ TỊCH", "TL. CHỦ TỊCH - CC Tư pháp-Hộ tịch")
_VN_SCHOOLS = (
    "Trường THCS Nguyễn Du",
    "Trường THPT Lê Quý Đôn",
    "Trường TH Kim Đồng",
    "Trường THCS Trần Văn Ơn",
    "Giáo viên đã nghỉ hưu",
)
_VN_SUBJECTS = (
    "Toán, Vật lý",
    "Tiếng Anh",
    "Ngữ văn",
    "Toán 9 (ôn thi vào 10)",
    "Hóa học; Sinh học",
)
_VN_TUTOR_PLACES = (
    "Trung tâm BDVH Ánh Dương, 45 Lê Lợi, P. Bến Thành, Q.1",
    "Cơ sở dạy thêm Hồng Phúc, 12/3 Trần Quang Khải, P. Tân Định, Q.1",
    "Tầng 2, 208 Nguyễn Thị Minh Khai, P.6, Q.3",
    "Phòng học thuê tại 77 Hoàng Diệu, P.12, Q.4",
)
_VN_TERMS = ("12 tháng", "24 tháng", "Đến hết năm học 2025-2026", "36 tháng")
_VN_ANIMALS = ("Chó nhà", "Mèo nhà", "Chó hoang", "Chó nhà hàng xóm", "Chuột", "Khỉ")
_VN_WOUNDS = ("Cẳng chân (P)", "Bàn tay (T)", "Ngón tay trỏ (P)", "Vùng mặt", "Đùi (T), độ III")
_VN_VACCINES = ("Verorab 0,5ml (TB)", "Abhayrab 0,1ml (TTD)", "Indirab 0,5ml", "Speeda 0,5ml")
_VN_OWNER_PLACES = ("Tổ 4, KP2, P. Linh Trung", "Hẻm 33 Bùi Minh Trực, P.5, Q.8", "Cùng xóm")
_VN_GROUPS = ("TDP 12 - KP3", "To dan pho so 5", "TDP 07", "Tổ 21, khu phố 4", "TDP số 18")
_VN_POSTS = ("To truong", "To pho", "To pho (kiem BT chi bo)", "Tổ trưởng")
_VN_TERMS_TDP = ("2022 - 2025", "2025-2027", "NK 2025 - 2027", "2022-2025 (tai cu)")

_MK_FAMILY_M = ("Петровски", "Стојановски", "Трајковски", "Николов", "Јовановски", "Ристов")
_MK_GIVEN_M = ("Александар", "Горан", "Дејан", "Никола", "Марко", "Зоран", "Бојан")
_MK_GIVEN_F = ("Елена", "Марија", "Ивана", "Билјана", "Снежана", "Катерина", "Ана")
#: (street, општина, the ЕМБГ's two-digit register region)
_MK_PLACES = (
    ("ул. Партизанска бр. 14, вл. 2, стан 7", "Карпош", "45"),
    ("бул. Илинден бр. 88", "Центар", "45"),
    ("ул. Широк Сокак бр. 31", "Битола", "41"),
    ("ул. Илинденска бр. 112", "Тетово", "47"),
    ("ул. Македонска бр. 5, Охрид", "Охрид", "43"),
    ("ул. Гоце Делчев бр. 40", "Куманово", "42"),
)
_MK_RIGHTS = ("Гарантирана минимална помош", "Енергетски додаток", "Детски додаток")
_XK_FAMILY = ("Krasniqi", "Berisha", "Gashi", "Hoxha", "Shala", "Morina", "Bytyqi", "Kelmendi")
_XK_GIVEN_M = ("Arben", "Blerim", "Driton", "Fatmir", "Valon", "Ilir", "Besnik")
_XK_GIVEN_F = ("Arta", "Blerta", "Drita", "Vjosa", "Teuta", "Albulena", "Fjolla")
_XK_PLACES = (
    ("Rr. Agim Ramadani, Nr. 23", "Prishtinë / Priština"),
    ("Rr. Nëna Terezë, Nr. 7/4", "Prizren"),
    ("Lagjja Kalabria, H-12, Nr. 5", "Prishtinë / Priština"),
    ("Rr. Skënderbeu, Nr. 41", "Pejë / Peć"),
    ("Rr. Mother Teresa, Nr. 102", "Ferizaj / Uroševac"),
    ("Ul. Kralja Petra I, br. 18", "Mitrovicë e Veriut / Severna Mitrovica"),
)
_XK_EMPLOYERS = ("I papunë / Nezaposlen", "Viva Fresh Store", "KEK sh.a.", "Komuna Prishtinë")
_CY_FAMILY = ("Γεωργίου", "Χριστοδούλου", "Κωνσταντίνου", "Ιωάννου", "Νικολάου", "Χαραλάμπους")
_CY_GIVEN_M = ("Ανδρέας", "Γιώργος", "Χρίστος", "Μιχάλης", "Παναγιώτης", "Κυριάκος")
_CY_GIVEN_F = ("Μαρία", "Ελένη", "Άννα", "Χριστίνα", "Στέλλα", "Παναγιώτα")
#: (street, postcode, επαρχία)
_CY_PLACES = (
    ("Λεωφ. Μακαρίου Γ' 45, Διαμ. 302", "1065", "Λευκωσία / Nicosia"),
    ("Αγίου Ανδρέα 112", "3036", "Λεμεσός / Limassol"),
    ("Ερμού 18, Αγλαντζιά", "2102", "Λευκωσία / Nicosia"),
    ("Λεωφ. Αρτέμιδος 7", "6025", "Λάρνακα / Larnaca"),
    ("Αποστόλου Παύλου 33", "8046", "Πάφος / Paphos"),
    ("Λεωφ. Ελευθερίας 60, Παραλίμνι", "5280", "Αμμόχωστος / Famagusta"),
)
_CY_EMPLOYERS = ("Άνεργος / Unemployed", "Cyta", "Alphamega Hypermarkets", "ΑΗΚ / EAC")
_CY_ALLOWANCES = ("ΕΕΕ / GMI", "Επίδομα Τέκνου / Child Benefit", "Επίδομα Ανεργίας")
_LI_FAMILY = ("Büchel", "Frick", "Marxer", "Wohlwend", "Beck", "Hasler", "Ospelt", "Negele")
_LI_GIVEN_M = ("Markus", "Thomas", "Andreas", "Patrick", "Lukas", "Michael")
_LI_GIVEN_F = ("Sandra", "Claudia", "Nadine", "Andrea", "Corina", "Julia")
#: (street, PLZ, Ort)
_LI_PLACES = (
    ("Landstrasse 153", "9494", "Schaan"),
    ("Äulestrasse 30", "9490", "Vaduz"),
    ("Dorfstrasse 22", "9495", "Triesen"),
    ("Rheinstrasse 8", "9496", "Balzers"),
    ("Essanestrasse 61", "9492", "Eschen"),
    ("Kirchaweg 4", "9493", "Mauren"),
)
_LI_CIVIL = ("ledig", "verheiratet", "geschieden", "verwitwet", "eingetr. Partnerschaft")
_LI_EMPLOYERS = ("Hilti AG, Schaan", "LGT Bank AG, Vaduz", "Ivoclar Vivadent AG", "Hoval AG")
_LI_HOME_TOWNS = ("Vaduz", "Triesenberg", "Ruggell", "Schellenberg", "Planken", "Gamprin")
_MC_FAMILY = ("Rossi", "Martin", "Bertrand", "Gastaldi", "Pastor", "Ferrero", "Lorenzi")
_MC_GIVEN_M = ("Jean-Pierre", "Alessandro", "Philippe", "Marco", "Stéphane", "Olivier")
_MC_GIVEN_F = ("Isabelle", "Giulia", "Hélène", "Céline", "Francesca", "Sophie")
#: (address, quartier)
_MC_PLACES = (
    ("Le Sardanapale, 22 boulevard de Suisse", "Monte-Carlo"),
    ("Résidence Les Jacarandas, 7 avenue de Grande-Bretagne", "Monte-Carlo"),
    ("Le Castellara, 14 rue Grimaldi", "La Condamine"),
    ("Le Botticelli, 9 avenue Prince Héréditaire Albert", "Fontvieille"),
    ("Villa Les Roses, 3 rue Basse", "Monaco-Ville"),
    ("Le Millefiori, 1 rue des Genêts", "Moneghetti"),
)
_MC_BIRTHPLACES = ("Nice (06)", "Menton (06)", "Sanremo (Italie)", "Monaco", "Lyon (69)")
_MC_NATIONALITIES = ("Française", "Italienne", "Monégasque", "Belge", "Britannique")
_MC_EMPLOYERS = ("SBM Offshore", "Société des Bains de Mer", "CHPG", "Monaco Telecom")


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 9 % len(places)]


def _marries(p: Person) -> bool:
    return "kết hôn" in _pick(p, _VN_PURPOSES, 3)


def _spouse_year(p: Person) -> int:
    return min(max(p.birth.year + int(p.bhxh[-2:]) % 11 - 5, 1945), 2006)


def _dose(p: Person, c: Col, days: int) -> str:
    """A vaccination day: the bite's day (``other_date``) and the schedule's ``days`` after."""
    return _written(p.other_date + timedelta(days=days), c.date_format)


def _embg(p: Person) -> str:
    """A Macedonian ЕМБГ: DDMMYYY of birth, the register region, a serial (000-499 a man,
    500-999 a woman) and a mod-11 check digit (a serial whose check would be 10 is skipped)."""
    base = int(p.bhxh[-3:]) % 500 + (0 if p.male else 500)
    for step in range(10):
        serial = (base + step) % 500 + (0 if p.male else 500)
        head = f"{p.birth:%d%m}{p.birth.year % 1000:03d}{_place(p, _MK_PLACES)[2]}{serial:03d}"
        total = sum(int(head[i]) * w for i, w in enumerate((7, 6, 5, 4, 3, 2) * 2))
        check = 11 - total % 11
        if check != 10:
            return f"{head}{0 if check == 11 else check}"
    raise AssertionError("no serial found")  # pragma: no cover - one of ten always fits


def _mk_family(p: Person, salt: int) -> str:
    name = _pick(p, _MK_FAMILY_M, salt)
    if p.male:
        return name
    return name[:-1] + "а" if name.endswith("и") else name + "а"


def _ahv(p: Person) -> str:
    """A Swiss/Liechtenstein AHV number ``756.1234.5678.97``: 756, nine digits, EAN-13 check."""
    head = f"756{p.bhxh[1:]}"
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(head))
    digits = f"{head}{(10 - total % 10) % 10}"
    return f"{digits[:3]}.{digits[3:7]}.{digits[7:11]}.{digits[11:]}"


def _phone_mc(p: Person) -> str:
    """A Monaco number: a mobile ``+377 6 80 12 34 56`` or a fixed line ``+377 93 15 28 00``."""
    d = p.phone[2:10]
    if int(p.bhxh) % 3:
        return f"+377 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"
    return f"+377 9{_pick(p, ('2', '3', '7'), 2)} {d[:2]} {d[2:4]} {d[4:6]}"


WRITERS_BLIND74: dict[str, Callable[[Person, Col], object]] = {
    "marital74": lambda p, c: _pick(p, _VN_MARITAL, 2),
    "purpose74": lambda p, c: _pick(p, _VN_PURPOSES, 3),
    "spouse74": lambda p, c: _other_vn(p, 5, not p.male) if _marries(p) else "",
    "spouse_year74": lambda p, c: str(_spouse_year(p)) if _marries(p) else "",
    "spouse_cccd74": lambda p, c: _cccd_of(p, not p.male, _spouse_year(p)) if _marries(p) else "",
    "cert_no74": lambda p, c: f"{_num(p, 600) + 10}/XNTTHN",
    "signer74": lambda p, c: f"{_pick(p, _VN_SIGNERS, 4)} {_other_vn(p, 6)}",
    "school74": lambda p, c: _pick(p, _VN_SCHOOLS, 2),
    "subjects74": lambda p, c: _pick(p, _VN_SUBJECTS, 3),
    "tutor_place74": lambda p, c: _pick(p, _VN_TUTOR_PLACES, 4),
    "pupils74": lambda p, c: str(_num(p, 30) + 5),
    "licence74": lambda p, c: f"{_num(p, 300) + 1}/GP-PGDĐT",
    "term74": lambda p, c: _pick(p, _VN_TERMS, 5),
    "case74": lambda p, c: f"TPD-{p.other_date:%y}-{p.bhxh[-5:]}",
    "animal74": lambda p, c: _pick(p, _VN_ANIMALS, 2),
    "wound74": lambda p, c: _pick(p, _VN_WOUNDS, 3),
    "owner74": lambda p, c: (
        "Không rõ chủ" if "hoang" in _pick(p, _VN_ANIMALS, 2) else _other_vn(p, 7)
    ),
    "owner_addr74": lambda p, c: _pick(p, _VN_OWNER_PLACES, 4),
    "owner_phone74": lambda p, c: _other_phone(p, "097"),
    "vaccine74": lambda p, c: _pick(p, _VN_VACCINES, 5),
    "sat74": lambda p, c: _pick(p, ("Có - SAT 1500UI", "Không", "Không"), 6),
    "dose0_74": lambda p, c: _dose(p, c, 0),
    "dose3_74": lambda p, c: _dose(p, c, 3),
    "dose7_74": lambda p, c: _dose(p, c, 7),
    "dose28_74": lambda p, c: _dose(p, c, 28) if int(p.bhxh) % 4 else "Bỏ mũi",
    "group74": lambda p, c: _pick(p, _VN_GROUPS, 2),
    "post74": lambda p, c: _pick(p, _VN_POSTS, 3),
    "term_tdp74": lambda p, c: _pick(p, _VN_TERMS_TDP, 4),
    "decision_tdp74": lambda p, c: f"{_num(p, 200) + 1}/QD-UBND",
    "allowance74": lambda p, c: _pick(p, ("1.755.000", "1.404.000", "0,7 x LCS", "1.170.000"), 5),
    "embg_mk74": lambda p, c: _embg(p),
    "mk_family74": lambda p, c: _mk_family(p, 2),
    "mk_given74": lambda p, c: _by_sex(p, _MK_GIVEN_M, _MK_GIVEN_F, 1),
    "mk_father74": lambda p, c: _pick(p, _MK_GIVEN_M, 3),
    "sex_mk74": lambda p, c: "М" if p.male else "Ж",
    "street_mk74": lambda p, c: _place(p, _MK_PLACES)[0],
    "opstina_mk74": lambda p, c: _place(p, _MK_PLACES)[1],
    "phone_mk74": lambda p, c: (
        f"07{_pick(p, ('0', '1', '5', '8'), 4)}/{p.phone[4:7]}-{p.phone[7:10]}"
    ),
    "lk_mk74": lambda p, c: f"A{p.bhxh[-7:]}",
    "right_mk74": lambda p, c: _pick(p, _MK_RIGHTS, 5),
    "decision_mk74": lambda p, c: f"10-{_num(p, 900) + 100}/{p.other_date:%Y}",
    "amount_mk74": lambda p, c: f"{(_num(p, 40) + 20) * 250} ден.",
    "np_xk74": lambda p, c: f"1{p.bhxh[:9]}",
    "xk_family74": lambda p, c: _pick(p, _XK_FAMILY, 2),
    "xk_given74": lambda p, c: _by_sex(p, _XK_GIVEN_M, _XK_GIVEN_F, 1),
    "xk_parent74": lambda p, c: _pick(p, _XK_GIVEN_M, 3),
    "sex_xk74": lambda p, c: "M" if p.male else "F",
    "street_xk74": lambda p, c: _place(p, _XK_PLACES)[0],
    "komuna_xk74": lambda p, c: _place(p, _XK_PLACES)[1],
    "phone_xk74": lambda p, c: (
        f"+383 4{_pick(p, ('4', '5', '9'), 4)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "employer_xk74": lambda p, c: _pick(p, _XK_EMPLOYERS, 5),
    "education_xk74": lambda p, c: _pick(
        p, ("Shkollë e mesme", "Fakultet / Fakultet", "9-vjeçare"), 6
    ),
    "id_cy74": lambda p, c: f"{int(p.bhxh[:7]) % 1_200_000:07d}",
    "si_cy74": lambda p, c: f"{int(p.bhxh[::-1][:7]) % 9_000_000 + 500_000}",
    "cy_family74": lambda p, c: _pick(p, _CY_FAMILY, 2),
    "cy_given74": lambda p, c: _by_sex(p, _CY_GIVEN_M, _CY_GIVEN_F, 1),
    "sex_cy74": lambda p, c: "Α / M" if p.male else "Θ / F",
    "street_cy74": lambda p, c: _place(p, _CY_PLACES)[0],
    "pc_cy74": lambda p, c: _place(p, _CY_PLACES)[1],
    "eparchia_cy74": lambda p, c: _place(p, _CY_PLACES)[2],
    "phone_cy74": lambda p, c: f"{_pick(p, ('99', '96', '97'), 4)} {p.phone[4:10]}",
    "employer_cy74": lambda p, c: _pick(p, _CY_EMPLOYERS, 5),
    "allow_cy74": lambda p, c: _pick(p, _CY_ALLOWANCES, 6),
    "ahv_li74": lambda p, c: _ahv(p),
    "li_family74": lambda p, c: _pick(p, _LI_FAMILY, 2),
    "li_given74": lambda p, c: _by_sex(p, _LI_GIVEN_M, _LI_GIVEN_F, 1),
    "sex_li74": lambda p, c: "m" if p.male else "w",
    "street_li74": lambda p, c: _place(p, _LI_PLACES)[0],
    "plz_li74": lambda p, c: _place(p, _LI_PLACES)[1],
    "ort_li74": lambda p, c: _place(p, _LI_PLACES)[2],
    "phone_li74": lambda p, c: f"+423 {p.phone[3:6]} {p.phone[6:8]} {p.phone[8:10]}",
    "civil_li74": lambda p, c: _pick(p, _LI_CIVIL, 3),
    "employer_li74": lambda p, c: _pick(p, _LI_EMPLOYERS, 4),
    "hometown_li74": lambda p, c: _pick(p, _LI_HOME_TOWNS, 5),
    "children_li74": lambda p, c: str(_num(p, 4)),
    "zulage_li74": lambda p, c: f"{_num(p, 4) * 280:.2f}",
    "cs_mc74": lambda p, c: f"{_pick(p, ('T', 'O', 'P'), 3)}{p.bhxh[2:9]}",
    "ccss_mc74": lambda p, c: f"{int(p.bhxh[::-1][:6]):06d}",
    "mc_family74": lambda p, c: _pick(p, _MC_FAMILY, 2),
    "mc_given74": lambda p, c: _by_sex(p, _MC_GIVEN_M, _MC_GIVEN_F, 1),
    "sex_mc74": lambda p, c: "M" if p.male else "F",
    "birthplace_mc74": lambda p, c: _pick(p, _MC_BIRTHPLACES, 4),
    "nationality_mc74": lambda p, c: _pick(p, _MC_NATIONALITIES, 5),
    "street_mc74": lambda p, c: _place(p, _MC_PLACES)[0],
    "quartier_mc74": lambda p, c: _place(p, _MC_PLACES)[1],
    "phone_mc74": lambda p, c: _phone_mc(p),
    "employer_mc74": lambda p, c: _pick(p, _MC_EMPLOYERS, 6),
    "rent_mc74": lambda p, c: f"{(_num(p, 60) + 20) * 50} €",
}
