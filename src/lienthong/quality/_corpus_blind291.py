"""The two-hundred-and-ninety-first part of the outside corpus, **blind 291** (written 10:18 UTC,
2026-12-07, never used for tuning): person files a commune of Tiên Lãng, a district tax
office, a province Red Cross, a highland district's education office, the Sardinian language
office of Nuoro, South Tyrol's bilingualism examination office, an Aosta Valley consorterie,
a Friulian comune's civil protection group and the social services of the Arbëreshë villages of
Calabria could hand over.
Four Vietnamese files: households registering their palolo worm banks with a Tiên Lãng commune
in Windows-1258 with semicolons (the bank, its area, last season's catch, the price, the
hamlet head who confirms); personal income tax refund claims at a district tax office in Excel
(the tax code, the year, the employer who withheld it and the employer's tax code, the amount,
the bank account, the decision, the status); searches for relatives lost in war or migration
filed with a province Red Cross in UTF-16 with tabs and headers without diacritics (the name,
relation, birth year and home province of the one sought, the year contact was lost, how, the
result, the officer); and teachers of highland schools renting official lodging in UTF-8 with a
BOM and semicolons (the school and its satellite site, the subject, the room, how many live
with them, the rent, a relative's phone, the social insurance number).
Five Italian files: enrolments in Sardinian language courses in Nuoro in Windows-1252 with
Sardinian headers (surname and name apart, the codice fiscale, the street, CAP and town apart,
the level, the variety, the schooling); candidates of South Tyrol's bi- and trilingual
proficiency examination in ISO-8859-15 with German and Italian headers (the codice fiscale, the
birth date ``12.03.1985``, the address in one cell, the CIE number, the level, the language,
the examination day, the result, the file number); the members of an Aosta Valley consorterie
in UTF-8 with French headers (the street, CAP, commune and hamlet apart, the share in
thousandths, the land parcel, the title, the member they inherited from, the days of corvée);
a Friulian comune's civil protection volunteers in Excel with Friulian headers (the codice
fiscale and the tessera sanitaria, the street, CAP and comune apart, the group, the speciality,
the driving licence, the medical due date, an emergency contact); and home care for the elderly
in the Arbëreshë villages of Calabria in Windows-1252 with Arbëresh and Italian headers (the
name ``SURNAME Name`` in one cell, the codice fiscale, the tessera sanitaria, the CIE, the
address in one cell, a landline or mobile, the relative and the relative's phone, the hours, the
carer, the start and end, the ISEE).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind291_writers import WRITERS_BLIND291
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND291: tuple[Shape, ...] = (
    _shape(
        "ho_khai_thac_ruoi_dang_ky_bai_ruoi_ven_song_ubnd_xa_tien_lang_hai_phong_vn291",
        "STT=row | Họ tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Địa chỉ=address | SĐT=phone | Vị trí bãi rươi=-:ruoi_bank291"
        " | Diện tích (m2)=-:ruoi_area291 | SL vụ trước (kg)=-:ruoi_yield291"
        " | Giá bán BQ (đ/kg)=-:ruoi_price291 | Ngày ĐK=date@%d/%m/%Y"
        " | Trưởng thôn xác nhận=-:ruoi_head291 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nguoi_nop_thue_de_nghi_hoan_thue_tncn_nop_thua_chi_cuc_thue_khu_vuc_vn291",
        "STT=row | MST cá nhân=mst | Họ và tên NNT=full_name | Số CCCD/ĐDCN=cccd"
        " | Ngày sinh=birth_date@%d/%m/%Y | Địa chỉ liên hệ=address | Điện thoại=phone"
        " | Email=email | Kỳ QT=-:tax_year291 | Tổ chức trả thu nhập=-:tax_payer291"
        " | MST tổ chức trả TN=-:tax_payer_mst291 | Số đề nghị hoàn (đồng)=-:tax_amount291"
        " | Số TK nhận hoàn=-:tax_acct291 | Tại NH=-:tax_bank291"
        " | Ngày nhận HS=date@%d/%m/%Y | Số QĐ hoàn=-:tax_decision291"
        " | Tình trạng=-:tax_status291",
        file="xlsx",
    ),
    _shape(
        "dang_ky_tim_kiem_than_nhan_that_lac_rfl_hoi_chu_thap_do_tinh_vn291",
        "STT=row | Ho ten nguoi dang ky=full_name | Ngay sinh=birth_date@%d/%m/%Y | Gioi=sex"
        " | So CCCD=cccd | Dia chi thuong tru=address | Dien thoai=phone"
        " | Ho ten nguoi can tim=-:rfl_sought291 | Quan he=-:rfl_rel291"
        " | Nam sinh NCT=-:rfl_year291 | Que quan NCT=-:rfl_home291"
        " | Mat lien lac tu nam=-:rfl_lost291 | Hoan canh=-:rfl_how291"
        " | Ngay tiep nhan=date@%d/%m/%Y | Ket qua=-:rfl_result291"
        " | Can bo tiep nhan=-:rfl_officer291 | Cap nhat=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "giao_vien_thue_nha_o_cong_vu_truong_vung_cao_phong_gddt_huyen_vn291",
        "TT=row | Họ và tên GV=full_name | Ngày sinh=birth_date@%d-%m-%Y | Giới tính=sex"
        " | CCCD=cccd:cccd_spaced | Trường=-:cv_school291 | Điểm trường=-:cv_site291"
        " | Môn dạy=-:cv_subject291 | Nơi thường trú=address | SĐT=phone:phone_dotted"
        " | Phòng số=-:cv_room291 | Số người ở cùng=-:cv_with291"
        " | Tiền thuê/tháng (đ)=-:cv_rent291 | SĐT người thân=-:cv_kin_phone291"
        " | Ngày nhận phòng=date@%d-%m-%Y | Mã số BHXH=bhxh | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "iscritziones_cursos_de_limba_sarda_ufitziu_limba_sarda_comuna_nugoro_it291",
        "Nùm.=row | Sambenadu=family_name:sd_family291 | Nùmene=given_name:sd_given291"
        " | Sessu=sex:sd_sex291 | Data de nàschida=birth_date@%d/%m/%Y"
        " | Logu de nàschida=-:sd_born291 | Còdighe fiscale=national_id:sd_cf291"
        " | Indiritzu=street:sd_street291 | CAP=postcode:sd_cap291"
        " | Bidda=district:sd_town291 | Telèfonu=phone:sd_phone291"
        " | Posta eletrònica=email:sd_mail291 | Livellu=-:sd_level291"
        " | Variedade=-:sd_variant291 | Tìtulu de istùdiu=-:sd_study291"
        " | Data de iscritzione=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "anmeldungen_zwei_dreisprachigkeitspruefung_iscrizioni_esame_bilinguismo_bz_it291",
        "Lfd. Nr.=row | Nachname / Cognome=family_name:tb_family291"
        " | Vorname / Nome=given_name:tb_given291"
        " | Geburtsdatum / Data di nascita=birth_date@%d.%m.%Y"
        " | Geburtsort / Luogo di nascita=-:tb_born291 | Geschl. / Sesso=sex:tb_sex291"
        " | Steuernummer / Codice fiscale=national_id:tb_cf291"
        " | Wohnsitz / Residenza=address:tb_addr291 | Tel.=phone:tb_phone291"
        " | E-Mail=email:tb_mail291 | Ausweis Nr. / N. CIE=-:tb_cie291"
        " | Niveau / Livello=-:tb_level291 | Sprache / Lingua=-:tb_lang291"
        " | Prüfungstermin / Data esame=date@%d.%m.%Y | Ergebnis / Esito=-:tb_result291"
        " | Prot. Nr.=-:tb_prot291",
        english=True,
        encoding="iso-8859-15",
        delimiter=";",
    ),
    _shape(
        "registre_des_consorts_consorterie_alpage_vallee_d_aoste_it291",
        "N° d'ordre=row | Nom=family_name:ao_family291 | Prénom=given_name:ao_given291"
        " | Né(e) le=birth_date@%d/%m/%Y | Lieu de naissance=-:ao_born291"
        " | Code fiscal=national_id:ao_cf291 | Adresse=street:ao_street291"
        " | CAP=postcode:ao_cap291 | Commune=district:ao_town291 | Hameau=suburb:ao_hamlet291"
        " | Téléphone=phone:ao_phone291 | Quote-part (‰)=-:ao_share291"
        " | Feuille / parcelle=-:ao_parcel291 | Titre=-:ao_title291"
        " | Ayant cause de=-:ao_heir291 | Date d'admission=date@%d/%m/%Y"
        " | Corvées dues (journées)=-:ao_corvee291",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "regjistri_volontaris_protezion_civil_grup_comunal_friul_it291",
        "N.=row | Cognon=family_name:fu_family291 | Non=given_name:fu_given291"
        " | Date di nassite=birth_date@%d/%m/%Y | Lûc di nassite=-:fu_born291"
        " | Codiç fiscâl=national_id:fu_cf291 | Tessare sanitarie=-:fu_ts291"
        " | Direzion=street:fu_street291 | CAP=postcode:fu_cap291 | Comun=district:fu_town291"
        " | Celulâr=phone:fu_phone291 | Grup=-:fu_group291 | Specializazion=-:fu_spec291"
        " | Patent=-:fu_licence291 | Date di iscrizion=date@%d/%m/%Y"
        " | Scjadence visite mediche=-:fu_med291"
        " | Contat in câs di emergjence=-:fu_contact291",
        english=True,
        file="xlsx",
    ),
    _shape(
        "ndihma_ne_shtepi_assistenza_domiciliare_anziani_katundet_arbereshe_lungro_it291",
        "Nr.=row | Mbiemri e emri / Cognome e nome=full_name:ar_name291"
        " | Datëlindja / Data di nascita=birth_date@%d/%m/%Y | Gjinia / Sesso=sex:ar_sex291"
        " | Vendlindja / Luogo di nascita=-:ar_born291"
        " | Kodi fiskal / Codice fiscale=national_id:ar_cf291"
        " | Karta shëndetësore / Tessera sanitaria=-:ar_ts291 | Nr. CIE=-:ar_cie291"
        " | Adresa / Indirizzo=address:ar_addr291 | Telefoni / Telefono=phone:ar_phone291"
        " | Familjari / Familiare di riferimento=-:ar_kin291"
        " | Tel. familjari=-:ar_kin_phone291 | Orë në javë / Ore sett.=-:ar_hours291"
        " | Operatori / Operatore=-:ar_operator291"
        " | Data e fillimit / Data inizio=date@%d/%m/%Y"
        " | Data e mbarimit / Data fine=-:ar_end291 | ISEE (€)=-:ar_isee291",
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
    "sd_cf291",
    "tb_cf291",
    "ao_cf291",
    "fu_cf291",
    "ar_cf291",
)
SEX_HOLDS: tuple[str, ...] = ("sd_sex291", "tb_sex291", "ar_sex291")
NAME_HOLDS = frozenset(
    {
        "sd_family291",
        "sd_given291",
        "tb_family291",
        "tb_given291",
        "ao_family291",
        "ao_given291",
        "fu_family291",
        "fu_given291",
        "ar_name291",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "sd_phone291",
    "tb_phone291",
    "ao_phone291",
    "fu_phone291",
    "ar_phone291",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("tb_addr291", "ar_addr291")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND291",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND291",
]
