"""How the people of the four-hundred-and-fifteenth part of the outside corpus (**blind 415**,
:mod:`lienthong.quality._corpus_blind415`) are written: four Vietnamese files' own columns (a
commune's fines for building-order violations, a contractor's declaration of workers staying in a
site camp, rural masonry trainees, a construction trade union's Tết gifts) and Dominican,
Japanese, Tunisian, Polish and Chinese applicants' and site workers' names, addresses, phones and
numbers in the forms their papers show (the cédula with its Luhn digit, the wareki birth date,
the CIN, the PESEL, the 18-character resident ID)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind16_writers import (
    _DO_FAMILY,
    _DO_GIVEN_F,
    _DO_GIVEN_M,
    _cedula_do,
    _do_place,
)
from lienthong.quality._corpus_blind17_writers import (
    _TN_FAMILY,
    _TN_FATHERS,
    _TN_GIVEN_F,
    _TN_GIVEN_M,
    _tn_place,
)
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind41_writers import _pesel
from lienthong.quality._corpus_blind100_writers import (
    _PL_GIVEN_F,
    _PL_GIVEN_M,
    _pl_address,
    _pl_family,
    _pl_phone,
)
from lienthong.quality._corpus_blind112_writers import _jp_name, _jp_place, _wareki
from lienthong.quality._corpus_blind129_writers import _cn_id, _cn_name, _cn_phone, _cn_place
from lienthong.quality._corpus_blind132_writers import _do_phone
from lienthong.quality._corpus_blind145_writers import _tn_phone

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_VIOLATIONS = (
    "Xây dựng không có GPXD",
    "Xây sai nội dung GPXD",
    "Lấn chiếm hành lang ATGT",
    "Không che chắn, để rơi vãi VLXD",
    "Cơi nới tầng 4 không phép",
)
_VN_MEASURES = ("Buộc tháo dỡ", "Đình chỉ thi công", "Buộc xin GPXD trong 90 ngày", "Không")
_VN_PAY = ("Đã nộp KBNN", "Chưa nộp", "Đã nộp KBNN", "Đang khiếu nại", "Cưỡng chế")
_VN_SITES = (
    "Gói thầu XL-03 Trường THCS Tân Phú",
    "Khu nhà ở xã hội Hòa Khánh - Block B",
    "Cầu Vĩnh Tuy 2 - mố M2",
    "Nhà máy nước Sông Đuống GĐ2",
)
_VN_TRADES = ("Thợ nề", "Thợ cốp pha", "Thợ sắt", "Lao động phổ thông", "Thợ hàn", "Thợ điện")
_VN_ORIGINS = ("Nghệ An", "Thanh Hóa", "Hà Tĩnh", "Quảng Bình", "Thái Bình", "Nam Định")
_VN_GRADES = ("Giỏi", "Khá", "Trung bình", "Khá", "Vắng thi")
_VN_UNIONS = (
    "CĐCS Cty CP Xây lắp 2",
    "CĐCS Cty TNHH Xây dựng Hòa Bình",
    "CĐCS Tổng Cty Sông Đà 11",
    "CĐCS Cty CP Licogi 16",
)
_VN_GIFTS = ("Vé xe về quê", "Tiền mặt + quà", "Suất quà Tết", "Tiền mặt")
_DO_WORKS = ("Vivienda unifamiliar", "Ampliación 2do nivel", "Local comercial", "Muro perimetral")
_DO_ENGINEERS = ("Ing. Pedro Almonte (CODIA 11872)", "Arq. Lisa Then (CODIA 20451)", "")
_JP_TRADES = ("とび工", "型枠大工", "鉄筋工", "土工", "電工", "左官")
_JP_RELATIONS = ("妻", "母", "夫", "父", "兄")
_TN_WORKS = ("Construction R+1", "Extension", "Surélévation", "Clôture", "Villa R+2")
_TN_STATUS = ("Accordé", "En cours", "Refusé", "Ajourné", "Accordé")
_PL_OBJECTS = (
    "budynek mieszkalny jednorodzinny",
    "rozbudowa budynku mieszkalnego",
    "budynek gospodarczy",
    "garaż wolnostojący",
)
_PL_OBREBY = ("Olechów", "Nowosolna", "Widzew", "Ruda Pabianicka", "Radogoszcz")
_PL_STATUS = ("decyzja wydana", "w toku", "wezwanie do uzupełnienia", "umorzono")
_CN_TRADES = ("钢筋工", "木工", "混凝土工", "架子工", "电焊工", "普工")
_CN_TEAMS = ("钢筋一班", "木工二班", "架子班", "混凝土班")
_CN_SUBS = ("四川华西劳务有限公司", "河南林州建筑劳务有限公司", "安徽皖建劳务公司")
_CN_BANKS = ("中国农业银行", "中国建设银行", "中国工商银行", "中国邮政储蓄银行")
_CN_NATIONS = ("汉族", "汉族", "汉族", "土家族", "彝族", "苗族")


def _entered(p: Person) -> date:
    return date(2025, 3, 1) + timedelta(days=int(p.bhxh[-4:]) % 600)


def _vn_fine(p: Person) -> str:
    return f"{(5 + _num(p, 12) * 5) * 1_000_000:,}".replace(",", ".")


def _jp_address(p: Person) -> str:
    _code, town, chome = _jp_place(p)
    return f"{town}{chome}"


def _tn_address(p: Person) -> str:
    street, postcode, town = _tn_place(p)
    return f"{_num(p, 90)} {street}, {postcode} {town}"


WRITERS_BLIND415: dict[str, Callable[[Person, Col], object]] = {
    # fines for building-order violations
    "bb415": lambda p, c: f"{_num(p, 300)}/BB-VPHC",
    "qd415": lambda p, c: f"{int(p.bhxh[-3:]) + 1}/QĐ-XPHC",
    "violation415": lambda p, c: _pick(p, _VN_VIOLATIONS, 2),
    "work_at415": lambda p, c: f"Thửa {_num(p, 400)}, tờ bản đồ số {_num(p, 40)}",
    "fine415": lambda p, c: _vn_fine(p),
    "measure415": lambda p, c: _pick(p, _VN_MEASURES, 3),
    "paid415": lambda p, c: _pick(p, _VN_PAY, 4),
    "officer415": lambda p, c: _other_vn(p, 9),
    # workers declared in a site camp
    "site415": lambda p, c: _pick(p, _VN_SITES, 2),
    "trade415": lambda p, c: _pick(p, _VN_TRADES, 3),
    "origin415": lambda p, c: _pick(p, _VN_ORIGINS, 4),
    "hut415": lambda p, c: f"Lán {_pick(p, ('A', 'B', 'C'), 5)} - P{_num(p, 12):02d}",
    "boss415": lambda p, c: _other_vn(p, 6, True),
    "stay_until415": lambda p, c: f"{_entered(p) + timedelta(days=180):%d/%m/%Y}",
    # rural masonry trainees
    "course415": lambda p, c: f"K{_num(p, 9)}/2026-NE",
    "grade415": lambda p, c: _pick(p, _VN_GRADES, 2),
    "cert415": lambda p, c: f"SC-{p.bhxh[-5:]}",
    "group415": lambda p, c: _pick(p, ("Hộ nghèo", "Hộ cận nghèo", "Khác", "Người khuyết tật"), 3),
    "meal415": lambda p, c: f"{_num(p, 60) * 30000}",
    # union Tết gifts
    "union415": lambda p, c: _pick(p, _VN_UNIONS, 2),
    "gift415": lambda p, c: _pick(p, _VN_GIFTS, 3),
    "gift_amount415": lambda p, c: _pick(p, ("1000000", "1500000", "2000000", "500000"), 4),
    "signed415": lambda p, c: "Đã ký nhận" if int(p.bhxh) % 5 else "",
    # Dominican Republic: construction licence requests
    "do_ced415": lambda p, c: _cedula_do(p),
    "do_giv415": lambda p, c: _by_sex(p, _DO_GIVEN_M, _DO_GIVEN_F, 1),
    "do_fam415": lambda p, c: f"{_pick(p, _DO_FAMILY, 2)} {_pick(p, _DO_FAMILY, 5)}",
    "do_addr415": lambda p, c: ", ".join(_do_place(p)[1:]),
    "phone_do415": lambda p, c: _do_phone(p),
    "do_exp415": lambda p, c: f"LC-2026-{p.bhxh[-5:]}",
    "do_work415": lambda p, c: _pick(p, _DO_WORKS, 3),
    "do_area415": lambda p, c: f"{60 + _num(p, 240)}.00",
    "do_lot415": lambda p, c: f"Parcela {p.bhxh[-9:]}, D.C. {_num(p, 30):02d}",
    "do_eng415": lambda p, c: _pick(p, _DO_ENGINEERS, 4),
    # Japan: site worker roster
    "jp_name415": lambda p, c: _jp_name(p),
    "jp_birth415": lambda p, c: _wareki(p.birth),
    "jp_post415": lambda p, c: _jp_place(p)[0],
    "jp_addr415": lambda p, c: _jp_address(p),
    "phone_jp415": lambda p, c: (
        f"0{_pick(p, ('90', '80', '70'), 3)}-{p.phone[2:6]}-{p.phone[6:10]}"
    ),
    "jp_trade415": lambda p, c: _pick(p, _JP_TRADES, 2),
    "jp_hired415": lambda p, c: _wareki(_entered(p)),
    "jp_family415": lambda p, c: (
        f"{_pick(p, _JP_RELATIONS, 4)} "
        f"0{_pick(p, ('3', '6', '52'), 5)}-{p.phone[4:8]}-{p.bhxh[-4:]}"
    ),
    "jp_koyo415": lambda p, c: p.bhxh[-4:],
    "jp_ccus415": lambda p, c: f"{p.bhxh}{p.phone[-4:]}",
    "jp_blood415": lambda p, c: _pick(p, ("A", "O", "B", "AB", "A"), 6),
    # Tunisia: building permit requests
    "tn_cin415": lambda p, c: f"{_pick(p, ('0', '1'), 2)}{p.bhxh[-7:]}",
    "tn_fam415": lambda p, c: _pick(p, _TN_FAMILY, 2),
    "tn_giv415": lambda p, c: _by_sex(p, _TN_GIVEN_M, _TN_GIVEN_F, 1),
    "tn_father415": lambda p, c: f"{'Ben' if p.male else 'Bent'} {_pick(p, _TN_FATHERS, 3)}",
    "tn_addr415": lambda p, c: _tn_address(p),
    "phone_tn415": lambda p, c: _tn_phone(p),
    "tn_file415": lambda p, c: f"{_num(p, 900)}/2026",
    "tn_tf415": lambda p, c: f"TF {p.bhxh[-6:]}/{_pick(p, ('Tunis', 'Sfax', 'Ariana'), 4)}",
    "tn_work415": lambda p, c: _pick(p, _TN_WORKS, 5),
    "tn_area415": lambda p, c: f"{120 + _num(p, 300)} m²",
    "tn_status415": lambda p, c: _pick(p, _TN_STATUS, 6),
    # Poland: building permit applications
    "pl_pesel415": lambda p, c: _pesel(p),
    "pl_giv415": lambda p, c: _by_sex(p, _PL_GIVEN_M, _PL_GIVEN_F, 1),
    "pl_fam415": lambda p, c: _pl_family(p),
    "pl_addr415": lambda p, c: _pl_address(p),
    "phone_pl415": lambda p, c: _pl_phone(p),
    "pl_case415": lambda p, c: f"AB.6740.{_num(p, 900)}.2026",
    "pl_object415": lambda p, c: _pick(p, _PL_OBJECTS, 3),
    "pl_plot415": lambda p, c: (
        f"dz. nr {_num(p, 300)}/{_num(p, 9)}, obręb {_pick(p, _PL_OBREBY, 4)}"
    ),
    "pl_designer415": lambda p, c: (
        f"mgr inż. arch. {_pick(p, ('Nowak', 'Wójcik', 'Kaczmarek'), 5)}"
    ),
    "pl_status415": lambda p, c: _pick(p, _PL_STATUS, 6),
    # China: construction workers' real-name roster
    "cn_name415": lambda p, c: _cn_name(p),
    "sex_cn415": lambda p, c: "男" if p.male else "女",
    "cn_nation415": lambda p, c: _pick(p, _CN_NATIONS, 2),
    "cn_id415": lambda p, c: _cn_id(p),
    "cn_addr415": lambda p, c: _cn_place(p)[1],
    "phone_cn415": lambda p, c: _cn_phone(p),
    "cn_trade415": lambda p, c: _pick(p, _CN_TRADES, 3),
    "cn_team415": lambda p, c: _pick(p, _CN_TEAMS, 4),
    "cn_sub415": lambda p, c: _pick(p, _CN_SUBS, 5),
    "cn_bank415": lambda p, c: _pick(p, _CN_BANKS, 6),
    "cn_card415": lambda p, c: f"6228{p.bhxh}{p.phone[-5:]}",
    "cn_left415": lambda p, c: (
        "" if int(p.bhxh) % 3 else f"{_entered(p) + timedelta(days=90):%Y-%m-%d}"
    ),
    "cn_contact415": lambda p, c: (
        f"{_pick(p, ('王', '李', '张'), 7)}{_pick(p, ('秀兰', '国强'), 8)} "
        f"{_cn_phone(p)[:3]}{p.bhxh[-8:]}"
    ),
}

__all__ = ["WRITERS_BLIND415"]
