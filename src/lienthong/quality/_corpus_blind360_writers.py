"""How the people of the three-hundred-and-sixtieth part of the outside corpus (**blind 360**,
:mod:`lienthong.quality._corpus_blind360`) are written: household rosters in long form, one row a
member, with the household's code, the member's relationship to the head and the head's name
(sometimes the head's id) repeated on every row; on the head's own row those columns are his or
her own. Foreign forms: the Philippine PhilSys number, the Indonesian NIK and KK number, the
Kenyan ID number, the Brazilian CPF (mod 11 digits) and NIS (PIS mod 11 digit)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _num, _pick
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_blind117_writers import _ID_PLACES, _nik, _nkk, _place, _psn
from lienthong.quality._corpus_blind206_writers import _cpf, _mod11, _nis

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_REL_M = ("Chủ hộ", "Chồng", "Con", "Cháu", "Bố", "Con", "Con rể", "Chủ hộ")
_VN_REL_F = ("Chủ hộ", "Vợ", "Con", "Cháu", "Mẹ", "Con", "Con dâu", "Vợ")
#: the head is a generation above these members, beside those, below the rest
_YOUNGER = ("Con", "Cháu", "Con rể", "Con dâu")
_ETHNIC = ("Kinh", "Tày", "Thái", "Mường", "Khmer", "H'Mông", "Nùng", "Dao")
_EDU = ("Tiểu học", "THCS", "THPT", "Chưa đi học", "Trung cấp", "Cao đẳng/ĐH")
_JOB = ("Làm nông", "Lao động tự do", "Công nhân", "Đang đi học", "Không có việc làm", "Nội trợ")
_HH_CLASS = ("Hộ nghèo", "Hộ cận nghèo", "Hộ nghèo (thiếu hụt nhà ở)", "Hộ thoát nghèo")
_RELIGION = ("Không", "Phật giáo", "Công giáo", "Tin lành", "Cao Đài", "Hòa Hảo")
_MARITAL = ("Chưa kết hôn", "Đã kết hôn", "Ly hôn", "Góa")
_BLOOD = ("O", "A", "B", "AB", "Chưa xác định")
_BIRTH_REG = (
    "UBND xã Quỳnh Lưu, tỉnh Nghệ An",
    "UBND phường Hương Sơ, tỉnh Thừa Thiên Huế",
    "UBND xã Tân Phú, tỉnh Đồng Nai",
    "UBND thị trấn Cầu Giát, tỉnh Nghệ An",
)
_HOMETOWN = ("Nghệ An", "Hà Tĩnh", "Thái Bình", "Quảng Nam", "Nam Định", "Thanh Hóa")
_KCB = (
    "TYT xã Bình Hưng",
    "TTYT huyện Bình Chánh",
    "BV quận 8",
    "Phòng khám ĐKKV An Lạc",
    "TYT xã Tân Kiên",
)
_SUPPORT = ("70%", "100% (DTTS)", "70%", "100% (huyện nghèo)")
_VICTIM = ("", "Trẻ em dưới 6 tuổi", "Người cao tuổi", "Người khuyết tật", "", "Phụ nữ mang thai")
_DAMAGE = ("Sập hoàn toàn", "Hư hỏng nặng >70%", "Ngập nước, hư hỏng một phần", "Tốc mái")
_LAND_KIND = ("LUC", "BHK", "CLN", "LUK", "NTS")
_PH_FAMILY = ("Dela Cruz", "Santos", "Reyes", "Bautista", "Mendoza", "Villanueva", "Macaraeg")
_PH_GIVEN_M = ("Jose", "Mark Anthony", "Juan Carlos", "Rodel", "Jerome", "Ramil")
_PH_GIVEN_F = ("Maria Cristina", "Rowena", "Jenny Rose", "Lourdes", "Angelica", "Marivic")
_PH_MIDDLE = ("Ramos", "Aquino", "Castillo", "Navarro", "Pascual", "Soriano")
_PH_REL = ("Head", "Spouse", "Son/Daughter", "Grandson/Granddaughter", "Father/Mother",
           "Son-in-law/Daughter-in-law", "Other relative")  # fmt: skip
_PH_PLACES = (
    ("Brgy. San Isidro", "Cainta", "Rizal"),
    ("Brgy. Poblacion", "Tagum City", "Davao del Norte"),
    ("Brgy. Lahug", "Cebu City", "Cebu"),
    ("Brgy. Bagong Silang", "Caloocan City", "NCR, Third District"),
    ("Brgy. Dolores", "San Fernando", "Pampanga"),
)
_PH_MARITAL = ("Single", "Married", "Widowed", "Common-law/Live-in", "Separated")
_ID_FAMILY_M = ("Budi Santoso", "Agus Setiawan", "Ahmad Fauzi", "Dedi Kurniawan", "Wahyu Hidayat")
_ID_FAMILY_F = ("Siti Aminah", "Sri Wahyuni", "Dewi Lestari", "Nur Hasanah", "Rina Marlina")
_ID_REL = ("KEPALA KELUARGA", "ISTRI", "ANAK", "ANAK", "CUCU", "MERTUA", "FAMILI LAIN")
_ID_RELIGION = ("ISLAM", "ISLAM", "KRISTEN", "KATHOLIK", "HINDU", "BUDDHA")
_ID_EDU = ("SLTA/SEDERAJAT", "TAMAT SD/SEDERAJAT", "SLTP/SEDERAJAT", "DIPLOMA IV/STRATA I",
           "TIDAK/BELUM SEKOLAH")  # fmt: skip
_ID_JOB = ("WIRASWASTA", "PELAJAR/MAHASISWA", "MENGURUS RUMAH TANGGA", "PETANI/PEKEBUN",
           "KARYAWAN SWASTA", "BELUM/TIDAK BEKERJA")  # fmt: skip
_ID_BIRTHPLACE = ("BANDUNG", "GARUT", "SLEMAN", "MALANG", "JAKARTA", "SURABAYA")
_KE_FAMILY = ("Otieno", "Kamau", "Mwangi", "Ochieng", "Kiprotich", "Njoroge", "Mutua", "Wafula")
_KE_GIVEN_M = ("John", "Peter", "Brian", "Samuel", "Dennis", "Joseph")
_KE_GIVEN_F = ("Mary", "Faith", "Grace", "Esther", "Mercy", "Purity")
_KE_REL = (
    "Head",
    "Spouse",
    "Son/Daughter",
    "Grandchild",
    "Parent",
    "Other relative",
    "Son/Daughter",
)
_KE_PLACES = (
    ("Kiambu", "Githunguri", "Ikinu", "Kagaa"),
    ("Kisumu", "Kisumu East", "Kolwa", "Nyalunya"),
    ("Nakuru", "Njoro", "Mauche", "Tuiyotich"),
    ("Machakos", "Mwala", "Masii", "Kathama"),
    ("Uasin Gishu", "Kesses", "Tulwet", "Chuiyat"),
)
_BR_FAMILY = ("da Silva", "dos Santos", "Oliveira", "Souza", "Pereira", "Ferreira", "Lima")
_BR_GIVEN_M = ("José Carlos", "João Pedro", "Francisco", "Antônio", "Lucas Gabriel", "Raimundo")
_BR_GIVEN_F = ("Maria José", "Ana Paula", "Francisca", "Antônia", "Luana Vitória", "Josefa")
_BR_REL = ("1 - Pessoa Responsável pela Unidade Familiar - RF", "2 - Cônjuge ou companheiro(a)",
           "3 - Filho(a)", "3 - Filho(a)", "5 - Neto(a) ou bisneto(a)", "6 - Pai ou mãe",
           "4 - Enteado(a)")  # fmt: skip
_BR_PLACES = (
    ("Rua São Francisco, 145, Bairro Pirambu", "60310-480", "Fortaleza", "CE"),
    ("Travessa Dom Pedro II, 32, Jardim Esperança", "66645-112", "Belém", "PA"),
    ("Rua Beira Rio, s/n, Vila Nova", "57020-690", "Maceió", "AL"),
    ("Avenida Brasil, 2210, Parque São Lucas", "03237-000", "São Paulo", "SP"),
    ("Rua do Sol, 78, Alto do Moura", "55012-070", "Caruaru", "PE"),
)


def _rel_vn(p: Person) -> str:
    return _pick(p, _VN_REL_M if p.male else _VN_REL_F, 7)


def _is_head(p: Person, rel: str) -> bool:
    return rel.upper().startswith(("CHỦ HỘ", "HEAD", "KEPALA", "1 -"))


def _head_vn(p: Person) -> str:
    rel = _rel_vn(p)
    if _is_head(p, rel):
        return p.full
    if rel in ("Vợ", "Chồng"):
        return _other_vn(p, 7, male=rel == "Vợ")
    return _other_vn(p, 7, male=True, family=p.family if rel in (*_YOUNGER, "Bố") else None)


def _head_year(p: Person, rel: str) -> int:
    if rel in _YOUNGER:
        return max(1930, p.birth.year - 24 - _num(p, 9))
    if rel in ("Vợ", "Chồng"):
        return p.birth.year + (3 if rel == "Vợ" else -2)
    return min(2004, p.birth.year + 22 + _num(p, 8))


def _head_cccd_vn(p: Person) -> str:
    rel = _rel_vn(p)
    if _is_head(p, rel):
        return p.cccd
    return _cccd_of(p, rel != "Chồng", _head_year(p, rel))


def _hh_code(p: Person) -> str:
    return f"{p.cccd[1:3]}{_num(p, 97):03d}{p.bhxh[-5:]}"


def _own_or(p: Person, rel: str, own: str, other: str) -> str:
    return own if _is_head(p, rel) else other


def _ph_full(p: Person, salt: int = 0) -> tuple[str, str, str]:
    given = _pick(p, _PH_GIVEN_M if p.male else _PH_GIVEN_F, salt + 1)
    return _pick(p, _PH_FAMILY, salt), given, _pick(p, _PH_MIDDLE, salt + 2)


def _ph_head(p: Person) -> str:
    rel = _pick(p, _PH_REL, 3)
    last, first, middle = _ph_full(p)
    if _is_head(p, rel):
        return f"{last.upper()}, {first.upper()} {middle[0]}."
    head_last = _pick(p, _PH_FAMILY, 5) if rel == "Son-in-law/Daughter-in-law" else last
    return f"{head_last.upper()}, {_pick(p, _PH_GIVEN_M, 6).upper()} {_pick(p, _PH_MIDDLE, 7)[0]}."


def _id_name(p: Person) -> str:
    return _pick(p, _ID_FAMILY_M if p.male else _ID_FAMILY_F, 2).upper()


def _id_head(p: Person) -> str:
    rel = _pick(p, _ID_REL, 4)
    return _own_or(p, rel, _id_name(p), _pick(p, _ID_FAMILY_M, 5).upper())


def _ke_name(p: Person) -> str:
    given = _pick(p, _KE_GIVEN_M if p.male else _KE_GIVEN_F, 2)
    return f"{given} {_pick(p, _KE_FAMILY, 3)} {_pick(p, _KE_FAMILY, 4)}"


def _ke_id(p: Person, salt: int = 0) -> str:
    digits = p.bhxh if salt == 0 else p.bhxh[::-1]
    return f"{int(digits[:8]) % 38_000_000 + 1_000_000:08d}"


def _ke_head(p: Person, what: int) -> str:
    rel = _pick(p, _KE_REL, 5)
    if _is_head(p, rel):
        return _ke_name(p) if what == 0 else _ke_id(p)
    if what == 0:
        return f"{_pick(p, _KE_GIVEN_M, 6)} {_pick(p, _KE_FAMILY, 7)} {_pick(p, _KE_FAMILY, 4)}"
    return _ke_id(p, 1)


def _br_name(p: Person, salt: int = 0, male: bool | None = None) -> str:
    is_male = p.male if male is None else male
    given = _pick(p, _BR_GIVEN_M if is_male else _BR_GIVEN_F, salt + 1)
    return f"{given} {_pick(p, _BR_FAMILY, salt + 2)} {_pick(p, _BR_FAMILY, salt)}".upper()


def _br_other_cpf(p: Person) -> str:
    base = f"{int(p.bhxh[::-1][:9]) % 999_999_998 + 1:09d}"
    one = _mod11(base, tuple(range(10, 1, -1)))
    two = _mod11(base + str(one), tuple(range(11, 1, -1)))
    return f"{base[:3]}.{base[3:6]}.{base[6:]}-{one}{two}"


def _br_head(p: Person, what: int) -> str:
    rel = _pick(p, _BR_REL, 4)
    if _is_head(p, rel):
        return _br_name(p) if what == 0 else _cpf(p)
    return _br_name(p, 5, male=int(p.bhxh) % 3 == 0) if what == 0 else _br_other_cpf(p)


WRITERS_BLIND360: dict[str, Callable[[Person, Col], object]] = {
    "hh_code360": lambda p, c: _hh_code(p),
    "rel360": lambda p, c: _rel_vn(p),
    "head_name360": lambda p, c: _head_vn(p),
    "head_cccd360": lambda p, c: _head_cccd_vn(p),
    "head_phone360": lambda p, c: _own_or(p, _rel_vn(p), p.phone, _other_phone(p)),
    "head_cmnd360": lambda p, c: _own_or(p, _rel_vn(p), p.cmnd, f"{p.cmnd[:2]}{p.bhxh[-7:]}"),
    "ethnic360": lambda p, c: _pick(p, _ETHNIC, 3),
    "edu360": lambda p, c: _pick(p, _EDU, 4),
    "job360": lambda p, c: _pick(p, _JOB, 5),
    "hh_class360": lambda p, c: _pick(p, _HH_CLASS, 6),
    "has_bhyt360": lambda p, c: _pick(p, ("Có", "Có", "Không"), 8),
    "religion360": lambda p, c: _pick(p, _RELIGION, 2),
    "marital360": lambda p, c: _pick(p, _MARITAL, 3),
    "blood360": lambda p, c: _pick(p, _BLOOD, 4),
    "birth_reg360": lambda p, c: _pick(p, _BIRTH_REG, 5),
    "hometown360": lambda p, c: _pick(p, _HOMETOWN, 6),
    "dossier360": lambda p, c: f"HS{p.cccd[:3]}.{p.bhxh[:6]}",
    "father360": lambda p, c: _other_vn(p, 9, male=True, family=p.family),
    "kcb360": lambda p, c: _pick(p, _KCB, 3),
    "support360": lambda p, c: _pick(p, _SUPPORT, 4),
    "decision360": lambda p, c: f"{_num(p, 900) + 100}/QĐ-UBND",
    "victim360": lambda p, c: _pick(p, _VICTIM, 5),
    "damage360": lambda p, c: _pick(p, _DAMAGE, 6),
    "rice360": lambda p, c: f"{15 * (_num(p, 3))}",
    "sheet360": lambda p, c: f"{_num(p, 40)}",
    "parcel360": lambda p, c: f"{_num(p, 600)}",
    "area360": lambda p, c: f"{_num(p, 3000) + 200:,}".replace(",", "."),
    "land_kind360": lambda p, c: _pick(p, _LAND_KIND, 3),
    "ph_hhid360": lambda p, c: f"{p.bhxh[:4]}-{p.bhxh[4:9]}-{_num(p, 99):03d}",
    "ph_last360": lambda p, c: _ph_full(p)[0],
    "ph_first360": lambda p, c: _ph_full(p)[1],
    "ph_middle360": lambda p, c: _ph_full(p)[2],
    "ph_rel360": lambda p, c: _pick(p, _PH_REL, 3),
    "ph_head360": lambda p, c: _ph_head(p),
    "ph_sex360": lambda p, c: "Male" if p.male else "Female",
    "ph_age360": lambda p, c: f"{2024 - p.birth.year}",
    "ph_marital360": lambda p, c: _pick(p, _PH_MARITAL, 4),
    "ph_psn360": lambda p, c: _psn(p),
    "ph_brgy360": lambda p, c: _pick(p, tuple(x[0] for x in _PH_PLACES), 8),
    "ph_city360": lambda p, c: _pick(p, tuple(x[1] for x in _PH_PLACES), 8),
    "ph_prov360": lambda p, c: _pick(p, tuple(x[2] for x in _PH_PLACES), 8),
    "ph_phone360": lambda p, c: f"09{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:]}",
    "id_kk360": lambda p, c: _nkk(p),
    "id_head360": lambda p, c: _id_head(p),
    "id_street360": lambda p, c: _place(p, _ID_PLACES)[0],
    "id_rtrw360": lambda p, c: f"{_num(p, 12):03d}/{_num(p, 9):03d}",
    "id_desa360": lambda p, c: _place(p, _ID_PLACES)[1],
    "id_kec360": lambda p, c: _place(p, _ID_PLACES)[2],
    "id_kab360": lambda p, c: _place(p, _ID_PLACES)[4],
    "id_name360": lambda p, c: _id_name(p),
    "id_nik360": lambda p, c: _nik(p),
    "id_sex360": lambda p, c: "LAKI-LAKI" if p.male else "PEREMPUAN",
    "id_birthplace360": lambda p, c: _pick(p, _ID_BIRTHPLACE, 3),
    "id_religion360": lambda p, c: _pick(p, _ID_RELIGION, 5),
    "id_edu360": lambda p, c: _pick(p, _ID_EDU, 6),
    "id_job360": lambda p, c: _pick(p, _ID_JOB, 7),
    "id_marital360": lambda p, c: _pick(p, ("KAWIN", "BELUM KAWIN", "CERAI MATI"), 8),
    "id_rel360": lambda p, c: _pick(p, _ID_REL, 4),
    "id_father360": lambda p, c: _pick(p, _ID_FAMILY_M, 9).upper(),
    "id_mother360": lambda p, c: _pick(p, _ID_FAMILY_F, 10).upper(),
    "ke_hh360": lambda p, c: f"{_num(p, 250):03d}",
    "ke_ea360": lambda p, c: f"{p.bhxh[:3]}{p.bhxh[5:9]}",
    "ke_name360": lambda p, c: _ke_name(p),
    "ke_rel360": lambda p, c: _pick(p, _KE_REL, 5),
    "ke_sex360": lambda p, c: "Male" if p.male else "Female",
    "ke_age360": lambda p, c: f"{2019 - p.birth.year}",
    "ke_id360": lambda p, c: _ke_id(p),
    "ke_head360": lambda p, c: _ke_head(p, 0),
    "ke_head_id360": lambda p, c: _ke_head(p, 1),
    "ke_county360": lambda p, c: _pick(p, tuple(x[0] for x in _KE_PLACES), 6),
    "ke_sub360": lambda p, c: _pick(p, tuple(x[1] for x in _KE_PLACES), 6),
    "ke_loc360": lambda p, c: _pick(p, tuple(x[2] for x in _KE_PLACES), 6),
    "ke_village360": lambda p, c: _pick(p, tuple(x[3] for x in _KE_PLACES), 6),
    "ke_phone360": lambda p, c: f"+254 7{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "ke_school360": lambda p, c: _pick(
        p, ("Primary", "Secondary", "None", "University", "Pre-primary"), 7
    ),
    "br_cod360": lambda p, c: f"{p.bhxh[:9]}{_num(p, 89) + 10}",
    "br_head360": lambda p, c: _br_head(p, 0),
    "br_head_cpf360": lambda p, c: _br_head(p, 1),
    "br_name360": lambda p, c: _br_name(p),
    "br_rel360": lambda p, c: _pick(p, _BR_REL, 4),
    "br_sex360": lambda p, c: "1 - Masculino" if p.male else "2 - Feminino",
    "br_nis360": lambda p, c: _nis(p),
    "br_cpf360": lambda p, c: _cpf(p),
    "br_mother360": lambda p, c: _br_name(p, 8, male=False),
    "br_street360": lambda p, c: _pick(p, tuple(x[0] for x in _BR_PLACES), 3),
    "br_cep360": lambda p, c: _pick(p, tuple(x[1] for x in _BR_PLACES), 3),
    "br_mun360": lambda p, c: _pick(p, tuple(x[2] for x in _BR_PLACES), 3),
    "br_uf360": lambda p, c: _pick(p, tuple(x[3] for x in _BR_PLACES), 3),
    "br_phone360": lambda p, c: f"({85 + _num(p, 3)}) 9{p.phone[2:6]}-{p.phone[6:]}",
    "br_income360": lambda p, c: f"{_num(p, 90) * 10},00",
}
