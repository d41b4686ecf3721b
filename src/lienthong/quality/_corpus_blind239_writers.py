"""How the people of the two-hundred-and-thirty-ninth part of the outside corpus (**blind 239**,
:mod:`lienthong.quality._corpus_blind239`) are written: four Vietnamese files' own columns (fish
sauce makers, pupils screened for short sight, an elderly people's air-volleyball club, a
hairdressing class) and the Tatar, Bashkir, Chuvash, Mari and Udmurt names, places, phones and
numbers in the forms the registers of the Volga and Urals republics show: the СНИЛС and the ИНН
with their checks, the sixteen-digit ОМС policy with its Luhn digit, the passport whose series
begins with the region's code."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind53_writers import _snils
from lienthong.quality._corpus_blind120_writers import _ru_passport_issued
from lienthong.quality._corpus_blind173_writers import _passport, _ru_mobile

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

# -- Vietnam ------------------------------------------------------------------------------------
_FS_SITE = (
    "Nhà thùng số 3, KP 5, P. Đức Long, TP. Phan Thiết",
    "Lô 12 làng nghề nước mắm, P. Phú Hài, TP. Phan Thiết",
    "Thôn Hiệp Phước, xã Phước Thể, H. Tuy Phong",
    "KP Bình Linh, P. Phú Thủy, TP. Phan Thiết",
)
_FS_GRADE = ("Loại A", "Loại A", "Loại B", "Loại B", "Loại C (tái kiểm)")
_FS_OFFICER = ("Trần Văn Hậu", "Lê Thị Hồng Nhung", "Nguyễn Quốc Bảo", "Phạm Minh Tâm")
_EYE_CLASS = ("6A1", "6A2", "7A3", "8A1", "9A2", "7A1")
_EYE_GOT = ("Đã nhận", "Đã nhận", "Chưa nhận", "Không cần kính")
_VB_TEAM = ("Đội KP1", "Đội KP2", "Đội Hoa Sữa", "Đội Tổ 7", "Đội nữ cao tuổi")
_VB_POS = ("Chuyền 2", "Đập biên", "Đỡ chính", "Phát bóng", "Dự bị")
_VB_HEALTH = ("Đủ sức khỏe", "Đủ sức khỏe", "Theo dõi huyết áp", "Chưa nộp")
_HAIR_KIND = ("Phụ nữ nông thôn", "Hộ nghèo", "Lao động mất việc", "Người khuyết tật nhẹ")
_HAIR_TRADE = ("Cắt tóc nam nữ", "Trang điểm cô dâu", "Uốn, nhuộm tóc", "Chăm sóc da, nail")
_HAIR_RESULT = ("Đạt - Khá", "Đạt - Giỏi", "Đạt - TB", "Bỏ học", "Chưa thi")


def _vn_when(p: Person, shift: int) -> str:
    d = p.other_date
    month = d.month - 1 + shift
    return f"{_safe_day(d.year + month // 12, month % 12 + 1, d.day):%d/%m/%Y}"


# -- Russia: shared -------------------------------------------------------------------------------
def _inn_ru(p: Person, region: str) -> str:
    """A person's twelve-digit ИНН: the region, the tax office, a serial and the two checks."""
    digits = [int(ch) for ch in f"{region}{p.bhxh[3:5]}{p.bhxh[4:10]}"]
    w1 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    digits.append(sum(d * w for d, w in zip(digits, w1, strict=True)) % 11 % 10)
    w2 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    digits.append(sum(d * w for d, w in zip(digits, w2, strict=True)) % 11 % 10)
    return "".join(map(str, digits))


def _oms(p: Person, okato: str) -> str:
    """The single-format ОМС policy: sixteen digits, the region first, a Luhn digit last."""
    return _luhn(f"{okato}{p.bhxh[::-1]}{p.birth:%y}{p.bhxh[5]}")


def _patr(p: Person, males: _T, salt: int) -> str:
    """The patronymic: the father's name with -ович/-евич, or -овна/-евна for a daughter."""
    male = _pick(p, males, salt)
    return male if p.male else male[:-4] + ("овна" if male.endswith("ович") else "евна")


def _fam(p: Person, names: _T, salt: int = 2) -> str:
    family = _pick(p, names, salt)
    return family if p.male else family + "а"


def _issuer(p: Person, office: str) -> str:
    return f"{office}, {_ru_passport_issued(p):%d.%m.%Y}"


def _ru_date(p: Person, years: int) -> str:
    d = p.other_date
    return f"{_safe_day(d.year + years, d.month, d.day):%d.%m.%Y}"


