"""How the people of the four-hundred-and-forty-eighth part of the outside corpus (**blind 448**,
:mod:`lienthong.quality._corpus_blind448`) are written: four Vietnamese files' own columns (a
commune's register of fish-pond owners, a list of fishermen given fuel support, a shrimp-farming
insurance list, a register of licensed fishing-gear holders) and Philippine, Indonesian,
Norwegian, Peruvian and Senegalese fishers' names, addresses, phones and numbers in the forms
their papers show (the PhilSys card number, the NIK, the fødselsnummer with its two mod-11
digits, the DNI, the Senegalese CNI)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind11_writers import _fodselsnummer
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind209_writers import _nik
from lienthong.quality._corpus_blind442_writers import _row

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]


def _words(text: str) -> _T:
    return tuple(text.split())


_VN_AP = ("ấp Phú Hòa", "ấp Tân Lập", "ấp Vàm Láng", "ấp Cây Gáo", "ấp Kinh Xáng", "ấp Bờ Xáng")
_VN_XA = (
    ("xã Tân Thuận", "tỉnh Cà Mau"),
    ("xã Đất Mũi", "tỉnh Cà Mau"),
    ("xã Vĩnh Hậu", "tỉnh Cà Mau"),
    ("xã Mỹ Thạnh", "tỉnh Vĩnh Long"),
    ("xã An Thủy", "tỉnh Vĩnh Long"),
)
_VN_COAST = (
    ("thôn Tân Mỹ", "xã Nhơn Hải", "tỉnh Gia Lai"),
    ("thôn Lý Hòa", "xã Hải Ninh", "tỉnh Quảng Trị"),
    ("khu phố 2", "phường Sa Huỳnh", "tỉnh Quảng Ngãi"),
    ("thôn Phước Thiện", "xã Phước Dinh", "tỉnh Khánh Hòa"),
    ("thôn An Hải", "xã Tam Hải", "tỉnh Đà Nẵng"),
)
_VN_FISH = ("Cá tra", "Cá rô phi", "Cá lóc", "Cá chép", "Cá trắm cỏ", "Tôm càng xanh")
_VN_FORM = ("Nuôi ao đất", "Nuôi lồng bè", "Nuôi ghép", "Nuôi thâm canh")
_VN_LAND = ("Đất NTTS - có GCN", "Đất thuê của xã", "Đất lúa chuyển đổi", "Chưa có GCN")
_VN_GEAR = ("Lưới rê trôi", "Lưới kéo đơn", "Câu tay", "Lưới vây", "Lồng bẫy", "Lưới chụp")
_VN_AREA = ("Vịnh Bắc Bộ", "Vùng lộng", "Vùng khơi", "Vùng ven bờ", "Hoàng Sa", "Trường Sa")
_VN_SHRIMP = ("Tôm thẻ chân trắng", "Tôm sú", "Tôm sú - lúa", "Tôm quảng canh cải tiến")
_VN_RISK = ("Dịch bệnh (đốm trắng, EMS)", "Thiên tai", "Dịch bệnh + thiên tai")
_VN_CLAIM = ("Chưa phát sinh", "Đã bồi thường", "Đang giám định", "Từ chối bồi thường")
_VN_BOATREG = ("BĐ", "QNg", "KH", "NT", "BT", "CM")

_PH_FAMILY: _T = _words(
    "Dela Cruz Santos Reyes Bautista Villanueva Mendoza Garcia Ramos Aquino Castillo Tolentino "
    "Fernandez Magbanua Dimaculangan Pacquiao Salazar"
)
_PH_GIVEN_M: _T = _words(
    "Jose Rodel Ariel Jun-Jun Rogelio Eduardo Danilo Mark Reynaldo Jomar Noel Efren Wilfredo"
)
_PH_GIVEN_F: _T = _words(
    "Maria Rosalie Marites Jocelyn Lorna Cristina Analyn Rowena Divina Gemma Liza Erlinda Nenita"
)
_PH_PLACE = (
    ("Brgy. Poblacion", "Bantayan", "Cebu"),
    ("Brgy. Sillon", "Bantayan", "Cebu"),
    ("Brgy. Bagumbayan", "Roxas City", "Capiz"),
    ("Brgy. Libertad", "Estancia", "Iloilo"),
    ("Brgy. Mabini", "Lucena City", "Quezon"),
    ("Brgy. San Roque", "Navotas City", "Metro Manila"),
)
_PH_LIVELIHOOD = ("Capture Fishing", "Aquaculture", "Fish Vending", "Fish Processing", "Gleaning")
_PH_GEAR = ("Hook and line", "Gill net", "Fish pot", "Ring net", "Spear gun")

_ID_FAMILY: _T = _words(
    "Saputra Wijaya Hidayat Setiawan Siregar Nainggolan Pattiasina Laode Daeng Manurung "
    "Lubis Rahman"
)
_ID_GIVEN_M: _T = _words("Ahmad Budi Hasan Rudi La Samsul Yusuf Andi Agus Jufri Arman Syamsuddin")
_ID_GIVEN_F: _T = _words(
    "Siti Nurhayati Wati Rahmawati Sri Dewi Fatimah Hasnah Ani Yuliana Rosmini"
)
_ID_PLACE = (
    ("Desa Muara Angke", "Kec. Penjaringan", "Kota Jakarta Utara", "317201"),
    ("Desa Tanjung Luar", "Kec. Keruak", "Kab. Lombok Timur", "520310"),
    ("Desa Bajo", "Kec. Soropia", "Kab. Konawe", "740208"),
    ("Desa Pasongsongan", "Kec. Pasongsongan", "Kab. Sumenep", "352907"),
    ("Desa Paotere", "Kec. Ujung Tanah", "Kota Makassar", "737106"),
)
_ID_GEAR = ("Pancing ulur", "Jaring insang", "Bagan tancap", "Bubu", "Pukat cincin")

_NO_FAMILY: _T = _words(
    "Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Pettersen "
    "Eriksen Berg Haugen Hagen Johnsen Jakobsen Nygaard Solberg Mikkelsen"
)
_NO_GIVEN_M: _T = _words("Ole Lars Knut Arne Per Jan Bjørn Svein Geir Tor Kjell Øyvind Rune Trond")
_NO_GIVEN_F: _T = _words("Anne Inger Kari Marit Ingrid Liv Randi Solveig Åse Hilde Tone Gunn Berit")
_NO_STREET = ("Havnegata", "Strandveien", "Fiskerveien", "Sjøgata", "Nordre Kai", "Brygga")
_NO_PLACE = (
    ("8300", "Svolvær", "Vågan"),
    ("8373", "Ballstad", "Vestvågøy"),
    ("9990", "Båtsfjord", "Båtsfjord"),
    ("6002", "Ålesund", "Ålesund"),
    ("9750", "Honningsvåg", "Nordkapp"),
    ("8370", "Leknes", "Vestvågøy"),
)
_NO_VESSEL = ("N", "F", "M", "T", "NT")

_PE_FAMILY: _T = _words(
    "Quispe Flores Sánchez Ramírez Chumpitaz Huamán Torres Mendoza Cruz Vílchez Purizaca Eca"
)
_PE_GIVEN_M = (
    "Juan", "José Luis", "Wilmer", "Segundo", "Víctor Raúl", "Teodoro", "Jhonny", "Santos",
    "Pedro Pablo", "Elmer", "Richard", "César Augusto", "Nilton", "Manuel Jesús",
)  # fmt: skip
_PE_GIVEN_F = (
    "María", "Rosa Elvira", "Juana", "Yolanda", "Marleni", "Gladys", "Carmen Rosa", "Elena",
    "Flor de María", "Nancy", "Milagros", "Ana Cecilia", "Lucía", "Betty",
)  # fmt: skip
_PE_PLACE = (
    ("Paita", "Paita", "Piura"),
    ("Sechura", "Sechura", "Piura"),
    ("Chimbote", "Santa", "Áncash"),
    ("San Andrés", "Pisco", "Ica"),
    ("Máncora", "Talara", "Piura"),
    ("Ilo", "Ilo", "Moquegua"),
)
_PE_STREET = ("Jr. Grau", "Av. La Marina", "Calle Bolognesi", "AA.HH. Nueva Esperanza Mz. C")
_PE_CALETA = ("DPA Paita", "Caleta Yacila", "DPA Pucusana", "Caleta San José", "DPA Ilo")
_PE_ARTE = ("Cortina", "Espinel", "Pinta", "Cerco artesanal", "Buceo")

_SN_FAMILY: _T = _words("Diop Ndiaye Fall Sarr Gueye Sow Faye Mbaye Seck Diouf Ba Thiam Cissé Sène")
_SN_GIVEN_M: _T = _words(
    "Mamadou Ousmane Cheikh Abdoulaye Modou Ibrahima Babacar Moussa Aliou Samba Pape Lamine"
)
_SN_GIVEN_F: _T = _words(
    "Fatou Aminata Aïssatou Mariama Khady Ndeye Awa Coumba Astou Sokhna Rokhaya Bineta"
)
_SN_PLACE = (
    ("Quartier Guet Ndar", "Commune de Saint-Louis"),
    ("Quartier Pikine Tally", "Commune de Pikine"),
    ("Quartier Hann Pêcheurs", "Commune de Hann Bel-Air"),
    ("Quartier Escale", "Commune de Mbour"),
    ("Quartier Tefess", "Commune de Joal-Fadiouth"),
    ("Quartier Soumbédioune", "Commune de Médina"),
)
_SN_QUAI = ("Quai de pêche de Mbour", "Quai de Joal", "Guet Ndar", "Hann", "Kayar", "Soumbédioune")


def _vn_home(p: Person) -> str:
    xa, tinh = _row(p, _VN_XA, 1)
    return f"Số {_num(p, 180)}, {_pick(p, _VN_AP, 2)}, {xa}, {tinh}"


def _coast(p: Person) -> str:
    thon, xa, tinh = _row(p, _VN_COAST, 3)
    return f"{_num(p, 95)}/{_num(p, 7)} {thon}, {xa}, {tinh}"


def _boat(p: Person) -> str:
    return f"{_pick(p, _VN_BOATREG, 4)}-{90000 + int(p.bhxh[-4:])}-TS"


def _ph(p: Person) -> _T:
    return _row(p, _PH_PLACE, 5)


def _philsys(p: Person) -> str:
    d = f"{p.bhxh}{p.bhxh[::-1][:6]}"
    return f"{d[:4]}-{d[4:8]}-{d[8:12]}-{d[12:16]}"


def _id_place(p: Person) -> _T:
    return _row(p, _ID_PLACE, 6)


def _pe(p: Person) -> _T:
    return _row(p, _PE_PLACE, 7)


def _pe_dni(p: Person) -> str:
    return f"{(int(p.bhxh[-8:]) % 40_000_000) + 10_000_000:08d}"


def _sn_cni(p: Person) -> str:
    """A Senegalese CNI: 1 or 2 for sex, the birth year's last digits, then a serial."""
    return f"{1 if p.male else 2}{p.birth:%y}{p.bhxh}"


