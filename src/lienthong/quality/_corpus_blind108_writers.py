"""How the people of the hundred-and-eighth part of the outside corpus (**blind 108**,
:mod:`lienthong.quality._corpus_blind108`) are written: four Vietnamese files' own columns (a
Party member's badge, an ETC toll tag, a land transfer, a poor household's latrine) and Icelandic,
Norwegian, Finnish, Faroese and Greenlandic names, places, phones and identity numbers in the
forms their registers write them (the kennitala, the fødselsnummer, the henkilötunnus, the P-tal
and the CPR number with their check digits)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _hetu
from lienthong.quality._corpus_blind10_writers import _is_names, _kennitala
from lienthong.quality._corpus_blind11_writers import (
    _NO_FAMILY,
    _NO_GIVEN_F,
    _NO_GIVEN_M,
    _fodselsnummer,
)
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind46_writers import _cpr
from lienthong.quality._corpus_blind48_writers import _p_tal
from lienthong.quality._corpus_blind85_writers import _items, _rows
from lienthong.quality._corpus_blind91_writers import _FI_FAMILY, _FI_GIVEN_F, _FI_GIVEN_M
from lienthong.quality._corpus_blind92_writers import _dotted
from lienthong.quality._corpus_blind107_writers import (
    _FO_FAMILY,
    _FO_GIVEN_F,
    _FO_GIVEN_M,
    _GL_FAMILY,
    _GL_GIVEN_F,
    _GL_GIVEN_M,
)
from lienthong.quality._corpus_people import _ascii

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnamese files ---------------------------------------------------------------------------
_VN_ORIGINS = _items(
    "Xã Nam Giang, huyện Nam Đàn, tỉnh Nghệ An; Xã Hoằng Lộc, huyện Hoằng Hóa, tỉnh Thanh Hóa; "
    "Xã Cổ Loa, huyện Đông Anh, TP Hà Nội; Xã Hành Thiện, huyện Nghĩa Hưng, tỉnh Nam Định; "
    "Xã Vĩnh Kim, huyện Châu Thành, tỉnh Tiền Giang; Xã Điện Quang, thị xã Điện Bàn, tỉnh Quảng Nam"
)
_VN_PARTY_HOMES = _items(
    "Số 12 ngõ 85 Hạ Đình, phường Thanh Xuân Trung, quận Thanh Xuân, Hà Nội; tổ 9, phường Nhân "
    "Chính, quận Thanh Xuân, Hà Nội; P.405 nhà B3, tập thể Kim Liên, phường Kim Liên, quận Đống "
    "Đa, Hà Nội; 27 Khương Trung, phường Khương Trung, quận Thanh Xuân, Hà Nội; số 6 ngách 2/41 "
    "Vũ Trọng Phụng, phường Thanh Xuân Trung, quận Thanh Xuân, Hà Nội"
)
_VN_CELLS = _items(
    "Chi bộ Khu dân cư số 3; Chi bộ Khu dân cư số 7; Chi bộ Hưu trí; Chi bộ Tổ dân phố 12; "
    "Chi bộ Khu tập thể Bộ Tài chính"
)
_VN_ETC_HOMES = _items(
    "12 Nguyễn Thị Thập, P. Tân Phú, Q.7, TP.HCM; 88/3 Lê Văn Việt, P. Hiệp Phú, TP. Thủ Đức, "
    "TP.HCM; Số 5 đường D2, KDC Him Lam, P. Tân Hưng, Q.7, TP.HCM; ấp 2, xã Long Thọ, huyện "
    "Nhơn Trạch, tỉnh Đồng Nai; 145 Võ Thị Sáu, P. Thống Nhất, TP. Biên Hòa, tỉnh Đồng Nai"
)
_VN_VEHICLES = _items(
    "Xe con < 12 chỗ; Xe con < 12 chỗ; Xe bán tải; Xe tải < 2 tấn; Xe khách 16 chỗ; "
    "Xe con < 12 chỗ; Xe tải 2 - 4 tấn"
)
_VN_PLATE_AREAS = ("51K", "51H", "60A", "51G", "60C", "30K", "51L")
_VN_ETC_STATIONS = _items(
    "Trạm Long Phước (CT.01); Trạm Dầu Giây; Trạm An Sương - An Lạc; "
    "Điểm dán VETC Q.7; Trạm Xa lộ Hà Nội; Điểm dán ePass Thủ Đức"
)
_VN_LAND_HOMES = _items(
    "thôn Phú Mỹ, xã Hòa Phước, huyện Hòa Vang, TP Đà Nẵng; tổ 15, phường Hòa Minh, quận Liên "
    "Chiểu, TP Đà Nẵng; 45 Lê Đình Lý, phường Vĩnh Trung, quận Thanh Khê, TP Đà Nẵng; thôn Yến "
    "Nê, xã Hòa Tiến, huyện Hòa Vang, TP Đà Nẵng; khối 3, phường Điện Nam Bắc, thị xã Điện Bàn, "
    "tỉnh Quảng Nam"
)
_VN_PLOT_PLACES = _items(
    "thôn Cẩm Nê, xã Hòa Tiến, huyện Hòa Vang; thôn Phong Nam, xã Hòa Châu, huyện Hòa Vang; "
    "thôn La Bông, xã Hòa Tiến, huyện Hòa Vang; thôn Giáng Nam 1, xã Hòa Phước, huyện Hòa Vang"
)
_VN_LAND_KINDS = _items(
    "Chuyển nhượng QSDĐ; Chuyển nhượng QSDĐ; Tặng cho QSDĐ; Thừa kế QSDĐ; "
    "Chuyển nhượng QSDĐ và TSGLVĐ; Tách thửa + chuyển nhượng"
)
_VN_WC_HOMES = _items(
    "Thon Na Hu, xa Hop Thanh, huyen Luong Son, tinh Hoa Binh; Xom Bai Chao, xa Cao Thang, "
    "huyen Luong Son, tinh Hoa Binh; Thon Chieng, xa Tan Vinh, huyen Luong Son, tinh Hoa Binh; "
    "Xom Mon, xa Cu Yen, huyen Luong Son, tinh Hoa Binh"
)
_VN_WC_KINDS = _items("Tu hoai; Tu hoai; Tham doi; Hai ngan; Tu hoai 3 ngan")


def _join_day(p: Person) -> date:
    year = min(p.birth.year + 19 + int(p.bhxh[-1]) % 8, 2025)
    return _safe_day(year, 1 + int(p.bhxh[-2]) % 12, 1 + int(p.bhxh[-3:]) % 28)


def _badge(p: Person) -> str:
    years = 2026 - _join_day(p).year
    if years < 30:
        return "Chưa đủ 30 năm tuổi Đảng - trả lại"
    return f"Huy hiệu {min(years // 5 * 5, 75)} năm tuổi Đảng"


def _plate(p: Person) -> str:
    digits = p.bhxh[-5:]
    return f"{_pick(p, _VN_PLATE_AREAS, 2)}-{digits[:3]}.{digits[3:]}"


# -- Iceland ------------------------------------------------------------------------------------
#: (street line, postcode, town)
_IS_HOMES = _rows(
    "Hamraborg 14 | 200 | Kópavogur; Álfhólsvegur 57 | 200 | Kópavogur; "
    "Engihjalli 9, 4. h. t.v. | 200 | Kópavogur; Lindasmári 33 | 201 | Kópavogur; "
    "Vallakór 2b | 203 | Kópavogur; Furugrund 70 | 200 | Kópavogur; "
    "Vatnsendablettur 12 | 203 | Kópavogur"
)
_IS_POLLS = _items("Smáraskóli; Kórinn; Kópavogsskóli; Lindaskóli; Snælandsskóli")
_IS_CITIZEN = _items("Ísland; Ísland; Ísland; Pólland; Ísland; Litháen; Ísland")
_IS_NOTES = ("", "", "", "Atkvæði utan kjörfundar móttekið", "Flutt lögheimili eftir viðmiðunardag")

# -- Norway -------------------------------------------------------------------------------------
#: (street line, postcode, poststed)
_NO_HOMES = _rows(
    "Pedersgata 43 | 4013 | STAVANGER; Madlaveien 112 | 4009 | STAVANGER; Løkkeveien 11 H0203 | "
    "4008 | STAVANGER; Hinnasvingen 8 | 4018 | STAVANGER; Gosenveien 21 | 4021 | STAVANGER; "
    "Sandnesveien 302 | 4318 | SANDNES"
)
_NO_REASONS = _items(
    "Bevegelseshemmet; Synshemmet; Rullestolbruker; Bevegelseshemmet; Kognitiv svikt"
)
_NO_WORKERS = ("Kari Tjelta", "Ove Rasmussen", "Siv Aarsland", "Geir Helland")

# -- Finland ------------------------------------------------------------------------------------
#: (street line, postcode, town)
_FI_HOMES = _rows(
    "Humalistonkatu 12 B 24 | 20100 | Turku; Uudenmaankatu 7 A 3 | 20500 | Turku; Vähäheikkiläntie "
    "35 C 41 | 20700 | Turku; Ruusukortteli 4 as 2 | 20540 | Turku; Kaskenkatu 21 D 9 | 20700 | "
    "Turku; Sairashuoneenkatu 6 | 20100 | Turku; Nummenpakka 3 B 12 | 20810 | Turku"
)
_FI_ROOMS = ("1h+kk", "1h+k", "2h+k", "2h+kk", "3h+k", "4h+k+s")
_FI_URGENCY = _items("Normaali; Kiireellinen / Brådskande; Normaali; Normaali; Kiireellinen")

# -- Faroe Islands ------------------------------------------------------------------------------
_FO_ADDRESSES = _items(
    "Dalavegur 21, FO-100 Tórshavn; Jóannesar Paturssonargøta 8, FO-100 Tórshavn; Hoyvíksvegur "
    "55, FO-188 Hoyvík; Klaksvíksvegur 14, FO-700 Klaksvík; Við Á 3, FO-470 Eiði; Heygsvegur 7, "
    "FO-410 Kollafjørður"
)
_FO_WARDS = _items(
    "Medisinska deild; Hjartadeild (ambulatorium); Barnadeild; Kirurgiska ambulatorium; "
    "Eygnadeild; Kvinnudeild"
)
_FO_DOCTORS = ("Dr. Pál Weihe", "Dr. Annika Joensen", "Dr. Rói Niclasen", "Dr. Maria Olsen")
_FO_GPS = ("Kommunulæknin í Tórshavn", "Læknamiðstøðin í Klaksvík", "Kommunulæknin á Eiði")

# -- Greenland ----------------------------------------------------------------------------------
_GL_ADDRESSES = _items(
    "Aqqusinersuaq 3, 3900 Nuuk; Qullilerfik 2, lejl. 104, 3900 Nuuk; Tuujuk 12, 3900 Nuuk; "
    "B-885, 3905 Nuussuaq; Paamiut Ilaat 4, 3940 Paamiut; Issortarfimmut 7, 3910 Kangerlussuaq"
)
_GL_KINDS = (
    "Utoqqalinersiaq / Alderspension",
    "Utoqqalinersiaq / Alderspension",
    "Siusinaartumik soraarnerussutisiaq / Førtidspension",
)
_GL_OFFICERS = ("Pia Lynge", "Karl Rosing", "Else Heilmann", "Nukannguaq Egede")


def _is_home(p: Person) -> tuple[str, ...]:
    return _IS_HOMES[int(p.bhxh) // 7 % len(_IS_HOMES)]


def _no_home(p: Person) -> tuple[str, ...]:
    return _NO_HOMES[int(p.bhxh) // 7 % len(_NO_HOMES)]


def _fi_home(p: Person) -> tuple[str, ...]:
    return _FI_HOMES[int(p.bhxh) // 7 % len(_FI_HOMES)]


def _fi_given(p: Person) -> str:
    return _by_sex(p, _FI_GIVEN_M, _FI_GIVEN_F, 3)


def _fi_family(p: Person) -> str:
    return _pick(p, _FI_FAMILY, 2)


WRITERS_BLIND108: dict[str, Callable[[Person, Col], object]] = {
    # -- đề nghị tặng Huy hiệu Đảng
    "origin108": lambda p, c: _pick(p, _VN_ORIGINS, 2),
    "party_addr108": lambda p, c: _pick(p, _VN_PARTY_HOMES, 3),
    "cell108": lambda p, c: _pick(p, _VN_CELLS, 4),
    "join108": lambda p, c: f"{_join_day(p):%d/%m/%Y}",
    "official108": lambda p, c: f"{_shift_date(_join_day(p), 1):%d/%m/%Y}",
    "badge108": lambda p, c: _badge(p),
    "card108": lambda p, c: f"{p.bhxh[:8]}",
    # -- dán thẻ ETC thu phí không dừng
    "etc_addr108": lambda p, c: _pick(p, _VN_ETC_HOMES, 2),
    "plate108": lambda p, c: _plate(p),
    "vehicle108": lambda p, c: _pick(p, _VN_VEHICLES, 3),
    "etag108": lambda p, c: f"3416214B94{p.bhxh}{p.bhxh[:4]}".upper(),
    "etc_account108": lambda p, c: f"VETC{p.bhxh[-9:]}",
    "etc_station108": lambda p, c: _pick(p, _VN_ETC_STATIONS, 4),
    # -- sổ theo dõi đăng ký biến động đất đai
    "land_case108": lambda p, c: f"000.00.16.H17-{p.other_date:%y%m%d}-{_num(p, 9999):04d}",
    "land_addr108": lambda p, c: _pick(p, _VN_LAND_HOMES, 2),
    "seller108": lambda p, c: _other_vn(p, 3),
    "plot108": lambda p, c: str(_num(p, 900) + 1),
    "sheet108": lambda p, c: str(int(p.bhxh[-2:]) % 60 + 1),
    "plot_area108": lambda p, c: f"{100 + int(p.bhxh[-3:]) % 400},{p.bhxh[1]}",
    "plot_place108": lambda p, c: _pick(p, _VN_PLOT_PLACES, 4),
    "land_kind108": lambda p, c: _pick(p, _VN_LAND_KINDS, 5),
    # -- hỗ trợ xây nhà tiêu hợp vệ sinh (hộ nghèo)
    "wc_addr108": lambda p, c: _pick(p, _VN_WC_HOMES, 2),
    "wc_group108": lambda p, c: _pick(p, ("Ho ngheo", "Ho can ngheo", "Ho ngheo"), 3),
    "wc_kind108": lambda p, c: _pick(p, _VN_WC_KINDS, 4),
    "wc_aid108": lambda p, c: _pick(p, ("3.000.000", "4.000.000", "2.500.000"), 5),
    "wc_own108": lambda p, c: _dotted(2_000_000 + int(p.bhxh[-1]) * 500_000),
    "wc_members108": lambda p, c: str(2 + int(p.bhxh[-2]) % 6),
    "wc_note108": lambda p, c: _pick(p, ("", "", "Da nghiem thu", "Chua hoan thanh"), 6),
    "wc_officer108": lambda p, c: _ascii(_other_vn(p, 7)),
    # -- Iceland: kjörskrá Kópavogsbæjar
    "kt108": lambda p, c: _kennitala(p),
    "is_name108": lambda p, c: " ".join(_is_names(p)),
    "is_street108": lambda p, c: _is_home(p)[0],
    "is_postcode108": lambda p, c: _is_home(p)[1],
    "is_town108": lambda p, c: _is_home(p)[2],
    "is_ward108": lambda p, c: f"{int(p.bhxh[-2:]) % 14 + 1}. kjördeild",
    "is_poll108": lambda p, c: _pick(p, _IS_POLLS, 3),
    "is_citizen108": lambda p, c: _pick(p, _IS_CITIZEN, 4),
    "is_note108": lambda p, c: _pick(p, _IS_NOTES, 5),
    # -- Norway: TT-kort, Stavanger kommune
    "no_case108": lambda p, c: f"{p.other_date:%y}/{int(p.bhxh[-5:]) % 20000}",
    "fnr108": lambda p, c: _fodselsnummer(p),
    "no_family108": lambda p, c: _pick(p, _NO_FAMILY, 2),
    "no_given108": lambda p, c: _by_sex(p, _NO_GIVEN_M, _NO_GIVEN_F, 3),
    "no_street108": lambda p, c: _no_home(p)[0],
    "no_postcode108": lambda p, c: _no_home(p)[1],
    "no_town108": lambda p, c: _no_home(p)[2],
    "no_phone108": lambda p, c: f"9{p.phone[3:5]} {p.phone[5:7]} {p.phone[7:10]}",
    "no_reason108": lambda p, c: _pick(p, _NO_REASONS, 4),
    "no_wheelchair108": lambda p, c: "Ja" if int(p.bhxh[-1]) % 3 == 0 else "Nei",
    "no_trips108": lambda p, c: _pick(p, ("72", "96", "144", "200"), 5),
    "no_escort108": lambda p, c: _pick(p, ("Ja", "Nei", "Nei"), 6),
    "no_until108": lambda p, c: f"{_shift_date(p.other_date, 3):%d.%m.%Y}",
    "no_worker108": lambda p, c: _pick(p, _NO_WORKERS, 7),
    # -- Finland: Turun vuokra-asuntohakemukset
    "fi_case108": lambda p, c: f"H-{p.other_date:%Y}-{p.bhxh[-6:]}",
    "hetu108": lambda p, c: _hetu(p),
    "fi_family108": lambda p, c: _fi_family(p),
    "fi_given108": lambda p, c: _fi_given(p),
    "fi_street108": lambda p, c: _fi_home(p)[0],
    "fi_postcode108": lambda p, c: _fi_home(p)[1],
    "fi_town108": lambda p, c: _fi_home(p)[2],
    "fi_phone108": lambda p, c: f"04{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}",
    "fi_email108": lambda p, c: (
        f"{_ascii(_fi_given(p).split()[0]).lower()}.{_ascii(_fi_family(p)).lower()}@gmail.com"
    ),
    "fi_size108": lambda p, c: str(1 + int(p.bhxh[-2]) % 5),
    "fi_rooms108": lambda p, c: _pick(p, _FI_ROOMS, 4),
    "fi_income108": lambda p, c: f"{1200 + int(p.bhxh[-4:]) % 3000},00",
    "fi_urgency108": lambda p, c: _pick(p, _FI_URGENCY, 5),
    "fi_valid108": lambda p, c: f"{p.other_date + timedelta(days=180):%d.%m.%Y}",
    # -- Faroe Islands: Landssjúkrahúsið, ambulant tíðir
    "fo_journal108": lambda p, c: f"LS-{p.bhxh[-7:]}",
    "ptal108": lambda p, c: _p_tal(p),
    "fo_name108": lambda p, c: (
        f"{_by_sex(p, _FO_GIVEN_M, _FO_GIVEN_F, 3)} {_pick(p, _FO_FAMILY, 2)}"
    ),
    "sex_fo108": lambda p, c: "M" if p.male else "K",
    "fo_address108": lambda p, c: _pick(p, _FO_ADDRESSES, 4),
    "fo_phone108": lambda p, c: f"(+298) {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}",
    "fo_ward108": lambda p, c: _pick(p, _FO_WARDS, 5),
    "fo_doctor108": lambda p, c: _pick(p, _FO_DOCTORS, 6),
    "fo_time108": lambda p, c: (
        f"kl. {8 + int(p.bhxh[-1]) % 7:02d}:{_pick(p, ('00', '15', '30', '45'), 7)}"
    ),
    "fo_gp108": lambda p, c: _pick(p, _FO_GPS, 8),
    "fo_note108": lambda p, c: _pick(p, ("", "", "Túlkur: danskt", "Blóðroynd áðrenn", ""), 9),
    # -- Greenland: utoqqalinersiaq / alderspension, Kommuneqarfik Sermersooq
    "cpr108": lambda p, c: _cpr(p),
    "gl_name108": lambda p, c: (
        f"{_by_sex(p, _GL_GIVEN_M, _GL_GIVEN_F, 3)} {_pick(p, _GL_FAMILY, 2)}"
    ),
    "gl_address108": lambda p, c: _pick(p, _GL_ADDRESSES, 4),
    "gl_phone108": lambda p, c: f"+299 {p.phone[4:7]} {p.phone[7:10]}",
    "gl_kind108": lambda p, c: _pick(p, _GL_KINDS, 5),
    "gl_amount108": lambda p, c: f"{_dotted(4000 + int(p.bhxh[-3:]) * 7)},00",
    "gl_account108": lambda p, c: f"6471 {p.bhxh[:10]}",
    "gl_spouse108": lambda p, c: _pick(
        p, ("", f"{_pick(p, _GL_GIVEN_F, 6)} {_pick(p, _GL_FAMILY, 2)}"), 5
    ),
    "gl_officer108": lambda p, c: _pick(p, _GL_OFFICERS, 7),
    "gl_other_phone108": lambda p, c: _other_phone(p, "+299 3"),
}

__all__ = ["WRITERS_BLIND108"]
