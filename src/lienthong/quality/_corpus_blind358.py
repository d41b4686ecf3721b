"""The three-hundred-and-fifty-eighth part of the outside corpus, **blind 358** (written 13:08 UTC,
2026-12-07, never used for tuning): person files a ward's neighbourhood fire-safety team, a
garment factory's fire-drill roll, a city's register of apartment-building fire-safety officers,
a volunteer rescue divers' club, Luxembourg's CGDIS, a Fribourg fire brigade, an Austrian
volunteer fire brigade, Liechtenstein's water rescue and Monaco's volunteer first-aiders could
hand over. Four Vietnamese files: the members of a tổ liên gia an toàn PCCC in Windows-1258 with
semicolons (the ĐDCN, the role in the team, the houses each covers, the extinguishers at home,
the public fire point, the team leader and his phone); a factory's fire-drill attendance in Excel
(the employee number, the workshop, the drill role, the time of arrival, present or absent, the
PCCC training); the fire-safety officers of apartment buildings in UTF-16 with tabs (the
building and its address, the post, the operator, the PCCC training certificate and its date,
the social insurance number); and a volunteer rescue divers' list in UTF-8 with a BOM and
headers without diacritics (the diving certificate, the greatest depth, the blood group, the
searches joined, a relative and his phone).
Five foreign files: Luxembourg CGDIS volunteer firefighters in Windows-1252 with semicolons (the
13-digit matricule with its Luhn and Verhoeff digits, the L- postcode, the CIS, the grade, the
badge); a Fribourg fire brigade's roll in UTF-8 with a BOM and German/French headers (the AHV
number with its EAN-13 digit, the grade, the function, the unit, the duty days, the end of
duty); an Austrian Freiwillige Feuerwehr's members in Excel (the SVNR with its check digit and
birth date, the rank, the breathing-apparatus fitness date); Liechtenstein water rescue members
in UTF-8 (the AHV number, the function, the life-saving brevet, an emergency contact); and
Monaco volunteer first-aiders in UTF-8 with semicolons (the identity card number, the residence
and its building, the nationality, the first-aid post, the PSE level, a person to warn).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind358_writers import WRITERS_BLIND358
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND358: tuple[Shape, ...] = (
    _shape(
        "thanh_vien_to_lien_gia_an_toan_pccc_khu_pho_cong_an_phuong_vn358",
        "STT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số ĐDCN=cccd | Nơi ở hiện nay=address | SĐT liên hệ=phone"
        " | Chức danh trong tổ=-:lg_role358 | Phụ trách hộ=-:lg_houses358"
        " | Phương tiện CC tại hộ=-:lg_equip358 | Điểm chữa cháy công cộng=-:lg_point358"
        " | Tổ trưởng tổ liên gia=-:lg_leader358 | SĐT tổ trưởng=-:lg_leaderphone358"
        " | Ngày vào tổ=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "danh_sach_cbcnv_tham_gia_thuc_tap_phuong_an_chua_chay_cong_ty_may_vn358",
        "TT=row | Mã NV=-:dt_empno358 | Họ và tên CBCNV=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd"
        " | Bộ phận / Xưởng=-:dt_dept358 | Nhiệm vụ khi diễn tập=-:dt_role358"
        " | Giờ có mặt tại điểm tập kết=-:dt_time358 | Tình trạng=-:dt_status358"
        " | Huấn luyện PCCC=-:dt_trained358 | SĐT=phone | Ngày thực tập=date@%d/%m/%Y"
        " | Ký xác nhận=-:none",
        file="xlsx",
    ),
    _shape(
        "can_bo_phu_trach_pccc_toa_nha_chung_cu_bao_cao_phong_canh_sat_pccc_vn358",
        "STT=row | Tên tòa nhà / chung cư=-:cc_building358 | Địa chỉ tòa nhà=-:cc_bldaddr358"
        " | Họ tên người phụ trách PCCC=full_name | Ngày sinh=birth_date@%d-%m-%Y"
        " | Số CCCD=cccd:cccd_spaced | Địa chỉ thường trú=address | ĐTDĐ=phone:phone_dotted"
        " | Email=email | Chức vụ=-:cc_post358 | Đơn vị quản lý vận hành=-:cc_operator358"
        " | Số GCN huấn luyện nghiệp vụ PCCC=-:cc_cert358 | Ngày cấp GCN=date@%d-%m-%Y"
        " | Mã số BHXH=bhxh",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "tho_lan_tinh_nguyen_tim_kiem_cuu_nan_duoi_nuoc_clb_lan_vn358",
        "TT=row | Ho va ten=full_name:full_name_ascii | Ngay sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex | So CCCD=cccd | Dia chi=address:address_ascii | Dien thoai=phone"
        " | Doi / CLB=-:dv_group358 | Chung chi lan=-:dv_cert358"
        " | Do sau toi da (m)=-:dv_depth358 | Nhom mau=-:dv_blood358"
        " | So vu tham gia TKCN=-:dv_cases358 | Nguoi than (quan he)=-:dv_kin358"
        " | SDT nguoi than=-:dv_kinphone358 | Lan tim kiem gan nhat=date@%d/%m/%Y"
        " | Ghi chu=-:note_vi",
        encoding="utf-8-sig",
    ),
    _shape(
        "pompiers_volontaires_cgdis_lu358",
        "N°=row | Matricule=national_id:lu_matricule358 | Nom=family_name:lu_family358"
        " | Prénom=given_name:lu_given358 | Date de naissance=birth_date@%d/%m/%Y"
        " | Sexe=sex:lu_sex358 | N°, rue=street:lu_street358 | Code postal=postcode:lu_cp358"
        " | Localité=district:lu_town358 | GSM=phone:lu_gsm358"
        " | Centre d'incendie et de secours=-:lu_cis358 | Grade=-:lu_grade358"
        " | Badge / Spécialité=-:lu_badge358 | Date d'engagement=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "feuerwehr_mannschaftsliste_sapeurs_pompiers_effectif_fr_ch358",
        "Nr. / N°=row | AHV-Nr. / N° AVS=national_id:ch_ahv358"
        " | Name / Nom=family_name:ch_family358 | Vorname / Prénom=given_name:ch_given358"
        " | Geburtsdatum / Date de naissance=birth_date@%d.%m.%Y"
        " | Geschlecht / Sexe=sex:ch_sex358 | Adresse=street:ch_street358"
        " | PLZ / NPA=postcode:ch_npa358 | Wohnort / Domicile=district:ch_city358"
        " | Natel / Portable=phone:ch_phone358 | Grad / Grade=-:ch_grade358"
        " | Funktion / Fonction=-:ch_func358 | Korps / Corps=-:ch_unit358"
        " | Diensttage / Jours de service=-:ch_days358"
        " | Dienstpflicht bis / Astreint jusqu'au=-:ch_until358"
        " | Eintritt / Entrée=date@%d.%m.%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "freiwillige_feuerwehr_mitgliederstand_at358",
        "Lfd. Nr.=row | Mitgl.-Nr.=-:at_member358 | Dienstgrad=-:at_rank358"
        " | Familienname=family_name:at_family358 | Vorname=given_name:at_given358"
        " | Geb.-Datum=birth_date@%d.%m.%Y | SV-Nummer=national_id:at_svnr358"
        " | Geschlecht=sex:at_sex358 | Straße=street:at_street358 | PLZ=postcode:at_plz358"
        " | Ort=district:at_town358 | Telefon mobil=phone:at_phone358"
        " | Feuerwehr=-:at_ff358 | Eintrittsdatum=date@%d.%m.%Y"
        " | ATS-Tauglichkeit bis=-:at_breath358",
        english=True,
        file="xlsx",
    ),
    _shape(
        "wasserrettung_mitglieder_li358",
        "Nr.=row | AHV-Nr.=national_id:li_ahv358 | Name=family_name:li_family358"
        " | Vorname=given_name:li_given358 | Geburtsdatum=birth_date@%d.%m.%Y"
        " | Geschlecht=sex:li_sex358 | Strasse=street:li_street358 | PLZ=postcode:li_plz358"
        " | Gemeinde=district:li_town358 | Telefon=phone:li_phone358 | E-Mail=email"
        " | Funktion=-:li_func358 | Brevet=-:li_brevet358"
        " | Notfallkontakt=-:li_kin358 | Letzte Übung=date@%d.%m.%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "secouristes_benevoles_postes_de_secours_mc358",
        "N°=row | NOM=family_name:mc_family358 | Prénom=given_name:mc_given358"
        " | Né(e) le=birth_date@%d/%m/%Y | N° carte d'identité / de séjour=national_id:mc_card358"
        " | Nationalité=-:mc_nation358 | Adresse=address:mc_addr358 | Tél.=phone:mc_phone358"
        " | Courriel=email | Poste de secours=-:mc_post358 | Diplôme=-:mc_pse358"
        " | Personne à prévenir=-:mc_contact358 | Date de recyclage=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "lu_matricule358",
    "ch_ahv358",
    "at_svnr358",
    "li_ahv358",
    "mc_card358",
)
SEX_HOLDS: tuple[str, ...] = ("lu_sex358", "ch_sex358", "at_sex358", "li_sex358")
NAME_HOLDS = frozenset(
    {"lu_family358", "lu_given358", "ch_family358", "ch_given358", "at_family358"}
    | {"at_given358", "li_family358", "li_given358", "mc_family358", "mc_given358"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "lu_gsm358",
    "ch_phone358",
    "at_phone358",
    "li_phone358",
    "mc_phone358",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("mc_addr358",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND358",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND358",
]
