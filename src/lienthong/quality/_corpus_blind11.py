"""The eleventh part of the outside corpus, **blind 11** (written 23:17 UTC, 2026-12-05, never
used for tuning): person files a hospital, a family doctor, a welfare office, a municipality, an
NGO or an employer could hand over, from countries and in layouts no other part uses. A
Vietnamese hospital's HIS export to Excel in the XML1 table's layout (MA_LK, MA_BN, SO_CCCD,
``198503120000`` birth dates, sex as ``1``/``2``, coded ethnicity, nationality and province), an
Estonian family doctor's patient list in Windows-1257 (Isikukood, Eesnimi, Perekonnanimi), a
Norwegian NAV office's tab-separated list (Fødselsnummer and no birth date, POSTNR and POSTSTED
in capitals), a Serbian municipality's social-assistance list in Cyrillic and Windows-1251
(ЈМБГ, Име једног родитеља, ``12.03.1985.`` dates), a Mongolian khoroo register in UTF-16
(Ургийн овог, Эцэг/эхийн нэр, регистрийн дугаар ``УБ85031217``, ``1985.03.12`` dates), an Uzbek
mahalla list in Latin script (JShShIR with its 7-3-1 check digit, Familiyasi, Otasining ismi), a
Haitian NGO's list in Kreyòl (Siyati, Prenon, NIU, Seksyon kominal), a Malagasy social registry
in Latin-1 (Anarana, Fanampiny, a CIN in groups of three, Fokontany) and a Kuwaiti employer's
Excel sheet with bilingual Arabic/English headers (الرقم المدني Civil ID with its mod 11 check
digit, one Name in English, real Excel dates).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind11_writers import WRITERS_BLIND11
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND11: tuple[Shape, ...] = (
    _shape(
        "his_xml1_vn",
        "STT=row | MA_LK=-:ma_lk | MA_BN=-:ma_bn | HO_TEN=full_name | SO_CCCD=cccd"
        " | NGAY_SINH=birth_date@%Y%m%d0000 | GIOI_TINH=sex:sex_his | MA_QUOCTICH=-:quoctich_his"
        " | MA_DANTOC=-:dantoc_his | DIA_CHI=address | MA_TINH_CU_TRU=-:tinh_his"
        " | DIEN_THOAI=phone | MA_THE_BHYT=bhyt | NGAY_VAO=date:his_admit",
        file="xlsx",
    ),
    _shape(
        "nimistu_ee",
        "Jrk=row | Isikukood=national_id:isikukood | Eesnimi=given_name:ee_given"
        " | Perekonnanimi=family_name:ee_family | Sünniaeg=birth_date@%d.%m.%Y"
        " | Sugu=sex:sex_ee | Elukoht=address:address_ee | Telefon=phone:phone_ee"
        " | E-post=email:email_ee | Kindlustus kehtib kuni=date:insured_ee",
        english=True,
        encoding="cp1257",
        delimiter=";",
    ),
    _shape(
        "nav_liste_no",
        "Løpenr=row | Fødselsnummer=national_id:fnr | Etternavn=family_name:no_family"
        " | Fornavn=given_name:no_given | Adresse=street:street_no | POSTNR=postcode:postnr_no"
        " | POSTSTED=-:poststed_no | Mobil=phone:phone_no | Ytelse=-:nav_no",
        english=True,
        delimiter="\t",
    ),
    _shape(
        "socijalna_pomoc_rs",
        "Ред. бр.=row | Презиме=family_name:rs_family | Име=given_name:rs_given"
        " | Име једног родитеља=-:rs_parent | ЈМБГ=national_id:jmbg"
        " | Датум рођења=birth_date@%d.%m.%Y. | Пол=sex:sex_rs | Улица и број=street:street_rs"
        " | Општина=-:opstina_rs | Контакт телефон=phone:phone_rs",
        english=True,
        encoding="cp1251",
        delimiter=";",
    ),
    _shape(
        "khoroo_mn",
        "№=row | Ургийн овог=-:mn_clan | Эцэг/эхийн нэр=family_name:mn_father"
        " | Нэр=given_name:mn_given | Регистрийн дугаар=national_id:register_mn"
        " | Төрсөн огноо=birth_date@%Y.%m.%d | Хүйс=sex:sex_mn"
        " | Оршин суугаа хаяг=address:address_mn"
        " | Утасны дугаар=phone:phone_mn",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "mahalla_uz",
        "T/r=row | Familiyasi=family_name:uz_family | Ismi=given_name:uz_given"
        " | Otasining ismi=-:uz_father | JShShIR=national_id:pinfl"
        " | Tug‘ilgan sanasi=birth_date@%d.%m.%Y | Jinsi=sex:sex_uz"
        " | Yashash manzili=address:address_uz | Telefon raqami=phone:phone_uz"
        " | Mahalla fuqarolar yig‘ini=-:mahalla_uz",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "benefisye_ht",
        "No=row | Siyati=family_name:ht_family | Prenon=given_name:ht_given | Sèks=sex:sex_ht"
        " | Dat nesans=birth_date@%d/%m/%Y | NIU=national_id:niu_ht | Komin=-:komin_ht"
        " | Seksyon kominal=-:seksyon_ht | Adrès=address:address_ht | Telefòn=phone:phone_ht"
        " | Kantite moun nan kay la=-:members_ht",
        english=True,
    ),
    _shape(
        "fid_mg",
        "Laharana=row | Anarana=family_name:mg_family | Fanampiny=given_name:mg_given"
        " | Daty nahaterahana=birth_date@%d/%m/%Y | Toerana nahaterahana=-:mg_birthplace"
        " | Lahy/Vavy=sex:sex_mg | Laharana kara-panondro=national_id:cin_mg"
        " | Fokontany=-:fokontany_mg | Kaominina=-:kaominina_mg | Finday=phone:phone_mg",
        english=True,
        encoding="latin-1",
        delimiter=";",
    ),
    _shape(
        "muwazafin_kw",
        "م S.No=row | الرقم المدني Civil ID=national_id:civil_id | الاسم Name=full_name:kw_full"
        " | الجنسية Nationality=-:nation_kw | تاريخ الميلاد Date of Birth=birth_date:excel_date"
        " | الجنس Gender=sex:sex_kw | رقم الجواز Passport No=-:passport_kw"
        " | العنوان Address=address:address_kw | الهاتف Mobile=phone:phone_kw"
        " | الراتب Salary (KWD)=-:salary_kw",
        english=True,
        file="xlsx",
    ),
)

#: The HIS writes a birth as ``yyyymmddHHMM``: how a 31 February reads.
INVALID_DAY = {"%Y%m%d0000": "{y}02310000"}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("isikukood", "fnr", "jmbg", "register_mn", "pinfl")
NATIONAL_HOLDS += ("niu_ht", "cin_mg", "civil_id")
SEX_HOLDS: tuple[str, ...] = ("sex_his", "sex_ee", "sex_rs", "sex_mn", "sex_uz", "sex_ht")
SEX_HOLDS += ("sex_mg", "sex_kw")
NAME_HOLDS = frozenset(
    {"ee_given", "ee_family", "no_family", "no_given", "rs_family", "rs_given"}
    | {"mn_father", "mn_given", "uz_family", "uz_given", "ht_family", "ht_given"}
    | {"mg_family", "mg_given", "kw_full"}
)
PHONE_HOLDS: tuple[str, ...] = ("phone_no", "phone_rs", "phone_mn", "phone_uz", "phone_ht")
PHONE_HOLDS += ("phone_mg", "phone_kw", "phone_ee")
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("address_ee", "address_mn", "address_uz", "address_ht")
ADDRESS_HOLDS += ("address_kw",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND11",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND11",
]
