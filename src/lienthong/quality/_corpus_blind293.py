"""The two-hundred-and-ninety-third part of the outside corpus, **blind 293** (written 10:26 UTC,
2026-12-07, never used for tuning): person files the parishes and the reception board of the Cao
Đài Holy See, the Bà Đen mountain tourist area's board, the Láng Sen wetland reserve, a commune
in the Đồng Tháp Mười plain, a Khmer boarding school, the Chăm mosques' board, the province's
social insurance office and the Bà Đen custard apple cooperative of the new Tây Ninh province
(the former Tây Ninh and the former Long An, merged in 2025) could hand over.
Nine Vietnamese files, homes written the old three-level way (``ấp …, xã …, huyện …, tỉnh Long
An``) or the new two-level way (``ấp …, xã …, tỉnh Tây Ninh``): Cao Đài adepts entering the
faith at a parish in Windows-1258 with semicolons (the parish, the sponsoring adept, the rank,
the fast kept, the petition number, the day, the status); adepts of other provinces lodging at
the Holy See for the Hội Yến Diêu Trì Cung in UTF-8 (the parish, the group's leader, the group's
size, the room, the days of arrival and leaving, the meals, the coach's plate); kiosk holders
moved off the foot of Bà Đen mountain in Excel (the old spot, the new stall, the goods, the
area, the support, the household business number, the result); Láng Sen reserve's harvesting
permits in UTF-16 with tabs and headers and values without diacritics (what is harvested, the
gear, the zone, the permit, the fee, the status, the partner); paddy dryers of the Đồng Tháp
Mười plain checked for fire safety in UTF-8 with a BOM and semicolons (the kind, the number of
kilns, the capacity, the fuel, where the dryer stands, the workers, the police officer, the
result); Khmer pupils' scholarships in UTF-8 (the pupil's Khmer name, a child's birth date and
identity number, the school, the class, the kind of support, the amount, the father and his
phone, how it is paid); Chăm households' Qurban meat in Windows-1258 with tabs (the Chăm name,
the mosque, the household's size, its kind, the portion, the hakim, the slip); pensioners moved
to a new pay point after the merger in Excel (the pension book, the kind, the amount, the old
and the new address, the old and the new pay point, the proxy); and Bà Đen custard apple
growers granted the geographical indication in UTF-8 with a BOM and tabs (the old address, the
new ward alone, the plot, the area, the trees, the kind, the code, the buyer, the status).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind293_writers import WRITERS_BLIND293
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND293: tuple[Shape, ...] = (
    _shape(
        "tin_do_cao_dai_nhap_mon_cau_dao_so_nhap_mon_ho_dao_toa_thanh_tay_ninh_vn293",
        "STT=row | Họ đạo=-:cd_parish293 | Họ và tên=full_name | Sanh ngày=birth_date@%d/%m/%Y"
        " | Phái=sex | Số CCCD=cccd | Ngụ tại=address:cd_addr293 | ĐT=phone"
        " | Người tiến dẫn=-:cd_sponsor293 | Phẩm=-:cd_rank293 | Trai kỳ=-:cd_fast293"
        " | Số sớ cầu đạo=-:cd_no293 | Ngày nhập môn=date@%d/%m/%Y"
        " | Tình trạng=-:cd_status293",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "dao_huu_ngoai_tinh_dang_ky_luu_tru_dai_le_hoi_yen_dieu_tri_cung_ban_tiep_tan_toa_thanh_vn293",
        "TT=row | Đơn vị (Họ đạo)=-:ly_group293 | Trưởng đoàn=-:ly_leader293"
        " | Số người=-:ly_size293 | Họ tên đạo hữu=full_name | Năm sinh=birth_date@%d-%m-%Y"
        " | Nam/Nữ=sex | CCCD=cccd:cccd_spaced | Địa chỉ thường trú=address"
        " | Số ĐT=phone:phone_dotted | Nơi lưu trú=-:ly_room293 | Ngày đến=date@%d-%m-%Y"
        " | Ngày về=date:ly_leave293@%d-%m-%Y | Ăn uống=-:ly_meal293 | Xe đoàn=-:ly_bus293",
        encoding="utf-8",
    ),
    _shape(
        "ho_kinh_doanh_chan_nui_ba_den_di_doi_bo_tri_quay_khu_thuong_mai_ban_ql_kdl_vn293",
        "STT=row | Chủ hộ kinh doanh=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | CCCD=cccd | Nơi thường trú (sau sắp xếp)=address:bd_addr293 | Điện thoại=phone"
        " | Số GCN ĐKHKD=-:bd_hkd293 | Vị trí cũ=-:bd_old293 | Ngành hàng=-:bd_goods293"
        " | Diện tích cũ (m2)=-:bd_area293 | Lô được bố trí=-:bd_stall293"
        " | Hỗ trợ di dời (đ)=-:bd_support293 | Ngày bốc thăm=date@%d/%m/%Y"
        " | Kết quả=-:bd_result293 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "nguoi_dan_duoc_cap_phep_khai_thac_bong_sung_ca_tu_nhien_khu_bao_ton_lang_sen_vn293",
        "STT=row | Ho va ten=full_name:ls_name293 | Ngay sinh=birth_date@%d.%m.%Y"
        " | Gioi tinh=sex:sex_caps | So CCCD=cccd | Dia chi=address:ls_addr293"
        " | SDT=phone:phone_spaced | Loai khai thac=-:ls_what293 | Phuong tien/ngu cu=-:ls_gear293"
        " | Khu vuc=-:ls_zone293 | So giay phep=-:ls_permit293 | Ngay cap=date@%d.%m.%Y"
        " | Le phi (dong)=-:ls_fee293 | Nguoi di cung=-:ls_mate293 | Tinh trang=-:ls_status293",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "chu_lo_say_lua_kiem_tra_an_toan_pccc_khoi_bui_ubnd_xa_dong_thap_muoi_vn293",
        "TT=row | Chủ cơ sở=full_name | NS=birth_date@%d/%m/%Y | Giới=sex | Số định danh=cccd"
        " | Nơi ĐKTT=address:dry_addr293 | SĐT=phone | Loại lò=-:dry_kind293"
        " | Số lò=-:dry_count293 | Công suất=-:dry_cap293 | Chất đốt=-:dry_fuel293"
        " | Địa điểm đặt lò=-:dry_place293 | Số LĐ=-:dry_workers293"
        " | CB kiểm tra=-:dry_officer293 | Ngày KT=date@%d/%m/%Y | Kết luận=-:dry_result293",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "hoc_sinh_dan_toc_khmer_huong_hoc_bong_chinh_sach_ho_tro_tan_bien_chau_thanh_vn293",
        "STT=row | Họ và tên học sinh=full_name:kh_name293"
        " | Ngày sinh=birth_date:kh_birth293@%d/%m/%Y | Giới tính=sex | Dân tộc=-:ethnic293"
        " | Mã định danh=cccd:kh_cccd293 | Chỗ ở=address:kh_addr293 | Trường=-:kh_school293"
        " | Lớp=-:kh_grade293 | Chế độ hưởng=-:kh_kind293 | Số tiền/tháng=-:kh_amount293"
        " | Họ tên cha/mẹ=-:kh_parent293 | ĐT phụ huynh=-:kh_parent_phone293"
        " | Hình thức nhận=-:kh_bank293 | Ngày QĐ=date@%d/%m/%Y",
        encoding="utf-8",
    ),
    _shape(
        "ho_dong_bao_cham_nhan_thit_te_le_qurban_ban_dai_dien_cong_dong_hoi_giao_tay_ninh_vn293",
        "Stt=row | Thánh đường=-:qb_mosque293 | Tên chủ hộ=full_name:qb_name293"
        " | Ngày sinh=birth_date@%-d/%-m/%Y | Nam, nữ=sex | CCCD=cccd"
        " | Địa chỉ=address:qb_addr293 | Điện thoại=phone | Số khẩu=-:qb_members293"
        " | Diện=-:qb_kind293 | Định lượng=-:qb_portion293 | Hakim xác nhận=-:qb_hakim293"
        " | Số phiếu=-:qb_slip293 | Ngày phát=date@%-d/%-m/%Y",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "nguoi_huong_luong_huu_tro_cap_chuyen_diem_chi_tra_sau_sap_xep_xa_bhxh_tinh_tay_ninh_vn293",
        "STT=row | Số sổ/ mã số BHXH=-:pn_book293 | Họ và tên=full_name"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd"
        " | Loại chế độ=-:pn_kind293 | Mức hưởng (đồng)=-:pn_amount293"
        " | Địa chỉ cũ (trước 01/7/2025)=address:pn_old_addr293"
        " | Địa chỉ mới=address:pn_new_addr293 | Điện thoại=phone"
        " | Điểm chi trả cũ=-:pn_old_point293 | Điểm chi trả mới=-:pn_new_point293"
        " | Người nhận thay=-:pn_proxy293 | Áp dụng từ=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "ho_trong_mang_cau_duoc_cap_quyen_su_dung_chi_dan_dia_ly_ba_den_htx_vn293",
        "STT=row | Tên hộ=full_name | Năm sinh=birth_date@%Y-%m-%d | Số CCCD=cccd"
        " | Địa chỉ (theo HKTT cũ)=address:mc_old_addr293 | Xã/Phường mới=ward:mc_ward293"
        " | SĐT=phone | Thửa đất=-:mc_plot293 | Diện tích (m²)=-:mc_area293"
        " | Số cây=-:mc_trees293 | Giống=-:mc_kind293 | Mã số CDĐL=-:mc_code293"
        " | Đơn vị thu mua=-:mc_buyer293 | Ngày cấp quyền=date@%Y-%m-%d"
        " | Tình trạng=-:mc_status293 | Cập nhật=timestamp",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ()
SEX_HOLDS: tuple[str, ...] = ()
NAME_HOLDS = frozenset({"ls_name293", "kh_name293", "qb_name293"})
PHONE_HOLDS: tuple[str, ...] = ()
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "cd_addr293",
    "bd_addr293",
    "ls_addr293",
    "dry_addr293",
    "kh_addr293",
    "qb_addr293",
    "pn_old_addr293",
    "pn_new_addr293",
    "mc_old_addr293",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND293",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND293",
]
