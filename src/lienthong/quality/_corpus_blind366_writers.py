"""How the people of the three-hundred-and-sixty-sixth part of the outside corpus (**blind
366**, :mod:`lienthong.quality._corpus_blind366`) are written: Vietnamese insurance claims (rice
after a flood, pigs, motorbike compulsory insurance, one-time social insurance) and the ids of
francophone West Africa (Senegal's CNI CEDEAO, Côte d'Ivoire's NNI and CNI, Mali's NINA, Burkina
Faso's CNIB, Niger's card)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind131_writers import _bf_cnib, _ml_nina, _ne_card

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_THON = ("Ấp 1", "Ấp Tân Lợi", "Thôn Đông", "Thôn 3", "Ấp Phú Hòa", "Xóm Bãi")
_VN_XA = ("Xã Phú Thành", "Xã Tân Hòa", "Xã Vĩnh Lợi", "Xã Mỹ An", "Xã Hưng Điền", "Xã Bình Phú")
_VN_SEASON = ("Hè Thu 2024", "Đông Xuân 2024-2025", "Thu Đông 2024", "Vụ Mùa 2024")
_PIG_CAUSE = ("Dịch tả lợn châu Phi", "Tai xanh (PRRS)", "Lở mồm long móng", "Ngập lũ, chết đuối")
_CLAIM_STATUS = ("Đã chi trả", "Chờ giám định", "Bổ sung hồ sơ", "Từ chối - ngoài phạm vi BH")
_INSURERS = ("PTI", "Bảo Việt", "PVI", "BSH", "MIC", "Bảo Minh")
_BIKE_SERIES = ("59-X1", "51-F2", "29-H5", "43-E1", "65-B3", "92-K1")
_BHXH_REASON = (
    "Sau 12 tháng nghỉ việc, không tiếp tục đóng",
    "Ra nước ngoài định cư",
    "Mắc bệnh hiểm nghèo",
    "Đủ tuổi nghỉ hưu, chưa đủ 20 năm đóng",
)
_BANKS = ("Agribank", "Vietcombank", "VietinBank", "BIDV", "Sacombank")
_SN_FAMILY = ("DIOP", "NDIAYE", "FALL", "SOW", "GUEYE", "MBAYE", "FAYE", "SARR", "CISSÉ")
_SN_GIVEN_M = ("Mamadou", "Cheikh", "Ousmane", "Ibrahima", "Modou", "Abdoulaye", "Babacar")
_SN_GIVEN_F = ("Fatou", "Awa", "Aïssatou", "Khady", "Ndèye", "Mariama", "Coumba")
#: (commune, département, région)
_SN_PLACES = (
    ("Nioro du Rip", "Nioro du Rip", "Kaolack"),
    ("Kaffrine", "Kaffrine", "Kaffrine"),
    ("Koungheul", "Koungheul", "Kaffrine"),
    ("Guinguinéo", "Guinguinéo", "Kaolack"),
    ("Tambacounda", "Tambacounda", "Tambacounda"),
    ("Bambey", "Bambey", "Diourbel"),
)
_CI_FAMILY = ("KOUASSI", "KONAN", "YAO", "KOFFI", "N'GUESSAN", "OUATTARA", "KONÉ", "TOURÉ")
_CI_GIVEN_M = ("Kouadio Jean", "Aya Serge", "Brou Hervé", "Yao Patrick", "Issouf", "Lassina")
_CI_GIVEN_F = ("Amenan Pélagie", "Affoué Christelle", "Adjoua Marie", "Mariam", "Awa")
_CI_PLACES = (
    ("Abobo", "Abobo-Baoulé"),
    ("Yopougon", "Niangon Sud"),
    ("Cocody", "Riviera 2"),
    ("Bouaké", "Air France 1"),
    ("Daloa", "Lobia"),
    ("Koumassi", "Remblais"),
)
_CI_FACILITY = ("CHU de Treichville", "HG Abobo Nord", "CSU Yopougon Attié", "CHR Daloa")
_ML_FAMILY = ("TRAORÉ", "KEÏTA", "COULIBALY", "DIARRA", "DEMBÉLÉ", "SANGARÉ", "MAÏGA")
_ML_GIVEN_M = ("Bakary", "Seydou", "Moussa", "Drissa", "Souleymane", "Oumar")
_ML_GIVEN_F = ("Fatoumata", "Aminata", "Kadiatou", "Rokia", "Assitan", "Oumou")
#: (commune, cercle, région)
_ML_PLACES = (
    ("Kignan", "Sikasso", "Sikasso"),
    ("Koutiala", "Koutiala", "Koutiala"),
    ("Fana", "Dioïla", "Koulikoro"),
    ("Niono", "Niono", "Ségou"),
    ("Bla", "Bla", "Ségou"),
)
_BF_FAMILY = ("OUÉDRAOGO", "SAWADOGO", "KABORÉ", "ZONGO", "COMPAORÉ", "TRAORÉ", "OUATTARA")
_BF_GIVEN_M = ("Issaka", "Boukary", "Hamidou", "Salif", "Jean-Baptiste", "Adama")
_BF_GIVEN_F = ("Salamata", "Awa", "Rasmata", "Pauline", "Alimata", "Mariam")
_BF_PLACES = ("Ouagadougou", "Bobo-Dioulasso", "Koudougou", "Ouahigouya", "Kaya", "Fada N'Gourma")
_NE_FAMILY = ("Issoufou", "Moussa", "Abdou", "Hamani", "Oumarou", "Garba", "Illa", "Souley")
_NE_GIVEN_M = ("Ibrahim", "Mahamadou", "Salissou", "Hassane", "Ali", "Boubacar")
_NE_GIVEN_F = ("Rabi", "Hadiza", "Zeinabou", "Mariama", "Fati", "Aïchatou")
#: (commune, région)
_NE_PLACES = (
    ("Filingué", "Tillabéri"),
    ("Tchintabaraden", "Tahoua"),
    ("Dakoro", "Maradi"),
    ("Gouré", "Zinder"),
    ("Abalak", "Tahoua"),
    ("Ingall", "Agadez"),
)


def _at(p: Person, table: tuple[tuple[str, ...], ...], salt: int) -> tuple[str, ...]:
    return table[(int(p.bhxh) // 7 + salt) % len(table)]


def _fcfa(p: Person, low: int, step: int) -> str:
    return f"{(low + _num(p, 90) * step):,}".replace(",", " ")


def _vnd(p: Person, low: int, step: int) -> str:
    return f"{(low + _num(p, 120) * step):,}".replace(",", ".")


def _sn_nin(p: Person) -> str:
    """The NIN of the CNI CEDEAO: the sex digit, a centre code, the enrolment year, a serial."""
    year = 2017 + _num(p, 7)
    return f"{1 if p.male else 2}{_num(p, 900) + 100:03d}{year}{p.bhxh[-5:]}"


def _ci_nni(p: Person) -> str:
    return f"{p.bhxh[1:]}{_num(p, 90) + 10:02d}"


def _ci_cni(p: Person) -> str:
    return f"CI00{p.bhxh[-7:]}"


def _phone(p: Person, prefix: str, head: tuple[str, ...], groups: int) -> str:
    digits = p.phone[-2 * groups + 2 :]
    pairs = " ".join(digits[i : i + 2] for i in range(0, len(digits), 2))
    return f"{prefix}{_pick(p, head, 9)} {pairs}".strip()


WRITERS_BLIND366: dict[str, Callable[[Person, Col], object]] = {
    "hd_lua366": lambda p, c: f"HĐ-NN/{p.bhxh[-5:]}/2024",
    "xa366": lambda p, c: _pick(p, _VN_XA, 6),
    "thon366": lambda p, c: _pick(p, _VN_THON, 1),
    "vu366": lambda p, c: _pick(p, _VN_SEASON, 2),
    "dt_bh366": lambda p, c: f"{(_num(p, 40) + 5) * 500:,}".replace(",", "."),
    "ty_le366": lambda p, c: f"{30 + _num(p, 70)}%",
    "tien_lua366": lambda p, c: _vnd(p, 1_500_000, 250_000),
    "ky_nhan366": lambda p, c: _pick(p, ("Đã ký", "Đã ký", "Ủy quyền", "")),
    "uy_quyen366": lambda p, c: _pick(p, ("", "", _other_vn(p, 3), ""), 3),
    "hd_lon366": lambda p, c: f"BHVN-CN-{p.bhxh[:6]}",
    "so_lon366": lambda p, c: str(_num(p, 40) + 1),
    "kg_lon366": lambda p, c: f"{_num(p, 60) * 12 + 25}",
    "nguyen_nhan366": lambda p, c: _pick(p, _PIG_CAUSE, 4),
    "thu_y366": lambda p, c: f"BS thú y {_other_vn(p, 5)}",
    "tien_lon366": lambda p, c: _vnd(p, 3_000_000, 450_000),
    "trang_thai366": lambda p, c: _pick(p, _CLAIM_STATUS, 5),
    "hs_xe366": lambda p, c: f"BT/XCG/{p.bhxh[2:8]}",
    "gcn366": lambda p, c: f"{_pick(p, _INSURERS, 6)}-{p.bhxh[-8:]}",
    "bien_so366": lambda p, c: f"{_pick(p, _BIKE_SERIES, 7)} {p.bhxh[3:6]}.{p.bhxh[6:8]}",
    "noi_tn366": lambda p, c: _pick(p, ("QL1A km 1890", "Ngã tư Hàng Xanh", "ĐT 743", "QL13")),
    "ben_ba366": lambda p, c: _other_vn(p, 7),
    "sdt_ben_ba366": lambda p, c: _other_phone(p, "03"),
    "yc_xe366": lambda p, c: _vnd(p, 2_000_000, 500_000),
    "duyet_xe366": lambda p, c: _vnd(p, 1_000_000, 400_000),
    "gdv366": lambda p, c: _other_vn(p, 9),
    "insurer366": lambda p, c: _pick(p, _INSURERS, 8),
    "tg_dong366": lambda p, c: f"{_num(p, 15) + 1} năm {_num(p, 12)} tháng",
    "ly_do366": lambda p, c: _pick(p, _BHXH_REASON, 2),
    "tien_bhxh366": lambda p, c: _vnd(p, 12_000_000, 1_750_000),
    "hinh_thuc366": lambda p, c: _pick(p, ("ATM", "ATM", "Tiền mặt tại BĐ", "ATM"), 3),
    "stk366": lambda p, c: f"{_pick(p, _BANKS, 4)} - {p.bhxh}{p.phone[-3:]}",
    "ho_so366": lambda p, c: f"{p.bhxh[-6:]}/2025/BHXH",
    "ngay_chi366": lambda p, c: f"{p.other_date + timedelta(days=10 + _num(p, 35)):%d/%m/%Y}",
    "wa_sex366": lambda p, c: "M" if p.male else "F",
    "sn_nin366": lambda p, c: _sn_nin(p),
    "sn_family366": lambda p, c: _pick(p, _SN_FAMILY, 1),
    "sn_given366": lambda p, c: _by_sex(p, _SN_GIVEN_M, _SN_GIVEN_F, 2),
    "sn_village366": lambda p, c: f"Keur {_pick(p, ('Samba', 'Madiabel', 'Ndiaga', 'Ali'), 3)}",
    "sn_commune366": lambda p, c: _at(p, _SN_PLACES, 3)[0],
    "sn_dept366": lambda p, c: _at(p, _SN_PLACES, 3)[1],
    "sn_region366": lambda p, c: _at(p, _SN_PLACES, 3)[2],
    "sn_phone366": lambda p, c: (
        f"{_pick(p, ('77', '78', '76', '70'), 9)} {p.phone[-7:-4]} {p.phone[-4:-2]} {p.phone[-2:]}"
    ),
    "sn_police366": lambda p, c: f"CNAAS/{_pick(p, ('AR', 'MIL', 'MAÏ'), 4)}/{p.bhxh[-6:]}",
    "sn_culture366": lambda p, c: _pick(p, ("Arachide", "Mil", "Maïs", "Niébé"), 4),
    "sn_ha366": lambda p, c: f"{_num(p, 12) + 1},{_num(p, 10)}",
    "sn_montant366": lambda p, c: _fcfa(p, 45_000, 5_000),
    "ci_nni366": lambda p, c: _ci_nni(p),
    "ci_cni366": lambda p, c: _ci_cni(p),
    "ci_cmu366": lambda p, c: f"CMU{p.bhxh[:9]}",
    "ci_family366": lambda p, c: _pick(p, _CI_FAMILY, 1),
    "ci_given366": lambda p, c: _by_sex(p, _CI_GIVEN_M, _CI_GIVEN_F, 2),
    "ci_commune366": lambda p, c: _at(p, _CI_PLACES, 4)[0],
    "ci_quartier366": lambda p, c: _at(p, _CI_PLACES, 4)[1],
    "ci_phone366": lambda p, c: _phone(p, "+225 ", ("07", "05", "01"), 5),
    "ci_facility366": lambda p, c: _pick(p, _CI_FACILITY, 5),
    "ci_montant366": lambda p, c: _fcfa(p, 2_500, 1_500),
    "ci_acte366": lambda p, c: _pick(
        p, ("Consultation", "Pharmacie", "Analyses", "Hospitalisation")
    ),
    "ml_nina366": lambda p, c: _ml_nina(p),
    "ml_family366": lambda p, c: _pick(p, _ML_FAMILY, 1),
    "ml_given366": lambda p, c: _by_sex(p, _ML_GIVEN_M, _ML_GIVEN_F, 2),
    "ml_commune366": lambda p, c: _at(p, _ML_PLACES, 5)[0],
    "ml_cercle366": lambda p, c: _at(p, _ML_PLACES, 5)[1],
    "ml_region366": lambda p, c: _at(p, _ML_PLACES, 5)[2],
    "ml_phone366": lambda p, c: _phone(p, "+223 ", ("76", "66", "79", "90"), 4),
    "ml_contrat366": lambda p, c: f"OKO-{p.bhxh[:5]}",
    "ml_culture366": lambda p, c: _pick(p, ("Coton", "Maïs", "Sorgho", "Riz"), 6),
    "ml_montant366": lambda p, c: _fcfa(p, 20_000, 2_500),
    "ml_paie366": lambda p, c: _pick(p, ("Orange Money", "Moov Money", "Espèces"), 7),
    "bf_cnib366": lambda p, c: _bf_cnib(p),
    "bf_cnss366": lambda p, c: f"{p.bhxh[:9]}",
    "bf_family366": lambda p, c: _pick(p, _BF_FAMILY, 1),
    "bf_given366": lambda p, c: _by_sex(p, _BF_GIVEN_M, _BF_GIVEN_F, 2),
    "bf_lieu366": lambda p, c: _pick(p, _BF_PLACES, 8),
    "bf_secteur366": lambda p, c: f"Secteur {_num(p, 30) + 1}",
    "bf_ville366": lambda p, c: _pick(p, _BF_PLACES, 3),
    "bf_phone366": lambda p, c: _phone(p, "", ("70", "76", "78", "65"), 4),
    "bf_employeur366": lambda p, c: _pick(p, ("SONABEL", "SOFITEX", "Brakina", "ONEA"), 4),
    "bf_montant366": lambda p, c: _fcfa(p, 150_000, 12_500),
    "ne_card366": lambda p, c: _ne_card(p),
    "ne_full366": lambda p, c: (
        f"{_pick(p, _NE_FAMILY, 1).upper()} {_by_sex(p, _NE_GIVEN_M, _NE_GIVEN_F, 2)}"
    ),
    "ne_commune366": lambda p, c: _at(p, _NE_PLACES, 6)[0],
    "ne_region366": lambda p, c: _at(p, _NE_PLACES, 6)[1],
    "ne_phone366": lambda p, c: _phone(p, "+227 ", ("96", "90", "97", "88"), 4),
    "ne_espece366": lambda p, c: _pick(p, ("Bovins", "Ovins", "Caprins", "Camelins"), 3),
    "ne_tetes366": lambda p, c: str(_num(p, 25) + 1),
    "ne_cause366": lambda p, c: _pick(p, ("Sécheresse", "Épizootie", "Inondation", "Vol"), 4),
    "ne_montant366": lambda p, c: _fcfa(p, 35_000, 7_500),
    "ne_chef366": lambda p, c: f"{_pick(p, _NE_FAMILY, 5)} {_pick(p, _NE_GIVEN_M, 6)}",
}

__all__ = ["WRITERS_BLIND366"]
