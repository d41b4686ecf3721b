"""The thirty-eighth part of the outside corpus, **blind 38** (written 08:24 UTC, 2026-12-06, never
used for tuning): person files a commune's civil-status office, a city's state-owned housing
manager, a city marathon's organiser, a provincial hospital, the Marshall Islands Social Security
Administration, the Federated States of Micronesia's overseas-worker registry, Guinea-Bissau's
INPS, the Republic of the Congo's CNSS and Antigua and Barbuda's Social Security Board could hand
over, in layouts no other part uses. Four Vietnamese files: a commune's birth registrations (khai
sinh) in Excel, the newborn the record's person (``Số định danh cá nhân``, the name, the birth
date weeks before the registration, the birthplace, a hospital), with the mother, the father, the
declarant and his or her relation and the civil-status officer; the tenants of state-owned
housing in Windows-1258 with semicolons (``Số CMND``, the lease number and date, the rented
dwelling's address, the floor area, the monthly rent, the term, the household size, a note); a
city marathon's runners in UTF-16 with tabs (the bib, ``yyyy-mm-dd`` birth dates, the distance,
the age group, the shirt size, the emergency contact with the relation and phone, the chip time,
the registration's timestamp); and a hospital's discharge list in UTF-8 with commas (the patient
number, the birth year, the BHYT card, the department, the admission and discharge dates, the
ICD-10 code and the diagnosis, the result and the attending doctor). Five foreign files: a
Marshallese MISSA list in UTF-8 with English/Marshallese headers (``mm/dd/yyyy`` dates, village
and atoll addresses, the home atoll, ``+692 625-1234`` phones, the beneficiary; no national id);
a Micronesian overseas-worker registry in UTF-8 with a BOM (the passport as identity document,
a P.O. Box line with the municipality, the state and the ZIP apart, ``(691) 320-1234`` phones, the
destination, the next of kin); a Bissau-Guinean INPS list in Latin-1 with Portuguese headers and
semicolons (``N.º BI``, the bairro, sector and região, ``+245 955 123 456`` phones, the spouse); a
Congolese CNSS list in Windows-1252 with capital French headers (``N° CNI``, the birthplace, the
street address, the arrondissement and the département, ``+242 06 612 34 56`` phones, the spouse);
and an Antiguan Social Security list in Excel (``(268) 464-1234`` phones, the parish, the
employer, the occupation, the weekly wage, the next of kin; no national id).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind38_writers import WRITERS_BLIND38
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND38: tuple[Shape, ...] = (
    _shape(
        "khai_sinh_xa_vn38",
        "STT=row | Số đăng ký=-:reg38 | Quyển số=-:book38"
        " | Họ, chữ đệm, tên người được khai sinh=full_name"
        " | Ngày, tháng, năm sinh=birth_date:newborn_birth38 | Giới tính=sex"
        " | Số định danh cá nhân=cccd:newborn_id38 | Nơi sinh=-:birthplace38"
        " | Họ tên mẹ=-:mother38 | Họ tên cha=-:father38 | Người đi khai sinh=-:declarant38"
        " | Quan hệ với người được khai sinh=-:decl_rel38 | Ngày đăng ký=date@%d/%m/%Y"
        " | Công chức tư pháp - hộ tịch=-:officer38",
        file="xlsx",
    ),
    _shape(
        "thue_nha_so_huu_nha_nuoc_vn38",
        "STT=row | Họ tên người thuê=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CMND=cmnd | Điện thoại=phone | Số hợp đồng=-:lease38"
        " | Ngày ký hợp đồng=date@%d/%m/%Y | Địa chỉ nhà thuê=-:house_addr38"
        " | Diện tích sử dụng (m2)=-:area38 | Giá thuê (đồng/tháng)=-:rent38"
        " | Thời hạn thuê=-:term38 | Số nhân khẩu=-:members38 | Ghi chú=-:house_note38",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "giai_marathon_thanh_pho_vn38",
        "BIB=-:bib38 | STT=row | Họ và tên VĐV=full_name | Ngày sinh=birth_date@%Y-%m-%d"
        " | Giới tính=sex | Số CCCD=cccd | Email=email | Số điện thoại=phone"
        " | Cự ly=-:distance38 | Nhóm tuổi=-:age_group38 | Cỡ áo=-:shirt38"
        " | Người liên hệ khẩn cấp=-:emerg38 | Quan hệ=-:emerg_rel38"
        " | SĐT liên hệ khẩn cấp=-:emerg_phone38 | Thành tích (chip time)=-:chip38"
        " | Thời gian đăng ký=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ra_vien_benh_vien_vn38",
        "STT=row | Mã bệnh nhân=-:patient38 | Họ tên bệnh nhân=full_name"
        " | Năm sinh=birth_date:birth_year38 | Giới=sex | Số thẻ BHYT=bhyt | Địa chỉ=address"
        " | Khoa điều trị=-:dept38 | Ngày vào viện=date:admit38 | Ngày ra viện=date@%d/%m/%Y"
        " | Mã ICD-10=-:icd38 | Chẩn đoán ra viện=-:diagnosis38 | Kết quả điều trị=-:result38"
        " | Bác sĩ điều trị=-:doctor38",
    ),
    _shape(
        "missa_contributors_mh38",
        "No.=row | SS No. / Nōmba in SS=-:ss_mh38 | Last name / Ak=family_name:mh_family38"
        " | First name / Etan=given_name:mh_given38"
        " | Date of birth / Raan in lotak=birth_date@%m/%d/%Y | Sex=sex:sex_mh38"
        " | Address / Jikin jokwe=address:address_mh38"
        " | Home atoll / Aelōñ in lāmoran=-:home_atoll_mh38"
        " | Phone / Tilbōn=phone:phone_mh38 | Employer=-:employer_mh38"
        " | Beneficiary=-:beneficiary_mh38 | Date registered=date@%m/%d/%Y",
        english=True,
    ),
    _shape(
        "overseas_workers_fm38",
        "#=row | Passport No.=national_id:passport_fm38 | Last Name=family_name:fm_family38"
        " | First Name=given_name:fm_given38 | Date of Birth=birth_date@%m/%d/%Y"
        " | Gender=sex:sex_fm38 | Mailing Address=street:street_fm38"
        " | Municipality=district:municipality_fm38 | State=state:state_fm38"
        " | ZIP=postcode:zip_fm38 | Phone=phone:phone_fm38 | Destination=-:dest_fm38"
        " | Employer abroad=-:employer_fm38 | Next of kin=-:kin_fm38"
        " | Next of kin phone=-:kin_phone_fm38 | Departure date=date@%m/%d/%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "inps_beneficiarios_gw38",
        "N.º=row | N.º INPS=-:inps_gw38 | N.º BI=national_id:bi_gw38"
        " | Nome completo=full_name:name_gw38 | Data de nascimento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_gw38 | Morada=address:address_gw38 | Sector=district:sector_gw38"
        " | Região=province:region_gw38 | Telemóvel=phone:phone_gw38"
        " | Entidade empregadora=-:employer_gw38 | Cônjuge=-:spouse_gw38"
        " | Data de inscrição=date@%d/%m/%Y",
        english=True,
        encoding="latin-1",
        delimiter=";",
    ),
    _shape(
        "cnss_immatricules_cg38",
        "N°=row | N° IMMATRICULATION CNSS=-:cnss_cg38 | N° CNI=national_id:cni_cg38"
        " | NOM=family_name:cg_family38 | PRÉNOM(S)=given_name:cg_given38"
        " | DATE DE NAISSANCE=birth_date@%d/%m/%Y | LIEU DE NAISSANCE=-:birthplace_cg38"
        " | SEXE=sex:sex_cg38 | ADRESSE=address:address_cg38"
        " | ARRONDISSEMENT=district:arrondissement_cg38"
        " | DÉPARTEMENT=province:departement_cg38 | TÉLÉPHONE=phone:phone_cg38"
        " | EMPLOYEUR=-:employer_cg38 | CONJOINT(E)=-:spouse_cg38"
        " | DATE D'IMMATRICULATION=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "social_security_insured_ag38",
        "No.=row | SS No.=-:ss_ag38 | Surname=family_name:ag_family38"
        " | First Name=given_name:ag_given38 | DOB=birth_date@%d/%m/%Y | Sex=sex:sex_ag38"
        " | Address=address:address_ag38 | Parish=province:parish_ag38"
        " | Telephone=phone:phone_ag38 | Employer=-:employer_ag38 | Occupation=-:job_ag38"
        " | Weekly wage (EC$)=-:wage_ag38 | Next of kin=-:kin_ag38"
        " | Date registered=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("passport_fm38", "bi_gw38", "cni_cg38")
SEX_HOLDS: tuple[str, ...] = ("sex_mh38", "sex_fm38", "sex_gw38", "sex_cg38", "sex_ag38")
NAME_HOLDS = frozenset(
    {"mh_family38", "mh_given38", "fm_family38", "fm_given38", "name_gw38"}
    | {"cg_family38", "cg_given38", "ag_family38", "ag_given38"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_mh38",
    "phone_fm38",
    "phone_gw38",
    "phone_cg38",
    "phone_ag38",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("address_mh38", "address_gw38", "address_cg38", "address_ag38")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND38",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND38",
]
