"""How the people of the three-hundred-and-ninetieth part of the outside corpus (**blind 390**,
:mod:`lienthong.quality._corpus_blind390`) are written: workers going abroad on contract and
coming back. A labour-export company's pre-departure course, a commune's returnees, a company
settling its contracts with workers, a social policy bank's loans to go abroad; and Nepali,
Taiwanese, Japanese, Korean and Malaysian lists of migrant workers with their identity numbers
(the citizenship certificate, the resident certificate's check digit, the 在留カード, the
외국인등록번호's mod-11 digit, the MyKad)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind112_writers import _TW_LETTER
from lienthong.quality._corpus_blind346_writers import _DEVA, _bs

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_MARKETS = ("Nhật Bản", "Đài Loan", "Hàn Quốc (EPS)", "Nhật Bản", "Đức", "Rumani", "Hungary")
_VN_MARKETS_ASCII = ("Nhat Ban", "Dai Loan", "Han Quoc", "Nhat Ban", "CHLB Duc", "Rumani")
_VN_TRADES = (
    "Xay dung - cop pha",
    "Che bien thuc pham",
    "Co khi - han",
    "Dieu duong",
    "Nong nghiep",
    "May mac",
    "Dong goi cong nghiep",
)
_VN_HOMES = ("Nghe An", "Ha Tinh", "Thanh Hoa", "Bac Giang", "Thai Binh", "Nam Dinh", "Hai Duong")
_VN_AGENCIES = (
    "Cty CP XKLĐ Hà Nội",
    "Cty TNHH Esuhai",
    "Cty CP Nhân lực Quốc tế LOD",
    "Cty TNHH MTV Dịch vụ LĐ Vinaconex",
    "Trung tâm LĐNN (EPS)",
)
_VN_EMPLOYERS = (
    "Kanamori Kogyo K.K.",
    "Yamada Foods Co., Ltd",
    "台灣精密工業股份有限公司",
    "(주)대성산업",
    "Hoang Ha Sdn. Bhd.",
    "Pflegeheim St. Anna GmbH",
)
_VN_WHY_BACK = (
    "Hết hạn hợp đồng",
    "Hết hạn hợp đồng",
    "Về nước trước hạn (ốm đau)",
    "Doanh nghiệp nước ngoài phá sản",
    "Bỏ trốn, bị trục xuất",
    "Hết hạn HĐ",
)
_VN_NEEDS = (
    "Tư vấn việc làm",
    "Vay vốn tạo việc làm",
    "Học nghề",
    "Giới thiệu việc làm tại KCN",
    "Không có nhu cầu",
    "Tiếp tục đi làm việc ở NN",
)
_VN_GROUPS = (
    "Hộ nghèo",
    "Hộ cận nghèo",
    "Người dân tộc thiểu số",
    "Thân nhân người có công",
    "Hộ thu hồi đất NN",
    "Người lao động khác",
)
_VN_RELS = ("Con", "Con", "Con trai", "Con gái", "Vợ", "Chồng", "Bản thân")
_NP_GIVEN_M = ("राम", "हरि", "सुरेश", "दिपक", "बिकास", "प्रकाश", "सन्तोष", "राजेन्द्र")
_NP_GIVEN_F = ("सीता", "गीता", "सरिता", "मन्जु", "कमला", "सुनिता", "बिमला")
_NP_FAMILY = ("थापा", "मगर", "राई", "श्रेष्ठ", "यादव", "गुरुङ", "तामाङ", "चौधरी", "बस्नेत")
_NP_PLACES = (  # district code, district, municipality
    ("56", "मोरङ", "सुन्दरहरैंचा नगरपालिका"),
    ("48", "झापा", "दमक नगरपालिका"),
    ("36", "धनुषा", "जनकपुरधाम उपमहानगरपालिका"),
    ("19", "स्याङ्जा", "वालिङ नगरपालिका"),
    ("64", "रुपन्देही", "बुटवल उपमहानगरपालिका"),
    ("27", "सर्लाही", "लालबन्दी नगरपालिका"),
)
_NP_COUNTRIES = ("कतार", "साउदी अरब", "मलेसिया", "संयुक्त अरब इमिरेट्स", "कुवेत", "जापान")
_NP_JOBS = ("सामान्य कामदार", "ड्राइभर", "सुरक्षा गार्ड", "क्लिनर", "कुक", "इलेक्ट्रिसियन")
_NP_EMPLOYERS = (
    "Al Jaber Contracting W.L.L.",
    "Saudi Binladin Group",
    "Top Glove Sdn Bhd",
    "Emrill Services LLC",
    "Kuwait Catering Co.",
    "Nakamura Kensetsu K.K.",
)
_NP_AGENCIES = ("एभरेष्ट ओभरसिज प्रा.लि.", "हिमालयन म्यानपावर प्रा.लि.", "सगरमाथा एच.आर. प्रा.लि.")
_TW_NATIONS = (("越南", "NGUYEN"), ("印尼", ""), ("菲律賓", "DELA CRUZ"), ("泰國", "SRISUK"))
_TW_GIVEN = {
    "越南": ("VAN HUNG", "THI LAN", "DUC ANH", "THI HOA"),
    "印尼": ("AGUS SANTOSO", "SITI RAHMAWATI", "BUDI HARTONO", "DEWI LESTARI"),
    "菲律賓": ("JUAN CARLO", "MARIA LOURDES", "JOHN PAUL", "ANGELICA"),
    "泰國": ("SOMCHAI", "MALAI", "PRASERT", "SUDARAT"),
}
_TW_PLACES = (
    ("E", "高雄市仁武區仁武工業區工業一路12號"),
    ("B", "臺中市大雅區中清路四段88號"),
    ("H", "桃園市觀音區工業三路5號"),
    ("N", "彰化縣和美鎮彰美路五段21號"),
)
_TW_KINDS = ("製造工作", "家庭看護工作", "營造工作", "製造工作", "海洋漁撈工作")
_TW_BROKERS = ("台灣宏福人力仲介有限公司", "大山國際人力資源管理顧問有限公司", "自行聘僱")
_JP_FAMILY = ("NGUYEN", "TRAN", "LE", "PHAM", "HOANG", "VU", "BUI", "DO")
_JP_NATIONS = ("ベトナム", "ベトナム", "ベトナム", "VIET NAM")
_JP_STATUS = ("技能実習第1号ロ", "技能実習第2号ロ", "技能実習第3号ロ", "特定技能1号")
_JP_TRADES = (
    "とび・とび作業",
    "惣菜製造業・惣菜加工作業",
    "溶接・半自動溶接",
    "介護・介護",
    "農業・施設園芸",
    "婦人子供服製造・婦人子供既製服縫製作業",
)
_JP_FIRMS = ("株式会社山田工業", "有限会社佐藤農園", "株式会社ミツワフーズ", "医療法人和光会")
_JP_UNIONS = ("協同組合アジア交流センター", "中部産業協同組合", "東日本国際事業協同組合")
_JP_ADDR = (
    "愛知県豊田市若宮町3丁目12番地 コーポ若宮201",
    "茨城県鉾田市鉾田1520-3",
    "岐阜県美濃加茂市太田町2650番地5",
    "大阪府東大阪市高井田元町1-4-8 寮2号室",
)
_KR_NATIONS = (("베트남", "NGUYEN"), ("네팔", "THAPA"), ("캄보디아", "SOK"), ("인도네시아", "BUDI"))
_KR_GIVEN = (  # a man's and a woman's given names, by the nation in _KR_NATIONS
    (("VAN TUAN", "MINH DUC"), ("THI NGA", "THI THU")),
    (("RAM BAHADUR", "BIKASH"), ("SITA KUMARI", "GITA")),
    (("DARA", "VISAL"), ("SREY MOM", "CHANTHA")),
    (("SANTOSO", "HARTONO"), ("WAHYUNI", "LESTARI")),
)
_KR_FIRMS = (
    ("(주)한일금속", "경기도 화성시 향남읍 제약공단2길 15"),
    ("대성농산", "경상북도 영천시 금호읍 원제길 41"),
    ("(주)신라수산", "전라남도 완도군 완도읍 해변공원로 22"),
    ("성진산업(주)", "경기도 안산시 단원구 목내로 118"),
)
_KR_NOTES = ("", "", "사업장 변경 1회", "재입국 특례", "성실근로자", "고용변동 신고")
_MY_GIVEN_M = (
    "Muhammad Hafiz bin Ahmad",
    "Mohd Faizal bin Ismail",
    "Wong Kah Wai",
    "Arumugam a/l Subramaniam",
    "Azlan bin Yusof",
)
_MY_GIVEN_F = (
    "Nurul Aina binti Hassan",
    "Siti Hajar binti Omar",
    "Tan Mei Ling",
    "Kavitha a/p Rajendran",
    "Farah Nadia binti Zakaria",
)
_MY_PLACES = (
    ("No. 12, Jalan Seri Ehsan 3, Taman Seri Ehsan", "81200", "Johor Bahru", "Johor", "01"),
    ("Lot 45, Kampung Parit Raja", "86400", "Batu Pahat", "Johor", "01"),
    ("No. 7, Lorong Kenari 2, Taman Kenari", "08000", "Sungai Petani", "Kedah", "02"),
    ("B-3-11, Pangsapuri Seri Mawar, Jalan PJU 1/41", "47301", "Petaling Jaya", "Selangor", "10"),
    ("No. 88, Jalan Haji Abdul Manan", "96000", "Sibu", "Sarawak", "13"),
)
_MY_COUNTRIES = ("Singapura", "Singapura", "Brunei", "Australia", "Jepun")
_MY_EMPLOYERS = (
    "Sheng Siong Supermarket Pte Ltd",
    "SATS Ltd",
    "Keppel Shipyard",
    "Brunei Shell Petroleum",
    "Woolworths Group",
)
_MY_JOBS = ("Operator Pengeluaran", "Juruteknik", "Pemandu Lori", "Kerani Stor", "Tukang Masak")
_MY_STATUS = ("Dalam proses", "Ditempatkan", "Temuduga dijadual", "Tidak hadir")


def _wb(p: Person) -> date:
    """A migrant worker's birth: the person's day and month in a year from 1978 to 2003."""
    return _safe_day(1978 + (p.birth.year - 1940) % 26, p.birth.month, p.birth.day)


def _later(p: Person, days: int) -> date:
    return p.other_date + timedelta(days=days)


def _np_place(p: Person) -> tuple[str, str, str]:
    return _NP_PLACES[int(p.bhxh) // 7 % len(_NP_PLACES)]


def _np_bs(d: date, p: Person) -> str:
    y, m, day = _bs(d)
    text = f"{y}/{m:02d}/{day:02d}" if int(p.bhxh[-2]) % 3 else f"{y}-{m:02d}-{day:02d}"
    return text.translate(_DEVA) if int(p.bhxh[-3]) % 3 else text


def _np_citizen(p: Person) -> str:
    """District code, ward, the BS year of issue at 16 or later, and a serial."""
    issued = (_bs(_wb(p))[0] + 16 + int(p.bhxh[-1]) % 5) % 100
    text = f"{_np_place(p)[0]}-{int(p.bhxh[2:4]) % 9 + 1:02d}-{issued:02d}-{p.bhxh[4:9]}"
    return text if int(p.bhxh[-4]) % 2 else text.translate(_DEVA)


def _tw_nation(p: Person) -> tuple[str, str]:
    return _TW_NATIONS[int(p.bhxh) // 5 % len(_TW_NATIONS)]


def _tw_en(p: Person) -> str:
    """The family name first as in the passport; the given names picked by sex (the lists hold
    a man's and a woman's name in turn)."""
    given = _TW_GIVEN[_tw_nation(p)[0]]
    k = int(p.bhxh) // 13 % (len(given) // 2) * 2 + (0 if p.male else 1)
    return f"{_tw_nation(p)[1]} {given[k]}".strip()


def _tw_arc(p: Person) -> str:
    """A resident certificate number of 2021 on: the county letter, 8 (men) or 9 (women), seven
    digits and the weighted mod-10 check digit."""
    letter = _TW_PLACES[int(p.bhxh) // 3 % len(_TW_PLACES)][0]
    body = f"{8 if p.male else 9}{p.bhxh[-7:]}"
    code = _TW_LETTER[letter]
    weighted = sum(int(d) * w for d, w in zip(body, range(8, 0, -1), strict=True))
    total = code // 10 + code % 10 * 9 + weighted
    return f"{letter}{body}{(10 - total % 10) % 10}"


def _jp_card(p: Person) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    a, b = int(p.bhxh[0:2]) % len(letters), int(p.bhxh[2:4]) % len(letters)
    return f"{letters[a]}{letters[b]}{p.bhxh[-8:]}{_pick(p, ('FA', 'EA', 'HA', 'GA'), 2)}"


def _kr_arc(p: Person) -> str:
    """A 외국인등록번호: yymmdd, 5/6 (7/8 from 2000), six digits and the mod-11 check digit."""
    b = _wb(p)
    head = f"{b:%y%m%d}{(5 if p.male else 6) + (2 if b.year >= 2000 else 0)}{p.bhxh[-5:]}"
    weights = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    check = (11 - sum(int(d) * w for d, w in zip(head, weights, strict=True)) % 11) % 10
    return f"{head[:6]}-{head[6:]}{check}"


def _my_place(p: Person) -> tuple[str, str, str, str, str]:
    return _MY_PLACES[int(p.bhxh) // 11 % len(_MY_PLACES)]


def _my_ic(p: Person) -> str:
    """YYMMDD-PB-###G, the state of birth's code, the last digit odd for a man."""
    last = int(p.bhxh[-1]) // 2 * 2 + (1 if p.male else 0)
    return f"{_wb(p):%y%m%d}-{_my_place(p)[4]}-{p.bhxh[-4:-1]}{last}"


