"""The two-hundred-and-fortieth part of the outside corpus, **blind 240** (written 07:22 UTC,
2026-12-07, never used for tuning): person files a commune's horse-race board in Bắc Hà, a
Mù Cang Chải cooperative, a Hoàng Su Phì commune, a plateau agricultural extension station, a
district health centre in Điện Biên, a Lai Châu education office, a Tuyên Quang culture office,
a Sa Pa commune and a Sơn La Red Cross chapter could hand over after the 2025 merger. Nine
Vietnamese files of the North-West mountain provinces (Điện Biên, Lai Châu, Sơn La, Lào Cai with
the former Yên Bái, Tuyên Quang with the former Hà Giang): the jockeys registered for the Bắc Hà
horse race in UTF-8 with a BOM (the ethnic group, the horse and its coat, the class, the owner);
the sơn tra (táo mèo) growers of Mù Cang Chải in Excel (the bản and the new commune apart, the
area, trees, growing-area code, the buyer); the households keeping terraced fields in Hoàng Su
Phì paid to keep the landscape, in Windows-1258 with semicolons and headers without diacritics
(parcel, map sheet, amount, bank account); the beekeepers of the Đồng Văn plateau in UTF-16 with
tabs (the pre-merger address, the hives, the honey, the extension officer); the village health
workers and midwives of Điện Biên in UTF-8 with semicolons (bản and commune apart, training,
births attended, allowance, the health station); the teachers posted to satellite school sites in
Lai Châu in Excel (home town, the school and its site, distance, the attraction allowance); the
Tày Then singers of Tuyên Quang in Windows-1258 with tabs (title, years, pupils, the club and its
head); the Red Dao herbal-bath households of Sa Pa in UTF-16 (the business place apart from the
home, baths, price, the household business number); and the poor households given blankets by
the Sơn La Red Cross in UTF-8 with a BOM and semicolons (the proxy who signed, the gift, its value).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind240_writers import WRITERS_BLIND240
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND240: tuple[Shape, ...] = (
    _shape(
        "nai_ngua_dang_ky_giai_dua_ngua_truyen_thong_bac_ha_ubnd_xa_lao_cai_vn240",
        "STT=row | Họ và tên nài ngựa=full_name:lc_name240 | Dân tộc=-:lc_eth240"
        " | Ngày/tháng/năm sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Nơi ở hiện nay (thôn, xã, tỉnh)=address:lc_new240 | Tên ngựa (màu lông)=-:horse240"
        " | Hạng thi đấu=-:race_class240 | Chủ ngựa=-:horse_owner240 | SĐT=phone"
        " | Ngày đăng ký=date@%d/%m/%Y",
        encoding="utf-8-sig",
    ),
    _shape(
        "ho_trong_son_tra_tao_meo_cap_ma_vung_htx_mu_cang_chai_lao_cai_vn240",
        "TT=row | Tên chủ hộ=full_name:hmong_name240 | Ngày sinh=birth_date@%d/%m/%Y"
        " | CCCD=cccd | Bản=street:mcc_ban240 | Xã (sau sáp nhập)=ward:mcc_xa240"
        " | Diện tích (ha)=-:ha240 | Số cây (cây)=-:trees240 | Tuổi cây (năm)=-:age240"
        " | Sản lượng dự kiến (tấn)=-:yield240 | Mã vùng trồng=-:zone240"
        " | Đơn vị bao tiêu=-:buyer240 | Điện thoại=phone",
        file="xlsx",
    ),
    _shape(
        "ho_duy_tri_canh_quan_ruong_bac_thang_hoang_su_phi_ubnd_xa_tuyen_quang_vn240",
        "STT=row | Ho ten chu ho=full_name:dao_name240 | Ngay sinh=birth_date@%d/%m/%Y"
        " | So CCCD=cccd | Dia chi=address:hsp_addr240 | DT ruong bac thang (m2)=-:m2_240"
        " | So thua=-:parcel240 | To BD so=-:sheet240 | Muc ho tro (dong)=-:support240"
        " | So TK=-:account240 | Ngan hang=-:bank240 | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_nuoi_ong_lay_mat_bac_ha_cao_nguyen_da_dong_van_tram_khuyen_nong_vn240",
        "STT=row | Họ và tên=full_name:hmong_name240 | Giới tính=sex"
        " | Ngày sinh=birth_date@%d-%m-%Y | Số ĐDCN=cccd:cccd_spaced"
        " | Địa chỉ thường trú (trước 01/7/2025)=address:dv_old240 | Số đàn ong=-:hives240"
        " | Giống ong=-:bee240 | Sản lượng mật (lít/năm)=-:honey240 | Mã cơ sở=-:bee_code240"
        " | Ngày cấp GCN=date@%d-%m-%Y | Cán bộ khuyến nông=-:ext240 | SĐT=phone",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nhan_vien_y_te_thon_ban_co_do_huong_phu_cap_ttyt_huyen_dien_bien_vn240",
        "TT=row | Họ và tên=full_name:db_name240 | Chức danh=-:mw_title240"
        " | Dân tộc=-:db_eth240 | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Bản=street:db_ban240 | Xã=ward:db_xa240 | Trình độ đào tạo=-:training240"
        " | Số ca đỡ đẻ/năm=-:births240 | Phụ cấp (đ/tháng)=-:allow240"
        " | Trạm Y tế=-:station240 | Số điện thoại=phone | Ngày ký HĐ=date@%d/%m/%Y",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "giao_vien_cam_ban_diem_truong_le_phong_gddt_muong_te_lai_chau_vn240",
        "STT=row | Họ và tên GV=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Dân tộc=-:teach_eth240 | Số CCCD=cccd | Quê quán=-:hometown240"
        " | Nơi ở hiện nay=address:lch_addr240 | Trường=-:school240 | Điểm trường=-:site240"
        " | Ngày đến điểm trường=date@%d/%m/%Y | Cách trung tâm (km)=-:km240"
        " | PC thu hút=-:attract240 | Mã số BHXH=bhxh | ĐT=phone | Email=email",
        file="xlsx",
    ),
    _shape(
        "nghe_nhan_hoi_vien_clb_hat_then_dan_tinh_phong_van_hoa_tuyen_quang_vn240",
        "STT=row | Họ tên nghệ nhân=full_name:tay_name240 | Ngày tháng năm sinh=birth_date@%d/%m/%Y"
        " | Giới=sex | CCCD/ĐDCN=cccd | Địa chỉ=address:tq_addr240 | Danh hiệu=-:then_title240"
        " | Số năm hát Then=-:then_years240 | Số học trò=-:pupils240 | CLB=-:club240"
        " | Chủ nhiệm CLB=-:club_head240 | SĐT=phone | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "ho_kinh_doanh_tam_la_thuoc_nguoi_dao_do_ta_phin_sa_pa_lao_cai_vn240",
        "TT=row | Tên chủ cơ sở=full_name:dao2_name240 | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Địa chỉ thường trú=address:sp_home240"
        " | Địa điểm kinh doanh=-:bath_site240 | Số bồn tắm=-:baths240"
        " | Giá (đ/lượt)=-:price240 | Số GCN ĐKHKD=-:hkd240 | Ngày cấp=date@%d/%m/%Y"
        " | ATTP=-:food240 | Điện thoại=phone | Email=email",
        encoding="utf-16",
    ),
    _shape(
        "ho_ngheo_nhan_chan_ao_am_mua_dong_hoi_chu_thap_do_son_la_vn240",
        "STT=row | Họ và tên người nhận=full_name:sl_name240 | Năm sinh=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | Số CCCD/ĐDCN=cccd | Bản, xã, tỉnh (sau sáp nhập)=address:sl_new240"
        " | Diện hộ=-:hh240 | Số NK=-:members240 | Quà nhận=-:gift240"
        " | Trị giá (đồng)=-:value240 | Người nhận thay=-:proxy240"
        " | SĐT liên hệ=-:kin_phone240 | Ký nhận=-:signed240 | Ngày phát=date@%d/%m/%Y",
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
NAME_HOLDS = frozenset(
    {
        "lc_name240",
        "hmong_name240",
        "dao_name240",
        "db_name240",
        "tay_name240",
        "dao2_name240",
        "sl_name240",
    }
)
PHONE_HOLDS: tuple[str, ...] = ()
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "lc_new240",
    "hsp_addr240",
    "dv_old240",
    "lch_addr240",
    "tq_addr240",
    "sp_home240",
    "sl_new240",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND240",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND240",
]
