"""How the people of the three-hundred-and-sixty-ninth part of the outside corpus (**blind
369**, :mod:`lienthong.quality._corpus_blind369`) are written: homes and land in Viet Nam (a
social-housing applicant's spouse and children, a house number a ward assigns, a land-use
certificate handed back and who collected it, an apartment's residents) and the household and
housing registers of Japan (住民票, era dates, My Number), South Korea (전입신고, the resident
registration number masked after its sex digit), Taiwan (戶籍, Minguo dates, the ID whose weighted
sum is a multiple of ten), Hong Kong (public rental housing, HKID with its bracketed check) and
Singapore (HDB flats, NRIC with its check letter)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind112_writers import (
    _HK_PLACES,
    _JP_PLACES,
    _KR_FAMILY,
    _KR_GIVEN_F,
    _KR_GIVEN_M,
    _KR_GU,
    _KR_ROADS,
    _TW_PLACES,
    _hk_name,
    _hkid,
    _my_number,
    _rrn_masked,
    _tw_id,
    _tw_name,
    _wareki,
)
from lienthong.quality._corpus_blind156_writers import _nric

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam --------------------------------------------------------------------------------------
_NOXH_GROUPS = (
    "Người thu nhập thấp tại đô thị",
    "Công nhân, người lao động KCN",
    "CB, CC, VC",
    "Hộ nghèo, cận nghèo đô thị",
    "Lực lượng vũ trang",
)
_NOXH_PROJECTS = ("NOXH Rạch Lào", "NOXH Lê Thành Tân Kiên", "NOXH Hòa Lợi", "NOXH Thủ Thiêm B1")
_NOXH_HOUSING = ("Chưa có nhà ở", "Nhà ở chật < 15m²/người", "Thuê trọ", "Ở nhờ nhà người thân")
_NOXH_WORK = ("Cty TNHH Pouyuen VN", "Cty CP Dệt may Gia Định", "UBND phường", "Trường THCS Lê Lợi")
_STREETS = ("Lê Văn Lương", "Huỳnh Tấn Phát", "Nguyễn Văn Linh", "Đào Sư Tích", "Phạm Hữu Lầu")
_HOUSE_REASON = ("Cấp mới", "Cấp lại do đánh số lại tuyến", "Cấp lại do tách thửa", "Điều chỉnh")
_LAND_USE = ("ONT", "ODT", "CLN", "ODT+CLN", "LUC", "BHK")
_LAND_KIND = ("Cấp lần đầu", "Chuyển nhượng", "Tặng cho", "Thừa kế", "Cấp đổi", "Tách thửa")
_RECEIVER_REL = ("Vợ/chồng (UQ)", "Con (UQ)", "Người được UQ", "Anh/chị/em (UQ)")
_APT_REL = ("Chủ hộ", "Vợ", "Chồng", "Con", "Bố/mẹ", "Người thuê")
_APT_KIND = ("Chủ sở hữu", "Chủ sở hữu", "Thuê", "Thuê lại", "Ở cùng chủ hộ")
_APT_TR = ("Đã khai báo", "Đã khai báo", "Chưa khai báo", "Thường trú tại căn hộ")

# -- foreign --------------------------------------------------------------------------------------
_JP_FAMILY = (
    ("佐藤", "サトウ"),
    ("鈴木", "スズキ"),
    ("高橋", "タカハシ"),
    ("田中", "タナカ"),
    ("渡辺", "ワタナベ"),
)
_JP_GIVEN_M = (("健太", "ケンタ"), ("大輔", "ダイスケ"), ("浩二", "コウジ"), ("誠", "マコト"))
_JP_GIVEN_F = (("由美", "ユミ"), ("陽子", "ヨウコ"), ("真理子", "マリコ"), ("彩", "アヤ"))
_JP_REL = ("世帯主", "妻", "子", "子", "母", "夫")
_JP_REASON = ("転入", "出生", "転居", "転入", "職権記載")
_JP_HONSEKI = (
    "東京都千代田区千代田1番",
    "大阪府堺市堺区南瓦町3番",
    "福岡県北九州市小倉北区城内1番",
)
_KR_APT = ("래미안", "힐스테이트", "e편한세상", "푸르지오", "자이")
_KR_TENURE = ("자가", "전세", "월세", "전세", "반전세")
_TW_REL_M = ("戶長", "配偶", "長子", "次子", "父")
_TW_REL_F = ("戶長", "配偶", "長女", "次女", "母")
_TW_EDU = ("大學畢業", "高中畢業", "國中畢業", "碩士畢業", "專科畢業", "國小畢業")
_TW_BIRTHPLACE = ("臺灣省彰化縣", "臺灣省屏東縣", "臺北市", "高雄市", "臺灣省嘉義縣")
_TW_MOVE = ("遷入", "出生登記", "住址變更", "遷入")
_HK_ESTATES = (
    ("Shun Tin Estate", "Tin Ching House"),
    ("Wo Che Estate", "Tak Wo House"),
    ("Choi Hung Estate", "Kam Hung House"),
    ("Lei Tung Estate", "Tung Mau House"),
    ("Tin Shui Estate", "Shui Wo House"),
)
_HK_REL = ("Tenant", "Spouse", "Son", "Daughter", "Mother")
_HK_STATUS = ("Current", "Current", "Notice-to-quit served", "Transfer pending", "Current")
_SG_TOWNS = ("Tengah", "Bukit Merah", "Queenstown", "Woodlands", "Tampines", "Punggol")
_SG_FLAT = ("3-Room", "4-Room", "4-Room", "5-Room", "2-Room Flexi")
_SG_SCHEME = ("Public Scheme", "Fiancé/Fiancée Scheme", "Single Singapore Citizen Scheme")
_SG_MARITAL = ("Married", "Engaged", "Single", "Widowed", "Divorced")
_SG_CO_M = ("Tan Wei Ming", "Mohamed Rizal bin Yusof", "Suresh s/o Raman", "Ong Kok Leong")
_SG_CO_F = ("Ng Hui Min", "Nur Aisyah bte Rahman", "Priya d/o Subramaniam", "Chua Li Ting")
_SG_ADDR = (
    ("Blk 123 Ang Mo Kio Ave 3", "560123"),
    ("Blk 45 Bedok North St 3", "460045"),
    ("Blk 208 Toa Payoh North", "310208"),
    ("Blk 612 Jurong West St 65", "640612"),
    ("Blk 18 Marine Terrace", "440018"),
)


def _later(p: Person, days: int) -> date:
    return p.other_date + timedelta(days=days)


def _child_year(p: Person) -> int:
    return min(p.birth.year + 22 + int(p.bhxh[-1]), 2023)


def _spouse_year(p: Person) -> int:
    return p.birth.year + int(p.bhxh[-1]) % 5 - 2


def _self_collects(p: Person) -> bool:
    return int(p.bhxh) % 3 != 0


def _spouse(p: Person) -> str:
    return _other_vn(p, 3, male=not p.male)


def _house_no(p: Person) -> str:
    n = _num(p, 240)
    return f"{n}/{_num(p, 30)}" if int(p.bhxh) % 3 == 0 else str(n)


def _seri(p: Person) -> str:
    return f"{_pick(p, ('CX', 'CY', 'DA', 'DE', 'DG'), 4)} {p.bhxh[-6:]}"


def _apt_unit(p: Person) -> str:
    return f"{'ABC'[int(p.bhxh) % 3]}{_num(p, 25):02d}.{int(p.bhxh[-2:]) % 12 + 1:02d}"


def _jp_name(p: Person) -> tuple[str, str]:
    fam = _JP_FAMILY[int(p.bhxh) // 3 % len(_JP_FAMILY)]
    givens = _JP_GIVEN_M if p.male else _JP_GIVEN_F
    giv = givens[int(p.bhxh) // 23 % len(givens)]
    return f"{fam[0]}\u3000{giv[0]}", f"{fam[1]}\u3000{giv[1]}"


def _jp_place(p: Person) -> tuple[str, str, str]:
    return _JP_PLACES[int(p.bhxh) // 7 % len(_JP_PLACES)]


def _jp_phone(p: Person) -> str:
    return f"0{_pick(p, ('90', '80', '70'), 5)}-{p.phone[2:6]}-{p.phone[6:10]}"


def _kr_name(p: Person) -> str:
    return _pick(p, _KR_FAMILY, 1) + _by_sex(p, _KR_GIVEN_M, _KR_GIVEN_F, 2)


def _kr_addr(p: Person) -> str:
    road = f"{_pick(p, _KR_GU, 3)} {_pick(p, _KR_ROADS, 3)} {_num(p, 300)}"
    unit = f"{_num(p, 12) + 100}동 {_num(p, 25)}0{_num(p, 4)}호"
    return f"서울특별시 {road}, {unit} ({_pick(p, _KR_APT, 6)})"


def _tw_place(p: Person) -> tuple[str, str, str, str]:
    return _TW_PLACES[int(p.bhxh) // 5 % len(_TW_PLACES)]


def _tw_addr(p: Person) -> str:
    place = _tw_place(p)
    li = f"{_pick(p, ('仁愛', '中山', '福德', '光明', '民生'), 4)}里{_num(p, 30)}鄰"
    return f"{place[1]}{place[2]}{li}{place[3]}{_num(p, 300)}號{_num(p, 12)}樓"


def _minguo(d: date) -> str:
    return f"民國{d.year - 1911}年{d.month:02d}月{d.day:02d}日"


def _hk_addr(p: Person) -> str:
    estate, house = _HK_ESTATES[int(p.bhxh) // 34 % len(_HK_ESTATES)]
    district = _HK_PLACES[int(p.bhxh) // 11 % len(_HK_PLACES)][1]
    return f"Flat {_num(p, 30):02d}{_num(p, 20):02d}, {house}, {estate}, {district}, Kowloon"


def _hk_phone(p: Person) -> str:
    return f"{_pick(p, ('9', '6', '5'), 4)}{p.phone[3:6]} {p.phone[6:10]}"


def _sg_addr(p: Person) -> str:
    block, postal = _SG_ADDR[int(p.bhxh) // 23 % len(_SG_ADDR)]
    return f"{block}, #{_num(p, 15):02d}-{p.bhxh[-3:]}, Singapore {postal}"


WRITERS_BLIND369: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: social housing applicants and their household members
    "noxh_file369": lambda p, c: f"NOXH-{p.other_date:%y}/{p.bhxh[-5:]}",
    "noxh_group369": lambda p, c: _pick(p, _NOXH_GROUPS, 2),
    "noxh_work369": lambda p, c: _pick(p, _NOXH_WORK, 3),
    "noxh_spouse369": lambda p, c: _spouse(p),
    "noxh_spouse_dob369": lambda p, c: _safe_day(
        _spouse_year(p), int(p.bhxh[-3:]) % 12 + 1, int(p.bhxh[-2:]) % 28 + 1
    ).strftime("%d/%m/%Y"),
    "noxh_spouse_cccd369": lambda p, c: _cccd_of(p, not p.male, _spouse_year(p)),
    "noxh_child369": lambda p, c: (
        f"{_other_vn(p, 5, family=p.family)} ({_child_year(p)})" if int(p.bhxh) % 4 else ""
    ),
    "noxh_members369": lambda p, c: 1 + int(p.bhxh[-2]) % 5,
    "noxh_income369": lambda p, c: f"{(int(p.bhxh) % 80 + 60) * 100_000:,}".replace(",", "."),
    "noxh_housing369": lambda p, c: _pick(p, _NOXH_HOUSING, 4),
    "noxh_project369": lambda p, c: _pick(p, _NOXH_PROJECTS, 5),
    # Vietnam: house numbers a ward assigns
    "house_decision369": lambda p, c: f"{_num(p, 400)}/QĐ-UBND",
    "house_new369": lambda p, c: _house_no(p),
    "house_old369": lambda p, c: f"{_num(p, 90)}{_pick(p, ('', 'A', 'B', '/2'), 7)}",
    "house_street369": lambda p, c: f"{_pick(p, ('', 'Hẻm ', 'Kiệt '), 8)}{_pick(p, _STREETS, 4)}",
    "house_sheet369": lambda p, c: _num(p, 60),
    "house_parcel369": lambda p, c: _num(p, 900),
    "house_reason369": lambda p, c: _pick(p, _HOUSE_REASON, 5),
    "house_officer369": lambda p, c: _other_vn(p, 6),
    # Vietnam: land-use certificates handed back
    "gcn_seri369": lambda p, c: _seri(p),
    "gcn_book369": lambda p, c: f"CS {p.bhxh[-5:]}",
    "gcn_sheet369": lambda p, c: f"Tờ {_num(p, 55)} - Thửa {_num(p, 700)}",
    "gcn_area369": lambda p, c: f"{int(p.bhxh[-4:]) % 900 + 40},{p.bhxh[2]}",
    "gcn_use369": lambda p, c: _pick(p, _LAND_USE, 3),
    "gcn_kind369": lambda p, c: _pick(p, _LAND_KIND, 4),
    "gcn_receiver369": lambda p, c: p.full if _self_collects(p) else _other_vn(p, 7),
    "gcn_receiver_rel369": lambda p, c: (
        "Chủ sử dụng" if _self_collects(p) else _pick(p, _RECEIVER_REL, 5)
    ),
    "gcn_receiver_cccd369": lambda p, c: (
        p.cccd
        if _self_collects(p)
        else _cccd_of(p, int(p.bhxh) % 2 == 0, min(p.birth.year + 25, 2005))
    ),
    "gcn_returned369": lambda p, c: _later(p, 20 + int(p.bhxh[-2:]) % 40).strftime("%d/%m/%Y"),
    "gcn_sign369": lambda p, c: "" if int(p.bhxh) % 7 == 0 else "đã ký",
    # Vietnam: an apartment building's residents
    "apt_unit369": lambda p, c: _apt_unit(p),
    "apt_rel369": lambda p, c: _pick(p, _APT_REL, 3),
    "apt_kind369": lambda p, c: _pick(p, _APT_KIND, 4),
    "apt_card369": lambda p, c: f"TCD-{p.bhxh[-6:]}",
    "apt_plate369": lambda p, c: (
        f"59-{_pick(p, ('B1', 'C2', 'D1', 'X3'), 5)} {p.bhxh[-5:-2]}.{p.bhxh[-2:]}"
    ),
    "apt_tr369": lambda p, c: _pick(p, _APT_TR, 6),
    "apt_owner_phone369": lambda p, c: _other_phone(p, "09"),
    # Japan: 住民票-style list
    "jp_name369": lambda p, c: _jp_name(p)[0],
    "jp_kana369": lambda p, c: _jp_name(p)[1],
    "jp_birth369": lambda p, c: _wareki(p.birth),
    "jp_sex369": lambda p, c: "男" if p.male else "女",
    "jp_rel369": lambda p, c: _pick(p, _JP_REL, 3),
    "jp_head369": lambda p, c: (
        f"{_jp_name(p)[0].split()[0]}\u3000{_pick(p, ('茂', '博', '清'), 4)}"
    ),
    "jp_addr369": lambda p, c: f"{_jp_place(p)[1]}{_jp_place(p)[2]}",
    "jp_zip369": lambda p, c: _jp_place(p)[0],
    "jp_phone369": lambda p, c: _jp_phone(p),
    "jp_since369": lambda p, c: _wareki(p.other_date),
    "jp_reason369": lambda p, c: _pick(p, _JP_REASON, 5),
    "jp_mynum369": lambda p, c: _my_number(p),
    "jp_honseki369": lambda p, c: _pick(p, _JP_HONSEKI, 6),
    # South Korea: 전입신고 at an apartment management office
    "kr_name369": lambda p, c: _kr_name(p),
    "kr_rrn369": lambda p, c: _rrn_masked(p),
    "kr_addr369": lambda p, c: _kr_addr(p),
    "kr_prev369": lambda p, c: (
        f"경기도 {_pick(p, ('수원시', '성남시', '고양시'), 4)} {_num(p, 90)}번길"
    ),
    "kr_phone369": lambda p, c: f"010-{p.phone[2:6]}-{p.phone[6:10]}",
    "kr_tenure369": lambda p, c: _pick(p, _KR_TENURE, 5),
    "kr_members369": lambda p, c: 1 + int(p.bhxh[-1]) % 4,
    "kr_car369": lambda p, c: (
        f"{_num(p, 300)}{_pick(p, ('가', '나', '더', '로', '무'), 6)} {p.bhxh[-4:]}"
    ),
    "kr_clerk369": lambda p, c: f"{_pick(p, _KR_FAMILY, 8)}{_pick(p, ('지훈', '수진', '민재'), 9)}",
    # Taiwan: 戶籍 household register
    "tw_household369": lambda p, c: f"F{p.bhxh[:7]}",
    "tw_name369": lambda p, c: _tw_name(p),
    "tw_id369": lambda p, c: _tw_id(p),
    "tw_birth369": lambda p, c: _minguo(p.birth),
    "tw_sex369": lambda p, c: "男" if p.male else "女",
    "tw_rel369": lambda p, c: _by_sex(p, _TW_REL_M, _TW_REL_F, 3),
    "tw_birthplace369": lambda p, c: _pick(p, _TW_BIRTHPLACE, 4),
    "tw_addr369": lambda p, c: _tw_addr(p),
    "tw_moved369": lambda p, c: _minguo(p.other_date),
    "tw_move_kind369": lambda p, c: _pick(p, _TW_MOVE, 5),
    "tw_edu369": lambda p, c: _pick(p, _TW_EDU, 6),
    # Hong Kong: public rental housing tenancies
    "hk_tenancy369": lambda p, c: f"{p.bhxh[:2]}-{p.bhxh[2:8]}-{p.bhxh[8]}",
    "hk_name_en369": lambda p, c: f"{_hk_name(p)[0][1]} {_hk_name(p)[1][1]}",
    "hk_name_zh369": lambda p, c: f"{_hk_name(p)[0][0]}{_hk_name(p)[1][0]}",
    "hk_hkid369": lambda p, c: _hkid(p),
    "hk_sex369": lambda p, c: "M" if p.male else "F",
    "hk_rel369": lambda p, c: _pick(p, _HK_REL, 3),
    "hk_addr369": lambda p, c: _hk_addr(p),
    "hk_phone369": lambda p, c: _hk_phone(p),
    "hk_size369": lambda p, c: 1 + int(p.bhxh[-1]) % 6,
    "hk_rent369": lambda p, c: f"{(int(p.bhxh) % 40 + 12) * 100:,}.00",
    "hk_status369": lambda p, c: _pick(p, _HK_STATUS, 5),
    # Singapore: HDB flat applications
    "sg_app369": lambda p, c: f"BTO{p.other_date:%y%m}-{p.bhxh[-6:]}",
    "sg_name369": lambda p, c: _by_sex(p, _SG_CO_M[::-1], _SG_CO_F[::-1], 2),
    "sg_nric369": lambda p, c: _nric(p),
    "sg_sex369": lambda p, c: "M" if p.male else "F",
    "sg_marital369": lambda p, c: _pick(p, _SG_MARITAL, 3),
    "sg_co369": lambda p, c: _by_sex(p, _SG_CO_F, _SG_CO_M, 4),
    "sg_co_nric369": lambda p, c: f"S{p.bhxh[1:8]}{'ABCDEFGHIZJ'[int(p.bhxh) % 11]}",
    "sg_scheme369": lambda p, c: _pick(p, _SG_SCHEME, 5),
    "sg_flat369": lambda p, c: _pick(p, _SG_FLAT, 6),
    "sg_town369": lambda p, c: _pick(p, _SG_TOWNS, 7),
    "sg_income369": lambda p, c: f"S${(int(p.bhxh) % 120 + 30) * 100:,}",
    "sg_addr369": lambda p, c: _sg_addr(p),
    "sg_phone369": lambda p, c: f"{_pick(p, ('8', '9'), 8)}{p.phone[-7:-4]} {p.phone[-4:]}",
    "sg_queue369": lambda p, c: "" if int(p.bhxh) % 3 == 0 else f"{_num(p, 900) + 100:04d}",
}

__all__ = ["WRITERS_BLIND369"]
