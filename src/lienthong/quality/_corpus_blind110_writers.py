"""How the people of the hundred-and-tenth part of the outside corpus (**blind 110**,
:mod:`lienthong.quality._corpus_blind110`) are written: four Vietnamese files' own columns (a
digital literacy learner, a former youth volunteer's allowance, a discharged soldier's reserve
registration, a household's security camera) and Peruvian, Ecuadorian, Bolivian, Paraguayan and
Uruguayan names, places, phones and identity numbers in the forms their registers write them (the
DNI with its check character, the cédula with its modulo-10 digit, the carnet with its
department, the cédula de identidad and the Uruguayan cédula with its check digit)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind15_writers import _ci_uy
from lienthong.quality._corpus_blind20_writers import _ci_py
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind52_writers import _luhn
from lienthong.quality._corpus_blind65_writers import _dni, _dni_check
from lienthong.quality._corpus_blind85_writers import _items, _rows
from lienthong.quality._corpus_blind92_writers import _dotted
from lienthong.quality._corpus_people import _ascii

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnamese files ---------------------------------------------------------------------------
_VN_BD_HOMES = _items(
    "thôn Phú Mỹ, xã Quảng Phú, huyện Quảng Điền, tỉnh Thừa Thiên Huế; tổ 4, phường Thủy "
    "Xuân, TP. Huế; thôn 3, xã Phong Hiền, huyện Phong Điền, tỉnh Thừa Thiên Huế; kiệt 42 Chi "
    "Lăng, phường Phú Hậu, TP. Huế; thôn La Khê, xã Hương Toàn, thị xã Hương Trà, tỉnh Thừa "
    "Thiên Huế"
)
_VN_BD_JOBS = _items("Nông dân; Buôn bán nhỏ; Nội trợ; Hưu trí; Công nhân; Làm thuê; HSSV")
_VN_BD_MODULES = _items(
    "Kích hoạt, sử dụng VNeID; Nộp hồ sơ DVC trực tuyến; Thanh toán không dùng tiền mặt; "
    "Nhận diện lừa đảo trên mạng; Sử dụng Zalo, email cơ bản; Khai báo cư trú trên VNeID"
)
_VN_BD_GROUPS = ("Tổ CNS thôn 1", "Tổ CNS thôn 2", "Tổ CNS tổ 4", "ĐV Đoàn xã", "Tổ CNS thôn 3")
_VN_BD_RESULTS = ("Hoàn thành", "Hoàn thành", "Hoàn thành", "Chưa hoàn thành", "Hoàn thành")
_VN_VNEID = ("Mức 2", "Mức 2", "Mức 1", "Chưa có", "Mức 2")

_VN_TNXP_ORIGINS = _items(
    "Xã Nghi Xuân, Hà Tĩnh; Xã Hải Thanh, Tĩnh Gia, Thanh Hóa; Xã Yên Thành, Nghệ An; "
    "Xã Quảng Xương, Thanh Hóa; Xã Kiến Xương, Thái Bình; Xã Ý Yên, Nam Định"
)
_VN_TNXP_HOMES = _items(
    "xóm 5, xã Xuân Viên, huyện Nghi Xuân, tỉnh Hà Tĩnh; thôn Trung, xã Thạch Lâm, huyện Thạch "
    "Hà, tỉnh Hà Tĩnh; khối 7, phường Bắc Hà, TP. Hà Tĩnh, tỉnh Hà Tĩnh; thôn Tân Hòa, xã Kỳ "
    "Phong, huyện Kỳ Anh, tỉnh Hà Tĩnh; tổ dân phố 2, thị trấn Đức Thọ, huyện Đức Thọ, tỉnh Hà "
    "Tĩnh"
)
_VN_TNXP_UNITS = _items(
    "Đội 55 TNXP Hà Tĩnh; Đại đội 317, Tổng đội TNXP Trường Sơn; C2 Đội TNXP 253 Nghệ An; "
    "Đội TNXP chống Mỹ cứu nước N25; Tổng đội TNXP 5 Thanh Hóa"
)
_VN_TNXP_REGIMES = _items(
    "TC 1 lần; TC 1 lần + BHYT; TC hàng tháng (ốm đau, mất SLĐ); Mai táng phí"
)

_VN_RANKS = _items("Binh nhất; Binh nhì; Hạ sĩ; Trung sĩ; Thượng sĩ; Binh nhất")
_VN_POSTS = _items("Chiến sĩ; Tiểu đội phó; Tiểu đội trưởng; Chiến sĩ; Lái xe; Pháo thủ")
_VN_UNITS = _items(
    "c2/d4/e141/f312/QĐ1; c9/d3/e2/f325/QĐ2; c1/d1/Lữ 125 Hải quân; c5/d2/e48/f320/QĐ3; "
    "BCH Quân sự tỉnh Bắc Giang; d18/BTL Thủ đô"
)
_VN_CNQS = ("121", "231", "131", "461", "911", "221")
_VN_BG_HOMES = _items(
    "thôn Hả, xã Tân Mỹ, TP. Bắc Giang, tỉnh Bắc Giang; thôn Dĩnh Sơn, xã Dĩnh Trì, TP. Bắc "
    "Giang, tỉnh Bắc Giang; tổ dân phố Đồng Mai, thị trấn Tân Dân, huyện Yên Dũng, tỉnh Bắc "
    "Giang; thôn Kép 1, xã Hương Sơn, huyện Lạng Giang, tỉnh Bắc Giang"
)
_VN_DBDV = _items(
    "c3/d5/e831 (DBĐV); Tiểu đoàn BB dự bị huyện; c2 Cao xạ 37 DBĐV; Đội xe DBĐV số 4; "
    "Trung đội công binh DBĐV"
)

_VN_CAM_STREETS = _items(
    "45 Nguyen Van Cu; 12/3 Le Loi; 208 Tran Hung Dao; 17 kiet 5 Ly Thuong Kiet; 66 Hung Vuong; "
    "9 hem 21 Nguyen Trai"
)
#: (ward, district)
_VN_CAM_PLACES = _rows(
    "P. Ninh Kieu | Q. Ninh Kieu; P. An Hoa | Q. Ninh Kieu; P. Hung Loi | Q. Ninh Kieu; "
    "P. Tra Noc | Q. Binh Thuy; P. Binh Thuy | Q. Binh Thuy; P. Le Binh | Q. Cai Rang"
)
_VN_CAM_SPOTS = _items("Truoc cong; Goc nga ba hem; Truoc cong + san; Hien nha; Dau hem")
_VN_CAM_OFFICERS = ("Tran Van Hau (CSKV)", "Le Thi Nga", "Nguyen Minh Tri (CSKV)", "Vo Van Tam")

# -- Peru: Beca 18 (PRONABEC) ---------------------------------------------------------------------
_PE_FAMILY = _items(
    "QUISPE; MAMANI; HUAMAN; FLORES; CONDORI; CHOQUE; RAMOS; TICONA; CCAHUANA; APAZA; VARGAS"
)
_PE_GIVEN_M = _items("Juan Carlos; Yhonatan; Luis Alberto; Kevin Ronaldo; Edwin; Wilber")
_PE_GIVEN_F = _items("Yesenia; Maribel; Rosa Luz; Katherine Milagros; Nayely; Lizbeth")
_PE_HOMES = _items(
    "Jr. Los Andes 245, Wanchaq, Cusco; Av. Circunvalación 1120, Juliaca, San Román, Puno; "
    "Psje. Santa Rosa 17, Ayacucho, Huamanga; Comunidad Campesina Chacan, Anta, Cusco; "
    "Av. Huancavelica 532, El Tambo, Huancayo; Mz. F Lt. 12 AA.HH. Villa Hermosa, Castilla, Piura"
)
_PE_REGIONS = _items("Cusco; Puno; Ayacucho; Apurímac; Huancavelica; Junín; Piura; Loreto")
_PE_IES = _items(
    "Universidad Nacional de San Antonio Abad del Cusco; Universidad Peruana Cayetano Heredia; "
    "Pontificia Universidad Católica del Perú; Universidad Nacional de Ingeniería; "
    "SENATI - Arequipa; Instituto Tecnológico TECSUP"
)
_PE_CAREERS = _items(
    "Ingeniería Civil; Enfermería; Educación Inicial Intercultural Bilingüe; Medicina Humana; "
    "Mecánica Automotriz; Contabilidad; Ingeniería de Sistemas"
)
_PE_MODES = _items("Beca 18 Ordinaria; Beca 18 EIB; Beca 18 VRAEM; Beca 18 Huallaga; Beca 18 CNA")
_PE_STATES = _items("Becario activo; Becario activo; Suspensión temporal; Egresado; Becario activo")

# -- Ecuador: calificación de discapacidad (MSP) --------------------------------------------------
_EC_FAMILY = _items(
    "Guamán Lema; Zambrano Vera; Chicaiza Toapanta; Cedeño Macías; Quishpe Caiza; Bravo Loor"
)
_EC_GIVEN_M = _items("Segundo Manuel; José Luis; Darwin Fabián; Wilson Patricio; Byron Andrés")
_EC_GIVEN_F = _items("María Dolores; Nancy Piedad; Jessica Alexandra; Rosa Elvira; Mayra Lisbeth")
#: (province code, province, canton, parish, street)
_EC_PLACES = _rows(
    "17 | Pichincha | Quito | Chillogallo | Calle S22 y Av. Mariscal Sucre, Oe5-123; "
    "09 | Guayas | Guayaquil | Ximena | Cdla. Guasmo Sur, Mz. 12 Villa 8; "
    "13 | Manabí | Portoviejo | Andrés de Vera | Av. Manabí y calle 12 de Marzo; "
    "06 | Chimborazo | Riobamba | Lizarzaburu | Barrio La Politécnica, calle Tarqui 24-56; "
    "01 | Azuay | Cuenca | Yanuncay | Av. Loja 3-45 y Remigio Tamariz; "
    "05 | Cotopaxi | Latacunga | Eloy Alfaro | Barrio San Felipe, pasaje Los Álamos"
)
_EC_KINDS = _items("Física; Intelectual; Auditiva; Visual; Psicosocial; Física; Lenguaje")
_EC_DEGREES = _items("Leve; Moderado; Grave; Muy grave; Moderado")
_EC_CENTRES = _items(
    "Centro de Salud Tipo C Chimbacalle; Hospital Abel Gilbert Pontón; Hospital Verdi Cevallos "
    "Balda; Hospital Provincial General Docente Riobamba; Centro de Salud Nº 1 Cuenca"
)

# -- Bolivia: comerciantes de la Feria 16 de Julio (El Alto) --------------------------------------
_BO_FAMILY = _items("MAMANI; QUISPE; CONDORI; CHOQUE; APAZA; LAURA; TICONA; CALLISAYA; COLQUE")
_BO_GIVEN_M = _items("Juan; Rubén Freddy; Marcelino; Edwin; Limbert; Teodoro")
_BO_GIVEN_F = _items("Justina; Teodora; María Eugenia; Sabina; Filomena; Elizabeth")
_BO_EXT = ("LP", "LP", "LP", "OR", "PT", "CB", "LP")
_BO_HOMES = _items(
    "Zona Villa Dolores, Calle 3 Nº 145, El Alto; Zona 16 de Julio, Av. Alfonso Ugarte Nº 892, "
    "El Alto; Zona Ballivián, Calle Loayza Nº 33, El Alto; Urb. Villa Adela, Calle 8 Nº 1120, "
    "El Alto; Zona Río Seco, Av. Juan Pablo II Nº 4501, El Alto; Villa Fátima, Calle Tejada "
    "Sorzano Nº 210, La Paz"
)
_BO_TRADES = _items(
    "Ropa usada; Repuestos de movilidad; Abarrotes; Electrodomésticos; Comida rápida; "
    "Herramientas y ferretería; Artesanía"
)
_BO_ASSOCIATIONS = _items(
    "Asoc. de Comerciantes Minoristas 16 de Julio; Asoc. Gremial Señor de Mayo; "
    "Asoc. Virgen del Carmen; Federación de Gremiales El Alto"
)
_BO_SPOTS = _items("Av. Alfonso Ugarte; Plaza Libertad; Calle Ballivián; Av. Panorámica")
_BO_STATES = _items("Habilitado; Habilitado; Observado; Con deuda; Habilitado")

# -- Paraguay: Registro Nacional de Agricultura Familiar (MAG) ------------------------------------
_PY_FAMILY = _items("Benítez; González; Ayala; Giménez; Cáceres; Ortiz; Duarte; Vera; Villalba")
_PY_GIVEN_M = _items("Ramón; Celso; Pablino; Derlis; Crispín; Fermín")
_PY_GIVEN_F = _items("Ña Ramona; Graciela; Nilda; Librada; Antonia; Mirna")
#: (department, district, compañía)
_PY_PLACES = _rows(
    "Caaguazú | Coronel Oviedo | Compañía Santa Librada; San Pedro | Choré | Colonia 8 de "
    "Diciembre; Paraguarí | Acahay | Compañía San Roque; Itapúa | Edelira | Colonia Km 28; "
    "Concepción | Horqueta | Asentamiento Jhugua Ñandu; Caazapá | Yuty | Compañía Isla Alta"
)
_PY_CROPS = _items(
    "Sésamo; Mandioca, maíz; Tomate (invernadero); Leche (4 vacas); Algodón; Chía; "
    "Caña de azúcar; Hortalizas"
)
_PY_ORGS = _items(
    "Comité San Isidro Labrador; Comité de Mujeres Ñepytyvõ; Asociación de Productores "
    "Yvy Pytã; Cooperativa Choré Ltda.; sin organización"
)
_PY_TECHS = ("Ing. Agr. Luis Ojeda", "Téc. Nancy Brítez", "Ing. Agr. Hugo Cabral", "Lic. Ana Paiva")

# -- Uruguay: Jornales Solidarios (Intendencia de Montevideo) -----------------------------------
_UY_FAMILY = _items("Rodríguez; Pereira; Fernández; da Silva; Sosa; Acosta; Olivera; Píriz")
_UY_GIVEN_M = _items("Martín; Diego; Facundo; Walter; Sebastián; Gonzalo")
_UY_GIVEN_F = _items("Andrea; Valentina; Natalia; Mariela; Lorena; Silvana")
#: (street line, barrio)
_UY_HOMES = _rows(
    "Av. 8 de Octubre 3245 apto 2 | La Blanqueada; Cno. Maldonado 6110 | Bella Italia; "
    "Pasaje 20 casa 14 | Casavalle; Carlos María Ramírez 1450 | La Teja; "
    "Av. Garzón 2120 bis | Colón; Cno. Carrasco 5280 block B apto 103 | Malvín Norte"
)
_UY_TASKS = _items(
    "Limpieza de espacios públicos; Mantenimiento de áreas verdes; Barrido de calles; "
    "Apoyo en ferias vecinales; Pintura de mobiliario urbano"
)
_UY_WORKPLACES = _items("Municipio A / CCZ 17; Municipio D / CCZ 11; Municipio F / CCZ 9")


def _cedula_ec(p: Person) -> str:
    """An Ecuadorian cédula: the province's code, a third digit under 6, six digits and the
    modulo-10 check digit (coefficients 2, 1, 2… from the left)."""
    body = f"{_ec_place(p)[0]}{int(p.bhxh[1]) % 6}{p.bhxh[-6:]}"
    return f"{body}{_luhn(body)}"


def _ec_place(p: Person) -> tuple[str, ...]:
    return _EC_PLACES[int(p.bhxh) // 7 % len(_EC_PLACES)]


def _py_place(p: Person) -> tuple[str, ...]:
    return _PY_PLACES[int(p.bhxh) // 5 % len(_PY_PLACES)]


def _uy_home(p: Person) -> tuple[str, ...]:
    return _UY_HOMES[int(p.bhxh) // 3 % len(_UY_HOMES)]


def _cam_place(p: Person) -> tuple[str, ...]:
    return _VN_CAM_PLACES[int(p.bhxh) // 9 % len(_VN_CAM_PLACES)]


def _pe_given(p: Person) -> str:
    return _by_sex(p, _PE_GIVEN_M, _PE_GIVEN_F, 3)


def _uy_given(p: Person) -> str:
    return _by_sex(p, _UY_GIVEN_M, _UY_GIVEN_F, 3)


def _tnxp_years(p: Person) -> int:
    return 1 + int(p.bhxh[-2]) % 4


WRITERS_BLIND110: dict[str, Callable[[Person, Col], object]] = {
    # -- học viên "Bình dân học vụ số"
    "bd_addr110": lambda p, c: _pick(p, _VN_BD_HOMES, 2),
    "bd_job110": lambda p, c: _pick(p, _VN_BD_JOBS, 3),
    "bd_vneid110": lambda p, c: _pick(p, _VN_VNEID, 4),
    "bd_module110": lambda p, c: _pick(p, _VN_BD_MODULES, 5),
    "bd_group110": lambda p, c: _pick(p, _VN_BD_GROUPS, 6),
    "bd_guide110": lambda p, c: _other_vn(p, 7),
    "bd_result110": lambda p, c: _pick(p, _VN_BD_RESULTS, 8),
    # -- thanh niên xung phong (QĐ 40/2011/QĐ-TTg)
    "tnxp_origin110": lambda p, c: _pick(p, _VN_TNXP_ORIGINS, 2),
    "tnxp_addr110": lambda p, c: _pick(p, _VN_TNXP_HOMES, 3),
    "tnxp_unit110": lambda p, c: _pick(p, _VN_TNXP_UNITS, 4),
    "tnxp_period110": lambda p, c: (
        f"{int(p.bhxh[-3]) % 12 + 1:02d}/{1965 + int(p.bhxh[-2:]) % 8}"
        f" - {int(p.bhxh[-4]) % 12 + 1:02d}/{1965 + int(p.bhxh[-2:]) % 8 + _tnxp_years(p)}"
    ),
    "tnxp_years110": lambda p, c: _tnxp_years(p),
    "tnxp_amount110": lambda p, c: _dotted(2_000_000 + _tnxp_years(p) * 800_000),
    "tnxp_regime110": lambda p, c: _pick(p, _VN_TNXP_REGIMES, 5),
    # -- quân nhân xuất ngũ đăng ký ngạch dự bị
    "rank110": lambda p, c: _pick(p, _VN_RANKS, 2),
    "post110": lambda p, c: _pick(p, _VN_POSTS, 3),
    "unit110": lambda p, c: _pick(p, _VN_UNITS, 4),
    "enlist110": lambda p, c: f"02/{_shift_date(p.other_date, -2).year}",
    "cnqs110": lambda p, c: _pick(p, _VN_CNQS, 5),
    "xn_addr110": lambda p, c: _pick(p, _VN_BG_HOMES, 6),
    "dbdv110": lambda p, c: _pick(p, _VN_DBDV, 7),
    # -- hộ đăng ký lắp camera an ninh
    "cam_street110": lambda p, c: _pick(p, _VN_CAM_STREETS, 2),
    "cam_tdp110": lambda p, c: f"To {int(p.bhxh[-2:]) % 30 + 1}",
    "cam_ward110": lambda p, c: _cam_place(p)[0],
    "cam_district110": lambda p, c: _cam_place(p)[1],
    "cam_count110": lambda p, c: 1 + int(p.bhxh[-1]) % 3,
    "cam_spot110": lambda p, c: _pick(p, _VN_CAM_SPOTS, 4),
    "cam_link110": lambda p, c: _pick(p, ("Co", "Co", "Khong"), 5),
    "cam_officer110": lambda p, c: _pick(p, _VN_CAM_OFFICERS, 6),
    # -- Peru: Beca 18
    "dni_pe110": lambda p, c: f"{_dni(p)}-{_dni_check(p, int(p.bhxh[0]) % 4 == 0)}",
    "pe_name110": lambda p, c: (
        f"{_pick(p, _PE_FAMILY, 2)} {_pick(p, _PE_FAMILY, 5)}, {_pe_given(p)}"
    ),
    "sex_pe110": lambda p, c: "M" if p.male else "F",
    "pe_code110": lambda p, c: f"B18-2025-{p.bhxh[-6:]}",
    "pe_region110": lambda p, c: _pick(p, _PE_REGIONS, 4),
    "pe_addr110": lambda p, c: _pick(p, _PE_HOMES, 4),
    "pe_phone110": lambda p, c: f"9{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "pe_email110": lambda p, c: (
        f"{_ascii(_pe_given(p).split()[0]).lower()}.{_ascii(_pick(p, _PE_FAMILY, 2)).lower()}"
        f"{p.bhxh[-2:]}@gmail.com"
    ),
    "pe_ies110": lambda p, c: _pick(p, _PE_IES, 6),
    "pe_career110": lambda p, c: _pick(p, _PE_CAREERS, 7),
    "pe_mode110": lambda p, c: _pick(p, _PE_MODES, 8),
    "pe_cycle110": lambda p, c: f"{int(p.bhxh[-3]) % 10 + 1}° ciclo",
    "pe_state110": lambda p, c: _pick(p, _PE_STATES, 9),
    # -- Ecuador: calificación de discapacidad
    "cedula_ec110": lambda p, c: _cedula_ec(p),
    "ec_family110": lambda p, c: _pick(p, _EC_FAMILY, 2),
    "ec_given110": lambda p, c: _by_sex(p, _EC_GIVEN_M, _EC_GIVEN_F, 3),
    "sex_ec110": lambda p, c: "Hombre" if p.male else "Mujer",
    "ec_prov110": lambda p, c: _ec_place(p)[1],
    "ec_canton110": lambda p, c: _ec_place(p)[2],
    "ec_parish110": lambda p, c: _ec_place(p)[3],
    "ec_street110": lambda p, c: _ec_place(p)[4],
    "ec_phone110": lambda p, c: f"09{p.phone[2]} {p.phone[3:6]} {p.phone[6:10]}",
    "ec_kind110": lambda p, c: _pick(p, _EC_KINDS, 4),
    "ec_percent110": lambda p, c: f"{30 + int(p.bhxh[-2:]) % 66}%",
    "ec_degree110": lambda p, c: _pick(p, _EC_DEGREES, 5),
    "ec_centre110": lambda p, c: _pick(p, _EC_CENTRES, 6),
    "ec_carer110": lambda p, c: (
        "" if int(p.bhxh) % 3 else f"{_pick(p, _EC_FAMILY, 7)} {_pick(p, _EC_GIVEN_F, 8)}"
    ),
    # -- Bolivia: Feria 16 de Julio
    "ci_bo110": lambda p, c: f"{1_000_000 + int(p.bhxh[:8]) % 12_000_000} {_pick(p, _BO_EXT, 2)}",
    "bo_pat110": lambda p, c: _pick(p, _BO_FAMILY, 3),
    "bo_mat110": lambda p, c: _pick(p, _BO_FAMILY, 4),
    "bo_given110": lambda p, c: _by_sex(p, _BO_GIVEN_M, _BO_GIVEN_F, 5),
    "sex_bo110": lambda p, c: "M" if p.male else "F",
    "bo_addr110": lambda p, c: _pick(p, _BO_HOMES, 6),
    "bo_phone110": lambda p, c: f"{_pick(p, ('7', '6', '7'), 7)}{p.phone[3:10]}",
    "bo_trade110": lambda p, c: _pick(p, _BO_TRADES, 8),
    "bo_assoc110": lambda p, c: _pick(p, _BO_ASSOCIATIONS, 9),
    "bo_stall110": lambda p, c: f"{_num(p, 900)}-{_pick(p, ('A', 'B', 'C'), 10)}",
    "bo_spot110": lambda p, c: _pick(p, _BO_SPOTS, 11),
    "bo_licence110": lambda p, c: f"PM-{p.bhxh[-5:]}/{p.other_date:%Y}",
    "bo_state110": lambda p, c: _pick(p, _BO_STATES, 12),
    # -- Paraguay: RENAF
    "ci_py110": lambda p, c: _ci_py(p),
    "py_family110": lambda p, c: f"{_pick(p, _PY_FAMILY, 2)} {_pick(p, _PY_FAMILY, 6)}",
    "py_given110": lambda p, c: _by_sex(p, _PY_GIVEN_M, _PY_GIVEN_F, 3),
    "sex_py110": lambda p, c: "Masculino" if p.male else "Femenino",
    "py_dept110": lambda p, c: _py_place(p)[0],
    "py_district110": lambda p, c: _py_place(p)[1],
    "py_compania110": lambda p, c: _py_place(p)[2],
    "py_phone110": lambda p, c: f"098{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}",
    "py_area110": lambda p, c: f"{1 + int(p.bhxh[-2:]) % 20},{p.bhxh[-3]}",
    "py_crops110": lambda p, c: _pick(p, _PY_CROPS, 4),
    "py_org110": lambda p, c: _pick(p, _PY_ORGS, 5),
    "py_tech110": lambda p, c: _pick(p, _PY_TECHS, 7),
    # -- Uruguay: Jornales Solidarios
    "ci_uy110": lambda p, c: _ci_uy(p),
    "uy_family110": lambda p, c: _pick(p, _UY_FAMILY, 2),
    "uy_second110": lambda p, c: _pick(p, _UY_FAMILY, 5),
    "uy_given110": lambda p, c: _uy_given(p),
    "sex_uy110": lambda p, c: "Masculino" if p.male else "Femenino",
    "uy_street110": lambda p, c: _uy_home(p)[0],
    "uy_barrio110": lambda p, c: _uy_home(p)[1],
    "uy_phone110": lambda p, c: f"09{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}",
    "uy_email110": lambda p, c: (
        f"{_ascii(_uy_given(p)).lower()}{_ascii(_pick(p, _UY_FAMILY, 2)).lower().replace(' ', '')}"
        f"{p.bhxh[-2:]}@hotmail.com"
    ),
    "uy_task110": lambda p, c: _pick(p, _UY_TASKS, 4),
    "uy_work110": lambda p, c: _pick(p, _UY_WORKPLACES, 6),
    "uy_crew110": lambda p, c: f"Cuadrilla {int(p.bhxh[-2:]) % 24 + 1}",
    "uy_period110": lambda p, c: _pick(p, ("Ciclo 1 (4 meses)", "Ciclo 2 (4 meses)"), 7),
    "uy_wage110": lambda p, c: "$ 27.400",
}

__all__ = ["WRITERS_BLIND110"]
