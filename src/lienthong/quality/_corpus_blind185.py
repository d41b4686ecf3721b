"""The hundred-and-eighty-fifth part of the outside corpus, **blind 185** (written 01:30 UTC,
2026-12-07, never used for tuning): person files Hue's centre for the preservation of the
imperial monuments, Hoi An's heritage management centre, a Quang Ngai commune's command board
for disaster prevention, the Quy Hoa central leprosy and dermatology hospital, Quang Ngai's
fisheries sub-department, a Phu Yen primary and lower-secondary school, a Da Nang local tax
team, a Quang Nam commune police and a Hue commune office could hand over. Nine Vietnamese files,
the homes in them written with the units before the 2025 reorganisation, after it, or both:
households moved out of zone I of Hue's citadel, in UTF-8 with a BOM and semicolons (the
household code, its size, where it encroached, the area used, the resettlement site and lot, the
compensation, the day the land was handed over); owners of Hoi An's old houses restored with a
subsidy, in Windows-1258 with tabs and headers without diacritics (the relic and its own address,
its grade, the work, the estimate in millions, the share paid, the permit); members of a
commune's shock force against storms and floods, in Excel (the team, the post, the trade, the
boat or kit, whether they swim, the training); leprosy patients on multidrug therapy, in UTF-16
with tabs (the patient code, the health insurance card, the old and new address, PB or MB, the
disability grade, the regimen, the doses taken, the ward, a relative and their phone);
unregistered fishing boats' owners in capitals with spaced CCCDs (length, horsepower, gear,
temporary hull number, harbour, what is missing, the day inspected); pupils given life jackets
for the flood season, in Windows-1258 with semicolons (class, the parent and their phone, the
river crossing on the way to school, what was given); a fishing boat's registration fee, in
UTF-8 (tax code, the boat's number, the seller, the value, the fee, the notice); identity cards
lost or spoiled in the flood, in UTF-8 with tabs (the old CMND, why, re-issue or exchange, the
day received and promised, how it is returned, the officer); and households helped to build
flood-safe houses, in UTF-8 with a BOM (the household class, the kind of house, the floor above
the flood, the aid in millions, the fund, the days work started and was accepted).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind185_writers import WRITERS_BLIND185
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND185: tuple[Shape, ...] = (
    _shape(
        "ho_dan_di_doi_khu_vuc_1_kinh_thanh_hue_tt_bao_ton_di_tich_co_do_vn185",
        "STT=row | Mã hộ=-:hue_code185 | Họ và tên chủ hộ=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd"
        " | Số nhân khẩu=-:hue_members185 | Nơi ở hiện tại (trong Kinh thành)=address:hue_addr185"
        " | Vị trí=-:hue_spot185 | DT sử dụng (m2)=-:hue_area185"
        " | Khu TĐC bố trí=-:hue_tdc185 | Lô, thửa=-:hue_lot185"
        " | Tổng kinh phí BT, HT (đồng)=-:hue_money185"
        " | Ngày bàn giao MB=date@%d/%m/%Y | Điện thoại=phone",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "chu_so_huu_nha_co_ho_tro_tu_bo_di_tich_tt_quan_ly_bao_ton_di_san_hoi_an_vn185",
        "TT=row | Ten di tich=-:ha_relic185 | Dia chi di tich=-:ha_relic_addr185"
        " | Chu so huu / dai dien=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | So CCCD=cccd | Noi thuong tru=address:ha_home185 | Loai di tich=-:ha_grade185"
        " | Hang muc tu bo=-:ha_repair185 | Du toan (tr.dong)=-:ha_budget185"
        " | Muc ho tro NS=-:ha_share185 | So giay phep=-:ha_permit185"
        " | Ngay cap phep=date@%d/%m/%Y | Dien thoai=phone:phone_dotted",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "luc_luong_xung_kich_phong_chong_thien_tai_cap_xa_bch_pctt_tkcn_quang_ngai_vn185",
        "STT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | CCCD=cccd | Nơi cư trú=address:qng_addr185"
        " | Thuộc đội=-:qng_team185 | Chức danh trong đội=-:qng_role185"
        " | Nghề nghiệp=-:qng_job185 | Phương tiện, trang bị=-:qng_kit185"
        " | Biết bơi=-:qng_swim185 | Tập huấn=-:qng_trained185 | SĐT=phone"
        " | Ngày QĐ kiện toàn=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "benh_nhan_phong_dieu_tri_da_hoa_tri_lieu_bv_phong_da_lieu_tw_quy_hoa_vn185",
        "STT=row | Mã BN=-:qh_code185 | Họ tên bệnh nhân=full_name"
        " | NS=birth_date@%d/%m/%Y | Giới=sex | CCCD/ĐDCN=cccd | Số thẻ BHYT=bhyt"
        " | Địa chỉ=address:bd_addr185 | Thể bệnh=-:lep_type185"
        " | Độ tàn tật=-:lep_grade185 | Phác đồ=-:mdt185 | Ngày bắt đầu ĐT=date@%d/%m/%Y"
        " | Số liều đã uống=-:doses185 | Khoa/khu=-:lep_khoa185"
        " | Người nhà=-:lep_kin185 | SĐT người nhà=-:phone_rel185",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "chu_tau_ca_ba_khong_chi_cuc_thuy_san_quang_ngai_vn185",
        "TT=row | HỌ TÊN CHỦ TÀU=full_name:full_name_caps | NGÀY SINH=birth_date@%d/%m/%Y"
        " | SỐ CCCD=cccd:cccd_spaced | ĐỊA CHỈ THƯỜNG TRÚ=address:qng_addr185"
        " | Lmax (m)=-:lmax185 | Công suất (CV)=-:hp185 | Nghề KT=-:gear185"
        " | Số hiệu tạm=-:hull185 | Nơi neo đậu=-:harbour185 | Tình trạng=-:three_no185"
        " | Ngày kiểm tra=date@%d/%m/%Y | ĐT liên lạc=phone:phone_spaced | Ghi chú=-:note_vi",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "hoc_sinh_nhan_ao_phao_mua_mua_lu_truong_th_thcs_phu_yen_vn185",
        "STT=row | Ho va ten hoc sinh=full_name | Ngay sinh=birth_date:pupil_birth185"
        " | Lop=-:py_class185 | Gioi tinh=sex | Dia chi (thon, xa)=address:py_addr185"
        " | Ho ten cha/me=-:py_parent185 | SDT phu huynh=-:phone_rel185"
        " | Duong di hoc=-:py_crossing185 | Hien vat nhan=-:py_jacket185"
        " | Ngay nhan=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "to_khai_le_phi_truoc_ba_tau_ca_ca_nhan_thue_co_so_da_nang_vn185",
        "STT=row | MST=mst | Tên người nộp thuế=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Địa chỉ người nộp thuế=address:dn_addr185"
        " | Số đăng ký tàu cá=-:dn_boat185 | Chủ tàu cũ (bên bán)=-:dn_seller185"
        " | Giá trị tính LPTB (đ)=-:dn_value185 | Tỷ lệ=-:dn_rate185"
        " | Số LPTB phải nộp (đ)=-:dn_fee185 | Số thông báo=-:dn_notice185"
        " | Ngày thông báo=date@%d/%m/%Y | Số ĐT=phone",
        encoding="utf-8",
    ),
    _shape(
        "cong_dan_cap_lai_the_can_cuoc_bi_mat_do_lu_cong_an_xa_quang_nam_vn185",
        "STT=row | Họ, chữ đệm và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Số CMND cũ=-:cmnd"
        " | Nơi thường trú=address:qnam_addr185 | Lý do=-:card_reason185"
        " | Hình thức=-:card_kind185 | Ngày tiếp nhận=date@%d/%m/%Y"
        " | Ngày hẹn trả=date:card_due185@%d/%m/%Y | Nhận kết quả=-:card_return185"
        " | SĐT=phone:phone_dotted | CB tiếp nhận=-:card_officer185",
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "ho_ho_tro_xay_nha_an_toan_phong_tranh_bao_lut_ubnd_xa_hue_vn185",
        "TT=row | Họ tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y | GT=sex"
        " | CCCD=cccd | Địa chỉ=address:hue_rural185 | Diện hộ=-:house_class185"
        " | Hình thức hỗ trợ=-:house_kind185 | DT sàn tránh lũ (m²)=-:house_floor185"
        " | Mức hỗ trợ (tr.đ)=-:house_aid185 | Nguồn vốn=-:house_fund185"
        " | Ngày khởi công=date@%d/%m/%Y | Ngày nghiệm thu=date:house_done185@%d/%m/%Y | SĐT=phone",
        encoding="utf-8-sig",
    ),
)

#: How a 31 February reads in this part's date formats.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ()
SEX_HOLDS: tuple[str, ...] = ()
NAME_HOLDS: frozenset[str] = frozenset()
PHONE_HOLDS: tuple[str, ...] = ()
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "hue_addr185",
    "ha_home185",
    "qng_addr185",
    "bd_addr185",
    "py_addr185",
    "dn_addr185",
    "qnam_addr185",
    "hue_rural185",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND185",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND185",
]
