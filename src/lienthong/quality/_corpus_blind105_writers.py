"""How the people of the hundred-and-fifth part of the outside corpus (**blind 105**,
:mod:`lienthong.quality._corpus_blind105`) are written: four Vietnamese files' own columns (a
bite victim's rabies vaccine doses, a worker's occupational safety training card, a landlord's
rental tax return, a martyr's relative's grave visit support) and Fijian, Samoan, Tongan,
I-Kiribati and New Zealand names, places, phones and numbers in the forms their registers write
them (the Fiji TIN, the New Zealand IRD number with its mod 11 digit and the NHI)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _ird, _nhi
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind85_writers import _items, _rows
from lienthong.quality._corpus_blind92_writers import _dotted
from lienthong.quality._corpus_people import _ascii

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnamese files ---------------------------------------------------------------------------
_VN_QN_HAMLETS = ("Thôn Phú Thuận", "Thôn Mỹ Lộc", "Thôn An Lạc", "Tổ 3", "Thôn Bình Phú")
_VN_QN_COMMUNES = ("xã Bình Thạnh, huyện Bình Sơn", "xã Tịnh Phong, huyện Sơn Tịnh")
_VN_ANIMALS = ("Chó nhà", "Chó nhà", "Chó hàng xóm", "Mèo", "Chó thả rông", "Chuột")
_VN_WOUNDS = ("Cẳng chân (P)", "Bàn tay (T)", "Bắp chân (T)", "Đầu - mặt", "Ngón tay (P)")
_VN_GRADES = ("Độ I", "Độ II", "Độ II", "Độ III", "Độ II")
_VN_ANIMAL_STATE = _items(
    "Bình thường sau 10 ngày; Chết; Bỏ đi, không theo dõi được; Đã giết; Đang theo dõi"
)
_VN_VACCINES = ("Verorab (TB)", "Abhayrab (TB)", "Verorab (TD)", "Speeda (TB)")

_VN_HP_WARDS = ("phường Đông Hải 1, Q. Hải An", "phường Nam Sơn, Q. Kiến An", "xã An Hồng")
_VN_HP_STREETS = ("Tổ dân phố số 4", "Số 12 ngõ 85 Lê Hồng Phong", "Thôn Lực Hành")
_VN_SAFETY_JOBS = _items(
    "Vận hành xe nâng; Hàn điện, hàn hơi; Làm việc trên cao; Vận hành cầu trục; "
    "Sửa chữa điện; Vận hành nồi hơi; Tiếp xúc hóa chất"
)
_VN_SAFETY_FIRMS = _items(
    "Cty TNHH LG Display VN Hải Phòng; Cty CP Cảng Hải Phòng; Cty TNHH Đóng tàu Phà Rừng; "
    "Cty TNHH Bridgestone Tire VN; Cty CP Thép Việt Ý"
)

_VN_DN_STREETS = ("K45/12 Hà Huy Tập", "112 Nguyễn Văn Linh", "Lô 23 B2.5 Trần Đại Nghĩa")
_VN_DN_WARDS = ("P. Hòa Khê, Q. Thanh Khê", "P. Hòa Hải, Q. Ngũ Hành Sơn", "P. Thạc Gián")
_VN_RENT_ASSETS = _items(
    "Nhà mặt tiền 25 Lê Duẩn; Kiot số 7 chợ Hàn; Căn hộ A2.08 Monarchy; Mặt bằng 88 Hùng Vương; "
    "Nhà 3 tầng 14 Phan Châu Trinh"
)
_VN_TENANTS = _items(
    "Cty TNHH Highlands Coffee; Ngân hàng TMCP Á Châu - PGD Hải Châu; Ông Kim Jae Won; "
    "Cty CP Thế giới Di động; Hộ KD Phở Hà Nội"
)

_VN_NA_HAMLETS = ("Xom 3", "Xom Tan Hop", "Xom 7", "Xom Dong Thinh", "Xom 12")
_VN_NA_COMMUNES = ("xa Nghi Van, huyen Nghi Loc", "xa Dien Ky, huyen Dien Chau")
_VN_MARTYR_REL = ("Con", "Con", "Em ruot", "Chau noi", "Vo", "Anh ruot")
_VN_GRAVES = _items(
    "NTLS Truong Son, Quang Tri; NTLS Duong 9, Quang Tri; NTLS Vi Xuyen, Ha Giang; "
    "NTLS Thanh co Quang Tri; NTLS Hang Duong, Con Dao; NTLS TP Buon Ma Thuot"
)

# -- Fiji ---------------------------------------------------------------------------------------
_FJ_FAMILY = _items("Naivalu; Chand; Rokotuiloma; Singh; Waqanivalu; Lal; Bulivou; Reddy")
_FJ_GIVEN_M = _items("Sakiusa; Anish; Mosese; Rohit; Tevita; Vikash; Jone")
_FJ_GIVEN_F = _items("Ana; Priyanka; Miliakere; Shivani; Kelera; Anjali; Unaisi")
_FJ_HOMES = _items(
    "Lot 12 Ratu Dovi Rd, Nasinu; 45 Waimanu Rd, Suva; Naviyago Settlement, Lautoka; "
    "Nadawa Village, Nasinu; Lot 3 Vunimono Stage 2, Nausori; Korovuto, Nadi"
)
_FJ_INSTITUTIONS = ("USP Laucala", "FNU Natabua", "FNU Nasinu", "University of Fiji Saweni")
_FJ_PROGRAMMES = _items(
    "Bachelor of Commerce; Diploma in Nursing; Bachelor of Education (Primary); "
    "Certificate IV Automotive; Bachelor of Laws"
)
_FJ_SCHEMES = ("Toppers", "TELS", "TELS", "NTS (National Toppers)", "TELS")

# -- Samoa --------------------------------------------------------------------------------------
_WS_FAMILY = _items("Tuiasosopo; Faleolo; Lemalu; Aiolupotea; Fonoti; Peseta; Leavasa")
_WS_GIVEN_M = _items("Tavita; Fuimaono Iosefa; Falaniko; Tuala Pesamino; Sione; Mataio")
_WS_GIVEN_F = _items("Faaulu; Lagi; Matagi Siniva; Tina; Saumalu; Emeline")
_WS_HOMES = _items(
    "Vailele, Vaimauga Sasa'e, Upolu; Lepea, Faleata Sisifo, Upolu; Satupaitea, Savai'i; "
    "Siumu, Upolu; Salelologa, Fa'asaleleaga, Savai'i; Vaitele, Faleata Sasa'e, Upolu"
)
_WS_RELATIONS = ("Afafine / Daughter", "Atali'i / Son", "Tausoga / Cousin", "Ulugali'i / Spouse")
_WS_PAY = ("Tinoitupe / Cash SNPF", "BSP Teuila", "ANZ Samoa", "Tinoitupe / Cash SNPF")

# -- Tonga --------------------------------------------------------------------------------------
_TO_FAMILY = _items("Fifita; Taufa; Havili; Vaipulu; Latu; Moala; Kioa; Fonua")
_TO_GIVEN_M = _items("Sione; Siaosi; Viliami; Tevita; Semisi; Paula")
_TO_GIVEN_F = _items("Mele; Salote; Losaline; 'Ana; Lesieli; Seini")
_TO_HOMES = _rows(
    "Kolofo'ou | Tongatapu; Houma | Tongatapu; Neiafu | Vava'u; Pangai | Ha'apai; "
    "Ohonua | 'Eua; Nuku'alofa | Tongatapu; Lapaha | Tongatapu"
)
_TO_SCHEMES = ("Vaivai'anga Motu'a / Elderly", "Faingata'a'ia / Disability", "Elderly")
_TO_CARERS = ("Foha / Son", "'Ofefine / Daughter", "Mokopuna / Grandchild", "Uaifi / Wife")

# -- Kiribati -----------------------------------------------------------------------------------
_KI_FAMILY = _items("Tekaei; Taaite; Kaitu; Biribo; Tiroa; Rabaua; Teburea")
_KI_GIVEN_M = _items("Tekiree; Bauro; Tetaake; Ioteba; Rereao; Tiimi")
_KI_GIVEN_F = _items("Nei Tabwena; Maria; Teweia; Nei Bwebwe; Kaotiata; Aren")
_KI_HOMES = _rows(
    "Bikenibeu | Tarawa; Betio | Tarawa; Tabwakea | Kiritimati; Tabiang | Abaiang; "
    "Rungata | Nikunau; Taboiaki | Beru; London | Kiritimati"
)
_KI_STATIONS = ("KCCS Betio", "KCCS Bairiki", "Abaiang co-op", "Beru Island Council")
_KI_OFFICERS = ("Tabera Kiaba", "Eritai Tebau", "Baraniko Aata", "Teuaiaki Rimon")

# -- New Zealand --------------------------------------------------------------------------------
_NZ_FAMILY = _items("Tipene; Rangihuna; Brown; Tautahi; Singh; Tupou; Walker; Horomona")
_NZ_GIVEN_M = _items("Manaia; Tane; Jack; Nikau; Ravi; Tevita; Hohepa")
_NZ_GIVEN_F = _items("Kahurangi; Ana; Ruby; Anahera; Priya; Leilani; Moana")
_NZ_HOMES = _rows(
    "14 Kiwi Road | Point Chevalier | Auckland | 1022; Flat 2, 7 Rimu Street | Otara | Auckland "
    "| 2023; 88 Victoria Avenue | Whanganui | Whanganui | 4500; 3/21 Te Rapa Road | Beerescourt "
    "| Hamilton | 3200; 56 Awatea Street | Porirua East | Porirua | 5024"
)
_NZ_GRANTS = _items(
    "Special Needs Grant - Food; Advance Payment of Benefit - Bond; Recoverable Assistance "
    "Payment - Car repairs; Special Needs Grant - Emergency dental; Temporary Additional Support"
)
_NZ_CENTRES = ("Manukau Service Centre", "Otara", "Whanganui", "Hamilton Central", "Porirua")
_NZ_MANAGERS = ("Case Manager K. Ruawai", "A. Fonoti", "J. McKenzie", "R. Patel")


def _vn_home(p: Person, hamlets: tuple[str, ...], communes: tuple[str, ...], province: str) -> str:
    return f"{_pick(p, hamlets, 4)}, {_pick(p, communes, 5)}, {province}"


def _dose(p: Person, days: int) -> str:
    return f"{p.other_date + timedelta(days=days):%d/%m/%Y}"


def _rent(p: Person) -> int:
    return (6 + int(p.bhxh[-3:]) % 60) * 1_000_000


def _fj_tin(p: Person) -> str:
    """A Fiji TIN: nine digits, individuals' starting 1 or 2."""
    return f"{1 + int(p.bhxh[0]) % 2}{p.bhxh[1:9]}"


