"""How the people of the hundred-and-fifty-fifth part of the outside corpus (**blind 155**,
:mod:`lienthong.quality._corpus_blind155`) are written: four Vietnamese files' own columns (a
district cultural centre's đờn ca tài tử club, a factory's trade grade examination, a commune
police's register of drone flights, a ward police's book of stolen property handed back) and
British Columbian, Albertan, Texan, Californian and Puerto Rican names, places, phones and numbers
in the forms their registers write them (the BC PHN with its mod-11 digit, the Alberta health
care number ``12345-6789``, the SSN without area 000, 666 or 900-999, group 00 or serial 0000,
the Texas eight-digit driver licence, the California licence letter and seven digits)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick, _ssn
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind54_writers import _phn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: a district cultural centre's đờn ca tài tử club ------------------------------------
_DC_ROLES = ("Ca", "Ca", "Đờn kìm", "Đờn tranh", "Đờn cò", "Guitar phím lõm", "Đờn sến")
_DC_TITLES = ("", "", "Hội viên", "Nghệ nhân ưu tú", "Giải Nhì hội thi tỉnh 2023", "Hội viên")
# -- Vietnam: a factory's trade grade examination -------------------------------------------------
_NB_TRADES = ("Hàn điện", "Vận hành máy CNC", "Điện công nghiệp", "May công nghiệp", "Nguội")
_NB_RESULTS = ("Đạt", "Đạt", "Đạt", "Không đạt", "Vắng thi")
_NB_LEADS = ("Nguyễn Văn Thắng - Tổ 3", "Phạm Thị Hồng - Tổ 1", "Lê Minh Đức - Tổ 5")
# -- Vietnam: drone flights notified to the commune police ----------------------------------------
_FC_DEVICES = ("DJI Mini 3", "DJI Mavic 3 Classic", "DJI Air 2S", "DJI Agras T30 (phun thuốc)")
_FC_AREAS = (
    "Cánh đồng thôn Đông, xã Tân Hòa",
    "Khu du lịch hồ Núi Cốc",
    "Nhà văn hóa thôn 4 - quay đám cưới",
    "Ruộng lúa xứ đồng Mả Cả",
)
_FC_PURPOSES = ("Phun thuốc BVTV", "Quay phim, chụp ảnh", "Quay phim đám cưới", "Khảo sát đất")
# -- Vietnam: stolen property handed back by the ward police -------------------------------------
_TL_ITEMS = (
    ("Xe mô tô Honda Wave Alpha BKS 29H1-", 18_000_000),
    ("Xe mô tô Yamaha Exciter BKS 59X3-", 42_000_000),
    ("ĐTDĐ iPhone 13 IMEI 35", 12_500_000),
    ("Xe đạp điện Pega, số khung PG", 9_000_000),
    ("Ví da, tiền mặt và giấy tờ, seri ", 3_200_000),
)
_TL_OFFICERS = ("Đại úy Trần Văn Hòa", "Thượng úy Lê Thị Thu", "Trung úy Ngô Quang Huy")
# -- British Columbia: Fair PharmaCare registrations ---------------------------------------------
_BC_GIVEN_M = ("Liam James", "Harpreet Singh", "Wei Jie", "Owen", "Mateo", "Darnell")
_BC_GIVEN_F = ("Emily Rose", "Jaspreet Kaur", "Xiao Ling", "Hannah", "Marisol", "Ayesha")
_BC_FAMILY = ("Dhaliwal", "Wong", "Thompson", "Nguyen", "MacLeod", "Sandhu", "Larsen", "Joe")
_BC_PLACES = (
    ("4521 Fraser St", "Vancouver", "V5V 4G8", "604"),
    ("#208 - 1350 Burrard St", "Vancouver", "V6Z 0C2", "604"),
    ("12873 84 Ave", "Surrey", "V3W 1K6", "604"),
    ("1045 Pandora Ave", "Victoria", "V8V 3P9", "250"),
    ("2260 Ospika Blvd S", "Prince George", "V2N 3N5", "250"),
    ("775 Bernard Ave", "Kelowna", "V1Y 6P4", "778"),
)
# -- Alberta: AISH client files ------------------------------------------------------------------
_AB_GIVEN_M = ("CODY", "TYLER", "GURDEEP", "BRENT", "JOSHUA", "RAYMOND")
_AB_GIVEN_F = ("KAYLA", "BRITTANY", "MANDEEP", "SHERRY", "DANIELLE", "LORRAINE")
_AB_FAMILY = ("ANDERSON", "CARDINAL", "GILL", "SCHMIDT", "LABOUCANE", "PETERSON", "TRAN")
_AB_PLACES = (
    ("10235 101 ST NW APT 1204", "EDMONTON", "T5J 3E8", "780"),
    ("3716 17 AVE SE", "CALGARY", "T2A 0R9", "403"),
    ("5012 49 ST", "RED DEER", "T4N 1V5", "403"),
    ("9918 100 AVE", "GRANDE PRAIRIE", "T8V 0T9", "780"),
    ("615 3 AVE S", "LETHBRIDGE", "T1J 0H9", "403"),
    ("121 MCKENZIE TOWNE LINK SE", "CALGARY", "T2Z 3S7", "587"),
)
_AB_OFFICES = ("EDMONTON CENTRAL AISH", "CALGARY SOUTH AISH", "RED DEER AISH", "LETHBRIDGE AISH")
_AB_WORKERS = ("M. BOUCHARD", "J. OKAFOR", "S. LINDQVIST", "R. DESJARLAIS")
_AB_BENEFITS = (
    "LIVING ALLOWANCE",
    "LIVING ALLOWANCE + CHILD",
    "MODIFIED LIVING ALLOW",
    "HEALTH ONLY",
)
_AB_TRUSTEES = ("", "", "", "PUBLIC TRUSTEE", "MOTHER - PRIVATE TRUSTEE")
# -- Texas: DPS driver licence issuance ----------------------------------------------------------
_TX_GIVEN_M = ("JOSE", "BILLY RAY", "TREVOR", "DESHAWN", "CARLOS", "HUNTER")
_TX_GIVEN_F = ("MARIA", "AMBER", "LATOYA", "BRENDA", "GUADALUPE", "KAITLYN")
_TX_FAMILY = ("GARCIA", "HERNANDEZ", "JOHNSON", "NGUYEN", "WILLIAMS", "TREVINO", "SMITH")
_TX_PLACES = (
    ("4810 GASTON AVE APT 212", "DALLAS", "75246", "214"),
    ("1207 E 7TH ST", "AUSTIN", "78702", "512"),
    ("8815 BELLAIRE BLVD", "HOUSTON", "77036", "713"),
    ("302 S FLORES ST", "SAN ANTONIO", "78204", "210"),
    ("2417 N 10TH ST", "MCALLEN", "78501", "956"),
    ("5601 ALAMEDA AVE", "EL PASO", "79905", "915"),
)
_TX_EYES = ("BRO", "BRO", "BLU", "HAZ", "GRN", "BLK")
_TX_CLASSES = ("C", "C", "C", "M", "CM", "A")
# -- California: IHSS provider enrolment ---------------------------------------------------------
_CA_GIVEN_M = ("Miguel", "Andrew", "Tuan", "Armen", "Jerome", "Rafael")
_CA_GIVEN_F = ("Rosa", "Jennifer", "Thuy", "Anahit", "Shanice", "Maricela")
_CA_FAMILY = ("Hernandez", "Lee", "Tran", "Petrosyan", "Jackson", "Ramirez", "Kim")
_CA_PLACES = (
    ("1423 W Adams Blvd", "Los Angeles", "90007", "323"),
    ("5520 Lankershim Blvd Apt 9", "North Hollywood", "91601", "818"),
    ("2387 Story Rd", "San Jose", "95122", "408"),
    ("915 E Belmont Ave", "Fresno", "93701", "559"),
    ("4120 University Ave #3", "San Diego", "92105", "619"),
    ("1668 Fruitridge Rd", "Sacramento", "95822", "916"),
)
_CA_RECIPIENTS = ("Lupe Hernandez", "Harold Kim", "Dolores Ramirez", "Vartan Petrosyan")
_CA_STATUS = ("Eligible", "Eligible", "Pending DOJ", "Pending Orientation", "Ineligible")
# -- Puerto Rico: Plan Vital (ASES) beneficiaries ------------------------------------------------
_PR_GIVEN_M = ("José Luis", "Luis Ángel", "Carlos Javier", "Héctor", "Edwin", "Jean Carlos")
_PR_GIVEN_F = ("Carmen Iris", "Yolanda", "Nilda", "Keishla", "María de los Ángeles", "Zuleyka")
_PR_FAMILY = ("Rivera Colón", "Santiago Ortiz", "Rodríguez Vélez", "Cruz Meléndez", "Torres Díaz")
_PR_PLACES = (
    ("Urb. Villa Carolina, Calle 434 Bloque 170 #5, Carolina, PR 00985", "Carolina", "Metro-Norte"),
    ("Bo. Cercadillo, Carr. 172 Km 4.2, Cayey, PR 00736", "Cayey", "Este"),
    ("Res. Luis Llorens Torres, Edif. 98 Apt. 1820, San Juan, PR 00913", "San Juan", "Metro"),
    ("HC 02 Box 14567, Lajas, PR 00667", "Lajas", "Suroeste"),
    ("Urb. Alturas de Mayagüez, Calle Uroyán 1032, Mayagüez, PR 00682", "Mayagüez", "Oeste"),
    ("PO Box 1245, Arecibo, PR 00613", "Arecibo", "Norte"),
)
_PR_MCO = ("Triple-S Salud", "MMM Multihealth", "First Medical", "Plan de Salud Menonita")
_PR_GROUPS = ("Medicaid", "CHIP", "Estatal (Commonwealth)", "Medicaid", "Platino (Medicare)")


def _us_phone(p: Person, area: str, dashed: bool = False) -> str:
    exchange = f"{int(p.phone[2]) % 8 + 2}{p.phone[3:5]}"
    if dashed:
        return f"{area}-{exchange}-{p.phone[5:9]}"
    return f"({area}) {exchange}-{p.phone[5:9]}"


def _bc(p: Person) -> tuple[str, str, str, str]:
    return _BC_PLACES[int(p.bhxh) // 7 % len(_BC_PLACES)]


def _ab(p: Person) -> tuple[str, str, str, str]:
    return _AB_PLACES[int(p.bhxh) // 7 % len(_AB_PLACES)]


def _tx(p: Person) -> tuple[str, str, str, str]:
    return _TX_PLACES[int(p.bhxh) // 7 % len(_TX_PLACES)]


def _ca(p: Person) -> tuple[str, str, str, str]:
    return _CA_PLACES[int(p.bhxh) // 7 % len(_CA_PLACES)]


def _pr(p: Person) -> tuple[str, str, str]:
    return _PR_PLACES[int(p.bhxh) // 7 % len(_PR_PLACES)]


class _Spouse:
    """Only what :func:`_phn` reads of a person: the spouse's number comes from the reversed
    digits."""

    def __init__(self, p: Person) -> None:
        self.bhxh = p.bhxh[::-1]


def _spouse_phn(p: Person) -> str:
    return _phn(_Spouse(p))  # type: ignore[arg-type]


def _ahcn(p: Person) -> str:
    """An Alberta health care number as AHCIP cards print it, ``12345-6789``."""
    return f"{int(p.bhxh[0]) % 9 + 1}{p.bhxh[1:5]}-{p.bhxh[5:9]}"


def _us(d: date) -> str:
    return f"{d:%m/%d/%Y}"


def _ca_dl(p: Person) -> str:
    """A California driver licence or ID card number: a letter and seven digits."""
    return f"{'ABCDEFGNSY'[int(p.bhxh[0])]}{p.bhxh[2:9]}"


def _tl_item(p: Person) -> tuple[str, int]:
    return _TL_ITEMS[int(p.bhxh) // 3 % len(_TL_ITEMS)]


WRITERS_BLIND155: dict[str, Callable[[Person, Col], str]] = {
    # Vietnam: đờn ca tài tử club
    "dc_role155": lambda p, c: _pick(p, _DC_ROLES, 1),
    "dc_title155": lambda p, c: _pick(p, _DC_TITLES, 2),
    # Vietnam: trade grade examination
    "nb_emp155": lambda p, c: f"NV{p.bhxh[-5:]}",
    "nb_trade155": lambda p, c: _pick(p, _NB_TRADES, 1),
    "nb_grade155": lambda p, c: f"{_num(p, 5)}/7",
    "nb_next155": lambda p, c: f"{_num(p, 5) + 1}/7",
    "nb_theory155": lambda p, c: f"{_num(p, 5) + 4},{_pick(p, ('0', '5'), 2)}",
    "nb_practice155": lambda p, c: f"{_num(p, 4) + 5},{_pick(p, ('0', '5'), 3)}",
    "nb_result155": lambda p, c: _pick(p, _NB_RESULTS, 4),
    "nb_lead155": lambda p, c: _pick(p, _NB_LEADS, 5),
    # Vietnam: drone flights
    "fc_device155": lambda p, c: _pick(p, _FC_DEVICES, 1),
    "fc_serial155": lambda p, c: f"1581F{p.bhxh[:4]}C{p.bhxh[4:9]}",
    "fc_area155": lambda p, c: _pick(p, _FC_AREAS, 2),
    "fc_purpose155": lambda p, c: _pick(p, _FC_PURPOSES, 3),
    "fc_height155": lambda p, c: f"{_num(p, 10) * 10}",
    "fc_permit155": lambda p, c: f"{_num(p, 900)}/GP-BTTM",
    # Vietnam: stolen property handed back
    "tl_case155": lambda p, c: f"{_num(p, 300)}/VV-CAP",
    "tl_item155": lambda p, c: f"{_tl_item(p)[0]}{p.bhxh[-5:]}",
    "tl_value155": lambda p, c: f"{_tl_item(p)[1]:,}".replace(",", "."),
    "tl_lost155": lambda p, c: f"{p.other_date - timedelta(days=_num(p, 60) + 3):%d/%m/%Y}",
    "tl_officer155": lambda p, c: _pick(p, _TL_OFFICERS, 2),
    "tl_sign155": lambda p, c: _pick(p, ("Đã ký", "Đã ký", "Ủy quyền: " + _other_vn(p, 4)), 3),
    # British Columbia: Fair PharmaCare
    "bc_reg155": lambda p, c: f"FPC{p.bhxh[::-1][1:9]}",
    "bc_phn155": lambda p, c: _phn(p),
    "bc_family155": lambda p, c: _pick(p, _BC_FAMILY, 1),
    "bc_given155": lambda p, c: _by_sex(p, _BC_GIVEN_M, _BC_GIVEN_F, 2),
    "bc_sex155": lambda p, c: "M" if p.male else "F",
    "bc_street155": lambda p, c: _bc(p)[0],
    "bc_city155": lambda p, c: _bc(p)[1],
    "bc_prov155": lambda p, c: "BC",
    "bc_postal155": lambda p, c: _bc(p)[2],
    "bc_phone155": lambda p, c: _us_phone(p, _bc(p)[3]),
    "bc_spouse_phn155": lambda p, c: _pick(p, ("", _spouse_phn(p)), 3),
    "bc_income155": lambda p, c: f"${(_num(p, 90) + 8) * 1013:,}",
    "bc_deduct155": lambda p, c: f"${_num(p, 30) * 50}",
    "bc_max155": lambda p, c: f"${_num(p, 30) * 50 + 650}",
    "bc_consent155": lambda p, c: _pick(p, ("Y", "Y", "N"), 4),
    # Alberta: AISH
    "ab_file155": lambda p, c: f"AISH-{p.bhxh[::-1][:7]}",
    "ab_ahcn155": lambda p, c: _ahcn(p),
    "ab_family155": lambda p, c: _pick(p, _AB_FAMILY, 1),
    "ab_given155": lambda p, c: _by_sex(p, _AB_GIVEN_M, _AB_GIVEN_F, 2),
    "ab_sex155": lambda p, c: "M" if p.male else "F",
    "ab_street155": lambda p, c: _ab(p)[0],
    "ab_city155": lambda p, c: _ab(p)[1],
    "ab_postal155": lambda p, c: _ab(p)[2],
    "ab_phone155": lambda p, c: _us_phone(p, _ab(p)[3], dashed=True),
    "ab_worker155": lambda p, c: _pick(p, _AB_WORKERS, 3),
    "ab_office155": lambda p, c: _pick(p, _AB_OFFICES, 4),
    "ab_benefit155": lambda p, c: _pick(p, _AB_BENEFITS, 5),
    "ab_amount155": lambda p, c: f"{1863 - _num(p, 5) * 100:.2f}",
    "ab_trustee155": lambda p, c: _pick(p, _AB_TRUSTEES, 6),
    "ab_review155": lambda p, c: f"{_shift_date(p.other_date, 2):%Y-%m-%d}",
    # Texas: DPS driver licences
    "tx_dl155": lambda p, c: f"{int(p.bhxh[0]) % 5 + 1}{p.bhxh[3:10]}",
    "tx_class155": lambda p, c: _pick(p, _TX_CLASSES, 1),
    "tx_family155": lambda p, c: _pick(p, _TX_FAMILY, 2),
    "tx_given155": lambda p, c: _by_sex(p, _TX_GIVEN_M, _TX_GIVEN_F, 3),
    "tx_sex155": lambda p, c: "M" if p.male else "F",
    "state_tx155": lambda p, c: "TX",
    "tx_height155": lambda p, c: f"{_pick(p, ('5', '5', '6'), 4)}-{_num(p, 11) - 1:02d}",
    "tx_eyes155": lambda p, c: _pick(p, _TX_EYES, 5),
    "tx_street155": lambda p, c: _tx(p)[0],
    "tx_city155": lambda p, c: _tx(p)[1],
    "tx_zip155": lambda p, c: _tx(p)[2],
    "tx_ssn155": lambda p, c: _ssn(p),
    "tx_exp155": lambda p, c: _us(_shift_date(p.other_date, 8)),
    "tx_donor155": lambda p, c: _pick(p, ("Y", "N", "N"), 6),
    "tx_veteran155": lambda p, c: _pick(p, ("N", "N", "N", "Y"), 7),
    # California: IHSS providers
    "ca_prov155": lambda p, c: p.bhxh[::-1][:9],
    "ca_family155": lambda p, c: _pick(p, _CA_FAMILY, 1),
    "ca_given155": lambda p, c: _by_sex(p, _CA_GIVEN_M, _CA_GIVEN_F, 2),
    "ca_sex155": lambda p, c: "Male" if p.male else "Female",
    "ca_ssn155": lambda p, c: _ssn(p).replace("-", ""),
    "ca_dl155": lambda p, c: _ca_dl(p),
    "ca_street155": lambda p, c: _ca(p)[0],
    "ca_city155": lambda p, c: _ca(p)[1],
    "ca_zip155": lambda p, c: f"{_ca(p)[2]}-{p.bhxh[-4:]}",
    "ca_phone155": lambda p, c: _us_phone(p, _ca(p)[3], dashed=True),
    "ca_recipient155": lambda p, c: _pick(p, _CA_RECIPIENTS, 3),
    "ca_case155": lambda p, c: f"{_pick(p, ('19', '37', '43', '10'), 4)}{p.bhxh[3:10]}",
    "ca_livescan155": lambda p, c: _us(p.other_date + timedelta(days=_num(p, 40) + 5)),
    "ca_status155": lambda p, c: _pick(p, _CA_STATUS, 5),
    "ca_updated155": lambda p, c: f"{p.updated:%Y-%m-%dT%H:%M:%S}",
    # Puerto Rico: Plan Vital
    "pr_mpi155": lambda p, c: f"{p.bhxh[1:10]}{_num(p, 9)}",
    "pr_given155": lambda p, c: _by_sex(p, _PR_GIVEN_M, _PR_GIVEN_F, 1),
    "pr_family155": lambda p, c: _pick(p, _PR_FAMILY, 2),
    "pr_ssn155": lambda p, c: _ssn(p),
    "pr_sex155": lambda p, c: "M" if p.male else "F",
    "pr_addr155": lambda p, c: _pr(p)[0],
    "pr_muni155": lambda p, c: _pr(p)[1],
    "pr_region155": lambda p, c: _pr(p)[2],
    "pr_phone155": lambda p, c: _us_phone(p, _pick(p, ("787", "939"), 3)),
    "pr_mco155": lambda p, c: _pick(p, _PR_MCO, 4),
    "pr_group155": lambda p, c: _pick(p, _PR_GROUPS, 5),
    "pr_recert155": lambda p, c: _us(_shift_date(p.other_date, 1)),
}

__all__ = ["WRITERS_BLIND155"]
