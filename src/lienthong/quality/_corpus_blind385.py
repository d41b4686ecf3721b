"""The three-hundred-and-eighty-fifth part of the outside corpus, **blind 385** (written 18:42 UTC,
2026-12-07, never used for tuning): person files a commune police station, a bank's cash-escort
unit, a provincial police department's office for administrative order, a forest protection
department, a Czech police firearms department, a Latvian state police and hunting register, the
South African Central Firearms Register, Québec's private security bureau and a Serbian police
administration could hand over. Four Vietnamese files: a commune police's book of rudimentary
weapons (swords, daggers, crossbows) declared as heirlooms or display pieces, in Windows-1258 with
semicolons (the weapon, the number, where it came from, the purpose, the date declared, the
confirmation number, the receiving officer); a bank's list of cash escorts and the weapons and
support tools issued to them, in Excel (the title, the unit, the weapon and its serial, the
licence number, its issue and expiry dates, the training certificate); the heads of
security-service companies applying for a certificate of security and order conditions, in UTF-16
with tabs (the company, its registration number and seat, the head's degree and years in the
trade, the number of guards, the certificate number and date, the inspecting officer, the time
last updated); and forest rangers trained and certified to use military weapons, in UTF-8 with a
BOM (the title, the ranger station, the weapon trained on, the result, the certificate, its issue
date and validity, the home province).
Five foreign files: Czech firearms licence holders in Windows-1250 with semicolons (the rodné
číslo, ulice/PSČ/obec, the licence number and its groups, its validity, the assessing doctor);
Latvian hunters and weapon permit holders in UTF-8 (the personas kods with its check digit, the
hunter's certificate, the permit, the weapon, the hunting club, the permit's validity); South
African firearm licence renewals in Excel (the ID number with its Luhn digit, street, suburb,
town, province and postal code, the competency certificate, the licence section and calibre, the
expiry, the DFO's police station, the dedicated association); Québec security agents' permits in
French in Windows-1252 with semicolons (the NAS with its Luhn digit, the postal code, the permit
class, the employer, the expiry, the firearms licence); and Serbian weapon holders in Cyrillic in
UTF-8 (the ЈМБГ with its mod 11 digit, the father's name, the weapon sheet, the kind and
calibre of the weapon, the hunting association, first issue and validity).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind385_writers import WRITERS_BLIND385
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND385: tuple[Shape, ...] = (
    _shape(
        "so_tiep_nhan_khai_bao_vu_khi_tho_so_do_gia_bao_hien_vat_trung_bay_cong_an_xa_vn385",
        "STT=row | Họ và tên người khai báo=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Số định danh cá nhân=cccd | Nơi cư trú=address | Số điện thoại=phone"
        " | Loại vũ khí thô sơ=-:tho_so385 | Số lượng=-:so_luong385 | Nguồn gốc=-:nguon385"
        " | Mục đích sử dụng=-:muc_dich385 | Ngày khai báo=date@%d/%m/%Y"
        " | Số giấy xác nhận=-:gxn385 | Cán bộ tiếp nhận=-:can_bo385 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nhan_vien_ap_tai_tien_cap_phat_vu_khi_cong_cu_ho_tro_ngan_hang_vn385",
        "TT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Chức danh=-:chuc_danh385 | Đơn vị công tác=-:don_vi385"
        " | Loại VK, CCHT được trang bị=-:vu_khi385 | Số hiệu VK/CCHT=-:so_hieu385"
        " | Số giấy phép sử dụng=-:gp385 | Ngày cấp GP=date@%d/%m/%Y"
        " | Ngày hết hạn GP=date:han385@%d/%m/%Y | Chứng chỉ huấn luyện=-:cchl385"
        " | ĐT di động=phone | Địa chỉ thường trú=address | Mã số BHXH=bhxh",
        file="xlsx",
    ),
    _shape(
        "nguoi_dung_dau_co_so_kinh_doanh_dich_vu_bao_ve_de_nghi_cap_gcn_du_dk_antt_pc06_vn385",
        "TT=row | Tên cơ sở kinh doanh=-:co_so385 | Mã số DN=-:msdn385"
        " | Địa chỉ trụ sở=-:tru_so385 | Họ tên người đứng đầu / đại diện theo PL=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | CCCD số=cccd:cccd_spaced"
        " | Nơi thường trú=address | Trình độ=-:trinh_do385"
        " | Thời gian làm quản lý DV bảo vệ (năm)=-:nam_kn385"
        " | Số NV bảo vệ=-:so_nv385 | Số GCN đủ ĐK về ANTT=-:gcn385 | Ngày cấp=date@%d/%m/%Y"
        " | Lần cấp=-:lan385 | CB thẩm định=-:tham_dinh385 | SĐT liên hệ=phone"
        " | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "kiem_lam_vien_huan_luyen_cap_chung_chi_su_dung_vu_khi_quan_dung_chi_cuc_kiem_lam_vn385",
        "STT=row | Ho va ten=full_name | Ngay sinh=birth_date@%d-%m-%Y | Gioi tinh=sex"
        " | So CCCD=cccd | Chuc vu=-:chuc_vu385 | Don vi (Hat KL)=-:hat385"
        " | Loai VKQD huan luyen=-:vkqd385 | Ket qua=-:ket_qua385 | So chung chi=-:cc385"
        " | Ngay cap CC=date@%d-%m-%Y | Gia tri den=date:gia_tri385@%d-%m-%Y"
        " | Que quan=-:que_quan385 | Dia chi lien he=address | DTDD=phone",
        encoding="utf-8-sig",
    ),
    _shape(
        "drzitele_zbrojnich_prukazu_cz385",
        "Poř. č.=row | Rodné číslo=national_id:rc_cz385 | Příjmení=family_name:cz_family385"
        " | Jméno=given_name:cz_given385 | Datum narození=birth_date@%d.%m.%Y"
        " | Ulice, č. p.=street:cz_street385 | PSČ=postcode:cz_psc385"
        " | Obec=district:cz_obec385 | Telefon=phone:cz_phone385"
        " | Číslo ZP=-:cz_zp385 | Skupiny=-:cz_groups385 | Vydáno dne=date@%d.%m.%Y"
        " | Platnost do=date:cz_valid385@%d.%m.%Y | Posuzující lékař=-:cz_doctor385"
        " | Poznámka=-:cz_note385",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
    _shape(
        "mednieki_ierocu_atlaujas_lv385",
        "Nr. p.k.=row | Personas kods=national_id:pk_lv385 | Vārds=given_name:lv_given385"
        " | Uzvārds=family_name:lv_family385 | Dzimšanas datums=birth_date@%d.%m.%Y"
        " | Dzimums=sex:sex_lv385 | Deklarētā adrese=address:lv_addr385"
        " | Tālrunis=phone:lv_phone385 | Mednieka apliecības Nr.=-:lv_hunter385"
        " | Ieroču atļaujas Nr.=-:lv_permit385 | Ierocis=-:lv_arm385"
        " | Medību kolektīvs=-:lv_club385 | Izsniegta=date@%d.%m.%Y"
        " | Derīga līdz=date:lv_valid385@%d.%m.%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "cfr_firearm_licence_renewals_za385",
        "No.=row | ID Number=national_id:za_id385 | Surname=family_name:za_family385"
        " | First Names=given_name:za_given385 | Date of Birth=birth_date@%Y/%m/%d"
        " | Gender=sex:sex_za385 | Street Address=street:za_street385"
        " | Suburb=suburb:za_suburb385 | City/Town=district:za_town385"
        " | Province=state:za_prov385 | Postal Code=postcode:za_pc385"
        " | Cell No.=phone:za_phone385 | Competency Cert. No.=-:za_comp385"
        " | Licence No.=-:za_lic385 | Section=-:za_sec385 | Calibre=-:za_cal385"
        " | Renewal Application Date=date@%Y/%m/%d | Expiry Date=date:za_exp385@%Y/%m/%d"
        " | DFO Station=-:za_dfo385 | Dedicated Assoc.=-:za_assoc385",
        english=True,
        file="xlsx",
    ),
    _shape(
        "permis_agents_securite_privee_qc385",
        "No=row | NAS=national_id:nas_qc385 | Nom=family_name:qc_family385"
        " | Prénom=given_name:qc_given385 | Date de naissance=birth_date@%Y-%m-%d"
        " | Sexe=sex:sex_qc385 | Adresse=street:qc_street385 | Ville=district:qc_city385"
        " | Province=state:qc_prov385 | Code postal=postcode:qc_pc385"
        " | Téléphone=phone:qc_phone385 | No de permis=-:qc_permit385"
        " | Catégorie de permis=-:qc_class385 | Employeur=-:qc_employer385"
        " | Date de délivrance=date@%Y-%m-%d | Date d'échéance=date:qc_until385@%Y-%m-%d"
        " | No PPA (arme à feu)=-:qc_ppa385",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "imaoci_oruzja_pu_rs385",
        "Р. бр.=row | ЈМБГ=national_id:jmbg_rs385 | Презиме=family_name:rs_family385"
        " | Име=given_name:rs_given385 | Име оца=-:rs_father385"
        " | Датум рођења=birth_date@%d.%m.%Y | Пол=sex:sex_rs385"
        " | Адреса=street:rs_street385 | Општина=district:rs_town385"
        " | Телефон=phone:rs_phone385 | Број оружног листа=-:rs_sheet385"
        " | Врста оружја=-:rs_kind385 | Калибар=-:rs_cal385 | Ловачко удружење=-:rs_club385"
        " | Први пут издат=date:rs_first385@%d.%m.%Y | Датум продужења=date@%d.%m.%Y"
        " | Важи до=date:rs_valid385@%d.%m.%Y",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("rc_cz385", "pk_lv385", "za_id385", "nas_qc385", "jmbg_rs385")
SEX_HOLDS: tuple[str, ...] = ("sex_lv385", "sex_za385", "sex_qc385", "sex_rs385")
NAME_HOLDS = frozenset(
    {"cz_family385", "cz_given385", "lv_given385", "lv_family385", "za_family385"}
    | {"za_given385", "qc_family385", "qc_given385", "rs_family385", "rs_given385"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "cz_phone385",
    "lv_phone385",
    "za_phone385",
    "qc_phone385",
    "rs_phone385",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("lv_addr385",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND385",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND385",
]
