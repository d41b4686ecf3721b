"""How the people of the two-hundred-and-sixty-seventh part of the outside corpus (**blind 267**,
:mod:`lienthong.quality._corpus_blind267`) are written: four Vietnamese registers' own columns
(a provincial library's readers, poor households given a breeding cow, households that asked for
a water meter and children in a free summer swimming class) and five foreign ones from the
Siberian republics of Russia: Sakha reindeer herders paid a per-head subsidy (Sakha and Russian
headers, СНИЛС, ИНН of region 14), Buryatia's volunteer people's patrol (passport series 81),
Tuva's firewood contracts for own needs (СНИЛС, passport series 93), the Altai Republic's
certified tourist instructor-guides (ИНН of region 04) and Khakassia's applicants for gas to
their plot under the further gasification programme (СНИЛС, passport series 95)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick, _snils
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind173_writers import (
    _BUR_FAMILY,
    _BUR_GIVEN_F,
    _BUR_GIVEN_M,
    _TU_FAMILY,
    _TU_GIVEN_F,
    _TU_GIVEN_M,
    _TU_PLACES,
    _passport,
    _ru_mobile,
    _rub,
)
from lienthong.quality._corpus_blind228_writers import (
    _SA_FAMILY,
    _SA_GIVEN_F,
    _SA_GIVEN_M,
    _SA_PLACES,
    _dong,
    _inn_of,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_THANH_HOA = (
    "Số 14 Lê Hoàn, phường Hạc Thành, tỉnh Thanh Hóa",
    "Ngõ 52 Bà Triệu, phường Hạc Thành, tỉnh Thanh Hóa",
    "Thôn Đông Hải, phường Đông Quang, tỉnh Thanh Hóa",
    "Số 7 Trần Phú, phường Sầm Sơn, tỉnh Thanh Hóa",
    "Khu phố 3, phường Bỉm Sơn, tỉnh Thanh Hóa",
)
_LIB_SCHOOLS = (
    "Trường THPT chuyên Lam Sơn",
    "ĐH Hồng Đức",
    "Hưu trí",
    "Sở Tài chính",
    "Tự do",
    "THCS Trần Mai Ninh",
)
_TUYEN_QUANG = (
    "Thôn Lũng Cẩm, xã Sủng Máng, tỉnh Tuyên Quang",
    "Thôn Nà Pồng, xã Bạch Đích, tỉnh Tuyên Quang",
    "Thôn Khâu Vai, xã Mèo Vạc, tỉnh Tuyên Quang",
    "Thôn Sảng Pả A, xã Mèo Vạc, tỉnh Tuyên Quang",
    "Thôn Phìn Ma, xã Đồng Văn, tỉnh Tuyên Quang",
)
_BINH_DUONG = (
    "Số 12/4 khu phố Bình Đức, phường Lái Thiêu, TP. Hồ Chí Minh",
    "Tổ 6, khu phố 2, phường Thủ Dầu Một, TP. Hồ Chí Minh",
    "Số 88 đường DT743, phường Dĩ An, TP. Hồ Chí Minh",
    "Ấp Bến Sắn, phường Tân Uyên, TP. Hồ Chí Minh",
)
_NGHE_AN = (
    "Xóm 5, xã Nghi Lộc, tỉnh Nghệ An",
    "Số 21 Nguyễn Du, phường Thành Vinh, tỉnh Nghệ An",
    "Khối 9, phường Trường Vinh, tỉnh Nghệ An",
    "Xóm Bắc Sơn, xã Hưng Nguyên, tỉnh Nghệ An",
)
_SA_COMMUNITIES = ("РО «Дьэлгэн»", "СХПК «Тэбэн»", "Родовая община «Нэлкэн»", "МУП «Томпо»")
_BUR_WORK = ("ОАО «У-УАЗ»", "МБОУ СОШ №32", "пенсионер", "ИП", "ГБУЗ РКБ", "не работает")
_TU_FORESTS = ("Улуг-Хемское", "Тандинское", "Каа-Хемское", "Пий-Хемское", "Барун-Хемчикское")
_AL_FAMILY = ("Тадыев", "Ябыштаев", "Чендеков", "Кыдыев", "Тюхтенев", "Суразаков", "Манзыров")
_AL_GIVEN_M = ("Аржан Петрович", "Эркемен Сергеевич", "Амаду Иванович", "Сурлай Эдуардович")
_AL_GIVEN_F = ("Эжер Николаевна", "Айана Аржановна", "Чечек Владимировна", "Алтынай Ивановна")
_AL = "Республика Алтай"
_AL_PLACES = (
    f"649000, {_AL}, г. Горно-Алтайск, ул. Чорос-Гуркина, д. 34, кв. 7",
    f"649440, {_AL}, Усть-Коксинский р-н, с. Усть-Кокса, ул. Харитошкина, д. 11",
    f"649780, {_AL}, Кош-Агачский р-н, с. Кош-Агач, ул. Пограничная, д. 5",
    f"649220, {_AL}, Онгудайский р-н, с. Онгудай, ул. Советская, д. 80",
    f"649100, {_AL}, Майминский р-н, с. Майма, ул. Ленина, д. 18, кв. 2",
)
_KH_FAMILY = ("Чебодаев", "Тодышев", "Боргояков", "Кызласов", "Султреков", "Доможаков", "Топоев")
_KH_GIVEN_M = ("Алексей Петрович", "Аржан Викторович", "Николай Семёнович", "Виталий Иванович")
_KH_GIVEN_F = ("Ольга Степановна", "Айана Николаевна", "Лариса Петровна", "Татьяна Ивановна")
_KH = "Республика Хакасия"
_KH_PLACES = (
    f"655017, {_KH}, г. Абакан, ул. Пирятинская, д. 27",
    f"655650, {_KH}, Аскизский р-н, с. Аскиз, ул. Суворова, д. 9",
    f"655150, {_KH}, г. Черногорск, ул. Бограда, д. 112",
    f"655600, {_KH}, г. Саяногорск, мкр. Центральный, д. 4, кв. 31",
    f"655211, {_KH}, Ширинский р-н, с. Шира, ул. Октябрьская, д. 45",
)


def _name(
    p: Person, family: tuple[str, ...], male: tuple[str, ...], female: tuple[str, ...]
) -> str:
    fam = _pick(p, family, 1)
    fam += "а" if not p.male and fam.endswith(("ов", "ев", "ин")) else ""
    return f"{fam} {_by_sex(p, male, female, 2)}"


def _tu(p: Person) -> tuple[str, str]:
    return _TU_PLACES[int(p.bhxh[2:6]) % len(_TU_PLACES)]


def _sa(p: Person) -> tuple[str, str]:
    return _SA_PLACES[int(p.bhxh[3:7]) % len(_SA_PLACES)]


_Writer = Callable[["Person", "Col"], str]

WRITERS_BLIND267: dict[str, _Writer] = {
    # Thanh Hoa provincial library readers
    "addr_lib267": lambda p, c: _pick(p, _THANH_HOA, 1),
    "card_lib267": lambda p, c: f"TH{p.other_date:%y}-{p.bhxh[-6:]}",
    "kind_lib267": lambda p, c: _pick(p, ("Người lớn", "Thiếu nhi", "Người cao tuổi", "SV"), 2),
    "work_lib267": lambda p, c: _pick(p, _LIB_SCHOOLS, 3),
    "fee_lib267": lambda p, c: _pick(p, ("50.000", "30.000", "Miễn phí", "50.000"), 4),
    "expiry_lib267": lambda p, c: format(_shift_date(p.other_date, 1), c.date_format),
    # breeding cows for poor households
    "addr_cow267": lambda p, c: _pick(p, _TUYEN_QUANG, 1),
    "group_cow267": lambda p, c: _pick(
        p, ("Ho ngheo", "Ho can ngheo", "Ho ngheo", "Moi thoat ngheo"), 2
    ),
    "tag_cow267": lambda p, c: f"TQ-{p.bhxh[-5:]}",
    "breed_cow267": lambda p, c: _pick(p, ("Bo vang dia phuong", "Bo lai Sind", "Bo H'Mong"), 3),
    "weight_cow267": lambda p, c: str(140 + _num(p, 90)),
    "value_cow267": lambda p, c: _dong(15_000_000 + 500_000 * _num(p, 12)),
    "officer_cow267": lambda p, c: _pick(p, ("Vang Mi Sinh", "Lo Thi Hoa", "Giang Seo Pao"), 4),
    "commit_cow267": lambda p, c: _pick(p, ("Da ky", "Da ky", "Chua ky"), 5),
    # water meter applications
    "addr_wat267": lambda p, c: _pick(p, _BINH_DUONG, 1),
    "cust_wat267": lambda p, c: f"KH{p.bhxh[1:9]}",
    "book_wat267": lambda p, c: f"DB-{_num(p, 40):02d}/{p.bhxh[-4:]}",
    "meter_wat267": lambda p, c: f"{_pick(p, ('Asahi', 'Itron', 'Sensus'), 2)} {p.bhxh[:8]}",
    "dn_wat267": lambda p, c: _pick(p, ("DN15", "DN15", "DN20", "DN25"), 3),
    "fee_wat267": lambda p, c: _dong(_pick_int(p)),
    "reading_wat267": lambda p, c: str(_num(p, 5) - 1),
    "crew_wat267": lambda p, c: _pick(p, ("Tổ lắp đặt số 1", "Tổ lắp đặt số 3", "Đội XLSC"), 4),
    # free summer swimming class
    "addr_swm267": lambda p, c: _pick(p, _NGHE_AN, 1),
    "school_swm267": lambda p, c: _pick(
        p, ("TH Hưng Dũng 1", "THCS Đặng Thai Mai", "TH Nghi Phú 2", "THCS Hưng Bình"), 2
    ),
    "class_swm267": lambda p, c: f"{_num(p, 9)}{_pick(p, ('A', 'B', 'C', 'D'), 3)}",
    "parent_swm267": lambda p, c: _other_vn(p, 4),
    "pphone_swm267": lambda p, c: _other_phone(p, "09"),
    "course_swm267": lambda p, c: _pick(p, ("Khóa 1 (01/6-20/6)", "Khóa 2 (22/6-10/7)"), 5),
    "result_swm267": lambda p, c: _pick(p, ("Biết bơi", "Biết bơi", "Chưa đạt", "Nghỉ học"), 6),
    # Sakha reindeer herders' per-head subsidy
    "name_sa267": lambda p, c: _name(p, _SA_FAMILY, _SA_GIVEN_M, _SA_GIVEN_F),
    "snils_sa267": lambda p, c: _snils(p),
    "inn_sa267": lambda p, c: _inn_of(p, "14"),
    "ulus_sa267": lambda p, c: _sa(p)[0],
    "addr_sa267": lambda p, c: _sa(p)[1],
    "phone_sa267": lambda p, c: _ru_mobile(p, "(924) ", "8 "),
    "community_sa267": lambda p, c: _pick(p, _SA_COMMUNITIES, 3),
    "brigade_sa267": lambda p, c: f"№ {_num(p, 9)}",
    "heads_sa267": lambda p, c: str(40 + _num(p, 600)),
    "sum_sa267": lambda p, c: _rub(1_300 * (40 + _num(p, 600))),
    # Buryatia's people's patrol (ДНД)
    "name_bu267": lambda p, c: _name(p, _BUR_FAMILY, _BUR_GIVEN_M, _BUR_GIVEN_F),
    "pass_bu267": lambda p, c: _passport(p, "81"),
    "addr_bu267": lambda p, c: _pick(
        p,
        (
            "670000, г. Улан-Удэ, ул. Смолина, д. 22, кв. 8",
            "670047, г. Улан-Удэ, мкр. 148-й, д. 3, кв. 61",
            "671300, Заиграевский р-н, пгт Заиграево, ул. Октябрьская, д. 14",
            "671200, Кабанский р-н, с. Кабанск, ул. Кирова, д. 6",
        ),
        3,
    ),
    "phone_bu267": lambda p, c: _ru_mobile(p, "(914) ", "+7 "),
    "work_bu267": lambda p, c: _pick(p, _BUR_WORK, 4),
    "cert_bu267": lambda p, c: f"ДНД-{_num(p, 300):03d}",
    "unit_bu267": lambda p, c: _pick(
        p, ("ДНД Советского р-на", "ДНД «Иволга»", "ДНД Кабанского р-на"), 5
    ),
    "shifts_bu267": lambda p, c: str(_num(p, 24)),
    "cmd_bu267": lambda p, c: _pick(p, ("Балданов Ц.Б.", "Хабитуев А.В.", "Юмова С.Д."), 6),
    # Tuva's firewood for own needs
    "name_tu267": lambda p, c: _name(p, _TU_FAMILY, _TU_GIVEN_M, _TU_GIVEN_F),
    "snils_tu267": lambda p, c: _snils(p),
    "pass_tu267": lambda p, c: _passport(p, "93"),
    "kozh_tu267": lambda p, c: _tu(p)[0],
    "addr_tu267": lambda p, c: _tu(p)[1],
    "phone_tu267": lambda p, c: _ru_mobile(p, "(923) ", "8 "),
    "contract_tu267": lambda p, c: f"{_num(p, 400)}-СН/{p.other_date:%y}",
    "forest_tu267": lambda p, c: _pick(p, _TU_FORESTS, 3) + " лесничество",
    "plot_tu267": lambda p, c: f"кв. {_num(p, 120)} выд. {_num(p, 30)}",
    "vol_tu267": lambda p, c: _pick(p, ("25", "25", "15", "10", "200 (стр.)"), 4),
    "sum_tu267": lambda p, c: _rub(95 * (5 + _num(p, 30))),
    # Altai Republic instructor-guides
    "family_al267": lambda p, c: _name(p, _AL_FAMILY, _AL_GIVEN_M, _AL_GIVEN_F).split()[0],
    "given_al267": lambda p, c: _by_sex(p, _AL_GIVEN_M, _AL_GIVEN_F, 2).split()[0],
    "patr_al267": lambda p, c: _by_sex(p, _AL_GIVEN_M, _AL_GIVEN_F, 2).split()[1],
    "inn_al267": lambda p, c: _inn_of(p, "04"),
    "addr_al267": lambda p, c: _pick(p, _AL_PLACES, 3),
    "phone_al267": lambda p, c: _ru_mobile(p, "(913) ", "+7 "),
    "kind_al267": lambda p, c: _pick(p, ("конный", "водный", "пешеходный", "горный", "конный"), 4),
    "cat_al267": lambda p, c: _pick(p, ("I-II к.с.", "III к.с.", "некатегорийный"), 5),
    "cert_al267": lambda p, c: f"04-ИП-{p.bhxh[-4:]}",
    "valid_al267": lambda p, c: format(_shift_date(p.other_date, 3), c.date_format),
    "org_al267": lambda p, c: _pick(
        p, ("ТК «Алтай-Тур»", "самозанятый", "ИП Кыдыев", "ООО «Катунь»"), 6
    ),
    # Khakassia further gasification
    "name_kh267": lambda p, c: _name(p, _KH_FAMILY, _KH_GIVEN_M, _KH_GIVEN_F),
    "snils_kh267": lambda p, c: _snils(p),
    "pass_kh267": lambda p, c: _passport(p, "95"),
    "addr_kh267": lambda p, c: _pick(p, _KH_PLACES, 3),
    "cad_kh267": lambda p, c: (
        f"19:{_pick(p, ('01', '05', '02', '11'), 4)}:{p.bhxh[:6]}:{_num(p, 200)}"
    ),
    "phone_kh267": lambda p, c: _ru_mobile(p, "(983) ", "+7"),
    "app_kh267": lambda p, c: f"ДГ-19-{p.bhxh[-7:]}",
    "lgot_kh267": lambda p, c: _pick(
        p, ("", "", "многодетная семья", "участник СВО", "инвалид II гр."), 5
    ),
    "status_kh267": lambda p, c: _pick(
        p, ("договор заключён", "на рассмотрении", "выполнено подключение", "отказ"), 6
    ),
}


def _pick_int(p: Person) -> int:
    return (1_500_000, 2_000_000, 2_450_000)[int(p.bhxh) // 13 % 3]
