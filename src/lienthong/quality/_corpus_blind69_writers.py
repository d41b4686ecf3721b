"""How the people of the sixty-ninth part of the outside corpus (**blind 69**,
:mod:`lienthong.quality._corpus_blind69`) are written: four Vietnamese files' own columns (a
household's temporary house and the support to replace it, a driver's medical examination, a
pensioner's monthly payout and who collects it for them, a citizen's complaint and their
representative) and Azerbaijani, Albanian, Dominican, Fijian and Luxembourg names, addresses,
phones and identity numbers in the forms their cards show (the Albanian NID with the birth decade
in its first letter and the sex in its month, the Dominican cédula with its Luhn digit, the
Luxembourg matricule with the birth date in its digits and a Luhn and a Verhoeff digit), so that
each file reads like the one its office really keeps."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick, _verhoeff
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_HAMLETS = (
    "Thôn 4, Xã Ea Tiêu, Huyện Cư Kuin, Tỉnh Đắk Lắk",
    "Bản Nà Lừa, Xã Chiềng Ngần, TP. Sơn La, Tỉnh Sơn La",
    "Ấp Kinh Xáng, Xã Vĩnh Viễn A, Huyện Long Mỹ, Tỉnh Hậu Giang",
    "Thôn Đồng Tâm, Xã Hương Xuân, Huyện Hương Khê, Tỉnh Hà Tĩnh",
    "Xóm Bãi, Xã Thanh Hối, Huyện Tân Lạc, Tỉnh Hòa Bình",
)
_VN_HH_KINDS = ("Hộ nghèo", "Hộ cận nghèo", "Hộ nghèo", "Hộ có công với CM", "Hộ nghèo DTTS")
_VN_HOUSES = ("Nhà tạm", "Nhà dột nát", "Nhà thiếu kiên cố", "Nhà tạm, tường đất")
_VN_BUILD = ("Xây mới", "Xây mới", "Sửa chữa", "Xây mới")
_VN_FUNDS = (
    "Quỹ Vì người nghèo tỉnh",
    "Ngân sách TW (CT MTQG)",
    "Xã hội hóa",
    "Bộ Công an hỗ trợ",
    "Quỹ Vì người nghèo huyện",
)
_VN_LICENCE = ("A1", "A1", "B1", "B2", "B", "C1", "C", "D", "FC")
_VN_EXAM_DOCTORS = (
    "BSCKI. Nguyễn Thị Thu Hà",
    "BS. Lê Văn Quang",
    "ThS.BS Trần Minh Tuấn",
    "BSCKII. Phạm Thị Hồng",
)
_VN_VISION = ("10/10 - 10/10", "9/10 - 10/10", "8/10 - 7/10", "10/10 - 9/10", "5/10 - 6/10")
_VN_REGIMES = ("Hưu trí", "Hưu trí", "Mất sức lao động", "Tuất hằng tháng", "TNLĐ-BNN")
_VN_PAY_WAYS = ("Tại điểm chi trả", "Qua tài khoản ATM", "Chi tại nhà", "Tại điểm chi trả")
_VN_CLERKS = ("Đinh Thị Hoa", "Lò Văn Dũng", "Nguyễn Thị Bích", "Trương Quốc Việt")
_VN_CASES = ("Khiếu nại", "Tố cáo", "Kiến nghị, phản ánh", "Khiếu nại", "Kiến nghị, phản ánh")
_VN_CONTENTS = (
    "Khiếu nại QĐ thu hồi đất, bồi thường chưa thỏa đáng",
    "Tranh chấp ranh giới đất với hộ liền kề",
    "Phản ánh cơ sở sản xuất gây ô nhiễm tiếng ồn",
    "Đề nghị cấp GCN QSDĐ bị chậm",
    "Tố cáo cán bộ địa chính nhận tiền",
    "Kiến nghị sửa chữa đường liên thôn",
)
_VN_AGENCIES = ("UBND xã", "UBND huyện", "Chưa gửi cơ quan nào", "Thanh tra huyện", "UBND xã")
_VN_OUTCOMES = (
    "Hướng dẫn gửi đơn đến UBND huyện",
    "Chuyển đơn đến Thanh tra huyện",
    "Tiếp nhận, thụ lý giải quyết",
    "Trả lời, giải thích tại buổi tiếp",
    "Đơn trùng, đã giải quyết đúng PL",
)
_VN_RECEIVERS = ("Hoàng Văn Thắng", "Vũ Thị Lệ", "Cao Minh Khoa", "Phạm Ngọc Ánh")

_AZ_FAMILY_M = ("Məmmədov", "Əliyev", "Həsənov", "Hüseynov", "Quliyev", "İsmayılov", "Cəfərov")
_AZ_FAMILY_F = ("Məmmədova", "Əliyeva", "Həsənova", "Hüseynova", "Quliyeva", "İsmayılova")
_AZ_GIVEN_M = ("Elnur", "Rəşad", "Tural", "Orxan", "Vüqar", "Kamran", "Şahin")
_AZ_GIVEN_F = ("Günay", "Aynur", "Səbinə", "Nərmin", "Leyla", "Könül", "Ülviyyə")
_AZ_FATHERS = ("Əli", "Vaqif", "Rauf", "İlham", "Səməd", "Ramiz", "Elşad")
_AZ_PLACES = (
    ("Bakı şəh., Nəsimi r-nu, S.Vurğun küç., ev 34, mən. 12", "Nəsimi"),
    ("Bakı şəh., Yasamal r-nu, Ş.Mehdiyev küç., ev 118, mən. 45", "Yasamal"),
    ("Bakı şəh., Binəqədi r-nu, 8-ci mkr., ev 17, mən. 3", "Binəqədi"),
    ("Sumqayıt şəh., 9-cu mkr., ev 21, mən. 60", "Sumqayıt"),
    ("Gəncə şəh., Kəpəz r-nu, Atatürk pr., ev 7", "Kəpəz"),
)
_AZ_FIN = "0123456789ABCDEFGHJKLMNPQRSTUVXYZ"
_AZ_OPERATORS = ("50", "51", "55", "70", "77", "99", "10")
_AZ_EMPLOYERS = ("İşsiz", "Azərsu ASC", "Bakı Metropoliteni", "Fərdi sahibkar", "Təqaüdçü")

_AL_FAMILY = ("Hoxha", "Shehu", "Dervishi", "Gjoka", "Leka", "Marku", "Kola", "Çela")
_AL_GIVEN_M = ("Arben", "Gëzim", "Ilir", "Ermal", "Besnik", "Dritan", "Klodian")
_AL_GIVEN_F = ("Elona", "Mirela", "Blerina", "Anila", "Entela", "Ardita", "Jonida")
_AL_FATHERS = ("Agim", "Fatmir", "Petrit", "Sokol", "Bujar", "Ilirjan")
_AL_PLACES = (
    ("Rr. Myslym Shyri, Pall. 14, Shk. 2, Ap. 8, Tiranë", "Tiranë", "Tiranë"),
    ("Rr. Dritan Hoxha, Nd. 5, H. 3, Tiranë", "Tiranë", "Tiranë"),
    ("L. 4, Rr. Tregtare, Pall. 9, Durrës", "Durrës", "Durrës"),
    ("Rr. Kolë Idromeno, Nr. 22, Shkodër", "Shkodër", "Shkodër"),
    ("L. Pavarësia, Rr. Sadik Zotaj, Vlorë", "Vlorë", "Vlorë"),
    ("Fshati Peqin, Njësia Administrative Shezë, Peqin", "Peqin", "Elbasan"),
)
_AL_BIRTHPLACES = ("Tiranë", "Korçë", "Berat", "Kukës", "Fier", "Gjirokastër", "Lezhë")
_AL_DOCTORS = ("Dr. Ledina Hysa", "Dr. Artan Bregu", "Dr. Eriona Kaçi", "Dr. Fatos Meta")

_DO_FAMILY = ("Rodríguez", "Peña", "Martínez", "Almonte", "De la Cruz", "Santana", "Reyes")
_DO_GIVEN_M = ("Juan Carlos", "Ramón", "Yunior", "Francisco Alberto", "Wilkin", "Héctor")
_DO_GIVEN_F = ("Yokasta", "Mercedes", "Ana Julia", "Rosanna", "Yudelka", "María Altagracia")
#: (street line, sector, municipio, provincia, the cédula's municipal prefix there)
_DO_PLACES = (
    ("C/ Duarte No. 45", "Villa Consuelo", "Santo Domingo de Guzmán", "Distrito Nacional", "001"),
    ("Calle 8 No. 12, Res. Las Palmas", "Los Mina", "Santo Domingo Este", "Santo Domingo", "223"),
    ("Av. Las Américas Km 9 1/2", "Alma Rosa", "Santo Domingo Este", "Santo Domingo", "223"),
    ("C/ Restauración No. 110", "Pueblo Nuevo", "Santiago de los Caballeros", "Santiago", "031"),
    ("Calle Principal No. 3", "Herrera", "Santo Domingo Oeste", "Santo Domingo", "224"),
    ("C/ Beller No. 27", "Centro", "San Felipe de Puerto Plata", "Puerto Plata", "037"),
)
_DO_ARS = ("SENASA Subsidiado", "SENASA Contributivo", "ARS Humano", "ARS Universal", "ARS Mapfre")
_DO_CIVIL = ("Soltero(a)", "Casado(a)", "Unión libre", "Unión libre", "Viudo(a)")

#: iTaukei and Indo-Fijian (family names, men's and women's given names)
_FJ_NAMES = (
    (
        ("Naivalu", "Tikoduadua", "Waqanivalu", "Ravuvu", "Nawaikula", "Qarikau"),
        ("Jone", "Sakiasi", "Viliame", "Mosese", "Ratu Isoa", "Peni"),
        ("Litia", "Mereoni", "Salote", "Adi Vasemaca", "Losana", "Akanisi"),
    ),
    (
        ("Kumar", "Prasad", "Lal", "Singh", "Chand", "Narayan"),
        ("Ravinesh", "Ashwin", "Rajendra", "Shivneel", "Vikash", "Anil"),
        ("Shalini", "Priya", "Sunita", "Roshni", "Kamla", "Anjani"),
    ),
)
#: (address, tikina, province)
_FJ_PLACES = (
    ("Lot 14, Vunimoli Road, Labasa", "Labasa", "Macuata"),
    ("Nasea, Labasa Town", "Labasa", "Macuata"),
    ("Koro o Naduri, Macuata", "Macuata", "Macuata"),
    ("Lot 3, Bulileka Road, Labasa", "Labasa", "Macuata"),
    ("Savusavu Town, Vanua Levu", "Savusavu", "Cakaudrove"),
    ("Koro o Nabouwalu, Bua", "Bua", "Bua"),
)
_FJ_MATAQALI = ("Nakorovou", "Naivitaqa", "Burenitu", "Nadakuni", "")
_FJ_EMPLOYERS = (
    "Fiji Sugar Corporation",
    "Labasa Town Council",
    "FSC Labasa Mill",
    "Self-employed",
)

_LU_FAMILY = ("Schmit", "Muller", "Weber", "Da Silva", "Hoffmann", "Wagner", "Pereira", "Thill")
_LU_GIVEN_M = ("Jean", "Luc", "Tom", "Joao", "Marc", "Claude", "Gilles")
_LU_GIVEN_F = ("Anne", "Josée", "Marie-Paule", "Sandra", "Carla", "Nathalie", "Lena")
#: (street line, postcode, locality)
_LU_PLACES = (
    ("12, rue de l'Alzette", "L-4011", "Esch-sur-Alzette"),
    ("45, boulevard J.F. Kennedy", "L-4170", "Esch-sur-Alzette"),
    ("3, rue du Brill", "L-4042", "Esch-sur-Alzette"),
    ("101, route de Belvaux", "L-4026", "Esch-sur-Alzette"),
    ("8, rue Michel Rodange", "L-3447", "Dudelange"),
    ("27, avenue de la Gare", "L-4130", "Esch-sur-Alzette"),
)
_LU_NATIONS = ("Lëtzebuergesch", "Portugiesesch", "Franséisch", "Italienesch", "Kap-Verdesch")
_LU_BIRTHPLACES = ("Esch-sur-Alzette", "Luxembourg", "Porto (P)", "Metz (F)", "Praia (CV)")
_LU_ASSISTANTS = ("Mme Feller", "M. Reuter", "Mme Nunes", "Mme Kayser")


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 9 % len(places)]


def _later(p: Person, days: int) -> datetime:
    """An event some days after the row's own date (a house finished after it was begun)."""
    event = p.other_date + timedelta(days=days + int(p.bhxh) % 60)
    return datetime(event.year, event.month, event.day)


