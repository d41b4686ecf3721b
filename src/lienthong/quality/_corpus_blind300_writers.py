"""How the people of the three-hundredth part of the outside corpus (**blind 300**,
:mod:`lienthong.quality._corpus_blind300`) are written: four Vietnamese registers retyped from
paper or exported from old software (an agricultural cooperative's land contract book, a state
forest enterprise's workers, a war invalids' card book, a people's credit fund's old depositors),
in capitals without diacritics with padded columns, and Malaysian, German, Argentine, Sri Lankan
and Turkish old registers with an old and a new id side by side (the old IC beside the MyKad, the
GDR PKZ beside the Steuer-ID, the L.E./L.C. beside the CUIL, the old NIC with its V beside the
12-digit NIC, the population booklet's series beside the T.C. Kimlik No)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind42_writers import _steuer_id
from lienthong.quality._corpus_blind248_writers import _tc_from, _tr_mobile
from lienthong.quality._corpus_people import _ascii

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: an agricultural cooperative's land contract book (khoán 10), retyped ----------------
_VN_THON = (
    ("XOM 3, THON DONG", "XA NAM DIEN", "HUYEN NAM TRUC", "TINH NAM DINH"),
    ("XOM 7, THON TRUNG", "XA VU THANG", "HUYEN KIEN XUONG", "TINH THAI BINH"),
    ("DOI 5, THON HA", "XA YEN PHONG", "HUYEN YEN MO", "TINH NINH BINH"),
    ("XOM BAC, THON 2", "XA HOANG DONG", "HUYEN DUY TIEN", "TINH HA NAM"),
)
_VN_LAND_GRADE = ("HANG 1", "HANG 2", "HANG 2", "HANG 3", "HANG 4")
_VN_LAND_NOTE = ("", "", "DA CHUYEN NHUONG", "CHET - CON THUA KE", "DON THU TRANH CHAP", "")
# -- Vietnam: a state forest enterprise's workers, old FoxPro payroll -----------------------------
_VN_LT_TEAM = ("DOI TRONG RUNG 1", "DOI TRONG RUNG 2", "DOI BAO VE", "XUONG CUA XE", "VAN PHONG")
_VN_LT_QUE = ("THANH HOA", "NGHE AN", "HA TINH", "THAI BINH", "HAI HUNG", "HA NAM NINH")
_VN_LT_GRADE = ("BAC 2/7", "BAC 3/7", "BAC 4/7", "BAC 5/7", "BAC 3/6")
# -- Vietnam: war invalids' card book, retyped -----------------------------------------------------
_VN_TB_UNIT = ("C2 D5 E95 F325", "C9 D3 E141 F312", "D8 E209 F312", "C3 D2 E66 F304", "K3 F330")
_VN_TB_PLACE = ("MAT TRAN VI XUYEN", "BIEN GIOI PHIA BAC", "CAMPUCHIA", "QUANG TRI", "TAY NINH")
_VN_TB_RATE = ("21%", "31%", "41%", "61%", "81%", "35%", "45%")
_VN_TB_STATUS = ("DANG HUONG", "DANG HUONG", "DA CHET", "CHUYEN DI", "GIAM DINH LAI")
# -- Vietnam: a people's credit fund's old depositors ----------------------------------------------
_VN_QTD_TERM = ("KKH", "03 THANG", "06 THANG", "12 THANG", "13 THANG")
_VN_QTD_ISSUE = ("CA HA BAC", "CA BAC GIANG", "CA HA SON BINH", "CA HA TAY", "CA HA NOI")
_VN_QTD_RATE = ("0.5%", "4.2%", "5.1%", "6.8%", "7.0%")

# -- Malaysia: FELDA settlers --------------------------------------------------------------------
_MY_M: tuple[str, ...] = (
    "MOHD YUSOF BIN HASHIM",
    "ISMAIL BIN AWANG",
    "ABDUL RAHMAN BIN DAUD",
    "OTHMAN BIN SALLEH",
)
_MY_M += ("RAMLI BIN MAT ISA", "ZAKARIA BIN HJ. AHMAD", "HASSAN BIN JUSOH")
_MY_F: tuple[str, ...] = (
    "FATIMAH BINTI ISMAIL",
    "ZAINAB BT. OMAR",
    "SITI AMINAH BINTI YAHYA",
    "ROKIAH BT. SALLEH",
)
_MY_F += ("MAIMUNAH BINTI ABU BAKAR", "HALIMAH BT. DAUD")
_MY_SCHEME = (
    ("FELDA JENGKA 8", "26400 BANDAR JENGKA", "PAHANG", "06"),
    ("FELDA LEPAR HILIR 3", "26300 GAMBANG", "PAHANG", "06"),
    ("FELDA PALONG 5", "73430 GEMAS", "NEGERI SEMBILAN", "05"),
    ("FELDA KAHANG TIMUR", "86700 KAHANG", "JOHOR", "01"),
    ("FELDA BESOUT 2", "35600 SUNGKAI", "PERAK", "08"),
    ("FELDA CHINI 3", "26690 CHINI", "PAHANG", "06"),
)
_MY_REL = ("ISTERI", "SUAMI", "ANAK", "ANAK", "ANAK")
# -- Germany: an LPG's successor co-operative, land shares ----------------------------------------
_DE_FAM = ("MÜLLER", "SCHULZE", "LEHMANN", "KRÜGER", "RICHTER", "NEUMANN", "ZIMMERMANN", "KÖHLER")
_DE_M = ("HORST", "MANFRED", "GÜNTER", "WOLFGANG", "JOACHIM", "EBERHARD", "HANS-JÜRGEN")
_DE_F = ("CHRISTA", "INGRID", "GISELA", "RENATE", "BÄRBEL", "HANNELORE", "BRIGITTE")
_DE_ORT = (
    ("39606", "OSTERBURG (ALTMARK)", "LINDENSTR."),
    ("17109", "DEMMIN", "DORFSTR."),
    ("04654", "FROHBURG", "AM ANGER"),
    ("16909", "WITTSTOCK/DOSSE", "LPG-STR."),
    ("99947", "BAD LANGENSALZA", "THÄLMANNSTR."),
)
_DE_BIRTHPLACE = ("STENDAL", "KÖNIGSBERG/PR.", "BRESLAU", "DEMMIN", "GERA", "STETTIN")
_DE_NOTE = ("", "", "ERBENGEMEINSCHAFT", "VERSTORBEN", "ABGEFUNDEN 1992", "VERPACHTET")
# -- Argentina: a rural electric co-operative's members ------------------------------------------
_AR_FAM = ("GONZALEZ", "BERTOLOTTI", "FERREYRA", "RE", "GIORDANO", "PERALTA", "SCHNEIDER")
_AR_M = ("JUAN CARLOS", "OSVALDO", "HECTOR RAUL", "ALDO", "MIGUEL ANGEL", "NESTOR")
_AR_F = ("NELIDA", "MARIA ESTER", "ELSA", "ANA MARIA", "GLADYS", "SUSANA BEATRIZ")
_AR_LOC: tuple[tuple[str, str], ...] = (
    ("GENERAL CABRERA", "5809"),
    ("LAS VARILLAS", "5940"),
    ("ARROYITO", "2434"),
)
_AR_LOC += (("VILLA HUIDOBRO", "6275"), ("ONCATIVO", "5986"))
_AR_TARIFA = ("RESIDENCIAL", "RURAL", "RURAL", "COMERCIAL", "RIEGO")
# -- Sri Lanka: a Divisional Secretariat's pensioners --------------------------------------------
_LK_FAM = ("PERERA", "KUMARASINGHE", "JAYAWARDENA", "RATNAYAKE", "WICKRAMASINGHE", "HERATH")
_LK_INIT = ("W.M.A.", "K.G.", "H.M.", "R.P.", "A.D.", "D.M.S.", "U.G.")
_LK_DESIG = ("TEACHER", "GRAMA NILADHARI", "DEV. OFFICER", "CLERK GR. II", "PHI", "LABOURER")
_LK_WORK = ("MV/KURU/ MAHA VIDYALAYA", "DS OFFICE MAWATHAGAMA", "MOH OFFICE POLGAHAWELA")
_LK_TOWN = ("KURUNEGALA", "MAWATHAGAMA", "POLGAHAWELA", "PANNALA", "KULIYAPITIYA")
_LK_BANK = ("BOC KURUNEGALA", "PEOPLES BANK MAWATHAGAMA", "BOC PANNALA", "NSB KULIYAPITIYA")
# -- Turkey: farmers insured with Bağ-Kur --------------------------------------------------------
_TR_FAM = ("YILMAZ", "KARAKAYA", "DEMİR", "ÖZTÜRK", "ÇELİK", "AKSOY", "KOÇ")
_TR_M = ("MEHMET", "HÜSEYİN", "MUSTAFA", "İBRAHİM", "ALİ RIZA", "HALİL")
_TR_F = ("FATMA", "AYŞE", "EMİNE", "HATİCE", "ŞERİFE", "ZEHRA")
_TR_KOY: tuple[tuple[str, str, str], ...] = (
    ("KOCAPINAR", "BALIKESİR", "İVRİNDİ"),
    ("YENİCE", "MANİSA", "SOMA"),
)
_TR_KOY += (("ÇAYIRLI", "KONYA", "ILGIN"), ("KARAAĞAÇ", "AMASYA", "MERZİFON"))
_TR_STATUS = ("AKTİF", "AKTİF", "BORÇLU", "EMEKLİ", "TERKİN")


def _pad(text: str, width: int) -> str:
    """A value as old fixed-width exports write it: padded with spaces to its column."""
    return f"{text:<{width}}"


def _thon(p: Person) -> tuple[str, str, str, str]:
    return _VN_THON[int(p.bhxh) // 3 % len(_VN_THON)]


def _my_scheme(p: Person) -> tuple[str, str, str, str]:
    return _MY_SCHEME[int(p.bhxh) // 5 % len(_MY_SCHEME)]


def _mykad(p: Person) -> str:
    """YYMMDD-PB-###G, the last digit odd for a man, even for a woman."""
    last = int(p.bhxh[-1]) // 2 * 2 + (1 if p.male else 0)
    return f"{p.birth:%y%m%d}-{_my_scheme(p)[3]}-{p.bhxh[-4:-1]}{last}"


