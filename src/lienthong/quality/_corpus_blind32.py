"""The thirty-second part of the outside corpus, **blind 32** (written 07:50 UTC, 2026-12-06,
never used for tuning): person files a city health department, a housing department, a commune's
justice officer, a sports training centre, Sierra Leone's NASSIT, Seychelles' Agency for Social
Protection, Gabon's CNAMGS, Burundi's INSS and Monaco's CCSS could hand over, in layouts no other
part uses. Four Vietnamese files: a health department's register of medical practising
certificates in Excel (``Số CCHN`` such as ``001234/HCM-CCHN``, the degree, the scope of practice,
the hospital where the holder practises and that hospital's address, the director who signed);
applicants for social housing in Windows-1258 with semicolons (the application number, the
project, the target group, the monthly income, the household's size and the spouse with her own
``CCCD`` and phone); marital-status certificates a commune issued, in UTF-8 with a byte-order mark
(the number and book, ``Dân tộc``, the status certified, the purpose, which may name the person
to be married, and the justice officer who signed); and a sports centre's athletes in UTF-16 with
tabs and ``dd-mm-yyyy`` dates (the athlete's code, sport, grade, team, height and weight and the
coach with his phone).
Five foreign files: a Sierra Leonean NASSIT list in UTF-8 with English headers (the NASSIT social
security number, the NCRA ``NIN`` of eight letters and digits with no published check,
``12-Mar-1985`` dates, Freetown street addresses, the district, ``+232 76 123456`` phones, the
employer and its number, the salary in new leones and the next of kin); a Seychellois ASP list in
Excel with English headers and Creole glosses (the ``NIN`` written ``985-1234-1-5-67``: the birth
year's last three digits, a serial, a sex digit and three more, no published check; road,
district and island addresses; ``+248 2 512 345`` phones; the benefit, its amount in rupees and
the next of kin); a Gabonese CNAMGS list in Windows-1252 with capital French headers and
semicolons (the CNAMGS number, the ``N° CNI`` with no published check, quartier and ``BP``
addresses, the province, ``077 12 34 56`` phones, the fund, the spouse and the number of
dependants); a Burundian INSS list in UTF-8 with a byte-order mark and French headers glossed in
Kirundi (the INSS number, the ``N° CNI`` written ``123/456.789`` with no published check,
``NDAYISHIMIYE Jean Bosco`` names, the quartier or colline, commune and province in columns of
their own, ``+257 79 12 34 56`` phones, the employer, the salary in francs and the spouse); and
a Monegasque CCSS list in ISO-8859-15 with semicolons (the CCSS number, the French ``NIR`` with
its 97 - n mod 97 key that the CCSS keeps for insured from France, ``12, boulevard des Moulins``
streets, ``98000`` and French postcodes, the commune, ``+377`` and ``+33`` phones, the employer
and the employer's address).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind32_writers import WRITERS_BLIND32
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND32: tuple[Shape, ...] = (
    _shape(
        "chung_chi_hanh_nghe_vn32",
        "STT=row | Số CCHN=-:cchn_no32 | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Địa chỉ thường trú=address | Điện thoại=phone"
        " | Văn bằng chuyên môn=-:degree32 | Phạm vi hoạt động chuyên môn=-:scope32"
        " | Nơi đăng ký hành nghề=-:hospital32 | Địa chỉ cơ sở KCB=-:hospital_address32"
        " | Ngày cấp=date@%d/%m/%Y | Người ký=-:signer32",
        file="xlsx",
    ),
    _shape(
        "nha_o_xa_hoi_vn32",
        "Mã hồ sơ=-:noxh_no32 | TT=row | Họ tên người đứng đơn=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số định danh cá nhân=cccd"
        " | Nơi thường trú=address | Số điện thoại=phone | Đối tượng=-:target32"
        " | Dự án đăng ký mua=-:project32 | Thu nhập bình quân tháng (đồng)=-:income32"
        " | Số thành viên hộ=-:household32 | Họ tên vợ/chồng=-:spouse32"
        " | CCCD vợ/chồng=-:spouse_cccd32 | SĐT vợ/chồng=-:spouse_phone32"
        " | Ngày nộp hồ sơ=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "xac_nhan_hon_nhan_vn32",
        "STT=row | Số=-:xnhn_no32 | Quyển số=-:book32 | Họ, chữ đệm, tên=full_name"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Giới tính=sex | Dân tộc=-:ethnic32"
        " | Số định danh cá nhân=cccd | Nơi cư trú=address | Tình trạng hôn nhân=-:marital32"
        " | Mục đích sử dụng=-:purpose32 | Ngày cấp=date@%d/%m/%Y"
        " | Công chức tư pháp - hộ tịch=-:clerk32",
        encoding="utf-8-sig",
    ),
    _shape(
        "van_dong_vien_vn32",
        "Mã VĐV=-:athlete_no32 | STT=row | Họ và tên VĐV=full_name"
        " | Ngày sinh=birth_date@%d-%m-%Y | Giới tính=sex | Số CCCD=cccd | Địa chỉ=address"
        " | SĐT=phone | Môn=-:sport32 | Đẳng cấp=-:grade32 | Đội=-:team32"
        " | Chiều cao (cm)=-:height | Cân nặng (kg)=-:weight | HLV phụ trách=-:coach32"
        " | SĐT HLV=-:coach_phone32 | Ngày vào đội=date@%d-%m-%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nassit_members_sl32",
        "No.=row | SSN=-:ssn_sl32 | NIN=national_id:nin_sl32 | Surname=family_name:sl_family32"
        " | First Name(s)=given_name:sl_given32 | Date of Birth=birth_date@%d-%b-%Y"
        " | Sex=sex:sex_sl32 | Residential Address=address:address_sl32"
        " | District=district:district_sl32 | Mobile No.=phone:phone_sl32"
        " | Employer=-:employer_sl32 | Employer No.=-:employer_no_sl32"
        " | Monthly Salary (NLe)=-:salary_sl32 | Next of Kin=-:kin_sl32"
        " | Next of Kin Phone=-:kin_phone_sl32 | Date Registered=date@%d-%b-%Y",
        english=True,
    ),
    _shape(
        "asp_beneficiaries_sc32",
        "Ref=row | NIN=national_id:nin_sc32 | Surname=family_name:sc_family32"
        " | Other Names=given_name:sc_given32 | Date of Birth (Dat nesans)=birth_date@%d/%m/%Y"
        " | Sex=sex:sex_sc32 | Address (Ladres)=address:address_sc32"
        " | District (Distrik)=district:district_sc32 | Telephone (Telefonn)=phone:phone_sc32"
        " | Benefit=-:benefit_sc32 | Monthly Amount (SCR)=-:amount_sc32"
        " | Next of Kin=-:kin_sc32 | NOK Telephone=-:kin_phone_sc32"
        " | Date Approved=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "cnamgs_assures_ga32",
        "N° ORDRE=row | N° ASSURE CNAMGS=-:assure_ga32 | N° CNI=national_id:cni_ga32"
        " | NOM=family_name:ga_family32 | PRENOMS=given_name:ga_given32"
        " | DATE DE NAISSANCE=birth_date@%d/%m/%Y | SEXE=sex:sex_ga32"
        " | ADRESSE=address:address_ga32 | PROVINCE=province:province_ga32"
        " | TELEPHONE=phone:phone_ga32 | FONDS=-:fund_ga32 | CONJOINT(E)=-:spouse_ga32"
        " | NB AYANTS DROIT=-:dependants_ga32 | DATE IMMATRICULATION=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "inss_affilies_bi32",
        "N°=row | N° affiliation INSS=-:inss_bi32 | N° CNI (Indangamuntu)=national_id:cni_bi32"
        " | Nom (Izina)=family_name:bi_family32 | Prénom=given_name:bi_given32"
        " | Date de naissance=birth_date@%d/%m/%Y | Sexe (Igitsina)=sex:sex_bi32"
        " | Quartier/Colline=ward:ward_bi32 | Commune (Komine)=district:commune_bi32"
        " | Province (Intara)=province:province_bi32 | Téléphone=phone:phone_bi32"
        " | Employeur=-:employer_bi32 | Salaire brut (BIF)=-:salary_bi32"
        " | Conjoint(e)=-:spouse_bi32 | Date d'affiliation=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "ccss_assures_mc32",
        "Rang=row | N° CCSS=-:ccss_mc32 | N° Sécurité sociale (NIR)=national_id:nir_mc32"
        " | Nom=family_name:mc_family32 | Prénom=given_name:mc_given32"
        " | Né(e) le=birth_date@%d/%m/%Y | Sexe=sex:sex_fr | Adresse=street:street_mc32"
        " | Code postal=postcode:cp_mc32 | Commune=-:town_mc32 | Téléphone=phone:phone_mc32"
        " | Employeur=-:employer_mc32 | Adresse employeur=-:employer_address_mc32"
        " | Date d'embauche=date@%d/%m/%Y",
        english=True,
        encoding="iso8859_15",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("nin_sl32", "nin_sc32", "cni_ga32", "cni_bi32", "nir_mc32")
SEX_HOLDS: tuple[str, ...] = ("sex_sl32", "sex_sc32", "sex_ga32", "sex_bi32")
NAME_HOLDS = frozenset(
    {"sl_family32", "sl_given32", "sc_family32", "sc_given32", "ga_family32", "ga_given32"}
    | {"bi_family32", "bi_given32", "mc_family32", "mc_given32"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_sl32",
    "phone_sc32",
    "phone_ga32",
    "phone_bi32",
    "phone_mc32",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("address_sl32", "address_sc32", "address_ga32")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND32",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND32",
]
