"""The two-hundred-and-first part of the outside corpus, **blind 201** (written 02:21 UTC,
2026-12-07, never used for tuning): person files a power company's district branch, a cave tour
operator in Phong Nha, a city's sanitation company, a ward's justice section, NSW Fair Trading,
Blue Card Services in Queensland, a Northern Territory remote housing office, a Huon Valley
orchard's labour office and a New Zealand funded family care service could hand over. Four
Vietnamese files: the tenants of lodging houses who ask for a power meter of their own so they pay
the household tariff, in UTF-8 with a BOM and semicolons (the landlord and his phone, his customer
code and the new one, the meter, its first reading); the guests booked on cave expeditions, in
Windows-1258 with tabs (the tour and the day it leaves, weight, whether they swim, their health,
the emergency contact, the insurance policy); the households booking a septic tank to be pumped,
in Excel (house number and street, ward and district apart, the water customer code, the tank,
the last time it was pumped, the volume and cost, the street group head); and the people asking
for copies of a civil status extract, in UTF-16 with tabs (whose record it is, the kind of
extract, the original register entry, copies, fee, the officer, the day it is ready). Five
foreign files: the rental bonds lodged with NSW Fair Trading, in UTF-8 with a BOM (the bond
number, the tenant's surname and given names, the rented premises with suburb, state and
postcode, the agent and their licence, rent, bond and the lease start); the Queensland blue card
applications, in Excel (the application and card numbers, other names used, place of birth, the
Queensland driver licence, the organisation, the decision); the tenants of remote community
houses in the Northern Territory, in UTF-8 (Yolŋu, Tiwi, Warlpiri and Arnhem family names, the
Medicare card, the community and lot, the household, the rent and the language spoken); the
orchard pickers taken on in the Huon Valley, in UTF-8 with tabs (the Medicare number and IRN,
the TFN with its check digit, suburb, state and postcode, the super fund, the BSB, the visa
subclass and the start date); and the family carers paid under Funded Family Care in New
Zealand, in UTF-8 with a BOM (the carer's IRD number, Māori and Pākehā names with macrons, the
address, iwi, the disabled person cared for with their NHI, the NASC, the hours and rate).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind201_writers import WRITERS_BLIND201
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND201: tuple[Shape, ...] = (
    _shape(
        "nguoi_thue_tro_dang_ky_lap_cong_to_dien_rieng_dien_luc_quan_vn201",
        "STT=row | Họ và tên người thuê=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | SĐT=phone:phone_dotted | Địa chỉ phòng trọ=address"
        " | Chủ nhà trọ=-:landlord201 | SĐT chủ nhà=-:landlord_phone201"
        " | Mã KH chủ nhà=-:pe_host201 | Số người ở=-:occupants201 | Mã KH cấp mới=-:pe_new201"
        " | Số công tơ=-:meter201 | Chỉ số treo (kWh)=-:reading201"
        " | Ngày treo công tơ=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "khach_dang_ky_tour_tham_hiem_hang_dong_phong_nha_ke_bang_vn201",
        "TT=row | Họ và tên khách=full_name | Giới tính=sex | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd:cccd_spaced | Điện thoại=phone | Email=email | Địa chỉ=address"
        " | Tour đăng ký=-:tour201 | Ngày khởi hành=date@%d/%m/%Y | Cân nặng (kg)=-:weight201"
        " | Biết bơi=-:swim201 | Tiền sử bệnh=-:health201 | Người LH khẩn cấp=-:emer201"
        " | SĐT khẩn cấp=-:emer_phone201 | Số HĐ bảo hiểm=-:insure201",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "ho_dang_ky_hut_ham_cau_be_phot_cong_ty_moi_truong_do_thi_vn201",
        "TT=row | Tên chủ hộ=full_name | Số điện thoại=phone:phone_spaced | Số nhà, đường=street"
        " | Phường=ward:ward201 | Quận=district:district201 | Mã KH nước sạch=-:water201"
        " | Dung tích bể (m3)=-:tank201 | Lần hút gần nhất=date:last201"
        " | Ngày hẹn hút=date@%d/%m/%Y | KL hút (m3)=-:volume201 | Thành tiền (đ)=-:cost201"
        " | Tổ trưởng TDP=-:leader201 | Tình trạng=-:status201",
        file="xlsx",
    ),
    _shape(
        "so_cap_ban_sao_trich_luc_ho_tich_bo_phan_tu_phap_ubnd_phuong_vn201",
        "Số TT=row | Ngày tiếp nhận=date@%d/%m/%Y | Họ tên người yêu cầu=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số ĐDCN=cccd | Nơi cư trú=address"
        " | Điện thoại=phone | Người được cấp trích lục=-:subject201 | Quan hệ=-:kin201"
        " | Loại trích lục=-:extract201 | Số ĐK gốc=-:entry201 | Số bản sao=-:copies201"
        " | Lệ phí (đ)=-:fee201 | Công chức tư pháp=-:officer201"
        " | Ngày hẹn trả=date:ready201",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "rental_bond_lodgements_fair_trading_nsw_au201",
        "No.=row | Bond Number=-:nsw_bond201 | Tenant Surname=family_name"
        " | Tenant Given Names=given_name | Tenant DOB=birth_date@%d/%m/%Y"
        " | Premises Address=street:au_street201 | Suburb=suburb:nsw_suburb201"
        " | State=state:nsw_state201 | Postcode=postcode:nsw_pc201"
        " | Tenant Mobile=phone:au_mobile201 | Tenant Email=email"
        " | Managing Agent=-:nsw_agent201 | Agent Licence No.=-:nsw_licence201"
        " | Weekly Rent ($)=-:nsw_rent201 | Bond Amount ($)=-:nsw_bondamt201"
        " | Lease Start=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "blue_card_applications_blue_card_services_qld_au201",
        "Row=row | Application No.=-:qld_app201 | Blue Card No.=-:qld_card201 | Title=-:au_title201"
        " | Family Name=family_name | Given Name(s)=given_name | Other Names Used=-:qld_aka201"
        " | Date of Birth=birth_date@%d/%m/%Y | Sex=sex:au_sex201"
        " | Place of Birth=-:qld_pob201 | Qld Driver Licence No.=-:qld_dl201"
        " | Residential Address=street:au_street201 | Suburb/Locality=suburb:qld_suburb201"
        " | State=state:qld_state201 | Postcode=postcode:qld_pc201"
        " | Mobile=phone:au_mobile201 | Email=email | Organisation=-:qld_org201"
        " | Decision=-:qld_decision201 | Decision Date=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "remote_public_housing_tenancy_register_territory_housing_nt_au201",
        "Ref=row | Tenancy No.=-:nt_tenancy201 | Surname=family_name:nt_family201"
        " | First Name=given_name:nt_given201 | DOB=birth_date@%d/%m/%Y | M/F=sex:nt_sex201"
        " | Medicare Card=national_id:nt_medicare201 | CRN=-:nt_crn201"
        " | Lot / House=street:nt_lot201 | Community=district:nt_community201"
        " | Postcode=postcode:nt_pc201 | Contact Ph=phone:nt_phone201"
        " | Household Members=-:nt_household201 | Rent per Fortnight ($)=-:nt_rent201"
        " | Language=-:nt_language201 | Tenancy Start=date@%d/%m/%Y"
        " | Housing Officer=-:nt_officer201",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "seasonal_harvest_workers_onboarding_huon_valley_orchard_tas_au201",
        "Line=row | Emp ID=-:tas_emp201 | Surname=family_name | First Name=given_name"
        " | D.O.B.=birth_date@%d-%m-%Y | Gender=sex:au_sex201"
        " | Medicare No.=national_id:tas_medicare201 | IRN=-:tas_irn201 | TFN=-:tas_tfn201"
        " | Home Address=street:au_street201 | Suburb=suburb:tas_suburb201"
        " | State=state:tas_state201 | P/Code=postcode:tas_pc201 | Mobile=phone:au_mobile201"
        " | Email=email | Super Fund=-:tas_super201 | BSB=-:tas_bsb201 | Acct No.=-:tas_acct201"
        " | Visa Subclass=-:tas_visa201 | Emergency Contact=-:tas_emer201"
        " | Start Date=date@%d-%m-%Y",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "funded_family_care_carers_register_disability_support_nz201",
        "Line=row | Carer name=full_name:nz_name201 | Carer IRD number=national_id:nz_ird201"
        " | Carer date of birth=birth_date@%d/%m/%Y | Gender=sex:nz_sex201"
        " | Postal address=address:nz_addr201 | Phone=phone:nz_phone201 | Email=email"
        " | Iwi=-:nz_iwi201 | Disabled person=-:nz_cared201 | NHI=-:nz_nhi201"
        " | Relationship=-:nz_rel201 | NASC=-:nz_nasc201 | Hours per week=-:nz_hours201"
        " | Hourly rate=-:nz_rate201 | Start date=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("nt_medicare201", "tas_medicare201", "nz_ird201")
SEX_HOLDS: tuple[str, ...] = ("au_sex201", "nt_sex201", "nz_sex201")
NAME_HOLDS = frozenset({"nt_family201", "nt_given201", "nz_name201"})
PHONE_HOLDS: tuple[str, ...] = ("au_mobile201", "nt_phone201", "nz_phone201")
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("nz_addr201",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND201",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND201",
]
