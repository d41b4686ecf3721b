"""How the people of the three-hundred-and-fifty-seventh part of the outside corpus (**blind
357**, :mod:`lienthong.quality._corpus_blind357`) are written: small traders' registers (lottery
sellers, app motorbike-taxi drivers, night-market stall holders, shoe-shiners and scrap buyers)
and the identity numbers of Azerbaijan (the seven-character FİN), Turkey (the T.C. Kimlik No with
its two check digits), Iraq (the twelve-digit unified national card), Lebanon and Jordan (the
ten-digit national number), with names in Azerbaijani Latin, Turkish, Kurdish and Arabic."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind299_writers import _tc_kimlik

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VS_AGENTS = (
    "Đại lý Minh Phát (cấp 1 - XSKT Đồng Nai)",
    "ĐL Kim Ngân - XSKT TP.HCM",
    "Đại lý vé số Thành Đạt (XSKT Vĩnh Long)",
    "ĐL Hồng Phúc - XSKT Tây Ninh",
)
_VS_AREAS = ("Chợ Bến Thành", "Ngã tư Hàng Xanh", "Bến xe Miền Tây", "KDC Trung Sơn", "Lưu động")
_XO_VEHICLES = (
    "Honda Wave Alpha",
    "Yamaha Sirius",
    "Honda Vision",
    "Honda Air Blade",
    "VinFast Evo200",
)
_XO_STATUS = ("Dang hoat dong", "Tam khoa", "Dang hoat dong", "Ngung hoat dong")
_CD_GOODS = (
    "Quần áo - phụ kiện",
    "Đồ ăn vặt, nước giải khát",
    "Hàng lưu niệm",
    "Ốc luộc - hải sản nướng",
    "Giày dép",
    "Trái cây",
)
_TD_TRADES = ("Đánh giày", "Thu mua đồng nát", "Thu mua phế liệu", "Đánh giày, bán kẹo kéo")
_TD_MEANS = ("Đi bộ", "Xe đạp", "Xe ba gác", "Xe máy tự chế")
_TD_HOME = ("Thanh Hóa", "Nam Định", "Thái Bình", "Quảng Ngãi", "Nghệ An", "Hà Tĩnh", "Bình Định")
_TD_OFFICERS = ("Đ/c Thượng úy Lê Văn Tú", "Đ/c Trung úy Phạm Thị Hà", "Đ/c Đại úy Trần Quốc Bảo")

_AZ_FAMILY_M = ("Məmmədov", "Əliyev", "Hüseynov", "Quliyev", "Həsənov", "İsmayılov")
_AZ_GIVEN_M = ("Elvin", "Rəşad", "Orxan", "Tural", "Vüqar", "Cavid")
_AZ_GIVEN_F = ("Aygün", "Günay", "Səbinə", "Leyla", "Nərmin", "Könül")
_AZ_PLACES = (
    ("Nizami küç. 45, m. 12", "Bakı ş., Səbail r."),
    ("Azadlıq pr. 118, m. 7", "Bakı ş., Nərimanov r."),
    ("H. Əliyev pr. 23", "Sumqayıt ş."),
    ("Atatürk pr. 9, m. 31", "Gəncə ş."),
    ("S. Vurğun küç. 4", "Lənkəran r."),
)
_AZ_MARKETS = ("Təzə bazar", "Sədərək ticarət mərkəzi", "8-ci km bazarı", "Yaşıl bazar")
_FIN_CHARS = "0123456789ABCDEFGHJKLMNPQRSTUVXYZ"

_TR_GIVEN_M = ("Mehmet", "Mustafa", "Hüseyin", "İbrahim", "Ahmet", "Recep")
_TR_GIVEN_F = ("Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Şerife")
_TR_FAMILY = ("Yılmaz", "Kaya", "Demir", "Çelik", "Şahin", "Öztürk", "Aydın")
_TR_PLACES = (
    ("Kemeraltı Mah. 874 Sk. No:12 D:3", "Konak", "İzmir"),
    ("Fatih Mah. Gazi Cad. No:45", "Bağcılar", "İstanbul"),
    ("Kocatepe Mah. Meşrutiyet Cad. No:7/2", "Çankaya", "Ankara"),
    ("Cumhuriyet Mah. Atatürk Blv. No:88 D:5", "Şehitkamil", "Gaziantep"),
    ("Yenişehir Mah. 1453 Sk. No:3", "Osmangazi", "Bursa"),
)
_TR_BIRTHPLACES = ("Sivas", "Erzurum", "Kars", "Ordu", "Mardin", "Konya", "Malatya")
_TR_TRADES = ("Ayakkabı boyacısı", "Seyyar satıcı (simit)", "Hurdacı", "Lostra salonu", "Çiçekçi")

_KU_NAMES_M = (("ئازاد", "آزاد"), ("شێرزاد", "شيرزاد"), ("هۆشیار", "هوشيار"), ("کاروان", "كاروان"))
_KU_NAMES_F = (("نەسرین", "نسرين"), ("ژیان", "جيان"), ("شیلان", "شيلان"), ("هێڤی", "هيفي"))
_KU_FATHERS = ("محمد", "عبدالله", "رەشید", "حسن", "ئەحمەد", "عومەر")
_KU_GRANDS = ("مصطفى", "قادر", "سلێمان", "کەریم", "عەلی")
_KU_MOTHERS = ("فاطمە", "خەدیجە", "ئامینە", "گوڵزار", "زەینەب")
_KU_PLACES = (
    ("هەولێر / أربيل", "هەولێر / أربيل", "گەڕەکی ئازادی / حي آزادي"),
    ("سلێمانی / السليمانية", "سلێمانی / السليمانية", "گەڕەکی سەرچنار / حي سرچنار"),
    ("دهۆک / دهوك", "زاخۆ / زاخو", "گەڕەکی نەورۆز / حي نوروز"),
    ("هەولێر / أربيل", "سۆران / سوران", "گەڕەکی ڕزگاری / حي رزكاري"),
    ("سلێمانی / السليمانية", "ڕانیە / رانية", "گەڕەکی شۆڕش / حي الثورة"),
)
_KU_TRADES = ("فرۆشیاری جل / بائع ملابس", "زێڕنگر / صائغ", "بەقاڵ / بقال", "سەوزەفرۆش / بائع خضار")

_LB_FAMILY = ("الحاج", "خوري", "حداد", "شمص", "عيتاني", "طرابلسي", "نصرالله")
_LB_GIVEN_M = ("محمد", "جورج", "علي", "إيلي", "حسن", "خالد")
_LB_GIVEN_F = ("ريما", "ماري", "زينب", "نادين", "فاطمة", "كارلا")
_LB_PLACES = (
    ("الطريق الجديدة, شارع عفيف الطيبي, بناية الحلبي, ط 3", "بيروت / Beyrouth"),
    ("برج حمود, شارع أراكس, بناية مارون, ط 2", "المتن / Metn"),
    ("باب التبانة, شارع سوريا, بناية الشعار", "طرابلس / Tripoli"),
    ("حارة صيدا, شارع الحسبة, بناية زعتر, ط 1", "صيدا / Saïda"),
    ("الأشرفية, شارع مار مخايل, بناية أبو شقرا", "بيروت / Beyrouth"),
)
_LB_BIRTHPLACES = ("بعلبك", "صور", "زحلة", "جبيل", "عكار", "النبطية")
_LB_TRADES = (
    "بائع خضار متجول / Marchand ambulant",
    "بسطة قهوة / Kiosque café",
    "ماسح أحذية / Cireur",
)

_JO_FIRST_M = ("أحمد", "محمد", "خالد", "عمر", "يوسف", "إبراهيم")
_JO_FIRST_F = ("رنا", "هبة", "سارة", "نور", "دعاء", "ليلى")
_JO_CHAIN = ("عبدالله", "محمود", "سليمان", "حسين", "عيسى", "صالح")
_JO_FAMILY = ("العبادي", "الخوالدة", "الزعبي", "المجالي", "الطراونة", "الحياري")
_JO_PLACES = (
    ("شارع الملك طلال, مجمع 14", "عمان", "لواء القصبة"),
    ("جبل الحسين, شارع خالد بن الوليد", "عمان", "لواء ماركا"),
    ("شارع فلسطين, عمارة 22", "إربد", "لواء قصبة إربد"),
    ("حي معصوم, شارع السعادة", "الزرقاء", "لواء قصبة الزرقاء"),
    ("شارع الملك حسين", "العقبة", "لواء قصبة العقبة"),
)
_JO_KIOSKS = ("كشك قهوة ومشروبات", "بسطة خضار", "كشك صحف وبطاقات شحن", "عربة ذرة وترمس")


def _fin(p: Person) -> str:
    """An Azerbaijani FİN (fərdi identifikasiya nömrəsi): seven digits and capital letters."""
    n = int(p.bhxh)
    out = []
    for _ in range(7):
        n, r = divmod(n, len(_FIN_CHARS))
        out.append(_FIN_CHARS[r])
    return "".join(out)


def _az_family(p: Person) -> str:
    fam = _pick(p, _AZ_FAMILY_M, 1)
    return fam if p.male else fam + "a"


def _iq_card(p: Person) -> str:
    """An Iraqi unified national card number: twelve digits, the first 1 or 2."""
    return f"{1 + int(p.bhxh[0]) % 2}{p.bhxh[1:]}{p.birth:%d}"[:12]


def _jo_nn(p: Person) -> str:
    """A Jordanian national number: ten digits, 9 and the birth year for men, 2000 for women."""
    if p.male:
        return f"9{p.birth:%y}{p.bhxh[:7]}"
    return f"2000{p.bhxh[:6]}"


def _ku_name(p: Person) -> tuple[str, str]:
    giv = (_KU_NAMES_M if p.male else _KU_NAMES_F)[int(p.bhxh[:3]) % 4]
    return giv[0], giv[1]


def _ku_place(p: Person) -> tuple[str, str, str]:
    return _KU_PLACES[int(p.bhxh[2:6]) % len(_KU_PLACES)]


def _two_of(p: Person, options: tuple[tuple[str, ...], ...], salt: int) -> tuple[str, ...]:
    return options[(int(p.bhxh) // (salt * 13 + 1)) % len(options)]


WRITERS_BLIND357: dict[str, Callable[[Person, Col], object]] = {
    "vs_code357": lambda p, c: f"NB-{p.other_date:%y}{p.bhxh[-4:]}",
    "vs_area357": lambda p, c: _pick(p, _VS_AREAS, 2),
    "vs_quota357": lambda p, c: f"{(2 + _num(p, 18)) * 50}",
    "vs_deposit357": lambda p, c: f"{(1 + _num(p, 10)) * 500_000:,}".replace(",", "."),
    "vs_agent357": lambda p, c: _pick(p, _VS_AGENTS, 3),
    "xo_id357": lambda p, c: f"DRV{p.bhxh[:8]}",
    "xo_phone357": lambda p, c: f"+84{p.phone[1:]}",
    "xo_plate357": lambda p, c: (
        f"{50 + _num(p, 9)}-{'BCDEFGHK'[_num(p, 8) - 1]}1 {p.bhxh[3:6]}.{p.bhxh[6:8]}"
    ),
    "xo_vehicle357": lambda p, c: _pick(p, _XO_VEHICLES, 4),
    "xo_rating357": lambda p, c: f"{4 + _num(p, 10) / 10:.1f}".replace("5.0", "4.9"),
    "xo_trips357": lambda p, c: f"{_num(p, 300) * 17}",
    "xo_status357": lambda p, c: _pick(p, _XO_STATUS, 5),
    "cd_stall357": lambda p, c: f"{'ABCD'[_num(p, 4) - 1]}-{_num(p, 60):02d}",
    "cd_goods357": lambda p, c: _pick(p, _CD_GOODS, 2),
    "cd_area357": lambda p, c: f"{_pick(p, ('2,0', '2,5', '3,0', '4,0', '6,0'), 3)} m²",
    "cd_fee357": lambda p, c: f"{(6 + _num(p, 20)) * 100_000:,}".replace(",", "."),
    "cd_helper357": lambda p, c: _other_vn(p, 4),
    "cd_sign357": lambda p, c: _pick(p, ("Đã ký", "", "Đã ký", "Vắng"), 5),
    "td_home357": lambda p, c: _pick(p, _TD_HOME, 2),
    "td_trade357": lambda p, c: _pick(p, _TD_TRADES, 3),
    "td_means357": lambda p, c: _pick(p, _TD_MEANS, 4),
    "td_landlord357": lambda p, c: _other_vn(p, 6),
    "td_landphone357": lambda p, c: _other_phone(p),
    "td_officer357": lambda p, c: _pick(p, _TD_OFFICERS, 5),
    "az_fin357": lambda p, c: _fin(p),
    "az_family357": lambda p, c: _az_family(p),
    "az_given357": lambda p, c: _by_sex(p, _AZ_GIVEN_M, _AZ_GIVEN_F, 2),
    "az_father357": lambda p, c: f"{_pick(p, _AZ_GIVEN_M, 3)} {'oğlu' if p.male else 'qızı'}",
    "az_sex357": lambda p, c: "kişi" if p.male else "qadın",
    "az_street357": lambda p, c: _two_of(p, _AZ_PLACES, 1)[0],
    "az_city357": lambda p, c: _two_of(p, _AZ_PLACES, 1)[1],
    "az_phone357": lambda p, c: (
        f"+994 {_pick(p, ('50', '51', '55', '70', '77'), 4)} {p.phone[3:6]} "
        f"{p.phone[6:8]} {p.phone[8:10]}"
    ),
    "az_card357": lambda p, c: f"AA{p.bhxh[2:9]}",
    "az_market357": lambda p, c: _pick(p, _AZ_MARKETS, 5),
    "tr_tc357": lambda p, c: _tc_kimlik(p),
    "tr_given357": lambda p, c: _by_sex(p, _TR_GIVEN_M, _TR_GIVEN_F, 1),
    "tr_family357": lambda p, c: _pick(p, _TR_FAMILY, 2).replace("i", "İ").upper(),
    "tr_father357": lambda p, c: _pick(p, _TR_GIVEN_M, 3),
    "tr_birthplace357": lambda p, c: _pick(p, _TR_BIRTHPLACES, 4),
    "tr_sex357": lambda p, c: "Erkek" if p.male else "Kadın",
    "tr_street357": lambda p, c: _two_of(p, _TR_PLACES, 2)[0],
    "tr_district357": lambda p, c: _two_of(p, _TR_PLACES, 2)[1],
    "tr_province357": lambda p, c: _two_of(p, _TR_PLACES, 2)[2],
    "tr_phone357": lambda p, c: f"0 (5{p.phone[2:4]}) {p.phone[4:7]} {p.phone[7:9]} {p.phone[9:]}0",
    "tr_sicil357": lambda p, c: f"{_num(p, 80)}/{p.bhxh[:5]}",
    "tr_trade357": lambda p, c: _pick(p, _TR_TRADES, 5),
    "ku_name357": lambda p, c: (
        f"{_ku_name(p)[0]} {_pick(p, _KU_FATHERS, 2)} {_pick(p, _KU_GRANDS, 3)}"
    ),
    "ku_mother357": lambda p, c: _pick(p, _KU_MOTHERS, 4),
    "ku_card357": lambda p, c: _iq_card(p),
    "ku_sex357": lambda p, c: "نێر / ذكر" if p.male else "مێ / أنثى",
    "ku_gov357": lambda p, c: _ku_place(p)[0],
    "ku_qada357": lambda p, c: _ku_place(p)[1],
    "ku_mahalla357": lambda p, c: _ku_place(p)[2],
    "ku_phone357": lambda p, c: (
        f"07{_pick(p, ('50', '51', '70', '71'), 5)} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "ku_ration357": lambda p, c: f"{p.bhxh[3:9]}",
    "ku_trade357": lambda p, c: _pick(p, _KU_TRADES, 6),
    "ku_shop357": lambda p, c: f"قەیسەری / قيصرية - {_num(p, 140)}",
    "lb_family357": lambda p, c: _pick(p, _LB_FAMILY, 1),
    "lb_given357": lambda p, c: _by_sex(p, _LB_GIVEN_M, _LB_GIVEN_F, 2),
    "lb_father357": lambda p, c: _pick(p, _LB_GIVEN_M, 3),
    "lb_mother357": lambda p, c: f"{_pick(p, _LB_GIVEN_F, 4)} {_pick(p, _LB_FAMILY, 5)}",
    "lb_birthplace357": lambda p, c: _pick(p, _LB_BIRTHPLACES, 6),
    "lb_sex357": lambda p, c: "ذكر / M" if p.male else "أنثى / F",
    "lb_sijil357": lambda p, c: f"{_num(p, 400)}",
    "lb_id357": lambda p, c: f"{p.bhxh}{p.birth:%y}",
    "lb_address357": lambda p, c: _two_of(p, _LB_PLACES, 2)[0],
    "lb_caza357": lambda p, c: _two_of(p, _LB_PLACES, 2)[1],
    "lb_phone357": lambda p, c: (
        f"+961 {_pick(p, ('3', '70', '71', '76', '81'), 3)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "lb_trade357": lambda p, c: _pick(p, _LB_TRADES, 4),
    "lb_permit357": lambda p, c: f"{p.bhxh[:4]}/{p.other_date:%Y}",
    "jo_nn357": lambda p, c: _jo_nn(p),
    "jo_name357": lambda p, c: (
        f"{_by_sex(p, _JO_FIRST_M, _JO_FIRST_F, 1)} {_pick(p, _JO_CHAIN, 2)} "
        f"{_pick(p, _JO_CHAIN, 3)} {_pick(p, _JO_FAMILY, 4)}"
    ),
    "jo_sex357": lambda p, c: "ذكر" if p.male else "أنثى",
    "jo_street357": lambda p, c: _two_of(p, _JO_PLACES, 3)[0],
    "jo_gov357": lambda p, c: _two_of(p, _JO_PLACES, 3)[1],
    "jo_liwa357": lambda p, c: _two_of(p, _JO_PLACES, 3)[2],
    "jo_phone357": lambda p, c: f"07{_pick(p, ('7', '8', '9'), 5)} {p.phone[3:6]} {p.phone[6:10]}",
    "jo_kiosk357": lambda p, c: _pick(p, _JO_KIOSKS, 6),
    "jo_licence357": lambda p, c: f"GAM-{p.other_date:%Y}-{p.bhxh[-5:]}",
    "jo_fee357": lambda p, c: f"{(5 + _num(p, 20)) * 10} د.أ",
}

__all__ = ["WRITERS_BLIND357"]
