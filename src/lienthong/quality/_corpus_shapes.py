"""The shapes of the outside corpus (:mod:`lienthong.quality._corpus`): per file, its columns'
headers, true roles and what they hold, its encoding, delimiter and file type. Five parts:
:data:`TUNING` was used while tuning; :data:`HELD_OUT` was held out until its first measurement
(17:20 UTC, 2026-12-05) and has been looked at since; :data:`NEW_HELD_OUT` was written after
that, before the fixes it measured (18:17), and has been looked at since; :data:`FRESH_HELD_OUT`
was written at 19:45 UTC, before any rule it measures, and was looked at from 19:58 (its misses
drove the rules of 20:00); :data:`BLIND_HELD_OUT` was written at 19:55 before those rules and is
looked at since 20:16 (its misses drive the rules of 20:29); :data:`FINAL_BLIND` was written at
20:25 before those rules and is never used for tuning."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Col:
    """A column of a shape: its header, its true role (None: identifies no one / no role we
    name) and what it holds (a key of :data:`_WRITERS`)."""

    header: str
    role: str | None
    holds: str
    date_format: str = "%d/%m/%Y"


@dataclass(frozen=True)
class Shape:
    name: str
    columns: tuple[Col, ...]
    file: str = "csv"  # csv | xlsx
    encoding: str = "utf-8"
    delimiter: str = ","
    english: bool = False  # English names and streets instead of Vietnamese
    header: bool = True  # False: no header row, the first row of data names the columns


def _shape(name: str, spec: str, **options: object) -> Shape:
    """``"STT=row | HoTen=full_name | NS=birth_date@%Y%m%d | Chủ hộ=full_name:full_name"``:
    each column as ``header=role``, optionally ``:holds`` (what is written, when it differs from
    the role) and ``@date format``; role ``row`` is the row number, ``-`` no role."""
    columns = []
    for part in spec.split(" | "):
        header, _, rest = part.partition("=")
        rest, _, fmt = rest.partition("@")
        role, _, holds = rest.partition(":")
        if role == "row":
            columns.append(Col(header, None, "row"))
            continue
        real = None if role == "-" else role
        columns.append(Col(header, real, holds or role, fmt or "%d/%m/%Y"))
    return Shape(name, tuple(columns), **options)  # type: ignore[arg-type]


TUNING: tuple[Shape, ...] = (
    _shape(
        "bhxh_export",
        "STT=row | HoTen=full_name | NgaySinh=birth_date@%Y%m%d | GioiTinh=sex | SoCCCD=cccd"
        " | MaSoBHXH=bhxh | NgayCapNhat=timestamp",
        encoding="utf-8-sig",
    ),
    _shape(
        "phuong_xa",
        "stt=row | ho_va_ten=full_name | ns=birth_date | sdt=phone | dc=address | ghi_chu=-:note",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "clinic_en",
        "id=row | first_name=given_name | last_name=family_name | dob=birth_date@%Y-%m-%d"
        " | gender=sex:sex_en | email=email | phone=phone | last_modified=timestamp",
        english=True,
    ),
    _shape(
        "tax_xlsx",
        "STT=row | Mã số thuế=mst | Tên chủ hộ=full_name | Số CCCD chủ hộ=cccd"
        " | Điện thoại=phone | Doanh thu=-:amount",
        file="xlsx",
    ),
    _shape(
        "mixed_utf16",
        "No=row | Full name / Họ tên=full_name | Birth date=birth_date@%-d/%-m/%Y | CCCD=cccd"
        " | Sex=sex | Updated=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "school_latin1",
        "pupil_no=row | forename=given_name | surname=family_name"
        " | date_of_birth=birth_date@%d.%m.%Y | street=street | national_id=national_id"
        " | class=-:category",
        encoding="latin-1",
        english=True,
    ),
    _shape(
        "upper_case",
        "MA_HS=row | HO_TEN=full_name | NGAY_SINH=birth_date@%Y%m%d | GIOI_TINH=sex"
        " | SO_DINH_DANH=cccd | SO_THE_BHYT=bhyt | DIA_CHI=address",
    ),
    _shape(
        "cmnd_legacy",
        "TT=row | Họ tên=full_name | Số CMND=cmnd | Ngày sinh=birth_date | Email=email"
        " | Ngày cập nhật=timestamp",
        file="xlsx",
    ),
)

HELD_OUT: tuple[Shape, ...] = (
    _shape(
        "camel_case",
        "Stt=row | hoTen=full_name | ngaySinh=birth_date@%Y-%m-%d | soDienThoai=phone"
        " | maDinhDanh=cccd | thoiGianCapNhat=timestamp",
        delimiter="|",
    ),
    _shape(
        "hospital_en",
        "patient_no=row | given_name=given_name | family_name=family_name"
        " | birth_date=birth_date@%Y%m%d | ssn=national_id | mobile=phone | sex=sex:sex_en"
        " | updated_at=timestamp",
        encoding="utf-8-sig",
        english=True,
    ),
    _shape(
        "ho_kinh_doanh",
        "STT=row | Chủ hộ=full_name | MST=mst | CCCD=cccd | Địa chỉ kinh doanh=address"
        " | Vốn=-:amount",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "xlsx_dates",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date:excel_date | Giới tính=sex"
        " | Số định danh=cccd | Số BHXH=bhxh",
        file="xlsx",
    ),
    _shape(
        "volunteers_en",
        "ref=row | name=full_name:en_full_name | email_address=email | tel=phone"
        " | joined=date@%Y-%m-%d | team=-:category",
        english=True,
        encoding="latin-1",
    ),
    _shape(
        "bhyt_cards",
        "so_tt=row | ho_ten=full_name | ngay_sinh=birth_date@%-d/%-m/%Y | ma_the=bhyt"
        " | so_cccd=cccd | gioi=sex | cap_nhat_luc=timestamp",
        encoding="utf-16",
    ),
    _shape(
        "no_accents",
        "STT=row | Ho ten=full_name:full_name_ascii | Ngay sinh=birth_date | Dien thoai=phone"
        " | CCCD=cccd | Dia chi=address:address_ascii",
    ),
    _shape(
        "staff_mixed",
        "Mã NV=row | Family name=family_name | Tên=given_name | DOB=birth_date@%d-%m-%Y"
        " | Tax code=mst | E-mail=email | Last updated=timestamp",
        file="xlsx",
    ),
)

#: Written at 18:10 UTC, 2026-12-05, before the name and event-date rules it measures: new
#: header vocabularies (English title case, Vietnamese with qualifiers, bilingual headers),
#: event dates written like birth dates, and a given name that includes the middle name.
NEW_HELD_OUT: tuple[Shape, ...] = (
    _shape(
        "cap_cccd",
        "TT=row | Họ và tên công dân=full_name | Ngày sinh=birth_date | Số CCCD=cccd"
        " | Ngày cấp=date | Nơi cấp=-:category",
        encoding="utf-8-sig",
    ),
    _shape(
        "members_en",
        "Member ID=row | Full Name=full_name:en_full_name | Date of Birth=birth_date@%d/%m/%Y"
        " | Date Joined=date@%d/%m/%Y | Phone Number=phone | Membership=-:category",
        english=True,
    ),
    _shape(
        "customers_en",
        "customer_no=row | Name=full_name:en_full_name | created=date@%Y-%m-%d"
        " | birthday=birth_date@%Y-%m-%d | e_mail=email | street_address=street",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ho_tich",
        "Số TT=row | Họ=family_name | Tên=given_name | Ngày sinh=birth_date@%Y%m%d"
        " | Ngày đăng ký=date@%Y%m%d | Giới tính=sex",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "khach_hang",
        "MA_KH=row | TEN_KHACH_HANG=full_name | NGAY_TAO=date@%Y-%m-%d | SO_DT=phone"
        " | DIA_CHI=address | NHOM=-:category",
    ),
    _shape(
        "applicants_xlsx",
        "No.=row | Họ và tên (Full name)=full_name | Ngày sinh (DOB)=birth_date:excel_date"
        " | Ngày nộp hồ sơ=date:excel_event | CCCD/CMND=cccd | Email=email",
        file="xlsx",
    ),
    _shape(
        "registry_en",
        "ID=row | Surname=family_name | Given Names=given_name | Birth Date=birth_date@%d/%m/%Y"
        " | Registered=date@%d/%m/%Y | National ID=national_id",
        english=True,
        encoding="latin-1",
    ),
    _shape(
        "nop_ho_so",
        "stt=row | ho_ten_nguoi_nop=full_name | ngay_nop=date@%d-%m-%Y"
        " | ngaysinh=birth_date@%d-%m-%Y | so_dien_thoai=phone | ma_so_thue=mst",
    ),
)


def _nfd(spec: str) -> str:
    """A spec whose headers (and so the file's) are decomposed, as macOS tools write them."""
    return unicodedata.normalize("NFD", spec)


#: Written at 19:45 UTC, 2026-12-05, before the rules measured with it, from vocabularies none
#: of the other parts use: ALL CAPS Vietnamese without accents, French and Spanish headers,
#: glued camel-case tax headers, decomposed (NFD) text, English abbreviations, a household
#: list split into "Họ đệm" and "Tên", a file with no header row; ids written with spaces,
#: dd-mm-yy, yyyy.mm.dd and bare Excel serial dates; the row number not always first.
FRESH_HELD_OUT: tuple[Shape, ...] = (
    _shape(
        "cu_tri_caps",
        "SO TT=row | HO VA TEN=full_name:full_name_caps | NGAY SINH=birth_date@%d-%m-%y"
        " | GIOI TINH=sex:sex_caps | SO CCCD=cccd:cccd_spaced"
        " | NOI O HIEN NAY=address:address_caps",
    ),
    _shape(
        "personnel_fr",
        "Matricule=row | Nom=family_name | Prénom=given_name | Date de naissance=birth_date"
        " | Sexe=sex:sex_fr | Adresse=address | Téléphone=phone:phone_spaced | Courriel=email",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "padron_es",
        "Nº=row | Apellidos=family_name:two_surnames | Nombre=given_name"
        " | Fecha de nacimiento=birth_date@%d/%m/%Y | DNI/NIE=national_id:dni | Domicilio=street"
        " | Correo electrónico=email",
        english=True,
        encoding="latin-1",
    ),
    _shape(
        "thue_tncn",
        "MaSoThue=mst | STT=row | HoVaTenNNT=full_name | SoCMND_CCCD=cccd"
        " | NgaySinh=birth_date:excel_serial | DiaChiLienHe=address | ThuNhapChiuThue=-:amount",
        file="xlsx",
    ),
    _shape(
        "benh_nhan_nfd",
        _nfd(
            "Họ tên bệnh nhân=full_name:full_name_nfd | Mã BN=row | Số thẻ BHYT=bhyt:bhyt_spaced"
            " | Ngày sinh=birth_date@%Y.%m.%d | SĐT người nhà=phone:phone_dotted"
            " | Địa chỉ thường trú=address:address_nfd"
        ),
    ),
    _shape(
        "khong_tieu_de",
        "c1=row | c2=full_name | c3=birth_date | c4=sex | c5=cccd | c6=address",
        encoding="cp1258",
        delimiter=";",
        header=False,
    ),
    _shape(
        "nhan_khau",
        "TT=row | Họ đệm=family_name:family_middle | Tên=given_name:given_only"
        " | Ngày tháng năm sinh=birth_date | Giới=sex | Số định danh cá nhân=cccd"
        " | Nơi thường trú=address | Quan hệ với chủ hộ=-:relation",
        encoding="utf-8-sig",
    ),
    _shape(
        "hotel_guests",
        "GUEST_NO=row | LNAME=family_name | FNAME=given_name | BIRTHDATE=birth_date@%Y-%m-%d"
        " | NATIONALITY=-:nationality | ARRIVAL=date@%Y-%m-%d | EMAIL_ADDR=email"
        " | CONTACT_NO=phone",
        english=True,
        delimiter=";",
    ),
)


def _wide() -> str:
    """A 40-column export: six identifying columns among scores, flags and codes."""
    noise = [f"Score{i:02d}=-:score" for i in range(1, 21)]
    noise += [f"Flag{c}=-:flag" for c in "ABCDEFGHIJK"]
    named = [
        "RecordID=row", "Customer_NAME=full_name:en_full_name", "Branch=-:category",
        "DateOfBirth=birth_date:birth_int", "NationalIDNumber=national_id:passport",
        "HomeAddress=address", "MobilePhone=phone", "EmailAddress=email", "Segment=-:category",
    ]  # fmt: skip
    return " | ".join(named[:3] + noise[:12] + named[3:6] + noise[12:] + named[6:])


#: Written at 19:55 UTC, 2026-12-05, before the rules written that hour (driven by the fresh
#: part's misses only) and never used for tuning: German, Indonesian, Portuguese and Malay
#: headers, Vietnamese abbreviations (hoten, ngsinh, sodd, mst_cn, sothe_bhyt), mixed-case
#: English, a 40-column export, the same person written twice under renamed headers; TSV with
#: quoted newlines, d.m.yyyy and d/m/yyyy without zero padding, yyyymmdd as Excel integers,
#: yyyy/mm/dd; ids with Excel's leading apostrophe, NIK, Steuer-ID, CPF, MyKad and passports.
BLIND_HELD_OUT: tuple[Shape, ...] = (
    _shape(
        "einwohner_de",
        "Lfd. Nr.=row | Nachname=family_name | Vorname=given_name"
        " | Geburtsdatum=birth_date@%-d.%-m.%Y | Geschlecht=sex:sex_de"
        " | Straße und Hausnummer=street:street_de | Wohnort=-:town"
        " | Steuer-ID=national_id:steuer_id | Bemerkung=-:note_multiline",
        english=True,
        delimiter="\t",
    ),
    _shape(
        "penduduk_id",
        "No=row | NIK=national_id:nik | Nama Lengkap=full_name:en_full_name | Tempat Lahir=-:town"
        " | Tanggal Lahir=birth_date@%d-%m-%Y | Jenis Kelamin=sex:sex_id | Alamat=address"
        " | No. HP=phone",
        english=True,
    ),
    _shape(
        "cadastro_pt",
        "Código=row | Nome completo=full_name:en_full_name"
        " | Data de nascimento=birth_date@%-d/%-m/%Y | CPF=national_id:cpf | Endereço=address"
        " | Telefone=phone | E-mail=email",
        english=True,
        file="xlsx",
    ),
    _shape(
        "viet_tat",
        "stt=row | hoten=full_name | ngsinh=birth_date@%-d/%-m/%Y | gt=sex | sodd=cccd:cccd_apos"
        " | mst_cn=mst | sothe_bhyt=bhyt | dchi=address | ghichu=-:note_multiline",
        delimiter="\t",
    ),
    _shape("wide_export", _wide(), english=True, file="xlsx"),
    _shape(
        "bhyt_hgd",
        "TT=row | HO_TEN_TV=full_name | NGSINH=birth_date@%Y%m%d | GTINH=sex | MA_THE=bhyt"
        " | SO_CMT=cmnd | DCHI_TT=address | MA_DVI=-:category",
        encoding="utf-8-sig",
    ),
    _shape(
        "doi_ten_cot",
        "STT=row | Họ và tên=full_name | Tên khai sinh=full_name | Ngày sinh=birth_date"
        " | Ngày sinh (dương lịch)=birth_date@%Y-%m-%d | CCCD=cccd | Địa chỉ liên lạc=address",
    ),
    _shape(
        "patients_mixed",
        "PATIENT_id=row | firstNAME=given_name | Last_Name=family_name"
        " | DOB (YYYY/MM/DD)=birth_date@%Y/%m/%d | Gender=sex:sex_en"
        " | PASSPORT no=national_id:passport | Street Address=street | PhoneNumber=phone",
        english=True,
        delimiter="|",
    ),
    _shape(
        "ic_my",
        "Bil=row | Nama=full_name:en_full_name | No. K/P=national_id:mykad"
        " | Tarikh Lahir=birth_date@%d-%m-%Y | Jantina=sex:sex_en | Alamat=address | No. Tel=phone",
        english=True,
        delimiter=";",
    ),
)


#: Written at 20:25 UTC, 2026-12-05, before any rule it measures, and never used for tuning:
#: Vietnamese officialese (``Họ, chữ đệm và tên``, ``Ngày, tháng, năm sinh``, ``Số định danh cá
#: nhân``, ``Nơi thường trú``, ``Quê quán``), Dutch, Italian, Chilean Spanish and romanised Thai
#: headers, headers with units or codes in brackets, ids with an ``ID:`` prefix, and free-text
#: notes or remarks in several languages (Ghi chú, Opmerkingen, Note, Observaciones, Mô tả).
FINAL_BLIND: tuple[Shape, ...] = (
    _shape(
        "nhan_khau_ct01",
        "Số TT=row | Họ, chữ đệm và tên=full_name | Ngày, tháng, năm sinh=birth_date"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Quê quán=-:province"
        " | Nơi thường trú=address | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
    ),
    _shape(
        "bevolking_nl",
        "Volgnr=row | Achternaam=family_name | Voornamen=given_name"
        " | Geboortedatum=birth_date@%d-%m-%Y | Geslacht=sex:sex_nl | BSN=national_id:bsn"
        " | Straat en huisnummer=street:street_nl | Opmerkingen=-:note_nl",
        english=True,
        delimiter=";",
    ),
    _shape(
        "anagrafe_it",
        "N.=row | Cognome=family_name | Nome=given_name | Data di nascita=birth_date@%d/%m/%Y"
        " | Codice fiscale=national_id:codice_fiscale | Indirizzo=street:street_it"
        " | Note=-:note_en",
        english=True,
        file="xlsx",
    ),
    _shape(
        "don_vi_do",
        "Mã (code)=row | Họ tên [VN]=full_name | Ngày sinh (dd/mm/yyyy)=birth_date"
        " | Chiều cao (cm)=-:height | Cân nặng (kg)=-:weight | MST (10 số)=mst"
        " | Địa chỉ (thường trú)=address | Ghi chú / Remarks=-:note_vi",
        delimiter="\t",
    ),
    _shape(
        "the_id_prefix",
        "row_id=row | person_name=full_name | identity_no=cccd:cccd_prefixed"
        " | member_code=-:code_prefixed | birth=birth_date@%Y-%m-%d | mobile=phone"
        " | comment=-:note_en",
    ),
    _shape(
        "registro_cl",
        "Folio=row | Nombre completo=full_name:en_full_name | RUT=national_id:rut"
        " | Fecha nac.=birth_date@%d-%m-%Y | Dirección=street:street_es"
        " | Observaciones=-:note_es | Teléfono=phone",
        english=True,
        encoding="latin-1",
    ),
    _shape(
        "thai_rom",
        "lamdap=row | chue_namsakun=full_name:en_full_name | lek_prachachon=national_id:thai_id"
        " | wan_koet=birth_date@%d/%m/%Y | thi_yu=address | mai_het=-:note_en",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "benh_an_mo_ta",
        "Mã hồ sơ=row | Họ và tên người bệnh=full_name | Số hộ chiếu=national_id:passport"
        " | Ngày sinh=birth_date@%Y.%m.%d | Chỗ ở hiện tại=address | Mô tả=-:note_vi"
        " | Điện thoại=phone",
        file="xlsx",
    ),
)

SHAPES: tuple[Shape, ...] = (
    TUNING + HELD_OUT + NEW_HELD_OUT + FRESH_HELD_OUT + BLIND_HELD_OUT + FINAL_BLIND
)
#: shape name -> the part of the corpus it belongs to (how bench/outside.py reports it).
PART_OF: dict[str, str] = {
    **{s.name: "tuning" for s in TUNING},
    **{s.name: "held-out" for s in HELD_OUT},
    **{s.name: "new held-out" for s in NEW_HELD_OUT},
    **{s.name: "fresh held-out" for s in FRESH_HELD_OUT},
    **{s.name: "blind held-out" for s in BLIND_HELD_OUT},
    **{s.name: "final blind" for s in FINAL_BLIND},
}
