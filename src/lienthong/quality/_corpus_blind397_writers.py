"""How the people of the three hundred and ninety-seventh part of the outside corpus (**blind
397**, :mod:`lienthong.quality._corpus_blind397`) are written: four Vietnamese files' own columns
(a landlord asking the police to strike departed tenants' temporary residence, a tenant's
deposit dispute before a neighbourhood mediation team, a renter registering permanent residence
in a rented home with the owner's consent, a renting household's water quota by the number of
registered residents) and German, Dutch, Danish, Emirati and Brazilian names, addresses, phones
and identity numbers in the forms their forms show (the BSN's 11-check, the CPR number's mod-11
digit, the Emirates ID's Luhn digit, the CPF's two mod-11 digits)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind45_writers import _bsn
from lienthong.quality._corpus_blind46_writers import _cpr
from lienthong.quality._corpus_blind135_writers import _emirates_id
from lienthong.quality._corpus_blind206_writers import _cpf, _mod11
from lienthong.quality._corpus_people import _written

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

#: rented rooms and flats of Hồ Chí Minh City and Hà Nội (the tenant's temporary residence)
_VN_RENTED = (
    "Phòng 3, 45/12 Lê Văn Thọ, Phường An Hội Tây, TP. Hồ Chí Minh",
    "P.204 nhà trọ Thanh Bình, 18 Đường số 7, Phường Bình Trị Đông, TP. Hồ Chí Minh",
    "Căn hộ 1208 Block B, chung cư Ehome 3, Phường An Lạc, TP. Hồ Chí Minh",
    "Phòng 5, ngõ 165 Cầu Giấy, Phường Cầu Giấy, TP. Hà Nội",
    "Số 12 ngách 52/7 Triều Khúc, Phường Thanh Liệt, TP. Hà Nội",
    "Phòng 11, dãy trọ cô Lan, ấp 3, Xã Bà Điểm, TP. Hồ Chí Minh",
)
#: permanent homes back in the provinces
_VN_HOMES = (
    "Thôn Đông, Xã Hoằng Hóa, Tỉnh Thanh Hóa",
    "Xóm 4, Xã Diễn Châu, Tỉnh Nghệ An",
    "Ấp Tân Hòa, Xã Châu Thành, Tỉnh Đồng Tháp",
    "Thôn 2, Xã Ea Kar, Tỉnh Đắk Lắk",
    "Khu 5, Phường Phú Thọ, Tỉnh Phú Thọ",
    "Tổ 7, Phường Vị Thanh, TP. Cần Thơ",
)
_VN_STRIKE_WHY = (
    "Đã chuyển đi nơi khác, không báo",
    "Hết hạn HĐ thuê, đã trả phòng",
    "Chủ nhà bán nhà, chấm dứt cho thuê",
    "Vắng mặt liên tục trên 6 tháng",
    "Đã đăng ký thường trú nơi mới",
)
_VN_STRIKE_RESULT = ("Đã xóa trên CSDL cư trú", "Đang xác minh", "Đã xóa", "Chờ chủ nhà bổ sung")
_VN_MEDIATION = (
    "Hòa giải thành, trả 100% tiền cọc",
    "Hòa giải thành, trả 50% cọc",
    "Hòa giải không thành",
    "Các bên tự thỏa thuận, rút đơn",
    "Chuyển UBND phường",
)
_VN_DISPUTE = (
    "Chủ nhà không trả cọc khi trả phòng",
    "Trừ cọc vì hư hỏng đồ đạc",
    "Chấm dứt HĐ trước hạn",
    "Tiền điện nước tính cao",
)
_VN_RELATION = ("Người thuê nhà", "Chủ hộ (người thuê)", "Vợ", "Chồng", "Con", "Ở ghép")
_VN_PR_RESULT = ("Đã đăng ký thường trú", "Chờ xác minh diện tích", "Trả hồ sơ", "Đã cấp")
_VN_WATER_STATUS = ("Đã áp định mức", "Chờ xác nhận cư trú", "Hết hiệu lực")
_DE_FAMILY = ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann")
_DE_GIVEN_M = ("Jonas", "Lukas", "Felix Maximilian", "Tobias", "Jürgen", "Mehmet")
_DE_GIVEN_F = ("Anna-Lena", "Sophie", "Katharina", "Jülide", "Ursula", "Marie Luise")
_DE_PLACES = (
    ("Kastanienallee 23", "10435", "Berlin"),
    ("Schönhauser Allee 118, 3. OG links", "10437", "Berlin"),
    ("Bergmannstraße 7a", "80339", "München"),
    ("Venloer Str. 244", "50823", "Köln"),
    ("Große Bergstraße 160", "22767", "Hamburg"),
    ("Königsbrücker Str. 39", "01099", "Dresden"),
)
_DE_BIRTHPLACES = ("Hannover", "Leipzig", "Ankara", "Krakau", "Stuttgart", "Rostock")
_DE_LANDLORDS = (
    ("Vonovia SE", "Universitätsstraße 133, 44803 Bochum"),
    ("Deutsche Wohnen SE", "Mecklenburgische Str. 57, 14197 Berlin"),
    ("Hausverwaltung Krüger GmbH", "Lindenstr. 4, 10969 Berlin"),
    ("Herr Klaus Wagner", "Parkweg 2, 81479 München"),
    ("SAGA Unternehmensgruppe", "Poppenhusenstraße 2, 22305 Hamburg"),
)
_NL_FAMILY = ("de Vries", "van den Berg", "Jansen", "de Boer", "Bos", "Hendriks", "Peters")
_NL_GIVEN_M = ("Bram", "Joost", "Ruud", "Sem", "Mohamed", "Kees")
_NL_GIVEN_F = ("Emma", "Fleur", "Ilse", "Noor", "Yasmina", "Marieke")
_NL_PLACES = (
    ("Weteringschans 118-2", "1017 XT", "Amsterdam"),
    ("Biltstraat 52 bis", "3572 BG", "Utrecht"),
    ("Nieuwe Binnenweg 301A", "3021 GH", "Rotterdam"),
    ("Vismarkt 12", "9712 CC", "Groningen"),
    ("Breestraat 77", "2311 CK", "Leiden"),
)
_NL_LANDLORDS = ("Ymere", "Woonstad Rotterdam", "Mitros", "Particulier", "Heimstaden")
_DK_FAMILY = ("Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen")
_DK_GIVEN_M = ("Mads", "Søren", "Frederik", "Rasmus", "Kasper", "Ahmad")
_DK_GIVEN_F = ("Mette", "Sofie", "Ida", "Freja", "Ane Marie", "Louise")
_DK_PLACES = (
    ("Nørrebrogade 112, 3. th.", "2200", "København N"),
    ("Istedgade 45, st. tv.", "1650", "København V"),
    ("Jægergårdsgade 20, 2. mf.", "8000", "Aarhus C"),
    ("Vesterbro 31, 4.", "9000", "Aalborg"),
    ("Kongensgade 66, 1. th.", "5000", "Odense C"),
)
_DK_LANDLORDS = ("KAB", "fsb", "Boligkontoret Danmark", "Privat udlejer", "DEAS A/S")
_AE_FAMILY = ("Al Mansoori", "Al Hashimi", "Khan", "Sharma", "Nair", "Santos", "Ibrahim")
_AE_GIVEN_M = ("Mohammed", "Omar", "Rahul", "Joseph", "Faisal", "Imran")
_AE_GIVEN_F = ("Fatima", "Aisha", "Priya", "Maria", "Noura", "Sana")
_AE_PLACES = (
    "Unit 1204, Marina Heights, Dubai Marina, Dubai",
    "Flat 305, Building 12, Al Nahda 2, Dubai",
    "Apartment 2B, Al Qusais Residence, Al Qusais 1, Dubai",
    "Villa 17, Street 4, Mirdif, Dubai",
    "Flat 902, Tower C, Jumeirah Village Circle, Dubai",
)
_AE_NATIONS = ("India", "Pakistan", "Philippines", "Egypt", "United Kingdom", "UAE")
_AE_LANDLORDS = (
    "Emaar Properties PJSC",
    "Nakheel PJSC",
    "Ahmed Saeed Al Marri",
    "Dubai Properties LLC",
    "Deyaar Development PJSC",
)
_BR_FAMILY = ("Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues")
_BR_GIVEN_M = ("João Pedro", "Lucas", "Gabriel", "Rafael", "José Carlos", "Matheus")
_BR_GIVEN_F = ("Maria Eduarda", "Ana Clara", "Juliana", "Fernanda", "Beatriz", "Luíza")
_BR_PLACES = (
    ("Rua Augusta, 1508, apto 42", "Consolação", "São Paulo", "SP", "01304-001"),
    (
        "Av. Nossa Senhora de Copacabana, 680, apto 801",
        "Copacabana",
        "Rio de Janeiro",
        "RJ",
        "22050-001",
    ),
    ("Rua da Bahia, 1148, sala 3", "Centro", "Belo Horizonte", "MG", "30160-011"),
    ("Rua Padre Chagas, 302, apto 201", "Moinhos de Vento", "Porto Alegre", "RS", "90570-080"),
    ("Av. Boa Viagem, 3300, apto 1502", "Boa Viagem", "Recife", "PE", "51020-000"),
)
#: the area code (DDD) of each state's capital
_BR_DDD = {"SP": "11", "RJ": "21", "MG": "31", "RS": "51", "PE": "81"}


def _choice(p: Person, options: tuple[str, ...], salt: int) -> str:
    return options[int(p.bhxh) // (salt + 3) % len(options)]


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 17 % len(places)]


def _days_after(d: date, days: int) -> date:
    return d + timedelta(days=days)


def _money(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _deposit(p: Person) -> int:
    return (_num(p, 12) + 2) * 1_000_000


def _euro(value: int) -> str:
    return f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def _de_name(p: Person, salt: int) -> str:
    return f"{_by_sex(p, _DE_GIVEN_M, _DE_GIVEN_F, salt)} {_pick(p, _DE_FAMILY, salt + 1)}"


def _cpf_of(seed: str) -> str:
    """Another person's CPF (the landlord's), with its own two mod-11 digits."""
    base = f"{int(seed) * 7 % 10**9:09d}"
    one = _mod11(base, tuple(range(10, 1, -1)))
    two = _mod11(base + str(one), tuple(range(11, 1, -1)))
    return f"{base[:3]}.{base[3:6]}.{base[6:]}-{one}{two}"


WRITERS_BLIND397: dict[str, Callable[[Person, Col], object]] = {
    # a landlord asking the ward police to strike departed tenants' temporary residence
    "rented397": lambda p, c: _pick(p, _VN_RENTED, 2),
    "home397": lambda p, c: _pick(p, _VN_HOMES, 3),
    "landlord397": lambda p, c: _other_vn(p, 5),
    "landlord_phone397": lambda p, c: _other_phone(p, "098"),
    "left397": lambda p, c: _written(_days_after(p.other_date, 30 + _num(p, 300)), c.date_format),
    "strike_why397": lambda p, c: _choice(p, _VN_STRIKE_WHY, 2),
    "strike_no397": lambda p, c: f"{_num(p, 800) + 1}/ĐN-XTT",
    "police397": lambda p, c: f"Đ/c {_other_vn(p, 8, True)}",
    "strike_result397": lambda p, c: _choice(p, _VN_STRIKE_RESULT, 4),
    # a tenant's deposit dispute before the neighbourhood mediation team
    "case397": lambda p, c: f"{_num(p, 60) + 1:02d}/HG-KP{int(p.bhxh[0]) % 6 + 1}",
    "dispute397": lambda p, c: _choice(p, _VN_DISPUTE, 5),
    "deposit397": lambda p, c: _money(_deposit(p)),
    "claimed397": lambda p, c: _money(_deposit(p) // 2 * (1 + int(p.bhxh[1]) % 2)),
    "mediation397": lambda p, c: _choice(p, _VN_MEDIATION, 6),
    "mediator397": lambda p, c: _other_vn(p, 9),
    "lease_start397": lambda p, c: _written(_shift_date(p.other_date, -1), c.date_format),
    # a renter registering permanent residence in a rented home
    "lease_no397": lambda p, c: f"{_num(p, 4000) + 1}/2025/HĐTN, quyển 0{int(p.bhxh[2]) % 5 + 1}",
    "lease_end397": lambda p, c: _written(_shift_date(p.other_date, 3), c.date_format),
    "area397": lambda p, c: f"{8 + _num(p, 14)},{int(p.bhxh[3]) % 10}",
    "relation397": lambda p, c: _choice(p, _VN_RELATION, 7),
    "owner_cccd397": lambda p, c: _cccd_of(p, int(p.bhxh[1]) % 2 == 0, 1955 + _num(p, 30)),
    "pr_result397": lambda p, c: _choice(p, _VN_PR_RESULT, 8),
    # a renting household's water quota
    "customer397": lambda p, c: f"KH{p.bhxh[-8:]}",
    "contract_owner397": lambda p, c: _other_vn(p, 11),
    "residents397": lambda p, c: str(int(p.bhxh[5]) % 6 + 1),
    "quota397": lambda p, c: str((int(p.bhxh[5]) % 6 + 1) * 4),
    "ct07_no397": lambda p, c: f"CT07-{p.bhxh[:3]}.{p.bhxh[3:9]}",
    "water_status397": lambda p, c: _choice(p, _VN_WATER_STATUS, 9),
    # Germany: a Bürgeramt's registrations with the landlord's confirmation
    "de_family397": lambda p, c: _pick(p, _DE_FAMILY, 2),
    "de_given397": lambda p, c: _by_sex(p, _DE_GIVEN_M, _DE_GIVEN_F, 1),
    "de_birthname397": lambda p, c: "" if p.male else _pick(p, _DE_FAMILY, 5),
    "de_sex397": lambda p, c: "männlich" if p.male else "weiblich",
    "de_birthplace397": lambda p, c: _pick(p, _DE_BIRTHPLACES, 3),
    "de_nation397": lambda p, c: _pick(p, ("deutsch", "deutsch", "türkisch", "polnisch"), 4),
    "de_street397": lambda p, c: _place(p, _DE_PLACES)[0],
    "de_plz397": lambda p, c: _place(p, _DE_PLACES)[1],
    "de_ort397": lambda p, c: _place(p, _DE_PLACES)[2],
    "de_phone397": lambda p, c: f"0{'157' if p.male else '176'} {p.phone[2:10]}",
    "de_landlord397": lambda p, c: _pick(p, tuple(n for n, _ in _DE_LANDLORDS), 6),
    "de_landlord_addr397": lambda p, c: _pick(p, tuple(a for _, a in _DE_LANDLORDS), 6),
    "de_kind397": lambda p, c: _pick(p, ("Einzug", "Einzug", "Auszug"), 7),
    "de_ausweis397": lambda p, c: f"L{'01FGHJKM'[int(p.bhxh[0]) % 8]}{p.bhxh[1:8]}",
    # the Netherlands: a municipality's register of tenancies under the rental permit
    "bsn397": lambda p, c: _bsn(p),
    "nl_given397": lambda p, c: _by_sex(p, _NL_GIVEN_M, _NL_GIVEN_F, 1),
    "nl_family397": lambda p, c: _pick(p, _NL_FAMILY, 2),
    "nl_street397": lambda p, c: _place(p, _NL_PLACES)[0],
    "nl_pc397": lambda p, c: _place(p, _NL_PLACES)[1],
    "nl_wp397": lambda p, c: _place(p, _NL_PLACES)[2],
    "nl_phone397": lambda p, c: f"+31 6 {p.phone[2:6]} {p.phone[6:10]}",
    "nl_landlord397": lambda p, c: _pick(p, _NL_LANDLORDS, 3),
    "nl_rent397": lambda p, c: f"€ {_euro(650 + _num(p, 90) * 10)}",
    "nl_deposit397": lambda p, c: f"€ {_euro(1300 + _num(p, 90) * 20)}",
    "nl_permit397": lambda p, c: f"VV-{2024 + int(p.bhxh[0]) % 2}-{p.bhxh[-5:]}",
    # Denmark: a municipality's moves into rented homes
    "cpr397": lambda p, c: _cpr(p),
    "dk_name397": lambda p, c: (
        f"{_by_sex(p, _DK_GIVEN_M, _DK_GIVEN_F, 1)} {_pick(p, _DK_FAMILY, 2)}"
    ),
    "dk_street397": lambda p, c: _place(p, _DK_PLACES)[0],
    "dk_postnr397": lambda p, c: _place(p, _DK_PLACES)[1],
    "dk_by397": lambda p, c: _place(p, _DK_PLACES)[2],
    "dk_phone397": lambda p, c: f"{p.phone[2:4]} {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}",
    "dk_landlord397": lambda p, c: _pick(p, _DK_LANDLORDS, 3),
    "dk_deposit397": lambda p, c: f"{_money((_num(p, 30) + 10) * 1000)},00",
    "dk_rent397": lambda p, c: f"{_money((_num(p, 40) + 45) * 100)},00",
    # the United Arab Emirates: registered tenancy contracts (Ejari)
    "ejari397": lambda p, c: f"0{p.bhxh[:2]}2025{p.bhxh[2:9]}{p.bhxh[-2:]}",
    "eid397": lambda p, c: _emirates_id(p),
    "ae_name397": lambda p, c: (
        f"{_by_sex(p, _AE_GIVEN_M, _AE_GIVEN_F, 1)} {_pick(p, _AE_FAMILY, 2)}"
    ),
    "ae_nation397": lambda p, c: _pick(p, _AE_NATIONS, 3),
    "ae_phone397": lambda p, c: (
        f"+971 5{'0256'[int(p.bhxh[0]) % 4]} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "ae_unit397": lambda p, c: _pick(p, _AE_PLACES, 4),
    "ae_landlord397": lambda p, c: _pick(p, _AE_LANDLORDS, 5),
    "ae_rent397": lambda p, c: f"{(_num(p, 80) + 30) * 1000:,}",
    "ae_deposit397": lambda p, c: f"{(_num(p, 80) + 30) * 50:,}",
    "ae_end397": lambda p, c: _written(
        _days_after(_shift_date(p.other_date, 1), -1), c.date_format
    ),
    "ae_passport397": lambda p, c: f"{'KNPZ'[int(p.bhxh) % 4]}{p.bhxh[2:9]}",
    # Brazil: a property manager's DIMOB lines
    "cpf397": lambda p, c: _cpf(p),
    "br_name397": lambda p, c: (
        f"{_by_sex(p, _BR_GIVEN_M, _BR_GIVEN_F, 1)} {_pick(p, _BR_FAMILY, 2)}"
        f" {_pick(p, _BR_FAMILY, 3)}"
    ),
    "br_street397": lambda p, c: _place(p, _BR_PLACES)[0],
    "br_bairro397": lambda p, c: _place(p, _BR_PLACES)[1],
    "br_city397": lambda p, c: _place(p, _BR_PLACES)[2],
    "br_uf397": lambda p, c: _place(p, _BR_PLACES)[3],
    "br_cep397": lambda p, c: _place(p, _BR_PLACES)[4],
    "br_phone397": lambda p, c: (
        f"({_BR_DDD[_place(p, _BR_PLACES)[3]]}) 9{p.phone[4:8]}-{p.phone[8:10]}{p.bhxh[-2:]}"
    ),
    "br_landlord397": lambda p, c: f"{_pick(p, _BR_GIVEN_M, 4)} {_pick(p, _BR_FAMILY, 5)}",
    "br_landlord_cpf397": lambda p, c: _cpf_of(p.bhxh[::-1]),
    "br_rent397": lambda p, c: f"R$ {_euro(1200 + _num(p, 60) * 50)}",
    "br_sex397": lambda p, c: "M" if p.male else "F",
}

__all__ = ["WRITERS_BLIND397"]
