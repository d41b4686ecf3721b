"""How the people of the three-hundred-and-seventy-fourth part of the outside corpus (**blind
374**, :mod:`lienthong.quality._corpus_blind374`) are written: pensioners and people on monthly
social insurance allowances in Vietnam (the post office's pay point, the authorised receiver,
the province the pension moved from, the retirees' association branch) and pensioners in
Serbia, Jamaica, Jordan, Laos and Chile (the kind of pension, the monthly sum, the pay point)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind11_writers import _jmbg
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind45_writers import _rut
from lienthong.quality._corpus_blind67_writers import _lao_id
from lienthong.quality._corpus_blind333_writers import _trn
from lienthong.quality._corpus_blind357_writers import _jo_nn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam -----------------------------------------------------------------------------------
#: (ward or commune, province after the 2025 merger, post office pay point)
_VN_PLACES = (
    ("Phường Ba Đình", "TP Hà Nội", "Điểm chi BĐVHX Ba Đình"),
    ("Phường Hồng Bàng", "TP Hải Phòng", "Bưu cục Hồng Bàng"),
    ("Xã Hải Lăng", "Tỉnh Quảng Trị", "Điểm BĐVHX Hải Lăng"),
    ("Phường Thủy Xuân", "TP Huế", "Bưu cục Thủy Xuân"),
    ("Phường Gia Định", "TP Hồ Chí Minh", "Bưu cục Gia Định"),
    ("Xã Phong Điền", "TP Cần Thơ", "Điểm BĐVHX Phong Điền"),
    ("Phường Tam Kỳ", "TP Đà Nẵng", "Bưu cục Tam Kỳ"),
)
_VN_STREETS = ("Tổ 5", "Số 14 ngõ 32 phố Đội Cấn", "Khu phố 3", "Thôn Đông", "Số 7 hẻm 12")
_REGIME = ("Hưu trí", "Hưu trí", "Hưu trí", "MSLĐ", "TNLĐ", "Tuất", "Hưu QĐ")
_ALLOWANCE = (
    "Trợ cấp MSLĐ hằng tháng",
    "Trợ cấp TNLĐ-BNN hằng tháng",
    "Trợ cấp tuất hằng tháng",
    "Trợ cấp hằng tháng theo QĐ 613",
    "Trợ cấp cao su",
)
_RELATION = ("Con", "Con", "Vợ", "Chồng", "Cháu", "Con dâu", "Con rể")
_OLD_PROVINCE = (
    "BHXH tỉnh Nghệ An",
    "BHXH tỉnh Thanh Hóa",
    "BHXH TP Hà Nội",
    "BHXH tỉnh Thái Bình",
    "BHXH tỉnh Lâm Đồng",
    "BHQP - Bộ Quốc phòng",
)
_MOVE_REASON = ("Về ở với con", "Chuyển nơi cư trú", "Về quê", "Ở với con", "Theo vợ/chồng")
_POST_STAFF = ("Nguyễn Thị Thu", "Lê Văn Bình", "Phạm Thị Hoa", "Trần Minh Đức", "Võ Thị Lan")
_FORMER_JOB = (
    "GV trường THCS Lê Lợi",
    "Cán bộ UBND huyện (cũ)",
    "Sở Y tế",
    "Bệnh viện đa khoa tỉnh",
    "Công an tỉnh",
    "Cty Xi măng Hoàng Thạch",
    "Quân đội (Đại tá)",
)
_ASSOC_ROLE = ("Hội viên", "Hội viên", "Hội viên", "Chi hội trưởng", "Chi hội phó", "UV BCH")
_BRANCH = ("Chi hội 1", "Chi hội 2", "Chi hội 3", "Chi hội Khu phố 4", "Chi hội Tổ 5")
_HEALTH = ("Khỏe", "Trung bình", "Yếu", "Khỏe", "Ốm dài ngày")
_TITLE = ("", "", "Đảng viên 40 năm", "Huy hiệu 50 năm tuổi Đảng", "Cựu chiến binh", "")


def _vn_place(p: Person) -> tuple[str, str, str]:
    return _VN_PLACES[int(p.bhxh) // 17 % len(_VN_PLACES)]


def _vnd(p: Person, lo: int, step: int, n: int) -> str:
    return f"{lo + _num(p, n) * step:,}".replace(",", ".")


def _retired(p: Person) -> date:
    """The first month of the pension: at 55 to 62, never after 2026."""
    age = 60 if p.male else 55
    day = _shift_date(p.birth, age + int(p.bhxh) % 3)
    return min(day.replace(day=1), date(2026, 10, 1))


# -- Serbia ------------------------------------------------------------------------------------
_RS_FAMILY = ("Петровић", "Јовановић", "Николић", "Марковић", "Ђорђевић", "Стојановић", "Ранковић")
_RS_GIVEN_M = ("Милорад", "Драгољуб", "Слободан", "Живорад", "Радомир", "Бранислав")
_RS_GIVEN_F = ("Даница", "Ружица", "Милена", "Гордана", "Вукосава", "Љиљана")
_RS_FATHER = ("Милан", "Радован", "Стеван", "Душан", "Војислав")
#: (street in Latin, town in Latin, postcode)
_RS_ADDR = (
    ("Njegoševa 14", "Beograd-Vračar", "11000"),
    ("Bulevar oslobođenja 88/3", "Novi Sad", "21000"),
    ("Vožda Karađorđa 21", "Niš", "18000"),
    ("Kneza Miloša 5", "Kragujevac", "34000"),
    ("Cara Dušana 102", "Zemun", "11080"),
)
_RS_KIND = ("Старосна", "Старосна", "Инвалидска", "Породична", "Превремена старосна")
_RS_BANK = ("Поштанска штедионица", "Banca Intesa", "Комерцијална банка", "ОТП банка")

# -- Jamaica -----------------------------------------------------------------------------------
_JM_FAMILY = ("Campbell", "Brown", "Williams", "Thompson", "Grant", "McKenzie", "Reid", "Clarke")
_JM_GIVEN_M = ("Winston", "Delroy", "Lloyd", "Errol", "Neville", "Clive")
_JM_GIVEN_F = ("Hyacinth", "Beverley", "Marcia", "Pauline", "Myrtle", "Sonia")
#: (street line, town/district, parish)
_JM_ADDR = (
    ("12 Hope Road", "Kingston 6", "St. Andrew"),
    ("Lot 44 Greater Portmore", "Portmore", "St. Catherine"),
    ("7 Market Street", "Montego Bay", "St. James"),
    ("Bog Walk District", "Bog Walk", "St. Catherine"),
    ("23 Main Street", "Mandeville", "Manchester"),
    ("Content Gap", "Maggotty", "St. Elizabeth"),
)
_JM_KIND = ("Old Age Pension", "Old Age Pension", "Invalidity", "Widow's/Widower's", "Special")
_JM_PAY = ("Post Office - Half Way Tree", "Direct Deposit - NCB", "Post Office - Mandeville")

# -- Jordan ------------------------------------------------------------------------------------
_JO_GIVEN_M = ("محمد", "أحمد", "خالد", "عبدالله", "سليمان", "يوسف")
_JO_GIVEN_F = ("فاطمة", "عائشة", "مريم", "نوال", "سميرة", "خديجة")
_JO_FATHER = ("علي", "حسن", "محمود", "إبراهيم", "سالم", "عبدالرحمن")
_JO_FAMILY = ("العبادي", "الزعبي", "الخوالدة", "المجالي", "الحوراني", "الطراونة")
#: (governorate, liwa/city, area)
_JO_PLACES = (
    ("العاصمة", "عمان", "ضاحية الرشيد"),
    ("إربد", "إربد", "الحي الشرقي"),
    ("الزرقاء", "الرصيفة", "حي الجندي"),
    ("البلقاء", "السلط", "حي الجدعة"),
    ("الكرك", "الكرك", "المرج"),
)
_JO_KIND = ("تقاعد شيخوخة", "تقاعد شيخوخة", "تقاعد مبكر", "اعتلال كلي", "راتب وفاة طبيعية")
_JO_BANK = ("البنك العربي", "بنك الإسكان", "بنك القاهرة عمان", "البنك الأهلي")

# -- Laos --------------------------------------------------------------------------------------
_LA_GIVEN_M = ("ສົມພອນ", "ບຸນມີ", "ຄຳພັນ", "ສີສະຫວາດ", "ວັນນະ")
_LA_GIVEN_F = ("ນາງ ຄຳແພງ", "ນາງ ບົວພັນ", "ນາງ ວຽງສະໄໝ", "ນາງ ມະນີວອນ", "ນາງ ສຸກສະຫວັນ")
_LA_FAMILY = ("ພົມມະຈັນ", "ແສງສຸລິນ", "ສີພັນດອນ", "ວົງສາ", "ຈັນທະວົງ", "ອິນທະວົງ")
#: (village, district, province)
_LA_PLACES = (
    ("ບ້ານ ໂພນສະອາດ", "ເມືອງ ໄຊເສດຖາ", "ນະຄອນຫຼວງວຽງຈັນ"),
    ("ບ້ານ ສີສະຫວາດ", "ເມືອງ ຈັນທະບູລີ", "ນະຄອນຫຼວງວຽງຈັນ"),
    ("ບ້ານ ວັດທາດ", "ເມືອງ ຫຼວງພະບາງ", "ແຂວງ ຫຼວງພະບາງ"),
    ("ບ້ານ ໂພນສີນວນ", "ເມືອງ ໄກສອນ ພົມວິຫານ", "ແຂວງ ສະຫວັນນະເຂດ"),
    ("ບ້ານ ທ່າຫີນ", "ເມືອງ ປາກເຊ", "ແຂວງ ຈຳປາສັກ"),
)
_LA_KIND = ("ບໍານານ", "ບໍານານ", "ເງິນອຸດໜູນເສຍອົງຄະ", "ເງິນອຸດໜູນຜູ້ເສຍຊີວິດ")
_LA_SECTOR = ("ລັດ", "ລັດ", "ວິສາຫະກິດ", "ກອງທັບ")

# -- Chile -------------------------------------------------------------------------------------
_CL_GIVEN_M = ("José Luis", "Juan Carlos", "Manuel", "Luis Alberto", "Sergio", "Héctor")
_CL_GIVEN_F = ("María Angélica", "Rosa Elena", "Gladys", "Marta", "Ximena", "Carmen Gloria")
_CL_FAMILY = ("González", "Muñoz", "Rojas", "Díaz", "Soto", "Contreras", "Silva", "Sepúlveda")
#: (street line, comuna, región)
_CL_ADDR = (
    ("Av. Pajaritos 2345, depto 52", "Maipú", "Metropolitana"),
    ("Pasaje Los Aromos 118", "La Florida", "Metropolitana"),
    ("Calle Chacabuco 660", "Concepción", "Biobío"),
    ("Los Carrera 1432", "Temuco", "La Araucanía"),
    ("Av. Brasil 2210, block C", "Valparaíso", "Valparaíso"),
)
_CL_KIND = ("PGU", "PGU", "PGU + Pensión de vejez", "Pensión de invalidez", "PBS invalidez")
_CL_PAY = ("BancoEstado CuentaRUT", "Caja Los Héroes", "Los Andes", "Depósito cuenta vista")


def _row(p: Person, options: tuple[tuple[str, ...], ...], salt: int = 0) -> tuple[str, ...]:
    return options[(int(p.bhxh) // (salt * 7 + 3)) % len(options)]


WRITERS_BLIND374: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam
    "ward374": lambda p, c: _vn_place(p)[0],
    "province374": lambda p, c: _vn_place(p)[1],
    "paypoint374": lambda p, c: _vn_place(p)[2],
    "addr374": lambda p, c: f"{_pick(p, _VN_STREETS, 3)}, {_vn_place(p)[0]}, {_vn_place(p)[1]}",
    "regime374": lambda p, c: _pick(p, _REGIME, 4),
    "allowance374": lambda p, c: _pick(p, _ALLOWANCE, 4),
    "pension374": lambda p, c: _vnd(p, 3_200_000, 87_500, 160),
    "allow_sum374": lambda p, c: _vnd(p, 1_150_000, 42_300, 90),
    "period374": lambda p, c: f"T{int(p.bhxh) % 2 + 11}/2026",
    "proxy374": lambda p, c: _other_vn(p, 9),
    "proxy_cccd374": lambda p, c: _cccd_of(p, int(p.bhxh) % 2 == 0, 1975 + int(p.bhxh) % 20),
    "proxy_phone374": lambda p, c: _other_phone(p, "09"),
    "relation374": lambda p, c: _pick(p, _RELATION, 5),
    "proxy_until374": lambda p, c: f"{int(p.bhxh) % 12 + 1:02d}/{2027 + int(p.bhxh) % 2}",
    "staff374": lambda p, c: _pick(p, _POST_STAFF, 6),
    "signed374": lambda p, c: _pick(p, ("Đã ký", "Đã ký", "Điểm chỉ", "Người nhận thay ký"), 7),
    "nu374": lambda p, c: "" if p.male else "x",
    "retired374": lambda p, c: f"{_retired(p):%m/%Y}",
    "from_prov374": lambda p, c: _pick(p, _OLD_PROVINCE, 8),
    "move_reason374": lambda p, c: _pick(p, _MOVE_REASON, 9),
    "decision374": lambda p, c: f"{int(p.bhxh) % 900 + 100}/QĐ-BHXH",
    "first_pay374": lambda p, c: f"{int(p.bhxh) % 3 + 10:02d}/2026",
    "former_job374": lambda p, c: _pick(p, _FORMER_JOB, 10),
    "assoc_role374": lambda p, c: _pick(p, _ASSOC_ROLE, 11),
    "branch374": lambda p, c: _pick(p, _BRANCH, 12),
    "card374": lambda p, c: f"HT-{int(p.bhxh) % 5000:04d}",
    "health374": lambda p, c: _pick(p, _HEALTH, 13),
    "title374": lambda p, c: _pick(p, _TITLE, 14),
    "dues374": lambda p, c: _pick(p, ("Đã đóng", "Đã đóng", "Chưa đóng", "Miễn"), 15),
    # Serbia
    "rs_family374": lambda p, c: _pick(p, _RS_FAMILY, 2),
    "rs_given374": lambda p, c: _by_sex(p, _RS_GIVEN_M, _RS_GIVEN_F, 3),
    "rs_father374": lambda p, c: _pick(p, _RS_FATHER, 4),
    "jmbg374": lambda p, c: _jmbg(p),
    "sex_rs374": lambda p, c: "М" if p.male else "Ж",
    "rs_kind374": lambda p, c: _pick(p, _RS_KIND, 5),
    "rs_decision374": lambda p, c: f"{int(p.bhxh) % 10**6:06d}/{2000 + int(p.bhxh) % 26}",
    "rs_sum374": lambda p, c: f"{38_000 + _num(p, 90) * 650:,}".replace(",", ".") + ",00",
    "rs_street374": lambda p, c: _row(p, _RS_ADDR)[0],
    "rs_town374": lambda p, c: _row(p, _RS_ADDR)[1],
    "rs_post374": lambda p, c: _row(p, _RS_ADDR)[2],
    "rs_phone374": lambda p, c: f"06{int(p.bhxh) % 5}/{p.bhxh[2:5]}-{p.bhxh[5:9]}",
    "rs_bank374": lambda p, c: _pick(p, _RS_BANK, 6),
    # Jamaica
    "trn374": lambda p, c: _trn(p),
    "jm_nis374": lambda p, c: f"{'ABCDEFGH'[int(p.bhxh) % 8]}{p.bhxh[3:9]}",
    "jm_family374": lambda p, c: _pick(p, _JM_FAMILY, 2).upper(),
    "jm_given374": lambda p, c: _by_sex(p, _JM_GIVEN_M, _JM_GIVEN_F, 3),
    "jm_street374": lambda p, c: _row(p, _JM_ADDR)[0],
    "jm_town374": lambda p, c: _row(p, _JM_ADDR)[1],
    "jm_parish374": lambda p, c: _row(p, _JM_ADDR)[2],
    "jm_phone374": lambda p, c: f"(876) {p.bhxh[1:4]}-{p.bhxh[4:8]}",
    "jm_kind374": lambda p, c: _pick(p, _JM_KIND, 4),
    "jm_rate374": lambda p, c: f"${3_500 + _num(p, 60) * 125:,}.00",
    "jm_pay374": lambda p, c: _pick(p, _JM_PAY, 5),
    "sex_jm374": lambda p, c: "M" if p.male else "F",
    # Jordan
    "jo_nn374": lambda p, c: _jo_nn(p),
    "jo_name374": lambda p, c: (
        f"{_by_sex(p, _JO_GIVEN_M, _JO_GIVEN_F, 2)} {_pick(p, _JO_FATHER, 3)}"
        f" {_pick(p, _JO_FATHER, 4)} {_pick(p, _JO_FAMILY, 5)}"
    ),
    "sex_jo374": lambda p, c: "ذكر" if p.male else "أنثى",
    "jo_ssc374": lambda p, c: f"{int(p.bhxh) % 10**8:08d}",
    "jo_kind374": lambda p, c: _pick(p, _JO_KIND, 6),
    "jo_sum374": lambda p, c: f"{180 + _num(p, 70) * 9}.{int(p.bhxh) % 1000:03d}",
    "jo_gov374": lambda p, c: _row(p, _JO_PLACES)[0],
    "jo_city374": lambda p, c: _row(p, _JO_PLACES)[1],
    "jo_addr374": lambda p, c: (
        f"{_row(p, _JO_PLACES)[1]} - {_row(p, _JO_PLACES)[2]} - شارع {int(p.bhxh) % 40 + 1}"
    ),
    "jo_phone374": lambda p, c: f"07{'789'[int(p.bhxh) % 3]}{p.bhxh[2:9]}",
    "jo_bank374": lambda p, c: _pick(p, _JO_BANK, 7),
    # Laos
    "la_name374": lambda p, c: (
        f"{'ທ້າວ ' if p.male else ''}{_by_sex(p, _LA_GIVEN_M, _LA_GIVEN_F, 2)}"
        f" {_pick(p, _LA_FAMILY, 3)}"
    ),
    "lao_id374": lambda p, c: _lao_id(p),
    "sex_la374": lambda p, c: "ຊາຍ" if p.male else "ຍິງ",
    "la_sso374": lambda p, c: f"{p.bhxh[:2]}-{p.bhxh[2:9]}",
    "la_kind374": lambda p, c: _pick(p, _LA_KIND, 4),
    "la_sector374": lambda p, c: _pick(p, _LA_SECTOR, 5),
    "la_sum374": lambda p, c: f"{1_600_000 + _num(p, 80) * 25_000:,}".replace(",", "."),
    "la_village374": lambda p, c: _row(p, _LA_PLACES)[0],
    "la_district374": lambda p, c: _row(p, _LA_PLACES)[1],
    "la_province374": lambda p, c: _row(p, _LA_PLACES)[2],
    "la_phone374": lambda p, c: f"020 {'579'[int(p.bhxh) % 3]}{p.bhxh[2:5]} {p.bhxh[5:9]}",
    # Chile
    "rut374": lambda p, c: _rut(p),
    "cl_given374": lambda p, c: _by_sex(p, _CL_GIVEN_M, _CL_GIVEN_F, 2),
    "cl_pat374": lambda p, c: _pick(p, _CL_FAMILY, 3),
    "cl_mat374": lambda p, c: _pick(p, _CL_FAMILY, 5),
    "sex_cl374": lambda p, c: "M" if p.male else "F",
    "cl_kind374": lambda p, c: _pick(p, _CL_KIND, 4),
    "cl_sum374": lambda p, c: f"${214_296 + _num(p, 50) * 1_250:,}".replace(",", "."),
    "cl_pay374": lambda p, c: _pick(p, _CL_PAY, 6),
    "cl_street374": lambda p, c: _row(p, _CL_ADDR)[0],
    "cl_comuna374": lambda p, c: _row(p, _CL_ADDR)[1],
    "cl_region374": lambda p, c: _row(p, _CL_ADDR)[2],
    "cl_phone374": lambda p, c: f"+56 9 {p.bhxh[1:5]} {p.bhxh[5:9]}",
    "cl_proxy374": lambda p, c: f"{_pick(p, _CL_GIVEN_F, 7)} {_pick(p, _CL_FAMILY, 8)}",
}

__all__ = ["WRITERS_BLIND374"]
