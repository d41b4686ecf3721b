"""The three-hundred-and-thirtieth part of the outside corpus, **blind 330** (written 11:50 UTC,
2026-12-07, never used for tuning): person files a border market board, a university's
international office, a Mekong provincial hospital, a Korean-invested factory, Singapore's
hawker licensing office, the Swiss Jugend+Sport office, a Brussels commune's parking service, an
Israeli mixed town's emergency team and Elections Canada could hand over, each keeping names and
headers in two or more scripts or languages in one table. Four Vietnamese files: a border
market's list of Chinese traders in UTF-8 with semicolons (the name in Chinese characters beside
its Sino-Vietnamese reading, the Chinese resident card number with its MOD 11-2 digit, the border
pass, the home town in China, the stall, the goods, a Vietnamese guarantor and his phone); a
university's list of Lao students in Excel (the name in Lao script beside its Latin spelling,
the passport, the home province in Lao script, the major and class, the scholarship, the
dormitory room); a Mekong hospital's list of Cambodian patients in UTF-8 with a BOM and tabs (the
name in Khmer script and in Latin letters, the Cambodian identity card, the village, district
and province in Khmer, the medical record number, the diagnosis, the interpreter, the bill); and
a Korean-invested company's list of its Vietnamese staff in UTF-16 with tabs and headers in
Korean and Vietnamese (the CCCD, the employee number, the department, the Korean manager in
Hangul, the contract, the base salary, the social insurance book).
Five foreign files: a Singapore hawker stall licensee list in UTF-8 (the name as in the NRIC and
in Chinese, Jawi or Tamil, the NRIC with its check letter, HDB block and unit, the six-digit
postal code, the centre and stall, the registered assistant); a Swiss J+S leaders' course list
in UTF-8 with a BOM and headers in German, French, Italian and Romansh (the AHV number with its
EAN-13 digit, the canton, the J+S personal number, the course and level); a Brussels resident
parking card list in Windows-1252 with semicolons and French/Dutch headers (the national
register number with its mod-97 check, bilingual street and commune names, the plate, the
zone); an Israeli municipal emergency team list in UTF-16 with Hebrew and Arabic headers (the
Teudat Zehut with its check digit, Hebrew and Arabic names, the father's name, the role, the
languages, a relative); and an Elections Canada poll workers list in Excel with English/French
headers (the SIN with its Luhn digit, the riding, the poll, the position, the language).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind330_writers import WRITERS_BLIND330
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND330: tuple[Shape, ...] = (
    _shape(
        "thuong_nhan_trung_quoc_cho_bien_gioi_vn330",
        "STT=row | Họ tên (chữ Hán) 姓名=full_name:cn_han330"
        " | Phiên âm Hán Việt=full_name:cn_reading330 | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CMT Trung Quốc 身份证号=national_id:cn_id330"
        " | Giấy thông hành XNC 通行证=-:cn_permit330 | Quê quán 籍贯=-:cn_home330"
        " | Điện thoại 电话=phone:cn_phone330 | Số kiốt=-:cn_stall330"
        " | Mặt hàng KD=-:cn_goods330 | Người bảo lãnh (phía VN)=-:cn_guarantor330"
        " | SĐT người BL=-:cn_vnphone330 | Ngày cấp thẻ=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "luu_hoc_sinh_lao_dai_hoc_vn330",
        "TT=row | Mã SV=-:la_class330 | Họ và tên (ຊື່ ແລະ ນາມສະກຸນ)=full_name:la_script330"
        " | Họ tên (theo hộ chiếu)=full_name:la_latin330 | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số hộ chiếu=-:la_passport330 | Tỉnh (ແຂວງ)=province:la_prov330"
        " | Ngành học=-:la_major330 | Diện học bổng=-:la_scholar330"
        " | Phòng KTX=-:la_dorm330 | ĐT=phone:la_phone330 | Email=email"
        " | Ngày nhập học=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "benh_nhan_campuchia_bv_da_khoa_vn330",
        "STT=row | Số bệnh án=-:km_record330 | Họ tên (tiếng Khmer)=full_name:km_script330"
        " | Họ tên (phiên âm)=full_name:km_latin330 | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới=sex | Số CMND Campuchia=national_id:km_id330"
        " | Địa chỉ (Campuchia)=address:km_addr330 | Ngày vào viện=date@%d/%m/%Y"
        " | Chẩn đoán=-:km_diag330 | Người phiên dịch=-:km_interp330"
        " | Tổng chi phí (đ)=-:km_fee330 | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "nhan_vien_cong_ty_von_han_quoc_vn330",
        "번호 / STT=row | 사원번호 / Mã NV=-:kr_empno330 | 성명 / Họ và tên=full_name"
        " | 생년월일 / Ngày sinh=birth_date@%Y.%m.%d | 성별 / Giới tính=sex"
        " | 신분증번호 / Số CCCD=cccd | 주소 / Địa chỉ thường trú=address"
        " | 연락처 / SĐT=phone | 회사 / Công ty=-:kr_company330 | 부서 / Bộ phận=-:kr_dept330"
        " | 담당 매니저 / Quản lý trực tiếp=-:kr_manager330"
        " | 계약형태 / Loại HĐ=-:kr_contract330 | 입사일 / Ngày vào làm=date@%Y.%m.%d"
        " | 기본급 / Lương CB (VND)=-:kr_salary330 | 사회보험번호 / Số sổ BHXH=bhxh",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hawker_stall_licensees_sg330",
        "S/N=row | Name (as in NRIC)=full_name:sg_name330"
        " | Name in Chinese / Jawi / Tamil=full_name:sg_native330 | NRIC No.=national_id:sg_nric330"
        " | Date of Birth=birth_date@%d/%m/%Y | Sex=sex:sg_sex330"
        " | Residential Address=street:sg_street330 | Postal Code=postcode:sg_postal330"
        " | Contact No.=phone:sg_phone330 | Hawker Centre=-:sg_centre330"
        " | Stall No.=-:sg_stall330 | Licence No.=-:sg_licence330"
        " | Registered Assistant=-:sg_assistant330 | Licence Expiry=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "js_leiterkurs_cours_moniteurs_ch330",
        "Nr.=row | AHV-Nr. / N° AVS / N. AVS / Nr. AAS=national_id:ch_ahv330"
        " | Name / Nom / Cognome / Num=family_name:ch_family330"
        " | Vorname / Prénom / Nome / Prenum=given_name:ch_given330"
        " | Geburtsdatum / Date de naissance / Data di nascita / Data da naschientscha"
        "=birth_date@%d.%m.%Y | Geschlecht / Sexe / Sesso / Schlattaina=sex:ch_sex330"
        " | Strasse / Rue / Via=street:ch_street330 | PLZ / NPA=postcode:ch_npa330"
        " | Ort / Localité / Località / Lieu=district:ch_city330"
        " | Kanton / Canton / Cantone / Chantun=state:ch_canton330"
        " | Telefon / Téléphone / Telefono=phone:ch_phone330"
        " | J+S-Pers.-Nr. / N° pers. J+S=-:ch_js330 | Kurs / Cours / Corso=-:ch_course330"
        " | Stufe / Niveau / Livello=-:ch_level330"
        " | Kursbeginn / Début du cours / Inizio del corso=date@%d.%m.%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "carte_riverain_bewonerskaart_be330",
        "N°/Nr=row | N° registre national / Rijksregisternr.=national_id:be_nrn330"
        " | Nom / Naam=family_name:be_family330 | Prénom / Voornaam=given_name:be_given330"
        " | Date de naissance / Geboortedatum=birth_date@%d/%m/%Y"
        " | Sexe / Geslacht=sex:be_sex330 | Adresse / Adres=street:be_street330"
        " | CP / Postcode=postcode:be_cp330 | Commune / Gemeente=district:be_commune330"
        " | GSM=phone:be_gsm330 | Plaque / Nummerplaat=-:be_plate330"
        " | Zone=-:be_zone330 | N° carte / Kaartnr.=-:be_card330"
        " | Valable jusqu'au / Geldig tot=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "tzevet_cherum_yishuvi_fariq_tawari_il330",
        "מס' / رقم=row | מספר זהות / رقم الهوية=national_id:il_tz330"
        " | שם משפחה / اسم العائلة=family_name:il_family330"
        " | שם פרטי / الاسم الشخصي=given_name:il_given330"
        " | שם האב / اسم الأب=-:il_father330"
        " | תאריך לידה / تاريخ الميلاد=birth_date@%d/%m/%Y | מין / الجنس=sex:il_sex330"
        " | כתובת / العنوان=street:il_street330 | יישוב / البلدة=district:il_city330"
        " | טלפון נייד / هاتف نقال=phone:il_phone330 | תפקיד בצוות / الدور=-:il_role330"
        " | שפות / اللغات=-:il_lang330 | איש קשר / جهة اتصال=-:il_kin330"
        " | הכשרה אחרונה / آخر تدريب=date@%d/%m/%Y",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "poll_workers_travailleurs_electoraux_ca330",
        "No.=row | Last name / Nom=family_name:ca_family330"
        " | First name / Prénom=given_name:ca_given330"
        " | Date of birth / Date de naissance=birth_date@%Y-%m-%d | SIN / NAS=national_id:ca_sin330"
        " | Address / Adresse=street:ca_street330 | City / Ville=district:ca_city330"
        " | Prov.=state:ca_prov330 | Postal code / Code postal=postcode:ca_postal330"
        " | Phone / Téléphone=phone:ca_phone330 | Email / Courriel=email"
        " | Electoral district / Circonscription=-:ca_riding330"
        " | Poll / Bureau de scrutin=-:ca_poll330 | Position / Poste=-:ca_role330"
        " | Language / Langue=-:ca_lang330 | Training date / Date de formation=date@%Y-%m-%d",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "cn_id330",
    "km_id330",
    "sg_nric330",
    "ch_ahv330",
    "be_nrn330",
    "il_tz330",
    "ca_sin330",
)
SEX_HOLDS: tuple[str, ...] = ("sg_sex330", "ch_sex330", "be_sex330", "il_sex330")
NAME_HOLDS = frozenset(
    {"cn_reading330", "la_latin330", "km_latin330", "sg_name330", "ch_family330", "ch_given330"}
    | {"be_family330", "be_given330", "il_family330", "il_given330", "ca_family330"}
    | {"ca_given330"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "cn_phone330",
    "la_phone330",
    "sg_phone330",
    "ch_phone330",
    "be_gsm330",
    "il_phone330",
    "ca_phone330",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("km_addr330",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND330",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND330",
]
