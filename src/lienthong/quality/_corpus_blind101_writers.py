"""How the people of the hundred-and-first part of the outside corpus (**blind 101**,
:mod:`lienthong.quality._corpus_blind101`) are written: four Vietnamese files' own columns (a
vehicle's registration fee declaration, a farmers' support fund loan and its group, a liver
cancer screening's tests, a gold shop's transaction under the anti-money-laundering rules) and
Nigerian, Senegalese, Cameroonian, Malagasy and Rwandan names, places, phones and identity
numbers in the forms their registers write them (the Nigerian NIN, the Senegalese CEDEAO card's
thirteen digits, the Cameroonian CNI, the Malagasy CIN in groups of three, the Rwandan sixteen
digit Indangamuntu)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind11_writers import _cin_mg
from lienthong.quality._corpus_blind19_writers import _nid_rw
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind57_writers import _nin
from lienthong.quality._corpus_blind70_writers import _senegal_cni
from lienthong.quality._corpus_blind82_writers import _cni_cm
from lienthong.quality._corpus_blind85_writers import _items
from lienthong.quality._corpus_blind87_writers import _ng_phone
from lienthong.quality._corpus_blind92_writers import _dotted
from lienthong.quality._corpus_people import _ascii

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnamese files ---------------------------------------------------------------------------
_VN_BD_WARDS = _items("phường Phú Cường; phường Hiệp Thành; phường Chánh Nghĩa; phường Phú Hòa")
_VN_BD_STREETS = ("Yersin", "Đại lộ Bình Dương", "Huỳnh Văn Lũy", "Phú Lợi", "Cách Mạng Tháng 8")
#: (kind of asset, make and model, the price the fee is counted on, the fee rate)
_VN_VEHICLES = tuple(
    (kind, model, int(price), rate)
    for kind, model, price, rate in (
        line.split(" | ")
        for line in _items(
            "Xe máy | Honda Vision 110cc | 31500000 | 5;"
            " Xe máy | Yamaha Exciter 155 | 47000000 | 5;"
            " Ô tô con | Toyota Vios 1.5G | 545000000 | 10;"
            " Ô tô con | Kia Sonet 1.5 | 579000000 | 10;"
            " Ô tô con | Mitsubishi Xpander AT | 598000000 | 10;"
            " Xe máy điện | VinFast Evo200 | 22000000 | 0; Xe máy | Honda SH 125i | 73900000 | 5;"
            " Ô tô tải | Hyundai H150 1.5 tấn | 410000000 | 2"
        )
    )
)

_VN_HD_HAMLETS = ("Thôn Quang Ánh", "Thôn Đồng Lạc", "Thôn Thanh Liễu", "Thôn Văn Tảo")
_VN_HD_COMMUNES = ("xã Tân Hưng", "xã Quyết Thắng", "xã Liên Hồng", "xã Thượng Đạt")
_VN_FUND_PROJECTS = _items(
    "Nuôi lợn thịt an toàn sinh học; Trồng ớt xuất khẩu; Nuôi cá lồng; Trồng vải thiều VietGAP; "
    "Chăn nuôi gà đồi; Trồng rau an toàn"
)
_VN_FUND_GROUPS = ("Tổ hợp tác chăn nuôi số 1", "THT rau an toàn Đồng Lạc", "Tổ vay vốn chi hội 3")
_VN_FUND_STATUS = ("Trong hạn", "Trong hạn", "Trong hạn", "Quá hạn", "Đã tất toán", "Gia hạn")

_VN_TN_HAMLETS = ("To 5", "To 12", "Xom Dong Kiem", "Xom Cay Thi", "To 21")
_VN_TN_WARDS = ("phuong Tan Thinh", "phuong Quang Trung", "xa Quyet Thang", "phuong Gia Sang")
_VN_RISKS = ("Viem gan B man", "Viem gan C", "Xo gan", "Viem gan B man", "Nghien ruou")
_VN_ULTRASOUND = ("Binh thuong", "Binh thuong", "Gan nhiem mo do I", "Nhu mo gan tho", "Not 12mm")
_VN_SCREEN_RESULTS = ("Am tinh", "Am tinh", "Am tinh", "Nghi ngo - chuyen tuyen", "Theo doi")

_VN_GOLD_PRODUCTS = tuple(
    (name, int(price))
    for name, price in (
        item.split(" = ")
        for item in _items(
            "Vàng miếng SJC 1 lượng = 8450000; Nhẫn tròn trơn 9999 = 8360000; "
            "Vàng trang sức 18K = 6120000; Nhẫn ép vỉ Kim Gia Bảo 24K = 8380000"
        )
    )
)
_VN_GOLD_STAFF = ("NV Trần Thị Mai", "NV Lê Hoàng Phúc", "NV Đỗ Thu Trang", "QL Phạm Văn Đức")

# -- Nigeria (Kaduna) -------------------------------------------------------------------------
_NG_GIVEN_M = ("Abubakar", "Yusuf", "Ibrahim", "Danjuma", "Emmanuel", "Musa", "Haruna")
_NG_GIVEN_F = ("Hauwa", "Zainab", "Rakiya", "Maryam", "Grace", "Hadiza", "Saratu")
_NG_OTHER = ("Bala", "Sani", "Adamu", "Ladi", "Yakubu", "", "Audu")
_NG_FAMILY = ("Mohammed", "Abdullahi", "Bawa", "Garba", "Aliyu", "Yohanna", "Shehu", "Lawal")
#: (LGA, ward, settlement)
_NG_PLACES = tuple(
    tuple(item.split(" / "))
    for item in _items(
        "Igabi / Rigasa / Unguwan Malam Bello; Zaria / Tudun Wada / Layin Kura; "
        "Chikun / Sabon Tasha / Unguwan Romi; Kaura / Kagoro / Unguwan Gaiya; "
        "Kajuru / Kufana / Kasuwan Magani; Makarfi / Gubuchi / Tashan Iche"
    )
)
_NG_CATEGORIES = _items(
    "Pregnant woman / Mai ciki; Under-5 / Yaro kasa da shekara 5; Elderly 65+ / Tsoho; "
    "PWD / Nakasasshe; Poor household / Talaka"
)
_NG_PHCS = _items(
    "PHC Rigasa; PHC Tudun Wada Zaria; PHC Sabon Tasha; PHC Kagoro; PHC Kufana; PHC Gubuchi"
)

# -- Senegal ----------------------------------------------------------------------------------
_SN_GIVEN_M = ("Mamadou", "Cheikh", "Ousmane", "Abdoulaye", "Modou", "Ibrahima", "Pape Ndiaga")
_SN_GIVEN_F = ("Aminata", "Fatou", "Ndèye Coumba", "Awa", "Mariama", "Khady", "Sokhna")
_SN_FAMILY = ("Diop", "Ndiaye", "Fall", "Sow", "Ba", "Gueye", "Mbaye", "Faye", "Sarr")
#: (quartier, commune, région)
_SN_PLACES = tuple(
    tuple(item.split(" / "))
    for item in _items(
        "Médina Gounass / Guédiawaye / Dakar; Keur Massar Nord / Keur Massar / Dakar; "
        "Thiès Nones / Thiès Nord / Thiès; Darou Khoudoss / Touba Mosquée / Diourbel; "
        "Santhiaba / Ziguinchor / Ziguinchor; Ndiolofène / Saint-Louis / Saint-Louis"
    )
)
_SN_BIRTHPLACES = ("Dakar", "Kaolack", "Diourbel", "Louga", "Tambacounda", "Thiès", "Kolda")
_SN_SECTORS = _items(
    "Transformation céréales / Toggu dugub; Commerce / Njaay; Couture / Ñaw; "
    "Élevage / Sàmm; Pêche / Napp; Coiffure / Létt"
)
_SN_GIE = ("GIE And Liggéey", "GIE Jappo", "GIE Dimbali Jigéen", "GIE Bokk Jom", "Individuel")

# -- Cameroon ---------------------------------------------------------------------------------
_CM_FAMILY = ("MBARGA", "NGONO", "FOTSO", "TCHINDA", "NJOYA", "ABENA", "ETOUNDI", "NKWENTI")
_CM_GIVEN_M = ("Jean Paul", "Serge Aimé", "Boris", "Ibrahim", "Emmanuel", "Hervé", "Che Divine")
_CM_GIVEN_F = ("Marie Claire", "Solange", "Aïssatou", "Brenda", "Nadège", "Pélagie", "Joséphine")
#: (quartier, arrondissement, bureau de vote)
_CM_PLACES = tuple(
    tuple(item.split(" / "))
    for item in _items(
        "Mvog-Ada / Yaoundé IVe / École publique de Mvog-Ada A; "
        "Biyem-Assi / Yaoundé VIe / Lycée de Biyem-Assi Salle 3; "
        "Bonabéri / Douala IVe / École publique de Bonabéri B; "
        "Ndamukong / Bamenda IIe / GS Ndamukong; Famla / Bafoussam Ier / EP Famla Groupe 2; "
        "Djamboutou / Garoua Ier / École publique de Djamboutou"
    )
)
_CM_BIRTHPLACES = ("Yaoundé", "Douala", "Bafoussam", "Ebolowa", "Garoua", "Bamenda", "Dschang")
_CM_JOBS = ("Commerçant(e)", "Enseignant / Teacher", "Cultivateur", "Étudiant(e)", "Ménagère")

# -- Madagascar -------------------------------------------------------------------------------
_MG_GIVEN_M = ("Rakoto", "Andry", "Hery", "Tahina", "Fanilo", "Mamy", "Tojo")
_MG_GIVEN_F = ("Voahangy", "Lalao", "Hanitra", "Fara", "Nirina", "Tiana", "Soa")
_MG_FAMILY = ("Randrianarisoa", "Rasoanaivo", "Rakotomalala", "Andriamihaja", "Razafindrabe")
_MG_FOKONTANY = ("Ambohipo", "Ankadifotsy", "Andavamamba", "Isotry", "Ampefiloha")
_MG_JOBS = (
    "Mpamboly",
    "Mpivarotra",
    "Mpampianatra",
    "Mpanjaitra",
    "Mpiasam-panjakana",
    "Mpianatra",
)

# -- Rwanda -----------------------------------------------------------------------------------
_RW_GIVEN_M = ("Jean Bosco", "Emmanuel", "Eric", "Théoneste", "Innocent", "Jean Claude")
_RW_GIVEN_F = ("Vestine", "Claudine", "Alphonsine", "Jeanne", "Solange", "Marie Goretti")
_RW_FAMILY = ("Uwimana", "Niyonzima", "Mukamana", "Habimana", "Nyirahabimana", "Mugisha")
#: (akarere, umurenge, akagari, umudugudu)
_RW_PLACES = tuple(
    tuple(item.split(" / "))
    for item in _items(
        "Nyagatare / Karangazi / Rwisirabo / Kabeza; "
        "Gicumbi / Byumba / Gacurabwenge / Nyarutarama; "
        "Huye / Tumba / Cyimana / Gitwa; Rubavu / Rugerero / Muhira / Rushubi; "
        "Bugesera / Ntarama / Cyugaro / Nyiramatuntu"
    )
)
_RW_BREEDS = ("Friesian", "Jersey", "Inka ivanze (F1)", "Friesian", "Ankole x Friesian")
_RW_DONORS = ("Leta (MINAGRI)", "Kwitura: umuturanyi", "Heifer International", "Leta (MINAGRI)")
_RW_RETURN = ("Yarituye", "Ntarituye", "Yarituye", "Ategereje inyana")


def _place(p: Person, table: tuple[tuple[str, ...], ...], salt: int = 9) -> tuple[str, ...]:
    return table[int(p.bhxh) // salt % len(table)]


# -- Vietnamese helpers -----------------------------------------------------------------------


def _vehicle(p: Person) -> tuple[str, str, int, str]:
    return _VN_VEHICLES[int(p.bhxh) // 7 % len(_VN_VEHICLES)]


def _registration_fee(p: Person) -> int:
    _, _, price, rate = _vehicle(p)
    return price * int(rate) // 100


def _fee_home(p: Person) -> str:
    return (
        f"{_num(p, 180)}/{_num(p, 40)} {_pick(p, _VN_BD_STREETS, 3)}, khu phố {_num(p, 9)},"
        f" {_pick(p, _VN_BD_WARDS, 4)}, TP. Thủ Dầu Một, tỉnh Bình Dương"
    )


def _loan(p: Person) -> int:
    return (20 + _num(p, 9) * 10) * 1_000_000


def _screen_home(p: Person) -> str:
    return (
        f"{_pick(p, _VN_TN_HAMLETS, 3)}, {_pick(p, _VN_TN_WARDS, 4)},"
        " TP Thai Nguyen, tinh Thai Nguyen"
    )


def _gold(p: Person) -> tuple[str, int]:
    return _VN_GOLD_PRODUCTS[int(p.bhxh) // 5 % len(_VN_GOLD_PRODUCTS)]


def _gold_qty(p: Person) -> float:
    return float(3 + _num(p, 18)) / 2


def _gold_home(p: Person) -> str:
    return f"{p.street}, {_pick(p, _VN_BD_WARDS, 6)}, TP. Thủ Dầu Một, Bình Dương"


# -- foreign helpers --------------------------------------------------------------------------


def _ng_address(p: Person) -> str:
    lga, ward, settlement = _place(p, _NG_PLACES)
    return f"No. {_num(p, 60)} {settlement}, {ward}, {lga} LGA"


def _sn_phone(p: Person) -> str:
    lead = _pick(p, ("77", "78", "76", "70", "75"), 3)
    return f"{lead} {p.phone[3:6]} {p.phone[6:8]} {p.phone[8:10]}"


def _sn_address(p: Person) -> str:
    quartier, commune, _ = _place(p, _SN_PLACES)
    return f"Villa n° {_num(p, 400)}, {quartier}, {commune}"


def _cm_phone(p: Person) -> str:
    lead = _pick(p, ("677", "699", "655", "670", "696", "651"), 3)
    if int(p.bhxh) % 3 == 0:
        return f"+237 {lead} {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}"
    return f"{lead}{p.phone[4:10]}"


def _mg_phone(p: Person) -> str:
    lead = _pick(p, ("034", "032", "033", "038"), 3)
    return f"{lead} {p.phone[3:5]} {p.phone[5:8]} {p.phone[8:10]}"


def _mg_address(p: Person) -> str:
    return f"Lot {_pick(p, ('II', 'IV', 'VK', 'IVG'), 4)} {_num(p, 99)} Bis {_mg_fokontany(p)}"


def _mg_fokontany(p: Person) -> str:
    return _pick(p, _MG_FOKONTANY, 5)


def _rw_phone(p: Person) -> str:
    lead = _pick(p, ("078", "079", "072", "073"), 3)
    return f"{lead} {p.phone[3:6]} {p.phone[6:10]}"


def _cin_issue(p: Person) -> date:
    """The day the CIN was issued: at 18 or some years later, never after 2024."""
    year = min(p.birth.year + 18 + int(p.bhxh) % 20, 2024)
    return _safe_day(year, p.birth.month, p.birth.day)


WRITERS_BLIND101: dict[str, Callable[[Person, Col], object]] = {
    "decl_no101": lambda p, c: f"{p.other_date:%y}LPTB{p.bhxh[-7:]}",
    "fee_home101": lambda p, c: _fee_home(p),
    "asset_kind101": lambda p, c: _vehicle(p)[0],
    "model101": lambda p, c: _vehicle(p)[1],
    "chassis101": lambda p, c: f"RL{p.bhxh[:2]}A{p.bhxh[2:]}K{p.bhxh[-3:]}",
    "engine101": lambda p, c: f"JF{p.bhxh[4:6]}E-{p.bhxh[-7:]}",
    "fee_price101": lambda p, c: _vehicle(p)[2],
    "fee_rate101": lambda p, c: int(_vehicle(p)[3]),
    "fee101": lambda p, c: _registration_fee(p),
    "treasury101": lambda p, c: f"KBNN-{p.bhxh[-6:]}",
    "birth_year101": lambda p, c: str(p.birth.year),
    "fund_home101": lambda p, c: (
        f"{_pick(p, _VN_HD_HAMLETS, 3)}, {_pick(p, _VN_HD_COMMUNES, 4)},"
        " huyện Thanh Miện, tỉnh Hải Dương"
    ),
    "fund_branch101": lambda p, c: f"Chi hội ND {_pick(p, _VN_HD_HAMLETS, 3).split(' ', 1)[1]}",
    "fund_group101": lambda p, c: _pick(p, _VN_FUND_GROUPS, 5),
    "project101": lambda p, c: _pick(p, _VN_FUND_PROJECTS, 6),
    "loan101": lambda p, c: _dotted(_loan(p)),
    "rate101": lambda p, c: "0,6%/tháng",
    "due101": lambda p, c: f"{_shift_date(p.other_date, 3):%d/%m/%Y}",
    "balance101": lambda p, c: _dotted(_loan(p) - _num(p, 5) * 5_000_000),
    "fund_status101": lambda p, c: _pick(p, _VN_FUND_STATUS, 7),
    "guarantor101": lambda p, c: _other_vn(p, 8),
    "screen_home101": lambda p, c: _screen_home(p),
    "risk101": lambda p, c: _pick(p, _VN_RISKS, 5),
    "afp101": lambda p, c: f"{2 + int(p.bhxh) % 180 / 10:.1f}",
    "hbsag101": lambda p, c: _pick(p, ("Duong tinh", "Am tinh", "Am tinh"), 6),
    "ultrasound101": lambda p, c: _pick(p, _VN_ULTRASOUND, 7),
    "screen_result101": lambda p, c: _pick(p, _VN_SCREEN_RESULTS, 8),
    "doctor101": lambda p, c: f"BS {_ascii(_other_vn(p, 9))}",
    "gold_issue101": lambda p, c: f"{_shift_date(p.other_date, -2 - int(p.bhxh) % 5):%d/%m/%Y}",
    "gold_issuer101": lambda p, c: "Cục CS QLHC về TTXH",
    "nationality101": lambda p, c: "Việt Nam",
    "gold_home101": lambda p, c: _gold_home(p),
    "deal101": lambda p, c: _pick(p, ("Mua vào", "Bán ra", "Bán ra"), 4),
    "product101": lambda p, c: _gold(p)[0],
    "gold_qty101": lambda p, c: _gold_qty(p),
    "gold_price101": lambda p, c: _gold(p)[1],
    "gold_total101": lambda p, c: int(_gold_qty(p) * _gold(p)[1]),
    "pay101": lambda p, c: _pick(p, ("Chuyển khoản", "Tiền mặt", "Chuyển khoản"), 5),
    "gold_staff101": lambda p, c: _pick(p, _VN_GOLD_STAFF, 6),
    "enrollee_ng101": lambda p, c: f"KADCHMA/BHCPF/{p.other_date.year}/{p.bhxh[-6:]}",
    "nin_ng101": lambda p, c: _nin(p),
    "family_ng101": lambda p, c: _pick(p, _NG_FAMILY, 2),
    "given_ng101": lambda p, c: _by_sex(p, _NG_GIVEN_M, _NG_GIVEN_F, 1),
    "other_ng101": lambda p, c: _pick(p, _NG_OTHER, 3),
    "sex_ng101": lambda p, c: "Male / Namiji" if p.male else "Female / Mace",
    "phone_ng101": lambda p, c: _ng_phone(p),
    "addr_ng101": lambda p, c: _ng_address(p),
    "ward_ng101": lambda p, c: _place(p, _NG_PLACES)[1],
    "lga_ng101": lambda p, c: _place(p, _NG_PLACES)[0],
    "category_ng101": lambda p, c: _pick(p, _NG_CATEGORIES, 4),
    "phc_ng101": lambda p, c: _pick(p, _NG_PHCS, 5),
    "head_ng101": lambda p, c: f"{_pick(p, _NG_GIVEN_M, 6)} {_pick(p, _NG_FAMILY, 2)}",
    "head_phone_ng101": lambda p, c: _ng_phone(p, 1),
    "status_ng101": lambda p, c: _pick(p, ("Active", "Active", "Pending capture", "Active"), 7),
    "given_sn101": lambda p, c: _by_sex(p, _SN_GIVEN_M, _SN_GIVEN_F, 1),
    "family_sn101": lambda p, c: _pick(p, _SN_FAMILY, 2).upper(),
    "birthplace_sn101": lambda p, c: _pick(p, _SN_BIRTHPLACES, 3),
    "sex_sn101": lambda p, c: "H / Góor" if p.male else "F / Jigéen",
    "cni_sn101": lambda p, c: _senegal_cni(p),
    "phone_sn101": lambda p, c: _sn_phone(p),
    "addr_sn101": lambda p, c: _sn_address(p),
    "commune_sn101": lambda p, c: _place(p, _SN_PLACES)[1],
    "region_sn101": lambda p, c: _place(p, _SN_PLACES)[2],
    "sector_sn101": lambda p, c: _pick(p, _SN_SECTORS, 4),
    "gie_sn101": lambda p, c: _pick(p, _SN_GIE, 5),
    "amount_sn101": lambda p, c: f"{(3 + _num(p, 30)) * 50_000:,}".replace(",", " "),
    "terms_sn101": lambda p, c: _pick(p, ("12 mois", "10 mois", "18 mois"), 6),
    "repaid_sn101": lambda p, c: _pick(p, ("À jour", "À jour", "En retard", "Soldé"), 7),
    "family_cm101": lambda p, c: _pick(p, _CM_FAMILY, 2),
    "given_cm101": lambda p, c: _by_sex(p, _CM_GIVEN_M, _CM_GIVEN_F, 1),
    "birthplace_cm101": lambda p, c: _pick(p, _CM_BIRTHPLACES, 3),
    "sex_cm101": lambda p, c: "M" if p.male else "F",
    "cni_cm101": lambda p, c: _cni_cm(p),
    "job_cm101": lambda p, c: _pick(p, _CM_JOBS, 4),
    "quartier_cm101": lambda p, c: _place(p, _CM_PLACES)[0],
    "arr_cm101": lambda p, c: _place(p, _CM_PLACES)[1],
    "station_cm101": lambda p, c: _place(p, _CM_PLACES)[2],
    "card_cm101": lambda p, c: f"{p.bhxh[:2]}-{p.bhxh[2:]}-ELE",
    "father_cm101": lambda p, c: f"{_pick(p, _CM_FAMILY, 2)} {_pick(p, _CM_GIVEN_M, 5)}",
    "mother_cm101": lambda p, c: f"{_pick(p, _CM_FAMILY, 6)} {_pick(p, _CM_GIVEN_F, 7)}",
    "phone_cm101": lambda p, c: _cm_phone(p),
    "family_mg101": lambda p, c: _pick(p, _MG_FAMILY, 2).upper(),
    "given_mg101": lambda p, c: _by_sex(p, _MG_GIVEN_M, _MG_GIVEN_F, 1),
    "birthplace_mg101": lambda p, c: _pick(p, ("Antananarivo", "Ambatolampy", "Moramanga"), 3),
    "sex_mg101": lambda p, c: "Lahy" if p.male else "Vavy",
    "cin_mg101": lambda p, c: _cin_mg(p),
    "cin_date_mg101": lambda p, c: f"{_cin_issue(p):%d/%m/%Y}",
    "cin_place_mg101": lambda p, c: _pick(p, ("Antananarivo Renivohitra", "Avaradrano"), 4),
    "job_mg101": lambda p, c: _pick(p, _MG_JOBS, 5),
    "addr_mg101": lambda p, c: _mg_address(p),
    "fkt_mg101": lambda p, c: _mg_fokontany(p),
    "phone_mg101": lambda p, c: _mg_phone(p),
    "father_mg101": lambda p, c: f"{_pick(p, _MG_FAMILY, 2)} {_pick(p, _MG_GIVEN_M, 6)}",
    "mother_mg101": lambda p, c: f"{_pick(p, _MG_FAMILY, 7)} {_pick(p, _MG_GIVEN_F, 8)}",
    "head_mg101": lambda p, c: _pick(p, ("Eny", "Tsia", "Tsia"), 9),
    "name_rw101": lambda p, c: (
        f"{_pick(p, _RW_FAMILY, 2).upper()} {_by_sex(p, _RW_GIVEN_M, _RW_GIVEN_F, 1)}"
    ),
    "nid_rw101": lambda p, c: _nid_rw(p),
    "sex_rw101": lambda p, c: "Gabo" if p.male else "Gore",
    "phone_rw101": lambda p, c: _rw_phone(p),
    "akarere_rw101": lambda p, c: _place(p, _RW_PLACES)[0],
    "umurenge_rw101": lambda p, c: _place(p, _RW_PLACES)[1],
    "akagari_rw101": lambda p, c: _place(p, _RW_PLACES)[2],
    "umudugudu_rw101": lambda p, c: _place(p, _RW_PLACES)[3],
    "ubudehe_rw101": lambda p, c: _pick(p, ("A", "B", "B", "C", "C", "D"), 4),
    "breed_rw101": lambda p, c: _pick(p, _RW_BREEDS, 5),
    "tag_rw101": lambda p, c: f"RW{p.bhxh[-8:]}",
    "donor_rw101": lambda p, c: _pick(p, _RW_DONORS, 6),
    "return_rw101": lambda p, c: _pick(p, _RW_RETURN, 7),
    "given_rw101": lambda p, c: (
        f"{_shift_date(p.other_date, -2) - timedelta(days=_num(p, 90)):%d/%m/%Y}"
    ),
    "returned_on_rw101": lambda p, c: (
        f"{p.other_date:%d/%m/%Y}" if _pick(p, _RW_RETURN, 7) == "Yarituye" else ""
    ),
    "vet_rw101": lambda p, c: f"Dr. {_pick(p, _RW_GIVEN_M, 8)} {_pick(p, _RW_FAMILY, 9)}",
    "relative_phone101": lambda p, c: _other_phone(p),
}


__all__ = ["WRITERS_BLIND101"]
