"""The two hundred and thirteenth part of the outside corpus, **blind 213** (written 05:00 UTC,
2026-12-07, never used for tuning): person files the north-east coast and its islands could hand
over after the July 2025 merger of provinces (Hải Phòng with the former Hải Dương, Quảng Ninh,
Hưng Yên with the former Thái Bình, Bắc Ninh with the former Bắc Giang, the island special zones),
some rows still carrying the addresses written before the merger.
Nine Vietnamese files: a Vân Đồn entertainment complex's list of Vietnamese players let into the
pilot casino, in UTF-8 with a BOM and semicolons (the ticket, the monthly income and the paper
that proves it, the kind of ticket and its fee, a relative's request to restrict, the last entry);
a Hải Phòng youth union's list of young volunteers settling on Bạch Long Vĩ, in Windows-1258 with
tabs (the home town, the address before leaving, the spouse and children, the wave, the job, the
plot given); a Cô Tô special zone's list of island residents whose high-speed ferry fares are
half paid, in Excel (the resident card, the route, the ferry line, trips a month, the fare); a
Lan Hạ bay cruise's declaration of overnight guests to the Cát Hải police, in UTF-8 (the booking,
the paper and its number, nationality, e-mail, the ship and its registration, the cabin, the
captain, the time declared); a Vân Đồn fisheries station's list of fish farms exchanging
styrofoam floats for HDPE ones, in UTF-16 with tabs and the CCCD spaced (species, cages, floats
taken back and given, the aid, the inspector); a Hưng Yên (former Thái Bình) list of people given
a sea area to farm clams, in Windows-1258 with semicolons (commune, district and province apart,
the district empty where the row was written after the merger, the coordinates, hectares, the
term, the decision, the yearly fee); a Bắc Ninh list of quan họ singers for the boat at the Lim
festival, in UTF-16 with tabs (the quan họ village, the club, liền anh or liền chị, songs known,
the title, the group's head); a maritime administration's list of maritime pilots, in UTF-8 with
semicolons (the rank, the certificate, the pilotage zone and organisation, its expiry, the
largest ship); and the Đồ Sơn fighting-buffalo festival's list of owners, in Excel (the buffalo's
number, the ward after the merger beside the old address, the giáp, where the buffalo came from,
the quarantine date, the veterinarian, the result).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind213_writers import WRITERS_BLIND213
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND213: tuple[Shape, ...] = (
    _shape(
        "nguoi_viet_nam_vao_choi_casino_thi_diem_khu_giai_tri_van_don_vn213",
        "STT=row | Số vé vào cửa=-:casino_ticket213 | Họ và tên=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD/ĐDCN=cccd"
        " | Nơi cư trú=address:addr_casino213 | Số điện thoại=phone"
        " | Thu nhập thường xuyên hằng tháng (VNĐ)=-:income213"
        " | Giấy tờ chứng minh thu nhập=-:income_proof213 | Loại vé=-:ticket_kind213"
        " | Phí vào cửa (đồng)=-:fee213 | Ngày mua vé=date@%d/%m/%Y"
        " | Đề nghị hạn chế của thân nhân=-:restrict213 | Lần vào gần nhất=timestamp",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "thanh_nien_tinh_nguyen_ra_dinh_cu_dac_khu_bach_long_vi_thanh_doan_hai_phong_vn213",
        "TT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | CCCD=cccd | Quê quán=-:hometown213"
        " | Nơi thường trú trước khi ra đảo=address:addr_blv213 | ĐT=phone"
        " | Họ tên vợ/chồng=-:spouse213 | Số con đi cùng=-:kids213 | Đợt=-:wave213"
        " | Ngày ra đảo=date@%d/%m/%Y | Việc làm được bố trí=-:job213"
        " | Đất ở được giao (m2)=-:plot213",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "cu_dan_dac_khu_co_to_ho_tro_gia_ve_tau_cao_toc_van_don_co_to_vn213",
        "STT=row | Họ tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số định danh=cccd"
        " | Thôn/khu, xã (cũ)=address:addr_coto213 | SĐT=phone"
        " | Mã thẻ cư dân=-:resident_card213 | Tuyến=-:route213 | Hãng tàu=-:ferry213"
        " | Số lượt trong tháng=-:trips213 | Giá vé niêm yết (đ)=-:fare213"
        " | Mức hỗ trợ=-:subsidy213 | Ngày lập=date@%d/%m/%Y | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "khach_luu_tru_qua_dem_tau_du_lich_vinh_lan_ha_khai_bao_cong_an_dac_khu_cat_hai_vn213",
        "STT=row | Mã booking=-:booking213 | Họ tên khách=full_name"
        " | Ngày sinh=birth_date@%Y-%m-%d | Giới tính=sex | Loại giấy tờ=-:doc_kind213"
        " | Số giấy tờ=cccd | Quốc tịch=-:nationality213 | Địa chỉ thường trú=address"
        " | SĐT liên hệ=phone:phone_dotted | Email=email | Tên tàu=-:ship213"
        " | Số đăng ký tàu=-:ship_reg213 | Cabin=-:cabin213 | Ngày lên tàu=date@%d/%m/%Y"
        " | Ngày rời tàu=date:after213 | Thuyền trưởng=-:captain213 | Giờ khai báo=timestamp",
        encoding="utf-8",
    ),
    _shape(
        "co_so_nuoi_bien_chuyen_doi_phao_xop_sang_phao_hdpe_tram_thuy_san_van_don_vn213",
        "TT=row | Chủ cơ sở nuôi=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | CCCD=cccd:cccd_spaced | Địa chỉ=address:addr_hdpe213 | Điện thoại=phone"
        " | Đối tượng nuôi=-:species213 | Số ô lồng=-:cages213"
        " | Phao xốp thu hồi (quả)=-:foam213 | Phao HDPE thay thế (quả)=-:hdpe213"
        " | Kinh phí hỗ trợ (đ)=-:hdpe_aid213 | Ngày nghiệm thu=date@%d/%m/%Y"
        " | Cán bộ nghiệm thu=-:inspector213",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ca_nhan_duoc_giao_khu_vuc_bien_nuoi_ngao_tien_hai_thai_thuy_hung_yen_vn213",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Xã=ward:commune213 | Huyện (cũ)=district:district213 | Tỉnh=province:province213"
        " | SĐT=phone | Vị trí khu vực biển (tọa độ)=-:coords213 | Diện tích (ha)=-:area213"
        " | Thời hạn giao (năm)=-:term213 | Số QĐ giao KVB=-:decision213"
        " | Ngày QĐ=date@%d/%m/%Y | Tiền SD KVB (đ/năm)=-:sea_fee213",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "lien_anh_lien_chi_dang_ky_hat_quan_ho_tren_thuyen_hoi_lim_bac_ninh_vn213",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Làng quan họ=-:qh_village213 | Nơi ở hiện nay=address:addr_qh213"
        " | Điện thoại=phone | Bọn / CLB quan họ=-:qh_club213 | Vai=-:qh_role213"
        " | Số làn điệu thuộc=-:songs213 | Danh hiệu=-:title213 | Trưởng bọn=-:qh_head213"
        " | Ngày đăng ký=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hoa_tieu_hang_hai_gcn_kha_nang_chuyen_mon_chi_cuc_hang_hai_hai_phong_vn213",
        "TT=row | Họ và tên hoa tiêu=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số ĐDCN=cccd | Hạng hoa tiêu=-:pilot_rank213 | Số GCN KNCM=-:pilot_cert213"
        " | Vùng hoa tiêu=-:pilot_zone213 | Tổ chức hoa tiêu=-:pilot_org213"
        " | Ngày cấp=date@%d/%m/%Y | Hiệu lực đến=-:pilot_until213"
        " | Tàu lớn nhất được dẫn (GT)=-:pilot_gt213 | Nơi cư trú=address:addr_pilot213"
        " | Di động=phone | Thư điện tử=email",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "chu_trau_dang_ky_le_hoi_choi_trau_do_son_hai_phong_vn213",
        "STT=row | Số hiệu trâu=-:buffalo_no213 | Họ tên chủ trâu=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | CCCD chủ trâu=cccd"
        " | Phường (sau sắp xếp)=ward:ward_ds213 | Địa chỉ (cũ)=address:addr_ds213"
        " | SĐT=phone | Giáp=-:giap213 | Nguồn gốc trâu=-:origin213"
        " | Tuổi / vòng ngực=-:buffalo_body213 | Ngày kiểm dịch=date@%d/%m/%Y"
        " | Cán bộ thú y=-:vet213 | Kết quả=-:result213",
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
    "addr_casino213",
    "addr_blv213",
    "addr_coto213",
    "addr_hdpe213",
    "addr_qh213",
    "addr_pilot213",
    "addr_ds213",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND213",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND213",
]
