"""The two-hundred-and-sixty-ninth part of the outside corpus, **blind 269** (written 09:56 UTC,
2026-12-07, never used for tuning): person files a silk reeling mill in Bảo Lộc, the Lang Biang
tourist area, the medical centre of the Phú Quý special zone, the compensation board of the
Nhân Cơ bauxite-alumina project, a commune of Bắc Bình, a macadamia cooperative in Tuy Đức, a
commune by the Bàu Trắng dunes, a ward of Đà Lạt and a protection forest board of Đạ Huoai could
hand over, all in the Lâm Đồng province merged in 2025 (the former Lâm Đồng with Đà Lạt, the
former Đắk Nông, the former Bình Thuận with Phan Thiết and Phú Quý), K'Ho, M'Nông, Mạ and Chăm
names beside Kinh ones, addresses in the new two-level form or the old one from before the
merger.
Nine Vietnamese files: silkworm rearers selling cocoons to the reeling mill, in Windows-1258
with semicolons (the breed, the mulberry area in sào, the boxes of eggs, the kilograms, the
grade, the price, the weighing slip); jeep drivers taking visitors up Lang Biang, in Excel (the
plate, the seats, the licence class and number, the owner, the inspection's expiry, the
driver's card); patients sent from Phú Quý island to the mainland in an emergency, in UTF-8 with
a BOM and semicolons (the relative who went along and that relative's phone, the diagnosis, the
boat or helicopter, the hospital, the hour, the doctor, the health insurance card); households
whose land the bauxite project took, registering to learn a trade, in UTF-16 with tabs and
headers without diacritics (the old address apart from the new commune, the area taken, the
kind of land, the decision, the trade, the workers, the support, the time last updated); Chăm
households given breeding cows, in Windows-1258 with tabs (the hamlet and the new commune
apart, the old commune and district, the poverty status, the ear tag, the weight, the value, the
supplier, the vet, how it was signed for); macadamia growers under a buying contract, in UTF-8
(the people, the variety, the area, the trees, the year planted, the crop between, the contract,
the yield, dates ``12-03-1975``); off-road vehicles hired out on the dunes, in UTF-16 (the kind,
the frame number, the board's number, the lot, the hired driver, the insurance's end, the
status, ISO dates); strawberry farms asking to be points of farm tourism, in UTF-8 with a BOM and
tabs (the garden's plot apart from the home, the farm's name, the greenhouse area, the variety,
the ticket, the capacity, the result, the fan page); and Mạ households allowed to gather forest
products, in Excel (the product, the forest, the compartment, the quantity, the paper, the
forest protection team and its head).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind269_writers import WRITERS_BLIND269
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND269: tuple[Shape, ...] = (
    _shape(
        "ho_nuoi_tam_ban_ken_cho_nha_may_uom_to_bao_loc_phieu_can_thu_mua_vn269",
        "STT=row | Họ tên chủ hộ=full_name:kho269 | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Địa chỉ=address:home_ld269 | ĐT=phone"
        " | Giống tằm=-:silk_breed269 | DT dâu (sào)=-:silk_area269"
        " | Số hộp trứng/lứa=-:silk_boxes269 | SL kén (kg)=-:silk_kg269"
        " | Phân loại kén=-:silk_grade269 | Đơn giá (đ/kg)=-:silk_price269"
        " | Ngày bán=date@%d/%m/%Y | Số phiếu cân=-:silk_ticket269",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "tai_xe_jeep_dua_khach_len_dinh_lang_biang_dang_ky_voi_khu_du_lich_vn269",
        "TT=row | Họ và tên lái xe=full_name:lach269 | NS=birth_date@%d/%m/%Y"
        " | Giới tính=sex | CCCD=cccd:cccd_spaced | Thường trú=address:home_ld269"
        " | SĐT=phone:phone_dotted | Biển kiểm soát=-:jeep_plate269"
        " | Số chỗ=-:jeep_seats269 | Hạng GPLX=-:jeep_class269 | Số GPLX=-:jeep_licence269"
        " | Chủ xe=-:jeep_owner269 | Hạn kiểm định=date@%d/%m/%Y | Số thẻ tài xế=-:jeep_card269",
        file="xlsx",
    ),
    _shape(
        "benh_nhan_chuyen_vien_cap_cuu_vao_dat_lien_ttyt_dac_khu_phu_quy_vn269",
        "STT=row | Họ tên BN=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới=sex"
        " | Số định danh=cccd | Địa chỉ=address:home_pq269 | Số thẻ BHYT=bhyt"
        " | Người nhà đi cùng=-:pq_kin269 | SĐT người nhà=-:pq_kin_phone269"
        " | Chẩn đoán=-:pq_diag269 | Phương tiện=-:pq_mode269 | Nơi chuyển đến=-:pq_to269"
        " | Ngày chuyển=date@%d/%m/%Y | Giờ đi=-:pq_hour269 | BS chỉ định=-:pq_doctor269",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "ho_bi_thu_hoi_dat_du_an_bauxit_nhom_nhan_co_dang_ky_hoc_nghe_chuyen_doi_vn269",
        "STT=row | Ho ten chu ho=full_name:mnong269 | Ngay sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex | So CCCD=cccd | Dia chi cu (truoc 01/7/2025)=address:dn_old269"
        " | Xa moi=ward:dn_ward269 | Dien thoai=phone | DT thu hoi (m2)=-:bx_area269"
        " | Loai dat=-:bx_land269 | So QD thu hoi=-:bx_decision269"
        " | Nghe dang ky hoc=-:bx_trade269 | So LD trong ho=-:bx_workers269"
        " | Muc ho tro (d)=-:bx_support269 | Ngay dang ky=date@%d/%m/%Y | Cap nhat=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ho_dong_bao_cham_nhan_bo_cai_sinh_san_ct_mtqg_1719_ubnd_xa_bac_binh_vn269",
        "TT=row | Họ tên người nhận=full_name:cham269 | Ngày tháng năm sinh=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | CCCD=cccd | Thôn=street:bb_hamlet269 | Xã=ward:bb_ward269"
        " | Xã, huyện cũ=-:bb_old269 | Điện thoại=phone | Diện hộ=-:cow_status269"
        " | Số tai bò=-:cow_tag269 | Trọng lượng (kg)=-:cow_weight269"
        " | Giá trị (đồng)=-:cow_value269 | Đơn vị cung ứng=-:cow_vendor269"
        " | Ngày giao=date@%d/%m/%Y | Cán bộ thú y=-:cow_vet269 | Ký nhận=-:cow_sign269",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "ho_trong_mac_ca_ky_hop_dong_lien_ket_bao_tieu_htx_tuy_duc_vn269",
        "STT=row | Họ và tên=full_name:mnong269 | Ngày sinh=birth_date@%d-%m-%Y"
        " | Dân tộc=-:people_dn269 | CCCD=cccd | Địa chỉ=address:home_dn269 | SĐT=phone"
        " | Giống=-:mac_variety269 | Diện tích (ha)=-:mac_area269 | Số cây=-:mac_trees269"
        " | Năm trồng=-:mac_year269 | Trồng xen=-:mac_inter269"
        " | Số HĐ liên kết=-:mac_contract269 | SL dự kiến (tấn hạt tươi)=-:mac_yield269"
        " | Ngày ký=date@%d-%m-%Y | Ghi chú=-:note_vi",
    ),
    _shape(
        "chu_xe_dia_hinh_atv_phuc_vu_khach_doi_cat_bau_trang_mui_ne_dang_ky_ubnd_xa_vn269",
        "STT=row | Chủ xe=full_name | Ngày sinh=birth_date@%Y-%m-%d | CCCD=cccd"
        " | Nơi thường trú=address:home_bt269 | Số điện thoại=phone:phone_spaced | Email=email"
        " | Loại xe=-:atv_kind269 | Số khung=-:atv_frame269 | Số hiệu xe (BQL)=-:atv_no269"
        " | Bãi hoạt động=-:atv_site269 | Người lái thuê=-:atv_driver269"
        " | BH TNDS hết hạn=date@%Y-%m-%d | Tình trạng=-:atv_status269",
        encoding="utf-16",
    ),
    _shape(
        "trang_trai_dau_tay_de_nghi_cong_nhan_diem_du_lich_nong_nghiep_phuong_da_lat_vn269",
        "TT=row | Chủ trang trại=full_name:kho269 | Ngày/tháng/năm sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Địa chỉ nhà=address:home_ld269 | Vị trí vườn=-:farm_addr269"
        " | ĐTDĐ=phone | Tên điểm DL=-:farm_name269 | DT nhà kính (m2)=-:farm_area269"
        " | Giống dâu=-:farm_variety269 | Giá vé (đ/khách)=-:farm_ticket269"
        " | Sức chứa (khách/ngày)=-:farm_capacity269 | Ngày thẩm định=date@%d/%m/%Y"
        " | Kết quả=-:farm_result269 | Fanpage=-:farm_page269",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "ho_dong_bao_ma_duoc_khai_thac_lam_san_ngoai_go_bql_rung_phong_ho_da_huoai_vn269",
        "STT=row | Họ tên=full_name:ma269 | Ngày sinh=birth_date@%d/%m/%Y | Giới=sex"
        " | Số CCCD=cccd | Nơi cư trú=address:home_ma269 | SĐT=phone"
        " | Loại lâm sản=-:ntfp_kind269 | Khu rừng=-:ntfp_forest269 | Tiểu khu=-:ntfp_lot269"
        " | Khối lượng=-:ntfp_qty269 | Giấy xác nhận=-:ntfp_card269 | Tổ BVR=-:ntfp_group269"
        " | Tổ trưởng=-:ntfp_head269 | Ngày cấp=date@%d/%m/%Y",
        file="xlsx",
    ),
)

#: no file of this part writes an impossible day
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ()
SEX_HOLDS: tuple[str, ...] = ()
NAME_HOLDS = frozenset({"kho269", "lach269", "mnong269", "ma269", "cham269"})
PHONE_HOLDS: tuple[str, ...] = ()
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("home_ld269", "home_dn269", "home_bt269", "home_pq269",
                                  "home_ma269", "dn_old269")  # fmt: skip

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND269",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND269",
]
