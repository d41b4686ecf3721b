"""How the people of the two-hundred-and-fifty-eighth part of the outside corpus (**blind 258**,
:mod:`lienthong.quality._corpus_blind258`) are written: four Vietnamese files' own columns
(fishing boat owners' IUU commitments, a youth union's used-battery collection, model gardens of
new-style countryside, applicants for the title of artisan) and Mongolian names, places, phones
and numbers in the forms their registers show: the регистрийн дугаар (two letters, the birth
date with the month plus 20 from 2000, a sex digit), the овог apart from the нэр, +976 phones."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind11_writers import _mn_register
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col


# -- Vietnam ------------------------------------------------------------------------------------
_VN_BOAT_PORT = ("QNg", "BĐ", "KG", "BTh", "NA", "TH")
_VN_GEAR = ("Lưới kéo", "Câu vàng", "Lưới rê", "Vây", "Chụp mực", "Lồng bẫy")
_VN_BATTERY_GIFT = ("Cây sen đá", "Cây lưỡi hổ", "Sổ tay", "Túi vải", "Cây trầu bà")
_VN_GARDEN_CROP = ("Bưởi da xanh", "Cam sành", "Rau màu + cây ăn quả", "Thanh long", "Na dai")
_VN_GARDEN_RANK = ("Đạt", "Đạt", "Chưa đạt", "Đạt (nâng cao)")
_VN_CRAFT = ("Gốm", "Mây tre đan", "Dệt thổ cẩm", "Sơn mài", "Chạm khắc gỗ", "Đúc đồng")
_VN_TITLE = ("Nghệ nhân ưu tú", "Nghệ nhân ưu tú", "Nghệ nhân nhân dân")
_VN_AWARD = ("Giải A Festival nghề 2022", "HCV Hội chợ làng nghề", "Bằng khen UBND tỉnh", "")

# -- Mongolia -----------------------------------------------------------------------------------
_MN_FATHER = ("Батсүх", "Ганбат", "Должинсүрэн", "Лхагвасүрэн", "Очирбат", "Пүрэвдорж", "Цэнд")
_MN_GIVEN_M = ("Баттулга", "Энхбаатар", "Мөнх-Эрдэнэ", "Тэмүүжин", "Ариунболд", "Ганхуяг")
_MN_GIVEN_F = ("Болормаа", "Солонго", "Мөнхзул", "Уранчимэг", "Оюун-Эрдэнэ", "Ундрах")
_MN_GER = (
    ("Сонгинохайрхан", "32-р хороо", "Толгойт", "Баянголын ам"),
    ("Баянзүрх", "21-р хороо", "Шархад", "Ар-Шархадын ам"),
    ("Чингэлтэй", "17-р хороо", "Хайлааст", "Бэлхийн ам"),
    ("Сүхбаатар", "12-р хороо", "Дамбадаржаа", "Шадивлан"),
    ("Хан-Уул", "7-р хороо", "Яармаг", "Зайсангийн гудамж"),
)
_MN_AIMAG = (
    ("Говь-Алтай", "Тайшир", "Гүүний хоолой"),
    ("Завхан", "Тэлмэн", "Айраг"),
    ("Увс", "Өндөрхангай", "Зүүнговь"),
    ("Баянхонгор", "Өлзийт", "Бүрд"),
    ("Дундговь", "Гурвансайхан", "Баянзүрх"),
)
_KZ_GIVEN_M = ("Бекболат", "Асқар", "Ербол", "Нұрлан", "Қайрат", "Серік")
_KZ_GIVEN_F = ("Айгүл", "Гүлнар", "Жанар", "Сәуле", "Мақпал", "Ботагөз")
_KZ_FATHER = ("Сауылбек", "Дәлелхан", "Мұхамед", "Ақылбек", "Қабыкен", "Хуанай")
_KZ_SUM = ("Сагсай", "Толбо", "Улаанхус", "Алтанцөгц", "Бугат", "Дэлүүн")
_MN_SUBJECT = ("Математик", "Монгол хэл", "Англи хэл", "Физик", "Бага анги", "Биеийн тамир")
_MN_DEGREE = ("Заах аргач", "Тэргүүлэх", "Зөвлөх", "—")
_MN_WARD = ("Дотрын", "Мэс засал", "Мэдрэл", "Эмэгтэйчүүд", "Хүүхэд", "Гэмтэл")
_MN_ICD = ("I10", "K35.8", "J18.9", "S72.0", "O80", "I63.9", "K80.2")


def _mn_phone(p: Person, salt: int = 0) -> str:
    lead = _pick(p, ("99", "88", "95", "94", "80", "89"), salt)
    return f"{lead}{p.phone[-6:]}"


def _mn_family(p: Person, salt: int) -> str:
    """Another Mongolian's name, written as forms do: the initial of the овог and the нэр."""
    return f"{_pick(p, _MN_FATHER, salt)[0]}.{_pick(p, _MN_GIVEN_F + _MN_GIVEN_M, salt + 1)}"


