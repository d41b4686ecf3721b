"""The hundred-and-fifty-ninth part of the outside corpus, **blind 159** (written 22:37 UTC,
2026-12-06, never used for tuning): person files a commune moving graves out of its cemetery, a
district's forest rangers watching bears kept on farms, a health centre fitting old people with
hearing aids, a village's wrestling festival, Chad's electoral commission, a Central African
cash-for-work project, Gabon's scholarship agency, a Congolese social safety-net programme and an
Equatoguinean town hall could hand over.
Four Vietnamese files: families moving a grave out of the commune cemetery, in Windows-1258 with
semicolons (the one who registers and their own card, the dead and the year they died, the kin,
where the grave lies and where it goes, the fee, the day it is moved); bears kept on farms, in
Excel (the keeper, how many bears and which kind, the microchips, their state, the rangers' post
and the officer, the day checked); old people given hearing aids, in UTF-16 with tabs (the ear,
the loss, the model and its serial, the carer and the carer's phone, the day fitted); and
wrestlers entered in a village festival, in UTF-8 with a BOM and semicolons, headers with odd
spacing (the weight class, the club, the round reached, the prize, the coach, the time the row was
updated).
Five foreign files: Chad's electoral register with French/Arabic headers (the voter card beside
the NNI, the father's name, birth dates of which some are only a year written as 1 January, the
place of birth, the job, the quartier and the town, the phone in pairs, the polling station, the
day enrolled); a Central African cash-for-work payroll with French/Sango headers (the beneficiary
number, the name, the CNI, the quartier and arrondissement of Bangui, the phone, the mobile money
operator, the work site, the days worked and the pay, the team leader); Gabon's scholarship holders
in capital headers (the scholarship number, the NIP, the place of birth, the university and its
country, the field and level, the quartier and town, the phone, the email, the allowance, the
guardian and the guardian's phone); the Congolese LISUNGI transfers in UTF-16 (the household's
number, the CNI, the street, quartier and arrondissement, the phone, the household's size, its
PMT score, the amount and how it is paid); and an Equatoguinean town hall's register of
inhabitants in Spanish (the DIP, two surnames, the place of birth, the civil status, the barrio,
town and province, the phone, the job, the day registered, notes).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind159_writers import WRITERS_BLIND159
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND159: tuple[Shape, ...] = (
    _shape(
        "dang_ky_cai_tang_di_doi_mo_nghia_trang_nhan_dan_xa_vn159",
        "STT=row | Họ tên người đăng ký=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Điện thoại=phone | Địa chỉ thường trú=address"
        " | Họ tên người đã mất=-:grave_dead159 | Năm mất=-:grave_died159"
        " | Quan hệ với người mất=-:grave_kin159 | Vị trí mộ=-:grave_spot159"
        " | Nơi cải táng đến=-:grave_to159 | Phí dịch vụ (đ)=-:grave_fee159"
        " | Ngày cải táng=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_nuoi_gau_gan_chip_theo_doi_hat_kiem_lam_vn159",
        "TT=row | Tên chủ cơ sở nuôi=full_name:full_name_caps | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | CCCD=cccd | SĐT=phone:phone_spaced | Địa chỉ cơ sở nuôi=address"
        " | Số cá thể=-:bear_count159 | Loài=-:bear_kind159 | Số chip=-:bear_chip159"
        " | Hiện trạng=-:bear_state159 | Đơn vị quản lý=-:bear_ranger159"
        " | Cán bộ theo dõi=-:bear_officer159 | Ngày kiểm tra=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "nguoi_cao_tuoi_nhan_may_tro_thinh_tram_y_te_vn159",
        "TT=row | Họ và tên=full_name | Ngày tháng năm sinh=birth_date@%d/%m/%Y | Nam/Nữ=sex"
        " | Số định danh cá nhân=cccd | Nơi cư trú=address | Số điện thoại=phone:phone_dotted"
        " | Tai đeo máy=-:ear_side159 | Mức độ nghe kém=-:ear_loss159"
        " | Loại máy=-:ear_model159 | Số seri máy=-:ear_serial159"
        " | Người chăm sóc=-:ear_carer159 | SĐT người chăm sóc=-:ear_carer_phone159"
        " | Ngày lắp máy=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "do_vat_dang_ky_thi_dau_hoi_vat_co_truyen_le_hoi_lang_vn159",
        "STT=row | Họ  tên đô vật=full_name | Ngày  sinh=birth_date@%d/%m/%Y"
        " | Số  CCCD=cccd:cccd_spaced | Hạng  cân=-:wr_weight159 | Lò vật=-:wr_club159"
        " | Quê quán / nơi ở=address | ĐT  liên hệ=phone | Huấn luyện viên=-:wr_coach159"
        " | Vòng đấu đạt=-:wr_round159 | Giải=-:wr_prize159 | Ngày thi đấu=date@%d/%m/%Y"
        " | Cập nhật lúc=timestamp",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "liste_electorale_ceni_bureau_de_vote_td159",
        "N° d'ordre=row | N° carte d'électeur / رقم بطاقة الناخب=-:td_voter159"
        " | NNI / الرقم الوطني للتعريف=national_id:td_nni159"
        " | Nom / اللقب=family_name:td_family159 | Prénoms / الاسم=given_name:td_given159"
        " | Nom du père / اسم الأب=-:td_father159"
        " | Date de naissance / تاريخ الميلاد=birth_date:td_birth159"
        " | Lieu de naissance / مكان الميلاد=-:td_pob159 | Sexe / الجنس=sex:td_sex159"
        " | Profession / المهنة=-:td_job159 | Quartier / الحي=suburb:td_quartier159"
        " | Ville / المدينة=district:td_town159 | Téléphone / الهاتف=phone:td_phone159"
        " | Bureau de vote / مكتب الاقتراع=-:td_bureau159"
        " | Date d'enrôlement=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "etat_paiement_beneficiaires_himo_londo_cf159",
        "N°=row | Code bénéficiaire=-:cf_benef159 | Iri / Nom et prénoms=full_name:cf_name159"
        " | Sexe (H/F)=sex:cf_sex159 | Lâ ti dûngo / Date de naissance=birth_date@%d/%m/%Y"
        " | N° CNI=national_id:cf_cni159 | Kodro / Quartier=suburb:cf_quartier159"
        " | Arrondissement=district:cf_arr159 | Nimero ti singa / Téléphone=phone:cf_phone159"
        " | Opérateur=-:cf_operator159 | Chantier=-:cf_site159"
        " | Jours prestés=-:cf_days159 | Montant (FCFA)=-:cf_amount159"
        " | Chef d'équipe=-:cf_chief159 | Date paiement=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "liste_boursiers_anbg_ga159",
        "N°=row | MATRICULE BOURSIER=-:ga_mat159 | NIP=national_id:ga_nip159"
        " | NOM=family_name:ga_family159 | PRÉNOM(S)=given_name:ga_given159"
        " | DATE DE NAISSANCE=birth_date@%d/%m/%Y | LIEU DE NAISSANCE=-:ga_pob159"
        " | SEXE=sex:ga_sex159 | ÉTABLISSEMENT=-:ga_school159 | PAYS=-:ga_country159"
        " | FILIÈRE=-:ga_field159 | NIVEAU=-:ga_level159 | QUARTIER=suburb:ga_quartier159"
        " | VILLE=district:ga_town159 | TÉLÉPHONE=phone:ga_phone159 | E-MAIL=email"
        " | MONTANT TRIMESTRIEL (FCFA)=-:ga_amount159 | TUTEUR=-:ga_tutor159"
        " | TÉL. TUTEUR=-:ga_tutor_phone159",
        english=True,
        file="xlsx",
    ),
    _shape(
        "menages_beneficiaires_transferts_lisungi_cg159",
        "N°=row | ID ménage RSU=-:cg_household159 | Nom du chef de ménage=family_name:cg_family159"
        " | Prénom(s)=given_name:cg_given159 | Sexe=sex:cg_sex159"
        " | Date de naissance=birth_date@%d-%m-%Y | N° CNI=national_id:cg_cni159"
        " | Adresse=street:cg_street159 | Quartier=suburb:cg_quartier159"
        " | Arrondissement=district:cg_arr159 | Téléphone=phone:cg_phone159"
        " | Taille ménage=-:cg_size159 | Enfants scolarisés=-:cg_pupils159"
        " | Score PMT=-:cg_pmt159 | Montant TMC (FCFA)=-:cg_amount159"
        " | Mode de paiement=-:cg_pay159 | Date de paiement=date@%d-%m-%Y",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "padron_municipal_habitantes_ayuntamiento_gq159",
        "Nº=row | Nº DIP=national_id:gq_dip159 | Apellidos=family_name:gq_family159"
        " | Nombre=given_name:gq_given159 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Lugar de nacimiento=-:gq_pob159 | Sexo=sex:gq_sex159"
        " | Estado civil=-:gq_civil159 | Barrio=suburb:gq_barrio159"
        " | Ciudad=district:gq_city159 | Provincia=province:gq_province159"
        " | Teléfono=phone:gq_phone159 | Profesión=-:gq_job159"
        " | Fecha de alta=date@%d/%m/%Y | Observaciones=-:gq_note159",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "td_nni159",
    "cf_cni159",
    "ga_nip159",
    "cg_cni159",
    "gq_dip159",
)
SEX_HOLDS: tuple[str, ...] = ("td_sex159", "cf_sex159", "ga_sex159", "cg_sex159", "gq_sex159")
NAME_HOLDS = frozenset(
    {
        "td_family159",
        "td_given159",
        "cf_name159",
        "ga_family159",
        "ga_given159",
        "cg_family159",
        "cg_given159",
        "gq_family159",
        "gq_given159",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "td_phone159",
    "cf_phone159",
    "ga_phone159",
    "cg_phone159",
    "gq_phone159",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND159",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND159",
]
