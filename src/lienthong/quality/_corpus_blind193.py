"""The hundred-and-ninety-third part of the outside corpus, **blind 193** (written 02:00 UTC,
2026-12-07, never used for tuning): person files Ho Chi Minh City's metro company, the fast ferry
to Vung Tau, the Thu Duc wholesale market, a grassroots tax office, a stroke hospital, the exam
board, a ward's police, a bus cooperative and the Department of Home Affairs could hand over after
the city absorbed Binh Duong and Ba Ria - Vung Tau on 1 July 2025. Nine Vietnamese files, their
addresses in the old units (quận, huyện, phường cũ), in the new wards and communes, or in both:
metro line 1's priority and monthly cards, in Excel with Vietnamese and English headers side by
side (the group, the card, the station, the email); the fast ferry's passenger manifest, headers
without diacritics and English in brackets (the nationality, the trip, the seat, the booking, the
emergency contact); traders' trucks entering the Thu Duc wholesale market at night, in
Windows-1258 with semicolons (the trader code, the lot, the goods, the plate, the load, where the
goods come from, the gate hour); household businesses leaving the presumptive tax from 2026, in
UTF-16 with tabs (the tax code, the shop and its kiosk, the trade, the presumptive revenue and
monthly tax, the new method, e-invoices, the tax officer); stroke patients' follow-up at a city
hospital, in UTF-8 with a BOM and semicolons (the patient code, the health insurance card, the
ICD-10 diagnosis, the Rankin score, the drugs, the doctor, a relative and the relative's phone);
teachers invigilating the upper-secondary graduation exam (their school, subject, duty, the exam
site and its address, a bank account); people managed after drug rehabilitation by a ward's
police, in UTF-8 with semicolons (an alias, the drug, the rehabilitation centre, the day it ended
and the day management ends, the helper, the family's phone, the area officer); a bus
cooperative's drivers and conductors, in Windows-1258 with tabs (the staff number, the licence and
its class and expiry, the route, the bus plate, the new ward apart from the old address); and
officials placed in the new wards and communes, in Excel (the post before and after, the new
unit, the degree, the grade, the official email, the decision).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind193_writers import WRITERS_BLIND193
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND193: tuple[Shape, ...] = (
    _shape(
        "the_metro_uu_tien_ve_thang_tuyen_so_1_ben_thanh_suoi_tien_hurc1_vn193",
        "STT / No.=row | Họ và tên / Full name=full_name | Ngày sinh / Date of birth=birth_date"
        " | Giới tính / Gender=sex:sex_bi193 | Số CCCD / ID No.=cccd"
        " | Điện thoại / Phone=phone:phone_spaced | Email=email"
        " | Địa chỉ liên hệ / Address=address:addr_new193"
        " | Đối tượng / Category=-:metro_group193 | Số thẻ / Card No.=-:metro_card193"
        " | Ga đăng ký / Station=-:metro_station193 | Hiệu lực từ / Valid from=date@%d/%m/%Y"
        " | Ghi chú / Remarks=-:metro_note193",
        file="xlsx",
    ),
    _shape(
        "danh_sach_hanh_khach_tau_cao_toc_bach_dang_vung_tau_can_gio_vn193",
        "No=row | Ho va ten (Full name)=full_name:full_name_caps"
        " | Ngay sinh (DOB)=birth_date@%d-%m-%Y | Gioi tinh (Sex)=sex:sex_caps"
        " | Quoc tich (Nationality)=-:nat193 | So CCCD/Ho chieu (ID/Passport)=cccd"
        " | SDT (Tel)=phone | Chuyen (Trip)=-:trip193 | Ngay khoi hanh (Date)=date@%d-%m-%Y"
        " | Ghe (Seat)=-:seat193 | Ma dat cho (Booking)=-:pnr193"
        " | Lien he khan cap (Emergency contact)=-:emerg193",
    ),
    _shape(
        "thuong_nhan_dang_ky_xe_nhap_hang_cho_dau_moi_nong_san_thu_duc_vn193",
        "STT=row | Ma thuong nhan=-:trader193 | Ho ten thuong nhan=full_name:full_name_ascii"
        " | Ngay sinh=birth_date@%d/%m/%Y | So CCCD=cccd | DTDD=phone"
        " | Dia chi thuong tru=address:addr_old193 | Lo / vua=-:stall193"
        " | Nganh hang=-:goods193 | Bien so xe=-:plate193 | Tai trong (tan)=-:load193"
        " | Noi lay hang=-:origin193 | Ngay cap the xe=date@%d/%m/%Y | Gio vao cong=-:gate193",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_kinh_doanh_chuyen_tu_thue_khoan_sang_ke_khai_thue_co_so_tphcm_vn193",
        "STT=row | MST=mst | Tên hộ KD=-:shop193 | Họ tên chủ hộ=full_name"
        " | Số định danh cá nhân=cccd | Ngày sinh=birth_date@%d/%m/%Y"
        " | Địa điểm KD=-:shop_addr193 | Nơi cư trú=address:addr_mix193"
        " | Ngành nghề=-:trade193 | DT khoán năm 2025 (đồng)=-:revenue193"
        " | Thuế khoán/tháng (đ)=-:tax193 | PP tính thuế từ 01/01/2026=-:method193"
        " | HĐĐT từ máy tính tiền=-:invoice193 | Công chức thuế phụ trách=-:taxofficer193"
        " | SĐT liên hệ=phone:phone_dotted | Ngày chuyển đổi=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nguoi_benh_dot_quy_tai_kham_ngoai_tru_benh_vien_tphcm_vn193",
        "STT=row | Mã BN=-:stroke_id193 | Họ tên NB=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới=sex | Số thẻ BHYT=bhyt | CCCD=cccd | Địa chỉ=address:addr_mix193"
        " | Chẩn đoán (ICD-10)=-:icd193 | Điểm Rankin=-:rankin193 | Thuốc=-:stroke_drug193"
        " | BS điều trị=-:doctor193 | Người nhà=-:kin193 | ĐT người nhà=-:kin_phone193"
        " | Ngày tái khám=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "giao_vien_coi_thi_tot_nghiep_thpt_so_gddt_tphcm_vn193",
        "TT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | CCCD=cccd:cccd_spaced | Đơn vị công tác=-:school193 | Môn dạy=-:subject193"
        " | Nhiệm vụ=-:duty193 | Điểm thi=-:exam_site193 | Địa chỉ điểm thi=-:site_addr193"
        " | Số tài khoản=-:account193 | Ngân hàng=-:bank193 | Điện thoại=phone | Email=email",
    ),
    _shape(
        "nguoi_quan_ly_sau_cai_nghien_ma_tuy_cong_an_phuong_tphcm_vn193",
        "STT=row | Họ và tên=full_name | Tên gọi khác=-:alias193 | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Nơi thường trú=address:addr_old193"
        " | Phường/xã nơi ở hiện nay=ward:ward_new193 | Loại ma túy=-:drug_kind193"
        " | Nơi cai nghiện=-:rehab193 | Ngày chấp hành xong=date@%d/%m/%Y"
        " | QLSC đến ngày=date:rehab_end193 | Người giúp đỡ=-:helper193"
        " | ĐT gia đình=-:family_phone193 | CSKV phụ trách=-:area_police193",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "lai_xe_tiep_vien_tuyen_buyt_hop_tac_xa_van_tai_vn193",
        "STT=row | Mã NV=-:bus_staff193 | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Chức danh=-:bus_role193 | Số GPLX=-:license193"
        " | Hạng=-:license_class193 | GPLX hết hạn=date@%d/%m/%Y | Tuyến=-:route193"
        " | BKS xe=-:bus_plate193 | Phường/xã (mới)=ward:ward_new193"
        " | Địa chỉ (cũ)=address:addr_old193 | ĐTDĐ=phone",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "can_bo_cong_chuc_bo_tri_phuong_xa_moi_sau_sap_xep_so_noi_vu_tphcm_vn193",
        "STT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số ĐDCN=cccd | Chức vụ, đơn vị trước sắp xếp=-:old_post193"
        " | Chức vụ được bố trí=-:new_post193 | Đơn vị mới=-:new_unit193"
        " | Trình độ chuyên môn=-:degree193 | Ngạch=-:grade193"
        " | Email công vụ=email:email_gov193 | Điện thoại=phone"
        " | Nơi ở hiện nay=address:addr_new193 | Số QĐ=-:decision193 | Ngày QĐ=date@%d/%m/%Y",
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ()
SEX_HOLDS: tuple[str, ...] = ("sex_bi193",)
NAME_HOLDS: frozenset[str] = frozenset()
PHONE_HOLDS: tuple[str, ...] = ()
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_old193", "addr_new193", "addr_mix193")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND193",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND193",
]
