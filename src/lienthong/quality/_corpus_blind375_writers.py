"""How the people of the three-hundred-and-seventy-fifth part of the outside corpus (**blind 375**,
:mod:`lienthong.quality._corpus_blind375`) are written: parents who borrow from the social policy
bank for a child's studies and the loan's repayment schedule, pupils on a province's scholarship
list, ethnic-minority students on a study allowance, and students on grant and loan lists in
Nepal, Tunisia, Latvia, the Dominican Republic and Papua New Guinea, with the school, the sum,
the contract, the guardian and the officer beside them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind12_writers import (
    _LV_FAMILY,
    _LV_GIVEN_F,
    _LV_GIVEN_M,
    _LV_PLACES,
    _personas_kods,
)
from lienthong.quality._corpus_blind19_writers import _citizen_np, _np_place
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind69_writers import (
    _DO_FAMILY,
    _DO_GIVEN_F,
    _DO_GIVEN_M,
    _DO_PLACES,
    _cedula_do,
)
from lienthong.quality._corpus_blind69_writers import _place as _do_place_of
from lienthong.quality._corpus_blind99_writers import _PG_FAMILY, _PG_GIVEN_F, _PG_GIVEN_M, _pg_nid
from lienthong.quality._corpus_blind109_writers import (
    _NP_FAMILY,
    _NP_FATHERS,
    _NP_GIVEN_F,
    _NP_GIVEN_M,
)
from lienthong.quality._corpus_blind122_writers import _pg_msisdn, _pg_place
from lienthong.quality._corpus_blind145_writers import (
    _TN_BIRTHPLACES,
    _TN_FAMILY,
    _TN_FATHERS,
    _TN_MEN,
    _TN_PLACES,
    _TN_WOMEN,
    _tn_phone,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

#: (commune, old district, old province)
_VN_PLACES = (
    ("Xã Thanh Sơn", "Huyện Thanh Chương", "Tỉnh Nghệ An"),
    ("Xã Kỳ Tân", "Huyện Kỳ Anh", "Tỉnh Hà Tĩnh"),
    ("Xã Đông Thọ", "Huyện Yên Phong", "Tỉnh Bắc Ninh"),
    ("Xã Phú Lộc", "Huyện Krông Năng", "Tỉnh Đắk Lắk"),
    ("Xã Tân Phú", "Huyện Đức Hòa", "Tỉnh Long An"),
    ("Xã Mường Lói", "Huyện Điện Biên", "Tỉnh Điện Biên"),
)
_VN_HAMLETS = (
    "Thôn 2",
    "Xóm Đông",
    "Ấp Bình Hòa",
    "Bản Huổi Một",
    "Thôn Trung Tâm",
    "Buôn Ea Kmar",
)
_VN_UNIS = (
    "ĐH Vinh",
    "ĐH Kinh tế Quốc dân",
    "CĐ Kỹ thuật Việt - Đức Nghệ An",
    "ĐH Tây Nguyên",
    "HV Nông nghiệp VN",
    "ĐH Sư phạm TP.HCM",
    "CĐ Y tế Hà Tĩnh",
)
_VN_SCHOOLS = (
    "THPT Thanh Chương 1",
    "THCS Kỳ Tân",
    "THPT chuyên Phan Bội Châu",
    "PTDTNT THCS Điện Biên",
    "THPT Krông Năng",
    "TH&THCS Tân Phú",
)
_TO_VAY = ("Tổ 03 - HND", "Tổ 07 - HPN", "Tổ 11 - ĐTN", "Tổ 02 - HCCB", "Tổ 05 - HPN")
_DOI_TUONG = ("HS-SV hộ nghèo", "HS-SV hộ cận nghèo", "HS-SV hộ có HCKK", "HS-SV mồ côi")
_LOAN_STATE = ("Trong hạn", "Trong hạn", "Quá hạn", "Gia hạn nợ", "Trong hạn", "Đã tất toán")
_HOAN_CANH = (
    "Mồ côi cha",
    "Hộ nghèo",
    "Cha mẹ bệnh hiểm nghèo",
    "Hộ cận nghèo",
    "Mồ côi cả cha mẹ",
    "Bố khuyết tật",
)
_XEP_LOAI = ("Giỏi", "Khá", "Giỏi", "Xuất sắc", "Khá")
_DAN_TOC = ("Thái", "Mường", "Ê Đê", "Khơ Mú", "H'Mông", "Tày", "Nùng", "Gia Rai")
_KHOA = ("Khoa Sư phạm Toán", "Khoa Nông học", "Khoa Kế toán", "Khoa Y dược", "Khoa CNTT")
_BANKS = ("Agribank CN Vinh", "BIDV Đắk Lắk", "Vietinbank CN Nghệ An", "Agribank CN Điện Biên")
_KY_NHAN = ("", "Đã nhận", "", "Đã ký", "")
_REPAY_STATE = ("Đã trả", "Đã trả", "Chưa đến hạn", "Trả một phần", "Quá hạn", "Chưa đến hạn")
_OFFICERS = ("Trần Văn Khánh", "Lê Thị Thu Hà", "Phạm Quốc Bảo", "Nguyễn Thị Mai Anh")

_NP_CAMPUS = ("त्रिभुवन विश्वविद्यालय", "पृथ्वीनारायण क्याम्पस", "महेन्द्र मोरङ क्याम्पस", "पाटन संयुक्त क्याम्पस")
_NP_LEVEL = ("स्नातक (B.Ed.)", "प्रमाणपत्र तह", "स्नातक (B.Sc.)", "स्नातकोत्तर (M.A.)")
_NP_KIND = ("गरिब तथा जेहेन्दार", "दलित", "जनजाति", "अपाङ्गता", "शहीद परिवार")
_TN_UNIS = (
    "ISET Kasserine",
    "FSEG Sfax",
    "Faculté de Médecine de Tunis",
    "ENIT",
    "ISLT Tunis",
    "ISET Gafsa",
)
_TN_KIND = ("Bourse / منحة", "Prêt / قرض", "Bourse / منحة", "Aide sociale / إعانة")
_LV_UNIS = (
    "Latvijas Universitāte",
    "RTU",
    "Rīgas Stradiņa universitāte",
    "Daugavpils Universitāte",
)
_LV_PROGS = ("Datorzinātnes", "Medicīna", "Ekonomika", "Būvniecība", "Sociālais darbs")
_LV_KIND = ("Studiju kredīts", "Studējošā kredīts", "Studiju kredīts")
_LV_STATE = ("Aktīvs", "Aktīvs", "Atliktā atmaksa", "Dzēsts daļēji", "Atmaksā")
_DO_UNIS = ("UASD", "PUCMM", "INTEC", "UNAPEC", "UTESA", "ISFODOSU")
_DO_CAREERS = ("Medicina", "Ingeniería Civil", "Educación Básica", "Contabilidad", "Informática")
_DO_BECA = ("Beca Nacional", "Crédito Educativo FUNDAPEC", "Beca Internacional", "Beca Nacional")
_DO_STATE = ("Activo", "Activo", "Suspendido", "Egresado", "Activo")
_PG_INST = ("UPNG", "PNG Unitech", "UOG Goroka", "DWU Madang", "Lae School of Nursing")
_PG_PROG = ("B.Sc. Nursing", "B.Ed. Primary", "B.Eng. Civil", "B.Comm. Accounting", "LLB")
_PG_SCHEME = ("TESAS-SES", "HELP", "TESAS-AES", "HELP")


def _vn_place(p: Person) -> tuple[str, str, str]:
    return _VN_PLACES[int(p.bhxh) // 11 % len(_VN_PLACES)]


def _vnd(p: Person, lo: int, step: int, n: int) -> str:
    return f"{lo + _num(p, n) * step:,}".replace(",", ".")


def _child(p: Person) -> str:
    """The parent's son or daughter, who carries the parent's family name or the other's."""
    return _other_vn(p, 5, family=p.family if p.male else None)


