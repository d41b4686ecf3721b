"""The three-hundred-and-thirty-first part of the outside corpus, **blind 331** (written 12:35
UTC, 2026-12-07, never used for tuning): person files the communes, wards and provincial offices
of the merged province of Lào Cai (Lào Cai and Yên Bái, joined in 2025 under two-level
government) could hand over, most of their people Hmong, Dao, Tày, Giáy, Nùng or Hà Nhì, named as
their peoples name them (Giàng A Páo, Sùng Thị Mỷ, Tẩn Láo Lở, Chảo Tả Mẩy, Lồ Văn Pao), some
addresses under the new communes and some still under the old district and province. Nine
Vietnamese files: a commune's list of Hmong Protestants registering a group's concentrated
religious activity, in Windows-1258 with semicolons and headers without their marks (the
believer, the people, the CCCD, the old address, the group, the group leader, the members, the
household's poverty status); the list of Làng Nủ households given houses on the resettlement site
after the 2024 flash flood, in UTF-16 with tabs (the household head, the losses, the plot, the
support money, the village head, the handover date); a ward's list of Dao and Hmong street
vendors of Sa Pa signing the pledge not to follow tourists, in UTF-8 with a BOM (the vendor, the
goods, the spot, the card, the times reminded, the officer); Văn Yên cinnamon growers given an
organic export growing-area code, in Excel (family name and given name apart, the land parcel,
the area, the age of the trees, the buyer); cold-water trout and sturgeon farms declared to the
fisheries office, in UTF-8 with semicolons (the owner, the stream, the tanks, the yearly output);
folk artists teaching Hmong khèn, Tày then and Dao songs in after-school classes, in Excel (the
artist, the school that is not their home, the pupils, the title); young people of the uplands
sent by the job centre to factories in the lowlands, in UTF-8 (the worker, the factory and its
place, the job, the wage, a relative left at home and their phone); households losing land to
the widened Nội Bài - Lào Cai expressway, in Windows-1258 with tabs (the old address, the
chainage, the kind of land, the area, the compensation); and a commune police team's list of
people whose citizen identity cards were made on the spot in a far village, in UTF-16 (the
name in capitals without marks as the old record had it, the old CMND, the new card, the team,
the receipt).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind331_writers import WRITERS_BLIND331
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND331: tuple[Shape, ...] = (
    _shape(
        "tin_do_tin_lanh_nguoi_mong_dang_ky_sinh_hoat_ton_giao_tap_trung_diem_nhom_ubnd_xa_vn331",
        "STT=row | Ho va ten tin do=full_name:lc_name331 | Nam sinh (ngay/thang/nam)=birth_date"
        "@%d/%m/%Y | Gioi tinh=sex | Dan toc=-:lc_people331 | So CCCD=cccd"
        " | Noi thuong tru (truoc sap nhap)=address:lc_old331 | Ton giao=-:tl_relig331"
        " | Diem nhom SHTG tap trung=-:tl_group331 | Nguoi dai dien diem nhom=-:lc_head331"
        " | So nhan khau=-:tl_members331 | Phan loai ho=-:tl_poor331 | SDT=phone"
        " | Ngay nop don=date@%d/%m/%Y | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_nhan_nha_khu_tai_dinh_cu_lang_nu_sau_lu_quet_bao_yagi_ubnd_xa_phuc_khanh_vn331",
        "TT=row | Họ tên chủ hộ=full_name:lc_name331 | Ngày tháng năm sinh=birth_date@%d/%m/%Y"
        " | Giới=sex | Dân tộc=-:lc_people331 | Số định danh cá nhân=cccd"
        " | Nơi ở trước lũ (thôn, xã cũ, huyện, tỉnh)=address:lc_old331"
        " | Số khẩu=-:ln_people331 | Thiệt hại=-:ln_loss331 | Lô nhà TĐC=-:ln_lot331"
        " | Tiền hỗ trợ (đ)=-:ln_money331 | Trưởng thôn=-:lc_head331"
        " | Số ĐT liên hệ=phone:lc_phone331 | Ngày bàn giao nhà=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nguoi_ban_hang_rong_dtts_ky_cam_ket_khong_deo_bam_khach_du_lich_phuong_sa_pa_vn331",
        "STT=row | Họ và tên=full_name:lc_name331 | NS=birth_date@%d/%m/%Y | GT=sex"
        " | DT=-:lc_people331 | CCCD=cccd:cccd_spaced | Thôn/bản=street:lc_village331"
        " | Xã/phường (mới)=ward:lc_commune331 | Mặt hàng=-:sp_goods331"
        " | Điểm hay bán=-:sp_spot331 | Số thẻ bán hàng=-:sp_card331"
        " | Số lần nhắc nhở=-:sp_times331 | Cán bộ phường phụ trách=-:lc_officer331"
        " | Ngày ký cam kết=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
    ),
    _shape(
        "ho_trong_que_huu_co_cap_ma_so_vung_trong_xuat_khau_xa_dong_cuong_van_yen_vn331",
        "STT=row | Họ=family_name:lc_family331 | Đệm và tên=given_name:lc_given331"
        " | Năm sinh=birth_date@%d/%m/%Y | CCCD/ĐDCN=cccd | Địa chỉ=address:lc_new331"
        " | SĐT=phone | Vị trí lô (tờ BĐ, thửa)=-:qu_plot331 | Diện tích (ha)=-:qu_area331"
        " | Tuổi quế=-:qu_kind331 | Mã vùng trồng=-:qu_code331"
        " | Đơn vị bao tiêu=-:qu_buyer331 | Ngày cấp mã=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "co_so_nuoi_ca_hoi_ca_tam_nuoc_lanh_khai_bao_chi_cuc_thuy_san_tinh_lao_cai_vn331",
        "TT=row | Chủ cơ sở=full_name:lc_name331 | Ngày sinh=birth_date@%d-%m-%Y"
        " | Số CCCD=cccd | Địa chỉ chủ cơ sở=address:lc_new331 | Điện thoại=phone:lc_phone331"
        " | Đối tượng nuôi=-:ca_fish331 | Nguồn nước lấy từ=-:ca_stream331"
        " | Số bể / thể tích=-:ca_tank331 | Sản lượng năm 2025=-:ca_ton331"
        " | Ngày khai báo=date@%d-%m-%Y | Cán bộ tiếp nhận=-:lc_officer331",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "nghe_nhan_day_khen_mong_hat_then_hat_dao_lop_ngoai_gio_truong_ptdtbt_so_vhttdl_vn331",
        "TT=row | Họ tên nghệ nhân=full_name:lc_name331 | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Dân tộc=-:lc_people331 | Số CCCD=cccd"
        " | Nơi cư trú=address:lc_new331 | Loại hình truyền dạy=-:nn_instr331"
        " | Trường/điểm truyền dạy=-:nn_school331 | Số HS theo học=-:nn_pupils331"
        " | Danh hiệu=-:nn_title331 | SĐT=phone | Ngày bắt đầu lớp=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "thanh_nien_dtts_vung_cao_di_lam_viec_tai_kcn_ngoai_tinh_trung_tam_dvvl_lao_cai_vn331",
        "STT=row | Họ và tên NLĐ=full_name:lc_name331 | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Dân tộc=-:lc_people331 | Số CCCD=cccd"
        " | HKTT=address:lc_new331 | SĐT NLĐ=phone | Doanh nghiệp tiếp nhận=-:ld_kcn331"
        " | Vị trí việc làm=-:ld_job331 | Lương thử việc=-:ld_wage331"
        " | Người thân ở nhà (bố/mẹ/vợ/chồng)=-:lc_hh331 | SĐT người thân=-:lc_kinphone331"
        " | Ngày xuất phát=date@%d/%m/%Y",
        encoding="utf-8",
    ),
    _shape(
        "ho_bi_thu_hoi_dat_mo_rong_cao_toc_noi_bai_lao_cai_hoi_dong_bt_ht_tdc_vn331",
        "STT=row | Ho ten chu su dung dat=full_name:lc_name331 | Nam sinh=birth_date@%d/%m/%Y"
        " | So CCCD=cccd | Dia chi (theo GCN cu)=address:lc_plainold331"
        " | Ly trinh=-:cb_mark331 | Loai dat=-:cb_land331 | DT thu hoi (m2)=-:cb_m2331"
        " | Tong tien BT, HT (d)=-:cb_money331 | Chu ky nhan tien=-:lc_hh331"
        " | Ngay chi tra=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "cong_dan_lam_the_can_cuoc_luu_dong_tai_thon_ban_vung_cao_cong_an_xa_y_ty_vn331",
        "STT=row | HỌ VÀ TÊN (theo CMND cũ)=full_name:lc_plainname331"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CMND cũ (9 số)=-:lc_cmnd331 | Số định danh cá nhân=cccd"
        " | Nơi thường trú=address:lc_new331 | Chủ hộ=-:lc_hh331 | Quan hệ với chủ hộ=-:relation"
        " | Tổ thu nhận=-:cc_team331 | Số phiếu hẹn=-:cc_receipt331"
        " | Ngày thu nhận=date@%d/%m/%Y",
        encoding="utf-16",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ()
SEX_HOLDS: tuple[str, ...] = ()
NAME_HOLDS = frozenset(
    {"lc_name331", "lc_plainname331", "lc_family331", "lc_given331"},
)
PHONE_HOLDS: tuple[str, ...] = ("lc_phone331",)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("lc_new331", "lc_old331", "lc_plainold331")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND331",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND331",
]
