"""How the people of the two-hundred-and-twenty-eighth part of the outside corpus (**blind 228**,
:mod:`lienthong.quality._corpus_blind228`) are written: four Vietnamese registers' own columns
(a Da Nang tourism department's tour guide cards, a Hue organ donation centre's registered
donors, a Dong Thap lottery company's individual ticket sellers and a Red Cross branch's living
blood bank) and five foreign ones from the Russian Far East and Siberia: Yakutia's air ambulance
flights (Yakut and Russian headers, СНИЛС and the 16-digit ОМС policy), Buryatia's hunting
licences (passport series 81), a Nakhodka trawler's crew list (СНИЛС, ИНН of region 25, the
seaman's passport), Kamchatka's indigenous fishing quotas (KOI8-R, passport series 30) and the
Sakhalin Korean society's applicants for permanent return to Korea (ИНН of region 65)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick, _snils
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind173_writers import (
    _BUR_FAMILY,
    _BUR_GIVEN_F,
    _BUR_GIVEN_M,
    _passport,
    _ru_mobile,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_DA_NANG = (
    "Số 25 Bạch Đằng, phường Hải Châu, TP. Đà Nẵng",
    "K12/7 Lê Độ, phường Thanh Khê, TP. Đà Nẵng",
    "Tổ 45, phường Sơn Trà, TP. Đà Nẵng",
    "Số 102 Ngũ Hành Sơn, phường Ngũ Hành Sơn, TP. Đà Nẵng",
    "Thôn Phong Thử, xã Điện Bàn Tây, TP. Đà Nẵng",
    "Khối phố An Hội, phường Hội An, TP. Đà Nẵng",
)
_HUE = (
    "Số 8 Lê Lợi, phường Thuận Hóa, TP. Huế",
    "Kiệt 14 Nguyễn Trãi, phường Phú Xuân, TP. Huế",
    "Thôn Thủy Dương, phường Hương Thủy, TP. Huế",
    "Tổ dân phố 3, phường Vỹ Dạ, TP. Huế",
    "Thôn Phú Lương, xã Phú Vang, TP. Huế",
)
_DONG_THAP = (
    "Ấp Tân Hòa, xã Tân Phú Trung, tỉnh Đồng Tháp",
    "Số 41 Hùng Vương, phường Sa Đéc, tỉnh Đồng Tháp",
    "Khóm 2, phường Cao Lãnh, tỉnh Đồng Tháp",
    "Ấp Long Hòa, xã Lai Vung, tỉnh Đồng Tháp",
    "Ấp 3, xã Mỹ Tho, tỉnh Đồng Tháp",
)
_AN_GIANG = (
    "Khu phố Vĩnh Phú, phường Rạch Giá, tỉnh An Giang",
    "Ấp Cây Gòn, xã Châu Thành, tỉnh An Giang",
    "Số 19 Trần Phú, phường Vĩnh Thông, tỉnh An Giang",
    "Tổ 5, ấp An Thới, đặc khu Phú Quốc, tỉnh An Giang",
    "Ấp Kinh 8, xã Hòn Đất, tỉnh An Giang",
)
_CARD_KINDS = ("Quốc tế", "Quốc tế", "Nội địa", "Tại điểm")
_GUIDE_LANGS = ("Tiếng Anh", "Tiếng Hàn", "Tiếng Trung", "Tiếng Nhật", "Tiếng Pháp", "Tiếng Nga")
_AGENCIES = (
    "Cty TNHH Du lịch Biển Xanh",
    "Cty CP Lữ hành Sông Hàn",
    "Vietravel CN Đà Nẵng",
    "Cty TNHH MTV Hội An Travel",
    "Tự do (chưa ký HĐ)",
)
_ORGANS = ("Toàn bộ mô, tạng", "Giác mạc", "Thận, gan, tim", "Giác mạc, da", "Hiến xác")
_SPOTS = ("Chợ Sa Đéc", "Bến xe Cao Lãnh", "Chợ Hồng Ngự", "Ngã ba Mỹ An", "Bán dạo")
_WORK_VN = ("Tự do", "Công an xã", "GV Trường THCS Châu Thành", "Công nhân KCN", "Đoàn viên TN")

# -- Russia -------------------------------------------------------------------------------------
_SA_FAMILY = ("Иванов", "Николаев", "Петров", "Слепцов", "Егоров", "Неустроев", "Готовцев")
_SA_GIVEN_M = ("Айсен Петрович", "Эрхан Николаевич", "Михаил Васильевич", "Ньургун Ильич")
_SA_GIVEN_F = ("Туйаара Петровна", "Сардана Ивановна", "Айыына Егоровна", "Мария Семёновна")
_SA = "Республика Саха (Якутия)"
# (the ulus, an address in it)
_SA_PLACES = (
    ("Верхоянский улус", f"678500, {_SA}, Верхоянский улус, пгт Батагай, ул. Ленина, д. 12"),
    ("Оймяконский улус", f"678730, {_SA}, Оймяконский улус, с. Томтор, ул. Советская, д. 4"),
    ("Абыйский улус", f"678890, {_SA}, Абыйский улус, пгт Белая Гора, ул. Ойунского, д. 7"),
    ("Жиганский улус", f"678330, {_SA}, Жиганский нац. эвенкийский р-н, с. Жиганск, д. 21"),
    ("Момский улус", f"678860, {_SA}, Момский р-н, с. Хонуу, ул. Молодёжная, д. 3, кв. 2"),
    ("Вилюйский улус", f"678200, {_SA}, Вилюйский улус, г. Вилюйск, ул. Ярославского, д. 9"),
)
_SA_DIAG = ("I21.0 ОИМ", "K35.8 Острый аппендицит", "O14.1 Преэклампсия", "S06.2 ЧМТ", "J18.9")
_PR = "Приморский край"
_PR_PLACES = (
    f"692900, {_PR}, г. Находка, ул. Ленинская, д. 18, кв. 44",
    f"690091, {_PR}, г. Владивосток, ул. Светланская, д. 71, кв. 9",
    f"692941, {_PR}, г. Находка, пр-т Мира, д. 5, кв. 120",
    f"692890, {_PR}, Партизанский р-н, с. Владимиро-Александровское, ул. Комарова, д. 2",
    f"690065, {_PR}, г. Владивосток, ул. Стрельникова, д. 10, кв. 31",
    f"692760, {_PR}, г. Артём, ул. Фрунзе, д. 44",
)
_RU_FAMILY = ("Кузнецов", "Ткаченко", "Сидоренко", "Мельников", "Ким", "Бондаренко", "Смирнов")
_RU_GIVEN_M = ("Алексей Викторович", "Сергей Иванович", "Дмитрий Олегович", "Андрей Юрьевич")
_RU_GIVEN_F = ("Елена Петровна", "Ольга Николаевна", "Наталья Сергеевна", "Ирина Викторовна")
_RANKS = ("Капитан", "Старший помощник", "Старший механик", "Матрос 1 кл.", "Рыбообработчик")
_KA_FAMILY = ("Запорощенко", "Кревсун", "Эльвель", "Ваямретыл", "Слепцов", "Тынельхут", "Бобров")
_KA_NATIONS = ("ительмен", "коряк", "эвен", "камчадал", "алеут", "чукча")
# (the village, its district, a street line)
_KA_PLACES = (
    ("с. Ковран", "ул. Школьная, д. 4, кв. 2"),
    ("с. Тигиль", "ул. Партизанская, д. 17"),
    ("пгт Оссора", "ул. Советская, д. 30, кв. 11"),
    ("с. Эссо", "ул. Мостовая, д. 6"),
    ("с. Никольское", "ул. 50 лет Октября, д. 9"),
    ("с. Мильково", "ул. Ленинская, д. 58, кв. 3"),
)
_KA_FISH = ("нерка", "кета", "кижуч", "горбуша", "голец")
_KO_FAMILY = (
    ("Ким", "김"),
    ("Пак", "박"),
    ("Ли", "이"),
    ("Цой", "최"),
    ("Хан", "한"),
    ("Кан", "강"),
)
_KO_GIVEN_M = (("Ен Сик", "영식"), ("Чун Хо", "준호"), ("Сен Гу", "성구"), ("Дон Су", "동수"))
_KO_GIVEN_F = (("Сун Ок", "순옥"), ("Ен Хи", "영희"), ("Мен Сук", "명숙"), ("Чун Дя", "춘자"))
_SK = "Сахалинская обл."
_SK_PLACES = (
    f"693000, {_SK}, г. Южно-Сахалинск, ул. Ленина, д. 154, кв. 17",
    f"694051, {_SK}, г. Долинск, ул. Комсомольская, д. 8, кв. 3",
    f"694620, {_SK}, г. Холмск, ул. Советская, д. 66, кв. 40",
    f"694020, {_SK}, г. Корсаков, ул. Окружная, д. 21",
    f"694740, {_SK}, г. Макаров, ул. Фестивальная, д. 5, кв. 9",
    f"693012, {_SK}, г. Южно-Сахалинск, пр-т Мира, д. 245, кв. 81",
)


def _dong(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _inn_of(p: Person, region: str) -> str:
    """A person's 12-digit ИНН: the region, the tax office, a serial and the two checks."""
    digits = [int(ch) for ch in f"{region}{p.bhxh[3:5]}{p.bhxh[4:10]}"]
    w1 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    digits.append(sum(d * w for d, w in zip(digits, w1, strict=True)) % 11 % 10)
    w2 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    digits.append(sum(d * w for d, w in zip(digits, w2, strict=True)) % 11 % 10)
    return "".join(map(str, digits))


