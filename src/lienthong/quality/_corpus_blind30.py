"""The thirtieth part of the outside corpus, **blind 30** (written 05:55 UTC, 2026-12-06, never
used for tuning): person files a tax office, a district's market-management team, a hospital's
organ-donation unit, a commune's agricultural-extension station, Bahrain's Social Insurance
Organization, Mauritania's CNAM, Papua New Guinea's NASFUND, Togo's CNSS and Liechtenstein's
AHV-IV-FAK could hand over, in layouts no other part uses. Four Vietnamese files: a tax office's
personal income-tax finalisation filers in Excel (``Mã số thuế``, the period, the taxable income,
the refund asked for, the paying employer and the person the filer authorised, with his phone); a
district's street-vendor licences in Windows-1258 with semicolons and ASCII capital headers
(``SO GP``, the year of birth only, the goods, the selling spot and hours, the family member who
may sell in the holder's place, with his phone); a hospital's organ-donor registrations in UTF-16
with tab separators (``Số định danh cá nhân``, ``yyyy-mm-dd`` dates, the blood group, the organs
pledged and the relative to be told, with her phone); and a commune's agricultural-extension
trainees in UTF-8 with commas and abbreviated headers (``NS``, ``GT``, the course, the crop or
animal, the area farmed and the trainer, with her phone).
Five foreign files: a Bahraini SIO list in Excel with English headers (``CPR No.`` of nine
digits: yymm, a serial and a mod 11 check digit; ``Flat 12, Bldg 345, Road 2410, Block 324,
Manama`` addresses with the block in place of a postcode, ``+973 3612 3456`` phones, the
employer's contact person); a Mauritanian CNAM list in Windows-1252 with French headers (the
ten-digit ``NNI`` with no published check digit, ``Mohamed Ould Ahmed`` names, îlot and lot
addresses, the moughataa in place of a postcode, ``22 12 34 56`` phones, the person to warn); a
Papua New Guinean NASFUND list in UTF-8 (the ten-digit ``NID No.`` with no published check
digit, ``12-Mar-1985`` dates, section, lot and suburb addresses, three-digit postcodes, ``7123
4567`` phones, the nominated beneficiary); a Togolese CNSS list in UTF-8 with a byte-order mark
and capital French headers (the ten-digit ``NIU`` with no published check digit, quarter
addresses, ``BP 1234 Lomé`` post boxes, ``+228 90 12 34 56`` phones, the employer's contact);
and a Liechtenstein AHV list in Latin-1 with German headers and semicolons (the nine-digit
``AHV-Nr.`` written ``123.456.789`` with no published check digit, ``12.03.1985`` dates,
four-digit ``PLZ`` from 9485 to 9498, ``+423 232 12 34`` phones, the employer's payroll
contact).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind30_writers import WRITERS_BLIND30
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND30: tuple[Shape, ...] = (
    _shape(
        "quyet_toan_tncn_vn30",
        "STT=row | Mã số thuế=mst | Họ và tên người nộp thuế=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd | Địa chỉ cư trú=address"
        " | Mã bưu chính=postcode:tax_post30 | Điện thoại=phone | Kỳ quyết toán=-:period30"
        " | Tổng TN chịu thuế=-:income30 | Số thuế đề nghị hoàn=-:refund30"
        " | Tổ chức trả thu nhập=-:payer30 | Người được ủy quyền=-:proxy30"
        " | ĐT người được ủy quyền=-:proxy_phone30 | Ngày nộp hồ sơ=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "ban_hang_rong_vn30",
        "STT=row | SO GP=-:licence30 | HO TEN=full_name | NAM SINH=birth_date:birth_year30"
        " | GIOI TINH=sex | SO CCCD=cccd | NOI THUONG TRU=address"
        " | MA BC=postcode:vendor_post30 | DIEN THOAI=phone | MAT HANG=-:goods30"
        " | DIA DIEM BAN=-:spot30 | THOI GIAN BAN=-:hours30 | NGUOI BAN THAY=-:stand_in30"
        " | DT NGUOI BAN THAY=-:stand_in_phone30 | NGAY CAP=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "hien_tang_mo_tang_vn30",
        "Mã đăng ký=-:donor_no30 | STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%Y-%m-%d"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Nhóm máu=-:blood30"
        " | Bộ phận đăng ký hiến=-:organs30 | Địa chỉ liên hệ=address"
        " | Mã bưu chính=postcode:donor_post30 | Số điện thoại=phone"
        " | Người thân được thông báo=-:relative30 | Quan hệ=-:relation30"
        " | SĐT người thân=-:relative_phone30 | Ngày đăng ký=date@%Y-%m-%d",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hoc_vien_khuyen_nong_vn30",
        "TT=row | Họ tên HV=full_name | NS=birth_date@%d/%m/%Y | GT=sex | Số CCCD=cccd"
        " | Địa chỉ=address | Mã BC=postcode:farm_post30 | SĐT=phone | Lớp tập huấn=-:course30"
        " | Cây trồng/vật nuôi=-:crop30 | Diện tích (m2)=-:area30 | Giảng viên=-:trainer30"
        " | SĐT GV=-:trainer_phone30 | Ngày khai giảng=date@%d/%m/%Y",
    ),
    _shape(
        "sio_insured_bh30",
        "S. No.=row | CPR No.=national_id:cpr_bh30 | Name=full_name:name_bh30"
        " | Nationality=-:nation_bh30 | Date of Birth=birth_date@%d/%m/%Y | Gender=sex:sex_bh30"
        " | Address=address:address_bh30 | Block=postcode:block_bh30"
        " | Mobile=phone:phone_bh30 | Employer=-:employer_bh30"
        " | Contact Person=-:contact_bh30 | Contact Mobile=-:contact_phone_bh30"
        " | Date of Joining=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "cnam_assures_mr30",
        "N°=row | NNI=national_id:nni_mr30 | Nom=family_name:mr_family30"
        " | Prénom=given_name:mr_given30 | Date de naissance=birth_date@%d/%m/%Y"
        " | Sexe=sex:sex_mr30 | Adresse=address:address_mr30"
        " | Moughataa=postcode:moughataa_mr30 | Téléphone=phone:phone_mr30"
        " | Personne à prévenir=-:warn_mr30 | Tél. personne à prévenir=-:warn_phone_mr30"
        " | Date d'immatriculation=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "nasfund_members_pg30",
        "No.=row | Member No.=-:member_pg30 | NID No.=national_id:nid_pg30"
        " | Surname=family_name:pg_family30 | Given Names=given_name:pg_given30"
        " | DOB=birth_date@%d-%b-%Y | Gender=sex:sex_pg30"
        " | Residential Address=address:address_pg30"
        " | Postcode=postcode:post_pg30 | Mobile No.=phone:phone_pg30"
        " | Nominated Beneficiary=-:nominee_pg30 | Beneficiary Mobile=-:nominee_phone_pg30"
        " | Date Joined=date@%d-%b-%Y",
        english=True,
    ),
    _shape(
        "cnss_assures_tg30",
        "NUM=row | NIU=national_id:niu_tg30 | NOM=family_name:tg_family30"
        " | PRENOMS=given_name:tg_given30 | DATE NAISS.=birth_date@%d/%m/%Y | SEXE=sex:sex_tg30"
        " | QUARTIER / VILLE=address:address_tg30 | BOITE POSTALE=postcode:bp_tg30"
        " | TEL.=phone:phone_tg30 | EMPLOYEUR=-:employer_tg30"
        " | CONTACT EMPLOYEUR=-:contact_tg30 | TEL. CONTACT=-:contact_phone_tg30"
        " | DATE IMMAT.=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "ahv_versicherte_li30",
        "Lfd. Nr.=row | AHV-Nr.=national_id:ahv_li30 | Name=family_name:li_family30"
        " | Vorname=given_name:li_given30 | Geburtsdatum=birth_date@%d.%m.%Y"
        " | Geschlecht=sex:sex_de | Strasse=street:street_li30 | PLZ=postcode:plz_li30"
        " | Ort=-:town_li30 | Telefon=phone:phone_li30 | Arbeitgeber=-:employer_li30"
        " | Kontaktperson Lohnbüro=-:payroll_li30 | Tel. Lohnbüro=-:payroll_phone_li30"
        " | Eintritt=date@%d.%m.%Y",
        english=True,
        encoding="latin-1",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("cpr_bh30", "nni_mr30", "nid_pg30", "niu_tg30", "ahv_li30")
SEX_HOLDS: tuple[str, ...] = ("sex_bh30", "sex_mr30", "sex_pg30", "sex_tg30")
NAME_HOLDS = frozenset(
    {"name_bh30", "mr_family30", "mr_given30", "pg_family30", "pg_given30", "tg_family30"}
    | {"tg_given30", "li_family30", "li_given30"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_bh30",
    "phone_mr30",
    "phone_pg30",
    "phone_tg30",
    "phone_li30",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("address_bh30", "address_mr30", "address_pg30", "address_tg30")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND30",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND30",
]
