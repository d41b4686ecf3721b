"""The four-hundred-and-first part of the outside corpus, **blind 401** (written 19:41 UTC,
2026-12-07, never used for tuning): person files a district's labour and social affairs office
issuing health insurance cards, a commune's people's committee supporting homes, a province's
department handling martyrs' gravestones, a district paying funeral allowances, a Ukrainian
district social protection department, an Armenian unified social service centre, a US county
veterans service office, the rehabilitation department of Israel's Ministry of Defense and a
Bosnian municipal veterans' office could hand over. Four Vietnamese files: the relatives of
people with merit given health insurance cards, in Excel (the ĐDCN, the BHXH number, the
relation, the person with merit and the kind of merit, the hospital of first registration, the
days the card runs from and to, the home); the people with merit given support to build or mend
their homes, in Windows-1258 with semicolons and headers without diacritics (the kind of merit,
the state of the house, new or repaired, the amount, the approving decision and its day, the
officer in charge); the relatives asking to correct what a martyr's gravestone says, in UTF-16
with tabs (the relation, the martyr's name on the stone, what is right, the cemetery, the zone,
row and grave, the day the file came in, the result); and the relatives paid the funeral
allowance of a person with merit who died, in UTF-8 with semicolons (the dead and their kind of
merit, the day of death, the funeral allowance, the one-off allowance, the bank account, the
time last updated).
Five foreign files: a Ukrainian district's combatants paid the yearly May allowance in
Windows-1251 with semicolons (the ПІБ, the РНОКПП, the УБД certificate's series and number, its
day and issuer, the category, ``+380`` mobiles, the sum, how it is paid); an Armenian centre's
families of fallen servicemen and disabled servicemen in UTF-8 with Armenian headers (the
family name, given name and father's name apart, the ՀԾՀ of the social card, the passport or ID
card, ``+374`` mobiles, the status, the fallen serviceman, the disability group, the benefit,
the day decided); a US county veterans service office's intake log (the SSN, the middle
initial, the branch and service dates, the discharge, the VA file number, the service-connected
rating, the claim and the day filed, the street, city, state and ZIP apart, the spouse); an
Israeli rehabilitation district's disabled veterans in Windows-1255 with Hebrew headers (the
מספר זהות with its Luhn digit, the street, town and seven-digit מיקוד apart, the disability
percentage, the file, the district, the rehabilitation officer, the day recognised); and a
Bosnian municipal office's war invalids and families of fallen fighters in Windows-1250 with
semicolons (the father's name between the family and given names, the JMBG, the municipality and
canton apart, ``06x/xxx-xxx`` mobiles, the category, the decision, the monthly sum in KM, the
bank account).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind401_writers import WRITERS_BLIND401
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND401: tuple[Shape, ...] = (
    _shape(
        "cap_the_bhyt_than_nhan_nguoi_co_cong_vn401",
        "STT=row | Họ và tên thân nhân=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Mã số BHXH=bhxh"
        " | Quan hệ với NCC=-:rel401 | Họ tên người có công=-:merit_name401"
        " | Diện ưu đãi=-:merit_kind401 | Nơi ĐKKCB ban đầu=-:hospital401"
        " | Giá trị thẻ từ ngày=date@%d/%m/%Y | Đến ngày=date:until401"
        " | Địa chỉ thường trú=address",
        file="xlsx",
    ),
    _shape(
        "ho_tro_nha_o_nguoi_co_cong_vn401",
        "TT=row | Ho va ten nguoi co cong=full_name | Ngay thang nam sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex | So CCCD=cccd | Noi o hien nay=address | So DT=phone"
        " | Dien uu dai=-:own_kind401 | Hien trang nha o=-:house_state401"
        " | Hinh thuc ho tro=-:build401 | So tien ho tro (dong)=-:housing_amount401"
        " | So QD phe duyet=-:housing_dec401 | Ngay QD=date@%d/%m/%Y"
        " | Can bo phu trach=-:officer401",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "dinh_chinh_thong_tin_bia_mo_liet_si_vn401",
        "STT=row | Người đề nghị=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd:cccd_spaced | Nơi cư trú=address | Điện thoại=phone"
        " | Quan hệ với liệt sĩ=-:kin401 | Họ tên LS ghi trên bia=-:martyr401"
        " | Nội dung đề nghị đính chính=-:fix401 | Nghĩa trang=-:cemetery401"
        " | Vị trí mộ=-:plot401 | Ngày nhận hồ sơ=date@%d/%m/%Y | Kết quả=-:result401",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "chi_tra_mai_tang_phi_nguoi_co_cong_vn401",
        "STT=row | Họ tên người nhận=full_name | NS=birth_date@%d-%m-%Y | GT=sex"
        " | CCCD=cccd | SĐT=phone | Địa chỉ=address | NCC từ trần=-:dead401"
        " | Diện=-:merit_kind401 | Ngày từ trần=date@%d/%m/%Y"
        " | Mai táng phí (đ)=-:funeral401 | TC 1 lần (đ)=-:oneoff401"
        " | Số TK=-:account401 | Ngân hàng=-:bank401"
        " | Cập nhật=timestamp@%Y-%m-%d %H:%M:%S",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "ubd_shchorichna_dopomoha_ua401",
        "№ з/п=row | Прізвище, ім'я, по батькові=full_name:ua_pib401"
        " | Дата народження=birth_date@%d.%m.%Y | РНОКПП=national_id:rnokpp401"
        " | Посвідчення УБД (серія, №)=-:ubd_cert401 | Дата видачі=date@%d.%m.%Y"
        " | Ким видано=-:ubd_issuer401 | Категорія=-:ubd_cat401"
        " | Адреса реєстрації=address:ua_home401 | Телефон=phone:ua_phone401"
        " | Сума, грн=-:ubd_sum401 | Спосіб виплати=-:ubd_pay401",
        english=True,
        encoding="cp1251",
        delimiter=";",
    ),
    _shape(
        "zohvats_zinsarayoghneri_yntanikner_am401",
        "Հ/Հ=row | Ազգանուն=family_name:am_fam401 | Անուն=given_name:am_given401"
        " | Հայրանուն=-:am_patr401 | Ծննդյան ամսաթիվ=birth_date@%d.%m.%Y"
        " | Սոց. քարտ (ՀԾՀ)=national_id:am_hth401 | Անձնագիր/ՆՔ=-:am_doc401"
        " | Հասցե=address:am_home401 | Հեռախոս=phone:am_phone401"
        " | Կարգավիճակ=-:am_status401 | Զոհված զինծառայող=-:am_fallen401"
        " | Հաշմանդամության խումբ=-:am_group401 | Նպաստ (դրամ)=-:am_sum401"
        " | Որոշման ամսաթիվ=date@%d.%m.%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "county_vso_intake_log_us401",
        "#=row | Last Name=family_name | First Name=given_name | MI=-:mi401"
        " | SSN=national_id:ssn401"
        " | DOB=birth_date@%m/%d/%Y | Branch=-:branch401 | Service Dates=-:svc401"
        " | Discharge=-:discharge401 | VA File #=-:cfile401 | SC %=-:sc401"
        " | Claim Type=-:claim401 | Date Filed=date@%m/%d/%Y | Street Address=street"
        " | City=district:us_city401 | ST=state:us_state401 | ZIP=postcode:us_zip401"
        " | Phone=phone:us_phone401 | Email=email | Spouse=-:spouse401",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "nechei_tzahal_agaf_hashikum_il401",
        "מס'=row | שם משפחה=family_name:il_fam401 | שם פרטי=given_name:il_given401"
        " | מספר זהות=national_id:il_tz401 | תאריך לידה=birth_date@%d/%m/%Y"
        " | מין=sex:il_sex401 | רחוב ומספר=street:il_street401 | יישוב=district:il_city401"
        " | מיקוד=postcode:il_zip401 | טלפון נייד=phone:il_phone401"
        " | אחוזי נכות=-:il_pct401 | מספר תיק=-:il_file401 | מחוז=-:il_region401"
        " | קצין שיקום=-:il_officer401 | תאריך הכרה=date@%d/%m/%Y",
        english=True,
        encoding="cp1255",
    ),
    _shape(
        "boracka_populacija_rvi_ba401",
        "R.br.=row | Prezime=family_name:ba_fam401 | Ime oca=-:ba_father401"
        " | Ime=given_name:ba_given401 | JMBG=national_id:ba_jmbg401"
        " | Datum rođenja=birth_date@%d.%m.%Y. | Spol=sex:ba_sex401"
        " | Adresa=street:ba_street401 | Općina=district:ba_mun401"
        " | Kanton / entitet=state:ba_canton401 | Telefon=phone:ba_phone401"
        " | Kategorija=-:ba_cat401 | Broj rješenja=-:ba_dec401"
        " | Datum rješenja=date@%d.%m.%Y. | Mjesečni iznos (KM)=-:ba_sum401"
        " | Banka / broj računa=-:ba_bank401",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "rnokpp401",
    "am_hth401",
    "ssn401",
    "il_tz401",
    "ba_jmbg401",
)
SEX_HOLDS: tuple[str, ...] = ("il_sex401", "ba_sex401")
NAME_HOLDS = frozenset(
    {
        "ua_pib401",
        "am_fam401",
        "am_given401",
        "il_fam401",
        "il_given401",
        "ba_fam401",
        "ba_given401",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "ua_phone401",
    "am_phone401",
    "us_phone401",
    "il_phone401",
    "ba_phone401",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ua_home401", "am_home401")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND401",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND401",
]
