"""The eighth part of the outside corpus, **blind 8** (written 22:18 UTC, 2026-12-05, never used
for tuning): files a foreign partner or a Vietnamese agency could hand over, in shapes no other
part uses. Mexican (CURP and RFC), Argentine (``APELLIDO, Nombre``, a DNI with dots, CUIL),
Russian and Greek in their own scripts (Фамилия/Имя/Отчество and СНИЛС; upper-case Greek headers
and ΑΜΚΑ), Arabic-script Jordanian, a US database export (camelCase abbreviations, month-first
dates), a Vietnamese ethnic-minority registry (Hờ A Páo, K'Bròn, Y Moan Êban), and romanised
Khmer and Lao files (``12 Mar 1985`` and ``1985-Mar-12`` dates, a Verhoeff-checked card number),
with phones written with their country codes and notes in the file's language.

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind8_writers import WRITERS_BLIND8
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND8: tuple[Shape, ...] = (
    _shape(
        "padron_mx",
        "Folio=row | Apellido Paterno=family_name:mx_paterno"
        " | Apellido Materno=family_name:mx_materno | Nombre(s)=given_name:mx_given"
        " | CURP=national_id:curp | RFC=national_id:rfc | Fecha de Nacimiento=birth_date"
        " | Sexo=sex:sex_mx | Domicilio=address:address_mx | Teléfono=phone:phone_mx",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "beneficiarios_ar",
        "Nro. de Orden=row | Apellido y Nombre=full_name:ar_full | DNI=national_id:dni_ar"
        " | CUIL=national_id:cuil | Fecha Nac.=birth_date@%-d/%-m/%Y | Celular=phone:phone_ar"
        " | Domicilio Real=address:address_ar | Observaciones=-:note_es",
        english=True,
        encoding="latin-1",
        delimiter=";",
    ),
    _shape(
        "reestr_ru",
        "№ п/п=row | Фамилия=family_name:ru_family | Имя=given_name:ru_given"
        " | Отчество=-:ru_patronymic | Дата рождения=birth_date@%d.%m.%Y | Пол=sex:sex_ru"
        " | СНИЛС=national_id:snils | Адрес регистрации=address:address_ru"
        " | Телефон=phone:phone_ru | Примечание=-:note_ru",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "mitroo_gr",
        "Α/Α=row | ΕΠΩΝΥΜΟ=family_name:gr_family | ΟΝΟΜΑ=given_name:gr_given"
        " | ΠΑΤΡΩΝΥΜΟ=-:gr_father | ΗΜΕΡΟΜΗΝΙΑ ΓΕΝΝΗΣΗΣ=birth_date@%d-%m-%Y | ΑΜΚΑ=national_id:amka"
        " | ΦΥΛΟ=sex:sex_gr | ΔΙΕΥΘΥΝΣΗ=address:address_gr | Τ.Κ.=postcode:postcode_gr",
        english=True,
        file="xlsx",
    ),
    _shape(
        "sijil_jo",
        "الرقم التسلسلي=row | الاسم الكامل=full_name:ar_script_full"
        " | الرقم الوطني=national_id:jo_national | تاريخ الميلاد=birth_date@%Y/%m/%d"
        " | الجنس=sex:sex_ar | مكان الإقامة=address:address_jo | رقم الهاتف=phone:phone_jo"
        " | ملاحظات=-:note_ar",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "crm_export_us",
        "recId=row | fullNm=full_name:en_full_name | birthDt=birth_date@%m/%d/%Y | pob=-:pob_us"
        " | natIdNo=national_id:ssn | addrLine1=street | zip=postcode:zip_us"
        " | phoneNo=phone:phone_us | emailAddr=email | updTs=timestamp",
        english=True,
    ),
    _shape(
        "dan_toc_thieu_so",
        "STT=row | Họ và tên khai sinh=full_name:vn_minority_full"
        " | Ngày tháng năm sinh=birth_date | Giới tính=sex | Dân tộc=-:ethnic_vn"
        " | Số định danh cá nhân=cccd | Nơi thường trú=address:address_vn_village"
        " | Số điện thoại=phone:phone_vn_intl | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "banhchi_kh",
        "Lekh Rieng=row | Nam Trakoul=family_name:kh_family | Nam Khluon=given_name:kh_given"
        " | Thngai Khe Chhnam Kamnaet=birth_date@%d %b %Y | Phet=sex:sex_kh"
        " | Lekh Attasanhanabat=national_id:kh_id | Asayathan=address:address_kh"
        " | Lekh Tourasap=phone:phone_kh",
        english=True,
        delimiter="\t",
    ),
    _shape(
        "thabian_la",
        "Lam Dap=row | Sue lae Nam Sakun=full_name:la_full | Van Deuan Pi Koet=birth_date@%Y-%b-%d"
        " | Phet=sex:sex_la | Lek Bat Pa Cham Tua=national_id:la_id | Thi Yu=address:address_la"
        " | Beu Tho=phone:phone_la | Mai Het=-:note_la",
        english=True,
    ),
)

#: dates written in month names (``12 Mar 1985``, ``1985-Mar-12``): how a 31 February reads.
INVALID_DAY = {"%d %b %Y": "31 Feb {y}", "%Y-%b-%d": "{y}-Feb-31"}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("curp", "rfc", "dni_ar", "cuil", "snils", "amka")
NATIONAL_HOLDS += ("jo_national", "ssn", "kh_id", "la_id")
SEX_HOLDS = ("sex_mx", "sex_ru", "sex_gr", "sex_ar", "sex_kh", "sex_la")
NAME_HOLDS = frozenset(
    {"mx_paterno", "mx_materno", "mx_given", "ar_full", "ru_family", "ru_given"}
    | {"gr_family", "gr_given", "ar_script_full", "vn_minority_full", "kh_family", "kh_given"}
    | {"la_full"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_mx",
    "phone_ar",
    "phone_ru",
    "phone_jo",
    "phone_us",
    "phone_vn_intl",
    "phone_kh",
    "phone_la",
)
#: addresses written with ``", "`` between their parts (the Arabic one uses ``"، "``)
ADDRESS_HOLDS: tuple[str, ...] = (
    "address_mx",
    "address_ar",
    "address_ru",
    "address_gr",
    "address_vn_village",
    "address_kh",
    "address_la",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND8",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND8",
]
