"""How the people of the hundred-and-sixty-fourth part of the outside corpus (**blind 164**,
:mod:`lienthong.quality._corpus_blind164`) are written: four Vietnamese files' own columns (a
trade union's summer outing, a district sports hall's pickleball club, a hospital's human milk
bank, a children's summer military camp) and Tamil, Malayalam, Bengali, Punjabi and Gujarati
names, places, phones and numbers in the forms their scheme registers show (the Aadhaar number
has twelve digits, the last a Verhoeff check digit, and is often printed masked to its last four;
the voter EPIC number is three letters and seven digits)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick, _verhoeff
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_DEPTS = (
    "Phòng Kế toán",
    "Xưởng may 2",
    "Tổ Bảo vệ",
    "Phòng Kinh doanh",
    "Xưởng cắt",
    "Kho vận",
)
_VN_COMP_REL = ("Con", "Vợ", "Chồng", "Con", "Bố", "Mẹ")
_VN_PACKAGES = ("Gói tháng", "Gói quý", "Gói 10 buổi", "Gói năm (HSSV)", "Gói tháng")
_VN_SLOTS = ("Ca sáng 5h30-7h", "Ca chiều 16h-18h", "Ca tối 18h-20h", "Ca tối 20h-22h")
_VN_SCREEN = ("Âm tính", "Âm tính", "Âm tính (HIV, HBsAg, TPHA)", "Âm tính", "Chờ KQ")
_VN_DOCTORS = ("BS. Trần Thị Thu Hà", "BS. Nguyễn Ngọc Anh", "BSCKI. Lê Thị Mai", "BS. Phạm Huy")
_VN_SCHOOLS = ("THCS Nguyen Du", "TH Le Van Tam", "THCS Tran Phu", "TH Kim Dong", "THCS Ba Dinh")
_VN_CAMP_UNITS = ("Dai doi 1", "Dai doi 2", "Dai doi 3", "Trung doi nu 4")
_VN_HEALTH = ("Binh thuong", "Binh thuong", "Hen suyen nhe", "Di ung hai san", "Binh thuong")

_TN_GIRLS = ("கவிதா", "பிரியதர்ஷினி", "அனிதா", "செல்வி", "நந்தினி", "ஜெனிபர்", "ஆயிஷா", "தீபிகா")
_TN_INITIAL = ("ர.", "மு.", "க.", "ச.", "வெ.", "அ.", "பா.")
_TN_PARENTS = ("ராஜேந்திரன் / லதா", "முருகன் / செல்வி", "கண்ணன் / சாந்தி", "சேகர் / மேரி")
_TN_SCHOOLS = ("அரசு மேல்நிலைப் பள்ளி, திருப்பத்தூர்", "GHSS Melur", "அரசு மகளிர் மே.நி.ப., வேலூர்")
_TN_COLLEGES = ("Govt Arts College, Salem", "அரசு கலைக் கல்லூரி, மதுரை", "PSG CAS, Coimbatore")
_TN_COURSES = ("B.Sc. Maths", "B.A. Tamil", "B.Com", "B.E. CSE", "Diploma Nursing", "B.Sc. Physics")
_TN_STREETS = ("கோவில் தெரு", "பெரிய தெரு", "Mettu Street", "காமராஜர் சாலை", "North Car St")
_TN_PLACES = (
    ("மேலூர்", "மேலூர்", "மதுரை", "625106"),
    ("Ammapettai", "Bhavani", "Erode", "638311"),
    ("காட்பாடி", "காட்பாடி", "வேலூர்", "632007"),
    ("திருவையாறு", "திருவையாறு", "தஞ்சாவூர்", "613204"),
)
_KL_GIVEN_M = ("രാജൻ", "സുരേഷ് കുമാർ", "അബ്ദുൾ റഹ്മാൻ", "ജോസഫ്", "ബാബു", "ശിവദാസൻ")
_KL_GIVEN_F = ("ശാന്ത", "മറിയാമ്മ", "ഫാത്തിമ", "ലീല", "സുമ", "ബിന്ദു")
_KL_INITIAL = ("കെ.", "പി.", "എം.", "ടി.", "വി.", "എൻ.")
_KL_HOUSES = ("പുത്തൻവീട്", "കിഴക്കേതിൽ", "Thekkekara House", "പാലക്കൽ", "Kunnumpurath")
_KL_PLACES = (
    ("പള്ളിക്കൽ", "ആലംകോട്", "689506"),
    ("Kadakkal", "Chithara", "691536"),
    ("വെള്ളനാട്", "Vellanad", "695543"),
    ("കരുവാറ്റ", "ഹരിപ്പാട്", "690517"),
)
_KL_COLOURS = ("മഞ്ഞ (AAY)", "പിങ്ക് (PHH)", "നീല (NPS)", "പിങ്ക് (PHH)", "വെള്ള (NPNS)")
_KL_INSTAL = ("1-ാം ഗഡു", "2-ാം ഗഡു", "3-ാം ഗഡു", "Final", "Not started")
_BN_FAMILY = ("দাস", "মণ্ডল", "বিশ্বাস", "ঘোষ", "শেখ", "রায়", "মাহাতো")
_BN_GIVEN_M = ("সুব্রত", "অমল", "রফিকুল", "তপন", "বিকাশ", "সুকুমার")
_BN_GIVEN_F = ("শম্পা", "রীতা", "মৌসুমী", "আসমা", "পূর্ণিমা", "সুমিত্রা")
_BN_REL_M = ("পরিবারের প্রধান", "স্বামী", "পুত্র", "পুত্র")
_BN_REL_F = ("পরিবারের প্রধান", "স্ত্রী", "কন্যা", "মা", "পুত্রবধূ")
_BN_PLACES = (
    ("চণ্ডীপুর", "নন্দীগ্রাম", "পূর্ব মেদিনীপুর", "721631"),
    ("Haringhata", "Haringhata", "Nadia", "741249"),
    ("বামনগাছি", "বারাসাত-II", "উত্তর ২৪ পরগনা", "743706"),
    ("ধুবুলিয়া", "কৃষ্ণনগর-I", "নদিয়া", "741139"),
)
_BN_RATION = ("AAY", "PHH", "SPHH", "RKSY-I", "RKSY-II")
_PB_BRIDES = ("ਹਰਪ੍ਰੀਤ ਕੌਰ", "ਮਨਦੀਪ ਕੌਰ", "ਜਸਵੀਰ ਕੌਰ", "ਰਮਨਦੀਪ ਕੌਰ", "ਪੂਜਾ ਰਾਣੀ", "ਸੁਖਵਿੰਦਰ ਕੌਰ")
_PB_FATHERS = ("ਗੁਰਮੀਤ ਸਿੰਘ", "ਬਲਵਿੰਦਰ ਸਿੰਘ", "ਰਾਮ ਲਾਲ", "ਜਸਪਾਲ ਸਿੰਘ", "ਮੋਹਨ ਲਾਲ")
_PB_GROOMS = ("ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ", "ਅਮਨਦੀਪ ਸਿੰਘ", "ਸੰਦੀਪ ਕੁਮਾਰ", "ਹਰਜੀਤ ਸਿੰਘ", "ਵਿਕਰਮ ਸਿੰਘ")
_PB_CASTE = ("ਅਨੁਸੂਚਿਤ ਜਾਤੀ (SC)", "ਪਛੜੀ ਸ਼੍ਰੇਣੀ (BC)", "SC", "ਇਸਾਈ (Christian)", "EWS")
_PB_PLACES = (
    ("ਕੋਟ ਈਸੇ ਖਾਂ", "ਧਰਮਕੋਟ", "ਮੋਗਾ"),
    ("Nurmahal", "Nakodar", "Jalandhar"),
    ("ਭਿੱਖੀਵਿੰਡ", "ਪੱਟੀ", "ਤਰਨ ਤਾਰਨ"),
    ("ਮਹਿਲ ਕਲਾਂ", "ਬਰਨਾਲਾ", "ਬਰਨਾਲਾ"),
)
_GJ_GIVEN_F = ("સવિતાબેન", "હંસાબેન", "કાંતાબેન", "રેખાબેન", "જશોદાબેન", "મુમતાઝબેન")
_GJ_HUSBANDS = ("રમેશભાઈ", "કાંતિલાલ", "ભરતભાઈ", "મહેશભાઈ", "ઈકબાલભાઈ", "નરસિંહભાઈ")
_GJ_SURNAMES = ("પટેલ", "પરમાર", "ચૌહાણ", "મકવાણા", "વાઘેલા", "શેખ")
_GJ_PLACES = (
    ("વડનગર", "વડનગર", "મહેસાણા"),
    ("Sanand", "Sanand", "Ahmedabad"),
    ("ધારી", "ધારી", "અમરેલી"),
    ("કોસંબા", "માંગરોળ", "સુરત"),
)
_GJ_BANKS = ("SBI", "Bank of Baroda", "ડાક ઘર (IPPB)", "Dena Gujarat Gramin", "SBI")


def _digits(p: Person, n: int, salt: int = 0) -> str:
    """``n`` digits of the person's own, different for each salt."""
    pool = (p.bhxh[salt % 10 :] + p.bhxh[::-1] + p.bhxh) * 2
    return pool[:n]


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh[-3:]) % len(places)]


