"""The three-hundred-and-ninety-eighth part of the outside corpus, **blind 398** (written 19:38
UTC, 2026-12-07, never used for tuning): person files an SOS Children's Village, a commune's
labour and social affairs officer, a commune people's committee, a provincial social work
centre, a French département's child welfare service, a Spanish region's child protection
service, a Mexican state DIF, a Korean foster care support centre and an Egyptian social
solidarity directorate could hand over. Four Vietnamese files: an SOS Children's Village's
mothers, aunts and staff in Excel (the home town, the post, the family house in the village, the
children in their care, the day they started, whether they hold a social work certificate, the
village director); a commune's waiting list of people who asked to give alternative care in
Windows-1258 with semicolons and headers without diacritics (the job, the monthly income, the
form of care asked for, the age of the child wished for, the day of the application, the result
of the assessment, the officer); a commune's child protection collaborators of the hamlets in
UTF-16 with tabs (the hamlet covered, the spaced CCCD, the recognition decision and its day, the
children in special circumstances followed, the stipend, the training); and a provincial social
work centre's course for foster and adoptive parents in UTF-8 with a BOM and semicolons (the
trainee code, the role, the course, the sessions attended, the test score, the certificate
number, the time last updated).
Five foreign files: a French département's approved assistants familiaux in Windows-1252 with
semicolons (NOM and prénom apart, the maiden name, the fifteen-digit NIR with its key, the street,
the postcode and the commune apart, ``06``/``07`` mobiles, the approval number and day, the places
approved, the children placed, the ASE referent, the employer); a Spanish region's register of
foster families in UTF-8 with semicolons (the file number, both surnames in one cell, the DNI or
NIE with its letter, the street, the postcode, the municipality and the province apart, the mode
of foster care, the day found suitable, the social worker); a Mexican state DIF's adoption and
foster applicants in UTF-8 (the folio, the CURP with its check character, the given names and the
two surnames apart, the marital status, the street, the colonia, the postcode and the municipio
apart, the procedure, the suitability, the social worker); a Korean foster care support centre's
foster parents in CP949 (the 주민등록번호, the 위탁유형, the child and the relation, the day care
began, the monthly allowance, the counsellor); and an Egyptian social solidarity directorate's
alternative families in UTF-8 with Arabic headers (the four-part name, the fourteen-digit الرقم
القومي, the address and the governorate apart, ``01x`` mobiles, the child in care, the day of
handing over, the social administration, the social worker, the monthly aid, the file number).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind398_writers import WRITERS_BLIND398
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND398: tuple[Shape, ...] = (
    _shape(
        "ba_me_di_sos_gia_dinh_lang_tre_em_sos_vn398",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Quê quán=-:hometown398 | Chức danh=-:sos_role398"
        " | Nhà gia đình SOS=-:house398 | Số trẻ đang chăm sóc=-:kids398"
        " | Ngày vào làm việc=date@%d/%m/%Y | Chứng chỉ CTXH=-:cert398 | Điện thoại=phone"
        " | Giám đốc Làng phụ trách=-:director398",
        file="xlsx",
    ),
    _shape(
        "nguoi_dang_ky_nhan_cham_soc_thay_the_danh_sach_cho_cong_chuc_ldtbxh_xa_vn398",
        "TT=row | Ho va ten nguoi dang ky=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex | So dinh danh ca nhan=cccd | Noi cu tru=address | So DT=phone"
        " | Nghe nghiep=-:job398 | Thu nhap BQ/thang (dong)=-:income398"
        " | Hinh thuc dang ky=-:form398 | Do tuoi tre mong muon=-:age_wish398"
        " | Ngay nop don=date@%d/%m/%Y | Ket qua tham dinh=-:vetting398"
        " | Can bo LDTBXH xa=-:officer398",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "cong_tac_vien_bao_ve_tre_em_thon_ban_phu_cap_ubnd_xa_vn398",
        "TT=row | Họ tên CTV=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính (Nam/Nữ)=sex | CCCD=cccd:cccd_spaced | Thôn/bản phụ trách=-:hamlet398"
        " | Chỗ ở hiện nay=address | ĐT liên hệ=phone | QĐ công nhận số=-:qd398"
        " | Ngày QĐ=date@%d/%m/%Y | Số trẻ HCĐB đang theo dõi=-:cases398"
        " | Phụ cấp (đ/tháng)=-:stipend398 | Tập huấn=-:trained398 | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hoc_vien_tap_huan_ky_nang_cha_me_nuoi_gia_dinh_cstt_trung_tam_ctxh_tinh_vn398",
        "STT=row | Mã HV=-:trainee398 | Họ và tên học viên=full_name | NS=birth_date@%Y-%m-%d"
        " | Giới=sex | Số CCCD=cccd | ĐC thường trú=address | SĐT=phone | Email=email"
        " | Vai trò=-:trainee_role398 | Khóa=-:course398 | Số buổi dự=-:attend398"
        " | Điểm KT=-:score398 | Số giấy chứng nhận=-:certno398"
        " | Cập nhật=timestamp",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "assistants_familiaux_agrees_ase_departement_fr398",
        "N°=row | NOM=family_name:fr_fam398 | Prénom=given_name:fr_given398"
        " | Nom de naissance=-:fr_birthname398 | Sexe=sex:sex_fr398"
        " | Date de naissance=birth_date@%d/%m/%Y | N° de sécurité sociale=national_id:nir398"
        " | Adresse=street:fr_street398 | Code postal=postcode:fr_cp398"
        " | Commune=district:fr_town398 | Tél. portable=phone:fr_mob398"
        " | N° d'agrément=-:fr_agr398 | Date d'agrément=date@%d/%m/%Y"
        " | Places agréées=-:fr_places398 | Enfants confiés=-:fr_kids398"
        " | Référent ASE=-:fr_ref398 | Employeur=-:fr_emp398",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "registro_familias_acogedoras_proteccion_menores_es398",
        "Nº=row | Nº expediente=-:es_exp398 | Apellidos=family_name:es_fam398"
        " | Nombre=given_name:es_given398 | DNI/NIE=national_id:dni398"
        " | Fecha de nacimiento=birth_date@%d/%m/%Y | Sexo=sex:sex_es398"
        " | Domicilio=street:es_street398 | C.P.=postcode:es_cp398"
        " | Municipio=district:es_mun398 | Provincia=state:es_prov398"
        " | Teléfono=phone:es_phone398 | Correo electrónico=email"
        " | Modalidad de acogimiento=-:es_mod398 | Menores acogidos=-:es_kids398"
        " | Fecha resolución idoneidad=date@%d/%m/%Y | Técnico/a de referencia=-:es_tec398",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "solicitantes_adopcion_familias_acogida_dif_estatal_mx398",
        "No.=row | Folio=-:mx_folio398 | CURP=national_id:curp398"
        " | Nombre(s)=given_name:mx_given398 | Primer apellido=family_name:mx_pat398"
        " | Segundo apellido=-:mx_mat398 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_mx398 | Estado civil=-:mx_civil398"
        " | Calle y número=street:mx_street398 | Colonia=suburb:mx_col398"
        " | C.P.=postcode:mx_cp398 | Municipio=district:mx_mun398"
        " | Teléfono=phone:mx_phone398 | Tipo de trámite=-:mx_tramite398"
        " | Fecha de solicitud=date@%d/%m/%Y | Idoneidad=-:mx_idon398"
        " | Trabajador(a) social=-:mx_ts398",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "witak_bumo_gajeong_witak_jiwon_senteo_kr398",
        "연번=row | 위탁부모 성명=full_name:kr_name398 | 주민등록번호=national_id:kr_rrn398"
        " | 생년월일=birth_date@%Y.%m.%d | 성별=sex:sex_kr398 | 주소=address:kr_addr398"
        " | 휴대전화=phone:kr_phone398 | 위탁유형=-:kr_type398 | 위탁아동=-:kr_child398"
        " | 아동과의 관계=-:kr_rel398 | 위탁개시일=date@%Y.%m.%d"
        " | 양육보조금(원)=-:kr_pay398 | 담당 상담원=-:kr_worker398",
        english=True,
        encoding="cp949",
    ),
    _shape(
        "al_usar_al_badila_mudiriyat_al_tadamun_eg398",
        "م=row | اسم رب/ربة الأسرة=full_name:eg_name398 | الرقم القومي=national_id:eg_nid398"
        " | تاريخ الميلاد=birth_date@%d/%m/%Y | النوع=sex:sex_eg398 | العنوان=address:eg_addr398"
        " | المحافظة=state:eg_gov398 | رقم المحمول=phone:eg_phone398"
        " | اسم الطفل المكفول=-:eg_child398 | تاريخ التسليم=date@%d/%m/%Y"
        " | الإدارة الاجتماعية=-:eg_idara398 | الأخصائي الاجتماعي=-:eg_worker398"
        " | الإعانة الشهرية (جنيه)=-:eg_aid398 | رقم الملف=-:eg_file398",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("nir398", "dni398", "curp398", "kr_rrn398", "eg_nid398")
SEX_HOLDS: tuple[str, ...] = ("sex_fr398", "sex_es398", "sex_mx398", "sex_kr398", "sex_eg398")
NAME_HOLDS = frozenset(
    {
        "fr_fam398",
        "fr_given398",
        "es_fam398",
        "es_given398",
        "mx_given398",
        "mx_pat398",
        "kr_name398",
        "eg_name398",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "fr_mob398",
    "es_phone398",
    "mx_phone398",
    "kr_phone398",
    "eg_phone398",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("kr_addr398", "eg_addr398")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND398",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND398",
]
