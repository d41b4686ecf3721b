"""The two-hundred-and-fiftieth part of the outside corpus, **blind 250** (written 07:57 UTC,
2026-12-07, never used for tuning): person files the agencies of the provinces merged in 2025
along the South Central coast and the Central Highlands (Đắk Lắk with the former Phú Yên, Gia
Lai with the former Bình Định, Khánh Hòa with the former Ninh Thuận, Lâm Đồng with the former
Đắk Nông and Bình Thuận) could hand over. Nine Vietnamese files, names of the Ê Đê, Gia Rai, Ba
Na, Chăm, Raglai, K'Ho and M'Nông people beside Kinh names, homes in the old form (thôn, xã,
huyện, tỉnh) and the new two-level one: the pepper growers of Gia Lai whose vines died of root
rot, in Windows-1258 with semicolons (the people, the area, the posts lost, the officer who
checked); the members of a community group co-managing the Ô Loan lagoon, in UTF-16 with tabs
(the role, the boat, the gear, a relative); the martial arts schools of the former Bình Định,
in UTF-8 with a BOM (the rank, the style, the school, where it trains, the pupils, the
certificate); the households of the former Ninh Thuận paid to change crops on dry land, in
Windows-1258 with tabs and no diacritics in the headers (the crop, the hectares, the money);
the dragon-fruit growers of the former Bình Thuận asking for power to light their gardens, in
UTF-8 with semicolons (the customer code, the plot, the bulbs, the transformer, the meter); the
greenhouses of Đà Lạt declared for the plan to take them down, in Excel (the new ward, the plot
with its old ward, the kind of house, the area, the crop, the plan); the community guides of
the Đắk Nông geopark, in UTF-8 with a BOM and semicolons (the people, the site, the language,
the certificate); the Ê Đê longhouses given money for repairs, in UTF-16 with semicolons (the
house, its age, the work, the money, the next check); and the conical hat weavers of Phù Cát
trained by the extension centre, in Excel with the home split into ward and province (the hat,
the years, the income).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind250_writers import WRITERS_BLIND250
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND250: tuple[Shape, ...] = (
    _shape(
        "ho_trong_ho_tieu_bi_benh_chet_nhanh_chet_cham_de_nghi_ho_tro_gia_lai_vn250",
        "STT=row | Họ và tên chủ hộ=full_name:jarai250 | Ngày sinh=birth_date@%d/%m/%Y"
        " | Dân tộc=-:ethnic_gl250 | Số CCCD=cccd | Địa chỉ (thôn, xã)=address:home_gl250"
        " | ĐT liên hệ=phone | DT hồ tiêu (m2)=-:pepper_m2_250 | Số trụ bị bệnh=-:posts250"
        " | Mức độ thiệt hại=-:loss250 | Ngày kiểm tra=date@%d/%m/%Y"
        " | CB kiểm tra=-:checker250 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "thanh_vien_to_cong_dong_dong_quan_ly_nguon_loi_thuy_san_dam_o_loan_vn250",
        "TT=row | Họ tên thành viên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | CCCD=cccd:cccd_spaced | Nơi cư trú=address:home_py250"
        " | SĐT=phone:phone_dotted | Chức danh trong tổ=-:ol_role250"
        " | Số ĐK tàu/ghe=-:ol_boat250 | Nghề khai thác=-:ol_gear250"
        " | Người thân liên hệ=-:kin250 | SĐT người thân=-:kin_phone250"
        " | Ngày kết nạp=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "vo_su_chu_vo_duong_dang_ky_hoat_dong_lien_doan_vo_co_truyen_binh_dinh_vn250",
        "STT=row | Họ và tên võ sư=full_name | Sinh ngày=birth_date@%d-%m-%Y"
        " | Số định danh cá nhân=cccd | Thường trú=address:home_bd250 | Điện thoại=phone"
        " | Đẳng cấp=-:vo_rank250 | Môn phái=-:vo_style250 | Tên võ đường/CLB=-:vo_school250"
        " | Địa điểm tập luyện=-:vo_venue250 | Số võ sinh=-:vo_pupils250"
        " | Số GCN=-:vo_permit250 | Ngày cấp GCN=date@%d-%m-%Y",
        encoding="utf-8-sig",
    ),
    _shape(
        "ho_chuyen_doi_cay_trong_tren_dat_kho_han_sang_nho_tao_ninh_thuan_cu_vn250",
        "STT=row | Ho ten chu ho=full_name:cham250 | Ngay sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex | So CCCD=cccd | Dia chi=address:home_nt250 | SDT=phone"
        " | Cay trong chuyen doi=-:crop250 | Dien tich (ha)=-:ha250"
        " | Kinh phi ho tro (dong)=-:aid250 | Ngay nghiem thu=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "khach_hang_dang_ky_cap_dien_chieu_sang_thanh_long_dien_luc_ham_thuan_vn250",
        "STT=row | Mã KH=-:kh_code250 | Tên khách hàng=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | CCCD=cccd | Địa chỉ liên hệ=address:home_bt250"
        " | SĐT=phone:phone_spaced | Vị trí vườn (thửa/tờ BĐ)=-:garden250"
        " | Số bóng đèn=-:bulbs250 | TBA (kVA)=-:kva250 | Số công tơ=-:meter250"
        " | Ngày treo công tơ=date@%d/%m/%Y",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "ho_co_nha_kinh_nha_luoi_ke_khai_lo_trinh_thao_do_ubnd_phuong_da_lat_vn250",
        "STT=row | Họ và tên chủ hộ=full_name:kho250 | Sinh ngày=birth_date@%d/%m/%Y"
        " | Giới tính=sex | CCCD/ĐDCN=cccd | Phường/xã (mới)=ward:dl_ward250"
        " | Vị trí thửa đất=-:dl_plot250 | Loại nhà=-:dl_house250"
        " | Diện tích (m²)=-:dl_m2_250 | Cây trồng=-:dl_plant250"
        " | Phương án=-:dl_plan250 | SĐT=phone | Ngày kê khai=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "huong_dan_vien_cong_dong_cong_vien_dia_chat_toan_cau_dak_nong_vn250",
        "TT=row | Họ tên=full_name:mnong250 | Ngày sinh=birth_date@%d/%m/%Y | Giới=sex"
        " | Dân tộc=-:ethnic_dn250 | Số CCCD=cccd | Hộ khẩu thường trú=address:home_dn250"
        " | Di động=phone | Email=email | Điểm di sản phụ trách=-:geo_site250"
        " | Ngoại ngữ=-:geo_lang250 | Số chứng nhận=-:geo_cert250"
        " | Ngày cấp=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "ho_co_nha_dai_truyen_thong_ede_nhan_ho_tro_tu_bo_phong_vhtt_vn250",
        "STT=row | Chủ nhà dài=full_name:ede250 | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Địa chỉ=address:home_dl250 | SĐT=phone"
        " | Loại nhà=-:nha_dai250 | Tuổi nhà=-:nha_age250 | Hạng mục tu bổ=-:nha_work250"
        " | Kinh phí hỗ trợ (đ)=-:nha_money250 | Ngày khảo sát=date@%d/%m/%Y"
        " | Hẹn kiểm tra lại=date:next250",
        encoding="utf-16",
        delimiter=";",
    ),
    _shape(
        "tho_lam_non_ngua_phu_gia_tap_huan_trung_tam_khuyen_cong_gia_lai_vn250",
        "STT=row | Họ và tên học viên=full_name:bana250 | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | CCCD=cccd:cccd_spaced | Xã/Phường=ward:bd_ward250"
        " | Tỉnh=province:bd_prov250 | SĐT=phone:phone_dotted | Sản phẩm=-:weave250"
        " | Số năm làm nghề=-:weave_years250 | Thu nhập BQ/tháng (đ)=-:weave_income250"
        " | Ngày tập huấn=date@%d/%m/%Y",
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ()
SEX_HOLDS: tuple[str, ...] = ()
NAME_HOLDS = frozenset({"jarai250", "cham250", "kho250", "mnong250", "ede250", "bana250"})
PHONE_HOLDS: tuple[str, ...] = ()
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "home_gl250",
    "home_py250",
    "home_bd250",
    "home_nt250",
    "home_bt250",
    "home_dn250",
    "home_dl250",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND250",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND250",
]
