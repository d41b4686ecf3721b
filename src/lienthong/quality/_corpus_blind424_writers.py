"""How the people of the four hundred and twenty-fourth part of the outside corpus (**blind 424**,
:mod:`lienthong.quality._corpus_blind424`) are written: four Vietnamese files' own columns (a
service cooperative member's capital contribution, a craft household business's trade and its
hired manager, a women's union savings group's monthly savings, a farmers' cooperative's land
plots by member) and Kenyan, Italian, Bolivian, Hungarian and Indian names, addresses, phones and
identity numbers in the forms their registers show (the KRA PIN, the codice fiscale's check
letter, the Bolivian CI with its complemento, the adóazonosító jel's mod-11 digit, the Aadhaar's
Verhoeff digit)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind92_writers import _adoazonosito
from lienthong.quality._corpus_blind141_writers import _kra_pin
from lienthong.quality._corpus_blind164_writers import _aadhaar
from lienthong.quality._corpus_blind170_writers import _cf170
from lienthong.quality._corpus_blind292_writers import _hu_taj

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_SHARES = ("Thành viên chính thức", "Thành viên liên kết góp vốn", "Thành viên chính thức")
_VN_CRAFTS = (
    ("Mây tre đan", "Làng nghề mây tre đan Phú Vinh"),
    ("Gốm sứ", "Làng gốm Bát Tràng"),
    ("Sơn mài", "Làng nghề sơn mài Hạ Thái"),
    ("Dệt thổ cẩm", "Làng dệt Mã Châu"),
    ("Chạm khắc gỗ", "Làng nghề gỗ Đồng Kỵ"),
    ("Nón lá", "Làng nón Chuông"),
)
_VN_WOMEN_BRANCH = (
    "Chi hội PN ấp 1",
    "Chi hội PN ấp 3",
    "Chi hội PN khu phố 5",
    "Chi hội PN tổ 12",
)
_VN_SAVINGS_KIND = ("Heo đất", "Tiết kiệm tháng", "Góp xoay vòng", "Tiết kiệm tháng")
_VN_CROPS = ("LUC", "LUK", "CLN", "BHK", "NTS")
_VN_CROP_NOW = ("Lúa 2 vụ", "Lúa - màu", "Bưởi da xanh", "Rau màu", "Nuôi tôm")
_VN_FIELDS = ("Cánh đồng lớn ấp Tân Hòa", "Xứ đồng Bờ Đắp", "Đồng Cây Da", "Khu Bàu Sen")

_KE_FAMILY = ("Otieno", "Wanjiru", "Kamau", "Mwangi", "Achieng", "Kiprotich", "Njoroge", "Mutua")
_KE_GIVEN_M = ("Peter Kimani", "John Ochieng", "Samuel Kiptoo", "David Mwangi", "Joseph Omondi")
_KE_GIVEN_F = ("Grace Wambui", "Mary Akinyi", "Faith Chebet", "Esther Nduta", "Jane Muthoni")
_KE_PLACES = (
    ("P.O. Box 1423-00100", "Nairobi", "Nairobi"),
    ("P.O. Box 56-40100", "Kisumu", "Kisumu"),
    ("P.O. Box 3310-20100", "Nakuru", "Nakuru"),
    ("P.O. Box 812-30100", "Eldoret", "Uasin Gishu"),
    ("P.O. Box 77-10200", "Murang'a", "Murang'a"),
)
_KE_KIN_M = ("Husband", "Son", "Brother")
_KE_KIN_F = ("Wife", "Daughter", "Sister", "Mother")

_IT_FAMILY = ("Rossi", "Bianchi", "Esposito", "Colombo", "Ferrari", "Romano", "Ricci", "Greco")
_IT_GIVEN_M = ("Marco", "Giuseppe", "Luca", "Alessandro", "Francesco", "Davide")
_IT_GIVEN_F = ("Giulia", "Francesca", "Chiara", "Elena", "Martina", "Maria Grazia")
_IT_BORN = (("Bologna", "A944"), ("Modena", "F257"), ("Napoli", "F839"), ("Palermo", "G273"))
_IT_HOMES = (
    ("Via dell'Indipendenza 22", "40121", "Bologna", "BO"),
    ("Via Emilia Est 105", "41121", "Modena", "MO"),
    ("Corso Garibaldi 8", "42121", "Reggio nell'Emilia", "RE"),
    ("Viale Gramsci 47/A", "48121", "Ravenna", "RA"),
    ("Piazza Cavour 3", "47921", "Rimini", "RN"),
)

_BO_FAMILY = ("Mamani", "Quispe", "Choque", "Flores", "Condori", "Gutiérrez", "Vargas", "Rojas")
_BO_GIVEN_M = ("Juan Carlos", "Evo", "Wilfredo", "René", "Marcelo", "José Luis")
_BO_GIVEN_F = ("María Elena", "Justina", "Rosmery", "Gladys", "Juana", "Ximena")
_BO_PLACES = (
    ("Calle Jaén 715", "Casco Viejo", "La Paz", "La Paz", "LP"),
    ("Av. Juan Pablo II 2340", "Villa Dolores", "El Alto", "La Paz", "LP"),
    ("Calle Ayacucho 455", "Zona Central", "Cochabamba", "Cochabamba", "CB"),
    ("Av. Cañoto 120", "Barrio Las Palmas", "Santa Cruz de la Sierra", "Santa Cruz", "SC"),
    ("Calle Bolívar 88", "Zona San Roque", "Potosí", "Potosí", "PT"),
)

_HU_FAMILY = ("Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh")
_HU_GIVEN_M = ("László", "István", "József", "Zoltán", "Gábor", "Ferenc", "Attila")
_HU_GIVEN_F = ("Erzsébet", "Katalin", "Ilona", "Éva", "Zsuzsanna", "Anikó", "Ildikó")
_HU_PLACES = (
    ("Kossuth Lajos utca 12.", "6720", "Szeged"),
    ("Petőfi Sándor u. 3/B", "4025", "Debrecen"),
    ("Fő utca 48.", "7621", "Pécs"),
    ("Rákóczi út 9. 2/5", "3530", "Miskolc"),
    ("Arany János utca 21.", "6000", "Kecskemét"),
)
_HU_BORN = ("Szeged", "Hódmezővásárhely", "Debrecen", "Nyíregyháza", "Pécs", "Baja")

_IN_FAMILY = ("देवी", "कुमारी", "यादव", "सिंह", "मौर्य", "पटेल", "वर्मा")
_IN_GIVEN_F = ("सुनीता", "गीता", "रीना", "पूनम", "सावित्री", "कमला", "अनीता", "मीरा")
_IN_HUSBAND = ("रामेश्वर", "सुरेश", "राजकुमार", "मोहनलाल", "दिनेश", "शिवप्रसाद")
_IN_PLACES = (
    ("रामपुर", "सरोजनी नगर", "लखनऊ"),
    ("बेलवा", "चरगांवा", "गोरखपुर"),
    ("मोहनपुर", "मुसाफिरखाना", "अमेठी"),
    ("सिकंदरपुर", "बड़ागांव", "वाराणसी"),
    ("कुशहरी", "मसौली", "बाराबंकी"),
)
_IN_GROUPS = ("लक्ष्मी स्वयं सहायता समूह", "सरस्वती महिला समूह", "जय माँ दुर्गा स्वयं सहायता समूह")


def _place(p: Person, places: tuple[tuple[str, ...], ...], salt: int = 3) -> tuple[str, ...]:
    return places[int(p.bhxh) // (salt * 7 + 1) % len(places)]


def _money(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def _capital(p: Person) -> int:
    return (_num(p, 40) + 1) * 500_000


def _plot_area(p: Person) -> str:
    return f"{(_num(p, 300) + 20) * 10:,}".replace(",", ".") + ",0"


def _ci_bo(p: Person) -> str:
    return str(1_000_000 + int(p.bhxh[:8]) % 12_000_000)


def _complemento(p: Person) -> str:
    return "" if int(p.bhxh) % 5 else f"{p.bhxh[-1]}{'ABCDEFGHJK'[int(p.bhxh[0])]}"


def _cf424(p: Person) -> str:
    family = _pick(p, _IT_FAMILY, 2)
    given = _by_sex(p, _IT_GIVEN_M, _IT_GIVEN_F, 1)
    return _cf170(p, family, given, _place(p, _IT_BORN, 5)[1])


WRITERS_BLIND424: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: service cooperative members
    "member_no424": lambda p, c: f"TV-{p.bhxh[-4:]}",
    "member_kind424": lambda p, c: _pick(p, _VN_SHARES, 2),
    "capital424": lambda p, c: _money(_capital(p)),
    "paid424": lambda p, c: _money(_capital(p) // (1 + int(p.bhxh[0]) % 2)),
    "share_pct424": lambda p, c: f"{_capital(p) / 1_200_000_000 * 100:.2f}".replace(".", ","),
    "cert_no424": lambda p, c: f"{_num(p, 400) + 1:03d}/GCN-HTX",
    "coop_chair424": lambda p, c: _other_vn(p, 3, True),
    # Vietnam: craft household businesses
    "biz_name424": lambda p, c: f"Cơ sở {_place(p, _VN_CRAFTS, 1)[0]} {p.given.split()[-1]}",
    "biz_reg424": lambda p, c: f"{p.bhxh[:2]}H8{p.bhxh[2:8]}",
    "trade424": lambda p, c: _place(p, _VN_CRAFTS, 1)[0],
    "village424": lambda p, c: _place(p, _VN_CRAFTS, 1)[1],
    "workshop424": lambda p, c: f"Xưởng {_num(p, 40) + 1}, {_place(p, _VN_CRAFTS, 1)[1]}",
    "manager424": lambda p, c: _other_vn(p, 8),
    "manager_cccd424": lambda p, c: f"0{p.bhxh[1:3]}{p.bhxh[::-1][:9]}",
    "manager_phone424": lambda p, c: _other_phone(p, "097"),
    "workers424": lambda p, c: str(_num(p, 25) + 1),
    "capital_biz424": lambda p, c: _money((_num(p, 90) + 10) * 10_000_000),
    # Vietnam: women's union savings group
    "branch424": lambda p, c: _pick(p, _VN_WOMEN_BRANCH, 2),
    "saving_kind424": lambda p, c: _pick(p, _VN_SAVINGS_KIND, 3),
    "monthly424": lambda p, c: _money((_num(p, 10) + 1) * 50_000),
    "balance424": lambda p, c: _money((_num(p, 10) + 1) * 50_000 * (_num(p, 30) + 3)),
    "loan424": lambda p, c: _money((_num(p, 5)) * 5_000_000),
    "group_head424": lambda p, c: _other_vn(p, 9, False),
    "husband424": lambda p, c: _other_vn(p, 10, True, p.family) if not p.male else "",
    # Vietnam: farmers' cooperative land plots
    "plot424": lambda p, c: str(_num(p, 600) + 1),
    "sheet424": lambda p, c: str(_num(p, 40) + 1),
    "area424": lambda p, c: _plot_area(p),
    "land_use424": lambda p, c: _pick(p, _VN_CROPS, 4),
    "crop424": lambda p, c: _pick(p, _VN_CROP_NOW, 5),
    "field424": lambda p, c: _pick(p, _VN_FIELDS, 6),
    "gcn424": lambda p, c: f"C{'ABDEH'[int(p.bhxh[0]) % 5]} {p.bhxh[2:8]}",
    # Kenya: SACCO members
    "ke_member424": lambda p, c: f"MBR/{p.bhxh[-5:]}",
    "ke_id424": lambda p, c: str(20_000_000 + int(p.bhxh[:8]) % 19_000_000),
    "ke_pin424": lambda p, c: _kra_pin(p),
    "ke_name424": lambda p, c: (
        f"{_by_sex(p, _KE_GIVEN_M, _KE_GIVEN_F, 1)} {_pick(p, _KE_FAMILY, 2)}".upper()
    ),
    "sex_ke424": lambda p, c: "M" if p.male else "F",
    "ke_box424": lambda p, c: _place(p, _KE_PLACES)[0],
    "ke_town424": lambda p, c: _place(p, _KE_PLACES)[1],
    "ke_county424": lambda p, c: _place(p, _KE_PLACES)[2],
    "phone_ke424": lambda p, c: f"+254 7{p.phone[3:5]} {p.phone[5:8]} {p.phone[8:10]}{p.bhxh[0]}",
    "ke_shares424": lambda p, c: f"{(_num(p, 50) + 1) * 1000:,}.00",
    "ke_deposits424": lambda p, c: f"{(_num(p, 400) + 5) * 500:,}.00",
    "ke_kin424": lambda p, c: (
        f"{_by_sex(p, _KE_GIVEN_F, _KE_GIVEN_M, 4)} {_pick(p, _KE_FAMILY, 2)}"
        f" ({_by_sex(p, _KE_KIN_F, _KE_KIN_M, 5)})"
    ),
    "ke_employer424": lambda p, c: _pick(p, ("TSC", "Kenya Power", "Self-employed", "KTDA"), 6),
    # Italy: cooperativa soci
    "cf_it424": lambda p, c: _cf424(p),
    "it_family424": lambda p, c: _pick(p, _IT_FAMILY, 2),
    "it_given424": lambda p, c: _by_sex(p, _IT_GIVEN_M, _IT_GIVEN_F, 1),
    "sex_it424": lambda p, c: "M" if p.male else "F",
    "it_born424": lambda p, c: _place(p, _IT_BORN, 5)[0],
    "street_it424": lambda p, c: _place(p, _IT_HOMES)[0],
    "cap_it424": lambda p, c: _place(p, _IT_HOMES)[1],
    "comune_it424": lambda p, c: _place(p, _IT_HOMES)[2],
    "prov_it424": lambda p, c: _place(p, _IT_HOMES)[3],
    "phone_it424": lambda p, c: f"3{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}{p.bhxh[1]}",
    "quota_it424": lambda p, c: f"{(_num(p, 20) + 1) * 25},00",
    "kind_it424": lambda p, c: _pick(
        p, ("Socio lavoratore", "Socio volontario", "Socio fruitore"), 3
    ),
    "libro_it424": lambda p, c: f"{_num(p, 800) + 1}",
    # Bolivia: cooperativa
    "ci_bo424": lambda p, c: _ci_bo(p),
    "compl_bo424": lambda p, c: _complemento(p),
    "exp_bo424": lambda p, c: _place(p, _BO_PLACES)[4],
    "bo_pat424": lambda p, c: _pick(p, _BO_FAMILY, 2),
    "bo_mat424": lambda p, c: _pick(p, _BO_FAMILY, 3),
    "bo_given424": lambda p, c: _by_sex(p, _BO_GIVEN_M, _BO_GIVEN_F, 1),
    "sex_bo424": lambda p, c: "Masculino" if p.male else "Femenino",
    "street_bo424": lambda p, c: _place(p, _BO_PLACES)[0],
    "zona_bo424": lambda p, c: _place(p, _BO_PLACES)[1],
    "muni_bo424": lambda p, c: _place(p, _BO_PLACES)[2],
    "dept_bo424": lambda p, c: _place(p, _BO_PLACES)[3],
    "phone_bo424": lambda p, c: f"{'67'[int(p.bhxh[0]) % 2]}{p.phone[3:10]}",
    "aporte_bo424": lambda p, c: f"{(_num(p, 60) + 1) * 100}.00",
    "rubro_bo424": lambda p, c: _pick(p, ("Minería aurífera", "Transporte", "Ahorro y crédito"), 4),
    # Hungary: szövetkezet
    "ado_hu424": lambda p, c: _adoazonosito(p),
    "taj_hu424": lambda p, c: _hu_taj(p),
    "hu_family424": lambda p, c: _pick(p, _HU_FAMILY, 2),
    "hu_given424": lambda p, c: _by_sex(p, _HU_GIVEN_M, _HU_GIVEN_F, 1),
    "hu_mother424": lambda p, c: f"{_pick(p, _HU_FAMILY, 4)} {_pick(p, _HU_GIVEN_F, 5)}",
    "hu_born424": lambda p, c: _pick(p, _HU_BORN, 6),
    "street_hu424": lambda p, c: _place(p, _HU_PLACES)[0],
    "irsz_hu424": lambda p, c: _place(p, _HU_PLACES)[1],
    "town_hu424": lambda p, c: _place(p, _HU_PLACES)[2],
    "phone_hu424": lambda p, c: (
        f"+36 {_pick(p, ('20', '30', '70'), 3)} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "share_hu424": lambda p, c: f"{(_num(p, 40) + 1) * 10_000:,}".replace(",", " "),
    # India: self-help group
    "aadhaar424": lambda p, c: _aadhaar(p),
    "in_name424": lambda p, c: f"{_pick(p, _IN_GIVEN_F, 1)} {_pick(p, _IN_FAMILY, 2)}",
    "in_husband424": lambda p, c: f"{_pick(p, _IN_HUSBAND, 3)} {_pick(p, _IN_FAMILY, 2)}",
    "village_in424": lambda p, c: _place(p, _IN_PLACES)[0],
    "block_in424": lambda p, c: _place(p, _IN_PLACES)[1],
    "district_in424": lambda p, c: _place(p, _IN_PLACES)[2],
    "phone_in424": lambda p, c: f"{'6789'[int(p.bhxh[0]) % 4]}{p.phone[2:10]}{p.bhxh[1]}",
    "group_in424": lambda p, c: _pick(p, _IN_GROUPS, 4),
    "post_in424": lambda p, c: _pick(p, ("अध्यक्ष", "सचिव", "कोषाध्यक्ष", "सदस्य", "सदस्य"), 5),
    "saving_in424": lambda p, c: str((_num(p, 30) + 5) * 100),
    "loan_in424": lambda p, c: str(_num(p, 6) * 5000),
    "account_in424": lambda p, c: f"{p.bhxh}{p.bhxh[:4]}",
}
