"""The fifty-second part of the outside corpus, **blind 52** (written 10:55 UTC, 2026-12-06, never
used for tuning): person files a ward's military command, a university's training office, a tax
office, a commune's agriculture desk, the Tasmanian Health Service, an Ontario family health team,
a Bavarian district office's housing benefit desk, Martinique's family allowance fund and a
Xinjiang civil affairs bureau could hand over. Four Vietnamese files: a ward's list of young men
called up for military service, in Excel (his own name, birth date in the call-up ages and card,
schooling, job and workplace, his home address and phone, his father's and mother's names, years
of birth and jobs, the family's phone, the date of the preliminary medical check, the health grade
and the conclusion); a university's list of graduates receiving diplomas in UTF-16 with tabs (the
student number, name, birth date, sex, place of birth, CCCD, class, major, grade point average,
classification, the diploma's serial and register number, the decision and its date, the student
e-mail and a spaced phone); a tax office's list of personal income tax settlements in
Windows-1258 with semicolons (the tax code, name, birth date, CCCD and address beside a
dependant's name, birth date, identity number and relation, the taxable income, family relief,
tax withheld and due, the paying employer, the date filed, the status); and a commune's list of
farmers receiving fertiliser subsidies in UTF-8 with a BOM and tabs (the head of household, the
year of birth alone, the hamlet and the commune alone, the rice area, the fertiliser, kilograms
and money, the date handed out, an empty signature column, a note).
Five foreign files: a Tasmanian outpatient waiting list in UTF-8 (the Medicare number with its
weighted check digit and issue number, the IRN apart, surnames in capitals, ``Suburb/Locality``,
``TAS``, ``7xxx`` postcodes, ``04`` and ``(03) 62`` phones, the referring GP, the clinic, the
urgency category, the next of kin); an Ontario patient roster in Excel with English/French
headers (the OHIP health number with its Luhn digit, the version code apart, French and English
street lines, city, ``ON``, ``K6A 1L4`` postal codes, ``(613)`` phones, language, physician); a
Bavarian housing benefit list in Windows-1252 with semicolons (the file reference, the Steuer-ID
with its repeated digit and MOD 11,10 check digit, place of birth, ``Straße, Hausnr.``, PLZ,
Wohnort, ``08031`` phones, household size, amount, clerk); a Martinique allowance list in UTF-8
with semicolons (the claimant number, the NIR born in 972 with its commune and key, ``NOM`` in
capitals, the place of birth, ``quartier`` street lines, ``972xx`` postcodes, ``0696``/``0596``
phones, the benefit and amount); and a Xinjiang minimum living allowance roster in UTF-8 with a
BOM and Uyghur Arabic-script headers beside Chinese (the Chinese and the Uyghur-script name, sex,
ethnicity, ``yyyy-mm-dd`` birth date, the eighteen-character resident identity number with its
MOD 11-2 check character, the head of household and relation, the address, the subdistrict
alone, eleven-digit mobiles, the monthly amount, dates admitted and approved).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind52_writers import WRITERS_BLIND52
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND52: tuple[Shape, ...] = (
    _shape(
        "goi_nhap_ngu_phuong_vn52",
        "STT=row | Họ và tên=full_name:conscript52"
        " | Ngày, tháng, năm sinh=birth_date:conscript_birth52"
        " | Số định danh cá nhân=cccd:conscript_cccd52 | Trình độ VH=-:school52"
        " | Nghề nghiệp=-:job52 | Nơi làm việc, học tập=-:workplace52 | Nơi thường trú=address"
        " | Tổ DP=-:tdp52 | SĐT=phone | Họ tên cha=-:father52 | Năm sinh (cha)=-:father_year52"
        " | Nghề nghiệp (cha)=-:father_job52 | Họ tên mẹ=-:mother52"
        " | Năm sinh (mẹ)=-:mother_year52 | Nghề nghiệp (mẹ)=-:mother_job52"
        " | SĐT gia đình=-:family_phone52 | Ngày khám sơ tuyển=date:excel_event"
        " | Phân loại SK=-:health52 | Kết luận=-:callup52",
        file="xlsx",
    ),
    _shape(
        "cap_bang_tot_nghiep_vn52",
        "STT=row | Mã SV=-:student_no52 | Họ và tên=full_name | Ngày sinh=birth_date:grad_birth52"
        " | Giới tính=sex | Nơi sinh=-:birth_prov52 | Số CCCD=cccd:grad_cccd52 | Lớp=-:class52"
        " | Ngành đào tạo=-:major52 | ĐTBC tích lũy (hệ 4)=-:gpa52 | Xếp loại TN=-:rank52"
        " | Số hiệu văn bằng=-:diploma52 | Số vào sổ cấp bằng=-:register52"
        " | Số QĐ công nhận TN=-:decision52 | Ngày ký QĐ=date@%d/%m/%Y | Email SV=email"
        " | ĐT liên lạc=phone:phone_spaced",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "quyet_toan_thue_tncn_vn52",
        "STT=row | MST=mst | Họ và tên người nộp thuế=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD/ĐDCN=cccd | Địa chỉ cư trú=address | Số NPT=-:dep_count52"
        " | Họ tên NPT=-:dep_name52 | Ngày sinh NPT=-:dep_birth52"
        " | MST/Số ĐDCN NPT=-:dep_id52 | Quan hệ với NNT=-:dep_rel52"
        " | Tổng TNCT (đ)=-:income52 | Giảm trừ gia cảnh (đ)=-:relief52"
        " | Thuế TNCN đã khấu trừ=-:withheld52"
        " | Số thuế phải nộp (+)/được hoàn (-)=-:due52 | Tổ chức trả TN=-:payer52"
        " | Ngày nộp HS=date@%d/%m/%Y | Tình trạng=-:tax_status52 | Email=email",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_tro_phan_bon_xa_vn52",
        "TT=row | Họ và tên chủ hộ=full_name | Năm sinh=birth_date:birth_year52 | CCCD=cccd"
        " | Ấp=-:hamlet52 | Xã=ward:ward52 | Điện thoại=phone | DT lúa (ha)=-:rice_area52"
        " | Loại phân=-:fert52 | SL (kg)=-:kg52 | Thành tiền (đ)=-:fert_money52"
        " | Ngày cấp=date@%d/%m/%Y | Ký nhận=-:none | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "ths_outpatient_wait_list_tas52",
        "No.=row | UR No.=-:ur_au52 | Medicare No.=national_id:medicare_au52 | IRN=-:irn_au52"
        " | Surname=family_name:au_family52 | Given Name(s)=given_name:au_given52"
        " | DOB=birth_date@%d/%m/%Y | Sex=sex:sex_au52"
        " | Residential Address=street:street_au52 | Suburb/Locality=suburb:suburb_au52"
        " | State=state:state_au52 | Postcode=postcode:postcode_au52"
        " | Contact Phone=phone:phone_au52 | Email=email | Referring GP=-:gp_au52"
        " | Clinic=-:clinic_au52 | Urgency Category=-:urgency_au52"
        " | Referral Received=date@%d/%m/%Y | NOK Name=-:nok_au52"
        " | NOK Phone=-:nok_phone_au52",
        english=True,
    ),
    _shape(
        "patient_roster_fht_on52",
        "#=row | Health Number / Numéro de carte Santé=national_id:ohip_on52"
        " | Version Code / Code de version=-:vc_on52"
        " | Last Name / Nom de famille=family_name:on_family52"
        " | First Name / Prénom=given_name:on_given52"
        " | Date of Birth / Date de naissance (YYYY-MM-DD)=birth_date@%Y-%m-%d"
        " | Sex / Sexe=sex:sex_on52 | Address / Adresse=street:street_on52"
        " | City / Ville=district:city_on52 | Prov.=state:prov_on52"
        " | Postal Code / Code postal=postcode:postal_on52"
        " | Telephone / Téléphone=phone:phone_on52"
        " | Preferred Language / Langue préférée=-:lang_on52"
        " | Rostering Physician / Médecin=-:md_on52"
        " | Enrolment Date / Date d'inscription=date@%Y-%m-%d",
        english=True,
        file="xlsx",
    ),
    _shape(
        "wohngeld_landratsamt_by52",
        "Lfd. Nr.=row | Aktenzeichen=-:file_by52"
        " | Steuerliche Identifikationsnummer=national_id:steuer_by52"
        " | Familienname=family_name:by_family52 | Vorname=given_name:by_given52"
        " | Geburtsdatum=birth_date@%d.%m.%Y | Geburtsort=-:birthplace_by52"
        " | Geschlecht=sex:sex_by52 | Straße, Hausnr.=street:street_by52"
        " | PLZ=postcode:plz_by52 | Wohnort=district:town_by52 | Telefon=phone:phone_by52"
        " | E-Mail=email | Haushaltsmitglieder=-:household_by52"
        " | Wohngeld mtl. (€)=-:euro_by52 | Bewilligt ab=date@%d.%m.%Y"
        " | Sachbearbeiter/in=-:clerk_by52",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "allocataires_caf_mq52",
        "N°=row | N° allocataire=-:alloc_mq52 | N° de sécurité sociale (NIR)=national_id:nir_mq52"
        " | NOM=family_name:mq_family52 | Prénom(s)=given_name:mq_given52"
        " | Date de naissance=birth_date@%d/%m/%Y | Lieu de naissance=-:birthplace_mq52"
        " | Sexe=sex:sex_fr | Adresse=street:street_mq52 | Code postal=postcode:cp_mq52"
        " | Commune=district:commune_mq52 | Téléphone=phone:phone_mq52 | Courriel=email"
        " | Prestation=-:benef_mq52 | Montant mensuel=-:amount_mq52"
        " | Date d'ouverture des droits=date@%d/%m/%Y",
        english=True,
        delimiter=";",
    ),
    _shape(
        "dibao_huamingce_xj52",
        "ت/ن 序号=row | ئىسمى 姓名=full_name:name_xj52"
        " | ئۇيغۇرچە ئىسمى 维文姓名=full_name:ug_name_xj52 | جىنسى 性别=sex:sex_xj52"
        " | مىللىتى 民族=-:ethnic_xj52 | تۇغۇلغان ۋاقتى 出生日期=birth_date@%Y-%m-%d"
        " | كىملىك نومۇرى 身份证号码=national_id:rid_xj52"
        " | ئائىلە باشلىقى 户主姓名=-:head_xj52"
        " | ئائىلە باشلىقى بىلەن مۇناسىۋىتى 与户主关系=-:relation_xj52"
        " | ئولتۇراق ئادرېسى 家庭住址=address:address_xj52 | كوچا 街道=ward:street_xj52"
        " | تېلېفون نومۇرى 联系电话=phone:phone_xj52"
        " | ئايلىق كاپالەت پۇلى (يۈەن) 月保障金额(元)=-:dibao_xj52"
        " | كاپالەتكە ئېلىنغان ۋاقىت 纳入保障时间=date:since_xj52"
        " | تەستىقلانغان ۋاقىت 审批日期=date@%Y-%m-%d",
        english=True,
        encoding="utf-8-sig",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "medicare_au52",
    "ohip_on52",
    "steuer_by52",
    "nir_mq52",
    "rid_xj52",
)
SEX_HOLDS: tuple[str, ...] = ("sex_au52", "sex_on52", "sex_by52", "sex_xj52")
NAME_HOLDS = frozenset(
    {"conscript52", "au_family52", "au_given52", "on_family52", "on_given52"}
    | {"by_family52", "by_given52", "mq_family52", "mq_given52", "name_xj52", "ug_name_xj52"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_au52",
    "phone_on52",
    "phone_by52",
    "phone_mq52",
    "phone_xj52",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND52",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND52",
]
