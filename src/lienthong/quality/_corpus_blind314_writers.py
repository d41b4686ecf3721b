"""How the people of the three-hundred-and-fourteenth part of the outside corpus (**blind 314**,
:mod:`lienthong.quality._corpus_blind314`) are written: four Vietnamese migration files' own
columns (a hotel's foreign guests, people of Vietnamese origin back from Cambodia without papers,
foreign spouses asking for a residence card, citizens handed back by China at Lang Son) and the
names, numbers, places and phones of asylum seekers in Hesse, Syrians under temporary protection
in Gaziantep, Venezuelans given the PPT in Cucuta, refugees in a West Nile settlement and asylum
seekers registered on Samos, in the forms those registers show (the Turkish foreigner number is
``99`` and nine digits with the T.C. check digits; the Venezuelan cedula is ``V-`` and dotted
thousands)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_people import _written

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: a hotel's foreign guests declared to the immigration office --------------------------
# (nation, passport letters, family names, given names male, given names female, home abroad)
_FG = (
    ("Hàn Quốc", "M", ("KIM", "LEE", "PARK", "CHOI"), ("MINJUN", "JIHOON", "SEUNGWOO"),
     ("JIYEON", "SOYEON", "HAEUN"), "Gangnam-gu, Seoul"),
    ("Trung Quốc", "E", ("ZHANG", "WANG", "LIU", "CHEN"), ("WEI", "JIANGUO", "HAORAN"),
     ("FANG", "XIAOLING", "YUTING"), "Nanning, Guangxi"),
    ("Nhật Bản", "TZ", ("TANAKA", "SATO", "SUZUKI"), ("HIROSHI", "KENTA", "TAKUMI"),
     ("YUKI", "AYAKA", "MISAKI"), "Minato-ku, Tokyo"),
    ("Hoa Kỳ", "", ("SMITH", "JOHNSON", "NGUYEN"), ("MICHAEL", "DAVID", "KEVIN"),
     ("JENNIFER", "EMILY", "LINDA"), "San Jose, CA 95122"),
    ("Úc", "PA", ("BROWN", "WILSON", "TAYLOR"), ("JAMES", "LIAM", "NOAH"),
     ("OLIVIA", "CHLOE", "SOPHIE"), "Footscray VIC 3011"),
)  # fmt: skip
_FG_VISA = ("DL - EV", "DL - EV", "Miễn TT (ĐPQ)", "DN1", "LĐ1 - TTT", "TT")
_FG_GATE = ("SB Nội Bài", "SB Tân Sơn Nhất", "SB Đà Nẵng", "CK Hữu Nghị", "CK Mộc Bài")
_FG_CLERK = ("Lễ tân Ngọc Anh", "Lễ tân Minh Thư", "Trực đêm Quang Huy", "Lễ tân Thu Hà")
# -- Vietnam: people of Vietnamese origin back from Cambodia without papers ------------------------
_KH_PLACES = (
    "Biển Hồ, Kampong Chhnang",
    "Kandal, Phnom Penh",
    "Pursat (Pô-xát)",
    "Siem Reap",
    "Kampong Cham",
)
_KH_PAPERS = (
    "Không có",
    "Không có",
    "Giấy khai sinh CPC (bản chụp)",
    "Thẻ người nhập cư CPC",
    "Giấy xác nhận của Hội Khmer-VN",
)
_KH_ROOTS = ("Tân Châu, An Giang", "Hồng Ngự, Đồng Tháp", "Châu Đốc, An Giang", "Không rõ")
_KH_ASK = (
    "Xác định có quốc tịch VN",
    "Xác định có quốc tịch VN",
    "Nhập quốc tịch VN",
    "Đăng ký khai sinh, ĐK thường trú",
)
_KH_STATUS = ("Đã cấp số ĐDCN", "Đang xác minh", "Chờ Sở Tư pháp", "Đã cấp số ĐDCN", "Bổ sung")
# -- Vietnam: foreign spouses asking for a temporary residence card --------------------------------
_SP = (
    ("Trung Quoc", "E", ("HUANG", "LI", "NONG", "LU"), ("WEIMING", "JUN"), ("MEILING", "LIHUA")),
    ("Han Quoc", "M", ("KIM", "PARK", "JUNG"), ("DONGHYUN", "SANGWOO"), ("EUNJI", "MINA")),
    ("Dai Loan", "3", ("CHEN", "LIN", "HSU"), ("CHIH-MING", "WEI-LUN"), ("YI-TING", "SHU-FEN")),
    ("Lao", "P", ("SOUVANNAVONG", "PHOMMACHANH"), ("KHAMPHOUI", "SOMSAK"), ("NOY", "VIENGKHAM")),
    ("Campuchia", "N", ("SOK", "CHEA", "KEO"), ("VIBOL", "DARA"), ("SREYMOM", "CHANTHA")),
)
_SP_WARDS = (
    "Phuong Hoang Van Thu, TP Lang Son",
    "Xa Mong Duong, Cam Pha, Quang Ninh",
    "Phuong 3, TX Tay Ninh",
    "Xa Vinh Xuong, Tan Chau, An Giang",
    "Phuong Tran Hung Dao, TP Hai Duong",
)
_SP_STATUS = ("Da cap the", "Dang xu ly", "Bo sung ho so", "Da cap the", "Tu choi")
# -- Vietnam: citizens handed back by China at the Lang Son border ---------------------------------
_CN_GATES = ("CK Hữu Nghị", "CK Đồng Đăng (ga)", "CK Chi Ma", "Lối mở Cốc Nam", "CK Tân Thanh")
_CN_HELD = ("Bằng Tường, Quảng Tây", "Đông Hưng", "Quảng Châu", "Phúc Kiến", "Nam Ninh")
_CN_WHY = (
    "Nhập cảnh trái phép",
    "Lao động chui",
    "Nhập cảnh trái phép",
    "Quá hạn giấy thông hành",
    "Nghi bị mua bán người",
)
_CN_HANDOVER = ("CA huyện quê quán", "Gia đình nhận về", "CA tỉnh Lạng Sơn", "Trung tâm BTXH")
_CN_HOMES = ("Kỳ Sơn, Nghệ An", "Như Xuân, Thanh Hóa", "Bắc Hà, Lào Cai", "Đồng Văn, Hà Giang")

# -- Germany: asylum seekers in the Hessian reception centre ---------------------------------------
_DE_FAMILY = ("Ahmadi", "Mohammadi", "Al-Hassan", "Hussaini", "Rezaei", "Yilmaz", "Abdi", "Kaya")
_DE_GIVEN_M = ("Mohammad", "Ali Reza", "Ahmad", "Mustafa", "Hamid", "Abdullah", "Omar")
_DE_GIVEN_F = ("Fatima", "Zahra", "Maryam", "Aisha", "Hawa", "Nargis", "Layla")
_DE_NATION = ("afghanisch", "syrisch", "türkisch", "irakisch", "somalisch", "eritreisch")
_DE_BIRTH = ("Kabul", "Herat", "Aleppo", "Gaziantep", "Mossul", "Mogadischu", "Asmara")
_DE_HOMES = (
    "Rödgener Str. 59, 35394 Gießen",
    "Meisenbornweg 15, 35398 Gießen",
    "Am Weißen Stein 6, 34131 Kassel",
    "Nordring 5, 63303 Dreieich",
    "Sportfeldstr. 10, 36088 Hünfeld",
)
_DE_LANG = ("Dari", "Arabisch", "Türkisch", "Kurmandschi", "Somali", "Tigrinya", "Paschtu")
_DE_STATUS = ("Aufenthaltsgestattung", "Ankunftsnachweis", "Duldung", "AG - Transfer Kommune")
# -- Turkey: Syrians under temporary protection in Gaziantep ---------------------------------------
_TR_FAMILY = ("El Ahmed", "Hamdan", "El Halil", "Şeyh Musa", "El Hüseyin", "Kassab", "Haddad")
_TR_GIVEN_M = ("Muhammed", "Ahmed", "Halid", "Abdurrahman", "Yusuf", "Mahmud")
_TR_GIVEN_F = ("Fatma", "Hediye", "Ruba", "Nur", "Meryem", "Amina")
_TR_FATHER = ("Abdullah", "Mustafa", "İbrahim", "Ali", "Hasan", "Ömer")
_TR_MOTHER = ("Halime", "Zeynep", "Aişe", "Hatice", "Sabah", "Fatma")
_TR_BIRTH = ("Halep", "İdlib", "Rakka", "Humus", "Deyrizor", "Münbiç")
# (district, neighbourhood, street)
_TR_HOMES = (
    ("Şahinbey", "Düztepe Mah.", "87012 Nolu Sk."),
    ("Şahinbey", "Karşıyaka Mah.", "Hürriyet Cad."),
    ("Şehitkamil", "Yeşilsu Mah.", "47010 Nolu Sk."),
    ("Nizip", "Yeni Mah.", "Atatürk Blv."),
    ("Islahiye", "Cumhuriyet Mah.", "Gazi Cad."),
)
_TR_STATUS = ("Aktif", "Aktif", "Aktif", "Pasif (Gönüllü Geri Dönüş)", "Adres Doğrulama Bekliyor")
# -- Colombia: Venezuelans given the PPT in Cucuta -------------------------------------------------
_VE_GIVEN_M = ("José Gregorio", "Yorman", "Luis Enrique", "Wilmer", "Jesús Alberto", "Darwin")
_VE_GIVEN_F = ("Yusmary", "María Alejandra", "Yelitza", "Oriana", "Rosa Virginia", "Génesis")
_VE_FAMILY = ("Rondón", "Briceño", "Hernández", "Contreras", "Márquez", "Chacón", "Pérez")
_VE_SECOND = ("Mora", "Ramírez", "Guerrero", "Colmenares", "Sánchez", "Duque")
# (municipality, neighbourhood, street)
_CO_HOMES = (
    ("Cúcuta", "Barrio La Libertad", "Cl 10"),
    ("Cúcuta", "Barrio Antonia Santos", "Av 7"),
    ("Villa del Rosario", "Barrio La Parada", "Cra 4"),
    ("Los Patios", "Barrio Pórtico", "Cl 27"),
    ("Cúcuta", "Atalaya", "Mz 12 Cs"),
)
_CO_POINT = ("CFSM Cúcuta", "Punto Visible Villa del Rosario", "Jornada Los Patios", "CFSM Cúcuta")
_CO_STATUS = ("Entregado", "Entregado", "Impreso - no reclamado", "Aprobado", "En revisión")
# -- Uganda: a West Nile refugee settlement --------------------------------------------------------
_UG_FAMILY = ("Lado", "Deng", "Wani", "Akol", "Kenyi", "Yata", "Modi", "Jada")
_UG_GIVEN_M = ("John", "Emmanuel", "Peter", "Joseph", "Simon", "Moses")
_UG_GIVEN_F = ("Mary", "Grace", "Rose", "Margaret", "Esther", "Sarah")
_UG_ZONES = ("Zone 1", "Zone 2", "Zone 3", "Zone 4", "Zone 5")
_UG_NEEDS = ("", "", "Female-headed HH", "Unaccompanied minor", "Older person at risk", "PWD")
_UG_ORIGIN = ("South Sudan", "South Sudan", "South Sudan", "DR Congo", "Sudan")
# -- Greece: asylum registration at the Samos reception centre -------------------------------------
_GR_FAMILY = ("AHMADI", "NOORI", "DIALLO", "KAMARA", "AL-ALI", "HAKIMI", "BARRY", "OSMAN")
_GR_GIVEN_M = ("MOHAMMAD", "YAHYA", "MAMADOU", "ABDUL", "SAID", "IBRAHIM")
_GR_GIVEN_F = ("FARIBA", "MARIAM", "FATOUMATA", "SAMIRA", "HALIMA", "ROYA")
_GR_NATION = ("ΑΦΓΑΝΙΣΤΑΝ", "ΣΥΡΙΑ", "ΓΟΥΙΝΕΑ", "ΣΙΕΡΑ ΛΕΟΝΕ", "ΠΑΛΑΙΣΤΙΝΗ", "ΣΟΜΑΛΙΑ")
_GR_LANG = ("Νταρί", "Αραβικά", "Γαλλικά", "Αγγλικά", "Φαρσί", "Σομαλικά")
_GR_VULN = ("-", "-", "Ασυνόδευτος ανήλικος", "Μονογονεϊκή οικογένεια", "Έγκυος", "Θύμα βίας")
_GR_PROC = ("Ταχεία διαδικασία", "Κανονική", "Dublin", "Κανονική", "Συνοριακή διαδικασία")


def _fg(p: Person) -> tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...], str]:
    return _FG[int(p.bhxh) // 13 % len(_FG)]


def _sp(p: Person) -> tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    return _SP[int(p.bhxh) // 17 % len(_SP)]


def _passport(lead: str, p: Person) -> str:
    return f"{lead}{p.bhxh[-(9 - len(lead)) :]}"


def _yk314(p: Person) -> str:
    """A foreigner number of Turkey: ``99``, seven more digits, then the two T.C. check digits."""
    digits = [9, 9] + [int(ch) for ch in p.bhxh[2:9]]
    odd, even = sum(digits[0:9:2]), sum(digits[1:8:2])
    digits.append((odd * 7 - even) % 10)
    digits.append(sum(digits) % 10)
    return "".join(str(d) for d in digits)


def _tr(p: Person) -> tuple[str, str, str]:
    return _TR_HOMES[int(p.bhxh) // 7 % len(_TR_HOMES)]


def _co(p: Person) -> tuple[str, str, str]:
    return _CO_HOMES[int(p.bhxh) // 9 % len(_CO_HOMES)]


def _cedula_ve(p: Person) -> str:
    n = 10_000_000 + int(p.bhxh[-8:]) % 22_000_000
    return f"V-{n:,}".replace(",", ".")


def _return_day(p: Person) -> date:
    return p.other_date - timedelta(days=365 * (1 + int(p.bhxh) % 12) + _num(p, 200))


WRITERS_BLIND314: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: a hotel's foreign guests
    "fg_name314": lambda p, c: f"{_pick(p, _fg(p)[2], 2)} {_by_sex(p, _fg(p)[3], _fg(p)[4], 3)}",
    "fg_nation314": lambda p, c: _fg(p)[0],
    "fg_pp314": lambda p, c: _passport(_fg(p)[1], p),
    "fg_visa314": lambda p, c: _pick(p, _FG_VISA, 4),
    "fg_visa_end314": lambda p, c: _written(
        p.other_date + timedelta(days=30 + _num(p, 60)), c.date_format
    ),
    "fg_gate314": lambda p, c: _pick(p, _FG_GATE, 5),
    "fg_room314": lambda p, c: f"{_num(p, 9)}{_num(p, 20):02d}",
    "fg_home314": lambda p, c: (
        f"{_num(p, 300)} {_pick(p, ('Main St', 'Daehak-ro', 'Jiefang Rd'), 6)}, {_fg(p)[5]}"
    ),
    "fg_leave314": lambda p, c: _written(
        p.other_date + timedelta(days=2 + _num(p, 12)), c.date_format
    ),
    "fg_clerk314": lambda p, c: _pick(p, _FG_CLERK, 7),
    # Vietnam: people of Vietnamese origin back from Cambodia
    "kh_born314": lambda p, c: _pick(p, _KH_PLACES, 2),
    "kh_back314": lambda p, c: _written(_return_day(p), c.date_format),
    "kh_paper314": lambda p, c: _pick(p, _KH_PAPERS, 3),
    "kh_parent314": lambda p, c: f"{_other_vn(p, 4)} ({_pick(p, ('cha', 'mẹ', 'ông nội'), 5)})",
    "kh_root314": lambda p, c: _pick(p, _KH_ROOTS, 6),
    "kh_ask314": lambda p, c: _pick(p, _KH_ASK, 7),
    "kh_status314": lambda p, c: _pick(p, _KH_STATUS, 8),
    "kh_officer314": lambda p, c: f"Đ/c {_other_vn(p, 9, male=True)}",
    # Vietnam: foreign spouses asking for a residence card
    "sp_name314": lambda p, c: f"{_pick(p, _sp(p)[2], 2)} {_by_sex(p, _sp(p)[3], _sp(p)[4], 3)}",
    "sp_nation314": lambda p, c: _sp(p)[0],
    "sp_pp314": lambda p, c: _passport(_sp(p)[1], p),
    "sp_partner314": lambda p, c: _other_vn(p, 4, male=not p.male),
    "sp_partner_id314": lambda p, c: _cccd_of(p, not p.male, p.birth.year - 2 + _num(p, 5)),
    "sp_marriage314": lambda p, c: f"{_num(p, 150)}/{2015 + _num(p, 10)}/TP-KH",
    "sp_addr314": lambda p, c: f"So {_num(p, 200)} ngo {_num(p, 40)}, {_pick(p, _SP_WARDS, 5)}",
    "sp_card314": lambda p, c: f"TT{p.bhxh[-7:]}",
    "sp_status314": lambda p, c: _pick(p, _SP_STATUS, 6),
    # Vietnam: citizens handed back by China
    "cn_home314": lambda p, c: _pick(p, _CN_HOMES, 2),
    "cn_gate314": lambda p, c: _pick(p, _CN_GATES, 3),
    "cn_held314": lambda p, c: _pick(p, _CN_HELD, 4),
    "cn_why314": lambda p, c: _pick(p, _CN_WHY, 5),
    "cn_record314": lambda p, c: f"{_num(p, 400)}/BB-ĐBP",
    "cn_handover314": lambda p, c: _pick(p, _CN_HANDOVER, 6),
    "cn_kin314": lambda p, c: _other_vn(p, 7),
    "cn_kin_phone314": lambda p, c: _other_phone(p, "097"),
    # Germany: asylum seekers
    "de_family314": lambda p, c: _pick(p, _DE_FAMILY, 2),
    "de_given314": lambda p, c: _by_sex(p, _DE_GIVEN_M, _DE_GIVEN_F, 3),
    "de_nation314": lambda p, c: _pick(p, _DE_NATION, 4),
    "de_born314": lambda p, c: _pick(p, _DE_BIRTH, 4),
    "de_azr314": lambda p, c: f"{p.bhxh[-9:]}{_num(p, 9)}{_num(p, 9)}{_num(p, 9)}",
    "de_bamf314": lambda p, c: f"{p.bhxh[-7:]} - {_pick(p, ('423', '475', '432', '458'), 5)}",
    "de_home314": lambda p, c: _pick(p, _DE_HOMES, 6),
    "de_room314": lambda p, c: f"Haus {_pick(p, ('A', 'B', 'C', 'D'), 7)}/{_num(p, 40)}",
    "de_phone314": lambda p, c: f"01{_pick(p, ('76', '52', '60', '57'), 8)} {p.phone[-8:]}",
    "de_lang314": lambda p, c: _pick(p, _DE_LANG, 4),
    "de_status314": lambda p, c: _pick(p, _DE_STATUS, 9),
    # Turkey: Syrians under temporary protection
    "tr_id314": lambda p, c: _yk314(p),
    "tr_given314": lambda p, c: _by_sex(p, _TR_GIVEN_M, _TR_GIVEN_F, 2),
    "tr_family314": lambda p, c: _pick(p, _TR_FAMILY, 3),
    "tr_father314": lambda p, c: _pick(p, _TR_FATHER, 4),
    "tr_mother314": lambda p, c: _pick(p, _TR_MOTHER, 5),
    "tr_sex314": lambda p, c: "Erkek" if p.male else "Kadın",
    "tr_born314": lambda p, c: _pick(p, _TR_BIRTH, 6),
    "tr_addr314": lambda p, c: (
        f"{_tr(p)[1]} {_tr(p)[2]} No:{_num(p, 90)} İç Kapı:{_num(p, 12)}, {_tr(p)[0]}/Gaziantep"
    ),
    "tr_district314": lambda p, c: _tr(p)[0],
    "tr_phone314": lambda p, c: f"05{p.phone[2:4]} {p.phone[4:7]} {p.phone[6:8]} {p.phone[8:10]}",
    "tr_household314": lambda p, c: f"H{p.bhxh[-6:]}",
    "tr_status314": lambda p, c: _pick(p, _TR_STATUS, 7),
    # Colombia: Venezuelans given the PPT
    "ve_ced314": lambda p, c: _cedula_ve(p),
    "ve_ppt314": lambda p, c: f"{int(p.bhxh[-7:]) + 4_000_000}",
    "ve_given314": lambda p, c: _by_sex(p, _VE_GIVEN_M, _VE_GIVEN_F, 2),
    "ve_family314": lambda p, c: _pick(p, _VE_FAMILY, 3),
    "ve_second314": lambda p, c: _pick(p, _VE_SECOND, 4),
    "ve_sex314": lambda p, c: "M" if p.male else "F",
    "ve_addr314": lambda p, c: (
        f"{_co(p)[2]} # {_num(p, 30)}-{_num(p, 90)}, {_co(p)[1]}, {_co(p)[0]}"
    ),
    "ve_town314": lambda p, c: _co(p)[0],
    "ve_phone314": lambda p, c: f"3{p.phone[1:3]} {p.phone[3:6]} {p.phone[6:10]}",
    "ve_point314": lambda p, c: _pick(p, _CO_POINT, 5),
    "ve_status314": lambda p, c: _pick(p, _CO_STATUS, 6),
    # Uganda: a West Nile refugee settlement
    "ug_hh314": lambda p, c: f"UG-BDB-{p.bhxh[-6:]}",
    "ug_ind314": lambda p, c: f"{p.bhxh[-8:-5]}-{p.bhxh[-5:]}",
    "ug_name314": lambda p, c: (
        f"{_by_sex(p, _UG_GIVEN_M, _UG_GIVEN_F, 2)} {_pick(p, _UG_FAMILY, 3)}"
    ),
    "ug_sex314": lambda p, c: "M" if p.male else "F",
    "ug_origin314": lambda p, c: _pick(p, _UG_ORIGIN, 4),
    "ug_zone314": lambda p, c: _pick(p, _UG_ZONES, 5),
    "ug_plot314": lambda p, c: f"Village {_num(p, 14)}, Block {_num(p, 8)}, Plot {_num(p, 60)}",
    "ug_phone314": lambda p, c: f"+256 7{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "ug_needs314": lambda p, c: _pick(p, _UG_NEEDS, 6),
    # Greece: asylum registration on Samos
    "gr_family314": lambda p, c: _pick(p, _GR_FAMILY, 2),
    "gr_given314": lambda p, c: _by_sex(p, _GR_GIVEN_M, _GR_GIVEN_F, 3),
    "gr_father314": lambda p, c: _pick(p, _GR_GIVEN_M, 4),
    "gr_sex314": lambda p, c: "Α" if p.male else "Θ",
    "gr_nation314": lambda p, c: _pick(p, _GR_NATION, 5),
    "gr_case314": lambda p, c: f"{p.bhxh[-9:]}",
    "gr_paaypa314": lambda p, c: f"9{p.bhxh[-10:]}",
    "gr_phone314": lambda p, c: f"+30 69{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "gr_lang314": lambda p, c: _pick(p, _GR_LANG, 5),
    "gr_vuln314": lambda p, c: _pick(p, _GR_VULN, 6),
    "gr_proc314": lambda p, c: _pick(p, _GR_PROC, 7),
    "gr_arrival314": lambda p, c: _written(
        p.other_date - timedelta(days=_num(p, 10)), c.date_format
    ),
}

__all__ = ["WRITERS_BLIND314"]
