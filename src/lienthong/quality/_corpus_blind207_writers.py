"""How the people of the two hundred and seventh part of the outside corpus (**blind 207**,
:mod:`lienthong.quality._corpus_blind207`) are written: four Vietnamese files' own columns (a
seasonal farm worker's Australian visa and sending company, a smoker's counselling visits and
cigarettes a day, a one-off birth allowance with the uninsured spouse, a household's
street tree) and Ugandan, Rwandan, Burundian, South Sudanese and Somaliland names, places, phones
and identity numbers in the forms their cards show (the Ugandan NIN ``CM9001234ABCDE``, the
Rwandan 16-digit ID with its birth year and sex digit, the Burundian CNI with its commune code)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _place

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_SENDERS = (
    "Cty CP Cung ứng nhân lực quốc tế TTC",
    "Cty TNHH MTV Dịch vụ Lao động Sona",
    "Cty CP Phát triển nguồn nhân lực LOD",
    "Trung tâm Lao động ngoài nước (Colab)",
)
_VN_FARMS = (
    "Hái nho - Mildura, VIC",
    "Thu hoạch dâu - Caboolture, QLD",
    "Đóng gói táo - Huon Valley, TAS",
    "Chăm sóc bò sữa - Shepparton, VIC",
)
_VN_VISA = ("Subclass 403 (PALM)", "Thị thực nông nghiệp (AAV)", "Subclass 403 (PALM)")
_VN_ENGLISH = ("IELTS 4.5", "IELTS 5.0", "Sơ cấp", "A2 khung châu Âu", "Chưa có")
_VN_CESSATION = ("Nicotine dán 14mg", "Tư vấn đơn thuần", "Varenicline", "Kẹo nicotine 2mg")
_VN_SMOKE_STATUS = ("Đã bỏ 3 tháng", "Đang giảm", "Tái hút", "Đã bỏ 1 tháng", "Đang giảm")
_VN_CLINICS = (
    "Phòng tư vấn cai nghiện thuốc lá - TTYT quận Đống Đa",
    "Phòng khám Hô hấp - BV Phổi Hà Nội",
    "Tổ tư vấn cai thuốc - TYT phường Láng",
)
_VN_TREES = ("Sao đen", "Lim xẹt", "Bằng lăng", "Giáng hương", "Muồng hoàng yến", "Sấu")
_VN_TREE_STATUS = ("Đã trồng, sống tốt", "Chờ trồng đợt 2", "Cây chết, trồng dặm", "Đã trồng")
_VN_STREETS = ("Hồ Tùng Mậu", "Trần Cung", "Phạm Văn Đồng", "Hoàng Quốc Việt", "Cầu Diễn")
_UG_FAMILY = ("Okello", "Nakato", "Mugisha", "Ssemakula", "Atim", "Tumusiime", "Namukasa")
_UG_GIVEN_M = ("Joseph", "Moses", "Denis", "Ronald", "Patrick", "Emmanuel", "Isaac")
_UG_GIVEN_F = ("Sarah", "Grace", "Prossy", "Harriet", "Agnes", "Florence", "Scovia")
#: (village, parish, sub-county, district)
_UG_PLACES = (
    ("Kyetume", "Namulesa", "Kawolo", "Buikwe"),
    ("Aputi", "Aloi", "Aloi", "Alebtong"),
    ("Nyakabungo", "Kasese Ward", "Bulembia", "Kasese"),
    ("Bulenga A", "Bulenga", "Wakiso T/C", "Wakiso"),
    ("Kiryandongo", "Diika", "Mutunda", "Kiryandongo"),
)
_RW_FAMILY = ("Uwimana", "Habimana", "Mukamana", "Niyonzima", "Uwase", "Nshimiyimana", "Ingabire")
_RW_GIVEN_M = ("Jean Bosco", "Eric", "Emmanuel", "Innocent", "Théoneste", "Olivier")
_RW_GIVEN_F = ("Marie Claire", "Aline", "Jeanne", "Divine", "Clarisse", "Vestine")
#: (umudugudu, akagari, umurenge, akarere)
_RW_PLACES = (
    ("Rugarama", "Rukoma", "Nyamata", "Bugesera"),
    ("Kabeza", "Rubirizi", "Kanombe", "Kicukiro"),
    ("Nyarutovu", "Ruhinga", "Muhanga", "Muhanga"),
    ("Gihanga", "Nyange", "Musanze", "Musanze"),
    ("Kamonyi", "Kigembe", "Gacurabwenge", "Kamonyi"),
)
_RW_HC = (
    "Ikigo Nderabuzima cya Nyamata",
    "Ikigo Nderabuzima cya Busanza",
    "Ikigo Nderabuzima cya Cyeza",
    "Ikigo Nderabuzima cya Musanze",
)
_RW_ROLE = ("ASC Binome", "Mama w'Ubuzima (ASM)", "ASC Binome", "Ushinzwe Imirire (CHW Nutrition)")
_RW_SCHOOL = ("Amashuri abanza", "Icyiciro rusange (S3)", "Amashuri yisumbuye (S6)", "Nta mashuri")
_BI_FAMILY = ("Ndayishimiye", "Niyonkuru", "Nshimirimana", "Hakizimana", "Ndikumana", "Irakoze")
_BI_GIVEN_M = ("Jean-Claude", "Pierre", "Emmanuel", "Évariste", "Déo", "Léonce")
_BI_GIVEN_F = ("Ange", "Béatrice", "Josiane", "Francine", "Claudine", "Nadège")
#: (colline, commune, province, commune code)
_BI_PLACES = (
    ("Kinama", "Ntahangwa", "Bujumbura", "101"),
    ("Rohero", "Mukaza", "Bujumbura", "102"),
    ("Mubone", "Gitega", "Gitega", "305"),
    ("Rango", "Ngozi", "Butanyerera", "412"),
    ("Nyakabiga", "Mukaza", "Bujumbura", "102"),
)
_SS_FAMILY = ("Deng", "Garang", "Lado", "Wani", "Akol", "Kuol", "Lokuji")
_SS_GIVEN_M = ("John", "Peter", "Majok", "Simon", "Malual", "James")
_SS_GIVEN_F = ("Mary", "Achol", "Nyandeng", "Rebecca", "Ayen", "Poni")
#: (state, county, payam)
_SS_PLACES = (
    ("Central Equatoria", "Juba", "Kator"),
    ("Jonglei", "Bor South", "Kolnyang"),
    ("Northern Bahr el Ghazal", "Aweil Centre", "Aroyo"),
    ("Western Equatoria", "Yambio", "Gangura"),
    ("Upper Nile", "Renk", "Geger"),
)
_SS_FROM = ("Sudan (Khartoum)", "Uganda (Kiryandongo)", "Kenya (Kakuma)", "Ethiopia (Gambella)")
_SS_ENTRY = ("Joda/Renk", "Nimule", "Kaya", "Pagak", "Wedwil")
_SS_NEED = ("Female-headed HH", "Elderly", "Unaccompanied child", "PWD", "None")
_SL_FAMILY = ("Maxamed", "Cali", "Xasan", "Cumar", "Yuusuf", "Aadan", "Faarax")
_SL_GIVEN_M = ("Axmed", "Cabdiraxmaan", "Maxamuud", "Ismaaciil", "Khadar")
_SL_GIVEN_F = ("Hodan", "Sahra", "Nimco", "Faadumo", "Ayaan")
#: (district, xaafad)
_SL_PLACES = (
    ("Maxamed Mooge", "Jigjiga Yar"),
    ("26 June", "Masalaha"),
    ("Ibraahim Koodbuur", "Sha'ab"),
    ("Axmed Dhagax", "Ga'an Libaah"),
    ("Gacan Libaax", "Dami"),
)


def _after(d: date, days: int) -> date:
    return d + timedelta(days=days)


def _ug_nin(p: Person) -> str:
    """A Ugandan NIN as the card prints it: C, M/F, the birth year, five digits, five letters."""
    letters = "".join(chr(65 + int(ch) * 2 + (i % 2)) for i, ch in enumerate(p.bhxh[:5]))
    return f"C{'M' if p.male else 'F'}{p.birth:%y}{p.bhxh[5:]}{letters}"


def _rw_nid(p: Person) -> str:
    """A Rwandan ID: 1, the birth year, 8 (male) or 7 (female), seven digits, the issue count and
    two check digits."""
    head = f"1{p.birth.year}{8 if p.male else 7}{p.bhxh[:7]}0"
    check = sum(int(ch) * (i % 7 + 1) for i, ch in enumerate(head)) % 97
    return f"{head}{check:02d}"


def _rw_spaced(p: Person) -> str:
    n = _rw_nid(p)
    return f"{n[0]} {n[1:5]} {n[5]} {n[6:13]} {n[13]} {n[14:]}"


def _bi_cni(p: Person) -> str:
    return f"{_place(p, _BI_PLACES)[3]}/{p.bhxh[:3]}.{p.bhxh[3:6]}"


def _so_name(p: Person, salt: int) -> str:
    return f"{_by_sex(p, _SL_GIVEN_M, _SL_GIVEN_F, salt)} {_pick(p, _SL_FAMILY, salt + 1)}"


WRITERS_BLIND207: dict[str, Callable[[Person, Col], object]] = {
    "passport207": lambda p, c: f"{'CP' if int(p.bhxh) % 2 else 'P0'}{p.bhxh[:7]}",
    "birthplace207": lambda p, c: _pick(p, ("Nghệ An", "Hà Tĩnh", "Thanh Hóa", "Quảng Bình"), 2),
    "english207": lambda p, c: _pick(p, _VN_ENGLISH, 3),
    "visa207": lambda p, c: _pick(p, _VN_VISA, 4),
    "farm207": lambda p, c: _pick(p, _VN_FARMS, 5),
    "sender207": lambda p, c: _pick(p, _VN_SENDERS, 2),
    "guarantor207": lambda p, c: _other_vn(p, 3),
    "guarantor_phone207": lambda p, c: _other_phone(p, "098"),
    "deposit207": lambda p, c: f"{(_num(p, 40) + 10) * 1_000_000:,}".replace(",", "."),
    "smoke_code207": lambda p, c: f"CTL-{p.other_date:%y}-{p.bhxh[-4:]}",
    "cigs207": lambda p, c: str(_num(p, 35) + 5),
    "years_smoked207": lambda p, c: f"{_num(p, 30) + 3} năm",
    "fagerstrom207": lambda p, c: f"{_num(p, 10)}/10",
    "method207": lambda p, c: _pick(p, _VN_CESSATION, 3),
    "smoke_status207": lambda p, c: _pick(p, _VN_SMOKE_STATUS, 2),
    "clinic207": lambda p, c: _pick(p, _VN_CLINICS, 4),
    "counsellor207": lambda p, c: f"BS. {_other_vn(p, 5)}",
    "wife207": lambda p, c: _other_vn(p, 6, not p.male),
    "wife_cccd207": lambda p, c: _cccd_of(p, not p.male, min(p.birth.year + 3, 2004)),
    "child207": lambda p, c: _other_vn(p, 7, None, p.family),
    "child_birth207": lambda p, c: f"{_after(p.other_date, -30):%d/%m/%Y}",
    "hospital207": lambda p, c: _pick(
        p, ("BV Phụ sản Hà Nội", "TTYT huyện Gia Lâm", "BVĐK Đức Giang", "Trạm Y tế xã"), 2
    ),
    "allowance207": lambda p, c: "4.680.000",
    "account207": lambda p, c: f"{_pick(p, ('Agribank', 'Vietcombank', 'BIDV'), 3)} {p.bhxh}",
    "tree207": lambda p, c: _pick(p, _VN_TREES, 2),
    "tree_count207": lambda p, c: str(_num(p, 3)),
    "tree_spot207": lambda p, c: f"Vỉa hè trước số {_num(p, 200)} {_pick(p, _VN_STREETS, 4)}",
    "tree_status207": lambda p, c: _pick(p, _VN_TREE_STATUS, 3),
    "group207": lambda p, c: f"TDP số {_num(p, 25)}",
    "group_head207": lambda p, c: _other_vn(p, 8, True),
    "app_ug207": lambda p, c: f"CCO/{_place(p, _UG_PLACES)[3][:3].upper()}/{p.bhxh[-4:]}/2025",
    "ug_name207": lambda p, c: (
        f"{_pick(p, _UG_FAMILY, 2)} {_by_sex(p, _UG_GIVEN_M, _UG_GIVEN_F, 3)}"
    ),
    "nin_ug207": lambda p, c: _ug_nin(p),
    "sex_ug207": lambda p, c: "M" if p.male else "F",
    "phone_ug207": lambda p, c: f"07{_pick(p, ('7', '8', '0', '5'), 2)}{p.phone[3:10]}",
    "village_ug207": lambda p, c: _place(p, _UG_PLACES)[0],
    "parish_ug207": lambda p, c: _place(p, _UG_PLACES)[1],
    "subcounty_ug207": lambda p, c: _place(p, _UG_PLACES)[2],
    "district_ug207": lambda p, c: _place(p, _UG_PLACES)[3],
    "acres_ug207": lambda p, c: f"{_num(p, 40) / 4:.2f}",
    "neighbours_ug207": lambda p, c: f"{_pick(p, _UG_FAMILY, 5)}; {_pick(p, _UG_FAMILY, 6)}",
    "alc_ug207": lambda p, c: f"{_pick(p, _UG_GIVEN_M, 7)} {_pick(p, _UG_FAMILY, 8)}",
    "status_ug207": lambda p, c: _pick(
        p, ("Demarcated", "Approved by DLB", "Objection lodged", "Certificate issued"), 3
    ),
    "rw_family207": lambda p, c: _pick(p, _RW_FAMILY, 2),
    "rw_given207": lambda p, c: _by_sex(p, _RW_GIVEN_M, _RW_GIVEN_F, 3),
    "nid_rw207": lambda p, c: _rw_spaced(p) if int(p.bhxh) % 3 == 0 else _rw_nid(p),
    "sex_rw207": lambda p, c: "Gabo" if p.male else "Gore",
    "phone_rw207": lambda p, c: f"+250 78{p.phone[4]} {p.phone[5:8]} {p.phone[8:10]}{p.phone[3]}",
    "village_rw207": lambda p, c: _place(p, _RW_PLACES)[0],
    "cell_rw207": lambda p, c: _place(p, _RW_PLACES)[1],
    "sector_rw207": lambda p, c: _place(p, _RW_PLACES)[2],
    "district_rw207": lambda p, c: _place(p, _RW_PLACES)[3],
    "hc_rw207": lambda p, c: _pick(p, _RW_HC, 2),
    "role_rw207": lambda p, c: _pick(p, _RW_ROLE, 3),
    "school_rw207": lambda p, c: _pick(p, _RW_SCHOOL, 4),
    "bi_name207": lambda p, c: f"{_pick(p, _BI_FAMILY, 2)} {_pick(p, _BI_GIVEN_M, 3)}",
    "cni_bi207": lambda p, c: _bi_cni(p),
    "birthplace_bi207": lambda p, c: f"{_pick(p, ('Muyinga', 'Kirundo', 'Bururi', 'Cibitoke'), 4)}",
    "addr_bi207": lambda p, c: ", ".join(_place(p, _BI_PLACES)[:3]),
    "phone_bi207": lambda p, c: (
        f"+257 {_pick(p, ('79', '69', '61', '71'), 2)} {p.phone[4:6]}"
        f" {p.phone[6:8]} {p.phone[8:10]}"
    ),
    "bride_bi207": lambda p, c: f"{_pick(p, _BI_FAMILY, 5)} {_pick(p, _BI_GIVEN_F, 6)}",
    "bride_cni_bi207": lambda p, c: f"{_place(p, _BI_PLACES)[3]}/{p.bhxh[-3:]}.{p.bhxh[2:5]}",
    "witness_bi207": lambda p, c: (
        f"{_pick(p, _BI_FAMILY, 7)} {_pick(p, _BI_GIVEN_M, 8)}; "
        f"{_pick(p, _BI_FAMILY, 9)} {_pick(p, _BI_GIVEN_F, 10)}"
    ),
    "regime_bi207": lambda p, c: _pick(
        p, ("Communauté universelle", "Séparation de biens", "Communauté réduite aux acquêts"), 3
    ),
    "acte_bi207": lambda p, c: f"{_num(p, 400)}/{p.other_date.year}",
    "officer_bi207": lambda p, c: _pick(
        p, ("Administrateur communal", "Chef de zone", "Officier de l'état civil délégué"), 4
    ),
    "ss_name207": lambda p, c: (
        f"{_by_sex(p, _SS_GIVEN_M, _SS_GIVEN_F, 2)} {_pick(p, _SS_FAMILY, 3)}"
        f" {_pick(p, _SS_FAMILY, 4)}"
    ),
    "ss_hh207": lambda p, c: f"RRC-{_place(p, _SS_PLACES)[1][:3].upper()}-{p.bhxh[-6:]}",
    "ss_progres207": lambda p, c: f"{p.bhxh[:3]}-{p.bhxh[3:5]}C{p.bhxh[5:10]}",
    "sex_ss207": lambda p, c: "Male" if p.male else "Female",
    "age_ss207": lambda p, c: str(2025 - p.birth.year),
    "state_ss207": lambda p, c: _place(p, _SS_PLACES)[0],
    "county_ss207": lambda p, c: _place(p, _SS_PLACES)[1],
    "payam_ss207": lambda p, c: _place(p, _SS_PLACES)[2],
    "phone_ss207": lambda p, c: f"+211 9{_pick(p, ('2', '1', '5', '8'), 2)}{p.phone[3:10]}",
    "from_ss207": lambda p, c: _pick(p, _SS_FROM, 3),
    "entry_ss207": lambda p, c: _pick(p, _SS_ENTRY, 4),
    "hh_size_ss207": lambda p, c: str(_num(p, 9)),
    "need_ss207": lambda p, c: _pick(p, _SS_NEED, 5),
    "sl_name207": lambda p, c: f"{_so_name(p, 2)} {_pick(p, _SL_FAMILY, 4)}",
    "sl_nid207": lambda p, c: f"{p.birth:%y}{p.bhxh[:8]}",
    "voter_sl207": lambda p, c: f"{p.bhxh[-8:]}",
    "sex_sl207": lambda p, c: "Lab" if p.male else "Dheddig",
    "district_sl207": lambda p, c: _place(p, _SL_PLACES)[0],
    "xaafad_sl207": lambda p, c: _place(p, _SL_PLACES)[1],
    "house_sl207": lambda p, c: f"HRG-{_num(p, 90)}-{p.bhxh[-5:]}",
    "plot_sl207": lambda p, c: _pick(p, ("12x20 m", "15x20 m", "20x20 m", "10x15 m"), 3),
    "use_sl207": lambda p, c: _pick(p, ("Guri deegaan", "Ganacsi", "Guri + dukaan"), 4),
    "tax_sl207": lambda p, c: f"{(_num(p, 30) + 5) * 10_000:,}",
    "phone_sl207": lambda p, c: f"063 {p.phone[3:6]} {p.phone[6:10]}",
    "collector_sl207": lambda p, c: _so_name(p, 6),
    "receipt_sl207": lambda p, c: f"RS/{p.other_date.year}/{p.bhxh[2:8]}",
}

__all__ = ["WRITERS_BLIND207"]
