"""How the people of the three-hundred-and-fifth part of the outside corpus (**blind 305**,
:mod:`lienthong.quality._corpus_blind305`) are written: four Vietnamese housing and land files'
own columns (a land-use certificate re-issued after the merger of communes, a sitting tenant
buying a state-owned flat, a household paid rent while it waits for a ring-road resettlement
plot, an officer registering for armed forces housing) and the names, ids, places and phones of
Nairobi, Zapopan, Lyon, Mumbai and Jakarta in the forms their registers show (the CURP's last
digit is its weighted check, the Aadhaar's its Verhoeff digit, the NIK carries the birth day
plus 40 for a woman)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick, _verhoeff
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: land-use certificates re-issued after the merger of communes ------------------------
_VN_GCN_SERIES = ("CS", "CT", "DA", "DĐ", "BX", "CH")
_VN_PLOTS = (
    ("Thôn Đông", "xã Tân An (cũ)", "xã Tân Phước"),
    ("Ấp 3", "xã Phước Hiệp (cũ)", "xã Phước Hiệp"),
    ("Khu phố 2", "phường Tân Định (cũ)", "phường Tân Định"),
    ("Ấp Bàu Sim", "xã Trung Lập Hạ (cũ)", "xã An Nhơn Tây"),
    ("Tổ 5", "thị trấn Củ Chi (cũ)", "xã Củ Chi"),
)
_VN_GCN_PURPOSE = ("ONT+CLN", "ODT", "LUC", "ONT", "CLN", "ODT+BHK")
_VN_GCN_STATUS = ("Đã trả kết quả", "Đang xử lý", "Chờ bổ sung", "Đã trả kết quả", "Đã ký GCN")
# -- Vietnam: sitting tenants buying state-owned flats -------------------------------------------
_VN_OLD_FLATS = (
    "Căn 12, lầu 3, lô B cư xá Thanh Đa, P. Bình Quới",
    "P.204 lô C chung cư Nguyễn Thiện Thuật, P. Bàn Cờ",
    "Căn 5, lô A cư xá Bắc Hải, P. Diên Hồng",
    "P.318 lô 2 chung cư Ngô Gia Tự, P. Vườn Lài",
    "Căn 2-09 chung cư Thanh Đa, P. Bình Quới",
)
_VN_FLAT_CONTRACT = ("HĐ 125/HĐTN", "HĐ số 0457/2019", "HĐ 88/QLN", "HĐTN 1204", "HĐ 306/HĐ-TN")
_VN_FLAT_STATUS = ("Đủ ĐK bán", "Đủ ĐK bán", "Chờ xác định giá", "Thiếu giấy tờ", "Đã ký HĐMB")
# -- Vietnam: rent while waiting for a resettlement plot (Ring Road 3) ---------------------------
_VN_RR_SITES = (
    "Thửa 152 tờ 7 P. Thạnh Mỹ Lợi",
    "Thửa 88 tờ 21 P. Long Trường",
    "Thửa 310 tờ 4 xã Bình Hưng",
)
_VN_RR_PLOTS = (
    "Lô A3-12 KTĐC Long Trường",
    "Chưa bố trí",
    "Lô B1-07 KTĐC Bình Khánh",
    "Chưa bố trí",
)
# -- Vietnam: armed forces housing -----------------------------------------------------------------
_VN_UNITS = (
    "Phòng PC06 CA tỉnh",
    "Lữ đoàn 101",
    "Bộ CHQS tỉnh",
    "CA phường Tân Định",
    "Trung đoàn 9",
)
_VN_RANKS = ("Thượng úy", "Đại úy", "Thiếu tá", "Trung tá", "Trung úy", "Thượng sĩ")
_VN_AF_PROJECTS = ("NOLLVT Phường Hiệp Bình", "Dự án NOXH CA tỉnh - Lô C2", "Khu NO QĐ7")
_VN_AF_STATUS = ("Đủ điều kiện", "Đủ điều kiện", "Chưa xác nhận thu nhập", "Đã có nhà ở")

# -- Kenya: Nairobi City County rental estates ----------------------------------------------------
_KE_FAMILY = ("Otieno", "Kamau", "Wanjiku", "Ouma", "Kiprotich", "Mwende", "Njoroge", "Atieno")
_KE_GIVEN_M = ("Brian", "Joseph", "Dennis", "Samuel", "Patrick", "Hassan")
_KE_GIVEN_F = ("Faith", "Mercy", "Grace", "Esther", "Lilian", "Zawadi")
_KE_ESTATES = (
    ("Kaloleni Estate", "Makadara", "Block 14"),
    ("Makongeni Estate", "Makadara", "Block 6"),
    ("Bahati Estate", "Makadara", "Block 3"),
    ("Jericho Estate", "Embakasi West", "Block 22"),
    ("Ofafa Maringo", "Makadara", "Block 9"),
    ("Shauri Moyo", "Kamukunji", "Block 2"),
)
_KE_RENT = (1500, 2300, 3100, 4500)
_KE_STATUS = ("Occupied", "Occupied", "In arrears", "Notice issued", "Sublet (under review)")
# -- Mexico: Zapopan property tax roll ------------------------------------------------------------
_MX_FAMILY = ("GONZÁLEZ", "HERNÁNDEZ", "LÓPEZ", "MARTÍNEZ", "RAMÍREZ", "PÉREZ", "ÁVILA", "NÚÑEZ")
_MX_GIVEN_M = ("JOSÉ LUIS", "JUAN CARLOS", "MIGUEL ÁNGEL", "JESÚS", "FRANCISCO JAVIER")
_MX_GIVEN_F = ("MARÍA GUADALUPE", "ROSA ELENA", "ANA LAURA", "VERÓNICA", "MARTHA ALICIA")
_MX_COLONIAS = (
    ("Col. Las Águilas", "45080", "Zapopan", "JC"),
    ("Fracc. Ciudad Granja", "45010", "Zapopan", "JC"),
    ("Col. Santa María del Pueblito", "45018", "Zapopan", "JC"),
    ("Col. Americana", "44160", "Guadalajara", "JC"),
    ("Col. Jardines del Sol", "45050", "Zapopan", "JC"),
)
_MX_STREETS = ("Av. Guadalupe", "Calle Pino", "Av. Patria", "Calle Hidalgo", "Calle Tulipán")
_MX_USE = ("Habitacional", "Habitacional", "Baldío", "Comercial", "Habitacional")
_MX_CURP_STATES = ("JC", "JC", "DF", "MN", "ZS", "NT")
_CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
# -- France: social housing applicants (Lyon) -----------------------------------------------------
_FR_FAMILY = ("MARTIN", "BENSAÏD", "DUPONT", "NGUYEN", "DIALLO", "GIRAUD", "BOUVIER", "HADDAD")
_FR_GIVEN_M = ("Yanis", "Thomas", "Mamadou", "Éric", "Rachid", "Julien")
_FR_GIVEN_F = ("Sophie", "Aïcha", "Camille", "Hélène", "Fatoumata", "Élodie")
_FR_HOMES = (
    ("12 rue Paul Bert", "69003", "LYON 3E ARRONDISSEMENT"),
    ("4 avenue Jean Jaurès", "69200", "VÉNISSIEUX"),
    ("27 boulevard Émile Zola", "69600", "OULLINS-PIERRE-BÉNITE"),
    ("8 place Lazare Goujon", "69100", "VILLEURBANNE"),
    ("135 cours Émile Zola", "69100", "VILLEURBANNE"),
    ("3 rue de la Poudrette", "69120", "VAULX-EN-VELIN"),
)
_FR_WISHED = ("Lyon 7e, Lyon 8e", "Villeurbanne", "Vénissieux, Saint-Fons", "Lyon 3e", "Bron")
_FR_TYPES = ("T2", "T3", "T3", "T4", "T1 bis", "T5")
_FR_MOTIFS = ("Logement trop petit", "Sans logement", "Divorce, séparation", "Loyer trop cher")
_FR_STATUS = ("Active", "Active", "Renouvelée", "Proposée en CAL", "Radiée (non-renouvellement)")
# -- India: SRA annexure-II (Mumbai slum rehabilitation) ------------------------------------------
_IN_NAMES_M = (
    "Ramesh Sakharam Jadhav",
    "Mohd. Salim Shaikh",
    "Santosh Pandurang More",
    "Raju Yadav",
)
_IN_NAMES_F = ("Sunita Ramesh Jadhav", "Shabana Salim Shaikh", "Lata Vasant Kamble", "Meena Devi")
_IN_FATHERS = ("Sakharam Jadhav", "Abdul Rashid Shaikh", "Pandurang More", "Ramdeo Yadav")
_IN_SLUMS = (
    ("Kranti Nagar", "Kurla (W)", "CTS No. 247/A"),
    ("Bhim Nagar", "Ghatkopar (W)", "CTS No. 112 pt"),
    ("Indira Nagar", "Bandra (E)", "CTS No. 630/1"),
    ("Shivaji Nagar", "Govandi", "CTS No. 58/B"),
)
_IN_ELIGIBLE = (
    "Eligible",
    "Eligible",
    "Not eligible (post-2011)",
    "Eligible (commercial)",
    "Pending",
)
_IN_TRANSIT = ("Transit camp Mahul, Bldg 4", "Rent paid (self-arranged)", "Transit camp Chembur")
# -- Indonesia: rusunawa tenants (DKI Jakarta) ----------------------------------------------------
_ID_NAMES_M = ("AHMAD FAUZI", "SUPRIYADI", "MUHAMMAD IQBAL", "BAMBANG SUTRISNO", "ROHMAT HIDAYAT")
_ID_NAMES_F = ("SITI NURHALIZA", "SRI MULYANI", "DEWI LESTARI", "NURHAYATI", "YULIANA PUTRI")
_ID_HOMES = (
    ("JL. KAMPUNG PULO RT 005 RW 003", "KAMPUNG MELAYU", "JATINEGARA", "317506", "JAKARTA TIMUR"),
    ("JL. BUKIT DURI TANJAKAN RT 011 RW 012", "BUKIT DURI", "TEBET", "317401", "JAKARTA SELATAN"),
    ("KP. AKUARIUM RT 012 RW 004", "PENJARINGAN", "PENJARINGAN", "317201", "JAKARTA UTARA"),
    ("JL. PETAMBURAN V RT 003 RW 007", "PETAMBURAN", "TANAH ABANG", "317302", "JAKARTA PUSAT"),
)
_ID_RUSUN = (
    "Rusunawa Jatinegara Barat",
    "Rusunawa Rawa Bebek",
    "Rusunawa Marunda",
    "Rusunawa Pasar Rumput",
)
_ID_JOBS = ("PEDAGANG", "BURUH HARIAN LEPAS", "MENGURUS RUMAH TANGGA", "KARYAWAN SWASTA", "OJEK")
_ID_STATUS = ("AKTIF", "AKTIF", "TUNGGAKAN", "SP-1", "SP-2")


def _day305(p: Person, start: date, span: int) -> date:
    return start + timedelta(days=int(p.bhxh[-5:]) % span)


def _ke_id(p: Person) -> str:
    return f"{2 + int(p.bhxh[:1]) % 3}{p.bhxh[-7:]}"


def _ke_phone(p: Person) -> str:
    lead = _pick(p, ("+254 712", "0722", "0733", "0745", "+254 791", "0110"), 3)
    return f"{lead} {p.bhxh[-6:-3]} {p.bhxh[-3:]}"


def _ke_estate(p: Person) -> tuple[str, str, str]:
    return _KE_ESTATES[_num(p, 97) % len(_KE_ESTATES)]


def _mx_name(p: Person, salt: int = 0) -> str:
    given = _by_sex(p, _MX_GIVEN_M, _MX_GIVEN_F, salt)
    return f"{given} {_pick(p, _MX_FAMILY, salt + 1)} {_pick(p, _MX_FAMILY, salt + 4)}"


def _curp(p: Person) -> str:
    """A CURP of the person's birth date and sex, its 18th character the weighted mod-10 check."""
    fam1, fam2 = _pick(p, _MX_FAMILY, 1), _pick(p, _MX_FAMILY, 4)
    given = _by_sex(p, _MX_GIVEN_M, _MX_GIVEN_F)
    plain = str.maketrans("ÁÉÍÓÚ", "AEIOU")
    f1, f2, g = fam1.translate(plain), fam2.translate(plain), given.translate(plain)
    vowel = next((c for c in f1[1:] if c in "AEIOU"), "X")
    cons = [next((c for c in w[1:] if c.isalpha() and c not in "AEIOU"), "X") for w in (f1, f2, g)]
    head = f"{f1[0]}{vowel}{f2[0]}{g[0]}{p.birth:%y%m%d}{'H' if p.male else 'M'}"
    body = (
        f"{head}{_pick(p, _MX_CURP_STATES, 2)}{''.join(cons)}{'0' if p.birth.year < 2000 else 'A'}"
    )
    total = sum(_CURP_CHARS.index(c) * (18 - i) for i, c in enumerate(body))
    return f"{body}{(10 - total % 10) % 10}"


