"""How the people of the four-hundred-and-thirty-second part of the outside corpus (**blind 432**,
:mod:`lienthong.quality._corpus_blind432`) are written: four Vietnamese files' own columns (a
pupil's reading-culture contest entry and prize, a donor's gift of books to a commune library, a
reader's self-study seat in a provincial library, a reading family's home bookcase and award) and
Chilean, Estonian, Moroccan, Czech and Sri Lankan library members' names, addresses, phones and
identity numbers in the forms their cards show (the RUT's mod-11 digit that may be K, the
isikukood's two-pass mod 11 digit, the CIN with the letters of its office, the rodné číslo
divisible by 11, the old NIC with its V)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _lk_names, _nic_lk
from lienthong.quality._corpus_blind11_writers import (
    _EE_FAMILY,
    _EE_GIVEN_F,
    _EE_GIVEN_M,
    _isikukood,
)
from lienthong.quality._corpus_blind14_writers import (
    _MA_FAMILY,
    _MA_GIVEN_F,
    _MA_GIVEN_M,
    _cin_ma,
    _ma_place,
)
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind45_writers import (
    _CL_FAMILY,
    _CL_GIVEN_F,
    _CL_GIVEN_M,
    _CL_PLACES,
    _place,
    _rut,
)
from lienthong.quality._corpus_blind46_writers import (
    _CZ_GIVEN_F,
    _CZ_GIVEN_M,
    _CZ_PLACES,
    _cz_family,
    _rodne_cislo,
)
from lienthong.quality._corpus_people import _written

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_PRIMARY = ("Trường TH Kim Đồng", "Trường TH&THCS Hòa Bình", "Trường TH Võ Thị Sáu")
_VN_LOWER_SECONDARY = ("Trường THCS Nguyễn Du", "Trường THCS Lê Quý Đôn", "Trường TH&THCS Hòa Bình")
_VN_BOOKS = (
    "Dế Mèn phiêu lưu ký",
    "Tôi thấy hoa vàng trên cỏ xanh",
    "Không gia đình",
    "Hoàng tử bé",
    "Những tấm lòng cao cả",
    "Đất rừng phương Nam",
)
_VN_PRIZES = ("Giải Nhất", "Giải Nhì", "Giải Ba", "Giải Khuyến khích", "Giải Khuyến khích")
_VN_ENTRY_KIND = ("Bài viết", "Video clip", "Bài viết", "Tranh vẽ kèm bài viết")
_VN_DOC_KIND = (
    "Sách thiếu nhi",
    "Sách KHKT nông nghiệp",
    "Truyện tranh",
    "Sách giáo khoa cũ",
    "Báo, tạp chí",
    "Sách văn học",
)
_VN_JOBS = (
    "Sinh viên ĐH Sư phạm",
    "HS lớp 12 THPT chuyên",
    "Ôn thi công chức",
    "Sinh viên CĐ Y tế",
    "Tự do",
    "Nghiên cứu sinh",
)
_VN_PACKAGES = ("Gói tháng", "Gói tuần", "Gói 3 tháng", "Gói tháng")
_VN_READ_MODES = (
    "Đọc sách giấy + sách nói",
    "Mượn sách thư viện xã",
    "Đọc sách điện tử",
    "Tủ sách gia đình",
)
_VN_RANKS = ("Tiêu biểu cấp xã", "Tiêu biểu cấp tỉnh", "Tiêu biểu cấp xã", "Khen thưởng")
#: (street of the home, ward or commune after the 2025 merger, province)
_VN_HOMES = (
    ("Thôn Đông Hạ", "Xã Đông Sơn", "Tỉnh Thanh Hóa"),
    ("Số 14 ngõ 3 đường Trần Phú", "Phường Hạc Thành", "Tỉnh Thanh Hóa"),
    ("Tổ dân phố 5", "Phường Bỉm Sơn", "Tỉnh Thanh Hóa"),
    ("Xóm Bến", "Xã Nga Sơn", "Tỉnh Thanh Hóa"),
    ("Khu phố Bắc Sơn", "Phường Sầm Sơn", "Tỉnh Thanh Hóa"),
)
_EE_PLACES = (
    ("Narva mnt 7-12", "Tallinn", "10117"),
    ("Tähe 4-3", "Tartu", "51010"),
    ("Rüütli 20", "Pärnu", "80010"),
    ("Pikk 35-2", "Rakvere", "44307"),
    ("Lossi 9", "Viljandi", "71004"),
)
_EE_LIBRARIES = ("Tallinna Keskraamatukogu", "Tartu Linnaraamatukogu", "Pärnu Keskraamatukogu")
#: (permanent address, district)
_LK_HOMES = (
    ("No. 45/2, Galle Road, Colombo 03", "Colombo"),
    ("No. 112, Kandy Road, Kiribathgoda", "Gampaha"),
    ("No. 7, Main Street, Matara", "Matara"),
    ("No. 23/A, Temple Road, Nugegoda", "Colombo"),
    ("No. 88, Peradeniya Road, Kandy", "Kandy"),
)
_LK_GN = ("K.A. Wickramasinghe", "R.M. Herath", "W.D. Gunasekara", "H.P. Rajapaksha")
_LK_JOBS = ("Teacher", "Student", "Clerk", "Retired", "Nurse", "Engineer", "Housewife")
_MA_AR_FAMILY = ("العلوي", "بنعلي", "الإدريسي", "التازي", "المريني", "الفاسي", "بناني")
_MA_AR_GIVEN_M = ("محمد", "يوسف", "حمزة", "رشيد", "عبد الإله", "المهدي", "سعيد")
_MA_AR_GIVEN_F = ("فاطمة الزهراء", "خديجة", "سلمى", "نادية", "إيمان", "هاجر", "مريم")


def _pupil_birth(p: Person) -> date:
    """A pupil's birthday in 2026's contest: the person's day and month, aged 9 to 14."""
    return _safe_day(2012 + int(p.bhxh) % 6, p.birth.month, p.birth.day)


