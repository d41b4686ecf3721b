"""How the people of the thirtieth part of the outside corpus (**blind 30**,
:mod:`lienthong.quality._corpus_blind30`) are written: four Vietnamese files' own columns (a tax
finalisation's period, income, refund, employer and authorised person, a street-vendor licence's
number, goods, spot, hours and stand-in, an organ-donor registration's number, blood group,
organs and relative, an extension course, crop, area and trainer) and Bahraini, Mauritanian,
Papua New Guinean, Togolese and Liechtenstein names, addresses, phones and identity numbers in
the forms their cards show (only the Bahraini CPR number publishes a check, its mod 11 digit; the
Mauritanian NNI, the Papua New Guinean NID number, the Togolese NIU and the Liechtenstein AHV
number have none)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind11_writers import _mod11
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_POST = ("100000", "110000", "550000", "700000", "730000", "900000", "940000")
_VN_PAYERS = (
    "Công ty TNHH Điện tử Samsung HCMC CE Complex",
    "Ngân hàng TMCP Ngoại thương Việt Nam",
    "Công ty CP Sữa Việt Nam",
    "Trường THCS Lê Lợi",
    "Công ty TNHH MTV Cấp nước Chợ Lớn",
)
_VN_GOODS = ("Trái cây", "Bánh mì", "Vé số", "Nước giải khát", "Xôi, bắp", "Hoa tươi")
_VN_SPOTS = (
    "Vỉa hè trước số 12 Lê Lai",
    "Góc Nguyễn Trãi - Cống Quỳnh",
    "Cổng chợ Bến Thành (cửa Tây)",
    "Lề đường Trần Hưng Đạo đoạn số 40-60",
)
_VN_HOURS = ("05:00-09:00", "06:00-11:00", "15:00-21:00", "17:00-22:00")
_VN_KIN = ("Vợ", "Chồng", "Con", "Mẹ", "Anh", "Chị", "Em")
_VN_BLOOD = ("O+", "A+", "B+", "AB+", "O-", "A-")
_VN_ORGANS = ("Giác mạc", "Thận", "Gan", "Tim", "Toàn bộ mô, tạng", "Giác mạc; Thận")
_VN_COURSES = (
    "Kỹ thuật trồng lúa theo VietGAP",
    "Chăn nuôi heo an toàn sinh học",
    "Nuôi tôm thẻ chân trắng",
    "Trồng sầu riêng xuất khẩu",
)
_VN_CROPS = ("Lúa", "Heo", "Tôm", "Sầu riêng", "Bò thịt", "Rau màu")
_BH_GIVEN_M = ("Mohamed", "Ali", "Hasan", "Ahmed", "Abdulla", "Isa", "Yusuf")
_BH_GIVEN_F = ("Fatema", "Zainab", "Maryam", "Noora", "Sara", "Aysha")
_BH_FAMILY = ("Al Aradi", "Al Khalifa", "Al Mahmood", "Janahi", "Kanoo", "Al Sayed", "Fakhro")
_BH_NATIONS = ("Bahraini", "Bahraini", "Bahraini", "Indian", "Pakistani", "Filipino")
_BH_EMPLOYERS = ("BAPCO", "Alba", "Batelco", "Gulf Air", "National Bank of Bahrain")
#: (road number range start, block, town)
_BH_PLACES = (
    (2400, "324", "Manama"),
    (3800, "338", "Adliya"),
    (1500, "215", "Muharraq"),
    (2200, "922", "Riffa"),
    (100, "701", "Isa Town"),
    (3300, "433", "Jidhafs"),
)
_MR_GIVEN_M = ("Mohamed", "Ahmed", "Sidi", "Cheikh", "Moctar", "Brahim", "El Hacen")
_MR_GIVEN_F = ("Mariem", "Fatimetou", "Aichetou", "Khadijetou", "Vatimetou", "Zeinabou")
_MR_FATHERS = ("Ahmed", "Mohamed", "Sidi Mohamed", "Abdallahi", "Cheikh", "Mahfoudh")
#: (quartier, moughataa, city)
_MR_PLACES = (
    ("Tevragh Zeina, îlot K", "Tevragh Zeina", "Nouakchott"),
    ("Ksar, îlot A", "Ksar", "Nouakchott"),
    ("Socogim PS", "Teyarett", "Nouakchott"),
    ("Carrefour Madrid", "Arafat", "Nouakchott"),
    ("Cité SNIM", "Nouadhibou", "Nouadhibou"),
    ("Quartier Sud", "Rosso", "Rosso"),
)
_PG_FAMILY = ("Kila", "Somare", "Wari", "Namaliu", "Kapi", "Tamur", "Aisi", "Morauta")
_PG_GIVEN_M = ("John", "Peter", "Michael Kila", "Joseph", "Ben", "Kila Paul")
_PG_GIVEN_F = ("Mary", "Ruth", "Grace Kila", "Elizabeth", "Joyce", "Anna Maria")
#: (address pattern, postcode)
_PG_PLACES = (
    ("Section 45, Lot 12, Gordons, NCD", "111"),
    ("Section 13, Lot {n}, Boroko, NCD", "111"),
    ("Lot {n}, Kennedy Estate, Gerehu Stage 2, NCD", "111"),
    ("Section 8, Lot {n}, Eriku, Lae, Morobe", "411"),
    ("Lot {n}, Kamkumung, Lae, Morobe", "411"),
    ("Section 22, Lot {n}, Madang Town, Madang", "511"),
    ("Lot {n}, Kagamuga, Mt Hagen, WHP", "281"),
)
_TG_FAMILY = ("AGBODJAN", "KOFFI", "AMEGAH", "KPODAR", "GNASSINGBE", "LAWSON", "ADJAHO")
_TG_GIVEN_M = ("Kossi", "Koffi Mawuli", "Yao", "Komlan", "Edem", "Kodjo Elom")
_TG_GIVEN_F = ("Afi", "Akossiwa", "Ayélé Mawuena", "Enyonam", "Adjo", "Dédé")
_TG_EMPLOYERS = ("Togocom", "Port Autonome de Lomé", "Ecobank Togo", "SNPT", "Brasserie BB")
#: (quartier, ville)
_TG_PLACES = (
    ("Bè-Kpota", "Lomé"),
    ("Tokoin Hôpital", "Lomé"),
    ("Adidogomé", "Lomé"),
    ("Agoè-Nyivé", "Lomé"),
    ("Kpalimé-Zongo", "Kpalimé"),
    ("Kara-Tomdè", "Kara"),
)
_LI_FAMILY = ("Büchel", "Frick", "Marxer", "Beck", "Hasler", "Ospelt", "Kaiser", "Wohlwend")
_LI_GIVEN_M = ("Thomas", "Andreas", "Markus", "Jürgen", "Patrick", "Daniel")
_LI_GIVEN_F = ("Sabine", "Andrea", "Claudia", "Jasmin", "Petra", "Nadine")
_LI_EMPLOYERS = ("Hilti AG", "Ivoclar Vivadent AG", "LGT Bank AG", "Hoval AG", "ThyssenKrupp")
#: (street, PLZ, Ort)
_LI_PLACES = (
    ("Städtle", "9490", "Vaduz"),
    ("Landstrasse", "9494", "Schaan"),
    ("Feldkircher Strasse", "9494", "Schaan"),
    ("Essanestrasse", "9492", "Eschen"),
    ("Poststrasse", "9491", "Ruggell"),
    ("Im Malarsch", "9495", "Triesen"),
    ("Kirchstrasse", "9487", "Gamprin-Bendern"),
)


def _bh_place(p: Person) -> tuple[int, str, str]:
    return _BH_PLACES[int(p.bhxh) // 9 % len(_BH_PLACES)]


def _cpr(p: Person) -> str:
    """A Bahraini CPR number: yymm of birth, a four-digit serial and a check digit (weights
    8..2 over the first eight digits, 11 less the sum mod 11; 0 where that is 10 or 11)."""
    body = f"{p.birth:%y%m}{p.bhxh[-4:]}"
    check = 11 - _mod11(body, (9, 8, 7, 6, 5, 4, 3, 2))
    return f"{body}{0 if check >= 10 else check}"


def _mr_place(p: Person) -> tuple[str, str, str]:
    return _MR_PLACES[int(p.bhxh) // 9 % len(_MR_PLACES)]


def _pg_place(p: Person) -> tuple[str, str]:
    return _PG_PLACES[int(p.bhxh) // 9 % len(_PG_PLACES)]


def _tg_place(p: Person) -> tuple[str, str]:
    return _TG_PLACES[int(p.bhxh) // 9 % len(_TG_PLACES)]


def _li_place(p: Person) -> tuple[str, str, str]:
    return _LI_PLACES[int(p.bhxh) // 9 % len(_LI_PLACES)]


WRITERS_BLIND30: dict[str, Callable[[Person, Col], object]] = {
    "tax_post30": lambda p, c: _pick(p, _VN_POST, 2),
    "period30": lambda p, c: str(p.other_date.year - 1),
    "income30": lambda p, c: f"{(150 + _num(p, 900)) * 1_000_000:,}".replace(",", "."),
    "refund30": lambda p, c: f"{_num(p, 400) * 25_000:,}".replace(",", "."),
    "payer30": lambda p, c: _pick(p, _VN_PAYERS, 3),
    "proxy30": lambda p, c: _other_vn(p, 4),
    "proxy_phone30": lambda p, c: _other_phone(p, "09"),
    "licence30": lambda p, c: f"{_num(p, 900):03d}/GP-UBND",
    "birth_year30": lambda p, c: str(p.birth.year),
    "vendor_post30": lambda p, c: _pick(p, _VN_POST, 4),
    "goods30": lambda p, c: _pick(p, _VN_GOODS, 2),
    "spot30": lambda p, c: _pick(p, _VN_SPOTS, 3),
    "hours30": lambda p, c: _pick(p, _VN_HOURS, 4),
    "stand_in30": lambda p, c: _other_vn(p, 5, None, p.family),
    "stand_in_phone30": lambda p, c: _other_phone(p, "03"),
    "donor_no30": lambda p, c: f"HT-{p.other_date.year}-{p.bhxh[-5:]}",
    "blood30": lambda p, c: _pick(p, _VN_BLOOD, 2),
    "organs30": lambda p, c: _pick(p, _VN_ORGANS, 3),
    "donor_post30": lambda p, c: _pick(p, _VN_POST, 5),
    "relative30": lambda p, c: _other_vn(p, 6, None, p.family),
    "relation30": lambda p, c: _pick(p, _VN_KIN, 4),
    "relative_phone30": lambda p, c: _other_phone(p, "08"),
    "farm_post30": lambda p, c: _pick(p, _VN_POST, 6),
    "course30": lambda p, c: _pick(p, _VN_COURSES, 2),
    "crop30": lambda p, c: _pick(p, _VN_CROPS, 3),
    "area30": lambda p, c: str(_num(p, 90) * 100),
    "trainer30": lambda p, c: _other_vn(p, 7, False),
    "trainer_phone30": lambda p, c: _other_phone(p, "07"),
    "cpr_bh30": lambda p, c: _cpr(p),
    "name_bh30": lambda p, c: (
        f"{_by_sex(p, _BH_GIVEN_M, _BH_GIVEN_F, 1)} {_pick(p, _BH_GIVEN_M, 2)}"
        f" {_pick(p, _BH_GIVEN_M, 3)} {_pick(p, _BH_FAMILY, 4)}"
    ),
    "nation_bh30": lambda p, c: _pick(p, _BH_NATIONS, 5),
    "sex_bh30": lambda p, c: "Male" if p.male else "Female",
    "address_bh30": lambda p, c: (
        f"Flat {_num(p, 40)}, Bldg {_num(p, 2000)}, Road {_bh_place(p)[0] + _num(p, 60)},"
        f" Block {_bh_place(p)[1]}, {_bh_place(p)[2]}"
    ),
    "block_bh30": lambda p, c: _bh_place(p)[1],
    "phone_bh30": lambda p, c: (
        f"+973 3{_pick(p, ('3', '6', '9', '5'), 3)}{p.phone[4:6]} {p.phone[6:10]}"
    ),
    "employer_bh30": lambda p, c: _pick(p, _BH_EMPLOYERS, 6),
    "contact_bh30": lambda p, c: f"{_pick(p, _BH_GIVEN_M, 7)} {_pick(p, _BH_FAMILY, 8)}",
    "contact_phone_bh30": lambda p, c: f"+973 17{p.bhxh[::-1][:2]} {p.bhxh[::-1][2:6]}",
    "nni_mr30": lambda p, c: f"{p.bhxh[1:10]}{p.birth.day % 10}",
    "mr_family30": lambda p, c: (
        f"{'Ould' if p.male else 'Mint'} {_pick(p, _MR_FATHERS, 2)}"
        if int(p.bhxh) % 3
        else _pick(p, _MR_FATHERS, 2)
    ),
    "mr_given30": lambda p, c: _by_sex(p, _MR_GIVEN_M, _MR_GIVEN_F, 1),
    "sex_mr30": lambda p, c: "M" if p.male else "F",
    "address_mr30": lambda p, c: f"{_mr_place(p)[0]}, lot {_num(p, 300)}, {_mr_place(p)[2]}",
    "moughataa_mr30": lambda p, c: _mr_place(p)[1],
    "phone_mr30": lambda p, c: (
        f"{_pick(p, ('2', '3', '4'), 3)}{p.phone[3]} {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}"
    ),
    "warn_mr30": lambda p, c: f"{_pick(p, _MR_GIVEN_M, 4)} Ould {_pick(p, _MR_FATHERS, 5)}",
    "warn_phone_mr30": lambda p, c: (
        f"4{p.bhxh[::-1][0]} {p.bhxh[::-1][1:3]} {p.bhxh[::-1][3:5]} {p.bhxh[::-1][5:7]}"
    ),
    "member_pg30": lambda p, c: f"N{p.bhxh[-7:]}",
    "nid_pg30": lambda p, c: f"{p.bhxh[::-1][:4]}{p.bhxh[2:8]}",
    "pg_family30": lambda p, c: _pick(p, _PG_FAMILY, 2),
    "pg_given30": lambda p, c: _by_sex(p, _PG_GIVEN_M, _PG_GIVEN_F, 1),
    "sex_pg30": lambda p, c: "M" if p.male else "F",
    "address_pg30": lambda p, c: _pg_place(p)[0].format(n=_num(p, 80)),
    "post_pg30": lambda p, c: _pg_place(p)[1],
    "phone_pg30": lambda p, c: (
        f"7{_pick(p, ('0', '1', '2', '3'), 3)}{p.phone[4:6]} {p.phone[6:10]}"
    ),
    "nominee_pg30": lambda p, c: (
        f"{_by_sex(p, _PG_GIVEN_F, _PG_GIVEN_M, 4)} {_pick(p, _PG_FAMILY, 5)}"
    ),
    "nominee_phone_pg30": lambda p, c: f"79{p.bhxh[::-1][:2]} {p.bhxh[::-1][2:6]}",
    "niu_tg30": lambda p, c: f"{p.bhxh[-10:]}",
    "tg_family30": lambda p, c: _pick(p, _TG_FAMILY, 2),
    "tg_given30": lambda p, c: _by_sex(p, _TG_GIVEN_M, _TG_GIVEN_F, 1),
    "sex_tg30": lambda p, c: "M" if p.male else "F",
    "address_tg30": lambda p, c: f"{_tg_place(p)[0]}, {_tg_place(p)[1]}",
    "bp_tg30": lambda p, c: f"BP {_num(p, 9000)} {_tg_place(p)[1]}",
    "phone_tg30": lambda p, c: (
        f"+228 9{_pick(p, ('0', '1', '6', '9'), 3)} {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}"
    ),
    "employer_tg30": lambda p, c: _pick(p, _TG_EMPLOYERS, 4),
    "contact_tg30": lambda p, c: (
        f"{_pick(p, _TG_FAMILY, 5)} {_by_sex(p, _TG_GIVEN_F, _TG_GIVEN_M, 6)}"
    ),
    "contact_phone_tg30": lambda p, c: f"+228 22 {p.bhxh[::-1][:2]} {p.bhxh[::-1][2:4]} 00",
    "ahv_li30": lambda p, c: f"{p.bhxh[1:4]}.{p.bhxh[4:7]}.{p.bhxh[7:10]}",
    "li_family30": lambda p, c: _pick(p, _LI_FAMILY, 2),
    "li_given30": lambda p, c: _by_sex(p, _LI_GIVEN_M, _LI_GIVEN_F, 1),
    "street_li30": lambda p, c: f"{_li_place(p)[0]} {_num(p, 90)}",
    "plz_li30": lambda p, c: _li_place(p)[1],
    "town_li30": lambda p, c: _li_place(p)[2],
    "phone_li30": lambda p, c: (
        f"+423 {_pick(p, ('232', '233', '373', '392'), 3)} {p.phone[6:8]} {p.phone[8:10]}"
    ),
    "employer_li30": lambda p, c: _pick(p, _LI_EMPLOYERS, 4),
    "payroll_li30": lambda p, c: (
        f"{_by_sex(p, _LI_GIVEN_F, _LI_GIVEN_M, 5)} {_pick(p, _LI_FAMILY, 6)}"
    ),
    "payroll_phone_li30": lambda p, c: f"+423 399 {p.bhxh[::-1][:2]} {p.bhxh[::-1][2:4]}",
}
