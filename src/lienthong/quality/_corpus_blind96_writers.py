"""How the people of the ninety-sixth part of the outside corpus (**blind 96**,
:mod:`lienthong.quality._corpus_blind96`) are written: four Vietnamese files' own columns (a
charity cataract operation, a commune council candidate's schooling and posts, a COVID-19 case
treated at home, a VSTEP candidate's scores and level) and Austrian, Swiss, Irish, Icelandic and
Norwegian names, places, phones and identity numbers in the forms their registers write them
(the Sozialversicherungsnummer, the AHV number, the PPS number, the kennitala and the
fødselsnummer)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind10_writers import _IS_ASCII, _kennitala
from lienthong.quality._corpus_blind13_writers import _ahv
from lienthong.quality._corpus_blind14_writers import _IE_EIRCODE_CHARS, _ppsn
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _pps, _safe_day
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind53_writers import _fnr
from lienthong.quality._corpus_blind58_writers import _svnr
from lienthong.quality._corpus_blind85_writers import _items, _rows
from lienthong.quality._corpus_people import _ascii

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

#: (hamlet, commune, district) in Nghệ An
_VN_EYE_PLACES = _rows(
    "Xóm 3 | xã Diễn Lộc | huyện Diễn Châu; "
    "Xóm Trung Tiến | xã Quỳnh Lương | huyện Quỳnh Lưu; "
    "Bản Xiềng | xã Châu Hạnh | huyện Quỳ Châu; Xóm 7 | xã Nghi Phong | huyện Nghi Lộc; "
    "Xóm Yên Thịnh | xã Hưng Yên Nam | huyện Hưng Nguyên; "
    "Khối 4 | thị trấn Đô Lương | huyện Đô Lương"
)
_VN_EYE_BAD = ("ĐNT 1m", "ĐNT 3m", "BBT", "ST(+)", "1/10", "2/10", "ĐNT 50cm")
_VN_EYE_OTHER = ("5/10", "8/10", "3/10", "ĐNT 2m", "Đã mổ", "6/10")
_VN_EYE_DIAG = _items(
    "Đục TTT tuổi già; Đục TTT chín trắng; Đục TTT bệnh lý; Đục TTT + mộng thịt; "
    "Đục TTT + Glôcôm; Đục TTT tuổi già"
)
_VN_EYE_METHODS = ("Phaco + IOL mềm", "Phaco + IOL mềm", "SICS + IOL cứng", "Phaco + IOL đa tiêu")
_VN_EYE_SPONSORS = _items(
    "Tổ chức Fred Hollows; Quỹ Vì người nghèo tỉnh; BHYT + Hội Chữ thập đỏ tỉnh; "
    "BV Mắt Nghệ An - XHH; Quỹ Bảo trợ trẻ em tỉnh"
)
_VN_HD_VILLAGES = _items("Thôn Chiềng; Bản Vịn; Thôn Lửa; Thôn Ngọc Thượng; Bản Khong; Thôn Đồng")
_VN_HD_HOMETOWNS = _items(
    "xã Luận Thành, tỉnh Thanh Hóa; xã Luận Thành, tỉnh Thanh Hóa; xã Thường Xuân, tỉnh Thanh Hóa; "
    "xã Thọ Xuân, tỉnh Thanh Hóa; xã Nghĩa Hưng, tỉnh Ninh Bình"
)
_VN_HD_ETHNIC = ("Kinh", "Thái", "Mường", "Kinh", "Thái", "Thổ")
_VN_HD_RELIGIONS = ("Không", "Không", "Không", "Phật giáo", "Công giáo")
_VN_HD_DEGREES = _items(
    "Đại học Luật; ĐH Sư phạm Toán; Trung cấp Nông nghiệp; ĐH Quản lý đất đai; Cao đẳng Y; "
    "ĐH Kinh tế nông nghiệp; Không"
)
_VN_HD_POLITICS = ("Trung cấp", "Cao cấp", "Sơ cấp", "Trung cấp", "")
_VN_HD_LANGUAGES = ("Tiếng Anh B1", "Tiếng Anh trình độ B", "", "Tiếng Anh A2")
#: (occupation and post, workplace)
_VN_HD_JOBS = _rows(
    "Cán bộ, Bí thư Đảng ủy xã | Đảng ủy xã Luận Thành; "
    "Công chức, Chủ tịch UBND xã | UBND xã Luận Thành; "
    "Nông dân, Trưởng thôn | Thôn Chiềng; Viên chức, Giáo viên | Trường THCS Luận Thành; "
    "Viên chức, Bác sĩ | Trạm Y tế xã Luận Thành; "
    "Cán bộ, Chủ tịch Hội Nông dân xã | Hội Nông dân xã Luận Thành; "
    "Công chức Tư pháp - Hộ tịch | UBND xã Luận Thành; "
    "Nông dân, Giám đốc HTX | HTX Nông nghiệp Luận Thành"
)
_VN_HD_TERMS = ("", "HĐND xã nhiệm kỳ 2021-2026", "", "HĐND huyện Thường Xuân khóa XX")
_VN_F0_LANES = ("15", "66", "193", "282", "331")
_VN_F0_TESTS = ("Test nhanh KN", "Test nhanh KN", "RT-PCR", "Test nhanh KN (tự làm, có xác nhận)")
_VN_F0_DOSES = ("3 mũi", "2 mũi", "3 mũi", "1 mũi", "Chưa tiêm", "2 mũi")
_VN_F0_ILLNESSES = _items(
    "Không; Không; Tăng huyết áp; Đái tháo đường type 2; Không; COPD; Béo phì; Không"
)
_VN_F0_RISKS = ("Nguy cơ thấp", "Nguy cơ thấp", "Nguy cơ trung bình", "Nguy cơ cao")
_VN_F0_KITS = ("Gói A", "Gói A + Gói B", "Gói C (Molnupiravir)", "Gói A")
_VN_F0_TRACKERS = _items(
    "Tổ COVID cộng đồng số 3; BS. Nguyễn Thu Hằng - TYT; YS. Lê Văn Toàn - TYT; "
    "Tổ COVID cộng đồng số 7"
)
_VN_VSTEP_PLACES = ("Nghệ An", "Hà Tĩnh", "Thanh Hóa", "Quảng Bình", "Nghệ An", "Hà Nội")
_VN_VSTEP_WORK = _items(
    "Trường THPT Huỳnh Thúc Kháng; Sinh viên K63 - ĐH Vinh; UBND xã Nghi Phong; "
    "Trường Tiểu học Hưng Lộc; Tự do; BV Đa khoa tỉnh Nghệ An"
)

_AT_FAMILY = _items(
    "Leitner; Hinterberger; Aigner; Haslinger; Mayrhofer; Kovacevic; Yilmaz; Ebner; Lindner; Pötzl"
)
_AT_GIVEN_M = ("Manuel", "Dominik", "Patrick", "Mario", "Emre", "Daniel", "Jürgen")
_AT_GIVEN_F = ("Sandra", "Melanie", "Jasmin", "Nicole", "Elif", "Bianca", "Tanja")
#: (street/stair/door, PLZ, town) in Upper Austria
_AT_PLACES = _rows(
    "Wiener Straße 112/2/7 | 4020 | Linz; Dauphinestraße 45/12 | 4030 | Linz; "
    "Hauptstraße 8/1/3 | 4040 | Linz; Welser Straße 23 | 4060 | Leonding; "
    "Schloßstraße 14/5 | 4050 | Traun; Stelzhamerstraße 9/4 | 4600 | Wels; "
    "Resthofstraße 31/2/15 | 4400 | Steyr"
)
_AT_NATIONS = _items(
    "Österreich; Österreich; Österreich; Türkei; Bosnien und Herzegowina; Rumänien; Syrien"
)
_AT_RGS = ("RGS Linz", "RGS Linz", "RGS Traun", "RGS Wels", "RGS Steyr")
_AT_ADVISERS = ("Fr. Mag.a Hofer", "Hr. Pichler", "Fr. Schwarz", "Hr. Mag. Reiter", "Fr. Auer")
_AT_COURSES = _items(
    "Deutsch B1 Integrationskurs; Fachkraft Elektrotechnik (FIT); Bewerbungstraining 50+; "
    "Pflegeassistenz Ausbildung; EDV-Grundlagen (ECDL); Lagerlogistik mit Staplerschein"
)
_AT_EXITS = ("", "", "regulär beendet", "Arbeitsaufnahme", "Krankenstand > 3 Wochen", "Abbruch")

_CH_FAMILY = _items(
    "Schneider; Gerber; Rochat; Favre; Rossi; Bianchi; "
    "Ferreira; Berisha; Zürcher; Boillat; Aebischer; Moser"
)
_CH_GIVEN_M = ("Jean-Pierre", "Thomas", "Marco", "Luca", "Yves", "Adrian", "Besnik")
_CH_GIVEN_F = ("Nathalie", "Sabrina", "Chiara", "Claudia", "Séverine", "Ana", "Fabienne")
#: (street, PLZ/NPA, town) around Biel/Bienne
_CH_PLACES = _rows(
    "Zentralstrasse 42 | 2502 | Biel/Bienne; Rue du Marché-Neuf 12 | 2502 | Biel/Bienne; "
    "Mettlenweg 7 | 2504 | Biel/Bienne; Hauptstrasse 88 | 2560 | Nidau; "
    "Rue Francillon 21 | 2610 | Saint-Imier; Grande Rue 5 | 2710 | Tavannes; "
    "Kirchstrasse 14 | 2540 | Grenchen; Bahnhofstrasse 3 | 3250 | Lyss"
)
_CH_JOBS = _items(
    "Horloger / Uhrmacher; Polisseuse; Décolleteur CFC; Montage / Assemblage; "
    "Qualitätskontrolle; Logistik / Expédition"
)
_CH_HOURS = ("176.0", "176.0", "140.8", "88.0", "176.0")
_CH_LOSS = ("10", "20", "30", "40", "50", "60", "20")
_CH_TAX = ("–", "–", "–", "A0N", "B2N", "C1Y")
_CH_NOTES = ("", "", "", "Ferien 3 Tage / vacances 3 jours", "Krank 2 Tage", "Temps partiel 80%")

_IE_FAMILY = _items(
    "Gallagher; McGowan; Flanagan; Hennigan; Feeney; Kilgallon; Mulligan; Durkan; Kowalski; O'Hara"
)
_IE_GIVEN_M = ("Oisín", "Cillian", "Jack", "Tadhg", "Fionn", "Seán", "Daniel")
_IE_GIVEN_F = ("Aoibhinn", "Clodagh", "Saoirse", "Éabha", "Ciara", "Emma", "Róisín")
#: (address line 1, address line 2, town, county, Eircode routing key)
_IE_PLACES = _rows(
    "14 Cartron Heights | Cartron | Sligo | Co. Sligo | F91; "
    "Apt 6, Riverside | Ballinode | Sligo | Co. Sligo | F91; "
    "23 Knockmore Drive | Ardnaree | Ballina | Co. Mayo | F26; "
    "Derrywash | Breaffy | Castlebar | Co. Mayo | F23; "
    "7 The Paddocks | Leitrim Road | Carrick-on-Shannon | Co. Leitrim | N41; "
    "11 Cois Coille | Knocknacarra | Galway | Co. Galway | H91; "
    "Cloonmore | Lecanvey | Westport | Co. Mayo | F28"
)
_IE_COLLEGES = _items(
    "Atlantic Technological University (Sligo); ATU Mayo; ATU Galway City; University of Galway; "
    "St Angela's College, Sligo"
)
_IE_COURSES = _rows(
    "SG43017 | BSc (Hons) in Computing; "
    "GA78812 | BA in Early Childhood Care and Education; SG34022 | Bachelor of Business; "
    "MY22301 | BSc in General Nursing; GY10105 | BEng in Civil Engineering"
)
_IE_GRANTS = _items(
    "Maintenance & Fee; Fee only; Special Rate of Maintenance; Partial Maintenance (50%); "
    "Student Contribution only; Maintenance & Fee"
)
_IE_STATUSES = _items(
    "Awarded; Awarded; Refused - income over threshold; Pending documents; Awarded; Appeal lodged"
)

_IS_GIVEN_M = ("Kristján", "Hafþór", "Ásgeir", "Birkir", "Þórður", "Ragnar", "Sævar", "Guðjón")
_IS_GIVEN_F = ("Hrafnhildur", "Bryndís", "Elín", "Sædís", "Jóhanna", "Ásta")
_IS_FATHERS = ("Sigurjóns", "Arnar", "Hjálmars", "Óskars", "Þorsteins", "Valdimars", "Ægis")
_IS_FOREIGN = ("Tomasz Kowalski", "Marek Nowak", "Andrzej Wójcik", "Jonas Petraitis")
#: (name and number, skipaskrárnúmer, home port)
_IS_SHIPS = _rows(
    "Vestmannaey VE 54 | 2954 | Vestmannaeyjar; "
    "Hrafn Sveinbjarnarson GK 255 | 1628 | Grindavík; "
    "Páll Pálsson ÍS 102 | 2904 | Ísafjörður; Börkur NK 122 | 2865 | Neskaupstaður; "
    "Kaldbakur EA 1 | 2891 | Akureyri; Sturla GK 12 | 1272 | Grindavík"
)
#: (post aboard, certificate)
_IS_POSTS = _rows(
    "Háseti | ; Háseti | ; Háseti | ; Stýrimaður | Skipstjórnarréttindi B; Vélstjóri | "
    "Vélstjórnarréttindi VB; Matsveinn | ; Skipstjóri | Skipstjórnarréttindi A; Yfirvélstjóri | "
    "Vélstjórnarréttindi VA; Netamaður | "
)
#: (lögheimili, póstnúmer, staður)
_IS_HOMES = _rows(
    "Hásteinsvegur 21 | 900 | Vestmannaeyjar; Víkurbraut 8 | 240 | Grindavík; "
    "Hafnarstræti 14 | 400 | Ísafjörður; Hlíðargata 5 | 740 | Neskaupstaður; "
    "Skarðshlíð 30 | 603 | Akureyri; Lindarberg 44 | 221 | Hafnarfjörður; "
    "Hjallabraut 2 | 220 | Hafnarfjörður"
)

_NO_FAMILY = _items(
    "Johannessen; Hansen; Kvamme; Aasen; Tveit; Brekke; Solheim; Haugland; Ali; Nguyen"
)
_NO_GIVEN_M = ("Jonas", "Sverre", "Kristian", "Ola", "Fredrik", "Øystein", "Arne")
_NO_GIVEN_F = ("Hanne", "Silje", "Ingvild", "Astrid", "Liv", "Tuva", "Berit")
#: (adresse, postnr., poststed, bydel) in Bergen
_NO_PLACES = _rows(
    "Nygårdsgaten 14 | 5015 | BERGEN | Bergenhus; "
    "Kalfarveien 31 | 5018 | BERGEN | Bergenhus; Inndalsveien 28 | 5063 | BERGEN | Årstad; "
    "Nesttunveien 90 | 5221 | NESTTUN | Fana; "
    "Lyderhornsveien 112 | 5171 | LODDEFJORD | Laksevåg; "
    "Åsamyrane 210 | 5131 | NYBORG | Åsane; "
    "Dag Hammarskjølds vei 45 | 5144 | FYLLINGSDALEN | Fyllingsdalen; "
    "Sandsliåsen 60 | 5254 | SANDSLI | Ytrebygda"
)
_NO_DOCTORS = (("Kari Eide", "4512876"), ("Tor Inge Vik", "9034412"), ("Maria Lunde", "7781023"))
_NO_NOTES = ("", "", "", "Tolk: arabisk", "Hjemmebesøk", "Ikke møtt 2 ganger", "Ny adresse?")


def _row(p: Person, table: tuple[tuple[str, ...], ...], step: int = 9) -> tuple[str, ...]:
    return table[int(p.bhxh) // step % len(table)]


def _eye_sight(p: Person, right: bool) -> str:
    return _pick(p, _VN_EYE_BAD if int(p.bhxh) % 2 == right else _VN_EYE_OTHER, 4)


def _kin_vn(p: Person) -> str:
    male = int(p.bhxh) // 6 % 2 == 0
    relation = _pick(p, ("con", "con", "cháu", "con rể" if male else "con dâu"), 6)
    return f"{_other_vn(p, 5, male, p.family)} ({relation})"


def _moved(day: date, years: int, days: int) -> str:
    return f"{_shift_date(day, years) - timedelta(days=days):%d.%m.%Y}"


def _party_day(p: Person) -> str:
    day = _shift_date(p.birth, 21 + int(p.bhxh) % 15) + timedelta(days=int(p.bhxh) % 311)
    return "" if day.year > 2025 or int(p.bhxh) % 4 == 0 else f"{day:%d/%m/%Y}"


def _f0_positive(p: Person) -> date:
    return date(2022, 2, 1) + timedelta(days=int(p.bhxh) % 75)


def _f0_address(p: Person) -> str:
    lane, home = _pick(p, _VN_F0_LANES, 3), f"Số {_num(p, 120)}"
    street = f"{home} ngõ {lane} Định Công, tổ dân phố {_num(p, 30)}"
    return f"{street}, phường Định Công, quận Hoàng Mai, Hà Nội"


def _vstep_scores(p: Person) -> list[float]:
    return [3 + (int(p.bhxh[i]) + int(p.bhxh[i + 4])) % 13 * 0.5 for i in range(4)]


def _vstep_mean(p: Person) -> float:
    return round(sum(_vstep_scores(p)) / 4 * 2) / 2


def _vstep_level(p: Person) -> str:
    mean = _vstep_mean(p)
    if mean < 4:
        return "Không đạt"
    return "Bậc 3 (B1)" if mean < 6 else "Bậc 4 (B2)" if mean < 8.5 else "Bậc 5 (C1)"


def _at_phone(p: Person) -> str:
    d = p.phone[3:10]
    if int(p.bhxh) % 5 == 0:
        return f"0732 {d[:6]}"
    mobile = _pick(p, ("664", "660", "676", "699", "650"), 4)
    return f"+43 {mobile} {d}" if int(p.bhxh) % 2 else f"0{mobile} {d}"


def _mail_ascii(text: str) -> str:
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    return _ascii(text.translate(_IS_ASCII)).lower().replace(" ", "").replace("'", "")


def _at_email(p: Person) -> str:
    given = _mail_ascii(_by_sex(p, _AT_GIVEN_M, _AT_GIVEN_F, 1))
    host = _pick(p, ("gmx.at", "aon.at", "gmail.com", "a1.net"), 3)
    return f"{given}.{_mail_ascii(_pick(p, _AT_FAMILY, 2))}@{host}"


def _ch_lost(p: Person) -> str:
    return f"{float(_pick(p, _CH_HOURS, 3)) * int(_pick(p, _CH_LOSS, 4)) / 100:.1f}"


def _ch_years(p: Person) -> int:
    return max(1, min(20, p.other_date.year - p.birth.year - 18))


def _ch_salary(p: Person) -> str:
    return f"{4_800 + 50 * _num(p, 60):,}.00".replace(",", "'")


def _ie_student_birth(p: Person, c: Col) -> str:
    """A student's birthday: a mature student keeps their own, the others were born 1999-2006."""
    if int(p.bhxh) % 6 == 0 and p.birth.year >= 1970:
        day = p.birth
    else:
        day = _safe_day(1999 + p.birth.year % 8, p.birth.month, p.birth.day)
    return day.strftime(c.date_format)


