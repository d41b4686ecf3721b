"""The three hundred and twenty-sixth part of the outside corpus, **blind 326** (written 11:44 UTC,
2026-12-07, never used for tuning): person files a village cultural house, a commune people's
committee, the board of the province's industrial parks, a commune police station, a ward people's
committee, a bus operator, a boundary survey team, the provincial trade department and a provincial
culture centre of the new Bắc Ninh (with the former Bắc Giang) and the new Phú Thọ beside Hà Nội
could hand over after the 2025 merger.
Nine Vietnamese files: factory workers of Yên Phong learning to sing quan họ at a village cultural
house in UTF-8 with a BOM and semicolons (the worker's CCCD, lodging in the new two-level form,
employer, the quan họ village and the artisan who teaches, the sessions attended); workers' children
left with a private childminding group near the Quế Võ parks in Windows-1258 with semicolons (the
child and their birth day, the parent or grandparent who leaves the child and is the person, their
CCCD, employer, lodging and phone, the group, the day the child was taken in, the monthly fee);
accidents at work reported to the industrial parks' board in Excel (the worker's name in capitals,
the BHXH code, the firm, the job, the day, how bad and why, the days off, who reported it); seasonal
lychee pickers whose stay an orchard owner declared to the Lục Ngạn commune police in UTF-16 with
tabs (their home in another province, the owner, the orchard, the days of the stay, why); citizens
asking a ward to correct the address on their papers after the merger in UTF-8 with semicolons and
headers without diacritics (the old three-level address and the new two-level one, which paper, the
day, the result, the officer); cross-boundary commuters' monthly bus passes in UTF-8 with a BOM (the
home in the new Phú Thọ, the workplace or school in Hà Nội, the route, the pass, the e-mail);
households with land along the Phú Thọ - Hà Nội boundary met by the marker survey in Windows-1258
with tabs (the map sheet, parcel, area and land type, the nearest marker, the household's view, the
day of the minutes); lychee truck drivers given green-lane cards in UTF-8 with tabs (the driving
licence and its class, the plate, the buyer, the border gate or market); and quan họ singers of the
original villages given costumes in Excel (the village, the title, the costume, the amount, the day
received, the signature).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind326_writers import WRITERS_BLIND326
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND326: tuple[Shape, ...] = (
    _shape(
        "cong_nhan_kcn_yen_phong_hoc_hat_quan_ho_lop_nha_van_hoa_thon_vn326",
        "STT=row | Họ và tên học viên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số định danh cá nhân=cccd | Chỗ ở hiện tại=address:bn_addr326"
        " | Đơn vị công tác (KCN)=-:company326 | SĐT=phone:phone_dotted"
        " | Làng quan họ theo học=-:qh_village326 | Nghệ nhân truyền dạy=-:artisan326"
        " | Số buổi tham gia=-:sessions326 | Ghi chú=-:note326",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "tre_gui_nhom_tre_doc_lap_con_cong_nhan_kcn_que_vo_ubnd_xa_vn326",
        "TT=row | Họ tên trẻ=-:child326 | Ngày sinh của trẻ=-:child_birth326"
        " | Họ tên người gửi trẻ (cha mẹ/ông bà)=full_name"
        " | Ngày sinh người gửi=birth_date@%d/%m/%Y | Số CCCD người gửi=cccd"
        " | Nơi làm việc=-:company326 | Nơi ở (phòng trọ)=address:bn_addr326"
        " | Điện thoại=phone | Tên nhóm trẻ=-:nursery326 | Ngày nhận trẻ=date@%d/%m/%Y"
        " | Mức thu (đồng/tháng)=-:fee326",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nguoi_lao_dong_bi_tai_nan_lao_dong_khai_bao_ban_quan_ly_cac_kcn_tinh_vn326",
        "STT=row | Họ và tên người bị nạn=full_name:full_name_caps"
        " | Ngày sinh=birth_date:excel_date | Giới tính=sex | Số CCCD=cccd | Mã số BHXH=bhxh"
        " | Nơi cư trú=address:bn_addr326 | Tên doanh nghiệp=-:company326"
        " | Nghề, công việc=-:job326 | Ngày xảy ra TNLĐ=date:excel_event"
        " | Mức độ thương tích=-:injury326 | Nguyên nhân=-:accident_cause326"
        " | Số ngày nghỉ điều trị=-:days_off326 | Người khai báo=-:officer326",
        file="xlsx",
    ),
    _shape(
        "lao_dong_thoi_vu_hai_vai_thieu_chu_vuon_khai_bao_luu_tru_cong_an_xa_luc_ngan_vn326",
        "STT=row | Họ tên người lưu trú=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số ĐDCN=cccd:cccd_spaced | Nơi thường trú=address:home_addr326"
        " | Số điện thoại=phone:phone_spaced | Chủ hộ cho lưu trú=-:owner326"
        " | Địa chỉ vườn vải=-:orchard326 | Lưu trú từ ngày=date@%d/%m/%Y"
        " | Đến ngày=date:stay_to326 | Lý do lưu trú=-:reason326",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "cong_dan_de_nghi_dieu_chinh_dia_chi_tren_giay_to_sau_sap_xep_dvhc_ubnd_phuong_vn326",
        "STT=row | Ho va ten=full_name:full_name_ascii | Ngay sinh=birth_date@%d-%m-%Y"
        " | So CCCD=cccd | Dia chi cu (truoc 01/7/2025)=address:old_addr326"
        " | Dia chi moi (xa/phuong - tinh)=address:new_addr326"
        " | Giay to de nghi dieu chinh=-:paper326 | So DT=phone | Ngay nop=date@%d-%m-%Y"
        " | Ket qua=-:result326 | Can bo tiep nhan=-:officer326",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "nguoi_di_lam_lien_tinh_dang_ky_ve_thang_xe_buyt_tuyen_phu_tho_ha_noi_vn326",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Địa chỉ thường trú=address:pt_addr326 | Nơi làm việc/học tập=-:workplace_hn326"
        " | Tuyến đăng ký=-:route326 | Loại vé=-:ticket326 | Số thẻ=-:card326"
        " | Ngày cấp thẻ=date@%d/%m/%Y | Điện thoại=phone:phone_dotted | Email=email",
        encoding="utf-8-sig",
    ),
    _shape(
        "ho_co_dat_doc_duong_dia_gioi_phu_tho_ha_noi_ra_soat_cam_moc_to_do_dac_vn326",
        "TT=row | Họ tên chủ sử dụng đất=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd:cccd_spaced | Nơi ở=address:pt_addr326 | Tờ BĐ số=-:sheet326"
        " | Thửa số=-:parcel326 | Diện tích (m2)=-:area326 | Loại đất=-:landtype326"
        " | Mốc địa giới gần nhất=-:marker326 | Ý kiến của hộ=-:opinion326"
        " | Ngày ký biên bản=date@%d/%m/%Y | SĐT liên hệ=phone",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "lai_xe_cho_vai_thieu_cap_the_uu_tien_luong_xanh_so_cong_thuong_bac_ninh_vn326",
        "TT=row | Họ tên lái xe=full_name:full_name_caps | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Số GPLX=-:licence326 | Hạng=-:class326 | Biển kiểm soát=-:plate326"
        " | Điểm thu mua / đơn vị thuê xe=-:buyer326 | Nơi đến=-:dest326"
        " | Điện thoại=phone:phone_spaced | Nơi thường trú=address:bn_addr326"
        " | Ngày cấp thẻ=date@%d/%m/%Y",
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "lien_anh_lien_chi_lang_quan_ho_goc_nhan_ho_tro_trang_phuc_trung_tam_van_hoa_vn326",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date:excel_date | Giới tính=sex:sex_caps"
        " | Số CCCD=cccd | Làng quan họ gốc=-:qh_village326"
        " | Nơi cư trú (địa chỉ mới)=address:bn_addr326 | Danh hiệu=-:title326"
        " | Trang phục được hỗ trợ=-:costume326 | Số tiền (đồng)=-:amount326"
        " | Ngày nhận=date:excel_event | Ký nhận=-:sign326",
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
ADDRESS_HOLDS: tuple[str, ...] = (
    "bn_addr326",
    "old_addr326",
    "new_addr326",
    "pt_addr326",
    "home_addr326",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND326",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND326",
]
