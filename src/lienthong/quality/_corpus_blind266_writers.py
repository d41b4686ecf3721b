"""How the people of the two-hundred-and-sixty-sixth part of the outside corpus (**blind 266**,
:mod:`lienthong.quality._corpus_blind266`) are written: four Vietnamese files' own columns (a golf
caddie's social insurance enrolment, a price appraiser candidate's exam, a chief accountant's
refresher course, a domestic adoption) and Sudanese, South Sudanese and eastern Chadian names,
places, phones and numbers in the forms their registers show (the Sudanese national number has
eleven digits; names run own name, father, grandfather; phones ``0912 345 678``, ``+211 92 ...``
and ``66 12 34 56``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind28_writers import _SD_ELDERS, _sd_name

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

# -- Vietnam: golf caddies enrolled in social insurance -------------------------------------------
_VN_CADDIE_TEAM = ("Tổ A1", "Tổ A2", "Tổ B1", "Tổ B3", "Tổ VIP", "Tổ C2")
_VN_CADDIE_CONTRACT = ("HĐLĐ 12 tháng", "HĐLĐ 36 tháng", "HĐLĐ KXĐ thời hạn", "HĐLĐ 12 tháng")
_VN_CADDIE_KCB = (
    "BVĐK tỉnh Hòa Bình",
    "TTYT huyện Lương Sơn",
    "BV Đa khoa Hà Đông",
    "PKĐK Medlatec Ba Đình",
    "BV Bạch Mai",
)
# -- Vietnam: price appraiser card exam candidates -------------------------------------------------
_VN_APPR_DEGREE = (
    "CN Kinh tế - ĐH KTQD",
    "CN Tài chính NH - HV Tài chính",
    "KS Xây dựng - ĐH Xây dựng",
    "ThS QTKD - ĐH Kinh tế TP.HCM",
    "CN Kế toán - ĐH Thương mại",
)
_VN_APPR_FIRM = (
    "Cty CP Thẩm định giá Thế Kỷ",
    "Cty TNHH Thẩm định giá Hoàng Quân",
    "Cty CP TĐG và Dịch vụ TC Đà Nẵng",
    "Vietcombank - Phòng Thẩm định TSBĐ",
    "Tự do",
)
_VN_APPR_SUBJ = ("Thi 5 môn", "Thi lại 1 môn", "Thi lại 2 môn", "Thi 5 môn", "Bảo lưu 3 môn")
_VN_APPR_RESULT = ("Đạt", "Không đạt", "Đạt", "Vắng", "Đạt")
# -- Vietnam: chief accountant refresher course ---------------------------------------------------
_VN_KTT_ORG = (
    "UBND xa Tan Lap",
    "Truong THCS Nguyen Trai",
    "Cty TNHH May Viet Tien",
    "Benh vien Da khoa huyen",
    "HTX Nong nghiep Dong Tien",
)
_VN_KTT_POST = ("Ke toan truong", "Phu trach ke toan", "Ke toan vien", "Ke toan truong")
_VN_KTT_CLASS = ("KTT-K45/2025", "KTT-K46/2025", "KTT-K47/2026", "KTT HCSN-K12")
# -- Vietnam: domestic adoption register ---------------------------------------------------------
_VN_ADOPT_FROM = (
    "Trung tâm BTXH tỉnh",
    "Gia đình (cha mẹ đẻ đồng ý)",
    "Cơ sở Mái ấm Tình thương",
    "Làng trẻ em SOS",
    "Gia đình (con riêng của vợ)",
)
_VN_ADOPT_KIN = ("Không", "Cháu ruột", "Con riêng của vợ", "Con riêng của chồng", "Không")

# -- Sudan: National Pension Fund ----------------------------------------------------------------
_SD_EMPLOYER = (
    "وزارة التربية والتعليم - ولاية الخرطوم",
    "هيئة سكك حديد السودان - عطبرة",
    "وزارة الصحة الاتحادية",
    "محلية أم درمان",
    "الهيئة القومية للكهرباء",
    "مشروع الجزيرة",
)
_SD_PLACE = (
    ("الخرطوم", "أم درمان", "الثورة الحارة 17 مربع 4 منزل 212"),
    ("الخرطوم", "بحري", "الحاج يوسف الوحدة مربع 9"),
    ("الخرطوم", "جبل أولياء", "الكلاكلة القبة شارع المدرسة"),
    ("نهر النيل", "عطبرة", "حي السودنة منزل 33"),
    ("الجزيرة", "ود مدني الكبرى", "حي الدرجة الأولى مربع 2"),
    ("سنار", "سنجة", "حي البنيان جوار الجامع"),
)
_SD_STATUS = ("مستمر", "مستمر", "موقوف - حياة", "منقول للورثة", "مستمر")
# -- Sudan: Gezira Scheme tenants ----------------------------------------------------------------
_GZ_PLACE = (
    ("قسم الحوش", "تفتيش ود النو", "الحوش"),
    ("قسم المسلمية", "تفتيش طابت", "طابت"),
    ("قسم ود حبوبة", "تفتيش المعيلق", "المعيلق"),
    ("قسم المناقل", "تفتيش العزازي", "المناقل"),
    ("قسم الحصاحيصا", "تفتيش ود رعية", "ود رعية"),
)
_GZ_CROP = ("قطن", "قمح", "ذرة رفيعة", "فول سوداني", "خضروات")
_GZ_BANK = ("البنك الزراعي السوداني", "بنك النيل", "البنك الزراعي السوداني", "بنك فيصل الإسلامي")
# -- South Sudan: national ID (Jonglei) and cattle camp vaccination (Unity) ----------------------
_DINKA_M = ("Deng", "Garang", "Majok", "Akech", "Mabior", "Kuol", "Ayuen", "Chol")
_DINKA_F = ("Achol", "Nyandeng", "Ayen", "Abuk", "Adut", "Akuol", "Yar", "Nyibol")
_DINKA_FATHERS = ("Garang", "Akol", "Deng", "Majok", "Aguer", "Bol", "Manyok", "Leek")
_NUER_M = ("Gatluak", "Ruot", "Koang", "Gatdet", "Chuol", "Puok", "Riek", "Bol")
_NUER_F = ("Nyakuoth", "Nyaluak", "Nyabuony", "Nyadak", "Nyamal", "Nyakong", "Nyachan")
_NUER_FATHERS = ("Reath", "Kuol", "Gai", "Tut", "Wal", "Chuol", "Nhial", "Gatkuoth")
_SS_JONGLEI = (
    ("Bor South", "Kolnyang", "Block 3, Marol, Bor Town"),
    ("Bor South", "Makuach", "Malou Pet Boma, Makuach"),
    ("Twic East", "Pakeer", "Panyagor, Kongor, Twic East"),
    ("Duk", "Padiet", "Poktap, Duk Padiet"),
    ("Bor South", "Baidit", "Baidit centre, Bor South"),
)
_SS_TRIBE = ("Dinka (Bor)", "Dinka (Twi)", "Dinka (Nyarweng)", "Dinka (Hol)", "Dinka (Bor)")
_SS_BIRTHPLACE = ("Bor Town", "Kongor", "Khartoum (Sudan)", "Kakuma (Kenya)", "Juba", "Pibor")
_SS_STATE = ("Biometrics captured", "Card printed", "Pending vetting", "Collected", "Card printed")
_UNITY = (
    ("Rubkona", "Bentiu"),
    ("Guit", "Guit"),
    ("Leer", "Adok"),
    ("Mayom", "Mankien"),
    ("Koch", "Jaguar"),
)
_CAMPS = ("Wunlam camp", "Pakur camp", "Toch Nyal camp", "Kuer Kuer camp", "Lalop camp")
_VACCINE = ("HS + BQ", "CBPP", "Anthrax", "PPR (goats)", "HS + BQ + Anthrax")
# -- eastern Chad: Sudanese refugees in the camps --------------------------------------------------
_RF_GIVEN_M = ("Adam", "Abakar", "Ishag", "Mohamed", "Yahya", "Haroun", "Idriss", "Abdallah")
_RF_GIVEN_F = ("Fatimé", "Hawa", "Khadija", "Mariam", "Zahra", "Asha", "Kaltouma", "Halimé")
_RF_ELDERS = ("Issa", "Abdelkarim", "Yacoub", "Djouma", "Ibrahim", "Souleyman", "Hamid", "Bakhit")
_RF_CAMP = (
    ("ADR", "Adré (site de transit)"),
    ("FCH", "Farchana"),
    ("MTC", "Metché"),
    ("ABT", "Aboutengué"),
    ("GAG", "Gaga"),
    ("BRD", "Bredjing"),
)
_RF_ORIGIN = ("El Geneina", "Mornei", "Misterei", "Krinding", "Sirba", "Kulbus", "Habila")
_RF_LINK = ("Chef de ménage", "Epouse", "Fils", "Fille", "Mère", "Chef de ménage")
_RF_NEED = ("Aucun", "Femme cheffe de ménage", "Enfant non accompagné", "Personne âgée", "Aucun")


def _sd_nn(p: Person) -> str:
    """A Sudanese national number: eleven digits, never starting with 0."""
    return f"{int(p.bhxh[0]) % 9 + 1}{p.bhxh}"


def _sd_phone(p: Person) -> str:
    lead = _pick(p, ("091", "092", "099", "012", "011", "096"), 3)
    tail = p.phone[3:10]
    if int(p.bhxh) % 3 == 0:
        return f"+249 {lead[1:]} {tail[:3]} {tail[3:]}"
    return f"{lead}{tail}"


def _ss_phone(p: Person) -> str:
    lead = _pick(p, ("91", "92", "98", "92", "91"), 4)
    tail = p.phone[3:10]
    if int(p.bhxh) % 2:
        return f"+211 {lead}{tail[0]} {tail[1:4]} {tail[4:]}"
    return f"0{lead}{tail}"


def _td_phone(p: Person) -> str:
    d = p.phone[4:10]
    lead = _pick(p, ("66", "63", "99", "90", "60"), 5)
    return f"{'+235 ' if int(p.bhxh) % 4 == 0 else ''}{lead} {d[:2]} {d[2:4]} {d[4:]}"


def _dinka(p: Person) -> str:
    own = _by_sex(p, _DINKA_M, _DINKA_F, 1)
    return f"{own} {_pick(p, _DINKA_FATHERS, 2)} {_pick(p, _DINKA_FATHERS, 5)}"


def _nuer(p: Person) -> str:
    own = _by_sex(p, _NUER_M, _NUER_F, 1)
    return f"{own} {_pick(p, _NUER_FATHERS, 2)} {_pick(p, _NUER_FATHERS, 6)}"


def _refugee(p: Person) -> str:
    own = _by_sex(p, _RF_GIVEN_M, _RF_GIVEN_F, 1)
    return f"{own} {_pick(p, _RF_ELDERS, 2)} {_pick(p, _RF_ELDERS, 3)}"


def _child_birth(p: Person) -> str:
    born = p.other_date - timedelta(days=90 + _num(p, 1500))
    return born.strftime("%d/%m/%Y")


WRITERS_BLIND266: dict[str, Callable[[Person, Col], object]] = {
    # golf caddies
    "caddie_no266": lambda p, c: f"CD-{_num(p, 400):04d}",
    "caddie_team266": lambda p, c: _pick(p, _VN_CADDIE_TEAM, 2),
    "caddie_contract266": lambda p, c: _pick(p, _VN_CADDIE_CONTRACT, 3),
    "caddie_wage266": lambda p, c: f"{4_960 + 10 * _num(p, 150):,}.000".replace(",", "."),
    "caddie_kcb266": lambda p, c: _pick(p, _VN_CADDIE_KCB, 4),
    # price appraiser exam
    "appr_sbd266": lambda p, c: f"TĐG{26_000 + _num(p, 900)}",
    "appr_degree266": lambda p, c: _pick(p, _VN_APPR_DEGREE, 2),
    "appr_firm266": lambda p, c: _pick(p, _VN_APPR_FIRM, 3),
    "appr_years266": lambda p, c: str(_num(p, 15) + 2),
    "appr_subj266": lambda p, c: _pick(p, _VN_APPR_SUBJ, 4),
    "appr_score266": lambda p, c: f"{_num(p, 6) + 3},{_num(p, 4) * 25 - 25:02d}",
    "appr_result266": lambda p, c: _pick(p, _VN_APPR_RESULT, 5),
    # chief accountant course
    "ktt_org266": lambda p, c: _pick(p, _VN_KTT_ORG, 2),
    "ktt_post266": lambda p, c: _pick(p, _VN_KTT_POST, 3),
    "ktt_class266": lambda p, c: _pick(p, _VN_KTT_CLASS, 4),
    "ktt_cert266": lambda p, c: f"{p.bhxh[-5:]}/CC-KTT",
    "ktt_fee266": lambda p, c: _pick(p, ("3.500.000", "3.500.000", "3.200.000", "Miễn (CB xã)"), 5),
    # domestic adoption
    "adopt_spouse266": lambda p, c: _other_vn(p, 3, male=not p.male),
    "adopt_child266": lambda p, c: _other_vn(p, 4, family=p.family),
    "adopt_child_birth266": lambda p, c: _child_birth(p),
    "adopt_from266": lambda p, c: _pick(p, _VN_ADOPT_FROM, 2),
    "adopt_kin266": lambda p, c: _pick(p, _VN_ADOPT_KIN, 3),
    "adopt_no266": lambda p, c: f"{_num(p, 40)}/2025/CN-TN",
    "adopt_officer266": lambda p, c: f"CC Tư pháp {_other_vn(p, 8)}",
    # Sudan: shared
    "sd_name266": lambda p, c: _sd_name(p),
    "sd_nn266": lambda p, c: _sd_nn(p),
    "sex_ar266": lambda p, c: "ذكر" if p.male else "أنثى",
    "sd_phone266": lambda p, c: _sd_phone(p),
    # Sudan: National Pension Fund
    "pen_no266": lambda p, c: f"م ع/{2005 + _num(p, 19)}/{p.bhxh[-5:]}",
    "pen_employer266": lambda p, c: _pick(p, _SD_EMPLOYER, 2),
    "pen_amount266": lambda p, c: f"{28 + _num(p, 90)},{_num(p, 10) - 1}00",
    "pen_state266": lambda p, c: _sd_place(p)[0],
    "pen_locality266": lambda p, c: _sd_place(p)[1],
    "pen_home266": lambda p, c: _sd_place(p)[2],
    "pen_agent266": lambda p, c: f"{_pick(p, _SD_ELDERS, 5)} {_sd_name(p).split(' ', 1)[1]}",
    "pen_status266": lambda p, c: _pick(p, _SD_STATUS, 4),
    # Sudan: Gezira Scheme tenants
    "gz_section266": lambda p, c: _gz_place(p)[0],
    "gz_taftish266": lambda p, c: _gz_place(p)[1],
    "gz_village266": lambda p, c: _gz_place(p)[2],
    "gz_hawasha266": lambda p, c: f"ح/{_num(p, 900) + 100}",
    "gz_feddan266": lambda p, c: _pick(p, ("15", "20", "10", "22.5", "40"), 3),
    "gz_crop266": lambda p, c: _pick(p, _GZ_CROP, 4),
    "gz_bank266": lambda p, c: _pick(p, _GZ_BANK, 5),
    "gz_account266": lambda p, c: f"0{p.bhxh[2:]}-{p.bhxh[:2]}",
    # South Sudan: national ID (Jonglei)
    "ss_form266": lambda p, c: f"JG/BOR/{_num(p, 9000):05d}",
    "ss_name266": lambda p, c: _dinka(p),
    "sex_en266": lambda p, c: "Male" if p.male else "Female",
    "ss_birthplace266": lambda p, c: _pick(p, _SS_BIRTHPLACE, 3),
    "ss_tribe266": lambda p, c: _pick(p, _SS_TRIBE, 4),
    "ss_natcert266": lambda p, c: f"NC/JG/{2012 + _num(p, 12)}/{p.bhxh[-6:]}",
    "ss_nin266": lambda p, c: f"{p.bhxh[1:]}{int(p.bhxh[0]) % 7 + 1}",
    "ss_mother266": lambda p, c: f"{_pick(p, _DINKA_F, 6)} {_pick(p, _DINKA_FATHERS, 7)}",
    "ss_county266": lambda p, c: _ss_place(p)[0],
    "ss_payam266": lambda p, c: _ss_place(p)[1],
    "ss_home266": lambda p, c: _ss_place(p)[2],
    "ss_phone266": lambda p, c: _ss_phone(p),
    "ss_chief266": lambda p, c: f"Chief {_pick(p, _DINKA_M, 8)} {_pick(p, _DINKA_FATHERS, 9)}",
    "ss_state266": lambda p, c: _pick(p, _SS_STATE, 5),
    # South Sudan: cattle camp vaccination (Unity)
    "cc_name266": lambda p, c: _nuer(p),
    "sex_mf266": lambda p, c: "M" if p.male else "F",
    "cc_id266": lambda p, c: f"{p.bhxh[2:]}{p.bhxh[:1]}",
    "cc_camp266": lambda p, c: _pick(p, _CAMPS, 3),
    "cc_county266": lambda p, c: _unity(p)[0],
    "cc_payam266": lambda p, c: _unity(p)[1],
    "cc_cattle266": lambda p, c: str(5 + _num(p, 240)),
    "cc_goats266": lambda p, c: str(_num(p, 60) - 1),
    "cc_vaccine266": lambda p, c: _pick(p, _VACCINE, 5),
    "cc_cahw266": lambda p, c: f"{_pick(p, _NUER_M, 6)} {_pick(p, _NUER_FATHERS, 7)}",
    "cc_receipt266": lambda p, c: f"VSF/UN/{p.bhxh[-4:]}",
    # eastern Chad: refugees
    "rf_group266": lambda p, c: f"TCD-{_rf_camp(p)[0]}-{p.bhxh[-6:]}",
    "rf_ind266": lambda p, c: f"{_rf_camp(p)[0]}-{23 + _num(p, 3) % 3}C{p.bhxh[-5:]}",
    "rf_name266": lambda p, c: _refugee(p),
    "rf_father266": lambda p, c: f"{_pick(p, _RF_ELDERS, 2)} {_pick(p, _RF_ELDERS, 3)}",
    "rf_link266": lambda p, c: _pick(p, _RF_LINK, 4),
    "rf_camp266": lambda p, c: _rf_camp(p)[1],
    "rf_block266": lambda p, c: f"Bloc {_num(p, 30)} / Secteur {chr(65 + _num(p, 6) - 1)}",
    "rf_origin266": lambda p, c: _pick(p, _RF_ORIGIN, 5),
    "td_phone266": lambda p, c: _td_phone(p),
    "rf_need266": lambda p, c: _pick(p, _RF_NEED, 6),
    "rf_kin_phone266": lambda p, c: f"{_pick(p, ('66', '99', '63'), 7)}{p.bhxh[3:9]}",
}


def _sd_place(p: Person) -> tuple[str, str, str]:
    return _SD_PLACE[int(p.bhxh) // 7 % len(_SD_PLACE)]


def _gz_place(p: Person) -> tuple[str, str, str]:
    return _GZ_PLACE[int(p.bhxh) // 13 % len(_GZ_PLACE)]


def _ss_place(p: Person) -> tuple[str, str, str]:
    return _SS_JONGLEI[int(p.bhxh) // 11 % len(_SS_JONGLEI)]


def _unity(p: Person) -> tuple[str, str]:
    return _UNITY[int(p.bhxh) // 19 % len(_UNITY)]


def _rf_camp(p: Person) -> tuple[str, str]:
    return _RF_CAMP[int(p.bhxh) // 17 % len(_RF_CAMP)]


__all__ = ["WRITERS_BLIND266"]
