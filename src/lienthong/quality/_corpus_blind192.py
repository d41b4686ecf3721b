"""The hundred-and-ninety-second part of the outside corpus, **blind 192** (written 01:41 UTC,
2026-12-07, never used for tuning): person files an apartment building's owners' board, a city's
parks and trees company, an employment service centre, a forest protection unit, the NYSC in the
Federal Capital Territory, a Ghanaian district agriculture directorate, a Cameroonian health
district, the Ivorian youth employment agency in Abidjan and the Guinean Hajj office could hand
over. Four Vietnamese files: the flat owners of a building and the 2% maintenance fund each owes,
in UTF-8 with a BOM and semicolons (the flat, the tower, the floor area, the price, the fund, what
was paid, the receipt); the requests to fell, prune or move a street tree in Windows-1258 with
tabs (where the tree stands, its kind, girth and height, the reason, the surveyor's finding, the
fee); the people told to pay back unemployment benefit they drew wrongly, in Excel (the benefit
decision, the months, the reason, the amount, the new employer, the social insurance book); and
the households whose crops wild elephants trampled, in UTF-16 with tabs (the plot, the crop, the
area and the share lost, the aid, the ranger, the hamlet head who confirmed it, the bank account).
Five foreign files: the corps members who reported to the NYSC orientation camp in the FCT, in
UTF-8 (the state code and call-up number, surname and other names as Yoruba, Igbo and Hausa people
bear them, the 11-digit NIN and the BVN apart, the institution and course, the state and LGA of
origin, the place of primary assignment and its address, the next of kin and phone); the farmers
registered for Planting for Food and Jobs in a Ghanaian district, in Excel (the Ghana Card PIN as
GHA-123456789-0, Akan, Ewe and Dagomba names, region, district and community, the GhanaPostGPS
address of the farm, the commodity, acreage, inputs and what is owed, the extension agent, the
farmer group); a Cameroonian health district's vaccination register in Windows-1252 with French
and English headers side by side (the CNI, quarter and subdivision, the vaccine, batch and dose,
the health facility, the vaccinator, the next appointment); the job seekers the Agence Emploi
Jeunes registered in the communes of Abidjan, in UTF-8 with semicolons (the AEJ number, NOM and
Prénoms, the place of birth, the CNI, commune and quartier, the diploma, the programme, the host
employer); and the Guinean pilgrims of the Hajj in UTF-8 with tabs (Prénoms and Nom as Fulbe and
Maninka people bear them, the NIN, the passport and its expiry, the mahram and the link, the
préfecture and the address, the agency, the sum paid in GNF, the meningitis vaccination).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind192_writers import WRITERS_BLIND192
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND192: tuple[Shape, ...] = (
    _shape(
        "chu_so_huu_nop_kinh_phi_bao_tri_2pt_ban_quan_tri_chung_cu_vn192",
        "STT=row | Căn hộ=-:apt192 | Tòa=-:tower192 | Chủ sở hữu=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | CCCD/CMND=cccd | DT thông thủy (m2)=-:area192"
        " | Giá bán chưa VAT (đ)=-:price192 | KPBT 2% (đ)=-:fund192 | Tình trạng nộp=-:paid192"
        " | Ngày nộp=date@%d/%m/%Y | Số phiếu thu/UNC=-:receipt192 | SĐT=phone:phone_dotted"
        " | Email=email | Địa chỉ liên hệ=address | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "dang_ky_chat_ha_cat_tia_dich_chuyen_cay_xanh_duong_pho_cty_cong_vien_vn192",
        "TT=row | Ngày nhận đơn=date@%d/%m/%Y | Người đề nghị=full_name | Số CCCD=cccd"
        " | Địa chỉ=address | Điện thoại=phone | Vị trí cây=-:tree_loc192 | Loài cây=-:tree192"
        " | Chu vi thân (cm)=-:girth192 | Cao (m)=-:height192 | Nội dung ĐN=-:request192"
        " | Lý do=-:reason192 | KQ khảo sát hiện trường=-:survey192"
        " | CB khảo sát=-:surveyor192 | Chi phí (đ)=-:fee192",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "nguoi_hoan_tra_tro_cap_that_nghiep_huong_sai_trung_tam_dvvl_vn192",
        "STT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Số sổ BHXH=bhxh"
        " | QĐ hưởng TCTN số=-:qd192 | Số tháng được hưởng=-:months192"
        " | Tháng hưởng không đúng=-:wrong_months192 | Lý do thu hồi=-:why192"
        " | Số tiền phải hoàn trả (đồng)=-:refund192 | Ngày QĐ thu hồi=date@%d/%m/%Y"
        " | Tình trạng=-:refunded192 | Nơi cư trú=address | Số điện thoại=phone:phone_spaced"
        " | Đơn vị làm việc mới=-:new_employer192",
        file="xlsx",
    ),
    _shape(
        "ho_bi_voi_rung_pha_hoai_cay_trong_de_nghi_ho_tro_hat_kiem_lam_vn192",
        "TT=row | Họ tên chủ hộ=full_name | Ngày sinh=birth_date@%d-%m-%Y | CCCD=cccd:cccd_spaced"
        " | Địa chỉ thường trú=address | Vị trí bị thiệt hại=-:plot192 | Ngày xảy ra=date@%d-%m-%Y"
        " | Loại cây trồng=-:crop192 | DT thiệt hại (m2)=-:dmg_area192 | Mức độ=-:pct192"
        " | Kinh phí hỗ trợ (đ)=-:aid192 | Kiểm lâm địa bàn=-:ranger192"
        " | Trưởng ấp xác nhận=-:headman192 | SĐT=phone | STK Agribank=-:account192",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nysc_corps_members_orientation_camp_register_fct_ng192",
        "S/N=row | State Code=-:ng_code192 | Call-up No.=-:ng_callup192"
        " | Surname=family_name:ng_sur192 | Other Names=given_name:ng_other192"
        " | Sex=sex:ng_sex192 | Date of Birth=birth_date@%d/%m/%Y | NIN=national_id:ng_nin192"
        " | BVN=-:ng_bvn192 | GSM No.=phone:ng_phone192 | Institution=-:ng_inst192"
        " | Course of Study=-:ng_course192 | State of Origin=-:ng_origin192"
        " | LGA=-:ng_lga192 | PPA=-:ng_ppa192 | PPA Address=-:ng_ppa_addr192"
        " | Residential Address=address:ng_addr192 | Next of Kin=-:ng_kin192"
        " | NOK Phone=-:ng_kin_phone192 | Date Reported=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "pfj_farmer_registration_district_agric_directorate_gh192",
        "No.=row | Ghana Card PIN=national_id:gh_card192 | Name of Farmer=full_name:gh_name192"
        " | Sex=sex:gh_sex192 | DOB=birth_date@%d-%m-%Y | Mobile No. (MoMo)=phone:gh_phone192"
        " | Region=state:gh_region192 | District=district:gh_district192"
        " | Community=suburb:gh_comm192 | Farm GPS Address=-:gh_gps192"
        " | Commodity=-:gh_crop192 | Farm Size (Acres)=-:gh_acres192"
        " | Inputs Supplied=-:gh_inputs192 | Amount Due (GH¢)=-:gh_due192"
        " | AEA=-:gh_aea192 | FBO=-:gh_fbo192 | Date Registered=date@%d-%m-%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "registre_vaccination_vaccination_register_district_sante_cm192",
        "N°=row | Noms et prénoms / Names=full_name:cm_name192 | Sexe / Sex=sex:cm_sex192"
        " | Date de naissance / Date of birth=birth_date@%d/%m/%Y"
        " | N° CNI / NIC No.=national_id:cm_cni192 | Téléphone / Phone=phone:cm_phone192"
        " | Quartier / Quarter=suburb:cm_quarter192"
        " | Arrondissement / Subdivision=district:cm_sub192"
        " | Profession / Occupation=-:cm_job192 | Vaccin / Vaccine=-:cm_vax192"
        " | N° lot / Batch No.=-:cm_lot192 | Dose=-:cm_dose192"
        " | Date vaccination=date@%d/%m/%Y | FOSA / Health facility=-:cm_fosa192"
        " | Vaccinateur / Vaccinator=-:cm_vaccinator192"
        " | Prochain RDV / Next appointment=date:cm_next192",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "demandeurs_emploi_inscrits_agence_emploi_jeunes_abidjan_ci192",
        "N° d'ordre=row | N° AEJ=-:ci_aej192 | NOM=family_name:ci_nom192"
        " | Prénoms=given_name:ci_prenoms192 | Sexe=sex:ci_sex192"
        " | Date de naissance=birth_date@%d/%m/%Y | Lieu de naissance=-:ci_lieu192"
        " | N° CNI=national_id:ci_cni192 | Contact=phone:ci_phone192"
        " | Commune=district:ci_commune192 | Quartier=suburb:ci_quartier192"
        " | Diplôme=-:ci_diplome192 | Spécialité=-:ci_spec192 | Programme=-:ci_prog192"
        " | Structure d'accueil=-:ci_host192 | Date d'inscription=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "liste_pelerins_hadj_secretariat_affaires_religieuses_gn192",
        "N°=row | Prénoms=given_name:gn_prenoms192 | Nom=family_name:gn_nom192"
        " | Sexe=sex:gn_sex192 | Date de naissance=birth_date@%d/%m/%Y"
        " | Lieu de naissance=-:gn_lieu192 | NIN=national_id:gn_nin192"
        " | N° Passeport=-:gn_pass192 | Expiration passeport=date:gn_passexp192"
        " | Mahram=-:gn_mahram192 | Lien de parenté=-:gn_lien192 | Préfecture=district:gn_pref192"
        " | Adresse=address:gn_addr192 | Téléphone=phone:gn_phone192"
        " | Agence=-:gn_agence192 | Montant versé (GNF)=-:gn_montant192"
        " | Vaccin méningite (ACWY)=date:gn_vax192",
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
    "ng_nin192",
    "gh_card192",
    "cm_cni192",
    "ci_cni192",
    "gn_nin192",
)
SEX_HOLDS: tuple[str, ...] = ("ng_sex192", "gh_sex192", "cm_sex192", "ci_sex192", "gn_sex192")
NAME_HOLDS = frozenset(
    {
        "ng_sur192",
        "ng_other192",
        "gh_name192",
        "cm_name192",
        "ci_nom192",
        "ci_prenoms192",
        "gn_prenoms192",
        "gn_nom192",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "ng_phone192",
    "gh_phone192",
    "cm_phone192",
    "ci_phone192",
    "gn_phone192",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ng_addr192", "gn_addr192")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND192",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND192",
]
