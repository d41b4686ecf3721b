"""How the people of the sixtieth part of the outside corpus (**blind 60**,
:mod:`lienthong.quality._corpus_blind60`) are written: four Vietnamese files' own columns (a
doctor's practising licence, qualification, scope and clinic; a child's age-bound birth date and
personal number beside the mother, the vitamin A dose and the deworming tablet; an owner's flat,
floor area and votes; a resident's vehicle, plate and parking place) and Mombasa, Lapland, Busan,
Rio de Janeiro and Cebu names, addresses, phones and identity numbers in the forms their cards
show (the Kenyan ID beside the SHA number; the henkilötunnus with its century sign and mod-31
character; the resident registration number's weighted check digit beside the health insurance
card number; the CPF's two digits and the NIS/PIS's weighted digit; the PhilSys card number beside
the PhilHealth number)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_people import _cpf

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_TITLES = ("Bác sỹ", "Bác sĩ", "Y sỹ", "Điều dưỡng", "Hộ sinh", "Kỹ thuật y")
_VN_DEGREES = (
    "Bác sĩ Y khoa - ĐH Y Dược TP.HCM",
    "Bác sĩ CKI Nội khoa - ĐH Y khoa Phạm Ngọc Thạch",
    "Cử nhân Điều dưỡng - ĐH Y Dược Cần Thơ",
    "Y sĩ đa khoa - CĐ Y tế Đồng Nai",
    "Bác sĩ Răng Hàm Mặt - ĐH Y Hà Nội",
)
_VN_SCOPES = (
    "Khám bệnh, chữa bệnh chuyên khoa Nội",
    "Khám bệnh, chữa bệnh chuyên khoa Răng Hàm Mặt",
    "KB, CB đa khoa",
    "Thực hiện kỹ thuật điều dưỡng theo TT 32/2023/TT-BYT",
    "Khám bệnh, chữa bệnh chuyên khoa Nhi",
)
_VN_CLINICS = (
    ("Phòng khám đa khoa Hòa Hảo", "254 Hòa Hảo, Phường Vườn Lài, TP. Hồ Chí Minh"),
    ("PK chuyên khoa RHM Nụ Cười Việt", "61 Nguyễn Trãi, Phường Bến Thành, TP. Hồ Chí Minh"),
    ("Phòng khám Nhi An Khang", "18 Đường số 7, Phường Bình Trị Đông, TP. Hồ Chí Minh"),
    ("Bệnh viện Quận Tân Phú", "609-611 Âu Cơ, Phường Tân Phú, TP. Hồ Chí Minh"),
)
_VN_PRACTICE = ("BV Chợ Rẫy", "BV Nhân dân 115", "BV Nhi Đồng 1", "BV Răng Hàm Mặt TW TP.HCM")
_VN_HAMLETS = ("Ấp 1", "Ấp 2", "Ấp Bình Thạnh", "Ấp Tân Lập", "Ấp Mỹ Hòa")
_VN_TOWERS = ("A", "B", "C", "S1", "S2")
_VN_CANDIDATES = (
    "Nguyễn Văn Hùng, Trần Thị Mai, Lê Quốc Bảo",
    "Trần Thị Mai, Phạm Minh Tuấn",
    "Nguyễn Văn Hùng, Lê Quốc Bảo, Phạm Minh Tuấn",
    "Không bầu",
)
_VN_VEHICLES = ("Ô tô con 5 chỗ", "Ô tô 7 chỗ", "Xe máy", "Xe máy điện", "Ô tô bán tải")
_VN_CAR_BRANDS = ("Toyota Vios", "VinFast VF5", "Mazda CX-5", "Kia Morning", "Ford Ranger")
_VN_BIKE_BRANDS = ("Honda Wave Alpha", "Honda Vision", "Yamaha Sirius", "VinFast Evo200")
_VN_COLOURS = ("Trắng", "Đen", "Bạc", "Đỏ", "Xanh")
_VN_SPOTS = (
    "Lòng đường bên lẻ, hẻm 45",
    "Bãi xe tạm công viên khu phố 3",
    "Vỉa hè trước nhà (ban đêm)",
    "Bãi đỗ Trường TH Lê Lợi (18h-6h)",
)
_KE_FAMILY = ("Mwinyi", "Hamisi", "Otieno", "Kamau", "Mohamed", "Karisa", "Chengo", "Achieng")
_KE_GIVEN_M = ("Omar Abdalla", "Kahindi", "Juma Said", "Peter Mwangi", "Athman", "Baraka")
_KE_GIVEN_F = ("Mwanajuma", "Grace Wanjiku", "Fatuma Ali", "Kadzo", "Rehema", "Mercy Akinyi")
_KE_PLACES = (
    ("Nyali", "Frere Town"),
    ("Nyali", "Kongowea"),
    ("Kisauni", "Bamburi"),
    ("Kisauni", "Mjambere"),
    ("Likoni", "Shika Adabu"),
    ("Changamwe", "Port Reitz"),
    ("Mvita", "Majengo"),
    ("Jomvu", "Miritini"),
)
_KE_UNITS = ("Bamburi CHU", "Frere Town CHU", "Majengo Mapya CHU", "Mtongwe CHU")
_KE_EMPLOYERS = ("Kenya Ports Authority", "Bamburi Cement", "Self-employed", "Jua Kali", "")
_FI_FAMILY = ("Aikio", "Magga", "Näkkäläjärvi", "Guttorm", "Länsman", "Korhonen", "Väisänen")
_FI_GIVEN_M = ("Niillas", "Ásllat", "Juhani", "Pekka Antero", "Matti", "Jouni")
_FI_GIVEN_F = ("Elle", "Máret", "Anni", "Kaisa Marjatta", "Sanna", "Inga")
_FI_PLACES = (
    ("Piiskuntie 5 A 3", "99870", "Inari"),
    ("Ivalontie 12 B 8", "99800", "Ivalo"),
    ("Utsjoentie 24", "99980", "Utsjoki"),
    ("Karigasniementie 3", "99950", "Karigasniemi"),
    ("Ounastie 11", "99400", "Enontekiö"),
    ("Jäämerentie 9 as. 4", "99600", "Sodankylä"),
    ("Koskikatu 25 C 17", "96100", "Rovaniemi"),
)
_FI_LANGS = ("suomi", "pohjoissaame", "inarinsaame", "koltansaame", "suomi")
_FI_SERVICES = ("kotihoito", "ateriapalvelu", "turvapuhelin", "omaishoidon tuki")
_KR_FAMILY = ("김", "이", "박", "최", "정", "강", "조", "윤")
_KR_GIVEN_M = ("민준", "성호", "영수", "동현", "상철", "재훈")
_KR_GIVEN_F = ("영희", "미경", "순자", "지영", "은정", "말순")
_KR_PLACES = (
    ("부산광역시 해운대구 좌동로 63, 102동 1304호 (중동)", "해운대구", "중2동"),
    ("부산광역시 부산진구 중앙대로 708, 3층 (부전동)", "부산진구", "부전1동"),
    ("부산광역시 사하구 낙동대로 398, 105동 702호 (하단동)", "사하구", "하단1동"),
    ("부산광역시 영도구 태종로 423, 2층 (청학동)", "영도구", "청학2동"),
    ("부산광역시 동래구 충렬대로 237, 101동 1802호 (온천동)", "동래구", "온천1동"),
    ("부산광역시 수영구 광안해변로 219, 1503호 (광안동)", "수영구", "광안2동"),
)
_BR_FAMILY = ("Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues")
_BR_GIVEN_M = ("José Carlos", "Luiz Fernando", "Antônio", "João Victor", "Francisco")
_BR_GIVEN_F = ("Maria das Graças", "Ana Cláudia", "Jéssica", "Luciana", "Francisca")
_BR_PLACES = (
    ("Rua Cândido Benício, 2450, apto 301", "Praça Seca", "21321-800"),
    ("Rua Barão de Mesquita, 891, bl. 2 apto 104", "Tijuca", "20540-004"),
    ("Av. Brasil, 23500, casa 7", "Guadalupe", "21670-000"),
    ("Rua Dias da Cruz, 344, fundos", "Méier", "20720-011"),
    ("Estrada do Mendanha, 3900", "Campo Grande", "23087-285"),
    ("Travessa Oliveira, 12", "Rocinha", "22451-040"),
)
_BR_CRAS = ("CRAS Maria Thereza Vieira", "CRAS Zilda Arns", "CRAS Padre Guilherme Decaminada")
_PH_FAMILY = ("Dela Cruz", "Cabahug", "Villamor", "Abellana", "Ouano", "Sanchez", "Tan")
_PH_GIVEN_M = ("Juan Miguel", "Rodrigo", "Jose Mari", "Alvin", "Rey")
_PH_GIVEN_F = ("Maria Cristina", "Jessa Mae", "Lourdes", "Ana Liza", "Rosalie")
_PH_PLACES = (
    ("123 M.J. Cuenco Ave.", "Mabolo", "Cebu City"),
    ("Sitio Lawis, Purok 5", "Pardo", "Cebu City"),
    ("45-B P. del Rosario St.", "Sambag I", "Cebu City"),
    ("Blk 4 Lot 12, Pacific Grand Villas", "Marigondon", "Lapu-Lapu City"),
    ("78 A.S. Fortuna St.", "Bakilid", "Mandaue City"),
    ("Purok Mangga", "Guadalupe", "Cebu City"),
)
_PH_MEMBERSHIP = ("Indirect - 4Ps", "Direct - Employed Private", "Senior Citizen", "LGU-sponsored")
_FI_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def _safe(year: int, month: int, day: int) -> date:
    """A date, 29 February falling back to the 28th in a common year."""
    try:
        return date(year, month, day)
    except ValueError:
        return date(year, month, 28)


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 9 % len(places)]


def _child_birth(p: Person) -> date:
    """A child in the June 2026 round: 6 to 60 months old, the person's own day and month."""
    year = 2021 + int(p.bhxh[1]) % 5
    month = max(p.birth.month, 7) if year == 2021 else p.birth.month
    return _safe(year, month, p.birth.day)


