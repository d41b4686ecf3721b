"""The four-hundred-and-forty-sixth part of the outside corpus, **blind 446** (written 02:27 UTC,
2026-12-08, never used for tuning): person files a district police's traffic team, a city's
vehicle inspection board, a bus company, a traffic police unit, a Thai provincial land transport
office, a Chilean municipality, a Polish county's vehicle registration office, the Nigerian Federal
Road Safety Corps and an Indonesian Samsat office could hand over. Four Vietnamese files: a
district police's motorbike registration list in Windows-1258 with semicolons and unaccented
headers (the plate, the make, the colour, the frame and engine numbers, the kind of registration,
the seller the bike was bought from, the fee, the date); a list of cars overdue for inspection in
Excel (the plate, the model, the owner's identity, the last inspection centre and stamp, the
expiry date, the days overdue, the notice date, the update time); a bus company's monthly pass
holders in UTF-8 with a BOM and tabs (the card number, the school or workplace, the pass kind,
the route, the month, the price, the email); and a traffic police list of drivers' licence points
deducted in UTF-16 with semicolons (the licence number and class, the plate, the breach, the
record number and date, the points taken and left, the officer, a note).
Five foreign files: a Thai vehicle ownership transfer list with romanised headers (the 13-digit
ID with its mod-11 digit, the title with the full name, the address from house to changwat, the
plate in Thai script, the previous owner, the office); a Chilean permiso de circulación list in
Windows-1252 with semicolons (the RUT with its check digit, both surnames apart, the comuna, the
+56 9 mobile, the email, the PPU, the amount and instalment, the SOAP insurer); a Polish CEPiK
export (the PESEL, the street with flat, the postcode and miejscowość, the województwo, the plate,
the VIN, the kind of right to the car); a Nigerian FRSC driver's licence list in Excel (the NIN,
surname, first and middle names, the state, the +234 mobile, the licence number and class, the
blood group, the next of kin, the issue and expiry dates); and an Indonesian STNK list in UTF-8
with tabs (the NIK that holds the birth date, the name in capitals, the place of birth, the Jl.
address with RT/RW, the kabupaten/kota and province, the police number, the BPKB, the tax).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind446_writers import WRITERS_BLIND446
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND446: tuple[Shape, ...] = (
    _shape(
        "dang_ky_mo_to_cong_an_huyen_vn446",
        "STT=row | Ho ten chu xe=full_name | Ngay sinh=birth_date@%d/%m/%Y | Gioi tinh=sex"
        " | So CCCD=cccd | Noi thuong tru=address:home446 | So dien thoai=phone"
        " | Bien so=-:plate446 | Nhan hieu/So loai=-:brand446 | Mau son=-:color446"
        " | So khung=-:frame446 | So may=-:engine446 | Loai dang ky=-:regkind446"
        " | Nguoi ban (chu xe cu)=-:seller446 | Le phi (d)=-:fee446 | Ngay dang ky=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "xe_qua_han_dang_kiem_vn446",
        "STT=row | Biển kiểm soát=-:carplate446 | Nhãn hiệu xe=-:car446"
        " | Chủ phương tiện=full_name | Ngày sinh chủ PT=birth_date@%Y-%m-%d"
        " | Số định danh cá nhân=cccd | Địa chỉ chủ PT=address:home446 | SĐT liên hệ=phone"
        " | Đơn vị KĐ lần cuối=-:center446 | Số tem KĐ=-:stamp446 | Hạn KĐ=-:expiry446"
        " | Số ngày quá hạn=-:overdue446 | Ngày gửi thông báo=date@%Y-%m-%d"
        " | Cập nhật=timestamp",
        file="xlsx",
    ),
    _shape(
        "ve_thang_xe_buyt_vn446",
        "TT=row | Mã thẻ=-:card446 | Họ và tên=full_name"
        " | Ngày sinh (dd.mm.yyyy)=birth_date@%d.%m.%Y | Giới tính=sex"
        " | CCCD/ĐDCN=cccd:cccd_spaced | Nơi ở hiện nay=address:home446"
        " | Trường / Nơi làm việc=-:school446 | Loại vé=-:passkind446 | Tuyến=-:route446"
        " | Kỳ vé=-:month446 | Giá vé (đ)=-:price446 | Điện thoại=phone | Email=email"
        " | Ngày đăng ký=date@%d.%m.%Y",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "tru_diem_giay_phep_lai_xe_vn446",
        "STT=row | Họ tên người điều khiển=full_name | Ngày sinh=birth_date@%d-%m-%Y"
        " | Số CCCD=cccd | Số GPLX=-:licence446 | Hạng=-:class446 | BKS phương tiện=-:plate446"
        " | Nơi cư trú=address:home446 | Hành vi vi phạm=-:breach446 | Số biên bản=-:record446"
        " | Ngày vi phạm=date@%d-%m-%Y | Số điểm bị trừ=-:points446 | Điểm còn lại=-:left446"
        " | CBCS lập BB=-:csgt446 | SĐT=phone | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter=";",
    ),
    _shape(
        "on_kammasit_rot_th446",
        "Lamdap=row | Lek pracham tua prachachon=national_id:th_id446"
        " | Kham nam na / Chue / Namsakun=full_name:th_name446 | Phet=sex:sex_th446"
        " | Wan koet=birth_date@%d/%m/%Y | Thi yu=address:th_addr446"
        " | Changwat=state:th_province446 | Thorasap=phone:phone_th446"
        " | Lek thabian rot=-:th_plate446 | Yi ho / Run=-:th_car446"
        " | Phu on (doem)=-:th_seller446 | Samnakngan=-:th_office446"
        " | Wan thi on=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "permisos_de_circulacion_cl446",
        "N°=row | RUT=national_id:cl_rut446 | Nombres=given_name:cl_given446"
        " | Apellido paterno=family_name:cl_pat446 | Apellido materno=-:cl_mat446"
        " | Sexo=sex:sex_cl446 | Fecha nacimiento=birth_date@%d-%m-%Y"
        " | Dirección=street:cl_calle446 | Comuna=district:cl_comuna446"
        " | Teléfono=phone:phone_cl446 | Correo electrónico=email:cl_email446"
        " | PPU=-:cl_ppu446 | Marca / Modelo=-:cl_marca446 | Valor permiso=-:cl_monto446"
        " | Cuota=-:cl_cuota446 | Cía. SOAP=-:cl_soap446 | Fecha de pago=date@%d-%m-%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "cepik_wlasciciele_pl446",
        "Lp.=row | PESEL=national_id:pl_pesel446 | Nazwisko=family_name:pl_family446"
        " | Imię=given_name:pl_given446 | Data urodzenia=birth_date@%Y-%m-%d | Płeć=sex:sex_pl446"
        " | Ulica i nr domu/lokalu=street:pl_street446 | Kod pocztowy=postcode:pl_postcode446"
        " | Miejscowość=district:pl_city446 | Województwo=state:pl_woj446"
        " | Nr rejestracyjny=-:pl_plate446 | VIN=-:pl_vin446 | Marka, model=-:pl_marka446"
        " | Rodzaj uprawnienia=-:pl_right446 | Data rejestracji=date@%Y-%m-%d"
        " | Data aktualizacji=timestamp",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "frsc_driver_licences_ng446",
        "S/N=row | NIN=national_id:ng_nin446 | Surname=family_name:ng_family446"
        " | First Name=given_name:ng_given446 | Middle Name=-:ng_middle446"
        " | Gender=sex:sex_ng446 | Date of Birth=birth_date@%d/%m/%Y"
        " | Residential Address=address:ng_addr446 | State of Residence=state:ng_state446"
        " | Phone No.=phone:phone_ng446 | Licence No.=-:ng_licence446 | Class=-:ng_class446"
        " | Blood Group=-:ng_blood446 | Next of Kin=-:ng_kin446 | Date Issued=date@%d/%m/%Y"
        " | Expiry Date=-:ng_expiry446",
        english=True,
        file="xlsx",
    ),
    _shape(
        "stnk_samsat_id446",
        "No=row | NIK=national_id:id_nik446 | Nama Pemilik=full_name:id_name446"
        " | Tempat Lahir=-:id_born446 | Tgl. Lahir=birth_date@%d-%m-%Y"
        " | Jenis Kelamin=sex:sex_id446 | Alamat=address:id_addr446"
        " | Kab/Kota=district:id_kota446 | Provinsi=state:id_prov446"
        " | No. HP=phone:phone_id446 | No. Polisi=-:id_nopol446 | Merk/Type=-:id_motor446"
        " | No. BPKB=-:id_pkb446 | PKB (Rp)=-:id_pajak446 | Berlaku s/d=date@%d-%m-%Y"
        " | No. HP Keluarga=-:id_contact446",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "th_id446",
    "cl_rut446",
    "pl_pesel446",
    "ng_nin446",
    "id_nik446",
)
SEX_HOLDS: tuple[str, ...] = ("sex_th446", "sex_cl446", "sex_pl446", "sex_ng446", "sex_id446")
NAME_HOLDS = frozenset(
    {"th_name446", "cl_given446", "cl_pat446", "pl_family446", "pl_given446"}
    | {"ng_family446", "ng_given446", "id_name446"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_th446",
    "phone_cl446",
    "phone_ng446",
    "phone_id446",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "home446",
    "th_addr446",
    "cl_calle446",
    "ng_addr446",
    "id_addr446",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND446",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND446",
]
