"""How the people of the forty-fifth part of the outside corpus (**blind 45**,
:mod:`lienthong.quality._corpus_blind45`) are written: four Vietnamese files' own columns (the
address before and after the 2025 merger of administrative units, a kindergarten teacher's
certificates and school, a cyclo or tricycle driver's vehicle and cooperative, a methadone
patient's clinic and dose) and Swedish, Dutch, Chilean, Saudi and Uzbek names, addresses, phones
and identity numbers in the forms their cards show (the personnummer's Luhn digit, the BSN's
11-check, the RUT's mod-11 digit that may be K, the Saudi ID's or iqama's Luhn digit, the PINFL's
7-3-1 digit), and a Saudi birth date in the Hijri calendar for citizens."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

#: (old ward, old district, new ward) of Hồ Chí Minh City before and after 1 July 2025
_VN_MERGER = (
    ("Phường 2", "Quận 5", "Phường Chợ Quán"),
    ("Phường 4", "Quận 3", "Phường Bàn Cờ"),
    ("Phường Bến Nghé", "Quận 1", "Phường Sài Gòn"),
    ("Phường 7", "Quận Gò Vấp", "Phường Hạnh Thông"),
    ("Phường 13", "Quận Bình Thạnh", "Phường Bình Lợi Trung"),
    ("Xã Tân Thông Hội", "Huyện Củ Chi", "Xã Tân An Hội"),
    ("Phường Tân Phú", "Quận 7", "Phường Tân Mỹ"),
)
_VN_CHANNEL = ("Trực tiếp tại phường", "Qua VNeID", "Cổng DVC quốc gia", "Tổ dân phố thu hộ")
_VN_STATUS = ("Đã cập nhật", "Đang xử lý", "Chờ bổ sung giấy tờ", "Đã cập nhật")
_VN_DEGREES = ("Cao đẳng SP Mầm non", "Đại học GD Mầm non", "Trung cấp SP Mầm non")
_VN_CERTS = (
    "CC bồi dưỡng CDNN GVMN hạng III",
    "CC Nghiệp vụ sư phạm",
    "CC Tin học cơ bản, Tiếng Anh A2",
    "CC Sơ cấp cứu trẻ em",
)
_VN_SCHOOLS = (
    ("Trường MN tư thục Hoa Mai", "25 Cao Thắng, Phường Bàn Cờ, TP. Hồ Chí Minh"),
    ("Trường MN tư thục Ngôi Sao Nhỏ", "102 Phan Xích Long, Phường Cầu Kiệu, TP. Hồ Chí Minh"),
    ("Trường MN tư thục Sen Hồng", "7 Đường số 3, Phường Bình Trị Đông, TP. Hồ Chí Minh"),
    ("Nhóm trẻ độc lập Bé Ngoan", "18/4 Lê Văn Thọ, Phường An Hội Tây, TP. Hồ Chí Minh"),
)
_VN_VEHICLES = ("Xích lô", "Xe ba bánh chở hàng", "Xích lô du lịch", "Xe lôi", "Xe ba bánh")
_VN_COOPS = ("HTX Xích lô Du lịch Sài Gòn", "HTX Vận tải Bến Thành", "HTX DV Xích lô Chợ Lớn")
_VN_CLINICS = (
    "Cơ sở điều trị Methadone Quận 6",
    "Cơ sở điều trị Methadone Bình Thạnh",
    "Điểm cấp phát thuốc TTYT Quận 8",
    "Cơ sở điều trị Methadone Thủ Đức",
)
_SE_FAMILY = ("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Lindström", "Åberg")
_SE_GIVEN_M = ("Lars", "Björn", "Anders", "Per-Olof", "Mikael", "Göran", "Sven")
_SE_GIVEN_F = ("Anna", "Märta", "Karin", "Ingrid", "Åsa", "Birgitta", "Linnéa")
_SE_PLACES = (
    ("Storgatan 12 B", "111 51", "Stockholm"),
    ("Västra Hamngatan 8", "411 17", "Göteborg"),
    ("Södra Förstadsgatan 44 lgh 1102", "211 43", "Malmö"),
    ("Kungsängsvägen 3", "753 23", "Uppsala"),
    ("Östra Ågatan 19", "753 22", "Uppsala"),
)
_NL_FAMILY = ("Jansen", "Bakker", "Visser", "Smit", "Meijer", "Dijkstra", "Mulder")
_NL_TUSSEN = ("", "de", "van", "van der", "", "van den", "")
_NL_GIVEN_M = ("Johannes Petrus", "Daan", "Sander", "Willem", "Pieter Jan", "Thijs")
_NL_GIVEN_F = ("Maria Johanna", "Sanne", "Femke", "Anouk", "Geertruida", "Lotte")
_NL_PLACES = (
    ("Kerkstraat 14", "1017 GC", "Amsterdam"),
    ("Oudegracht 231-bis", "3511 NL", "Utrecht"),
    ("Coolsingel 40", "3011 AD", "Rotterdam"),
    ("Herestraat 9a", "9711 LA", "Groningen"),
    ("Stratumseind 2", "5611 ET", "Eindhoven"),
)
_CL_FAMILY = ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva")
_CL_GIVEN_M = ("Juan Pablo", "Matías", "Cristóbal", "Felipe Andrés", "Sebastián")
_CL_GIVEN_F = ("María Fernanda", "Javiera", "Constanza", "Catalina", "Francisca Belén")
_CL_PLACES = (
    ("Av. Providencia 1234, depto 56", "Providencia", "Metropolitana de Santiago"),
    ("Pasaje Los Aromos 345", "Puente Alto", "Metropolitana de Santiago"),
    ("Calle Esmeralda 876", "Valparaíso", "Valparaíso"),
    ("Av. O'Higgins 1500, block C", "Concepción", "Biobío"),
    ("Los Carrera 220", "Temuco", "La Araucanía"),
)
_SA_FAMILY = ("العتيبي", "القحطاني", "الشهري", "الغامدي", "الدوسري", "الزهراني", "الحربي")
_SA_GIVEN_M = ("محمد", "عبدالله", "فهد", "سلطان", "خالد", "تركي", "عبدالرحمن")
_SA_GIVEN_F = ("نورة", "سارة", "هيفاء", "ريم", "منيرة", "لطيفة", "العنود")
_SA_FATHERS = ("سعد", "ناصر", "عبدالعزيز", "إبراهيم", "سليمان", "علي")
_SA_PLACES = (
    ("الرياض", "حي النرجس"),
    ("جدة", "حي الروضة"),
    ("الدمام", "حي الفيصلية"),
    ("مكة المكرمة", "حي العزيزية"),
    ("المدينة المنورة", "حي قباء"),
)
_SA_NATIONS = ("مصري", "يمني", "باكستاني", "هندي", "سوداني")
_UZ_FAMILY = ("Karimov", "Rahimov", "Yusupov", "Tursunov", "Abdullayev", "Ergashev", "Nazarov")
_UZ_GIVEN_M = ("Akmal", "Jasur", "Sherzod", "Otabek", "Dilshod", "Bobur", "Ulug'bek")
_UZ_GIVEN_F = ("Dilnoza", "Gulnora", "Nodira", "Malika", "Zarina", "Shahnoza", "Mohira")
_UZ_PLACES = (
    ("Bunyodkor ko'chasi, 12-uy, 34-xonadon", "Chilonzor tumani", "Toshkent shahri"),
    ("Mustaqillik ko'chasi, 5-uy", "Samarqand shahri", "Samarqand viloyati"),
    ("Navoiy ko'chasi, 48-uy", "Buxoro shahri", "Buxoro viloyati"),
    ("Qo'qon ko'chasi, 17-uy, 3-xonadon", "Farg'ona shahri", "Farg'ona viloyati"),
    ("Yunusobod 4-mavze, 21-uy, 9-xonadon", "Yunusobod tumani", "Toshkent shahri"),
)


def _merger(p: Person) -> tuple[str, str, str]:
    return _VN_MERGER[int(p.bhxh) // 7 % len(_VN_MERGER)]


def _old_address(p: Person) -> str:
    ward, district, _ = _merger(p)
    return f"{p.street}, {ward}, {district}, TP. Hồ Chí Minh"


def _new_address(p: Person) -> str:
    return f"{p.street}, {_merger(p)[2]}, TP. Hồ Chí Minh"


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 9 % len(places)]


def _personnummer(p: Person) -> str:
    """A Swedish personnummer ``YYMMDD-NNNC``: the birth date, a serial whose last digit is odd
    for men and even for women, and the Luhn digit over the ten."""
    serial = int(p.bhxh[:2])
    last = int(p.bhxh[2]) // 2 * 2 + (1 if p.male else 0)
    full = _luhn(f"{p.birth:%y%m%d}{serial:02d}{last}")
    return f"{full[:6]}-{full[6:]}"


def _bsn(p: Person) -> str:
    """A Dutch BSN: nine digits with ``sum(d_i * (9..2)) - d_9`` divisible by 11."""
    head = [int(p.bhxh[0]) % 6 + 1] + [int(ch) for ch in p.bhxh[1:8]]
    for bump in range(10):
        digits = [*head[:7], (head[7] + bump) % 10]
        check = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True)) % 11
        if check < 10:
            return "".join(str(d) for d in digits) + str(check)
    return "111222333"


def _rut(p: Person) -> str:
    """A Chilean RUN ``12.345.678-K``: the number and its mod-11 digit (10 reads K)."""
    body = 7_000_000 + int(p.bhxh[:8]) % 19_000_000
    total = sum(int(ch) * (2 + i % 6) for i, ch in enumerate(reversed(str(body))))
    check = 11 - total % 11
    digit = "0" if check == 11 else "K" if check == 10 else str(check)
    return f"{body:,}".replace(",", ".") + f"-{digit}"


def _saudi_id(p: Person) -> str:
    """A Saudi national ID (first digit 1) or iqama (2): ten digits, the last the Luhn digit."""
    return _luhn(f"{1 if int(p.bhxh) % 3 else 2}{p.bhxh[1:9]}")


def _hijri(d: date) -> tuple[int, int, int]:
    """``d`` in the tabular Hijri calendar (within a day or two of Umm al-Qura)."""
    jd = d.toordinal() + 1_721_425
    l_ = jd - 1_948_440 + 10_632
    n = (l_ - 1) // 10_631
    l_ = l_ - 10_631 * n + 354
    j = ((10_985 - l_) // 5_316) * ((50 * l_) // 17_719) + (l_ // 5_670) * ((43 * l_) // 15_238)
    l_ = l_ - ((30 - j) // 15) * ((17_719 * j) // 50) - (j // 16) * ((15_238 * j) // 43) + 29
    m = (24 * l_) // 709
    day = l_ - (709 * m) // 24
    return 30 * n + j - 30, m, day


def _saudi_birth(p: Person) -> str:
    """A citizen's birth date in Hijri as Absher prints it (``1405/03/12``); a resident's in
    Gregorian (``12/06/1985``)."""
    if _saudi_id(p).startswith("1"):
        y, m, d = _hijri(p.birth)
        return f"{y}/{m:02d}/{d:02d}"
    return f"{p.birth:%d/%m/%Y}"


def _pinfl(p: Person) -> str:
    """An Uzbek PINFL: century-and-sex digit, DDMMYY, district, serial, the 7-3-1 check digit."""
    lead = (3 if p.birth.year < 2000 else 5) + (0 if p.male else 1)
    head = f"{lead}{p.birth:%d%m%y}{p.bhxh[:3]}{p.bhxh[3:6]}"
    check = sum(int(ch) * (7, 3, 1)[i % 3] for i, ch in enumerate(head)) % 10
    return f"{head}{check}"


WRITERS_BLIND45: dict[str, Callable[[Person, Col], object]] = {
    "old_addr45": lambda p, c: _old_address(p),
    "new_addr45": lambda p, c: _new_address(p),
    "new_ward45": lambda p, c: _merger(p)[2],
    "channel45": lambda p, c: _pick(p, _VN_CHANNEL, 2),
    "officer45": lambda p, c: _other_vn(p, 4),
    "status45": lambda p, c: _pick(p, _VN_STATUS, 3),
    "dossier45": lambda p, c: f"HS-{p.bhxh[-5:]}/2025",
    "degree45": lambda p, c: _pick(p, _VN_DEGREES, 2),
    "cert45": lambda p, c: _pick(p, _VN_CERTS, 3),
    "certno45": lambda p, c: f"{_num(p, 900) + 100}/CC-BD{p.bhxh[-4:]}",
    "school45": lambda p, c: _place(p, _VN_SCHOOLS)[0],
    "school_addr45": lambda p, c: _place(p, _VN_SCHOOLS)[1],
    "principal45": lambda p, c: _other_vn(p, 6, False),
    "class45": lambda p, c: _pick(p, ("Nhà trẻ 24-36 th", "Mầm 3-4 tuổi", "Chồi", "Lá"), 4),
    "salary45": lambda p, c: f"{(_num(p, 30) + 55) * 100_000:,}".replace(",", "."),
    "vehicle45": lambda p, c: _pick(p, _VN_VEHICLES, 2),
    "plate45": lambda p, c: f"XL-{p.bhxh[-4:]}" if int(p.bhxh) % 2 else f"59-T1 {p.bhxh[-5:]}",
    "coop45": lambda p, c: _pick(p, _VN_COOPS, 3),
    "coop_head45": lambda p, c: _other_vn(p, 5, True),
    "badge45": lambda p, c: f"TH{p.bhxh[:6]}",
    "area45": lambda p, c: _pick(p, ("Chợ Bến Thành", "Phố đi bộ Nguyễn Huệ", "Chợ Lớn"), 4),
    "patient45": lambda p, c: f"MMT-{p.bhxh[2:8]}",
    "clinic45": lambda p, c: _pick(p, _VN_CLINICS, 2),
    "dose45": lambda p, c: str((_num(p, 24) + 2) * 5),
    "relative45": lambda p, c: _other_vn(p, 7),
    "rel_phone45": lambda p, c: _other_phone(p, "091"),
    "stage45": lambda p, c: _pick(p, ("Dò liều", "Duy trì", "Giảm liều", "Duy trì"), 3),
    "pnr_se45": lambda p, c: _personnummer(p),
    "se_family45": lambda p, c: _pick(p, _SE_FAMILY, 2),
    "se_given45": lambda p, c: _by_sex(p, _SE_GIVEN_M, _SE_GIVEN_F, 1),
    "sex_se45": lambda p, c: "Man" if p.male else "Kvinna",
    "street_se45": lambda p, c: _place(p, _SE_PLACES)[0],
    "postnr_se45": lambda p, c: _place(p, _SE_PLACES)[1],
    "ort_se45": lambda p, c: _place(p, _SE_PLACES)[2],
    "phone_se45": lambda p, c: f"070-{p.phone[3:6]} {p.phone[6:8]} {p.phone[8:10]}",
    "kin_se45": lambda p, c: f"{_by_sex(p, _SE_GIVEN_F, _SE_GIVEN_M, 5)} {_pick(p, _SE_FAMILY, 6)}",
    "officer_se45": lambda p, c: _pick(p, ("Eva Holm", "Jonas Berg", "Sofia Ek"), 4),
    "insats_se45": lambda p, c: _pick(p, ("Hemtjänst", "Trygghetslarm", "Matdistribution"), 3),
    "bsn_nl45": lambda p, c: _bsn(p),
    "nl_family45": lambda p, c: _pick(p, _NL_FAMILY, 2),
    "nl_tussen45": lambda p, c: _pick(p, _NL_TUSSEN, 3),
    "nl_given45": lambda p, c: _by_sex(p, _NL_GIVEN_M, _NL_GIVEN_F, 1),
    "sex_nl45": lambda p, c: "Man" if p.male else "Vrouw",
    "street_nl45": lambda p, c: _place(p, _NL_PLACES)[0],
    "pc_nl45": lambda p, c: _place(p, _NL_PLACES)[1],
    "wp_nl45": lambda p, c: _place(p, _NL_PLACES)[2],
    "phone_nl45": lambda p, c: f"06-{p.phone[2:10]}",
    "insurer_nl45": lambda p, c: _pick(p, ("Zilveren Kruis", "CZ", "VGZ", "Menzis"), 4),
    "contact_nl45": lambda p, c: f"dhr. {_pick(p, _NL_FAMILY, 5)} (zoon)",
    "voorziening_nl45": lambda p, c: _pick(
        p, ("Huishoudelijke hulp", "Scootmobiel", "Traplift"), 6
    ),
    "rut_cl45": lambda p, c: _rut(p),
    "cl_given45": lambda p, c: _by_sex(p, _CL_GIVEN_M, _CL_GIVEN_F, 1),
    "cl_pat45": lambda p, c: _pick(p, _CL_FAMILY, 2),
    "cl_mat45": lambda p, c: _pick(p, _CL_FAMILY, 3),
    "sex_cl45": lambda p, c: "Masculino" if p.male else "Femenino",
    "street_cl45": lambda p, c: _place(p, _CL_PLACES)[0],
    "comuna_cl45": lambda p, c: _place(p, _CL_PLACES)[1],
    "region_cl45": lambda p, c: _place(p, _CL_PLACES)[2],
    "phone_cl45": lambda p, c: f"+56 9 {p.phone[2:6]} {p.phone[6:10]}",
    "prevision_cl45": lambda p, c: _pick(p, ("FONASA A", "FONASA B", "Isapre Colmena"), 4),
    "tramo_cl45": lambda p, c: _pick(p, ("40%", "50%", "60%", "70%", "90%"), 5),
    "id_sa45": lambda p, c: _saudi_id(p),
    "sa_given45": lambda p, c: _by_sex(p, _SA_GIVEN_M, _SA_GIVEN_F, 1),
    "sa_father45": lambda p, c: _pick(p, _SA_FATHERS, 3),
    "sa_grand45": lambda p, c: _pick(p, _SA_FATHERS, 4),
    "sa_family45": lambda p, c: _pick(p, _SA_FAMILY, 2),
    "birth_sa45": lambda p, c: _saudi_birth(p),
    "sex_sa45": lambda p, c: "ذكر" if p.male else "أنثى",
    "nation_sa45": lambda p, c: (
        "سعودي" if _saudi_id(p).startswith("1") else _pick(p, _SA_NATIONS, 5)
    ),
    "city_sa45": lambda p, c: _place(p, _SA_PLACES)[0],
    "hay_sa45": lambda p, c: _place(p, _SA_PLACES)[1],
    "phone_sa45": lambda p, c: f"05{p.phone[2:10]}",
    "sponsor_sa45": lambda p, c: (
        "" if _saudi_id(p).startswith("1") else f"مؤسسة {_pick(p, _SA_FAMILY, 6)} للمقاولات"
    ),
    "pinfl_uz45": lambda p, c: _pinfl(p),
    "uz_family45": lambda p, c: _pick(p, _UZ_FAMILY, 2) + ("" if p.male else "a"),
    "uz_given45": lambda p, c: _by_sex(p, _UZ_GIVEN_M, _UZ_GIVEN_F, 1),
    "uz_patr45": lambda p, c: f"{_pick(p, _UZ_GIVEN_M, 3)} {'o‘g‘li' if p.male else 'qizi'}",
    "sex_uz45": lambda p, c: "Erkak" if p.male else "Ayol",
    "passport_uz45": lambda p, c: f"A{'ABCD'[int(p.bhxh) % 4]} {p.bhxh[-7:]}",
    "street_uz45": lambda p, c: _place(p, _UZ_PLACES)[0],
    "tuman_uz45": lambda p, c: _place(p, _UZ_PLACES)[1],
    "viloyat_uz45": lambda p, c: _place(p, _UZ_PLACES)[2],
    "phone_uz45": lambda p, c: (
        f"+998 9{p.phone[3]} {p.phone[4:7]} {p.phone[7:9]} {p.phone[9]}{p.bhxh[-1]}"
    ),
    "mahalla_uz45": lambda p, c: f"{_pick(p, ('Navro‘z', 'Do‘stlik', 'Bog‘ishamol'), 4)} MFY",
    "mahalla_head45": lambda p, c: f"{_pick(p, _UZ_GIVEN_M, 6)} {_pick(p, _UZ_FAMILY, 5)}",
}
