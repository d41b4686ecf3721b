"""How the people of the three-hundred-and-sixth part of the outside corpus (**blind 306**,
:mod:`lienthong.quality._corpus_blind306`) are written: four Vietnamese transport files' own
columns (a licence whose points ran out, a ride-hailing driver's tax, a plate turned yellow, a
coach driver's Tết trips) and the people of a São Paulo app drivers' register, an Istanbul
school bus drivers' register, a Lagos commercial drivers' institute, a Philippine city's
tricycle franchises and a German licensing office's passenger transport permits (the CPF and
the CNH with their check digits, the T.C. Kimlik No with its two, the NIN, the PhilSys number,
the Personalausweis serial with its 7-3-1 check digit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date, _tc_kimlik
from lienthong.quality._corpus_blind57_writers import _cpf, _nin
from lienthong.quality._corpus_blind111_writers import (
    _TR_FAMILY,
    _TR_GIVEN_F,
    _TR_GIVEN_M,
    _tr_phone,
)
from lienthong.quality._corpus_blind117_writers import _PH_FAMILY, _PH_GIVEN_F, _PH_GIVEN_M, _psn
from lienthong.quality._corpus_blind119_writers import _BR_FAMILY, _BR_GIVEN_F, _BR_GIVEN_M
from lienthong.quality._corpus_blind139_writers import _DE_FAMILY, _DE_GIVEN_F, _DE_GIVEN_M
from lienthong.quality._corpus_blind141_writers import _NG_FAMILY, _NG_GIVEN_F, _NG_GIVEN_M
from lienthong.quality._corpus_blind192_writers import _NG_PREFIXES
from lienthong.quality._corpus_blind194_writers import _ph_phone

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam ---------------------------------------------------------------------------------------
_VN_GPLX_CLASS = ("B", "B", "C1", "A", "B", "C", "D2")
_VN_RETEST = ("Đạt", "Đạt", "Không đạt", "Vắng", "Đạt")
_VN_RIDE_SERVICE = ("GrabCar 4 chỗ", "GrabBike", "Xanh SM Car", "Be Car", "GrabCar 7 chỗ", "beBike")
_VN_YELLOW_HTX = (
    "HTX DV Vận tải Thành Công",
    "Cty CP Taxi Mai Linh",
    "HTX Vận tải Quyết Tiến",
    "Cty TNHH Xanh SM",
    "HTX Vận tải ô tô số 1",
)
_VN_CAR_MAKES = (
    "Toyota Vios",
    "Hyundai Accent",
    "Kia Morning",
    "VinFast VF e34",
    "Mitsubishi Xpander",
)
_VN_COACH_ROUTES = (
    "BX Miền Đông mới - BX Quy Nhơn",
    "BX Miền Đông mới - BX Buôn Ma Thuột",
    "BX Miền Đông mới - BX Đà Lạt",
    "BX Miền Đông mới - BX Vinh",
    "BX Miền Đông mới - BX Tuy Hòa",
)
_VN_COACH_FIRMS = ("Phương Trang", "Kumho Samco", "Thành Bưởi", "Tuấn Hưng", "Mai Linh Express")
_VN_COACH_NOTES = ("", "", "Lái xe thay thế", "Chạy 2 chuyến/ngày", "", "Xe giường nằm 40 chỗ")

# -- Brazil: São Paulo's app drivers (CONDUAPP) ----------------------------------------------------
_BR_SP = (
    ("Rua Augusta", "Consolação", "01305"),
    ("Av. Sapopemba", "Sapopemba", "03345"),
    ("Rua Voluntários da Pátria", "Santana", "02011"),
    ("Estrada do M'Boi Mirim", "Jardim Ângela", "04905"),
    ("Av. Marechal Tito", "São Miguel Paulista", "08010"),
    ("Rua Cerro Corá", "Alto de Pinheiros", "05061"),
)
_BR_CARS = ("Chevrolet Onix Plus", "Fiat Cronos", "Hyundai HB20S", "Renault Logan", "VW Virtus")
_BR_OTTC = ("Uber", "99", "Uber", "inDrive", "99 / Uber")
_BR_STATUS = ("Ativo", "Ativo", "Pendente curso", "Suspenso", "Ativo", "Vencido")
_BR_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

# -- Turkey: Istanbul school bus drivers -----------------------------------------------------------
_TR_IST = (
    ("Kadıköy", "Caferağa Mah.", "Moda Cad."),
    ("Bağcılar", "Kirazlı Mah.", "Atatürk Cad."),
    ("Esenyurt", "Cumhuriyet Mah.", "Doğan Araslı Bulv."),
    ("Üsküdar", "Ünalan Mah.", "Libadiye Cad."),
    ("Pendik", "Kaynarca Mah.", "Tersane Cad."),
    ("Başakşehir", "Kayabaşı Mah.", "Fenertepe Cad."),
)
_TR_FIRMS = ("Yıldız Servis Turizm Ltd. Şti.", "Öz Ulaşım Servis A.Ş.", "Kardelen Okul Servisi")
_TR_SCHOOLS = ("Moda İlkokulu", "Şehit Ömer Halisdemir Ortaokulu", "Özel Bahçeşehir Koleji")
_TR_CLASS = ("D", "D", "D1", "D", "DE")
_TR_HOSTESS_F = ("Songül", "Nurten", "Sevgi", "Filiz", "Derya")

# -- Nigeria: Lagos State Drivers' Institute -------------------------------------------------------
_NG_LAGOS = (
    ("Ikeja", "KJA", "Allen Avenue"),
    ("Alimosho", "AKD", "Ikotun-Idimu Road"),
    ("Mushin", "MUS", "Agege Motor Road"),
    ("Ikorodu", "KRD", "Lagos Road"),
    ("Surulere", "LSR", "Adeniran Ogunsanya Street"),
    ("Oshodi-Isolo", "FST", "Airport Road"),
)
_NG_PARKS = (
    "ABC Transport",
    "GIGM",
    "LAGBUS / Primero BRT",
    "Oshodi Motor Park",
    "Bolt (e-hailing)",
)
_NG_CLASS = ("E", "E", "C", "B", "E")
_NG_STATUS = ("Certified", "Certified", "Awaiting test", "Failed - retrain", "Certified")

# -- Philippines: Cabanatuan City tricycle franchises -------------------------------------------
_PH_BRGY = ("Sumacab Este", "Bitas", "Kapitan Pepe", "Aduas Norte", "Magsaysay Sur", "San Josef")
_PH_TODA = ("SETODA", "BITODA", "KAPETODA", "ANTODA", "MASUTODA", "SAJOTODA")
_PH_STATUS = ("Renewed", "Renewed", "For inspection", "Dropped", "Renewed", "Lapsed")

# -- Germany: passenger transport permits (Fahrerlaubnis zur Fahrgastbeförderung) ------------------
_DE_TOWNS = (
    ("50667", "Köln", "Hohe Straße", "K", "0221"),
    ("80331", "München", "Sendlinger Straße", "M", "089"),
    ("10115", "Berlin", "Chausseestraße", "B", "030"),
    ("20095", "Hamburg", "Mönckebergstraße", "HH", "040"),
    ("60311", "Frankfurt am Main", "Zeil", "F", "069"),
    ("70173", "Stuttgart", "Königstraße", "S", "0711"),
)
_DE_FIRMS = ("Taxi Ruf GmbH", "Mietwagen Özdemir", "Funktaxi Zentrale eG", "Krankenfahrten Lehmann")
_DE_BIRTHPLACES = ("Gelsenkirchen", "Istanbul", "Dresden", "Kattowitz", "Aleppo", "Bremen")
_DE_CLASSES = ("B", "B, BE", "B, C1", "B, C, CE", "B")
_ICAO = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_PERSO = "CFGHJKLMNPRTVWXYZ0123456789"


def _revenue(p: Person) -> int:
    return (20 + _num(p, 200)) * 1_000_000 + _num(p, 999) * 1000


def _dots(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def _cnh(p: Person) -> str:
    """A CNH (RENACH) number: nine digits and two check digits (weights 9..1, then 1..9)."""
    digits = [int(ch) for ch in p.bhxh[:9]]
    while True:
        first = sum(d * w for d, w in zip(digits, range(9, 0, -1), strict=True)) % 11
        dsc = 2 if first >= 10 else 0
        first = 0 if first >= 10 else first
        rest = sum(d * w for d, w in zip(digits, range(1, 10), strict=True)) % 11
        second = 0 if rest >= 10 else rest - dsc
        if second >= 0:
            return "".join(str(d) for d in digits) + f"{first}{second}"
        digits[0] = (digits[0] + 1) % 10


def _placa(p: Person) -> str:
    """A Mercosul plate ``FJK3C47`` or the old grey one ``FJK-3047``."""
    a, b, c = (_BR_LETTERS[int(p.bhxh[i : i + 2]) % len(_BR_LETTERS)] for i in (0, 2, 4))
    if int(p.bhxh) % 3:
        return f"{a}{b}{c}{p.bhxh[6]}{'ABCDEFGHIJ'[int(p.bhxh[7])]}{p.bhxh[8:10]}"
    return f"{a}{b}{c}-{p.bhxh[6:10]}"


def _br_phone(p: Person) -> str:
    return f"(11) 9{p.phone[2:6]}-{p.phone[6:10]}"


def _tr_place(p: Person) -> tuple[str, str, str]:
    return _TR_IST[int(p.bhxh) // 7 % len(_TR_IST)]


def _ng_place(p: Person) -> tuple[str, str, str]:
    return _NG_LAGOS[int(p.bhxh) // 5 % len(_NG_LAGOS)]


def _de_town(p: Person) -> tuple[str, str, str, str, str]:
    return _DE_TOWNS[int(p.bhxh) // 3 % len(_DE_TOWNS)]


def _perso(p: Person) -> str:
    """A Personalausweis serial: authority code, five characters, the ICAO 7-3-1 check digit."""
    body = "L" + "".join(_PERSO[int(p.bhxh[i : i + 2]) % len(_PERSO)] for i in range(0, 8, 1))[:8]
    total = sum(_ICAO.index(ch) * (7, 3, 1)[i % 3] for i, ch in enumerate(body))
    return f"{body}{total % 10}"


def _de_phone(p: Person) -> str:
    if int(p.bhxh) % 2:
        return f"01{_pick(p, ('51', '60', '70', '76'), 2)} {p.phone[3:10]}"
    return f"{_de_town(p)[4]} {p.phone[2:10]}"


def _fuehrerschein(p: Person) -> str:
    """A card licence number: authority code, serial, check character, issue count."""
    return f"{_de_town(p)[3][0]}{p.bhxh[1:4]}{p.bhxh[4:9]}{_ICAO[int(p.bhxh[9]) + 10]}1"


WRITERS_BLIND306: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: licences whose twelve points ran out, re-taking the theory test
    "gplx306": lambda p, c: f"79{p.bhxh}",
    "gplx_class306": lambda p, c: _pick(p, _VN_GPLX_CLASS, 2),
    "points_qd306": lambda p, c: f"{_num(p, 900) + 100}/QĐ-XPHC",
    "points_unit306": lambda p, c: _pick(p, ("Phòng CSGT", "Đội CSGT số 3", "CA phường"), 3),
    "retest_day306": lambda p, c: f"{p.other_date + timedelta(days=30 + _num(p, 90)):%d/%m/%Y}",
    "theory_score306": lambda p, c: f"{18 + _num(p, 12)}/30",
    "retest306": lambda p, c: _pick(p, _VN_RETEST, 4),
    # Vietnam: ride-hailing drivers the platform withholds tax for
    "ride_id306": lambda p, c: f"DRV{p.bhxh[-8:]}",
    "ride_plate306": lambda p, c: (
        f"51{_pick(p, ('F', 'G', 'K', 'H'), 3)}-{p.bhxh[-5:-2]}.{p.bhxh[-2:]}"
    ),
    "ride_service306": lambda p, c: _pick(p, _VN_RIDE_SERVICE, 4),
    "ride_revenue306": lambda p, c: _dots(_revenue(p)),
    "ride_vat306": lambda p, c: _dots(_revenue(p) * 3 // 100),
    "ride_pit306": lambda p, c: _dots(_revenue(p) * 15 // 1000),
    "ride_quarter306": lambda p, c: f"Quý {(p.other_date.month - 1) // 3 + 1}/{p.other_date.year}",
    # Vietnam: plates turned yellow for transport business
    "yl_make306": lambda p, c: _pick(p, _VN_CAR_MAKES, 2),
    "yl_chassis306": lambda p, c: f"RL4{p.bhxh[:4]}X{p.bhxh[4:]}",
    "yl_old306": lambda p, c: f"51K-{p.bhxh[-6:-3]}.{p.bhxh[-3:-1]}",
    "yl_new306": lambda p, c: f"51{_pick(p, ('H', 'F'), 4)}-{p.bhxh[-5:-2]}.{p.bhxh[-2:]}",
    "yl_firm306": lambda p, c: _pick(p, _VN_YELLOW_HTX, 5),
    "yl_reason306": lambda p, c: _pick(p, ("Chuyển KD vận tải", "Đổi nền biển", "Cấp đổi"), 6),
    # Vietnam: coach drivers on the Tết extra trips
    "coach_firm306": lambda p, c: _pick(p, _VN_COACH_FIRMS, 2),
    "coach_gplx306": lambda p, c: f"79{p.bhxh[::-1]}",
    "coach_class306": lambda p, c: _pick(p, ("D", "D", "E", "D2", "D"), 3),
    "coach_expiry306": lambda p, c: f"{_shift_date(p.other_date, 2 + _num(p, 8)):%d.%m.%Y}",
    "coach_day306": lambda p, c: f"{date(2027, 1, 28) + timedelta(days=_num(p, 25)):%d.%m.%Y}",
    "coach_plate306": lambda p, c: f"51B-{p.bhxh[-5:-2]}.{p.bhxh[-2:]}",
    "coach_route306": lambda p, c: _pick(p, _VN_COACH_ROUTES, 4),
    "coach_mate306": lambda p, c: f"{_other_vn(p, 5, male=True)} - {_other_phone(p, '09')}",
    "coach_note306": lambda p, c: _pick(p, _VN_COACH_NOTES, 6),
    # Brazil: São Paulo's app drivers
    "br_name306": lambda p, c: (
        f"{_by_sex(p, _BR_GIVEN_M, _BR_GIVEN_F, 2)} {_pick(p, _BR_FAMILY, 3)}".upper()
    ),
    "cpf306": lambda p, c: _cpf(p),
    "sex_br306": lambda p, c: "M" if p.male else "F",
    "cnh306": lambda p, c: _cnh(p),
    "cnh_cat306": lambda p, c: _pick(p, ("B", "AB", "B", "AB", "C"), 4),
    "ear306": lambda p, c: "Sim" if int(p.bhxh) % 5 else "Não",
    "placa306": lambda p, c: _placa(p),
    "br_car306": lambda p, c: _pick(p, _BR_CARS, 5),
    "ottc306": lambda p, c: _pick(p, _BR_OTTC, 6),
    "br_street306": lambda p, c: f"{_BR_SP[int(p.bhxh) // 3 % 6][0]}, {_num(p, 2000) + 1}",
    "br_bairro306": lambda p, c: _BR_SP[int(p.bhxh) // 3 % 6][1],
    "br_cep306": lambda p, c: f"{_BR_SP[int(p.bhxh) // 3 % 6][2]}-{p.bhxh[-3:]}",
    "br_city306": lambda p, c: "São Paulo" if int(p.bhxh) % 4 else "SAO PAULO",
    "br_phone306": lambda p, c: _br_phone(p),
    "br_status306": lambda p, c: _pick(p, _BR_STATUS, 7),
    # Turkey: Istanbul school bus drivers
    "tckn306": lambda p, c: _tc_kimlik(p),
    "tr_given306": lambda p, c: _by_sex(p, _TR_GIVEN_M, _TR_GIVEN_F, 2),
    "tr_family306": lambda p, c: _pick(p, _TR_FAMILY, 3).upper(),
    "sex_tr306": lambda p, c: "Erkek" if p.male else "Kadın",
    "tr_licence306": lambda p, c: f"{p.bhxh[2:8]}",
    "tr_class306": lambda p, c: _pick(p, _TR_CLASS, 4),
    "src306": lambda p, c: f"SRC2-{p.bhxh[-7:]}",
    "plaka306": lambda p, c: f"34 S{'ABCDEFGHJK'[int(p.bhxh[5])]} {p.bhxh[-4:]}",
    "tr_firm306": lambda p, c: _pick(p, _TR_FIRMS, 5),
    "tr_school306": lambda p, c: _pick(p, _TR_SCHOOLS, 6),
    "tr_addr306": lambda p, c: (
        f"{_tr_place(p)[1]} {_tr_place(p)[2]} No:{_num(p, 120) + 1} D:{_num(p, 12) + 1}, "
        f"{_tr_place(p)[0]}/İstanbul"
    ),
    "tr_district306": lambda p, c: _tr_place(p)[0],
    "tr_phone306": lambda p, c: _tr_phone(p),
    "tr_hostess306": lambda p, c: f"{_pick(p, _TR_HOSTESS_F, 7)} {_pick(p, _TR_FAMILY, 8)}",
    "tr_record306": lambda p, c: "Yok" if int(p.bhxh) % 9 else "Var (silinmiş)",
    # Nigeria: Lagos State Drivers' Institute
    "ng_family306": lambda p, c: _pick(p, _NG_FAMILY, 2).upper(),
    "ng_given306": lambda p, c: _by_sex(p, _NG_GIVEN_M, _NG_GIVEN_F, 3),
    "nin306": lambda p, c: _nin(p),
    "sex_ng306": lambda p, c: "Male" if p.male else "Female",
    "ng_phone306": lambda p, c: f"{_pick(p, _NG_PREFIXES, 4)}{p.phone[3:10]}",
    "ng_addr306": lambda p, c: (
        f"{_num(p, 80) + 1}, {_ng_place(p)[2]}, {_ng_place(p)[0]}, Lagos State"
    ),
    "ng_lga306": lambda p, c: _ng_place(p)[0],
    "ndl306": lambda p, c: (
        f"{_ng_place(p)[1]}{p.bhxh[:5]}{'ABCDEFGH'[int(p.bhxh[5]) % 8]}A{p.bhxh[-2:]}"
    ),
    "ng_class306": lambda p, c: _pick(p, _NG_CLASS, 5),
    "ng_plate306": lambda p, c: f"{_ng_place(p)[1]}-{p.bhxh[-3:]}{'ABCDEFGHJK'[int(p.bhxh[2])]}X",
    "ng_park306": lambda p, c: _pick(p, _NG_PARKS, 6),
    "ng_kin306": lambda p, c: (
        f"{_pick(p, _NG_GIVEN_F if p.male else _NG_GIVEN_M, 7)} {_pick(p, _NG_FAMILY, 2)}"
    ),
    "ng_kin_phone306": lambda p, c: f"{_pick(p, _NG_PREFIXES, 8)}{p.bhxh[-7:]}",
    "ng_status306": lambda p, c: _pick(p, _NG_STATUS, 9),
    # Philippines: tricycle franchises (MTOP)
    "mtop306": lambda p, c: f"MTOP-{2026 - _num(p, 6)}-{p.bhxh[-4:]}",
    "body306": lambda p, c: f"{_PH_TODA[int(p.bhxh) // 11 % 6][:3]}-{_num(p, 400) + 1:03d}",
    "ph_name306": lambda p, c: (
        f"{_pick(p, _PH_FAMILY, 2).upper()}, {_by_sex(p, _PH_GIVEN_M, _PH_GIVEN_F, 3)}"
        f" {'ABCDGMRST'[int(p.bhxh[3]) % 9]}."
    ),
    "psn306": lambda p, c: _psn(p),
    "sex_ph306": lambda p, c: "M" if p.male else "F",
    "ph_addr306": lambda p, c: (
        f"Purok {_num(p, 7) + 1}, Brgy. {_PH_BRGY[int(p.bhxh) // 11 % 6]}, Cabanatuan City"
    ),
    "ph_brgy306": lambda p, c: _PH_BRGY[int(p.bhxh) // 11 % 6],
    "toda306": lambda p, c: _PH_TODA[int(p.bhxh) // 11 % 6],
    "ph_driver306": lambda p, c: (
        "" if int(p.bhxh) % 3 else f"{_pick(p, _PH_GIVEN_M, 5)} {_pick(p, _PH_FAMILY, 6)}"
    ),
    "lto306": lambda p, c: f"N{p.bhxh[0:2]}-{p.bhxh[2:4]}-{p.bhxh[4:10]}",
    "ph_plate306": lambda p, c: (
        f"{p.bhxh[-4:]}-{'ABCDEFGHJK'[int(p.bhxh[1])]}{'ABCDEFGHJK'[int(p.bhxh[2])]}"
    ),
    "ph_motor306": lambda p, c: f"KF{p.bhxh[:2]}E-{p.bhxh[2:9]}",
    "ph_phone306": lambda p, c: _ph_phone(p),
    "ph_or306": lambda p, c: f"OR {p.bhxh[-7:]}",
    "ph_status306": lambda p, c: _pick(p, _PH_STATUS, 7),
    # Germany: passenger transport permits
    "de_family306": lambda p, c: _pick(p, _DE_FAMILY, 2),
    "de_given306": lambda p, c: _by_sex(p, _DE_GIVEN_M, _DE_GIVEN_F, 3),
    "de_birthplace306": lambda p, c: _pick(p, _DE_BIRTHPLACES, 4),
    "perso306": lambda p, c: _perso(p),
    "de_street306": lambda p, c: f"{_de_town(p)[2]} {_num(p, 140) + 1}",
    "de_plz306": lambda p, c: _de_town(p)[0],
    "de_town306": lambda p, c: _de_town(p)[1],
    "de_phone306": lambda p, c: _de_phone(p),
    "fsnr306": lambda p, c: _fuehrerschein(p),
    "de_classes306": lambda p, c: _pick(p, _DE_CLASSES, 5),
    "fzf_until306": lambda p, c: f"{_shift_date(p.other_date, 5):%d.%m.%Y}",
    "de_firm306": lambda p, c: _pick(p, _DE_FIRMS, 6),
    "konz306": lambda p, c: f"{_de_town(p)[3]}-{_num(p, 3000) + 1:04d}",
    "de_plate306": lambda p, c: (
        f"{_de_town(p)[3]}-{'ABCDEFGHKLMNPRSTUVXYZ'[int(p.bhxh[2:4]) % 21]}"
        f"{'ABCDEFGHKLMNPRSTUVXYZ'[int(p.bhxh[4:6]) % 21]} {int(p.bhxh[-4:]) % 9999 + 1}"
    ),
    "de_note306": lambda p, c: _pick(
        p, ("", "Ortskundeprüfung bestanden", "Verlängerung", "", "Führungszeugnis fehlt"), 7
    ),
}

__all__ = ["WRITERS_BLIND306"]
