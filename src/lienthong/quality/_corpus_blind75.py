"""The seventy-fifth part of the outside corpus, **blind 75** (written 14:09 UTC, 2026-12-06,
never used for tuning): person files a commune's irrigation office, a ward's police, a district's
education office, a commune's cultural committee, an Omani adult-education centre, a Qatari
health centre, a Bahraini social-development office, a Saudi hospital and an Emirati
municipality could hand over. Four Vietnamese files: a commune's list of farmers exempted from
the irrigation fee (miễn thủy lợi phí) in Excel (the hamlet, the field, its plot and map sheet,
the area in m², the crop, the canal, the kind of irrigation, the amount exempted); a ward's online
temporary-residence registrations (đăng ký tạm trú) in UTF-16 (the dossier code, the permanent
address, the rented room, the landlord with his ID number and phone, the stay in months and its
end, the reason, the status); a district's excellent pupils' awards (học sinh giỏi) in
Windows-1258 with semicolons (a ninth-grader's birth date, birthplace and ethnicity, the class,
the school, the subject, the score, the prize, the teacher, the decision); and a commune's
"cultured family" titles (gia đình văn hóa) with tabs (the household head, the hamlet, the
members, the years awarded, the title).
Five foreign files: an Omani adult-education register in UTF-8 with Arabic/English headers (the
civil number, the given name, the father's and grandfather's names, the tribe, the wilayat and
governorate, an emergency contact); a Qatari health-card list in UTF-8 with a BOM and
Arabic/English headers (the 11-digit QID with century, birth year and nationality code, the
nationality, the zone, street and building, the municipality, the employer); a Bahraini
social-assistance list in Excel with Arabic/English headers (the CPR with its birth year and
month and check digit, the flat/building/road/block address, the governorate, the case number);
a Saudi hospital's appointment list in UTF-8 with Arabic headers (the national ID or iqama with
its Luhn digit, the four-part name in one column, citizens' birth dates in Hijri with هـ and
residents' in Gregorian with م, the medical record number, the clinic, the doctor, the insurer);
and an Emirati housing-services list in UTF-16 with Arabic/English headers (the Emirates ID
784-YYYY-NNNNNNN-C with its Luhn digit, the name in English and in Arabic, the birth date with a
month's abbreviation, the area and emirate, the P.O. box, the unified number, the passport).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind75_writers import WRITERS_BLIND75
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND75: tuple[Shape, ...] = (
    _shape(
        "mien_thuy_loi_phi_vn75",
        "STT=row | Họ và tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Địa chỉ=address:addr_commune75 | Thôn=-:hamlet75 | Xứ đồng=-:field75"
        " | Số thửa=-:plot75 | Tờ bản đồ số=-:map_sheet75 | Diện tích (m²)=-:area_m2_75"
        " | Loại cây trồng=-:crop75 | Kênh/mương tưới=-:canal75"
        " | Biện pháp tưới=-:irr_form75 | Số tiền được miễn (đồng)=-:fee75"
        " | Điện thoại=phone | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "dang_ky_tam_tru_truc_tuyen_vn75",
        "STT=row | Mã hồ sơ=-:dossier75 | Họ, chữ đệm và tên=full_name"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số định danh cá nhân=cccd | Nơi thường trú=address:home75"
        " | Địa chỉ đề nghị đăng ký tạm trú=address:room75 | Phường=ward:ward_city75"
        " | Họ tên chủ nhà=-:landlord75 | Số ĐDCN chủ nhà=-:landlord_cccd75"
        " | SĐT chủ nhà=-:landlord_phone75 | Thời hạn tạm trú=-:stay75"
        " | Tạm trú đến ngày=-:until75 | Lý do=-:reason75 | SĐT người đăng ký=phone"
        " | Ngày nộp hồ sơ=date@%d/%m/%Y | Trạng thái=-:tt_status75 | Cập nhật lúc=timestamp",
        encoding="utf-16",
    ),
    _shape(
        "hoc_sinh_gioi_cap_huyen_vn75",
        "TT=row | Họ và tên học sinh=full_name | Ngày sinh=birth_date:pupil_birth75"
        " | Giới tính=sex | Nơi sinh=-:birthplace75 | Dân tộc=-:ethnic75 | Lớp=-:class75"
        " | Trường=-:school75 | Môn thi=-:subject75 | Điểm thi=-:score75 | Đạt giải=-:prize75"
        " | GV bồi dưỡng=-:teacher75 | Số QĐ khen thưởng=-:decision75"
        " | Ngày ký QĐ=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "gia_dinh_van_hoa_vn75",
        "TT=row | Họ tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD chủ hộ=cccd:cccd_spaced | Thôn/xóm=-:hamlet75 | Địa chỉ=address:addr_commune75"
        " | Số nhân khẩu=-:members75 | Năm đạt danh hiệu=-:years75 | Danh hiệu=-:title75"
        " | Điện thoại=phone:phone_dotted | Ghi chú=-:note_vi",
        delimiter="\t",
    ),
    _shape(
        "darisin_taalim_kibar_om75",
        "م / No.=row | الرقم المدني / Civil No.=national_id:civil_om75"
        " | الاسم الأول / First Name=given_name:om_given75"
        " | اسم الأب والجد / Father & Grandfather=-:om_father75"
        " | القبيلة / Tribe=family_name:om_family75 | الجنس / Gender=sex:sex_om75"
        " | تاريخ الميلاد / Date of Birth=birth_date@%d/%m/%Y"
        " | الولاية / Wilayat=district:wilayat_om75 | المحافظة / Governorate=state:gov_om75"
        " | رقم الهاتف / GSM=phone:phone_om75 | المركز / Centre=-:school_om75"
        " | جهة الاتصال / Emergency Contact=-:guardian_om75"
        " | هاتف جهة الاتصال=-:guardian_phone_om75 | تاريخ الالتحاق / Enrolled=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "health_card_qa75",
        "S.No=row | الرقم الشخصي / QID=national_id:qid75 | الاسم / Name=full_name:qa_name75"
        " | الجنسية / Nationality=-:qa_nation75 | الجنس / Sex=sex:sex_qa75"
        " | تاريخ الميلاد / DOB=birth_date@%d/%m/%Y | المنطقة / Zone=suburb:zone_area_qa75"
        " | الشارع والمبنى / Street & Bldg=street:street_qa75"
        " | البلدية / Municipality=district:city_qa75 | الجوال / Mobile=phone:phone_qa75"
        " | جهة العمل / Employer=-:employer_qa75 | نوع الإقامة / Residency=-:permit_qa75"
        " | Card Expiry / تاريخ الانتهاء=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "social_assistance_bh75",
        "الرقم / No.=row | الرقم الشخصي CPR No.=national_id:cpr75"
        " | الاسم الأول / First Name=given_name:bh_given75"
        " | اسم العائلة / Family Name=family_name:bh_family75 | الجنس / Gender=sex:sex_bh75"
        " | تاريخ الميلاد / Birth Date=birth_date@%d-%m-%Y | العنوان / Address=address:addr_bh75"
        " | المحافظة / Governorate=state:gov_bh75 | الهاتف / Tel.=phone:phone_bh75"
        " | رقم الطلب / Application No.=-:case_bh75 | المبلغ الشهري / Monthly Amount=-:benefit_bh75"
        " | تاريخ القرار / Decision Date=date@%d-%m-%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "mawaeid_aliyadat_sa75",
        "م=row | رقم الملف الطبي=-:file_sa75 | الاسم الرباعي=full_name:sa_name75"
        " | رقم الهوية الوطنية / الإقامة=national_id:id_sa75"
        " | تاريخ الميلاد=birth_date:birth_sa75 | الجنس=sex:sex_sa75"
        " | رقم الجوال=phone:phone_sa75 | المدينة=district:city_sa75 | الحي=suburb:hay_sa75"
        " | العيادة=-:clinic_sa75 | الطبيب المعالج=-:doctor_sa75 | التأمين=-:insurance_sa75"
        " | تاريخ الموعد=date@%Y/%m/%d",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "housing_services_ae75",
        "Sr.=row | رقم الهوية / Emirates ID=national_id:eid75"
        " | Name (English)=full_name:ae_name_en75 | الاسم (عربي)=full_name:ae_name_ar75"
        " | الجنس / Gender=sex:sex_ae75 | تاريخ الميلاد / DOB=birth_date@%d-%b-%Y"
        " | المنطقة / Area=suburb:area_ae75 | الإمارة / Emirate=state:emirate_ae75"
        " | ص.ب / P.O. Box=-:pobox_ae75 | الهاتف المتحرك / Mobile=phone:phone_ae75"
        " | الرقم الموحد / UID No.=-:unified_ae75 | رقم الجواز / Passport No.=-:passport_ae75"
        " | تاريخ الطلب / Request Date=date@%d-%b-%Y",
        english=True,
        encoding="utf-16",
    ),
)

#: How a 31 February reads in this part's date formats: the Emirati month abbreviation is new.
INVALID_DAY: dict[str, str] = {"%d-%b-%Y": "31-Feb-{y}"}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("civil_om75", "qid75", "cpr75", "id_sa75", "eid75")
SEX_HOLDS: tuple[str, ...] = ("sex_om75", "sex_qa75", "sex_bh75", "sex_sa75", "sex_ae75")
NAME_HOLDS = frozenset(
    {"om_given75", "om_family75", "qa_name75", "bh_given75", "bh_family75", "sa_name75"}
    | {"ae_name_en75", "ae_name_ar75"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_om75",
    "phone_qa75",
    "phone_bh75",
    "phone_sa75",
    "phone_ae75",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_commune75", "home75", "room75", "addr_bh75")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND75",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND75",
]
