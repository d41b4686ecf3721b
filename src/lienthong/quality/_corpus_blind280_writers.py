"""How the people of the two-hundred-and-eightieth part of the outside corpus (**blind 280**,
:mod:`lienthong.quality._corpus_blind280`) are written: four Vietnamese files' own columns (an
irrigation pump station operator's post, a refrigeration technician's training, a multi-level
marketing participant's contract, an heir's land registration) and Spanish names, places, phones
and numbers from Andalusia, Valencia, Murcia, the Balearic Islands and Ceuta in the forms their
registers show (the DNI's letter is its number mod 23; the NUSS ends in the province and number
mod 97)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind42_writers import _dni
from lienthong.quality._corpus_blind254_writers import _dni_or_nie, _es_phone, _later, _row

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: irrigation pump station operators ----------------------------------------------------
_VN_PUMP_STATION = ("TB Cổ Đam", "TB Văn Thai", "TB Như Quỳnh", "TB Kênh Vàng", "TB Hữu Bị")
_VN_PUMP_UNIT = ("XN KTCTTL Gia Lâm", "Cụm TB Nam Sách", "XN Thủy lợi Văn Lâm", "Cụm TB Đông Sơn")
_VN_PUMP_JOB = ("CN vận hành máy bơm", "CN vận hành", "Trưởng trạm", "CN điện", "Bảo vệ kênh")
_VN_PUMP_GRADE = ("3/7", "4/7", "5/7", "2/7", "6/7")
_VN_PUMP_SAFETY = ("Bậc 3", "Bậc 4", "Bậc 2", "Bậc 5", "Bậc 3")
_VN_PUMP_CONTRACT = ("KXĐ thời hạn", "KXĐ thời hạn", "XĐ 36 tháng", "XĐ 12 tháng", "Thời vụ")
_VN_HOMETOWN = ("Thái Bình", "Nam Định", "Hưng Yên", "Hải Dương", "Hà Nam", "Bắc Ninh")
# -- Vietnam: refrigeration technicians trained on HCFC recovery -----------------------------------
_VN_REF_FIRM = (
    "Cty TNHH Điện lạnh Hòa Phát",
    "Trung tâm bảo hành Daikin Q.Tân Bình",
    "Cơ sở sửa chữa điện lạnh Minh Tâm",
    "Cty CP Cơ điện lạnh REE",
    "Tự do",
)
_VN_REF_FIRM_ADDR = ("KCN Tân Bình", "Q. Gò Vấp", "TP Thủ Đức", "Q.7", "Bình Dương")
_VN_REF_TRADE = ("Thợ sửa điều hòa", "Kỹ thuật viên lạnh", "Thợ lắp đặt", "Thợ sửa tủ lạnh")
_VN_REF_COURSE = ("Khóa 01/2026", "Khóa 02/2026", "Khóa 03/2026", "Khóa bổ sung 2026")
_VN_REF_GAS = ("R22", "R32", "R410A", "R22, R410A", "R134a", "R290")
_VN_REF_RESULT = ("Đạt", "Đạt", "Đạt", "Không đạt thực hành", "Vắng")
# -- Vietnam: multi-level marketing participants reported to the Department of Industry and Trade --
_VN_MLM_RANK = ("Thành viên", "Thành viên", "Trưởng nhóm", "Quản lý bạc", "Quản lý vàng")
_VN_MLM_TRAIN = ("Đã đào tạo", "Đã đào tạo", "Chưa đào tạo", "Đào tạo online")
_VN_MLM_STATUS = ("Đang hiệu lực", "Đang hiệu lực", "Chấm dứt", "Tạm ngưng", "Đang hiệu lực")
# -- Vietnam: heirs registering land they inherit --------------------------------------------------
_VN_INH_RELATION = ("Bố", "Mẹ", "Bố", "Vợ", "Chồng", "Ông nội", "Bà ngoại")
_VN_INH_USE = ("ONT+CLN", "ONT", "LUC", "CLN", "ODT")
_VN_INH_NOTARY = ("VPCC Nguyễn Huệ", "Phòng CC số 2", "VPCC Hà Thành", "UBND xã chứng thực")
_VN_INH_STATUS = ("Đã trả GCN", "Đang xử lý", "Chuyển thuế", "Bổ sung hồ sơ", "Đã trả GCN")

# -- Spain: shared ---------------------------------------------------------------------------------
_T = tuple[str, ...]


def _two(p: Person, family: _T) -> str:
    """Two Spanish surnames."""
    return f"{_pick(p, family, 2)} {_pick(p, family, 7)}"


def _nuss(p: Person, province: str) -> str:
    """A NUSS ``51 12345678 90``: the province, eight digits, the ten digits mod 97."""
    number = 10_000_000 + int(p.bhxh[2:9])
    return f"{province} {number} {int(f'{province}{number}') % 97:02d}"


def _dni_of(number: int) -> str:
    """Somebody else's DNI: the number and its letter."""
    return f"{number:08d}{'TRWAGMYFPDXBNJZSQVHLCKE'[number % 23]}"


