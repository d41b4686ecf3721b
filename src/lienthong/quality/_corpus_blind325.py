"""The three hundred and twenty-fifth part of the outside corpus, **blind 325** (written 11:10 UTC,
2026-12-07, never used for tuning): person files a commune health station, a village midwife's
health station, a provincial hospital's intensive care unit, a provincial hospital's planning
office, a Mexican general hospital, an Egyptian health office, a Thai community hospital, a
Russian central district hospital and a Ghanaian municipal hospital could hand over.
Four Vietnamese files: a commune health station's death book (sổ A6/YTCS) in UTF-16 with tabs
(the deceased with their ethnicity, CCCD and home, the day and cause and place of death, the
relative who reported it, their relation and phone, whether a death notice was issued, the
nurse who kept the book); a health station's book of home births a village midwife attended in
Windows-1258 with semicolons (the mother, her CCCD, home and phone, the birth order, the day of
the birth, the midwife, how it went, the baby's sex and weight, the mother and baby after, the
hepatitis B birth dose, the day of the postnatal visit); a provincial hospital's list of patients
taken home gravely ill at their family's request in Excel (the record number, the insurance card,
the days in and out, the diagnosis and its ICD-10 code, the ward, the relative who signed and
their phone, the doctor, what became of them at home); and its list of in-hospital deaths under
mortality review in UTF-8 with a BOM and headers without diacritics (the ward, the days in and of
death, the cause, the days in hospital, the review chair, the death notice and who received it,
the time last updated).
Five foreign files, each row's person the patient or the deceased: a Mexican SAEH discharge
extract in UTF-8 (the CURP with its check digit, two surnames, domicilio, colonia, municipio and
código postal, derechohabiencia, the days of admission and discharge, the service, the reason and
CIE-10 diagnosis, the treating doctor and their cédula profesional, a relative); an Egyptian
health office's death entries in UTF-8 with Arabic headers (the deceased's 14-digit national
number, four-part name, religion, address and governorate, the cause and place of death, the
informant with their relation, national number and phone, the signing doctor, the burial
permit); a Thai community hospital's referral-out register in UTF-8 with a BOM (the HN, the
13-digit PID with its mod-11 digit, the title, the Buddhist-era birth and referral dates, the
right to treatment, the receiving hospital, the reason and diagnosis, the referring doctor, the
relative who went along, the reply); a Russian central district hospital's book of medical death
certificates (form 106/у) in Windows-1251 with semicolons (the certificate's series and number,
the patronymic, the СНИЛС, the place of residence, the day and place of death, the ICD-10 cause,
the doctor, the relative who received it and their passport, the day of issue); and a Ghanaian
municipal hospital's admission and discharge register in Excel (the folder number, the Ghana
Card PIN, the NHIS number, the surname in capitals, locality with the GhanaPost digital address,
the ward, the days in and out, the diagnosis, the outcome, the next of kin and their phone, the
attending clinician).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind325_writers import WRITERS_BLIND325
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND325: tuple[Shape, ...] = (
    _shape(
        "so_theo_doi_tu_vong_a6_ytcs_tram_y_te_xa_vn325",
        "TT=row | Họ và tên người tử vong=full_name | Ngày tháng năm sinh=birth_date@%d/%m/%Y"
        " | Giới=sex | Dân tộc=-:ethnic325 | Số ĐDCN/CCCD=cccd | Nơi cư trú=address"
        " | Ngày tử vong=date@%d/%m/%Y | Nguyên nhân chính gây tử vong=-:cause325"
        " | Nơi tử vong=-:dplace325 | Người báo tử=-:informant325 | Quan hệ=-:relation325"
        " | ĐT người báo=-:inf_phone325 | Giấy báo tử=-:cert325 | Người ghi sổ=-:officer325",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "so_theo_doi_de_tai_nha_co_do_thon_ban_tram_y_te_xa_vn325",
        "STT=row | Họ tên sản phụ=full_name | Ngày sinh (SP)=birth_date@%d-%m-%Y"
        " | Số CCCD=cccd:cccd_spaced | Dân tộc=-:ethnic325 | Địa chỉ (thôn/bản, xã)=address"
        " | SĐT=phone | Lần sinh thứ=-:parity325 | Ngày đẻ=date@%d-%m-%Y"
        " | Người đỡ đẻ=-:midwife325 | Cách đẻ=-:delivery325 | Giới tính trẻ=-:baby_sex325"
        " | Cân nặng trẻ (gr)=-:weight325 | Tình trạng mẹ/con=-:after325"
        " | Tiêm VGB sơ sinh=-:hepb325 | Ngày thăm sau sinh=date:visit325 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nguoi_benh_nang_xin_ve_theo_nguyen_vong_gia_dinh_khoa_hstc_bvdk_tinh_vn325",
        "STT=row | Mã BA=-:record325 | Họ và tên NB=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới=sex | Số thẻ BHYT=bhyt | CCCD=cccd | Địa chỉ=address"
        " | Ngày vào viện=date:admit325 | Ngày ra viện (xin về)=date@%d/%m/%Y"
        " | Khoa=-:vn_ward325 | Chẩn đoán ra viện=-:diag325 | Mã ICD-10=-:icd325"
        " | Người nhà ký cam kết=-:relative325 | Quan hệ với NB=-:relation325"
        " | SĐT người nhà=-:rel_phone325 | BS điều trị=-:doctor325"
        " | Kết quả theo dõi sau về=-:follow325",
        file="xlsx",
    ),
    _shape(
        "tu_vong_noi_vien_kiem_thao_tu_vong_phong_khth_bvdk_tinh_vn325",
        "STT=row | Ma BA=-:record325 | Ho ten nguoi benh=full_name"
        " | Ngay sinh=birth_date@%d/%m/%Y | GT=sex | So CCCD=cccd | Dia chi=address"
        " | Khoa=-:vn_ward325 | Ngay vao vien=date:admit325 | Ngay tu vong=date@%d/%m/%Y"
        " | Chan doan nguyen nhan tu vong=-:diag325 | Ma ICD=-:icd325"
        " | So ngay nam vien=-:stay325 | Chu tri kiem thao=-:review325"
        " | So giay bao tu=-:gbt325 | Nguoi nhan GBT=-:receiver325 | Cap nhat luc=timestamp",
        encoding="utf-8-sig",
    ),
    _shape(
        "egresos_hospitalarios_saeh_hospital_general_sierra_norte_puebla_mx325",
        "No.=row | Folio de egreso=-:folio_mx325 | CURP=national_id:curp_mx325"
        " | Primer apellido=family_name:mx_pat325 | Segundo apellido=-:mx_mat325"
        " | Nombre(s)=given_name:mx_given325 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_mx325 | Domicilio (calle y número)=street:street_mx325"
        " | Colonia / localidad=suburb:col_mx325 | Municipio=district:mun_mx325"
        " | C.P.=postcode:cp_mx325 | Teléfono=phone:phone_mx325"
        " | Derechohabiencia=-:der_mx325 | Fecha de ingreso=date:admit325"
        " | Fecha de egreso=date@%d/%m/%Y | Servicio de egreso=-:serv_mx325"
        " | Motivo de egreso=-:motivo_mx325 | Afección principal (CIE-10)=-:cie_mx325"
        " | Médico tratante=-:medico_mx325 | Cédula profesional=-:cedula_mx325"
        " | Familiar responsable=-:familiar_mx325",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "sijil_qayd_alwafayat_maktab_alsihha_eg325",
        "م=row | رقم القيد=-:reg_eg325 | الرقم القومي للمتوفى=national_id:nid_eg325"
        " | اسم المتوفى رباعي=full_name:name_eg325 | تاريخ الميلاد=birth_date@%d/%m/%Y"
        " | النوع=sex:sex_eg325 | الديانة=-:religion_eg325 | محل الإقامة=address:addr_eg325"
        " | المحافظة=state:gov_eg325 | تاريخ الوفاة=date@%d/%m/%Y"
        " | سبب الوفاة=-:cause_eg325 | مكان الوفاة=-:place_eg325"
        " | اسم المبلغ=-:informant_eg325 | صلة المبلغ بالمتوفى=-:relation_eg325"
        " | الرقم القومي للمبلغ=-:inf_nid_eg325 | تليفون المبلغ=-:inf_phone_eg325"
        " | الطبيب الموقع على الشهادة=-:doctor_eg325 | تصريح الدفن=-:burial_eg325",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "thabian_song_to_phupuai_rongphayaban_chumchon_chiang_rai_th325",
        "ลำดับ=row | HN=-:hn_th325 | เลขประจำตัวประชาชน=national_id:pid_th325"
        " | คำนำหน้า=-:title_th325 | ชื่อ=given_name:th_given325"
        " | นามสกุล=family_name:th_family325 | วัน/เดือน/ปีเกิด=birth_date:birth_th325"
        " | เพศ=sex:sex_th325 | ที่อยู่=address:addr_th325 | เบอร์โทรศัพท์=phone:phone_th325"
        " | สิทธิการรักษา=-:right_th325 | วันที่ส่งต่อ=date:referred_th325"
        " | สถานพยาบาลที่รับส่งต่อ=-:dest_th325 | เหตุผลการส่งต่อ=-:reason_th325"
        " | การวินิจฉัย=-:dx_th325 | แพทย์ผู้ส่ง=-:doctor_th325"
        " | ญาติผู้นำส่ง=-:relative_th325 | ผลตอบกลับ=-:reply_th325",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "zhurnal_ucheta_meditsinskikh_svidetelstv_o_smerti_106u_kashinskaya_crb_ru325",
        "№ п/п=row | Серия и № свидетельства=-:cert_ru325"
        " | Фамилия умершего=family_name:ru_family325 | Имя=given_name:ru_given325"
        " | Отчество=-:ru_patr325"
        " | Дата рождения=birth_date@%d.%m.%Y | Пол=sex:sex_ru325 | СНИЛС=national_id:snils_ru325"
        " | Место постоянного жительства=address:addr_ru325 | Дата смерти=date@%d.%m.%Y"
        " | Место смерти=-:dplace_ru325 | Причина смерти (МКБ-10)=-:icd_ru325"
        " | Врач, заполнивший свидетельство=-:doctor_ru325"
        " | Получатель (Ф.И.О., родство)=-:recip_ru325 | Документ получателя=-:recip_doc_ru325"
        " | Дата выдачи=date:issued_ru325",
        english=True,
        encoding="cp1251",
        delimiter=";",
    ),
    _shape(
        "admission_discharge_register_municipal_hospital_ejisu_gh325",
        "S/N=row | Folder No.=-:folder_gh325 | Ghana Card No.=national_id:ghcard_gh325"
        " | NHIS No.=-:nhis_gh325 | Surname=family_name:gh_family325"
        " | Other Names=given_name:gh_given325 | Date of Birth=birth_date@%d/%m/%Y"
        " | Sex=sex:sex_gh325 | Residential Address=address:addr_gh325"
        " | Tel. No.=phone:phone_gh325 | Ward=-:ward_gh325 | Date Admitted=date:admit325"
        " | Date of Discharge/Death=date@%d/%m/%Y | Diagnosis=-:dx_gh325"
        " | Outcome=-:outcome_gh325 | Next of Kin=-:nok_gh325 | NOK Tel.=-:nok_phone_gh325"
        " | Attending Clinician=-:doctor_gh325",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "curp_mx325",
    "nid_eg325",
    "pid_th325",
    "snils_ru325",
    "ghcard_gh325",
)
SEX_HOLDS: tuple[str, ...] = ("sex_mx325", "sex_eg325", "sex_th325", "sex_ru325", "sex_gh325")
NAME_HOLDS = frozenset(
    {"mx_pat325", "mx_given325", "name_eg325", "th_given325", "th_family325"}
    | {"ru_family325", "ru_given325", "gh_family325", "gh_given325"}
)
PHONE_HOLDS: tuple[str, ...] = ("phone_mx325", "phone_th325", "phone_gh325")
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_ru325", "addr_gh325")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND325",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND325",
]
