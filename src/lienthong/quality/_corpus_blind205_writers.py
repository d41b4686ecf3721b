"""How the people of the two-hundred-and-fifth part of the outside corpus (**blind 205**,
:mod:`lienthong.quality._corpus_blind205`) are written: four Vietnamese files' own columns (a
festival kiosk, a leprosy patient's treatment, a house cracked by quarry blasting, the waste a
woman traded for gifts) and Kyrgyz, Tajik, Azerbaijani, Georgian and Armenian names, places,
phones and identity numbers in the forms their papers show (the Kyrgyz ПИН that opens with the
sex and the birth date, a Tajik passport number, the seven-character FİN, the eleven-digit
Georgian personal number, the ten-digit Armenian social card number written in Russian lists)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind69_writers import _fin
from lienthong.quality._corpus_blind72_writers import _pin_kg
from lienthong.quality._corpus_blind85_writers import _items, _rows
from lienthong.quality._corpus_blind104_writers import (
    _AZ_FATHERS,
    _AZ_GIVEN_F,
    _AZ_GIVEN_M,
    _GE_FAMILY,
    _GE_GIVEN_F,
    _GE_GIVEN_M,
    _KG_FATHERS,
    _KG_GIVEN_F,
    _KG_GIVEN_M,
    _TJ_FATHERS,
    _TJ_GIVEN_F,
    _TJ_GIVEN_M,
    _az_family,
    _hth_am,
    _kg_family,
    _tj_family,
)
from lienthong.quality._corpus_blind134_writers import _ge_pn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: festival kiosks, leprosy, quarry blasting, waste for gifts --
_VN_ROUTES = _items(
    "Tuyến suối Yến; Khu Thiên Trù; Đường lên động Hương Tích; Bến Đục; Chùa Thiên Trù"
)
_VN_GOODS = _items(
    "Đồ lễ, hương vàng; Ăn uống giải khát; Đặc sản rau sắng, mơ; Ảnh lưu niệm"
    "; Trông giữ xe máy; Đồ chơi trẻ em"
)
_VN_PLEDGE = ("Đã ký", "Đã ký", "Đã ký, niêm yết giá", "Chưa ký")
_VN_LEP_FORMS = ("MB", "PB", "MB", "MB (u phong)")
_VN_LEP_DISAB = ("Độ 0", "Độ 1", "Độ 2 (cò ngón tay)", "Độ 0", "Độ 2 (mắt thỏ)")
_VN_LEP_REGIMENS = (
    "ĐHTL MB 12 tháng",
    "ĐHTL PB 6 tháng",
    "ĐHTL MB 12 tháng",
    "Rifampicin + Clofazimin",
)
_VN_LEP_STATES = (
    "Đang điều trị",
    "Hoàn thành ĐHTL",
    "Giám sát sau điều trị",
    "Tái phát",
    "Chuyển đi",
)
_VN_LEP_OFFICERS = ("YS Lò Văn Khiêm", "BS Nguyễn Thị Mai", "YS Hà Thị Chiêm", "ĐD Vi Văn Sơn")
_VN_HOUSES = _items(
    "Nhà cấp 4 tường gạch, mái tôn; Nhà 2 tầng BTCT; Nhà cấp 4 mái ngói; Nhà sàn gỗ"
    "; Nhà 1 tầng mái bằng"
)
_VN_DAMAGE = _items(
    "Nứt tường nhẹ; Nứt tường, bong trát; Nứt dầm, thấm dột; Nứt nền, lún sân"
    "; Vỡ ngói, nứt tường bao"
)
_VN_PAYERS = _items(
    "Cty CP Đá Hoàng Long; Cty TNHH Khoáng sản Tân Phú; Cty CP VLXD Sông Đà 7"
    "; HTX khai thác đá Đồng Sơn"
)
_VN_SIGNED = ("Đã nhận", "Đã nhận", "Không nhất trí mức HT", "Chưa nhận")
_VN_BRANCHES = _items(
    "Chi hội TDP 1; Chi hội TDP 3; Chi hội TDP 5; Chi hội Khu tập thể Z; Chi hội TDP 8"
)
_VN_GIFTS = _items(
    "Cây xanh để bàn; Túi vải; Dầu ăn 1 lít; Nước rửa chén; 2 kg gạo; Bộ hộp đựng thực phẩm"
)
_VN_CLERKS = ("Phan Thị Hồng", "Nguyễn Thị Bích", "Trần Thu Hà", "Đỗ Thị Nhàn")
# -- Kyrgyzstan: a family benefit ("Үй-бүлөгө көмөк") --
_KG_PLACES = _rows(
    "Бишкек, Свердлов району, мкр. Джал-29, 14-үй, 37-бөлмө | Бишкек"
    "; Ош ш., Ленин көч., 212 | Ош"
    "; Чүй облусу, Сокулук району, Шопоков ш., Ленин көч., 45 | Сокулук"
    "; Нарын ш., Токтогул көч., 3 | Нарын"
    "; Жалал-Абад ш., Токтогул көч., 58, 12-бөлмө | Жалал-Абад"
    "; Ысык-Көл облусу, Каракол ш., Абдрахманов көч., 101 | Каракол"
)
_KG_BANKS = ("РСК Банк", "Элдик Банк", "Айыл Банк", "Бакай Банк")
_KG_OFFICERS = ("Абдыраева Ж.", "Сатыбалдиев Н.", "Мамбетова Г.", "Керимова А.")
# -- Tajikistan: blood donors --
_TJ_PLACES = _items(
    "ш. Душанбе, н. Сино, к. Борбад, 48, хонаи 17; ш. Хуҷанд, к. Ленин, 12"
    "; н. Рӯдакӣ, ҷ. Чимтеппа, д. Гулистон; ш. Бохтар, к. Айнӣ, 34"
    "; ш. Кӯлоб, к. Исмоили Сомонӣ, 7; ш. Истаравшан, маҳаллаи Сари Мазор, 19"
)
_TJ_BLOOD = ("O (I)", "A (II)", "B (III)", "AB (IV)", "A (II)", "O (I)")
_TJ_DONOR_KINDS = ("Ихтиёрӣ", "Ихтиёрӣ", "Хешовандӣ", "Доимӣ", "Ҷойивазкунӣ")
_TJ_WORK = ("ДМТ", "Донишҷӯ", "ҶСК «Барқи Тоҷик»", "Муаллими МТМУ № 45", "Бекор", "Ронанда")
_TJ_DOCTORS = ("Саидова М.", "Қурбонов Ҷ.", "Назарова Ш.", "Раҳимов А.")
# -- Azerbaijan: gas subscribers --
_AZ_PLACES = _items(
    "Bakı ş., Nəsimi r., S. Vurğun küç., ev 12, mən. 34; Sumqayıt ş., 9-cu mkr., ev 21, mən. 5"
    "; Gəncə ş., Kəpəz r., Atatürk pr., ev 88; Bakı ş., Suraxanı r., Hövsan qəs., 4-cü döngə, ev 7"
    "; Şəki ş., M. F. Axundzadə küç., ev 15; Lənkəran ş., H. Aslanov küç., ev 3"
)
_AZ_SERVICES = ("Nəsimi QTİ", "Sumqayıt QİİB", "Gəncə QİİB", "Suraxanı QTİ", "Şəki QİİB")
# -- Georgia: state pension recipients --
_GE_PLACES = _rows(
    "ქ. თბილისი, ვაჟა-ფშაველას გამზ. 41, ბ. 17 | თბილისი"
    "; ქ. ქუთაისი, ნიკეას ქ. 8 | ქუთაისი"
    "; ქ. ბათუმი, ჭავჭავაძის ქ. 64, ბ. 3 | ბათუმი"
    "; სოფ. ნაფარეული, თელავის მუნიციპალიტეტი | თელავი"
    "; ქ. გორი, სტალინის გამზ. 22 | გორი"
    "; ქ. ზუგდიდი, რუსთაველის ქ. 115 | ზუგდიდი"
)
_GE_KINDS = ("ასაკით", "ასაკით", "შშმ პირის", "მარჩენალის დაკარგვის", "ასაკით")
_GE_BANKS = ("ლიბერთი ბანკი", "ლიბერთი ბანკი", "საქართველოს ბანკი", "თიბისი ბანკი")
_GE_PROXIES = ("", "", "ლომიძე ნანა (შვილი)", "", "ბერიძე გიორგი (შვილიშვილი)")
# -- Armenia: persons displaced from Nagorno-Karabakh, in Russian --
_AM_SURNAMES = _items("Аветисян; Григорян; Бабаян; Арутюнян; Мкртчян; Бегларян; Айрапетян")
_AM_GIVEN_M = _items("Армен; Артур; Ашот; Грачья; Гарник; Самвел; Карен")
_AM_GIVEN_F = _items("Анаит; Гаяне; Лилит; Нарине; Асмик; Ануш; Сусанна")
_AM_FATHERS = ("Ашот", "Самвел", "Грант", "Ваган", "Левон", "Сурен")
_AM_FORMER = _items("г. Степанакерт; г. Мартуни; г. Шуши; с. Кармир Шука; г. Мартакерт; г. Аскеран")
_AM_PLACES = _items(
    "г. Ереван, ул. Комитаса, д. 45, кв. 12; г. Абовян, 3-й мкр., д. 8, кв. 21"
    "; г. Горис, ул. Сюника, д. 14; Котайкская обл., с. Арамус, ул. 3, д. 6"
    "; г. Масис, ул. Араратян, д. 31; г. Гюмри, ул. Ширакаци, д. 102, кв. 4"
)
_AM_AID = _items(
    "Ежемесячная помощь 40+10; Единовременная 100 000; Жилищная программа (сертификат)"
    "; Ежемесячная помощь 40+10; Компенсация аренды"
)
_AM_STATUS = ("Назначено", "Назначено", "Приостановлено", "На рассмотрении", "Выплачено")


def _kg_place(p: Person) -> tuple[str, ...]:
    return _KG_PLACES[int(p.bhxh) // 11 % len(_KG_PLACES)]


def _ge_place(p: Person) -> tuple[str, ...]:
    return _GE_PLACES[int(p.bhxh) // 17 % len(_GE_PLACES)]


def _patronymic(p: Person, fathers: tuple[str, ...], male: str, female: str, salt: int) -> str:
    father = _pick(p, fathers, salt)
    suffix = male if p.male else female
    if father[-1] in "аоуэиы":
        suffix = suffix.replace("ов", "ев", 1)
    return f"{father}{suffix}"


WRITERS_BLIND205: dict[str, Callable[[Person, Col], object]] = {
    # -- ki-ốt tạm mùa lễ hội chùa Hương
    "kiosk205": lambda p, c: f"KT-{_pick(p, ('A', 'B', 'C', 'D'), 2)}{_num(p, 180) + 1:03d}",
    "route205": lambda p, c: _pick(p, _VN_ROUTES, 3),
    "goods205": lambda p, c: _pick(p, _VN_GOODS, 4),
    "area205": lambda p, c: _pick(p, ("6", "9", "12", "7,5", "15"), 5),
    "rent205": lambda p, c: f"{(8 + _num(p, 30)) * 500_000:,}".replace(",", "."),
    "pledge205": lambda p, c: _pick(p, _VN_PLEDGE, 6),
    # -- quản lý bệnh nhân phong
    "lep_code205": lambda p, c: f"PH-{_num(p, 30) + 1:02d}-{p.bhxh[-4:]}",
    "found205": lambda p, c: str(2008 + _num(p, 17)),
    "form205": lambda p, c: _pick(p, _VN_LEP_FORMS, 2),
    "disab205": lambda p, c: _pick(p, _VN_LEP_DISAB, 3),
    "regimen205": lambda p, c: _pick(p, _VN_LEP_REGIMENS, 4),
    "lep_state205": lambda p, c: _pick(p, _VN_LEP_STATES, 5),
    "lep_officer205": lambda p, c: _pick(p, _VN_LEP_OFFICERS, 6),
    "station_phone205": lambda p, c: f"0{_pick(p, ('215', '214', '209', '206'), 7)}3{p.bhxh[3:9]}",
    # -- nhà nứt do nổ mìn khai thác đá
    "struct205": lambda p, c: _pick(p, _VN_HOUSES, 2),
    "damage205": lambda p, c: _pick(p, _VN_DAMAGE, 3),
    "dist205": lambda p, c: 180 + _num(p, 60) * 10,
    "cracks205": lambda p, c: 1 + _num(p, 14),
    "support205": lambda p, c: f"{(3 + _num(p, 40)) * 1_000_000:,}".replace(",", "."),
    "payer205": lambda p, c: _pick(p, _VN_PAYERS, 4),
    "signed205": lambda p, c: _pick(p, _VN_SIGNED, 5),
    # -- đổi rác lấy quà
    "branch205": lambda p, c: _pick(p, _VN_BRANCHES, 2),
    "paper205": lambda p, c: f"{_num(p, 25)},{_num(p, 10)}",
    "plastic205": lambda p, c: f"{_num(p, 12)},{_num(p, 10)}",
    "cans205": lambda p, c: _num(p, 60),
    "batteries205": lambda p, c: _pick(p, ("0", "0", "4", "10", "25"), 3),
    "points205": lambda p, c: 10 + _num(p, 90),
    "gift205": lambda p, c: _pick(p, _VN_GIFTS, 4),
    "clerk205": lambda p, c: _other_vn(p, 5, male=False),
    # -- Kyrgyzstan
    "kg_pin205": lambda p, c: _pin_kg(p),
    "kg_family205": lambda p, c: _kg_family(p),
    "kg_given205": lambda p, c: _by_sex(p, _KG_GIVEN_M, _KG_GIVEN_F, 3),
    "kg_patr205": lambda p, c: _patronymic(p, _KG_FATHERS, "ович", "овна", 4),
    "kg_sex205": lambda p, c: "Эркек / Муж." if p.male else "Аял / Жен.",
    "kg_addr205": lambda p, c: _kg_place(p)[0],
    "kg_town205": lambda p, c: _kg_place(p)[1],
    "kg_phone205": lambda p, c: (
        f"+996 ({_pick(p, ('555', '700', '772', '505'), 5)}) {p.phone[4:6]}-{p.phone[6:8]}"
        f"-{p.phone[8:10]}"
    ),
    "kg_children205": lambda p, c: 1 + _num(p, 5),
    "kg_sum205": lambda p, c: f"{1200 * (1 + _num(p, 5))}",
    "kg_until205": lambda p, c: f"{_shift_date(p.other_date, 1):%d.%m.%Y}",
    "kg_bank205": lambda p, c: f"{_pick(p, _KG_BANKS, 6)} / 4177 **** **** {p.bhxh[-4:]}",
    "kg_officer205": lambda p, c: _pick(p, _KG_OFFICERS, 7),
    # -- Tajikistan
    "tj_family205": lambda p, c: _tj_family(p),
    "tj_given205": lambda p, c: _by_sex(p, _TJ_GIVEN_M, _TJ_GIVEN_F, 3),
    "tj_patr205": lambda p, c: _patronymic(p, _TJ_FATHERS, "ович", "овна", 4),
    "tj_sex205": lambda p, c: "мард" if p.male else "зан",
    "tj_passport205": lambda p, c: f"{_pick(p, ('А', 'В'), 5)}{p.bhxh[1:9]}",
    "tj_addr205": lambda p, c: _pick(p, _TJ_PLACES, 6),
    "tj_phone205": lambda p, c: (
        f"+992 {_pick(p, ('93', '92', '90', '98', '88'), 7)} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "tj_blood205": lambda p, c: _pick(p, _TJ_BLOOD, 8),
    "tj_rh205": lambda p, c: _pick(p, ("Rh+", "Rh+", "Rh+", "Rh-"), 9),
    "tj_ml205": lambda p, c: _pick(p, ("450", "450", "400", "350"), 10),
    "tj_kind205": lambda p, c: _pick(p, _TJ_DONOR_KINDS, 11),
    "tj_work205": lambda p, c: _pick(p, _TJ_WORK, 12),
    "tj_doctor205": lambda p, c: _pick(p, _TJ_DOCTORS, 13),
    "tj_next205": lambda p, c: f"{p.other_date + timedelta(days=60 + _num(p, 30)):%d.%m.%Y}",
    # -- Azerbaijan
    "az_code205": lambda p, c: f"{_num(p, 90) + 10}{p.bhxh[2:9]}",
    "az_fin205": lambda p, c: _fin(p),
    "az_sur205": lambda p, c: _az_family(p),
    "az_given205": lambda p, c: _by_sex(p, _AZ_GIVEN_M, _AZ_GIVEN_F, 3),
    "az_father205": lambda p, c: f"{_pick(p, _AZ_FATHERS, 4)} {'oğlu' if p.male else 'qızı'}",
    "az_addr205": lambda p, c: _pick(p, _AZ_PLACES, 5),
    "az_phone205": lambda p, c: (
        f"({_pick(p, ('050', '055', '070', '051', '077'), 6)}) {p.phone[3:6]}-{p.phone[6:8]}"
        f"-{p.phone[8:10]}"
    ),
    "az_meter205": lambda p, c: f"G4-{p.bhxh[3:10]}",
    "az_reading205": lambda p, c: f"{int(p.bhxh[-5:]) / 10:.1f}",
    "az_debt205": lambda p, c: _pick(p, ("0.00", "0.00", "12.40", "37.85", "104.20"), 7),
    "az_service205": lambda p, c: _pick(p, _AZ_SERVICES, 8),
    # -- Georgia
    "ge_pn205": lambda p, c: _ge_pn(p),
    "ge_sur205": lambda p, c: _pick(p, _GE_FAMILY, 2),
    "ge_given205": lambda p, c: _by_sex(p, _GE_GIVEN_M, _GE_GIVEN_F, 3),
    "ge_sex205": lambda p, c: "მამრობითი" if p.male else "მდედრობითი",
    "ge_addr205": lambda p, c: _ge_place(p)[0],
    "ge_town205": lambda p, c: _ge_place(p)[1],
    "ge_phone205": lambda p, c: (
        f"5{_pick(p, ('99', '95', '77', '91', '55'), 4)} {p.phone[4:6]} {p.phone[6:8]}"
        f" {p.phone[8:10]}"
    ),
    "ge_kind205": lambda p, c: _pick(p, _GE_KINDS, 5),
    "ge_amount205": lambda p, c: _pick(p, ("345", "395", "450", "345", "270"), 6),
    "ge_bank205": lambda p, c: _pick(p, _GE_BANKS, 7),
    "ge_iban205": lambda p, c: f"GE{p.bhxh[:2]}LB{p.bhxh[2:]}{p.phone[2:8]}",
    "ge_proxy205": lambda p, c: _pick(p, _GE_PROXIES, 8),
    # -- Armenia (displaced from Nagorno-Karabakh)
    "am_sur205": lambda p, c: _pick(p, _AM_SURNAMES, 2),
    "am_given205": lambda p, c: _by_sex(p, _AM_GIVEN_M, _AM_GIVEN_F, 3),
    "am_patr205": lambda p, c: _patronymic(p, _AM_FATHERS, "ович", "овна", 4),
    "am_sex205": lambda p, c: "муж." if p.male else "жен.",
    "am_soc205": lambda p, c: _hth_am(p),
    "am_former205": lambda p, c: _pick(p, _AM_FORMER, 5),
    "am_addr205": lambda p, c: _pick(p, _AM_PLACES, 6),
    "am_phone205": lambda p, c: (
        f"+374 ({_pick(p, ('93', '94', '77', '98', '41'), 7)}) {p.phone[4:6]}-{p.phone[6:8]}"
        f"-{p.phone[8:10]}"
    ),
    "am_family205": lambda p, c: 1 + _num(p, 7),
    "am_aid205": lambda p, c: _pick(p, _AM_AID, 8),
    "am_sum205": lambda p, c: _pick(p, ("50 000", "50 000", "100 000", "40 000"), 9),
    "am_status205": lambda p, c: _pick(p, _AM_STATUS, 10),
}
