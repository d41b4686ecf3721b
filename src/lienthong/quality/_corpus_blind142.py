"""The hundred-and-forty-second part of the outside corpus, **blind 142** (written 20:32 UTC,
2026-12-06, never used for tuning): person files a licensed pawnshop reporting to the ward police,
a commune handing out relief rice between harvests, a provincial exam centre for the basic IT
certificate, a power company connecting rooftop solar, India's e-Shram portal, an Indonesian
junior high school's Dapodik roll, a Philippine persons-with-disability affairs office, a Thai
district's conscription office and a Pakistani local zakat committee could hand over.
Four Vietnamese files: a pawnshop ledger in Windows-1258 with semicolons and headers without
diacritics (the item, its frame number or IMEI, the valuation, the loan and its monthly rate, the
day to redeem it by, the status, the clerk); relief rice in Excel (the kind of household, how many
live in it, the kilograms, who collected on the head's behalf); the basic IT certificate exam in
UTF-16 with tabs (the candidate number, the place of birth, the workplace, the theory and practice
marks, the result, the certificate number); and rooftop solar in UTF-8 with a BOM and semicolons
(the customer code, the site the panels are on, which is often not the home, the kWp, panels and
inverter, whether the surplus is sold, the status).
Five foreign files: e-Shram registrations with Hindi/English headers in Devanagari (the UAN, the
Aadhaar with its Verhoeff digit, the father's or husband's name, the occupation and its NCO code,
the address, district, state and PIN, the bank account and IFSC, the nominee); a Dapodik roll of
pupils (NIPD, NISN, the NIK with the birth day plus 40 for a girl, the place of birth, religion,
the street, RT, RW, kelurahan and kecamatan, the parents, the class); a Philippine PWD registry
(the PWD ID number, the PhilSys number, last, first and middle names, the kind and cause of the
disability, street, barangay, city and province, the guardian, the ID's expiry); the Thai
conscription register, สด.1, in Thai script with Buddhist-era dates (the id with its mod-11
digit, the father and mother, the house-register address, the สด.9 number, the draw's result);
and a Pakistani zakat committee's list in Urdu (the CNIC, the father's or husband's name, the
address and district, the committee and its chairman, the kind of aid, the amount, the status).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind142_writers import WRITERS_BLIND142
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND142: tuple[Shape, ...] = (
    _shape(
        "so_theo_doi_cam_do_bao_cong_an_phuong_vn142",
        "STT=row | Ngay cam=date@%d/%m/%Y | Ho ten nguoi cam=full_name:full_name_ascii"
        " | Ngay sinh=birth_date@%d/%m/%Y | So CCCD=cccd | Noi o hien nay=address:address_ascii"
        " | Dien thoai=phone | Tai san cam co=-:pawn_item142"
        " | Dac diem nhan dang (so khung/IMEI)=-:pawn_mark142"
        " | Gia tri dinh gia (d)=-:pawn_value142 | So tien cho vay (d)=-:pawn_loan142"
        " | Lai suat %/thang=-:pawn_rate142 | Han chuoc=-:pawn_due142"
        " | Tinh trang=-:pawn_status142 | Nguoi nhan cam=-:pawn_clerk142",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "cap_gao_cuu_doi_giap_hat_xa_vn142",
        "STT=row | Họ và tên chủ hộ=full_name | Ngày/tháng/năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Nơi ở=address"
        " | Diện hộ=-:rice_kind142 | Số nhân khẩu=-:rice_members142"
        " | Số gạo được hỗ trợ (kg)=-:rice_kg142 | Ngày nhận=date@%d/%m/%Y"
        " | Người nhận thay=-:rice_proxy142 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "thi_sinh_chung_chi_ung_dung_cntt_co_ban_vn142",
        "STT=row | SBD=-:it_sbd142 | Họ và tên thí sinh=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Nơi sinh=-:it_birthplace142 | Giới tính=sex"
        " | Số CCCD=cccd | Đơn vị công tác=-:it_work142 | Email=email | ĐT liên hệ=phone"
        " | Điểm LT=-:it_theory142 | Điểm TH=-:it_practice142 | Kết quả=-:it_result142"
        " | Số hiệu CC=-:it_cert142 | Ngày thi=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "khach_hang_dien_mat_troi_mai_nha_dau_noi_vn142",
        "TT=row | Mã KH=-:pv_customer142 | Tên khách hàng=full_name"
        " | CCCD/ĐDCN=cccd:cccd_spaced | Ngày sinh=birth_date@%d-%m-%Y"
        " | Địa chỉ liên hệ=address | Vị trí lắp đặt hệ thống=-:pv_site142"
        " | Số ĐT=phone:phone_dotted | Công suất (kWp)=-:pv_kwp142 | Số tấm pin=-:pv_panels142"
        " | Inverter=-:pv_inverter142 | Hình thức=-:pv_mode142"
        " | Ngày đấu nối=date@%d/%m/%Y | Tình trạng hồ sơ=-:pv_status142",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "eshram_panjikaran_shramik_in142",
        "क्र.सं.=row | UAN / यूएएन=-:uan_in142 | आधार संख्या / Aadhaar No.=national_id:aadhaar_in142"
        " | श्रमिक का नाम / Name=full_name:in_name142"
        " | पिता/पति का नाम=-:in_father142 | जन्म तिथि / DOB=birth_date@%d/%m/%Y"
        " | लिंग=sex:sex_in142 | मोबाइल नं.=phone:in_mobile142"
        " | व्यवसाय (NCO कोड)=-:in_occupation142 | स्थायी पता=address:in_addr142"
        " | ज़िला=district:in_district142 | राज्य=state:in_state142 | पिन कोड=postcode:in_pin142"
        " | बैंक खाता सं.=-:in_account142 | IFSC=-:in_ifsc142"
        " | नामिती (Nominee)=-:in_nominee142 | पंजीकरण तिथि=date@%d-%m-%Y",
        english=True,
    ),
    _shape(
        "daftar_peserta_didik_dapodik_smp_id142",
        "No=row | Nama=full_name:id_name142 | NIPD=-:id_nipd142 | JK=sex:sex_id142"
        " | NISN=-:id_nisn142 | Tempat Lahir=-:id_pob142 | Tanggal Lahir=birth_date@%Y-%m-%d"
        " | NIK=national_id:nik_id142 | Agama=-:id_religion142 | Alamat=street:id_street142"
        " | RT=-:id_rt142 | RW=-:id_rw142 | Kelurahan=ward:id_kel142"
        " | Kecamatan=district:id_kec142 | HP=phone:id_hp142 | Nama Ayah=-:id_father142"
        " | Nama Ibu=-:id_mother142 | Rombel Saat Ini=-:id_class142",
        english=True,
        delimiter=";",
    ),
    _shape(
        "pwd_registry_pdao_ph142",
        "No.=row | PWD ID No.=-:pwd_id_ph142 | PhilSys No. (PSN)=national_id:psn_ph142"
        " | Last Name=family_name:ph_family142 | First Name=given_name:ph_given142"
        " | Middle Name=-:ph_middle142 | Date of Birth=birth_date@%m/%d/%Y | Sex=sex:sex_ph142"
        " | Type of Disability=-:ph_disability142 | Cause of Disability=-:ph_cause142"
        " | House No./Street=street:ph_street142 | Barangay=suburb:ph_brgy142"
        " | Municipality/City=district:ph_city142 | Province=state:ph_prov142"
        " | Mobile No.=phone:ph_mobile142 | Guardian / Contact Person=-:ph_guardian142"
        " | Date Applied=date@%m/%d/%Y | ID Valid Until=-:ph_until142",
        english=True,
        file="xlsx",
    ),
    _shape(
        "banchi_thahan_kong_koet_sd1_th142",
        "ลำดับที่=row | เลขประจำตัวประชาชน=national_id:pid_th142 | ชื่อ=given_name:th_given142"
        " | ชื่อสกุล=family_name:th_family142 | เกิดวันที่=birth_date:th_birth142"
        " | ชื่อบิดา=-:th_father142 | ชื่อมารดา=-:th_mother142"
        " | ที่อยู่ตามทะเบียนบ้าน=address:th_addr142 | รหัสไปรษณีย์=postcode:th_zip142"
        " | โทรศัพท์=phone:th_phone142 | วันที่ลงบัญชี=date:th_date142"
        " | ใบสำคัญ สด.9 เลขที่=-:th_sd9_142 | ผลการตรวจเลือก=-:th_result142",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "fehrist_mustahiqeen_zakat_committee_pk142",
        "نمبر شمار=row | نام مستحق=full_name:pk_name142 | ولدیت / زوجیت=-:pk_father142"
        " | شناختی کارڈ نمبر=national_id:cnic_pk142 | تاریخ پیدائش=birth_date@%d-%m-%Y"
        " | جنس=sex:sex_pk142 | مکمل پتہ=address:pk_addr142 | ضلع=district:pk_district142"
        " | موبائل نمبر=phone:pk_phone142 | مقامی زکوٰۃ کمیٹی=-:pk_lzc142"
        " | چیئرمین=-:pk_chair142 | قسم امداد=-:pk_aid142 | رقم (روپے)=-:pk_amount142"
        " | تاریخ ادائیگی=date@%d/%m/%Y | کیفیت=-:pk_status142",
        english=True,
        encoding="utf-8-sig",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "aadhaar_in142",
    "nik_id142",
    "psn_ph142",
    "pid_th142",
    "cnic_pk142",
)
SEX_HOLDS: tuple[str, ...] = ("sex_in142", "sex_id142", "sex_ph142", "sex_pk142")
NAME_HOLDS = frozenset(
    {"in_name142", "id_name142", "ph_family142", "ph_given142", "th_given142"}
    | {"th_family142", "pk_name142"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "in_mobile142",
    "id_hp142",
    "ph_mobile142",
    "th_phone142",
    "pk_phone142",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("in_addr142",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND142",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND142",
]
