"""How the people of the three-hundred-and-sixty-seventh part of the outside corpus (**blind
367**, :mod:`lienthong.quality._corpus_blind367`) are written: lists one agency reconciled
against another's register, the agency's own columns beside the columns the other register
returned (the Vietnamese national population database, the Estonian population register over
X-Road, Singapore's Myinfo, the Italian ANPR behind an OOTS request, India's DigiLocker)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _pick
from lienthong.quality._corpus_blind11_writers import _isikukood
from lienthong.quality._corpus_blind14_writers import _nric, _sg_home, _sg_name
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind114_writers import _codice_fiscale, _it_family, _it_given
from lienthong.quality._corpus_blind148_writers import _ee_family, _ee_given, _ee_home
from lienthong.quality._corpus_blind156_writers import _sg_phone
from lienthong.quality._corpus_blind164_writers import _aadhaar_spaced, _in_phone
from lienthong.quality._corpus_blind307_writers import _in_name

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_RESULTS = ("Khớp", "Khớp", "Sai lệch", "Khớp", "Không tìm thấy", "Khớp", "Sai lệch")
_VN_FIELDS = ("", "", "Ngày sinh", "", "Họ tên", "", "Giới tính; Nơi thường trú")
_BTXH_KINDS = (
    "Người cao tuổi từ đủ 80 tuổi",
    "Người khuyết tật nặng",
    "Người khuyết tật đặc biệt nặng",
    "Người đơn thân nghèo nuôi con",
    "Trẻ em mồ côi",
)
_BTXH_MONEY = ("540.000", "810.000", "1.080.000", "360.000", "1.620.000")
_TAX_KINDS = ("Hộ kinh doanh", "Cá nhân cho thuê tài sản", "Cá nhân có thu nhập từ tiền lương")
_TAX_OFFICES = ("Chi cục Thuế khu vực Ba Đình", "Chi cục Thuế Quận 7", "Chi cục Thuế TP Thủ Đức")
_GPLX_CLASSES = ("A1", "B2", "A1, B2", "C", "B1", "A2, C")
_BANKS = ("VCB CN Sở Giao dịch", "BIDV CN Đông Sài Gòn", "Agribank CN Tây Hồ", "MB CN Hoàn Kiếm")
_BANK_METHODS = ("Chip CCCD + sinh trắc", "VNeID mức 2", "Chip CCCD + sinh trắc", "Tại quầy")
_CBCC_UNITS = (
    "UBND phường Bến Nghé",
    "Sở Tài chính",
    "Trường THCS Lê Lợi",
    "Trung tâm Y tế quận",
    "Văn phòng HĐND-UBND",
)
_CBCC_RANKS = ("Chuyên viên", "Chuyên viên chính", "Giáo viên THCS hạng II", "Bác sĩ hạng III")
_EE_SERVICES = ("RR434 isikuandmed", "RR436 elukoht", "RR441 isiku staatus", "RR434 isikuandmed")
_EE_AGENCIES = (
    "Sotsiaalkindlustusamet",
    "Tallinna Linnavalitsus",
    "Töötukassa",
    "Maksu- ja Tolliamet",
)
_EE_RESULTS = ("Vastab", "Vastab", "Erinevus: elukoht", "Vastab", "Isikut ei leitud")
_SG_FORMS = ("HDB Resale Application", "ComCare Assistance", "Baby Bonus Enrolment", "SkillsFuture")
_SG_STATUS = ("Submitted", "Submitted", "Pending review", "Approved")
_SG_HOUSING = ("HDB 3-Room", "HDB 4-Room", "HDB 5-Room", "Condominium", "HDB Executive")
_OOTS_STATES = ("ES", "FR", "DE", "PT", "BE", "AT")
_OOTS_EVIDENCE = ("Diploma di laurea", "Certificato di nascita", "Certificato di residenza")
_OOTS_PROCEDURES = ("Iscrizione università", "Richiesta prestazione", "Registrazione veicolo")
_OOTS_OUTCOMES = ("Evidenza inviata", "Evidenza inviata", "Matching non riuscito", "Rifiutata")
_IN_DOCS = (
    ("Class X Marksheet", "CBSE", "in.gov.cbse-SSCER"),
    ("Driving Licence", "MoRTH", "in.gov.transport-DRVLC"),
    ("PAN Verification Record", "Income Tax Department", "in.gov.pan-PANCR"),
    ("Vehicle Registration", "MoRTH", "in.gov.transport-RVCER"),
)
_IN_STATES = ("Maharashtra", "Karnataka", "Uttar Pradesh", "Tamil Nadu", "West Bengal")


def _doc(p: Person) -> tuple[str, str, str]:
    return _IN_DOCS[int(p.bhxh) // 7 % len(_IN_DOCS)]


def _sg_own(p: Person) -> str:
    return _sg_name(p, p.male, 0)


WRITERS_BLIND367: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: the result of the reconciliation and the fields that differ
    "result367": lambda p, c: _pick(p, _VN_RESULTS, 1),
    "fields367": lambda p, c: (
        _pick(p, _VN_FIELDS, 1) if _pick(p, _VN_RESULTS, 1) == "Sai lệch" else ""
    ),
    "btxh_code367": lambda p, c: f"BTXH-{p.bhxh[-5:]}",
    "btxh_kind367": lambda p, c: _pick(p, _BTXH_KINDS, 2),
    "btxh_money367": lambda p, c: _pick(p, _BTXH_MONEY, 2),
    "btxh_payee367": lambda p, c: _other_vn(p, 3),
    "tax_kind367": lambda p, c: _pick(p, _TAX_KINDS, 4),
    "tax_office367": lambda p, c: _pick(p, _TAX_OFFICES, 5),
    "tax_status367": lambda p, c: _pick(p, ("Đã cập nhật", "Chờ NNT xác nhận", "Đã cập nhật"), 6),
    "gplx_no367": lambda p, c: f"79{p.bhxh}",
    "gplx_class367": lambda p, c: _pick(p, _GPLX_CLASSES, 7),
    "gplx_issuer367": lambda p, c: _pick(p, ("Sở GTVT TP.HCM", "Sở GTVT Hà Nội", "Cục ĐBVN"), 8),
    "bank_acct367": lambda p, c: f"10{p.bhxh}{p.phone[-2:]}",
    "bank_branch367": lambda p, c: _pick(p, _BANKS, 9),
    "bank_method367": lambda p, c: _pick(p, _BANK_METHODS, 10),
    "cbcc_code367": lambda p, c: f"CB{p.bhxh[-6:]}",
    "cbcc_unit367": lambda p, c: _pick(p, _CBCC_UNITS, 11),
    "cbcc_rank367": lambda p, c: _pick(p, _CBCC_RANKS, 12),
    "staff367": lambda p, c: _other_vn(p, 13),
    # Estonia: an X-Road query log of the population register (Rahvastikuregister)
    "ee_ik367": lambda p, c: _isikukood(p),
    "ee_given367": lambda p, c: _ee_given(p),
    "ee_family367": lambda p, c: _ee_family(p),
    "ee_name_caps367": lambda p, c: f"{_ee_given(p)} {_ee_family(p)}".upper(),
    "ee_addr367": lambda p, c: _ee_home(p)[0],
    "ee_post367": lambda p, c: _ee_home(p)[1],
    "ee_query367": lambda p, c: f"ee-{p.bhxh[:8]}-{p.bhxh[8:]}{p.phone[-4:]}",
    "ee_service367": lambda p, c: _pick(p, _EE_SERVICES, 1),
    "ee_agency367": lambda p, c: _pick(p, _EE_AGENCIES, 2),
    "ee_officer_ik367": lambda p, c: f"4{p.phone[-6:]}0{p.bhxh[-3:]}",
    "ee_result367": lambda p, c: _pick(p, _EE_RESULTS, 3),
    # Singapore: a form prefilled from Myinfo
    "sg_nric367": lambda p, c: _nric(p),
    "sg_name367": lambda p, c: _sg_own(p),
    "sg_name_typed367": lambda p, c: _sg_own(p).title(),
    "sg_addr367": lambda p, c: f"{_sg_home(p)[0]}, Singapore {_sg_home(p)[1]}",
    "sg_postal367": lambda p, c: _sg_home(p)[1],
    "sg_phone367": lambda p, c: f"+65 {_sg_phone(p, _pick(p, ('8', '9'), 2))}",
    "sg_sub367": lambda p, c: f"6{p.bhxh[:7]}{p.phone[-3:]}",
    "sg_form367": lambda p, c: _pick(p, _SG_FORMS, 3),
    "sg_housing367": lambda p, c: _pick(p, _SG_HOUSING, 4),
    "sg_status367": lambda p, c: _pick(p, _SG_STATUS, 5),
    "sg_source367": lambda p, c: _pick(p, ("MyInfo", "MyInfo", "User-provided"), 6),
    # EU: OOTS evidence requests received by an Italian data provider
    "it_eidas367": lambda p, c: f"IT/{_pick(p, _OOTS_STATES, 1)}/TINIT-{_codice_fiscale(p)}",
    "it_cf367": lambda p, c: _codice_fiscale(p),
    "it_given367": lambda p, c: _it_given(p),
    "it_family367": lambda p, c: _it_family(p),
    "it_family_caps367": lambda p, c: _it_family(p).upper(),
    "oots_id367": lambda p, c: (
        f"urn:uuid:{p.bhxh[:8]}-{p.phone[-4:]}-4{p.bhxh[-3:]}-a{p.bhxh[2:5]}"
    ),
    "oots_state367": lambda p, c: _pick(p, _OOTS_STATES, 1),
    "oots_evidence367": lambda p, c: _pick(p, _OOTS_EVIDENCE, 2),
    "oots_procedure367": lambda p, c: _pick(p, _OOTS_PROCEDURES, 3),
    "oots_outcome367": lambda p, c: _pick(p, _OOTS_OUTCOMES, 4),
    "oots_loa367": lambda p, c: _pick(p, ("High", "Substantial", "High"), 5),
    # India: documents fetched from DigiLocker and verified against Aadhaar
    "in_aadhaar367": lambda p, c: _aadhaar_spaced(p),
    "in_name367": lambda p, c: _in_name(p),
    "in_name_doc367": lambda p, c: _in_name(p).upper(),
    "in_phone367": lambda p, c: _in_phone(p, 1),
    "in_state367": lambda p, c: _pick(p, _IN_STATES, 2),
    "in_doctype367": lambda p, c: _doc(p)[0],
    "in_issuer367": lambda p, c: _doc(p)[1],
    "in_uri367": lambda p, c: f"{_doc(p)[2]}-{p.bhxh[:9]}",
    "in_score367": lambda p, c: f"{90 + int(p.bhxh[-1])}%",
    "in_status367": lambda p, c: _pick(p, ("Verified", "Verified", "Name mismatch", "Verified"), 3),
}

__all__ = ["WRITERS_BLIND367"]
