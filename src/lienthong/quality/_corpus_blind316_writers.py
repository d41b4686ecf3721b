"""How the people of the three-hundred-and-sixteenth part of the outside corpus (**blind 316**,
:mod:`lienthong.quality._corpus_blind316`) are written: four Vietnamese utility and telecom
files' own columns (an electricity customer code and meter, the former contract holder, a water
account's quota by household members, an internet subscription handed to a new holder, a SIM's
biometric check) and Pakistani, Kenyan, Peruvian, Polish and Indonesian customers as their
operators keep them (the CNIC with its sex digit, a Kenyan ID beside a KRA PIN and a P.O. Box, a
Cálidda account with the premises apart from the billing address, a PESEL with its check digit
beside an 18-digit PPE, a PLN prepaid IDPEL and meter beside the NIK)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_blind41_writers import _cnic, _dni, _pesel
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind209_writers import _nik

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_PAPERS = (
    "GCN QSDĐ, QSH nhà ở số CS {n}",
    "Hợp đồng mua bán nhà công chứng số {n}",
    "Văn bản thừa kế số {n}/VBTK",
    "Sổ hồng số {n}",
)
_VN_EVN_STATUS = ("Đã ký HĐ mới", "Chờ khảo sát", "Thiếu giấy tờ sở hữu", "Đã ký HĐ mới")
_VN_PURPOSE = ("Sinh hoạt", "Sinh hoạt", "Kinh doanh", "Sinh hoạt bậc thang")
_VN_WATER_BRANCH = (
    "CN Cấp nước Chợ Lớn",
    "CN Cấp nước Gia Định",
    "CN Cấp nước Tân Hòa",
    "CN Cấp nước Thủ Đức",
)
_VN_PLANS = ("Home 1 - 150Mbps", "Home 2 - 300Mbps", "Combo Net+TV 300", "Super 500Mbps")
_VN_REASONS = ("Mua lại nhà", "Chuyển nhượng cho người thân", "Chủ cũ đi nước ngoài", "Bán nhà")
_VN_NETWORKS = ("Viettel", "Vinaphone", "Mobifone", "Viettel")
_VN_MATCH = ("Khớp", "Sai ngày sinh", "Khớp", "Sai số giấy tờ", "Chưa xác thực")
_VN_CHANNEL = ("Ứng dụng My Viettel", "Cửa hàng giao dịch", "Ứng dụng VNeID", "My VNPT")
_PK_FATHERS = ("Muhammad Aslam", "Ghulam Rasool", "Abdul Majeed", "Muhammad Yousaf", "Iqbal Khan")
_PK_FAMILY = ("Khan", "Ahmed", "Hussain", "Butt", "Qureshi", "Malik", "Chaudhry")
_PK_GIVEN_M = ("Muhammad Imran", "Ali Raza", "Usman", "Bilal Ahmed", "Waqas", "Hamza")
_PK_GIVEN_F = ("Ayesha", "Fatima Bibi", "Sana", "Rabia", "Nazia", "Maryam")
_PK_PLACES = (
    ("House No. 45, Street 7, Sector G-9/2, Islamabad", "Islamabad"),
    ("Mohalla Islampura, Gali No. 3, Gujranwala", "Gujranwala"),
    ("Flat 12, Block B, Gulshan-e-Iqbal, Karachi", "Karachi East"),
    ("Village Shah Alam, P.O. Mardan, Tehsil Takht Bhai", "Mardan"),
    ("House 221-C, Model Town, Lahore", "Lahore"),
)
_PK_OPERATORS = ("Jazz", "Zong", "Telenor", "Ufone")
_KE_FAMILY = ("Otieno", "Wanjiku", "Mwangi", "Kamau", "Ochieng", "Njoroge", "Kiptoo", "Akinyi")
_KE_GIVEN_M = ("John", "Peter", "Brian", "Kevin", "Joseph", "Dennis")
_KE_GIVEN_F = ("Mary", "Grace", "Faith", "Mercy", "Esther", "Lucy")
_KE_PREMISES = (
    ("Hse No. 14, Kileleshwa, Othaya Rd", "Kileleshwa", "L.R. 1/1234"),
    ("Block 7 Flat 3, Buruburu Phase 2", "Buruburu", "L.R. 36/VII/221"),
    ("Plot 88, Kahawa West, Jacaranda Ave", "Kahawa West", "Nbi/Block 104/88"),
    ("Umoja Innercore, Hse 402", "Umoja", "L.R. 209/7/402"),
    ("South B, Mukoma Rd, Hse 19", "South B", "L.R. 209/12345"),
)
_KE_POSTAL = ("00100 Nairobi", "00200 City Square", "00606 Sarit Centre", "00515 Buruburu")
_PE_FAMILY = ("Quispe", "Flores", "Huamán", "Rojas", "Mamani", "Chávez", "Ramírez", "Torres")
_PE_GIVEN_M = ("José Luis", "Luis Alberto", "Carlos", "Juan Carlos", "Miguel Ángel")
_PE_GIVEN_F = ("Rosa María", "Carmen", "Ana Lucía", "Milagros", "Gladys")
_PE_PLACES = (
    ("Av. Los Próceres 1450, Urb. Santa Rosa", "San Juan de Lurigancho"),
    ("Jr. Huamachuco 312, Dpto. 401", "Jesús María"),
    ("Mz. K Lt. 12, A.H. Virgen de Lourdes", "Villa María del Triunfo"),
    ("Calle Los Pinos 178", "Los Olivos"),
    ("Av. Universitaria 5230, Int. 5", "Comas"),
)
_PE_BILLING = ("", "", "Av. Arequipa 2450, Of. 302, Lince", "", "Calle Alcanfores 560, Miraflores")
_PL_FAMILY_M = ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski")
_PL_FAMILY_F = ("Nowak", "Kowalska", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowska")
_PL_GIVEN_M = ("Piotr", "Krzysztof", "Tomasz", "Paweł", "Marek", "Grzegorz")
_PL_GIVEN_F = ("Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa")
_PL_PLACES = (
    ("ul. Piotrkowska 104 m. 7", "90-006", "Łódź"),
    ("ul. Długa 5/12", "80-827", "Gdańsk"),
    ("os. Tysiąclecia 38/4", "31-609", "Kraków"),
    ("ul. Świętokrzyska 20 lok. 3", "00-002", "Warszawa"),
    ("ul. Kościuszki 9", "40-049", "Katowice"),
)
_PL_TARIFF = ("G11", "G12", "G12w", "G11", "C11")
_ID_FAMILY = ("Santoso", "Wijaya", "Saputra", "Hidayat", "Lestari", "Kurniawan", "Siregar")
_ID_GIVEN_M = ("Budi", "Agus", "Andi", "Rizky", "Dedi", "Eko")
_ID_GIVEN_F = ("Siti", "Dewi", "Sri Wahyuni", "Ratna", "Nurul", "Indah")
_ID_PLACES = (
    ("Jl. Kaliurang Km 5 Gg. Pandega No. 12, RT 04/RW 09", "Caturtunggal", "Depok", "340404"),
    ("Jl. Raya Darmo Permai II No. 7, RT 02/RW 05", "Pradah Kalikendal", "Dukuh Pakis", "357825"),
    ("Perum Griya Asri Blok C-15, RT 06/RW 11", "Sukamaju", "Cilodong", "327608"),
    ("Jl. Sisingamangaraja No. 88, RT 01/RW 03", "Teladan Barat", "Medan Kota", "127105"),
    ("Dusun Krajan, RT 03/RW 01", "Sumberejo", "Banyuputih", "351205"),
)
_ID_POWER = ("R1/900 VA", "R1/1300 VA", "R1/2200 VA", "R1M/900 VA", "B1/3500 VA")


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 13 % len(places)]


def _evn_code(p: Person) -> str:
    """An EVNHCMC customer code: ``PE`` and the power company's digits, then a serial."""
    return f"PE{_pick(p, ('01', '04', '06', '09', '13'), 2)}000{p.bhxh[2:9]}"


