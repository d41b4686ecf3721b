"""The two-hundred-and-third part of the outside corpus, **blind 203** (written 04:20 UTC,
2026-12-07, never used for tuning): person files a commune's people's committee, a fisheries
sub-department, a forest management board, a provincial construction department, a veterinary
station and a transport department of the Mekong delta could hand over, after the July 2025 merger
of provinces (Cần Thơ, An Giang, Cà Mau, Vĩnh Long, Đồng Tháp and their new wards and communes;
rows nobody updated still carry the old district and province). Nine Vietnamese files: the owners
of combine harvesters who signed up to reap the summer-autumn rice of a Đồng Tháp commune, in
Excel (the machine, its frame number and year, the hired driver and his phone, the field, the
hectares, the price per công, the start); the catfish farms given a farm code, in Windows-1258
with tabs (the code, the ponds' place, the water surface, the fry stocked, the standard, the buyer
under contract); the people who took the honey rafters of a U Minh Hạ melaleuca forest on
contract, in UTF-16 with tabs (the contract, the sub-zone and plot, the rafters, the honey, the
fire pledge, the ranger); the brick and pottery kilns of Vĩnh Long to be converted, in UTF-8 with
a BOM and semicolons (the kiln owner in capitals, the kilns, their kind and product, the workers,
the plan, the deadline, the support); the fishers who registered their gear for the flood season
in An Giang, in UTF-8 with semicolons (the ethnic group, the gear, its count and mesh, the boat,
the fishing ground, the poor-household class, the hamlet head); the Cầu Kè wax-coconut growers
allowed to use the geographical indication, in Excel (the parcel and map sheet, the area, the
trees, the fruits a year, the cooperative group); the households given a lot on deferred payment
in a flood-proof residential cluster, in Windows-1258 with semicolons (the cluster, the lot, the
spouse and their CCCD, the lot's value, what was paid and what is owed); the owners of roaming
duck flocks who declared a move to a veterinary station, in UTF-8 with tabs (the flock, the
breed, the age in days, the vaccination, where from and where to, the hired herder and his
phone); and the boatyards of Cần Thơ checked by the transport department, in UTF-16 with
semicolons (the yard's code and site, the boats it builds, the hull, the yard's area, the
inspector, the result).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind203_writers import WRITERS_BLIND203
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND203: tuple[Shape, ...] = (
    _shape(
        "chu_may_gat_dap_lien_hop_dang_ky_thu_hoach_lua_he_thu_ubnd_xa_dong_thap_vn203",
        "STT=row | Họ tên chủ máy=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số định danh cá nhân=cccd | Địa chỉ thường trú=address:dt_addr203 | SĐT=phone"
        " | Hiệu máy gặt=-:harvester203 | Số khung=-:frame203 | Năm SX=-:year203"
        " | Tài xế lái máy=-:driver203 | SĐT tài xế=-:driver_phone203"
        " | Cánh đồng đăng ký gặt=-:field203 | DT nhận gặt (ha)=-:area203"
        " | Giá gặt (đ/công)=-:price203 | Ngày bắt đầu gặt=date@%d/%m/%Y | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "co_so_nuoi_ca_tra_thuong_pham_cap_ma_so_co_so_nuoi_chi_cuc_thuy_san_vn203",
        "TT=row | Mã số CSNT=-:mscsn203 | Tên chủ cơ sở=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd | Địa chỉ chủ cơ sở=address:ag_addr203"
        " | Điện thoại=phone:phone_spaced | Vị trí ao nuôi=-:pond_loc203"
        " | DT mặt nước (m2)=-:water203 | Số ao=-:ponds203 | Số con giống thả=-:fry203"
        " | Ngày thả giống=date@%d/%m/%Y | Đối tượng nuôi=-:species203"
        " | Chứng nhận=-:standard203 | Bao tiêu đầu ra=-:buyer203",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "nguoi_nhan_khoan_gac_keo_ong_rung_tram_u_minh_ha_ban_qlr_vn203",
        "STT=row | Số HĐ giao khoán=-:contract203 | Họ và tên=full_name | Giới tính=sex"
        " | Ngày sinh=birth_date@%d-%m-%Y | Số CCCD=cccd | Nơi cư trú=address:cm_addr203"
        " | ĐT=phone:phone_dotted | Tiểu khu=-:subzone203 | Khoảnh=-:plot203"
        " | Số kèo ong=-:rafters203 | SL mật (lít)=-:honey203 | Mùa khai thác=-:season203"
        " | Cam kết PCCCR=-:pledge203 | Ngày ký HĐ=date@%d-%m-%Y | CB kiểm lâm=-:ranger203",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "lo_gach_gom_thu_cong_phai_chuyen_doi_so_xay_dung_vinh_long_vn203",
        "STT=row | CHỦ LÒ=full_name:upper_name203 | NS=birth_date@%d/%m/%Y"
        " | CCCD/ĐDCN=cccd:cccd_spaced | Địa chỉ=address:vl_addr203 | SĐT=phone"
        " | Số miệng lò=-:kilns203 | Loại lò=-:kiln_type203 | Sản phẩm=-:product203"
        " | LĐ (người)=-:workers203 | Phương án chuyển đổi=-:plan203"
        " | Thời hạn tháo dỡ=date@%d/%m/%Y | Hỗ trợ (đ)=-:aid203 | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "ngu_dan_dang_ky_ngu_cu_khai_thac_mua_nuoc_noi_ubnd_xa_an_giang_vn203",
        "TT=row | Họ và tên=full_name | Ngày/tháng/năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex:sex203 | Số định danh=cccd | Dân tộc=-:ethnic203"
        " | Địa chỉ=address:ag_addr203 | Số ĐT=phone | Ngư cụ=-:gear203 | SL=-:gear_qty203"
        " | Mắt lưới (mm)=-:mesh203 | Phương tiện=-:boat203 | Vùng khai thác=-:zone203"
        " | Diện hộ=-:poor203 | Ngày ĐK=date@%d/%m/%Y | Trưởng ấp xác nhận=-:head203",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "ho_trong_dua_sap_cau_ke_cap_quyen_su_dung_chi_dan_dia_ly_vn203",
        "STT=row | Mã hộ=-:gi_code203 | Chủ vườn=full_name | Giới tính=sex"
        " | Ngày sinh=birth_date@%d/%m/%Y | CCCD=cccd | Địa chỉ (ấp, xã)=address:ck_addr203"
        " | Điện thoại=phone:phone_spaced | Số thửa=-:parcel203 | Tờ BĐ=-:sheet203"
        " | Diện tích (m²)=-:area_m2_203 | Số cây dừa sáp=-:trees203"
        " | SL (trái/năm)=-:fruits203 | THT/HTX=-:coop203"
        " | Ngày cấp quyền SD CDĐL=date@%d/%m/%Y | Email=email",
        file="xlsx",
    ),
    _shape(
        "ho_nhan_nen_nha_tra_cham_cum_tuyen_dan_cu_vuot_lu_dong_thap_vn203",
        "STT=row | Họ tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Nơi ở hiện nay=address:dt_addr203 | SĐT=phone:phone_dotted"
        " | Cụm/tuyến DC=-:cluster203 | Lô/nền=-:lot203 | Vợ/chồng=-:spouse203"
        " | CCCD vợ/chồng=-:spouse_cccd203 | Số NK=-:hh203 | DT nền (m2)=-:lot_area203"
        " | Giá trị nền (đ)=-:lot_value203 | Đã trả (đ)=-:paid203 | Còn nợ (đ)=-:owed203"
        " | Hạn trả nợ=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "chu_dan_vit_chay_dong_khai_bao_van_chuyen_tram_thu_y_can_tho_vn203",
        "STT=row | Chủ đàn=full_name | Ngày sinh=birth_date@%d/%m/%Y | CCCD=cccd"
        " | Địa chỉ=address:ct_addr203 | Điện thoại=phone | Số lượng (con)=-:ducks203"
        " | Giống=-:breed203 | Ngày tuổi=-:age_days203 | Ngày tiêm cúm GC=date@%d/%m/%Y"
        " | Nơi đi=-:from203 | Nơi đến=-:to203 | Phương tiện=-:truck203"
        " | Ngày di chuyển=date:move203 | Người chăn thuê=-:herder203"
        " | SĐT người chăn=-:herder_phone203 | Số GCN kiểm dịch=-:certificate203",
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "co_so_dong_moi_sua_chua_ghe_xuong_kiem_tra_dieu_kien_so_gtvt_can_tho_vn203",
        "STT=row | Mã cơ sở=-:yard_code203 | Chủ cơ sở=full_name | Giới tính=sex"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd | Nơi thường trú=address:ct_addr203"
        " | Điện thoại=phone | Địa điểm xưởng=-:yard_site203 | Loại PT đóng/sửa=-:boat_kind203"
        " | Vật liệu vỏ=-:hull203 | Năng lực=-:capacity203 | DT xưởng=-:yard_area203"
        " | Số thợ=-:yard_workers203 | Ngày kiểm tra=date@%d/%m/%Y"
        " | Người kiểm tra=-:inspector203 | Kết luận=-:yard_state203",
        encoding="utf-16",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ()
SEX_HOLDS: tuple[str, ...] = ("sex203",)
NAME_HOLDS = frozenset({"upper_name203"})
PHONE_HOLDS: tuple[str, ...] = ()
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "dt_addr203",
    "ag_addr203",
    "cm_addr203",
    "vl_addr203",
    "ck_addr203",
    "ct_addr203",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND203",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND203",
]