def _support(p: Person) -> str:
    """Millions of dong: 40 to 100 for a new house, 20 to 40 for a repair."""
    if _pick(p, _VN_BUILD, 5) == "Sửa chữa":
        return str((_num(p, 3) + 1) * 10 + 10)
    return str((_num(p, 4) + 1) * 20 + 20)


def _pension(p: Person) -> str:
    return f"{(_num(p, 80) + 25) * 123_000:,}".replace(",", ".")


def _proxy_cccd(p: Person) -> str:
    _, male, born, _ = _proxy(p)
    return _cccd_of(p, male, born)


def _drug_free(p: Person) -> bool:
    return int(p.bhxh) % 17 != 0


def _exam_result(p: Person) -> str:
    if not _drug_free(p):
        return "Không đủ sức khỏe (dương tính chất ma túy)"
    if _pick(p, _VN_VISION, 3) == "5/10 - 6/10" and _pick(p, _VN_LICENCE, 2) not in ("A1", "B1"):
        return "Không đủ sức khỏe (thị lực)"
    return f"Đủ sức khỏe lái xe hạng {_pick(p, _VN_LICENCE, 2)}"


def _has_proxy(p: Person) -> bool:
    return int(p.bhxh) % 3 == 0


def _has_representative(p: Person) -> bool:
    return int(p.bhxh) % 4 == 1


