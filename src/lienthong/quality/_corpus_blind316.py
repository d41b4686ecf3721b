"""The three-hundred-and-sixteenth part of the outside corpus, **blind 316** (written 10:43 UTC,
2026-12-07, never used for tuning): person files a district power company, a city water
company, an internet provider, a mobile network's store, a Pakistani mobile operator, a Kenyan
water company, a Peruvian gas distributor, a Polish electricity supplier and an Indonesian
power company's service unit could hand over. Four Vietnamese files: a district power company's
list of customers asking to move the electricity purchase contract and meter to the owner's
name, in UTF-8 with a BOM and semicolons (the customer code, the former holder, the meter
number, the ownership paper, the closing reading, the purpose, the status); a water company's
list of households registering their water quota by number of members, in Windows-1258 with
tabs (the account number in groups, the members, the quota in m³, the temporary residence book,
the branch, the billing period from which it applies); an internet provider's list of
subscriptions handed over to a new holder, in Excel (the contract, the login, the former holder
and his or her CCCD, the package, the reason, the installation address, the date it takes
effect); and a mobile network store's list of SIM subscribers checked against the national
population database and biometrics, in UTF-16 with tabs (the number with 84, the network,
prepaid or postpaid, the CCCD's issue date and issuer, the match result, the channel, the time
of the check, how many numbers the person holds).
Five foreign files: a Pakistani operator's SIM issuance list after biometric verification in
UTF-8 (the CNIC with its sex digit, the father's or husband's name, the address as on the CNIC,
the ICCID, the franchise, the BVS transaction); a Nairobi water company's customer register in
Windows-1252 (the ID number beside the KRA PIN, the premises apart from the P.O. Box, the plot's
L.R. number, the account and meter numbers, the deposit); a Lima natural-gas distributor's
customer list in Excel (the DNI, two surnames, the premises' address and district, the billing
address only where it differs, the account, the category, the FISE voucher); a Polish
electricity supplier's list of household customers in Windows-1250 with semicolons (the PESEL
with its check digit, the address of the supply point apart from the correspondence address,
the 18-digit PPE, the meter, the tariff group); and an Indonesian power company's list of
prepaid customers in UTF-8 with semicolons (the NIK, the IDPEL, the meter number, the power
class, the street with RT/RW, kelurahan and kecamatan, owner or tenant).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind316_writers import WRITERS_BLIND316
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND316: tuple[Shape, ...] = (
    _shape(
        "khach_hang_de_nghi_chuyen_hop_dong_mua_ban_dien_cong_to_sang_ten_chu_so_huu_dien_luc_vn316",
        "STT=row | Mã KH=-:evn_code316 | Tên KH trên HĐ cũ=-:former_holder316"
        " | Tên chủ sở hữu (người đề nghị)=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Địa chỉ sử dụng điện=address | Số công tơ=-:meter_vn316"
        " | Giấy tờ chứng minh sở hữu=-:paper316 | Chỉ số chốt (kWh)=-:reading316"
        " | Mục đích SD=-:purpose316 | Ngày nhận hồ sơ=date@%d/%m/%Y | ĐT liên hệ=phone"
        " | Tình trạng=-:evn_status316",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "ho_dang_ky_dinh_muc_nuoc_theo_nhan_khau_cong_ty_cap_nuoc_vn316",
        "TT=row | Danh bo=-:danhbo316 | Ho ten chu ho (dung ten dong ho)=full_name"
        " | Ngay sinh=birth_date@%d/%m/%Y | So CCCD=cccd:cccd_spaced"
        " | Dia chi gan dong ho=address | So nhan khau DK=-:members316"
        " | Dinh muc (m3/thang)=-:quota316 | So tam tru=-:kt_card316"
        " | Chi nhanh=-:branch316 | Ap dung tu=-:period316 | Ngay DK=date@%d-%m-%Y"
        " | Dien thoai=phone | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "thue_bao_internet_chuyen_nhuong_quyen_su_dung_dich_vu_nha_cung_cap_vn316",
        "STT=row | Số HĐ=-:contract316 | Account=-:login316"
        " | Chủ thuê bao cũ=-:old_holder316 | CCCD chủ cũ=-:old_cccd316"
        " | Người nhận chuyển nhượng=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD/ĐDCN=cccd | Địa chỉ lắp đặt=address:install_addr316"
        " | Gói cước=-:plan316 | Lý do=-:reason316 | Ngày hiệu lực=date@%d/%m/%Y"
        " | SĐT=phone | Email=email",
        file="xlsx",
    ),
    _shape(
        "thue_bao_di_dong_doi_soat_csdlqg_dan_cu_xac_thuc_sinh_trac_hoc_cua_hang_vn316",
        "STT=row | Số thuê bao=phone:msisdn316 | Nhà mạng=-:network316"
        " | Loại TB=-:subtype316 | Họ và tên chủ TB=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Ngày cấp=date@%d/%m/%Y | Nơi cấp=-:issuer316"
        " | Địa chỉ thường trú=address | KQ đối soát CSDLQG=-:match316"
        " | Kênh xác thực=-:channel316 | Thời điểm xác thực=timestamp"
        " | Số TB đang đứng tên=-:sims316",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "sim_issuance_biometric_verification_franchise_register_pk316",
        "Sr. No.=row | MSISDN=phone:msisdn_pk316 | Operator=-:operator_pk316"
        " | Customer Name=full_name:pk_name316 | Father/Husband Name=-:pk_father316"
        " | CNIC No.=national_id:cnic_pk316 | Date of Birth=birth_date@%d-%m-%Y"
        " | Gender=sex:sex_pk316 | CNIC Expiry=date:expiry_pk316"
        " | Address (as per CNIC)=address:addr_pk316 | District=district:district_pk316"
        " | ICCID=-:iccid_pk316 | Franchise Code=-:franchise_pk316"
        " | BVS Transaction ID=-:bvs_pk316 | Activation Date=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "water_customers_register_nairobi_city_water_sewerage_ke316",
        "No.=row | Account No.=-:account_ke316 | Customer Name=full_name:ke_name316"
        " | ID/Passport No.=national_id:ke_id316 | KRA PIN=-:kra_ke316"
        " | Date of Birth=birth_date@%d/%m/%Y | Premises=address:premises_ke316"
        " | Estate=suburb:estate_ke316 | L.R./Plot No.=-:plot_ke316"
        " | Postal Address=-:box_ke316 | Meter No.=-:meter_ke316"
        " | Mobile No.=phone:phone_ke316 | Deposit (KSh)=-:deposit_ke316"
        " | Sewer Connected=-:sewer_ke316 | Connection Date=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "clientes_residenciales_gas_natural_distribuidora_lima_callao_pe316",
        "Item=row | N° de cuenta=-:cuenta_pe316 | DNI=national_id:dni_pe316"
        " | Apellido paterno=family_name:pe_pat316 | Apellido materno=-:pe_mat316"
        " | Nombres=given_name:pe_given316 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Dirección del predio=street:predio_pe316 | Distrito=district:distrito_pe316"
        " | Dirección de facturación (si es distinta)=-:billing_pe316"
        " | Celular=phone:phone_pe316 | Categoría=-:category_pe316"
        " | Bono Gas FISE=-:bonogas_pe316 | Fecha de habilitación=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "odbiorcy_energii_elektrycznej_gospodarstwa_domowe_sprzedawca_pl316",
        "Lp.=row | Nazwisko=family_name:pl_family316 | Imię=given_name:pl_given316"
        " | PESEL=national_id:pesel_pl316 | Data urodzenia=birth_date@%d.%m.%Y"
        " | Adres punktu poboru=street:street_pl316 | Kod pocztowy=postcode:kod_pl316"
        " | Miejscowość=district:city_pl316"
        " | Adres korespondencyjny (jeżeli inny)=-:corr_pl316 | Nr PPE=-:ppe_pl316"
        " | Nr licznika=-:licznik_pl316 | Grupa taryfowa=-:tariff_pl316"
        " | Telefon=phone:phone_pl316 | Data zawarcia umowy=date@%d.%m.%Y",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
    _shape(
        "data_pelanggan_listrik_prabayar_ulp_pln_id316",
        "No=row | IDPEL=-:idpel316 | No. Meter=-:meter_id316 | NIK=national_id:nik_id316"
        " | Nama Pelanggan=full_name:id_name316 | Tgl. Lahir=birth_date@%d-%m-%Y"
        " | Alamat=street:jl_id316 | Kelurahan/Desa=suburb:kel_id316"
        " | Kecamatan=district:kec_id316 | Tarif/Daya=-:daya_id316"
        " | No. HP=phone:hp_id316 | Status Penghuni=-:penghuni_id316"
        " | Tgl. Pasang=date@%d-%m-%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "cnic_pk316",
    "ke_id316",
    "dni_pe316",
    "pesel_pl316",
    "nik_id316",
)
SEX_HOLDS: tuple[str, ...] = ("sex_pk316",)
NAME_HOLDS = frozenset(
    {"pk_name316", "ke_name316", "pe_pat316", "pe_given316", "pl_family316", "pl_given316"}
    | {"id_name316"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "msisdn316",
    "msisdn_pk316",
    "phone_ke316",
    "phone_pe316",
    "phone_pl316",
    "hp_id316",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "install_addr316",
    "addr_pk316",
    "premises_ke316",
    "jl_id316",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND316",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND316",
]
