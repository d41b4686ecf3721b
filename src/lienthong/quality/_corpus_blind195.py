"""The hundred-and-ninety-fifth part of the outside corpus, **blind 195** (written 02:00 UTC,
2026-12-07, never used for tuning): person files a commune moving livestock pens out of its
villages, a provincial hospital's rehabilitation ward, a fisheries sub-department following
fishermen seized at sea, a residential party cell, the Western Isles' bowel screening office, the
Northern Ireland Ambulance Service's patient transport desk, a Welsh health board's dental access
list, Jersey's Customer and Local Services and a West Yorkshire pension fund could hand over.
Four Vietnamese files: households helped to move their pig, poultry and cattle pens out of
residential areas, in Windows-1258 with semicolons and headers without diacritics (the animals,
their number, the old pen's area, the concentrated farming zone, the support in dong, the day the
move was accepted); stroke patients in rehabilitation, in UTF-16 with tabs (the record number,
the health insurance card, the day of onset, the type of stroke, the paralysed side, the Barthel
score in and out, the relative and the relative's phone, the day admitted to the ward);
fishermen seized and held by foreign forces, in Excel (the role on
board, the boat's number, the owner, the country, the waters, whether they are home, the day
they came back, the family's phone); and party members excused from work and cell meetings, in
UTF-8 with a BOM and semicolons (the party card, the days admitted and made full member, the
cell, the reason, the decision). Five foreign files: a Western Isles bowel screening round with
Gaelic townships (CHI number with its mod-11 digit and the birthday inside, the township, the
post town, HS postcodes, the GP practice, the kit sent and returned, the FIT result, the
colonoscopy); Northern Ireland patient transport bookings (Health and Care number with its mod-11
digit, the pick-up address, BT postcodes, 028 phones, the hospital and clinic, the time, the
mobility, the escort, who booked); a Welsh dental access list with Welsh/English headers (NHS
number with its mod-11 digit, Welsh streets, LL postcodes, the preferred language, the priority,
the practice allocated); Jersey registration cards under the housing and work law (the social
security number, a flat or a house, the parish, JE postcodes, the nationality, the residential
status, the employer, the card's issue and expiry); and a Local Government Pension Scheme fund's
member data (the National Insurance number, the title, the locality and the town apart, West
Yorkshire postcodes, the employer, the payroll number, the pensionable pay, the status, the
nominee, the date left).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind195_writers import WRITERS_BLIND195
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND195: tuple[Shape, ...] = (
    _shape(
        "ho_di_doi_chuong_trai_chan_nuoi_ra_khoi_khu_dan_cu_ubnd_xa_vn195",
        "STT=row | Ho ten chu ho=full_name:full_name_ascii | Ngay sinh=birth_date@%d/%m/%Y"
        " | So CCCD=cccd | Dia chi thuong tru=address:addr_dd195"
        " | Loai vat nuoi=-:livestock195 | So luong (con)=-:heads195"
        " | DT chuong cu (m2)=-:old_barn195 | Noi di doi den=-:new_site195"
        " | Kinh phi ho tro (d)=-:barn_aid195 | Ngay nghiem thu=date@%d/%m/%Y"
        " | SDT=phone | Ghi chu=-:dd_note195",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "benh_nhan_dot_quy_phuc_hoi_chuc_nang_khoa_phcn_bvdk_tinh_vn195",
        "STT=row | Số BA=-:ba195 | Họ tên người bệnh=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới=sex | Số CCCD/ĐDCN=cccd | Mã thẻ BHYT=bhyt | Địa chỉ=address"
        " | Ngày khởi phát=date@%d/%m/%Y | Thể đột quỵ=-:stroke195 | Bên liệt=-:side195"
        " | Barthel lúc vào=-:barthel_in195 | Barthel lúc ra=-:barthel_out195"
        " | Người nhà=-:relative195 | SĐT người nhà=-:rel_phone195"
        " | Ngày vào khoa=date:admitted195",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ngu_dan_bi_nuoc_ngoai_bat_giu_xu_ly_chi_cuc_thuy_san_bdbp_vn195",
        "TT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Nơi thường trú=address | Chức danh trên tàu=-:crew_role195"
        " | Số đăng ký tàu=-:boat195 | Chủ tàu=-:owner195 | Nước bắt giữ=-:seized_by195"
        " | Ngày bị bắt=date@%d/%m/%Y | Vùng biển bị bắt=-:waters195"
        " | Tình hình hiện nay=-:detained195 | Ngày về địa phương=date:returned195"
        " | SĐT gia đình=-:family_phone195",
        file="xlsx",
    ),
    _shape(
        "dang_vien_mien_cong_tac_sinh_hoat_dang_chi_bo_khu_dan_cu_vn195",
        "TT=row | Họ và tên đảng viên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số thẻ ĐV=-:party_card195 | Số CCCD=cccd | Nơi cư trú=address"
        " | Ngày vào Đảng=date:joined195 | Ngày chính thức=date:official195"
        " | Tuổi Đảng=-:years_party195 | Chi bộ=-:cell195 | Lý do=-:reason195"
        " | Nội dung miễn=-:exempt_kind195 | Số QĐ=-:decision195"
        " | Ngày QĐ=date@%d/%m/%Y | ĐT=phone:phone_dotted",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "bowel_screening_round_nhs_western_isles_sgrudadh_scot195",
        "Seq=row | CHI Number=national_id:chi_wi195 | Surname=family_name:wi_family195"
        " | Forename=given_name:wi_given195 | Date of Birth=birth_date@%d/%m/%Y"
        " | Sex=sex:wi_sex195 | Address Line 1=street:wi_street195"
        " | Baile / Township=suburb:wi_township195 | Post Town=district:wi_town195"
        " | Postcode=postcode:wi_pc195 | Tel No=phone:wi_phone195 | GP Practice=-:wi_gp195"
        " | Round=-:wi_round195 | Kit Sent=date@%d/%m/%Y | Kit Returned=date:wi_returned195"
        " | FIT (ug Hb/g)=-:wi_fit195 | Outcome=-:wi_outcome195"
        " | Colonoscopy Date=date:wi_colo195",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "patient_care_service_bookings_nias_western_hsct_ni195",
        "No.=row | Booking Ref=-:nias_ref195 | H&C No.=national_id:hc_ni195"
        " | Surname=family_name:ni_family195 | Forename=given_name:ni_given195"
        " | DOB=birth_date@%d/%m/%Y | Gender=sex:ni_sex195"
        " | Pick-up Address=street:ni_street195 | Town=district:ni_town195"
        " | Postcode=postcode:ni_pc195 | Contact No.=phone:ni_phone195"
        " | Destination=-:ni_dest195 | Clinic=-:ni_clinic195 | Appt Date=date@%d/%m/%Y"
        " | Appt Time=-:ni_time195 | Mobility=-:ni_mobility195 | Escort Y/N=-:ni_escort195"
        " | Booked By=-:ni_booker195",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "rhestr_mynediad_deintyddol_dental_access_list_bwrdd_iechyd_wls195",
        "Rhif / No.=row | Rhif GIG / NHS No.=national_id:nhs_cy195"
        " | Cyfenw / Surname=family_name:cy_family195"
        " | Enw(au) cyntaf / Forename(s)=given_name:cy_given195"
        " | Dyddiad geni / DOB=birth_date@%d/%m/%Y | Rhywedd / Gender=sex:cy_sex195"
        " | Cyfeiriad / Address=street:cy_street195 | Tref / Town=district:cy_town195"
        " | Cod post / Postcode=postcode:cy_pc195 | Ffôn / Telephone=phone:cy_phone195"
        " | Iaith / Language=-:cy_lang195 | Dyddiad ychwanegu / Date added=date@%d/%m/%Y"
        " | Blaenoriaeth / Priority=-:cy_priority195"
        " | Practis / Practice allocated=-:cy_practice195 | Statws / Status=-:cy_status195",
        english=True,
        file="xlsx",
    ),
    _shape(
        "registration_cards_control_of_housing_and_work_cls_je195",
        "Ref=row | Card No.=-:je_card195 | Social Security No.=national_id:je_ssn195"
        " | Surname=family_name:je_family195 | Forename(s)=given_name:je_given195"
        " | Date of Birth=birth_date@%d/%m/%Y | Sex=sex:je_sex195 | Nationality=-:je_nat195"
        " | Residential Status=-:je_status195 | Date of Arrival=date@%d/%m/%Y"
        " | Address=street:je_street195 | Parish=district:je_parish195"
        " | Postcode=postcode:je_pc195 | Mobile=phone:je_phone195"
        " | Employer=-:je_employer195 | Card Issued=date:je_issued195"
        " | Card Expires=date:je_expiry195",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "lgps_member_data_west_yorkshire_pension_fund_eng195",
        "Seq=row | Member Ref=-:lgps_ref195 | NI Number=national_id:nino_en195"
        " | Title=-:en_title195 | Surname=family_name:en_family195"
        " | Forenames=given_name:en_given195"
        " | Gender=sex:en_sex195 | Date of Birth=birth_date@%d/%m/%Y"
        " | Address 1=street:en_street195 | Address 2=suburb:en_locality195"
        " | Town=district:en_town195 | Postcode=postcode:en_pc195"
        " | Telephone=phone:en_phone195 | Employer=-:en_employer195"
        " | Payroll No=-:en_payroll195 | Date Joined Scheme=date@%d/%m/%Y"
        " | Pensionable Pay=-:en_pay195 | Status=-:en_status195 | Nominee=-:en_nominee195"
        " | Date Left=date:en_left195",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "chi_wi195",
    "hc_ni195",
    "nhs_cy195",
    "je_ssn195",
    "nino_en195",
)
SEX_HOLDS: tuple[str, ...] = ("wi_sex195", "ni_sex195", "cy_sex195", "je_sex195", "en_sex195")
NAME_HOLDS = frozenset(
    {
        "wi_family195",
        "wi_given195",
        "ni_family195",
        "ni_given195",
        "cy_family195",
        "cy_given195",
        "je_family195",
        "je_given195",
        "en_family195",
        "en_given195",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "wi_phone195",
    "ni_phone195",
    "cy_phone195",
    "je_phone195",
    "en_phone195",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_dd195",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND195",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND195",
]
