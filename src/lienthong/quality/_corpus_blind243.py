"""The two hundred and forty-third part of the outside corpus, **blind 243** (written 07:50 UTC,
2026-12-07, never used for tuning): person files a provincial police fire-safety office, a fishing
port's management board, a commune study-promotion association, a ward's people's committee, a
Sindh police station, a Khyber Pakhtunkhwa police service centre, a Balochistan agriculture
department, a Punjab land record centre and the Azad Kashmir rehabilitation department could hand
over. Four Vietnamese files: petrol station staff trained and certified in fire safety, in UTF-8
with a BOM and semicolons (the station, its address and company, the post, the result, the
certificate number and date); the crew of tuna longliners declared at a fishing port, in
Windows-1258 with tabs (the place of origin, the boat number, its owner, the post on board, the
landing date, the catch, a relative's phone); a commune study-promotion association's members and
their dues in Excel (the branch, the member card, the date of joining, the learning-family title,
the dues, the donation, the collector); and people allowed to keep vehicles on a pavement, in
UTF-16 with tabs and headers without diacritics (the spot, the area, the hours, the permit, the
fee, the head of the residential group, the time last updated).
Five foreign files: a Sindh police station's tenant register in UTF-8 with Sindhi headers (the
tenant's CNIC, father or husband, rented and permanent address, the landlord and his CNIC, the
rent); a Khyber Pakhtunkhwa police character certificate list in UTF-16 with tabs and Pashto
headers (the purpose, the country, the police station, the status); a Balochistan tube-well
solarisation list in Excel with English and Urdu headers (the CNIC without dashes, the tube well's
mouza, the QESCO reference, the load, the acres, the IBAN); a Punjab Arazi Record Centre's register
of fards and mutations in UTF-8 with a BOM and Urdu headers (token, khewat, khatoni, khasra, the
area in kanal-marla, the fee); and an Azad Kashmir register of 1989 refugees' subsistence
allowance in UTF-8 with Urdu headers (the registration number, the place of origin, the camp, the
family size, the allowance, the bank account).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind243_writers import WRITERS_BLIND243
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND243: tuple[Shape, ...] = (
    _shape(
        "nhan_vien_cua_hang_xang_dau_huan_luyen_nghiep_vu_pccc_cong_an_tinh_vn243",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Nơi thường trú=address | Tên cửa hàng xăng dầu=-:station243"
        " | Địa chỉ cửa hàng=-:station_addr243 | Doanh nghiệp chủ quản=-:petro_firm243"
        " | Chức danh=-:petro_role243 | Kết quả kiểm tra=-:pccc_result243"
        " | Số giấy chứng nhận=-:pccc_cert243 | Ngày cấp GCN=date@%d/%m/%Y"
        " | SĐT=phone:phone_dotted | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "thuyen_vien_tau_cau_ca_ngu_dai_duong_khai_bao_ban_quan_ly_cang_ca_vn243",
        "TT=row | Họ tên thuyền viên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | CCCD=cccd:cccd_spaced | Quê quán=-:hometown243 | Chỗ ở hiện nay=address"
        " | Số đăng ký tàu=-:boat243 | Chủ tàu=-:boat_owner243 | Chức danh=-:crew_role243"
        " | Ngày xuất bến=date@%d/%m/%Y | Ngày cập cảng=date:landing243"
        " | Sản lượng cá ngừ (kg)=-:catch243 | SĐT người thân=-:kin_phone243 | Điện thoại=phone",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "hoi_vien_hoi_khuyen_hoc_xa_thu_hoi_phi_chi_hoi_vn243",
        "TT=row | Họ và tên hội viên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Nam/Nữ=sex"
        " | Chi hội=-:chi_hoi243 | Địa chỉ=address | Số thẻ HV=-:member_card243"
        " | Ngày vào hội=date@%d/%m/%Y | Danh hiệu=-:learning_family243"
        " | Hội phí 2026 (đ)=-:dues243 | Ủng hộ quỹ KH (đ)=-:donation243"
        " | Người thu=-:collector243 | Điện thoại=phone:phone_spaced",
        file="xlsx",
    ),
    _shape(
        "nguoi_trong_giu_xe_tam_su_dung_via_he_cap_phep_ubnd_phuong_vn243",
        "STT=row | HO VA TEN=full_name:full_name_ascii | NGAY SINH=birth_date@%d-%m-%Y"
        " | SO CCCD=cccd | DIA CHI THUONG TRU=address:address_ascii"
        " | VI TRI TRONG GIU XE=-:parking_spot243 | DIEN TICH (m2)=-:area243"
        " | KHUNG GIO=-:hours243 | SO GIAY PHEP=-:permit243 | NGAY CAP=date@%d-%m-%Y"
        " | PHI SU DUNG (d/thang)=-:fee243 | TO TRUONG TDP=-:tdp_head243 | SDT=phone"
        " | CAP NHAT=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "kirayedar_registration_sindh_police_thana_pk243",
        "نمبر=row | ڪرائيدار جو نالو=full_name:sd_name243 | پيءُ / مڙس جو نالو=-:sd_father243"
        " | قومي شناختي ڪارڊ نمبر=national_id:cnic_sd243 | ڄمڻ جي تاريخ=birth_date@%d-%m-%Y"
        " | جنس=sex:sex_sd243 | موبائل نمبر=phone:phone_sd243"
        " | ڪرائي واري جاءِ جو پتو=address:sd_rent243 | مستقل پتو=address:sd_native243"
        " | مالڪ مڪان جو نالو=-:sd_landlord243 | مالڪ جو شناختي ڪارڊ=-:landlord_cnic243"
        " | ٿاڻو=-:sd_thana243 | ڪرائي تي ڏيڻ جي تاريخ=date@%d-%m-%Y"
        " | ماهوار ڪرايو (رپيا)=-:rent243",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "police_character_certificate_khidmat_markaz_kp243",
        "شمېره=row | نوم=full_name:kp_name243 | د پلار نوم=-:kp_father243"
        " | د شناختي کارت شمېره=national_id:cnic_kp243 | د زېږېدو نېټه=birth_date@%d/%m/%Y"
        " | جنس=sex:sex_kp243 | د اوسېدو پته=address:kp_addr243 | تانه=-:kp_thana243"
        " | د غوښتنې موخه=-:purpose243 | هېواد=-:dest243 | ټیلیفون=phone:phone_kp243"
        " | د غوښتنې نېټه=date@%d/%m/%Y | حالت=-:kp_status243",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "tubewell_solarisation_beneficiaries_agriculture_balochistan_pk243",
        "S.No=row | Name of Owner / نام مالک=full_name:bl_name243"
        " | S/O, D/O, W/O=-:bl_father243 | CNIC No. / شناختی کارڈ=national_id:cnic_bl243"
        " | Date of Birth=birth_date@%d.%m.%Y | Gender=sex:sex_bl243"
        " | Mobile No.=phone:phone_bl243 | Postal Address / پتہ=address:bl_addr243"
        " | Tubewell Location (Mouza/Tehsil)=-:tw_loc243 | QESCO Ref. No.=-:qesco_ref243"
        " | Load (KW)=-:load243 | Land (Acres)=-:acres243 | IBAN=-:iban243"
        " | Verification Date=date@%d.%m.%Y | Status=-:bl_status243",
        english=True,
        file="xlsx",
    ),
    _shape(
        "fard_intiqal_register_arazi_record_centre_punjab_pk243",
        "Sr. No.=row | ٹوکن نمبر=-:token243 | مالک کا نام / Owner Name=full_name:pb_name243"
        " | ولدیت / زوجیت=-:pb_father243 | شناختی کارڈ نمبر=national_id:cnic_pb243"
        " | تاریخ پیدائش=birth_date@%d/%m/%Y | جنس=sex:sex_pb243"
        " | موبائل نمبر=phone:phone_pb243 | سکونت=address:pb_addr243 | موضع=-:mauza243"
        " | تحصیل=-:land_tehsil243 | کھیوٹ نمبر=-:khewat243 | کھتونی نمبر=-:khatoni243"
        " | خسرہ نمبر=-:khasra243 | رقبہ (کنال-مرلہ)=-:raqba243 | فیس (روپے)=-:fee_pb243"
        " | تاریخ اجراء=date@%d/%m/%Y | نوعیت سروس=-:service243",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "mohajireen_guzara_allowance_rehabilitation_department_ajk_pk243",
        "نمبر شمار=row | رجسٹریشن نمبر=-:refno243 | سربراہ خاندان کا نام=full_name:ak_name243"
        " | ولدیت=-:ak_father243 | شناختی کارڈ نمبر=national_id:cnic_ak243"
        " | تاریخ پیدائش=birth_date@%d-%m-%Y | جنس=sex:sex_ak243"
        " | آبائی علاقہ (مقبوضہ کشمیر)=-:ak_origin243 | موجودہ پتہ / کیمپ=address:ak_addr243"
        " | افراد خانہ=-:members243 | ماہانہ گزارہ الاؤنس (روپے)=-:allowance243"
        " | بینک اکاؤنٹ=-:ak_bank243 | موبائل نمبر=phone:phone_ak243"
        " | تاریخ تصدیق=date@%d-%m-%Y",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "cnic_sd243",
    "cnic_kp243",
    "cnic_bl243",
    "cnic_pb243",
    "cnic_ak243",
)
SEX_HOLDS: tuple[str, ...] = ("sex_sd243", "sex_kp243", "sex_bl243", "sex_pb243", "sex_ak243")
NAME_HOLDS = frozenset({"sd_name243", "kp_name243", "bl_name243", "pb_name243", "ak_name243"})
PHONE_HOLDS: tuple[str, ...] = (
    "phone_sd243",
    "phone_kp243",
    "phone_bl243",
    "phone_pb243",
    "phone_ak243",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "sd_rent243",
    "sd_native243",
    "kp_addr243",
    "bl_addr243",
    "pb_addr243",
    "ak_addr243",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND243",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND243",
]
