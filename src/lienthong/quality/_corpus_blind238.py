"""The two hundred and thirty-eighth part of the outside corpus, **blind 238** (written 07:20 UTC,
2026-12-07, never used for tuning): person files a district culture office registering jockeys
for a highland horse race, a provincial ethnic affairs committee teaching the Cham script, a
district veterans' association taking veterans back to their old battlefields, a vocational
centre's barista class for rural workers, a Nunavut harvester support programme, a Northwest
Territories student financial assistance office, Yukon's medical travel unit, the Cree hunters
and trappers income security board of Eeyou Istchee and a Métis education institute in Manitoba
could hand over. Four Vietnamese files: Bắc Hà's list of jockeys entered for the traditional
horse race in UTF-8 with a BOM and semicolons (the horse, its owner, the horse's age, the
village, the heat); a Cham script class list in Windows-1258 with tabs (the class, the teacher,
the village of the learner, the Cham name, the result); a veterans' association list of members
going back to the old battlefields in UTF-16 with tabs (the unit they fought in, the front, the
year of enlistment, the companion, the veteran's card number, the health); and a barista class
list in Excel (the Đề án 1956 group, the course, the fee support, the employer after the
course, the certificate date).
Five foreign files: a Nunavut harvester support programme list in UTF-8 with headers in English
and Inuktitut syllabics (the health care number, the Nunavut Agreement beneficiary number, the
HTO, the equipment asked for, names in both scripts); a Northwest Territories student financial
assistance list in Windows-1252 (the SIN with its Luhn digit, the NWT health care number with
its letter, the school and its city, the program, the grant); a Yukon medical travel claims
list in Excel (the health care insurance plan number in threes, the escort, the destination
hospital, month-name dates); a Cree hunters and trappers income security list in UTF-8 with a
BOM and headers in Cree syllabics, French and English (the SIN, the beneficiary number, the
trapline, the days in the bush, the amount); and a Louis Riel Institute bursary list in UTF-8
(the SIN, the MMF citizenship card number, the MMF region and local, the school, the program).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind238_writers import WRITERS_BLIND238
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND238: tuple[Shape, ...] = (
    _shape(
        "ky_si_dang_ky_giai_dua_ngua_truyen_thong_cao_nguyen_trang_bac_ha_phong_vhtt_vn238",
        "STT=row | Họ và tên kỵ sĩ=full_name | Năm sinh (ngày/tháng/năm)=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Dân tộc=-:ethnic238 | Số CCCD=cccd"
        " | Thôn/bản, xã=address:village238 | Tên ngựa=-:horse238"
        " | Tuổi ngựa=-:horse_age238 | Chủ ngựa=-:owner238 | SĐT chủ ngựa=-:owner_phone238"
        " | SĐT kỵ sĩ=phone | Lượt đua=-:heat238 | Ngày đăng ký=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "hoc_vien_lop_day_chu_cham_akhar_thrah_ban_dan_toc_tinh_khanh_hoa_vn238",
        "TT=row | Ho va ten hoc vien=full_name | Ten goi Cham=-:cham_name238"
        " | Ngay sinh=birth_date@%d-%m-%Y | Gioi=sex | So dinh danh ca nhan=cccd"
        " | Thon / lang=-:cham_village238 | Dia chi thuong tru=address"
        " | Lop=-:cham_class238 | Giao vien phu trach=-:cham_teacher238"
        " | Dien thoai=phone | Ket qua cuoi khoa=-:cham_result238"
        " | Ngay khai giang=date@%d-%m-%Y",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "cuu_chien_binh_dang_ky_hanh_trinh_ve_chien_truong_xua_hoi_ccb_huyen_vn238",
        "STT=row | Họ và tên CCB=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd:cccd_spaced | Số thẻ hội viên=-:ccb_card238"
        " | Năm nhập ngũ=-:enlist238 | Đơn vị khi chiến đấu=-:unit238"
        " | Chiến trường=-:front238 | Chi hội=-:branch238 | Nơi cư trú=address"
        " | Điện thoại=phone | Người đi cùng=-:companion238 | SĐT người đi cùng=-:comp_phone238"
        " | Sức khỏe=-:health238 | Ngày cập nhật=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hoc_vien_lop_pha_che_do_uong_barista_lao_dong_nong_thon_trung_tam_gdnn_gdtx_vn238",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Nữ=sex:sex_x238"
        " | Số CCCD=cccd | Đối tượng (ĐA 1956)=-:group238 | Chỗ ở hiện nay=address"
        " | Số điện thoại=phone | Khóa học=-:course238 | Học phí được hỗ trợ (đ)=-:fee238"
        " | Nơi làm việc sau học=-:workplace238 | Ngày cấp chứng chỉ=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "harvester_support_program_small_equipment_applicants_hto_nunavut_nu238",
        "No.=row | Health Care No. / ᐋᓐᓂᐊᖃᕐᓇᙱᑦᑐᓕᕆᓂᕐᒧᑦ ᓈᓴᐅᑎ=-:hcn_nu238"
        " | NLCA Beneficiary No. / ᑭᒡᒐᖅᑐᐃᔨᑦ=-:benef_nu238"
        " | Surname / ᐊᑎᖓ (ᑲᑎᓐᖓᓂ)=family_name:family_nu238"
        " | Given Name=given_name:given_nu238 | ᐊᑎᖓ=-:given_syl_nu238"
        " | Date of Birth / ᐃᓅᓵᕆᔭᖓ=birth_date@%Y-%m-%d | M/F=sex:sex_nu238"
        " | Box No.=-:box_nu238 | Community / ᓄᓇᓕᒃ=district:community_nu238"
        " | Postal Code=postcode:pc_nu238 | Phone / ᐅᖃᓘᑎ=phone:phone_nu238"
        " | HTO=-:hto_nu238 | Equipment Requested=-:equip_nu238 | Amount ($)=-:amount_nu238"
        " | Date Received=date@%Y-%m-%d",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "student_financial_assistance_applicants_ece_northwest_territories_nt238",
        "#=row | App #=-:app_nt238 | SIN=national_id:sin_nt238 | NWT HC #=-:hcn_nt238"
        " | Last Name=family_name | First Name=given_name | DOB (dd/mm/yyyy)=birth_date@%d/%m/%Y"
        " | Gender=sex:sex_nt238 | Mailing Address=street:street_nt238"
        " | Community=district:community_nt238 | Postal Code=postcode:pc_nt238"
        " | Phone=phone:phone_nt238 | Institution=-:school_nt238"
        " | Institution City=-:school_city_nt238 | Program=-:program_nt238"
        " | Grant ($)=-:grant_nt238 | Term Start=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "medical_travel_claims_insured_health_services_yukon_yt238",
        "Line=row | Claim=-:claim_yt238 | YHCIP #=-:yhcip_yt238 | Surname=family_name"
        " | Given Names=given_name"
        " | Birthdate=birth_date@%d-%b-%Y | Sex=sex:sex_yt238 | Street Address=street:street_yt238"
        " | City/Town=district:town_yt238 | Postal=postcode:pc_yt238 | Tel.=phone:phone_yt238"
        " | Escort=-:escort_yt238 | Destination=-:dest_yt238 | Travel Date=date@%d-%b-%Y"
        " | Subsidy ($)=-:subsidy_yt238",
        english=True,
        file="xlsx",
    ),
    _shape(
        "isp_beneficiaires_cree_hunters_trappers_income_security_board_eeyou_istchee_qc238",
        "No. / ᐊᔨᒧᐧᐃᓐ=row | NAS / SIN=national_id:sin_qc238"
        " | No de bénéficiaire / Beneficiary No.=-:benef_qc238"
        " | ᐅᑎᓰᔥᑳᓱᐧᐃᓐ / Nom de famille=family_name:family_qc238"
        " | ᐊᔥᑎᓂᑳᓱᐧᐃᓐ / Prénom=given_name:given_qc238"
        " | Date de naissance / Birth date=birth_date@%Y-%m-%d | Sexe=sex:sex_qc238"
        " | ᐅᑕᓇᐦ / Communauté=district:community_qc238 | Code postal=postcode:pc_qc238"
        " | Téléphone=phone:phone_qc238 | Terrain de trappe / Trapline=-:trapline_qc238"
        " | Maître de trappe / Tallyman=-:tallyman_qc238 | Jours en forêt=-:days_qc238"
        " | Montant ($)=-:amount_qc238 | Date de paiement=date@%Y-%m-%d",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "louis_riel_institute_bursary_applicants_manitoba_metis_federation_mb238",
        "No.=row | Applicant ID=-:lri_mb238 | SIN=national_id:sin_mb238"
        " | MMF Citizenship Card #=-:mmf_mb238 | Surname=family_name:family_mb238"
        " | First Name=given_name:given_mb238 | Date of Birth=birth_date@%B %d, %Y"
        " | Gender=sex:sex_mb238 | Home Address=address:addr_mb238"
        " | Postal Code=postcode:pc_mb238 | Phone=phone:phone_mb238"
        " | MMF Region=-:region_mb238 | Local=-:local_mb238 | School=-:school_mb238"
        " | Program of Study=-:program_mb238 | Award ($)=-:award_mb238"
        " | Application Date=date@%B %d, %Y",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats.
INVALID_DAY: dict[str, str] = {"%B %d, %Y": "February 31, {y}"}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("sin_nt238", "sin_qc238", "sin_mb238")
SEX_HOLDS: tuple[str, ...] = (
    "sex_x238",
    "sex_nu238",
    "sex_nt238",
    "sex_yt238",
    "sex_qc238",
    "sex_mb238",
)
NAME_HOLDS = frozenset(
    {"family_nu238", "given_nu238", "family_qc238", "given_qc238", "family_mb238"} | {"given_mb238"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_nu238",
    "phone_nt238",
    "phone_yt238",
    "phone_qc238",
    "phone_mb238",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("village238", "addr_mb238")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND238",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND238",
]
