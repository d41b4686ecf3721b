"""The hundred-and-twenty-seventh part of the outside corpus, **blind 127** (written 19:55 UTC,
2026-12-06, never used for tuning): person files a district health centre, a border guard post,
a commune's veterinary and agriculture desk, a city cemetery, Israel's Employment Service, the
Lebanese University, a Syrian governorate's support-card office, the Palestinian Ministry of
Health's referral unit and Kuwait's Public Authority for Housing Welfare could hand over. Four
Vietnamese files: a district health centre's premarital health checks in UTF-16 with tabs (the
exam code, the partner to be married and their birth year, the blood group, the HBsAg and
thalassaemia screening, the counsellor, the exam date); a border guard post's list of border
passes in Windows-1258 with semicolons and headers without diacritics (the pass number, the
border gate and the Chinese town visited, the purpose, the date of issue and the expiry, the
issuing officer, the fee); a commune's African swine fever compensation list in Excel (the
hamlet, the pigs culled and their weight, the unit price and the amount, the culling record
number, the bank account, the signature); and a city cemetery's plot registrations in UTF-8 with
a BOM and semicolons (the deceased and how they are related, the year of death, the zone, lot,
row and number, the kind of tomb, the area, the amount paid).
Five foreign files: an Israeli Employment Service list of job seekers in Windows-1255 with
Hebrew headers (the 9-digit identity number with its check digit, the father's name, the street,
town and 7-digit postcode apart, the office, the trade sought, the status, the clerk); a
Lebanese University enrolment list in UTF-8 with a BOM and Arabic/French headers (the 12-digit
identity card number beside the civil registry number and the place of registry, the father and
the mother, the place of birth, the faculty, branch and speciality, the student number); a
Syrian support-card list in Windows-1256 (the 11-digit national number opening with the
governorate, the father and mother, the place of birth, the governorate and area apart, the
family card, the members, the bakery agent, the last collection); a Palestinian list of medical
referrals in UTF-8 (the 9-digit identity number with its check digit, a four-part name, the
governorate, the insurance number, the diagnosis and the hospital, the referring doctor, the
companion and their identity number, the status); and a Kuwaiti housing welfare applicants' list
in Excel (the 12-digit civil number with the birth date inside and its check digit, the wife and
her civil number, the children, the kind of welfare, governorate, area, block, street and house
apart, the employer, the salary in dinars).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind127_writers import WRITERS_BLIND127
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND127: tuple[Shape, ...] = (
    _shape(
        "kham_suc_khoe_tien_hon_nhan_ttyt_vn127",
        "STT=row | Mã số khám=-:exam127 | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới=sex | Số CCCD=cccd | Địa chỉ thường trú=address | SĐT liên hệ=phone"
        " | Họ tên người dự định kết hôn=-:partner127"
        " | Năm sinh (người dự định KH)=-:partner_year127"
        " | Nhóm máu=-:blood127 | XN HBsAg=-:hbsag127 | Sàng lọc Thalassemia=-:thal127"
        " | Tư vấn viên=-:counsel127 | Ngày khám=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "cap_giay_thong_hanh_bien_gioi_don_bp_vn127",
        "TT=row | So giay thong hanh=-:gth127 | Ho va ten=full_name"
        " | Ngay sinh=birth_date@%d/%m/%Y | Gioi tinh=sex | So CCCD=cccd"
        " | Noi thuong tru=address | Cua khau XC=-:gate127 | Noi den (TQ)=-:dest127"
        " | Muc dich=-:purpose127 | Ngay cap=date@%d/%m/%Y | Gia tri den=-:valid127"
        " | Can bo cap=-:officer127 | Le phi (VND)=-:fee127 | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_tro_thiet_hai_dich_ta_lon_chau_phi_xa_vn127",
        "STT=row | Họ tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Thôn/Xóm=-:hamlet127 | Địa chỉ=address | Số con tiêu hủy (con)=-:pigs127"
        " | Trọng lượng (kg)=-:kg127 | Đơn giá HT (đ/kg)=-:unit127"
        " | Thành tiền (đồng)=-:total127 | Ngày tiêu hủy=date@%d/%m/%Y"
        " | Số biên bản=-:minutes127 | Số TK ngân hàng=-:acct127 | SĐT=phone"
        " | Ký nhận=-:sign127",
        file="xlsx",
    ),
    _shape(
        "dang_ky_phan_mo_cong_vien_nghia_trang_vn127",
        "TT=row | Họ tên người đăng ký=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | CCCD=cccd:cccd_spaced | HKTT=address | ĐT=phone"
        " | Họ tên người quá cố=-:deceased127 | Quan hệ với người ĐK=-:rel127"
        " | Năm mất=-:death_year127 | Khu/Lô/Hàng/Số=-:plot127 | Loại mộ=-:kind127"
        " | Diện tích (m2)=-:area127 | Số tiền nộp (đ)=-:paid127"
        " | Ngày đăng ký=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "dorshei_avoda_sherut_hataasuka_il127",
        "מס'=row | מספר זהות=national_id:tz_il127 | שם משפחה=family_name:family_il127"
        " | שם פרטי=given_name:given_il127 | שם האב=-:father_il127"
        " | תאריך לידה=birth_date@%d/%m/%Y | מין=sex:sex_il127"
        " | רחוב ומספר בית=street:street_il127 | ישוב=district:city_il127"
        " | מיקוד=postcode:zip_il127 | טלפון נייד=phone:phone_il127"
        " | לשכה=-:office_il127 | תאריך רישום=date@%d/%m/%Y | מקצוע מבוקש=-:trade_il127"
        " | השכלה=-:edu_il127 | סטטוס=-:status_il127 | פקיד מטפל=-:clerk_il127",
        english=True,
        encoding="cp1255",
    ),
    _shape(
        "inscriptions_universite_libanaise_lb127",
        "الرقم / N°=row | الاسم / Prénom=given_name:given_lb127"
        " | الشهرة / Nom=family_name:family_lb127 | اسم الأب / Nom du père=-:father_lb127"
        " | اسم الأم وشهرتها / Nom de la mère=-:mother_lb127"
        " | تاريخ الولادة / Date de naissance=birth_date@%d/%m/%Y"
        " | محل الولادة / Lieu de naissance=-:pob_lb127"
        " | رقم السجل / N° du registre=-:sijil_lb127"
        " | محل القيد / Lieu d'enregistrement=-:qaid_lb127"
        " | رقم بطاقة الهوية / N° carte d'identité=national_id:id_lb127"
        " | الجنس / Sexe=sex:sex_lb127 | العنوان / Adresse=address:addr_lb127"
        " | الهاتف / Tél.=phone:phone_lb127 | الكلية / Faculté=-:fac_lb127"
        " | الفرع / Section=-:branch_lb127 | الاختصاص / Spécialité=-:spec_lb127"
        " | الرقم الجامعي / N° étudiant=-:student_lb127"
        " | تاريخ التسجيل / Date d'inscription=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "mustafidin_albitaqa_aldhakiya_sy127",
        "م=row | الرقم الوطني=national_id:nid_sy127 | الاسم=given_name:given_sy127"
        " | الكنية=family_name:family_sy127 | اسم الأب=-:father_sy127"
        " | اسم الأم=-:mother_sy127 | مكان الولادة=-:pob_sy127"
        " | تاريخ الولادة=birth_date@%Y/%m/%d | المحافظة=state:gov_sy127"
        " | المنطقة=district:area_sy127 | رقم البطاقة الأسرية=-:card_sy127"
        " | عدد أفراد الأسرة=-:members_sy127 | المعتمد=-:agent_sy127"
        " | رقم الجوال=phone:phone_sy127 | تاريخ آخر استلام=date@%Y/%m/%d",
        english=True,
        encoding="cp1256",
    ),
    _shape(
        "altahwilat_altibbiya_wizarat_alsiha_ps127",
        "#=row | رقم الهوية=national_id:id_ps127 | اسم المريض رباعي=full_name:name_ps127"
        " | تاريخ الميلاد=birth_date@%d/%m/%Y | الجنس=sex:sex_ps127"
        " | المحافظة=state:gov_ps127 | مكان السكن=address:addr_ps127"
        " | رقم الجوال=phone:phone_ps127 | رقم التأمين الصحي=-:ins_ps127"
        " | التشخيص=-:diag_ps127 | المستشفى المحول إليه=-:hosp_ps127"
        " | تاريخ التحويل=date@%d/%m/%Y | الطبيب المحول=-:doctor_ps127"
        " | اسم المرافق=-:companion_ps127 | رقم هوية المرافق=-:companion_id_ps127"
        " | حالة الطلب=-:status_ps127",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "talabat_alriaya_alsakaniya_kw127",
        "م=row | الرقم المدني=national_id:civil_kw127 | اسم مقدم الطلب=full_name:name_kw127"
        " | تاريخ الميلاد=birth_date@%d/%m/%Y | الحالة الاجتماعية=-:marital_kw127"
        " | اسم الزوج/الزوجة=-:spouse_kw127 | الرقم المدني للزوج/الزوجة=-:spouse_civil_kw127"
        " | عدد الأبناء=-:kids_kw127 | تاريخ تسجيل الطلب=date@%d/%m/%Y"
        " | نوع الرعاية=-:kind_kw127 | المحافظة=state:gov_kw127 | المنطقة=suburb:area_kw127"
        " | القطعة=-:block_kw127 | الشارع=street:street_kw127 | المنزل=-:house_kw127"
        " | هاتف نقال=phone:phone_kw127 | جهة العمل=-:employer_kw127"
        " | الراتب (د.ك)=-:salary_kw127",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "tz_il127",
    "id_lb127",
    "nid_sy127",
    "id_ps127",
    "civil_kw127",
)
SEX_HOLDS: tuple[str, ...] = ("sex_il127", "sex_lb127", "sex_ps127")
NAME_HOLDS = frozenset(
    {"family_il127", "given_il127", "given_lb127", "family_lb127", "given_sy127"}
    | {"family_sy127", "name_ps127", "name_kw127"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_il127",
    "phone_lb127",
    "phone_sy127",
    "phone_ps127",
    "phone_kw127",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_lb127", "addr_ps127")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND127",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND127",
]
