"""How the people of the hundred-and-thirty-sixth part of the outside corpus (**blind 136**,
:mod:`lienthong.quality._corpus_blind136`) are written: four Vietnamese files' own columns (a
district's seasonal workers sent to Korea, an insurance agent's compulsory motorbike cover, a
fisheries sub-department's support for vessel monitoring devices, a commune's biogas digesters)
and South African, Namibian, Basotho, Swazi and Zimbabwean names, addresses, phones and identity
numbers in the forms their cards show (the South African 13-digit number with the birth date and
its Luhn digit, the Namibian 11-digit number opening with the birth date, the Lesotho 12-digit
number, the Eswatini 13-digit PIN opening with the birth date, the Zimbabwean ``63-123456 A 78``
with its check letter)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn, _za_id
from lienthong.quality._corpus_blind18_writers import _ZW_LETTERS
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

_VN_KR_PLACES = ("Goesan-gun, Chungbuk", "Yanggu-gun, Gangwon", "Hongcheon-gun", "Yeongwol-gun")
_VN_KR_STATUS = ("Đã xuất cảnh", "Đang làm việc", "Đã về nước đúng hạn", "Chờ visa")
_VN_GUAR_REL = ("Bố", "Mẹ", "Vợ", "Chồng", "Anh trai", "Chị gái")
_VN_BIKES = ("Honda Wave Alpha", "Yamaha Sirius", "Honda Vision", "Honda Air Blade", "SYM Elegant")
_VN_AGENTS = ("ĐL Nguyễn Thị Mai - PTI", "ĐL Bưu cục Thị trấn", "ĐL Trần Văn Hùng - BSH")
_VN_GEAR = ("Lưới kéo", "Lưới vây", "Câu vàng", "Lưới rê", "Chụp mực")
_VN_VMS = ("Movimar", "BĐ-VMS", "Movimar", "Vĩnh Hiển VMS")
_VN_VENDORS = ("Cty CP Viễn thông Vĩnh Hiển", "VNPT tỉnh", "Cty TNHH Thiết bị Hàng hải Bắc Hà")
_VN_HAMLETS = ("Thôn Đồng Tâm", "Thôn Bến", "Xóm Mới", "Thôn 4", "Thôn Trại")
_VN_DIGESTERS = ("KT1 (gạch xây)", "KT2 (vòm cầu)", "Composite", "Túi nhựa HDPE")
_VN_TECH = ("KS. Lương Văn Quý", "KTV Hà Thị Nga", "KS. Phùng Đức Anh")

_ZA_FAMILY = ("Dlamini", "Nkosi", "Ndlovu", "Khumalo", "Mthembu", "Van der Merwe", "Botha")
_ZA_GIVEN_M = ("Sipho Themba", "Bongani", "Mandla Jabulani", "Johannes Petrus", "Thabo")
_ZA_GIVEN_F = ("Nomvula", "Thandeka Precious", "Zanele", "Anna Susanna", "Lindiwe Grace")
_ZA_ADDRESSES = (
    "1234 Mhlongo Street, Umlazi AA, 4031",
    "56 Inanda Road, KwaMashu G, 4360",
    "78 Chris Hani Drive, Pietermaritzburg, 3201",
    "Stand 905, Madadeni Section 2, Newcastle, 2951",
    "14 Kerk Straat, Vryheid, 3100",
)
_ZA_EMPLOYERS = ("Spar Umlazi", "Tongaat Hulett Ltd", "Shoprite Checkers", "Bidvest Protea Coin")
_ZA_REASONS = ("Dismissed", "Contract expired", "Retrenched", "Resigned", "Maternity")
_ZA_CENTRES = ("Durban Labour Centre", "Pinetown LC", "Pietermaritzburg LC", "Newcastle LC")
_ZA_STATUS = ("Approved", "Pending", "Declined - no contributions", "Paid out")

_NA_FAMILY = ("Shikongo", "Nghipondoka", "Amutenya", "Kapenda", "Nangolo", "Haufiku", "Ndjavera")
_NA_GIVEN_M = ("Johannes", "Tangeni", "Petrus", "Ndapewa", "Simon")
_NA_GIVEN_F = ("Maria Ndeshipanda", "Hilma", "Selma", "Ndinelao", "Victoria")
_NA_ADDRESSES = (
    "Erf 1203, Okuryangava, Windhoek",
    "House 45, Oshakati East, Oshakati",
    "Erf 77, Ongwediva Extension 4, Ongwediva",
    "Erf 3012, Katutura, Windhoek",
    "Erf 210, Nkurenkuru, Rundu",
)
_NA_BOARDS = ("Ohangwena CLB", "Omusati CLB", "Kavango West CLB", "Oshikoto CLB")
_NA_VILLAGES = ("Okongo", "Onesi", "Ncuncuni", "Omuthiya", "Eenhana", "Tsandi")
_NA_RIGHTS = ("Customary land right", "Customary land right", "Right of leasehold")

_LS_FAMILY = ("Mokoena", "Mohapi", "Letsie", "Ramakhula", "Thabane", "Mofokeng", "Sekhonyana")
_LS_GIVEN_M = ("Thabo", "Lerato", "Tumelo", "Teboho", "Retselisitsoe")
_LS_GIVEN_F = ("Palesa", "'Mamello", "Nthabiseng", "Limpho", "Lineo")
_LS_ADDRESSES = (
    "Ha Abia, Maseru 100",
    "Ha Thetsane, Maseru 100",
    "Lithabaneng, Maseru",
    "Ha Mohlalefi, Leribe 300",
    "Mafeteng Reserve, Mafeteng 900",
)
_LS_INST = ("NUL Roma", "Limkokwing University", "Lerotholi Polytechnic", "Univ. of Free State")
_LS_PROG = ("BSc Nursing", "BEd Science", "Diploma Civil Eng.", "BA Law", "BSc Agriculture")

_SZ_FAMILY = ("Dlamini", "Simelane", "Mamba", "Nxumalo", "Shongwe", "Magagula", "Mdluli")
_SZ_GIVEN_M = ("Sibusiso", "Mbongeni", "Sandile", "Bheki", "Sifiso")
_SZ_GIVEN_F = ("Nokuthula", "Phindile", "Thembi", "Lindiwe", "Siphesihle")
_SZ_ADDRESSES = (
    "Sigombeni Umphakatsi, Mhlambanyatsi Inkhundla, Manzini",
    "Fairview, Manzini",
    "Msunduza, Mbabane",
    "Lavumisa Umphakatsi, Somntongo Inkhundla, Shiselweni",
    "Mpaka, Lubombo",
)
_SZ_INST = ("UNESWA Kwaluseni", "Limkokwing Eswatini", "SANU", "Ngwane Teacher's College")
_SZ_PROG = ("BCom Accounting", "BSc Nursing", "Dip. Primary Education", "BEng Electrical")
_SZ_STATUS = ("Awarded", "Renewed", "Suspended - results", "Awarded")

_ZW_FAMILY = ("Moyo", "Ncube", "Sibanda", "Chikwanha", "Mutasa", "Dube", "Marufu", "Zvobgo")
_ZW_GIVEN_M = ("Tendai", "Farai", "Tinashe", "Blessing", "Nkosana")
_ZW_GIVEN_F = ("Rutendo", "Chipo", "Nyasha", "Tsitsi", "Sithembiso")
_ZW_ADDRESSES = (
    ("Chiwara Village, Ward 12, Gutu", "07"),
    ("Mupandawana Village, Ward 4, Gutu", "07"),
    ("Nyamhunga Village, Ward 9, Murehwa", "47"),
    ("Mangwe Village, Ward 3, Bulilima", "03"),
    ("Chinhamo Village, Ward 21, Chivi", "13"),
)
_ZW_AEO = ("AEO T. Mhlanga", "AEO R. Gumbo", "AEO S. Nyathi")


def _place(p: Person, places: _T) -> str:
    return places[int(p.bhxh[2:6]) % len(places)]


def _na_id(p: Person) -> str:
    """A Namibian ID number: the birth date as yymmdd and a 5-digit serial."""
    return f"{p.birth:%y%m%d}{p.bhxh[1:6]}"


def _sz_pin(p: Person) -> str:
    """An Eswatini PIN: yymmdd, a sex digit, a serial and a check digit (13 digits)."""
    return _luhn(f"{p.birth:%y%m%d}{'1' if p.male else '2'}{p.bhxh[4:9]}")


def _zw_id(p: Person) -> str:
    """A Zimbabwean ID ``63-123456 A 78``: the district, a 6-digit serial, the check letter."""
    district = _ZW_ADDRESSES[int(p.bhxh[2:6]) % len(_ZW_ADDRESSES)][1]
    serial = p.bhxh[-6:]
    letter = _ZW_LETTERS[int(district + serial) % 23]
    return f"{district}-{serial} {letter} {_pick(p, ('63', '07', '47', '13', '03'), 5)}"


def _engaged(p: Person) -> str:
    return f"{_shift_date(p.other_date, -(_num(p, 9) + 1)):%Y-%m-%d}"


WRITERS_BLIND136: dict[str, Callable[[Person, Col], object]] = {
    "passport136": lambda p, c: f"{'CP'[int(p.bhxh) % 2]}{p.bhxh[-7:]}",
    "kr_place136": lambda p, c: _pick(p, _VN_KR_PLACES, 3),
    "visa136": lambda p, c: _pick(p, ("E-8", "E-8", "C-4"), 4),
    "months136": lambda p, c: _pick(p, ("5", "8", "3", "5"), 5),
    "deposit136": lambda p, c: _pick(p, ("10.000.000", "15.000.000", "Không"), 6),
    "guarantor136": lambda p, c: _other_vn(p, 7),
    "guar_rel136": lambda p, c: _pick(p, _VN_GUAR_REL, 8),
    "guar_phone136": lambda p, c: _other_phone(p, "09"),
    "status136": lambda p, c: _pick(p, _VN_KR_STATUS, 9),
    "gcn136": lambda p, c: f"XM{p.other_date:%y}/{p.bhxh[3:10]}",
    "plate136": lambda p, c: (
        f"{_num(p, 90) + 10}-{_pick(p, ('B1', 'F1', 'H1', 'AA'), 2)} {p.bhxh[-5:-2]}.{p.bhxh[-2:]}"
    ),
    "bike136": lambda p, c: _pick(p, _VN_BIKES, 3),
    "frame136": lambda p, c: f"RLHJC{p.bhxh[:2]}{p.bhxh[-8:]}",
    "until136": lambda p, c: f"{_shift_date(p.other_date, 1):%d/%m/%Y}",
    "premium136": lambda p, c: _pick(p, ("66.000", "66.000", "60.500"), 4),
    "pax136": lambda p, c: _pick(p, ("Có (20.000đ)", "Không", "Không"), 5),
    "agent136": lambda p, c: _pick(p, _VN_AGENTS, 6),
    "reg136": lambda p, c: f"{_pick(p, ('QNg', 'BĐ', 'KH', 'NA'), 2)}-{p.bhxh[-5:]}-TS",
    "length136": lambda p, c: f"{15 + _num(p, 12)},{_num(p, 9)}",
    "hp136": lambda p, c: str(400 + _num(p, 600)),
    "gear136": lambda p, c: _pick(p, _VN_GEAR, 3),
    "vms136": lambda p, c: _pick(p, _VN_VMS, 4),
    "vendor136": lambda p, c: _pick(p, _VN_VENDORS, 5),
    "aid136": lambda p, c: _pick(p, ("21.000.000", "21.000.000", "16.800.000"), 6),
    "captain136": lambda p, c: _other_vn(p, 7, male=True),
    "hamlet136": lambda p, c: _pick(p, _VN_HAMLETS, 2),
    "pigs136": lambda p, c: str(_num(p, 40) + 5),
    "volume136": lambda p, c: _pick(p, ("6", "8", "10", "12"), 3),
    "kind136": lambda p, c: _pick(p, _VN_DIGESTERS, 4),
    "aid_bio136": lambda p, c: _pick(p, ("3.000.000", "3.000.000", "2.500.000"), 5),
    "own136": lambda p, c: f"{(_num(p, 12) + 6) * 1_000_000:,}".replace(",", "."),
    "tech136": lambda p, c: _pick(p, _VN_TECH, 6),
    "family_za136": lambda p, c: _pick(p, _ZA_FAMILY, 2),
    "given_za136": lambda p, c: _by_sex(p, _ZA_GIVEN_M, _ZA_GIVEN_F, 1),
    "id_za136": lambda p, c: _za_id(p),
    "sex_za136": lambda p, c: _pick(p, ("Male", "M")) if p.male else _pick(p, ("Female", "F")),
    "addr_za136": lambda p, c: _place(p, _ZA_ADDRESSES),
    "phone_za136": lambda p, c: (
        f"0{_pick(p, ('82', '72', '63', '83'), 3)} {p.phone[3:6]} {p.phone[6:]}"
    ),
    "employer_za136": lambda p, c: _pick(p, _ZA_EMPLOYERS, 4),
    "engaged_za136": lambda p, c: _engaged(p),
    "reason_za136": lambda p, c: _pick(p, _ZA_REASONS, 5),
    "ref_za136": lambda p, c: f"U{p.bhxh[:7]}/{p.other_date:%y}",
    "centre_za136": lambda p, c: _pick(p, _ZA_CENTRES, 6),
    "status_za136": lambda p, c: _pick(p, _ZA_STATUS, 7),
    "family_na136": lambda p, c: _pick(p, _NA_FAMILY, 2),
    "given_na136": lambda p, c: _by_sex(p, _NA_GIVEN_M, _NA_GIVEN_F, 1),
    "id_na136": lambda p, c: _na_id(p),
    "sex_na136": lambda p, c: "M" if p.male else "F",
    "phone_na136": lambda p, c: f"08{_pick(p, ('1', '5'), 3)} {p.phone[3:6]} {p.phone[6:]}",
    "addr_na136": lambda p, c: _place(p, _NA_ADDRESSES),
    "board_na136": lambda p, c: _pick(p, _NA_BOARDS, 4),
    "village_na136": lambda p, c: _pick(p, _NA_VILLAGES, 5),
    "right_na136": lambda p, c: _pick(p, _NA_RIGHTS, 6),
    "parcel_na136": lambda p, c: f"OHA/{p.bhxh[-5:]}/{_num(p, 20)}",
    "ha_na136": lambda p, c: f"{_num(p, 20)}.{_num(p, 9)}",
    "spouse_na136": lambda p, c: (
        f"{_by_sex(p, _NA_GIVEN_F, _NA_GIVEN_M, 7)} {_pick(p, _NA_FAMILY, 2)}"
    ),
    "spouse_id_na136": lambda p, c: f"{_shift_date(p.birth, 2):%y%m%d}{p.bhxh[5:10]}",
    "cert_na136": lambda p, c: f"CLR {p.bhxh[-6:]}",
    "family_ls136": lambda p, c: _pick(p, _LS_FAMILY, 2),
    "given_ls136": lambda p, c: _by_sex(p, _LS_GIVEN_M, _LS_GIVEN_F, 1),
    "id_ls136": lambda p, c: f"0{p.bhxh[-10:]}{int(p.bhxh[0]) % 10}",
    "sex_ls136": lambda p, c: "M" if p.male else "F",
    "addr_ls136": lambda p, c: _place(p, _LS_ADDRESSES),
    "phone_ls136": lambda p, c: f"+266 {_pick(p, ('5', '6'), 3)}{p.phone[3:6]} {p.phone[6:]}",
    "inst_ls136": lambda p, c: _pick(p, _LS_INST, 4),
    "prog_ls136": lambda p, c: _pick(p, _LS_PROG, 5),
    "year_ls136": lambda p, c: str(_num(p, 4)),
    "parent_ls136": lambda p, c: f"'Ma{_pick(p, _LS_GIVEN_M, 6)} {_pick(p, _LS_FAMILY, 2)}",
    "amount_ls136": lambda p, c: f"M{30 + _num(p, 60)},{_pick(p, ('000', '500'), 7)}.00",
    "loan_ls136": lambda p, c: f"NMDS/{p.other_date.year}/{p.bhxh[-5:]}",
    "family_sz136": lambda p, c: _pick(p, _SZ_FAMILY, 2),
    "given_sz136": lambda p, c: _by_sex(p, _SZ_GIVEN_M, _SZ_GIVEN_F, 1),
    "pin_sz136": lambda p, c: _sz_pin(p),
    "sex_sz136": lambda p, c: (
        _pick(p, ("Lomdvuna", "M")) if p.male else _pick(p, ("Lomsikati", "F"))
    ),
    "addr_sz136": lambda p, c: _place(p, _SZ_ADDRESSES),
    "phone_sz136": lambda p, c: f"+268 7{_pick(p, ('6', '8', '9'), 3)}{p.phone[4:6]} {p.phone[6:]}",
    "inst_sz136": lambda p, c: _pick(p, _SZ_INST, 4),
    "prog_sz136": lambda p, c: _pick(p, _SZ_PROG, 5),
    "guardian_sz136": lambda p, c: f"{_pick(p, _SZ_GIVEN_F, 6)} {_pick(p, _SZ_FAMILY, 2)}",
    "amount_sz136": lambda p, c: f"E{20 + _num(p, 40)} {_pick(p, ('000', '500'), 7)}.00",
    "status_sz136": lambda p, c: _pick(p, _SZ_STATUS, 8),
    "given_zw136": lambda p, c: _by_sex(p, _ZW_GIVEN_M, _ZW_GIVEN_F, 1),
    "family_zw136": lambda p, c: _pick(p, _ZW_FAMILY, 2),
    "id_zw136": lambda p, c: _zw_id(p),
    "sex_zw136": lambda p, c: "M" if p.male else "F",
    "addr_zw136": lambda p, c: _ZW_ADDRESSES[int(p.bhxh[2:6]) % len(_ZW_ADDRESSES)][0],
    "phone_zw136": lambda p, c: (
        f"+263 7{_pick(p, ('7', '8', '1'), 3)} {p.phone[3:6]} {p.phone[6:]}"
    ),
    "plot_zw136": lambda p, c: _pick(p, ("0.06", "0.12", "0.25", "0.5"), 4),
    "seed_zw136": lambda p, c: _pick(p, ("5", "10", "10"), 5),
    "compd_zw136": lambda p, c: _pick(p, ("50", "50", "25"), 6),
    "an_zw136": lambda p, c: _pick(p, ("50", "25", "50"), 7),
    "aeo_zw136": lambda p, c: _pick(p, _ZW_AEO, 8),
    "sign_zw136": lambda p, c: _pick(p, ("signed", "thumbprint", "signed", ""), 9),
}
