"""How the people of the fifty-seventh part of the outside corpus (**blind 57**,
:mod:`lienthong.quality._corpus_blind57`) are written: four Vietnamese files' own columns (a
patient's transfer to a higher hospital and the relative who goes along, a cattle owner's herd
and vaccinations, a doctoral candidate's thesis and supervisors, a person under social protection
at home and the caregiver) and Yucatecan, Amazonian, Bengali, Sindhi and Lagosian names,
addresses, phones and identity numbers in the forms their cards show (the CURP's check digit, the
CPF's two mod-11 digits, the CNS's mod-11 sum, the Aadhaar's Verhoeff digit, the CNIC's odd or
even last digit for sex), because checked numbers are what a rule may lean on and must not be
faked."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _letters, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_DIAG = (
    ("Chấn thương sọ não kín", "S06.2"),
    ("Nhồi máu não", "I63.9"),
    ("Viêm ruột thừa cấp", "K35.8"),
    ("Suy tim độ III", "I50.0"),
    ("Gãy kín 1/3 giữa xương đùi (P)", "S72.3"),
    ("Tiền sản giật nặng", "O14.1"),
    ("Đợt cấp COPD", "J44.1"),
)
_VN_HIGHER = (
    "BV Đa khoa tỉnh Nghệ An",
    "BV Chợ Rẫy",
    "BV Bạch Mai",
    "BV ĐK Trung ương Cần Thơ",
    "BV Sản Nhi tỉnh",
    "BV Hữu nghị Việt Đức",
)
_VN_REL_M = ("Chồng", "Con trai", "Anh trai", "Bố", "Cháu trai")
_VN_REL_F = ("Vợ", "Con gái", "Mẹ", "Em gái", "Con dâu")
_VN_TRANSPORT = ("Xe cứu thương BV", "Xe cứu thương 115", "Gia đình tự túc", "Xe cứu thương BV")
_VN_REASON = ("Vượt quá khả năng chuyên môn", "Theo yêu cầu người bệnh", "Đủ điều kiện chuyển")
_VN_HAMLETS = (
    ("Thôn Đông Hạ", "xã Yên Phú", "huyện Ý Yên", "tỉnh Nam Định"),
    ("Thôn 4", "xã Ea Tu", "TP. Buôn Ma Thuột", "tỉnh Đắk Lắk"),
    ("Ấp Tân Lập", "xã Tân Hòa", "huyện Thanh Bình", "tỉnh Đồng Tháp"),
    ("Bản Nà Cà", "xã Mường Phăng", "huyện Điện Biên", "tỉnh Điện Biên"),
    ("Xóm Trại", "xã Nghĩa Thái", "huyện Nghĩa Hưng", "tỉnh Nam Định"),
)
_VN_VACCINE = (
    "LMLM type O (Aftopor)",
    "Viêm da nổi cục (Mevac LSD)",
    "Tụ huyết trùng",
    "LMLM 2 type",
)
_VN_VETS = ("Lò Văn Minh", "Nguyễn Văn Bảy", "Trần Thị Hoa", "Hoàng Đức Long")
_VN_FIELDS = (
    ("Quản lý kinh tế", "9310110"),
    ("Khoa học máy tính", "9480101"),
    ("Nội khoa", "9720107"),
    ("Lý luận và PP dạy học bộ môn Toán", "9140111"),
    ("Kỹ thuật xây dựng công trình giao thông", "9580205"),
    ("Ngôn ngữ học", "9229020"),
)
_VN_THESES = (
    "Nghiên cứu các nhân tố ảnh hưởng đến ",
    "Giải pháp nâng cao hiệu quả ",
    "Đánh giá kết quả điều trị ",
    "Mô hình học sâu cho bài toán ",
    "Phát triển năng lực ",
)
_VN_TOPICS = (
    "tín dụng nông hộ tại ĐBSCL",
    "quản lý nợ công địa phương",
    "nhận dạng chữ viết tay tiếng Việt",
    "tăng huyết áp ở người cao tuổi",
    "mô hình hóa toán học cho học sinh THPT",
)
_VN_TITLES = ("PGS.TS.", "GS.TS.", "TS.", "PGS.TS.")
_VN_EMPLOYERS = (
    "Trường ĐH Kinh tế Quốc dân",
    "Sở Tài chính tỉnh Thanh Hóa",
    "BV Đa khoa tỉnh Thái Bình",
    "Trường THPT chuyên Lam Sơn",
    "Viện Khoa học xã hội vùng Nam Bộ",
    "Tự do",
)
_VN_BTXH = (
    ("Người khuyết tật đặc biệt nặng", "2,5"),
    ("Người khuyết tật nặng", "2,0"),
    ("Người cao tuổi từ đủ 80 tuổi không có lương hưu", "1,0"),
    ("Trẻ em mồ côi cả cha và mẹ", "2,5"),
    ("Người đơn thân nghèo nuôi con", "1,0"),
    ("Người cao tuổi nghèo không người phụng dưỡng", "1,5"),
)
_VN_PAYMENT = ("Tiền mặt qua Bưu điện", "Chuyển khoản", "Tiền mặt tại phường", "Chuyển khoản")
_VN_BANKS = ("Agribank", "VietinBank", "BIDV", "Vietcombank")
_MX_FAMILY = ("Pech", "Canul", "Chan", "May", "Tun", "Ek", "Cocom", "Euán", "Poot", "Pérez")
_MX_GIVEN_M = ("José Manuel", "Wilberth", "Jorge Alberto", "Mario", "Gaspar", "Russell")
_MX_GIVEN_F = ("María Guadalupe", "Yazmín", "Rosa Elena", "Zoila", "Leydi", "Nayeli")
_MX_PLACES = (
    ("Calle 60 No. 455 x 51 y 53, Centro", "97000", "Mérida"),
    ("Calle 21 No. 102-A x 14 y 16, Col. Chuburná", "97205", "Mérida"),
    ("Calle 33 No. 208 x 40 y 42", "97780", "Valladolid"),
    ("Calle 26 No. 89, Col. San Juan", "97800", "Ticul"),
    ("Calle 19 s/n x 20, Centro", "97320", "Progreso"),
    ("Calle 31 No. 14, Kanasín", "97370", "Kanasín"),
)
_BR_FAMILY = ("da Silva", "Souza", "Lima", "Ferreira", "Oliveira", "Cavalcante", "Tikuna")
_BR_GIVEN_M = ("João Pedro", "Raimundo Nonato", "Francisco", "Antônio Carlos", "Kauã")
_BR_GIVEN_F = ("Maria das Graças", "Francisca", "Ana Clara", "Raimunda", "Luana Tayná")
_BR_PLACES = (
    ("Rua Dez de Julho, 525", "Centro", "69010-060", "Manaus"),
    ("Av. Torquato Tapajós, 3100, Bloco B apto 12", "Flores", "69058-830", "Manaus"),
    ("Rua Beco da Paz, 14", "Compensa", "69035-110", "Manaus"),
    ("Rua Sete de Setembro, 870", "Centro", "69460-000", "Coari"),
    ("Estrada do Aleixo, km 3, casa 7", "Colônia Antônio Aleixo", "69008-000", "Manaus"),
    ("Rua Marechal Deodoro, 210", "Centro", "69640-000", "Tabatinga"),
)
_BR_UBS = ("UBS Dr. José Rayol dos Santos", "UBS Lago do Aleixo", "UBS Compensa II")
_BN_FAMILY = ("মণ্ডল", "ঘোষ", "দাস", "বিশ্বাস", "চট্টোপাধ্যায়", "সরকার", "শেখ", "রায়")
_BN_GIVEN_M = ("সুব্রত", "অমিত", "রফিকুল", "প্রসেনজিৎ", "দেবাশিস", "আনোয়ার")
_BN_GIVEN_F = ("সুমিতা", "মৌসুমী", "রুমা", "শাহনাজ", "পূজা", "অনিতা")
_BN_PLACES = (
    ("গ্রাম: শিমুলিয়া, পোঃ ধনিয়াখালি", "হুগলি", "712302"),
    ("১২/৩ বি. টি. রোড, বরানগর", "উত্তর ২৪ পরগনা", "700036"),
    ("গ্রাম: রামনগর, থানা: কাকদ্বীপ", "দক্ষিণ ২৪ পরগনা", "743347"),
    ("৪৫ কালীঘাট রোড, কলকাতা", "কলকাতা", "700026"),
    ("গ্রাম: বেলডাঙা, পোঃ বেলডাঙা", "মুর্শিদাবাদ", "742133"),
)
_BN_SCHEMES = ("লক্ষ্মীর ভান্ডার", "স্বাস্থ্য সাথী", "কৃষক বন্ধু", "লক্ষ্মীর ভান্ডার")
_SD_FAMILY = ("سومرو", "ميمڻ", "ڀٽو", "شيخ", "جتوئي", "مهر", "کوسو")
_SD_GIVEN_M = ("محمد عارف", "غلام مصطفیٰ", "علی حسن", "عبدالرزاق", "نثار احمد")
_SD_GIVEN_F = ("نسیم بانو", "رخسانہ", "شازیہ", "زرینہ", "صائمہ")
_SD_PLACES = (
    ("مکان نمبر 12، گلی 4، لیاری", "کراچی جنوبی", "42201"),
    ("فلیٹ B-7، گلشن اقبال بلاک 13", "کراچی شرقی", "42101"),
    ("محلہ قاسم آباد، فیز 2", "حیدرآباد", "41303"),
    ("گوٹھ اللہ بخش، تعلقہ رتوڈیرو", "لاڑکانہ", "43203"),
    ("مکان 33، نیو پنڈ", "سکھر", "45504"),
)
_NG_FAMILY = ("Adeyemi", "Ogunleye", "Bakare", "Okonkwo", "Balogun", "Adebayo", "Olawale")
_NG_GIVEN_M = ("Oluwaseun", "Babatunde", "Chinedu", "Adewale", "Ibrahim", "Tunde")
_NG_GIVEN_F = ("Folasade", "Adunni", "Ngozi", "Omolara", "Aisha", "Bukola")
_NG_PLACES = (
    ("14, Adeniran Ogunsanya Street", "Surulere", "Surulere"),
    ("Block 5, Flat 3, Jakande Estate", "Isolo", "Oshodi-Isolo"),
    ("22B, Allen Avenue", "Ikeja", "Ikeja"),
    ("7, Okota Road", "Okota", "Amuwo-Odofin"),
    ("31, Ikorodu Road", "Ketu", "Kosofe"),
    ("3, Aiyetoro Close", "Ajegunle", "Ajeromi-Ifelodun"),
)


def _place(p: Person, places: tuple[tuple[str, ...], ...], salt: int = 9) -> tuple[str, ...]:
    return places[int(p.bhxh) // salt % len(places)]


def _pair(p: Person, options: tuple[tuple[str, str], ...], salt: int) -> tuple[str, str]:
    """A pair picked as :func:`_pick` picks a string, so that a name and its code agree."""
    return options[(int(p.bhxh) // (salt * 11 + 1)) % len(options)]


def _relation(p: Person, salt: int) -> str:
    """How the other person of ``_other_vn(p, salt)`` is related, in keeping with their sex."""
    male = int(p.bhxh) // (salt + 1) % 2 == 0
    return _pick(p, _VN_REL_M if male else _VN_REL_F, salt)


def _diagnosis(p: Person) -> tuple[str, str]:
    """A diagnosis and its ICD-10 code; a man gets no obstetric one."""
    pair = _pair(p, _VN_DIAG, 2)
    return _VN_DIAG[0] if p.male and pair[1].startswith("O") else pair


def _vn_cccd_other(p: Person) -> str:
    """A relative's CCCD: a province, a century-and-sex digit, a two-digit year, a serial."""
    year = 1960 + _num(p, 40)
    return f"0{p.bhxh[7:9]}{int(p.bhxh[0]) % 2}{year % 100:02d}{p.bhxh[1:7]}"


