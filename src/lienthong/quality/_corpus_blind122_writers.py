"""How the people of the hundred-and-twenty-second part of the outside corpus (**blind 122**,
:mod:`lienthong.quality._corpus_blind122`) are written: four Vietnamese files' own columns (a
dependant registered for a taxpayer's family deduction, an international driving permit and the
national licence behind it, a young man called up for service in the People's Police, a sick-leave
certificate a hospital sends to social insurance) and Australian, New Zealand, Papua New Guinean,
Solomon Islands and Vanuatu names, places, phones and numbers in the forms their registers show
(the Medicare card number's ninth digit is its weighted mod-10 check and the tenth the card's
issue; the IRD number ends in its mod-11 digit; the PNG NID, the Solomon Islands voter ID and the
Vanuatu ID card publish none)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.identifiers import make_mst
from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind34_writers import _medicare
from lienthong.quality._corpus_blind40_writers import _ird
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind78_writers import _dotted
from lienthong.quality._corpus_blind99_writers import _PG_FAMILY, _PG_GIVEN_F, _PG_GIVEN_M, _pg_nid

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: dependants registered for the family deduction (mẫu 20/ĐK-TCT) ----------------------
_VN_EMPLOYERS = (
    "Cty TNHH Pouyuen Việt Nam",
    "Cty CP Sữa Việt Nam",
    "Ngân hàng TMCP Á Châu - CN Gò Vấp",
    "Trường THCS Nguyễn Du",
    "Cty TNHH Điện tử Samsung HCMC CE Complex",
    "Bệnh viện Nhân dân 115",
)
# -- Vietnam: international driving permits -------------------------------------------------------
_VN_GPLX_CLASS = ("B", "B2", "B", "C1", "A1, B2", "B1")
_VN_GPLX_ISSUER = ("Sở GTVT TP.HCM", "Sở GTVT Hà Nội", "Cục ĐBVN", "Sở GTVT Bình Dương")
_VN_IDP_CHANNEL = ("DVC trực tuyến", "Trực tiếp", "DVC trực tuyến", "Qua bưu chính")
_VN_IDP_PURPOSE = ("Du lịch", "Du lịch", "Công tác", "Học tập", "Thăm thân")
# -- Vietnam: call-up for service in the People's Police -------------------------------------------
_VN_EDU = ("12/12", "12/12", "Cao đẳng", "Đại học", "11/12", "Trung cấp")
_VN_ETHNIC = ("Kinh", "Kinh", "Kinh", "Hoa", "Khmer", "Tày")
_VN_RELIGION = ("Không", "Không", "Phật giáo", "Công giáo", "Không")
_VN_HEALTH = ("Loại 1", "Loại 2", "Loại 2", "Loại 3", "Không đạt")
_VN_VETTING = ("Đạt", "Đạt", "Đạt", "Chờ thẩm tra", "Không đạt")
_VN_POLICE_UNITS = (
    "Trung đoàn CSCĐ Đông Nam Bộ",
    "Phòng CSCĐ CATP",
    "Trại tạm giam Chí Hòa",
    "Trung đoàn Cảnh sát bảo vệ",
)
# -- Vietnam: sick-leave certificates sent to social insurance ------------------------------------
_VN_DIAG = (
    ("Viêm phổi", "J18.9"),
    ("Sốt xuất huyết Dengue", "A91"),
    ("Gãy xương cẳng tay", "S52.5"),
    ("Viêm dạ dày ruột", "K52.9"),
    ("Cúm A", "J10.1"),
    ("Viêm ruột thừa cấp", "K35.8"),
)
_VN_DOCTORS = ("BS. Trần Minh Tâm", "BSCKI Lê Thị Hạnh", "ThS.BS Nguyễn Quốc Huy", "BS. Phạm Thu")
# -- Australia: vaccination encounters a pharmacy reports to the AIR -------------------------------
_AU_GIVEN_M = ("Jack", "Liam", "Noah", "Thomas", "Mitchell", "Lachlan", "Hamish")
_AU_GIVEN_F = ("Olivia", "Charlotte", "Chloe", "Sienna", "Matilda", "Emily", "Georgia")
_AU_FAMILY = ("Smith", "Nguyen", "Williams", "O'Brien", "Kelly", "Tran", "Papadopoulos", "Singh")
_AU_PLACES = (
    ("Footscray", "VIC", "3011"),
    ("Cabramatta", "NSW", "2166"),
    ("Mirrabooka", "WA", "6061"),
    ("Inala", "QLD", "4077"),
    ("Salisbury", "SA", "5108"),
    ("Glenorchy", "TAS", "7010"),
    ("Belconnen", "ACT", "2617"),
    ("Casuarina", "NT", "0810"),
)
_AU_VACCINES = (
    ("FLUQIV", "Fluad Quad", "NIP"),
    ("AFLURI", "Afluria Quad", "OTH"),
    ("COMIRN", "Comirnaty JN.1", "NIP"),
    ("SHINGR", "Shingrix", "NIP"),
    ("ABRYSV", "Abrysvo", "OTH"),
)
_AU_INDIGENOUS = ("Neither", "Neither", "Neither", "Aboriginal", "Torres Strait Islander")
_AU_STATUS = ("Accepted", "Accepted", "Accepted", "Pended", "Rejected - AIR-E-1018")
# -- New Zealand: an employer's employment information schedule -----------------------------------
_NZ_GIVEN_M = ("Wiremu", "James", "Tane", "Oliver", "Sione", "Rawiri", "Hamish")
_NZ_GIVEN_F = ("Aroha", "Sophie", "Mere", "Ana", "Isla", "Hine", "Grace")
_NZ_FAMILY = ("Ngata", "Smith", "Tuhiwai", "Fa'amausili", "Wilson", "Parata", "Chen", "Walker")
_NZ_PLACES = (
    ("Ponsonby", "Auckland", "1011"),
    ("Otara", "Auckland", "2023"),
    ("Naenae", "Lower Hutt", "5011"),
    ("Hornby", "Christchurch", "8042"),
    ("Frankton", "Hamilton", "3204"),
    ("Caversham", "Dunedin", "9012"),
)
_NZ_STREETS = ("Queen Street", "Great South Road", "Hutt Road", "Main South Road", "Kent Terrace")
_NZ_TAX_CODES = ("M", "M", "M SL", "S", "ME", "SH", "CAE")
# -- Papua New Guinea: SIM cards registered with NICTA --------------------------------------------
_PG_PLACES = (
    ("Hohola", "Moresby North-West", "National Capital District"),
    ("Gerehu Stage 2", "Moresby North-West", "National Capital District"),
    ("Kamaliki", "Goroka", "Eastern Highlands"),
    ("Ialibu Station", "Ialibu-Pangia", "Southern Highlands"),
    ("Butibam", "Lae", "Morobe"),
    ("Kokopo Town", "Kokopo", "East New Britain"),
)
_PG_ID_TYPE = ("NID Card", "NID Card", "NID Slip", "NID Card")
_PG_AGENTS = (
    "Digicel Vision City",
    "bmobile Waigani",
    "Digicel Goroka Market",
    "Vodafone PNG Lae Top Town",
    "Digicel Kokopo",
)
_PG_STATUS = ("Verified", "Verified", "Verified", "Pending NID check", "Barred")
# -- Solomon Islands: applications to transfer a voter's registration ------------------------------
_SB_GIVEN_M = ("John", "Peter", "Moses", "Silas", "Ezekiel", "Francis")
_SB_GIVEN_F = ("Mary", "Rose", "Lilly", "Alice", "Doreen", "Esther")
_SB_FAMILY = ("Ramo", "Kwaiga", "Tozaka", "Oti", "Maelanga", "Sogavare", "Kilua", "Pitakaka")
_SB_PLACES = (
    ("Fulisango", "Vura Ward", "Honiara"),
    ("White River", "Nggosi Ward", "Honiara"),
    ("Kukum Campus", "Vura Ward", "Honiara"),
    ("Auki", "Aimela Ward", "Malaita"),
    ("Noro", "Noro Ward", "Western"),
    ("Tenaru", "Tandai Ward", "Guadalcanal"),
)
_SB_CONSTITUENCIES = (
    "East Kwaio",
    "North Malaita",
    "Central Honiara",
    "West Honiara",
    "Gizo/Kolombangara",
    "North East Guadalcanal",
    "Temotu Pele",
)
_SB_REASONS = ("Work", "Moved residence", "Marriage", "Schooling", "Moved residence")
_SB_DECISIONS = ("Approved", "Approved", "Pending", "Objection lodged", "Approved")
# -- Vanuatu: the labour mobility work-ready pool -------------------------------------------------
_VU_GIVEN_M = ("Kalo", "Jimmy", "Willie", "Tom", "Johnson", "Joel")
_VU_GIVEN_F = ("Leimara", "Mary", "Nadia", "Rachel", "Elsie", "Joyce")
_VU_FAMILY = ("Kalsakau", "Tari", "Iatika", "Molisa", "Vira", "Natuman", "Boe", "Salwai")
_VU_PLACES = (
    ("Blacksands", "Efate", "Shefa"),
    ("Erakor", "Efate", "Shefa"),
    ("Isangel", "Tanna", "Tafea"),
    ("Port Olry", "Espiritu Santo", "Sanma"),
    ("Norsup", "Malekula", "Malampa"),
    ("Lolowai", "Ambae", "Penama"),
    ("Sola", "Vanua Lava", "Torba"),
)
_VU_SCHEMES = ("RSE (NZ)", "PALM seasonal (AU)", "PALM long-term (AU)", "RSE (NZ)")
_VU_JOBS = ("Fruit picker", "Vineyard pruning", "Meat processing", "Aged care", "Packhouse")
_VU_EMPLOYERS = (
    "Seeka Ltd, Te Puke",
    "Costa Group, Mildura",
    "JBS Australia, Brooklyn",
    "Pernod Ricard Winemakers, Blenheim",
    "Bupa Aged Care, Cairns",
)
_VU_YESNO = (
    "Yes / Yes / Oui",
    "Yes / Yes / Oui",
    "Nogat / No / Non",
    "Wetem / Pending / En attente",
)


def _dependant_relation(p: Person) -> str:
    """Parents for the old, a spouse or a child for the others."""
    if p.birth.year < 1965:
        return "Cha đẻ" if p.male else "Mẹ đẻ"
    if p.birth.year > 1995:
        return "Con"
    return _pick(p, ("Chồng", "Con") if p.male else ("Vợ", "Con"), 2)


def _payer_name(p: Person) -> str:
    """A child or a father shares the taxpayer's family name; a mother or a spouse does not."""
    same = _dependant_relation(p) in ("Con", "Cha đẻ")
    return _other_vn(p, 3, male=None, family=p.family if same else None)


