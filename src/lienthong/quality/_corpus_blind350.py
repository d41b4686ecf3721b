"""The three hundred and fiftieth part of the outside corpus, **blind 350** (written 12:55 UTC,
2026-12-07, never used for tuning): person files a ward registering exchanged disability
certificates, a province's assistive-device programme, a special school, a college's
sign-language interpreter course, an Ontario assistive devices office, an NDIS provider, a New
Zealand needs-assessment service, an Irish HSE community care office and an English NHS wheelchair
service could hand over. Four Vietnamese files: a ward's book of disability certificates
exchanged or reissued (giấy xác nhận mức độ khuyết tật) in UTF-8 with a BOM and semicolons (the
form and level of disability, the old certificate number, the reason, the date of the
reassessment, the new number and its date, a person receiving it on their behalf); a list of
people receiving wheelchairs, tricycles and hearing aids in Excel (the device and its serial, the
donor, the guardian, the signature); a special school's pupils in UTF-16 with tabs (the pupil
code, a birth date of a child, the ethnicity, the form of disability, the class, the guardian
with the relation, their CCCD and phone); and a college's sign-language interpreter course in
Windows-1258 with semicolons (the workplace, the job, the level on entry, the score, the grade,
the certificate number and date).
Five foreign files: an Ontario Assistive Devices Program list (the SIN with its Luhn digit, the
Ontario health number with its version code, postal codes, the authorizer and vendor); an NDIS
plan review list in Excel (the Medicare card number with its 1-3-7-9 digit and issue number, the
NDIS number, suburb/state/postcode, the plan nominee); a New Zealand NASC referral list in UTF-8
(the NHI with its mod-11 digit, ethnicity with macrons, suburb and town); an Irish HSE aids and
appliances list in Windows-1252 (the PPS number with its check letter, fadas and Ó/Ní surnames,
Eircodes, the medical card number); and an English wheelchair service list (the NHS number with
its mod-11 digit, the title, UK postcodes, the GP practice, the NI number beside it).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind350_writers import WRITERS_BLIND350
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND350: tuple[Shape, ...] = (
    _shape(
        "so_cap_doi_cap_lai_giay_xac_nhan_muc_do_khuyet_tat_ubnd_phuong_vn350",
        "STT=row | Họ và tên người khuyết tật=full_name"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số định danh cá nhân=cccd | Nơi cư trú=address | Dạng khuyết tật=-:dang350"
        " | Mức độ khuyết tật=-:muc350 | Số giấy XN cũ=-:gxn_old350"
        " | Lý do cấp đổi / cấp lại=-:reason350 | Ngày họp HĐ xác định lại=date@%d/%m/%Y"
        " | Số giấy XN mới=-:gxn_new350 | Ngày cấp=date:issued350"
        " | Người nhận thay (nếu có)=-:proxy350 | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "nguoi_khuyet_tat_nhan_xe_lan_may_tro_thinh_nha_tai_tro_so_ldtbxh_vn350",
        "TT=row | Họ tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Nam/Nữ=sex"
        " | CCCD=cccd:cccd_spaced | Địa chỉ=address | Dạng tật=-:dang350"
        " | Loại phương tiện trợ giúp=-:device350 | Số seri=-:serial350"
        " | Đơn vị tài trợ=-:donor350 | Ngày trao=date@%d/%m/%Y"
        " | Người giám hộ / nhận thay=-:guardian350 | SĐT liên hệ=phone"
        " | Ký nhận=-:sign350",
        file="xlsx",
    ),
    _shape(
        "hoc_sinh_truong_giao_duc_chuyen_biet_va_phu_huynh_vn350",
        "STT=row | Mã học sinh=-:mahs350 | Họ và tên học sinh=full_name"
        " | Ngày sinh=birth_date:pupil_birth350 | Giới tính=sex | Dân tộc=-:ethnic350"
        " | Dạng khuyết tật=-:dang350 | Lớp=-:class350 | Hình thức học=-:mode350"
        " | Họ tên cha/mẹ (người giám hộ)=-:guardian350 | Quan hệ với HS=-:rel350"
        " | Số CCCD người giám hộ=-:gid350 | ĐT phụ huynh=-:gphone350"
        " | Nơi ở hiện nay=address | Ngày nhập học=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hoc_vien_lop_phien_dich_ngon_ngu_ky_hieu_truong_cao_dang_vn350",
        "STT=row | Họ và tên học viên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Đơn vị công tác=-:work350"
        " | Nghề nghiệp / chức vụ=-:job350 | Điện thoại=phone | Email=email"
        " | Trình độ NNKH đầu vào=-:level350 | Điểm cuối khóa=-:score350"
        " | Xếp loại=-:grade350 | Số chứng chỉ=-:certno350 | Ngày cấp CC=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "assistive_devices_program_clients_on_ca350",
        "Line=row | Last Name=family_name | First Name=given_name"
        " | Date of Birth (YYYY/MM/DD)=birth_date@%Y/%m/%d | Sex=sex:sex_ca350"
        " | SIN=national_id:sin350 | Health Number / Version=-:ohip350"
        " | Street Address=street:street_ca350 | City=district:city_ca350"
        " | Prov=state:prov_ca350 | Postal Code=postcode:pc_ca350"
        " | Telephone=phone:phone_ca350 | Device Category=-:device_ca350"
        " | Authorizer=-:auth_ca350 | Vendor=-:vendor_ca350"
        " | ADP Approval Date=date@%Y/%m/%d | ADP Portion ($)=-:amount_ca350",
        english=True,
    ),
    _shape(
        "ndis_participant_plan_reviews_au350",
        "#=row | Participant Name=full_name | NDIS Number=-:ndis350"
        " | Medicare Card No.=national_id:medicare350 | DOB=birth_date@%d/%m/%Y"
        " | Gender=sex:sex_au350 | Residential Address=street:street_au350"
        " | Suburb=suburb:suburb_au350 | State=state:state_au350 | Postcode=postcode:pc_au350"
        " | Mobile=phone:phone_au350 | Primary Disability=-:disability_au350"
        " | Plan Nominee=-:nominee_au350 | Support Coordinator=-:coord_au350"
        " | Plan Review Due=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "nasc_needs_assessment_referrals_nz350",
        "Seq=row | NHI=national_id:nhi350 | Surname=family_name | Given Name(s)=given_name"
        " | DOB=birth_date@%d/%m/%Y | Gender=sex:sex_nz350 | Ethnicity=-:ethnic_nz350"
        " | Address=street:street_nz350 | Suburb=suburb:suburb_nz350"
        " | Town/City=district:city_nz350 | Postcode=postcode:pc_nz350"
        " | Contact Phone=phone:phone_nz350 | Referrer=-:referrer_nz350"
        " | Referral Received=date@%d/%m/%Y | Outcome=-:outcome_nz350",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "hse_aids_appliances_requests_ie350",
        "No.=row | PPS No.=national_id:pps350 | Surname=family_name:ie_family350"
        " | First Name=given_name:ie_given350 | Date of Birth=birth_date@%d/%m/%Y"
        " | Address Line 1=street:street_ie350 | Town=district:town_ie350"
        " | County=state:county_ie350 | Eircode=postcode:eircode350"
        " | Phone No.=phone:phone_ie350 | Medical Card No.=-:medcard_ie350"
        " | Appliance Requested=-:appliance_ie350 | Therapist=-:ot_ie350"
        " | Date Approved=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "wheelchair_service_referrals_nhs_uk350",
        "Row=row | NHS Number=national_id:nhs350 | Title=-:title_uk350 | Forename=given_name"
        " | Surname=family_name | Date of Birth=birth_date@%d-%b-%Y | Gender=sex:sex_en"
        " | Address Line 1=street:street_uk350 | Town=district:town_uk350"
        " | Postcode=postcode:pc_uk350 | Telephone=phone:phone_uk350"
        " | Registered GP Practice=-:gp_uk350 | NI Number=-:nino350"
        " | Referral Received=date@%d-%b-%Y | Equipment Issued=-:equip_uk350"
        " | Next of Kin=-:nok_uk350",
        english=True,
    ),
)

#: How a 31 February reads in this part's date formats (the NHS list's day-month-year).
INVALID_DAY: dict[str, str] = {"%d-%b-%Y": "31-Feb-{y}"}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("sin350", "medicare350", "nhi350", "pps350", "nhs350")
SEX_HOLDS: tuple[str, ...] = ("sex_ca350", "sex_au350", "sex_nz350")
NAME_HOLDS = frozenset({"ie_family350", "ie_given350"})
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ca350",
    "phone_au350",
    "phone_nz350",
    "phone_ie350",
    "phone_uk350",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND350",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND350",
]
