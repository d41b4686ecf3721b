"""How the people of the three-hundred-and-eighty-seventh part of the outside corpus (**blind
387**, :mod:`lienthong.quality._corpus_blind387`) are written: legal aid beneficiaries, litigants,
witnesses and assigned lawyers. A court's allowances to witnesses and interpreters, a court's
mediation and dialogue register, a legal aid centre's collaborators, the notices of the right to
legal aid given to people held in custody; and Albanian, Georgian, Bhutanese, Cambodian and
Rwandan court users with their identity numbers and their cases."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind22_writers import _AL_FAMILY, _AL_FATHERS, _nid_al
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind101_writers import _rw_phone
from lienthong.quality._corpus_blind117_writers import _khmer_id, _khmer_name
from lienthong.quality._corpus_blind134_writers import _ge_pn
from lienthong.quality._corpus_blind207_writers import _rw_nid
from lienthong.quality._corpus_blind216_writers import _bt_cid, _bt_home, _bt_name
from lienthong.quality._corpus_blind341_writers import _al_phone

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_ROLES = ("Người làm chứng", "Người làm chứng", "Người phiên dịch", "Người giám định")
_VN_CASES = ("HS", "DS", "HNGĐ", "KDTM", "HC", "LĐ")
_VN_MEDIATORS = ("Hòa giải viên Nguyễn Văn Tâm", "Hòa giải viên Lê Thị Hồng", "HGV Trần Minh Đức")
_VN_KINDS = ("Tranh chấp hợp đồng vay", "Ly hôn", "Tranh chấp đất đai", "Khiếu kiện QĐHC")
_VN_RESULTS = ("Hòa giải thành", "Hòa giải không thành", "Đối thoại thành", "Rút đơn")
_VN_CTV_JOBS = ("Luật sư", "Trưởng thôn", "Công chức Tư pháp - Hộ tịch", "Hội viên Hội Luật gia")
_VN_CUSTODY = ("Nhà tạm giữ CA huyện", "Trại tạm giam CA tỉnh", "Buồng tạm giữ Đồn CA")
_VN_STATUS = ("Có yêu cầu TGPL", "Không yêu cầu", "Đã có luật sư", "Có yêu cầu TGPL")
_VN_GROUPS = ("Người nghèo", "Người có công", "Người dưới 18 tuổi", "Người DTTS vùng ĐBKK")
_AL_GIVEN_M = ("Arben", "Ermal", "Gentian", "Klodian", "Besnik", "Dritan")
_AL_GIVEN_F = ("Elira", "Anila", "Mirela", "Blerina", "Valbona", "Entela")
_AL_TOWNS = ("Tiranë", "Durrës", "Elbasan", "Shkodër", "Vlorë", "Korçë", "Fier")
_AL_COURTS = ("Gjykata e Rrethit Gjyqësor Tiranë", "Gjykata e Rrethit Gjyqësor Durrës")
_AL_CATS = ("Ndihmë ekonomike", "Viktimë e dhunës në familje", "Person me aftësi të kufizuar")
_GE_FAMILY = ("ბერიძე", "კაპანაძე", "გელაშვილი", "მაისურაძე", "ლომიძე", "ჯავახიშვილი")
_GE_GIVEN_M = ("გიორგი", "დავით", "ლევან", "ზურაბ", "ირაკლი", "ნიკოლოზ")
_GE_GIVEN_F = ("ნინო", "თამარ", "მარიამ", "ეკატერინე", "ნათია", "ქეთევან")
_GE_TOWNS = ("თბილისი", "ქუთაისი", "ბათუმი", "რუსთავი", "გორი", "ზუგდიდი", "თელავი")
_GE_STATUS = ("მოწმე", "მოწმე", "დაზარალებული", "ექსპერტი")
_BT_CASES = ("Civil - Land dispute", "Criminal - Larceny", "Family - Divorce", "Civil - Debt")
_KH_COURTS = ("សាលាដំបូងរាជធានីភ្នំពេញ", "សាលាដំបូងខេត្តកណ្ដាល", "សាលាដំបូងខេត្តសៀមរាប")
_KH_PLACES = ("ភ្នំពេញ", "កណ្ដាល", "សៀមរាប", "បាត់ដំបង", "កំពង់ចាម", "តាកែវ")
_KH_LAWYERS = ("មេធាវី សុខ វណ្ណា", "មេធាវី ចាន់ សុផល", "មេធាវី ហេង ស្រីនាង")
_RW_FAMILY_M = ("Mugisha", "Niyonzima", "Habimana", "Nshimiyimana", "Hakizimana")
_RW_FAMILY_F = ("Uwimana", "Mukamana", "Ingabire", "Uwase", "Mukandayisenga")
_RW_GIVEN_M = ("Jean Claude", "Eric", "Patrick", "Emmanuel", "Jean de Dieu")
_RW_GIVEN_F = ("Alice", "Claudine", "Diane", "Marie Claire", "Josiane")
#: (akagari, umurenge, akarere, intara)
_RW_PLACES = (
    ("Rugando", "Kimihurura", "Gasabo", "Umujyi wa Kigali"),
    ("Nyamabuye", "Nyamabuye", "Muhanga", "Amajyepfo"),
    ("Bukinanyana", "Cyuve", "Musanze", "Amajyaruguru"),
    ("Gihundwe", "Kamembe", "Rusizi", "Iburengerazuba"),
)
_RW_ISSUES = ("Izungura", "Amakimbirane y'ubutaka", "Ihohoterwa", "Indezo y'umwana")


def _rw_place(p: Person) -> tuple[str, ...]:
    return _RW_PLACES[int(p.bhxh) // 7 % len(_RW_PLACES)]


WRITERS_BLIND387: dict[str, Callable[[Person, Col], object]] = {
    "vn_role387": lambda p, c: _pick(p, _VN_ROLES, 2),
    "vn_case387": lambda p, c: f"{_num(p, 400)}/{p.other_date.year}/{_pick(p, _VN_CASES, 3)}-ST",
    "vn_sign387": lambda p, c: _pick(p, ("Đã ký", "Đã ký", "Điểm chỉ"), 9),
    "vn_days387": lambda p, c: _num(p, 3),
    "vn_allow387": lambda p, c: f"{_num(p, 3) * 200_000:,}".replace(",", "."),
    "vn_travel387": lambda p, c: f"{_num(p, 40) * 10_000:,}".replace(",", "."),
    "vn_mediator387": lambda p, c: _pick(p, _VN_MEDIATORS, 4),
    "vn_kind387": lambda p, c: _pick(p, _VN_KINDS, 8),
    "vn_result387": lambda p, c: _pick(p, _VN_RESULTS, 5),
    "vn_other_party387": lambda p, c: _other_vn(p, 6),
    "vn_other_phone387": lambda p, c: _other_phone(p, "03"),
    "vn_ctv_job387": lambda p, c: _pick(p, _VN_CTV_JOBS, 2),
    "vn_ctv_card387": lambda p, c: f"{_num(p, 90):03d}/TGPL-CTV",
    "vn_cases_done387": lambda p, c: _num(p, 12) - 1,
    "vn_custody387": lambda p, c: _pick(p, _VN_CUSTODY, 3),
    "vn_status387": lambda p, c: _pick(p, _VN_STATUS, 4),
    "vn_group387": lambda p, c: _pick(p, _VN_GROUPS, 5),
    "vn_officer387": lambda p, c: f"ĐT {_other_vn(p, 8)}",
    "al_given387": lambda p, c: _by_sex(p, _AL_GIVEN_M, _AL_GIVEN_F, 1),
    "al_family387": lambda p, c: _pick(p, _AL_FAMILY, 2),
    "al_father387": lambda p, c: _pick(p, _AL_FATHERS, 3),
    "al_nid387": lambda p, c: _nid_al(p),
    "al_sex387": lambda p, c: "M" if p.male else "F",
    "al_town387": lambda p, c: _pick(p, _AL_TOWNS, 4),
    "al_phone387": lambda p, c: _al_phone(p),
    "al_file387": lambda p, c: f"NJF-{p.other_date.year}-{p.bhxh[-4:]}",
    "al_court387": lambda p, c: _pick(p, _AL_COURTS, 5),
    "al_cat387": lambda p, c: _pick(p, _AL_CATS, 6),
    "al_lawyer387": lambda p, c: f"Av. {_pick(p, _AL_GIVEN_M, 7)} {_pick(p, _AL_FAMILY, 8)}",
    "ge_family387": lambda p, c: _pick(p, _GE_FAMILY, 2),
    "ge_given387": lambda p, c: _by_sex(p, _GE_GIVEN_M, _GE_GIVEN_F, 1),
    "ge_pn387": lambda p, c: _ge_pn(p),
    "ge_sex387": lambda p, c: "მამრ." if p.male else "მდედრ.",
    "ge_town387": lambda p, c: _pick(p, _GE_TOWNS, 4),
    "ge_phone387": lambda p, c: f"5{p.phone[3:5]} {p.phone[5:7]} {p.phone[7:9]} {p.phone[9:]}0",
    "ge_case387": lambda p, c: f"№1/{_num(p, 900)}-{p.other_date:%y}",
    "ge_status387": lambda p, c: _pick(p, _GE_STATUS, 5),
    "bt_name387": lambda p, c: _bt_name(p),
    "bt_cid387": lambda p, c: _bt_cid(p),
    "bt_sex387": lambda p, c: "Male" if p.male else "Female",
    "bt_gewog387": lambda p, c: _bt_home(p)[1],
    "bt_dzongkhag387": lambda p, c: _bt_home(p)[2],
    "bt_phone387": lambda p, c: f"{_pick(p, ('17', '77'), 3)}{p.phone[-6:]}",
    "bt_case387": lambda p, c: _pick(p, _BT_CASES, 4),
    "bt_ref387": lambda p, c: f"NLAC/{p.other_date.year}/{p.bhxh[-3:]}",
    "kh_name387": lambda p, c: _khmer_name(p),
    "kh_id387": lambda p, c: _khmer_id(p),
    "kh_sex387": lambda p, c: "ប្រុស" if p.male else "ស្រី",
    "kh_place387": lambda p, c: _pick(p, _KH_PLACES, 4),
    "kh_phone387": lambda p, c: (
        f"0{_pick(p, ('12', '17', '92', '97'), 5)} {p.phone[4:7]} {p.phone[7:]}"
    ),
    "kh_court387": lambda p, c: _pick(p, _KH_COURTS, 6),
    "kh_lawyer387": lambda p, c: _pick(p, _KH_LAWYERS, 7),
    "kh_case387": lambda p, c: f"{_num(p, 900)}/{p.other_date.year}",
    "rw_full387": lambda p, c: (
        f"{_by_sex(p, _RW_FAMILY_M, _RW_FAMILY_F, 2).upper()}"
        f" {_by_sex(p, _RW_GIVEN_M, _RW_GIVEN_F, 3)}"
    ),
    "rw_nid387": lambda p, c: _rw_nid(p),
    "rw_sex387": lambda p, c: "Gabo" if p.male else "Gore",
    "rw_cell387": lambda p, c: _rw_place(p)[0],
    "rw_sector387": lambda p, c: _rw_place(p)[1],
    "rw_district387": lambda p, c: _rw_place(p)[2],
    "rw_province387": lambda p, c: _rw_place(p)[3],
    "rw_phone387": lambda p, c: _rw_phone(p),
    "rw_issue387": lambda p, c: _pick(p, _RW_ISSUES, 4),
    "rw_maj387": lambda p, c: f"MAJ {_rw_place(p)[2]}",
}

__all__ = ["WRITERS_BLIND387"]
