"""The two-hundred-and-thirtieth part of the outside corpus, **blind 230** (written 07:05 UTC,
2026-12-07, never used for tuning): person files the North Central provinces after the 2025
merger (Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Trị with the former Quảng Bình, Huế) could hand
over: a sugar company's cane growers, a commune police post's workers back from Laos, a deer
farming commune's veterinary station, the boats of the Huế song-on-the-river performers, a cave
tour company's local porters, a flood-prone commune's rescue kit handout, a border post's
small inshore craft, a hydropower resettlement area's allowance payroll and a crafts festival's
artisans. Nine Vietnamese files: the cane growers who signed investment and purchase contracts
with the Lam Sơn sugar company in Thanh Hóa, in UTF-8 with a BOM and semicolons (the contract,
the village and commune, the hectares, the cane variety, the tonnes, the advance, the field
officer); the free workers back from Laos that a Nghệ An commune's police registered, in
Windows-1258 with tabs (where they worked in Laos, the job, the day they left and came back, the
border gate, their papers, whether they want training); the deer farmers of Hương Sơn in
Hà Tĩnh, in Excel with a merged header (the village and commune, the herd, stags and hinds, the
velvet antler a year, the foot-and-mouth vaccination, the farm code); the ca Huế performers
carded to sing on the Perfume River boats, in UTF-8 with a BOM and tabs (the stage name, the
troupe, the boat, the role, the card and its validity); the local porters of cave expeditions
in the former Quảng Bình, in UTF-8 with commas (the home village, the role, the route, first
aid, the tours a year, the bank account, an emergency contact and phone); the households of a
flood-prone Quảng Trị commune given boats and life jackets, in Windows-1258 with semicolons and
unaccented headers (the village, commune, household size, poverty status, the depth of the last
flood, the kit, the day received); the owners of basket boats and bamboo rafts registered at
the Sầm Sơn border post, in Excel (the craft, its length and engine, the gear, the number, the
crew, the landing); the households resettled for the Bản Vẽ dam in Nghệ An paid a livelihood
allowance, in UTF-16 with tabs (the ethnic group, the old village, the resettlement area, the
land given, the amount, the account); and the artisans who booked stalls at Huế's traditional
crafts festival, in UTF-16 with semicolons (the craft village, the title, the products, the
stall, a helper).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind230_writers import WRITERS_BLIND230
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND230: tuple[Shape, ...] = (
    _shape(
        "ho_trong_mia_ky_hop_dong_dau_tu_bao_tieu_cong_ty_mia_duong_lam_son_thanh_hoa_vn230",
        "STT=row | Mã HĐ=-:contract230 | Họ và tên chủ hộ=full_name"
        " | Năm sinh=birth_date@%d/%m/%Y | Số CCCD=cccd | Thôn=street:village_th230"
        " | Xã=ward:ward_th230 | Điện thoại=phone | Diện tích mía (ha)=-:area230"
        " | Giống mía=-:cane230 | Sản lượng dự kiến (tấn)=-:tons230"
        " | Vốn ứng đầu tư (đồng)=-:advance230 | Cán bộ nông vụ=-:officer230"
        " | Ngày ký HĐ=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "lao_dong_tu_do_sang_lao_lam_viec_tro_ve_khai_bao_cong_an_xa_nghe_an_vn230",
        "TT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD/ĐDCN=cccd | Nơi thường trú=address:addr_na230"
        " | SĐT liên hệ=phone | Nơi làm việc bên Lào (tỉnh, bản)=-:laos_place230"
        " | Công việc=-:laos_job230 | Thời gian sang Lào=date:went230"
        " | Ngày về địa phương=date@%d/%m/%Y | Cửa khẩu nhập cảnh=-:border230"
        " | Giấy tờ XNC=-:xnc230 | Nhu cầu học nghề / việc làm=-:need230"
        " | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "ho_chan_nuoi_huou_lay_nhung_thong_ke_tram_thu_y_huong_son_ha_tinh_vn230",
        "TT=row | Chủ hộ=full_name | NS=birth_date@%d/%m/%Y | CCCD=cccd:cccd_spaced"
        " | Thôn=street:village_ht230 | Xã=ward:ward_ht230 | SĐT=phone:phone_spaced"
        " | Tổng đàn (con)=-:herd230 | Trong đó: Hươu đực=-:stags230"
        " | Trong đó: Hươu cái=-:hinds230 | Sản lượng nhung (kg/năm)=-:velvet230"
        " | Tiêm phòng LMLM=date:vacc230 | Mã cơ sở chăn nuôi=-:farm230"
        " | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "nghe_si_ca_hue_bieu_dien_tren_thuyen_song_huong_cap_the_hue_vn230",
        "STT=row | Họ tên nghệ sĩ=full_name | Nghệ danh=-:stage230"
        " | Ngày sinh=birth_date@%d-%m-%Y | Giới tính=sex | Số định danh cá nhân=cccd"
        " | Địa chỉ cư trú=address:addr_hue230 | Điện thoại=phone:phone_dotted"
        " | Nhóm ca Huế=-:troupe230 | Thuyền biểu diễn (số ĐK)=-:boat230"
        " | Vai trò=-:hue_role230 | Số thẻ=-:card230 | Ngày cấp thẻ=date@%d-%m-%Y"
        " | Thẻ có giá trị đến=date:card_end230",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "nguoi_dan_dia_phuong_lam_porter_tour_hang_dong_cong_ty_lu_hanh_phong_nha_vn230",
        "No.=row | Họ và tên=full_name | Ngày sinh=birth_date@%d.%m.%Y | Giới tính=sex"
        " | CCCD=cccd | Nơi ở=address:addr_qt230 | SĐT=phone | Quê quán=-:origin230"
        " | Vị trí=-:porter230 | Tuyến tour=-:route230 | Chứng chỉ sơ cứu=-:firstaid230"
        " | Số tour/năm=-:tours230 | STK nhận lương=-:bank230"
        " | Người liên hệ khẩn cấp=-:emerg230 | SĐT người LH=-:emerg_phone230"
        " | Ngày ký HĐ mùa vụ=date@%d.%m.%Y",
        encoding="utf-8",
    ),
    _shape(
        "ho_dan_nhan_xuong_cuu_ho_ao_phao_phong_chong_lu_xa_vung_ron_lu_quang_tri_vn230",
        "STT=row | Ho ten chu ho=full_name | Nam sinh=birth_date@%d/%m/%Y"
        " | So CCCD=cccd | Thon=street:village_qt230 | Xa=ward:ward_qt230 | SDT=phone"
        " | So khau=-:members230 | Ho ngheo/can ngheo=-:poor230"
        " | Muc ngap tran lu gan nhat (m)=-:depth230 | Hien vat ho tro=-:kit230"
        " | So ao phao=-:jackets230 | Ngay nhan=date@%-d/%-m/%Y | Ky nhan=-:signed230",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "chu_phuong_tien_tho_so_thuyen_thung_be_mang_dang_ky_don_bien_phong_sam_son_vn230",
        "TT=row | Họ tên chủ phương tiện=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | HKTT=address:addr_th230 | SĐT=phone | Loại phương tiện=-:craft230"
        " | Chiều dài (m)=-:length230 | Công suất máy (CV)=-:hp230"
        " | Nghề khai thác=-:gear230 | Số hiệu=-:craft_reg230"
        " | Số người đi cùng=-:crew230 | Nơi neo đậu=-:anchor230"
        " | Ngày đăng ký=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "ho_tai_dinh_cu_thuy_dien_ban_ve_chi_tra_ho_tro_on_dinh_doi_song_nghe_an_vn230",
        "STT=row | Họ và tên chủ hộ=full_name | Dân tộc=-:ethnic230"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | CCCD=cccd"
        " | Bản nơi ở cũ=-:old_village230 | Khu TĐC=street:resettle230 | Xã=ward:ward_na230"
        " | ĐT=phone:phone_dotted | Nhân khẩu=-:members230"
        " | Đất SX được giao (m²)=-:land230 | Số tiền hỗ trợ (đ)=-:support230"
        " | Số tài khoản=-:account230 | Ngày chi trả=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nghe_nhan_co_so_dang_ky_gian_hang_festival_nghe_truyen_thong_hue_vn230",
        "TT=row | Họ tên nghệ nhân/chủ cơ sở=full_name | NS=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | Số CCCD=cccd | Địa chỉ=address:addr_hue230 | Điện thoại=phone"
        " | Email=email | Làng nghề=-:craft_village230 | Danh hiệu=-:craft_title230"
        " | Sản phẩm trưng bày=-:product230 | Số gian hàng=-:booth230"
        " | Diện tích (m2)=-:booth_area230 | Người phụ giúp=-:helper230"
        " | Ngày đăng ký=date@%d/%m/%Y",
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
NAME_HOLDS: frozenset[str] = frozenset()
PHONE_HOLDS: tuple[str, ...] = ()
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_na230", "addr_hue230", "addr_qt230", "addr_th230")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND230",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND230",
]
