"""The three-hundred-and-forty-eighth part of the outside corpus, **blind 348** (written 12:55
UTC, 2026-12-07, never used for tuning): person files the offices and firms of the merged
province of Quảng Ngãi (Quảng Ngãi and Kon Tum since 2025, two levels of government, new wards,
communes and the Lý Sơn special zone) could hand over. Nine Vietnamese files: a commune's list of
Ngọc Linh ginseng growers given a growing-area code, in UTF-8 with a BOM and semicolons (Xơ Đăng
names, the village, the new commune, the old address with its huyện and tỉnh Kon Tum, the plot's
area, the number and age of the plants); the Dung Quất refinery's list of operators registered
for the shuttle bus, in Excel (the employee number, the unit, the shift, the pick-up point); a
border guard station's list of the crew of a Lý Sơn fishing boat leaving port, in Windows-1258
with tabs and headers without diacritics (the boat, its owner, the role on board, the fishing
ground); the Lý Sơn special zone's list of garlic farmers given seed and fertiliser, in UTF-16
with tabs (the old address of the huyện Lý Sơn, the area in sào, the kilograms, the amount, the
signature); a ward's list of Ba Na households given money to replace temporary houses, in
Windows-1258 with semicolons (the village, the new ward, the address before the merger, the
poverty status, the officer in charge); a savings and loan group's list of Hrê borrowers of the
Social Policy Bank, in UTF-8 with tabs (the heir, the programme, the amount, the dates); a border
guard station's permits for Gia Rai villagers to farm fields near the border, in UTF-8 with
headers in capitals without diacritics (the border marker, the permit, the officer, the dates); a
forest protection board's list of Xơ Đăng households paid for forest environmental services, in
Excel (the lot, the hectares, the amount, village, commune and province in their own columns);
and a contractor's list of workers given badges for the refinery's maintenance shutdown, in
UTF-16 with semicolons (the badge, the contractor, the trade, the home town, an emergency
contact and their phone).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind348_writers import WRITERS_BLIND348
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND348: tuple[Shape, ...] = (
    _shape(
        "ho_trong_sam_ngoc_linh_cap_ma_so_vung_trong_ubnd_xa_qng348",
        "STT=row | Họ và tên chủ hộ=full_name:xd_name348 | Ngày, tháng, năm sinh=birth_date"
        " | Giới tính=sex | Số định danh cá nhân/CCCD=cccd | Thôn=-:xd_village348"
        " | Xã (sau sắp xếp)=ward:xd_ward348"
        " | Địa chỉ cũ (trước 01/7/2025)=address:xd_old348 | Diện tích trồng (m²)=-:sam_area348"
        " | Số cây (cây)=-:sam_trees348 | Tuổi cây=-:sam_age348 | Nguồn giống=-:sam_origin348"
        " | Mã số vùng trồng=-:sam_code348 | Ngày cấp mã=date | SĐT liên hệ=phone"
        " | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "cong_nhan_van_hanh_nmld_dung_quat_dang_ky_xe_dua_don_bsr_qng348",
        "TT=row | Mã NV=-:bsr_empno348 | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Đơn vị (Xưởng/Phòng)=-:bsr_unit348"
        " | Ca làm việc=-:bsr_shift348 | Chỗ ở hiện nay=address:qn_home348"
        " | Điểm đón=-:bsr_pickup348 | Số ghế=-:bsr_seat348 | Điện thoại di động=phone"
        " | Email=email | Ngày đăng ký=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "thuyen_vien_tau_ca_ly_son_xuat_ben_tram_bien_phong_qng348",
        "TT=row | Ho va ten thuyen vien=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | So CCCD=cccd:cccd_spaced | Chuc danh=-:crew_role348 | So hieu tau=-:boat_no348"
        " | Chu tau=-:boat_owner348 | Noi thuong tru=address:ls_new348"
        " | Dien thoai=phone:phone_dotted | Ngu truong=-:fish_ground348"
        " | So TV/DK=-:crew_count348 | Ngay xuat ben=date@%d/%m/%Y | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "ho_trong_toi_ly_son_nhan_ho_tro_giong_phan_bon_dac_khu_qng348",
        "STT=row | Họ tên chủ hộ=full_name | Ngày sinh=birth_date@%d-%m-%Y | Nam/Nữ=sex"
        " | CCCD=cccd | Địa chỉ (theo sổ hộ khẩu cũ)=address:ls_old348"
        " | Diện tích tỏi (sào)=-:garlic_sao348 | Giống tỏi (kg)=-:garlic_seed348"
        " | Phân hữu cơ (kg)=-:garlic_fert348 | Thành tiền (đồng)=-:garlic_money348"
        " | Ngày nhận=date@%d-%m-%Y | Ký nhận=-:garlic_sign348",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ho_ba_na_xoa_nha_tam_nha_dot_nat_ubnd_phuong_kon_tum_qng348",
        "STT=row | Họ và tên chủ hộ=full_name:bn_name348 | Ngày sinh=birth_date@%d/%m/%Y"
        " | Dân tộc=-:ethnic348 | Số ĐDCN=cccd | Làng=-:bn_village348"
        " | Phường/xã mới=ward:bn_ward348"
        " | Địa chỉ trước sáp nhập=address:bn_old348 | Diện hộ=-:poverty348"
        " | Hình thức hỗ trợ=-:housing348 | Mức HT (triệu đồng)=-:housing_money348"
        " | Ngày khởi công=date@%d/%m/%Y | Cán bộ phụ trách=-:officer348 | SĐT=phone",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nguoi_vay_hre_to_tiet_kiem_vay_von_nhcsxh_xa_ba_to_qng348",
        "STT=row | Tên Tổ TK&VV=-:hre_group348 | Họ và tên người vay=full_name:hre_name348"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Người thừa kế=-:hre_heir348 | Địa chỉ=address:hre_addr348"
        " | Chương trình vay=-:program348 | Số tiền vay (đ)=-:loan348"
        " | Ngày giải ngân=date@%d/%m/%Y | Số ĐT=phone:phone_spaced",
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "nguoi_dan_gia_rai_giay_phep_lam_ray_vanh_dai_bien_gioi_don_bp_ia_dal_qng348",
        "STT=row | HO VA TEN=full_name:gr_name348 | NGAY SINH=birth_date@%d/%m/%Y | GT=sex"
        " | SO CCCD=cccd | DIA CHI=address:gr_addr348 | KHU VUC LAM RAY=-:gr_area348"
        " | SO GIAY PHEP=-:gr_permit348 | CB CAP PHEP=-:gr_officer348"
        " | TU NGAY=date@%d/%m/%Y | DT=phone",
        encoding="utf-8",
    ),
    _shape(
        "ho_xo_dang_nhan_tien_dich_vu_moi_truong_rung_ban_qlrph_dak_glei_qng348",
        "STT=row | Họ và tên=full_name:xd_upper348 | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Tiểu khu/Khoảnh/Lô=-:forest_lot348"
        " | DT nhận khoán (ha)=-:forest_ha348 | Số tiền (đồng)=-:forest_money348"
        " | Thôn=-:xd_village348 | Xã=ward:xd_ward348 | Tỉnh=province:qng_province348"
        " | Ngày chi trả=date@%d/%m/%Y | Ký nhận=-:garlic_sign348",
        file="xlsx",
    ),
    _shape(
        "cong_nhan_nha_thau_cap_the_bao_duong_tong_the_nmld_dung_quat_qng348",
        "STT=row | Số thẻ=-:badge348 | Họ và tên=full_name:full_name_caps"
        " | Ngày sinh=birth_date@%d.%m.%Y | Giới tính=sex | CCCD=cccd"
        " | Nhà thầu=-:contractor348 | Nghề/Chức danh=-:trade348 | Quê quán=-:hometown348"
        " | Nơi ở hiện tại=address:qn_home348 | SĐT=phone"
        " | Người liên hệ khẩn cấp=-:kin348 | SĐT người liên hệ=-:kin_phone348"
        " | Ngày hết hạn thẻ=date@%d.%m.%Y",
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
NAME_HOLDS = frozenset({"xd_name348", "xd_upper348", "bn_name348", "hre_name348", "gr_name348"})
PHONE_HOLDS: tuple[str, ...] = ()
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "xd_old348",
    "qn_home348",
    "ls_new348",
    "ls_old348",
    "bn_old348",
    "hre_addr348",
    "gr_addr348",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND348",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND348",
]
