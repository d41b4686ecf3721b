"""How the people of the four-hundred-and-seventeenth part of the outside corpus (**blind 417**,
:mod:`lienthong.quality._corpus_blind417`) are written: four Vietnamese files' own columns (the
tour-guiding proficiency test, a hotel's staff in compulsory social insurance, the person in
charge of a travel firm applying for an international licence, hotel staff assessed for VTOS
certificates) and Cuban, Saudi, Mozambican, Greek and Singaporean guides' and hotel workers'
names, addresses, phones and numbers in the forms their cards show (the carné de identidad, the
Saudi ID with its Luhn digit, the Mozambican BI, the AMKA with its Luhn digit, the NRIC with its
check letter)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind45_writers import _hijri
from lienthong.quality._corpus_blind46_writers import _CU_FAMILY, _CU_GIVEN_F, _CU_GIVEN_M, _carne
from lienthong.quality._corpus_blind64_writers import (
    _GR_FAMILY,
    _GR_GIVEN_F,
    _GR_GIVEN_M,
    _GR_PLACES,
    _afm,
    _amka,
)
from lienthong.quality._corpus_blind76_writers import (
    _MZ_FAMILY,
    _MZ_GIVEN_F,
    _MZ_GIVEN_M,
    _mz_bi,
    _mz_place,
)
from lienthong.quality._corpus_blind95_writers import _nric, _sg_street
from lienthong.quality._corpus_blind97_writers import (
    _SA_FAMILY,
    _SA_FATHERS,
    _SA_GIVEN_F,
    _SA_GIVEN_M,
)
from lienthong.quality._corpus_blind129_writers import _SG_FAMILY, _SG_GIVEN_F, _SG_GIVEN_M
from lienthong.quality._corpus_blind166_writers import _CU_PLACES

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_DEGREES = (
    "Cử nhân Việt Nam học",
    "Cử nhân Ngôn ngữ Anh",
    "Cao đẳng Hướng dẫn du lịch",
    "Cử nhân Quản trị DV du lịch & lữ hành",
    "Trung cấp Nghiệp vụ lễ tân",
)
_VN_TEST_KINDS = ("Nội địa", "Nội địa", "Quốc tế", "Tại điểm", "Quốc tế")
_VN_TOUR_LANGS = ("Tiếng Anh B2", "Không", "Tiếng Trung HSK4", "Tiếng Hàn TOPIK 4", "Tiếng Pháp B2")
_VN_RESULTS = ("Đạt", "Đạt", "Đạt", "Không đạt", "Vắng thi")
_VN_DEPTS = ("Lễ tân (FO)", "Buồng phòng (HK)", "Ẩm thực (F&B)", "Bếp", "Kỹ thuật", "An ninh")
_VN_TITLES = ("Nhân viên", "Trưởng ca", "Giám sát", "Nhân viên", "Tổ trưởng", "Trợ lý")
_VN_FIRMS = (
    "Công ty TNHH Du lịch Hạ Long Xanh",
    "Công ty CP Lữ hành Sông Hàn",
    "Công ty TNHH MTV Lữ hành Cố Đô",
    "Công ty CP Du lịch Mê Kông Việt",
)
_VN_ROLES = ("Giám đốc", "Phó Giám đốc", "Trưởng phòng điều hành", "Giám đốc điều hành")
_VN_CERTS = (
    "CC điều hành du lịch quốc tế",
    "Bằng CN Quản trị lữ hành",
    "CC điều hành du lịch quốc tế",
    "Bằng CĐ Hướng dẫn du lịch",
)
_VN_DOSSIER_STATUS = ("Đã cấp GP", "Đang thẩm định", "Yêu cầu bổ sung", "Đã cấp GP", "Trả hồ sơ")
_VN_HOTELS = (
    "Mường Thanh Luxury Nha Trang",
    "KS Sài Gòn Đà Lạt",
    "Vinpearl Resort Phú Quốc",
    "KS Hòa Bình Hà Nội",
    "Novotel Hạ Long",
)
_VN_VTOS = ("Lễ tân", "Buồng", "Nhà hàng", "Kỹ thuật chế biến món ăn", "Lễ tân")
_VN_ASSESSORS = ("ĐGV Trần Thu Hà", "ĐGV Lê Quốc Bảo", "ĐGV Phạm Mai Anh", "ĐGV Vũ Đức Long")
_VN_HOMETOWNS = ("Nghệ An", "Hà Tĩnh", "Quảng Nam", "Thanh Hóa", "Bình Định", "Khánh Hòa")
_CU_LANGS = ("Inglés", "Inglés, Francés", "Alemán", "Italiano, Inglés", "Ruso", "Francés")
_CU_AGENCIES = ("Havanatur", "Cubatur", "Viajes Cubanacán", "Gaviota Tours", "Ecotur")
_SA_CITIES = ("الرياض", "جدة", "العلا", "أبها", "الدمام", "المدينة المنورة")
_SA_KINDS = ("مرشد سياحي عام", "مرشد سياحي محلي", "مرشد سياحي عام", "مرشد سياحي متخصص")
_SA_LANGS = ("العربية، الإنجليزية", "العربية، الفرنسية", "العربية، الصينية", "العربية، الإنجليزية")
_SA_FIRMS = ("مستقل", "شركة رحلات العلا", "مؤسسة درب السياحية", "مستقل", "شركة سفر الجزيرة")
_MZ_CATS = ("Rececionista", "Empregada de quartos", "Empregado de mesa", "Cozinheiro de 2.ª")
_MZ_DEPTS = ("Receção", "Andares", "Restaurante e Bar", "Cozinha", "Manutenção")
_GR_FATHERS = ("Γεώργιος", "Ιωάννης", "Νικόλαος", "Κωνσταντίνος", "Δημήτριος", "Σπυρίδων")
_GR_LANGS = ("Αγγλικά", "Αγγλικά, Γαλλικά", "Γερμανικά", "Ιταλικά, Αγγλικά", "Ρωσικά")
_SG_TYPES = ("General", "General", "Area - Sentosa", "General", "Area - Chinatown")
_SG_LANGS = ("English", "English, Mandarin", "English, Japanese", "Malay, English", "Korean")


def _shift(d: date, days: int) -> date:
    return d + timedelta(days=days)


def _stamp(p: Person) -> str:
    at = datetime(2026, 9, 1, 7, 30) + timedelta(minutes=int(p.bhxh[-6:]) % 90_000)
    return f"{at:%d/%m/%Y %H:%M}"


def _cu_name(p: Person) -> str:
    given = _by_sex(p, _CU_GIVEN_M, _CU_GIVEN_F, 1)
    return f"{given} {_pick(p, _CU_FAMILY, 2)} {_pick(p, _CU_FAMILY, 5)}"


def _cu_phone(p: Person) -> str:
    kind = int(p.bhxh) % 3
    if kind == 0:
        return f"+53 5{p.phone[3:10]}"
    return f"5{p.phone[3:6]} {p.phone[6:10]}" if kind == 1 else f"7 8{p.phone[4:6]} {p.phone[6:10]}"


def _sa_id(p: Person) -> str:
    """A Saudi citizen's national ID (guides must be citizens): 1, eight digits, Luhn digit."""
    return _luhn(f"1{p.bhxh[1:9]}")


