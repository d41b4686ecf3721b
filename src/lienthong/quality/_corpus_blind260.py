"""The two-hundred-and-sixtieth part of the outside corpus, **blind 260** (written 08:53 UTC,
2026-12-07, never used for tuning): person files a commune of Quảng Ngãi's former Kon Tum
highlands, a boarding school of Đà Nẵng's former Quảng Nam hills, the social policy bank's
savings-and-loan groups, Đà Nẵng's construction department, Hội An's boat registry, A Lưới's
zèng weaving cooperative, a commune health station, Lý Sơn's military command and a commune of
the Trà My hills could hand over. Nine Vietnamese files: the Ngọc Linh ginseng growers whose
plots a commune certified, in UTF-8 with a BOM and semicolons (Xơ Đăng names beside Kinh ones,
the people, the growing-area code, the area, plants, age and forest lot, the seedlings' origin,
the officer); the Cơ Tu boarding pupils given 15 kg of rice a month, in Windows-1258 with tabs
and no diacritics in the headers (the class, the school, the parent and the parent's phone, the
distance, the months); the Hrê borrowers of the social policy bank, in Excel (the group, the
loan's purpose, sum, term, contract and balance); the applicants for social housing in Đà
Nẵng, in UTF-16 with tabs (the kind of applicant, the employer, the income, the spouse and the
spouse's CCCD, the project, flat and area, the result); the boatmen carrying visitors on the
Hoài river, in UTF-8 with the home split into hamlet and ward (the boat, its kind, seats,
pier, licence and life jackets); the Tà Ôi zèng weavers of A Lưới, in UTF-8 with a BOM and tabs
(the role, the pattern, the stamps, the years weaving, the member code); the malaria cases of a
Ba Na commune, in Windows-1258 with semicolons (the case number, the species, the test, the
drug, the weight, the place caught, the outcome, the village health worker); the sea militia of
Lý Sơn, in Excel with the home split into hamlet, special zone and province (the unit, the role,
the year of service, the fishing boat, the decision, the party); and the households moved away
from landslides in the Trà My hills, in UTF-16 (the danger, the members, where they went, the
sum paid). Addresses in the old three-level and the new two-level forms, dates dd/mm/yyyy.

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind260_writers import WRITERS_BLIND260
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND260: tuple[Shape, ...] = (
    _shape(
        "ho_trong_sam_ngoc_linh_xac_nhan_nguon_goc_vung_trong_ubnd_xa_tu_mo_rong_vn260",
        "STT=row | Họ và tên chủ hộ=full_name:xodang260 | Ngày sinh=birth_date@%d/%m/%Y"
        " | Dân tộc=-:people_kt260 | Số CCCD=cccd | Địa chỉ (thôn, xã, tỉnh)=address:home_kt260"
        " | SĐT=phone | Mã số vùng trồng=-:sam_code260 | Diện tích (m2)=-:sam_area260"
        " | Số cây (cây)=-:sam_plants260 | Tuổi cây=-:sam_age260"
        " | Vị trí (TK, khoảnh, lô)=-:sam_lot260 | Nguồn gốc giống=-:sam_origin260"
        " | Ngày xác nhận=date@%d/%m/%Y | CB xác nhận=-:sam_officer260",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "hoc_sinh_ban_tru_nhan_ho_tro_gao_nd66_truong_ptdtbt_tay_giang_vn260",
        "TT=row | Ho va ten hoc sinh=full_name:cotu260 | Ngay sinh=birth_date@%d/%m/%Y"
        " | Nam/Nu=sex | Ma dinh danh=cccd | Lop=-:grade260 | Truong=-:school260"
        " | Noi o (thon, xa)=address:home_qn260 | Ho ten cha/me=-:parent260"
        " | SDT phu huynh=-:parent_phone260 | K/c den truong (km)=-:km260"
        " | Gao (kg/thang)=-:rice260 | So thang=-:months260 | Ngay nhan=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "to_vien_to_tiet_kiem_vay_von_ngan_hang_csxh_pgd_ba_to_vn260",
        "STT=row | Tên người vay=full_name:hre260 | NS=birth_date@%d/%m/%Y | Giới=sex"
        " | CCCD=cccd:cccd_spaced | Nơi cư trú=address:home_qng260 | ĐT=phone:phone_dotted"
        " | Tổ TK&VV=-:loan_group260 | Mục đích vay=-:loan_purpose260"
        " | Số tiền vay (đ)=-:loan_sum260 | Thời hạn=-:loan_term260 | Số HĐ/KUNN=-:loan_no260"
        " | Ngày giải ngân=date@%d/%m/%Y | Dư nợ đến 30/11 (đ)=-:loan_balance260",
        file="xlsx",
    ),
    _shape(
        "ho_so_dang_ky_mua_nha_o_xa_hoi_so_xay_dung_tp_da_nang_vn260",
        "STT=row | Họ tên người đứng đơn=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số định danh cá nhân=cccd | Nơi thường trú=address:home_dn260"
        " | Điện thoại=phone:phone_spaced | Email=email | Đối tượng=-:noxh_kind260"
        " | Nơi làm việc=-:noxh_employer260 | Thu nhập BQ=-:noxh_income260"
        " | Họ tên vợ/chồng=-:noxh_spouse260 | CCCD vợ/chồng=-:noxh_spouse_cccd260"
        " | Dự án đăng ký=-:noxh_project260 | Căn hộ=-:noxh_flat260"
        " | DT căn hộ (m²)=-:noxh_area260 | Ngày nộp HS=date@%d/%m/%Y"
        " | Kết quả xét duyệt=-:noxh_result260 | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "chu_thuyen_cho_khach_song_hoai_dang_ky_ben_thuyen_ubnd_phuong_hoi_an_vn260",
        "STT=row | Chủ phương tiện=full_name | Sinh ngày=birth_date@%d-%m-%Y | CCCD=cccd"
        " | Thôn/Khối phố=street:ha_hamlet260 | Phường/Xã=ward:ha_ward260 | SĐT=phone"
        " | Số đăng ký PT=-:boat_no260 | Loại PT=-:boat_kind260 | Sức chở (người)=-:boat_seats260"
        " | Bến neo đậu=-:boat_pier260 | Số GCN=-:boat_licence260 | Áo phao=-:boat_jacket260"
        " | Ngày đăng ký=date@%d-%m-%Y",
    ),
    _shape(
        "thanh_vien_htx_det_zeng_a_luoi_su_dung_nhan_hieu_chung_nhan_tp_hue_vn260",
        "TT=row | Họ và tên=full_name:taoi260 | Ngày/tháng/năm sinh=birth_date@%d/%m/%Y"
        " | Nữ/Nam=sex | CCCD=cccd | Thôn, xã=address:home_hue260 | Số ĐT=phone"
        " | Vai trò=-:zeng_role260 | Sản phẩm=-:zeng_pattern260 | Số tem cấp=-:zeng_stamps260"
        " | Số năm dệt=-:zeng_years260 | Mã thành viên=-:zeng_code260"
        " | Ngày vào HTX=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "so_theo_doi_benh_nhan_sot_ret_tram_y_te_xa_mang_den_vn260",
        "STT=row | Số BN=-:malaria_case260 | Họ tên BN=full_name:bana260"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới=sex | CCCD/ĐDCN=cccd"
        " | Địa chỉ=address:home_kt260 | Cân nặng (kg)=-:malaria_weight260"
        " | Ngày XN=date@%d/%m/%Y | PP xét nghiệm=-:malaria_test260 | KST=-:malaria_kind260"
        " | Phác đồ=-:malaria_drug260 | Nơi nhiễm=-:malaria_site260 | Kết quả=-:malaria_out260"
        " | Y tế thôn bản=-:vhv260",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "doi_vien_dan_quan_thuong_truc_bien_ban_chqs_dac_khu_ly_son_vn260",
        "TT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Thôn=street:hamlet_ls260 | Xã/Đặc khu=ward:ward_ls260"
        " | Tỉnh=province:prov_ls260 | SĐT=phone | Đơn vị=-:militia_unit260"
        " | Chức vụ=-:militia_role260 | Năm thực hiện NV=-:militia_year260"
        " | Tàu cá (số ĐK)=-:militia_boat260 | QĐ công nhận=-:militia_decision260"
        " | Ngày QĐ=date@%d/%m/%Y | Đảng/Đoàn=-:militia_party260",
        file="xlsx",
    ),
    _shape(
        "ho_di_doi_khan_cap_vung_sat_lo_ubnd_xa_tra_leng_tp_da_nang_vn260",
        "STT=row | Họ tên=full_name:xodang260 | Ngày sinh=birth_date@%d/%m/%Y"
        " | Quan hệ với chủ hộ=-:slide_head260 | Số CCCD=cccd"
        " | Nơi ở trước khi di dời=address:home_qn260"
        " | ĐTDĐ=phone | Nguy cơ=-:slide_kind260 | Số nhân khẩu=-:slide_members260"
        " | Nơi đến=-:slide_to260 | Hỗ trợ (đồng)=-:slide_sum260 | Ngày di dời=date@%d/%m/%Y",
        encoding="utf-16",
    ),
)

#: no file of this part writes an impossible day
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ()
SEX_HOLDS: tuple[str, ...] = ()
NAME_HOLDS = frozenset({"xodang260", "cotu260", "hre260", "taoi260", "bana260"})
PHONE_HOLDS: tuple[str, ...] = ()
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("home_kt260", "home_qn260", "home_qng260", "home_dn260",
                                  "home_hue260")  # fmt: skip

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND260",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND260",
]