def _months(p: Person) -> int:
    born = _child_birth(p)
    return (2026 - born.year) * 12 + 6 - born.month


def _car(p: Person) -> bool:
    return _pick(p, _VN_VEHICLES, 2).startswith("Ô")


def _kenya_id(p: Person) -> str:
    """A Kenyan ID number (no check digit): seven digits for older holders, eight for later."""
    if p.birth.year < 1970:
        return f"{1 + int(p.bhxh[0]) % 9}{p.bhxh[1:7]}"
    return f"{2 + int(p.bhxh[0]) % 2}{p.bhxh[1:8]}"


def _hetu(p: Person) -> str:
    """A henkilötunnus ``DDMMYY-NNNC``: century sign, an individual number odd for men, and the
    remainder by 31 of the nine digits picking the check character."""
    n = 2 + int(p.bhxh[:3]) % 896
    n += (n % 2 == 1) != p.male
    sign = "A" if p.birth.year >= 2000 else "-"
    return f"{p.birth:%d%m%y}{sign}{n:03d}{_FI_CHECK[int(f'{p.birth:%d%m%y}{n:03d}') % 31]}"


def _rrn(p: Person) -> str:
    """A Korean resident registration number ``YYMMDD-GBBBBBC`` with the 2…9,2…5 weighted
    digit; G says century and sex."""
    g = (1 if p.birth.year < 2000 else 3) + (0 if p.male else 1)
    body = f"{p.birth:%y%m%d}{g}{p.bhxh[2:7]}"
    total = sum(
        int(ch) * w for ch, w in zip(body, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5), strict=True)
    )
    return f"{body[:6]}-{body[6:]}{(11 - total % 11) % 10}"


