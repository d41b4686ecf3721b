"""How the people of the three-hundred-and-eighty-third part of the outside corpus (**blind
383**, :mod:`lienthong.quality._corpus_blind383`) are written: athletes registered with sports
federations. A provincial department proposing athlete grades, a national games' doping control,
parents signing for their children in a talent squad, a sports medicine centre's check-ups; and
Nigerian, Argentine, Croatian, Iranian and New Zealand athletes with their identity numbers (the
NIN, the DNI and its CUIL, the OIB's ISO 7064 digit, the کد ملی's mod 11 digit, the NHI)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind10_writers import _code_melli, _jalali, _oib
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _nhi
from lienthong.quality._corpus_blind58_writers import _cuil, _dni
from lienthong.quality._corpus_blind117_writers import _place

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_VN_SPORTS = (
    ("Điền kinh", "Chạy 800m"),
    ("Bơi lội", "100m tự do"),
    ("Bắn cung", "Cung 1 dây 70m"),
    ("Vật", "Tự do 65kg"),
    ("Rowing", "Thuyền đơn 2000m"),
    ("Cử tạ", "Hạng 61kg"),
    ("Karate", "Kumite -67kg"),
)
_VN_CLUBS = (
    "Trung tâm HL&TĐ TDTT Hà Nội",
    "CLB Điền kinh Hải Phòng",
    "Trung tâm TDTT Quân đội",
    "Trường NK TDTT Thanh Hóa",
    "Sở VHTTDL Đồng Nai",
    "CLB Bơi Phú Thọ",
)
_VN_DELEGATIONS = ("Hà Nội", "TP. Hồ Chí Minh", "Quân đội", "Thanh Hóa", "Đà Nẵng", "Cần Thơ")
_VN_RESULTS = ("HCV", "HCB", "HCĐ", "Hạng 4", "Phá KLQG")
_VN_SCHOOLS = (
    "Trường THCS Nguyễn Du",
    "Trường TH Kim Đồng",
    "Trường THCS Lê Quý Đôn",
    "Trường THPT Chu Văn An",
    "Trường TH&THCS Hòa Bình",
)
_VN_TALENT = ("Bơi lội", "Bắn cung", "Điền kinh", "Cầu lông", "Taekwondo", "Cờ vua")
_NG_SURNAMES = ("Okafor", "Adeyemi", "Bello", "Eze", "Okonkwo", "Abubakar", "Adebayo", "Nwosu")
_NG_GIVEN_M = ("Chukwuemeka", "Oluwaseun", "Ibrahim", "Tobi", "Emeka", "Divine")
_NG_GIVEN_F = ("Blessing", "Favour", "Aminat", "Chiamaka", "Oluwatoyin", "Ese")
_NG_OTHER = ("Chinedu", "Adewale", "Ngozi", "Folake", "Musa", "Kelechi", "Temitope")
_NG_PLACES = (
    ("14 Adeniran Ogunsanya Street, Surulere", "Surulere", "Lagos", "Lagos"),
    ("Plot 22, Gwarinpa Estate, 3rd Avenue", "AMAC", "FCT", "Anambra"),
    ("No 5 Ogui Road, Ogui", "Enugu North", "Enugu", "Enugu"),
    ("7 Zaria Road, Kano", "Nassarawa", "Kano", "Kano"),
    ("23 Aba Road, Rumuola", "Obio/Akpor", "Rivers", "Imo"),
    ("Km 4 Ibadan-Ife Road, Odo-Ona", "Oluyole", "Oyo", "Osun"),
)
_NG_EVENTS = ("100m/200m", "400m Hurdles", "Long Jump", "Shot Put", "4x100m Relay", "5000m")
_NG_CLUBS = ("Delta Force AC", "Police Sports", "Customs AC", "Army Sports", "Lagos Athletics")
_NG_PREFIX = ("+234 803", "+234 806", "+234 813", "+234 705", "+234 810", "+234 909")
_AR_FAMILY = ("González", "Rodríguez", "Gómez", "Fernández", "López", "Díaz", "Martínez")
_AR_GIVEN_M = ("Santiago", "Mateo", "Juan Ignacio", "Tomás", "Facundo")
_AR_GIVEN_F = ("Sofía", "Martina", "Camila", "Valentina Belén", "Agustina")
_AR_PLACES = (
    ("Av. Rivadavia 5432 Piso 3 Dto. B", "Caballito", "CABA", "C1424", "11"),
    ("Calle 12 N° 1450", "La Plata", "Buenos Aires", "B1900", "221"),
    ("Bv. Oroño 820", "Rosario", "Santa Fe", "S2000", "341"),
    ("Av. Colón 1120", "Córdoba", "Córdoba", "X5000", "351"),
    ("San Martín 345", "San Miguel de Tucumán", "Tucumán", "T4000", "381"),
    ("Belgrano 77", "Mendoza", "Mendoza", "M5500", "261"),
)
_AR_CLUBS = ("Club Atlético River Plate", "GEBA", "San Isidro Club", "Club Náutico Hacoaj")
_AR_CATS = ("Primera", "Intermedia", "Veteranos", "Máster +50")
_HR_FAMILY = ("Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Novak", "Knežević")
_HR_GIVEN_M = ("Luka", "Ivan", "Marko", "Josip", "Filip", "Matej")
_HR_GIVEN_F = ("Ana", "Lucija", "Petra", "Ivana", "Marija", "Ema")
_HR_PLACES = (
    ("Ilica 128", "10000", "Zagreb"),
    ("Ulica Domovinskog rata 45", "21000", "Split"),
    ("Trg bana Jelačića 3", "31000", "Osijek"),
    ("Korzo 12", "51000", "Rijeka"),
    ("Ulica Ante Starčevića 7", "23000", "Zadar"),
)
_HR_CLUBS = ("VK Jadran", "RK Zagreb", "AK Dinamo-Zrinjevac", "KK Cibona", "OK Mladost")
_HR_SPORTS = ("vaterpolo", "rukomet", "atletika", "košarka", "odbojka", "veslanje")
_FA_FAMILY = ("محمدی", "حسینی", "رضایی", "کریمی", "احمدی", "موسوی", "جعفری")
_FA_GIVEN_M = ("علی", "محمدرضا", "امیرحسین", "مهدی", "حسین", "سجاد")
_FA_GIVEN_F = ("فاطمه", "زهرا", "مریم", "نرگس", "سارا", "الهام")
_FA_FATHERS = ("حسن", "عباس", "محمود", "غلامرضا", "ابراهیم", "یدالله")
_FA_PLACES = (
    ("تهران", "تهران", "خیابان انقلاب، کوچه بهار، پلاک ۱۲"),
    ("اصفهان", "اصفهان", "خیابان چهارباغ، کوچه ۱۵، پلاک ۸"),
    ("خراسان رضوی", "مشهد", "بلوار وکیل‌آباد، نبش وکیل‌آباد ۱۴"),
    ("فارس", "شیراز", "خیابان زند، کوچه ۷، پلاک ۳"),
    ("آذربایجان شرقی", "تبریز", "خیابان امام، کوچه شهید بهشتی"),
)
_FA_MOBILE = ("0912", "0935", "0919", "0901", "0937", "0991", "0915")
_FA_SPORTS = ("کشتی آزاد", "تکواندو", "والیبال", "فوتسال", "وزنه‌برداری", "کاراته")
_FA_CLUBS = ("باشگاه استقلال", "باشگاه پرسپولیس", "باشگاه سپاهان", "باشگاه ذوب‌آهن", "هیئت تهران")
_NZ_FAMILY = ("Smith", "Ngata", "Wilson", "Tuhoe", "Parata", "Brown", "Te Rangi", "Walker")
_NZ_GIVEN_M = ("Tama", "Wiremu", "Liam", "Nikau", "Hemi", "Jack")
_NZ_GIVEN_F = ("Aroha", "Mere", "Olivia", "Kaia", "Ana", "Hana")
_NZ_PLACES = (
    ("24 Karangahape Road", "Newton", "Auckland", "1010"),
    ("7 Tawa Street", "Melville", "Hamilton", "3206"),
    ("112 Devon Street West", "New Plymouth Central", "New Plymouth", "4310"),
    ("3 Marae Road", "Ōhinemutu", "Rotorua", "3010"),
    ("58 Cuba Street", "Te Aro", "Wellington", "6011"),
    ("19 Riccarton Road", "Riccarton", "Christchurch", "8011"),
)
_NZ_IWI = ("Ngāti Porou", "Ngāi Tahu", "Tainui", "Ngāpuhi", "Te Arawa", "-", "Tūhoe")
_NZ_CLUBS = ("Mareikura Waka Ama", "Hei Matau Paddling", "Ruamata Waka Ama", "Kaihoe o Te Awa")


def _vn_sport(p: Person) -> tuple[str, str]:
    return _VN_SPORTS[int(p.bhxh) // 7 % len(_VN_SPORTS)]


def _child_cccd(p: Person) -> str:
    """The child's own personal identification number (born 2010 to 2016)."""
    return _cccd_of(p, int(p.bhxh) % 2 == 0, 2010 + int(p.bhxh[-3]) % 7)


