"""How the people of the three hundred and ninety-first part of the outside corpus (**blind 391**,
:mod:`lienthong.quality._corpus_blind391`) are written: four Vietnamese files' own columns (a
parcel or a deposit sent to a prisoner, a postponed prison sentence, a supervision order after
prison, a released prisoner's training and job) and Chilean, Lithuanian, Thai, Jordanian and
Ghanaian names, addresses, phones and identity numbers in the forms their cards show (the RUN's
mod-11 digit that may be K, the asmens kodas's digit, the Thai ID's mod-11 digit, the Jordanian
national number that opens with the year of birth, the Ghana Card PIN), and Thai dates in the
Buddhist era."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind13_writers import _asmens_kodas
from lienthong.quality._corpus_blind17_writers import _gh_place
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind45_writers import (
    _CL_FAMILY,
    _CL_GIVEN_F,
    _CL_GIVEN_M,
    _CL_PLACES,
    _place,
    _rut,
)
from lienthong.quality._corpus_blind90_writers import _gh_card, _gh_phone
from lienthong.quality._corpus_blind115_writers import _gh_name
from lienthong.quality._corpus_blind145_writers import _jo_name, _jo_phone
from lienthong.quality._corpus_blind148_writers import _lt_family, _lt_given
from lienthong.quality._corpus_blind165_writers import _lt_phone
from lienthong.quality._corpus_blind214_writers import _lt_addr
from lienthong.quality._corpus_blind274_writers import _th_mobile
from lienthong.quality._corpus_blind332_writers import _thai_id
from lienthong.quality._corpus_blind344_writers import _th_name

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_RELATION = ("Mẹ", "Vợ", "Bố", "Chị gái", "Anh trai", "Con", "Chồng", "Em ruột")
_VN_CAMPS = (
    ("Trại giam Xuân Lộc", "Phân trại số 2"),
    ("Trại giam Thủ Đức", "Phân trại số 1"),
    ("Trại giam Phú Sơn 4", "Khu B"),
    ("Trại giam Ngọc Lý", "Phân trại số 3"),
    ("Trại giam Xuân Nguyên", "Khu giam giữ số 2"),
)
_VN_GOODS = (
    "Sữa, bánh kẹo, mì tôm (4,5 kg)",
    "Quần áo, chăn (3 kg)",
    "Thuốc theo đơn, đồ dùng cá nhân",
    "Cá khô, ruốc, đường (5 kg)",
    "Chỉ gửi tiền lưu ký",
)
_VN_CRIMES = (
    "Trộm cắp tài sản (Điều 173 BLHS)",
    "Cố ý gây thương tích (Điều 134 BLHS)",
    "Lừa đảo chiếm đoạt tài sản (Điều 174)",
    "Tàng trữ trái phép chất ma túy (Điều 249)",
    "Đánh bạc (Điều 321 BLHS)",
    "Vi phạm quy định về tham gia giao thông đường bộ (Đ.260)",
)
_VN_COURTS = (
    "TAND huyện Củ Chi",
    "TAND TP. Thủ Đức",
    "TAND tỉnh Đồng Nai",
    "TAND khu vực 3 - TP. HCM",
    "TAND huyện Châu Thành",
)
_VN_POSTPONE = (
    "Bị bệnh nặng (có KL giám định)",
    "Phụ nữ có thai",
    "Nuôi con dưới 36 tháng tuổi",
    "Lao động duy nhất trong gia đình",
    "Cần thiết cho công vụ",
)
_VN_TRADES = (
    "Sửa chữa xe máy",
    "Điện dân dụng",
    "May công nghiệp",
    "Nấu ăn",
    "Hàn điện",
    "Lái xe hạng C",
    "Kỹ thuật trồng nấm",
)
_VN_TRAINERS = (
    "Trường CĐ nghề số 7 - BQP",
    "Trung tâm GDNN-GDTX huyện Củ Chi",
    "Trường Trung cấp Kỹ thuật Nông nghiệp",
    "Trung tâm Dạy nghề Phụ nữ",
)
_VN_FIRMS = (
    "Cty TNHH May mặc Việt Thắng",
    "Cty CP Cơ khí Tân Phú",
    "",
    "HTX Dịch vụ Nông nghiệp Tân Thông",
    "Cty TNHH Xây dựng Hưng Phát",
    "",
)
_CL_PENALS = (
    ("CDP Santiago Sur", "Módulo 4"),
    ("CCP Colina II", "Módulo 8"),
    ("CP Valparaíso", "Galería 3"),
    ("CPF Santiago", "Sección Materno"),
    ("CDP Puente Alto", "Módulo 2"),
)
_CL_KIN = ("Madre", "Cónyuge", "Conviviente", "Hermano(a)", "Hijo(a)", "Padre", "Abuela")
_LT_PRISONS = (
    "Pravieniškių pataisos namai-atvira kolonija",
    "Marijampolės pataisos namai",
    "Alytaus pataisos namai",
    "Kauno nepilnamečių tardymo izoliatorius",
    "Panevėžio pataisos namai",
)
_LT_KIN = ("motina", "sutuoktinė", "sutuoktinis", "sesuo", "brolis", "tėvas", "sugyventinė")
_LT_CONVICTS = ("Tomas", "Mindaugas", "Darius", "Andrius", "Justas", "Rolandas")
_LT_CONVICT_FAMILY = ("Kazlauskas", "Petrauskas", "Jankauskas", "Žukauskas", "Balčiūnas")
#: (moo, tambon, amphoe, changwat, postcode)
_TH_PLACES = (
    ("หมู่ 4", "ต.บ้านใหม่", "อ.เมืองปทุมธานี", "จ.ปทุมธานี", "12000"),
    ("หมู่ 7", "ต.หนองปรือ", "อ.บางละมุง", "จ.ชลบุรี", "20150"),
    ("หมู่ 2", "ต.สันทราย", "อ.เมืองเชียงราย", "จ.เชียงราย", "57000"),
    ("หมู่ 11", "ต.ในเมือง", "อ.เมืองขอนแก่น", "จ.ขอนแก่น", "40000"),
    ("หมู่ 3", "ต.คลองแห", "อ.หาดใหญ่", "จ.สงขลา", "90110"),
)
_TH_PRISONS = (
    "เรือนจำกลางคลองเปรม",
    "เรือนจำกลางชลบุรี",
    "เรือนจำกลางเชียงราย",
    "เรือนจำกลางขอนแก่น",
    "ทัณฑสถานหญิงกลาง",
    "เรือนจำกลางสงขลา",
)
_TH_OFFICERS = ("นายสมชาย ใจดี", "นางสาวพิมพ์ชนก ศรีสุข", "นายอนุชา แก้วมณี", "นางวิไล ทองคำ")
_TH_GUARDIANS = ("บิดา", "มารดา", "ภรรยา", "สามี", "พี่ชาย", "ป้า")
_JO_CENTRES = (
    "مركز إصلاح وتأهيل سواقة",
    "مركز إصلاح وتأهيل الموقر 1",
    "مركز إصلاح وتأهيل ماركا",
    "مركز إصلاح وتأهيل النساء - الجويدة",
    "مركز إصلاح وتأهيل إربد",
)
#: (governorate, area, street)
_JO_HOMES = (
    ("عمّان", "ماركا الشمالية", "شارع الملك عبدالله الأول"),
    ("الزرقاء", "حي معصوم", "شارع السعادة"),
    ("إربد", "الحي الشرقي", "شارع فلسطين"),
    ("عمّان", "جبل النصر", "شارع الأمير حسن"),
    ("المفرق", "حي الحسين", "شارع بغداد"),
)
_JO_BIRTHPLACES = ("عمّان", "الزرقاء", "إربد", "الكرك", "السلط", "معان")
_JO_SUPPORT = ("قرض مشروع صغير", "تدريب مهني", "مساعدة نقدية", "تشغيل", "إرشاد أسري")
_JO_WORKERS = ("أ. رنا الخطيب", "أ. محمد الزعبي", "أ. هبة العدوان", "أ. يزن المومني")
_GH_PRISONS = (
    "Nsawam Medium Security Prison",
    "James Camp Prison, Accra",
    "Kumasi Central Prison",
    "Ankaful Maximum Security Prison",
    "Sekondi Female Prison",
    "Tamale Central Prison",
)
_GH_REGIONS = {
    "GA": "Greater Accra",
    "AK": "Ashanti",
    "CC": "Central",
    "GT": "Greater Accra",
    "NT": "Northern",
}
_GH_TRADES = ("Carpentry", "Tailoring", "Welding", "Shoe making", "Hairdressing", "Kente weaving")
_GH_STREETS = ("Hse No. 14, Otu Street", "Plot 22, Nkrumah Road", "H/No. D 415/3, Ring Road")


def _release(p: Person) -> date:
    """The day a person left prison: between 2019 and 2026, after the person turned 20."""
    year = min(max(2019 + int(p.bhxh[-3:]) % 8, p.birth.year + 20), 2026)
    day = date(year, 1 + int(p.bhxh[2:4]) % 11, 1 + int(p.bhxh[4:6]) % 28)
    return day


def _vn_deposit(p: Person) -> str:
    return f"{_num(p, 20) * 100_000:,}".replace(",", ".")


def _camp(p: Person) -> tuple[str, ...]:
    return _place(p, _VN_CAMPS)


def _judgment(p: Person) -> str:
    return f"{_num(p, 240)}/{2018 + int(p.bhxh[-2:]) % 7}/HS-ST"


def _rut_of(number: int) -> str:
    total = sum(int(ch) * (2 + i % 6) for i, ch in enumerate(reversed(str(number))))
    check = 11 - total % 11
    digit = "0" if check == 11 else "K" if check == 10 else str(check)
    return f"{number:,}".replace(",", ".") + f"-{digit}"


def _th_place(p: Person) -> tuple[str, ...]:
    return _place(p, _TH_PLACES)


def _be(d: date) -> str:
    """A Thai date ``dd/mm/yyyy`` in the Buddhist era (543 years ahead)."""
    return f"{d.day:02d}/{d.month:02d}/{d.year + 543}"


def _jo_number(p: Person) -> str:
    """A Jordanian national number: ten digits, a man's opening with 9 and the two last digits of
    his year of birth, a woman's with 2000."""
    if p.male:
        return f"9{p.birth:%y}{p.bhxh[-7:]}"
    return f"2000{p.bhxh[-6:]}"


