"""The two-hundred-and-sixty-fifth part of the outside corpus, **blind 265** (written 09:52 UTC,
2026-12-07, never used for tuning): person files a star anise cooperative in Lạng Sơn, a Cao Bằng
border guard post, the Tuyên Quang provincial People's Committee, a Cao Phong orange cooperative,
a Lạng Sơn market board, a glass-noodle cooperative in the former Bắc Kạn, the Hùng Kings temple
management board, a commune on the Đồng Văn plateau and a commune around Ba Bể could hand over,
all in the northern midlands and border provinces after the 2025 merger (Phú Thọ with the former
Vĩnh Phúc and Hòa Bình, Thái Nguyên with the former Bắc Kạn, Tuyên Quang with the former Hà
Giang), their addresses in the new two-level form and often the old one beside it.
Nine Vietnamese files: star anise growers whose gardens a cooperative had certified organic, in
Windows-1258 with semicolons (the new address and the one before the merger, the area, the trees
bearing, the dried yield, the crop, the lot code, the inspection day, the result); members of the
teams that look after a stretch of the border line and its markers, in Excel (the ethnic group,
the hamlet and the new commune apart, the team, the markers, the post, the team leader, the
patrols a month, the day the pledge was signed); civil servants moved from the former Hà Giang
seat to the provincial agencies in Tuyên Quang, in UTF-16 with tabs and headers without
diacritics (the old and the new agency, the post, the decision, the home address new and old, the
lodging in Tuyên Quang, the official e-mail, the transport or housing asked for, the day, the
time last updated); Cao Phong orange growers given QR traceability stamps, in UTF-8 with a BOM
and semicolons (the new address and the old commune and district, the variety, the area in m2,
the growing-area code, the stamps and their serial, the day, the cooperative's officer); traders
of the Lạng Sơn border markets in a Chinese conversation class, in UTF-8 (the stall, the market,
the goods, the level, the class, the attendance, the score); canna growers under contract to a
glass-noodle cooperative, in Windows-1258 with tabs (the hamlet and the new commune, the old
commune and district, the area in sào, the yield, the price, the buyer, the contract, the
hamlet head who witnessed it); heads of delegations registering to offer incense at the Hùng
Kings temple, in Excel (the delegation, its size, the coach's plate, the time slot, the offering,
a deputy's phone); households on the Đồng Văn plateau given water by tanker in the dry season, in
UTF-8 with semicolons (the new and old address, the people, the cubic metres, the source, the
round, the status, who received it, the time entered); and ethnic-minority households around Ba
Bể building latrines with programme support, in UTF-8 with a BOM and tabs (the address new and
old, the kind, the household size, the support in dong, the state, the commune officer).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind265_writers import WRITERS_BLIND265
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND265: tuple[Shape, ...] = (
    _shape(
        "ho_trong_hoi_chung_nhan_huu_co_htx_nong_nghiep_van_quan_lang_son_vn265",
        "STT=row | Họ và tên chủ hộ=full_name | Năm sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Địa chỉ (thôn, xã, tỉnh)=address:ls_new265"
        " | Địa chỉ cũ (trước 01/7/2025)=address:ls_old265 | SĐT=phone"
        " | Diện tích hồi (ha)=-:anise_area265 | Số cây cho quả=-:anise_trees265"
        " | SL hồi khô (kg)=-:anise_yield265 | Vụ=-:anise_crop265 | Mã lô=-:anise_lot265"
        " | Ngày đánh giá=date@%d/%m/%Y | Kết quả CN=-:anise_result265",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "thanh_vien_to_tu_quan_duong_bien_cot_moc_don_bien_phong_cao_bang_vn265",
        "TT=row | Họ tên tổ viên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Dân tộc=-:cb_ethnic265 | Số CCCD=cccd:cccd_spaced | Xóm=-:cb_hamlet265"
        " | Xã (sau sắp xếp)=ward:cb_ward265 | Số ĐT=phone | Tổ tự quản=-:cb_team265"
        " | Đoạn biên giới, mốc phụ trách=-:cb_marker265 | Đồn BP phụ trách=-:cb_post265"
        " | Tổ trưởng=-:cb_leader265 | Số lần tuần tra/tháng=-:cb_patrols265"
        " | Ngày ký cam kết=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "cbccvc_dieu_dong_tu_ha_giang_ve_co_quan_tinh_tuyen_quang_sau_hop_nhat_vn265",
        "STT=row | Ho va ten=full_name | Ngay sinh=birth_date@%d/%m/%Y | Gioi tinh=sex"
        " | So CCCD=cccd | Co quan cu=-:tq_from265 | Co quan moi=-:tq_to265"
        " | Chuc vu=-:tq_post265 | So QD dieu dong=-:tq_decision265"
        " | Noi thuong tru=address:tq_home265 | Dia chi cu (truoc sap nhap)=address:tq_old265"
        " | Cho o tai Tuyen Quang=-:tq_stay265 | DTDD=phone | Email cong vu=email:tq_mail265"
        " | Nguyen vong ho tro=-:tq_help265 | Ngay nhan cong tac=date@%d/%m/%Y"
        " | Cap nhat=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ho_trong_cam_cao_phong_cap_tem_truy_xuat_nguon_goc_qr_htx_phu_tho_vn265",
        "TT=row | Chủ vườn=full_name | Ngày sinh=birth_date@%d-%m-%Y | CCCD/ĐDCN=cccd"
        " | Địa chỉ=address:hb_new265 | Xã, huyện cũ=address:hb_old265 | SĐT=phone"
        " | Giống=-:orange_kind265 | Diện tích (m2)=-:orange_area265"
        " | Mã vùng trồng=-:orange_code265 | Số tem QR=-:orange_stamps265"
        " | Sê-ri tem từ=-:orange_serial265 | Ngày cấp tem=date@%d-%m-%Y"
        " | Cán bộ HTX=-:orange_officer265 | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "tieu_thuong_cho_bien_gioi_hoc_lop_tieng_trung_giao_tiep_bql_cho_lang_son_vn265",
        "STT=row | Họ tên học viên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | Số định danh cá nhân=cccd | Nơi thường trú=address:dd_new265"
        " | Số ĐT (Zalo)=phone | Ki-ốt số=-:cn_stall265 | Chợ=-:cn_market265"
        " | Mặt hàng KD=-:cn_goods265 | Trình độ tiếng Trung=-:cn_level265"
        " | Lớp=-:cn_class265 | Số buổi có mặt=-:cn_attend265 | Điểm cuối khóa=-:cn_score265"
        " | Ngày khai giảng=date@%d/%m/%Y",
        encoding="utf-8",
    ),
    _shape(
        "ho_trong_dong_rieng_hop_dong_bao_tieu_htx_mien_dong_na_ri_thai_nguyen_vn265",
        "STT=row | Tên chủ hộ=full_name | Ngày sinh=birth_date@%d.%m.%Y | Số CCCD=cccd"
        " | Thôn=-:bk_hamlet265 | Xã=ward:bk_ward265 | Xã, huyện (cũ)=address:bk_old265"
        " | Điện thoại=phone | DT dong riềng (sào)=-:canna_area265"
        " | SL củ dự kiến (tấn)=-:canna_yield265 | Giá thu mua (đ/kg)=-:canna_price265"
        " | Đơn vị bao tiêu=-:canna_buyer265 | Số HĐ=-:canna_contract265"
        " | Ngày ký=date@%d.%m.%Y | Trưởng thôn xác nhận=-:canna_witness265",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "truong_doan_dang_ky_dang_huong_den_hung_ban_quan_ly_khu_di_tich_phu_tho_vn265",
        "STT=row | Trưởng đoàn=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | CCCD trưởng đoàn=cccd | Địa chỉ=address:dh_addr265 | ĐT liên hệ=phone"
        " | Tên đoàn/đơn vị=-:dh_group265 | Số người=-:dh_members265"
        " | BKS xe=-:dh_plate265 | Ngày dâng hương=date@%d/%m/%Y"
        " | Khung giờ=-:dh_slot265 | Lễ vật=-:dh_offering265"
        " | SĐT phó đoàn=-:dh_deputy_phone265",
        file="xlsx",
    ),
    _shape(
        "ho_duoc_cap_nuoc_sinh_hoat_bang_xe_mua_kho_cao_nguyen_da_dong_van_ubnd_xa_vn265",
        "STT=row | Chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | CCCD=cccd | Địa chỉ hiện nay=address:dv_new265"
        " | Địa chỉ theo ĐVHC cũ=address:dv_old265 | SĐT=phone"
        " | Số nhân khẩu=-:dv_people265 | Khối lượng (m3)=-:dv_m3265"
        " | Nguồn nước=-:dv_source265 | Đợt cấp=-:dv_round265 | Ngày cấp=date@%d/%m/%Y"
        " | Tình trạng=-:dv_status265 | Người nhận thay=-:dv_receiver265"
        " | Thời gian nhập=-:dv_stamp265",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "ho_dtts_ho_tro_xay_nha_tieu_hop_ve_sinh_ct_mtqg_1719_xa_ba_be_thai_nguyen_vn265",
        "TT=row | Họ tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Dân tộc=-:cb_ethnic265"
        " | Số định danh=cccd | Nơi cư trú=address:wc_new265"
        " | Nơi cư trú cũ=address:wc_old265 | SĐT=phone | Loại nhà tiêu=-:wc_kind265"
        " | Số nhân khẩu=-:wc_size265 | Mức hỗ trợ (đồng)=-:wc_support265"
        " | Ngày nghiệm thu=date@%d/%m/%Y | Tình trạng=-:wc_state265"
        " | Cán bộ phụ trách=-:wc_officer265",
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
NAME_HOLDS: frozenset[str] = frozenset()
PHONE_HOLDS: tuple[str, ...] = ()
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "ls_new265",
    "ls_old265",
    "tq_home265",
    "tq_old265",
    "hb_new265",
    "hb_old265",
    "dd_new265",
    "bk_old265",
    "dh_addr265",
    "dv_new265",
    "dv_old265",
    "wc_new265",
    "wc_old265",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND265",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND265",
]