def _sa_name(p: Person) -> str:
    given = _SA_GIVEN_M if p.male else _SA_GIVEN_F
    i = int(p.bhxh) // 12 % len(given)
    father = _SA_FATHERS[int(p.bhxh) // 34 % len(_SA_FATHERS)][0]
    return f"{given[i][0]} {father} {_SA_FAMILY[int(p.bhxh) // 23 % len(_SA_FAMILY)][0]}"


def _sa_birth(p: Person) -> str:
    y, m, d = _hijri(p.birth)
    return f"{y}/{m:02d}/{d:02d}"


def _sa_phone(p: Person) -> str:
    return f"9665{p.phone[2:10]}" if int(p.bhxh) % 3 == 0 else f"05{p.phone[2:10]}"


def _mz_name(p: Person) -> str:
    return f"{_by_sex(p, _MZ_GIVEN_M, _MZ_GIVEN_F, 1)} {_pick(p, _MZ_FAMILY, 2)}"


def _mz_phone(p: Person) -> str:
    op = _pick(p, ("84", "85", "86", "87", "82"), 3)
    if int(p.bhxh) % 2:
        return f"+258 {op} {p.phone[3:6]} {p.phone[6:10]}"
    return f"{op}{p.phone[3:10]}"


def _gr_place(p: Person) -> tuple[str, ...]:
    return _GR_PLACES[int(p.bhxh) // 7 % len(_GR_PLACES)]


def _sg_name(p: Person) -> str:
    return f"{_pick(p, _SG_FAMILY, 2).upper()} {_by_sex(p, _SG_GIVEN_M, _SG_GIVEN_F, 1).upper()}"


def _sg_address(p: Person) -> tuple[str, str]:
    street, sector, block = _sg_street(p)
    unit = f"#{_num(p, 14) + 2:02d}-{int(p.bhxh[-3:]) % 300 + 1:02d}"
    return f"Blk {block} {street}, {unit}, Singapore {sector}{block % 1000:04d}", (
        f"{sector}{block % 1000:04d}"
    )


WRITERS_BLIND417: dict[str, Callable[[Person, Col], object]] = {
    # tour-guiding proficiency test
    "sbd417": lambda p, c: f"HDV-{p.bhxh[-4:]}",
    "degree417": lambda p, c: _pick(p, _VN_DEGREES, 1),
    "test_kind417": lambda p, c: _pick(p, _VN_TEST_KINDS, 2),
    "tour_lang417": lambda p, c: _pick(p, _VN_TOUR_LANGS, 3),
    "score417": lambda p, c: f"{50 + _num(p, 50)}",
    "practice417": lambda p, c: f"{(40 + _num(p, 60)) / 10:.1f}".replace(".", ","),
    "result417": lambda p, c: _pick(p, _VN_RESULTS, 4),
    # hotel staff in compulsory social insurance
    "emp417": lambda p, c: f"NV{p.bhxh[-5:]}",
    "dept417": lambda p, c: _pick(p, _VN_DEPTS, 2),
    "title417": lambda p, c: _pick(p, _VN_TITLES, 3),
    "wage417": lambda p, c: f"{(48 + _num(p, 60)) * 100_000:,}".replace(",", "."),
    "hired417": lambda p, c: f"{_shift(date(2019, 3, 1), int(p.bhxh[-4:]) % 2500):%d/%m/%Y}",
    # the person in charge of a travel firm
    "dossier417": lambda p, c: f"{_num(p, 900)}/HS-LHQT",
    "firm417": lambda p, c: _pick(p, _VN_FIRMS, 1),
    "firm_mst417": lambda p, c: f"0{p.bhxh[1:10]}",
    "role417": lambda p, c: _pick(p, _VN_ROLES, 2),
    "cert417": lambda p, c: _pick(p, _VN_CERTS, 3),
    "deposit417": lambda p, c: _pick(p, ("100", "100", "500", "100"), 4),
    "dossier_status417": lambda p, c: _pick(p, _VN_DOSSIER_STATUS, 5),
    # VTOS assessment
    "hotel417": lambda p, c: _pick(p, _VN_HOTELS, 1),
    "vtos417": lambda p, c: _pick(p, _VN_VTOS, 2),
    "vtos_level417": lambda p, c: f"Bậc {_num(p, 5)}",
    "assessor417": lambda p, c: _pick(p, _VN_ASSESSORS, 3),
    "vtos_no417": lambda p, c: f"VTCB-{p.bhxh[-6:]}",
    "hometown417": lambda p, c: _pick(p, _VN_HOMETOWNS, 4),
    "stamp417": lambda p, c: _stamp(p),
    # Cuba: tourist guides of the travel agencies
    "cu_ci417": lambda p, c: _carne(p),
    "cu_name417": lambda p, c: _cu_name(p),
    "sex_cu417": lambda p, c: "M" if p.male else "F",
    "cu_addr417": lambda p, c: (
        f"{_CU_PLACES[int(p.bhxh) // 9 % len(_CU_PLACES)][0]}, "
        f"{_CU_PLACES[int(p.bhxh) // 9 % len(_CU_PLACES)][2]}"
    ),
    "cu_mun417": lambda p, c: _CU_PLACES[int(p.bhxh) // 9 % len(_CU_PLACES)][2],
    "cu_prov417": lambda p, c: _CU_PLACES[int(p.bhxh) // 9 % len(_CU_PLACES)][3],
    "phone_cu417": lambda p, c: _cu_phone(p),
    "cu_lang417": lambda p, c: _pick(p, _CU_LANGS, 3),
    "cu_agency417": lambda p, c: _pick(p, _CU_AGENCIES, 4),
    "cu_lic417": lambda p, c: f"GT-{p.bhxh[-5:]}/{2020 + _num(p, 6)}",
    # Saudi Arabia: tourist guide licences
    "sa_id417": lambda p, c: _sa_id(p),
    "sa_name417": lambda p, c: _sa_name(p),
    "sa_birth417": lambda p, c: _sa_birth(p),
    "sex_sa417": lambda p, c: "ذكر" if p.male else "أنثى",
    "phone_sa417": lambda p, c: _sa_phone(p),
    "sa_city417": lambda p, c: _pick(p, _SA_CITIES, 2),
    "sa_lic417": lambda p, c: f"TG-{p.bhxh[-6:]}",
    "sa_kind417": lambda p, c: _pick(p, _SA_KINDS, 3),
    "sa_lang417": lambda p, c: _pick(p, _SA_LANGS, 4),
    "sa_firm417": lambda p, c: _pick(p, _SA_FIRMS, 5),
    "sa_exp417": lambda p, c: f"{_shift(date(2027, 1, 10), _num(p, 700)):%d/%m/%Y}",
    # Mozambique: a hotel's staff map
    "mz_name417": lambda p, c: _mz_name(p),
    "mz_bi417": lambda p, c: _mz_bi(p),
    "mz_nuit417": lambda p, c: f"1{p.bhxh[2:10]}",
    "mz_inss417": lambda p, c: f"{p.bhxh[-8:]}",
    "sex_mz417": lambda p, c: "Masculino" if p.male else "Feminino",
    "mz_cat417": lambda p, c: _pick(p, _MZ_CATS, 2),
    "mz_dept417": lambda p, c: _pick(p, _MZ_DEPTS, 3),
    "mz_wage417": lambda p, c: f"{(9 + _num(p, 20)) * 1_000:,}".replace(",", ".") + ",00",
    "mz_addr417": lambda p, c: ", ".join(_mz_place(p)[1:]),
    "phone_mz417": lambda p, c: _mz_phone(p),
    # Greece: register of licensed tourist guides
    "gr_fam417": lambda p, c: _GR_FAMILY[int(p.bhxh) // 23 % len(_GR_FAMILY)][0 if p.male else 1],
    "gr_giv417": lambda p, c: _by_sex(p, _GR_GIVEN_M, _GR_GIVEN_F, 1),
    "gr_father417": lambda p, c: _pick(p, _GR_FATHERS, 3),
    "sex_gr417": lambda p, c: "Άνδρας" if p.male else "Γυναίκα",
    "gr_amka417": lambda p, c: _amka(p),
    "gr_afm417": lambda p, c: _afm(p),
    "gr_lic417": lambda p, c: f"{_num(p, 3000)}/{2005 + _num(p, 20)}",
    "gr_lang417": lambda p, c: _pick(p, _GR_LANGS, 4),
    "gr_street417": lambda p, c: _gr_place(p)[0],
    "gr_tk417": lambda p, c: _gr_place(p)[1],
    "gr_dimos417": lambda p, c: _gr_place(p)[2],
    "phone_gr417": lambda p, c: f"69{p.phone[2:10]}",
    # Singapore: tourist guide licences
    "sg_nric417": lambda p, c: _nric(p),
    "sg_name417": lambda p, c: _sg_name(p),
    "sex_sg417": lambda p, c: "Male" if p.male else "Female",
    "sg_lic417": lambda p, c: f"TG{p.bhxh[-6:]}",
    "sg_ltype417": lambda p, c: _pick(p, _SG_TYPES, 2),
    "sg_lang417": lambda p, c: _pick(p, _SG_LANGS, 3),
    "sg_addr417": lambda p, c: _sg_address(p)[0],
    "sg_post417": lambda p, c: _sg_address(p)[1],
    "phone_sg417": lambda p, c: f"+65 {_pick(p, ('8', '9'), 2)}{p.phone[-7:-4]} {p.phone[-4:]}",
    "sg_expiry417": lambda p, c: f"{_shift(date(2027, 2, 1), _num(p, 1000)):%d-%b-%Y}",
}

__all__ = ["WRITERS_BLIND417"]
