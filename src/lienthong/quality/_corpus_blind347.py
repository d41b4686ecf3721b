"""The three-hundred-and-forty-seventh part of the outside corpus, **blind 347** (written 12:55
UTC, 2026-12-07, never used for tuning): person files the offices, companies and border posts of
the merged province of Đồng Nai (Đồng Nai and Bình Phước since the 2025 merger, two levels of
government, new wards and communes, and books that still write huyện, thị xã and tỉnh Bình Phước)
could hand over. Nine Vietnamese files: the agricultural extension centre's list of cashew
growers given grafted seedlings to renew old gardens, in Windows-1258 with semicolons (the garden
area, the planting year, the variety, the seedlings, the extension officer); the Long Thành
airport compensation council's payment list in Excel (the household code, map sheet and parcel,
the land type, the area taken, the amount, the resettlement lot at Lộc An - Bình Sơn, the person
who signs for the household, addresses of the old huyện Long Thành); the commune's list of people
who lost farmland to the airport signing up for vocational training, in UTF-8 with a BOM (the
trade, the college, the level, the support); a S'tiêng language class for border guards and
commune police in UTF-16 with tabs (the rank, the post, the unit, the mark); a commune's book of
name corrections of S'tiêng and M'nông people in Windows-1258 with tabs (the name as it stands
now, the old name on the birth certificate, the ethnic group, the reason, old Bình Phước
addresses); an occupational health centre's periodic examination of Biên Hòa industrial park
workers in UTF-8 with semicolons and headers without diacritics (the employee number, the
company, the park, the hazard, the health class, the finding, the home place in another
province); a ward's list of workers' children at independent crèches in Excel (the child, the
shift, the fee, the spouse's phone, the home ward alone); a Lộc Ninh border post's book of
people entering the border belt in UTF-16 with semicolons (the purpose, the place, the host, the
motorbike plate, the days); and a farmers' union's class on low-bark rubber tapping for
smallholders in UTF-8 with tabs (the clone, the trees, the tapping system, the group).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind347_writers import WRITERS_BLIND347
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND347: tuple[Shape, ...] = (
    _shape(
        "ho_trong_dieu_nhan_cay_giong_ghep_cai_tao_vuon_dieu_gia_coi_tt_khuyen_nong_dong_nai_vn347",
        "STT=row | Họ và tên chủ hộ=full_name | Ngày/tháng/năm sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Địa chỉ (ấp, xã)=address:dn_new_addr347 | Điện thoại=phone"
        " | DT vườn điều (ha)=-:dieu_area347 | Năm trồng=-:dieu_age347"
        " | Giống đăng ký=-:dieu_variety347 | SL cây giống (cây)=-:dieu_seedlings347"
        " | Hình thức=-:dieu_method347 | Ngày nhận giống=date@%d/%m/%Y"
        " | Cán bộ khuyến nông phụ trách=-:dieu_staff347 | Ký nhận=-:none",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_nhan_tien_boi_thuong_ho_tro_thu_hoi_dat_cang_hkqt_long_thanh_hoi_dong_bt_vn347",
        "STT=row | Mã hộ=-:lt_household347 | Họ tên chủ sử dụng đất=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | CMND/CCCD=cccd"
        " | Địa chỉ thường trú=address:lt_old_addr347 | Tờ BĐ số=-:lt_sheet347"
        " | Thửa số=-:lt_parcel347 | Loại đất=-:lt_landtype347"
        " | DT thu hồi (m²)=-:lt_area347 | Tổng giá trị BT, HT (đồng)=-:lt_money347"
        " | Lô TĐC được giao=-:lt_resettle347 | Người nhận thay (ủy quyền)=-:lt_proxy347"
        " | Ngày chi trả=date@%d/%m/%Y | SĐT liên hệ=phone:phone_spaced",
        file="xlsx",
    ),
    _shape(
        "lao_dong_bi_thu_hoi_dat_nong_nghiep_san_bay_long_thanh_dang_ky_hoc_nghe_ubnd_xa_vn347",
        "TT=row | Họ và tên người lao động=full_name | Ngày sinh=birth_date@%d-%m-%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Nơi ở hiện nay=address:dn_new_addr347"
        " | Số ĐT=phone | Mã hộ bị thu hồi đất=-:lt_household347 | Nghề đăng ký học=-:tr_trade347"
        " | Cơ sở đào tạo=-:tr_school347 | Trình độ=-:tr_level347"
        " | Mức hỗ trợ (đ/người)=-:tr_support347 | Ngày đăng ký=date@%d-%m-%Y"
        " | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=",",
    ),
    _shape(
        "hoc_vien_lop_tieng_stieng_can_bo_bien_phong_cong_an_xa_bch_bdbp_dong_nai_vn347",
        "STT=row | Cấp bậc=-:rank347 | Họ và tên=full_name:full_name_caps"
        " | Sinh ngày=birth_date@%d/%m/%Y | Số CCCD=cccd | Chức vụ=-:post347"
        " | Đơn vị=-:unit347 | Quê quán=-:home_out_addr347 | SĐT=phone:phone_dotted"
        " | Điểm KT cuối khóa=-:score347 | Xếp loại=-:result347"
        " | Ngày cấp chứng chỉ=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "so_cai_chinh_ho_ten_xac_dinh_lai_dan_toc_nguoi_stieng_mnong_ubnd_xa_bu_gia_map_vn347",
        "Số TT=row | Họ, chữ đệm, tên (sau cải chính)=full_name:stieng_name347"
        " | Họ tên trước đây=-:old_name347 | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex:sex_lower347 | Dân tộc=-:ethnic347 | Số định danh=cccd"
        " | Nơi cư trú=address:bp_old_addr347 | GKS số/quyển=-:birthcert347"
        " | Nội dung cải chính=-:reason347 | Ngày đăng ký=date@%d/%m/%Y"
        " | Người đi đăng ký=-:dieu_staff347",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "cong_nhan_kcn_bien_hoa_kham_suc_khoe_dinh_ky_phat_hien_benh_nghe_nghiep_ttksbt_vn347",
        "STT=row | Ma NV=-:employee_no347 | Ho va ten=full_name:full_name_ascii"
        " | Ngay sinh=birth_date@%d/%m/%Y | GT=sex | So CCCD=cccd"
        " | Que quan / HKTT=address:home_out_addr347 | Don vi=-:oh_company347"
        " | KCN=-:oh_kcn347 | Yeu to co hai=-:oh_hazard347 | PL suc khoe=-:oh_class347"
        " | Ket luan=-:oh_finding347 | Ngay kham=date@%d/%m/%Y | Ma so BHXH=bhxh",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "cong_nhan_gui_con_nhom_tre_doc_lap_gan_kcn_ho_tro_ubnd_phuong_long_binh_vn347",
        "STT=row | Họ tên cha/mẹ (CN)=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | CCCD=cccd | Phường/xã thường trú=ward:dn_ward347 | Công ty=-:oh_company347"
        " | Ca làm việc=-:shift347 | Họ tên trẻ=-:child_name347"
        " | Ngày sinh của trẻ=-:child_birth347 | Nhóm trẻ/lớp=-:creche347"
        " | Học phí/tháng=-:fee347 | ĐT=phone | ĐT vợ/chồng=-:spouse_phone347"
        " | Ngày nhận hỗ trợ=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "so_dang_ky_vao_vanh_dai_bien_gioi_don_bien_phong_loc_thanh_loc_ninh_vn347",
        "TT=row | Họ tên=full_name | Năm, tháng, ngày sinh=birth_date@%Y/%m/%d"
        " | Giới tính=sex | CCCD số=cccd | HKTT=address:bp_old_addr347 | Mục đích=-:bb_purpose347"
        " | Địa điểm đến=-:bb_place347 | Chủ rẫy/người bảo lãnh=-:bb_host347"
        " | BKS xe=-:bb_plate347 | Số ngày lưu lại=-:bb_days347"
        " | Ngày vào=date@%Y/%m/%d | Điện thoại=phone",
        encoding="utf-16",
        delimiter=";",
    ),
    _shape(
        "hoc_vien_tap_huan_cao_mu_tiet_kiem_vo_ho_tieu_dien_cao_su_hoi_nong_dan_xa_vn347",
        "STT=row | Tổ=-:rb_group347 | Họ và tên học viên=full_name"
        " | Ngày sinh=birth_date@%d.%m.%Y | Giới=sex | Số CCCD=cccd:cccd_spaced"
        " | Địa chỉ=address:dn_new_addr347 | SĐT=phone | Dòng vô tính=-:rb_clone347"
        " | Năm trồng=-:rb_year347 | Số cây đang cạo=-:rb_trees347"
        " | Chế độ cạo=-:rb_system347 | Ngày tập huấn=date@%d.%m.%Y | Ghi chú=-:note_vi",
        encoding="utf-8",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ()
SEX_HOLDS: tuple[str, ...] = ("sex_lower347",)
NAME_HOLDS = frozenset({"stieng_name347"})
PHONE_HOLDS: tuple[str, ...] = ()
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "dn_new_addr347",
    "bp_old_addr347",
    "lt_old_addr347",
    "home_out_addr347",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND347",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND347",
]
