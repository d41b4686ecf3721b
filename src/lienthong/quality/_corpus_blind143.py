"""The hundred-and-forty-third part of the outside corpus, **blind 143** (written 20:57 UTC,
2026-12-06, never used for tuning): person files a district people's court, a district health
centre's rabies clinic, a ward police station, an urban environment company, an Ontario public
health unit, Homes Victoria, New Zealand's ACC, the HSE and an NHS Scotland health board could
hand over. Four Vietnamese files: a list of people's jurors (hội thẩm nhân dân) in UTF-8 with a
BOM (the court, the term, the nominating body, the council resolution that elected them, the
training, the number of cases sat); a list of people given rabies shots after a bite in Excel,
without diacritics (the date of the bite, the animal, the wound grade, the vaccine and shot, the
serum, the place of vaccination, the guardian who brought them, the health insurance card); a
ward's register of notified domestic workers in UTF-16 with tabs (the worker's home province, the
employer, the employer's address and phone, the work, the contract, the wage, the start date, the
time last updated); and a street sweepers' staff list in Windows-1258 with semicolons (the staff
code, the social insurance number, the team, the route, the shift, the protective gear, the team
leader).
Five foreign files: an Ontario Seniors Dental Care Program enrolment list (the OHIP health number
with its Luhn digit and version code, Ontario postal codes, the net income, the clinic); a
Victorian Housing Register extract in Excel (the Medicare card number with its weighted digit,
suburb, state and postcode apart, the Centrelink CRN, the register category); an ACC claims list
(the claim number, the NHI with its mod-11 check, suburb and town apart, the injury, the
employer); a Nursing Home Support Scheme (Fair Deal) applicants' list in Windows-1252 (the PPSN
with its mod-23 letter, the county and Eircode, the nursing home, the next of kin, the weekly
contribution in euro); and an NHS Scotland district nursing caseload with tabs (the CHI number
with its sex digit and mod-11 digit, the GP practice, the named nurse, the visit frequency).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind143_writers import WRITERS_BLIND143
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND143: tuple[Shape, ...] = (
    _shape(
        "danh_sach_hoi_tham_nhan_dan_tand_vn143",
        "STT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Nơi cư trú=address"
        " | Nghề nghiệp, chức vụ=-:job143 | Tòa án nhân dân=-:court143 | Nhiệm kỳ=-:term143"
        " | Cơ quan giới thiệu=-:nominator143 | Nghị quyết bầu số=-:decision143"
        " | Ngày bầu=date@%d/%m/%Y | Bồi dưỡng nghiệp vụ=-:trained143"
        " | Số vụ án đã tham gia xét xử=-:cases143 | Điện thoại=phone | Email=email",
        encoding="utf-8-sig",
    ),
    _shape(
        "tiem_phong_dai_sau_phoi_nhiem_vn143",
        "TT=row | Ho va ten=full_name | Ngay sinh=birth_date@%d/%m/%Y | Gioi=sex"
        " | CCCD/DDCN=cccd | Dia chi=address | Ngay bi can=date@%d/%m/%Y"
        " | Con vat can=-:animal143 | Phan do vet thuong=-:wound143 | Vac xin=-:vaccine143"
        " | Mui tiem=-:shot143 | Huyet thanh KD=-:sav143 | Noi tiem=-:vaxsite143"
        " | Nguoi dua den / giam ho=-:guardian143 | SDT lien he=phone | Ma the BHYT=bhyt",
        file="xlsx",
    ),
    _shape(
        "thong_bao_lao_dong_giup_viec_gia_dinh_cong_an_phuong_vn143",
        "STT=row | Họ tên người lao động=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số ĐDCN=cccd:cccd_spaced | Quê quán=-:hometown143"
        " | Nơi ở hiện tại=address | SĐT=phone | Người sử dụng lao động=-:employer143"
        " | Địa chỉ NSDLĐ=-:emp_addr143 | SĐT NSDLĐ=-:emp_phone143 | Công việc=-:task143"
        " | Loại HĐLĐ=-:contract143 | Tiền lương (đ/tháng)=-:wage143"
        " | Ngày bắt đầu làm việc=date@%d/%m/%Y | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "cong_nhan_ve_sinh_moi_truong_cong_ty_dv_do_thi_vn143",
        "TT=row | Mã NV=-:staff143 | Họ và tên=full_name | Ngày sinh=birth_date@%d-%m-%Y"
        " | Nam/Nữ=sex | Số CCCD=cccd | Số sổ BHXH=bhxh | Hộ khẩu thường trú=address"
        " | Đội=-:team143 | Tuyến đường phụ trách=-:route143 | Ca làm việc=-:shift143"
        " | BHLĐ=-:gear143 | Đội trưởng=-:team_lead143 | ĐT=phone | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "seniors_dental_care_enrolment_phu_on143",
        "Row=row | Health Number=national_id:ohip143 | Last Name=family_name"
        " | First Name=given_name | Date of Birth (YYYY/MM/DD)=birth_date@%Y/%m/%d"
        " | Sex=sex:sex_on143 | Street Address=street:street_on143"
        " | City/Town=district:city_on143 | Postal Code=postcode:pc_on143"
        " | Telephone=phone:phone_on143 | Email=email | Net Income (NOA)=-:income_on143"
        " | Dental Clinic=-:clinic_on143 | Enrolment Date=date@%Y/%m/%d",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "victorian_housing_register_applicants_au143",
        "No.=row | Application ID=-:app_au143 | Medicare No.=national_id:medicare143"
        " | Surname=family_name | Given Name(s)=given_name | DOB=birth_date@%d/%m/%Y"
        " | Gender=sex:sex_au143 | Current Address=street:street_au143"
        " | Suburb=suburb:suburb_au143 | State=state:state_au143 | Postcode=postcode:pc_au143"
        " | Mobile=phone:phone_au143 | Centrelink CRN=-:crn_au143"
        " | Register Category=-:category_au143 | Bedrooms Req.=-:bedrooms_au143"
        " | Date Registered=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "acc_injury_claims_nz143",
        "Line=row | Claim Number=-:claim_nz143 | NHI=national_id:nhi143"
        " | Surname=family_name:nz_family143 | First Name=given_name:nz_given143"
        " | Date of Birth=birth_date@%d/%m/%Y | Gender=sex:sex_nz143"
        " | Street=street:street_nz143 | Suburb=suburb:suburb_nz143"
        " | Town/City=district:city_nz143 | Postcode=postcode:pc_nz143"
        " | Phone=phone:phone_nz143 | Date of Injury=date@%d/%m/%Y"
        " | Injury Description=-:injury_nz143 | Employer=-:employer_nz143",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "nursing_home_support_scheme_fair_deal_ie143",
        "No.=row | Ref. No.=-:ref_ie143 | PPS No.=national_id:ppsn143 | Surname=family_name"
        " | First Name=given_name | Date of Birth=birth_date@%d/%m/%Y | Gender=sex:sex_ie143"
        " | Address=street:addr_ie143 | County=district:county_ie143"
        " | Eircode=postcode:eircode_ie143 | Phone=phone:phone_ie143"
        " | Nursing Home=-:home_ie143 | Next of Kin=-:kin_ie143"
        " | Weekly Contribution=-:assess_ie143 | Date of Application=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "district_nursing_caseload_nhs_scot143",
        "Seq=row | CHI Number=national_id:chi143 | Surname=family_name | Forename=given_name"
        " | DOB=birth_date@%d/%m/%Y | Sex=sex:sex_sc143 | Address Line 1=street:street_sc143"
        " | Town=district:town_sc143 | Postcode=postcode:pc_sc143 | Tel=phone:phone_sc143"
        " | GP Practice=-:gp_sc143 | Named Nurse=-:nurse_sc143"
        " | Visit Frequency=-:visits_sc143 | Reason for Referral=-:reason_sc143"
        " | Referral Date=date@%d/%m/%Y | Last Updated=timestamp",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("ohip143", "medicare143", "nhi143", "ppsn143", "chi143")
SEX_HOLDS: tuple[str, ...] = ("sex_on143", "sex_au143", "sex_nz143", "sex_ie143", "sex_sc143")
NAME_HOLDS = frozenset({"nz_given143", "nz_family143"})
PHONE_HOLDS: tuple[str, ...] = (
    "phone_on143",
    "phone_au143",
    "phone_nz143",
    "phone_ie143",
    "phone_sc143",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND143",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND143",
]
