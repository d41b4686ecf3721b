"""The two-hundred-and-seventy-eighth part of the outside corpus, **blind 278** (written 10:08 UTC,
2026-12-07, never used for tuning): person files the commune and ward offices, the health
department, a pineapple cooperative, a Khmer pagoda and the plant protection station of the new
Cần Thơ city (the former Cần Thơ, Sóc Trăng and Hậu Giang merged in 2025) could hand over.
Nine Vietnamese files, none foreign: Khmer poor households receiving Chôl Chnăm Thmây new year gifts
in UTF-8 with a BOM and semicolons (the phum or sóc, the new address, the pagoda, the kind of
household, the members, the gift, who took it for them); bánh pía kitchens given their food safety
certificate in Windows-1258 with semicolons (the kitchen and its address apart from the owner's old
four-level home address, the product, the capacity, the certificate, its day and its end); Cầu Đúc
pineapple growers allowed the collective mark in Excel (the old address before 1 July 2025 beside
the new two-level one, the area, the variety, the member code, the group); a rural bridge's
contributions in UTF-16 with tabs and headers without diacritics (the bridge, the money, the work
days, the land given, the collector, the time last updated); a course for Achars and pagoda board
members of the ethnic and religious affairs board in Excel (upper-case Khmer names, the pagoda, the
role, the years, the teaching monk, the result, the certificate); xe lôi drivers changing trade in
UTF-8 (the kind of vehicle, the stand, the years, the plan, the support); Khmer lay Buddhists
keeping the eight precepts at a pagoda in the rains retreat in Windows-1258 with tabs (the hamlet
alone, the new commune or ward alone, the span, the first day, a relative and the relative's phone,
the guiding monk); rice fields hit by brown planthopper in UTF-8 with a BOM and tabs (the old
commune and district, the variety, the pest, the area, the loss, the support); and household
businesses moving to their new address after the merger in UTF-8 with semicolons (the business
number, the name, the trade, the capital, the old and the new address, the day of the change).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind278_writers import WRITERS_BLIND278
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND278: tuple[Shape, ...] = (
    _shape(
        "ho_dong_bao_khmer_nhan_qua_tet_chol_chnam_thmay_ubnd_xa_tp_can_tho_vn278",
        "STT=row | Họ tên chủ hộ=full_name:km_name278 | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Phum/Sóc (ấp)=-:ct_hamlet278"
        " | Địa chỉ (sau sắp xếp)=address:ct_new278 | Chùa sinh hoạt=-:pagoda278"
        " | Diện hộ=-:gift_kind278 | Số khẩu=-:gift_members278"
        " | Mức quà (đồng)=-:gift_value278 | Ngày nhận=date@%d/%m/%Y"
        " | Người nhận thay=-:gift_proxy278",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "co_so_san_xuat_banh_pia_cap_gcn_du_dieu_kien_attp_so_y_te_can_tho_vn278",
        "STT=row | Tên cơ sở=-:pia_shop278 | Địa chỉ cơ sở SX=-:pia_addr278"
        " | Chủ cơ sở=full_name | Năm sinh=birth_date@%d/%m/%Y | CCCD=cccd"
        " | Nơi thường trú=address:ct_old278 | Điện thoại=phone | Sản phẩm=-:pia_prod278"
        " | Công suất (kg/ngày)=-:pia_cap278 | Số GCN ATTP=-:pia_no278"
        " | Ngày cấp=date@%d/%m/%Y | Có hiệu lực đến=date:pia_until278",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_trong_khom_cau_duc_duoc_su_dung_nhan_hieu_tap_the_htx_vi_thanh_vn278",
        "TT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | CCCD/ĐDCN=cccd:cccd_spaced | Địa chỉ cũ (trước 01/7/2025)=address:ct_old278"
        " | Địa chỉ mới=address:ct_new278 | SĐT=phone | Diện tích (ha)=-:khom_area278"
        " | Giống=-:khom_kind278 | Mã số thành viên=-:khom_code278"
        " | Tổ hợp tác/HTX=-:khom_group278 | Ngày được cấp quyền SD=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "ho_dan_dong_gop_xay_cau_giao_thong_nong_thon_ban_van_dong_ap_vn278",
        "STT=row | Ho ten=full_name | Ngay sinh=birth_date@%d-%m-%Y | So CCCD=cccd"
        " | Dia chi=address:ct_ascii278 | So DT=phone | Cong trinh=-:bridge278"
        " | Tien dong gop (d)=-:bridge_money278 | Ngay cong=-:bridge_days278"
        " | Hien dat (m2)=-:bridge_land278 | Ngay dong=date@%d-%m-%Y"
        " | Nguoi thu=-:bridge_officer278 | Cap nhat=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hoc_vien_lop_boi_duong_acha_ban_quan_tri_chua_khmer_ban_dan_toc_ton_giao_vn278",
        "STT=row | HỌ VÀ TÊN=full_name:km_caps278 | NGÀY SINH=birth_date@%d/%m/%Y"
        " | Số định danh=cccd | Nơi ở=address:ct_new278 | Chùa=-:pagoda278"
        " | Chức danh=-:achar_role278 | Số năm tham gia=-:achar_years278"
        " | Giảng viên (sư)=-:achar_monk278 | Kết quả=-:achar_result278"
        " | Số giấy CN=-:achar_cert278 | Ngày cấp=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "nguoi_chay_xe_loi_xe_ba_gac_dang_ky_chuyen_doi_nghe_ubnd_phuong_vn278",
        "TT=row | Họ tên=full_name | Ngày/tháng/năm sinh=birth_date@%d/%m/%Y | Nam/Nữ=sex"
        " | CCCD=cccd | Chỗ ở hiện nay=address:ct_new278 | Số điện thoại=phone"
        " | Loại xe=-:loi_kind278 | Nơi đậu đón khách=-:loi_stand278"
        " | Số năm chạy xe=-:loi_years278 | Nguyện vọng chuyển đổi=-:loi_plan278"
        " | Hỗ trợ (đ)=-:loi_support278 | Ngày đăng ký=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="utf-8",
    ),
    _shape(
        "phat_tu_khmer_dang_ky_tho_bat_quan_trai_mua_an_cu_chua_khmer_vn278",
        "STT=row | Họ tên Phật tử=full_name:km_name278 | Ngày sinh=birth_date@%d/%m/%Y"
        " | CCCD=cccd | Ấp/Phum sóc=-:ct_hamlet278 | Xã, phường=ward:ct_ward278"
        " | Số ngày thọ giới=-:ord_len278 | Ngày bắt đầu=date@%d/%m/%Y | Chùa=-:pagoda278"
        " | Người thân liên hệ=-:ord_relative278 | ĐT người thân=-:ord_relative_phone278"
        " | Sư hướng dẫn=-:ord_abbot278",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "ho_trong_lua_thiet_hai_ray_nau_vang_lun_de_nghi_ho_tro_tram_trong_trot_bvtv_vn278",
        "STT=row | Tên chủ hộ=full_name | Sinh ngày=birth_date@%d.%m.%Y | Số CCCD=cccd"
        " | Ấp=-:ct_hamlet278 | Xã, huyện (cũ)=-:ct_old_commune278 | ĐT=phone"
        " | Giống lúa=-:ray_crop278 | Đối tượng gây hại=-:ray_pest278"
        " | DT thiệt hại (m²)=-:ray_area278 | Mức thiệt hại=-:ray_level278"
        " | Kinh phí hỗ trợ (đ)=-:ray_support278 | Ngày kiểm tra=date@%d.%m.%Y",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "ho_kinh_doanh_thay_doi_dia_chi_gcn_dkhkd_sau_sap_xep_dvhc_phong_kinh_te_vn278",
        "STT=row | Mã số HKD=-:hkd_no278 | Tên hộ kinh doanh=-:hkd_name278"
        " | Chủ hộ kinh doanh=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Nơi cư trú=address:ct_new278 | ĐT=phone"
        " | Ngành nghề=-:hkd_trade278 | Vốn KD (đ)=-:hkd_capital278"
        " | Địa điểm KD cũ=-:ct_old278 | Địa điểm KD mới=-:ct_new278"
        " | Ngày thay đổi=date@%d/%m/%Y",
        encoding="utf-8",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ()
SEX_HOLDS: tuple[str, ...] = ()
NAME_HOLDS = frozenset({"km_name278", "km_caps278"})
PHONE_HOLDS: tuple[str, ...] = ()
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ct_old278", "ct_new278", "ct_ascii278")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND278",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND278",
]
