"""How the people of the two-hundred-and-forty-eighth part of the outside corpus (**blind 248**,
:mod:`lienthong.quality._corpus_blind248`) are written: four Vietnamese files' own columns (a
red-whiskered bulbul singing contest, the life models of a fine-arts university, the first
screening of military pilot candidates, the street performers of a walking street) and Turkish
names, places, phones and numbers from the Kurdish south-east, the Black Sea coast, Istanbul,
Izmir and Hatay in the forms their registers show: the T.C. Kimlik No with its two check digits,
the +90 5xx mobile, the mahalle, ilçe and il."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind62_writers import _tckn
from lienthong.quality._corpus_blind196_writers import (
    _TR_FAMILY,
    _TR_FATHER,
    _TR_GIVEN_F,
    _TR_GIVEN_M,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

# -- Vietnam ------------------------------------------------------------------------------------
_VN_BIRD_CLASS = ("Chào mào bổi", "Chào mào lồng (giọng)", "Chào mào đấu hót", "Chào mào non")
_VN_BIRD_CLUB = ("CLB Chim cảnh Thủ Đức", "Hội SVC xã Phước Kiển", "CLB Chào mào Bình Chánh")
_VN_BIRD_RESULT = ("Giải Nhất", "Giải Ba", "Khuyến khích", "Không đạt", "Loại (chim không hót)")
_VN_POSE = ("Mẫu chân dung", "Mẫu bán thân", "Mẫu toàn thân", "Mẫu khỏa thân (có HĐ riêng)")
_VN_ART_CLASS = ("K15 Hội họa", "K16 Điêu khắc", "K14 Đồ họa", "Lớp luyện thi ký họa tối")
_VN_BANK = ("Vietcombank", "Agribank", "BIDV", "Techcombank", "MB")
_VN_SCHOOL = ("THPT Lê Quý Đôn", "THPT Nguyễn Trãi", "THPT chuyên Lam Sơn", "THPT Phan Bội Châu")
_VN_PILOT_RESULT = ("Đạt", "Đạt", "Không đạt - thị lực", "Không đạt - chiều cao", "Đạt (bảo lưu)")
_VN_ACT = (
    "Hát với guitar",
    "Ảo thuật đường phố",
    "Tượng người",
    "Nhảy hip hop nhóm",
    "Độc tấu đàn bầu",
    "Vẽ chân dung nhanh",
)
_VN_SPOT = ("Khu A - đầu phố", "Khu B - gần tượng đài", "Khu C - trước nhà hát", "Khu D - bờ hồ")
_VN_SLOT = ("19h00-20h30", "20h30-22h00", "18h00-19h30", "Cả tối T7, CN")


def _stage_name(p: Person) -> str:
    return _pick(p, ("Rin Guitar", "Bé Bắp", "Tony Magic", "Hải Bầu", "Nhóm S-Crew", "Mr. Đen"), 5)


# -- Turkey -------------------------------------------------------------------------------------
def _tc_from(nine: str) -> str:
    """A T.C. Kimlik No built on nine digits (another person's: a child's, a spouse's)."""
    d = [int(nine[0]) % 9 + 1] + [int(ch) for ch in nine[1:9]]
    d.append((sum(d[0:9:2]) * 7 - sum(d[1:8:2])) % 10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def _tr_mobile(p: Person) -> str:
    """``0532 412 55 90``, ``+90 532 412 55 90``, ``05324125590`` or ``(0532) 412 5590``."""
    b = f"5{'03456'[int(p.phone[1]) % 5]}{p.phone[2:10]}"
    return _pick(
        p,
        (
            f"0{b[:3]} {b[3:6]} {b[6:8]} {b[8:]}",
            f"+90 {b[:3]} {b[3:6]} {b[6:8]} {b[8:]}",
            f"0{b}",
            f"(0{b[:3]}) {b[3:6]} {b[6:]}",
        ),
        6,
    )


def _at(p: Person, table: tuple[_T, ...], salt: int = 3) -> _T:
    return table[(int(p.bhxh) // (salt * 7 + 1)) % len(table)]


def _tr_sex(p: Person, male: str = "Erkek", female: str = "Kadın") -> str:
    return male if p.male else female


def _tr_upper(text: str) -> str:
    """Capitals as Turkish writes them: ``i`` becomes ``İ``."""
    return text.replace("i", "İ").upper()


def _when(p: Person, months: int) -> str:
    d = p.other_date
    m = d.month - 1 + months
    return f"{_safe_day(d.year + m // 12, m % 12 + 1, d.day):%d.%m.%Y}"


# the Kurdish south-east: seasonal agricultural workers
_KU_FAMILY = ("Ekinci", "Aslan", "Tekin", "Oruç", "Baran", "Akyol", "Yıldırım", "Temel")
_KU_GIVEN_M = ("Mehmet", "Şiyar", "Rojhat", "Azad", "Abdullah", "Baran", "Welat", "Ferhat")
_KU_GIVEN_F = ("Rojda", "Berfin", "Zozan", "Dilan", "Hêvî", "Gulan", "Ayşe", "Nesrin")
_KU_HOMES = (
    ("Yenişehir Mah. 12. Sok. No:4", "Bismil", "Diyarbakır"),
    ("Mezopotamya Mah. Dicle Cad. No:31", "Kızıltepe", "Mardin"),
    ("Gümüşkaya Köyü", "Siverek", "Şanlıurfa"),
    ("Cumhuriyet Mah. 5. Sok. No:17", "Kozluk", "Batman"),
    ("Kavaklı Köyü", "Kâhta", "Adıyaman"),
)
_KU_DEST = ("Eskişehir", "Ordu", "Polatlı / Ankara", "Karataş / Adana", "Akşehir / Konya")
_KU_CROP = ("Şeker pancarı çapası", "Fındık toplama", "Soğan", "Pamuk", "Kiraz toplama")
_KU_ELCI = ("Hasan Ekinci (Elçî)", "Mahmut Oruç", "Cemil Tekin", "Şehmus Aslan")
_KU_STATUS = ("Çûye / Gitti", "Li benda / Bekliyor", "Vegeriya / Döndü")

# the Black Sea: wet tea growers
_BS_FAMILY = (
    "Kalyoncu",
    "Hacısalihoğlu",
    "Topaloğlu",
    "Çakıroğlu",
    "Kazancı",
    "Ayvaz",
    "Karadeniz",
)
_BS_PLACES = (
    ("Büyükköy Mah.", "Çayeli", "Rize"),
    ("Hamidiye Mah.", "Pazar", "Rize"),
    ("Sugeldi Mah.", "Of", "Trabzon"),
    ("Kemalpaşa Beldesi", "Hopa", "Artvin"),
    ("Tunca Köyü", "Ardeşen", "Rize"),
    ("Çamburnu Mah.", "Sürmene", "Trabzon"),
)
_BS_FACTORY = ("Çayeli Çay Fabrikası", "Pazar Çay Fab.", "Of-2 Çay Fabrikası", "Hopa Çay Fab.")
_BS_EXPERT = ("Eksper: N. Kalyoncu", "Eksper: S. Bekar", "Eksper: T. Usta", "Alım yeri 14")

# Istanbul: urban renewal right holders
_IS_PARCEL = (
    ("Fikirtepe Mah.", "Kadıköy"),
    ("Sümer Mah.", "Zeytinburnu"),
    ("Yavuzselim Mah.", "Esenler"),
    ("Kirazlı Mah.", "Bağcılar"),
    ("Okmeydanı Mah.", "Şişli"),
)
_IS_HOME = (
    "Merkez Mah. Atatürk Cad. No:15 D:3, 34200 Bağcılar/İstanbul",
    "Caferağa Mah. Moda Cad. No:88 D:7, 34710 Kadıköy/İstanbul",
    "Zuhuratbaba Mah. İncirli Cad. No:40 D:12, 34147 Bakırköy/İstanbul",
    "Atakent Mah. 221. Sok. No:6 D:2, 34307 Küçükçekmece/İstanbul",
    "Kısıklı Mah. Alemdağ Cad. No:102 D:5, 34692 Üsküdar/İstanbul",
)
_IS_STAGE = ("Uzlaşıldı", "Uzlaşma görüşmesi", "2/3 çoğunluk kararı", "Tahliye edildi", "İtiraz")

# Izmir: the milk for small children programme
_IZ_PLACES = (
    ("1717 Sk. No:5 D:2", "Bostanlı Mah.", "Karşıyaka"),
    ("6123/1 Sk. No:14", "Kazımdirik Mah.", "Bornova"),
    ("Menderes Cad. No:211 D:4", "Şirinyer Mah.", "Buca"),
    ("8780 Sk. No:3", "Ataşehir Mah.", "Çiğli"),
    ("1610 Sk. No:27 D:1", "Manavkuyu Mah.", "Bayraklı"),
    ("Limontepe Cad. No:9", "Limontepe Mah.", "Karabağlar"),
)
_IZ_KID_M = ("Eymen", "Alparslan", "Çınar", "Aras", "Yiğit")
_IZ_KID_F = ("Asel", "Defne", "Zümra", "Elif", "Duru")
_IZ_STATUS = ("Onaylandı", "Onaylandı", "Belge eksik", "Hane geliri uygun değil", "Teslim edildi")

# Hatay after the earthquake: container city residents
_HT_FAMILY = ("Tahhan", "Cemal", "Kuseyri", "Harbi", "Nasır", "Sarı", "Kılıç", "Polat")
_HT_CITY = (
    "Antakya Konteyner Kent-1 (Alahan)",
    "Defne AFAD Konteyner Kenti",
    "İskenderun Konteyner Kent",
    "Kırıkhan Konteyner Kent",
    "Samandağ Konteyner Kent",
)
_HT_BEFORE = (
    "Cumhuriyet Mah. Kurtuluş Cad. No:41, Antakya/Hatay",
    "Armutlu Mah. 23. Sok. No:8, Defne/Hatay",
    "Çay Mah. Gündüz Sok. No:3, Antakya/Hatay",
    "Savaş Mah. Hürriyet Cad. No:112, İskenderun/Hatay",
    "Kuruyer Mah. 4. Sok. No:19, Samandağ/Hatay",
)
_HT_DAMAGE = ("Yıkık", "Ağır hasarlı", "Acil yıkılacak", "Orta hasarlı", "Az hasarlı")
_HT_NEEDS = ("", "Engelli (%60)", "Kronik hastalık", "", "Hamile", "Yaşlı bakımı", "")


def _ht_relative(p: Person) -> str:
    given = _pick(p, _TR_GIVEN_M + _TR_GIVEN_F, 8)
    return f"{given} {_pick(p, _HT_FAMILY, 4)} ({_pick(p, ('Oğlu', 'Kızı', 'Kardeşi'), 5)})"


def _kid_birth(p: Person) -> str:
    d = p.other_date
    return f"{_safe_day(2020 + _num(p, 5) - 1, d.month, d.day):%d.%m.%Y}"


WRITERS_BLIND248: dict[str, Callable[[Person, Col], object]] = {
    # red-whiskered bulbul singing contest
    "bird_class248": lambda p, c: _pick(p, _VN_BIRD_CLASS, 2),
    "bird_ring248": lambda p, c: f"CM-{p.bhxh[-4:]}",
    "bird_club248": lambda p, c: _pick(p, _VN_BIRD_CLUB, 3),
    "bird_cage248": lambda p, c: f"Lồng {_num(p, 80)}",
    "bird_result248": lambda p, c: _pick(p, _VN_BIRD_RESULT, 4),
    "bird_fee248": lambda p, c: _pick(p, ("100.000", "150.000", "100.000", "Miễn (hội viên)"), 5),
    # life models of a fine-arts university
    "pose248": lambda p, c: _pick(p, _VN_POSE, 2),
    "art_class248": lambda p, c: _pick(p, _VN_ART_CLASS, 3),
    "sessions248": lambda p, c: _num(p, 24),
    "rate248": lambda p, c: _pick(p, ("250.000", "300.000", "450.000", "600.000"), 4),
    "account248": lambda p, c: f"{p.bhxh}{p.phone[-3:]}",
    "bank248": lambda p, c: _pick(p, _VN_BANK, 5),
    # military pilot candidates
    "school248": lambda p, c: _pick(p, _VN_SCHOOL, 2),
    "height248": lambda p, c: 163 + _num(p, 20),
    "weight248": lambda p, c: 50 + _num(p, 25),
    "sight248": lambda p, c: _pick(p, ("10/10 - 10/10", "9/10 - 10/10", "10/10 - 8/10"), 3),
    "pilot_result248": lambda p, c: _pick(p, _VN_PILOT_RESULT, 4),
    "parent248": lambda p, c: _other_vn(p, 5, family=p.family),
    "parent_phone248": lambda p, c: _other_phone(p, "09"),
    # street performers of a walking street
    "stage248": lambda p, c: _stage_name(p),
    "act248": lambda p, c: _pick(p, _VN_ACT, 2),
    "slot248": lambda p, c: _pick(p, _VN_SLOT, 3),
    "spot248": lambda p, c: _pick(p, _VN_SPOT, 4),
    "speaker248": lambda p, c: _pick(p, ("Không dùng loa", "≤ 50W", "≤ 100W"), 5),
    "permit248": lambda p, c: f"{_num(p, 300)}/XN-TTVH",
    # Turkey: common
    "tc248": lambda p, c: _tckn(p),
    "tr_phone248": lambda p, c: _tr_mobile(p),
    "tr_sex248": lambda p, c: _tr_sex(p),
    "tr_father248": lambda p, c: _pick(p, _TR_FATHER, 4),
    # the south-east: seasonal agricultural workers (Kurmanji beside Turkish)
    "ku_given248": lambda p, c: _by_sex(p, _KU_GIVEN_M, _KU_GIVEN_F, 2),
    "ku_family248": lambda p, c: _pick(p, _KU_FAMILY, 3),
    "ku_sex248": lambda p, c: _tr_sex(p, "Mêr / Erkek", "Jin / Kadın"),
    "ku_home248": lambda p, c: ", ".join(_at(p, _KU_HOMES)[:2]) + f"/{_at(p, _KU_HOMES)[2]}",
    "ku_elci248": lambda p, c: _pick(p, _KU_ELCI, 4),
    "ku_dest248": lambda p, c: _pick(p, _KU_DEST, 5),
    "ku_crop248": lambda p, c: _pick(p, _KU_CROP, 6),
    "ku_tent248": lambda p, c: f"Ç-{_num(p, 90)}",
    "ku_kids248": lambda p, c: _num(p, 5) - 1,
    "ku_status248": lambda p, c: _pick(p, _KU_STATUS, 7),
    # the Black Sea: wet tea growers
    "bs_full248": lambda p, c: (
        f"{_by_sex(p, _TR_GIVEN_M, _TR_GIVEN_F, 2)} {_tr_upper(_pick(p, _BS_FAMILY, 3))}"
    ),
    "bs_mahalle248": lambda p, c: _at(p, _BS_PLACES)[0],
    "bs_ilce248": lambda p, c: _at(p, _BS_PLACES)[1],
    "bs_il248": lambda p, c: _at(p, _BS_PLACES)[2],
    "bs_licence248": lambda p, c: f"{53 + _num(p, 3) * 8}-{p.bhxh[-6:]}",
    "bs_area248": lambda p, c: f"{_num(p, 40) / 2:.1f}".replace(".", ","),
    "bs_quota248": lambda p, c: f"{_num(p, 40) * 650:,}".replace(",", "."),
    "bs_factory248": lambda p, c: _pick(p, _BS_FACTORY, 4),
    "bs_expert248": lambda p, c: _pick(p, _BS_EXPERT, 5),
    "bs_iban248": lambda p, c: (
        f"TR{p.bhxh[:2]} 0001 0{p.bhxh[2:5]} {p.bhxh[5:9]} {p.bhxh[9]}{p.phone[-3:]}"
        f" {p.phone[2:6]} {p.phone[6:8]}"
    ),
    # Istanbul: urban renewal right holders
    "is_given248": lambda p, c: _by_sex(p, _TR_GIVEN_M, _TR_GIVEN_F, 3),
    "is_family248": lambda p, c: _pick(p, _TR_FAMILY, 4),
    "is_parcel248": lambda p, c: f"{100 + _num(p, 900)} / {_num(p, 40)}",
    "is_parcel_place248": lambda p, c: " ".join(_at(p, _IS_PARCEL)),
    "is_unit248": lambda p, c: _num(p, 24),
    "is_share248": lambda p, c: f"{_num(p, 8)}/{24 + _num(p, 3) * 8}",
    "is_home248": lambda p, c: _pick(p, _IS_HOME, 5),
    "is_rent248": lambda p, c: _pick(p, ("2.500", "3.000", "3.500", "Ödenmiyor (malik değil)"), 6),
    "is_stage248": lambda p, c: _pick(p, _IS_STAGE, 7),
    # Izmir: milk for small children
    "iz_full248": lambda p, c: (
        f"{_by_sex(p, _TR_GIVEN_M, _TR_GIVEN_F, 2)} {_pick(p, _TR_FAMILY, 3)}"
    ),
    "iz_kid248": lambda p, c: f"{_pick(p, _IZ_KID_M + _IZ_KID_F, 4)} {_pick(p, _TR_FAMILY, 3)}",
    "iz_kid_tc248": lambda p, c: _tc_from(p.bhxh[::-1]),
    "iz_kid_birth248": lambda p, c: _kid_birth(p),
    "iz_street248": lambda p, c: _at(p, _IZ_PLACES)[0],
    "iz_mahalle248": lambda p, c: _at(p, _IZ_PLACES)[1],
    "iz_ilce248": lambda p, c: _at(p, _IZ_PLACES)[2],
    "iz_point248": lambda p, c: f"{_at(p, _IZ_PLACES)[1]} Muhtarlığı",
    "iz_litre248": lambda p, c: _pick(p, ("15 lt", "15 lt", "30 lt (ikiz)"), 5),
    "iz_status248": lambda p, c: _pick(p, _IZ_STATUS, 6),
    "iz_app248": lambda p, c: f"SK-{p.other_date.year}-{p.bhxh[-6:]}",
    # Hatay after the earthquake: container city residents
    "ht_full248": lambda p, c: (
        f"{_by_sex(p, _TR_GIVEN_M, _TR_GIVEN_F, 5)} {_pick(p, _HT_FAMILY, 2)}"
    ),
    "ht_city248": lambda p, c: _pick(p, _HT_CITY, 3),
    "ht_unit248": lambda p, c: f"{'ABCDEFGH'[_num(p, 8) - 1]} Blok / {_num(p, 120)}",
    "ht_size248": lambda p, c: _num(p, 7),
    "ht_before248": lambda p, c: _pick(p, _HT_BEFORE, 4),
    "ht_damage248": lambda p, c: _pick(p, _HT_DAMAGE, 5),
    "ht_relative248": lambda p, c: _ht_relative(p),
    "ht_rel_phone248": lambda p, c: f"0{_other_phone(p, '54')}",
    "ht_needs248": lambda p, c: _pick(p, _HT_NEEDS, 6),
    "ht_leave248": lambda p, c: _when(p, 14),
}

__all__ = ["WRITERS_BLIND248"]
