"""The two-hundred-and-thirty-fifth part of the outside corpus, **blind 235** (written 07:12 UTC,
2026-12-07, never used for tuning): person files a Catholic parish, a commune's dike-guard
command, a commune's industry-promotion desk, a lychee-growing commune's people's committee, the
Cát Hải special zone, a provincial chèo theatre, a festival's organising board, a commune's
land-consolidation council and a ward's environment desk in the Red River delta could hand over,
after the July 2025 merger of provinces (Hưng Yên with the former Thái Bình, Ninh Bình with the
former Nam Định and Hà Nam, Hải Phòng with the former Hải Dương, Bắc Ninh with the former Bắc
Giang), with addresses written in the new two-level form or still in the old three-level one.
Nine Vietnamese files: the couples of a parish's marriage catechism class in UTF-8 with a BOM
(the saint's name, the parish and its hamlet, the intended spouse and their parish, the baptism
day, the course, the parish priest); the dike-guard force of a commune on the Red River in
Windows-1258 with semicolons and headers without diacritics (the new commune beside the old
address, the guard post by its kilometre mark, the team, duty, shift and tools); the silver- and
bronze-carving workshops of Đồng Xâm asking for industry-promotion grants, in Excel (the
workshop, the owner's tax code, the product, the workers, what they ask for and how much); the
buyers who registered a shed to buy Lục Ngạn lychees, in UTF-16 with tabs (the shed number, the
weighing spot, the area, what they buy, the tonnes expected, their partner and his phone); the
households of the Cát Bà fishing villages whose floating homes were moved ashore, in UTF-8 with
semicolons (the people, the bay, the raft's area, where they were resettled, the aid, the day
handed over); a chèo class in UTF-8 with commas and abbreviated headers (the club, the tunes,
the role, the master and her phone); the mediums who registered to perform at the Phủ Dầy
festival, in Windows-1258 with tabs (the shrine, the spirit incarnated, the chầu văn singer and
his phone, the years as a medium, ``dd-mm-yyyy`` dates); the households' fields after a land
consolidation in Excel (the field, the plots before and after, the map sheet, the land given up
for roads and canals); and the owners of Phong Khê paper mills who signed an environmental
pledge, in UTF-8 with a BOM and semicolons (the mill, the tax code, the cluster lot, the paper,
the capacity, the boiler, the waste water, ``yyyy-mm-dd`` dates).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind235_writers import WRITERS_BLIND235
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND235: tuple[Shape, ...] = (
    _shape(
        "hoc_vien_lop_giao_ly_hon_nhan_giao_xu_giao_phan_bui_chu_ninh_binh_vn235",
        "STT=row | Tên Thánh=-:saint235 | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Giáo xứ=-:parish235 | Giáo họ=-:hamlet235"
        " | Địa chỉ thường trú=address:addr_bc235 | Điện thoại=phone"
        " | Người dự định kết hôn=-:fiance235 | Thuộc giáo xứ=-:other_parish235"
        " | Ngày chịu phép Rửa tội=date:baptism235 | Khóa giáo lý=-:course235"
        " | Ngày bế giảng=date@%d/%m/%Y | Cha xứ xác nhận=-:priest235",
        encoding="utf-8-sig",
    ),
    _shape(
        "luc_luong_ho_de_tuan_tra_canh_gac_de_mua_lu_ban_chi_huy_pctt_xa_hung_yen_vn235",
        "TT=row | HO VA TEN=full_name:full_name_ascii | NGAY SINH=birth_date@%d/%m/%Y"
        " | GIOI TINH=sex | SO CCCD=cccd:cccd_spaced | XA (MOI)=ward:ward_de235"
        " | DIA CHI (THON, XA, HUYEN CU)=address:addr_de235 | SDT=phone:phone_dotted"
        " | DIEM CANH DE=-:diem235 | TO=-:team235 | NHIEM VU=-:duty235 | CA TRUC=-:shift235"
        " | DUNG CU=-:tool235 | NGAY QD=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "co_so_cham_bac_lang_nghe_dong_xam_de_nghi_ho_tro_khuyen_cong_hung_yen_vn235",
        "STT=row | Tên cơ sở=-:shop235 | Họ tên chủ cơ sở=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số định danh cá nhân=cccd"
        " | MST=mst | Địa chỉ cơ sở sản xuất=address:addr_dx235 | Điện thoại=phone"
        " | Sản phẩm chính=-:product235 | Số lao động (người)=-:workers235"
        " | Nội dung đề nghị hỗ trợ=-:support235 | Kinh phí đề nghị (đồng)=-:grant235"
        " | Ngày nhận hồ sơ=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "chu_lan_thu_mua_vai_thieu_luc_ngan_dang_ky_ubnd_xa_bac_ninh_vn235",
        "STT=row | Số lán=-:shed235 | Họ tên chủ lán=full_name | NS=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Nơi thường trú=address:addr_trader235 | ĐTDĐ=phone:phone_spaced"
        " | Vị trí đặt lán=-:spot235 | DT lán (m²)=-:shed_area235 | Hình thức thu mua=-:buy235"
        " | SL dự kiến (tấn)=-:tons235 | Đối tác tiêu thụ=-:partner235"
        " | SĐT đối tác=-:partner_phone235 | Ngày đăng ký=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ho_nha_be_lang_chai_vinh_lan_ha_di_doi_len_bo_dac_khu_cat_hai_hai_phong_vn235",
        "TT=row | Họ tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y | GT=sex"
        " | CCCD=cccd | Số nhân khẩu=-:people235 | Vị trí nhà bè=-:bay235"
        " | DT nhà bè (m2)=-:raft235 | Nơi bố trí TĐC=-:resettle235"
        " | Địa chỉ thường trú=address:addr_cb235 | SĐT=phone | Mức hỗ trợ (đ)=-:aid235"
        " | Ngày bàn giao=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "hoc_vien_lop_truyen_day_hat_cheo_nha_hat_cheo_thai_binh_hung_yen_vn235",
        "TT=row | Họ tên HV=full_name | NS=birth_date@%d/%m/%Y | GT=sex | CCCD/ĐDCN=cccd"
        " | ĐC=address:addr_tb235 | SĐT=phone | CLB/phường chèo=-:cheo_club235"
        " | Làn điệu học=-:tune235 | Vai sở trường=-:cheo_role235"
        " | Nghệ nhân truyền dạy=-:master235 | SĐT NN=-:master_phone235"
        " | Ngày khai giảng=date@%d/%m/%Y",
        encoding="utf-8",
    ),
    _shape(
        "thanh_dong_dang_ky_trinh_dien_nghi_le_hau_dong_le_hoi_phu_day_ninh_binh_vn235",
        "STT=row | Họ và tên thanh đồng=full_name | Ngày tháng năm sinh=birth_date@%d-%m-%Y"
        " | Giới=sex | Số CCCD=cccd | Nơi cư trú=address:addr_nd235 | Điện thoại=phone"
        " | Điện/phủ trình=-:shrine235 | Giá đồng trình diễn=-:gia235"
        " | Cung văn đi kèm=-:singer235 | SĐT cung văn=-:singer_phone235"
        " | Số năm ra đồng=-:years235 | Ngày trình diễn=date@%d-%m-%Y",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "ho_nhan_ruong_sau_don_dien_doi_thua_hoi_dong_dddt_xa_hai_phong_vn235",
        "STT=row | Họ tên chủ hộ=full_name | Ngày sinh chủ hộ=birth_date@%d/%m/%Y"
        " | CCCD chủ hộ=cccd | Địa chỉ=address:addr_hd235 | SĐT=phone"
        " | Xứ đồng=-:field235 | Số thửa trước DĐĐT=-:old_plots235"
        " | Tổng DT trước DĐĐT (m2)=-:before235 | Số thửa sau DĐĐT=-:new_plots235"
        " | Tờ bản đồ=-:map235 | DT góp làm GT-TL (m2)=-:contrib235"
        " | Ngày ký biên bản=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "chu_co_so_tai_che_giay_lang_nghe_phong_khe_ky_cam_ket_bvmt_phuong_bac_ninh_vn235",
        "STT=row | Tên cơ sở=-:mill235 | Họ và tên chủ cơ sở=full_name"
        " | Ngày sinh=birth_date@%Y-%m-%d | Số CCCD=cccd | Mã số thuế=mst"
        " | Địa chỉ nơi ở=address:addr_pk235 | Địa điểm sản xuất=-:site235 | SĐT=phone"
        " | Sản phẩm=-:paper235 | Công suất (tấn/tháng)=-:capacity235"
        " | Lò hơi / nhiên liệu=-:boiler235 | Nước thải (m3/ngày)=-:water235"
        " | Ngày ký cam kết=date@%Y-%m-%d | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
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
ADDRESS_HOLDS: tuple[str, ...] = (
    "addr_bc235",
    "addr_de235",
    "addr_dx235",
    "addr_trader235",
    "addr_cb235",
    "addr_tb235",
    "addr_nd235",
    "addr_hd235",
    "addr_pk235",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND235",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND235",
]
