"""The hundred-and-ninety-seventh part of the outside corpus, **blind 197** (written 02:00 UTC,
2026-12-07, never used for tuning): person files a dyke management unit on the Red River, a
tobacco leaf company in Cao Bằng, a coal-region occupational health centre, a district tax
office, the Department of Hawaiian Home Lands, Guam's Department of Labor, American Samoa's
Nutrition Assistance Program, the FSM Social Security Administration and the Marshall Islands'
177 Health Care Program could hand over. Four Vietnamese files: households whose houses and works
breach a dyke's protection corridor, in Windows-1258 with tabs and headers without diacritics
(the dyke, the kilometre post, the side, the breach, its area, the month it was built, the
record, the action, the dyke officer); tobacco growers under a leaf company's investment
contract, in Excel (the grower code, the ethnic group, the spaced CCCD, the hamlet and commune
apart from the district, the hectares, the variety, the contracted kilograms, the contract and
the inputs advanced in dong, the technician); coal miners examined for silicosis, in UTF-8 with
a BOM and semicolons (the social insurance number, the workshop, the job, the years in the trade,
the ILO film reading, the conclusion, the proposed disability rate); and land-use levies carried
as debt at a Hồ Chí Minh City tax office, in UTF-16 with tabs (the tax code, the parcel and map
sheet, the parcel's own address beside the home, the allocation decision, the levy owed, paid and
left, the day it falls due).
Five foreign files: the DHHL applicant waiting list (SSN, names with ʻokina and kahakō written
either way round, the island and lease type, the application date, the blood quantum, the
mailing address in street, city, state and ZIP, the successor); Guam's pandemic unemployment
assistance claims (Chamorro surnames and given names apart with a middle initial, SSN with a
586 area, the street or post office box, the village and its ZIP, the last employer, the weekly
benefit); American Samoa's Nutrition Assistance Program with Samoan and English headers (SSN with
or without dashes, tane/fafine, the nuʻu and the county, the category, the household, the matai
of the family); the FSM social security benefit roll of Chuuk and Pohnpei (the social security
number, the benefit type, the wage earner of a survivor, the municipality and the state, the
monthly benefit, the life certificate's due day); and the Marshall Islands' 177 Health Care
Program enrollees (the MISSA number, the atoll of eligibility apart from the island lived on,
the head of household, the clinic, the referral and the screening).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind197_writers import WRITERS_BLIND197
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND197: tuple[Shape, ...] = (
    _shape(
        "ho_vi_pham_hanh_lang_bao_ve_de_dieu_hat_quan_ly_de_ha_noi_vn197",
        "STT=row | Ho va ten chu ho=full_name | Nam sinh=birth_date@%d/%m/%Y | So CCCD=cccd"
        " | Dia chi thuong tru=address:addr_hn197 | Tuyen de=-:dyke197"
        " | Vi tri (Km+m)=-:dyke_km197 | Phia=-:dyke_side197 | Hang muc vi pham=-:breach197"
        " | Dien tich vi pham (m2)=-:breach_m2_197 | Thoi diem vi pham=date@%m/%Y"
        " | So bien ban=-:breach_record197 | Ngay lap BB=date@%d/%m/%Y"
        " | Hinh thuc xu ly=-:breach_action197 | Can bo Hat QLD=-:dyke_officer197"
        " | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "ho_trong_thuoc_la_hop_dong_dau_tu_cong_ty_nguyen_lieu_thuoc_la_cao_bang_vn197",
        "TT=row | Mã hộ=-:tob_code197 | Họ và tên chủ hộ=full_name | Ngày sinh=birth_date"
        " | Dân tộc=-:ethnic197 | Số CCCD=cccd:cccd_spaced | Xóm, xã=address:addr_cb197"
        " | Huyện=district:district_cb197 | DT trồng (ha)=-:tob_area197 | Giống=-:tob_variety197"
        " | SL hợp đồng (kg)=-:tob_kg197 | Số HĐ đầu tư=-:tob_contract197"
        " | Ngày ký HĐ=date@%d/%m/%Y | Ứng trước vật tư (đ)=-:tob_advance197"
        " | KTV phụ trách=-:tob_tech197 | SĐT=phone:phone_spaced",
        file="xlsx",
    ),
    _shape(
        "kham_phat_hien_benh_bui_phoi_silic_tho_lo_trung_tam_y_te_than_vn197",
        "STT=row | Họ và tên=full_name | NS=birth_date@%d-%m-%Y | Giới=sex | Số CCCD=cccd"
        " | Mã số BHXH=bhxh | Phân xưởng=-:pneu_unit197 | Nghề / công việc=-:pneu_job197"
        " | Tuổi nghề (năm)=-:pneu_tenure197 | Ngày khám=date@%d/%m/%Y"
        " | Phim XQ phổi (ILO 2011)=-:pneu_ilo197 | Kết luận=-:pneu_dx197"
        " | Tỷ lệ TTCT đề nghị (%)=-:pneu_rate197 | Nơi ở hiện nay=address:addr_qn197"
        " | Điện thoại=phone",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "so_theo_doi_ghi_no_tien_su_dung_dat_chi_cuc_thue_khu_vuc_vn197",
        "STT=row | MST=mst | Tên người SDĐ=full_name | Số CCCD/ĐDCN=cccd"
        " | Ngày sinh=birth_date@%d/%m/%Y | Thửa đất số=-:parcel197 | Tờ BĐ số=-:map_sheet197"
        " | Địa chỉ thửa đất=-:parcel_addr197 | Nơi thường trú=address"
        " | Số QĐ giao đất=-:land_decision197 | Tiền SDĐ ghi nợ (đồng)=-:land_debt197"
        " | Ngày ghi nợ=date@%d/%m/%Y | Đã nộp (đồng)=-:land_paid197"
        " | Còn nợ (đồng)=-:land_left197 | Hạn trả nợ=date:land_due197"
        " | Đối tượng=-:land_kind197 | Cán bộ theo dõi=-:tax_officer197",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "dhhl_applicant_waiting_list_hawaiian_home_lands_hi197",
        "Rank=row | Applicant Name=full_name:hi_name197 | SSN=national_id:ssn_hi197"
        " | Date of Birth=birth_date@%m/%d/%Y | Sex=sex:hi_sex197"
        " | Island / Lease Type (Mokupuni)=-:hi_area197 | Application Date=date@%m/%d/%Y"
        " | Native Hawaiian Blood Quantum=-:hi_bq197 | Mailing Address=street:hi_street197"
        " | City=district:hi_city197 | State=state:hi_state197 | ZIP=postcode:hi_zip197"
        " | Phone=phone:hi_phone197 | Designated Successor=-:hi_successor197"
        " | Status=-:hi_status197",
        encoding="utf-8",
    ),
    _shape(
        "gdol_pandemic_unemployment_assistance_claims_guam_gu197",
        "Line=row | Claim No.=-:gu_claim197 | Last Name=family_name:gu_family197"
        " | First Name=given_name:gu_given197 | M.I.=-:gu_mi197 | SSN=national_id:ssn_gu197"
        " | DOB=birth_date@%m/%d/%Y | Gender=sex:gu_sex197 | Mailing Address=street:gu_street197"
        " | Village=district:gu_village197 | ZIP Code=postcode:gu_zip197"
        " | Contact No.=phone:gu_phone197 | Last Employer=-:gu_employer197"
        " | Separation Reason=-:gu_sep197 | Weekly Benefit Amount=-:gu_wba197"
        " | Effective Date=date@%m/%d/%Y | Claim Status=-:gu_status197",
        encoding="utf-8",
    ),
    _shape(
        "nutrition_assistance_program_nap_participants_dhss_american_samoa_as197",
        "Nu.=row | Igoa atoa / Full Name=full_name:as_name197 | SSN=national_id:ssn_as197"
        " | Aso fanau / DOB=birth_date@%m/%d/%Y | Itupa / Sex=sex:as_sex197"
        " | Nuʻu / Village=suburb:as_village197 | Itumalo / County=district:as_county197"
        " | Telefoni / Phone=phone:as_phone197 | Vaega / Category=-:as_cat197"
        " | Tele o le aiga / HH Size=-:as_hh197 | Tupe / Benefit ($)=-:as_amt197"
        " | Matai o le aiga=-:as_matai197 | Aso na talia / Date Approved=date@%m/%d/%Y"
        " | Faʻamatalaga / Remarks=-:as_note197",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "fsm_social_security_monthly_benefit_roll_chuuk_pohnpei_fm197",
        "No.=row | SS Number=national_id:ss_fm197 | Beneficiary Name=full_name:fm_name197"
        " | Date of Birth=birth_date@%m/%d/%Y | Sex=sex:fm_sex197 | Benefit Type=-:fm_type197"
        " | Wage Earner (if survivor)=-:fm_earner197 | Municipality=district:fm_muni197"
        " | State=state:fm_state197 | Phone=phone:fm_phone197"
        " | Monthly Benefit (US$)=-:fm_amt197 | Payment Method=-:fm_pay197"
        " | Entitlement Date=date@%m/%d/%Y | Life Certificate Due=date:fm_life197",
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "nuclear_claims_177_health_care_program_enrollees_marshall_islands_mh197",
        "No.=row | 177 HCP ID=-:mh_hcp197 | Last Name=family_name:mh_family197"
        " | First Name=given_name:mh_given197 | DOB=birth_date@%d-%b-%Y | Sex=sex:mh_sex197"
        " | MISSA No.=national_id:ss_mh197 | Atoll of Eligibility=-:mh_atoll197"
        " | Island of Residence=district:mh_island197 | Head of Household=-:mh_head197"
        " | Phone=phone:mh_phone197 | Clinic=-:mh_clinic197 | Last Visit=date@%d-%b-%Y"
        " | Referral=-:mh_ref197 | Screening=-:mh_screen197",
        encoding="cp1252",
    ),
)

#: How a 31 February reads in this part's date formats.
INVALID_DAY: dict[str, str] = {"%d-%b-%Y": "31-Feb-{y}"}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("ssn_hi197", "ssn_gu197", "ssn_as197", "ss_fm197", "ss_mh197")
SEX_HOLDS: tuple[str, ...] = ("hi_sex197", "gu_sex197", "as_sex197", "fm_sex197", "mh_sex197")
NAME_HOLDS = frozenset({"hi_name197", "as_name197", "fm_name197"})
PHONE_HOLDS: tuple[str, ...] = (
    "hi_phone197",
    "gu_phone197",
    "as_phone197",
    "fm_phone197",
    "mh_phone197",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_hn197", "addr_cb197", "addr_qn197")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND197",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND197",
]
