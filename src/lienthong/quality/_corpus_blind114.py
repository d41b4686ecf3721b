"""The hundred-and-fourteenth part of the outside corpus, **blind 114** (written 19:31 UTC,
2026-12-06, never used for tuning): person files a Hồ Chí Minh City youth union sending student
volunteers to the exam season, a Đắk Lắk plant protection office granting durian planting-area
codes, a Hà Nội ward's neighbourhood fire teams, a Củ Chi health centre's tuberculosis register,
a Seville official language school, Braga's job centre, Florence's register of polling-station
scrutineers, a Thessaloniki blood donors' register and a Maltese local council's residents'
parking permits could hand over. Four Vietnamese files: the Tiếp sức mùa thi volunteers in UTF-16
with tabs (the student number, the university, the home province, the dormitory or lodging, the
team and the exam site, the shirt size, a parent to call and the parent's phone); the durian
growers given planting-area codes in Excel (real Excel birth dates, the home village, the plot
and map sheet, the area in hectares with a decimal comma, the trees, the variety, the expected
tonnes, the code, the cooperative, a dotted phone, the day the code was granted); a Hà Nội ward's
neighbourhood fire team members in Windows-1258 with tabs and headers without diacritics (the
home written without diacritics, the residents' group, the duty, the founding decision, the
training, the monthly allowance, the day job); and a district health centre's tuberculosis
register in UTF-8 with a BOM and semicolons (the register number, ``dd-mm-yyyy`` dates, the
spaced identity number, the form of the disease, new or relapse, the regimen, the sputum result
at two months, the treatment supporter and his phone). Five foreign files: the Seville language
school's enrolments in UTF-8 with semicolons and Spanish headers (the file number, both
surnames, the DNI or NIE with its letter, ``H``/``M``, the street line, postcode and town apart,
``6xx`` mobiles, e-mail, the language, level and mode, the fee with a decimal comma, the day
enrolled, the exemption); Braga's job seekers in Windows-1252 with semicolons and Portuguese
headers (the IEFP number, the whole name, the cartão de cidadão with its check characters, the
NIF and NISS beside it, ``dd-mm-yyyy`` dates, the street line, ``4700-329`` postcode and
locality apart, ``9x`` mobiles, e-mail, schooling, the job wanted, the status, the day
registered, the officer); Florence's scrutineers in Excel with Italian headers (the codice
fiscale with its check letter, the comune of birth, the street and CAP, the polling section,
schooling, occupation, mobiles, e-mail, the day entered, a note); the Thessaloniki blood donors
in UTF-8 with a BOM and Greek headers (the father's name, the AMKA with its Luhn digit, the
identity card number beside it, ``Α``/``Θ``, the blood group, the street, ``546 30`` Τ.Κ. and
town apart, ``69`` mobiles, the last donation, how many, the blood service); and the Birkirkara
residents' parking permits in UTF-8 with Maltese/English headers (the identity card number like
``123456M``, the street line, locality and ``BKR 1510`` post code apart, eight-digit phones, the
car's registration, the permit's number, the day issued and the day it lapses, the status).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind114_writers import WRITERS_BLIND114
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND114: tuple[Shape, ...] = (
    _shape(
        "tinh_nguyen_vien_tiep_suc_mua_thi_vn114",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | MSSV=-:tsmt_mssv114 | Trường=-:tsmt_school114 | Số CCCD=cccd"
        " | Quê quán=-:tsmt_home114 | Chỗ ở hiện nay=address:tsmt_addr114 | SĐT=phone"
        " | Email=email | Đội hình=-:tsmt_team114 | Điểm thi/bến xe phụ trách=-:tsmt_site114"
        " | Size áo=-:tsmt_size114 | Người thân (khi cần báo tin)=-:tsmt_kin114"
        " | SĐT người thân=-:tsmt_kin_phone114",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "cap_ma_so_vung_trong_sau_rieng_vn114",
        "TT=row | Tên chủ hộ=full_name | Ngày sinh=birth_date:excel_date | Giới tính=sex"
        " | Số CCCD=cccd | Nơi ở (thôn/buôn, xã, huyện)=address:vt_addr114"
        " | Vị trí vườn=-:vt_plot114 | Diện tích (ha)=-:vt_area114 | Số cây=-:vt_trees114"
        " | Giống=-:vt_variety114 | Sản lượng dự kiến (tấn)=-:vt_yield114"
        " | Mã số vùng trồng=-:vt_code114 | HTX/THT=-:vt_coop114"
        " | Điện thoại=phone:phone_dotted | Ngày cấp mã=date:excel_event",
        file="xlsx",
    ),
    _shape(
        "doi_vien_doi_pccc_dan_phong_vn114",
        "TT=row | Ho va ten=full_name:full_name_ascii | Ngay sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex | So CCCD=cccd | Noi o hien nay=address:pc_addr114"
        " | To DP=-:pc_group114 | Chuc danh=-:pc_duty114 | QD thanh lap=-:pc_decision114"
        " | Huan luyen NV PCCC=-:pc_training114 | Phu cap/thang (d)=-:pc_allowance114"
        " | Nghe nghiep=-:pc_job114 | SDT=phone | Ngay vao doi=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "so_dang_ky_dieu_tri_benh_nhan_lao_vn114",
        "STT=row | Số ĐK=-:tb_no114 | Họ và tên BN=full_name | Ngày sinh=birth_date@%d-%m-%Y"
        " | Giới=sex | Số CCCD=cccd:cccd_spaced | Địa chỉ=address:tb_addr114 | SĐT=phone"
        " | Thể bệnh=-:tb_form114 | Phân loại BN=-:tb_kind114 | Phác đồ=-:tb_regimen114"
        " | Ngày bắt đầu ĐT=date@%d-%m-%Y | XN đờm tháng 2=-:tb_sputum114"
        " | Người hỗ trợ ĐT (DOT)=-:tb_dot114 | SĐT người hỗ trợ=-:tb_dot_phone114"
        " | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "matricula_escuela_oficial_idiomas_sevilla_es114",
        "Nº=row | Nº expediente=-:eoi_exp114 | Primer apellido=family_name:es_family114"
        " | Segundo apellido=-:es_second114 | Nombre=given_name:es_given114"
        " | DNI/NIE=national_id:dni_es114 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_es114 | Domicilio=street:es_street114 | Código postal=postcode:es_cp114"
        " | Localidad=district:es_town114 | Teléfono móvil=phone:es_phone114"
        " | Correo electrónico=email:es_mail114 | Idioma=-:eoi_lang114 | Curso=-:eoi_level114"
        " | Modalidad=-:eoi_mode114 | Tasa abonada (€)=-:eoi_fee114"
        " | Fecha de matrícula=date@%d/%m/%Y | Exención/bonificación=-:eoi_exempt114",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "utentes_inscritos_centro_emprego_braga_pt114",
        "N.º=row | N.º de inscrição IEFP=-:pt_iefp114 | Nome completo=full_name:pt_name114"
        " | N.º Cartão de Cidadão=national_id:cc_pt114 | NIF=-:nif_pt114 | NISS=-:niss_pt114"
        " | Data de nascimento=birth_date@%d-%m-%Y | Sexo=sex:sex_pt114"
        " | Morada=street:pt_street114 | Código Postal=postcode:pt_cp114"
        " | Localidade=district:pt_town114 | Telemóvel=phone:pt_phone114"
        " | Email=email:pt_mail114 | Habilitações=-:pt_school114"
        " | Profissão pretendida=-:pt_job114 | Situação=-:pt_status114"
        " | Data de inscrição=date@%d-%m-%Y | Técnico/a=-:pt_officer114",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "albo_scrutatori_seggio_firenze_it114",
        "N.=row | Cognome=family_name:it_family114 | Nome=given_name:it_given114"
        " | Codice fiscale=national_id:cf_it114 | Luogo di nascita=-:it_birth114"
        " | Data di nascita=birth_date:excel_date | Sesso=sex:sex_it114"
        " | Indirizzo di residenza=street:it_street114 | C.A.P.=postcode:it_cap114"
        " | Sezione elettorale=-:it_section114 | Titolo di studio=-:it_study114"
        " | Professione=-:it_job114 | Cellulare=phone:it_phone114 | E-mail=email:it_mail114"
        " | Data iscrizione albo=date:excel_event | Annotazioni=-:it_note114",
        english=True,
        file="xlsx",
    ),
    _shape(
        "mitroo_ethelonton_aimodoton_thessalonikis_gr114",
        "Α/Α=row | Επώνυμο=family_name:gr_family114 | Όνομα=given_name:gr_given114"
        " | Πατρώνυμο=-:gr_father114 | Α.Μ.Κ.Α.=national_id:amka_gr114"
        " | Αρ. Δελτίου Ταυτότητας=-:adt_gr114 | Ημ/νία Γέννησης=birth_date@%d/%m/%Y"
        " | Φύλο=sex:sex_gr114 | Ομάδα Αίματος=-:gr_blood114 | Οδός - Αριθμός=street:gr_street114"
        " | Τ.Κ.=postcode:gr_tk114 | Πόλη=district:gr_town114 | Κινητό=phone:gr_phone114"
        " | E-mail=email:gr_mail114 | Τελευταία αιμοδοσία=date@%d/%m/%Y"
        " | Σύνολο αιμοδοσιών=-:gr_count114 | Υπηρεσία Αιμοδοσίας=-:gr_bank114",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "permessi_parkegg_residenti_birkirkara_mt114",
        "Nru.=row | Isem / Name=given_name:mt_given114 | Kunjom / Surname=family_name:mt_family114"
        " | Nru. tal-Karta tal-Identità / ID Card No.=national_id:mt_id114"
        " | Data tat-Twelid / Date of Birth=birth_date@%d/%m/%Y | Sess / Gender=sex:sex_mt114"
        " | Indirizz / Address=street:mt_street114 | Lokalità / Locality=district:mt_town114"
        " | Kodiċi Postali / Post Code=postcode:mt_pc114"
        " | Nru. tat-Telefon / Tel. No.=phone:mt_phone114 | Email=email:mt_mail114"
        " | Nru. tal-Vettura / Vehicle Reg. No.=-:mt_car114"
        " | Nru. tal-Permess / Permit No.=-:mt_permit114"
        " | Data tal-Ħruġ / Date Issued=date@%d/%m/%Y"
        " | Jiskadi / Expiry Date=date:mt_expiry114 | Status=-:mt_status114",
        english=True,
        encoding="utf-8",
    ),
)

#: every date format of this part is one the corpus already knows how to spoil
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("dni_es114", "cc_pt114", "cf_it114", "amka_gr114", "mt_id114")
SEX_HOLDS: tuple[str, ...] = ("sex_es114", "sex_pt114", "sex_it114", "sex_gr114", "sex_mt114")
NAME_HOLDS = frozenset(
    {"es_family114", "es_given114", "pt_name114", "it_family114", "it_given114"}
    | {"gr_family114", "gr_given114", "mt_given114", "mt_family114"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "es_phone114",
    "pt_phone114",
    "it_phone114",
    "gr_phone114",
    "mt_phone114",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "tsmt_addr114",
    "vt_addr114",
    "pc_addr114",
    "tb_addr114",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND114",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND114",
]