def _aadhaar(p: Person) -> str:
    """Twelve digits, the first 2-9, the last the Verhoeff check digit."""
    return _verhoeff(f"{int(p.bhxh[1]) % 8 + 2}{p.bhxh}")


def _aadhaar_spaced(p: Person) -> str:
    full = _aadhaar(p)
    return f"{full[:4]} {full[4:8]} {full[8:]}"


def _aadhaar_masked(p: Person) -> str:
    return f"XXXX XXXX {_aadhaar(p)[8:]}"


def _epic(p: Person, state: str) -> str:
    letters = "".join("ABCDEFGHJKLMNPRSTUVWXYZ"[int(ch) * 2 + i] for i, ch in enumerate(p.bhxh[:3]))
    return f"{state[:1]}{letters[1:]}{_digits(p, 7, 3)}"


def _in_phone(p: Person, style: int) -> str:
    body = f"{'6789'[int(p.bhxh[0]) % 4]}{p.bhxh[1:]}"
    forms = (
        body,
        f"+91 {body[:5]} {body[5:]}",
        f"0{body}",
        f"+91-{body}",
        f"{body[:5]} {body[5:]}",
    )
    return forms[(int(p.bhxh[-1]) + style) % len(forms)]


def _tn_name(p: Person) -> str:
    return f"{_pick(p, _TN_INITIAL, 1)} {_pick(p, _TN_GIRLS, 2)}"


