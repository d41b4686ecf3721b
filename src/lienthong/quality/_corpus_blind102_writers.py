"""How the people of the hundred-and-second part of the outside corpus (**blind 102**,
:mod:`lienthong.quality._corpus_blind102`) are written: four Vietnamese files' own columns (a
worker's one-off social insurance payment, a party awareness class's certificate, a household's
family health insurance contributions, a farmers' union member's loan from the support fund) and
French, Belgian, Luxembourg, Monegasque and Andorran names, places, phones and identity numbers
in the forms their registers write them (the French NIR with its key, the Belgian national
register number with its mod 97 digits, the Luxembourg matricule with its Luhn and Verhoeff
digits, the Andorran CASS number)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind17_writers import _matricule_lu
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind53_writers import _niss
from lienthong.quality._corpus_blind85_writers import _items, _rows
from lienthong.quality._corpus_blind92_writers import _dotted
from lienthong.quality._corpus_people import _ascii

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnamese files ---------------------------------------------------------------------------
_VN_BD_WARDS = _items(
    "phường Dĩ An, TP. Dĩ An; phường Tân Đông Hiệp, TP. Dĩ An; phường Bình Hòa, TP. Thuận An; "
    "phường Thuận Giao, TP. Thuận An; phường Phú Lợi, TP. Thủ Dầu Một"
)
_VN_BD_STREETS = _items(
    "KP Bình Minh 1; KP Nhị Đồng 2; Tổ 5, KP Thống Nhất; Đường ĐT 743; Hẻm 12 đường Trần Hưng Đạo"
)
_VN_ONEOFF_REASONS = _items(
    "Sau 12 tháng nghỉ việc không tiếp tục đóng; Ra nước ngoài để định cư; "
    "Mắc bệnh nguy hiểm đến tính mạng; Đủ tuổi hưởng lương hưu nhưng chưa đủ 15 năm đóng; "
    "Sau 12 tháng nghỉ việc không tiếp tục đóng"
)
_VN_EMPLOYERS = _items(
    "Cty TNHH Pou Yuen VN; Cty TNHH Giày Da Tỷ Thạc; Cty CP Đồ gỗ Tân Thành; "
    "Cty TNHH Esquel Garment; Cty TNHH Kumho Tire VN; Cty TNHH MTV May Việt Thắng"
)
_VN_BANKS = ("Agribank CN Dĩ An", "Vietcombank CN Bình Dương", "BIDV CN Nam Bình Dương", "")

_VN_PARTY_UNITS = _items(
    "Chi bộ ấp 2; Chi bộ Trường THCS Hòa Bình; Chi bộ Trạm Y tế xã; Chi bộ Công an xã; "
    "Chi bộ ấp Tân Lập; Đoàn cơ sở xã; Chi bộ Quân sự xã"
)
_VN_ETHNIC = ("Kinh", "Kinh", "Kinh", "Khmer", "Hoa", "Kinh", "Chăm")
_VN_RELIGION = ("Không", "Không", "Phật giáo", "Công giáo", "Cao Đài", "Không", "Hòa Hảo")
_VN_SCHOOLING = ("12/12", "12/12", "9/12", "12/12 + ĐH", "12/12 + CĐ", "12/12 + TC")
_VN_GRADES = ("Giỏi", "Khá", "Khá", "Trung bình", "Giỏi", "Khá")
_VN_TN_HAMLETS = ("Ấp Tân Lập", "Ấp 2", "Ấp Hòa Bình", "Ấp Trường Lưu", "Ấp Bến Kéo")
_VN_TN_COMMUNES = ("xã Long Thành Nam, TX. Hòa Thành", "xã Trường Hòa, TX. Hòa Thành")

_VN_HN_HAMLETS = ("Thôn Đông", "Thôn Trung", "Thôn Đoài", "Xóm Chùa", "Thôn Yên Phú")
_VN_HN_COMMUNES = ("xã Vân Hà, huyện Đông Anh", "xã Liên Hà, huyện Đông Anh", "xã Dục Tú")
_VN_HOUSE_RELATIONS = ("Chủ hộ", "Vợ", "Chồng", "Con", "Con", "Mẹ", "Cháu")
_VN_CLINICS = _items(
    "BV Đa khoa Đông Anh (01015); TYT xã Vân Hà (01254); TYT xã Liên Hà (01250); "
    "BV Bắc Thăng Long (01016); PK ĐK Đông Anh (01167)"
)
#: a household's nth member pays 70 %, 60 %, 50 %, 40 % of the first member's 4.5 % of base pay
_VN_BHYT_RATES = (1_263_600, 884_520, 758_160, 631_800, 505_440)

_VN_VL_HAMLETS = ("Ấp Phú Thạnh", "Ấp Thanh Mỹ", "Ấp Mỹ Hòa", "Ấp An Thới", "Ấp Tân Quy")
_VN_VL_COMMUNES = ("xã Phú Thịnh, huyện Tam Bình", "xã Mỹ Thạnh Trung, huyện Tam Bình")
_VN_FARM_PROJECTS = _items(
    "Nuôi bò sinh sản; Trồng bưởi da xanh; Nuôi cá tra giống; Trồng khoai lang Nhật; "
    "Nuôi heo thịt an toàn sinh học; Trồng chôm chôm Thái; Nuôi lươn không bùn"
)
_VN_LOANS = (20, 30, 40, 50, 60, 80, 100)
_VN_LOAN_TERMS = ("24", "36", "36", "24", "48")

# -- France -------------------------------------------------------------------------------------
_FR_FAMILY = _items(
    "MARTIN; BERNARD; DUBOIS; LAFFITTE; DUPRAT; LABORDE; GARCIA; MOREAU; DARRIGADE; FERREIRA"
)
_FR_MARRIED = _items("LEROY; FAURE; ROUSSEAU; CASTAING; LOPEZ; LAMBERT")
_FR_GIVEN_M = _items("Jean-Pierre; Thierry; Kévin; Mathéo; Philippe; Mohamed; Louis; Bruno")
_FR_GIVEN_F = _items("Nathalie; Sylvie; Léa; Chloé; Isabelle; Fatima; Manon; Monique")
#: (commune of birth, INSEE code) - abroad 99 and the country's code
_FR_BIRTHPLACES = _rows(
    "Bordeaux | 33063; Mérignac | 33281; Libourne | 33243; Agen | 47001; Paris 15e | 75115; "
    "Toulouse | 31555; Portugal | 99139; Maroc | 99350"
)
#: (street line, postcode, commune)
_FR_HOMES = _rows(
    "12 rue Lecocq | 33000 | BORDEAUX; 4 allée des Pins, Rés. Les Ajoncs | 33700 | MÉRIGNAC; "
    "27 cours Tourny | 33500 | LIBOURNE; 8 impasse du Moulin | 33600 | PESSAC; "
    "Lieu-dit Le Bourg | 33210 | LANGON; 131 avenue de la Libération | 33110 | LE BOUSCAT"
)
_FR_BENEFITS = _items(
    "AAH; PCH aide humaine; CMI invalidité; RQTH; AEEH + complément 2; CMI stationnement; "
    "Orientation ESAT; PCH aménagement logement"
)
_FR_RATES = ("80 % et +", "50 à 79 %", "80 % et +", "< 50 %", "50 à 79 %")
_FR_PAYERS = ("CAF", "CAF", "MSA", "Conseil départemental", "—")
_FR_REFERENTS = ("Mme Castagnet", "M. Bouyssou", "Mme Nguyen", "Mme Lartigue")

# -- Belgium ------------------------------------------------------------------------------------
_BE_FAMILY = _items("Peeters; Janssens; Dubois; Lambert; El Amrani; Vandenberghe; Mertens; Diallo")
_BE_GIVEN_M = _items("Luc; Jan; Mohamed; Pierre; Wouter; Youssef; Marc")
_BE_GIVEN_F = _items("Marie; An; Fatima; Nathalie; Els; Aïcha; Sophie")
#: (street line, postcode, commune in French / Dutch)
_BE_HOMES = _rows(
    "Rue Gray 112 | 1050 | Ixelles / Elsene; Chaussée de Boondael 45 bte 3 | 1050 | Ixelles / "
    "Elsene; Rue du Collège 7 | 1050 | Ixelles / Elsene; Kroonlaan 230 | 1050 | Elsene / "
    "Ixelles; Rue Malibran 58 | 1050 | Ixelles / Elsene"
)
_BE_CATEGORIES = _items(
    "1 - BIM / VT; 2 - Faible revenu / Laag inkomen; 3 - Médiation de dettes / Schuldbemiddeling"
)
_BE_FUELS = _items(
    "Gasoil de chauffage / Huisbrandolie; Pétrole lampant / Lampolie; Propane en vrac / Bulkpropaan"
)
_BE_SUPPLIERS = ("Total Energies", "Van Marcke Brandstoffen", "Gabriëls", "Dufour Combustibles")
_BE_WORKERS = ("Mme Claes", "M. Haddad", "Dhr. Verbeke", "Mevr. De Smet")

# -- Luxembourg ---------------------------------------------------------------------------------
_LU_FAMILY = _items("SCHMIT; MULLER; WEBER; HOFFMANN; DA SILVA; WAGNER; FERREIRA; KLEIN; REUTER")
_LU_GIVEN_M = _items("Jean; Marc; Tom; Paulo; Luc; Gilles; Ben")
_LU_GIVEN_F = _items("Marie; Anne; Sandra; Carole; Ana; Lynn; Joëlle")
#: (street line, postcode, locality)
_LU_HOMES = _rows(
    "12, rue de l'Alzette | L-4011 | Esch-sur-Alzette; 3, boulevard Kennedy | L-4170 | "
    "Esch-sur-Alzette; 45, rue du Canal | L-4050 | Esch-sur-Alzette; 7, rue Michel Rodange | "
    "L-4276 | Esch-sur-Alzette; 28, route de Belval | L-4024 | Esch-sur-Alzette"
)
_LU_DOGS = _items("Rocky; Luna; Max; Bella; Filou; Nala; Rex; Kira")
_LU_BREEDS = _items(
    "Labrador Retriever; Berger allemand / Schäferhund; Croisé / Mischling; Chihuahua; "
    "Staffordshire Bull Terrier; Beagle; Jack Russell Terrier"
)
_LU_INSURERS = ("Foyer Assurances", "La Luxembourgeoise", "AXA Luxembourg", "Baloise", "Lalux")

# -- Monaco -------------------------------------------------------------------------------------
_MC_FAMILY = _items("BOISSON; MÉDECIN; GASTAUD; CROVETTO; PASTOR; NOTARI; SETTIMO; PALMARO")
_MC_GIVEN_M = _items("Jean-Louis; Stéphane; Christophe; Frédéric; Olivier; Alain")
_MC_GIVEN_F = _items("Catherine; Isabelle; Valérie; Corinne; Sophie; Claire")
#: (building and street, quartier)
_MC_HOMES = _rows(
    "Le Millefiori, 1 rue des Genêts | Monte-Carlo; Les Floralies, 2 boulevard d'Italie | "
    "Saint-Roman; Le Schuylkill, 19 boulevard de Suisse | Monte-Carlo; Villa Ida, 12 rue Bosio | "
    "La Condamine; Le Titien, 6 quai Jean-Charles Rey | Fontvieille; Les Jacarandas, "
    "37 boulevard du Jardin Exotique | Moneghetti"
)
_MC_NATIONS = ("Monégasque", "Monégasque", "Française", "Italienne", "Britannique", "Monégasque")
_MC_CAR_PARKS = _items(
    "Parking des Moulins; Parking de la Costa; Parking Saint-Antoine; Parking des Salines; "
    "Parking du Jardin Exotique; Parking de la Condamine"
)
_MC_SUBSCRIPTIONS = ("Résident 24h/24", "Résident nuit", "Résident 2 roues", "Résident 24h/24")

# -- Andorra ------------------------------------------------------------------------------------
_AD_FAMILY = _items(
    "Fernández Pujol; Moreira da Silva; Garcia Riba; Casal Cerqueda; Martínez López; Puig Torres"
)
_AD_GIVEN_M = _items("Jordi; Joan; Pere; Ricardo; Marc; Josep; Nuno")
_AD_GIVEN_F = _items("Montserrat; Meritxell; Anna; Sandra; Laia; Núria; Ana Paula")
#: (street line, parish, postcode)
_AD_HOMES = _rows(
    "Av. Meritxell, 45, 3r 2a | Andorra la Vella | AD500; C/ Prat de la Creu, 12 | Andorra la "
    "Vella | AD500; Av. Carlemany, 70, 1r | Escaldes-Engordany | AD700; C/ Major, 8 | Encamp | "
    "AD200; Av. del Través, 3, 2n 1a | La Massana | AD400; C/ Bonaventura Riberaygua, 21 | "
    "Escaldes-Engordany | AD700; Ctra. General, 15 | Sant Julià de Lòria | AD600"
)
_AD_NATIONS = ("andorrana", "espanyola", "portuguesa", "francesa", "andorrana", "argentina")
_AD_STUDIES = _items(
    "Segona ensenyança; Batxillerat; Formació professional; Grau universitari; Sense estudis"
)
_AD_JOBS = _items(
    "Dependent/a de comerç; Cambrer/a; Auxiliar administratiu/iva; Cuiner/a; Monitor/a d'esquí; "
    "Netejador/a; Conductor/a"
)
_AD_EMPLOYERS = _items("Pyrénées Andorra; Grandvalira; Hotel Plaza; Andorra Telecom; Cap")
_AD_OFFICERS = ("Sra. Sansa", "Sr. Cornella", "Sra. Pons", "Sr. Baró")


def _vn_home(p: Person, hamlets: tuple[str, ...], communes: tuple[str, ...], province: str) -> str:
    return f"{_pick(p, hamlets, 4)}, {_pick(p, communes, 5)}, {province}"


def _oneoff(p: Person) -> int:
    """A one-off payment: 1.5 months of average pay a year before 2014, 2 after (rounded)."""
    return (2 + int(p.bhxh[-4:]) % 14) * 9_750_000 + int(p.bhxh[-3:]) * 1000


def _insee(p: Person) -> tuple[str, ...]:
    return _FR_BIRTHPLACES[int(p.bhxh) // 7 % len(_FR_BIRTHPLACES)]


def _nir102(p: Person) -> str:
    """A French NIR ``2 84 03 33 063 127 45``: sex, year and month of birth, the INSEE code of the
    place of birth, an order number and the key, 97 less the thirteen digits' remainder by 97."""
    code = _insee(p)[1]
    head = f"{1 if p.male else 2}{p.birth:%y%m}{code}{1 + int(p.bhxh[-3:]) % 999:03d}"
    key = 97 - int(head) % 97
    return f"{head[0]} {head[1:3]} {head[3:5]} {head[5:7]} {head[7:10]} {head[10:]} {key:02d}"


