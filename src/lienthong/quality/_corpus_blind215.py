"""The two hundred and fifteenth part of the outside corpus, **blind 215** (written 05:01 UTC,
2026-12-07, never used for tuning): person files a provincial people's court, a ward cultural
house's badminton club, a provincial culture centre, an irrigation company's reservoir office, a
Lomé court, a Beninese arrondissement, the Gabonese employment office, a Brazzaville cadastre
office and a Kinshasa health area could hand over.
Four Vietnamese files: a provincial people's court's roster of interpreters appointed in
proceedings, in UTF-8 with semicolons (the decision number, the language, the qualification, the
workplace, the court that appoints them, the cases this year, the date appointed); a ward cultural
house's badminton club members, in Windows-1258 with tabs (the member card, the court and its
time slot, the level, the monthly fee, the club captain, the date joined); a provincial culture
centre's list of Quan họ club singers, in Excel (the club, liền anh or liền chị, years singing,
the songs they lead, their teacher, the title); and an irrigation company's register of
recreational angling cards at a reservoir, in UTF-16 with tabs (the card, the reservoir, the rods,
the fee, the vehicle plate, the valid-until date, an emergency contact).
Five foreign files: a Lomé court's register of requests for a certificate of Togolese nationality
in UTF-8 with a BOM (the request number, the CNI ``1234-567-890``, the place of birth, the father
and the mother, quartier and commune apart, the ground, the clerk); a Beninese arrondissement's
register of CIP handed out in Windows-1252 with semicolons (the NPI of ten digits, family and given
names apart, village, arrondissement, commune and département, the new ten-digit phone ``01…``,
the mother, the CIP number, the agent); the Gabonese employment office's register of job seekers in
Excel (the registration number, the CNI, quartier, arrondissement and city, the diploma, the job
sought, the status); a Brazzaville cadastre office's register of plots in UTF-8 (the section,
block and plot, the CNI beside the NIU tax number, the street, quartier, arrondissement and city,
the area, the land-owning family who sold it, the title); and a Kinshasa health area's antenatal
register with French and Lingala headers in UTF-8 (the CPN card, the age, the full address with
avenue, quartier and commune, the commune again, the health zone, the husband, the weeks of
pregnancy, gravidity and parity, the mosquito net, the visit).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind215_writers import WRITERS_BLIND215
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND215: tuple[Shape, ...] = (
    _shape(
        "danh_sach_nguoi_phien_dich_tham_gia_to_tung_toa_an_nhan_dan_tinh_vn215",
        "STT=row | Số QĐ công nhận=-:interp_no215 | Họ và tên người phiên dịch=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd"
        " | Ngôn ngữ phiên dịch=-:lang215 | Trình độ=-:degree215"
        " | Nơi công tác=-:employer215 | Chỗ ở hiện nay=address | Số điện thoại=phone"
        " | Cơ quan tiến hành tố tụng=-:court215 | Số vụ việc (năm 2025)=-:cases215"
        " | Ngày được cử=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "hoi_vien_clb_cau_long_nha_van_hoa_phuong_dang_ky_san_vn215",
        "TT=row | Ma the=-:club_card215 | Ho va ten hoi vien=full_name"
        " | Ngay sinh=birth_date@%d/%m/%Y | Nam/Nu=sex | CCCD=cccd:cccd_spaced"
        " | Dia chi=address | DTDD=phone | Ca choi=-:slot215 | San=-:court_no215"
        " | Trinh do=-:level215 | Hoi phi=-:fee215 | Doi truong=-:captain215"
        " | Ngay vao CLB=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "danh_sach_hoi_vien_clb_quan_ho_trung_tam_van_hoa_tinh_bac_ninh_vn215",
        "TT=row | Họ và tên=full_name | Ngày tháng năm sinh=birth_date@%d/%m/%Y"
        " | Số định danh cá nhân=cccd | Liền anh / Liền chị=-:quanho_role215"
        " | Câu lạc bộ=-:quanho_club215 | Số năm tham gia=-:years_sing215"
        " | Làn điệu lĩnh xướng=-:songs215 | Người truyền dạy=-:teacher215"
        " | Danh hiệu=-:title215 | Thôn, xã (phường)=address | ĐT=phone"
        " | Ngày kết nạp=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "so_cap_the_cau_ca_giai_tri_ho_chua_cong_ty_tnhh_mtv_khai_thac_thuy_loi_vn215",
        "STT=row | Số thẻ=-:angler_card215 | Họ tên người câu=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | CCCD/ĐDCN=cccd | Nơi ở=address"
        " | Điện thoại=phone | Hồ chứa=-:reservoir215 | Số cần=-:rods215"
        " | Lệ phí (đồng)=-:angler_fee215 | Biển số xe=-:vehicle215"
        " | Ngày cấp=date@%d/%m/%Y | Hiệu lực đến=-:until215"
        " | Người liên hệ khẩn cấp=-:emergency215",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "registre_demandes_certificat_nationalite_tribunal_lome_tg215",
        "N° d'ordre=row | N° de la demande=-:tg_req215"
        " | Nom et prénoms du requérant=full_name:tg_name215 | N° CNI=national_id:tg_cni215"
        " | Sexe=sex:tg_sex215 | Né(e) le=birth_date@%d/%m/%Y | À=-:tg_birthplace215"
        " | Nom du père=-:tg_father215 | Nom de la mère=-:tg_mother215"
        " | Quartier=suburb:tg_quartier215 | Commune=district:tg_commune215"
        " | Contact=phone:tg_phone215 | Fondement=-:tg_ground215"
        " | Date de dépôt=date@%d/%m/%Y | Greffier=-:tg_clerk215",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "registre_remise_cip_arrondissement_anip_bj215",
        "N°=row | NPI=national_id:bj_npi215 | NOM=family_name:bj_family215"
        " | Prénoms=given_name:bj_given215 | Sexe=sex:bj_sex215"
        " | Date de naissance=birth_date@%d/%m/%Y | Lieu de naissance=-:bj_birthplace215"
        " | Village / Quartier de ville=suburb:bj_village215"
        " | Arrondissement=suburb:bj_arr215 | Commune=district:bj_commune215"
        " | Département=state:bj_dept215 | Téléphone=phone:bj_phone215"
        " | Nom de la mère=-:bj_mother215 | N° CIP=-:bj_cip215"
        " | Date de retrait=date@%d/%m/%Y | Agent=-:bj_agent215",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "fichier_demandeurs_emploi_office_national_emploi_ga215",
        "N°=row | N° d'inscription=-:ga_reg215 | Nom(s) et prénom(s)=full_name:ga_name215"
        " | N° CNI=national_id:ga_cni215 | Sexe=sex:ga_sex215"
        " | Date de naissance=birth_date@%d/%m/%Y | Lieu de naissance=-:ga_birthplace215"
        " | Quartier=suburb:ga_quartier215 | Arrondissement=suburb:ga_arr215"
        " | Ville=district:ga_city215 | Tél.=phone:ga_phone215"
        " | Diplôme le plus élevé=-:ga_diploma215 | Emploi recherché=-:ga_job215"
        " | Date d'inscription=date@%d/%m/%Y | Situation=-:ga_status215",
        english=True,
        file="xlsx",
    ),
    _shape(
        "registre_parcellaire_direction_cadastre_brazzaville_cg215",
        "N°=row | Références cadastrales=-:cg_plot215"
        " | Nom et prénoms du propriétaire=full_name:cg_name215"
        " | N° CNI=national_id:cg_cni215 | NIU=-:cg_niu215"
        " | Date de naissance=birth_date@%d/%m/%Y | Adresse=street:cg_street215"
        " | Quartier=suburb:cg_quartier215 | Arrondissement=suburb:cg_arr215"
        " | Ville=district:cg_city215 | Téléphone=phone:cg_phone215"
        " | Superficie=-:cg_area215 | Vendeur=-:cg_seller215 | Titre=-:cg_title215"
        " | Date d'enregistrement=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "registre_cpn_aire_de_sante_kinshasa_buku_ya_bamama_ya_zemi_cd215",
        "N° / Motango=row | N° carte CPN=-:cd_card215"
        " | Nom de la femme / Nkombo ya mama=full_name:cd_name215"
        " | Âge / Mibu=-:cd_age215 | Date de naissance / Mokolo ya mbotama=birth_date@%d/%m/%Y"
        " | Adresse / Esika afandaka=address:cd_addr215 | Commune=district:cd_commune215"
        " | Zone de santé=-:cd_zone215 | Téléphone / Nimero ya telefone=phone:cd_phone215"
        " | Nom du mari / Nkombo ya mobali=-:cd_husband215 | Âge gestationnel=-:cd_weeks215"
        " | Gestité-Parité=-:cd_gesta215 | MII reçue / Azwi moustiquaire=-:cd_llin215"
        " | Visite=-:cd_visit215 | Date / Mokolo=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("tg_cni215", "bj_npi215", "ga_cni215", "cg_cni215")
SEX_HOLDS: tuple[str, ...] = ("tg_sex215", "bj_sex215", "ga_sex215")
NAME_HOLDS = frozenset(
    {"tg_name215", "bj_family215", "bj_given215", "ga_name215", "cg_name215", "cd_name215"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "tg_phone215",
    "bj_phone215",
    "ga_phone215",
    "cg_phone215",
    "cd_phone215",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("cd_addr215",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND215",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND215",
]
