"""How the people of the hundred-and-seventy-third part of the outside corpus (**blind 173**,
:mod:`lienthong.quality._corpus_blind173`) are written: four Vietnamese registers' own columns
(Ly Son hookah divers trained in first aid, Hanoi petrol-motorbike owners helped to switch to an
electric one, a Bac Ninh traffic police's licence points restored after a knowledge check, and a
Nghe An commune's National Day gift paid in cash) and five foreign ones: a Mongolian bank's 8%
mortgage borrowers (the register number with its two Cyrillic letters), an Inner Mongolian
Naadam's competitors (Mongolian and Chinese headers, the resident id with its MOD 11-2 check), a
Buryat district's large families queued for free land (Buryat and Russian headers, СНИЛС and a
passport of series 81), Tuva's "Кыштаг для молодой семьи" young herders (Tuvan and Russian
headers, passport series 93) and Kalmykia's sheep subsidy (passport series 85, ИНН of region 08)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick, _snils
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind66_writers import _mn_register
from lienthong.quality._corpus_blind120_writers import _ru_passport_issued

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_LY_SON = (
    "Thôn Đông, đặc khu Lý Sơn, tỉnh Quảng Ngãi",
    "Thôn Tây, đặc khu Lý Sơn, tỉnh Quảng Ngãi",
    "Thôn Bắc, xã An Bình, huyện Lý Sơn, tỉnh Quảng Ngãi",
    "Thôn Trung Hòa, đặc khu Lý Sơn, tỉnh Quảng Ngãi",
    "Tổ 3, thôn Đông An Vĩnh, huyện Lý Sơn, Quảng Ngãi",
)
_HN_OLD_QUARTER = (
    "Số 12 Hàng Bạc, phường Hoàn Kiếm, TP. Hà Nội",
    "Số 45 Phố Huế, phường Hai Bà Trưng, TP. Hà Nội",
    "Số 7 ngõ Tạm Thương, phường Hoàn Kiếm, TP. Hà Nội",
    "Số 3 Nguyễn Thái Học, phường Ba Đình, TP. Hà Nội",
    "P.402 nhà C1 Thành Công, phường Giảng Võ, TP. Hà Nội",
    "Số 88 Hàng Bông, phường Hoàn Kiếm, TP. Hà Nội",
)
_BAC_NINH = (
    "Thôn Đông Xuyên, xã Yên Phong, tỉnh Bắc Ninh",
    "Số 15 Nguyễn Gia Thiều, phường Kinh Bắc, tỉnh Bắc Ninh",
    "Khu phố Đình Bảng, phường Từ Sơn, tỉnh Bắc Ninh",
    "Tổ dân phố Trần Phú, phường Bắc Giang, tỉnh Bắc Ninh",
    "Thôn Lạc Thổ, xã Thuận Thành, tỉnh Bắc Ninh",
)
_NGHE_AN = (
    "Xóm 5, xã Nghi Lộc, tỉnh Nghệ An",
    "Xóm Yên Thịnh, xã Diễn Châu, tỉnh Nghệ An",
    "Bản Xiềng, xã Con Cuông, tỉnh Nghệ An",
    "Khối 3, phường Vinh Hưng, tỉnh Nghệ An",
    "Xóm 12, xã Hưng Nguyên, tỉnh Nghệ An",
)
_MN_BANKS = ("ХААН", "ГОЛОМТ", "ТӨРИЙН", "ХХБ", "ХАС")
_MN_FLATS = (
    "Хан-Уул дүүрэг, 11-р хороо, Яармаг, Хурд хотхон 210-р байр",
    "Баянгол дүүрэг, 20-р хороо, Нарны хороолол, 5-р байр",
    "Сонгинохайрхан дүүрэг, 27-р хороо, Ипотек хотхон 3-р байр",
    "Баянзүрх дүүрэг, 43-р хороо, Шинэ Амгалан хотхон",
)
_MN_JOBS: tuple[str, ...] = (
    "Багш, 45-р сургууль",
    "Эмч, УНТЭ",
    "Нягтлан, МИАТ ХК",
    "Инженер, УБЦТС ТӨХК",
)
_MN_JOBS += ("Цагдаа, НЦГ", "Жолооч, Хувиараа", "Ажилтан, Эрдэнэт үйлдвэр")
# (code, Chinese name of the banner or city, the place written on a hukou)
_IM_AREAS = (
    ("152502", "内蒙古自治区锡林浩特市宝力根街道办事处额尔敦社区"),
    ("152523", "内蒙古自治区苏尼特左旗满都拉图镇查干敖包嘎查"),
    ("150725", "内蒙古自治区陈巴尔虎旗巴彦库仁镇"),
    ("152221", "内蒙古自治区科尔沁右翼前旗乌兰毛都苏木"),
    ("150102", "内蒙古自治区呼和浩特市新城区东街街道"),
    ("150621", "内蒙古自治区鄂尔多斯市达拉特旗树林召镇"),
)
_IM_NAMES_M = ("巴特尔", "朝鲁", "额尔敦毕力格", "孟和", "苏和巴特尔", "那顺", "宝音图")
_IM_NAMES_F = ("乌日娜", "其其格", "斯琴高娃", "萨仁", "娜仁托娅", "乌兰", "阿拉坦其其格")
_BUR_FAMILY = ("Дашиев", "Цыденов", "Бадмаев", "Доржиев", "Батуев", "Намсараев", "Аюшеев")
_BUR_GIVEN_M = ("Баир Цыренович", "Аюр Дашиевич", "Жаргал Батоевич", "Тумэн Баирович")
_BUR_GIVEN_F = ("Туяна Баировна", "Сэсэгма Цыреновна", "Дулма Дашиевна", "Арюна Жаргаловна")
_BUR_PLACES = (
    "670031, Республика Бурятия, г. Улан-Удэ, ул. Бабушкина, д. 14, кв. 52",
    "671050, Республика Бурятия, Иволгинский р-н, с. Иволгинск, ул. Советская, д. 8",
    "671210, Республика Бурятия, Кабанский р-н, с. Кабанск, ул. Кирова, д. 3",
    "670000, Республика Бурятия, г. Улан-Удэ, пр-т Строителей, д. 36, кв. 7",
    "671310, Республика Бурятия, Заиграевский р-н, пгт Заиграево, ул. Ленина, д. 41",
)
_BUR_PLOTS: tuple[str, ...] = ("с. Сотниково, мкр. Эрхирик", "Иволгинский р-н, ДНТ Сосновый бор")
_BUR_PLOTS += ("с. Поселье, кв-л Надежда", "Тарбагатайский р-н, с. Нижний Саянтуй")
_TU_FAMILY = ("Монгуш", "Ооржак", "Кужугет", "Салчак", "Ондар", "Донгак", "Хертек", "Сат")
_TU_GIVEN_M = ("Айдын Сергеевич", "Чингис Маадырович", "Аяс Олегович", "Начын Кара-оолович")
_TU_GIVEN_F = ("Чечек Маадыровна", "Айлана Сергеевна", "Шенне Орлановна", "Долаана Аясовна")
# (the kozhuun, an address in it)
_TU = "Республика Тыва"
_TU_PLACES = (
    ("Дзун-Хемчикский", f"668110, {_TU}, Дзун-Хемчикский кожуун, г. Чадан, ул. Ленина, д. 14"),
    ("Тес-Хемский", f"668360, {_TU}, Тес-Хемский кожуун, с. Самагалтай, ул. Кочетова, д. 5"),
    ("Улуг-Хемский", f"668210, {_TU}, Улуг-Хемский кожуун, г. Шагонар, ул. Октябрьская, д. 9"),
    ("Барун-Хемчикский", f"668040, {_TU}, Барун-Хемчикский кожуун, с. Кызыл-Мажалык, д. 22"),
    ("Овюрский", f"668130, {_TU}, Овюрский кожуун, с. Хандагайты, ул. Бурзекей, д. 3"),
)
_KAL_FAMILY = ("Очиров", "Бадмаев", "Санджиев", "Церенов", "Эрдниев", "Манджиев", "Убушаев")
_KAL_GIVEN_M = ("Баатр Николаевич", "Мерген Владимирович", "Санал Очирович", "Церен Борисович")
_KAL_GIVEN_F = ("Саглар Бадмаевна", "Байрта Эрдниевна", "Ирина Санджиевна", "Гиляна Нимговна")
_KAL_PLACES = (
    "Республика Калмыкия, Яшкульский р-н, п. Яшкуль, ул. Клыкова, д. 17",
    "Республика Калмыкия, Черноземельский р-н, п. Комсомольский, ул. Мира, д. 4",
    "Республика Калмыкия, Целинный р-н, с. Троицкое, ул. Ленина, д. 61",
    "Республика Калмыкия, г. Элиста, 3 мкр., д. 25, кв. 40",
    "Республика Калмыкия, Кетченеровский р-н, п. Кетченеры, ул. Джангара, д. 9",
)


def _money(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _rub(value: int) -> str:
    return f"{value:,}".replace(",", " ") + ",00"


def _cn_resident(p: Person, area: str) -> str:
    """A 公民身份号码: area, yyyymmdd, a serial odd for men, and the ISO 7064 MOD 11-2 check."""
    serial = int(p.bhxh[-3:]) // 2 * 2 % 1000 + (1 if p.male else 0)
    body = f"{area}{p.birth:%Y%m%d}{serial:03d}"
    total = sum(int(d) * (2 ** (17 - i) % 11) for i, d in enumerate(body))
    return body + "10X98765432"[total % 11]


def _im_area(p: Person) -> tuple[str, str]:
    return _IM_AREAS[int(p.bhxh[2:5]) % len(_IM_AREAS)]


def _inn08(p: Person) -> str:
    """A person's ИНН of Kalmykia (08), the tax office, a serial and the two checks."""
    digits = [int(ch) for ch in f"08{p.bhxh[2:4]}{p.bhxh[4:10]}"]
    w1 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    digits.append(sum(d * w for d, w in zip(digits, w1, strict=True)) % 11 % 10)
    w2 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    digits.append(sum(d * w for d, w in zip(digits, w2, strict=True)) % 11 % 10)
    return "".join(map(str, digits))


