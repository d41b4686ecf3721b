"""The hundred-and-sixty-seventh part of the outside corpus, **blind 167** (written 22:49 UTC,
2026-12-06, never used for tuning): person files a Ho Chi Minh City ward, a tax office, a traffic
police team, a district social insurance office, a hospital, a lower secondary school, a garment
factory, another ward and a provincial department of home affairs could hand over. Nine
Vietnamese files and no foreign one: a ward's book of complaints and denunciations in UTF-8 with
a BOM and semicolons (the address as the letter gives it in the old
three-level form, the person complained of, the kind of letter, the competence, the officer, the
result); a tax office's list of household businesses under enforcement for tax debts in
Windows-1258 with tabs and headers without diacritics (the owner's tax code, the shop and its
stall, the debt in dong, the days late, the measure, the decision); a traffic police team's
drink-driving licence seizures in Excel (the record, the licence and its class, the plate, the
breath alcohol in mg/L, the fine, the months seized, the place, the officer); a social insurance
office's requests to correct insurance books in UTF-16 with tabs (the book number, the birth date
on the book beside the one asked for, the employer and its unit code, the date promised, the time
last updated); a hospital's patients who left without discharge in UTF-8 with commas (the medical
record, the health insurance card, the ward of the hospital, the admission and the leaving, the
diagnosis, the unpaid costs, a relative and the relative's phone, whether the police were told);
a school's pupils transferring in and out in UTF-8 with a BOM and tabs (the personal
identification number, the class, the schools left and joined, a parent and the parent's phone,
the present home); a garment factory's worker shuttle registrations in UTF-8 with semicolons and
lower-case snake headers (the worker number, the section and shift, the route and the pick-up
point, the rented room); a ward's confirmations of a household's address after the reorganisation
of July 2025 in Excel (the old three-level address beside the street line and the new ward, the
confirmation number); and a department's workers going abroad on contract in Windows-1258 with
semicolons (the passport, the country, the sending company, the job, the term, the day of
departure, the next of kin and the kin's phone).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind167_writers import WRITERS_BLIND167
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND167: tuple[Shape, ...] = (
    _shape(
        "so_theo_doi_don_khieu_nai_to_cao_ubnd_phuong_hcm_vn167",
        "STT=row | Ngày nhận đơn=date@%d/%m/%Y | Họ tên người đứng đơn=full_name"
        " | Ngày tháng năm sinh=birth_date@%d/%m/%Y | Số CCCD/CMND=cccd"
        " | Địa chỉ (ghi theo đơn)=address:addr_old167"
        " | SĐT liên hệ=phone | Người/cơ quan bị KN, TC=-:accused167"
        " | Nội dung tóm tắt=-:complaint167 | Phân loại đơn=-:complaint_kind167"
        " | Thẩm quyền=-:authority167 | Cán bộ thụ lý=-:officer167 | Kết quả=-:result167",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "cuong_che_no_thue_ho_kinh_doanh_thue_co_so_vn167",
        "STT=row | MST=mst | Ten HKD=-:shop167 | Chu ho=full_name:full_name_ascii"
        " | Ngay sinh=birth_date@%d/%m/%Y | So CCCD chu ho=cccd | Dia diem KD=-:shop_addr167"
        " | Noi cu tru=address:address_ascii | Tien no (dong)=-:debt167"
        " | So ngay cham nop=-:days_late167 | Bien phap CC=-:measure167"
        " | So QD CC=-:decision167 | Ngay QD=date@%d/%m/%Y | Tinh trang=-:tax_status167",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "tuoc_gplx_vi_pham_nong_do_con_doi_csgt_vn167",
        "TT=row | Số BB=-:record167 | Ngày VP=date@%d/%m/%Y | Họ và tên người VP=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số ĐDCN=cccd | Nơi cư trú=address"
        " | Số GPLX=-:licence167 | Hạng=-:licence_class167 | BKS=-:plate167"
        " | Nồng độ cồn (mg/L khí thở)=-:alcohol167 | Mức phạt (đồng)=-:fine167"
        " | Tước GPLX (tháng)=-:months167 | Địa điểm VP=-:spot167 | CBCS lập BB=-:officer_csgt167",
        file="xlsx",
    ),
    _shape(
        "de_nghi_dieu_chinh_thong_tin_so_bhxh_vn167",
        "STT=row | Mã số BHXH=bhxh | Họ và tên=full_name | Ngày sinh - Trên sổ=-:wrong_birth167"
        " | Ngày sinh - Đề nghị điều chỉnh=birth_date@%d/%m/%Y | GT=sex | Số CCCD=cccd"
        " | Nội dung ĐC=-:fix167 | Đơn vị đang tham gia=-:employer167 | Mã ĐV=-:unit_code167"
        " | Ngày nhận HS=date@%d/%m/%Y | Ngày hẹn trả KQ=-:due167 | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nguoi_benh_tron_vien_khong_lam_thu_tuc_ra_vien_bv_vn167",
        "STT=row | Mã BA=-:medrec167 | Họ tên NB=full_name | NS=birth_date@%d/%m/%Y"
        " | Giới=sex | Số thẻ BHYT=bhyt | Địa chỉ=address:addr_old167 | Khoa=-:dept167"
        " | Ngày vào viện=-:admit167 | Ngày bỏ về=date@%d/%m/%Y | Chẩn đoán=-:diagnosis167"
        " | Chi phí chưa thanh toán (đ)=-:hosp_debt167 | Người nhà=-:relative167"
        " | ĐT người nhà=-:phone_rel167 | Báo CA=-:police_told167",
        encoding="utf-8",
    ),
    _shape(
        "hoc_sinh_chuyen_den_chuyen_di_truong_thcs_vn167",
        "TT=row | Họ và tên HS=full_name | Ngày sinh=birth_date@%d/%m/%Y | Nữ=sex:sex_caps"
        " | Mã định danh=cccd | Lớp=-:class167 | Chuyển đi từ trường=-:school_from167"
        " | Chuyển đến trường=-:school_to167 | Lý do=-:reason167 | Ngày chuyển=date@%d/%m/%Y"
        " | Họ tên cha (mẹ)=-:parent167 | SĐT PHHS=-:phone_parent167 | Chỗ ở hiện nay=address",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "dang_ky_xe_dua_don_cong_nhan_cong_ty_may_vn167",
        "stt=row | ma_nv=-:empno167 | ho_ten=full_name | ngay_sinh=birth_date@%Y-%m-%d"
        " | cccd=cccd | bo_phan=-:factory_dept167 | ca_lv=-:shift167 | tuyen_xe=-:route167"
        " | diem_don=-:pickup167 | cho_o_hien_tai=address:rented167 | sdt=phone:phone_spaced"
        " | ngay_dk=date@%Y-%m-%d",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "xac_nhan_thay_doi_dia_chi_sau_sap_xep_phuong_vn167",
        "STT=row | Chủ hộ=full_name | Năm sinh=birth_date@%d/%m/%Y | CCCD=cccd:cccd_spaced"
        " | Địa chỉ cũ (trước 01/7/2025)=address:addr_old167 | Số nhà, tên đường=street"
        " | Phường (mới)=ward:ward_new167 | Số giấy XN=-:confirm167 | Ngày cấp=date@%d/%m/%Y"
        " | CB tiếp nhận=-:clerk167 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "nguoi_lao_dong_di_lam_viec_nuoc_ngoai_theo_hop_dong_so_noi_vu_vn167",
        "STT=row | Họ tên NLĐ=full_name | NS=birth_date@%d/%m/%Y | GT=sex | CCCD=cccd"
        " | Hộ chiếu=-:passport167 | HKTT=address | Nước đến=-:country167"
        " | DN đưa đi=-:agency167 | Ngành nghề=-:job167 | Thời hạn HĐ=-:term167"
        " | Ngày XC=date@%d/%m/%Y | Thân nhân=-:kin167 | ĐT thân nhân=-:kin_phone167",
        encoding="cp1258",
        delimiter=";",
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
ADDRESS_HOLDS: tuple[str, ...] = ("addr_old167", "rented167")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND167",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND167",
]
