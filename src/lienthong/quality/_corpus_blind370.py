"""The three-hundred-and-seventieth part of the outside corpus, **blind 370** (written 13:40
UTC, 2026-12-07, never used for tuning): person files the project offices of UNICEF, the World
Bank, ADB, USAID, KOICA, JICA, Plan International, a savings-group NGO and a UNDP/GCF
housing project could hand over, all beneficiary registers made for the donor in Vietnam:
English or bilingual English/Vietnamese headers over Vietnamese data.
A UNICEF cash transfer list for mothers of children under two in UTF-8 with a BOM (the
beneficiary id, the caregiver, the CCCD, the ethnicity, the child and his birth date, the
nutrition status, the amount and payment status, the commune and the old district and
province); a World Bank community-driven sub-project's list of common-interest-group members in
Excel (the sub-project code, the group, the household head, poverty status, the grant and the
counterpart contribution); an ADB rural water supply household connection register in UTF-8
with semicolons (the connection code, the meter, the fee, the village and full address); a
USAID disability support register in UTF-16 with tabs (the client id, the Washington Group
score, the service, the caregiver and his phone); a KOICA vocational-training trainee list in
Excel (the course, attendance, job status, employer); a JICA farmer-group register in UTF-8
with tabs (the group code, the crop, the area, the yield, the extension worker); a Plan
International sponsored-children register in UTF-8 (the child number, the school, the grade,
the parent); a village savings and loan group member list in UTF-8 with a BOM and semicolons
(the group, the shares, the loan, the role); and a UNDP/GCF storm-resilient housing grant list
in UTF-16 (the house type, the stage, the grant, the GPS point, the old and new province).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind370_writers import WRITERS_BLIND370
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND370: tuple[Shape, ...] = (
    _shape(
        "unicef_cash_transfer_mothers_children_under_two_beneficiary_list_vn370",
        "No. / STT=row | Beneficiary ID=-:uc_id370"
        " | Caregiver full name / Họ tên người chăm sóc=full_name"
        " | DOB / Ngày sinh=birth_date@%d/%m/%Y | ID card No. / Số CCCD=cccd"
        " | Ethnicity / Dân tộc=-:ethnic370 | Child name / Tên trẻ=-:child370"
        " | Child DOB=-:child_dob370 | Nutrition status=-:nutri370"
        " | Village / Thôn bản=-:village370 | Commune / Xã=ward:commune370"
        " | District / Huyện=district:district370 | Province / Tỉnh=province:province370"
        " | Phone (Zalo)=phone | Amount (VND)=-:ct_amount370 | Payment date=date@%d/%m/%Y"
        " | Status=-:ct_status370 | Enumerator=-:enum370",
        encoding="utf-8-sig",
    ),
    _shape(
        "wb_cdd_subproject_common_interest_group_members_vn370",
        "#=row | Sub-project code=-:wb_sp370 | CIG name=-:wb_group370 | Full name=full_name"
        " | Sex=sex:sex_en | Year/DOB=birth_date@%d/%m/%Y | ID card No.=cccd:cccd_spaced"
        " | Household head=-:head370 | Relation to HH head=-:rel370 | Ethnicity=-:ethnic370"
        " | Poverty status=-:poor370 | Commune=ward:commune_bare370"
        " | District (old)=district:district370 | Activity=-:wb_act370"
        " | Grant (VND)=-:wb_grant370 | Counterpart (VND)=-:wb_contrib370"
        " | Date joined=date@%d/%m/%Y | Mobile=phone:phone_dotted",
        file="xlsx",
    ),
    _shape(
        "adb_rural_water_supply_household_connection_register_vn370",
        "STT=row | Connection code=-:adb_conn370 | Household head / Chủ hộ=full_name"
        " | DOB=birth_date@%d.%m.%Y | Gender / Giới tính=sex | CCCD No.=cccd"
        " | Address / Địa chỉ=address:addr370 | Province (old)=province:province_bare370"
        " | Phone=phone | HH members=-:shares370 | Poverty status=-:poor370"
        " | Meter No.=-:adb_meter370 | Connection fee (VND)=-:adb_fee370"
        " | Status=-:adb_status370 | Survey date=date@%d.%m.%Y | Surveyor=-:enum370",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "usaid_disability_support_client_register_vn370",
        "#=row | Client ID=-:usaid_id370 | Full name / Họ và tên=full_name"
        " | DOB=birth_date@%Y-%m-%d"
        " | Sex=sex:sex_en | ID card No.=cccd | Disability status / Dạng tật=-:disab370"
        " | WG-SS score=-:usaid_wg370 | Service provided=-:usaid_svc370"
        " | Service date=date@%Y-%m-%d | Caregiver=-:caregiver370"
        " | Caregiver phone=-:cg_phone370 | Phone (Zalo)=phone | Commune=ward:commune370"
        " | District=district:district370 | Province=province:province370"
        " | Case worker=-:enum370 | Last updated=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "koica_vocational_training_trainee_list_vn370",
        "No=row | Trainee ID=-:koica_id370 | Họ tên / Full name=full_name"
        " | Ngày sinh / DOB=birth_date@%d/%m/%Y | Giới tính / Gender=sex"
        " | Số CCCD / ID No.=cccd | Dân tộc / Ethnicity=-:ethnic370"
        " | Khuyết tật / Disability=-:disab370 | Địa chỉ thường trú / Permanent address=address"
        " | SĐT / Phone=phone | Course=-:koica_course370 | Start date=date@%d/%m/%Y"
        " | Attendance=-:koica_att370 | Job status (6 mo)=-:koica_job370"
        " | Employer=-:employer370 | Email=email",
        file="xlsx",
    ),
    _shape(
        "jica_farmer_group_register_extension_project_vn370",
        "No.=row | Group code=-:jica_grp370 | Farmer name=full_name | Sex=sex:sex_en"
        " | Birthday=birth_date@%Y/%m/%d | ID card=cccd | Hamlet=-:village370"
        " | Commune=ward:commune370 | District=district:district370"
        " | Crop=-:jica_crop370 | Area=-:jica_area370 | Yield=-:jica_yield370"
        " | Training date=date@%Y/%m/%d | Extension worker=-:enum370"
        " | Tel.=phone:phone_spaced",
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "plan_international_sponsored_children_register_vn370",
        "S/N=row | Child No.=-:plan_child370 | Child name / Họ tên trẻ=full_name"
        " | DOB / Ngày sinh=birth_date@%d/%m/%Y | Sex / Giới=sex"
        " | Ethnicity=-:ethnic370 | Disability status=-:disab370 | School=-:school370"
        " | Grade=-:grade370 | Parent/guardian=-:caregiver370"
        " | Guardian phone=-:cg_phone370 | Village=-:village370 | Commune=ward:commune370"
        " | District=district:district370 | Province=province:province_bare370"
        " | Status=-:plan_status370 | Last visit=date@%d/%m/%Y | CDF=-:enum370",
        encoding="utf-8",
    ),
    _shape(
        "vsla_village_savings_loan_group_member_list_ngo_vn370",
        "STT=row | VSLA group=-:vsla370 | Member name / Họ tên=full_name"
        " | DOB=birth_date@%d-%m-%Y | CCCD=cccd | Ethnicity / Dân tộc=-:ethnic370"
        " | Role=-:vsla_role370 | Shares=-:shares370 | Loan outstanding (VND)=-:loan370"
        " | Phone (Zalo)=phone | Commune / Xã=ward:commune_bare370"
        " | Province=province:province_bare370 | Meeting date=date@%d-%m-%Y"
        " | Facilitator=-:enum370 | Notes=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "undp_gcf_storm_resilient_housing_grant_recipients_vn370",
        "No.=row | Recipient code=-:undp_id370 | Full name of HH head=full_name"
        " | DOB=birth_date@%d/%m/%Y | Sex=sex:sex_en | ID No. (CCCD)=cccd"
        " | Female-headed=-:fhh370 | Disability in HH=-:disab370"
        " | Commune=ward:commune370 | District (pre-2025)=district:district370"
        " | Province (pre-2025)=province:province370 | Province (new)=-:province_new370"
        " | GPS=-:gps370 | House type=-:house370 | Stage=-:stage370"
        " | Grant (VND)=-:house_grant370 | Handover date=date@%d/%m/%Y"
        " | Phone=phone | Monitoring officer=-:enum370 | Officer phone=-:enum_phone370",
        encoding="utf-16",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ()
SEX_HOLDS: tuple[str, ...] = ()
NAME_HOLDS: frozenset[str] = frozenset()
PHONE_HOLDS: tuple[str, ...] = ()
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr370",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND370",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND370",
]
