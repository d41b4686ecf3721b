"""The twenty-sixth part of the outside corpus, **blind 26** (written 05:32 UTC, 2026-12-06,
never used for tuning): person files an inter-provincial ferry operator, a university dormitory,
a vocational school, a ward police office taking level-2 electronic identification (VNeID)
registrations, the National Insurance Board of Trinidad and Tobago, a Yemeni social welfare fund,
the Angolan social security institute (INSS), the Kosovo pension savings trust and a Mauritian
social security office could hand over, in layouts no other part uses. Four Vietnamese files: a
ferry's passenger manifest with UTF-8 BOM and semicolons (``Số CCCD/Hộ chiếu``, the nationality,
the ticket and seat numbers, the route, the departure date and a relative to call in an
emergency); a university dormitory's residents in Excel (``MSSV``, the faculty and class, the
block and room, ``Ngày vào ở`` and the parent's name and phone); a vocational school's trainees in
Windows-1258 with tab separators and the name split in ``Họ đệm`` and ``Tên`` (the trainee code,
the trade, the course, the admission date and the form teacher's name and phone); and a ward's
VNeID level-2 registrations in UTF-16 with unaccented snake-case headers (``so_dinh_danh``,
``yyyy-mm-dd`` dates, the registration's status and the police officer who took it with his
phone).
Five foreign files: a Trinidadian NIB list in Windows-1252 (``National ID No.`` of eleven digits
beginning with the birth date, ``NIS No.``, ``LP 45 Eastern Main Road, Laventille`` addresses,
six-digit postcodes, ``(868) 678-1234`` phones, the next of kin); a Yemeni social welfare fund's
list in Windows-1256 with Arabic headers (``الرقم الوطني`` of eleven digits, the four-part name,
governorate, district and neighbourhood addresses, ``ص.ب`` in place of a postcode, ``771 234 567``
phones, the ʿaqil who vouched for the household); an Angolan INSS list in Excel with Portuguese
headers (``N.º do BI`` written ``001234567LA041``, the father's and mother's names, ``Rua``,
``Bairro`` and ``Município`` addresses, ``Caixa Postal``, ``923 456 789`` phones); a Kosovan
pension trust list in Windows-1250 with Albanian headers (``Nr. personal`` of ten digits,
``12.03.1985`` dates, ``10000`` postcodes, ``044 123 456`` phones, the beneficiary); and a
Mauritian social security list in UTF-8 with tab separators (``NIC No.`` written ``S1203851234567``,
``Royal Road, Rose Hill`` addresses, five-digit postcodes, ``5712 3456`` phones, the next of kin).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind26_writers import WRITERS_BLIND26
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND26: tuple[Shape, ...] = (
    _shape(
        "hanh_khach_pha_vn26",
        "STT=row | Họ và tên hành khách=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD/Hộ chiếu=cccd | Quốc tịch=-:nationality26"
        " | Địa chỉ=address | Số điện thoại=phone | Mã bưu chính=postcode:ferry_post26"
        " | Số vé=-:ticket26 | Số ghế=-:seat26 | Tuyến=-:route26"
        " | Ngày khởi hành=date@%d/%m/%Y | Người thân liên hệ=-:relative26"
        " | SĐT người thân=-:relative_phone26",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "sinh_vien_ktx_vn26",
        "STT=row | MSSV=-:student26 | Họ và tên SV=full_name"
        " | Ngày sinh=birth_date:dorm_birth26 | Phái=sex | Số CCCD=cccd:dorm_cccd26"
        " | Khoa=-:faculty26 | Lớp=-:class26 | Phòng=-:room26 | ĐTDĐ=phone"
        " | Hộ khẩu thường trú=address | Mã BC=postcode:dorm_post26"
        " | Ngày vào ở=date@%d/%m/%Y | Họ tên phụ huynh=-:parent26"
        " | ĐT phụ huynh=-:parent_phone26",
        file="xlsx",
    ),
    _shape(
        "hoc_vien_nghe_vn26",
        "TT=row | Mã HV=-:trainee26 | Họ đệm=family_name:family_middle | Tên=given_name:given_only"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd | Nơi ở=address"
        " | Mã bưu chính=postcode:trade_post26 | SĐT=phone | Nghề đào tạo=-:trade26"
        " | Khóa=-:course26 | Ngày nhập học=date@%d/%m/%Y | GVCN=-:teacher26"
        " | SĐT GVCN=-:teacher_phone26",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "dinh_danh_muc2_vn26",
        "stt=row | so_dinh_danh=cccd | ho_ten=full_name:full_name_ascii"
        " | ngay_sinh=birth_date@%Y-%m-%d | gioi_tinh=sex:sex_caps | so_dien_thoai=phone"
        " | email=email"
        " | noi_thuong_tru=address:address_ascii | ma_buu_chinh=postcode:vneid_post26"
        " | ngay_dang_ky=date@%Y-%m-%d | trang_thai=-:status26 | can_bo_tiep_nhan=-:officer26"
        " | sdt_can_bo=-:officer_phone26",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nib_insured_tt26",
        "No.=row | National ID No.=national_id:id_tt26 | NIS No.=-:nis_tt26"
        " | Surname=family_name:tt_family26 | Given Names=given_name:tt_given26"
        " | Date of Birth=birth_date@%d/%m/%Y | Sex=sex:sex_tt26"
        " | Address=address:address_tt26 | Postal Code=postcode:post_tt26"
        " | Telephone=phone:phone_tt26 | Next of Kin=-:nok_tt26"
        " | Next of Kin Phone=-:nok_phone_tt26 | Date of Registration=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "rieaya_ye26",
        "م=row | الاسم الرباعي=full_name:name_ye26 | الرقم الوطني=national_id:id_ye26"
        " | تاريخ الميلاد=birth_date@%d/%m/%Y | الجنس=sex:sex_ye26"
        " | العنوان=address:address_ye26 | ص.ب=postcode:box_ye26"
        " | رقم الهاتف=phone:phone_ye26 | عاقل الحارة=-:aqil_ye26"
        " | هاتف العاقل=-:aqil_phone_ye26 | تاريخ الصرف=date@%d/%m/%Y",
        english=True,
        encoding="cp1256",
        delimiter=";",
    ),
    _shape(
        "inss_segurados_ao26",
        "N.º=row | Nome completo=full_name:name_ao26 | N.º do BI=national_id:bi_ao26"
        " | Filiação (Pai)=-:father_ao26 | Filiação (Mãe)=-:mother_ao26"
        " | Data de nascimento=birth_date@%d/%m/%Y | Sexo=sex:sex_ao26"
        " | Morada=address:address_ao26 | Caixa Postal=postcode:box_ao26"
        " | Telemóvel=phone:phone_ao26 | N.º de Segurança Social=-:niss_ao26"
        " | Pessoa de contacto=-:contact_ao26 | Telemóvel do contacto=-:contact_phone_ao26"
        " | Data de inscrição=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "trusti_kontribuues_xk26",
        "Nr.=row | Nr. personal=national_id:np_xk26 | Mbiemri=family_name:xk_family26"
        " | Emri=given_name:xk_given26 | Emri i prindit=-:parent_xk26"
        " | Data e lindjes=birth_date@%d.%m.%Y | Gjinia=sex:sex_xk26"
        " | Adresa=address:address_xk26 | Kodi postar=postcode:post_xk26"
        " | Komuna=-:komuna_xk26 | Tel.=phone:phone_xk26 | Përfituesi=-:heir_xk26"
        " | Tel. i përfituesit=-:heir_phone_xk26 | Data e regjistrimit=date@%d.%m.%Y",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
    _shape(
        "pension_list_mu26",
        "Serial No.=row | NIC No.=national_id:nic_mu26 | Surname=family_name:mu_family26"
        " | Other Names=given_name:mu_given26 | Date of Birth=birth_date@%d/%m/%Y"
        " | Sex=sex:sex_mu26 | Address=address:address_mu26"
        " | Postcode=postcode:post_mu26 | Mobile No.=phone:phone_mu26"
        " | Next of Kin=-:nok_mu26 | Next of Kin Mobile=-:nok_phone_mu26"
        " | Date of Application=date@%d/%m/%Y",
        english=True,
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("id_tt26", "id_ye26", "bi_ao26", "np_xk26", "nic_mu26")
SEX_HOLDS: tuple[str, ...] = ("sex_tt26", "sex_ye26", "sex_ao26", "sex_xk26", "sex_mu26")
NAME_HOLDS = frozenset(
    {"tt_family26", "tt_given26", "name_ye26", "name_ao26", "xk_family26", "xk_given26"}
    | {"mu_family26", "mu_given26"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_tt26",
    "phone_ye26",
    "phone_ao26",
    "phone_xk26",
    "phone_mu26",
)
#: addresses written with ``", "`` between their parts (the Yemeni one is written with Arabic
#: commas)
ADDRESS_HOLDS: tuple[str, ...] = ("address_tt26", "address_ao26", "address_xk26", "address_mu26")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND26",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND26",
]
