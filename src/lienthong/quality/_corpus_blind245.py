"""The two-hundred-and-forty-fifth part of the outside corpus, **blind 245** (written 07:50 UTC,
2026-12-07, never used for tuning): person files nine of Hà Nội's wards and communes could hand
over after the July 2025 reorganisation, the former Hà Tây districts among them. The people a
ward in the old quarter let keep vehicles on a pavement for a while, in Windows-1258 with
semicolons and headers without diacritics (the spot, its area, the vehicles, the permit, the
monthly fee, the old address); the men of a ward's sitting tug-of-war team for the temple
festival, in UTF-8 with semicolons (the team, the place in it, the years pulled, the weight, a
relative and the relative's phone); the people who gave to a ward's gratitude fund through the
residents' group, in UTF-8 with a BOM and tabs (the residents' group, the kind of gift, the sum,
the receipt); the households who leased their rice fields to a commune's cooperative to pool
them, in UTF-16 with tabs (the parcel, the square metres, the field, the crop planned, the rent in
paddy, the contract, the old and the new address); the cooks of a village's rice-cooking contest,
in Excel (the team, the task, the bib, the prize, the village line and the new ward apart); the
parties mediated at a regional people's court, in UTF-8 with a BOM and semicolons (the mediation
number, the dispute, the other party, the mediator, the outcome); the wills and estate papers a
commune attested, in Windows-1258 with tabs (the attestation number, the kind of paper, the heirs,
the estate, the signer, the fee); the old birth registers a commune keyed in, in UTF-16 with
semicolons (the book and entry, the father, the mother and the father's year of birth, the place
of birth, the day registered, the clerk); and the households who contracted irrigation with a
commune's farming cooperative, in Excel (the kind of service, the area in sào, the fee, the
season, the next payment).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind245_writers import WRITERS_BLIND245
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND245: tuple[Shape, ...] = (
    _shape(
        "to_chuc_ca_nhan_su_dung_tam_thoi_via_he_lam_diem_trong_giu_xe_ubnd_phuong_hoan_kiem_vn245",
        "STT=row | Ho ten nguoi dang ky=full_name:full_name_ascii | Ngay sinh=birth_date@%d/%m/%Y"
        " | So dinh danh ca nhan=cccd | Dia chi thuong tru (cu)=address:hn_old_ascii245"
        " | Dien thoai=phone:phone_dotted | Vi tri diem trong giu=-:spot245"
        " | Dien tich (m2)=-:area245 | Loai xe trong giu=-:veh245 | So giay phep=-:permit245"
        " | Phi su dung via he (dong/thang)=-:fee245 | Ngay cap=date@%d/%m/%Y"
        " | Han su dung=date:next245",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "thanh_vien_doi_keo_co_ngoi_le_hoi_den_tran_vu_thach_ban_phuong_long_bien_vn245",
        "TT=row | Họ và tên=full_name | Năm sinh (ngày sinh)=birth_date@%d-%m-%Y"
        " | CCCD=cccd:cccd_spaced | Nơi ở (địa chỉ mới)=address:hn_new245"
        " | SĐT=phone:phone_spaced | Giáp / Đội=-:team245 | Vị trí=-:tugrole245"
        " | Số năm tham gia=-:years245 | Cân nặng=-:weight245 | Người thân báo tin=-:kin245"
        " | SĐT người thân=-:kin_phone245 | Ngày đăng ký=date@%d-%m-%Y",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "nguoi_ung_ho_quy_den_on_dap_nghia_ban_cong_tac_mat_tran_to_dan_pho_phuong_son_tay_vn245",
        "STT=row | Họ tên người ủng hộ=full_name | Ngày tháng năm sinh=birth_date@%d/%m/%Y"
        " | Giới=sex | Tổ dân phố=-:tdp245 | Địa chỉ=address:hn_mixed245 | Điện thoại=phone"
        " | Hình thức=-:gift245 | Số tiền (đ)=-:sum245 | Số biên lai=-:receipt245"
        " | Ngày nộp=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "ho_cho_htx_thue_lai_ruong_tich_tu_ruong_dat_san_xuat_tap_trung_ubnd_xa_ung_hoa_vn245",
        "TT=row | Chủ hộ=full_name | Ngày sinh chủ hộ=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Địa chỉ cũ (xã, huyện)=address:hn_old245 | Địa chỉ mới=address:hn_new245"
        " | SĐT=phone | Tờ bản đồ / thửa=-:parcel245 | Diện tích (m²)=-:sqm245"
        " | Xứ đồng=-:field245 | Cây trồng dự kiến=-:crop245 | Giá thuê=-:rent245"
        " | Số HĐ=-:contract245 | Ngày ký=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "thanh_vien_doi_thi_thoi_com_thi_le_hoi_lang_thi_cam_phuong_xuan_phuong_vn245",
        "Số TT=row | Họ và tên=full_name | Ngày sinh=birth_date:excel_date | Giới tính=sex"
        " | Số định danh=cccd | Thôn / Tổ dân phố=street:hn_line245 | Phường=ward:hn_ward245"
        " | Số ĐT=phone | Đội thi=-:cookteam245 | Nhiệm vụ=-:cookrole245 | Số áo=-:bib245"
        " | Giải=-:prize245 | Ngày thi=date:excel_event",
        file="xlsx",
    ),
    _shape(
        "duong_su_hoa_giai_doi_thoai_tai_toa_an_nhan_dan_khu_vuc_ha_noi_vn245",
        "STT=row | Mã vụ việc=-:medcase245 | Họ tên đương sự=full_name"
        " | Ngày sinh=birth_date@%d.%m.%Y | Số CCCD/ĐDCN=cccd | Nơi cư trú=address:hn_mixed245"
        " | Điện thoại liên hệ=phone | Loại việc=-:medkind245"
        " | Người bị kiện / bên kia=-:party245 | Hòa giải viên=-:mediator245"
        " | Ngày nhận đơn=date@%d.%m.%Y | Kết quả=-:medout245 | Cập nhật lúc=timestamp",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "so_chung_thuc_di_chuc_van_ban_thoa_thuan_phan_chia_di_san_ubnd_xa_thach_that_vn245",
        "So TT=row | So chung thuc=-:willno245 | Ho ten nguoi yeu cau chung thuc=full_name"
        " | Ngay sinh=birth_date@%d/%m/%Y | So giay to tuy than=cccd"
        " | Noi cu tru=address:hn_old_ascii245 | SDT=phone | Loai giay to=-:willkind245"
        " | Nguoi thua ke / nguoi lien quan=-:heir245 | Tai san=-:estate245"
        " | Nguoi ky chung thuc=-:signer245 | Le phi (d)=-:fee_will245"
        " | Ngay chung thuc=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "so_hoa_du_lieu_so_dang_ky_khai_sinh_cu_ubnd_xa_phu_nghia_vn245",
        "STT=row | Quyển số=-:book245 | Số=-:entry245 | Họ, chữ đệm, tên=full_name"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số định danh cá nhân=cccd | Nơi sinh=-:hn_ward245"
        " | Nơi cư trú (theo sổ)=address:hn_old245 | Họ tên cha=-:father245"
        " | Năm sinh cha=-:fbirth245 | Họ tên mẹ=-:mother245"
        " | Ngày đăng ký=date:reg_day245 | Người nhập liệu=-:keyer245 | Ngày nhập=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter=";",
    ),
    _shape(
        "ho_dung_nuoc_hop_dong_dich_vu_tuoi_tieu_thuy_loi_htx_dvnn_xa_phu_xuyen_vn245",
        "TT=row | Tên chủ hộ=full_name | Năm sinh=birth_date@%d/%m/%Y | CCCD chủ hộ=cccd"
        " | Thôn=street:hn_line245 | Xã (mới)=ward:hn_ward245 | Điện thoại=phone"
        " | Loại dịch vụ=-:irr245 | Diện tích (sào)=-:sao245 | Thành tiền (đồng)=-:irrfee245"
        " | Vụ=-:season245 | Ngày HĐ=date@%d/%m/%Y | Kỳ thu tiếp=date:next245",
        file="xlsx",
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
ADDRESS_HOLDS: tuple[str, ...] = ("hn_old245", "hn_new245", "hn_mixed245", "hn_old_ascii245")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND245",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND245",
]
