"""How the people of the hundred-and-fourth part of the outside corpus (**blind 104**,
:mod:`lienthong.quality._corpus_blind104`) are written: four Vietnamese files' own columns (a
licence plate auction's winners, a commune's support to women who have two children before 35, a
district's proposals for certificates of merit, a province's homestay owners) and Armenian,
Azerbaijani, Georgian, Tajik and Kyrgyz names, places, phones and identity numbers in the forms
their registers write them (the Armenian public service number ՀԾՀ, the Azerbaijani FİN, the
Georgian personal number, the Tajik passport, the Kyrgyz ПИН)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind66_writers import _ge_personal
from lienthong.quality._corpus_blind69_writers import _fin
from lienthong.quality._corpus_blind72_writers import _pin_kg
from lienthong.quality._corpus_blind85_writers import _items, _rows

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnamese files ---------------------------------------------------------------------------
_VN_PLATE_PROVINCES = _rows(
    "30 | TP. Hà Nội; 51 | TP. Hồ Chí Minh; 15 | TP. Hải Phòng; 43 | TP. Đà Nẵng; "
    "99 | Bắc Ninh; 37 | Nghệ An; 61 | Bình Dương; 88 | Vĩnh Phúc"
)
_VN_PLATE_TAILS = ("999.99", "888.88", "686.86", "123.45", "555.79", "339.39", "868.68", "777.77")
_VN_PAY_STATUS = ("Đã nộp đủ", "Đã nộp đủ", "Chưa nộp", "Quá hạn - hủy kết quả", "Đã nộp đủ")

_VN_ND_HAMLETS = ("Xóm 1", "Xóm 3", "Thôn Trung Thành", "Thôn Đông Sơn", "Xóm Chợ", "Thôn Bắc")
_VN_ND_COMMUNES = _items(
    "xã Hải Hậu, tỉnh Nam Định; xã Hải Anh, tỉnh Nam Định; xã Giao Thủy, tỉnh Nam Định; "
    "xã Xuân Trường, tỉnh Nam Định"
)
_VN_SUPPORTS = ("2.000.000", "2.000.000", "1.500.000", "2.340.000")
_VN_DS_COLLABS = ("Trần Thị Hoa", "Vũ Thị Lan", "Phạm Thị Ngát", "Đoàn Thị Thu", "Nguyễn Thị Mến")

_VN_POSITIONS = _items(
    "Chuyên viên; Trưởng phòng; Phó Chủ tịch UBND xã; Giáo viên; Công chức Tư pháp - Hộ tịch; "
    "Kế toán; Bí thư Đoàn xã; Nhân viên"
)
_VN_UNITS = _items(
    "Phòng Tài chính - Kế hoạch huyện; UBND xã Tân Lập; Trường THCS Lê Quý Đôn; "
    "Phòng Nội vụ huyện; Trung tâm Y tế huyện; Hội Nông dân huyện; UBND thị trấn"
)
_VN_AWARDS = _items(
    "Giấy khen Chủ tịch UBND huyện; Bằng khen Chủ tịch UBND tỉnh; Lao động tiên tiến; "
    "Chiến sĩ thi đua cơ sở; Giấy khen Chủ tịch UBND huyện"
)
_VN_ACHIEVE = _items(
    "Hoàn thành xuất sắc nhiệm vụ năm 2025; Có thành tích trong phong trào xây dựng NTM; "
    "Có thành tích xuất sắc trong công tác chuyển đổi số; "
    "Hoàn thành xuất sắc nhiệm vụ 2 năm liên tục"
)

_VN_HOMESTAYS = _items(
    "Mây Homestay; Nhà Sàn Bản Lác; Hoa Ban Homestay; Sapa Cloud House; Lửa Hồng Homestay; "
    "Tả Van Eco Lodge; Nhà nghỉ cộng đồng A Dính"
)
_VN_HS_PLACES = _items(
    "Bản Lác 1, xã Mai Châu, tỉnh Phú Thọ; Thôn Tả Van, phường Sa Pa, tỉnh Lào Cai; "
    "Bản Cát Cát, phường Sa Pa, tỉnh Lào Cai; Thôn Lũng Cẩm, xã Sủng Là, tỉnh Tuyên Quang; "
    "Bản Pác Ngòi, xã Ba Bể, tỉnh Thái Nguyên"
)
_VN_HS_KINDS = ("Homestay", "Homestay", "Nhà nghỉ du lịch", "Bãi cắm trại du lịch", "Homestay")
_VN_HS_HOMES = _items(
    "Tổ 3, phường Sa Pa, tỉnh Lào Cai; Bản Lác 2, xã Mai Châu, tỉnh Phú Thọ; "
    "Số 12 Cầu Mây, phường Sa Pa, tỉnh Lào Cai; Thôn Lũng Cẩm Trên, xã Sủng Là, tỉnh Tuyên Quang"
)

# -- Armenia ------------------------------------------------------------------------------------
_AM_FAMILY = _items("Հովհաննիսյան; Սարգսյան; Գրիգորյան; Պետրոսյան; Մկրտչյան; Ավետիսյան; Խաչատրյան")
_AM_GIVEN_M = _items("Արամ; Դավիթ; Տիգրան; Նարեկ; Արմեն; Գևորգ; Հայկ")
_AM_GIVEN_F = _items("Անի; Լուսինե; Մարիամ; Նարինե; Գայանե; Սոնա; Արմինե")
_AM_HOMES = _items(
    "ք. Երևան, Արաբկիր, Կոմիտասի պող.; ք. Երևան, Շենգավիթ, Բագրատունյաց փ.; "
    "ք. Գյումրի, Շիրակի մարզ, Ռիժկովի փ.; ք. Վանաձոր, Լոռու մարզ, Տիգրան Մեծի փ.; "
    "ք. Աբովյան, Կոտայքի մարզ, 3-րդ միկրոշրջան"
)
_AM_TRADES = ("Հաշվապահ", "Վարորդ", "Վաճառող", "Ուսուցիչ", "Զոդող", "Կար ու ձևի վարպետ")
_AM_STATUS = ("Գործազուրկ", "Աշխատանք փնտրող", "Ուղեգրված դասընթացի", "Աշխատանքի տեղավորված")
_AM_OFFICERS = ("Ա. Մանուկյան", "Լ. Հակոբյան", "Ս. Ղազարյան", "Ն. Բաղդասարյան")

# -- Azerbaijan ---------------------------------------------------------------------------------
_AZ_FAMILY_M = _items("Məmmədov; Əliyev; Hüseynov; Quliyev; Həsənov; İsmayılov; Nəsirov")
_AZ_GIVEN_M = _items("Elvin; Rəşad; Tural; Orxan; Kamran; Fərid; Vüqar")
_AZ_GIVEN_F = _items("Aysel; Günay; Leyla; Nərgiz; Səbinə; Könül; Aynur")
_AZ_FATHERS = ("Əli", "Vaqif", "Rauf", "Mübariz", "Elçin", "Namiq")
_AZ_HOMES = _items(
    "Bakı şəh., Yasamal r-nu, Şərifzadə küç., ev 14, mənzil 22; "
    "Bakı şəh., Nərimanov r-nu, Təbriz küç., ev 87, mənzil 5; "
    "Sumqayıt şəh., 9-cu mikrorayon, ev 31, mənzil 40; "
    "Gəncə şəh., Kəpəz r-nu, Atatürk pr., ev 112; "
    "Abşeron r-nu, Xırdalan şəh., 28 May küç., ev 6"
)
_AZ_SCHOOLS = ("“Sürət” STM", "“Avto-Usta” MMC", "“Drayv Akademiya” STM", "“Yol” tədris mərkəzi")
_AZ_RESULTS = ("keçib", "keçib", "keçməyib", "gəlməyib", "keçib")

# -- Georgia ------------------------------------------------------------------------------------
_GE_FAMILY = _items("ბერიძე; კაპანაძე; გელაშვილი; მაისურაძე; ლომიძე; ჯაფარიძე; ხუციშვილი")
_GE_GIVEN_M = _items("გიორგი; დავით; ლევან; ნიკოლოზ; ზურაბ; ირაკლი")
_GE_GIVEN_F = _items("ნინო; თამარ; მარიამ; ეკატერინე; ნათია; ქეთევან")
#: (street line, district of Tbilisi)
_GE_HOMES = _rows(
    "ჭავჭავაძის გამზ. N 37 | ვაკის რაიონი; ვაჟა-ფშაველას გამზ. N 71 | საბურთალოს რაიონი; "
    "ქეთევან დედოფლის გამზ. N 12 | ისნის რაიონი; გლდანის მე-3 მ/რ, კორპ. 14 | გლდანის რაიონი; "
    "აღმაშენებლის გამზ. N 150 | ჩუღურეთის რაიონი"
)
_GE_CATEGORIES = ("პენსიონერი", "სტუდენტი", "შშმ პირი", "მრავალშვილიანი ოჯახის წევრი")

# -- Tajikistan ---------------------------------------------------------------------------------
_TJ_FAMILY_M = _items("Раҳимов; Қодиров; Сафаров; Назаров; Шарипов; Давлатов; Ҳусейнов")
_TJ_GIVEN_M = _items("Фирдавс; Шаҳром; Исмоил; Далер; Суҳроб; Бахтиёр")
_TJ_GIVEN_F = _items("Мадина; Нигина; Зарина; Шаҳноза; Меҳринисо; Парвина")
_TJ_FATHERS = ("Абдулло", "Карим", "Сайдулло", "Раҳмон", "Ҷамшед")
#: (village or street, jamoat, district, province)
_TJ_PLACES = _rows(
    "деҳаи Гулистон | ҷамоати Ҳаётинав | ноҳияи Ашт | вилояти Суғд; "
    "деҳаи Сурхоб | ҷамоати Лангар | ноҳияи Восеъ | вилояти Хатлон; "
    "кӯч. Рӯдакӣ 44, хонаи 12 | — | ноҳияи Сино | ш. Душанбе; "
    "деҳаи Чорбоғ | ҷамоати Ғарм | ноҳияи Рашт | НТМ"
)
_TJ_COUNTRIES = ("Федератсияи Россия", "Федератсияи Россия", "Қазоқистон", "Ҷумҳурии Корея")
_TJ_JOBS = ("бинокор", "ронанда", "ошпаз", "коргари кишоварзӣ", "фаррош")

# -- Kyrgyzstan ---------------------------------------------------------------------------------
_KG_FAMILY_M = _items("Асанов; Токтогулов; Жумабеков; Исаков; Абдыкадыров; Осмонов; Мамытов")
_KG_GIVEN_M = _items("Нурлан; Бакыт; Эрмек; Азамат; Улан; Талант")
_KG_GIVEN_F = _items("Айгерим; Жыпар; Нургүл; Айпери; Мээрим; Гүлнара")
_KG_FATHERS = ("Асан", "Токтогул", "Жумабек", "Курманбек", "Садыр")
_KG_HOMES = _items(
    "Бишкек ш., Свердлов р-ну, Токтогул к., 125, кв. 12; "
    "Бишкек ш., Ленин р-ну, Ахунбаев көч., 97, кв. 4; "
    "Ош ш., Курманжан Датка к., 210; "
    "Чүй обл., Аламүдүн р-ну, Лебединовка а., Ленин к., 33; "
    "Ысык-Көл обл., Каракол ш., Абдрахманов к., 140"
)
_KG_STATIONS = ("№ 1015", "№ 1042", "№ 5061", "№ 1233", "№ 7110")


def _plate_prov(p: Person) -> tuple[str, ...]:
    return _VN_PLATE_PROVINCES[int(p.bhxh) // 12 % len(_VN_PLATE_PROVINCES)]


def _vn_home(p: Person) -> str:
    return f"{_pick(p, _VN_ND_HAMLETS, 4)}, {_pick(p, _VN_ND_COMMUNES, 5)}"


def _child_birth(p: Person, nth: int) -> date:
    """The mother's first (``nth`` 1) or second child's birthday, before she is 35."""
    year = p.birth.year + 22 + nth * 3 + int(p.bhxh[-1]) % 3
    return _safe_day(year, p.birth.month % 12 + 1, p.birth.day)


def _az_family(p: Person) -> str:
    family = _pick(p, _AZ_FAMILY_M, 2)
    return family if p.male else f"{family}a"


def _tj_family(p: Person) -> str:
    family = _pick(p, _TJ_FAMILY_M, 2)
    return family if p.male else f"{family}а"


def _kg_family(p: Person) -> str:
    family = _pick(p, _KG_FAMILY_M, 2)
    return family if p.male else f"{family}а"


def _ge_home(p: Person) -> tuple[str, ...]:
    return _GE_HOMES[int(p.bhxh) // 5 % len(_GE_HOMES)]


def _tj_place(p: Person) -> tuple[str, ...]:
    return _TJ_PLACES[int(p.bhxh) // 7 % len(_TJ_PLACES)]


def _hth_am(p: Person) -> str:
    """An Armenian public service number (ՀԾՀ): ten digits."""
    return f"{int(p.bhxh[0]) % 9 + 1}{p.bhxh[1:4]}{p.phone[5:8]}{p.bhxh[7:]}"


WRITERS_BLIND104: dict[str, Callable[[Person, Col], object]] = {
    # -- đấu giá biển số xe ô tô
    "plate104": lambda p, c: (
        f"{_plate_prov(p)[0]}{_pick(p, ('A', 'K', 'H', 'G'), 2)}-{_pick(p, _VN_PLATE_TAILS, 3)}"
    ),
    "plate_prov104": lambda p, c: _plate_prov(p)[1],
    "start_price104": lambda p, c: "40.000.000",
    "win_price104": lambda p, c: f"{(40 + _num(p, 900) * 5):,}.000.000".replace(",", "."),
    "deposit104": lambda p, c: "40.000.000",
    "session104": lambda p, c: f"PHIÊN {_num(p, 400):03d}/VPA",
    "pay_status104": lambda p, c: _pick(p, _VN_PAY_STATUS, 4),
    # -- hỗ trợ phụ nữ sinh đủ 2 con trước 35 tuổi
    "home_nd104": lambda p, c: _vn_home(p),
    "husband104": lambda p, c: _other_vn(p, 3, male=True),
    "child1_104": lambda p, c: f"{_child_birth(p, 1):%d/%m/%Y}",
    "child2_name104": lambda p, c: _other_vn(p, 5),
    "child2_104": lambda p, c: f"{_child_birth(p, 2):%d/%m/%Y}",
    "support104": lambda p, c: _pick(p, _VN_SUPPORTS, 2),
    "collab104": lambda p, c: _pick(p, _VN_DS_COLLABS, 3),
    "collab_phone104": lambda p, c: _other_phone(p, "03"),
    # -- đề nghị khen thưởng
    "position104": lambda p, c: _pick(p, _VN_POSITIONS, 2),
    "unit104": lambda p, c: _pick(p, _VN_UNITS, 3),
    "award104": lambda p, c: _pick(p, _VN_AWARDS, 4),
    "achieve104": lambda p, c: _pick(p, _VN_ACHIEVE, 5),
    "submission104": lambda p, c: f"{_num(p, 300)}/TTr-UBND",
    # -- cơ sở lưu trú homestay
    "homestay104": lambda p, c: _pick(p, _VN_HOMESTAYS, 2),
    "hs_place104": lambda p, c: _pick(p, _VN_HS_PLACES, 3),
    "hs_kind104": lambda p, c: _pick(p, _VN_HS_KINDS, 4),
    "rooms104": lambda p, c: str(3 + _num(p, 12)),
    "beds104": lambda p, c: str(8 + _num(p, 30)),
    "antt104": lambda p, c: f"{_num(p, 90)}/GCN-PC06",
    "hs_home104": lambda p, c: _pick(p, _VN_HS_HOMES, 5),
    "hs_email104": lambda p, c: (
        f"{_pick(p, ('may', 'banlac', 'hoaban', 'cloud', 'luahong'), 2)}"
        f"homestay{p.bhxh[-2:]}@gmail.com"
    ),
    # -- Armenia: Զբաղվածության պետական գործակալություն
    "am_family104": lambda p, c: _pick(p, _AM_FAMILY, 2),
    "am_given104": lambda p, c: _by_sex(p, _AM_GIVEN_M, _AM_GIVEN_F, 1),
    "am_father104": lambda p, c: f"{_pick(p, _AM_GIVEN_M, 3)}ի",
    "sex_am104": lambda p, c: "արական" if p.male else "իգական",
    "hth_am104": lambda p, c: _hth_am(p),
    "home_am104": lambda p, c: f"{_pick(p, _AM_HOMES, 4)}, {_num(p, 80)} շ., բն. {_num(p, 60)}",
    "phone_am104": lambda p, c: (
        f"0{_pick(p, ('91', '93', '94', '77', '99'), 6)} {p.phone[4:6]} {p.phone[6:8]} "
        f"{p.phone[8:10]}"
    ),
    "trade_am104": lambda p, c: _pick(p, _AM_TRADES, 3),
    "status_am104": lambda p, c: _pick(p, _AM_STATUS, 5),
    "officer_am104": lambda p, c: _pick(p, _AM_OFFICERS, 2),
    # -- Azerbaijan: sürücülük imtahanı
    "az_family104": lambda p, c: _az_family(p),
    "az_given104": lambda p, c: _by_sex(p, _AZ_GIVEN_M, _AZ_GIVEN_F, 1),
    "az_father104": lambda p, c: f"{_pick(p, _AZ_FATHERS, 3)} {'oğlu' if p.male else 'qızı'}",
    "sex_az104": lambda p, c: "kişi" if p.male else "qadın",
    "fin_az104": lambda p, c: _fin(p),
    "idcard_az104": lambda p, c: f"AA{p.bhxh[2:9]}",
    "home_az104": lambda p, c: _pick(p, _AZ_HOMES, 4),
    "phone_az104": lambda p, c: (
        f"+994 {_pick(p, ('50', '51', '55', '70', '77', '10'), 5)} {p.phone[3:6]} "
        f"{p.phone[6:8]} {p.phone[8:10]}"
    ),
    "school_az104": lambda p, c: _pick(p, _AZ_SCHOOLS, 2),
    "cat_az104": lambda p, c: _pick(p, ("B", "B", "B, C", "A, B", "BC"), 4),
    "theory_az104": lambda p, c: _pick(p, _AZ_RESULTS, 3),
    "practice_az104": lambda p, c: _pick(p, _AZ_RESULTS, 6),
    # -- Georgia: მუნიციპალიტეტის შეღავათიანი მგზავრობის ბარათი
    "ge_pn104": lambda p, c: _ge_personal(p),
    "ge_family104": lambda p, c: _pick(p, _GE_FAMILY, 2),
    "ge_given104": lambda p, c: _by_sex(p, _GE_GIVEN_M, _GE_GIVEN_F, 1),
    "ge_father104": lambda p, c: _pick(p, _GE_GIVEN_M, 3),
    "sex_ge104": lambda p, c: "მამრობითი" if p.male else "მდედრობითი",
    "ge_street104": lambda p, c: f"{_ge_home(p)[0]}, ბ. {_num(p, 90)}",
    "ge_district104": lambda p, c: _ge_home(p)[1],
    "phone_ge104": lambda p, c: f"5{p.phone[2:4]} {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}",
    "card_ge104": lambda p, c: f"{p.bhxh[::-1][:4]} {p.bhxh[2:6]} {p.bhxh[6:10]}",
    "cat_ge104": lambda p, c: _pick(p, _GE_CATEGORIES, 4),
    # -- Tajikistan: Хадамоти муҳоҷират
    "tj_family104": lambda p, c: _tj_family(p),
    "tj_given104": lambda p, c: _by_sex(p, _TJ_GIVEN_M, _TJ_GIVEN_F, 1),
    "tj_father104": lambda p, c: _pick(p, _TJ_FATHERS, 3),
    "sex_tj104": lambda p, c: "мард" if p.male else "зан",
    "passport_tj104": lambda p, c: f"{_pick(p, ('А', 'В'), 4)} {p.bhxh[1:9]}",
    "tj_addr104": lambda p, c: ", ".join(x for x in _tj_place(p)[:3] if x != "—"),
    "tj_province104": lambda p, c: _tj_place(p)[3],
    "phone_tj104": lambda p, c: (
        f"(+992) {_pick(p, ('93', '92', '98', '90', '88'), 5)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "country_tj104": lambda p, c: _pick(p, _TJ_COUNTRIES, 2),
    "job_tj104": lambda p, c: _pick(p, _TJ_JOBS, 3),
    "return_tj104": lambda p, c: f"{p.other_date + timedelta(days=180 + _num(p, 300)):%d.%m.%Y}",
    # -- Kyrgyzstan: шайлоочулардын тизмеси
    "pin_kg104": lambda p, c: _pin_kg(p),
    "kg_family104": lambda p, c: _kg_family(p),
    "kg_given104": lambda p, c: _by_sex(p, _KG_GIVEN_M, _KG_GIVEN_F, 1),
    "kg_father104": lambda p, c: f"{_pick(p, _KG_FATHERS, 3)} {'уулу' if p.male else 'кызы'}",
    "sex_kg104": lambda p, c: "эркек / муж." if p.male else "аял / жен.",
    "home_kg104": lambda p, c: _pick(p, _KG_HOMES, 4),
    "phone_kg104": lambda p, c: (
        f"+996 {_pick(p, ('555', '700', '770', '999', '552'), 5)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "station_kg104": lambda p, c: _pick(p, _KG_STATIONS, 2),
    "bio_kg104": lambda p, c: _pick(p, ("ооба / да", "ооба / да", "жок / нет"), 3),
}

__all__ = ["WRITERS_BLIND104"]
