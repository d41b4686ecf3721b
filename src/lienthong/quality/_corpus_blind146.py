"""The hundred-and-forty-sixth part of the outside corpus, **blind 146** (written 20:55 UTC,
2026-12-06, never used for tuning): person files a provincial lottery company registering its
itinerant ticket sellers, a Khmer pagoda entering its ngo boat crew in the Ok Om Bok race, a ward
police team taking identity cards at the homes of the old and bedridden, a power project paying
for trees felled under a 500 kV line, a Cameroonian public-service school's entrance examination,
a Congolese mining authority carding artisanal miners in the copper belt, a Malagasy commune's
land office, a Mozambican district development fund and an Angolan municipal market could hand
over.
Four Vietnamese files: lottery-ticket sellers in Windows-1258 with semicolons and headers without
diacritics (the seller's code, the agent, where they sell, the tickets a draw, the deposit, their
health, notes); the ngo boat crew in Excel (the ethnicity, the pagoda's boat, the seat, height and
weight, someone to call and their phone, the day of the health check); identity cards taken at home
in UTF-16 with tabs (why at home, the relative who helped and their phone, the day taken, the team,
the kind of card, how it is returned); and trees under the 500 kV line in UTF-8 with a BOM and
semicolons (the parcel and map sheet, where the parcel lies, which is not the home, the kind of
tree, how many, the unit price and total, the bank account and bank, the day paid).
Five foreign files: Cameroonian candidates with bilingual French/English headers (the file number,
the place of birth, the CNI and its issue date, the region of origin, the quarter and town, the
degree, the division, the exam centre, the status); Congolese artisanal miners' cards (the card
number, Nom, Post-nom and Prénom, the place of birth, the voter card, the avenue, quarter and
commune, the town, the cooperative, the mining zone, the mineral, the fee); a Malagasy land
office's certificates with Malagasy/French headers (the request number, the CIN, the home and
commune, the parcel's place, its area, the PLOF number, the day the certificate was given); the
Mozambican fund's borrowers (the BI, the NUIT, bairro, quarteirão and casa, the district and
province, the project, the amounts lent and repaid, the officer); and an Angolan market's vendors
(the vendor's card, the BI with its province's letters, the home, the municipality, the market,
the stall, the trade, the monthly fee, the inspector).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind146_writers import WRITERS_BLIND146
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND146: tuple[Shape, ...] = (
    _shape(
        "nguoi_ban_ve_so_luu_dong_cong_ty_xskt_vn146",
        "STT=row | Ma NBV=-:lot_code146 | Ho va ten=full_name:full_name_ascii"
        " | Ngay sinh=birth_date@%d/%m/%Y | So CCCD=cccd | Noi o hien nay=address:address_ascii"
        " | So DT=phone | Dai ly nhan ve=-:lot_agent146 | Dia ban ban ve=-:lot_area146"
        " | So ve nhan/ky=-:lot_tickets146 | Tien ky quy (d)=-:lot_deposit146"
        " | Ngay cap the=date@%d/%m/%Y | Tinh trang suc khoe=-:lot_health146"
        " | Ghi chu=-:lot_note146",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "thanh_vien_doi_ghe_ngo_le_hoi_ok_om_bok_vn146",
        "TT=row | Họ và tên vận động viên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Dân tộc=-:ngo_ethnic146 | Số CCCD=cccd | Hộ khẩu thường trú=address"
        " | Đội ghe=-:ngo_pagoda146 | Vị trí trên ghe=-:ngo_seat146"
        " | Chiều cao (cm)=-:ngo_height146 | Cân nặng (kg)=-:ngo_weight146 | SĐT=phone"
        " | Người liên hệ khi cần=-:ngo_contact146 | SĐT người liên hệ=-:ngo_contact_phone146"
        " | Ngày khám sức khỏe=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "thu_nhan_can_cuoc_luu_dong_tai_nha_nguoi_gia_yeu_vn146",
        "STT=row | Họ tên công dân=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số định danh cá nhân=cccd | Nơi thường trú=address"
        " | Lý do thu nhận tại nhà=-:id_reason146 | Người thân hỗ trợ=-:id_helper146"
        " | SĐT người thân=-:id_helper_phone146 | Ngày thu nhận=date@%d/%m/%Y"
        " | Tổ công tác=-:id_team146 | Loại cấp=-:id_kind146 | Hình thức trả thẻ=-:id_return146",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "boi_thuong_cay_trong_hanh_lang_duong_day_500kv_vn146",
        "TT=row | Họ và tên chủ hộ=full_name | CCCD=cccd:cccd_spaced"
        " | Ngày sinh=birth_date@%d-%m-%Y | Địa chỉ thường trú=address"
        " | Thửa đất số=-:kv_parcel146 | Tờ bản đồ số=-:kv_sheet146"
        " | Vị trí thửa đất=-:kv_site146 | Loại cây=-:kv_tree146 | Số cây=-:kv_count146"
        " | Đơn giá (đ/cây)=-:kv_price146 | Thành tiền (đ)=-:kv_total146"
        " | Số tài khoản=-:kv_account146 | Ngân hàng=-:kv_bank146"
        " | Điện thoại=phone:phone_dotted | Ngày chi trả=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "candidats_concours_entree_enam_cm146",
        "N°=row | N° Dossier / File No.=-:cm_file146"
        " | Noms et Prénoms / Surname and Given Names=full_name:cm_name146"
        " | Date de naissance / Date of Birth=birth_date@%d/%m/%Y"
        " | Lieu de naissance / Place of Birth=-:cm_pob146 | Sexe / Sex=sex:sex_cm146"
        " | N° CNI / NIC No.=national_id:cni_cm146 | Délivrée le / Issued on=-:cm_cni_date146"
        " | Région d'origine / Region of Origin=-:cm_origin146"
        " | Adresse / Address=address:cm_addr146 | Téléphone / Phone=phone:cm_phone146"
        " | E-mail=email | Diplôme / Qualification=-:cm_degree146"
        " | Division=-:cm_division146 | Centre d'examen / Exam Centre=-:cm_centre146"
        " | Date de dépôt / Date Submitted=date@%d/%m/%Y | Statut / Status=-:cm_status146",
        english=True,
        delimiter=";",
    ),
    _shape(
        "registre_cartes_creuseurs_saemape_lualaba_cd146",
        "N°=row | N° Carte de creuseur=-:cd_card146 | Nom=family_name:cd_family146"
        " | Post-nom=-:cd_postnom146 | Prénom=given_name:cd_given146 | Sexe=sex:sex_cd146"
        " | Date de naissance=birth_date@%d/%m/%Y | Lieu de naissance=-:cd_pob146"
        " | N° Carte d'électeur=national_id:voter_cd146 | Adresse=address:cd_addr146"
        " | Ville=district:cd_town146 | Téléphone=phone:cd_phone146"
        " | Coopérative=-:cd_coop146 | Site / ZEA=-:cd_site146 | Substance=-:cd_substance146"
        " | Date de délivrance=date@%d/%m/%Y | Frais payés (FC)=-:cd_fee146"
        " | Observation=-:cd_obs146",
        english=True,
        file="xlsx",
    ),
    _shape(
        "rejisitra_kara_tany_birao_ifotony_mg146",
        "Laharana=row | Laharan'ny fangatahana / N° demande=-:mg_request146"
        " | Anarana / Nom=family_name:mg_family146"
        " | Fanampin'anarana / Prénoms=given_name:mg_given146"
        " | Daty nahaterahana / Date de naissance=birth_date@%d/%m/%Y"
        " | Toerana nahaterahana / Lieu de naissance=-:mg_pob146"
        " | Lahy/Vavy=sex:sex_mg146 | Laharan'ny karapanondro (CIN)=national_id:cin_mg146"
        " | Fonenana / Domicile=address:mg_addr146 | Kaominina / Commune=district:mg_commune146"
        " | Finday / Téléphone=phone:mg_phone146"
        " | Toerana misy ny tany / Situation de la parcelle=-:mg_parcel146"
        " | Velarantany (m²) / Superficie=-:mg_area146 | Laharana PLOF=-:mg_plof146"
        " | Daty nanomezana ny kara-tany / Date de délivrance=date@%d/%m/%Y"
        " | Fanamarihana / Observations=-:mg_obs146",
        english=True,
        delimiter="\t",
    ),
    _shape(
        "mutuarios_fundo_desenvolvimento_distrital_mz146",
        "N.º=row | Nome do mutuário=full_name:mz_name146 | Sexo=sex:sex_mz146"
        " | Data de nascimento=birth_date@%d/%m/%Y | N.º do BI=national_id:bi_mz146"
        " | NUIT=-:mz_nuit146 | Residência=address:mz_addr146"
        " | Distrito=district:mz_district146 | Província=state:mz_province146"
        " | Celular=phone:mz_phone146 | Nome do projecto=-:mz_project146"
        " | Área de actividade=-:mz_area146 | Valor financiado (MT)=-:mz_amount146"
        " | Data de desembolso=date@%d/%m/%Y | Valor reembolsado (MT)=-:mz_repaid146"
        " | Situação=-:mz_status146 | Técnico do SDAE=-:mz_officer146",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "cadastro_vendedores_mercado_municipal_ao146",
        "N.º de Ordem=row | N.º do Cartão de Vendedor=-:ao_card146"
        " | Nome Completo=full_name:ao_name146 | N.º do B.I.=national_id:bi_ao146"
        " | Data de Nascimento=birth_date@%d-%m-%Y | Género=sex:sex_ao146"
        " | Estado Civil=-:ao_civil146 | Residência=address:ao_addr146"
        " | Município=district:ao_municipio146 | Telefone=phone:ao_phone146"
        " | Mercado=-:ao_market146 | Bancada n.º=-:ao_stall146"
        " | Ramo de Actividade=-:ao_trade146 | Taxa Mensal (Kz)=-:ao_fee146"
        " | Data de Inscrição=date@%d/%m/%Y | Fiscal=-:ao_fiscal146",
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
    "cni_cm146",
    "voter_cd146",
    "cin_mg146",
    "bi_mz146",
    "bi_ao146",
)
SEX_HOLDS: tuple[str, ...] = ("sex_cm146", "sex_cd146", "sex_mg146", "sex_mz146", "sex_ao146")
NAME_HOLDS = frozenset(
    {"cm_name146", "cd_family146", "cd_given146", "mg_family146", "mg_given146"}
    | {"mz_name146", "ao_name146"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "cm_phone146",
    "cd_phone146",
    "mg_phone146",
    "mz_phone146",
    "ao_phone146",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "cm_addr146",
    "cd_addr146",
    "mg_addr146",
    "mz_addr146",
    "ao_addr146",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND146",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND146",
]
