"""The three-hundred-and-seventy-second part of the outside corpus, **blind 372** (written 16:15
UTC, 2026-12-07, never used for tuning): person files a university's blood drive committee, a
regional blood bank, a city's rare-blood-group donor club, a hospital's haematology ward,
Kazakhstan's Republican Blood Centre, La Paz's departmental blood bank, Sri Lanka's National
Blood Transfusion Service, the Lebanese Red Cross blood service and the Irish Blood Transfusion
Service could hand over, all about giving and receiving blood.
Four Vietnamese registers: a university blood drive's list of voluntary donors in Excel (the
class and student number, weight, blood pressure and haemoglobin at screening, the volume, how
many times, the screening result, the drive day); a blood bank's register of units in
Windows-1258 with semicolons and headers without diacritics (the unit code and the donor code,
ABO and Rh apart, the component, the collection and expiry dates, the screening tests, where
the unit went, the donation site); a rare-blood-group donor club's on-call list in UTF-16 with
tabs (Rh-negative and Bombay groups, the last donation, whether they can come, a relative to
call, how related, the relative's phone, the ward); and a haematology ward's transfusion log in
UTF-8 with a BOM and semicolons (the patient number, the health insurance card, the department
and bed, the diagnosis, the patient's group, the unit, the start time, the cross-match, the
reaction, the prescribing doctor and the nurse).
Five foreign files: a Kazakh blood centre's donor register in UTF-8 with Kazakh/Russian headers
(the ИИН with its check digit, the ФИО with the patronymic, the donor number, ABO in the Soviet
notation, Rh and Kell, the kind of donation, the deferral status); a Bolivian blood bank's
donors in Windows-1252 with semicolons (the C.I. and its department extension apart, the two
surnames apart, voluntary or replacement donors with the patient and hospital they give for, the
cellphone, the zone address); a Sri Lankan NBTS blood camp list in Excel (old and new NICs
mixed, the name with initials, the camp, the haemoglobin, the remarks); a Lebanese Red Cross
blood donor list in UTF-8 with Arabic headers (the first name, father's name and family name
apart, the mother's name, the register number and place of registration, the identity card, the
patient and hospital the blood is for); and an IBTS donor clinic attendance list in UTF-8 (the
PPS number with its check letter, the address lines, town, county and Eircode apart, the
clinic, the outcome).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind372_writers import WRITERS_BLIND372
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND372: tuple[Shape, ...] = (
    _shape(
        "university_blood_drive_voluntary_donor_list_vn372",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Lớp/Khoa/Phòng=-:faculty372 | MSSV/MSCB=-:mssv372 | SĐT=phone"
        " | Email=email | Cân nặng (kg)=-:weight372 | Huyết áp (mmHg)=-:bp372"
        " | Hb (g/l)=-:hb372 | Lượng máu hiến (ml)=-:volume372 | Hiến lần thứ=-:times372"
        " | Kết quả khám sàng lọc=-:screen372 | Ngày hiến=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "blood_bank_unit_register_donor_codes_vn372",
        "TT=row | Ma tui mau=-:unit372 | Ma nguoi hien=-:donor_code372"
        " | Ho ten nguoi hien=full_name | Ngay sinh=birth_date@%d-%m-%Y | Gioi=sex"
        " | So CCCD/DDCN=cccd:cccd_spaced | Nhom ABO=-:abo372 | Rh(D)=-:rh372"
        " | The tich (ml)=-:volume372 | Che pham=-:component372 | Ngay lay mau=date@%d-%m-%Y"
        " | Han dung=-:expiry372 | KQ sang loc (HIV,HBV,HCV,GM)=-:tests372"
        " | Tinh trang=-:unit_state372 | Diem hien=-:site372 | DT=phone",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "rare_blood_group_donor_club_on_call_list_vn372",
        "STT=row | Họ tên thành viên=full_name | NS=birth_date@%d/%m/%Y | Nam/Nữ=sex"
        " | Nhóm máu=-:rare372 | CCCD=cccd | ĐT di động=phone | Địa chỉ liên hệ=address"
        " | Phường/Xã=ward:ward372 | Lần hiến gần nhất=date@%d/%m/%Y | Số lần hiến=-:times372"
        " | Tình trạng sẵn sàng=-:ready372 | Người thân=-:kin372 | Quan hệ=-:kin_rel372"
        " | SĐT người thân=-:kin_phone372 | Ghi chú=-:note_vi | Cập nhật=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hospital_haematology_transfusion_log_vn372",
        "STT=row | Mã BN=-:patient_id372 | Họ tên người bệnh=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới=sex | Số thẻ BHYT=bhyt | Khoa=-:dept372"
        " | Giường=-:bed372 | Chẩn đoán=-:diag372 | Nhóm máu BN=-:group372"
        " | Mã túi máu=-:unit372 | Chế phẩm=-:component372 | Thể tích (ml)=-:volume372"
        " | Ngày truyền=date@%d/%m/%Y | Giờ bắt đầu=-:start372 | Phản ứng chéo=-:xmatch372"
        " | Phản ứng truyền máu=-:react372 | BS chỉ định=-:doctor372"
        " | ĐD thực hiện=-:nurse372 | Địa chỉ=address",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "kazakhstan_republican_blood_centre_donor_register_kz372",
        "№ р/с=row | ЖСН / ИИН=national_id:kz_iin372"
        " | Донордың АЖТ / ФИО донора=full_name:kz_name372"
        " | Туған күні / Дата рождения=birth_date@%d.%m.%Y | Жынысы / Пол=sex:kz_sex372"
        " | № донора=-:kz_donor372 | Группа крови=-:kz_group372 | Резус=-:kz_rh372"
        " | Kell=-:kz_kell372 | Вид донации=-:kz_kind372 | Дата донации=date@%d.%m.%Y"
        " | Статус=-:kz_status372 | Адрес проживания=address:kz_addr372"
        " | Моб. телефон=phone:kz_phone372",
        encoding="utf-8",
    ),
    _shape(
        "bolivia_la_paz_departmental_blood_bank_donors_bo372",
        "N°=row | C.I.=national_id:bo_ci372 | Exp.=-:bo_ext372"
        " | Apellido Paterno=family_name:bo_pat372 | Apellido Materno=-:bo_mat372"
        " | Nombres=given_name:bo_given372 | Fecha Nac.=birth_date@%d/%m/%Y"
        " | Sexo=sex:bo_sex372 | Grupo=-:bo_group372 | Factor Rh=-:bo_rh372"
        " | Tipo de donante=-:bo_kind372 | Paciente (reposición)=-:bo_patient372"
        " | Hospital=-:bo_hosp372 | Celular=phone:bo_phone372 | Domicilio=address:bo_home372"
        " | Fecha de donación=date@%d/%m/%Y",
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "sri_lanka_nbts_blood_camp_donor_list_lk372",
        "No=row | Donor No=-:lk_donor372 | NIC No=national_id:lk_nic372"
        " | Name with Initials=full_name:lk_name372 | Date of Birth=birth_date@%Y-%m-%d"
        " | Gender=sex:lk_sex372 | Blood Group=-:group372 | Address=address:lk_home372"
        " | Mobile=phone:lk_phone372 | Camp=-:lk_camp372 | Camp Date=date@%Y-%m-%d"
        " | Hb (g/dL)=-:lk_hb372 | Remarks=-:lk_remark372",
        file="xlsx",
    ),
    _shape(
        "lebanese_red_cross_blood_donor_list_lb372",
        "الرقم=row | الاسم=given_name:lb_given372 | اسم الأب=-:lb_father372"
        " | الشهرة=family_name:lb_family372 | اسم الأم وشهرتها=-:lb_mother372"
        " | تاريخ الولادة=birth_date@%d/%m/%Y | الجنس=sex:lb_sex372"
        " | رقم السجل=-:lb_sijil372 | محل القيد=-:lb_qaid372"
        " | رقم بطاقة الهوية=national_id:lb_id372 | فئة الدم=-:lb_group372"
        " | الهاتف=phone:lb_phone372 | العنوان=address:lb_home372"
        " | تاريخ التبرع=date@%d/%m/%Y | اسم المريض=-:lb_patient372"
        " | المستشفى=-:lb_hosp372",
        encoding="utf-8",
    ),
    _shape(
        "ireland_ibts_donor_clinic_attendance_ie372",
        "No.=row | Donor No.=-:ie_donor372 | PPS No.=national_id:ie_pps372"
        " | Surname=family_name:ie_family372"
        " | Forename=given_name:ie_given372 | Date of Birth=birth_date@%d/%m/%Y"
        " | Gender=sex:ie_sex372 | Address Line 1=street:ie_street372 | Town=district:ie_town372"
        " | County=state:ie_county372 | Eircode=postcode:ie_eircode372"
        " | Mobile=phone:ie_phone372 | Email=email:ie_email372 | Blood Group=-:ie_group372"
        " | Clinic=-:ie_clinic372 | Attendance Date=date@%d/%m/%Y | Outcome=-:ie_outcome372",
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "kz_iin372",
    "bo_ci372",
    "lk_nic372",
    "lb_id372",
    "ie_pps372",
)
SEX_HOLDS: tuple[str, ...] = ("kz_sex372", "bo_sex372", "lk_sex372", "lb_sex372", "ie_sex372")
NAME_HOLDS = frozenset(
    {"kz_name372", "lk_name372", "bo_pat372", "bo_given372", "lb_given372", "lb_family372"}
    | {"ie_family372", "ie_given372"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "kz_phone372",
    "bo_phone372",
    "lk_phone372",
    "lb_phone372",
    "ie_phone372",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("kz_addr372", "bo_home372", "lk_home372")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND372",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND372",
]
