"""How the people of the thirty-second part of the outside corpus (**blind 32**,
:mod:`lienthong.quality._corpus_blind32`) are written: four Vietnamese files' own columns (a
medical practising certificate's number, degree, scope of practice, hospital and its address, a
social-housing application's number, project, target group, income, household and spouse, a
marital-status certificate's number, book, status, purpose and signing officer, an athlete's code,
sport, grade, team and coach) and Sierra Leonean, Seychellois, Gabonese, Burundian and Monegasque
names, addresses, phones and identity numbers in the forms their cards and registers show (only
the French NIR that Monaco's CCSS records for its insured publishes a check, its 97 - n mod 97
key; the Sierra Leonean NIN, the Seychellois NIN, the Gabonese CNI number and the Burundian CNI
number have none)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

#: (degree, scope of practice the certificate grants)
_VN_PRACTICE = (
    ("Bác sĩ đa khoa", "Khám bệnh, chữa bệnh đa khoa"),
    ("Bác sĩ CKI Nội khoa", "Khám bệnh, chữa bệnh chuyên khoa Nội"),
    ("Điều dưỡng cao đẳng", "Thực hiện phạm vi hoạt động chuyên môn điều dưỡng"),
    ("Bác sĩ Răng Hàm Mặt", "Khám bệnh, chữa bệnh chuyên khoa Răng Hàm Mặt"),
    ("Bác sĩ CKI Sản phụ khoa", "Khám bệnh, chữa bệnh chuyên khoa Sản phụ khoa"),
    ("Cử nhân Kỹ thuật xét nghiệm y học", "Kỹ thuật xét nghiệm y học"),
    ("Y sĩ đa khoa", "Khám bệnh, chữa bệnh đa khoa (theo quy định đối với y sĩ)"),
)
#: (hospital, its address)
_VN_HOSPITALS = (
    ("Bệnh viện Chợ Rẫy", "201B Nguyễn Chí Thanh, Phường Chợ Lớn, TP. Hồ Chí Minh"),
    ("Bệnh viện Nhân dân 115", "527 Sư Vạn Hạnh, Phường Hòa Hưng, TP. Hồ Chí Minh"),
    ("Bệnh viện Từ Dũ", "284 Cống Quỳnh, Phường Bến Thành, TP. Hồ Chí Minh"),
    ("Bệnh viện Quận 8", "82 Cao Lỗ, Phường Chánh Hưng, TP. Hồ Chí Minh"),
    ("Phòng khám đa khoa Hòa Hảo", "254 Hòa Hảo, Phường Diên Hồng, TP. Hồ Chí Minh"),
)
_VN_SIGNERS = ("Tăng Chí Thượng", "Nguyễn Anh Dũng", "Nguyễn Văn Vĩnh Châu")
_VN_PROJECTS = (
    "NOXH Lê Thành - An Lạc",
    "NOXH Bình Khánh (Thủ Thiêm)",
    "Chung cư NOXH Phú Thạnh Hiệp Tân",
    "NOXH Thủ Đức Green Link",
    "NOXH Đông Nam Dương Quảng Hàm",
)
_VN_TARGETS = (
    "Người thu nhập thấp tại khu vực đô thị",
    "Công nhân, người lao động trong KCN",
    "Cán bộ, công chức, viên chức",
    "Hộ nghèo, cận nghèo tại đô thị",
    "Lực lượng vũ trang nhân dân",
)
_VN_MARITAL = (
    "Hiện tại chưa đăng ký kết hôn với ai",
    "Đã đăng ký kết hôn, đã ly hôn theo Bản án số 123/2021/HNGĐ-ST",
    "Chưa đăng ký kết hôn với ai",
    "Có vợ/chồng đã chết (Trích lục khai tử số 45/TLKT)",
)
_VN_PURPOSES = (
    "Để đăng ký kết hôn với {other}",
    "Bổ sung hồ sơ mua nhà ở xã hội",
    "Làm thủ tục vay vốn ngân hàng",
    "Để làm thủ tục chuyển nhượng quyền sử dụng đất",
    "Bổ sung hồ sơ xin việc",
)
_VN_ETHNIC = ("Kinh", "Kinh", "Kinh", "Hoa", "Khmer", "Tày")
_VN_SPORTS = ("Điền kinh", "Bơi lội", "Karate", "Bóng bàn", "Cầu lông", "Vovinam", "Cử tạ")
_VN_GRADES = ("Kiện tướng", "Dự bị kiện tướng", "Cấp 1", "Cấp 2", "Năng khiếu", "Trẻ")
_VN_TEAMS = ("Đội tuyển TP.HCM", "Đội trẻ TP.HCM", "Đội năng khiếu Q.1", "Đội tuyển tỉnh")

_SL_FAMILY = ("Kamara", "Sesay", "Koroma", "Bangura", "Conteh", "Turay", "Kargbo", "Jalloh")
_SL_GIVEN_M = ("Mohamed", "Abu Bakarr", "Ibrahim", "Foday", "Alhaji", "Sahr", "Alusine")
_SL_GIVEN_F = ("Fatmata", "Aminata", "Isatu", "Mariama", "Adama", "Hawa Kadie", "Yeabu")
_SL_EMPLOYERS = ("Sierra Rutile Ltd", "Rokel Commercial Bank", "EDSA", "Africell SL", "NPA")
#: (address pattern, district)
_SL_PLACES = (
    ("{n} Kissy Road, Freetown", "Western Area Urban"),
    ("{n}B Wilkinson Road, Freetown", "Western Area Urban"),
    ("{n} Pademba Road, Freetown", "Western Area Urban"),
    ("Off Waterloo Highway, Waterloo", "Western Area Rural"),
    ("{n} Bojon Street, Bo", "Bo"),
    ("{n} Hangha Road, Kenema", "Kenema"),
    ("{n} Azzolini Highway, Makeni", "Bombali"),
)
_SC_FAMILY = ("Hoareau", "Payet", "Labiche", "Pillay", "Barbe", "Esparon", "Confait", "Dubel")
_SC_GIVEN_M = ("Jean-Paul", "Francis", "Danny", "Ralph", "Terence", "Marc-André")
_SC_GIVEN_F = ("Marie-Claire", "Sandra", "Nathalie", "Jeanine", "Rosemary", "Marie-France")
#: (road or estate, district, island)
_SC_PLACES = (
    ("Anse Royale Road", "Anse Royale", "Mahé"),
    ("Beau Vallon Road", "Beau Vallon", "Mahé"),
    ("Mont Fleuri Estate", "Mont Fleuri", "Mahé"),
    ("Le Niol Road", "Bel Ombre", "Mahé"),
    ("Les Mamelles Estate", "Les Mamelles", "Mahé"),
    ("Baie Ste Anne", "Baie Ste Anne", "Praslin"),
    ("Grand Anse", "Grand Anse Praslin", "Praslin"),
    ("La Passe", "La Digue", "La Digue"),
)
_SC_BENEFITS = ("Old Age Pension", "Invalidity Benefit", "Home Carer Allowance", "Sickness")
_GA_FAMILY = ("NDONG", "OBAME", "MBA", "NZE", "ONDO", "MOUSSAVOU", "BOUSSOUGOU", "NGUEMA")
_GA_GIVEN_M = ("Jean-Pierre", "Ghislain", "Brice Landry", "Hervé", "Rodrigue", "Serge Patrick")
_GA_GIVEN_F = ("Marie-Claire", "Prisca", "Nadège", "Sylvie Gisèle", "Flore", "Laeticia")
_GA_FUNDS = ("Agents publics", "Salariés du secteur privé", "GEF", "Pensionnés")
#: (quartier, ville, province)
_GA_PLACES = (
    ("Nzeng-Ayong", "Libreville", "Estuaire"),
    ("Akébé-Ville", "Libreville", "Estuaire"),
    ("Louis", "Libreville", "Estuaire"),
    ("Owendo, cité Sni", "Owendo", "Estuaire"),
    ("Balise", "Port-Gentil", "Ogooué-Maritime"),
    ("Potos", "Franceville", "Haut-Ogooué"),
    ("Alembé", "Oyem", "Woleu-Ntem"),
)
_BI_FAMILY: tuple[str, ...] = (
    "NDAYISHIMIYE",
    "NIYONZIMA",
    "HAKIZIMANA",
    "NKURUNZIZA",
    "NSHIMIRIMANA",
)
_BI_FAMILY += ("IRAKOZE", "BIGIRIMANA", "NDAYIZEYE", "NIYONKURU")
_BI_GIVEN_M = ("Jean Bosco", "Évariste", "Pierre Claver", "Léonidas", "Emmanuel", "Déo")
_BI_GIVEN_F = ("Claudine", "Jeanine", "Aline", "Béatrice", "Goreth", "Spès")
_BI_EMPLOYERS = ("REGIDESO", "Brarudi", "Banque de la République du Burundi", "ONATEL")
#: (quartier or colline, commune, province)
_BI_PLACES = (
    ("Rohero I", "Mukaza", "Bujumbura Mairie"),
    ("Kinama", "Ntahangwa", "Bujumbura Mairie"),
    ("Kanyosha", "Muha", "Bujumbura Mairie"),
    ("Nyakabiga II", "Mukaza", "Bujumbura Mairie"),
    ("Magarama", "Gitega", "Gitega"),
    ("Kigarama", "Ngozi", "Ngozi"),
    ("Mparambo", "Rugombo", "Cibitoke"),
)
_MC_FAMILY: tuple[str, ...] = (
    "BOISSON",
    "CROVETTO",
    "GRAMAGLIA",
    "PASTOR",
    "NOTARI",
    "MARTIN",
    "BERNARD",
)
_MC_FAMILY += ("FERRERO", "ROSSI", "GIORDANO")
_MC_GIVEN_M = ("Jean-Luc", "Stéphane", "Christophe", "Marco", "Frédéric", "Thierry")
_MC_GIVEN_F = ("Laurence", "Sophie", "Giulia", "Céline", "Nathalie", "Françoise")
_MC_EMPLOYERS = (
    ("Société des Bains de Mer", "Place du Casino, 98000 Monaco"),
    ("Monaco Telecom", "25 boulevard de Suisse, 98000 Monaco"),
    ("Centre Hospitalier Princesse Grace", "1 avenue Pasteur, 98000 Monaco"),
    ("Hôtel Hermitage", "Square Beaumarchais, 98000 Monaco"),
    ("Monaco Marine", "Quai Jean-Charles Rey, 98000 Monaco"),
)
#: (street pattern, code postal, commune, INSEE department and commune of birth)
_MC_PLACES = (
    ("{n}, boulevard des Moulins", "98000", "MONACO", "06088"),
    ("{n}, rue Grimaldi", "98000", "MONACO", "99138"),
    ("{n}, avenue de Verdun", "06240", "BEAUSOLEIL", "06088"),
    ("{n}, avenue du 3 Septembre", "06320", "CAP-D'AIL", "06029"),
    ("{n}, avenue de Sospel", "06500", "MENTON", "06083"),
    ("{n}, boulevard Jean Jaurès", "06190", "ROQUEBRUNE-CAP-MARTIN", "13055"),
    ("{n}, rue de France", "06000", "NICE", "06088"),
)


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 9 % len(places)]


def _sc_nin(p: Person) -> str:
    """A Seychellois NIN as written on the card: the birth year's last three digits, a
    four-digit serial, a sex digit (1 man, 2 woman), a digit and two more (no published check)."""
    return f"{p.birth.year % 1000:03d}-{p.bhxh[-4:]}-{1 if p.male else 2}-{p.bhxh[2]}-{p.bhxh[3:5]}"


def _nir(p: Person) -> str:
    """A French NIR (CCSS keeps it for its insured from France): sex, yymm of birth, the INSEE
    code of the place of birth, a three-digit order and the key 97 - (number mod 97)."""
    body = f"{1 if p.male else 2}{p.birth:%y%m}{_place(p, _MC_PLACES)[3]}{p.bhxh[-3:]}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:]} {key:02d}"


def _mc_phone(p: Person) -> str:
    """A Monaco number (``+377 93 15 12 34``, mobiles ``+377 6 12 34 56 78``) for those living
    in the Principality, a French mobile for those living across the border."""
    pairs = f"{p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}"
    if _place(p, _MC_PLACES)[1] != "98000":
        return f"+33 6 {p.phone[2:4]} {pairs}"
    if int(p.bhxh) % 3 == 0:
        return f"+377 6 {p.phone[2:4]} {pairs}"
    return f"+377 {_pick(p, ('93', '97', '92'), 3)} {pairs}"


def _purpose(p: Person) -> str:
    text = _pick(p, _VN_PURPOSES, 3)
    return text.format(other=_other_vn(p, 8, not p.male)) if "{other}" in text else text


WRITERS_BLIND32: dict[str, Callable[[Person, Col], object]] = {
    "cchn_no32": lambda p, c: f"{_num(p, 9000):06d}/HCM-CCHN",
    "degree32": lambda p, c: _place(p, _VN_PRACTICE)[0],
    "scope32": lambda p, c: _place(p, _VN_PRACTICE)[1],
    "hospital32": lambda p, c: _place(p, _VN_HOSPITALS)[0],
    "hospital_address32": lambda p, c: _place(p, _VN_HOSPITALS)[1],
    "signer32": lambda p, c: _pick(p, _VN_SIGNERS, 4),
    "noxh_no32": lambda p, c: f"NOXH-{p.other_date.year}-{p.bhxh[-5:]}",
    "project32": lambda p, c: _pick(p, _VN_PROJECTS, 2),
    "target32": lambda p, c: _pick(p, _VN_TARGETS, 3),
    "income32": lambda p, c: f"{(5 + _num(p, 12)) * 1_000_000:,}".replace(",", "."),
    "household32": lambda p, c: str(1 + _num(p, 6)),
    "spouse32": lambda p, c: _other_vn(p, 5, not p.male),
    "spouse_cccd32": lambda p, c: _cccd_of(p, not p.male, p.birth.year + _num(p, 5) - 3),
    "spouse_phone32": lambda p, c: _other_phone(p, "03"),
    "xnhn_no32": lambda p, c: f"{_num(p, 400)}/{p.other_date.year}/XNTTHN",
    "book32": lambda p, c: f"{1 + _num(p, 3):02d}/{p.other_date.year}",
    "ethnic32": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "marital32": lambda p, c: _pick(p, _VN_MARITAL, 4),
    "purpose32": lambda p, c: _purpose(p),
    "clerk32": lambda p, c: _other_vn(p, 9),
    "athlete_no32": lambda p, c: f"VĐV-{_num(p, 9000):04d}",
    "sport32": lambda p, c: _pick(p, _VN_SPORTS, 2),
    "grade32": lambda p, c: _pick(p, _VN_GRADES, 3),
    "team32": lambda p, c: _pick(p, _VN_TEAMS, 4),
    "coach32": lambda p, c: _other_vn(p, 6, True),
    "coach_phone32": lambda p, c: _other_phone(p, "09"),
    "ssn_sl32": lambda p, c: f"{p.bhxh[:3]}-{p.bhxh[3:7]}-{p.bhxh[7:]}",
    "nin_sl32": lambda p, c: (
        "".join("ABCDEFGHJKLMNPQRSTUVWXYZ"[int(d) * 2 + i % 3] for i, d in enumerate(p.cmnd[2:5]))
        + p.national_id[2:7]
    ),
    "sl_family32": lambda p, c: _pick(p, _SL_FAMILY, 2),
    "sl_given32": lambda p, c: _by_sex(p, _SL_GIVEN_M, _SL_GIVEN_F, 1),
    "sex_sl32": lambda p, c: "Male" if p.male else "Female",
    "address_sl32": lambda p, c: _place(p, _SL_PLACES)[0].format(n=_num(p, 120)),
    "district_sl32": lambda p, c: _place(p, _SL_PLACES)[1],
    "phone_sl32": lambda p, c: (
        f"+232 {_pick(p, ('76', '77', '78', '88', '30'), 3)} {p.phone[4:10]}"
    ),
    "employer_sl32": lambda p, c: _pick(p, _SL_EMPLOYERS, 4),
    "employer_no_sl32": lambda p, c: f"ER{p.bhxh[::-1][:6]}",
    "salary_sl32": lambda p, c: f"{(15 + _num(p, 300)) * 100:,}",
    "kin_sl32": lambda p, c: f"{_by_sex(p, _SL_GIVEN_F, _SL_GIVEN_M, 5)} {_pick(p, _SL_FAMILY, 6)}",
    "kin_phone_sl32": lambda p, c: f"+232 79 {p.bhxh[::-1][:6]}",
    "nin_sc32": lambda p, c: _sc_nin(p),
    "sc_family32": lambda p, c: _pick(p, _SC_FAMILY, 2),
    "sc_given32": lambda p, c: _by_sex(p, _SC_GIVEN_M, _SC_GIVEN_F, 1),
    "sex_sc32": lambda p, c: "M" if p.male else "F",
    "address_sc32": lambda p, c: ", ".join(_place(p, _SC_PLACES)),
    "district_sc32": lambda p, c: _place(p, _SC_PLACES)[1],
    "phone_sc32": lambda p, c: f"+248 2 {p.phone[4:7]} {p.phone[7:10]}",
    "benefit_sc32": lambda p, c: _pick(p, _SC_BENEFITS, 4),
    "amount_sc32": lambda p, c: f"{(50 + _num(p, 60)) * 100:,}.00",
    "kin_sc32": lambda p, c: f"{_by_sex(p, _SC_GIVEN_F, _SC_GIVEN_M, 5)} {_pick(p, _SC_FAMILY, 6)}",
    "kin_phone_sc32": lambda p, c: f"+248 2 {p.bhxh[::-1][:3]} {p.bhxh[::-1][3:6]}",
    "assure_ga32": lambda p, c: f"{p.bhxh[-9:]}",
    "cni_ga32": lambda p, c: f"{p.national_id}{p.cmnd[-3:]}",
    "ga_family32": lambda p, c: _pick(p, _GA_FAMILY, 2),
    "ga_given32": lambda p, c: _by_sex(p, _GA_GIVEN_M, _GA_GIVEN_F, 1),
    "sex_ga32": lambda p, c: "M" if p.male else "F",
    "address_ga32": lambda p, c: (
        f"Quartier {_place(p, _GA_PLACES)[0]}, BP {_num(p, 9000)} {_place(p, _GA_PLACES)[1]}"
    ),
    "province_ga32": lambda p, c: _place(p, _GA_PLACES)[2],
    "phone_ga32": lambda p, c: (
        f"0{_pick(p, ('77', '66', '62', '74'), 3)} {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}"
    ),
    "fund_ga32": lambda p, c: _pick(p, _GA_FUNDS, 4),
    "spouse_ga32": lambda p, c: (
        f"{_pick(p, _GA_FAMILY, 5)} {_by_sex(p, _GA_GIVEN_F, _GA_GIVEN_M, 6)}"
    ),
    "dependants_ga32": lambda p, c: str(_num(p, 7) - 1),
    "inss_bi32": lambda p, c: f"{p.bhxh[-7:]}/{p.other_date:%y}",
    "cni_bi32": lambda p, c: f"{p.cmnd[2:5]}/{p.national_id[1:4]}.{p.national_id[4:7]}",
    "bi_family32": lambda p, c: _pick(p, _BI_FAMILY, 2),
    "bi_given32": lambda p, c: _by_sex(p, _BI_GIVEN_M, _BI_GIVEN_F, 1),
    "sex_bi32": lambda p, c: "M" if p.male else "F",
    "ward_bi32": lambda p, c: _place(p, _BI_PLACES)[0],
    "commune_bi32": lambda p, c: _place(p, _BI_PLACES)[1],
    "province_bi32": lambda p, c: _place(p, _BI_PLACES)[2],
    "phone_bi32": lambda p, c: (
        f"+257 {_pick(p, ('79', '69', '61', '68'), 3)} {p.phone[4:6]} {p.phone[6:8]}"
        f" {p.phone[8:10]}"
    ),
    "employer_bi32": lambda p, c: _pick(p, _BI_EMPLOYERS, 4),
    "salary_bi32": lambda p, c: f"{(100 + _num(p, 900)) * 1000:,}".replace(",", " "),
    "spouse_bi32": lambda p, c: (
        f"{_pick(p, _BI_FAMILY, 5)} {_by_sex(p, _BI_GIVEN_F, _BI_GIVEN_M, 6)}"
    ),
    "ccss_mc32": lambda p, c: f"{p.bhxh[-6:]}",
    "nir_mc32": lambda p, c: _nir(p),
    "mc_family32": lambda p, c: _pick(p, _MC_FAMILY, 2),
    "mc_given32": lambda p, c: _by_sex(p, _MC_GIVEN_M, _MC_GIVEN_F, 1),
    "street_mc32": lambda p, c: _place(p, _MC_PLACES)[0].format(n=_num(p, 60)),
    "cp_mc32": lambda p, c: _place(p, _MC_PLACES)[1],
    "town_mc32": lambda p, c: _place(p, _MC_PLACES)[2],
    "phone_mc32": lambda p, c: _mc_phone(p),
    "employer_mc32": lambda p, c: _place(p, _MC_EMPLOYERS)[0],
    "employer_address_mc32": lambda p, c: _place(p, _MC_EMPLOYERS)[1],
}
