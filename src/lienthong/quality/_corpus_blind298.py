"""The two-hundred-and-ninety-eighth part of the outside corpus, **blind 298** (written 10:28 UTC,
2026-12-07, never used for tuning): person files the youth union of the Quảng Trị province formed
in 2025, its provincial museum, a melaleuca oil distillers' cooperative, a protective forest board,
a commune police, a resettlement project board, a commune in the flood basin of Tân Hóa, the
management board of the Hiền Lương - Bến Hải relic site and a commune's OCOP council could hand
over. Nine Vietnamese files, with Bru–Vân Kiều and Pa Kô names (Hồ Văn, Hồ Thị, Pả, Kray, Căn, Y)
beside Kinh ones and home addresses in the old form (thôn, xã, huyện, tỉnh Quảng Bình or Quảng
Trị) or the new two-level one (thôn, xã or phường, tỉnh Quảng Trị): people registering for the
candle-lighting night at the Quảng Trị Citadel in UTF-8 with a BOM and semicolons (who they come
as, the union branch, the zone, the transport, the group leader and the leader's phone); the
witnesses of the Vịnh Mốc tunnels recorded for the museum's oral history in Excel (the years in
the tunnels, the wartime role, the recording file, the interviewer, a child to call and the
child's phone, the health); households selling melaleuca leaves to oil distillers in Windows-1258
with semicolons (the commune alone, the area, the kilos, the price, the total, the buyer, the
signature); households contracted to guard the casuarina shelterbelt on the coastal sand in UTF-16
with tabs and headers without diacritics (the forest plot, the area, the contract, its day and
term, the rate, the inspection result, the ranger); the commune police's sheet of people updating
their address after the merger in UTF-8 with tabs (the old and the new address, the new commune
alone, the relation to the household head and the head's name, the papers to change, the officer,
the time updated); Bru–Vân Kiều households given farmland by a resettlement project in
Windows-1258 with tabs and capital headers (the people, the place they left, the land, the
decision, the poor household mark); Tân Hóa households building flood-floating houses in UTF-16
with semicolons (the village and commune apart, the people, the 2020 flood depth, the kind of
house, the support and the household's share, the start and acceptance days, the status);
souvenir sellers licensed at the Hiền Lương bridge in UTF-8 with semicolons (the stall, the
goods, the fee, the card, its expiry, the breach); and sweet potato jerky makers rated for OCOP
in UTF-8 with a BOM and tabs (the workshop apart from the home, the output, the workers, the food
safety paper, the stars, the day rated, the member code).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind298_writers import WRITERS_BLIND298
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND298: tuple[Shape, ...] = (
    _shape(
        "nguoi_dang_ky_le_thap_nen_tri_an_dem_26_7_thanh_co_quang_tri_tinh_doan_vn298",
        "STT=row | Họ và tên=full_name:qt_name298 | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Thành phần=-:tn_role298"
        " | Chi đoàn/ Đơn vị=-:tn_unit298 | Nơi ở hiện nay=address:qt_new298 | SĐT=phone"
        " | Khu vực xếp hàng=-:tn_zone298 | Phương tiện=-:tn_ride298"
        " | Người phụ trách đoàn=-:tn_lead298 | SĐT phụ trách=-:tn_lead_phone298"
        " | Ngày ĐK=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "nhan_chung_lich_su_dia_dao_vinh_moc_ghi_am_lich_su_truyen_mieng_bao_tang_tinh_vn298",
        "TT=row | Họ tên nhân chứng=full_name:qt_name298"
        " | Ngày/tháng/năm sinh=birth_date@%d/%m/%Y | Nam/nữ=sex"
        " | Số ĐDCN=cccd:cccd_spaced | Địa chỉ (trước sáp nhập)=address:qt_old298"
        " | Điện thoại=phone | Thời gian gia đình ở địa đạo=-:vm_years298"
        " | Vai trò thời chiến=-:vm_role298 | File ghi âm=-:vm_file298"
        " | Ngày phỏng vấn=date@%d/%m/%Y | Người phỏng vấn=-:vm_officer298"
        " | Con cháu liên hệ=-:vm_kin298 | SĐT con cháu=-:vm_kin_phone298"
        " | Sức khỏe=-:vm_health298",
        file="xlsx",
    ),
    _shape(
        "ho_ban_la_tram_cho_co_so_chung_cat_tinh_dau_tram_vung_cat_quang_binh_cu_vn298",
        "STT=row | Tên chủ hộ=full_name:qt_name298 | NS=birth_date@%d.%m.%Y | CCCD=cccd"
        " | Địa chỉ=address:qt_new298 | Xã (mới)=ward:qt_ward298 | ĐT=phone"
        " | DT tràm (ha)=-:tr_area298 | KL lá (kg)=-:tr_kg298 | Đơn giá (đ/kg)=-:tr_price298"
        " | Thành tiền (đ)=-:tr_total298 | Ngày cân=date@%d.%m.%Y"
        " | Cơ sở thu mua=-:tr_buyer298 | Ký nhận=-:tr_sign298",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_nhan_khoan_bao_ve_dai_rung_phi_lao_chan_cat_ven_bien_ban_qlr_phong_ho_vn298",
        "STT=row | Ho va ten chu ho=full_name:qt_name_ascii298 | Ngay sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex:sex_ascii298 | So CCCD=cccd | Dia chi thuong tru=address:qt_new_ascii298"
        " | DT lien he=phone | Tieu khu/Khoanh/Lo=-:pl_plot298"
        " | DT nhan khoan (ha)=-:pl_area298 | So HD khoan=-:pl_contract298"
        " | Ngay ky HD=date@%d/%m/%Y | Thoi han (nam)=-:pl_term298"
        " | Don gia (dong/ha/nam)=-:pl_rate298 | Ket qua nghiem thu=-:pl_check298"
        " | Kiem lam dia ban=-:pl_ranger298",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "phieu_cap_nhat_noi_thuong_tru_sau_sap_xep_dvhc_cong_an_xa_quang_tri_vn298",
        "STT=row | Họ, chữ đệm và tên=full_name:qt_name298"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số định danh cá nhân=cccd | Nơi thường trú cũ=address:qt_old298"
        " | Nơi thường trú (sau sắp xếp)=address:qt_new298 | Xã/phường mới=ward:qt_ward298"
        " | Số ĐT=phone | Quan hệ với chủ hộ=-:dc_rel298 | Họ tên chủ hộ=-:dc_head298"
        " | Giấy tờ đề nghị điều chỉnh=-:dc_docs298 | Ngày tiếp nhận=date@%d/%m/%Y"
        " | Cán bộ tiếp nhận=-:dc_officer298 | Cập nhật lúc=timestamp",
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "ho_dong_bao_bru_van_kieu_nhan_dat_san_xuat_du_an_on_dinh_dan_cu_vn298",
        "TT=row | HỌ TÊN CHỦ HỘ=full_name:qt_bru_name298 | NGÀY SINH=birth_date@%d/%m/%Y"
        " | DÂN TỘC=-:dd_ethnic298 | SỐ CCCD=cccd | NƠI Ở TRƯỚC=-:dd_old298"
        " | NƠI ĐỊNH CƯ=address:qt_bru_new298 | SĐT=phone | SỐ KHẨU=-:dd_people298"
        " | DT ĐẤT GIAO (m²)=-:dd_area298 | LOẠI ĐẤT=-:dd_land298"
        " | SỐ QĐ GIAO ĐẤT=-:dd_decision298 | NGÀY GIAO=date@%d/%m/%Y"
        " | HỘ NGHÈO=-:dd_poor298 | GHI CHÚ=-:note_vi",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "ho_vung_ngap_lu_tan_hoa_ho_tro_lam_nha_phao_tranh_lu_ubnd_xa_vn298",
        "STT=row | Họ tên chủ hộ=full_name:qt_name298 | Ngày sinh=birth_date@%d-%m-%Y"
        " | Giới=sex | CCCD=cccd | Thôn=-:np_village298 | Xã=ward:np_ward298"
        " | Điện thoại=phone | Số NK=-:np_people298 | Mức ngập lũ 2020 (m)=-:np_flood298"
        " | Loại nhà phao=-:np_kind298 | Hỗ trợ (đ)=-:np_cost298"
        " | Hộ đối ứng (đ)=-:np_own298 | Ngày khởi công=date@%d-%m-%Y"
        " | Ngày nghiệm thu=date:np_done298 | Tình trạng=-:np_status298",
        encoding="utf-16",
        delimiter=";",
    ),
    _shape(
        "nguoi_ban_hang_luu_niem_duoc_cap_the_di_tich_doi_bo_hien_luong_ben_hai_vn298",
        "STT=row | Họ tên người bán=full_name:qt_name298 | Ngày sinh=birth_date@%d/%m/%Y"
        " | CMND/CCCD=cccd | HKTT=address:qt_old298 | ĐTDĐ=phone"
        " | Vị trí ki-ốt/ sạp=-:hl_stall298 | Mặt hàng=-:hl_goods298"
        " | Phí (đ/tháng)=-:hl_fee298 | Số thẻ=-:hl_card298"
        " | Hiệu lực đến=date@%d/%m/%Y | Vi phạm (nếu có)=-:hl_breach298",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "co_so_san_xuat_khoai_deo_danh_gia_phan_hang_ocop_hoi_dong_xa_vn298",
        "STT=row | Chủ cơ sở=full_name:qt_name298 | Ngày sinh=birth_date@%Y-%m-%d"
        " | Giới tính=sex | Số định danh=cccd | Địa điểm sản xuất=-:kd_site298"
        " | Nơi thường trú=address:qt_new298 | Điện thoại=phone | Email=email"
        " | Sản lượng (tấn/năm)=-:kd_tons298 | Số lao động=-:kd_workers298"
        " | Giấy ATTP=-:kd_attp298 | Hạng OCOP=-:kd_ocop298 | Ngày đánh giá=date@%Y-%m-%d"
        " | Mã hộ thành viên=-:kd_member298",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ()
SEX_HOLDS: tuple[str, ...] = ("sex_ascii298",)
NAME_HOLDS = frozenset({"qt_name298", "qt_name_ascii298", "qt_bru_name298"})
PHONE_HOLDS: tuple[str, ...] = ()
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "qt_old298",
    "qt_new298",
    "qt_new_ascii298",
    "qt_bru_new298",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND298",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND298",
]
