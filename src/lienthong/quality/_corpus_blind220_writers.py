"""How the people of the two-hundred-and-twentieth part of the outside corpus (**blind 220**,
:mod:`lienthong.quality._corpus_blind220`) are written: four Vietnamese files' own columns (a
swiftlet house, a wildlife farm, an exchange of worn banknotes, a citizen's reception) and
Algerian, Libyan, southern Moroccan, southern Tunisian and North Sinai names, places, phones and
identity numbers (the 18-digit NIN, the Libyan national number, the CNIE, the CIN, the Egyptian
14-digit national number holding the birth date)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind13_writers import _eg_nid
from lienthong.quality._corpus_blind20_writers import _nin_dz
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind81_writers import _ly_nid
from lienthong.quality._corpus_blind113_writers import _phone_dz, _phone_ly, _phone_ma, _phone_tn
from lienthong.quality._corpus_blind141_writers import _ma_cnie

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

# -- Vietnam ----------------------------------------------------------------------------------
_VN_NEST_KINDS = ("Nhà yến xây mới", "Cải tạo tầng 3 nhà ở", "Nhà yến độc lập", "Tầng áp mái")
_VN_ANIMALS = ("Nhím", "Dúi mốc", "Rắn ráo trâu", "Cầy vòi hương", "Ba ba gai", "Chim trĩ đỏ")
_VN_NOTES_BILL = ("Rách đôi, dán băng keo", "Cháy xém góc", "Mối xông", "Ố màu, mục", "Thủng lỗ")
_VN_DENOMS = ("500.000", "200.000", "100.000", "50.000", "20.000")
_VN_TOPICS = (
    "Khiếu nại bồi thường GPMB",
    "Tranh chấp ranh giới đất",
    "Kiến nghị cấp GCN QSDĐ",
    "Tố cáo xây dựng trái phép",
    "Đề nghị hưởng chế độ BTXH",
)
_VN_HANDLING = ("Chuyển đơn", "Hướng dẫn", "Thụ lý giải quyết", "Trả lời trực tiếp", "Lưu đơn")
_VN_RECEIVERS = ("CB TCD Lê Thị Hằng", "PCT UBND Trần Văn Toàn", "CB TCD Vũ Minh Đức")

# -- Algeria, Libya, Morocco, Tunisia, Sinai --------------------------------------------------
_DZ_FAM = ("Bensalem", "Boukhari", "Tahri", "Belhadj", "Kaddouri", "Mebarki")
_DZ_MEN = ("Abdelkader", "Mohamed", "Lakhdar", "Brahim", "Moulay", "Toufik")
_DZ_WOMEN = ("Fatiha", "Kheira", "Messaouda", "Zineb", "Aicha", "Nadjet")
_DZ_PLACES = (
    ("Ksar Ouled Aroussa", "Timimoun", "Timimoun"),
    ("Hai El Moudjahidine", "Adrar", "Adrar"),
    ("Ksar Tamentit", "Fenoughil", "Adrar"),
    ("Cité 300 Logts", "In Salah", "In Salah"),
)
_DZ_CROPS = ("Palmier dattier", "Blé dur (pivot)", "Maraîchage", "Luzerne", "Tomate sous serre")
_LY_FAM = ("الزوي", "المقرحي", "الحسناوي", "القذافي", "التباوي", "الورفلي")
_LY_MEN = ("محمد", "عبدالسلام", "مفتاح", "علي", "خليفة", "ميلاد")
_LY_WOMEN = ("فاطمة", "عائشة", "سالمة", "مبروكة", "حليمة", "نجاة")
_LY_PLACES = ("سبها - حي القرضة", "سبها - المهدية", "أوباري - حي الثانوية", "مرزق - حي الشرقية")
_LY_COUNTRIES = ("تونس", "مصر", "تركيا", "الأردن", "تونس")
_LY_DISEASES = ("أورام", "جراحة قلب", "زراعة كلى", "عظام", "أعصاب")
_MA_FAM = ("Ait Baha", "Oubella", "Boutkhil", "Amzil", "Ouhammou", "El Ghazi")
_MA_MEN = ("Lahcen", "Brahim", "Mbarek", "Hassan", "Abdellah", "Omar")
_MA_WOMEN = ("Fadma", "Itto", "Khadija", "Aicha", "Tuda", "Zahra")
_MA_PLACES = (
    ("Douar Agadir Tissint", "Tissint", "Tata"),
    ("Hay Al Massira", "Akka", "Tata"),
    ("Douar Imi n'Tatelt", "Foum Zguid", "Tata"),
    ("Hay Lalla Meryem", "Guelmim", "Guelmim"),
)
_MA_HERD = ("Caprins", "Ovins", "Camelins", "Ovins/Caprins")
_TN_FAM = ("Ben Ammar", "Jlidi", "Chniter", "Souissi", "Laabidi", "Mahfoudh")
_TN_MEN = ("Anouar", "Khaled", "Taoufik", "Mondher", "Ridha", "Naceur")
_TN_WOMEN = ("Rym", "Samia", "Najet", "Houda", "Imen", "Wided")
_TN_PLACES = (
    ("Cité Ennour", "Tataouine Nord", "Tataouine"),
    ("Rue de Remada", "Ghomrassen", "Tataouine"),
    ("Cité El Amal", "Ben Guerdane", "Médenine"),
    ("Houmt Souk", "Djerba", "Médenine"),
)
_TN_DIPLOMAS = ("Licence appliquée", "Mastère", "BTS", "Bac + 2", "Licence fondamentale")
_EG_FAM = ("السواركة", "الترابين", "الرميلات", "المساعيد", "البياضية", "الأحيوات")
_EG_MEN = ("سليمان", "عيد", "سالم", "عودة", "سلامة", "حمدان")
_EG_WOMEN = ("سليمة", "عيدة", "مريم", "هدى", "فاطمة", "نوال")
_EG_PLACES = ("العريش - حي المساعيد", "بئر العبد - رمانة", "العريش - الريسة", "بئر العبد - التلول")
_EG_GEAR = ("دبة", "غزل", "بوص", "جر")


def _nm(p: Person, fam: _T, men: _T, women: _T, salt: int = 3) -> tuple[str, str]:
    return _pick(p, fam, salt), _by_sex(p, men, women, salt + 1)


def _pl(p: Person, table: tuple[_T, ...], salt: int = 5) -> _T:
    return table[_num(p, 97 + salt) % len(table)]


def _sinai_phone(p: Person) -> str:
    return f"01{_pick(p, ('0', '1', '2', '5'), 4)}{p.phone[-8:]}"


WRITERS_BLIND220: dict[str, Callable[[Person, Col], object]] = {
    "nest_kind220": lambda p, c: _pick(p, _VN_NEST_KINDS, 4),
    "nest_area220": lambda p, c: f"{60 + _num(p, 300)} m2",
    "nest_floors220": lambda p, c: 1 + _num(p, 4),
    "nest_dist220": lambda p, c: f"{200 + _num(p, 900)} m",
    "animal220": lambda p, c: _pick(p, _VN_ANIMALS, 5),
    "heads220": lambda p, c: f"{2 + _num(p, 60)} con",
    "farm_code220": lambda p, c: f"ĐVHD-{p.bhxh[-4:]}/{p.other_date:%Y}",
    "origin220": lambda p, c: _pick(p, ("Mua của cơ sở nuôi", "Sinh sản tại trại", "Nhập"), 6),
    "bill_denom220": lambda p, c: _pick(p, _VN_DENOMS, 5),
    "bill_count220": lambda p, c: 1 + _num(p, 12),
    "bill_state220": lambda p, c: _pick(p, _VN_NOTES_BILL, 6),
    "bill_serial220": lambda p, c: f"{_pick(p, ('QT', 'AB', 'ZK', 'PL'), 7)} {p.bhxh[-8:]}",
    "teller220": lambda p, c: _pick(p, ("GDV Ngô Thu Trang", "GDV Phạm Quốc Bảo"), 8),
    "topic220": lambda p, c: _pick(p, _VN_TOPICS, 4),
    "handling220": lambda p, c: _pick(p, _VN_HANDLING, 5),
    "receiver220": lambda p, c: _pick(p, _VN_RECEIVERS, 6),
    "companion220": lambda p, c: _other_vn(p, 3, male=not p.male),
    "contact_phone220": lambda p, c: _other_phone(p),
    "dz_fam220": lambda p, c: _nm(p, _DZ_FAM, _DZ_MEN, _DZ_WOMEN)[0],
    "dz_given220": lambda p, c: _nm(p, _DZ_FAM, _DZ_MEN, _DZ_WOMEN)[1],
    "dz_father220": lambda p, c: _pick(p, _DZ_MEN, 9),
    "dz_nin220": lambda p, c: _nin_dz(p),
    "dz_sex220": lambda p, c: "ذكر / M" if p.male else "أنثى / F",
    "dz_addr220": lambda p, c: ", ".join(_pl(p, _DZ_PLACES)),
    "dz_commune220": lambda p, c: _pl(p, _DZ_PLACES)[1],
    "dz_phone220": lambda p, c: _phone_dz(p),
    "dz_card220": lambda p, c: f"CA/01/{p.bhxh[-5:]}",
    "dz_crop220": lambda p, c: _pick(p, _DZ_CROPS, 6),
    "dz_ha220": lambda p, c: f"{_num(p, 30)},{_num(p, 99):02d}",
    "ly_name220": lambda p, c: " ".join(
        (_nm(p, _LY_FAM, _LY_MEN, _LY_WOMEN)[1], _pick(p, _LY_MEN, 8), _pick(p, _LY_FAM, 3))
    ),
    "ly_nid220": lambda p, c: _ly_nid(p),
    "ly_sex220": lambda p, c: "ذكر" if p.male else "أنثى",
    "ly_place220": lambda p, c: _pick(p, _LY_PLACES, 6),
    "ly_phone220": lambda p, c: _phone_ly(p),
    "ly_file220": lambda p, c: f"ع خ/{p.other_date:%Y}/{p.bhxh[-5:]}",
    "ly_disease220": lambda p, c: _pick(p, _LY_DISEASES, 5),
    "ly_country220": lambda p, c: _pick(p, _LY_COUNTRIES, 7),
    "ly_escort220": lambda p, c: f"{_pick(p, _LY_MEN, 2)} {_pick(p, _LY_FAM, 3)}",
    "ly_cost220": lambda p, c: f"{5 + _num(p, 80)}.000 د.ل",
    "ma_fam220": lambda p, c: _nm(p, _MA_FAM, _MA_MEN, _MA_WOMEN)[0],
    "ma_given220": lambda p, c: _nm(p, _MA_FAM, _MA_MEN, _MA_WOMEN)[1],
    "ma_cnie220": lambda p, c: _ma_cnie(p),
    "ma_sex220": lambda p, c: "ذ" if p.male else "أ",
    "ma_addr220": lambda p, c: ", ".join(_pl(p, _MA_PLACES)),
    "ma_phone220": lambda p, c: _phone_ma(p),
    "ma_herd220": lambda p, c: _pick(p, _MA_HERD, 4),
    "ma_heads220": lambda p, c: 10 + _num(p, 150),
    "ma_barley220": lambda p, c: f"{(1 + _num(p, 20)) * 100} kg",
    "tn_fam220": lambda p, c: _nm(p, _TN_FAM, _TN_MEN, _TN_WOMEN)[0],
    "tn_given220": lambda p, c: _nm(p, _TN_FAM, _TN_MEN, _TN_WOMEN)[1],
    "tn_cin220": lambda p, c: f"{_pick(p, ('0', '1'), 3)}{p.bhxh[-7:]}",
    "tn_sex220": lambda p, c: "ذكر" if p.male else "أنثى",
    "tn_addr220": lambda p, c: ", ".join(_pl(p, _TN_PLACES)),
    "tn_deleg220": lambda p, c: _pl(p, _TN_PLACES)[1],
    "tn_phone220": lambda p, c: _phone_tn(p),
    "tn_diploma220": lambda p, c: _pick(p, _TN_DIPLOMAS, 6),
    "tn_score220": lambda p, c: f"{40 + _num(p, 60)},{_num(p, 9)}",
    "eg_name220": lambda p, c: " ".join(
        (_nm(p, _EG_FAM, _EG_MEN, _EG_WOMEN)[1], _pick(p, _EG_MEN, 8), _pick(p, _EG_FAM, 3))
    ),
    "eg_nid220": lambda p, c: _eg_nid(p),
    "eg_place220": lambda p, c: _pick(p, _EG_PLACES, 6),
    "eg_phone220": lambda p, c: _sinai_phone(p),
    "eg_boat220": lambda p, c: f"ع ش/{_num(p, 900) + 100}",
    "eg_gear220": lambda p, c: _pick(p, _EG_GEAR, 5),
    "eg_licence220": lambda p, c: f"{p.other_date:%Y}/{p.bhxh[-4:]}",
    "eg_owner220": lambda p, c: f"{_pick(p, _EG_MEN, 9)} {_pick(p, _EG_FAM, 2)}",
}
