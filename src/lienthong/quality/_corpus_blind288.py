"""The two-hundred-and-eighty-eighth part of the outside corpus, **blind 288** (written 10:21 UTC,
2026-12-07, never used for tuning): person files an inland waterway port authority in Quy Nhơn,
a cassava starch factory at Ayun Pa, the Gia Lai education department, a commune's culture
office, the Đào Tấn tuồng theatre, the province's post office, community tourism teams of Gia Rai
and Ba Na villages, the industry promotion centre and the province museum could hand over, all
from the new Gia Lai province after the 2025 merger (the former Gia Lai around Pleiku and the
former Bình Định around Quy Nhơn and An Nhơn), their home addresses in the new two-level form or
still in the old one with the town or district.
Nine Vietnamese files: crews of the tourist canoes that take visitors to Kỳ Co, Eo Gió and Hòn
Khô in Windows-1258 with semicolons (the post on board, the canoe's registration, its owner, the
crew certificate, the wharf, the seats, the inspection's expiry); Gia Rai and Ba Na households
signing cassava contracts with the starch factory in Excel (the contract, the hectares, the
variety, the tonnes expected, the floor price, the fertiliser advance, the field officer);
Gia Rai and Ba Na teachers of the bilingual classes in UTF-16 with tabs and headers without
diacritics (the ethnic group, the school, the language taught, the class, the language
certificate and its day, an email); village elders leading revived rites in UTF-8 with a BOM and
semicolons (the group, the new commune alone, the rite, its day, the money, who takes it for
them, the village head's confirmation); the tuồng theatre's actors paid for rehearsals in UTF-8
(the troupe, the stock role, the professional rank, the rehearsals, the rate, the total, the
month, the day they joined); the culture post offices' agents in Excel (the point, its code, the
contract and its day, the services, the monthly fee, the bank account, the time last updated);
community tourism team members in Windows-1258 with tabs (the team, the task, the homestay, the
guests a year, the training, the day they joined, the profit share); the forges of Tây Phương
Danh asking for machines in UTF-8 with semicolons and ISO dates (the forge's lot apart from the
owner's home, the products, the workers, the machine, its cost, the support, the day filed, the
result); and carvers at the funeral-statue sculpture camp in UTF-8 with a BOM and tabs (the
ethnic group, the title, the works, the wood, the chief piece, the day they came, the daily fee).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind288_writers import WRITERS_BLIND288
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND288: tuple[Shape, ...] = (
    _shape(
        "thuyen_vien_ca_no_du_lich_dua_khach_ky_co_eo_gio_cang_vu_dtnd_quy_nhon_vn288",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Nơi thường trú=address:addr_bd288 | Số ĐT=phone"
        " | Chức danh trên PT=-:cano_role288 | Số đăng ký PT=-:cano_reg288"
        " | Chủ phương tiện=-:cano_owner288 | Bằng/CCCM=-:cano_cert288"
        " | Bến đón khách=-:cano_wharf288 | Sức chở (người)=-:cano_seats288"
        " | Hạn đăng kiểm=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_ky_hop_dong_bao_tieu_cu_mi_nha_may_tinh_bot_san_ayun_pa_vn288",
        "TT=row | Tên chủ hộ=full_name:hl_name288 | Năm sinh=birth_date@%d/%m/%Y | Nam/Nữ=sex"
        " | CCCD=cccd:cccd_spaced | Buôn/làng - xã=address:addr_ap288 | ĐTDĐ=phone:phone_spaced"
        " | Số HĐ bao tiêu=-:mi_contract288 | Ngày ký=date@%d/%m/%Y"
        " | Diện tích (ha)=-:mi_area288 | Giống=-:mi_variety288"
        " | SL dự kiến (tấn)=-:mi_yield288 | Giá sàn (đ/kg)=-:mi_price288"
        " | Ứng phân bón (đ)=-:mi_advance288 | CB nông vụ phụ trách=-:mi_officer288",
        file="xlsx",
    ),
    _shape(
        "giao_vien_day_tieng_jrai_bahnar_lop_song_ngu_tieu_hoc_so_gddt_gia_lai_vn288",
        "STT=row | Ho va ten=full_name:hl_name_ascii288 | Ngay sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex:sex_ascii288 | Dan toc=-:ethnic_ascii288 | So CCCD=cccd"
        " | Dia chi thuong tru=address:addr_ascii288 | DTDD=phone | Truong=-:school288"
        " | Mon day=-:lang288 | Lop phu trach=-:class288 | Chung chi tieng DTTS=-:lang_cert288"
        " | Ngay cap CC=date@%d/%m/%Y | Email=email",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "gia_lang_chu_tri_phuc_dung_le_hoi_truyen_thong_nhan_kinh_phi_phong_vh_xa_vn288",
        "STT=row | Họ và tên già làng=full_name:hl_name288"
        " | Ngày tháng năm sinh=birth_date@%d/%m/%Y | Số ĐDCN=cccd | Dân tộc=-:ethnic288"
        " | Địa chỉ=address:addr_pk288 | Xã (mới)=ward:ward_pk288 | Điện thoại=phone"
        " | Nghi lễ phục dựng=-:rite288 | Ngày tổ chức=date@%d/%m/%Y"
        " | Kinh phí hỗ trợ (đồng)=-:rite_money288 | Người nhận thay=-:rite_proxy288"
        " | Xác nhận của trưởng thôn=-:rite_headman288",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "dien_vien_nha_hat_tuong_dao_tan_boi_duong_luyen_tap_theo_buoi_vn288",
        "TT=row | Họ và tên=full_name | Sinh ngày=birth_date@%d-%m-%Y | Giới tính=sex"
        " | CCCD=cccd | Chỗ ở hiện nay=address:addr_bd288 | Di động=phone:phone_dotted"
        " | Đoàn/ Bộ phận=-:troupe288 | Vai/ Ngành nghề=-:role_type288"
        " | Hạng CDNN=-:rank288 | Ngày vào ngành=date@%d-%m-%Y"
        " | Số buổi tập=-:rehearse288 | Mức bồi dưỡng (đ/buổi)=-:fee288"
        " | Thành tiền (đ)=-:total288 | Tháng=-:month288 | Ký nhận=-:none",
        encoding="utf-8",
    ),
    _shape(
        "nhan_vien_diem_buu_dien_van_hoa_xa_hop_dong_dai_ly_buu_dien_tinh_gia_lai_vn288",
        "STT=row | Mã điểm=-:bd_code288 | Tên điểm BĐVHX=-:bd_point288"
        " | Nhân viên phụ trách=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Nơi thường trú=address:addr_ap288 | Điện thoại=phone"
        " | Số HĐ đại lý=-:bd_contract288 | Ngày ký HĐ=date@%d/%m/%Y"
        " | Dịch vụ triển khai=-:bd_services288 | Thù lao tháng (đ)=-:bd_pay288"
        " | Số TK nhận thù lao=-:bd_account288 | Cập nhật lúc=timestamp",
        file="xlsx",
    ),
    _shape(
        "thanh_vien_to_du_lich_cong_dong_lang_gia_rai_ba_na_phong_vh_xa_vn288",
        "TT=row | Họ tên=full_name:hl_name288 | NS=birth_date@%d/%m/%Y | Giới=sex"
        " | Số CCCD=cccd | Địa chỉ=address:addr_pk288 | SĐT=phone"
        " | Tổ DLCĐ=-:tour_team288 | Nhiệm vụ trong tổ=-:tour_task288"
        " | Đón khách ở tại nhà=-:tour_stay288 | Lượt khách/năm=-:tour_guests288"
        " | Đã tập huấn=-:tour_trained288 | Ngày vào tổ=date@%d/%m/%Y"
        " | Chia lợi nhuận 2025 (đ)=-:tour_share288",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "co_so_ren_tay_phuong_danh_de_nghi_ho_tro_may_moc_trung_tam_khuyen_cong_vn288",
        "STT=row | Chủ cơ sở=full_name | Ngày sinh=birth_date@%Y-%m-%d | CCCD chủ cơ sở=cccd"
        " | Nơi ở=address:addr_an288 | ĐT liên hệ=phone"
        " | Địa điểm lò rèn=-:forge_site288 | Sản phẩm chính=-:forge_product288"
        " | Số lao động=-:forge_workers288 | Thiết bị đề nghị hỗ trợ=-:forge_machine288"
        " | Tổng kinh phí (đ)=-:forge_cost288 | Khuyến công hỗ trợ (đ)=-:forge_support288"
        " | Ngày nộp HS=date@%Y-%m-%d | Kết quả thẩm định=-:forge_result288",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "nghe_nhan_du_trai_sang_tac_tuong_go_nha_mo_bao_tang_tinh_gia_lai_vn288",
        "STT=row | Họ và tên nghệ nhân=full_name:hl_name288 | Ngày sinh=birth_date@%d/%m/%Y"
        " | Dân tộc=-:ethnic288 | Số định danh=cccd | Nơi cư trú=address:addr_pk288"
        " | SĐT=phone | Danh hiệu=-:carver_title288 | Số tác phẩm=-:carver_works288"
        " | Chất liệu gỗ=-:carver_wood288 | Tác phẩm tiêu biểu=-:carver_piece288"
        " | Ngày đến trại=date@%d/%m/%Y | Bồi dưỡng (đ/ngày)=-:carver_fee288"
        " | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ()
SEX_HOLDS: tuple[str, ...] = ("sex_ascii288",)
NAME_HOLDS = frozenset({"hl_name288", "hl_name_ascii288"})
PHONE_HOLDS: tuple[str, ...] = ()
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "addr_bd288",
    "addr_an288",
    "addr_ap288",
    "addr_pk288",
    "addr_ascii288",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND288",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND288",
]