def _ie_eircode(p: Person) -> str:
    tail = "".join(_IE_EIRCODE_CHARS[int(p.bhxh[-6:]) // 25**i % 25] for i in range(4))
    return f"{_row(p, _IE_PLACES)[4]} {tail}"


def _ie_phone(p: Person) -> str:
    net, d = _pick(p, ("83", "85", "86", "87", "89"), 4), p.phone[3:10]
    form = int(p.bhxh) % 3
    if form == 0:
        return f"+353 {net} {d[:3]} {d[3:]}"
    return f"0{net} {d[:3]} {d[3:]}" if form == 1 else f"0{net}-{d}"


def _ie_email(p: Person) -> str:
    given = _mail_ascii(_by_sex(p, _IE_GIVEN_M, _IE_GIVEN_F, 1))
    return f"{given}{_mail_ascii(_pick(p, _IE_FAMILY, 2))}{p.bhxh[-2:]}@gmail.com"


def _ie_parent(p: Person) -> str:
    female = int(p.bhxh[-3]) % 2 == 0
    given = _pick(p, ("Mary", "Bríd", "Deirdre") if female else ("Michael", "Pádraig", "John"), 7)
    return f"{given} {_pick(p, _IE_FAMILY, 2)}"


def _is_name(p: Person) -> str:
    if p.male and int(p.bhxh) % 7 == 0:
        return _pick(p, _IS_FOREIGN, 3)
    given = _by_sex(p, _IS_GIVEN_M, _IS_GIVEN_F, 1)
    return f"{given} {_pick(p, _IS_FATHERS, 2)}{'son' if p.male else 'dóttir'}"


def _is_phone(p: Person) -> str:
    d = f"{_pick(p, ('8', '6', '7', '8'), 4)}{p.phone[4:10]}"
    form = int(p.bhxh) % 3
    if form == 0:
        return f"+354 {d[:3]} {d[3:]}"
    return f"{d[:3]}-{d[3:]}" if form == 1 else f"{d[:3]} {d[3:]}"


def _is_email(p: Person) -> str:
    first = _mail_ascii(_is_name(p).split()[0])
    return f"{first}{p.bhxh[-2:]}@{_pick(p, ('simnet.is', 'internet.is', 'gmail.com'), 5)}"


def _is_kin(p: Person) -> str:
    relation = "maki" if int(p.bhxh[-2]) % 2 else "móðir"
    return f"{_pick(p, _IS_GIVEN_F, 6)} {_pick(p, _IS_FATHERS, 7)}dóttir ({relation})"


def _no_phone(p: Person) -> str:
    d = f"{_pick(p, ('9', '4', '9', '4'), 4)}{p.phone[3:10]}"
    form = int(p.bhxh) % 3
    return f"+47 {d[:3]} {d[3:5]} {d[5:]}" if form == 0 else d if form == 1 else f"+47{d}"


WRITERS_BLIND96: dict[str, Callable[[Person, Col], object]] = {
    "eye_code96": lambda p, c: f"BN{p.other_date:%y}{int(p.bhxh) % 100_000:05d}",
    "eye_addr96": lambda p, c: ", ".join((*_row(p, _VN_EYE_PLACES), "Nghệ An")),
    "eye_kin96": lambda p, c: _kin_vn(p),
    "eye_kin_phone96": lambda p, c: _other_phone(p, "09"),
    "va_right96": lambda p, c: _eye_sight(p, True),
    "va_left96": lambda p, c: _eye_sight(p, False),
    "eye_diag96": lambda p, c: _pick(p, _VN_EYE_DIAG, 5),
    "eye_side96": lambda p, c: "MP" if int(p.bhxh) % 2 else "MT",
    "eye_op96": lambda p, c: datetime.fromordinal(p.other_date.toordinal() + 7 + _num(p, 21)),
    "eye_method96": lambda p, c: _pick(p, _VN_EYE_METHODS, 6),
    "eye_sponsor96": lambda p, c: _pick(p, _VN_EYE_SPONSORS, 7),
    "hd_nation96": lambda p, c: "Việt Nam",
    "hd_ethnic96": lambda p, c: _pick(p, _VN_HD_ETHNIC, 2),
    "hd_religion96": lambda p, c: _pick(p, _VN_HD_RELIGIONS, 3),
    "hd_hometown96": lambda p, c: _pick(p, _VN_HD_HOMETOWNS, 4),
    "hd_addr96": lambda p, c: f"{_pick(p, _VN_HD_VILLAGES, 5)}, xã Luận Thành, tỉnh Thanh Hóa",
    "hd_school96": lambda p, c: "12/12" if p.birth.year >= 1960 else "10/10",
    "hd_degree96": lambda p, c: _pick(p, _VN_HD_DEGREES, 6),
    "hd_title96": lambda p, c: _pick(p, ("", "", "", "Thạc sĩ"), 7),
    "hd_politics96": lambda p, c: _pick(p, _VN_HD_POLITICS, 8),
    "hd_language96": lambda p, c: _pick(p, _VN_HD_LANGUAGES, 9),
    "hd_job96": lambda p, c: _row(p, _VN_HD_JOBS, 7)[0],
    "hd_work96": lambda p, c: _row(p, _VN_HD_JOBS, 7)[1],
    "hd_party96": lambda p, c: _party_day(p),
    "hd_term96": lambda p, c: _pick(p, _VN_HD_TERMS, 10),
    "hd_unit96": lambda p, c: f"Đơn vị bầu cử số {1 + int(p.bhxh) % 5}",
    "f0_addr96": lambda p, c: _f0_address(p),
    "f0_positive96": lambda p, c: f"{_f0_positive(p):%d/%m/%Y}",
    "f0_test96": lambda p, c: _pick(p, _VN_F0_TESTS, 4),
    "f0_doses96": lambda p, c: _pick(p, _VN_F0_DOSES, 5),
    "f0_illness96": lambda p, c: _pick(p, _VN_F0_ILLNESSES, 6),
    "f0_risk96": lambda p, c: _pick(p, _VN_F0_RISKS, 7),
    "f0_kit96": lambda p, c: _pick(p, _VN_F0_KITS, 8),
    "f0_end96": lambda p, c: f"{_f0_positive(p) + timedelta(days=7 + _num(p, 4)):%d/%m/%Y}",
    "f0_tracker96": lambda p, c: _pick(p, _VN_F0_TRACKERS, 9),
    "f0_tracker_phone96": lambda p, c: _other_phone(p, "098"),
    "vstep_sbd96": lambda p, c: f"V{p.other_date:%y%m}-{_num(p, 600):04d}",
    "vstep_place96": lambda p, c: _pick(p, _VN_VSTEP_PLACES, 3),
    "vstep_listen96": lambda p, c: f"{_vstep_scores(p)[0]:.1f}".replace(".", ","),
    "vstep_read96": lambda p, c: f"{_vstep_scores(p)[1]:.1f}".replace(".", ","),
    "vstep_write96": lambda p, c: f"{_vstep_scores(p)[2]:.1f}".replace(".", ","),
    "vstep_speak96": lambda p, c: f"{_vstep_scores(p)[3]:.1f}".replace(".", ","),
    "vstep_mean96": lambda p, c: f"{_vstep_mean(p):.1f}".replace(".", ","),
    "vstep_level96": lambda p, c: _vstep_level(p),
    "vstep_cert96": lambda p, c: (
        "" if _vstep_mean(p) < 4 else f"VSTEP.3-5/{p.other_date:%y}/{_num(p, 9000):05d}"
    ),
    "vstep_work96": lambda p, c: _pick(p, _VN_VSTEP_WORK, 4),
    "at_family96": lambda p, c: _pick(p, _AT_FAMILY, 2),
    "at_given96": lambda p, c: _by_sex(p, _AT_GIVEN_M, _AT_GIVEN_F, 1),
    "svnr_at96": lambda p, c: _svnr(p),
    "sex_at96": lambda p, c: "m" if p.male else "w",
    "nation_at96": lambda p, c: _pick(p, _AT_NATIONS, 5),
    "street_at96": lambda p, c: _row(p, _AT_PLACES)[0],
    "plz_at96": lambda p, c: _row(p, _AT_PLACES)[1],
    "ort_at96": lambda p, c: _row(p, _AT_PLACES)[2],
    "phone_at96": lambda p, c: _at_phone(p),
    "email_at96": lambda p, c: _at_email(p),
    "rgs_at96": lambda p, c: _pick(p, _AT_RGS, 6),
    "adviser_at96": lambda p, c: _pick(p, _AT_ADVISERS, 7),
    "course_at96": lambda p, c: _pick(p, _AT_COURSES, 8),
    "course_no_at96": lambda p, c: f"OÖ-{p.other_date.year}-{_num(p, 9000):05d}",
    "end_at96": lambda p, c: f"{p.other_date + timedelta(weeks=8 + _num(p, 18)):%d.%m.%Y}",
    "dlu_at96": lambda p, c: f"{21 + _num(p, 12)},{p.bhxh[-2:]}",
    "attendance_at96": lambda p, c: f"{68 + _num(p, 32)} %",
    "exit_at96": lambda p, c: _pick(p, _AT_EXITS, 9),
    "ahv_ch96": lambda p, c: _ahv(p),
    "ch_family96": lambda p, c: _pick(p, _CH_FAMILY, 2),
    "ch_given96": lambda p, c: _by_sex(p, _CH_GIVEN_M, _CH_GIVEN_F, 1),
    "sex_ch96": lambda p, c: "M" if p.male else "F",
    "street_ch96": lambda p, c: _row(p, _CH_PLACES)[0],
    "plz_ch96": lambda p, c: _row(p, _CH_PLACES)[1],
    "ort_ch96": lambda p, c: _row(p, _CH_PLACES)[2],
    "job_ch96": lambda p, c: _pick(p, _CH_JOBS, 5),
    "entry_ch96": lambda p, c: _moved(p.other_date, -1 - int(p.bhxh) % _ch_years(p), _num(p, 200)),
    "hours_ch96": lambda p, c: _pick(p, _CH_HOURS, 3),
    "lost_ch96": lambda p, c: _ch_lost(p),
    "loss_ch96": lambda p, c: f"{_pick(p, _CH_LOSS, 4)} %",
    "salary_ch96": lambda p, c: _ch_salary(p),
    "tax_ch96": lambda p, c: _pick(p, _CH_TAX, 6),
    "period_ch96": lambda p, c: f"{p.other_date:%m.%Y}",
    "note_ch96": lambda p, c: _pick(p, _CH_NOTES, 7),
    "app_ie96": lambda p, c: f"{p.other_date:%y}{p.bhxh[-7:]}",
    "pps_ie96": lambda p, c: _ppsn(p),
    "ie_family96": lambda p, c: _pick(p, _IE_FAMILY, 2),
    "ie_given96": lambda p, c: _by_sex(p, _IE_GIVEN_M, _IE_GIVEN_F, 1),
    "birth_ie96": _ie_student_birth,
    "sex_ie96": lambda p, c: "Male" if p.male else "Female",
    "line1_ie96": lambda p, c: _row(p, _IE_PLACES)[0],
    "line2_ie96": lambda p, c: _row(p, _IE_PLACES)[1],
    "town_ie96": lambda p, c: _row(p, _IE_PLACES)[2],
    "county_ie96": lambda p, c: _row(p, _IE_PLACES)[3],
    "eircode_ie96": lambda p, c: _ie_eircode(p),
    "phone_ie96": lambda p, c: _ie_phone(p),
    "email_ie96": lambda p, c: _ie_email(p),
    "college_ie96": lambda p, c: _pick(p, _IE_COLLEGES, 5),
    "course_code_ie96": lambda p, c: _row(p, _IE_COURSES, 11)[0],
    "course_ie96": lambda p, c: _row(p, _IE_COURSES, 11)[1],
    "year_ie96": lambda p, c: str(1 + int(p.bhxh) % 4),
    "grant_ie96": lambda p, c: _pick(p, _IE_GRANTS, 6),
    "rate_ie96": lambda p, c: _pick(p, ("Non-Adjacent", "Adjacent", "Non-Adjacent"), 7),
    "income_ie96": lambda p, c: f"€{18_000 + 7 * int(p.bhxh[-4:]):,}",
    "status_ie96": lambda p, c: _pick(p, _IE_STATUSES, 8),
    "parent_ie96": lambda p, c: _ie_parent(p),
    "parent_pps_ie96": lambda p, c: _pps(p),
    "kt_is96": lambda p, c: _kennitala(p),
    "is_name96": lambda p, c: _is_name(p),
    "post_is96": lambda p, c: _row(p, _IS_POSTS, 45)[0],
    "ship_is96": lambda p, c: _row(p, _IS_SHIPS, 13)[0],
    "ship_no_is96": lambda p, c: _row(p, _IS_SHIPS, 13)[1],
    "port_is96": lambda p, c: _row(p, _IS_SHIPS, 13)[2],
    "off_is96": lambda p, c: (
        ""
        if int(p.bhxh) % 3 == 0
        else f"{p.other_date + timedelta(days=14 + _num(p, 30)):%d.%m.%Y}"
    ),
    "rights_is96": lambda p, c: _row(p, _IS_POSTS, 45)[1],
    "safety_is96": lambda p, c: _moved(p.other_date, 1 + int(p.bhxh) % 4, _num(p, 90)),
    "street_is96": lambda p, c: _row(p, _IS_HOMES)[0],
    "pnr_is96": lambda p, c: _row(p, _IS_HOMES)[1],
    "town_is96": lambda p, c: _row(p, _IS_HOMES)[2],
    "phone_is96": lambda p, c: _is_phone(p),
    "email_is96": lambda p, c: _is_email(p),
    "kin_is96": lambda p, c: _is_kin(p),
    "kin_phone_is96": lambda p, c: f"{_pick(p, ('8', '6'), 5)}{p.bhxh[-6:][:2]}-{p.bhxh[:4]}",
    "fnr_no96": lambda p, c: _fnr(p),
    "no_family96": lambda p, c: _pick(p, _NO_FAMILY, 2),
    "no_given96": lambda p, c: _by_sex(p, _NO_GIVEN_M, _NO_GIVEN_F, 1),
    "sex_no96": lambda p, c: "M" if p.male else "K",
    "street_no96": lambda p, c: _row(p, _NO_PLACES)[0],
    "pnr_no96": lambda p, c: _row(p, _NO_PLACES)[1],
    "sted_no96": lambda p, c: _row(p, _NO_PLACES)[2],
    "bydel_no96": lambda p, c: _row(p, _NO_PLACES)[3],
    "phone_no96": lambda p, c: _no_phone(p),
    "doctor_no96": lambda p, c: f"Lege {_row(p, _NO_DOCTORS, 5)[0]}",
    "hpr_no96": lambda p, c: _row(p, _NO_DOCTORS, 5)[1],
    "listed_no96": lambda p, c: _moved(p.other_date, -1 - int(p.bhxh) % 12, _num(p, 300)),
    "sms_no96": lambda p, c: _pick(p, ("Nei", "Nei", "Nei", "Ja"), 6),
    "note_no96": lambda p, c: _pick(p, _NO_NOTES, 7),
}


__all__ = ["WRITERS_BLIND96"]
