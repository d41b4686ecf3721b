"""The seventy-ninth part of the outside corpus, **blind 79** (written 16:12 UTC, 2026-12-06, never
used for tuning): person files a district paying disability allowances, a lower secondary
school, a commune's civil-status office, a ward's police post, Aruba's health insurer, the
Gibraltar Housing Authority, Jersey's Long-Term Care scheme, Eswatini's Phalala Fund and an
Ivorian social safety-net programme could hand over. Four Vietnamese files: a district's list of
people receiving the monthly disability allowance in Excel (the kind and degree of disability,
the coefficient and the amount, the carer with the relation and phone, the care money, the
decision); a school's list of teachers' continuing-education certificates in Windows-1258 with
semicolons (an ``x`` under ``Nữ`` for the women, the post and subject, the modules, periods,
score and result, the certificate number); a commune's register of deaths in UTF-16 with tabs
(the book, the ethnicity, the last residence, the hour, day, place and cause of death, the
person who declared it with the relation and their CCCD, the civil-status officer); and a ward's
list of boarding-house owners in UTF-8 with a BOM and tabs (the owner's own residence beside the
lodging's name and address, rooms, tenants, rent, the security pledge, the area policeman).
Five foreign files: an Aruban AZV list with Papiamento/Dutch headers and semicolons (the
persoonsnummer of the birth date yyyymmdd and two digits, ``dd-mm-yyyy`` dates, ``M``/``V``,
barrio and street lines, the district, ``+297 593 1234`` phones, the GP, the employer, the
contact person); a Gibraltar housing waiting list in Excel (the file reference, the six-digit
ID card number and the card type, estate flats, the single postcode GX11 1AA, ``+350 200 12345``
and ``+350 5401 2345`` phones, the joint applicant and their card); a Jersey long-term care list
in UTF-8 (the ``JY123456A`` social security number, the title apart, parish and ``JE2 4UH``
postcodes, ``01534`` and ``07797`` phones, the care level and provider, the weekly benefit, the
next of kin); an Eswatini Phalala Fund referral list in UTF-8 with tabs and siSwati/English
headers (the thirteen-digit PIN starting with the birth date, Lisilisa/Lesifazane, umphakatsi,
inkhundla and sifundza, ``+268 7612 3456`` phones, the hospitals, the escort); and an Ivorian
safety-net payment list in Latin-1 with French headers and semicolons (the eleven-digit NNI,
capital family names, the place of birth, locality, sous-préfecture and région, ``07 08 12 34
56`` phones, the mobile-money operator, the survey agent).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind79_writers import WRITERS_BLIND79
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND79: tuple[Shape, ...] = (
    _shape(
        "tro_cap_nguoi_khuyet_tat_vn79",
        "STT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Nơi cư trú (thôn, xã)=address:disab_addr79"
        " | Dạng tật=-:disab_kind79 | Mức độ khuyết tật=-:disab_degree79 | Hệ số=-:coef79"
        " | Mức trợ cấp hàng tháng (đồng)=-:allowance79 | Người trực tiếp chăm sóc=-:carer79"
        " | Quan hệ với NKT=-:carer_rel79 | SĐT người chăm sóc=-:carer_phone79"
        " | Kinh phí hỗ trợ chăm sóc (đồng)=-:care_amount79 | Số Quyết định=-:decision79"
        " | Hưởng từ ngày=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "chung_nhan_bdtx_giao_vien_vn79",
        "TT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Nữ=sex:female_x79"
        " | Số CCCD=cccd | Chức vụ=-:post79 | Môn giảng dạy=-:subject79"
        " | Điện thoại=phone:phone_dotted | Email=email | Nội dung BDTX=-:module79"
        " | Số tiết=-:periods79 | Điểm TB=-:score79 | Kết quả=-:grade79"
        " | Số GCN=-:cert_no79 | Ngày cấp=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_dang_ky_khai_tu_vn79",
        "Số=row | Quyển số=-:book79 | Họ, chữ đệm, tên người chết=full_name"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Giới tính=sex | Dân tộc=-:ethnic79"
        " | Quốc tịch=-:nation79 | Số định danh cá nhân=cccd"
        " | Nơi cư trú cuối cùng=address:last_home79 | Giờ, phút chết=-:death_hour79"
        " | Ngày chết=date:death_day79@%d/%m/%Y | Nơi chết=-:death_place79"
        " | Nguyên nhân chết=-:cause79 | Giấy báo tử=-:death_note79"
        " | Họ tên người đi khai tử=-:declarant79 | Quan hệ với người chết=-:declarant_rel79"
        " | Số CCCD người đi khai=-:declarant_cccd79 | Ngày đăng ký=date@%d/%m/%Y"
        " | Công chức tư pháp - hộ tịch=-:registrar79",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "chu_nha_tro_vn79",
        "STT=row | Họ tên chủ nhà trọ=full_name | Ngày sinh=birth_date@%d-%m-%Y | Giới tính=sex"
        " | Số CCCD=cccd:cccd_spaced | Nơi thường trú=address | SĐT=phone:phone_spaced"
        " | Tên khu trọ=-:lodge_name79 | Địa chỉ khu nhà trọ=-:lodge_addr79"
        " | Số phòng=-:rooms79 | Số người đang thuê=-:tenants79"
        " | Giá thuê (đ/phòng/tháng)=-:rent79 | Cam kết ANTT=-:pledge79"
        " | Ngày kiểm tra=date@%d-%m-%Y | CSKV phụ trách=-:police79",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "asegurado_azv_aw79",
        "Nr.=row | Persoonsnummer / Number di persona=national_id:pn_aw79"
        " | Fam / Achternaam=family_name:aw_family79 | Nomber / Voornamen=given_name:aw_given79"
        " | Fecha di nacemento / Geboortedatum=birth_date@%d-%m-%Y"
        " | Sexo / Geslacht=sex:sex_aw79 | Adres=street:street_aw79"
        " | Distrito / District=district:distrito_aw79 | Telefon / Telefoon=phone:phone_aw79"
        " | Dokter di cas / Huisarts=-:gp_aw79 | Patron / Werkgever=-:employer_aw79"
        " | Persona di contacto / Contactpersoon=-:contact_aw79"
        " | Fecha di inscripcion / Inschrijfdatum=date@%d-%m-%Y",
        english=True,
        delimiter=";",
    ),
    _shape(
        "housing_waiting_list_gi79",
        "No.=row | Ref No.=-:ref_gi79 | Surname=family_name:gi_family79"
        " | Forenames=given_name:gi_given79"
        " | ID Card No.=national_id:id_gi79 | Card Type=-:card_gi79"
        " | Date of Birth=birth_date@%d/%m/%Y | Sex=sex:sex_gi79"
        " | Present Address=address:addr_gi79 | Postcode=postcode:post_gi79"
        " | Tel. No.=phone:phone_gi79 | Joint Applicant=-:joint_gi79"
        " | Joint Applicant ID No.=-:joint_id_gi79 | Household Size=-:household_gi79"
        " | Bedrooms Required=-:bedrooms_gi79 | Priority Band=-:band_gi79"
        " | Date of Application=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "long_term_care_je79",
        "Line=row | Claim Ref=-:claim_je79 | Social Security No.=national_id:ssn_je79"
        " | Title=-:title_je79 | Surname=family_name:je_family79"
        " | Forename(s)=given_name:je_given79 | D.O.B.=birth_date@%d/%m/%Y"
        " | Address Line 1=street:street_je79 | Parish=district:parish_je79"
        " | Postcode=postcode:post_je79 | Telephone=phone:phone_je79 | Care Level=-:care_je79"
        " | Care Provider=-:provider_je79 | Weekly Benefit (£)=-:weekly_je79"
        " | Next of Kin=-:nok_je79 | NOK Telephone=-:nok_phone_je79 | Award Date=date@%d/%m/%Y",
        english=True,
    ),
    _shape(
        "phalala_referrals_sz79",
        "No.=row | Libito / First Name=given_name:sz_given79"
        " | Sibongo / Surname=family_name:sz_family79 | Inombolo ye-PIN / PIN=national_id:pin_sz79"
        " | Lusuku Lwekutalwa / Date of Birth=birth_date@%d/%m/%Y | Bulili / Sex=sex:sex_sz79"
        " | Umphakatsi / Chiefdom=suburb:chiefdom_sz79 | Inkhundla=district:inkhundla_sz79"
        " | Sifundza / Region=province:region_sz79 | Lucingo / Cell No.=phone:phone_sz79"
        " | Sibhedlela Lesitfumela / Referring Hospital=-:from_hosp_sz79"
        " | Sibhedlela Lesemukela / Receiving Hospital=-:to_hosp_sz79"
        " | Umphelekezeli / Escort=-:escort_sz79"
        " | Lucingo Lwemphelekezeli / Escort Cell=-:escort_phone_sz79"
        " | Lusuku Lwekudluliselwa / Referral Date=date@%d/%m/%Y",
        english=True,
        delimiter="\t",
    ),
    _shape(
        "filets_sociaux_paiement_ci79",
        "N° d'ordre=row | ID ménage=-:menage_ci79 | NNI=national_id:nni_ci79"
        " | Nom=family_name:ci_family79 | Prénoms=given_name:ci_given79"
        " | Date de naissance=birth_date@%d/%m/%Y | Lieu de naissance=-:birthplace_ci79"
        " | Sexe=sex:sex_ci79 | Localité / Quartier=suburb:locality_ci79"
        " | Sous-préfecture=district:sp_ci79 | Région=province:region_ci79"
        " | Contact=phone:phone_ci79 | Opérateur=-:operator_ci79"
        " | Montant trimestriel (FCFA)=-:amount_ci79 | Agent enquêteur=-:agent_ci79"
        " | Date de paiement=date@%d/%m/%Y",
        english=True,
        encoding="latin-1",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("pn_aw79", "id_gi79", "ssn_je79", "pin_sz79", "nni_ci79")
SEX_HOLDS: tuple[str, ...] = ("sex_aw79", "sex_gi79", "sex_sz79", "sex_ci79")
NAME_HOLDS = frozenset(
    {"aw_family79", "aw_given79", "gi_family79", "gi_given79", "je_family79", "je_given79"}
    | {"sz_given79", "sz_family79", "ci_family79", "ci_given79"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_aw79",
    "phone_gi79",
    "phone_je79",
    "phone_sz79",
    "phone_ci79",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("disab_addr79", "last_home79", "addr_gi79")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND79",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND79",
]
