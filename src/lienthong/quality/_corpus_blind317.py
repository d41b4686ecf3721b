"""The three-hundred-and-seventeenth part of the outside corpus, **blind 317** (written 10:44 UTC,
2026-12-07, never used for tuning): person files a district military service council, a commune
military command, a district military command, the reservist units of Seoul's dong offices,
Israel's National Insurance Institute, a Colombian military district, a Finnish regional office
of the Defence Forces and the Thai War Veterans Organization could hand over.
Four Vietnamese files: young men called to the military service health check in Excel (the
schooling, the trade, the father and the mother, the height, weight and chest, the health grade,
the day examined, the verdict); first-class reservists assigned to reserve units in Windows-1258
with semicolons (the home village apart from where they live, the rank, the military specialty
code, the reserve post, the unit ``b1/c1/d4/e48``, the day discharged, the assignment order);
war participants granted the one-off allowance in UTF-16 with tabs and headers without
diacritics (the home village, the days enlisted and discharged, the wartime unit, the front, the
years counted, the amount, the relative who receives it for a dead veteran, the time last
updated); and young men registering for military service for the first time in UTF-8 with a BOM
and semicolons (the hamlet alone, the ethnic group, the schooling, the school or work, the father
and the mother, the day registered, the registration certificate).
Five foreign files: Korean reservists called for training in EUC-KR (the resident registration
number in full, the birth date ``1985.03.12``, the service number, the rank, the specialty, the
day discharged, the reserve unit, the kind of training, the call-up day, whether it was done, an
emergency contact with the relation and the phone); Israeli reservists' compensation claims in
Windows-1255 (the family and first names apart, the ת.ז. with its check digit, the street, the
town and the seven-digit postcode apart, the personal number, the unit, the days served, the
first and last day, the amount in shekels, the employer, the claim's status); Colombian men
defining their military situation in Windows-1252 with semicolons (both surnames in one column
and the names in another, the kind of document, the cédula with or without thousands dots, the
place of birth, the street, the town and the department apart, the mobile, the email, the
military district, the status, the booklet's class, the compensation fee, the day called, a
relative); Finnish reservists called to refresher exercises in Windows-1252 with semicolons (the
henkilötunnus, the surname and the first names apart, the street, postcode and post town apart,
the rank, the post, the brigade, the exercise, its first and last day, the next of kin and their
phone, the service days); and Thai veterans' card holders in TIS-620 (the rank or title, the
first name and surname apart, the id with its check digit, the Buddhist-era birth date with the
month's name, the address, the postcode, the card number and its class, the former unit, the
operation, the day issued, the spouse or heir and their phone, the benefit).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind317_writers import WRITERS_BLIND317
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND317: tuple[Shape, ...] = (
    _shape(
        "cong_dan_goi_kham_suc_khoe_nghia_vu_quan_su_hoi_dong_nvqs_huyen_vn317",
        "STT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Nơi thường trú=address | Trình độ VH=-:hc_edu317"
        " | Nghề nghiệp=-:hc_job317 | Họ tên cha=-:hc_father317 | Họ tên mẹ=-:hc_mother317"
        " | Chiều cao (cm)=-:hc_height317 | Cân nặng (kg)=-:hc_weight317"
        " | Vòng ngực (cm)=-:hc_chest317 | Phân loại SK=-:hc_grade317"
        " | Ngày khám=date@%d/%m/%Y | Kết luận của HĐKSK=-:hc_verdict317",
        file="xlsx",
    ),
    _shape(
        "quan_nhan_du_bi_hang_1_sap_xep_vao_don_vi_dbdv_ban_chqs_xa_vn317",
        "TT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | CCCD=cccd:cccd_spaced | Quê quán=-:rs_home317 | Nơi ở hiện nay=address"
        " | SĐT=phone | Cấp bậc=-:rs_rank317 | CNQS=-:rs_cnqs317"
        " | Chức vụ dự bị=-:rs_post317 | Đơn vị sắp xếp=-:rs_unit317"
        " | Ngày xuất ngũ=date@%d/%m/%Y | Số QĐ sắp xếp=-:rs_order317 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "doi_tuong_tham_gia_chien_tranh_bao_ve_to_quoc_tro_cap_mot_lan_qd62_bchqs_huyen_vn317",
        "STT=row | Ho va ten=full_name | Ngay sinh=birth_date@%d/%m/%Y | Gioi tinh=sex"
        " | So CCCD=cccd | Que quan=-:qd_home317 | Noi thuong tru=address"
        " | Ngay nhap ngu=date:qd_in317 | Ngay xuat ngu=date:qd_out317"
        " | Don vi khi tham gia CT=-:qd_unit317 | Dia ban=-:qd_area317"
        " | Thoi gian tinh huong=-:qd_years317 | So tien (dong)=-:qd_amount317"
        " | Than nhan nhan thay=-:qd_kin317 | Cap nhat=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "cong_dan_nam_dang_ky_nghia_vu_quan_su_lan_dau_ban_chqs_xa_vn317",
        "TT=row | Họ và tên khai sinh=full_name | Ngày sinh=birth_date@%d.%m.%Y"
        " | Số định danh cá nhân=cccd | Thôn/TDP=-:fr_hamlet317 | Nơi thường trú=address"
        " | Dân tộc=-:fr_ethnic317 | Trình độ HV=-:fr_edu317"
        " | Trường học/Nơi làm việc=-:fr_school317 | Họ tên cha=-:fr_father317"
        " | Họ tên mẹ=-:fr_mother317 | SĐT liên hệ=phone | Ngày ĐK=date@%d.%m.%Y"
        " | Số Giấy CN ĐK NVQS=-:fr_cert317",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "yebigun_gyoyukhullyeon_sojip_daesangja_myeongdan_dongdae_kr317",
        "순번=row | 성명=full_name:kr_name317 | 주민등록번호=national_id:kr_rrn317"
        " | 생년월일=birth_date@%Y.%m.%d | 주소=address:kr_addr317"
        " | 휴대전화=phone:kr_phone317 | 군번=-:kr_sn317 | 계급=-:kr_rank317"
        " | 주특기=-:kr_mos317 | 전역일자=date:kr_out317 | 소속 예비군부대=-:kr_unit317"
        " | 훈련구분=-:kr_train317 | 소집일=date:kr_call317 | 이수여부=-:kr_done317"
        " | 비상연락처(관계)=-:kr_kin317",
        english=True,
        encoding="cp949",
    ),
    _shape(
        "tviot_tagmulei_miluim_hamosad_lebituach_leumi_il317",
        "מס'=row | שם משפחה=family_name:il_family317 | שם פרטי=given_name:il_given317"
        " | מספר זהות=national_id:il_tz317 | תאריך לידה=birth_date@%d/%m/%Y"
        " | רחוב ומספר בית=street:il_street317 | יישוב=district:il_city317"
        " | מיקוד=postcode:il_zip317 | טלפון נייד=phone:il_phone317"
        " | מספר אישי=-:il_mispar317 | יחידה=-:il_unit317 | ימי שירות=-:il_days317"
        " | תחילת שירות=date:il_from317 | סיום שירות=date:il_to317"
        " | סכום התגמול=-:il_amount317 | מעסיק=-:il_employer317"
        " | סטטוס תביעה=-:il_status317",
        english=True,
        encoding="cp1255",
    ),
    _shape(
        "inscritos_definicion_situacion_militar_distrito_militar_co317",
        "No.=row | Apellidos=family_name:co_family317 | Nombres=given_name:co_given317"
        " | Tipo Doc.=-:co_doctype317 | No. Documento=national_id:co_cc317"
        " | Fecha Nacimiento=birth_date@%d/%m/%Y | Lugar Nacimiento=-:co_birthplace317"
        " | Dirección Residencia=street:co_street317 | Municipio=district:co_town317"
        " | Departamento=state:co_dep317 | Celular=phone:co_cel317 | Correo=email"
        " | Distrito Militar=-:co_dm317 | Situación Militar=-:co_status317"
        " | Clase Libreta=-:co_class317 | Cuota Compensación=-:co_fee317"
        " | Fecha Concentración=date@%d/%m/%Y | Acudiente=-:co_kin317",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "kertausharjoituskutsut_puolustusvoimat_aluetoimisto_fi317",
        "Rivi=row | Henkilötunnus=national_id:fi_hetu317 | Sukunimi=family_name:fi_family317"
        " | Etunimet=given_name:fi_given317 | Lähiosoite=street:fi_street317"
        " | Postinumero=postcode:fi_post317 | Postitoimipaikka=district:fi_town317"
        " | Matkapuhelin=phone:fi_phone317 | Sähköposti=email | Sotilasarvo=-:fi_rank317"
        " | Sijoitustehtävä=-:fi_task317 | Joukko-osasto=-:fi_unit317"
        " | Harjoitus=-:fi_ex317 | Alkaa=date@%d.%m.%Y | Päättyy=date:fi_end317"
        " | Lähiomainen=-:fi_kin317 | Lähiomaisen puh.=-:fi_kinphone317"
        " | Palveluspäivät=-:fi_days317",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "thabian_phu_thue_bat_thahan_phan_suek_ongkan_songkhro_thahan_phan_suek_th317",
        "ลำดับ=row | ยศ/คำนำหน้า=-:th_rank317 | ชื่อ=given_name:th_given317"
        " | นามสกุล=family_name:th_family317 | เลขประจำตัวประชาชน=national_id:th_pid317"
        " | วันเดือนปีเกิด=birth_date:th_birth317 | ที่อยู่ปัจจุบัน=address:th_addr317"
        " | รหัสไปรษณีย์=postcode:th_post317 | โทรศัพท์=phone:th_phone317"
        " | เลขที่บัตร ผ.ศ.=-:th_card317 | ประเภทบัตร=-:th_kind317"
        " | หน่วยต้นสังกัดเดิม=-:th_unit317 | พื้นที่ปฏิบัติการ=-:th_op317"
        " | วันออกบัตร=date:th_issued317 | คู่สมรส/ทายาท=-:th_kin317"
        " | โทร.ทายาท=-:th_phone_kin317 | สิทธิที่ได้รับ=-:th_right317",
        english=True,
        encoding="cp874",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "kr_rrn317",
    "il_tz317",
    "co_cc317",
    "fi_hetu317",
    "th_pid317",
)
SEX_HOLDS: tuple[str, ...] = ()
NAME_HOLDS = frozenset(
    {
        "kr_name317",
        "il_family317",
        "il_given317",
        "co_family317",
        "co_given317",
        "fi_family317",
        "fi_given317",
        "th_given317",
        "th_family317",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "kr_phone317",
    "il_phone317",
    "co_cel317",
    "fi_phone317",
    "th_phone317",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("kr_addr317",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND317",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND317",
]
