"""How the people of the hundred-and-seventh part of the outside corpus (**blind 107**,
:mod:`lienthong.quality._corpus_blind107`) are written: four Vietnamese files' own columns (a
student's tuition fee exemption, a martyr's relative's grave visit, a house number certificate, a
freelance worker's pandemic support) and Estonian, Latvian, Lithuanian, Faroese and Greenlandic
names, places, phones and identity numbers in the forms their registers write them (the
isikukood, the personas kods, the asmens kodas, the P-tal and the CPR number with their check
digits)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind11_writers import _isikukood
from lienthong.quality._corpus_blind12_writers import _personas_kods
from lienthong.quality._corpus_blind13_writers import _asmens_kodas
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind46_writers import _cpr
from lienthong.quality._corpus_blind48_writers import _p_tal
from lienthong.quality._corpus_blind85_writers import _items, _rows
from lienthong.quality._corpus_blind92_writers import _dotted
from lienthong.quality._corpus_people import _ascii

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnamese files ---------------------------------------------------------------------------
_VN_CLASSES = _items("K46-KT01; K46-QTKD02; K47-CNTT01; K47-NNA03; K45-SPT01; K48-DD02")
_VN_FEE_GROUPS = _items(
    "Con thương binh (NĐ 81 - Đ15.1); SV thuộc hộ nghèo; SV thuộc hộ cận nghèo; "
    "SV người DTTS thuộc hộ nghèo; SV mồ côi cả cha lẫn mẹ; SV khuyết tật; "
    "SV DTTS ở thôn/bản ĐBKK"
)
_VN_FEE_RATES = ("100%", "100%", "50%", "70%", "100%", "100%", "70%")
_VN_NA_PLACES = _items(
    "xóm 3, xã Nghi Phong, huyện Nghi Lộc, tỉnh Nghệ An; khối Tân Hương, phường Hưng Dũng, TP. "
    "Vinh, tỉnh Nghệ An; bản Na Ngoi, xã Na Ngoi, huyện Kỳ Sơn, tỉnh Nghệ An; thôn Trung Sơn, "
    "xã Diễn Trung, huyện Diễn Châu, tỉnh Nghệ An; xóm 7, xã Thanh Lương, huyện Thanh Chương, "
    "tỉnh Nghệ An; thôn 2, xã Kỳ Tiến, huyện Kỳ Anh, tỉnh Hà Tĩnh"
)
_VN_MARTYR_RELATIONS = _items("Con đẻ; Con đẻ; Vợ; Em ruột; Cháu (thờ cúng); Anh ruột; Con nuôi")
_VN_CEMETERIES = _items(
    "NTLS Quốc gia Trường Sơn (Quảng Trị); NTLS Quốc gia Đường 9 (Quảng Trị); "
    "NTLS Vị Xuyên (Hà Giang); NTLS Điện Biên Phủ; NTLS Thành phố Hồ Chí Minh; "
    "NTLS Quốc tế Việt - Lào (Nghệ An); NTLS Hàng Dương (Côn Đảo)"
)
_VN_THAI_BINH = _items(
    "thôn Đông, xã Vũ Hội, huyện Vũ Thư, tỉnh Thái Bình; thôn Cổ Trai, xã Hồng Minh, huyện "
    "Hưng Hà, tỉnh Thái Bình; tổ 8, phường Trần Lãm, TP. Thái Bình, tỉnh Thái Bình; thôn Đoài, "
    "xã Đông Hợp, huyện Đông Hưng, tỉnh Thái Bình; thôn Nam, xã Quỳnh Hoa, huyện Quỳnh Phụ, tỉnh "
    "Thái Bình"
)
_VN_DN_STREETS = _items(
    "K12/5 Hà Huy Tập; 25 Ngõ 3 Trần Cao Vân; K85/17 Nguyễn Phước Nguyên; 114 Lê Độ; "
    "K7/2 Dũng Sĩ Thanh Khê; 36 Phan Thanh; K240/9 Hải Phòng"
)
_VN_DN_WARDS = _items(
    "Hòa Khê; Thanh Khê Tây; Thanh Khê Đông; Xuân Hà; Chính Gián; Thạc Gián; Tân Chính; An Khê"
)
_VN_TDP = ("Tổ 12", "Tổ 27", "Tổ 5", "Tổ 41", "Tổ 18", "Tổ 33")
_VN_HCM_HOMES = _items(
    "45/12 đường số 7, KP 3, phường Bình Hưng Hòa A, quận Bình Tân, TP.HCM; phòng 4, dãy trọ "
    "số 118 Lê Trọng Tấn, phường Tây Thạnh, quận Tân Phú, TP.HCM; 233/9 Phạm Văn Chiêu, "
    "phường 14, quận Gò Vấp, TP.HCM; 18 hẻm 62 Lũy Bán Bích, phường Tân Thới Hòa, quận Tân "
    "Phú, TP.HCM; ấp 4, xã Vĩnh Lộc A, huyện Bình Chánh, TP.HCM"
)
_VN_FREE_JOBS = _items(
    "Bán hàng rong; Bán lẻ vé số lưu động; Chạy xe ôm; Bốc vác; Thu gom rác, phế liệu; "
    "Phụ hồ; Bán hàng ăn uống tại chỗ; Giúp việc gia đình"
)
_VN_FREE_PLACES = _items(
    "Chợ Bình Long; Bến xe Miền Tây; Chợ Tân Hương; Khu vực Aeon Bình Tân; Công trình KDC "
    "Vĩnh Lộc; Chợ Hạnh Thông Tây; lưu động"
)
_VN_BANKS = ("Agribank", "Vietinbank", "", "BIDV", "", "Sacombank")

# -- Estonia ------------------------------------------------------------------------------------
_EE_FAMILY = _items("Tamm; Saar; Sepp; Mägi; Kask; Kukk; Ivanov; Rebane; Ilves; Smirnova; Pärn")
_EE_GIVEN_M = _items("Jaan; Andres; Mart; Rein; Toomas; Sergei; Priit; Tiit")
_EE_GIVEN_F = _items("Mari; Kadri; Tiina; Ülle; Piret; Jelena; Liis; Malle")
#: (street line, city district, postcode)
_EE_HOMES = _rows(
    "Annelinna 12-45 | Annelinn | 50107; Ropka tee 8-3 | Ropka | 50111; Tähe tn 71-14 | "
    "Tammelinn | 50108; Kalda tee 30-62 | Annelinn | 50104; Rebase tn 4 | Karlova | 50409; "
    "Jaama tn 159-2 | Jaamamõisa | 50705; Raatuse 22-118 | Supilinn | 51009"
)
_EE_BENEFITS = _items(
    "Toimetulekutoetus; Vajaduspõhine peretoetus; Sünnitoetus; Matusetoetus; "
    "Küttetoetus; Eakate juubelitoetus; Ravimitoetus"
)
_EE_WORKERS = ("Kersti Org", "Marko Lepik", "Anneli Vaher", "Olga Petrova")

# -- Latvia -------------------------------------------------------------------------------------
_LV_FAMILY_M = _items("Bērziņš; Kalniņš; Ozoliņš; Jansons; Liepiņš; Krūmiņš; Ivanovs; Vītols")
_LV_FAMILY_F = _items("Bērziņa; Kalniņa; Ozoliņa; Jansone; Liepiņa; Krūmiņa; Ivanova; Vītola")
_LV_GIVEN_M = _items("Jānis; Andris; Māris; Edgars; Aleksandrs; Kārlis; Raimonds")
_LV_GIVEN_F = _items("Anna; Inese; Ilze; Līga; Jeļena; Dace; Kristīne")
_LV_HOMES = _items(
    "Brīvības iela 101-12, Rīga, LV-1001; Maskavas iela 264 k-2-45, Rīga, LV-1063; Ziepniekkalna "
    "iela 19-80, Rīga, LV-1004; Dzirciema iela 45-7, Rīga, LV-1007; Purvciema iela 22-118, Rīga, "
    "LV-1035; Ulbrokas iela 3-9, Rīga, LV-1021; Kurzemes prospekts 88-31, Rīga, LV-1067"
)
_LV_GROUPS = _items(
    "1. grupa - ārpuskārtas; 2. grupa - pirmkārtas (daudzbērnu ģimene); 3. grupa - pirmkārtas "
    "(persona ar invaliditāti); 4. grupa - vispārējā kārtā; 5. grupa - bāreņi"
)
_LV_HELP = _items(
    "Sociālā dzīvokļa izīrēšana; Pašvaldības dzīvokļa izīrēšana; Dzīvojamās telpas apmaiņa; "
    "Palīdzība remontam"
)

# -- Lithuania ----------------------------------------------------------------------------------
_LT_FAMILY_M = _items("Kazlauskas; Jankauskas; Petrauskas; Stankevičius; Vasiliauskas; Žukauskas")
_LT_FAMILY_F = _items("Kazlauskienė; Jankauskaitė; Petrauskienė; Stankevičiūtė; Žukauskienė")
_LT_GIVEN_M = _items("Jonas; Tomas; Mantas; Darius; Vytautas; Andrius; Paulius")
_LT_GIVEN_F = _items("Rūta; Jurgita; Laura; Agnė; Inga; Simona; Eglė")
#: (street, house, flat, town, postcode)
_LT_HOMES = _rows(
    "Savanorių pr. | 192 | 14 | Kaunas | LT-44151; Taikos pr. | 87A | 52 | Kaunas | LT-51142; "
    "Pramonės pr. | 29 | 3 | Kaunas | LT-51267; Vytauto g. | 12 |  | Jonava | LT-55162; "
    "Kovo 11-osios g. | 40 | 8 | Kaunas | LT-49347; Draugystės g. | 5 | 21 | Kėdainiai | LT-57253"
)
_LT_JOBS = _items(
    "Pardavėjas (-a); Vairuotojas (-a); Suvirintojas; Buhalteris (-ė); Virėjas (-a); "
    "Sandėlininkas (-ė); Valytojas (-a); Siuvėjas (-a)"
)
_LT_SCHOOL = _items("Vidurinis; Profesinis; Aukštasis universitetinis; Pagrindinis; Aukštesnysis")
_LT_STATUS = _items(
    "Bedarbis; Bedarbis; Įspėtas apie atleidimą; Dirbantis, ieškantis kito darbo; Bedarbis"
)
_LT_ADVISERS = ("R. Mockienė", "D. Urbonas", "A. Jasaitė", "L. Kairys")

# -- Faroe Islands ------------------------------------------------------------------------------
_FO_FAMILY = _items(
    "Joensen; Hansen; Jacobsen; Olsen; Poulsen; Petersen; Johannesen; Dam; Niclasen"
)
_FO_GIVEN_M = _items("Jógvan; Rógvi; Heðin; Bárður; Sámal; Eyðun; Jákup; Hanus")
_FO_GIVEN_F = _items("Guðrun; Rannvá; Sigrid; Elin; Turið; Ása; Katrin; Bára")
#: (street line, postcode, village or town)
_FO_HOMES = _rows(
    "Niels Finsens gøta 5 | FO-100 | Tórshavn; Landavegur 22 | FO-100 | Tórshavn; Undir Bakka 3 | "
    "FO-700 | Klaksvík; Heygsvegur 14 | FO-410 | Kollafjørður; Sandavágsvegur 6 | FO-360 | "
    "Sandavágur; Niðari vegur 9 | FO-800 | Tvøroyri; Við Sjógv 2 | FO-520 | Leirvík"
)
_FO_CLASSES = ("B", "B", "B/E", "C", "C/CE", "A", "D")
_FO_TEACHERS = ("Koyriskúlin Teigur", "Súni Koyriskúli", "Koyriskúlin í Klaksvík", "Trafikk-skúlin")

# -- Greenland ----------------------------------------------------------------------------------
_GL_FAMILY = _items("Kristiansen; Lennert; Petersen; Olsen; Kleist; Berthelsen; Mølgaard; Zeeb")
_GL_GIVEN_M = _items("Aqqaluk; Nuka; Hans; Malik; Kunuk; Jens; Pavia; Ole")
_GL_GIVEN_F = _items("Naja; Ivaana; Aviaja; Paninnguaq; Karen; Nivi; Arnaq; Inge")
#: (street line or house number, postcode, town)
_GL_HOMES = _rows(
    "B-1442 | 3962 | Upernavik; Aqqusinersuaq 14 | 3961 | Uummannaq; B-873 | 3961 | Uummannaq; "
    "Qaqqarsuaq 5 | 3913 | Tasiilaq; Kussangajaannguaq 3 | 3955 | Kangaatsiaq; B-219 | 3971 | "
    "Qaanaaq; Paarnaqussaq 11 | 3952 | Ilulissat"
)
_GL_LICENCES = (
    "Inuussutissarsiutigalugu piniarneq / Erhvervsfanger",
    "Sunngiffimmi piniarneq / Fritidsfanger",
)
_GL_AREAS = _items(
    "Upernavik distrikt; Uummannaq Fjord; Qaanaaq / Avanersuaq; Ammassalik distrikt; "
    "Disko Bugt; Sisimiut distrikt"
)
_GL_BOATS = _items(
    "Qajaq; Umiatsiaq 'Nanoq'; Jolle 16 fod; Qimussit (hundeslæde); Umiatsiaq 'Aaju'"
)
_GL_OFFICERS = ("Piniarnermut allaffik / Fangstkontor", "Bygdekontor", "Kommuneqarfik Avannaata")


def _ee_home(p: Person) -> tuple[str, ...]:
    return _EE_HOMES[int(p.bhxh) // 5 % len(_EE_HOMES)]


def _lt_home(p: Person) -> tuple[str, ...]:
    return _LT_HOMES[int(p.bhxh) // 5 % len(_LT_HOMES)]


def _fo_home(p: Person) -> tuple[str, ...]:
    return _FO_HOMES[int(p.bhxh) // 5 % len(_FO_HOMES)]


def _gl_home(p: Person) -> tuple[str, ...]:
    return _GL_HOMES[int(p.bhxh) // 5 % len(_GL_HOMES)]


def _fee(p: Person) -> int:
    return (1_250_000 + int(p.bhxh[-2:]) % 5 * 100_000) * 5


def _ee_given(p: Person) -> str:
    return _by_sex(p, _EE_GIVEN_M, _EE_GIVEN_F, 3)


WRITERS_BLIND107: dict[str, Callable[[Person, Col], object]] = {
    # -- miễn giảm học phí (sinh viên)
    "student_no107": lambda p, c: f"{(p.birth.year + 18) % 100:02d}{p.bhxh[-6:]}",
    "class107": lambda p, c: _pick(p, _VN_CLASSES, 2),
    "fee_addr107": lambda p, c: _pick(p, _VN_NA_PLACES, 3),
    "fee_group107": lambda p, c: _pick(p, _VN_FEE_GROUPS, 4),
    "fee_rate107": lambda p, c: _pick(p, _VN_FEE_RATES, 4),
    "fee_months107": lambda p, c: _pick(p, ("5", "5", "4"), 5),
    "fee_month107": lambda p, c: _dotted(_fee(p) // 5),
    "fee_total107": lambda p, c: _dotted(_fee(p)),
    "fee_note107": lambda p, c: _pick(p, ("", "", "Bổ sung GCN hộ nghèo 2025", "HK2"), 6),
    # -- thân nhân liệt sĩ thăm viếng mộ
    "martyr_rel107": lambda p, c: _pick(p, _VN_MARTYR_RELATIONS, 2),
    "martyr107": lambda p, c: f"LS. {_other_vn(p, 3, True)}",
    "martyr_year107": lambda p, c: str(1965 + int(p.bhxh[-2:]) % 15),
    "cemetery107": lambda p, c: _pick(p, _VN_CEMETERIES, 4),
    "martyr_addr107": lambda p, c: _pick(p, _VN_THAI_BINH, 5),
    "visit_aid107": lambda p, c: _pick(p, ("4.800.000", "2.400.000", "3.600.000"), 6),
    "visitors107": lambda p, c: _pick(p, ("3", "2", "1", "3"), 7),
    # -- cấp giấy chứng nhận số nhà
    "old_no107": lambda p, c: f"K{int(p.bhxh[-3:]) % 300 + 1}/{int(p.bhxh[-1]) + 1}",
    "house_street107": lambda p, c: _pick(p, _VN_DN_STREETS, 2),
    "tdp107": lambda p, c: _pick(p, _VN_TDP, 3),
    "dn_ward107": lambda p, c: f"P. {_pick(p, _VN_DN_WARDS, 4)}",
    "house_cert107": lambda p, c: f"{_num(p, 900):03d}/GCN-SN",
    "house_area107": lambda p, c: f"{40 + int(p.bhxh[-2:])},{int(p.bhxh[2]) % 10}",
    # -- hỗ trợ lao động tự do (NQ 68)
    "free_addr107": lambda p, c: _pick(p, _VN_HCM_HOMES, 2),
    "free_job107": lambda p, c: _pick(p, _VN_FREE_JOBS, 3),
    "free_place107": lambda p, c: _pick(p, _VN_FREE_PLACES, 4),
    "free_account107": lambda p, c: (
        f"{p.bhxh[::-1]}{p.bhxh[2:5]}" if _pick(p, _VN_BANKS, 5) else ""
    ),
    "free_bank107": lambda p, c: _pick(p, _VN_BANKS, 5),
    "free_aid107": lambda p, c: "1.500.000",
    "free_head107": lambda p, c: _other_vn(p, 6),
    "free_head_phone107": lambda p, c: _other_phone(p, "0908"),
    # -- Estonia: Tartu linna sotsiaaltoetused
    "ik107": lambda p, c: _isikukood(p),
    "ee_family107": lambda p, c: _pick(p, _EE_FAMILY, 2),
    "ee_given107": lambda p, c: _ee_given(p),
    "sex_ee107": lambda p, c: "M" if p.male else "N",
    "ee_street107": lambda p, c: _ee_home(p)[0],
    "ee_district107": lambda p, c: _ee_home(p)[1],
    "ee_postcode107": lambda p, c: _ee_home(p)[2],
    "ee_phone107": lambda p, c: f"+372 5{p.phone[3:6]} {p.phone[6:10]}",
    "ee_email107": lambda p, c: (
        f"{_ascii(_ee_given(p)).lower()}.{_ascii(_pick(p, _EE_FAMILY, 2)).lower()}@gmail.com"
    ),
    "ee_benefit107": lambda p, c: _pick(p, _EE_BENEFITS, 4),
    "ee_amount107": lambda p, c: f"{50 + int(p.bhxh[-3:]) % 400},{p.bhxh[-2:]}",
    "ee_worker107": lambda p, c: _pick(p, _EE_WORKERS, 5),
    "ee_case107": lambda p, c: f"13-3/{int(p.bhxh[-5:])}",
    # -- Latvia: Rīgas dzīvokļu palīdzības reģistrs
    "pk107": lambda p, c: _personas_kods(p),
    "lv_given107": lambda p, c: _by_sex(p, _LV_GIVEN_M, _LV_GIVEN_F, 3),
    "lv_family107": lambda p, c: _by_sex(p, _LV_FAMILY_M, _LV_FAMILY_F, 2),
    "sex_lv107": lambda p, c: "V" if p.male else "S",
    "lv_address107": lambda p, c: _pick(p, _LV_HOMES, 4),
    "lv_phone107": lambda p, c: f"+371 2{p.phone[3:10]}",
    "lv_group107": lambda p, c: _pick(p, _LV_GROUPS, 5),
    "lv_help107": lambda p, c: _pick(p, _LV_HELP, 6),
    "lv_queue107": lambda p, c: _num(p, 4000) + 1,
    "lv_family_size107": lambda p, c: 1 + int(p.bhxh[-2]) % 5,
    # -- Lithuania: Užimtumo tarnyba, Kauno skyrius
    "ak107": lambda p, c: _asmens_kodas(p),
    "lt_given107": lambda p, c: _by_sex(p, _LT_GIVEN_M, _LT_GIVEN_F, 3),
    "lt_family107": lambda p, c: _by_sex(p, _LT_FAMILY_M, _LT_FAMILY_F, 2),
    "sex_lt107": lambda p, c: "V" if p.male else "M",
    "lt_street107": lambda p, c: _lt_home(p)[0],
    "lt_house107": lambda p, c: _lt_home(p)[1],
    "lt_flat107": lambda p, c: _lt_home(p)[2],
    "lt_town107": lambda p, c: _lt_home(p)[3],
    "lt_postcode107": lambda p, c: _lt_home(p)[4],
    "lt_phone107": lambda p, c: f"+370 6{p.phone[3:5]} {p.phone[5:10]}",
    "lt_email107": lambda p, c: (
        f"{_ascii(_by_sex(p, _LT_GIVEN_M, _LT_GIVEN_F, 3)).lower()}{p.bhxh[-3:]}@gmail.com"
    ),
    "lt_job107": lambda p, c: _pick(p, _LT_JOBS, 4),
    "lt_school107": lambda p, c: _pick(p, _LT_SCHOOL, 5),
    "lt_status107": lambda p, c: _pick(p, _LT_STATUS, 6),
    "lt_adviser107": lambda p, c: _pick(p, _LT_ADVISERS, 7),
    # -- Faroe Islands: koyrikort (Akstovan)
    "ptal107": lambda p, c: _p_tal(p),
    "fo_given107": lambda p, c: _by_sex(p, _FO_GIVEN_M, _FO_GIVEN_F, 3),
    "fo_family107": lambda p, c: _pick(p, _FO_FAMILY, 2),
    "sex_fo107": lambda p, c: "Kallur" if p.male else "Kona",
    "fo_street107": lambda p, c: _fo_home(p)[0],
    "fo_postcode107": lambda p, c: _fo_home(p)[1],
    "fo_town107": lambda p, c: _fo_home(p)[2],
    "fo_phone107": lambda p, c: f"+298 {p.phone[4:7]}{p.phone[7:10]}",
    "fo_email107": lambda p, c: (
        f"{_ascii(_pick(p, _FO_FAMILY, 2)).lower()}{p.bhxh[-2:]}@olivant.fo"
    ),
    "fo_class107": lambda p, c: _pick(p, _FO_CLASSES, 4),
    "fo_valid107": lambda p, c: f"{_shift_date(p.other_date, 15):%d.%m.%Y}",
    "fo_school107": lambda p, c: _pick(p, _FO_TEACHERS, 5),
    "fo_licence107": lambda p, c: f"{p.bhxh[:8]}",
    # -- Greenland: piniarnermut allagartaq / fangerbevis
    "cpr107": lambda p, c: _cpr(p),
    "gl_name107": lambda p, c: (
        f"{_by_sex(p, _GL_GIVEN_M, _GL_GIVEN_F, 3)} {_pick(p, _GL_FAMILY, 2)}"
    ),
    "sex_gl107": lambda p, c: "Angut" if p.male else "Arnaq",
    "gl_street107": lambda p, c: _gl_home(p)[0],
    "gl_postcode107": lambda p, c: _gl_home(p)[1],
    "gl_town107": lambda p, c: _gl_home(p)[2],
    "gl_phone107": lambda p, c: f"+299 {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}",
    "gl_licence_no107": lambda p, c: f"FB-{p.bhxh[-5:]}",
    "gl_licence107": lambda p, c: _pick(p, _GL_LICENCES, 4),
    "gl_area107": lambda p, c: _pick(p, _GL_AREAS, 5),
    "gl_boat107": lambda p, c: _pick(p, _GL_BOATS, 6),
    "gl_catch107": lambda p, c: f"{int(p.bhxh[-2:]) % 40} puisi / sæl",
    "gl_until107": lambda p, c: f"{p.other_date + timedelta(days=365):%d-%m-%Y}",
    "gl_officer107": lambda p, c: _pick(p, _GL_OFFICERS, 7),
}

__all__ = ["WRITERS_BLIND107"]
