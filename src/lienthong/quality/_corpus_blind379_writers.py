"""How the people of the three-hundred-and-seventy-ninth part of the outside corpus (**blind
379**, :mod:`lienthong.quality._corpus_blind379`) are written: guests whose stay was reported.
Patients' relatives renting rooms by a cancer hospital, workers in a motorway site camp, officials
at a provincial guesthouse, short-stay flat guests exported from the police app; and Japanese,
Italian, Spanish, Turkish and Thai registers of guests (the codice fiscale's check letter, the
DNI letter, the T.C. Kimlik No's two digits, the host's Thai id)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind112_writers import _wareki
from lienthong.quality._corpus_blind117_writers import _place
from lienthong.quality._corpus_blind170_writers import _cf170
from lienthong.quality._corpus_blind248_writers import _tc_from
from lienthong.quality._corpus_blind274_writers import _th_digits, _th_mobile
from lienthong.quality._corpus_blind280_writers import _dni_of

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_PATIENTS_REL = ("Bố", "Mẹ", "Vợ", "Chồng", "Con", "Anh trai", "Chị gái", "Cháu")
_VN_WARDS_K = ("Nội 1", "Xạ trị 2", "Ngoại vú", "Hóa trị ban ngày", "Nội tiêu hóa", "Đầu cổ")
_VN_HOSTS = ("Nhà trọ Thanh Bình", "Nhà trọ Hương Sen", "Phòng trọ bà Lụa", "Nhà trọ Minh Anh")
_VN_HOMETOWNS = ("Nghệ An", "Thanh Hóa", "Hà Tĩnh", "Thái Bình", "Quảng Bình", "Nam Định")
_VN_TRADES = ("Tho ne", "Cong nhan coppha", "Lai may xuc", "Tho han", "Lao dong pho thong")
_VN_TEAMS = ("To cau 1", "To nen duong 3", "Doi thi cong cong", "To sat thep", "Doi xe may")
_VN_POSITIONS = ("Chuyên viên", "Phó Trưởng phòng", "Trưởng phòng", "Phó Giám đốc", "Kế toán")
_VN_AGENCIES = (
    "Sở Tài chính tỉnh Nghệ An",
    "Bộ Nông nghiệp và Môi trường",
    "Kho bạc Nhà nước khu vực IX",
    "UBND xã Mường Nhé",
    "Thanh tra Chính phủ",
)
_VN_REASONS = ("Du lịch", "Du lịch", "Công tác", "Thăm thân", "Khám chữa bệnh")
_VN_STATUS = ("Đã khai báo", "Đã khai báo", "Đã trả phòng", "Chờ xác nhận")

_JP_FAMILY = (
    ("佐々木", "ササキ"),
    ("山口", "ヤマグチ"),
    ("松本", "マツモト"),
    ("井上", "イノウエ"),
)
_JP_GIVEN_M = (("健太", "ケンタ"), ("浩二", "コウジ"), ("大輔", "ダイスケ"), ("誠", "マコト"))
_JP_GIVEN_F = (("陽子", "ヨウコ"), ("美穂", "ミホ"), ("由美", "ユミ"), ("彩", "アヤ"))
_JP_PLACES = (
    ("150-0002", "東京都渋谷区渋谷2丁目21-1"),
    ("530-0001", "大阪府大阪市北区梅田3-1-3 ルクア1101"),
    ("420-0852", "静岡県静岡市葵区紺屋町11-1"),
    ("730-0011", "広島県広島市中区基町6-78"),
    ("890-0053", "鹿児島県鹿児島市中央町1-1"),
)
_JP_TOWNS = ("京都市", "金沢市", "松本市", "高山市", "自宅", "奈良市")

_IT_FAMILY = ("Esposito", "Bianchi", "Colombo", "Ricci", "Marino", "Greco", "Bruno")
_IT_GIVEN_M = ("Alessandro", "Lorenzo", "Matteo", "Giuseppe", "Francesco")
_IT_GIVEN_F = ("Giulia", "Chiara", "Francesca", "Sara", "Martina")
_IT_BORN = (
    ("Napoli", "NA", "F839"),
    ("Milano", "MI", "F205"),
    ("Torino", "TO", "L219"),
    ("Bari", "BA", "A662"),
    ("Palermo", "PA", "G273"),
)
_IT_TYPES = ("16 - Ospite singolo", "17 - Capofamiglia", "18 - Capogruppo", "19 - Familiare")

_ES_FAMILY = ("García", "Martínez", "López", "Sánchez", "Romero", "Navarro", "Torres")
_ES_GIVEN_M = ("Javier", "Pablo", "José Luis", "Sergio", "Álvaro")
_ES_GIVEN_F = ("Lucía", "María Carmen", "Elena", "Marta", "Nuria")
_ES_PLACES = (
    ("C/ Mayor, 14, 3º B", "Madrid", "28013"),
    ("Av. Diagonal 402, 5º 2ª", "Barcelona", "08037"),
    ("C/ Sierpes 33", "Sevilla", "41004"),
    ("Pza. del Pilar 7, 1º izda.", "Zaragoza", "50003"),
    ("C/ Colón 20, pta. 8", "Valencia", "46004"),
)

_TR_FAMILY = ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk")
_TR_GIVEN_M = ("Mehmet", "Mustafa", "Ahmet", "Emre", "Hüseyin")
_TR_GIVEN_F = ("Ayşe", "Fatma", "Zeynep", "Elif", "Emine")
_TR_TOWNS = ("Konya", "Erzurum", "Bursa", "Trabzon", "Ankara", "Kayseri")

_TH_FOREIGN = (
    ("John", "Emily", "James", "Smith", "สหราชอาณาจักร", "GB"),
    ("Hans", "Sabine", "", "Müller", "เยอรมนี", "DE"),
    ("Wei", "Li Na", "", "Zhang", "จีน", "CN"),
    ("Erik", "Anna", "Maria", "Lindqvist", "สวีเดน", "SE"),
    ("Takeshi", "Yuki", "", "Watanabe", "ญี่ปุ่น", "JP"),
)
_TH_VISAS = ("ผ.30 (Visa Exempt)", "TR", "NON-O", "NON-B", "DTV")
_TH_HOSTS = ("นายสมชาย ใจดี", "นางสาววิไล ศรีสุข", "บริษัท ภูเก็ต เรสซิเดนซ์ จำกัด")


def _jp_parts(p: Person) -> tuple[tuple[str, str], tuple[str, str]]:
    """The family and given names as (kanji, katakana) pairs."""
    given = _JP_GIVEN_M if p.male else _JP_GIVEN_F
    return _JP_FAMILY[int(p.bhxh[2:5]) % len(_JP_FAMILY)], given[int(p.bhxh[5:8]) % len(given)]


def _jp_kanji(p: Person) -> str:
    family, given = _jp_parts(p)
    return f"{family[0]}\u3000{given[0]}"


def _jp_kana(p: Person) -> str:
    family, given = _jp_parts(p)
    return f"{family[1]} {given[1]}"


def _it_cf(p: Person) -> str:
    given = _by_sex(p, _IT_GIVEN_M, _IT_GIVEN_F, 3)
    return _cf170(p, _pick(p, _IT_FAMILY, 2), given, _place(p, _IT_BORN)[2])


def _tr_upper(text: str) -> str:
    """Upper case as Turkish writes it: i becomes İ, ı becomes I."""
    return text.replace("i", "İ").upper()


def _stay(p: Person) -> int:
    return 1 + _num(p, 6)


WRITERS_BLIND379: dict[str, Callable[[Person, Col], object]] = {
    # -- người nhà bệnh nhân thuê trọ quanh bệnh viện
    "patient379": lambda p, c: _other_vn(p, 4),
    "rel379": lambda p, c: _pick(p, _VN_PATIENTS_REL, 5),
    "kward379": lambda p, c: _pick(p, _VN_WARDS_K, 6),
    "room379": lambda p, c: f"P{1 + _num(p, 4)}0{_num(p, 8)}",
    "leave379": lambda p, c: f"{p.other_date + timedelta(days=7 * _stay(p)):%d/%m/%Y}",
    "host379": lambda p, c: f"{_pick(p, _VN_HOSTS, 7)} (ngõ 30 Tân Triều)",
    # -- lán trại công trường
    "hometown379": lambda p, c: _pick(p, _VN_HOMETOWNS, 3),
    "trade379": lambda p, c: _pick(p, _VN_TRADES, 4),
    "team379": lambda p, c: _pick(p, _VN_TEAMS, 5),
    "camp379": lambda p, c: f"Lan {_num(p, 6)} - Km{120 + _num(p, 40)}+{p.bhxh[-3:]}",
    "until379": lambda p, c: f"{p.other_date + timedelta(days=30 * _stay(p)):%d/%m/%Y}",
    "foreman379": lambda p, c: f"KS. {_other_vn(p, 6, male=True)}",
    # -- nhà khách UBND tỉnh
    "position379": lambda p, c: _pick(p, _VN_POSITIONS, 3),
    "agency379": lambda p, c: _pick(p, _VN_AGENCIES, 4),
    "letter379": lambda p, c: f"{_num(p, 900)}/GGT-{_pick(p, ('STC', 'VP', 'KBNN'), 5)}",
    "groom379": lambda p, c: f"{_pick(p, ('A', 'B'), 6)}{200 + _num(p, 20)}",
    "hour379": lambda p, c: f"{8 + _num(p, 13):02d}:{int(p.bhxh[-2:]) % 60:02d}",
    "gleave379": lambda p, c: f"{p.other_date + timedelta(days=_stay(p)):%d/%m/%Y}",
    "rate379": lambda p, c: _pick(p, ("250.000", "300.000", "450.000"), 7),
    "nights379": lambda p, c: str(_stay(p)),
    "receptionist379": lambda p, c: _other_vn(p, 8, male=False),
    # -- căn hộ cho thuê ngắn ngày (ASM)
    "doctype379": lambda p, c: "CCCD",
    "nat379": lambda p, c: "Việt Nam",
    "unit379": lambda p, c: (
        f"{_pick(p, ('S1.02', 'S2.05', 'T3'), 3)}-{10 + _num(p, 25)}{p.bhxh[-2:]}"
    ),
    "checkin379": lambda p, c: f"{p.other_date:%d/%m/%Y} {14 + _num(p, 8):02d}:00",
    "checkout379": lambda p, c: f"{p.other_date + timedelta(days=_stay(p)):%d/%m/%Y} 12:00",
    "reason379": lambda p, c: _pick(p, _VN_REASONS, 4),
    "status379": lambda p, c: _pick(p, _VN_STATUS, 5),
    "booker379": lambda p, c: _other_phone(p, "03"),
    # -- Japan: 宿泊者名簿
    "jp_name379": lambda p, c: _jp_kanji(p),
    "jp_kana379": lambda p, c: _jp_kana(p),
    "jp_sex379": lambda p, c: "男" if p.male else "女",
    "jp_birth379": lambda p, c: _wareki(p.birth),
    "jp_post379": lambda p, c: f"〒{_place(p, _JP_PLACES)[0]}",
    "jp_addr379": lambda p, c: _place(p, _JP_PLACES)[1],
    "jp_phone379": lambda p, c: (
        f"0{_pick(p, ('90', '80', '70'), 4)}-{p.phone[2:6]}-{p.phone[6:10]}"
    ),
    "jp_room379": lambda p, c: _pick(p, ("桔梗", "萩", "紅葉", "301", "205"), 5),
    "jp_nights379": lambda p, c: f"{_stay(p)}泊",
    "jp_party379": lambda p, c: f"{_num(p, 4)}名",
    "jp_prev379": lambda p, c: _pick(p, _JP_TOWNS, 6),
    "jp_next379": lambda p, c: _pick(p, _JP_TOWNS, 7),
    "jp_nat379": lambda p, c: "日本",
    "jp_note379": lambda p, c: _pick(
        p, ("", "", "夕食なし", "貸切風呂予約", "アレルギー：えび"), 8
    ),
    # -- Italy: schedina alloggiati
    "it_type379": lambda p, c: _pick(p, _IT_TYPES, 5),
    "it_days379": lambda p, c: str(_stay(p)),
    "it_fam379": lambda p, c: _pick(p, _IT_FAMILY, 2).upper(),
    "it_given379": lambda p, c: _by_sex(p, _IT_GIVEN_M, _IT_GIVEN_F, 3).upper(),
    "it_sex379": lambda p, c: "1" if p.male else "2",
    "it_born379": lambda p, c: _place(p, _IT_BORN)[0].upper(),
    "it_prov379": lambda p, c: _place(p, _IT_BORN)[1],
    "it_state379": lambda p, c: "ITALIA",
    "it_doc379": lambda p, c: _pick(p, ("IDELE", "IDENT", "PASOR", "PATEN"), 6),
    "it_docno379": lambda p, c: f"CA{p.bhxh[:5]}{_pick(p, ('AB', 'BC', 'KD'), 7)}",
    "it_issue379": lambda p, c: f"COMUNE DI {_place(p, _IT_BORN)[0].upper()}",
    "cf379": lambda p, c: _it_cf(p),
    "it_phone379": lambda p, c: f"+39 3{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "it_room379": lambda p, c: str(100 + _num(p, 320)),
    # -- Spain: parte de viajeros
    "es_parte379": lambda p, c: f"2026/{p.bhxh[-6:]}",
    "es_doctype379": lambda p, c: "NIF",
    "dni379": lambda p, c: _dni_of(int(p.bhxh[:8])),
    "es_support379": lambda p, c: f"{_pick(p, ('BAA', 'CAB', 'BHK'), 3)}{p.bhxh[-6:]}",
    "es_fam379": lambda p, c: _pick(p, _ES_FAMILY, 2),
    "es_fam2_379": lambda p, c: _pick(p, _ES_FAMILY, 4),
    "es_given379": lambda p, c: _by_sex(p, _ES_GIVEN_M, _ES_GIVEN_F, 3),
    "es_sex379": lambda p, c: "H" if p.male else "M",
    "es_street379": lambda p, c: _place(p, _ES_PLACES)[0],
    "es_town379": lambda p, c: _place(p, _ES_PLACES)[1],
    "es_cp379": lambda p, c: _place(p, _ES_PLACES)[2],
    "es_phone379": lambda p, c: f"6{p.phone[3:5]} {p.phone[5:8]} {p.phone[8:10]}{p.bhxh[0]}",
    "es_rel379": lambda p, c: _pick(p, ("", "", "", "Padre", "Madre", "Tutor"), 5),
    "es_pay379": lambda p, c: _pick(p, ("Tarjeta", "Efectivo", "Plataforma", "Transferencia"), 6),
    "es_issued379": lambda p, c: (
        f"{p.other_date - timedelta(days=365 * (1 + _num(p, 8))):%d/%m/%Y}"
    ),
    # -- Turkey: konaklama bildirimi (KBS)
    "tckn379": lambda p, c: _tc_from(p.bhxh[1:] + p.bhxh[0]),
    "tr_given379": lambda p, c: _tr_upper(_by_sex(p, _TR_GIVEN_M, _TR_GIVEN_F, 3)),
    "tr_fam379": lambda p, c: _tr_upper(_pick(p, _TR_FAMILY, 2)),
    "tr_father379": lambda p, c: _tr_upper(_pick(p, _TR_GIVEN_M, 4)),
    "tr_mother379": lambda p, c: _tr_upper(_pick(p, _TR_GIVEN_F, 5)),
    "tr_pob379": lambda p, c: _tr_upper(_pick(p, _TR_TOWNS, 6)),
    "tr_sex379": lambda p, c: "E" if p.male else "K",
    "tr_marital379": lambda p, c: _pick(p, ("Evli", "Bekar", "Evli", "Dul"), 7),
    "tr_room379": lambda p, c: str(100 * (1 + _num(p, 5)) + _num(p, 30)),
    "tr_out379": lambda p, c: f"{p.other_date + timedelta(days=_stay(p)):%d.%m.%Y}",
    "tr_plate379": lambda p, c: _pick(p, ("", f"42 AB {p.bhxh[-3:]}", f"06 KLM {p.bhxh[-2:]}"), 8),
    "tr_phone379": lambda p, c: f"0 (5{p.phone[2:4]}) {p.phone[4:7]} {p.phone[7:9]} {p.phone[9:]}0",
    "tr_state379": lambda p, c: _pick(p, ("Gönderildi", "Gönderildi", "Çıkış yapıldı"), 9),
    # -- Thailand: TM30
    "th_given379": lambda p, c: _place(p, _TH_FOREIGN)[0 if p.male else 1],
    "th_middle379": lambda p, c: _place(p, _TH_FOREIGN)[2],
    "th_fam379": lambda p, c: _place(p, _TH_FOREIGN)[3].upper(),
    "th_nat379": lambda p, c: _place(p, _TH_FOREIGN)[4],
    "th_pp379": lambda p, c: f"{_place(p, _TH_FOREIGN)[5][0]}{p.bhxh[:8]}",
    "th_sex379": lambda p, c: "ชาย" if p.male else "หญิง",
    "th_birth379": lambda p, c: f"{p.birth:%d/%m}/{p.birth.year + 543}",
    "th_visa379": lambda p, c: _pick(p, _TH_VISAS, 4),
    "th_entry379": lambda p, c: f"{p.other_date - timedelta(days=_num(p, 20)):%d/%m/%Y}",
    "th_until379": lambda p, c: f"{p.other_date + timedelta(days=30 + _num(p, 30)):%d/%m/%Y}",
    "th_room379": lambda p, c: f"{_pick(p, ('A', 'B', 'C'), 5)}/{_num(p, 40)}",
    "th_phone379": lambda p, c: _th_mobile(p),
    "th_host379": lambda p, c: _pick(p, _TH_HOSTS, 6),
    "th_hostid379": lambda p, c: _th_digits(f"3{p.bhxh[::-1]}{p.bhxh[0]}"),
    "th_receipt379": lambda p, c: f"ตม.30-{p.bhxh[-7:]}",
}

__all__ = ["WRITERS_BLIND379"]
