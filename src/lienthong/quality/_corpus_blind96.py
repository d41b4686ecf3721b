"""The ninety-sixth part of the outside corpus, **blind 96** (written 16:58 UTC, 2026-12-06, never
used for tuning): person files a provincial eye hospital's free cataract surgery campaign, a
commune's election committee, a ward health station following COVID-19 cases at home, a
university's VSTEP examination board, a Linz adult education institute running AMS courses, a
Biel/Bienne watch maker claiming short-time work compensation, a SUSI grant office, the Icelandic
crew registration and a Bergen GP surgery could hand over. Four Vietnamese files: a Nghệ An eye
hospital's list of patients screened and operated for cataract in a charity campaign in Excel
(the patient code, real Excel birth dates, the CCCD and the BHYT card, the hamlet, commune and
district, a relative and the relative's phone, the visual acuity of each eye written ``ĐNT 1m``,
``BBT`` or ``3/10``, the diagnosis, the eye operated, the day screened and the day operated, the
technique and the sponsor); a Thanh Hóa commune's official list of candidates for the People's
Council in UTF-16 with tabs and the form's merged headers flattened (the nationality, ethnic
group and religion, the hometown apart from where they live, the schooling ``12/12``, the
degree, academic title, political theory and foreign language, the occupation and post, the
workplace, the day they joined the Party, the council they already sit on, the electoral unit);
a Hà Nội ward health station's list of F0 cases treated at home in 2022 in UTF-8 with unaccented
capital headers (the positive test's day and kind, the doses of vaccine, the underlying
illness, the risk group, the medicine pack, the day recovered, who followed them and that
person's phone); and a Vinh university's VSTEP results in Windows-1258 with semicolons (the
candidate number, the place of birth, the four skills' scores and their mean with a decimal
comma, the level, the certificate's number, the exam day, the workplace). Five foreign files: a
Linz course provider's AMS participant list in Windows-1252 with semicolons and German headers
(the Sozialversicherungsnummer ``1234 010180`` beside the dd.mm.yyyy birth date, ``m``/``w``,
the citizenship, the street with stair and door ``112/2/7``, PLZ and town apart, ``+43 664``
phones, the e-mail, the AMS office and adviser, the course, its number, start and end, the
daily allowance, the attendance and the reason for leaving); a Biel/Bienne watch maker's short
time work statement in Excel with German/French/Italian headers (``AHV-Nr. / N° AVS / N. AVS``
written ``756.1234.5678.97``, the name and first name apart, the street, PLZ/NPA and town, the
job, the day they joined, the contractual hours, the hours lost and their share, the AHV salary
``5'650.00``, the withholding tax code, the period); an Irish SUSI grant list in UTF-8 (the
application number, the PPSN with its check letter, the address in two lines, town, county and
Eircode apart, ``087 123 4567`` phones, the college, course and year, the grant, the rate, the
reckonable income, the status and the day decided, a parent and the parent's PPSN); an Icelandic
crew registration list in ISO-8859-1 with semicolons (the kennitala ``120385-2399`` with no
birth date beside it, patronymic names, the post aboard, the ship, its registry number and home
port, the days signed on and off, the certificate held, the safety training's expiry, the
lögheimili, póstnúmer and town, the next of kin and their phone); and a Bergen GP surgery's list
of its listed patients in UTF-8 with a BOM and semicolons and Norwegian headers (the 11-digit
fødselsnummer, ``M``/``K``, the street, postnummer, poststed in capitals and the city district,
``+47 912 34 567`` phones, the GP and the GP's HPR number, the days listed and last seen, the SMS
reservation, a note).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind96_writers import WRITERS_BLIND96
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND96: tuple[Shape, ...] = (
    _shape(
        "mo_duc_thuy_tinh_the_nhan_dao_vn96",
        "STT=row | Mã BN=-:eye_code96 | Họ và tên bệnh nhân=full_name"
        " | Ngày sinh=birth_date:excel_date | Giới=sex | Số CCCD=cccd | Số thẻ BHYT=bhyt"
        " | Địa chỉ (xóm, xã, huyện)=address:eye_addr96 | Người nhà (quan hệ)=-:eye_kin96"
        " | SĐT người nhà=-:eye_kin_phone96 | Thị lực MP=-:va_right96 | Thị lực MT=-:va_left96"
        " | Chẩn đoán=-:eye_diag96 | Mắt mổ=-:eye_side96 | Ngày khám sàng lọc=date:excel_event"
        " | Ngày mổ=date:eye_op96 | Phương pháp mổ=-:eye_method96"
        " | Nguồn tài trợ=-:eye_sponsor96 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "nguoi_ung_cu_dai_bieu_hdnd_xa_vn96",
        "STT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Quốc tịch=-:hd_nation96"
        " | Dân tộc=-:hd_ethnic96 | Tôn giáo=-:hd_religion96 | Quê quán=-:hd_hometown96"
        " | Nơi ở hiện nay=address:hd_addr96"
        " | Trình độ hiện nay - Giáo dục phổ thông=-:hd_school96"
        " | Trình độ hiện nay - Chuyên môn, nghiệp vụ=-:hd_degree96"
        " | Trình độ hiện nay - Học hàm, học vị=-:hd_title96"
        " | Trình độ hiện nay - Lý luận chính trị=-:hd_politics96"
        " | Trình độ hiện nay - Ngoại ngữ=-:hd_language96 | Nghề nghiệp, chức vụ=-:hd_job96"
        " | Nơi công tác=-:hd_work96 | Ngày vào Đảng (nếu có)=date:hd_party96"
        " | Là đại biểu HĐND (nếu có)=-:hd_term96 | Đơn vị bầu cử=-:hd_unit96",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "f0_dieu_tri_tai_nha_tram_y_te_phuong_vn96",
        "TT=row | HO TEN F0=full_name | NGAY SINH=birth_date@%d/%m/%Y | GIOI TINH=sex"
        " | SO CCCD/CMND=cccd | SDT LIEN HE=phone | DIA CHI=address:f0_addr96"
        " | NGAY XN DUONG TINH=date:f0_positive96 | LOAI XN=-:f0_test96"
        " | SO MUI VAC XIN=-:f0_doses96 | BENH NEN=-:f0_illness96 | PHAN LOAI=-:f0_risk96"
        " | TUI THUOC=-:f0_kit96 | NGAY KHOI BENH=date:f0_end96"
        " | NGUOI THEO DOI=-:f0_tracker96 | SDT NGUOI THEO DOI=-:f0_tracker_phone96",
    ),
    _shape(
        "ket_qua_thi_nang_luc_ngoai_ngu_vstep_vn96",
        "STT=row | SBD=-:vstep_sbd96 | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Nơi sinh=-:vstep_place96 | Giới tính=sex | Số CCCD=cccd | Điện thoại=phone"
        " | Email=email | Nghe=-:vstep_listen96 | Đọc=-:vstep_read96 | Viết=-:vstep_write96"
        " | Nói=-:vstep_speak96 | Điểm TB=-:vstep_mean96 | Bậc năng lực=-:vstep_level96"
        " | Số hiệu chứng chỉ=-:vstep_cert96 | Ngày thi=date@%d/%m/%Y"
        " | Đơn vị công tác/học tập=-:vstep_work96",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ams_kursteilnehmer_bfi_linz_at96",
        "Nr.=row | Familienname=family_name:at_family96 | Vorname=given_name:at_given96"
        " | SV-Nummer=national_id:svnr_at96 | Geburtsdatum=birth_date@%d.%m.%Y"
        " | Geschlecht=sex:sex_at96 | Staatsbürgerschaft=-:nation_at96"
        " | Straße/Stiege/Tür=street:street_at96 | PLZ=postcode:plz_at96"
        " | Wohnort=district:ort_at96 | Telefon=phone:phone_at96 | E-Mail=email:email_at96"
        " | AMS-RGS=-:rgs_at96 | AMS-Berater/in=-:adviser_at96 | Maßnahme=-:course_at96"
        " | Maßnahmen-Nr.=-:course_no_at96 | Kursbeginn=date@%d.%m.%Y"
        " | Kursende=date:end_at96 | DLU €/Tag=-:dlu_at96 | Anwesenheit=-:attendance_at96"
        " | Austrittsgrund=-:exit_at96",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "kurzarbeit_rht_ilr_biel_ch96",
        "Nr.=row | AHV-Nr. / N° AVS / N. AVS=national_id:ahv_ch96"
        " | Name / Nom / Cognome=family_name:ch_family96"
        " | Vorname / Prénom / Nome=given_name:ch_given96"
        " | Geburtsdatum / Date de naissance / Data di nascita=birth_date@%d.%m.%Y"
        " | Geschlecht / Sexe / Sesso=sex:sex_ch96"
        " | Strasse / Rue / Via=street:street_ch96 | PLZ / NPA / NPA=postcode:plz_ch96"
        " | Wohnort / Domicile / Domicilio=district:ort_ch96"
        " | Funktion / Fonction / Funzione=-:job_ch96"
        " | Eintritt / Entrée / Entrata=date:entry_ch96"
        " | Sollstunden / Heures contractuelles / Ore contrattuali=-:hours_ch96"
        " | Ausfallstunden / Heures perdues / Ore perse=-:lost_ch96"
        " | Ausfall % / Perte % / Perdita %=-:loss_ch96"
        " | AHV-Lohn CHF / Salaire AVS CHF / Salario AVS CHF=-:salary_ch96"
        " | Quellensteuer / Impôt à la source / Imposta alla fonte=-:tax_ch96"
        " | Abrechnungsperiode / Période / Periodo=-:period_ch96"
        " | Bemerkungen / Remarques / Osservazioni=-:note_ch96",
        english=True,
        file="xlsx",
    ),
    _shape(
        "susi_grant_applications_ie96",
        "No.=row | Application No.=-:app_ie96 | PPSN=national_id:pps_ie96"
        " | Surname=family_name:ie_family96 | First Name=given_name:ie_given96"
        " | Date of Birth=birth_date:birth_ie96@%d/%m/%Y | Gender=sex:sex_ie96"
        " | Address Line 1=street:line1_ie96 | Address Line 2=suburb:line2_ie96"
        " | Town=district:town_ie96 | County=state:county_ie96 | Eircode=postcode:eircode_ie96"
        " | Mobile=phone:phone_ie96 | Email=email:email_ie96 | College=-:college_ie96"
        " | Course Code=-:course_code_ie96 | Course Title=-:course_ie96"
        " | Year of Study=-:year_ie96 | Grant Type=-:grant_ie96 | Rate=-:rate_ie96"
        " | Reckonable Income=-:income_ie96 | Status=-:status_ie96"
        " | Decision Date=date@%d/%m/%Y | Parent/Guardian=-:parent_ie96"
        " | Parent PPSN=-:parent_pps_ie96",
        english=True,
    ),
    _shape(
        "logskraning_ahafnar_is96",
        "Nr.=row | Kennitala=national_id:kt_is96 | Nafn=full_name:is_name96"
        " | Staða um borð=-:post_is96 | Skip=-:ship_is96 | Skipaskrárnr.=-:ship_no_is96"
        " | Heimahöfn=-:port_is96 | Lögskráður frá=date@%d.%m.%Y | Afskráður=date:off_is96"
        " | Réttindi=-:rights_is96 | Öryggisfræðsla gildir til=date:safety_is96"
        " | Lögheimili=street:street_is96 | Póstnr.=postcode:pnr_is96 | Staður=district:town_is96"
        " | Farsími=phone:phone_is96 | Netfang=email:email_is96"
        " | Nánasti aðstandandi=-:kin_is96 | Sími aðstandanda=-:kin_phone_is96",
        english=True,
        encoding="latin-1",
        delimiter=";",
    ),
    _shape(
        "fastlegeliste_listeinnbyggere_bergen_no96",
        "Nr.=row | Fødselsnummer=national_id:fnr_no96 | Etternavn=family_name:no_family96"
        " | Fornavn=given_name:no_given96 | Kjønn=sex:sex_no96"
        " | Fødselsdato=birth_date@%d.%m.%Y | Adresse=street:street_no96"
        " | Postnr.=postcode:pnr_no96 | Poststed=district:sted_no96 | Bydel=suburb:bydel_no96"
        " | Mobil=phone:phone_no96 | Fastlege=-:doctor_no96 | HPR-nr.=-:hpr_no96"
        " | På listen fra=date:listed_no96 | Siste konsultasjon=date@%d.%m.%Y"
        " | Reservert mot SMS=-:sms_no96 | Merknad=-:note_no96",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
)

#: every date format of this part is one the corpus already knows
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("svnr_at96", "ahv_ch96", "pps_ie96", "kt_is96", "fnr_no96")
SEX_HOLDS: tuple[str, ...] = ("sex_at96", "sex_ch96", "sex_ie96", "sex_no96")
NAME_HOLDS = frozenset(
    {"at_family96", "at_given96", "ch_family96", "ch_given96", "ie_family96", "ie_given96"}
    | {"is_name96", "no_family96", "no_given96"}
)
PHONE_HOLDS: tuple[str, ...] = ("phone_at96", "phone_ie96", "phone_is96", "phone_no96")
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("eye_addr96", "hd_addr96", "f0_addr96")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND96",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND96",
]
