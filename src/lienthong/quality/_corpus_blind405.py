"""The four-hundred-and-fifth part of the outside corpus, **blind 405** (written 21:54 UTC,
2026-12-07, never used for tuning): person files a driving school, a provincial department's
online licence desk, a class-2 driving test centre, a public-postal reception point, a Chilean
municipal traffic directorate, a BRTA circle office, an FRSC driver's licence centre, a Czech
driving school and Georgia's Public Service Agency could hand over about driving-test
candidates, learners and people renewing their licences.
Four Vietnamese files: a driving school's export of the DAT devices' practice data of its car
learners, in Excel (the learner code, the course, the instructor, the training car's plate, the
hours, the kilometres, the sessions, whether the quota is met, the day the data was synchronised);
a department's list of online applications to renew an expired licence linked with the
electronic health certificate, in UTF-16 with tabs (the public-service dossier code, the old
licence, its class and expiry, the certificate's code and clinic, how the result is delivered,
the time the row was updated); a test centre's list of candidates re-sitting the yard or road
test, in Windows-1258 with semicolons (the candidate number, the school, the first test day,
what is re-sat, the earlier yard score, the fee, the re-sit day); and a reception point's list
of people asking for a lost licence to be reissued, in UTF-8 with a BOM, semicolons and headers
without diacritics (the lost licence, its class and issuer, the day the loss was reported, the
check of outstanding violations).
Five foreign files: a Chilean Dirección de Tránsito list of licence renewals in Windows-1252
with semicolons (the RUN with its mod-11 digit, two surnames, domicilio, comuna and región, the
class, the psychotechnical and theory exams, the new expiry); a BRTA list of learner-licence
applicants in Bengali in UTF-8 (the father's and mother's names, the ten- or seventeen-digit NID,
the learner number, the test day, the blood group); an FRSC list of licence renewals in UTF-8
(the NIN, surname, first and middle names, LGA and state of residence, state of origin, the
licence number, the next of kin's phone); a Czech autoškola's register of pupils in Windows-1250
(the rodné číslo, ulice, obec and PSČ, the licence group, the teacher, the medical report's day,
the application number); and a Georgian Public Service Agency list of driving-test sittings in
Georgian in UTF-8 (the personal number, the category, the kind of test, the result, the centre).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind405_writers import WRITERS_BLIND405
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND405: tuple[Shape, ...] = (
    _shape(
        "du_lieu_dat_thoi_gian_quang_duong_hoc_thuc_hanh_lai_xe_o_to_co_so_dao_tao_vn405",
        "STT=row | Mã học viên=-:dat_code405 | Họ và tên học viên=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd | Hạng đào tạo=-:lic_class405"
        " | Khóa học=-:dat_course405 | Giáo viên DTH=-:dat_teacher405"
        " | Biển số xe tập lái=-:dat_plate405 | Tổng thời gian (giờ)=-:dat_hours405"
        " | Tổng quãng đường (km)=-:dat_km405 | Số phiên học=-:dat_sessions405"
        " | Đánh giá=-:dat_ok405 | Ngày đồng bộ=date@%d/%m/%Y | ĐT học viên=phone",
        file="xlsx",
    ),
    _shape(
        "ho_so_doi_gplx_het_han_truc_tuyen_lien_thong_gksk_dien_tu_so_gtvt_vn405",
        "STT=row | Mã hồ sơ DVC=-:dvc405 | Họ tên người đề nghị=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số định danh cá nhân=cccd"
        " | Nơi cư trú=address | Số GPLX cũ=-:old_lic405 | Hạng=-:lic_class405"
        " | Ngày hết hạn GPLX cũ=date:lic_expired405 | Mã GKSK điện tử=-:gksk405"
        " | Cơ sở KCB cấp GKSK=-:clinic405 | Ngày nộp=date@%d/%m/%Y"
        " | Hình thức nhận kết quả=-:delivery405 | Số điện thoại=phone | Email=email"
        " | Thời điểm cập nhật=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "thi_sinh_sat_hach_lai_sa_hinh_duong_truong_o_to_trung_tam_sat_hach_loai_2_vn405",
        "TT=row | SBD=-:sbd405 | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd:cccd_spaced | Nơi cư trú=address | Hạng=-:lic_class405"
        " | Cơ sở đào tạo=-:school405 | Ngày SH lần đầu=date@%d/%m/%Y"
        " | Nội dung SH lại=-:retake405 | Điểm sa hình lần trước=-:yard_score405"
        " | Lệ phí SH lại (đ)=-:fee405 | Ngày SH lại=date:retest405 | SĐT=phone",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "de_nghi_cap_lai_gplx_bi_mat_diem_tiep_nhan_buu_chinh_cong_ich_vn405",
        "STT=row | HO_TEN=full_name | NGAY_SINH=birth_date@%d/%m/%Y | GIOI_TINH=sex"
        " | SO_DDCN=cccd | NOI_CU_TRU=address | SO_GPLX_BI_MAT=-:old_lic405"
        " | HANG_GPLX=-:lic_class405 | NOI_CAP=-:issuer405 | NGAY_TRINH_BAO=date@%d/%m/%Y"
        " | TRA_CUU_VI_PHAM=-:checked405 | DIEN_THOAI=phone | GHI_CHU=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "renovacion_licencia_conducir_direccion_transito_municipal_cl405",
        "N°=row | RUN=national_id:cl_run405 | Nombres=given_name:cl_given405"
        " | Apellido Paterno=family_name:cl_pat405 | Apellido Materno=-:cl_mat405"
        " | Fecha Nac.=birth_date@%d-%m-%Y | Sexo=sex:cl_sex405 | Domicilio=street:cl_street405"
        " | Comuna=district:cl_comuna405 | Región=state:cl_region405"
        " | Teléfono=phone:cl_phone405 | Correo=email | Clase=-:cl_class405"
        " | Fecha Control=date@%d-%m-%Y | Ex. Psicotécnico=-:cl_exam405"
        " | Ex. Teórico=-:cl_theory405 | Vencimiento=date:cl_vence405",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "brta_learner_driving_licence_applicants_circle_office_bd405",
        "ক্রমিক নং=row | আবেদনকারীর নাম=full_name:bd_name405 | পিতার নাম=-:bd_father405"
        " | মাতার নাম=-:bd_mother405 | জন্ম তারিখ=birth_date@%d/%m/%Y | লিঙ্গ=sex:bd_sex405"
        " | জাতীয় পরিচয়পত্র নং=national_id:bd_nid405 | মোবাইল নং=phone:bd_phone405"
        " | বর্তমান ঠিকানা=address:bd_addr405 | লাইসেন্সের ধরন=-:bd_class405"
        " | লার্নার নং=-:bd_learner405 | পরীক্ষার তারিখ=date@%d/%m/%Y"
        " | রক্তের গ্রুপ=-:blood405",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "frsc_drivers_licence_renewal_dlc_ng405",
        "S/N=row | NIN=national_id:ng_nin405 | Surname=family_name:ng_sur405"
        " | First Name=given_name:ng_first405 | Middle Name=-:ng_mid405"
        " | Date of Birth=birth_date@%d/%m/%Y | Sex=sex:ng_sex405 | Phone No=phone:ng_phone405"
        " | Residential Address=street:ng_street405 | LGA=district:ng_lga405"
        " | State of Residence=state:ng_state405 | State of Origin=-:ng_origin405"
        " | Licence No.=-:ng_lic405 | Class=-:ng_class405 | Blood Group=-:blood405"
        " | Next of Kin Phone=-:ng_kin405 | Date of Capture=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "evidence_zaku_autoskoly_zadost_o_ridicske_opravneni_cz405",
        "Poř. č.=row | Číslo žádosti=-:cz_app405 | Příjmení=family_name:cz_family405"
        " | Jméno=given_name:cz_given405 | Rodné číslo=national_id:cz_rc405"
        " | Datum narození=birth_date@%d.%m.%Y | Trvalý pobyt=street:cz_street405"
        " | Obec=district:cz_obec405 | PSČ=postcode:cz_psc405 | Telefon=phone:cz_phone405"
        " | E-mail=email | Skupina ŘO=-:cz_group405 | Zahájení výcviku=date@%d.%m.%Y"
        " | Učitel=-:cz_teacher405 | Posudek o zdravotní způsobilosti ze dne=date:cz_medical405",
        english=True,
        encoding="cp1250",
    ),
    _shape(
        "saqvelo_momsakhurebis_saagento_martvis_gamocda_ge405",
        "№=row | პირადი ნომერი=national_id:ge_pn405 | სახელი=given_name:ge_given405"
        " | გვარი=family_name:ge_family405 | დაბადების თარიღი=birth_date@%d.%m.%Y"
        " | სქესი=sex:ge_sex405 | მისამართი=address:ge_addr405 | ტელეფონი=phone:ge_phone405"
        " | კატეგორია=-:ge_cat405 | გამოცდის ტიპი=-:ge_type405"
        " | გამოცდის თარიღი=date@%d.%m.%Y | შედეგი=-:ge_result405"
        " | საგამოცდო ცენტრი=-:ge_centre405",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("cl_run405", "bd_nid405", "ng_nin405", "cz_rc405", "ge_pn405")
SEX_HOLDS: tuple[str, ...] = ("cl_sex405", "bd_sex405", "ng_sex405", "ge_sex405")
NAME_HOLDS = frozenset(
    {"cl_given405", "cl_pat405", "bd_name405", "ng_sur405", "ng_first405"}
    | {"cz_family405", "cz_given405", "ge_given405", "ge_family405"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "cl_phone405",
    "bd_phone405",
    "ng_phone405",
    "cz_phone405",
    "ge_phone405",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("bd_addr405", "ge_addr405")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND405",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND405",
]