# Tatarstan: the social card of a resident
_TT_FAMILY = ("Хабибуллин", "Сафин", "Гарипов", "Мухаметзянов", "Галиев", "Закиров")
_TT_GIVEN_M = ("Ильнур", "Рамиль", "Айдар", "Ренат", "Фарит", "Булат")
_TT_GIVEN_F = ("Гульназ", "Алсу", "Лилия", "Резеда", "Айгуль", "Миляуша")
_TT_PATR = ("Рафаэлевич", "Ильдарович", "Наилевич", "Ринатович", "Фанисович", "Ильгизович")
_TT_HOMES = (
    "420107, г. Казань, ул. Хади Такташа, д. {n}, кв. {k}",
    "423800, г. Набережные Челны, пр-т Мира, д. {n}, кв. {k}",
    "423450, г. Альметьевск, ул. Ленина, д. {n}, кв. {k}",
    "422540, г. Зеленодольск, ул. Гоголя, д. {n}, кв. {k}",
    "422150, Арский р-н, с. Новый Кинер, ул. Тукая, д. {n}",
)
_TT_BENEFIT = ("Пенсионер", "Многодетная семья", "Инвалид II гр.", "Студент", "Нет")
# Bashkortostan: subsidies for bee colonies
_BA_FAMILY = ("Юлдашев", "Хуснутдинов", "Ишмухаметов", "Кильдибаев", "Ахмадиев", "Гайсин")
_BA_GIVEN_M = ("Азат", "Салават", "Ильшат", "Урал", "Фларит", "Ринат")
_BA_GIVEN_F = ("Зульфия", "Гульшат", "Лиана", "Айгиза", "Рамиля", "Ляйсан")
_BA_PATR = ("Ришатович", "Мидхатович", "Ирекович", "Фанилевич", "Загирович", "Хамитович")
_BA_HOMES = (
    "453500, Республика Башкортостан, Бурзянский р-н, д. Старосубхангулово, ул. Ленина, {n}",
    "452800, Республика Башкортостан, Янаульский р-н, с. Кисак-Каин, ул. Садовая, {n}",
    "453620, Республика Башкортостан, Абзелиловский р-н, с. Аскарово, ул. Гагарина, {n}",
    "452480, Республика Башкортостан, Салаватский р-н, с. Малояз, ул. Школьная, {n}",
)
# Chuvashia: primary military registration of a rural settlement
_CV_FAMILY = ("Иванов", "Николаев", "Егоров", "Алексеев", "Ефимов", "Семенов")
_CV_GIVEN_M = ("Владимир", "Алексей", "Сергей", "Виталий", "Николай", "Артём")
_CV_GIVEN_F = ("Надежда", "Галина", "Светлана", "Ирина", "Нина", "Алина")
_CV_PATR = ("Иванович", "Петрович", "Николаевич", "Геннадьевич", "Васильевич", "Михайлович")
_CV_HOMES = (
    "429500, Чувашская Республика, Моргаушский р-н, д. Ярабайкасы, ул. Новая, д. {n}",
    "429950, Чувашская Республика, г. Новочебоксарск, ул. Винокурова, д. {n}, кв. {k}",
    "429330, Чувашская Республика, г. Канаш, ул. Свободы, д. {n}, кв. {k}",
    "429120, Чувашская Республика, Шумерлинский р-н, д. Туванкасы, ул. Мира, д. {n}",
)
_CV_RANK = ("рядовой", "рядовой", "ефрейтор", "младший сержант", "сержант", "лейтенант")
_CV_FIT = ("А", "Б-3", "Б-4", "В", "А")
_CV_WORK = ("ООО «Агрофирма Слава картофелю»", "СХПК им. Ленина", "Не работает", "МБОУ СОШ")
# Mari El: timber for one's own needs
_ME_FAMILY = ("Ямбердов", "Иванов", "Алексеев", "Чернов", "Смирнов", "Ефремов")
_ME_GIVEN_M = ("Андрей", "Виктор", "Олег", "Юрий", "Геннадий", "Павел")
_ME_GIVEN_F = ("Людмила", "Марина", "Вера", "Анна", "Зинаида", "Галина")
_ME_PATR = ("Александрович", "Павлович", "Егорович", "Иванович", "Федорович", "Степанович")
_ME_HOMES = (
    "425200, Республика Марий Эл, Медведевский р-н, пгт Медведево, ул. Советская, д. {n}",
    "425350, Республика Марий Эл, Килемарский р-н, пгт Килемары, ул. Лесная, д. {n}",
    "424000, Республика Марий Эл, г. Йошкар-Ола, ул. Первомайская, д. {n}, кв. {k}",
    "425270, Республика Марий Эл, Моркинский р-н, с. Шордур, ул. Колхозная, д. {n}",
)
_ME_FORESTRY = ("Килемарское", "Медведевское", "Моркинское", "Звениговское", "Куженерское")
_ME_PURPOSE = ("Отопление (дрова)", "Строительство жилого дома", "Ремонт хозпостроек")
# Udmurtia: "Земский учитель"
_UD_FAMILY = ("Ложкин", "Корепанов", "Перевощиков", "Вострокнутов", "Бабинцев", "Широбоков")
_UD_GIVEN_M = ("Антон", "Евгений", "Максим", "Денис", "Игорь", "Кирилл")
_UD_GIVEN_F = ("Анастасия", "Ксения", "Екатерина", "Дарья", "Ольга", "Юлия")
_UD_PATR = ("Аркадьевич", "Валерьевич", "Григорьевич", "Анатольевич", "Витальевич", "Юрьевич")
_UD_HOMES = (
    "426000, г. Ижевск, ул. Пушкинская, д. {n}, кв. {k}",
    "427430, г. Воткинск, ул. Кирова, д. {n}, кв. {k}",
    "427620, г. Глазов, ул. Молодой Гвардии, д. {n}, кв. {k}",
    "427790, г. Можга, ул. Наговицына, д. {n}, кв. {k}",
)
_UD_SCHOOL = ("МБОУ «Алнашская СОШ»", "МОУ «Малопургинская СОШ»", "МБОУ «Игринская СОШ №3»")
_UD_SUBJECT = ("Математика", "Английский язык", "Физика", "Удмуртский язык и литература")
_UD_DISTRICT = ("Алнашский район", "Малопургинский район", "Игринский район", "Кезский район")