def _kr_en(p: Person) -> str:
    return (
        f"{_KR_NATIONS[int(p.bhxh) // 3 % 4][1]} {_by_sex(p, *_KR_GIVEN[int(p.bhxh) // 3 % 4], 4)}"
    )


WRITERS_BLIND390: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: the pre-departure course
    "hv390": lambda p, c: f"HV{p.other_date:%y}-{p.bhxh[-4:]}",
    "quequan390": lambda p, c: _pick(p, _VN_HOMES, 3),
    "lop390": lambda p, c: f"{_pick(p, ('N', 'DL', 'HQ', 'D'), 4)}{_num(p, 40)}/{p.other_date:%Y}",
    "market390": lambda p, c: _pick(p, _VN_MARKETS_ASCII, 5),
    "trade390": lambda p, c: _pick(p, _VN_TRADES, 6),
    "score390": lambda p, c: f"{4 + _num(p, 6)},{_num(p, 10) - 1}",
    "result390": lambda p, c: _pick(p, ("Dat", "Dat", "Dat", "Khong dat", "Bo hoc"), 7),
    "cert390": lambda p, c: f"{p.bhxh[:5]}/BDKTCT-{p.other_date:%Y}",
    # returnees at the commune
    "country390": lambda p, c: _pick(p, _VN_MARKETS, 5),
    "agency390": lambda p, c: _pick(p, _VN_AGENCIES, 6),
    "back390": lambda p, c: f"{_later(p, 365 + _num(p, 700)):%d/%m/%Y}",
    "why390": lambda p, c: _pick(p, _VN_WHY_BACK, 7),
    "job_abroad390": lambda p, c: _pick(
        p,
        (
            "Xây dựng",
            "Chế biến thủy sản",
            "Cơ khí",
            "Điều dưỡng",
            "Nông nghiệp",
            "Giúp việc gia đình",
        ),
        8,
    ),
    "need390": lambda p, c: _pick(p, _VN_NEEDS, 9),
    # a company settles its contracts
    "contract390": lambda p, c: f"{_num(p, 900)}/{p.other_date:%Y}/HĐĐĐ-NLĐ",
    "employer390": lambda p, c: _pick(p, _VN_EMPLOYERS, 4),
    "fee390": lambda p, c: f"{(60 + _num(p, 90)) * 1_000_000:,}".replace(",", "."),
    "refund390": lambda p, c: f"{_num(p, 30) * 500_000:,}".replace(",", "."),
    "why_end390": lambda p, c: _pick(
        p,
        (
            "Hoàn thành HĐ",
            "Không xuất cảnh được (trượt visa)",
            "NLĐ đơn phương chấm dứt",
            "Hoàn thành HĐ",
        ),
        3,
    ),
    "account390": lambda p, c: f"{p.bhxh}{p.bhxh[-3:]}",
    "end390": lambda p, c: f"{_later(p, 400 + _num(p, 600)):%d/%m/%Y}",
    # a loan to go abroad
    "group390": lambda p, c: _pick(p, _VN_GROUPS, 2),
    "worker390": lambda p, c: _other_vn(p, 6, _num(p, 2) == 1),
    "rel390": lambda p, c: _pick(p, _VN_RELS, 8),
    "loan390": lambda p, c: f"{(3 + _num(p, 9)) * 10_000_000:,}".replace(",", "."),
    "rate390": lambda p, c: _pick(p, ("0,33", "0,66", "0,66", "0,55"), 2),
    "term390": lambda p, c: _pick(p, ("36", "36", "24", "60"), 3),
    "leader390": lambda p, c: _other_vn(p, 9, _num(p, 3) == 1),
    # Nepal: a manpower agency's final labour approvals
    "np_name390": lambda p, c: (
        f"{_by_sex(p, _NP_GIVEN_M, _NP_GIVEN_F, 2)} {_pick(p, _NP_FAMILY, 3)}"
    ),
    "np_sex390": lambda p, c: "पुरुष" if p.male else "महिला",
    "np_birth390": lambda p, c: _np_bs(_wb(p), p),
    "np_cit390": lambda p, c: _np_citizen(p),
    "np_issue390": lambda p, c: f"जि.प्र.का. {_np_place(p)[1]}",
    "np_pp390": lambda p, c: f"PA{p.bhxh[-7:]}",
    "np_addr390": lambda p, c: f"{_np_place(p)[2]}-{_num(p, 12)}, {_np_place(p)[1]}",
    "np_phone390": lambda p, c: f"98{_pick(p, ('0', '1', '4', '6'), 4)}{p.phone[-7:]}",
    "np_country390": lambda p, c: _pick(p, _NP_COUNTRIES, 5),
    "np_employer390": lambda p, c: _pick(p, _NP_EMPLOYERS, 5),
    "np_job390": lambda p, c: _pick(p, _NP_JOBS, 6),
    "np_salary390": lambda p, c: _pick(p, ("QAR 1,200", "SAR 1,500", "MYR 1,700", "AED 1,300"), 5),
    "np_permit390": lambda p, c: f"{p.bhxh[1:8]}".translate(_DEVA),
    "np_permit_date390": lambda p, c: _np_bs(p.other_date, p),
    "np_agency390": lambda p, c: _pick(p, _NP_AGENCIES, 7),
    # Taiwan: an employer's list of its migrant workers
    "tw_en390": lambda p, c: _tw_en(p),
    "tw_nat390": lambda p, c: _tw_nation(p)[0],
    "tw_sex390": lambda p, c: "男" if p.male else "女",
    "tw_birth390": lambda p, c: f"{_wb(p):%Y/%m/%d}",
    "tw_pp390": lambda p, c: f"{_pick(p, ('C', 'B', 'P', 'AA'), 2)}{p.bhxh[-7:]}",
    "tw_arc390": lambda p, c: _tw_arc(p),
    "tw_entry390": lambda p, c: f"{p.other_date:%Y/%m/%d}",
    "tw_permit390": lambda p, c: f"勞動發事字第{p.bhxh[:10]}號",
    "tw_kind390": lambda p, c: _pick(p, _TW_KINDS, 4),
    "tw_workaddr390": lambda p, c: _TW_PLACES[int(p.bhxh) // 3 % len(_TW_PLACES)][1],
    "tw_broker390": lambda p, c: _pick(p, _TW_BROKERS, 6),
    "tw_until390": lambda p, c: f"{_later(p, 3 * 365):%Y/%m/%d}",
    "tw_phone390": lambda p, c: f"09{p.phone[2:4]}-{p.phone[4:7]}-{p.phone[7:10]}",
    # Japan: a supervising organisation's list of technical intern trainees
    "jp_en390": lambda p, c: (
        f"{_pick(p, _JP_FAMILY, 3)} "
        + _by_sex(p, ("VAN HUNG", "DUC NAM", "MINH TUAN"), ("THI LAN", "THI HOA", "NGOC ANH"), 2)
    ),
    "jp_nat390": lambda p, c: _pick(p, _JP_NATIONS, 4),
    "jp_sex390": lambda p, c: "男" if p.male else "女",
    "jp_birth390": lambda p, c: f"{_wb(p).year}年{_wb(p).month}月{_wb(p).day}日",
    "jp_card390": lambda p, c: _jp_card(p),
    "jp_status390": lambda p, c: _pick(p, _JP_STATUS, 5),
    "jp_expiry390": lambda p, c: f"{_later(p, 365 + _num(p, 300)):%Y/%m/%d}",
    "jp_trade390": lambda p, c: _pick(p, _JP_TRADES, 6),
    "jp_firm390": lambda p, c: _pick(p, _JP_FIRMS, 7),
    "jp_union390": lambda p, c: _pick(p, _JP_UNIONS, 8),
    "jp_addr390": lambda p, c: _pick(p, _JP_ADDR, 7),
    "jp_entry390": lambda p, c: f"{p.other_date:%Y/%m/%d}",
    "jp_phone390": lambda p, c: f"0{_pick(p, ('70', '80', '90'), 3)}-{p.phone[2:6]}-{p.phone[6:]}",
    # Korea: an employer's list of EPS (E-9) workers
    "kr_en390": lambda p, c: _kr_en(p),
    "kr_nat390": lambda p, c: _KR_NATIONS[int(p.bhxh) // 3 % 4][0],
    "kr_sex390": lambda p, c: "남" if p.male else "여",
    "kr_birth390": lambda p, c: f"{_wb(p):%Y.%m.%d}",
    "kr_arc390": lambda p, c: _kr_arc(p),
    "kr_pp390": lambda p, c: f"{_pick(p, ('C', 'P', 'E'), 2)}{p.bhxh[-7:]}",
    "kr_visa390": lambda p, c: _pick(p, ("E-9-1", "E-9-2", "E-9-3", "E-9-4", "E-9-5"), 3),
    "kr_entry390": lambda p, c: f"{p.other_date:%Y.%m.%d}",
    "kr_firm390": lambda p, c: _KR_FIRMS[int(p.bhxh) // 7 % 4][0],
    "kr_firmaddr390": lambda p, c: _KR_FIRMS[int(p.bhxh) // 7 % 4][1],
    "kr_term390": lambda p, c: f"{p.other_date:%Y.%m.%d}~{_later(p, 364):%Y.%m.%d}",
    "kr_expiry390": lambda p, c: f"{_later(p, 3 * 365 - 1):%Y.%m.%d}",
    "kr_phone390": lambda p, c: f"010-{p.bhxh[-8:-4]}-{p.bhxh[-4:]}",
    "kr_note390": lambda p, c: _pick(p, _KR_NOTES, 5),
    # Malaysia: workers back from abroad registering for placement
    "my_name390": lambda p, c: _by_sex(p, _MY_GIVEN_M, _MY_GIVEN_F, 2).upper(),
    "my_ic390": lambda p, c: _my_ic(p),
    "my_pp390": lambda p, c: f"A{p.bhxh[-8:]}",
    "my_birth390": lambda p, c: f"{_wb(p):%d/%m/%Y}",
    "my_sex390": lambda p, c: "Lelaki" if p.male else "Perempuan",
    "my_addr390": lambda p, c: f"{_my_place(p)[0]}, {_my_place(p)[2]}",
    "my_pc390": lambda p, c: _my_place(p)[1],
    "my_state390": lambda p, c: _my_place(p)[3],
    "my_phone390": lambda p, c: (
        f"01{_pick(p, ('2', '3', '7', '9'), 1)}-{p.phone[3:6]} {p.phone[6:]}"
    ),
    "my_country390": lambda p, c: _pick(p, _MY_COUNTRIES, 4),
    "my_employer390": lambda p, c: _pick(p, _MY_EMPLOYERS, 4),
    "my_job390": lambda p, c: _pick(p, _MY_JOBS, 5),
    "my_back390": lambda p, c: f"{_later(p, _num(p, 200)):%d/%m/%Y}",
    "my_status390": lambda p, c: _pick(p, _MY_STATUS, 6),
}
