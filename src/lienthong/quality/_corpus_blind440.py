"""The four-hundred-and-fortieth part of the outside corpus, **blind 440** (written 01:15 UTC,
2026-12-08, never used for tuning): person files a commune's social affairs office, a province's
rooftop solar programme, a district's LPG subsidy desk, a district's agricultural extension
station, an Indian LPG distributor, an Indonesian LPG base, the Benazir Income Support
Programme, an Argentine electricity distributor and a Mexican state energy office could hand over
about energy support and subsidies.
Four Vietnamese files: a commune's list of poor households paid electricity bill support, in
Windows-1258 with semicolons (the kind of household, its poor-household code, the power
customer code, the monthly amount, the months, the total, the day paid, who received it in the
holder's place, the signature); a rooftop solar rebate list in Excel (the owner of the roof, the
kWp installed, the installer, its representative and phone, the day accepted, the rebate, the
bank account and bank); an LPG cylinder subsidy list in UTF-16 with tabs and headers without
diacritics (the target group, the cylinder, its serial, the dealer and its address, the number
of cylinders, the day received, the time last updated); and a list of households changing to
efficient stoves in UTF-8 with a BOM and semicolons (the ethnic group, the village and commune,
the old and the new stove, the support, the supplier, the extension officer and their phone).
Five foreign files: a PM Ujjwala Yojana LPG connection list in UTF-8 with English and Hindi
headers (the Aadhaar with its Verhoeff digit, the father's or husband's name, the ration card,
the village and tehsil, the PIN, the distributor); an Indonesian 3 kg LPG subsidy list in
Windows-1252 with semicolons (the NIK, the family card number, the place of birth, RT/RW
addresses, kelurahan, kecamatan and province, the LPG base); a Pakistani BISP list in UTF-8 with
a BOM and English and Urdu headers (the CNIC, the husband's or father's name, the electricity
reference number, the PMT score, the payment phase, amount and point); an Argentine tarifa social
list in Latin-1 with semicolons (the CUIL with its mod-11 digit, the supply address, the CPA
postcode, the distributor, the NIS, the holder of the service when another person, the
criterion); and a Mexican apoyo energético list in Windows-1252 in capitals (the CURP with its
check digit, two surnames apart, the colonia and municipio, the CFE service number and tariff,
the amount, the day registered, the day it runs to).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind440_writers import WRITERS_BLIND440
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND440: tuple[Shape, ...] = (
    _shape(
        "ho_ngheo_ho_tro_tien_dien_vn440",
        "STT=row | Họ và tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Địa chỉ=address | Diện hộ=-:hang440 | Mã hộ nghèo=-:mahongheo440"
        " | Mã khách hàng (ĐL)=-:makh440 | Mức hỗ trợ/tháng (đồng)=-:tien440"
        " | Số tháng=-:thang440 | Thành tiền (đồng)=-:tong440 | Ngày chi trả=date@%d/%m/%Y"
        " | Người nhận thay=-:nhanthay440 | Ký nhận=-:kynhan440",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_tro_dien_mat_troi_mai_nha_vn440",
        "STT=row | Chủ hộ (chủ sở hữu mái nhà)=full_name | Giới tính=sex"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd | Địa chỉ lắp đặt=address"
        " | SĐT chủ hộ=phone | Công suất (kWp)=-:kwp440 | Đơn vị lắp đặt=-:installer440"
        " | Người đại diện ĐVLĐ=-:installer_rep440 | ĐT đơn vị lắp đặt=-:installer_phone440"
        " | Ngày nghiệm thu=date@%d/%m/%Y | Mức hỗ trợ (triệu đ)=-:rebate440"
        " | Số tài khoản=-:bank_acct440 | Ngân hàng=-:bank440 | Email=email",
        file="xlsx",
    ),
    _shape(
        "tro_gia_binh_gas_lpg_vn440",
        "TT=row | Ho ten nguoi nhan=full_name | Gioi tinh=sex | Ngay sinh=birth_date@%d-%m-%Y"
        " | So DDCN=cccd:cccd_spaced | Noi o hien tai=address | Doi tuong=-:doituong440"
        " | Loai binh=-:binh440 | So seri vo binh=-:seri440 | Dai ly cap gas=-:daily440"
        " | Dia chi dai ly=-:daily_addr440 | SL (binh)=-:soluong440 | Ngay nhan=date@%d-%m-%Y"
        " | Dien thoai=phone:phone_dotted | Cap nhat luc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "chuyen_doi_bep_tiet_kiem_vn440",
        "STT=row | Họ tên chủ hộ=full_name | Dân tộc=-:dantoc440"
        " | Ngày, tháng, năm sinh=birth_date@%d.%m.%Y | Số CCCD=cccd"
        " | Địa chỉ (thôn/bản, xã)=address:thon_xa440 | Loại bếp đang dùng=-:bepcu440"
        " | Loại bếp chuyển đổi=-:bepmoi440 | Kinh phí hỗ trợ (đ)=-:hotro440"
        " | Đơn vị cung cấp=-:ncc440 | Ngày bàn giao=date@%d/%m/%Y"
        " | Cán bộ khuyến nông phụ trách=-:canbo440 | SĐT cán bộ=-:sdt_canbo440"
        " | SĐT hộ=phone | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "pmuy_lpg_connections_in440",
        "Sr. No.=row | LPG Consumer ID=-:lpg_id440"
        " | Beneficiary Name / लाभार्थी का नाम=full_name:in_name440"
        " | Father's/Husband's Name / पिता/पति का नाम=-:in_rel440"
        " | Date of Birth / जन्म तिथि=birth_date@%d/%m/%Y | Gender / लिंग=sex:sex_in440"
        " | Aadhaar No. / आधार संख्या=national_id:aadhaar440 | Ration Card No.=-:ration440"
        " | Address / पता=address:in_addr440 | District / जिला=district:in_dist440"
        " | PIN Code=postcode:in_pin440 | Mobile No.=phone:phone_in440"
        " | Distributor Name=-:in_distrib440 | Date of Connection=date@%d-%m-%Y"
        " | Bank A/c No.=-:in_bank440",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "subsidi_lpg_3kg_id440",
        "No=row | NIK=national_id:nik440 | No. KK=-:kk440 | Nama Lengkap=full_name:id_name440"
        " | Tempat Lahir=-:id_born440 | Tanggal Lahir=birth_date@%d-%m-%Y"
        " | Jenis Kelamin=sex:sex_id440 | Alamat=street:id_street440"
        " | Desa/Kelurahan=suburb:id_desa440 | Kecamatan=district:id_kec440"
        " | Provinsi=state:id_prov440 | No. HP=phone:phone_id440"
        " | Kategori Pengguna=-:id_user440 | Nama Pangkalan=-:id_pangkalan440"
        " | Jml Tabung=-:id_qty440 | Tgl Transaksi=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "bisp_beneficiaries_pk440",
        "S.No=row | CNIC No. / شناختی کارڈ نمبر=national_id:cnic440"
        " | Name of Beneficiary / نام=full_name:pk_name440"
        " | Husband/Father Name / شوہر/والد کا نام=-:pk_rel440"
        " | Date of Birth=birth_date@%d-%b-%Y | Gender=sex:sex_pk440"
        " | Address / پتہ=address:pk_addr440 | District / ضلع=district:pk_dist440"
        " | Electricity Ref. No.=-:pk_ref440 | Mobile No.=phone:phone_pk440"
        " | PMT Score=-:pmt440 | Payment Phase=-:phase440 | Amount (Rs.)=-:amt_pk440"
        " | Payment Point=-:camp440 | Payment Date=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "tarifa_social_ar440",
        "Nº=row | CUIL=national_id:cuil440 | Apellido=family_name:ar_fam440"
        " | Nombre/s=given_name:ar_giv440 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_ar440 | Domicilio del suministro=street:ar_street440"
        " | Localidad=district:ar_loc440 | Provincia=state:ar_prov440 | CP=postcode:ar_cp440"
        " | Teléfono=phone:phone_ar440 | Distribuidora=-:ar_distrib440"
        " | N° de suministro (NIS)=-:ar_nis440 | Titular del servicio=-:ar_titular440"
        " | Criterio de inclusión=-:ar_crit440 | Fecha de alta=date@%d/%m/%Y",
        english=True,
        encoding="latin-1",
        delimiter=";",
    ),
    _shape(
        "apoyo_energetico_mx440",
        "CONSEC=row | CURP=national_id:curp440 | PRIMER APELLIDO=family_name:mx_pat440"
        " | SEGUNDO APELLIDO=-:mx_mat440 | NOMBRE(S)=given_name:mx_giv440"
        " | FECHA DE NACIMIENTO=birth_date@%d/%m/%Y | SEXO=sex:sex_mx440"
        " | CALLE Y NÚMERO=street:mx_street440 | COLONIA=suburb:mx_col440"
        " | MUNICIPIO=district:mx_mun440 | C.P.=postcode:mx_cp440 | TELÉFONO=phone:phone_mx440"
        " | NÚM. DE SERVICIO CFE=-:cfe440 | TARIFA=-:tarifa440 | MONTO DEL APOYO=-:monto_mx440"
        " | FECHA DE REGISTRO=date@%d/%m/%Y | VIGENCIA=date:vigencia440",
        english=True,
        encoding="cp1252",
    ),
)

#: How a 31 February reads in this part's date formats.
INVALID_DAY: dict[str, str] = {"%d-%b-%Y": "31-Feb-{y}"}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("aadhaar440", "nik440", "cnic440", "cuil440", "curp440")
SEX_HOLDS: tuple[str, ...] = ("sex_in440", "sex_id440", "sex_pk440", "sex_ar440", "sex_mx440")
NAME_HOLDS = frozenset(
    {"in_name440", "id_name440", "pk_name440", "ar_fam440", "ar_giv440"}
    | {"mx_pat440", "mx_giv440"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_in440",
    "phone_id440",
    "phone_pk440",
    "phone_ar440",
    "phone_mx440",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("thon_xa440", "in_addr440", "pk_addr440")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND440",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND440",
]
