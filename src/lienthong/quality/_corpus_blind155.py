"""The hundred-and-fifty-fifth part of the outside corpus, **blind 155** (written 22:27 UTC,
2026-12-06, never used for tuning): person files a district cultural centre's đờn ca tài tử club,
a factory's trade union, a commune's police, a ward's police, British Columbia's PharmaCare, an
Alberta AISH office, the Texas Department of Public Safety, a California county's IHSS office and
Puerto Rico's health insurance administration could hand over.
Four Vietnamese files: the members of a đờn ca tài tử club in UTF-8 with a BOM and semicolons
(the part each plays, the day they joined, their titles); workers sitting a trade grade
examination in Excel, names in capitals (the staff code, the trade, the grade held and the grade
sat, the theory and practice marks, the team leader); drone flights notified to a commune's
police in Windows-1258 with tabs (the device, its serial, where and why it flies, the height, the
defence ministry's permit); and a ward police's book of stolen property handed back in UTF-16
with tabs (the case number, the property and its value, the day it was lost and the day it came
back, the officer, who signed for it).
Five foreign files: British Columbia's Fair PharmaCare registrations (the PHN with its mod-11
digit, surname and given names, the mailing address, city, province and postal code, the
spouse's PHN, the family's net income, the deductible and family maximum); an Alberta AISH
office's client files in capitals (the file number, the Alberta health care number, the
caseworker and office, the benefit and its amount, the trustee, the review date); a Texas DPS
driver licence issuance export in capitals (the licence number and class, height and eyes, the
residence address, city, state and ZIP, the SSN, the expiry, organ donor and veteran flags); a
California county's IHSS provider enrolment in camelCase (the provider number, the SSN written
without dashes, the California licence, the recipient served and their case number, the Live Scan
clearance, the status, the last update); and Puerto Rico's Plan Vital beneficiaries in Spanish
(the MPI, the SSN, both surnames together, the postal address with its municipio and ZIP, the
region, the insurer, the coverage group, the recertification).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind155_writers import WRITERS_BLIND155
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND155: tuple[Shape, ...] = (
    _shape(
        "hoi_vien_clb_don_ca_tai_tu_trung_tam_van_hoa_huyen_vn155",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Nam/Nữ=sex"
        " | Số CCCD=cccd | Điện thoại=phone | Nơi ở hiện nay=address"
        " | Đờn/Ca=-:dc_role155 | Ngày vào CLB=date@%d/%m/%Y | Danh hiệu=-:dc_title155"
        " | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "cong_nhan_du_thi_nang_bac_tho_cong_doan_cong_ty_vn155",
        "TT=row | Mã NV=-:nb_emp155 | Họ và tên=full_name:full_name_caps"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd"
        " | Nghề=-:nb_trade155 | Bậc hiện hưởng=-:nb_grade155 | Bậc dự thi=-:nb_next155"
        " | Điểm LT=-:nb_theory155 | Điểm TH=-:nb_practice155 | Kết quả=-:nb_result155"
        " | Tổ trưởng=-:nb_lead155 | Ngày thi=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "thong_bao_bay_flycam_tau_bay_khong_nguoi_lai_cong_an_xa_vn155",
        "STT=row | Họ tên người điều khiển=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | CCCD=cccd | SĐT=phone:phone_dotted | Nơi cư trú=address"
        " | Loại thiết bị=-:fc_device155 | Số seri=-:fc_serial155 | Khu vực bay=-:fc_area155"
        " | Mục đích=-:fc_purpose155 | Ngày bay=date@%d/%m/%Y | Độ cao (m)=-:fc_height155"
        " | Số GP=-:fc_permit155",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "so_theo_doi_tra_lai_tai_san_bi_mat_cap_cong_an_phuong_vn155",
        "STT=row | Số vụ việc=-:tl_case155 | Họ tên người bị hại=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd | Điện thoại=phone | Địa chỉ=address"
        " | Tài sản=-:tl_item155 | Trị giá (đ)=-:tl_value155 | Ngày bị mất=date:tl_lost155"
        " | Ngày trả lại=date@%d/%m/%Y | Cán bộ trả=-:tl_officer155 | Ký nhận=-:tl_sign155",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "fair_pharmacare_registrations_health_insurance_bc_ca155",
        "#=row | Registration ID=-:bc_reg155 | PHN=national_id:bc_phn155"
        " | Surname=family_name:bc_family155 | Given Name(s)=given_name:bc_given155"
        " | Birthdate=birth_date@%Y-%m-%d | Gender=sex:bc_sex155"
        " | Mailing Address=street:bc_street155 | City=district:bc_city155"
        " | Prov=state:bc_prov155 | Postal Code=postcode:bc_postal155"
        " | Phone=phone:bc_phone155 | Spouse PHN=-:bc_spouse_phn155"
        " | Family Net Income=-:bc_income155 | Deductible=-:bc_deduct155"
        " | Family Maximum=-:bc_max155 | Coverage Start=date@%Y-%m-%d"
        " | Consent=-:bc_consent155",
        english=True,
    ),
    _shape(
        "aish_client_files_income_support_office_ab_ca155",
        "REC=row | FILE NO=-:ab_file155 | AHCN=national_id:ab_ahcn155"
        " | LAST NAME=family_name:ab_family155"
        " | FIRST NAME=given_name:ab_given155 | DOB=birth_date@%Y-%m-%d | SEX=sex:ab_sex155"
        " | ADDRESS=street:ab_street155 | CITY=district:ab_city155"
        " | POSTAL CODE=postcode:ab_postal155 | PHONE=phone:ab_phone155"
        " | CASEWORKER=-:ab_worker155 | OFFICE=-:ab_office155 | BENEFIT TYPE=-:ab_benefit155"
        " | MONTHLY AMT=-:ab_amount155 | TRUSTEE=-:ab_trustee155"
        " | ELIGIBILITY DATE=date@%Y-%m-%d | NEXT REVIEW=date:ab_review155",
        english=True,
    ),
    _shape(
        "driver_license_issuance_dps_tx_us155",
        "SEQ=row | DL NUMBER=-:tx_dl155 | CLASS=-:tx_class155 | LAST NAME=family_name:tx_family155"
        " | FIRST NAME=given_name:tx_given155 | DOB=birth_date@%m/%d/%Y | SEX=sex:tx_sex155"
        " | HGT=-:tx_height155 | EYES=-:tx_eyes155 | RESIDENCE ADDRESS=street:tx_street155"
        " | CITY=district:tx_city155 | ST=state:state_tx155 | ZIP=postcode:tx_zip155"
        " | SSN=national_id:tx_ssn155 | ISSUE DATE=date@%m/%d/%Y | EXP DATE=date:tx_exp155"
        " | ORGAN DONOR=-:tx_donor155 | VETERAN=-:tx_veteran155",
        english=True,
    ),
    _shape(
        "ihss_provider_enrollment_county_social_services_ca_us155",
        "rowId=row | providerNumber=-:ca_prov155 | lastName=family_name:ca_family155"
        " | firstName=given_name:ca_given155 | dateOfBirth=birth_date@%m/%d/%Y"
        " | gender=sex:ca_sex155 | ssn=national_id:ca_ssn155 | caDlIdNumber=-:ca_dl155"
        " | residenceStreet=street:ca_street155 | residenceCity=district:ca_city155"
        " | residenceZip=postcode:ca_zip155 | primaryPhone=phone:ca_phone155 | email=email"
        " | recipientName=-:ca_recipient155 | recipientCaseNumber=-:ca_case155"
        " | orientationDate=date@%m/%d/%Y | liveScanClearedDate=date:ca_livescan155"
        " | enrollmentStatus=-:ca_status155 | lastUpdated=timestamp:ca_updated155",
        english=True,
    ),
    _shape(
        "beneficiarios_plan_vital_ases_pr155",
        "NUM=row | NUM MPI=-:pr_mpi155 | NOMBRE=given_name:pr_given155"
        " | APELLIDOS=family_name:pr_family155"
        " | SEGURO SOCIAL=national_id:pr_ssn155 | FECHA NAC=birth_date@%m/%d/%Y"
        " | SEXO=sex:pr_sex155 | DIRECCION POSTAL=address:pr_addr155"
        " | MUNICIPIO=district:pr_muni155 | TELEFONO=phone:pr_phone155"
        " | REGION=-:pr_region155 | ASEGURADORA=-:pr_mco155 | GRUPO COBERTURA=-:pr_group155"
        " | FECHA ELEGIBILIDAD=date@%m/%d/%Y | FECHA RECERTIFICACION=date:pr_recert155",
        english=True,
        encoding="utf-8-sig",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "bc_phn155",
    "ab_ahcn155",
    "tx_ssn155",
    "ca_ssn155",
    "pr_ssn155",
)
SEX_HOLDS: tuple[str, ...] = ("bc_sex155", "ab_sex155", "tx_sex155", "ca_sex155", "pr_sex155")
NAME_HOLDS = frozenset(
    {
        "bc_family155",
        "bc_given155",
        "ab_family155",
        "ab_given155",
        "tx_family155",
        "tx_given155",
        "ca_family155",
        "ca_given155",
        "pr_given155",
        "pr_family155",
    }
)
PHONE_HOLDS: tuple[str, ...] = ("bc_phone155", "ab_phone155", "ca_phone155", "pr_phone155")
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("pr_addr155",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND155",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND155",
]
