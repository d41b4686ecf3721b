"""The two-hundred-and-fifty-fifth part of the outside corpus, **blind 255** (written 08:25
UTC, 2026-12-07, never used for tuning): person files nine agencies and companies of the
industrial Southeast after the July 2025 merger (Đồng Nai with the former Bình Phước, Tây Ninh
with the former Long An, Hồ Chí Minh City with the former Bình Dương and Bà Rịa–Vũng Tàu) could
hand over. The rubber tappers at a state rubber company's best-tapper contest, in UTF-8 with a
BOM and semicolons (the plantation, the team, the years tapping, the theory and the tapping
scores, the grade; the address in its old four-part form); the cashew growers a cooperative
takes into an organic chain, in Windows-1258 with tabs and no diacritics anywhere (the land
parcel, the hectares, the variety, the expected crop, the growing area code); the workers
renting rooms in a trade union housing block for industrial zones, in UTF-16 with tabs (the
home province, the company, the social insurance number, the room, the rent; the address in the
new two-level form); the trainees of an offshore safety training centre in Vũng Tàu, in Excel
with headers in Vietnamese and English (the company, the position, the course, the certificate
and its expiry, the sex written Male/Female); the cassava growers handed clean cuttings against
the mosaic disease, in Windows-1258 with semicolons (the hamlet, the new commune and the
province in separate columns, the diseased area, the share sick, the variety, the cuttings, the
signature); the union members handed vouchers for a trade union Tết market, in UTF-8 with
commas (the workshop, the grassroots union, the hardship, the voucher and its value); the
truck drivers crossing the Mộc Bài border gate, in Excel (the driving licence and its class,
the plate and the trailer, the owner, the goods, the direction, the border pass); the workers
screened for noise-induced hearing loss by a provincial disease control centre, in UTF-8 with
a BOM and tabs (the company, the work post, the noise level, the audiogram, the finding; the
address old or new as it was keyed); and the members of a microcredit fund for poor workers, in
UTF-16 with semicolons and ISO dates (the member code, the group, the purpose, the loan, the
term, the spouse who guarantees it, the balance).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind255_writers import WRITERS_BLIND255
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND255: tuple[Shape, ...] = (
    _shape(
        "cong_nhan_du_hoi_thi_tho_cao_mu_gioi_cong_ty_tnhh_mtv_cao_su_phu_rieng_dong_nai_vn255",
        "STT=row | Họ và tên=full_name | Ngày tháng năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Nông trường=-:farm255 | Đội SX=-:team255"
        " | Tuổi nghề (năm)=-:tenure255 | Địa chỉ thường trú=address:dn_old255 | SĐT=phone"
        " | Điểm lý thuyết (/10)=-:theory255 | Điểm thực hành (cạo 20 cây)=-:practice255"
        " | Xếp loại=-:rank255 | Ngày thi=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "ho_trong_dieu_lien_ket_chuoi_chung_nhan_huu_co_htx_nong_nghiep_bu_dang_dong_nai_vn255",
        "TT=row | Ho ten chu ho=full_name:full_name_ascii | Ngay sinh=birth_date@%d/%m/%Y"
        " | So CCCD=cccd:cccd_spaced | Dia chi=address:dn_old_ascii255"
        " | Dien thoai=phone:phone_dotted | Thua dat=-:parcel255 | DT vuon dieu (ha)=-:ha255"
        " | Giong=-:variety255 | San luong du kien (tan)=-:yield255"
        " | Ma vung trong=-:areacode255 | Ngay danh gia noi bo=date@%d/%m/%Y"
        " | Ghi chu=-:cashew_note255",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "cong_nhan_thue_phong_thiet_che_cong_doan_nha_luu_tru_kcn_ldld_tphcm_vn255",
        "STT=row | Họ tên NLĐ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Nam/Nữ=sex"
        " | CCCD=cccd | Quê quán=-:hometown255 | Địa chỉ tạm trú (sau sắp xếp)=address:se_new255"
        " | Điện thoại=phone:phone_spaced | Đơn vị làm việc=-:company255 | Mã số BHXH=-:bhxh"
        " | Phòng=-:room255 | Số người ở=-:occupants255 | Giá thuê (đ/tháng)=-:rent255"
        " | Ngày vào ở=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hoc_vien_huan_luyen_an_toan_bosiet_huet_trung_tam_dao_tao_dau_khi_vung_tau_vn255",
        "No.=row | Họ và tên / Full name=full_name | Ngày sinh / DOB=birth_date@%d-%m-%Y"
        " | Giới tính / Sex=sex:sex_en255 | Số CCCD / ID No.=cccd"
        " | Địa chỉ / Address=address:se_mixed255 | Mobile=phone | Email=email"
        " | Công ty / Company=-:oilco255 | Chức danh / Position=-:position255"
        " | Khóa học / Course=-:course255 | Ngày học / Training date=date@%d-%m-%Y"
        " | Số chứng chỉ / Cert. No.=-:cert255 | Hết hạn / Expiry=-:expiry255",
        file="xlsx",
    ),
    _shape(
        "ho_trong_mi_benh_kham_la_nhan_hom_giong_sach_benh_chi_cuc_trong_trot_bvtv_tay_ninh_vn255",
        "STT=row | Họ tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Ấp/Khu phố=street:tn_line255 | Xã, phường (mới)=ward:tn_ward255"
        " | Tỉnh=province:tn_prov255 | SĐT=phone | DT mì nhiễm bệnh (ha)=-:sick_ha255"
        " | Tỷ lệ bệnh (%)=-:rate255 | Giống đề nghị=-:cassava255"
        " | SL hom giống (hom)=-:cuttings255 | Ngày nhận=date@%d/%m/%Y | Ký nhận=-:sign255",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "doan_vien_nhan_phieu_mua_hang_cho_tet_cong_doan_kcn_long_hau_tay_ninh_vn255",
        "TT=row | Họ và tên đoàn viên=full_name | Ngày/tháng/năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | CCCD=cccd | Bộ phận=-:dept255 | Công đoàn cơ sở=-:union255"
        " | Hoàn cảnh=-:hardship255 | Số phiếu=-:voucher255 | Mệnh giá (đồng)=-:face255"
        " | Nơi ở hiện nay=address:se_new255 | SĐT=phone | Ngày nhận phiếu=date@%d/%m/%Y",
        encoding="utf-8",
        delimiter=",",
    ),
    _shape(
        "lai_xe_van_tai_hang_hoa_qua_cua_khau_quoc_te_moc_bai_tram_kiem_soat_bien_phong_vn255",
        "STT=row | Họ tên lái xe=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số định danh cá nhân=cccd | Số GPLX=-:licence255 | Hạng=-:class255"
        " | Biển số đầu kéo=-:plate255 | Số rơ moóc=-:trailer255"
        " | Giấy thông hành=-:passport255 | Chủ phương tiện=-:owner255"
        " | Loại hàng=-:goods255 | Hướng=-:dir255 | Ngày qua CK=date@%d/%m/%Y"
        " | HKTT=address:se_old255 | ĐT liên lạc=phone",
        file="xlsx",
    ),
    _shape(
        "nguoi_lao_dong_do_thinh_luc_sang_loc_diec_nghe_nghiep_do_tieng_on_cdc_dong_nai_vn255",
        "STT=row | Họ và tên=full_name | NS=birth_date@%d/%m/%Y | GT=sex | CCCD=cccd"
        " | Cty=-:company255 | Vị trí làm việc=-:workpos255 | Mức ồn (dBA)=-:dba255"
        " | Tuổi nghề=-:tenure255 | Thính lực đồ P/T (dB)=-:ptr255 | Kết luận=-:hearing255"
        " | Địa chỉ=address:se_mixed255 | SĐT=phone | Ngày đo=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "thanh_vien_vay_von_quy_tro_von_lao_dong_ngheo_tu_tao_viec_lam_chi_nhanh_tdm_vn255",
        "STT=row | Mã TV=-:member255 | Họ tên thành viên=full_name"
        " | Ngày sinh=birth_date@%Y-%m-%d | CCCD=cccd | Địa chỉ=address:se_new255"
        " | ĐT=phone | Tổ/Cụm=-:group255 | Mục đích vay=-:purpose255"
        " | Số tiền vay (đ)=-:loan255 | Kỳ hạn=-:term255 | Ngày giải ngân=date@%Y-%m-%d"
        " | Người bảo lãnh (vợ/chồng)=-:kin255 | Dư nợ (đ)=-:balance255",
        encoding="utf-16",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ()
SEX_HOLDS: tuple[str, ...] = ("sex_en255",)
NAME_HOLDS: frozenset[str] = frozenset()
PHONE_HOLDS: tuple[str, ...] = ()
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "se_old255",
    "se_new255",
    "se_mixed255",
    "dn_old255",
    "dn_old_ascii255",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND255",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND255",
]
