"""How the people of the hundred-and-eighty-sixth part of the outside corpus (**blind 186**,
:mod:`lienthong.quality._corpus_blind186`) are written: four Vietnamese files' own columns (a
rower at a traditional boat race, a port access card, a social housing flat handed over, a
boarding house owner's pledge to the ward police) and Okinawan, Jeju, Taiwanese, Hong Kong and
Macanese names, places, phones and numbers in the forms their registers show (the My Number and
the Korean resident number end in their mod-11 digits, the Taiwanese id in its weighted mod-10
digit, the HKID in its bracketed mod-11 character, the Macanese BIR in its bracketed digit; the
Okinawan birth dates are in the era calendar, the Taiwanese ones in the Minguo calendar)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind20_writers import _bir_mo
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind112_writers import (
    _KR_GIVEN_F,
    _KR_GIVEN_M,
    _hk_name,
    _hkid,
    _my_number,
    _rrn,
    _tw_id,
    _tw_name,
    _wareki,
)
from lienthong.quality._corpus_blind129_writers import _mo_name
from lienthong.quality._corpus_blind138_writers import _JP_GIVEN_F_K, _JP_GIVEN_M_K

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: rowers at a traditional boat race ----------------------------------------------------
_VN_BOAT_TEAMS = ("Thuyền thôn Đông", "Thuyền thôn Đoài", "Thuyền xóm Chài", "Thuyền TDP Bắc Sơn")
_VN_BOAT_POS = ("Tay chèo", "Tay chèo", "Tay chèo", "Lái", "Trống", "Mũi", "Dự bị")
_VN_BOAT_EVENT = ("Thuyền rồng nam 22 tay chèo", "Thuyền nữ 12 tay chèo", "Thuyền nam 12 tay chèo")
_VN_BOAT_HEALTH = ("Đủ sức khỏe", "Đủ sức khỏe", "Đủ SK", "Chờ kết quả")
# -- Vietnam: port access cards --------------------------------------------------------------------
_VN_PORT_EMPLOYERS = (
    "Cty TNHH Vận tải Hoàng Long",
    "Cty CP Đại lý hàng hải Việt Nam",
    "Cty TNHH Logistics Sao Biển",
    "Cty CP Dịch vụ bốc xếp Cảng",
    "Cty TNHH Giao nhận Tân Thuận",
)
_VN_PORT_JOBS = ("Lái xe đầu kéo", "Công nhân bốc xếp", "Nhân viên giao nhận", "Kiểm đếm", "Bảo vệ")
_VN_PORT_ZONES = ("Cổng A + bãi container", "Toàn cảng", "Cầu tàu số 3, 4", "Kho CFS")
_VN_PORT_KINDS = ("Thẻ có thời hạn", "Thẻ có thời hạn", "Thẻ tạm thời", "Thẻ xe")
# -- Vietnam: social housing flats handed over -----------------------------------------------------
_VN_NOXH_TOWERS = ("CT1", "CT2", "OXH-A", "OXH-B")
_VN_NOXH_GROUPS = (
    "Công nhân KCN",
    "Công nhân KCN",
    "Người thu nhập thấp khu vực đô thị",
    "Cán bộ, công chức, viên chức",
    "Lực lượng vũ trang",
    "Hộ nghèo, cận nghèo đô thị",
)
# -- Vietnam: boarding houses ----------------------------------------------------------------------
_VN_TRO_STREETS = (
    "kiệt 42 Tôn Đức Thắng",
    "hẻm 15 Lê Văn Việt",
    "ngõ 68 Cầu Giấy",
    "hẻm 7 Lý Thường Kiệt",
)
_VN_TRO_POLICE = ("Thượng úy Lê Văn Hùng", "Đại úy Nguyễn Đức Anh", "Trung úy Phạm Quốc Bảo")
# -- Okinawa: remote-island resident fare discount cards -------------------------------------------
_OK_FAMILY = (
    ("比嘉", "ヒガ"),
    ("金城", "キンジョウ"),
    ("大城", "オオシロ"),
    ("宮城", "ミヤギ"),
    ("新垣", "アラカキ"),
    ("玉城", "タマシロ"),
    ("島袋", "シマブクロ"),
    ("知念", "チネン"),
)
_OK_PLACES = (
    ("907-1101", "沖縄県八重山郡竹富町字竹富", "0980-85", "竹富～石垣（高速船）"),
    ("906-0601", "沖縄県宮古郡多良間村字仲筋", "0980-79", "多良間～宮古（航空路）"),
    ("901-3124", "沖縄県島尻郡久米島町字嘉手苅", "098-985", "久米島～那覇（フェリー・航空路）"),
    ("907-1801", "沖縄県八重山郡与那国町字与那国", "0980-87", "与那国～石垣（航空路）"),
    ("901-3501", "沖縄県島尻郡渡嘉敷村字渡嘉敷", "098-987", "渡嘉敷～泊（フェリー）"),
)
_OK_NOTES = ("", "", "再交付", "転入による新規", "学生（島外在学）")
# -- Jeju: haenyeo register ------------------------------------------------------------------------
_JJ_FAMILY = ("고", "양", "부", "김", "강", "오", "문", "현")
_JJ_PLACES = (
    ("제주시", "구좌읍", "하도리", "하도어촌계"),
    ("서귀포시", "성산읍", "온평리", "온평어촌계"),
    ("제주시", "한림읍", "귀덕리", "귀덕1리어촌계"),
    ("서귀포시", "대정읍", "하모리", "하모어촌계"),
    ("제주시", "조천읍", "북촌리", "북촌어촌계"),
    ("서귀포시", "남원읍", "위미리", "위미1리어촌계"),
)
_JJ_GRADE = ("상군", "중군", "중군", "하군", "하군")
_JJ_NOTES = ("", "", "", "신규 해녀", "휴업", "해녀학교 수료")
# -- Taiwan: elderly farmers' allowance ------------------------------------------------------------
_TW_FARM_PLACES = (
    ("雲林縣", "虎尾鎮", "埒內里", "光復路", "(05)"),
    ("彰化縣", "二林鎮", "東華里", "斗苑路", "(04)"),
    ("嘉義縣", "朴子市", "大鄉里", "山通路", "(05)"),
    ("屏東縣", "萬丹鄉", "萬全村", "萬全路", "(08)"),
    ("宜蘭縣", "三星鄉", "大洲村", "三星路", "(03)"),
)
_TW_MEMBER = ("正會員", "正會員", "贊助會員", "非會員")
_TW_RESULT = ("核付", "核付", "核付", "補件中", "不符（所得超過）")
_TW_CLERKS = ("林淑惠", "陳建宏", "黃美玲", "張志明")
# -- Hong Kong: voter registration -----------------------------------------------------------------
_HK_PLACES_V = (
    ("Flat C, 15/F, Tower 2, Taikoo Shing, Quarry Bay, Hong Kong", "香港島東", "E12 太古城西"),
    ("Room 1208, Block A, Mei Foo Sun Chuen, Lai Chi Kok, Kowloon", "九龍西", "F08 美孚"),
    ("Flat 3, 22/F, Lok Fu Place, Wang Tau Hom, Kowloon", "九龍中", "H03 樂富"),
    ("Flat D, 8/F, Block 5, City One Shatin, Sha Tin, N.T.", "新界東南", "R19 第一城"),
    ("Flat 1703, Hing Tin House, Tsing Yi Estate, Tsing Yi, N.T.", "新界西南", "S12 青衣"),
)
_HK_TYPES = (
    "新登記 New registration",
    "更改地址 Change of address",
    "更改資料 Change of particulars",
)
_HK_STATUS = ("已登記 Registered", "已登記 Registered", "待查詢 Inquiry", "資料不全 Incomplete")
# -- Macau: economic housing applications ----------------------------------------------------------
_MO_PLACES_H = (
    "澳門筷子基北街12號筷子基大廈第2座5樓C",
    "氹仔孫逸仙博士大馬路濠庭都會第5座21樓A",
    "澳門台山中街28號台山新村8樓D",
    "澳門新橋渡船街15號2樓",
    "澳門高士德大馬路61號雅德居9樓F",
)
_MO_CIVIL = ("已婚 Casado(a)", "未婚 Solteiro(a)", "已婚 Casado(a)", "離婚 Divorciado(a)")
_MO_TYPES = ("T1", "T2", "T2", "T3")
_MO_STATUS = ("接納 Admitido", "接納 Admitido", "待補交文件 Aguarda documentos", "不接納 Excluído")


def _ok_family(p: Person) -> tuple[str, str]:
    return _OK_FAMILY[int(p.bhxh) // 3 % len(_OK_FAMILY)]


def _ok_given(p: Person) -> tuple[str, str]:
    given = _JP_GIVEN_M_K if p.male else _JP_GIVEN_F_K
    return given[int(p.bhxh) // 7 % len(given)]


def _ok_place(p: Person) -> tuple[str, str, str, str]:
    return _OK_PLACES[int(p.bhxh) // 5 % len(_OK_PLACES)]


def _ok_issued(p: Person) -> date:
    return date(2022, 4, 1) + timedelta(days=_num(p, 900))


def _ok_phone(p: Person) -> str:
    if int(p.bhxh) % 3 == 0:
        return f"{_ok_place(p)[2]}-{p.phone[-4:]}"
    return f"0{_pick(p, ('90', '80', '70'), 2)}-{p.phone[2:6]}-{p.phone[6:10]}"


def _jj_place(p: Person) -> tuple[str, str, str, str]:
    return _JJ_PLACES[int(p.bhxh) // 7 % len(_JJ_PLACES)]


def _jj_name(p: Person) -> str:
    return _pick(p, _JJ_FAMILY, 3) + _by_sex(p, _KR_GIVEN_M, _KR_GIVEN_F, 4)


def _tw_farm(p: Person) -> tuple[str, str, str, str, str]:
    return _TW_FARM_PLACES[int(p.bhxh) // 9 % len(_TW_FARM_PLACES)]


def _tw_birth(p: Person) -> str:
    y, m, d = p.birth.year - 1911, p.birth.month, p.birth.day
    return f"{y}.{m:02d}.{d:02d}" if int(p.bhxh) % 2 else f"{y}年{m}月{d}日"


def _tw_phone(p: Person) -> str:
    if int(p.bhxh) % 3 == 0:
        return f"{_tw_farm(p)[4]}{p.phone[3:6]}-{p.phone[6:10]}"
    return f"09{p.phone[2:4]}-{p.phone[4:7]}-{p.phone[7:10]}"


def _hk_place(p: Person) -> tuple[str, str, str]:
    return _HK_PLACES_V[int(p.bhxh) // 11 % len(_HK_PLACES_V)]


def _mo_size(p: Person) -> int:
    return 1 + int(p.bhxh) % 5


WRITERS_BLIND186: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: rowers at a traditional boat race
    "boat_team186": lambda p, c: _pick(p, _VN_BOAT_TEAMS, 2),
    "boat_pos186": lambda p, c: _pick(p, _VN_BOAT_POS, 3),
    "boat_event186": lambda p, c: _pick(p, _VN_BOAT_EVENT, 4),
    "boat_captain186": lambda p, c: _other_vn(p, 5, male=True),
    "boat_weight186": lambda p, c: 52 + _num(p, 25),
    "boat_health186": lambda p, c: _pick(p, _VN_BOAT_HEALTH, 6),
    "boat_swim186": lambda p, c: "Có" if int(p.bhxh) % 7 else "Không",
    # Vietnam: port access cards
    "port_card186": lambda p, c: f"TRV-{p.bhxh[-6:]}/2026",
    "port_employer186": lambda p, c: _pick(p, _VN_PORT_EMPLOYERS, 2),
    "port_job186": lambda p, c: _pick(p, _VN_PORT_JOBS, 3),
    "port_zone186": lambda p, c: _pick(p, _VN_PORT_ZONES, 4),
    "port_plate186": lambda p, c: (
        f"{_pick(p, ('15', '16', '51', '43'), 5)}C-{p.bhxh[2:5]}.{p.bhxh[5:7]}"
        if int(p.bhxh) % 3
        else ""
    ),
    "port_until186": lambda p, c: f"31/12/{2026 + int(p.bhxh) % 2}",
    "port_kind186": lambda p, c: _pick(p, _VN_PORT_KINDS, 6),
    # Vietnam: social housing flats handed over
    "nox_unit186": lambda p, c: (
        f"{_pick(p, _VN_NOXH_TOWERS, 2)}-{_num(p, 18):02d}{_num(p, 16):02d}"
    ),
    "nox_tower186": lambda p, c: _pick(p, _VN_NOXH_TOWERS, 2),
    "nox_group186": lambda p, c: _pick(p, _VN_NOXH_GROUPS, 3),
    "nox_contract186": lambda p, c: f"{_num(p, 800):03d}/2025/HĐMB-NOXH",
    "nox_value186": lambda p, c: f"{(_num(p, 40) + 60) * 15_000_000:,}".replace(",", "."),
    "nox_area186": lambda p, c: f"{40 + _num(p, 30)},{_num(p, 9)}",
    "nox_proxy186": lambda p, c: _other_vn(p, 4, family=p.family) if int(p.bhxh) % 4 == 0 else "",
    # Vietnam: boarding houses
    "tro_addr186": lambda p, c: f"Số {_num(p, 90)} {_pick(p, _VN_TRO_STREETS, 2)}",
    "tro_rooms186": lambda p, c: 4 + _num(p, 20),
    "tro_tenants186": lambda p, c: 3 + _num(p, 40),
    "tro_manager186": lambda p, c: (
        _other_vn(p, 3) if int(p.bhxh) % 3 == 0 else "Chủ nhà tự quản lý"
    ),
    "tro_police186": lambda p, c: _pick(p, _VN_TRO_POLICE, 4),
    # Okinawa: remote-island resident fare discount cards
    "ok_card186": lambda p, c: f"R{p.bhxh[1:8]}",
    "ok_name186": lambda p, c: f"{_ok_family(p)[0]}\u3000{_ok_given(p)[0]}",
    "ok_kana186": lambda p, c: f"{_ok_family(p)[1]}\u3000{_ok_given(p)[1]}",
    "ok_birth186": lambda p, c: _wareki(p.birth),
    "sex_jp186": lambda p, c: "男" if p.male else "女",
    "mynumber186": lambda p, c: _my_number(p).replace(" ", ""),
    "ok_post186": lambda p, c: _ok_place(p)[0],
    "ok_addr186": lambda p, c: f"{_ok_place(p)[1]}{_num(p, 400)}番地",
    "ok_phone186": lambda p, c: _ok_phone(p),
    "ok_route186": lambda p, c: _ok_place(p)[3],
    "ok_issued186": lambda p, c: _wareki(_ok_issued(p)),
    "ok_expiry186": lambda p, c: _wareki(_safe_day(_ok_issued(p).year + 3, 3, 31)),
    "ok_head186": lambda p, c: (
        f"{_ok_family(p)[0]}\u3000{_pick(p, ('清', '正雄', '和夫', '勝'), 5)}"
        if int(p.bhxh) % 3
        else "本人"
    ),
    "ok_note186": lambda p, c: _pick(p, _OK_NOTES, 6),
    # Jeju: haenyeo register
    "jj_coop186": lambda p, c: _jj_place(p)[3],
    "jj_name186": lambda p, c: _jj_name(p),
    "rrn186": lambda p, c: "-".join(_rrn(p)),
    "sex_kr186": lambda p, c: "남" if p.male else "여",
    "jj_addr186": lambda p, c: (
        f"제주특별자치도 {_jj_place(p)[0]} {_jj_place(p)[1]} {_jj_place(p)[2]}"
        f" {_num(p, 1800)}-{_num(p, 9)}번지"
    ),
    "jj_town186": lambda p, c: _jj_place(p)[1],
    "jj_phone186": lambda p, c: (
        f"064-{_pick(p, ('783', '782', '796', '794'), 2)}-{p.phone[6:10]}"
        if int(p.bhxh) % 4 == 0
        else f"010-{p.phone[2:6]}-{p.phone[6:10]}"
    ),
    "jj_years186": lambda p, c: 5 + _num(p, 55),
    "jj_grade186": lambda p, c: _pick(p, _JJ_GRADE, 3),
    "jj_fisher186": lambda p, c: f"제{p.bhxh[-5:]}호",
    "jj_card186": lambda p, c: f"{date(2016, 3, 2) + timedelta(days=_num(p, 3000)):%Y-%m-%d}",
    "jj_medical186": lambda p, c: _pick(p, ("지원", "지원", "미신청", "지원(70세 이상)"), 4),
    "jj_note186": lambda p, c: _pick(p, _JJ_NOTES, 5),
    # Taiwan: elderly farmers' allowance
    "tw_name186": lambda p, c: _tw_name(p),
    "tw_id186": lambda p, c: _tw_id(p),
    "tw_birth186": lambda p, c: _tw_birth(p),
    "sex_tw186": lambda p, c: "男" if p.male else "女",
    "tw_addr186": lambda p, c: (
        f"{_tw_farm(p)[0]}{_tw_farm(p)[1]}{_tw_farm(p)[2]}{_num(p, 18)}鄰"
        f"{_tw_farm(p)[3]}{_num(p, 300)}號"
    ),
    "tw_town186": lambda p, c: _tw_farm(p)[1],
    "tw_phone186": lambda p, c: _tw_phone(p),
    "tw_years186": lambda p, c: f"{15 + _num(p, 30)}年",
    "tw_member186": lambda p, c: _pick(p, _TW_MEMBER, 3),
    "tw_apply186": lambda p, c: (
        f"{(d := date(2025, 1, 6) + timedelta(days=_num(p, 500))).year - 1911}"
        f".{d.month:02d}.{d.day:02d}"
    ),
    "tw_amount186": lambda p, c: "8,110",
    "tw_account186": lambda p, c: f"{_tw_farm(p)[1]}農會信用部 {p.bhxh[-10:-6]}-{p.bhxh[-6:]}",
    "tw_result186": lambda p, c: _pick(p, _TW_RESULT, 4),
    "tw_clerk186": lambda p, c: _pick(p, _TW_CLERKS, 5),
    # Hong Kong: voter registration
    "hk_sur186": lambda p, c: _hk_name(p)[0][1],
    "hk_given186": lambda p, c: _hk_name(p)[1][1].upper(),
    "hk_zh186": lambda p, c: _hk_name(p)[0][0] + _hk_name(p)[1][0],
    "hkid186": lambda p, c: _hkid(p),
    "sex_hk186": lambda p, c: "M 男" if p.male else "F 女",
    "hk_addr186": lambda p, c: _hk_place(p)[0],
    "hk_gc186": lambda p, c: _hk_place(p)[1],
    "hk_dc186": lambda p, c: _hk_place(p)[2],
    "hk_phone186": lambda p, c: f"{_pick(p, ('9', '6', '5'), 2)}{p.phone[3:6]} {p.phone[6:10]}",
    "hk_type186": lambda p, c: _pick(p, _HK_TYPES, 3),
    "hk_status186": lambda p, c: _pick(p, _HK_STATUS, 4),
    # Macau: economic housing applications
    "mo_cand186": lambda p, c: f"HE/2026/{p.bhxh[-5:]}",
    "mo_name186": lambda p, c: _mo_name(p)[0],
    "mo_name_pt186": lambda p, c: _mo_name(p)[1],
    "bir186": lambda p, c: _bir_mo(p),
    "sex_mo186": lambda p, c: "男 M" if p.male else "女 F",
    "mo_civil186": lambda p, c: _pick(p, _MO_CIVIL, 2),
    "mo_addr186": lambda p, c: _MO_PLACES_H[int(p.bhxh) // 7 % len(_MO_PLACES_H)],
    "mo_phone186": lambda p, c: f"6{_pick(p, ('6', '2', '8', '5'), 3)}{p.phone[4:10]}",
    "mo_size186": lambda p, c: _mo_size(p),
    "mo_income186": lambda p, c: f"{(_num(p, 30) + 8) * _mo_size(p) * 1000:,}",
    "mo_type186": lambda p, c: _MO_TYPES[min(_mo_size(p), 4) - 1],
    "mo_rank186": lambda p, c: _num(p, 2000),
    "mo_status186": lambda p, c: _pick(p, _MO_STATUS, 4),
}
