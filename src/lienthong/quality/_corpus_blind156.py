"""The hundred-and-fifty-sixth part of the outside corpus, **blind 156** (written 22:30 UTC,
2026-12-06, never used for tuning): person files a forest management board, a district health
centre's palliative-care team, a national university's testing centre, a Mekong delta commune, an
Indonesian religious affairs office, a Sabah city hall, Brunei's job centre, a Mindanao labour
office and a Singapore active ageing centre could hand over. Four Vietnamese files: a forest
management board's list of households paid for forest environmental services in Windows-1258 with
semicolons (the sub-compartment, the plot, the area, the rate, the amount, how it was paid, the
account, the group head, a blank signature column); a home palliative-care list in UTF-16 with tabs
(the patient code, the health insurance card, the ICD-10 diagnosis, the pain score, ECOG, the main
carer with relationship and phone, the doctor, the last visit, the time last updated); a
competence-assessment test's candidate list in Excel (the candidate number, the high school and its
code, the site, the sitting, the room, the score); and a commune's list of households given water
tanks in the drought and salinity season in UTF-8 with a BOM (the hamlet, the commune alone, the
household size, the category, the tank, the proxy receiver).
Five foreign files: an Indonesian hajj waiting list in Excel (the NIK with 40 added to a woman's
day, the portion number, bin/binti, place of birth, the address with RT/RW, kelurahan and
kecamatan, the city, the embarkation, the status); a Kota Kinabalu hawker licence list in UTF-8
with tabs (the MyKad with a Sabah place code, ethnicity, the kampung address with its postcode,
the stall site, the licence, the fee); a Brunei JobCentre register in Windows-1252 with
semicolons and Malay/English headers (the IC with its colour, the address with kampung and mukim,
the daerah, the postcode, the qualification, the employer placed with); a Davao TUPAD payroll in
UTF-8 (last, first, middle name and extension apart, purok, barangay, city and province apart, the
PhilSys number, the ID presented, the microinsurance beneficiary, the wage); and a Singapore
active ageing centre's member list in UTF-8 with a BOM (the NRIC with its check letter, the HDB
block and unit apart, the postal code, the dialect, the next of kin, the CHAS card).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind156_writers import WRITERS_BLIND156
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND156: tuple[Shape, ...] = (
    _shape(
        "chi_tra_dich_vu_moi_truong_rung_ban_qlr_vn156",
        "TT=row | Họ và tên chủ rừng (hộ nhận khoán)=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Địa chỉ=address | Tiểu khu=-:forest156 | Khoảnh, lô=-:khoanh156"
        " | Diện tích (ha)=-:area156 | Đơn giá (đ/ha/năm)=-:rate156"
        " | Thành tiền (đồng)=-:money156 | Hình thức chi trả=-:payway156"
        " | Số tài khoản=-:account156 | Tổ trưởng tổ BVR=-:head156"
        " | Ngày chi trả=date@%d/%m/%Y | Ký nhận=-:sign156",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "benh_nhan_cham_soc_giam_nhe_tai_nha_ttyt_vn156",
        "STT=row | Mã BN=-:patient156 | Họ tên người bệnh=full_name | Giới=sex"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số ĐDCN=cccd | Số thẻ BHYT=bhyt"
        " | Chẩn đoán (ICD-10)=-:icd156 | Mức độ đau (VAS)=-:pain156 | Thể trạng=-:ecog156"
        " | Nơi ở hiện tại=address | Người chăm sóc chính=-:carer156"
        " | Quan hệ với NB=-:carer_rel156 | SĐT người chăm sóc=-:carer_phone156"
        " | BS/ĐD phụ trách=-:doctor156 | Ngày thăm gần nhất=date@%d/%m/%Y"
        " | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "thi_sinh_du_thi_danh_gia_nang_luc_dhqg_vn156",
        "STT=row | Số báo danh=-:sbd156 | Họ và tên thí sinh=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Trường THPT (lớp 12)=-:high156"
        " | Mã trường=-:high_code156 | Điện thoại=phone | Email=email"
        " | Địa điểm dự thi=-:site156 | Đợt thi=-:sitting156 | Phòng thi=-:room156"
        " | Ngày thi=date@%d/%m/%Y | Điểm bài thi (/1200)=-:score156",
        file="xlsx",
    ),
    _shape(
        "ho_nhan_bon_chua_nuoc_mua_han_man_xa_vn156",
        "STT=row | Họ tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | CCCD=cccd:cccd_spaced | Ấp=-:ap156 | Xã=ward:xa156 | Số nhân khẩu=-:members156"
        " | Đối tượng=-:kind156 | Loại hỗ trợ=-:tank156 | SĐT=phone"
        " | Ngày nhận=date@%d/%m/%Y | Người nhận thay=-:proxy156 | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
    ),
    _shape(
        "daftar_tunggu_calon_jemaah_haji_kemenag_id156",
        "No=row | Nomor Porsi=-:porsi_id156 | Nama Jemaah=full_name:name_id156"
        " | Bin/Binti=-:father_id156 | Tempat Lahir=-:pob_id156"
        " | Tanggal Lahir=birth_date@%d-%m-%Y | L/P=sex:sex_id156 | NIK=national_id:nik_id156"
        " | Alamat=address:alamat_id156 | Kab/Kota=district:kota_id156"
        " | No. HP=phone:phone_id156 | Tgl. Daftar=date@%d-%m-%Y"
        " | Embarkasi=-:embark_id156 | Status Pelunasan=-:status_id156",
        english=True,
        file="xlsx",
    ),
    _shape(
        "permohonan_lesen_penjaja_dbkk_sabah_my156",
        "Bil=row | No. K/P (MyKad)=national_id:mykad_my156 | Nama Pemohon=full_name:name_my156"
        " | Tarikh Lahir=birth_date@%d/%m/%Y | Jantina (L/P)=sex:sex_my156"
        " | Bangsa/Etnik=-:ethnic_my156 | Alamat Surat-menyurat=address:address_my156"
        " | Poskod=postcode:postcode_my156 | Daerah=district:daerah_my156"
        " | No. Tel (H/P)=phone:phone_my156 | Jenis Perniagaan=-:trade_my156"
        " | Lokasi Tapak/Gerai=-:site_my156 | No. Lesen=-:licence_my156"
        " | Fi Lesen (RM)=-:fee_my156 | Tarikh Mohon=date@%d/%m/%Y | Status=-:status_my156",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "daftar_pencari_kerja_jobcentre_brunei_bn156",
        "Bil.=row | No. Kad Pengenalan=national_id:ic_bn156 | Warna KP=-:colour_bn156"
        " | Nama Penuh (Full Name)=full_name:name_bn156 | Jantina=sex:sex_bn156"
        " | Tarikh Lahir (DOB)=birth_date@%d-%m-%Y | Alamat Rumah=address:addr_bn156"
        " | Daerah=district:daerah_bn156 | Poskod=postcode:poskod_bn156"
        " | No. Tel. Bimbit=phone:phone_bn156 | Kelulusan Tertinggi=-:qual_bn156"
        " | Bidang Dipohon=-:field_bn156 | Majikan Ditempatkan=-:employer_bn156"
        " | Tarikh Daftar=date@%d-%m-%Y | Status=-:status_bn156 | Pegawai=-:officer_bn156",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "tupad_payroll_dole_davao_ph156",
        "No.=row | Last Name / Apelyido=family_name:ph_family156"
        " | First Name / Pangalan=given_name:ph_given156 | Middle Name=-:ph_middle156"
        " | Ext. Name=-:ph_ext156 | Birthdate (mm/dd/yyyy)=birth_date@%m/%d/%Y"
        " | Sex=sex:sex_ph156 | Civil Status=-:civil_ph156 | Street/Purok=street:purok_ph156"
        " | Barangay=suburb:brgy_ph156 | City/Municipality=district:city_ph156"
        " | Province=province:prov_ph156 | PhilSys Number (PSN)=national_id:psn_ph156"
        " | Contact No.=phone:phone_ph156 | Type of ID=-:idtype_ph156 | ID No.=-:idno_ph156"
        " | Type of Work=-:work_ph156 | Beneficiary (Micro-insurance)=-:benef_ph156"
        " | Amount (PHP)=-:wage_ph156 | Date of Payout=date@%m/%d/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "active_ageing_centre_members_sg156",
        "S/N=row | Name (as per NRIC)=full_name:name_sg156 | NRIC=national_id:nric_sg156"
        " | DOB=birth_date@%d %b %Y | Gender=sex:sex_sg156 | Race=-:race_sg156"
        " | Dialect / Language=-:lang_sg156 | Block & Street=street:street_sg156"
        " | Unit=-:unit_sg156 | Postal Code=postcode:postal_sg156"
        " | Contact (Hp/Home)=phone:phone_sg156 | Living Arrangement=-:living_sg156"
        " | NOK Name=-:nok_sg156 | NOK Relationship=-:nok_rel_sg156"
        " | NOK Contact=-:nok_phone_sg156 | CHAS Card=-:chas_sg156"
        " | Date Enrolled=date@%d %b %Y",
        english=True,
        encoding="utf-8-sig",
    ),
)

#: How a 31 February reads in the member list's day-month-name-year dates.
INVALID_DAY: dict[str, str] = {"%d %b %Y": "31 Feb {y}"}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "nik_id156",
    "mykad_my156",
    "ic_bn156",
    "psn_ph156",
    "nric_sg156",
)
SEX_HOLDS: tuple[str, ...] = ("sex_id156", "sex_my156", "sex_bn156", "sex_ph156", "sex_sg156")
NAME_HOLDS = frozenset(
    {"name_id156", "name_my156", "name_bn156", "ph_family156", "ph_given156", "name_sg156"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_id156",
    "phone_my156",
    "phone_bn156",
    "phone_ph156",
    "phone_sg156",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("alamat_id156", "address_my156", "addr_bn156")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND156",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND156",
]
