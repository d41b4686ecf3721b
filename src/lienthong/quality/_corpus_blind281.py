"""The two-hundred-and-eighty-first part of the outside corpus, **blind 281** (written 10:08 UTC,
2026-12-07, never used for tuning): person files a Dak Lak cocoa cooperative, a city's 115
emergency centre, the Ha Giang city police, a Ho Chi Minh City district's environment office, the
housing department of Vorkuta and Inta, a Karelian fishing ground on the Kem river, a precinct
election commission of the Nenets okrug, the organisers of Lovozero's Festival of the North and
the Kholmogory district hospital of Arkhangelsk oblast could hand over.
Four Vietnamese files: cocoa growers selling fermented beans to a cooperative in Windows-1258
with semicolons (the area, the bearing trees, the weight, the fermentation rate, the price, the
weighing slip, the day delivered, the clerk who took the beans); private ambulance drivers and
crews registered with the 115 centre in Excel (the firm, the role, the plate, the licence class,
the first-aid certificate, the day registered, the time last updated); motorbike rental shops for
tourists checked by the Ha Giang city police in UTF-16 with tabs and headers without diacritics
(the shop's address apart from the owner's home, the bikes, the day rate, the business
registration, the check day, the result, the officer); and disused wells to be plugged in UTF-8
with a BOM and semicolons (where the well is, its depth and bore, the year drilled, why, the
contractor, the day plugged, a neighbour who witnessed it).
Five Russian files: the Vorkuta and Inta queue for the housing subsidy of those leaving the Far
North, with Komi beside Russian headers, in UTF-8 with a BOM (the СНИЛС with its check, the ИНН,
the passport, the category, the years in the North, the family, where they will move, the queue
number, the day put on the list); amateur salmon fishing permits on the Kem river with Finnish
beside Russian headers in UTF-8 with tabs (the family, given name and patronymic apart, the
passport, the permit, the stretch, the days, the price, the catch, the day fished); early voting
of the Nenets okrug's reindeer herders' brigades at their nomadic camps in KOI8-R with
semicolons (the passport, the home village, the brigade, the camp and its coordinates, a mobile
and the brigade's satellite phone, the commission member who brought the box, the mark); the
reindeer sledge races of Lovozero's Festival of the North in Excel (the bib, the passport and who
issued it, the community or herding brigade, the class, the time, the place); and the
Kholmogory hospital's register of regional drug benefits in Windows-1251 with tabs (the СНИЛС
written without separators, the sixteen-digit ОМС policy, the ИНН, the passport, the benefit
code, the diagnosis, the drug, the prescription, the doctor, a relative's phone).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind281_writers import WRITERS_BLIND281
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND281: tuple[Shape, ...] = (
    _shape(
        "ho_trong_ca_cao_ban_hat_len_men_htx_ca_cao_krong_ana_dak_lak_vn281",
        "STT=row | Họ tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Địa chỉ=address | ĐT=phone | Diện tích ca cao (ha)=-:cc_area281"
        " | Số cây cho trái=-:cc_trees281 | KL hạt lên men (kg)=-:cc_kg281"
        " | Tỷ lệ lên men=-:cc_ferm281 | Đơn giá (đ/kg)=-:cc_price281"
        " | Số phiếu cân=-:cc_ticket281 | Ngày giao hàng=date@%d/%m/%Y"
        " | Người nhận hàng=-:cc_clerk281",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "lai_xe_nhan_vien_xe_cuu_thuong_tu_nhan_dang_ky_trung_tam_cap_cuu_115_vn281",
        "TT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | CCCD=cccd:cccd_spaced | Địa chỉ thường trú=address | Số điện thoại=phone"
        " | Đơn vị (công ty/ hộ KD)=-:amb_firm281 | Vị trí=-:amb_role281"
        " | Biển số xe=-:amb_plate281 | Hạng GPLX=-:amb_licence281"
        " | CC sơ cấp cứu=-:amb_cert281 | Ngày đăng ký=date@%d/%m/%Y"
        " | Cập nhật lần cuối=timestamp",
        file="xlsx",
    ),
    _shape(
        "chu_co_so_cho_thue_xe_may_tu_lai_khach_du_lich_cong_an_tp_ha_giang_vn281",
        "STT=row | Ho ten chu co so=full_name | Ngay sinh=birth_date@%d-%m-%Y | Gioi tinh=sex"
        " | So CCCD=cccd | Noi thuong tru=address | Dia diem kinh doanh=-:rent_shop281"
        " | DT=phone | So xe cho thue=-:rent_bikes281 | Gia thue (d/ngay)=-:rent_price281"
        " | So GCN DKHKD=-:rent_gpkd281 | Ngay kiem tra=date@%d-%m-%Y"
        " | Ket qua kiem tra=-:rent_result281 | CB CA phu trach=-:rent_officer281",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ho_gieng_khoan_khong_su_dung_phai_tram_lap_phong_tnmt_quan_tphcm_vn281",
        "STT=row | Họ tên chủ giếng=full_name | Ngày sinh=birth_date@%d/%m/%Y | CCCD=cccd"
        " | Địa chỉ=address | SĐT=phone:phone_dotted | Vị trí giếng=-:well_spot281"
        " | Chiều sâu (m)=-:well_depth281 | Đường kính (mm)=-:well_dia281"
        " | Năm khoan=-:well_year281 | Lý do trám lấp=-:well_reason281"
        " | Đơn vị thi công=-:well_firm281 | Ngày trám lấp=date@%d/%m/%Y"
        " | Người chứng kiến (hộ liền kề)=-:well_neighbour281 | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "ochered_zhilishchnaya_subsidiya_pereselenie_kraini_sever_vorkuta_inta_komi_ru281",
        "№ п/п=row | Ов, ним, вич / Фамилия, имя, отчество=full_name:kv_name281"
        " | Чужан лун / Дата рождения=birth_date@%d.%m.%Y | СНИЛС=national_id:kv_snils281"
        " | ИНН=-:kv_inn281 | Паспорт (серия, номер)=-:kv_pass281"
        " | Олан инпас / Адрес проживания=address:kv_addr281 | Телефон=phone:kv_phone281"
        " | Категория=-:kv_cat281 | Стаж в РКС, лет=-:kv_years281"
        " | Состав семьи, чел.=-:kv_family281 | Избранное место жительства=-:kv_dest281"
        " | № в очереди=-:kv_queue281 | Дата постановки на учёт=date@%d.%m.%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "putevki_lyubitelskii_lov_lososya_reka_kem_kalastusluvat_karelia_ru281",
        "Nro / № п/п=row | Sukunimi / Фамилия=family_name:ka_family281"
        " | Etunimi / Имя=given_name:ka_given281 | Isän nimi / Отчество=-:ka_patr281"
        " | Syntymäaika / Дата рождения=birth_date@%d.%m.%Y"
        " | Passi / Паспорт=national_id:ka_pass281 | Osoite / Адрес=address:ka_addr281"
        " | Puhelin / Телефон=phone:ka_phone281 | Lupa nro / № путёвки=-:ka_permit281"
        " | Kalastuspaikka / Участок=-:ka_stretch281 | Päivät / Дней=-:ka_days281"
        " | Hinta, ruplaa / Стоимость, руб.=-:ka_price281 | Saalis / Улов=-:ka_catch281"
        " | Kalastuspäivä / Дата лова=date@%d.%m.%Y",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "dosrochnoe_golosovanie_olenevodcheskie_brigady_tundra_uik_nenetskii_ao_ru281",
        "N п/п=row | Фамилия, имя, отчество=full_name:ne_name281"
        " | Дата рождения=birth_date@%d.%m.%Y | Паспорт серия, номер=national_id:ne_pass281"
        " | Адрес места жительства=address:ne_addr281 | СПК, бригада=-:ne_brigade281"
        " | Стойбище (место кочевья)=-:ne_camp281 | Координаты=-:ne_coord281"
        " | Моб. телефон=phone:ne_phone281 | Спутник. тел. бригады=-:ne_sat281"
        " | Дата голосования=date@%d.%m.%Y | Член УИК=-:ne_member281"
        " | Отметка=-:ne_mark281",
        english=True,
        encoding="koi8_r",
        delimiter=";",
    ),
    _shape(
        "uchastniki_gonok_na_olenikh_upryazhkakh_prazdnik_severa_lovozero_murmansk_ru281",
        "№ п/п=row | Старт. №=-:mu_bib281 | Ф.И.О. участника=full_name:mu_name281"
        " | Дата рождения=birth_date@%d.%m.%Y | Паспорт=national_id:mu_pass281"
        " | Кем, когда выдан=-:mu_issuer281 | Адрес регистрации=address:mu_addr281"
        " | Контактный телефон=phone:mu_phone281 | Община / бригада=-:mu_team281"
        " | Класс, дистанция=-:mu_class281 | Время=-:mu_time281 | Место=-:mu_place281"
        " | Дата заезда=date@%d.%m.%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "registr_regionalnykh_lgotnikov_lekarstvennoe_obespechenie_kholmogory_arkhangelsk_ru281",
        "№ п/п=row | ФИО пациента=full_name:ar_name281 | Дата рождения=birth_date@%d.%m.%Y"
        " | Пол=sex:ar_sex281 | СНИЛС=national_id:ar_snils281 | Полис ОМС (ЕНП)=-:ar_oms281"
        " | ИНН=-:ar_inn281 | Документ (паспорт)=-:ar_pass281"
        " | Адрес регистрации=address:ar_addr281 | Телефон=phone:ar_phone281"
        " | Код льготы=-:ar_code281 | Диагноз (МКБ-10)=-:ar_icd281 | Препарат (МНН)=-:ar_drug281"
        " | Серия, № рецепта=-:ar_rx281 | Дата выписки=date@%d.%m.%Y"
        " | Лечащий врач=-:ar_doctor281 | Тел. родственника=-:ar_contact281",
        english=True,
        encoding="cp1251",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "kv_snils281",
    "ka_pass281",
    "ne_pass281",
    "mu_pass281",
    "ar_snils281",
)
SEX_HOLDS: tuple[str, ...] = ("ar_sex281",)
NAME_HOLDS = frozenset(
    {"kv_name281", "ka_family281", "ka_given281", "ne_name281", "mu_name281", "ar_name281"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "kv_phone281",
    "ka_phone281",
    "ne_phone281",
    "mu_phone281",
    "ar_phone281",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "kv_addr281",
    "ka_addr281",
    "ne_addr281",
    "mu_addr281",
    "ar_addr281",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND281",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND281",
]