def _old_ic(p: Person) -> str:
    """The blue IC before 1990: seven digits, or a letter and seven digits."""
    return _pick(p, (f"{p.bhxh[2:9]}", f"A{p.bhxh[3:10]}", f"K{p.bhxh[1:8]}"), 3)


def _de_ort(p: Person) -> tuple[str, str, str]:
    return _DE_ORT[int(p.bhxh) // 7 % len(_DE_ORT)]


def _pkz(p: Person) -> str:
    """A GDR Personenkennzahl: DDMMYY, the sex and century digit, four digits, a check digit."""
    body = f"{p.birth:%d%m%y}{4 if p.male else 5}{p.bhxh[-5:-1]}"
    weights = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2)
    return body + str(sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 10)


def _ar_doc(p: Person) -> tuple[str, int]:
    """The document's kind and number: L.E./L.C. for those born before 1968, then DNI."""
    if p.birth.year < 1968:
        return ("L.E." if p.male else "L.C."), 4_000_000 + int(p.bhxh[-7:]) % 4_000_000
    return "D.N.I.", 10_000_000 + (p.birth.year - 1968) * 400_000 + int(p.bhxh[-5:])


def _cuil(p: Person) -> str:
    number = f"{_ar_doc(p)[1]:08d}"
    for prefix in ("20" if p.male else "27", "23"):
        total = sum(
            int(d) * w for d, w in zip(prefix + number, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True)
        )
        check = (11 - total % 11) % 11
        if check < 10:
            return f"{prefix}-{number}-{check}"
    return f"23-{number}-{9 if p.male else 4}"