_WRITERS: dict[str, Callable[[Person, Col], str]] = {
    # Viet Nam: fish ponds
    "pond_home448": lambda p, c: _vn_home(p),
    "pond_plot448": lambda p, c: f"Tờ {_num(p, 40)}, thửa {_num(p, 600)}",
    "pond_area448": lambda p, c: f"{_num(p, 90) * 100 + _num(p, 95)}",
    "pond_fish448": lambda p, c: _pick(p, _VN_FISH, 8),
    "pond_form448": lambda p, c: _pick(p, _VN_FORM, 9),
    "pond_land448": lambda p, c: _pick(p, _VN_LAND, 10),
    "pond_yield448": lambda p, c: f"{_num(p, 60) / 2:.1f}".replace(".", ","),
    # Viet Nam: fuel support
    "fuel_boat448": lambda p, c: _boat(p),
    "fuel_power448": lambda p, c: f"{_num(p, 80) * 10 + 90}",
    "fuel_owner448": lambda p, c: _other_vn(p, 11, male=True),
    "fuel_owner_cccd448": lambda p, c: f"0{p.bhxh[::-1]}{p.bhxh[-1]}",
    "fuel_trips448": lambda p, c: f"{_num(p, 12)}",
    "fuel_days448": lambda p, c: f"{_num(p, 200) + 20}",
    "fuel_money448": lambda p, c: f"{(_num(p, 300) + 50) * 100_000:,}".replace(",", "."),
    "fuel_coast448": lambda p, c: _coast(p),
    "fuel_sea448": lambda p, c: _pick(p, _VN_AREA, 12),
    "fuel_sign448": lambda p, c: "",
    # Viet Nam: shrimp insurance
    "shrimp_kind448": lambda p, c: _pick(p, _VN_SHRIMP, 13),
    "shrimp_area448": lambda p, c: f"{_num(p, 300) / 100:.2f}",
    "shrimp_policy448": lambda p, c: f"BV-NTTS/{p.other_date:%Y}/{p.bhxh[-6:]}",
    "shrimp_fee448": lambda p, c: f"{_num(p, 150) * 50_000}",
    "shrimp_support448": lambda p, c: _pick(p, ("90%", "70%", "20%", "Không")),
    "shrimp_risk448": lambda p, c: _pick(p, _VN_RISK, 14),
    "shrimp_claim448": lambda p, c: _pick(p, _VN_CLAIM, 15),
    "shrimp_end448": lambda p, c: f"{_shift_date(p.other_date, 1):%d/%m/%Y}",
    "shrimp_home448": lambda p, c: _vn_home(p),
    # Viet Nam: fishing gear licences
    "gear_licence448": lambda p, c: f"{_num(p, 900)}/{p.other_date:%Y}/GP-KTTS",
    "gear_kind448": lambda p, c: _pick(p, _VN_GEAR, 16),
    "gear_size448": lambda p, c: f"a={_num(p, 40) + 10} mm; L={_num(p, 90) * 50} m",
    "gear_boat448": lambda p, c: _boat(p),
    "gear_until448": lambda p, c: f"{_shift_date(p.other_date, 3):%d.%m.%Y}",
    "gear_coast448": lambda p, c: _coast(p),
    "gear_officer448": lambda p, c: _pick(p, ("Trần Văn Hải", "Lê Thị Thu", "Ngô Quang Vinh")),
    "gear_relative448": lambda p, c: _other_vn(p, 17),
    "gear_relphone448": lambda p, c: _other_phone(p, "03"),
    # Philippines
    "ph_family448": lambda p, c: _pick(p, _PH_FAMILY, 18),
    "ph_given448": lambda p, c: _by_sex(p, _PH_GIVEN_M, _PH_GIVEN_F, 19),
    "ph_middle448": lambda p, c: _pick(p, _PH_FAMILY, 20),
    "sex_ph448": lambda p, c: "Male" if p.male else "Female",
    "ph_psn448": lambda p, c: _philsys(p),
    "ph_brgy448": lambda p, c: _ph(p)[0],
    "ph_town448": lambda p, c: _ph(p)[1],
    "ph_prov448": lambda p, c: _ph(p)[2],
    "phone_ph448": lambda p, c: f"+63 9{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:]}",
    "ph_fishr448": lambda p, c: f"FR-{_num(p, 17):02d}{_num(p, 80):02d}-{p.bhxh[-6:]}",
    "ph_live448": lambda p, c: _pick(p, _PH_LIVELIHOOD, 21),
    "ph_gear448": lambda p, c: _pick(p, _PH_GEAR, 22),
    # Indonesia
    "id_nik448": lambda p, c: _nik(p, _id_place(p)[3]),
    "id_name448": lambda p, c: (
        f"{_by_sex(p, _ID_GIVEN_M, _ID_GIVEN_F, 23)} {_pick(p, _ID_FAMILY, 24)}".upper()
    ),
    "sex_id448": lambda p, c: "L" if p.male else "P",
    "id_born448": lambda p, c: _pick(p, ("Bima", "Sinjai", "Bulukumba", "Tegal", "Indramayu")),
    "id_addr448": lambda p, c: (
        f"RT {_num(p, 12):03d}/RW {_num(p, 9):03d}, {_id_place(p)[0]}, {_id_place(p)[1]}"
    ),
    "id_kab448": lambda p, c: _id_place(p)[2],
    "phone_id448": lambda p, c: f"08{p.phone[2:4]}-{p.phone[4:8]}-{p.phone[8:]}{p.bhxh[-2:]}",
    "id_kusuka448": lambda p, c: f"{_id_place(p)[3]}{p.other_date:%y}{p.bhxh[-7:]}",
    "id_gear448": lambda p, c: _pick(p, _ID_GEAR, 25),
    "id_boat448": lambda p, c: (
        f"KM. {_pick(p, ('Harapan', 'Sinar', 'Putra', 'Rezeki'))} {_num(p, 9)}"
    ),
    # Norway
    "no_fnr448": lambda p, c: _fodselsnummer(p),
    "no_family448": lambda p, c: _pick(p, _NO_FAMILY, 26),
    "no_given448": lambda p, c: _by_sex(p, _NO_GIVEN_M, _NO_GIVEN_F, 27),
    "no_street448": lambda p, c: f"{_pick(p, _NO_STREET, 28)} {_num(p, 60)}",
    "no_postnr448": lambda p, c: _row(p, _NO_PLACE, 29)[0],
    "no_poststed448": lambda p, c: _row(p, _NO_PLACE, 29)[1].upper(),
    "no_kommune448": lambda p, c: _row(p, _NO_PLACE, 29)[2],
    "phone_no448": lambda p, c: f"+47 9{p.phone[3:5]} {p.phone[5:7]} {p.phone[7:10]}",
    "no_blad448": lambda p, c: _pick(p, ("Blad A", "Blad B", "Blad B")),
    "no_vessel448": lambda p, c: (
        f"{_pick(p, _NO_VESSEL, 30)}-{_num(p, 300)}-{_pick(p, ('V', 'BD', 'LO'))}"
    ),
    # Peru
    "pe_dni448": lambda p, c: _pe_dni(p),
    "pe_family448": lambda p, c: f"{_pick(p, _PE_FAMILY, 31)} {_pick(p, _PE_FAMILY, 32)}",
    "pe_given448": lambda p, c: _by_sex(p, _PE_GIVEN_M, _PE_GIVEN_F, 33),
    "sex_pe448": lambda p, c: "M" if p.male else "F",
    "pe_street448": lambda p, c: f"{_pick(p, _PE_STREET)} Lt. {_num(p, 120)}",
    "pe_dist448": lambda p, c: _pe(p)[0],
    "pe_prov448": lambda p, c: _pe(p)[1],
    "pe_reg448": lambda p, c: _pe(p)[2],
    "phone_pe448": lambda p, c: f"9{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:]}",
    "pe_carne448": lambda p, c: f"{_num(p, 25):02d}-{p.bhxh[-6:]}",
    "pe_boat448": lambda p, c: f"PT-{_num(p, 90000)}-BM",
    "pe_caleta448": lambda p, c: _pick(p, _PE_CALETA, 34),
    "pe_arte448": lambda p, c: _pick(p, _PE_ARTE, 35),
    # Senegal
    "sn_cni448": lambda p, c: _sn_cni(p),
    "sn_given448": lambda p, c: _by_sex(p, _SN_GIVEN_M, _SN_GIVEN_F, 36),
    "sn_family448": lambda p, c: _pick(p, _SN_FAMILY, 37).upper(),
    "sex_sn448": lambda p, c: "Masculin" if p.male else "Féminin",
    "sn_born448": lambda p, c: _pick(p, ("Saint-Louis", "Kaolack", "Ziguinchor", "Thiès")),
    "sn_addr448": lambda p, c: (
        f"Villa n° {_num(p, 400)}, {_row(p, _SN_PLACE, 38)[0]}, {_row(p, _SN_PLACE, 38)[1]}"
    ),
    "phone_sn448": lambda p, c: (
        f"+221 {_pick(p, ('77', '78', '76', '70'))} {p.phone[4:7]} {p.phone[6:8]} {p.phone[8:]}"
    ),
    "sn_permis448": lambda p, c: f"PPA-{p.other_date:%Y}-{p.bhxh[-5:]}",
    "sn_pirogue448": lambda p, c: f"{_pick(p, ('DK', 'TH', 'SL', 'ZG'))} {p.bhxh[-4:]} M",
    "sn_quai448": lambda p, c: _pick(p, _SN_QUAI, 39),
    "sn_capitaine448": lambda p, c: (
        f"{_pick(p, _SN_GIVEN_M, 40)} {_pick(p, _SN_FAMILY, 41).upper()}"
    ),
}

WRITERS_BLIND448: dict[str, Callable[[Person, Col], str]] = _WRITERS

__all__ = ["WRITERS_BLIND448"]
