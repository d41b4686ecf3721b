"""How the people of the three-hundred-and-ninety-fourth part of the outside corpus (**blind
394**, :mod:`lienthong.quality._corpus_blind394`) are written: youth union members and
volunteers. A branch's union dues, a commune's youth shock brigade against storms and floods, a
district youth union's award nominations, a ward's "Green Sunday" volunteers; and Cuban, Lao,
Chinese, Belarusian and Ukrainian young people with their identity numbers (the carné, the Lao
card number, the 身份证号 with its MOD 11-2 character, the Belarusian identification number with
its 7-3-1 digit, the РНОКПП and the УНЗР) and their branches, dues, hours and projects."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind12_writers import _rnokpp
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind46_writers import _carne, _cu_full
from lienthong.quality._corpus_blind117_writers import _place
from lienthong.quality._corpus_blind129_writers import _cn_id, _cn_name, _cn_phone
from lienthong.quality._corpus_blind132_writers import _cu_phone
from lienthong.quality._corpus_blind147_writers import _la_name, _la_phone
from lienthong.quality._corpus_blind244_writers import _ua_mobile, _ua_pib
from lienthong.quality._corpus_blind302_writers import _unzr
from lienthong.quality._corpus_blind349_writers import _by_idnum

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_BRANCHES: tuple[str, ...] = (
    "Chi đoàn thôn 1",
    "Chi đoàn thôn 3",
    "Chi đoàn Công an xã",
    "Chi đoàn Trường THCS",
)
_VN_BRANCHES += ("Chi đoàn Quân sự", "Chi đoàn khu phố 5")
_VN_SQUADS = ("Tổ 1 - cứu hộ", "Tổ 2 - sơ tán dân", "Tổ 3 - hậu cần", "Tổ 4 - thông tin")
_VN_DUTIES = ("Chằng chống nhà cửa", "Sơ tán người già, trẻ em", "Cứu hộ trên sông", "Trực đê")
_VN_VEHICLES = ("Xe máy", "Thuyền", "Không", "Xe máy", "Ô tô bán tải")
_VN_POSTS = ("Bí thư chi đoàn", "Phó Bí thư chi đoàn", "Ủy viên BCH Đoàn xã", "Đoàn viên")
_VN_FEATS = (
    "Hoàn thành xuất sắc nhiệm vụ năm 2026",
    "Có thành tích trong phong trào Thanh niên tình nguyện",
    "Tích cực tham gia chuyển đổi số",
    "Tham gia cứu hộ cứu nạn trong bão số 3",
)
_VN_AWARDS = ("Giấy khen BCH Huyện đoàn", "Bằng khen Tỉnh đoàn", "Giấy khen BCH Huyện đoàn")
_VN_WORKS = ("Dọn rác bờ sông", "Trồng cây xanh", "Vẽ tranh tường", "Thu gom rác thải nhựa")
_CU_MUNS = ("Plaza de la Revolución", "Centro Habana", "Santa Clara", "Holguín", "Cienfuegos")
_CU_STREETS = ("Calle 23 No. 456 e/ L y M", "Calle Maceo No. 12", "Ave. de los Libertadores 58")
_CU_CENTRES = ("Universidad de La Habana", "Policlínico 19 de Abril", "ETECSA", "IPVCE V. I. Lenin")
_CU_COMMITTEES = ("CB FEU Facultad de Derecho", "CB Policlínico", "CB ETECSA Centro", "CB Barrio 5")
_LA_VILLAGES = (
    ("ບ້ານ ໂພນຕ້ອງ", "ເມືອງ ຈັນທະບູລີ", "ນະຄອນຫຼວງວຽງຈັນ"),
    ("ບ້ານ ຊຽງມ່ວນ", "ເມືອງ ຫຼວງພະບາງ", "ແຂວງ ຫຼວງພະບາງ"),
    ("ບ້ານ ນາແກ", "ເມືອງ ໄກສອນ ພົມວິຫານ", "ແຂວງ ສະຫວັນນະເຂດ"),
    ("ບ້ານ ວັດຫຼວງ", "ເມືອງ ປາກເຊ", "ແຂວງ ຈຳປາສັກ"),
)
_LA_UNITS = ("ໜ່ວຍຊາວໜຸ່ມ ບ້ານ", "ໜ່ວຍຊາວໜຸ່ມ ໂຮງຮຽນ", "ໜ່ວຍຊາວໜຸ່ມ ໂຮງໝໍ")
_LA_JOBS = ("ນັກສຶກສາ", "ຊາວນາ", "ພະນັກງານ", "ຄູ", "ນັກຮຽນ")
_CN_STATUS = ("共青团员", "共青团员", "群众", "中共党员", "共青团员")
_CN_BRANCHES = ("计算机学院2023级1班团支部", "南山区粤海街道团工委", "外国语学院团支部")
_CN_PROJECTS = ("社区防疫", "马拉松赛事服务", "关爱留守儿童", "图书馆志愿服务", "垃圾分类宣传")
_BY_FAMILY_M = ("Іваноў", "Карповіч", "Навумчык", "Шымановіч", "Жук", "Мацкевіч")
_BY_FAMILY_F = ("Іванова", "Карповіч", "Навумчык", "Шымановіч", "Жук", "Мацкевіч")
_BY_GIVEN_M = ("Аляксандр", "Дзмітрый", "Павел", "Мікалай", "Уладзіслаў")
_BY_GIVEN_F = ("Вольга", "Ганна", "Кацярына", "Наталля", "Дар'я")
_BY_PATR = (("Сяргеевіч", "Сяргееўна"), ("Іванавіч", "Іванаўна"), ("Пятровіч", "Пятроўна"))
_BY_HOMES = (
    "г. Мінск, вул. Сурганава, д. 37, кв. 112",
    "г. Гомель, вул. Савецкая, д. 21, кв. 8",
    "г. Брэст, вул. Маскоўская, д. 204, кв. 56",
    "г. Гродна, вул. Ажэшкі, д. 3, кв. 17",
)
_BY_ORGS = ("ПА ГА БРСМ БДУ", "ПА ГА БРСМ ААТ «МАЗ»", "ПА ГА БРСМ СШ № 12", "ПА ГА БРСМ ГрДУ")
_UA_HOMES = (
    "м. Київ, вул. Хрещатик, буд. 15, кв. 4",
    "м. Львів, вул. Городоцька, буд. 120, кв. 33",
    "м. Дніпро, просп. Яворницького, буд. 58, кв. 7",
    "м. Вінниця, вул. Соборна, буд. 27",
)
_UA_AREAS = ("Гуманітарний штаб", "Плетіння маскувальних сіток", "Допомога ВПО", "Донорство")
_UA_CONTACTS = ("Мельник Ірина, 067 214 55 10", "Бойко Тарас, 050 318 20 47", "Савчук Олена")
_UA_ORGS = ("ГО «Молодь Вінниччини»", "Пласт", "БФ «Світло надії»", "Молодіжний центр")


def _event(p: Person, year: int) -> date:
    return _safe_day(year, int(p.bhxh[-2]) % 12 + 1, int(p.bhxh[-3:]) % 28 + 1)


def _dues(p: Person) -> int:
    return 2_000 if int(p.bhxh[2]) % 3 else 5_000


def _by_patronymic(p: Person) -> str:
    pair = _BY_PATR[int(p.bhxh[3]) % len(_BY_PATR)]
    return pair[0] if p.male else pair[1]


def _by_phone(p: Person) -> str:
    code = _pick(p, ("29", "33", "44", "25"), 4)
    return f"+375 {code} {p.phone[3:6]}-{p.phone[6:8]}-{p.phone[8:10]}"


def _la_id(p: Person) -> str:
    return f"{_num(p, 17) + 1:02d}{p.bhxh[-8:]}"


WRITERS_BLIND394: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: union dues
    "branch394": lambda p, c: _pick(p, _VN_BRANCHES, 2),
    "card394": lambda p, c: f"{p.bhxh[-7:]}",
    "dues394": lambda p, c: f"{_dues(p):,}".replace(",", "."),
    "q_paid394": lambda p, c: f"{_dues(p) * 3:,}".replace(",", "."),
    "year_paid394": lambda p, c: f"{_dues(p) * 12:,}".replace(",", "."),
    "collector394": lambda p, c: _other_vn(p, 5),
    # Vietnam: youth shock brigade
    "squad394": lambda p, c: _pick(p, _VN_SQUADS, 3),
    "duty394": lambda p, c: _pick(p, _VN_DUTIES, 4),
    "swim394": lambda p, c: _pick(p, ("Có", "Có", "Không", "Bơi giỏi"), 5),
    "vehicle394": lambda p, c: _pick(p, _VN_VEHICLES, 6),
    "kin394": lambda p, c: _other_vn(p, 7),
    "kin_phone394": lambda p, c: _other_phone(p),
    # Vietnam: award nominations
    "post394": lambda p, c: f"{_pick(p, _VN_POSTS, 2)}, {_pick(p, _VN_BRANCHES, 3)}",
    "feat394": lambda p, c: _pick(p, _VN_FEATS, 4),
    "award394": lambda p, c: _pick(p, _VN_AWARDS, 5),
    "decision394": lambda p, c: f"{_num(p, 300)}-QĐ/HĐTN",
    # Vietnam: Green Sunday
    "vol394": lambda p, c: f"CNX-{p.bhxh[-5:]}",
    "sessions394": lambda p, c: str(int(p.bhxh[4]) % 9 + 1),
    "hours394": lambda p, c: str((int(p.bhxh[4]) % 9 + 1) * 3),
    "works394": lambda p, c: _pick(p, _VN_WORKS, 6),
    # Cuba: UJC
    "cu_full394": lambda p, c: _cu_full(p),
    "carne394": lambda p, c: _carne(p),
    "sex_cu394": lambda p, c: "M" if p.male else "F",
    "cu_street394": lambda p, c: _pick(p, _CU_STREETS, 2),
    "cu_mun394": lambda p, c: _pick(p, _CU_MUNS, 6),
    "cu_phone394": lambda p, c: _cu_phone(p),
    "cu_committee394": lambda p, c: _pick(p, _CU_COMMITTEES, 3),
    "cu_centre394": lambda p, c: _pick(p, _CU_CENTRES, 4),
    "cu_dues394": lambda p, c: f"{_num(p, 20) + 1},00",
    "cu_ok394": lambda p, c: _pick(p, ("Al día", "Al día", "Atrasado", "Exento"), 5),
    # Laos: youth union
    "la_name394": lambda p, c: _la_name(p),
    "sex_la394": lambda p, c: "ຊາຍ" if p.male else "ຍິງ",
    "la_id394": lambda p, c: _la_id(p),
    "la_village394": lambda p, c: _place(p, _LA_VILLAGES)[0],
    "la_district394": lambda p, c: _place(p, _LA_VILLAGES)[1],
    "la_province394": lambda p, c: _place(p, _LA_VILLAGES)[2],
    "la_phone394": lambda p, c: _la_phone(p),
    "la_unit394": lambda p, c: _pick(p, _LA_UNITS, 3),
    "la_job394": lambda p, c: _pick(p, _LA_JOBS, 4),
    # China: volunteers
    "cn_name394": lambda p, c: _cn_name(p),
    "sex_cn394": lambda p, c: "男" if p.male else "女",
    "cn_id394": lambda p, c: _cn_id(p),
    "cn_phone394": lambda p, c: _cn_phone(p),
    "cn_status394": lambda p, c: _pick(p, _CN_STATUS, 2),
    "cn_branch394": lambda p, c: _pick(p, _CN_BRANCHES, 3),
    "cn_project394": lambda p, c: _pick(p, _CN_PROJECTS, 4),
    "cn_hours394": lambda p, c: f"{_num(p, 120) + 2}.5",
    "cn_vol_no394": lambda p, c: f"4403{p.bhxh[-8:]}",
    # Belarus: BRSM
    "by_fam394": lambda p, c: _by_sex(p, _BY_FAMILY_M, _BY_FAMILY_F, 2),
    "by_given394": lambda p, c: _by_sex(p, _BY_GIVEN_M, _BY_GIVEN_F, 1),
    "by_patr394": lambda p, c: _by_patronymic(p),
    "by_idnum394": lambda p, c: _by_idnum(p),
    "by_home394": lambda p, c: _pick(p, _BY_HOMES, 5),
    "by_phone394": lambda p, c: _by_phone(p),
    "by_org394": lambda p, c: _pick(p, _BY_ORGS, 3),
    "by_card394": lambda p, c: f"№ {p.bhxh[-7:]}",
    "by_dues394": lambda p, c: f"{int(p.bhxh[5]) % 3 + 1},00",
    # Ukraine: volunteers
    "ua_pib394": lambda p, c: _ua_pib(p),
    "rnokpp394": lambda p, c: _rnokpp(p),
    "unzr394": lambda p, c: _unzr(p),
    "ua_phone394": lambda p, c: _ua_mobile(p, bool(int(p.bhxh[3]) % 2)),
    "ua_home394": lambda p, c: _pick(p, _UA_HOMES, 5),
    "ua_area394": lambda p, c: _pick(p, _UA_AREAS, 2),
    "ua_org394": lambda p, c: _pick(p, _UA_ORGS, 3),
    "ua_contact394": lambda p, c: _pick(p, _UA_CONTACTS, 4),
}
