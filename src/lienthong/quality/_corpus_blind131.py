"""The hundred-and-thirty-first part of the outside corpus, **blind 131** (written 20:08 UTC,
2026-12-06, never used for tuning): person files a provincial police department licensing
sport-shooting weapons, an inland-waterway training school examining boat masters, a commune
health station following tuberculosis patients on directly observed treatment, a provincial
industry department training quarry workers to handle industrial explosives, Senegal's family
security grant programme, a Malian commune's electoral roll, Burkina Faso's register of
internally displaced persons, Niger's Hajj commission and Guinea's civil service census could
hand over.
Four Vietnamese files: the sport weapons licensed to athletes in Excel (the club, the discipline,
the weapon, its make and serial, the licence, its issue and expiry, the officer); the
inland-waterway certificates in UTF-16 with tabs (the place of birth, the certificate's class
and number, the school, the theory and practice marks, the result); the tuberculosis patients
on DOTS in Windows-1258 with semicolons and headers without diacritics (the register number, the
classification, the regimen, the HIV test, the treatment supporter and his phone, the outcome);
and the explosives-safety training in UTF-8 with semicolons and dashed dates (the role, the
quarry, the years in the trade, the mark, the certificate and its expiry, a dotted phone).
Five foreign files: Senegal's PNBSF family security grant payments in UTF-8 (the 13-digit NIN
of the CEDEAO card, whole or spaced, the RNU household number, region, department, commune and
village, the payment operator, the quarterly amount, the status); a Malian electoral roll with
Bambara/French headers (``NINA``, ``Jamu / Nom``, ``Tɔgɔ / Prénoms``, the father and mother, the
voting centre and bureau, the quarter, commune and cercle); a CONASUR list of internally
displaced persons in Burkina Faso in Windows-1252 with semicolons (``N° CNIB`` or none, the
province and commune of origin, the host commune and site, the household, the vulnerability,
the assistance); Niger's Hajj pilgrims with Hausa/French headers in Excel (the identity card
number, the passport, the region, the agency, the mahram, the blood group, the meningitis
vaccination, the visa); and Guinea's civil servants' biometric census in Latin-1 with tabs (the
matricule, the NIN, the ministry and service, the grade, step and salary, the date of entry into
service, the quarter and commune).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind131_writers import WRITERS_BLIND131
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND131: tuple[Shape, ...] = (
    _shape(
        "cap_giay_phep_su_dung_vu_khi_the_thao_pc06_vn131",
        "STT=row | Họ và tên VĐV=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Nơi thường trú=address | Đơn vị quản lý VĐV=-:club131"
        " | Môn=-:sport131 | Loại vũ khí=-:weapon131 | Nhãn hiệu=-:brand131"
        " | Số hiệu vũ khí=-:serial131 | Số giấy phép=-:permit131 | Ngày cấp=date@%d/%m/%Y"
        " | Giá trị đến=-:permit_until131 | Cán bộ thụ lý=-:officer131 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "cap_chung_chi_chuyen_mon_phuong_tien_thuy_noi_dia_vn131",
        "TT=row | Họ và tên=full_name:full_name_caps | Ngày sinh=birth_date@%d/%m/%Y"
        " | Nơi sinh=-:birthplace131 | Số định danh cá nhân=cccd | Nơi cư trú=address"
        " | Điện thoại=phone | Loại GCN/CC=-:boat_cert131 | Số GCN/CC=-:boat_no131"
        " | Cơ sở đào tạo=-:boat_school131 | Điểm LT=-:theory131 | Điểm TH=-:practice131"
        " | Kết quả=-:boat_result131 | Ngày cấp=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "so_quan_ly_benh_nhan_lao_dieu_tri_dots_tram_y_te_vn131",
        "STT=row | So DKDT=-:tb_reg131 | Ho ten BN=full_name:full_name_ascii"
        " | Ngay sinh=birth_date@%d/%m/%Y | Gioi=sex | So CCCD=cccd"
        " | Dia chi=address:address_ascii | DT BN=phone | Phan loai benh=-:tb_class131"
        " | Phac do=-:tb_regimen131 | Ngay bat dau DT=date@%d/%m/%Y | XN HIV=-:tb_hiv131"
        " | Nguoi giam sat DOT=-:tb_watcher131 | DT nguoi GS=-:tb_watcher_phone131"
        " | Ket qua DT=-:tb_result131",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "huan_luyen_ky_thuat_an_toan_vat_lieu_no_cong_nghiep_vn131",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d-%m-%Y"
        " | CCCD=cccd:cccd_spaced | Giới tính=sex | HKTT=address | ĐT=phone:phone_dotted"
        " | Chức danh=-:blast_role131 | Đơn vị công tác=-:quarry131"
        " | Thâm niên nghề=-:blast_years131 | Điểm KT=-:blast_score131"
        " | Kết quả=-:blast_result131 | Số GCN=-:blast_cert131 | Ngày KT=date@%d-%m-%Y"
        " | GCN có hiệu lực đến=-:blast_until131",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "paiement_bourses_securite_familiale_pnbsf_sn131",
        "N° ordre=row | Prénom(s)=given_name:given_sn131 | Nom=family_name:family_sn131"
        " | Date de naissance=birth_date@%d/%m/%Y | Sexe=sex:sex_sn131"
        " | N° CNI CEDEAO=national_id:cni_sn131 | N° ménage RNU=-:rnu_sn131"
        " | Taille du ménage=-:hh_size_sn131 | Région=province:region_sn131"
        " | Département=-:dept_sn131 | Commune=district:commune_sn131"
        " | Village / Quartier=suburb:village_sn131 | Téléphone=phone:phone_sn131"
        " | Opérateur de paiement=-:payer_sn131 | Montant (FCFA)=-:amount_sn131"
        " | Date de paiement=date@%d/%m/%Y | Statut=-:status_sn131",
        english=True,
    ),
    _shape(
        "liste_electorale_bureau_de_vote_ml131",
        "N°=row | NINA=national_id:nina_ml131 | Jamu / Nom=family_name:family_ml131"
        " | Tɔgɔ / Prénoms=given_name:given_ml131 | Date de naissance=birth_date@%d/%m/%Y"
        " | Lieu de naissance=-:birthplace_ml131 | Sexe=sex:sex_ml131"
        " | Fa tɔgɔ / Prénoms et nom du père=-:father_ml131"
        " | Ba tɔgɔ / Prénoms et nom de la mère=-:mother_ml131"
        " | Centre de vote=-:centre_ml131 | Bureau de vote=-:bureau_ml131"
        " | Quartier / Village=suburb:quarter_ml131 | Commune=district:commune_ml131"
        " | Cercle=-:cercle_ml131",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "enregistrement_personnes_deplacees_internes_conasur_bf131",
        "N°=row | N° CNIB=national_id:cnib_bf131 | Nom=family_name:family_bf131"
        " | Prénom(s)=given_name:given_bf131 | Date de naissance=birth_date@%d/%m/%Y"
        " | Sexe=sex:sex_bf131 | Chef de ménage=-:head_bf131 | Taille ménage=-:hh_size_bf131"
        " | Province d'origine=-:origin_prov_bf131 | Commune d'origine=-:origin_comm_bf131"
        " | Commune d'accueil=district:host_comm_bf131"
        " | Site / Secteur d'accueil=suburb:host_site_bf131 | Date d'arrivée=date@%d/%m/%Y"
        " | Contact=phone:phone_bf131 | Vulnérabilité=-:vuln_bf131"
        " | Assistance reçue=-:aid_bf131",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "liste_pelerins_hajj_cohaq_ne131",
        "Lamba / N°=row | Sunan iyali / Nom=family_name:family_ne131"
        " | Suna / Prénom(s)=given_name:given_ne131 | Date de naissance=birth_date@%d/%m/%Y"
        " | Lieu de naissance=-:birthplace_ne131 | Jinsi / Sexe=sex:sex_ne131"
        " | N° carte d'identité=national_id:card_ne131 | N° passeport=-:passport_ne131"
        " | Région=province:region_ne131 | Agence=-:agency_ne131"
        " | Muharrami / Mahram=-:mahram_ne131 | Waya / Téléphone=phone:phone_ne131"
        " | Groupe sanguin=-:blood_ne131 | Vaccin méningite=-:menin_ne131"
        " | Date de départ=date@%d/%m/%Y | Statut visa=-:visa_ne131",
        english=True,
        file="xlsx",
    ),
    _shape(
        "recensement_biometrique_fonctionnaires_gn131",
        "N°=row | Matricule=-:matricule_gn131 | NIN=national_id:nin_gn131"
        " | NOM=family_name:family_gn131 | Prénoms=given_name:given_gn131"
        " | Date de naissance=birth_date@%d/%m/%Y | Lieu de naissance=-:birthplace_gn131"
        " | Sexe=sex:sex_gn131 | Ministère=-:ministry_gn131 | Service=-:service_gn131"
        " | Grade=-:grade_gn131 | Échelon=-:echelon_gn131"
        " | Salaire de base (GNF)=-:salary_gn131 | Date de prise de service=-:start_gn131"
        " | Téléphone=phone:phone_gn131 | Adresse=address:addr_gn131"
        " | Date du recensement=date@%d/%m/%Y",
        english=True,
        encoding="latin-1",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "cni_sn131",
    "nina_ml131",
    "cnib_bf131",
    "card_ne131",
    "nin_gn131",
)
SEX_HOLDS: tuple[str, ...] = ("sex_sn131", "sex_ml131", "sex_bf131", "sex_ne131", "sex_gn131")
NAME_HOLDS = frozenset(
    {"given_sn131", "family_sn131", "family_ml131", "given_ml131", "family_bf131"}
    | {"given_bf131", "family_ne131", "given_ne131", "family_gn131", "given_gn131"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_sn131",
    "phone_bf131",
    "phone_ne131",
    "phone_gn131",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_gn131",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND131",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND131",
]