def _row(p: Person, rows: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return rows[int(p.bhxh) // 5 % len(rows)]


WRITERS_BLIND105: dict[str, Callable[[Person, Col], object]] = {
    # -- tiêm vắc xin phòng dại
    "rabies_addr105": lambda p, c: _vn_home(p, _VN_QN_HAMLETS, _VN_QN_COMMUNES, "tỉnh Quảng Ngãi"),
    "animal105": lambda p, c: _pick(p, _VN_ANIMALS, 2),
    "wound105": lambda p, c: _pick(p, _VN_WOUNDS, 3),
    "grade105": lambda p, c: _pick(p, _VN_GRADES, 4),
    "animal_state105": lambda p, c: _pick(p, _VN_ANIMAL_STATE, 5),
    "sar105": lambda p, c: "Có" if _pick(p, _VN_GRADES, 4) == "Độ III" else "Không",
    "vaccine105": lambda p, c: _pick(p, _VN_VACCINES, 6),
    "dose3_105": lambda p, c: _dose(p, 3),
    "dose7_105": lambda p, c: _dose(p, 7),
    "guardian105": lambda p, c: _other_vn(p, 7) if p.birth.year > 2008 else "",
    "guardian_phone105": lambda p, c: _other_phone(p, "0905") if p.birth.year > 2008 else "",
    "rabies_fee105": lambda p, c: _dotted(325_000 * (4 if int(p.bhxh) % 3 else 5)),
    # -- huấn luyện ATVSLĐ nhóm 3
    "safety_home105": lambda p, c: (
        f"{_pick(p, _VN_HP_STREETS, 3)}, {_pick(p, _VN_HP_WARDS, 2)}, TP Hải Phòng"
    ),
    "hometown105": lambda p, c: _pick(p, ("Hải Phòng", "Thái Bình", "Hải Dương", "Nam Định"), 4),
    "safety_job105": lambda p, c: _pick(p, _VN_SAFETY_JOBS, 5),
    "safety_firm105": lambda p, c: _pick(p, _VN_SAFETY_FIRMS, 6),
    "theory105": lambda p, c: f"{6 + int(p.bhxh[-1]) % 5}",
    "practice105": lambda p, c: _pick(p, ("Đạt", "Đạt", "Đạt", "Không đạt"), 7),
    "card105": lambda p, c: f"{_num(p, 900):03d}/2025/ATLĐ-N3",
    "card_until105": lambda p, c: f"{_shift_date(p.other_date, 2):%d/%m/%Y}",
    # -- khai thuế cho thuê tài sản
    "rent_home105": lambda p, c: (
        f"{_pick(p, _VN_DN_STREETS, 2)}, {_pick(p, _VN_DN_WARDS, 3)}, TP Đà Nẵng"
    ),
    "asset105": lambda p, c: _pick(p, _VN_RENT_ASSETS, 4),
    "tenant105": lambda p, c: _pick(p, _VN_TENANTS, 5),
    "contract105": lambda p, c: f"{_num(p, 300):02d}/2025/HĐTN",
    "rent105": lambda p, c: _dotted(_rent(p)),
    "vat105": lambda p, c: _dotted(_rent(p) // 20),
    "pit105": lambda p, c: _dotted(_rent(p) // 20),
    "rent_until105": lambda p, c: f"{_shift_date(p.other_date, 1):%d/%m/%Y}",
    # -- hỗ trợ thăm viếng mộ liệt sĩ
    "visit_addr105": lambda p, c: _vn_home(p, _VN_NA_HAMLETS, _VN_NA_COMMUNES, "tinh Nghe An"),
    "martyr_rel105": lambda p, c: _pick(p, _VN_MARTYR_REL, 2),
    "martyr105": lambda p, c: _ascii(_other_vn(p, 9, True)),
    "fallen105": lambda p, c: str(1965 + int(p.bhxh[-2:]) % 15),
    "grave105": lambda p, c: _pick(p, _VN_GRAVES, 3),
    "visitors105": lambda p, c: str(1 + int(p.bhxh[-1]) % 3),
    "km105": lambda p, c: str(300 + int(p.bhxh[-3:]) % 900),
    "visit_money105": lambda p, c: _dotted(1_200_000 + int(p.bhxh[-3:]) % 9 * 100_000),
    # -- Fiji: TSLS
    "fj_family105": lambda p, c: _pick(p, _FJ_FAMILY, 2),
    "fj_given105": lambda p, c: _by_sex(p, _FJ_GIVEN_M, _FJ_GIVEN_F, 3),
    "sex_fj105": lambda p, c: "Male" if p.male else "Female",
    "fj_tin105": lambda p, c: _fj_tin(p),
    "fj_birthreg105": lambda p, c: f"{p.birth:%Y}/{p.bhxh[-5:]}",
    "fj_home105": lambda p, c: _pick(p, _FJ_HOMES, 4),
    "fj_phone105": lambda p, c: (
        f"+679 {_pick(p, ('9', '7', '8'), 5)}{p.phone[4:6]} {p.phone[6:10]}"
    ),
    "fj_email105": lambda p, c: (
        f"{_ascii(_by_sex(p, _FJ_GIVEN_M, _FJ_GIVEN_F, 3)).lower()}{p.bhxh[-3:]}@gmail.com"
    ),
    "fj_school105": lambda p, c: _pick(p, _FJ_INSTITUTIONS, 6),
    "fj_programme105": lambda p, c: _pick(p, _FJ_PROGRAMMES, 7),
    "fj_scheme105": lambda p, c: _pick(p, _FJ_SCHEMES, 8),
    "fj_guardian105": lambda p, c: f"{_pick(p, _FJ_GIVEN_M, 9)} {_pick(p, _FJ_FAMILY, 2)}",
    "fj_guardian_phone105": lambda p, c: f"+679 9{p.phone[-3:]} {p.phone[2:6]}",
    "fj_income105": lambda p, c: f"{12_000 + int(p.bhxh[-4:]) % 40_000:,}",
    # -- Samoa: Senior Citizens Benefit Fund
    "ws_name105": lambda p, c: (
        f"{_by_sex(p, _WS_GIVEN_M, _WS_GIVEN_F, 3)} {_pick(p, _WS_FAMILY, 2)}"
    ),
    "sex_ws105": lambda p, c: "Tane" if p.male else "Fafine",
    "ws_scbf105": lambda p, c: f"SCBF-{p.bhxh[-5:]}",
    "ws_id105": lambda p, c: f"{p.bhxh[:4]} {p.bhxh[4:8]} {p.bhxh[8:]}",
    "ws_home105": lambda p, c: _pick(p, _WS_HOMES, 4),
    "ws_phone105": lambda p, c: f"+685 7{_pick(p, ('2', '5', '7'), 5)} {p.phone[5:10]}",
    "ws_nominee105": lambda p, c: f"{_pick(p, _WS_GIVEN_F, 6)} {_pick(p, _WS_FAMILY, 2)}",
    "ws_relation105": lambda p, c: _pick(p, _WS_RELATIONS, 7),
    "ws_pay105": lambda p, c: _pick(p, _WS_PAY, 8),
    "ws_amount105": lambda p, c: "185.00",
    "ws_note105": lambda p, c: _pick(p, ("", "", "Ma'i / Bedridden", "Ua maliu / Deceased"), 9),
    # -- Tonga: Social Welfare Scheme
    "to_family105": lambda p, c: _pick(p, _TO_FAMILY, 2),
    "to_given105": lambda p, c: _by_sex(p, _TO_GIVEN_M, _TO_GIVEN_F, 3),
    "sex_to105": lambda p, c: "Tangata" if p.male else "Fefine",
    "to_id105": lambda p, c: f"{p.birth:%y}{p.bhxh[-7:]}",
    "to_village105": lambda p, c: _row(p, _TO_HOMES)[0],
    "to_island105": lambda p, c: _row(p, _TO_HOMES)[1],
    "to_phone105": lambda p, c: f"+676 {_pick(p, ('77', '84', '87'), 4)}{p.phone[5:10]}",
    "to_scheme105": lambda p, c: _pick(p, _TO_SCHEMES, 5),
    "to_carer105": lambda p, c: f"{_pick(p, _TO_GIVEN_F, 6)} {_pick(p, _TO_FAMILY, 2)}",
    "to_carer_rel105": lambda p, c: _pick(p, _TO_CARERS, 7),
    "to_amount105": lambda p, c: _pick(p, ("TOP 85.00", "TOP 85.00", "TOP 100.00"), 8),
    # -- Kiribati: copra subsidy
    "ki_name105": lambda p, c: (
        f"{_by_sex(p, _KI_GIVEN_M, _KI_GIVEN_F, 3)} {_pick(p, _KI_FAMILY, 2)}"
    ),
    "sex_ki105": lambda p, c: "Mane" if p.male else "Aine",
    "ki_kpf105": lambda p, c: f"KPF {p.bhxh[-6:]}",
    "ki_village105": lambda p, c: _row(p, _KI_HOMES)[0],
    "ki_island105": lambda p, c: _row(p, _KI_HOMES)[1],
    "ki_phone105": lambda p, c: f"+686 73{p.phone[4:6]} {p.phone[6:10]}",
    "ki_kg105": lambda p, c: str(50 + int(p.bhxh[-3:]) % 600),
    "ki_amount105": lambda p, c: f"{(50 + int(p.bhxh[-3:]) % 600) * 2:.2f}",
    "ki_station105": lambda p, c: _pick(p, _KI_STATIONS, 4),
    "ki_officer105": lambda p, c: _pick(p, _KI_OFFICERS, 5),
    # -- New Zealand: Work and Income hardship assistance
    "nz_family105": lambda p, c: _pick(p, _NZ_FAMILY, 2),
    "nz_given105": lambda p, c: _by_sex(p, _NZ_GIVEN_M, _NZ_GIVEN_F, 3),
    "sex_nz105": lambda p, c: _pick(p, ("M", "Male", "Tāne")) if p.male else "F",
    "ird105": lambda p, c: _ird(p),
    "nhi105": lambda p, c: _nhi(p),
    "nz_client105": lambda p, c: f"{3 + int(p.bhxh[0]) % 6}{p.bhxh[::-1][:8]}",
    "nz_street105": lambda p, c: _row(p, _NZ_HOMES)[0],
    "nz_suburb105": lambda p, c: _row(p, _NZ_HOMES)[1],
    "nz_town105": lambda p, c: _row(p, _NZ_HOMES)[2],
    "nz_postcode105": lambda p, c: _row(p, _NZ_HOMES)[3],
    "nz_phone105": lambda p, c: f"02{_pick(p, ('1', '2', '7'), 4)} {p.phone[4:7]} {p.phone[7:10]}",
    "nz_email105": lambda p, c: f"{_pick(p, _NZ_FAMILY, 2).lower()}.{p.bhxh[-4:]}@xtra.co.nz",
    "nz_grant105": lambda p, c: _pick(p, _NZ_GRANTS, 5),
    "nz_amount105": lambda p, c: f"{80 + int(p.bhxh[-3:]) % 900}.00",
    "nz_recover105": lambda p, c: _pick(p, ("Y", "N", "Y"), 6),
    "nz_centre105": lambda p, c: _pick(p, _NZ_CENTRES, 7),
    "nz_manager105": lambda p, c: _pick(p, _NZ_MANAGERS, 8),
}

__all__ = ["WRITERS_BLIND105"]
