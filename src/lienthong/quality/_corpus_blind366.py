"""The three-hundred-and-sixty-sixth part of the outside corpus, **blind 366** (written 13:40
UTC, 2026-12-07, never used for tuning): person files a commune's agricultural insurance board,
a livestock insurer's branch, a motorbike insurer's claims desk, a district social insurance
office, Senegal's agricultural insurer, Côte d'Ivoire's universal health cover, a Malian index
insurance scheme, Burkina Faso's social security fund and a Nigerien livestock insurance
project could hand over, all about insurance claims.
Four Vietnamese files: a commune's list of households paid rice crop insurance after a flood in
Windows-1258 with semicolons (the household head, the CCCD, the hamlet and commune, the season,
the insured and damaged area, the damage rate, the payout, the signature or proxy); a
livestock insurer's list of pig claims in UTF-8 with a BOM and snake_case headers without
diacritics (the policy, the dead pigs and their weight, the cause, the vet who confirmed it, the
amount, the claim status); a motorbike insurer's compulsory civil liability claims in Excel
(the claim file, the certificate, the plate, the accident date and place, the third party and
his phone, the amounts claimed and approved, the assessor, the last update); and a district
social insurance office's list of one-time BHXH withdrawals in UTF-16 with tabs (the social
insurance number, the years paid, the reason, the amount, the bank account, filing and payment
dates).
Five foreign files: a Senegalese agricultural insurer's (CNAAS) list of indemnified farmers in
Windows-1252 with semicolons (the NIN of the CNI CEDEAO, the village, commune, département and
région, the crop, the hectares, the amount in FCFA); a list of CMU reimbursements from Côte
d'Ivoire in UTF-8 with semicolons (the NNI, the CNI number beside it, the CMU number, the
commune and quartier, the health facility); a Malian index insurance payout list in UTF-8 (the
NINA, the commune, cercle and région, the crop, the mobile money payment); a Burkinabè social
security fund's list of refunds in Windows-1252 with semicolons (the CNIB, the CNSS number, the
place of birth, the secteur and town, the employer); and a Nigerien livestock insurance claims
list in UTF-8 with tabs (the identity card, the full name in one column, the commune and région,
the species, the head count, the cause, the village chief who confirmed it).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind366_writers import WRITERS_BLIND366
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND366: tuple[Shape, ...] = (
    _shape(
        "ho_duoc_chi_tra_boi_thuong_bao_hiem_lua_thiet_hai_do_lu_ubnd_xa_vn366",
        "STT=row | Họ và tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Ấp/Thôn=-:thon366 | Xã=ward:xa366 | Số HĐBH=-:hd_lua366"
        " | Vụ=-:vu366 | Diện tích tham gia BH (m2)=-:dt_bh366"
        " | Tỷ lệ thiệt hại=-:ty_le366 | Ngày xảy ra lũ=date@%d/%m/%Y"
        " | Số tiền bồi thường (đồng)=-:tien_lua366 | SĐT=phone"
        " | Người nhận thay=-:uy_quyen366 | Ký nhận=-:ky_nhan366",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_chan_nuoi_yeu_cau_boi_thuong_bao_hiem_lon_chi_nhanh_bao_hiem_vn366",
        "stt=row | so_hop_dong=-:hd_lon366 | ten_chu_ho=full_name"
        " | ngay_sinh=birth_date@%d-%m-%Y | so_cccd=cccd:cccd_spaced"
        " | dia_chi_trai=address | dien_thoai=phone:phone_dotted"
        " | so_con_chet=-:so_lon366 | trong_luong_kg=-:kg_lon366"
        " | nguyen_nhan=-:nguyen_nhan366 | ngay_phat_hien=date@%d-%m-%Y"
        " | can_bo_thu_y_xac_nhan=-:thu_y366 | so_tien_boi_thuong=-:tien_lon366"
        " | tinh_trang_ho_so=-:trang_thai366",
        encoding="utf-8-sig",
    ),
    _shape(
        "ho_so_boi_thuong_bao_hiem_bat_buoc_tnds_xe_mo_to_ban_giai_quyet_vn366",
        "STT=row | Số HS bồi thường=-:hs_xe366 | Số GCN BH=-:gcn366"
        " | Biển kiểm soát=-:bien_so366 | Chủ xe=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | CCCD chủ xe=cccd | Điện thoại=phone"
        " | Địa chỉ=address | Ngày tai nạn=date@%d/%m/%Y | Nơi xảy ra=-:noi_tn366"
        " | Người bị thiệt hại (bên thứ ba)=-:ben_ba366 | SĐT bên thứ ba=-:sdt_ben_ba366"
        " | Số tiền yêu cầu=-:yc_xe366 | Số tiền duyệt chi=-:duyet_xe366"
        " | Giám định viên=-:gdv366 | Cập nhật lúc=timestamp",
        file="xlsx",
    ),
    _shape(
        "nguoi_lao_dong_huong_bhxh_mot_lan_bhxh_huyen_thang_vn366",
        "TT=row | Mã số BHXH=bhxh | Họ và tên=full_name"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd"
        " | Địa chỉ liên hệ=address | Số điện thoại=phone | Số hồ sơ=-:ho_so366"
        " | Tổng thời gian đóng=-:tg_dong366 | Lý do hưởng=-:ly_do366"
        " | Mức hưởng (đồng)=-:tien_bhxh366 | Hình thức nhận=-:hinh_thuc366"
        " | Số TK / Ngân hàng=-:stk366 | Ngày nộp HS=date@%d/%m/%Y"
        " | Ngày chi trả=date:ngay_chi366",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "liste_producteurs_indemnises_cnaas_sinistre_hivernage_sn366",
        "N°=row | N° Police=-:sn_police366 | Prénom(s)=given_name:sn_given366"
        " | Nom=family_name:sn_family366 | Date de naissance=birth_date@%d/%m/%Y"
        " | Sexe=sex:wa_sex366 | N° CNI CEDEAO (NIN)=national_id:sn_nin366"
        " | Village=-:sn_village366 | Commune=district:sn_commune366"
        " | Département=-:sn_dept366 | Région=state:sn_region366"
        " | Téléphone=phone:sn_phone366 | Culture=-:sn_culture366"
        " | Superficie assurée (ha)=-:sn_ha366 | Date du sinistre=date@%d/%m/%Y"
        " | Montant indemnité (FCFA)=-:sn_montant366",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "etat_remboursements_assures_cmu_ci366",
        "N° ordre=row | NNI=national_id:ci_nni366 | N° CNI=-:ci_cni366"
        " | N° Sécu CMU=-:ci_cmu366 | NOM=family_name:ci_family366"
        " | PRÉNOMS=given_name:ci_given366 | Date de naissance=birth_date@%d/%m/%Y"
        " | Sexe=sex:wa_sex366 | Commune=district:ci_commune366"
        " | Quartier=suburb:ci_quartier366 | Contact=phone:ci_phone366"
        " | Établissement sanitaire=-:ci_facility366 | Acte=-:ci_acte366"
        " | Date des soins=date@%d/%m/%Y | Montant remboursé (FCFA)=-:ci_montant366",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "liste_beneficiaires_paiement_assurance_indicielle_recolte_ml366",
        "No=row | NINA=national_id:ml_nina366 | Nom=family_name:ml_family366"
        " | Prénom=given_name:ml_given366 | Date de naiss.=birth_date@%d/%m/%Y"
        " | Sexe=sex:wa_sex366 | Commune=district:ml_commune366"
        " | Cercle=-:ml_cercle366 | Région=state:ml_region366"
        " | Tél.=phone:ml_phone366 | N° contrat=-:ml_contrat366"
        " | Culture=-:ml_culture366 | Montant payé (FCFA)=-:ml_montant366"
        " | Mode de paiement=-:ml_paie366 | Date paiement=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "etat_remboursement_cotisations_assurance_volontaire_cnss_bf366",
        "N° d'ordre=row | N° CNIB=national_id:bf_cnib366"
        " | N° immatriculation CNSS=-:bf_cnss366 | Nom=family_name:bf_family366"
        " | Prénom(s)=given_name:bf_given366 | Né(e) le=birth_date@%d/%m/%Y"
        " | à=-:bf_lieu366 | Sexe=sex:wa_sex366 | Secteur=suburb:bf_secteur366"
        " | Ville=district:bf_ville366 | Tél=phone:bf_phone366"
        " | Dernier employeur=-:bf_employeur366 | Date de dépôt=date@%d/%m/%Y"
        " | Montant à rembourser (FCFA)=-:bf_montant366",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "declarations_sinistres_assurance_betail_eleveurs_ne366",
        "N°=row | N° Carte d'identité=national_id:ne_card366"
        " | Nom et Prénom=full_name:ne_full366 | Date de naissance=birth_date@%d/%m/%Y"
        " | Sexe=sex:wa_sex366 | Commune=district:ne_commune366"
        " | Région=state:ne_region366 | Téléphone=phone:ne_phone366"
        " | Espèce=-:ne_espece366 | Nbre de têtes perdues=-:ne_tetes366"
        " | Cause du sinistre=-:ne_cause366 | Date du sinistre=date@%d/%m/%Y"
        " | Chef de village (témoin)=-:ne_chef366 | Indemnité (FCFA)=-:ne_montant366",
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
    "sn_nin366",
    "ci_nni366",
    "ml_nina366",
    "bf_cnib366",
    "ne_card366",
)
SEX_HOLDS: tuple[str, ...] = ("wa_sex366",)
NAME_HOLDS = frozenset(
    {"sn_given366", "sn_family366", "ci_family366", "ci_given366", "ml_family366"}
    | {"ml_given366", "bf_family366", "bf_given366", "ne_full366"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "sn_phone366",
    "ci_phone366",
    "ml_phone366",
    "bf_phone366",
    "ne_phone366",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND366",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND366",
]
