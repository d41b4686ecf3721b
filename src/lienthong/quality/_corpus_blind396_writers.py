"""How the people of the three-hundred-and-ninety-sixth part of the outside corpus (**blind
396**, :mod:`lienthong.quality._corpus_blind396`) are written: road traffic accident victims,
drivers at fault and their compulsory motor insurance claims. A district hospital's emergency
register of road injuries, a traffic police team's drivers whose licences were held, a car
insurer's advance payments for injury and death, the Motor Vehicle Insurance Fund's humanitarian
support; and Turkish, Nigerian, Russian, Chilean and Saudi injured people with their identity
numbers (the T.C. Kimlik No, the NIN, the СНИЛС beside the passport, the RUT, the national ID or
Iqama) and their accident dates, plates, files, fault shares and payouts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind45_writers import _hijri, _rut, _saudi_birth, _saudi_id
from lienthong.quality._corpus_blind53_writers import _ru_name, _snils
from lienthong.quality._corpus_blind120_writers import _ru_passport_issued
from lienthong.quality._corpus_blind145_writers import _sa_name, _sa_phone
from lienthong.quality._corpus_blind161_writers import _cl_name, _cl_phone
from lienthong.quality._corpus_blind173_writers import _ru_mobile
from lienthong.quality._corpus_blind248_writers import _tr_mobile
from lienthong.quality._corpus_blind299_writers import (
    _TR_FAMILY,
    _TR_GIVEN_F,
    _TR_GIVEN_M,
    _tc_kimlik,
)
from lienthong.quality._corpus_blind323_writers import _ng_phone
from lienthong.quality._corpus_blind383_writers import _ng_nin

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_VEHICLES = ("Xe máy", "Xe máy", "Xe đạp điện", "Đi bộ", "Ô tô con", "Xe máy")
_VN_ROLES = ("Người điều khiển", "Người ngồi sau", "Người đi bộ", "Người điều khiển")
_VN_DIAG = (
    "CTSN kín / theo dõi chấn thương sọ não",
    "Gãy kín 1/3 giữa xương cẳng chân (P)",
    "Đa chấn thương phần mềm",
    "Gãy xương đòn (T)",
    "Chấn thương bụng kín, theo dõi vỡ lách",
    "Xây xát da vùng mặt, tay chân",
)
_VN_OUTCOMES = ("Ra viện", "Chuyển tuyến BV Chợ Rẫy", "Đang điều trị", "Xin về", "Ra viện")
_VN_PLACES = (
    "Km 1752+300 QL1A, xã Tân Phú",
    "Ngã tư Bình Phước, QL13",
    "ĐT 741 đoạn qua ấp 3",
    "Đường Nguyễn Văn Linh gần cầu Rạch Bà",
    "Vòng xoay Tân Vạn",
)
_VN_PENALTIES = (
    "Tạm giữ GPLX, chờ giám định",
    "Phạt tiền 6.000.000 đ, tước GPLX 22 tháng",
    "Chuyển CQĐT khởi tố",
    "Phạt tiền 8.000.000 đ, trừ 10 điểm GPLX",
)
_VN_CLASSES = ("A1", "A1", "A", "B", "C", "B2", "C1")
_VN_HARMS = (
    ("Tử vong", 112_500_000),
    ("Gãy xương, phẫu thuật kết hợp xương", 30_000_000),
    ("Chấn thương sọ não, điều trị nội trú", 70_000_000),
    ("Thương tật tạm thời", 10_000_000),
)
_VN_PAID_HOW = ("Chuyển khoản", "Tiền mặt", "Chuyển khoản", "Nhận tại bệnh viện")
_VN_CASES = ("Xe gây tai nạn bỏ trốn", "Xe không có bảo hiểm bắt buộc", "Không xác định được xe")
_VN_INJURIES = ("Tử vong", "Thương tật trên 81%", "Thương tật 61% - 80%", "Thương tật 31% - 60%")
_VN_RELATIONS = ("Vợ", "Chồng", "Con", "Mẹ", "Bố", "Anh ruột")
_VN_WARDS = ("Xã Long Thành", "Phường Dĩ An", "Xã Bình Lợi", "Phường Tân Đông Hiệp", "Xã Phú Giáo")
_TR_HOMES = (
    "Atatürk Mah. Cumhuriyet Cad. No: 12 Daire: 4, Çankaya, Ankara",
    "Bahçelievler Mah. 1453 Sok. No: 7/3, Bahçelievler, İstanbul",
    "Karşıyaka Mah. Gazi Blv. No: 88 D: 10, Karşıyaka, İzmir",
    "Yenişehir Mah. İnönü Cad. No: 41, Osmangazi, Bursa",
)
_TR_ACC = ("Ankara / Polatlı", "Konya / Ereğli", "Bolu / Merkez", "Afyonkarahisar / Sandıklı")
_TR_STATUS = ("Ödendi", "Evrak bekleniyor", "Rücu edildi", "Ret", "Ödendi")
_NG_SUR = ("Okafor", "Adeyemi", "Bello", "Eze", "Ibrahim", "Olawale", "Nwosu", "Abubakar")
_NG_FIRST_M = ("Chinedu", "Tunde", "Musa", "Emeka", "Ifeanyi", "Sani")
_NG_FIRST_F = ("Ngozi", "Funmilayo", "Aisha", "Chiamaka", "Bukola", "Hauwa")
_NG_OTHER = ("Oluwaseun", "Chukwuma", "", "Abdullahi", "Adaeze", "")
_NG_PLACES = (
    ("14 Adeniyi Jones Avenue, Ikeja", "Ikeja", "Lagos"),
    ("Plot 22 Aminu Kano Crescent, Wuse II", "AMAC", "FCT"),
    ("7 Ogui Road, Enugu", "Enugu North", "Enugu"),
    ("33 Zoo Road, Gyadi-Gyadi", "Tarauni", "Kano"),
    ("5 Aba Road, Rumuola", "Obio/Akpor", "Rivers"),
)
_NG_INSURERS = ("AIICO", "Leadway Assurance", "AXA Mansard", "Cornerstone Insurance")
_NG_INJURY = ("Fractured femur", "Head injury", "Bruises and lacerations", "Death", "Spinal injury")
_NG_STATUS = ("Settled", "Awaiting police report", "Under review", "Discharge voucher sent")
_RU_HOMES = (
    "г. Махачкала, ул. Ярагского, д. 71, кв. 15",
    "г. Дербент, ул. Ленина, д. 12",
    "г. Каспийск, ул. Орджоникидзе, д. 4, кв. 33",
    "г. Хасавюрт, ул. Датуева, д. 38",
)
_RU_HARM = ("Вред здоровью средней тяжести", "Лёгкий вред здоровью", "Тяжкий вред", "Смерть")
_RU_CULPRITS = ("Курбанов М. А.", "Омаров Р. Г.", "Мусаев А. Ш.", "Гусейнов Т. К.")
_RU_ROLES = ("пассажир", "пешеход", "водитель", "пешеход")
_CL_PLACES = (
    ("Av. Vicuña Mackenna 4860", "Macul", "Región Metropolitana"),
    ("Pasaje Los Aromos 1123", "Puente Alto", "Región Metropolitana"),
    ("Calle Colo Colo 455", "Concepción", "Región del Biobío"),
    ("Av. Argentina 2130", "Valparaíso", "Región de Valparaíso"),
    ("Los Carrera 889", "Temuco", "Región de La Araucanía"),
)
_CL_INSURERS = ("BCI Seguros", "HDI Seguros", "Mapfre", "Consorcio", "Sura")
_CL_COVERS = ("Gastos médicos", "Incapacidad permanente", "Muerte", "Gastos médicos")
_CL_UF = {"Gastos médicos": 300, "Incapacidad permanente": 180, "Muerte": 300}
_CL_HOSPITALS = ("Hospital del Trabajador", "Clínica Alemana", "Hospital Regional", "SAPU")
_SA_CITIES = ("الرياض", "جدة", "الدمام", "مكة المكرمة", "أبها", "بريدة")
_SA_HAYY = ("حي النرجس", "حي الروضة", "حي الصفا", "حي العزيزية", "حي الفيحاء")
_SA_INJURY = ("كسر في الساق", "رضوض متفرقة", "إصابة في الرأس", "وفاة", "جروح سطحية")
_SA_STATUS = ("تم الصرف", "قيد الدراسة", "بانتظار تقرير نجم", "مرفوضة")
_SA_LETTERS = ("أ ب ج", "ر س ص", "ح ط ع", "ك ل م", "ن هـ و")


def _accident(p: Person) -> date:
    return p.other_date


def _advance(p: Person) -> int:
    harm, full = _VN_HARMS[int(p.bhxh[3]) % len(_VN_HARMS)]
    return full if harm == "Tử vong" else full * (_num(p, 5) + 3) // 10


def _vn_plate(p: Person, car: bool) -> str:
    area = _pick(p, ("51", "60", "61", "72", "50"), 2)
    if car:
        return f"{area}{_pick(p, ('A', 'H', 'K', 'C'), 3)}-{p.bhxh[-5:-2]}.{p.bhxh[-2:]}"
    return f"{area}-{_pick(p, ('B1', 'F2', 'K1', 'H7'), 3)} {p.bhxh[-5:-2]}.{p.bhxh[-2:]}"


def _cl_cover(p: Person) -> str:
    return _pick(p, _CL_COVERS, 5)


def _cl_patente(p: Person) -> str:
    letters = "BCDFGHJKLPRSTVWXYZ"
    a, b = letters[int(p.bhxh[2]) % 18], letters[int(p.bhxh[3:5]) % 18]
    c, d = letters[int(p.bhxh[5]) % 18], letters[int(p.bhxh[6:8]) % 18]
    return f"{a}{b}{c}{d}-{p.bhxh[-2:]}"


def _cl_place(p: Person) -> tuple[str, str, str]:
    return _CL_PLACES[int(p.bhxh) // 5 % len(_CL_PLACES)]


def _ng_place(p: Person) -> tuple[str, str, str]:
    return _NG_PLACES[int(p.bhxh) // 7 % len(_NG_PLACES)]


def _hijri_day(d: date) -> str:
    y, m, day = _hijri(d)
    return f"{y}/{m:02d}/{day:02d}هـ"


def _ru_fio(p: Person) -> str:
    return " ".join(_ru_name(p))


def _ru_passport396(p: Person) -> str:
    return f"82 {_ru_passport_issued(p):%y} {p.bhxh[-6:]}"


WRITERS_BLIND396: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: emergency register of road injuries
    "kin396": lambda p, c: _other_vn(p, 3),
    "kin_phone396": lambda p, c: _other_phone(p),
    "arrive396": lambda p, c: f"{_num(p, 24) - 1:02d}:{int(p.bhxh[-2:]) % 60:02d}",
    "vehicle396": lambda p, c: _pick(p, _VN_VEHICLES, 2),
    "road_role396": lambda p, c: _pick(p, _VN_ROLES, 4),
    "helmet396": lambda p, c: _pick(p, ("Có", "Có", "Không", "Không rõ"), 5),
    "alcohol396": lambda p, c: _pick(p, ("0", "0", "45,2", "0", "112,7", "Không XN"), 6),
    "diag396": lambda p, c: _pick(p, _VN_DIAG, 7),
    "outcome396": lambda p, c: _pick(p, _VN_OUTCOMES, 8),
    # Vietnam: drivers at fault whose licences were held
    "licence396": lambda p, c: f"79{p.bhxh}",
    "lic_class396": lambda p, c: _pick(p, _VN_CLASSES, 3),
    "plate396": lambda p, c: _vn_plate(p, False),
    "place396": lambda p, c: _pick(p, _VN_PLACES, 4),
    "witness396": lambda p, c: _other_vn(p, 6),
    "witness_phone396": lambda p, c: _other_phone(p, "03"),
    "penalty396": lambda p, c: _pick(p, _VN_PENALTIES, 5),
    "officer396": lambda p, c: f"Thượng úy {_other_vn(p, 8, True)}",
    # Vietnam: advance payments for injury and death
    "claim396": lambda p, c: f"BT-NG/{p.other_date:%Y}/{p.bhxh[-5:]}",
    "car_plate396": lambda p, c: _vn_plate(p, True),
    "cert396": lambda p, c: f"OT{p.bhxh[1:9]}",
    "driver396": lambda p, c: _other_vn(p, 9, True),
    "harm396": lambda p, c: _VN_HARMS[int(p.bhxh[3]) % len(_VN_HARMS)][0],
    "advance396": lambda p, c: f"{_advance(p):,}".replace(",", "."),
    "paid_day396": lambda p, c: f"{p.other_date + timedelta(days=3 + _num(p, 25)):%d/%m/%Y}",
    "paid_how396": lambda p, c: _pick(p, _VN_PAID_HOW, 6),
    # Vietnam: the Motor Vehicle Insurance Fund's humanitarian support
    "acc_ward396": lambda p, c: _pick(p, _VN_WARDS, 2),
    "case396": lambda p, c: _pick(p, _VN_CASES, 3),
    "injury396": lambda p, c: _pick(p, _VN_INJURIES, 4),
    "aid396": lambda p, c: "10.000.000" if _pick(p, _VN_INJURIES, 4) == "Tử vong" else "5.000.000",
    "proxy396": lambda p, c: _other_vn(p, 5),
    "rel396": lambda p, c: _pick(p, _VN_RELATIONS, 7),
    # Turkey: Güvence Hesabı claims
    "tc396": lambda p, c: _tc_kimlik(p),
    "tr_given396": lambda p, c: _by_sex(p, _TR_GIVEN_M, _TR_GIVEN_F, 1),
    "tr_family396": lambda p, c: _pick(p, _TR_FAMILY, 2),
    "tr_father396": lambda p, c: _pick(p, _TR_GIVEN_M, 4),
    "tr_sex396": lambda p, c: "Erkek" if p.male else "Kadın",
    "tr_mobile396": lambda p, c: _tr_mobile(p),
    "tr_home396": lambda p, c: _pick(p, _TR_HOMES, 3),
    "tr_acc_place396": lambda p, c: _pick(p, _TR_ACC, 5),
    "tr_plate396": lambda p, c: (
        f"{_num(p, 81):02d} {_pick(p, ('AB', 'KR', 'F', 'DNT'), 6)} {p.bhxh[-3:]}"
    ),
    "tr_fault396": lambda p, c: _pick(p, ("100", "75", "50", "100", "25"), 7),
    "tr_file396": lambda p, c: f"GH-{p.other_date:%Y}-{p.bhxh[-6:]}",
    "tr_claim396": lambda p, c: f"{_num(p, 900) * 1000 + 25_000:,}".replace(",", ".") + ",00",
    "tr_status396": lambda p, c: _pick(p, _TR_STATUS, 8),
    # Nigeria: third-party motor claims
    "ng_sur396": lambda p, c: _pick(p, _NG_SUR, 2),
    "ng_first396": lambda p, c: _by_sex(p, _NG_FIRST_M, _NG_FIRST_F, 3),
    "ng_other396": lambda p, c: _pick(p, _NG_OTHER, 4),
    "ng_nin396": lambda p, c: _ng_nin(p),
    "ng_sex396": lambda p, c: "Male" if p.male else "Female",
    "ng_phone396": lambda p, c: _ng_phone(p),
    "ng_home396": lambda p, c: _ng_place(p)[0],
    "ng_lga396": lambda p, c: _ng_place(p)[1],
    "ng_state396": lambda p, c: _ng_place(p)[2],
    "ng_plate396": lambda p, c: f"{_pick(p, ('LSR', 'KJA', 'ABJ', 'ENU'), 5)}-{p.bhxh[-3:]}XA",
    "ng_insurer396": lambda p, c: _pick(p, _NG_INSURERS, 6),
    "ng_policy396": lambda p, c: f"TP/MTR/{p.bhxh[:6]}/{p.other_date:%y}",
    "ng_police396": lambda p, c: f"FRSC/RTC/{p.bhxh[-4:]}",
    "ng_injury396": lambda p, c: _pick(p, _NG_INJURY, 7),
    "ng_claim396": lambda p, c: f"{(_num(p, 40) + 1) * 25_000:,}.00",
    "ng_status396": lambda p, c: _pick(p, _NG_STATUS, 8),
    # Russia: ОСАГО payouts for harm to health
    "ru_loss396": lambda p, c: f"ОСАГО-{p.other_date:%Y}-{p.bhxh[-7:]}",
    "ru_fio396": lambda p, c: _ru_fio(p),
    "snils396": lambda p, c: _snils(p),
    "ru_pass396": lambda p, c: _ru_passport396(p),
    "ru_home396": lambda p, c: _pick(p, _RU_HOMES, 3),
    "ru_phone396": lambda p, c: _ru_mobile(p, _pick(p, ("(928) ", "(988) ", "(963) "), 4), "+7 "),
    "ru_role396": lambda p, c: _pick(p, _RU_ROLES, 5),
    "ru_policy396": lambda p, c: f"ХХХ {p.bhxh}",
    "ru_culprit396": lambda p, c: _pick(p, _RU_CULPRITS, 6),
    "ru_harm396": lambda p, c: _pick(p, _RU_HARM, 7),
    "ru_sum396": lambda p, c: f"{(_num(p, 200) + 5) * 2_500:,}".replace(",", " ") + ",00",
    # Chile: SOAP
    "cl_rut396": lambda p, c: _rut(p),
    "cl_given396": lambda p, c: _cl_name(p)[0],
    "cl_pat396": lambda p, c: _cl_name(p)[1],
    "cl_mat396": lambda p, c: _cl_name(p)[2],
    "cl_sex396": lambda p, c: "Masculino" if p.male else "Femenino",
    "cl_street396": lambda p, c: _cl_place(p)[0],
    "cl_comuna396": lambda p, c: _cl_place(p)[1],
    "cl_region396": lambda p, c: _cl_place(p)[2],
    "cl_phone396": lambda p, c: _cl_phone(p),
    "cl_patente396": lambda p, c: _cl_patente(p),
    "cl_insurer396": lambda p, c: _pick(p, _CL_INSURERS, 6),
    "cl_siniestro396": lambda p, c: f"{p.other_date:%Y}{p.bhxh[-7:]}",
    "cl_cover396": lambda p, c: _cl_cover(p),
    "cl_uf396": lambda p, c: f"{_CL_UF[_cl_cover(p)] * (_num(p, 10) + 1) // 10},00",
    "cl_hospital396": lambda p, c: _pick(p, _CL_HOSPITALS, 7),
    # Saudi Arabia: motor claims after a Najm report
    "sa_name396": lambda p, c: _sa_name(p),
    "sa_id396": lambda p, c: _saudi_id(p),
    "sa_birth396": lambda p, c: _saudi_birth(p),
    "sa_sex396": lambda p, c: "ذكر" if p.male else "أنثى",
    "sa_phone396": lambda p, c: _sa_phone(p),
    "sa_city396": lambda p, c: _pick(p, _SA_CITIES, 3),
    "sa_hayy396": lambda p, c: _pick(p, _SA_HAYY, 4),
    "sa_acc396": lambda p, c: _hijri_day(_accident(p)),
    "najm396": lambda p, c: f"RD{p.other_date:%y}{p.bhxh[-8:]}",
    "sa_plate396": lambda p, c: f"{_pick(p, _SA_LETTERS, 5)} {p.bhxh[-4:]}",
    "sa_fault396": lambda p, c: _pick(p, ("100%", "75%", "50%", "25%"), 6),
    "sa_injury396": lambda p, c: _pick(p, _SA_INJURY, 7),
    "sa_amount396": lambda p, c: f"{(_num(p, 60) + 2) * 1_500:,}",
    "sa_status396": lambda p, c: _pick(p, _SA_STATUS, 8),
    "sa_paid396": lambda p, c: _hijri_day(_accident(p) + timedelta(days=20 + _num(p, 60))),
}
