"""The thirty-sixth part of the outside corpus, **blind 36** (written 08:02 UTC, 2026-12-06, never
used for tuning): person files an industrial park's lodging management, a district court, a ward's
veterinary station, a vocational college, a Somali social-transfer programme, Equatorial Guinea's
INSESO, the Central African Republic's CNSS, São Tomé and Príncipe's INSS and Tuvalu's National
Provident Fund could hand over, in layouts no other part uses. Four Vietnamese files: an
industrial park's register of the foreign and local workers it lodges, in Excel (``Số CCCD/Hộ
chiếu``, the nationality, the employing company and its address, the lodging and room, arrival and
planned departure); a district court's divorce cases in Windows-1258 with semicolons and ASCII
capital headers (the case number, the plaintiff with ``NAM SINH`` and his or her address, the
defendant with hers or his, the dispute, the judge and the outcome); a ward's pet rabies
vaccination list in UTF-16 with tabs (the owner, the house and street, the neighbourhood, the
pet's name, species, breed and age, the vaccine and its lot, the vet); and a vocational college's
scholarship recipients in UTF-8 with commas (the student number, ``dd-mm-yyyy`` dates, the class,
the grade, the amount, the bank account and bank, the guardian with the relation and his phone).
Five foreign files: a Somali cash-transfer list in UTF-8 with English/Somali headers (a
twelve-digit NIRA number with no published check digit, three-part ``Faadumo Cali Xasan`` names,
``Lab``/``Dheddig``, the degmo and the gobol, ``+252 61 234 5678`` phones, the alternate
recipient); an Equatoguinean INSESO list in Windows-1252 with Spanish headers and semicolons (the
``DIP`` number, two surnames, ``V``/``M``, barrio addresses, the province, ``+240 222 123 456``
phones, the employer and the beneficiary); a Central African CNSS list in Excel with capital French
headers (``N° CNI``, the quartier and arrondissement, ``+236 75 12 34 56`` phones, the person to
warn); a Santomean INSS list in Latin-1 with Portuguese headers and semicolons (``N.º BI``,
``dd-mm-yyyy`` dates, the district, ``+239 990 1234`` phones, the spouse); and a Tuvaluan TNPF
list in UTF-16 with English/Tuvaluan headers (the passport as identity document, village and
island addresses, the home island, ``+688 901234`` phones, the nominee).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind36_writers import WRITERS_BLIND36
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND36: tuple[Shape, ...] = (
    _shape(
        "luu_tru_cong_nhan_kcn_vn36",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Quốc tịch=-:nation36 | Số CCCD/Hộ chiếu=cccd | Nơi thường trú=address"
        " | Số điện thoại=phone | Doanh nghiệp sử dụng lao động=-:employer36"
        " | Địa chỉ doanh nghiệp=-:employer_addr36 | Nhà lưu trú=-:dorm36 | Phòng=-:room36"
        " | Ngày đến=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "an_ly_hon_vn36",
        "STT=row | SO THU LY=-:case36 | NGAY THU LY=date@%d/%m/%Y | NGUYEN DON=full_name"
        " | NAM SINH=birth_date:birth_year36 | SO CCCD=cccd | DIA CHI NGUYEN DON=address"
        " | DIEN THOAI=phone | BI DON=-:defendant36 | NAM SINH BI DON=-:def_year36"
        " | DIA CHI BI DON=-:def_addr36 | QUAN HE TRANH CHAP=-:dispute36"
        " | THAM PHAN=-:judge36 | KET QUA=-:outcome36",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "tiem_phong_vat_nuoi_vn36",
        "TT=row | Họ tên chủ nuôi=full_name | Số nhà, tên đường=street | Khu phố=-:quarter36"
        " | Điện thoại=phone | Tên vật nuôi=-:pet36 | Loài=-:species36 | Giống=-:breed36"
        " | Tuổi (tháng)=-:pet_age36 | Loại vắc xin=-:vaccine36 | Số lô=-:lot36"
        " | Ngày tiêm=date@%d/%m/%Y | Cán bộ thú y=-:vet36",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hoc_bong_cao_dang_vn36",
        "STT=row | MSSV=-:student36 | Họ và tên SV=full_name | Ngày sinh=birth_date@%d-%m-%Y"
        " | Giới tính=sex | Số CCCD=cccd | Lớp=-:class36 | Loại học bổng=-:grade36"
        " | Số tiền (đ)=-:amount36 | Số tài khoản=-:account36 | Ngân hàng=-:bank36"
        " | Địa chỉ thường trú=address | Email=email | Người giám hộ=-:guardian36"
        " | Quan hệ=-:kin36 | SĐT người giám hộ=-:guardian_phone36",
    ),
    _shape(
        "baxnaano_beneficiaries_so36",
        "No.=row | Lambarka NIRA / NIRA No.=national_id:nira_so36"
        " | Magaca oo buuxa / Full name=full_name:name_so36"
        " | Taariikhda dhalashada / DOB=birth_date@%d/%m/%Y | Jinsi / Sex=sex:sex_so36"
        " | Xaafadda / Address=address:address_so36 | Degmada / District=district:district_so36"
        " | Gobolka / Region=province:region_so36 | Telefoonka / Phone=phone:phone_so36"
        " | Tirada qoyska / HH size=-:household_so36 | Lacagta / Amount=-:amount_so36"
        " | Qaataha beddelka / Alternate=-:nominee_so36"
        " | Tel. beddelka=-:nominee_phone_so36 | Taariikhda diiwaangelinta=date@%d/%m/%Y",
        english=True,
    ),
    _shape(
        "inseso_asegurados_gq36",
        "Nº=row | Nº Afiliación INSESO=-:inseso_gq36 | DIP=national_id:dip_gq36"
        " | Apellidos=family_name:gq_family36 | Nombre=given_name:gq_given36"
        " | Fecha de nacimiento=birth_date@%d/%m/%Y | Sexo=sex:sex_gq36"
        " | Domicilio=address:address_gq36 | Provincia=province:province_gq36"
        " | Teléfono=phone:phone_gq36 | Empresa=-:employer_gq36"
        " | Beneficiario=-:beneficiary_gq36 | Fecha de alta=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "cnss_assures_cf36",
        "N° ORDRE=row | N° CNSS=-:cnss_cf36 | N° CNI=national_id:cni_cf36"
        " | NOM=family_name:cf_family36 | PRENOMS=given_name:cf_given36"
        " | DATE DE NAISSANCE=birth_date@%d/%m/%Y | SEXE=sex:sex_cf36"
        " | ADRESSE=address:address_cf36 | ARRONDISSEMENT=district:arrondissement_cf36"
        " | TELEPHONE=phone:phone_cf36 | EMPLOYEUR=-:employer_cf36"
        " | PERSONNE A PREVENIR=-:warn_cf36 | TEL. A PREVENIR=-:warn_phone_cf36"
        " | DATE IMMATRICULATION=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "inss_segurados_st36",
        "N.º=row | N.º Segurado INSS=-:inss_st36 | N.º BI=national_id:bi_st36"
        " | Nome completo=full_name:name_st36 | Data de nascimento=birth_date@%d-%m-%Y"
        " | Sexo=sex:sex_st36 | Morada=address:address_st36 | Distrito=district:district_st36"
        " | Telemóvel=phone:phone_st36 | Entidade empregadora=-:employer_st36"
        " | Cônjuge=-:spouse_st36 | Data de inscrição=date@%d-%m-%Y",
        english=True,
        encoding="latin-1",
        delimiter=";",
    ),
    _shape(
        "tnpf_members_tv36",
        "No.=row | TNPF No.=-:tnpf_tv36 | Passport No.=national_id:passport_tv36"
        " | Surname / Igoa fakamuli=family_name:tv_family36"
        " | Given names / Igoa=given_name:tv_given36 | Date of birth=birth_date@%d/%m/%Y"
        " | Sex=sex:sex_tv36 | Address / Fale=address:address_tv36"
        " | Home island / Fenua=-:home_island_tv36 | Phone=phone:phone_tv36"
        " | Employer=-:employer_tv36 | Nominee=-:nominee_tv36"
        " | Relationship=-:nominee_rel_tv36 | Date joined=date@%d/%m/%Y",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "nira_so36",
    "dip_gq36",
    "cni_cf36",
    "bi_st36",
    "passport_tv36",
)
SEX_HOLDS: tuple[str, ...] = ("sex_so36", "sex_gq36", "sex_cf36", "sex_st36", "sex_tv36")
NAME_HOLDS = frozenset(
    {"name_so36", "gq_family36", "gq_given36", "cf_family36", "cf_given36", "name_st36"}
    | {"tv_family36", "tv_given36"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_so36",
    "phone_gq36",
    "phone_cf36",
    "phone_st36",
    "phone_tv36",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "address_so36",
    "address_gq36",
    "address_cf36",
    "address_st36",
    "address_tv36",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND36",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND36",
]