def _jo_home(p: Person) -> tuple[str, ...]:
    return _place(p, _JO_HOMES)


WRITERS_BLIND391: dict[str, Callable[[Person, Col], object]] = {
    "inmate391": lambda p, c: _other_vn(p, 5, male=int(p.bhxh) % 6 != 0, family=p.family),
    "inmate_code391": lambda p, c: f"PN{p.bhxh[-6:]}",
    "camp391": lambda p, c: _camp(p)[0],
    "subcamp391": lambda p, c: _camp(p)[1],
    "relation391": lambda p, c: _pick(p, _VN_RELATION, 3),
    "channel391": lambda p, c: _pick(
        p, ("Trực tiếp", "Qua bưu điện", "Trực tiếp", "Gửi kèm thăm gặp"), 4
    ),
    "goods391": lambda p, c: _pick(p, _VN_GOODS, 5),
    "deposit391": lambda p, c: _vn_deposit(p),
    "officer391": lambda p, c: f"Thượng úy {_other_vn(p, 7)}",
    "alias391": lambda p, c: _pick(p, ("", "Tèo", "Bi", "", "Tư", "Út", ""), 6),
    "judgment391": lambda p, c: _judgment(p),
    "court391": lambda p, c: _pick(p, _VN_COURTS, 2),
    "crime391": lambda p, c: _pick(p, _VN_CRIMES, 3),
    "term391": lambda p, c: (
        f"{_num(p, 7) + 5} tháng tù" if int(p.bhxh) % 3 else f"{_num(p, 4)} năm tù"
    ),
    "decision391": lambda p, c: f"{_num(p, 90)}/{2025 + int(p.bhxh) % 2}/QĐ-CA",
    "reason391": lambda p, c: _pick(p, _VN_POSTPONE[::3] if p.male else _VN_POSTPONE, 4),
    "supervisor391": lambda p, c: f"{_other_vn(p, 8, male=True)} - Công an xã",
    "main_penalty391": lambda p, c: f"{_num(p, 8) + 1} năm tù - {_pick(p, _VN_CRIMES, 5)}",
    "term_qc391": lambda p, c: f"{_num(p, 4) + 1} năm",
    "reports391": lambda p, c: str(_num(p, 12)),
    "breach391": lambda p, c: _pick(p, ("Không", "Không", "Vắng trình diện 01 lần", "Không"), 6),
    "prison391": lambda p, c: _camp(p)[0],
    "cert391": lambda p, c: f"{_num(p, 500)}/GCN-{_pick(p, ('TG', 'TTG'), 2)}",
    "trade391": lambda p, c: _pick(p, _VN_TRADES, 3),
    "trainer391": lambda p, c: _pick(p, _VN_TRAINERS, 4),
    "support391": lambda p, c: f"{_num(p, 6) * 500_000:,}".replace(",", "."),
    "employer391": lambda p, c: _pick(p, _VN_FIRMS, 5),
    "rut391": lambda p, c: _rut(p),
    "cl_given391": lambda p, c: _by_sex(p, _CL_GIVEN_M, _CL_GIVEN_F, 1),
    "cl_pat391": lambda p, c: _pick(p, _CL_FAMILY, 2),
    "cl_mat391": lambda p, c: _pick(p, _CL_FAMILY, 5),
    "sex_cl391": lambda p, c: "M" if p.male else "F",
    "street_cl391": lambda p, c: _place(p, _CL_PLACES)[0],
    "comuna_cl391": lambda p, c: _place(p, _CL_PLACES)[1],
    "phone_cl391": lambda p, c: f"9 {p.phone[2:6]} {p.phone[6:10]}",
    "inmate_cl391": lambda p, c: (
        f"{_pick(p, _CL_GIVEN_M, 4)} {_pick(p, _CL_FAMILY, 2)} {_pick(p, _CL_FAMILY, 7)}"
    ),
    "inmate_rut391": lambda p, c: _rut_of(12_000_000 + int(p.bhxh[-7:]) % 9_000_000),
    "kin_cl391": lambda p, c: _pick(p, _CL_KIN, 3),
    "penal_cl391": lambda p, c: _place(p, _CL_PENALS)[0],
    "modulo391": lambda p, c: _place(p, _CL_PENALS)[1],
    "cred391": lambda p, c: _pick(p, ("Vigente", "Vigente", "Suspendida", "En trámite"), 6),
    "ak391": lambda p, c: _asmens_kodas(p),
    "lt_given391": lambda p, c: _lt_given(p),
    "lt_family391": lambda p, c: _lt_family(p),
    "lt_addr391": lambda p, c: _lt_addr(p),
    "lt_phone391": lambda p, c: _lt_phone(p),
    "convict391": lambda p, c: f"{_pick(p, _LT_CONVICTS, 4)} {_pick(p, _LT_CONVICT_FAMILY, 5)}",
    "prison_lt391": lambda p, c: _pick(p, _LT_PRISONS, 2),
    "kin_lt391": lambda p, c: _pick(p, _LT_KIN, 3),
    "weight391": lambda p, c: f"{_num(p, 20) / 2:.1f}".replace(".", ","),
    "note_lt391": lambda p, c: _pick(p, ("", "Grąžinta: draudžiami daiktai", "", "Priimta"), 6),
    "thid391": lambda p, c: _thai_id(p),
    "th_name391": lambda p, c: _th_name(p),
    "sex_th391": lambda p, c: "ชาย" if p.male else "หญิง",
    "birth_th391": lambda p, c: _be(p.birth),
    "th_addr391": lambda p, c: f"{_num(p, 150)}/{_num(p, 9)} {' '.join(_th_place(p)[:4])}",
    "th_post391": lambda p, c: _th_place(p)[4],
    "th_phone391": lambda p, c: _th_mobile(p),
    "case_th391": lambda p, c: f"อ.{_num(p, 3000)}/{2563 + int(p.bhxh) % 5}",
    "prison_th391": lambda p, c: _pick(p, _TH_PRISONS, 3),
    "release_th391": lambda p, c: _be(_release(p)),
    "officer_th391": lambda p, c: _pick(p, _TH_OFFICERS, 4),
    "guardian_th391": lambda p, c: _pick(p, _TH_GUARDIANS, 5),
    "nn_jo391": lambda p, c: _jo_number(p),
    "jo_name391": lambda p, c: _jo_name(p),
    "sex_jo391": lambda p, c: "ذكر" if p.male else "أنثى",
    "birthplace_jo391": lambda p, c: _pick(p, _JO_BIRTHPLACES, 3),
    "addr_jo391": lambda p, c: "، ".join(_jo_home(p)),
    "phone_jo391": lambda p, c: _jo_phone(p),
    "centre_jo391": lambda p, c: _pick(p, _JO_CENTRES, 2),
    "support_jo391": lambda p, c: _pick(p, _JO_SUPPORT, 4),
    "amount_jo391": lambda p, c: str(_num(p, 15) * 100),
    "worker_jo391": lambda p, c: _pick(p, _JO_WORKERS, 5),
    "ghcard391": lambda p, c: _gh_card(p),
    "gh_sur391": lambda p, c: _gh_name(p)[0],
    "gh_first391": lambda p, c: _gh_name(p)[1],
    "gh_other391": lambda p, c: _by_sex(
        p, ("Emmanuel", "", "Samuel", "Isaac"), ("Grace", "", "Priscilla", "Mercy"), 7
    ),
    "sex_gh391": lambda p, c: "Male" if p.male else "Female",
    "gps391": lambda p, c: f"{_gh_place(p)[0]}-{p.bhxh[-4:]}",
    "gh_street391": lambda p, c: _pick(p, _GH_STREETS, 3),
    "gh_town391": lambda p, c: _gh_place(p)[1].split(", ")[0],
    "gh_region391": lambda p, c: _GH_REGIONS.get(_gh_place(p)[0][:2], "Greater Accra"),
    "gh_phone391": lambda p, c: _gh_phone(p),
    "gh_prison391": lambda p, c: _pick(p, _GH_PRISONS, 4),
    "gh_trade391": lambda p, c: _pick(p, _GH_TRADES, 5),
    "gh_kin391": lambda p, c: (
        f"{_by_sex(p, ('Akosua', 'Ama'), ('Kofi', 'Yaw'), 6)} {_gh_name(p)[0]}"
    ),
    "gh_kinphone391": lambda p, c: f"024 {p.bhxh[-7:-4]} {p.bhxh[-4:]}",
}