def _mx_home(p: Person) -> tuple[str, str, str, str]:
    return _MX_COLONIAS[_num(p, 89) % len(_MX_COLONIAS)]


def _mx_plot(p: Person) -> tuple[str, str, str, str]:
    return _MX_COLONIAS[(_num(p, 89) + int(p.bhxh[0]) % 3) % len(_MX_COLONIAS)]


def _fr_home(p: Person) -> tuple[str, str, str]:
    return _FR_HOMES[_num(p, 83) % len(_FR_HOMES)]


def _fr_phone(p: Person) -> str:
    d = p.bhxh
    return f"0{_pick(p, ('6', '7', '4'), 5)} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:9]}"


def _in_slum(p: Person) -> tuple[str, str, str]:
    return _IN_SLUMS[_num(p, 79) % len(_IN_SLUMS)]


def _id_home(p: Person) -> tuple[str, str, str, str, str]:
    return _ID_HOMES[_num(p, 71) % len(_ID_HOMES)]


def _nik305(p: Person) -> str:
    day = p.birth.day + (0 if p.male else 40)
    return f"{_id_home(p)[3]}{day:02d}{p.birth:%m%y}{p.bhxh[-4:]}"


WRITERS_BLIND305: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: land-use certificate re-issued after the merger
    "gcn_seri305": lambda p, c: f"{_pick(p, _VN_GCN_SERIES)} {p.bhxh[-6:]}",
    "gcn_book305": lambda p, c: f"CH{p.bhxh[2:7]}",
    "gcn_sheet305": lambda p, c: _num(p, 43),
    "gcn_plot305": lambda p, c: _num(p, 611),
    "gcn_area305": lambda p, c: f"{_num(p, 900) + 60},{p.bhxh[-1]}",
    "gcn_purpose305": lambda p, c: _pick(p, _VN_GCN_PURPOSE, 2),
    "gcn_old305": lambda p, c: ", ".join(_VN_PLOTS[_num(p, 61) % 5][:2]),
    "gcn_new305": lambda p, c: ", ".join(_VN_PLOTS[_num(p, 61) % 5][::2]),
    "gcn_status305": lambda p, c: _pick(p, _VN_GCN_STATUS, 3),
    # Vietnam: sitting tenants buying state-owned flats
    "flat_addr305": lambda p, c: _pick(p, _VN_OLD_FLATS),
    "flat_contract305": lambda p, c: _pick(p, _VN_FLAT_CONTRACT, 2),
    "flat_area305": lambda p, c: f"{18 + _num(p, 40)}.{p.bhxh[-2]}",
    "flat_since305": lambda p, c: 1975 + _num(p, 30),
    "flat_price305": lambda p, c: f"{(_num(p, 400) + 150) * 1_000_000:,}".replace(",", "."),
    "flat_status305": lambda p, c: _pick(p, _VN_FLAT_STATUS, 4),
    # Vietnam: rent while waiting for resettlement
    "rr_site305": lambda p, c: _pick(p, _VN_RR_SITES, 2),
    "rr_decision305": lambda p, c: f"{_num(p, 900)}/QĐ-UBND",
    "rr_people305": lambda p, c: 1 + _num(p, 6),
    "rr_months305": lambda p, c: 6 * (1 + _num(p, 4)),
    "rr_money305": lambda p, c: f"{(3 + _num(p, 4)) * 1_500_000}",
    "rr_plot305": lambda p, c: _pick(p, _VN_RR_PLOTS, 3),
    "rr_account305": lambda p, c: (
        f"{_pick(p, ('Agribank', 'Vietcombank', 'BIDV'), 5)} {p.bhxh[::-1]}"
    ),
    # Vietnam: armed forces housing
    "af_unit305": lambda p, c: _pick(p, _VN_UNITS),
    "af_rank305": lambda p, c: _pick(p, _VN_RANKS, 2),
    "af_number305": lambda p, c: f"{p.bhxh[-6:]}-{p.bhxh[:2]}",
    "af_spouse305": lambda p, c: _other_vn(p, 7, not p.male),
    "af_income305": lambda p, c: f"{(_num(p, 14) + 9) * 1_000_000}",
    "af_project305": lambda p, c: _pick(p, _VN_AF_PROJECTS, 4),
    "af_status305": lambda p, c: _pick(p, _VN_AF_STATUS, 6),
    "af_confirm305": lambda p, c: _other_vn(p, 9, True),
    # Kenya: Nairobi county rental estates
    "ke_name305": lambda p, c: (
        f"{_by_sex(p, _KE_GIVEN_M, _KE_GIVEN_F)} {_pick(p, _KE_FAMILY, 2)}"
        f" {_pick(p, _KE_FAMILY, 5)}"
    ),
    "ke_id305": lambda p, c: _ke_id(p),
    "ke_pin305": lambda p, c: f"A{p.bhxh[1:10]}{'ABCDEFGHJKLMNPQRSTUVWXYZ'[int(p.bhxh) % 24]}",
    "ke_sex305": lambda p, c: "M" if p.male else "F",
    "ke_phone305": lambda p, c: _ke_phone(p),
    "ke_estate305": lambda p, c: _ke_estate(p)[0],
    "ke_house305": lambda p, c: f"{_ke_estate(p)[2]}/{_num(p, 48)}",
    "ke_ward305": lambda p, c: _ke_estate(p)[1],
    "ke_box305": lambda p, c: f"P.O. Box {_num(p, 9000) + 100}-00{_pick(p, ('100', '200', '506'))}",
    "ke_rent305": lambda p, c: _pick_rent(p),
    "ke_arrears305": lambda p, c: 0 if int(p.bhxh) % 3 else _pick_rent(p) * _num(p, 9),
    "ke_status305": lambda p, c: _pick(p, _KE_STATUS, 2),
    "ke_next305": lambda p, c: (
        f"{_pick(p, _KE_FAMILY, 7)} ({_pick(p, ('spouse', 'son', 'sister'))})"
    ),
    "ke_since305": lambda p, c: _day305(p, date(1998, 1, 1), 9000).strftime("%d/%m/%Y"),
    # Mexico: Zapopan property tax roll
    "mx_name305": lambda p, c: _mx_name(p),
    "mx_curp305": lambda p, c: _curp(p),
    "mx_rfc305": lambda p, c: f"{_curp(p)[:10]}{p.bhxh[-3:]}",
    "mx_account305": lambda p, c: f"{p.bhxh[:3]}-{p.bhxh[3:8]}",
    "mx_cadastral305": lambda p, c: f"D65I{p.bhxh[:4]}{p.bhxh[4:7]}00{p.bhxh[-2:]}",
    "mx_plot305": lambda p, c: (
        f"{_pick(p, _MX_STREETS, 3)} {_num(p, 2900)}, {_mx_plot(p)[0]}, {_mx_plot(p)[2]}"
    ),
    "mx_home305": lambda p, c: (
        f"{_pick(p, _MX_STREETS, 6)} #{_num(p, 1500)} Int. {_num(p, 9)}, {_mx_home(p)[0]}"
    ),
    "mx_town305": lambda p, c: _mx_home(p)[2],
    "mx_cp305": lambda p, c: _mx_home(p)[1],
    "mx_phone305": lambda p, c: f"33 {p.bhxh[1:5]} {p.bhxh[5:9]}",
    "mx_use305": lambda p, c: _pick(p, _MX_USE, 4),
    "mx_value305": lambda p, c: f"${(_num(p, 300) + 40) * 10_000:,}.00",
    "mx_paid305": lambda p, c: "PAGADO" if int(p.bhxh) % 4 else "ADEUDO 2024-2025",
    # France: social housing applicants
    "fr_family305": lambda p, c: _pick(p, _FR_FAMILY),
    "fr_used305": lambda p, c: "" if p.male or int(p.bhxh) % 2 else _pick(p, _FR_FAMILY, 6),
    "fr_given305": lambda p, c: _by_sex(p, _FR_GIVEN_M, _FR_GIVEN_F, 2),
    "fr_sex305": lambda p, c: "Monsieur" if p.male else "Madame",
    "fr_nud305": lambda p, c: f"069{p.bhxh[:2]}25{p.bhxh[2:10]}",
    "fr_street305": lambda p, c: _fr_home(p)[0],
    "fr_cp305": lambda p, c: _fr_home(p)[1],
    "fr_town305": lambda p, c: _fr_home(p)[2],
    "fr_phone305": lambda p, c: _fr_phone(p),
    "fr_caf305": lambda p, c: p.bhxh[-7:],
    "fr_household305": lambda p, c: 1 + _num(p, 6),
    "fr_income305": lambda p, c: f"{(_num(p, 40) + 5) * 1000} €",
    "fr_type305": lambda p, c: _pick(p, _FR_TYPES, 3),
    "fr_wish305": lambda p, c: _pick(p, _FR_WISHED, 4),
    "fr_motif305": lambda p, c: _pick(p, _FR_MOTIFS, 5),
    "fr_dalo305": lambda p, c: "Oui" if int(p.bhxh) % 7 == 0 else "Non",
    "fr_status305": lambda p, c: _pick(p, _FR_STATUS, 7),
    "fr_renew305": lambda p, c: _day305(p, date(2026, 1, 5), 360).strftime("%d/%m/%Y"),
    # India: SRA annexure-II
    "in_hut305": lambda p, c: f"{_in_slum(p)[0][:2].upper()}/{_num(p, 900)}",
    "in_name305": lambda p, c: _by_sex(p, _IN_NAMES_M, _IN_NAMES_F),
    "in_father305": lambda p, c: _pick(p, _IN_FATHERS, 2),
    "in_aadhaar305": lambda p, c: _aadhaar305(p),
    "in_sex305": lambda p, c: "पुरुष / Male" if p.male else "स्त्री / Female",
    "in_mobile305": lambda p, c: f"{_pick(p, ('98', '97', '88', '70', '93'))}{p.bhxh[-8:]}",
    "in_hut_addr305": lambda p, c: (
        f"Hut No. {_num(p, 900)}, {_in_slum(p)[0]}, {_in_slum(p)[1]},"
        f" Mumbai - 4000{_num(p, 98):02d}"
    ),
    "in_cts305": lambda p, c: _in_slum(p)[2],
    "in_area305": lambda p, c: f"{8 + _num(p, 30)}.{p.bhxh[-1]} sq.m",
    "in_proof305": lambda p, c: _pick(
        p, ("Electoral roll 2000", "Photopass 1995", "Electricity bill 2009")
    ),
    "in_eligible305": lambda p, c: _pick(p, _IN_ELIGIBLE, 3),
    "in_transit305": lambda p, c: _pick(p, _IN_TRANSIT, 4),
    "in_tenement305": lambda p, c: (
        f"Rehab Bldg {1 + _num(p, 4)}, Wing {_pick(p, ('A', 'B', 'C'))}, Flat {_num(p, 1400) + 101}"
    ),
    "in_survey305": lambda p, c: _day305(p, date(2023, 3, 1), 600).strftime("%d-%m-%Y"),
    # Indonesia: rusunawa tenants
    "id_name305": lambda p, c: _by_sex(p, _ID_NAMES_M, _ID_NAMES_F),
    "id_nik305": lambda p, c: _nik305(p),
    "id_kk305": lambda p, c: f"{_id_home(p)[3]}{p.other_date:%d%m%y}{p.bhxh[2:6]}",
    "id_sex305": lambda p, c: "LAKI-LAKI" if p.male else "PEREMPUAN",
    "id_birthplace305": lambda p, c: _pick(
        p, ("JAKARTA", "BREBES", "TEGAL", "KUNINGAN", "CIREBON")
    ),
    "id_ktp_addr305": lambda p, c: ", ".join((*_id_home(p)[:3], _id_home(p)[4])),
    "id_rusun305": lambda p, c: _pick(p, _ID_RUSUN, 2),
    "id_unit305": lambda p, c: (
        f"Blok {_pick(p, ('A', 'B', 'C'))} Lt. {1 + _num(p, 5)} No. {_num(p, 30):02d}"
    ),
    "id_phone305": lambda p, c: (
        f"08{_pick(p, ('12', '13', '21', '57', '77'))}-{p.bhxh[-8:-4]}-{p.bhxh[-4:]}"
    ),
    "id_job305": lambda p, c: _pick(p, _ID_JOBS, 3),
    "id_rent305": lambda p, c: f"Rp {_pick(p, ('300.000', '450.000', '525.000', '765.000'))}",
    "id_arrears305": lambda p, c: _num(p, 6) if int(p.bhxh) % 3 == 0 else 0,
    "id_contract305": lambda p, c: f"{p.bhxh[-4:]}/SP/UPRS-{_num(p, 9)}/2025",
    "id_status305": lambda p, c: _pick(p, _ID_STATUS, 4),
    "id_end305": lambda p, c: _safe_day(2027, p.other_date.month, p.other_date.day).strftime(
        "%d-%m-%Y"
    ),
    "vn_phone2_305": lambda p, c: _other_phone(p, "03"),
}


def _pick_rent(p: Person) -> int:
    return _KE_RENT[_num(p, 31) % len(_KE_RENT)]


def _aadhaar305(p: Person) -> str:
    d = _verhoeff(f"{2 + int(p.bhxh[0]) % 8}{p.bhxh[-10:]}")
    return f"{d[:4]} {d[4:8]} {d[8:]}"


__all__ = ["WRITERS_BLIND305"]
