"""The two-hundred-and-seventy-fourth part of the outside corpus, **blind 274** (written 10:03 UTC,
2026-12-07, never used for tuning): person files a village culture house in the Red River delta,
a coastal commune's people's committee, a Cần Thơ ward's floating market board, a conical hat
cooperative group, Pattani's provincial Islamic committee, a Yala pondok, Narathiwat's office
paying compensation for the unrest, a Chiang Rai district office and Mae Hong Son's border patrol
police schools could hand over.
Four Vietnamese files: water puppet guild artists paid per show in Windows-1258 with semicolons
(the guild, the part each plays, the shows, the fee and the total, the day paid, the
signature); clam farmers leasing tidal flats from the commune in Excel (the lease contract,
the flat and its plot, the area, the kind of clam, the term, the yearly rent, the day signed,
the cooperative team); wholesale boats of the Cái Răng floating market in UTF-16 with tabs and
headers without diacritics (the boat's number, its tonnage, the goods, the mooring, the helper
on board, the monthly fee, the time last updated); and conical hat makers of a craft village
group in UTF-8 with a BOM and semicolons (the kind of hat, the monthly quota, the piece price,
the bank account, the day joined, the group leader).
Five Thai files: Islamic marriages registered by Pattani's provincial Islamic committee in UTF-8
with Thai and Jawi headers (the nikah number, the id dashed ``1-9401-…``, the Buddhist-era birth
date ``12/03/2528``, the spouse, the wali, the mahr in baht, the imam, the mosque, the day of the
nikah); students of Yala and Pattani pondoks in Excel (the name in Thai script and in Rumi, the
13 undashed digits, the birth date ``3 มี.ค. 2528``, the short address ``ม. ต. อ. จ.``, the
district alone, the father, the tok guru, the pondok, the level, the day entered); victims of
the unrest in Narathiwat paid compensation in TIS-620 (cp874) with the birth date in Thai digits
(the case, the subdistrict alone, a mobile or a 073 landline, the day of the incident, the harm,
the amount, the heir, the status); Akha, Lahu and Hmong people applying for Thai nationality at
Chiang Rai's district offices in UTF-8 with a BOM (given and family name apart, the people, the
id leading with 0 … 89, 6 or 7, the card it stands on, the village, the father and the mother,
the day filed, the result); and Karen, Hmong and Lahu pupils of Mae Hong Son's border patrol
police schools in UTF-16 with tabs (the pupil's number, the id, the birth date, ช/ญ, the class,
the people, the parent and the parent's phone, the school, the weight and height, the day of the
health check, a note).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind274_writers import WRITERS_BLIND274
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND274: tuple[Shape, ...] = (
    _shape(
        "nghe_nhan_phuong_mua_roi_nuoc_thon_nhan_thu_lao_bieu_dien_nha_van_hoa_vn274",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Địa chỉ thường trú=address | SĐT=phone"
        " | Phường rối=-:roi_guild274 | Phần việc=-:roi_role274"
        " | Số buổi diễn=-:roi_shows274 | Thù lao/buổi (đ)=-:roi_fee274"
        " | Thành tiền (đ)=-:roi_total274 | Ngày chi=date@%d/%m/%Y | Ký nhận=-:roi_sign274",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_thue_mat_nuoc_bai_boi_ven_bien_nuoi_ngheu_hop_dong_ubnd_xa_vn274",
        "TT=row | Tên chủ hộ=full_name | Năm sinh=birth_date@%d/%m/%Y"
        " | CCCD=cccd:cccd_spaced | Nơi thường trú=address | Số ĐT=phone"
        " | Số HĐ thuê=-:ng_contract274 | Vị trí bãi=-:ng_flat274"
        " | Diện tích (ha)=-:ng_area274 | Đối tượng nuôi=-:ng_species274"
        " | Thời hạn thuê (năm)=-:ng_term274 | Tiền thuê (đ/năm)=-:ng_rent274"
        " | Ngày ký HĐ=date@%d/%m/%Y | Tổ hợp tác=-:ng_team274 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "chu_ghe_hang_ban_si_nong_san_cho_noi_cai_rang_dang_ky_ban_quan_ly_cho_vn274",
        "STT=row | Ho ten chu ghe=full_name | Ngay sinh=birth_date@%d-%m-%Y | Gioi tinh=sex"
        " | So CCCD=cccd | Dia chi=address | Dien thoai=phone"
        " | So dang ky ghe=-:cn_boat274 | Trong tai (tan)=-:cn_tonnage274"
        " | Mat hang=-:cn_goods274 | Vi tri neo dau=-:cn_berth274"
        " | Nguoi phu ghe=-:cn_helper274 | Ngay dang ky=date@%d-%m-%Y"
        " | Le phi (d/thang)=-:cn_fee274 | Cap nhat=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "to_vien_to_hop_tac_lam_non_la_lang_nghe_nhan_khoan_hang_xuat_khau_vn274",
        "TT=row | Họ tên tổ viên=full_name | NS=birth_date@%d.%m.%Y | Nam/Nữ=sex"
        " | Số định danh=cccd | Chỗ ở=address | ĐT=phone"
        " | Loại nón=-:nl_kind274 | Số nón khoán/tháng=-:nl_quota274"
        " | Đơn giá (đ/chiếc)=-:nl_price274 | Số TK=-:nl_bank274"
        " | Ngày vào tổ=date@%d.%m.%Y | Tổ trưởng=-:nl_leader274",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "thabian_somrot_tam_lak_satsana_islam_kannakammakan_islam_pattani_th274",
        "ลำดับ=row | ทะเบียนนิกาห์เลขที่=-:nk_no274"
        " | ชื่อ-สกุล (نام)=full_name:nk_name274"
        " | เลขประจำตัวประชาชน=national_id:nk_id274"
        " | วันเดือนปีเกิด (تاريخ لاهير)=birth_date:nk_birth274 | เพศ=sex:sex_th274"
        " | ที่อยู่ตามทะเบียนบ้าน (علامت)=address:nk_addr274 | โทรศัพท์=phone:nk_phone274"
        " | คู่สมรส=-:nk_spouse274 | วะลี (ولي)=-:nk_wali274 | มะฮัร์ (บาท)=-:nk_mahr274"
        " | ผู้ทำพิธี=-:nk_imam274 | มัสยิด=-:nk_masjid274 | วันที่นิกาห์=date:nk_date274",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "thabian_naksueksa_sathaban_sueksa_pondok_yala_pattani_th274",
        "ที่=row | รหัสนักศึกษา=-:pk_sid274 | ชื่อ - สกุล=full_name:pk_name274"
        " | Nama (Rumi)=full_name:pk_rumi274 | เลขบัตรประชาชน=national_id:pk_id274"
        " | เกิดวันที่=birth_date:pk_birth274 | ที่อยู่=address:pk_addr274"
        " | อำเภอ=district:pk_amphoe274 | เบอร์โทร=phone:pk_phone274"
        " | ชื่อบิดา=-:pk_father274 | โต๊ะครู=-:pk_tokguru274 | ปอเนาะ=-:pk_pondok274"
        " | ชั้น (กีตาบ)=-:pk_level274 | วันที่เข้าศึกษา=date:pk_entry274",
        english=True,
        file="xlsx",
    ),
    _shape(
        "banchi_phu_dai_rap_ngoen_yiaoya_het_kan_mai_sangop_narathiwat_th274",
        "ลำดับ=row | ทะเบียนเหตุ=-:ny_case274 | ชื่อผู้ได้รับผลกระทบ=full_name:ny_name274"
        " | เลขประจำตัวประชาชน=national_id:ny_id274 | วันเกิด=birth_date:ny_birth274"
        " | ที่อยู่=address:ny_addr274 | ตำบล=suburb:ny_tambon274"
        " | โทรศัพท์=phone:ny_phone274 | วันเกิดเหตุ=date:ny_event274"
        " | ลักษณะความเสียหาย=-:ny_harm274 | จำนวนเงินเยียวยา (บาท)=-:ny_amount274"
        " | ทายาท/ผู้รับเงินแทน=-:ny_heir274 | สถานะการจ่าย=-:ny_status274",
        english=True,
        encoding="cp874",
    ),
    _shape(
        "kham_kho_mi_sanchat_thai_bukkhon_bon_phuenthi_sung_amphoe_chiang_rai_th274",
        "ลำดับ=row | เลขที่คำขอ=-:hc_req274 | ชื่อ=given_name:hc_given274"
        " | ชื่อสกุล=family_name:hc_family274 | กลุ่มชาติพันธุ์=-:hc_group274"
        " | เลขประจำตัว 13 หลัก=national_id:hc_id274 | ประเภทบัตร=-:hc_card274"
        " | ว/ด/ป เกิด=birth_date:hc_birth274 | ที่อยู่=address:hc_addr274"
        " | หมู่บ้าน=-:hc_village274 | เบอร์ติดต่อ=phone:hc_phone274"
        " | ชื่อบิดา=-:hc_father274 | ชื่อมารดา=-:hc_mother274"
        " | วันยื่นคำขอ=date:hc_filed274 | ผลการพิจารณา=-:hc_result274",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "thabian_nakrian_rongrian_tamruat_trawen_chaidaen_mae_hong_son_th274",
        "ที่=row | เลขประจำตัวนักเรียน=-:bp_sid274 | ชื่อ-นามสกุล=full_name:bp_name274"
        " | เลขประจำตัวประชาชน=national_id:bp_id274 | วันเกิด=birth_date:bp_birth274"
        " | เพศ=sex:sexs_th274 | ชั้น=-:bp_grade274 | ชาติพันธุ์=-:bp_group274"
        " | ที่อยู่=address:bp_addr274 | ผู้ปกครอง=-:bp_parent274"
        " | เบอร์โทรผู้ปกครอง=-:bp_parent_phone274 | โรงเรียน=-:bp_school274"
        " | น้ำหนัก (กก.)=-:bp_weight274 | ส่วนสูง (ซม.)=-:bp_height274"
        " | วันที่ตรวจสุขภาพ=date:bp_check274 | หมายเหตุ=-:bp_note274",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("nk_id274", "pk_id274", "ny_id274", "hc_id274", "bp_id274")
SEX_HOLDS: tuple[str, ...] = ("sex_th274", "sexs_th274")
NAME_HOLDS = frozenset(
    {
        "nk_name274",
        "pk_name274",
        "pk_rumi274",
        "ny_name274",
        "hc_given274",
        "hc_family274",
        "bp_name274",
    }
)
PHONE_HOLDS: tuple[str, ...] = ("nk_phone274", "pk_phone274", "ny_phone274", "hc_phone274")
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND274",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND274",
]
