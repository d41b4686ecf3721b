"""How the people of the hundred-and-forty-fourth part of the outside corpus (**blind 144**,
:mod:`lienthong.quality._corpus_blind144`) are written: four Vietnamese files' own columns (a
ballot on merging communes, a lease of the commune's public land won at auction, a garment
factory's job applicants, homemade three-wheelers handed in for support) and Peruvian, Bolivian,
Ecuadorian, Colombian and Venezuelan names, places, phones and numbers in the forms their
registers show (the DNI's check character, the Bolivian carnet and where it was issued, the
Ecuadorian cédula's modulo-10 digit and the RUC built on it, the Colombian cédula, the Venezuelan
cédula and the RIF with its modulo-11 digit)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind52_writers import _luhn
from lienthong.quality._corpus_blind65_writers import _dni, _dni_check
from lienthong.quality._corpus_blind78_writers import _dotted

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: the ballot on merging communes -----------------------------------------------------
_VN_HAMLETS = ("Thon Dong Phu", "Thon Trung Hoa", "Thon Ha Lang", "Xom 4", "Thon Tan Lap")
_VN_OPINIONS = ("Dong y", "Dong y", "Dong y", "Khong dong y", "Dong y", "Phieu khong hop le")
_VN_BALLOT_WAYS = ("Tai khu vuc bo phieu", "Phat phieu tai nha", "Tai khu vuc bo phieu")
# -- Vietnam: leasing the commune's 5% public land -----------------------------------------------
_VN_LAND_USES = ("Trồng lúa", "Nuôi trồng thủy sản", "Trồng rau màu", "Trồng cây hằng năm")
_VN_FIELDS = (
    "Xứ đồng Cửa Đình",
    "Xứ đồng Bãi Sậy",
    "Ao Đầm Cói",
    "Xứ đồng Gò Mả",
    "Vùng Bãi Ngoài",
)
# -- Vietnam: a garment factory's job applicants -------------------------------------------------
_VN_POSTS = ("Công nhân may", "Công nhân cắt", "KCS", "Công nhân là", "Thợ phụ", "Tạp vụ")
_VN_SCHOOLING = ("9/12", "12/12", "12/12", "Trung cấp", "7/12", "Cao đẳng")
_VN_SOURCES = ("Tự đến", "Người quen giới thiệu", "Facebook", "Trung tâm DVVL", "Zalo")
_VN_INTERVIEW = ("Đạt", "Đạt", "Chờ thử tay nghề", "Không đạt", "Đạt - hẹn đi làm")
# -- Vietnam: homemade three-wheelers handed in ------------------------------------------------
_VN_CARTS = ("Xe ba gác tự chế", "Xe lôi máy", "Xe công nông đầu ngang", "Xe tự chế 4 bánh")
_VN_CART_USES = ("Chở vật liệu xây dựng", "Chở hàng chợ", "Thu gom phế liệu", "Chở nông sản")
_VN_CART_STATUS = ("Đã giao nộp, chờ chi", "Đã chi hỗ trợ", "Chưa giao nộp", "Đã chi hỗ trợ")
_VN_JOBS_AFTER = ("Vay vốn mua xe tải nhỏ", "Học nghề lái xe", "Buôn bán nhỏ", "Chưa có nhu cầu")
# -- Peru: Pensión 65 in Ayacucho ----------------------------------------------------------------
_PE_FAMILY = ("QUISPE", "HUAMANÍ", "PALOMINO", "CCAHUANA", "GUTIÉRREZ", "TAIPE", "PARIONA")
_PE_GIVEN_M = ("TEODORO", "MÁXIMO", "FORTUNATO", "JULIÁN", "ALEJANDRO", "SATURNINO")
_PE_GIVEN_F = ("FLORENCIA", "JUSTINIANA", "MÁXIMA", "EUSEBIA", "VICTORIA", "SABINA")
_PE_HOMES = (
    ("Comunidad Campesina de Chuschi, Anexo Quispillaccta", "Chuschi", "Cangallo"),
    ("Jr. Libertad N° 312, Barrio Santa Ana", "Ayacucho", "Huamanga"),
    ("C.P. Pampa Cangallo s/n", "Los Morochucos", "Cangallo"),
    ("Av. Mariscal Cáceres 845", "Huanta", "Huanta"),
    ("Comunidad de Sachabamba, Mz. B Lt. 4", "Chiara", "Huamanga"),
)
_PE_PAYS = ("Agencia BN Huamanga", "ETV Chuschi", "Carritos pagadores", "Agencia BN Huanta")
_PE_STATES = ("Usuario activo", "Usuario activo", "Suspendido - SISFOH", "Fallecido", "Activo")
# -- Bolivia: a Potosí mining cooperative's members ----------------------------------------------
_BO_FAMILY = ("CHOQUE", "COLQUE", "MAMANI", "FLORES", "QUISPE", "CONDORI", "VILLCA", "COPA")
_BO_GIVEN_M = ("Freddy", "Marcelino", "Rubén", "Wilfredo", "Eusebio", "Germán", "Jhonny")
_BO_GIVEN_F = ("Basilia", "Justina", "Ruth", "Dominga", "Virginia", "Sonia")
_BO_HOMES = (
    ("Zona San Cristóbal, Calle Chuquisaca N° 45", "Potosí"),
    ("Villa Copacabana, Av. Circunvalación N° 1120", "Potosí"),
    ("Zona Ciudad Satélite, Calle 8 N° 32", "Potosí"),
    ("Comunidad Cantumarca s/n", "Potosí"),
    ("Barrio Minero Pailaviri, Casa 17", "Potosí"),
)
_BO_SECTIONS = ("Bocamina Candelaria", "Sección Pailaviri", "Nivel 0 Rosario", "Bocamina Caracoles")
_BO_POSTS = ("Socio", "Socio", "Socio", "Segunda mano", "Delegado de sección", "Palliri")
_BO_AFPS = ("AFP Previsión", "Futuro de Bolivia", "Gestora Pública")
# -- Ecuador: a savings and credit cooperative's members -----------------------------------------
_EC_FAMILY = ("Guamán", "Yupanqui", "Morocho", "Lema", "Pilco", "Tenemaza", "Cuvi", "Naula")
_EC_GIVEN_M = ("Segundo Manuel", "Luis Alfonso", "José Mariano", "Darwin Patricio", "Wilson")
_EC_GIVEN_F = ("María Rosa", "Mercedes", "Tránsito", "Blanca Rosario", "Nancy Patricia")
_EC_HOMES = (
    ("06", "Comunidad San Francisco de Cebadas", "Cebadas", "Guamote"),
    ("06", "Av. Daniel León Borja y Duchicela", "Lizarzaburu", "Riobamba"),
    ("06", "Barrio La Dolorosa, calle Bolívar s/n", "Matriz", "Colta"),
    ("18", "Calle Sucre 08-34 y Castillo", "La Matriz", "Ambato"),
    ("17", "Av. Mariscal Sucre S12-45 y Quitumbe", "Quitumbe", "Quito"),
)
_EC_CIVIL = ("Casado/a", "Soltero/a", "Unión de hecho", "Viudo/a", "Casado/a")
_EC_PRODUCTS = (
    "Ahorro a la vista",
    "Ahorro programado",
    "Depósito a plazo fijo",
    "Ahorro infantil",
)
# -- Colombia: the single register of victims ----------------------------------------------------
_CO_FAMILY = ("Palacios", "Mosquera", "Rentería", "Córdoba", "Cuesta", "Urrego", "Mena", "Valoyes")
_CO_GIVEN_M = ("José", "Luis", "Ever", "Yair", "Jhon", "Fredy", "Wilmer")
_CO_SECOND_M = ("Antonio", "Alberto", "Manuel", "Enrique", "")
_CO_GIVEN_F = ("María", "Luz", "Yesenia", "Yuliana", "Ana", "Marleny")
_CO_SECOND_F = ("Cristina", "Dary", "Edith", "Elena", "")
_CO_EVENTS = (
    ("Desplazamiento forzado", "Bojayá", "Chocó"),
    ("Desplazamiento forzado", "Riosucio", "Chocó"),
    ("Homicidio", "Turbo", "Antioquia"),
    ("Amenaza", "Tumaco", "Nariño"),
    ("Desaparición forzada", "El Carmen de Bolívar", "Bolívar"),
    ("Minas antipersonal", "San Carlos", "Antioquia"),
)
_CO_HOMES = (
    ("Cra 4 # 28-15 Barrio Pandeyuca", "Quibdó"),
    ("Calle 104 # 34B-20 Manrique", "Medellín"),
    ("Mz 12 Casa 7 Urb. Villa del Sol", "Apartadó"),
    ("Dg 73 Sur # 78-40 Bosa", "Bogotá D.C."),
    ("Cl 5 # 9-32 Barrio El Bosque", "Cartagena"),
)
_CO_ETHNIC = ("Negro(a) o Afrocolombiano(a)", "Ninguna", "Indígena", "Negro(a) o Afrocolombiano(a)")
_CO_STATES = ("Incluido", "Incluido", "Incluido", "No incluido", "En valoración")
# -- Venezuela: Gran Misión Vivienda Venezuela ---------------------------------------------------
_VE_FAMILY = ("González", "Rodríguez", "Pérez", "Hernández", "Rivas", "Colmenares", "Briceño")
_VE_GIVEN_M = ("José Gregorio", "Luis Alberto", "Yonaiker", "Carlos Eduardo", "Wilmer")
_VE_GIVEN_F = ("María Alejandra", "Yusmary", "Carmen Elena", "Yelitza", "Daniela")
_VE_HOMES = (
    ("Sector La Cruz, Calle 5, Casa N° 12", "Petare", "Sucre", "Miranda"),
    ("Barrio José Félix Ribas, Zona 10, Vereda 3", "Petare", "Sucre", "Miranda"),
    ("Urb. La Isabelica, Sector 4, Vereda 18", "Rafael Urdaneta", "Valencia", "Carabobo"),
    ("Av. Sucre, Edif. Los Jabillos, Piso 2, Apto 2-B", "Catia", "Libertador", "Distrito Capital"),
    ("Sector Santa Rosa, Calle Principal, Casa S/N", "Juan de Villegas", "Iribarren", "Lara"),
)
_VE_URBANISMS = (
    "Urbanismo Ciudad Tiuna, Torre 14, Apto 7-3",
    "Urbanismo Fabricio Ojeda, Torre B, Apto 2-1",
    "Urbanismo Hugo Chávez, Edif. 3, Apto PB-2",
    "Ciudad Caribia, Terraza 5, Edif. 22, Apto 4-4",
)
_VE_STATES = ("Adjudicado", "Adjudicado", "Protocolizado", "En espera", "Adjudicado")
_VE_CIVIL = ("Soltero(a)", "Casado(a)", "Concubino(a)", "Divorciado(a)")


def _place(p: Person, places: tuple[tuple[str, ...], ...], salt: int = 7) -> tuple[str, ...]:
    return places[int(p.bhxh) // salt % len(places)]


def _ci_potosi(p: Person) -> str:
    return f"{3_000_000 + int(p.bhxh[:8]) % 9_000_000}"


def _cedula_ec144(p: Person) -> str:
    """An Ecuadorian cédula: the province, a third digit under 6, six digits, the mod-10 digit."""
    body = f"{_place(p, _EC_HOMES)[0]}{int(p.bhxh[1]) % 6}{p.bhxh[-6:]}"
    return f"{body}{_luhn(body)}"


def _cc_co144(p: Person) -> str:
    number = int(p.bhxh[-9:]) % 1_100_000_000 + 10_000_000
    return f"{number:,}".replace(",", ".") if _num(p, 3) == 1 else str(number)


def _ve_serial(p: Person) -> int:
    return (p.birth.year - 1935) * 380_000 + int(p.bhxh[-6:]) % 380_000 + 300_000


def _rif_ve(p: Person) -> str:
    """The RIF of a natural person, ``V-12345678-9``: the cédula padded to eight digits and a
    check digit (the letter counts 4 times its code, the digits 3, 2, 7, 6, 5, 4, 3, 2; eleven
    less the sum mod 11, 10 and 11 written 0)."""
    digits = f"{_ve_serial(p):08d}"
    total = 4 * 1 + sum(int(d) * w for d, w in zip(digits, (3, 2, 7, 6, 5, 4, 3, 2), strict=True))
    check = 11 - total % 11
    return f"V-{digits}-{0 if check > 9 else check}"


def _ve_phone(p: Person) -> str:
    return f"{_pick(p, ('0414', '0424', '0416', '0426', '0212'), 3)}-{p.phone[3:10]}"


WRITERS_BLIND144: dict[str, Callable[[Person, Col], object]] = {
    # ballot on merging communes
    "mg_hamlet144": lambda p, c: _pick(p, _VN_HAMLETS, 2),
    "mg_booth144": lambda p, c: f"KVBP so {_num(p, 9)}",
    "mg_opinion144": lambda p, c: _pick(p, _VN_OPINIONS, 3),
    "mg_way144": lambda p, c: _pick(p, _VN_BALLOT_WAYS, 4),
    "mg_officer144": lambda p, c: "Nguyen Van Toan" if _num(p, 2) == 1 else "Pham Thi Hue",
    "mg_ballot144": lambda p, c: f"{_num(p, 9)}-{p.bhxh[-4:]}",
    # 5% public land lease
    "ld_plot144": lambda p, c: f"{_num(p, 400) + 12}",
    "ld_sheet144": lambda p, c: f"{_num(p, 30)}",
    "ld_field144": lambda p, c: _pick(p, _VN_FIELDS, 2),
    "ld_area144": lambda p, c: f"{(_num(p, 40) + 4) * 36},0",
    "ld_use144": lambda p, c: _pick(p, _VN_LAND_USES, 3),
    "ld_term144": lambda p, c: f"{_pick(p, ('3', '5', '5', '2'), 4)} năm",
    "ld_price144": lambda p, c: _dotted((_num(p, 40) + 4) * 36 * 1_400),
    "ld_contract144": lambda p, c: f"{_num(p, 90):02d}/HĐ-UBND",
    "ld_end144": lambda p, c: f"{_shift_date(p.other_date, 5):%d/%m/%Y}",
    # garment factory applicants
    "gm_post144": lambda p, c: _pick(p, _VN_POSTS, 2),
    "gm_school144": lambda p, c: _pick(p, _VN_SCHOOLING, 3),
    "gm_source144": lambda p, c: _pick(p, _VN_SOURCES, 4),
    "gm_result144": lambda p, c: _pick(p, _VN_INTERVIEW, 5),
    "gm_kin144": lambda p, c: _other_vn(p, 6, family=p.family),
    "gm_kin_phone144": lambda p, c: f"09{p.bhxh[:8]}",
    "gm_years144": lambda p, c: _pick(p, ("0", "1", "2", "3", "5", "Mới ra trường"), 6),
    # homemade three-wheelers
    "ct_kind144": lambda p, c: _pick(p, _VN_CARTS, 2),
    "ct_use144": lambda p, c: _pick(p, _VN_CART_USES, 3),
    "ct_engine144": lambda p, c: f"D{_pick(p, ('165', '170', '180'), 4)}F-{p.bhxh[-6:]}",
    "ct_years144": lambda p, c: _num(p, 15) + 2,
    "ct_amount144": lambda p, c: _dotted(10_000_000 if _num(p, 3) > 1 else 7_000_000),
    "ct_wish144": lambda p, c: _pick(p, _VN_JOBS_AFTER, 6),
    "ct_status144": lambda p, c: _pick(p, _VN_CART_STATUS, 7),
    # Peru: Pensión 65
    "dni_pe144": lambda p, c: _dni(p),
    "dni_dv144": lambda p, c: _dni_check(p, letters=_num(p, 4) == 1),
    "pe_pat144": lambda p, c: _pick(p, _PE_FAMILY, 1),
    "pe_mat144": lambda p, c: _pick(p, _PE_FAMILY, 2),
    "pe_given144": lambda p, c: _by_sex(p, _PE_GIVEN_M, _PE_GIVEN_F, 3),
    "sex_pe144": lambda p, c: "M" if p.male else "F",
    "pe_street144": lambda p, c: _place(p, _PE_HOMES)[0],
    "pe_district144": lambda p, c: _place(p, _PE_HOMES)[1],
    "pe_province144": lambda p, c: _place(p, _PE_HOMES)[2],
    "pe_phone144": lambda p, c: f"9{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "pe_cse144": lambda p, c: _pick(p, ("Pobre extremo", "Pobre extremo", "Pobre"), 4),
    "pe_pay144": lambda p, c: _pick(p, _PE_PAYS, 5),
    "pe_proxy144": lambda p, c: (
        f"{_pick(p, _PE_GIVEN_F, 6)} {_pick(p, _PE_FAMILY, 1)}" if _num(p, 3) == 1 else ""
    ),
    "pe_state144": lambda p, c: _pick(p, _PE_STATES, 7),
    # Bolivia: mining cooperative
    "ci_bo144": lambda p, c: _ci_potosi(p),
    "bo_comp144": lambda p, c: f"1{p.bhxh[3]}" if _num(p, 6) == 1 else "",
    "bo_exp144": lambda p, c: _pick(p, ("PT", "PT", "PT", "OR", "LP", "CH"), 2),
    "bo_pat144": lambda p, c: _pick(p, _BO_FAMILY, 1),
    "bo_mat144": lambda p, c: _pick(p, _BO_FAMILY, 3),
    "bo_given144": lambda p, c: _by_sex(p, _BO_GIVEN_M, _BO_GIVEN_F, 4),
    "sex_bo144": lambda p, c: "Masculino" if p.male else "Femenino",
    "bo_addr144": lambda p, c: ", ".join(_place(p, _BO_HOMES)),
    "bo_phone144": lambda p, c: f"{_pick(p, ('7', '6'), 5)}{p.phone[3:10]}",
    "bo_section144": lambda p, c: _pick(p, _BO_SECTIONS, 6),
    "bo_post144": lambda p, c: _pick(p, _BO_POSTS, 7),
    "bo_nua144": lambda p, c: f"{int(p.bhxh[:9]) % 40_000_000 + 20_000_000}",
    "bo_afp144": lambda p, c: _pick(p, _BO_AFPS, 8),
    "bo_dues144": lambda p, c: f"{(_num(p, 6) + 2) * 50},00",
    "bo_heir144": lambda p, c: f"{_pick(p, _BO_GIVEN_F, 9)} {_pick(p, _BO_FAMILY, 3)}",
    # Ecuador: savings cooperative
    "cedula_ec144": lambda p, c: _cedula_ec144(p),
    "ec_ruc144": lambda p, c: f"{_cedula_ec144(p)}001" if _num(p, 3) == 1 else "",
    "ec_member144": lambda p, c: f"{_num(p, 9):02d}{p.bhxh[-5:]}",
    "ec_family144": lambda p, c: f"{_pick(p, _EC_FAMILY, 1)} {_pick(p, _EC_FAMILY, 2)}",
    "ec_given144": lambda p, c: _by_sex(p, _EC_GIVEN_M, _EC_GIVEN_F, 3),
    "ec_civil144": lambda p, c: _pick(p, _EC_CIVIL, 4),
    "ec_spouse144": lambda p, c: (
        f"{_by_sex(p, _EC_GIVEN_F, _EC_GIVEN_M, 5)} {_pick(p, _EC_FAMILY, 6)}"
    ),
    "ec_street144": lambda p, c: _place(p, _EC_HOMES)[1],
    "ec_parish144": lambda p, c: _place(p, _EC_HOMES)[2],
    "ec_canton144": lambda p, c: _place(p, _EC_HOMES)[3],
    "ec_phone144": lambda p, c: f"09{p.phone[2:10]}",
    "ec_product144": lambda p, c: _pick(p, _EC_PRODUCTS, 7),
    "ec_share144": lambda p, c: f"{(_num(p, 4) + 1) * 25}.00",
    "ec_balance144": lambda p, c: f"{int(p.bhxh[-6:]) / 100:,.2f}",
    # Colombia: RUV
    "co_doctype144": lambda p, c: _pick(p, ("CC", "CC", "CC", "CC", "TI"), 1),
    "cc_co144": lambda p, c: _cc_co144(p),
    "co_first144": lambda p, c: _by_sex(p, _CO_GIVEN_M, _CO_GIVEN_F, 2),
    "co_second144": lambda p, c: _by_sex(p, _CO_SECOND_M, _CO_SECOND_F, 3),
    "co_last1_144": lambda p, c: _pick(p, _CO_FAMILY, 4),
    "co_last2_144": lambda p, c: _pick(p, _CO_FAMILY, 5),
    "sex_co144": lambda p, c: "Hombre" if p.male else "Mujer",
    "co_ethnic144": lambda p, c: _pick(p, _CO_ETHNIC, 6),
    "co_event144": lambda p, c: _place(p, _CO_EVENTS, 5)[0],
    "co_event_mun144": lambda p, c: _place(p, _CO_EVENTS, 5)[1],
    "co_event_dep144": lambda p, c: _place(p, _CO_EVENTS, 5)[2],
    "co_fud144": lambda p, c: f"{_pick(p, ('BG', 'NI', 'CJ'), 7)}{p.bhxh[-6:]}",
    "co_state144": lambda p, c: _pick(p, _CO_STATES, 8),
    "co_street144": lambda p, c: _place(p, _CO_HOMES, 11)[0],
    "co_city144": lambda p, c: _place(p, _CO_HOMES, 11)[1],
    "co_phone144": lambda p, c: f"3{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}{p.bhxh[-1]}",
    # Venezuela: GMVV
    "cedula_ve144": lambda p, c: f"V-{_ve_serial(p):,}".replace(",", "."),
    "rif_ve144": lambda p, c: _rif_ve(p),
    "ve_name144": lambda p, c: (
        f"{_by_sex(p, _VE_GIVEN_M, _VE_GIVEN_F, 1)} {_pick(p, _VE_FAMILY, 2)}"
        f" {_pick(p, _VE_FAMILY, 3)}"
    ),
    "sex_ve144": lambda p, c: "M" if p.male else "F",
    "ve_civil144": lambda p, c: _pick(p, _VE_CIVIL, 4),
    "ve_load144": lambda p, c: _num(p, 6),
    "ve_phone144": lambda p, c: _ve_phone(p),
    "ve_addr144": lambda p, c: _place(p, _VE_HOMES)[0],
    "ve_parish144": lambda p, c: _place(p, _VE_HOMES)[1],
    "ve_mun144": lambda p, c: _place(p, _VE_HOMES)[2],
    "ve_state144": lambda p, c: _place(p, _VE_HOMES)[3],
    "ve_unit144": lambda p, c: _pick(p, _VE_URBANISMS, 5),
    "ve_cc144": lambda p, c: f"C.C. {_pick(p, ('La Esperanza', 'Unidos por la Patria'), 6)}",
    "ve_status144": lambda p, c: _pick(p, _VE_STATES, 7),
}
