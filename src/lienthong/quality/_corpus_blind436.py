"""The four hundred and thirty-sixth part of the outside corpus, **blind 436** (written 01:16 UTC,
2026-12-08, never used for tuning): person files a taxi company, a ride-hailing platform, a city's
transport inspectorate, a taxi drivers' training centre, a Mexico City transport office, an
Indonesian ojek online association, a Kenyan county's boda boda desk, an Istanbul taxi chamber
and the Philippine LTFRB could hand over. Four Vietnamese files: a taxi company's drivers in UTF-8
with a BOM and semicolons (the driver code, the driving licence and its class, the badge the
Department issued, the plate, the car's owner, the contract form, the start date); a ride-hailing
platform's driver partners export in Excel with short unaccented headers (the partner id, the
service, the car, the plate, the rating, the trips, the status, the activation date, the time
last updated); a transport inspectorate's passenger complaints in UTF-16 with tabs (the complaint
number and date, the passenger with phone, email and address, the driver named, their badge, the
firm and its hotline, the complaint, the handling, the officer); and a training centre's list of
taxi drivers on a professional course in Windows-1258 with tabs (family name and given name apart,
the spaced CCCD, the firm, the course, the certificate number and date, the result).
Five foreign files: a Mexican taxi concession list in Windows-1252 (the CURP with its check digit,
two surnames, colonia, alcaldía and C.P., the plates, the sitio, the validity); an Indonesian ojek
online driver list in Excel (the NIK with the birth date and 40 added to a woman's day, the place
of birth, the alamat with RT/RW, the aplikator, the police number, the SIM C); a Kenyan boda boda
operators list in UTF-8 (the ID number, three-part names, the stage, the SACCO, the KM plate, the
sub-county and county, the next of kin); a Turkish taksi plaka list in Windows-1254 with
semicolons (the T.C. Kimlik No with its two check digits, the father's name, the plate, the stand,
the licence holder, the ilçe); and a Filipino LTFRB franchise list in UTF-8 with tabs (the case
number, the operator as SURNAME, GIVEN M., the PhilSys card number, the denomination, the route,
the plate, the units, the date granted).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind436_writers import WRITERS_BLIND436
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND436: tuple[Shape, ...] = (
    _shape(
        "lai_xe_hang_taxi_vn436",
        "STT=row | Mã LX=-:drvcode436 | Họ và tên lái xe=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd | Số GPLX=-:gplx436"
        " | Hạng GPLX=-:hang436 | Số phù hiệu (Sở XD cấp)=-:phuhieu436"
        " | Biển kiểm soát=-:bks436 | Chủ xe / đơn vị sở hữu=-:owner436"
        " | Hình thức=-:form436 | Nơi ở hiện nay=address | ĐT di động=phone"
        " | Ngày vào làm=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "doi_tac_tai_xe_xe_cong_nghe_vn436",
        "#=row | ID doi tac=-:partner436 | Ho ten=full_name | SDT dang ky=phone"
        " | Email=email | So CCCD=cccd | Ngay sinh=birth_date@%Y-%m-%d | Gioi tinh=sex"
        " | Dich vu=-:service436 | Hieu xe=-:make436 | Bien so=-:plate436"
        " | Diem danh gia=-:rating436 | So chuyen=-:trips436 | Trang thai=-:pstatus436"
        " | Ngay kich hoat=date@%Y-%m-%d | Cap nhat luc=timestamp",
        file="xlsx",
    ),
    _shape(
        "phan_anh_hanh_khach_taxi_vn436",
        "STT=row | Số phiếu=-:complaint_no436 | Ngày tiếp nhận=date@%d/%m/%Y"
        " | Họ tên hành khách=full_name | SĐT hành khách=phone | Email=email"
        " | Địa chỉ liên hệ=address | Lái xe bị phản ánh=-:driver436"
        " | Số phù hiệu LX=-:driver_badge436 | BKS=-:bks436 | Hãng xe=-:firm436"
        " | ĐT tổng đài hãng=-:other_phone436 | Nội dung phản ánh=-:complaint436"
        " | Kết quả xử lý=-:handling436 | Cán bộ thụ lý=-:officer436",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "tap_huan_lai_xe_taxi_vn436",
        "TT=row | Họ=family_name | Tên đệm và tên=given_name"
        " | Ngày, tháng, năm sinh=birth_date@%d.%m.%Y | Giới tính=sex"
        " | Số CCCD=cccd:cccd_spaced | HKTT=address | Điện thoại=phone"
        " | Đơn vị (hãng taxi)=-:firm436 | Khóa tập huấn=-:course436"
        " | Số giấy CN=-:certno436 | Ngày cấp GCN=date@%d.%m.%Y | Kết quả=-:result436",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "padron_concesiones_taxi_mx436",
        "NO.=row | NÚM. CONCESIÓN=-:conc436 | CURP=national_id:curp436"
        " | NOMBRE(S)=given_name:mx_given436 | PRIMER APELLIDO=family_name:mx_pat436"
        " | SEGUNDO APELLIDO=-:mx_mat436 | FECHA DE NACIMIENTO=birth_date@%d/%m/%Y"
        " | SEXO=sex:sex_mx436 | CALLE Y NÚMERO=street:street_mx436 | COLONIA=suburb:col_mx436"
        " | ALCALDÍA=district:mun_mx436 | C.P.=postcode:cp_mx436 | TELÉFONO=phone:phone_mx436"
        " | PLACAS=-:placas436 | SITIO / BASE=-:sitio436 | VIGENCIA=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "driver_ojek_online_id436",
        "No=row | NIK=national_id:nik436 | Nama Lengkap=full_name:id_name436"
        " | Tempat Lahir=-:tempat436 | Tanggal Lahir=birth_date@%d-%m-%Y"
        " | Jenis Kelamin=sex:sex_id436 | Alamat=address:alamat436"
        " | Kota/Kabupaten=district:kota436 | No. HP / WA=phone:phone_id436"
        " | Aplikator=-:app436 | No. Polisi=-:nopol436 | Merk/Tipe Motor=-:motor436"
        " | No. SIM C=-:sim436 | Tgl Bergabung=date@%d-%m-%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "boda_boda_operators_ke436",
        "S/No=row | Full Name=full_name:ke_name436 | ID No.=national_id:ke_id436"
        " | Date of Birth=birth_date@%d/%m/%Y | Gender=sex:sex_ke436"
        " | Mobile No.=phone:phone_ke436 | Stage=-:stage_ke436 | SACCO=-:sacco436"
        " | Motorbike Reg. No.=-:kmc436 | DL No.=-:dl_ke436 | Sub-County=district:subcounty436"
        " | County=state:county436 | Next of Kin=-:kin_ke436 | NOK Tel=-:kin_phone436"
        " | Date Registered=date@%Y-%m-%d",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "taksi_plaka_sofor_listesi_tr436",
        "Sıra No=row | T.C. Kimlik No=national_id:tc436 | Adı=given_name:tr_given436"
        " | Soyadı=family_name:tr_family436 | Baba Adı=-:baba436"
        " | Doğum Tarihi=birth_date@%d.%m.%Y | Cinsiyeti=sex:sex_tr436 | Taksi Plakası=-:plaka436"
        " | Bağlı Olduğu Durak=-:durak436 | Ruhsat Sahibi=-:ruhsat436"
        " | İkametgah Adresi=address:adres_tr436 | İlçe=district:ilce436"
        " | Cep Tel.=phone:phone_tr436 | Şoför Belgesi Tarihi=date@%d.%m.%Y",
        english=True,
        encoding="cp1254",
        delimiter=";",
    ),
    _shape(
        "ltfrb_franchise_list_ph436",
        "NO.=row | CASE NO.=-:case_ph436 | NAME OF OPERATOR=full_name:ph_name436"
        " | PHILSYS CARD NO. (PCN)=national_id:pcn436 | DATE OF BIRTH=birth_date@%m/%d/%Y"
        " | SEX=sex:sex_ph436 | ADDRESS=address:addr_ph436 | CONTACT NO.=phone:phone_ph436"
        " | DENOMINATION=-:denom436 | ROUTE / AUTHORIZED AREA=-:route436"
        " | PLATE NO.=-:plate_ph436 | NO. OF UNITS=-:units436 | DATE GRANTED=date@%m/%d/%Y",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("curp436", "nik436", "ke_id436", "tc436", "pcn436")
SEX_HOLDS: tuple[str, ...] = ("sex_mx436", "sex_id436", "sex_ke436", "sex_tr436", "sex_ph436")
NAME_HOLDS = frozenset(
    {"mx_given436", "mx_pat436", "id_name436", "ke_name436", "tr_given436", "tr_family436"}
    | {"ph_name436"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_mx436",
    "phone_id436",
    "phone_ke436",
    "phone_tr436",
    "phone_ph436",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("alamat436", "adres_tr436", "addr_ph436")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND436",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND436",
]
