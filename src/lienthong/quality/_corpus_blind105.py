"""The hundred-and-fifth part of the outside corpus, **blind 105** (written 17:32 UTC, 2026-12-06,
never used for tuning): person files a district health centre's rabies vaccination room, a
training body for occupational safety, a city tax office collecting landlords' returns, a
district labour office paying relatives' visits to martyrs' graves, Fiji's Tertiary Scholarships
and Loans Service, Samoa's Senior Citizens Benefit Fund, Tonga's Social Welfare Scheme, a
Kiribati copra subsidy buying station and a Work and Income service centre could hand over. Four
Vietnamese files: a Quảng Ngãi district health centre's book of people bitten by animals given
the rabies vaccine (sổ theo dõi tiêm vắc xin phòng dại) in Excel (the day bitten, the animal, the
wound and its grade, whether the animal lived ten days, serum or not, the vaccine, the days of
the third and seventh doses, a child's guardian and his phone, the fee with dotted thousands); a
Hải Phòng training body's list of workers trained in occupational safety group 3 (huấn luyện
ATVSLĐ nhóm 3) in Windows-1258 with semicolons (home town apart from the home, the strict job,
the employer, the test marks, the card's number, day and end); a Đà Nẵng tax office's list of
individuals declaring rent from property (cho thuê tài sản, mẫu 01/TTS) in UTF-8 with a BOM and
semicolons (the tax code beside the CCCD, the property let, which is not the home, the tenant,
the contract, the term, the rent, VAT and personal income tax); and a Nghệ An district's list of
martyrs' relatives given support to visit the graves (hỗ trợ thăm viếng mộ liệt sĩ) in UTF-16
with tabs and headers without diacritics (the relation, the martyr's name and year fallen, the
cemetery, the number going, the distance, the amount, the day). Five foreign files: Fiji's TSLS
list of tertiary scholarship awardees in UTF-8 with English/iTaukei/Fiji Hindi headers (the TIN,
the birth registration number, ``+679`` phones, the institution and programme, the scheme, the
parent or guardian and his phone, the household income, the offer's day); Samoa's Senior
Citizens Benefit Fund payees in UTF-8 with a BOM and Samoan/English headers (the name as given
name and family name, ``Tane``/``Fafine``, the fund number, the national digital ID, village,
district and island in one cell, ``+685`` phones, the nominee who collects and the relation, the
bank, the monthly benefit, the start, remarks); Tonga's social welfare scheme for the elderly and
disabled in Excel with Tongan/English headers (``Tangata``/``Fefine``, the national ID number,
the village and the island division apart, ``+676`` phones, the scheme, the carer, the amount in
pa'anga, the start); a Kiribati copra subsidy payment list in Windows-1252 with tabs and
Gilbertese/English headers (``Mane``/``Aine``, the KPF number, the village and the island apart,
``+686`` phones, kilograms sold, the amount, the buying station, the officer, the day); and a
Work and Income list of hardship grants in UTF-8 with English/Māori headers (the IRD number with
its mod 11 digit, the NHI and the client number beside it, the street, suburb, town and postcode
apart, ``021`` phones, e-mail, the grant, the amount, recoverable or not, the day granted, the
service centre, the case manager).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind105_writers import WRITERS_BLIND105
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND105: tuple[Shape, ...] = (
    _shape(
        "so_theo_doi_tiem_vac_xin_phong_dai_vn105",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date:excel_date | Giới=sex"
        " | CCCD/ĐDCN=cccd | Địa chỉ=address:rabies_addr105 | SĐT=phone"
        " | Ngày bị cắn=date:excel_event | Con vật cắn=-:animal105 | Vị trí vết thương=-:wound105"
        " | Phân độ=-:grade105 | Tình trạng con vật=-:animal_state105 | Tiêm HTKD (SAR)=-:sar105"
        " | Loại vắc xin=-:vaccine105 | Mũi 2 (N3)=date:dose3_105 | Mũi 3 (N7)=date:dose7_105"
        " | Người giám hộ=-:guardian105 | ĐT người giám hộ=-:guardian_phone105"
        " | Thành tiền (đ)=-:rabies_fee105 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "huan_luyen_an_toan_ve_sinh_lao_dong_nhom3_vn105",
        "TT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Quê quán=-:hometown105"
        " | Nơi thường trú=address:safety_home105 | Công việc yêu cầu nghiêm ngặt=-:safety_job105"
        " | Đơn vị công tác=-:safety_firm105 | Điểm LT=-:theory105 | Kết quả TH=-:practice105"
        " | Số thẻ AT=-:card105 | Ngày cấp thẻ=date@%d/%m/%Y"
        " | Thẻ có giá trị đến=date:card_until105",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ca_nhan_cho_thue_tai_san_khai_thue_vn105",
        "STT=row | Mã số thuế=mst | Họ tên người cho thuê=full_name | Số CCCD=cccd"
        " | Ngày sinh=birth_date@%d/%m/%Y | Địa chỉ liên hệ=address:rent_home105"
        " | Điện thoại=phone:phone_dotted | Email=email | Tài sản cho thuê=-:asset105"
        " | Bên thuê=-:tenant105 | Số HĐ=-:contract105 | Thời hạn thuê từ=date@%d/%m/%Y"
        " | Đến=date:rent_until105 | Doanh thu (đồng)=-:rent105 | Thuế GTGT 5%=-:vat105"
        " | Thuế TNCN 5%=-:pit105",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "ho_tro_than_nhan_tham_vieng_mo_liet_si_vn105",
        "TT=row | Ho va ten than nhan=full_name:full_name_ascii | Ngay sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex | So CCCD=cccd | Noi cu tru=address:visit_addr105 | So DT=phone"
        " | Quan he voi LS=-:martyr_rel105 | Ho ten liet si=-:martyr105 | Nam hy sinh=-:fallen105"
        " | Noi an tang=-:grave105 | So nguoi di=-:visitors105 | Khoang cach (km)=-:km105"
        " | So tien ho tro (d)=-:visit_money105 | Ngay di=date@%d/%m/%Y | Ghi chu=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "tsls_scholarship_awardees_fj105",
        "No.=row | Surname / Yaca ni Vuvale / Upnaam=family_name:fj_family105"
        " | Given Names / Yaca / Naam=given_name:fj_given105"
        " | Date of Birth / Siga ni Sucu / Janam Tithi=birth_date@%d/%m/%Y"
        " | Gender / Tagane se Yalewa / Ling=sex:sex_fj105 | TIN=national_id:fj_tin105"
        " | Birth Reg. No.=-:fj_birthreg105"
        " | Residential Address / Vanua o Tiko / Pata=address:fj_home105"
        " | Mobile / Talevoni / Phone=phone:fj_phone105 | Email=email:fj_email105"
        " | Institution / Koronivuli / Vidyalay=-:fj_school105"
        " | Programme=-:fj_programme105 | Scheme=-:fj_scheme105"
        " | Parent/Guardian / Itubutubu / Abhibhavak=-:fj_guardian105"
        " | Guardian Phone=-:fj_guardian_phone105"
        " | Household Income (FJD)=-:fj_income105 | Offer Date=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "senior_citizens_benefit_fund_ws105",
        "Numera / No.=row | Numera SCBF / SCBF No.=-:ws_scbf105"
        " | Igoa Atoa / Full Name=full_name:ws_name105"
        " | Aso Fanau / Date of Birth=birth_date@%d/%m/%Y | Itupa / Gender=sex:sex_ws105"
        " | Numera ID Faale-Malo / National ID No.=national_id:ws_id105"
        " | Nofoaga / Address=address:ws_home105 | Telefoni / Phone=phone:ws_phone105"
        " | Sui e Pikia / Nominee=-:ws_nominee105 | Faiā / Relationship=-:ws_relation105"
        " | Auala Totogi / Payment=-:ws_pay105 | Tupe / Amount (WST)=-:ws_amount105"
        " | Aso Amata / Start Date=date@%d/%m/%Y | Fa'amatalaga / Remarks=-:ws_note105",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "social_welfare_scheme_elderly_disability_to105",
        "Fika / No.=row | Hingoa Fakafāmili / Surname=family_name:to_family105"
        " | Hingoa / Given Names=given_name:to_given105"
        " | 'Aho Fā'ele'i / Date of Birth=birth_date:excel_date"
        " | Tangata pe Fefine / Sex=sex:sex_to105"
        " | Fika ID Fakafonua / National ID=national_id:to_id105"
        " | Kolo / Village=district:to_village105 | Vahefonua / Division=state:to_island105"
        " | Fika Telefoni / Phone=phone:to_phone105 | Polokalama / Scheme=-:to_scheme105"
        " | Tokotaha Tauhi / Carer=-:to_carer105 | Vaha'angatae / Relation=-:to_carer_rel105"
        " | Pa'anga / Amount=-:to_amount105 | 'Aho Kamata / Start Date=date:excel_event",
        english=True,
        file="xlsx",
    ),
    _shape(
        "copra_subsidy_payments_ki105",
        "No.=row | Aran / Name=full_name:ki_name105"
        " | Bongin Bungim / Date of Birth=birth_date@%d/%m/%Y | Mane ke Aine / Sex=sex:sex_ki105"
        " | KPF No.=-:ki_kpf105 | Kaawa / Village=district:ki_village105"
        " | Abamakoro / Island=state:ki_island105 | Tareboon / Phone=phone:ki_phone105"
        " | Kiro / Weight (kg)=-:ki_kg105 | Mwaiti / Amount (AUD)=-:ki_amount105"
        " | Tabo ni Kabobaraki / Buying Station=-:ki_station105"
        " | Ofitia / Officer=-:ki_officer105 | Bong / Date=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter="\t",
    ),
    _shape(
        "work_and_income_hardship_grants_nz105",
        "Line=row | Client No. / Tau Kiritaki=-:nz_client105"
        " | IRD Number / Tau IRD=national_id:ird105 | NHI=-:nhi105"
        " | Surname / Ingoa Whānau=family_name:nz_family105"
        " | First Name(s) / Ingoa=given_name:nz_given105"
        " | Date of Birth / Rā Whānau=birth_date@%d/%m/%Y | Gender / Ira=sex:sex_nz105"
        " | Street Address / Wāhitau=street:nz_street105 | Suburb / Rohe=suburb:nz_suburb105"
        " | Town / Tāone=district:nz_town105 | Postcode / Waehere Poutāpeta=postcode:nz_postcode105"
        " | Phone / Waea=phone:nz_phone105 | Email / Īmēra=email:nz_email105"
        " | Grant Type / Momo Tahua=-:nz_grant105 | Amount / Moni ($)=-:nz_amount105"
        " | Recoverable=-:nz_recover105 | Date Granted / Rā Tuku=date@%d/%m/%Y"
        " | Service Centre / Pokapū Ratonga=-:nz_centre105 | Case Manager=-:nz_manager105",
        english=True,
        encoding="utf-8",
    ),
)

#: every date format of this part is one the corpus already knows how to spoil
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("fj_tin105", "ws_id105", "to_id105", "ird105")
SEX_HOLDS: tuple[str, ...] = ("sex_fj105", "sex_ws105", "sex_to105", "sex_ki105", "sex_nz105")
NAME_HOLDS = frozenset(
    {"fj_family105", "fj_given105", "ws_name105", "to_family105", "to_given105"}
    | {"ki_name105", "nz_family105", "nz_given105"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "fj_phone105",
    "ws_phone105",
    "to_phone105",
    "ki_phone105",
    "nz_phone105",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "rabies_addr105",
    "safety_home105",
    "rent_home105",
    "visit_addr105",
    "fj_home105",
    "ws_home105",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND105",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND105",
]
