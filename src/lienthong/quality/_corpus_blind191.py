"""The hundred-and-ninety-first part of the outside corpus, **blind 191** (written 01:41 UTC,
2026-12-07, never used for tuning): person files a cosmetic surgery hospital, a provincial labour
department, a commune's building permit desk, a bank branch holding workers' deposits, a Dubai
contractor's labour office, a Saudi driving school, Qatar's electricity and water company, a
Kuwaiti residency affairs office and Bahrain's labour market regulator could hand over.
Four Vietnamese files: a cosmetic surgery hospital's list of clients reported to the health
department, in Excel (the client code, the procedure, the surgeon and anaesthetist, the fee, the
relative who signed the consent and phone, the recheck date); workers going to the Gulf, Taiwan
and Japan who paid into the overseas employment support fund, in Windows-1258 with semicolons (the
passport, the country, the trade, the sending company, the contract, the exit date, the amount and
receipt); a commune's register of building permits for private houses in UTF-16 with tabs (the
permit, the plot and map sheet, the building site, the floor area, storeys and height, the officer,
the permit and start-by dates); and a bank branch's ledger of deposits workers leave before going
abroad, in UTF-8 with a BOM (the deposit account, the sending company, the country, the amount,
the rate, the deposit and settlement dates, the status).
Five foreign files: a Dubai contractor's register of work permits in UTF-8 with a BOM and
Arabic/English headers (the Emirates ID 784-YYYY-NNNNNNN-C with its Luhn digit, the MOHRE person
code, the passport, the labour card, the profession, the salary, the residence expiry, the labour
camp, names of workers from India, Pakistan, Bangladesh, Nepal, Sri Lanka and the Philippines); a
Saudi driving school's applicants in UTF-8 with Arabic headers (the national ID or iqama with its
Luhn digit, Hijri birth dates for citizens and Gregorian ones for residents, the city and district,
the licence class, the training hours, the medical check, the Hijri test date, the trainer);
Kahramaa's customer accounts in Qatar, in UTF-8 with Arabic/English headers (the 11-digit QID, the
account and meter, building, street and zone numbers, the amount due, the landlord); a Kuwaiti
residency office's renewals for domestic workers under Article 20 in Windows-1256 with Arabic
headers (the 12-digit civil ID with its check digit, the sponsor and phone, the Area/Block/Street/
House address, the fee, the status); and Bahrain's LMRA work permits in Excel with English/Arabic
headers (the 9-digit CPR, the permit, the employer's CR, the Flat/Bldg/Road/Block address).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind191_writers import WRITERS_BLIND191
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND191: tuple[Shape, ...] = (
    _shape(
        "khach_hang_phau_thuat_tham_my_benh_vien_tham_my_bao_cao_so_y_te_vn191",
        "STT=row | Mã KH=-:client191 | Họ và tên khách hàng=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | CCCD=cccd | SĐT=phone"
        " | Địa chỉ=address | Dịch vụ thực hiện=-:service191"
        " | Ngày PT=date@%d/%m/%Y | BS phẫu thuật=-:surgeon191 | BS gây mê=-:anaes191"
        " | Chi phí (VNĐ)=-:fee191 | Người nhà ký cam kết=-:kin191"
        " | SĐT người nhà=-:kin_phone191 | Hẹn tái khám=date:recheck191 | Email=email",
        file="xlsx",
    ),
    _shape(
        "nguoi_lao_dong_nop_quy_ho_tro_viec_lam_ngoai_nuoc_so_ldtbxh_vn191",
        "TT=row | Họ và tên NLĐ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Hộ chiếu số=-:passport191 | Quê quán=address"
        " | Nước đến=-:dest191 | Ngành nghề=-:trade191 | DN đưa đi=-:agency191"
        " | Số HĐ=-:contract191 | Ngày xuất cảnh=date@%d/%m/%Y"
        " | Mức đóng Quỹ (đồng)=-:fund191 | Số biên lai=-:receipt191"
        " | ĐT liên hệ=phone:phone_dotted | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_cap_giay_phep_xay_dung_nha_o_rieng_le_ubnd_xa_vn191",
        "STT=row | Số GPXD=-:permit191 | Chủ đầu tư=full_name"
        " | Năm sinh=birth_date@%d/%m/%Y | Số định danh cá nhân=cccd:cccd_spaced"
        " | Địa chỉ thường trú=address | Thửa đất số=-:plot191 | Tờ bản đồ=-:sheet191"
        " | Địa điểm xây dựng=-:site191 | DT xây dựng (m2)=-:floor191 | Số tầng=-:storeys191"
        " | Chiều cao (m)=-:height191 | Cán bộ thụ lý=-:officer191 | Ngày cấp=date@%d/%m/%Y"
        " | Thời hạn khởi công=date:start_by191 | Điện thoại=phone | Cập nhật=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "tai_khoan_ky_quy_nguoi_lao_dong_di_lam_viec_nuoc_ngoai_chi_nhanh_ngan_hang_vn191",
        "STT=row | Số TK ký quỹ=-:escrow191 | Tên khách hàng=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giấy tờ tùy thân (CCCD)=cccd"
        " | Địa chỉ=address | SĐT=phone:phone_spaced | Doanh nghiệp dịch vụ=-:agency2_191"
        " | Thị trường=-:dest2_191 | Số tiền ký quỹ (VND)=-:escrow_amount191"
        " | Lãi suất (%/năm)=-:escrow_rate191 | Ngày ký quỹ=date@%d/%m/%Y"
        " | Ngày tất toán=date:settle191 | Trạng thái=-:escrow_status191",
        encoding="utf-8-sig",
    ),
    _shape(
        "sijil_tasarih_alamal_sharikat_muqawalat_dubai_ae191",
        "No.=row | اسم العامل / Employee Name=full_name:ae_name191"
        " | الجنسية / Nationality=-:ae_nat191 | تاريخ الميلاد / Date of Birth=birth_date@%d/%m/%Y"
        " | الجنس / Gender=sex:ae_sex191 | رقم الهوية / Emirates ID=national_id:ae_eid191"
        " | الرقم الشخصي / Person Code=-:ae_person191"
        " | رقم جواز السفر / Passport No.=-:ae_passport191"
        " | رقم بطاقة العمل / Labour Card No.=-:ae_card191 | المهنة / Profession=-:ae_job191"
        " | الراتب الأساسي / Basic Salary (AED)=-:ae_salary191"
        " | تاريخ بدء العقد / Contract Start=date@%d/%m/%Y"
        " | انتهاء الإقامة / Residence Expiry=date:ae_expiry191"
        " | رقم الهاتف المتحرك / Mobile No.=phone:ae_phone191"
        " | السكن / Accommodation=address:ae_addr191 | اسم المنشأة / Establishment=-:ae_firm191",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "mutaqaddimin_rukhsat_alqiyada_madrasat_taalim_alqiyada_sa191",
        "م=row | رقم الهوية / الإقامة=national_id:sa_id191 | الاسم=full_name:sa_name191"
        " | الجنسية=-:sa_nat191 | تاريخ الميلاد=birth_date:sa_birth191 | الجنس=sex:sa_sex191"
        " | رقم الجوال=phone:sa_phone191 | المدينة=district:sa_city191 | الحي=suburb:sa_hay191"
        " | نوع الرخصة=-:sa_licence191 | ساعات التدريب=-:sa_hours191"
        " | الفحص الطبي=-:sa_medical191 | موعد الاختبار العملي=date:sa_test191"
        " | النتيجة=-:sa_result191 | المدرب=-:sa_trainer191",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "hisabat_mushtarikin_kahramaa_qa191",
        "S.No=row | رقم الحساب / Account No.=-:qa_account191"
        " | اسم المشترك / Customer Name=full_name:qa_name191"
        " | الرقم الشخصي / QID No.=national_id:qa_qid191 | الجنسية / Nationality=-:qa_nat191"
        " | تاريخ الميلاد / DOB=birth_date@%d/%m/%Y | رقم الجوال / Mobile=phone:qa_phone191"
        " | رقم المبنى / Building No.=-:qa_bldg191 | رقم الشارع / Street No.=-:qa_street191"
        " | رقم المنطقة / Zone No.=-:qa_zone191 | المنطقة / Area=suburb:qa_area191"
        " | نوع العقار / Premises Type=-:qa_premises191 | رقم العداد / Meter No.=-:qa_meter191"
        " | تاريخ التوصيل / Connection Date=date@%d/%m/%Y"
        " | المبلغ المستحق (ر.ق) / Amount Due (QAR)=-:qa_due191"
        " | المالك / Landlord=-:qa_landlord191",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "tajdid_iqamat_aleamala_almanziliya_mada_20_kw191",
        "م=row | الرقم المدني=national_id:kw_civil191 | اسم العامل=full_name:kw_name191"
        " | الجنسية=-:kw_nat191 | تاريخ الميلاد=birth_date@%d/%m/%Y | الجنس=sex:kw_sex191"
        " | رقم الجواز=-:kw_passport191 | المهنة=-:kw_job191 | اسم الكفيل=-:kw_sponsor191"
        " | هاتف الكفيل=-:kw_sponsor_phone191 | العنوان=address:kw_addr191"
        " | هاتف العامل=phone:kw_phone191 | تاريخ انتهاء الإقامة=date@%d/%m/%Y"
        " | مدة التجديد=-:kw_years191 | الرسوم (د.ك)=-:kw_fee191 | حالة الطلب=-:kw_status191",
        english=True,
        encoding="cp1256",
    ),
    _shape(
        "lmra_work_permits_register_bh191",
        "Sr.=row | CPR No. / الرقم الشخصي=national_id:bh_cpr191 | Name / الاسم=full_name:bh_name191"
        " | Nationality / الجنسية=-:bh_nat191 | Date of Birth=birth_date@%d-%m-%Y"
        " | Sex=sex:bh_sex191 | Passport No.=-:bh_passport191 | Work Permit No.=-:bh_permit191"
        " | Occupation / المهنة=-:bh_job191 | Employer CR No.=-:bh_cr191"
        " | Employer / صاحب العمل=-:bh_employer191 | Permit Issue Date=date@%d-%m-%Y"
        " | Permit Expiry Date=date:bh_expiry191 | Mobile=phone:bh_phone191"
        " | Address / العنوان=address:bh_addr191",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "ae_eid191",
    "sa_id191",
    "qa_qid191",
    "kw_civil191",
    "bh_cpr191",
)
SEX_HOLDS: tuple[str, ...] = ("ae_sex191", "sa_sex191", "kw_sex191", "bh_sex191")
NAME_HOLDS = frozenset({"ae_name191", "sa_name191", "qa_name191", "kw_name191", "bh_name191"})
PHONE_HOLDS: tuple[str, ...] = (
    "ae_phone191",
    "sa_phone191",
    "qa_phone191",
    "kw_phone191",
    "bh_phone191",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ae_addr191", "bh_addr191")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND191",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND191",
]
