"""The twelfth part of the outside corpus, **blind 12** (written 23:31 UTC, 2026-12-05, never
used for tuning): person files a municipality, a hospital, a family doctor, an employer, a health
insurer, an election office or a health board could hand over, from countries and in layouts no
other part uses. A Danish kommune's citizen list (CPR-nr. ``120385-1234`` and no birth date,
Fornavne and Efternavn, Postnr. and By), a Latvian hospital's patient list in ISO-8859-13 and
tabs (Personas kods ``120385-11234`` with its mod 11 check digit, women's family names in -a or
-e), a Bulgarian family doctor's Excel patient list (ЕГН, one Име, презиме и фамилия column,
``12.03.1985 г.`` dates), a Ukrainian employer's 1C personnel export in KOI8-U and pipes
(РНОКПП, По батькові), a Taiwanese hospital's export in Big5 (cp950) with 身分證字號 and
Republic-of-China dates ``074/03/12``, a Belgian health insurer's list with bilingual Dutch/French
headers (Rijksregisternummer ``85.03.12-123.45``), a Slovenian election roll (volilni imenik:
``NOVAK Janez``, EMŠO, ``12. 3. 1985`` dates), a Catalan padró municipal in ISO-8859-15 (Cognoms
with both surnames, DNI/NIE, sex as H/D) and a New Zealand health board's extract (NHI, Iwi,
``12-Mar-1985`` dates).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind12_writers import WRITERS_BLIND12
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND12: tuple[Shape, ...] = (
    _shape(
        "borgerliste_dk",
        "Løbenr.=row | CPR-nr.=national_id:cpr_dk | Fornavne=given_name:dk_given"
        " | Efternavn=family_name:dk_family | Vejnavn og husnr.=street:street_dk"
        " | Postnr.=postcode:postnr_dk | By=-:by_dk | Telefon=phone:phone_dk"
        " | Tilflytningsdato=date:moved_dk",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "pacienti_lv",
        "Nr.=row | Vārds=given_name:lv_given | Uzvārds=family_name:lv_family"
        " | Personas kods=national_id:personas_kods | Dzimšanas datums=birth_date@%d.%m.%Y"
        " | Dzimums=sex:sex_lv | Deklarētā adrese=address:address_lv | Tālrunis=phone:phone_lv"
        " | E-pasts=email:email_lv",
        english=True,
        encoding="iso8859_13",
        delimiter="\t",
    ),
    _shape(
        "patsienti_bg",
        "№ по ред=row | ЕГН=national_id:egn | Име, презиме и фамилия=full_name:bg_full"
        " | Дата на раждане=birth_date@%d.%m.%Y г. | Пол=sex:sex_bg"
        " | Постоянен адрес=address:address_bg | Телефон=phone:phone_bg"
        " | Дата на записване=date@%d.%m.%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "kadry_1c_ua",
        "N з/п=row | Прізвище=family_name:ua_family | Ім'я=given_name:ua_given"
        " | По батькові=-:ua_patronymic | РНОКПП=national_id:rnokpp"
        " | Дата народження=birth_date@%d.%m.%Y | Стать=sex:sex_ua"
        " | Адреса реєстрації=address:address_ua | Телефон=phone:phone_ua | Посада=-:post_ua",
        english=True,
        encoding="koi8_u",
        delimiter="|",
    ),
    _shape(
        "bingli_tw",
        "序號=row | 病歷號碼=-:chart_tw | 姓名=full_name:tw_full | 身分證字號=national_id:tw_id"
        " | 出生日期=birth_date:birth_roc | 性別=sex:sex_tw | 戶籍地址=address:address_tw"
        " | 行動電話=phone:phone_tw | 就診日期=date:visit_roc",
        english=True,
        encoding="cp950",
    ),
    _shape(
        "ziekenfonds_be",
        "Nr=row | Naam / Nom=family_name:be_family | Voornaam / Prénom=given_name:be_given"
        " | Rijksregisternummer / N° registre national=national_id:rrn"
        " | Geboortedatum / Date de naissance=birth_date | Geslacht / Sexe=sex:sex_be"
        " | Adres / Adresse=street:street_be | Postcode / Code postal=postcode:postcode_be"
        " | Gemeente / Commune=-:commune_be | Taal / Langue=-:lang_be"
        " | Aansluitingsnummer / N° d'affiliation=-:member_be",
        english=True,
        delimiter=";",
    ),
    _shape(
        "volilni_imenik_si",
        "Zap. št.=row | Priimek in ime=full_name:si_full | EMŠO=national_id:emso"
        " | Datum rojstva=birth_date@%-d. %-m. %Y"
        " | Naslov stalnega prebivališča=address:address_si | Volišče=-:station_si"
        " | Podpis volivca=-:none",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "padro_ca",
        "Núm.=row | Cognoms=family_name:ca_family | Nom=given_name:ca_given"
        " | DNI/NIE=national_id:dni_ca | Data de naixement=birth_date | Sexe=sex:sex_ca"
        " | Lloc de naixement=-:birthplace_ca | Adreça=street:street_ca"
        " | Codi postal=postcode:cp_ca"
        " | Municipi=-:municipi_ca | Telèfon=phone:phone_ca",
        english=True,
        encoding="iso8859_15",
        delimiter=";",
    ),
    _shape(
        "nhi_extract_nz",
        "Seq=row | NHI=national_id:nhi | Family Name=family_name:nz_family"
        " | Given Name(s)=given_name:nz_given | Date of Birth=birth_date@%d-%b-%Y"
        " | Gender=sex:sex_nz | Ethnicity=-:ethnic_nz | Iwi=-:iwi_nz"
        " | Address Line 1=street:street_nz | Suburb=-:suburb_nz | City=-:city_nz"
        " | Postcode=postcode:postcode_nz | Mobile=phone:phone_nz",
        english=True,
    ),
)

#: How a 31 February reads in this part's new date formats.
INVALID_DAY = {"%d.%m.%Y г.": "31.02.{y} г.", "%-d. %-m. %Y": "31. 2. {y}"}
INVALID_DAY["%d-%b-%Y"] = "31-Feb-{y}"
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("cpr_dk", "personas_kods", "egn", "rnokpp", "tw_id", "rrn")
NATIONAL_HOLDS += ("emso", "dni_ca", "nhi")
SEX_HOLDS: tuple[str, ...] = ("sex_lv", "sex_bg", "sex_ua", "sex_tw", "sex_be", "sex_ca")
SEX_HOLDS += ("sex_nz",)
NAME_HOLDS = frozenset(
    {"dk_given", "dk_family", "lv_given", "lv_family", "bg_full", "ua_family", "ua_given"}
    | {"tw_full", "be_family", "be_given", "si_full", "ca_family", "ca_given"}
    | {"nz_family", "nz_given"}
)
PHONE_HOLDS: tuple[str, ...] = ("phone_dk", "phone_lv", "phone_bg", "phone_ua", "phone_tw")
PHONE_HOLDS += ("phone_ca", "phone_nz")
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("address_lv", "address_bg", "address_ua", "address_si")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND12",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND12",
]
