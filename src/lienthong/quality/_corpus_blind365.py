"""The three-hundred-and-sixty-fifth part of the outside corpus, **blind 365** (written 13:43
UTC, 2026-12-07, never used for tuning): person files a commune's people's committee, a
commune health station, a rural water station, a provincial centre for rural water, the
Water and Sewerage Authority of Trinidad and Tobago, the Barbados Water Authority, the Water
and Sewerage Corporation of the Bahamas, Guyana Water Inc. and the Surinaamsche Waterleiding
Maatschappij could hand over, all about water and sanitation.
Four Vietnamese files: a commune's acceptance list of poor and near-poor households given a
subsidy to connect to the piped clean-water network, in Excel (the household head, the CCCD,
the hamlet, the category, the meter number, the subsidy and the household's share, the date of
connection, the acceptance signer); a health station's count of households that built hygienic
latrines, in UTF-8 with a BOM and semicolons (the latrine type, whether it meets the standard,
the cost, the village health worker who checked it); a rural water station's fee book in
Windows-1258 with tabs (the customer code, the meter readings, cubic metres, the amount, the
collector); and a campaign testing drilled wells for arsenic with field kits, in UTF-16 with
tabs (the well code, its depth, the arsenic reading in µg/l, whether it passes QCVN, the tester
and his phone, the advice given).
Five foreign files: a Trinidad and Tobago WASA new-connection register in UTF-8 (the national
ID number, yyyymmdd of birth and three digits; the regional corporation); a Barbados Water
Authority account list in UTF-8 with a BOM (the national registration number yymmdd-nnnn, the
parish); a Bahamas Water and Sewerage Corporation customer list in Windows-1252 (the National
Insurance number, the island and settlement); a Guyana Water Inc. customer list in UTF-8 with
tabs (the national ID card number, the region, the village); and a Suriname SWM customer list
in Windows-1252 with semicolons and Dutch headers (the ID-nummer, the ressort and district).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind365_writers import WRITERS_BLIND365
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND365: tuple[Shape, ...] = (
    _shape(
        "bien_ban_nghiem_thu_ho_ngheo_can_ngheo_ho_tro_dau_noi_nuoc_sach_ubnd_xa_vn365",
        "STT=row | Họ và tên chủ hộ=full_name | Năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Thôn/xóm=-:hamlet365 | Địa chỉ=address"
        " | Diện hộ=-:category365 | Số đồng hồ=-:meter365"
        " | Mức hỗ trợ (đồng)=-:subsidy365 | Hộ đối ứng (đồng)=-:share365"
        " | Ngày đấu nối=date@%d/%m/%Y | SĐT=phone"
        " | Người nghiệm thu=-:signer365 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "kiem_dem_ho_xay_moi_nha_tieu_hop_ve_sinh_tram_y_te_xa_vn365",
        "TT=row | Tên chủ hộ=full_name | Ng.sinh=birth_date@%d/%m/%Y | Nam/Nữ=sex"
        " | CCCD/ĐDCN=cccd:cccd_spaced | Thôn=-:hamlet365 | Xã=ward:xa365"
        " | Loại nhà tiêu=-:latrine365 | Đạt HVS=-:hvs365 | Chi phí xây (tr.đ)=-:cost365"
        " | Nguồn kinh phí=-:fund365 | Ngày kiểm tra=date@%d/%m/%Y"
        " | YTTB kiểm tra=-:vhw365 | Điện thoại=phone:phone_dotted",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "so_thu_tien_nuoc_tram_cap_nuoc_sinh_hoat_nong_thon_vn365",
        "STT=row | Mã KH=-:cust365 | Tên khách hàng=full_name | Địa chỉ=address"
        " | Số CCCD=cccd | Số ĐT=phone | Kỳ=-:period365 | CS cũ=-:old365"
        " | CS mới=-:new365 | Tiêu thụ (m3)=-:used365 | Thành tiền=-:amount365"
        " | Ngày thu=date@%d/%m/%Y | Người thu=-:collector365 | Ký nhận=-:sign365",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "chien_dich_test_nhanh_asen_gieng_khoan_ho_gia_dinh_trung_tam_nuoc_sach_vn365",
        "STT=row | Mã giếng=-:well365 | Chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | GT=sex | Số định danh=cccd | Thôn=-:hamlet365 | Xã/phường=ward:xa365"
        " | Huyện=district:huyen365 | Độ sâu giếng (m)=-:depth365 | Asen (µg/l)=-:arsenic365"
        " | Đánh giá (QCVN 01-1:2018/BYT)=-:verdict365 | Ngày test=date@%d/%m/%Y"
        " | Cán bộ test=-:tester365 | SĐT cán bộ=-:tester_phone365"
        " | Khuyến cáo=-:advice365",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "wasa_new_service_connection_register_tt365",
        "No.=row | Application No.=-:tt_app365 | National ID No.=national_id:tt_id365"
        " | Surname=family_name:cb_family365 | First Name=given_name:cb_given365"
        " | Date of Birth=birth_date@%d/%m/%Y | Sex=sex:sex_en"
        " | Premises Address=street:tt_street365 | Regional Corporation=-:tt_corp365"
        " | Contact No.=phone:tt_phone365 | Connection Size=-:tt_size365"
        " | Plumber=-:tt_plumber365 | Date Connected=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "bwa_domestic_account_holders_bb365",
        "Item=row | Account No.=-:bb_acct365 | National Registration No.=national_id:bb_nrn365"
        " | Surname=family_name:cb_family365 | Christian Names=given_name:cb_given365"
        " | D.O.B.=birth_date@%d-%b-%Y | Gender=sex:sex_en"
        " | Address=street:bb_street365 | Parish=state:bb_parish365"
        " | Tel. No.=phone:bb_phone365 | Meter No.=-:bb_meter365"
        " | Arrears (BBD)=-:bb_arrears365 | Last Payment=date@%d-%b-%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "wsc_customer_listing_new_providence_family_islands_bs365",
        "#=row | Customer Acct=-:bs_acct365 | NIB No.=national_id:bs_nib365"
        " | Last Name=family_name:cb_family365 | First Name=given_name:cb_given365"
        " | Birth Date=birth_date@%m/%d/%Y | Sex=sex:sex_en"
        " | Street Address=street:bs_street365 | Settlement=suburb:bs_settle365"
        " | Island=state:bs_island365 | Phone=phone:bs_phone365"
        " | Service Type=-:bs_service365 | Date Opened=date@%m/%d/%Y",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "gwi_customer_register_coastland_hinterland_gy365",
        "S/N=row | Customer No.=-:gy_cust365 | ID Card No.=national_id:gy_id365"
        " | Surname=family_name:gy_family365 | Given Names=given_name:gy_given365"
        " | Date of Birth=birth_date@%d/%m/%Y | Sex=sex:sex_en"
        " | Lot & Street=street:gy_street365 | Village/Ward=district:gy_village365"
        " | Region=state:gy_region365 | Cell No.=phone:gy_phone365"
        " | Meter Status=-:gy_meter365 | Date Registered=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "klantenbestand_huisaansluitingen_swm_sr365",
        "Volgnr.=row | Klantnummer=-:sr_klant365 | ID-nummer=national_id:sr_id365"
        " | Naam=family_name:sr_family365 | Voornamen=given_name:sr_given365"
        " | Geboortedatum=birth_date@%d-%m-%Y | Geslacht=sex:sr_sex365"
        " | Adres=street:sr_street365 | Ressort=suburb:sr_ressort365"
        " | District=state:sr_district365 | Telefoon=phone:sr_phone365"
        " | Aansluitdatum=date@%d-%m-%Y | Opmerking=-:sr_note365",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("tt_id365", "bb_nrn365", "bs_nib365", "gy_id365", "sr_id365")
SEX_HOLDS: tuple[str, ...] = ("sr_sex365",)
NAME_HOLDS = frozenset(
    {"cb_family365", "cb_given365", "gy_family365", "gy_given365"} | {"sr_family365", "sr_given365"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "tt_phone365",
    "bb_phone365",
    "bs_phone365",
    "gy_phone365",
    "sr_phone365",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND365",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND365",
]
