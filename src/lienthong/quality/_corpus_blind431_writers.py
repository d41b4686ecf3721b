"""How the people of the four-hundred-and-thirty-first part of the outside corpus (**blind 431**,
:mod:`lienthong.quality._corpus_blind431`) are written: four Vietnamese files' own columns (a bar
association's trainee lawyers with their supervising lawyer, a bailiffs' office's register of
documents served, a legal-aid centre's cases with the assisting lawyer, the Judicial Academy's
lawyer-training class) and Argentine, Portuguese, Korean, Slovak and Egyptian lawyers' names,
addresses, phones and numbers in the forms their rolls show (the DNI with the CUIT and its mod-11
digit, the NIF and the civil identification number with their mod-11 digits, the romanised Korean
name, the rodné číslo divisible by eleven, the Egyptian national number)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind13_writers import _EG_MARKAZ, _EG_STREETS, _eg_full, _eg_nid
from lienthong.quality._corpus_blind14_writers import (
    _SK_GIVEN_F,
    _SK_GIVEN_M,
    _rodne_cislo,
    _sk_family,
)
from lienthong.quality._corpus_blind18_writers import _PT_FAMILY, _PT_GIVEN_F, _PT_GIVEN_M, _nif_pt
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind58_writers import _cuil, _dni
from lienthong.quality._corpus_blind111_writers import _eg_phone
from lienthong.quality._corpus_blind119_writers import _AR_FAMILY, _AR_GIVEN_F, _AR_GIVEN_M

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_FIRMS = (
    "Công ty Luật TNHH Minh Khuê",
    "Văn phòng Luật sư Trần Đình Hòa",
    "Công ty Luật hợp danh Việt An",
    "VPLS Bảo Ngọc và Cộng sự",
    "Công ty Luật TNHH MTV Lê Gia",
)
_VN_HOMES = (
    "Số 14 ngõ 82 Trần Cung, phường Nghĩa Đô, TP Hà Nội",
    "Tổ 7, phường Tân Thịnh, tỉnh Thái Nguyên",
    "Thôn Đông, xã Yên Phong, tỉnh Bắc Ninh",
    "45/12 Lê Văn Sỹ, phường Nhiêu Lộc, TP Hồ Chí Minh",
    "Khu phố 3, phường Trảng Dài, tỉnh Đồng Nai",
    "Xóm 5, xã Nghi Phong, tỉnh Nghệ An",
)
_VN_DOCS = (
    "Thong bao thu ly vu an so {n}/TB-TLVA",
    "Giay trieu tap lan 1",
    "Quyet dinh dua vu an ra xet xu so {n}/QD-XXST",
    "Ban an so {n}/DS-ST",
    "Quyet dinh thi hanh an so {n}/QD-CCTHADS",
)
_VN_COURTS = (
    "TAND khu vuc 1 - Ha Noi",
    "TAND khu vuc 3 - Ha Noi",
    "Chi cuc THADS quan Cau Giay",
    "TAND TP Ha Noi",
    "Phong THADS khu vuc 2",
)
_VN_SERVE = ("Truc tiep", "Truc tiep", "Qua nguoi than", "Niem yet cong khai", "Qua UBND xa")
_VN_RELATIVE = ("Vo", "Chong", "Con", "Me", "Em ruot")
_VN_AID_KIND = (
    "Người thuộc hộ nghèo",
    "Người dưới 18 tuổi",
    "Người dân tộc thiểu số cư trú ở vùng ĐBKK",
    "Người có công với cách mạng",
    "Người khuyết tật",
    "Người bị buộc tội thuộc hộ cận nghèo",
)
_VN_AID_FORM = (
    "Tham gia tố tụng",
    "Tư vấn pháp luật",
    "Đại diện ngoài tố tụng",
    "Tham gia tố tụng",
)
_VN_AID_FIELD = (
    "Hình sự - Trộm cắp tài sản (Điều 173 BLHS)",
    "Hình sự - Cố ý gây thương tích (Điều 134 BLHS)",
    "Dân sự - Tranh chấp đất đai",
    "Hôn nhân gia đình - Ly hôn, nuôi con",
    "Lao động - Đơn phương chấm dứt HĐLĐ",
)
_VN_AGENCY = (
    "Cơ quan CSĐT Công an tỉnh",
    "VKSND khu vực 2",
    "TAND khu vực 4",
    "TAND tỉnh",
    "Cơ quan CSĐT Công an xã",
)
_VN_AID_STATE = ("Đang thực hiện", "Đã kết thúc", "Đã kết thúc", "Tạm dừng", "Đang thực hiện")
_VN_BIRTHPLACE = ("Hà Nội", "Nam Định", "Thanh Hóa", "Hải Phòng", "Nghệ An", "Bắc Giang")
_VN_CLASS = ("LS 25.1", "LS 25.2", "LS 26.1 (tại TP.HCM)", "LS 25.3 (cuối tuần)")
_VN_RANK = ("Giỏi", "Khá", "Khá", "Trung bình khá", "Trung bình")
_VN_EMPLOYERS = (
    "TAND khu vực 7",
    "Công ty CP Đầu tư Phát triển Nam Hải",
    "Ngân hàng TMCP Á Châu - CN Hà Nội",
    "Tự do",
    "Văn phòng công chứng Hoàng Mai",
)

_AR_COURT_CITIES = (
    ("Rosario", "S2000", "Córdoba 1452 Piso 3 Of. B"),
    ("Rosario", "S2002", "Montevideo 2080"),
    ("Funes", "S2132", "Hipólito Yrigoyen 1850"),
    ("Villa Gobernador Gálvez", "S2124", "San Martín 2433"),
    ("Granadero Baigorria", "S2152", "Av. San Martín 320"),
)
_AR_STREETS = ("Balcarce 740 7° A", "Pellegrini 1533", "Santa Fe 2245 PB", "Bv. Oroño 966 2° C")
_AR_UNIV = ("UNR", "UCA Rosario", "UNL", "UAI", "UNR")
_AR_STATE = ("Activa", "Activa", "Activa", "Suspendida (falta de pago)", "Licencia")

_PT_PLACES = (
    ("Rua de Santa Catarina 112, 2.º Esq.", "4000-442", "Porto"),
    ("Av. da República 1326", "4430-192", "Vila Nova de Gaia"),
    ("Rua Dr. Carlos Pires Felgueiras 12", "4470-157", "Maia"),
    ("Praça Marquês de Pombal 30", "4000-390", "Porto"),
    ("Rua Conselheiro Januário 7", "4700-373", "Braga"),
)
_PT_SOC = ("", "", "Sérvulo & Associados", "PLMJ", "Cuatrecasas", "Morais Leitão")
_PT_STATE = ("Inscrição em vigor", "Inscrição em vigor", "Suspensa a pedido", "Inscrição em vigor")

_KR_FAMILY = ("KIM", "LEE", "PARK", "CHOI", "JUNG", "KANG", "CHO", "YOON", "JANG", "LIM")
_KR_HANGUL = ("김", "이", "박", "최", "정", "강", "조", "윤", "장", "임")
_KR_GIVEN_M = (
    ("Young-soo", "영수"),
    ("Jung-ho", "정호"),
    ("Seong-min", "성민"),
    ("Dong-hyun", "동현"),
)
_KR_GIVEN_F = (("Ji-yeon", "지연"), ("Soo-jin", "수진"), ("Eun-joo", "은주"), ("Hye-won", "혜원"))
_KR_BARS = ("Seoul", "Seoul", "Gyeonggi Central", "Busan", "Incheon", "Daegu")
_KR_FIRMS = (
    "Kim & Chang",
    "Bae, Kim & Lee LLC",
    "Lee & Ko",
    "Yoon & Yang LLC",
    "Sole practitioner",
    "Law Firm Hwawoo",
)
_KR_OFFICES = (
    "39 Sajik-ro 8-gil, Jongno-gu, Seoul",
    "133 Teheran-ro, Gangnam-gu, Seoul",
    "25 Seocho-daero 49-gil, Seocho-gu, Seoul",
    "12 Beomeo-ro, Suseong-gu, Daegu",
    "88 Jungang-daero, Dong-gu, Busan",
)
_KR_FIELDS = ("Corporate", "Criminal", "Family", "Tax", "Real Estate", "IP", "Labor")

_SK_STREETS = (
    ("Obchodná 12", "811 06", "Bratislava"),
    ("Hlavná 48", "040 01", "Košice"),
    ("Štúrova 5", "949 01", "Nitra"),
    ("Mierová 101", "821 05", "Bratislava"),
    ("Ľ. Podjavorinskej 9", "917 01", "Trnava"),
    ("Hurbanova 17", "010 01", "Žilina"),
)
_SK_TITLES = ("JUDr.", "JUDr.", "Mgr.", "JUDr. Ing.", "doc. JUDr.", "Mgr. et Mgr.")
_SK_STATE = ("", "", "", "pozastavený výkon", "vyčiarknutý")

_EG_SUB = ("القاهرة", "الجيزة", "الإسكندرية", "شمال القاهرة", "المنصورة", "أسيوط")
_EG_GRADE = ("جدول عام - ابتدائي", "استئناف", "استئناف", "نقض", "تحت التمرين")
_EG_STATE = ("مشتغل", "مشتغل", "مشتغل", "غير مشتغل", "موقوف لعدم سداد الاشتراك")


def _mail(first: str, last: str, p: Person, domain: str) -> str:
    """An office address made of the name, without accents or spaces."""
    plain = unicodedata.normalize("NFKD", f"{first}.{last}").encode("ascii", "ignore").decode()
    local = plain.lower().replace(" ", "").replace("-", "")
    return f"{local}{p.bhxh[-2:] if _num(p, 4) == 1 else ''}@{domain}"


def _vn_home(p: Person) -> str:
    return _pick(p, _VN_HOMES, 2)


def _start(p: Person) -> str:
    return f"{_shift_date(p.other_date, -1):%d/%m/%Y}"


def _stamp(p: Person) -> str:
    when = datetime(2026, 11, 3, 8) + timedelta(minutes=int(p.bhxh[-6:]) % 45_000)
    return f"{when:%Y-%m-%d %H:%M:%S}"


def _doc(p: Person) -> str:
    return _pick(p, _VN_DOCS, 3).format(n=_num(p, 400))


def _ar_home(p: Person) -> tuple[str, str, str]:
    return _AR_COURT_CITIES[int(p.bhxh) // 13 % len(_AR_COURT_CITIES)]


def _ar_phone(p: Person) -> str:
    return f"(0341) 15-{p.phone[-7:-4]}-{p.phone[-4:]}"


def _pt_cc(p: Person) -> str:
    """A civil identification number (the old BI, kept on the Cartão de Cidadão): eight digits and
    a mod-11 check digit (weights 9 to 2; a remainder that gives 10 or 11 is written 0)."""
    body = f"1{p.bhxh[1:8]}"
    total = sum(int(d) * w for d, w in zip(body, range(9, 1, -1), strict=True))
    check = 11 - total % 11
    return f"{body} {0 if check >= 10 else check}"


def _pt_place(p: Person) -> tuple[str, str, str]:
    return _PT_PLACES[int(p.bhxh) // 7 % len(_PT_PLACES)]


def _kr_given(p: Person) -> tuple[str, str]:
    options = _KR_GIVEN_M if p.male else _KR_GIVEN_F
    return options[int(p.bhxh) // 5 % len(options)]


def _kr_family(p: Person) -> int:
    return int(p.bhxh) // 3 % len(_KR_FAMILY)


def _sk_place(p: Person) -> tuple[str, str, str]:
    return _SK_STREETS[int(p.bhxh) // 11 % len(_SK_STREETS)]


def _eg_home(p: Person) -> str:
    street = f"{_num(p, 60)} {_pick(p, _EG_STREETS, 4)}"
    return f"{street}, {_pick(p, _EG_MARKAZ, 5)}, {_pick(p, _EG_SUB, 6)}"


WRITERS_BLIND431: dict[str, Callable[[Person, Col], object]] = {
    # trainee lawyers of a provincial bar
    "addr431": lambda p, c: _vn_home(p),
    "ts_cert431": lambda p, c: f"{_num(p, 600)}/GCN-ĐLS",
    "firm431": lambda p, c: _pick(p, _VN_FIRMS, 4),
    "mentor431": lambda p, c: f"LS. {_other_vn(p, 5)}",
    "mentor_card431": lambda p, c: f"{p.bhxh[-5:]}/TLS",
    "start431": lambda p, c: _start(p),
    "ts_score431": lambda p, c: f"{5 + _num(p, 5)},{_pick(p, ('0', '5', '25', '75'), 6)}",
    # documents served by a bailiffs' office
    "doc431": lambda p, c: _doc(p),
    "court431": lambda p, c: _pick(p, _VN_COURTS, 7),
    "serve431": lambda p, c: _pick(p, _VN_SERVE, 8),
    "relative431": lambda p, c: (
        f"{_other_vn(p, 9)} ({_pick(p, _VN_RELATIVE, 10)})" if _num(p, 3) == 2 else ""
    ),
    "tpl431": lambda p, c: _other_vn(p, 11),
    "fee431": lambda p, c: _pick(p, ("150.000", "200.000", "350.000", "500.000"), 12),
    # a legal-aid centre's cases
    "aid_kind431": lambda p, c: _pick(p, _VN_AID_KIND, 13),
    "guardian431": lambda p, c: _other_vn(p, 14) if _num(p, 4) == 1 else "",
    "guardian_phone431": lambda p, c: _other_phone(p, "08") if _num(p, 4) == 1 else "",
    "case431": lambda p, c: f"{_num(p, 300)}/2026/TGPL",
    "field431": lambda p, c: _pick(p, _VN_AID_FIELD, 15),
    "agency431": lambda p, c: _pick(p, _VN_AGENCY, 16),
    "helper431": lambda p, c: f"{_pick(p, ('TGV', 'LS'), 17)} {_other_vn(p, 18)}",
    "form431": lambda p, c: _pick(p, _VN_AID_FORM, 19),
    "state431": lambda p, c: _pick(p, _VN_AID_STATE, 20),
    "stamp431": lambda p, c: _stamp(p),
    # Judicial Academy's lawyer-training class
    "hv431": lambda p, c: f"LS25-{p.bhxh[-4:]}",
    "born431": lambda p, c: _pick(p, _VN_BIRTHPLACE, 21),
    "class431": lambda p, c: _pick(p, _VN_CLASS, 22),
    "gpa431": lambda p, c: f"{6 + _num(p, 3)}.{_num(p, 9)}",
    "rank431": lambda p, c: _pick(p, _VN_RANK, 23),
    "work431": lambda p, c: _pick(p, _VN_EMPLOYERS, 24),
    # Argentina: Colegio de Abogados de Rosario
    "ar_mat431": lambda p, c: f"T° {_num(p, 30) + 10} F° {_num(p, 200)}",
    "ar_fam431": lambda p, c: _pick(p, _AR_FAMILY, 25),
    "ar_giv431": lambda p, c: _by_sex(p, _AR_GIVEN_M, _AR_GIVEN_F, 26),
    "ar_dni431": lambda p, c: f"{int(_dni(p)):,}".replace(",", "."),
    "ar_cuit431": lambda p, c: _cuil(p),
    "sex_ar431": lambda p, c: "M" if p.male else "F",
    "ar_office431": lambda p, c: _ar_home(p)[2],
    "ar_street431": lambda p, c: _pick(p, _AR_STREETS, 27),
    "ar_city431": lambda p, c: _ar_home(p)[0],
    "ar_cp431": lambda p, c: _ar_home(p)[1],
    "phone_ar431": lambda p, c: _ar_phone(p),
    "ar_univ431": lambda p, c: _pick(p, _AR_UNIV, 28),
    "ar_state431": lambda p, c: _pick(p, _AR_STATE, 29),
    "email_ar431": lambda p, c: _mail(
        _pick(p, _AR_GIVEN_M if p.male else _AR_GIVEN_F, 26).split()[0],
        _pick(p, _AR_FAMILY, 25),
        p,
        "estudio.com.ar",
    ),
    # Portugal: Ordem dos Advogados, Conselho Regional do Porto
    "pt_cedula431": lambda p, c: f"{p.bhxh[-5:]}P",
    "pt_name431": lambda p, c: (
        f"{_by_sex(p, _PT_GIVEN_M, _PT_GIVEN_F, 30)} {_pick(p, _PT_FAMILY, 31)}"
        f" {_pick(p, _PT_FAMILY, 32)}"
    ),
    "pt_cc431": lambda p, c: _pt_cc(p),
    "pt_nif431": lambda p, c: _nif_pt(p),
    "sex_pt431": lambda p, c: "Masculino" if p.male else "Feminino",
    "pt_office431": lambda p, c: _pt_place(p)[0],
    "pt_cp431": lambda p, c: _pt_place(p)[1],
    "pt_loc431": lambda p, c: _pt_place(p)[2],
    "phone_pt431": lambda p, c: f"9{_pick(p, ('1', '2', '3', '6'), 33)}{p.phone[-7:]}",
    "pt_soc431": lambda p, c: _pick(p, _PT_SOC, 34),
    "pt_state431": lambda p, c: _pick(p, _PT_STATE, 35),
    "email_pt431": lambda p, c: _mail(
        _by_sex(p, _PT_GIVEN_M, _PT_GIVEN_F, 30).split()[0],
        _pick(p, _PT_FAMILY, 32),
        p,
        "adv.oa.pt",
    ),
    # Korea: a bar association's directory, romanised
    "kr_reg431": lambda p, c: f"{2000 + _num(p, 25)}-{p.bhxh[-4:]}",
    "kr_name431": lambda p, c: f"{_KR_FAMILY[_kr_family(p)]} {_kr_given(p)[0]}",
    "kr_hangul431": lambda p, c: f"{_KR_HANGUL[_kr_family(p)]}{_kr_given(p)[1]}",
    "sex_kr431": lambda p, c: "M" if p.male else "F",
    "kr_bar431": lambda p, c: f"{_pick(p, _KR_BARS, 36)} Bar Association",
    "kr_firm431": lambda p, c: _pick(p, _KR_FIRMS, 37),
    "kr_office431": lambda p, c: _pick(p, _KR_OFFICES, 38),
    "kr_tel431": lambda p, c: f"02-3{p.bhxh[-7:-4]}-{p.bhxh[-4:]}",
    "email_kr431": lambda p, c: _mail(_KR_FAMILY[_kr_family(p)], _kr_given(p)[0], p, "lawfirm.kr"),
    "phone_kr431": lambda p, c: f"010-{p.phone[-8:-4]}-{p.phone[-4:]}",
    "kr_exam431": lambda p, c: (
        f"Bar Exam (No. {_num(p, 13)})" if _num(p, 2) == 1 else f"JRTI, Class {_num(p, 20) + 25}"
    ),
    "kr_field431": lambda p, c: _pick(p, _KR_FIELDS, 39),
    # Slovakia: Slovenská advokátska komora
    "sk_title431": lambda p, c: _pick(p, _SK_TITLES, 40),
    "sk_giv431": lambda p, c: _by_sex(p, _SK_GIVEN_M, _SK_GIVEN_F, 41),
    "sk_fam431": lambda p, c: _sk_family(p),
    "sk_rc431": lambda p, c: _rodne_cislo(p),
    "sk_sak431": lambda p, c: f"{p.bhxh[-4:]}",
    "sk_street431": lambda p, c: _sk_place(p)[0],
    "sk_psc431": lambda p, c: _sk_place(p)[1],
    "sk_obec431": lambda p, c: _sk_place(p)[2],
    "phone_sk431": lambda p, c: f"+421 9{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "sk_state431": lambda p, c: _pick(p, _SK_STATE, 42),
    "email_sk431": lambda p, c: _mail(
        _by_sex(p, _SK_GIVEN_M, _SK_GIVEN_F, 41), _sk_family(p), p, "advokat.sk"
    ),
    "sk_koncipient431": lambda p, c: (
        f"Mgr. {_pick(p, _SK_GIVEN_F, 43)} {_pick(p, ('Nováková', 'Krajčíová', 'Šimková'), 44)}"
        if _num(p, 3) == 1
        else ""
    ),
    # Egypt: نقابة المحامين
    "eg_reg431": lambda p, c: f"{p.bhxh[-6:]}",
    "eg_name431": lambda p, c: _eg_full(p),
    "eg_nid431": lambda p, c: _eg_nid(p),
    "sex_eg431": lambda p, c: "ذكر" if p.male else "أنثى",
    "eg_grade431": lambda p, c: _pick(p, _EG_GRADE, 45),
    "eg_sub431": lambda p, c: f"النقابة الفرعية ب{_pick(p, _EG_SUB, 46)}",
    "eg_office431": lambda p, c: f"{_num(p, 40)} {_pick(p, _EG_STREETS, 47)} - الدور {_num(p, 9)}",
    "eg_home431": lambda p, c: _eg_home(p),
    "phone_eg431": lambda p, c: _eg_phone(p),
    "eg_state431": lambda p, c: _pick(p, _EG_STATE, 48),
}

__all__ = ["WRITERS_BLIND431"]
