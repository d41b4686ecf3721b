"""The two hundred ninety-second part of the outside corpus, **blind 292** (written 10:20 UTC,
2026-12-07, never used for tuning): person files a district's home affairs office, a commune's
disability assessment council, a provincial labour department, a district education office, a
Finnish district court, the Hungarian statistical office, an Estonian ministry, a Bulgarian
regional court and a Swiss cantonal court could hand over. Four Vietnamese files: the list
attached to a district's decision raising civil servants' salaries by one step, in Excel (the
post and unit, the grade code, the step and coefficient before and after, merged two-level
headers flattened with " - ", the date the new step applies, the social insurance number); a
commune's list sent up to the district in the template of the 2019 circular on assessing
disability levels, in Windows-1258 with semicolons and the template's column numbers "(1)" …
"(13)" in the headers (the kind and level of disability, the legal representative and that
person's phone, the council's meeting date and conclusion); a province's reporting template of
veterans entitled to the one-off allowance of Decision 62/2011, in UTF-16 with tabs (the home
village apart from the present address, the months of enlistment and discharge, the unit, the
front, the amount); and the list attached to an education office's decision on teachers'
seniority allowances, in UTF-8 with a BOM (the school, the professional rank, the date
seniority starts, the months not counted, the rate, the date it applies).
Five foreign files: a Finnish district court's list of lay judges with Finnish/Swedish
headers in UTF-8 with semicolons (the henkilötunnus with its mod-31 character, the electing
council, the party, the mother tongue, a footnote mark on the street address); the Hungarian
statistical office's census enumerators in Windows-1250 with semicolons (the name with a
footnote mark, the birth name, the mother's name, the place of birth, the adóazonosító jel and
the TAJ with their check digits, the enumeration areas, the reviewer, the fee); an Estonian
ministry's return of civil servants in UTF-8 with the template's coded headers "(A1)" … "(C2)"
(the isikukood with its two-stage mod-11 digit, the agency, the post, the line manager, the pay
grade and salary); a Bulgarian regional court's list of court experts in Windows-1251 (the
three-part name, the EGN with its weighted digit, the education, the kind of expertise, the
workplace, the court's decision); and a Swiss cantonal court's register of sworn interpreters
with German/French headers in Windows-1252 with semicolons (the AHV/AVS number with its EAN-13
digit, Strasse/PLZ/Ort, the languages, the court, the date sworn in).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind292_writers import WRITERS_BLIND292
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND292: tuple[Shape, ...] = (
    _shape(
        "nang_bac_luong_thuong_xuyen_kem_theo_quyet_dinh_ubnd_huyen_vn292",
        "STT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Chức vụ, chức danh=-:vn_post292 | Cơ quan, đơn vị công tác=-:vn_unit292"
        " | Ngạch - Mã số=-:vn_code292 | Lương hiện hưởng - Bậc=-:vn_step_old292"
        " | Lương hiện hưởng - Hệ số=-:vn_coef_old292"
        " | Lương hiện hưởng - Thời điểm xếp=date@%d/%m/%Y"
        " | Lương sau khi nâng - Bậc=-:vn_step_new292"
        " | Lương sau khi nâng - Hệ số=-:vn_coef_new292"
        " | Lương sau khi nâng - Thời điểm hưởng=date:vn_newdate292 | Mã số BHXH=bhxh"
        " | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "de_nghi_xac_dinh_muc_do_khuyet_tat_ubnd_xa_gui_huyen_vn292",
        "TT (1)=row | Họ và tên (2)=full_name | Ngày, tháng, năm sinh (3)=birth_date@%d/%m/%Y"
        " | Giới tính (4)=sex | Số định danh cá nhân (5)=cccd | Nơi ở hiện nay (6)=address"
        " | Dạng khuyết tật (7)=-:vn_dtype292 | Mức độ KT đề nghị (8)=-:vn_level292"
        " | Người đại diện hợp pháp (9)=-:vn_guardian292"
        " | SĐT người đại diện (10)=-:vn_guardphone292 | Ngày HĐ họp (11)=date@%d/%m/%Y"
        " | Kết luận của HĐXĐMĐKT (12)=-:vn_verdict292 | Ghi chú (13)=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "bieu_tong_hop_tro_cap_mot_lan_qd62_so_ldtbxh_vn292",
        "TT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd:cccd_spaced"
        " | Quê quán=-:vn_origin292 | Nơi thường trú hiện nay=address"
        " | Nhập ngũ (tháng/năm)=date:vn_enlist292"
        " | Xuất ngũ, phục viên (tháng/năm)=date:vn_discharge292"
        " | Đơn vị khi tham gia=-:vn_unit_war292 | Địa bàn=-:vn_theatre292"
        " | Thời gian tham gia=-:vn_span292 | Diện=-:vn_kind62"
        " | Mức trợ cấp (đồng)=-:vn_allow292 | Số điện thoại=phone",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "phu_cap_tham_nien_nha_giao_kem_theo_qd_phong_gddt_vn292",
        "Số TT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Mã số BHXH=bhxh | Đơn vị=-:vn_school292 | Chức danh nghề nghiệp=-:vn_rank292"
        " | Ngày bắt đầu tính thâm niên=date@%d/%m/%Y"
        " | Thời gian không tính (tháng)=-:vn_gap292 | Số năm thâm niên=-:vn_years292"
        " | Tỷ lệ % PCTN=-:vn_rate292 | Thời điểm hưởng=date:vn_from292 | Điện thoại=phone"
        " | Email=email",
        encoding="utf-8-sig",
    ),
    _shape(
        "lautamiesluettelo_namndemannaforteckning_karajaoikeus_fi292",
        "Nro / Nr=row | Henkilötunnus / Personbeteckning=national_id:fi_hetu292"
        " | Sukunimi / Efternamn=family_name:fi_family292"
        " | Etunimet / Förnamn=given_name:fi_given292"
        " | Lähiosoite¹ / Näradress¹=street:fi_street292"
        " | Postinumero / Postnummer=postcode:fi_postcode292"
        " | Postitoimipaikka / Postanstalt=district:fi_town292"
        " | Puhelin / Telefon=phone:fi_phone292 | Valitseva valtuusto / Väljande fullmäktige="
        "-:fi_council292 | Ehdottaja² / Förslagsställare²=-:fi_party292"
        " | Äidinkieli / Modersmål=-:fi_lang292 | Ammatti / Yrke=-:fi_job292"
        " | Valittu / Vald=date@%d.%m.%Y | Toimikausi / Mandatperiod=-:fi_term292",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "nepszamlalas_szamlalobiztosok_ksh_hu292",
        "Ssz.=row | Számlálóbiztos kódja=-:hu_code292 | Név*=full_name:hu_full292"
        " | Születési név=-:hu_birthname292 | Anyja születési neve=-:hu_mother292"
        " | Születési hely=-:hu_birthplace292 | Születési idő=birth_date@%Y. %m. %d."
        " | Adóazonosító jel=national_id:hu_ado292 | TAJ szám=-:hu_taj292"
        " | Állandó lakcím**=address:hu_addr292 | Telefonszám=phone:hu_phone292"
        " | E-mail-cím=email | Számlálókörzet(ek)=-:hu_area292"
        " | Felülvizsgáló=-:hu_reviewer292 | Megbízás kelte=date@%Y. %m. %d."
        " | Megbízási díj (Ft)=-:hu_fee292",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
    _shape(
        "avaliku_teenistuse_ametnike_aruanne_ministeerium_ee292",
        "Jrk=row | Isikukood (A1)=national_id:ee_ik292"
        " | Perekonnanimi (A2)=family_name:ee_family292 | Eesnimi (A3)=given_name:ee_given292"
        " | Sugu (A4)=sex:ee_sex292 | Sünniaeg (A5)*=birth_date@%d.%m.%Y"
        " | Elukoht (A6)=address:ee_addr292 | Telefon (A7)=phone:ee_phone292"
        " | Asutus (B1)=-:ee_agency292 | Ametikoht (B2)=-:ee_post292"
        " | Teenistusse võetud (B3)=date@%d.%m.%Y | Vahetu juht (B4)=-:ee_boss292"
        " | Palgaaste (C1)=-:ee_grade292 | Põhipalk, EUR (C2)=-:ee_pay292"
        " | Märkused=-:ee_note292",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "spisak_veshti_litsa_okrazhen_sad_bg292",
        "№ по ред=row | Име, презиме, фамилия=full_name:bg_full292 | ЕГН=national_id:bg_egn292"
        " | Постоянен адрес=address:bg_addr292 | Телефон=phone:bg_phone292"
        " | Електронна поща=email | Образование, специалност=-:bg_edu292"
        " | Вид експертиза=-:bg_kind292 | Месторабота=-:bg_work292"
        " | Акт за вписване=-:bg_order292 | Дата на вписване=date@%d.%m.%Y",
        english=True,
        encoding="cp1251",
    ),
    _shape(
        "gerichtsdolmetscher_interpretes_judiciaires_fr_ch292",
        "Nr. / N°=row | AHV-Nr. / N° AVS=national_id:ch_ahv292"
        " | Name / Nom=family_name:ch_family292"
        " | Vorname / Prénom=given_name:ch_given292"
        " | Geburtsdatum / Date de naissance=birth_date@%d.%m.%Y"
        " | Geschlecht / Sexe=sex:ch_sex292 | Strasse / Rue=street:ch_street292"
        " | PLZ / NPA=postcode:ch_npa292 | Ort / Localité=district:ch_town292"
        " | Telefon / Téléphone=phone:ch_phone292 | Sprachen / Langues=-:ch_lang292"
        " | Gericht / Tribunal=-:ch_court292 | Vereidigt am / Assermenté le=date@%d.%m.%Y"
        " | Bemerkungen¹ / Remarques¹=-:ch_note292",
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
    "fi_hetu292",
    "hu_ado292",
    "ee_ik292",
    "bg_egn292",
    "ch_ahv292",
)
SEX_HOLDS: tuple[str, ...] = ("ee_sex292", "ch_sex292")
NAME_HOLDS = frozenset(
    {"fi_family292", "fi_given292", "hu_full292", "ee_family292", "ee_given292"}
    | {"bg_full292", "ch_family292", "ch_given292"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "fi_phone292",
    "hu_phone292",
    "ee_phone292",
    "bg_phone292",
    "ch_phone292",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("hu_addr292", "ee_addr292", "bg_addr292")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND292",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND292",
]