def _home(p: Person, homes: _T) -> str:
    return _pick(p, homes, 4).format(n=_num(p, 90), k=_num(p, 180))


WRITERS_BLIND239: dict[str, Callable[[Person, Col], object]] = {
    # fish sauce makers
    "fs_site239": lambda p, c: _pick(p, _FS_SITE, 1),
    "fs_vats239": lambda p, c: f"{4 + _num(p, 40)} thùng",
    "fs_litres239": lambda p, c: f"{(5 + _num(p, 60)) * 1000:,}".replace(",", "."),
    "fs_protein239": lambda p, c: f"{15 + _num(p, 25)}",
    "fs_grade239": lambda p, c: _pick(p, _FS_GRADE, 3),
    "fs_officer239": lambda p, c: _pick(p, _FS_OFFICER, 5),
    # pupils screened for short sight
    "eye_class239": lambda p, c: _pick(p, _EYE_CLASS, 1),
    "eye_va239": lambda p, c: f"{_num(p, 9)}/10 - {_num(p, 8)}/10",
    "eye_diop239": lambda p, c: f"-{_num(p, 12) * 0.25:.2f}".replace(".", ","),
    "eye_parent239": lambda p, c: _other_vn(p, 2, family=p.family),
    "eye_pphone239": lambda p, c: _other_phone(p),
    "eye_got239": lambda p, c: _pick(p, _EYE_GOT, 3),
    # elderly air-volleyball club
    "vb_team239": lambda p, c: _pick(p, _VB_TEAM, 1),
    "vb_pos239": lambda p, c: _pick(p, _VB_POS, 2),
    "vb_fee239": lambda p, c: f"{(1 + _num(p, 3)) * 100}.000",
    "vb_health239": lambda p, c: _pick(p, _VB_HEALTH, 4),
    # hairdressing class of the women's union
    "hair_kind239": lambda p, c: _pick(p, _HAIR_KIND, 1),
    "hair_trade239": lambda p, c: _pick(p, _HAIR_TRADE, 2),
    "hair_class239": lambda p, c: f"LN-{p.other_date:%y}/{_num(p, 9):02d}",
    "hair_meal239": lambda p, c: f"{(20 + _num(p, 40)) * 30_000:,}".replace(",", "."),
    "hair_result239": lambda p, c: _pick(p, _HAIR_RESULT, 3),
    # Tatarstan: social card
    "tt_family239": lambda p, c: _fam(p, _TT_FAMILY),
    "tt_given239": lambda p, c: _by_sex(p, _TT_GIVEN_M, _TT_GIVEN_F, 3),
    "tt_patr239": lambda p, c: _patr(p, _TT_PATR, 5),
    "tt_sex239": lambda p, c: "ир / муж." if p.male else "хатын-кыз / жен.",
    "tt_snils239": lambda p, c: _snils(p),
    "tt_oms239": lambda p, c: _oms(p, "92"),
    "tt_addr239": lambda p, c: _home(p, _TT_HOMES),
    "tt_phone239": lambda p, c: _ru_mobile(p, "(9" + p.bhxh[1:3] + ") ", "+7 "),
    "tt_card239": lambda p, c: f"9643 1016 {p.bhxh[:4]} {p.bhxh[4:8]}",
    "tt_benefit239": lambda p, c: _pick(p, _TT_BENEFIT, 6),
    # Bashkortostan: bee colonies
    "ba_name239": lambda p, c: (
        f"{_fam(p, _BA_FAMILY)} {_by_sex(p, _BA_GIVEN_M, _BA_GIVEN_F, 3)} {_patr(p, _BA_PATR, 5)}"
    ),
    "ba_inn239": lambda p, c: _inn_ru(p, "02"),
    "ba_pass239": lambda p, c: _passport(p, "80"),
    "ba_addr239": lambda p, c: _home(p, _BA_HOMES),
    "ba_phone239": lambda p, c: _ru_mobile(p, " (9" + p.bhxh[2:4] + ") ", "8"),
    "ba_hives239": lambda p, c: f"{3 + _num(p, 60)}",
    "ba_sum239": lambda p, c: f"{(3 + _num(p, 60)) * 500:,}".replace(",", " ") + ",00",
    "ba_book239": lambda p, c: f"кн. {_num(p, 12)}, л/с {p.bhxh[-3:]}",
    # Chuvashia: military registration
    "cv_family239": lambda p, c: _fam(p, _CV_FAMILY),
    "cv_given239": lambda p, c: _by_sex(p, _CV_GIVEN_M, _CV_GIVEN_F, 3),
    "cv_patr239": lambda p, c: _patr(p, _CV_PATR, 5),
    "cv_vb239": lambda p, c: f"А{_pick(p, ('В', 'К', 'Е', 'Н'), 6)} {p.bhxh[-7:]}",
    "cv_rank239": lambda p, c: _pick(p, _CV_RANK, 7),
    "cv_vus239": lambda p, c: f"{_pick(p, ('100182', '837037', '106182', '461101'), 8)}",
    "cv_fit239": lambda p, c: _pick(p, _CV_FIT, 9),
    "cv_snils239": lambda p, c: _snils(p),
    "cv_addr239": lambda p, c: _home(p, _CV_HOMES),
    "cv_phone239": lambda p, c: _ru_mobile(p, "-9" + p.bhxh[2:4] + "-", "8"),
    "cv_work239": lambda p, c: _pick(p, _CV_WORK, 10),
    # Mari El: timber for own needs
    "me_name239": lambda p, c: (
        f"{_fam(p, _ME_FAMILY)} {_by_sex(p, _ME_GIVEN_M, _ME_GIVEN_F, 3)} {_patr(p, _ME_PATR, 5)}"
    ),
    "me_pass239": lambda p, c: _passport(p, "88"),
    "me_issuer239": lambda p, c: _issuer(p, "МВД по Республике Марий Эл"),
    "me_snils239": lambda p, c: _snils(p).replace("-", "").replace(" ", ""),
    "me_addr239": lambda p, c: _home(p, _ME_HOMES),
    "me_phone239": lambda p, c: _ru_mobile(p, "(9" + p.bhxh[3:5] + ")", "8"),
    "me_forestry239": lambda p, c: _pick(p, _ME_FORESTRY, 6),
    "me_plot239": lambda p, c: f"кв. {_num(p, 150)} / выд. {_num(p, 30)}",
    "me_volume239": lambda p, c: f"{5 + _num(p, 45)},0",
    "me_purpose239": lambda p, c: _pick(p, _ME_PURPOSE, 7),
    "me_contract239": lambda p, c: f"{_num(p, 900)}-СН/{p.other_date:%Y}",
    # Udmurtia: rural teacher
    "ud_family239": lambda p, c: _fam(p, _UD_FAMILY),
    "ud_given239": lambda p, c: _by_sex(p, _UD_GIVEN_M, _UD_GIVEN_F, 3),
    "ud_patr239": lambda p, c: _patr(p, _UD_PATR, 5),
    "ud_inn239": lambda p, c: _inn_ru(p, "18"),
    "ud_snils239": lambda p, c: _snils(p),
    "ud_school239": lambda p, c: _pick(p, _UD_SCHOOL, 6),
    "ud_subject239": lambda p, c: _pick(p, _UD_SUBJECT, 7),
    "ud_district239": lambda p, c: _pick(p, _UD_DISTRICT, 6),
    "ud_addr239": lambda p, c: _home(p, _UD_HOMES),
    "ud_phone239": lambda p, c: _ru_mobile(p, " (912) ", "+7"),
    "ud_pay239": lambda p, c: "1 000 000,00" if int(p.bhxh) % 4 else "1 500 000,00",
    "ud_agree239": lambda p, c: f"ЗУ-{p.other_date:%Y}/{_num(p, 60):03d}",
    "ud_until239": lambda p, c: _ru_date(p, 5),
}
