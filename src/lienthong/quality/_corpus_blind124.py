"""The hundred-and-twenty-fourth part of the outside corpus, **blind 124** (written 19:53 UTC,
2026-12-06, never used for tuning): person files a mobile network's retailer, a district's
business registration desk, a commune's student loan group, a ward's Red Cross chapter, a French
département's mother and child protection service, a Belgian assize court's registry, a Dutch
municipality's civil affairs desk, Monaco's Sûreté publique and Andorra's housing service could
hand over. Four Vietnamese files: a retailer's mobile subscriber registrations in UTF-16 with tabs
(the subscriber number, prepaid or postpaid, the ID's date and place of issue, the SIM serial, the
plan, the shop, the clerk, the time of activation); a district's book of household business
certificates in Excel (the business code, the name and place of the business, the trade, the
capital, the staff, the owner and their tax code); a commune's student loan list at the social
policy bank in Windows-1258 with semicolons (the parent who borrows, the student, their school
and year of entry, the amount, the term, the savings and loan group and its leader, the category);
and a ward's Red Cross members in UTF-8 with a BOM and headers without diacritics (the member
card, the branch, the job, the dues, the times they gave blood).
Five foreign files: a French PMI register of approved childminders in Windows-1252 with
semicolons (the approval number, the NIR's fifteen digits with the key, the place of birth, the
places and ages approved, the nurse in charge, the renewal date); a Belgian preparatory list of
assize jurors in Excel with French/Dutch/German headers (the rijksregisternummer with its check,
the place of birth, the job, the diploma, the language, the exemption); a Dutch list of travel
document applications in UTF-8 with a BOM (the BSN with its 11-proof, the prefix apart, the old
document number, the fee, the day of issue, the clerk); a Monaco list of residence card holders
in Windows-1252 with semicolons (the card number and type, nationality, the building and street
in one cell, the employer, the expiry); and an Andorran list of rent aid applications in UTF-8
with Catalan headers (the CASS number, the census number, the parish, the household, the income,
the rent, the landlord, the aid granted).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind124_writers import WRITERS_BLIND124
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND124: tuple[Shape, ...] = (
    _shape(
        "dang_ky_thong_tin_thue_bao_di_dong_diem_ban_vn124",
        "STT=row | Số thuê bao=phone | Loại TB=-:subtype124 | Họ tên chủ TB=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số GTTT (CCCD)=cccd"
        " | Ngày cấp=date@%d/%m/%Y | Nơi cấp=-:issuer124 | Địa chỉ thường trú=address"
        " | Số serial SIM=-:serial124 | Gói cước=-:plan124 | Mã điểm bán=-:shop124"
        " | NV thực hiện=-:clerk124 | Thời điểm kích hoạt=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "so_cap_gcn_dang_ky_ho_kinh_doanh_vn124",
        "STT=row | Mã số HKD=-:hkd_no124 | Ngày cấp=date@%d/%m/%Y | Tên hộ kinh doanh=-:hkd_name124"
        " | Địa điểm kinh doanh=-:hkd_place124 | Ngành, nghề kinh doanh=-:hkd_trade124"
        " | Vốn KD (tr.đ)=-:hkd_capital124 | Số LĐ=-:hkd_staff124"
        " | Họ và tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Dân tộc=-:ethnic124 | Số định danh cá nhân=cccd | Nơi thường trú=address"
        " | Điện thoại=phone | MST=mst",
        file="xlsx",
    ),
    _shape(
        "vay_von_hssv_to_tiet_kiem_vay_von_nhcsxh_vn124",
        "TT=row | Họ tên người vay=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD người vay=cccd | Địa chỉ cư trú=address | SĐT=phone"
        " | Họ tên HSSV=-:student124 | Ngày sinh HSSV=-:student_birth124"
        " | SĐT HSSV=-:loan_phone124 | Tên trường=-:school124 | Năm nhập học=-:year124"
        " | Đối tượng=-:cat124 | Số tiền vay (đ)=-:loan124 | Thời hạn (tháng)=-:term124"
        " | Ngày giải ngân=date@%d/%m/%Y | Tổ TK&VV=-:group124 | Tổ trưởng=-:leader124",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "hoi_vien_hoi_chu_thap_do_phuong_vn124",
        "STT=row | Ma the HV=-:rc_no124 | Ho va ten=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex | So CCCD=cccd:cccd_spaced | Dan toc=-:ethnic124"
        " | Nghe nghiep=-:rc_job124 | Chi hoi=-:rc_branch124 | Ngay vao hoi=date@%d/%m/%Y"
        " | Hoi phi (d/nam)=-:rc_fee124 | So lan hien mau=-:rc_blood124 | Dien thoai=phone"
        " | Dia chi=address | Ghi chu=-:note_vi",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "assistants_maternels_agrees_pmi_nord_fr124",
        "N°=row | N° d'agrément=-:agr_fr124 | N° de sécurité sociale=national_id:nir_fr124"
        " | Nom de naissance=family_name:fr_family124 | Prénom=given_name:fr_given124"
        " | Date de naissance=birth_date@%d/%m/%Y | Lieu de naissance=-:fr_pob124"
        " | Adresse=street:fr_street124 | CP=postcode:fr_cp124 | Commune=district:fr_town124"
        " | Tél. portable=phone:fr_phone124 | Courriel=email | Date d'agrément=date@%d/%m/%Y"
        " | Nb de places=-:places_fr124 | Âge des enfants accueillis=-:ages_fr124"
        " | Puéricultrice référente=-:puer_fr124 | Renouvellement le=date:renew_fr124",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "liste_preparatoire_jures_assises_liege_be124",
        "N° / Nr. / Nr.=row"
        " | N° registre national / Rijksregisternr. / Nationalregisternr.=national_id:rrn_be124"
        " | Nom / Naam / Name=family_name:be_family124"
        " | Prénoms / Voornamen / Vornamen=given_name:be_given124"
        " | Date de naissance / Geboortedatum / Geburtsdatum=birth_date@%d/%m/%Y"
        " | Lieu de naissance / Geboorteplaats / Geburtsort=-:be_pob124"
        " | Sexe / Geslacht / Geschlecht=sex:sex_be124"
        " | Profession / Beroep / Beruf=-:be_job124"
        " | Adresse / Adres / Anschrift=street:be_street124"
        " | Code postal / Postcode / PLZ=postcode:be_pc124"
        " | Commune / Gemeente / Gemeinde=district:be_town124"
        " | Langue / Taal / Sprache=-:be_lang124 | Diplôme / Diploma / Diplom=-:be_dipl124"
        " | Dispense / Vrijstelling / Befreiung=-:be_exempt124"
        " | Tirage au sort / Loting / Auslosung=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "aanvragen_reisdocumenten_burgerzaken_utrecht_nl124",
        "Volgnr.=row | Aanvraagnummer=-:nl_req124 | BSN=national_id:bsn_nl124"
        " | Geslachtsnaam=family_name:nl_family124 | Voorvoegsel=-:nl_prefix124"
        " | Voornamen=given_name:nl_given124 | Geboortedatum=birth_date@%d-%m-%Y"
        " | Geboorteplaats=-:nl_pob124 | Geslacht=sex:sex_nl124"
        " | Straat + huisnr.=street:nl_street124 | Postcode=postcode:nl_pc124"
        " | Woonplaats=district:nl_town124 | Telefoon=phone:nl_phone124"
        " | Soort document=-:nl_doc124 | Nr. vorig document=-:nl_olddoc124"
        " | Datum aanvraag=date@%d-%m-%Y | Leges (€)=-:nl_fee124"
        " | Datum uitreiking=date:nl_issue124 | Medewerker=-:nl_clerk124",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "titulaires_carte_de_sejour_surete_publique_mc124",
        "N°=row | N° de carte=-:mc_card124 | Type de carte=-:mc_type124"
        " | NOM=family_name:mc_family124 | Prénom=given_name:mc_given124"
        " | Né(e) le=birth_date@%d/%m/%Y | à=-:mc_pob124 | Nationalité=-:mc_nation124"
        " | Sexe=sex:sex_mc124 | Adresse en Principauté=address:mc_addr124"
        " | Téléphone=phone:mc_phone124 | Employeur=-:mc_employer124"
        " | Délivrée le=date@%d/%m/%Y | Valable jusqu'au=date:mc_expiry124"
        " | Observations=-:mc_obs124",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "sollicituds_ajut_habitatge_lloguer_ad124",
        "Núm.=row | Núm. expedient=-:ad_file124 | Núm. CASS=national_id:cass_ad124"
        " | Núm. de cens=-:ad_cens124 | Cognoms=family_name:ad_family124"
        " | Nom=given_name:ad_given124 | Data de naixement=birth_date@%d/%m/%Y"
        " | Estat civil=-:ad_civil124 | Adreça de l'habitatge=street:ad_street124"
        " | Parròquia=district:ad_parish124 | Codi postal=postcode:ad_pc124"
        " | Telèfon=phone:ad_phone124 | Membres unitat familiar=-:ad_members124"
        " | Ingressos anuals (€)=-:ad_income124 | Lloguer mensual (€)=-:ad_rent124"
        " | Propietari / administrador=-:ad_landlord124 | Data de resolució=date@%d/%m/%Y"
        " | Ajut atorgat (€/mes)=-:ad_aid124 | Observacions=-:ad_obs124",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "nir_fr124",
    "rrn_be124",
    "bsn_nl124",
    "cass_ad124",
)
SEX_HOLDS: tuple[str, ...] = ("sex_be124", "sex_nl124", "sex_mc124")
NAME_HOLDS = frozenset(
    {"fr_family124", "fr_given124", "be_family124", "be_given124", "nl_family124"}
    | {"nl_given124", "mc_family124", "mc_given124", "ad_family124", "ad_given124"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "fr_phone124",
    "nl_phone124",
    "mc_phone124",
    "ad_phone124",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("mc_addr124",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND124",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND124",
]
