"""How the people of the three-hundred-and-eighty-fourth part of the outside corpus (**blind
384**, :mod:`lienthong.quality._corpus_blind384`) are written: victims of floods, storms and
landslides receiving aid. Vietnamese households paid rent while their house is rebuilt, given
Cloramin B for their wells, paid support for a relative who died or went missing, or given a
debt rescheduling; and Bangladeshi, Pakistani, Mozambican, Honduran and Sri Lankan victims with
their identity numbers (the NID, the CNIC, the BI with its letter, the DNI, the old and new NIC)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind10_writers import _cnic
from lienthong.quality._corpus_blind21_writers import _dni_hn
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind59_writers import _bd_nid
from lienthong.quality._corpus_blind109_writers import _lk_nic
from lienthong.quality._corpus_blind117_writers import _place
from lienthong.quality._corpus_blind123_writers import _BD_DIGITS
from lienthong.quality._corpus_blind221_writers import _mz_bi

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_HOUSE = ("Sập đổ hoàn toàn", "Bị lũ cuốn trôi", "Sạt lở vùi lấp", "Hư hỏng nặng > 70%")
_VN_STAY = (
    "Ở nhờ nhà con trai",
    "Thuê trọ tại thôn Phú Xuân",
    "Nhà văn hóa thôn",
    "Ở nhờ nhà anh ruột",
    "Nhà tạm do xã dựng",
)
_VN_HAMLETS = ("Thôn 1", "Thôn Khe Su", "Thôn Bãi Dâu", "Thôn Làng Trên", "Thôn Đồng Mô")
_VN_WELL = ("Giếng đào", "Giếng khoan", "Giếng đào", "Bể chứa nước mưa", "Nước máy tự chảy")
_VN_KIN = ("Con trai", "Vợ", "Chồng", "Con gái", "Mẹ", "Bố", "Cháu nội")
_VN_FATE = ("Chết", "Mất tích", "Chết", "Chết")
_VN_WHERE = (
    "Suối Nậm Tòng, xã Phúc Khánh",
    "Đèo Khau Phạ, xã Cao Phạ",
    "Tại nhà (sạt lở taluy)",
    "Ngầm tràn thôn Bản Mế",
    "Sông Thao, bến đò Hợp Hải",
)
_VN_LOSS = ("Mất trắng", "Thiệt hại trên 70%", "Thiệt hại 30% - 70%", "Thiệt hại 30% - 70%")
_VN_MEASURE = ("Khoanh nợ", "Gia hạn nợ", "Điều chỉnh kỳ hạn", "Xóa nợ (trình TW)", "Gia hạn nợ")
_BD_GIVEN_M = ("মোঃ আব্দুল করিম", "রফিকুল ইসলাম", "মোঃ জাহাঙ্গীর আলম", "আনোয়ার হোসেন", "শফিকুল ইসলাম")
_BD_GIVEN_F = ("রহিমা খাতুন", "মোছাঃ আছিয়া বেগম", "নাসরিন আক্তার", "শাহানা বেগম", "ফাতেমা খাতুন")
_BD_PLACES = (
    ("গ্রাম: চর বাটা, ইউনিয়ন: চরজব্বার", "সুবর্ণচর"),
    ("গ্রাম: পশ্চিম সাতবাড়িয়া, ইউনিয়ন: ছাতক সদর", "ছাতক"),
    ("গ্রাম: কালিকাপুর, ইউনিয়ন: গাবুরা", "শ্যামনগর"),
    ("গ্রাম: ঢালারচর, ইউনিয়ন: ঢালারচর", "চৌহালী"),
    ("গ্রাম: উত্তর খাসিয়াপাড়া, ইউনিয়ন: তাহিরপুর", "তাহিরপুর"),
)
_PK_GIVEN_M = ("Muhammad Aslam", "Ghulam Rasool", "Abdul Sattar", "Allah Ditta", "Nazir Ahmed")
_PK_GIVEN_F = ("Naseem Bibi", "Shazia Parveen", "Zubaida Khatoon", "Rukhsana Bibi", "Sughran")
_PK_FAMILY = ("Solangi", "Mallah", "Jatoi", "Khoso", "Chandio", "Baloch")
_PK_PLACES = (
    ("Goth Haji Khan Solangi, UC Bhan Saeedabad", "Sehwan", "Jamshoro"),
    ("Mohalla Rahimabad, Ward 4", "Dadu", "Dadu"),
    ("Basti Jhok Sharif, Mouza Kot Addu", "Kot Addu", "Muzaffargarh"),
    ("Village Nowshera Kalan, UC Pabbi", "Pabbi", "Nowshera"),
    ("Goth Allah Bux Jatoi, UC Khairpur Nathan Shah", "KN Shah", "Dadu"),
)
_MZ_GIVEN_M = ("Armando", "Celestino", "Joaquim", "Fernando", "Alberto")
_MZ_GIVEN_F = ("Albertina", "Rosa", "Lurdes", "Felismina", "Ermelinda")
_MZ_FAMILY = ("Macuácua", "Cossa", "Nhantumbo", "Muchanga", "Sitoe", "Chissano", "Zandamela")
_MZ_PLACES = (
    ("Bairro 25 de Junho", "Chókwè", "Gaza"),
    ("Bairro Praia Nova", "Cidade da Beira", "Sofala"),
    ("Bairro Maquinino", "Dondo", "Sofala"),
    ("Bairro Namacata", "Quelimane", "Zambézia"),
    ("Localidade de Lionde", "Chókwè", "Gaza"),
)
_HN_GIVEN_M = ("José Luis", "Marvin Alexis", "Santos", "Wilmer Josué", "Óscar Danilo")
_HN_GIVEN_F = ("Reina Isabel", "Dilcia Marleny", "Sonia", "Karla Yesenia", "Lesbia")
_HN_FAMILY = ("Hernández", "Mejía", "Reyes", "Zelaya", "Banegas", "Castellanos", "Padilla")
_HN_PLACES = (
    ("Col. Planeta", "La Lima", "Cortés"),
    ("Col. Rivera Hernández", "San Pedro Sula", "Cortés"),
    ("Aldea Campo Dos", "El Progreso", "Yoro"),
    ("Barrio El Centro", "Santa Rita", "Yoro"),
    ("Col. Guillén", "Tegucigalpa", "Francisco Morazán"),
)
_LK_NAMES_M = (
    "W. M. Sunil Bandara",
    "K. Ranjith Perera",
    "S. Tharmalingam",
    "M. N. Mohamed Rizwan",
)
_LK_NAMES_F = ("H. M. Kusumawathi", "R. Chandrika Kumari", "S. Parameswary", "A. Fathima Rinoza")
_LK_PLACES = (
    ("No. 42/1, Kandy Road, Aranayake", "Aranayake", "Asmadala"),
    ("Meeriyabedda Estate Line 7, Koslanda", "Haldummulla", "Koslanda"),
    ("12, Temple Road, Kalutara North", "Kalutara", "Kalutara North"),
    ("Bulathkohupitiya, Kegalle Road", "Bulathkohupitiya", "Kiriwandala"),
    ("34, Main Street, Kottagoda", "Deraniyagala", "Kottagoda"),
)


def _rent_months(p: Person) -> int:
    return 3 + int(p.bhxh[-2]) % 4


def _bd_phone(p: Person) -> str:
    number = f"01{_pick(p, ('7', '8', '9', '3'), 6)}{p.phone[2:10]}"
    return number.translate(_BD_DIGITS) if int(p.bhxh) % 2 else number


def _hn_full(p: Person) -> str:
    """A Honduran name: the given names, then the father's and the mother's surnames."""
    given = _by_sex(p, _HN_GIVEN_M, _HN_GIVEN_F, 1)
    return f"{given} {_pick(p, _HN_FAMILY, 2)} {_pick(p, _HN_FAMILY, 3)}"


WRITERS_BLIND384: dict[str, Callable[[Person, Col], object]] = {
    # -- Vietnam
    "house384": lambda p, c: _pick(p, _VN_HOUSE, 2),
    "tempstay384": lambda p, c: _pick(p, _VN_STAY, 3),
    "members384": lambda p, c: str(int(p.bhxh[-3]) % 7 + 1),
    "months384": lambda p, c: str(_rent_months(p)),
    "rate384": lambda p, c: "1.000.000",
    "total384": lambda p, c: f"{_rent_months(p)}.000.000",
    "proxy384": lambda p, c: _pick(p, ("", "", _other_vn(p, 4)), 5),
    "sign384": lambda p, c: "",
    "hamlet384": lambda p, c: _pick(p, _VN_HAMLETS, 2),
    "well384": lambda p, c: _pick(p, _VN_WELL, 3),
    "clor384": lambda p, c: str(2 + int(p.bhxh[-4]) % 4),
    "tabs384": lambda p, c: str((int(p.bhxh[-3]) % 7 + 1) * 10),
    "nurse384": lambda p, c: f"YS. {_other_vn(p, 5)}",
    "victim384": lambda p, c: _other_vn(p, 6),
    "kin384": lambda p, c: _pick(p, _VN_KIN, 4),
    "fate384": lambda p, c: _pick(p, _VN_FATE, 5),
    "where384": lambda p, c: _pick(p, _VN_WHERE, 6),
    "death_aid384": lambda p, c: "20.000.000",
    "decision384": lambda p, c: f"{_num(p, 900)}/QĐ-UBND",
    "cust384": lambda p, c: f"{p.bhxh[:4]}{p.bhxh[-6:]}",
    "loan384": lambda p, c: f"{p.bhxh[-7:]}/HĐTD",
    "owed384": lambda p, c: f"{_num(p, 90) * 1_000_000:,}".replace(",", "."),
    "loss384": lambda p, c: _pick(p, _VN_LOSS, 3),
    "measure384": lambda p, c: _pick(p, _VN_MEASURE, 4),
    "group384": lambda p, c: f"Tổ {_pick(p, _VN_HAMLETS, 2)} - {_other_vn(p, 7)}",
    # -- Bangladesh
    "bd_name384": lambda p, c: _by_sex(p, _BD_GIVEN_M, _BD_GIVEN_F, 1),
    "bd_father384": lambda p, c: _pick(p, _BD_GIVEN_M, 3),
    "bd_nid384": lambda p, c: _bd_nid(p),
    "sex_bd384": lambda p, c: "পুরুষ" if p.male else "মহিলা",
    "bd_addr384": lambda p, c: _place(p, _BD_PLACES)[0],
    "bd_upz384": lambda p, c: _place(p, _BD_PLACES)[1],
    "bd_phone384": lambda p, c: _bd_phone(p),
    "bd_loss384": lambda p, c: _pick(p, ("ঘর সম্পূর্ণ বিধ্বস্ত", "ঘর আংশিক ক্ষতিগ্রস্ত", "ফসল নষ্ট"), 4),
    "bd_rice384": lambda p, c: _pick(p, ("৩০", "২০", "১০"), 5),
    "bd_cash384": lambda p, c: _pick(p, ("২,০০০", "৫,০০০", "১,৫০০"), 6),
    "bd_member384": lambda p, c: f"ইউপি সদস্য, {_pick(p, ('১', '৪', '৭'), 7)} নং ওয়ার্ড",
    # -- Pakistan
    "pk_name384": lambda p, c: (
        f"{_by_sex(p, _PK_GIVEN_M, _PK_GIVEN_F, 1)} {_pick(p, _PK_FAMILY, 2)}"
    ),
    "pk_father384": lambda p, c: f"{_pick(p, _PK_GIVEN_M, 3)} {_pick(p, _PK_FAMILY, 2)}",
    "cnic384": lambda p, c: _cnic(p),
    "sex_pk384": lambda p, c: "Male / مرد" if p.male else "Female / عورت",
    "pk_addr384": lambda p, c: ", ".join(_place(p, _PK_PLACES)),
    "pk_tehsil384": lambda p, c: _place(p, _PK_PLACES)[1],
    "pk_phone384": lambda p, c: f"03{p.phone[3:5]}-{p.phone[5:10]}{p.bhxh[0:2]}",
    "pk_damage384": lambda p, c: _pick(
        p, ("Fully Damaged (Pacca)", "Partially Damaged", "Fully Damaged (Katcha)"), 4
    ),
    "pk_amount384": lambda p, c: _pick(p, ("25,000", "160,000", "300,000"), 5),
    "pk_team384": lambda p, c: f"Team {_num(p, 40)} (PDMA/Army)",
    # -- Mozambique
    "mz_name384": lambda p, c: (
        f"{_by_sex(p, _MZ_GIVEN_M, _MZ_GIVEN_F, 1)} {_pick(p, _MZ_FAMILY, 2)}"
    ),
    "mz_bi384": lambda p, c: _mz_bi(p),
    "sex_mz384": lambda p, c: "M" if p.male else "F",
    "mz_bairro384": lambda p, c: _place(p, _MZ_PLACES)[0],
    "mz_dist384": lambda p, c: _place(p, _MZ_PLACES)[1],
    "mz_prov384": lambda p, c: _place(p, _MZ_PLACES)[2],
    "mz_phone384": lambda p, c: (
        f"+258 8{_pick(p, ('4', '5', '6', '7'), 3)} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "mz_centre384": lambda p, c: _pick(
        p, ("EPC de Lionde", "Escola Secundária da Manga", "Centro de Guara-Guara"), 4
    ),
    "mz_hh384": lambda p, c: str(int(p.bhxh[-3]) % 9 + 1),
    "mz_kit384": lambda p, c: _pick(
        p, ("Kit abrigo + lona", "Kit alimentar", "Certeza + mosquiteiro"), 5
    ),
    "mz_leader384": lambda p, c: f"{_pick(p, _MZ_GIVEN_M, 6)} {_pick(p, _MZ_FAMILY, 7)}",
    # -- Honduras
    "dni384": lambda p, c: _dni_hn(p),
    "hn_name384": lambda p, c: _hn_full(p),
    "sex_hn384": lambda p, c: "Masculino" if p.male else "Femenino",
    "hn_col384": lambda p, c: _place(p, _HN_PLACES)[0],
    "hn_mun384": lambda p, c: _place(p, _HN_PLACES)[1],
    "hn_dep384": lambda p, c: _place(p, _HN_PLACES)[2],
    "hn_phone384": lambda p, c: (
        f"{_pick(p, ('9', '3', '8'), 4)}{p.phone[4:7]}-{p.phone[7:10]}{p.bhxh[0]}"
    ),
    "hn_shelter384": lambda p, c: _pick(
        p,
        (
            "Escuela Marco Aurelio Soto",
            "Iglesia Católica San Juan",
            "Gimnasio Municipal",
            "Ninguno (familiares)",
        ),
        5,
    ),
    "hn_damage384": lambda p, c: _pick(p, ("Destruida", "Daño severo", "Daño leve", "Inundada"), 6),
    "hn_bono384": lambda p, c: _pick(p, ("L 5,000.00", "L 10,000.00", "L 2,500.00"), 7),
    # -- Sri Lanka
    "lk_name384": lambda p, c: _by_sex(p, _LK_NAMES_M, _LK_NAMES_F, 1),
    "lk_nic384": lambda p, c: _lk_nic(p),
    "sex_lk384": lambda p, c: "පුරුෂ / ஆண் / M" if p.male else "ස්ත්‍රී / பெண் / F",
    "lk_addr384": lambda p, c: _place(p, _LK_PLACES)[0],
    "lk_ds384": lambda p, c: _place(p, _LK_PLACES)[1],
    "lk_gn384": lambda p, c: _place(p, _LK_PLACES)[2],
    "lk_phone384": lambda p, c: f"07{p.phone[3]}-{p.phone[4:7]} {p.phone[7:10]}{p.bhxh[0]}",
    "lk_damage384": lambda p, c: _pick(
        p, ("Fully damaged", "Partially damaged", "High risk - evacuated"), 4
    ),
    "lk_centre384": lambda p, c: _pick(
        p, ("Aranayake MV", "Koslanda Tamil Vidyalaya", "Kottagoda Temple"), 5
    ),
    "lk_hh384": lambda p, c: str(int(p.bhxh[-3]) % 8 + 1),
}
