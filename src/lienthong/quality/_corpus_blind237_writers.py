"""How the people of the two-hundred-and-thirty-seventh part of the outside corpus (**blind 237**,
:mod:`lienthong.quality._corpus_blind237`) are written: four Vietnamese files' own columns (the
keepers of ranked relics, the growers of agarwood trees registered with the forest rangers, the
learners of a Braille class, the contributors of a commune's loudspeaker radio) and Bruneian,
Sarawakian, Timorese, Bangsamoro and Riau Islands names, places, phones and numbers in the forms
their registers show: the Brunei IC with its yellow or purple prefix, the MyKad with a Sarawak
place-of-birth code and an odd or even last digit, the PhilSys card number in four groups, the
NIK of a Riau Islands kecamatan with 40 added to a woman's day."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind99_writers import _TL_FAMILY, _TL_GIVEN_F, _TL_GIVEN_M, _tl_card
from lienthong.quality._corpus_blind129_writers import _tl_phone
from lienthong.quality._corpus_blind156_writers import _bn_ic, _bn_prefix
from lienthong.quality._corpus_blind194_writers import _ph_phone, _psn194
from lienthong.quality._corpus_blind209_writers import _hp_dashed, _kk, _nik

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]


def _at(p: Person, table: tuple[_T, ...], salt: int) -> _T:
    return table[int(p.bhxh) // (salt * 13 + 1) % len(table)]


def _vn_when(p: Person, months: int) -> str:
    d = p.other_date
    month = d.month - 1 + months
    return f"{_safe_day(d.year + month // 12, month % 12 + 1, d.day):%d/%m/%Y}"


# -- Vietnam ------------------------------------------------------------------------------------
_VN_RELIC = (
    ("Đình làng Phú Lễ", "Cấp quốc gia"),
    ("Miếu Bà Chúa Xứ ấp 3", "Cấp tỉnh"),
    ("Đền thờ Lê Văn Duyệt (nhánh)", "Cấp tỉnh"),
    ("Chùa Linh Phước", "Chưa xếp hạng"),
    ("Lăng Ông Nam Hải", "Cấp quốc gia"),
    ("Nhà thờ họ Nguyễn Văn", "Cấp tỉnh"),
)
_VN_RELIC_AT = ("Ấp Phú Lễ, xã Phú Lễ", "Thôn Đông, xã Hòa Tiến", "Tổ 4, TT Cần Giuộc")
_VN_KEEP_DUTY = ("Thủ từ", "Trông coi, quét dọn", "Thủ từ kiêm hướng dẫn", "Bảo vệ ban đêm")
_VN_TREE_KIND = ("Dó bầu (Aquilaria crassna)", "Dó bầu", "Dó trầm", "Dó bầu ghép trầm")
_VN_RANGER = ("Hạt Kiểm lâm Đồng Phú", "Hạt Kiểm lâm Hàm Thuận Bắc", "Hạt KL Cam Lâm")
_VN_SIGHT = ("Mù hoàn toàn", "Nhìn kém nặng", "Mù 1 mắt, kém 1 mắt", "Mù bẩm sinh")
_VN_CAUSE = ("Bẩm sinh", "Glôcôm", "Tai nạn lao động", "Đục thủy tinh thể", "Bom mìn", "Sởi")
_VN_CLASS = ("Lớp chữ nổi cơ bản K12", "Lớp chữ nổi nâng cao", "Lớp tin học cho người mù")
_VN_RESULT = ("Đọc, viết được", "Đang học", "Đọc được, viết chậm", "Bỏ học giữa chừng")
_VN_RUBRIC = ("Tin xã nhà", "Nông thôn mới", "Pháp luật & đời sống", "Gương người tốt")
_VN_HAMLET = ("Thôn 1", "Thôn Trung", "Ấp Bình Hòa", "Xóm Bãi", "Bản Nà Sáng")


# -- Brunei -------------------------------------------------------------------------------------
_BN_GIVEN_M = ("Awang Mohd Hafiz", "Pengiran Muhammad Ali", "Haji Abdul Rahman", "Awang Khairul")
_BN_GIVEN_F = ("Dayang Nurul Ain", "Dayang Siti Aisyah", "Pengiran Nur Hazirah", "Hajah Rosmah")
_BN_FATHER = ("Haji Zainal", "Ahmad", "Pengiran Omar", "Haji Tahir", "Metussin", "Jumat")
_BN_HOMES = (
    ("No. 12, Simpang 45, Kampung Rimba", "Gadong 'B'", "Brunei-Muara", "BE3119"),
    ("No. 7, Spg 112-8, Kampung Kiulap", "Gadong 'B'", "Brunei-Muara", "BE1518"),
    ("Unit 3, Blok 18, Perumahan Negara Lambak Kanan", "Berakas 'A'", "Brunei-Muara", "BB1314"),
    ("No. 30, Jalan Bunga Raya, Kampung Pandan", "Kuala Belait", "Belait", "KA1331"),
    ("No. 5, Kampung Bukit Sawat", "Bukit Sawat", "Belait", "KC1935"),
    ("No. 21, Kampung Sinaut", "Lamunin", "Tutong", "TB2144"),
)
_BN_SERIES = ("Siri 1/2025 Bandar", "Siri 3/2025 Tutong", "Siri 2/2025 Belait", "Siri 4/2025")


def _bn_name(p: Person) -> str:
    link = "bin" if p.male else "binti"
    return f"{_by_sex(p, _BN_GIVEN_M, _BN_GIVEN_F, 2)} {link} {_pick(p, _BN_FATHER, 3)}"


def _bn_partner(p: Person) -> str:
    if p.male:
        return f"{_pick(p, _BN_GIVEN_F, 4)} binti {_pick(p, _BN_FATHER, 5)}"
    return f"{_pick(p, _BN_GIVEN_M, 4)} bin {_pick(p, _BN_FATHER, 5)}"


def _bn_phone(p: Person) -> str:
    body = f"{_pick(p, ('8', '7', '8', '2'), 3)}{p.phone[4:10]}"
    return f"+673 {body[:3]} {body[3:]}" if int(p.bhxh) % 3 else f"{body[:3]} {body[3:]}"


# -- Sarawak ------------------------------------------------------------------------------------
_SK_GIVEN_M = ("Jugah anak Barieng", "Linggi anak Jarau", "Nyanggau anak Empaling", "Robert Siba")
_SK_GIVEN_F = ("Sendi anak Ngumbang", "Mary anak Liman", "Lenny anak Jimbun", "Suma anak Bakar")
_SK_LONGHOUSE = (
    ("Rh. Ngelambong, Nanga Sekuau", "96000 Sibu"),
    ("Rh. Jimbun, Sg. Entebu", "96800 Kapit"),
    ("Rh. Bundan, Ulu Lemanak", "95300 Lubok Antu"),
    ("Rh. Sunggang, Batu 18 Jalan Bintulu", "97000 Bintulu"),
    ("Rh. Anggat, Nanga Engkuah", "95700 Betong"),
)
_SK_TUAI = (
    "TR Ngelambong ak Sanggau",
    "TR Jimbun ak Melina",
    "TR Bundan ak Ugap",
    "TR Anggat ak Ijau",
)
_SK_WORK = ("Betanam padi", "Noreh getah", "Bekuli", "Ngiga ikan", "Bepenyiru (ngajar)", "Nadai")


def _sk_mykad(p: Person) -> str:
    """A MyKad born in Sarawak (place code 13 or 50-53), the last digit odd for a man."""
    last = int(p.bhxh[-1]) // 2 * 2 + (1 if p.male else 0)
    pb = _pick(p, ("13", "13", "50", "51", "52", "53"), 4)
    bare = f"{p.birth:%y%m%d}{pb}{p.bhxh[2:5]}{last}"
    return f"{bare[:6]}-{bare[6:8]}-{bare[8:]}" if int(p.bhxh) % 4 else bare


def _sk_home(p: Person) -> str:
    house, town = _at(p, _SK_LONGHOUSE, 2)
    return f"{house}, {town}, Sarawak"


def _sk_phone(p: Person) -> str:
    return f"01{_pick(p, ('3', '9', '6', '4', '1'), 5)}-{p.phone[3:6]} {p.phone[6:10]}"


# -- Timor-Leste --------------------------------------------------------------------------------
_TL_HOMES = (
    ("Aldeia Loro Matan", "Suku Becora", "Postu Cristo Rei", "Munisípiu Díli"),
    ("Aldeia Rai Kotu", "Suku Comoro", "Postu Dom Aleixo", "Munisípiu Díli"),
    ("Aldeia Lahane", "Suku Lahane Oriental", "Postu Nain Feto", "Munisípiu Díli"),
    ("Aldeia Gariuai", "Suku Gariuai", "Postu Baucau", "Munisípiu Baucau"),
    ("Aldeia Caimauc", "Suku Pante Makassar", "Postu Pante Makassar", "RAEOA Oe-Cusse"),
)
_TL_EMPLOYER = ("Timor Telecom", "Heineken Timor, S.A.", "Kmanek Supermarket", "ANP", "BNCTL")
_TL_ROLE = ("Kaixa / Caixa", "Motorista", "Seguransa / Segurança", "Tékniku / Técnico", "Limpeza")


def _tl_name(p: Person) -> str:
    return f"{_by_sex(p, _TL_GIVEN_M, _TL_GIVEN_F, 2)} {_pick(p, _TL_FAMILY, 3)}"


def _tl_home(p: Person) -> str:
    return ", ".join(_at(p, _TL_HOMES, 4))


# -- Bangsamoro ---------------------------------------------------------------------------------
_BM_FAMILY = ("Mamalinta", "Ampatuan", "Sinsuat", "Macabangkit", "Dimaukom", "Tucalo", "Usman")
_BM_GIVEN_M = ("Abdulrahman", "Mohammad Ali", "Norodin", "Bai Jamil", "Saidamen", "Jehad")
_BM_GIVEN_F = ("Norhaya", "Bai Sittie", "Johaira", "Aminah", "Sahara", "Noraisa")
_BM_MIDDLE = ("Guiamel", "Kusain", "Masukat", "Ali", "Pendatun", "Lidasan")
_BM_PLACES = (
    ("Poblacion Mother", "Cotabato City", "Maguindanao del Norte"),
    ("Rosary Heights 7", "Cotabato City", "Maguindanao del Norte"),
    ("Kalanganan II", "Datu Odin Sinsuat", "Maguindanao del Norte"),
    ("Buluan Poblacion", "Buluan", "Maguindanao del Sur"),
    ("Lilod Madaya", "Marawi City", "Lanao del Sur"),
    ("Bus-bus", "Jolo", "Sulu"),
)
_BM_MADRASAH = (
    "Ma'had Ittihadul Muslimeen Al-Arabie",
    "Madrasatul Jamiatul Islamiyah",
    "Markaz Shabab Al-Islami",
    "Madrasah Darul Uloom Ibtida'i",
)
_BM_LEVEL = ("Tahderie (Kinder)", "Ibtida'i (Grade 1-6)", "I'dadi", "Thanawi", "ALIVE (DepEd)")
_BM_QUAL = (
    "Thanawi graduate",
    "Kulliyah (B.A. Islamic Studies)",
    "Al-Azhar graduate",
    "LET passer",
)


# -- Riau Islands -------------------------------------------------------------------------------
#: (kecamatan code, street or kampung, RT/RW, desa, kecamatan, kabupaten)
_KR_PLACES = (
    (
        "210303",
        "Jl. Datuk Kaya Wan Muhammad Benteng",
        "002/001",
        "Ranai",
        "Bunguran Timur",
        "Natuna",
    ),
    ("210305", "Kampung Sedanau", "001/003", "Sedanau", "Bunguran Barat", "Natuna"),
    ("210106", "Jl. Pelabuhan, Kampung Baru", "003/002", "Moro", "Moro", "Karimun"),
    ("210201", "Kampung Kawal Pantai", "004/002", "Kawal", "Gunung Kijang", "Bintan"),
    ("210403", "Kampung Penuba", "001/001", "Penuba", "Selayar", "Lingga"),
    ("217106", "Kampung Tua Pulau Buluh", "002/004", "Pulau Buluh", "Bulang", "Kota Batam"),
)
_KR_STATUS = ("Nelayan Penuh", "Nelayan Sambilan Utama", "Nelayan Sambilan Tambahan")
_KR_GEAR = ("Pancing ulur", "Bubu", "Jaring insang (gillnet)", "Kelong", "Rawai dasar")
_KR_BOAT = ("KM Sinar Laut", "KM Putra Bintan", "Pompong tanpa nama", "KM Harapan Jaya 2")
_KR_POB = ("Ranai", "Tanjungpinang", "Tanjung Balai Karimun", "Daik", "Pontianak", "Bagansiapiapi")


def _kr_name(p: Person) -> str:
    male = ("Syahrial", "Muhammad Yusuf", "Razali", "Zulkifli Bahar", "Ahmad Sofyan", "Tan Ah Seng")
    female = ("Nurhayati", "Siti Rohani", "Rosmiati", "Wan Fatimah", "Sarinah", "Lina Hartati")
    return (
        _by_sex(p, male, female, 2).upper() if int(p.bhxh) % 3 == 0 else _by_sex(p, male, female, 2)
    )


def _kr_alamat(p: Person) -> str:
    _, street, rtrw, desa, _, _ = _at(p, _KR_PLACES, 5)
    return f"{street}, RT {rtrw[:3]} / RW {rtrw[4:]}, Desa {desa}"


WRITERS_BLIND237: dict[str, Callable[[Person, Col], object]] = {
    # keepers of ranked relics
    "relic237": lambda p, c: _at(p, _VN_RELIC, 1)[0],
    "rank237": lambda p, c: _at(p, _VN_RELIC, 1)[1],
    "relic_at237": lambda p, c: _pick(p, _VN_RELIC_AT, 2),
    "duty237": lambda p, c: _pick(p, _VN_KEEP_DUTY, 3),
    "allow237": lambda p, c: f"{(5 + _num(p, 20)) * 100_000:,}".replace(",", "."),
    "decision237": lambda p, c: f"{_num(p, 300) + 1}/QĐ-UBND",
    # agarwood growers registered with the rangers
    "tree237": lambda p, c: _pick(p, _VN_TREE_KIND, 2),
    "plot237": lambda p, c: f"Tờ {_num(p, 40) + 1}, thửa {_num(p, 900) + 1}",
    "area237": lambda p, c: f"{_num(p, 50) / 10 + 0.2:.1f}".replace(".", ","),
    "trees237": lambda p, c: 50 + _num(p, 3000),
    "planted237": lambda p, c: 2005 + _num(p, 18),
    "code237": lambda p, c: f"KL-DB-{p.bhxh[-5:]}",
    "ranger237": lambda p, c: _pick(p, _VN_RANGER, 4),
    # Braille class
    "sight237": lambda p, c: _pick(p, _VN_SIGHT, 2),
    "cause237": lambda p, c: _pick(p, _VN_CAUSE, 3),
    "class237": lambda p, c: _pick(p, _VN_CLASS, 4),
    "teacher237": lambda p, c: _other_vn(p, 5),
    "escort237": lambda p, c: _other_vn(p, 6),
    "escort_phone237": lambda p, c: _other_phone(p, "09"),
    "result237": lambda p, c: _pick(p, _VN_RESULT, 5),
    # loudspeaker radio contributors
    "hamlet237": lambda p, c: _pick(p, _VN_HAMLET, 2),
    "rubric237": lambda p, c: _pick(p, _VN_RUBRIC, 3),
    "items237": lambda p, c: _num(p, 30) + 1,
    "fee237": lambda p, c: f"{(1 + _num(p, 30)) * 50_000:,}".replace(",", "."),
    "contract237": lambda p, c: f"HĐ-{_num(p, 99) + 1:02d}/2025/TT",
    # Brunei: pre-marriage course
    "bn_name237": lambda p, c: _bn_name(p),
    "bn_ic237": lambda p, c: _bn_ic(p),
    "bn_colour237": lambda p, c: "Ungu" if _bn_prefix(p) == "30" else "Kuning",
    "bn_sex237": lambda p, c: "L" if p.male else "P",
    "bn_addr237": lambda p, c: _at(p, _BN_HOMES, 2)[0],
    "bn_mukim237": lambda p, c: _at(p, _BN_HOMES, 2)[1],
    "bn_daerah237": lambda p, c: _at(p, _BN_HOMES, 2)[2],
    "bn_post237": lambda p, c: _at(p, _BN_HOMES, 2)[3],
    "bn_phone237": lambda p, c: _bn_phone(p),
    "bn_partner237": lambda p, c: _bn_partner(p),
    "bn_partner_ic237": lambda p, c: f"01-{p.phone[-6:]}",
    "bn_series237": lambda p, c: _pick(p, _BN_SERIES, 3),
    "bn_cert237": lambda p, c: f"JHES/KPP/{p.bhxh[-4:]}/25",
    # Sarawak: longhouse register
    "sk_name237": lambda p, c: _by_sex(p, _SK_GIVEN_M, _SK_GIVEN_F, 2),
    "sk_ic237": lambda p, c: _sk_mykad(p),
    "sk_sex237": lambda p, c: "Laki" if p.male else "Indu",
    "sk_bilik237": lambda p, c: f"Pintu {_num(p, 30) + 1}",
    "sk_home237": lambda p, c: _sk_home(p),
    "sk_tuai237": lambda p, c: _at(p, tuple((t,) for t in _SK_TUAI), 2)[0],
    "sk_phone237": lambda p, c: _sk_phone(p),
    "sk_work237": lambda p, c: _pick(p, _SK_WORK, 3),
    "sk_souls237": lambda p, c: 1 + _num(p, 9),
    # Timor-Leste: social security enrolments
    "tl_name237": lambda p, c: _tl_name(p),
    "tl_sex237": lambda p, c: "Mane" if p.male else "Feto",
    "tl_card237": lambda p, c: _tl_card(p),
    "tl_inss237": lambda p, c: f"{p.bhxh[:3]}{p.phone[-6:]}",
    "tl_home237": lambda p, c: _tl_home(p),
    "tl_phone237": lambda p, c: _tl_phone(p),
    "tl_mother237": lambda p, c: f"{_pick(p, _TL_GIVEN_F, 5)} {_pick(p, _TL_FAMILY, 6)}",
    "tl_employer237": lambda p, c: _pick(p, _TL_EMPLOYER, 3),
    "tl_role237": lambda p, c: _pick(p, _TL_ROLE, 4),
    "tl_wage237": lambda p, c: f"$ {115 + _num(p, 600)}.00",
    # Bangsamoro: asatidz of the madaris
    "bm_family237": lambda p, c: _pick(p, _BM_FAMILY, 3),
    "bm_given237": lambda p, c: _by_sex(p, _BM_GIVEN_M, _BM_GIVEN_F, 2),
    "bm_middle237": lambda p, c: _pick(p, _BM_MIDDLE, 4),
    "bm_title237": lambda p, c: "Ustadz" if p.male else "Ustadza",
    "bm_sex237": lambda p, c: "M" if p.male else "F",
    "bm_psn237": lambda p, c: _psn194(p),
    "bm_brgy237": lambda p, c: _at(p, _BM_PLACES, 3)[0],
    "bm_city237": lambda p, c: _at(p, _BM_PLACES, 3)[1],
    "bm_prov237": lambda p, c: _at(p, _BM_PLACES, 3)[2],
    "bm_phone237": lambda p, c: _ph_phone(p),
    "bm_madrasah237": lambda p, c: _pick(p, _BM_MADRASAH, 5),
    "bm_level237": lambda p, c: _pick(p, _BM_LEVEL, 6),
    "bm_qual237": lambda p, c: _pick(p, _BM_QUAL, 2),
    "bm_hon237": lambda p, c: f"{(4 + _num(p, 8)) * 1000:,}.00",
    # Riau Islands: fishers' KUSUKA cards
    "kr_name237": lambda p, c: _kr_name(p),
    "kr_nik237": lambda p, c: _nik(p, _at(p, _KR_PLACES, 5)[0]),
    "kr_kk237": lambda p, c: _kk(p, _at(p, _KR_PLACES, 5)[0]),
    "kr_pob237": lambda p, c: _pick(p, _KR_POB, 3),
    "kr_sex237": lambda p, c: "LAKI-LAKI" if p.male else "PEREMPUAN",
    "kr_alamat237": lambda p, c: _kr_alamat(p),
    "kr_kec237": lambda p, c: _at(p, _KR_PLACES, 5)[4],
    "kr_kab237": lambda p, c: _at(p, _KR_PLACES, 5)[5],
    "kr_hp237": lambda p, c: _hp_dashed(p),
    "kr_status237": lambda p, c: _pick(p, _KR_STATUS, 4),
    "kr_gear237": lambda p, c: _pick(p, _KR_GEAR, 5),
    "kr_boat237": lambda p, c: _pick(p, _KR_BOAT, 6),
    "kr_gt237": lambda p, c: f"{_num(p, 9) + 1} GT",
    "kr_kusuka237": lambda p, c: f"{p.bhxh}{p.phone[-5:]}",
}

__all__ = ["WRITERS_BLIND237"]
