"""The thirty-first part of the outside corpus, **blind 31** (written 07:50 UTC, 2026-12-06,
never used for tuning): person files a ward's social-policy desk, a commune's poverty-review
board, a ward police station, a district library, Cameroon's CNPS, Malta's Social Security
Department, The Bahamas' National Insurance Board, the Eswatini National Provident Fund and
Kiribati's labour-mobility unit could hand over, in layouts no other part uses. Four Vietnamese
files: a ward's list of people with meritorious service in Excel (``Số định danh cá nhân``, real
Excel birth dates, war invalids and martyrs' relatives, the injury rate, the fallen soldier and
the relation to him, the monthly allowance, cash or bank transfer and the account number); a
commune's annual review of poor and near-poor households in Windows-1258 with semicolons (the
household head with only the year of birth, ethnicity, members, income per head, the basic
services lacking, the result, the cause and the reviewing officer); a ward police station's
temporary-residence registrations in UTF-16 with tabs (the permanent address in the home
province and the temporary address in the city, both the person's own, the work, the landlord
with his citizen number and phone, the period and the registering officer); and a district
library's reader cards exported from Koha in UTF-8 with Koha's English field names (``surname``,
``firstname``, ``dateofbirth`` as ``yyyy-mm-dd``, the street in ``address`` with the ward and the
city in ``address2`` and ``city``, the reader category, the expiry and a pupil's guarantor).
Five foreign files: a Cameroonian CNPS list in Excel with French headers (``NOM`` in capitals,
``PRÉNOMS``, the nine-digit ``N° CNI``, the place of birth, quartier addresses, the region,
``677 12 34 56`` phones, the person to warn); a Maltese social-security list in ISO-8859-3
(Latin-3, for ċ ġ ħ ż) with semicolons and Maltese/English headers (the identity card number
``123456M``, ``12, Triq il-Kbira`` streets, the locality, ``ZBG 1234`` postcodes, the weekly
rate, the next of kin); a Bahamian NIB claimants' list in UTF-8 (the eight-digit ``NIB No.``,
``mm/dd/yyyy`` dates, ``#12 Carmichael Road, Nassau, New Providence`` addresses, ``(242)
357-1234`` phones, the benefit, the next of kin); an Eswatini ENPF list in UTF-8 with a BOM (the
13-digit ``PIN`` opening with yymmdd of birth, ``yyyy/mm/dd`` dates, plot addresses, ``H100``
postal codes, ``+268 7612 3456`` phones, the nominee); and a Kiribati labour-mobility work-ready
pool in UTF-16 with tabs and English/Gilbertese headers (the passport as the identity document,
village-and-island addresses, the home island, eight-digit ``73012345`` phones, the scheme, the
next of kin).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind31_writers import WRITERS_BLIND31
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND31: tuple[Shape, ...] = (
    _shape(
        "nguoi_co_cong_vn31",
        "STT=row | Mã hồ sơ=-:file_no31 | Họ và tên=full_name | Ngày sinh=birth_date:excel_date"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Nơi cư trú=address"
        " | Đối tượng=-:merit_kind31 | Tỷ lệ TTCT (%)=-:injury31 | Họ tên liệt sĩ=-:martyr31"
        " | Quan hệ với liệt sĩ=-:martyr_rel31 | Mức trợ cấp hằng tháng (đồng)=-:allowance31"
        " | Hình thức nhận=-:pay_way31 | Số tài khoản=-:account31 | Điện thoại=phone"
        " | Hưởng từ ngày=date:excel_event",
        file="xlsx",
    ),
    _shape(
        "ra_soat_ho_ngheo_vn31",
        "STT=row | Mã hộ=-:household31 | Họ và tên chủ hộ=full_name"
        " | Năm sinh=birth_date:birth_year31 | Giới tính=sex | Dân tộc=-:ethnic31"
        " | Số định danh cá nhân=cccd | Địa chỉ=address | Điện thoại=phone"
        " | Số nhân khẩu=-:members31 | Thu nhập BQ đầu người/tháng (đồng)=-:income31"
        " | Số chỉ số thiếu hụt DVXHCB=-:lack31 | Kết quả rà soát=-:review31"
        " | Nguyên nhân nghèo=-:cause31 | Cán bộ rà soát=-:reviewer31 | Ngày rà soát=date",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "dang_ky_tam_tru_vn31",
        "STT=row | Họ, chữ đệm và tên=full_name | Ngày, tháng, năm sinh=birth_date"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Nơi thường trú=address:home31"
        " | Nơi tạm trú=address | Nghề nghiệp, nơi làm việc=-:job31 | Số điện thoại=phone"
        " | Họ tên chủ nhà cho thuê=-:landlord31 | Số ĐDCN chủ nhà=-:landlord_id31"
        " | SĐT chủ nhà=-:landlord_phone31 | Tạm trú từ ngày=date | Đến ngày=date:until31"
        " | Cán bộ đăng ký=-:officer31",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "the_ban_doc_vn31",
        "borrowernumber=row | cardnumber=-:card31 | surname=family_name | firstname=given_name"
        " | dateofbirth=birth_date@%Y-%m-%d | sex=sex:sex_en | address=street"
        " | address2=ward:ward31 | city=province:city31 | phone=phone | email=email"
        " | categorycode=-:reader31 | dateenrolled=date@%Y-%m-%d"
        " | dateexpiry=date:expiry31@%Y-%m-%d | contactname=-:guarantor31"
        " | relationship=-:guar_rel31 | updated_on=timestamp",
    ),
    _shape(
        "cnps_assures_cm31",
        "N°=row | N° immatriculation CNPS=-:cnps_cm31 | NOM=family_name:cm_family31"
        " | PRÉNOMS=given_name:cm_given31 | Date de naissance=birth_date@%d/%m/%Y"
        " | Lieu de naissance=-:birthplace_cm31 | Sexe=sex:sex_cm31"
        " | N° CNI=national_id:cni_cm31 | Adresse=address:address_cm31"
        " | Région=state:region_cm31 | Téléphone=phone:phone_cm31 | Employeur=-:employer_cm31"
        " | Personne à prévenir=-:warn_cm31 | Tél. personne à prévenir=-:warn_phone_cm31"
        " | Date d'immatriculation=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "sigurta_socjali_mt31",
        "Nru. / No.=row | Numru tal-Karta tal-Identità / ID Card No.=national_id:id_mt31"
        " | Kunjom / Surname=family_name:mt_family31 | Isem / Name=given_name:mt_given31"
        " | Data tat-Twelid / Date of Birth=birth_date@%d/%m/%Y | Sess / Sex=sex:sex_mt31"
        " | Triq / Street=street:street_mt31 | Lokalità / Locality=suburb:locality_mt31"
        " | Kodiċi Postali / Post Code=postcode:post_mt31 | Mowbajl / Mobile=phone:phone_mt31"
        " | Benefiċċju / Benefit=-:benefit_mt31"
        " | Rata fil-Ġimgħa (EUR) / Weekly Rate=-:rate_mt31"
        " | Qarib / Next of Kin=-:kin_mt31"
        " | Data tal-Applikazzjoni / Date of Application=date@%d/%m/%Y",
        english=True,
        encoding="iso8859_3",
        delimiter=";",
    ),
    _shape(
        "nib_claimants_bs31",
        "Item=row | NIB No.=national_id:nib_bs31 | Surname=family_name:bs_family31"
        " | First Name=given_name:bs_given31 | Date of Birth=birth_date@%m/%d/%Y"
        " | Sex=sex:sex_bs31 | Residential Address=address:address_bs31"
        " | Telephone=phone:phone_bs31 | Employer=-:employer_bs31"
        " | Benefit Type=-:benefit_bs31 | Weekly Benefit=-:rate_bs31"
        " | Next of Kin=-:kin_bs31 | Next of Kin Tel.=-:kin_phone_bs31"
        " | Claim Date=date@%m/%d/%Y",
        english=True,
    ),
    _shape(
        "enpf_members_sz31",
        "No.=row | ENPF No.=-:enpf_sz31 | PIN=national_id:pin_sz31"
        " | Surname=family_name:sz_family31 | Forenames=given_name:sz_given31"
        " | Date of Birth=birth_date@%Y/%m/%d | Gender=sex:sex_sz31"
        " | Physical Address=address:address_sz31 | Postal Code=postcode:post_sz31"
        " | Cell=phone:phone_sz31 | Employer=-:employer_sz31 | Nominee=-:nominee_sz31"
        " | Nominee Relationship=-:nominee_rel_sz31 | Nominee Cell=-:nominee_phone_sz31"
        " | Date Joined=date@%Y/%m/%d",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "work_ready_pool_ki31",
        "No.=row | Passport No.=national_id:passport_ki31 | Surname=family_name:ki_family31"
        " | Given Names=given_name:ki_given31 | Date of Birth=birth_date@%d/%m/%Y"
        " | Sex=sex:sex_ki31 | Kaawa ao Abamakoro / Village and Island=address:address_ki31"
        " | Home Island=-:home_ki31 | Phone=phone:phone_ki31 | Scheme=-:scheme_ki31"
        " | Status=-:status_ki31 | Work Stream=-:job_ki31 | Utu / Next of Kin=-:kin_ki31"
        " | Next of Kin Phone=-:kin_phone_ki31 | Date Registered=date@%d/%m/%Y",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("cni_cm31", "id_mt31", "nib_bs31", "pin_sz31", "passport_ki31")
SEX_HOLDS: tuple[str, ...] = ("sex_cm31", "sex_mt31", "sex_bs31", "sex_sz31", "sex_ki31")
NAME_HOLDS = frozenset(
    {"cm_family31", "cm_given31", "mt_family31", "mt_given31", "bs_family31", "bs_given31"}
    | {"sz_family31", "sz_given31", "ki_family31", "ki_given31"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_cm31",
    "phone_mt31",
    "phone_bs31",
    "phone_sz31",
    "phone_ki31",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "home31",
    "address_cm31",
    "address_bs31",
    "address_sz31",
    "address_ki31",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND31",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND31",
]
