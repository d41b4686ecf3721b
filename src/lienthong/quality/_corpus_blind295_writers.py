"""How the people of the two hundred and ninety-fifth part of the outside corpus (**blind 295**,
:mod:`lienthong.quality._corpus_blind295`) are written: four Vietnamese files' own columns (an
ethnic-minority pupil's Vừ A Dính scholarship, a freelance builder's work-at-height training card,
a tattoo parlour's inspection, an elderly person's heart screening) and Ivorian, Guinean,
Senegalese, Liberian and Sierra Leonean names, addresses, phones and identity numbers in the forms
their cards show (the Ivorian NNI of eleven digits, the Guinean NIN, the 13-digit NIN of the
Senegalese CEDEAO card, the Liberian NIR number, the Sierra Leonean NIN; none publishes a check
digit)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind33_writers import _nin_lr
from lienthong.quality._corpus_blind70_writers import _senegal_cni
from lienthong.quality._corpus_blind79_writers import WRITERS_BLIND79
from lienthong.quality._corpus_blind131_writers import _gn_nin
from lienthong.quality._corpus_blind153_writers import _sl_nin

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_ETHNIC = ("H'Mông", "Dao", "Tày", "Thái", "Mường", "Nùng", "Giáy", "Hà Nhì", "Lô Lô")
_VN_SCHOOLS = (
    "Trường PTDTNT THCS huyện Mèo Vạc",
    "Trường PTDTBT THCS Lũng Cú",
    "Trường THPT Chuyên Hà Giang",
    "Trường PTDTNT tỉnh Lào Cai",
    "Trường Đại học Tân Trào",
    "Trường CĐ Sư phạm Lào Cai",
)
_VN_GRADES = ("Lớp 7A", "Lớp 9B", "Lớp 10A1", "Lớp 11 Toán", "Lớp 12A2", "SV năm 2")
#: thôn, xã, tỉnh of a pupil's home after the 2025 merger
_VN_HIGHLAND = (
    "Thôn Lũng Pù, Xã Lũng Cú, Tỉnh Tuyên Quang",
    "Thôn Sà Phìn A, Xã Sà Phìn, Tỉnh Tuyên Quang",
    "Bản Nậm Cang, Xã Sa Pa, Tỉnh Lào Cai",
    "Thôn Pả Vi Hạ, Xã Mèo Vạc, Tỉnh Tuyên Quang",
    "Bản Cát Cát, Phường Sa Pa, Tỉnh Lào Cai",
    "Thôn Nà Lầu, Xã Bắc Hà, Tỉnh Lào Cai",
)
_VN_HOMETOWNS = ("Nam Định", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Thái Bình", "Quảng Bình")
_VN_TRADES = ("Thợ xây", "Thợ cốp pha", "Thợ sắt", "Thợ hồ", "Thợ sơn bả", "Phụ hồ", "Thợ điện")
_VN_SITES = (
    "Nhà ở riêng lẻ số 14 ngõ 82 Kim Mã",
    "Chung cư mini 7 tầng, Định Công",
    "Trường THCS Thạch Bàn (cải tạo)",
    "Nhà văn hóa tổ dân phố 9",
    "Nhà xưởng KCN Quang Minh",
)
_VN_RESULTS = ("Đạt", "Đạt", "Không đạt - kiểm tra lại", "Vắng", "Đạt")
_VN_PARLOURS = ("Tattoo Mộc", "Xăm Nghệ Thuật Hắc Long", "Spa Ngọc Diệp", "Inkside Studio")
_VN_PARLOUR_ADDR = (
    "45 Tạ Hiện, Phường Hoàn Kiếm",
    "112 Nguyễn Trãi, Phường Thanh Xuân",
    "8 ngõ 35 Hào Nam, Phường Ô Chợ Dừa",
    "27B Lý Thường Kiệt, Phường Cửa Nam",
)
_VN_SERVICES = ("Xăm hình nghệ thuật", "Phun xăm thẩm mỹ (mày, môi)", "Xóa xăm laser", "Xỏ khuyên")
_VN_TRAININGS = (
    "GCN đào tạo KSNK - BV Da liễu TW",
    "Chưa có",
    "CC phun xăm thẩm mỹ (nước ngoài cấp)",
    "GCN tập huấn VSATTP & KSNK",
)
_VN_INSPECT = (
    "Đạt",
    "Không đạt: dụng cụ không tiệt khuẩn",
    "Nhắc nhở: thiếu sổ theo dõi khách",
    "Đình chỉ 3 tháng",
)
_VN_BRANCHES = ("Chi hội tổ 1", "Chi hội tổ 4", "Chi hội tổ 7", "Chi hội khu tập thể A")
_VN_ECG = ("Bình thường", "Rung nhĩ", "Block nhánh phải", "Thiếu máu cơ tim", "Nhịp nhanh xoang")
_VN_REFERRAL = ("Không", "BV Tim Hà Nội", "Viện Tim mạch - BV Bạch Mai", "Không", "BV Thanh Nhàn")
_CI_FAMILY = ("KOUASSI", "KOFFI", "YAO", "KONAN", "N'GUESSAN", "TRAORE", "OUATTARA", "BAMBA")
_CI_GIVEN_M = ("Kouadio Jean", "Yao Serge", "Aboubakar", "Konan Rodrigue", "Brou Alphonse")
_CI_GIVEN_F = ("Adjoua Marie", "Aya Christelle", "Mariam", "Affoué Sandrine", "Amenan Estelle")
_CI_PLACES = (
    ("Soubré", "Nawa"),
    ("Daloa", "Haut-Sassandra"),
    ("Méagui", "Nawa"),
    ("Duékoué", "Guémon"),
    ("Divo", "Lôh-Djiboua"),
    ("Abengourou", "Indénié-Djuablin"),
)
_CI_BIRTHPLACES = ("Bouaké", "Yamoussoukro", "Korhogo", "Sinfra", "Katiola", "Burkina Faso")
_CI_COOPS = ("SCOOP-CA Aniasué", "COOPAGRO Soubré", "ECOOKIM Méagui", "CAYAT Divo", "SOCAK")
_GN_FAMILY = ("DIALLO", "BAH", "CAMARA", "CONDÉ", "KEÏTA", "SYLLA", "KOUROUMA", "BARRY")
_GN_GIVEN_M = ("Mamadou Saliou", "Alpha Oumar", "Sékou", "Ibrahima", "Moussa", "Lansana")
_GN_GIVEN_F = ("Fatoumata Binta", "Mariama", "Aïssatou", "Kadiatou", "Nènè", "Djénabou")
_GN_PLACES = (
    ("Bouré", "Kintinian", "Siguiri"),
    ("Kofilani", "Doko", "Siguiri"),
    ("Didi", "Kintinian", "Siguiri"),
    ("Fadama", "Niandankoro", "Siguiri"),
    ("Centre", "Mandiana", "Mandiana"),
)
_GN_SITES = ("Placer de Fatoya", "Site de Banora", "Placer de Kintinian", "Lero Bayé", "Didi II")
_GN_BIRTHPLACES = ("Kankan", "Kouroussa", "Labé", "Conakry", "Bamako (Mali)", "Faranah")
_SN_FAMILY = ("NDIAYE", "DIOP", "FALL", "SOW", "GUEYE", "FAYE", "MBAYE", "SARR", "BA")
_SN_GIVEN_M = ("Moussa", "Cheikh Tidiane", "Abdoulaye", "Mamadou Lamine", "Ousmane", "Babacar")
_SN_GIVEN_F = ("Awa", "Fatou", "Ndèye Coumba", "Aminata", "Sokhna", "Mame Diarra")
_SN_PLACES = (
    ("Cité Soprim, Villa n° 45", "Dakar-Plateau", "Dakar"),
    ("Quartier Darou Salam, Maison Diop", "Golf Sud", "Guédiawaye"),
    ("HLM Grand Yoff, Villa 1207", "Grand Yoff", "Dakar"),
    ("Médina Gounass, Rue 12", "Médina Gounass", "Guédiawaye"),
    ("Quartier Escale, Rue de Thiès", "Mbour", "Mbour"),
    ("Unité 17, Villa 300", "Parcelles Assainies", "Dakar"),
)
_SN_HANDICAPS = ("Moteur", "Visuel", "Auditif", "Mental", "Polyhandicap", "Albinisme")
_SN_BIRTHPLACES = ("Kaolack", "Ziguinchor", "Saint-Louis", "Thiès", "Louga", "Kolda")
_LR_FAMILY = ("KOLLIE", "FLOMO", "DOE", "TOE", "JOHNSON", "KPOTO", "KAMARA", "TARR", "GBAH")
_LR_GIVEN_M = ("Emmanuel", "Varney", "Sackie", "Momo", "Jefferson", "Prince")
_LR_GIVEN_F = ("Comfort", "Musu", "Korpo", "Hawa", "Yatta", "Decontee")
_LR_MIDDLE = ("Boima", "Kerkula", "Wleh", "S.", "Tamba", "K.", "")
_LR_AGENCIES = (
    ("Ministry of Education", "Teacher"),
    ("Ministry of Health", "Registered Nurse"),
    ("Ministry of Agriculture", "Extension Officer"),
    ("Liberia National Police", "Patrol Officer"),
    ("Ministry of Internal Affairs", "Clerk"),
    ("Ministry of Finance & Dev. Planning", "Accountant"),
)
_LR_STATIONS = ("Monrovia", "Gbarnga", "Buchanan", "Voinjama", "Zwedru", "Kakata", "Harper")
_LR_COUNTIES = ("Montserrado", "Bong", "Grand Bassa", "Lofa", "Nimba", "Margibi", "Grand Gedeh")
_SL_FAMILY = ("Sesay", "Kamara", "Bangura", "Conteh", "Koroma", "Turay", "Kanu", "Jalloh")
_SL_GIVEN_M = ("Mohamed", "Abu Bakarr", "Ibrahim", "Alhaji", "Foday", "Samuel")
_SL_GIVEN_F = ("Isatu", "Fatmata", "Mariama", "Aminata", "Christiana", "Adama")
_SL_PLACES = (
    ("12 Kissy Road, Freetown", "Western Area Urban"),
    ("45 Main Motor Road, Wellington", "Western Area Urban"),
    ("7 Tikonko Road, Bo", "Bo"),
    ("23 Hangha Road, Kenema", "Kenema"),
    ("5 Magburaka Road, Makeni", "Bombali"),
    ("Off Regent Road, Lumley", "Western Area Urban"),
)
_SL_BUSINESS = ("Petty trading", "Gari processing", "Fish smoking", "Tailoring", "Palm oil")
_SL_MARKETS = ("Big Market", "Dove Cot", "Bo Central Market", "Kenema Lorry Park", "Abattoir")
_SL_OFFICERS = ("F. Kamara", "J. Sesay", "M. Koroma", "A. Bangura")


def _row(p: Person, rows: tuple[tuple[str, ...], ...], salt: int) -> tuple[str, ...]:
    """One row of a table of places, chosen as :func:`_pick` chooses."""
    return rows[(int(p.bhxh) // (salt * 11 + 1)) % len(rows)]


def _ci_phone(p: Person) -> str:
    d = p.bhxh
    return f"{_pick(p, ('07', '05', '01'), 3)} {d[0:2]} {d[2:4]} {d[4:6]} {d[6:8]}"


def _gn_phone(p: Person) -> str:
    d = p.bhxh
    return f"{_pick(p, ('622', '664', '628', '655'), 3)} {d[1:3]} {d[3:5]} {d[5:7]}"


def _sn_phone(p: Person) -> str:
    d = p.bhxh
    return f"{_pick(p, ('77', '78', '76', '70'), 3)} {d[1:4]} {d[4:6]} {d[6:8]}"


def _lr_phone(p: Person) -> str:
    d = p.bhxh
    return f"{_pick(p, ('0886', '0777', '0555', '0770'), 3)} {d[1:4]} {d[4:7]}"


def _sl_phone(p: Person) -> str:
    d = p.bhxh
    return f"+232 {_pick(p, ('76', '77', '78', '30', '88'), 3)} {d[2:8]}"


WRITERS_BLIND295: dict[str, Callable[[Person, Col], object]] = {
    "ethnic295": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "school295": lambda p, c: _pick(p, _VN_SCHOOLS, 3),
    "grade295": lambda p, c: _pick(p, _VN_GRADES, 4),
    "gpa295": lambda p, c: f"{7 + _num(p, 30) / 10:.1f}".replace(".", ","),
    "home295": lambda p, c: _pick(p, _VN_HIGHLAND, 5),
    "parent295": lambda p, c: _other_vn(p, 6, male=True),
    "parent_phone295": lambda p, c: _other_phone(p, "03"),
    "amount295": lambda p, c: f"{(_num(p, 3) + 2) * 1_000_000:,}".replace(",", "."),
    "hometown295": lambda p, c: _pick(p, _VN_HOMETOWNS, 2),
    "trade295": lambda p, c: _pick(p, _VN_TRADES, 3),
    "foreman295": lambda p, c: f"Tổ thợ {_other_vn(p, 4, male=True)}",
    "site295": lambda p, c: _pick(p, _VN_SITES, 5),
    "card295": lambda p, c: f"ATLĐ-N3/{p.bhxh[-5:]}/2026",
    "result295": lambda p, c: _pick(p, _VN_RESULTS, 6),
    "parlour295": lambda p, c: _pick(p, _VN_PARLOURS, 2),
    "parlour_addr295": lambda p, c: _pick(p, _VN_PARLOUR_ADDR, 2),
    "service295": lambda p, c: _pick(p, _VN_SERVICES, 3),
    "training295": lambda p, c: _pick(p, _VN_TRAININGS, 4),
    "inspect295": lambda p, c: _pick(p, _VN_INSPECT, 5),
    "inspector295": lambda p, c: f"BS. {_other_vn(p, 7)}",
    "branch295": lambda p, c: _pick(p, _VN_BRANCHES, 2),
    "bp295": lambda p, c: f"{110 + _num(p, 60)}/{65 + _num(p, 30)}",
    "ecg295": lambda p, c: _pick(p, _VN_ECG, 3),
    "referral295": lambda p, c: _pick(p, _VN_REFERRAL, 4),
    "kin295": lambda p, c: f"{_other_vn(p, 5)} ({_pick(p, ('con', 'vợ', 'chồng', 'cháu'), 6)})",
    "kin_phone295": lambda p, c: _other_phone(p, "09"),
    "nni_ci295": lambda p, c: WRITERS_BLIND79["nni_ci79"](p, c),
    "ci_family295": lambda p, c: _pick(p, _CI_FAMILY, 2),
    "ci_given295": lambda p, c: _by_sex(p, _CI_GIVEN_M, _CI_GIVEN_F, 3),
    "sex_ci295": lambda p, c: "M" if p.male else "F",
    "pob_ci295": lambda p, c: _pick(p, _CI_BIRTHPLACES, 4),
    "loc_ci295": lambda p, c: _row(p, _CI_PLACES, 5)[0],
    "region_ci295": lambda p, c: _row(p, _CI_PLACES, 5)[1],
    "phone_ci295": lambda p, c: _ci_phone(p),
    "coop_ci295": lambda p, c: _pick(p, _CI_COOPS, 6),
    "carte_ci295": lambda p, c: f"CCC-{p.bhxh[-8:]}",
    "ha_ci295": lambda p, c: f"{_num(p, 60) / 10 + 0.5:.2f}".replace(".", ","),
    "kg_ci295": lambda p, c: f"{(_num(p, 40) + 2) * 75}",
    "nin_gn295": lambda p, c: _gn_nin(p),
    "gn_family295": lambda p, c: _pick(p, _GN_FAMILY, 2),
    "gn_given295": lambda p, c: _by_sex(p, _GN_GIVEN_M, _GN_GIVEN_F, 3),
    "sex_gn295": lambda p, c: "Masculin" if p.male else "Féminin",
    "pob_gn295": lambda p, c: _pick(p, _GN_BIRTHPLACES, 4),
    "district_gn295": lambda p, c: _row(p, _GN_PLACES, 5)[0],
    "sp_gn295": lambda p, c: _row(p, _GN_PLACES, 5)[1],
    "pref_gn295": lambda p, c: _row(p, _GN_PLACES, 5)[2],
    "phone_gn295": lambda p, c: _gn_phone(p),
    "card_gn295": lambda p, c: f"DPM-SIG/{p.bhxh[-4:]}/{_num(p, 3) + 2024}",
    "site_gn295": lambda p, c: _pick(p, _GN_SITES, 6),
    "chief_gn295": lambda p, c: f"{_pick(p, _GN_GIVEN_M, 7)} {_pick(p, _GN_FAMILY, 8)}",
    "cni_sn295": lambda p, c: _senegal_cni(p),
    "sn_given295": lambda p, c: _by_sex(p, _SN_GIVEN_M, _SN_GIVEN_F, 2),
    "sn_family295": lambda p, c: _pick(p, _SN_FAMILY, 3),
    "pob_sn295": lambda p, c: _pick(p, _SN_BIRTHPLACES, 4),
    "sex_sn295": lambda p, c: "Masculin" if p.male else "Féminin",
    "addr_sn295": lambda p, c: ", ".join(_row(p, _SN_PLACES, 5)[::2]),
    "commune_sn295": lambda p, c: _row(p, _SN_PLACES, 5)[1],
    "phone_sn295": lambda p, c: _sn_phone(p),
    "handicap_sn295": lambda p, c: _pick(p, _SN_HANDICAPS, 6),
    "carte_sn295": lambda p, c: f"CEC-{_num(p, 14) + 1:02d}-{p.bhxh[-6:]}",
    "tutor_sn295": lambda p, c: (
        f"{_pick(p, _SN_GIVEN_M, 7)} {_pick(p, _SN_FAMILY, 8)} ({_pick(p, ('père', 'frère'), 9)})"
    ),
    "nin_lr295": lambda p, c: _nin_lr(p),
    "emp_lr295": lambda p, c: f"CSA-{p.bhxh[-6:]}",
    "lr_family295": lambda p, c: _pick(p, _LR_FAMILY, 2),
    "lr_given295": lambda p, c: _by_sex(p, _LR_GIVEN_M, _LR_GIVEN_F, 3),
    "lr_middle295": lambda p, c: _pick(p, _LR_MIDDLE, 4),
    "sex_lr295": lambda p, c: "M" if p.male else "F",
    "agency_lr295": lambda p, c: _row(p, _LR_AGENCIES, 5)[0],
    "position_lr295": lambda p, c: _row(p, _LR_AGENCIES, 5)[1],
    "station_lr295": lambda p, c: _pick(p, _LR_STATIONS, 6),
    "salary_lr295": lambda p, c: f"{(_num(p, 40) + 10) * 10:,}.00",
    "phone_lr295": lambda p, c: _lr_phone(p),
    "county_lr295": lambda p, c: _pick(p, _LR_COUNTIES, 7),
    "status_lr295": lambda p, c: _pick(p, ("Verified", "Verified", "Absent", "Ghost - removed"), 8),
    "client_sl295": lambda p, c: f"FR-{p.bhxh[-5:]}",
    "nin_sl295": lambda p, c: _sl_nin(p),
    "sl_name295": lambda p, c: (
        f"{_by_sex(p, _SL_GIVEN_M, _SL_GIVEN_F, 2)} {_pick(p, _SL_FAMILY, 3)}"
    ),
    "sex_sl295": lambda p, c: "Male" if p.male else "Female",
    "addr_sl295": lambda p, c: _row(p, _SL_PLACES, 4)[0],
    "district_sl295": lambda p, c: _row(p, _SL_PLACES, 4)[1],
    "phone_sl295": lambda p, c: _sl_phone(p),
    "business_sl295": lambda p, c: _pick(p, _SL_BUSINESS, 5),
    "market_sl295": lambda p, c: _pick(p, _SL_MARKETS, 6),
    "loan_sl295": lambda p, c: f"{(_num(p, 30) + 2) * 500:,}",
    "guarantor_sl295": lambda p, c: f"{_pick(p, _SL_GIVEN_F, 7)} {_pick(p, _SL_FAMILY, 8)}",
    "guarantor_phone_sl295": lambda p, c: f"+232 79 {p.bhxh[::-1][:6]}",
    "officer_sl295": lambda p, c: _pick(p, _SL_OFFICERS, 9),
}
