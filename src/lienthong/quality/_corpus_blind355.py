"""The three-hundred-and-fifty-fifth part of the outside corpus, **blind 355** (written 13:08
UTC, 2026-12-07, never used for tuning): person files the communes, boards and cooperatives of
the merged province of Tuyên Quang (Tuyên Quang and Hà Giang since 2025, two-level government)
could hand over, their people Hmong, Dao, Lô Lô, Pà Thẻn and Tày of the Đồng Văn karst plateau
and Hoàng Su Phì, with old ``huyện …, tỉnh Hà Giang`` addresses beside the new communes. Nine
Vietnamese files: a register of ancient Shan tuyết tea trees in Windows-1258 with semicolons
(the Dao or Tày grower, the CCCD, the thôn and the new commune, the old address, the tree count
and code, the age of the trees, the fresh-leaf yield, the village head who signs); a border
guard post's book of border residents trading at border markets in UTF-16 with tabs (the
border resident card, the market or crossing, the goods, the value under the duty-free limit);
an inventory of Lô Lô and Pà Thẻn heritage practitioners in Excel (the rite, the years of
practice, the pupils, the title); a commune's list of plateau households given water tanks in
the dry season in UTF-8 with semicolons (household size, litres, poverty status, the village
head); homestay owners of Hoàng Su Phì registering with the culture office in UTF-8 with a BOM
and tabs (the house, rooms, beds, the certificate, a Facebook page); boarding pupils of an
ethnic boarding school receiving rice in Excel (the pupil's own birth date, the class, the
father, the distance from home); boat operators on the Nho Quế river in Windows-1258 with tabs
(the boat number, seats, the wharf, the skipper's certificate, the insurance date); mint-honey
beekeepers of Mèo Vạc in UTF-8 (hives, honey in kg, the apiary code, the cooperative, the old
address); and the book of buffalo and cattle sold at the Mèo Vạc market in UTF-16 with
semicolons (the seller, the animal, the price, the buyer, where the buyer lives, his phone, the
veterinary certificate).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind355_writers import WRITERS_BLIND355
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND355: tuple[Shape, ...] = (
    _shape(
        "so_theo_doi_cay_che_shan_tuyet_co_thu_cap_ma_so_cay_ubnd_xa_thong_nguyen_vn355",
        "STT=row | Họ tên chủ hộ=full_name:tea_name355 | Dân tộc=-:tea_people355"
        " | Ngày/tháng/năm sinh=birth_date@%d/%m/%Y | Giới=sex | Số định danh CN=cccd"
        " | Thôn=-:tea_thon355 | Xã (sau sắp xếp)=ward:tea_xa355"
        " | Địa chỉ cũ (trước 01/7/2025)=address:tea_old355 | SĐT=phone"
        " | Số cây chè cổ thụ (cây)=-:tea_trees355 | Mã số cây đầu=-:tea_code355"
        " | Tuổi cây (năm)=-:tea_age355 | DT (ha)=-:tea_area355"
        " | SL chè búp tươi (kg/năm)=-:tea_kg355 | Trưởng thôn xác nhận=-:tea_head355"
        " | Ngày kiểm đếm=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "cu_dan_bien_gioi_mua_ban_trao_doi_hang_hoa_tai_cho_bien_gioi_don_bien_phong_vn355",
        "TT=row | Họ và tên cư dân BG=full_name:bd_name355 | Năm sinh=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | Số CCCD=cccd | Số giấy CM cư dân BG=-:bd_card355"
        " | Thôn bản=-:bd_thon355 | Xã=ward:bd_xa355 | Chợ / cửa khẩu / lối mở=-:bd_market355"
        " | Mặt hàng=-:bd_goods355 | Trị giá (VNĐ)=-:bd_value355"
        " | Ngày qua lại=date:bd_trip355@%d/%m/%Y | Cán bộ đồn BP kiểm tra=-:bf_buyer355",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "kiem_ke_nguoi_thuc_hanh_di_san_van_hoa_phi_vat_the_lo_lo_pa_then_so_vhttdl_vn355",
        "STT=row | Họ và tên người thực hành=full_name:hr_name355 | Dân tộc=-:hr_people355"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | CCCD/ĐDCN=cccd"
        " | Nơi cư trú=address:hr_home355 | Loại hình di sản thực hành=-:hr_rite355"
        " | Số năm thực hành=-:hr_years355 | Số người đang truyền dạy=-:hr_pupils355"
        " | Danh hiệu=-:hr_title355 | Điện thoại=phone | Ngày kiểm kê=date@%d/%m/%Y"
        " | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "ho_thieu_nuoc_sinh_hoat_mua_kho_nhan_tec_nuoc_cao_nguyen_da_ubnd_xa_lung_cu_vn355",
        "STT=row | Chu ho=full_name:wt_name355 | Ngay sinh=birth_date@%d-%m-%Y | Gioi tinh=sex"
        " | So CCCD=cccd | Thon=-:wt_thon355 | Xa=ward:wt_xa355 | So khau=-:wt_mouths355"
        " | Dung tich tec (lit)=-:wt_litres355 | Dien ho=-:wt_poor355 | SDT lien he=phone"
        " | Ngay nhan=date@%d-%m-%Y | Truong thon ky=-:wt_head355",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "chu_homestay_dang_ky_cong_nhan_co_so_luu_tru_du_lich_hoang_su_phi_phong_vhxh_vn355",
        "TT=row | Tên cơ sở=-:hs_house355 | Chủ cơ sở=full_name:hs_name355"
        " | NS chủ cơ sở=birth_date@%d/%m/%Y | Giới=sex | Số CC=cccd"
        " | Địa chỉ cơ sở=address:hs_home355 | Số phòng=-:hs_rooms355 | Số giường=-:hs_beds355"
        " | ĐT/Zalo=phone | Email=email | Fanpage=-:hs_fb355 | Số GCN=-:hs_license355"
        " | Ngày cấp=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "hoc_sinh_ban_tru_nhan_ho_tro_gao_truong_ptdtbt_thcs_meo_vac_vn355",
        "STT=row | Họ tên học sinh=full_name:br_name355 | Lớp=-:br_class355"
        " | Ngày sinh=birth_date:br_birth355@%d/%m/%Y | Nam/nữ=sex | Mã định danh HS=cccd:br_id355"
        " | Họ tên cha (mẹ)=-:br_father355 | SĐT phụ huynh=-:bf_buyer_phone355"
        " | Thôn=-:br_thon355 | Xã=ward:br_xa355 | K/c từ nhà đến trường (km)=-:br_km355"
        " | Gạo hỗ trợ (kg/tháng)=-:br_rice355 | Ngày bắt đầu ở bán trú=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "chu_thuyen_lai_thuyen_du_lich_song_nho_que_ban_quan_ly_cong_vien_dia_chat_vn355",
        "STT=row | Ho ten chu thuyen=full_name:bt_name355 | NS=birth_date@%d/%m/%Y"
        " | GT=sex | CCCD=cccd | Noi thuong tru=address:bt_home355 | DT=phone"
        " | So dang ky thuyen=-:bt_boat355 | Suc cho (nguoi)=-:bt_seats355"
        " | Ben don tra khach=-:bt_wharf355 | CC thuyen truong=-:bt_cert355"
        " | Han bao hiem=date:bt_insure355@%d/%m/%Y",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "ho_nuoi_ong_mat_ong_bac_ha_ma_so_trai_ong_htx_meo_vac_vn355",
        "TT=row | Họ tên hộ nuôi ong=full_name:bk_name355 | Sinh ngày=birth_date@%d.%m.%Y"
        " | Giới tính=sex | CCCD=cccd | Địa chỉ (theo CCCD cũ)=address:bk_old355"
        " | Số đàn ong (đàn)=-:bk_hives355 | SL mật vụ hoa bạc hà (kg)=-:bk_kg355"
        " | Mã số trại ong=-:bk_code355 | Thành viên HTX/THT=-:bk_coop355 | SĐT=phone"
        " | Ngày cấp mã=date@%d.%m.%Y",
        encoding="utf-8",
    ),
    _shape(
        "so_theo_doi_mua_ban_trau_bo_cho_phien_meo_vac_tram_chan_nuoi_thu_y_vn355",
        "STT=row | Ngày bán=date@%d/%m/%Y | Người bán=full_name:bf_name355"
        " | NS người bán=birth_date@%d/%m/%Y | Giới=sex | CCCD người bán=cccd"
        " | Xã (người bán)=ward:bf_xa355 | SĐT người bán=phone | Loại gia súc=-:bf_kind355"
        " | Tuổi=-:bf_age355 | Giá bán (đ)=-:bf_price355 | Người mua=-:bf_buyer355"
        " | Nơi ở người mua=-:bf_buyer_from355 | SĐT người mua=-:bf_buyer_phone355"
        " | Số GCN kiểm dịch=-:bf_cert355",
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
NAME_HOLDS = frozenset(
    {"tea_name355", "bd_name355", "hr_name355", "wt_name355", "hs_name355", "br_name355"}
    | {"bt_name355", "bk_name355", "bf_name355"}
)
PHONE_HOLDS: tuple[str, ...] = ()
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "tea_old355",
    "hr_home355",
    "hs_home355",
    "bt_home355",
    "bk_old355",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND355",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND355",
]
