"""The three hundred and twenty-seventh part of the outside corpus, **blind 327** (written 11:44
UTC, 2026-12-07, never used for tuning): person files a provincial statistics office, a central
hospital's clinical trial unit, a commune's population officer, an agricultural university, a
Québec ageing study's data collection site, an Indian ageing study's survey agency, a Brazilian
adult health cohort's research centre, a Kenyan demographic surveillance site and a German
cohort's study centre could hand over, each row's person a respondent or a study participant.
Four Vietnamese files: the respondents of a household living-standards survey (VHLSS) in Excel
(the province, commune and enumeration area codes, the household number, the respondent's CCCD
and home, the household's size, income per head and house, the interviewer, the interview day);
the participants of a hypertension drug trial at a central hospital in UTF-8 with a BOM,
semicolons and headers without diacritics (the subject number and initials, the CCCD, the day
the consent was signed, the arm, the visit and its day, adverse events, the investigator, the
travel allowance paid); a commune's population change survey in UTF-16 with tabs (the household
head, the relation to the head, the marital status, the change and its day, where they came from
or went, the team head, the collector); and farm households an agricultural university
interviewed in Windows-1258 with semicolons (the sheet number, the student who interviewed, the
hamlet, commune and district, the rice area, yield and variety, the cooperative, the wife's
phone).
Five foreign files: a Québec longitudinal ageing study's participant list in UTF-8 with French
headers (the participant number, the RAMQ health insurance number beside the names, the street,
town and postal code, the wave and visit day, the interviewer, the biobank consent, a proxy);
an Indian ageing study's respondent tracking sheet in UTF-8 with Hindi and English headers (the
respondent id and household id, the father's or husband's name, the Aadhaar with its Verhoeff
digit, the mobile, the address and PIN, the interviewer code, the consent, a proxy); a Brazilian
adult health cohort's follow-up visit list in UTF-8 with semicolons (the cohort id, the CPF with
its two digits, the CNS card, logradouro, bairro, município, UF and CEP, the visit day and
status, the staff member, a reference contact); a Kenyan health and demographic surveillance
system's individual register in Excel (the permanent id and household id, the eight-digit
national ID, the village and sub-location, the mother's permanent id, the last event and its
day, the fieldworker); and a German cohort study centre's invitation list for the second
examination in Windows-1252 with semicolons (the proband id, the salutation, the Straße, PLZ and
Wohnort, the health insurance number, the days of invitation and appointment, the study
assistant, the status, the biobank consent).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind327_writers import WRITERS_BLIND327
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND327: tuple[Shape, ...] = (
    _shape(
        "danh_sach_ho_tra_loi_khao_sat_muc_song_dan_cu_vhlss_cuc_thong_ke_tinh_vn327",
        "STT=row | Mã tỉnh=-:prov_code327 | Mã xã=-:commune_code327 | Mã địa bàn=-:area327"
        " | Mã hộ=-:hh327"
        " | Họ và tên người trả lời=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Địa chỉ hộ=address | Điện thoại=phone | Số nhân khẩu=-:members327"
        " | Thu nhập BQ/người/tháng (1000đ)=-:income327 | Loại nhà=-:house327"
        " | Điều tra viên=-:interviewer327 | Ngày phỏng vấn=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "nguoi_tham_gia_thu_nghiem_lam_sang_thuoc_ha_huyet_ap_bv_trung_uong_vn327",
        "STT=row | Ma so doi tuong=-:subject327 | Ten viet tat=-:initials327"
        " | Ho va ten=full_name:full_name_ascii | Ngay sinh=birth_date@%d/%m/%Y | Gioi=sex"
        " | So CCCD=cccd | Dia chi lien he=address:address_ascii | SDT=phone"
        " | Ngay ky phieu dong y=date@%d/%m/%Y | Nhanh dieu tri=-:arm327"
        " | Lan tham kham=-:visit327 | Ngay tham kham=date:visit_day327"
        " | Bien co bat loi=-:ae327 | Nghien cuu vien=-:investigator327"
        " | Ho tro di lai (VND)=-:travel327",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "phieu_dieu_tra_bien_dong_dan_so_ke_hoach_hoa_gia_dinh_1_4_xa_vn327",
        "TT=row | Họ tên chủ hộ=-:head327 | Họ và tên=full_name | Quan hệ với chủ hộ=-:relation327"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số định danh cá nhân=cccd"
        " | Nơi thường trú=address | Tình trạng hôn nhân=-:marital327 | Biến động=-:change327"
        " | Ngày biến động=date@%d/%m/%Y | Nơi đi/đến=-:from_to327"
        " | Tổ trưởng=-:team_head327 | Cộng tác viên DS=-:interviewer327 | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "phong_van_nong_ho_trong_lua_de_tai_dai_hoc_nong_lam_vn327",
        "STT=row | Mã phiếu=-:sheet327 | Người PV=-:student327 | Ngày PV=date@%d/%m/%Y"
        " | Họ tên chủ hộ (người được PV)=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới=sex | CCCD=cccd:cccd_spaced | Thôn/xóm=-:hamlet327 | Xã=ward:commune327"
        " | Huyện=district:vn_district327 | SĐT=phone | SĐT vợ/chồng=-:wife_phone327"
        " | DT lúa (sào)=-:rice_area327 | Năng suất (tạ/ha)=-:yield327"
        " | Giống lúa chính=-:variety327 | Thành viên HTX=-:coop327",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "liste_participants_suivi_elcv_site_collecte_sherbrooke_qc_ca327",
        "No=row | No participant ELCV=-:clsa_id327 | Nom=family_name:qc_family327"
        " | Prénom=given_name:qc_given327 | Date de naissance=birth_date@%Y-%m-%d"
        " | Sexe=sex:sex_qc327 | NAM (RAMQ)=-:ramq327 | Adresse=street:street_qc327"
        " | Ville=district:town_qc327 | Code postal=postcode:postal_qc327"
        " | Téléphone=phone:phone_qc327 | Vague=-:wave327 | Date de la visite=date@%Y-%m-%d"
        " | Intervieweur(e)=-:staff_qc327 | Consentement biobanque=-:biobank327"
        " | Répondant substitut=-:proxy_qc327",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "respondent_tracking_sheet_lasi_wave2_psu_lucknow_up_in327",
        "क्र.सं. / Sr. No.=row | LASI ID=-:lasi_id327 | HHID=-:hh327"
        " | उत्तरदाता का नाम / Respondent Name=full_name:in_name327"
        " | पिता/पति का नाम / Father's/Husband's Name=-:in_relative327"
        " | जन्म तिथि / Date of Birth=birth_date@%d-%m-%Y | लिंग / Gender=sex:sex_in327"
        " | आधार संख्या / Aadhaar No.=national_id:aadhaar327 | मोबाइल नं.=phone:phone_in327"
        " | पता / Address=address:addr_in327 | PIN Code=postcode:pin_in327"
        " | Interviewer Code=-:inv_in327 | Date of Interview=date@%d-%m-%Y"
        " | Consent (Y/N)=-:consent_in327 | Proxy Interview=-:proxy_in327",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "lista_participantes_visita_3_elsa_brasil_centro_investigacao_bahia_br327",
        "Nº=row | ID ELSA=-:elsa_id327 | Nome do participante=full_name:br_name327"
        " | Data de nascimento=birth_date@%d/%m/%Y | Sexo=sex:sex_br327 | CPF=national_id:cpf327"
        " | Cartão SUS (CNS)=-:cns327 | Logradouro=street:street_br327"
        " | Bairro=suburb:bairro_br327 | Município=district:mun_br327 | UF=state:uf_br327"
        " | CEP=postcode:cep_br327 | Telefone=phone:phone_br327 | Data da visita=date@%d/%m/%Y"
        " | Situação=-:status_br327 | Aferidor(a)/Entrevistador(a)=-:staff_br327"
        " | Contato de referência=-:contact_br327",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "khdss_individual_register_kilifi_hdss_kemri_ke327",
        "S/No=row | Perm ID=-:perm327 | Household ID=-:hhid327 | Name=full_name:ke_name327"
        " | Date of Birth=birth_date@%Y-%m-%d | Sex=sex:sex_ke327"
        " | National ID No.=national_id:ke_id327"
        " | Mobile=phone:phone_ke327 | Village=-:village_ke327 | Sub-location=suburb:subloc_ke327"
        " | Mother Perm ID=-:mother_ke327 | Last Event=-:event_ke327"
        " | Event Date=date@%Y-%m-%d | Fieldworker=-:fw_ke327",
        english=True,
        file="xlsx",
    ),
    _shape(
        "einladungsliste_zweituntersuchung_nako_studienzentrum_essen_de327",
        "lfd. Nr.=row | Probanden-ID=-:proband327 | Anrede=-:salut327"
        " | Nachname=family_name:de_family327 | Vorname=given_name:de_given327"
        " | Geburtsdatum=birth_date@%d.%m.%Y | Geschlecht=sex:sex_de327"
        " | Straße/Hausnr.=street:street_de327 | PLZ=postcode:plz_de327"
        " | Wohnort=district:town_de327 | Telefon=phone:phone_de327"
        " | KV-Nummer=-:kvnr327 | Einladung versandt=date:invited327"
        " | Untersuchungstermin=date@%d.%m.%Y | Studienassistenz=-:staff_de327"
        " | Status=-:status_de327 | Einwilligung Biobank=-:biobank_de327",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("aadhaar327", "cpf327", "ke_id327")
SEX_HOLDS: tuple[str, ...] = ("sex_qc327", "sex_in327", "sex_br327", "sex_ke327", "sex_de327")
NAME_HOLDS = frozenset(
    {"qc_family327", "qc_given327", "in_name327", "br_name327", "ke_name327"}
    | {"de_family327", "de_given327"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_qc327",
    "phone_in327",
    "phone_br327",
    "phone_ke327",
    "phone_de327",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_in327",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND327",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND327",
]