def _aimag(p: Person) -> tuple[str, str, str]:
    return _MN_AIMAG[int(p.bhxh) // 5 % len(_MN_AIMAG)]


def _ger_addr(p: Person) -> str:
    district, khoroo, area, street = _MN_GER[int(p.bhxh) // 4 % len(_MN_GER)]
    return f"{district} дүүрэг, {khoroo}, {area}, {street}, {_num(p, 240)} тоот хашаа"


def _after(p: Person, days: int) -> date:
    return p.other_date + timedelta(days=days + _num(p, 9))


WRITERS_BLIND258: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: IUU commitments of fishing boat owners
    "boat258": lambda p, c: f"{_pick(p, _VN_BOAT_PORT, 2)}-9{p.bhxh[-4:]}-TS",
    "boat_len258": lambda p, c: f"{12 + _num(p, 14)},{_num(p, 9)}",
    "gear258": lambda p, c: _pick(p, _VN_GEAR, 3),
    "vms258": lambda p, c: f"VMS-{p.bhxh[2:9]}",
    "captain258": lambda p, c: _other_vn(p, 4, male=True),
    "captain_phone258": lambda p, c: _other_phone(p, "03"),
    # Vietnam: used batteries for trees
    "battery_kg258": lambda p, c: f"{_num(p, 12)},{_num(p, 9)}",
    "battery_gift258": lambda p, c: _pick(p, _VN_BATTERY_GIFT, 5),
    "collect_point258": lambda p, c: _pick(p, ("Nhà văn hóa KP3", "Trường THCS", "UBND phường"), 6),
    # Vietnam: model gardens
    "garden_m2258": lambda p, c: f"{400 + _num(p, 90) * 25}",
    "garden_crop258": lambda p, c: _pick(p, _VN_GARDEN_CROP, 7),
    "garden_score258": lambda p, c: f"{70 + _num(p, 28)}",
    "garden_rank258": lambda p, c: _pick(p, _VN_GARDEN_RANK, 8),
    "garden_qd258": lambda p, c: f"{_num(p, 300)}/QĐ-UBND",
    # Vietnam: artisans
    "craft258": lambda p, c: _pick(p, _VN_CRAFT, 9),
    "title258": lambda p, c: _pick(p, _VN_TITLE, 10),
    "years_craft258": lambda p, c: f"{15 + _num(p, 40)}",
    "award258": lambda p, c: _pick(p, _VN_AWARD, 11),
    "pupils258": lambda p, c: f"{_num(p, 60)}",
    "village258": lambda p, c: _pick(
        p,
        (
            "Làng gốm Bát Tràng",
            "Làng mây tre Phú Vinh",
            "Làng đúc đồng Đại Bái",
            "Làng dệt Mỹ Nghiệp",
        ),
        12,
    ),
    # Mongolia: common
    "reg258": lambda p, c: _mn_register(p),
    "reg_low258": lambda p, c: _mn_register(p).lower(),
    "father258": lambda p, c: _pick(p, _MN_FATHER, 2),
    "given258": lambda p, c: _by_sex(p, _MN_GIVEN_M, _MN_GIVEN_F, 3),
    "sex_mn258": lambda p, c: "Эрэгтэй" if p.male else "Эмэгтэй",
    "sex_short258": lambda p, c: "эр" if p.male else "эм",
    "phone_mn258": lambda p, c: f"+976 {_mn_phone(p)[:4]}-{_mn_phone(p)[4:]}",
    "phone_plain258": lambda p, c: _mn_phone(p, 1),
    "phone_976258": lambda p, c: f"976-{_mn_phone(p, 2)}",
    # Ulaanbaatar ger district redevelopment
    "ger_addr258": lambda p, c: _ger_addr(p),
    "land_cert258": lambda p, c: f"{p.bhxh[:9]}",
    "parcel258": lambda p, c: f"18{p.bhxh[-8:]}",
    "area_m2258": lambda p, c: f"{350 + _num(p, 350)}",
    "choice258": lambda p, c: _pick(
        p, ("Орон сууц", "Мөнгөн нөхөх олговор", "Орон сууц", "Газар солих"), 4
    ),
    "members258": lambda p, c: f"{1 + _num(p, 7)}",
    # herders, livestock index insurance
    "aimag258": lambda p, c: _aimag(p)[0],
    "sum258": lambda p, c: _aimag(p)[1],
    "bag258": lambda p, c: _aimag(p)[2],
    "sheep258": lambda p, c: f"{50 + _num(p, 600)}",
    "goat258": lambda p, c: f"{30 + _num(p, 500)}",
    "horse258": lambda p, c: f"{_num(p, 60)}",
    "premium258": lambda p, c: f"{(20 + _num(p, 180)) * 1000:,}",
    "policy258": lambda p, c: f"МИД-{p.other_date:%y}-{p.bhxh[-6:]}",
    "agent258": lambda p, c: _mn_family(p, 6),
    # Bayan-Ölgii eagle festival
    "kz_full258": lambda p, c: (
        f"{_pick(p, _KZ_FATHER, 2)} {_by_sex(p, _KZ_GIVEN_M, _KZ_GIVEN_F, 3)}"
    ),
    "kz_sum258": lambda p, c: _pick(p, _KZ_SUM, 4),
    "eagle_age258": lambda p, c: f"{2 + _num(p, 12)}",
    "eagle_name258": lambda p, c: _pick(p, ("Ақтұяқ", "Қарашолақ", "Жетісу", "Бүркітбай"), 5),
    "event258": lambda p, c: _pick(p, ("Шақыру", "Түлкі алу", "Аударыспақ", "Көкпар"), 6),
    "kz_addr258": lambda p, c: f"Баян-Өлгий аймаг, {_pick(p, _KZ_SUM, 4)} сум, {_num(p, 6)}-р баг",
    # Darkhan school staff
    "subject258": lambda p, c: _pick(p, _MN_SUBJECT, 7),
    "degree258": lambda p, c: _pick(p, _MN_DEGREE, 8),
    "ndd258": lambda p, c: f"НДД {p.bhxh[1:8]}",
    "diploma258": lambda p, c: f"Д{p.bhxh[-7:]}",
    "darkhan_addr258": lambda p, c: (
        f"Дархан-Уул аймаг, Дархан сум, {_num(p, 17)}-р баг, {_num(p, 30)}-р байр, "
        f"{_num(p, 80)} тоот"
    ),
    # Erdenet hospital
    "history258": lambda p, c: f"{p.other_date:%Y}/{p.bhxh[-5:]}",
    "ward258": lambda p, c: _pick(p, _MN_WARD, 9),
    "icd258": lambda p, c: _pick(p, _MN_ICD, 10),
    "out258": lambda p, c: _after(p, 3),
    "doctor258": lambda p, c: f"Эмч {_mn_family(p, 11)}",
    "keeper258": lambda p, c: _mn_family(p, 12),
    "keeper_phone258": lambda p, c: f"{_pick(p, ('99', '88', '95'), 13)}{p.bhxh[-6:]}",
    "erdenet_addr258": lambda p, c: (
        f"Орхон аймаг, Баян-Өндөр сум, {_pick(p, ('Шанд', 'Уурхайчин', 'Рашаант', 'Наран'), 14)}"
        f" баг, {_num(p, 60)}-р байр, {_num(p, 90)} тоот"
    ),
    "next_visit258": lambda p, c: _safe_day(p.other_date.year + 1, p.other_date.month, 15),
}
