"""How the people of the three-hundred-twenty-ninth part of the outside corpus (**blind 329**,
:mod:`lienthong.quality._corpus_blind329`) are written: four Vietnamese files' own columns (a
household's septic tank and its desludging, a pig farm's herd and manure treatment, a fisher's
surrendered banned gear, a herd owner's lumpy-skin vaccination) and New Zealand, Chilean,
Moroccan, Polish and Thai owners' and permit holders' names, addresses, phones and identity
numbers in the forms their registers show (the RUN's mod-11 digit, the CIN's letters, the PESEL's
weighted digit, the Thai ID's mod-11 digit), beside the dog's, the permit's or the plot's own
columns."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind41_writers import _pesel
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind44_writers import _thai_date, _thai_pid
from lienthong.quality._corpus_blind45_writers import _rut
from lienthong.quality._corpus_blind113_writers import _cin_ma

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_TANKS = ("Bể tự hoại 3 ngăn", "Bể tự hoại 2 ngăn", "Bể bán tự hoại", "Bể tự hoại 3 ngăn")
_VN_DESLUDGE = ("Cty CP Môi trường Đô thị", "HTX Vệ sinh Môi trường", "Tư nhân (hút hầm cầu)")
_VN_FARMS = (
    "Thôn Đồng Tâm, xã Tân Hiệp",
    "Ấp 3, xã Phước Thạnh",
    "Khu đồi Bãi Sậy, xã Minh Đức",
    "Xóm Trại, xã Hòa Bình",
)
_VN_MANURE = (
    "Hầm biogas",
    "Đệm lót sinh học",
    "Ủ phân compost + chế phẩm EM",
    "Biogas + hồ sinh học",
    "Bể lắng, tách phân",
)
_VN_GEAR = (
    ("Kích điện", "bộ"),
    ("Lưới lồng bát quái (lờ dây)", "cái"),
    ("Lưới mắt nhỏ (te, xiệp)", "tấm"),
    ("Rớ điện", "bộ"),
    ("Lưới cào đáy", "cái"),
)
_VN_DISPOSE = ("Tiêu hủy tại chỗ", "Tạm giữ chờ tiêu hủy", "Chuyển Hạt Kiểm lâm", "Đã tiêu hủy")
_VN_VACCINES = ("Vắc xin Lumpivax (VN)", "Mevac LSD", "Vắc xin Neethling (Kenya)")
_NZ_FAMILY = ("Smith", "Wilson", "Ngata", "Te Whare", "Patel", "Thompson", "Walker", "Tamihana")
_NZ_GIVEN_M = ("James", "Wiremu", "Tama", "Liam", "Hemi", "Daniel Robert", "Sione")
_NZ_GIVEN_F = ("Aroha", "Charlotte", "Mere", "Olivia Grace", "Ngaire", "Sophie", "Moana")
_NZ_PLACES = (
    ("14 Kowhai Street", "Hillcrest", "Hamilton", "3216"),
    ("3/27 Tawa Crescent", "Papatoetoe", "Auckland", "2025"),
    ("88 Main Road", "Tawa", "Wellington", "5028"),
    ("RD 2, 1450 State Highway 1", "Levin", "Horowhenua", "5572"),
    ("7 Kauri Place", "Fernhill", "Queenstown", "9300"),
)
_NZ_DOGS = ("Max", "Bella", "Rangi", "Buster", "Molly", "Nala", "Tui", "Charlie")
_NZ_BREEDS = (
    "Huntaway",
    "Labrador Retriever",
    "Heading Dog X",
    "Staffordshire Bull Terrier",
    "Jack Russell Terrier",
    "Border Collie",
)
_CL_FAMILY = ("Fuentes", "Vergara", "Riquelme", "Sepúlveda", "Fuentealba", "Carrasco", "Tapia")
_CL_GIVEN_M = ("Luis Alberto", "Rodrigo", "José Miguel", "Héctor", "Patricio", "Claudio")
_CL_GIVEN_F = ("Carolina", "Marcela Andrea", "Paulina", "Ximena", "Daniela", "Lorena")
_CL_PLACES = (
    ("Pasaje Los Aromos 1432", "Los Ángeles", "Región del Biobío"),
    ("Camino a Cunco km 7, parcela 12", "Freire", "Región de La Araucanía"),
    ("Av. Alemania 0671, depto. 302", "Temuco", "Región de La Araucanía"),
    ("Calle Prat 455", "Osorno", "Región de Los Lagos"),
    ("Villa Los Castaños, casa 18", "Coyhaique", "Región de Aysén"),
)
_MA_FAMILY = ("El Idrissi", "Benali", "Ouazzani", "Tazi", "Amrani", "Berrada", "El Fassi")
_MA_GIVEN_M = ("Mohammed", "Youssef", "Abdelkader", "Hicham", "Rachid", "Driss", "Said")
_MA_GIVEN_F = ("Fatima Zahra", "Khadija", "Naima", "Samira", "Latifa", "Houda")
_MA_PLACES = (
    ("12, Rue Ibn Sina, Hay Riad", "Rabat", "Rabat-Salé-Kénitra"),
    ("Lot. Al Amal, N° 87", "Khénifra", "Béni Mellal-Khénifra"),
    ("Douar Ait Ali, Commune Ourika", "Marrakech", "Marrakech-Safi"),
    ("45, Bd Mohammed V, Appt 6", "Fès", "Fès-Meknès"),
    ("Hay Al Massira, Rue 9, N° 21", "Ifrane", "Fès-Meknès"),
)
_PL_FAMILY_M = ("Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński")
_PL_FAMILY_F = ("Kowalska", "Nowak", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowska", "Zielińska")
_PL_GIVEN_M = ("Krzysztof", "Andrzej", "Tomasz", "Paweł", "Grzegorz", "Łukasz", "Jerzy")
_PL_GIVEN_F = ("Agnieszka", "Małgorzata", "Katarzyna", "Ewa", "Joanna", "Barbara", "Żaneta")
_PL_PLACES = (
    ("ul. Jeziorna 14", "11-500", "Giżycko"),
    ("ul. Kościuszki 7/3", "87-100", "Toruń"),
    ("Ruciane-Nida, ul. Dworcowa 22", "12-220", "Ruciane-Nida"),
    ("os. Słoneczne 5 m. 12", "16-400", "Suwałki"),
    ("ul. Rybacka 3", "82-300", "Elbląg"),
)
_PL_KOLA = ("Koło PZW nr 12 Giżycko", "Koło PZW „Okoń” Toruń", "Koło PZW nr 3 Suwałki")
_TH_FAMILY = ("ใจดี", "สุขสวัสดิ์", "ศรีสมบูรณ์", "แก้วมณี", "บุญมา", "อินทร์แก้ว", "คำปัน")
_TH_GIVEN_M = ("สมชาย", "ประเสริฐ", "บุญเลิศ", "อนุชา", "สุทธิพงษ์", "จำรัส")
_TH_GIVEN_F = ("สมหญิง", "บัวคำ", "จันทร์เพ็ญ", "ศรีนวล", "พรทิพย์", "อำไพ")
_TH_PLACES = (
    ("หมู่ 3", "ตำบลแม่แตง", "อำเภอแม่แตง", "จังหวัดเชียงใหม่"),
    ("หมู่ 7", "ตำบลบ้านปง", "อำเภอหางดง", "จังหวัดเชียงใหม่"),
    ("หมู่ 11", "ตำบลแม่ปั๋ง", "อำเภอพร้าว", "จังหวัดเชียงใหม่"),
    ("หมู่ 5", "ตำบลสบเปิง", "อำเภอแม่แตง", "จังหวัดเชียงใหม่"),
    ("หมู่ 2", "ตำบลอมก๋อย", "อำเภออมก๋อย", "จังหวัดเชียงใหม่"),
)
_TH_FUELS = ("ตอซังข้าวโพด", "ฟางข้าว", "ใบไม้/กิ่งไม้แห้ง", "เศษวัชพืช", "ใบอ้อย")


def _at(p: Person, table: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return table[int(p.bhxh) // 13 % len(table)]


def _pl_family(p: Person) -> str:
    return _by_sex(p, _PL_FAMILY_M, _PL_FAMILY_F, 2)


def _th_name(p: Person) -> str:
    title = "นาย" if p.male else _pick(p, ("นาง", "นางสาว"), 4)
    return f"{title}{_by_sex(p, _TH_GIVEN_M, _TH_GIVEN_F, 1)} {_pick(p, _TH_FAMILY, 2)}"


def _th_addr(p: Person) -> str:
    moo, tambon, amphoe, changwat = _at(p, _TH_PLACES)
    return f"{_num(p, 150)}/{_num(p, 9)} {moo}, {tambon}, {amphoe}, {changwat}"


def _nz_phone(p: Person) -> str:
    return f"021 {p.phone[3:6]} {p.phone[6:10]}" if int(p.bhxh) % 3 else f"(07) 8{p.phone[4:10]}"


def _money(value: int, sep: str = ".") -> str:
    return f"{value:,}".replace(",", sep)


def _pick_amount(p: Person) -> int:
    return (41_330, 82_660, 20_665)[int(p.bhxh) // 7 % 3]


WRITERS_BLIND329: dict[str, Callable[[Person, Col], object]] = {
    "tdp329": lambda p, c: f"Tổ {_num(p, 28)}",
    "members329": lambda p, c: str(_num(p, 7)),
    "tank329": lambda p, c: _pick(p, _VN_TANKS, 2),
    "vol329": lambda p, c: f"{_num(p, 8) + 1},{_num(p, 10) - 1}",
    "desludge329": lambda p, c: _pick(p, _VN_DESLUDGE, 3),
    "connect329": lambda p, c: _pick(p, ("Có", "Không", "Có", "Chưa có cống"), 4),
    "farm_addr329": lambda p, c: _pick(p, _VN_FARMS, 2),
    "herd329": lambda p, c: str((_num(p, 40) + 2) * 25),
    "dvn329": lambda p, c: f"{(_num(p, 40) + 2) * 25 * 0.1:.1f}".replace(".", ","),
    "method329": lambda p, c: _pick(p, _VN_MANURE, 3),
    "biogas329": lambda p, c: str((_num(p, 12) + 3) * 10),
    "farmcode329": lambda p, c: f"CN-{p.bhxh[:3]}.{p.bhxh[-4:]}",
    "vet329": lambda p, c: _other_vn(p, 5),
    "vet_phone329": lambda p, c: _other_phone(p, "097"),
    "gear329": lambda p, c: _at(p, _VN_GEAR)[0],
    "qty329": lambda p, c: str(_num(p, 6)),
    "unit329": lambda p, c: _at(p, _VN_GEAR)[1],
    "record329": lambda p, c: f"{_num(p, 90)}/BB-GN",
    "receiver329": lambda p, c: f"Đ/c {_other_vn(p, 6, True)} - CA xã",
    "dispose329": lambda p, c: _pick(p, _VN_DISPOSE, 4),
    "species329": lambda p, c: _pick(p, ("Bò", "Trâu", "Bò", "Bò lai Sind"), 2),
    "vacc_n329": lambda p, c: str(_num(p, 9)),
    "eartag329": lambda p, c: f"{p.bhxh[-6:]}" if int(p.bhxh) % 2 else "",
    "vaccine329": lambda p, c: _pick(p, _VN_VACCINES, 3),
    "vaccinator329": lambda p, c: _other_vn(p, 7, True),
    "regno_nz329": lambda p, c: f"{p.bhxh[1:7]}",
    "tag_nz329": lambda p, c: f"{_pick(p, ('B', 'R', 'G'), 5)}{p.bhxh[-5:]}",
    "dogname_nz329": lambda p, c: _pick(p, _NZ_DOGS, 2),
    "breed_nz329": lambda p, c: _pick(p, _NZ_BREEDS, 3),
    "colour_nz329": lambda p, c: _pick(p, ("Black/White", "Tan", "Brindle", "Black"), 4),
    "dogsex_nz329": lambda p, c: _pick(p, ("M", "F", "MN", "FS"), 5),
    "chip_nz329": lambda p, c: f"9560000{p.bhxh[:8]}",
    "nz_family329": lambda p, c: _pick(p, _NZ_FAMILY, 2),
    "nz_given329": lambda p, c: _by_sex(p, _NZ_GIVEN_M, _NZ_GIVEN_F, 1),
    "nz_street329": lambda p, c: _at(p, _NZ_PLACES)[0],
    "nz_suburb329": lambda p, c: _at(p, _NZ_PLACES)[1],
    "nz_city329": lambda p, c: _at(p, _NZ_PLACES)[2],
    "nz_pc329": lambda p, c: _at(p, _NZ_PLACES)[3],
    "phone_nz329": lambda p, c: _nz_phone(p),
    "class_nz329": lambda p, c: _pick(p, ("", "", "Menacing (breed)", "", "Working"), 6),
    "fee_nz329": lambda p, c: f"${_pick(p, ('165.00', '99.00', '55.00', '220.00'), 7)}",
    "permit_cl329": lambda p, c: f"{_num(p, 9000) + 1000}-2025",
    "clase_cl329": lambda p, c: _pick(p, ("Caza menor", "Caza mayor", "Caza general"), 2),
    "rut_cl329": lambda p, c: _rut(p),
    "cl_given329": lambda p, c: _by_sex(p, _CL_GIVEN_M, _CL_GIVEN_F, 1),
    "cl_pat329": lambda p, c: _pick(p, _CL_FAMILY, 2),
    "cl_mat329": lambda p, c: _pick(p, _CL_FAMILY, 4),
    "sex_cl329": lambda p, c: "M" if p.male else "F",
    "street_cl329": lambda p, c: _at(p, _CL_PLACES)[0],
    "comuna_cl329": lambda p, c: _at(p, _CL_PLACES)[1],
    "region_cl329": lambda p, c: _at(p, _CL_PLACES)[2],
    "phone_cl329": lambda p, c: f"9 {p.phone[2:6]} {p.phone[6:10]}",
    "expiry_cl329": lambda p, c: f"{_shift_date(p.other_date, 1):%d/%m/%Y}",
    "oficina_cl329": lambda p, c: _pick(p, ("SAG Biobío", "SAG Cautín", "SAG Osorno"), 3),
    "monto_cl329": lambda p, c: f"${_money(_pick_amount(p))}",
    "permit_ma329": lambda p, c: f"PC/{p.bhxh[-5:]}/2025",
    "ma_family329": lambda p, c: _pick(p, _MA_FAMILY, 2),
    "ma_given329": lambda p, c: _by_sex(p, _MA_GIVEN_M, _MA_GIVEN_F, 1),
    "cin_ma329": lambda p, c: _cin_ma(p),
    "ma_street329": lambda p, c: _at(p, _MA_PLACES)[0],
    "ma_city329": lambda p, c: _at(p, _MA_PLACES)[1],
    "ma_region329": lambda p, c: _at(p, _MA_PLACES)[2],
    "phone_ma329": lambda p, c: f"06 {p.phone[2:4]} {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}",
    "arme_ma329": lambda p, c: f"{_num(p, 900) + 100}/DGSN/{p.bhxh[:2]}",
    "asso_ma329": lambda p, c: _pick(
        p, ("Association Saint-Hubert Ifrane", "Amicale des chasseurs du Moyen Atlas"), 3
    ),
    "cat_ma329": lambda p, c: _pick(p, ("Résident national", "Étranger résident"), 4),
    "dref_ma329": lambda p, c: _pick(p, ("DREF Moyen Atlas", "DREF Centre", "DREF Haut Atlas"), 5),
    "karta_pl329": lambda p, c: f"{_num(p, 900) + 100}/{p.bhxh[-4:]}/2025",
    "pl_family329": lambda p, c: _pl_family(p),
    "pl_given329": lambda p, c: _by_sex(p, _PL_GIVEN_M, _PL_GIVEN_F, 1),
    "pesel_pl329": lambda p, c: _pesel(p),
    "street_pl329": lambda p, c: _at(p, _PL_PLACES)[0],
    "pc_pl329": lambda p, c: _at(p, _PL_PLACES)[1],
    "town_pl329": lambda p, c: _at(p, _PL_PLACES)[2],
    "phone_pl329": lambda p, c: f"5{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "kolo_pl329": lambda p, c: _pick(p, _PL_KOLA, 3),
    "zasw_pl329": lambda p, c: f"{_num(p, 400)}/{p.other_date:%Y}",
    "oplata_pl329": lambda p, c: "10,00",
    "req_th329": lambda p, c: f"ชม.{_num(p, 900)}/2568",
    "th_name329": lambda p, c: _th_name(p),
    "pid_th329": lambda p, c: _thai_pid(p),
    "th_birth329": lambda p, c: _thai_date(p.birth),
    "th_addr329": lambda p, c: _th_addr(p),
    "phone_th329": lambda p, c: f"08{p.phone[3]}-{p.phone[4:7]}-{p.phone[7:10]}",
    "rai_th329": lambda p, c: str(_num(p, 25)),
    "fuel_th329": lambda p, c: _pick(p, _TH_FUELS, 3),
    "coord_th329": lambda p, c: f"18.{p.bhxh[:4]}, 98.{p.bhxh[4:8]}",
    "th_date329": lambda p, c: _thai_date(p.other_date),
    "result_th329": lambda p, c: _pick(p, ("อนุญาต", "ไม่อนุญาต (ค่าฝุ่นเกิน)", "อนุญาต"), 4),
    "approver_th329": lambda p, c: (
        _pick(p, ("กำนันตำบล", "นายอำเภอ", "ผญบ."), 5) + _pick(p, (" สมศักดิ์", " ประยูร", " วิชัย"), 6)
    ),
}
