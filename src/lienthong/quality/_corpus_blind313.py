"""The three-hundred-and-thirteenth part of the outside corpus, **blind 313** (written 10:43 UTC,
2026-12-07, never used for tuning): person files a commune's farmers' association in Tri Tôn, the
compensation board of the Phú Quốc special zone, the border guard post at the Hà Tiên gate, the
board of the Bà Chúa Xứ temple on Núi Sam, a Chăm mosque's board in An Phú, the province's
public administration service centres, the tourist area board of Núi Cấm, the Kiên Hải special
zone and a Long Xuyên ward's police could hand over, all in the new An Giang province made in
2025 of the former An Giang and the former Kiên Giang, the old three-level addresses beside the
new two-level ones (xã, phường or đặc khu, then tỉnh An Giang).
Nine Vietnamese files: Khmer and Kinh palm sugar climbers of Tri Tôn and Tịnh Biên insured
against falls in Windows-1258 with semicolons (the ethnic group, the palms climbed, the years
climbing, where the sap is boiled, the policy, the premium, the beneficiary, the day the cover
starts); Phú Quốc households whose land the APEC 2027 works take in Excel (the old and the new
home address, the plot and map sheet, the area, the land use, the compensation in dong, the
resettlement plot, the day paid); motorbikes taken across the Hà Tiên - Prek Chak gate in UTF-16
with tabs and headers without diacritics (the plate, the make, the declaration, the days out and
due back, whether it came back, why it went); volunteers at the Bà Chúa Xứ festival in UTF-8 with
a BOM and semicolons (the school or youth union, the post, the shift, the shirt size, someone to
call and their phone); pupils of a Chăm mosque's classes in An Phú and Tân Châu in UTF-8 with
tabs (the Muslim name beside the Vietnamese one, the parent, the class, the mosque, the hakim);
dossiers handed in outside the home commune at any public administration centre in UTF-8 with
semicolons and capital headers (the receipt, the procedure, the centre, the deciding office, the
due day, the status, the old and new address, the time last updated); Núi Cấm tourist drivers in
Windows-1258 with tabs (the vehicle, the plate, the licence class and number, the cooperative,
the badge and its expiry); island residents' ferry cards in Kiên Hải in UTF-16 with semicolons
(the old and new address, the card, the route, the kind of fare, the discount); and traders who
live on their boats at the Long Xuyên floating market declaring their stay in Excel (the home
address before the merger, the boat's number and kind, the goods, where they come from, how many
live aboard, the stay's end).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind313_writers import WRITERS_BLIND313
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND313: tuple[Shape, ...] = (
    _shape(
        "nguoi_leo_cay_thot_not_tham_gia_bao_hiem_tai_nan_hoi_nong_dan_xa_tri_ton_vn313",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Dân tộc=-:tn_ethnic313"
        " | Số CCCD=cccd | Địa chỉ (ấp, xã)=address:tn_addr313 | SĐT=phone"
        " | Số cây thốt nốt leo=-:tn_trees313 | Số năm leo=-:tn_years313"
        " | Nơi nấu đường=-:tn_kitchen313 | Số HĐ bảo hiểm=-:tn_policy313"
        " | Phí BH (đ/năm)=-:tn_fee313 | Người thụ hưởng=-:tn_benef313"
        " | Ngày hiệu lực=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_dan_bi_thu_hoi_dat_du_an_phuc_vu_apec_2027_ban_bt_gpmb_dac_khu_phu_quoc_vn313",
        "TT=row | Họ và tên chủ sử dụng đất=full_name | Ngày tháng năm sinh=birth_date:excel_date"
        " | Số CCCD=cccd | Địa chỉ thường trú (trước sắp xếp)=address:pq_old313"
        " | Địa chỉ thường trú (sau sắp xếp)=address:pq_new313 | Thửa đất số=-:pq_plot313"
        " | Tờ BĐĐC số=-:pq_sheet313 | DT thu hồi (m2)=-:pq_area313"
        " | Loại đất=-:pq_landuse313 | Tổng BT, HT (đồng)=-:pq_money313"
        " | Bố trí TĐC=-:pq_resettle313 | Ngày chi trả=date:excel_event"
        " | ĐT liên hệ=phone:phone_spaced",
        file="xlsx",
    ),
    _shape(
        "nguoi_dieu_khien_xe_may_tam_xuat_tai_nhap_cua_khau_quoc_te_ha_tien_don_bpck_vn313",
        "STT=row | Ho ten nguoi dieu khien=full_name:full_name_ascii"
        " | Ngay sinh=birth_date@%d/%m/%Y | Gioi tinh=sex:sex_caps | So CCCD=cccd"
        " | Noi thuong tru=address:ht_addr_ascii313 | Dien thoai=phone"
        " | Bien so=-:ht_plate313 | Nhan hieu xe=-:ht_brand313 | So to khai=-:ht_decl313"
        " | Ngay tam xuat=date@%d/%m/%Y | Han tai nhap=-:ht_due313"
        " | Tinh trang=-:ht_back313 | Muc dich=-:ht_purpose313",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "tinh_nguyen_vien_phuc_vu_le_hoi_via_ba_chua_xu_nui_sam_ban_quan_tri_mieu_vn313",
        "TT=row | Họ tên TNV=full_name | Ngày sinh=birth_date@%d-%m-%Y | Giới=sex"
        " | CCCD=cccd:cccd_spaced | Đơn vị / trường=-:vb_school313"
        " | Chỗ ở hiện nay=address:ag_new313 | ĐTDĐ=phone:phone_dotted | Email=email"
        " | Vị trí phục vụ=-:vb_post313 | Ca trực=-:vb_shift313 | Size áo=-:vb_size313"
        " | Người liên hệ khi cần=-:vb_contact313 | SĐT người liên hệ=-:vb_contact_phone313"
        " | Ngày đăng ký=date@%d-%m-%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "hoc_vien_lop_tieng_cham_kinh_quran_ban_quan_tri_thanh_duong_an_phu_vn313",
        "STT=row | Họ tên (tên Việt)=full_name | Tên Hồi giáo=full_name:cham_muslim313"
        " | Ngày sinh=birth_date@%d/%m/%Y | Nam/Nữ=sex | Mã định danh=cccd"
        " | Chỗ ở=address:cham_addr313 | Số ĐT=phone | Cha/mẹ (người giám hộ)=-:cham_parent313"
        " | Lớp=-:cham_class313 | Thánh đường=-:cham_masjid313"
        " | Giáo viên (Hakim)=-:cham_teacher313 | Ngày nhập học=date@%d/%m/%Y",
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "so_tiep_nhan_ho_so_tthc_phi_dia_gioi_trung_tam_phuc_vu_hanh_chinh_cong_xa_vn313",
        "STT=row | SỐ BIÊN NHẬN=-:pd_receipt313 | NGÀY NHẬN=date@%d/%m/%Y"
        " | HỌ TÊN NGƯỜI NỘP=full_name:full_name_caps | NGÀY SINH=birth_date@%Y-%m-%d"
        " | SỐ ĐDCN=cccd | ĐỊA CHỈ CŨ=address:ag_old313 | ĐỊA CHỈ MỚI=address:ag_new313"
        " | SĐT=phone | TÊN THỦ TỤC=-:pd_proc313 | NƠI TIẾP NHẬN=-:pd_center313"
        " | CQ GIẢI QUYẾT=-:pd_agency313 | HẸN TRẢ=-:pd_due313"
        " | TRẠNG THÁI=-:pd_status313 | CẬP NHẬT LÚC=timestamp",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "tai_xe_cho_khach_du_lich_len_nui_cam_cap_the_bql_khu_du_lich_tinh_bien_vn313",
        "TT=row | Họ tên tài xế=full_name | NS=birth_date@%d/%m/%Y | CCCD=cccd"
        " | HKTT=address:nc_home313 | Số ĐT=phone | Loại xe=-:nc_vehicle313"
        " | BKS=-:nc_plate313 | Hạng GPLX=-:nc_licence313 | Số GPLX=-:nc_lic_no313"
        " | HTX / đội xe=-:nc_coop313 | Số thẻ=-:nc_badge313"
        " | Ngày cấp thẻ=date@%d/%m/%Y | Thẻ có giá trị đến=-:nc_expiry313",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "cu_dan_xa_dao_cap_the_uu_dai_gia_ve_tau_khach_dac_khu_kien_hai_vn313",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Địa chỉ cũ=address:is_old313 | Địa chỉ mới=address:is_new313"
        " | Điện thoại=phone | Số thẻ=-:is_card313 | Tuyến=-:is_route313"
        " | Đối tượng=-:is_kind313 | Mức giảm=-:is_discount313 | Ngày cấp=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter=";",
    ),
    _shape(
        "thuong_ho_cho_noi_long_xuyen_khai_bao_tam_tru_tren_phuong_tien_cong_an_phuong_vn313",
        "STT=row | Họ tên chủ ghe=full_name | Ngày sinh=birth_date:excel_date | Giới tính=sex"
        " | Số định danh=cccd | Nơi thường trú (trước 01/7/2025)=address:fl_home_old313"
        " | Điện thoại=phone | Số đăng ký ghe=-:fl_boat313 | Loại phương tiện=-:fl_boat_kind313"
        " | Mặt hàng=-:fl_goods313 | Nơi lấy hàng=-:fl_from313 | Số người trên ghe=-:fl_people313"
        " | Ngày đến=date:excel_event | Tạm trú đến ngày=-:fl_until313",
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ()
SEX_HOLDS: tuple[str, ...] = ()
NAME_HOLDS = frozenset({"cham_muslim313"})
PHONE_HOLDS: tuple[str, ...] = ()
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "tn_addr313",
    "pq_old313",
    "pq_new313",
    "ht_addr_ascii313",
    "ag_new313",
    "ag_old313",
    "cham_addr313",
    "is_old313",
    "is_new313",
    "fl_home_old313",
    "nc_home313",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND313",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND313",
]
