"""The hundred-and-seventy-fourth part of the outside corpus, **blind 174** (written 23:37 UTC,
2026-12-06, never used for tuning): person files a Quang Nam district's farming office, a
provincial natural resources department, a provincial justice department, a Red River waterway
inspectorate, the CAFAT of New Caledonia, the OPH of French Polynesia, the education service of
Wallis and Futuna, a Reunion sugar-cane employers' group and the CCAS of Mamoudzou could hand
over. Four Vietnamese files and five overseas French ones:
Ngoc Linh ginseng growers given a growing-area code, in Windows-1258 with tabs (Xo Dang names,
the forest plot, the area in m2, the number of plants, the year planted, where the seedlings
came from, the officer who checked); holders of surveying and mapping practising certificates,
in Excel (the certificate number and class, the field, the degree and school, years of
practice, the employer, the expiry day); entrants to an online law quiz, in UTF-16 with
semicolons (the entrant code, the unit, the score, the guess of how many entered, the time
taken, the prize, the time of submission); sand barge owners on the Red River, in UTF-8 with a
BOM and semicolons (the barge, its tonnage, the mine, the licence, the skipper and his phone,
GPS fitted or not);
New Caledonia self-employed contributors to the CAFAT, in Windows-1252 with semicolons (the NIR
with its key, the CAFAT number, the RIDET, tribu or street, commune, postcode and province, a
six-digit phone, the trade, the health scheme, arrears in XPF); a French Polynesia social
housing waiting list with Tahitian words (I'oa, Mahana fanaura'a, Niuniu) in UTF-8 with a BOM
(the DN number, the PK and servitude address, household size, income in F CFP, the flat asked
for); Wallis and Futuna territorial scholarships with Wallisian words (Higoa, Kolo) in Excel
(the NIR, village, district and postcode, the school, the level, the guardian, a +681 phone);
Reunion cane cutters of a harvest, in Windows-1252 with semicolons (the NIR, chemin and
lieu-dit, a 0692 phone, the planter, tonnes cut, the France Travail number); and Mayotte
emergency aid after cyclone Chido with Shimaore words (Dzina, Mdji) in UTF-8 (an NIR when the
person has one, village and quartier, the mother, household size, the damage, the kit, the
agent).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind174_writers import WRITERS_BLIND174
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND174: tuple[Shape, ...] = (
    _shape(
        "ho_trong_sam_ngoc_linh_cap_ma_vung_trong_nam_tra_my_vn174",
        "TT=row | Ho ten chu ho=full_name:xd_name174 | Ngay sinh=birth_date@%d/%m/%Y"
        " | So CCCD=cccd | Noi cu tru=address:addr_qnam174 | Vi tri vuon (TK, khoanh)=-:plot174"
        " | Dien tich (m2)=-:area_ginseng174 | So cay=-:plants174 | Ma so vung trong=-:vung_code174"
        " | Nam trong=-:planted174 | Nguon giong=-:seedling174 | Ngay kiem tra=date@%d/%m/%Y"
        " | Can bo kiem tra=-:checker174 | SDT=phone",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "chung_chi_hanh_nghe_do_dac_ban_do_so_nong_nghiep_moi_truong_vn174",
        "STT=row | Số chứng chỉ=-:licence_dd174 | Họ và tên=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số định danh cá nhân=cccd"
        " | Địa chỉ thường trú=address | Trình độ chuyên môn=-:degree174"
        " | Cơ sở đào tạo=-:school174 | Số năm kinh nghiệm=-:years_dd174"
        " | Hạng=-:class_dd174 | Lĩnh vực hành nghề=-:field_dd174"
        " | Đơn vị công tác=-:employer_dd174 | Ngày cấp=date@%d/%m/%Y"
        " | Có giá trị đến=date:expiry_dd174",
        file="xlsx",
    ),
    _shape(
        "thi_sinh_cuoc_thi_tim_hieu_phap_luat_truc_tuyen_so_tu_phap_vn174",
        "#=row | Mã thí sinh=-:quiz_id174 | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | CCCD=cccd | Điện thoại=phone | Email=email | Đơn vị/Nơi công tác=-:unit_quiz174"
        " | Số câu đúng=-:score174 | Dự đoán số người tham gia=-:guess174"
        " | Thời gian làm bài (phút:giây)=-:seconds174 | Thời điểm nộp bài=timestamp"
        " | Giải=-:prize174",
        encoding="utf-16",
        delimiter=";",
    ),
    _shape(
        "chu_phuong_tien_van_chuyen_cat_song_hong_thanh_tra_duong_thuy_vn174",
        "Stt=row | Chủ phương tiện=full_name | Ngày sinh=birth_date@%d.%m.%Y | Số CCCD=cccd"
        " | Địa chỉ=address:addr_red174 | ĐT=phone:phone_dotted | Số đăng ký PT=-:barge174"
        " | Trọng tải (tấn)=-:tonnage174 | Mỏ/bến nhận cát=-:mine174"
        " | Giấy phép khai thác=-:licence_cat174 | Thuyền trưởng=-:captain174"
        " | ĐT thuyền trưởng=-:captain_phone174 | Thiết bị GSHT=-:gps174"
        " | Ngày kiểm tra=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "cotisants_travailleurs_independants_cafat_nc174",
        "N°=row | NOM=family_name:nc_family174 | Prénom(s)=given_name:nc_given174"
        " | Né(e) le=birth_date@%d/%m/%Y | N° de sécurité sociale (NIR)=national_id:nir_nc174"
        " | N° CAFAT=-:cafat174 | N° RIDET=-:ridet174 | Adresse / Tribu=street:street_nc174"
        " | Commune=district:commune_nc174 | Code postal=postcode:cp_nc174"
        " | Province=state:prov_nc174 | Téléphone=phone:phone_nc174 | Activité=-:activity_nc174"
        " | Régime=-:regime_nc174 | Date d'affiliation=date@%d/%m/%Y"
        " | Cotisations impayées=-:arrears174",
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "demandeurs_logement_social_oph_tahiti_pf174",
        "N° ordre=row | N° dossier=-:file_pf174 | NOM / I'oa 'utuafare=family_name:pf_family174"
        " | Prénom / I'oa=given_name:pf_given174"
        " | Date de naissance / Mahana fanaura'a=birth_date@%d/%m/%Y | Sexe=sex:sex_fr174"
        " | N° DN (CPS)=-:dn_pf174 | Adresse / Vahi nohoraa=address:addr_pf174"
        " | Téléphone / Niuniu=phone:phone_pf174 | Nb de personnes au foyer=-:household_pf174"
        " | Revenus mensuels du foyer=-:income_pf174 | Logement demandé=-:housing_pf174"
        " | Date de dépôt=date@%d/%m/%Y | Priorité=-:priority_pf174",
        encoding="utf-8-sig",
    ),
    _shape(
        "boursiers_du_territoire_service_enseignement_wallis_futuna_wf174",
        "N°=row | Higoa fakafamili / NOM=family_name:wf_family174"
        " | Higoa / Prénom=given_name:wf_given174 | Date de naissance=birth_date@%d/%m/%Y"
        " | Sexe=sex:sex_fr174 | NIR=national_id:nir_wf174 | Kolo / Village=suburb:village_wf174"
        " | District=district:district_wf174 | BP / Code postal=postcode:cp_wf174"
        " | Établissement fréquenté=-:school_wf174 | Niveau=-:level_wf174"
        " | Tuteur / Responsable légal=-:guardian_wf174 | Tél. famille=phone:phone_wf174"
        " | Montant annuel (XPF)=-:amount_wf174 | Date de la commission=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "coupeurs_cannes_campagne_sucriere_sud_reunion_re174",
        "Rang=row | NOM=family_name:re_family174 | Prénom=given_name:re_given174"
        " | Date naiss.=birth_date@%d/%m/%Y | N° Sécu=national_id:nir_re174"
        " | Adresse=street:street_re174 | CP=postcode:cp_re174 | Ville=district:commune_re174"
        " | Tél. portable=phone:phone_re174 | Planteur employeur=-:planter174"
        " | Tonnage coupé (t)=-:tonnes174 | Début de contrat=date:start_re174"
        " | N° identifiant France Travail=-:france_travail174 | Observations=-:note_re174",
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "aide_urgence_cyclone_chido_ccas_mamoudzou_yt174",
        "N°=row | NOM / Dzina la baba=family_name:yt_family174"
        " | Prénom / Dzina=given_name:yt_given174"
        " | Date de naissance=birth_date@%d/%m/%Y | Sexe=sex:sex_fr174 | NIR=national_id:nir_yt174"
        " | Mdji / Village=suburb:village_yt174 | Quartier=-:quartier_yt174"
        " | Commune=district:commune_yt174 | Téléphone=phone:phone_yt174"
        " | Nom de la mère / Dzina la mama=-:mother_yt174 | Nb pers. foyer=-:members_yt174"
        " | Dégâts=-:housing_yt174 | Aide remise=-:kit_yt174 | Date de remise=date@%d/%m/%Y"
        " | Agent=-:agent_yt174",
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("nir_nc174", "nir_wf174", "nir_re174", "nir_yt174")
SEX_HOLDS: tuple[str, ...] = ("sex_fr174",)
NAME_HOLDS = frozenset(
    {
        "xd_name174",
        "nc_family174",
        "nc_given174",
        "pf_family174",
        "pf_given174",
        "wf_family174",
        "wf_given174",
        "re_family174",
        "re_given174",
        "yt_family174",
        "yt_given174",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_nc174",
    "phone_pf174",
    "phone_wf174",
    "phone_re174",
    "phone_yt174",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_qnam174", "addr_red174", "addr_pf174")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND174",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND174",
]
