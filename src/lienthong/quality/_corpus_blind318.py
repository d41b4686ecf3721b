"""The three-hundred-and-eighteenth part of the outside corpus, **blind 318** (written 11:11 UTC,
2026-12-07, never used for tuning): person files the offices of the new Hưng Yên province (the
former Hưng Yên with Phố Hiến and its longan gardens and the former Thái Bình with its rice
fields and seaside communes, merged in 2025) could hand over.
Nine Vietnamese files, the addresses of most written both the old way (thôn, xã, huyện, tỉnh Thái
Bình or Hưng Yên) and the new two-level way (thôn, xã or phường, tỉnh Hưng Yên): longan orchards
opened to visitors in Excel (the orchard's old and new address, the area, the trees, the kinds of
longan, what a visit offers, how many guests, the day registered); longan-drying kilns turned
from coal to electricity in Windows-1258 with semicolons (the sex, the CCCD in groups, the
kilns, the load, the new kiln, the aid, the day filed); high-quality rice sown in a concentrated
field in UTF-16 with tabs and headers without diacritics (the hamlet, both addresses, the seed,
the area in sào, the field, the cooperative's officer, the time last updated); hand gatherers
given cards for the buffer zone of the Red River delta biosphere reserve in UTF-8 with tabs
(the birth date ``12.03.1975``, what they gather, the tidal flat, the card, its days, the
hamlet head who vouches, a note); top pupils honoured at the Xích Đằng temple of literature in
UTF-8 with a BOM and semicolons (the pupil's 2007 birth date, the school, the block and score,
the ward alone, a parent and their phone, the day honoured); papers handed in at an old commune
office after the merger in Windows-1258 with tabs (the receipt number, the day received, both
addresses, the procedure, the reception point, the clerk, the day due, the state); farmers put
forward as outstanding Vietnamese farmers in Excel (the ethnic group, the trade, the income, the
jobs made, the branch); inshore fishers leaving the beam trawl in UTF-8 (both addresses, the boat
number ``TB-9123-TS``, the old and new gear, the aid, the decision and its day); and fish
dealers renting stalls at the Diêm Điền fishing port in UTF-16 with semicolons (the birth date
``1975-03-12``, the stall, the goods, the tonnes a month, the lot, the fee, the contract's days).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind318_writers import WRITERS_BLIND318
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND318: tuple[Shape, ...] = (
    _shape(
        "chu_vuon_nhan_dang_ky_diem_du_lich_trai_nghiem_hai_nhan_phong_vhxh_phuong_pho_hien_vn318",
        "STT=row | Họ và tên chủ vườn=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Địa chỉ (trước sáp nhập)=address:lg_old318 | Địa chỉ (sau sáp nhập)=address:lg_new318"
        " | Điện thoại=phone | Diện tích vườn (m²)=-:lg_area318 | Số cây nhãn=-:lg_trees318"
        " | Giống nhãn=-:lg_kind318 | Hình thức trải nghiệm=-:lg_tour318"
        " | Sức chứa=-:lg_seats318 | Ngày đăng ký=date@%d/%m/%Y | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "chu_lo_say_long_nhan_chuyen_doi_lo_than_sang_lo_say_dien_ho_tro_khuyen_cong_vn318",
        "TT=row | Họ tên chủ cơ sở=full_name | Ngày sinh=birth_date@%d-%m-%Y | Giới tính=sex"
        " | CCCD=cccd:cccd_spaced | Địa chỉ cũ=address:kl_old318 | Địa chỉ mới=address:kl_new318"
        " | SĐT=phone | Số lò than hiện có=-:kl_count318 | Công suất=-:kl_load318"
        " | Loại lò đề nghị hỗ trợ=-:kl_kind318 | Kinh phí hỗ trợ (đ)=-:kl_aid318"
        " | Ngày nộp HS=date@%d-%m-%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_dang_ky_gieo_cay_lua_chat_luong_cao_vung_tap_trung_vu_xuan_htx_dvnn_thai_binh_cu_vn318",
        "STT=row | Ho ten chu ho=full_name | Ngay sinh=birth_date@%d/%m/%Y | So CCCD=cccd"
        " | Thon=-:rc_hamlet318 | Dia chi cu=address:rc_old318 | Dia chi moi=address:rc_new318"
        " | Giong lua=-:rc_seed318 | Dien tich=-:rc_area318 | Xu dong=-:rc_field318"
        " | Ngay gieo ma=date@%d/%m/%Y | Can bo HTX phu trach=-:rc_officer318"
        " | Cap nhat luc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nguoi_khai_thac_thuy_san_thu_cong_vung_dem_khu_du_tru_sinh_quyen_cap_the_ra_bai_vn318",
        "Số TT=row | Họ và tên=full_name | Ngày tháng năm sinh=birth_date@%d.%m.%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Nơi cư trú=address:bz_home318"
        " | Số điện thoại=phone | Hình thức khai thác=-:bz_kind318"
        " | Khu vực được phép=-:bz_flat318 | Số thẻ=-:bz_card318 | Ngày cấp=date@%d.%m.%Y"
        " | Có giá trị đến=date:bz_until318 | Người bảo lãnh=-:bz_head318 | Ghi chú=-:bz_note318",
        delimiter="\t",
    ),
    _shape(
        "hoc_sinh_thu_khoa_tot_nghiep_thpt_vinh_danh_tai_van_mieu_xich_dang_so_gddt_hung_yen_vn318",
        "TT=row | Họ và tên học sinh=full_name | Ngày sinh=birth_date:vm_birth318"
        " | Giới tính=sex | Trường THPT=-:vm_school318 | Khối thi=-:vm_block318"
        " | Tổng điểm=-:vm_score318 | Xã/Phường=ward:vm_ward318"
        " | Họ tên cha/mẹ=-:vm_parent318 | SĐT phụ huynh=-:vm_pphone318"
        " | Ngày vinh danh=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "so_theo_doi_tiep_nhan_ho_so_tai_diem_tiep_nhan_tru_so_xa_cu_sau_sap_nhap_ttphvhcc_vn318",
        "STT=row | Số biên nhận=-:rp_receipt318 | Ngày nhận=date@%d/%m/%Y"
        " | Người nộp hồ sơ=full_name | Ngày sinh=birth_date@%d/%m/%Y | CCCD/ĐDCN=cccd"
        " | Địa chỉ (ĐVHC cũ)=address:rp_old318 | Địa chỉ (ĐVHC mới)=address:rp_new318"
        " | SĐT=phone | Thủ tục=-:rp_proc318 | Nơi tiếp nhận=-:rp_point318"
        " | CB tiếp nhận=-:rp_clerk318 | Ngày hẹn trả=date:rp_due318"
        " | Tình trạng=-:rp_state318",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "hoi_vien_de_nghi_danh_hieu_nong_dan_viet_nam_xuat_sac_hoi_nong_dan_tinh_hung_yen_vn318",
        "TT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | Dân tộc=-:nd_ethnic318 | Số CCCD=cccd | Nơi ở=address:nd_home318"
        " | Điện thoại=phone | Lĩnh vực sản xuất=-:nd_trade318"
        " | Thu nhập (triệu đ/năm)=-:nd_income318 | Số LĐ có việc làm=-:nd_jobs318"
        " | Chi hội=-:nd_branch318 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "ngu_dan_chuyen_doi_nghe_luoi_keo_te_ven_bo_sang_nghe_khac_ho_tro_ubnd_xa_ven_bien_vn318",
        "STT=row | Họ tên chủ tàu=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Hộ khẩu (trước 01/7/2025)=address:tw_old318"
        " | Địa chỉ hiện nay=address:tw_new318 | Điện thoại=phone"
        " | Số đăng ký tàu=-:tw_boat318 | Nghề cũ=-:tw_oldgear318"
        " | Nghề chuyển đổi=-:tw_newgear318 | Mức hỗ trợ=-:tw_aid318"
        " | Số QĐ=-:tw_decision318 | Ngày QĐ=date@%d/%m/%Y",
    ),
    _shape(
        "chu_vua_hai_san_thue_o_kinh_doanh_tai_cang_ca_diem_dien_ban_quan_ly_cang_ca_vn318",
        "TT=row | Họ và tên chủ vựa=full_name | Ngày sinh=birth_date@%Y-%m-%d"
        " | CCCD=cccd | SĐT=phone | Địa chỉ=address:bz_home318 | Tên vựa=-:fp_stall318"
        " | Mặt hàng chính=-:fp_goods318 | Sản lượng (tấn/tháng)=-:fp_tonnes318"
        " | Vị trí ô=-:fp_lot318 | Phí dịch vụ (đ/tháng)=-:fp_fee318"
        " | Ngày ký HĐ=date@%Y-%m-%d | Hết hạn HĐ=date:fp_end318",
        encoding="utf-16",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ()
SEX_HOLDS: tuple[str, ...] = ()
NAME_HOLDS: frozenset[str] = frozenset()
PHONE_HOLDS: tuple[str, ...] = ()
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "lg_old318",
    "lg_new318",
    "kl_old318",
    "kl_new318",
    "rc_old318",
    "rc_new318",
    "bz_home318",
    "rp_old318",
    "rp_new318",
    "nd_home318",
    "tw_old318",
    "tw_new318",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND318",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND318",
]
