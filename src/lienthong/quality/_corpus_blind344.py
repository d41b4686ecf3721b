"""The three-hundred-and-forty-fourth part of the outside corpus, **blind 344** (written 12:40 UTC,
2026-12-07, never used for tuning): person files a ward, a youth union branch, a district's
vocational and continuing education centre, a charity run's organisers, a lower secondary school,
a North Yorkshire council, a Jalisco municipality, a Bandung kelurahan and a Thai tambon
administration could hand over after collecting them through online forms, so that every header
is the whole question people were asked and every answer is as they typed it. Five Vietnamese
files: a ward's Google Forms survey of residents' needs for community services, downloaded from
Google Sheets as UTF-8 CSV ("Dấu thời gian" first, "Họ và tên của bạn?", "Bạn sinh ngày nào?",
the address as typed, the neighbourhood, the household size, the needs ticked); a youth union's
Google Forms sign-up of summer volunteers in Excel (the email Google collected, the CCCD, the
school or employer, the days free, the skills, the T-shirt size, an emergency contact, the
consent to the rules); a Microsoft Forms registration for a digital skills training course in
Excel (ID, start and completion time, the account email, numbered questions, the organisation,
the class chosen); a charity run's Zalo mini-app registrations in UTF-8 with a BOM and semicolons
(the Zalo id and display name, the name for the BIB, the CCCD, the distance, the blood group, the
emergency contact and the donation); and a school's Google Forms reply slip for the parents'
meeting, re-saved from Excel as UTF-16 text with tabs (the parent's name and phone, the pupil's
name, class and birth date, whether they will come and why not).
Four foreign files: a UK council's Local Plan consultation from Google Forms in UTF-8 (Timestamp,
"Email address", "What is your full name?", the date of birth, sex with "Prefer not to say", the
first line of the address, the town and the postcode, the opinion scale and the comment, the data
protection consent); a Mexican municipal programme's Google Form in UTF-8 ("Marca temporal", the
CURP with its check digit as typed, given names and both surnames, the colonia, the postal code,
the municipality, the WhatsApp number, the privacy notice); an Indonesian kelurahan's UMKM training
form in UTF-8 with a BOM (the NIK carrying the birth date, sometimes with Excel's apostrophe, the
family card number, the place of birth, the street with RT/RW, the kelurahan, the WhatsApp
number); and a Thai tambon administration's survey of older residents' needs in UTF-8 (the Thai
locale's Buddhist-era time stamp, the name with its title, the 13-digit citizen id with its mod-11
digit, the house number and village, the tambon, the needs, the carer, the consent).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind344_writers import WRITERS_BLIND344
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND344: tuple[Shape, ...] = (
    _shape(
        "khao_sat_nhu_cau_cu_dan_dich_vu_cong_dong_google_forms_ubnd_phuong_vn344",
        "STT=row | Dấu thời gian=timestamp:gf_ts344 | Họ và tên của bạn?=full_name:vn_typed344"
        " | Bạn sinh ngày nào?=birth_date@%d/%m/%Y | Giới tính của bạn=sex"
        " | Số điện thoại liên hệ (có Zalo)=phone:vn_phone_typed344"
        " | Địa chỉ nơi ở hiện tại (ghi rõ số nhà, đường, phường/xã)=address:vn_addr_typed344"
        " | Bạn đang sinh sống tại khu phố nào?=-:kp344"
        " | Hộ gia đình bạn có bao nhiêu người?=-:members344"
        " | Theo bạn, khu phố đang cần những gì? (có thể chọn nhiều ý)=-:needs344"
        " | Ý kiến khác (nếu có)=-:note_vi",
        encoding="utf-8",
    ),
    _shape(
        "tinh_nguyen_vien_dang_ky_chien_dich_mua_he_xanh_google_forms_doan_phuong_vn344",
        "TT=row | Dấu thời gian=timestamp:gf_ts344 | Địa chỉ email=email"
        " | Họ và tên=full_name:vn_typed344 | Ngày tháng năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Số điện thoại (Zalo)=phone:vn_phone_typed344"
        " | Trường/Đơn vị công tác=-:vol_school344"
        " | Bạn có thể tham gia vào những ngày nào?=-:vol_days344"
        " | Kỹ năng bạn có thể đóng góp=-:vol_skill344 | Size áo=-:size344"
        " | Người liên hệ khi khẩn cấp (Họ tên - SĐT)=-:emerg344"
        " | Tôi đã đọc và đồng ý với nội quy chương trình=-:consent344",
        file="xlsx",
    ),
    _shape(
        "hoc_vien_dang_ky_lop_ky_nang_so_microsoft_forms_trung_tam_gdnn_gdtx_huyen_vn344",
        "ID=row | Start time=timestamp:ms_start344 | Completion time=timestamp:ms_end344"
        " | Email=email | 1. Họ và tên học viên=full_name:vn_typed344"
        " | 2. Ngày sinh=birth_date@%d/%m/%Y | 3. Số CCCD=cccd:cccd_spaced"
        " | 4. Số điện thoại=phone:phone_dotted"
        " | 5. Địa chỉ thường trú=address | 6. Đơn vị công tác=-:ms_org344"
        " | 7. Chức vụ (nếu có)=-:ms_pos344 | 8. Anh/chị đăng ký lớp nào?=-:ms_class344"
        " | 9. Anh/chị đã có tài khoản định danh điện tử mức 2 chưa?=-:ms_yesno344",
        file="xlsx",
    ),
    _shape(
        "van_dong_vien_giai_chay_gay_quy_vi_tre_em_vung_cao_zalo_mini_app_ban_to_chuc_vn344",
        "STT=row | Thời gian gửi=timestamp:zl_sent344 | Zalo ID=-:zl_uid344 | Tên Zalo=-:zl_nick344"
        " | Họ tên VĐV (in trên BIB)=full_name:full_name_caps | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD/Hộ chiếu=cccd | Số điện thoại=phone"
        " | Email nhận mã BIB=email | Cự ly đăng ký=-:dist344 | Size áo=-:size344"
        " | Nhóm máu=-:blood344 | Họ tên người liên hệ khẩn cấp=-:emerg_name344"
        " | SĐT người liên hệ khẩn cấp=-:emerg_phone344 | Số tiền ủng hộ (VNĐ)=-:donate344"
        " | Tôi cam kết đủ sức khỏe để tham gia giải=-:consent344",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "phu_huynh_phan_hoi_giay_moi_hop_phu_huynh_dau_nam_google_forms_truong_thcs_vn344",
        "STT=row | Dấu thời gian=timestamp:gf_ts344 | Họ và tên phụ huynh=full_name:vn_typed344"
        " | Số điện thoại của phụ huynh=phone:vn_phone_typed344"
        " | Địa chỉ gia đình=address:vn_addr_typed344"
        " | Họ và tên học sinh=-:pupil344 | Lớp=-:class344 | Ngày sinh của con=-:pupil_birth344"
        " | Quan hệ với học sinh=-:rel344"
        " | Phụ huynh có tham dự buổi họp ngày 14/9 không?=-:attend344"
        " | Nếu không tham dự, xin cho biết lý do=-:reason344"
        " | Ý kiến, đề xuất của phụ huynh với nhà trường=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "local_plan_consultation_responses_google_forms_council_uk344",
        "Response ID=row | Timestamp=timestamp:uk_ts344 | Email address=email"
        " | What is your full name?=full_name | Are you responding as...=-:uk_as344"
        " | What is your date of birth?=birth_date@%d/%m/%Y | What is your sex?=sex:uk_sex344"
        " | First line of your address=street | Town or village=district:uk_town344"
        " | What is your postcode?=postcode:uk_pc344"
        " | Contact telephone number (optional)=phone:uk_phone344"
        " | To what extent do you agree with the proposed housing allocation at Site HG-12?"
        "=-:uk_agree344 | Please tell us why=-:uk_comment344"
        " | I consent to the Council processing my personal data for the purposes of this"
        " consultation=-:uk_consent344",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "registro_programa_mujeres_emprendedoras_google_forms_municipio_tlaquepaque_mx344",
        "Folio=row | Marca temporal=timestamp:mx_ts344 | Dirección de correo electrónico=email"
        " | CURP (18 caracteres)=national_id:mx_curp344 | Nombre(s)=given_name:mx_given344"
        " | Apellido paterno=family_name:mx_pat344 | Apellido materno=family_name:mx_mat344"
        " | Fecha de nacimiento=birth_date@%d/%m/%Y | Sexo=sex:mx_sex344"
        " | Calle y número=street:mx_street344 | Colonia=suburb:mx_col344"
        " | Código postal=postcode:mx_cp344 | Municipio=district:mx_mun344"
        " | Teléfono celular (WhatsApp)=phone:mx_phone344"
        " | ¿Cuántas personas dependen económicamente de usted?=-:mx_dep344"
        " | ¿Acepta el aviso de privacidad?=-:mx_consent344",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "pendaftaran_pelatihan_umkm_google_form_kelurahan_bandung_id344",
        "No=row | Timestamp=timestamp:id_ts344 | Nama Lengkap (sesuai KTP)=full_name:id_name344"
        " | NIK (16 digit)=national_id:id_nik344 | Nomor KK=-:id_kk344"
        " | Tempat Lahir=-:id_pob344 | Tanggal Lahir=birth_date@%d/%m/%Y"
        " | Jenis Kelamin=sex:id_sex344"
        " | Alamat Lengkap (Jalan, No. Rumah, RT/RW)=street:id_street344"
        " | Kelurahan=suburb:id_kel344 | No. HP / WhatsApp yang aktif=phone:id_phone344"
        " | Jenis usaha yang dijalankan=-:id_usaha344"
        " | Saya menyatakan bahwa data yang saya isi adalah benar=-:id_consent344",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "saruat_khwam_tongkan_phu_sung_ayu_google_forms_obt_th344",
        "ลำดับ=row | ประทับเวลา=timestamp:th_ts344 | ชื่อ-นามสกุล (ระบุคำนำหน้า)=full_name:th_name344"
        " | เลขประจำตัวประชาชน 13 หลัก=national_id:th_cid344"
        " | วัน เดือน ปีเกิด=birth_date@%d/%m/%Y | เพศ=sex:th_sex344"
        " | บ้านเลขที่/หมู่ที่=street:th_house344 | ตำบล=suburb:th_tambon344"
        " | เบอร์โทรศัพท์ที่ติดต่อได้=phone:th_phone344"
        " | ท่านต้องการความช่วยเหลือด้านใดมากที่สุด=-:th_need344"
        " | ผู้ดูแลหลักของท่านคือใคร=-:th_carer344"
        " | ท่านยินยอมให้ อบต. เก็บและใช้ข้อมูลส่วนบุคคลเพื่อการช่วยเหลือ=-:th_consent344",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("mx_curp344", "id_nik344", "th_cid344")
SEX_HOLDS: tuple[str, ...] = ("uk_sex344", "mx_sex344", "id_sex344", "th_sex344")
NAME_HOLDS = frozenset(
    {"vn_typed344", "mx_given344", "mx_pat344", "mx_mat344", "id_name344", "th_name344"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "vn_phone_typed344",
    "uk_phone344",
    "mx_phone344",
    "id_phone344",
    "th_phone344",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("vn_addr_typed344",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND344",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND344",
]
