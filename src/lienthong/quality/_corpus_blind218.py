"""The two-hundred-and-eighteenth part of the outside corpus, **blind 218** (written 05:19 UTC,
2026-12-07, never used for tuning): person files a national ear-nose-throat hospital, the national
science fund, the intellectual property office, the national airline, the national haematology
institute's cord-blood bank, the national children's fund, a national university, the national
endocrinology hospital and the overseas employment support fund could hand over, about people from
anywhere in the country. Nine Vietnamese files: the children given a cochlear implant, in UTF-8
with a BOM and semicolons (the parent and the parent's phone, the device, the ear, the hearing
loss, the first mapping); the principal investigators of the fund's basic research grants, in
Excel (the grant number, the field, the host institution, the title, the budget and the months);
the inventors named in patent applications, in UTF-16 with tabs (the application number, the
title, the IPC class, the applicant, the share, the state, a two-level address split into street,
ward and province); the members of the airline's frequent-flyer programme, in UTF-8 (the card
number, the tier, the miles, the passport); the mothers who gave their newborn's cord blood, in
Windows-1258 with tabs (the bag code, the volume and cell count, the HLA type, the week and the
baby's sex); the children whose heart operation the children's fund paid for, in Excel (the
defect, the hospital, the cost and the fund's share, the sponsor, the parent); the national
olympiad prize winners a national university admitted directly, in UTF-8 with semicolons (the
subject, the prize, the school, the member university, the programme code); the children with
type 1 diabetes given free insulin pens, in UTF-8 with a BOM (the year of diagnosis, the HbA1c,
the insulin and the number of pens, the parent); and the overseas workers who came home early
and were paid by the fund, in Windows-1258 with semicolons (the country, the employer, the
reason, the agency, the amount, a relative's phone).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind218_writers import WRITERS_BLIND218
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND218: tuple[Shape, ...] = (
    _shape(
        "tre_em_cay_oc_tai_dien_tu_benh_vien_tai_mui_hong_trung_uong_vn218",
        "STT=row | Mã BN=-:card218 | Họ tên trẻ=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới=sex | Mã định danh=cccd | Số thẻ BHYT=-:bhyt | Họ tên bố/mẹ=-:parent218"
        " | SĐT liên hệ (bố/mẹ)=-:parent_phone218 | Địa chỉ=address | Ngày PT=date@%d/%m/%Y"
        " | Loại điện cực=-:implant218 | Bên cấy=-:ear218 | Ngưỡng nghe trước PT=-:hearing218"
        " | Ngày bật máy/mapping=date:mapping218 | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "chu_nhiem_de_tai_nghien_cuu_co_ban_tai_tro_quy_nafosted_vn218",
        "TT=row | Mã số đề tài=-:grant_no218 | Học hàm, học vị=-:title218"
        " | Họ và tên chủ nhiệm=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd:cccd_spaced | Email=email | Điện thoại=phone:phone_dotted"
        " | Tổ chức chủ trì=-:host218 | Lĩnh vực=-:field218"
        " | Kinh phí (đồng)=-:budget218 | Thời gian (tháng)=-:months218"
        " | Ngày ký HĐ=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "tac_gia_sang_che_don_dang_ky_cuc_so_huu_tri_tue_vn218",
        "STT=row | Số đơn=-:app_no218 | Ngày nộp đơn=date@%d/%m/%Y | Tên sáng chế=-:patent218"
        " | Phân loại IPC=-:ipc218 | Người nộp đơn=-:applicant218 | Tác giả=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số ĐDCN=cccd | Số nhà, đường/thôn=street:street218"
        " | Xã/phường=ward:ward218 | Tỉnh/TP=province:province218 | Tỷ lệ đóng góp=-:share218"
        " | Tình trạng đơn=-:ip_status218",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hoi_vien_chuong_trinh_bong_sen_vang_tong_cong_ty_hang_khong_vn218",
        "No=row | Số thẻ hội viên=-:card218 | Hạng thẻ=-:tier218 | Họ (Last name)=family_name"
        " | Tên đệm và tên (First name)=given_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | CCCD=cccd | Hộ chiếu=-:passport218 | Email=email | Di động=phone"
        " | Địa chỉ liên hệ=address:addr2_218 | Dặm tích lũy=-:miles218"
        " | Ngày gia nhập=date@%Y-%m-%d | Cập nhật lần cuối=timestamp@%Y-%m-%d %H:%M:%S",
        encoding="utf-8",
    ),
    _shape(
        "san_phu_hien_mau_day_ron_ngan_hang_te_bao_goc_vien_huyet_hoc_tw_vn218",
        "STT=row | Mã túi máu=-:bag218 | Họ tên sản phụ=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | CCCD=cccd | Điện thoại=phone:phone_spaced"
        " | Địa chỉ thường trú=address | Tuổi thai=-:week218 | Giới tính con=-:baby_sex218"
        " | Ngày thu thập=date@%d/%m/%Y | Thể tích=-:volume218 | TNC=-:tnc218"
        " | HLA=-:hla218 | Họ tên chồng=-:parent218 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "tre_em_duoc_ho_tro_phau_thuat_tim_quy_bao_tro_tre_em_viet_nam_vn218",
        "TT=row | Họ và tên trẻ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số định danh=cccd | Họ tên cha/mẹ (người giám hộ)=-:parent218"
        " | SĐT gia đình=-:parent_phone218 | Địa chỉ (sau sáp nhập)=address:addr2_218"
        " | Bệnh tim=-:defect218 | Bệnh viện PT=-:hospital218 | Ngày PT=date@%d/%m/%Y"
        " | Tổng chi phí (đ)=-:cost218 | Quỹ hỗ trợ (đ)=-:fund218 | Nguồn tài trợ=-:sponsor218",
        file="xlsx",
    ),
    _shape(
        "thi_sinh_xet_tuyen_thang_giai_hsg_quoc_gia_dai_hoc_quoc_gia_ha_noi_vn218",
        "STT=row | Ho va ten=full_name | Ngay sinh=birth_date@%d/%m/%Y | Gioi tinh=sex"
        " | So CCCD=cccd | Dien thoai=phone | Email=email | Dia chi=address:address_ascii"
        " | Mon thi=-:subject218 | Giai=-:prize218 | Truong THPT=-:hs_school218"
        " | Don vi dao tao=-:unit218 | Ma nganh=-:major218 | Ngay xac nhan nhap hoc=date@%d/%m/%Y",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "tre_dai_thao_duong_typ_1_cap_but_insulin_benh_vien_noi_tiet_trung_uong_vn218",
        "STT=row | Mã BN=-:card218 | Họ tên BN=full_name | NS=birth_date@%d/%m/%Y | GT=sex"
        " | Mã định danh=cccd | Số thẻ BHYT=-:bhyt | Địa chỉ=address | Năm chẩn đoán=-:diag_year218"
        " | HbA1c gần nhất=-:hba1c218 | Loại insulin=-:insulin218 | Số bút cấp=-:pens218"
        " | Ngày cấp=date@%d/%m/%Y | Người nhận thay (bố/mẹ)=-:parent218"
        " | SĐT người nhận=-:parent_phone218",
        encoding="utf-8-sig",
    ),
    _shape(
        "nguoi_lao_dong_ve_nuoc_truoc_han_ho_tro_quy_viec_lam_ngoai_nuoc_vn218",
        "STT=row | Họ và tên NLĐ=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Nơi cư trú=address | Số điện thoại=phone"
        " | Nước làm việc=-:country218 | Chủ sử dụng=-:employer218 | Lý do về nước=-:reason218"
        " | Ngày về nước=date@%d/%m/%Y | DN đưa đi=-:agency218 | Số tiền hỗ trợ (đ)=-:support218"
        " | SĐT người thân=-:parent_phone218",
        encoding="cp1258",
        delimiter=";",
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
ADDRESS_HOLDS: tuple[str, ...] = ("addr2_218",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND218",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND218",
]
