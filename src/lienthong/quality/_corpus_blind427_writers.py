"""How the people of the four-hundred-and-twenty-seventh part of the outside corpus (**blind 427**,
:mod:`lienthong.quality._corpus_blind427`) are written: four Vietnamese files' own columns (a
Vovinam belt grading's club, belts and scores, a dragon-boat crew's boat and seat, an amateur
cycling race's distance, bike and emergency contact, an athlete's pre-competition medical check)
and Brazilian, Japanese, Kenyan, Romanian and Filipino names, addresses, phones and identity
numbers in the forms their cards and forms show (the CPF's two mod-11 digits, the Kenyan ID's
eight digits, the CNP's weighted digit, the PhilSys number in groups of four)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind206_writers import _cpf

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: a Vovinam belt grading --------------------------------------------------------
_VN_CLUBS = (
    "CLB Vovinam NVH Quận 10",
    "CLB Vovinam Trường THPT Nguyễn Du",
    "Võ đường Vovinam Phú Nhuận",
    "CLB Vovinam TTVH-TT Phường Tân Định",
    "CLB Vovinam Công ty Pouyuen",
)
_VN_BELTS = (
    ("Lam đai", "Lam đai I"),
    ("Lam đai I", "Lam đai II"),
    ("Lam đai II", "Lam đai III"),
    ("Lam đai III", "Hoàng đai"),
    ("Tự vệ nhập môn", "Lam đai"),
)
_VN_RESULT = ("Đạt", "Đạt", "Đạt", "Không đạt", "Vắng thi", "Đạt")
_VN_WORK = (
    "SV ĐH Bách khoa",
    "CN Cty TNHH Pouyuen VN",
    "GV THCS Lê Lợi",
    "Tự do",
    "NV văn phòng",
    "Buôn bán nhỏ",
)
# -- Vietnam: a dragon-boat crew -----------------------------------------------------------
_VN_BOATS = ("Thuyền nam xã An Hòa", "Thuyền nữ thôn Đông", "Thuyền nam thôn Trung", "Thuyền nữ xã")
_VN_SEATS = ("Tay chèo", "Tay chèo", "Tay chèo", "Tay lái", "Đánh trống", "Tát nước")
_VN_SWIM = ("Bơi tốt", "Biết bơi", "Bơi tốt", "Biết bơi (đã KT)")
_VN_HEALTH = ("Đủ SK", "Đủ SK", "Đủ SK - có giấy TYT", "Chưa nộp giấy KSK")
# -- Vietnam: an amateur cycling race -----------------------------------------------------
_VN_DISTANCES = ("Cu ly 40km", "Cu ly 80km", "Cu ly 120km", "Dap xe gia dinh 10km")
_VN_BIKES = ("Xe dua (road)", "Xe dia hinh (MTB)", "Xe the thao (touring)", "Xe dap dien - khong")
_VN_TEAMS = ("CLB Xe dap Binh Duong", "Saigon Riders", "Tu do", "CLB Xe dap Phu Nhuan", "Tu do")
# -- Vietnam: an athlete's pre-competition medical check ---------------------------------
_VN_DELEGATIONS = ("Đoàn Quận 1", "Đoàn TP. Thủ Đức", "Đoàn huyện Củ Chi", "Đoàn Quận Gò Vấp")
_VN_SPORTS = ("Điền kinh", "Bơi lội", "Cầu lông", "Bóng bàn", "Cờ vua", "Việt dã", "Kéo co")
_VN_VERDICTS = ("Đủ sức khỏe thi đấu", "Đủ sức khỏe thi đấu", "Tạm hoãn - HA cao", "Đủ SK")
_VN_DOCTORS = ("BS. Nguyễn Thị Lan", "BS. Trần Quốc Huy", "BSCKI. Lê Văn Thành")

# -- Brazil: a corrida de rua --------------------------------------------------------------
_BR_FAMILY = ("Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues", "Almeida")
_BR_GIVEN_M = ("João Pedro", "Lucas", "Gabriel", "Rafael", "Carlos Eduardo", "Thiago", "André")
_BR_GIVEN_F = ("Ana Clara", "Mariana", "Juliana", "Fernanda", "Camila", "Letícia", "Beatriz")
_BR_PLACES = (
    ("01310-100", "São Paulo", "SP", "11"),
    ("22041-001", "Rio de Janeiro", "RJ", "21"),
    ("30130-010", "Belo Horizonte", "MG", "31"),
    ("80010-000", "Curitiba", "PR", "41"),
    ("90010-150", "Porto Alegre", "RS", "51"),
    ("40015-970", "Salvador", "BA", "71"),
)
_BR_TEAMS = ("Assessoria Corre Comigo", "Equipe Pé de Vento", "Sem equipe", "Runners SP", "")
# -- Japan: a judo dan register ------------------------------------------------------------
_JP_FAMILY = ("Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Itō", "Yamamoto", "Kobayashi")
_JP_GIVEN_M = ("Hiroshi", "Takeshi", "Kenta", "Shōta", "Daisuke", "Yūki", "Kazuo")
_JP_GIVEN_F = ("Yōko", "Akiko", "Misaki", "Haruka", "Keiko", "Emi", "Sayaka")
_JP_PLACES = (
    ("112-0003", "Tōkyō-to", "1-16-30 Kasuga, Bunkyō-ku", "03"),
    ("530-0001", "Ōsaka-fu", "3-1-1 Umeda, Kita-ku, Ōsaka-shi", "06"),
    ("460-0008", "Aichi-ken", "2-4-7 Sakae, Naka-ku, Nagoya-shi", "052"),
    ("812-0011", "Fukuoka-ken", "5-9-2 Hakata-ekimae, Hakata-ku, Fukuoka-shi", "092"),
    ("060-0001", "Hokkaidō", "Kita 1-jō Nishi 4-chōme, Chūō-ku, Sapporo-shi", "011"),
)
_JP_DOJOS = (
    "Kōdōkan",
    "Tōkyō Keisatsu Jūdō-bu",
    "Ōsaka Shūdōkan",
    "Kyūshū Jūdō Kurabu",
    "Shiritsu Dōjō",
)
_JP_DAN = ("Shodan", "Nidan", "Sandan", "Yondan", "Godan", "Rokudan")
# -- Kenya: an athletics federation --------------------------------------------------------
_KE_GIVEN_M = ("Eliud", "Geoffrey", "Benson", "Vincent", "Daniel", "Emmanuel", "Wilson")
_KE_GIVEN_F = ("Faith", "Beatrice", "Hellen", "Mary", "Brigid", "Agnes", "Peres")
_KE_MIDDLE_M = ("Kipchoge", "Kiprop", "Kipruto", "Kiplagat", "Kibet", "Cheruiyot", "Korir")
_KE_MIDDLE_F = (
    "Chepngetich",
    "Jepkosgei",
    "Chebet",
    "Jeptoo",
    "Cherono",
    "Jepchirchir",
    "Chepkoech",
)
_KE_FAMILY = ("Kipyegon", "Rotich", "Kosgei", "Mutai", "Kamworor", "Wanjiru", "Obiri", "Kimetto")
_KE_PLACES = (
    ("Uasin Gishu", "North Rift", "Kapng'etuny Training Camp"),
    ("Elgeyo Marakwet", "North Rift", "Iten - Kerio View Camp"),
    ("Nandi", "North Rift", "Kapsabet AC"),
    ("Nyandarua", "Central", "Nyahururu High Altitude"),
    ("Nairobi", "Nairobi", "KDF Athletics Club"),
    ("Bomet", "South Rift", "Kenya Police AC"),
)
_KE_EVENTS = (
    ("Marathon", "2:0{}:{}"),
    ("10,000m", "27:{}.{}"),
    ("5000m", "13:{}.{}"),
    ("3000m SC", "8:{}.{}"),
    ("Half Marathon", "59:{}.{}"),
)
_KE_COACHES = ("Patrick Sang", "Colm O'Connell", "Renato Canova", "Joseph Cheromei", "Brother Colm")
# -- Romania: a sports club ----------------------------------------------------------------
_RO_FAMILY = ("Popescu", "Ionescu", "Popa", "Dumitru", "Stan", "Munteanu", "Constantinescu")
_RO_GIVEN_M = ("Andrei", "Mihai", "Alexandru", "Ştefan", "Ion", "Cristian", "Vlad")
_RO_GIVEN_F = ("Ioana", "Maria", "Elena", "Andreea", "Alexandra", "Cătălina", "Teodora")
_RO_PLACES = (
    (
        "Str. Mihai Eminescu nr. 12, bl. A3, sc. 1, ap. 4",
        "Bucureşti Sector 2",
        "Bucureşti",
        "020082",
        "42",
    ),
    ("Bd. Independenţei nr. 45", "Iaşi", "Iaşi", "700104", "22"),
    ("Str. Avram Iancu nr. 7, ap. 12", "Cluj-Napoca", "Cluj", "400089", "12"),
    ("Calea Dumbrăvii nr. 101", "Sibiu", "Sibiu", "550324", "32"),
    ("Str. Gheorghe Doja nr. 3", "Târgu Mureş", "Mureş", "540146", "26"),
    ("Aleea Trandafirilor nr. 9, bl. C2, ap. 30", "Constanţa", "Constanţa", "900527", "13"),
)
_RO_SECTIONS = ("Atletism", "Handbal", "Lupte libere", "Înot", "Tenis de masă", "Canotaj", "Şah")
_RO_FEES = ("Achitată", "Achitată", "Restanţă 2 luni", "Scutit (junior)", "Achitată")
# -- Philippines: a barangay basketball league --------------------------------------------
_PH_FAMILY = ("Dela Cruz", "Santos", "Reyes", "Bautista", "Garcia", "Mendoza", "Villanueva")
_PH_GIVEN_M = ("Juan Carlo", "Mark Anthony", "John Paul", "Jerome", "Rodel", "Kristian", "Arnel")
_PH_GIVEN_F = ("Maricel", "Jenny Rose", "Kristine", "Lovely", "Angelica", "Rowena", "Joy")
_PH_MI = "ABCDGLMPRSTV"
_PH_PLACES = (
    ("Purok 3, Sampaguita St.", "Brgy. San Isidro"),
    ("Purok 5, Rizal Ave.", "Brgy. Poblacion"),
    ("Blk 12 Lot 4, Phase 2", "Brgy. Bagong Silang"),
    ("Sitio Malinis, Purok 1", "Brgy. Sto. Niño"),
    ("Purok 7, Mabini St.", "Brgy. Malanday"),
)
_PH_TEAMS = ("Purok Warriors", "Kabataan Ballers", "Tanod Bulls", "Sampaguita Kings", "Veterans 45")
_PH_POSITIONS = ("PG", "SG", "SF", "PF", "C", "G/F")


def _place(p: Person, places: tuple[tuple[str, ...], ...], salt: int = 0) -> tuple[str, ...]:
    return places[(int(p.bhxh) // 11 + salt) % len(places)]


def _ke_id(p: Person) -> str:
    """A Kenyan national ID number: seven or eight digits, no check digit."""
    if int(p.bhxh) % 5:
        return f"{20_000_000 + int(p.bhxh[:8]) % 19_000_000}"
    return f"{1_000_000 + int(p.bhxh[2:9]) % 9_000_000}"


def _cnp(p: Person) -> str:
    """A Romanian CNP: sex and century, YYMMDD, the county of the club's town, a serial, the digit
    of weights 279146358279 mod 11 (10 reads 1)."""
    lead = (1 if p.male else 2) + (4 if p.birth.year >= 2000 else 0)
    body = f"{lead}{p.birth:%y%m%d}{_place(p, _RO_PLACES)[4]}{p.bhxh[-3:]}"
    total = sum(int(d) * int(w) for d, w in zip(body, "279146358279", strict=True)) % 11
    return body + str(1 if total == 10 else total)


def _psn(p: Person) -> str:
    digits = f"{int(p.bhxh[0]) % 8 + 1}{p.bhxh[1:]}{p.phone[-6:]}"
    return "-".join(digits[i : i + 4] for i in range(0, 16, 4))


def _br_name(p: Person) -> str:
    """Given names, the mother's surname, then the father's (two different ones)."""
    first = int(p.bhxh) // 23 % len(_BR_FAMILY)
    second = (first + 1 + int(p.bhxh) // 7 % (len(_BR_FAMILY) - 1)) % len(_BR_FAMILY)
    given = _by_sex(p, _BR_GIVEN_M, _BR_GIVEN_F, 1)
    return f"{given} {_BR_FAMILY[first]} {_BR_FAMILY[second]}"


def _ke_name(p: Person) -> str:
    middle = _by_sex(p, _KE_MIDDLE_M, _KE_MIDDLE_F, 2)
    return f"{_by_sex(p, _KE_GIVEN_M, _KE_GIVEN_F, 1)} {middle} {_pick(p, _KE_FAMILY, 3)}"


def _ke_pb(p: Person) -> str:
    event, pattern = _place(p, _KE_EVENTS, 2)
    if event == "Marathon":
        return pattern.format(_num(p, 9), f"{_num(p, 60) - 1:02d}")
    return pattern.format(f"{_num(p, 60) - 1:02d}", f"{_num(p, 100) - 1:02d}")


def _ph_name(p: Person) -> str:
    given = _by_sex(p, _PH_GIVEN_M, _PH_GIVEN_F, 1)
    return f"{_pick(p, _PH_FAMILY, 2).upper()}, {given} {_PH_MI[_num(p, 12) - 1]}."


def _ph_division(p: Person) -> str:
    age = 2026 - p.birth.year
    return "Veterans 45-up" if age >= 45 else "35-up" if age >= 35 else "Open"


WRITERS_BLIND427: dict[str, Callable[[Person, Col], object]] = {
    # Vovinam belt grading
    "club427": lambda p, c: _pick(p, _VN_CLUBS, 2),
    "belt_now427": lambda p, c: _place(p, _VN_BELTS, 1)[0],
    "belt_next427": lambda p, c: _place(p, _VN_BELTS, 1)[1],
    "work427": lambda p, c: _pick(p, _VN_WORK, 3),
    "score427": lambda p, c: f"{4 + _num(p, 5)},{_num(p, 10) - 1}",
    "score2_427": lambda p, c: f"{6 + _num(p, 4)},{_pick(p, ('0', '5'), 4)}",
    "result427": lambda p, c: _pick(p, _VN_RESULT, 5),
    "coach427": lambda p, c: f"VS {_other_vn(p, 6, True)}",
    # dragon-boat crew
    "boat427": lambda p, c: _by_sex(p, _VN_BOATS[::2], _VN_BOATS[1::2], 2),
    "seat427": lambda p, c: _pick(p, _VN_SEATS, 3),
    "swim427": lambda p, c: _pick(p, _VN_SWIM, 4),
    "health427": lambda p, c: _pick(p, _VN_HEALTH, 5),
    "captain427": lambda p, c: _other_vn(p, 7, True),
    # amateur cycling race
    "distance427": lambda p, c: _pick(p, _VN_DISTANCES, 2),
    "agegroup427": lambda p, c: f"{'Nam' if p.male else 'Nu'} {(2026 - p.birth.year) // 10 * 10}+",
    "bike427": lambda p, c: _pick(p, _VN_BIKES, 3),
    "team427": lambda p, c: _pick(p, _VN_TEAMS, 4),
    "bib427": lambda p, c: f"{_pick(p, ('A', 'B', 'C', 'F'), 2)}{_num(p, 900) + 100}",
    "ice427": lambda p, c: _other_vn(p, 8),
    "ice_phone427": lambda p, c: _other_phone(p, "098"),
    # pre-competition medical check
    "athlete427": lambda p, c: f"VĐV-{p.bhxh[-5:]}",
    "delegation427": lambda p, c: _pick(p, _VN_DELEGATIONS, 2),
    "sport427": lambda p, c: _pick(p, _VN_SPORTS, 3),
    "height427": lambda p, c: str((158 if p.male else 148) + _num(p, 22)),
    "weight427": lambda p, c: f"{(52 if p.male else 42) + _num(p, 30)},{_num(p, 10) - 1}",
    "bp427": lambda p, c: f"{105 + _num(p, 40)}/{65 + _num(p, 25)}",
    "pulse427": lambda p, c: str(58 + _num(p, 30)),
    "verdict427": lambda p, c: _pick(p, _VN_VERDICTS, 4),
    "doctor427": lambda p, c: _pick(p, _VN_DOCTORS, 5),
    # Brazil
    "br_name427": lambda p, c: _br_name(p),
    "cpf427": lambda p, c: _cpf(p),
    "sex_br427": lambda p, c: "Masculino" if p.male else "Feminino",
    "phone_br427": lambda p, c: f"({_place(p, _BR_PLACES)[3]}) 9{p.phone[2:6]}-{p.phone[6:10]}",
    "cep427": lambda p, c: _place(p, _BR_PLACES)[0],
    "city_br427": lambda p, c: _place(p, _BR_PLACES)[1],
    "uf427": lambda p, c: _place(p, _BR_PLACES)[2],
    "course_br427": lambda p, c: _pick(p, ("5 km", "10 km", "21 km", "5 km Caminhada"), 4),
    "cat_br427": lambda p, c: f"{'M' if p.male else 'F'}{(2026 - p.birth.year) // 5 * 5}",
    "shirt_br427": lambda p, c: _pick(p, ("P", "M", "G", "GG", "BL M"), 5),
    "team_br427": lambda p, c: _pick(p, _BR_TEAMS, 6),
    "bib_br427": lambda p, c: str(1000 + _num(p, 8000)),
    "ice_br427": lambda p, c: f"{_by_sex(p, _BR_GIVEN_F, _BR_GIVEN_M, 7)} (cônjuge)",
    "ice_phone_br427": lambda p, c: f"({_place(p, _BR_PLACES)[3]}) 9{p.bhxh[:4]}-{p.bhxh[4:8]}",
    # Japan
    "reg_jp427": lambda p, c: f"{_place(p, _JP_PLACES)[0][:2]}-{p.bhxh[-7:]}",
    "jp_family427": lambda p, c: _pick(p, _JP_FAMILY, 2),
    "jp_given427": lambda p, c: _by_sex(p, _JP_GIVEN_M, _JP_GIVEN_F, 1),
    "sex_jp427": lambda p, c: "Dansei" if p.male else "Josei",
    "dan_jp427": lambda p, c: _pick(p, _JP_DAN, 3),
    "dojo_jp427": lambda p, c: _pick(p, _JP_DOJOS, 4),
    "zip_jp427": lambda p, c: _place(p, _JP_PLACES)[0],
    "pref_jp427": lambda p, c: _place(p, _JP_PLACES)[1],
    "addr_jp427": lambda p, c: _place(p, _JP_PLACES)[2],
    "phone_jp427": lambda p, c: f"090-{p.phone[2:6]}-{p.phone[6:10]}",
    "examiner_jp427": lambda p, c: (
        f"{_pick(p, _JP_FAMILY, 5)} {_pick(p, ('Hachidan', 'Shichidan'), 6)}"
    ),
    # Kenya
    "ke_name427": lambda p, c: _ke_name(p),
    "ke_id427": lambda p, c: _ke_id(p),
    "sex_ke427": lambda p, c: "M" if p.male else "F",
    "county_ke427": lambda p, c: _place(p, _KE_PLACES)[0],
    "region_ke427": lambda p, c: _place(p, _KE_PLACES)[1],
    "camp_ke427": lambda p, c: _place(p, _KE_PLACES)[2],
    "event_ke427": lambda p, c: _place(p, _KE_EVENTS, 2)[0],
    "pb_ke427": lambda p, c: _ke_pb(p),
    "phone_ke427": lambda p, c: f"+254 7{p.phone[3:5]} {p.phone[5:8]} {p.phone[8:10]}{p.bhxh[-1]}",
    "kra_ke427": lambda p, c: f"A{p.bhxh[1:10]}{'BCHJKLMPRZ'[int(p.bhxh[0])]}",
    "coach_ke427": lambda p, c: _pick(p, _KE_COACHES, 4),
    "nok_ke427": lambda p, c: (
        f"{_by_sex(p, _KE_GIVEN_F, _KE_GIVEN_M, 5)} {_pick(p, _KE_FAMILY, 3)}"
    ),
    "nok_phone_ke427": lambda p, c: f"07{p.bhxh[2:10]}",
    # Romania
    "ro_family427": lambda p, c: _pick(p, _RO_FAMILY, 2),
    "ro_given427": lambda p, c: _by_sex(p, _RO_GIVEN_M, _RO_GIVEN_F, 1),
    "cnp427": lambda p, c: _cnp(p),
    "sex_ro427": lambda p, c: "M" if p.male else "F",
    "street_ro427": lambda p, c: _place(p, _RO_PLACES)[0],
    "loc_ro427": lambda p, c: _place(p, _RO_PLACES)[1],
    "judet_ro427": lambda p, c: _place(p, _RO_PLACES)[2],
    "cp_ro427": lambda p, c: _place(p, _RO_PLACES)[3],
    "phone_ro427": lambda p, c: f"07{p.phone[3:5]} {p.phone[5:8]} {p.phone[8:10]}{p.bhxh[-1]}",
    "sectia_ro427": lambda p, c: _pick(p, _RO_SECTIONS, 3),
    "leg_ro427": lambda p, c: f"CS-{p.bhxh[-4:]}/{2014 + _num(p, 11)}",
    "cotiz_ro427": lambda p, c: _pick(p, _RO_FEES, 4),
    "coach_ro427": lambda p, c: f"prof. {_pick(p, _RO_GIVEN_M, 5)} {_pick(p, _RO_FAMILY, 6)}",
    # Philippines
    "jersey_ph427": lambda p, c: str(_num(p, 99)),
    "ph_name427": lambda p, c: _ph_name(p),
    "pos_ph427": lambda p, c: _pick(p, _PH_POSITIONS, 3),
    "age_ph427": lambda p, c: str(2026 - p.birth.year - ((p.birth.month, p.birth.day) > (12, 8))),
    "div_ph427": lambda p, c: _ph_division(p),
    "purok_ph427": lambda p, c: _place(p, _PH_PLACES)[0],
    "brgy_ph427": lambda p, c: _place(p, _PH_PLACES)[1],
    "phone_ph427": lambda p, c: f"09{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}{p.bhxh[-1]}",
    "psn_ph427": lambda p, c: _psn(p),
    "team_ph427": lambda p, c: _pick(p, _PH_TEAMS, 4),
    "manager_ph427": lambda p, c: f"Kgd. {_pick(p, _PH_GIVEN_M, 5)} {_pick(p, _PH_FAMILY, 6)}",
    "cleared_ph427": lambda p, c: _pick(p, ("Yes", "Yes", "Pending", "Yes - w/ med cert"), 5),
}
