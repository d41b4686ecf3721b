"""How the people of the seventy-sixth part of the outside corpus (**blind 76**,
:mod:`lienthong.quality._corpus_blind76`) are written: four Vietnamese files' own columns (an old
CMND's issue and a re-issued card's appointment, a household's forest plot, compartment and
payment, a tuberculosis patient's regimen and DOT supervisor, an allocated plot and the spouse who
shares it) and Mozambican, Angolan, Botswana, Eswatini and Liberian names, places, phones and
identity numbers in the forms their cards show (the Mozambican BI's twelve digits and a letter,
the Angolan BI's province letters, the Omang's sex digit, the Eswatini PIN's birth date)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _note, _num, _pick
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_REISSUE_REASONS = (
    "Chuyển từ CMND 9 số sang CCCD",
    "CMND hết hạn sử dụng",
    "CMND bị hư hỏng, mờ ảnh",
    "Thay đổi họ, chữ đệm, tên",
    "Mất CMND",
    "Chuyển từ CMND 9 số sang CCCD",
)
_VN_ISSUERS = ("CA tỉnh Nghệ An", "CA TP. Hà Nội", "CA tỉnh Thanh Hóa", "CA TP. Hồ Chí Minh")
_VN_DELIVERY = ("Nhận tại CA phường", "Trả qua bưu điện (VNPost)", "Nhận tại CA phường")
_VN_RANKS = ("Thượng úy", "Trung úy", "Đại úy", "Thiếu úy")
#: (village, commune, district, province) of a forest commune in the northern mountains
_VN_FOREST = (
    ("Bản Nà Lừa", "Xã Thượng Quan", "Huyện Ngân Sơn", "Tỉnh Bắc Kạn"),
    ("Thôn Khuổi Mạ", "Xã Thượng Quan", "Huyện Ngân Sơn", "Tỉnh Bắc Kạn"),
    ("Bản Co Mạ", "Xã Mường Lèo", "Huyện Sốp Cộp", "Tỉnh Sơn La"),
    ("Thôn Phiêng Tạc", "Xã Tân Lập", "Huyện Bắc Sơn", "Tỉnh Lạng Sơn"),
    ("Bản Huồi Tụ", "Xã Huồi Tụ", "Huyện Kỳ Sơn", "Tỉnh Nghệ An"),
)
_VN_ETHNIC = ("Tày", "Nùng", "Dao", "H'Mông", "Kinh", "Thái", "Tày")
_VN_FOREST_KINDS = ("Rừng phòng hộ", "Rừng đặc dụng", "Rừng sản xuất (tự nhiên)", "Rừng phòng hộ")
_VN_TB_CLASSES = (
    "Lao phổi AFB(+) mới",
    "Lao phổi AFB(-)",
    "Lao ngoài phổi",
    "Tái phát",
    "Lao phổi Xpert(+) mới",
)
_VN_REGIMENS = ("2RHZE/4RHE", "2RHZE/4RH", "2RHZE/10RHE", "BDQ-Lfx-Lzd-Cfz (9 tháng)", "2RHZE/4RHE")
_VN_XPERT = ("MTB(+) RIF(-)", "MTB(-)", "MTB(+) RIF(+)", "Không làm", "MTB(+) RIF(-)")
_VN_DOT_RELATIONS = ("Vợ", "Chồng", "Con", "Mẹ", "NVYT trạm y tế", "Y tế thôn bản")
_VN_OUTCOMES = ("Đang điều trị", "Khỏi", "Hoàn thành điều trị", "Bỏ trị", "Chuyển đi")
_VN_HIV = ("Âm tính", "Âm tính", "Chưa XN", "Dương tính")
_VN_TB_UNITS = ("BV Phổi tỉnh", "TTYT huyện", "Phòng khám lao - TTYT", "Trạm y tế xã")
#: (residential area, commune, district) where a district allocates plots
_VN_LAND_AREAS = (
    ("Khu tái định cư Đồng Dưa", "Xã Tiên Dương", "Huyện Đông Anh"),
    ("Khu đấu giá Cánh Bãi", "Xã Kim Chung", "Huyện Hoài Đức"),
    ("Khu dân cư mới Gò Mả Tổ", "Xã Quang Tiến", "Huyện Sóc Sơn"),
    ("Khu giãn dân Đồng Sau", "Xã Bình Minh", "Huyện Thanh Oai"),
)
_VN_LAND_OBJECTS = ("Tái định cư", "Giãn dân", "Đấu giá QSDĐ", "Tái định cư")
_MZ_FAMILY = ("Mucavele", "Machava", "Bila", "Mabunda", "Manhiça", "Zandamela", "Matsinhe")
_MZ_GIVEN_M = ("Alberto", "Ernesto", "Samuel Zacarias", "Abel", "Fabião", "Inácio")
_MZ_GIVEN_F = ("Rosa", "Joana Teresa", "Amélia", "Ilda", "Esperança", "Cacilda")
#: (province digits of the BI, bairro, district, province)
_MZ_PLACES = (
    ("11", "Bairro de Maxaquene A", "KaMaxakeni", "Cidade de Maputo"),
    ("11", "Bairro do Zimpeto", "KaMubukwana", "Cidade de Maputo"),
    ("10", "Bairro da Liberdade", "Matola", "Maputo Província"),
    ("07", "Bairro da Munhava", "Beira", "Sofala"),
    ("03", "Bairro de Namicopo", "Nampula", "Nampula"),
)
_MZ_NOTES = ("Idosa acamada", "Substituto recebe", "Mudou de bairro", "Deficiência física")
_AO_FAMILY = ("Neto", "Kassoma", "Lukamba", "Tchissola", "Cawaia", "Sapalo", "Chipenda", "Mbala")
_AO_GIVEN_M = ("Domingos Lukeny", "Carlos", "Evaristo", "Manuel", "Adão", "Feliciano")
_AO_GIVEN_F = ("Esperança", "Rosalina", "Madalena", "Celestina Nangweve", "Judite", "Albertina")
#: (bairro or aldeia, município, província, BI province letters)
_AO_PLACES = (
    ("Bairro Palanca", "Kilamba Kiaxi", "Luanda", "LA"),
    ("Bairro Hoji-ya-Henda", "Cazenga", "Luanda", "LA"),
    ("Aldeia Calima", "Caála", "Huambo", "HO"),
    ("Bairro Mapunda", "Lubango", "Huíla", "HA"),
    ("Bairro da Graça", "Benguela", "Benguela", "BA"),
)
_AO_BIRTHPLACES = ("Luanda", "Malanje", "Uíge", "Huambo", "Bié", "Cuanza Sul")
_AO_CIVIL = ("Solteiro(a)", "Casado(a)", "União de facto", "Viúvo(a)", "Solteiro(a)")
_BW_FAMILY = ("Mothibi", "Sebina", "Kebonang", "Moatlhodi", "Ramotswa", "Gaolathe", "Segokgo")
_BW_GIVEN_M = ("Thabo", "Oratile", "Keabetswe", "Kgosi", "Tshepo", "Gofaone")
_BW_GIVEN_F = ("Dineo", "Lorato", "Tshegofatso", "Kefilwe", "Bontle", "Gaone")
#: (village, ward, district)
_BW_PLACES = (
    ("Molepolole", "Borakalalo Ward", "Kweneng"),
    ("Mochudi", "Phaphane Ward", "Kgatleng"),
    ("Serowe", "Botalaote Ward", "Central"),
    ("Kanye", "Kgosing Ward", "Southern"),
    ("Maun", "Boseja Ward", "North West"),
    ("Tlokweng", "Mafitlhakgosi Ward", "South East"),
)
_BW_SITES = ("Kgotla toilets", "Road verge clearing", "School fence", "Clinic cleaning")
_SZ_FAMILY = ("Dlamini", "Simelane", "Mamba", "Nxumalo", "Shongwe", "Masilela", "Magagula")
_SZ_GIVEN_M = ("Sibusiso", "Mandla", "Themba", "Bongani", "Sifiso", "Mbuso")
_SZ_GIVEN_F = ("Thandeka", "Nomsa", "Lindiwe", "Siphiwe", "Ncobile", "Zanele")
#: (umphakatsi, inkhundla, region, payment point)
_SZ_PLACES = (
    ("Logoba", "Kwaluseni", "Manzini", "Logoba Primary School"),
    ("Lobamba", "Lobamba", "Hhohho", "Lobamba Inkhundla Centre"),
    ("Motshane", "Motshane", "Hhohho", "Motshane Post Office"),
    ("Mafutseni", "Mafutseni", "Manzini", "Mafutseni Inkhundla Centre"),
    ("Mhlume", "Mhlume", "Lubombo", "Mhlume Community Hall"),
    ("Ekuphakameni", "Hosea", "Shiselweni", "Hosea Inkhundla Centre"),
)
_LR_FAMILY = ("Kollie", "Flomo", "Kpoto", "Tarpeh", "Gbowee", "Kamara", "Doe", "Weah", "Sumo")
_LR_GIVEN_M = ("Emmanuel", "Joseph", "Momo", "Varney", "Prince", "Alfred", "Fayiah")
_LR_GIVEN_F = ("Comfort", "Musu", "Kebbeh", "Patience", "Oretha", "Satta", "Hawa")
#: (community, district, county)
_LR_PLACES = (
    ("Sinkor", "Greater Monrovia", "Montserrado"),
    ("Duport Road", "Greater Monrovia", "Montserrado"),
    ("Kakata", "Kakata", "Margibi"),
    ("Totota", "Salala", "Bong"),
    ("Saclepea", "Saclepea-Mah", "Nimba"),
    ("Zwedru", "Tchien", "Grand Gedeh"),
)
_LR_RELATIONS = ("Son", "Daughter", "Grandson", "Wife", "Husband", "Niece", "Neighbor")
_LR_REMARKS = (
    "The old ma can't walk, her grandson self collect the money",
    "Phone got spoil, he using his brother phone",
    "He gone to the farm, we will see him next week",
    "She sick small, they carry her to the clinic",
    "Received. She say thank you plenty",
    "No network in da area, paid cash",
    "The man moved to Ganta but still on list",
)


def _forest(p: Person) -> tuple[str, str, str, str]:
    return _VN_FOREST[int(p.bhxh) // 9 % len(_VN_FOREST)]


def _area_ha(p: Person) -> float:
    return _num(p, 60) / 4 + 1


def _dotted(amount: int) -> str:
    """An amount in đồng as Vietnamese accounts write it: ``1.250.000``."""
    return f"{amount:,}".replace(",", ".")


def _cmnd_issued(p: Person) -> str:
    """When the old CMND was issued: at 16 or some years later, never before 1980 nor after 2020."""
    year = max(min(p.birth.year + 16 + _num(p, 20), 2020), 1980)
    return f"{_safe_day(year, p.birth.month % 12 + 1, p.birth.day):%d/%m/%Y}"


def _spouse_year(p: Person) -> int:
    return p.birth.year + (3 if p.male else -3) + _num(p, 5) - 3


def _plot_address(p: Person) -> str:
    area, commune, district = _VN_LAND_AREAS[int(p.bhxh) // 7 % len(_VN_LAND_AREAS)]
    return f"Ô {'ABCDE'[_num(p, 5) - 1]}{_num(p, 40)}, {area}, {commune}, {district}, TP. Hà Nội"


def _mz_place(p: Person) -> tuple[str, str, str, str]:
    return _MZ_PLACES[int(p.bhxh) // 9 % len(_MZ_PLACES)]


def _mz_bi(p: Person) -> str:
    """A Mozambican BI: twelve digits (the issuing province's two first) and a letter."""
    letter = _pick(p, ("A", "B", "C", "F", "M", "N", "P", "Q"), 4)
    return f"{_mz_place(p)[0]}{p.bhxh}{letter}"


def _ao_place(p: Person) -> tuple[str, str, str, str]:
    return _AO_PLACES[int(p.bhxh) // 9 % len(_AO_PLACES)]


def _ao_bi(p: Person) -> str:
    """An Angolan BI: nine digits, the province's two letters and three digits."""
    return f"00{p.bhxh[2:9]}{_ao_place(p)[3]}0{p.bhxh[:2]}"


def _bw_place(p: Person) -> tuple[str, str, str]:
    return _BW_PLACES[int(p.bhxh) // 9 % len(_BW_PLACES)]


def _omang(p: Person) -> str:
    """A Botswana Omang: nine digits, the fifth 1 for a man and 2 for a woman."""
    return f"{p.bhxh[2:6]}{1 if p.male else 2}{p.bhxh[6:10]}"


def _sz_place(p: Person) -> tuple[str, str, str, str]:
    return _SZ_PLACES[int(p.bhxh) // 9 % len(_SZ_PLACES)]


def _sz_pin(p: Person) -> str:
    """An Eswatini PIN: thirteen digits, the first six the birth date as yymmdd."""
    return f"{p.birth:%y%m%d}{p.bhxh[3:10]}"


def _lr_place(p: Person) -> tuple[str, str, str]:
    return _LR_PLACES[int(p.bhxh) // 9 % len(_LR_PLACES)]


def _lr_name(p: Person) -> str:
    given = _by_sex(p, _LR_GIVEN_M, _LR_GIVEN_F, 1)
    return f"{given} {_pick(p, _LR_GIVEN_M, 6)[0]}. {_pick(p, _LR_FAMILY, 2)}"


WRITERS_BLIND76: dict[str, Callable[[Person, Col], object]] = {
    "cmnd_issued76": lambda p, c: _cmnd_issued(p),
    "cmnd_place76": lambda p, c: _pick(p, _VN_ISSUERS, 3),
    "reissue_reason76": lambda p, c: _pick(p, _VN_REISSUE_REASONS, 4),
    "appoint76": lambda p, c: f"{p.other_date + timedelta(days=7 + _num(p, 7)):%d/%m/%Y}",
    "delivery76": lambda p, c: _pick(p, _VN_DELIVERY, 5),
    "officer76": lambda p, c: f"{_pick(p, _VN_RANKS, 6)} {_other_vn(p, 7)}",
    "addr_forest76": lambda p, c: ", ".join(_forest(p)),
    "village76": lambda p, c: _forest(p)[0],
    "ethnic76": lambda p, c: _pick(p, _VN_ETHNIC, 3),
    "birth_year76": lambda p, c: str(p.birth.year),
    "subzone76": lambda p, c: str(300 + _num(p, 90)),
    "compartment76": lambda p, c: str(_num(p, 12)),
    "forest_plot76": lambda p, c: str(_num(p, 25)),
    "area_ha76": lambda p, c: f"{_area_ha(p):.2f}".replace(".", ","),
    "forest_kind76": lambda p, c: _pick(p, _VN_FOREST_KINDS, 4),
    "unit_price76": lambda p, c: "500.000",
    "payment76": lambda p, c: _dotted(round(_area_ha(p) * 500_000)),
    "contract76": lambda p, c: f"{_num(p, 150):02d}/HĐK-UBND",
    "tb_reg76": lambda p, c: f"{p.bhxh[-4:]}/25",
    "tb_class76": lambda p, c: _pick(p, _VN_TB_CLASSES, 3),
    "xpert76": lambda p, c: _pick(p, _VN_XPERT, 4),
    "regimen76": lambda p, c: _pick(p, _VN_REGIMENS, 5),
    "hiv76": lambda p, c: _pick(p, _VN_HIV, 6),
    "dot_name76": lambda p, c: _other_vn(p, 8),
    "dot_relation76": lambda p, c: _pick(p, _VN_DOT_RELATIONS, 7),
    "dot_phone76": lambda p, c: _other_phone(p, "097"),
    "tb_outcome76": lambda p, c: _pick(p, _VN_OUTCOMES, 8),
    "tb_unit76": lambda p, c: _pick(p, _VN_TB_UNITS, 2),
    "spouse76": lambda p, c: _other_vn(p, 9, male=not p.male),
    "spouse_year76": lambda p, c: str(_spouse_year(p)),
    "spouse_cccd76": lambda p, c: _cccd_of(p, not p.male, _spouse_year(p)),
    "land_object76": lambda p, c: _pick(p, _VN_LAND_OBJECTS, 3),
    "parcel76": lambda p, c: str(_num(p, 300) + 20),
    "map_sheet76": lambda p, c: str(_num(p, 40)),
    "land_area76": lambda p, c: f"{_num(p, 40) + 60},0",
    "plot_addr76": lambda p, c: _plot_address(p),
    "land_fee76": lambda p, c: _dotted((_num(p, 40) + 60) * 4_500_000),
    "land_decision76": lambda p, c: f"{_num(p, 900) + 100}/QĐ-UBND",
    "mz_name76": lambda p, c: (
        f"{_by_sex(p, _MZ_GIVEN_M, _MZ_GIVEN_F, 1)} {_pick(p, _MZ_FAMILY, 2)}"
    ),
    "bi_mz76": lambda p, c: _mz_bi(p),
    "sex_mz76": lambda p, c: "M" if p.male else "F",
    "addr_mz76": lambda p, c: (
        f"{_mz_place(p)[1]}, Quarteirão {_num(p, 45)}, Casa n.º {_num(p, 120)}"
    ),
    "district_mz76": lambda p, c: _mz_place(p)[2],
    "province_mz76": lambda p, c: _mz_place(p)[3],
    "phone_mz76": lambda p, c: f"+258 8{'2467'[int(p.bhxh) % 4]} {p.phone[3:6]} {p.phone[6:10]}",
    "code_mz76": lambda p, c: f"PSSB-{_mz_place(p)[0]}-{p.bhxh[-6:]}",
    "household_mz76": lambda p, c: str(_num(p, 8)),
    "substitute_mz76": lambda p, c: (
        f"{_by_sex(p, _MZ_GIVEN_F, _MZ_GIVEN_M, 5)} {_pick(p, _MZ_FAMILY, 6)}"
    ),
    "amount_mz76": lambda p, c: f"{500 + 150 * (_num(p, 5) - 1)},00",
    "note_mz76": lambda p, c: _note(p, _MZ_NOTES),
    "hh_ao76": lambda p, c: f"KW-{_ao_place(p)[3]}-{p.bhxh[-7:]}",
    "ao_name76": lambda p, c: (
        f"{_by_sex(p, _AO_GIVEN_M, _AO_GIVEN_F, 1)} {_pick(p, _AO_FAMILY, 2)}"
        f" {_pick(p, _AO_FAMILY, 3)}"
    ),
    "bi_ao76": lambda p, c: _ao_bi(p),
    "bi_issued_ao76": lambda p, c: f"{p.other_date - timedelta(days=365 * 3):%d-%m-%Y}",
    "sex_ao76": lambda p, c: "Masculino" if p.male else "Feminino",
    "civil_ao76": lambda p, c: _pick(p, _AO_CIVIL, 4),
    "birthplace_ao76": lambda p, c: _pick(p, _AO_BIRTHPLACES, 5),
    "province_ao76": lambda p, c: _ao_place(p)[2],
    "municipio_ao76": lambda p, c: _ao_place(p)[1],
    "bairro_ao76": lambda p, c: _ao_place(p)[0],
    "phone_ao76": lambda p, c: (
        f"+244 9{'2345'[int(p.bhxh) % 4]}{p.phone[4]} {p.phone[5:8]} {p.phone[8:10]}{p.bhxh[-1]}"
    ),
    "father_ao76": lambda p, c: f"{_pick(p, _AO_GIVEN_M, 6)} {_pick(p, _AO_FAMILY, 2)}",
    "mother_ao76": lambda p, c: f"{_pick(p, _AO_GIVEN_F, 7)} {_pick(p, _AO_FAMILY, 8)}",
    "members_ao76": lambda p, c: str(_num(p, 9) + 1),
    "amount_ao76": lambda p, c: "33.000,00",
    "omang76": lambda p, c: _omang(p),
    "bw_family76": lambda p, c: _pick(p, _BW_FAMILY, 2),
    "bw_given76": lambda p, c: _by_sex(p, _BW_GIVEN_M, _BW_GIVEN_F, 1),
    "sex_bw76": lambda p, c: "M" if p.male else "F",
    "village_bw76": lambda p, c: _bw_place(p)[0],
    "ward_bw76": lambda p, c: _bw_place(p)[1],
    "district_bw76": lambda p, c: _bw_place(p)[2],
    "phone_bw76": lambda p, c: f"7{'1234'[int(p.bhxh) % 4]} {p.phone[4:7]} {p.phone[7:10]}",
    "kin_bw76": lambda p, c: f"{_by_sex(p, _BW_GIVEN_F, _BW_GIVEN_M, 4)} {_pick(p, _BW_FAMILY, 5)}",
    "site_bw76": lambda p, c: _pick(p, _BW_SITES, 3),
    "days_bw76": lambda p, c: str(_num(p, 22)),
    "wage_bw76": lambda p, c: f"P {_num(p, 22) * 30}.00",
    "supervisor_bw76": lambda p, c: f"{_pick(p, _BW_GIVEN_M, 6)} {_pick(p, _BW_FAMILY, 7)}",
    "pin_sz76": lambda p, c: _sz_pin(p),
    "sz_family76": lambda p, c: _pick(p, _SZ_FAMILY, 2),
    "sz_given76": lambda p, c: _by_sex(p, _SZ_GIVEN_M, _SZ_GIVEN_F, 1),
    "sex_sz76": lambda p, c: "Male" if p.male else "Female",
    "chiefdom_sz76": lambda p, c: _sz_place(p)[0],
    "inkhundla_sz76": lambda p, c: _sz_place(p)[1],
    "region_sz76": lambda p, c: _sz_place(p)[2],
    "paypoint_sz76": lambda p, c: _sz_place(p)[3],
    "phone_sz76": lambda p, c: f"+268 7{'689'[int(p.bhxh) % 3]}{p.phone[4:6]} {p.phone[6:10]}",
    "alternate_sz76": lambda p, c: (
        f"{_by_sex(p, _SZ_GIVEN_F, _SZ_GIVEN_M, 4)} {_pick(p, _SZ_FAMILY, 5)}"
    ),
    "grant_sz76": lambda p, c: "E 1,000.00",
    "status_sz76": lambda p, c: _pick(p, ("Active", "Active", "Suspended", "Deceased"), 3),
    "hh_lr76": lambda p, c: f"SCT-{_lr_place(p)[2][:3].upper()}-{p.bhxh[-5:]}",
    "lr_name76": lambda p, c: _lr_name(p),
    "nid_lr76": lambda p, c: f"{p.bhxh[:4]}-{p.bhxh[4:8]}-{p.bhxh[8:]}{p.phone[-2:]}",
    "sex_lr76": lambda p, c: "M" if p.male else "F",
    "county_lr76": lambda p, c: _lr_place(p)[2],
    "district_lr76": lambda p, c: _lr_place(p)[1],
    "community_lr76": lambda p, c: _lr_place(p)[0],
    "phone_lr76": lambda p, c: (
        f"0{'77' if int(p.bhxh) % 2 else '88'}{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "alternate_lr76": lambda p, c: (
        f"{_by_sex(p, _LR_GIVEN_F, _LR_GIVEN_M, 4)} {_pick(p, _LR_FAMILY, 5)}"
    ),
    "relation_lr76": lambda p, c: _pick(p, _LR_RELATIONS, 3),
    "amount_lr76": lambda p, c: f"US$ {_pick(p, ('60', '80', '100'), 4)}.00",
    "remark_lr76": lambda p, c: _note(p, _LR_REMARKS),
}
