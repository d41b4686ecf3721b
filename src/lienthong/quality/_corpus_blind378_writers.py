"""How the people of the three-hundred-and-seventy-eighth part of the outside corpus (**blind
378**, :mod:`lienthong.quality._corpus_blind378`) are written: animal owners. A ward's dog and cat
rabies campaign, a commune's livestock declarations with herd sizes, a district's breeding cows
for poor households, a pet clinic's clients; and Uruguayan, Botswanan, Kyrgyz, Portuguese and
Indonesian owners and farmers with their identity numbers (the cédula's 2987634 digit, the Omang,
the PIN, the Cartão de Cidadão's check characters and the NIF's mod 11 digit, the NIK)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind15_writers import _ci_uy
from lienthong.quality._corpus_blind18_writers import _nif_pt
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind117_writers import _place
from lienthong.quality._corpus_blind335_writers import _omang
from lienthong.quality._corpus_blind346_writers import _pin_kg

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_SPECIES = ("Chó", "Mèo", "Chó", "Chó", "Mèo")
_VN_PETS = ("Vàng", "Mực", "Lu", "Bông", "Miu", "Kitty", "Đốm", "Mimi", "Bin")
_VN_COATS = ("Vàng", "Đen", "Trắng", "Vện", "Tam thể", "Xám tro", "Nâu đỏ")
_VN_BREEDS = ("Poodle", "Chó ta", "Mèo Anh lông ngắn", "Corgi", "Mèo ta", "Husky", "Phốc sóc")
_VN_HAMLETS = ("Thôn Đông", "Xóm 3", "Thôn Trung Hòa", "Xóm Bến", "Thôn Phú Lộc", "Xóm Mới")
_VN_COMMUNES = ("Xã Yên Mỹ", "Xã Tân Dân", "Xã Hòa Phú", "Xã Quảng Xương", "Xã Thạch Hà")
_VN_SCALES = ("Nông hộ", "Nông hộ", "Trang trại nhỏ", "Nông hộ", "Trang trại vừa")
_VN_HIGHLAND = (
    "Bản Phiêng Lanh, Xã Mường Lạn, Tỉnh Sơn La",
    "Thôn Nà Ngần, Xã Xuân Giang, Tỉnh Tuyên Quang",
    "Làng Kon Hra, Xã Đăk Pling, Tỉnh Quảng Ngãi",
    "Bản Huổi Một, Xã Nậm Ty, Tỉnh Sơn La",
    "Thôn Khuổi Bốc, Xã Bằng Thành, Tỉnh Cao Bằng",
)
_VN_ETHNIC = ("Thái", "Mông", "Tày", "Xơ Đăng", "Dao", "Nùng")
_UY_FAMILY = ("Rodríguez", "González", "Fernández", "Pereira", "Sosa", "Olivera", "Techera")
_UY_GIVEN_M = ("Juan Martín", "Diego", "Nicolás", "Washington", "Gonzalo Andrés")
_UY_GIVEN_F = ("María José", "Lucía", "Valentina", "Florencia", "Graciela")
_UY_PLACES = (
    ("Av. 18 de Julio 1453 apto. 702", "Montevideo", "Montevideo"),
    ("Bvar. Artigas 2210", "Montevideo", "Montevideo"),
    ("Treinta y Tres 845", "Salto", "Salto"),
    ("Ruta 8 km 23,500", "Pando", "Canelones"),
    ("Florida 1190", "Paysandú", "Paysandú"),
    ("Calle 20 esq. 27", "Punta del Este", "Maldonado"),
)
_BW_FAMILY = ("Mosweu", "Kgosi", "Molefe", "Seretse", "Tau", "Modise", "Ramotswa")
_BW_GIVEN_M = ("Kagiso", "Thabo", "Onalenna", "Mpho", "Tshepo", "Boitumelo")
_BW_GIVEN_F = ("Kelebogile", "Neo", "Masego", "Lorato", "Goitseone", "Kefilwe")
_BW_PLACES = (
    ("Serowe", "Botalaote", "Central"),
    ("Mochudi", "Phaphane", "Kgatleng"),
    ("Kanye", "Kgosing", "Southern"),
    ("Maun", "Boyei", "North-West"),
    ("Molepolole", "Ntloedibe", "Kweneng"),
)
_KG_FAMILY = ("Асанов", "Токтогулов", "Жумабеков", "Осмонов", "Бекболотов", "Сыдыков")
_KG_GIVEN_M = ("Нурлан", "Бакыт", "Азамат", "Эрмек", "Талант", "Кубанычбек")
_KG_GIVEN_F = ("Айгүл", "Гүлнара", "Жылдыз", "Нургүл", "Бермет", "Айпери")
_KG_PLACES = (
    ("ул. Ленина, 34", "с. Кочкор", "Нарынская"),
    ("ул. Токтогула, 12", "с. Ат-Башы", "Нарынская"),
    ("ул. Манаса, 5", "с. Тюп", "Иссык-Кульская"),
    ("ул. Советская, 88", "с. Кара-Кулжа", "Ошская"),
    ("ул. Ч. Айтматова, 7", "с. Талас", "Таласская"),
)
_PT_FAMILY = ("Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues")
_PT_GIVEN_M = ("João Pedro", "Tiago", "Rui Miguel", "Francisco", "António José")
_PT_GIVEN_F = ("Maria João", "Inês", "Ana Rita", "Beatriz", "Catarina Sofia")
_PT_PLACES = (
    ("Rua de Santa Catarina, 312, 2.º Esq.", "4000-447", "Porto"),
    ("Av. da República, 45 - 3.º Dto.", "1050-187", "Lisboa"),
    ("Rua Direita, 18", "3500-116", "Viseu"),
    ("Travessa do Carmo, 7 r/c", "8000-292", "Faro"),
    ("Largo do Rossio, 3", "7000-590", "Évora"),
)
_ID_GIVEN_M = ("SUPARMAN", "AHMAD YANI", "SLAMET RIYADI", "I WAYAN SUDARSA", "MUHAMMAD RIDWAN")
_ID_GIVEN_F = ("SITI AMINAH", "NI KETUT SRIASIH", "SRI WAHYUNI", "NUR HASANAH", "DEWI LESTARI")
_ID_PLACES = (
    ("DSN. KRAJAN", "SUMBERSARI", "SUMBERSARI", "350910", "JEMBER"),
    ("JL. RAYA PRAYA NO. 21", "GONJAK", "PRAYA", "520201", "LOMBOK TENGAH"),
    ("DUSUN II", "OESAO", "KUPANG TIMUR", "530109", "KUPANG"),
    ("BR. DINAS TENGAH", "PETANG", "PETANG", "510307", "BADUNG"),
    ("DK. NGAGLIK RT 02", "KARANGANYAR", "BOYOLALI", "330901", "BOYOLALI"),
)


def _cc_pt(p: Person) -> str:
    """A Cartão de Cidadão number, ``12345678 9 ZZ4``: the civil number, its mod 11 digit, the
    version letters and the last digit that makes the whole pass the doubling check."""
    civil = f"{1 + int(p.bhxh[0]) % 3}{p.bhxh[-7:]}"
    total = sum(int(d) * w for d, w in zip(civil, range(9, 1, -1), strict=True))
    first = (11 - total % 11) % 11 % 10
    body = f"{civil}{first}{_pick(p, ('ZZ', 'ZX', 'ZY'), 2)}"
    for last in range(10):
        chars = f"{body}{last}"
        s = 0
        for i, ch in enumerate(reversed(chars)):
            v = int(ch, 36)
            if i % 2 == 1:
                v = v * 2 - 9 if v * 2 > 9 else v * 2
            s += v
        if s % 10 == 0:
            break
    return f"{civil} {first} {body[9:]}{last}"


def _nik(p: Person) -> str:
    day = p.birth.day + (0 if p.male else 40)
    return f"{_place(p, _ID_PLACES)[3]}{day:02d}{p.birth:%m%y}{p.bhxh[-4:]}"


WRITERS_BLIND378: dict[str, Callable[[Person, Col], object]] = {
    "species378": lambda p, c: _pick(p, _VN_SPECIES, 2),
    "petname378": lambda p, c: _pick(p, _VN_PETS, 3),
    "coat378": lambda p, c: _pick(p, _VN_COATS, 4),
    "petage378": lambda p, c: str(_num(p, 96) + 3),
    "lot378": lambda p, c: f"RB{p.bhxh[2:6]}-{25 + int(p.bhxh[0]) % 2}",
    "fee378": lambda p, c: _pick(p, ("50.000", "50.000", "Miễn phí", "45.000"), 5),
    "vaccinator378": lambda p, c: f"TYV {_other_vn(p, 6)}",
    "commune378": lambda p, c: _pick(p, _VN_COMMUNES, 2),
    "hamlet378": lambda p, c: _pick(p, _VN_HAMLETS, 3),
    "pigs378": lambda p, c: str(_num(p, 60) - 1),
    "cattle378": lambda p, c: str(int(p.bhxh[-2]) % 6),
    "poultry378": lambda p, c: str(_num(p, 300) * 2),
    "lsu378": lambda p, c: f"{(_num(p, 60) - 1) * 0.1 + int(p.bhxh[-2]) % 6:.1f}".replace(".", ","),
    "scale378": lambda p, c: _pick(p, _VN_SCALES, 4),
    "decl378": lambda p, c: f"{_num(p, 500)}/KKCN-UBND",
    "vetofficer378": lambda p, c: _other_vn(p, 7),
    "ethnic378": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "poor378": lambda p, c: _pick(p, ("Hộ nghèo", "Hộ cận nghèo", "Hộ nghèo"), 3),
    "home378": lambda p, c: _pick(p, _VN_HIGHLAND, 4),
    "cows378": lambda p, c: _pick(p, ("1", "1", "2"), 5),
    "eartag378": lambda p, c: f"VN-{p.bhxh[1:4]}-{p.bhxh[-5:]}",
    "aid378": lambda p, c: _pick(p, ("18.000.000", "20.000.000", "36.000.000"), 5),
    "group_head378": lambda p, c: _other_vn(p, 8),
    "head_phone378": lambda p, c: _other_phone(p, "08"),
    "sign378": lambda p, c: "",
    "client378": lambda p, c: f"KH{p.bhxh[-6:]}",
    "breed378": lambda p, c: _pick(p, _VN_BREEDS, 6),
    "weight378": lambda p, c: f"{_num(p, 300) / 10:.1f}".replace(".", ","),
    "doctor378": lambda p, c: f"BS. {_other_vn(p, 9)}",
    "points378": lambda p, c: str(_num(p, 900) * 10),
    "debt378": lambda p, c: _pick(p, ("0", "0", "150.000", "0", "1.200.000"), 7),
    # Uruguay
    "ci378": lambda p, c: _ci_uy(p),
    "uy_fam378": lambda p, c: _pick(p, _UY_FAMILY, 2),
    "uy_fam2_378": lambda p, c: _pick(p, _UY_FAMILY, 3),
    "uy_given378": lambda p, c: _by_sex(p, _UY_GIVEN_M, _UY_GIVEN_F, 1),
    "sex_uy378": lambda p, c: "Masculino" if p.male else "Femenino",
    "uy_street378": lambda p, c: _place(p, _UY_PLACES)[0],
    "uy_loc378": lambda p, c: _place(p, _UY_PLACES)[1],
    "uy_dep378": lambda p, c: _place(p, _UY_PLACES)[2],
    "uy_phone378": lambda p, c: f"09{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}",
    "uy_species378": lambda p, c: _pick(p, ("Canino", "Felino", "Canino"), 4),
    "uy_breed378": lambda p, c: _pick(p, ("Mestizo", "Cimarrón uruguayo", "Labrador", "Común"), 5),
    "chip378": lambda p, c: f"858{p.bhxh}{p.bhxh[:2]}",
    "uy_vet378": lambda p, c: f"Dr. {_pick(p, _UY_GIVEN_M, 6)} {_pick(p, _UY_FAMILY, 7)}",
    # Botswana
    "omang378": lambda p, c: _omang(p),
    "bw_fam378": lambda p, c: _pick(p, _BW_FAMILY, 2),
    "bw_given378": lambda p, c: _by_sex(p, _BW_GIVEN_M, _BW_GIVEN_F, 1),
    "sex_bw378": lambda p, c: "M" if p.male else "F",
    "bw_village378": lambda p, c: _place(p, _BW_PLACES)[0],
    "bw_ward378": lambda p, c: _place(p, _BW_PLACES)[1],
    "bw_dist378": lambda p, c: _place(p, _BW_PLACES)[2],
    "bw_phone378": lambda p, c: f"+267 7{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}",
    "brand378": lambda p, c: f"{_pick(p, ('K', 'TM', 'RS', 'BX'), 3)} {_num(p, 90)}",
    "moraka378": lambda p, c: _pick(p, ("Lephephe", "Mmashoro", "Sehithwa", "Dibete"), 4),
    "bw_cattle378": lambda p, c: str(_num(p, 140)),
    "bw_small378": lambda p, c: str(_num(p, 60) - 1),
    "ext378": lambda p, c: _pick(p, ("Serowe North", "Mochudi East", "Kanye West", "Shorobe"), 5),
    "bolus378": lambda p, c: f"BW{p.bhxh[-8:]}",
    # Kyrgyzstan
    "pin378": lambda p, c: _pin_kg(p),
    "kg_fam378": lambda p, c: _pick(p, _KG_FAMILY, 2) + ("" if p.male else "а"),
    "kg_given378": lambda p, c: _by_sex(p, _KG_GIVEN_M, _KG_GIVEN_F, 1),
    "kg_patr378": lambda p, c: f"{_pick(p, _KG_GIVEN_M, 3)} {'уулу' if p.male else 'кызы'}",
    "sex_kg378": lambda p, c: "Эркек" if p.male else "Аял",
    "kg_street378": lambda p, c: _place(p, _KG_PLACES)[0],
    "kg_village378": lambda p, c: _place(p, _KG_PLACES)[1],
    "kg_oblast378": lambda p, c: _place(p, _KG_PLACES)[2],
    "kg_phone378": lambda p, c: f"+996 7{p.phone[3:5]} {p.phone[5:8]} {p.phone[8:10]}{p.bhxh[0]}",
    "krs378": lambda p, c: str(_num(p, 25)),
    "mrs378": lambda p, c: str(_num(p, 120)),
    "horses378": lambda p, c: str(int(p.bhxh[-3]) % 8),
    "ticket378": lambda p, c: f"ЖБ-{p.bhxh[-5:]}",
    "som378": lambda p, c: f"{_num(p, 40) * 150} сом",
    # Portugal
    "pt_full378": lambda p, c: (
        f"{_by_sex(p, _PT_GIVEN_M, _PT_GIVEN_F, 1)} {_pick(p, _PT_FAMILY, 3)}"
        f" {_pick(p, _PT_FAMILY, 2)}"
    ),
    "cc378": lambda p, c: _cc_pt(p),
    "nif378": lambda p, c: _nif_pt(p),
    "pt_street378": lambda p, c: _place(p, _PT_PLACES)[0],
    "pt_cp378": lambda p, c: _place(p, _PT_PLACES)[1],
    "pt_loc378": lambda p, c: _place(p, _PT_PLACES)[2],
    "pt_phone378": lambda p, c: (
        f"9{_pick(p, ('1', '2', '3', '6'), 2)}{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "pt_pet378": lambda p, c: _pick(p, ("Bolinhas", "Tareco", "Piloto", "Nina", "Farrusco"), 3),
    "pt_species378": lambda p, c: _pick(p, ("Canídeo", "Felídeo", "Canídeo"), 4),
    "pt_breed378": lambda p, c: _pick(p, ("Cão de Água Português", "Indeterminada", "Podengo"), 5),
    "pt_vet378": lambda p, c: (
        f"{_pick(p, _PT_GIVEN_F, 6)} {_pick(p, _PT_FAMILY, 5)} (OMV {_num(p, 9000)})"
    ),
    # Indonesia
    "nik378": lambda p, c: _nik(p),
    "id_full378": lambda p, c: _by_sex(p, _ID_GIVEN_M, _ID_GIVEN_F, 1),
    "id_pob378": lambda p, c: _pick(p, ("JEMBER", "KUPANG", "BOYOLALI", "MATARAM", "TABANAN"), 2),
    "sex_id378": lambda p, c: "LAKI-LAKI" if p.male else "PEREMPUAN",
    "id_street378": lambda p, c: _place(p, _ID_PLACES)[0],
    "rtrw378": lambda p, c: f"00{int(p.bhxh[1]) % 9 + 1}/00{int(p.bhxh[2]) % 9 + 1}",
    "id_desa378": lambda p, c: _place(p, _ID_PLACES)[1],
    "id_kec378": lambda p, c: _place(p, _ID_PLACES)[2],
    "id_kab378": lambda p, c: _place(p, _ID_PLACES)[4],
    "id_phone378": lambda p, c: f"08{p.phone[2:12]}",
    "id_ternak378": lambda p, c: _pick(p, ("Sapi Bali", "Sapi PO", "Kambing", "Domba"), 3),
    "id_count378": lambda p, c: str(_num(p, 12)),
    "eartag_id378": lambda p, c: f"{_place(p, _ID_PLACES)[3][:4]}{p.bhxh[-6:]}",
    "id_group378": lambda p, c: (
        f"KT {_pick(p, ('Sumber Rejeki', 'Maju Jaya', 'Tunas Harapan'), 4)}"
    ),
    "id_pmk378": lambda p, c: _pick(p, ("Dosis 1", "Dosis 2", "Booster"), 5),
}
