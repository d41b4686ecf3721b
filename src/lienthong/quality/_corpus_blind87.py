"""The eighty-seventh part of the outside corpus, **blind 87** (written 16:22 UTC, 2026-12-06, never
used for tuning): person files a school handing out donated bicycles, a commune's Red Cross
training people in first aid, a district licensing tobacco retailers, a district supporting
households whose houses a landslide damaged, an Ohio county's SNAP office, an Ontario home and
community care office, an English integrated care board, a Sydney school and a Kebbi State
farmers' programme could hand over. Four Vietnamese files: a mountain school's list of pupils
receiving bicycles from a charity in Excel (a "Nữ" column ticked with x for girls, the ethnic
group, the class and its homeroom teacher with her phone, a parent, the distance to school, the
family's hardship, the donor, an empty column for the pupil's signature); a commune's list of
people trained in first aid in Windows-1258 with tabs (the job, the organisation that sent them,
the course, the periods, the test score with a decimal comma, the grade, the certificate and its
date, the trainer); a district's register of tobacco retail licences in UTF-8 with a BOM and
semicolons (the shop's name and its market stall or street address apart from the owner's home,
the tax code, the licence number, its issue and expiry dates, the wholesaler, the status); and a
district's list of households whose houses a landslide damaged in UTF-16 with tabs (the CCCD in
groups, the hamlet and commune, the members, the poverty class, the damage, the estimated loss
in millions, the support by the decree's rates, where the family will live, the commune officer
who verified it). Five foreign files: a Cuyahoga County SNAP caseload in UTF-8 (the case number,
the middle initial, the SSN, month-first dates, the ZIP+4, the monthly allotment, the Ohio
Direction card number, the certification period, the caseworker and an authorised
representative); a Champlain long-term care waitlist in UTF-8 with a BOM (the health number in
dashes with its two-letter version code apart, YYYY/MM/DD dates, the substitute decision-maker
and phone, the home choices, the priority category); an English integrated care board's NHS
Continuing Healthcare caseload in Excel (the NHS number with its check digit and the National
Insurance number, the title, dd-Mon-yyyy dates, the West Yorkshire postcode, the GP practice with
its code, the placement, the pathway and decision, the review date, the next of kin with the
lasting power of attorney); a western Sydney primary school's student medical and excursion
list (the Medicare card number with the child's IRN and the card's expiry, the roll class, the
parent and her mobile, the medical condition, the ambulance cover); and a Kebbi State Anchor
Borrowers' farmer list in UTF-8 with English/Hausa headers (the farmer ID, the surname in
capitals, the other name, the NIN and the BVN, the village, ward and LGA, the cooperative, the
farm size, the crop and the bank).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind87_writers import WRITERS_BLIND87
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND87: tuple[Shape, ...] = (
    _shape(
        "hoc_sinh_nhan_xe_dap_vn87",
        "STT=row | Họ và tên học sinh=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Nữ=sex:female_x87 | Dân tộc=-:ethnic87 | Mã định danh=cccd | Lớp=-:class87"
        " | GVCN=-:homeroom87 | SĐT GVCN=-:homeroom_phone87 | Họ tên cha/mẹ=-:parent87"
        " | Chỗ ở hiện nay=address:bike_addr87 | K/cách đến trường (km)=-:distance87"
        " | Hoàn cảnh gia đình=-:hardship87 | Đơn vị tài trợ=-:donor87"
        " | Ngày nhận xe=date@%d/%m/%Y | HS ký nhận=-:none87",
        file="xlsx",
    ),
    _shape(
        "tap_huan_so_cap_cuu_xa_vn87",
        "TT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Nơi cư trú=address | Nghề nghiệp=-:job87"
        " | Đơn vị cử đi=-:unit87 | Lớp tập huấn=-:course87 | Số tiết=-:periods87"
        " | Điểm KT=-:score87 | Xếp loại=-:grade87 | Số GCN=-:cert87"
        " | Ngày cấp GCN=date@%d/%m/%Y | Giảng viên=-:trainer87 | ĐT=phone:phone_dotted",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "giay_phep_ban_le_thuoc_la_vn87",
        "STT=row | Tên cơ sở=-:shop87 | Họ tên chủ hộ KD=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD/ĐDCN=cccd | MST=mst"
        " | Địa điểm kinh doanh=-:shop_addr87 | Nơi đăng ký thường trú=address"
        " | Điện thoại=phone:phone_spaced | Số Giấy phép=-:licence87"
        " | Ngày cấp=date@%d/%m/%Y | Có giá trị đến=date:expiry87"
        " | Thương nhân cung cấp=-:supplier87 | Tình trạng=-:licence_status87"
        " | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "ho_co_nha_bi_sat_lo_dat_vn87",
        "TT=row | Họ và tên chủ hộ=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd:cccd_spaced | Thôn, xã=address:slide_addr87"
        " | Số khẩu=-:members87 | Hộ nghèo/CN=-:poor87 | Mức độ thiệt hại về nhà=-:damage87"
        " | Ước thiệt hại (tr.đ)=-:loss87 | Mức hỗ trợ (đồng)=-:aid87"
        " | Phương án ở=-:plan87 | Ngày xảy ra=date@%d/%m/%Y"
        " | CB xã xác minh=-:verifier87 | SĐT=phone | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "snap_caseload_cuyahoga_us87",
        "Line=row | Case Number=-:case_us87 | Last Name=family_name:us_family87"
        " | First Name=given_name:us_given87 | MI=-:mi_us87 | Date of Birth=birth_date@%m/%d/%Y"
        " | SSN=national_id:ssn_us87 | Sex=sex:sex_us87"
        " | Residential Address=street:street_us87 | City=district:city_us87"
        " | State=state:state_us87 | ZIP+4=postcode:zip4_us87"
        " | Primary Phone=phone:phone_us87 | HH Size=-:hh_us87"
        " | Monthly Allotment=-:allot_us87 | EBT Card No.=-:ebt_us87"
        " | Cert. Period Begin=date@%m/%d/%Y | Cert. Period End=date:cert_end_us87"
        " | Caseworker=-:worker_us87 | Authorized Rep.=-:authrep_us87",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "ltc_waitlist_hccss_champlain_on87",
        "#=row | Client ID=-:client_on87 | Health Number=national_id:hn_on87"
        " | VC=-:vc_on87 | Last Name=family_name:on_family87"
        " | First Name=given_name:on_given87 | DOB (YYYY/MM/DD)=birth_date@%Y/%m/%d"
        " | Sex=sex:sex_on87 | Street Address=street:street_on87"
        " | City/Town=district:city_on87 | Prov=state:prov_on87"
        " | Postal Code=postcode:postal_on87 | Home Phone=phone:phone_on87"
        " | SDM/POA=-:sdm_on87 | SDM Phone=-:sdm_phone_on87"
        " | LTC Home Choice 1=-:ltc1_on87 | LTC Home Choice 2=-:ltc2_on87"
        " | Priority Category=-:priority_on87 | Care Coordinator=-:coord_on87"
        " | Application Date=date@%Y/%m/%d",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "chc_caseload_icb_gb87",
        "Ref=row | NHS No.=national_id:nhs_gb87 | NI No.=national_id:nino_gb87"
        " | Title=-:title_gb87 | Surname=family_name:gb_family87"
        " | Forename(s)=given_name:gb_given87 | Date of Birth=birth_date@%d-%b-%Y"
        " | Gender=sex:sex_gb87 | Address=street:street_gb87 | Town=district:town_gb87"
        " | Postcode=postcode:pc_gb87 | Telephone=phone:phone_gb87"
        " | Registered GP Practice=-:gp_gb87 | Current Placement=-:placement_gb87"
        " | Pathway=-:pathway_gb87 | Decision=-:decision_gb87"
        " | Decision Date=date@%d-%b-%Y | Review Due=date:review_gb87"
        " | Case Co-ordinator=-:coord_gb87 | NOK / LPA=-:nok_gb87"
        " | DWP Notified=-:dwp_gb87",
        english=True,
        file="xlsx",
    ),
    _shape(
        "student_medical_excursion_list_au87",
        "No.=row | Student ID=-:sid_au87 | Surname=family_name:au_family87"
        " | Given Name(s)=given_name:au_given87 | DOB=birth_date@%d/%m/%Y"
        " | Gender=sex:sex_au87 | Roll Class=-:roll_au87"
        " | Medicare No.=national_id:medicare_au87 | IRN=-:irn_au87"
        " | Medicare Expiry=-:mexp_au87 | Residential Address=street:street_au87"
        " | Suburb=suburb:suburb_au87 | State=state:state_au87 | P/Code=postcode:pc_au87"
        " | Parent/Carer=-:carer_au87 | Parent Mobile=-:carer_mob_au87"
        " | Medical Condition=-:medical_au87 | Ambulance Cover=-:amb_au87"
        " | Consent Returned=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "abp_farmers_kebbi_ng87",
        "S/N=row | Farmer ID=-:farmer_ng87 | Surname / Sunan Iyali=family_name:ng_family87"
        " | First Name / Suna=given_name:ng_given87 | Other Name / Wani Suna=-:ng_middle87"
        " | Sex / Jinsi=sex:sex_ng87 | Date of Birth / Ranar Haihuwa=birth_date@%d/%m/%Y"
        " | NIN=national_id:nin_ng87 | BVN=-:bvn_ng87"
        " | Phone No. / Lambar Waya=phone:phone_ng87 | Village / Ƙauye=suburb:village_ng87"
        " | Ward / Mazaɓa=ward:ward_ng87 | LGA / Ƙaramar Hukuma=district:lga_ng87"
        " | State / Jiha=state:state_ng87 | Cooperative / Ƙungiya=-:coop_ng87"
        " | Farm Size (Ha)=-:farm_ng87 | Crop / Amfanin Gona=-:crop_ng87"
        " | Bank=-:bank_ng87 | Date Captured=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats (one more, the NHS's dd-Mon-yyyy).
INVALID_DAY = {"%d-%b-%Y": "31-Feb-{y}"}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "ssn_us87",
    "hn_on87",
    "nhs_gb87",
    "nino_gb87",
    "medicare_au87",
    "nin_ng87",
)
SEX_HOLDS: tuple[str, ...] = (
    "female_x87",
    "sex_us87",
    "sex_on87",
    "sex_gb87",
    "sex_au87",
    "sex_ng87",
)
NAME_HOLDS = frozenset(
    {"us_family87", "us_given87", "on_family87", "on_given87", "gb_family87", "gb_given87"}
    | {"au_family87", "au_given87", "ng_family87", "ng_given87"}
)
PHONE_HOLDS: tuple[str, ...] = ("phone_us87", "phone_on87", "phone_gb87", "phone_ng87")
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("bike_addr87", "slide_addr87")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND87",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND87",
]
