"""The tenth part of the outside corpus, **blind 10** (written 22:55 UTC, 2026-12-05, never used
for tuning): person files an agency, a health centre, an employer, an NGO or a legacy system of a
country no other part uses could hand over. An Icelandic health centre's list in Windows-1252
(Kennitala, one Nafn with its patronymic, Lögheimili), an Iranian bank's Excel sheet in Persian
(کد ملی, Solar Hijri ``1364/05/21`` birth dates, Persian digits in the address), a Pakistani
welfare list in Urdu saved by Excel as UTF-16 text (CNIC ``35202-1234567-1``), an Ethiopian
NGO's Amharic cash-transfer list (ሙሉ ስም, ages, region/woreda/kebele, a Fayda number in groups
of four), a Myanmar ward list in Burmese (NRC ``၁၂/ဗဟန(နိုင်)၁၂၃၄၅၆`` and birth dates in Burmese
digits), an Armenian polyclinic roll (Ազգանուն, ՀԾՀ), a Kazakh employer's 1C export to Excel
(Тегі, Аты, ЖСН with its check digit, real Excel dates), a Tanzanian TASAF list in Swahili
separated by pipes (Jina la Ukoo, Namba ya NIDA) and a Croatian payroll export in Windows-1250
(Prezime, OIB, ``12.03.1985.`` dates with the closing dot, an IBAN).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind10_writers import WRITERS_BLIND10
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND10: tuple[Shape, ...] = (
    _shape(
        "heilsugaesla_is",
        "Nr.=row | Kennitala=national_id:kennitala | Nafn=full_name:is_full | Kyn=sex:sex_is"
        " | Lögheimili=street:street_is | Póstnúmer=postcode:postnumer_is"
        " | Sveitarfélag=-:town_is | Símanúmer=phone:phone_is | Netfang=email:email_is",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "moshtari_ir",
        "ردیف=row | کد ملی=national_id:code_melli | نام=given_name:ir_given"
        " | نام خانوادگی=family_name:ir_family | نام پدر=-:ir_father"
        " | شماره شناسنامه=-:shenasnameh | تاریخ تولد=birth_date:birth_jalali"
        " | جنسیت=sex:sex_ir | تلفن همراه=phone:phone_ir | کد پستی=postcode:postcode_ir"
        " | نشانی=address:address_ir",
        english=True,
        file="xlsx",
    ),
    _shape(
        "imdad_pk",
        "نمبر شمار=row | نام=full_name:pk_full | ولدیت/زوجیت=-:pk_father"
        " | شناختی کارڈ نمبر=national_id:cnic | تاریخ پیدائش=birth_date@%d-%m-%Y"
        " | جنس=sex:sex_pk | موبائل نمبر=phone:phone_pk | پتہ=address:address_pk"
        " | ضلع=-:district_pk",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "tekemi_et",
        "ተ.ቁ=row | ሙሉ ስም=full_name:et_full | ፆታ=sex:sex_et | ዕድሜ=-:age_et"
        " | ክልል=-:region_et | ወረዳ=-:woreda_et | ቀበሌ=-:kebele_et"
        " | የፋይዳ ቁጥር=national_id:fayda | ስልክ ቁጥር=phone:phone_et"
        " | የቤተሰብ ብዛት=-:household_et",
        english=True,
    ),
    _shape(
        "ayatsayin_mm",
        "စဉ်=row | အမည်=full_name:mm_full | အဖအမည်=-:mm_father"
        " | နိုင်ငံသားစိစစ်ရေးကတ်ပြားအမှတ်=national_id:nrc_mm"
        " | မွေးသက္ကရာဇ်=birth_date:birth_mm | ကျား/မ=sex:sex_mm | လူမျိုး/ဘာသာ=-:race_mm"
        " | နေရပ်လိပ်စာ=address:address_mm | ဖုန်းနံပါတ်=phone:phone_mm",
        english=True,
        delimiter="\t",
    ),
    _shape(
        "poliklinika_am",
        "Հ/Հ=row | Ազգանուն=family_name:am_family | Անուն=given_name:am_given"
        " | Հայրանուն=-:am_father | Ծննդյան ամսաթիվ=birth_date@%d.%m.%Y | Սեռ=sex:sex_am"
        " | ՀԾՀ=national_id:hth_am | Հասցե=address:address_am | Հեռախոս=phone:phone_am",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "qyzmetkerler_kz",
        "№=row | Тегі=family_name:kz_family | Аты=given_name:kz_given"
        " | Әкесінің аты=-:kz_father | ЖСН=national_id:iin_kz"
        " | Туған күні=birth_date:excel_date | Жынысы=sex:sex_kz"
        " | Тұрғылықты мекенжайы=address:address_kz | Ұялы телефон=phone:phone_kz"
        " | Лауазымы=-:post_kz",
        english=True,
        file="xlsx",
    ),
    _shape(
        "walengwa_tz",
        "Na.=row | Jina la Kwanza=given_name:tz_given | Jina la Kati=-:tz_middle"
        " | Jina la Ukoo=family_name:tz_family | Jinsia=sex:sex_tz"
        " | Tarehe ya Kuzaliwa=birth_date | Namba ya NIDA=national_id:nida_tz"
        " | Namba ya Simu=phone:phone_tz | Mkoa=-:mkoa_tz | Wilaya=-:wilaya_tz"
        " | Kijiji/Mtaa=-:village_tz",
        english=True,
        delimiter="|",
    ),
    _shape(
        "zaposlenici_hr",
        "Rb.=row | Prezime=family_name:hr_family | Ime=given_name:hr_given | OIB=national_id:oib"
        " | Datum rođenja=birth_date@%d.%m.%Y. | Spol=sex:sex_hr | Adresa=street:street_hr"
        " | Poštanski broj=postcode:postcode_hr | Mjesto=-:town_hr | IBAN=-:iban_hr"
        " | Mobitel=phone:phone_hr | Datum zaposlenja=date@%d.%m.%Y.",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
)

#: Croatian dates end with a dot: how a 31 February reads.
INVALID_DAY = {"%d.%m.%Y.": "31.02.{y}."}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("kennitala", "code_melli", "cnic", "fayda", "nrc_mm")
NATIONAL_HOLDS += ("hth_am", "iin_kz", "nida_tz", "oib")
SEX_HOLDS: tuple[str, ...] = ("sex_is", "sex_ir", "sex_pk", "sex_et", "sex_mm", "sex_am")
SEX_HOLDS += ("sex_kz", "sex_tz", "sex_hr")
NAME_HOLDS = frozenset(
    {"is_full", "ir_given", "ir_family", "pk_full", "et_full", "mm_full"}
    | {"am_family", "am_given", "kz_family", "kz_given", "tz_given", "tz_family"}
    | {"hr_family", "hr_given"}
)
PHONE_HOLDS: tuple[str, ...] = ("phone_is", "phone_ir", "phone_pk", "phone_et", "phone_mm")
PHONE_HOLDS += ("phone_am", "phone_kz", "phone_tz", "phone_hr")
#: addresses written with ``", "`` between their parts (the Persian, Urdu and Burmese ones use
#: their own commas: no whitespace defect is planted in them)
ADDRESS_HOLDS: tuple[str, ...] = ("address_am", "address_kz")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND10",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND10",
]
