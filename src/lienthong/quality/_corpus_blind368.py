"""The three hundred and sixty-eighth part of the outside corpus, **blind 368** (written 13:41 UTC,
2026-12-07, never used for tuning): person files a commune health station, a commune's justice
officer, a kindergarten, a commune's social affairs officer, a Brazilian municipal education
office, a Mexican municipal DIF, a Philippine city social welfare office, a Ghanaian district
births registry and a Pakistani union council could hand over, each about young children: the
child is the record's person and the mother's, father's and carer's columns are somebody else's.
Four Vietnamese files: a child's expanded-immunisation (TCMR) book exported from the national
immunisation information system in Excel (the subject code, the child's personal identification
number, the mother and father, the parents' phone, the vaccine and dose, the lot, the station,
the reaction, the next appointment); a commune's book of late birth registrations in
Windows-1258 with semicolons (the entry and book numbers, ethnicity, place of birth, the
mother and her birth year, the father, the informant and relation, the reason for the delay, the
civil status officer); a kindergarten's weight and height tracking in UTF-16 with tabs (the
class, the age in months, kilograms and centimetres with decimal commas, the growth channels,
the weighing date, a parent and their phone); and a commune's monthly allowance payment list for
orphans in UTF-8 with a BOM and semicolons (the circumstances, the coefficient and the amount in
đồng, the carer, their relation and CCCD, the care allowance, how it is paid, the month).
Five foreign files: a Curitiba CMEI enrolment list in Windows-1252 with semicolons (the child's
CPF with its two mod-11 digits, the mother's name, the guardian's CPF and NIS, logradouro,
bairro, município, UF and CEP, the CMEI and class); a Yucatán DIF childcare register in Excel (a
minor's CURP from the child's own birth date, both surnames apart, the tutor and the tutor's
CURP, calle, colonia, municipio, estado, C.P., the room); a Philippine supplementary feeding
masterlist in UTF-8 (the PSA birth certificate registry number, the middle name that is the
mother's surname, purok, barangay, city and province, weight and height, the nutritional status);
a Ghanaian register of births in UTF-8 (the entry number, the child's Ghana Card PIN with its
Luhn digit, mother and father and the mother's card, the facility of birth, a GhanaPost digital
address, the registrar); and a Pakistani CRC (B-Form) application list in UTF-8 with Urdu and
English headers (the child's B-Form number in the CNIC pattern, the father's and mother's
CNICs, the union council, the tracking ID).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind368_writers import WRITERS_BLIND368
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND368: tuple[Shape, ...] = (
    _shape(
        "so_tiem_chung_ca_nhan_tcmr_xuat_he_thong_thong_tin_tiem_chung_quoc_gia_vn368",
        "STT=row | Mã đối tượng=-:tc_code368 | Họ và tên trẻ=full_name"
        " | Ngày sinh=birth_date:kid_birth368 | Giới tính=sex | Mã định danh cá nhân=cccd:kid_id368"
        " | Họ tên mẹ=-:mother368 | Họ tên bố=-:father368 | ĐT liên hệ (bố/mẹ)=-:parent_phone368"
        " | Địa chỉ=address | Tên vắc xin=-:vaccine368 | Mũi thứ=-:dose368"
        " | Ngày tiêm=date@%d/%m/%Y | Số lô=-:lot368 | Nơi tiêm=-:site368"
        " | Phản ứng sau tiêm=-:reaction368 | Ngày hẹn mũi tiếp=date:next368",
        file="xlsx",
    ),
    _shape(
        "so_dang_ky_khai_sinh_qua_han_tu_phap_ho_tich_ubnd_xa_vn368",
        "Số TT=row | Số đăng ký=-:regno368 | Quyển số=-:book368"
        " | Họ, chữ đệm, tên người được khai sinh=full_name"
        " | Ngày, tháng, năm sinh=birth_date:late_birth368 | Giới tính=sex | Dân tộc=-:ethnic368"
        " | Nơi sinh=-:birthplace368 | Số định danh cá nhân=cccd:late_id368"
        " | Họ tên mẹ=-:mother368 | Năm sinh mẹ=-:mother_year368 | Họ tên cha=-:father368"
        " | Nơi cư trú=address | Người đi khai sinh=-:informant368"
        " | Lý do đăng ký quá hạn=-:reason368 | Ngày đăng ký=date@%d/%m/%Y"
        " | Công chức TP-HT=-:officer368",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "theo_doi_can_nang_chieu_cao_tre_truong_mam_non_cong_lap_vn368",
        "TT=row | Họ và tên trẻ=full_name | Ngày sinh=birth_date:kid_birth368 | Giới tính=sex"
        " | Lớp=-:class368 | Tháng tuổi=-:months368 | Cân nặng (kg)=-:weight368"
        " | Chiều cao (cm)=-:height368 | Kênh CN=-:wchan368 | Kênh CC=-:hchan368"
        " | Ngày cân đo=date@%d/%m/%Y | Họ tên phụ huynh=-:mother368"
        " | SĐT phụ huynh=-:parent_phone368 | Chỗ ở hiện nay=address | Ghi chú=-:kid_note368",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "chi_tra_tro_cap_xa_hoi_hang_thang_tre_em_mo_coi_nd20_ubnd_xa_vn368",
        "STT=row | Họ và tên trẻ em=full_name | Ngày sinh=birth_date:orphan_birth368"
        " | Giới tính=sex | Số định danh=cccd:orphan_id368 | Hoàn cảnh=-:situation368"
        " | Hệ số=-:coef368 | Mức trợ cấp (đồng/tháng)=-:amount368"
        " | Người nhận chăm sóc, nuôi dưỡng=-:carer368 | Quan hệ với trẻ=-:relation368"
        " | CCCD người nuôi dưỡng=-:carer_id368 | Kinh phí chăm sóc (đ)=-:care368"
        " | Địa chỉ thường trú=address | Hình thức chi trả=-:channel368"
        " | Tháng chi trả=-:month368",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "matriculas_educacao_infantil_cmei_sme_curitiba_br368",
        "Nº=row | Nome da criança=full_name:br_child368 | CPF da criança=national_id:br_cpf368"
        " | Data de nascimento=birth_date:kid_birth368 | Sexo=sex:sex_br368"
        " | Nome da mãe=-:br_mother368 | CPF do responsável=-:br_resp_cpf368"
        " | NIS do responsável=-:br_nis368 | Logradouro=street:br_street368"
        " | Bairro=suburb:br_bairro368 | Município=district:br_city368 | UF=state:br_uf368"
        " | CEP=postcode:br_cep368 | Telefone do responsável=-:br_phone368"
        " | Unidade (CMEI)=-:br_cmei368 | Turma=-:br_turma368 | Data da matrícula=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "padron_ninas_ninos_centro_asistencia_infantil_dif_municipal_merida_mx368",
        "No.=row | CURP=national_id:mx_curp368 | Primer apellido=family_name:mx_pat368"
        " | Segundo apellido=-:mx_mat368 | Nombre(s)=given_name:mx_given368"
        " | Fecha de nacimiento=birth_date:mx_birth368 | Sexo=sex:sex_mx368"
        " | Nombre de la madre, padre o tutor=-:mx_tutor368 | CURP del tutor=-:mx_tutor_curp368"
        " | Calle y número=street:mx_street368 | Colonia=suburb:mx_colonia368"
        " | Municipio=district:mx_mun368 | Entidad federativa=state:mx_state368"
        " | C.P.=postcode:mx_cp368 | Teléfono de contacto=-:mx_phone368 | Sala=-:mx_sala368"
        " | Fecha de ingreso=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "supplementary_feeding_program_cdc_masterlist_cswdo_ph368",
        "No.=row | Last Name=family_name:ph_family368 | First Name=given_name:ph_given368"
        " | Middle Name=-:ph_middle368 | Sex=sex:sex_ph368 | Birthdate=birth_date:ph_birth368"
        " | PSA Birth Certificate No.=-:ph_psa368 | Name of Parent/Guardian=-:ph_parent368"
        " | Contact No.=-:ph_phone368 | House No./Purok/Street=street:ph_purok368"
        " | Barangay=suburb:ph_brgy368 | City/Municipality=district:ph_city368"
        " | Province=province:ph_prov368 | Name of CDC=-:ph_cdc368"
        " | Weight (kg)=-:ph_weight368 | Height (cm)=-:ph_height368"
        " | Nutritional Status (WFA)=-:ph_status368 | Date of Weighing=date@%m/%d/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "register_of_births_births_and_deaths_registry_district_office_gh368",
        "Entry No.=row | Date of Registration=date@%d/%m/%Y"
        " | Surname of Child=family_name:gh_family368 | Other Names=given_name:gh_given368"
        " | Sex=sex:sex_gh368 | Date of Birth=birth_date:gh_birth368"
        " | Place of Birth=-:gh_place368 | Child's Ghana Card PIN=national_id:gh_pin368"
        " | Name of Mother=-:gh_mother368 | Mother's Ghana Card No.=-:gh_mother_card368"
        " | Name of Father=-:gh_father368 | Occupation of Father=-:gh_occupation368"
        " | Residential Address=address:gh_addr368 | District=district:gh_district368"
        " | Region=state:gh_region368 | Digital Address (GPS)=-:gh_gps368"
        " | Informant's Tel.=-:gh_phone368 | Registrar=-:gh_registrar368",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "crc_b_form_applications_nadra_union_council_pk368",
        "نمبر شمار / S.No=row | بچے کا نام / Name of Child=full_name:pk_child368"
        " | فارم ب نمبر / CRC (B-Form) No.=national_id:pk_bform368"
        " | جنس / Gender=sex:sex_pk368 | تاریخ پیدائش / Date of Birth=birth_date:pk_birth368"
        " | والد کا نام / Father Name=-:pk_father368"
        " | والد کا شناختی کارڈ / Father CNIC=-:pk_father_cnic368"
        " | والدہ کا نام / Mother Name=-:pk_mother368"
        " | والدہ کا شناختی کارڈ / Mother CNIC=-:pk_mother_cnic368"
        " | موجودہ پتہ / Present Address=address:pk_addr368"
        " | ضلع / District=district:pk_district368 | رابطہ نمبر / Contact No.=-:pk_phone368"
        " | یونین کونسل / Union Council=-:pk_uc368 | Date of Application=date@%d-%m-%Y"
        " | Tracking ID=-:pk_tracking368",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("br_cpf368", "mx_curp368", "gh_pin368", "pk_bform368")
SEX_HOLDS: tuple[str, ...] = ("sex_br368", "sex_mx368", "sex_ph368", "sex_gh368", "sex_pk368")
NAME_HOLDS = frozenset(
    {"br_child368", "mx_pat368", "mx_given368", "ph_family368", "ph_given368"}
    | {"gh_family368", "gh_given368", "pk_child368"}
)
#: the children have no phone of their own: every phone here is a parent's or a carer's
PHONE_HOLDS: tuple[str, ...] = ()
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("gh_addr368", "pk_addr368")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND368",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND368",
]
