"""The two-hundred-and-second part of the outside corpus, **blind 202** (written 02:21 UTC,
2026-12-07, never used for tuning): person files a ward's people's committee, a commune's poverty
reduction board, a power company's branch, a provincial museum, a Malagasy electoral commission
branch, a Comorian hospital, the Seychellois housing ministry, the Namibian student fund and a
Botswana land board could hand over. Four Vietnamese files: the complaints about noise from
karaoke bars and loudspeakers a ward received, in Windows-1258 with tabs (how it came in, the
noise, the bar or household complained about and its address, the hours, the measured decibels,
the officer, the outcome); the households that left the poor list at the yearly review, in Excel
(the household code, the household size, the income per head, the service shortfalls, the class
before and after, the reason, the decision, the health card); the customers who asked the power
company to move or change their meter, in UTF-8 with a BOM and semicolons (the customer code, the
meter and its last reading, the request, the survey date, the cost, the worker, the state); and
the people who gave objects to a provincial museum, in UTF-16 with tabs (the object, its
material, age, count and provenance, the staff member who took it, the letter of thanks).
Five foreign files: a Malagasy voter list for a fokontany, in UTF-8 with semicolons and Malagasy
headers with French beside them (Anarana and Fanampiny, the place of birth, the CIN in groups of
three and its date, the father and the mother, the work, the fokontany, the commune, the polling
station); the admissions of a Comorian hospital in UTF-8 with a BOM and French, Shikomori and Arabic
headers (the admission number, the CNI, the town and the island, the person to tell and their
phone, the ward, the diagnosis, the doctor, the discharge); the applicants for a government house
in the Seychelles, in Excel with English and Creole headers (the NIN, the district, the address,
the household, the income in rupees, the spouse and their NIN, the employer, the estate asked
for); the students the Namibian student financial assistance fund took on, in UTF-8 (the ID
number, the region, the town and the erf, the institution, the student number, the
qualification, the fees in N$, the guardian and their ID and income); and a Botswana land board's
waiting list for residential plots, in UTF-8 with tabs and Setswana headers with English beside
them (the Omang, the village and the kgotla, the land use, the application, the plot, the spouse
and their Omang).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind202_writers import WRITERS_BLIND202
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND202: tuple[Shape, ...] = (
    _shape(
        "so_tiep_nhan_phan_anh_tieng_on_karaoke_loa_keo_ubnd_phuong_vn202",
        "STT=row | Ngày tiếp nhận=date@%d/%m/%Y | Hình thức=-:channel202"
        " | Họ tên người phản ánh=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số ĐDCN=cccd"
        " | Nơi ở hiện tại=address | SĐT liên hệ=phone | Nội dung phản ánh=-:noise202"
        " | Cơ sở/hộ gây ồn=-:source202 | Địa chỉ cơ sở=-:source_addr202"
        " | Khung giờ=-:hours202 | Kết quả đo (dBA)=-:dba202 | CB được giao=-:officer202"
        " | Kết quả xử lý=-:result202",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "ho_thoat_ngheo_ra_khoi_danh_sach_ra_soat_cuoi_nam_ban_giam_ngheo_xa_vn202",
        "TT=row | Mã hộ=-:hh_code202 | Họ và tên chủ hộ=full_name"
        " | Ngày tháng năm sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd"
        " | Địa chỉ=address | Số NK=-:hh_size202 | TN BQ (đ/ng/th)=-:income202"
        " | Thiếu hụt DVXHCB=-:shortfall202 | Phân loại 2024=-:class_before202"
        " | Kết quả rà soát 2025=-:class_after202 | Nguyên nhân thoát nghèo=-:why_out202"
        " | Ngày QĐ công nhận=date@%d/%m/%Y | Mã thẻ BHYT=bhyt | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "khach_hang_de_nghi_di_doi_thay_cong_to_dien_luc_quan_vn202",
        "STT=row | Mã KH=-:pe_code202 | Tên KH=full_name | CCCD/CMND=cccd:cccd_spaced"
        " | Địa chỉ dùng điện=address | ĐT=phone:phone_dotted | Email=email"
        " | Số công tơ=-:meter202 | Chỉ số chốt (kWh)=-:reading202 | Yêu cầu=-:request202"
        " | Ngày tiếp nhận=date@%d/%m/%Y | Ngày hẹn KS=date:survey202"
        " | Chi phí KH chịu (đ)=-:cost202 | NV thực hiện=-:worker202 | Trạng thái=-:state202",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "nguoi_hien_tang_hien_vat_bao_tang_tinh_phong_suu_tam_vn202",
        "TT=row | Số ĐK hiện vật=-:item_no202 | Người hiến tặng=full_name | Giới tính=sex"
        " | Ngày sinh=birth_date@%d-%m-%Y | CCCD=cccd | Địa chỉ=address"
        " | Điện thoại=phone:phone_spaced | Tên hiện vật=-:item202 | Chất liệu=-:material202"
        " | Niên đại=-:era202 | SL=-:qty202 | Nguồn gốc=-:origin202"
        " | Ngày nhận=date@%d-%m-%Y | CB tiếp nhận=-:staff202 | Hình thức ghi nhận=-:thanks202",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "lisitry_ny_mpifidy_fokontany_ceni_liste_electorale_mg202",
        "Laharana / N°=row | Anarana (Nom)=family_name:mg_nom202"
        " | Fanampiny (Prénoms)=given_name:mg_prenoms202 | Lahy/Vavy=sex:mg_sex202"
        " | Daty nahaterahana=birth_date@%d/%m/%Y | Toerana nahaterahana=-:mg_lieu202"
        " | Laharana CIN=national_id:mg_cin202 | Daty nahazoana CIN=date:mg_cin_date202"
        " | Anaran'ny ray (Père)=-:mg_father202 | Anaran'ny reny (Mère)=-:mg_mother202"
        " | Asa (Profession)=-:mg_job202 | Adiresy=address:mg_addr202"
        " | Fokontany=suburb:mg_fkt202 | Kaominina=district:mg_commune202"
        " | Biraom-pifidianana=-:mg_bv202 | Finday=phone:mg_phone202",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "registre_admissions_chn_el_maarouf_moroni_km202",
        "N°=row | N° d'entrée=-:km_entry202 | Nom et prénom / Jina=full_name:km_name202"
        " | Sexe / Jinsi=sex:km_sex202 | Date de naissance=birth_date@%d/%m/%Y"
        " | N° CNI / رقم البطاقة=national_id:km_cni202 | Localité / Mdji=district:km_town202"
        " | Île / Kisiwa=state:km_island202 | Téléphone / هاتف=phone:km_phone202"
        " | Personne à prévenir=-:km_kin202 | Tél. personne à prévenir=-:km_kin_phone202"
        " | Service=-:km_ward202 | Date d'entrée=date@%d/%m/%Y | Diagnostic=-:km_diag202"
        " | Médecin traitant=-:km_doctor202 | Mode de sortie=-:km_exit202"
        " | Date de sortie=date:km_out202",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "housing_applicants_ministry_lands_housing_sc202",
        "No.=row | Surname / Nom=family_name:sc_sur202"
        " | Other names / Lezot non=given_name:sc_given202"
        " | NIN=national_id:sc_nin202 | Date of birth / Dat nesans=birth_date@%d/%m/%Y"
        " | Sex / Sek=sex:sc_sex202 | District / Distrik=district:sc_district202"
        " | Present address / Ladres prezan=address:sc_addr202 | Mobile / Portab=phone:sc_phone202"
        " | Household size=-:sc_hh202 | Monthly income (SCR)=-:sc_income202"
        " | Spouse / Konzwen=-:sc_spouse202 | Spouse NIN=-:sc_spouse_nin202"
        " | Employer / Lanplwayer=-:sc_employer202 | Estate applied for=-:sc_estate202"
        " | Date of application=date@%d/%m/%Y | Status=-:sc_status202",
        english=True,
        file="xlsx",
    ),
    _shape(
        "nsfaf_funded_students_register_na202",
        "No=row | Surname=family_name:na_sur202 | First Names=given_name:na_given202"
        " | ID Number=national_id:na_id202 | Date of Birth=birth_date@%Y/%m/%d"
        " | Gender=sex:na_sex202 | Cell No.=phone:na_phone202"
        " | Residential Address=address:na_addr202 | Town=district:na_town202"
        " | Region=state:na_region202 | Institution=-:na_inst202 | Student No.=-:na_student202"
        " | Qualification=-:na_qual202 | Year of Study=-:na_year202"
        " | Tuition (N$)=-:na_tuition202 | Non-Tuition (N$)=-:na_nontuition202"
        " | Parent/Guardian=-:na_guardian202 | Guardian ID No.=-:na_guardian_id202"
        " | Guardian Income (N$)=-:na_guardian_income202 | Date Awarded=date@%Y/%m/%d",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "lenaane_la_ba_ba_emetseng_diratana_tsa_bonno_land_board_bw202",
        "Nomoro / No.=row | Sefane / Surname=family_name:bw_sur202"
        " | Leina / First name=given_name:bw_given202 | Nomoro ya Omang=national_id:bw_omang202"
        " | Letsatsi la matsalo / DOB=birth_date@%d/%m/%Y | Bong / Sex=sex:bw_sex202"
        " | Motse / Village=district:bw_village202 | Kgotla / Ward=suburb:bw_kgotla202"
        " | Mogala / Cell=phone:bw_phone202 | Tiriso ya lefatshe / Land use=-:bw_use202"
        " | Nomoro ya kopo / Application No.=-:bw_app202"
        " | Letsatsi la kopo / Date applied=date@%d/%m/%Y | Maemo / Status=-:bw_status202"
        " | Nomoro ya setsha / Plot No.=-:bw_plot202 | Molekane / Spouse=-:bw_spouse202"
        " | Omang ya molekane=-:bw_spouse_omang202",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "mg_cin202",
    "km_cni202",
    "sc_nin202",
    "na_id202",
    "bw_omang202",
)
SEX_HOLDS: tuple[str, ...] = ("mg_sex202", "km_sex202", "sc_sex202", "na_sex202", "bw_sex202")
NAME_HOLDS = frozenset(
    {
        "mg_nom202",
        "mg_prenoms202",
        "km_name202",
        "sc_sur202",
        "sc_given202",
        "na_sur202",
        "na_given202",
        "bw_sur202",
        "bw_given202",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "mg_phone202",
    "km_phone202",
    "sc_phone202",
    "na_phone202",
    "bw_phone202",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("mg_addr202", "sc_addr202", "na_addr202")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND202",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND202",
]
