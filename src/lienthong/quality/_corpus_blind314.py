"""The three-hundred-and-fourteenth part of the outside corpus, **blind 314** (written 10:45 UTC,
2026-12-07, never used for tuning): person files a Hanoi hotel, a border commune's police in An
Giang, a province police's immigration office, the Lang Son border guard, a Hessian reception
centre, Gaziantep's provincial migration directorate, Migracion Colombia in Cucuta, the refugee
desk of a West Nile settlement and the Samos reception and identification centre could hand over.
Four Vietnamese files: foreign guests a hotel declares to the immigration office for their
temporary stay, in Excel (the passport name in capitals, the nationality, the passport as the
person's id, the visa and its end, the entry gate, the room, the home abroad, the days of the
stay, the receptionist who declared it); people of Vietnamese origin back from Cambodia without
papers, reviewed by the commune police in Windows-1258 with semicolons (the birthplace in
Cambodia, the day back, the papers they hold, a Vietnamese parent, the home village of origin,
what is asked, the personal number once given, the officer); foreign spouses of Vietnamese
citizens asking for a residence card, in UTF-16 with tabs and headers without diacritics (the
passport, the Vietnamese spouse and that spouse's CCCD, the marriage certificate, the card, the
status); and citizens handed back by China at the Lang Son border, received by the border guard
in UTF-8 with a BOM and semicolons (the gate, where they were held, why, the record, to whom they
were handed, a relative and that relative's phone).
Five foreign files: asylum seekers arriving at the Hessian reception centre in Windows-1252 with
semicolons (the AZR number and the BAMF file number, the nationality, the birthplace, the
reception address, the house and room, the language, the residence status); Syrians under
temporary protection in Gaziantep in Excel (the ``99`` foreigner number, the father's and the
mother's names, the birthplace, the address and the district alone, the household, the status);
Venezuelans given the PPT in Cucuta in UTF-8 with a BOM and semicolons (the Venezuelan cedula, the
PPT number apart, the two surnames, the address and the municipality alone, the delivery point);
a West Nile settlement's new arrivals in UTF-8 (the household and individual numbers, the
country of origin, the zone and the plot, the arrival day, the specific needs); and asylum
applications registered on Samos in UTF-8 (Latin capitals under Greek headers, the father's
name, the case and the temporary social security number, the arrival and registration days,
the vulnerability, the procedure).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind314_writers import WRITERS_BLIND314
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND314: tuple[Shape, ...] = (
    _shape(
        "khach_nuoc_ngoai_khai_bao_tam_tru_khach_san_gui_phong_qlxnc_cong_an_tp_vn314",
        "STT=row | Họ tên (chữ in hoa theo HC)=full_name:fg_name314 | Giới tính=sex"
        " | Ngày sinh=birth_date@%d/%m/%Y | Quốc tịch=-:fg_nation314"
        " | Số hộ chiếu=national_id:fg_pp314 | Loại thị thực/ Thẻ TT=-:fg_visa314"
        " | Thời hạn thị thực=date:fg_visa_end314@%d/%m/%Y | Cửa khẩu nhập cảnh=-:fg_gate314"
        " | Phòng số=-:fg_room314 | Địa chỉ thường trú ở nước ngoài=address:fg_home314"
        " | Tạm trú từ ngày=date@%d/%m/%Y | Đến ngày=date:fg_leave314@%d/%m/%Y"
        " | Người khai báo=-:fg_clerk314",
        english=True,
        file="xlsx",
    ),
    _shape(
        "nguoi_goc_viet_tu_campuchia_ve_khong_giay_to_ra_soat_cong_an_xa_bien_gioi_an_giang_vn314",
        "TT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Nơi sinh (CPC)=-:kh_born314 | Về VN từ ngày=date:kh_back314@%d/%m/%Y"
        " | Nơi ở hiện nay=address | SĐT=phone | Giấy tờ hiện có=-:kh_paper314"
        " | Cha/mẹ là người VN=-:kh_parent314 | Quê gốc=-:kh_root314"
        " | Đề nghị giải quyết=-:kh_ask314 | Số ĐDCN được cấp=cccd"
        " | Ngày rà soát=date@%d/%m/%Y | Kết quả=-:kh_status314 | CB rà soát=-:kh_officer314",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "vo_chong_nguoi_nuoc_ngoai_cua_cong_dan_vn_de_nghi_cap_the_tam_tru_phong_qlxnc_vn314",
        "STT=row | Ho ten NNN=full_name:sp_name314 | Ngay sinh=birth_date@%d-%m-%Y"
        " | Gioi tinh=sex:sex_caps | Quoc tich=-:sp_nation314 | So HC=national_id:sp_pp314"
        " | Ho ten vo/chong (CDVN)=-:sp_partner314 | So CCCD vo/chong=-:sp_partner_id314"
        " | GCN ket hon so=-:sp_marriage314 | Dia chi tam tru=address:sp_addr314"
        " | DT lien he=phone | Ngay nhan HS=date@%d-%m-%Y | So the TT=-:sp_card314"
        " | Tinh trang=-:sp_status314",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "cong_dan_bi_phia_trung_quoc_trao_tra_tiep_nhan_bdbp_lang_son_vn314",
        "STT=row | Họ tên=full_name | Ngày sinh=birth_date@%d.%m.%Y | Giới tính=sex"
        " | Số CCCD=cccd | Quê quán=-:cn_home314 | Nơi thường trú=address"
        " | Ngày trao trả=date@%d.%m.%Y | Cửa khẩu/ lối mở=-:cn_gate314"
        " | Nơi bị bắt giữ (TQ)=-:cn_held314 | Lý do=-:cn_why314 | Biên bản số=-:cn_record314"
        " | Bàn giao cho=-:cn_handover314 | Thân nhân=-:cn_kin314"
        " | SĐT thân nhân=-:cn_kin_phone314 | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "zugangsliste_asylbegehrende_erstaufnahmeeinrichtung_hessen_de314",
        "Lfd. Nr.=row | Name=family_name:de_family314 | Vorname=given_name:de_given314"
        " | Geb.-Datum=birth_date@%d.%m.%Y | Geschl.=sex:sex_de"
        " | Staatsangeh.=-:de_nation314 | Geburtsort=-:de_born314 | AZR-Nr.=-:de_azr314"
        " | BAMF-Az.=-:de_bamf314 | Zugang am=date@%d.%m.%Y"
        " | Anschrift Unterkunft=address:de_home314 | Haus/Zi.=-:de_room314"
        " | Mobil=phone:de_phone314 | Sprache=-:de_lang314 | Status=-:de_status314",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "gecici_koruma_altindaki_suriyeliler_adres_guncelleme_il_goc_idaresi_gaziantep_tr314",
        "S.No=row | Yabancı Kimlik No=national_id:tr_id314 | Adı=given_name:tr_given314"
        " | Soyadı=family_name:tr_family314 | Baba Adı=-:tr_father314"
        " | Anne Adı=-:tr_mother314 | Doğum Tarihi=birth_date@%d.%m.%Y"
        " | Cinsiyeti=sex:tr_sex314 | Doğum Yeri=-:tr_born314 | Adres=address:tr_addr314"
        " | İlçe=district:tr_district314 | Cep Tel=phone:tr_phone314"
        " | Hane No=-:tr_household314 | Güncelleme Tarihi=date@%d.%m.%Y"
        " | Durum=-:tr_status314",
        english=True,
        file="xlsx",
    ),
    _shape(
        "entrega_permiso_proteccion_temporal_ppt_venezolanos_migracion_colombia_cucuta_co314",
        "No.=row | Cédula venezolana=national_id:ve_ced314 | N° PPT=-:ve_ppt314"
        " | Nombres=given_name:ve_given314 | Primer apellido=family_name:ve_family314"
        " | Segundo apellido=-:ve_second314 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:ve_sex314 | Dirección de residencia=address:ve_addr314"
        " | Municipio=district:ve_town314 | Celular=phone:ve_phone314 | Correo=email"
        " | Punto de entrega=-:ve_point314 | Fecha de entrega=date@%d/%m/%Y"
        " | Estado=-:ve_status314",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "new_arrivals_household_registration_bidibidi_settlement_opm_ug314",
        "S/N=row | HH No.=-:ug_hh314 | Individual No.=-:ug_ind314"
        " | Full Name=full_name:ug_name314 | Sex=sex:ug_sex314"
        " | DOB=birth_date@%d/%m/%Y | Country of Origin=-:ug_origin314"
        " | Zone=-:ug_zone314 | Village/Block/Plot=-:ug_plot314"
        " | Date of Arrival=date@%d/%m/%Y | Tel=phone:ug_phone314"
        " | Specific Needs=-:ug_needs314",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "kataxorisi_aitimaton_asylou_kyt_samou_gr314",
        "Α/Α=row | Επώνυμο=family_name:gr_family314 | Όνομα=given_name:gr_given314"
        " | Πατρώνυμο=-:gr_father314 | Ημ. Γέννησης=birth_date@%d/%m/%Y"
        " | Φύλο=sex:gr_sex314 | Υπηκοότητα=-:gr_nation314 | Αρ. Υπόθεσης=-:gr_case314"
        " | ΠΑΑΥΠΑ=-:gr_paaypa314 | Ημ. Άφιξης=date:gr_arrival314@%d/%m/%Y"
        " | Ημ. Καταγραφής=date@%d/%m/%Y | Κινητό=phone:gr_phone314"
        " | Γλώσσα=-:gr_lang314 | Ευαλωτότητα=-:gr_vuln314 | Διαδικασία=-:gr_proc314",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("fg_pp314", "sp_pp314", "tr_id314", "ve_ced314")
SEX_HOLDS: tuple[str, ...] = ("tr_sex314", "ve_sex314", "ug_sex314", "gr_sex314")
NAME_HOLDS = frozenset(
    {
        "fg_name314",
        "sp_name314",
        "de_family314",
        "de_given314",
        "tr_given314",
        "tr_family314",
        "ve_given314",
        "ve_family314",
        "ug_name314",
        "gr_family314",
        "gr_given314",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "de_phone314",
    "tr_phone314",
    "ve_phone314",
    "ug_phone314",
    "gr_phone314",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "fg_home314",
    "sp_addr314",
    "de_home314",
    "tr_addr314",
    "ve_addr314",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND314",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND314",
]
