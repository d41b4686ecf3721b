"""The hundred-and-eighty-first part of the outside corpus, **blind 181** (written 01:01 UTC,
2026-12-07, never used for tuning): person files a Thanh Ha lychee cooperative, a regional
people's court, a Thai Binh commune health station, a Hanoi lower secondary school, the Trang An
boat rowers' management board, a Tay Ho ward, a Hanoi ward police, a court's civil bench and a
Thai Binh agricultural service cooperative could hand over. Nine Vietnamese files, all from the
Red River delta and Hanoi, several with units from before and after the 1 July 2025 merger side
by side: a lychee cooperative's growing-area register for export in Excel (the growing-area code,
the area in Bac Bo sao, trees, expected tonnes, the variety, the certificate, the address either
under Hai Duong's old district or Hai Phong's new commune); a regional court's criminal hearing
list in UTF-8 with a BOM and semicolons (the case number, the offence and the article, the victim,
the court, the presiding judge, the prosecutor, the defence, the hearing day and hour, the room);
a commune health station's hypertension and diabetes patients in Windows-1258 with tabs and
headers without diacritics (the patient code, the health insurance card, the diagnosis and its
ICD-10 code, the blood pressure in mmHg, the glucose in mmol/L, the drug, two visit dates); a
lower secondary school's incoming transfer pupils in UTF-16 with tabs (the pupil's personal
number, the class, the school and province left, the reason, a parent and the parent's phone, the
new address in old or new units); Trang An's boat rowers in Windows-1258 with semicolons (the CCCD
spaced, the boat, the wharf, the crew, the rower's card, trips a month, insurance, a dotted
phone); a Tay Ho ward's Tet peach and kumquat stall permits in plain UTF-8 (the stall, square
metres, the trees, the fee, the first day); a ward police's book of people who gave themselves up in
UTF-8 with a BOM and tabs (another name, the deed, who came along, the receiving officer, where
the case was sent, the time of the entry); a court's inheritance case parties in UTF-16 with
semicolons (the standing in the case, the deceased, the estate, the case number, the hearing
date); and an agricultural service cooperative's machine transplanting orders in Excel, its
merged two-level header flattened into "Đăng ký cấy máy - ..." (the hamlet, the season, the rice
variety, the trays, the plots, the cost).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind181_writers import WRITERS_BLIND181
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND181: tuple[Shape, ...] = (
    _shape(
        "xa_vien_htx_vai_thieu_thanh_ha_ma_vung_trong_xuat_khau_vn181",
        "STT=row | Họ và tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Địa chỉ=address:addr_th181 | Mã số vùng trồng=-:puc181"
        " | Diện tích (sào BB)=-:sao181 | Số cây (cây)=-:trees181"
        " | Sản lượng dự kiến (tấn)=-:yield181 | Giống vải=-:variety181"
        " | Chứng nhận=-:cert181 | Ngày ký cam kết=date@%d/%m/%Y | ĐT=phone",
        file="xlsx",
    ),
    _shape(
        "lich_xet_xu_so_tham_hinh_su_bi_cao_tand_khu_vuc_vn181",
        "STT=row | Số thụ lý=-:case181 | Họ tên bị cáo=full_name | Sinh ngày=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số ĐDCN=cccd | Nơi cư trú=address:addr_hn181 | Tội danh=-:crime181"
        " | Điều luật (BLHS)=-:article181 | Bị hại=-:victim181 | Tòa án=-:court181"
        " | Thẩm phán chủ tọa=-:judge181 | Kiểm sát viên=-:prosecutor181"
        " | Người bào chữa=-:lawyer181 | Ngày xét xử=date@%d/%m/%Y | Giờ=-:hour181"
        " | Phòng xử=-:room181",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "benh_nhan_tang_huyet_ap_dai_thao_duong_quan_ly_tram_y_te_xa_vn181",
        "TT=row | Ma BN=-:ncd_code181 | Ho va ten=full_name:full_name_ascii"
        " | Ngay sinh=birth_date@%d/%m/%Y | Gioi=sex:sex_ascii181 | So the BHYT=bhyt | So CCCD=cccd"
        " | Dia chi=address:addr_tb181 | Chan doan=-:diag181 | Ma ICD=-:icd181"
        " | HA luc phat hien (mmHg)=-:bp181 | Duong mau (mmol/L)=-:glu181"
        " | Ngay phat hien=date@%d/%m/%Y | Thuoc dang dung=-:drug181"
        " | Kham lai gan nhat=-:last_visit181 | DT=phone",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "hoc_sinh_chuyen_truong_den_thcs_phuong_ha_noi_vn181",
        "STT=row | Họ và tên học sinh=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới=sex"
        " | Mã định danh cá nhân=cccd | Mã HS (CSDL ngành)=-:moet181 | Lớp=-:grade181"
        " | Chuyển từ trường=-:from_school181 | Tỉnh/TP=-:from_prov181 | Lý do=-:reason181"
        " | Họ tên cha/mẹ (người giám hộ)=-:parent181 | SĐT PHHS=-:parent_phone181"
        " | Nơi ở hiện nay=address:addr_hn181 | Ngày tiếp nhận=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nguoi_cheo_do_khu_du_lich_trang_an_ninh_binh_vn181",
        "TT=row | Họ tên=full_name | Năm sinh (ngày/tháng/năm)=birth_date@%d-%m-%Y | Giới tính=sex"
        " | CCCD=cccd:cccd_spaced | HKTT=address:addr_nb181 | Số thuyền=-:boat181"
        " | Bến=-:wharf181 | Tổ đò=-:crew181 | Số thẻ lái đò=-:row_badge181"
        " | Lượt/tháng=-:trips181 | BH, áo phao=-:insure181 | SĐT=phone:phone_dotted"
        " | Ngày vào tổ=date@%d-%m-%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_dang_ky_diem_ban_dao_quat_tet_phuong_tay_ho_vn181",
        "STT=row | Họ tên chủ hộ  =full_name | NS=birth_date@%d.%m.%Y | CCCD=cccd"
        " | Địa chỉ thường trú=address:addr_tayho181 | Vị trí điểm bán=-:stall181"
        " | DT (m²)=-:area181 | Mặt hàng=-:tree181 | Lệ phí (đ)=-:fee181"
        " | Từ ngày=date@%d/%m/%Y | Điện thoại=phone",
        encoding="utf-8",
    ),
    _shape(
        "so_tiep_nhan_nguoi_ra_dau_thu_tu_thu_cong_an_phuong_vn181",
        "STT=row | Họ và tên=full_name | Tên gọi khác=-:alias181 | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh=cccd | Nơi cư trú=address:addr_hn181"
        " | Nội dung đầu thú/tự thú=-:deed181 | Người đi cùng=-:companion181"
        " | Cán bộ tiếp nhận=-:officer181 | Chuyển đến=-:handed181 | Thời gian tiếp nhận=timestamp",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "duong_su_vu_an_tranh_chap_thua_ke_tand_vn181",
        "STT=row | Số thụ lý=-:inh_case181 | Tư cách tố tụng=-:standing181"
        " | Họ tên đương sự=full_name | Sinh năm=birth_date@%Y-%m-%d | Giới tính=sex | CCCD số=cccd"
        " | Địa chỉ=address:addr_hn181 | Người để lại di sản=-:deceased181"
        " | Di sản tranh chấp=-:estate181 | Ngày mở phiên hòa giải=date@%d/%m/%Y"
        " | Số ĐT=phone",
        encoding="utf-16",
        delimiter=";",
    ),
    _shape(
        "xa_vien_dang_ky_cay_may_ma_khay_htx_dvnn_thai_binh_vn181",
        "STT=row | Họ và tên xã viên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Thôn/đội=-:hamlet181 | Đăng ký cấy máy - Vụ=-:season181"
        " | Đăng ký cấy máy - Giống lúa=-:rice181 | Đăng ký cấy máy - Số khay mạ (khay)=-:trays181"
        " | Đăng ký cấy máy - Số thửa/DT=-:plots181 | Thành tiền (đồng)=-:cost181"
        " | Ngày đăng ký=date@%d/%m/%Y | Điện thoại=phone",
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ()
SEX_HOLDS: tuple[str, ...] = ("sex_ascii181",)
NAME_HOLDS: frozenset[str] = frozenset()
PHONE_HOLDS: tuple[str, ...] = ()
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "addr_th181",
    "addr_hn181",
    "addr_tb181",
    "addr_nb181",
    "addr_tayho181",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND181",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND181",
]
