"""How the people of the hundred-and-thirty-eighth part of the outside corpus (**blind 138**,
:mod:`lienthong.quality._corpus_blind138`) are written: four Vietnamese files' own columns (a
lay Buddhist's refuge at a pagoda, a mother's birth certificate at a maternity ward, a fibre
internet subscription, a self-drive car rental) and Japanese, Korean, Taiwanese, Hong Kong and
Macanese names, places, phones and numbers in the forms their registers show (the My Number and
the Korean resident number end in their mod-11 digits, the Taiwanese id in its weighted mod-10
digit, the HKID in its bracketed mod-11 character, the Macanese BIR in its bracketed digit; the
Japanese birth dates are in the era calendar, the Taiwanese ones in the Minguo calendar)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind20_writers import _bir_mo
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind112_writers import (
    _KR_FAMILY,
    _KR_GIVEN_F,
    _KR_GIVEN_M,
    _hk_name,
    _hkid,
    _minguo,
    _my_number,
    _rrn,
    _tw_id,
    _tw_name,
    _wareki,
)
from lienthong.quality._corpus_blind129_writers import _mo_name
from lienthong.quality._corpus_people import _ascii

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: refuge at a pagoda -------------------------------------------------------------------
_VN_DHARMA = ("Diệu", "Tâm", "Quảng", "Nhuận", "Thiện", "Minh")
_VN_DHARMA2 = ("Hạnh", "An", "Tịnh", "Đức", "Liên", "Pháp", "Hòa")
_VN_MASTERS = ("HT. Thích Thanh Nhiễu", "TT. Thích Quảng Tịnh", "ĐĐ. Thích Minh Đạo")
_VN_GROUPS = ("Đạo tràng Pháp Hoa", "CLB Tuổi trẻ Phật giáo", "Đạo tràng Dược Sư", "Ban Hộ niệm")
# -- Vietnam: birth certificates at a maternity ward -----------------------------------------------
_VN_ETHNIC = ("Kinh", "Kinh", "Kinh", "Tay", "Muong", "Nung", "Hoa")
_VN_MIDWIFE = ("NHS Le Thi Thu", "BS Tran Van Hung", "NHS Pham Thi Lan", "BS Nguyen Thi Hoa")
_VN_CHILD_GIVEN = ("Gia Bao", "Minh Anh", "Bao Ngoc", "Duc Minh", "Khanh An", "Ha Vy", "Tuan Kiet")
# -- Vietnam: fibre internet -----------------------------------------------------------------------
_VN_ISSUERS = ("Cục CS QLHC về TTXH", "Bộ Công an", "Cục Cảnh sát QLHC về TTXH")
_VN_PLANS = (("Home 1 - 150Mbps", 180_000), ("Home 2 - 300Mbps", 220_000), ("Home TV", 245_000))
_VN_NET_STATUS = ("Đang hoạt động", "Đang hoạt động", "Tạm ngưng", "Đã thanh lý")
_VN_TECHS = ("Nguyễn Văn Toàn", "Lê Đức Thắng", "Phạm Minh Tuấn", "Đỗ Quang Huy")
# -- Vietnam: self-drive car rental ----------------------------------------------------------------
_VN_CARS = ("Toyota Vios", "Hyundai Accent", "Kia Morning", "Mitsubishi Xpander", "VinFast VF5")
_VN_COLLATERAL = ("Xe máy + cà vẹt", "Sổ hộ khẩu photo", "Tiền mặt", "Hộ chiếu bản gốc")
# -- Japan: child allowance ------------------------------------------------------------------------
_JP_FAMILY_K = (
    ("斎藤", "サイトウ"),
    ("松本", "マツモト"),
    ("井上", "イノウエ"),
    ("木村", "キムラ"),
    ("清水", "シミズ"),
    ("山口", "ヤマグチ"),
    ("森", "モリ"),
)
_JP_GIVEN_M_K = (("大輔", "ダイスケ"), ("健太", "ケンタ"), ("翔", "ショウ"), ("拓也", "タクヤ"))
_JP_GIVEN_F_K = (("愛", "アイ"), ("由美", "ユミ"), ("千尋", "チヒロ"), ("麻衣", "マイ"))
_JP_CHILD = ("陽翔", "結衣", "蓮", "陽葵", "湊", "凛")
_JP_PLACES_K = (
    ("330-0063", "埼玉県さいたま市浦和区高砂", "3丁目14-8"),
    ("260-0015", "千葉県千葉市中央区富士見", "2丁目5-11 コーポ富士見203"),
    ("231-0023", "神奈川県横浜市中区山下町", "88-1"),
    ("420-0853", "静岡県静岡市葵区追手町", "9-6"),
    ("700-0901", "岡山県岡山市北区本町", "6-36 第一セントラルビル5F"),
)
_JP_BANKS = ("ゆうちょ銀行", "埼玉りそな銀行 浦和支店", "横浜銀行 関内支店", "静岡銀行 本店営業部")
_JP_STATUS = ("提出済", "提出済", "未提出", "支給停止")
# -- South Korea: driving licence renewals ---------------------------------------------------------
_KR_PLACES = (
    ("48058", "부산광역시 해운대구 센텀중앙로", "우동", "12"),
    ("41911", "대구광역시 중구 달구벌대로", "동인동", "13"),
    ("21554", "인천광역시 남동구 예술로", "구월동", "28"),
    ("61475", "광주광역시 동구 금남로", "금남로4가", "15"),
)
_KR_CLASS = ("1종 보통", "2종 보통", "1종 대형", "2종 소형", "1종 보통")
_KR_RESULT = ("합격", "합격", "미수검", "불합격(시력)")
_KR_POLICE = ("해운대경찰서", "대구중부경찰서", "인천남동경찰서", "광주동부경찰서")
# -- Taiwan: national health insurance, category 6 -------------------------------------------------
_TW_PLACES_Z = (
    ("807", "高雄市", "三民區", "鼎山里", "大昌二路"),
    ("403", "臺中市", "西區", "忠明里", "民權路"),
    ("701", "臺南市", "東區", "大學里", "長榮路一段"),
    ("300", "新竹市", "東區", "關新里", "光復路二段"),
    ("970", "花蓮縣", "花蓮市", "國光里", "中山路"),
)
_TW_CATS = ("第六類第二目", "第六類第二目", "第六類第一目", "第五類")
_TW_NOTES = ("", "", "轉入", "失業", "出境停保復保")
# -- Hong Kong: working family allowance -----------------------------------------------------------
_HK_PLACES_W = (
    ("葵青區", "Kwai Tsing", "Flat 1506, Kwai Hong House, Kwai Fong Estate, Kwai Chung"),
    ("元朗區", "Yuen Long", "Room 2213, Yiu Fai House, Tin Yiu Estate, Tin Shui Wai"),
    ("黃大仙區", "Wong Tai Sin", "Flat 908, Lung Cheong House, Lower Wong Tai Sin Estate"),
    ("屯門區", "Tuen Mun", "Flat B, 12/F, Block 3, Sun Tuen Mun Centre, Tuen Mun"),
)
_HK_EMPLOYERS = (
    "新世界清潔有限公司",
    "Maxim's Caterers Ltd",
    "佳寶食品超級市場",
    "自僱 Self-employed",
)
_HK_PERIODS = ("2025年10月至2026年3月", "2026年4月至9月", "2025年4月至9月")
# -- Macau: health vouchers ------------------------------------------------------------------------
_MO_PLACES_V = (
    ("花地瑪堂區", "澳門黑沙環中街2號怡南大廈7樓E"),
    ("聖安多尼堂區", "澳門罅些喇提督大馬路85號俾利喇花園3樓B"),
    ("望德堂區", "澳門荷蘭園大馬路32號麗都大廈12樓A"),
    ("嘉模堂區", "氹仔布拉干薩街211號濠景花園第8座18樓D"),
    ("聖方濟各堂區", "路環石排灣業興大廈第3座9樓F"),
)
_MO_CLINICS = ("仁伯爵綜合醫院", "鏡湖醫院", "科大醫院", "工人醫療所", "同善堂診所")
_MO_DOCTORS = ("Dr. Leong Kin Fai", "Dra. Wong Mei Kuan", "Dr. Sou Chi Hong", "Dr. Lam Ka Wai")


def _years_on(p: Person, years: int) -> date:
    return _shift_date(p.birth, years)


def _car_from(p: Person) -> date:
    return date(2026, 1, 2) + timedelta(days=_num(p, 330))


def _jp_family(p: Person) -> tuple[str, str]:
    return _JP_FAMILY_K[int(p.bhxh) // 3 % len(_JP_FAMILY_K)]


def _jp_given(p: Person) -> tuple[str, str]:
    given = _JP_GIVEN_M_K if p.male else _JP_GIVEN_F_K
    return given[int(p.bhxh) // 7 % len(given)]


def _jp_place(p: Person) -> tuple[str, str, str]:
    return _JP_PLACES_K[int(p.bhxh) // 5 % len(_JP_PLACES_K)]


def _jp_child_birth(p: Person) -> date:
    return date(2012 + _num(p, 13), _num(p, 12), min(_num(p, 28), 28))


def _kr_place(p: Person) -> tuple[str, str, str, str]:
    return _KR_PLACES[int(p.bhxh) // 7 % len(_KR_PLACES)]


def _kr_licence(p: Person) -> str:
    """A driving licence number: the issuing region, the two-digit year, six digits and two."""
    region = _kr_place(p)[3]
    year = (p.birth.year + 20 + _num(p, 10)) % 100
    return f"{region}-{year:02d}-{p.bhxh[2:8]}-{p.bhxh[8:]}"


def _kr_renewal(p: Person) -> date:
    """The renewal period opens on the birthday of a renewal year."""
    return date(2026, p.birth.month, min(p.birth.day, 28))


def _tw_place(p: Person) -> tuple[str, str, str, str, str]:
    return _TW_PLACES_Z[int(p.bhxh) // 9 % len(_TW_PLACES_Z)]


def _tw_addr(p: Person) -> str:
    _zip, city, district, li, road = _tw_place(p)
    floor = f"{_num(p, 12)}樓" if int(p.bhxh) % 3 else ""
    return f"{city}{district}{li}{_num(p, 20)}鄰{road}{_num(p, 400)}號{floor}"


def _tw_phone(p: Person) -> str:
    if int(p.bhxh) % 3 == 0:
        area = {"807": "07", "403": "04", "701": "06", "300": "03", "970": "03"}[_tw_place(p)[0]]
        return f"({area}){p.phone[3:6]}-{p.phone[6:10]}"
    return f"09{p.phone[2:4]}-{p.phone[4:7]}-{p.phone[7:10]}"


def _hk_place_w(p: Person) -> tuple[str, str, str]:
    return _HK_PLACES_W[int(p.bhxh) // 13 % len(_HK_PLACES_W)]


def _hk_full(p: Person) -> str:
    (zh_s, en_s), (zh_g, en_g) = _hk_name(p)
    return f"{en_s} {en_g} {zh_s}{zh_g}"


def _mo_place(p: Person) -> tuple[str, str]:
    return _MO_PLACES_V[int(p.bhxh) // 7 % len(_MO_PLACES_V)]


def _mo_used(p: Person) -> int:
    return (_num(p, 6) + 1) * 100


WRITERS_BLIND138: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: refuge at a pagoda
    "phap_danh138": lambda p, c: f"{_pick(p, _VN_DHARMA, 2)} {_pick(p, _VN_DHARMA2, 3)}",
    "quy_y_master138": lambda p, c: _pick(p, _VN_MASTERS, 4),
    "quy_y_cert138": lambda p, c: f"{_num(p, 900)}/QY-CQS",
    "quy_y_group138": lambda p, c: _pick(p, _VN_GROUPS, 5),
    # Vietnam: birth certificates at a maternity ward
    "gcs_no138": lambda p, c: f"{p.bhxh[-5:]}",
    "gcs_book138": lambda p, c: f"{_num(p, 9):02d}/2026",
    "gcs_ethnic138": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "gcs_father138": lambda p, c: (
        _ascii(_other_vn(p, 3, male=True)).upper() if int(p.bhxh) % 4 else ""
    ),
    "gcs_hour138": lambda p, c: f"{_num(p, 24) - 1:02d}h{_num(p, 60) - 1:02d}",
    "gcs_child_sex138": lambda p, c: "Nam" if int(p.bhxh) % 2 else "Nu",
    "gcs_weight138": lambda p, c: 2400 + _num(p, 17) * 100,
    "gcs_child_name138": lambda p, c: _pick(p, _VN_CHILD_GIVEN, 4) if int(p.bhxh) % 3 else "",
    "gcs_midwife138": lambda p, c: _pick(p, _VN_MIDWIFE, 5),
    # Vietnam: fibre internet
    "net_cust138": lambda p, c: f"HNI-FTTH-{p.bhxh[-8:]}",
    "net_issuer138": lambda p, c: _pick(p, _VN_ISSUERS, 2),
    "net_plan138": lambda p, c: _VN_PLANS[int(p.bhxh) % 3][0],
    "net_fee138": lambda p, c: f"{_VN_PLANS[int(p.bhxh) % 3][1]:,}".replace(",", "."),
    "net_contract138": lambda p, c: f"HD{p.bhxh[-6:]}/2025/VNPT-HNI",
    "net_tech138": lambda p, c: _pick(p, _VN_TECHS, 3),
    "net_status138": lambda p, c: _pick(p, _VN_NET_STATUS, 4),
    # Vietnam: self-drive car rental
    "car_licence138": lambda p, c: f"0{p.bhxh[:2]}{p.bhxh[-9:]}",
    "car_class138": lambda p, c: _pick(p, ("B2", "B2", "C", "B", "B1"), 2),
    "car_plate138": lambda p, c: (
        f"30{_pick(p, ('A', 'G', 'K', 'H'), 3)}-{p.bhxh[2:5]}.{p.bhxh[5:7]}"
    ),
    "car_model138": lambda p, c: _pick(p, _VN_CARS, 4),
    "car_from138": lambda p, c: f"{_car_from(p):%d/%m/%Y}",
    "car_return138": lambda p, c: f"{_car_from(p) + timedelta(days=1 + int(p.bhxh) % 6):%d/%m/%Y}",
    "car_deposit138": lambda p, c: f"{(_num(p, 5) + 1) * 5}.000.000",
    "car_collateral138": lambda p, c: _pick(p, _VN_COLLATERAL, 5),
    "car_guarantor138": lambda p, c: _other_vn(p, 6) if int(p.bhxh) % 3 == 0 else "",
    "car_guarantor_phone138": lambda p, c: _other_phone(p, "08") if int(p.bhxh) % 3 == 0 else "",
    # Japan: child allowance
    "jt_no138": lambda p, c: f"{p.bhxh[:7]}",
    "jt_name138": lambda p, c: f"{_jp_family(p)[0]}\u3000{_jp_given(p)[0]}",
    "jt_kana138": lambda p, c: f"{_jp_family(p)[1]}\u3000{_jp_given(p)[1]}",
    "jt_birth138": lambda p, c: (
        _wareki(p.birth)
        if int(p.bhxh) % 3
        else f"{p.birth.year}/{p.birth.month:02d}/{p.birth.day:02d}"
    ),
    "sex_jp138": lambda p, c: "男" if p.male else "女",
    "mynumber138": lambda p, c: (
        _my_number(p).replace(" ", "") if int(p.bhxh) % 2 else _my_number(p)
    ),
    "jt_post138": lambda p, c: _jp_place(p)[0],
    "jt_addr138": lambda p, c: f"{_jp_place(p)[1]}{_jp_place(p)[2]}",
    "jt_phone138": lambda p, c: (
        f"0{_pick(p, ('90', '80', '70'), 2)}-{p.phone[2:6]}-{p.phone[6:10]}"
    ),
    "jt_child138": lambda p, c: f"{_jp_family(p)[0]}\u3000{_pick(p, _JP_CHILD, 3)}",
    "jt_child_birth138": lambda p, c: _wareki(_jp_child_birth(p)),
    "jt_amount138": lambda p, c: f"{_pick(p, ('10,000', '15,000', '30,000'), 4)}円",
    "jt_start138": lambda p, c: _wareki(date(2024, 10, 1) + timedelta(days=_num(p, 400))),
    "jt_bank138": lambda p, c: _pick(p, _JP_BANKS, 5),
    "jt_status138": lambda p, c: _pick(p, _JP_STATUS, 6),
    # South Korea: driving licence renewals
    "kr_licence138": lambda p, c: _kr_licence(p),
    "kr_name138": lambda p, c: _pick(p, _KR_FAMILY, 3) + _by_sex(p, _KR_GIVEN_M, _KR_GIVEN_F, 4),
    "rrn138": lambda p, c: "-".join(_rrn(p)),
    "sex_kr138": lambda p, c: "남" if p.male else "여",
    "kr_post138": lambda p, c: _kr_place(p)[0],
    "kr_addr138": lambda p, c: (
        f"{_kr_place(p)[1]} {_num(p, 200)}, {_num(p, 12)}동"
        f" {_num(p, 25)}0{_num(p, 4)}호 ({_kr_place(p)[2]})"
    ),
    "kr_phone138": lambda p, c: f"010-{p.phone[2:6]}-{p.phone[6:10]}",
    "kr_class138": lambda p, c: _pick(p, _KR_CLASS, 5),
    "kr_first138": lambda p, c: f"{_years_on(p, 20 + _num(p, 10)):%Y.%m.%d}",
    "kr_from138": lambda p, c: f"{_kr_renewal(p) - timedelta(days=183):%Y.%m.%d}",
    "kr_until138": lambda p, c: f"{_kr_renewal(p) + timedelta(days=182):%Y.%m.%d}",
    "kr_result138": lambda p, c: _pick(p, _KR_RESULT, 6),
    "kr_police138": lambda p, c: _KR_POLICE[int(p.bhxh) // 7 % len(_KR_POLICE)],
    # Taiwan: national health insurance, category 6
    "tw_id138": lambda p, c: _tw_id(p),
    "tw_name138": lambda p, c: _tw_name(p),
    "tw_birth138": lambda p, c: (
        _minguo(p.birth)
        if int(p.bhxh) % 2
        else f"民國{p.birth.year - 1911}年{p.birth.month}月{p.birth.day}日"
    ),
    "sex_tw138": lambda p, c: "男" if p.male else "女",
    "tw_zip138": lambda p, c: _tw_place(p)[0],
    "tw_addr138": lambda p, c: _tw_addr(p),
    "tw_li138": lambda p, c: _tw_place(p)[3],
    "tw_phone138": lambda p, c: _tw_phone(p),
    "tw_cat138": lambda p, c: _pick(p, _TW_CATS, 3),
    "tw_deps138": lambda p, c: int(p.bhxh) % 4,
    "tw_in138": lambda p, c: _minguo(date(2024, 7, 1) + timedelta(days=_num(p, 500))),
    "tw_premium138": lambda p, c: 826 * (1 + int(p.bhxh) % 4),
    "tw_unit138": lambda p, c: f"{_tw_place(p)[2]}公所",
    "tw_note138": lambda p, c: _pick(p, _TW_NOTES, 4),
    # Hong Kong: working family allowance
    "hk_app138": lambda p, c: f"WFA/{p.bhxh[:2]}/{p.bhxh[2:8]}",
    "hk_name138": lambda p, c: _hk_full(p),
    "hkid138": lambda p, c: _hkid(p),
    "sex_hk138": lambda p, c: "M" if p.male else "F",
    "hk_addr138": lambda p, c: (
        f"{_hk_place_w(p)[2]}, New Territories"
        if _hk_place_w(p)[0] != "黃大仙區"
        else f"{_hk_place_w(p)[2]}, Kowloon"
    ),
    "hk_district138": lambda p, c: f"{_hk_place_w(p)[0]} {_hk_place_w(p)[1]}",
    "hk_phone138": lambda p, c: f"{_pick(p, ('9', '6', '5'), 2)}{p.phone[3:6]} {p.phone[6:10]}",
    "hk_size138": lambda p, c: 2 + int(p.bhxh) % 4,
    "hk_hours138": lambda p, c: 144 + _num(p, 60),
    "hk_employer138": lambda p, c: _pick(p, _HK_EMPLOYERS, 3),
    "hk_amount138": lambda p, c: f"{(_num(p, 6) + 2) * 1000:,}",
    "hk_period138": lambda p, c: _pick(p, _HK_PERIODS, 4),
    # Macau: health vouchers
    "mo_name138": lambda p, c: _mo_name(p)[0],
    "mo_name_pt138": lambda p, c: _mo_name(p)[1],
    "bir138": lambda p, c: _bir_mo(p),
    "sex_mo138": lambda p, c: "男 M" if p.male else "女 F",
    "mo_addr138": lambda p, c: _mo_place(p)[1],
    "mo_parish138": lambda p, c: _mo_place(p)[0],
    "mo_phone138": lambda p, c: f"6{_pick(p, ('6', '2', '8', '5'), 2)}{p.phone[4:10]}",
    "mo_voucher138": lambda p, c: f"V2026{p.bhxh[:7][::-1]}",
    "mo_clinic138": lambda p, c: _pick(p, _MO_CLINICS, 3),
    "mo_doctor138": lambda p, c: _pick(p, _MO_DOCTORS, 4),
    "mo_value138": lambda p, c: f"{_mo_used(p):.2f}",
    "mo_balance138": lambda p, c: f"{600 - _mo_used(p):.2f}",
}

__all__ = ["WRITERS_BLIND138"]