def _child_birth(p: Person) -> str:
    return (
        f"{1 + int(p.bhxh[-2:]) % 28:02d}/{1 + int(p.bhxh[3]) % 9:02d}/{2010 + int(p.bhxh[-3]) % 7}"
    )


def _relation(p: Person) -> str:
    """Who signs for the child: a grandparent, a parent, or for the youngest an elder sibling."""
    if p.birth.year < 1972:
        return _by_sex(p, ("Ông nội", "Ông ngoại"), ("Bà nội", "Bà ngoại"), 2)
    if p.birth.year > 1993:
        return "Anh ruột" if p.male else "Chị ruột"
    return "Bố" if p.male else "Mẹ"


def _nz_grade(p: Person) -> str:
    """Waka ama grades by age on 31 December 2026."""
    age = 2026 - p.birth.year
    if age >= 60:
        return "Golden Master"
    if age >= 50:
        return "Grand Master"
    return "Master" if age >= 40 else "Open"


def _ng_nin(p: Person) -> str:
    """An eleven-digit NIN (it carries no public check digit)."""
    return f"{int(p.bhxh[0]) % 8 + 1}{p.bhxh[1:]}{p.phone[-1]}"


def _fa_date(p: Person, salt: int) -> str:
    """A Solar Hijri day of 1403 or 1404, Persian digits."""
    n = int(p.bhxh[::-1]) // (salt + 1)
    return f"{1403 + n % 2}/{1 + n // 3 % 12:02d}/{1 + n // 7 % 29:02d}".translate(_FA_DIGITS)


