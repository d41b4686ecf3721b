"""The three-hundred-and-first part of the outside corpus, **blind 301** (written 10:30 UTC,
2026-12-07, never used for tuning): person files a lower secondary school, a university's
student affairs office, a selective lower secondary school's entrance board, a specialised
upper secondary school's boarding house, a Korean university's dormitory office, a Brazilian
state school, a Kenyan technical institute, a German school office and a Philippine public
elementary school could hand over.
Four Vietnamese files: a class list exported from the education sector database in Excel (the
pupil code beside the personal identification number, the ethnic group, the place of birth, the
class, the father's and the mother's names, the parents' phone, the pupil's status); students
registering for the student card that is also a bank card in UTF-16 with tabs (the student
number, the class, the faculty, the intake, the mode of study, the home town, the bank account
and its branch, the day the card was printed, the time last updated); candidates of the grade 6
entrance assessment of a high-quality lower secondary school in Windows-1258 with semicolons and
headers without diacritics (the candidate number, the room, the place of birth, the primary
school, the parent and the parent's phone, three scores, the result); and pupils registering to
board at a specialised upper secondary school in UTF-8 with a BOM and tabs (the class, the room
and the bed, the parent, the relation, the parent's phone, the day they moved in, the monthly
fee, a note).
Five foreign files: a Korean university's dormitory admissions in CP949 (the student number, the
resident registration number with its check digit beside the birth date, the college, the
major, the year, the road-name address and its postcode, the guardian, the relation and the
guardian's phone, the room, the day moved in, the fee paid); a Brazilian state school's
Pé-de-Meia students in UTF-8 with semicolons (the school's INEP code and name, the student's CPF
with its two check digits, the NIS, the grade, the shift, the guardian and the guardian's CPF,
the street, the neighbourhood, the city, the state and the CEP apart, the attendance, the
incentive, the status); a Kenyan technical institute's first-year reporting register in UTF-8
with a BOM (the admission number, the national id, the KCSE index and grade, the programme, the
county and sub-county apart, the next of kin, the relation and that person's phone, the day
reported, the fees paid, the HELB application); a German school office's first-grade
registrations in Windows-1252 with semicolons (surname and first names apart, the place of
birth, the nationality, the street, the postcode and the town apart, the parent, the parent's
phone and e-mail, the nursery, the school entry examination day, the language support, the
religious education); and a Philippine elementary school's School Form 1 in Excel (the learner
reference number, the name written last name first, the age, the mother tongue, the ethnic
group, the religion, the street, barangay, town and province apart, the father, the mother's
maiden name, the guardian, the relation, the contact number, the learning modality, remarks).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind301_writers import WRITERS_BLIND301
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND301: tuple[Shape, ...] = (
    _shape(
        "danh_sach_hoc_sinh_lop_xuat_tu_csdl_nganh_giao_duc_truong_thcs_vn301",
        "STT=row | Mã học sinh=-:hs_code301 | Mã định danh cá nhân=cccd"
        " | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Dân tộc=-:hs_ethnic301 | Nơi sinh=-:hs_born301 | Địa chỉ thường trú=address"
        " | Lớp=-:hs_class301 | Họ tên cha=-:hs_father301 | Họ tên mẹ=-:hs_mother301"
        " | SĐT liên hệ (PHHS)=-:hs_parent_phone301 | Trạng thái=-:hs_status301",
        file="xlsx",
    ),
    _shape(
        "sinh_vien_dang_ky_the_sinh_vien_lien_ket_ngan_hang_phong_ctsv_dai_hoc_vn301",
        "STT=row | MSSV=-:sv_code301 | Họ và tên SV=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd:cccd_spaced | Lớp SH=-:sv_class301"
        " | Khoa/Viện=-:sv_faculty301 | Khóa=-:sv_intake301 | Hệ ĐT=-:sv_mode301"
        " | SĐT=phone | Email SV=email | Quê quán=-:sv_home301"
        " | Số TK ngân hàng=-:sv_account301 | Chi nhánh NH=-:sv_branch301"
        " | Ngày in thẻ=date@%d/%m/%Y | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "thi_sinh_khao_sat_tuyen_sinh_lop_6_truong_thcs_chat_luong_cao_vn301",
        "TT=row | SBD=-:ts_number301 | Phong thi=-:ts_room301 | Ho va ten=full_name"
        " | Ngay sinh=birth_date@%d-%m-%Y | Gioi tinh=sex | Ma dinh danh=cccd"
        " | Noi sinh=-:hs_born301 | HS truong TH=-:ts_primary301 | Dia chi=address"
        " | Ho ten PHHS=-:ts_parent301 | DT PHHS=-:hs_parent_phone301"
        " | Diem TV=-:ts_score_a301 | Diem Toan=-:ts_score_b301 | Diem TA=-:ts_score_c301"
        " | Ket qua=-:ts_result301",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "hoc_sinh_dang_ky_o_noi_tru_ky_tuc_xa_truong_thpt_chuyen_vn301",
        "TT=row | Họ tên học sinh=full_name | NS=birth_date@%d.%m.%Y | Nam/Nữ=sex"
        " | Số định danh=cccd | Lớp=-:kt_class301 | HKTT=address | Phòng ở=-:kt_room301"
        " | Giường=-:kt_bed301 | Phụ huynh=-:ts_parent301 | Quan hệ=-:kt_relation301"
        " | ĐT phụ huynh=-:hs_parent_phone301 | Ngày vào KTX=date@%d.%m.%Y"
        " | Tiền ở (đ/tháng)=-:kt_fee301 | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "daehakgyo_saenghwalgwan_ipsa_hapgyeokja_myeongdan_kr301",
        "연번=row | 학번=-:kr_number301 | 성명=full_name:kr_name301"
        " | 주민등록번호=national_id:kr_rrn301 | 생년월일=birth_date:kr_birth301"
        " | 성별=sex:kr_sex301 | 단과대학=-:kr_college301 | 학과(전공)=-:kr_major301"
        " | 학년=-:kr_year301 | 휴대폰=phone:kr_phone301 | 이메일=email"
        " | 주소=address:kr_addr301 | 우편번호=postcode:kr_post301"
        " | 보호자 성명=-:kr_guardian301 | 관계=-:kr_relation301"
        " | 보호자 연락처=-:kr_guardian_phone301 | 배정호실=-:kr_room301"
        " | 입사일=date:kr_moved301 | 관비 납부=-:kr_paid301",
        english=True,
        encoding="cp949",
    ),
    _shape(
        "estudantes_programa_pe_de_meia_escola_estadual_seduc_br301",
        "Nº=row | Cód. INEP Escola=-:br_inep301 | Escola=-:br_school301"
        " | Nome do Estudante=full_name:br_name301 | CPF do Estudante=national_id:br_cpf301"
        " | NIS=-:br_nis301 | Data de Nascimento=birth_date:br_birth301 | Sexo=sex:br_sex301"
        " | Série=-:br_grade301 | Turno=-:br_shift301 | Nome do Responsável=-:br_guardian301"
        " | CPF do Responsável=-:br_guardian_cpf301 | Celular=phone:br_phone301"
        " | Endereço=street:br_street301 | Bairro=suburb:br_bairro301"
        " | Município=district:br_city301 | UF=state:br_uf301 | CEP=postcode:br_cep301"
        " | Frequência (%)=-:br_attend301 | Incentivo=-:br_incentive301"
        " | Situação=-:br_status301",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "kuccps_first_year_reporting_register_technical_training_institute_ke301",
        "S/No=row | Adm. No.=-:ke_adm301 | Full Name=full_name:ke_name301"
        " | Gender=sex:ke_sex301 | Date of Birth=birth_date:ke_birth301"
        " | National ID No.=national_id:ke_id301 | KCSE Index No.=-:ke_index301"
        " | KCSE Mean Grade=-:ke_grade301 | Programme=-:ke_course301"
        " | Mobile No.=phone:ke_phone301 | Email Address=email"
        " | County of Residence=state:ke_county301 | Sub-County=district:ke_sub301"
        " | Next of Kin=-:ke_kin301 | Relationship=-:ke_relation301"
        " | NoK Phone=-:ke_kin_phone301 | Date Reported=date:ke_reported301"
        " | Fees Paid (KSh)=-:ke_fees301 | HELB Applied=-:ke_helb301",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "schulanmeldungen_einschulung_grundschulen_schulamt_rhein_sieg_kreis_de301",
        "Lfd. Nr.=row | Name=family_name:de_family301 | Vorname(n)=given_name:de_given301"
        " | Geburtsdatum=birth_date:de_birth301 | Geschlecht=sex:de_sex301"
        " | Geburtsort=-:de_born301 | Staatsangehörigkeit=-:de_nation301"
        " | Straße / Hausnr.=street:de_street301 | PLZ=postcode:de_plz301"
        " | Ort=district:de_town301 | Erziehungsberechtigte/r=-:de_parent301"
        " | Telefon (Erz.-Ber.)=-:de_parent_phone301 | E-Mail (Erz.-Ber.)=-:de_parent_mail301"
        " | Kita=-:de_kita301 | Schuleingangsuntersuchung=date:de_exam301"
        " | Sprachförderbedarf=-:de_language301 | Religionsunterricht=-:de_religion301"
        " | Bemerkung=-:de_note301",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "sf1_school_register_deped_public_elementary_school_ph301",
        "No.=row | LRN=-:ph_lrn301 | NAME (Last Name, First Name, Middle Name)=full_name:ph_name301"
        " | SEX (M/F)=sex:ph_sex301 | BIRTH DATE (mm/dd/yyyy)=birth_date:ph_birth301"
        " | AGE as of 1st Friday June=-:ph_age301 | MOTHER TONGUE=-:ph_tongue301"
        " | IP (Ethnic Group)=-:ph_ip301 | RELIGION=-:ph_religion301"
        " | House #/ Street/ Sitio/ Purok=street:ph_street301 | Barangay=suburb:ph_brgy301"
        " | Municipality/ City=district:ph_city301 | Province=state:ph_prov301"
        " | Father's Name (Last Name, First Name, Middle Name)=-:ph_father301"
        " | Mother's Maiden Name (Last Name, First Name, Middle Name)=-:ph_mother301"
        " | Guardian Name=-:ph_guardian301 | Relationship=-:ph_relation301"
        " | Contact Number of Parent or Guardian=-:ph_contact301"
        " | Learning Modality=-:ph_modality301 | REMARKS=-:ph_remarks301",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("kr_rrn301", "br_cpf301", "ke_id301")
SEX_HOLDS: tuple[str, ...] = ("kr_sex301", "br_sex301", "ke_sex301", "de_sex301", "ph_sex301")
NAME_HOLDS = frozenset(
    {"kr_name301", "br_name301", "ke_name301", "de_family301", "de_given301", "ph_name301"}
)
PHONE_HOLDS: tuple[str, ...] = ("kr_phone301", "br_phone301", "ke_phone301")
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("kr_addr301",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND301",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND301",
]
