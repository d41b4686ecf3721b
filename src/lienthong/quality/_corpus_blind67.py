"""The sixty-seventh part of the outside corpus, **blind 67** (written 13:48 UTC, 2026-12-06, never
used for tuning): person files a commune reviewing poor and near-poor households, a provincial
blood transfusion centre, a university's dormitory, a civil judgement enforcement office, a Thai
subdistrict administration, a Lao district health office, a Maldivian city council, a Ghanaian
district social welfare office and a Uruguayan social development office could hand over.
Four Vietnamese files: a commune's annual review of poor and near-poor households in Excel with
the household head as the record (the household code, the number of members, the average income,
the B2 deprivation score, the class, who reviewed it and when); a provincial blood transfusion
centre's donors in UTF-16 with tabs (the donor code, the ABO group and Rh, the number of
donations, the last donation date and volume, the workplace, the award); a university's
dormitory residents in UTF-8 with semicolons and unaccented headers (the student code, the class
and faculty, the room and block, the guardian's name and phone, the move-in date, the fee); and a
civil judgement enforcement office's cases in Windows-1258 with semicolons with the judgement
debtor as the record (the judgement and its court, the enforcement decision, the creditor and the
creditor's address, the amount owed and paid, the enforcer, the result).
Five foreign files: a Thai old-age allowance register in UTF-8 with a BOM and Thai headers (the
13-digit ID with its mod-11 digit, the title apart, Buddhist-era dates, บ้านเลขที่/หมู่, ตำบล,
อำเภอ, จังหวัด, the bank account, the allowance); a Lao health insurance member list in UTF-8
with Lao headers and Lao names (ບ້ານ, ເມືອງ, ແຂວງ, the family book and its head); a Malé housing
applicants list with Dhivehi and English headers (the ID card number A123456, the name in Latin
and in Thaana, the permanent address as house and island, marital status, points); a Ghanaian
LEAP beneficiaries list in English (the Ghana Card, the GhanaPost digital address, the community,
district and region, the caregiver and their phone, NHIS, the grant); and a Uruguayan social
card list in Windows-1252 with semicolons (the cédula with its check digit, two surnames, barrio
and departamento, the household referent, the benefit and its amount).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind67_writers import WRITERS_BLIND67
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND67: tuple[Shape, ...] = (
    _shape(
        "ra_soat_ho_ngheo_can_ngheo_vn67",
        "STT=row | Mã hộ=-:hh_code67 | Họ và tên chủ hộ=full_name"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD chủ hộ=cccd"
        " | Nơi cư trú=address | Số nhân khẩu (người)=-:members67"
        " | Thu nhập BQ (1.000đ/người/tháng)=-:income67"
        " | Điểm B2 (thiếu hụt DVXHCB)=-:b2_score67 | Phân loại hộ=-:poor_class67"
        " | Điện thoại=phone | Người rà soát=-:surveyor67 | Ngày rà soát=date@%d/%m/%Y"
        " | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "nguoi_hien_mau_tinh_vn67",
        "STT=row | Mã NHM=-:donor67 | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới=sex | CCCD/CMND=cccd | Nhóm máu ABO=-:abo67 | Rh=-:rh67"
        " | Số lần hiến=-:donations67 | Ngày hiến gần nhất=date@%d/%m/%Y"
        " | Thể tích (ml)=-:volume67 | Đơn vị công tác=-:workplace67"
        " | Địa chỉ liên hệ=address | ĐT di động=phone | Email=email | Khen thưởng=-:badge67",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "sinh_vien_ky_tuc_xa_vn67",
        "STT=row | Ma SV=-:student67 | Ho va ten=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex | So CCCD=cccd | Lop=-:class67 | Khoa=-:faculty67 | Phong=-:room67"
        " | Toa nha=-:block67 | Dia chi thuong tru=address | SDT=phone | Email=email"
        " | Ho ten phu huynh=-:guardian67 | SDT phu huynh=-:guardian_phone67"
        " | Ngay vao o=date@%d/%m/%Y | Le phi KTX=-:fee67",
        delimiter=";",
    ),
    _shape(
        "thi_hanh_an_dan_su_vn67",
        "STT=row | Người phải thi hành án=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd:cccd_spaced | Địa chỉ=address | Bản án/QĐ số=-:judgement67"
        " | Của Tòa án=-:court67 | QĐ THA số=-:decision67 | Ngày ra QĐ THA=date@%d/%m/%Y"
        " | Người được thi hành án=-:creditor67 | Địa chỉ người được THA=-:creditor_addr67"
        " | Số tiền phải THA (đ)=-:owed67 | Đã thi hành (đ)=-:paid67"
        " | Chấp hành viên=-:enforcer67 | Kết quả=-:tha_result67 | SĐT=phone",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "bia_yang_chip_phu_sung_ayu_th67",
        "ลำดับที่=row | เลขประจำตัวประชาชน=national_id:pid_th67 | คำนำหน้าชื่อ=-:title_th67"
        " | ชื่อ=given_name:th_given67 | นามสกุล=family_name:th_family67"
        " | วัน/เดือน/ปีเกิด=birth_date:birth_th67 | อายุ (ปี)=-:age_th67 | เพศ=sex:sex_th67"
        " | บ้านเลขที่=street:house_th67 | ตำบล=suburb:tambon_th67 | อำเภอ=district:amphoe_th67"
        " | จังหวัด=province:changwat_th67 | โทรศัพท์=phone:phone_th67"
        " | ธนาคาร/เลขที่บัญชี=-:bank_th67 | อัตราเบี้ยยังชีพ (บาท)=-:allowance_th67"
        " | วันที่ยื่นคำขอ=date:reg_th67",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "sa_ma_xik_pa_kan_sukhaphap_la67",
        "ລ/ດ=row | ເລກບັດປະຈຳຕົວ=national_id:id_la67 | ຊື່=given_name:la_given67"
        " | ນາມສະກຸນ=family_name:la_family67 | ເພດ=sex:sex_la67"
        " | ວັນເດືອນປີເກີດ=birth_date@%d/%m/%Y | ບ້ານ=suburb:ban_la67"
        " | ເມືອງ=district:muang_la67 | ແຂວງ=province:khoueng_la67 | ເບີໂທ=phone:phone_la67"
        " | ເລກປຶ້ມສຳມະໂນຄົວ=-:family_book_la67 | ຫົວໜ້າຄອບຄົວ=-:head_la67"
        " | ວັນທີລົງທະບຽນ=date@%d/%m/%Y | ໝາຍເຫດ=-:note_la67",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "gedhoruge_applicants_mv67",
        "#=row | ކާޑު ނަންބަރު / ID Card No.=national_id:id_mv67"
        " | ނަން / Name=full_name:name_mv67 | ނަން (ދިވެހިން)=full_name:name_thaana_mv67"
        " | އުފަން ތާރީޚު / Date of Birth=birth_date@%d/%m/%Y | ޖިންސު / Sex=sex:sex_mv67"
        " | ދާއިމީ އެޑްރެސް / Permanent Address=address:addr_mv67"
        " | ރަށް / Island=district:island_mv67 | މޯބައިލް / Mobile=phone:phone_mv67"
        " | ކައިވެނީގެ ހާލަތު / Marital Status=-:marital_mv67"
        " | ޢާއިލާގެ މެމްބަރުން / Family Members=-:members_mv67 | ޕޮއިންޓް / Points=-:points_mv67"
        " | ހުށަހެޅި ތާރީޚު / Date Submitted=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "leap_beneficiaries_gh67",
        "S/N=row | Ghana Card PIN=national_id:ghcard_gh67 | Surname=family_name:gh_family67"
        " | First Name=given_name:gh_given67 | Other Name(s)=-:gh_other67"
        " | Date of Birth=birth_date@%d/%m/%Y | Sex=sex:sex_gh67"
        " | Digital Address (GPS)=postcode:gps_gh67 | House No./Landmark=street:house_gh67"
        " | Community=suburb:community_gh67 | District=district:district_gh67"
        " | Region=state:region_gh67 | Phone No.=phone:phone_gh67"
        " | Caregiver=-:carer_gh67 | Caregiver Phone=-:carer_phone_gh67 | NHIS No.=-:nhis_gh67"
        " | Category=-:category_gh67 | Date Enrolled=date@%d/%m/%Y"
        " | Grant (GH¢)=-:amount_gh67",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "tarjeta_uruguay_social_uy67",
        "Nº=row | Cédula=national_id:ci_uy67 | Primer apellido=family_name:uy_first67"
        " | Segundo apellido=-:uy_second67 | Nombres=given_name:uy_given67"
        " | Fecha de nacimiento=birth_date@%d/%m/%Y | Sexo=sex:sex_uy67"
        " | Domicilio=street:street_uy67 | Barrio=suburb:barrio_uy67"
        " | Departamento=state:depto_uy67 | Celular=phone:phone_uy67"
        " | Referente del hogar=-:referente_uy67 | Prestación=-:benefit_uy67"
        " | Monto ($U)=-:monto_uy67 | Fecha de alta=date:alta_uy67",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("pid_th67", "id_la67", "id_mv67", "ghcard_gh67", "ci_uy67")
SEX_HOLDS: tuple[str, ...] = ("sex_th67", "sex_la67", "sex_mv67", "sex_gh67", "sex_uy67")
NAME_HOLDS = frozenset(
    {"th_given67", "th_family67", "la_given67", "la_family67", "name_mv67", "name_thaana_mv67"}
    | {"gh_family67", "gh_given67", "uy_first67", "uy_given67"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_th67",
    "phone_la67",
    "phone_mv67",
    "phone_gh67",
    "phone_uy67",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_mv67",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND67",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND67",
]