def _higher(p: Person) -> str:
    return _pick(p, _VN_HIGHER, 3)


def _hamlet_address(p: Person) -> str:
    return ", ".join(_place(p, _VN_HAMLETS))


def _thesis(p: Person) -> str:
    return _pick(p, _VN_THESES, 2) + _pick(p, _VN_TOPICS, 3)


def _allowance(p: Person) -> str:
    """The monthly allowance: the coefficient times the 500,000 đồng base of Decree 20/2021."""
    coefficient = float(_pair(p, _VN_BTXH, 2)[1].replace(",", "."))
    return f"{int(coefficient * 500_000):,}".replace(",", ".")


def _curp(p: Person) -> str:
    """A Yucatecan CURP: four letters, the birth date, H or M, YN, three inner consonants, a
    digit (born before 2000) or letter, and the check digit (0-9 A-Z with Ñ, weights 18..2)."""
    paterno, materno = _letters(_pick(p, _MX_FAMILY, 2)), _letters(_pick(p, _MX_FAMILY, 3))
    given = _letters(_by_sex(p, _MX_GIVEN_M, _MX_GIVEN_F, 1))
    if given.startswith(("MARIA", "JOSE")) and len(given) > 5:
        given = given[4:] if given.startswith("JOSE") else given[5:]
    vowel = next((ch for ch in paterno[1:] if ch in "AEIOU"), "X")
    inner = "".join(next((c for c in w[1:] if c not in "AEIOU"), "X") for w in (paterno, materno))
    inner += next((c for c in given[1:] if c not in "AEIOU"), "X")
    serial = str(int(p.bhxh[0])) if p.birth.year < 2000 else "ABCDEFGHIJ"[int(p.bhxh[0])]
    head = f"{paterno[0]}{vowel}{materno[0]}{given[0]}{p.birth:%y%m%d}"
    head += ("H" if p.male else "M") + "YN" + inner + serial
    alphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    total = sum(alphabet.index(ch) * (18 - i) for i, ch in enumerate(head))
    return f"{head}{(10 - total % 10) % 10}"


