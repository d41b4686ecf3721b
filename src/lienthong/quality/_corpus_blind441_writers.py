"""How the people of the four-hundred-and-forty-first part of the outside corpus (**blind 441**,
:mod:`lienthong.quality._corpus_blind441`) are written: four Vietnamese files' own columns (a
drug rehabilitation centre's residents and their families, a commune's community-based
rehabilitation list for people with disabilities, a ward's list of people under management after
rehab, a district's community mental health programme with carers) and Thai, Malaysian, Kyrgyz,
Portuguese and Ghanaian social care clients' names, addresses, phones and numbers in the forms
their cards show (the Thai id with its mod-11 digit in romanised lists, the MyKad, the Kyrgyz
ПИН, the cartão de cidadão with its check digit beside the NIF, the Ghana Card PIN)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind150_writers import _nif_pt
from lienthong.quality._corpus_blind156_writers import _mykad
from lienthong.quality._corpus_blind274_writers import _be, _th_id274, _th_mobile
from lienthong.quality._corpus_blind346_writers import _pin_kg
from lienthong.quality._corpus_blind404_writers import _gh_card, _gh_phone
from lienthong.quality._corpus_blind413_writers import _cc_pt

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

_VN_KIN = ("Bố", "Mẹ", "Vợ", "Chồng", "Anh trai", "Chị gái", "Con")
_VN_DRUG = ("Heroin", "Ma túy tổng hợp (ATS)", "Methamphetamine (đá)", "Cần sa", "Ketamine")
_VN_CN_FORM = ("Bắt buộc", "Tự nguyện", "Bắt buộc", "Tự nguyện tại cơ sở")
_VN_DECISION = ("QĐ", "QĐ-TA", "QĐ-TAND")
_VN_STAGE = ("Cắt cơn", "Giáo dục - tư vấn", "Lao động trị liệu", "Chuẩn bị tái hòa nhập")
_VN_DIS_KIND = ("Vận động", "Nghe, nói", "Nhìn", "Thần kinh, tâm thần", "Trí tuệ", "Khác")
_VN_DIS_LEVEL = ("Đặc biệt nặng", "Nặng", "Nhẹ", "Nặng", "Nhẹ")
_VN_SUPPORT = ("Xe lăn", "Nạng", "Máy trợ thính", "Tập PHCN tại nhà", "Kính", "Chưa có")
_VN_CTV = ("CTV PHCN thôn Đông", "CTV PHCN thôn Đoài", "CTV PHCN xóm Trại", "CTV PHCN xóm Mới")
_VN_MGMT = ("Quản lý sau cai", "Quản lý sau cai", "Tái nghiện - lập hồ sơ", "Hết thời hạn QL")
_VN_CENTRE = ("CSCN ma túy số 1", "CSCN ma túy số 2", "CSCN tỉnh Phú Thọ", "CSCN Bình Đức")
_VN_TEST = ("Âm tính", "Âm tính", "Âm tính", "Dương tính (MET)", "Chưa xét nghiệm")
_VN_DIAG = ("F20 - Tâm thần phân liệt", "F31 - RL cảm xúc lưỡng cực", "G40 - Động kinh")
_VN_DIAG2 = ("F32 - Trầm cảm", "F20.0 - TTPL thể paranoid", "G40.9 - Động kinh")
_VN_DRUGS_TT = ("Olanzapin 10mg", "Haloperidol 5mg", "Depakin 500mg", "Risperidon 2mg")
_VN_STATE = ("Ổn định", "Ổn định", "Thuyên giảm", "Tái phát", "Ổn định - có việc làm")

_TH_GIVEN_M = ("Somchai", "Anan", "Prasert", "Wichai", "Kittisak", "Thanawat", "Surasak", "Niwat")
_TH_GIVEN_F = (
    "Siriporn",
    "Kanokwan",
    "Malee",
    "Pranee",
    "Wanida",
    "Nittaya",
    "Supaporn",
    "Jintana",
)
_TH_FAMILY = (
    "Saetang", "Srisuk", "Boonmee", "Chaiyaporn", "Wongsawat", "Kaewkla", "Thongdee",
    "Phromma", "Inthasorn", "Rattanakul",
)  # fmt: skip
_TH_PLACES = (
    ("Tambon Chang Phueak", "Amphoe Mueang Chiang Mai", "Chiang Mai", "50300", "5001"),
    ("Tambon San Sai Noi", "Amphoe San Sai", "Chiang Mai", "50210", "5007"),
    ("Tambon Nai Mueang", "Amphoe Mueang Khon Kaen", "Khon Kaen", "40000", "4001"),
    ("Tambon Ban Suan", "Amphoe Mueang Chon Buri", "Chon Buri", "20000", "2001"),
    ("Tambon Wiang", "Amphoe Fang", "Chiang Mai", "50110", "5010"),
    ("Tambon Rop Wiang", "Amphoe Mueang Chiang Rai", "Chiang Rai", "57000", "5701"),
    ("Tambon Mae Sai", "Amphoe Mae Sai", "Chiang Rai", "57130", "5708"),
    ("Tambon Nai Mueang", "Amphoe Mueang Udon Thani", "Udon Thani", "41000", "4101"),
    ("Tambon Pak Nam", "Amphoe Mueang Samut Prakan", "Samut Prakan", "10270", "1101"),
    ("Tambon Bang Rak Phatthana", "Amphoe Bang Bua Thong", "Nonthaburi", "11110", "1204"),
    ("Tambon Talat", "Amphoe Mueang Nakhon Ratchasima", "Nakhon Ratchasima", "30000", "3001"),
    ("Tambon Hat Yai", "Amphoe Hat Yai", "Songkhla", "90110", "9011"),
)
_TH_CENTRE = ("Thanyarak Chiang Mai Hospital", "Thanyarak Khon Kaen Hospital", "Camp Ban Suan")
_TH_SUBST = ("Methamphetamine (yaba)", "Ice (crystal meth)", "Kratom", "Heroin", "Cannabis")
_TH_PROG = ("Matrix Program", "Therapeutic Community", "CBTx Camp", "Voluntary (OPD)")

_MY_GIVEN_M = ("Mohd Faizal", "Ahmad Zaki", "Mohd Hafiz", "Azlan", "Rosli", "Shahrul Nizam")
_MY_GIVEN_F = ("Nurul Ain", "Siti Hajar", "Norazlina", "Fatimah", "Rosmah", "Nur Syafiqah")
_MY_FATHER = (
    "Abdullah",
    "Ismail",
    "Hassan",
    "Yusof",
    "Osman",
    "Ali",
    "Ibrahim",
    "Salleh",
    "Jaafar",
)
_MY_STREETS = (
    ("Kampung Likas", "88400", "Kota Kinabalu"),
    ("Taman Fajar, Jalan Tuaran", "88450", "Kota Kinabalu"),
    ("Taman Sri Perdana, Mile 4", "90000", "Sandakan"),
    ("Kampung Air", "91000", "Tawau"),
    ("Taman Bandar Baru, Jalan Apas", "91000", "Tawau"),
    ("Kampung Tanjung Aru Baru", "88100", "Kota Kinabalu"),
    ("Taman Kingfisher, Jalan Sulaman", "88450", "Kota Kinabalu"),
    ("Taman Penampang Baru", "89500", "Penampang"),
    ("Kampung Kinarut", "89600", "Papar"),
    ("Taman Sri Keningau, Jalan Apin-Apin", "89008", "Keningau"),
    ("Kampung Bokara", "90000", "Sandakan"),
    ("Taman Fajar, Jalan Silam", "91100", "Lahad Datu"),
    ("Kampung Bangau-Bangau", "91300", "Semporna"),
    ("Taman Putatan Ria", "88200", "Putatan"),
    ("Kampung Landung Ayang", "89050", "Kudat"),
)
_MY_ORDER = ("Pengawasan (Sek. 6(1)(b))", "Pemulihan (Sek. 6(1)(a))", "Sukarela (Sek. 8)")
_MY_PUSPEN = ("PUSPEN Papar", "PUSPEN Kota Kinabalu", "Cure & Care Tawau", "AADK Daerah Sandakan")

_KG_FAMILY_M = ("Асанов", "Токтогулов", "Жумабеков", "Иманалиев", "Садыков", "Бекмуратов")
_KG_GIVEN_M = ("Бакыт", "Нурлан", "Азамат", "Эркин", "Улан", "Талант", "Айбек", "Марат")
_KG_GIVEN_F = ("Айгуль", "Гулнара", "Жылдыз", "Назгуль", "Айзада", "Чолпон", "Бермет", "Динара")
_KG_FATHER = ("Асан", "Токтогул", "Жумабек", "Кубан", "Садык", "Бакир", "Осмон")
_KG_HOMES = (
    ("г. Бишкек", "мкр. Джал", "Чуйская обл."),
    ("г. Бишкек", "ул. Ахунбаева", "Чуйская обл."),
    ("г. Ош", "ул. Курманжан Датка", "Ошская обл."),
    ("г. Кара-Балта", "ул. Кирова", "Чуйская обл."),
    ("г. Токмок", "ул. Ленина", "Чуйская обл."),
    ("г. Каракол", "ул. Торекулова", "Иссык-Кульская обл."),
    ("г. Джалал-Абад", "ул. Токтогула", "Джалал-Абадская обл."),
    ("г. Нарын", "ул. Ленина", "Нарынская обл."),
    ("г. Талас", "ул. Бердике Баатыра", "Таласская обл."),
    ("с. Беловодское", "ул. Мира", "Чуйская обл."),
    ("г. Баткен", "ул. Исмаила Раззакова", "Баткенская обл."),
    ("г. Узген", "ул. Манаса", "Ошская обл."),
    ("г. Балыкчы", "ул. Фрунзе", "Иссык-Кульская обл."),
    ("г. Кант", "ул. Советская", "Чуйская обл."),
)
_KG_CATEGORY = ("Одинокий пенсионер", "Лицо с ОВЗ I гр.", "Лицо с ОВЗ II гр.", "Малоимущая семья")
_KG_SERVICE = ("Надомное обслуживание", "Дом-интернат", "Дневной центр", "Социальная выплата")

_PT_GIVEN_M = ("José", "António", "Manuel", "Joaquim", "Francisco", "Fernando", "Carlos")
_PT_GIVEN_F = ("Maria", "Ana", "Rosa", "Fernanda", "Conceição", "Gracinda", "Lurdes")
_PT_MIDDLE = ("da Silva", "dos Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Martins")
_PT_LAST = ("Rodrigues", "Sousa", "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Alves")
_PT_STREETS = (
    ("Rua de Santa Catarina", "4000-447", "Porto"),
    ("Rua do Almada", "4050-036", "Porto"),
    ("Avenida da República", "4430-201", "Vila Nova de Gaia"),
    ("Rua Dr. Francisco Sá Carneiro", "4450-677", "Matosinhos"),
    ("Travessa do Cativo", "4000-161", "Porto"),
    ("Rua Costa Cabral", "4200-211", "Porto"),
    ("Rua da Cerca", "4470-123", "Maia"),
    ("Avenida Dr. Moreira de Sousa", "4460-280", "Senhora da Hora"),
    ("Rua Alfredo Cunha", "4450-021", "Matosinhos"),
    ("Rua Conselheiro Veloso da Cruz", "4400-094", "Vila Nova de Gaia"),
    ("Rua 25 de Abril", "4420-356", "Gondomar"),
    ("Rua de São Bento", "4435-655", "Rio Tinto"),
    ("Largo do Souto", "4480-790", "Vila do Conde"),
)
_PT_RESP = ("ERPI (lar)", "Centro de Dia", "SAD - apoio domiciliário", "Lar Residencial")
_PT_DEP = ("Grau I", "Grau II", "Sem dependência", "Grau II")

_GH_GIVEN_M = ("Kwame", "Kofi", "Yaw", "Kwabena", "Kojo", "Kwaku", "Ebo", "Selorm")
_GH_GIVEN_F = ("Ama", "Akosua", "Abena", "Efua", "Adwoa", "Yaa", "Esi", "Afua")
_GH_FAMILY = (
    "Mensah", "Owusu", "Boateng", "Asante", "Osei", "Agyeman", "Appiah", "Darko", "Tetteh",
    "Quartey", "Amoah", "Ofori", "Sarpong", "Acheampong", "Addai", "Frimpong", "Gyamfi",
    "Nyarko", "Adjei", "Amponsah", "Baah", "Dankwa", "Lartey", "Abdulai", "Iddrisu", "Fuseini",
)  # fmt: skip
_GH_PLACES = (
    ("Ashaiman", "Greater Accra", "GK"),
    ("Madina", "Greater Accra", "GM"),
    ("Kumasi", "Ashanti", "AK"),
    ("Cape Coast", "Central", "CC"),
    ("Tamale", "Northern", "NT"),
    ("Tema", "Greater Accra", "GT"),
    ("Nsawam", "Eastern", "EN"),
    ("Koforidua", "Eastern", "EK"),
    ("Ho", "Volta", "VH"),
    ("Takoradi", "Western", "WS"),
    ("Obuasi", "Ashanti", "AO"),
    ("Techiman", "Bono East", "BT"),
)
_GH_STREETS = ("Nii Okai St", "Adjei Kojo Rd", "Oduro Ln", "Bantama High St", "Zongo Rd")
_GH_SCHEME = ("LEAP", "LEAP", "Disability Fund", "Street children reunification")
_GH_CASE = ("Child maintenance", "Family tribunal", "Probation", "Juvenile justice")


def _vn_ward(p: Person) -> str:
    return f"Thôn {_pick(p, ('Đông', 'Đoài', 'Nam', 'Bắc', 'Trại', 'Mới', 'Chùa'), 2)}"


def _cbr_addr(p: Person) -> str:
    xa = _pick(p, ("Xuân Lâm", "Hà Mãn", "Trí Quả", "Song Liễu", "Ngũ Thái"), 3)
    return f"Số {_num(p, 97)}, {_vn_ward(p)}, xã {xa}, tỉnh Bắc Ninh"


def _mgmt_addr(p: Person) -> str:
    return f"Tổ {_num(p, 38)}, khu phố {_num(p, 9)}, phường Tân Thới Hiệp, TP. Hồ Chí Minh"


def _days(p: Person, span: int, salt: int) -> timedelta:
    return timedelta(days=int(p.bhxh[-6:]) // (salt + 1) % span)


def _th_place(p: Person) -> _T:
    return _TH_PLACES[int(p.bhxh) // 13 % len(_TH_PLACES)]


def _th_name(p: Person) -> str:
    title = "Mr." if p.male else _pick(p, ("Mrs.", "Miss"), 2)
    return f"{title} {_by_sex(p, _TH_GIVEN_M, _TH_GIVEN_F, 3)} {_pick(p, _TH_FAMILY, 4)}"


def _th_id441(p: Person) -> str:
    return _th_id274(p, _th_place(p)[4])


def _my_name(p: Person) -> str:
    given = _by_sex(p, _MY_GIVEN_M, _MY_GIVEN_F, 2)
    return f"{given} {'bin' if p.male else 'binti'} {_pick(p, _MY_FATHER, 3)}".upper()


def _my_home(p: Person) -> _T:
    return _MY_STREETS[int(p.bhxh) // 17 % len(_MY_STREETS)]


def _kg_name(p: Person) -> str:
    fam = _pick(p, _KG_FAMILY_M, 2) + ("" if p.male else "а")
    father = _pick(p, _KG_FATHER, 4)
    patr = f"{father}ович" if p.male else f"{father}овна"
    return f"{fam} {_by_sex(p, _KG_GIVEN_M, _KG_GIVEN_F, 3)} {patr}"


def _kg_home(p: Person) -> _T:
    return _KG_HOMES[int(p.bhxh) // 19 % len(_KG_HOMES)]


def _pt_home(p: Person) -> _T:
    return _PT_STREETS[int(p.bhxh) // 23 % len(_PT_STREETS)]


def _pt_name(p: Person) -> str:
    given = _by_sex(p, _PT_GIVEN_M, _PT_GIVEN_F, 2)
    return f"{given} {_pick(p, _PT_MIDDLE, 3)} {_pick(p, _PT_LAST, 4)}"


def _gh_place(p: Person) -> _T:
    return _GH_PLACES[int(p.bhxh) // 29 % len(_GH_PLACES)]


def _gps(p: Person) -> str:
    return f"{_gh_place(p)[2]}-{_num(p, 899) + 100:04d}-{p.bhxh[-4:]}"


WRITERS_BLIND441: dict[str, Callable[[Person, Col], object]] = {
    # drug rehabilitation centre: residents and families
    "hv_code441": lambda p, c: f"HV{p.other_date:%y}-{p.bhxh[-5:]}",
    "cn_form441": lambda p, c: _pick(p, _VN_CN_FORM, 2),
    "decision441": lambda p, c: f"{_num(p, 480)}/{_pick(p, _VN_DECISION, 3)}",
    "drug441": lambda p, c: _pick(p, _VN_DRUG, 4),
    "stage441": lambda p, c: _pick(p, _VN_STAGE, 5),
    "kin441": lambda p, c: _pick(p, _VN_KIN, 6),
    "kin_name441": lambda p, c: _other_vn(p, 7, family=p.family),
    "kin_phone441": lambda p, c: _other_phone(p, _pick(p, ("09", "03", "08"), 8)),
    "room441": lambda p, c: f"Khu {_pick(p, ('A', 'B', 'C', 'D'), 9)} - P.{_num(p, 24)}",
    "end441": lambda p, c: _shift_date(p.other_date, 2).strftime("%d/%m/%Y"),
    # community-based rehabilitation
    "cbr_addr441": lambda p, c: _cbr_addr(p),
    "thon441": lambda p, c: _vn_ward(p),
    "dis_kind441": lambda p, c: _pick(p, _VN_DIS_KIND, 4),
    "dis_level441": lambda p, c: _pick(p, _VN_DIS_LEVEL, 5),
    "dis_cert441": lambda p, c: f"{_num(p, 350)}/GXN-UBND",
    "support441": lambda p, c: _pick(p, _VN_SUPPORT, 6),
    "ctv441": lambda p, c: _pick(p, _VN_CTV, 7),
    "carer441": lambda p, c: _other_vn(p, 8, family=p.family),
    "allow441": lambda p, c: f"{_pick(p, ('540.000', '720.000', '1.080.000', '360.000'), 9)}",
    # after-rehab management with the ward officer
    "mgmt_addr441": lambda p, c: _mgmt_addr(p),
    "centre441": lambda p, c: _pick(p, _VN_CENTRE, 3),
    "mgmt_state441": lambda p, c: _pick(p, _VN_MGMT, 4),
    "test441": lambda p, c: _pick(p, _VN_TEST, 5),
    "police441": lambda p, c: (
        f"{_pick(p, ('Thượng úy', 'Đại úy', 'Trung úy'), 6)} "
        f"{_pick(p, ('Nguyễn Văn Hùng', 'Lê Minh Tuấn', 'Trần Quốc Bảo', 'Phạm Đức Anh'), 7)}"
    ),
    "helper441": lambda p, c: _other_vn(p, 8),
    "back441": lambda p, c: (p.other_date - _days(p, 400, 9)).strftime("%d-%m-%Y"),
    # community mental health programme
    "diag441": lambda p, c: _pick(p, _VN_DIAG + _VN_DIAG2, 3),
    "med441": lambda p, c: _pick(p, _VN_DRUGS_TT, 4),
    "tt_state441": lambda p, c: _pick(p, _VN_STATE, 5),
    "tt_carer441": lambda p, c: _other_vn(p, 6),
    "tt_rel441": lambda p, c: _pick(p, _VN_KIN, 7),
    "tt_phone441": lambda p, c: _other_phone(p, "03"),
    "tt_code441": lambda p, c: f"TT-{p.bhxh[-4:]}",
    # Thailand (romanised)
    "th_id441": lambda p, c: _th_id441(p),
    "th_name441": lambda p, c: _th_name(p),
    "th_sex441": lambda p, c: "Male" if p.male else "Female",
    "th_dob441": lambda p, c: _be(p.birth),
    "th_addr441": lambda p, c: (
        f"{_num(p, 180)}/{_num(p, 30)} Moo {_num(p, 12)}, {_th_place(p)[0]}, {_th_place(p)[1]}"
    ),
    "th_prov441": lambda p, c: _th_place(p)[2],
    "th_post441": lambda p, c: _th_place(p)[3],
    "th_phone441": lambda p, c: _th_mobile(p),
    "th_subst441": lambda p, c: _pick(p, _TH_SUBST, 5),
    "th_centre441": lambda p, c: _pick(p, _TH_CENTRE, 6),
    "th_prog441": lambda p, c: _pick(p, _TH_PROG, 7),
    "th_admit441": lambda p, c: _be(p.other_date),
    # Malaysia (AADK)
    "my_ic441": lambda p, c: _mykad(p),
    "my_name441": lambda p, c: _my_name(p),
    "my_sex441": lambda p, c: "L" if p.male else "P",
    "my_street441": lambda p, c: f"No. {_num(p, 150)}, {_my_home(p)[0]}",
    "my_post441": lambda p, c: _my_home(p)[1],
    "my_town441": lambda p, c: _my_home(p)[2],
    "my_phone441": lambda p, c: f"01{_pick(p, ('2', '3', '9', '6'), 4)}-{p.phone[3:10]}",
    "my_order441": lambda p, c: _pick(p, _MY_ORDER, 5),
    "my_puspen441": lambda p, c: _pick(p, _MY_PUSPEN, 6),
    "my_file441": lambda p, c: f"AADK.SBH.{p.other_date:%Y}/{p.bhxh[-4:]}",
    "my_po441": lambda p, c: f"{_pick(p, ('En.', 'Pn.'), 7)} {_pick(p, _MY_FATHER, 8)}",
    # Kyrgyzstan
    "kg_pin441": lambda p, c: _pin_kg(p),
    "kg_name441": lambda p, c: _kg_name(p),
    "kg_sex441": lambda p, c: "муж." if p.male else "жен.",
    "kg_addr441": lambda p, c: (
        f"{_kg_home(p)[0]}, {_kg_home(p)[1]}, д. {_num(p, 88)}"
        + (f", кв. {_num(p, 60)}" if int(p.bhxh[0]) % 2 else "")
    ),
    "kg_obl441": lambda p, c: _kg_home(p)[2],
    "kg_phone441": lambda p, c: (
        f"+996 {_pick(p, ('555', '700', '770', '505'), 4)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "kg_passport441": lambda p, c: f"ID{p.bhxh[-7:]}",
    "kg_cat441": lambda p, c: _pick(p, _KG_CATEGORY, 5),
    "kg_serv441": lambda p, c: _pick(p, _KG_SERVICE, 6),
    "kg_worker441": lambda p, c: _pick(p, ("Осмонова Г.", "Кадыров Т.", "Исакова А.", "Ли Е."), 7),
    # Portugal (IPSS)
    "pt_cc441": lambda p, c: _cc_pt(p),
    "pt_nif441": lambda p, c: _nif_pt(p),
    "pt_niss441": lambda p, c: f"1{p.bhxh}",
    "pt_name441": lambda p, c: _pt_name(p),
    "pt_sex441": lambda p, c: "M" if p.male else "F",
    "pt_street441": lambda p, c: (
        f"{_pt_home(p)[0]}, n.º {_num(p, 260)}"
        + (f", {_num(p, 5)}.º Esq." if int(p.bhxh[1]) % 2 else "")
    ),
    "pt_cp441": lambda p, c: _pt_home(p)[1],
    "pt_loc441": lambda p, c: _pt_home(p)[2],
    "pt_phone441": lambda p, c: f"{_pick(p, ('91', '93', '96', '22'), 5)}{p.phone[3:10]}",
    "pt_resp441": lambda p, c: _pick(p, _PT_RESP, 6),
    "pt_dep441": lambda p, c: _pick(p, _PT_DEP, 7),
    "pt_kin441": lambda p, c: (
        f"{_by_sex(p, _PT_GIVEN_F, _PT_GIVEN_M, 8)} {_pick(p, _PT_LAST, 4)} (filha/o)"
    ),
    "pt_fee441": lambda p, c: f"{380 + _num(p, 700)},00 €",
    # Ghana
    "gh_card441": lambda p, c: _gh_card(p),
    "gh_sur441": lambda p, c: _pick(p, _GH_FAMILY, 2).upper(),
    "gh_other441": lambda p, c: (
        f"{_by_sex(p, _GH_GIVEN_M, _GH_GIVEN_F, 3)} "
        f"{_pick(p, ('Kofi', 'Yaw', 'Ama', 'Esi', 'Nana', 'Akua', 'Kojo'), 4)}"
    ),
    "gh_sex441": lambda p, c: "M" if p.male else "F",
    "gh_gps441": lambda p, c: _gps(p),
    "gh_house441": lambda p, c: (
        f"H/No. {_pick(p, ('A', 'B', 'C', 'D', 'E'), 9)}{_num(p, 240)}, {_pick(p, _GH_STREETS, 10)}"
    ),
    "gh_town441": lambda p, c: _gh_place(p)[0],
    "gh_region441": lambda p, c: _gh_place(p)[1],
    "gh_phone441": lambda p, c: _gh_phone(p),
    "gh_scheme441": lambda p, c: _pick(p, _GH_SCHEME, 5),
    "gh_case441": lambda p, c: _pick(p, _GH_CASE, 6),
    "gh_docket441": lambda p, c: f"DSW/{_gh_place(p)[2]}/{p.other_date:%Y}/{p.bhxh[-3:]}",
    "gh_officer441": lambda p, c: (
        f"{_pick(p, ('Mr.', 'Mrs.', 'Ms.'), 7)} "
        f"{_pick(p, ('Addo', 'Quaye', 'Ansah', 'Nkrumah'), 8)}"
    ),
}

__all__ = ["WRITERS_BLIND441"]
