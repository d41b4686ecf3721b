"""The two-hundred-and-eighty-ninth part of the outside corpus, **blind 289** (written 10:21 UTC,
2026-12-07, never used for tuning): person files a commune's labour office, a commune's storm damage
team, a district police unit, a ward's public administration centre, a humanitarian cash partner in
Kharkiv oblast, a Peruvian district's civil defence, a Zambian district health office, a Rwandan TB
programme and a Thai snakebite research network could hand over, each as the data-collection tool
that gathered it exports it.
Four Vietnamese files: a Nghệ An commune's Google Forms survey of rural workers' wish to learn a
trade, downloaded from Google Sheets as plain UTF-8 CSV with an STT the commune put before it (the
question texts as headers, numbered, the "Dấu thời gian" Google writes in the Vietnamese locale with
an hour without its zero, the collected e-mail address, the hamlet-and-commune address, multi-choice
answers joined by commas); a Hà Tĩnh commune's KoboToolbox assessment of houses damaged by storm No.
10, in Kobo's legacy CSV with semicolons and labels as headers (Kobo's start and end with
milliseconds and the +07:00 offset, the enumerator, the household head's ISO birth date, the damage
level, the estimate in millions of dong, the GPS point split in latitude and longitude, the photo's
file name, ``_id``, ``_uuid``, ``_submission_time`` in UTC, ``_validation_status``, ``_index``); a
district police unit's export of online permanent-residence dossiers from the public-service portal,
in UTF-16 with tabs (the dossier code, the procedure, the applicant's personal identification
number, where they lived before, the household head and the relation to them, the due day, the
status, the officer, VNeID or the portal); and a ward's Zalo mini-app bookings at its public
administration centre, in Excel (the Zalo user id and display name beside the name typed in, the
Zalo phone, the field and procedure, the day and time slot booked, when it was sent).
Five foreign files: a Ukrainian winter cash registration from KoboToolbox with XML names and group
paths (``hh_head/prizvyshche``, ``hh_head/rnokpp``) in UTF-8 with a BOM and semicolons (the RNOKPP
with its weighted check digit and sex digit, the patronymic, an ID card or old passport, the
hromada, the street line with the flat, IDP status and certificate, the IBAN with its mod-97 pair,
the amount in hryvnias); a Peruvian ODK Central census of households hit by coastal rains, its CSV
with ``-`` between group names and a N° put before it (SubmissionDate in UTC with a Z, the DNI, two
surnames apart, choice names for sex, departamento and distrito, the geopoint's Latitude and
Longitude, ``meta-instanceID``, the submitter, the review state); a Zambian CommCare antenatal case
export in Excel (CommCare's number, case_id, case_name beside first name and surname, the CHW owner,
opened and modified dates, the NRC ``123456/20/1``, the facility, last menstrual period and expected
delivery, next of kin and their phone); a Rwandan DHIS2 Tracker TB line list in UTF-8 with a No. put
before it (the tracked entity instance's uid, the org unit, enrolment and incident dates, the spaced
16-digit Indangamuntu, province in Kinyarwanda, district and sector, the Ubudehe category, the
mutuelle number, the treatment supporter, the time last updated, stored by); and a Thai REDCap
snakebite registry exported raw in UTF-8 (the auto-numbered record_id, redcap_event_name,
redcap_data_access_group, the hospital number, the 13-digit citizen id with its mod-11 digit, the
prefix, sex, snake, antivenom and outcome as data-dictionary codes, house and moo, tambon, amphoe,
province and postcode apart, a relative, the ``*_complete`` status).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind289_writers import WRITERS_BLIND289
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND289: tuple[Shape, ...] = (
    _shape(
        "khao_sat_nhu_cau_hoc_nghe_lao_dong_nong_thon_google_forms_ubnd_xa_vn289",
        "STT=row | Dấu thời gian=timestamp:gf_ts289 | Địa chỉ email=email"
        " | 1. Họ và tên của anh/chị=full_name | 2. Ngày tháng năm sinh=birth_date@%d/%m/%Y"
        " | 3. Giới tính=sex | 4. Số CCCD/Số định danh cá nhân=cccd"
        " | 5. Số điện thoại liên hệ (có Zalo)=phone"
        " | 6. Địa chỉ nơi ở hiện nay (xóm, xã)=address:gf_addr289"
        " | 7. Trình độ học vấn cao nhất=-:gf_school289"
        " | 8. Hiện nay anh/chị đang làm công việc gì?=-:gf_job289"
        " | 9. Anh/chị muốn học nghề nào? (có thể chọn nhiều)=-:gf_trade289"
        " | 10. Hình thức học mong muốn=-:gf_form289"
        " | 11. Anh/chị có muốn đi làm việc ở nước ngoài theo hợp đồng không?=-:gf_abroad289"
        " | 12. Ý kiến khác (nếu có)=-:note_vi",
        encoding="utf-8",
    ),
    _shape(
        "danh_gia_thiet_hai_nha_o_bao_so_10_kobotoolbox_ubnd_xa_vn289",
        "start=date:kb_start289 | end=date:kb_end289 | Ngày điều tra=date:kb_today289"
        " | Họ tên điều tra viên=-:kb_enum289 | Địa chỉ hộ (thôn, xã)=address:kb_addr289"
        " | Họ và tên chủ hộ=full_name | Ngày sinh chủ hộ=birth_date@%Y-%m-%d"
        " | Giới tính chủ hộ=sex | Số CCCD chủ hộ=cccd | Số điện thoại liên lạc=phone"
        " | Số nhân khẩu=-:kb_people289 | Hộ thuộc diện=-:kb_class289"
        " | Mức độ thiệt hại nhà ở=-:kb_damage289"
        " | Ước tính giá trị thiệt hại (triệu đồng)=-:kb_value289"
        " | _Vị trí nhà_latitude=-:kb_lat289 | _Vị trí nhà_longitude=-:kb_lon289"
        " | Ảnh hiện trạng nhà=-:kb_photo289 | _id=-:kb_id289 | _uuid=-:kb_uuid289"
        " | _submission_time=timestamp:kb_sub289 | _validation_status=-:kb_valid289"
        " | _index=row",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "ho_so_dang_ky_thuong_tru_truc_tuyen_dvc_bo_cong_an_cong_an_huyen_vn289",
        "STT=row | Mã hồ sơ=-:dvc_code289 | Tên thủ tục=-:dvc_proc289"
        " | Người nộp hồ sơ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số định danh cá nhân=cccd | Số điện thoại=phone | Thư điện tử=email"
        " | Địa chỉ đề nghị đăng ký thường trú=address"
        " | Nơi thường trú trước khi chuyển đến=-:dvc_from289 | Họ tên chủ hộ=-:dvc_head289"
        " | Quan hệ với chủ hộ=-:dvc_rel289 | Ngày nộp=date@%d/%m/%Y"
        " | Hạn trả kết quả=date:dvc_due289 | Trạng thái=-:dvc_status289"
        " | Cán bộ xử lý=-:dvc_officer289 | Kênh nộp=-:dvc_channel289",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "dat_lich_hen_thu_tuc_hanh_chinh_zalo_mini_app_ttphhcc_phuong_vn289",
        "#=row | ID người dùng Zalo=-:zl_uid289 | Tên Zalo=-:zl_nick289"
        " | SĐT Zalo=phone | Họ và tên người đăng ký=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd | Địa chỉ liên hệ=address"
        " | Lĩnh vực=-:zl_field289 | Thủ tục cần giải quyết=-:zl_proc289"
        " | Ngày hẹn=date@%d/%m/%Y | Khung giờ=-:zl_slot289 | Nội dung cần hỗ trợ=-:note_vi"
        " | Thời gian gửi=timestamp:zl_sent289",
        file="xlsx",
    ),
    _shape(
        "winter_cash_registration_kobotoolbox_kharkivska_oblast_ua289",
        "start=date:ua_start289 | end=date:ua_end289 | today=date:ua_today289"
        " | enumerator/enum_id=-:ua_enum289 | consent=-:ua_consent289"
        " | hh_head/prizvyshche=family_name:ua_family289 | hh_head/imia=given_name:ua_given289"
        " | hh_head/po_batkovi=-:ua_patr289 | hh_head/stat=sex:sex_ua289"
        " | hh_head/data_narodzhennia=birth_date@%Y-%m-%d"
        " | hh_head/rnokpp=national_id:rnokpp289 | hh_head/dokument_nomer=-:ua_doc289"
        " | hh_head/telefon=phone:phone_ua289 | address/oblast=state:ua_oblast289"
        " | address/hromada=district:ua_hromada289 | address/adresa=street:ua_street289"
        " | idp/idp_status=-:ua_idp289 | idp/dovidka_vpo=-:ua_cert289"
        " | hh/hh_size=-:ua_size289 | hh/disability=-:ua_disab289"
        " | payment/iban=-:ua_iban289 | payment/amount_uah=-:ua_amount289"
        " | _id=-:kb_id289 | _uuid=-:kb_uuid289 | _submission_time=timestamp:ua_sub289"
        " | _validation_status=-:kb_valid289 | _index=row",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "empadronamiento_damnificados_lluvias_odk_central_indeci_piura_pe289",
        "N°=row | SubmissionDate=timestamp:pe_sub289 | datos_generales-fecha_visita=date@%Y-%m-%d"
        " | datos_generales-empadronador=-:pe_enum289 | jefe_hogar-dni=national_id:dni_pe289"
        " | jefe_hogar-apellido_paterno=family_name:pe_pat289"
        " | jefe_hogar-apellido_materno=-:pe_mat289 | jefe_hogar-nombres=given_name:pe_given289"
        " | jefe_hogar-sexo=sex:sex_pe289 | jefe_hogar-fecha_nacimiento=birth_date@%Y-%m-%d"
        " | jefe_hogar-celular=phone:phone_pe289 | ubicacion-departamento=state:pe_dept289"
        " | ubicacion-distrito=district:pe_dist289 | ubicacion-direccion=street:pe_street289"
        " | ubicacion-gps-Latitude=-:pe_lat289 | ubicacion-gps-Longitude=-:pe_lon289"
        " | vivienda-condicion=-:pe_house289 | vivienda-material_paredes=-:pe_walls289"
        " | hogar-num_miembros=-:pe_size289 | hogar-hay_gestante=-:pe_preg289"
        " | meta-instanceID=-:pe_instance289 | KEY=-:pe_instance289"
        " | SubmitterName=-:pe_submitter289 | ReviewState=-:pe_review289",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "anc_mother_cases_commcare_export_chongwe_mazabuka_district_health_office_zm289",
        "number=row | case_id=-:zm_case289 | case_name=full_name:zm_name289"
        " | owner_name=-:zm_owner289"
        " | opened_date=date:zm_opened289 | last_modified_date=timestamp:zm_modified289"
        " | closed=-:zm_closed289 | first_name=given_name:zm_given289"
        " | surname=family_name:zm_family289 | nrc_number=national_id:nrc_zm289"
        " | dob=birth_date@%Y-%m-%d | phone_number=phone:phone_zm289"
        " | village=-:zm_village289 | district=district:zm_district289"
        " | health_facility=-:zm_facility289 | lmp=date:zm_lmp289 | edd=date:zm_edd289"
        " | gravida=-:zm_gravida289 | anc_visits_completed=-:zm_anc289"
        " | danger_signs=-:zm_signs289 | next_of_kin_name=-:zm_kin289"
        " | next_of_kin_phone=-:zm_kin_phone289",
        english=True,
        file="xlsx",
    ),
    _shape(
        "tb_case_register_dhis2_tracker_line_list_rbc_rw289",
        "No.=row | Tracked entity instance=-:rw_tei289 | Organisation unit name=-:rw_ou289"
        " | Enrollment date=date@%Y-%m-%d | Incident date=date@%Y-%m-%d"
        " | National ID (Indangamuntu)=national_id:nid_rw289"
        " | First name=given_name:rw_given289 | Last name=family_name:rw_family289"
        " | Sex=sex:sex_rw289 | Date of birth=birth_date@%Y-%m-%d"
        " | Phone number=phone:phone_rw289 | Province=state:rw_prov289"
        " | District=district:rw_dist289 | Sector=suburb:rw_sector289"
        " | Ubudehe category=-:rw_ubudehe289 | Mutuelle number=-:rw_cbhi289"
        " | TB registration number=-:rw_tbno289 | Registration group=-:rw_cat289"
        " | Treatment supporter name=-:rw_supporter289"
        " | Treatment supporter phone=-:rw_sup_phone289"
        " | Last updated=timestamp:rw_updated289 | Stored by=-:rw_by289",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "snakebite_registry_redcap_raw_export_khon_kaen_udon_thani_th289",
        "record_id=row | redcap_event_name=-:th_event289"
        " | redcap_data_access_group=-:th_dag289 | admit_date=date@%Y-%m-%d | hn=-:th_hn289"
        " | cid=national_id:cid_th289 | prefix=-:th_prefix289 | fname=given_name:th_given289"
        " | lname=family_name:th_family289 | dob=birth_date@%Y-%m-%d | sex=sex:sex_th289"
        " | mobile=phone:phone_th289 | addr_no_moo=street:th_house289"
        " | addr_tambon=suburb:th_tambon289 | addr_amphoe=district:th_amphoe289"
        " | addr_province=state:th_prov289 | addr_zip=postcode:th_post289"
        " | demographics_complete=-:th_complete289 | snake_type=-:th_snake289"
        " | antivenom_given=-:th_av289 | outcome=-:th_outcome289"
        " | relative_name=-:th_kin289 | relative_phone=-:th_kin_phone289"
        " | clinical_complete=-:th_complete289",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "rnokpp289",
    "dni_pe289",
    "nrc_zm289",
    "nid_rw289",
    "cid_th289",
)
SEX_HOLDS: tuple[str, ...] = ("sex_ua289", "sex_pe289", "sex_rw289", "sex_th289")
NAME_HOLDS = frozenset(
    {"ua_family289", "ua_given289", "pe_pat289", "pe_given289", "zm_name289", "zm_given289"}
    | {"zm_family289", "rw_given289", "rw_family289", "th_given289", "th_family289"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ua289",
    "phone_pe289",
    "phone_zm289",
    "phone_rw289",
    "phone_th289",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("gf_addr289", "kb_addr289")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND289",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND289",
]
