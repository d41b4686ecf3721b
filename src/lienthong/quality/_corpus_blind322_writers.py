"""How the people of the three-hundred-and-twenty-second part of the outside corpus (**blind
322**, :mod:`lienthong.quality._corpus_blind322`) are written: four Vietnamese disaster files' own
columns (a fishing boat sunk or damaged in a storm, a loan to restart production after a flood,
fields buried by a flash flood, cattle killed by a cold spell) and the people struck by a typhoon
in the Philippines, an earthquake in Türkiye, floods in Sindh, a cyclone in Sofala and a disaster
in Japan in the forms their registers show (the T.C. Kimlik No's two check digits, the CNIC's sex
digit, the Mozambican BI's check letter; the Japanese era calendar)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind112_writers import _wareki
from lienthong.quality._corpus_blind194_writers import _MIDDLE
from lienthong.quality._corpus_blind212_writers import _jp_phone
from lienthong.quality._corpus_blind221_writers import _mz_bi
from lienthong.quality._corpus_blind299_writers import (
    _JP_FAMILY,
    _JP_GIVEN_F,
    _JP_GIVEN_M,
    _TR_FAMILY,
    _TR_GIVEN_F,
    _TR_GIVEN_M,
    _tc_kimlik,
)
from lienthong.quality._corpus_blind316_writers import (
    _PK_FAMILY,
    _PK_FATHERS,
    _PK_GIVEN_F,
    _PK_GIVEN_M,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: fishing boats sunk or damaged in a storm ---------------------------------------------
_VN_BOAT_SITES = (
    "Vùng biển Hoàng Sa",
    "Khu neo đậu Sa Kỳ",
    "Cửa biển Sa Huỳnh",
    "Cách đảo Lý Sơn 20 hải lý",
    "Âu thuyền Tịnh Kỳ",
)
_VN_BOAT_DAMAGE = ("Chìm hoàn toàn", "Hư hỏng nặng", "Hư hỏng một phần", "Trôi dạt, mất tích")
# -- Vietnam: loans to restart production after the storm ------------------------------------------
_VN_HAMLETS = ("Thôn Phú Xuân", "Thôn Đông Tác", "Thôn 3", "Xóm Bãi", "Thôn Trung Lộc")
_VN_LOSSES = (
    "Sập chuồng trại",
    "Mất trắng ao cá",
    "Đổ 1,2 ha keo",
    "Hỏng 5 sào lúa",
    "Mất lồng bè",
)
_VN_PLANS = ("Chăn nuôi lợn", "Nuôi cá lồng", "Trồng rau màu", "Sửa chữa chuồng trại", "Trồng keo")
_VN_GROUPS = ("Tổ TK&VV thôn 1 - Hội ND", "Tổ TK&VV thôn 3 - Hội PN", "Tổ TK&VV Đoàn TN")
# -- Vietnam: fields buried by a flash flood -------------------------------------------------------
_VN_FIELDS = ("Xu dong Na Lay", "Canh dong Bai Soi", "Xu dong Khe Mon", "Ruong bac thang Ta Lan")
_VN_LAND = ("LUC", "LUK", "BHK", "NTS", "CLN")
_VN_DEPTH = ("Vui lap >50cm", "Vui lap 20-50cm", "Soi lo, cuon troi", "Vui lap <20cm")
# -- Vietnam: cattle killed by a cold spell --------------------------------------------------------
_VN_VILLAGES = ("Bản Pá Hốc", "Bản Nà Lừa", "Thôn Khuổi Ký", "Bản Mông Sín Chải", "Thôn Lũng Cú")
_VN_ANIMALS = (
    ("Trâu", 2_000_000),
    ("Bò", 2_000_000),
    ("Bê (< 6 tháng)", 1_000_000),
    ("Ngựa", 2_000_000),
)
_VN_VETS = ("Đã lập biên bản", "Đã xác nhận - TT DVNN", "Chờ xác nhận")

# -- Philippines: casualties of a typhoon ----------------------------------------------------------
_WAR_FAMILY = ("Abucejo", "Cabacang", "Dacutanan", "Ladiero", "Opeña", "Tiozon", "Gabon", "Ecleo")
_WAR_GIVEN_M = ("Jerico", "Rolando", "Bienvenido", "Ramil", "Jun-Jun", "Nestor")
_WAR_GIVEN_F = ("Marivic", "Lilibeth", "Rosalie", "Jennylyn", "Nenita", "Maricel")
_PH_HOMES = (
    ("Brgy. Bagonbon", "Borongan City"),
    ("Brgy. Sulangan", "Guiuan"),
    ("Brgy. Poblacion Dist. 3", "Hernani"),
    ("Brgy. Campesao", "Taft"),
    ("Purok 2, Brgy. Can-avid", "Dolores"),
)
_PH_SITES = ("Coastal area, Brgy. Sulangan", "Sitio Baybay (storm surge)", "Along Loom River",
             "Landslide site, Km 14 Borongan-Llorente Rd", "At sea, off Homonhon Is.")  # fmt: skip
_PH_CAUSES = ("Drowning", "Landslide", "Hit by falling tree", "Storm surge", "Electrocution")
_PH_STATUS = ("Injured", "Injured", "Dead", "Missing", "Injured")
_PH_HOSP = ("ESPH, Borongan", "Guiuan District Hosp.", "Treated & released", "", "EVRMC, Tacloban")
_PH_VALID = ("MDRRMO/PNP", "MHO", "MDRRMO/PNP/MHO", "For validation")

# -- Türkiye: rent aid after the earthquake --------------------------------------------------------
_TR_DAMAGED = (
    "Ebrar Sitesi B Blok D:12, Kahramanmaraş Dulkadiroğlu",
    "Gündoğdu Mah. Atatürk Cad. No:41, Antakya",
    "Cumhuriyet Mah. 62. Sk. No:7, İskenderun",
    "Fevzipaşa Mah. Selçuklu Cad. No:3, Malatya Battalgazi",
)
_TR_NEW = (
    ("Yenişehir Mah., 1204. Sk. No:15 D:4", "Çukurova", "Adana"),
    ("Bahçelievler Mah., Şehit Ali Gaffar Okkan Cad. No:8", "Mezitli", "Mersin"),
    ("Kazımkarabekir Mah., 2. Cad. No:22 D:2", "Etimesgut", "Ankara"),
    ("Fatih Mah., Gazi Bulvarı No:101 D:9", "Şahinbey", "Gaziantep"),
)
_TR_HASAR = ("Yıkık", "Ağır Hasarlı", "Acil Yıkılacak", "Orta Hasarlı", "Ağır Hasarlı")
_TR_NOTES = ("", "Ev sahibi", "Kiracı", "İtiraz sonucu ağır hasar", "", "Hak sahibi değil")

# -- Pakistan: flood relief camp in Sindh ----------------------------------------------------------
_PK_SINDH = (
    ("41203", "Village Bahawal Chandio, UC Khairpur Nathan Shah, Taluka K.N. Shah, District Dadu"),
    ("43201", "Goth Allah Dino Jatoi, UC Garhi Khairo, Taluka Garhi Khairo, District Jacobabad"),
    ("43304", "Village Mehar Ali Khoso, UC Ratodero, Taluka Ratodero, District Larkana"),
    ("44203", "Goth Soomar Leghari, UC Jhol, Taluka Sinjhoro, District Sanghar"),
)
_PK_CAMPS = (
    ("Govt. Boys High School Camp", "Sehwan Road, Dadu"),
    ("Tent City Sukkur Bypass", "Near Sukkur Bypass, Sukkur"),
    ("Labour Colony Relief Camp", "Hyderabad"),
    ("PDMA Camp Jhuddo", "Jhuddo, Mirpurkhas"),
)
_PK_HOUSE = ("Fully damaged", "Partially damaged", "Fully damaged", "Washed away")

# -- Mozambique: accommodation centre after a cyclone ----------------------------------------------
_SF_FAMILY = ("Chiponda", "Tomo", "Zacarias", "Muchanga", "Bernardo", "Chicamba", "Sixpence")
_SF_GIVEN_M = ("Domingos", "Ernesto", "Armando", "Jossias", "Manuel", "Fernando")
_SF_GIVEN_F = ("Joana", "Rosita", "Celina", "Luísa", "Marta", "Amélia")
_SF_HOMES = (
    ("Praia Nova", "Beira", "Sofala"),
    ("Munhava", "Beira", "Sofala"),
    ("Guara-Guara", "Búzi", "Sofala"),
    ("Estaquinha", "Búzi", "Sofala"),
    ("Bairro 25 de Setembro", "Quelimane", "Zambézia"),
)
_SF_CENTRES = (
    ("EPC Samora Machel", "Av. Samora Machel, Bairro Chaimite, Beira"),
    ("Escola Secundária da Manga", "Bairro da Manga, Beira"),
    ("Centro de Acomodação 3 de Fevereiro", "Guara-Guara, Búzi"),
    ("Igreja Católica de Coalane", "Bairro Coalane, Quelimane"),
)
_SF_CASA = ("Destruída", "Parcialmente destruída", "Inundada", "Destruída", "Sem dano")
_SF_KIT = ("Kit abrigo + alimentar", "Kit alimentar", "Lona e baldes", "Aguarda")
_SF_OBS = ("", "Idosa sozinha", "", "Transferido p/ reassentamento", "Perdeu documentos", "")

# -- Japan: an evacuation shelter ------------------------------------------------------------------
_JP_SHELTERS = (
    ("益城町総合体育館", "熊本県上益城郡益城町惣領1470"),
    ("広安小学校 体育館", "熊本県上益城郡益城町広崎1520"),
    ("輪島市ふれあい健康センター", "石川県輪島市二ツ屋町2字29"),
    ("門前中学校", "石川県輪島市門前町広岡2-1"),
)
_JP_HOMES = (
    ("861-2242", "熊本県上益城郡益城町木山"),
    ("861-2233", "熊本県上益城郡益城町惣領"),
    ("928-0001", "石川県輪島市河井町"),
    ("927-2151", "石川県輪島市門前町走出"),
)
_JP_CARE = ("", "", "高齢者", "要介護3", "乳幼児あり", "妊婦", "糖尿病（インスリン）", "車いす")


def _after(p: Person, days: int) -> date:
    return p.other_date + timedelta(days=days)


def _age(p: Person, on: date) -> int:
    return on.year - p.birth.year - ((on.month, on.day) < (p.birth.month, p.birth.day))


def _at(p: Person, table: tuple[tuple[str, ...], ...], salt: int = 7) -> tuple[str, ...]:
    return table[int(p.bhxh) // salt % len(table)]


def _animal(p: Person) -> tuple[str, int]:
    return _VN_ANIMALS[int(p.bhxh) // 13 % len(_VN_ANIMALS)]


def _ph_kin(p: Person) -> str:
    given = _pick(p, _WAR_GIVEN_F if p.male else _WAR_GIVEN_M, 4)
    rel = _pick(p, ("spouse", "mother", "son", "daughter", "brother"), 6)
    return f"{given} {_pick(p, _WAR_FAMILY, 3)} ({rel})"


def _tr_phone(p: Person) -> str:
    body = f"5{_pick(p, ('32', '35', '42', '05', '53'), 2)}{p.phone[3:10]}"
    if _num(p, 3) == 1:
        return f"0{body[:3]} {body[3:6]} {body[6:8]} {body[8:]}"
    return f"0{body}" if _num(p, 3) == 2 else f"+90 {body[:3]} {body[3:6]} {body[6:]}"


def _iban_tr(p: Person) -> str:
    digits = f"{p.bhxh}{p.phone[1:]}{p.bhxh[:3]}"[:22]
    return f"TR{p.bhxh[-2:]} 0001 0{digits[:3]} {digits[3:7]} {digits[7:11]} {digits[11:15]} 50"


def _cnic_sindh(p: Person) -> str:
    last = int(p.bhxh[-1]) // 2 * 2 + (1 if p.male else 0)
    return f"{_at(p, _PK_SINDH)[0]}-{p.bhxh[1:8]}-{last}"


def _pk_phone(p: Person) -> str:
    net = _pick(p, ("300", "301", "333", "345", "312", "346"), 3)
    return f"0{net}-{p.phone[3:10]}" if _num(p, 2) == 1 else f"0{net}{p.phone[3:10]}"


def _mz_phone(p: Person) -> str:
    net = _pick(p, ("84", "85", "86", "87", "82"), 2)
    body = f"{p.phone[3:6]} {p.phone[6:10]}"
    return f"+258 {net} {body}" if _num(p, 2) == 1 else f"{net} {body}"


def _jp_pair(p: Person) -> tuple[str, str]:
    family = _JP_FAMILY[int(p.bhxh) // 3 % len(_JP_FAMILY)]
    givens = _JP_GIVEN_M if p.male else _JP_GIVEN_F
    given = givens[int(p.bhxh) // 5 % len(givens)]
    kana = "".join(
        chr(ord(ch) + 0x60) if "ぁ" <= ch <= "ゖ" else ch for ch in f"{family[1]} {given[1]}"
    )
    return f"{family[0]}\u3000{given[0]}", kana


WRITERS_BLIND322: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: fishing boats sunk or damaged in a storm
    "ts_reg322": lambda p, c: f"QNg-{p.bhxh[-5:]}-TS",
    "ts_len322": lambda p, c: f"{11 + _num(p, 14)},{_num(p, 9)}",
    "ts_cv322": lambda p, c: str(90 + 10 * _num(p, 80)),
    "ts_site322": lambda p, c: _pick(p, _VN_BOAT_SITES, 3),
    "ts_damage322": lambda p, c: _pick(p, _VN_BOAT_DAMAGE, 4),
    "ts_crew322": lambda p, c: str(4 + _num(p, 12)),
    "ts_loss322": lambda p, c: str(50 * _num(p, 40)),
    "ts_aid322": lambda p, c: f"{10 * _num(p, 30)}.000.000",
    # Vietnam: loans to restart production after the storm
    "nv_hamlet322": lambda p, c: _pick(p, _VN_HAMLETS, 2),
    "nv_loss322": lambda p, c: _pick(p, _VN_LOSSES, 3),
    "nv_plan322": lambda p, c: _pick(p, _VN_PLANS, 4),
    "nv_amount322": lambda p, c: f"{10 * _num(p, 10)}.000.000",
    "nv_term322": lambda p, c: _pick(p, ("24", "36", "36", "60"), 5),
    "nv_group322": lambda p, c: _pick(p, _VN_GROUPS, 6),
    "nv_heir322": lambda p, c: _other_vn(p, 7, family=p.family),
    # Vietnam: fields buried by a flash flood
    "vl_sheet322": lambda p, c: str(_num(p, 42)),
    "vl_parcel322": lambda p, c: str(_num(p, 640)),
    "vl_field322": lambda p, c: _pick(p, _VN_FIELDS, 3),
    "vl_kind322": lambda p, c: _pick(p, _VN_LAND, 4),
    "vl_area322": lambda p, c: str(100 * _num(p, 30) + 10 * _num(p, 9)),
    "vl_depth322": lambda p, c: _pick(p, _VN_DEPTH, 5),
    "vl_money322": lambda p, c: f"{(100 * _num(p, 30)) * 1_500:,}".replace(",", "."),
    "vl_officer322": lambda p, c: _other_vn(p, 6),
    # Vietnam: cattle killed by a cold spell
    "rh_village322": lambda p, c: _pick(p, _VN_VILLAGES, 2),
    "rh_animal322": lambda p, c: _animal(p)[0],
    "rh_dead322": lambda p, c: str(_num(p, 4)),
    "rh_age322": lambda p, c: str(4 + _num(p, 90)),
    "rh_rate322": lambda p, c: f"{_animal(p)[1]:,}".replace(",", "."),
    "rh_total322": lambda p, c: f"{_animal(p)[1] * _num(p, 4):,}".replace(",", "."),
    "rh_vet322": lambda p, c: _pick(p, _VN_VETS, 4),
    "rh_poor322": lambda p, c: _pick(p, ("Hộ nghèo", "Cận nghèo", "", "", "Hộ nghèo"), 5),
    # Philippines: casualties of a typhoon
    "ph_family322": lambda p, c: _pick(p, _WAR_FAMILY, 2),
    "ph_given322": lambda p, c: _by_sex(p, _WAR_GIVEN_M, _WAR_GIVEN_F, 1),
    "ph_middle322": lambda p, c: _pick(p, _MIDDLE, 5),
    "ph_age322": lambda p, c: str(_age(p, p.other_date)),
    "ph_sex322": lambda p, c: "Male" if p.male else "Female",
    "ph_addr322": lambda p, c: ", ".join((*_at(p, _PH_HOMES), "Eastern Samar")),
    "ph_site322": lambda p, c: _pick(p, _PH_SITES, 3),
    "ph_cause322": lambda p, c: _pick(p, _PH_CAUSES, 4),
    "ph_status322": lambda p, c: _pick(p, _PH_STATUS, 5),
    "ph_hosp322": lambda p, c: _pick(p, _PH_HOSP, 6),
    "ph_kin322": lambda p, c: _ph_kin(p),
    "ph_kinphone322": lambda p, c: f"09{p.bhxh[::-1][:9]}",
    "ph_valid322": lambda p, c: _pick(p, _PH_VALID, 7),
    # Türkiye: rent aid after the earthquake
    "tr_tc322": lambda p, c: _tc_kimlik(p),
    "tr_given322": lambda p, c: _by_sex(p, _TR_GIVEN_M, _TR_GIVEN_F, 1),
    "tr_family322": lambda p, c: _pick(p, _TR_FAMILY, 2),
    "tr_father322": lambda p, c: _pick(p, _TR_GIVEN_M, 4),
    "tr_phone322": lambda p, c: _tr_phone(p),
    "tr_damaged322": lambda p, c: _pick(p, _TR_DAMAGED, 3),
    "tr_bina322": lambda p, c: f"{p.phone[3:10]}{p.bhxh[-1]}",
    "tr_hasar322": lambda p, c: _pick(p, _TR_HASAR, 5),
    "tr_addr322": lambda p, c: _at(p, _TR_NEW)[0],
    "tr_ilce322": lambda p, c: _at(p, _TR_NEW)[1],
    "tr_il322": lambda p, c: _at(p, _TR_NEW)[2],
    "tr_amount322": lambda p, c: _pick(p, ("5.000,00", "7.500,00", "15.000,00", "10.000,00"), 6),
    "tr_iban322": lambda p, c: _iban_tr(p),
    "tr_note322": lambda p, c: _pick(p, _TR_NOTES, 7),
    # Pakistan: flood relief camp in Sindh
    "pk_name322": lambda p, c: (
        f"{_by_sex(p, _PK_GIVEN_M, _PK_GIVEN_F, 1)} {_pick(p, _PK_FAMILY, 2)}"
    ),
    "pk_father322": lambda p, c: _pick(p, _PK_FATHERS, 3),
    "pk_cnic322": lambda p, c: _cnic_sindh(p),
    "pk_sex322": lambda p, c: "Male" if p.male else "Female",
    "pk_phone322": lambda p, c: _pk_phone(p),
    "pk_addr322": lambda p, c: _at(p, _PK_SINDH)[1],
    "pk_camp322": lambda p, c: _at(p, _PK_CAMPS, 11)[0],
    "pk_camploc322": lambda p, c: _at(p, _PK_CAMPS, 11)[1],
    "pk_members322": lambda p, c: str(2 + _num(p, 10)),
    "pk_kids322": lambda p, c: str(_num(p, 4) - 1),
    "pk_plw322": lambda p, c: _pick(p, ("0", "0", "1", "0", "2"), 4),
    "pk_livestock322": lambda p, c: _pick(
        p, ("2 buffaloes", "5 goats", "None", "1 cow, 3 goats"), 5
    ),
    "pk_house322": lambda p, c: _pick(p, _PK_HOUSE, 6),
    "pk_token322": lambda p, c: f"PDMA/DDU/{p.bhxh[-5:]}",
    # Mozambique: accommodation centre after a cyclone
    "mz_name322": lambda p, c: (
        f"{_by_sex(p, _SF_GIVEN_M, _SF_GIVEN_F, 1)} {_pick(p, _SF_FAMILY, 2)}"
    ),
    "mz_sex322": lambda p, c: "M" if p.male else "F",
    "mz_bi322": lambda p, c: _mz_bi(p),
    "mz_phone322": lambda p, c: _mz_phone(p),
    "mz_bairro322": lambda p, c: _at(p, _SF_HOMES)[0],
    "mz_dist322": lambda p, c: _at(p, _SF_HOMES)[1],
    "mz_prov322": lambda p, c: _at(p, _SF_HOMES)[2],
    "mz_centro322": lambda p, c: _at(p, _SF_CENTRES, 11)[0],
    "mz_centroloc322": lambda p, c: _at(p, _SF_CENTRES, 11)[1],
    "mz_members322": lambda p, c: str(1 + _num(p, 9)),
    "mz_kids322": lambda p, c: str(_num(p, 4) - 1),
    "mz_pcd322": lambda p, c: _pick(p, ("0", "0", "0", "1"), 4),
    "mz_casa322": lambda p, c: _pick(p, _SF_CASA, 5),
    "mz_kit322": lambda p, c: _pick(p, _SF_KIT, 6),
    "mz_obs322": lambda p, c: _pick(p, _SF_OBS, 7),
    # Japan: an evacuation shelter
    "jp_shelter322": lambda p, c: _at(p, _JP_SHELTERS)[0],
    "jp_shelter_addr322": lambda p, c: _at(p, _JP_SHELTERS)[1],
    "jp_setai322": lambda p, c: f"{_num(p, 300):03d}",
    "jp_name322": lambda p, c: _jp_pair(p)[0],
    "jp_kana322": lambda p, c: _jp_pair(p)[1],
    "jp_sex322": lambda p, c: "男" if p.male else "女",
    "jp_birth322": lambda p, c: _wareki(p.birth),
    "jp_age322": lambda p, c: str(_age(p, p.other_date)),
    "jp_zip322": lambda p, c: _at(p, _JP_HOMES)[0],
    "jp_addr322": lambda p, c: f"{_at(p, _JP_HOMES)[1]}{_num(p, 9)}丁目{_num(p, 30)}-{_num(p, 12)}",
    "jp_phone322": lambda p, c: _jp_phone(p),
    "jp_out322": lambda p, c: f"{_after(p, 3 + _num(p, 60)):%Y/%m/%d}" if _num(p, 3) > 1 else "",
    "jp_care322": lambda p, c: _pick(p, _JP_CARE, 5),
    "jp_car322": lambda p, c: _pick(p, ("", "", "車中泊", ""), 6),
    "jp_consent322": lambda p, c: _pick(p, ("同意", "同意", "不同意", "同意（氏名のみ）"), 7),
}

__all__ = ["WRITERS_BLIND322"]
