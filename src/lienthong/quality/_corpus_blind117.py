"""The hundred-and-seventeenth part of the outside corpus, **blind 117** (written 19:30 UTC,
2026-12-06, never used for tuning): person files a ward's justice desk, a university's admission
office, a garment factory's occupational health unit, a district trade union, an Indonesian
polling station committee, a Philippine city social welfare office, a Thai provincial social
security office, a Cambodian garment factory and Brunei's national housing department could hand
over. Four Vietnamese files: a ward's book of signature authentications in Windows-1258 with
semicolons (the authentication number and date, the paper signed, the signing officer, the fee);
a university's list of admission applicants in Excel (the candidate number, the high school and
its code, the priority area and group, the subject combination, the score, the major and its code,
the wish order); a factory's periodic health check in UTF-16 with tabs (the staff number, the
team, height, weight, blood pressure, the health class, the conclusion, the doctor, the time last
updated); and a trade union's list of workers going home for Tết on the spring train in UTF-8
with a BOM (the company, the home province, the station, the carriage and seat, companions, a
relative and their phone).
Five foreign files: an Indonesian permanent voters' list (DPT) in UTF-8 with upper-case headers
(the family card number beside the NIK whose birth day is plus 40 for women, place of birth, RT
and RW apart, kelurahan and kecamatan, the polling station); a Philippine solo parent ID register
in Excel (the PhilSys number, the solo parent ID number, surname, first and middle name apart,
barangay, city and province, the category, the youngest child, the social worker); a Thai list of
Section 40 social security members in UTF-8 with Thai headers (the 13-digit number with its check
digit, the title, Buddhist-era dates of birth and application, the option and the monthly dues,
the address in one cell, the beneficiary); a Cambodian factory's NSSF staff list in UTF-8 with a
BOM and Khmer/English headers (the Khmer ID card number, the name in Khmer and in Latin letters,
the place of birth, the address from village to province, the position, the wage in dollars, the
bank account); and a Bruneian national housing scheme applicants' list in Windows-1252 with
Malay/English headers (the IC number and its colour, the name with bin/binti, the district and
postcode, the spouse and their IC, the income, the employer, the status).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind117_writers import WRITERS_BLIND117
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND117: tuple[Shape, ...] = (
    _shape(
        "so_chung_thuc_chu_ky_ubnd_phuong_vn117",
        "STT=row | Số chứng thực=-:certno117 | Ngày chứng thực=date@%d/%m/%Y"
        " | Họ tên người yêu cầu chứng thực=full_name | Số CCCD/Hộ chiếu=cccd"
        " | Ngày sinh=birth_date@%d/%m/%Y | Nơi cư trú=address"
        " | Tên giấy tờ, văn bản được chứng thực=-:paper117"
        " | Người ký chứng thực=-:signer117 | Lệ phí (đ)=-:fee117 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "thi_sinh_dang_ky_xet_tuyen_dai_hoc_vn117",
        "TT=row | Số báo danh=-:sbd117 | Họ và tên thí sinh=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CMND/CCCD=cccd"
        " | Mã trường THPT=-:hs_code117 | Tên trường THPT lớp 12=-:hs_name117"
        " | Khu vực ƯT=-:area117 | Đối tượng ƯT=-:object117 | Tổ hợp XT=-:combo117"
        " | Điểm XT=-:score117 | Mã ngành=-:major_code117 | Tên ngành=-:major117"
        " | TT NV=-:wish117 | Địa chỉ liên hệ=address | ĐT di động=phone | Email=email",
        file="xlsx",
    ),
    _shape(
        "kham_suc_khoe_dinh_ky_cong_nhan_vn117",
        "STT=row | Mã NV=-:empno117 | Họ tên=full_name | Nam/Nữ=sex"
        " | Ngày sinh=birth_date@%d-%m-%Y | CCCD=cccd:cccd_spaced | Bộ phận=-:dept117"
        " | Chiều cao (cm)=-:height117 | Cân nặng (kg)=-:weight117"
        " | Huyết áp (mmHg)=-:bp117 | Phân loại SK=-:class117 | Kết luận=-:concl117"
        " | BS kết luận=-:doctor117 | Số BHXH=bhxh | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "chuyen_tau_mua_xuan_cong_doan_vn117",
        "TT=row | Họ và tên ĐVCĐ=full_name | Ngày tháng năm sinh=birth_date@%d/%m/%Y | CCCD=cccd"
        " | Đơn vị (Công ty)=-:firm117 | Quê quán=-:hometown117 | Ga đến=-:station117"
        " | Toa/Ghế=-:seat117 | Ngày khởi hành=date@%d/%m/%Y | Số người đi cùng=-:companion117"
        " | Người thân liên hệ=-:kin117 | SĐT người thân=-:kin_phone117 | SĐT=phone"
        " | Chỗ ở hiện nay=address",
        encoding="utf-8-sig",
    ),
    _shape(
        "daftar_pemilih_tetap_tps_id117",
        "NO=row | NKK=-:nkk_id117 | NIK=national_id:nik_id117 | NAMA=full_name:name_id117"
        " | TEMPAT LAHIR=-:pob_id117 | TANGGAL LAHIR=birth_date@%d-%m-%Y"
        " | STATUS PERKAWINAN=-:marital_id117 | JENIS KELAMIN=sex:sex_id117"
        " | ALAMAT=street:street_id117 | RT=-:rt_id117 | RW=-:rw_id117"
        " | KELURAHAN/DESA=ward:kel_id117 | KECAMATAN=district:kec_id117"
        " | DISABILITAS=-:disab_id117 | TPS=-:tps_id117 | KETERANGAN=-:note_id117",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "solo_parent_id_registry_cswdo_ph117",
        "No.=row | Solo Parent ID No.=-:spid_ph117 | PhilSys Number (PSN)=national_id:psn_ph117"
        " | Surname=family_name:family_ph117 | First Name=given_name:given_ph117"
        " | Middle Name=-:middle_ph117 | Sex=sex:sex_ph117 | Date of Birth=birth_date@%m/%d/%Y"
        " | House No./Street/Purok=street:street_ph117 | Barangay=suburb:brgy_ph117"
        " | City/Municipality=district:city_ph117 | Province=state:prov_ph117"
        " | Mobile No.=phone:phone_ph117 | Category=-:cat_ph117 | No. of Children=-:kids_ph117"
        " | Name of Youngest Child=-:child_ph117 | Date Issued=date@%m/%d/%Y"
        " | Interviewed by=-:swo_ph117",
        english=True,
        file="xlsx",
    ),
    _shape(
        "phu_prakan_ton_matra_40_th117",
        "ลำดับ=row | เลขประจำตัวประชาชน=national_id:pid_th117 | คำนำหน้า=-:title_th117"
        " | ชื่อ=given_name:given_th117 | นามสกุล=family_name:family_th117"
        " | วัน/เดือน/ปีเกิด=birth_date:birth_th117 | อาชีพ=-:job_th117"
        " | ทางเลือก=-:option_th117 | เงินสมทบ (บาท/เดือน)=-:dues_th117"
        " | ที่อยู่=address:addr_th117 | รหัสไปรษณีย์=postcode:post_th117"
        " | โทรศัพท์มือถือ=phone:phone_th117 | วันที่สมัคร=date:applied_th117"
        " | ผู้รับผลประโยชน์=-:benef_th117",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "bonjii_bokkolek_nssf_rongchakr_kh117",
        "ល.រ / No.=row | លេខអត្តសញ្ញាណប័ណ្ណ / ID Card No.=national_id:id_kh117"
        " | គោត្តនាម និងនាម / Name (Khmer)=full_name:name_kh117"
        " | ឈ្មោះឡាតាំង / Latin Name=-:latin_kh117 | ភេទ / Sex=sex:sex_kh117"
        " | ថ្ងៃខែឆ្នាំកំណើត / Date of Birth=birth_date@%d/%m/%Y"
        " | ទីកន្លែងកំណើត / Place of Birth=-:pob_kh117"
        " | អាសយដ្ឋានបច្ចុប្បន្ន / Current Address=address:addr_kh117"
        " | លេខទូរស័ព្ទ / Phone=phone:phone_kh117 | លេខ ប.ស.ស / NSSF No.=-:nssf_kh117"
        " | តួនាទី / Position=-:post_kh117 | ថ្ងៃចូលធ្វើការ / Start Date=date@%d/%m/%Y"
        " | ប្រាក់ខែ (USD) / Wage=-:wage_kh117 | គណនីធនាគារ / Bank Account=-:bank_kh117",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "pemohon_skim_perumahan_negara_bn117",
        "Bil.=row | No. Kad Pengenalan / IC No.=national_id:ic_bn117"
        " | Warna KP / IC Colour=-:colour_bn117"
        " | Nama Pemohon / Applicant Name=full_name:name_bn117"
        " | Jantina / Gender=sex:sex_bn117 | Tarikh Lahir / Date of Birth=birth_date@%d/%m/%Y"
        " | Alamat Semasa / Current Address=address:addr_bn117"
        " | Daerah / District=district:daerah_bn117 | Poskod / Postcode=postcode:poskod_bn117"
        " | No. Telefon / Tel. No.=phone:phone_bn117 | Nama Pasangan / Spouse=-:spouse_bn117"
        " | No. KP Pasangan / Spouse IC=-:spouse_ic_bn117"
        " | Pendapatan Bulanan (B$) / Monthly Income=-:income_bn117"
        " | Majikan / Employer=-:employer_bn117 | Tarikh Permohonan / Date Applied=date@%d/%m/%Y"
        " | Status=-:status_bn117",
        english=True,
        encoding="cp1252",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "nik_id117",
    "psn_ph117",
    "pid_th117",
    "id_kh117",
    "ic_bn117",
)
SEX_HOLDS: tuple[str, ...] = ("sex_id117", "sex_ph117", "sex_kh117", "sex_bn117")
NAME_HOLDS = frozenset(
    {"name_id117", "family_ph117", "given_ph117", "given_th117", "family_th117"}
    | {"name_kh117", "name_bn117"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ph117",
    "phone_th117",
    "phone_kh117",
    "phone_bn117",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_kh117", "addr_bn117")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND117",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND117",
]
