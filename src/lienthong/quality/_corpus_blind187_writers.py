"""How the people of the hundred-and-eighty-seventh part of the outside corpus (**blind 187**,
:mod:`lienthong.quality._corpus_blind187`) are written: four Vietnamese registers' own columns
(fish cages on Son La's reservoir, workers losing their jobs, occupational safety cards, people
with epilepsy managed in the community) and the Amazon's names, places, phones and numbers (the
Peruvian DNI beside its check character, the Ecuadorian cédula with its mod-10 digit, the
Venezuelan cédula ``V-12.345.678``, the CPF with its two mod-11 digits, the French NIR of a
birth in French Guiana with its key ``97 - n % 97``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind57_writers import _cpf
from lienthong.quality._corpus_blind65_writers import _dni, _dni_check
from lienthong.quality._corpus_blind144_writers import _ve_serial
from lienthong.quality._corpus_blind168_writers import _nir168

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam
#: (bản, xã, huyện) on the Da River reservoir
_SL = (
    ("Bản Phiêng Ngùa", "xã Chiềng Bằng", "huyện Quỳnh Nhai"),
    ("Bản Hua Ngùa", "xã Mường Giàng", "huyện Quỳnh Nhai"),
    ("Bản Tà Hộc", "xã Tà Hộc", "huyện Mai Sơn"),
    ("Bản Bó Ẩn", "xã Ít Ong", "huyện Mường La"),
    ("Bản Pá Uôn", "xã Mường Giàng", "huyện Quỳnh Nhai"),
    ("Bản Nà Lò", "xã Chiềng Lao", "huyện Mường La"),
)
_FISH = ("Cá rô phi đơn tính", "Cá lăng chấm", "Cá trắm cỏ", "Cá nheo Mỹ", "Cá diêu hồng")
_ANCHOR = ("Vùng hồ TĐ Sơn La", "Lòng hồ TĐ Sơn La - suối Nậm Giôn", "Vùng hồ TĐ Hòa Bình")
_JOBS = ("Công nhân may mũ giày", "Công nhân gò", "Tổ trưởng chuyền", "Công nhân đế", "QC")
_CONTRACTS = ("Không xác định thời hạn", "Xác định thời hạn 36 tháng", "Không xác định thời hạn")
_JOB_NOTES = ("Đã nhận QĐ thôi việc", "", "Chuyển TTDVVL hướng dẫn BHTN", "", "Chưa chốt sổ BHXH")
_STRICT = (
    "Vận hành nồi hơi",
    "Hàn điện",
    "Vận hành cầu trục",
    "Làm việc trên cao",
    "Vận hành xe nâng hàng",
    "Làm việc trong không gian hạn chế",
)
_EMPLOYERS = (
    ("Công ty TNHH Cơ khí Đông Á", "KCN Quang Minh, Mê Linh, Hà Nội"),
    ("Công ty CP Xây lắp Điện 1", "Số 18 Lý Văn Phức, Đống Đa, Hà Nội"),
    ("Công ty TNHH Thép Hòa Phát Hải Dương", "Xã Hiệp Sơn, Kinh Môn, Hải Dương"),
    ("Công ty CP Cảng Hải Phòng", "Số 8A Trần Phú, Ngô Quyền, Hải Phòng"),
)
_CLERKS = ("Nguyễn Thị Thu", "Phạm Văn Quý", "Lê Thị Hằng")
_DRUGS = ("Depakine 500mg", "Phenobarbital 100mg", "Carbamazepin 200mg", "Gardenal 0,1g")

# -- Peru: Asháninka communities of the Río Tambo
_ASH_FAMILY = ("Mahuanca", "Quinchori", "Chimanca", "Chiricente", "Shinquireti", "Pachari",
               "Rojas", "Huaman", "Samaniego", "Cuñachi")  # fmt: skip
_ASH_GIVEN_M = ("Moisés", "Elvis", "Isaac", "Nelson", "Ñaco")
_ASH_GIVEN_F = ("Ruth", "Nelida", "Luzmila", "Shirley", "Marisol", "Elena")
_ASH_CN = ("C.N. Poyeni", "C.N. Cutivireni", "C.N. Oviri", "C.N. Betania", "C.N. Quempiri")
_ASH_ANNEX = (
    "Sector Centro",
    "Anexo Shimpenchariato",
    "Anexo Tsoroja",
    "Sector Alto",
    "Anexo Otica",
)
_ASH_OFFICE = ("Comunero", "Comunero", "Jefe", "Secretario", "Tesorero", "Vocal", "Comunero")
_ASH_STANDING = ("Comunero activo", "Comunero activo", "Comunero calificado", "Comunero pasivo")

# -- Ecuador: Kichwa chakras of Napo
_NAPO_FAMILY = ("Grefa", "Shiguango", "Tapuy", "Alvarado", "Cerda", "Andi", "Aguinda", "Tanguila")
_NAPO_GIVEN_M = ("Wilson Fausto", "Carlos Alberto", "Segundo Elías", "Kevin Sumak", "Bolívar")
_NAPO_GIVEN_F = ("Rosa Elvira", "Nancy Yolanda", "Sisa Killa", "Mercedes", "Zoila Inés")
#: (comunidad, parroquia)
_NAPO = (
    ("Ayllu Llakta Sinchi Runa", "Ahuano"),
    ("Comunidad Runashitu", "Chontapunta"),
    ("Comunidad Pano", "Puerto Misahuallí"),
    ("Comunidad Ñukanchi Llakta", "Talag"),
    ("Comunidad Atacapi", "Tena"),
    ("Comunidad Santa Rita", "Archidona"),
)
_NAPO_CROPS = ("Cacao nacional, guayusa", "Guayusa, plátano, yuca", "Cacao, vainilla", "Cacao")
_NAPO_CERT = ("Orgánico (BCS)", "En transición", "Sin certificación", "Orgánico + comercio justo")
_NAPO_ASSOC = ("Asociación Kallari", "Asociación Wiñak", "Asociación Tsatsayaku")
_NAPO_TECH = ("Ing. Fausto Grefa", "Ing. Diana Cerda", "Téc. Luis Chimbo")

# -- Venezuela: fishermen of Zulia's Guajira
_ZU_FAMILY = ("Epiayú", "Uriana", "Ipuana", "Pushaina", "González", "Fernández", "Jusayú", "Boscán")
_ZU_GIVEN_M = ("José Gregorio", "Ramón Antonio", "Luis Alfonso", "Eudo", "Jairo Enrique")
_ZU_GIVEN_F = ("Yajaira", "Carmen Teresa", "Nelly Josefina", "Mileidys", "Rosa Amelia")
#: (sector, parroquia, municipio)
_ZU = (
    ("Caño Morita", "Sinamaica", "Guajira"),
    ("Laguna de Sinamaica - El Barro", "Alta Guajira", "Guajira"),
    ("Paraguaipoa", "Guajira", "Guajira"),
    ("Caimare Chico", "San Rafael", "Mara"),
    ("Isla de Toas", "Isla de Toas", "Almirante Padilla"),
)
_ZU_PEOPLE = ("Wayuu", "Añú", "Wayuu", "No indígena", "Wayuu")
_ZU_GEAR = ("Red de ahorque", "Palangre", "Chinchorro playero", "Nasa (cangrejo)", "Atarraya")

# -- Brazil: riverside families of Amazonas
_AM_FAMILY = ("da Silva", "Ferreira", "Cardoso", "Batalha", "Marinho", "dos Santos", "Tananta")
_AM_GIVEN_M = ("Raimundo Nonato", "Francisco", "Josué", "Manoel", "Edivaldo", "Sebastião")
_AM_GIVEN_F = ("Maria das Dores", "Francisca", "Rosilene", "Raimunda", "Antônia", "Elizângela")
#: (comunidade, reserva, calha, município)
_AM = (
    ("Comunidade Bauana", "RDS Uacari", "Médio Juruá", "Carauari"),
    ("Comunidade Tumbira", "RDS do Rio Negro", "Rio Negro", "Iranduba"),
    ("Comunidade Boa Esperança", "RDS Mamirauá", "Médio Solimões", "Uarini"),
    ("Comunidade São João do Tupé", "RDS do Tupé", "Rio Negro", "Manaus"),
    ("Comunidade Nova Esperança", "RDS Uatumã", "Uatumã", "São Sebastião do Uatumã"),
)
_AM_STATUS = ("Ativo", "Ativo", "Ativo", "Suspenso (falta de reunião)", "Cancelado")

# -- French Guiana: the Maroni and the Lawa
_GF_FAMILY = ("TOLINGA", "ASAITI", "SABAJO", "ALOÏKE", "OPOYA", "DOUDOU", "MISIEDJAN", "ADJAKO")
_GF_GIVEN_M = ("Antoine", "Kwasi", "Jean-Claude", "Sylvio", "Aimawale", "Bruno")
_GF_GIVEN_F = ("Akoeba", "Marie-Claire", "Sandrine", "Ama", "Mélissa", "Tasikale")
#: (village, commune, code postal)
_GF = (
    ("Kampu Loka", "Papaïchton", "97316"),
    ("Twenké", "Maripasoula", "97370"),
    ("Taluen", "Maripasoula", "97370"),
    ("Apagui", "Grand-Santi", "97340"),
    ("Maïman", "Apatou", "97317"),
    ("Antecume Pata", "Maripasoula", "97370"),
)
#: (lieu de naissance, commune code in the NIR)
_GF_BIRTH = (
    ("Saint-Laurent-du-Maroni (973)", "11"),
    ("Cayenne (973)", "02"),
    ("Maripasoula (973)", "53"),
    ("Grand-Santi (973)", "57"),
)
_GF_LANG = ("Aluku", "Ndjuka", "Wayana", "Teko", "Pamaka", "Sranan tongo")
_GF_MEDIATORS = ("Mme Amania (médiatrice)", "M. Deie (DAAC)", "Sans médiateur", "Mme Tolinga")
_GF_REQUESTS = (
    "Ouverture de droits PUMa",
    "CSS",
    "Carte Vitale",
    "PUMa + CSS",
    "Renouvellement CSS",
)
_GF_MISSING = ("", "Acte de naissance", "Justificatif de domicile", "RIB", "", "Avis d'imposition")


def _at(p: Person, table: tuple[tuple[str, ...], ...], salt: int = 3) -> tuple[str, ...]:
    return table[int(p.bhxh) // (salt * 11 + 1) % len(table)]


def _ash_name(p: Person) -> str:
    given = _by_sex(p, _ASH_GIVEN_M, _ASH_GIVEN_F, 2)
    family = f"{_pick(p, _ASH_FAMILY, 3)} {_pick(p, _ASH_FAMILY, 5)}"
    return f"{family.upper()}, {given}" if int(p.bhxh) % 2 else f"{family} {given}"


def _cedula_napo(p: Person) -> str:
    """A cédula of Napo (15) or Orellana (22): the third digit under 6, six digits, the mod-10
    digit (Luhn over the nine)."""
    body = f"{_pick(p, ('15', '15', '22'), 4)}{int(p.bhxh[1]) % 6}{p.bhxh[-6:]}"
    return _luhn(body)


def _cedula_zu(p: Person) -> str:
    number = f"{_ve_serial(p):,}".replace(",", ".")
    return f"V-{number}" if _num(p, 4) else f"V{_ve_serial(p)}"


def _zu_phone(p: Person) -> str:
    lead = _pick(p, ("0414", "0424", "0416", "0261", "0426"), 5)
    return f"{lead}-{p.phone[3:10]}" if _num(p, 3) else f"{lead}{p.phone[3:10]}"


def _am_phone(p: Person) -> str:
    ddd = _pick(p, ("92", "97", "97"), 6)
    return f"({ddd}) 9{p.phone[2:6]}-{p.phone[6:10]}"


def _gf_phone(p: Person) -> str:
    digits = f"0694{p.phone[4:10]}"
    return " ".join(digits[i : i + 2] for i in range(0, 10, 2)) if _num(p, 3) else digits


def _carer(p: Person) -> str:
    kin = _pick(p, ("mẹ", "bố", "vợ", "chồng", "con gái", "chị gái"), 6)
    return f"{_other_vn(p, 4, male=kin in ('bố', 'chồng'))} ({kin})"


def _card_end(p: Person) -> str:
    return f"{_shift_date(p.other_date, 2):%d/%m/%Y}"


WRITERS_BLIND187: dict[str, Callable[[Person, Col], object]] = {
    # fish cages on Son La's reservoir
    "addr_sl187": lambda p, c: ", ".join(_at(p, _SL)) + ", tỉnh Sơn La",
    "cages187": lambda p, c: str(2 + _num(p, 12)),
    "cage_volume187": lambda p, c: str((2 + _num(p, 12)) * 108),
    "fish187": lambda p, c: _pick(p, _FISH, 3),
    "anchorage187": lambda p, c: f"{_pick(p, _ANCHOR, 4)}, cách bờ {20 + _num(p, 80)}m",
    "cage_permit187": lambda p, c: f"{_num(p, 90) + 1}/GP-UBND",
    "fish_output187": lambda p, c: f"{1 + _num(p, 30) / 4:.1f}".replace(".", ","),
    # workers losing their jobs under a labour-use plan
    "staff187": lambda p, c: f"PY{p.bhxh[-6:]}",
    "job187": lambda p, c: _pick(p, _JOBS, 2),
    "contract187": lambda p, c: _pick(p, _CONTRACTS, 3),
    "severance187": lambda p, c: f"{(2 + _num(p, 20)) * 5_860_000:,}".replace(",", "."),
    "job_note187": lambda p, c: _pick(p, _JOB_NOTES, 4),
    # occupational safety cards, group 3
    "safety_card187": lambda p, c: f"{p.bhxh[-5:]}/{p.other_date.year}/ATVSLĐ-N3",
    "strict_work187": lambda p, c: _pick(p, _STRICT, 2),
    "employer187": lambda p, c: _at(p, _EMPLOYERS, 4)[0],
    "employer_addr187": lambda p, c: _at(p, _EMPLOYERS, 4)[1],
    "score187": lambda p, c: f"{5 + _num(p, 5)}/10",
    "card_end187": lambda p, c: _card_end(p),
    "clerk187": lambda p, c: _pick(p, _CLERKS, 5),
    # people with epilepsy managed in the community
    "epi_code187": lambda p, c: f"ĐK-{p.bhxh[-4:]}",
    "carer187": lambda p, c: _carer(p),
    "carer_phone187": lambda p, c: _other_phone(p),
    "onset_year187": lambda p, c: str(min(p.birth.year + 3 + _num(p, 20), 2024)),
    "epi_drug187": lambda p, c: _pick(p, _DRUGS, 3),
    "seizures187": lambda p, c: str(_num(p, 6)),
    # Peru: comuneros of an Asháninka native community
    "ash_name187": lambda p, c: _ash_name(p),
    "dni_ash187": lambda p, c: _dni(p),
    "dni_dv187": lambda p, c: _dni_check(p, letters=_num(p, 5) == 2),
    "ash_sex187": lambda p, c: "M" if p.male else "F",
    "ash_civil187": lambda p, c: _pick(
        p, ("Conviviente", "Casado(a)", "Soltero(a)", "Viudo(a)"), 4
    ),
    "ash_annex187": lambda p, c: _pick(p, _ASH_ANNEX, 5),
    "ash_cn187": lambda p, c: _pick(p, _ASH_CN, 6),
    "ash_office187": lambda p, c: _pick(p, _ASH_OFFICE, 7),
    "ash_standing187": lambda p, c: _pick(p, _ASH_STANDING, 8),
    "ash_phone187": lambda p, c: f"9{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "ash_print187": lambda p, c: _pick(p, ("Firma", "Huella digital", "Firma", "Huella")),
    # Ecuador: Kichwa chakra producers of Napo
    "cedula_napo187": lambda p, c: _cedula_napo(p),
    "napo_family187": lambda p, c: f"{_pick(p, _NAPO_FAMILY, 2)} {_pick(p, _NAPO_FAMILY, 5)}",
    "napo_given187": lambda p, c: _by_sex(p, _NAPO_GIVEN_M, _NAPO_GIVEN_F, 3),
    "napo_sex187": lambda p, c: (
        ("Kari / H" if p.male else "Warmi / M") if _num(p, 2) else ("H" if p.male else "M")
    ),
    "napo_llakta187": lambda p, c: _at(p, _NAPO)[0],
    "napo_parish187": lambda p, c: _at(p, _NAPO)[1],
    "napo_phone187": lambda p, c: f"09{p.phone[2:10]}",
    "chakra_ha187": lambda p, c: f"{0.5 + _num(p, 8) / 2:.1f}",
    "napo_crops187": lambda p, c: _pick(p, _NAPO_CROPS, 4),
    "napo_cert187": lambda p, c: _pick(p, _NAPO_CERT, 5),
    "napo_assoc187": lambda p, c: _pick(p, _NAPO_ASSOC, 6),
    "napo_tech187": lambda p, c: _pick(p, _NAPO_TECH, 7),
    # Venezuela: artisanal fishermen of Zulia's Guajira
    "cedula_zu187": lambda p, c: _cedula_zu(p),
    "zu_name187": lambda p, c: (
        f"{_by_sex(p, _ZU_GIVEN_M, _ZU_GIVEN_F, 2)} {_pick(p, _ZU_FAMILY, 3)}"
        f" {_pick(p, _ZU_FAMILY, 6)}"
    ),
    "zu_sex187": lambda p, c: "M" if p.male else "F",
    "zu_people187": lambda p, c: _pick(p, _ZU_PEOPLE, 4),
    "zu_sector187": lambda p, c: _at(p, _ZU)[0],
    "zu_parish187": lambda p, c: _at(p, _ZU)[1],
    "zu_muni187": lambda p, c: _at(p, _ZU)[2],
    "zu_phone187": lambda p, c: _zu_phone(p),
    "zu_card187": lambda p, c: f"ZU-{p.bhxh[-6:]}",
    "zu_council187": lambda p, c: f"CPA {_at(p, _ZU)[0].split(' - ')[0]}",
    "zu_boat187": lambda p, c: (
        f"{_pick(p, ('La Wayuu', 'Mi Yajaira', 'Don Chepe'), 5)} / AMAR-{p.bhxh[:4]}"
    ),
    "zu_gear187": lambda p, c: _pick(p, _ZU_GEAR, 6),
    # Brazil: Bolsa Floresta families of Amazonas
    "am_name187": lambda p, c: (
        f"{_by_sex(p, _AM_GIVEN_M, _AM_GIVEN_F, 2)} {_pick(p, _AM_FAMILY, 3)}"
    ),
    "cpf_am187": lambda p, c: _cpf(p) if _num(p, 3) else _cpf(p).replace(".", "").replace("-", ""),
    "am_nis187": lambda p, c: f"1{p.bhxh}",
    "am_sex187": lambda p, c: (
        _pick(p, ("M", "Masculino")) if p.male else _pick(p, ("F", "Feminino"))
    ),
    "am_community187": lambda p, c: _at(p, _AM)[0],
    "am_reserve187": lambda p, c: _at(p, _AM)[1],
    "am_river187": lambda p, c: _at(p, _AM)[2],
    "am_muni187": lambda p, c: _at(p, _AM)[3],
    "am_phone187": lambda p, c: _am_phone(p),
    "am_household187": lambda p, c: str(2 + _num(p, 9)),
    "am_status187": lambda p, c: _pick(p, _AM_STATUS, 4),
    # French Guiana: the health insurance fund's itinerant office
    "gf_file187": lambda p, c: f"PI-{_at(p, _GF)[1][:3].upper()}-{p.bhxh[-5:]}",
    "gf_family187": lambda p, c: _pick(p, _GF_FAMILY, 2),
    "gf_given187": lambda p, c: _by_sex(p, _GF_GIVEN_M, _GF_GIVEN_F, 3),
    "nir_gf187": lambda p, c: _nir168(p, "973", _at(p, _GF_BIRTH, 5)[1]),
    "gf_sex187": lambda p, c: "M" if p.male else "F",
    "gf_birthplace187": lambda p, c: _at(p, _GF_BIRTH, 5)[0],
    "gf_village187": lambda p, c: _at(p, _GF)[0],
    "gf_commune187": lambda p, c: _at(p, _GF)[1],
    "gf_cp187": lambda p, c: _at(p, _GF)[2],
    "gf_phone187": lambda p, c: _gf_phone(p),
    "gf_lang187": lambda p, c: _pick(p, _GF_LANG, 4),
    "gf_mediator187": lambda p, c: _pick(p, _GF_MEDIATORS, 5),
    "gf_request187": lambda p, c: _pick(p, _GF_REQUESTS, 6),
    "gf_missing187": lambda p, c: _pick(p, _GF_MISSING, 7),
}
