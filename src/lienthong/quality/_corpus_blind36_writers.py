"""How the people of the thirty-sixth part of the outside corpus (**blind 36**,
:mod:`lienthong.quality._corpus_blind36`) are written: four Vietnamese files' own columns (an
industrial park lodging's nationality, employer, employer's address and room, a divorce case's
number, defendant, his or her birth year and address, the dispute and the judge, a pet's name,
species, breed, vaccine, lot and the vet, a scholarship's student number, class, grade, amount,
bank account and guardian) and Somali, Equatoguinean, Central African, Santomean and Tuvaluan
names, addresses, phones and identity numbers in the forms their cards show (none of the Somali
NIRA number, the Equatoguinean DIP, the Central African CNI number, the Santomean BI number or the
Tuvaluan passport number publishes a check digit)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_NATIONS = ("Việt Nam", "Việt Nam", "Việt Nam", "Hàn Quốc", "Trung Quốc", "Đài Loan")
_VN_EMPLOYERS = (
    ("Công ty TNHH Pouyuen Việt Nam", "Lô 2-3 KCN Tân Tạo, P. Tân Tạo A, Q. Bình Tân, TP.HCM"),
    ("Công ty TNHH Samsung Electronics Việt Nam", "KCN Yên Phong I, X. Yên Trung, Bắc Ninh"),
    ("Công ty TNHH Canon Việt Nam", "Lô A1 KCN Thăng Long, H. Đông Anh, Hà Nội"),
    ("Công ty CP May Việt Tiến", "Đường số 8, KCN Vĩnh Lộc, Q. Bình Tân, TP.HCM"),
    ("Công ty TNHH Nidec Việt Nam", "Lô I-1-N2 KCN Cao, P. Tân Phú, TP. Thủ Đức, TP.HCM"),
)
_VN_DORMS = ("Nhà lưu trú A", "Nhà lưu trú B", "KTX công nhân số 2", "Khu nhà trọ Phúc An")
_VN_DISPUTES = (
    "Ly hôn",
    "Ly hôn, tranh chấp nuôi con",
    "Ly hôn, chia tài sản chung",
    "Ly hôn, nuôi con, cấp dưỡng",
)
_VN_OUTCOMES = ("Đang giải quyết", "Hòa giải thành", "Công nhận thuận tình ly hôn", "Đã xét xử")
_VN_PETS = ("Lu", "Mực", "Vàng", "Bông", "Milo", "Mi Mi", "Kiki", "Đốm", "Bơ", "Na")
#: (species, breed)
_VN_PETS_KIND = (
    ("Chó", "Chó ta"),
    ("Chó", "Poodle"),
    ("Chó", "Phốc sóc"),
    ("Chó", "Husky"),
    ("Chó", "Corgi"),
    ("Mèo", "Mèo ta"),
    ("Mèo", "Mèo Anh lông ngắn"),
)
_VN_VACCINES = ("Dại (Rabisin)", "Dại (Nobivac Rabies)", "7 bệnh (Vanguard Plus)", "Dại + 5 bệnh")
_VN_CLASSES = ("CĐ Điện CN K23A", "CĐ Cơ khí K24B", "CĐ Kế toán K23", "CĐ CNTT K24A", "TC Hàn K25")
_VN_GRADES = ("Xuất sắc", "Giỏi", "Khá", "Vượt khó", "Chính sách")
_VN_BANKS = ("Vietcombank", "BIDV", "Agribank", "VietinBank", "Techcombank", "MB Bank")
_VN_KIN = ("Cha", "Mẹ", "Ông nội", "Bà ngoại", "Chú", "Cô")
_SO_GIVEN_M = ("Maxamed", "Cabdullaahi", "Axmed", "Xasan", "Cali", "Yuusuf", "Cabdiraxmaan")
_SO_GIVEN_F = ("Faadumo", "Hodan", "Sahra", "Xaliimo", "Ayaan", "Caasha", "Maryan")
_SO_FATHERS = ("Cali", "Maxamed", "Xuseen", "Cumar", "Aadan", "Warsame", "Jaamac", "Nuur")
#: (neighbourhood, district, region)
_SO_PLACES = (
    ("Tabeelaha", "Hodan", "Banaadir"),
    ("Bakaaraha", "Hawl Wadaag", "Banaadir"),
    ("Jidka Makka Al-Mukarama", "Waaberi", "Banaadir"),
    ("Xaafadda Kaaraan", "Kaaraan", "Banaadir"),
    ("Xaafadda Afgooye", "Afgooye", "Shabeellaha Hoose"),
    ("Xaafadda Kismaayo", "Kismaayo", "Jubbada Hoose"),
    ("Xaafadda Garoowe", "Garoowe", "Nugaal"),
)
_GQ_FAMILY = ("Nsue", "Obiang", "Ndong", "Mba", "Esono", "Nguema", "Ondo", "Bokesa", "Mangue")
_GQ_GIVEN_M = ("Juan Pablo", "Santiago", "Pedro", "Crisantos", "Teodoro", "Marcelino")
_GQ_GIVEN_F = ("María Luisa", "Carmen", "Pilar", "Trinidad", "Mercedes", "Constancia")
#: (barrio, ciudad, provincia)
_GQ_PLACES = (
    ("Barrio Los Ángeles", "Malabo", "Bioko Norte"),
    ("Barrio Caracolas", "Malabo", "Bioko Norte"),
    ("Barrio Ela Nguema", "Malabo", "Bioko Norte"),
    ("Barrio Comandachina", "Bata", "Litoral"),
    ("Barrio Ngolo", "Bata", "Litoral"),
    ("Barrio Centro", "Ebebiyín", "Kié-Ntem"),
    ("Barrio Abaá", "Mongomo", "Wele-Nzas"),
)
_GQ_EMPLOYERS = ("GEPetrol", "SEGESA", "Getesa", "Marathon Oil EG", "CCEI Bank GE")
_CF_FAMILY = ("NGUÉRÉ", "YANGONGO", "KOYAMBA", "DOUNGOUPOU", "FEIGANAZOUI", "MBAIKOUA", "NAMKOÏSSE")
_CF_GIVEN_M = ("Jean-Pierre", "Serge", "Hervé", "Thierry Aimé", "Rodrigue", "Faustin")
_CF_GIVEN_F = ("Clarisse", "Joséphine", "Odette", "Nadège Prisca", "Brigitte", "Solange")
#: (quartier, arrondissement, ville)
_CF_PLACES = (
    ("Quartier Lakouanga", "2e arrondissement", "Bangui"),
    ("Quartier Boy-Rabe", "4e arrondissement", "Bangui"),
    ("Quartier Combattant", "8e arrondissement", "Bangui"),
    ("Quartier Sica 2", "1er arrondissement", "Bangui"),
    ("Quartier Miskine", "5e arrondissement", "Bangui"),
    ("Quartier Gobongo", "4e arrondissement", "Bangui"),
)
_CF_EMPLOYERS = ("Orange Centrafrique", "ENERCA", "SODECA", "Ecobank Centrafrique", "MOCAF")
_ST_GIVEN_M = ("João", "Manuel", "António", "Carlos", "Jorge", "Francisco")
_ST_GIVEN_F = ("Maria da Graça", "Ana", "Conceição", "Fernanda", "Lúcia", "Celeste")
_ST_FAMILY = (
    "Neto Afonso",
    "Trovoada",
    "dos Santos",
    "Pinto da Costa",
    "Vaz",
    "Menezes",
    "Bragança",
)
#: (bairro, distrito)
_ST_PLACES = (
    ("Bairro Riboque", "Água Grande"),
    ("Bairro Ponte Graça", "Água Grande"),
    ("Bairro Quinta de Santo António", "Água Grande"),
    ("Trindade", "Mé-Zóchi"),
    ("Guadalupe", "Lobata"),
    ("Santana", "Cantagalo"),
    ("Neves", "Lembá"),
)
_TV_FAMILY = ("Natano", "Teo", "Sopoaga", "Apinelu", "Ielemia", "Italeli", "Tafia", "Puapua")
_TV_GIVEN_M = ("Kausea", "Feleti", "Enele", "Taukelina", "Seve", "Simon", "Monise")
_TV_GIVEN_F = ("Losaline", "Ane", "Tilaima", "Saini", "Puakena", "Silisa")
#: (village, island)
_TV_PLACES = (
    ("Fakaifou", "Funafuti"),
    ("Vaiaku", "Funafuti"),
    ("Senala", "Funafuti"),
    ("Alapi", "Funafuti"),
    ("Asau", "Vaitupu"),
    ("Savave", "Nukufetau"),
    ("Tanrake", "Nui"),
)
_TV_ISLANDS = ("Nanumea", "Niutao", "Nanumaga", "Nui", "Vaitupu", "Nukufetau", "Nukulaelae")
_TV_EMPLOYERS = ("Government of Tuvalu", "TEC", "National Bank of Tuvalu", "TTC", "Kaupule")


def _employer(p: Person) -> tuple[str, str]:
    return _VN_EMPLOYERS[int(p.bhxh) // 9 % len(_VN_EMPLOYERS)]


def _kind(p: Person) -> tuple[str, str]:
    return _VN_PETS_KIND[int(p.bhxh) // 7 % len(_VN_PETS_KIND)]


def _so(p: Person) -> tuple[str, str, str]:
    return _SO_PLACES[int(p.bhxh) // 9 % len(_SO_PLACES)]


def _gq(p: Person) -> tuple[str, str, str]:
    return _GQ_PLACES[int(p.bhxh) // 9 % len(_GQ_PLACES)]


def _cf(p: Person) -> tuple[str, str, str]:
    return _CF_PLACES[int(p.bhxh) // 9 % len(_CF_PLACES)]


def _st(p: Person) -> tuple[str, str]:
    return _ST_PLACES[int(p.bhxh) // 9 % len(_ST_PLACES)]


def _tv(p: Person) -> tuple[str, str]:
    return _TV_PLACES[int(p.bhxh) // 9 % len(_TV_PLACES)]


WRITERS_BLIND36: dict[str, Callable[[Person, Col], object]] = {
    "nation36": lambda p, c: _pick(p, _VN_NATIONS, 2),
    "employer36": lambda p, c: _employer(p)[0],
    "employer_addr36": lambda p, c: _employer(p)[1],
    "dorm36": lambda p, c: _pick(p, _VN_DORMS, 3),
    "room36": lambda p, c: f"P.{_num(p, 5)}{_num(p, 30):02d}",
    "case36": lambda p, c: f"{_num(p, 900)}/{p.other_date.year}/TLST-HNGĐ",
    "birth_year36": lambda p, c: str(p.birth.year),
    "defendant36": lambda p, c: _other_vn(p, 4, not p.male),
    "def_year36": lambda p, c: str(p.birth.year + _num(p, 7) - 3),
    "def_addr36": lambda p, c: f"Tổ {_num(p, 20)}, ấp {_num(p, 6)}, X. Tân Thạnh Đông, H. Củ Chi",
    "dispute36": lambda p, c: _pick(p, _VN_DISPUTES, 2),
    "judge36": lambda p, c: _other_vn(p, 5),
    "outcome36": lambda p, c: _pick(p, _VN_OUTCOMES, 3),
    "quarter36": lambda p, c: f"Khu phố {_num(p, 8)}",
    "pet36": lambda p, c: _pick(p, _VN_PETS, 2),
    "species36": lambda p, c: _kind(p)[0],
    "breed36": lambda p, c: _kind(p)[1],
    "pet_age36": lambda p, c: str(_num(p, 96) + 2),
    "vaccine36": lambda p, c: _pick(p, _VN_VACCINES, 5),
    "lot36": lambda p, c: f"L{p.bhxh[-5:]}",
    "vet36": lambda p, c: _other_vn(p, 6),
    "student36": lambda p, c: f"{p.other_date.year % 100}{p.bhxh[-6:]}",
    "class36": lambda p, c: _pick(p, _VN_CLASSES, 2),
    "grade36": lambda p, c: _pick(p, _VN_GRADES, 3),
    "amount36": lambda p, c: f"{(5 + _num(p, 20)) * 500_000:,}".replace(",", "."),
    "account36": lambda p, c: f"{p.bhxh[::-1]}{p.bhxh[:3]}",
    "bank36": lambda p, c: _pick(p, _VN_BANKS, 4),
    "guardian36": lambda p, c: _other_vn(p, 7, None, p.family),
    "kin36": lambda p, c: _pick(p, _VN_KIN, 5),
    "guardian_phone36": lambda p, c: _other_phone(p, "09"),
    "nira_so36": lambda p, c: f"{p.bhxh[::-1][:2]}{p.bhxh}",
    "name_so36": lambda p, c: (
        f"{_by_sex(p, _SO_GIVEN_M, _SO_GIVEN_F, 1)} {_pick(p, _SO_FATHERS, 2)}"
        f" {_pick(p, _SO_FATHERS, 3)}"
    ),
    "sex_so36": lambda p, c: "Lab" if p.male else "Dheddig",
    "address_so36": lambda p, c: f"{_so(p)[0]}, {_so(p)[1]}",
    "district_so36": lambda p, c: _so(p)[1],
    "region_so36": lambda p, c: _so(p)[2],
    "phone_so36": lambda p, c: (
        f"+252 6{_pick(p, ('1', '3', '5', '8'), 3)} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "household_so36": lambda p, c: str(_num(p, 9) + 1),
    "amount_so36": lambda p, c: f"US$ {_pick(p, ('20', '40', '60'), 4)}",
    "nominee_so36": lambda p, c: (
        f"{_by_sex(p, _SO_GIVEN_F, _SO_GIVEN_M, 5)} {_pick(p, _SO_FATHERS, 6)}"
    ),
    "nominee_phone_so36": lambda p, c: f"+252 61 {p.bhxh[::-1][:3]} {p.bhxh[::-1][3:7]}",
    "dip_gq36": lambda p, c: f"{p.bhxh[2:8]}",
    "gq_family36": lambda p, c: f"{_pick(p, _GQ_FAMILY, 2)} {_pick(p, _GQ_FAMILY, 3)}",
    "gq_given36": lambda p, c: _by_sex(p, _GQ_GIVEN_M, _GQ_GIVEN_F, 1),
    "sex_gq36": lambda p, c: "V" if p.male else "M",
    "address_gq36": lambda p, c: f"{_gq(p)[0]}, {_gq(p)[1]}",
    "province_gq36": lambda p, c: _gq(p)[2],
    "phone_gq36": lambda p, c: (
        f"+240 {_pick(p, ('222', '551', '555'), 3)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "inseso_gq36": lambda p, c: f"{p.bhxh[-8:]}",
    "employer_gq36": lambda p, c: _pick(p, _GQ_EMPLOYERS, 4),
    "beneficiary_gq36": lambda p, c: (
        f"{_by_sex(p, _GQ_GIVEN_F, _GQ_GIVEN_M, 5)} {_pick(p, _GQ_FAMILY, 6)}"
    ),
    "cni_cf36": lambda p, c: f"{p.bhxh[::-1][:3]}-{p.bhxh[1:7]}",
    "cf_family36": lambda p, c: _pick(p, _CF_FAMILY, 2),
    "cf_given36": lambda p, c: _by_sex(p, _CF_GIVEN_M, _CF_GIVEN_F, 1),
    "sex_cf36": lambda p, c: "M" if p.male else "F",
    "address_cf36": lambda p, c: f"{_cf(p)[0]}, {_cf(p)[1]}, {_cf(p)[2]}",
    "arrondissement_cf36": lambda p, c: _cf(p)[1],
    "phone_cf36": lambda p, c: (
        f"+236 7{_pick(p, ('2', '5', '7'), 3)} {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}"
    ),
    "cnss_cf36": lambda p, c: f"{p.bhxh[:2]}-{p.bhxh[2:9]}",
    "employer_cf36": lambda p, c: _pick(p, _CF_EMPLOYERS, 4),
    "warn_cf36": lambda p, c: (
        f"{_pick(p, _CF_FAMILY, 5)} {_by_sex(p, _CF_GIVEN_F, _CF_GIVEN_M, 6)}"
    ),
    "warn_phone_cf36": lambda p, c: f"+236 72 {p.bhxh[::-1][:2]} {p.bhxh[::-1][2:4]} 11",
    "bi_st36": lambda p, c: f"{p.bhxh[3:9]}",
    "name_st36": lambda p, c: (
        f"{_by_sex(p, _ST_GIVEN_M, _ST_GIVEN_F, 1)} {_pick(p, _ST_FAMILY, 2)}"
    ),
    "sex_st36": lambda p, c: "Masculino" if p.male else "Feminino",
    "address_st36": lambda p, c: f"{_st(p)[0]}, casa n.º {_num(p, 200)}, {_st(p)[1]}",
    "district_st36": lambda p, c: _st(p)[1],
    "phone_st36": lambda p, c: f"+239 9{_pick(p, ('8', '9'), 3)}{p.phone[5]} {p.phone[6:10]}",
    "inss_st36": lambda p, c: f"{p.bhxh[-7:]}",
    "employer_st36": lambda p, c: _pick(p, ("EMAE", "CST", "BISTP", "ENAPORT", "Estado"), 4),
    "spouse_st36": lambda p, c: (
        f"{_by_sex(p, _ST_GIVEN_F, _ST_GIVEN_M, 5)} {_pick(p, _ST_FAMILY, 6)}"
    ),
    "passport_tv36": lambda p, c: f"TV{p.bhxh[3:9]}",
    "tv_family36": lambda p, c: _pick(p, _TV_FAMILY, 2),
    "tv_given36": lambda p, c: _by_sex(p, _TV_GIVEN_M, _TV_GIVEN_F, 1),
    "sex_tv36": lambda p, c: "M" if p.male else "F",
    "address_tv36": lambda p, c: f"{_tv(p)[0]}, {_tv(p)[1]}",
    "home_island_tv36": lambda p, c: _pick(p, _TV_ISLANDS, 3),
    "phone_tv36": lambda p, c: f"+688 {_pick(p, ('90', '70', '71'), 4)}{p.phone[6:10]}",
    "tnpf_tv36": lambda p, c: f"{p.bhxh[-5:]}",
    "employer_tv36": lambda p, c: _pick(p, _TV_EMPLOYERS, 5),
    "nominee_tv36": lambda p, c: (
        f"{_by_sex(p, _TV_GIVEN_F, _TV_GIVEN_M, 6)} {_pick(p, _TV_FAMILY, 7)}"
    ),
    "nominee_rel_tv36": lambda p, c: _by_sex(
        p, ("Wife", "Daughter", "Mother"), ("Husband", "Son"), 8
    ),
}
