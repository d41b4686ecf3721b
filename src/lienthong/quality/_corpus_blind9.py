"""The ninth part of the outside corpus, **blind 9** (written 22:28 UTC, 2026-12-05, never used
for tuning): person files an agency, a hospital, a school, a bank or a legacy system of a country
no other part uses could hand over. A Chinese household register in GBK (姓名, 公民身份号码,
``1985年03月12日`` dates), a Hong Kong hospital's pipe-separated Big5 extract (``CHAN Tai Man``
beside 陳大文, an HKID with its check in brackets), an Indian welfare list in Devanagari
(आधार संख्या in groups of four, पिन कोड), an Israeli health fund's list in Windows-1255 Hebrew
(ת.ז., מיקוד), a Sri Lankan bank's legacy upper-case export (``NAME_WITH_INITIALS`` and the old
``853456789V`` NIC), a South African municipal roll in Afrikaans (Van, Voorname, ID-nommer), a
Finnish school roster in Latin-1 (henkilötunnus, Etunimet), a Georgian civil register in UTF-16
(პირადი ნომერი) and a Bangladeshi safety-net list with phones in Bengali digits.

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind9_writers import WRITERS_BLIND9
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND9: tuple[Shape, ...] = (
    _shape(
        "huji_cn",
        "序号=row | 姓名=full_name:cn_full | 性别=sex:sex_cn | 出生日期=birth_date@%Y年%m月%d日"
        " | 公民身份号码=national_id:cn_id | 联系电话=phone:phone_cn"
        " | 户籍地址=address:address_cn | 备注=-:note_cn",
        english=True,
        encoding="gbk",
    ),
    _shape(
        "patient_hk",
        "Seq No=row | HN No.=-:hn_hk | Name (Eng)=full_name:hk_name_en"
        " | 中文姓名=full_name:hk_name_zh | HKID No.=national_id:hkid | Sex=sex:sex_en"
        " | DOB=birth_date | Tel. No.=phone:phone_hk | District=-:district_hk",
        english=True,
        encoding="big5",
        delimiter="|",
    ),
    _shape(
        "labharthi_in",
        "क्रम संख्या=row | लाभार्थी का नाम=full_name:in_full | पिता/पति का नाम=-:in_father"
        " | लिंग=sex:sex_in | जन्म तिथि=birth_date@%d-%m-%Y | आधार संख्या=national_id:aadhaar"
        " | मोबाइल नंबर=phone:phone_in | पता=address:address_in | पिन कोड=postcode:pin_in",
        english=True,
        file="xlsx",
    ),
    _shape(
        "kupa_il",
        "מס' סידורי=row | ת.ז.=national_id:teudat | שם משפחה=family_name:il_family"
        " | שם פרטי=given_name:il_given | תאריך לידה=birth_date@%d.%m.%Y | מין=sex:sex_il"
        " | רחוב=street:street_il | עיר=-:town_il | מיקוד=postcode:mikud_il"
        " | טלפון נייד=phone:phone_il",
        english=True,
        encoding="cp1255",
    ),
    _shape(
        "kyc_legacy_lk",
        "SERIAL_NO=row | NIC_NO=national_id:nic_lk | NAME_WITH_INITIALS=full_name:lk_initials"
        " | FULL_NAME=full_name:lk_full | DATE_OF_BIRTH=birth_date@%Y-%m-%d | GENDER=sex:sex_lk"
        " | PERMANENT_ADDRESS=address:address_lk | MOBILE_NO=phone:phone_lk"
        " | BRANCH_NAME=-:branch_lk",
        english=True,
    ),
    _shape(
        "kieserslys_za",
        "Volgnommer=row | Van=family_name:za_family | Voorname=given_name:za_given"
        " | ID-nommer=national_id:za_id | Geboortedatum=birth_date@%Y/%m/%d | Geslag=sex:sex_nl"
        " | Straatadres=street:street_za | Voorstad=-:suburb_za | Poskode=postcode:poskode_za"
        " | Selfoonnommer=phone:phone_za",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "oppilaat_fi",
        "Nro=row | Sukunimi=family_name:fi_family | Etunimet=given_name:fi_given"
        " | Henkilötunnus=national_id:hetu | Syntymäaika=birth_date@%-d.%-m.%Y"
        " | Sukupuoli=sex:sex_fi | Luokka=-:class_fi | Lähiosoite=street:street_fi"
        " | Postinumero=postcode:postinumero_fi | Postitoimipaikka=-:town_fi"
        " | Huoltajan puhelin=phone:phone_fi",
        english=True,
        encoding="latin-1",
        delimiter=";",
    ),
    _shape(
        "reestri_ge",
        "№=row | გვარი=family_name:ge_family | სახელი=given_name:ge_given"
        " | მამის სახელი=-:ge_father | პირადი ნომერი=national_id:ge_pn"
        " | დაბადების თარიღი=birth_date@%d.%m.%Y | სქესი=sex:sex_ge"
        " | მისამართი=address:address_ge | ტელეფონი=phone:phone_ge",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "bhata_bd",
        "ক্রমিক নং=row | উপকারভোগীর নাম=full_name:bd_full | পিতার নাম=-:bd_father"
        " | মাতার নাম=-:bd_mother | জন্ম তারিখ=birth_date | লিঙ্গ=sex:sex_bd"
        " | জাতীয় পরিচয়পত্র নম্বর=national_id:bd_nid | মোবাইল নম্বর=phone:phone_bd"
        " | ঠিকানা=address:address_bd | মন্তব্য=-:note_bd",
        english=True,
        file="xlsx",
    ),
)

#: dates written with Chinese year, month and day signs: how a 31 February reads.
INVALID_DAY = {"%Y年%m月%d日": "{y}年02月31日"}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("cn_id", "hkid", "aadhaar", "teudat", "nic_lk", "za_id")
NATIONAL_HOLDS += ("hetu", "ge_pn", "bd_nid")
SEX_HOLDS = ("sex_cn", "sex_in", "sex_il", "sex_lk", "sex_fi", "sex_ge", "sex_bd")
NAME_HOLDS = frozenset(
    {"cn_full", "hk_name_en", "hk_name_zh", "in_full", "il_family", "il_given"}
    | {"lk_initials", "lk_full", "za_family", "za_given", "fi_family", "fi_given"}
    | {"ge_family", "ge_given", "bd_full"}
)
PHONE_HOLDS: tuple[str, ...] = ("phone_cn", "phone_hk", "phone_in", "phone_il", "phone_lk")
PHONE_HOLDS += ("phone_za", "phone_fi", "phone_ge", "phone_bd")
#: addresses written with ``", "`` between their parts (the Chinese one has none: no
#: whitespace defect is planted in it)
ADDRESS_HOLDS: tuple[str, ...] = ("address_in", "address_lk", "address_ge", "address_bd")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND9",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND9",
]