def _cpf(p: Person) -> str:
    """A CPF ``123.456.789-09``: nine digits and two mod-11 digits (weights 10..2, 11..2)."""
    digits = [int(ch) for ch in p.bhxh[1:10]]
    if len(set(digits)) == 1:
        digits[0] = (digits[0] + 1) % 10
    for weight in (10, 11):
        rest = sum(d * w for d, w in zip(digits, range(weight, 1, -1), strict=True)) % 11
        digits.append(0 if rest < 2 else 11 - rest)
    s = "".join(str(d) for d in digits)
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def _cns(p: Person) -> str:
    """A definitive CNS (starts 1 or 2): eleven PIS digits, ``000`` or ``001`` and a digit making
    the weighted sum (15..1) divisible by 11, printed in groups of 3-4-4-4."""
    pis = f"{1 + int(p.bhxh[0]) % 2}{p.bhxh}"
    total = sum(int(ch) * (15 - i) for i, ch in enumerate(pis))
    dv = 11 - total % 11
    if dv == 11:
        dv = 0
    if dv == 10:
        total += 2
        dv = 11 - total % 11
        full = f"{pis}001{dv}"
    else:
        full = f"{pis}000{dv}"
    return f"{full[:3]} {full[3:7]} {full[7:11]} {full[11:]}"


