"""The hundred-and-fifty-third part of the outside corpus, **blind 153** (written 22:27 UTC,
2026-12-06, never used for tuning): person files a district veterinary station, a commune's
beekeeping cooperative, a ward's emulation and commendation council, a traditional medicine
clinic, Sierra Leone's Teaching Service Commission, the Liberia Electricity Corporation, The
Gambia's National Health Insurance Authority, Togo's Novissi cash transfer and Benin's ARCH
health insurance could hand over.
Four Vietnamese files: small slaughtering households in Windows-1258 with semicolons (the kind
of animal, the heads a day, where they slaughter, the hygiene inspection, the certificate, the
veterinary officer); beekeeping households given a hive-area code in Excel (the code, the bee
species, the number of colonies, the flowers, where the hives stand, the honey, the buyer);
proposals for the grassroots emulation soldier title in UTF-16 with tabs (the post and unit, the
civil servant rating, the initiative, the share of votes, the title); and an acupuncture
clinic's patients in UTF-8 with a BOM, semicolons and headers without diacritics (the file
number, a relative and their phone, the ICD-10 diagnosis, the method, the sessions, the doctor,
the fee).
Five foreign files: a Sierra Leone teachers' headcount (the TSC PIN, the NCRA NIN of eight
letters and digits, the school and its EMIS code, the qualification, the home address, chiefdom
and district, the verification status); a Liberian electricity customer register with dates
month first (the account and meter numbers, the NIR card number, the address with its county,
the tariff, the landlord, the deposit in US dollars); a Gambian health insurance enrolment (the
NHIS number, the national id card number, the settlement, district and region, the health
facility chosen, the category, the next of kin); a Togolese Novissi payment list in French (the
voter card number it paid on, nom and prénoms, the quarter, commune and prefecture, the
mobile money number and wallet, the trade, the amount in FCFA); and a Beninese ARCH enrolment in
French (the NPI, the place of birth, the village or quarter, commune and
département, the ten-digit +229 01 phone, the poverty category, the health centre, the head of
household).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind153_writers import WRITERS_BLIND153
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND153: tuple[Shape, ...] = (
    _shape(
        "ho_giet_mo_gia_suc_gia_cam_nho_le_tram_thu_y_vn153",
        "STT=row | Tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Điện thoại=phone | Địa chỉ=address | Loại GS, GC giết mổ=-:slaughter_kind153"
        " | Công suất=-:slaughter_heads153 | Địa điểm giết mổ=-:slaughter_spot153"
        " | KQ kiểm tra ĐKVS thú y=-:slaughter_mark153 | Số GCN=-:slaughter_cert153"
        " | Ngày kiểm tra=date@%d/%m/%Y | CB thú y phụ trách=-:slaughter_vet153",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_nuoi_ong_cap_ma_so_vung_nuoi_htx_vn153",
        "TT=row | Họ tên chủ hộ=full_name:full_name_caps | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | SĐT=phone:phone_spaced | Thôn/buôn, xã=address"
        " | Mã số vùng nuôi=-:bee_code153 | Giống ong=-:bee_kind153"
        " | Số đàn (đàn)=-:bee_hives153 | Nguồn hoa=-:bee_flower153"
        " | Vị trí đặt đàn=-:bee_spot153 | Sản lượng mật (kg/năm)=-:bee_honey153"
        " | Đơn vị thu mua=-:bee_buyer153 | Ngày cấp mã=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "de_nghi_danh_hieu_chien_si_thi_dua_co_so_hd_tdkt_vn153",
        "TT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Nam/Nữ=sex"
        " | Số ĐDCN=cccd | Chức vụ, đơn vị công tác=-:emul_post153"
        " | Xếp loại CBCCVC=-:emul_grade153 | Sáng kiến/đề tài=-:emul_skn153"
        " | Tỷ lệ phiếu bầu=-:emul_votes153 | Danh hiệu đề nghị=-:emul_title153"
        " | Nơi ở hiện nay=address | Ngày họp HĐTĐKT=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "benh_nhan_cham_cuu_phong_kham_yhct_vn153",
        "STT=row | Ma BN=-:acu_file153 | Ho ten BN=full_name:full_name_ascii"
        " | Ngay sinh=birth_date@%d-%m-%Y | GT=sex | CCCD=cccd | Dia chi=address:address_ascii"
        " | SDT=phone | Nguoi than=-:acu_kin153 | SDT nguoi than=-:acu_kin_phone153"
        " | Chan doan (ICD10)=-:acu_ill153 | PP dieu tri=-:acu_method153"
        " | So lieu trinh=-:acu_sessions153 | BS dieu tri=-:acu_doctor153"
        " | Chi phi (d)=-:acu_fee153 | Ngay vao=date@%d-%m-%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "teachers_headcount_verification_tsc_sl153",
        "S/N=row | TSC PIN Code=-:sl_pin153 | Name of Teacher (SURNAME first)=full_name:sl_name153"
        " | Sex (M/F)=sex:sl_sex153 | Date of Birth=birth_date@%d/%m/%Y"
        " | NIN=national_id:sl_nin153 | Name of School=-:sl_school153"
        " | EMIS Code=-:sl_emis153 | Highest Qualification=-:sl_grade153"
        " | Residential Address=address:sl_home153 | Chiefdom=suburb:sl_chiefdom153"
        " | District=district:sl_district153 | Mobile No.=phone:sl_phone153"
        " | Date of First Appointment=date@%d/%m/%Y | Verification Status=-:sl_status153",
        english=True,
    ),
    _shape(
        "lec_customer_connection_register_lr153",
        "No.=row | Account No.=-:lr_account153 | Meter No.=-:lr_meter153"
        " | Customer Name=full_name:lr_name153 | NIR ID No.=national_id:lr_nir153"
        " | Date of Birth=birth_date@%m/%d/%Y | Service Address=address:lr_address153"
        " | Cell #=phone:lr_phone153 | Tariff Class=-:lr_tariff153"
        " | Landlord/Property Owner=-:lr_landlord153 | Deposit=-:lr_deposit153"
        " | Connection Date=date@%m/%d/%Y",
        english=True,
    ),
    _shape(
        "nhis_enrolment_register_nhia_gm153",
        "SN=row | NHIS No.=-:gm_nhis153 | Full Name=full_name:gm_name153 | Gender=sex:sex_en"
        " | DOB=birth_date@%d/%m/%Y | National ID Card No.=national_id:gm_nin153"
        " | Settlement=suburb:gm_settlement153 | District=district:gm_district153"
        " | Region/LGA=state:gm_region153 | Telephone=phone:gm_phone153"
        " | Preferred Health Facility=-:gm_facility153 | Membership Category=-:gm_category153"
        " | Next of Kin=-:gm_kin153 | Date Enrolled=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "novissi_liste_paiements_beneficiaires_tg153",
        "N°=row | N° Carte d'électeur=national_id:tg_card153 | NOM=family_name:tg_family153"
        " | Prénoms=given_name:tg_given153 | Sexe=sex:tg_sex153"
        " | Date de naissance=birth_date@%d/%m/%Y | Quartier=suburb:tg_quarter153"
        " | Commune=district:tg_commune153"
        " | Préfecture=state:tg_prefecture153 | N° de téléphone=phone:tg_phone153"
        " | Portefeuille=-:tg_wallet153 | Activité=-:tg_trade153"
        " | Montant (FCFA)=-:tg_amount153 | Date de transfert=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "arch_enrolement_assurance_maladie_bj153",
        "N° d'ordre=row | NPI=national_id:bj_npi153 | Nom=family_name:bj_family153"
        " | Prénom(s)=given_name:bj_given153 | Sexe=sex:bj_sex153"
        " | Date de naissance=birth_date@%d/%m/%Y | Lieu de naissance=-:bj_pob153"
        " | Village/Quartier de ville=suburb:bj_quarter153"
        " | Commune=district:bj_commune153"
        " | Département=state:bj_departement153 | Téléphone=phone:bj_phone153"
        " | Catégorie=-:bj_poor153 | Formation sanitaire=-:bj_centre153"
        " | Chef de ménage=-:bj_head153 | Date d'enrôlement=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "sl_nin153",
    "lr_nir153",
    "gm_nin153",
    "tg_card153",
    "bj_npi153",
)
SEX_HOLDS: tuple[str, ...] = ("sl_sex153", "tg_sex153", "bj_sex153")
NAME_HOLDS = frozenset(
    {
        "sl_name153",
        "lr_name153",
        "gm_name153",
        "tg_family153",
        "tg_given153",
        "bj_family153",
        "bj_given153",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "sl_phone153",
    "lr_phone153",
    "gm_phone153",
    "tg_phone153",
    "bj_phone153",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("sl_home153", "lr_address153")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND153",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND153",
]