def _fr_home(p: Person) -> tuple[str, ...]:
    return _FR_HOMES[int(p.bhxh) // 5 % len(_FR_HOMES)]


def _be_home(p: Person) -> tuple[str, ...]:
    return _BE_HOMES[int(p.bhxh) // 5 % len(_BE_HOMES)]


def _lu_home(p: Person) -> tuple[str, ...]:
    return _LU_HOMES[int(p.bhxh) // 5 % len(_LU_HOMES)]


def _mc_home(p: Person) -> tuple[str, ...]:
    return _MC_HOMES[int(p.bhxh) // 5 % len(_MC_HOMES)]


def _ad_home(p: Person) -> tuple[str, ...]:
    return _AD_HOMES[int(p.bhxh) // 5 % len(_AD_HOMES)]


def _pairs_of(p: Person) -> str:
    return f"{p.phone[2:4]} {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}"


def _be_phone(p: Person) -> str:
    """Brussels forms: a mobile ``0475/12.34.56`` or a landline ``02 640 12 34``."""
    if int(p.bhxh) % 3 == 0:
        return f"02 {p.phone[2:5]} {p.phone[5:7]} {p.phone[7:9]}"
    return (
        f"04{_pick(p, ('75', '86', '96', '77'), 2)}/{p.phone[4:6]}.{p.phone[6:8]}.{p.phone[8:10]}"
    )


WRITERS_BLIND102: dict[str, Callable[[Person, Col], object]] = {
    # -- BHXH một lần
    "oneoff_addr102": lambda p, c: (
        f"{_pick(p, _VN_BD_STREETS, 3)}, {_pick(p, _VN_BD_WARDS, 2)}, tỉnh Bình Dương"
    ),
    "paid_years102": lambda p, c: f"{1 + int(p.bhxh[-2:]) % 14} năm {int(p.bhxh[-3]) % 12} tháng",
    "oneoff_reason102": lambda p, c: _pick(p, _VN_ONEOFF_REASONS, 3),
    "employer102": lambda p, c: _pick(p, _VN_EMPLOYERS, 4),
    "oneoff_amount102": lambda p, c: _dotted(_oneoff(p)),
    "pay_way102": lambda p, c: "Tiền mặt" if not _pick(p, _VN_BANKS, 5) else "ATM",
    "account102": lambda p, c: "" if not _pick(p, _VN_BANKS, 5) else f"{p.bhxh[::-1]}{p.bhxh[3]}",
    "bank102": lambda p, c: _pick(p, _VN_BANKS, 5),
    "file_no102": lambda p, c: f"{_num(p, 9000):04d}/2025/7410",
    # -- lớp cảm tình Đảng
    "ethnic102": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "religion102": lambda p, c: _pick(p, _VN_RELIGION, 3),
    "hometown102": lambda p, c: _pick(p, ("Tây Ninh", "Long An", "Thanh Hóa", "Nghệ An"), 4),
    "party_addr102": lambda p, c: _vn_home(p, _VN_TN_HAMLETS, _VN_TN_COMMUNES, "tỉnh Tây Ninh"),
    "schooling102": lambda p, c: _pick(p, _VN_SCHOOLING, 5),
    "party_unit102": lambda p, c: _pick(p, _VN_PARTY_UNITS, 6),
    "essay102": lambda p, c: f"{5 + int(p.bhxh[-1]) % 5},{int(p.bhxh[-2]) % 2 * 5}",
    "grade102": lambda p, c: _pick(p, _VN_GRADES, 7),
    "certificate102": lambda p, c: f"{_num(p, 400):03d}/GCN-TTCT",
    # -- BHYT hộ gia đình
    "household_code102": lambda p, c: f"01{p.bhxh[:8]}",
    "house_rel102": lambda p, c: _pick(p, _VN_HOUSE_RELATIONS, 2),
    "head102": lambda p, c: _other_vn(p, 3, True),
    "clinic102": lambda p, c: _pick(p, _VN_CLINICS, 4),
    "member_no102": lambda p, c: 1 + int(p.bhxh) % 5,
    "bhyt_amount102": lambda p, c: _dotted(_VN_BHYT_RATES[int(p.bhxh) % 5]),
    "months102": lambda p, c: _pick(p, ("12", "12", "6", "3", "12"), 5),
    "bhyt_addr102": lambda p, c: _vn_home(p, _VN_HN_HAMLETS, _VN_HN_COMMUNES, "TP. Hà Nội"),
    # -- Quỹ hỗ trợ nông dân
    "member_card102": lambda p, c: f"HND-{p.bhxh[1:7]}",
    "branch102": lambda p, c: f"Chi hội {_pick(p, _VN_VL_HAMLETS, 6)}",
    "farm_addr102": lambda p, c: _vn_home(p, _VN_VL_HAMLETS, _VN_VL_COMMUNES, "tỉnh Vĩnh Long"),
    "project102": lambda p, c: _pick(p, _VN_FARM_PROJECTS, 3),
    "loan102": lambda p, c: str(_VN_LOANS[int(p.bhxh) % len(_VN_LOANS)]),
    "term102": lambda p, c: _pick(p, _VN_LOAN_TERMS, 4),
    "group_head102": lambda p, c: _other_vn(p, 8),
    "group_phone102": lambda p, c: _other_phone(p, "0939"),
    "sign102": lambda p, c: "",
    # -- France: MDPH
    "mdph_file102": lambda p, c: f"033-{2015 + int(p.bhxh[0]) % 10}-{p.bhxh[-6:]}",
    "nir102": lambda p, c: _nir102(p),
    "fr_family102": lambda p, c: _pick(p, _FR_FAMILY, 2),
    "fr_married102": lambda p, c: "" if p.male or int(p.bhxh) % 3 else _pick(p, _FR_MARRIED, 3),
    "fr_given102": lambda p, c: _by_sex(p, _FR_GIVEN_M, _FR_GIVEN_F, 4),
    "fr_birthplace102": lambda p, c: _insee(p)[0],
    "sex_fr102": lambda p, c: "M" if p.male else "F",
    "fr_street102": lambda p, c: _fr_home(p)[0],
    "fr_postcode102": lambda p, c: _fr_home(p)[1],
    "fr_town102": lambda p, c: _fr_home(p)[2],
    "fr_phone102": lambda p, c: f"0{_pick(p, ('6', '7', '5'), 3)} {_pairs_of(p)}",
    "fr_email102": lambda p, c: f"{_pick(p, _FR_FAMILY, 2).lower()}.{p.bhxh[-3:]}@orange.fr",
    "benefit102": lambda p, c: _pick(p, _FR_BENEFITS, 5),
    "rate102": lambda p, c: _pick(p, _FR_RATES, 6),
    "until102": lambda p, c: f"{_shift_date(p.other_date, 1 + int(p.bhxh[4]) % 10):%d/%m/%Y}",
    "payer102": lambda p, c: _pick(p, _FR_PAYERS, 7),
    "caf102": lambda p, c: f"{int(p.bhxh[-7:]):07d}",
    "referent102": lambda p, c: _pick(p, _FR_REFERENTS, 8),
    # -- Belgium: fonds social chauffage / sociaal verwarmingsfonds
    "be_file102": lambda p, c: f"SVF-FSC/2025/{_num(p, 2000):04d}",
    "be_family102": lambda p, c: _pick(p, _BE_FAMILY, 2),
    "be_given102": lambda p, c: _by_sex(p, _BE_GIVEN_M, _BE_GIVEN_F, 3),
    "niss102": lambda p, c: _niss(p),
    "sex_be102": lambda p, c: "M" if p.male else _pick(p, ("V", "F"), 4),
    "be_street102": lambda p, c: _be_home(p)[0],
    "be_postcode102": lambda p, c: _be_home(p)[1],
    "be_town102": lambda p, c: _be_home(p)[2],
    "be_phone102": lambda p, c: _be_phone(p),
    "be_category102": lambda p, c: _pick(p, _BE_CATEGORIES, 5),
    "fuel102": lambda p, c: _pick(p, _BE_FUELS, 6),
    "supplier102": lambda p, c: _pick(p, _BE_SUPPLIERS, 7),
    "litres102": lambda p, c: 500 + int(p.bhxh[-3:]) % 1000,
    "allowance102": lambda p, c: f"{210 + int(p.bhxh[-2:]) * 4},00",
    "be_worker102": lambda p, c: _pick(p, _BE_WORKERS, 8),
    "be_decision102": lambda p, c: f"{p.other_date + timedelta(days=14 + _num(p, 30)):%d/%m/%Y}",
    # -- Luxembourg: registre des chiens / Hunderegister
    "matricule102": lambda p, c: _matricule_lu(p),
    "lu_family102": lambda p, c: _pick(p, _LU_FAMILY, 2),
    "lu_given102": lambda p, c: _by_sex(p, _LU_GIVEN_M, _LU_GIVEN_F, 3),
    "lu_street102": lambda p, c: _lu_home(p)[0],
    "lu_postcode102": lambda p, c: _lu_home(p)[1],
    "lu_town102": lambda p, c: _lu_home(p)[2],
    "lu_phone102": lambda p, c: (
        f"+352 6{_pick(p, ('21', '91', '61'), 3)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "dog102": lambda p, c: _pick(p, _LU_DOGS, 4),
    "breed102": lambda p, c: _pick(p, _LU_BREEDS, 5),
    "chip102": lambda p, c: f"442 09{p.bhxh[0]} {p.bhxh[1:10]}",
    "insurer102": lambda p, c: _pick(p, _LU_INSURERS, 6),
    "dog_tax102": lambda p, c: _pick(p, ("10,00", "10,00", "20,00", "50,00"), 7),
    # -- Monaco: abonnements résidents des parkings publics
    "mc_name102": lambda p, c: (
        f"{_pick(p, _MC_FAMILY, 2)} {_by_sex(p, _MC_GIVEN_M, _MC_GIVEN_F, 3)}"
    ),
    "sex_mc102": lambda p, c: "M." if p.male else "Mme",
    "mc_card102": lambda p, c: f"{_pick(p, ('R', 'P', 'O'), 4)}{p.bhxh[-6:]}",
    "mc_nation102": lambda p, c: _pick(p, _MC_NATIONS, 5),
    "mc_street102": lambda p, c: _mc_home(p)[0],
    "mc_quarter102": lambda p, c: _mc_home(p)[1],
    "mc_phone102": lambda p, c: (
        f"+377 6 {_pairs_of(p)}"
        if int(p.bhxh) % 2
        else f"+377 {_pick(p, ('93', '97', '92'), 6)} {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}"
    ),
    "mc_sub_no102": lambda p, c: f"SPP-{p.bhxh[2:8]}",
    "mc_email102": lambda p, c: f"{_ascii(_pick(p, _MC_FAMILY, 2)).lower()}{p.bhxh[-2:]}@monaco.mc",
    "plate102": lambda p, c: f"{_pick(p, tuple('ABCDEFGHKMNPRSTVXZ'), 7)}{int(p.bhxh[-3:]) + 1}",
    "car_park102": lambda p, c: _pick(p, _MC_CAR_PARKS, 8),
    "subscription102": lambda p, c: _pick(p, _MC_SUBSCRIPTIONS, 9),
    "monthly102": lambda p, c: _pick(p, ("96,00", "48,00", "19,00", "96,00"), 9),
    # -- Andorra: Servei d'Ocupació
    "ad_seeker102": lambda p, c: f"DO-{p.bhxh[-5:]}",
    "ad_family102": lambda p, c: _pick(p, _AD_FAMILY, 2),
    "ad_given102": lambda p, c: _by_sex(p, _AD_GIVEN_M, _AD_GIVEN_F, 3),
    "sex_ad102": lambda p, c: "Home" if p.male else "Dona",
    "ad_nation102": lambda p, c: _pick(p, _AD_NATIONS, 4),
    "cass102": lambda p, c: f"{100_000 + int(p.bhxh[-6:]) % 900_000}",
    "ad_passport102": lambda p, c: f"{_pick(p, ('AD', 'PAE', 'CB'), 5)}{p.bhxh[-7:]}",
    "ad_street102": lambda p, c: _ad_home(p)[0],
    "ad_parish102": lambda p, c: _ad_home(p)[1],
    "ad_postcode102": lambda p, c: _ad_home(p)[2],
    "ad_phone102": lambda p, c: (
        f"+376 {_pick(p, ('3', '6', '8'), 6)}{p.phone[5:7]} {p.phone[7:10]}"
    ),
    "ad_email102": lambda p, c: (
        f"{_ascii(_by_sex(p, _AD_GIVEN_M, _AD_GIVEN_F, 3)).lower().replace(' ', '')}"
        f".{p.bhxh[-4:]}@andorra.ad"
    ),
    "ad_studies102": lambda p, c: _pick(p, _AD_STUDIES, 7),
    "ad_job102": lambda p, c: _pick(p, _AD_JOBS, 8),
    "ad_employer102": lambda p, c: _pick(p, _AD_EMPLOYERS, 9),
    "ad_benefit102": lambda p, c: _pick(p, ("No", "Sí", "No", "En tràmit"), 10),
    "ad_officer102": lambda p, c: _pick(p, _AD_OFFICERS, 11),
}

__all__ = ["WRITERS_BLIND102"]
