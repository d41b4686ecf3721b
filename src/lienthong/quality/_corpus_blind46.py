"""The forty-sixth part of the outside corpus, **blind 46** (written 10:40 UTC, 2026-12-06, never
used for tuning): person files a ward's police, a district hospital, a commune's study-promotion
fund, a company's personnel office, a Hungarian GP practice, a Czech labour office, a Cuban family
doctor's office, a Greenlandic housing company and Puerto Rico's nutrition-assistance office could
hand over. Four Vietnamese files: a ward police's list of lodgers in boarding houses in
Windows-1258 with semicolons (the home village, the permanent address and the room rented, the
boarding house, its landlord and his phone, the job, the registration date and its end, the area
police officer); a district hospital's discharge list in Excel (the patient and admission numbers,
a rural address, the ward, admission and discharge dates, days, diagnosis and ICD code, outcome,
the doctor, the cost and what insurance paid, a relative and their phone); a commune's list of
pupils given scholarships in UTF-16 with tabs (the pupil's identification number, class and
school, a parent's name, birth year, job, CCCD and phone, the reason, the marks, the amount, a
blank column to sign); and a company's list of employees to enrol in social insurance in UTF-8
with a BOM (the BHXH code, nationality and ethnic group, the province where the birth was
registered, the clinic chosen, the post, wage and allowance, the contract and its date, the month
the contribution starts).
Five foreign files: a Hungarian GP practice's patient list in Windows-1250 with semicolons (the
TAJ number with its 3-7 digit and the személyi azonosító with its mod 11 digit, family name
first, the mother's name and place of birth, ``1985.03.12.`` dates, a Szeged address with its
postcode); a Czech care-allowance list in ISO-8859-2 with semicolons (the rodné číslo divisible
by 11, nine digits for people born before 1954, women's surnames in -ová, academic titles, ``12.
3. 1985`` dates, PSČ, the health insurer, a daughter as contact); a Cuban family doctor's register
in Windows-1252 (the carné de identidad, name and both surnames in one column, the age, the street
``e/`` its cross streets, consejo popular, municipio and provincia, the dispensary group); a
Greenlandic housing list in UTF-8 with a BOM and semicolons, its headers in Greenlandic and Danish
(the CPR number, postcode and town, the employer); and a Puerto Rican nutrition-assistance list in
Excel with Spanish and English headers (the SSN, both surnames in one column, ``mm/dd/yyyy``
dates, urbanización addresses, municipio and ZIP code, the case number, the benefit).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind46_writers import WRITERS_BLIND46
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND46: tuple[Shape, ...] = (
    _shape(
        "tam_tru_nha_tro_vn46",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD/ĐDCN=cccd | Quê quán=-:hometown46 | Nơi thường trú=address:home46"
        " | Chỗ ở hiện nay (tạm trú)=address:lodging_addr46 | Tên nhà trọ=-:lodging46"
        " | Chủ nhà trọ=-:landlord46 | SĐT chủ trọ=-:landlord_phone46"
        " | Nghề nghiệp, nơi làm việc=-:job46 | SĐT=phone | Ngày ĐK tạm trú=date@%d/%m/%Y"
        " | Thời hạn đến=date:until46@%d/%m/%Y | CSKV phụ trách=-:officer46"
        " | Tình trạng=-:residence46",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "benh_nhan_ra_vien_ttyt_huyen_vn46",
        "STT=row | Mã BN=-:pid46 | Số vào viện=-:admission46 | Họ tên người bệnh=full_name"
        " | Ngày sinh=birth_date:excel_date | Giới=sex | CCCD=cccd | Mã thẻ BHYT=bhyt"
        " | Địa chỉ=address:rural_addr46 | Khoa=-:dept46 | Ngày vào viện=date:admit46"
        " | Ngày ra viện=date:excel_event | Số ngày ĐT=-:days46 | Chẩn đoán ra viện=-:diag46"
        " | Mã ICD=-:icd46 | Tình trạng ra viện=-:outcome46 | BS điều trị=-:doctor46"
        " | Tổng chi phí (đ)=-:cost46 | BHYT chi trả (đ)=-:paid46 | Người nhà=-:kin46"
        " | SĐT người nhà=-:kin_phone46",
        file="xlsx",
    ),
    _shape(
        "hoc_bong_khuyen_hoc_xa_vn46",
        "TT=row | Họ và tên HS=full_name | Ngày sinh=birth_date:pupil_birth46@%d/%m/%Y"
        " | Nam/Nữ=sex | Mã định danh HS=cccd:pupil_cccd46 | Lớp=-:class46 | Trường=-:school46"
        " | Địa chỉ (thôn, xã)=address:pupil_addr46 | Họ tên cha (mẹ)=-:parent46"
        " | Năm sinh PH=-:parent_year46 | Nghề nghiệp PH=-:parent_job46"
        " | Số CCCD của PH=-:parent_cccd46 | SĐT PH=-:parent_phone46 | Diện=-:kind46"
        " | ĐTB cả năm=-:gpa46 | Mức HB (đồng)=-:award46 | Ký nhận=-:none",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "lao_dong_tham_gia_bhxh_cong_ty_vn46",
        "STT=row | Họ và tên=full_name | Mã số BHXH=bhxh | Ngày, tháng, năm sinh=birth_date"
        " | Giới tính=sex | Quốc tịch=-:nation46 | Dân tộc=-:ethnic46"
        " | Số CCCD/ĐDCN/Hộ chiếu=cccd | Nơi cấp giấy khai sinh=-:province"
        " | Địa chỉ liên hệ=address | Số điện thoại=phone | Email=email | MST cá nhân=mst"
        " | Nơi đăng ký KCB ban đầu=-:kcb46 | Chức vụ, chức danh nghề=-:title46"
        " | Mức lương (VNĐ)=-:wage46 | Phụ cấp chức vụ=-:allow46 | Loại HĐLĐ=-:contract46"
        " | Ngày ký HĐLĐ=date | Từ tháng, năm=date:from46 | Phương án=-:plan46"
        " | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
    ),
    _shape(
        "haziorvosi_betegnyilvantartas_hu46",
        "Ssz.=row | TAJ szám=national_id:taj46 | Személyi azonosító=national_id:szemazon46"
        " | Családi név=family_name:hu_family46 | Utónév=given_name:hu_given46"
        " | Anyja neve=-:hu_mother46 | Születési hely=-:hu_birthplace46"
        " | Születési idő=birth_date@%Y.%m.%d. | Neme=sex:sex_hu46 | Lakcím=address:hu_addr46"
        " | Telefonszám=phone:phone_hu46 | Bejelentkezés dátuma=date@%Y.%m.%d."
        " | Kezelőorvos=-:hu_doctor46 | Megjegyzés=-:hu_note46",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
    _shape(
        "prispevek_na_peci_cz46",
        "Poř. č.=row | Příjmení=family_name:cz_family46 | Jméno=given_name:cz_given46"
        " | Titul=-:cz_title46 | Rodné číslo=national_id:rc46"
        " | Datum narození=birth_date@%-d. %-m. %Y | Pohlaví=sex:sex_cz46"
        " | Ulice a č. p.=street:cz_street46 | Obec=district:cz_obec46 | PSČ=postcode:cz_psc46"
        " | Telefon=phone:phone_cz46 | Zdravotní pojišťovna=-:cz_insurer46"
        " | Stupeň závislosti=-:cz_level46 | Kontaktní osoba=-:cz_contact46"
        " | Datum podání žádosti=date@%-d. %-m. %Y | Vyřizuje=-:cz_officer46",
        english=True,
        encoding="iso-8859-2",
        delimiter=";",
    ),
    _shape(
        "dispensarizacion_cmf_cu46",
        "No.=row | Nombre(s) y apellidos=full_name:cu_full46 | CI=national_id:ci_cu46"
        " | Sexo=sex:sex_cu46 | Edad=-:age46 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Dirección particular=street:cu_street46 | Consejo Popular=suburb:cu_cp46"
        " | Municipio=district:cu_mun46 | Provincia=state:cu_prov46 | CMF=-:cu_cmf46"
        " | Grupo dispensarial=-:cu_group46 | APP / factores de riesgo=-:cu_risk46"
        " | Teléfono=phone:phone_cu46 | Fecha última consulta=date@%d/%m/%Y"
        " | Médico de familia=-:cu_doctor46",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "boligansoegere_gl46",
        "Nr.=row | Inuup normua / CPR-nr.=national_id:cpr_gl46"
        " | Ateq siulleq / Fornavn=given_name:gl_given46"
        " | Ateq kingulleq / Efternavn=family_name:gl_family46"
        " | Fødselsdato=birth_date@%d-%m-%Y | Køn=sex:sex_gl46"
        " | Najugaq / Adresse=street:gl_street46 | Postnr.=postcode:gl_post46"
        " | Illoqarfik / By=district:gl_town46 | Oqarasuaat / Telefon=phone:phone_gl46"
        " | Ansøgt boligtype=-:gl_home46 | Antal personer=-:gl_persons46"
        " | Arbejdsgiver=-:gl_employer46 | Ansøgningsdato=date@%d-%m-%Y"
        " | Bemærkninger=-:gl_note46",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "participantes_pan_pr46",
        "Núm. / No.=row | Núm. de Caso / Case No.=-:pr_case46"
        " | Nombre / First Name=given_name:pr_given46"
        " | Apellidos / Last Names=family_name:pr_family46"
        " | Seguro Social / SSN=national_id:ssn_pr46"
        " | Fecha de Nacimiento / Date of Birth=birth_date@%m/%d/%Y"
        " | Sexo / Sex=sex:sex_pr46 | Dirección Física / Physical Address=street:pr_street46"
        " | Municipio / Municipality=district:pr_mun46 | Código Postal / ZIP=postcode:pr_zip46"
        " | Teléfono / Phone=phone:phone_pr46 | Correo Electrónico / Email=email:email_pr46"
        " | Tamaño del Núcleo / Household Size=-:pr_household46"
        " | Beneficio Mensual / Monthly Benefit=-:pr_benefit46"
        " | Fecha de Certificación / Certification Date=date:excel_event"
        " | Estatus / Status=-:pr_status46 | Técnico / Caseworker=-:pr_worker46",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's new date formats (Hungarian, Czech).
INVALID_DAY: dict[str, str] = {"%Y.%m.%d.": "{y}.02.31.", "%-d. %-m. %Y": "31. 2. {y}"}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "taj46",
    "szemazon46",
    "rc46",
    "ci_cu46",
    "cpr_gl46",
    "ssn_pr46",
)
SEX_HOLDS: tuple[str, ...] = ("sex_hu46", "sex_cz46", "sex_cu46", "sex_gl46", "sex_pr46")
NAME_HOLDS = frozenset(
    {"hu_family46", "hu_given46", "cz_family46", "cz_given46", "cu_full46"}
    | {"gl_given46", "gl_family46", "pr_given46", "pr_family46"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_hu46",
    "phone_cz46",
    "phone_cu46",
    "phone_gl46",
    "phone_pr46",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "home46",
    "lodging_addr46",
    "rural_addr46",
    "pupil_addr46",
    "hu_addr46",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND46",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND46",
]
