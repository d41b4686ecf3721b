"""The hundred-and-seventy-sixth part of the outside corpus, **blind 176** (written 23:37 UTC,
2026-12-06, never used for tuning): person files agencies of the Mekong Delta and the Central
Highlands could hand over, nine Vietnamese registers and no foreign one. A Sóc Trăng commune's
list of monks of Khmer pagodas registering temporary residence in UTF-8 with a BOM and semicolons
(the dharma name beside the birth name, the home in the old three-level form, the pagoda and its
address, the ordination date, the vassa count, the abbot, the term of stay); a Trà Vinh list of
Khmer pagoda management boards in Windows-1258 with tabs and ALL-CAPS headers without diacritics
(the office on the board, the term, the address in the new two-level form after 1 July 2025); an
An Giang pagoda's summer Khmer-script class in Excel (the level, the monk who teaches, a parent
and their phone, the result); a Cà Mau list of shrimp farmers hit by drought and salinity in
UTF-16 with tabs (the old address, the new commune alone, the pond area in hectares, the loss
band, the support in đồng, the inspector); a Kiên Giang tuberculosis DOTS register in UTF-8 with
semicolons and headers without diacritics (the treatment number, the disease class, the regimen,
the DOTS supporter and their phone, the outcome, the time last updated); a Gia Lai border guard
post's list of people farming fields in the border belt in UTF-8 with a BOM (the ethnic group,
the field's marker, the permit and its validity, the officer); a Kon Tum hospital's list of poor
ethnic-minority inpatients paid meal and travel support in Windows-1258 with semicolons (the
patient code, the ward, admission and discharge, the amounts, the relative who came along); an
Đắk Nông coffee cooperative's 4C members in UTF-8 with tabs (the farm code, the hamlet, the new
commune and province as separate columns, the area, the yield, the internal audit); and a Sóc
Trăng pagoda's rice handout sheet in Excel (the ticket, the kilograms, the other gifts, who
signed in the recipient's stead). Names are Khmer Krom and Jrai, Bahnar, Xơ Đăng and M'Nông.

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind176_writers import WRITERS_BLIND176
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND176: tuple[Shape, ...] = (
    _shape(
        "su_sai_chua_khmer_dang_ky_tam_tru_xa_soc_trang_vn176",
        "STT=row | Pháp danh=-:dharma176 | Thế danh (họ tên khai sinh)=full_name:monk176"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Số ĐDCN/CCCD=cccd"
        " | Nơi thường trú=address:mk_old176 | Chùa đăng ký tạm trú=-:pagoda176"
        " | Địa chỉ chùa=-:pagoda_addr176 | Ngày xuất gia=date:ordained176"
        " | Hạ lạp (năm)=-:vassa176 | Trụ trì chùa=-:abbot176"
        " | Tạm trú đến ngày=-:until176 | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "ban_quan_tri_chua_khmer_nhiem_ky_tra_vinh_vn176",
        "STT=row | HO VA TEN=full_name:kh_upper176 | NGAY SINH=birth_date@%-d/%-m/%Y"
        " | GIOI TINH=sex | SO CCCD=cccd | CHUC VU TRONG BQT=-:board_role176"
        " | CHUA=-:pagoda176 | NHIEM KY=-:term176 | DIA CHI (AP, XA, TINH)=address:tv_new176"
        " | DIEN THOAI=phone | NGAY CONG NHAN=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "lop_day_chu_khmer_he_tai_chua_tri_ton_an_giang_vn176",
        "TT=row | Họ và tên học viên=full_name:kh_name176 | Ngày sinh=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | Số định danh cá nhân=cccd | Cấp lớp=-:level176"
        " | Chùa mở lớp=-:pagoda176 | Sư giảng dạy=-:teacher176"
        " | Họ tên cha (mẹ)/người giám hộ=-:parent176 | SĐT phụ huynh=-:parent_phone176"
        " | Chỗ ở hiện nay=address:ag_new176 | Ngày khai giảng=date@%d/%m/%Y"
        " | Kết quả cuối khóa=-:result176",
        file="xlsx",
    ),
    _shape(
        "ho_nuoi_tom_thiet_hai_han_han_xam_nhap_man_ca_mau_vn176",
        "TT=row | Họ tên chủ hộ=full_name | Ngày tháng năm sinh=birth_date@%d-%m-%Y"
        " | CCCD=cccd:cccd_spaced | Địa chỉ (ấp, xã, huyện cũ)=address:cm_old176"
        " | Xã mới (sau 01/7/2025)=ward:cm_newward176"
        " | Diện tích nuôi bị thiệt hại (ha)=-:pond_ha176 | Đối tượng nuôi=-:species176"
        " | Mức độ thiệt hại=-:loss176 | Số tiền hỗ trợ (đồng)=-:support176"
        " | Ngày kiểm tra thực tế=date@%d/%m/%Y | Cán bộ kiểm tra=-:officer176"
        " | Số điện thoại=phone",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "benh_nhan_lao_dieu_tri_dots_ttyt_kien_giang_vn176",
        "STT=row | So DK dieu tri=-:tb_no176 | Ho va ten BN=full_name | Gioi=sex"
        " | Ngay sinh=birth_date@%d/%m/%Y | So CCCD=cccd | So the BHYT=bhyt"
        " | Dia chi=address:kg_old176 | Phan loai benh=-:tb_type176 | Phac do=-:regimen176"
        " | Ngay bat dau DT=date@%d/%m/%Y | Nguoi ho tro DOTS=-:dots176"
        " | SDT nguoi ho tro=-:dots_phone176 | Ket qua DT=-:tb_result176"
        " | Cap nhat luc=timestamp",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "nguoi_lam_ray_vanh_dai_bien_gioi_don_bien_phong_gia_lai_vn176",
        "STT=row | Họ và tên=full_name:hl_name176 | Năm sinh=birth_date@%d/%m/%Y"
        " | Dân tộc=-:ethnic176"
        " | Số CCCD=cccd | Nơi cư trú=address:gl_new176 | Vị trí rẫy=-:field176"
        " | Diện tích (ha)=-:field_ha176 | Số giấy phép=-:permit176"
        " | Ngày cấp=date@%d/%m/%Y | Cán bộ đồn phụ trách=-:bp_officer176"
        " | SĐT=phone:phone_dotted | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
    ),
    _shape(
        "benh_nhan_ngheo_dtts_ho_tro_tien_an_di_lai_bvdk_kon_tum_vn176",
        "STT=row | Mã BN=-:patient176 | Họ tên người bệnh=full_name:hl_name176"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Dân tộc=-:ethnic176"
        " | Số thẻ BHYT=bhyt | Số CCCD=cccd | Địa chỉ (thôn, xã, huyện, tỉnh)=address:hl_old176"
        " | Khoa điều trị=-:ward_kt176 | Ngày vào viện=date@%d/%m/%Y"
        " | Số ngày điều trị=-:days176 | Tiền ăn (đ)=-:meals176 | Tiền đi lại (đ)=-:travel176"
        " | Người nhà đi cùng=-:escort176",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "xa_vien_htx_ca_phe_chung_nhan_4c_dak_nong_vn176",
        "TT=row | Mã nông hộ=-:farm176 | Họ và tên chủ hộ=full_name:hl_name176"
        " | Ngày sinh=birth_date@%d.%m.%Y | Giới tính=sex | Số CCCD=cccd | Thôn/Bon=-:dn_hamlet176"
        " | Xã=ward:dn_ward176 | Tỉnh=province:dn_prov176 | Diện tích cà phê (ha)=-:coffee_ha176"
        " | Sản lượng dự kiến (tấn nhân)=-:tonnes176 | Ngày đánh giá nội bộ=date@%d/%m/%Y"
        " | Kết quả=-:audit176 | SĐT=phone",
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "phat_gao_tu_thien_chua_khmer_soc_trang_vn176",
        "STT=row | Số phiếu=-:ticket176 | Họ tên người nhận=full_name:kh_name176"
        " | Năm sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Địa chỉ=address:st_new176 | Gạo (kg)=-:rice176"
        " | Quà khác=-:gift176 | Ngày phát=date@%d/%m/%Y | Người nhận thay (nếu có)=-:proxy176",
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ()
SEX_HOLDS: tuple[str, ...] = ()
NAME_HOLDS = frozenset({"kh_name176", "kh_upper176", "hl_name176", "monk176"})
PHONE_HOLDS: tuple[str, ...] = ()
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "mk_old176",
    "tv_new176",
    "ag_new176",
    "st_new176",
    "cm_old176",
    "kg_old176",
    "gl_new176",
    "hl_old176",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND176",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND176",
]
