"""The three-hundred-and-eighth part of the outside corpus, **blind 308** (written 10:37 UTC,
2026-12-07, never used for tuning): person files a ward of Sa Đéc, the Gò Công clam
cooperative, Cao Lãnh's economic office, Tràm Chim National Park, the province's crop
protection branch, a commune's culture office in Cái Bè, a culture and sports centre, the
Nghinh Ông festival board at Vàm Láng and a commune's Farmers' Union in the new Đồng Tháp
province (the former Đồng Tháp and Tiền Giang, merged in July 2025) could hand over.
Nine Vietnamese files: Sa Đéc flower gardens registering as places to visit in Windows-1258 with
semicolons and headers without diacritics (the old address keyed without diacritics beside the
new ward alone, the garden, its area, the flowers, the ticket, the guide); a Gò Công clam
cooperative's share-out in Excel (birth dates as Excel dates, the new two-level address beside
the address before 1 July 2025, the shares, the days guarding the beds, the profit, who takes it
for the member); Cao Lãnh mango growers given fruit bags in UTF-16 with tabs (the hamlet and the
new ward or commune apart, the variety, the orchard, the bags, the growing-area code, the
extension officer); the melaleuca fire watch around Tràm Chim in UTF-8 (the address in the old
or the new form, the post, the zone, the duty, the days, the pay, the team leader and his
phone, the watch's first and last day); Lò Rèn star apple packing houses coded for export in
UTF-8 with a byte-order mark and tabs (the packing house and its address apart from the
representative's home, the code, the capacity, the linked growing areas, the inspection);
Cái Bè's old houses surveyed in UTF-8 with a byte-order mark and semicolons (the house's address
apart from the owner's, the year built, the kind of house, the state, the keeper); rowers of a
three-plank boat race in Windows-1258 with tabs (the team, the race, the seat, whether the
rower swims, the coach and his phone); boats in the Nghinh Ông procession at Vàm Láng in UTF-8
with semicolons (``dd.mm.yyyy`` dates, the old Tiền Giang address, the boat's number, its
power, the crew, its place in the procession, the skipper and his phone, the life vests); and
eel farmers' loans from the Farmers' Union's fund in Excel (the old address beside the new
commune and the province, the tanks, the fry, the loan, its term and rate, the guarantor).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind308_writers import WRITERS_BLIND308
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND308: tuple[Shape, ...] = (
    _shape(
        "chu_vuon_hoa_kieng_lang_hoa_sa_dec_dang_ky_diem_tham_quan_check_in_ubnd_phuong_sa_dec_vn308",
        "STT=row | Ho ten chu vuon=full_name:full_name_ascii | Ngay sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex | So CCCD=cccd | Dia chi thuong tru (cu)=address:sd_old_ascii308"
        " | Phuong (moi)=ward:sd_ward_ascii308 | Dien thoai=phone | Ten diem vuon=-:garden308"
        " | Dien tich (m2)=-:garden_area308 | Hoa kieng chu luc=-:flower308"
        " | Gia ve (d/luot)=-:ticket308 | So lao dong=-:workers308"
        " | Nguoi huong dan khach=-:guide308 | Ngay dang ky=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "xa_vien_htx_nghieu_go_cong_chia_lai_vu_thu_hoach_nghieu_thit_xa_tan_thanh_vn308",
        "TT=row | Họ và tên xã viên=full_name | Ngày sinh=birth_date:excel_date"
        " | Số CCCD=cccd | Địa chỉ thường trú=address:gc_new308"
        " | Địa chỉ cũ (trước 01/7/2025)=address:gc_old308 | SĐT=phone:phone_spaced"
        " | Số cổ phần=-:shares308 | Vốn góp (đ)=-:capital308"
        " | Ngày công giữ bãi (chức danh)=-:guard_days308 | Tiền lãi được chia (đ)=-:profit308"
        " | Người nhận thay=-:proxy308 | Ngày chi=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "ho_trong_xoai_nhan_ho_tro_tui_bao_trai_xuat_khau_phong_kinh_te_phuong_cao_lanh_vn308",
        "STT=row | Họ tên chủ hộ=full_name | Năm sinh=birth_date@%Y-%m-%d | Giới tính=sex"
        " | Số ĐDCN=cccd | Ấp/Khóm=street:cl_line308 | Xã/Phường=ward:cl_ward308"
        " | Số ĐT=phone | Giống xoài=-:mango308 | DT vườn (ha)=-:mango_ha308"
        " | Số cây cho trái=-:trees308 | Số túi bao trái hỗ trợ=-:bags308"
        " | Mã số vùng trồng=-:area_code308 | CB khuyến nông phụ trách=-:extension308"
        " | Ngày nhận=date@%Y-%m-%d",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "thanh_vien_to_bao_ve_pccc_rung_tram_vung_dem_vuon_quoc_gia_tram_chim_nhan_thu_lao_vn308",
        "STT=row | Họ tên=full_name | NS=birth_date@%d/%m/%Y | GT=sex | CCCD=cccd:cccd_spaced"
        " | Nơi ở=address:tc_mixed308 | ĐTDĐ=phone | Tổ/Chốt=-:post308 | Phân khu=-:zone308"
        " | Nhiệm vụ=-:duty308 | Số ngày trực=-:shift_days308 | Thù lao (đồng)=-:pay308"
        " | Tổ trưởng=-:leader308 | SĐT tổ trưởng=-:leader_phone308"
        " | Từ ngày=date@%d/%m/%Y | Đến ngày=date:until308",
        encoding="utf-8",
    ),
    _shape(
        "co_so_dong_goi_vu_sua_lo_ren_xuat_khau_hoa_ky_cap_ma_so_chi_cuc_trong_trot_bvtv_vn308",
        "STT=row | Tên cơ sở đóng gói=-:packhouse308 | Người đại diện=full_name"
        " | Ngày sinh=birth_date@%d-%m-%Y | Số CCCD=cccd | Địa chỉ cơ sở=-:pack_addr308"
        " | Địa chỉ thường trú (ĐVHC mới)=address:vk_new308 | Điện thoại=phone:phone_dotted"
        " | Email=email | Mã số CSĐG=-:pack_code308 | Công suất (tấn/ngày)=-:capacity308"
        " | Vùng trồng liên kết=-:linked308 | Kết quả kiểm tra=-:pack_result308"
        " | Ngày cấp mã=date@%d-%m-%Y",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "kiem_ke_hien_trang_nha_co_dong_hoa_hiep_phong_van_hoa_xa_hoi_xa_cai_be_vn308",
        "STT=row | Chủ sở hữu=full_name | Sinh năm=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Địa chỉ nhà cổ=-:house_addr308 | Địa chỉ liên hệ của chủ nhà=address:cb_old308"
        " | Điện thoại=phone | Năm xây dựng=-:built308 | Kiểu nhà=-:house_kind308"
        " | Vật liệu chính=-:material308 | Hiện trạng=-:condition308"
        " | Khai thác du lịch=-:tourism308 | Người trông coi=-:keeper308"
        " | Ngày kiểm kê=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "van_dong_vien_dua_xuong_ba_la_giai_dua_ghe_truyen_thong_trung_tam_vhtt_the_thao_vn308",
        "STT=row | Họ và tên VĐV=full_name | Ngày sinh=birth_date@%d/%m/%Y | Nam/Nữ=sex"
        " | Số định danh=cccd | Thường trú=address:dt_new308 | SĐT=phone"
        " | Đội xuồng=-:boat_team308 | Nội dung thi=-:race308 | Vị trí=-:seat308"
        " | Cân nặng (kg)=-:weight | Biết bơi=-:swim308 | HLV=-:coach308"
        " | SĐT HLV=-:coach_phone308 | Ngày đăng ký=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "chu_ghe_dang_ky_tham_gia_ruoc_nghinh_ong_le_hoi_nghinh_ong_vam_lang_ban_to_chuc_vn308",
        "STT=row | Chủ ghe=full_name | NS=birth_date@%d.%m.%Y | CCCD/ĐDCN=cccd"
        " | Địa chỉ=address:vl_old308 | ĐT=phone | Số ĐK tàu=-:vessel308"
        " | Công suất (CV)=-:hp308 | Số người trên ghe=-:crew308"
        " | Vị trí trong đoàn rước=-:order308 | Thuyền trưởng=-:captain308"
        " | SĐT thuyền trưởng=-:captain_phone308 | Áo phao (cái)=-:vests308"
        " | Ngày đăng ký=date@%d.%m.%Y",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "hoi_vien_nuoi_luon_khong_bun_vay_quy_ho_tro_nong_dan_hoi_nong_dan_xa_vn308",
        "STT=row | Họ tên hội viên=full_name | Ngày tháng năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | CCCD=cccd | Ấp, xã, huyện (cũ)=address:eel_old308"
        " | Xã (mới)=ward:eel_ward308 | Tỉnh=province:eel_prov308 | SĐT=phone"
        " | Số bồn/bể nuôi=-:tanks308 | Số lươn giống (con)=-:fry308"
        " | Số tiền vay (đ)=-:loan308 | Thời hạn (tháng)=-:term308"
        " | Lãi suất (%/tháng)=-:rate308 | Người bảo lãnh=-:guarantor308"
        " | Ngày giải ngân=date@%d/%m/%Y",
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
    "sd_old_ascii308",
    "gc_new308",
    "gc_old308",
    "tc_mixed308",
    "vk_new308",
    "cb_old308",
    "dt_new308",
    "vl_old308",
    "eel_old308",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND308",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND308",
]
