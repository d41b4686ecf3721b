"""The four-hundred-and-thirty-ninth part of the outside corpus, **blind 439** (written 01:15 UTC,
2026-12-08, never used for tuning): person files a city's market-surveillance teams, a night
market's organising board, a market management board, a ward market's board with its partner
banks, an Onitsha traders' association, an El Alto gremio de comerciantes, a Bangkok district
office's fresh-market section, a Tbilisi bazaar's administration and a Quetzaltenango municipal
market's administration could hand over about market traders and their helpers.
Four Vietnamese files: a list of traders fined for selling goods without invoices or papers
proving their origin, in Excel (the market and the stall, the goods seized, the quantity and
their worth, the minutes and the decision with its number, the fine, the extra sanction, the
team and the inspector who drew up the minutes, whether the fine was paid); a night market's
register of stall helpers in Windows-1258 with tabs (the market, the booth and its goods, the
booth owner with their CCCD, the helper with their own CCCD, how they are related to the owner,
their home town, where they lodge now, the entry badge, the shift and the day it was issued); a
market board's book of stall transfers in UTF-16 with tabs (the contract, the lot and its area,
the trade, the holder giving up the stall with their CCCD, the new holder with their birth date,
CCCD, home and phone, the reason, the day signed, the term's end, the monthly fee, the time last
updated); and a market's list of traders signed up for QR payments in UTF-8 with a BOM and
semicolons (the CCCD spaced, the street and the ward apart, the kiosk and the trade, the bank and
the account, the bank officer who helped and their phone, the state of the QR board).
Five foreign files: a Nigerian market association's members in UTF-8 (surname, first and other
names apart, the NIN, dates written 05-Mar-1978, the home and its LGA, the state of origin, the
shop and its line, the next of kin and their phone, the dues); a Bolivian gremio's affiliates in
Windows-1252 with semicolons (both surnames apart, the CI with its department, the street and
the zone, the puesto and rubro, the sector's delegate, the dues); a Thai fresh market's stall
holders romanised in Excel (the name with its title, the 13-digit id dashed with its mod-11
digit, Buddhist-era dates, the house-register address, the zone and stall, the rent); a Tbilisi
bazaar's traders in UTF-8 with Georgian headers (the father's name, the personal number, the
actual address, the pavilion and counter, the goods, the rent in lari); and a Guatemalan
municipal market's adjudicatarios in Latin-1 (the full name with both surnames, the DPI's CUI
with its mod-11 digit, the home with its zona, the local and the sector, the monthly arbitrio,
the day the local was adjudicated, whether the trader is solvent).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind439_writers import WRITERS_BLIND439
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND439: tuple[Shape, ...] = (
    _shape(
        "tieu_thuong_bi_xu_phat_kinh_doanh_hang_hoa_khong_ro_nguon_goc_doi_qltt_vn439",
        "STT=row | Họ tên người vi phạm=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Địa chỉ thường trú=address | Chợ=-:market439"
        " | Quầy/sạp số=-:stall439"
        " | Hàng hóa vi phạm (không có hóa đơn, chứng từ chứng minh nguồn gốc)=-:seized439"
        " | Số lượng=-:qty439 | Trị giá hàng hóa (đồng)=-:worth439"
        " | Số biên bản=-:minutes439 | Ngày lập biên bản=date@%d/%m/%Y"
        " | Số QĐ XPVPHC=-:decision439 | Số tiền phạt (đồng)=-:fine439"
        " | Hình thức xử phạt bổ sung=-:extra439 | Đơn vị xử lý=-:team439"
        " | Kiểm soát viên lập BB=-:inspector439 | Tình trạng thi hành=-:paid439",
        file="xlsx",
    ),
    _shape(
        "nguoi_phu_ban_hang_gian_hang_cho_dem_dang_ky_ban_to_chuc_vn439",
        "TT=row | Tên chợ đêm=-:night439 | Số gian hàng=-:booth439"
        " | Mặt hàng kinh doanh=-:nightgoods439 | Chủ gian hàng=-:owner439"
        " | CCCD chủ gian hàng=-:ownercccd439 | Họ tên người phụ bán hàng=full_name"
        " | Ngày tháng năm sinh=birth_date@%d/%m/%Y | Số CCCD người phụ bán=cccd"
        " | Quan hệ với chủ gian hàng=-:kindof439 | Quê quán=-:hometown439"
        " | Nơi ở hiện nay=address:lodging439 | Điện thoại=phone:phone_spaced"
        " | Số thẻ ra vào=-:badge439 | Ca bán hàng=-:shift439 | Ngày cấp thẻ=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "so_theo_doi_chuyen_nhuong_quyen_su_dung_diem_kinh_doanh_ban_quan_ly_cho_vn439",
        "STT=row | Số HĐ=-:contract439 | Lô/sạp=-:lot439 | Diện tích (m2)=-:area439"
        " | Ngành hàng=-:line439 | Người chuyển nhượng=-:fromname439"
        " | CCCD người chuyển nhượng=-:fromcccd439 | Người nhận chuyển nhượng=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | CCCD người nhận=cccd"
        " | HKTT người nhận=address | SĐT=phone | Lý do chuyển nhượng=-:reason439"
        " | Ngày ký HĐ=date@%d/%m/%Y | Thời hạn sử dụng đến=date:until439"
        " | Phí sử dụng ĐKD/tháng (đ)=-:monthfee439 | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "tieu_thuong_dang_ky_thanh_toan_ma_qr_cho_4_0_ban_quan_ly_cho_vn439",
        "STT=row | Họ và tên tiểu thương=full_name | Ngày sinh=birth_date@%d.%m.%Y"
        " | Số CCCD=cccd:cccd_spaced | Số nhà, đường=street | Phường=ward:ward439"
        " | Điện thoại=phone:phone_dotted | Ki-ốt số=-:kiosk439 | Ngành hàng=-:line439"
        " | Ngân hàng=-:bank439 | Số tài khoản=-:account439 | Ngày đăng ký=date@%d.%m.%Y"
        " | Cán bộ NH hỗ trợ=-:banker439 | SĐT cán bộ NH=-:bankerphone439"
        " | Tình trạng=-:qr439",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "market_association_members_ng439",
        "S/N=row | Surname=family_name:ng_family439 | First Name=given_name:ng_given439"
        " | Other Name=-:ng_other439 | Sex=sex:sex_ng439 | Date of Birth=birth_date@%d-%b-%Y"
        " | NIN=national_id:ng_nin439 | Phone No.=phone:phone_ng439"
        " | Residential Address=address:ng_home439 | LGA of Residence=district:ng_lga439"
        " | State of Origin=-:ng_origin439 | Shop No./Line=-:ng_shop439"
        " | Next of Kin=-:ng_kin439 | NOK Phone=-:ng_kinphone439"
        " | Date Registered=date@%d/%m/%Y | Dues Status=-:ng_dues439",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "gremio_comerciantes_afiliados_bo439",
        "Nro.=row | Apellido Paterno=family_name:bo_pat439 | Apellido Materno=-:bo_mat439"
        " | Nombre(s)=given_name:bo_given439 | C.I.=national_id:bo_ci439"
        " | Fecha Nac.=birth_date@%d/%m/%Y | Sexo=sex:sex_bo439"
        " | Domicilio=street:bo_street439 | Zona=suburb:bo_zone439"
        " | Celular=phone:phone_bo439 | Rubro=-:bo_rubro439 | Puesto N°=-:bo_puesto439"
        " | Fecha de afiliación=date@%d/%m/%Y | Cuota gremial=-:bo_cuota439"
        " | Delegado de sector=-:bo_delegado439",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "talat_phaeng_kha_romanised_th439",
        "Lamdap=row | Chue - Namsakun=full_name:th_name439"
        " | Lek Prachachon (13 Lak)=national_id:th_id439"
        " | Wan/Duean/Pi Koet (Pho.So.)=birth_date:th_dob439 | Phet=sex:sex_th439"
        " | Thi Yu Tam Thabian Ban=address:th_addr439"
        " | Thorasap Mue Thue=phone:phone_th439 | Phaeng Thi=-:th_stall439"
        " | Sinkha=-:th_goods439 | Kha Chao Phaeng (Baht/Duean)=-:th_rent439"
        " | Wan Tham Sanya=date:th_contract439",
        english=True,
        file="xlsx",
    ),
    _shape(
        "bazris_vachrebi_ge439",
        "№=row | გვარი=family_name:ge_family439 | სახელი=given_name:ge_given439"
        " | მამის სახელი=-:ge_father439 | პირადი ნომერი=national_id:ge_pn439"
        " | დაბადების თარიღი=birth_date@%d.%m.%Y | სქესი=sex:sex_ge439"
        " | ფაქტობრივი მისამართი=address:ge_home439 | მობ. ტელეფონი=phone:phone_ge439"
        " | დახლი=-:ge_stall439 | სასაქონლო ჯგუფი=-:ge_goods439 | ქირა (₾)=-:ge_fee439"
        " | ხელშეკრულების თარიღი=date@%d.%m.%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "mercado_municipal_adjudicatarios_gt439",
        "No.=row | Nombre completo=full_name:gt_name439 | DPI (CUI)=national_id:gt_dpi439"
        " | Fecha de nacimiento=birth_date@%d/%m/%Y | Sexo=sex:sex_gt439"
        " | Dirección de residencia=address:gt_home439 | Teléfono=phone:phone_gt439"
        " | No. de local=-:gt_local439 | Sector=-:gt_sector439 | Giro comercial=-:gt_giro439"
        " | Arbitrio mensual=-:gt_arbitrio439 | Fecha de adjudicación=date:gt_since439"
        " | Estado=-:gt_solv439",
        english=True,
        encoding="latin-1",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "ng_nin439",
    "bo_ci439",
    "th_id439",
    "ge_pn439",
    "gt_dpi439",
)
SEX_HOLDS: tuple[str, ...] = ("sex_ng439", "sex_bo439", "sex_th439", "sex_ge439", "sex_gt439")
NAME_HOLDS = frozenset(
    {"ng_family439", "ng_given439", "bo_pat439", "bo_given439", "th_name439"}
    | {"ge_family439", "ge_given439", "gt_name439"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ng439",
    "phone_bo439",
    "phone_th439",
    "phone_ge439",
    "phone_gt439",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "lodging439",
    "ng_home439",
    "th_addr439",
    "ge_home439",
    "gt_home439",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND439",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND439",
]