_VERHOEFF_D = (
    "0123456789",
    "1234067895",
    "2340178956",
    "3401289567",
    "4012395678",
    "5987604321",
    "6598710432",
    "7659821043",
    "8765932104",
    "9876543210",
)
_VERHOEFF_P = (
    "0123456789",
    "1576283094",
    "5803796142",
    "8916043527",
    "9453127860",
    "4286573901",
    "2793806415",
    "7046913258",
)
_VERHOEFF_INV = "0432156789"


def _aadhaar(p: Person) -> str:
    """An Aadhaar ``2345 6789 0123``: eleven digits (the first 2-9) and the Verhoeff digit."""
    body = f"{2 + int(p.bhxh[0]) % 8}{p.bhxh[1:]}{p.phone[-1]}"
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = int(_VERHOEFF_D[c][int(_VERHOEFF_P[(i + 1) % 8][int(ch)])])
    full = body + _VERHOEFF_INV[c]
    return f"{full[:4]} {full[4:8]} {full[8:]}"


def _cnic(p: Person) -> str:
    """A CNIC ``42101-1234567-1``: the district code, a serial, an odd last digit for men and an
    even one for women."""
    last = int(p.bhxh[2]) // 2 * 2 + (1 if p.male else 0)
    return f"{_place(p, _SD_PLACES)[2]}-{p.bhxh[3:10]}-{last}"


