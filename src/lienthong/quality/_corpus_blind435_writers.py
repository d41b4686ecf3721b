"""How the people of the four-hundred-and-thirty-fifth part of the outside corpus (**blind 435**,
:mod:`lienthong.quality._corpus_blind435`) are written: four Vietnamese files' own columns (a
commune health station's free medicines for chronic patients, a district's inspection of retail
pharmacies, a pharmacy's log of antibiotics sold on prescription, pharmacists' continuing
training) and Brazilian, Polish, Indian, Moroccan and Chilean patients' and pharmacists' names,
addresses, phones and numbers in the forms their cards show (the CPF and the PESEL with their
check digits, the Aadhaar with its Verhoeff digit, the CIN, the RUT with its mod-11 digit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind14_writers import _MA_FAMILY, _MA_GIVEN_F, _MA_GIVEN_M, _cin_ma
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind164_writers import _aadhaar_spaced
from lienthong.quality._corpus_blind232_writers import _row
from lienthong.quality._corpus_blind299_writers import (
    _BR_FAMILY,
    _BR_GIVEN_F,
    _BR_GIVEN_M,
    _PL_FAMILY_F,
    _PL_FAMILY_M,
    _PL_GIVEN_F,
    _PL_GIVEN_M,
    _cpf,
    _pesel,
)
from lienthong.quality._corpus_blind391_writers import _rut_of

if TYPE_CHECKING:
    from datetime import date

    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

_VN_HAMLETS = ("Xóm", "Thôn", "Xóm", "Đội")
_VN_COMMUNES = (
    "xã Nghi Phong, huyện Nghi Lộc, Nghệ An",
    "xã Nghi Thái, huyện Nghi Lộc, Nghệ An",
    "xã Hưng Đông, TP Vinh, Nghệ An",
    "xã Diễn Kim, huyện Diễn Châu, Nghệ An",
)
_VN_STREETS = (
    "Lê Lợi",
    "Nguyễn Văn Cừ",
    "Trường Chinh",
    "Quang Trung",
    "Phan Đình Phùng",
    "Hai Bà Trưng",
    "Lý Thường Kiệt",
    "Tô Hiến Thành",
)
_VN_WARDS = ("P. Hưng Bình", "P. Trường Thi", "P. Quán Bàu", "P. Lê Mao", "P. Bến Thủy")
_VN_CHRONIC = ("Tăng huyết áp (I10)", "Đái tháo đường typ 2 (E11)", "THA + ĐTĐ", "COPD (J44)")
_VN_DRUGS = (
    "Amlodipin 5mg",
    "Metformin 500mg",
    "Losartan 50mg",
    "Gliclazid 30mg",
    "Enalapril 5mg",
    "Salbutamol 2mg",
)
_VN_PHARMACIES = (
    "Nhà thuốc Minh Châu",
    "Quầy thuốc Hồng Nhung",
    "Nhà thuốc Bảo Ngọc",
    "Quầy thuốc số 12",
    "Nhà thuốc Phúc An",
    "Quầy thuốc Thanh Hương",
)
_VN_GPP = ("Đạt GPP", "Đạt GPP", "Đạt GPP - có kiến nghị", "Không đạt - đình chỉ 30 ngày")
_VN_BREACH = (
    "",
    "",
    "Bán thuốc kê đơn không có đơn",
    "Không ghi chép nhiệt độ, độ ẩm",
    "Người PTCM vắng mặt",
    "Thuốc hết hạn chưa tách riêng",
)
_VN_DEGREES = ("Dược sĩ đại học", "Dược sĩ cao đẳng", "Dược sĩ trung học", "DSCKI")
_VN_ANTIBIOTICS = (
    "Amoxicilin 500mg x 20v",
    "Cefuroxim 500mg x 14v",
    "Azithromycin 250mg x 6v",
    "Augmentin 625mg x 14v",
    "Ciprofloxacin 500mg x 10v",
    "Cephalexin 500mg x 20v",
)
_VN_CLINICS = (
    "PK Đa khoa Vinh Đức",
    "BV Đa khoa TP Vinh",
    "Trạm y tế P. Lê Mao",
    "PK Nhi BS Hoa",
    "BV Hữu nghị Đa khoa NA",
)
_VN_COURSES = (
    "Cập nhật KTCM về dược 2026 - đợt 1",
    "Cập nhật KTCM về dược 2026 - đợt 2",
    "Thực hành tốt nhà thuốc GPP",
    "Kê đơn và bán thuốc kháng sinh",
)

_BR_STREETS = ("Rua das Flores", "Av. Sete de Setembro", "Rua Pará", "Travessa São José")
_BR_PLACES = (
    ("Boa Viagem", "Recife", "PE", "51020", "81"),
    ("Casa Amarela", "Recife", "PE", "52070", "81"),
    ("Ibura", "Recife", "PE", "51230", "81"),
    ("Peixinhos", "Olinda", "PE", "53230", "81"),
    ("Cajazeiras", "Salvador", "BA", "41340", "71"),
    ("Liberdade", "Salvador", "BA", "40325", "71"),
    ("Itapuã", "Salvador", "BA", "41610", "71"),
    ("Pirambu", "Fortaleza", "CE", "60310", "85"),
    ("Messejana", "Fortaleza", "CE", "60840", "85"),
    ("Jardim Ângela", "São Paulo", "SP", "04950", "11"),
    ("Capão Redondo", "São Paulo", "SP", "05870", "11"),
    ("Guaianases", "São Paulo", "SP", "08410", "11"),
    ("Mangabeira", "João Pessoa", "PB", "58057", "83"),
    ("Bodocongó", "Campina Grande", "PB", "58430", "83"),
    ("Lagoa Nova", "Natal", "RN", "59075", "84"),
    ("Jacintinho", "Maceió", "AL", "57040", "82"),
)
_BR_DRUGS = (
    "Losartana potássica 50mg",
    "Metformina 850mg",
    "Glibenclamida 5mg",
    "Insulina NPH 100UI/ml",
    "Salbutamol 100mcg",
    "Fralda geriátrica",
)
_PL_STREETS = ("ul. Piotrkowska", "ul. Kościuszki", "al. Jana Pawła II", "ul. Żeromskiego")
_PL_PLACES = (
    ("90", "Łódź"),
    ("31", "Kraków"),
    ("40", "Katowice"),
    ("26", "Radom"),
    ("15", "Białystok"),
    ("20", "Lublin"),
    ("35", "Rzeszów"),
    ("42", "Częstochowa"),
    ("25", "Kielce"),
    ("41", "Sosnowiec"),
    ("97", "Piotrków Trybunalski"),
    ("33", "Tarnów"),
    ("87", "Toruń"),
    ("10", "Olsztyn"),
    ("44", "Gliwice"),
    ("05", "Pruszków"),
)
_PL_MORE_M = ("Marek", "Paweł", "Jerzy", "Zbigniew", "Kazimierz", "Wojciech", "Ryszard", "Jacek")
_PL_MORE_F = ("Halina", "Teresa", "Danuta", "Jadwiga", "Beata", "Grażyna", "Zofia", "Irena")
_PL_MORE_FAM_M = ("Kamiński", "Kozłowski", "Jankowski", "Mazur", "Krawczyk", "Dąbrowski", "Pawlak")
_PL_MORE_FAM_F = ("Kamińska", "Kozłowska", "Jankowska", "Mazur", "Krawczyk", "Dąbrowska", "Pawlak")
_PL_DRUGS = ("Bisocard 5 mg", "Polpril 10 mg", "Metformax 850", "Atoris 20 mg", "Xarelto 20 mg")
_PL_DOCTORS = ("lek. Ewa Mazur", "lek. Jan Sikora", "dr n. med. Adam Wróbel", "lek. Olga Kruk")
_IN_GIVEN_M = (
    "Ramesh",
    "Suresh Kumar",
    "Mohd. Salim",
    "Rajendra Prasad",
    "Anil",
    "Gopal",
    "Ram Kishore",
    "Dinesh",
    "Santosh",
    "Mahesh Chand",
    "Abdul Rashid",
)
_IN_GIVEN_F = (
    "Sunita",
    "Kamla Devi",
    "Rekha",
    "Shabana",
    "Geeta",
    "Pushpa",
    "Savitri",
    "Meena Kumari",
    "Nazma Begum",
    "Urmila",
    "Anita",
)
_IN_FAMILY = (
    "Yadav",
    "Sharma",
    "Verma",
    "Gupta",
    "Khan",
    "Singh",
    "Kushwaha",
    "Maurya",
    "Ansari",
    "Mishra",
    "Chauhan",
    "Prajapati",
)
_IN_PLACES = (
    ("Indira Nagar", "Lucknow", "Uttar Pradesh", "2260"),
    ("Aliganj", "Lucknow", "Uttar Pradesh", "2260"),
    ("Qazi Tola", "Bareilly", "Uttar Pradesh", "2430"),
    ("Civil Lines", "Kanpur", "Uttar Pradesh", "2080"),
    ("Sigra", "Varanasi", "Uttar Pradesh", "2210"),
    ("Kankarbagh", "Patna", "Bihar", "8000"),
    ("Mithanpura", "Muzaffarpur", "Bihar", "8420"),
    ("Shastri Nagar", "Jaipur", "Rajasthan", "3020"),
    ("Paota", "Jodhpur", "Rajasthan", "3420"),
    ("Ramnagar Colony", "Bhopal", "Madhya Pradesh", "4620"),
    ("Vijay Nagar", "Indore", "Madhya Pradesh", "4520"),
    ("Sector 22", "Gurugram", "Haryana", "1220"),
    ("Model Town", "Panipat", "Haryana", "1321"),
    ("Ranchi Road", "Ramgarh", "Jharkhand", "8291"),
)
_IN_KENDRAS = (
    "PMBJK Indira Nagar (PMBJK00412)",
    "PMBJK District Hospital Gate (PMBJK01977)",
    "PMBJK Kankarbagh (PMBJK03321)",
)
_MA_CITIES = (
    ("Casablanca", "الدار البيضاء", "Bd Zerktouni"),
    ("Rabat", "الرباط", "Av. Mohammed V"),
    ("Fès", "فاس", "Rue Ibn Khatib"),
    ("Marrakech", "مراكش", "Av. Hassan II"),
    ("Tanger", "طنجة", "Rue de Fès"),
    ("Meknès", "مكناس", "Av. des FAR"),
    ("Agadir", "أكادير", "Bd Mohammed VI"),
    ("Oujda", "وجدة", "Bd Allal El Fassi"),
    ("Kénitra", "القنيطرة", "Av. Mohammed Diouri"),
    ("Tétouan", "تطوان", "Rue Moulay Abbas"),
    ("Salé", "سلا", "Av. Moulay Youssef"),
    ("El Jadida", "الجديدة", "Rue Ibn Batouta"),
    ("Béni Mellal", "بني ملال", "Av. Hassan II"),
    ("Safi", "آسفي", "Rue Zerktouni"),
    ("Nador", "الناظور", "Bd Youssef Ibn Tachfine"),
)
_MA_SECTIONS = ("Section A - Officine", "Section B - Industrie", "Section A - Officine")
_CL_GIVEN_M = ("Juan Pablo", "Cristián", "Felipe Andrés", "Rodrigo", "Matías")
_CL_GIVEN_F = ("Camila", "Francisca Javiera", "Valentina", "Constanza", "María José")
_CL_FAMILY = ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva")
_CL_PLACES = (
    ("Ñuñoa", "Metropolitana"),
    ("Maipú", "Metropolitana"),
    ("La Florida", "Metropolitana"),
    ("Puente Alto", "Metropolitana"),
    ("Providencia", "Metropolitana"),
    ("Viña del Mar", "Valparaíso"),
    ("Quilpué", "Valparaíso"),
    ("Concepción", "Biobío"),
    ("Talcahuano", "Biobío"),
    ("Temuco", "La Araucanía"),
    ("Rancagua", "O'Higgins"),
    ("Talca", "Maule"),
    ("Antofagasta", "Antofagasta"),
    ("La Serena", "Coquimbo"),
    ("Puerto Montt", "Los Lagos"),
    ("Arica", "Arica y Parinacota"),
)
_CL_STREETS = ("Av. Irarrázaval", "Pasaje Los Aromos", "Calle Freire", "Av. Pajaritos")
_CL_UNIS = (
    "Universidad de Chile",
    "Universidad de Concepción",
    "U. de Valparaíso",
    "U. Andrés Bello",
)


def _after(d: date, days: int) -> date:
    return d + timedelta(days=days)


def _house(p: Person) -> int:
    return int(p.bhxh[-4:]) % 180 + 1


def _vn_rural(p: Person) -> str:
    hamlet = f"{_pick(p, _VN_HAMLETS, 1)} {int(p.bhxh[2:4]) % 14 + 1}"
    return f"Số nhà {_house(p)}, {hamlet}, {_pick(p, _VN_COMMUNES, 2)}"


def _vn_town(p: Person) -> str:
    street = _pick(p, _VN_STREETS, 3)
    return f"{_house(p)} {street}, {_pick(p, _VN_WARDS, 4)}, TP Vinh"


def _pl_name(p: Person) -> tuple[str, str]:
    family = _by_sex(p, _PL_FAMILY_M + _PL_MORE_FAM_M, _PL_FAMILY_F + _PL_MORE_FAM_F, 5)
    return family, _by_sex(p, _PL_GIVEN_M + _PL_MORE_M, _PL_GIVEN_F + _PL_MORE_F, 6)


def _br_name(p: Person) -> str:
    given = _by_sex(p, _BR_GIVEN_M, _BR_GIVEN_F, 7)
    return f"{given} {_pick(p, _BR_FAMILY, 8)} {_pick(p, _BR_FAMILY, 9)}".upper()


def _in_name(p: Person) -> str:
    return f"{_by_sex(p, _IN_GIVEN_M, _IN_GIVEN_F, 10)} {_pick(p, _IN_FAMILY, 11)}"


def _in_addr(p: Person) -> str:
    place = _row(p, _IN_PLACES, 3)
    return f"H.No. {_house(p)}, Ward {_num(p, 40)}, {place[0]}, {place[1]}"


def _ma_name(p: Person) -> tuple[str, str]:
    return _pick(p, _MA_FAMILY, 12).upper(), _by_sex(p, _MA_GIVEN_M, _MA_GIVEN_F, 13)


def _cl_name(p: Person) -> str:
    given = _by_sex(p, _CL_GIVEN_M, _CL_GIVEN_F, 14)
    return f"{given} {_pick(p, _CL_FAMILY, 15)} {_pick(p, _CL_FAMILY, 16)}"


def _rut(p: Person) -> str:
    return _rut_of(8_000_000 + int(p.bhxh[-7:]) % 14_000_000)


WRITERS_BLIND435: dict[str, Callable[[Person, Col], object]] = {
    # commune health station: free medicines for chronic patients
    "rural435": lambda p, c: _vn_rural(p),
    "chronic435": lambda p, c: _pick(p, _VN_CHRONIC, 17),
    "drug435": lambda p, c: _pick(p, _VN_DRUGS, 18),
    "qty435": lambda p, c: f"{_pick(p, ('30', '60', '28', '56'), 19)} viên",
    "bp435": lambda p, c: f"{120 + _num(p, 60)}/{70 + _num(p, 25)}",
    "nurse435": lambda p, c: _other_vn(p, 20),
    "next435": lambda p, c: f"{_after(p.other_date, 30):%d/%m/%Y}",
    "sign435": lambda p, c: _pick(p, ("Đã ký", "Đã ký", "Người nhà nhận thay", "Điểm chỉ"), 21),
    # district inspection of retail pharmacies
    "town435": lambda p, c: _vn_town(p),
    "pharmacy435": lambda p, c: _pick(p, _VN_PHARMACIES, 22),
    "cchn435": lambda p, c: f"{_num(p, 9000):04d}/NA-CCHND",
    "license435": lambda p, c: f"{_num(p, 800)}/ĐKKDD-NA",
    "degree435": lambda p, c: _pick(p, _VN_DEGREES, 23),
    "gpp435": lambda p, c: _pick(p, _VN_GPP, 24),
    "breach435": lambda p, c: _pick(p, _VN_BREACH, 25),
    "inspector435": lambda p, c: _other_vn(p, 26),
    # pharmacy's log of antibiotics sold on prescription
    "rx435": lambda p, c: f"{_pick(p, ('NA', 'HT', 'TH'), 27)}{p.bhxh[-6:]}-c",
    "doctor435": lambda p, c: f"BS. {_other_vn(p, 28)}",
    "clinic435": lambda p, c: _pick(p, _VN_CLINICS, 29),
    "abx435": lambda p, c: _pick(p, _VN_ANTIBIOTICS, 30),
    "seller435": lambda p, c: _pick(p, ("DS. Hằng", "DS. Tuấn", "DS. Lan"), 31),
    "sold435": lambda p, c: (
        f"{p.updated + timedelta(days=340, minutes=_num(p, 59)):%d/%m/%Y %H:%M}"
    ),
    "price435": lambda p, c: f"{_num(p, 40) * 5}.000",
    # pharmacists' continuing training
    "course435": lambda p, c: _pick(p, _VN_COURSES, 32),
    "hours435": lambda p, c: _pick(p, ("8", "16", "24", "8"), 33),
    "certno435": lambda p, c: f"{_num(p, 2000)}/{p.other_date:%Y}/CN-SYT",
    "workplace435": lambda p, c: _pick(p, _VN_PHARMACIES, 34),
    "boss435": lambda p, c: _other_vn(p, 35),
    "bossphone435": lambda p, c: _other_phone(p, "0912"),
    # Brazil: Farmácia Popular
    "br_name435": lambda p, c: _br_name(p),
    "br_cpf435": lambda p, c: _cpf(p),
    "sex_br435": lambda p, c: "Masculino" if p.male else "Feminino",
    "br_street435": lambda p, c: f"{_pick(p, _BR_STREETS, 35)}, {_house(p) * 3}",
    "br_bairro435": lambda p, c: _row(p, _BR_PLACES, 1)[0],
    "br_city435": lambda p, c: _row(p, _BR_PLACES, 1)[1],
    "br_uf435": lambda p, c: _row(p, _BR_PLACES, 1)[2],
    "br_cep435": lambda p, c: f"{_row(p, _BR_PLACES, 1)[3]}-{p.bhxh[-3:]}",
    "phone_br435": lambda p, c: f"({_row(p, _BR_PLACES, 1)[4]}) 9{p.phone[2:6]}-{p.phone[6:10]}",
    "br_drug435": lambda p, c: _pick(p, _BR_DRUGS, 36),
    "br_crm435": lambda p, c: f"CRM-{_pick(p, ('PE', 'BA', 'SP'), 37)} {_num(p, 9000) + 10000}",
    "br_auth435": lambda p, c: f"{p.bhxh}{_num(p, 9)}",
    # Poland: e-recepta
    "pl_given435": lambda p, c: _pl_name(p)[1],
    "pl_family435": lambda p, c: _pl_name(p)[0],
    "pl_pesel435": lambda p, c: _pesel(p),
    "sex_pl435": lambda p, c: "M" if p.male else "K",
    "pl_street435": lambda p, c: f"{_pick(p, _PL_STREETS, 38)} {_house(p)}/{_num(p, 40)}",
    "pl_post435": lambda p, c: f"{_row(p, _PL_PLACES, 2)[0]}-{p.bhxh[-3:]}",
    "pl_town435": lambda p, c: _row(p, _PL_PLACES, 2)[1],
    "phone_pl435": lambda p, c: f"+48 {p.phone[1:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "pl_code435": lambda p, c: p.bhxh[-4:],
    "pl_drug435": lambda p, c: _pick(p, _PL_DRUGS, 39),
    "pl_doctor435": lambda p, c: _pick(p, _PL_DOCTORS, 40),
    "pl_npwz435": lambda p, c: f"{_num(p, 8)}{p.bhxh[-6:]}",
    "pl_done435": lambda p, c: f"{_after(p.other_date, _num(p, 20)):%Y-%m-%d}",
    "pl_paid435": lambda p, c: f"{_num(p, 90)},{p.bhxh[-2:]} zł",
    # India: Jan Aushadhi beneficiaries
    "in_name435": lambda p, c: _in_name(p),
    "in_father435": lambda p, c: f"{_pick(p, _IN_GIVEN_M, 41)} {_pick(p, _IN_FAMILY, 11)}",
    "in_aadhaar435": lambda p, c: _aadhaar_spaced(p),
    "sex_in435": lambda p, c: "Male" if p.male else "Female",
    "phone_in435": lambda p, c: f"+91-{_pick(p, ('9', '8', '7'), 42)}{p.phone[1:10]}",
    "in_addr435": lambda p, c: _in_addr(p),
    "in_dist435": lambda p, c: _row(p, _IN_PLACES, 3)[1],
    "in_state435": lambda p, c: _row(p, _IN_PLACES, 3)[2],
    "in_pin435": lambda p, c: f"{_row(p, _IN_PLACES, 3)[3]}{_num(p, 30):02d}",
    "in_kendra435": lambda p, c: _pick(p, _IN_KENDRAS, 43),
    "in_bill435": lambda p, c: f"JA/{p.other_date:%y}/{p.bhxh[-5:]}",
    "in_mrp435": lambda p, c: f"{_num(p, 900) + 100}.00",
    "in_saved435": lambda p, c: f"{(_num(p, 900) + 100) * 3}.00",
    # Morocco: ordre des pharmaciens
    "ma_family435": lambda p, c: _ma_name(p)[0],
    "ma_given435": lambda p, c: _ma_name(p)[1],
    "ma_cin435": lambda p, c: _cin_ma(p),
    "sex_ma435": lambda p, c: "ذكر / M" if p.male else "أنثى / F",
    "ma_home435": lambda p, c: (
        f"{_house(p)} {_row(p, _MA_CITIES, 4)[2]}, Apt {_num(p, 20)}, {_row(p, _MA_CITIES, 4)[0]}"
    ),
    "ma_city435": lambda p, c: _row(p, _MA_CITIES, 4)[1],
    "phone_ma435": lambda p, c: f"06{p.phone[2:4]}-{p.phone[4:7]}-{p.phone[7:10]}",
    "ma_officine435": lambda p, c: f"Pharmacie {_pick(p, ('Al Amal', 'Ennour', 'Atlas'), 44)}",
    "ma_order435": lambda p, c: f"CROP-{_num(p, 4)}/{p.bhxh[-4:]}",
    "ma_section435": lambda p, c: _pick(p, _MA_SECTIONS, 45),
    "ma_status435": lambda p, c: _pick(p, ("Inscrit", "Inscrit", "Omis", "Inscrit"), 46),
    # Chile: ISP / Superintendencia de Salud
    "cl_name435": lambda p, c: _cl_name(p),
    "cl_rut435": lambda p, c: _rut(p),
    "sex_cl435": lambda p, c: "Masculino" if p.male else "Femenino",
    "cl_street435": lambda p, c: (
        f"{_pick(p, _CL_STREETS, 47)} {_house(p) * 7}, depto {_num(p, 30)}"
    ),
    "cl_comuna435": lambda p, c: _row(p, _CL_PLACES, 5)[0],
    "cl_region435": lambda p, c: _row(p, _CL_PLACES, 5)[1],
    "phone_cl435": lambda p, c: f"+56 9 {p.phone[2:6]} {p.phone[6:10]}",
    "cl_mail435": lambda p, c: f"qf.{p.bhxh[-5:]}@gmail.com",
    "cl_reg435": lambda p, c: f"{_num(p, 90000) + 100000}",
    "cl_uni435": lambda p, c: _pick(p, _CL_UNIS, 48),
    "cl_title435": lambda p, c: f"{_shift_date(p.birth, 24):%d-%m-%Y}",
}

__all__ = ["WRITERS_BLIND435"]