def _home(p: Person) -> tuple[str, ...]:
    return _place(p, _VN_HOMES)


def _home_address(p: Person) -> str:
    street, ward, province = _home(p)
    return f"{street}, {ward}, {province}"


def _grade(p: Person) -> str:
    age = 2026 - _pupil_birth(p).year
    return f"{age - 5}{'ABCDE'[int(p.bhxh) % 5]}"


def _seat_start(p: Person) -> date:
    return _safe_day(2026, 1 + int(p.bhxh) % 11, p.birth.day)


def _lk_initials(p: Person) -> str:
    ancestral, first, second, family = _lk_names(p)
    return f"{ancestral[0]}.{first[0]}.{second[0]}. {family}"


def _cz_titul(p: Person) -> str:
    return _pick(p, ("", "", "Mgr.", "Ing.", "", "Bc.", "MUDr."), 7)


def _ma_ar_full(p: Person) -> str:
    return f"{_by_sex(p, _MA_AR_GIVEN_M, _MA_AR_GIVEN_F, 1)} {_pick(p, _MA_AR_FAMILY, 2)}"


WRITERS_BLIND432: dict[str, Callable[[Person, Col], object]] = {
    "pupil_birth432": lambda p, c: _written(_pupil_birth(p), c.date_format),
    "pupil_id432": lambda p, c: _cccd_of(p, p.male, _pupil_birth(p).year),
    "grade432": lambda p, c: _grade(p),
    "school432": lambda p, c: _pick(
        p, _VN_PRIMARY if int(_grade(p)[:-1]) <= 5 else _VN_LOWER_SECONDARY, 2
    ),
    "parent432": lambda p, c: _other_vn(p, 3, None, p.family),
    "parent_phone432": lambda p, c: _other_phone(p, "098"),
    "entry_kind432": lambda p, c: _pick(p, _VN_ENTRY_KIND, 4),
    "book432": lambda p, c: _pick(p, _VN_BOOKS, 5),
    "score432": lambda p, c: f"{_num(p, 30) / 2 + 80:.1f}".replace(".", ","),
    "prize432": lambda p, c: _pick(p, _VN_PRIZES, 6),
    "teacher432": lambda p, c: f"Cô {_other_vn(p, 7, False)}",
    "copies432": lambda p, c: str(_num(p, 60) + 2),
    "doc_kind432": lambda p, c: _pick(p, _VN_DOC_KIND, 2),
    "value432": lambda p, c: f"{(_num(p, 90) + 10) * 25_000:,}".replace(",", "."),
    "receipt432": lambda p, c: f"{_num(p, 400):03d}/BN-TVX",
    "librarian432": lambda p, c: _other_vn(p, 8, False),
    "card432": lambda p, c: f"TVT{p.bhxh[-6:]}",
    "job432": lambda p, c: "Hưu trí" if p.birth.year < 1966 else _pick(p, _VN_JOBS, 3),
    "package432": lambda p, c: _pick(p, _VN_PACKAGES, 4),
    "seat432": lambda p, c: f"{'ABC'[int(p.bhxh) % 3]}-{_num(p, 48):02d}",
    "seat_from432": lambda p, c: _written(_seat_start(p), c.date_format),
    "seat_until432": lambda p, c: _written(_shift_date(_seat_start(p), 1), c.date_format),
    "seat_fee432": lambda p, c: _pick(p, ("50.000", "20.000", "120.000", "50.000"), 4),
    "home432": lambda p, c: _home_address(p),
    "home_ward432": lambda p, c: _home(p)[1],
    "members432": lambda p, c: str(_num(p, 5) + 2),
    "home_books432": lambda p, c: str((_num(p, 40) + 5) * 10),
    "card_holders432": lambda p, c: str(_num(p, 4)),
    "read_mode432": lambda p, c: _pick(p, _VN_READ_MODES, 5),
    "rank432": lambda p, c: _pick(p, _VN_RANKS, 6),
    "decision432": lambda p, c: f"{_num(p, 300) + 100}/QĐ-UBND",
    "rut_cl432": lambda p, c: _rut(p),
    "cl_given432": lambda p, c: _by_sex(p, _CL_GIVEN_M, _CL_GIVEN_F, 1),
    "cl_pat432": lambda p, c: _pick(p, _CL_FAMILY, 2),
    "cl_mat432": lambda p, c: _pick(p, _CL_FAMILY, 3),
    "street_cl432": lambda p, c: _place(p, _CL_PLACES)[0],
    "comuna_cl432": lambda p, c: _place(p, _CL_PLACES)[1],
    "phone_cl432": lambda p, c: f"9 {p.phone[2:6]} {p.phone[6:10]}",
    "socio_cl432": lambda p, c: f"S-{p.bhxh[-5:]}",
    "tipo_cl432": lambda p, c: (
        "Adulto mayor" if p.birth.year < 1961 else _pick(p, ("Adulto", "Estudiante", "Adulto"), 4)
    ),
    "aval_cl432": lambda p, c: _pick(p, ("", "", "Rosa Soto (madre)", "Luis Rojas (padre)"), 5),
    "prestamos_cl432": lambda p, c: str(_num(p, 4) - 1),
    "ik_ee432": lambda p, c: _isikukood(p),
    "ee_given432": lambda p, c: _by_sex(p, _EE_GIVEN_M, _EE_GIVEN_F, 1),
    "ee_family432": lambda p, c: _pick(p, _EE_FAMILY, 2),
    "sex_ee432": lambda p, c: "M" if p.male else "N",
    "street_ee432": lambda p, c: _place(p, _EE_PLACES)[0],
    "town_ee432": lambda p, c: _place(p, _EE_PLACES)[1],
    "pc_ee432": lambda p, c: _place(p, _EE_PLACES)[2],
    "phone_ee432": lambda p, c: f"+372 5{p.phone[3:6]} {p.phone[6:10]}",
    "card_ee432": lambda p, c: f"3728{p.bhxh[:8]}",
    "lib_ee432": lambda p, c: _pick(p, _EE_LIBRARIES, 3),
    "valid_ee432": lambda p, c: _written(_shift_date(p.other_date, 3), c.date_format),
    "debt_ee432": lambda p, c: _pick(p, ("0,00", "0,00", "1,50", "4,20", "0,00", "12,00"), 4),
    "cin_ma432": lambda p, c: _cin_ma(p),
    "ma_family432": lambda p, c: _pick(p, _MA_FAMILY, 2),
    "ma_given432": lambda p, c: _by_sex(p, _MA_GIVEN_M, _MA_GIVEN_F, 1),
    "ma_full_ar432": lambda p, c: _ma_ar_full(p),
    "sex_ma432": lambda p, c: "Masculin / ذكر" if p.male else "Féminin / أنثى",
    "addr_ma432": lambda p, c: f"{_num(p, 90)}, {_ma_place(p)[3]}",
    "ville_ma432": lambda p, c: _ma_place(p)[1],
    "phone_ma432": lambda p, c: f"06 {p.phone[2:4]} {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}",
    "adh_ma432": lambda p, c: f"BM/{p.bhxh[-4:]}/26",
    "cat_ma432": lambda p, c: (
        "Adulte" if p.birth.year < 1990 else _pick(p, ("Étudiant", "Chercheur", "Adulte"), 3)
    ),
    "etab_ma432": lambda p, c: _pick(p, ("Université Hassan II", "Lycée Ibn Battouta", "—"), 4),
    "cotis_ma432": lambda p, c: _pick(p, ("50", "30", "100", "50"), 5),
    "rc_cz432": lambda p, c: _rodne_cislo(p),
    "cz_family432": lambda p, c: _cz_family(p),
    "cz_given432": lambda p, c: _by_sex(p, _CZ_GIVEN_M, _CZ_GIVEN_F, 1),
    "titul_cz432": lambda p, c: _cz_titul(p),
    "street_cz432": lambda p, c: _place(p, _CZ_PLACES)[0],
    "obec_cz432": lambda p, c: _place(p, _CZ_PLACES)[1],
    "psc_cz432": lambda p, c: _place(p, _CZ_PLACES)[2],
    "phone_cz432": lambda p, c: f"+420 6{p.phone[3:5]} {p.phone[5:8]} {p.phone[8:10]}{p.bhxh[0]}",
    "op_cz432": lambda p, c: f"{p.bhxh[1:10]}",
    "prukaz_cz432": lambda p, c: f"2700{p.bhxh[-8:]}",
    "kat_cz432": lambda p, c: _pick(p, ("dospělý", "student", "senior", "dítě do 15 let"), 3),
    "valid_cz432": lambda p, c: _written(_shift_date(p.other_date, 1), c.date_format),
    "dluh_cz432": lambda p, c: _pick(p, ("0", "0", "20", "45", "0", "150"), 4),
    "zastupce_cz432": lambda p, c: _pick(p, ("", "", "", "Jana Nováková (matka)"), 5),
    "nic_lk432": lambda p, c: _nic_lk(p),
    "lk_initials432": lambda p, c: _lk_initials(p),
    "lk_denoted432": lambda p, c: " ".join(_lk_names(p)[:3]),
    "sex_lk432": lambda p, c: "Male" if p.male else "Female",
    "addr_lk432": lambda p, c: _place(p, _LK_HOMES)[0],
    "district_lk432": lambda p, c: _place(p, _LK_HOMES)[1],
    "phone_lk432": lambda p, c: f"07{p.phone[2]} {p.phone[3:6]} {p.phone[6:10]}",
    "member_lk432": lambda p, c: f"PL/{p.bhxh[-5:]}",
    "job_lk432": lambda p, c: _pick(p, _LK_JOBS, 3),
    "guarantor_lk432": lambda p, c: f"{_pick(p, _LK_GN, 4)} (Grama Niladhari)",
    "guarantor_nic_lk432": lambda p, c: f"{60 + int(p.bhxh[0])}{p.bhxh[2:9]}V",
    "fee_lk432": lambda p, c: _pick(p, ("100.00", "250.00", "100.00", "50.00"), 5),
}
