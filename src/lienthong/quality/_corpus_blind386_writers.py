"""How the people of the three-hundred-and-eighty-sixth part of the outside corpus (**blind
386**, :mod:`lienthong.quality._corpus_blind386`) are written: members of farmers' cooperatives
and unions. A commune's land consolidation plots, a cooperative's profit shares on paid-in
capital, a commune's rice-land support money, a cooperative's leases of members' fields; and
Ethiopian, Uzbek, Colombian, Greek and Burmese farmers with their identity numbers (the Fayda
number, the JShShIR's 7-3-1 digit, the cédula, the ΑΜΚΑ's Luhn digit and the ΑΦΜ's mod 11 digit,
the NRC) and their plots, shares, crops and subsidies."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _amka, _by_sex, _num, _pick
from lienthong.quality._corpus_blind10_writers import _MM_DIGITS, _fayda
from lienthong.quality._corpus_blind11_writers import _pinfl
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind50_writers import _et_written
from lienthong.quality._corpus_blind117_writers import _place
from lienthong.quality._corpus_blind152_writers import _afm
from lienthong.quality._corpus_blind160_writers import _uz_phone
from lienthong.quality._corpus_blind246_writers import _et_mobile
from lienthong.quality._corpus_blind247_writers import _cc_co

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_FIELDS = ("Đồng Trũng", "Cửa Đình", "Mả Ngô", "Đồng Chằm", "Bãi Giữa", "Đồng Cao")
_VN_HAMLETS = ("Thôn Thượng", "Thôn Hạ", "Xóm 2", "Thôn Đông Hải", "Xóm Chùa", "Thôn An Lạc")
_VN_BANKS = ("Agribank", "Agribank", "VietinBank", "LienVietPostBank", "Quỹ TDND xã")
_VN_CROPS = ("Lúa 2 vụ", "Lúa - màu", "Lúa 2 vụ", "Lúa chất lượng cao", "Lúa nếp")
_ET_GIVEN_M = ("አበበ", "ተስፋዬ", "ሙሉጌታ", "ደሳለኝ", "ጌታቸው", "ይርጋ", "በላይ")
_ET_GIVEN_F = ("አልማዝ", "ትዕግስት", "መሰረት", "የሺ", "ብርቱካን", "ዘውዲቱ", "አበባ")
_ET_FATHERS = ("ከበደ", "ወልዴ", "አሰፋ", "ታደሰ", "መንግሥቱ", "በየነ", "ደምሴ", "ጥላሁን")
_ET_PLACES = (
    ("ሰከላ 01", "ሰከላ", "ምዕራብ ጎጃም", "አማራ"),
    ("ዱርቤቴ", "ምዕራብ ደምቢያ", "ማዕከላዊ ጎንደር", "አማራ"),
    ("ሐሮ ቀርሳ", "ጅማ አርጆ", "ምሥራቅ ወለጋ", "ኦሮሚያ"),
    ("ጠጠር", "ፍኖተ ሰላም", "ምዕራብ ጎጃም", "አማራ"),
    ("ቡሌ ሆራ 03", "ቡሌ ሆራ", "ምዕራብ ጉጂ", "ኦሮሚያ"),
)
_ET_CROPS = ("ጤፍ", "ስንዴ", "በቆሎ", "ቡና", "ማሽላ", "ገብስ")
_UZ_FAMILY = ("Karimov", "Toshmatov", "Yusupov", "Ergashev", "Raximov", "Xolmatov")
_UZ_GIVEN_M = ("Baxtiyor", "Sherzod", "Ulug‘bek", "Otabek", "Jasur", "Abdulla")
_UZ_GIVEN_F = ("Dilnoza", "Gulnora", "Nilufar", "Mohira", "Zulfiya", "Shahnoza")
_UZ_PLACES = (
    ("Navbahor MFY", "Qo‘rg‘ontepa tumani", "Andijon viloyati"),
    ("Yangiobod MFY", "Urgut tumani", "Samarqand viloyati"),
    ("Do‘stlik MFY", "Shovot tumani", "Xorazm viloyati"),
    ("Oqoltin MFY", "Guliston tumani", "Sirdaryo viloyati"),
    ("Bog‘bon MFY", "Quva tumani", "Farg‘ona viloyati"),
)
_UZ_CROPS = ("Paxta", "Bug‘doy", "Paxta", "Sabzavot", "Bog‘ (olma)", "Uzum")
_CO_FAMILY = ("Gómez", "Rodríguez", "Osorio", "Restrepo", "Giraldo", "Cardona", "Londoño")
_CO_GIVEN_M = ("José Arley", "Luis Fernando", "Jhon Jairo", "Carlos Mario", "Diego Alejandro")
_CO_GIVEN_F = ("María Nelly", "Luz Dary", "Gloria Inés", "Ana Milena", "Yuliana Andrea")
_CO_PLACES = (
    ("La Esperanza", "Andes", "Antioquia"),
    ("El Cedral", "Chinchiná", "Caldas"),
    ("San Antonio", "Pitalito", "Huila"),
    ("La Palma", "Salento", "Quindío"),
    ("Alto Bonito", "Ciudad Bolívar", "Antioquia"),
)
_CO_MOBILE = ("300", "310", "311", "312", "313", "314", "316", "320", "321", "350")
_CO_FARMS = ("La Primavera", "El Mirador", "Buenos Aires", "La Cabaña", "El Porvenir")
_GR_FAMILY_M = ("ΠΑΠΑΔΟΠΟΥΛΟΣ", "ΓΕΩΡΓΙΟΥ", "ΚΑΡΑΓΙΑΝΝΗΣ", "ΝΙΚΟΛΑΪΔΗΣ", "ΜΑΥΡΙΔΗΣ")
_GR_FAMILY_F = ("ΠΑΠΑΔΟΠΟΥΛΟΥ", "ΓΕΩΡΓΙΟΥ", "ΚΑΡΑΓΙΑΝΝΗ", "ΝΙΚΟΛΑΪΔΟΥ", "ΜΑΥΡΙΔΟΥ")
_GR_GIVEN_M = ("ΓΕΩΡΓΙΟΣ", "ΙΩΑΝΝΗΣ", "ΚΩΝΣΤΑΝΤΙΝΟΣ", "ΔΗΜΗΤΡΙΟΣ", "ΝΙΚΟΛΑΟΣ", "ΑΘΑΝΑΣΙΟΣ")
_GR_GIVEN_F = ("ΜΑΡΙΑ", "ΕΛΕΝΗ", "ΑΙΚΑΤΕΡΙΝΗ", "ΒΑΣΙΛΙΚΗ", "ΣΟΦΙΑ", "ΓΕΩΡΓΙΑ")
_GR_PLACES = (
    ("ΠΛΑΤΕΙΑ ΗΡΩΩΝ 4", "58100", "ΓΙΑΝΝΙΤΣΑ"),
    ("ΚΑΠΕΤΑΝ ΚΩΤΤΑ 17", "59200", "ΝΑΟΥΣΑ"),
    ("ΕΘΝ. ΑΝΤΙΣΤΑΣΕΩΣ 32", "41500", "ΦΑΡΣΑΛΑ"),
    ("ΟΔΟΣ ΑΓ. ΓΕΩΡΓΙΟΥ 9", "24100", "ΚΑΛΑΜΑΤΑ"),
    ("ΚΕΝΤΡΙΚΗ ΟΔΟΣ", "70300", "ΑΡΚΑΛΟΧΩΡΙ"),
)
_GR_CROPS = ("ΒΑΜΒΑΚΙ", "ΡΟΔΑΚΙΝΑ", "ΕΛΙΕΣ", "ΣΙΤΑΡΙ ΣΚΛΗΡΟ", "ΑΜΠΕΛΙ", "ΒΙΟΜ. ΝΤΟΜΑΤΑ")
_MM_GIVEN_M = ("အောင်မြင့်", "ကျော်စိုး", "မြင့်ဆွေ", "ဝင်းနိုင်", "သန်းထွန်း", "ဇော်မင်း")
_MM_GIVEN_F = ("ခင်မာ", "စန္ဒာ", "မြင့်မြင့်", "သီတာ", "နီလာ", "ယဉ်ယဉ်")
_MM_PLACES = (
    ("၁၄", "ဟသတ", "ကြို့ပင်ကုန်း", "ဟင်္သာတ", "ဧရာဝတီတိုင်းဒေသကြီး"),
    ("၁၄", "ဖပန", "ကျုံကြီး", "ဖျာပုံ", "ဧရာဝတီတိုင်းဒေသကြီး"),
    ("၅", "ရဘန", "ကန်သာ", "ရွှေဘို", "စစ်ကိုင်းတိုင်းဒေသကြီး"),
    ("၇", "ပမန", "ရွှေတောင်", "ပြည်", "ပဲခူးတိုင်းဒေသကြီး"),
    ("၉", "မခန", "ညောင်ကန်", "မြင်းခြံ", "မန္တလေးတိုင်းဒေသကြီး"),
)
_MM_CROPS = ("စပါး", "မိုးစပါး", "ပဲတီစိမ်း", "နှမ်း", "ပြောင်း", "ကြံ")


def _season_day(p: Person, year: int) -> date:
    return _safe_day(year, int(p.bhxh[-2]) % 12 + 1, int(p.bhxh[-3:]) % 28 + 1)


def _capital(p: Person) -> int:
    return _num(p, 20) * 1_000_000


def _profit(p: Person) -> int:
    return _capital(p) * (6 + int(p.bhxh[2]) % 5) // 100


def _et_name(p: Person) -> str:
    """Given name, father's name and grandfather's name, as Ethiopian forms write a full name."""
    given = _by_sex(p, _ET_GIVEN_M, _ET_GIVEN_F, 1)
    return f"{given} {_pick(p, _ET_FATHERS, 2)} {_pick(p, _ET_FATHERS, 3)}"


def _mm_name(p: Person) -> str:
    older = p.birth.year < 1975
    honorific = ("ဦး" if older else "ကို") if p.male else ("ဒေါ်" if older else "မ")
    return honorific + _by_sex(p, _MM_GIVEN_M, _MM_GIVEN_F, 1)


def _mm_nrc(p: Person) -> str:
    """A Myanmar NRC, ``၁၄/ဟသတ(နိုင်)၁၂၃၄၅၆``: state/region, township code, (N), six digits."""
    region, code, *_ = _place(p, _MM_PLACES)
    return f"{region}/{code}(နိုင်){p.bhxh[-6:].translate(_MM_DIGITS)}"


def _mm_date(d: date) -> str:
    return f"{d:%d-%m-%Y}".translate(_MM_DIGITS)


WRITERS_BLIND386: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: land consolidation
    "thon386": lambda p, c: _pick(p, _VN_HAMLETS, 2),
    "plots_before386": lambda p, c: str(int(p.bhxh[3]) % 5 + 2),
    "area_before386": lambda p, c: str(_num(p, 30) * 60 + 360),
    "plot_after386": lambda p, c: f"{_num(p, 400)}",
    "sheet386": lambda p, c: f"{int(p.bhxh[4]) % 9 + 12}",
    "field386": lambda p, c: _pick(p, _VN_FIELDS, 3),
    "area_after386": lambda p, c: str(_num(p, 30) * 60 + 360 - int(p.bhxh[5]) * 12),
    "cut386": lambda p, c: f"-{int(p.bhxh[5]) * 12}" if int(p.bhxh[5]) else "0",
    "signed386": lambda p, c: _pick(p, ("Đã ký", "Đã ký", "Chưa ký", "Đã ký (ủy quyền)"), 4),
    # Vietnam: profit shares
    "member386": lambda p, c: f"TV-{_num(p, 600):04d}",
    "capital386": lambda p, c: f"{_capital(p):,}".replace(",", "."),
    "shares386": lambda p, c: str(_capital(p) // 500_000),
    "rate386": lambda p, c: f"{6 + int(p.bhxh[2]) % 5},0",
    "profit386": lambda p, c: f"{_profit(p):,}".replace(",", "."),
    "pit386": lambda p, c: f"{_profit(p) // 20:,}".replace(",", "."),
    "net386": lambda p, c: f"{_profit(p) - _profit(p) // 20:,}".replace(",", "."),
    "paid_how386": lambda p, c: _pick(p, ("TM", "CK", "TM", "Góp thêm vốn"), 5),
    "account386": lambda p, c: f"{_pick(p, ('2', '1', '7'), 6)}{p.bhxh[::-1]}{p.bhxh[:3]}",
    "bank386": lambda p, c: _pick(p, _VN_BANKS, 7),
    # Vietnam: rice-land support
    "household386": lambda p, c: f"HLUA-{p.bhxh[-5:]}",
    "plot_no386": lambda p, c: f"{int(p.bhxh[4]) % 9 + 12}/{_num(p, 400)}",
    "rice_area386": lambda p, c: str(_num(p, 30) * 72 + 216),
    "other_rice386": lambda p, c: str(int(p.bhxh[6]) * 36),
    "rate_ha386": lambda p, c: "1.500.000",
    "support386": lambda p, c: f"{(_num(p, 30) * 72 + 216) * 150:,}".replace(",", "."),
    "crop_vn386": lambda p, c: _pick(p, _VN_CROPS, 8),
    # Vietnam: field leases
    "lease386": lambda p, c: f"{_num(p, 300):03d}/HĐTR-HTX",
    "sao386": lambda p, c: f"{int(p.bhxh[2]) % 6 + 1},{int(p.bhxh[3]) % 2 * 5}",
    "paddy386": lambda p, c: _pick(p, ("80", "100", "120", "90"), 9),
    "lease_cash386": lambda p, c: f"{(int(p.bhxh[2]) % 6 + 1) * 900_000:,}".replace(",", "."),
    "term386": lambda p, c: _pick(p, ("5", "10", "5", "3"), 10),
    "coop_rep386": lambda p, c: f"Giám đốc {_other_vn(p, 5, male=True)}",
    "witness386": lambda p, c: _other_vn(p, 6),
    "witness_phone386": lambda p, c: _other_phone(p, "03"),
    # Ethiopia
    "et_member386": lambda p, c: f"ሰ/ኅ/{_num(p, 900):04d}",
    "et_full386": lambda p, c: _et_name(p),
    "sex_et386": lambda p, c: "ወንድ" if p.male else "ሴት",
    "et_birth386": lambda p, c: _et_written(p.birth),
    "et_fayda386": lambda p, c: _fayda(p),
    "et_kebele386": lambda p, c: _place(p, _ET_PLACES)[0],
    "et_woreda386": lambda p, c: _place(p, _ET_PLACES)[1],
    "et_zone386": lambda p, c: _place(p, _ET_PLACES)[2],
    "et_region386": lambda p, c: _place(p, _ET_PLACES)[3],
    "et_phone386": lambda p, c: _et_mobile(p, "09"),
    "et_shares386": lambda p, c: str(int(p.bhxh[3]) % 8 + 1),
    "et_paid386": lambda p, c: f"{(int(p.bhxh[3]) % 8 + 1) * 100 + 50:,}.00",
    "et_land386": lambda p, c: f"{int(p.bhxh[4]) % 3}.{p.bhxh[5]}{p.bhxh[6]}",
    "et_crop386": lambda p, c: _pick(p, _ET_CROPS, 4),
    "et_heir386": lambda p, c: (
        f"{_pick(p, _ET_GIVEN_M + _ET_GIVEN_F, 5)} {_pick(p, _ET_FATHERS, 6)}"
        f" ({_pick(p, ('ልጅ', 'ባለቤት', 'ልጅ'), 7)})"
    ),
    "et_joined386": lambda p, c: f"{_et_written(_season_day(p, 2015 + int(p.bhxh[6]) % 10))} ዓ.ም",
    # Uzbekistan
    "pinfl386": lambda p, c: _pinfl(p),
    "uz_fam386": lambda p, c: _pick(p, _UZ_FAMILY, 2) + ("" if p.male else "a"),
    "uz_given386": lambda p, c: _by_sex(p, _UZ_GIVEN_M, _UZ_GIVEN_F, 1),
    "uz_patr386": lambda p, c: f"{_pick(p, _UZ_GIVEN_M, 3)} {'o‘g‘li' if p.male else 'qizi'}",
    "sex_uz386": lambda p, c: "Erkak" if p.male else "Ayol",
    "uz_mfy386": lambda p, c: _place(p, _UZ_PLACES)[0],
    "uz_tuman386": lambda p, c: _place(p, _UZ_PLACES)[1],
    "uz_viloyat386": lambda p, c: _place(p, _UZ_PLACES)[2],
    "uz_phone386": lambda p, c: _uz_phone(p),
    "kontur386": lambda p, c: f"{_num(p, 90)}-{int(p.bhxh[5]) + 1}",
    "uz_ha386": lambda p, c: f"{int(p.bhxh[4]) % 40 + 1},{p.bhxh[6]}",
    "uz_crop386": lambda p, c: _pick(p, _UZ_CROPS, 4),
    "uz_subsidy386": lambda p, c: f"{(int(p.bhxh[4]) % 40 + 1) * 1_250_000:,}".replace(",", " "),
    "uz_cadastre386": lambda p, c: f"10:{p.bhxh[:2]}:{p.bhxh[2:4]}:01:{p.bhxh[4:8]}",
    # Colombia
    "co_doc386": lambda p, c: "CC",
    "cc_co386": lambda p, c: _cc_co(p),
    "co_fam386": lambda p, c: _pick(p, _CO_FAMILY, 2),
    "co_fam2_386": lambda p, c: _pick(p, _CO_FAMILY, 3),
    "co_given386": lambda p, c: _by_sex(p, _CO_GIVEN_M, _CO_GIVEN_F, 1),
    "sex_co386": lambda p, c: "M" if p.male else "F",
    "co_vereda386": lambda p, c: f"Vda. {_place(p, _CO_PLACES)[0]}",
    "co_mun386": lambda p, c: _place(p, _CO_PLACES)[1],
    "co_dep386": lambda p, c: _place(p, _CO_PLACES)[2],
    "co_phone386": lambda p, c: f"{_pick(p, _CO_MOBILE, 3)} {p.phone[3:6]} {p.phone[6:10]}",
    "sica386": lambda p, c: f"{p.bhxh[:2]}{p.bhxh[-8:]}",
    "farm386": lambda p, c: _pick(p, _CO_FARMS, 4),
    "co_ha386": lambda p, c: f"{int(p.bhxh[4]) % 6},{p.bhxh[5]}",
    "aportes386": lambda p, c: f"$ {_num(p, 60) * 25_000:,}".replace(",", "."),
    "co_benef386": lambda p, c: (
        f"{_pick(p, _CO_GIVEN_F if p.male else _CO_GIVEN_M, 5)} {_pick(p, _CO_FAMILY, 6)}"
    ),
    # Greece
    "gr_fam386": lambda p, c: _by_sex(p, _GR_FAMILY_M, _GR_FAMILY_F, 2),
    "gr_given386": lambda p, c: _by_sex(p, _GR_GIVEN_M, _GR_GIVEN_F, 1),
    "gr_father386": lambda p, c: _pick(p, _GR_GIVEN_M, 3),
    "afm386": lambda p, c: _afm(p),
    "amka386": lambda p, c: _amka(p),
    "gr_street386": lambda p, c: _place(p, _GR_PLACES)[0],
    "gr_tk386": lambda p, c: _place(p, _GR_PLACES)[1],
    "gr_town386": lambda p, c: _place(p, _GR_PLACES)[2],
    "gr_phone386": lambda p, c: f"69{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "gr_shares386": lambda p, c: str(int(p.bhxh[3]) % 10 + 1),
    "stremmata386": lambda p, c: f"{_num(p, 150)},{p.bhxh[6]}",
    "gr_crop386": lambda p, c: _pick(p, _GR_CROPS, 4),
    "gr_aid386": lambda p, c: f"{_num(p, 150) * 23},{p.bhxh[7]}0 €",
    # Myanmar
    "mm_name386": lambda p, c: _mm_name(p),
    "mm_father386": lambda p, c: "ဦး" + _pick(p, _MM_GIVEN_M, 3),
    "mm_nrc386": lambda p, c: _mm_nrc(p),
    "mm_birth386": lambda p, c: _mm_date(p.birth),
    "sex_mm386": lambda p, c: "ကျား" if p.male else "မ",
    "mm_village386": lambda p, c: _place(p, _MM_PLACES)[2] + "ကျေးရွာ",
    "mm_township386": lambda p, c: _place(p, _MM_PLACES)[3],
    "mm_region386": lambda p, c: _place(p, _MM_PLACES)[4],
    "mm_phone386": lambda p, c: f"09-{p.phone[2]}{p.bhxh[-8:]}",
    "form7_386": lambda p, c: f"ပုံစံ-၇/{p.bhxh[1:5]}".translate(_MM_DIGITS),
    "mm_plot386": lambda p, c: f"ကွင်း {_num(p, 300)} / ဦးပိုင် {_num(p, 90)}".translate(_MM_DIGITS),
    "mm_acre386": lambda p, c: f"{int(p.bhxh[4]) % 15 + 1}.{p.bhxh[5]}",
    "mm_crop386": lambda p, c: _pick(p, _MM_CROPS, 4),
    "mm_loan386": lambda p, c: f"{(int(p.bhxh[4]) % 10 + 1) * 150_000:,}",
    "mm_loandate386": lambda p, c: _mm_date(_season_day(p, 2026)),
    "mm_guarantor386": lambda p, c: "ဦး" + _pick(p, _MM_GIVEN_M, 6),
}