def _nin(p: Person) -> str:
    """A Nigerian NIN: eleven digits with no public check digit."""
    return f"{2 + int(p.bhxh[0]) % 7}{p.bhxh}"


WRITERS_BLIND57: dict[str, Callable[[Person, Col], object]] = {
    "diag57": lambda p, c: _diagnosis(p)[0],
    "icd57": lambda p, c: _diagnosis(p)[1],
    "higher57": lambda p, c: _higher(p),
    "transfer_no57": lambda p, c: f"{_num(p, 900) + 10}/GCT-TTYT",
    "reason57": lambda p, c: _pick(p, _VN_REASON, 4),
    "transport57": lambda p, c: _pick(p, _VN_TRANSPORT, 5),
    "escort57": lambda p, c: _other_vn(p, 6),
    "escort_rel57": lambda p, c: _relation(p, 6),
    "escort_id57": lambda p, c: _vn_cccd_other(p),
    "escort_phone57": lambda p, c: _other_phone(p, "098"),
    "doctor57": lambda p, c: "BS. " + _other_vn(p, 8),
    "hamlet_addr57": lambda p, c: _hamlet_address(p),
    "hamlet57": lambda p, c: _place(p, _VN_HAMLETS)[0],
    "cattle57": lambda p, c: str(_num(p, 12)),
    "buffalo57": lambda p, c: str(_num(p, 5) - 1),
    "vaccine57": lambda p, c: _pick(p, _VN_VACCINE, 3),
    "doses57": lambda p, c: str(_num(p, 12) + _num(p, 5) - 1),
    "eartag57": lambda p, c: f"ND-{p.bhxh[-6:]}",
    "vet57": lambda p, c: _pick(p, _VN_VETS, 4),
    "fee57": lambda p, c: f"{(_num(p, 14) + 1) * 15_000:,}".replace(",", "."),
    "ncs_code57": lambda p, c: f"NCS{p.bhxh[-2:]}.{p.bhxh[2:6]}",
    "birthplace57": lambda p, c: _pick(p, ("Hà Nội", "Thanh Hóa", "Nghệ An", "Cần Thơ"), 5),
    "field57": lambda p, c: _pair(p, _VN_FIELDS, 2)[0],
    "field_code57": lambda p, c: _pair(p, _VN_FIELDS, 2)[1],
    "thesis57": lambda p, c: _thesis(p),
    "supervisor57": lambda p, c: _pick(p, _VN_TITLES, 3) + " " + _other_vn(p, 4),
    "cosupervisor57": lambda p, c: (
        "" if int(p.bhxh) % 3 == 0 else "TS. " + _other_vn(p, 7, None, "Phạm")
    ),
    "employer57": lambda p, c: _pick(p, _VN_EMPLOYERS, 6),
    "cohort57": lambda p, c: f"K{_num(p, 6) + 38} ({2019 + _num(p, 6)})",
    "decision57": lambda p, c: f"{_num(p, 4000) + 100}/QĐ-ĐHQG",
    "thesis_state57": lambda p, c: _pick(
        p, ("Đang học", "Đã bảo vệ cấp cơ sở", "Gia hạn lần 1", "Đang học", "Tạm dừng"), 4
    ),
    "btxh_kind57": lambda p, c: _pair(p, _VN_BTXH, 2)[0],
    "coef57": lambda p, c: _pair(p, _VN_BTXH, 2)[1],
    "allowance57": lambda p, c: _allowance(p),
    "tdp57": lambda p, c: f"TDP số {_num(p, 18)}",
    "carer57": lambda p, c: _other_vn(p, 3),
    "carer_rel57": lambda p, c: _relation(p, 3),
    "carer_id57": lambda p, c: _vn_cccd_other(p),
    "carer_phone57": lambda p, c: _other_phone(p, "086"),
    "payment57": lambda p, c: _pick(p, _VN_PAYMENT, 4),
    "account57": lambda p, c: f"{_pick(p, _VN_BANKS, 5)} {p.bhxh[::-1]}{p.bhxh[3:6]}",
    "curp_mx57": lambda p, c: _curp(p),
    "mx_pat57": lambda p, c: _pick(p, _MX_FAMILY, 2),
    "mx_mat57": lambda p, c: _pick(p, _MX_FAMILY, 3),
    "mx_given57": lambda p, c: _by_sex(p, _MX_GIVEN_M, _MX_GIVEN_F, 1),
    "sex_mx57": lambda p, c: "H" if p.male else "M",
    "street_mx57": lambda p, c: _place(p, _MX_PLACES)[0],
    "cp_mx57": lambda p, c: _place(p, _MX_PLACES)[1],
    "mun_mx57": lambda p, c: _place(p, _MX_PLACES)[2],
    "phone_mx57": lambda p, c: f"999 {p.phone[3:6]} {p.phone[6:10]}",
    "lang_mx57": lambda p, c: _pick(p, ("Maya", "Maya / Español", "Español", "Maya"), 4),
    "program_mx57": lambda p, c: _pick(
        p, ("Pensión Adultos Mayores", "Sembrando Vida", "Becas Benito Juárez"), 5
    ),
    "promotor_mx57": lambda p, c: f"{_pick(p, _MX_GIVEN_F, 6)} {_pick(p, _MX_FAMILY, 7)}",
    "cpf_br57": lambda p, c: _cpf(p),
    "cns_br57": lambda p, c: _cns(p),
    "br_name57": lambda p, c: (
        f"{_by_sex(p, _BR_GIVEN_M, _BR_GIVEN_F, 1)} {_pick(p, _BR_FAMILY, 2)}"
    ),
    "br_mother57": lambda p, c: f"{_pick(p, _BR_GIVEN_F, 4)} {_pick(p, _BR_FAMILY, 3)}",
    "sex_br57": lambda p, c: "Masculino" if p.male else "Feminino",
    "street_br57": lambda p, c: _place(p, _BR_PLACES)[0],
    "bairro_br57": lambda p, c: _place(p, _BR_PLACES)[1],
    "cep_br57": lambda p, c: _place(p, _BR_PLACES)[2],
    "mun_br57": lambda p, c: _place(p, _BR_PLACES)[3],
    "phone_br57": lambda p, c: f"(92) 9{p.phone[3:7]}-{p.phone[7:10]}{p.bhxh[-1]}",
    "ubs_br57": lambda p, c: _pick(p, _BR_UBS, 5),
    "acs_br57": lambda p, c: f"ACS {_pick(p, _BR_GIVEN_F, 6)}",
    "aadhaar_in57": lambda p, c: _aadhaar(p),
    "epic_in57": lambda p, c: f"{_pick(p, ('WBX', 'ZXQ', 'NPR', 'KRS'), 3)}{p.bhxh[::-1][:7]}",
    "bn_name57": lambda p, c: (
        f"{_by_sex(p, _BN_GIVEN_M, _BN_GIVEN_F, 1)} {_pick(p, _BN_FAMILY, 2)}"
    ),
    "bn_father57": lambda p, c: f"{_pick(p, _BN_GIVEN_M, 4)} {_pick(p, _BN_FAMILY, 2)}",
    "sex_in57": lambda p, c: "পুরুষ" if p.male else "মহিলা",
    "street_in57": lambda p, c: _place(p, _BN_PLACES)[0],
    "dist_in57": lambda p, c: _place(p, _BN_PLACES)[1],
    "pin_in57": lambda p, c: _place(p, _BN_PLACES)[2],
    "phone_in57": lambda p, c: f"9{p.phone[3]}{p.phone[4:10]}{p.bhxh[-2:]}",
    "scheme_in57": lambda p, c: _pick(p, _BN_SCHEMES, 5),
    "bank_in57": lambda p, c: f"SBIN000{p.bhxh[-4:]}",
    "cnic_pk57": lambda p, c: _cnic(p),
    "sd_name57": lambda p, c: (
        f"{_by_sex(p, _SD_GIVEN_M, _SD_GIVEN_F, 1)} {_pick(p, _SD_FAMILY, 2)}"
    ),
    "sd_father57": lambda p, c: f"{_pick(p, _SD_GIVEN_M, 4)} {_pick(p, _SD_FAMILY, 2)}",
    "sex_pk57": lambda p, c: "مرد" if p.male else "عورت",
    "street_pk57": lambda p, c: _place(p, _SD_PLACES)[0],
    "dist_pk57": lambda p, c: _place(p, _SD_PLACES)[1],
    "phone_pk57": lambda p, c: f"03{int(p.phone[3]) % 5}{p.phone[4]}-{p.phone[5:10]}{p.bhxh[-2:]}",
    "bisp_pk57": lambda p, c: f"{_num(p, 9)} / 10",
    "form_pk57": lambda p, c: f"NSER-{p.bhxh[2:9]}",
    "nin_ng57": lambda p, c: _nin(p),
    "ng_family57": lambda p, c: _pick(p, _NG_FAMILY, 2),
    "ng_given57": lambda p, c: _by_sex(p, _NG_GIVEN_M, _NG_GIVEN_F, 1),
    "ng_middle57": lambda p, c: _by_sex(p, _NG_GIVEN_M, _NG_GIVEN_F, 3),
    "sex_ng57": lambda p, c: "M" if p.male else "F",
    "street_ng57": lambda p, c: _place(p, _NG_PLACES)[0],
    "town_ng57": lambda p, c: _place(p, _NG_PLACES)[1],
    "lga_ng57": lambda p, c: _place(p, _NG_PLACES)[2],
    "phone_ng57": lambda p, c: (
        f"0{'789'[int(p.bhxh) % 3]}0{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}{p.bhxh[-1]}"
    ),
    "nok_ng57": lambda p, c: f"{_pick(p, _NG_GIVEN_F, 5)} {_pick(p, _NG_FAMILY, 2)}",
    "nok_phone_ng57": lambda p, c: f"0803{p.bhxh[::-1][:7]}",
    "state_ng57": lambda p, c: "Lagos",
    "plan_ng57": lambda p, c: _pick(p, ("Ilera Eko Individual", "Ilera Eko Family", "Equity"), 4),
    "uf_br57": lambda p, c: "AM",
}
