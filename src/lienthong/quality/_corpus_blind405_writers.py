"""How the people of the four-hundred-and-fifth part of the outside corpus (**blind 405**,
:mod:`lienthong.quality._corpus_blind405`) are written: four Vietnamese files' own columns (a
driving school's DAT log of practice hours and kilometres, an online renewal of an expired
licence with its electronic health certificate, a re-sit of the yard and road tests, a reissue
of a lost licence) and Chilean, Bangladeshi, Nigerian, Czech and Georgian driving-licence
applicants' names, addresses, phones and numbers in the forms their papers show (the RUN with
its mod-11 digit, the NID, the NIN, the rodné číslo divisible by 11, the personal number)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind14_writers import _rodne_cislo
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind45_writers import _rut
from lienthong.quality._corpus_blind123_writers import _bd_phone
from lienthong.quality._corpus_blind134_writers import _ge_pn
from lienthong.quality._corpus_blind161_writers import _cl_phone
from lienthong.quality._corpus_blind192_writers import _ng_phone
from lienthong.quality._corpus_blind383_writers import _ng_nin

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_CLASSES = ("B", "B", "B (số tự động)", "C1", "B", "A1", "C")
_VN_COURSES = ("K26B07", "K26B08", "K25C1-03", "K26B11", "K26B (AT) 02")
_VN_PLATES = ("51D-123.45", "30F-876.21", "51K-402.18", "29H-555.07", "61A-910.33")
_VN_DAT_OK = ("Đạt", "Đạt", "Chưa đủ giờ", "Đạt", "Chưa đủ km đêm", "Đạt")
_VN_CLINICS = (
    "BV Giao thông vận tải TP.HCM",
    "BVĐK Xanh Pôn",
    "Phòng khám ĐK Medic Hòa Hảo",
    "TTYT quận Gò Vấp",
    "BV Đa khoa Tâm Anh",
)
_VN_DELIVERY = ("Bưu chính công ích", "Nhận tại Bộ phận một cửa", "Bưu chính công ích")
_VN_SCHOOLS = (
    "Trường CĐ GTVT Trung ương II",
    "TT Đào tạo lái xe Hoàng Gia",
    "Trường TC nghề GTVT Thăng Long",
    "TT ĐT&SH lái xe Phú Cường",
    "CS đào tạo lái xe Đồng Tâm",
)
_VN_RETAKE = ("Sa hình", "Đường trường", "Mô phỏng + Sa hình", "Sa hình", "Đường trường")
_VN_ISSUERS = ("Sở GTVT Hà Nội", "Sở Xây dựng TP. HCM", "Sở GTVT Bình Dương", "Cục ĐBVN")
_VN_CHECKED = ("Không có vi phạm", "Không có vi phạm", "Đang bị tạm giữ - từ chối", "Đã xử lý xong")

_CL_GIVEN_M = ("Juan Pablo", "Cristián", "Felipe Andrés", "Matías", "Rodrigo")
_CL_GIVEN_F = ("Camila", "María José", "Valentina", "Javiera Paz", "Constanza")
_CL_FAMILY = ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva")
_CL_PLACES = (
    ("Av. Vicuña Mackenna 4217, depto. 1203", "Macul", "Metropolitana"),
    ("Pasaje Los Aromos 1184", "Maipú", "Metropolitana"),
    ("Calle Freire 865", "Concepción", "Biobío"),
    ("Av. Argentina 2140, block C", "Valparaíso", "Valparaíso"),
    ("Los Carrera 455", "Temuco", "La Araucanía"),
)
_CL_CLASSES = ("B", "B", "A2", "C", "B-D", "A4")
_CL_EXAMS = ("Aprobado", "Aprobado", "Reprobado", "Aprobado", "Pendiente")

_BD_GIVEN_M = ("মোঃ রাকিবুল হাসান", "আব্দুল্লাহ আল মামুন", "শফিকুল ইসলাম", "মোঃ সাইফুল ইসলাম")
_BD_GIVEN_F = ("নুসরাত জাহান", "সুমাইয়া আক্তার", "ফারজানা ইয়াসমিন", "তাসলিমা বেগম")
_BD_FATHERS = ("মোঃ আব্দুর রহিম", "আবুল কালাম", "মোঃ নুরুল হক", "জয়নাল আবেদীন")
_BD_MOTHERS = ("রাশিদা বেগম", "আমেনা খাতুন", "হাসিনা আক্তার", "সালমা বেগম")
_BD_HOMES = (
    "বাসা ১২, রোড ৫, মিরপুর-১০, ঢাকা-১২১৬",
    "গ্রাম: চরকালিকাপুর, ডাকঘর: ফরিদপুর, জেলা: ফরিদপুর",
    "হোল্ডিং ৪৫/২, কাজীর দেউড়ি, কোতোয়ালী, চট্টগ্রাম",
    "গ্রাম: দক্ষিণ শিবপুর, উপজেলা: সাভার, ঢাকা",
)
_BD_CLASSES = ("হালকা", "হালকা", "মোটরসাইকেল", "হালকা ও মোটরসাইকেল", "মধ্যম")
_BLOOD = ("A+", "B+", "O+", "AB+", "O-", "B-")

_NG_SURNAMES = ("Okafor", "Adeyemi", "Bello", "Eze", "Ibrahim", "Olawale", "Nwosu")
_NG_FIRST_M = ("Chinedu", "Oluwaseun", "Abdullahi", "Emeka", "Tunde")
_NG_FIRST_F = ("Ngozi", "Funmilayo", "Aisha", "Chiamaka", "Bisola")
_NG_MIDDLE = ("Ikenna", "Adebayo", "Musa", "Chukwuma", "Temitope", "Ifeoma")
_NG_PLACES = (
    ("12 Adeola Odeku Street, Victoria Island", "Eti-Osa", "Lagos", "LAG"),
    ("Plot 45, Gwarinpa 2nd Avenue", "AMAC", "FCT", "ABJ"),
    ("7 Zik Avenue, Uwani", "Enugu South", "Enugu", "ENU"),
    ("23 Ring Road, Challenge", "Ibadan South-West", "Oyo", "OYO"),
    ("No. 3 Zoo Road", "Tarauni", "Kano", "KAN"),
)
_NG_ORIGIN = ("Anambra", "Ogun", "Kwara", "Imo", "Kogi", "Delta")
_NG_CLASSES = ("B", "C", "E", "B", "A")

_CZ_GIVEN_M = ("Jan", "Tomáš", "Ondřej", "Jakub", "Martin")
_CZ_GIVEN_F = ("Tereza", "Eliška", "Veronika", "Klára", "Lucie")
_CZ_FAMILY = (
    ("Novák", "Nováková"),
    ("Dvořák", "Dvořáková"),
    ("Černý", "Černá"),
    ("Krejčí", "Krejčí"),
)
_CZ_PLACES = (
    ("Vinohradská 1482/64", "Praha 10", "100 00"),
    ("Masarykova 27", "Brno", "602 00"),
    ("Nádražní 314", "Olomouc", "779 00"),
    ("U Stadionu 1120/8", "Ostrava", "702 00"),
    ("Husova 55", "Plzeň", "301 00"),
)
_CZ_GROUPS = ("B", "B", "AM", "A2", "B, BE", "C")
_CZ_TEACHERS = ("Pavel Hrubý", "Ing. Karel Sýkora", "Miloš Kratochvíl", "Jana Benešová")

_GE_GIVEN_M = ("გიორგი", "დავით", "ლევან", "ნიკოლოზ", "ირაკლი")
_GE_GIVEN_F = ("ნინო", "მარიამ", "თამარ", "ანა", "ნათია")
_GE_FAMILY = ("ბერიძე", "კაპანაძე", "გელაშვილი", "მაისურაძე", "ლომიძე", "ხუციშვილი")
_GE_HOMES = (
    "ქ. თბილისი, ვაჟა-ფშაველას გამზ. N 45, ბ. 12",
    "ქ. ბათუმი, ჭავჭავაძის ქ. N 21",
    "ქ. ქუთაისი, რუსთაველის ქ. N 8, ბ. 3",
    "ქ. რუსთავი, მე-7 მ/რ, კორპ. 14, ბ. 40",
)
_GE_CATS = ("B", "B", "B1", "A", "C", "BE")
_GE_TYPES = ("თეორიული", "პრაქტიკული (მოედანი)", "პრაქტიკული (ქალაქი)", "თეორიული")
_GE_RESULTS = ("ჩააბარა", "ვერ ჩააბარა", "ჩააბარა", "არ გამოცხადდა")
_GE_CENTRES = ("თბილისი (ვაზისუბანი)", "ბათუმი", "ქუთაისი", "რუსთავი", "გორი")


def _after(p: Person, days: int) -> date:
    return p.other_date + timedelta(days=days)


def _vn_licence(p: Person) -> str:
    return f"{p.cccd[:2]}{p.bhxh[-10:]}"


def _cl_place(p: Person) -> tuple[str, str, str]:
    return _CL_PLACES[int(p.bhxh) // 7 % len(_CL_PLACES)]


def _bd_nid(p: Person) -> str:
    """A Bangladeshi NID: the ten-digit smart card, or the old seventeen digits (birth year,
    district and upazila codes, a serial)."""
    if int(p.bhxh) % 3 == 0:
        return f"{p.birth.year}{p.bhxh[:3]}{p.bhxh[3:]}{p.phone[-3:]}"[:17]
    return f"{int(p.bhxh[0]) % 9 + 1}{p.bhxh[1:10]}"


def _ng_place(p: Person) -> tuple[str, str, str, str]:
    return _NG_PLACES[int(p.bhxh) // 11 % len(_NG_PLACES)]


def _cz_place(p: Person) -> tuple[str, str, str]:
    return _CZ_PLACES[int(p.bhxh) // 13 % len(_CZ_PLACES)]


def _cz_phone(p: Person) -> str:
    head = _pick(p, ("603", "731", "776", "608"), 4)
    return f"+420 {head} {p.phone[4:7]} {p.phone[7:10]}"


def _ge_phone(p: Person) -> str:
    return f"+995 5{p.phone[2:4]} {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}"


WRITERS_BLIND405: dict[str, Callable[[Person, Col], object]] = {
    "dat_code405": lambda p, c: f"HV{p.other_date:%y}{p.bhxh[-6:]}",
    "lic_class405": lambda p, c: _pick(p, _VN_CLASSES, 1),
    "dat_course405": lambda p, c: _pick(p, _VN_COURSES, 2),
    "dat_teacher405": lambda p, c: _other_vn(p, 3),
    "dat_plate405": lambda p, c: _pick(p, _VN_PLATES, 4),
    "dat_hours405": lambda p, c: f"{18 + _num(p, 13)},{p.phone[-1]}",
    "dat_km405": lambda p, c: f"{610 + _num(p, 401)},{p.phone[-2]}",
    "dat_sessions405": lambda p, c: 12 + _num(p, 20),
    "dat_ok405": lambda p, c: _pick(p, _VN_DAT_OK, 5),
    "dvc405": lambda p, c: f"G22.{p.bhxh[-6:]}-{p.other_date:%y%m%d}-{_num(p, 9000) + 1000}",
    "old_lic405": lambda p, c: _vn_licence(p),
    "lic_expired405": lambda p, c: f"{p.other_date - timedelta(days=20 + _num(p, 300)):%d/%m/%Y}",
    "gksk405": lambda p, c: f"GKSK-{p.other_date:%Y%m}{p.bhxh[-7:]}",
    "clinic405": lambda p, c: _pick(p, _VN_CLINICS, 6),
    "delivery405": lambda p, c: _pick(p, _VN_DELIVERY, 7),
    "sbd405": lambda p, c: f"{_num(p, 400) + 1:03d}",
    "school405": lambda p, c: _pick(p, _VN_SCHOOLS, 8),
    "retake405": lambda p, c: _pick(p, _VN_RETAKE, 9),
    "yard_score405": lambda p, c: f"{55 + _num(p, 24)}/100",
    "fee405": lambda p, c: _pick(p, ("300.000", "225.000", "600.000"), 10),
    "retest405": lambda p, c: f"{_after(p, 7 + _num(p, 40)):%d/%m/%Y}",
    "issuer405": lambda p, c: _pick(p, _VN_ISSUERS, 11),
    "checked405": lambda p, c: _pick(p, _VN_CHECKED, 12),
    "cl_run405": lambda p, c: _rut(p),
    "cl_given405": lambda p, c: _by_sex(p, _CL_GIVEN_M, _CL_GIVEN_F, 1),
    "cl_pat405": lambda p, c: _pick(p, _CL_FAMILY, 2),
    "cl_mat405": lambda p, c: _pick(p, _CL_FAMILY, 3),
    "cl_sex405": lambda p, c: "M" if p.male else "F",
    "cl_street405": lambda p, c: _cl_place(p)[0],
    "cl_comuna405": lambda p, c: _cl_place(p)[1],
    "cl_region405": lambda p, c: _cl_place(p)[2],
    "cl_phone405": lambda p, c: _cl_phone(p),
    "cl_class405": lambda p, c: _pick(p, _CL_CLASSES, 4),
    "cl_exam405": lambda p, c: _pick(p, _CL_EXAMS, 5),
    "cl_theory405": lambda p, c: _pick(p, _CL_EXAMS, 8),
    "cl_vence405": lambda p, c: f"{_shift_date(p.other_date, 6):%d-%m-%Y}",
    "bd_name405": lambda p, c: _by_sex(p, _BD_GIVEN_M, _BD_GIVEN_F, 1),
    "bd_father405": lambda p, c: _pick(p, _BD_FATHERS, 2),
    "bd_mother405": lambda p, c: _pick(p, _BD_MOTHERS, 3),
    "bd_sex405": lambda p, c: "পুরুষ" if p.male else "মহিলা",
    "bd_nid405": lambda p, c: _bd_nid(p),
    "bd_phone405": lambda p, c: _bd_phone(p),
    "bd_addr405": lambda p, c: _pick(p, _BD_HOMES, 4),
    "bd_class405": lambda p, c: _pick(p, _BD_CLASSES, 5),
    "bd_learner405": lambda p, c: f"DH{p.other_date:%y}{p.bhxh[-7:]}L",
    "blood405": lambda p, c: _pick(p, _BLOOD, 6),
    "ng_nin405": lambda p, c: _ng_nin(p),
    "ng_sur405": lambda p, c: _pick(p, _NG_SURNAMES, 1),
    "ng_first405": lambda p, c: _by_sex(p, _NG_FIRST_M, _NG_FIRST_F, 2),
    "ng_mid405": lambda p, c: _pick(p, _NG_MIDDLE, 3),
    "ng_sex405": lambda p, c: "M" if p.male else "F",
    "ng_phone405": lambda p, c: _ng_phone(p),
    "ng_street405": lambda p, c: _ng_place(p)[0],
    "ng_lga405": lambda p, c: _ng_place(p)[1],
    "ng_state405": lambda p, c: _ng_place(p)[2],
    "ng_origin405": lambda p, c: _pick(p, _NG_ORIGIN, 4),
    "ng_lic405": lambda p, c: f"{_ng_place(p)[3]}{p.bhxh[-5:]}AA{p.birth:%y}",
    "ng_class405": lambda p, c: _pick(p, _NG_CLASSES, 5),
    "ng_kin405": lambda p, c: _ng_phone(p, 7),
    "cz_family405": lambda p, c: _CZ_FAMILY[int(p.bhxh) // 23 % len(_CZ_FAMILY)][
        0 if p.male else 1
    ],
    "cz_given405": lambda p, c: _by_sex(p, _CZ_GIVEN_M, _CZ_GIVEN_F, 1),
    "cz_rc405": lambda p, c: _rodne_cislo(p),
    "cz_street405": lambda p, c: _cz_place(p)[0],
    "cz_obec405": lambda p, c: _cz_place(p)[1],
    "cz_psc405": lambda p, c: _cz_place(p)[2],
    "cz_phone405": lambda p, c: _cz_phone(p),
    "cz_group405": lambda p, c: _pick(p, _CZ_GROUPS, 2),
    "cz_teacher405": lambda p, c: _pick(p, _CZ_TEACHERS, 3),
    "cz_medical405": lambda p, c: f"{p.other_date - timedelta(days=10 + _num(p, 80)):%d.%m.%Y}",
    "cz_app405": lambda p, c: f"AŠ/{p.other_date:%Y}/{_num(p, 900) + 1:03d}",
    "ge_pn405": lambda p, c: _ge_pn(p),
    "ge_given405": lambda p, c: _by_sex(p, _GE_GIVEN_M, _GE_GIVEN_F, 1),
    "ge_family405": lambda p, c: _pick(p, _GE_FAMILY, 2),
    "ge_sex405": lambda p, c: "მამრობითი" if p.male else "მდედრობითი",
    "ge_addr405": lambda p, c: _pick(p, _GE_HOMES, 3),
    "ge_phone405": lambda p, c: _ge_phone(p),
    "ge_cat405": lambda p, c: _pick(p, _GE_CATS, 4),
    "ge_type405": lambda p, c: _pick(p, _GE_TYPES, 5),
    "ge_result405": lambda p, c: _pick(p, _GE_RESULTS, 6),
    "ge_centre405": lambda p, c: _pick(p, _GE_CENTRES, 7),
}

__all__ = ["WRITERS_BLIND405"]