def _sa_name(p: Person) -> str:
    family = _pick(p, _SA_FAMILY, 1) + ("" if p.male else "а")
    return f"{family} {_by_sex(p, _SA_GIVEN_M, _SA_GIVEN_F, 2)}"


def _sa_place(p: Person) -> tuple[str, str]:
    return _SA_PLACES[int(p.bhxh[2:6]) % len(_SA_PLACES)]


def _ru_name(p: Person, salt: int) -> str:
    family = _pick(p, _RU_FAMILY, salt)
    family += "" if p.male or family.endswith(("о", "Ким")) else "а"
    return f"{family} {_by_sex(p, _RU_GIVEN_M, _RU_GIVEN_F, salt + 1)}"


def _ka_place(p: Person) -> tuple[str, str]:
    return _KA_PLACES[int(p.bhxh[1:5]) % len(_KA_PLACES)]


def _ka_name(p: Person) -> str:
    family = _pick(p, _KA_FAMILY, 2)
    family += "а" if not p.male and family.endswith(("ов", "ев")) else ""
    return f"{family} {_by_sex(p, _RU_GIVEN_M, _RU_GIVEN_F, 3)}"


def _ko(p: Person) -> tuple[tuple[str, str], tuple[str, str]]:
    family = _KO_FAMILY[int(p.bhxh) // 5 % len(_KO_FAMILY)]
    given = _KO_GIVEN_M if p.male else _KO_GIVEN_F
    return family, given[int(p.bhxh) // 7 % len(given)]


_Writer = Callable[["Person", "Col"], str]

WRITERS_BLIND228: dict[str, _Writer] = {
    # Da Nang tour guide cards
    "addr_dn228": lambda p, c: _pick(p, _DA_NANG, 1),
    "card_kind228": lambda p, c: _pick(p, _CARD_KINDS, 2),
    "card_no228": lambda p, c: f"{'1123'[int(p.bhxh) // 23 % 4]}48{p.other_date:%y}{p.bhxh[-4:]}",
    "lang228": lambda p, c: _pick(p, _GUIDE_LANGS, 3),
    "expiry228": lambda p, c: format(_shift_date(p.other_date, 5), c.date_format),
    "issuer228": lambda p, c: "Sở VHTTDL TP. Đà Nẵng",
    "agency228": lambda p, c: _pick(p, _AGENCIES, 4),
    # Hue organ donation registrations
    "addr_hue228": lambda p, c: _pick(p, _HUE, 1),
    "organs228": lambda p, c: _pick(p, _ORGANS, 2),
    "form228": lambda p, c: _pick(p, ("Sau khi chết", "Sau khi chết não", "Sau khi chết"), 3),
    "kin228": lambda p, c: _other_vn(p, 4),
    "kin_rel228": lambda p, c: _pick(p, ("Vợ", "Chồng", "Con", "Mẹ", "Anh trai", "Em gái"), 5),
    "kin_phone228": lambda p, c: _other_phone(p, "09"),
    "donor_card228": lambda p, c: f"HM-{p.other_date:%Y}-{p.bhxh[-5:]}",
    # Dong Thap lottery sellers
    "agent228": lambda p, c: f"DT{_num(p, 9)}{p.bhxh[-4:]}",
    "addr_dt228": lambda p, c: _pick(p, _DONG_THAP, 1),
    "spot228": lambda p, c: _pick(p, _SPOTS, 2),
    "tickets228": lambda p, c: str(100 * (2 + _num(p, 12))),
    "deposit228": lambda p, c: _dong(1_000_000 * (1 + _num(p, 10))),
    "guarantor228": lambda p, c: _other_vn(p, 3) if int(p.bhxh[-1]) % 2 else "",
    # An Giang living blood bank
    "abo228": lambda p, c: _pick(p, ("O", "O", "A", "B", "AB"), 1),
    "rh228": lambda p, c: "-" if int(p.bhxh) % 17 == 0 else "+",
    "addr_kg228": lambda p, c: _pick(p, _AN_GIANG, 2),
    "times228": lambda p, c: str(_num(p, 30)),
    "weight228": lambda p, c: str(45 + _num(p, 35)),
    "work228": lambda p, c: _pick(p, _WORK_VN, 3),
    "branch228": lambda p, c: _pick(
        p, ("Chi hội ấp Cây Gòn", "Chi hội Trường THPT", "CH Công an"), 4
    ),
    # Yakutia air ambulance
    "name_sa228": lambda p, c: _sa_name(p),
    "sex_sa228": lambda p, c: "м" if p.male else "ж",
    "enp_sa228": lambda p, c: _luhn(f"14{p.bhxh[::-1]}{p.bhxh[3:6]}"),
    "snils_sa228": lambda p, c: _snils(p),
    "ulus_sa228": lambda p, c: _sa_place(p)[0],
    "addr_sa228": lambda p, c: _sa_place(p)[1],
    "phone_sa228": lambda p, c: _ru_mobile(p, "(914) ", "+7 "),
    "from_sa228": lambda p, c: _sa_place(p)[0].split()[0][:-2] + "ая ЦРБ",
    "to_sa228": lambda p, c: _pick(p, ("РБ №1-НЦМ, г. Якутск", "РБ №2-ЦЭМП", "ПЦ РБ №1"), 2),
    "diag_sa228": lambda p, c: _pick(p, _SA_DIAG, 3),
    "craft_sa228": lambda p, c: (
        _pick(p, ("Ми-8 RA-24", "Ан-24 RA-47", "L-410 RA-67"), 4) + p.bhxh[-3:]
    ),
    "doctor_sa228": lambda p, c: _pick(p, ("Винокуров А.С.", "Попова Н.Е.", "Саввин Д.Д."), 5),
    # Buryatia hunting licences
    "ticket_bu228": lambda p, c: f"03 № {p.bhxh[-6:]}",
    "family_bu228": lambda p, c: _pick(p, _BUR_FAMILY, 1) + ("" if p.male else "а"),
    "given_bu228": lambda p, c: _by_sex(p, _BUR_GIVEN_M, _BUR_GIVEN_F, 2).split()[0],
    "patr_bu228": lambda p, c: _by_sex(p, _BUR_GIVEN_M, _BUR_GIVEN_F, 2).split()[1],
    "birthplace_bu228": lambda p, c: _pick(
        p, ("с. Агинское Читинской обл.", "г. Улан-Удэ", "с. Кырен", "пос. Баргузин"), 3
    ),
    "pass_bu228": lambda p, c: _passport(p, "81"),
    "issuer_bu228": lambda p, c: _pick(
        p, ("МВД по Республике Бурятия", "ОВД Кабанского р-на", "ОУФМС в Советском р-не"), 4
    ),
    "addr_bu228": lambda p, c: _pick(
        p,
        (
            "670034, г. Улан-Удэ, ул. Жуковского, д. 7, кв. 15",
            "671450, Кижингинский р-н, с. Кижинга, ул. Коммунистическая, д. 3",
            "671010, Тункинский р-н, с. Кырен, ул. Ленина, д. 40",
            "671610, Баргузинский р-н, с. Баргузин, ул. Дзержинского, д. 11",
        ),
        5,
    ),
    "phone_bu228": lambda p, c: _ru_mobile(p, "(902) ", "8 "),
    "ground_bu228": lambda p, c: _pick(
        p, ("ОДОУ Кижингинский", "Общедоступные угодья", "ООО «Баргузинское»"), 6
    ),
    "officer_bu228": lambda p, c: _pick(p, ("Жамсаранов Б.Д.", "Осипова Т.В."), 7),
    "annul_bu228": lambda p, c: "аннулирован" if int(p.bhxh) % 23 == 0 else "",
    # Nakhodka trawler crew list
    "name_pr228": lambda p, c: _ru_name(p, 1),
    "rank_pr228": lambda p, c: _pick(p, _RANKS, 3),
    "birthplace_pr228": lambda p, c: _pick(p, ("г. Находка", "г. Владивосток", "г. Уссурийск"), 4),
    "seaman_pr228": lambda p, c: f"МК {p.bhxh[1:8]}",
    "pass_pr228": lambda p, c: _passport(p, "05"),
    "snils_pr228": lambda p, c: _snils(p),
    "inn_pr228": lambda p, c: _inn_of(p, "25"),
    "addr_pr228": lambda p, c: _pick(p, _PR_PLACES, 5),
    "phone_pr228": lambda p, c: _ru_mobile(p, "914", "+7"),
    "medical_pr228": lambda p, c: format(_shift_date(p.other_date, 1), c.date_format),
    "kin_pr228": lambda p, c: (
        f"{_pick(p, ('жена', 'мать', 'муж', 'сын'), 6)} {_pick(p, _RU_GIVEN_F, 7).split()[0]}, "
        f"+7{_other_phone(p, '914')[:10]}"
    ),
    # Kamchatka indigenous fishing quotas
    "name_ka228": lambda p, c: _ka_name(p),
    "nation_ka228": lambda p, c: _pick(p, _KA_NATIONS, 4),
    "snils_ka228": lambda p, c: _snils(p),
    "kmns_ka228": lambda p, c: f"41-{p.bhxh[2:7]}",
    "pass_ka228": lambda p, c: _passport(p, "30"),
    "town_ka228": lambda p, c: _ka_place(p)[0],
    "street_ka228": lambda p, c: _ka_place(p)[1],
    "phone_ka228": lambda p, c: _ru_mobile(p, "(924) ", "8 "),
    "community_ka228": lambda p, c: _pick(p, ("КМНС Хайлюля", "община Ительмены", "Эльвель"), 5),
    "fish_ka228": lambda p, c: _pick(p, _KA_FISH, 6),
    "kg_ka228": lambda p, c: str(50 * (1 + _num(p, 10))),
    "area_ka228": lambda p, c: _pick(
        p, ("р. Ковран", "р. Тигиль", "р. Камчатка", "оз. Нерпичье"), 7
    ),
    "permit_ka228": lambda p, c: f"41/{p.other_date:%y}-Т/{p.bhxh[-4:]}",
    # Sakhalin Korean applicants for permanent return
    "name_ko228": lambda p, c: _ko(p)[0][1] + _ko(p)[1][1],
    "name_ru_ko228": lambda p, c: f"{_ko(p)[0][0]} {_ko(p)[1][0]}",
    "sex_ko228": lambda p, c: "남 / муж." if p.male else "여 / жен.",
    "birthplace_ko228": lambda p, c: _pick(
        p, ("Сахалин, г. Долинск", "Сахалин, г. Холмск", "경상북도 경산군", "Сахалин, с. Быков"), 2
    ),
    "inn_ko228": lambda p, c: _inn_of(p, "65"),
    "zagran_ko228": lambda p, c: f"{72 + _num(p, 5)} {p.bhxh[-7:]}",
    "addr_ko228": lambda p, c: _pick(p, _SK_PLACES, 3),
    "phone_ko228": lambda p, c: _ru_mobile(p, "(924) ", "+7 "),
    "gen_ko228": lambda p, c: _pick(
        p, ("1세 / 1-е", "2세 / 2-е", "2세 / 2-е", "배우자 / супруг(а)"), 4
    ),
    "companion_ko228": lambda p, c: (
        f"{_ko(p)[0][0]} {(_KO_GIVEN_F if p.male else _KO_GIVEN_M)[_num(p, 4) % 4][0]}"
        if p.bhxh[-1] in "1357"
        else ""
    ),
    "wish_ko228": lambda p, c: _pick(
        p, ("안산 고향마을", "인천 사할린동포복지회관", "천안", "오산"), 6
    ),
    "status_ko228": lambda p, c: _pick(p, ("접수 / принято", "심사 중", "승인 / одобрено"), 7),
}


__all__ = ["WRITERS_BLIND228"]
