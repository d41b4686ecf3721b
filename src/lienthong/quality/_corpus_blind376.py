"""The three-hundred-and-seventy-sixth part of the outside corpus, **blind 376** (written 16:13
UTC, 2026-12-07, never used for tuning): person files a commune military command, a district
military school, a mobilisation office, a hamlet's civil-defence team, a Singapore NS unit, a
Korean regional Military Manpower office, an Armenian military commissariat, a Colombian
military district and an Egyptian recruitment zone could hand over, all about military service
and civil defence.
A commune military command's list of relatives of serving soldiers proposed for a health
insurance card in Excel (the relative, the CCCD, the BHXH code and the old card, the relation,
the soldier, his rank, unit and enlistment date, the hospital); a defence-and-security course
register for village cadres ("đối tượng 4") in Windows-1258 with tabs (the post, the hamlet, the
commune, the class, the score, the grade, the certificate); a register of vehicles and machines
kept for mobilisation in UTF-16 (the owner, the vehicle kind, model, plate, year and load, the
reserve unit, the registering officer); a hamlet civil-defence shock team's member list in UTF-8
with a BOM and semicolons (the team, the post, the skills, the team leader and his phone); a
Singapore NSmen in-camp training roll (the NRIC with its check letter, the race, the vocation,
the unit, the ORD date, the IPPT award, the street line and postal code, the next of kin); a
Korean conscription physical examination result list in CP949 (the resident registration number
with its check digit, the region, the school, the regional office, the physical grade and the
disposal, the guardian); an Armenian commissariat's conscript list (surname, name and
patronymic, the public service number, the passport, the marz and registered address, the
fitness finding, the status); a Colombian military district's registration list in Windows-1252
with semicolons (the document type and cédula, the two surnames, the municipality and
department, the military book class and number, the compensation fee, the cause of exemption);
and an Egyptian recruitment zone's medical examination list in UTF-8 with a BOM (the four-part
name, the 14-digit national number with its check digit, the place of birth, the governorate,
the qualification, the triple number, the medical result and the conscription status).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind376_writers import WRITERS_BLIND376
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND376: tuple[Shape, ...] = (
    _shape(
        "than_nhan_quan_nhan_tai_ngu_de_nghi_cap_the_bhyt_ban_chqs_xa_vn376",
        "TT=row | Họ và tên thân nhân=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD/ĐDCN=cccd | Mã số BHXH=bhxh | Số thẻ BHYT cũ=bhyt"
        " | Quan hệ với quân nhân=-:rel376 | Họ tên quân nhân=-:soldier376"
        " | Ngày sinh QN=-:soldier_dob376 | Cấp bậc=-:rank376 | Đơn vị=-:unit376"
        " | Ngày nhập ngũ=-:enlist376 | Nơi ĐK KCB ban đầu=-:hosp376"
        " | Nơi cư trú=address:vn_addr376 | Ngày lập=date@%d/%m/%Y | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "hoc_vien_boi_duong_kien_thuc_qp_an_doi_tuong_4_ban_chqs_vn376",
        "STT=row | Họ và tên=full_name | Năm sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số định danh cá nhân=cccd | Chức vụ=-:qpan_pos376 | Thôn/TDP=-:hamlet376"
        " | Xã/Phường=ward:ward376 | ĐT=phone | Lớp=-:qpan_class376"
        " | Điểm TB=-:qpan_score376 | Xếp loại=-:qpan_result376 | Số GCN=-:cert376"
        " | Ngày cấp GCN=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "dang_ky_phuong_tien_ky_thuat_du_bi_dong_vien_ban_chqs_vn376",
        "TT=row | Tên chủ phương tiện=full_name | Ngày sinh=birth_date@%d-%m-%Y"
        " | CCCD=cccd:cccd_spaced | Địa chỉ thường trú=address:vn_addr376"
        " | SĐT=phone:phone_dotted | Loại PTKT=-:veh_kind376 | Nhãn hiệu=-:veh_model376"
        " | Biển số/Số ĐK=-:plate376 | Năm SX=-:veh_year376 | Trọng tải=-:load376"
        " | Đơn vị DBĐV được sắp xếp=-:dbdv_unit376 | Ngày đăng ký=date@%d-%m-%Y"
        " | Cán bộ đăng ký=-:officer376",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "doi_vien_doi_xung_kich_phong_thu_dan_su_ap_vn376",
        "Stt=row | Họ tên đội viên=full_name | NS=birth_date@%d/%m/%Y | GT=sex | CCCD=cccd"
        " | Ấp/KP=-:hamlet376 | Chỗ ở hiện nay=address:vn_addr376 | Điện thoại=phone:phone_spaced"
        " | Đội=-:team376 | Chức danh=-:team_role376 | Kỹ năng=-:skill376"
        " | Ngày vào đội=date@%d/%m/%Y | Đội trưởng=-:officer376"
        " | SĐT đội trưởng=-:officer_phone376 | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "nsmen_in_camp_training_nominal_roll_sg376",
        "S/N=row | NRIC No.=national_id:sg_nric376 | Name (as in NRIC)=full_name:sg_name376"
        " | Date of Birth=birth_date@%d %b %Y | Race=-:sg_race376 | Vocation=-:sg_voc376"
        " | Unit=-:sg_unit376 | ORD Date=date@%d %b %Y | ICT Status=-:sg_ict376"
        " | IPPT Award=-:sg_ippt376 | Residential Address=street:sg_street376"
        " | Postal Code=postcode:sg_post376 | Mobile No.=phone:sg_phone376"
        " | NOK Name=-:sg_nok376 | NOK Relationship=-:sg_nok_rel376"
        " | NOK Contact No.=-:sg_nok_phone376",
        encoding="utf-8",
    ),
    _shape(
        "byeongyeok_pangjeong_geomsa_gyeolgwa_myeongdan_kr376",
        "연번=row | 성명=full_name:kr_name376 | 주민등록번호=national_id:kr_rrn376"
        " | 생년월일=birth_date@%Y.%m.%d | 시·도=state:kr_sido376 | 주소=address:kr_addr376"
        " | 휴대전화=phone:kr_phone376 | 학력=-:kr_school376 | 관할 지방병무청=-:kr_office376"
        " | 검사일자=date@%Y.%m.%d | 신체등급=-:kr_grade376 | 병역처분=-:kr_disposal376"
        " | 보호자 성명=-:kr_guardian376 | 비고=-:kr_note376",
        encoding="cp949",
    ),
    _shape(
        "zinkomisariat_zorakochikneri_tsutsak_am376",
        "Հ/Հ=row | Ազգանուն=family_name:am_family376 | Անուն=given_name:am_given376"
        " | Հայրանուն=-:am_father376 | Ծննդյան ամսաթիվ=birth_date@%d.%m.%Y"
        " | ՀԾՀ=national_id:am_ssn376 | Անձնագիր=-:am_passport376 | Մարզ=state:am_marz376"
        " | Հաշվառման հասցե=address:am_addr376 | Հեռախոս=phone:am_phone376"
        " | Զինկոմիսարիատ=-:am_comm376 | Բժշկական եզրակացություն=-:am_fit376"
        " | Կարգավիճակ=-:am_status376 | Զորակոչի ամսաթիվ=date@%d.%m.%Y",
        encoding="utf-8",
    ),
    _shape(
        "inscripcion_definicion_situacion_militar_distrito_militar_co376",
        "No.=row | Tipo Doc.=-:co_tdoc376 | Número de Documento=national_id:co_cedula376"
        " | Primer Apellido=family_name:co_family1_376 | Segundo Apellido=-:co_family2_376"
        " | Nombres=given_name:co_given376 | Fecha de Nacimiento=birth_date@%d/%m/%Y"
        " | Dirección=street:co_street376 | Municipio=district:co_city376"
        " | Departamento=state:co_dept376 | Celular=phone:co_phone376"
        " | Correo Electrónico=email | Distrito Militar=-:co_dm376"
        " | Fecha de Inscripción=date@%d/%m/%Y | Situación Militar=-:co_sit376"
        " | Clase de Libreta=-:co_class376 | No. Libreta Militar=-:co_libreta376"
        " | Cuota de Compensación=-:co_cuota376 | Causal de Exención=-:co_cause376",
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "kashf_al_matlubin_lil_tagnid_mantiqat_tagnid_eg376",
        "م=row | الاسم رباعي=full_name:eg_name376 | الرقم القومي=national_id:eg_nid376"
        " | تاريخ الميلاد=birth_date@%Y/%m/%d | محل الميلاد=-:eg_birthplace376"
        " | العنوان=address:eg_addr376 | المحافظة=state:eg_gov376"
        " | رقم المحمول=phone:eg_phone376 | المؤهل الدراسي=-:eg_qual376"
        " | منطقة التجنيد=-:eg_zone376 | الرقم الثلاثي=-:eg_triple376"
        " | تاريخ الكشف الطبي=date@%Y/%m/%d | نتيجة الكشف الطبي=-:eg_med376"
        " | الموقف التجنيدي=-:eg_status376",
        encoding="utf-8-sig",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("sg_nric376", "kr_rrn376", "am_ssn376", "co_cedula376")
NATIONAL_HOLDS += ("eg_nid376",)
SEX_HOLDS: tuple[str, ...] = ()
NAME_HOLDS: frozenset[str] = frozenset(
    {"sg_name376", "kr_name376", "am_family376", "am_given376", "co_family1_376"}
    | {"co_given376", "eg_name376"}
)
PHONE_HOLDS: tuple[str, ...] = ("sg_phone376", "kr_phone376", "am_phone376", "co_phone376")
PHONE_HOLDS += ("eg_phone376",)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("vn_addr376", "kr_addr376", "am_addr376")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND376",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND376",
]