def _ar_cpa_tail(p: Person) -> str:
    """The three letters that close a CPA, ``C1424ABC``, naming the side of the block."""
    return "".join("ABCDEFGHJKMNPQRSTUVWX"[int(d) * 2 % 21] for d in p.bhxh[-3:])


def _ar_phone(p: Person) -> str:
    """A mobile as Argentines write it: the area code, 15 and the line (ten digits in all)."""
    area = _place(p, _AR_PLACES)[4]
    line = f"{p.phone[3:10]}{p.bhxh[-1]}"[: 10 - len(area)]
    return f"{area} 15-{line[:-4]}-{line[-4:]}"


def _ar_category(p: Person) -> str:
    age = 2026 - p.birth.year
    if age >= 50:
        return _AR_CATS[3]
    return _AR_CATS[2] if age >= 35 else _pick(p, _AR_CATS[:2], 5)


def _nz_phone(p: Person) -> str:
    lead = _pick(p, ("021", "022", "027", "029"), 2)
    return f"{lead} {p.phone[3:6]} {p.phone[6:10]}"


WRITERS_BLIND383: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam
    "club383": lambda p, c: _pick(p, _VN_CLUBS, 2),
    "sport383": lambda p, c: _vn_sport(p)[0],
    "event383": lambda p, c: _vn_sport(p)[1],
    "result383": lambda p, c: _pick(p, _VN_RESULTS, 3),
    "meet383": lambda p, c: _pick(
        p, ("Giải VĐQG 2026", "Đại hội TDTT toàn quốc lần X", "Giải trẻ QG 2026"), 4
    ),
    "grade383": lambda p, c: _pick(p, ("Kiện tướng", "Cấp I", "Cấp I", "Kiện tướng"), 5),
    "decision383": lambda p, c: f"{_num(p, 900)}/QĐ-TCTDTT",
    "coach383": lambda p, c: f"HLV {_other_vn(p, 6)}",
    "origin383": lambda p, c: _pick(p, _VN_DELEGATIONS, 7),
    "sample383": lambda p, c: f"DC-{p.bhxh[-7:]}",
    "delegation383": lambda p, c: _pick(p, _VN_DELEGATIONS, 2),
    "kind383": lambda p, c: _pick(p, ("Nước tiểu", "Nước tiểu", "Máu", "Nước tiểu + Máu"), 3),
    "tue383": lambda p, c: _pick(p, ("Không", "Không", "Salbutamol (có TUE)", "Không khai"), 4),
    "dco383": lambda p, c: f"DCO {_other_vn(p, 5)}",
    "chaperone383": lambda p, c: _other_vn(p, 8),
    "outcome383": lambda p, c: _pick(p, ("Âm tính", "Âm tính", "Chờ kết quả", "Âm tính"), 6),
    "relation383": lambda p, c: _relation(p),
    "child383": lambda p, c: _other_vn(p, 3, family=p.family if p.male else None),
    "child_birth383": lambda p, c: _child_birth(p),
    "child_id383": lambda p, c: _child_cccd(p),
    "school383": lambda p, c: _pick(p, _VN_SCHOOLS, 4),
    "talent383": lambda p, c: _pick(p, _VN_TALENT, 5),
    "consent383": lambda p, c: _pick(p, ("Đồng ý", "Đồng ý", "Đồng ý, không ở nội trú"), 6),
    "height383": lambda p, c: str(150 + _num(p, 45)),
    "weight383": lambda p, c: f"{45 + _num(p, 400) / 10:.1f}".replace(".", ","),
    "pulse383": lambda p, c: str(48 + _num(p, 35)),
    "bp383": lambda p, c: f"{100 + _num(p, 35)}/{60 + int(p.bhxh[-3:]) % 25}",
    "ecg383": lambda p, c: _pick(p, ("Bình thường", "Nhịp xoang", "Nhịp chậm xoang", "BT"), 3),
    "fit383": lambda p, c: _pick(p, ("Đủ SK thi đấu", "Đủ SK thi đấu", "Theo dõi thêm"), 4),
    "doctor383": lambda p, c: f"BS. {_other_vn(p, 9)}",
    "team_phone383": lambda p, c: _other_phone(p, "024"),
    # Nigeria
    "nin383": lambda p, c: _ng_nin(p),
    "ng_fam383": lambda p, c: _pick(p, _NG_SURNAMES, 2),
    "ng_given383": lambda p, c: _by_sex(p, _NG_GIVEN_M, _NG_GIVEN_F, 3),
    "ng_other383": lambda p, c: _pick(p, _NG_OTHER, 4),
    "ng_sex383": lambda p, c: "Male" if p.male else "Female",
    "ng_origin383": lambda p, c: _place(p, _NG_PLACES)[3],
    "ng_addr383": lambda p, c: _place(p, _NG_PLACES)[0],
    "ng_lga383": lambda p, c: _place(p, _NG_PLACES)[1],
    "ng_state383": lambda p, c: _place(p, _NG_PLACES)[2],
    "ng_phone383": lambda p, c: f"{_pick(p, _NG_PREFIX, 5)} {p.phone[3:6]} {p.phone[6:10]}",
    "ng_club383": lambda p, c: _pick(p, _NG_CLUBS, 6),
    "ng_event383": lambda p, c: _pick(p, _NG_EVENTS, 7),
    "ng_coach383": lambda p, c: f"Coach {_pick(p, _NG_OTHER, 8)} {_pick(p, _NG_SURNAMES, 9)}",
    "ng_kin383": lambda p, c: f"{_pick(p, _NG_OTHER, 10)} {_pick(p, _NG_SURNAMES, 2)}",
    "ng_kin_phone383": lambda p, c: f"0{_pick(p, ('803', '706', '814'), 11)}{p.bhxh[-7:]}",
    "ng_licence383": lambda p, c: f"AFN/{p.bhxh[:2]}/{p.bhxh[-5:]}",
    # Argentina
    "dni383": lambda p, c: _dni(p),
    "cuil383": lambda p, c: _cuil(p),
    "ar_full383": lambda p, c: (
        f"{_pick(p, _AR_FAMILY, 2).upper()}, {_by_sex(p, _AR_GIVEN_M, _AR_GIVEN_F, 3)}"
    ),
    "ar_sex383": lambda p, c: "M" if p.male else "F",
    "ar_street383": lambda p, c: _place(p, _AR_PLACES)[0],
    "ar_loc383": lambda p, c: _place(p, _AR_PLACES)[1],
    "ar_prov383": lambda p, c: _place(p, _AR_PLACES)[2],
    "ar_cp383": lambda p, c: _place(p, _AR_PLACES)[3] + _ar_cpa_tail(p),
    "ar_phone383": lambda p, c: _ar_phone(p),
    "ar_club383": lambda p, c: _pick(p, _AR_CLUBS, 4),
    "ar_cat383": lambda p, c: _ar_category(p),
    "ar_card383": lambda p, c: f"{p.bhxh[-6:]}",
    "ar_tutor383": lambda p, c: (
        f"{_pick(p, _AR_FAMILY, 2)} {_pick(p, ('Hernán', 'Silvina', 'Claudio', 'Mariela'), 6)}"
    ),
    # Croatia
    "oib383": lambda p, c: _oib(p),
    "hr_fam383": lambda p, c: _pick(p, _HR_FAMILY, 2),
    "hr_given383": lambda p, c: _by_sex(p, _HR_GIVEN_M, _HR_GIVEN_F, 3),
    "hr_sex383": lambda p, c: "M" if p.male else "Ž",
    "hr_street383": lambda p, c: _place(p, _HR_PLACES)[0],
    "hr_post383": lambda p, c: _place(p, _HR_PLACES)[1],
    "hr_town383": lambda p, c: _place(p, _HR_PLACES)[2],
    "hr_club383": lambda p, c: _pick(p, _HR_CLUBS, 4),
    "hr_sport383": lambda p, c: _pick(p, _HR_SPORTS, 4),
    "hr_reg383": lambda p, c: f"HR-{p.bhxh[1:7]}",
    "hr_parent383": lambda p, c: f"{_pick(p, ('Ivan', 'Ankica', 'Zoran', 'Snježana'), 5)}",
    "hr_phone383": lambda p, c: (
        f"{_pick(p, ('091', '092', '095', '098', '099'), 6)} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    # Iran
    "melli383": lambda p, c: _code_melli(p),
    "fa_given383": lambda p, c: _by_sex(p, _FA_GIVEN_M, _FA_GIVEN_F, 2),
    "fa_fam383": lambda p, c: _pick(p, _FA_FAMILY, 3),
    "fa_father383": lambda p, c: _pick(p, _FA_FATHERS, 4),
    "fa_birth383": lambda p, c: _jalali(p),
    "fa_sex383": lambda p, c: "مرد" if p.male else "زن",
    "fa_shenas383": lambda p, c: str(_num(p, 9000)),
    "fa_issue383": lambda p, c: _place(p, _FA_PLACES)[1],
    "fa_prov383": lambda p, c: _place(p, _FA_PLACES)[0],
    "fa_city383": lambda p, c: _place(p, _FA_PLACES)[1],
    "fa_street383": lambda p, c: _place(p, _FA_PLACES)[2],
    "fa_post383": lambda p, c: f"{p.bhxh[1:6].replace('0', '7').replace('2', '5')}{p.bhxh[-5:]}",
    "fa_phone383": lambda p, c: f"{_pick(p, _FA_MOBILE, 7)}{p.phone[3:10]}",
    "fa_club383": lambda p, c: _pick(p, _FA_CLUBS, 5),
    "fa_sport383": lambda p, c: _pick(p, _FA_SPORTS, 6),
    "fa_ins_date383": lambda p, c: _fa_date(p, 1),
    "fa_ins383": lambda p, c: f"{p.bhxh[-8:]}".translate(_FA_DIGITS),
    # New Zealand
    "nhi383": lambda p, c: _nhi(p),
    "nz_fam383": lambda p, c: _pick(p, _NZ_FAMILY, 2),
    "nz_given383": lambda p, c: _by_sex(p, _NZ_GIVEN_M, _NZ_GIVEN_F, 3),
    "nz_sex383": lambda p, c: "Male / Tāne" if p.male else "Female / Wahine",
    "nz_iwi383": lambda p, c: _pick(p, _NZ_IWI, 4),
    "nz_street383": lambda p, c: _place(p, _NZ_PLACES)[0],
    "nz_suburb383": lambda p, c: _place(p, _NZ_PLACES)[1],
    "nz_town383": lambda p, c: _place(p, _NZ_PLACES)[2],
    "nz_post383": lambda p, c: _place(p, _NZ_PLACES)[3],
    "nz_phone383": lambda p, c: _nz_phone(p),
    "nz_club383": lambda p, c: _pick(p, _NZ_CLUBS, 5),
    "nz_grade383": lambda p, c: _nz_grade(p),
    "nz_parent383": lambda p, c: (
        f"{_pick(p, ('Rangi', 'Moana', 'Steve', 'Kiri'), 7)} " + _pick(p, _NZ_FAMILY, 2)
    ),
    "nz_regid383": lambda p, c: f"WANZ-{p.bhxh[-6:]}",
}