def _es_contact(p: Person) -> str:
    """A contact's mobile (a relative), not the person's own."""
    d = f"6{p.bhxh[::-1][:8]}"
    return f"{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}"


# -- Andalusia: registered unmarried couples ----------------------------------------------------
_AND_FAMILY = ("Jiménez", "Moreno", "Romero", "Muñoz", "Ruiz", "Heredia", "Navarro", "Cortés")
_AND_GIVEN_M = ("Francisco Javier", "Manuel", "José Antonio", "Antonio Jesús", "Rafael", "Curro")
_AND_GIVEN_F = ("Rocío", "Macarena", "Alba", "Lucía", "María del Carmen", "Inmaculada")
_AND_PLACES: tuple[_T, ...] = (
    ("C/ Larios, 4, 2º B", "Málaga", "Málaga", "29005", "952"),
    ("Avda. de la Palmera, 18", "Sevilla", "Sevilla", "41012", "954"),
    ("C/ Recogidas, 31, 3º A", "Granada", "Granada", "18005", "958"),
    ("Pza. de las Tendillas, 2", "Córdoba", "Córdoba", "14002", "957"),
    ("C/ Ancha, 12", "Cádiz", "Cádiz", "11001", "956"),
    ("Avda. Ricardo Soriano, 45", "Marbella", "Málaga", "29601", "952"),
    ("C/ Real Utrera, 7", "Dos Hermanas", "Sevilla", "41701", "955"),
    ("Paseo de Almería, 30", "Almería", "Almería", "04001", "950"),
    ("C/ Concepción, 9", "Huelva", "Huelva", "21001", "959"),
    ("C/ Bernabé Soriano, 14", "Jaén", "Jaén", "23001", "953"),
)
_AND_REGIME = ("Sin pacto", "Pacto regulador", "Sin pacto", "Pacto ante notario")
_AND_ENTRY = ("Inscripción básica", "Inscripción básica", "Modificación", "Baja", "Marginal")
# -- Valencia: fallas members' census --------------------------------------------------------------
_VAL_FAMILY = ("Ferrer", "Soler", "Martí", "Llopis", "Bellver", "Sanchis", "Cervera", "Monzó")
_VAL_GIVEN_M = ("Vicent", "Josep", "Pau", "Xavier", "Salvador", "Vicent Andreu")
_VAL_GIVEN_F = ("Amparo", "Empar", "Maria Josep", "Neus", "Desamparats", "Carla")
_VAL_PLACES: tuple[_T, ...] = (
    ("C/ de Cuba, 12, pta. 5", "46006", "València", "Russafa"),
    ("Av. del Regne de València, 40", "46005", "València", "Russafa-Na Jordana"),
    ("C/ de Sueca, 23, 4a", "46006", "València", "Russafa"),
    ("C/ de la Reina, 88", "46011", "València", "Marítim"),
    ("Pl. del Pilar, 5", "46001", "València", "Ciutat Vella"),
    ("C/ de València, 15", "46900", "Torrent", "Torrent Centre"),
    ("C/ Major, 31", "46701", "Gandia", "Gandia"),
)
_VAL_FALLA = ("Cuba-Literat Azorín", "Na Jordana", "Sueca-Literat Azorín", "Plaça del Pilar")
_VAL_ROLE = ("Faller/a", "Faller/a", "Fallera Major", "Vicepresident/a", "Tresorer/a", "Infantil")
_VAL_AWARD = ("", "Bunyol d'argent", "Bunyol d'or", "", "Bunyol d'or amb fulles de llorer")
# -- Murcia: irrigators' community roll ------------------------------------------------------------
_MUR_FAMILY = ("Martínez", "Sánchez", "Conesa", "Meroño", "Saura", "Albaladejo", "Zapata", "Madrid")
_MUR_GIVEN_M = ("Ginés", "Pedro José", "Fulgencio", "Juan Antonio", "Francisco", "Andrés")
_MUR_GIVEN_F = ("Fuensanta", "María Dolores", "Encarna", "Josefa", "María José", "Caridad")
_MUR_HOMES = (
    "C/ Mayor, 14, 30700 Torre-Pacheco (Murcia)",
    "Avda. de la Libertad, 3, 30710 Los Alcázares (Murcia)",
    "C/ Cartagena, 22, 30730 San Javier (Murcia)",
    "Ctra. de Balsapintada, km 2, 30320 Fuente Álamo (Murcia)",
    "C/ Real, 56, 30593 La Palma, Cartagena",
    "Gran Vía Escultor Salzillo, 9, 30004 Murcia",
)
_MUR_PARAJE = ("Los Camachos", "El Jimenado", "La Aljorra", "Roldán", "Balsicas", "Los Martínez")
_MUR_DEBT = ("No", "No", "No", "Sí (1er plazo 2026)", "Sí (derrama balsa)")
# -- Balearic Islands: recreational sea fishing licences -------------------------------------------
_BAL_FAMILY = ("Bauzà", "Oliver", "Mas", "Pons", "Riera", "Bonet", "Salvà", "Seguí", "Marí", "Coll")
_BAL_GIVEN_M = ("Joan", "Miquel", "Bartomeu", "Antoni", "Jaume", "Toni")
_BAL_GIVEN_F = ("Margalida", "Catalina", "Aina", "Francisca", "Maria Antònia", "Joana")
_BAL_PLACES: tuple[_T, ...] = (
    ("C/ de Blanquerna, 22, 3r", "07010", "Palma", "Mallorca"),
    ("C/ de Sant Miquel, 40", "07002", "Palma", "Mallorca"),
    ("C/ Major, 5", "07500", "Manacor", "Mallorca"),
    ("C/ del Bisbe Llompart, 12", "07300", "Inca", "Mallorca"),
    ("C/ de sa Mar, 9", "07100", "Sóller", "Mallorca"),
    ("C/ de s'Arravaleta, 8", "07701", "Maó", "Menorca"),
    ("Camí de Maó, 14", "07760", "Ciutadella de Menorca", "Menorca"),
    ("Av. d'Ignasi Wallis, 15", "07800", "Eivissa", "Eivissa"),
    ("C/ de Santa Agnès, 3", "07820", "Sant Antoni de Portmany", "Eivissa"),
)
_BAL_MODE = ("Des de terra", "Des d'embarcació", "Submarina", "Des de terra", "Col·lectiva")
# -- Ceuta: surgical waiting list ------------------------------------------------------------------
_CEU_FAMILY = (
    "Mohamed Ahmed",
    "Abdelkader Mohamed",
    "Ahmed Laarbi",
    "Hamido Abdeselam",
    "Mustafa Mohamed",
    "Layachi Hamed",
    "Benaisa Chaib",
    "Mohand Mimun",
    "Haddu Buzzian",
    "García Ruiz",
)
_CEU_GIVEN_M = ("Mohamed", "Ahmed", "Hamido", "Abdelkader", "Karim", "Yusef", "Nordin", "Rachid")
_CEU_GIVEN_F = ("Fatima", "Rachida", "Naima", "Yamina", "Malika", "Samira", "Sanae", "Habiba")
_CEU_PLACES: tuple[_T, ...] = (
    ("Bda. Príncipe Alfonso, Pje. Recreo Alto 12", "51003"),
    ("C/ Real 45, 3º B", "51001"),
    ("Bda. del Morro 18", "51002"),
    ("Bda. Hadú, C/ Tte. Arrabal 9", "51002"),
    ("Avda. de España 21, 1º", "51001"),
    ("Bda. Benzú 33", "51003"),
    ("Bda. Juan Carlos I, bloque 4, 1º A", "51004"),
    ("Bda. Los Rosales, C/ Mar Egeo 6", "51003"),
)
_CEU_SERVICE: tuple[_T, ...] = (
    ("Traumatología", "Artroscopia de rodilla"),
    ("Cirugía General", "Hernia inguinal"),
    ("Cirugía General", "Colecistectomía laparoscópica"),
    ("Oftalmología", "Catarata (facoemulsificación)"),
    ("Urología", "RTU de próstata"),
    ("ORL", "Amigdalectomía"),
    ("Ginecología", "Histerectomía"),
)
_CEU_PRIO = ("1 (30 días)", "2 (90 días)", "3 (180 días)", "3 (180 días)", "2 (90 días)")
_CEU_STATE = (
    "Pendiente",
    "Pendiente",
    "Programado",
    "Citado preanestesia",
    "Aplazado a petición del paciente",
    "Derivado a centro concertado (península)",
)
_CEU_DOCTOR = ("Dr. Benítez Haro", "Dra. Sánchez Oliva", "Dr. Mohamed Ali", "Dra. Ruiz Vela")


