"""The three-hundred-and-fifty-sixth part of the outside corpus, **blind 356** (written 13:08 UTC,
2026-12-07, never used for tuning): person files the agencies, cooperatives and companies of the
merged province of Đắk Lắk (Đắk Lắk and Phú Yên since 1 July 2025, two levels of government, new
wards and communes) could hand over; all nine are Vietnamese. A plant protection office's list of
durian growers applying for an export growing-area code in UTF-8 with a BOM and semicolons (the
area code, the plot's land parcel, the variety, the area, the expected yield, the buyer); a
commune's list of households replanting coffee on a bank loan in Windows-1258 with headers
without diacritics (the ethnic group, the replanted area, the seedlings and clone, the lending
bank, the loan); a Sông Cầu list of lobster cage owners in Excel (the old Phú Yên address, the
bay, the cage position, the number of cages, the lobster, the seed count, a proxy); the Ea Súp
irrigation company's water service roll in UTF-16 with tabs (the household code, the canal, the
season, the fee); a Buôn Ma Thuột community tourism office's list of Ê Đê longhouse homestay
hosts in UTF-8 with tabs (the name with ``Y``/``H'`` and the clan after it, the clan and given
name apart, the ``Ama``/``Amí`` name, the longhouse, the beds, the certificate); an association's
list of M'nông bee keepers in Windows-1258 with semicolons (the clan, the hives, the honey, the
group leader); a coffee agent's consignment slips in UTF-8 with commas (the slip, the grade, the
weight, the moisture, the price, the state, the storekeeper); a Tuy Hòa list of boat owners paid
a fuel subsidy in Excel (the address before and after the merger, the old PY registration, the
engine power, the captain, the trips); and a ward's roll of monthly social allowances moved to
the merged wards of Buôn Ma Thuột in UTF-8 with a BOM and tabs (the old address, the new ward,
the category, a proxy and the proxy's phone).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind356_writers import WRITERS_BLIND356
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND356: tuple[Shape, ...] = (
    _shape(
        "ho_dang_ky_ma_so_vung_trong_sau_rieng_xuat_khau_chi_cuc_ttbvtv_dak_lak_vn356",
        "STT=row | Mã số vùng trồng (MSVT)=-:dr_code356 | Tên chủ vườn=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD/ĐDCN=cccd"
        " | Địa chỉ liên hệ=address:dk_addr356 | SĐT liên hệ=phone"
        " | Vị trí vườn (thửa, tờ BĐ, xã)=-:dr_plot356 | Giống sầu riêng=-:dr_variety356"
        " | DT canh tác (ha)=-:dr_area356 | SL dự kiến (tấn/năm)=-:dr_yield356"
        " | Đơn vị bao tiêu=-:dr_buyer356 | Ngày cấp mã=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "ho_tai_canh_ca_phe_vay_von_uu_dai_ubnd_xa_ea_tu_vn356",
        "TT=row | Ho va ten chu ho=full_name | Dan toc=-:ethnic356"
        " | Ngay thang nam sinh=birth_date@%d/%m/%Y | Gioi tinh=sex | So CCCD=cccd"
        " | Dia chi (thon/buon, xa)=address:dk_addr356 | So DT=phone"
        " | DT tai canh (ha)=-:cf_area356 | So cay giong (cay)=-:cf_trees356"
        " | Giong/dong vo tinh=-:cf_seed356 | NH cho vay=-:cf_bank356"
        " | So tien vay (dong)=-:amount | Ngay giai ngan=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "chu_long_nuoi_tom_hum_dang_ky_vi_tri_vinh_xuan_dai_song_cau_vn356",
        "STT=row | Họ tên chủ cơ sở nuôi=full_name | Ngày sinh=birth_date@%d-%m-%Y"
        " | CCCD số=cccd:cccd_spaced | Nơi thường trú (ghi theo địa chỉ cũ)=address:py_old356"
        " | Điện thoại=phone:phone_dotted | Vùng nuôi=-:lob_bay356"
        " | Tọa độ lồng bè=-:lob_pos356 | Số lồng (ô)=-:lob_cages356"
        " | Đối tượng nuôi=-:lob_kind356 | Số con thả (con)=-:lob_seed356"
        " | Ngày thả giống=date@%d-%m-%Y | Người được ủy quyền=-:lob_proxy356",
        file="xlsx",
    ),
    _shape(
        "ho_dung_nuoc_thuy_loi_ea_sup_so_thu_tien_dich_vu_cong_ty_tnhh_mtv_vn356",
        "TT=row | Mã hộ=-:irr_code356 | Họ và tên hộ dùng nước=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới=sex | CCCD=cccd"
        " | Địa chỉ=address:dk_addr356 | Kênh/cống lấy nước=-:irr_canal356"
        " | Mùa vụ=-:irr_season356 | DT tưới lúa (ha)=-:cf_area356"
        " | Thành tiền (VNĐ)=-:amount | Ngày nộp=date@%d/%m/%Y | SĐT=phone",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "chu_nha_dai_e_de_lam_homestay_du_lich_cong_dong_buon_ako_dhong_vn356",
        "STT=row | Họ và tên chủ nhà=full_name:ede_full356 | Tên=given_name:ede_given356"
        " | Họ (dòng họ)=family_name:ede_clan356 | Tên gọi theo con (Ama/Amí)=-:ede_tekno356"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số định danh cá nhân=cccd"
        " | Nơi ở=address:dk_addr356 | SĐT/Zalo=phone | Nhà dài=-:hs_house356"
        " | Số chỗ nghỉ=-:hs_beds356 | Số GCN đủ điều kiện=-:hs_licence356"
        " | Ngày cấp=date@%d/%m/%Y",
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "ho_nuoi_ong_lay_mat_dong_bao_mnong_chi_hoi_nong_dan_xa_lien_son_lak_vn356",
        "STT=row | Họ tên hội viên=full_name:mn_full356 | Họ=family_name:mn_clan356"
        " | Ngày sinh=birth_date@%d/%m/%Y | Nam/Nữ=sex | Số CCCD=cccd"
        " | Buôn, xã=address:dk_addr356 | Điện thoại=phone | Số đàn ong=-:bee_hives356"
        " | Loại mật=-:bee_kind356 | SL mật năm 2025 (kg)=-:bee_kg356"
        " | Tổ hợp tác/tổ trưởng=-:bee_group356 | Ngày kết nạp=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "phieu_ky_gui_ca_phe_nhan_dai_ly_thu_mua_cu_mgar_vn356",
        "TT=row | Số phiếu=-:cf_slip356 | Ngày gửi=date@%d/%m/%Y | Người gửi hàng=full_name"
        " | NS=birth_date@%d/%m/%Y | CCCD người gửi=cccd | Địa chỉ=address:dk_addr356"
        " | ĐT=phone | Loại hàng=-:cf_grade356 | TL thực nhận (kg)=-:cf_kg356"
        " | Độ ẩm (%)=-:cf_moist356 | Giá chốt (đ/kg)=-:cf_price356"
        " | Tình trạng=-:cf_state356 | Thủ kho=-:cf_keeper356",
        encoding="utf-8",
    ),
    _shape(
        "chu_tau_ca_nhan_ho_tro_nhien_lieu_chuyen_bien_phuong_tuy_hoa_vn356",
        "STT=row | Họ tên chủ tàu=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Địa chỉ (trước sắp xếp ĐVHC)=address:py_old356"
        " | Địa chỉ (sau sắp xếp)=address:py_new356 | SĐT=phone"
        " | Số ĐK tàu=-:boat_reg356 | Công suất (CV)=-:boat_cv356"
        " | Thuyền trưởng=-:boat_captain356 | Số chuyến=-:boat_trips356"
        " | Số tiền hỗ trợ (đ)=-:amount | Ngày chi trả=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "doi_tuong_bao_tro_xa_hoi_chuyen_ve_phuong_moi_buon_ma_thuot_vn356",
        "STT=row | Họ và tên đối tượng=full_name | Ngày/tháng/năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số ĐDCN=cccd | Địa chỉ cũ=address:bmt_old356"
        " | Phường mới (từ 01/7/2025)=ward:bmt_ward356 | Diện hưởng=-:bmt_kind356"
        " | Mức trợ cấp (đ/tháng)=-:amount | Hưởng từ ngày=date@%d/%m/%Y"
        " | Người nhận thay=-:bmt_proxy356 | SĐT người nhận thay=-:bmt_proxyphone356"
        " | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ()
SEX_HOLDS: tuple[str, ...] = ()
NAME_HOLDS = frozenset({"ede_full356", "ede_clan356", "ede_given356", "mn_full356", "mn_clan356"})
PHONE_HOLDS: tuple[str, ...] = ()
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("dk_addr356", "py_old356", "py_new356", "bmt_old356")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND356",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND356",
]