def _fin(p: Person) -> str:
    """An Azerbaijani FIN: seven digits and capital letters (no I, O or W)."""
    value = int(p.bhxh)
    out = ""
    for _ in range(7):
        value, rest = divmod(value, len(_AZ_FIN))
        out += _AZ_FIN[rest]
    return out


def _nid_al(p: Person) -> str:
    """An Albanian NID: the birth decade as a letter (A for the 1900s, J for the 1990s, K for the
    2000s), the year's last digit, the month (plus 50 for women), the day, three serial digits
    and a check letter (here the weighted sum of the nine values mod 23)."""
    decade = "ABCDEFGHIJKLMN"[(p.birth.year - 1900) // 10]
    month = p.birth.month + (0 if p.male else 50)
    body = f"{p.birth.year % 10}{month:02d}{p.birth:%d}{p.bhxh[-3:]}"
    values = [ord(decade) - 64] + [int(ch) for ch in body]
    check = sum(v * w for w, v in enumerate(values, start=1)) % 23
    return f"{decade}{body}{'WABCDEFGHIJKLMNOPQRSTUV'[check]}"


def _cedula_do(p: Person) -> str:
    """A Dominican cédula: the municipality of issue, seven serial digits and the Luhn digit."""
    digits = _luhn(f"{_place(p, _DO_PLACES)[4]}{p.bhxh[:7]}")
    return f"{digits[:3]}-{digits[3:10]}-{digits[10]}"


def _matricule_lu(p: Person) -> str:
    """A Luxembourg matricule: the birth date as YYYYMMDD, three serial digits, the Luhn digit
    and then the Verhoeff digit of those eleven; forms print it whole or in groups."""
    base = f"{p.birth:%Y%m%d}{p.bhxh[-3:]}"
    whole = f"{base}{_luhn(base)[-1]}{_verhoeff(base)[-1]}"
    if int(p.bhxh) % 3 == 0:
        return f"{whole[:4]} {whole[4:8]} {whole[8:11]} {whole[11:]}"
    return whole


def _phone_az(p: Person) -> str:
    op = _pick(p, _AZ_OPERATORS, 3)
    if int(p.bhxh) % 2:
        return f"+994 {op} {p.phone[3:6]} {p.phone[6:8]} {p.phone[8:10]}"
    return f"0{op}-{p.phone[3:6]}-{p.phone[6:8]}-{p.phone[8:10]}"


def _phone_fj(p: Person) -> str:
    lead = _pick(p, ("9", "7", "8", "2"), 3)
    if int(p.bhxh) % 2:
        return f"+679 {lead}{p.phone[4:6]} {p.phone[6:10]}"
    return f"{lead}{p.phone[4:6]} {p.phone[6:10]}"


def _fj_names(p: Person) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """An iTaukei or an Indo-Fijian member (the mataqali is only an iTaukei's)."""
    return _FJ_NAMES[int(p.bhxh) // 7 % 2]


def _fj_nominee(p: Person) -> str:
    """The nominee: a woman for a man and a man for a woman, of the member's family."""
    family, men, women = _fj_names(p)
    if p.male:
        rel = _pick(p, ("Spouse", "Daughter", "Mother", "Sister"), 5)
        given = _pick(p, women, 4)
    else:
        rel = _pick(p, ("Spouse", "Son", "Father", "Brother"), 5)
        given = _pick(p, men, 4)
    return f"{given} {_pick(p, family, 2)} ({rel})"


def _proxy(p: Person) -> tuple[str, bool, int, bool]:
    """Who collects the pension: (relation, a man?, born in, of the pensioner's family?)."""
    spouse = "Vợ" if p.male else "Chồng"
    relation = _pick(p, ("Con trai", "Con gái", spouse, "Con dâu", "Cháu nội"), 4)
    male = relation in ("Con trai", "Chồng", "Cháu nội")
    born = {"Vợ": p.birth.year + 3, "Chồng": p.birth.year - 3, "Cháu nội": p.birth.year + 50}
    own_family = relation in ("Con trai", "Con gái", "Cháu nội") and p.male
    return relation, male, min(born.get(relation, p.birth.year + 25), 2007), own_family


def _proxy_name(p: Person) -> str:
    _, male, _, own_family = _proxy(p)
    return _other_vn(p, 5, male=male, family=p.family if own_family else None)


def _rep_male(p: Person) -> bool:
    """The representative's sex as :func:`_other_vn` with salt 6 draws it."""
    return int(p.bhxh) // 7 % 2 == 0


WRITERS_BLIND69: dict[str, Callable[[Person, Col], object]] = {
    "hamlet69": lambda p, c: _pick(p, _VN_HAMLETS, 2),
    "hh_kind69": lambda p, c: _pick(p, _VN_HH_KINDS, 3),
    "house69": lambda p, c: _pick(p, _VN_HOUSES, 4),
    "build69": lambda p, c: _pick(p, _VN_BUILD, 5),
    "support69": lambda p, c: _support(p),
    "fund69": lambda p, c: _pick(p, _VN_FUNDS, 6),
    "members69": lambda p, c: str(_num(p, 7) + 1),
    "done69": lambda p, c: _later(p, 75),
    "exam_no69": lambda p, c: f"KSK-LX/{p.other_date:%y}/{p.bhxh[-5:]}",
    "licence69": lambda p, c: _pick(p, _VN_LICENCE, 2),
    "vision69": lambda p, c: _pick(p, _VN_VISION, 3),
    "bp69": lambda p, c: f"{110 + _num(p, 40)}/{70 + _num(p, 20)} mmHg",
    "alcohol69": lambda p, c: "Âm tính" if _drug_free(p) else "Dương tính (Morphin)",
    "exam_doctor69": lambda p, c: _pick(p, _VN_EXAM_DOCTORS, 4),
    "exam_result69": lambda p, c: _exam_result(p),
    "regime69": lambda p, c: _pick(p, _VN_REGIMES, 2),
    "pension69": lambda p, c: _pension(p),
    "pay_month69": lambda p, c: "12/2026",
    "pay_way69": lambda p, c: _pick(p, _VN_PAY_WAYS, 3),
    "proxy69": lambda p, c: _proxy_name(p) if _has_proxy(p) else "",
    "proxy_rel69": lambda p, c: _proxy(p)[0] if _has_proxy(p) else "",
    "proxy_cccd69": lambda p, c: _proxy_cccd(p) if _has_proxy(p) else "",
    "proxy_doc69": lambda p, c: f"{p.bhxh[-3:]}/GUQ" if _has_proxy(p) else "",
    "clerk69": lambda p, c: _pick(p, _VN_CLERKS, 5),
    "book69": lambda p, c: f"{_num(p, 300) + 1}/TCD",
    "case69": lambda p, c: _pick(p, _VN_CASES, 2),
    "content69": lambda p, c: _pick(p, _VN_CONTENTS, 3),
    "rep69": lambda p, c: _other_vn(p, 6) if _has_representative(p) else "",
    "rep_cccd69": lambda p, c: (
        _cccd_of(p, _rep_male(p), 1960 + int(p.bhxh[-2:]) % 40) if _has_representative(p) else ""
    ),
    "rep_phone69": lambda p, c: _other_phone(p, "091") if _has_representative(p) else "",
    "crowd69": lambda p, c: str(1 + (int(p.bhxh) % 11 == 0) * _num(p, 12)),
    "agency69": lambda p, c: _pick(p, _VN_AGENCIES, 4),
    "outcome69": lambda p, c: _pick(p, _VN_OUTCOMES, 5),
    "receiver69": lambda p, c: _pick(p, _VN_RECEIVERS, 6),
    "fin_az69": lambda p, c: _fin(p),
    "card_az69": lambda p, c: f"AZE {p.bhxh[1:9]}" if p.birth.year > 1960 else f"AA {p.bhxh[2:9]}",
    "az_family69": lambda p, c: _by_sex(p, _AZ_FAMILY_M, _AZ_FAMILY_F, 2),
    "az_given69": lambda p, c: _by_sex(p, _AZ_GIVEN_M, _AZ_GIVEN_F, 1),
    "az_father69": lambda p, c: _pick(p, _AZ_FATHERS, 3),
    "sex_az69": lambda p, c: "Kişi" if p.male else "Qadın",
    "addr_az69": lambda p, c: _place(p, _AZ_PLACES)[0],
    "rayon_az69": lambda p, c: _place(p, _AZ_PLACES)[1],
    "phone_az69": lambda p, c: _phone_az(p),
    "members_az69": lambda p, c: str(_num(p, 7) + 1),
    "sum_az69": lambda p, c: f"{(_num(p, 30) + 10) * 10},00",
    "employer_az69": lambda p, c: _pick(p, _AZ_EMPLOYERS, 4),
    "nid_al69": lambda p, c: _nid_al(p),
    "al_family69": lambda p, c: _pick(p, _AL_FAMILY, 2),
    "al_given69": lambda p, c: _by_sex(p, _AL_GIVEN_M, _AL_GIVEN_F, 1),
    "al_father69": lambda p, c: _pick(p, _AL_FATHERS, 3),
    "sex_al69": lambda p, c: "M" if p.male else "F",
    "birthplace_al69": lambda p, c: _pick(p, _AL_BIRTHPLACES, 4),
    "addr_al69": lambda p, c: _place(p, _AL_PLACES)[0],
    "bashkia_al69": lambda p, c: _place(p, _AL_PLACES)[1],
    "qarku_al69": lambda p, c: _place(p, _AL_PLACES)[2],
    "phone_al69": lambda p, c: f"06{_pick(p, ('7', '8', '9'), 2)} {p.phone[3:6]} {p.phone[6:10]}",
    "doctor_al69": lambda p, c: _pick(p, _AL_DOCTORS, 5),
    "checkup_al69": lambda p, c: _pick(p, ("Kryer", "Kryer", "Nuk u paraqit", "Referuar"), 6),
    "cedula_do69": lambda p, c: _cedula_do(p),
    "do_given69": lambda p, c: _by_sex(p, _DO_GIVEN_M, _DO_GIVEN_F, 1),
    "do_pat69": lambda p, c: _pick(p, _DO_FAMILY, 2),
    "do_mat69": lambda p, c: _pick(p, _DO_FAMILY, 3),
    "sex_do69": lambda p, c: "M" if p.male else "F",
    "civil_do69": lambda p, c: _pick(p, _DO_CIVIL, 4),
    "street_do69": lambda p, c: _place(p, _DO_PLACES)[0],
    "sector_do69": lambda p, c: _place(p, _DO_PLACES)[1],
    "mun_do69": lambda p, c: _place(p, _DO_PLACES)[2],
    "prov_do69": lambda p, c: _place(p, _DO_PLACES)[3],
    "phone_do69": lambda p, c: (
        f"{_pick(p, ('809', '829', '849'), 2)}-{p.phone[3:6]}-{p.phone[6:10]}"
    ),
    "nss_do69": lambda p, c: f"{p.bhxh[1:10]}",
    "ars_do69": lambda p, c: _pick(p, _DO_ARS, 5),
    "fnpf_fj69": lambda p, c: f"{int(p.bhxh[:2]) % 9 + 1}{p.bhxh[3:10]}",
    "fj_family69": lambda p, c: _pick(p, _fj_names(p)[0], 2),
    "fj_given69": lambda p, c: _by_sex(p, _fj_names(p)[1], _fj_names(p)[2], 1),
    "sex_fj69": lambda p, c: "M" if p.male else "F",
    "addr_fj69": lambda p, c: _place(p, _FJ_PLACES)[0],
    "tikina_fj69": lambda p, c: _place(p, _FJ_PLACES)[1],
    "yasana_fj69": lambda p, c: _place(p, _FJ_PLACES)[2],
    "phone_fj69": lambda p, c: _phone_fj(p),
    "mataqali_fj69": lambda p, c: _pick(p, _FJ_MATAQALI, 3) if _fj_names(p) is _FJ_NAMES[0] else "",
    "employer_fj69": lambda p, c: _pick(p, _FJ_EMPLOYERS, 4),
    "nominee_fj69": lambda p, c: _fj_nominee(p),
    "balance_fj69": lambda p, c: f"{_num(p, 40_000) + 150:,}.{p.bhxh[-2:]}",
    "matricule_lu69": lambda p, c: _matricule_lu(p),
    "lu_family69": lambda p, c: _pick(p, _LU_FAMILY, 2),
    "lu_given69": lambda p, c: _by_sex(p, _LU_GIVEN_M, _LU_GIVEN_F, 1),
    "sex_lu69": lambda p, c: "M" if p.male else "F",
    "birthplace_lu69": lambda p, c: _pick(p, _LU_BIRTHPLACES, 3),
    "street_lu69": lambda p, c: _place(p, _LU_PLACES)[0],
    "pc_lu69": lambda p, c: _place(p, _LU_PLACES)[1],
    "town_lu69": lambda p, c: _place(p, _LU_PLACES)[2],
    "phone_lu69": lambda p, c: (
        f"+352 {_pick(p, ('621', '661', '691'), 2)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "nation_lu69": lambda p, c: _pick(p, _LU_NATIONS, 4),
    "household_lu69": lambda p, c: str(_num(p, 6) + 1),
    "amount_lu69": lambda p, c: f"{(_num(p, 8) + 10) * 165},00",
    "assistant_lu69": lambda p, c: _pick(p, _LU_ASSISTANTS, 5),
}
