"""The thirteenth part of the outside corpus, **blind 13** (written 01:59 UTC, 2026-12-06, never
used for tuning): person files a hospital, a school, a building-permit desk, a social-assistance
office, a social-solidarity directorate, a polyclinic, an employer and a health insurer could hand
over, in layouts no other part uses. Four Vietnamese agency files: a hospital HIS patient export
with headers half English, half Vietnamese (``Patient Name - Tên BN``, a contact person and the
contact's phone beside the patient's own), a Sở GD&ĐT school enrolment export to Excel (pupils
born 2008-2019 with their mã định danh cá nhân, the father's and mother's names and a parent's
phone), a building-permit applicant list in Windows-1258 with upper-case accented headers (the
one-stop-shop dossier code, birth years only, the plot and map sheet) and a social-assistance
(bảo trợ xã hội) list whose addresses are mostly in the two-level form of July 2025 (xã/phường,
tỉnh) and partly still three-level (with huyện), with ``Số ĐDCN`` for the id. Five foreign files:
an Egyptian Takaful and Karama list in Windows-1256 with Arabic headers (الرقم القومي, four-part
names), a Lithuanian polyclinic list (``A. k.`` for the asmens kodas, the family doctor's name,
-ienė/-aitė family names), a Swiss employer's payroll list for the AHV office (``SV-Nr.``
``756.1234.5678.97``, ``12.03.85`` dates, hire dates, PLZ), a Québec employer's list with
bilingual French/English headers (NAS / SIN in groups of three, postal codes, hire dates) and a
Peruvian SIS affiliation list (``Nro. Doc. Identidad``, ``QUISPE MAMANI, JUAN CARLOS``, ubigeo).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind13_writers import WRITERS_BLIND13
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND13: tuple[Shape, ...] = (
    _shape(
        "his_patients_vn",
        "#=row | PID=-:pid_his13 | Patient Name - Tên BN=full_name"
        " | DOB=birth_date@%d-%m-%Y | Gender=sex | ID No. (CCCD/HC)=cccd"
        " | BHYT=bhyt | Address - Địa chỉ=address | Mobile=phone"
        " | Người liên hệ=-:contact_his13 | SĐT liên hệ=-:contact_phone_his13"
        " | Department=-:department_his13 | Admission Date=date:admitted_his13",
        encoding="utf-8-sig",
    ),
    _shape(
        "tuyen_sinh_vn",
        "STT=row | Mã học sinh=-:pupil_code13 | Họ và tên học sinh=full_name"
        " | Ngày sinh=birth_date:pupil_birth13 | Giới tính=sex | Dân tộc=-:ethnic13"
        " | Mã định danh cá nhân=cccd:pupil_cccd13 | Nơi ở hiện nay=address"
        " | Họ tên cha=-:father13 | Họ tên mẹ=-:mother13 | SĐT phụ huynh=-:parent_phone13"
        " | Lớp=-:class13 | Ngày nhập học=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "cap_phep_xd_vn",
        "SỐ TT=row | SỐ HỒ SƠ=-:dossier13 | HỌ TÊN CHỦ ĐẦU TƯ=full_name"
        " | NĂM SINH=birth_date:birth_year13 | SỐ CCCD=cccd | ĐỊA CHỈ THƯỜNG TRÚ=address"
        " | ĐỊA ĐIỂM XÂY DỰNG=-:site13 | THỬA ĐẤT SỐ=-:plot13 | TỜ BẢN ĐỒ SỐ=-:map_sheet13"
        " | DIỆN TÍCH XD (M2)=-:area13 | NGÀY NHẬN HỒ SƠ=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "bao_tro_xa_hoi_vn",
        "TT=row | Họ tên ĐT=full_name | Ngày/tháng/năm sinh=birth_date@%-d/%-m/%Y | GT=sex"
        " | Số ĐDCN=cccd | Diện hưởng=-:scheme13 | Hệ số=-:coefficient13"
        " | Mức TC (đ)=-:allowance13 | Nơi cư trú=address:address_btxh13"
        " | Người nhận thay=-:proxy13 | Hưởng từ tháng=date@%m/%Y | Số TK=-:bank_account13",
        delimiter=";",
    ),
    _shape(
        "takaful_eg",
        "م=row | اسم المستفيد رباعي=full_name:eg_full | الرقم القومي=national_id:eg_nid"
        " | تاريخ الميلاد=birth_date@%Y/%m/%d | النوع=sex:sex_eg | المحافظة=-:eg_governorate"
        " | المركز / القسم=-:eg_markaz | العنوان=street:street_eg"
        " | رقم المحمول=phone:phone_eg | رقم الاستمارة=-:eg_form"
        " | تاريخ التسجيل=date@%d/%m/%Y",
        english=True,
        encoding="cp1256",
    ),
    _shape(
        "poliklinika_lt",
        "Eil. Nr.=row | Pavardė=family_name:lt_family | Vardas=given_name:lt_given"
        " | A. k.=national_id:asmens_kodas | Gim. data=birth_date@%Y-%m-%d | Lytis=sex:sex_lt"
        " | Gyv. vietos adresas=address:address_lt | Pašto kodas=postcode:postcode_lt"
        " | Tel. Nr.=phone:phone_lt | Prisirašymo data=date@%Y-%m-%d"
        " | Šeimos gydytojas=-:doctor_lt",
        english=True,
        delimiter=";",
    ),
    _shape(
        "lohnliste_ch",
        "Nr.=row | Pers.-Nr.=-:staff_ch | Name=family_name:ch_family | Vorname=given_name:ch_given"
        " | SV-Nr.=national_id:ahv | Geb.-Datum=birth_date@%d.%m.%y | Geschl.=sex:sex_ch"
        " | Zivilstand=-:civil_ch | Eintritt=date@%d.%m.%Y | Strasse=street:street_ch"
        " | PLZ=postcode:plz_ch | Ort=-:ort_ch | Tel. mobil=phone:phone_ch"
        " | Bruttolohn CHF=-:salary_ch",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "employes_qc",
        "No=row | Matricule / Employee No.=-:employee_qc | Nom / Last Name=family_name:qc_family"
        " | Prénom / First Name=given_name:qc_given | NAS / SIN=national_id:sin"
        " | Date de naissance / Date of Birth (AAAA-MM-JJ)=birth_date@%Y-%m-%d"
        " | Sexe / Sex=sex:sex_en | Adresse / Address=street:street_qc | Ville / City=-:city_qc"
        " | Prov.=-:province_qc | Code postal / Postal Code=postcode:postal_qc"
        " | Téléphone / Phone=phone:phone_qc | Date d'embauche / Hire Date=date@%Y-%m-%d",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "afiliados_sis_pe",
        "N°=row | Tipo Doc.=-:doc_type_pe | Nro. Doc. Identidad=national_id:dni_pe"
        " | Apellidos y Nombres=full_name:pe_full | Fecha Nac.=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_pe | Ubigeo=-:ubigeo_pe | Dirección=address:address_pe"
        " | Celular=phone:phone_pe | Fecha Afiliación=date@%d/%m/%Y"
        " | Cód. Afiliación=-:sis_pe",
        english=True,
        delimiter="|",
    ),
)

#: How a 31 February reads in this part's new date format (the Swiss short date).
INVALID_DAY = {"%d.%m.%y": "31.02.{yy}"}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("eg_nid", "asmens_kodas", "ahv", "sin", "dni_pe")
SEX_HOLDS: tuple[str, ...] = ("sex_eg", "sex_lt", "sex_ch", "sex_pe")
NAME_HOLDS = frozenset(
    {"eg_full", "lt_family", "lt_given", "ch_family", "ch_given", "qc_family", "qc_given"}
    | {"pe_full"}
)
PHONE_HOLDS: tuple[str, ...] = ("phone_eg", "phone_lt", "phone_ch", "phone_qc", "phone_pe")
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("address_btxh13", "address_lt")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND13",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND13",
]
