"""The three-hundred-and-thirty-fourth part of the outside corpus, **blind 334** (written 12:33
UTC, 2026-12-07, never used for tuning): person files a labour-export company's training centre,
its accounts office, a district job centre, the same company's report desk, a Riyadh contractor's
government-relations office, a Dubai employer's HR desk, a Doha domestic-worker recruitment
office, a Cairo recruitment company and ANAPEC could hand over, all about people going abroad to
work under contract. Four Vietnamese files: the results of the pre-departure orientation test
(the certificate of required knowledge) of a Taiwan/Japan class in Windows-1258 with semicolons
(the trainee code, the class, the CCCD, the home town beside the permanent address, the
destination, the job, the law and language marks, the result, the certificate number); the
company accountant's ledger of workers' deposits in Excel (the placement contract, the market,
the deposit and how it was paid, the escrow account, the guarantor and his phone, the refund and
its date, the status, when the row was last touched); a job centre's list of returnees who asked
for reintegration counselling in UTF-16 with tabs (the country and job abroad, months worked, the
day of return, the language level, what they need, the counsellor); and the company's list of
workers who have left the country, sent to the overseas labour department, in UTF-8 with a BOM and
headers without diacritics (passport, the employer abroad, the supply contract, the exit date and
flight, the term, the salary, the family's phone).
Five foreign files: a Riyadh contractor's register of Iqama renewals in UTF-8 with a BOM and
Arabic/English headers (the id or Iqama with its Luhn digit, the border number, the passport, the
name in Latin and Arabic letters, the profession, the expiry in Hijri, the site); a Dubai
employer's medical insurance census in Excel (the Emirates ID with its Luhn digit, the UID, the
visa file, the category and salary band); a Doha recruitment office's register of domestic
workers in UTF-16 with Arabic headers (the QID that carries the birth year and nationality, the
sponsor, his QID and phone, arrival and end of probation); a Cairo recruitment company's list of
workers travelling to work abroad in Windows-1256 with semicolons (the 14-digit national number
that carries the birth date, the governorate, the destination, the employer, the contract, the
security clearance); and ANAPEC's list of women selected for the strawberry season in Huelva in
Windows-1252 with French headers (the CIN, douar and commune, province, children, the finca).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind334_writers import WRITERS_BLIND334
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND334: tuple[Shape, ...] = (
    _shape(
        "ket_qua_kiem_tra_cap_chung_chi_boi_duong_kien_thuc_can_thiet_truoc_xuat_canh_vn334",
        "STT=row | Mã HV=-:vn_code334 | Lớp=-:vn_class334 | Họ và tên học viên=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Nam/Nữ=sex | Số CCCD=cccd"
        " | Quê quán=-:vn_hometown334 | Nơi thường trú=address | SĐT=phone"
        " | Nước đến=-:vn_country334 | Ngành nghề=-:vn_job334"
        " | Điểm KT pháp luật, văn hoá (/10)=-:vn_law334 | Trình độ NN=-:vn_lang334"
        " | Kết quả=-:vn_result334 | Số chứng chỉ=-:vn_cert334 | Ngày cấp CC=date@%d/%m/%Y"
        " | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_theo_doi_tien_ky_quy_va_hoan_tra_cua_nguoi_lao_dong_phong_ke_toan_cty_xkld_vn334",
        "STT=row | Số HĐ đưa NLĐ đi làm việc=-:vn_contract334 | Họ tên NLĐ=full_name"
        " | NS=birth_date@%d.%m.%Y | CCCD số=cccd | Thị trường=-:vn_country334"
        " | Ngày nộp KQ=date@%d.%m.%Y | Số tiền ký quỹ (VNĐ)=-:vn_deposit334"
        " | Hình thức=-:vn_method334 | Số TK ký quỹ tại NH=-:vn_account334"
        " | Người bảo lãnh=-:vn_guarantor334 | ĐT người BL=-:vn_guarantor_phone334"
        " | Số tiền hoàn trả (VNĐ)=-:vn_refund334 | Tình trạng=-:vn_deposit_status334"
        " | Cập nhật=timestamp@%d/%m/%Y %H:%M",
        file="xlsx",
    ),
    _shape(
        "nguoi_lao_dong_ve_nuoc_dang_ky_tu_van_tai_hoa_nhap_trung_tam_dich_vu_viec_lam_vn334",
        "TT=row | Họ và tên=full_name | Ngày tháng năm sinh=birth_date@%d-%m-%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Địa chỉ liên hệ=address"
        " | Điện thoại=phone | Nước đã làm việc=-:vn_country334"
        " | Công việc đã làm=-:vn_job334 | Số tháng làm việc=-:vn_months334"
        " | Ngày về nước=date@%d-%m-%Y | Trình độ ngoại ngữ=-:vn_lang334"
        " | Nhu cầu hỗ trợ=-:vn_need334 | Cán bộ tư vấn=-:vn_counsellor334"
        " | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "danh_sach_nguoi_lao_dong_da_xuat_canh_doanh_nghiep_bao_cao_cuc_quan_ly_lao_dong_ngoai_nuoc_vn334",
        "TT=row | Ho va ten=full_name | Ngay sinh=birth_date@%d/%m/%Y | Gioi tinh=sex"
        " | So CCCD=cccd | So ho chieu=-:vn_passport334 | Dia chi thuong tru=address"
        " | Nuoc den=-:vn_country334 | Ten chu su dung=-:vn_employer334"
        " | Nganh nghe=-:vn_job334 | So HD cung ung=-:vn_supply334"
        " | Ngay xuat canh=date@%d/%m/%Y | Chuyen bay=-:vn_flight334"
        " | Thoi han HD=-:vn_term334 | Luong CB (USD)=-:vn_salary334"
        " | SDT gia dinh=-:vn_family_phone334",
        encoding="utf-8-sig",
        delimiter=",",
    ),
    _shape(
        "kashf_tajdid_aliqamat_sharikat_muqawalat_alriyadh_sa334",
        "م=row | الاسم / Name=full_name:sa_name334 | الاسم بالعربي=full_name:sa_arabic334"
        " | رقم الهوية/الإقامة Iqama No.=national_id:sa_iqama334"
        " | رقم الحدود Border No.=-:sa_border334 | رقم الجواز Passport=-:sa_passport334"
        " | الجنسية=-:sa_nation334 | الجنس=sex:sa_sex334"
        " | تاريخ الميلاد DOB=birth_date@%d/%m/%Y | المهنة Profession=-:sa_job334"
        " | انتهاء الإقامة (هـ)=date:sa_expiry334 | الجوال Mobile=phone:sa_phone334"
        " | المدينة=district:sa_city334 | الموقع Site=-:sa_site334"
        " | حالة التجديد Status=-:sa_status334",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "medical_insurance_census_employer_members_ae334",
        "Sr. No.=row | Emirates ID No.=national_id:ae_eid334 | UID No.=-:ae_uid334"
        " | Visa File No.=-:ae_visa334 | Member Name (as per EID)=full_name:ae_name334"
        " | DOB (DD/MM/YYYY)=birth_date@%d/%m/%Y | Gender=sex:ae_sex334"
        " | Marital Status=-:ae_marital334 | Relation=-:ae_relation334 | Nationality=-:ae_nation334"
        " | Category=-:ae_category334 | Salary Band=-:ae_band334"
        " | Mobile No.=phone:ae_phone334 | Email ID=email | Work Location=-:ae_location334"
        " | Effective Date=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "sijil_maktab_istiqdam_aleamala_almanziliya_aldoha_qa334",
        "م=row | اسم العامل/العاملة=full_name:qa_name334 | الجنسية=-:qa_nation334"
        " | رقم البطاقة الشخصية=national_id:qa_qid334 | رقم الجواز=-:qa_passport334"
        " | تاريخ الميلاد=birth_date@%d/%m/%Y | الجنس=sex:qa_sex334 | المهنة=-:qa_job334"
        " | اسم الكفيل=-:qa_sponsor334 | رقم بطاقة الكفيل=-:qa_sponsor_qid334"
        " | هاتف الكفيل=-:qa_sponsor_phone334 | هاتف العامل=phone:qa_phone334"
        " | تاريخ الوصول=date@%d/%m/%Y | الحالة=-:qa_status334",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "kashf_aleamala_almusafira_lileamal_bilkharij_sharikat_ilhaq_eg334",
        "م=row | الاسم رباعي=full_name:eg_name334 | الرقم القومي=national_id:eg_nid334"
        " | تاريخ الميلاد=birth_date@%Y/%m/%d | النوع=sex:eg_sex334"
        " | العنوان=address:eg_addr334 | المحافظة=state:eg_gov334"
        " | المؤهل=-:eg_qual334 | المهنة=-:eg_job334 | رقم جواز السفر=-:eg_passport334"
        " | دولة العمل=-:eg_dest334 | صاحب العمل=-:eg_employer334"
        " | رقم عقد العمل=-:eg_contract334 | تاريخ التصديق=date@%Y/%m/%d"
        " | رقم الموبايل=phone:eg_phone334 | رقم الموافقة الأمنية=-:eg_security334",
        english=True,
        encoding="cp1256",
        delimiter=";",
    ),
    _shape(
        "liste_ouvrieres_saisonnieres_selectionnees_anapec_huelva_ma334",
        "N°=row | Nom=family_name:ma_family334 | Prénom=given_name:ma_given334"
        " | N° CIN=national_id:ma_cin334 | Date de naissance=birth_date@%d/%m/%Y"
        " | Sexe=sex:ma_sex334 | Situation familiale=-:ma_family_status334"
        " | Nbre enfants=-:ma_children334 | Adresse=address:ma_addr334"
        " | Province=province:ma_prov334 | GSM=phone:ma_phone334"
        " | N° passeport=-:ma_passport334 | Exploitation (Espagne)=-:ma_finca334"
        " | Agence=-:ma_agency334 | Date de départ=date@%d/%m/%Y"
        " | Observations=-:ma_note334",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "sa_iqama334",
    "ae_eid334",
    "qa_qid334",
    "eg_nid334",
    "ma_cin334",
)
SEX_HOLDS: tuple[str, ...] = ("sa_sex334", "ae_sex334", "qa_sex334", "eg_sex334", "ma_sex334")
NAME_HOLDS = frozenset(
    {"sa_name334", "ae_name334", "ma_family334", "ma_given334"},
)
PHONE_HOLDS: tuple[str, ...] = (
    "sa_phone334",
    "ae_phone334",
    "qa_phone334",
    "eg_phone334",
    "ma_phone334",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ma_addr334",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND334",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND334",
]
