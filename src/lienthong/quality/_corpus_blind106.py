"""The hundred-and-sixth part of the outside corpus, **blind 106** (written 17:32 UTC, 2026-12-06,
never used for tuning): person files a commune's civil-status office, a commune's home affairs
office, a Hanoi ward, a district land registration branch, a Haitian savings cooperative, a
Dominican employer, Jamaica's HEART/NSTA Trust, Trinidad and Tobago's Housing Development
Corporation and the Bahamas' National Health Insurance could hand over. Four Vietnamese files: a
civil-status book of recognitions of parentage in UTF-16 with tabs (the entry number and date, the
recognising parent's ethnicity, nationality, residence and personal number, the child's name,
birth date and residence, the kind of recognition, the signing officer); a list of a commune's
part-time officials leaving their posts after the 2025 reorganisation in Excel (the post, the old
commune or hamlet, the months served, the allowance, the severance, the social insurance number,
the bank account and bank, the leaving date as a date cell); a Hanoi ward's list of owners
switching a petrol motorbike for an electric one in Windows-1258 with semicolons (the home address
and the ward apart, the old plate and engine number, the new model and the dealer, the grant, the
filing date, a dotted phone); and a district's list of landholders owing the fee for changing a
parcel's use in UTF-8 with a BOM, semicolons and unaccented headers (the parcel and map sheet, the
area, the use before and after, where the parcel lies, the tax notice, the fee, the due date, the
payment status).
Five foreign files: a Haitian savings cooperative's member list in UTF-8 with Kreyòl and French
headers side by side (the member number, the NIU, Gason/Fi, commune and département, +509 phones,
the deposit in gourdes, the heir); a Dominican TSS payroll list in Windows-1252 with semicolons
(the cédula with its Luhn digit, the NSS, two surnames in columns, sector and municipio, the
salary, the ARS); a Jamaican HEART/NSTA trainee register in Excel (the TRN, a middle name,
day-month-name dates, parish, the training institution and programme, the next of kin and their
phone); a Trinidad and Tobago HDC applicant list in UTF-8 with a BOM (the national ID that opens
with the birth date, LP addresses, town and regional corporation, the employer, the income, the
co-applicant, the status); and a Bahamian NHI enrolment list in UTF-16 with tabs (the NIB number,
month-first dates, settlement and island, the primary care clinic and its address, the employer,
an emergency contact with a phone in one cell).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind106_writers import WRITERS_BLIND106
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND106: tuple[Shape, ...] = (
    _shape(
        "so_dang_ky_nhan_cha_me_con_vn106",
        "STT=row | Số đăng ký=-:regno106 | Ngày, tháng, năm đăng ký=date@%d/%m/%Y"
        " | Họ, chữ đệm, tên người nhận=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Dân tộc=-:ethnic106 | Quốc tịch=-:nation106 | Nơi cư trú=address"
        " | Số định danh cá nhân=cccd | Họ, chữ đệm, tên người được nhận=-:child106"
        " | Ngày sinh người được nhận=-:child_birth106"
        " | Nơi cư trú người được nhận=-:child_addr106 | Quan hệ=-:kind106"
        " | Người ký Trích lục=-:signer106 | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nguoi_hoat_dong_khong_chuyen_trach_thoi_viec_vn106",
        "TT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date:excel_date"
        " | Giới tính=sex | Số CCCD=cccd | Chức danh đang đảm nhiệm=-:post106"
        " | Đơn vị (xã cũ / thôn, TDP)=-:unit106 | Thời gian công tác (tháng)=-:months106"
        " | Mức phụ cấp hiện hưởng (đồng/tháng)=-:allow106"
        " | Tổng số tiền hỗ trợ (đồng)=-:support106 | Mã số BHXH=bhxh"
        " | Số tài khoản=-:account106 | Mở tại ngân hàng=-:bank106"
        " | Ngày thôi việc=date:excel_event | Ký nhận=-:blank106",
        file="xlsx",
    ),
    _shape(
        "ho_tro_chuyen_doi_xe_may_xang_sang_xe_dien_vn106",
        "STT=row | Họ và tên chủ xe=full_name | Ngày sinh=birth_date@%d.%m.%Y"
        " | Số ĐDCN/CCCD=cccd | Nơi thường trú=address:home_addr106 | Phường=ward:ward106"
        " | Biển kiểm soát xe cũ=-:plate106 | Số máy=-:engine106"
        " | Nhãn hiệu xe điện mới=-:ebike106 | Đại lý bán xe=-:dealer106"
        " | Mức hỗ trợ (đ)=-:grant106 | Ngày nộp hồ sơ=date@%d.%m.%Y"
        " | ĐT liên hệ=phone:phone_dotted | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nop_tien_chuyen_muc_dich_su_dung_dat_vn106",
        "STT=row | Ho va ten nguoi SDD=full_name:full_name_ascii | Ngay sinh=birth_date@%d/%m/%Y"
        " | So CCCD=cccd | Dia chi thuong tru=address:address_ascii | Thua dat so=-:parcel106"
        " | To ban do so=-:sheet106 | Dien tich CMD (m2)=-:area106"
        " | Muc dich truoc CMD=-:before106 | Muc dich sau CMD=-:after106"
        " | Vi tri thua dat=-:site106 | So thong bao thue=-:notice106"
        " | Tien SDD phai nop (dong)=-:fee106 | Han nop=date@%d/%m/%Y | SDT=phone"
        " | Tinh trang nop=-:paid106",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "manm_kes_popile_ht106",
        "No=row | Nimewo manm / No membre=-:member_ht106 | NIU=national_id:niu_ht106"
        " | Non / Nom=family_name:ht_family106 | Prenon / Prénom=given_name:ht_given106"
        " | Sèks / Sexe=sex:sex_ht106 | Dat nesans / Date de naissance=birth_date@%d/%m/%Y"
        " | Adrès / Adresse=street:street_ht106 | Komin / Commune=district:komin_ht106"
        " | Depatman / Département=state:dept_ht106 | Telefòn / Téléphone=phone:phone_ht106"
        " | Okipasyon / Profession=-:job_ht106 | Depo (HTG)=-:deposit_ht106"
        " | Benefisyè / Ayant droit=-:heir_ht106 | Dat adezyon / Date d'adhésion=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "nomina_tss_empleador_do106",
        "No.=row | Cédula=national_id:cedula_do106 | NSS=-:nss_do106"
        " | Nombres=given_name:do_given106 | Primer apellido=family_name:do_pat106"
        " | Segundo apellido=-:do_mat106 | Sexo=sex:sex_do106"
        " | Fecha de nacimiento=birth_date@%d/%m/%Y | Fecha de ingreso=date@%d/%m/%Y"
        " | Salario cotizable (RD$)=-:salary_do106 | Ocupación=-:job_do106"
        " | Dirección=street:street_do106 | Sector=suburb:sector_do106"
        " | Municipio=district:mun_do106 | Teléfono=phone:phone_do106 | ARS=-:ars_do106",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "heart_nsta_trainees_jm106",
        "No.=row | Trainee ID=-:trainee_jm106 | TRN=national_id:trn_jm106"
        " | Surname=family_name:jm_family106 | First Name=given_name:jm_given106"
        " | Middle Name=-:jm_middle106 | Date of Birth=birth_date@%d-%b-%Y"
        " | Gender=sex:sex_jm106 | Address Line 1=street:street_jm106"
        " | Town/District=district:town_jm106 | Parish=state:parish_jm106"
        " | Mobile No.=phone:phone_jm106 | Training Institution=-:inst_jm106"
        " | Programme=-:prog_jm106 | NVQ-J Level=-:level_jm106 | Next of Kin=-:kin_jm106"
        " | Next of Kin Contact=-:kin_phone_jm106 | Enrolment Date=date@%d-%b-%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "hdc_housing_applicants_tt106",
        "No.=row | Application Ref.=-:hdc_tt106 | National ID No.=national_id:id_tt106"
        " | Surname=family_name:tt_family106 | First Name=given_name:tt_given106"
        " | Date of Birth=birth_date@%Y-%m-%d | Sex=sex:sex_tt106"
        " | Marital Status=-:marital_tt106 | Home Address=street:street_tt106"
        " | Town/Village=district:town_tt106 | Regional Corporation=state:corp_tt106"
        " | Contact No.=phone:phone_tt106 | Employer=-:employer_tt106"
        " | Gross Monthly Income (TT$)=-:income_tt106 | Household Size=-:hh_tt106"
        " | Co-Applicant=-:coapp_tt106 | Date of Application=date@%Y-%m-%d"
        " | Status=-:status_tt106",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "nhi_enrolment_bs106",
        "#=row | NIB No.=national_id:nib_bs106 | Last Name=family_name:bs_family106"
        " | First Name=given_name:bs_given106 | DOB=birth_date@%m/%d/%Y | Sex=sex:sex_bs106"
        " | Street Address=street:street_bs106 | Settlement=district:settle_bs106"
        " | Island=state:island_bs106 | Phone=phone:phone_bs106"
        " | Primary Care Provider=-:pcp_bs106 | PCP Address=-:clinic_addr_bs106"
        " | Employer=-:employer_bs106 | Emergency Contact=-:ec_bs106"
        " | Date Enrolled=date@%m/%d/%Y",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats (the Jamaican day-month-name dates).
INVALID_DAY: dict[str, str] = {"%d-%b-%Y": "31-Feb-{y}"}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "niu_ht106",
    "cedula_do106",
    "trn_jm106",
    "id_tt106",
    "nib_bs106",
)
SEX_HOLDS: tuple[str, ...] = ("sex_ht106", "sex_do106", "sex_jm106", "sex_tt106", "sex_bs106")
NAME_HOLDS = frozenset(
    {"ht_family106", "ht_given106", "do_given106", "do_pat106", "jm_family106", "jm_given106"}
    | {"tt_family106", "tt_given106", "bs_family106", "bs_given106"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ht106",
    "phone_do106",
    "phone_jm106",
    "phone_tt106",
    "phone_bs106",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("home_addr106",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND106",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND106",
]