def _kl_name(p: Person) -> str:
    given = _by_sex(p, _KL_GIVEN_M, _KL_GIVEN_F, 1)
    return (
        f"{given} {_pick(p, _KL_INITIAL, 2)}"
        if _num(p, 2) == 1
        else f"{_pick(p, _KL_INITIAL, 2)} {given}"
    )


def _kl_address(p: Person) -> str:
    village, panchayat, pin = _place(p, _KL_PLACES)
    return f"{_pick(p, _KL_HOUSES, 3)}, {village} P.O., {panchayat}, PIN {pin}"


def _bn_name(p: Person) -> str:
    return f"{_by_sex(p, _BN_GIVEN_M, _BN_GIVEN_F, 1)} {_pick(p, _BN_FAMILY, 2)}"


def _gj_name(p: Person) -> str:
    return f"{_pick(p, _GJ_GIVEN_F, 1)} {_pick(p, _GJ_HUSBANDS, 2)} {_pick(p, _GJ_SURNAMES, 3)}"


WRITERS_BLIND164: dict[str, Callable[[Person, Col], object]] = {
    "dept164": lambda p, c: _pick(p, _VN_DEPTS, 1),
    "companion164": lambda p, c: "" if _num(p, 5) == 1 else _other_vn(p, 2, family=p.family),
    "comp_rel164": lambda p, c: "" if _num(p, 5) == 1 else _pick(p, _VN_COMP_REL, 3),
    "seat164": lambda p, c: f"Xe {_num(p, 3)} - ghế {_num(p, 45):02d}",
    "room164": lambda p, c: f"P.{_num(p, 5)}{_num(p, 20):02d}",
    "self_pay164": lambda p, c: f"{_num(p, 6) * 350_000:,}".replace(",", "."),
    "card164": lambda p, c: f"PKB-{_digits(p, 5, 1)}",
    "package164": lambda p, c: _pick(p, _VN_PACKAGES, 2),
    "slot164": lambda p, c: _pick(p, _VN_SLOTS, 3),
    "expiry164": lambda p, c: f"{_num(p, 28):02d}/{_num(p, 12):02d}/2026",
    "fee164": lambda p, c: _pick(p, ("600.000", "1.600.000", "450.000", "5.000.000"), 4),
    "donor164": lambda p, c: f"NHS-{_digits(p, 4, 2)}",
    "baby164": lambda p, c: f"Con bà {p.given.split()[-1]}" if _num(p, 4) == 1 else _other_vn(p, 3),
    "baby_birth164": lambda p, c: f"{_num(p, 28):02d}/{_num(p, 12):02d}/2025",
    "gest164": lambda p, c: f"{_num(p, 12) + 28} tuần",
    "screen164": lambda p, c: _pick(p, _VN_SCREEN, 4),
    "ml164": lambda p, c: _num(p, 30) * 50,
    "doctor164": lambda p, c: _pick(p, _VN_DOCTORS, 5),
    "school164": lambda p, c: _pick(p, _VN_SCHOOLS, 1),
    "class164": lambda p, c: f"{_num(p, 5) + 4}A{_num(p, 6)}",
    "parent164": lambda p, c: _other_vn(p, 4, family=p.family),
    "parent_phone164": lambda p, c: _other_phone(p, "09"),
    "camp_unit164": lambda p, c: _pick(p, _VN_CAMP_UNITS, 2),
    "shirt164": lambda p, c: _pick(p, ("S", "M", "L", "XL", "M"), 3),
    "health164": lambda p, c: _pick(p, _VN_HEALTH, 5),
    "emis_tn164": lambda p, c: f"33{_digits(p, 14, 2)}",
    "tn_name164": lambda p, c: _tn_name(p),
    "tn_parent164": lambda p, c: _pick(p, _TN_PARENTS, 3),
    "aadhaar_tn164": lambda p, c: _aadhaar_masked(p),
    "tn_school164": lambda p, c: _pick(p, _TN_SCHOOLS, 4),
    "tn_college164": lambda p, c: _pick(p, _TN_COLLEGES, 5),
    "tn_course164": lambda p, c: _pick(p, _TN_COURSES, 6),
    "tn_street164": lambda p, c: f"{_num(p, 90)}/{_num(p, 4)}, {_pick(p, _TN_STREETS, 7)}",
    "tn_village164": lambda p, c: _place(p, _TN_PLACES)[0],
    "tn_taluk164": lambda p, c: _place(p, _TN_PLACES)[1],
    "tn_district164": lambda p, c: _place(p, _TN_PLACES)[2],
    "tn_pin164": lambda p, c: _place(p, _TN_PLACES)[3],
    "tn_phone164": lambda p, c: _in_phone(p, 1),
    "tn_bank164": lambda p, c: f"{_digits(p, 11, 4)} / IOBA000{_digits(p, 4, 5)}",
    "life_app164": lambda p, c: f"LIFE/{_digits(p, 3, 1)}/{_digits(p, 6, 6)}",
    "kl_name164": lambda p, c: _kl_name(p),
    "sex_kl164": lambda p, c: "പുരുഷൻ" if p.male else "സ്ത്രീ",
    "aadhaar_kl164": lambda p, c: _aadhaar_spaced(p),
    "ration_kl164": lambda p, c: f"{_num(p, 9)}{_digits(p, 9, 7)}",
    "card_colour_kl164": lambda p, c: _pick(p, _KL_COLOURS, 4),
    "kl_addr164": lambda p, c: _kl_address(p),
    "kl_ward164": lambda p, c: f"{_num(p, 21)}",
    "kl_panchayat164": lambda p, c: _place(p, _KL_PLACES)[1],
    "survey_kl164": lambda p, c: f"{_num(p, 400)}/{_num(p, 9)}",
    "cents_kl164": lambda p, c: f"{_num(p, 10) + 2}.{_num(p, 9)}",
    "kl_phone164": lambda p, c: _in_phone(p, 2),
    "instal_kl164": lambda p, c: _pick(p, _KL_INSTAL, 5),
    "veo_kl164": lambda p, c: _pick(p, ("ബിജു ജോൺ (VEO)", "Smt. Reshmi R", "അനീഷ് കുമാർ"), 6),
    "ss_card_wb164": lambda p, c: f"WB{_digits(p, 14, 8)}",
    "bn_name164": lambda p, c: _bn_name(p),
    "bn_head164": lambda p, c: (
        _pick(p, _BN_FAMILY, 2)
        if _num(p, 3) == 1
        else f"{_pick(p, _BN_GIVEN_M, 4)} {_pick(p, _BN_FAMILY, 2)}"
    ),
    "bn_rel164": lambda p, c: _by_sex(p, _BN_REL_M, _BN_REL_F, 5),
    "sex_wb164": lambda p, c: "পুরুষ" if p.male else "মহিলা",
    "aadhaar_wb164": lambda p, c: _aadhaar(p),
    "epic_wb164": lambda p, c: _epic(p, "W"),
    "ration_wb164": lambda p, c: f"{_pick(p, _BN_RATION, 6)}-{_digits(p, 10, 9)}",
    "bn_village164": lambda p, c: _place(p, _BN_PLACES)[0],
    "bn_block164": lambda p, c: _place(p, _BN_PLACES)[1],
    "bn_district164": lambda p, c: _place(p, _BN_PLACES)[2],
    "bn_pin164": lambda p, c: _place(p, _BN_PLACES)[3],
    "wb_phone164": lambda p, c: _in_phone(p, 3),
    "pb_app164": lambda p, c: f"ASH/{_digits(p, 2, 1)}/{_digits(p, 5, 2)}",
    "pb_bride164": lambda p, c: _pick(p, _PB_BRIDES, 1),
    "pb_father164": lambda p, c: _pick(p, _PB_FATHERS, 2),
    "pb_groom164": lambda p, c: _pick(p, _PB_GROOMS, 3),
    "pb_caste164": lambda p, c: _pick(p, _PB_CASTE, 4),
    "aadhaar_pb164": lambda p, c: _aadhaar_spaced(p),
    "pb_ration164": lambda p, c: f"0{_digits(p, 2, 5)}00{_digits(p, 7, 6)}",
    "pb_village164": lambda p, c: _place(p, _PB_PLACES)[0],
    "pb_tehsil164": lambda p, c: _place(p, _PB_PLACES)[1],
    "pb_district164": lambda p, c: _place(p, _PB_PLACES)[2],
    "pb_phone164": lambda p, c: _in_phone(p, 4),
    "pb_amount164": lambda p, c: "₹51,000",
    "pb_bank164": lambda p, c: f"PUNB0{_digits(p, 6, 7)} / {_digits(p, 16, 8)}",
    "gj_name164": lambda p, c: _gj_name(p),
    "gj_husband164": lambda p, c: f"સ્વ. {_pick(p, _GJ_HUSBANDS, 2)} {_pick(p, _GJ_SURNAMES, 3)}",
    "aadhaar_gj164": lambda p, c: _aadhaar_masked(p).replace(" ", "-"),
    "gj_ration164": lambda p, c: f"24{_digits(p, 10, 4)}",
    "epic_gj164": lambda p, c: _epic(p, "G"),
    "gj_village164": lambda p, c: _place(p, _GJ_PLACES)[0],
    "gj_taluka164": lambda p, c: _place(p, _GJ_PLACES)[1],
    "gj_district164": lambda p, c: _place(p, _GJ_PLACES)[2],
    "gj_phone164": lambda p, c: _in_phone(p, 0),
    "gj_bank164": lambda p, c: f"{_pick(p, _GJ_BANKS, 5)} - {_digits(p, 11, 6)}",
    "gj_pension164": lambda p, c: "₹1,250",
    "gj_order164": lambda p, c: f"મામ/ગંગા/{_digits(p, 4, 7)}",
}

__all__ = ["WRITERS_BLIND164"]