def _khe_uoc(p: Person) -> str:
    return f"{3600 + int(p.bhxh) % 99:04d}LAV{int(p.bhxh) % 10**7:07d}"


def _np_name(p: Person) -> str:
    return f"{_by_sex(p, _NP_GIVEN_M, _NP_GIVEN_F, 1)} {_pick(p, _NP_FAMILY, 2)}"


def _tn_name(p: Person) -> str:
    return f"{_pick(p, _TN_FAMILY, 2)} {_by_sex(p, _TN_MEN, _TN_WOMEN, 1)}"


def _lv_family(p: Person) -> str:
    pair = _LV_FAMILY[int(p.bhxh) // 3 % len(_LV_FAMILY)]
    return pair[0] if p.male else pair[1]


def _lv_addr(p: Person) -> str:
    street, town = _LV_PLACES[int(p.bhxh) // 5 % len(_LV_PLACES)]
    return f"{street} {_num(p, 90)}-{_num(p, 40)}, {town}"


WRITERS_BLIND375: dict[str, Callable[[Person, Col], str]] = {
    "ward375": lambda p, c: _vn_place(p)[0],
    "district375": lambda p, c: _vn_place(p)[1],
    "province375": lambda p, c: _vn_place(p)[2].removeprefix("Tỉnh "),
    "addr375": lambda p, c: f"{_pick(p, _VN_HAMLETS, 3)}, {_vn_place(p)[0]}, {_vn_place(p)[1]}",
    "hamlet375": lambda p, c: _pick(p, _VN_HAMLETS, 3),
    "kh375": lambda p, c: f"{int(p.bhxh) % 10**9:09d}",
    "to375": lambda p, c: _pick(p, _TO_VAY, 4),
    "student375": lambda p, c: _child(p),
    "uni375": lambda p, c: _pick(p, _VN_UNIS, 6),
    "school375": lambda p, c: _pick(p, _VN_SCHOOLS, 6),
    "khoa_hoc375": lambda p, c: f"{2021 + int(p.bhxh) % 5}-{2025 + int(p.bhxh) % 5}",
    "doi_tuong375": lambda p, c: _pick(p, _DOI_TUONG, 7),
    "khe_uoc375": lambda p, c: _khe_uoc(p),
    "vay375": lambda p, c: _vnd(p, 10_000_000, 2_500_000, 16),
    "du_no375": lambda p, c: _vnd(p, 0, 1_000_000, 60),
    "lai375": lambda p, c: _pick(p, ("0,55%/tháng", "0,55%/tháng", "0,65%/tháng"), 8),
    "loan_state375": lambda p, c: _pick(p, _LOAN_STATE, 9),
    "officer375": lambda p, c: _pick(p, _OFFICERS, 10),
    "lop375": lambda p, c: f"{9 + int(p.bhxh) % 4}A{int(p.bhxh) % 7 + 1}",
    "hoan_canh375": lambda p, c: _pick(p, _HOAN_CANH, 11),
    "dtb375": lambda p, c: f"{8 + int(p.bhxh) % 20 / 10:.1f}".replace(".", ","),
    "xep_loai375": lambda p, c: _pick(p, _XEP_LOAI, 12),
    "hb_amount375": lambda p, c: _pick(p, ("2.000.000", "3.000.000", "5.000.000", "2.000.000"), 13),
    "parent375": lambda p, c: _other_vn(p, 14),
    "parent_phone375": lambda p, c: _other_phone(p, "09"),
    "qd375": lambda p, c: f"{1200 + int(p.bhxh) % 800}/QĐ-UBND",
    "dan_toc375": lambda p, c: _pick(p, _DAN_TOC, 15),
    "msv375": lambda p, c: f"{21 + int(p.bhxh) % 5}{int(p.bhxh) % 10**6:06d}",
    "khoa375": lambda p, c: _pick(p, _KHOA, 16),
    "lop_sv375": lambda p, c: f"K{62 + int(p.bhxh) % 5}{_pick(p, ('SPT', 'NH', 'KT', 'YD'), 17)}",
    "ho_ngheo375": lambda p, c: _pick(p, ("Hộ nghèo", "Hộ cận nghèo", "Không", "Hộ nghèo"), 18),
    "stk375": lambda p, c: f"{3600 + int(p.bhxh) % 400}{p.bhxh[::-1]}",
    "bank375": lambda p, c: _pick(p, _BANKS, 19),
    "so_thang375": lambda p, c: _pick(p, ("5", "5", "4", "10"), 20),
    "muc375": lambda p, c: _pick(p, ("1.490.000", "1.800.000", "1.117.500"), 21),
    "thanh_tien375": lambda p, c: _vnd(p, 5_000_000, 500_000, 20),
    "ky_nhan375": lambda p, c: _pick(p, _KY_NHAN, 22),
    "nu375": lambda p, c: "" if p.male else "x",
    "han375": lambda p, c: (
        f"{p.birth.day:02d}/{p.birth.month:02d}/{2027 + int(p.bhxh) % 6}"
        if p.birth.day < 29
        else f"28/{p.birth.month:02d}/{2027 + int(p.bhxh) % 6}"
    ),
    "ky375": lambda p, c: f"Kỳ {int(p.bhxh) % 20 + 1:02d}",
    "goc375": lambda p, c: _vnd(p, 500_000, 250_000, 12),
    "lai_ky375": lambda p, c: _vnd(p, 30_000, 5_000, 30),
    "repay_state375": lambda p, c: _pick(p, _REPAY_STATE, 23),
    # Nepal
    "np_name375": lambda p, c: _np_name(p),
    "np_sex375": lambda p, c: "पुरुष" if p.male else "महिला",
    "np_cit375": lambda p, c: _citizen_np(p),
    "np_issue375": lambda p, c: _np_place(p)[1],
    "np_father375": lambda p, c: f"{_pick(p, _NP_FATHERS, 4)} {_pick(p, _NP_FAMILY, 2)}",
    "np_addr375": lambda p, c: (
        f"{_np_place(p)[2].format(w=1 + int(p.bhxh[-2:]) % 32)}, {_np_place(p)[1]}"
    ),
    "np_phone375": lambda p, c: f"98{p.phone[2:10]}",
    "np_campus375": lambda p, c: _pick(p, _NP_CAMPUS, 5),
    "np_level375": lambda p, c: _pick(p, _NP_LEVEL, 6),
    "np_kind375": lambda p, c: _pick(p, _NP_KIND, 7),
    "np_amount375": lambda p, c: f"रु. {_num(p, 30) * 2500:,}",
    "np_sym375": lambda p, c: f"{int(p.bhxh) % 10**7:07d}",
    # Tunisia
    "tn_name375": lambda p, c: _tn_name(p),
    "tn_sex375": lambda p, c: "ذكر / M" if p.male else "أنثى / F",
    "tn_cin375": lambda p, c: f"{_pick(p, ('0', '1'), 2)}{p.bhxh[-7:]}",
    "tn_birthplace375": lambda p, c: _pick(p, _TN_BIRTHPLACES, 10),
    "tn_street375": lambda p, c: _TN_PLACES[int(p.bhxh) // 7 % len(_TN_PLACES)][0],
    "tn_town375": lambda p, c: _TN_PLACES[int(p.bhxh) // 7 % len(_TN_PLACES)][1],
    "tn_gov375": lambda p, c: _TN_PLACES[int(p.bhxh) // 7 % len(_TN_PLACES)][2],
    "tn_cp375": lambda p, c: _TN_PLACES[int(p.bhxh) // 7 % len(_TN_PLACES)][3],
    "tn_phone375": lambda p, c: _tn_phone(p),
    "tn_uni375": lambda p, c: _pick(p, _TN_UNIS, 5),
    "tn_level375": lambda p, c: _pick(p, ("L1", "L2", "L3", "M1", "Ing. 2"), 6),
    "tn_kind375": lambda p, c: _pick(p, _TN_KIND, 7),
    "tn_amount375": lambda p, c: f"{_pick(p, ('1260', '1575', '1890'), 8)},000",
    "tn_tutor375": lambda p, c: f"{_pick(p, _TN_FATHERS, 9)} {_pick(p, _TN_FAMILY, 2)}",
    "tn_income375": lambda p, c: f"{_num(p, 90) * 100 + 2400} DT",
    "tn_dossier375": lambda p, c: f"OOUC/{2026}/{int(p.bhxh) % 10**6:06d}",
    # Latvia
    "lv_given375": lambda p, c: _by_sex(p, _LV_GIVEN_M, _LV_GIVEN_F, 1),
    "lv_family375": lambda p, c: _lv_family(p),
    "lv_pk375": lambda p, c: _personas_kods(p),
    "lv_addr375": lambda p, c: _lv_addr(p),
    "lv_phone375": lambda p, c: f"+371 2{p.phone[3:10]}",
    "lv_uni375": lambda p, c: _pick(p, _LV_UNIS, 5),
    "lv_prog375": lambda p, c: _pick(p, _LV_PROGS, 6),
    "lv_kind375": lambda p, c: _pick(p, _LV_KIND, 7),
    "lv_contract375": lambda p, c: f"SK-{2020 + int(p.bhxh) % 7}/{int(p.bhxh) % 10**5:05d}",
    "lv_guarantor375": lambda p, c: "Valsts galvojums" if _num(p, 3) == 1 else "Galvotājs",
    "lv_sum375": lambda p, c: f"{_num(p, 40) * 250 + 1000:.2f}".replace(".", ","),
    "lv_state375": lambda p, c: _pick(p, _LV_STATE, 8),
    # Dominican Republic
    "do_given375": lambda p, c: _by_sex(p, _DO_GIVEN_M, _DO_GIVEN_F, 1),
    "do_family375": lambda p, c: f"{_pick(p, _DO_FAMILY, 2)} {_pick(p, _DO_FAMILY, 5)}",
    "do_cedula375": lambda p, c: _cedula_do(p),
    "do_sex375": lambda p, c: "Masculino" if p.male else "Femenino",
    "do_street375": lambda p, c: _do_place_of(p, _DO_PLACES)[0],
    "do_sector375": lambda p, c: _do_place_of(p, _DO_PLACES)[1],
    "do_muni375": lambda p, c: _do_place_of(p, _DO_PLACES)[2],
    "do_prov375": lambda p, c: _do_place_of(p, _DO_PLACES)[3],
    "do_phone375": lambda p, c: (
        f"({_pick(p, ('809', '829', '849'), 3)}) {p.phone[3:6]}-{p.phone[6:10]}"
    ),
    "do_uni375": lambda p, c: _pick(p, _DO_UNIS, 6),
    "do_career375": lambda p, c: _pick(p, _DO_CAREERS, 7),
    "do_index375": lambda p, c: f"{2.8 + int(p.bhxh) % 12 / 10:.1f}",
    "do_beca375": lambda p, c: _pick(p, _DO_BECA, 8),
    "do_state375": lambda p, c: _pick(p, _DO_STATE, 9),
    # Papua New Guinea
    "pg_given375": lambda p, c: _by_sex(p, _PG_GIVEN_M, _PG_GIVEN_F, 1),
    "pg_family375": lambda p, c: _pick(p, _PG_FAMILY, 2).upper(),
    "pg_nid375": lambda p, c: _pg_nid(p),
    "pg_village375": lambda p, c: _pg_place(p)[0],
    "pg_district375": lambda p, c: _pg_place(p)[1],
    "pg_province375": lambda p, c: _pg_place(p)[2],
    "pg_phone375": lambda p, c: _pg_msisdn(p),
    "pg_sid375": lambda p, c: f"{20 + int(p.bhxh) % 7}{int(p.bhxh) % 10**6:06d}",
    "pg_inst375": lambda p, c: _pick(p, _PG_INST, 5),
    "pg_prog375": lambda p, c: _pick(p, _PG_PROG, 6),
    "pg_year375": lambda p, c: f"Year {int(p.bhxh) % 4 + 1}",
    "pg_scheme375": lambda p, c: _pick(p, _PG_SCHEME, 7),
    "pg_sponsor375": lambda p, c: (
        f"{_pick(p, _PG_GIVEN_M, 8)} {_pick(p, _PG_FAMILY, 9)} ({_pick(p, ('Father', 'Uncle'), 3)})"
    ),
    "pg_sponsor_phone375": lambda p, c: f"7{p.bhxh[::-1][:3]} {p.bhxh[3:7]}",
    "pg_amount375": lambda p, c: f"K{_num(p, 40) * 250 + 2000:,}",
}

__all__ = ["WRITERS_BLIND375"]
