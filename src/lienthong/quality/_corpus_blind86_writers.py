"""How the people of the eighty-sixth part of the outside corpus (**blind 86**,
:mod:`lienthong.quality._corpus_blind86`) are written: four Vietnamese files' own columns (a lost
identity card's issue and the report, a household's land given for a rural road, a pupil's
grade-10 admission wishes, a grassroots mediation case) and Russian, Ukrainian, Kazakh, Uzbek and
Georgian names, addresses, phones and identity numbers in the forms their cards show (the СНИЛС
with its two-digit check, the РНОКПП and the УНЗР with their check digits, the ЖСН/ИИН, the
ЖШШИР/ПИНФЛ with its 7-3-1 digit, the Georgian eleven-digit personal number)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick, _snils
from lienthong.quality._corpus_blind10_writers import _iin, _kz_names
from lienthong.quality._corpus_blind12_writers import _rnokpp
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind45_writers import _pinfl
from lienthong.quality._corpus_blind66_writers import _ge_personal

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_LOST_WHERE = (
    "Khoảng 19h ngày hôm trước, tại chợ Bà Chiểu",
    "Rơi trên xe buýt số 19",
    "Bị móc túi tại bến xe Miền Đông",
    "Để quên ví ở quán cà phê đường Lê Lợi",
    "Mất cùng ví khi đi đám cưới ở quê",
    "Không nhớ rõ thời gian, địa điểm",
)
_VN_REISSUE = ("Có - nộp hồ sơ cấp lại", "Có, qua VNeID", "Chưa", "Đã tìm lại được")
_VN_COMMUNES = (
    "Xã Tân Thạnh Đông",
    "Xã Phước Vĩnh An",
    "Xã Bình Mỹ",
    "Xã Nhuận Đức",
    "Xã Trung Lập Hạ",
)
_VN_HAMLETS = ("Ấp 1", "Ấp 3", "Ấp Bàu Tre", "Ấp Chợ", "Ấp Phú Lợi", "Ấp Trung Hưng")
_VN_ROADS = (
    "Đường liên ấp 1-3 (GTNT)",
    "Hẻm bê tông Ấp Chợ nối TL8",
    "Đường Bàu Tre - Kênh Đông",
    "Mở rộng đường ấp Phú Lợi lên 6m",
)
_VN_ASSETS = (
    "Không",
    "Hàng rào lưới B40 12m",
    "3 cây dừa, 5 cây xoài",
    "Cổng rào + sân xi măng",
    "Mương thoát nước",
)
_VN_SCHOOLS_THCS = (
    "THCS Nguyễn Du",
    "THCS Lê Quý Đôn",
    "THCS Trần Văn Ơn",
    "THCS Bình Lợi Trung",
    "THCS Hoàng Hoa Thám",
)
_VN_SCHOOLS_THPT = (
    "THPT Gia Định",
    "THPT Võ Thị Sáu",
    "THPT Trần Phú",
    "THPT Nguyễn Thượng Hiền",
    "THPT Hoàng Hoa Thám",
    "THPT Thanh Đa",
)
_VN_ETHNIC = ("Kinh", "Kinh", "Kinh", "Hoa", "Khmer", "Kinh", "Tày")
_VN_BIRTHPLACES = ("TP. Hồ Chí Minh", "Đồng Nai", "Long An", "Bình Định", "Nghệ An", "Cà Mau")
_VN_BONUS = ("0", "0", "0", "0.5", "1.0", "1.5")
_VN_DISPUTES = (
    "Tranh chấp ranh giới đất",
    "Mâu thuẫn gia đình",
    "Tranh chấp lối đi chung",
    "Vay mượn tài sản",
    "Nuôi chó thả rông gây mất vệ sinh",
    "Tiếng ồn karaoke",
)
_VN_SUMMARY = (
    "Hàng xóm xây tường lấn 0,4m sang phần đất",
    "Vợ chồng mâu thuẫn do chồng uống rượu",
    "Hai hộ tranh chấp lối đi vào nhà phía sau",
    "Cho mượn 20 triệu đồng, quá hạn chưa trả",
    "Hộ bên cạnh mở karaoke sau 22h",
)
_VN_RESULTS = ("Hòa giải thành", "Hòa giải không thành", "Đang hòa giải", "Hòa giải thành")
_VN_TEAMS = ("Tổ hòa giải KP 1", "Tổ hòa giải KP 3", "Tổ hòa giải KP 5", "Tổ hòa giải KP 7")

_RU_FAMILY = ("Иванов", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Новиков")
_RU_GIVEN_M = ("Алексей", "Дмитрий", "Сергей", "Андрей", "Михаил", "Николай", "Владимир")
_RU_GIVEN_F = ("Ольга", "Наталья", "Елена", "Татьяна", "Ирина", "Светлана", "Мария")
_RU_PATRONYMICS = (
    ("Иванович", "Ивановна"),
    ("Петрович", "Петровна"),
    ("Сергеевич", "Сергеевна"),
    ("Александрович", "Александровна"),
    ("Викторович", "Викторовна"),
    ("Юрьевич", "Юрьевна"),
    ("Михайлович", "Михайловна"),
)
_RU_PLACES = (
    ("620014", "г. Екатеринбург", "ул. Малышева", "Кировский р-н"),
    ("603000", "г. Нижний Новгород", "ул. Большая Покровская", "Нижегородский р-н"),
    ("630099", "г. Новосибирск", "Красный пр-кт", "Центральный р-н"),
    ("443010", "г. Самара", "ул. Куйбышева", "Самарский р-н"),
    ("350000", "г. Краснодар", "ул. Красная", "Центральный округ"),
)
_RU_SERVICES = (
    "Регистрация по месту жительства",
    "Регистрация по месту пребывания",
    "Снятие с регистрационного учёта",
    "Регистрация по месту жительства (с выпиской)",
)
_RU_ISSUERS = ("Свердловской обл.", "Самарской обл.", "Краснодарскому краю", "Новосибирской обл.")
_RU_STATUS = ("Принято", "Передано в ОВМ", "Готово к выдаче", "Выдано заявителю", "Отказ")
_RU_CLERKS = ("Гусева А.В.", "Фролов Д.С.", "Морозова Е.И.", "Белова Н.П.")

_UA_FAMILY = ("Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравченко", "Мельник")
_UA_GIVEN_M = ("Олександр", "Андрій", "Сергій", "Юрій", "Богдан", "Віталій")
_UA_GIVEN_F = ("Оксана", "Наталія", "Ірина", "Галина", "Світлана", "Юлія")
_UA_PATRONYMICS = (
    ("Іванович", "Іванівна"),
    ("Петрович", "Петрівна"),
    ("Миколайович", "Миколаївна"),
    ("Васильович", "Василівна"),
    ("Григорович", "Григорівна"),
    ("Олегович", "Олегівна"),
)
_UA_DAMAGED = (
    "Харківська обл., м. Ізюм, вул. Соборна, 14, кв. 9",
    "Донецька обл., м. Бахмут, вул. Миру, 31",
    "Херсонська обл., Бериславський р-н, с. Висока Кліщинка, вул. Шкільна, 5",
    "Запорізька обл., м. Оріхів, вул. Центральна, 77, кв. 2",
    "Миколаївська обл., с. Посад-Покровське, вул. Набережна, 3",
)
_UA_HOMES = (
    "м. Київ, вул. Велика Васильківська, 112, кв. 45",
    "м. Дніпро, просп. Дмитра Яворницького, 60, кв. 18",
    "м. Львів, вул. Городоцька, 215, гурт. 3, кім. 12",
    "м. Вінниця, вул. Келецька, 57, кв. 101",
    "м. Полтава, вул. Соборності, 20",
)
_UA_CODES = ("67", "50", "93", "97", "66", "63", "98")
_UA_DAMAGE = ("Знищено повністю", "Пошкоджено покрівлю", "Пошкоджено вікна, двері", "Знищено")
_UA_STATE = ("Прийнято", "Передано комісії", "Рішення про компенсацію", "Відмова", "Виплачено")
_UA_ADMINS = ("Литвиненко О.В.", "Павленко І.М.", "Бойко Т.С.", "Руденко А.А.")

_KZ_VILLAGES = (
    ("Абай көшесі / ул. Абая", "Қаскелең ауылы / с. Каскелен"),
    ("Бейбітшілік көшесі / ул. Бейбитшилик", "Шамалған ауылы / с. Шамалган"),
    ("Тәуелсіздік көшесі / ул. Тауелсиздик", "Ұзынағаш ауылы / с. Узынагаш"),
    ("Жамбыл көшесі / ул. Жамбыла", "Есік қаласы / г. Есик"),
    ("Мектеп көшесі / ул. Мектеп", "Талғар қаласы / г. Талгар"),
)
_KZ_COMMISSION = ("Ахметова Г.С.", "Оспанов Б.К.", "Қасымова Ж.Т.", "Серікбаев Е.Н.")

_UZ_FAMILY = ("Каримов", "Раҳимов", "Юсупов", "Турсунов", "Абдуллаев", "Эргашев", "Холматов")
_UZ_GIVEN_M = ("Акмал", "Жасур", "Шерзод", "Отабек", "Дилшод", "Бобур", "Улуғбек")
_UZ_GIVEN_F = ("Дилноза", "Гулнора", "Нодира", "Малика", "Зарина", "Шаҳноза", "Мўҳира")
_UZ_PLACES = (
    ("Бунёдкор кўчаси, 12-уй, 34-хонадон", "Навруз МФЙ", "Чилонзор тумани"),
    ("Мустақиллик кўчаси, 5-уй", "Дўстлик МФЙ", "Каттақўрғон тумани"),
    ("Навоий кўчаси, 48-уй", "Боғишамол МФЙ", "Ғиждувон тумани"),
    ("Қўқон йўли, 17-уй, 3-хонадон", "Янгиобод МФЙ", "Олтиариқ тумани"),
    ("Юнусобод 4-мавзе, 21-уй, 9-хонадон", "Ёшлик МФЙ", "Юнусобод тумани"),
)
_UZ_PROBLEM = ("Ишсизлик", "Ногиронлик", "Уй-жой таъмири", "Боқувчисини йўқотган", "Касаллик")
_UZ_HELP = ("Моддий ёрдам", "Субсидия", "Ишга жойлаштирилди", "Тиббий ёрдам", "Кредит")
_UZ_SECTOR = ("1-сектор (ҳоким)", "2-сектор (прокурор)", "3-сектор (ИИБ)", "4-сектор (СБ)")

_GE_FAMILY = ("ბერიძე", "კაპანაძე", "გელაშვილი", "მაისურაძე", "ლომიძე", "ჯაფარიძე", "ნოზაძე")
_GE_GIVEN_M = ("გიორგი", "დავით", "ნიკოლოზ", "ლევან", "ირაკლი", "ზურაბ", "ალექსანდრე")
_GE_GIVEN_F = ("ნინო", "თამარ", "მარიამ", "ეკატერინე", "ანა", "ნათია", "ქეთევან")
_GE_PLACES = (
    ("ჭავჭავაძის გამზ. 37, ბ. 12", "თბილისი"),
    ("მესხიშვილის ქ. 18", "რუსთავი"),
    ("ვაჟა-ფშაველას გამზ. 71, ბ. 44", "თბილისი"),
    ("რუსთაველის ქ. 9", "ქუთაისი"),
    ("გორგილაძის ქ. 62, ბ. 7", "ბათუმი"),
    ("სტალინის გამზ. 21", "გორი"),
)
_GE_DOCTORS = ("ნ. ხარაძე", "თ. გოგიჩაიშვილი", "ლ. წიკლაური", "მ. ბაქრაძე")
_GE_PROGRAM = ("საყოველთაო ჯანდაცვა", "საპენსიო ასაკი", "სოციალურად დაუცველი", "ვეტერანი")


def _issued(p: Person) -> date:
    """When the lost card was issued: two to four years before the report."""
    return _shift_date(p.other_date, -(2 + int(p.bhxh) % 3))


def _pupil_birth(p: Person) -> date:
    """A grade-10 applicant's birthday: the person's day and month in 2010 (2009 repeated)."""
    return _safe_day(2010 - (int(p.bhxh) % 9 == 0), p.birth.month, p.birth.day)


def _patronymic(p: Person, forms: tuple[tuple[str, str], ...], salt: int) -> str:
    male, female = forms[int(p.bhxh) // (salt * 11 + 1) % len(forms)]
    return male if p.male else female


def _ru_place(p: Person) -> tuple[str, str, str, str]:
    return _RU_PLACES[int(p.bhxh) // 9 % len(_RU_PLACES)]


def _ru_address(p: Person, salt: int) -> str:
    index, city, street, _ = _RU_PLACES[(int(p.bhxh) // 9 + salt) % len(_RU_PLACES)]
    digits = int(p.bhxh[salt:]) if salt else int(p.bhxh)
    flat = f", кв. {digits // 7 % 180 + 1}" if digits % 3 else ""
    return f"{index}, {city}, {street}, д. {digits // 11 % 97 + 1}{flat}"


def _unzr(p: Person) -> str:
    """A Ukrainian УНЗР ``19850312-01234``: the birth date, four serial digits and the check
    digit ``Σ d·(7,3,1) mod 10``."""
    head = f"{p.birth:%Y%m%d}{p.bhxh[-4:]}"
    check = sum(int(ch) * (7, 3, 1)[i % 3] for i, ch in enumerate(head)) % 10
    return f"{head[:8]}-{head[8:]}{check}"


def _ua_document(p: Person) -> str:
    """An ID card's nine digits, or for those who still hold the booklet passport its Cyrillic
    series and six digits (``МЕ 123456``)."""
    if p.birth.year < 1960 or int(p.bhxh) % 4 == 0:
        return f"{_pick(p, ('МЕ', 'СН', 'КА', 'ВМ', 'ЕН'), 9)} {p.bhxh[-6:]}"
    return f"00{p.bhxh[-7:]}"


def _kz_place(p: Person) -> tuple[str, str]:
    return _KZ_VILLAGES[int(p.bhxh) // 9 % len(_KZ_VILLAGES)]


def _uz_place(p: Person) -> tuple[str, str, str]:
    return _UZ_PLACES[int(p.bhxh) // 9 % len(_UZ_PLACES)]


def _ge_place(p: Person) -> tuple[str, str]:
    return _GE_PLACES[int(p.bhxh) // 9 % len(_GE_PLACES)]


WRITERS_BLIND86: dict[str, Callable[[Person, Col], object]] = {
    "issued86": lambda p, c: f"{_issued(p):%d/%m/%Y}",
    "issuer86": lambda p, c: _pick(
        p, ("Cục Cảnh sát QLHC về TTXH", "Cục CS QLHC về TTXH", "Bộ Công an"), 3
    ),
    "lost_where86": lambda p, c: _pick(p, _VN_LOST_WHERE, 2),
    "reissue86": lambda p, c: _pick(p, _VN_REISSUE, 4),
    "officer86": lambda p, c: f"Thiếu úy {_other_vn(p, 5)}",
    "report_no86": lambda p, c: f"{_num(p, 400) + 1}/XN-CAP",
    "hamlet86": lambda p, c: _pick(p, _VN_HAMLETS, 2),
    "commune86": lambda p, c: _pick(p, _VN_COMMUNES, 3),
    "parcel86": lambda p, c: str(_num(p, 900) + 12),
    "sheet86": lambda p, c: str(int(p.bhxh[2:4]) % 40 + 1),
    "area86": lambda p, c: f"{_num(p, 150) + 8},{p.bhxh[-1]}",
    "assets86": lambda p, c: _pick(p, _VN_ASSETS, 5),
    "road86": lambda p, c: _pick(p, _VN_ROADS, 4),
    "board86": lambda p, c: _other_vn(p, 6, True),
    "sbd86": lambda p, c: f"{int(p.bhxh[:2]) % 30 + 1:02d}{p.bhxh[-4:]}",
    "pupil_birth86": lambda p, c: f"{_pupil_birth(p):%d/%m/%Y}",
    "pupil_cccd86": lambda p, c: _cccd_of(p, p.male, _pupil_birth(p).year),
    "ethnic86": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "birthplace86": lambda p, c: _pick(p, _VN_BIRTHPLACES, 3),
    "lower_school86": lambda p, c: _pick(p, _VN_SCHOOLS_THCS, 4),
    "wish1_86": lambda p, c: _pick(p, _VN_SCHOOLS_THPT, 5),
    "wish2_86": lambda p, c: _pick(p, _VN_SCHOOLS_THPT, 6),
    "bonus86": lambda p, c: _pick(p, _VN_BONUS, 7),
    "parent86": lambda p, c: _other_vn(p, 8, None, p.family),
    "parent_phone86": lambda p, c: _other_phone(p, "09"),
    "opponent86": lambda p, c: _other_vn(p, 9),
    "opp_addr86": lambda p, c: f"{_num(p, 200) + 3} {p.street.split(' ', 1)[1]}, KP {_num(p, 7)}",
    "dispute86": lambda p, c: _pick(p, _VN_DISPUTES, 3),
    "summary86": lambda p, c: _pick(p, _VN_SUMMARY, 4),
    "team86": lambda p, c: _pick(p, _VN_TEAMS, 2),
    "mediator86": lambda p, c: _other_vn(p, 10),
    "result86": lambda p, c: _pick(p, _VN_RESULTS, 5),
    "closed86": lambda p, c: f"{p.other_date + timedelta(days=_num(p, 20) + 2):%d/%m/%Y}",
    "ru_family86": lambda p, c: _pick(p, _RU_FAMILY, 2) + ("" if p.male else "а"),
    "ru_given86": lambda p, c: _by_sex(p, _RU_GIVEN_M, _RU_GIVEN_F, 1),
    "ru_patr86": lambda p, c: _patronymic(p, _RU_PATRONYMICS, 3),
    "sex_ru86": lambda p, c: "муж." if p.male else "жен.",
    "snils86": lambda p, c: _snils(p),
    "ru_pass86": lambda p, c: f"{_ru_place(p)[0][:2]} {p.bhxh[2:4]} {p.bhxh[-6:]}",
    "ru_issuer86": lambda p, c: f"ГУ МВД России по {_pick(p, _RU_ISSUERS, 4)}",
    "ru_old_addr86": lambda p, c: _ru_address(p, 2),
    "ru_addr86": lambda p, c: _ru_address(p, 0),
    "ru_owner86": lambda p, c: (
        f"{_pick(p, _RU_FAMILY, 5)} {_pick(p, _RU_GIVEN_M, 6)[0]}.{_pick(p, _RU_FAMILY, 7)[0]}."
    ),
    "phone_ru86": lambda p, c: (
        f"+7 (9{p.phone[2:4]}) {p.phone[4:7]}-{p.phone[7:9]}-{p.phone[9]}{p.bhxh[-1]}"
    ),
    "ru_service86": lambda p, c: _pick(p, _RU_SERVICES, 4),
    "ru_status86": lambda p, c: _pick(p, _RU_STATUS, 5),
    "ru_clerk86": lambda p, c: _pick(p, _RU_CLERKS, 6),
    "mfc_case86": lambda p, c: f"{_ru_place(p)[0][:2]}-{p.bhxh[:4]}/{p.bhxh[4:9]}",
    "ua_pib86": lambda p, c: (
        f"{_pick(p, _UA_FAMILY, 2)} {_by_sex(p, _UA_GIVEN_M, _UA_GIVEN_F, 1)}"
        f" {_patronymic(p, _UA_PATRONYMICS, 3)}"
    ),
    "sex_ua86": lambda p, c: "ч" if p.male else "ж",
    "rnokpp86": lambda p, c: _rnokpp(p),
    "unzr86": lambda p, c: _unzr(p),
    "ua_idcard86": lambda p, c: _ua_document(p),
    "ua_damaged86": lambda p, c: _pick(p, _UA_DAMAGED, 4),
    "ua_addr86": lambda p, c: _pick(p, _UA_HOMES, 5),
    "ua_idp86": lambda p, c: f"{p.bhxh[:4]}-{p.bhxh[4:]}",
    "phone_ua86": lambda p, c: (
        f"+380 {_pick(p, _UA_CODES, 2)} {p.phone[3:6]} {p.phone[6:8]} {p.phone[8:10]}"
    ),
    "ua_damage86": lambda p, c: _pick(p, _UA_DAMAGE, 6),
    "ua_admin86": lambda p, c: _pick(p, _UA_ADMINS, 7),
    "ua_state86": lambda p, c: _pick(p, _UA_STATE, 8),
    "iin86": lambda p, c: _iin(p),
    "kz_family86": lambda p, c: _kz_names(p)[0],
    "kz_given86": lambda p, c: _kz_names(p)[1],
    "kz_patr86": lambda p, c: _kz_names(p)[2],
    "sex_kz86": lambda p, c: "ер / муж" if p.male else "әйел / жен",
    "kz_card86": lambda p, c: f"0{p.bhxh[1:9]}",
    "kz_street86": lambda p, c: f"{_kz_place(p)[0]}, {int(p.bhxh[-3:]) % 120 + 1}",
    "kz_village86": lambda p, c: _kz_place(p)[1],
    "kz_members86": lambda p, c: str(int(p.bhxh[3]) % 7 + 2),
    "kz_sum86": lambda p, c: f"{(_num(p, 60) + 10) * 1000:,}".replace(",", " "),
    "phone_kz86": lambda p, c: (
        f"8 (7{p.phone[2:4]}) {p.phone[4:7]} {p.phone[7:9]} {p.phone[9]}{p.bhxh[-1]}"
    ),
    "kz_commission86": lambda p, c: _pick(p, _KZ_COMMISSION, 5),
    "pinfl86": lambda p, c: _pinfl(p),
    "uz_family86": lambda p, c: _pick(p, _UZ_FAMILY, 2) + ("" if p.male else "а"),
    "uz_given86": lambda p, c: _by_sex(p, _UZ_GIVEN_M, _UZ_GIVEN_F, 1),
    "uz_patr86": lambda p, c: f"{_pick(p, _UZ_GIVEN_M, 3)} {'ўғли' if p.male else 'қизи'}",
    "sex_uz86": lambda p, c: "эркак" if p.male else "аёл",
    "uz_pass86": lambda p, c: f"{('AA', 'AB', 'AC', 'AD')[int(p.bhxh) % 4]}{p.bhxh[-7:]}",
    "uz_addr86": lambda p, c: f"{_uz_place(p)[2]}, {_uz_place(p)[0]}",
    "uz_mahalla86": lambda p, c: _uz_place(p)[1],
    "uz_tuman86": lambda p, c: _uz_place(p)[2],
    "uz_members86": lambda p, c: str(int(p.bhxh[4]) % 8 + 1),
    "uz_problem86": lambda p, c: _pick(p, _UZ_PROBLEM, 4),
    "uz_help86": lambda p, c: _pick(p, _UZ_HELP, 5),
    "uz_sector86": lambda p, c: _pick(p, _UZ_SECTOR, 6),
    "phone_uz86": lambda p, c: f"(9{p.phone[2]}) {p.phone[3:6]}-{p.phone[6:8]}-{p.phone[8:10]}",
    "ge_pn86": lambda p, c: _ge_personal(p),
    "ge_family86": lambda p, c: _pick(p, _GE_FAMILY, 2),
    "ge_given86": lambda p, c: _by_sex(p, _GE_GIVEN_M, _GE_GIVEN_F, 1),
    "sex_ge86": lambda p, c: "მამრობითი" if p.male else "მდედრობითი",
    "ge_street86": lambda p, c: _ge_place(p)[0],
    "ge_city86": lambda p, c: _ge_place(p)[1],
    "phone_ge86": lambda p, c: f"5{p.phone[2:4]} {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}",
    "ge_doctor86": lambda p, c: _pick(p, _GE_DOCTORS, 4),
    "ge_program86": lambda p, c: _pick(p, _GE_PROGRAM, 5),
    "ge_contact86": lambda p, c: (
        f"{_by_sex(p, _GE_GIVEN_F, _GE_GIVEN_M, 6)} {_pick(p, _GE_FAMILY, 7)} (მეუღლე)"
    ),
}
