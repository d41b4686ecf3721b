"""The four-hundred-and-thirty-seventh part of the outside corpus, **blind 437** (written 01:20
UTC, 2026-12-08, never used for tuning): person files a province's education department, a
university's student affairs office, a district branch of the Bank for Social Policies, a
business's scholarship fund, Colombia's ICETEX, the Philippines' CHED, a Kazakh grant commission,
Peru's PRONABEC and a Nigerian state bursary board could hand over. Four Vietnamese files: a
province's list of poor pupils given a scholarship in Windows-1258 with semicolons (the school and
class, the father's or mother's name, occupation and phone, the poor-household book, the amount,
the decision date); a university's tuition exemption list by policy group in Excel (the student
number, family and middle name apart from the given name, the faculty and class, the policy group,
the rate and the amount per term); a Social Policy Bank list of student-loan borrowers in UTF-16
with tabs (the parent who borrows with their CCCD and address, the savings-and-loan group and its
head, the student, the student's school, the loan, the disbursement and final due dates, the loan
agreement number); and a business's sponsored scholarships in UTF-8 with a BOM and semicolons
(the dossier, the name in capitals without marks, the school, major and GPA, the fund, the
mentor, the award date).
Five foreign files: a Colombian ICETEX credit list in Windows-1252 with semicolons (the cédula or
tarjeta de identidad, two surnames, a Colombian street address, municipio and departamento, the
co-debtor and their cédula); a Philippine CHED TES grantees list in UTF-8 (the award number, LRN,
middle name apart, a barangay address, ZIP code, the 4Ps household id, the PhilSys card number);
a Kazakh education grant list in Cyrillic in UTF-8 with a BOM and tabs (the ИИН with its check
digit, the patronymic, the ЕНТ score, the programme group, the university, the certificate);
a Peruvian Beca 18 list in Excel (the DNI, two surnames, distrito and departamento, the
guardian and their DNI, the modality); and a Nigerian state bursary list in UTF-8 (the NIN,
other names, the LGA of origin, the matric number, the bank account, the amount in naira).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind437_writers import WRITERS_BLIND437
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND437: tuple[Shape, ...] = (
    _shape(
        "hoc_bong_hoc_sinh_ngheo_tinh_vn437",
        "STT=row | Họ và tên học sinh=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số định danh cá nhân=cccd | Trường=-:school437 | Lớp=-:class437"
        " | Họ tên cha (mẹ) hoặc người giám hộ=-:parent437 | Nghề nghiệp cha/mẹ=-:job437"
        " | Diện=-:poor437 | Số sổ hộ nghèo/cận nghèo=-:poorbook437"
        " | Nơi ở hiện nay=address | ĐT phụ huynh=-:parent_phone437"
        " | Mức HB (đồng/năm học)=-:award437 | Ngày QĐ=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "mien_giam_hoc_phi_dai_hoc_vn437",
        "TT=row | MSSV=-:mssv437 | Họ và tên đệm=family_name:family_middle"
        " | Tên=given_name:given_only | Ngày sinh=birth_date:excel_date | Giới tính=sex"
        " | Lớp SH=-:uniclass437 | Khoa=-:faculty437 | Số CCCD=cccd"
        " | Hộ khẩu thường trú=address | Đối tượng chính sách=-:policy437"
        " | Tỷ lệ miễn, giảm=-:rate437 | Số tiền miễn giảm/HK (đ)=-:tuition437"
        " | Học kỳ=-:term437 | Điện thoại=phone:phone_spaced | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "vay_von_hssv_nhcsxh_vn437",
        "STT=row | Tổ TK&VV=-:group437 | Tổ trưởng=-:group_head437"
        " | Họ tên người vay=full_name | Ngày sinh người vay=birth_date@%d-%m-%Y"
        " | CCCD người vay=cccd:cccd_spaced | Địa chỉ cư trú=address | SĐT=phone"
        " | Họ tên HSSV=-:student437 | Ngày sinh HSSV=-:student_birth437"
        " | Trường HSSV theo học=-:loan_school437 | Đối tượng vay=-:loan_policy437"
        " | Số tiền vay (đồng)=-:loan437 | Số khế ước=-:contract437"
        " | Ngày giải ngân=date@%d-%m-%Y | Hạn trả cuối cùng=date:due437",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hoc_bong_doanh_nghiep_tai_tro_vn437",
        "TT=row | Mã hồ sơ=-:dossier437 | HO TEN SINH VIEN=full_name:full_name_caps"
        " | Ngày/tháng/năm sinh=birth_date@%d.%m.%Y | CCCD=cccd | Email=email"
        " | Điện thoại=phone:phone_dotted | Trường=-:sp_school437 | Ngành học=-:major437"
        " | Điểm TB tích lũy=-:gpa437 | Quỹ học bổng=-:fund437 | Giá trị (VNĐ)=-:sp_amount437"
        " | Người hướng dẫn (mentor)=-:mentor437 | Ngày trao=date@%Y-%m-%d",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "creditos_icetex_co437",
        "No.=row | Tipo de documento=-:doctype_co437 | Número de documento=national_id:cedula_co437"
        " | Primer apellido=family_name:co_fam437 | Segundo apellido=-:co_fam2_437"
        " | Nombres=given_name:co_given437 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Género=sex:sex_co437 | Dirección de residencia=street:street_co437"
        " | Municipio=district:muni_co437 | Departamento=state:dept_co437"
        " | Celular=phone:phone_co437 | IES=-:ies_co437 | Programa académico=-:prog_co437"
        " | Línea de crédito=-:linea_co437 | Deudor solidario=-:codebtor_co437"
        " | C.C. deudor solidario=-:codebtor_id_co437 | Fecha de legalización=date@%d/%m/%Y"
        " | Estado del crédito=-:estado_co437",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "tes_grantees_ph437",
        "Seq=row | TES Award No.=-:award_ph437 | Student ID=-:sid_ph437 | LRN=-:lrn_ph437"
        " | Last Name=family_name:ph_fam437 | Given Name=given_name:ph_given437"
        " | Middle Name=-:ph_mid437 | Sex=sex:sex_ph437 | Birthdate=birth_date@%m/%d/%Y"
        " | Complete Address=address:addr_ph437 | Zip Code=postcode:zip_ph437"
        " | Contact Number=phone:phone_ph437 | Email Address=email | HEI Name=-:hei_ph437"
        " | Degree Program=-:prog_ph437 | Year Level=-:year_ph437"
        " | 4Ps Household ID=-:hh_ph437 | PhilSys Card No.=national_id:pcn_ph437"
        " | Amount (PHP)=-:amt_ph437",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "obrazovatelnye_granty_kz437",
        "№ п/п=row | ИИН=national_id:iin_kz437 | Фамилия=family_name:kz_fam437"
        " | Имя=given_name:kz_given437 | Отчество=-:kz_patr437"
        " | Дата рождения=birth_date@%d.%m.%Y | Пол=sex:sex_kz437 | Балл ЕНТ=-:ent_kz437"
        " | Код группы ОП=-:op_kz437 | Наименование вуза=-:vuz_kz437"
        " | Вид гранта=-:grant_kz437 | Адрес проживания=address:addr_kz437"
        " | Моб. телефон=phone:phone_kz437 | № свидетельства=-:cert_kz437"
        " | Дата приказа=date@%d.%m.%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "becarios_beca18_pe437",
        "N°=row | DNI=national_id:dni_pe437 | Apellido paterno=family_name:pe_pat437"
        " | Apellido materno=-:pe_mat437 | Nombres=given_name:pe_given437"
        " | Fecha de nacimiento=birth_date@%d/%m/%Y | Sexo=sex:sex_pe437"
        " | Modalidad=-:mod_pe437 | Dirección=street:street_pe437"
        " | Distrito=district:dist_pe437 | Departamento=state:dep_pe437"
        " | Celular=phone:phone_pe437 | Correo electrónico=email | IES=-:ies_pe437"
        " | Carrera=-:car_pe437 | Apoderado=-:apod_pe437 | DNI del apoderado=-:apod_dni_pe437"
        " | Fecha de aceptación=date@%d/%m/%Y | Situación=-:sit_pe437",
        english=True,
        file="xlsx",
    ),
    _shape(
        "state_bursary_ng437",
        "S/N=row | NIN=national_id:nin_ng437 | Surname=family_name:ng_sur437"
        " | First Name=given_name:ng_first437 | Other Names=-:ng_other437"
        " | Gender=sex:sex_ng437 | Date of Birth=birth_date@%d-%m-%Y"
        " | LGA of Origin=-:lga_ng437 | Residential Address=address:addr_ng437"
        " | Phone No=phone:phone_ng437 | Institution=-:inst_ng437 | Course=-:course_ng437"
        " | Level=-:level_ng437 | Matric No.=-:matric_ng437 | Bank=-:bank_ng437"
        " | Account No.=-:acct_ng437 | Amount (N)=-:amt_ng437 | Date Paid=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "cedula_co437",
    "pcn_ph437",
    "iin_kz437",
    "dni_pe437",
    "nin_ng437",
)
SEX_HOLDS: tuple[str, ...] = ("sex_co437", "sex_ph437", "sex_kz437", "sex_pe437", "sex_ng437")
NAME_HOLDS = frozenset(
    {"co_fam437", "co_given437", "ph_fam437", "ph_given437", "kz_fam437", "kz_given437"}
    | {"pe_pat437", "pe_given437", "ng_sur437", "ng_first437"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_co437",
    "phone_ph437",
    "phone_kz437",
    "phone_pe437",
    "phone_ng437",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_ph437", "addr_kz437", "addr_ng437")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND437",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND437",
]
