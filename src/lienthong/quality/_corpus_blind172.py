"""The hundred-and-seventy-second part of the outside corpus, **blind 172** (written 23:03 UTC,
2026-12-06, never used for tuning): person files a Hai Phong court, a Ha Giang boarding school,
an Agribank branch in Dien Bien, a Can Tho boat cooperative, a Lao Cai district hospital, a Hanoi
district police, a Hanoi old-apartment rebuilding board, a Da Nang ward and a Hai Phong
tuberculosis programme could hand over. Nine Vietnamese files, no foreign ones:
a court's list of people whose conviction is spent of right, in Excel (the judgment number, the
court, the offence and penalty, the day the sentence was served, fines paid, the day the
certificate was issued; addresses in both the old three-level and the new two-level form);
an ethnic-minority boarding school's drop-outs in UTF-16 with tabs (H'Mong and Dao names, a
"Nữ" column ticked with x, the class, the ethnic group, the pupil's identification number, the
parent and a parent's phone, the day the pupil stopped coming, the reason, the teacher);
a bank's overdue borrowers in Windows-1258 with semicolons, ALL CAPS headers without diacritics
and values as a core banking system prints them (the customer code, the credit contract, the
loan and overdue amounts, the due date, the debt group, the loan officer);
a floating-market boat cooperative's members in UTF-8 with a BOM and semicolons (odd spacing in
headers, spaced CCCD, dotted phone, the boat, its registration and seats, capital in millions);
a district hospital's ethnic-minority mothers supported for giving birth, in Excel (the husband,
the day of the birth, the birth order, the baby's weight in grams, where the baby was born, the
support paid); a district police's victims whose stolen property was returned, in UTF-8 with
headers without diacritics (the decision to prosecute, the property, its value, the suspect, the
investigator, the day returned); an old-apartment board's tenants in temporary housing, in
Windows-1258 with tabs (the old flat, its area, household size, the temporary address, the rent,
the handover day, the time last updated); a ward's pavement encroachment fines in UTF-8 with a
BOM (the place of the offence, the offence, record and decision numbers, the fine, paid or not,
the officer); and a tuberculosis programme's patients in UTF-16 with semicolons (the treatment
registration number, the kind of TB, the regimen, the person who watches the doses, the result).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind172_writers import WRITERS_BLIND172
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND172: tuple[Shape, ...] = (
    _shape(
        "xoa_an_tich_duong_nhien_tand_tp_hai_phong_vn172",
        "STT=row | Họ và tên (người bị kết án)=full_name"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Số CCCD/ĐDCN=cccd"
        " | Nơi cư trú=address:addr_hp172 | Bản án số=-:judgment172"
        " | Tòa án xét xử=-:court172 | Tội danh=-:crime172 | Hình phạt=-:penalty172"
        " | Ngày chấp hành xong bản án=date:served172@%d/%m/%Y"
        " | Án phí, tiền phạt đã nộp (đồng)=-:fine172"
        " | Ngày cấp GCN xóa án tích=date@%d/%m/%Y | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "hoc_sinh_bo_hoc_truong_ptdtbt_thcs_ha_giang_vn172",
        "TT=row | Họ và tên học sinh=full_name:highland_name172 | Lớp=-:class172"
        " | Ngày sinh=birth_date@%d/%m/%Y | Nữ=sex:female_x172 | Dân tộc=-:ethnic172"
        " | Mã định danh=cccd | Nơi ở (thôn, xã, huyện)=address:addr_hg172"
        " | Họ tên bố (mẹ)=-:parent172 | SĐT PHHS=-:phone_parent172"
        " | Nghỉ học từ ngày=date@%d/%m/%Y | Lý do=-:reason172"
        " | Kết quả vận động=-:status172 | GVCN=-:teacher172",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "khach_hang_vay_no_qua_han_agribank_muong_cha_dien_bien_vn172",
        "STT=row | MA KH=-:cust172 | TEN KHACH HANG=full_name:bank_name172"
        " | NGAY SINH=birth_date@%d/%m/%Y | SO CCCD=cccd | DIA CHI=address:addr_db172"
        " | SO HDTD=-:contract172 | SO TIEN VAY (VND)=-:loan172"
        " | DU NO QUA HAN (VND)=-:overdue172 | NGAY DEN HAN=date@%d/%m/%Y"
        " | NHOM NO=-:debt_group172 | CBTD QUAN LY=-:loan_officer172 | DIEN THOAI=phone",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "thanh_vien_htx_ghe_du_lich_cho_noi_cai_rang_can_tho_vn172",
        "Stt=row | Họ  tên thành viên=full_name | Ngày sinh=birth_date@%d.%m.%Y"
        " | Giới  tính=sex | CCCD=cccd:cccd_spaced | Địa chỉ thường trú=address:addr_ct172"
        " | Số điện thoại=phone:phone_dotted | Loại phương tiện=-:boat_kind172"
        " | Số ĐK phương tiện=-:boat_reg172 | Sức chở (người)=-:seats172"
        " | Vốn góp (triệu đồng)=-:capital172 | Ngày vào HTX=date@%d.%m.%Y"
        " | Tình trạng=-:status_htx172",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "san_phu_dtts_ho_tro_khi_sinh_con_bvdk_huyen_bat_xat_lao_cai_vn172",
        "STT=row | Họ tên sản phụ=full_name:highland_woman172"
        " | Ngày sinh=birth_date@%d/%m/%Y | Dân tộc=-:ethnic172 | Số CCCD=cccd"
        " | Địa chỉ (thôn - xã - huyện)=address:addr_lc172 | Họ tên chồng=-:husband172"
        " | Ngày sinh con=date@%d/%m/%Y | Lần sinh thứ=-:parity172"
        " | Cân nặng trẻ (gram)=-:weight172 | Nơi sinh=-:birthplace172"
        " | Số tiền hỗ trợ (đồng)=-:support_lc172 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "trao_tra_tai_san_nguoi_bi_hai_cong_an_quan_dong_da_ha_noi_vn172",
        "TT=row | Ho ten nguoi bi hai=full_name | NS=birth_date@%d/%m/%Y | CCCD=cccd"
        " | Noi o hien nay=address:addr_hn172 | SDT=phone | So QD khoi to=-:case172"
        " | Tai san bi chiem doat=-:property172 | Tri gia (dong)=-:value172"
        " | Doi tuong=-:suspect172 | DTV thu ly=-:investigator172"
        " | Ngay trao tra=date@%d/%m/%Y",
        encoding="utf-8",
    ),
    _shape(
        "ho_tam_cu_cai_tao_chung_cu_cu_kim_lien_ha_noi_vn172",
        "STT=row | Chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y | CCCD=cccd"
        " | Căn hộ cũ (nhà, tầng, phòng)=-:old_flat172 | Diện tích (m2)=-:area172"
        " | Số nhân khẩu=-:members172 | Nơi tạm cư=-:temp_addr172"
        " | Tiền thuê tạm cư (đ/tháng)=-:rent172 | Ngày bàn giao căn hộ=date@%d/%m/%Y"
        " | SĐT liên hệ=phone | Cập nhật=timestamp",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "xu_phat_lan_chiem_via_he_doi_trat_tu_do_thi_phuong_da_nang_vn172",
        "STT=row | Họ và tên người vi phạm=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số định danh cá nhân=cccd | Địa chỉ=address:addr_dn172"
        " | Địa điểm vi phạm=-:spot172 | Hành vi vi phạm=-:offence172"
        " | Số biên bản=-:record172 | Số QĐ XPVPHC=-:decision172"
        " | Số tiền phạt (đồng)=-:fine_dn172 | Ngày lập biên bản=date@%d/%m/%Y"
        " | Tình trạng nộp phạt=-:paid172 | Cán bộ lập BB=-:officer_dn172",
        encoding="utf-8-sig",
    ),
    _shape(
        "nguoi_benh_lao_dieu_tri_dots_chuong_trinh_chong_lao_hai_phong_vn172",
        "TT=row | Số ĐK điều trị=-:tb_reg172 | Họ tên người bệnh=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới=sex | CCCD=cccd"
        " | Địa chỉ=address:addr_hp172 | Điện thoại=phone | Thể bệnh=-:tb_kind172"
        " | Phác đồ=-:regimen172 | Ngày bắt đầu điều trị=date@%d/%m/%Y"
        " | Người giám sát DOT=-:dot_carer172 | Kết quả điều trị=-:tb_result172",
        encoding="utf-16",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ()
SEX_HOLDS: tuple[str, ...] = ("female_x172",)
NAME_HOLDS = frozenset({"highland_name172", "bank_name172", "highland_woman172"})
PHONE_HOLDS: tuple[str, ...] = ()
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "addr_hp172",
    "addr_hg172",
    "addr_db172",
    "addr_ct172",
    "addr_lc172",
    "addr_hn172",
    "addr_dn172",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND172",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND172",
]