def _ar_loc(p: Person) -> tuple[str, str]:
    return _AR_LOC[int(p.bhxh) // 9 % len(_AR_LOC)]


def _lk_old_nic(p: Person) -> str:
    """YY, the day of the year (February always 29 days; +500 for a woman), three digits, the
    mod-11 check digit and V."""
    starts = (0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335)
    days = starts[p.birth.month - 1] + p.birth.day + (0 if p.male else 500)
    body = f"{p.birth:%y}{days:03d}{p.bhxh[-3:]}"
    total = sum(int(d) * w for d, w in zip(body, (3, 2, 7, 6, 5, 4, 3, 2), strict=True))
    return f"{body}{(11 - total % 11) % 11 % 10}V"


def _lk_new_nic(p: Person) -> str:
    """The year in full, the day number, a 0 before the old serial, the old check digit."""
    old = _lk_old_nic(p)
    return f"{p.birth.year}{old[2:5]}0{old[5:9]}"


def _lk_name(p: Person, salt: int = 1) -> str:
    return f"{_pick(p, _LK_INIT, salt)} {_pick(p, _LK_FAM, salt + 1)}"


def _tr_koy(p: Person) -> tuple[str, str, str]:
    return _TR_KOY[int(p.bhxh) // 11 % len(_TR_KOY)]


WRITERS_BLIND300: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: land contract book
    "thon300": lambda p, c: ", ".join(_thon(p)),
    "khau300": lambda p, c: _pad(str(_num(p, 8)), 3),
    "area300": lambda p, c: _pad(f"{_num(p, 40) * 36 + 360}", 6),
    "plot300": lambda p, c: _pad(str(_num(p, 900)), 5),
    "sheet300": lambda p, c: _pad(str(_num(p, 24)), 3),
    "grade300": lambda p, c: _pick(p, _VN_LAND_GRADE, 2),
    "quota300": lambda p, c: _pad(f"{_num(p, 40) * 25 + 300}", 6),
    "team300": lambda p, c: f"DOI {_num(p, 9)}",
    "land_note300": lambda p, c: _pad(_pick(p, _VN_LAND_NOTE, 3), 20),
    # Vietnam: forest enterprise workers
    "worker300": lambda p, c: f"LT{p.bhxh[-5:]}",
    "que300": lambda p, c: _pad(_pick(p, _VN_LT_QUE, 4), 12),
    "lt_team300": lambda p, c: _pad(_pick(p, _VN_LT_TEAM, 5), 18),
    "lt_grade300": lambda p, c: _pick(p, _VN_LT_GRADE, 6),
    "lt_coef300": lambda p, c: f"{1.55 + _num(p, 12) * 0.18:.2f}",
    # Vietnam: war invalids' cards
    "tb_card300": lambda p, c: f"TB/{p.bhxh[-5:]}/{_pick(p, ('HBT', 'HNT', 'NĐ', 'TB'), 2)}",
    "tb_rate300": lambda p, c: _pick(p, _VN_TB_RATE, 3),
    "tb_unit300": lambda p, c: _pick(p, _VN_TB_UNIT, 4),
    "tb_place300": lambda p, c: _pick(p, _VN_TB_PLACE, 5),
    "tb_enlist300": lambda p, c: f"{_safe_day(p.birth.year + 18, 2 + _num(p, 9), 12):%m/%Y}",
    "tb_status300": lambda p, c: _pick(p, _VN_TB_STATUS, 6),
    "tb_kin300": lambda p, c: _ascii(_other_vn(p, 7)).upper(),
    # Vietnam: credit fund depositors
    "qtd_client300": lambda p, c: f"KH{p.bhxh[-6:]}",
    "qtd_issue300": lambda p, c: _pick(p, _VN_QTD_ISSUE, 2),
    "qtd_book300": lambda p, c: f"STK{p.bhxh[:7]}",
    "qtd_amount300": lambda p, c: f"{_num(p, 300) * 1_000_000:>15,}".replace(",", "."),
    "qtd_term300": lambda p, c: _pick(p, _VN_QTD_TERM, 4),
    "qtd_rate300": lambda p, c: _pick(p, _VN_QTD_RATE, 5),
    "qtd_heir300": lambda p, c: _ascii(_other_vn(p, 8)).upper(),
    # Malaysia: FELDA settlers
    "my_name300": lambda p, c: _by_sex(p, _MY_M, _MY_F, 1),
    "mykad300": lambda p, c: _mykad(p),
    "old_ic300": lambda p, c: _old_ic(p),
    "sex_my300": lambda p, c: "L" if p.male else "P",
    "settler300": lambda p, c: f"{_my_scheme(p)[3]}/{p.bhxh[-4:]}",
    "scheme300": lambda p, c: _my_scheme(p)[0],
    "my_addr300": lambda p, c: (
        f"NO. {_num(p, 400)}, {_my_scheme(p)[0]}, {_my_scheme(p)[1]}, {_my_scheme(p)[2]}"
    ),
    "my_state300": lambda p, c: _my_scheme(p)[2],
    "my_heir300": lambda p, c: _by_sex(p, _MY_F, _MY_M, 4),
    "my_rel300": lambda p, c: _pick(p, _MY_REL, 5),
    "phone_my300": lambda p, c: f"01{p.phone[2]}-{p.phone[3:10]}",
    "ha300": lambda p, c: _pick(p, ("4.0", "4.0", "3.6", "4.8", "3.2"), 6),
    # Germany: LPG land shares
    "de_family300": lambda p, c: _pick(p, _DE_FAM, 1),
    "de_given300": lambda p, c: _by_sex(p, _DE_M, _DE_F, 2),
    "de_birthplace300": lambda p, c: _pick(p, _DE_BIRTHPLACE, 3),
    "pkz300": lambda p, c: _pkz(p),
    "steuer300": lambda p, c: _steuer_id(p),
    "de_street300": lambda p, c: f"{_de_ort(p)[2]} {_num(p, 60)}",
    "de_plz300": lambda p, c: _de_ort(p)[0],
    "de_ort300": lambda p, c: _de_ort(p)[1],
    "de_phone300": lambda p, c: f"0{39 + int(p.phone[2]) % 9}{p.phone[3]} / {p.phone[4:10]}",
    "de_ha300": lambda p, c: f"{_num(p, 900) / 100:.2f}".replace(".", ","),
    "de_flur300": lambda p, c: f"FLUR {_num(p, 12)} / {_num(p, 300)}",
    "de_inv300": lambda p, c: f"{_num(p, 200) * 125},00",
    "de_note300": lambda p, c: _pick(p, _DE_NOTE, 4),
    # Argentina: electric co-operative members
    "ar_name300": lambda p, c: f"{_pick(p, _AR_FAM, 1)}, {_by_sex(p, _AR_M, _AR_F, 2)}",
    "ar_doctype300": lambda p, c: _ar_doc(p)[0],
    "ar_doc300": lambda p, c: f"{_ar_doc(p)[1]:,}".replace(",", "."),
    "cuil300": lambda p, c: _cuil(p),
    "sex_ar300": lambda p, c: "M" if p.male else "F",
    "ar_supply300": lambda p, c: f"ZONA RURAL LOTE {_num(p, 80)} CAMPO {_pick(p, _AR_FAM, 3)}",
    "ar_street300": lambda p, c: (
        f"{_pick(p, ('SAN MARTIN', 'BELGRANO', 'RIVADAVIA'), 4)} {_num(p, 900)}"
    ),
    "ar_loc300": lambda p, c: _ar_loc(p)[0],
    "ar_cp300": lambda p, c: _ar_loc(p)[1],
    "ar_phone300": lambda p, c: f"03{p.phone[2:5]}-15{p.phone[5:10]}",
    "meter300": lambda p, c: f"{p.bhxh[2:9]}",
    "tarifa300": lambda p, c: _pick(p, _AR_TARIFA, 5),
    "capital300": lambda p, c: f"$ {_num(p, 90) * 100},00",
    # Sri Lanka: pensioners
    "lk_name300": lambda p, c: _lk_name(p),
    "nic_old300": lambda p, c: _lk_old_nic(p),
    "nic_new300": lambda p, c: _lk_new_nic(p),
    "pen_no300": lambda p, c: f"P/{p.bhxh[-6:]}",
    "lk_desig300": lambda p, c: _pick(p, _LK_DESIG, 2),
    "lk_work300": lambda p, c: _pick(p, _LK_WORK, 3),
    "lk_addr300": lambda p, c: (
        f"NO. {_num(p, 200)}, {_pick(p, ('TEMPLE RD', 'MAIN ST', 'KANDY RD'), 4)}, "
        f"{_pick(p, _LK_TOWN, 5)}"
    ),
    "lk_retire300": lambda p, c: (
        f"{_safe_day(p.birth.year + 60, p.birth.month, p.birth.day):%d-%m-%y}"
    ),
    "lk_amount300": lambda p, c: f"{_num(p, 60) * 500 + 18000:,}.00",
    "lk_bank300": lambda p, c: _pick(p, _LK_BANK, 6),
    "lk_spouse300": lambda p, c: _lk_name(p, 3),
    "lk_phone300": lambda p, c: (
        f"037-22{p.phone[5:10]}" if int(p.bhxh) % 3 else f"07{p.phone[2:10]}"
    ),
    "sex_lk300": lambda p, c: "M" if p.male else "F",
    "wop300": lambda p, c: f"W&OP/{p.bhxh[:5]}" if p.male else "-",
    # Turkey: Bağ-Kur farmers
    "bagkur300": lambda p, c: f"{p.bhxh[1:8]}",
    "tc300": lambda p, c: _tc_from(p.bhxh),
    "nuf300": lambda p, c: f"{_pick(p, ('A', 'B', 'C', 'E', 'F'), 2)}{p.bhxh[4:6]} {p.bhxh[:6]}",
    "tr_given300": lambda p, c: _by_sex(p, _TR_M, _TR_F, 3),
    "tr_family300": lambda p, c: _pick(p, _TR_FAM, 4),
    "tr_father300": lambda p, c: _pick(p, _TR_M, 5),
    "tr_birthplace300": lambda p, c: _tr_koy(p)[2],
    "sex_tr300": lambda p, c: "E" if p.male else "K",
    "tr_addr300": lambda p, c: f"{_tr_koy(p)[0]} KÖYÜ, {_tr_koy(p)[2]}, {_tr_koy(p)[1]}",
    "tr_ilce300": lambda p, c: _tr_koy(p)[2],
    "tr_phone300": lambda p, c: _tr_mobile(p),
    "tr_debt300": lambda p, c: f"{_num(p, 400) * 37},{_num(p, 99):02d}",
    "tr_status300": lambda p, c: _pick(p, _TR_STATUS, 6),
    "other_phone300": lambda p, c: _other_phone(p, "091"),
}

__all__ = ["WRITERS_BLIND300"]
