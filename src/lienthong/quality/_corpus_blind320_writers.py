"""How the people of the three-hundred-and-twentieth part of the outside corpus (**blind 320**,
:mod:`lienthong.quality._corpus_blind320`) are written: four Vietnamese tax and customs files' own
columns (a real-estate seller's personal income tax, an invoice issued by the tax office for one
sale, a gift parcel cleared at the express customs office, an exit suspended for a tax debt) and
the taxpayers and customs declarants of Kenya, the Philippines, Brazil, Italy and Egypt in the
forms their registers show (the KRA PIN, the BIR TIN with its branch code, the CNPJ's two mod 11
digits, the partita IVA's Luhn digit, the Egyptian national number's check digit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind57_writers import _cpf
from lienthong.quality._corpus_blind58_writers import (
    _IT_BIRTHPLACES,
    _IT_FAMILY,
    _IT_GIVEN_F,
    _IT_GIVEN_M,
    _cf,
)
from lienthong.quality._corpus_blind66_writers import _pcn, _tin
from lienthong.quality._corpus_blind141_writers import (
    _KE_FAMILY,
    _KE_GIVEN_F,
    _KE_GIVEN_M,
    _kra_pin,
)
from lienthong.quality._corpus_blind156_writers import _PH_FAMILY, _PH_GIVEN_F, _PH_GIVEN_M
from lienthong.quality._corpus_blind232_writers import _BR_FAMILY, _BR_GIVEN_F, _BR_GIVEN_M
from lienthong.quality._corpus_blind259_writers import _eg_nid
from lienthong.quality._corpus_blind304_writers import _firm_mst

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: personal income tax on a real-estate transfer ---------------------------------------
_VN_RE_SITES = (
    "Thửa 312, ấp Bình Thạnh, xã Bình Lợi",
    "Đường Nguyễn Văn Tạo, xã Long Thới",
    "Khu phố 5, phường Tân Chánh Hiệp",
    "Hẻm 42 Lê Văn Lương, xã Nhơn Đức",
    "Tổ 8, ấp 3, xã Tân Thạnh Đông",
)
# -- Vietnam: invoices issued by the tax office for one sale --------------------------------------
_VN_HD_SITES = ("Sạp 14 chợ Bình Điền", "Kiot 3 chợ Hóc Môn", "Vườn sầu riêng ấp 2, xã Tân Thông")
_VN_HD_BUYERS = ("Công ty TNHH XD Phú Thịnh", "Công ty CP Thực phẩm Sài Gòn Xanh", "HTX Nông sản")
_VN_HD_GOODS = ("Cho thuê xe cẩu 3 ngày", "Sầu riêng Ri6 (4.200 kg)", "Gạo ST25 (12 tấn)")
_VN_HD_OFFICERS = ("Nguyễn Thị Thu Hà", "Trần Minh Khôi", "Lê Hoàng Yến", "Phạm Quốc Việt")
# -- Vietnam: gift parcels cleared at the express customs office ----------------------------------
_VN_CP_SENDERS = ("NGUYEN VAN TUAN", "TRAN THI LAN", "LE MINH HOANG", "PHAM KIM ANH", "DO THANH")
_VN_CP_COUNTRIES = ("Hoa Kỳ", "Nhật Bản", "Hàn Quốc", "Úc", "Đài Loan", "CHLB Đức")
_VN_CP_GOODS = (
    "Sữa bột, thực phẩm chức năng",
    "Quần áo cũ, giày dép",
    "Mỹ phẩm, nước hoa",
    "Thuốc bổ (vitamin)",
    "Đồng hồ đeo tay",
)
_VN_CP_CARRIERS = ("DHL", "FedEx", "UPS", "EMS", "Viettel Post QT")
# -- Vietnam: exit suspended for a tax debt -------------------------------------------------------
_VN_XC_FIRMS = (
    "Công ty TNHH TM DV Hòa Phát Lộc",
    "Công ty CP Đầu tư Xây dựng Nam Việt",
    "Công ty TNHH MTV Vận tải Thành Đạt",
    "Hộ KD Tiệm vàng Kim Phát",
)
_VN_XC_ROLES = ("Giám đốc", "Người đại diện theo PL", "Chủ hộ kinh doanh", "Chủ tịch HĐTV")
_VN_XC_STATUS = ("Đang tạm hoãn", "Đang tạm hoãn", "Đã hủy (nộp đủ)", "Gia hạn", "Đang tạm hoãn")

# -- Kenya: turnover tax registrants --------------------------------------------------------------
_KE_HOMES = (
    ("Kahawa West, Ruiru", "Kiambu"),
    ("Kayole Junction, Embakasi", "Nairobi City"),
    ("Nyalenda B, Kisumu", "Kisumu"),
    ("Bamburi Mtambo, Kisauni", "Mombasa"),
    ("Langas, Eldoret", "Uasin Gishu"),
)
_KE_PREMISES = (
    "Shop B12, Nyamakima Trade Centre, Duruma Rd, Nairobi",
    "Stall 44, Kibuye Market, Kisumu",
    "Plot 7, Ruiru Bypass, Ruiru",
    "Kongowea Market Block C, Mombasa",
    "Zion Mall Ground Floor, Uganda Rd, Eldoret",
)
_KE_BIZ = ("Mama Mboga Enterprises", "Wiki Hardware", "Baraka M-Pesa & Shop", "Sifa Salon")
_KE_STATIONS = ("Nairobi South", "Kisumu", "Mombasa (Forodha)", "Eldoret", "Thika")
# -- Philippines: BIR registrants (self-employed and mixed income) --------------------------------
_PH_HOMES = (
    ("Blk 12 Lot 7 Sampaguita St., Brgy. San Isidro, Antipolo City, Rizal", "1870", "045"),
    ("123 Rizal Ave., Brgy. Poblacion, Tagum City, Davao del Norte", "8100", "112"),
    ("Purok 4, Brgy. Lahug, Cebu City", "6000", "081"),
    ("45 M. H. del Pilar St., Brgy. Malanday, Valenzuela City", "1444", "024"),
)
_PH_BIZ_ADDR = (
    "Stall 21, Antipolo Public Market",
    "Unit 3 Gaisano Mall, Tagum City",
    "Carbon Market Bldg. 2, Cebu City",
    "Same as residence",
)
_PH_PSIC = ("47110 Sari-sari store", "96021 Beauty parlor", "56101 Carinderia", "49231 Tricycle")
_PH_TAX = ("Income Tax - 8% option", "Percentage Tax", "Income Tax - graduated", "VAT")
_PH_CIVIL = ("Single", "Married", "Married", "Widowed", "Legally separated")
# -- Brazil: individual micro-entrepreneurs -------------------------------------------------------
_BR_HOMES = (
    ("Rua das Acácias, 145", "Jardim América", "Goiânia", "GO", "74270-110"),
    ("Av. Presidente Vargas, 2210, ap. 302", "Centro", "Santa Maria", "RS", "97015-512"),
    ("Travessa São João, 88", "Pedreira", "Belém", "PA", "66083-160"),
    ("Rua Tenente Silveira, 51", "Centro", "Florianópolis", "SC", "88010-300"),
)
_BR_CNAE = ("9602-5/01 Cabeleireiros", "4712-1/00 Minimercados", "5620-1/04 Marmitas", "4321-5/00")
_BR_DAS = ("Em dia", "Em dia", "Em atraso (3 meses)", "Parcelado", "Em dia", "Baixado")
_BR_COMM = ("Box 12, Mercado Central", "Mesmo do residencial", "Sala 4, Galeria Ouvidor")
# -- Italy: flat-rate (forfettario) taxpayers -----------------------------------------------------
_IT_HOMES = (
    ("Via Roma 12", "09124", "Cagliari", "CA"),
    ("Corso Vittorio Emanuele 88", "07100", "Sassari", "SS"),
    ("Via Garibaldi 5/B", "08100", "Nuoro", "NU"),
    ("Piazza Eleonora 3", "09170", "Oristano", "OR"),
)
_IT_ATECO = ("74.10.21 Grafica", "96.02.01 Parrucchieri", "62.01.00 Software", "86.90.29 Fisio")
_IT_SEDE = ("Presso residenza", "Via Sonnino 40, Cagliari", "Coworking Talent Garden, Sassari")
# -- Egypt: cars of Egyptians abroad --------------------------------------------------------------
_EG_HOMES = (
    ("14 شارع التحرير، الدقي", "الجيزة", "21"),
    ("23 شارع الجيش، المنصورة", "الدقهلية", "12"),
    ("5 شارع سعد زغلول، محطة الرمل", "الإسكندرية", "02"),
    ("عمارة 7 مساكن شيراتون، مصر الجديدة", "القاهرة", "01"),
    ("شارع الجمهورية، أسيوط", "أسيوط", "25"),
)
_EG_MEN = ("محمد", "أحمد", "محمود", "طارق", "هشام", "وليد")
_EG_WOMEN = ("منى", "هبة", "ريهام", "دينا", "سمر", "نهى")
_EG_FATHERS = ("عبد الفتاح", "السيد", "إبراهيم", "حسين", "عبد الحميد", "مصطفى")
_EG_FAMILY = ("الشافعي", "النجار", "عبد الرحمن", "سالم", "فرج", "منصور")
_EG_COUNTRIES = ("السعودية", "الكويت", "الإمارات", "قطر", "إيطاليا", "الولايات المتحدة")
_EG_CARS = ("تويوتا كورولا 2024", "هيونداي توسان 2023", "كيا سبورتاج 2024", "مرسيدس C200 2023")
_EG_PORTS = ("جمرك الإسكندرية", "جمرك بورسعيد", "جمرك السخنة", "جمرك دمياط")
_EG_STATUS = ("تم الإفراج", "تم سداد الوديعة", "في انتظار الشحن", "تم الإفراج", "مرفوض")


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 7 % len(places)]


def _money(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _re_price(p: Person) -> int:
    return (_num(p, 90) * 100 + 800) * 1_000_000


def _hd_rev(p: Person) -> int:
    return (_num(p, 400) + 20) * 500_000


def _cnpj(p: Person) -> str:
    """A CNPJ ``12.345.678/0001-95``: eight digits, the branch 0001 and two mod 11 digits."""
    digits = [int(ch) for ch in f"{p.bhxh[::-1][:8]}0001"]
    for weights in ((5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2), (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)):
        rest = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        digits.append(0 if rest < 2 else 11 - rest)
    s = "".join(str(d) for d in digits)
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"


def _piva(p: Person) -> str:
    """A partita IVA: a seven-digit serial, the office code of the province and a Luhn digit."""
    office = ("092", "090", "091", "095")[int(p.bhxh) // 7 % 4]
    return _luhn(f"{p.bhxh[2:9]}{office}")


def _eg_name(p: Person) -> str:
    given = _by_sex(p, _EG_MEN, _EG_WOMEN, 2)
    return f"{given} {_pick(p, _EG_FATHERS, 3)} {_pick(p, _EG_FAMILY, 4)}"


def _eg_tax(p: Person) -> str:
    return f"{p.bhxh[1:4]}-{p.bhxh[4:7]}-{p.bhxh[7:10]}"


WRITERS_BLIND320: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: personal income tax on a real-estate transfer
    "re_buyer320": lambda p, c: _other_vn(p, 4),
    "re_plot320": lambda p, c: _num(p, 900),
    "re_sheet320": lambda p, c: _num(p, 60),
    "re_site320": lambda p, c: _pick(p, _VN_RE_SITES, 3),
    "re_price320": lambda p, c: _money(_re_price(p)),
    "re_tax320": lambda p, c: _money(_re_price(p) * 2 // 100),
    "re_contract320": lambda p, c: (
        f"{_num(p, 9000)}/{p.other_date.year}/CCGD, quyển số 0{_num(p, 9)}"
    ),
    "re_filed320": lambda p, c: f"{p.other_date + timedelta(days=_num(p, 10)):%d/%m/%Y}",
    # Vietnam: invoices issued by the tax office for one sale
    "hd_site320": lambda p, c: _pick(p, _VN_HD_SITES, 2),
    "hd_buyer320": lambda p, c: _pick(p, _VN_HD_BUYERS, 3),
    "hd_buyer_mst320": lambda p, c: _firm_mst(p, 5),
    "hd_goods320": lambda p, c: _pick(p, _VN_HD_GOODS, 4),
    "hd_rev320": lambda p, c: _money(_hd_rev(p)),
    "hd_vat320": lambda p, c: _money(_hd_rev(p) // 100),
    "hd_pit320": lambda p, c: _money(_hd_rev(p) // 200),
    "hd_no320": lambda p, c: f"1C25MCQ-{p.bhxh[-6:]}",
    "hd_officer320": lambda p, c: _pick(p, _VN_HD_OFFICERS, 5),
    # Vietnam: gift parcels cleared at the express customs office
    "cp_hawb320": lambda p, c: f"{_pick(p, _VN_CP_CARRIERS, 2)} {p.bhxh}",
    "cp_sender320": lambda p, c: _pick(p, _VN_CP_SENDERS, 3),
    "cp_country320": lambda p, c: _pick(p, _VN_CP_COUNTRIES, 4),
    "cp_goods320": lambda p, c: _pick(p, _VN_CP_GOODS, 5),
    "cp_value320": lambda p, c: _money(_num(p, 60) * 250_000),
    "cp_duty320": lambda p, c: _money(max(0, _num(p, 60) * 250_000 - 2_000_000) // 5),
    "cp_vat320": lambda p, c: _money(max(0, _num(p, 60) * 250_000 - 2_000_000) // 10),
    "cp_decl320": lambda p, c: f"10{p.bhxh[::-1]}",
    # Vietnam: exit suspended for a tax debt
    "xc_passport320": lambda p, c: f"{'CNP'[int(p.bhxh) % 3]}{p.bhxh[-7:]}",
    "xc_nation320": lambda p, c: "Việt Nam",
    "xc_firm320": lambda p, c: _pick(p, _VN_XC_FIRMS, 2),
    "xc_firm_mst320": lambda p, c: _firm_mst(p, 9),
    "xc_role320": lambda p, c: _pick(p, _VN_XC_ROLES, 3),
    "xc_debt320": lambda p, c: _money((_num(p, 900) + 50) * 1_000_000 + int(p.bhxh[-6:])),
    "xc_letter320": lambda p, c: f"{_num(p, 3000)}/TB-CCTKV",
    "xc_status320": lambda p, c: _pick(p, _VN_XC_STATUS, 4),
    # Kenya: turnover tax registrants
    "ke_pin320": lambda p, c: _kra_pin(p),
    "ke_name320": lambda p, c: (
        f"{_by_sex(p, _KE_GIVEN_M, _KE_GIVEN_F, 2)} {_pick(p, _KE_FAMILY, 3)}"
    ),
    "ke_id320": lambda p, c: f"{2 + int(p.bhxh[0]) % 3}{p.bhxh[3:10]}",
    "ke_sex320": lambda p, c: "Male" if p.male else "Female",
    "ke_phone320": lambda p, c: f"+254 7{p.phone[-8:-6]} {p.phone[-6:-3]} {p.phone[-3:]}",
    "ke_biz320": lambda p, c: _pick(p, _KE_BIZ, 4),
    "ke_premises320": lambda p, c: _pick(p, _KE_PREMISES, 5),
    "ke_home320": lambda p, c: _place(p, _KE_HOMES)[0],
    "ke_county320": lambda p, c: _place(p, _KE_HOMES)[1],
    "ke_box320": lambda p, c: f"P.O. Box {_num(p, 9000)}-00{_num(p, 6)}00",
    "ke_oblig320": lambda p, c: _pick(p, ("Turnover Tax", "Turnover Tax; MRI", "Turnover Tax"), 6),
    "ke_turnover320": lambda p, c: f"{(_num(p, 240) + 10) * 10_000:,}",
    "ke_etims320": lambda p, c: _pick(p, ("Yes", "No", "Yes", "Pending"), 7),
    "ke_station320": lambda p, c: _pick(p, _KE_STATIONS, 8),
    # Philippines: BIR registrants
    "ph_tin320": lambda p, c: _tin(p)[:11],
    "ph_branch320": lambda p, c: "00000",
    "ph_last320": lambda p, c: _pick(p, _PH_FAMILY, 2),
    "ph_first320": lambda p, c: _by_sex(p, _PH_GIVEN_M, _PH_GIVEN_F, 3),
    "ph_middle320": lambda p, c: _pick(p, _PH_FAMILY, 6),
    "ph_sex320": lambda p, c: "MALE" if p.male else "FEMALE",
    "ph_civil320": lambda p, c: _pick(p, _PH_CIVIL, 4),
    "ph_pcn320": lambda p, c: _pcn(p),
    "ph_home320": lambda p, c: _place(p, _PH_HOMES)[0],
    "ph_zip320": lambda p, c: _place(p, _PH_HOMES)[1],
    "ph_bizaddr320": lambda p, c: _pick(p, _PH_BIZ_ADDR, 5),
    "ph_psic320": lambda p, c: _pick(p, _PH_PSIC, 7),
    "ph_taxtype320": lambda p, c: _pick(p, _PH_TAX, 8),
    "ph_rdo320": lambda p, c: _place(p, _PH_HOMES)[2],
    "ph_phone320": lambda p, c: f"09{p.phone[-9:-7]}-{p.phone[-7:-4]}-{p.phone[-4:]}",
    # Brazil: individual micro-entrepreneurs
    "br_cnpj320": lambda p, c: _cnpj(p),
    "br_firm320": lambda p, c: (
        f"{_cnpj(p)[:10].replace('.', '')} {_by_sex(p, _BR_GIVEN_M, _BR_GIVEN_F, 2)}"
        f" {_pick(p, _BR_FAMILY, 3)}"
    ),
    "br_name320": lambda p, c: (
        f"{_by_sex(p, _BR_GIVEN_M, _BR_GIVEN_F, 2)} {_pick(p, _BR_FAMILY, 3)}"
    ),
    "br_cpf320": lambda p, c: _cpf(p),
    "br_mother320": lambda p, c: f"{_pick(p, _BR_GIVEN_F, 5)} {_pick(p, _BR_FAMILY, 6)}",
    "br_street320": lambda p, c: _place(p, _BR_HOMES)[0],
    "br_bairro320": lambda p, c: _place(p, _BR_HOMES)[1],
    "br_town320": lambda p, c: _place(p, _BR_HOMES)[2],
    "br_uf320": lambda p, c: _place(p, _BR_HOMES)[3],
    "br_cep320": lambda p, c: _place(p, _BR_HOMES)[4],
    "br_comm320": lambda p, c: _pick(p, _BR_COMM, 4),
    "br_cnae320": lambda p, c: _pick(p, _BR_CNAE, 7),
    "br_das320": lambda p, c: _pick(p, _BR_DAS, 8),
    "br_cel320": lambda p, c: f"({_num(p, 80) + 11}) 9{p.phone[-8:-4]}-{p.phone[-4:]}",
    # Italy: flat-rate taxpayers
    "it_cf320": lambda p, c: _cf(p),
    "it_piva320": lambda p, c: _piva(p),
    "it_family320": lambda p, c: _pick(p, _IT_FAMILY, 2),
    "it_given320": lambda p, c: _by_sex(p, _IT_GIVEN_M, _IT_GIVEN_F, 1),
    "it_born320": lambda p, c: _pick(p, tuple(n for n, _ in _IT_BIRTHPLACES), 5),
    "it_street320": lambda p, c: _place(p, _IT_HOMES)[0],
    "it_cap320": lambda p, c: _place(p, _IT_HOMES)[1],
    "it_town320": lambda p, c: _place(p, _IT_HOMES)[2],
    "it_prov320": lambda p, c: _place(p, _IT_HOMES)[3],
    "it_sede320": lambda p, c: _pick(p, _IT_SEDE, 4),
    "it_ateco320": lambda p, c: _pick(p, _IT_ATECO, 6),
    "it_ricavi320": lambda p, c: f"{_num(p, 80) * 1000 + 4500},00",
    "it_aliq320": lambda p, c: "5%" if int(p.bhxh) % 3 == 0 else "15%",
    "it_cell320": lambda p, c: f"+39 3{p.phone[-9:-7]} {p.phone[-7:]}",
    # Egypt: cars of Egyptians abroad
    "eg_name320": lambda p, c: _eg_name(p),
    "eg_nid320": lambda p, c: _eg_nid(p, _place(p, _EG_HOMES)[2]),
    "eg_sex320": lambda p, c: "ذكر" if p.male else "أنثى",
    "eg_passport320": lambda p, c: f"A{p.bhxh[-8:]}",
    "eg_country320": lambda p, c: _pick(p, _EG_COUNTRIES, 5),
    "eg_home320": lambda p, c: f"{_place(p, _EG_HOMES)[0]}، {_place(p, _EG_HOMES)[1]}, مصر",
    "eg_gov320": lambda p, c: _place(p, _EG_HOMES)[1],
    "eg_phone320": lambda p, c: f"01{'0125'[int(p.bhxh) % 4]}{p.phone[-8:]}",
    "eg_tax320": lambda p, c: _eg_tax(p),
    "eg_deposit320": lambda p, c: f"{(_num(p, 60) + 5) * 500:,}",
    "eg_car320": lambda p, c: _pick(p, _EG_CARS, 6),
    "eg_vin320": lambda p, c: f"JTD{p.bhxh[:4]}E{p.bhxh[4:]}{p.phone[-3:]}",
    "eg_port320": lambda p, c: _pick(p, _EG_PORTS, 7),
    "eg_status320": lambda p, c: _pick(p, _EG_STATUS, 8),
    "eg_kin_phone320": lambda p, c: _other_phone(p, "011"),
}

__all__ = ["WRITERS_BLIND320"]