def _passport(p: Person, region: str) -> str:
    return f"{region} {_ru_passport_issued(p):%y} {p.bhxh[-6:]}"


def _ru_mobile(p: Person, code: str, lead: str) -> str:
    d = p.phone[-7:]
    return f"{lead}{code}{d[:3]}-{d[3:5]}-{d[5:]}"


def _tu_place(p: Person) -> tuple[str, str]:
    return _TU_PLACES[int(p.bhxh[3:6]) % len(_TU_PLACES)]


_Writer = Callable[["Person", "Col"], str]

WRITERS_BLIND173: dict[str, _Writer] = {
    # Ly Son hookah divers
    "addr_ls173": lambda p, c: _pick(p, _LY_SON, 1),
    "boat173": lambda p, c: f"QNg-{90000 + _num(p, 999) * 7}-TS",
    "owner173": lambda p, c: _other_vn(p, 2, male=True),
    "years173": lambda p, c: str(_num(p, 25)),
    "depth173": lambda p, c: f"{_pick(p, ('15-20', '20-30', '30-40', '25', '40'), 3)}",
    "decomp173": lambda p, c: _pick(p, ("Không", "Không", "Có (2019)", "Đau khớp", "Không rõ"), 4),
    "result173": lambda p, c: _pick(p, ("Đạt", "Đạt", "Đạt", "Không đạt", "Vắng"), 5),
    # Hanoi motorbike conversion in the low-emission zone
    "addr_hk173": lambda p, c: _pick(p, _HN_OLD_QUARTER, 1),
    "plate173": lambda p, c: (
        f"29-{_pick(p, ('B1', 'C1', 'D1', 'E1', 'H1'), 2)} {p.bhxh[-5:-2]}.{p.bhxh[-2:]}"
    ),
    "year_made173": lambda p, c: str(1998 + _num(p, 20)),
    "ebike173": lambda p, c: _pick(
        p,
        (
            "VinFast Evo200",
            "VinFast Feliz S",
            "Yadea Voltguard",
            "Honda ICON e:",
            "Dat Bike Quantum",
        ),
        3,
    ),
    "vin173": lambda p, c: f"RLLV{p.bhxh[:3]}A{p.bhxh[3:10]}",
    "support173": lambda p, c: _money(_pick_int(p, (3_000_000, 3_000_000, 5_000_000))),
    "group173": lambda p, c: _pick(
        p, ("Hộ nghèo", "Người dân", "Người dân", "Hộ cận nghèo", "Xe ôm công nghệ"), 4
    ),
    # Bac Ninh licence points
    "addr_bn173": lambda p, c: _pick(p, _BAC_NINH, 1),
    "licence173": lambda p, c: f"27{p.bhxh[:10]}",
    "class173": lambda p, c: _pick(p, ("A1", "A", "B", "B1", "C1", "C"), 2),
    "points173": lambda p, c: "0",
    "check_day173": lambda p, c: format(
        p.other_date + timedelta(days=180 + _num(p, 60)), c.date_format
    ),
    "pass173": lambda p, c: _pick(p, ("Đạt - phục hồi 12 điểm", "Đạt", "Không đạt", "Vắng mặt"), 3),
    # Nghe An National Day gift
    "addr_na173": lambda p, c: _pick(p, _NGHE_AN, 1),
    "gift173": lambda p, c: "100.000",
    "how173": lambda p, c: (
        "Nhận thay"
        if int(p.bhxh[-1]) % 3 == 0
        else _pick(p, ("Tiền mặt", "Tiền mặt", "Tiền mặt tại nhà (ốm)"), 2)
    ),
    "proxy173": lambda p, c: _other_vn(p, 3) if int(p.bhxh[-1]) % 3 == 0 else "",
    "proxy_rel173": lambda p, c: (
        _pick(p, ("Con", "Vợ", "Chồng", "Cháu"), 4) if int(p.bhxh[-1]) % 3 == 0 else ""
    ),
    "sign173": lambda p, c: "",
    # Mongolia, 8% mortgage
    "clan_mn173": lambda p, c: _pick(p, ("Боржигон", "Хиад", "Тайчууд", "Хамниган", "Урианхай"), 1),
    "father_mn173": lambda p, c: _pick(
        p, ("Батбаяр", "Дорж", "Ганболд", "Цэрэндорж", "Пүрэвсүрэн", "Нямдаваа"), 2
    ),
    "given_mn173": lambda p, c: _by_sex(
        p,
        ("Тэмүүлэн", "Бат-Эрдэнэ", "Ганзориг", "Билгүүн"),
        ("Оюунчимэг", "Анужин", "Хулан", "Номин-Эрдэнэ"),
        3,
    ),
    "reg_mn173": lambda p, c: _mn_register(p),
    "sex_mn173": lambda p, c: "Эрэгтэй" if p.male else "Эмэгтэй",
    "phone_mn173": lambda p, c: (
        f"{'9988'[int(p.bhxh[1]) % 4]}{'9581'[int(p.bhxh[2]) % 4]}{p.phone[4:10]}"
    ),
    "addr_mn173": lambda p, c: (
        "Улаанбаатар хот, "
        + _pick(
            p,
            (
                "Баянзүрх дүүрэг, 26-р хороо, 13-р хороолол, 45-р байр, 12 тоот",
                "Сонгинохайрхан дүүрэг, 32-р хороо, Толгойт, 4-р гудамж, 118 тоот",
                "Чингэлтэй дүүрэг, 6-р хороо, 23-р гудамж, 7 тоот",
                "Баянгол дүүрэг, 3-р хороо, 10-р хороолол, 2-р байр, 55 тоот",
            ),
            4,
        )
    ),
    "job_mn173": lambda p, c: _pick(p, _MN_JOBS, 5),
    "loan_no_mn173": lambda p, c: f"{_pick(p, _MN_BANKS, 6)}-ОСЗ-{p.bhxh[-6:]}",
    "loan_mn173": lambda p, c: f"{(60 + _num(p, 120)) * 1_000_000:,}",
    "flat_mn173": lambda p, c: _pick(p, _MN_FLATS, 7),
    "co_mn173": lambda p, c: _pick(
        p, ("Б.Сарнай (эхнэр)", "Д.Ганбат (нөхөр)", "", "Ц.Туяа (эх)"), 8
    ),
    # Inner Mongolia, Naadam competitors
    "name_im173": lambda p, c: _by_sex(p, _IM_NAMES_M, _IM_NAMES_F, 1),
    "sex_im173": lambda p, c: "男" if p.male else "女",
    "nation_im173": lambda p, c: _pick(p, ("蒙古族", "蒙古族", "蒙古族", "汉族", "达斡尔族"), 2),
    "id_im173": lambda p, c: _cn_resident(p, _im_area(p)[0]),
    "addr_im173": lambda p, c: _im_area(p)[1],
    "team_im173": lambda p, c: _pick(
        p, ("锡林浩特市代表队", "苏尼特左旗代表队", "陈巴尔虎旗代表队", "科右前旗代表队"), 3
    ),
    "event_im173": lambda p, c: _by_sex(
        p, ("搏克", "搏克", "赛马", "蒙古象棋"), ("射箭", "射箭", "赛马", "蒙古象棋"), 4
    ),
    "weight_im173": lambda p, c: str(60 + _num(p, 70)),
    "phone_im173": lambda p, c: f"1{_pick(p, ('38', '39', '47', '52', '58'), 5)}{p.phone[-8:]}",
    "contact_im173": lambda p, c: _pick(
        p, ("其木格（母亲）", "巴图（父亲）", "敖其尔（教练）", "高娃（妻子）"), 6
    ),
    "contact_phone_im173": lambda p, c: f"15{p.bhxh[-9:]}",
    # Buryatia, large families queued for land
    "family_bur173": lambda p, c: _pick(p, _BUR_FAMILY, 1) + ("" if p.male else "а"),
    "given_bur173": lambda p, c: _by_sex(p, _BUR_GIVEN_M, _BUR_GIVEN_F, 2),
    "snils_bur173": lambda p, c: _snils(p),
    "pass_bur173": lambda p, c: _passport(p, "81"),
    "addr_bur173": lambda p, c: _pick(p, _BUR_PLACES, 3),
    "phone_bur173": lambda p, c: _ru_mobile(p, "(914) ", "+7 "),
    "kids_bur173": lambda p, c: str(3 + _num(p, 4) % 4),
    "queue_bur173": lambda p, c: str(_num(p, 900)),
    "cadastre_bur173": lambda p, c: (
        f"03:{_pick(p, ('24', '09', '08', '20'), 4)}:{p.bhxh[:6]}:{_num(p, 400)}"
    ),
    "plot_bur173": lambda p, c: _pick(p, _BUR_PLOTS, 5),
    # Tuva, young herders' winter camps
    "name_tu173": lambda p, c: (
        f"{_pick(p, _TU_FAMILY, 1)} {_by_sex(p, _TU_GIVEN_M, _TU_GIVEN_F, 2)}"
    ),
    "sex_tu173": lambda p, c: "эр / м" if p.male else "кыс / ж",
    "snils_tu173": lambda p, c: _snils(p),
    "pass_tu173": lambda p, c: _passport(p, "93"),
    "kozhuun_tu173": lambda p, c: _tu_place(p)[0],
    "addr_tu173": lambda p, c: _tu_place(p)[1],
    "phone_tu173": lambda p, c: _ru_mobile(p, "923-", "8-"),
    "spouse_tu173": lambda p, c: (
        f"{_pick(p, _TU_FAMILY, 3)} {_by_sex(p, _TU_GIVEN_F, _TU_GIVEN_M, 4)}"
    ),
    "stock_tu173": lambda p, c: (
        f"{_pick(p, ('10 КРС', '5 КРС', '3 лошади'), 5)} / "
        f"{_pick(p, ('50 МРС', '100 МРС', '70 МРС'), 6)}"
    ),
    "camp_tu173": lambda p, c: _pick(
        p, ("м. Ак-Даш", "м. Кара-Суг", "м. Шуурмак", "м. Бора-Тайга"), 7
    ),
    "curator_tu173": lambda p, c: _pick(p, ("Ондар А.К.", "Сат Ч.О.", "Монгуш Б.Б."), 8),
    # Kalmykia, sheep subsidy
    "name_kal173": lambda p, c: (
        f"{_pick(p, _KAL_FAMILY, 1)}{'' if p.male else 'а'} "
        f"{_by_sex(p, _KAL_GIVEN_M, _KAL_GIVEN_F, 2)}"
    ),
    "snils_kal173": lambda p, c: _snils(p),
    "inn_kal173": lambda p, c: _inn08(p),
    "pass_series_kal173": lambda p, c: _passport(p, "85")[:5],
    "pass_no_kal173": lambda p, c: p.bhxh[-6:],
    "addr_kal173": lambda p, c: _pick(p, _KAL_PLACES, 3),
    "phone_kal173": lambda p, c: _ru_mobile(p, "(961)", "8"),
    "ewes_kal173": lambda p, c: str(50 + _num(p, 600)),
    "rate_kal173": lambda p, c: "150,00",
    "sum_kal173": lambda p, c: _rub((50 + _num(p, 600)) * 150),
    "book_kal173": lambda p, c: f"№ {_num(p, 12)}, л/с {_num(p, 300)}",
}


def _pick_int(p: Person, options: tuple[int, ...]) -> int:
    return options[int(p.bhxh) % len(options)]


__all__ = ["WRITERS_BLIND173"]