def _former_holder(p: Person) -> str:
    return _other_vn(p, 3, None, _pick(p, ("Trần", "Lê", "Phạm", "Huỳnh", "Võ"), 5))


def _kra_pin(p: Person) -> str:
    return f"A00{p.bhxh[1:8]}{'ABCDEFGHJKLMNPQRSTUVWXYZ'[int(p.bhxh) % 24]}"


def _ppe(p: Person) -> str:
    """A Polish PPE (punkt poboru energii) number: 18 digits from the operator's 590 prefix."""
    return f"590543{p.bhxh[:10]}{int(p.bhxh[-2:]) % 90 + 10}"


def _idpel(p: Person) -> str:
    return f"{_pick(p, ('51', '53', '14', '32', '17'), 3)}{p.bhxh}"


WRITERS_BLIND316: dict[str, Callable[[Person, Col], object]] = {
    "evn_code316": lambda p, c: _evn_code(p),
    "former_holder316": lambda p, c: _former_holder(p),
    "meter_vn316": lambda p, c: f"{_pick(p, ('EMEC', 'GELEX', 'HHM'), 4)}-{p.bhxh[-8:]}",
    "paper316": lambda p, c: _pick(p, _VN_PAPERS, 3).format(n=f"{_num(p, 90000):05d}"),
    "reading316": lambda p, c: str(_num(p, 48000) + 1200),
    "purpose316": lambda p, c: _pick(p, _VN_PURPOSE, 6),
    "evn_status316": lambda p, c: _pick(p, _VN_EVN_STATUS, 7),
    "danhbo316": lambda p, c: f"{p.bhxh[:2]} {p.bhxh[2:5]} {p.bhxh[5:]}",
    "members316": lambda p, c: str(_num(p, 7) + 1),
    "quota316": lambda p, c: str((_num(p, 7) + 1) * 4),
    "kt_card316": lambda p, c: f"Sổ tạm trú số {p.bhxh[-6:]}" if int(p.bhxh) % 4 == 0 else "",
    "branch316": lambda p, c: _pick(p, _VN_WATER_BRANCH, 2),
    "period316": lambda p, c: f"Kỳ {_num(p, 12)}/2025",
    "contract316": lambda p, c: f"HĐ{p.bhxh[-7:]}/FTTH",
    "login316": lambda p, c: f"hcmfdl-{p.bhxh[-6:]}",
    "old_holder316": lambda p, c: _former_holder(p),
    "old_cccd316": lambda p, c: _cccd_of(p, int(p.bhxh) % 2 == 0, 1955 + int(p.bhxh) % 40),
    "plan316": lambda p, c: _pick(p, _VN_PLANS, 3),
    "reason316": lambda p, c: _pick(p, _VN_REASONS, 4),
    "install_addr316": lambda p, c: p.address,
    "msisdn316": lambda p, c: f"84{p.phone[1:]}",
    "network316": lambda p, c: _pick(p, _VN_NETWORKS, 2),
    "subtype316": lambda p, c: _pick(p, ("Trả trước", "Trả sau", "Trả trước"), 3),
    "issuer316": lambda p, c: "Cục CS QLHC về TTXH",
    "match316": lambda p, c: _pick(p, _VN_MATCH, 4),
    "channel316": lambda p, c: _pick(p, _VN_CHANNEL, 5),
    "sims316": lambda p, c: str(_num(p, 4)),
    "cnic_pk316": lambda p, c: _cnic(p),
    "pk_name316": lambda p, c: (
        f"{_by_sex(p, _PK_GIVEN_M, _PK_GIVEN_F, 1)} {_pick(p, _PK_FAMILY, 2)}"
    ),
    "pk_father316": lambda p, c: _pick(p, _PK_FATHERS, 3),
    "sex_pk316": lambda p, c: "Male" if p.male else "Female",
    "addr_pk316": lambda p, c: _place(p, _PK_PLACES)[0],
    "district_pk316": lambda p, c: _place(p, _PK_PLACES)[1],
    "msisdn_pk316": lambda p, c: f"03{p.phone[3:5]}-{p.phone[5:10]}{p.bhxh[-2:]}",
    "operator_pk316": lambda p, c: _pick(p, _PK_OPERATORS, 4),
    "iccid_pk316": lambda p, c: f"8992{p.bhxh}{p.bhxh[:5]}",
    "franchise_pk316": lambda p, c: f"FR-{_pick(p, ('LHR', 'KHI', 'ISB', 'MRD'), 5)}-{p.bhxh[:4]}",
    "expiry_pk316": lambda p, c: f"{_shift_date(p.other_date, 7 + int(p.bhxh) % 4):%d-%m-%Y}",
    "bvs_pk316": lambda p, c: f"BVS{p.bhxh[::-1]}",
    "ke_id316": lambda p, c: f"{int(p.bhxh[:8]) % 38_000_000 + 1_000_000}",
    "kra_ke316": lambda p, c: _kra_pin(p),
    "ke_name316": lambda p, c: (
        f"{_by_sex(p, _KE_GIVEN_M, _KE_GIVEN_F, 1)} {_pick(p, _KE_FAMILY, 2)}"
    ),
    "premises_ke316": lambda p, c: _place(p, _KE_PREMISES)[0],
    "estate_ke316": lambda p, c: _place(p, _KE_PREMISES)[1],
    "plot_ke316": lambda p, c: _place(p, _KE_PREMISES)[2],
    "box_ke316": lambda p, c: f"P.O. Box {_num(p, 9000) + 100}-{_pick(p, _KE_POSTAL, 3)}",
    "account_ke316": lambda p, c: f"{p.bhxh[1:9]}",
    "meter_ke316": lambda p, c: f"{_pick(p, ('SEN', 'ITR', 'ZEN'), 4)}{p.bhxh[-8:]}",
    "phone_ke316": lambda p, c: f"+254 7{p.phone[3:5]} {p.phone[5:8]} {p.phone[8:10]}{p.bhxh[0]}",
    "deposit_ke316": lambda p, c: f"{(_num(p, 8) + 2) * 1000:,}",
    "sewer_ke316": lambda p, c: _pick(p, ("Yes", "No", "Yes"), 5),
    "dni_pe316": lambda p, c: _dni(p),
    "pe_given316": lambda p, c: _by_sex(p, _PE_GIVEN_M, _PE_GIVEN_F, 1),
    "pe_pat316": lambda p, c: _pick(p, _PE_FAMILY, 2),
    "pe_mat316": lambda p, c: _pick(p, _PE_FAMILY, 3),
    "predio_pe316": lambda p, c: _place(p, _PE_PLACES)[0],
    "distrito_pe316": lambda p, c: _place(p, _PE_PLACES)[1],
    "billing_pe316": lambda p, c: _pick(p, _PE_BILLING, 4),
    "phone_pe316": lambda p, c: f"9{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "cuenta_pe316": lambda p, c: f"{p.bhxh[:9]}",
    "category_pe316": lambda p, c: _pick(p, ("Residencial A1", "Residencial A2", "Comercial B"), 5),
    "bonogas_pe316": lambda p, c: _pick(p, ("Sí", "No", "No"), 6),
    "pesel_pl316": lambda p, c: _pesel(p),
    "pl_given316": lambda p, c: _by_sex(p, _PL_GIVEN_M, _PL_GIVEN_F, 1),
    "pl_family316": lambda p, c: _by_sex(p, _PL_FAMILY_M, _PL_FAMILY_F, 2),
    "street_pl316": lambda p, c: _place(p, _PL_PLACES)[0],
    "kod_pl316": lambda p, c: _place(p, _PL_PLACES)[1],
    "city_pl316": lambda p, c: _place(p, _PL_PLACES)[2],
    "corr_pl316": lambda p, c: (
        "" if int(p.bhxh) % 3 else f"skr. poczt. {_num(p, 400)}, 00-950 Warszawa 1"
    ),
    "ppe_pl316": lambda p, c: _ppe(p),
    "licznik_pl316": lambda p, c: f"{p.bhxh[2:10]}",
    "tariff_pl316": lambda p, c: _pick(p, _PL_TARIFF, 3),
    "phone_pl316": lambda p, c: (
        f"+48 {'5678'[int(p.bhxh) % 4]}{p.phone[3:5]} {p.phone[5:8]} {p.phone[8:10]}{p.bhxh[1]}"
    ),
    "nik_id316": lambda p, c: _nik(p, _place(p, _ID_PLACES)[3]),
    "id_name316": lambda p, c: (
        f"{_by_sex(p, _ID_GIVEN_M, _ID_GIVEN_F, 1)} {_pick(p, _ID_FAMILY, 2)}".upper()
    ),
    "jl_id316": lambda p, c: _place(p, _ID_PLACES)[0],
    "kel_id316": lambda p, c: _place(p, _ID_PLACES)[1],
    "kec_id316": lambda p, c: _place(p, _ID_PLACES)[2],
    "idpel316": lambda p, c: _idpel(p),
    "meter_id316": lambda p, c: f"{_pick(p, ('14', '32', '45', '56'), 4)}{p.bhxh[1:10]}",
    "daya_id316": lambda p, c: _pick(p, _ID_POWER, 5),
    "hp_id316": lambda p, c: f"08{p.phone[2:4]}-{p.phone[4:8]}-{p.phone[8:10]}{p.bhxh[3]}",
    "penghuni_id316": lambda p, c: _pick(p, ("Pemilik", "Penyewa", "Pemilik", "Kontrak"), 6),
    "contact_phone316": lambda p, c: _other_phone(p, "090"),
}
