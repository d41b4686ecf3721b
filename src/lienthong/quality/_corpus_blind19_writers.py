"""How the people of the nineteenth part of the outside corpus (**blind 19**,
:mod:`lienthong.quality._corpus_blind19`) are written: four Vietnamese files' own columns (an
unemployment decision's number, benefit and the person who collects it, a criminal-record
certificate's receipt, parents and kind, a social-housing application's project, income and
spouse, a notarised deed, its other party and notary) and Bolivian, Nepali, Azerbaijani, Rwandan
and Lebanese names, addresses, phones and identity numbers. None of the five has a published check
digit: the Bolivian cédula is a serial with the issuing department beside it, the Nepali
citizenship number gives the district and year, the Azerbaijani FİN is seven letters and digits,
the Rwandan national ID's last two digits are checked by an unpublished rule and the Lebanese
identity card's number is a plain serial; Nepali dates are Bikram Sambat."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind13_writers import _vn_name
from lienthong.quality._corpus_people import _FAMILY

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_EMPLOYERS = (
    "Cty TNHH Pouyuen VN",
    "Cty CP May Việt Tiến",
    "Cty TNHH Nidec VN",
    "Cty CP Vissan",
)
_VN_BENEFITS = ("3.150.000", "4.200.000", "2.880.000", "5.940.000", "3.724.500")
_VN_CERT_KINDS = ("Phiếu số 1", "Phiếu số 1", "Phiếu số 2")
_VN_WORKPLACES = ("KCX Tân Thuận", "Bệnh viện Chợ Rẫy", "Cty TNHH Samsung HCMC CE", "Tự do")
_VN_INCOMES = ("9.500.000", "12.000.000", "14.800.000", "7.200.000", "11.350.000")
_VN_PROJECTS = ("NOXH Lê Thành Tân Kiên", "NOXH Phú Lợi", "NOXH Hoàng Quân", "NOXH Đại Thành")
_VN_DEEDS = ("HĐ mua bán nhà", "HĐ ủy quyền", "HĐ tặng cho QSDĐ", "Văn bản thỏa thuận PCDS")
_VN_NOTARIES = ("CCV Nguyễn Văn Thuận", "CCV Lê Thị Hồng", "CCV Trần Minh Khôi")
_BO_FAMILY = ("Mamani", "Quispe", "Choque", "Flores", "Condori", "Vargas", "Gutiérrez", "Rojas")
_BO_GIVEN_M = ("Juan Carlos", "Marcelo", "Freddy", "Limbert", "José Luis", "Wilson")
_BO_GIVEN_F = ("María Elena", "Roxana", "Gladys", "Ximena", "Rosmery", "Paola Andrea")
#: (department's code on the cédula, street, zone)
_BO_PLACES = (
    ("LP", "Av. 6 de Agosto Nro. {n}", "Zona Sopocachi"),
    ("LP", "Calle 3 Nro. {n}", "Zona 16 de Julio, El Alto"),
    ("CB", "Av. Ayacucho Nro. {n}", "Zona Central"),
    ("SC", "Calle Warnes #{n}", "Barrio Equipetrol"),
    ("OR", "Calle Bolívar Nro. {n}", "Zona Norte"),
    ("CH", "Calle Junín #{n}", "Zona San Roque"),
)
_BO_EMPLOYERS = ("YPFB", "Gob. Autónomo Municipal de La Paz", "Cervecería Boliviana Nacional")
_NP_FAMILY = ("थापा", "श्रेष्ठ", "गुरुङ", "अधिकारी", "तामाङ", "पौडेल", "खड्का", "राई")
_NP_GIVEN_M = ("राम बहादुर", "सुनिल", "बिकास", "हरि प्रसाद", "दिपेन्द्र", "कृष्ण")
_NP_GIVEN_F = ("सीता", "गीता कुमारी", "सरिता", "अनिता", "मनिषा", "लक्ष्मी")
#: (district number of the citizenship, district, municipality and tole, postcode)
_NP_PLACES = (
    ("27", "काठमाडौं", "काठमाडौं महानगरपालिका-{w}, नयाँ बानेश्वर", "44600"),
    ("25", "ललितपुर", "ललितपुर महानगरपालिका-{w}, कुपण्डोल", "44700"),
    ("40", "कास्की", "पोखरा महानगरपालिका-{w}, लेकसाइड", "33700"),
    ("05", "मोरङ", "विराटनगर महानगरपालिका-{w}, रानी", "56613"),
    ("35", "चितवन", "भरतपुर महानगरपालिका-{w}, नारायणगढ", "44200"),
)
_AZ_FAMILY = ("Məmmədov", "Əliyev", "Hüseynov", "Quliyev", "Həsənov", "Abbasov", "İsmayılov")
_AZ_GIVEN_M = ("Elvin", "Rəşad", "Orxan", "Tural", "Kamran", "Vüsal")
_AZ_GIVEN_F = ("Aynur", "Günel", "Leyla", "Nərmin", "Səbinə", "Könül")
_AZ_FATHERS = ("Əli", "Vüqar", "İlham", "Elçin", "Rövşən", "Namiq")
#: (address with the house and flat, postcode)
_AZ_PLACES = (
    ("Bakı ş., Nəsimi r-nu, S.Vurğun küç., ev {n}, mənzil {f}", "AZ1010"),
    ("Bakı ş., Yasamal r-nu, Ş.Mehdiyev küç., ev {n}, mənzil {f}", "AZ1065"),
    ("Sumqayıt ş., 9-cu mkr., ev {n}, mənzil {f}", "AZ5000"),
    ("Gəncə ş., Nizami r-nu, Atatürk pr., ev {n}", "AZ2000"),
    ("Şəki ş., M.Ə.Rəsulzadə küç., ev {n}", "AZ5500"),
)
_RW_FAMILY_M = ("NIYONZIMA", "HABIMANA", "NSENGIYUMVA", "NIYOMUGABO", "MUGISHA", "TUYISENGE")
_RW_FAMILY_F = ("UWIMANA", "MUKAMANA", "UWASE", "MUKESHIMANA", "INGABIRE", "NYIRAHABIMANA")
_RW_GIVEN_M = ("Jean Claude", "Eric", "Emmanuel", "Patrick", "Jean de Dieu", "Innocent")
_RW_GIVEN_F = ("Aline", "Claudine", "Diane", "Grace", "Vestine", "Josiane")
#: (district, sector, cell, village)
_RW_PLACES = (
    ("Gasabo", "Kimironko", "Bibare", "Ineza"),
    ("Kicukiro", "Niboye", "Gatare", "Amahoro"),
    ("Nyarugenge", "Nyamirambo", "Rugarama", "Umucyo"),
    ("Musanze", "Muhoza", "Mpenge", "Ubumwe"),
    ("Huye", "Ngoma", "Butare", "Taba"),
)
_LB_FAMILY = ("الخوري", "حداد", "شمص", "الحسيني", "عون", "فرحات", "ياسين", "نصرالله")
_LB_GIVEN_M = ("محمد", "علي", "جورج", "إيلي", "حسين", "شربل")
_LB_GIVEN_F = ("فاطمة", "ريتا", "زينب", "ماري", "نادين", "رنا")
_LB_FATHERS = ("خليل", "يوسف", "أحمد", "طوني", "حسن", "ميشال", "عباس")
_LB_MOTHERS = ("ماري حداد", "زينب فرحات", "نهى الخوري", "سعاد ياسين", "جورجيت عون")
_LB_QAYD = ("بيروت - المصيطبة", "بعبدا - الشياح", "صور", "زحلة", "طرابلس - التبانة")
#: (address, LibanPost code)
_LB_PLACES = (
    ("بيروت، الحمرا، شارع المقدسي، بناية {n}", "1103 2090"),
    ("بيروت، الأشرفية، شارع مار مخايل، بناية {n}", "1100 2807"),
    ("المتن، جل الديب، الطريق العام، بناية {n}", "1201 1050"),
    ("صيدا، شارع رياض الصلح، بناية {n}", "1600 0000"),
    ("طرابلس، الميناء، شارع ابن سينا، بناية {n}", "1300 5000"),
)


def _bs(d: date) -> str:
    """A Gregorian day written in Bikram Sambat, ``2042/11/28``: about 56 years, 8 months and
    17 days later (the months of the Nepali year start mid-April)."""
    day, month, year = d.day + 17, d.month + 8, d.year + 56
    if day > 30:
        day, month = day - 30, month + 1
    if month > 12:
        month, year = month - 12, year + 1
    return f"{year}/{month:02d}/{day:02d}"


def _bo_place(p: Person) -> tuple[str, str, str]:
    return _BO_PLACES[int(p.bhxh) // 9 % len(_BO_PLACES)]


def _ci_bo(p: Person) -> str:
    """A Bolivian cédula: a serial of six to eight digits, now and then with SEGIP's duplicate
    complement (``4789123-1B``)."""
    serial = str(int(p.bhxh[-8:]) % 9_000_000 + 1_000_000)
    return f"{serial}-1{_pick(p, ('A', 'B', 'K'), 3)}" if int(p.bhxh) % 13 == 0 else serial


def _matricula_bo(p: Person) -> str:
    """The CNS insurance number: birth year, month (plus 50 for women), day and initials."""
    month = p.birth.month + (0 if p.male else 50)
    initials = f"{_pick(p, _BO_FAMILY, 2)[0]}{_pick(p, _BO_FAMILY, 6)[0]}"
    initials += _by_sex(p, _BO_GIVEN_M, _BO_GIVEN_F, 1)[0]
    return f"{p.birth:%y}-{month:02d}{p.birth:%d}-{initials}"


def _np_place(p: Person) -> tuple[str, str, str, str]:
    return _NP_PLACES[int(p.bhxh) // 9 % len(_NP_PLACES)]


def _citizen_np(p: Person) -> str:
    """A Nepali citizenship certificate number: district, office, the BS year it was issued and
    the serial (``27-01-73-05678``)."""
    issued = _bs(p.birth)[:4]
    return f"{_np_place(p)[0]}-0{_pick(p, ('1', '2'), 3)}-{int(issued) + 16 - 2000}-{p.bhxh[-5:]}"


def _fin_az(p: Person) -> str:
    """An Azerbaijani FİN: seven of the 33 digits and capitals the cards use (no I, O, Q)."""
    alphabet = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
    n = int(p.bhxh)
    return "".join(alphabet[n // 33**i % 33] for i in range(7))


def _az_place(p: Person) -> tuple[str, str]:
    return _AZ_PLACES[int(p.bhxh) // 9 % len(_AZ_PLACES)]


def _nid_rw(p: Person) -> str:
    """A Rwandan national ID: 1 for a citizen, the birth year, 8 for a man or 7 for a woman, the
    seven-digit serial, the issue count and two check digits (their rule is not published)."""
    return f"1{p.birth:%Y}{8 if p.male else 7}{p.bhxh[-7:]}0{p.bhxh[1:3]}"


def _rw_place(p: Person) -> tuple[str, str, str, str]:
    return _RW_PLACES[int(p.bhxh) // 9 % len(_RW_PLACES)]


def _lb_place(p: Person) -> tuple[str, str]:
    return _LB_PLACES[int(p.bhxh) // 9 % len(_LB_PLACES)]


def _vn_postcode(p: Person) -> str:
    """A five-digit Vietnamese postcode of Ho Chi Minh City (70000-74999)."""
    return f"7{int(p.bhxh[-4:]) % 5000:04d}"


def _vn_other(p: Person, salt: int) -> str:
    return _vn_name(p, int(p.bhxh) % 2 == 0, _pick(p, _FAMILY, salt), salt + 2)


WRITERS_BLIND19: dict[str, Callable[[Person, Col], object]] = {
    "postcode19": lambda p, c: _vn_postcode(p),
    "employer19": lambda p, c: _pick(p, _VN_EMPLOYERS, 2),
    "decision19": lambda p, c: f"{p.bhxh[-4:]}/QĐ-SLĐTBXH",
    "benefit19": lambda p, c: _pick(p, _VN_BENEFITS, 3),
    "proxy19": lambda p, c: "" if int(p.bhxh) % 4 else _vn_other(p, 3),
    "proxy_phone19": lambda p, c: "" if int(p.bhxh) % 4 else f"09{p.bhxh[::-1][:8]}",
    "receipt19": lambda p, c: f"{p.bhxh[:3]}.{p.bhxh[3:6]}/LLTP",
    "father19": lambda p, c: _vn_name(p, True, p.full.split(" ", 1)[0], 5),
    "mother19": lambda p, c: _vn_name(p, False, _pick(p, _FAMILY, 4), 7),
    "kind19": lambda p, c: _pick(p, _VN_CERT_KINDS, 2),
    "case19": lambda p, c: f"NOXH-{p.other_date:%Y}-{p.bhxh[-5:]}",
    "workplace19": lambda p, c: _pick(p, _VN_WORKPLACES, 3),
    "income19": lambda p, c: _pick(p, _VN_INCOMES, 4),
    "spouse19": lambda p, c: (
        "" if int(p.bhxh) % 3 == 0 else _vn_name(p, not p.male, _pick(p, _FAMILY, 6), 1)
    ),
    "spouse_phone19": lambda p, c: "" if int(p.bhxh) % 3 == 0 else f"03{p.bhxh[2:10]}",
    "project19": lambda p, c: _pick(p, _VN_PROJECTS, 5),
    "notary_no19": lambda p, c: f"{int(p.bhxh[-5:]) + 1}/2025/CCGD",
    "deed19": lambda p, c: _pick(p, _VN_DEEDS, 2),
    "counterparty19": lambda p, c: _vn_other(p, 5),
    "counter_phone19": lambda p, c: f"08{p.bhxh[::-1][1:9]}",
    "notary19": lambda p, c: _pick(p, _VN_NOTARIES, 3),
    "matricula_bo": lambda p, c: _matricula_bo(p),
    "bo_paterno": lambda p, c: _pick(p, _BO_FAMILY, 2),
    "bo_materno": lambda p, c: _pick(p, _BO_FAMILY, 6),
    "bo_given": lambda p, c: _by_sex(p, _BO_GIVEN_M, _BO_GIVEN_F, 1),
    "ci_bo": lambda p, c: _ci_bo(p),
    "exp_bo": lambda p, c: _bo_place(p)[0],
    "sex_bo": lambda p, c: "M" if p.male else "F",
    "street_bo": lambda p, c: _bo_place(p)[1].format(n=_num(p, 90) * 10 + 3),
    "zona_bo": lambda p, c: _bo_place(p)[2],
    "phone_bo": lambda p, c: f"{_pick(p, ('7', '6'), 3)}{p.phone[3:10]}",
    "ref_bo": lambda p, c: (
        f"{_by_sex(p, _BO_GIVEN_F, _BO_GIVEN_M, 4)} {_pick(p, _BO_FAMILY, 2)}"
        f" {_pick(p, _BO_FAMILY, 5)}"
    ),
    "ref_phone_bo": lambda p, c: f"7{p.bhxh[::-1][:7]}",
    "employer_bo": lambda p, c: _pick(p, _BO_EMPLOYERS, 4),
    "insuree_np": lambda p, c: f"{int(p.bhxh[1:10]):09d}",
    "np_full": lambda p, c: f"{_by_sex(p, _NP_GIVEN_M, _NP_GIVEN_F, 1)} {_pick(p, _NP_FAMILY, 2)}",
    "sex_np": lambda p, c: "पुरुष" if p.male else "महिला",
    "bs_birth_np": lambda p, c: _bs(p.birth),
    "citizen_np": lambda p, c: _citizen_np(p),
    "district_np": lambda p, c: _np_place(p)[1],
    "address_np": lambda p, c: _np_place(p)[2].format(w=_num(p, 30)),
    "post_np": lambda p, c: _np_place(p)[3],
    "phone_np": lambda p, c: f"98{_pick(p, ('4', '5', '6', '1'), 3)}{p.phone[3:10]}",
    "father_np": lambda p, c: f"{_pick(p, _NP_GIVEN_M, 4)} {_pick(p, _NP_FAMILY, 2)}",
    "contact_phone_np": lambda p, c: f"980{p.bhxh[::-1][:7]}",
    "bs_date_np": lambda p, c: _bs(p.other_date),
    "az_family": lambda p, c: _pick(p, _AZ_FAMILY, 2) + ("" if p.male else "a"),
    "az_given": lambda p, c: _by_sex(p, _AZ_GIVEN_M, _AZ_GIVEN_F, 1),
    "az_father": lambda p, c: _pick(p, _AZ_FATHERS, 4),
    "sex_az": lambda p, c: "kişi" if p.male else "qadın",
    "fin_az": lambda p, c: _fin_az(p),
    "idcard_az": lambda p, c: (
        f"AA{p.bhxh[-7:]}" if p.other_date.year > 2024 else f"AZE{p.bhxh[-8:]}"
    ),
    "address_az": lambda p, c: _az_place(p)[0].format(n=_num(p, 90), f=int(p.bhxh[-2:]) + 1),
    "post_az": lambda p, c: _az_place(p)[1],
    "phone_az": lambda p, c: (
        f"({_pick(p, ('050', '055', '070', '077'), 3)}) {p.phone[3:6]}-{p.phone[6:8]}-"
        f"{p.phone[8:10]}"
    ),
    "contact_az": lambda p, c: (
        f"{_pick(p, _AZ_FAMILY, 5)}a {_pick(p, _AZ_GIVEN_F, 2)}"
        if p.male
        else f"{_pick(p, _AZ_FAMILY, 5)} {_pick(p, _AZ_GIVEN_M, 2)}"
    ),
    "contact_phone_az": lambda p, c: f"(051) {p.bhxh[::-1][:3]}-{p.bhxh[3:5]}-{p.bhxh[5:7]}",
    "nid_rw": lambda p, c: _nid_rw(p),
    "rw_full": lambda p, c: (
        f"{_by_sex(p, _RW_FAMILY_M, _RW_FAMILY_F, 2)} {_by_sex(p, _RW_GIVEN_M, _RW_GIVEN_F, 1)}"
    ),
    "sex_rw": lambda p, c: "Gabo" if p.male else "Gore",
    "district_rw": lambda p, c: _rw_place(p)[0],
    "sector_rw": lambda p, c: _rw_place(p)[1],
    "cell_rw": lambda p, c: _rw_place(p)[2],
    "village_rw": lambda p, c: _rw_place(p)[3],
    "phone_rw": lambda p, c: f"07{_pick(p, ('8', '9', '2', '3'), 3)}{p.phone[3:10]}",
    "head_rw": lambda p, c: f"{_pick(p, _RW_FAMILY_M, 4)} {_pick(p, _RW_GIVEN_M, 5)}",
    "head_phone_rw": lambda p, c: f"078{p.bhxh[::-1][:7]}",
    "ubudehe_rw": lambda p, c: _pick(p, ("A", "B", "C", "C", "D"), 3),
    "cnss_lb": lambda p, c: f"{int(p.bhxh[2:9]):07d}",
    "lb_given": lambda p, c: _by_sex(p, _LB_GIVEN_M, _LB_GIVEN_F, 1),
    "lb_father": lambda p, c: _pick(p, _LB_FATHERS, 4),
    "lb_family": lambda p, c: _pick(p, _LB_FAMILY, 2),
    "lb_mother": lambda p, c: _pick(p, _LB_MOTHERS, 5),
    "sex_lb": lambda p, c: "ذكر" if p.male else "أنثى",
    "idcard_lb": lambda p, c: f"{_pick(p, ('1', '2', '3'), 2)}{p.bhxh[1:10]}{p.bhxh[:2]}",
    "sijill_lb": lambda p, c: str(_num(p, 900)),
    "qayd_lb": lambda p, c: _pick(p, _LB_QAYD, 3),
    "address_lb": lambda p, c: _lb_place(p)[0].format(n=_num(p, 90)),
    "post_lb": lambda p, c: _lb_place(p)[1],
    "phone_lb": lambda p, c: (
        f"{_pick(p, ('03', '70', '71', '76', '81'), 3)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "emergency_lb": lambda p, c: f"{_pick(p, _LB_GIVEN_F, 6)} {_pick(p, _LB_FAMILY, 2)}",
    "emergency_phone_lb": lambda p, c: f"03 {p.bhxh[::-1][:3]} {p.bhxh[::-1][3:6]}",
}
