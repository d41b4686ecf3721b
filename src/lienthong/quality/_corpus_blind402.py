"""The four-hundred-and-second part of the outside corpus, **blind 402** (written 19:43 UTC,
2026-12-07, never used for tuning): person files a tax agent, a grassroots tax team receiving
first tax registrations, a ward tax team recording suspensions, an e-commerce platform, an Indian
marketplace, an Indonesian tax office, Mexico's SAT, the Kenya Revenue Authority and a Philippine
BIR district office could hand over about online sellers and small traders registering for tax.
Four Vietnamese files: a tax agent's list of its staff holding the certificate to practise tax
procedure services, in Excel (the certificate, its date, the agent and its tax code, the post,
the labour contract, the practice status); a grassroots tax team's log of first tax registrations
of household businesses and online sellers, in Windows-1258 with semicolons (the dossier, the
business's name, the place of business apart from the residence, the trade, the sales channel,
the receiving officer); a ward tax team's list of household businesses notifying a temporary
suspension, in UTF-8 with a BOM and headers without diacritics (the place of business, from and
until, the reason, the notice number); and an e-commerce platform's quarterly report of its
sellers' details to the tax authority, in UTF-16 with tabs (the personal identification number
standing for the tax code, the shop, its id, the category, the orders, the revenue, the quarter,
the day the shop opened).
Five foreign files: an Indian marketplace's seller onboarding export in UTF-8 (the PAN, the GSTIN
with its mod-36 check character, the masked Aadhaar, the PIN code, the TCS collected); an
Indonesian KPP Pratama list of individual taxpayers selling on marketplaces in UTF-8 with
semicolons (the NIK with the birth day plus 40 for women, the old 15-digit NPWP, the place of
birth, kelurahan/desa and kabupaten/kota, the shop, the gross turnover); a SAT list of people
registering under the digital-platform regime in Windows-1252 (the RFC and the CURP with their
check characters, two surnames, colonia, municipio, entidad and código postal, the platform);
a KRA iTax export of traders registering a PIN in UTF-8 (the national ID, the KRA PIN, three
names, town and county, the business name, the tax obligation); and a BIR revenue district
office's list of online sellers registered on Form 1901, in Excel (the TIN with its branch code,
the PhilSys card number, middle name, civil status, the RDO, the line of business).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind402_writers import WRITERS_BLIND402
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND402: tuple[Shape, ...] = (
    _shape(
        "nhan_vien_dai_ly_thue_co_cchn_vn402",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số định danh cá nhân=cccd | Số chứng chỉ hành nghề DV làm thủ tục về thuế=-:cert402"
        " | Ngày cấp CCHN=date@%d/%m/%Y | Tên đại lý thuế=-:agent402"
        " | MST đại lý thuế=-:agent_mst402 | Chức danh=-:role402 | Số HĐLĐ=-:contract402"
        " | Điện thoại=phone | Email=email | Tình trạng hành nghề=-:practice402",
        file="xlsx",
    ),
    _shape(
        "so_tiep_nhan_dang_ky_thue_lan_dau_hkd_vn402",
        "STT=row | Mã hồ sơ=-:dossier402 | Họ tên chủ hộ/cá nhân KD=full_name"
        " | Ngày sinh=birth_date@%d-%m-%Y | Giới tính=sex | Số CCCD=cccd:cccd_spaced"
        " | Tên hộ kinh doanh=-:hkd402 | Địa điểm kinh doanh=-:site402"
        " | Nơi cư trú=address | Ngành nghề KD=-:trade402 | Kênh bán hàng=-:channel402"
        " | Ngày nhận hồ sơ=date@%d-%m-%Y | Công chức tiếp nhận=-:officer402 | SĐT liên hệ=phone",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "hkd_thong_bao_tam_ngung_kinh_doanh_vn402",
        "TT=row | Ho va ten chu ho=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | So dinh danh ca nhan=cccd | Dia chi thuong tru=address"
        " | Dia diem kinh doanh=-:site402 | Tam ngung tu ngay=date@%d/%m/%Y"
        " | Den ngay=date:until402 | Ly do=-:reason402 | So thong bao=-:notice402"
        " | Dien thoai=phone | Ghi chu=-:note_vi",
        encoding="utf-8-sig",
    ),
    _shape(
        "bao_cao_thong_tin_nguoi_ban_san_tmdt_vn402",
        "STT=row | Sàn TMĐT=-:platform402 | Họ tên người bán=full_name"
        " | MST/Số định danh cá nhân=cccd | Ngày sinh=birth_date@%d/%m/%Y"
        " | Tên gian hàng=-:shop402 | ID gian hàng=-:shop_id402 | Địa chỉ liên hệ=address"
        " | Số điện thoại=phone | Email=email | Ngành hàng chính=-:goods402"
        " | Số đơn thành công=-:orders402 | Doanh thu trong kỳ (VNĐ)=-:revenue402"
        " | Kỳ báo cáo=-:period402 | Ngày mở gian hàng=date:opened402 | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "seller_onboarding_kyc_export_in402",
        "Sr. No.=row | Seller First Name=given_name:in_given402"
        " | Seller Last Name=family_name:in_family402 | Date of Birth=birth_date@%d-%m-%Y"
        " | Gender=sex:sex_in402 | PAN=-:pan402 | GSTIN=-:gstin402"
        " | Aadhaar (masked)=national_id:aadhaar402 | Residential Address=street:in_street402"
        " | City=district:in_city402 | State=state:in_state402 | PIN Code=postcode:in_pin402"
        " | Mobile No.=phone:phone_in402 | Email ID=email | Primary Category=-:in_cat402"
        " | TCS Collected (INR)=-:tcs402 | Onboarded On=date@%d-%m-%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "daftar_wp_op_pelaku_usaha_marketplace_id402",
        "No=row | NIK=national_id:nik402 | NPWP (15 digit)=-:npwp402"
        " | Nama Wajib Pajak=full_name:id_name402 | Tempat Lahir=-:id_birthplace402"
        " | Tanggal Lahir=birth_date@%d-%m-%Y | Jenis Kelamin=sex:sex_id402"
        " | Alamat=street:id_street402 | Kelurahan/Desa=suburb:id_desa402"
        " | Kabupaten/Kota=district:id_kab402 | No. HP=phone:phone_id402"
        " | Nama Toko=-:id_shop402 | Marketplace=-:id_market402"
        " | Peredaran Bruto Setahun=-:omzet402 | Tgl Terdaftar=date@%d-%m-%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "inscripcion_rfc_plataformas_digitales_mx402",
        "Núm.=row | RFC=-:rfc402 | CURP=national_id:curp402 | Nombre(s)=given_name:mx_given402"
        " | Primer apellido=family_name:mx_pat402 | Segundo apellido=-:mx_mat402"
        " | Fecha de nacimiento=birth_date@%d/%m/%Y | Sexo=sex:sex_mx402"
        " | Calle y número=street:mx_street402 | Colonia=suburb:mx_col402"
        " | Municipio o alcaldía=district:mx_mun402 | Entidad federativa=state:mx_state402"
        " | C.P.=postcode:mx_cp402 | Teléfono=phone:phone_mx402 | Correo electrónico=email"
        " | Plataforma=-:mx_platform402 | Fecha de inicio de operaciones=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "itax_pin_registration_traders_ke402",
        "S/No=row | ID Number=national_id:ke_id402 | KRA PIN=-:kra402"
        " | First Name=given_name:ke_first402 | Middle Name=-:ke_middle402"
        " | Last Name=family_name:ke_last402 | Date of Birth=birth_date@%d/%m/%Y"
        " | Gender=sex:sex_ke402 | Mobile Number=phone:phone_ke402 | Email Address=email"
        " | Street/Building=street:ke_street402 | Town=district:ke_town402"
        " | County=state:ke_county402 | Business Name=-:ke_business402"
        " | Tax Obligation=-:ke_oblig402 | Registration Date=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "bir_rdo_online_sellers_form1901_ph402",
        "No.=row | TIN=-:tin_ph402 | PhilSys Card No. (PCN)=national_id:pcn_ph402"
        " | Last Name=family_name:ph_last402 | First Name=given_name:ph_first402"
        " | Middle Name=-:ph_middle402 | Date of Birth=birth_date@%m/%d/%Y"
        " | Sex=sex:sex_ph402 | Civil Status=-:ph_civil402"
        " | Residence Address=address:ph_addr402 | Mobile No.=phone:phone_ph402"
        " | Email Address=email | RDO Code=-:rdo402 | Line of Business=-:ph_line402"
        " | Date Registered=date@%m/%d/%Y",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("aadhaar402", "nik402", "curp402", "ke_id402", "pcn_ph402")
SEX_HOLDS: tuple[str, ...] = ("sex_in402", "sex_id402", "sex_mx402", "sex_ke402", "sex_ph402")
NAME_HOLDS = frozenset(
    {"in_given402", "in_family402", "id_name402", "mx_given402", "mx_pat402"}
    | {"ke_first402", "ke_last402", "ph_last402", "ph_first402"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_in402",
    "phone_id402",
    "phone_mx402",
    "phone_ke402",
    "phone_ph402",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ph_addr402",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND402",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND402",
]
