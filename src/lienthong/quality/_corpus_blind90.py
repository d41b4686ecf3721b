"""The ninetieth part of the outside corpus, **blind 90** (written 16:40 UTC, 2026-12-06, never
used for tuning): person files a provincial foreign affairs department, a security services
company, a construction department's real-estate broker examination board, a justice department,
Kisumu County's boda boda registration, Temeke Municipal Council's community development office,
an Amhara woreda's community-based health insurance scheme, Ghana's Youth Employment Agency and
Drakenstein Municipality's housing office could hand over. Four Vietnamese files: a foreign
affairs department's list of business people proposed for the APEC Business Travel Card in
Windows-1258 with semicolons (the passport and its expiry, the post, the firm with its own tax
code and head office, the work e-mail, the economies asked for, the firm's letter, the day it
was received); a security company's guards trained in security skills in UTF-16 with tabs (the
CCCD in groups, the home province apart from the permanent address in a rural commune, the
schooling, the height, the guarded site, the course, the result and certificate, a guarantor
with his or her phone); a construction department's real-estate broker examination results in
UTF-8 with semicolons and unaccented headers (the candidate number, the place of birth, the
CCCD's issue date, ``dd-mm-yyyy`` birth dates, the degree, the firm, the two part scores and the
total, the result, the round); and a justice department's translation collaborators in Excel
(the personal identification number, the language, the degree and the university, the justice
office they are registered with, the decision and its date). Five foreign files: a Kisumu boda
boda riders' register in UTF-8 with a BOM and Swahili/English headers (the full name in one
cell, the seven- or eight-digit ID number, sub-county and ward, the stage, the motorcycle's
plate, the driving licence, the insurance expiry, the SACCO, the stage chairman, the fee); a
Temeke 10% council loan list of group members in Excel with Swahili headers (the group and its
kind, the NIDA number that opens with the birth date, the post in the group, mtaa and kata, the
activity, the loan in shillings, the community development officer); an Amhara community-based
health insurance register in UTF-8 with tabs and Amharic headers in Ge'ez script (the
membership number, the head of household's name with the father's and grandfather's, the
spouse, the birth date in the Ethiopian calendar, the 12-digit Fayda FIN with its Verhoeff
digit, kebele and woreda, the family size, paying or indigent, the contribution in birr, the
receipt, the health centre); a Youth Employment Agency payroll for Ashanti in UTF-8 (the
beneficiary ID, the surname in capitals, the Ghana Card PIN and the SSNIT number, the GhanaPost
GPS address, the town, the assembly, the module and the duty station, the supervisor, the bank
and account, the allowance); and a Drakenstein housing demand register in Windows-1252 with
semicolons and English/Afrikaans headers (the 13-digit ID with the birth date and the Luhn
digit, ``yyyy/mm/dd`` dates, the marital status, the spouse's name and ID, the dependants, the
income in rand, the street, suburb, town and postal code, the project, the status).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind90_writers import WRITERS_BLIND90
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND90: tuple[Shape, ...] = (
    _shape(
        "the_doanh_nhan_apec_abtc_vn90",
        "STT=row | Họ và tên=full_name | Giới tính=sex | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Số hộ chiếu=-:passport90 | Ngày hết hạn HC=date:passport_exp90"
        " | Chức vụ=-:post90 | Tên doanh nghiệp=-:firm90 | MST doanh nghiệp=-:firm_mst90"
        " | Trụ sở DN=-:firm_addr90 | Nơi thường trú=address | Điện thoại=phone:phone_dotted"
        " | Email=email:work_email90 | Nền kinh tế đề nghị=-:economies90"
        " | Văn bản đề nghị=-:request90 | Ngày tiếp nhận=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "huan_luyen_nghiep_vu_bao_ve_vn90",
        "TT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd:cccd_spaced | Quê quán=-:hometown90"
        " | Nơi thường trú=address:rural_addr90 | Trình độ VH=-:schooling90"
        " | Chiều cao (cm)=-:height90 | Mục tiêu bảo vệ=-:site90"
        " | Ngày vào làm=date@%d/%m/%Y | Khóa huấn luyện=-:guard_course90"
        " | Kết quả=-:guard_result90 | Số GCN=-:guard_cert90 | SĐT=phone:phone_spaced"
        " | Người bảo lãnh (SĐT)=-:guarantor90",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ket_qua_sat_hach_moi_gioi_bds_vn90",
        "STT=row | SBD=-:sbd90 | Ho va ten=full_name | Ngay sinh=birth_date@%d-%m-%Y"
        " | Noi sinh=-:birthplace90 | So CCCD=cccd | Ngay cap=date:cccd_issue90"
        " | Dia chi lien he=address | Dien thoai=phone | Email=email | Trinh do=-:degree90"
        " | Don vi cong tac=-:agency90 | Diem co so=-:score_base90"
        " | Diem chuyen mon=-:score_pro90 | Tong diem=-:score_total90 | Ket qua=-:result90"
        " | Ky sat hach=-:exam90",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "cong_tac_vien_dich_thuat_vn90",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số định danh cá nhân=cccd | Địa chỉ thường trú=address | Ngôn ngữ dịch=-:language90"
        " | Văn bằng=-:diploma90 | Cơ sở đào tạo=-:university90"
        " | Đăng ký tại=-:office90 | Số QĐ công nhận=-:decision90"
        " | Ngày công nhận=date@%d/%m/%Y | Điện thoại=phone | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "boda_boda_riders_kisumu_ke90",
        "No.=row | Jina Kamili / Full Name=full_name:ke_full90"
        " | Nambari ya Kitambulisho / ID No.=national_id:ke_id90"
        " | Tarehe ya Kuzaliwa / DOB=birth_date@%d/%m/%Y | Jinsia / Gender=sex:sex_ke90"
        " | Nambari ya Simu / Phone No.=phone:phone_ke90"
        " | Kaunti Ndogo / Sub-County=district:subcounty_ke90 | Wadi / Ward=ward:ward_ke90"
        " | Kituo / Stage=-:stage_ke90 | Nambari ya Pikipiki / Reg. No.=-:plate_ke90"
        " | Leseni ya Udereva / DL No.=-:dl_ke90"
        " | Bima Inaisha / Insurance Expiry=date:ins_exp_ke90"
        " | SACCO=-:sacco_ke90 | Mwenyekiti wa Kituo / Stage Chair=-:chair_ke90"
        " | Ada / Fee (KSh)=-:fee_ke90 | Tarehe ya Usajili / Date Registered=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "mikopo_asilimia_kumi_temeke_tz90",
        "Na.=row | Jina la Kikundi=-:group_tz90 | Aina ya Kikundi=-:group_kind_tz90"
        " | Jina Kamili la Mwanakikundi=full_name:tz_full90 | Jinsi=sex:sex_tz90"
        " | Tarehe ya Kuzaliwa=birth_date@%d/%m/%Y | Namba ya NIDA=national_id:nida_tz90"
        " | Namba ya Simu=phone:phone_tz90 | Nafasi Kikundini=-:post_tz90"
        " | Mtaa=suburb:mtaa_tz90 | Kata=ward:kata_tz90 | Shughuli=-:activity_tz90"
        " | Kiasi cha Mkopo (TZS)=-:loan_tz90 | Tarehe ya Kupokea=date@%d/%m/%Y"
        " | Afisa Maendeleo ya Jamii=-:cdo_tz90",
        english=True,
        file="xlsx",
    ),
    _shape(
        "mahiberesseb_tena_medhin_amhara_et90",
        "ተ.ቁ=row | የአባልነት ቁጥር=-:cbhi_no_et90 | የአባወራ/እማወራ ሙሉ ስም=full_name:et_full90"
        " | የትዳር አጋር ስም=-:spouse_et90 | ጾታ=sex:sex_et90"
        " | የትውልድ ቀን (ዓ.ም)=birth_date:et_birth90 | የፋይዳ ቁጥር (FIN)=national_id:fin_et90"
        " | ስልክ ቁጥር=phone:phone_et90 | ቀበሌ=suburb:kebele_et90 | ወረዳ=district:woreda_et90"
        " | የቤተሰብ ብዛት=-:size_et90 | የአባልነት ዓይነት=-:kind_et90"
        " | የተከፈለ መዋጮ (ብር)=-:premium_et90 | የደረሰኝ ቁጥር=-:receipt_et90"
        " | የተመዘገበበት ቀን=date:reg_et90 | የጤና ጣቢያ=-:hc_et90",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "yea_beneficiary_payroll_ashanti_gh90",
        "S/N=row | Beneficiary ID=-:yea_id_gh90 | Surname=family_name:gh_family90"
        " | Other Names=given_name:gh_given90 | Gender=sex:sex_gh90"
        " | Date of Birth=birth_date@%d-%m-%Y | Ghana Card PIN=national_id:ghacard_gh90"
        " | SSNIT No.=-:ssnit_gh90 | Phone Number=phone:phone_gh90"
        " | GPS Address=postcode:gps_gh90 | Town of Residence=district:town_gh90"
        " | MMDA=-:mmda_gh90 | Region=state:region_gh90 | Module=-:module_gh90"
        " | Duty Station=-:station_gh90 | Supervisor=-:supervisor_gh90 | Bank=-:bank_gh90"
        " | Account No.=-:account_gh90 | Date Engaged=date@%d-%m-%Y"
        " | Monthly Allowance (GHS)=-:allowance_gh90",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "housing_demand_database_drakenstein_za90",
        "Nr=row | ID Number / ID-nommer=national_id:za_id90 | Surname / Van=family_name:za_family90"
        " | First Names / Voorname=given_name:za_given90"
        " | Date of Birth / Geboortedatum=birth_date@%Y/%m/%d | Gender / Geslag=sex:sex_za90"
        " | Marital Status / Huwelikstatus=-:marital_za90"
        " | Spouse ID / Gade se ID-nommer=-:spouse_id_za90 | Spouse / Gade=-:spouse_za90"
        " | Dependants / Afhanklikes=-:dep_za90"
        " | Household Income / Huishoudelike Inkomste=-:income_za90"
        " | Street Address / Straatadres=street:street_za90 | Suburb / Voorstad=suburb:suburb_za90"
        " | Town / Dorp=district:town_za90 | Postal Code / Poskode=postcode:pc_za90"
        " | Cell / Selfoon=phone:cell_za90 | Date Registered / Datum Geregistreer=date@%Y/%m/%d"
        " | Project / Projek=-:project_za90 | Status=-:status_za90",
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
    "ke_id90",
    "nida_tz90",
    "fin_et90",
    "ghacard_gh90",
    "za_id90",
)
SEX_HOLDS: tuple[str, ...] = ("sex_ke90", "sex_tz90", "sex_et90", "sex_gh90", "sex_za90")
NAME_HOLDS = frozenset(
    {"ke_full90", "tz_full90", "et_full90", "gh_family90", "gh_given90"}
    | {"za_family90", "za_given90"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ke90",
    "phone_tz90",
    "phone_et90",
    "phone_gh90",
    "cell_za90",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("rural_addr90",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND90",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND90",
]
