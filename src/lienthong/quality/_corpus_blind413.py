"""The four-hundred-and-thirteenth part of the outside corpus, **blind 413** (written 22:27 UTC,
2026-12-07, never used for tuning): person files a rebuilt market's management board, a ward's
urban order team, a district market's management board, a tourist town's ward, a Guatemalan
municipal market administration, the Mumbai municipal corporation's town vending committee, a
Yaoundé council, a Portuguese town hall and an Indonesian city's trade office could hand over
about street vendors, market stalls and trading licences.
Four Vietnamese files: the traders who drew lots for stalls in a rebuilt market, in Excel (the
lot number drawn, the stall, the zone, the goods, the area in m², their stall in the old market,
the day of the draw); the goods an urban order team held from street vendors, in Windows-1258
with semicolons and headers without diacritics (the record number, where the goods were taken,
which is not the vendor's home, the goods, the fine, the officer, the result, the day); a
district market's stall holders behind with their rent, in UTF-16 with tabs (the kiosk, the
contract, the monthly rent, the months owed, the debt, the reminder, when the row changed); and
the street vendors a tourist town carded and gave a uniform, in UTF-8 with a BOM and semicolons
(the card, the site, the goods, the uniform, the guarantor, the day the card was issued).
Five foreign files: a Guatemalan municipal market's stall holders in Windows-1252 (the CUI with
its mod-11 digit, the street line, municipio and departamento apart, the market, the local, the
giro, the monthly fee); Mumbai's PM SVANidhi street vendors in UTF-8 (the Aadhaar with its
Verhoeff digit, the father's name, the address and PIN code, the ward, the certificate of
vending, the loan and the bank); a Yaoundé council's market traders in Excel with French and
English headers (the CNI, the quarter, the market, the goods, the ticket, the tax, the
taxpayer's number); a Portuguese town hall's itinerant vendors' cards in Windows-1252 with
semicolons (the cartão de cidadão with its check digit, the NIF, the street, postcode and
locality, the card, the products, the vehicle's plate); and an Indonesian city's pedagang kaki
lima in UTF-8 (the NIK, the KK number, the jalan, kelurahan, kecamatan and kota apart, the
goods, the zone, the TDUP).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind413_writers import WRITERS_BLIND413
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND413: tuple[Shape, ...] = (
    _shape(
        "tieu_thuong_boc_tham_lo_sap_cho_moi_xay_dung_lai_ban_quan_ly_cho_vn413",
        "STT=row | Số thăm=-:lot413 | Họ và tên tiểu thương=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd | Sạp cũ=-:old_stall413"
        " | Lô sạp bốc được=-:stall413 | Khu/ngành hàng=-:zone413 | Mặt hàng=-:goods413"
        " | DT (m²)=-:area413 | Địa chỉ thường trú=address | SĐT=phone"
        " | Ngày bốc thăm=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "tang_vat_tam_giu_nguoi_ban_hang_rong_doi_trat_tu_do_thi_phuong_vn413",
        "TT=row | So BB=-:record413 | Ho ten nguoi vi pham=full_name"
        " | Ngay sinh=birth_date@%d/%m/%Y | CCCD=cccd:cccd_spaced | Noi o=address"
        " | Dia diem vi pham=-:place413 | Tang vat tam giu=-:held413 | Tien phat (d)=-:fine413"
        " | Can bo lap BB=-:officer413 | Ngay lap=date@%d/%m/%Y | Ket qua xu ly=-:result413"
        " | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "tieu_thuong_no_tien_thue_diem_kinh_doanh_ban_quan_ly_cho_huyen_vn413",
        "STT=row | Số ki-ốt=-:kiosk413 | Số HĐ thuê=-:contract413 | Họ tên chủ ki-ốt=full_name"
        " | Ngày sinh=birth_date@%d-%m-%Y | Số CCCD=cccd | Điện thoại=phone"
        " | Giá thuê/tháng (đồng)=-:rent413 | Số tháng nợ=-:months413"
        " | Tổng nợ (đồng)=-:debt413 | Biện pháp=-:arrears413 | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nguoi_ban_hang_rong_duoc_cap_the_dong_phuc_khu_du_lich_phuong_vn413",
        "TT=row | Số thẻ=-:card413 | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số ĐDCN=cccd | Thường trú=address | Điện thoại=phone"
        " | Điểm bán=-:site413 | Mặt hàng=-:goods413 | Đồng phục=-:uniform413"
        " | Người bảo lãnh=-:guarantor413 | Ngày cấp thẻ=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "arrendatarios_locales_mercado_municipal_administracion_mercados_gt413",
        "No.=row | CUI (DPI)=national_id:gt_cui413 | Nombres=given_name:gt_giv413"
        " | Apellidos=family_name:gt_fam413 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_gt413 | Dirección=street:gt_street413 | Municipio=district:gt_muni413"
        " | Departamento=state:gt_dept413 | Teléfono=phone:phone_gt413"
        " | Mercado=-:gt_market413 | No. de local=-:gt_local413 | Giro=-:gt_giro413"
        " | Cuota mensual=-:gt_fee413 | Fecha de adjudicación=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "pm_svanidhi_street_vendors_town_vending_committee_mcgm_in413",
        "Sr. No.=row | Aadhaar No.=national_id:in_aadhaar413"
        " | Name of Street Vendor=full_name:in_name413 | Date of Birth=birth_date@%d-%m-%Y"
        " | Gender=sex:sex_in413 | Father's/Husband's Name=-:in_father413"
        " | Mobile No.=phone:phone_in413 | Residential Address=address:in_addr413"
        " | PIN Code=postcode:in_pin413 | Ward=-:in_ward413 | Type of Vending=-:in_trade413"
        " | CoV / LoR No.=-:in_cov413 | Loan Amount (Rs.)=-:in_loan413"
        " | Lending Institution=-:in_bank413 | Loan Sanction Date=date@%d-%m-%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "commercants_marches_commune_yaounde_cm413",
        "N°=row | N° CNI / ID Card No.=national_id:cm_cni413"
        " | Noms et prénoms / Full name=full_name:cm_name413"
        " | Date de naissance / Date of birth=birth_date@%d/%m/%Y | Sexe=sex:sex_cm413"
        " | Téléphone=phone:phone_cm413 | Quartier=suburb:cm_quarter413"
        " | Marché=-:cm_market413 | Activité / Goods=-:cm_goods413"
        " | N° ticket / Étal=-:cm_ticket413 | Impôt libératoire=-:cm_tax413"
        " | NIU=-:cm_nui413 | Date de paiement=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "cartoes_vendedor_ambulante_camara_municipal_pt413",
        "N.º=row | N.º Identificação Civil=national_id:pt_cc413 | NIF=-:pt_nif413"
        " | Nome completo=full_name:pt_name413 | Data de nascimento=birth_date@%d-%m-%Y"
        " | Morada=street:pt_street413 | Código postal=postcode:pt_post413"
        " | Localidade=district:pt_town413 | Telemóvel=phone:phone_pt413"
        " | N.º do cartão=-:pt_card413 | Produtos=-:pt_product413"
        " | Matrícula do veículo=-:pt_plate413 | Validade=date@%d-%m-%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "pendataan_pedagang_kaki_lima_dinas_perdagangan_kota_id413",
        "NO=row | NIK=national_id:id_nik413 | NO. KK=-:id_kk413"
        " | NAMA PEDAGANG=full_name:id_name413 | TGL LAHIR=birth_date@%d-%m-%Y"
        " | JENIS KELAMIN=sex:sex_id413 | ALAMAT=street:id_street413"
        " | KELURAHAN=suburb:id_kel413 | KECAMATAN=district:id_kec413"
        " | KAB/KOTA=district:id_kab413 | NO. HP=phone:phone_id413"
        " | JENIS DAGANGAN=-:id_goods413 | ZONA=-:id_zone413 | NO. TDUP=-:id_tdup413"
        " | TGL DATA=date@%d-%m-%Y",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "gt_cui413",
    "in_aadhaar413",
    "cm_cni413",
    "pt_cc413",
    "id_nik413",
)
SEX_HOLDS: tuple[str, ...] = ("sex_gt413", "sex_in413", "sex_cm413", "sex_id413")
NAME_HOLDS = frozenset(
    {"gt_giv413", "gt_fam413", "in_name413", "cm_name413", "pt_name413", "id_name413"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_gt413",
    "phone_in413",
    "phone_cm413",
    "phone_pt413",
    "phone_id413",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("in_addr413",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND413",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND413",
]
