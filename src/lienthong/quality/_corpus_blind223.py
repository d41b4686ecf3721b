"""The two-hundred-and-twenty-third part of the outside corpus, **blind 223** (written 05:50 UTC,
2026-12-07, never used for tuning): person files a Khmer Theravada Buddhist academy, a provincial
culture department, a commune's culture office, a Cham pottery village's cooperative, a Cham
weaving cooperative, a Bà-ni council, an Islamic community board, a provincial political school
and a Khmer pagoda's management board could hand over. Nine Vietnamese files: the monks and
novices of Khmer pagodas who sat the Pali exams, in UTF-8 with a BOM (the pagoda, the vassa, the
level, the mark, the result, the abbot); the Khmer artists of Dù kê and Rô băm proposed for the
artisan title, in Windows-1258 with semicolons (the art, the troupe, the years, the pupils); the
Khmer households of the phum and sóc, their village, commune and province in separate columns
after July 2025, in Excel; the potters of Bàu Trúc, in UTF-16 with tabs (the wares, the kilns,
the output); the weavers of Mỹ Nghiệp, in UTF-8 (the looms, the cloth, the group); the Cham Bà-ni
clergy of the palei, in Windows-1258 (the rank, the village mosque, the old four-level address);
the An Giang Cham Muslims registered for Hajj or Umrah, in UTF-8 with semicolons (the mosque,
the passport, the amount, the next of kin); the officials learning Khmer at a political school,
in Excel (the class, the post, the agency, the mark); and the donors to a Khmer pagoda's repair,
in UTF-8 with a BOM (the amount, the use, the receipt, the Achar who took it).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind223_writers import WRITERS_BLIND223
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND223: tuple[Shape, ...] = (
    _shape(
        "su_sai_chua_khmer_du_thi_pali_hoc_vien_phat_giao_nam_tong_khmer_vn223",
        "STT=row | Pháp danh - Thế danh=full_name:monk_name223 | Năm sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Chùa đang tu=-:pagoda223 | Hạ lạp=-:vassa223"
        " | Ngày xuất gia=date:ordained223 | Trình độ dự thi=-:pali223"
        " | Điểm TB=-:mark223 | Kết quả=-:pass223 | Trụ trì xác nhận=-:other223"
        " | Nơi ĐKTT=address:km_any223",
        encoding="utf-8-sig",
    ),
    _shape(
        "de_nghi_xet_tang_danh_hieu_nghe_nhan_nghe_thuat_khmer_du_ke_ro_bam_so_vhttdl_vn223",
        "TT=row | Ho va ten=full_name:km_name223 | Ngay thang nam sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex | Dan toc=-:ethnic223 | CCCD=cccd:cccd_spaced"
        " | Noi o hien nay=address:km_new223 | DT=phone:phone_dotted"
        " | Loai hinh di san=-:art223 | Danh hieu de nghi=-:title223"
        " | Don vi/Doan NT=-:troupe223 | So nam hanh nghe=-:years223"
        " | So hoc tro da truyen day=-:pupils223 | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_dong_bao_khmer_phum_soc_ra_soat_ho_ngheo_ban_dan_toc_xa_vn223",
        "STT=row | Họ tên chủ hộ=full_name:km_name_caps223 | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Phum/Sóc (ấp)=-:km_village223"
        " | Xã/Phường=ward:km_commune223 | Tỉnh/TP=province:km_province223"
        " | SĐT=phone | Số khẩu=-:members223 | Chùa sinh hoạt=-:pagoda223"
        " | Ngày rà soát=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "ho_lam_gom_lang_bau_truc_htx_gom_nhan_hieu_tap_the_vn223",
        "STT=row | Họ và tên=full_name:ch_name223 | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới=sex | CCCD=cccd | Địa chỉ=address:ch_any223 | Điện thoại=phone:phone_spaced"
        " | Sản phẩm chính=-:pottery223 | Số lò=-:kiln223 | Sản lượng=-:output223"
        " | Ngày gia nhập=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "thanh_vien_to_hop_tac_det_tho_cam_cham_my_nghiep_vn223",
        "STT=row | Họ tên thợ dệt=full_name:ch_name223 | Ngày sinh=birth_date@%d/%m/%Y"
        " | CCCD/ĐDCN=cccd | Nơi cư trú=address:ch_new223 | SĐT=phone"
        " | Số khung dệt=-:looms223 | Mặt hàng=-:weave223 | Hình thức=-:assoc223"
        " | Ngày vào tổ=date@%d/%m/%Y",
        encoding="utf-8",
    ),
    _shape(
        "chuc_sac_cham_ba_ni_hoi_dong_chuc_sac_hoi_giao_ba_ni_vn223",
        "TT=row | Ho ten (ten Cham)=full_name:ch_name223 | Ngay sinh=birth_date@%d/%m/%Y"
        " | Phai=sex | CCCD=cccd | Pham sac=-:clergy223 | Sinh hoat tai Thang Mu=-:temple223"
        " | Dia chi thuong tru=address:ch_any223 | Ngay tan phong=date@%d/%m/%Y"
        " | Dien thoai=phone",
        encoding="cp1258",
    ),
    _shape(
        "tin_do_cham_hoi_giao_dang_ky_hanh_huong_mecca_ban_dai_dien_cong_dong_hoi_giao_an_giang_vn223",
        "STT=row | Họ tên=full_name:ag_name223 | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Hộ chiếu số=-:passport223 | Địa chỉ=address:ag_any223"
        " | SĐT=phone:phone_dotted | Thánh đường=-:masjid223 | Chuyến=-:trip223"
        " | Số tiền đóng (đ)=-:amount223 | Người thân liên hệ=-:other223"
        " | SĐT người thân=-:other_phone223 | Ngày đăng ký=date@%d/%m/%Y",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "hoc_vien_lop_boi_duong_tieng_khmer_can_bo_cong_chuc_truong_chinh_tri_tinh_vn223",
        "STT=row | Họ và tên học viên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Nữ=sex"
        " | Số CCCD=cccd | Lớp=-:class223 | Chức danh=-:post223 | Cơ quan công tác=-:agency223"
        " | Email=email | ĐTDĐ=phone | Điểm cuối khóa=-:mark223 | Xếp loại=-:pass223"
        " | Ngày khai giảng=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "so_ghi_cong_duc_tu_bo_chua_khmer_ban_quan_tri_chua_vn223",
        "STT=row | Họ tên Phật tử=full_name:km_name223 | Ngày sinh=birth_date@%d/%m/%Y"
        " | CCCD=cccd | Địa chỉ=address:km_old223 | SĐT=phone | Số tiền công đức=-:donation223"
        " | Mục đích=-:use223 | Số biên lai=-:receipt223 | Người nhận=-:achar223"
        " | Ngày=date@%d/%m/%Y",
        encoding="utf-8-sig",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ()
SEX_HOLDS: tuple[str, ...] = ()
NAME_HOLDS = frozenset({"km_name223", "km_name_caps223", "ch_name223", "ag_name223"})
PHONE_HOLDS: tuple[str, ...] = ()
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("km_old223", "km_new223", "km_any223", "ch_any223")
ADDRESS_HOLDS += ("ch_new223", "ag_any223")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND223",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND223",
]
