"""How the people of the three-hundred-and-thirty-seventh part of the outside corpus (**blind
337**, :mod:`lienthong.quality._corpus_blind337`) are written: contracts between two parties,
where the record's person is one party and the other party (a buyer, a seller, a tenant, a
borrower, an attorney, a lessor, a vendor) stands in the columns beside it: Vietnamese land
parcels, motorbike plates and frame numbers, rents, loans and powers of attorney; the Korean
resident registration number with its check digit, Japanese plates and chassis numbers, a
Philippine notarial register's document, page and book, an Indonesian PPAT deed's number."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind112_writers import (
    _jp_name,
    _jp_place,
    _kr_addr,
    _kr_name,
    _wareki,
)
from lienthong.quality._corpus_blind117_writers import _psn
from lienthong.quality._corpus_blind156_writers import _ID_PLACES, _ID_POB, _nik, _place

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_PLACES = (
    "Thôn Đông, xã Hòa Phú, huyện Hòa Vang, TP Đà Nẵng",
    "Tổ 5, phường Tân Hòa, TP Hòa Bình, tỉnh Hòa Bình",
    "Ấp 3, xã Tân Thạnh Đông, huyện Củ Chi, TP.HCM",
    "Xóm 7, xã Nghi Phong, huyện Nghi Lộc, tỉnh Nghệ An",
    "Khu phố 2, phường Bình Chiểu, TP Thủ Đức, TP.HCM",
    "Thôn Phú Xuân, xã Phú Đa, huyện Phú Vang, tỉnh Thừa Thiên Huế",
)
_LAND_USE = ("ONT", "ODT", "CLN", "LUC", "ONT+CLN", "BHK")
_OFFICERS = ("Nguyễn Văn Toàn", "Lê Thị Hương", "Phạm Quốc Bảo", "Trần Thị Minh Thư")
_BIKES = (
    "Honda Wave Alpha 110",
    "Honda Vision 110",
    "Yamaha Sirius 110",
    "Honda Air Blade 125",
    "Yamaha Exciter 150",
    "Suzuki Raider 150",
    "Honda Lead 125",
)
_RENT_HOUSES = (
    "Phòng 3, số 18 ngõ 42 Trần Cung",
    "Số 7/12 hẻm 45 Lê Văn Thọ",
    "Nhà số 25 kiệt 120 Hoàng Diệu",
    "Tầng 2, số 96 đường 30/4",
)
_KIN = ("Cha", "Mẹ", "Anh ruột", "Chị ruột", "Vợ", "Chồng", "Em ruột", "Bạn")
_LOAN_STATE = ("Đang vay", "Đang vay", "Đã tất toán", "Quá hạn 1 kỳ", "Gia hạn nợ")
_POA = (
    "Quản lý, sử dụng, cho thuê thửa đất số {n}",
    "Thay mặt làm thủ tục sang tên xe mô tô",
    "Nhận lương hưu, trợ cấp BHXH hằng tháng",
    "Thay mặt làm thủ tục cấp đổi GCN QSDĐ",
    "Thay mặt vay vốn, thế chấp tài sản tại ngân hàng",
)
_POA_TERM = ("05 năm", "10 năm", "Cho đến khi hoàn thành công việc", "02 năm", "01 năm")
_NOTARIES = ("CCV Nguyễn Thị Kim Oanh", "CCV Hoàng Văn Nam", "CCV Đặng Minh Châu")
# -- Korea ----------------------------------------------------------------------------------------
_KR_AGENTS = ("행복공인중개사사무소", "한빛부동산", "푸른공인중개사", "대성부동산중개", "직거래")
_KR_LEASE = ("전세", "전세", "전세", "보증부월세")
# -- Japan ----------------------------------------------------------------------------------------
_JP_PLATE = ("札幌", "宮城", "名古屋", "大阪", "福岡")
_JP_KANA = "あいうえかきくけこさすせそたちつてとなにぬねのはひふほまみむめもやゆよらりるれろわ"
_JP_CARS = (
    ("トヨタ プリウス", "ZVW30"),
    ("ホンダ フィット", "GK3"),
    ("日産 ノート", "E12"),
    ("スズキ ワゴンR", "MH55S"),
    ("ダイハツ タント", "LA600S"),
    ("マツダ デミオ", "DJ5FS"),
)
_JP_STAFF = ("佐藤", "鈴木", "高橋", "田中", "渡辺")
# -- Philippines ----------------------------------------------------------------------------------
_PH_FAMILY = ("Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza", "Garcia")
_PH_GIVEN_M = ("Jose", "Ramon", "Eduardo", "Rogelio", "Antonio", "Mark Anthony")
_PH_GIVEN_F = ("Maria Luisa", "Rosario", "Teresita", "Jocelyn", "Mary Grace", "Lorna")
_PH_MIDDLE = ("Aquino", "Castillo", "Ramos", "Pascual", "Torres", "Navarro")
_PH_PLACES = (
    "Blk 12 Lot 8 Phase 2, Brgy. Molino III, Bacoor City, Cavite",
    "123 M. H. del Pilar St., Brgy. Malanday, Marikina City",
    "Purok 4, Brgy. San Isidro, Cabanatuan City, Nueva Ecija",
    "45-B Sampaguita St., Brgy. Lahug, Cebu City",
    "Unit 3C Bldg. 5, Brgy. Ugong, Pasig City",
)
_PH_NATURE = (
    "Deed of Absolute Sale",
    "Deed of Absolute Sale",
    "Deed of Conditional Sale",
    "Deed of Sale of Motor Vehicle",
    "Deed of Absolute Sale w/ Assumption of Mortgage",
)
_PH_IDS = ("Driver's License", "UMID", "Passport", "PhilID", "Postal ID", "PRC ID")
# -- Indonesia ------------------------------------------------------------------------------------
_ID_GIVEN_M = ("Budi Santoso", "Agus Setiawan", "Hendra Wijaya", "Rudi Hartono", "Slamet Riyadi")
_ID_GIVEN_F = ("Siti Aminah", "Dewi Lestari", "Sri Wahyuni", "Rina Kartika", "Endang Susanti")
_ID_SELLERS = ("H. Abdul Rochim", "Ny. Suparmi", "Drs. Bambang Sutrisno", "Hj. Nur Aini")
_ID_DEED = ("Jual Beli", "Jual Beli", "Jual Beli", "Hibah", "Tukar Menukar")
_ID_HAK = ("SHM No. {n}", "SHGB No. {n}", "SHM No. {n}", "SHMSRS No. {n}")


def _year(p: Person) -> int:
    return p.other_date.year


def _other_cccd(p: Person, salt: int) -> str:
    male = int(p.bhxh) // (salt + 1) % 2 == 0
    return _cccd_of(p, male, 1955 + _num(p, 45))


def _vn_place(p: Person, salt: int) -> str:
    return _pick(p, _VN_PLACES, salt)


def _dmy(d: date) -> str:
    return f"{d:%d/%m/%Y}"


def _kr_rrn(p: Person) -> str:
    """A resident registration number on the birth date: yymmdd-Sxxxxx and its mod-11 digit."""
    sex = (3 if p.birth.year >= 2000 else 1) + (0 if p.male else 1)
    head = f"{p.birth:%y%m%d}{sex}{p.bhxh[3:8]}"
    weights = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    check = (11 - sum(int(d) * w for d, w in zip(head, weights, strict=True)) % 11) % 10
    return f"{head[:6]}-{head[6:]}{check}"


def _jp_plate(p: Person) -> str:
    kana = _JP_KANA[int(p.bhxh[2:6]) % len(_JP_KANA)]
    return f"{_pick(p, _JP_PLATE, 1)} {300 + _num(p, 200)} {kana} {p.bhxh[5:7]}-{p.bhxh[7:9]}"


def _jp_car(p: Person) -> tuple[str, str]:
    return _JP_CARS[int(p.bhxh) // 3 % len(_JP_CARS)]


def _ph_name(p: Person, salt: int, male: bool) -> str:
    given = _pick(p, _PH_GIVEN_M if male else _PH_GIVEN_F, salt)
    return f"{given} {_pick(p, _PH_MIDDLE, salt + 1)[0]}. {_pick(p, _PH_FAMILY, salt + 2)}"


def _id_addr(p: Person) -> str:
    _, street, rtrw, village, sub, city = _place(p, _ID_PLACES)
    return f"{street} RT/RW {rtrw}, Kel. {village}, Kec. {sub}, {city}"


WRITERS_BLIND337: dict[str, Callable[[Person, Col], object]] = {
    # land-use-right transfers
    "so_ct337": lambda p, c: f"{_num(p, 400) + 1}, quyển số 0{_num(p, 3) + 1}/{_year(p)}-SCT/HĐ,GD",
    "ben_nhan337": lambda p, c: _other_vn(p, 3),
    "cccd_nhan337": lambda p, c: _other_cccd(p, 3),
    "dc_nhan337": lambda p, c: _vn_place(p, 4),
    "thua337": lambda p, c: str(_num(p, 900) + 12),
    "to_bd337": lambda p, c: str(_num(p, 60) + 1),
    "dt337": lambda p, c: f"{80 + _num(p, 900)},{_num(p, 9)}",
    "md337": lambda p, c: _pick(p, _LAND_USE, 2),
    "gcn337": lambda p, c: f"{_pick(p, ('CS', 'BĐ', 'CH', 'DA'), 3)} {p.bhxh[3:9]}",
    "gia337": lambda p, c: f"{(_num(p, 300) + 20) * 10_000_000:,}".replace(",", "."),
    "can_bo337": lambda p, c: _pick(p, _OFFICERS, 5),
    # used motorbikes
    "xm_ban337": lambda p, c: _other_vn(p, 6),
    "xm_cccd_ban337": lambda p, c: _other_cccd(p, 6),
    "xm_dc_ban337": lambda p, c: _vn_place(p, 7),
    "xm_hieu337": lambda p, c: _pick(p, _BIKES, 2),
    "xm_bien337": lambda p, c: (
        f"{_pick(p, ('59', '29', '43', '37', '75'), 3)}-"
        f"{_pick(p, ('F1', 'K2', 'B1', 'H7', 'X3'), 4)} {p.bhxh[4:7]}.{p.bhxh[7:9]}"
    ),
    "xm_khung337": lambda p, c: f"RLHJC{p.bhxh[1:3]}0{p.bhxh[3:5]}Y{p.bhxh[4:10]}",
    "xm_may337": lambda p, c: f"JC{p.bhxh[2:4]}E-{p.bhxh[4:10]}{p.phone[-1]}",
    "xm_dk337": lambda p, c: f"{p.bhxh[6:]}{p.phone[-2:]}",
    "xm_gia337": lambda p, c: f"{(_num(p, 40) + 4) * 1_000_000:,}".replace(",", "."),
    # house rentals registered with the ward
    "tn_hd337": lambda p, c: f"{_num(p, 200) + 1}/{_year(p)}/HĐTN",
    "tn_nha337": lambda p, c: _pick(p, _RENT_HOUSES, 3),
    "tn_thue337": lambda p, c: _other_vn(p, 8),
    "tn_id_thue337": lambda p, c: _other_cccd(p, 8),
    "tn_que337": lambda p, c: _vn_place(p, 9),
    "tn_sdt_thue337": lambda p, c: _other_phone(p, "03"),
    "tn_so337": lambda p, c: str(_num(p, 5) + 1),
    "tn_gia337": lambda p, c: f"{(_num(p, 12) + 2) * 500_000:,}".replace(",", "."),
    "tn_han337": lambda p, c: _dmy(_shift_date(p.other_date, 1 + _num(p, 3))),
    # loan guarantors
    "bl_hd337": lambda p, c: f"{_num(p, 900) + 1:04d}/{_year(p)}/HĐBL-QTD",
    "bl_qh337": lambda p, c: _pick(p, _KIN, 2),
    "bl_vay337": lambda p, c: _other_vn(p, 10),
    "bl_matv337": lambda p, c: f"TV{p.bhxh[4:9]}",
    "bl_cccd_vay337": lambda p, c: _other_cccd(p, 10),
    "bl_hdtd337": lambda p, c: f"{_num(p, 900) + 1:04d}/{_year(p)}/HĐTD",
    "bl_tien337": lambda p, c: f"{(_num(p, 60) + 5) * 10_000_000:,}",
    "bl_han337": lambda p, c: _dmy(_shift_date(p.other_date, 1 + _num(p, 4))),
    "bl_tt337": lambda p, c: _pick(p, _LOAN_STATE, 3),
    "bl_cb337": lambda p, c: _pick(p, _OFFICERS, 4),
    # powers of attorney
    "uq_so337": lambda p, c: (
        f"{_num(p, 900) + 1:04d}/{_year(p)}, quyển số 0{_num(p, 4) + 1} TP/CC-SCC/HĐGD"
    ),
    "uq_nhan337": lambda p, c: _other_vn(p, 11),
    "uq_ns337": lambda p, c: _dmy(date(1960 + _num(p, 40), 1 + _num(p, 12) % 12, _num(p, 28))),
    "uq_cccd337": lambda p, c: _other_cccd(p, 11),
    "uq_dc337": lambda p, c: _vn_place(p, 12),
    "uq_nd337": lambda p, c: _pick(p, _POA, 3).format(n=_num(p, 500) + 10),
    "uq_han337": lambda p, c: _pick(p, _POA_TERM, 4),
    "uq_ccv337": lambda p, c: _pick(p, _NOTARIES, 5),
    "uq_phi337": lambda p, c: _pick(p, ("50.000", "100.000", "50.000", "200.000"), 6),
    # Korea: fixed-date register of jeonse leases
    "kr_fix337": lambda p, c: f"{_year(p)}-{_num(p, 9000) + 100:05d}",
    "kr_name337": lambda p, c: _kr_name(p),
    "kr_rrn337": lambda p, c: _kr_rrn(p),
    "kr_phone337": lambda p, c: f"010-{p.phone[2:6]}-{p.phone[6:10]}",
    "kr_addr337": lambda p, c: _kr_addr(p),
    "kr_lessor337": lambda p, c: (
        _pick(p, ("한", "오", "서", "신", "권", "황"), 3)
        + _by_sex(p, ("순자", "미경"), ("상철", "재원"), 4)
    ),
    "kr_lessor_tel337": lambda p, c: f"010-{p.bhxh[2:6]}-{p.bhxh[6:10]}",
    "kr_kind337": lambda p, c: _pick(p, _KR_LEASE, 2),
    "kr_deposit337": lambda p, c: f"{(_num(p, 40) + 8) * 10_000_000:,}",
    "kr_start337": lambda p, c: f"{p.other_date:%Y-%m-%d}",
    "kr_end337": lambda p, c: f"{_shift_date(p.other_date, 2):%Y-%m-%d}",
    "kr_agent337": lambda p, c: _pick(p, _KR_AGENTS, 5),
    # Japan: used-car ownership transfers
    "jp_plate337": lambda p, c: _jp_plate(p),
    "jp_chassis337": lambda p, c: f"{_jp_car(p)[1]}-{p.bhxh[3:10]}",
    "jp_car337": lambda p, c: _jp_car(p)[0],
    "jp_name337": lambda p, c: _jp_name(p),
    "jp_wareki337": lambda p, c: _wareki(p.birth),
    "jp_zip337": lambda p, c: _jp_place(p)[0],
    "jp_addr337": lambda p, c: f"{_jp_place(p)[1]}{_jp_place(p)[2]}",
    "jp_tel337": lambda p, c: f"0{_pick(p, ('90', '80', '70'), 3)}-{p.phone[2:6]}-{p.phone[6:10]}",
    "jp_old337": lambda p, c: (
        _pick(p, ("小林", "加藤", "山本", "中村", "伊藤"), 5)
        + "\u3000"
        + _pick(p, ("健一", "和子", "博", "洋子", "茂"), 6)
    ),
    "jp_old_addr337": lambda p, c: _pick(
        p, ("東京都足立区梅島2丁目3-5", "千葉県船橋市本町4丁目1-2", "埼玉県川口市栄町1-8"), 7
    ),
    "jp_transfer337": lambda p, c: f"{p.other_date - timedelta(days=3 + _num(p, 20)):%Y/%m/%d}",
    "jp_garage337": lambda p, c: f"第{_num(p, 9000) + 1000}号",
    "jp_staff337": lambda p, c: _pick(p, _JP_STAFF, 8),
    # Philippines: notarial register of deeds of sale
    "ph_doc337": lambda p, c: str(_num(p, 450) + 1),
    "ph_page337": lambda p, c: str(_num(p, 90) + 1),
    "ph_book337": lambda p, c: _pick(p, ("I", "II", "III", "IV", "V"), 3),
    "ph_nature337": lambda p, c: _pick(p, _PH_NATURE, 4),
    "ph_vendor337": lambda p, c: _ph_name(p, 5, int(p.bhxh[0]) % 2 == 0).upper(),
    "ph_vendor_id337": lambda p, c: f"{_pick(p, _PH_IDS, 6)} No. {p.bhxh[::-1][:9]}",
    "ph_vendee337": lambda p, c: _ph_name(p, 1, p.male),
    "ph_psn337": lambda p, c: _psn(p),
    "ph_tin337": lambda p, c: f"{p.bhxh[:3]}-{p.bhxh[3:6]}-{p.bhxh[6:9]}-000",
    "ph_addr337": lambda p, c: _pick(p, _PH_PLACES, 2),
    "ph_phone337": lambda p, c: f"09{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "ph_tct337": lambda p, c: f"TCT No. {_pick(p, ('T-', '', '004-'), 7)}{p.bhxh[2:8]}",
    "ph_price337": lambda p, c: f"{(_num(p, 90) + 5) * 50_000:,}.00",
    "ph_fee337": lambda p, c: _pick(p, ("1,500.00", "2,000.00", "3,000.00", "5,000.00"), 8),
    # Indonesia: a PPAT's register of deeds
    "id_akta337": lambda p, c: f"{_num(p, 300) + 1}/{_year(p)}",
    "id_pbh337": lambda p, c: _pick(p, _ID_DEED, 2),
    "id_penjual337": lambda p, c: _pick(p, _ID_SELLERS, 3),
    "id_nik_penjual337": lambda p, c: f"{_place(p, _ID_PLACES)[0]}{p.bhxh[:10]}",
    "id_alamat_penjual337": lambda p, c: f"Jl. Diponegoro No. {_num(p, 90) + 1}, Surabaya",
    "id_name337": lambda p, c: _by_sex(p, _ID_GIVEN_M, _ID_GIVEN_F, 1),
    "id_nik337": lambda p, c: _nik(p),
    "id_pob337": lambda p, c: _pick(p, _ID_POB, 4),
    "id_addr337": lambda p, c: _id_addr(p),
    "id_npwp337": lambda p, c: (
        f"{p.bhxh[:2]}.{p.bhxh[2:5]}.{p.bhxh[5:8]}.{p.bhxh[8]}-{_num(p, 900) + 100}.000"
    ),
    "id_hak337": lambda p, c: _pick(p, _ID_HAK, 5).format(n=_num(p, 4000) + 100),
    "id_letak337": lambda p, c: f"Desa/Kel. {_pick(p, ('Wonoayu', 'Sukodono', 'Candi'), 6)}",
    "id_luas337": lambda p, c: str(_num(p, 400) + 60),
    "id_harga337": lambda p, c: f"{(_num(p, 90) + 10) * 10_000_000:,}".replace(",", "."),
    "id_nop337": lambda p, c: (
        f"35.15.{p.bhxh[:3]}.{p.bhxh[3:6]}.{p.bhxh[6:9]}-{p.bhxh[9]}0{_num(p, 9)}.0"
    ),
}
