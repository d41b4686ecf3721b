"""How the people of the two-hundred-and-ninety-ninth part of the outside corpus (**blind 299**,
:mod:`lienthong.quality._corpus_blind299`) are written: cells that hold several things (a name
with its birth year, an identity card number with its issue date, two phones, a Polish name with
its PESEL, a Brazilian name with its CPF, a Japanese name with its reading, a Turkish name with the
father's name, a German birth date with the birthplace) and addresses spread over house number,
street, hamlet or neighbourhood columns; Polish PESEL, Brazilian CPF and Turkish T.C. Kimlik
numbers with their real check digits."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

#: (street, hamlet or quarter, ward or commune, province) after the 2025 merger
_VN_PLACES = (
    ("Lê Lợi", "Tổ 3", "Phường Quy Nhơn", "Gia Lai"),
    ("Nguyễn Huệ", "Tổ 12", "Phường Tuy Hòa", "Đắk Lắk"),
    ("Quốc lộ 1A", "Ấp Phú Lợi", "Xã Cái Nước", "Cà Mau"),
    ("ĐT 826", "Ấp 3", "Xã Cần Giuộc", "Tây Ninh"),
    ("Hùng Vương", "Tổ dân phố 7", "Phường Đồng Hới", "Quảng Trị"),
    ("Trần Hưng Đạo", "Khu phố 2", "Phường Phan Thiết", "Lâm Đồng"),
)
#: (village, commune, province) in the coffee and pepper uplands
_VN_UPLAND = (
    ("Buôn Kô Siêr", "Xã Hòa Phú", "Đắk Lắk"),
    ("Thôn 4", "Xã Ea Kly", "Đắk Lắk"),
    ("Thôn Đăk Săk", "Xã Đức Lập", "Lâm Đồng"),
    ("Làng Ia Nueng", "Xã Ia Grai", "Gia Lai"),
    ("Thôn 7", "Xã Chư Sê", "Gia Lai"),
)
_VN_ROOF = ("Mái tôn", "Mái ngói", "Mái fibro xi măng", "Mái tôn + trần nhựa")
_VN_BRACE = ("Chằng dây thép, bao cát", "Giằng mái, néo 4 góc", "Bao cát đè mái", "Thay tôn mới")
_VN_CROPS = ("Cà phê", "Hồ tiêu", "Sầu riêng", "Cà phê xen sầu riêng", "Hồ tiêu xen cà phê")
_VN_ROUTES = ("Tuyến 1 - Chợ cũ", "Tuyến 2 - Cầu Đá", "Tuyến 3 - Khu CN", "Tuyến 4 - Bến xe")
_VN_TEAM = ("Đội trưởng", "Đội phó", "Đội viên", "Đội viên", "Đội viên")
_VN_JOBS = ("Buôn bán", "Công nhân", "Làm nông", "Tài xế", "Thợ điện", "Nội trợ")
_PL_FAMILY_M = ("Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Zieliński", "Lewandowski")
_PL_FAMILY_F = ("Kowalska", "Nowak", "Wiśniewska", "Wójcik", "Zielińska", "Lewandowska")
_PL_GIVEN_M = ("Piotr", "Krzysztof", "Andrzej", "Tomasz", "Grzegorz", "Stanisław")
_PL_GIVEN_F = ("Anna", "Małgorzata", "Agnieszka", "Barbara", "Krystyna", "Elżbieta")
_PL_PLACES = (
    ("ul. Marszałkowska", "00-624", "Warszawa"),
    ("ul. Długa", "80-831", "Gdańsk"),
    ("al. Jana Pawła II", "31-864", "Kraków"),
    ("ul. Piotrkowska", "90-406", "Łódź"),
    ("os. Kościuszkowskie", "61-690", "Poznań"),
)
_BR_FAMILY = ("Silva", "Santos", "Oliveira", "Souza", "Pereira", "Ferreira", "Lima")
_BR_GIVEN_M = ("José Carlos", "Antônio", "João Batista", "Francisco", "Raimundo", "Edvaldo")
_BR_GIVEN_F = ("Maria das Graças", "Ana Paula", "Francisca", "Josefa", "Rosângela", "Cleide")
#: (logradouro, bairro, CEP, município, UF, DDD)
_BR_PLACES = (
    ("Rua Três", "Jardim Ângela", "04929-070", "São Paulo", "SP", "11"),
    ("Travessa São Jorge", "Pirambu", "60310-660", "Fortaleza", "CE", "85"),
    ("Rua Bom Jesus", "Vila Nova", "31150-100", "Belo Horizonte", "MG", "31"),
    ("Avenida Brasil", "Maré", "21040-360", "Rio de Janeiro", "RJ", "21"),
    ("Rua da Mangueira", "Coque", "50090-400", "Recife", "PE", "81"),
)
_BR_COOPS = ("Coopamare", "Cooperativa Recicla Mais", "Associação Mãos Dadas", "Coopcent")
_JP_FAMILY = (("山田", "やまだ"), ("佐藤", "さとう"), ("鈴木", "すずき"), ("高橋", "たかはし"))
_JP_GIVEN_M = (("太郎", "たろう"), ("正雄", "まさお"), ("清", "きよし"), ("勝利", "かつとし"))
_JP_GIVEN_F = (("花子", "はなこ"), ("和子", "かずこ"), ("幸子", "さちこ"), ("トミ", "とみ"))
#: (郵便番号, 町名, 市外局番)
_JP_PLACES = (
    ("980-0811", "仙台市青葉区一番町", "022"),
    ("370-0828", "高崎市宮元町", "027"),
    ("790-0012", "松山市湊町", "089"),
    ("862-0950", "熊本市中央区水前寺", "096"),
    ("940-0062", "長岡市大手通", "0258"),
)
_JP_CARE = ("要介護3", "要介護5", "身体障害者手帳1級", "要支援2", "ひとり暮らし高齢者")
_TR_FAMILY = ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk")
_TR_GIVEN_M = ("Mehmet", "Mustafa", "Hüseyin", "İbrahim", "Hasan", "Osman")
_TR_GIVEN_F = ("Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Şerife")
#: (mahalle, cadde/sokak, ilçe, il)
_TR_PLACES = (
    ("Kocatepe Mah.", "Meşrutiyet Cad.", "Çankaya", "Ankara"),
    ("Fatih Mah.", "Gül Sok.", "Selçuklu", "Konya"),
    ("Bahçelievler Mah.", "Şehit Ali Öz Sok.", "Karşıyaka", "İzmir"),
    ("Cumhuriyet Mah.", "İstasyon Cad.", "Battalgazi", "Malatya"),
)
_TR_BIRTHPLACES = ("Sivas", "Yozgat", "Erzurum", "Çorum", "Kastamonu", "Trabzon")
_DE_FAMILY = ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann")
_DE_GIVEN_M = ("Hans-Peter", "Jürgen", "Thomas", "Stefan", "Uwe", "Klaus")
_DE_GIVEN_F = ("Ursula", "Sabine", "Petra", "Monika", "Anke", "Gisela")
_DE_PLACES = (
    ("Lindenstraße", "49076", "Osnabrück", "0541"),
    ("Am Kirchberg", "34117", "Kassel", "0561"),
    ("Friedrich-Ebert-Allee", "53113", "Bonn", "0228"),
    ("Bahnhofstraße", "97070", "Würzburg", "0931"),
)
_DE_JOBS_M = ("Bankkaufmann", "Lehrer", "Rentner", "Elektriker")
_DE_JOBS_F = ("Bankkauffrau", "Lehrerin", "Rentnerin", "Erzieherin")
_DE_BIRTHPLACES = ("Köln", "Dresden", "Bremen", "Gelsenkirchen", "Ankara", "Kattowitz")


def _place(p: Person, places: tuple[tuple[str, ...], ...], salt: int = 9) -> tuple[str, ...]:
    return places[int(p.bhxh) // salt % len(places)]


def _issue(p: Person) -> date:
    """The day the card was issued (2021-2024)."""
    return p.other_date - timedelta(days=300 + _num(p, 900))


def _house(p: Person) -> str:
    n = _num(p, 240) + 1
    return f"{n}/{int(p.bhxh[-1]) + 1}" if int(p.bhxh) % 4 == 0 else str(n)


def _phones_vn(p: Person) -> str:
    return f"{p.phone} / 02{p.bhxh[1:3]} {p.bhxh[3:10]}"


def _pupil(p: Person) -> str:
    born = _safe_day(2013 + _num(p, 6), p.birth.month, p.birth.day)
    return f"{p.full} ({born:%d/%m/%Y})"


def _pesel(p: Person) -> str:
    """A PESEL: YYMMDD (month + 20 after 1999), a serial, a sex digit (odd for men) and the check
    digit ``(10 - sum(d_i * 1,3,7,9...) % 10) % 10``."""
    month = p.birth.month + (20 if p.birth.year >= 2000 else 0)
    sex = int(p.bhxh[3]) // 2 * 2 + (1 if p.male else 0)
    head = f"{p.birth:%y}{month:02d}{p.birth:%d}{p.bhxh[:3]}{sex}"
    total = sum(int(ch) * (1, 3, 7, 9)[i % 4] for i, ch in enumerate(head))
    return f"{head}{(10 - total % 10) % 10}"


def _pl_name(p: Person) -> str:
    family = _by_sex(p, _PL_FAMILY_M, _PL_FAMILY_F, 2)
    return f"{_by_sex(p, _PL_GIVEN_M, _PL_GIVEN_F, 1)} {family}"


def _cpf(p: Person) -> str:
    """A CPF ``123.456.789-09``: nine digits and two mod-11 check digits."""
    digits = [int(ch) for ch in p.bhxh[1:10]]
    for _ in range(2):
        total = sum(d * w for d, w in zip(digits, range(len(digits) + 1, 1, -1), strict=True))
        digits.append(total * 10 % 11 % 10)
    s = "".join(str(d) for d in digits)
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def _br_name(p: Person) -> str:
    given = _by_sex(p, _BR_GIVEN_M, _BR_GIVEN_F, 1)
    return f"{given} {_pick(p, _BR_FAMILY, 3)} {_pick(p, _BR_FAMILY, 2)}"


def _jp_name(p: Person) -> str:
    family = _JP_FAMILY[_num(p, len(_JP_FAMILY)) - 1]
    givens = _JP_GIVEN_M if p.male else _JP_GIVEN_F
    given = givens[int(p.bhxh[:4]) % len(givens)]
    return f"{family[0]} {given[0]}（{family[1]} {given[1]}）"


def _tc_kimlik(p: Person) -> str:
    """A T.C. Kimlik No: nine digits (the first not 0), the tenth from the odd and even sums, the
    eleventh the sum of the ten mod 10."""
    d = [int(p.bhxh[0]) % 9 + 1] + [int(ch) for ch in p.bhxh[1:9]]
    d.append(((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10)
    d.append(sum(d) % 10)
    return "".join(str(x) for x in d)


def _tr_name(p: Person) -> str:
    given = _by_sex(p, _TR_GIVEN_M, _TR_GIVEN_F, 1)
    return f"{given} {_pick(p, _TR_FAMILY, 2)} (Baba adı: {_pick(p, _TR_GIVEN_M, 4)})"


def _de_name(p: Person) -> str:
    return f"{_pick(p, _DE_FAMILY, 2)}, {_by_sex(p, _DE_GIVEN_M, _DE_GIVEN_F, 1)}"


WRITERS_BLIND299: dict[str, Callable[[Person, Col], object]] = {
    "name_year299": lambda p, c: f"{p.full} ({p.birth.year})",
    "cccd_issue299": lambda p, c: f"{p.cccd} - {_issue(p):%d/%m/%Y}",
    "issue_place299": lambda p, c: f"{_issue(p):%d/%m/%Y}, Cục CS QLHC về TTXH",
    "house299": lambda p, c: _house(p),
    "road299": lambda p, c: _place(p, _VN_PLACES)[0],
    "hamlet299": lambda p, c: _place(p, _VN_PLACES)[1],
    "ward299": lambda p, c: _place(p, _VN_PLACES)[2],
    "prov299": lambda p, c: _place(p, _VN_PLACES)[3],
    "phones_vn299": lambda p, c: _phones_vn(p),
    "roof299": lambda p, c: _pick(p, _VN_ROOF, 3),
    "brace299": lambda p, c: _pick(p, _VN_BRACE, 4),
    "members299": lambda p, c: str(_num(p, 6) + 1),
    "militia299": lambda p, c: f"{_other_vn(p, 5, True)} - {_other_phone(p, '097')}",
    "village299": lambda p, c: _place(p, _VN_UPLAND, 7)[0],
    "commune299": lambda p, c: _place(p, _VN_UPLAND, 7)[1],
    "uprov299": lambda p, c: _place(p, _VN_UPLAND, 7)[2],
    "crop299": lambda p, c: _pick(p, _VN_CROPS, 2),
    "area299": lambda p, c: f"{(_num(p, 30) + 3) / 10:.1f}".replace(".", ","),
    "pond299": lambda p, c: f"{(_num(p, 8) + 2) * 100} m³",
    "fund299": lambda p, c: f"{(_num(p, 20) + 10) * 500_000:,}".replace(",", "."),
    "checker299": lambda p, c: _other_vn(p, 3),
    "pupil299": lambda p, c: _pupil(p),
    "grade299": lambda p, c: f"{_num(p, 5) + 1}A{int(p.bhxh[-1]) % 4 + 1}",
    "parent299": lambda p, c: f"{_other_vn(p, 2, None, p.family)} - {_other_phone(p)}",
    "parents_phones299": lambda p, c: f"{_other_phone(p, '098')} / 03{p.bhxh[2:10]}",
    "stop299": lambda p, c: f"Trước nhà số {_house(p)}" if int(p.bhxh) % 3 else "Đầu hẻm",
    "route299": lambda p, c: _pick(p, _VN_ROUTES, 2),
    "fee299": lambda p, c: f"{(_num(p, 4) + 3) * 100_000:,}".replace(",", "."),
    "team_role299": lambda p, c: _pick(p, _VN_TEAM, 2),
    "job299": lambda p, c: _pick(p, _VN_JOBS, 3),
    "trained299": lambda p, c: str(2018 + _num(p, 7)),
    "pl_name_pesel299": lambda p, c: f"{_pl_name(p)} / {_pesel(p)}",
    "pl_street299": lambda p, c: _place(p, _PL_PLACES)[0],
    "pl_house299": lambda p, c: f"{_num(p, 120) + 1}{'' if int(p.bhxh) % 3 else 'A'}",
    "pl_flat299": lambda p, c: "" if int(p.bhxh) % 4 == 0 else str(int(p.bhxh[-2:]) % 60 + 1),
    "pl_code299": lambda p, c: _place(p, _PL_PLACES)[1],
    "pl_city299": lambda p, c: _place(p, _PL_PLACES)[2],
    "pl_phones299": lambda p, c: (
        f"6{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]},"
        f" 22 {p.bhxh[:3]} {p.bhxh[3:5]} {p.bhxh[5:7]}"
    ),
    "pl_plot299": lambda p, c: f"{_num(p, 180) + 1}/{'ABC'[int(p.bhxh) % 3]}",
    "pl_area299": lambda p, c: str((_num(p, 30) + 20) * 10),
    "pl_fee299": lambda p, c: f"{(_num(p, 30) + 20) * 10 * 0.45 + 35:.2f}".replace(".", ","),
    "br_name_cpf299": lambda p, c: f"{_br_name(p)} / {_cpf(p)}",
    "br_street299": lambda p, c: _place(p, _BR_PLACES)[0],
    "br_number299": lambda p, c: str(_num(p, 900) + 10) if int(p.bhxh) % 5 else "s/n",
    "br_compl299": lambda p, c: _pick(p, ("", "casa 2", "fundos", "", "apto 12"), 4),
    "br_bairro299": lambda p, c: _place(p, _BR_PLACES)[1],
    "br_cep299": lambda p, c: _place(p, _BR_PLACES)[2],
    "br_city299": lambda p, c: _place(p, _BR_PLACES)[3],
    "br_uf299": lambda p, c: _place(p, _BR_PLACES)[4],
    "br_phones299": lambda p, c: (
        f"({_place(p, _BR_PLACES)[5]}) 9{p.phone[4:8]}-{p.phone[8:10]}{p.bhxh[:2]}"
        f" / ({_place(p, _BR_PLACES)[5]}) 3{p.bhxh[2:5]}-{p.bhxh[5:9]}"
    ),
    "br_nis299": lambda p, c: f"{p.bhxh[:3]}.{p.bhxh[3:8]}.{p.bhxh[8:]}-{int(p.bhxh) % 10}",
    "br_coop299": lambda p, c: _pick(p, _BR_COOPS, 5),
    "br_material299": lambda p, c: _pick(p, ("Papelão", "PET", "Latinha", "Misto"), 6),
    "br_income299": lambda p, c: f"R$ {(_num(p, 40) + 40) * 15},00",
    "jp_name299": lambda p, c: _jp_name(p),
    "jp_sex299": lambda p, c: "男" if p.male else "女",
    "jp_zip299": lambda p, c: _place(p, _JP_PLACES)[0],
    "jp_town299": lambda p, c: _place(p, _JP_PLACES)[1],
    "jp_banchi299": lambda p, c: f"{_num(p, 5) + 1}丁目{_num(p, 30) + 1}-{int(p.bhxh[-1]) + 1}",
    "jp_bldg299": lambda p, c: _pick(p, ("", "コーポ青葉 201", "", "市営住宅3号棟105"), 3),
    "jp_phones299": lambda p, c: (
        f"{_place(p, _JP_PLACES)[2]}-{p.bhxh[:3]}-{p.bhxh[3:7]}／090-{p.phone[2:6]}-{p.phone[6:10]}"
    ),
    "jp_care299": lambda p, c: _pick(p, _JP_CARE, 4),
    "jp_helper299": lambda p, c: f"{_JP_FAMILY[int(p.bhxh[:2]) % 4][0]} 一郎（長男）",
    "jp_shelter299": lambda p, c: _pick(p, ("第一小学校体育館", "市民センター", "中学校"), 5),
    "tc299": lambda p, c: _tc_kimlik(p),
    "tr_name299": lambda p, c: _tr_name(p),
    "tr_birth299": lambda p, c: f"{_pick(p, _TR_BIRTHPLACES, 3)} / {p.birth:%d.%m.%Y}",
    "tr_mahalle299": lambda p, c: _place(p, _TR_PLACES)[0],
    "tr_street299": lambda p, c: _place(p, _TR_PLACES)[1],
    "tr_door299": lambda p, c: str(_num(p, 80) + 1),
    "tr_inner299": lambda p, c: str(int(p.bhxh[-2:]) % 12 + 1),
    "tr_ilce299": lambda p, c: _place(p, _TR_PLACES)[2],
    "tr_il299": lambda p, c: _place(p, _TR_PLACES)[3],
    "tr_phones299": lambda p, c: (
        f"053{p.phone[3]} {p.phone[4:7]} {p.phone[7:9]} {p.phone[9]}{p.bhxh[0]}"
        f" - 0312 {p.bhxh[1:4]} {p.bhxh[4:6]} {p.bhxh[6:8]}"
    ),
    "tr_need299": lambda p, c: _pick(p, ("Yakacak yardımı", "Sağlık kontrolü", "Yok", "Gıda"), 5),
    "tr_visitor299": lambda p, c: _pick(p, ("Muhtar Ali Er", "Aza Gül Tan", "SYDV Ayşe Ok"), 6),
    "de_name299": lambda p, c: _de_name(p),
    "de_birthname299": lambda p, c: "" if p.male else _pick(p, _DE_FAMILY, 5),
    "de_birth299": lambda p, c: f"{p.birth:%d.%m.%Y} in {_pick(p, _DE_BIRTHPLACES, 3)}",
    "de_street299": lambda p, c: _place(p, _DE_PLACES)[0],
    "de_house299": lambda p, c: f"{_num(p, 90) + 1}{'' if int(p.bhxh) % 4 else 'a'}",
    "de_plz299": lambda p, c: _place(p, _DE_PLACES)[1],
    "de_city299": lambda p, c: _place(p, _DE_PLACES)[2],
    "de_job299": lambda p, c: _by_sex(p, _DE_JOBS_M, _DE_JOBS_F, 4),
    "de_nation299": lambda p, c: _pick(p, ("deutsch", "deutsch", "deutsch/türkisch"), 5),
    "de_phones299": lambda p, c: f"{_place(p, _DE_PLACES)[3]} {p.bhxh[:6]} / 0171 {p.phone[3:10]}",
    "de_court299": lambda p, c: _pick(p, ("Amtsgericht", "Landgericht", "Jugendschöffe"), 6),
}
