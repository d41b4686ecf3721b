"""The hundred-and-twenty-eighth part of the outside corpus, **blind 128** (written 20:09 UTC,
2026-12-06, never used for tuning): person files a provincial medical assessment council, a ward
health station vaccinating schoolgirls against HPV, a neighbourhood party cell receiving members who
work elsewhere, a ward's association of retired teachers, the Irish HSE's primary care reimbursement
service, an English council's council tax reduction team, an Isle of Man employer, Jersey's
Affordable Housing Gateway and Gibraltar's Employment Service could hand over.
Four Vietnamese files: the council's list of people examined for their loss of working capacity in
Excel (the social insurance number, who referred them, the kind of assessment, the rate, the record
number, the conclusion, when to re-examine, the council's chair); the HPV vaccination list in
UTF-16 with tabs (the personal ID number, the class and school, a parent and the parent's phone,
the dose, the vaccine and its lot, the reaction, the nurse); party members introduced to the cell
where they live in Windows-1258 with semicolons and headers without diacritics (the party card, the
workplace and its cell, the post, the neighbourhood, the cell's review and its date); and the
retired teachers' association in UTF-8 with a BOM and semicolons (the spaced CCCD, a dotted phone,
the school taught at, the subject, the year of retirement, the title, the branch, the dues).
Five foreign files: Irish medical and GP visit cards in Irish and English headers (the PPS number
with its check letter, sometimes spaced, a spouse's PPS number, the county and Eircode, the card,
the GP and their GMS number, the review date); council tax reduction claims in Leeds (the National
Insurance number, plain or spaced, a partner's, the account and band, title, street, town and
postcode, non-dependants, the passporting benefit, weekly income and award, the scheme, the
decision); an Isle of Man employer's annual
return (the NI number beginning MA, the income tax reference, the tax code, pay, tax, employee's
and employer's contributions, pension); Jersey housing gateway applications (the social security
number beginning JY, the parish and postcode, the residential status, the household, the band, the
tenure); and Gibraltar's register of job seekers (the identity card number, the social insurance
number apart, the address, the job sought, the last employer, the weeks out of work, the adviser).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind128_writers import WRITERS_BLIND128
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND128: tuple[Shape, ...] = (
    _shape(
        "giam_dinh_suy_giam_kha_nang_lao_dong_hdgdyk_tinh_vn128",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Mã số BHXH=bhxh | Địa chỉ thường trú=address"
        " | Đơn vị giới thiệu=-:gdyk_referrer128 | Đối tượng GĐ=-:gdyk_kind128"
        " | Ngày khám GĐ=date@%d/%m/%Y | Tỷ lệ % TTCT=-:gdyk_rate128"
        " | Số biên bản=-:gdyk_record128 | Kết luận=-:gdyk_conclusion128"
        " | Giám định lại sau=-:gdyk_redo128 | Chủ tịch HĐ=-:gdyk_chair128 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "tiem_vac_xin_hpv_nu_sinh_lop5_tram_y_te_vn128",
        "TT=row | Họ tên học sinh=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Mã định danh=cccd | Lớp=-:hpv_class128 | Trường=-:hpv_school128"
        " | Họ tên cha/mẹ=-:hpv_parent128 | SĐT phụ huynh=-:hpv_parent_phone128"
        " | Địa chỉ=address | Mũi tiêm=-:hpv_dose128 | Ngày tiêm=date@%d/%m/%Y"
        " | Tên vắc xin=-:hpv_vaccine128 | Số lô=-:hpv_lot128"
        " | Phản ứng sau tiêm=-:hpv_reaction128 | Người tiêm=-:hpv_nurse128",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "dang_vien_dang_cong_tac_sinh_hoat_noi_cu_tru_vn128",
        "STT=row | Ho va ten dang vien=full_name:full_name_ascii"
        " | Ngay sinh=birth_date@%d-%m-%Y | So the dang=-:party_card128 | So CCCD=cccd"
        " | Noi cu tru=address:address_ascii | Don vi cong tac=-:party_workplace128"
        " | Chi bo dang sinh hoat=-:party_cell128 | Ngay vao Dang=date@%d-%m-%Y"
        " | Chuc vu=-:party_post128 | DT lien he=phone | To dan pho=-:party_tdp128"
        " | Nhan xet cua chi bo noi cu tru=-:party_review128"
        " | Ngay nhan xet=date:party_review_date128",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "hoi_vien_hoi_cuu_giao_chuc_phuong_vn128",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Nam/Nữ=sex"
        " | Số CCCD=cccd:cccd_spaced | Nơi ở hiện nay=address | Điện thoại=phone:phone_dotted"
        " | Trường công tác trước khi nghỉ hưu=-:cgc_school128"
        " | Môn dạy/chức vụ=-:cgc_subject128 | Năm nghỉ hưu=-:cgc_retire128"
        " | Danh hiệu=-:cgc_title128 | Chi hội=-:cgc_branch128 | Ngày vào hội=date@%d/%m/%Y"
        " | Hội phí đã đóng (đ)=-:cgc_fee128 | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "medical_card_gp_visit_card_pcrs_ie128",
        "Uimh. / No.=row | Uimhir Thagartha / Reference No.=-:ie_ref128"
        " | Uimhir PSP / PPS No.=national_id:pps128"
        " | Sloinne / Surname=family_name:ie_family128"
        " | Céadainm / First Name=given_name:ie_given128"
        " | Dáta Breithe / Date of Birth=birth_date@%d/%m/%Y | Inscne / Gender=sex:sex_ie128"
        " | Seoladh / Address=address:ie_addr128 | Contae / County=province:ie_county128"
        " | Éirchód / Eircode=postcode:eircode128 | Fón Póca / Mobile=phone:ie_phone128"
        " | Cineál Cárta / Card Type=-:ie_cardtype128 | Uimhir Chárta / Card No.=-:ie_cardno128"
        " | Dochtúir Teaghlaigh / GP=-:ie_gp128 | Uimhir GMS / GMS No.=-:ie_gms128"
        " | Dáta Eisiúna / Date Issued=date@%d/%m/%Y"
        " | Dáta Athbhreithnithe / Review Date=date:ie_review128"
        " | Uimhir PSP an Chéile / Spouse PPS No.=-:ie_spouse_pps128"
        " | Stádas / Status=-:ie_status128",
        english=True,
    ),
    _shape(
        "council_tax_reduction_claimants_leeds_gb128",
        "Row=row | Claim Ref=-:ctr_ref128 | Council Tax A/c No.=-:ctr_account128"
        " | NINO=national_id:nino128 | Title=-:gb_title128"
        " | Surname=family_name:gb_family128 | Forename(s)=given_name:gb_given128"
        " | DoB=birth_date@%d/%m/%Y | Sex=sex:sex_gb128 | Property Address=street:gb_street128"
        " | Town=district:gb_town128 | Postcode=postcode:gb_pc128"
        " | Tel No.=phone:gb_phone128 | Email=email | Band=-:ctr_band128"
        " | Partner NINO=-:ctr_partner128 | Non-dependants=-:ctr_nondeps128"
        " | Passported Benefit=-:gb_benefit128 | Weekly Income £=-:ctr_income128"
        " | Weekly CTR £=-:ctr_award128 | Claim Received=date@%d/%m/%Y"
        " | Effective From=date:ctr_from128 | Scheme=-:ctr_scheme128 | Decision=-:ctr_decision128",
        english=True,
    ),
    _shape(
        "employer_annual_return_income_tax_division_im128",
        "Line=row | NI Number=national_id:im_ni128 | Tax Reference=-:im_taxref128"
        " | Surname=family_name:im_family128 | Forenames=given_name:im_given128"
        " | Date of Birth=birth_date@%d/%m/%Y | Sex=sex:sex_im128"
        " | Address=street:im_street128 | Town=district:im_town128"
        " | Postcode=postcode:im_pc128 | Contact Tel=phone:im_phone128"
        " | Date Commenced=date@%d/%m/%Y | Date Left=-:im_left128 | Tax Code=-:im_code128"
        " | Gross Pay £=-:im_gross128 | Income Tax Deducted £=-:im_tax128"
        " | Employee's NIC £=-:im_eenic128 | Employer's NIC £=-:im_ernic128"
        " | Pension Contributions £=-:im_pension128",
        english=True,
    ),
    _shape(
        "affordable_housing_gateway_applications_je128",
        "#=row | Application Ref=-:je_ref128 | Social Security No.=national_id:je_ssn128"
        " | Title=-:je_title128 | Surname=family_name:je_family128"
        " | Forename=given_name:je_given128 | DOB=birth_date@%d/%m/%Y | Gender=sex:sex_je128"
        " | Address Line 1=street:je_street128 | Parish=district:je_parish128"
        " | Postcode=postcode:je_pc128 | Contact No.=phone:je_phone128 | Email=email"
        " | Residential Status=-:je_status128 | Household Size=-:je_household128"
        " | Bedrooms Required=-:je_beds128 | Current Tenure=-:je_tenure128"
        " | Band=-:je_band128 | Date Registered=date@%d/%m/%Y | Decision=-:je_decision128",
        english=True,
    ),
    _shape(
        "job_seekers_register_employment_service_gi128",
        "No.=row | ID Card No.=national_id:gi_id128 | Social Insurance No.=-:gi_si128"
        " | Surname=family_name:gi_family128 | Forenames=given_name:gi_given128"
        " | Date of Birth=birth_date@%d/%m/%Y | Sex=sex:sex_gi128"
        " | Address=address:gi_addr128 | Mobile=phone:gi_phone128 | Email=email"
        " | Occupation Sought=-:gi_job128 | Qualifications=-:gi_quals128"
        " | Last Employer=-:gi_employer128 | Date Registered=date@%d/%m/%Y"
        " | Weeks Unemployed=-:gi_weeks128 | Adviser=-:gi_adviser128",
        english=True,
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("pps128", "nino128", "im_ni128", "je_ssn128", "gi_id128")
SEX_HOLDS: tuple[str, ...] = ("sex_ie128", "sex_gb128", "sex_im128", "sex_je128", "sex_gi128")
NAME_HOLDS = frozenset(
    {"ie_family128", "ie_given128", "gb_family128", "gb_given128", "im_family128"}
    | {"im_given128", "je_family128", "je_given128", "gi_family128", "gi_given128"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "ie_phone128",
    "gb_phone128",
    "im_phone128",
    "je_phone128",
    "gi_phone128",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ie_addr128", "gi_addr128")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND128",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND128",
]
