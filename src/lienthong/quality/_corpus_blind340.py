"""The three-hundred-and-fortieth part of the outside corpus, **blind 340** (written 12:40 UTC,
2026-12-07, never used for tuning): person files the offices, ports, factories, villages and
island of the merged city of Hải Phòng (Hải Phòng and Hải Dương since July 2025, two levels of
government, new wards, communes and special zones) could hand over. All nine files are
Vietnamese, and some still carry the old addresses (quận, huyện, thị xã, tỉnh Hải Dương) typed
before the merger. A logistics firm's list of container truck drivers in Windows-1258 with
semicolons (the CCCD, the driving licence, its class and expiry, the tractor and trailer plates,
a relative to call and his phone, the home in the new form); an industrial-zone dormitory's list
of lodgers for the ward police in UTF-16 with tabs (the CCCD, the permanent home in another
province, the home province, the room, the employer and its zone, the rent, the dates of
arrival and of the end of temporary residence); a special zone's list of fish-cage raft owners
of Cát Bà in Excel (the CCCD, the home in the new and in the old form, the bay, the coordinates,
the water area, the cages, the species, the decision allotting the water); a ceramics village
list of potters proposed for craftsman titles in UTF-8 with a BOM and semicolons (names in
capitals, the ĐDCN, the home, the kiln, the years in the trade, the typical ware, the titles
held); a Thanh Hà lychee cooperative's list of growers under purchase contracts in UTF-8 with
tabs (the grower, the CCCD with spaces, the orchard address, the area in sào, the expected
tonnes, the agreed price, the harvest date, the buyer, the bank account); a new ward's one-stop
office register of requests to change addresses on papers after the merger in Excel (the old and
the new address, the paper, the receiving officer, the dates); a port's safety training list of
crane and forklift drivers in Windows-1258 with tabs (the CCCD, the place of origin, the port
company, the job, the card, its validity, the score); a Lan Hạ bay list of tour boat masters in
UTF-16 with semicolons (the CCCD, the certificate and its number, the boat, its registration and
seats, its owner, the home on the island, a phone written +84); and the city's list of commune
officials placed into the new wards in UTF-8 (family and middle name apart from the given name,
the old and the new post and unit, the degree, the salary coefficient, the day of joining the
Party, the home address).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind340_writers import WRITERS_BLIND340
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND340: tuple[Shape, ...] = (
    _shape(
        "lai_xe_dau_keo_container_doi_xe_cong_ty_logistics_dinh_vu_hp340",
        "STT=row | Ho va ten lai xe=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | So CCCD=cccd | So GPLX=-:drv_gplx340 | Hang=-:drv_class340"
        " | GPLX het han=date:drv_expiry340@%d/%m/%Y | BKS dau keo=-:drv_tractor340"
        " | BKS mooc=-:drv_trailer340 | Don vi=-:drv_firm340 | DT lai xe=phone:phone_dotted"
        " | Cho o hien nay=address:hp_addr340 | Nguoi than (bao tin)=-:drv_kin340"
        " | DT nguoi than=-:drv_kinphone340 | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nguoi_luu_tru_nha_o_cong_nhan_kcn_trang_due_bao_cong_an_phuong_hp340",
        "STT=row | Phòng ở=-:ktx_room340 | Họ và tên=full_name | Ngày, tháng, năm sinh"
        "=birth_date@%d/%m/%Y | Giới tính=sex | Số định danh cá nhân=cccd"
        " | Nơi thường trú=address:hp_far340 | Quê (tỉnh)=-:ktx_origin340"
        " | Nơi làm việc=-:ktx_firm340 | KCN=-:ktx_kcn340 | SĐT=phone"
        " | Ngày đến ở=date@%d/%m/%Y | Tạm trú đến ngày=date:ktx_until340@%d/%m/%Y"
        " | Tiền phòng (đ/tháng)=-:ktx_fee340",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "chu_be_nuoi_trong_thuy_san_giao_khu_vuc_bien_vinh_lan_ha_dac_khu_cat_hai_hp340",
        "TT=row | Họ tên chủ bè=full_name | Ngày sinh=birth_date@%d/%m/%Y | CCCD/ĐDCN=cccd"
        " | Địa chỉ thường trú=address:hp_catba340"
        " | Địa chỉ cũ (trước 01/7/2025)=address:raft_old340"
        " | Điện thoại=phone | Vị trí neo bè=-:raft_site340 | Tọa độ (VN-2000)=-:raft_coord340"
        " | Diện tích mặt nước (m²)=-:raft_area340 | Số ô lồng=-:raft_cages340"
        " | Đối tượng nuôi=-:raft_species340 | Số QĐ giao khu vực biển=-:raft_decision340"
        " | Ngày QĐ=date@%d/%m/%Y | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "tho_gom_de_nghi_xet_tang_danh_hieu_nghe_nhan_lang_gom_chu_dau_my_xa_hp340",
        "STT=row | HỌ VÀ TÊN=full_name:full_name_caps | Năm sinh (ngày/tháng/năm)"
        "=birth_date@%d/%m/%Y | Nam/Nữ=sex | Số ĐDCN=cccd | Nơi cư trú=address:hp_pottery340"
        " | Cơ sở sản xuất=-:gom_kiln340 | Số năm làm nghề=-:gom_years340"
        " | Sản phẩm tiêu biểu=-:gom_ware340 | Danh hiệu đã được công nhận=-:gom_title340"
        " | ĐTDĐ=phone | Ngày nộp hồ sơ=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "ho_trong_vai_thieu_ky_hop_dong_bao_tieu_htx_thanh_ha_vu_2026_hp340",
        "STT=row | Mã hộ=-:vai_code340 | Chủ hộ=full_name | NS=birth_date@%d/%m/%Y"
        " | CCCD=cccd:cccd_spaced"
        " | Địa chỉ vườn/hộ=address:hp_lychee340 | DT vải (sào)=-:vai_area340"
        " | SL dự kiến (tấn)=-:vai_yield340 | Giá bao tiêu (đ/kg)=-:vai_price340"
        " | Ngày thu hoạch dự kiến=date:vai_harvest340@%d/%m/%Y | Đơn vị thu mua=-:vai_buyer340"
        " | STK Agribank=-:vai_account340 | SĐT=phone:phone_spaced | Ngày ký HĐ=date@%d/%m/%Y",
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "so_tiep_nhan_de_nghi_dieu_chinh_dia_chi_sau_sap_xep_dvhc_ttpvhcc_phuong_hp340",
        "TT=row | Mã hồ sơ=-:hc_receipt340 | Người nộp=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | SĐT liên hệ=phone | Địa chỉ cũ (theo giấy tờ)=address:hp_old340"
        " | Địa chỉ mới=address:hp_new340 | Nội dung đề nghị=-:hc_doc340"
        " | Ngày tiếp nhận=date@%d/%m/%Y | CB tiếp nhận=-:hc_officer340"
        " | Ngày hẹn trả=date:hc_due340@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "huan_luyen_an_toan_lao_dong_nhom_3_cong_nhan_cang_hp340",
        "TT=row | Ho ten=full_name | Ngay sinh=birth_date@%d-%m-%Y | Gioi tinh=sex"
        " | CCCD=cccd | Que quan=-:port_origin340 | Don vi=-:port_unit340"
        " | Cong viec/chuc danh=-:port_job340 | So the ATLD=-:port_card340"
        " | Ngay cap=date@%d-%m-%Y | Hieu luc den=date:port_valid340@%d-%m-%Y"
        " | Diem KT=-:port_score340",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "nguoi_lai_phuong_tien_cho_khach_du_lich_vinh_lan_ha_cat_ba_hp340",
        "STT=row | Họ tên người lái=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Nơi cư trú=address:hp_catba340 | Điện thoại=phone:hp_phone84_340"
        " | Loại bằng/CCCM=-:boat_cert340 | Số GCN=-:boat_certno340 | Tên tàu=-:boat_name340"
        " | Số đăng ký=-:boat_reg340 | Số ghế=-:boat_seats340 | Chủ phương tiện=-:boat_owner340"
        " | Ngày kiểm tra=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter=";",
    ),
    _shape(
        "can_bo_cong_chuc_cap_xa_bo_tri_sau_sap_xep_dvhc_so_noi_vu_hp340",
        "STT=row | Họ và chữ đệm=family_name:family_middle | Tên=given_name:given_only"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd"
        " | Chức vụ trước sắp xếp=-:cb_oldpost340 | Đơn vị trước sắp xếp=-:cb_oldunit340"
        " | Chức vụ bố trí=-:cb_newpost340 | Đơn vị bố trí=-:cb_newunit340"
        " | Trình độ CM=-:cb_degree340 | Hệ số lương=-:cb_coef340"
        " | Ngày vào Đảng=date:cb_party340@%d/%m/%Y | Nơi ở hiện nay=address:hp_addr340"
        " | Số ĐT=phone | Ghi chú=-:note_vi",
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ()
SEX_HOLDS: tuple[str, ...] = ()
NAME_HOLDS: frozenset[str] = frozenset()
PHONE_HOLDS: tuple[str, ...] = ("hp_phone84_340",)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "hp_addr340",
    "hp_old340",
    "hp_lychee340",
    "hp_pottery340",
    "hp_catba340",
    "hp_far340",
    "hp_new340",
    "raft_old340",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND340",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND340",
]
