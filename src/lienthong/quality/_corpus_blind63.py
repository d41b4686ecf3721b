"""The sixty-third part of the outside corpus, **blind 63** (written 11:20 UTC, 2026-12-06, never
used for tuning): person files a ward's poverty review board, a district's education office, a
district hospital's insurance desk, a commune's land clearance board, a Lombard health agency, a
Bohemian home for the elderly, a Nizhny Novgorod polyclinic, a Manitoba home care office and a
Gauteng municipality could hand over. Four Vietnamese files: a ward's list of households
registered as near-poor in Windows-1258 with semicolons (the household code, the head, the
residential group, the number of members, the income score, the score for lacking basic social
services, the total, the class, what is lacking); a district's list of school-bus drivers and
attendants in Excel (the post, the licence class and number, the bus's plate, the school, the
route, the carrier, the contract date); a hospital's list of patients paying through health
insurance in UTF-16 with tabs (the patient code, the card, the facility of first registration,
the referring facility, the referral paper, the diagnosis, admission and discharge, the costs,
the time last updated); and a commune's list of citizens paid land compensation in UTF-8 with a
BOM (the plot and map sheet, the area, the land type, the project, the amount, the proxy who
received it with their CCCD, relation and phone, the power of attorney, the payment date).
Five foreign files: an Italian list of Lombard patients in Windows-1252 with semicolons (the
codice fiscale with its check letter, the CRS card number, the comune of birth, CAP, comune and
provincia, the family doctor, the ATS); a Czech list of applicants to a home for the elderly in
Windows-1250 with semicolons (the rodné číslo divisible by 11, the academic title, the insurer
and the insurance card number, ulice/obec/PSČ/kraj, a daughter as contact); a Russian list of
patients attached to a polyclinic in Windows-1251 with semicolons (the СНИЛС with its check, the
16-digit ENP polis, the passport, the patronymic, the registered address with its index, the
insurer, the district doctor); a bilingual Manitoba home care intake list in UTF-8 (the PHIN and
the family registration number, the city, province and postal code, the preferred language, the
coordinator); and a Gauteng indigent register in Excel with English, Afrikaans and Zulu headers
(the 13-digit ID with its Luhn digit, the suburb, city and postal code, the municipal ward, the
household income, the next of kin).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind63_writers import WRITERS_BLIND63
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND63: tuple[Shape, ...] = (
    _shape(
        "ho_can_ngheo_phuong_vn63",
        "STT=row | Mã hộ=-:hh_code63 | Họ và tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD chủ hộ=cccd | Tổ dân phố=-:to_dp63 | Địa chỉ=address"
        " | Số nhân khẩu=-:members63 | Điểm TN (thu nhập)=-:income_pts63"
        " | Điểm thiếu hụt DVXHCB=-:lack_pts63 | Tổng điểm=-:total_pts63"
        " | Phân loại hộ=-:near_poor63 | Chỉ số thiếu hụt=-:lacks63 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "lai_xe_nhan_vien_dua_don_hoc_sinh_vn63",
        "TT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date:excel_date"
        " | Giới tính=sex | Số CCCD=cccd | Vị trí công việc=-:bus_role63"
        " | Hạng GPLX=-:licence_class63 | Số GPLX=-:licence_no63 | Biển kiểm soát xe=-:bus_plate63"
        " | Trường=-:bus_school63 | Tuyến đưa đón=-:route63 | Đơn vị vận tải=-:carrier63"
        " | Nơi cư trú=address | Số ĐT=phone:phone_spaced | Ngày ký HĐ=date:excel_event",
        file="xlsx",
    ),
    _shape(
        "benh_nhan_bhyt_chuyen_tuyen_vn63",
        "STT=row | Mã BN=-:patient63 | Họ tên người bệnh=full_name | Năm sinh=birth_date@%d/%m/%Y"
        " | Giới=sex | Mã thẻ BHYT=bhyt | Nơi ĐKKCB ban đầu (mã)=-:kcb_first63"
        " | Nơi chuyển đến từ=-:referrer63 | Số giấy chuyển tuyến=-:referral_no63"
        " | Chẩn đoán (ICD-10)=-:icd63 | Ngày vào viện=date@%d/%m/%Y"
        " | Ngày ra viện=date:discharge63 | Tổng chi phí (đ)=-:cost63"
        " | Quỹ BHYT thanh toán=-:bhyt_paid63 | Người bệnh cùng chi trả=-:copay63"
        " | Địa chỉ=address | CCCD=cccd | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "chi_tra_boi_thuong_dat_vn63",
        "TT=row | Họ và tên người được bồi thường=full_name | Ngày sinh=birth_date@%d-%m-%Y"
        " | Số định danh cá nhân=cccd:cccd_spaced | Địa chỉ thường trú=address"
        " | Thửa đất số=-:plot63 | Tờ bản đồ số=-:sheet63 | Diện tích thu hồi (m2)=-:area63"
        " | Loại đất=-:land_type63 | Dự án=-:project63 | Số tiền bồi thường, hỗ trợ (đồng)=-:amount"
        " | Người nhận thay=-:proxy63 | CCCD người nhận thay=-:proxy_cccd63"
        " | Quan hệ với chủ hộ=-:proxy_rel63 | SĐT người nhận thay=-:proxy_phone63"
        " | Giấy ủy quyền số=-:poa_no63 | Ngày chi trả=date@%d/%m/%Y | Ký nhận=-:none",
        encoding="utf-8-sig",
    ),
    _shape(
        "assistiti_ats_lombardia_it63",
        "N.=row | Cognome=family_name:it_family63 | Nome=given_name:it_given63"
        " | Codice fiscale=national_id:cf_it63 | Sesso=sex:sex_it63"
        " | Data di nascita=birth_date@%d/%m/%Y | Comune di nascita=-:birthplace_it63"
        " | Indirizzo di residenza=street:street_it63 | CAP=postcode:cap_it63"
        " | Comune=district:comune_it63 | Prov.=state:prov_it63"
        " | N. tessera CRS-SISS=-:crs_it63 | Cellulare=phone:phone_it63"
        " | Medico di medicina generale=-:doctor_it63 | ATS di competenza=-:ats_it63"
        " | Data di scelta=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "zadatele_domov_pro_seniory_cz63",
        "Poř. č.=row | Titul=-:title_cz63 | Příjmení=family_name:cz_family63"
        " | Jméno=given_name:cz_given63 | Rodné číslo=national_id:rc_cz63"
        " | Datum narození=birth_date@%d.%m.%Y | Pohlaví=sex:sex_cz63"
        " | Ulice, č. p.=street:street_cz63 | Obec=district:obec_cz63 | PSČ=postcode:psc_cz63"
        " | Kraj=state:kraj_cz63 | Telefon=phone:phone_cz63"
        " | Zdravotní pojišťovna=-:insurer_cz63 | Číslo průkazu pojištěnce=-:card_cz63"
        " | Kontaktní osoba=-:guardian_cz63 | Datum podání žádosti=date@%d.%m.%Y",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
    _shape(
        "prikreplennoe_naselenie_nn_ru63",
        "№ п/п=row | Фамилия=family_name:ru_family63 | Имя=given_name:ru_given63"
        " | Отчество=-:ru_patr63 | Дата рождения=birth_date@%d.%m.%Y | Пол=sex:sex_ru63"
        " | СНИЛС=national_id:snils_ru63 | Полис ОМС (ЕНП)=-:enp_ru63"
        " | Паспорт (серия, номер)=-:passport_ru63 | Адрес регистрации=address:addr_ru63"
        " | Контактный телефон=phone:phone_ru63 | СМО=-:smo_ru63"
        " | Участковый врач=-:doctor_ru63 | Дата прикрепления=date@%d.%m.%Y",
        english=True,
        encoding="cp1251",
        delimiter=";",
    ),
    _shape(
        "home_care_intake_mb63",
        "No.=row | PHIN / NIMP=national_id:phin_mb63"
        " | Registration No. / No d'immatriculation=-:reg_mb63"
        " | Last Name / Nom de famille=family_name:mb_family63"
        " | First Name / Prénom=given_name:mb_given63"
        " | Date of Birth / Date de naissance (YYYY-MM-DD)=birth_date@%Y-%m-%d"
        " | Sex / Sexe=sex:sex_mb63 | Street Address / Adresse=street:street_mb63"
        " | City / Ville=district:city_mb63 | Prov.=state:prov_mb63"
        " | Postal Code / Code postal=postcode:pc_mb63 | Phone / Téléphone=phone:phone_mb63"
        " | Preferred Language / Langue=-:lang_mb63 | Case Coordinator=-:coordinator_mb63"
        " | Referral Date / Date d'aiguillage=date@%Y-%m-%d",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "indigent_register_gauteng_za63",
        "No.=row | ID Number / ID-nommer / Inombolo kamazisi=national_id:id_za63"
        " | Surname / Van / Isibongo=family_name:za_family63"
        " | First names / Voorname / Amagama=given_name:za_given63"
        " | Date of birth / Geboortedatum=birth_date@%Y/%m/%d"
        " | Gender / Geslag / Ubulili=sex:sex_za63"
        " | Street address / Straatadres=street:street_za63"
        " | Suburb / Voorstad=suburb:suburb_za63 | City / Stad=district:city_za63"
        " | Postal code / Poskode=postcode:pc_za63"
        " | Cell number / Selfoonnommer=phone:phone_za63 | Municipal ward=-:ward_za63"
        " | Household income / Huishoudelike inkomste=-:income_za63"
        " | Next of kin / Naasbestaande=-:kin_za63 | Date approved=date@%Y/%m/%d",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("cf_it63", "rc_cz63", "snils_ru63", "phin_mb63", "id_za63")
SEX_HOLDS: tuple[str, ...] = ("sex_it63", "sex_cz63", "sex_ru63", "sex_mb63", "sex_za63")
NAME_HOLDS = frozenset(
    {"it_family63", "it_given63", "cz_family63", "cz_given63", "ru_family63", "ru_given63"}
    | {"mb_family63", "mb_given63", "za_family63", "za_given63"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_it63",
    "phone_cz63",
    "phone_ru63",
    "phone_mb63",
    "phone_za63",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_ru63",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND63",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND63",
]
