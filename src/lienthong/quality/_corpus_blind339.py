"""The three-hundred-and-thirty-ninth part of the outside corpus, **blind 339** (written 12:40
UTC, 2026-12-07, never used for tuning): person files the offices of the merged province of Cà
Mau (Cà Mau and Bạc Liêu since the 2025 merger, with two levels of government and new communes
and wards) could hand over, old addresses with their huyện and tỉnh Bạc Liêu still standing in
some of them. Nine Vietnamese files: a protective forest board's list of households given
mangrove plots under contract in UTF-8 with a BOM and semicolons (the forest sub-zone, block and
lot, the forest and pond areas, the contract, the spouse, the ranger); a salt cooperative's list
of salt workers given tarpaulins in Windows-1258 with tabs (the salt field, the area, the
tarpaulin, the yield); a ward's register of Khmer monks and nuns staying at the pagodas in
UTF-16 with tabs (the monastic name, the rank, the years ordained, the pagoda and its abbot, the
home before ordination written with its old huyện and tỉnh); a wind-farm compensation board's
payment list in Excel (the project, the map sheet and parcel, the land kind, the area, the
amount, the person paid on another's behalf); a commune's list of households moved off the
eroding west sea dike in UTF-8 with semicolons and headers without diacritics (the household
size, the distance to the erosion edge, the resettlement lot, the support); a cooperative's list
of shrimp-mangrove farmers certified to ASC in Windows-1258 with semicolons (the farm code, the
pond area, the share of forest, the buyer, the yield, the inspector); a Bạc Liêu ward office's
log of people updating their addresses after the merger in UTF-8 (the dossier, the old address
beside the new one, the procedure, the clerk, the time of the last update); a commune's list of
households removing their stake nets from the river mouths in Excel (the site, the new trade,
the support, a relative who signs); and a port's list of fishing crews insured against
accidents in UTF-16 with tabs (the boat, the owner and his phone, the crew role, the policy).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind339_writers import WRITERS_BLIND339
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND339: tuple[Shape, ...] = (
    _shape(
        "ho_nhan_khoan_bao_ve_rung_ngap_man_ket_hop_nuoi_tom_ban_qlr_phong_ho_ven_bien_vn339",
        "STT=row | Họ tên chủ hộ nhận khoán=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Họ tên vợ/chồng=-:spouse339 | Nơi cư trú (ấp, xã)=address:home_new339"
        " | Tiểu khu/Khoảnh/Lô=-:forest_plot339 | DT rừng (ha)=-:forest_ha339"
        " | DT mặt nước NTTS (ha)=-:pond_ha339 | Số HĐ giao khoán=-:contract339"
        " | Ngày ký HĐ=date@%d/%m/%Y | SĐT=phone | CB kiểm lâm địa bàn=-:ranger339"
        " | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "diem_dan_lam_muoi_nhan_bat_trai_ruong_muoi_htx_diem_nghiep_dong_hai_vn339",
        "TT=row | Họ và tên diêm dân=full_name | Năm sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | CCCD/ĐDCN=cccd:cccd_spaced | Địa chỉ (cũ)=address:home_old_abbr339"
        " | Xã (mới)=ward:ward_new339"
        " | Đồng muối=-:salt_field339 | DT sản xuất=-:salt_ha339 | Bạt nhận (m²)=-:tarp_m2339"
        " | HTX=-:salt_coop339 | SL vụ trước (tấn)=-:salt_tons339 | Điện thoại=phone:phone_dotted"
        " | Ngày nhận=date@%d/%m/%Y | Ký nhận=-:none",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "su_sai_tu_nu_khmer_luu_tru_tai_chua_cong_an_phuong_vinh_trach_vn339",
        "STT=row | Họ tên (khai sinh)=full_name:khmer_name339 | Pháp danh=-:phap_danh339"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số định danh cá nhân=cccd"
        " | Chức vị=-:monk_rank339 | Hạ lạp=-:ordained339 | Chùa=-:pagoda339"
        " | Trụ trì=-:abbot339 | Quê quán / nơi thường trú trước khi xuất gia=address:home_old339"
        " | Ngày đến chùa=date@%d/%m/%Y | SĐT liên hệ=phone:phone_spaced | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "chi_tra_boi_thuong_ho_tro_thu_hoi_dat_du_an_dien_gio_hoi_dong_bt_ht_tdc_vn339",
        "STT=row | Chủ sử dụng đất=full_name:full_name_caps | Ngày sinh=birth_date:excel_date"
        " | CCCD=cccd | Địa chỉ thường trú=address:home_old339 | Dự án=-:wind_project339"
        " | Tờ BĐ/Thửa=-:parcel339 | Loại đất=-:land_kind339 | DT thu hồi (m2)=-:land_m2339"
        " | Tổng tiền BT, HT (đồng)=-:comp_vnd339 | Người nhận thay (UQ)=-:proxy339"
        " | Ngày chi trả=date:excel_event | SĐT=phone",
        file="xlsx",
    ),
    _shape(
        "ho_di_doi_khan_cap_sat_lo_de_bien_tay_bo_tri_tai_dinh_cu_ubnd_xa_khanh_binh_vn339",
        "STT=row | Ho ten chu ho=full_name:full_name_ascii | Ngay sinh=birth_date@%d-%m-%Y"
        " | So CCCD=cccd | Gioi tinh=sex:sex_ascii339 | Noi o hien tai=address:home_ascii339"
        " | So nhan khau=-:household_size339 | Vi tri nha=-:erosion_ascii339"
        " | Bo tri TDC=-:resettle_ascii339 | Muc ho tro di doi (d)=-:relocation_vnd339"
        " | Ngay ban giao nen=date@%d-%m-%Y | SDT=phone",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "ho_nuoi_tom_sinh_thai_duoi_tan_rung_chung_nhan_asc_htx_tom_rung_ngoc_hien_vn339",
        "TT=row | Mã hộ=-:shrimp_code339 | Chủ đầm tôm=full_name | Năm sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Ấp/Xã (địa chỉ cũ)=address:home_old339 | Xã mới=ward:ward_new339"
        " | DT đầm (ha)=-:shrimp_ha339 | Tỷ lệ rừng=-:mangrove_pct339"
        " | Nơi bán tôm (người mua)=-:buyer339 | SL năm (kg)=-:shrimp_kg339"
        " | Ngày đánh giá nội bộ=date@%d/%m/%Y | Người đánh giá=-:inspector339 | ĐT=phone",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "cong_dan_cap_nhat_dia_chi_sau_sap_xep_dvhc_trung_tam_pvhcc_phuong_bac_lieu_vn339",
        "STT=row | Mã hồ sơ=-:dossier339 | Người nộp hồ sơ=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Địa chỉ cũ (trước 01/7/2025)=address:home_old339"
        " | Địa chỉ mới=address:home_new339 | Số điện thoại=phone | Email=email"
        " | Thủ tục=-:procedure339 | Nơi tiếp nhận=-:office339 | CB tiếp nhận=-:clerk339"
        " | Ngày hẹn trả=date@%d/%m/%Y | Cập nhật lúc=timestamp@%d/%m/%Y %H:%M",
        encoding="utf-8",
    ),
    _shape(
        "ho_thao_do_day_song_cua_bien_ho_tro_chuyen_doi_nghe_ubnd_xa_tan_an_vn339",
        "STT=row | Họ tên chủ đáy=full_name | Ngày sinh=birth_date:excel_date | Nam/Nữ=sex"
        " | CCCD=cccd | Huyện (cũ)=district:old_district339 | Địa chỉ=address:home_new339"
        " | Vị trí đáy=-:net_site339 | Nghề chuyển đổi=-:new_job339"
        " | Kinh phí hỗ trợ (đ)=-:net_support339 | Người thân ký thay=-:kin_name339"
        " | Quan hệ=-:kin_rel339 | Ngày tháo dỡ=date:excel_event",
        file="xlsx",
    ),
    _shape(
        "thuyen_vien_tau_ca_mua_bao_hiem_tai_nan_ho_tro_ngan_sach_cang_ca_song_doc_vn339",
        "STT=row | Họ tên thuyền viên=full_name:full_name_caps | Ngày sinh=birth_date@%d/%m/%Y"
        " | CCCD=cccd:cccd_spaced | Chức danh=-:crew_role339 | Thường trú=address:home_old_abbr339"
        " | Số ĐK tàu=-:boat339 | Chủ tàu=-:boat_owner339 | SĐT chủ tàu=-:owner_phone339"
        " | SĐT TV=phone | Số HĐ bảo hiểm=-:policy339 | Hiệu lực từ=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ()
SEX_HOLDS: tuple[str, ...] = ("sex_ascii339",)
NAME_HOLDS = frozenset({"khmer_name339"})
PHONE_HOLDS: tuple[str, ...] = ()
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "home_new339",
    "home_old339",
    "home_old_abbr339",
    "home_ascii339",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND339",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND339",
]
