"""How the people of the three-hundred-and-tenth part of the outside corpus (**blind 310**,
:mod:`lienthong.quality._corpus_blind310`) are written: four Vietnamese files' own columns (a
dormant bank account woken again, a microfinance loan group, a life insurance contract, a
securities account moved from the old CMND to the CCCD) and the names, numbers, places and phones
of Kenyan mobile-money agents, Nigerian bank accounts linked to a BVN, Indian bank customers due
for re-KYC, Philippine cooperative members and Brazilian Pix keys (the NUBAN's and the CPF's check
digits and the Aadhaar's Verhoeff digit are computed as the banks compute them)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind42_writers import (
    _IN_FAMILY,
    _IN_GIVEN_F,
    _IN_GIVEN_M,
    _aadhaar,
    _pan,
)
from lienthong.quality._corpus_blind57_writers import _cpf
from lienthong.quality._corpus_blind66_writers import _pcn, _tin
from lienthong.quality._corpus_blind141_writers import (
    _KE_FAMILY,
    _KE_GIVEN_F,
    _KE_GIVEN_M,
    _NG_FAMILY,
    _NG_GIVEN_F,
    _NG_GIVEN_M,
    _kra_pin,
)
from lienthong.quality._corpus_blind156_writers import _PH_FAMILY, _PH_GIVEN_F, _PH_GIVEN_M
from lienthong.quality._corpus_blind232_writers import _BR_FAMILY, _BR_GIVEN_F, _BR_GIVEN_M

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: dormant accounts woken again at a bank branch ----------------------------------------
_VN_DM_NFC = ("Khớp - đọc chip NFC", "Khớp - đọc chip NFC", "Khớp (C06)", "Sai lệch ngày sinh")
_VN_DM_STATE = (
    "Đã kích hoạt",
    "Đã kích hoạt",
    "Chờ KH đến quầy",
    "Đóng TK theo đề nghị",
    "Tạm khóa",
)
_VN_DM_OFFICERS = (
    "GDV Nguyễn Thị Hạnh",
    "GDV Lê Minh Châu",
    "KSV Trần Quốc Bảo",
    "GDV Phạm Thu Hà",
)
# -- Vietnam: a microfinance institution's loan groups ---------------------------------------------
_VN_MF_PURPOSE = ("Chăn nuôi lợn", "Buôn bán tạp hóa", "Trồng rau màu", "Nuôi gà", "May gia công")
_VN_MF_CENTRES = ("Cụm Đông Xá", "Cụm Thôn Trung", "Cụm Yên Mỹ 2", "Cụm Xóm Chùa", "Cụm Bãi Sậy")
# -- Vietnam: life insurance contracts issued through an agency -----------------------------------
_VN_LI_PRODUCTS = (
    "An Phúc Gia Lộc",
    "Bảo hiểm liên kết chung",
    "Vững Tương Lai",
    "An Tâm Học Vấn",
    "Hưu trí An Khang",
)
_VN_LI_REL = ("Bản thân", "Con", "Vợ/Chồng", "Con", "Bố/Mẹ")
_VN_LI_STATUS = ("Hiệu lực", "Hiệu lực", "Mất hiệu lực tạm thời", "Đang thẩm định", "Hủy hợp đồng")
# -- Vietnam: securities accounts updated from CMND to CCCD ----------------------------------------
_VN_SC_ISSUER = ("Cục CS QLHC về TTXH", "Bộ Công an", "Cục CS ĐKQL cư trú và DLQG về dân cư")
_VN_SC_BANKS = ("Vietcombank", "BIDV", "Techcombank", "VPBank", "ACB", "MB")
_VN_SC_VSDC = ("Đã cập nhật", "Đã cập nhật", "Chờ VSDC duyệt", "Thiếu bản chụp CCCD", "Từ chối")

# -- Kenya: mobile-money agents --------------------------------------------------------------------
_KE_OUTLETS = (
    ("Kondele", "Kisumu", "Kisumu Central"),
    ("Kangemi", "Nairobi", "Westlands"),
    ("Githurai 45", "Kiambu", "Ruiru"),
    ("Majengo", "Mombasa", "Mvita"),
    ("Kapsoya", "Uasin Gishu", "Ainabkoi"),
    ("Mlolongo", "Machakos", "Mavoko"),
)
_KE_SHOPS = (
    "Agrovet & M-PESA",
    "Cyber & M-PESA Shop",
    "General Stores",
    "Mini Mart",
    "Electronics",
)
_KE_AGG = (
    "Kenya Agent Network Ltd",
    "Direct Safaricom Dealer",
    "Tuvuke Aggregators",
    "PesaLink Ltd",
)
_KE_STATUS = ("Active", "Active", "Active", "Suspended - KYC", "Dormant", "Terminated")
# -- Nigeria: accounts linked to a BVN and an NIN ----------------------------------------------
_NG_HOMES = (
    ("Adeola Odeku Street", "Victoria Island", "Lagos"),
    ("Ago Palace Way", "Okota", "Lagos"),
    ("Ahmadu Bello Way", "Garki", "FCT"),
    ("Zoo Road", "Gyadi-Gyadi", "Kano"),
    ("Ogui Road", "Enugu North", "Enugu"),
    ("Ring Road", "Ibadan South-West", "Oyo"),
)
_NG_STATUS = ("Active", "Active", "PND - NIN not linked", "PND - BVN mismatch", "Dormant", "Active")
_NG_BRANCHES = ("Marina", "Wuse II", "Sabon Gari", "Ogui", "Dugbe", "Allen Avenue")
# -- India: savings accounts due for periodic re-KYC -----------------------------------------------
_IN_HOMES = (
    ("Flat 302, Shanti Apartments, MG Road", "Pune", "Maharashtra", "4110"),
    ("H.No. 4-7-112, Sai Nagar", "Hyderabad", "Telangana", "5000"),
    ("12, 3rd Cross, Jayanagar 4th Block", "Bengaluru", "Karnataka", "5600"),
    ("B-14, Lajpat Nagar II", "New Delhi", "Delhi", "1100"),
    ("Plot 9, Salt Lake Sector V", "Kolkata", "West Bengal", "7000"),
)
_IN_OCC = ("Salaried - Pvt", "Salaried - Govt", "Self Employed", "Business", "Housewife", "Retired")
_IN_INCOME = ("Below 1 Lakh", "1-5 Lakh", "5-10 Lakh", "10-25 Lakh", "Above 25 Lakh")
_IN_RISK = ("Low", "Low", "Medium", "High")
_IN_STATUS = ("Re-KYC Done", "Re-KYC Done", "Pending", "Partial Freeze", "Documents Awaited")
# -- Philippines: a multi-purpose cooperative's members --------------------------------------------
_PH_PLACES = (
    ("Poblacion", "Valencia City", "Bukidnon"),
    ("San Isidro", "Tanauan City", "Batangas"),
    ("Lapasan", "Cagayan de Oro City", "Misamis Oriental"),
    ("Bagumbayan", "Sta. Cruz", "Laguna"),
    ("Mabini", "Dasmariñas City", "Cavite"),
)
_PH_CIVIL = ("Single", "Married", "Married", "Widow/er", "Separated")
_PH_TYPE = ("Regular", "Regular", "Associate", "Regular - Lifetime")
_PH_REL = ("Spouse", "Son", "Daughter", "Mother", "Sister")
# -- Brazil: Pix keys at a credit union --------------------------------------------------------
_BR_PLACES = (
    ("Rua XV de Novembro", "Centro", "Curitiba", "PR", "80020"),
    ("Av. Brasil", "Jardim América", "Cascavel", "PR", "85812"),
    ("Rua das Palmeiras", "Boa Vista", "Chapecó", "SC", "89805"),
    ("Rua Sete de Setembro", "São Cristóvão", "Passo Fundo", "RS", "99010"),
    ("Av. Goiás", "Setor Central", "Rio Verde", "GO", "75901"),
)
_BR_KTYPES = ("CPF", "Celular", "E-mail", "Aleatória", "Celular")
_BR_SIT = ("Ativa", "Ativa", "Ativa", "Em portabilidade", "Excluída pelo titular", "Reivindicada")


def _day(p: Person, start: date, span: int) -> date:
    return start + timedelta(days=int(p.bhxh[-5:]) % span)


def _vn_other_birth(p: Person, years: int) -> str:
    year = min(p.birth.year + years, 2024)
    return f"{_safe_day(year, p.birth.month, p.birth.day + _num(p, 9) % 3):%d/%m/%Y}"


def _li_rel(p: Person) -> str:
    return _pick(p, _VN_LI_REL, 3)


def _ke_name(p: Person) -> str:
    return f"{_by_sex(p, _KE_GIVEN_M, _KE_GIVEN_F, 1)} {_pick(p, _KE_FAMILY, 2)}"


def _ke_mobile(p: Person, digits: str) -> str:
    return f"07{digits[2:4]} {digits[4:7]} {digits[7:10]}"


def _nuban(p: Person) -> str:
    """A NUBAN: nine serial digits and the CBN check digit over the bank code and the serial."""
    bank, serial = "058", p.bhxh[1:10]
    weights = (3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3)
    total = sum(int(d) * w for d, w in zip(bank + serial, weights, strict=True))
    return f"{serial}{(10 - total % 10) % 10}"


def _ng_home(p: Person) -> tuple[str, str, str]:
    return _NG_HOMES[int(p.bhxh) // 7 % len(_NG_HOMES)]


def _in_home(p: Person) -> tuple[str, str, str, str]:
    return _IN_HOMES[int(p.bhxh) // 5 % len(_IN_HOMES)]


def _in_name(p: Person) -> str:
    return f"{_by_sex(p, _IN_GIVEN_M, _IN_GIVEN_F, 1)} {_pick(p, _IN_FAMILY, 2)}"


def _in_father(p: Person) -> str:
    """The father's name (or the husband's, for some women): another given name, the surname."""
    given = _by_sex(p, _IN_GIVEN_M, _IN_GIVEN_F, 1)
    options = tuple(g for g in _IN_GIVEN_M if g != given)
    return f"{_pick(p, options, 4)} {_pick(p, _IN_FAMILY, 2)}"


def _ph_place(p: Person) -> tuple[str, str, str]:
    return _PH_PLACES[int(p.bhxh) // 3 % len(_PH_PLACES)]


def _br_place(p: Person) -> tuple[str, str, str, str, str]:
    return _BR_PLACES[int(p.bhxh) // 11 % len(_BR_PLACES)]


def _br_name(p: Person) -> str:
    return f"{_by_sex(p, _BR_GIVEN_M, _BR_GIVEN_F, 1)} {_pick(p, _BR_FAMILY, 2)}"


def _br_phone(p: Person) -> str:
    return f"(45) 9{p.phone[2:6]}-{p.phone[6:10]}"


def _br_email(p: Person) -> str:
    first = _by_sex(p, _BR_GIVEN_M, _BR_GIVEN_F, 1).split()[0].lower()
    plain = first.translate(str.maketrans("áéíóúâêôãõç", "aeiouaeoaoc"))
    return f"{plain}{p.bhxh[-3:]}@gmail.com"


def _br_key(p: Person) -> str:
    kind = _pick(p, _BR_KTYPES, 4)
    if kind == "CPF":
        return _cpf(p)
    if kind == "Celular":
        return f"+55459{p.phone[2:10]}"
    if kind == "E-mail":
        return _br_email(p)
    h = f"{p.bhxh}{p.phone}{p.bhxh[::-1]}{p.phone[::-1]}"
    return f"{h[:8]}-{h[8:12]}-4{h[12:15]}-a{h[15:18]}-{h[18:30]}"


WRITERS_BLIND310: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: dormant accounts
    "dm_acct310": lambda p, c: f"1{p.bhxh[-3:]}0{p.bhxh[:9]}",
    "dm_last310": lambda p, c: f"{_day(p, date(2022, 1, 4), 700):%d/%m/%Y}",
    "dm_bal310": lambda p, c: f"{_num(p, 900) * 1731:,}".replace(",", "."),
    "dm_nfc310": lambda p, c: _pick(p, _VN_DM_NFC, 2),
    "dm_state310": lambda p, c: _pick(p, _VN_DM_STATE, 3),
    "dm_officer310": lambda p, c: _pick(p, _VN_DM_OFFICERS, 4),
    # Vietnam: microfinance loan groups
    "mf_code310": lambda p, c: f"TV{p.bhxh[-6:]}",
    "mf_group310": lambda p, c: f"Nhóm {_num(p, 12)}",
    "mf_centre310": lambda p, c: _pick(p, _VN_MF_CENTRES, 2),
    "mf_leader310": lambda p, c: _other_vn(p, 3, male=False),
    "mf_spouse310": lambda p, c: (
        _other_vn(p, 4, male=False) if p.male else _other_vn(p, 4, male=True, family=p.family)
    ),
    "mf_loan310": lambda p, c: f"{(_num(p, 8) + 2) * 5_000_000:,}".replace(",", "."),
    "mf_term310": lambda p, c: _pick(p, ("50", "50", "75", "100"), 5),
    "mf_purpose310": lambda p, c: _pick(p, _VN_MF_PURPOSE, 6),
    "mf_save310": lambda p, c: f"{(_num(p, 8) + 2) * 50_000:,}".replace(",", "."),
    # Vietnam: life insurance contracts
    "li_contract310": lambda p, c: f"HD{p.bhxh[:8]}",
    "li_insured310": lambda p, c: p.full if _li_rel(p) == "Bản thân" else _other_vn(p, 5),
    "li_insured_birth310": lambda p, c: (
        f"{p.birth:%d/%m/%Y}"
        if _li_rel(p) == "Bản thân"
        else _vn_other_birth(p, {"Con": 27, "Vợ/Chồng": 2}.get(_li_rel(p), -26))
    ),
    "li_rel310": lambda p, c: _li_rel(p),
    "li_benef310": lambda p, c: _other_vn(p, 6),
    "li_benef_id310": lambda p, c: _cccd_of(p, int(p.bhxh) % 2 == 0, 1960 + _num(p, 40)),
    "li_share310": lambda p, c: _pick(p, ("100%", "100%", "50%", "60%"), 7),
    "li_product310": lambda p, c: _pick(p, _VN_LI_PRODUCTS, 8),
    "li_sum310": lambda p, c: f"{(_num(p, 20) + 1) * 100_000_000:,}",
    "li_premium310": lambda p, c: f"{(_num(p, 60) + 5) * 250_000:,}",
    "li_agent310": lambda p, c: f"DL{p.bhxh[2:8]}",
    "li_status310": lambda p, c: _pick(p, _VN_LI_STATUS, 9),
    # Vietnam: securities accounts
    "sc_acct310": lambda p, c: f"058C{p.bhxh[-6:]}",
    "sc_issuer310": lambda p, c: _pick(p, _VN_SC_ISSUER, 2),
    "sc_bank310": lambda p, c: f"{p.bhxh[::-1][:10]} - {_pick(p, _VN_SC_BANKS, 3)}",
    "sc_broker310": lambda p, c: _other_vn(p, 7),
    "sc_vsdc310": lambda p, c: _pick(p, _VN_SC_VSDC, 4),
    # Kenya: mobile-money agents
    "ke_till310": lambda p, c: f"{p.bhxh[-6:]}",
    "ke_shop310": lambda p, c: f"{_pick(p, _KE_FAMILY, 3)} {_pick(p, _KE_SHOPS, 4)}",
    "ke_name310": lambda p, c: _ke_name(p),
    "ke_id310": lambda p, c: f"{int(p.bhxh[:8]) % 39_000_000 + 1_000_000}",
    "ke_pin310": lambda p, c: _kra_pin(p),
    "sex_ke310": lambda p, c: "Male" if p.male else "Female",
    "ke_phone310": lambda p, c: (
        _ke_mobile(p, p.phone) if int(p.bhxh) % 3 else f"2547{p.phone[2:10]}"
    ),
    "ke_home310": lambda p, c: (
        f"{_KE_OUTLETS[int(p.bhxh) % 6][0]} Estate, House {_num(p, 80)}, "
        f"{_KE_OUTLETS[int(p.bhxh) % 6][1]}"
    ),
    "ke_outlet310": lambda p, c: f"{_KE_OUTLETS[int(p.bhxh) // 13 % 6][0]} Stage",
    "ke_county310": lambda p, c: _KE_OUTLETS[int(p.bhxh) // 13 % 6][1],
    "ke_agg310": lambda p, c: _pick(p, _KE_AGG, 5),
    "ke_float310": lambda p, c: f"{(_num(p, 20) + 1) * 10_000:,}",
    "ke_status310": lambda p, c: _pick(p, _KE_STATUS, 6),
    "ke_kin310": lambda p, c: f"{_pick(p, _KE_GIVEN_F + _KE_GIVEN_M, 7)} {_pick(p, _KE_FAMILY, 2)}",
    "ke_kin_phone310": lambda p, c: _ke_mobile(p, _other_phone(p, "07")),
    # Nigeria: BVN-linked accounts
    "ng_acct310": lambda p, c: _nuban(p),
    "ng_name310": lambda p, c: (
        f"{_pick(p, _NG_FAMILY, 2)} {_by_sex(p, _NG_GIVEN_M, _NG_GIVEN_F, 3)} "
        f"{_by_sex(p, _NG_GIVEN_M, _NG_GIVEN_F, 5)}"
    ).upper(),
    "ng_bvn310": lambda p, c: f"22{p.bhxh[::-1][:9]}",
    "ng_nin310": lambda p, c: f"{int(p.phone[-1]) % 9 + 1}{p.bhxh[5:10]}{p.phone[-5:]}",
    "ng_phone310": lambda p, c: (
        f"080{p.phone[2:10]}"
        if int(p.bhxh) % 2
        else f"+234 81{p.phone[2]} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "ng_addr310": lambda p, c: (
        f"{_num(p, 60)} {_ng_home(p)[0]}, {_ng_home(p)[1]}, "
        + ("Abuja FCT" if _ng_home(p)[2] == "FCT" else f"{_ng_home(p)[2]} State")
    ),
    "ng_state310": lambda p, c: _ng_home(p)[2],
    "ng_tier310": lambda p, c: _pick(p, ("Tier 1", "Tier 2", "Tier 3", "Tier 3"), 4),
    "ng_status310": lambda p, c: _pick(p, _NG_STATUS, 5),
    "ng_branch310": lambda p, c: _pick(p, _NG_BRANCHES, 6),
    "ng_officer310": lambda p, c: f"{_pick(p, _NG_GIVEN_F, 7)} {_pick(p, _NG_FAMILY, 8)}",
    # India: re-KYC
    "in_cif310": lambda p, c: f"8{p.bhxh[:9]}",
    "in_acct310": lambda p, c: f"3{p.bhxh[::-1]}",
    "in_name310": lambda p, c: _in_name(p).upper(),
    "in_father310": lambda p, c: _in_father(p),
    "sex_in310": lambda p, c: "M" if p.male else "F",
    "in_pan310": lambda p, c: _pan(p),
    "in_aadhaar310": lambda p, c: _aadhaar(p),
    "in_phone310": lambda p, c: f"+91-9{p.phone[1:10]}",
    "in_email310": lambda p, c: (
        f"{_by_sex(p, _IN_GIVEN_M, _IN_GIVEN_F, 1).lower()}.{_pick(p, _IN_FAMILY, 2).lower()}"
        f"{p.bhxh[-2:]}@gmail.com"
    ),
    "in_addr310": lambda p, c: f"{_in_home(p)[0]}, {_in_home(p)[1]}, {_in_home(p)[2]}",
    "in_pin310": lambda p, c: f"{_in_home(p)[3]}{_num(p, 60):02d}",
    "in_occ310": lambda p, c: _pick(p, _IN_OCC, 3),
    "in_income310": lambda p, c: _pick(p, _IN_INCOME, 5),
    "in_risk310": lambda p, c: _pick(p, _IN_RISK, 6),
    "in_status310": lambda p, c: _pick(p, _IN_STATUS, 7),
    "in_ckyc310": lambda p, c: f"{p.bhxh[::-1]}{p.phone[-4:]}" if int(p.bhxh) % 3 else "",
    # Philippines: cooperative members
    "ph_mem310": lambda p, c: f"MPC-{2000 + _num(p, 25)}-{p.bhxh[-4:]}",
    "ph_last310": lambda p, c: _pick(p, _PH_FAMILY, 2),
    "ph_first310": lambda p, c: _by_sex(p, _PH_GIVEN_M, _PH_GIVEN_F, 3),
    "ph_middle310": lambda p, c: _pick(p, _PH_FAMILY, 4),
    "sex_ph310": lambda p, c: "M" if p.male else "F",
    "ph_civil310": lambda p, c: _pick(p, _PH_CIVIL, 5),
    "ph_tin310": lambda p, c: _tin(p),
    "ph_pcn310": lambda p, c: _pcn(p),
    "ph_phone310": lambda p, c: f"09{p.phone[2:4]}-{p.phone[4:7]}-{p.phone[6:10]}",
    "ph_brgy310": lambda p, c: _ph_place(p)[0],
    "ph_town310": lambda p, c: _ph_place(p)[1],
    "ph_prov310": lambda p, c: _ph_place(p)[2],
    "ph_type310": lambda p, c: _pick(p, _PH_TYPE, 6),
    "ph_share310": lambda p, c: f"{(_num(p, 40) + 1) * 500:,}.00",
    "ph_benef310": lambda p, c: (
        f"{_pick(p, _PH_GIVEN_F + _PH_GIVEN_M, 7)} {_pick(p, _PH_FAMILY, 2)}"
    ),
    "ph_rel310": lambda p, c: _pick(p, _PH_REL, 8),
    # Brazil: Pix keys
    "br_name310": lambda p, c: _br_name(p),
    "br_cpf310": lambda p, c: _cpf(p),
    "br_ktype310": lambda p, c: _pick(p, _BR_KTYPES, 4),
    "br_key310": lambda p, c: _br_key(p),
    "br_ag310": lambda p, c: f"0{p.bhxh[-3:]}",
    "br_conta310": lambda p, c: f"{p.bhxh[2:8]}-{p.bhxh[8]}",
    "br_ctype310": lambda p, c: _pick(p, ("Corrente", "Corrente", "Poupança", "Pagamento"), 5),
    "br_phone310": lambda p, c: _br_phone(p),
    "br_email310": lambda p, c: _br_email(p),
    "br_street310": lambda p, c: f"{_br_place(p)[0]}, {_num(p, 2000)}",
    "br_bairro310": lambda p, c: _br_place(p)[1],
    "br_city310": lambda p, c: _br_place(p)[2],
    "br_uf310": lambda p, c: _br_place(p)[3],
    "br_cep310": lambda p, c: f"{_br_place(p)[4]}-{p.bhxh[-3:]}",
    "br_sit310": lambda p, c: _pick(p, _BR_SIT, 6),
}

__all__ = ["WRITERS_BLIND310"]
