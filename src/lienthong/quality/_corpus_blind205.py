"""The two-hundred-and-fifth part of the outside corpus, **blind 205** (written 04:21 UTC,
2026-12-07, never used for tuning): person files a pagoda festival's organising board, a
provincial dermatology hospital, a commune's people's committee, a ward's women's union, a
Kyrgyz district social development office, a Tajik blood centre, an Azerbaijani gas distributor,
the Georgian social service agency and an Armenian regional office for displaced people could hand
over. Four Vietnamese files: the traders who rented a temporary kiosk for the Hương pagoda
festival, in UTF-8 with a BOM and semicolons (the kiosk, the route, the goods, the floor area, the
season's rent, the contract date, the price pledge); the leprosy patients a provincial
dermatology hospital keeps under management, in Windows-1258 with tabs (the patient code, the
year found, the form PB or MB, the disability grade, the multi-drug regimen and its start, the
state, the commune health worker watching and the station's phone); the households whose houses
cracked from the blasting at a stone quarry, in Excel (the house, the damage, the distance to the
quarry, the cracks counted, the support in đồng, the company that pays, the count date, whether
they signed); and the women who traded sorted waste for gifts with their ward's women's union, in
UTF-16 with tabs (the branch, the kilograms of paper and plastic, the cans, the batteries, the
points, the gift, the clerk). Five foreign files: the families the Kyrgyz "Үй-бүлөгө көмөк"
monthly benefit goes to, in UTF-8 with semicolons and Kyrgyz headers with Russian beside them
(the ПИН, the patronymic, the address and the town, the children under sixteen, the sum in som,
the period, the bank card, the specialist); a Tajik blood centre's donors, in UTF-8 with tabs and
Tajik headers (the passport number, the patronymic, the blood group and the Rh, the volume, the
kind of donor, the workplace, the doctor, the next date); the subscribers of an Azerbaijani gas
service area, in UTF-8 with a BOM and semicolons (the subscriber code, the FİN, the father's name,
the meter and its last reading, the debt in manat, the service area, the last payment); the
people the Georgian social service agency pays a state pension, in Excel with Georgian headers
(the personal number, the address and the municipality, the kind of pension, the sum in lari,
the bank and the IBAN, the person trusted to collect it); and the persons displaced from
Nagorno-Karabakh an Armenian regional office pays, in Windows-1251 with semicolons and Russian
headers (the social card number, the patronymic, the former place of living, the temporary
address in Armenia, the arrival, the family size, the kind of help, the sum in drams, the status).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind205_writers import WRITERS_BLIND205
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND205: tuple[Shape, ...] = (
    _shape(
        "tieu_thuong_thue_ki_ot_tam_mua_le_hoi_chua_huong_ban_to_chuc_vn205",
        "STT=row | Số ki-ốt=-:kiosk205 | Tuyến/khu vực=-:route205"
        " | Họ tên chủ ki-ốt=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Hộ khẩu thường trú=address | SĐT=phone | Mặt hàng KD=-:goods205"
        " | DT (m2)=-:area205 | Tiền thuê cả mùa LH (đ)=-:rent205"
        " | Ngày ký HĐ=date@%d/%m/%Y | Cam kết niêm yết giá=-:pledge205 | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "so_quan_ly_benh_nhan_phong_benh_vien_da_lieu_tinh_vn205",
        "TT=row | Mã BN=-:lep_code205 | Họ và tên=full_name | Giới=sex"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số định danh=cccd | Địa chỉ=address"
        " | Năm phát hiện=-:found205 | Thể bệnh=-:form205 | Độ tàn tật=-:disab205"
        " | Phác đồ=-:regimen205 | Ngày bắt đầu ĐT=date@%d/%m/%Y | Tình trạng=-:lep_state205"
        " | CB y tế xã giám sát=-:lep_officer205 | ĐT trạm y tế=-:station_phone205",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "ho_co_nha_nut_do_no_min_khai_thac_da_ho_tro_ubnd_xa_vn205",
        "TT=row | Họ tên chủ hộ=full_name | Ngày tháng năm sinh=birth_date@%d/%m/%Y"
        " | CCCD=cccd:cccd_spaced | Địa chỉ (thôn, xã)=address | Điện thoại=phone:phone_dotted"
        " | Kết cấu nhà=-:struct205 | Hiện trạng hư hỏng=-:damage205"
        " | K/c đến mỏ (m)=-:dist205 | Số vết nứt=-:cracks205 | Mức hỗ trợ (đồng)=-:support205"
        " | Đơn vị chi trả=-:payer205 | Ngày kiểm đếm=date@%d/%m/%Y | Ký nhận=-:signed205",
        file="xlsx",
    ),
    _shape(
        "hoi_vien_doi_rac_lay_qua_hoi_lhpn_phuong_vn205",
        "STT=row | Ngày đổi=date@%d-%m-%Y | Họ và tên=full_name"
        " | Ngày sinh=birth_date@%d-%m-%Y | CCCD=cccd | Chi hội=-:branch205 | Địa chỉ=address"
        " | SĐT=phone:phone_spaced | Giấy, bìa (kg)=-:paper205 | Nhựa, chai (kg)=-:plastic205"
        " | Lon KL (cái)=-:cans205 | Pin cũ (viên)=-:batteries205 | Điểm quy đổi=-:points205"
        " | Quà nhận=-:gift205 | Người ghi sổ=-:clerk205",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "uy_bulogo_komok_aluuchular_raiondun_sotsialdyk_onuguu_bolumu_kg205",
        "№=row | ПИН / ЖЕН=national_id:kg_pin205 | Фамилиясы / Фамилия=family_name:kg_family205"
        " | Аты / Имя=given_name:kg_given205 | Атасынын аты / Отчество=-:kg_patr205"
        " | Туулган күнү / Дата рождения=birth_date@%d.%m.%Y | Жынысы / Пол=sex:kg_sex205"
        " | Дареги / Адрес=address:kg_addr205 | Шаар/айыл / Нас. пункт=district:kg_town205"
        " | Телефону / Телефон=phone:kg_phone205"
        " | 16 жашка чейинки балдар / Дети до 16 лет=-:kg_children205"
        " | Суммасы (сом) / Сумма (сом)=-:kg_sum205"
        " | Дайындалган күнү / Дата назначения=date@%d.%m.%Y"
        " | Мөөнөтү / Срок до=date:kg_until205 | Банк / Карта=-:kg_bank205"
        " | Адис / Специалист=-:kg_officer205",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "ruykhati_donoroni_khun_markazi_khunguzaroni_tj205",
        "№=row | Насаб=family_name:tj_family205 | Ном=given_name:tj_given205"
        " | Номи падар=-:tj_patr205 | Санаи таваллуд=birth_date@%d.%m.%Y | Ҷинс=sex:tj_sex205"
        " | Рақами шиноснома=national_id:tj_passport205 | Суроға=address:tj_addr205"
        " | Телефон=phone:tj_phone205 | Гурӯҳи хун=-:tj_blood205 | Резус=-:tj_rh205"
        " | Ҳаҷм (мл)=-:tj_ml205 | Санаи супоридан=date@%d.%m.%Y | Навъи донор=-:tj_kind205"
        " | Ҷои кор=-:tj_work205 | Духтур=-:tj_doctor205 | Санаи навбатӣ=date:tj_next205",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "meisat_qazi_abonentleri_qaz_istismar_sahesi_az205",
        "S/S=row | Abonent kodu=-:az_code205 | FİN=national_id:az_fin205"
        " | Soyadı=family_name:az_sur205 | Adı=given_name:az_given205"
        " | Atasının adı=-:az_father205 | Doğum tarixi=birth_date@%d.%m.%Y"
        " | Ünvan=address:az_addr205 | Mobil nömrə=phone:az_phone205"
        " | Sayğacın nömrəsi=-:az_meter205 | Son göstərici (m³)=-:az_reading205"
        " | Borc (AZN)=-:az_debt205 | Xidmət sahəsi=-:az_service205"
        " | Son ödəniş tarixi=date@%d.%m.%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "sakhelmtsipo_pensiis_mimghebni_sotsialuri_momsakhurebis_saagento_ge205",
        "№=row | პირადი ნომერი=national_id:ge_pn205 | გვარი=family_name:ge_sur205"
        " | სახელი=given_name:ge_given205 | დაბადების თარიღი=birth_date@%d.%m.%Y"
        " | სქესი=sex:ge_sex205 | მისამართი=address:ge_addr205"
        " | მუნიციპალიტეტი=district:ge_town205 | ტელეფონი=phone:ge_phone205"
        " | პენსიის სახე=-:ge_kind205 | თანხა (ლარი)=-:ge_amount205"
        " | დანიშვნის თარიღი=date@%d.%m.%Y | ბანკი=-:ge_bank205"
        " | ანგარიშის ნომერი=-:ge_iban205 | მინდობილი პირი=-:ge_proxy205",
        english=True,
        file="xlsx",
    ),
    _shape(
        "vynuzhdenno_peremeshchennye_iz_nagornogo_karabakha_poluchateli_pomoshchi_am205",
        "№ п/п=row | Фамилия=family_name:am_sur205 | Имя=given_name:am_given205"
        " | Отчество=-:am_patr205 | Дата рождения=birth_date@%d.%m.%Y | Пол=sex:am_sex205"
        " | Номер социальной карты=national_id:am_soc205"
        " | Прежнее место жительства=-:am_former205"
        " | Адрес временного проживания в РА=address:am_addr205"
        " | Контактный телефон=phone:am_phone205 | Дата прибытия=date@%d.%m.%Y"
        " | Состав семьи (чел.)=-:am_family205 | Вид помощи=-:am_aid205"
        " | Сумма (драм)=-:am_sum205 | Статус=-:am_status205",
        english=True,
        encoding="cp1251",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "kg_pin205",
    "tj_passport205",
    "az_fin205",
    "ge_pn205",
    "am_soc205",
)
SEX_HOLDS: tuple[str, ...] = ("kg_sex205", "tj_sex205", "ge_sex205", "am_sex205")
NAME_HOLDS = frozenset(
    {
        "kg_family205",
        "kg_given205",
        "tj_family205",
        "tj_given205",
        "az_sur205",
        "az_given205",
        "ge_sur205",
        "ge_given205",
        "am_sur205",
        "am_given205",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "kg_phone205",
    "tj_phone205",
    "az_phone205",
    "ge_phone205",
    "am_phone205",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "kg_addr205",
    "tj_addr205",
    "az_addr205",
    "ge_addr205",
    "am_addr205",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND205",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND205",
]