def _nis(p: Person) -> str:
    """A NIS/PIS ``123.45678.90-1``: ten digits weighted 3,2,9…2 and 11 less the remainder."""
    body = f"{1 + int(p.bhxh[0]) % 2}{p.bhxh[1:]}"
    rest = (
        11
        - sum(int(ch) * w for ch, w in zip(body, (3, 2, 9, 8, 7, 6, 5, 4, 3, 2), strict=True)) % 11
    )
    return f"{body[:3]}.{body[3:8]}.{body[8:]}-{0 if rest >= 10 else rest}"


def _pcn(p: Person) -> str:
    digits = f"{p.bhxh[::-1]}{p.bhxh[3:9]}"
    return f"{digits[:4]}-{digits[4:8]}-{digits[8:12]}-{digits[12:]}"


WRITERS_BLIND60: dict[str, Callable[[Person, Col], object]] = {
    "licence60": lambda p, c: f"{p.bhxh[-6:]}/HCM-GPHN",
    "old_cchn60": lambda p, c: "" if int(p.bhxh) % 3 == 0 else f"{p.bhxh[2:8]}/HCM-CCHN",
    "title60": lambda p, c: _pick(p, _VN_TITLES, 2),
    "degree60": lambda p, c: _pick(p, _VN_DEGREES, 3),
    "scope60": lambda p, c: _pick(p, _VN_SCOPES, 4),
    "practice60": lambda p, c: _pick(p, _VN_PRACTICE, 5),
    "clinic60": lambda p, c: _place(p, _VN_CLINICS)[0],
    "clinic_addr60": lambda p, c: _place(p, _VN_CLINICS)[1],
    "head60": lambda p, c: f"BS. {_other_vn(p, 6)}",
    "hours60": lambda p, c: _pick(p, ("T2-T6: 17h-20h", "T7, CN: 7h-11h", "Toàn thời gian"), 6),
    "child_birth60": lambda p, c: f"{_child_birth(p):%d/%m/%Y}",
    "child_id60": lambda p, c: _cccd_of(p, p.male, _child_birth(p).year),
    "dose_day60": lambda p, c: f"0{_num(p, 3)}/06/2026",
    "months60": lambda p, c: str(_months(p)),
    "mother60": lambda p, c: _other_vn(p, 3, False),
    "mother_year60": lambda p, c: str(_child_birth(p).year - 20 - int(p.bhxh[4]) % 15),
    "mother_phone60": lambda p, c: _other_phone(p, "09"),
    "hamlet60": lambda p, c: _pick(p, _VN_HAMLETS, 2),
    "vita60": lambda p, c: "100.000 UI (xanh)" if _months(p) < 12 else "200.000 UI (đỏ)",
    "deworm60": lambda p, c: "Mebendazol 500mg" if _months(p) >= 24 else "",
    "weight60": lambda p, c: f"{6 + _months(p) // 5 + _num(p, 3)},{_num(p, 9)}",
    "flat60": lambda p, c: f"{_pick(p, _VN_TOWERS, 2)}-{_num(p, 25) + 1:02d}{_num(p, 12):02d}",
    "area60": lambda p, c: f"{_num(p, 80) + 45},{_num(p, 9)}",
    "votes60": lambda p, c: str(_num(p, 80) + 45),
    "gcn60": lambda p, c: f"CS {p.bhxh[-6:]}" if int(p.bhxh) % 4 else "Chưa cấp sổ",
    "proxy60": lambda p, c: "" if int(p.bhxh) % 3 else f"{_other_vn(p, 8)} (ủy quyền)",
    "choice60": lambda p, c: _pick(p, _VN_CANDIDATES, 3),
    "permit60": lambda p, c: f"ĐX-{p.bhxh[-4:]}/2026",
    "vehicle60": lambda p, c: _pick(p, _VN_VEHICLES, 2),
    "brand60": lambda p, c: _pick(p, _VN_CAR_BRANDS if _car(p) else _VN_BIKE_BRANDS, 3),
    "colour60": lambda p, c: _pick(p, _VN_COLOURS, 4),
    "plate60": lambda p, c: (
        f"51K-{p.bhxh[-5:-2]}.{p.bhxh[-2:]}"
        if _car(p)
        else f"59-X{p.bhxh[0]} {p.bhxh[-5:-2]}.{p.bhxh[-2:]}"
    ),
    "tdp60": lambda p, c: f"KP {_num(p, 9)}",
    "own_ward60": lambda p, c: p.address.split(", ")[1],
    "spot60": lambda p, c: _pick(p, _VN_SPOTS, 5),
    "fee60": lambda p, c: "300.000" if _car(p) else "",
    "ke_name60": lambda p, c: (
        f"{_by_sex(p, _KE_GIVEN_M, _KE_GIVEN_F, 1)} {_pick(p, _KE_FAMILY, 2)}"
    ),
    "ke_id60": lambda p, c: _kenya_id(p),
    "sha60": lambda p, c: f"CR{p.bhxh}{p.bhxh[2:5]}-{p.bhxh[6]}",
    "sex_ke60": lambda p, c: "Mwanaume" if p.male else "Mwanamke",
    "phone_ke60": lambda p, c: (
        f"07{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}"
        if int(p.bhxh) % 2
        else f"+254 7{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "subcounty_ke60": lambda p, c: _place(p, _KE_PLACES)[0],
    "ward_ke60": lambda p, c: _place(p, _KE_PLACES)[1],
    "chu_ke60": lambda p, c: _pick(p, _KE_UNITS, 3),
    "chp_ke60": lambda p, c: f"{_pick(p, _KE_GIVEN_F, 4)} {_pick(p, _KE_FAMILY, 5)}",
    "employer_ke60": lambda p, c: _pick(p, _KE_EMPLOYERS, 6),
    "contrib_ke60": lambda p, c: f"{max(300, _num(p, 40) * 75):,}",
    "hetu60": lambda p, c: _hetu(p),
    "fi_family60": lambda p, c: _pick(p, _FI_FAMILY, 2),
    "fi_given60": lambda p, c: _by_sex(p, _FI_GIVEN_M, _FI_GIVEN_F, 1),
    "sex_fi60": lambda p, c: "mies" if p.male else "nainen",
    "lang_fi60": lambda p, c: _pick(p, _FI_LANGS, 3),
    "street_fi60": lambda p, c: _place(p, _FI_PLACES)[0],
    "postnr_fi60": lambda p, c: _place(p, _FI_PLACES)[1],
    "town_fi60": lambda p, c: _place(p, _FI_PLACES)[2],
    "phone_fi60": lambda p, c: f"04{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}{p.bhxh[-1]}",
    "kin_fi60": lambda p, c: f"{_by_sex(p, _FI_GIVEN_F, _FI_GIVEN_M, 5)} {_pick(p, _FI_FAMILY, 6)}",
    "kin_phone_fi60": lambda p, c: f"+358 50 {p.bhxh[-7:]}",
    "service_fi60": lambda p, c: _pick(p, _FI_SERVICES, 4),
    "nurse_fi60": lambda p, c: _pick(p, ("Inga Valle", "Riikka Sarre", "Piia Lukkari"), 7),
    "rrn60": lambda p, c: _rrn(p),
    "kr_name60": lambda p, c: _pick(p, _KR_FAMILY, 2) + _by_sex(p, _KR_GIVEN_M, _KR_GIVEN_F, 1),
    "sex_kr60": lambda p, c: "남" if p.male else "여",
    "nhis60": lambda p, c: f"{1 + int(p.bhxh[0]) % 8}{p.bhxh}",
    "cover_kr60": lambda p, c: _pick(p, ("건강보험(직장)", "건강보험(지역)", "의료급여 1종"), 3),
    "addr_kr60": lambda p, c: _place(p, _KR_PLACES)[0],
    "gu_kr60": lambda p, c: _place(p, _KR_PLACES)[1],
    "dong_kr60": lambda p, c: _place(p, _KR_PLACES)[2],
    "phone_kr60": lambda p, c: f"010-{p.phone[2:6]}-{p.phone[6:10]}",
    "guard_kr60": lambda p, c: _pick(p, _KR_FAMILY, 4) + _pick(p, _KR_GIVEN_F, 5),
    "guard_rel_kr60": lambda p, c: _pick(p, ("배우자", "아들", "딸", "며느리"), 6),
    "guard_phone_kr60": lambda p, c: f"010-{p.bhxh[-8:-4]}-{p.bhxh[-4:]}",
    "nurse_kr60": lambda p, c: _pick(p, ("간호사 정은주", "간호사 한미라", "간호사 오수진"), 7),
    "br_name60": lambda p, c: (
        f"{_by_sex(p, _BR_GIVEN_M, _BR_GIVEN_F, 1)} {_pick(p, _BR_FAMILY, 2)}"
        f" {_pick(p, _BR_FAMILY, 3)}"
    ),
    "br_mother60": lambda p, c: f"{_pick(p, _BR_GIVEN_F, 4)} {_pick(p, _BR_FAMILY, 3)}",
    "cpf_rj60": lambda p, c: _cpf(p.bhxh[1:10]),
    "nis60": lambda p, c: _nis(p),
    "sex_br60": lambda p, c: "Masculino" if p.male else "Feminino",
    "family_code60": lambda p, c: f"{p.bhxh[::-1]}-{p.bhxh[5]}",
    "street_br60": lambda p, c: _place(p, _BR_PLACES)[0],
    "mun_br60": lambda p, c: "Rio de Janeiro",
    "uf_br60": lambda p, c: "RJ",
    "bairro_br60": lambda p, c: _place(p, _BR_PLACES)[1],
    "cep_br60": lambda p, c: _place(p, _BR_PLACES)[2],
    "phone_br60": lambda p, c: f"(21) 9{p.phone[2:6]}-{p.phone[6:10]}",
    "income_br60": lambda p, c: f"R$ {_num(p, 300) + 20},00",
    "cras_br60": lambda p, c: _pick(p, _BR_CRAS, 4),
    "pcn60": lambda p, c: _pcn(p),
    "philhealth60": lambda p, c: f"{p.bhxh[:2]}-{p.bhxh[2:]}{p.bhxh[0]}-{p.bhxh[-1]}",
    "ph_family60": lambda p, c: _pick(p, _PH_FAMILY, 2),
    "ph_given60": lambda p, c: _by_sex(p, _PH_GIVEN_M, _PH_GIVEN_F, 1),
    "ph_middle60": lambda p, c: _pick(p, _PH_FAMILY, 3),
    "ph_ext60": lambda p, c: "Jr." if p.male and int(p.bhxh) % 5 == 0 else "",
    "sex_ph60": lambda p, c: "Lalaki" if p.male else "Babaye",
    "civil_ph60": lambda p, c: _pick(p, ("Single", "Married", "Widowed", "Married"), 4),
    "member_ph60": lambda p, c: _pick(p, _PH_MEMBERSHIP, 5),
    "street_ph60": lambda p, c: _place(p, _PH_PLACES)[0],
    "brgy_ph60": lambda p, c: _place(p, _PH_PLACES)[1],
    "city_ph60": lambda p, c: _place(p, _PH_PLACES)[2],
    "phone_ph60": lambda p, c: f"09{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}{p.bhxh[-1]}",
    "konsulta_ph60": lambda p, c: _pick(
        p, ("Mabolo Health Center", "Guadalupe Health Center", "Cebu City Medical Center"), 6
    ),
}
