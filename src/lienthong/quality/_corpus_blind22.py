"""The twenty-second part of the outside corpus, **blind 22** (written 05:20 UTC, 2026-12-06,
never used for tuning): person files a university's student affairs office, a taxi company, a
district's land-clearance compensation board, an agricultural cooperative, the Venezuelan IVSS,
the Tajik social insurance and pension agency, a Botswana medical aid society, the Albanian health
insurance fund and the Brunei employees trust fund could hand over, in layouts no other part uses.
Four Vietnamese files: a university's scholarship recipients in UTF-8 with a BOM (students born
2003-2006, ``MSSV``, the class and faculty, the scholarship and its amount, the bank account, a
parent's name and phone, ``Mã bưu chính``); a taxi company's drivers in Windows-1258 separated by
``;`` with ASCII headers (``SO_CCCD`` written in groups, the driving licence number and class, the
plate, dotted phones, ``dd-mm-yyyy`` dates and a guarantor with his phone); a district board's
households receiving land-clearance compensation in UTF-16 with tab separators and capital headers
(the land parcel and map sheet, the area taken, the sum paid, the person who collected it in the
owner's stead); and an agricultural cooperative's members in Excel with abbreviated headers (``NS``,
``GT``, ``Số ĐDCN``, the capital contributed, the farmed area and the heir).
Five foreign files: a Venezuelan IVSS pensioners' list in Latin-1 with capital headers (``CEDULA``
written ``V-12.345.678``, no check digit; ``URB.``/``AV.``/``EDIF.`` addresses, four-digit postal
zones, ``0414-1234567`` phones and the proxy who collects the pension); a Tajik pension list in
UTF-8 with Tajik headers (``Насаб``, ``Ном``, ``Номи падар``, the nine-digit ``РМА`` taxpayer
number, the passport number, ``ш.``/``к.``/``х.`` addresses, six-digit ``734025`` postcodes,
``dd.mm.yyyy`` dates and the trusted person); a Botswana medical aid list (``Omang No.``, nine
digits whose fifth is 1 for a man and 2 for a woman, no check digit; plot and ward addresses,
``P.O. Box`` postal addresses since the country has no postcodes, ``71 234 567`` phones,
``12 March 1985`` dates, the next of kin); an Albanian FSDKSH list in Windows-1250 with Albanian
headers (``Nr. personal`` written ``I50312001A``, the decade letter, the month plus 50 for women
and a control letter whose rule is not published; ``Atësia`` for the father's name, ``Kodi
postar``, ``069 123 4567`` phones, the contact person); and a Brunei TAP list in Excel with Malay
headers (``No. K/P`` written ``01-234567``, names with ``bin``/``binti``, ``Simpang`` and
``Kampong`` addresses, ``BE1318`` postcodes, ``+673 812 3456`` phones, the heir).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind22_writers import WRITERS_BLIND22
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND22: tuple[Shape, ...] = (
    _shape(
        "hoc_bong_sinh_vien_vn22",
        "STT=row | MSSV=-:student22 | Họ và tên sinh viên=full_name"
        " | Ngày sinh=birth_date:student_birth22"
        " | Giới tính=sex | Số CCCD=cccd:student_cccd22 | Lớp=-:class22 | Khoa=-:faculty22"
        " | Hộ khẩu thường trú=address | Mã bưu chính=postcode:post22 | Điện thoại=phone"
        " | Loại học bổng=-:scholarship22 | Số tiền (đồng)=-:award22"
        " | Số tài khoản=-:account22 | Họ tên phụ huynh=-:parent22"
        " | SĐT phụ huynh=-:parent_phone22 | Ngày quyết định=date",
        encoding="utf-8-sig",
        delimiter=",",
    ),
    _shape(
        "tai_xe_taxi_vn22",
        "TT=row | MA_LAI_XE=-:driver22 | HO_TEN=full_name | NGAY_SINH=birth_date@%d-%m-%Y"
        " | GIOI_TINH=sex | SO_CCCD=cccd:cccd_spaced | SO_GPLX=-:licence22"
        " | HANG_GPLX=-:licence_class22 | BIEN_SO_XE=-:plate22 | DIA_CHI=address"
        " | MA_BUU_CHINH=postcode:post22 | DTDD=phone:phone_dotted"
        " | NGUOI_BAO_LANH=-:guarantor22 | DT_NGUOI_BAO_LANH=-:guarantor_phone22"
        " | NGAY_VAO_LAM=date@%d-%m-%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "boi_thuong_gpmb_vn22",
        "STT=row | MÃ HỘ=-:household22 | HỌ TÊN CHỦ SỬ DỤNG ĐẤT=full_name"
        " | NGÀY SINH=birth_date | SỐ CCCD=cccd | ĐỊA CHỈ THƯỜNG TRÚ=address"
        " | MÃ BƯU CHÍNH=postcode:post22 | SỐ ĐIỆN THOẠI=phone | THỬA ĐẤT SỐ=-:parcel22"
        " | TỜ BẢN ĐỒ SỐ=-:sheet22 | DIỆN TÍCH THU HỒI (m2)=-:area22"
        " | TỔNG TIỀN BỒI THƯỜNG (đồng)=-:compensation22 | NGƯỜI NHẬN THAY=-:collector22"
        " | SĐT NGƯỜI NHẬN THAY=-:collector_phone22 | NGÀY CHI TRẢ=date",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "xa_vien_htx_nn_vn22",
        "TT=row | Mã XV=-:member22 | Họ tên xã viên=full_name | NS=birth_date@%d.%m.%Y"
        " | GT=sex | Số ĐDCN=cccd | Thôn=-:hamlet22 | Địa chỉ=address"
        " | Mã BC=postcode:post22 | ĐT=phone | Vốn góp (đ)=-:capital22"
        " | DT canh tác (ha)=-:farmland22 | Người thừa kế=-:heir22 | ĐT người TK=-:heir_phone22"
        " | Ngày kết nạp=date@%d.%m.%Y",
        file="xlsx",
    ),
    _shape(
        "pensionados_ivss_ve",
        "NRO=row | CEDULA=national_id:cedula_ve | APELLIDOS=family_name:ve_family"
        " | NOMBRES=given_name:ve_given | FECHA NAC=birth_date@%d/%m/%Y | SEXO=sex:sex_ve"
        " | DIRECCION=address:address_ve | ZONA POSTAL=postcode:post_ve"
        " | TELEFONO=phone:phone_ve | APODERADO=-:proxy_ve | TLF APODERADO=-:proxy_phone_ve"
        " | FECHA OTORGAMIENTO=date@%d/%m/%Y",
        english=True,
        encoding="latin-1",
        delimiter=";",
    ),
    _shape(
        "nafaqa_tj",
        "№=row | Насаб=family_name:tj_family | Ном=given_name:tj_given"
        " | Номи падар=-:patronymic_tj | Санаи таваллуд=birth_date@%d.%m.%Y | Ҷинс=sex:sex_tj"
        " | РМА=national_id:inn_tj | Рақами шиноснома=-:passport_tj | Суроға=address:address_tj"
        " | Индекси почта=postcode:post_tj | Телефон=phone:phone_tj"
        " | Шахси боваринок=-:trustee_tj | Телефони шахси боваринок=-:trustee_phone_tj"
        " | Санаи таъини нафақа=date@%d.%m.%Y",
        english=True,
        delimiter=";",
    ),
    _shape(
        "medical_aid_bw",
        "No.=row | Omang No.=national_id:omang_bw | Surname=family_name:bw_family"
        " | First Name(s)=given_name:bw_given | Date of Birth=birth_date@%d %B %Y"
        " | Gender=sex:sex_bw | Physical Address=address:address_bw"
        " | Postal Address=-:box_bw | Cell No.=phone:phone_bw | Next of Kin=-:nok_bw"
        " | Next of Kin Cell=-:nok_phone_bw | Date Joined=date@%d %B %Y",
        english=True,
    ),
    _shape(
        "fsdksh_te_siguruar_al",
        "Nr.=row | Nr. personal=national_id:nid_al | Emri=given_name:al_given"
        " | Atësia=-:father_al | Mbiemri=family_name:al_family"
        " | Datëlindja=birth_date@%d/%m/%Y | Gjinia=sex:sex_al | Adresa=address:address_al"
        " | Kodi postar=postcode:post_al | Nr. telefoni=phone:phone_al"
        " | Personi i kontaktit=-:contact_al | Tel. kontakti=-:contact_phone_al"
        " | Data e regjistrimit=date@%d/%m/%Y",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
    _shape(
        "ahli_tap_bn",
        "Bil.=row | No. K/P=national_id:ic_bn | Nama=full_name:bn_full"
        " | Tarikh Lahir=birth_date@%d-%m-%Y | Jantina=sex:sex_bn | Alamat=address:address_bn"
        " | Poskod=postcode:post_bn | No. Tel.=phone:phone_bn | Nama Waris=-:waris_bn"
        " | No. Tel. Waris=-:waris_phone_bn | Tarikh Mencarum=date@%d-%m-%Y",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: ``12 March 1985`` is new.
INVALID_DAY = {"%d %B %Y": "31 February {y}"}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("cedula_ve", "inn_tj", "omang_bw", "nid_al", "ic_bn")
SEX_HOLDS: tuple[str, ...] = ("sex_ve", "sex_tj", "sex_bw", "sex_al", "sex_bn")
NAME_HOLDS = frozenset(
    {"ve_family", "ve_given", "tj_family", "tj_given", "bw_family", "bw_given", "al_given"}
    | {"al_family", "bn_full"}
)
PHONE_HOLDS: tuple[str, ...] = ("phone_ve", "phone_tj", "phone_bw", "phone_al", "phone_bn")
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("address_ve", "address_tj", "address_bw", "address_al")
ADDRESS_HOLDS += ("address_bn",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND22",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND22",
]
