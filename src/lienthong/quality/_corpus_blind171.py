"""The hundred-and-seventy-first part of the outside corpus, **blind 171** (written 23:02 UTC,
2026-12-06, never used for tuning): person files a district labour office, a commune health
station, a rubber estate, a provincial oncology ward, a Nunavut housing association, New
Brunswick's drug plans, a Manitoba income assistance office, Nova Scotia's family practice
registry and a Saskatchewan income support office could hand over. Four Vietnamese files: a
district's list of the children of martyrs and invalids receiving the education allowance, in
UTF-8 with semicolons (the merit category, the parent who has it, the school and its level, the
monthly allowance, the tuition exemption, the decision); a health station's list of
undernourished children under five in Excel (the child's birth date, the health insurance card,
the mother and her phone, the hamlet, weight and height, the classification, the supplement);
a rubber company's list of workers holding latex-tapping plots in Windows-1258 with tabs and
headers without diacritics (the spaced CCCD, the team and its head, the plot, its area, the
clone, the tree count, the latex in kg, the social insurance number); and an oncology ward's
outpatient chemotherapy list in UTF-16 with semicolons (the patient code, the diagnosis with its
ICD code, the regimen and cycle, the next appointment, the doctor, a carer and the carer's phone,
the time last updated).
Five foreign files: a Nunavut local housing organization's tenant roster in UTF-8 with English
and Inuktitut syllabics headers (the SIN with its Luhn digit, the health card, the names in
roman spelling and in syllabics, the house number, the community and its X0A postal code, the
bedrooms, the household, the assessed rent, a co-signer); a New Brunswick drug plans enrolment
in Windows-1252 with bilingual English/French headers (the Medicare number, the language of
service, French and English addresses, the plan, the pharmacy, the co-payment); a Manitoba
Employment and Income Assistance caseload in Excel (the case number, the SIN with dashes, the
PHIN, the registration number, the category, the office and the worker, the monthly benefit); a
Nova Scotia Need a Family Practice registry extract in UTF-8 with a BOM (the ten-digit health
card, the community, the health zone, the previous provider, the contact preference); and a
Saskatchewan Income Support client list in Latin-1 with semicolons (the SIN, the health services
number, the First Nation, the shelter amount, the spouse).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind171_writers import WRITERS_BLIND171
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND171: tuple[Shape, ...] = (
    _shape(
        "tro_cap_uu_dai_giao_duc_con_nguoi_co_cong_phong_ldtbxh_vn171",
        "STT=row | Họ và tên học sinh, sinh viên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số định danh cá nhân=cccd | Nơi cư trú=address | Họ tên người có công=-:parent171"
        " | Diện ưu đãi=-:merit171 | Trường đang học=-:school171 | Cấp học=-:level171"
        " | Mức trợ cấp (đồng/tháng)=-:allowance171 | Miễn, giảm học phí=-:tuition171"
        " | Số QĐ=-:decision171 | Ngày QĐ=date@%d/%m/%Y | SĐT=phone | Ghi chú=-:note_vi",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "tre_em_suy_dinh_duong_duoi_5_tuoi_bo_sung_vi_chat_tram_y_te_vn171",
        "TT=row | Họ tên trẻ=full_name | Ngày sinh=birth_date:child_birth171 | Giới=sex"
        " | Số thẻ BHYT=bhyt | Họ tên mẹ (người chăm sóc)=-:mother171"
        " | ĐT mẹ=-:mother_phone171 | Thôn/ấp=-:hamlet171 | Địa chỉ=address"
        " | Cân nặng (kg)=-:weight171 | Chiều cao (cm)=-:height171"
        " | Phân loại SDD=-:status171 | Sản phẩm bổ sung=-:supplement171"
        " | Ngày cân đo=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "cong_nhan_nhan_khoan_vuon_cay_cao_su_cong_ty_vn171",
        "STT=row | Ho ten CN=full_name | Nam sinh=birth_date@%d/%m/%Y | Gioi tinh=sex"
        " | So CCCD=cccd:cccd_spaced | Thuong tru=address | Doi=-:team171"
        " | Doi truong=-:team_head171 | Lo cao su=-:plot171 | DT (ha)=-:area171"
        " | Giong=-:clone171 | So cay cao=-:trees171 | San luong mu (kg)=-:latex171"
        " | So so BHXH=bhxh | Ngay nhan khoan=date@%d/%m/%Y | DT lien lac=phone",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "benh_nhan_hoa_tri_ngoai_tru_khoa_ung_buou_bv_tinh_vn171",
        "STT=row | Mã BN=-:patient171 | Họ tên BN=full_name"
        " | Năm sinh / Ngày sinh=birth_date@%d/%m/%Y | Giới=sex | CCCD=cccd"
        " | Mã thẻ BHYT=bhyt | Địa chỉ=address"
        " | Chẩn đoán (ICD-10)=-:diagnosis171 | Phác đồ=-:regimen171 | Chu kỳ=-:cycle171"
        " | Ngày hẹn truyền=date@%d/%m/%Y | BS điều trị=-:doctor171"
        " | Người nhà=-:carer171 | SĐT người nhà=-:carer_phone171 | SĐT BN=phone"
        " | Cập nhật=timestamp",
        encoding="utf-16",
        delimiter=";",
    ),
    _shape(
        "lho_public_housing_tenant_roster_nu171",
        "#=row | SIN / ᐃᓅᓯᕐᒥ ᓈᓴᐅᑎ=national_id:sin_nu171"
        " | Health Card No. / ᐋᓐᓂᐊᖃᕐᓇᙱᓪᓗᓂ ᓈᓴᐅᑎ=-:hc_nu171"
        " | Surname=family_name:iu_family171 | ᐊᑎᖓ ᑭᖑᓪᓕᖅ=-:iu_family_syl171"
        " | Given Name=given_name:iu_given171 | ᐊᑎᖓ=-:iu_given_syl171"
        " | Sex=sex:sex_nu171 | Date of Birth / ᐃᓅᓯᖓ=birth_date@%Y-%m-%d"
        " | Unit / ᐃᒡᓗ=street:unit_nu171 | Community / ᓄᓇᓕᒃ=district:community_nu171"
        " | Postal Code=postcode:pc_nu171 | Phone / ᐅᖄᓚᐅᑦ=phone:phone_nu171"
        " | Bedrooms=-:bedrooms_nu171 | Household Size=-:household_nu171"
        " | Assessed Rent=-:rent_nu171 | LHO=-:lho_nu171 | Co-signer=-:cosigner_nu171"
        " | Lease Start=date@%Y-%m-%d",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "nb_drug_plans_enrolment_regimes_medicaments_nb171",
        "No.=row | Medicare No. / No d'assurance-maladie=national_id:medicare_nb171"
        " | Last Name / Nom de famille=family_name:nb_family171"
        " | First Name / Prénom=given_name:nb_given171 | Sex / Sexe=sex:sex_nb171"
        " | Date of Birth / Date de naissance=birth_date@%Y-%m-%d"
        " | Language / Langue=-:lang_nb171 | Mailing Address / Adresse postale=street:street_nb171"
        " | City / Ville=district:city_nb171 | Postal Code / Code postal=postcode:pc_nb171"
        " | Telephone / Téléphone=phone:phone_nb171 | Plan / Régime=-:plan_nb171"
        " | Pharmacy / Pharmacie=-:pharmacy_nb171 | Co-pay / Quote-part=-:copay_nb171"
        " | Effective Date / Date d'entrée en vigueur=date@%Y-%m-%d",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "eia_caseload_income_assistance_mb171",
        "Line=row | Case No.=-:case_mb171 | SIN=national_id:sin_mb171 | PHIN=-:phin_mb171"
        " | MB Health Reg. No.=-:reg_mb171 | Last Name=family_name | First Name=given_name"
        " | Gender=sex:sex_mb171 | DOB=birth_date@%d/%m/%Y | Address=street:street_mb171"
        " | City/Town=district:city_mb171 | Postal Code=postcode:pc_mb171"
        " | Phone=phone:phone_mb171 | Category=-:category_mb171 | Office=-:office_mb171"
        " | Case Worker=-:worker_mb171 | Monthly Benefit ($)=-:benefit_mb171"
        " | Intake Date=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "need_a_family_practice_registry_ns171",
        "Row=row | Health Card Number=national_id:hcn_ns171 | Patient Last Name=family_name"
        " | Patient First Name=given_name | Birthdate=birth_date@%d-%b-%Y"
        " | Street Address=street:street_ns171 | Community=district:town_ns171"
        " | Postal Code=postcode:pc_ns171 | NS Health Zone=-:zone_ns171"
        " | Primary Phone=phone:phone_ns171 | Email=email | Preferred Contact=-:ns_contact171"
        " | Previous Provider=-:prev_np_ns171 | Attached To=-:clinic_ns171"
        " | Date Registered=date@%d-%b-%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "sis_client_list_income_support_sk171",
        "No=row | Client ID=-:client_sk171 | Social Insurance Number=national_id:sin_sk171"
        " | Sask. Health Services No.=-:hsn_sk171 | Surname=family_name | Given Names=given_name"
        " | Sex=sex:sex_sk171 | Birth Date=birth_date@%Y-%m-%d | Residence=street:street_sk171"
        " | City=district:city_sk171 | Postal=postcode:pc_sk171 | Phone=phone:phone_sk171"
        " | First Nation=-:reserve_sk171 | Spouse/Partner=-:spouse_sk171"
        " | Shelter Benefit=-:shelter_sk171 | Start Date=date@%Y-%m-%d",
        english=True,
        encoding="latin-1",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats.
INVALID_DAY: dict[str, str] = {"%d-%b-%Y": "31-Feb-{y}"}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "sin_nu171",
    "medicare_nb171",
    "sin_mb171",
    "hcn_ns171",
    "sin_sk171",
)
SEX_HOLDS: tuple[str, ...] = ("sex_nu171", "sex_nb171", "sex_mb171", "sex_sk171")
NAME_HOLDS = frozenset({"iu_family171", "iu_given171", "nb_family171", "nb_given171"})
PHONE_HOLDS: tuple[str, ...] = (
    "phone_nu171",
    "phone_nb171",
    "phone_mb171",
    "phone_ns171",
    "phone_sk171",
)
#: addresses written with ``", "`` between their parts: none of this part's own
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND171",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND171",
]
