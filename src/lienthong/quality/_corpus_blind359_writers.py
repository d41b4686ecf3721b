"""How the people of the three hundred and fifty-ninth part of the outside corpus (**blind 359**,
:mod:`lienthong.quality._corpus_blind359`) are written: five Vietnamese files' own columns (a
severely disabled person's carer and allowance, an injured worker's employer and assessment, a
factory worker's shuttle route, a rabies exposure's animal and escort, a newcomer's head of
household and former home) and German, French, Spanish and Japanese names, addresses, phones and
identity numbers in the forms their offices write them (the DNI's or NIE's letter, the My Number's
check digit, a birth date in the Japanese era calendar)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _my_number
from lienthong.quality._corpus_blind42_writers import _dni, _nie, _shift_date
from lienthong.quality._corpus_blind112_writers import _jp_name, _jp_place, _wareki
from lienthong.quality._corpus_blind139_writers import (
    _DE_FAMILY,
    _DE_GIVEN_F,
    _DE_GIVEN_M,
    _DE_PLACES,
    _ES_FAMILY,
    _ES_GIVEN_F,
    _ES_GIVEN_M,
    _FR_FAMILY,
    _FR_GIVEN_F,
    _FR_GIVEN_M,
    _FR_PLACES,
    _es_place,
    _nif_other,
    _place,
)
from lienthong.quality._corpus_blind212_writers import _jp_phone
from lienthong.quality._corpus_blind328_writers import _JP_KANA_F, _JP_KANA_M, _JP_KANA_W

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_DISABILITY = ("Vận động", "Thần kinh, tâm thần", "Trí tuệ", "Nhìn", "Khuyết tật khác")
_VN_RELATION = ("Mẹ", "Vợ", "Con", "Chồng", "Anh ruột", "Em gái", "Cháu")
_VN_HAMLETS = ("Thôn 1", "Tổ 5", "Thôn Đông", "Khu phố 3", "Ấp Tân Hòa", "Tổ dân phố 12")
_VN_EMPLOYERS = (
    ("Công ty TNHH Giày Da Phú Thịnh", "Lô C3, KCN Tân Tạo, TP. Hồ Chí Minh"),
    ("Công ty CP Xây dựng số 5", "12 Lê Duẩn, Phường Sài Gòn, TP. Hồ Chí Minh"),
    ("Công ty TNHH Gỗ Minh Phát", "KCN Nam Tân Uyên, Tỉnh Bình Dương"),
    ("Xí nghiệp May Hòa Bình", "88 Quốc lộ 1A, Xã Bình Chánh, TP. Hồ Chí Minh"),
)
_VN_ACCIDENT_PLACES = ("Xưởng cắt", "Công trường tầng 7", "Kho thành phẩm", "Trên đường đi làm")
_VN_ROUTES = ("T01 - Hóc Môn", "T02 - Củ Chi", "T05 - Bình Chánh", "T07 - Long An", "T09 - Q.12")
_VN_PICKUP = ("Chợ Hóc Môn", "Ngã tư An Sương", "Cây xăng Tân Quy", "Cổng UBND xã", "Bến xe Củ Chi")
_VN_LINES = ("Chuyền 3 - May", "Tổ Cắt", "Tổ Đóng gói", "Chuyền 7 - May", "Kho")
_VN_ANIMALS = ("Chó", "Mèo", "Chó", "Chuột", "Chó", "Khỉ")
_VN_WOUNDS = ("Cẳng chân (P)", "Bàn tay (T)", "Đùi", "Mặt", "Ngón tay", "Cổ chân")
_VN_OLD_HOMES = (
    "Xã Nghĩa Hành, Tỉnh Quảng Ngãi",
    "Phường Hạc Thành, Tỉnh Thanh Hóa",
    "Xã Phù Mỹ, Tỉnh Gia Lai",
    "Xã Quỳnh Lưu, Tỉnh Nghệ An",
    "Phường Trà Vinh, Tỉnh Vĩnh Long",
)
_VN_HOUSEHOLD_REL = ("Con", "Vợ", "Cháu", "Em", "Con dâu", "Chồng")
_DE_TASKS = (
    "Gesundheitssorge, Aufenthaltsbestimmung",
    "Vermögenssorge, Behördenangelegenheiten",
    "alle Angelegenheiten",
    "Vermögenssorge, Wohnungsangelegenheiten",
)
_DE_CARERS = ("Betreuungsverein Caritas e.V.", "RA Dr. Kaiser", "Frau Lehmann (Tochter)")
_FR_EMPLOYERS = ("Carrefour Market", "Mairie de Bondy", "AP-HP Avicenne", "Intérim Adecco")
_FR_COMPOSITION = (
    "Personne seule",
    "Couple sans enfant",
    "Famille monoparentale (2)",
    "Couple (3)",
)
_ES_GRADES = ("Grado I", "Grado II", "Grado III", "Grado II", "Sin grado")
_ES_KIN = ("Hija", "Hijo", "Cónyuge", "Sobrina", "Nuera")
_JP_CARE = ("要支援1", "要支援2", "要介護1", "要介護2", "要介護3", "要介護4", "要介護5")
_JP_AGENT = ("長男", "長女", "妻", "居宅介護支援事業所", "地域包括支援センター")
_JP_CLINICS = ("さくら内科クリニック", "市立総合病院", "青葉整形外科", "たなか医院")


def _ward(p: Person) -> str:
    return p.address.split(", ")[1]


def _city(p: Person) -> str:
    return p.address.split(", ")[-1]


def _de(p: Person) -> tuple[str, ...]:
    return _place(p, _DE_PLACES)


WRITERS_BLIND359: dict[str, Callable[[Person, Col], object]] = {
    "ward359": lambda p, c: _ward(p),
    "city359": lambda p, c: _city(p),
    "hamlet359": lambda p, c: _pick(p, _VN_HAMLETS, 2),
    "disability359": lambda p, c: _pick(p, _VN_DISABILITY, 3),
    "severity359": lambda p, c: "Đặc biệt nặng",
    "carer359": lambda p, c: _other_vn(p, 4, family=p.family),
    "carer_rel359": lambda p, c: _pick(p, _VN_RELATION, 5),
    "carer_id359": lambda p, c: f"0{p.bhxh[::-1]}{p.bhxh[2]}",
    "carer_phone359": lambda p, c: _other_phone(p),
    "factor359": lambda p, c: _pick(p, ("2,0", "2,5", "1,5", "2,0"), 6),
    "allowance359": lambda p, c: _pick(p, ("1.000.000", "1.250.000", "750.000"), 6),
    "employer359": lambda p, c: _place(p, _VN_EMPLOYERS)[0],
    "employer_addr359": lambda p, c: _place(p, _VN_EMPLOYERS)[1],
    "acc_place359": lambda p, c: _pick(p, _VN_ACCIDENT_PLACES, 4),
    "rate359": lambda p, c: f"{_num(p, 60) + 5}%",
    "gd_no359": lambda p, c: f"{p.bhxh[-4:]}/GĐYK-TNLĐ",
    "staff359": lambda p, c: f"NV{p.bhxh[-6:]}",
    "route359": lambda p, c: _pick(p, _VN_ROUTES, 2),
    "pickup359": lambda p, c: _pick(p, _VN_PICKUP, 3),
    "pickup_time359": lambda p, c: _pick(p, ("5:45", "6:00", "6:10", "13:40", "21:30"), 4),
    "driver359": lambda p, c: _other_vn(p, 6, male=True),
    "driver_phone359": lambda p, c: _other_phone(p, "03"),
    "line359": lambda p, c: _pick(p, _VN_LINES, 5),
    "shift359": lambda p, c: _pick(p, ("Ca 1", "Ca 2", "Hành chính", "Ca 3"), 6),
    "animal359": lambda p, c: _pick(p, _VN_ANIMALS, 2),
    "owner359": lambda p, c: _other_vn(p, 7),
    "wound359": lambda p, c: _pick(p, _VN_WOUNDS, 3),
    "grade359": lambda p, c: _pick(p, ("Độ II", "Độ III", "Độ II", "Độ I"), 4),
    "escort359": lambda p, c: _other_vn(p, 8),
    "escort_phone359": lambda p, c: _other_phone(p, "08"),
    "vaccine359": lambda p, c: _pick(p, ("Verorab", "Abhayrab", "Verorab + HTKD", "Speeda"), 5),
    "old_home359": lambda p, c: _pick(p, _VN_OLD_HOMES, 2),
    "head359": lambda p, c: _other_vn(p, 9, male=True),
    "head_id359": lambda p, c: f"079{p.bhxh[1:]}",
    "head_rel359": lambda p, c: _pick(p, _VN_HOUSEHOLD_REL, 3),
    "dossier359": lambda p, c: f"G01.{p.bhxh[-7:-4]}.{p.bhxh[-4:]}.25",
    # -- Germany: a Betreuungsgericht's list ------------------------------------------------
    "de_family359": lambda p, c: _pick(p, _DE_FAMILY, 2),
    "de_given359": lambda p, c: _by_sex(p, _DE_GIVEN_M, _DE_GIVEN_F, 1),
    "sex_de359": lambda p, c: "männlich" if p.male else "weiblich",
    "street_de359": lambda p, c: _de(p)[0],
    "plz_de359": lambda p, c: _de(p)[1],
    "ort_de359": lambda p, c: _de(p)[2],
    "phone_de359": lambda p, c: f"0{p.phone[2:5]} / {p.phone[5:]}",
    "carer_de359": lambda p, c: _pick(p, _DE_CARERS, 3),
    "carer_tel_de359": lambda p, c: f"0341 {p.bhxh[-7:]}",
    "tasks_de359": lambda p, c: _pick(p, _DE_TASKS, 4),
    "az_de359": lambda p, c: f"{_num(p, 9) + 1} XVII {p.bhxh[-4:]}/{p.other_date:%y}",
    "review_de359": lambda p, c: f"{_shift_date(p.other_date, 7):%d.%m.%Y}",
    # -- France: a social housing application (SNE) -----------------------------------------
    "fr_family359": lambda p, c: _pick(p, _FR_FAMILY, 2).upper(),
    "fr_given359": lambda p, c: _by_sex(p, _FR_GIVEN_M, _FR_GIVEN_F, 1),
    "sex_fr359": lambda p, c: "M" if p.male else "F",
    "street_fr359": lambda p, c: _place(p, _FR_PLACES)[0],
    "cp_fr359": lambda p, c: _place(p, _FR_PLACES)[1],
    "commune_fr359": lambda p, c: _place(p, _FR_PLACES)[2],
    "phone_fr359": lambda p, c: "07 " + " ".join(p.phone[-8:][i : i + 2] for i in range(0, 8, 2)),
    "co_fr359": lambda p, c: (
        f"{_pick(p, _FR_FAMILY, 6).upper()} {_by_sex(p, _FR_GIVEN_F, _FR_GIVEN_M, 7)}"
    ),
    "co_birth_fr359": lambda p, c: f"{_shift_date(p.birth, 2):%d/%m/%Y}",
    "employer_fr359": lambda p, c: _pick(p, _FR_EMPLOYERS, 3),
    "nud_fr359": lambda p, c: f"093{p.bhxh[:2]}25{p.bhxh[2:8]}",
    "caf_fr359": lambda p, c: p.bhxh[-7:],
    "rfr_fr359": lambda p, c: f"{_num(p, 30000) + 6000}",
    "menage_fr359": lambda p, c: _pick(p, _FR_COMPOSITION, 4),
    # -- Spain: a dependency assessment request ---------------------------------------------
    "dni_es359": lambda p, c: _dni(p) if int(p.bhxh[-1]) < 8 else _nie(p),
    "es_first359": lambda p, c: _pick(p, _ES_FAMILY, 2),
    "es_second359": lambda p, c: _pick(p, _ES_FAMILY, 5),
    "es_given359": lambda p, c: _by_sex(p, _ES_GIVEN_M, _ES_GIVEN_F, 1),
    "sex_es359": lambda p, c: "Hombre" if p.male else "Mujer",
    "via_es359": lambda p, c: _es_place(p)[0],
    "cp_es359": lambda p, c: _es_place(p)[1],
    "mun_es359": lambda p, c: _es_place(p)[2],
    "prov_es359": lambda p, c: _es_place(p)[3],
    "phone_es359": lambda p, c: f"6{p.phone[-8:-6]} {p.phone[-6:-3]} {p.phone[-3:]}",
    "carer_es359": lambda p, c: (
        f"{_by_sex(p, _ES_GIVEN_F, _ES_GIVEN_M, 6)} {_pick(p, _ES_FAMILY, 2)} "
        f"{_pick(p, _ES_FAMILY, 7)}"
    ),
    "carer_dni_es359": lambda p, c: _nif_other(p),
    "kin_es359": lambda p, c: _pick(p, _ES_KIN, 3),
    "carer_tel_es359": lambda p, c: f"9{p.bhxh[-8:-6]} {p.bhxh[-6:-3]} {p.bhxh[-3:]}",
    "grade_es359": lambda p, c: _pick(p, _ES_GRADES, 4),
    "exp_es359": lambda p, c: f"SAAD-{p.other_date:%Y}-{p.bhxh[-6:]}",
    # -- Japan: a long-term care certification list -----------------------------------------
    "mynum_jp359": lambda p, c: _my_number(p),
    "hihoken_jp359": lambda p, c: f"0{p.bhxh[-9:]}",
    "name_jp359": lambda p, c: _jp_name(p),
    "kana_jp359": lambda p, c: f"{_pick(p, _JP_KANA_F, 1)} {_by_sex(p, _JP_KANA_M, _JP_KANA_W, 2)}",
    "birth_jp359": lambda p, c: _wareki(p.birth),
    "sex_jp359": lambda p, c: "男" if p.male else "女",
    "zip_jp359": lambda p, c: _jp_place(p)[0],
    "addr_jp359": lambda p, c: f"{_jp_place(p)[1]}{_jp_place(p)[2]}",
    "phone_jp359": lambda p, c: _jp_phone(p),
    "agent_jp359": lambda p, c: _pick(p, _JP_AGENT, 3),
    "agent_name_jp359": lambda p, c: (
        f"{_pick(p, ('佐藤', '鈴木', '高橋'), 4)}\u3000{_pick(p, ('一郎', '花子', '誠'), 5)}"
    ),
    "agent_tel_jp359": lambda p, c: f"0{p.bhxh[1:3]}-{p.bhxh[3:7]}-{p.bhxh[7:]}",
    "clinic_jp359": lambda p, c: _pick(p, _JP_CLINICS, 6),
    "doctor_jp359": lambda p, c: f"{_pick(p, ('田中', '山本', '中村', '小林'), 7)}医師",
    "care_jp359": lambda p, c: _pick(p, _JP_CARE, 8),
    "valid_jp359": lambda p, c: _wareki(p.other_date),
}
