"""The fifty-ninth part of the outside corpus, **blind 59** (written 11:12 UTC, 2026-12-06, never
used for tuning): person files a ward's police, a lower secondary school, a district hospital, a
ward's women's union, a Vilnius polyclinic, an Andalusian social services unit, a Québec family
medicine group, a Guernsey employer and a Chittagong upazila's social services office could hand
over. Four Vietnamese files: a ward's permanent-residence transfers in Windows-1258 with
semicolons (the personal number, the old address in another province, the new address, the
household head and the relation to them, the reason, the dossier number, the day it was received,
the update time, the officer); a school's teachers by professional title and salary grade in
Excel (the CCCD and BHXH numbers, the subject, the degree, the title and its code, the step, the
coefficient, the seniority allowance, the day of the grade and of the next raise); a hospital's
on-call roster in UTF-16 with tabs (the day and weekday, the department, the rank, the duty, the
staff code, the practising licence, the leader on duty and their phone); and a ward's women's
union members in UTF-8 with a BOM and semicolons (ethnicity, religion, the CCCD, the branch, the
schooling, the job, the day of joining, the card, the husband).
Five foreign files: a Vilnius polyclinic's registered patients in UTF-8 with a BOM (the asmens
kodas with its mod-11 digit, a surname written as a man's, a wife's or a daughter's, city, LT
postcode, the family doctor, the insurance status, a relative and their phone); an Andalusian
minimum income (RMISA) list in Windows-1252 with semicolons (both surnames in one column, the DNI
with its letter, the NUSS with its control pair, locality, province, the file number, members,
amount, status, the social worker); a Québec family medicine group's enrolment list in UTF-8 with
semicolons (the RAMQ number built from name and birth date, the card's expiry, the mother's name,
the family doctor, an emergency contact); a Guernsey employer's quarterly schedule of
contributions in UTF-8 with headers in English and French (the social security number, the house
name and road, the parish, the GY postcode, the employer and its reference, earnings,
contributions, class); and a Chittagong upazila's allowance list in Excel with Bengali headers
(the NID of 10 or 17 digits, father's or husband's and mother's names, the address and thana, the
allowance, the book, the account, the nominee).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind59_writers import WRITERS_BLIND59
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND59: tuple[Shape, ...] = (
    _shape(
        "chuyen_den_thuong_tru_vn59",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số định danh cá nhân=cccd | Dân tộc=-:nation59"
        " | Nơi thường trú trước khi chuyển đến=-:old_addr59"
        " | Nơi đăng ký thường trú mới=address | Họ tên chủ hộ=-:head59"
        " | Quan hệ với chủ hộ=-:relation59 | Lý do chuyển đến=-:reason59"
        " | Mã hồ sơ=-:dossier59 | Ngày tiếp nhận=date@%d/%m/%Y | Cập nhật lúc=timestamp"
        " | Cán bộ thụ lý=-:officer59",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "giao_vien_cdnn_bac_luong_vn59",
        "TT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date:excel_date"
        " | Giới tính=sex | Số CCCD=cccd | Mã số BHXH=bhxh | Chức vụ / Môn dạy=-:subject59"
        " | Trình độ chuyên môn=-:degree59 | Chức danh nghề nghiệp=-:title59"
        " | Mã số CDNN=-:title_code59 | Bậc lương=-:step59 | Hệ số lương=-:coef59"
        " | PC thâm niên (%)=-:senior59 | Ngày hưởng bậc hiện tại=date:excel_event"
        " | Mốc nâng lương lần sau=date:next59 | Số điện thoại=phone | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "lich_truc_benh_vien_vn59",
        "STT=row | Ngày trực=date@%d/%m/%Y | Thứ=-:weekday59 | Khoa / Phòng=-:dept59"
        " | Họ và tên=full_name | Chức danh=-:rank59 | Nhiệm vụ trong ca=-:duty59"
        " | Mã NV=-:staff59 | Số CCHN=-:licence59 | ĐT di động=phone:phone_spaced"
        " | Lãnh đạo trực=-:leader59 | ĐT lãnh đạo trực=-:leader_phone59 | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hoi_vien_hoi_phu_nu_vn59",
        "TT=row | Họ và tên hội viên=full_name:woman59 | Ngày sinh=birth_date@%d/%m/%Y"
        " | Dân tộc=-:nation59 | Tôn giáo=-:religion59 | Số CCCD=cccd:cccd_f59"
        " | Chi hội=-:branch59 | Nơi ở hiện nay=address | Trình độ HV=-:school59"
        " | Nghề nghiệp=-:job59 | Ngày vào Hội=date@%d/%m/%Y | Số thẻ HV=-:card59"
        " | ĐT liên hệ=phone | Họ tên chồng=-:husband59 | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "prisirase_pacientai_vilnius_lt59",
        "Eil. Nr.=row | Asmens kodas=national_id:ak_lt59 | Pavardė=family_name:lt_family59"
        " | Vardas=given_name:lt_given59 | Gimimo data=birth_date@%Y-%m-%d | Lytis=sex:sex_lt59"
        " | Adresas=street:street_lt59 | Miestas=district:city_lt59"
        " | Pašto kodas=postcode:pc_lt59 | Tel. Nr.=phone:phone_lt59"
        " | Šeimos gydytojas=-:doctor_lt59 | Prisirašymo data=date@%Y-%m-%d"
        " | PSD draudimas=-:insured_lt59 | Artimasis asmuo=-:kin_lt59"
        " | Artimojo tel.=-:kin_phone_lt59",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "rmisa_solicitudes_andalucia_es59",
        "Nº=row | Nº Expediente=-:exp_es59 | Apellidos=family_name:es_family59"
        " | Nombre=given_name:es_given59 | DNI/NIE=national_id:dni59"
        " | Nº Afiliación S.S. (NUSS)=-:nuss59 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_es59 | Domicilio=street:street_es59 | Localidad=district:town_es59"
        " | Provincia=state:prov_es59 | C.P.=postcode:pc_es59 | Teléfono=phone:phone_es59"
        " | Miembros U.F.=-:members_es59 | Importe mensual (€)=-:amount_es59"
        " | Fecha de solicitud=date@%d/%m/%Y | Estado=-:state_es59"
        " | Trabajador/a social=-:worker_es59",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "inscription_gmf_quebec_ca59",
        "No=row | No de dossier=-:file_qc59 | Nom=family_name:qc_family59"
        " | Prénom=given_name:qc_given59 | Date de naissance=birth_date@%Y-%m-%d"
        " | Sexe=sex:sex_qc59 | No d'assurance maladie=national_id:ramq59"
        " | Exp. carte (AAAA-MM)=-:card_exp_qc59 | Adresse=street:street_qc59"
        " | Ville=district:city_qc59 | Prov.=state:prov_qc59 | Code postal=postcode:pc_qc59"
        " | Téléphone=phone:phone_qc59 | Nom et prénom de la mère=-:mother_qc59"
        " | Médecin de famille=-:doctor_qc59 | Date d'inscription=date@%Y-%m-%d"
        " | Personne à joindre en cas d'urgence=-:urgent_qc59",
        english=True,
        delimiter=";",
    ),
    _shape(
        "contributions_schedule_guernsey_gg59",
        "Line / Ligne=row | Social Security No. / No. de Sécurité Sociale=national_id:ssn_gy59"
        " | Surname / Nom de famille=family_name:gy_family59"
        " | Forenames / Prénoms=given_name:gy_given59"
        " | Date of Birth / Date de naissance=birth_date@%d/%m/%Y | Sex / Sexe=sex:sex_gy59"
        " | Address / Adresse=street:street_gy59 | Parish / Paroisse=suburb:parish_gy59"
        " | Postcode=postcode:pc_gy59 | Telephone / Téléphone=phone:phone_gy59"
        " | Employer / Employeur=-:employer_gy59 | Employer Ref.=-:emp_ref_gy59"
        " | Date started / Date d'entrée=date@%d/%m/%Y | Class=-:class_gy59"
        " | Gross earnings £=-:earnings_gy59 | Contributions £=-:contrib_gy59",
        english=True,
    ),
    _shape(
        "bhata_upokarbhogi_chattogram_bd59",
        "ক্রমিক নং=row | উপকারভোগীর নাম=full_name:bd_name59"
        " | পিতা/স্বামীর নাম=-:bd_kin59 | মাতার নাম=-:bd_mother59"
        " | জন্ম তারিখ=birth_date@%d-%m-%Y | লিঙ্গ=sex:sex_bd59"
        " | জাতীয় পরিচয়পত্র নম্বর=national_id:nid_bd59 | ঠিকানা=address:addr_bd59"
        " | উপজেলা/থানা=district:thana_bd59 | মোবাইল নম্বর=phone:phone_bd59"
        " | ভাতার ধরন=-:kind_bd59 | বই নং=-:book_bd59 | ব্যাংক হিসাব নং=-:account_bd59"
        " | নমিনির নাম=-:nominee_bd59 | নমিনির সম্পর্ক=-:nominee_rel_bd59"
        " | অনুমোদনের তারিখ=date@%d-%m-%Y",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("ak_lt59", "dni59", "ramq59", "ssn_gy59", "nid_bd59")
SEX_HOLDS: tuple[str, ...] = ("sex_lt59", "sex_es59", "sex_qc59", "sex_gy59", "sex_bd59")
NAME_HOLDS = frozenset(
    {"woman59", "lt_family59", "lt_given59", "es_family59", "es_given59", "qc_family59"}
    | {"qc_given59", "gy_family59", "gy_given59", "bd_name59"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_lt59",
    "phone_es59",
    "phone_qc59",
    "phone_gy59",
    "phone_bd59",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_bd59",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND59",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND59",
]