def _ceu_tsi(p: Person) -> str:
    """The health card code: letters of the two surnames, a sex digit, the birth date, serial."""
    first, _, second = _pick(p, _CEU_FAMILY, 2).upper().partition(" ")
    letters = (first[:2] + second[:2]).translate(str.maketrans("ÁÉÍÓÚ", "AEIOU"))
    return f"{letters}{0 if p.male else 1}{p.birth:%y%m%d}{p.bhxh[-3:]}"


WRITERS_BLIND280: dict[str, Callable[[Person, Col], str]] = {
    # Vietnam: irrigation pump station operators
    "pump_home280": lambda p, c: _pick(p, _VN_HOMETOWN, 2),
    "pump_station280": lambda p, c: _pick(p, _VN_PUMP_STATION, 3),
    "pump_unit280": lambda p, c: _pick(p, _VN_PUMP_UNIT, 4),
    "pump_job280": lambda p, c: _pick(p, _VN_PUMP_JOB, 5),
    "pump_grade280": lambda p, c: _pick(p, _VN_PUMP_GRADE, 6),
    "pump_safety280": lambda p, c: _pick(p, _VN_PUMP_SAFETY, 7),
    "pump_contract280": lambda p, c: _pick(p, _VN_PUMP_CONTRACT, 8),
    "pump_wage280": lambda p, c: f"{(55 + _num(p, 60)) * 100_000:,}".replace(",", "."),
    # Vietnam: refrigeration technicians
    "ref_firm280": lambda p, c: _pick(p, _VN_REF_FIRM, 2),
    "ref_firm_addr280": lambda p, c: _pick(p, _VN_REF_FIRM_ADDR, 3),
    "ref_trade280": lambda p, c: _pick(p, _VN_REF_TRADE, 4),
    "ref_years280": lambda p, c: str(1 + _num(p, 25)),
    "ref_course280": lambda p, c: _pick(p, _VN_REF_COURSE, 5),
    "ref_gas280": lambda p, c: _pick(p, _VN_REF_GAS, 6),
    "ref_result280": lambda p, c: _pick(p, _VN_REF_RESULT, 7),
    "ref_cert280": lambda p, c: f"{_num(p, 900):03d}/GCN-BĐKH",
    # Vietnam: multi-level marketing participants
    "mlm_id280": lambda p, c: f"VN{p.bhxh[1:9]}",
    "mlm_sponsor280": lambda p, c: _other_vn(p, 4),
    "mlm_sponsor_id280": lambda p, c: f"VN{p.bhxh[::-1][:8]}",
    "mlm_rank280": lambda p, c: _pick(p, _VN_MLM_RANK, 3),
    "mlm_bonus280": lambda p, c: f"{_num(p, 400) * 37_000:,}".replace(",", "."),
    "mlm_training280": lambda p, c: _pick(p, _VN_MLM_TRAIN, 4),
    "mlm_status280": lambda p, c: _pick(p, _VN_MLM_STATUS, 5),
    # Vietnam: heirs registering inherited land
    "inh_file280": lambda p, c: f"{p.other_date:%y}.{p.bhxh[-5:]}/VPĐK",
    "inh_deceased280": lambda p, c: _other_vn(p, 6, family=p.family),
    "inh_relation280": lambda p, c: _pick(p, _VN_INH_RELATION, 2),
    "inh_death280": lambda p, c: f"{_later(p, -14 - _num(p, 30)):%d/%m/%Y}",
    "inh_sheet280": lambda p, c: str(1 + _num(p, 45)),
    "inh_plot280": lambda p, c: str(10 + _num(p, 800)),
    "inh_area280": lambda p, c: f"{80 + _num(p, 900)},{_num(p, 9)}",
    "inh_use280": lambda p, c: _pick(p, _VN_INH_USE, 3),
    "inh_deed280": lambda p, c: f"{_num(p, 3000)}/2026/CCGD, quyển số 0{_num(p, 9)}",
    "inh_notary280": lambda p, c: _pick(p, _VN_INH_NOTARY, 4),
    "inh_status280": lambda p, c: _pick(p, _VN_INH_STATUS, 5),
    # Andalusia: unmarried couples register
    "and_no280": lambda p, c: f"{_num(p, 900)}/{p.other_date:%Y}",
    "and_family280": lambda p, c: _two(p, _AND_FAMILY),
    "and_given280": lambda p, c: _by_sex(p, _AND_GIVEN_M, _AND_GIVEN_F, 1),
    "and_id280": lambda p, c: _dni_or_nie(p),
    "and_sex280": lambda p, c: "Hombre" if p.male else "Mujer",
    "and_street280": lambda p, c: _row(p, _AND_PLACES, 1)[0],
    "and_town280": lambda p, c: _row(p, _AND_PLACES, 1)[1],
    "and_prov280": lambda p, c: _row(p, _AND_PLACES, 1)[2],
    "and_cp280": lambda p, c: _row(p, _AND_PLACES, 1)[3],
    "and_phone280": lambda p, c: _es_phone(p, _row(p, _AND_PLACES, 1)[4]),
    "and_partner280": lambda p, c: (
        f"{_pick(p, _AND_FAMILY, 4)} {_pick(p, _AND_FAMILY, 5)}, "
        f"{_by_sex(p, _AND_GIVEN_F, _AND_GIVEN_M, 3)}"
    ),
    "and_partner_id280": lambda p, c: _dni_of(int(p.bhxh[::-1][:8])),
    "and_regime280": lambda p, c: _pick(p, _AND_REGIME, 3),
    "and_entry280": lambda p, c: _pick(p, _AND_ENTRY, 4),
    "and_until280": lambda p, c: (
        f"{_later(p, 9):%d/%m/%Y}" if _pick(p, _AND_ENTRY, 4) == "Baja" else ""
    ),
    # Valencia: fallas census
    "val_family280": lambda p, c: _two(p, _VAL_FAMILY),
    "val_given280": lambda p, c: _by_sex(p, _VAL_GIVEN_M, _VAL_GIVEN_F, 1),
    "val_id280": lambda p, c: _dni_or_nie(p),
    "val_sex280": lambda p, c: "Home" if p.male else "Dona",
    "val_street280": lambda p, c: _row(p, _VAL_PLACES, 2)[0],
    "val_cp280": lambda p, c: _row(p, _VAL_PLACES, 2)[1],
    "val_town280": lambda p, c: _row(p, _VAL_PLACES, 2)[2],
    "val_phone280": lambda p, c: _es_phone(p, "963"),
    "val_falla280": lambda p, c: _pick(p, _VAL_FALLA, 3),
    "val_sector280": lambda p, c: _row(p, _VAL_PLACES, 2)[3],
    "val_role280": lambda p, c: _pick(p, _VAL_ROLE, 4),
    "val_years280": lambda p, c: str(1 + _num(p, 40)),
    "val_award280": lambda p, c: _pick(p, _VAL_AWARD, 5),
    "val_fee280": lambda p, c: f"{(20 + _num(p, 30)) * 10},00 €",
    "val_sponsor280": lambda p, c: (
        f"{_pick(p, _VAL_GIVEN_F, 6)} {_pick(p, _VAL_FAMILY, 2)}" if int(p.bhxh) % 5 else ""
    ),
    # Murcia: irrigators' community
    "mur_member280": lambda p, c: f"{1000 + _num(p, 4000)}",
    "mur_full280": lambda p, c: (
        f"{_two(p, _MUR_FAMILY).upper()}, {_by_sex(p, _MUR_GIVEN_M, _MUR_GIVEN_F, 1).upper()}"
    ),
    "mur_id280": lambda p, c: _dni(p),
    "mur_home280": lambda p, c: _pick(p, _MUR_HOMES, 3),
    "mur_phone280": lambda p, c: _es_phone(p, "968"),
    "mur_paraje280": lambda p, c: _pick(p, _MUR_PARAJE, 4),
    "mur_pol280": lambda p, c: str(1 + _num(p, 62)),
    "mur_parc280": lambda p, c: str(1 + _num(p, 299)),
    "mur_ha280": lambda p, c: f"{_num(p, 40)},{_num(p, 99):02d}",
    "mur_hydrant280": lambda p, c: f"H-{_num(p, 9)}{_num(p, 300):03d}",
    "mur_fee280": lambda p, c: f"{(3 + _num(p, 81)) * 41},{p.bhxh[4:6]}",
    "mur_debt280": lambda p, c: _pick(p, _MUR_DEBT, 5),
    "mur_rep280": lambda p, c: (
        f"{_pick(p, _MUR_GIVEN_F, 6)} {_pick(p, _MUR_FAMILY, 3)}" if int(p.bhxh) % 4 == 1 else ""
    ),
    # Balearic Islands: recreational sea fishing licences
    "bal_lic280": lambda p, c: f"PR-{_num(p, 9)}{p.bhxh[3:8]}",
    "bal_family280": lambda p, c: _two(p, _BAL_FAMILY),
    "bal_given280": lambda p, c: _by_sex(p, _BAL_GIVEN_M, _BAL_GIVEN_F, 1),
    "bal_id280": lambda p, c: _dni_or_nie(p),
    "bal_sex280": lambda p, c: "H" if p.male else "D",
    "bal_street280": lambda p, c: _row(p, _BAL_PLACES, 3)[0],
    "bal_cp280": lambda p, c: _row(p, _BAL_PLACES, 3)[1],
    "bal_town280": lambda p, c: _row(p, _BAL_PLACES, 3)[2],
    "bal_island280": lambda p, c: _row(p, _BAL_PLACES, 3)[3],
    "bal_phone280": lambda p, c: _es_phone(p, "971"),
    "bal_mode280": lambda p, c: _pick(p, _BAL_MODE, 4),
    "bal_boat280": lambda p, c: (
        f"7ª-PM-{_num(p, 5)}-{_num(p, 900)}-{p.bhxh[-2:]}"
        if _pick(p, _BAL_MODE, 4) in ("Des d'embarcació", "Col·lectiva")
        else ""
    ),
    "bal_until280": lambda p, c: f"{_later(p, 24):%d/%m/%Y}",
    "bal_fee280": lambda p, c: _pick(p, ("6,21", "12,42", "0,00 (jubilat)", "6,21"), 5),
    # Ceuta: surgical waiting list
    "ceu_nhc280": lambda p, c: f"{p.bhxh[2:9]}",
    "ceu_family280": lambda p, c: _pick(p, _CEU_FAMILY, 2),
    "ceu_given280": lambda p, c: _by_sex(p, _CEU_GIVEN_M, _CEU_GIVEN_F, 1),
    "ceu_id280": lambda p, c: _dni_or_nie(p),
    "ceu_nuss280": lambda p, c: _nuss(p, "51"),
    "ceu_tsi280": lambda p, c: _ceu_tsi(p),
    "ceu_sex280": lambda p, c: "H" if p.male else "M",
    "ceu_street280": lambda p, c: _row(p, _CEU_PLACES, 2)[0],
    "ceu_cp280": lambda p, c: _row(p, _CEU_PLACES, 2)[1],
    "ceu_phone280": lambda p, c: _es_phone(p, "956"),
    "ceu_phone2280": lambda p, c: _es_contact(p),
    "ceu_service280": lambda p, c: _row(p, _CEU_SERVICE, 3)[0],
    "ceu_proc280": lambda p, c: _row(p, _CEU_SERVICE, 3)[1],
    "ceu_prio280": lambda p, c: _pick(p, _CEU_PRIO, 4),
    "ceu_days280": lambda p, c: str(3 + _num(p, 400)),
    "ceu_state280": lambda p, c: _pick(p, _CEU_STATE, 5),
    "ceu_doctor280": lambda p, c: _pick(p, _CEU_DOCTOR, 6),
}

__all__ = ["WRITERS_BLIND280"]
