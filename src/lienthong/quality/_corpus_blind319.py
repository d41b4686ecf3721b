"""The three-hundred-and-nineteenth part of the outside corpus, **blind 319** (written 11:10 UTC,
2026-12-07, never used for tuning): person files the offices of the new Ninh Bình province (the
former Ninh Bình, Hà Nam and Nam Định, merged in 2025) and the bodies beside them could hand over:
a parish office of the Bùi Chu diocese, a provincial centre for disease control, the Tràng An
scenic landscape's management board, the organisers of the Viềng market, a commune beside the
Thanh Liêm cement plants, a Kim Sơn handicraft cooperative, a football club and a commune of
Nho Quan.
Nine Vietnamese files, no foreign one: parishioners asking for an extract of the baptism register
in Windows-1258 with semicolons (the saint's name, the day baptised, the parish, the father and
the mother with their saints' names, the godparent, the priest, the book, page and entry, the
new two-level address beside the old one, the purpose, the day issued); textile workers screened
for cotton-dust lung disease in Excel (the worker code, the social insurance number, the
workshop, the years in the trade, the dust measured, the FEV1, the verdict, the day examined);
households of Tràng An's core and buffer zones asking leave to repair their houses in UTF-16
with tabs and headers without diacritics (the old address and the new one both without
diacritics, the plot and map sheet, the zone, the works, the floor area, the day filed, the
board's opinion, the officer, the time last updated); traders registering a stall at the Viềng
market in UTF-8 with a BOM and semicolons (the goods, the zone, the lot, the size, the fee);
parties whose marriage banns are read in a Phát Diệm parish in UTF-8 (the saint's name, the
birth date ``12.03.1998``, the parents, the parish, the old address, the other party and their
parish, the three Sundays of the banns, the impediment, the wedding day); households beside a
cement plant receiving the environmental support in Windows-1258 with tabs (a "Năm sinh" header
over a full date, the plant, the distance to the stack, the persons, the level, the amount, the
bank account and bank, the day received); sedge growers contracting their harvest to a Kim Sơn
cooperative in UTF-8 with tabs (the old address only, the field, the area, the kind of sedge,
the tonnes, the price, the contract, the day signed); supporters buying a season ticket of the
Nam Định football club in UTF-8 with a BOM (the email, the card number, the stand, the seat,
the price, the payment, the supporters' club, the time registered); and poor households handed
breeding goats in Windows-1258 with semicolons and short headers (the household's standing, the
breed, the head of goats, their value, the day handed over, the pledge, the hamlet head and his
phone).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind319_writers import WRITERS_BLIND319
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND319: tuple[Shape, ...] = (
    _shape(
        "giao_dan_xin_trich_luc_so_rua_toi_van_phong_giao_xu_giao_phan_bui_chu_vn319",
        "STT=row | Tên thánh=-:rt_saint319 | Họ và tên=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Ngày rửa tội=date:rt_bapt319"
        " | Nơi rửa tội=-:rt_parish319 | Tên cha=-:rt_father319 | Tên mẹ=-:rt_mother319"
        " | Người đỡ đầu=-:rt_godparent319 | Linh mục cử hành=-:rt_priest319"
        " | Quyển/trang/số=-:rt_book319 | Địa chỉ hiện nay=address:new_nd319"
        " | Địa chỉ cũ (trước 01/7/2025)=address:old_nd319"
        " | Mục đích xin trích lục=-:rt_purpose319 | Ngày cấp=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nguoi_lao_dong_kham_phat_hien_benh_bui_phoi_bong_nha_may_soi_det_nam_dinh_cdc_vn319",
        "TT=row | Mã NV=-:bb_code319 | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới=sex | Số CCCD=cccd | Số sổ BHXH=bhxh | Nơi ở hiện tại=address:new_nd319"
        " | Đơn vị/Phân xưởng=-:bb_shop319 | Tuổi nghề (năm)=-:bb_years319"
        " | Bụi bông hô hấp (mg/m³)=-:bb_dust319 | FEV1 (% lý thuyết)=-:bb_fev319"
        " | Kết luận=-:bb_verdict319 | Ngày khám=date@%d/%m/%Y | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "ho_dan_vung_loi_quan_the_danh_thang_trang_an_xin_phep_sua_chua_nha_o_ban_quan_ly_vn319",
        "STT=row | Ho ten chu ho=full_name | Ngay sinh=birth_date@%d-%m-%Y | So CCCD=cccd"
        " | Dia chi (cu)=address:old_nb_ascii319"
        " | Dia chi moi (sau sap xep)=address:new_nb_ascii319 | So DT=phone"
        " | Thua/To ban do=-:ta_plot319 | Phan khu=-:ta_zone319"
        " | Hang muc sua chua=-:ta_work319 | DT xay dung (m2)=-:ta_area319"
        " | Ngay nop don=date@%d-%m-%Y | Y kien BQL=-:ta_opinion319"
        " | Can bo kiem tra=-:ta_officer319 | Cap nhat luc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "tieu_thuong_dang_ky_diem_ban_phien_cho_vieng_xuan_nam_truc_ban_to_chuc_vn319",
        "STT=row | Họ tên người đăng ký=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | CCCD=cccd:cccd_spaced | Điện thoại=phone | Địa chỉ thường trú=address:new_nd319"
        " | Mặt hàng kinh doanh=-:cv_goods319 | Khu vực=-:cv_zone319 | Số lô=-:cv_lot319"
        " | Diện tích=-:cv_area319 | Phí (đ/lô/phiên)=-:cv_fee319 | Ngày ĐK=date@%d/%m/%Y"
        " | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "doi_tuong_rao_hon_phoi_so_rao_giao_xu_giao_phan_phat_diem_vn319",
        "TT=row | Tên Thánh=-:rt_saint319 | Họ và tên=full_name | Sinh ngày=birth_date@%d.%m.%Y"
        " | Con ông=-:rt_father319 | Con bà=-:rt_mother319 | Thuộc giáo xứ=-:rt_parish319"
        " | Ở tại=address:old_nb319 | Kết hôn với=-:hp_spouse319"
        " | Giáo xứ bên kia=-:hp_parish2_319 | Rao lần I=date:hp_r1_319"
        " | Rao lần II=date:hp_r2_319 | Rao lần III=date:hp_r3_319"
        " | Ngăn trở=-:hp_impediment319 | Dự kiến cử hành=date:hp_wedding319",
    ),
    _shape(
        "ho_dan_lan_can_nha_may_xi_mang_nhan_ho_tro_moi_truong_thanh_liem_ubnd_xa_vn319",
        "STT=row | Họ tên chủ hộ=full_name | Năm sinh=birth_date@%d/%m/%Y"
        " | Số CCCD/ĐDCN=cccd | Địa chỉ=address:new_hn319 | Nhà máy=-:xm_plant319"
        " | K/c đến ống khói=-:xm_dist319 | Số khẩu=-:xm_people319 | Mức HT=-:xm_level319"
        " | Số tiền (đồng)=-:xm_amount319 | Số TK=-:xm_account319 | Ngân hàng=-:xm_bank319"
        " | Ngày nhận=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "ho_trong_coi_ky_hop_dong_bao_tieu_htx_thu_cong_my_nghe_kim_son_vn319",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | CCCD=cccd | SĐT=phone"
        " | Xóm, xã (cũ)=address:old_nb319 | Cánh đồng=-:coi_field319"
        " | Diện tích cói (m²)=-:coi_area319 | Loại cói=-:coi_kind319"
        " | Sản lượng (tấn)=-:coi_tons319 | Giá bao tiêu (đ/kg)=-:coi_price319"
        " | Số HĐ=-:coi_contract319 | Ngày ký=date@%d/%m/%Y",
        delimiter="\t",
    ),
    _shape(
        "co_dong_vien_dang_ky_the_ve_mua_giai_clb_bong_da_thep_xanh_nam_dinh_vn319",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Số điện thoại=phone | Email=email"
        " | Địa chỉ nhận thẻ=address:new_all319 | Mã thẻ=-:sv_card319"
        " | Khán đài=-:sv_stand319 | Vị trí=-:sv_seat319 | Giá vé (đ)=-:sv_price319"
        " | Hình thức TT=-:sv_pay319 | Hội CĐV=-:sv_club319 | Thời gian đăng ký=timestamp",
        encoding="utf-8-sig",
    ),
    _shape(
        "ho_ngheo_nhan_de_giong_du_an_giam_ngheo_nho_quan_ubnd_xa_vn319",
        "TT=row | Họ tên chủ hộ=full_name | NS=birth_date@%d/%m/%Y | GT=sex | Số ĐDCN=cccd"
        " | Thôn, xã=address:new_nb319 | SĐT=phone | Diện hộ=-:de_poor319"
        " | Giống dê=-:de_kind319 | Số lượng=-:de_count319 | Giá trị (đ)=-:de_value319"
        " | Ngày cấp=date@%d/%m/%Y | Cam kết=-:de_commit319 | Người xác nhận=-:de_head319"
        " | SĐT trưởng thôn=-:de_phone_head319",
        encoding="cp1258",
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
    *(f"{age}_{region}319" for age in ("old", "new") for region in ("nd", "hn", "nb", "all")),
    "old_nb_ascii319",
    "new_nb_ascii319",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND319",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND319",
]
