"""The two-hundred-and-eighty-third part of the outside corpus, **blind 283** (written 10:15 UTC,
2026-12-07, never used for tuning): person files the new Khánh Hòa province (the former Khánh
Hòa with Nha Trang and Cam Ranh and the former Ninh Thuận with Phan Rang, merged on 1 July 2025)
could hand over: its fisheries sub-department, its land development centre, the Nha Trang Bay
management board, a wind farm's land office, its culture department, the swiftlet-nest company,
a goat and sheep cooperative, its naval-region liaison and its veterans' office. Nine
Vietnamese files, Kinh, Chăm (Đàng, Thành, Quảng, Bá) and Raglai (Mấu, Chamaléa, Pinăng) names
side by side, home addresses in the old three-level form (xã/phường, huyện/thành phố, tỉnh
Ninh Thuận or Khánh Hòa) or the new two-level one (xã/phường, tỉnh Khánh Hòa):
lobster farmers committing to move their cages out of the bays in Excel (the old address, the
bay, the cages, the species, the planned zone and its coordinates, the day of the commitment,
the status); households counted for the Ninh Thuận 1 nuclear plant's land recovery in UTF-16
with tabs and upper-case names (the household code, the parcel and map sheet, the area, the kind
of land, the assets, the team, the relative who signed, the time last updated); dive guides
of the Hòn Mun marine protected area in UTF-8 with ISO dates (the dive certificate and its
number, the dive centre and its address, the guide card, the day issued and the day it runs
out); landowners leasing ground under wind turbines in Windows-1258 with semicolons (the land
title, the turbine, the leased area, the price, the term, the lessee, the bank account and
bank); Chăm and Raglai artisans on a monthly allowance in UTF-8 with a BOM and semicolons (the
ethnic group, the new address and the new commune alone, the title and its year, the art, the
amount, how it is paid); swiftlet-nest harvest crews going out to the islands in UTF-8 with
tabs and dotted dates (the staff number, the home town apart from the address, the island, the
round, the boat, the next of kin and their phone, the blood group); goat and sheep cooperative
members in Windows-1258 with tabs (the old address and the new commune, the herd, the capital
paid in, the member's book, the day joined); members of a delegation to Trường Sa in Excel with
upper-case names (the ethnic group, party membership, the agency and post, the address, the
blood group, the shirt size, the emergency contact, the ship, the day of boarding); and
families of the sailors killed at Gạc Ma receiving the 14 March gifts in UTF-8 with semicolons
(the relation, the sailor, his home province and unit, the new address, the commune and the
province alone, the gift, whether it was signed for, the day).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind283_writers import WRITERS_BLIND283
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND283: tuple[Shape, ...] = (
    _shape(
        "ho_nuoi_tom_hum_long_be_cam_ket_di_doi_ra_vung_quy_hoach_chi_cuc_thuy_san_khanh_hoa_vn283",
        "STT=row | Họ và tên chủ cơ sở nuôi=full_name:name283 | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Địa chỉ thường trú (trước 01/7/2025)=address:old_addr283"
        " | Số điện thoại=phone | Vị trí đặt lồng hiện tại=-:bay_spot283"
        " | Số ô lồng=-:cages283 | Đối tượng nuôi=-:species283"
        " | Vùng quy hoạch chuyển đến=-:zone283 | Tọa độ dự kiến=-:coords283"
        " | Ngày ký cam kết=date@%d/%m/%Y | Tình trạng=-:status_move283",
        file="xlsx",
    ),
    _shape(
        "ho_dan_kiem_dem_hien_trang_thu_hoi_dat_du_an_nha_may_dien_hat_nhan_ninh_thuan_1_vn283",
        "TT=row | Mã hộ=-:household283 | HỌ VÀ TÊN CHỦ HỘ=full_name:name_caps283"
        " | NGÀY SINH=birth_date@%d/%m/%Y | GIỚI TÍNH=sex | SỐ ĐỊNH DANH CÁ NHÂN=cccd"
        " | NƠI Ở HIỆN NAY=address:new_addr283 | Thửa số=-:parcel283 | Tờ BĐ số=-:mapsheet283"
        " | Diện tích (m2)=-:area283 | Loại đất=-:landtype283 | Tài sản, vật kiến trúc=-:assets283"
        " | Ngày kiểm đếm=date@%d/%m/%Y | Tổ kiểm đếm=-:team283"
        " | Người đại diện ký biên bản=-:signer283 | Cập nhật lần cuối=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "huong_dan_vien_lan_bien_khu_bao_ton_bien_hon_mun_cap_the_ban_quan_ly_vinh_nha_trang_vn283",
        "STT=row | Họ và tên=full_name:name283 | Ngày sinh=birth_date@%Y-%m-%d | Giới=sex"
        " | CCCD=cccd | Nơi ở hiện tại=address:new_addr283 | Điện thoại=phone | Email=email"
        " | Chứng chỉ lặn=-:dive_cert283 | Số chứng chỉ=-:cert_no283"
        " | Trung tâm lặn=-:dive_shop283 | Địa chỉ trung tâm=-:shop_addr283"
        " | Số thẻ HDV lặn KBTB=-:mpa_card283 | Ngày cấp thẻ=date@%Y-%m-%d"
        " | Có giá trị đến=date:expiry283",
        encoding="utf-8",
    ),
    _shape(
        "chu_su_dung_dat_cho_thue_dat_dat_tru_tuabin_dien_gio_hop_dong_thue_dat_vn283",
        "TT=row | Bên cho thuê (chủ SDĐ)=full_name:name283 | NS=birth_date@%d/%m/%Y"
        " | CCCD số=cccd:cccd_spaced | HKTT=address:old_addr283 | ĐT=phone:phone_dotted"
        " | Số GCN QSDĐ=-:red_book283 | Vị trí trụ=-:turbine283 | DT thuê (m²)=-:lease_area283"
        " | Đơn giá (đ/m²/năm)=-:price283 | Thời hạn=-:term283 | Ngày ký HĐ=date@%d/%m/%Y"
        " | Bên thuê=-:lessee283 | STK nhận tiền=-:account283 | Ngân hàng=-:bank283",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nghe_nhan_uu_tu_cham_raglai_huong_tro_cap_sinh_hoat_hang_thang_so_vhttdl_khanh_hoa_vn283",
        "STT=row | Họ và tên nghệ nhân=full_name:artisan283 | Dân tộc=-:ethnic_art283"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd"
        " | Địa chỉ (theo ĐVHC mới)=address:art_addr283 | Xã/Phường=ward:art_ward283"
        " | SĐT=phone | Danh hiệu=-:title283 | Năm phong tặng=-:title_year283"
        " | Loại hình di sản=-:heritage283 | Mức trợ cấp (đồng/tháng)=-:allowance283"
        " | Hình thức nhận=-:pay_mode283 | Hưởng từ ngày=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "cong_nhan_khai_thac_to_yen_dao_ra_dao_luan_phien_cong_ty_yen_sao_khanh_hoa_vn283",
        "Số TT=row | Mã NV=-:staff283 | Họ và tên=full_name:name283"
        " | Ngày sinh=birth_date@%d.%m.%Y | Giới tính=sex | Số CCCD=cccd"
        " | Quê quán=-:origin283 | Chỗ ở hiện nay=address:new_addr283 | Điện thoại=phone"
        " | Đảo=-:island283 | Đợt=-:harvest283 | Ngày ra đảo=date@%d.%m.%Y"
        " | Phương tiện=-:boat283 | Người báo tin=-:kin283 | SĐT người báo tin=-:kin_phone283"
        " | Nhóm máu=-:blood283",
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "xa_vien_htx_chan_nuoi_de_cuu_gop_von_ninh_thuan_cu_vn283",
        "STT=row | Họ tên xã viên=full_name:name283 | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số ĐDCN=cccd | Địa chỉ cũ=address:old_addr283 | Xã mới=ward:new_ward283"
        " | Điện thoại=phone | Đàn dê (con)=-:goats283 | Đàn cừu (con)=-:sheep283"
        " | Vốn góp (đồng)=-:capital283 | Số sổ xã viên=-:member_no283"
        " | Ngày vào HTX=date:joined283 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "thanh_vien_doan_cong_tac_tham_quan_dan_dac_khu_truong_sa_nha_gian_dk1_vn283",
        "STT=row | HỌ VÀ TÊN=full_name:name_caps283 | NGÀY SINH=birth_date@%d/%m/%Y"
        " | NAM/NỮ=sex | SỐ CCCD=cccd | DÂN TỘC=-:ethnic283 | ĐẢNG VIÊN=-:party283"
        " | CƠ QUAN, ĐƠN VỊ=-:agency283 | CHỨC VỤ=-:post283"
        " | ĐỊA CHỈ LIÊN HỆ=address:new_addr283 | SĐT DI ĐỘNG=phone | NHÓM MÁU=-:blood283"
        " | CỠ ÁO=-:shirt283 | NGƯỜI LIÊN HỆ KHẨN CẤP=-:kin283 | SĐT NGƯỜI LIÊN HỆ=-:kin_phone283"
        " | TÀU=-:ship283 | NGÀY XUỐNG TÀU=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "than_nhan_liet_si_gac_ma_nhan_qua_ky_niem_14_3_so_noi_vu_khanh_hoa_vn283",
        "TT=row | Họ tên thân nhân=full_name:name283 | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Quan hệ với LS=-:relation283 | Họ tên liệt sĩ=-:martyr283"
        " | Quê quán LS=-:martyr_home283 | Đơn vị khi hy sinh=-:martyr_unit283"
        " | Nơi cư trú hiện nay=address:new_addr283 | Phường/Xã=ward:new_ward283"
        " | Tỉnh=province:province283 | SĐT=phone | Mức quà (đồng)=-:gift283"
        " | Ký nhận=-:signed283 | Ngày nhận=date@%d/%m/%Y",
        encoding="utf-8",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ()
SEX_HOLDS: tuple[str, ...] = ()
NAME_HOLDS = frozenset({"name283", "name_caps283", "artisan283"})
PHONE_HOLDS: tuple[str, ...] = ()
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("old_addr283", "new_addr283", "art_addr283")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND283",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND283",
]
