"""The three-hundred-and-fifty-second part of the outside corpus, **blind 352** (written 12:55 UTC,
2026-12-07, never used for tuning): person files a commune health station keeping its antenatal
book, a commune health station following its TB patients on directly observed treatment, a commune
health station handing out its monthly psychiatric drugs, a ward's hepatitis B screening day, a
Thai sub-district health promoting hospital, a Philippine rural health unit, an Indonesian
puskesmas, a Malaysian klinik kesihatan and a Brunei health centre could hand over.
Four Vietnamese files: a commune health station's antenatal visit book in Windows-1258 with
semicolons (the husband, the gravida/para code, the last menstrual period and the due date, the
visit, the weeks of pregnancy, weight and blood pressure, tetanus shots, iron tablets, risk, the
midwife); a commune's list of TB patients on DOT in UTF-16 with tabs (the TB register number, the
class and the regimen, the start date, the DOT supporter with the relationship and phone, the doses
taken, the month-2 smear); a commune's monthly psychiatric drug round in Excel (the ICD-10
diagnosis, the drug and the pills a month, the guardian with the relationship, the guardian's
phone, the status, the day the drugs were handed out, the time last updated); and a ward's
hepatitis B screening list in UTF-8 with a BOM (the slip number, the workplace, the vaccination,
HBsAg and anti-HCV, the test day, the screening site, the referral).
Five foreign files: a Thai JHCIS NCD screening export in TIS-620 (cp874) with Thai headers (the
13-digit citizen ID with its mod-11 check digit, plain or dashed, the title apart, house number
with หมู่ and village, ตำบล/อำเภอ/จังหวัด, postcode, Buddhist-era dates, the health right, blood
pressure and fasting sugar, the village health volunteer); a PhilHealth Konsulta registration
roster in Excel (PhilHealth PIN beside the PhilSys number, last/first/middle name in capitals,
barangay, city and province, the membership category, the Konsulta provider); an Indonesian BPJS
Kesehatan participant list in UTF-8 with semicolons (the JKN card number beside the NIK, the
address with RT/RW, kelurahan and kecamatan, kabupaten/kota, the first-level facility, the class
and the segment); a Malaysian klinik kesihatan appointment list in Windows-1252 (the MyKad
YYMMDD-PB-###G, with or without dashes, race, street line, poskod, bandar and negeri, the next of
kin and the kin's phone, the clinic, the record number); and a Brunei BruHIMS extract in UTF-8
(the IC 00-123456 with its colour, kampong and mukim, daerah, postcode, the MRN, the clinic).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind352_writers import WRITERS_BLIND352
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND352: tuple[Shape, ...] = (
    _shape(
        "so_kham_thai_quan_ly_thai_nghen_tram_y_te_xa_vn352",
        "STT=row | Họ tên thai phụ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Số thẻ BHYT=bhyt | Địa chỉ (thôn, xã)=address | Họ tên chồng=-:husband352"
        " | SĐT=phone | PARA=-:para352 | Ngày KCC=-:lmp352 | Dự kiến sinh=-:edd352"
        " | Lần khám=-:visit352 | Ngày khám=date@%d/%m/%Y | Tuổi thai (tuần)=-:ga352"
        " | Cân nặng (kg)=-:weight352 | HA (mmHg)=-:bp352 | Tiêm UV=-:tt352"
        " | Viên sắt/acid folic=-:iron352 | Nguy cơ/xử trí=-:risk352"
        " | Người khám=-:midwife352",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nguoi_benh_lao_dieu_tri_co_kiem_soat_truc_tiep_dot_tram_y_te_xa_vn352",
        "TT=row | Số ĐK lao huyện=-:tbno352 | Họ và tên người bệnh=full_name | Giới=sex"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số ĐDCN=cccd:cccd_spaced | Địa chỉ=address"
        " | Điện thoại=phone | Phân loại bệnh=-:tbclass352 | Phác đồ=-:regimen352"
        " | Ngày bắt đầu ĐT=date@%d/%m/%Y | Người hỗ trợ DOT=-:dot_sup352"
        " | Quan hệ=-:dot_rel352 | SĐT người hỗ trợ=-:sup_phone352"
        " | Số liều đã uống=-:doses352 | XN đờm tháng 2=-:smear352 | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "cap_phat_thuoc_tam_than_dong_kinh_hang_thang_tram_y_te_xa_vn352",
        "STT=row | Họ tên người bệnh=full_name | Ngày sinh=birth_date@%d-%m-%Y"
        " | Giới tính=sex | CCCD=cccd | Số thẻ BHYT=bhyt | Nơi cư trú=address"
        " | Chẩn đoán (ICD-10)=-:icd352 | Thuốc điều trị=-:drug352"
        " | Số viên/tháng=-:pills352 | Người giám hộ=-:guardian352"
        " | SĐT người nhà=-:g_phone352 | Tình trạng hiện tại=-:mstatus352"
        " | Ngày cấp thuốc=date@%d/%m/%Y | Cập nhật lần cuối=timestamp",
        file="xlsx",
    ),
    _shape(
        "sang_loc_viem_gan_b_hbsag_chien_dich_phuong_vn352",
        "STT=row | Mã phiếu=-:slip352 | Họ và tên=full_name | NS=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | CCCD/ĐDCN=cccd | Số ĐT=phone | Nơi ở hiện tại=address"
        " | Nơi làm việc=-:work352 | Đã tiêm vắc xin VGB=-:vac352 | HBsAg=-:hbsag352"
        " | Anti-HCV=-:hcv352 | Ngày XN=date@%d/%m/%Y | Điểm sàng lọc=-:site352"
        " | Chuyển tuyến=-:refer352",
        encoding="utf-8-sig",
    ),
    _shape(
        "jhcis_ncd_screening_rpst_th352",
        "ลำดับ=row | เลขประจำตัวประชาชน=national_id:pid_th352 | คำนำหน้า=-:title_th352"
        " | ชื่อ=given_name:th_given352 | นามสกุล=family_name:th_family352"
        " | เพศ=sex:sex_th352 | วันเดือนปีเกิด=birth_date:birth_th352"
        " | บ้านเลขที่/หมู่=street:house_th352 | ตำบล=suburb:tambon_th352"
        " | อำเภอ=district:amphoe_th352 | จังหวัด=state:changwat_th352"
        " | รหัสไปรษณีย์=postcode:pc_th352 | เบอร์โทรศัพท์=phone:phone_th352"
        " | สิทธิการรักษา=-:right_th352 | วันที่คัดกรอง=date:date_th352"
        " | ความดันโลหิต=-:bp_th352 | FBS (mg/dl)=-:fbs_th352 | อสม.ผู้รับผิดชอบ=-:vhv_th352",
        english=True,
        encoding="cp874",
    ),
    _shape(
        "konsulta_registration_rhu_ph352",
        "No.=row | PhilHealth PIN=-:pin_ph352 | PhilSys No. (PSN)=national_id:psn_ph352"
        " | LAST NAME=family_name:ph_last352 | FIRST NAME=given_name:ph_first352"
        " | MIDDLE NAME=-:ph_middle352 | SEX=sex:sex_ph352"
        " | BIRTHDATE (MM/DD/YYYY)=birth_date@%m/%d/%Y | BARANGAY=suburb:brgy_ph352"
        " | CITY/MUNICIPALITY=district:city_ph352 | PROVINCE=state:prov_ph352"
        " | CONTACT NO.=phone:phone_ph352 | MEMBERSHIP CATEGORY=-:cat_ph352"
        " | KONSULTA PROVIDER=-:kpp_ph352 | DATE REGISTERED=date@%m/%d/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "peserta_jkn_bpjs_kesehatan_puskesmas_id352",
        "No=row | No. Kartu JKN-KIS=-:bpjs_id352 | NIK=national_id:nik_id352"
        " | Nama Peserta=full_name:nama_id352 | Tgl. Lahir=birth_date@%d-%m-%Y"
        " | JK=sex:sex_id352 | Alamat=address:alamat_id352 | Kab/Kota=district:kab_id352"
        " | No. HP=phone:phone_id352 | Faskes Tingkat I=-:faskes_id352"
        " | Kelas Rawat=-:kelas_id352 | Segmen Peserta=-:seg_id352"
        " | TMT Peserta=date@%d-%m-%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "senarai_temujanji_klinik_kesihatan_my352",
        "Bil.=row | No. K/P (MyKad)=national_id:mykad352 | Nama Pesakit=full_name:my_name352"
        " | Jantina=sex:sex_my352 | Tarikh Lahir=birth_date@%d/%m/%Y | Bangsa=-:race_my352"
        " | Alamat=street:my_street352 | Poskod=postcode:pc_my352 | Bandar=district:town_my352"
        " | Negeri=state:state_my352 | No. Tel. Bimbit=phone:phone_my352"
        " | Waris Terdekat=-:kin_my352 | No. Tel. Waris=-:kin_phone_my352"
        " | Klinik=-:clinic_my352 | No. RN=-:rn_my352 | Tarikh Temujanji=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "bruhims_patient_extract_health_centre_bn352",
        "No.=row | MRN=-:mrn_bn352 | IC No.=national_id:ic_bn352 | IC Colour=-:ic_colour_bn352"
        " | Patient Name=full_name:bn_name352 | Sex=sex:sex_bn352"
        " | Date of Birth=birth_date@%d-%b-%Y | Address (Kampong, Mukim)=address:addr_bn352"
        " | District=district:daerah_bn352 | Postcode=postcode:pc_bn352"
        " | Contact No.=phone:phone_bn352 | Clinic=-:clinic_bn352"
        " | Visit Date=date@%d-%b-%Y",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("pid_th352", "psn_ph352", "nik_id352", "mykad352", "ic_bn352")
SEX_HOLDS: tuple[str, ...] = ("sex_th352", "sex_ph352", "sex_id352", "sex_my352", "sex_bn352")
NAME_HOLDS = frozenset(
    {"th_given352", "th_family352", "ph_last352", "ph_first352", "nama_id352"}
    | {"my_name352", "bn_name352"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_th352",
    "phone_ph352",
    "phone_id352",
    "phone_my352",
    "phone_bn352",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("alamat_id352", "addr_bn352")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND352",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND352",
]
