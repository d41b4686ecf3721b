"""The two-hundred-and-eighty-seventh part of the outside corpus, **blind 287** (written 10:15
UTC, 2026-12-07, never used for tuning): person files a Hanoi district's urban management
office, a mountain district's festival board, a province's home affairs department, a city's
justice department, Guam's Chamorro Land Trust Commission, the Northern Mariana Islands'
Medicaid agency, Palau's National Scholarship Board, the FSM Department of Health and Social
Affairs and the Marshall Islands' Electoral Administration could hand over.
Four Vietnamese files: households granted a fixed-term building permit on land the plan sets
aside (for a road, a park, a school) in Windows-1258 with semicolons (the building site apart
from the home, the parcel and map sheet, the planned use, the floor area and floors, how long
the building may stand, the permit number and day, the officer); paraglider pilots entered for
a festival's flying days in Excel (the club, the pilot level, the hours flown, the wing's EN
class, the accident insurance policy, the emergency contact and that contact's phone, the blood
group); civil servants sitting the principal specialist examination in UTF-16 with tabs and
headers without diacritics (the unit, the grade held and the grade sought, the salary step, the
candidate number, the exemptions, the score, the result); and notary trainees registering their
traineeship in UTF-8 with a BOM and semicolons (the notary office, the supervising notary, the
law degree, the training course, the registration decision and day, the status).
Five foreign files: Chamorro Land Trust applicants on Guam in Windows-1252 (surname and given
name apart, the SSN with its 586 area, the mailing address, the village and ZIP apart, the lease
type, the tract asked for, the Chamorro verification, the spouse, the status); Medicaid
enrollees of Saipan, Tinian and Rota in UTF-8 with tabs (Carolinian and Chamorro names written
``SURNAME, Given``, the SSN with or without dashes, the post office box, the village, island and
ZIP apart, ``(670)`` phones, the eligibility group, the household, the redetermination day, the
caseworker); Palau's scholarship awards in UTF-8 with a BOM and English/Palauan headers (the
social security number beside the passport, the hamlet and the state, the clan, ``+680``
phones, the parent, the college, the award and its amount, the years of service owed); the FSM
COVID-19 vaccination line list of Yap, Kosrae, Pohnpei and Chuuk in Excel (the FSM social
security number, ``yyyy-mm-dd`` dates, the age, the municipality and state, the vaccine, the
lot, the two doses, the site, the vaccinator); and the Marshall Islands' voter roll in UTF-16
with tabs and Marshallese/English headers (the voter number, the social security number, the
village and island of residence, the voting district of the land rights apart from the home, the
polling place, ``+692`` phones, the ballot type).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind287_writers import WRITERS_BLIND287
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND287: tuple[Shape, ...] = (
    _shape(
        "ho_duoc_cap_giay_phep_xay_dung_co_thoi_han_tren_dat_quy_hoach_ubnd_quan_vn287",
        "TT=row | Chủ đầu tư (chủ hộ)=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Địa chỉ thường trú=address | Điện thoại=phone"
        " | Vị trí xây dựng=-:gp_site287 | Thửa đất số=-:gp_parcel287"
        " | Tờ BĐ số=-:gp_sheet287 | Chức năng theo QH=-:gp_zone287"
        " | DT xây dựng (m2)=-:gp_area287 | Số tầng=-:gp_floors287"
        " | Thời hạn tồn tại CT=-:gp_term287 | Số GPXD=-:gp_no287"
        " | Ngày cấp=date@%d/%m/%Y | CB thụ lý=-:gp_officer287",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "phi_cong_du_luon_dang_ky_bay_le_hoi_mua_vang_ban_to_chuc_huyen_vn287",
        "STT=row | Họ và tên phi công=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | CCCD=cccd:cccd_spaced | Địa chỉ=address | SĐT=phone"
        " | Email=email | CLB/Đội bay=-:pg_club287 | Cấp phi công=-:pg_level287"
        " | Giờ bay tích lũy=-:pg_hours287 | Dù (chuẩn EN)=-:pg_wing287"
        " | Số HĐ bảo hiểm=-:pg_ins287 | Người liên hệ khẩn cấp=-:pg_contact287"
        " | SĐT khẩn cấp=-:pg_contact_phone287 | Nhóm máu=-:pg_blood287"
        " | Ngày đăng ký=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "cong_chuc_du_thi_nang_ngach_chuyen_vien_chinh_so_noi_vu_vn287",
        "STT=row | SBD=-:nn_sbd287 | Ho va ten=full_name:full_name_ascii"
        " | Ngay sinh=birth_date@%d/%m/%Y | Gioi tinh=sex | So dinh danh ca nhan=cccd"
        " | Co quan cong tac=-:nn_unit287"
        " | Ngach hien giu (ma ngach)=-:nn_from287 | Ngach du thi=-:nn_to287"
        " | Bac/He so luong=-:nn_level287 | Mien thi=-:nn_exempt287"
        " | Diem thi mon chuyen mon=-:nn_score287 | Ket qua=-:nn_result287"
        " | Ngay thi=date@%d/%m/%Y | DT lien he=phone | Ghi chu=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nguoi_tap_su_hanh_nghe_cong_chung_dang_ky_tap_su_so_tu_phap_vn287",
        "STT=row | Họ tên người tập sự=full_name | Ngày, tháng, năm sinh=birth_date@%d.%m.%Y"
        " | Nam/Nữ=sex | Số CCCD=cccd | Nơi cư trú=address | Số ĐT=phone | Email=email"
        " | Tổ chức hành nghề CC nhận tập sự=-:cc_office287"
        " | Công chứng viên hướng dẫn=-:cc_mentor287 | Bằng cử nhân luật=-:cc_degree287"
        " | Khóa đào tạo nghề CC=-:cc_course287 | QĐ đăng ký tập sự=-:cc_decision287"
        " | Ngày đăng ký=date@%d.%m.%Y | Tình trạng=-:cc_status287",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "chamorro_land_trust_commission_lease_applicants_guam_gu287",
        "No.=row | Application No.=-:clt_app287 | Last Name=family_name:clt_family287"
        " | First Name=given_name:clt_given287 | SSN=national_id:ssn_gu287"
        " | Date of Birth=birth_date@%m/%d/%Y | Sex=sex:clt_sex287"
        " | Mailing Address=street:clt_street287 | Village=district:clt_village287"
        " | Zip=postcode:clt_zip287 | Home/Cell No.=phone:clt_phone287"
        " | Lease Type=-:clt_lease287 | Tract Requested=-:clt_lot287"
        " | Date Applied=date@%m/%d/%Y | Native Chamorro Verified=-:clt_verified287"
        " | Spouse=-:clt_spouse287 | Status=-:clt_status287",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "cnmi_medicaid_agency_enrollees_saipan_tinian_rota_mp287",
        "Line=row | Case No.=-:mp_case287 | Medicaid ID=-:mp_mid287"
        " | Name (Last, First)=full_name:mp_name287 | SSN=national_id:ssn_mp287"
        " | DOB=birth_date@%m/%d/%Y | Sex=sex:mp_sex287 | P.O. Box=street:mp_box287"
        " | Village=suburb:mp_village287 | Island=district:mp_island287"
        " | ZIP=postcode:mp_zip287 | Phone=phone:mp_phone287"
        " | Eligibility Group=-:mp_group287 | HH Size=-:mp_hh287"
        " | Eligibility Date=date@%m/%d/%Y | Redetermination Due=date:mp_redet287"
        " | Caseworker=-:mp_worker287",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "palau_national_scholarship_board_awardees_pw287",
        "No.=row | Ngakl / Name=full_name:pw_name287 | Sex=sex:pw_sex287"
        " | Date of Birth=birth_date@%m/%d/%Y | Social Security No.=national_id:pw_ss287"
        " | Passport No.=-:pw_pass287 | Beluu / Hamlet=suburb:pw_hamlet287"
        " | State=state:pw_state287 | Kebliil / Clan=-:pw_clan287"
        " | Contact No.=phone:pw_phone287 | Email=email:pw_email287"
        " | Parent/Guardian=-:pw_parent287 | School=-:pw_college287"
        " | Field of Study=-:pw_field287 | Award=-:pw_award287 | Amount (US$)=-:pw_amt287"
        " | Date Awarded=date@%m/%d/%Y | Service Obligation (yrs)=-:pw_service287",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "fsm_dhsa_covid19_vaccination_line_list_yap_kosrae_pohnpei_chuuk_fm287",
        "No.=row | Record ID=-:fv_rec287 | Last Name=family_name:fv_family287"
        " | First Name=given_name:fv_given287 | DOB=birth_date@%Y-%m-%d | Age=-:fv_age287"
        " | Sex=sex:fv_sex287 | FSM SS No.=national_id:fv_ss287"
        " | Municipality=district:fv_muni287 | State=state:fv_state287"
        " | Phone=phone:fv_phone287 | Vaccine=-:fv_vax287 | Lot No.=-:fv_lot287"
        " | Dose 1 Date=date@%Y-%m-%d | Dose 2 Date=date:fv_dose2287"
        " | Vaccination Site=-:fv_site287 | Vaccinator=-:fv_vaccinator287",
        english=True,
        file="xlsx",
    ),
    _shape(
        "rmi_electoral_administration_registered_voters_list_mh287",
        "No.=row | Voter ID=-:mv_voter287 | Ak / Surname=family_name:mv_family287"
        " | Etan / Given name=given_name:mv_given287"
        " | Raan in lotak / Date of birth=birth_date@%m/%d/%Y"
        " | Kōrā ak Ṃaan / Sex=sex:mv_sex287 | Social Security No.=national_id:ss_mh287"
        " | Jikin jokwe / Residence=address:mv_res287"
        " | Voting District (wāto)=-:mv_district287 | Polling Place=-:mv_poll287"
        " | Tilbōn / Phone=phone:mv_phone287 | Ballot=-:mv_ballot287"
        " | Date Registered=date@%m/%d/%Y | Remarks=-:mv_remark287",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("ssn_gu287", "ssn_mp287", "pw_ss287", "fv_ss287", "ss_mh287")
SEX_HOLDS: tuple[str, ...] = ("clt_sex287", "mp_sex287", "pw_sex287", "fv_sex287", "mv_sex287")
NAME_HOLDS = frozenset({"mp_name287", "pw_name287"})
PHONE_HOLDS: tuple[str, ...] = (
    "clt_phone287",
    "mp_phone287",
    "pw_phone287",
    "fv_phone287",
    "mv_phone287",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("mv_res287",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND287",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND287",
]
