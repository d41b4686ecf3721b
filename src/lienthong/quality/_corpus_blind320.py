"""The three-hundred-and-twentieth part of the outside corpus, **blind 320** (written 11:10 UTC,
2026-12-07, never used for tuning): person files a regional tax office, a district tax team, an
express-delivery customs office, a provincial tax department, the Kenya Revenue Authority, a
revenue district office of the Bureau of Internal Revenue, a Brazilian town's entrepreneur desk,
an Italian tax assistance centre and the Egyptian Customs Authority could hand over.
Four Vietnamese files: sellers of land and houses declaring the 2% personal income tax in Excel
(the tax code beside the CCCD, the buyer, the parcel and map sheet numbers, where the parcel
lies, the price, the tax, the notarised contract and its day, the day filed); households and
individuals issued a tax-office invoice for one sale in Windows-1258 with semicolons (the tax
code, the CCCD, the place of business apart from the home, the buyer and its tax code, the goods,
the turnover, the VAT and the personal income tax, the invoice number, the day issued, the
officer); gift parcels from abroad cleared at the express-delivery customs office in UTF-16 with
tabs and headers without diacritics (the air waybill, the sender, the country, the goods, the
value, the import duty and VAT, the declaration number, the day cleared, the time last updated);
and people whose exit is suspended for a tax debt in UTF-8 with a BOM and semicolons (the
passport beside the CCCD, the nationality, the firm in debt and its tax code, the post held, the
debt, the letter, the day requested, the status).
Five foreign files: Kenyan turnover-tax registrants in UTF-8 (the KRA PIN beside the ID number,
the gender, the +254 mobile, the business name, the business premises apart from the residence,
the county, the postal box, the obligation, the day registered, the annual turnover, eTIMS, the
tax station); Philippine self-employed and mixed-income registrants of a BIR revenue district
office in Excel (the TIN and the branch code, the last, first and middle names apart, the birth
date ``03/14/1978``, the PhilSys card number, the residence address and the ZIP code apart, the
business address, the line of business, the tax type, the RDO code); Brazilian individual
micro-entrepreneurs in Windows-1252 with semicolons (the CNPJ and the business name beside the
CPF, the mother, the street, the bairro, the town, the UF and the CEP apart, the commercial
address, the CNAE, the day opened, the DAS-MEI status, the mobile); Italian flat-rate taxpayers
in UTF-8 with semicolons (the codice fiscale, the partita IVA with its Luhn digit, the surname and
the name apart, the comune of birth, the street, CAP, comune and province apart, the business
seat, the ATECO code, the day the activity began, last year's revenue, the substitute tax rate);
and Egyptians abroad importing a car under the customs initiative in Windows-1256 (the national
number with its check digit, the passport, the country of residence, the address in Egypt and the
governorate, the tax registration number, the dollar deposit and its day, the car, the chassis
number, the customs port, the request's status, a relative's phone in Egypt).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind320_writers import WRITERS_BLIND320
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND320: tuple[Shape, ...] = (
    _shape(
        "to_khai_thue_tncn_chuyen_nhuong_bat_dong_san_bo_phan_mot_cua_chi_cuc_thue_khu_vuc_vn320",
        "STT=row | Họ và tên người chuyển nhượng=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | MST cá nhân=mst | Địa chỉ thường trú=address | Điện thoại=phone"
        " | Bên nhận chuyển nhượng=-:re_buyer320 | Thửa đất số=-:re_plot320"
        " | Tờ bản đồ số=-:re_sheet320 | Vị trí thửa đất=-:re_site320"
        " | Giá chuyển nhượng (đồng)=-:re_price320 | Thuế TNCN 2% (đồng)=-:re_tax320"
        " | Số HĐ công chứng=-:re_contract320 | Ngày công chứng=date@%d/%m/%Y"
        " | Ngày nộp HS=date:re_filed320",
        file="xlsx",
    ),
    _shape(
        "ho_ca_nhan_de_nghi_cap_hoa_don_dien_tu_co_ma_theo_tung_lan_phat_sinh_doi_thue_vn320",
        "TT=row | Tên người nộp thuế=full_name | MST=mst | Số CCCD/ĐDCN=cccd"
        " | Ngày sinh=birth_date@%d/%m/%Y | Địa chỉ liên hệ=address | SĐT=phone | Email=email"
        " | Địa điểm kinh doanh=-:hd_site320 | Tên người mua=-:hd_buyer320"
        " | MST người mua=-:hd_buyer_mst320 | Hàng hóa, dịch vụ=-:hd_goods320"
        " | Doanh thu (đ)=-:hd_rev320 | Thuế GTGT (đ)=-:hd_vat320 | Thuế TNCN (đ)=-:hd_pit320"
        " | Ký hiệu - Số HĐ=-:hd_no320 | Ngày cấp HĐ=date@%d/%m/%Y"
        " | Công chức xử lý=-:hd_officer320",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ca_nhan_nhan_qua_bieu_tu_nuoc_ngoai_chi_cuc_hai_quan_chuyen_phat_nhanh_vn320",
        "STT=row | Ho ten nguoi nhan=full_name | Ngay sinh=birth_date@%d/%m/%Y | So CCCD=cccd"
        " | Dia chi nguoi nhan=address | Dien thoai=phone | So van don (HAWB)=-:cp_hawb320"
        " | Nguoi gui=-:cp_sender320 | Nuoc gui=-:cp_country320 | Mo ta hang hoa=-:cp_goods320"
        " | Tri gia (VND)=-:cp_value320 | Thue NK (VND)=-:cp_duty320"
        " | Thue GTGT (VND)=-:cp_vat320 | So to khai=-:cp_decl320"
        " | Ngay thong quan=date@%d/%m/%Y | Cap nhat luc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nguoi_nop_thue_bi_tam_hoan_xuat_canh_do_no_thue_cuc_thue_tinh_vn320",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d-%m-%Y | Giới tính=sex"
        " | Số ĐDCN/CCCD=cccd | Số hộ chiếu=-:xc_passport320 | Quốc tịch=-:xc_nation320"
        " | Nơi cư trú=address | Tên NNT nợ thuế=-:xc_firm320"
        " | MST đơn vị=-:xc_firm_mst320 | Chức danh=-:xc_role320"
        " | Số tiền thuế nợ (đồng)=-:xc_debt320 | Số văn bản đề nghị=-:xc_letter320"
        " | Ngày đề nghị=date@%d-%m-%Y | Tình trạng=-:xc_status320",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "turnover_tax_registrants_kra_domestic_taxes_department_ke320",
        "S/No=row | KRA PIN=-:ke_pin320 | Taxpayer Name=full_name:ke_name320"
        " | ID Number=national_id:ke_id320 | Date of Birth=birth_date@%d/%m/%Y"
        " | Gender=sex:ke_sex320 | Mobile No.=phone:ke_phone320 | Email Address=email"
        " | Business Name=-:ke_biz320 | Business Premises=-:ke_premises320"
        " | Residential Address=address:ke_home320 | County=state:ke_county320"
        " | Postal Address=-:ke_box320 | Tax Obligation=-:ke_oblig320"
        " | Registration Date=date@%d/%m/%Y | Annual Turnover (KES)=-:ke_turnover320"
        " | eTIMS Onboarded=-:ke_etims320 | Tax Station=-:ke_station320",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "bir_form_1901_registrants_self_employed_mixed_income_rdo_ph320",
        "No.=row | TIN=-:ph_tin320 | Branch Code=-:ph_branch320"
        " | Last Name=family_name:ph_last320 | First Name=given_name:ph_first320"
        " | Middle Name=-:ph_middle320 | Date of Birth=birth_date@%m/%d/%Y"
        " | Sex=sex:ph_sex320 | Civil Status=-:ph_civil320"
        " | PhilSys Card Number (PCN)=national_id:ph_pcn320"
        " | Residence Address=address:ph_home320 | ZIP Code=postcode:ph_zip320"
        " | Business Address=-:ph_bizaddr320 | Line of Business / PSIC=-:ph_psic320"
        " | Tax Type=-:ph_taxtype320 | RDO Code=-:ph_rdo320 | Date Registered=date@%m/%d/%Y"
        " | Contact No.=phone:ph_phone320 | Email Address=email",
        english=True,
        file="xlsx",
    ),
    _shape(
        "cadastro_mei_microempreendedores_individuais_sala_do_empreendedor_br320",
        "Nº=row | CNPJ=-:br_cnpj320 | Nome Empresarial=-:br_firm320"
        " | Nome do Empresário=full_name:br_name320 | CPF=national_id:br_cpf320"
        " | Data de Nascimento=birth_date@%d/%m/%Y | Nome da Mãe=-:br_mother320"
        " | Endereço Residencial=street:br_street320 | Bairro=suburb:br_bairro320"
        " | Município=district:br_town320 | UF=state:br_uf320 | CEP=postcode:br_cep320"
        " | Endereço Comercial=-:br_comm320 | CNAE Principal=-:br_cnae320"
        " | Data de Abertura=date@%d/%m/%Y | Situação DAS-MEI=-:br_das320"
        " | Celular=phone:br_cel320 | E-mail=email",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "elenco_contribuenti_regime_forfettario_partite_iva_caf_it320",
        "N.=row | Codice fiscale=national_id:it_cf320 | Partita IVA=-:it_piva320"
        " | Cognome=family_name:it_family320 | Nome=given_name:it_given320"
        " | Data di nascita=birth_date@%d/%m/%Y | Comune di nascita=-:it_born320"
        " | Indirizzo di residenza=street:it_street320 | CAP=postcode:it_cap320"
        " | Comune=district:it_town320 | Prov.=state:it_prov320"
        " | Sede dell'attività=-:it_sede320 | Codice ATECO=-:it_ateco320"
        " | Data inizio attività=date@%d/%m/%Y | Ricavi anno prec. (€)=-:it_ricavi320"
        " | Aliquota imposta sostitutiva=-:it_aliq320 | Cellulare=phone:it_cell320"
        " | E-mail=email",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "mubadarat_sayyarat_almisriyin_bilkharij_maslahat_aljamarik_eg320",
        "م=row | الاسم رباعي=full_name:eg_name320 | الرقم القومي=national_id:eg_nid320"
        " | تاريخ الميلاد=birth_date@%d/%m/%Y | النوع=sex:eg_sex320"
        " | رقم جواز السفر=-:eg_passport320 | دولة الإقامة=-:eg_country320"
        " | العنوان داخل مصر=address:eg_home320 | المحافظة=state:eg_gov320"
        " | رقم المحمول=phone:eg_phone320 | البريد الإلكتروني=email"
        " | رقم التسجيل الضريبي=-:eg_tax320 | قيمة الوديعة (دولار)=-:eg_deposit320"
        " | تاريخ التحويل=date@%d/%m/%Y | نوع السيارة=-:eg_car320"
        " | رقم الشاسيه=-:eg_vin320 | المنفذ الجمركي=-:eg_port320"
        " | حالة الطلب=-:eg_status320 | تليفون أحد الأقارب بمصر=-:eg_kin_phone320",
        english=True,
        encoding="cp1256",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "ke_id320",
    "ph_pcn320",
    "br_cpf320",
    "it_cf320",
    "eg_nid320",
)
SEX_HOLDS: tuple[str, ...] = ("ke_sex320", "ph_sex320", "eg_sex320")
NAME_HOLDS = frozenset(
    {
        "ke_name320",
        "ph_last320",
        "ph_first320",
        "br_name320",
        "it_family320",
        "it_given320",
        "eg_name320",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "ke_phone320",
    "ph_phone320",
    "br_cel320",
    "it_cell320",
    "eg_phone320",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ke_home320", "ph_home320", "eg_home320")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND320",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND320",
]