def _payer_mst(p: Person) -> str:
    n = int(p.bhxh[-7:])
    while True:
        mst = make_mst(f"{n % 80 + 1:02d}", n % 9_999_999 + 1)
        if mst is not None:
            return mst
        n += 1


def _idp_until(p: Person) -> date:
    """An IDP runs three years, never beyond the national licence (here: always within it)."""
    return _shift_date(p.other_date, 3) - timedelta(days=1)


def _c65_days(p: Person) -> int:
    return int(p.bhxh) % 14 + 2


def _au_place(p: Person) -> tuple[str, str, str]:
    return _AU_PLACES[int(p.bhxh) // 7 % len(_AU_PLACES)]


def _au_medicare(p: Person) -> str:
    digits = _medicare(p)
    return digits if int(p.bhxh) % 3 == 0 else digits.replace(" ", "")


def _au_vaccine(p: Person) -> tuple[str, str, str]:
    return _AU_VACCINES[int(p.bhxh) // 5 % len(_AU_VACCINES)]


def _au_phone(p: Person) -> str:
    body = f"04{p.phone[2:10]}"
    return f"{body[:4]} {body[4:7]} {body[7:]}" if int(p.bhxh) % 2 else body


def _nz_place(p: Person) -> tuple[str, str, str]:
    return _NZ_PLACES[int(p.bhxh) // 7 % len(_NZ_PLACES)]


def _nz_addr(p: Person) -> str:
    suburb, city, postcode = _nz_place(p)
    return f"{_num(p, 180)} {_pick(p, _NZ_STREETS, 4)}, {suburb}, {city} {postcode}"


def _nz_ird(p: Person) -> str:
    ird = _ird(p)
    return ird.replace("-", "").zfill(9) if int(p.bhxh) % 3 == 0 else ird


def _nz_gross(p: Person) -> int:
    return 2400 + int(p.bhxh[-5:]) % 9000


def _nz_paye(p: Person) -> str:
    return f"{_nz_gross(p) * 0.21:.2f}"


def _nz_kiwisaver(p: Person, rate: float) -> str:
    return f"{_nz_gross(p) * rate:.2f}"


def _pg_place(p: Person) -> tuple[str, str, str]:
    return _PG_PLACES[int(p.bhxh) // 7 % len(_PG_PLACES)]


def _pg_msisdn(p: Person) -> str:
    lead = _pick(p, ("7", "8"), 4)
    body = f"{lead}{p.phone[3:10]}"
    return f"675{body}" if int(p.bhxh) % 4 == 0 else f"{body[:4]} {body[4:]}"


def _sb_place(p: Person) -> tuple[str, str, str]:
    return _SB_PLACES[int(p.bhxh) // 7 % len(_SB_PLACES)]


def _sb_phone(p: Person) -> str:
    body = f"7{p.phone[4:10]}"
    return f"+677 {body}" if int(p.bhxh) % 2 else f"{body[:3]} {body[3:]}"


def _vu_place(p: Person) -> tuple[str, str, str]:
    return _VU_PLACES[int(p.bhxh) // 7 % len(_VU_PLACES)]


def _vu_phone(p: Person) -> str:
    body = f"{'57'[int(p.bhxh) % 2]}{p.phone[4:10]}"
    return f"+678 {body}" if int(p.bhxh) % 3 == 0 else f"{body[:3]} {body[3:]}"


WRITERS_BLIND122: dict[str, Callable[[Person, Col], object]] = {
    # dependants for the family deduction
    "dep_nat122": lambda p, c: "Việt Nam",
    "dep_rel122": lambda p, c: _dependant_relation(p),
    "payer_name122": lambda p, c: _payer_name(p),
    "payer_mst122": lambda p, c: _payer_mst(p),
    "payer_employer122": lambda p, c: _pick(p, _VN_EMPLOYERS, 1),
    "dep_from122": lambda p, c: f"{p.other_date:%m/%Y}",
    "dep_to122": lambda p, c: "" if int(p.bhxh) % 4 else f"12/{p.other_date.year + 1}",
    "dep_amount122": lambda p, c: _dotted(6_200_000 if p.other_date.year > 2025 else 4_400_000),
    # international driving permits
    "passport122": lambda p, c: f"{_pick(p, ('C', 'P', 'C'), 1)}{p.bhxh[2:9]}",
    "gplx122": lambda p, c: f"79{p.bhxh}",
    "gplx_class122": lambda p, c: _pick(p, _VN_GPLX_CLASS, 2),
    "gplx_issuer122": lambda p, c: _pick(p, _VN_GPLX_ISSUER, 3),
    "idp_no122": lambda p, c: f"AA{p.bhxh[-6:]}",
    "idp_until122": lambda p, c: f"{_idp_until(p):%d/%m/%Y}",
    "idp_purpose122": lambda p, c: _pick(p, _VN_IDP_PURPOSE, 4),
    "idp_channel122": lambda p, c: _pick(p, _VN_IDP_CHANNEL, 5),
    "idp_fee122": lambda p, c: "135.000",
    # call-up for the People's Police
    "edu122": lambda p, c: _pick(p, _VN_EDU, 1),
    "ethnic122": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "religion122": lambda p, c: _pick(p, _VN_RELIGION, 3),
    "father122": lambda p, c: _other_vn(p, 5, male=True, family=p.family),
    "mother122": lambda p, c: _other_vn(p, 6, male=False),
    "health122": lambda p, c: _pick(p, _VN_HEALTH, 4),
    "vetting122": lambda p, c: _pick(p, _VN_VETTING, 5),
    "police_unit122": lambda p, c: _pick(p, _VN_POLICE_UNITS, 6),
    "ward_officer122": lambda p, c: f"Đại úy {_other_vn(p, 7, male=True)}",
    "parent_phone122": lambda p, c: _other_phone(p, "09"),
    # sick-leave certificates
    "c65_seri122": lambda p, c: f"{_num(p, 900):03d}{p.bhxh[-5:]}",
    "c65_employer122": lambda p, c: _pick(p, _VN_EMPLOYERS, 2),
    "c65_diag122": lambda p, c: _VN_DIAG[int(p.bhxh) // 3 % len(_VN_DIAG)][0],
    "c65_icd122": lambda p, c: _VN_DIAG[int(p.bhxh) // 3 % len(_VN_DIAG)][1],
    "c65_days122": lambda p, c: _c65_days(p),
    "c65_to122": lambda p, c: f"{p.other_date + timedelta(days=_c65_days(p) - 1):%d/%m/%Y}",
    "c65_parent122": lambda p, c: "",
    "c65_doctor122": lambda p, c: _pick(p, _VN_DOCTORS, 3),
    "c65_issued122": lambda p, c: f"{p.other_date + timedelta(days=_c65_days(p) - 1):%d/%m/%Y}",
    # Australia
    "medicare122": lambda p, c: _au_medicare(p),
    "irn122": lambda p, c: int(p.bhxh[2]) % 5 + 1,
    "au_family122": lambda p, c: _pick(p, _AU_FAMILY, 1).upper(),
    "au_given122": lambda p, c: _by_sex(p, _AU_GIVEN_M, _AU_GIVEN_F, 2),
    "sex_au122": lambda p, c: "M" if p.male else "F",
    "au_suburb122": lambda p, c: _au_place(p)[0].upper(),
    "au_state122": lambda p, c: _au_place(p)[1],
    "au_pc122": lambda p, c: _au_place(p)[2],
    "au_indig122": lambda p, c: _pick(p, _AU_INDIGENOUS, 3),
    "au_vcode122": lambda p, c: _au_vaccine(p)[0],
    "au_vname122": lambda p, c: _au_vaccine(p)[1],
    "au_vtype122": lambda p, c: _au_vaccine(p)[2],
    "au_dose122": lambda p, c: "1" if int(p.bhxh) % 4 else "2",
    "au_batch122": lambda p, c: f"{_pick(p, ('AU', 'HX', 'FK'), 4)}{p.bhxh[-5:]}A",
    "au_route122": lambda p, c: "IM",
    "au_provider122": lambda p, c: f"{p.bhxh[3:9]}{'ABCDEFGHJK'[int(p.bhxh) % 10]}",
    "au_phone122": lambda p, c: _au_phone(p),
    "au_status122": lambda p, c: _pick(p, _AU_STATUS, 5),
    # New Zealand
    "ird122": lambda p, c: _nz_ird(p),
    "nz_name122": lambda p, c: (
        f"{_by_sex(p, _NZ_GIVEN_M, _NZ_GIVEN_F, 1)} {_pick(p, _NZ_FAMILY, 2)}"
    ),
    "nz_taxcode122": lambda p, c: _pick(p, _NZ_TAX_CODES, 3),
    "nz_finish122": lambda p, c: (
        "" if int(p.bhxh) % 5 else f"{p.other_date + timedelta(days=200):%d/%m/%Y}"
    ),
    "nz_addr122": lambda p, c: _nz_addr(p),
    "nz_lump122": lambda p, c: "N" if int(p.bhxh) % 6 else "Y",
    "nz_gross122": lambda p, c: f"{_nz_gross(p)}.00",
    "nz_notliable122": lambda p, c: "0.00",
    "nz_paye122": lambda p, c: _nz_paye(p),
    "nz_sl122": lambda p, c: (
        f"{_nz_gross(p) * 0.12:.2f}" if "SL" in _pick(p, _NZ_TAX_CODES, 3) else "0.00"
    ),
    "nz_ks122": lambda p, c: _nz_kiwisaver(p, 0.03),
    "nz_ksemp122": lambda p, c: _nz_kiwisaver(p, 0.03 * 0.825),
    "nz_payroll_phone122": lambda p, c: "09 379 4020",
    # Papua New Guinea
    "pg_msisdn122": lambda p, c: _pg_msisdn(p),
    "pg_given122": lambda p, c: _by_sex(p, _PG_GIVEN_M, _PG_GIVEN_F, 1).upper(),
    "pg_family122": lambda p, c: _pick(p, _PG_FAMILY, 2).upper(),
    "sex_pg122": lambda p, c: "Male" if p.male else "Female",
    "pg_idtype122": lambda p, c: _pick(p, _PG_ID_TYPE, 3),
    "pg_nid122": lambda p, c: _pg_nid(p),
    "pg_village122": lambda p, c: _pg_place(p)[0],
    "pg_dist122": lambda p, c: _pg_place(p)[1],
    "pg_prov122": lambda p, c: _pg_place(p)[2],
    "pg_nok122": lambda p, c: (
        f"{_by_sex(p, _PG_GIVEN_F, _PG_GIVEN_M, 5)} {_pick(p, _PG_FAMILY, 2)}"
    ),
    "pg_agent122": lambda p, c: _pick(p, _PG_AGENTS, 6),
    "pg_agent_id122": lambda p, c: f"AG-{_num(p, 700):04d}",
    "pg_status122": lambda p, c: _pick(p, _PG_STATUS, 7),
    # Solomon Islands
    "sb_app122": lambda p, c: f"TR/{p.other_date.year}/{_num(p, 900):04d}",
    "sb_voter122": lambda p, c: f"{_num(p, 9):02d}{p.bhxh[-7:]}",
    "sb_family122": lambda p, c: _pick(p, _SB_FAMILY, 1).upper(),
    "sb_given122": lambda p, c: _by_sex(p, _SB_GIVEN_M, _SB_GIVEN_F, 2),
    "sex_sb122": lambda p, c: "M" if p.male else "F",
    "sb_old_const122": lambda p, c: _pick(p, _SB_CONSTITUENCIES, 3),
    "sb_old_ps122": lambda p, c: f"{_pick(p, ('Atori', 'Malu’u', 'Kia', 'Visale'), 4)} School",
    "sb_new_const122": lambda p, c: _pick(p, _SB_CONSTITUENCIES, 5),
    "sb_res122": lambda p, c: f"{_sb_place(p)[0]}, {_sb_place(p)[2]}",
    "sb_ward122": lambda p, c: _sb_place(p)[1],
    "sb_prov122": lambda p, c: _sb_place(p)[2],
    "sb_reason122": lambda p, c: _pick(p, _SB_REASONS, 6),
    "sb_phone122": lambda p, c: _sb_phone(p),
    "sb_officer122": lambda p, c: f"RO {_pick(p, _SB_FAMILY, 7)}",
    "sb_decision122": lambda p, c: _pick(p, _SB_DECISIONS, 8),
    # Vanuatu
    "vu_id122": lambda p, c: f"{p.birth:%y}{p.bhxh[-7:]}",
    "vu_given122": lambda p, c: _by_sex(p, _VU_GIVEN_M, _VU_GIVEN_F, 1),
    "vu_family122": lambda p, c: _pick(p, _VU_FAMILY, 2).upper(),
    "sex_vu122": lambda p, c: "M" if p.male else "F",
    "vu_village122": lambda p, c: _vu_place(p)[0],
    "vu_island122": lambda p, c: _vu_place(p)[1],
    "vu_prov122": lambda p, c: _vu_place(p)[2].upper(),
    "vu_passport122": lambda p, c: f"RV{p.bhxh[2:9]}",
    "vu_scheme122": lambda p, c: _pick(p, _VU_SCHEMES, 3),
    "vu_job122": lambda p, c: _pick(p, _VU_JOBS, 4),
    "vu_employer122": lambda p, c: _pick(p, _VU_EMPLOYERS, 5),
    "vu_medical122": lambda p, c: _pick(p, _VU_YESNO, 6),
    "vu_police122": lambda p, c: _pick(p, _VU_YESNO, 7),
    "vu_phone122": lambda p, c: _vu_phone(p),
    "vu_nok122": lambda p, c: (
        f"{_by_sex(p, _VU_GIVEN_F, _VU_GIVEN_M, 8)} {_pick(p, _VU_FAMILY, 2).title()}"
    ),
}

__all__ = ["WRITERS_BLIND122"]
