"""The ninety-fifth part of the outside corpus, **blind 95** (written 16:58 UTC, 2026-12-06, never
used for tuning): person files a ward's Party committee, a commune tax team, a garment company's
social insurance desk, a university's IT testing centre, Kuala Lumpur City Hall's public housing
division, a Singapore Social Service Office, a Sleman puskesmas, a Chiang Mai hospital and a Takeo
referral hospital's Health Equity Fund desk could hand over. Four Vietnamese files: a ward Party
committee's list of members whose Party membership is transferred out, in Excel (real Excel
dates of birth, of joining and of becoming full members, the hometown, the Party card number,
the cell they leave, the Party organisation they go to, why, the letter of introduction and its
date); a commune's roll of non-agricultural land use tax in Windows-1258 with semicolons and
unaccented capital headers (the tax code, the CCCD, the address the notice goes to apart from
where the plot lies, the map sheet and parcel, the area with a decimal comma, the area within
the limit, the price per m2, the tax, the relief, the year and the due day); a garment company's
list of maternity benefit claims in UTF-16 with tabs (workers born 1980 to 2004 with CCCDs to
match, the BHXH number, the team, the condition: birth, antenatal visit, miscarriage or a man
whose wife gave birth, the leave's first and last days and its length, the child's birth day,
the average wage and the sum claimed, the bank account); and an IT testing centre's results of
the basic IT skills exam in UTF-8 with a BOM (the candidate number, the place of birth, the CCCD,
a dotted phone, the e-mail, the workplace, the room and session, the theory and practice marks
with decimal commas, the result, the certificate number, the exam day).
Five foreign files: a Kuala Lumpur City Hall list of PPR flat tenants in UTF-8 with Malay headers
(the rent account, Malay names with bin/binti, Chinese names and Indian names with a/l and a/p,
the MyKad with its birth date, birth place code and a last digit odd for men, ``dd-mm-yyyy``
dates, the flat's full address with block, floor and unit, the poskod, ``012-345 6789`` phones,
the spouse and her or his MyKad, the household's income, the rent, the arrears); a Singapore
Social Service Office's ComCare cases in UTF-8 (the case reference, names in capitals as the NRIC
writes them, the NRIC with its check letter, the race, the marital status, the block and street
apart from the unit number and the postal code, ``9123 4567`` phones, the scheme, the per capita
income, the monthly cash, the period, who referred them, the officer); a Sleman puskesmas's
Posbindu non-communicable disease screening register in UTF-8 with semicolons and Indonesian
headers (the NIK with a woman's day plus 40, the 13-digit BPJS Kesehatan card number, the age,
L/P, the street line with RT/RW apart, the desa, ``0812-3456-7890`` phones, the blood pressure,
the blood sugar, cholesterol, height, weight and BMI with decimal commas, the waist, smoking, the
follow-up, the cadre or health worker); a Chiang Mai hospital's outpatient register in UTF-8
with Thai headers (the HN, the 13-digit ID with its check digit, with and without dashes, the
title apart from the name, Buddhist-era dates, house number and moo, tambon, amphoe, changwat
and postcode, the treatment right, the registered primary unit, the clinic, the ICD-10
diagnosis, the person to call in an emergency and her or his phone); and a Takeo referral
hospital's Health Equity Fund patient list in Excel with Khmer headers (the patient code, Khmer
names, ``dd-mm-yyyy`` dates, the 9-digit ID card number, the IDPoor household number built on the
village's code, village, commune, district and province apart, the admission and discharge days,
the ward, the diagnosis, the cost and the transport allowance in riel, the carer and the carer's
phone).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind95_writers import WRITERS_BLIND95
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND95: tuple[Shape, ...] = (
    _shape(
        "chuyen_sinh_hoat_dang_chinh_thuc_vn95",
        "STT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date:excel_date"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Quê quán=-:hometown95"
        " | Nơi cư trú hiện nay=address | Ngày vào Đảng=date:joined95"
        " | Ngày chính thức=date:official95 | Số thẻ đảng viên=-:card95"
        " | Chi bộ đang sinh hoạt=-:cell95 | Chuyển đến=-:to_party95 | Lý do chuyển=-:reason95"
        " | Số giấy giới thiệu=-:letter95 | Ngày giới thiệu=date:excel_event"
        " | SĐT liên hệ=phone",
        file="xlsx",
    ),
    _shape(
        "so_bo_thue_sd_dat_phi_nong_nghiep_vn95",
        "STT=row | MA SO THUE=mst | TEN NGUOI NOP THUE=full_name | SO CCCD=cccd"
        " | DIA CHI NHAN THONG BAO=address | TO BD SO=-:sheet95 | THUA SO=-:parcel95"
        " | VI TRI THUA DAT=-:plot95 | DT SU DUNG (M2)=-:area95 | DT TRONG HAN MUC=-:within95"
        " | GIA 1 M2 (D)=-:price95 | THUE PHAI NOP (D)=-:tax95 | MIEN GIAM (D)=-:relief95"
        " | NAM TINH THUE=-:tax_year95 | HAN NOP=date:due95 | SDT=phone:phone_spaced",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "giai_quyet_che_do_thai_san_vn95",
        "STT=row | Họ và tên=full_name | Mã số BHXH=bhxh | Ngày sinh=birth_date:worker_birth95"
        " | Giới tính=sex | Số CCCD=cccd:worker_cccd95 | Bộ phận=-:dept95"
        " | Điều kiện hưởng=-:cond95 | Từ ngày=date:from95 | Đến ngày=date:to95"
        " | Số ngày nghỉ=-:days95 | Ngày sinh con=date:child95 | Số con=-:children95"
        " | Tiền lương BQ 6 tháng (đồng)=-:wage95 | Số tiền đề nghị (đồng)=-:claim95"
        " | Số tài khoản=-:account95 | Ngân hàng=-:bank95 | Ghi chú=-:note95",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ket_qua_thi_ung_dung_cntt_co_ban_vn95",
        "STT=row | SBD=-:sbd95 | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Nơi sinh=-:birthplace95 | Giới tính=sex | Số CCCD=cccd | Điện thoại=phone:phone_dotted"
        " | Email=email | Đơn vị công tác=-:employer95 | Phòng thi=-:room95 | Ca thi=-:shift95"
        " | Điểm LT=-:theory95 | Điểm TH=-:practice95 | Kết quả=-:result95"
        " | Số hiệu chứng chỉ=-:certno95 | Ngày thi=date@%d/%m/%Y",
        encoding="utf-8-sig",
    ),
    _shape(
        "penyewa_ppr_dbkl_my95",
        "Bil.=row | No. Akaun Sewa=-:acct_my95 | Nama Penyewa=full_name:name_my95"
        " | No. MyKad=national_id:mykad_my95 | Tarikh Lahir=birth_date@%d-%m-%Y"
        " | Jantina=sex:sex_my95 | Bangsa=-:race_my95 | Alamat Unit=address:unit_my95"
        " | Poskod=postcode:pc_my95 | No. Tel. Bimbit=phone:phone_my95"
        " | Pekerjaan=-:job_my95 | Pendapatan Isi Rumah (RM)=-:income_my95"
        " | Bil. Penghuni=-:occupants_my95 | Nama Pasangan=-:spouse_my95"
        " | No. MyKad Pasangan=-:spouse_ic_my95 | Sewa Bulanan (RM)=-:rent_my95"
        " | Tunggakan (RM)=-:arrears_my95 | Tarikh Masuk=date@%d-%m-%Y"
        " | Status Penyewaan=-:status_my95",
        english=True,
    ),
    _shape(
        "comcare_cases_sso_sg95",
        "S/No=row | Case Ref.=-:case_sg95 | Name (as in NRIC)=full_name:name_sg95"
        " | NRIC No.=national_id:nric_sg95 | Date of Birth=birth_date@%d/%m/%Y"
        " | Gender=sex:sex_sg95 | Race=-:race_sg95 | Marital Status=-:marital_sg95"
        " | Blk & Street Name=street:street_sg95 | Unit No.=-:unit_sg95"
        " | Postal Code=postcode:postal_sg95 | Mobile No.=phone:phone_sg95"
        " | Household Size=-:hh_sg95 | Per Capita Income (S$)=-:pci_sg95"
        " | Assistance Type=-:scheme_sg95 | Monthly Cash (S$)=-:cash_sg95"
        " | Period From=date@%d/%m/%Y | Period To=date:to_sg95 | Referred By=-:referral_sg95"
        " | SSO Officer=-:officer_sg95",
        english=True,
    ),
    _shape(
        "register_posbindu_ptm_puskesmas_id95",
        "No=row | NIK=national_id:nik_id95 | No. Kartu BPJS/KIS=-:bpjs_id95"
        " | Nama Peserta=full_name:name_id95 | Tgl Lahir=birth_date@%d/%m/%Y | Umur=-:age_id95"
        " | L/P=sex:sex_id | Alamat=street:street_id95 | RT/RW=-:rtrw_id95"
        " | Desa=suburb:desa_id95 | No. HP/WA=phone:phone_id95 | Tgl Periksa=date@%d/%m/%Y"
        " | TD (mmHg)=-:bp_id95 | GDS (mg/dL)=-:gds_id95 | Kolesterol (mg/dL)=-:chol_id95"
        " | TB (cm)=-:height_id95 | BB (kg)=-:weight_id95 | IMT=-:bmi_id95"
        " | Lingkar Perut (cm)=-:waist_id95 | Merokok=-:smoke_id95"
        " | Tindak Lanjut=-:action_id95 | Petugas=-:kader_id95",
        english=True,
        delimiter=";",
    ),
    _shape(
        "thabian_phu_puai_nok_rongphayaban_th95",
        "ลำดับ=row | HN=-:hn_th95 | เลขบัตรประชาชน=national_id:pid_th95"
        " | คำนำหน้า=-:title_th95 | ชื่อ-สกุล=full_name:name_th95 | วันเกิด=birth_date:birth_th95"
        " | อายุ=-:age_th95 | เพศ=sex:sex_th95 | ที่อยู่=street:house_th95"
        " | ตำบล=suburb:tambon_th95 | อำเภอ=district:amphoe_th95"
        " | จังหวัด=state:changwat_th95 | รหัสไปรษณีย์=postcode:post_th95"
        " | เบอร์โทรศัพท์=phone:phone_th95 | สิทธิการรักษา=-:right_th95"
        " | หน่วยบริการประจำ=-:mainhosp_th95 | วันที่รับบริการ=date:visit_th95"
        " | แผนก=-:clinic_th95 | วินิจฉัยหลัก (ICD-10)=-:dx_th95"
        " | ผู้ติดต่อกรณีฉุกเฉิน=-:contact_th95 | เบอร์ผู้ติดต่อ=-:contact_phone_th95",
        english=True,
    ),
    _shape(
        "mulnithi_samathor_akhnakchumngu_kh95",
        "ល.រ=row | លេខកូដអ្នកជំងឺ=-:pcode_kh95 | ឈ្មោះអ្នកជំងឺ=full_name:name_kh95"
        " | ភេទ=sex:sex_kh95 | ថ្ងៃខែឆ្នាំកំណើត=birth_date@%d-%m-%Y | អាយុ=-:age_kh95"
        " | លេខអត្តសញ្ញាណប័ណ្ណ=national_id:id_kh95 | លេខប័ណ្ណសមធម៌ (IDPoor)=-:idpoor_kh95"
        " | ភូមិ=-:village_kh95 | ឃុំ/សង្កាត់=suburb:commune_kh95"
        " | ស្រុក/ក្រុង=district:district_kh95 | ខេត្ត=state:province_kh95"
        " | លេខទូរស័ព្ទ=phone:phone_kh95 | ថ្ងៃចូលសម្រាកពេទ្យ=date@%d-%m-%Y"
        " | ថ្ងៃចេញពីពេទ្យ=date:discharge_kh95 | ផ្នែក=-:ward_kh95 | រោគវិនិច្ឆ័យ=-:dx_kh95"
        " | ថ្លៃព្យាបាល (រៀល)=-:cost_kh95 | ប្រាក់ឧបត្ថម្ភធ្វើដំណើរ (រៀល)=-:transport_kh95"
        " | អ្នកកំដរ=-:carer_kh95 | ទូរស័ព្ទអ្នកកំដរ=-:carer_phone_kh95",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "mykad_my95",
    "nric_sg95",
    "nik_id95",
    "pid_th95",
    "id_kh95",
)
SEX_HOLDS: tuple[str, ...] = ("sex_my95", "sex_sg95", "sex_th95", "sex_kh95")
NAME_HOLDS = frozenset({"name_my95", "name_sg95", "name_id95", "name_th95", "name_kh95"})
PHONE_HOLDS: tuple[str, ...] = (
    "phone_my95",
    "phone_sg95",
    "phone_id95",
    "phone_th95",
    "phone_kh95",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("unit_my95",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND95",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND95",
]
