"""The three-hundred-and-sixty-second part of the outside corpus, **blind 362** (written 13:08
UTC, 2026-12-07, never used for tuning): person files a community pharmacy, a private clinic, a
methadone clinic, a provincial hospital's pharmacy, a Québec pharmacy, a French pharmacy, a Dutch
pharmacy, a German family practice and a Swedish region could hand over, all about medicines.
Four Vietnamese files: a pharmacy's book of controlled (narcotic and psychotropic) prescriptions
in Windows-1258 with semicolons (the patient, the CCCD, the diagnosis, the prescribing doctor and
his practising certificate, the clinic, the drug and quantity, the buyer when not the patient
and his CCCD); a clinic's e-prescription export to the national prescription system in UTF-8
with snake_case headers without diacritics (the prescription code, the facility code, the
patient, CCCD, health insurance card, ICD-10 code, doctor, days, sent status and time); a
methadone clinic's daily dosing list in Excel (the patient code, the dose in mg, the time taken,
the phase, the nurse who gave it, whether it was taken); and a hospital pharmacy's list of
patients given free ARV in UTF-16 with tabs (the OPC code, the regimen, the days supplied, the
funding source, the viral load, the next visit, a proxy who collects and his phone).
Five foreign files: a Québec pharmacy's prescription register in UTF-8 with a BOM (the RAMQ
number, the prescription and DIN, the prescriber); a French pharmacy's ordonnancier of narcotic
deliveries in Windows-1252 with semicolons (the NIR with its key, birth and married names, the
prescriber's RPPS, the scheme); a Dutch pharmacy's patient export in UTF-8 with semicolons (the
BSN, the surname prefix, initials, street and house number apart, the GP, the insurer); a German
practice's prescription list in Windows-1252 with semicolons (the Krankenversichertennummer, the
Kasse and its IK, the PZN, the insured status); and a Swedish region's e-prescription list in
UTF-8 with tabs (the personnummer with its Luhn digit, the region, the prescriber).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind362_writers import WRITERS_BLIND362
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND362: tuple[Shape, ...] = (
    _shape(
        "so_theo_doi_don_thuoc_gay_nghien_huong_than_nha_thuoc_vn362",
        "STT=row | Số đơn=-:order_no362 | Ngày bán=date@%d/%m/%Y"
        " | Họ tên người bệnh=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới=sex"
        " | Số CCCD/ĐDCN=cccd | Địa chỉ người bệnh=address | Chẩn đoán=-:diag362"
        " | Bác sĩ kê đơn=-:doctor362 | Số CCHN=-:cchn362 | Cơ sở KCB=-:clinic362"
        " | Tên thuốc - nồng độ, hàm lượng=-:drug_ctrl362 | SL=-:qty_ctrl362"
        " | Người mua thuốc (nếu khác NB)=-:buyer362 | CCCD người mua=-:buyer_cccd362"
        " | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "xuat_don_thuoc_dien_tu_lien_thong_phong_kham_vn362",
        "stt=row | ma_don_thuoc=-:rx_code362 | ma_co_so=-:facility362"
        " | ho_ten_benh_nhan=full_name | ngay_sinh_benh_nhan=birth_date@%Y-%m-%d"
        " | gioi_tinh=sex | so_dinh_danh_cong_dan=cccd | ma_the_bhyt=bhyt"
        " | so_dien_thoai=phone | dia_chi=address | chan_doan_icd=-:icd362"
        " | ho_ten_bac_si=-:rx_doctor362 | ngay_ke_don=date@%Y-%m-%d"
        " | so_ngay_dung=-:rx_days362 | trang_thai=-:rx_status362"
        " | thoi_gian_gui=timestamp",
        encoding="utf-8",
    ),
    _shape(
        "danh_sach_cap_phat_methadone_hang_ngay_co_so_dieu_tri_vn362",
        "TT=row | Mã BN=-:mmt_code362 | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd:cccd_spaced | Nơi cư trú=address | SĐT=phone"
        " | Ngày cấp phát=date@%d/%m/%Y | Giai đoạn=-:mmt_phase362"
        " | Liều Methadone=-:mmt_dose362 | Giờ uống=-:mmt_time362"
        " | Tình trạng=-:mmt_taken362 | NV cấp phát=-:mmt_nurse362",
        file="xlsx",
    ),
    _shape(
        "danh_sach_nguoi_benh_nhan_thuoc_arv_mien_phi_khoa_duoc_benh_vien_vn362",
        "STT=row | Mã BN (OPC)=-:opc_code362 | Họ tên=full_name"
        " | Ngày tháng năm sinh=birth_date@%d/%m/%Y | Nam/Nữ=sex | CCCD=cccd"
        " | Số thẻ BHYT=bhyt | Tỉnh thường trú=province | Điện thoại=phone:phone_dotted"
        " | Phác đồ ARV=-:arv_regimen362 | Số ngày thuốc=-:arv_days362"
        " | Nguồn thuốc=-:arv_source362 | Ngày cấp=date@%d/%m/%Y"
        " | Tải lượng VR gần nhất=-:vl362 | Ngày hẹn tái khám=-:arv_next362"
        " | Người nhận thay=-:arv_proxy362 | SĐT người nhận thay=-:arv_proxy_phone362",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "registre_ordonnances_pharmacie_communautaire_qc362",
        "No=row | N° d'assurance maladie (NAM)=national_id:qc_ramq362"
        " | Nom=family_name:qc_family362 | Prénom=given_name:qc_given362"
        " | Date de naissance=birth_date@%Y-%m-%d | Sexe=sex:sex_en"
        " | Adresse=street:qc_street362 | Municipalité=district:qc_city362"
        " | Code postal=postcode:qc_postal362 | Téléphone=phone:qc_phone362"
        " | N° d'ordonnance=-:qc_rx362 | DIN=-:qc_din362 | Médicament=-:qc_drug362"
        " | Prescripteur (n° de permis)=-:qc_prescriber362 | Date de service=date@%Y-%m-%d",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "ordonnancier_stupefiants_officine_fr362",
        "N° d'ordre=row | Date de délivrance=date@%d/%m/%Y"
        " | N° de sécurité sociale (NIR)=national_id:fr_nir362"
        " | Nom de naissance=family_name:fr_birthname362 | Nom d'usage=-:fr_usename362"
        " | Prénom=given_name:fr_given362 | Date de naissance=birth_date@%d/%m/%Y"
        " | Sexe=sex:sex_fr | Adresse=street:fr_street362 | Code postal=postcode:fr_cp362"
        " | Commune=district:fr_city362 | Téléphone=phone:fr_phone362"
        " | Prescripteur (RPPS)=-:fr_rpps362 | Spécialité délivrée=-:fr_drug362"
        " | Régime=-:fr_regime362",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "patientenexport_openbare_apotheek_nl362",
        "Volgnr=row | BSN=national_id:nl_bsn362 | Voorletters=-:nl_initials362"
        " | Voorvoegsel=-:nl_prefix362 | Achternaam=family_name:nl_family362"
        " | Geboortedatum=birth_date@%d-%m-%Y | Geslacht=sex:sex_nl"
        " | Straatnaam=street:nl_street362 | Huisnr.=-:nl_house362"
        " | Postcode=postcode:nl_postcode362 | Woonplaats=district:nl_city362"
        " | Telefoon=phone:nl_phone362 | Huisarts=-:nl_gp362"
        " | Zorgverzekeraar=-:nl_insurer362 | Laatste geneesmiddel=-:nl_drug362"
        " | Afleverdatum=date@%d-%m-%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "verordnungsliste_hausarztpraxis_de362",
        "Lfd. Nr.=row | Versicherten-Nr.=national_id:de_kvnr362"
        " | Name=family_name:de_family362 | Vorname=given_name:de_given362"
        " | Geb.-Datum=birth_date@%d.%m.%Y | Geschlecht=sex:sex_de"
        " | Straße, Hausnr.=street:de_street362 | PLZ=postcode:de_plz362"
        " | Wohnort=district:de_city362 | Telefon=phone:de_phone362"
        " | Kostenträger=-:de_kasse362 | IK=-:de_ik362 | Status=-:de_status362"
        " | PZN=-:de_pzn362 | Arzneimittel=-:de_drug362 | Ausstellungsdatum=date@%d.%m.%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "e_recept_forskrivningar_region_se362",
        "Rad=row | Personnummer=national_id:se_pnr362 | Efternamn=family_name:se_family362"
        " | Förnamn=given_name:se_given362 | Kön=sex:se_sex362"
        " | Utdelningsadress=street:se_street362 | Postnr=postcode:se_postnr362"
        " | Postort=district:se_city362 | Mobilnummer=phone:se_phone362"
        " | Receptnr=-:se_rx362 | Läkemedel=-:se_drug362"
        " | Förskrivare=-:se_prescriber362 | Region=-:se_region362"
        " | Förskrivningsdatum=date@%Y-%m-%d",
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
    "qc_ramq362",
    "fr_nir362",
    "nl_bsn362",
    "de_kvnr362",
    "se_pnr362",
)
SEX_HOLDS: tuple[str, ...] = ("se_sex362",)
NAME_HOLDS = frozenset(
    {"qc_family362", "qc_given362", "fr_birthname362", "fr_given362", "nl_family362"}
    | {"de_family362", "de_given362", "se_family362", "se_given362"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "qc_phone362",
    "fr_phone362",
    "nl_phone362",
    "de_phone362",
    "se_phone362",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND362",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND362",
]
