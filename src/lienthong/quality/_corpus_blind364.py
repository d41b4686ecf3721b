"""The three-hundred-and-sixty-fourth part of the outside corpus, **blind 364** (written 13:40
UTC, 2026-12-07, never used for tuning): person files the heritage centre of Hội An, a ward's
women's union, a forest owner of the western mountains, the Mỹ Sơn relic board, a Chu Lai car
maker, a ward of Sơn Trà, a software park's startup centre, the Ngũ Hành Sơn ward office and a
land registration office could hand over, all of the merged city of Đà Nẵng (Đà Nẵng and the
former Quảng Nam under the two-level government, old addresses still naming quận, huyện, thị
xã and tỉnh Quảng Nam). Nine Vietnamese files: Kim Bồng carpenters under restoration contracts
for Hội An's old houses in Windows-1258 with semicolons (the old home address, the grade, the
relic worked on, the contract, the day wage); the boat women who sell lanterns and sweets on
the Hoài river, trained in food safety, in Excel (the boat number, the goods, the women's union
branch, the husband, the result); Cơ Tu households paid for protecting forest in UTF-16 with
tabs (names such as Bhling, Alăng, Zơrâm, the village and commune, the sub-compartment, the
hectares, the payment, the forest owner, the bank account, the village head); Mỹ Sơn's guides
in UTF-8 with a BOM (the guide code, languages, the site card, the place of origin, the tours,
e-mail, the update time); Chu Lai car plant workers asking for a dormitory bed in UTF-8 with
semicolons (staff number, hometown in another province, plant, section, shift, room, an
emergency contact); Sơn Trà's small boats registering their moorings in Windows-1258 with tabs
(the ĐNa registration, length, horsepower, gear, mooring, the ward alone); an IT park's startup
applications in UTF-8 with snake_case headers without diacritics (the project, the company's
tax code, field, team, university, stage); Non Nước stone carvers relocating their workshops
in UTF-8 with a BOM and semicolons (the workshop's address beside the home, the craft, the
area, the workers, the resettlement lot); and households asking a land office to rewrite the
address on their land certificates after the merger in Excel (the dossier, the old parcel
address, parcel and map sheet, the certificate, the status, the due date).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind364_writers import WRITERS_BLIND364
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND364: tuple[Shape, ...] = (
    _shape(
        "tho_moc_kim_bong_hop_dong_trung_tu_nha_co_tt_bao_ton_di_san_hoi_an_dn364",
        "STT=row | Họ và tên thợ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Nơi thường trú (theo CCCD)=address:old_addr364"
        " | Bậc thợ=-:carp_grade364 | Công trình trùng tu=-:relic364"
        " | Số HĐ=-:contract364 | Ngày ký HĐ=date@%d/%m/%Y"
        " | Đơn giá ngày công (đồng)=-:wage364 | SĐT liên hệ=phone | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "chi_em_ban_hang_tren_thuyen_song_hoai_tap_huan_attp_hoi_lhpn_phuong_hoi_an_dn364",
        "TT=row | Họ tên hội viên=full_name | Ngày sinh=birth_date:excel_date"
        " | Số ĐDCN=cccd:cccd_spaced | Chi hội=-:women_branch364 | Số ĐK thuyền=-:boat_no364"
        " | Mặt hàng KD=-:boat_goods364 | Chỗ ở hiện nay=address:ha_addr364"
        " | Điện thoại=phone:phone_spaced | Họ tên chồng=-:husband364"
        " | Ngày tập huấn=date:excel_event | KQ kiểm tra=-:attp_result364",
        file="xlsx",
    ),
    _shape(
        "ho_dong_bao_co_tu_nhan_khoan_bao_ve_rung_chi_tra_dvmtr_dn364",
        "STT=row | Họ và tên chủ hộ=full_name:cotu_name364 | Ngày sinh=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | CCCD=cccd | Thôn, xã=address:cotu_addr364"
        " | Tiểu khu/Khoảnh/Lô=-:forest_plot364 | DT nhận khoán (ha)=-:forest_ha364"
        " | Số tiền DVMTR (đ)=-:pfes364 | Chủ rừng=-:forest_owner364"
        " | Số TK NHCSXH=-:vbsp_acct364 | Trưởng thôn xác nhận=-:village_head364"
        " | Ngày chi trả=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "thuyet_minh_vien_tai_diem_ban_quan_ly_di_tich_my_son_dn364",
        "TT=row | Mã TMV=-:guide_code364 | Họ tên=full_name"
        " | Ngày sinh=birth_date@%d-%m-%Y | Giới=sex | Số định danh=cccd | Ngoại ngữ=-:langs364"
        " | Số thẻ HDV tại điểm=-:site_card364 | Quê quán=-:home_origin364"
        " | Nơi ở hiện nay=address:dn_addr364 | Di động=phone:phone_dotted | Email=email"
        " | Số đoàn phục vụ trong tháng=-:tours364 | Cập nhật lúc=timestamp",
        encoding="utf-8-sig",
    ),
    _shape(
        "cong_nhan_nha_may_o_to_chu_lai_dang_ky_ky_tuc_xa_dn364",
        "STT=row | MSNV=-:emp_no364 | HỌ VÀ TÊN=full_name:full_name_caps"
        " | NGÀY SINH=birth_date@%d/%m/%Y | GIỚI TÍNH=sex:sex_caps | SỐ CCCD=cccd"
        " | HKTT=address:hometown364 | NHÀ MÁY=-:plant364 | BỘ PHẬN=-:section364"
        " | CA=-:shift364 | PHÒNG KTX=-:room364 | NGÀY VÀO Ở=date@%d/%m/%Y"
        " | NGƯỜI LIÊN HỆ KHẨN CẤP=-:kin364 | SĐT NGƯỜI LH=-:kin_phone364 | SĐT=phone",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "chu_thuyen_thung_ghe_duoi_6m_dang_ky_noi_neo_dau_ubnd_phuong_son_tra_dn364",
        "Stt=row | Chủ phương tiện=full_name | Ngày sinh=birth_date@%d/%m/%Y | CCCD=cccd"
        " | Địa chỉ thường trú=address:sontra_addr364 | Phường=ward:ward_st364"
        " | Số đăng ký=-:dna_boat364 | Chiều dài (m)=-:boat_len364"
        " | Công suất (CV)=-:boat_cv364 | Nghề=-:gear364 | Nơi neo đậu=-:mooring364"
        " | ĐT=phone | Ngày đăng ký=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "ho_so_dang_ky_uom_tao_khoi_nghiep_cong_vien_phan_mem_da_nang_dn364",
        "stt=row | ten_du_an=-:project364 | ho_ten_nguoi_sang_lap=full_name:full_name_ascii"
        " | ngay_sinh=birth_date@%Y-%m-%d | gioi_tinh=sex:sex_caps | so_cccd=cccd"
        " | email=email | sdt=phone | dia_chi_lien_he=address:dn_addr_ascii364"
        " | mst_doanh_nghiep=-:mst | linh_vuc=-:field364 | so_thanh_vien=-:team364"
        " | truong_tot_nghiep=-:uni364 | giai_doan=-:stage364 | ngay_nop=date@%Y-%m-%d"
        " | cap_nhat=timestamp",
        encoding="utf-8",
    ),
    _shape(
        "co_so_che_tac_da_my_nghe_non_nuoc_dang_ky_di_doi_ubnd_phuong_ngu_hanh_son_dn364",
        "STT=row | Chủ cơ sở=full_name | Ngày/tháng/năm sinh=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | Số CCCD=cccd | Địa chỉ cơ sở sản xuất=-:workshop364"
        " | Địa chỉ thường trú=address:dn_addr364 | Phường=ward:nhs_ward364"
        " | Sản phẩm chính=-:stone364 | Diện tích xưởng (m2)=-:area364"
        " | Số LĐ=-:workers364 | Lô đất đề xuất=-:lot364 | Điện thoại=phone"
        " | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "ho_de_nghi_chinh_ly_dia_chi_tren_gcn_sau_sap_nhap_vpdk_dat_dai_chi_nhanh_dn364",
        "STT=row | Số hồ sơ=-:dossier364 | Họ tên người SDĐ=full_name"
        " | Ngày sinh=birth_date:excel_date | Số CCCD=cccd"
        " | Địa chỉ thường trú (mới)=address:dn_addr364"
        " | Địa chỉ thửa đất ghi trên GCN=-:parcel_addr364 | Thửa số=-:parcel364"
        " | Tờ BĐ số=-:map_sheet364 | Số phát hành GCN=-:cert364"
        " | Ngày nhận HS=date:excel_event | Hẹn trả=-:due364 | Tình trạng=-:cert_status364"
        " | SĐT=phone",
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ()
SEX_HOLDS: tuple[str, ...] = ()
NAME_HOLDS = frozenset({"cotu_name364"})
PHONE_HOLDS: tuple[str, ...] = ()
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "old_addr364",
    "ha_addr364",
    "cotu_addr364",
    "dn_addr364",
    "hometown364",
    "sontra_addr364",
    "dn_addr_ascii364",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND364",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND364",
]
