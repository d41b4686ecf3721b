"""The four-hundred-and-twenty-ninth part of the outside corpus, **blind 429** (written 01:05 UTC,
2026-12-08, never used for tuning): person files a provincial post office, a courier company's
transport centre, a district post office's counter, a district post office paying social
allowances, India Post, Poczta Polska, Correos de México, NIPOST and PTT could hand over about the
people they deliver to, drive for them and rent their boxes.
Four Vietnamese files: a post office's list of people renting a PO box, in Excel (the box number
and kind, the holder's CCCD, phone and email, the rental period and fee, who else may collect the
mail, the post office); a courier's list of trunk-route truck drivers in Windows-1258 with
semicolons and headers without diacritics (the licence number, class and expiry, the truck's plate
and model, the route, the day hired, the driver's mate, the status); a post office's log of items
waiting for their addressee, in UTF-16 with tabs (the S10 item number with its check digit, the
service, the addressee's phone, address and CCCD, the sender and their hotline, the day it came,
how often delivery was tried and why it failed, how long it is kept, the COD amount, the status,
when the row changed); and a list of monthly social allowances a postman pays at home to people
who cannot come to the counter, in UTF-8 with a BOM and ISO dates (the beneficiary code, the kind
and amount of allowance, the month paid, the guardian who receives for them, their relation and
phone, the postman, the day paid, the signature).
Five foreign files: an India Post savings bank list of accounts seeded with Aadhaar, in UTF-8 (the
account and scheme, the depositor, father's or husband's name, the Aadhaar in groups with its
Verhoeff digit, the PAN, the address, PIN code and account office, the nominee and relation, the
day opened, the balance, the KYC state); a Poczta Polska list of notified items (awizo) in
Windows-1250 with semicolons (the item number, its kind, the addressee's PESEL, street, postcode
and town, the sender, the first and second notice, the last day to collect, who collected it and
their ID card); a Correos de México delivery list in Excel (the guide, given names and both
surnames, the CURP, calle, colonia, municipio, estado and C.P., the sender, the status, who
received); a NIPOST address verification list in UTF-8 with tabs (the request and the bank or
employer that asked, surname and other names, the NIN, the address, postcode, LGA and state, the
field officer, the visit day, the outcome and GPS point); and a PTT kargo delivery list in UTF-8
with a BOM and pipes (the barcode, the addressee's T.C. Kimlik No, mahalle, street line, ilçe, il
and posta kodu, the sender, the kind and weight, the days accepted and delivered, who took it, the
status, the cash on delivery).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind429_writers import WRITERS_BLIND429
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND429: tuple[Shape, ...] = (
    _shape(
        "danh_sach_khach_hang_ca_nhan_thue_hop_thu_buu_chinh_buu_dien_tinh_vn429",
        "STT=row | Số hộp thư=-:box429 | Họ và tên chủ hộp thư=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd"
        " | Địa chỉ liên hệ=address | Điện thoại=phone | Email=email | Loại hộp=-:boxtype429"
        " | Thuê từ ngày=date@%d/%m/%Y | Đến ngày=date:box_end429"
        " | Cước thuê (đồng/năm)=-:fee429 | Người được ủy quyền nhận thư=-:proxy429"
        " | Bưu cục quản lý=-:po429 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "danh_sach_lai_xe_tuyen_truc_van_chuyen_buu_gui_lien_tinh_trung_tam_van_chuyen_vn429",
        "TT=row | Ho va ten lai xe=full_name | Ngay sinh=birth_date@%d/%m/%Y | So CCCD=cccd"
        " | Dien thoai=phone:phone_dotted | Noi o hien nay=address:addr429 | So GPLX=-:gplx429"
        " | Hang GPLX=-:hang429 | GPLX het han=date:gplx_end429"
        " | Bien kiem soat=-:plate429 | Loai xe=-:truck429 | Tuyen van chuyen=-:route429"
        " | Ngay vao lam=date@%d/%m/%Y | Lai phu=-:mate429 | Tinh trang=-:driver_st429",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_theo_doi_buu_gui_luu_tai_buu_cuc_cho_nguoi_nhan_den_nhan_vn429",
        "STT=row | Số hiệu bưu gửi=-:s10_429 | Dịch vụ=-:svc429 | Người nhận=full_name"
        " | ĐT người nhận=phone:phone_spaced | Địa chỉ người nhận=address:addr429"
        " | Số CCCD người nhận=cccd:cccd_spaced | Người gửi=-:sender429"
        " | ĐT người gửi=-:sender_phone429 | Ngày đến BC=date@%d-%m-%Y"
        " | Số lần phát=-:tries429 | Lý do chưa phát được=-:reason429"
        " | Hạn lưu giữ=date:keep429 | Tiền COD (đ)=-:cod429 | Trạng thái=-:st429"
        " | Cập nhật lúc=timestamp:stamp429",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "danh_sach_chi_tra_tro_cap_xa_hoi_tai_nha_nguoi_khong_tu_di_lai_buu_dien_huyen_vn429",
        "STT=row | Mã đối tượng=-:madt429 | Họ và tên đối tượng=full_name"
        " | Ngày tháng năm sinh=birth_date@%Y-%m-%d | Giới tính=sex"
        " | Số định danh cá nhân=cccd | Nơi cư trú=address:addr429 | Diện hưởng=-:dien429"
        " | Mức hưởng (đ/tháng)=-:muc429 | Kỳ chi trả=-:ky429"
        " | Người nhận thay=-:guardian429 | Quan hệ=-:grel429 | SĐT người nhận thay=-:gphone429"
        " | Nhân viên chi trả=-:payer429 | Ngày chi=date@%Y-%m-%d | Ký nhận=-:sign429",
        encoding="utf-8-sig",
    ),
    _shape(
        "india_post_posb_accounts_aadhaar_seeded_bahraich_division_in429",
        "Sl. No.=row | Account No.=-:in_acct429 | Scheme=-:in_scheme429"
        " | Name of Depositor=full_name:in_name429 | Father's/Husband's Name=-:in_father429"
        " | Date of Birth=birth_date@%d-%m-%Y | Gender=sex:sex_in429"
        " | Aadhaar No.=national_id:in_aadhaar429 | PAN=-:in_pan429"
        " | Mobile No.=phone:phone_in429 | Address=address:in_addr429"
        " | PIN Code=postcode:in_pin429 | Account Office=-:in_office429"
        " | Nominee=-:in_nominee429 | Relationship=-:in_rel429"
        " | Date of Opening=date@%d-%m-%Y | Balance (Rs.)=-:in_bal429 | KYC Status=-:in_kyc429",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "poczta_polska_wykaz_przesylek_awizowanych_up_lodz_pl429",
        "Lp.=row | Numer nadania=-:pl_s10_429 | Rodzaj przesyłki=-:pl_kind429"
        " | Adresat=full_name:pl_name429 | PESEL=national_id:pl_pesel429"
        " | Ulica i nr domu=street:pl_street429 | Kod pocztowy=postcode:pl_kod429"
        " | Miejscowość=district:pl_town429 | Telefon=phone:pl_phone429"
        " | Nadawca=-:pl_sender429 | Data I awizo=date@%d.%m.%Y"
        " | Data II awizo=date:pl_awizo2_429 | Termin odbioru=date:pl_deadline429"
        " | Odebrał(a)=-:pl_who429 | Dokument tożsamości=-:pl_doc429 | Uwagi=-:pl_note429",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
    _shape(
        "correos_de_mexico_relacion_de_entrega_oaxaca_mx429",
        "No.=row | Número de guía=-:mx_guia429 | Nombre(s)=given_name:mx_giv429"
        " | Primer apellido=family_name:mx_fam429 | Segundo apellido=-:mx_fam2_429"
        " | CURP=national_id:mx_curp429 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_mx429 | Calle y número=street:mx_street429"
        " | Colonia=suburb:mx_col429 | Municipio=district:mx_mun429 | Estado=state:mx_edo429"
        " | C.P.=postcode:mx_cp429 | Teléfono=phone:phone_mx429 | Remitente=-:mx_sender429"
        " | Fecha de recepción=date@%d/%m/%Y | Estatus=-:mx_st429 | Recibió=-:mx_recv429",
        english=True,
        file="xlsx",
    ),
    _shape(
        "nipost_address_verification_service_requests_ng429",
        "S/N=row | AVS Ref. No.=-:ng_ref429 | Requesting Organisation=-:ng_req429"
        " | Surname=family_name:ng_fam429 | Other Names=given_name:ng_giv429"
        " | NIN=national_id:ng_nin429 | Date of Birth=birth_date@%d/%m/%Y | Sex=sex:sex_ng429"
        " | Phone Number=phone:phone_ng429 | Email Address=email"
        " | Address to be Verified=address:ng_addr429 | Postcode=postcode:ng_post429"
        " | LGA=district:ng_lga429 | State=state:ng_state429"
        " | Field Officer=-:ng_officer429 | Date of Visit=date@%d/%m/%Y"
        " | Outcome=-:ng_outcome429 | GPS Coordinates=-:ng_gps429",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "ptt_kargo_teslimat_listesi_dagitim_merkezi_tr429",
        "Sıra=row | Barkod No=-:tr_barkod429 | Alıcı Adı Soyadı=full_name:tr_name429"
        " | Alıcı TCKN=national_id:tr_tc429 | Alıcı GSM=phone:phone_tr429"
        " | Mahalle=suburb:tr_mah429 | Adres=street:tr_street429 | İlçe=district:tr_ilce429"
        " | İl=state:tr_il429 | Posta Kodu=postcode:tr_pk429 | Gönderici=-:tr_sender429"
        " | Gönderi Türü=-:tr_kind429 | Ağırlık (kg)=-:tr_kg429"
        " | Kabul Tarihi=date@%d.%m.%Y | Teslim Tarihi=date:tr_deliv429"
        " | Teslim Alan=-:tr_who429 | Durum=-:tr_status429"
        " | Tahsilat Tutarı (TL)=-:tr_cod429",
        english=True,
        encoding="utf-8-sig",
        delimiter="|",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "in_aadhaar429",
    "pl_pesel429",
    "mx_curp429",
    "ng_nin429",
    "tr_tc429",
)
SEX_HOLDS: tuple[str, ...] = ("sex_in429", "sex_mx429", "sex_ng429")
NAME_HOLDS = frozenset(
    {"in_name429", "pl_name429", "mx_giv429", "mx_fam429", "ng_fam429", "ng_giv429"}
    | {"tr_name429"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_in429",
    "pl_phone429",
    "phone_mx429",
    "phone_ng429",
    "phone_tr429",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr429", "in_addr429", "ng_addr429")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND429",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND429",
]
