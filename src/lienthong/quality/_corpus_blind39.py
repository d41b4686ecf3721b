"""The thirty-ninth part of the outside corpus, **blind 39** (written 08:25 UTC, 2026-12-06, never
used for tuning): person files a tax office, a social protection centre, a ward's election board,
a post office paying pensions, Nauru's Department of Finance, Saint Vincent and the Grenadines'
NIS, the Saint Kitts and Nevis Social Security Board, Guinea's CNSS and Dominica's Social
Security could hand over, in layouts no other part uses. Four Vietnamese files: the declarations
of people selling on e-commerce platforms (cá nhân kinh doanh trên sàn TMĐT), an export with
English camelCase headers in UTF-8 with a byte-order mark (the tax code, the citizen id, the shop
name, the platform and the shop link, the period, the revenue and the tax, when it was
submitted); a social protection centre's residents in Excel (orphans, abandoned children, lonely
elderly: the personal identification number, the category, the home province, the room, the
sponsoring organisation and its phone, the monthly allowance, the health insurance card); a
ward's voter list (danh sách cử tri) in Windows-1258 with semicolons (the ethnicity, the house
and street, the neighbourhood group, the polling area and its place); and the pensioners a post
office pays, in UTF-16 with tabs (the birth year only, the pension book and the social insurance
number, the regime and the amount, the month, the person who collects for the pensioner with his
or her citizen id and relation, the pay point). Five foreign files: a Nauruan welfare payment list
in Windows-1252 (the passport as identity document, one ``Baron Waqa`` name, the district and a
``Lot 12, Boe District`` address, ``+674 556 1234`` phones, the payee); a Vincentian NIS list in
Excel (the NIS number apart from the national ID card number, the parish, ``(784) 456-1234``
phones, the employer and the beneficiary); a Kittitian-Nevisian Social Security list in UTF-16
(the Social Security number, the card everyone there shows as identity, village lines with the
parish and the island apart, ``1-869-662-1234`` phones, the weekly wage and the next of kin); a
Guinean CNSS list in Latin-1 with French capital-letter surnames and semicolons (``N° CNSS``, the
``NIN``, the place of birth, the quartier and the commune, ``+224 622 12 34 56`` phones, the
employer and the father's name); and a Dominican Social Security list with English/Kwéyòl
headers and pipes (the SS number, the parish, ``767-225-1234`` phones, the next of kin with her
or his phone).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind39_writers import WRITERS_BLIND39
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND39: tuple[Shape, ...] = (
    _shape(
        "ke_khai_thue_san_tmdt_vn39",
        "stt=row | taxCode=mst | fullName=full_name | dateOfBirth=birth_date@%Y-%m-%d"
        " | identityNumber=cccd | phoneNumber=phone | email=email | shopName=-:shop39"
        " | platform=-:platform39 | shopUrl=-:shop_url39 | residentAddress=address"
        " | taxPeriod=-:period39 | revenue=-:revenue39 | taxPayable=-:tax39"
        " | submittedAt=timestamp",
        encoding="utf-8-sig",
    ),
    _shape(
        "doi_tuong_bao_tro_xa_hoi_vn39",
        "STT=row | Họ và tên đối tượng=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Diện đối tượng=-:kind39"
        " | Quê quán=-:hometown39 | Ngày tiếp nhận=date@%d/%m/%Y | Khu/Phòng=-:room39"
        " | Đơn vị bảo trợ=-:sponsor39 | SĐT đơn vị bảo trợ=-:sponsor_phone39"
        " | Mức trợ cấp (đ/tháng)=-:allowance39 | Số thẻ BHYT=bhyt | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "danh_sach_cu_tri_vn39",
        "Số TT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Dân tộc=-:ethnic39 | Số CCCD=cccd | Số nhà, đường=street"
        " | Tổ dân phố=-:group39 | Khu vực bỏ phiếu=-:station39"
        " | Địa điểm bỏ phiếu=-:station_place39 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "chi_tra_luong_huu_buu_dien_vn39",
        "TT=row | Họ tên người hưởng=full_name | Năm sinh=birth_date:birth_year39"
        " | Giới tính=sex | Số sổ hưu=-:book39 | Mã số BHXH=bhxh | Chế độ=-:regime39"
        " | Số tiền được lĩnh=-:pension39 | Kỳ chi trả=-:month39 | Địa chỉ=address"
        " | Người lĩnh thay=-:proxy39 | CCCD người lĩnh thay=-:proxy_cccd39"
        " | Quan hệ=-:proxy_rel39 | Điểm chi trả=-:post39 | Ngày lĩnh=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "welfare_payments_nr39",
        "No.=row | Passport No.=national_id:passport_nr39 | Name=full_name:nr_name39"
        " | Date of Birth=birth_date@%d/%m/%Y | Sex=sex:sex_nr39"
        " | Address=address:address_nr39 | District=district:district_nr39"
        " | Phone=phone:phone_nr39 | Benefit=-:benefit_nr39 | Fortnightly amount=-:amount_nr39"
        " | Payee (if not claimant)=-:payee_nr39 | Date approved=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "nis_insured_persons_vc39",
        "Item=row | NIS No.=-:nis_vc39 | National ID No.=national_id:id_vc39"
        " | Surname=family_name:vc_family39 | First Name=given_name:vc_given39"
        " | Date of Birth=birth_date@%d-%m-%Y | Gender=sex:sex_vc39"
        " | Address=street:address_vc39 | Parish=province:parish_vc39"
        " | Contact No.=phone:phone_vc39 | Employer=-:employer_vc39"
        " | Benefit Type=-:benefit_vc39 | Beneficiary=-:beneficiary_vc39"
        " | Date Registered=date@%d-%m-%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "ssb_contributors_kn39",
        "#=row | SS No.=national_id:ss_kn39 | Last Name=family_name:kn_family39"
        " | First Name=given_name:kn_given39 | D.O.B.=birth_date@%m/%d/%Y | Sex=sex:sex_kn39"
        " | Village/Street=street:street_kn39 | Parish=province:parish_kn39"
        " | Island=-:island_kn39 | Telephone=phone:phone_kn39 | Employer=-:employer_kn39"
        " | Weekly Wage=-:wage_kn39 | Next of Kin=-:next_kin_kn39 | Last Updated=timestamp",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "cnss_immatricules_gn39",
        "N°=row | N° CNSS=-:cnss_gn39 | NIN=national_id:nin_gn39 | NOM=family_name:gn_family39"
        " | Prénoms=given_name:gn_given39 | Date de naissance=birth_date@%d/%m/%Y"
        " | Lieu de naissance=-:birthplace_gn39 | Sexe=sex:sex_gn39"
        " | Adresse=address:address_gn39 | Commune=district:commune_gn39"
        " | Téléphone=phone:phone_gn39 | Employeur=-:employer_gn39"
        " | Nom du père=-:father_gn39 | Date d'immatriculation=date@%d/%m/%Y",
        english=True,
        encoding="latin-1",
        delimiter=";",
    ),
    _shape(
        "social_security_members_dm39",
        "No.=row | SS No. / Nimewo=national_id:ss_dm39"
        " | Surname / Non fanmi=family_name:dm_family39 | First names / Non=given_name:dm_given39"
        " | Date of birth / Dat nésans=birth_date@%d.%m.%Y | Sex / Sèks=sex:sex_dm39"
        " | Address / Adwès=address:address_dm39 | Parish / Pawas=province:parish_dm39"
        " | Phone / Téléfòn=phone:phone_dm39 | Employer / Patwon=-:employer_dm39"
        " | Next of kin / Fanmi=-:kin_dm39 | Relationship=-:kin_rel_dm39"
        " | Next of kin phone=-:kin_phone_dm39 | Date registered=date@%d.%m.%Y",
        english=True,
        delimiter="|",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "passport_nr39",
    "id_vc39",
    "ss_kn39",
    "nin_gn39",
    "ss_dm39",
)
SEX_HOLDS: tuple[str, ...] = ("sex_nr39", "sex_vc39", "sex_kn39", "sex_gn39", "sex_dm39")
NAME_HOLDS = frozenset(
    {"nr_name39", "vc_family39", "vc_given39", "kn_family39", "kn_given39", "gn_family39"}
    | {"gn_given39", "dm_family39", "dm_given39"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_nr39",
    "phone_vc39",
    "phone_kn39",
    "phone_gn39",
    "phone_dm39",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "address_nr39",
    "address_gn39",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND39",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND39",
]
