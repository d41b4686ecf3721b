"""The three-hundred-and-sixty-third part of the outside corpus, **blind 363** (written 13:40
UTC, 2026-12-07, never used for tuning): person files the merged province of Thái Nguyên (the
old Thái Nguyên and Bắc Kạn, two-level government since July 2025) could hand over, all nine
Vietnamese. A tea cooperative's book of Tân Cương growers in Windows-1258 with semicolons (the
plot code, the area in m2, the variety, VietGAP, the yield); a Samsung factory's worker list in
Excel (the employee number, the line and shift, the contract, the BHXH book, the home province
that is not where they live, the dormitory, the bus route); a Ba Bể then-singing club's list of
Tày and Nùng members in UTF-16 with tabs (the ethnic group, the hamlet, the title, the year
joined, old Bắc Kạn addresses with huyện); a commune's list of households given forest land in
UTF-8 with a BOM and semicolons (the certificate, tiểu khu, khoảnh, lô, the area in ha); a
compensation list for land recovered for a mine in Windows-1258 with tabs (the map sheet and
plot, the amounts in đồng, the decision, whether paid); a ward's list of out-of-dormitory
students in UTF-8 (the student code, the school, the class, the landlord and his phone); a
Na Rì noodle cooperative's member list in Excel (the share, the dong area, the output); an
orange growers' traceability-stamp register with headers without diacritics and semicolons; and
a Ba Bể boat wharf's passenger list in UTF-16 (the ticket, the boat, the boatman, a relative to
call).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind363_writers import WRITERS_BLIND363
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND363: tuple[Shape, ...] = (
    _shape(
        "so_theo_doi_ho_trong_che_tan_cuong_htx_che_vn363",
        "STT=row | Mã lô=-:tea_plot363 | Chủ hộ=full_name | Năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Xóm=-:hamlet363 | Địa chỉ=address:tn_addr363"
        " | ĐT liên hệ=phone | Diện tích (m2)=-:tea_area363 | Giống chè=-:tea_kind363"
        " | Sản lượng chè búp khô/tháng=-:tea_yield363 | Chứng nhận=-:vietgap363"
        " | Thuộc HTX/Tổ HT=-:coop363 | Ngày cấp mã=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "danh_sach_cong_nhan_nha_may_samsung_kcn_yen_binh_pho_yen_vn363",
        "No.=row | Mã NV (Emp ID)=-:emp_no363 | Họ và tên (Full name)=full_name"
        " | Ngày sinh (DOB)=birth_date@%d/%m/%Y | Giới tính=sex | CCCD=cccd:cccd_spaced"
        " | Số sổ BHXH=bhxh | Quê quán (tỉnh)=-:home_prov363"
        " | Nơi ở hiện tại=address:tn_addr_short363 | SĐT=phone:phone_dotted"
        " | Bộ phận/Line=-:dept363 | Ca=-:shift363 | Loại HĐ=-:contract363"
        " | Ngày vào cty=date@%d/%m/%Y | KTX/Trọ=-:dorm363 | Tuyến xe=-:bus_route363"
        " | Người báo tin khi cần=-:relative363 | SĐT người báo tin=-:relative_phone363",
        file="xlsx",
    ),
    _shape(
        "danh_sach_hoi_vien_clb_hat_then_dan_tinh_dan_toc_tay_nung_ba_be_vn363",
        "TT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | Dân tộc=-:ethnic363 | Số định danh cá nhân=cccd"
        " | Nơi thường trú (theo sổ cũ)=address:bk_old_addr363 | Thôn/bản=-:hamlet_old363"
        " | Tên CLB=-:then_club363 | Sở trường=-:then_skill363 | Danh hiệu=-:then_title363"
        " | Năm tham gia=-:then_year363 | Điện thoại=phone",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "danh_sach_ho_gia_dinh_duoc_giao_dat_lam_nghiep_cap_gcn_xa_cho_don_vn363",
        "STT=row | Tên chủ hộ=full_name | Năm sinh chủ hộ=birth_date@%Y-%m-%d"
        " | CCCD chủ hộ=cccd | Địa chỉ thường trú=address:bk_old_abbr363"
        " | Xã (mới)=ward:tn_unit363 | Số GCN QSDĐ=-:so_gcn363 | Tiểu khu=-:tieu_khu363"
        " | Khoảnh=-:khoanh363 | Lô=-:lo363 | Diện tích (ha)=-:area_ha363"
        " | Loại đất=-:land_kind363 | Ngày giao=date@%d/%m/%Y | SĐT=phone",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "bang_tong_hop_boi_thuong_ho_tro_thu_hoi_dat_du_an_khai_thac_mo_vn363",
        "TT=row | Họ tên chủ sử dụng đất=full_name | Năm sinh=birth_date@%d/%m/%Y"
        " | Số CCCD/CMND=cccd | Địa chỉ=address:bk_old_addr363 | Dự án=-:mine363"
        " | Tờ bản đồ, số thửa=-:plot_no363 | Loại đất=-:land_kind363"
        " | DT thu hồi (ha)=-:area_ha363 | Tiền bồi thường (đồng)=-:comp_amount363"
        " | Hỗ trợ ổn định đời sống (đ)=-:support363 | QĐ phê duyệt=-:decision363"
        " | Ngày QĐ=date@%d/%m/%Y | Tình trạng nhận tiền=-:recv_status363",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "danh_sach_sinh_vien_ngoai_tru_phuong_tan_thinh_dai_hoc_thai_nguyen_vn363",
        "STT=row | Mã SV=-:student_id363 | Họ và tên sinh viên=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | CCCD=cccd"
        " | Trường=-:school363 | Lớp=-:class363 | Hộ khẩu thường trú=address:bk_old_addr363"
        " | SĐT sinh viên=phone | Chủ nhà trọ=-:landlord363"
        " | SĐT chủ trọ=-:landlord_phone363 | Ngày đăng ký tạm trú=date@%d/%m/%Y",
        encoding="utf-8",
    ),
    _shape(
        "danh_sach_thanh_vien_htx_mien_dong_na_ri_vn363",
        "STT=row | Mã TV=-:member_no363 | Họ tên thành viên=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Dân tộc=-:ethnic363 | Số CCCD=cccd"
        " | Thôn=-:hamlet363 | Xã=ward:tn_unit363 | Số điện thoại=phone"
        " | Vốn góp (đ)=-:share363 | DT trồng dong riềng=-:dong_area363"
        " | SL miến giao HTX (kg)=-:noodle_kg363 | Ngày kết nạp=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "so_dang_ky_tem_truy_xuat_nguon_goc_ho_trong_cam_quyt_vn363",
        "stt=row | ho ten chu vuon=full_name | ngay sinh=birth_date@%d-%m-%Y | gioi tinh=sex"
        " | so cccd=cccd | dia chi=address:tn_addr363 | dien thoai=phone"
        " | loai cay=-:orange363 | so cay cho qua=-:trees363 | ma QR=-:qr363"
        " | so tem cap=-:stamps363 | ngay cap tem=date@%d-%m-%Y",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "danh_sach_hanh_khach_di_thuyen_ho_ba_be_ben_thuyen_vn363",
        "STT=row | Số vé=-:ticket363 | Họ tên khách=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | CCCD/Hộ chiếu=cccd | Nơi ở=address:tn_addr363"
        " | SĐT=phone | Bến xuất phát=-:wharf363 | Số hiệu thuyền=-:boat363"
        " | Người lái thuyền=-:boatman363 | Số khách đi cùng=-:guests363"
        " | Người thân liên hệ=-:relative363 | SĐT người thân=-:relative_phone363"
        " | Thời gian xuất bến=timestamp",
        encoding="utf-16",
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
    "tn_addr363",
    "tn_addr_short363",
    "bk_old_addr363",
    "bk_old_abbr363",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND363",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND363",
]
