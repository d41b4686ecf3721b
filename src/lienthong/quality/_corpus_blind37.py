"""The thirty-seventh part of the outside corpus, **blind 37** (written 08:26 UTC, 2026-12-06,
never used for tuning): person files a ward's civil registry, an adult vaccination clinic, a
provincial transport department, an apartment building's management board, an English county
council's adult social care, a US county clinic, Niger's CNSS, Palau's Social Security
Administration and Saint Lucia's National Insurance Corporation could hand over. Four Vietnamese
files: a ward's death registrations (khai tử) in Windows-1258 with semicolons (the deceased is the
record's person: his or her birth date, personal id number, last residence, the day and place of
death, the cause; the declarant with the relation and the declarant's CCCD; the justice officer);
an adult vaccination book in UTF-8 with a BOM (the vaccine, the dose and lot, ``dd-mm-yyyy``
dates, the vaccination site and its address, the nurse); a driving licence register in Excel (the
class, the twelve-digit licence number, the issue and expiry dates, the issuing authority); and an
apartment building's parking cards in UTF-16 with tabs (the card number, the unit and block, the
vehicle plate, type and colour, the monthly fee). Five foreign files: an English council's adult
social care list in Windows-1252 (the NHS number with its modulus 11 check digit, the National
Insurance number, the postcode, the GP practice, the next of kin and the social worker); a US
county clinic's patient list in UTF-8 (the SSN, month-first dates, the state and ZIP code, the
insurance payer, the emergency contact); a Nigerien CNSS list in Excel with French headers (the
NINA-era national identity card number, the quartier and commune, the region, ``+227`` phones, the
employer and the ``ayant droit``); a Palauan Social Security list in UTF-16 with English/Palauan
headers (the passport as identity document, month-first dates, the hamlet and state, ``+680``
phones, the beneficiary); and a Saint Lucian NIC list in UTF-8 with a BOM (the NIC number and the
national ID number, the quarter, ``+1 758`` phones, the employer and the beneficiary).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind37_writers import WRITERS_BLIND37
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND37: tuple[Shape, ...] = (
    _shape(
        "dang_ky_khai_tu_vn37",
        "STT=row | Số đăng ký=-:reg37 | Quyển số=-:book37 | Ngày đăng ký=date@%d/%m/%Y"
        " | Họ, chữ đệm, tên người chết=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Nơi cư trú cuối cùng=address"
        " | Ngày chết=date@%d/%m/%Y | Nơi chết=-:death_place37 | Nguyên nhân chết=-:cause37"
        " | Người đi khai tử=-:declarant37 | Quan hệ với người chết=-:relation37"
        " | Số CCCD người đi khai=-:declarant_id37 | Công chức tư pháp=-:officer37",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_tiem_chung_nguoi_lon_vn37",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d-%m-%Y | Giới tính=sex"
        " | Số CCCD=cccd | Điện thoại=phone | Địa chỉ=address | Tên vắc xin=-:vaccine37"
        " | Mũi số=-:dose37 | Số lô=-:lot37 | Ngày tiêm=date@%d-%m-%Y"
        " | Cơ sở tiêm chủng=-:site37 | Địa chỉ cơ sở tiêm=-:site_addr37"
        " | Người tiêm=-:nurse37 | Phản ứng sau tiêm=-:reaction37",
        encoding="utf-8-sig",
    ),
    _shape(
        "so_quan_ly_gplx_vn37",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Nơi cư trú=address | Hạng GPLX=-:class37 | Số GPLX=-:licence37"
        " | Ngày cấp=date@%d/%m/%Y | Có giá trị đến=-:expiry37 | Cơ quan cấp=-:authority37"
        " | Hình thức=-:kind37 | Số điện thoại=phone",
        file="xlsx",
    ),
    _shape(
        "the_gui_xe_chung_cu_vn37",
        "STT=row | Số thẻ=-:card37 | Chủ xe=full_name | Căn hộ=-:unit37 | Tòa=-:block37"
        " | Điện thoại=phone | Biển số xe=-:plate37 | Loại xe=-:vehicle37 | Màu xe=-:colour37"
        " | Phí tháng (đ)=-:fee37 | Ngày đăng ký=date@%d.%m.%Y | Ghi chú=-:note37",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "adult_social_care_gb37",
        "Ref=row | NHS Number=national_id:nhs_gb37 | NI Number=national_id:nino_gb37"
        " | Surname=family_name:gb_family37 | Forename(s)=given_name:gb_given37"
        " | DOB=birth_date@%d/%m/%Y | Gender=sex:sex_gb37 | Address Line 1=street:street_gb37"
        " | Town=-:town_gb37 | Postcode=postcode:postcode_gb37 | Tel=phone:phone_gb37"
        " | GP Practice=-:gp_gb37 | Next of Kin=-:kin_gb37 | NoK Tel=-:kin_phone_gb37"
        " | Social Worker=-:worker_gb37 | Referral Date=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "county_clinic_patients_us37",
        "MRN=-:mrn_us37 | Line=row | Patient Last Name=family_name:us_family37"
        " | Patient First Name=given_name:us_given37 | DOB=birth_date@%m/%d/%Y"
        " | Sex=sex:sex_us37 | SSN=national_id:ssn_us37 | Street Address=street:street_us37"
        " | City=-:city_us37 | State=state:state_us37 | ZIP=postcode:zip_us37"
        " | Home Phone=phone:phone_us37 | Primary Payer=-:payer_us37"
        " | Emergency Contact=-:contact_us37 | Last Visit=date@%m/%d/%Y",
        english=True,
    ),
    _shape(
        "cnss_assures_ne37",
        "N°=row | N° Immatriculation CNSS=-:cnss_ne37 | N° Carte d'identité=national_id:cni_ne37"
        " | Nom=family_name:ne_family37 | Prénom(s)=given_name:ne_given37"
        " | Né(e) le=birth_date@%d/%m/%Y | Sexe=sex:sex_ne37 | Adresse=address:address_ne37"
        " | Région=province:region_ne37 | Téléphone=phone:phone_ne37"
        " | Employeur=-:employer_ne37 | Ayant droit=-:heir_ne37"
        " | Date d'immatriculation=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "ssa_members_pw37",
        "No.=row | SS No.=-:ss_pw37 | Passport No.=national_id:passport_pw37"
        " | Last Name / Ngklel=family_name:pw_family37"
        " | First Name / Ngakl=given_name:pw_given37 | Date of Birth=birth_date@%m/%d/%Y"
        " | Sex=sex:sex_pw37 | Hamlet / Beluu=address:address_pw37 | State=state:state_pw37"
        " | Phone=phone:phone_pw37 | Employer=-:employer_pw37 | Beneficiary=-:heir_pw37"
        " | Date Enrolled=date@%m/%d/%Y",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nic_contributors_lc37",
        "No.=row | NIC No.=-:nic_lc37 | National ID No.=national_id:nid_lc37"
        " | Surname=family_name:lc_family37 | First Name=given_name:lc_given37"
        " | Date of Birth=birth_date@%d/%m/%Y | Sex=sex:sex_lc37"
        " | Address=address:address_lc37 | Quarter=district:quarter_lc37"
        " | Telephone=phone:phone_lc37 | Employer=-:employer_lc37"
        " | Beneficiary=-:heir_lc37 | Registration Date=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "nhs_gb37",
    "nino_gb37",
    "ssn_us37",
    "cni_ne37",
    "passport_pw37",
    "nid_lc37",
)
SEX_HOLDS: tuple[str, ...] = ("sex_gb37", "sex_us37", "sex_ne37", "sex_pw37", "sex_lc37")
NAME_HOLDS = frozenset(
    {"gb_family37", "gb_given37", "us_family37", "us_given37", "ne_family37", "ne_given37"}
    | {"pw_family37", "pw_given37", "lc_family37", "lc_given37"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_gb37",
    "phone_us37",
    "phone_ne37",
    "phone_pw37",
    "phone_lc37",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("address_ne37", "address_pw37", "address_lc37")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND37",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND37",
]
