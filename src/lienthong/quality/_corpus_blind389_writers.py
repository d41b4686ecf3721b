"""How the people of the three-hundred-and-eighty-ninth part of the outside corpus (**blind
389**, :mod:`lienthong.quality._corpus_blind389`) are written: people on tuberculosis and
chronic disease programmes. Household contacts of TB patients screened by chest X-ray, people on
3HP preventive treatment, drug-resistant TB patients paid a monthly food allowance, heart-failure
patients' follow-up visits; and Zimbabwean, Azerbaijani, Paraguayan, Tajik and Mongolian
patients with their identity numbers (the Zimbabwean ID's check letter, the FİN, the cédula, the
Tajik passport, the регистрийн дугаар), their treatment supporters and their visits."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind18_writers import _ZW_LETTERS
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind112_writers import _mn_place, _mn_reg

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]
_VN_ADDR = (
    "Tổ 3, ấp Phú Hòa, xã Phú Thạnh, tỉnh Đồng Tháp",
    "Số 14 ngõ 52, tổ dân phố 7, phường Quang Trung, tỉnh Hưng Yên",
    "Thôn Đông, xã Hải Bình, tỉnh Thanh Hóa",
    "Khóm 2, phường 8, TP Cà Mau, tỉnh Cà Mau",
    "Bản Nà Phặc, xã Nà Phặc, tỉnh Cao Bằng",
)
_VN_REL = ("Vợ", "Chồng", "Con", "Mẹ", "Bố", "Cháu", "Anh/chị/em")
_VN_XRAY = ("Bình thường", "Nghi lao", "Bình thường", "Tổn thương cũ", "Bình thường")
_VN_XPERT = ("MTB(-)", "MTB(+) RIF(-)", "Không làm", "MTB(-)", "Chờ KQ")
_VN_TB_TYPE = ("Lao phổi AFB(+)", "Lao phổi Xpert(+)", "Lao phổi AFB(-)", "Lao màng phổi")
_VN_3HP = ("3HP", "3HP", "6H", "3HR", "1HP")
_VN_DOSES = ("12/12 liều", "8/12 liều", "Đang uống", "Bỏ trị", "12/12 liều", "Hoàn thành")
_VN_MDR = ("MDR-TB", "RR-TB", "Pre-XDR", "MDR-TB", "Hr-TB")
_VN_REGIMEN = ("BPaLM", "Phác đồ ngắn 9 tháng", "BPaL", "Phác đồ dài 18 tháng")
_VN_SUPPORT = ("Đã nhận", "Đã nhận", "Chưa nhận", "Nhận thay", "Đã nhận")
_VN_NYHA = ("NYHA I", "NYHA II", "NYHA II", "NYHA III", "NYHA IV")
_VN_HF_DRUGS: _T = ("Sacubitril/Valsartan", "Bisoprolol + Furosemid", "Dapagliflozin 10mg")
_VN_HF_DRUGS += ("Enalapril 5mg + Spironolacton", "Carvedilol 6,25mg")
_ZW_FAMILY = ("Moyo", "Ncube", "Sibanda", "Dube", "Mpofu", "Chikwanha", "Mutasa", "Marufu")
_ZW_GIVEN_M = ("Tendai", "Tatenda", "Farai", "Blessing", "Tinashe", "Nkosana", "Kudakwashe")
_ZW_GIVEN_F = ("Rudo", "Chipo", "Nyasha", "Tariro", "Thandiwe", "Precious", "Ruvimbo")
_ZW_HOMES = (
    ("63", "House No. 4512, Mabvuku", "Harare"),
    ("08", "12 Nkulumane Extension", "Bulawayo"),
    ("29", "Stand 881, Sakubva", "Mutare"),
    ("22", "Plot 17, Mkoba 14", "Gweru"),
    ("58", "Village 3, Chief Negomo", "Bindura"),
)
_ZW_CLINIC = ("Mabvuku Polyclinic", "Nkulumane Clinic", "Sakubva Clinic", "Mkoba Clinic")
_ZW_OUTCOME = ("On treatment", "Cured", "Treatment completed", "LTFU", "Transferred out")
_AZ_FAMILY_M = ("Məmmədov", "Əliyev", "Hüseynov", "Quliyev", "Həsənov", "İsmayılov")
_AZ_GIVEN_M = ("Elvin", "Rəşad", "Orxan", "Tural", "Vüqar", "Elçin", "Ramil")
_AZ_GIVEN_F = ("Aynur", "Günel", "Səbinə", "Leyla", "Nərmin", "Könül", "Aygün")
_AZ_HOMES = (
    ("Nizami r-nu, Q.Qarayev pr. 41, m. 17", "Bakı ş."),
    ("Xətai r-nu, Babək pr. 12, m. 84", "Bakı ş."),
    ("Nəriman Nərimanov küç. 5", "Sumqayıt ş."),
    ("Cavadxan küç. 33", "Gəncə ş."),
    ("Heydər Əliyev pr. 71", "Lənkəran ş."),
)
_AZ_DISP = ("Bakı Şəhər Vərəm Dispanseri", "Sumqayıt Vərəm Dispanseri", "Gəncə Vərəm Dispanseri")
_PY_FAMILY = ("Benítez", "Giménez", "Ortiz", "Acosta", "Villalba", "Ayala", "Cáceres", "Duarte")
_PY_GIVEN_M = ("Juan Carlos", "Derlis", "Osvaldo", "Ramón", "Cristian Ariel", "Rubén Darío")
_PY_GIVEN_F = ("María Liz", "Nidia", "Zunilda", "Rossana", "Lourdes Beatriz", "Mirna")
_PY_HOMES = (
    ("Barrio San Pablo", "Asunción", "Capital"),
    ("Compañía Potrero Guaraní", "Caaguazú", "Caaguazú"),
    ("Barrio Obrero", "Ciudad del Este", "Alto Paraná"),
    ("Compañía Ybycuí", "Paraguarí", "Paraguarí"),
    ("Barrio San Antonio", "Concepción", "Concepción"),
)
_PY_USF = ("USF San Pablo", "USF Potrero Guaraní", "USF Km 7", "USF Ybycuí", "USF Itacurubí")
_PY_BACI = ("BK (+)", "BK (-)", "BK (+)", "Xpert MTB detectado", "Sin muestra")
_TJ_FAMILY_M = ("Раҳимов", "Назаров", "Шарипов", "Каримов", "Сафаров", "Давлатов")
_TJ_GIVEN_M = ("Фирдавс", "Ҷамшед", "Баҳодур", "Искандар", "Сӯҳроб", "Далер")
_TJ_GIVEN_F = ("Мавҷуда", "Зарина", "Гулнора", "Нигина", "Шаҳло", "Мадина")
_TJ_HOMES = (
    ("кӯч. Рӯдакӣ 45, ш. 12", "ш. Душанбе"),
    ("кӯч. Исмоили Сомонӣ 8", "ш. Хуҷанд"),
    ("деҳаи Гулистон", "н. Рӯдакӣ"),
    ("кӯч. Айнӣ 17", "ш. Бохтар"),
    ("деҳаи Навобод", "н. Ҳисор"),
)
_TJ_PHASE = ("Марҳилаи шадид", "Марҳилаи идомавӣ", "Табобат анҷом ёфт", "Марҳилаи шадид")
_MN_FAMILY = ("Батболд", "Ганбаатар", "Цэрэндорж", "Мөнхбат", "Дорж", "Баатар", "Энхтуяа")
_MN_GIVEN_M = ("Батбаяр", "Ганзориг", "Тэмүүлэн", "Эрдэнэбат", "Сүхбат", "Мөнх-Очир")
_MN_GIVEN_F = ("Оюунчимэг", "Сарангэрэл", "Наранцэцэг", "Энхжаргал", "Уранчимэг", "Болормаа")
_MN_FATHERS = ("Дашдорж", "Лхагвасүрэн", "Пүрэвдорж", "Гомбо", "Жамъян", "Нямдорж", "Очир")
_MN_DX = (
    ("Артерийн даралт ихсэх", "Эналаприл"),
    ("Чихрийн шижин 2-р хэв", "Метформин"),
    ("Зүрхний дутагдал", "Фуросемид"),
    ("Артерийн даралт ихсэх", "Амлодипин"),
    ("Чихрийн шижин 2-р хэв", "Инсулин"),
)


def _day(p: Person, salt: int = 0, year: int = 2026) -> date:
    return _safe_day(year, int(p.bhxh[salt % 4 + 2]) % 11 + 1, int(p.bhxh[-3:]) % 28 + 1)


def _zw_id(p: Person) -> str:
    """``63-123456A78``: the registering district, six or seven digits, the letter for the
    remainder by 23 of district and serial, and the district of origin."""
    district = _pick(p, tuple(h[0] for h in _ZW_HOMES), 3)
    serial = p.bhxh[-6:] if int(p.bhxh[0]) % 2 else p.bhxh[-7:]
    letter = _ZW_LETTERS[int(district + serial) % 23]
    return f"{district}-{serial}{letter}{_pick(p, ('63', '08', '29', '42', '58', '22'), 5)}"


def _az_fin(p: Person) -> str:
    """A FİN: seven characters of digits and Latin letters without I, O, Q."""
    alphabet = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
    value, out = int(p.bhxh), ""
    for _ in range(7):
        value, rest = divmod(value, len(alphabet))
        out += alphabet[rest]
    return out


def _py_cedula(p: Person) -> str:
    number = int(p.bhxh[-7:]) % 6_500_000 + 500_000
    return f"{number:,}".replace(",", ".") if int(p.bhxh[1]) % 3 else str(number)


def _place(p: Person, homes: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return homes[int(p.bhxh) // 7 % len(homes)]


def _family(p: Person, male: _T, suffix: str) -> str:
    family = _pick(p, male, 2)
    return family if p.male else f"{family}{suffix}"


WRITERS_BLIND389: dict[str, Callable[[Person, Col], object]] = {
    # Vietnamese: household contacts of a TB patient
    "index_case389": lambda p, c: _other_vn(p, 3),
    "index_code389": lambda p, c: f"{p.bhxh[:2]}/{2025 + int(p.bhxh[3]) % 2}/LP-{_num(p, 400)}",
    "relation389": lambda p, c: _pick(p, _VN_REL, 4),
    "xray389": lambda p, c: _pick(p, _VN_XRAY, 5),
    "xpert389": lambda p, c: _pick(p, _VN_XPERT, 6),
    "cough389": lambda p, c: "Có" if int(p.bhxh[5]) % 4 == 0 else "Không",
    "contact_addr389": lambda p, c: _pick(p, _VN_ADDR, 1),
    # 3HP preventive treatment
    "tpt_code389": lambda p, c: f"DPL-{p.bhxh[2:7]}",
    "regimen389": lambda p, c: _pick(p, _VN_3HP, 2),
    "doses389": lambda p, c: _pick(p, _VN_DOSES, 3),
    "weight389": lambda p, c: f"{40 + _num(p, 35)},{p.bhxh[4]}",
    "station389": lambda p, c: f"TYT xã {_pick(p, ('Phú Thạnh', 'Hải Bình', 'Tân Lập', 'An Hòa'))}",
    # drug-resistant TB food allowance
    "mdr_code389": lambda p, c: f"MDR/{p.bhxh[:2]}/{_num(p, 300):03d}",
    "mdr_type389": lambda p, c: _pick(p, _VN_MDR, 2),
    "mdr_regimen389": lambda p, c: _pick(p, _VN_REGIMEN, 3),
    "month389": lambda p, c: f"{int(p.bhxh[6]) % 12 + 1:02d}/2026",
    "allowance389": lambda p, c: f"{(int(p.bhxh[7]) % 3 + 2) * 500_000:,}".replace(",", "."),
    "receipt389": lambda p, c: _pick(p, _VN_SUPPORT, 4),
    "receiver389": lambda p, c: _other_vn(p, 6),
    "supporter389": lambda p, c: _other_vn(p, 7),
    "sup_phone389": lambda p, c: _other_phone(p, "03"),
    # heart failure follow-up
    "hf_code389": lambda p, c: f"TM{p.bhxh[1:8]}",
    "nyha389": lambda p, c: _pick(p, _VN_NYHA, 4),
    "ef389": lambda p, c: f"{25 + _num(p, 40)}%",
    "hf_drugs389": lambda p, c: _pick(p, _VN_HF_DRUGS, 5),
    "next_visit389": lambda p, c: f"{_day(p, 2) + timedelta(days=28):%d/%m/%Y}",
    "doctor389": lambda p, c: "BS. " + _other_vn(p, 9),
    # Zimbabwe
    "zw_id389": lambda p, c: _zw_id(p),
    "zw_family389": lambda p, c: _pick(p, _ZW_FAMILY, 1),
    "zw_given389": lambda p, c: _by_sex(p, _ZW_GIVEN_M, _ZW_GIVEN_F, 2),
    "sex_zw389": lambda p, c: "M" if p.male else "F",
    "zw_street389": lambda p, c: _place(p, _ZW_HOMES)[1],
    "zw_town389": lambda p, c: _place(p, _ZW_HOMES)[2],
    "zw_phone389": lambda p, c: (
        f"+263 7{_pick(p, ('1', '3', '7', '8'), 3)} {p.bhxh[-7:-4]} {p.bhxh[-4:]}"
    ),
    "zw_tbno389": lambda p, c: f"{_pick(p, _ZW_CLINIC, 4)[:3].upper()}/TB/{_num(p, 500):03d}/26",
    "zw_clinic389": lambda p, c: _pick(p, _ZW_CLINIC, 4),
    "zw_supporter389": lambda p, c: f"{_pick(p, _ZW_GIVEN_F, 6)} {_pick(p, _ZW_FAMILY, 7)}",
    "zw_outcome389": lambda p, c: _pick(p, _ZW_OUTCOME, 5),
    # Azerbaijan
    "fin_az389": lambda p, c: _az_fin(p),
    "az_family389": lambda p, c: _family(p, _AZ_FAMILY_M, "a"),
    "az_given389": lambda p, c: _by_sex(p, _AZ_GIVEN_M, _AZ_GIVEN_F, 1),
    "az_father389": lambda p, c: _pick(p, _AZ_GIVEN_M, 4) + (" oğlu" if p.male else " qızı"),
    "sex_az389": lambda p, c: "Kişi" if p.male else "Qadın",
    "az_street389": lambda p, c: _place(p, _AZ_HOMES)[0],
    "az_city389": lambda p, c: _place(p, _AZ_HOMES)[1],
    "az_phone389": lambda p, c: (
        f"(0{_pick(p, ('50', '51', '55', '70', '77'), 2)})"
        f" {p.bhxh[-7:-4]}-{p.bhxh[-4:-2]}-{p.bhxh[-2:]}"
    ),
    "az_passport389": lambda p, c: f"AA{p.bhxh[-7:]}",
    "az_disp389": lambda p, c: _pick(p, _AZ_DISP, 5),
    "az_case389": lambda p, c: f"{_num(p, 900)}/{2026 - int(p.bhxh[2]) % 2}",
    "az_doctor389": lambda p, c: f"{_pick(p, _AZ_GIVEN_F, 6)} {_pick(p, _AZ_FAMILY_M, 7)}a",
    # Paraguay
    "ci_py389": lambda p, c: _py_cedula(p),
    "py_given389": lambda p, c: _by_sex(p, _PY_GIVEN_M, _PY_GIVEN_F, 1),
    "py_family389": lambda p, c: f"{_pick(p, _PY_FAMILY, 2)} {_pick(p, _PY_FAMILY, 5)}",
    "sex_py389": lambda p, c: "Masculino" if p.male else "Femenino",
    "py_barrio389": lambda p, c: _place(p, _PY_HOMES)[0],
    "py_city389": lambda p, c: _place(p, _PY_HOMES)[1],
    "py_dept389": lambda p, c: _place(p, _PY_HOMES)[2],
    "py_phone389": lambda p, c: f"09{_pick(p, ('81', '82', '71', '61', '91'), 3)} {p.bhxh[-6:]}",
    "py_usf389": lambda p, c: _pick(p, _PY_USF, 4),
    "py_baci389": lambda p, c: _pick(p, _PY_BACI, 5),
    "py_tratante389": lambda p, c: f"{_pick(p, _PY_GIVEN_F, 6)} {_pick(p, _PY_FAMILY, 7)}",
    # Tajikistan
    "tj_family389": lambda p, c: _family(p, _TJ_FAMILY_M, "а"),
    "tj_given389": lambda p, c: _by_sex(p, _TJ_GIVEN_M, _TJ_GIVEN_F, 1),
    "tj_patr389": lambda p, c: _pick(p, _TJ_GIVEN_M, 4) + ("ович" if p.male else "овна"),
    "tj_passport389": lambda p, c: f"A{p.bhxh[-8:]}",
    "sex_tj389": lambda p, c: "мард" if p.male else "зан",
    "tj_street389": lambda p, c: _place(p, _TJ_HOMES)[0],
    "tj_town389": lambda p, c: _place(p, _TJ_HOMES)[1],
    "tj_phone389": lambda p, c: f"+992 9{p.bhxh[2]} {p.bhxh[-7:-4]} {p.bhxh[-4:]}",
    "tj_card389": lambda p, c: f"№ {_num(p, 700)}/{p.bhxh[:2]}",
    "tj_phase389": lambda p, c: _pick(p, _TJ_PHASE, 5),
    "tj_dot389": lambda p, c: f"{_pick(p, _TJ_GIVEN_F, 6)} {_pick(p, _TJ_FAMILY_M, 7)}а",
    # Mongolia
    "mn_reg389": lambda p, c: _mn_reg(p),
    "mn_parent389": lambda p, c: _pick(p, _MN_FATHERS, 3),
    "mn_family389": lambda p, c: _pick(p, _MN_FAMILY, 2),
    "mn_given389": lambda p, c: _by_sex(p, _MN_GIVEN_M, _MN_GIVEN_F, 1),
    "sex_mn389": lambda p, c: "Эр" if p.male else "Эм",
    "mn_district389": lambda p, c: _mn_place(p)[1],
    "mn_khoroo389": lambda p, c: _mn_place(p)[2],
    "mn_street389": lambda p, c: f"{_mn_place(p)[3]}, {_num(p, 60)}-р байр, {_num(p, 90)} тоот",
    "mn_phone389": lambda p, c: f"{_pick(p, ('88', '99', '95', '80', '94'), 3)}{p.bhxh[-6:]}",
    "mn_dx389": lambda p, c: _place(p, _MN_DX)[0],
    "mn_drug389": lambda p, c: _place(p, _MN_DX)[1],
    "mn_doctor389": lambda p, c: f"{_pick(p, _MN_FAMILY, 6)[0]}.{_pick(p, _MN_GIVEN_F, 7)}",
}

__all__ = ["WRITERS_BLIND389"]
