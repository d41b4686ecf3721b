"""The two hundred and forty-first part of the outside corpus, **blind 241** (written 07:19 UTC,
2026-12-07, never used for tuning): person files a ward's police handing back identity cards the
post office found, a traffic police office converting discharged soldiers' military driving
licences, a provincial health department certifying family remedies, a commune police post
watching people barred from leaving their residence, a Texas county's voter registrar, a Florida
property appraiser, a New York City agency, a Louisiana disaster recovery programme and an Alaska
Native regional corporation could hand over. Four Vietnamese files: a ward police list of
citizens collecting identity cards lost and posted back by Vietnam Post, in UTF-8 with a BOM (the
card's number and its holder, the post office that handed it over and the handover slip, the
date returned, a relative collecting in the holder's place, the officer); a traffic police list
of discharged soldiers converting military driving licences in Excel (the military licence, its
class and issuing department, the discharge decision and unit, the new civilian class and
number); a health department list of traditional healers certified for a family remedy in
Windows-1258 with semicolons (the remedy, what it treats, the certificate and its date, the
clinic and its address); and a commune police list of people under an order not to leave their
residence in UTF-16 with tabs (the case, the investigating body, the order's number and dates,
the guarantor and a relative, the last report).
Five foreign files: a Travis County voter registration roll (the VUID, the Texas driver licence
or the SSN's last four, residence and mailing addresses, the precinct, the effective date); a
Miami-Dade homestead exemption list with English and Spanish headers (the folio, the SSN, the
Florida driver licence in its Soundex form, a co-owner, the year of the exemption); a New York
City Fair Fares enrolment export in snake_case (the Medicaid CIN, the SSN, the borough, the
case number); a Restore Louisiana homeowner assistance list in Excel (the FEMA registration, the
damaged home and its parish, the insurer, the award); and a Calista shareholder roster export
in camelCase with tabs (the shareholder number, the SSN's last four, the village of enrolment,
the P.O. box address, the beneficiary, the dividend).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind241_writers import WRITERS_BLIND241
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND241: tuple[Shape, ...] = (
    _shape(
        "cong_dan_nhan_lai_the_can_cuoc_danh_roi_buu_dien_chuyen_tra_cong_an_phuong_vn241",
        "STT=row | Họ và tên chủ thẻ=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số thẻ Căn cước=cccd | Nơi cư trú=address | Bưu cục chuyển trả=-:post241"
        " | Số biên bản bàn giao=-:slip241 | Ngày nhận từ Bưu điện=date@%d/%m/%Y"
        " | Ngày trả cho công dân=date:returned241 | Người nhận thay=-:proxy241"
        " | SĐT liên hệ=phone | CB trả thẻ=-:officer241 | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
    ),
    _shape(
        "quan_nhan_xuat_ngu_doi_gplx_quan_su_sang_gplx_dan_su_phong_csgt_vn241",
        "TT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd:cccd_spaced | Nơi thường trú=address"
        " | Số GPLX quân sự=-:mil_lic241 | Hạng (QS)=-:mil_class241"
        " | Cơ quan cấp GPLX QS=-:mil_issuer241 | Đơn vị trước khi xuất ngũ=-:unit241"
        " | QĐ xuất ngũ số=-:discharge241 | Ngày xuất ngũ=date@%d/%m/%Y"
        " | Hạng GPLX đổi=-:civ_class241 | Số GPLX được cấp=-:civ_lic241"
        " | Ngày tiếp nhận hồ sơ=date:received241 | Điện thoại=phone:phone_dotted",
        file="xlsx",
    ),
    _shape(
        "luong_y_duoc_cap_giay_chung_nhan_bai_thuoc_gia_truyen_so_y_te_vn241",
        "Stt=row | Ho ten luong y=full_name | Nam sinh (ngay/thang/nam)=birth_date@%d-%m-%Y"
        " | Gioi=sex | So CCCD=cccd | Dia chi thuong tru=address | Ten bai thuoc=-:remedy241"
        " | Dieu tri=-:treats241 | So GCN=-:gcn241 | Ngay cap GCN=date@%d-%m-%Y"
        " | Co so KCB YHCT=-:clinic241 | Dia chi co so=-:clinic_addr241"
        " | Nguoi truyen lai bai thuoc=-:elder241 | DT=phone",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "bi_can_bi_ap_dung_bien_phap_cam_di_khoi_noi_cu_tru_cong_an_xa_theo_doi_vn241",
        "STT=row | Họ tên bị can=full_name | Giới tính=sex | Sinh ngày=birth_date@%d/%m/%Y"
        " | Số định danh=cccd | Nơi cư trú=address | Tội danh=-:charge241"
        " | Cơ quan áp dụng=-:agency241 | Lệnh số=-:order241 | Từ ngày=date@%d/%m/%Y"
        " | Đến ngày=date:until241 | Người bảo lĩnh / thân nhân=-:guarantor241"
        " | SĐT thân nhân=-:rel_phone241 | Lần trình diện gần nhất=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "voter_registration_roll_tax_assessor_collector_travis_county_tx_us241",
        "REC#=row | VUID=-:vuid241 | LAST NAME=family_name:tx_family241"
        " | FIRST NAME=given_name:tx_given241"
        " | MIDDLE NAME=-:us_middle241 | SUFFIX=-:us_suffix241 | DOB=birth_date@%m/%d/%Y"
        " | GENDER=sex:tx_sex241 | TX DL/ID=-:tx_dl241 | SSN4=-:ssn4_241"
        " | RES STREET ADDRESS=street:tx_street241 | RES CITY=district:tx_city241"
        " | RES ZIP=postcode:tx_zip241 | MAIL ADDRESS=-:tx_mail241 | PCT=-:tx_pct241"
        " | EDR=date@%m/%d/%Y | STATUS=-:tx_status241",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "homestead_exemption_applications_property_appraiser_miami_dade_fl_us241",
        "# =row | Folio Number / Número de Folio=-:folio241"
        " | Applicant Name / Nombre del Solicitante=full_name:fl_name241"
        " | Date of Birth / Fecha de Nacimiento=birth_date@%m/%d/%Y"
        " | SSN / Seguro Social=national_id:ssn241 | FL DL / Licencia FL=-:fl_dl241"
        " | Property Address / Dirección de la Propiedad=street:fl_street241"
        " | City / Ciudad=district:fl_city241 | Zip Code / Código Postal=postcode:fl_zip241"
        " | Phone / Teléfono=phone:fl_phone241 | Co-Owner / Copropietario=-:fl_coowner241"
        " | Date of Ownership / Fecha de Adquisición=date@%m/%d/%Y"
        " | Exemption Year / Año=-:fl_year241 | Status / Estado=-:fl_status241",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "fair_fares_nyc_enrollments_hra_us241",
        "record_id=row | case_number=-:ny_case241 | cin=-:ny_cin241 | ssn=national_id:ssn241"
        " | last_name=family_name:us_family241 | first_name=given_name:us_given241"
        " | dob=birth_date@%m/%d/%Y | sex=sex:us_sex1_241 | street_address=street:ny_street241"
        " | apt=-:ny_apt241 | borough=district:ny_boro241 | zip=postcode:ny_zip241"
        " | phone=phone:ny_phone241 | email=email | program_basis=-:ny_basis241"
        " | enrollment_date=date@%m/%d/%Y | last_updated=timestamp",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "restore_louisiana_homeowner_assistance_applicants_ocd_la_us241",
        "#=row | App ID=-:la_app241 | Applicant Last Name=family_name:us_family241"
        " | Applicant First Name=given_name:us_given241 | DOB=birth_date@%m/%d/%Y"
        " | SSN=national_id:ssn241 | LA DL #=-:la_dl241"
        " | Damaged Property Address=street:la_street241 | City=district:la_city241"
        " | Parish=-:la_parish241 | State=state:la_state241 | ZIP+4=postcode:la_zip241"
        " | Phone=phone:la_phone241 | FEMA Reg #=-:la_fema241 | Insurer=-:la_insurer241"
        " | Co-Applicant=-:la_coapp241 | Award Amount=-:la_award241"
        " | Grant Agreement Date=date@%m/%d/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "shareholder_roster_calista_corporation_ak_us241",
        "recordId=row | shareholderNumber=-:ak_shnum241 | lastName=family_name:us_family241"
        " | firstName=given_name:us_given241 | dateOfBirth=birth_date@%m/%d/%Y"
        " | ssnLast4=-:ssn4_241 | sex=sex:us_sex241 | enrollmentVillage=-:ak_village241"
        " | mailingAddress=address:ak_mail241 | phoneNumber=phone:ak_phone241"
        " | classAShares=-:ak_shares241 | beneficiaryName=-:ak_benef241"
        " | dividendAmount=-:ak_dividend241 | enrollmentDate=date@%m/%d/%Y",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("ssn241",)
SEX_HOLDS: tuple[str, ...] = ("us_sex241", "us_sex1_241", "tx_sex241")
NAME_HOLDS = frozenset({"us_family241", "us_given241", "fl_name241", "tx_family241", "tx_given241"})
PHONE_HOLDS: tuple[str, ...] = ("fl_phone241", "ny_phone241", "la_phone241", "ak_phone241")
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ak_mail241",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND241",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND241",
]
