"""The hundred-and-twenty-second part of the outside corpus, **blind 122** (written 19:40 UTC,
2026-12-06, never used for tuning): person files a district tax office registering dependants for
the family deduction, a provincial transport department issuing international driving permits, a
ward police station calling young men up for service in the People's Police, a district hospital
reporting sick-leave certificates to social insurance, an Australian community pharmacy, a New
Zealand employer, a Papua New Guinean mobile operator, the Solomon Islands Electoral Commission
and Vanuatu's labour mobility unit could hand over.
Four Vietnamese files: the dependants registered on form 20/ĐK-TCT in Excel (the dependant's own
tax code and CCCD, the relation to the taxpayer, the taxpayer's name, tax code and employer, the
months the deduction runs, its amount); international driving permits in UTF-16 with tabs (the
passport, the national licence, its class and issuer, the permit's number, issue and expiry, the
purpose, the channel, the fee); the call-up list for the People's Police in Windows-1258 with
semicolons and headers without diacritics (schooling, ethnicity, religion, the father and mother,
height, weight, the health grade, the vetting, the receiving unit, the officer); and the sick-leave
certificates a hospital sends daily in UTF-8 with a BOM and semicolons (the series number, the
social insurance number, the employer, the diagnosis and its ICD code, the days, from and to, the
doctor, the time sent).
Five foreign files: a pharmacy's Australian Immunisation Register upload (the Medicare card number
with its weighted check digit and issue number, the IRN apart, family names in capitals, the suburb,
state and postcode, the vaccine's code, brand, dose and batch, the provider number, the
transmission status); a New Zealand employment information schedule (the IRD number with its
mod-11 digit, dashed or zero-padded, the tax code, start and finish dates, earnings, PAYE, student
loan and KiwiSaver deductions); a Papua New Guinean SIM registration list (the MSISDN, the NID
number, the ID type, village, district and province, a next of kin, the agent, the status); a
Solomon Islands list of applications to transfer a voter's registration (the voter ID, the old
and new constituency, the polling station, the ward and province, the reason, the officer, the
decision); and Vanuatu's labour mobility work-ready pool in Bislama, English and French headers
(the national ID card number, the village, island and province, the passport, the scheme, the
job and employer abroad, the medical and police clearances, a next of kin).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind122_writers import WRITERS_BLIND122
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND122: tuple[Shape, ...] = (
    _shape(
        "dang_ky_nguoi_phu_thuoc_giam_tru_gia_canh_20dk_tct_vn122",
        "STT=row | Họ và tên người phụ thuộc=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | MST người phụ thuộc=mst | Số CCCD/ĐDCN=cccd | Quốc tịch=-:dep_nat122"
        " | Quan hệ với NNT=-:dep_rel122 | Họ tên NNT=-:payer_name122 | MST NNT=-:payer_mst122"
        " | Tổ chức chi trả TN=-:payer_employer122 | Giảm trừ từ tháng=-:dep_from122"
        " | Đến tháng=-:dep_to122 | Mức giảm trừ (đ/tháng)=-:dep_amount122"
        " | Ngày nộp hồ sơ=date@%d/%m/%Y | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "cap_giay_phep_lai_xe_quoc_te_idp_vn122",
        "TT=row | HỌ VÀ TÊN=full_name:full_name_caps | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Số hộ chiếu=-:passport122"
        " | Nơi cư trú=address | Số GPLX=-:gplx122 | Hạng=-:gplx_class122"
        " | Nơi cấp GPLX=-:gplx_issuer122 | Số IDP=-:idp_no122 | Ngày cấp=date@%d/%m/%Y"
        " | Có giá trị đến=date:idp_until122 | Mục đích=-:idp_purpose122"
        " | Hình thức nộp=-:idp_channel122 | Lệ phí (đồng)=-:idp_fee122 | SĐT=phone | Email=email",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "cong_dan_tuyen_chon_nghia_vu_cong_an_nhan_dan_vn122",
        "STT=row | Ho va ten=full_name:full_name_ascii | Ngay sinh=birth_date@%d/%m/%Y"
        " | So dinh danh=cccd | Noi thuong tru=address:address_ascii | Trinh do VH=-:edu122"
        " | Dan toc=-:ethnic122 | Ton giao=-:religion122 | Ho ten cha=-:father122"
        " | Ho ten me=-:mother122 | SDT gia dinh=-:parent_phone122 | Chieu cao (cm)=-:height"
        " | Can nang (kg)=-:weight | Ngay kham SK=date@%d/%m/%Y | PL suc khoe=-:health122"
        " | KQ tham tra LL=-:vetting122 | Don vi tiep nhan=-:police_unit122"
        " | CB CA phuong theo doi=-:ward_officer122",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "giay_chung_nhan_nghi_viec_huong_bhxh_benh_vien_vn122",
        "STT=row | Số seri=-:c65_seri122 | Mã số BHXH=bhxh | Họ tên người bệnh=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd"
        " | Đơn vị làm việc=-:c65_employer122 | Chẩn đoán=-:c65_diag122 | Mã ICD=-:c65_icd122"
        " | Số ngày nghỉ=-:c65_days122 | Từ ngày=date@%d/%m/%Y | Đến ngày=date:c65_to122"
        " | Họ tên cha/mẹ (con dưới 7 tuổi)=-:c65_parent122 | Y, bác sĩ KCB=-:c65_doctor122"
        " | Ngày cấp=date:c65_issued122 | Thời gian gửi=timestamp",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "air_encounters_community_pharmacy_au122",
        "Record=row | Medicare Card Number=national_id:medicare122 | Medicare IRN=-:irn122"
        " | Family Name=family_name:au_family122 | First Name=given_name:au_given122"
        " | Date of Birth=birth_date@%d/%m/%Y | Gender=sex:sex_au122"
        " | Indigenous Status=-:au_indig122 | Suburb=suburb:au_suburb122"
        " | State=state:au_state122 | Postcode=postcode:au_pc122 | Mobile=phone:au_phone122"
        " | Date of Service=date@%d/%m/%Y | Vaccine Code=-:au_vcode122"
        " | Vaccine Brand=-:au_vname122 | Vaccine Type=-:au_vtype122 | Dose=-:au_dose122"
        " | Batch No=-:au_batch122 | Route=-:au_route122"
        " | Immunisation Provider No=-:au_provider122 | AIR Status=-:au_status122",
        english=True,
    ),
    _shape(
        "employment_information_schedule_nz122",
        "Line=row | Employee IRD number=national_id:ird122 | Employee name=full_name:nz_name122"
        " | Employee tax code=-:nz_taxcode122 | Employment start date=date@%d/%m/%Y"
        " | Employment finish date=-:nz_finish122 | Employee birth date=birth_date@%d/%m/%Y"
        " | Employee address=address:nz_addr122 | Lump sum indicator=-:nz_lump122"
        " | Gross earnings=-:nz_gross122 | Earnings not liable for ACC=-:nz_notliable122"
        " | PAYE/tax=-:nz_paye122 | Student loan deductions=-:nz_sl122"
        " | KiwiSaver deductions=-:nz_ks122"
        " | Net KiwiSaver employer contributions=-:nz_ksemp122"
        " | Payroll contact phone=-:nz_payroll_phone122",
        english=True,
    ),
    _shape(
        "sim_card_registration_nicta_pg122",
        "No.=row | MSISDN=phone:pg_msisdn122 | First Name=given_name:pg_given122"
        " | Surname=family_name:pg_family122 | DOB=birth_date@%d/%m/%Y | Gender=sex:sex_pg122"
        " | ID Type=-:pg_idtype122 | NID Number=national_id:pg_nid122"
        " | Village/Suburb=suburb:pg_village122 | District=district:pg_dist122"
        " | Province=province:pg_prov122 | Next of Kin=-:pg_nok122"
        " | Registration Point=-:pg_agent122 | Agent ID=-:pg_agent_id122"
        " | Date Registered=date@%d/%m/%Y | Status=-:pg_status122",
        english=True,
    ),
    _shape(
        "transfer_of_voter_registration_siec_sb122",
        "No.=row | Application No.=-:sb_app122 | Voter ID No.=national_id:sb_voter122"
        " | Surname=family_name:sb_family122 | Given Names=given_name:sb_given122"
        " | Date of Birth=birth_date@%d/%m/%Y | Sex=sex:sex_sb122"
        " | Registered Constituency=-:sb_old_const122 | Polling Station=-:sb_old_ps122"
        " | New Constituency=-:sb_new_const122 | New Residence=address:sb_res122"
        " | Ward=ward:sb_ward122 | Province=province:sb_prov122"
        " | Reason for Transfer=-:sb_reason122 | Mobile=phone:sb_phone122"
        " | Date Lodged=date@%d/%m/%Y | Registration Officer=-:sb_officer122"
        " | Decision=-:sb_decision122",
        english=True,
    ),
    _shape(
        "wok_redi_pul_labour_mobility_vu122",
        "Namba / No. / N°=row"
        " | Namba blong ID kad / ID Card No. / N° carte d'identité=national_id:vu_id122"
        " | Famili nem / Surname / Nom=family_name:vu_family122"
        " | Fes nem / First name / Prénom=given_name:vu_given122"
        " | Dei blong bon / Date of birth / Date de naissance=birth_date@%d/%m/%Y"
        " | Man o woman / Sex / Sexe=sex:sex_vu122"
        " | Vilej / Village / Village=suburb:vu_village122"
        " | Aelan / Island / Île=-:vu_island122 | Provins / Province=province:vu_prov122"
        " | Namba pasport / Passport No. / N° passeport=-:vu_passport122"
        " | Skim / Scheme / Programme=-:vu_scheme122 | Wok / Job / Emploi=-:vu_job122"
        " | Bos / Employer / Employeur=-:vu_employer122"
        " | Medikol / Medical / Visite médicale=-:vu_medical122"
        " | Polis klia / Police clearance / Casier judiciaire=-:vu_police122"
        " | Namba fon / Phone / Téléphone=phone:vu_phone122"
        " | Nekis blong kin / Next of kin / Personne à contacter=-:vu_nok122"
        " | Dei blong rejista / Date registered / Date d'inscription=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "medicare122",
    "ird122",
    "pg_nid122",
    "sb_voter122",
    "vu_id122",
)
SEX_HOLDS: tuple[str, ...] = ("sex_au122", "sex_pg122", "sex_sb122", "sex_vu122")
NAME_HOLDS = frozenset(
    {"au_family122", "au_given122", "nz_name122", "pg_given122", "pg_family122"}
    | {"sb_family122", "sb_given122", "vu_family122", "vu_given122"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "au_phone122",
    "pg_msisdn122",
    "sb_phone122",
    "vu_phone122",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("nz_addr122", "sb_res122")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND122",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND122",
]
