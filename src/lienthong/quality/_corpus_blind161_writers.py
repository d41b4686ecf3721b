"""How the people of the hundred-and-sixty-first part of the outside corpus (**blind 161**,
:mod:`lienthong.quality._corpus_blind161`) are written: four Vietnamese files' own columns
(household businesses moving to e-invoices printed from a cash register, fishing boats called in
to shelter from a storm, price appraisers registered to practise, auctioneers registered with the
justice department) and Chilean, Argentine, Uruguayan, Paraguayan and Bolivian names, places,
phones and numbers in the forms their registers show (the Chilean RUN ends in its mod-11 digit or
K, the Argentine DNI is written with dots and the CUIL with its mod-11 digit, the Uruguayan
cédula ends in its check digit after a hyphen, the Paraguayan cédula has none, the Bolivian
carnet is followed by the department that issued it and sometimes a complement)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind15_writers import _ci_uy
from lienthong.quality._corpus_blind20_writers import _ci_py
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind45_writers import _rut
from lienthong.quality._corpus_blind58_writers import _cuil, _dni
from lienthong.quality._corpus_blind78_writers import _dotted
from lienthong.quality._corpus_blind85_writers import _items, _rows
from lienthong.quality._corpus_blind98_writers import (
    _CL_GIVEN_F,
    _CL_GIVEN_M,
    _CL_MAT,
    _CL_PAT,
    _PY_FAMILY,
    _PY_GIVEN_F,
    _PY_GIVEN_M,
)
from lienthong.quality._corpus_blind110_writers import (
    _BO_FAMILY,
    _BO_GIVEN_F,
    _UY_FAMILY,
    _UY_GIVEN_F,
    _UY_GIVEN_M,
)
from lienthong.quality._corpus_blind119_writers import _AR_FAMILY, _AR_GIVEN_F, _AR_GIVEN_M

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam: household businesses registering cash-register e-invoices ---------------------------
_VN_SHOPS = _rows(
    "Tạp hóa Minh Phát | Bán lẻ tạp hóa; Quán cơm Bà Ba | Dịch vụ ăn uống; "
    "Cà phê Gió Chiều | Dịch vụ ăn uống; Tiệm vàng Kim Hưng | Kinh doanh vàng bạc; "
    "Nhà thuốc Tâm An | Bán lẻ thuốc; Bún bò Huế O Hà | Dịch vụ ăn uống; "
    "Vật liệu XD Thành Công | Bán lẻ VLXD; Sửa xe Hai Lúa | Sửa chữa xe máy; "
    "Shop thời trang Bống Bang | Bán lẻ quần áo"
)
_VN_MARKETS = _items("Chợ Bến Thành; Chợ Tân Định; Chợ Bà Chiểu; Chợ Phạm Văn Hai; Chợ Hòa Bình")
_VN_METHODS = ("Kê khai", "Khoán", "Kê khai", "Kê khai (từ 01/6/2025)", "Khoán")
_VN_PROVIDERS = _items("VNPT; Viettel; MISA; BKAV; EasyInvoice; Sapo POS; KiotViet")
# -- Vietnam: fishing boats sheltering from a storm ----------------------------------------------
_VN_BOAT_PROVINCES = ("QNg", "BĐ", "QB", "QT", "TTH", "KH", "BTh")
_VN_ANCHORAGES = _items(
    "Âu thuyền Sa Kỳ; Cảng cá Tam Quan; Khu neo đậu Sông Gianh; Cửa Việt; Âu thuyền Thọ Quang; "
    "Vũng Rô; Đầm Cù Mông"
)
_VN_BOAT_STATES = _items(
    "Đã vào bờ; Đã vào bờ; Đã vào bờ; Đang di chuyển vào bờ; Neo đậu tại Lý Sơn; "
    "Tránh trú tại Hải Nam (TQ); Mất liên lạc"
)
_VN_RADIO = ("Icom IC-718", "Thiết bị GSHT Movimar", "Máy ICOM + VMS", "Bộ đàm HF Hòn Khói")
# -- Vietnam: price appraisers --------------------------------------------------------------------
_VN_APPRAISE_FIRMS = _items(
    "Công ty CP Thẩm định giá Thành Nam; Công ty TNHH Thẩm định giá Hoàng Quân; "
    "Công ty CP Định giá và Dịch vụ tài chính VN (VNVC); Công ty TNHH Thẩm định giá Sao Việt; "
    "Chi nhánh Công ty CP Thẩm định giá Miền Nam tại Cần Thơ"
)
_VN_APPRAISE_FIELDS = ("Tài sản", "Tài sản", "Doanh nghiệp", "Bất động sản", "Máy móc thiết bị")
_VN_APPRAISE_POSTS = ("Thẩm định viên", "Thẩm định viên", "Phó Giám đốc", "Trưởng phòng TĐG")
_VN_DEGREES = _items(
    "Cử nhân Kinh tế; Thạc sĩ Tài chính; Kỹ sư Xây dựng; Cử nhân Kế toán; Kiến trúc sư"
)
# -- Vietnam: auctioneers ------------------------------------------------------------------------
_VN_AUCTION_ORGS = _items(
    "Trung tâm Dịch vụ đấu giá tài sản tỉnh; Công ty Đấu giá hợp danh Lạc Việt; "
    "Công ty Đấu giá hợp danh Đông Á; Công ty ĐGHD Sài Gòn; Doanh nghiệp đấu giá tư nhân Phúc Lộc"
)
_VN_AUCTION_STATES = ("Đang hành nghề", "Đang hành nghề", "Tạm đình chỉ", "Đang hành nghề",
                      "Đã thu hồi thẻ")  # fmt: skip
_VN_TRAINING = _items(
    "Học viện Tư pháp; Học viện Tư pháp - CS TP.HCM; Học viện Tư pháp; Miễn đào tạo (luật sư)"
)
# -- Chile: SERVIU housing subsidy applicants (DS 49) ---------------------------------------------
_CL_HOMES = _rows(
    "Pasaje Los Aromos | Puente Alto | Metropolitana; Calle Lautaro | Temuco | La Araucanía; "
    "Av. Pedro Montt | Valparaíso | Valparaíso; Villa Las Palmeras, Pje. 3 | Coquimbo | Coquimbo; "
    "Población Santa Julia, Calle 12 | Macul | Metropolitana; Av. Colón | Talcahuano | Biobío; "
    "Calle Esmeralda | Antofagasta | Antofagasta"
)
_CL_COMMITTEES = _items(
    "Comité de Vivienda Nuevo Amanecer; Comité Los Robles de Bajos de Mena; "
    "Comité Sueño Propio; Postulación individual; Comité Villa Esperanza"
)
_CL_STATES = _items(
    "Seleccionado; Postulante; No seleccionado; Seleccionado; En revisión; Renuncia"
)
# -- Argentina: municipal driving licences (Rosario) -----------------------------------------------
_AR_HOMES = _rows(
    "Bv. Oroño | Rosario | S2000 | 341; Pasaje Gianelli | Rosario | S2000 | 341; "
    "Av. Pellegrini | Rosario | S2002 | 341; "
    "Calle San Martín | Villa Gobernador Gálvez | S2124 | 341; "
    "Bv. Rondeau | Granadero Baigorria | S2152 | 341; Calle Sarmiento | Funes | S2132 | 341"
)
_AR_CLASSES = ("B1", "B1", "A.2.1 / B1", "A.1.3", "B2", "C1 / D1 (profesional)", "B1")
_AR_BLOOD = ("0 RH+", "0 RH+", "A RH+", "B RH+", "0 RH-", "AB RH+", "A RH-")
_AR_RESTRICTIONS = ("", "", "Usa lentes", "", "Usa audífonos", "", "Caja automática")
_AR_PROCEDURES = ("Original", "Renovación", "Renovación", "Ampliación", "Duplicado")
# -- Uruguay: MEVIR rural housing applicants ---------------------------------------------------
_UY_HOMES = _rows(
    "Ruta 5 Km 312 | Paso de los Toros | Tacuarembó; Calle Artigas s/n | Sarandí Grande | Florida; "
    "Camino Vecinal Km 4 | Cerro Chato | Treinta y Tres; Calle 18 de Julio 455 | Tomás Gomensoro | "
    "Artigas; Barrio MEVIR I, vivienda 22 | Palmitas | Soriano; Ruta 26 s/n | Ansina | Tacuarembó"
)
_UY_PLANS = ("Núcleo habitacional nucleado", "Vivienda en terreno propio", "Unidad productiva")
_UY_STATES = _items("Inscripto; Preseleccionado; Adjudicado; En obra; Inscripto; Desistió")
# -- Paraguay: fishers paid during the closed season -----------------------------------------------
_PY_PLACES = _rows(
    "Ayolas | Misiones | Barrio San Antonio; Pilar | Ñeembucú | Compañía Costa Rosado; "
    "Alberdi | Ñeembucú | Barrio Puerto; Itá Enramada | Asunción | Barrio Ita Pyta Punta; "
    "Encarnación | Itapúa | Barrio Pacu Cua; Concepción | Concepción | Barrio San Antonio; "
    "Villa Hayes | Presidente Hayes | Compañía Remansito"
)
_PY_RIVERS = ("Río Paraná", "Río Paraná", "Río Paraguay", "Río Paraguay", "Río Tebicuary")
_PY_ASSOCIATIONS = _items(
    "Asoc. de Pescadores Profesionales de Ayolas; Asoc. Pescadores Unidos de Pilar; "
    "Coop. de Pescadores San Pedro Apóstol; Asoc. Pescadores Ita Pyta Punta; "
    "Asoc. de Pescadores Tapé Pyahu"
)
_PY_WALLETS = ("Tigo Money", "Billetera Personal", "Banco Nacional de Fomento", "Tigo Money")
_PY_NOTES = ("", "", "Oñepaga", "Cobrado", "Pendiente - falta carnet", "", "Oñepaga")
# -- Bolivia: Bono Juana Azurduy for pregnant women -----------------------------------------------
_BO_EXT = ("LP", "LP", "CB", "SC", "OR", "PT", "CH", "TJ", "BN")
_BO_MOTHER_GIVEN = _BO_GIVEN_F + _items("Roxana; Wendy; Nelly; Jhaquelin; Lidia")
_BO_MOTHER_MAT = _items("APAZA; TICONA; GUTIERREZ; VARGAS; CRUZ; COPA; VILLCA; ROJAS")
_BO_HOMES = _rows(
    "Zona Villa Adela, Calle 3 Nro. 1450 | El Alto; "
    "Zona Senkata, Av. 6 de Marzo Nro. 88 | El Alto; "
    "Barrio Plan 3000, UV 160 Mza. 12 | Santa Cruz de la Sierra; "
    "OTB Villa Pagador, Calle Tiquipaya Nro. 214 | Cochabamba; Zona Norte, Calle Bolívar Nro. 77 | "
    "Oruro; Comunidad Tolata, Cantón Tolata | Tolata"
)
_BO_CLINICS = _items(
    "C.S. Villa Adela; C.S. Senkata 25 de Julio; Hospital Municipal Los Andes; C.S. Plan 3000; "
    "C.S. Villa Pagador; Hospital de la Mujer Dr. Percy Boland"
)
_BO_CONTROLS = ("1er control", "2do control", "3er control", "4to control", "Parto institucional")
_BO_STATES = ("Pagado", "Pagado", "Habilitado", "Observado (CI)", "Pagado")


def _row161(p: Person, table: tuple[tuple[str, ...], ...], salt: int = 5) -> tuple[str, ...]:
    return table[int(p.bhxh) // (salt * 7 + 1) % len(table)]


def _boat(p: Person) -> str:
    """A Vietnamese fishing-boat number: province, five digits, ``TS``."""
    return f"{_pick(p, _VN_BOAT_PROVINCES, 3)}-9{p.bhxh[-4:]}-TS"


def _appraiser_card(p: Person) -> str:
    """A price appraiser's card: the round of the exam in Roman numerals and a serial."""
    series = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")[_num(p, 10) - 1]
    return f"{series}{p.bhxh[-5:-2]}.TĐG"


def _cl_name(p: Person) -> tuple[str, str, str]:
    given = _by_sex(p, _CL_GIVEN_M, _CL_GIVEN_F, 1)
    return given, _pick(p, _CL_PAT, 2), _pick(p, _CL_MAT, 3)


def _cl_phone(p: Person) -> str:
    if int(p.bhxh) % 3 == 1:
        return f"+569 {p.phone[2:6]} {p.phone[6:10]}"
    if int(p.bhxh) % 3 == 2:
        return f"(9) {p.phone[2:6]}-{p.phone[6:10]}"
    return f"9{p.phone[2:10]}"


def _cl_spouse_run(p: Person) -> str:
    """The spouse's RUN, blank for one applying alone: another number and its mod-11 digit."""
    if int(p.bhxh) % 3 == 0:
        return ""
    body = 8_000_000 + int(p.bhxh[::-1][:8]) % 17_000_000
    total = sum(int(ch) * (2 + i % 6) for i, ch in enumerate(reversed(str(body))))
    check = 11 - total % 11
    digit = "0" if check == 11 else "K" if check == 10 else str(check)
    return f"{_dotted(body)}-{digit}"


def _cl_email(p: Person) -> str:
    given, pat, _ = _cl_name(p)
    plain = str.maketrans("áéíóúñ", "aeioun")
    return f"{given.split()[0]}.{pat}{p.bhxh[-2:]}@gmail.com".lower().translate(plain)


def _ar_home(p: Person) -> tuple[str, ...]:
    return _row161(p, _AR_HOMES, 2)


def _ar_phone(p: Person) -> str:
    rest = p.phone[-7:]
    if int(p.bhxh) % 2:
        return f"(0341) 15-{rest[:3]}-{rest[3:]}"
    return f"+54 9 341 {rest[:3]}-{rest[3:]}"


def _ar_expiry(p: Person) -> str:
    years = 5 if p.birth.year > 1960 else 3 if p.birth.year > 1955 else 1
    return f"{_shift_date(p.other_date, years):%d/%m/%Y}"


def _uy_home(p: Person) -> tuple[str, ...]:
    return _row161(p, _UY_HOMES, 3)


def _uy_phone(p: Person) -> str:
    if int(p.bhxh) % 3 == 0:
        return f"09{p.phone[4]} {p.phone[5:8]} {p.phone[8:10]}{p.phone[2]}"
    return f"09{p.phone[4]}{p.phone[5:10]}{p.phone[2]}"


def _uy_spouse(p: Person) -> str:
    if int(p.bhxh) % 4 == 0:
        return ""
    seven = f"{1_500_000 + int(p.bhxh[:7]) % 4_000_000:07d}"
    total = sum(int(d) * w for d, w in zip(seven, (2, 9, 8, 7, 6, 3, 4), strict=True))
    return f"{seven[0]}.{seven[1:4]}.{seven[4:]}-{(10 - total % 10) % 10}"


def _py_place(p: Person) -> tuple[str, ...]:
    return _row161(p, _PY_PLACES, 4)


def _py_phone(p: Person) -> str:
    lead = _pick(p, ("0981", "0982", "0971", "0983", "0975", "0991"), 5)
    if int(p.bhxh) % 2:
        return f"{lead} {p.phone[4:7]} {p.phone[7:10]}"
    return f"{lead}-{p.phone[4:10]}"


def _bo_ci(p: Person) -> str:
    return f"{2_000_000 + int(p.bhxh[1:9]) % 12_000_000}"


def _bo_mother_birth(p: Person) -> date:
    """A mother's birth: the person's day and month, 1984 to 2006."""
    return _safe_day(1984 + _num(p, 22), p.birth.month, p.birth.day)


def _bo_phone(p: Person) -> str:
    body = f"{_pick(p, ('6', '7', '7', '7'), 2)}{p.phone[3:10]}"
    return f"+591 {body}" if int(p.bhxh) % 4 == 0 else body


WRITERS_BLIND161: dict[str, Callable[[Person, Col], object]] = {
    # household businesses: cash-register e-invoices
    "hkd_name161": lambda p, c: _row161(p, _VN_SHOPS, 2)[0],
    "hkd_shop161": lambda p, c: f"Ki-ốt {_num(p, 80)}, {_pick(p, _VN_MARKETS, 3)}",
    "hkd_trade161": lambda p, c: _row161(p, _VN_SHOPS, 2)[1],
    "hkd_revenue161": lambda p, c: _dotted(1_000 + _num(p, 40) * 250),
    "hkd_method161": lambda p, c: _pick(p, _VN_METHODS, 5),
    "hkd_provider161": lambda p, c: _pick(p, _VN_PROVIDERS, 6),
    "hkd_officer161": lambda p, c: _other_vn(p, 8),
    # boats sheltering from a storm
    "storm_boat161": lambda p, c: _boat(p),
    "storm_captain161": lambda p, c: "Chủ tàu" if _num(p, 3) == 1 else _other_vn(p, 5, male=True),
    "storm_crew161": lambda p, c: 3 + _num(p, 12),
    "storm_radio161": lambda p, c: f"{_pick(p, _VN_RADIO, 2)} / {_other_phone(p, '08')}",
    "storm_anchor161": lambda p, c: _pick(p, _VN_ANCHORAGES, 4),
    "storm_state161": lambda p, c: _pick(p, _VN_BOAT_STATES, 5),
    # price appraisers
    "tdg_card161": lambda p, c: _appraiser_card(p),
    "tdg_field161": lambda p, c: _pick(p, _VN_APPRAISE_FIELDS, 2),
    "tdg_firm161": lambda p, c: _pick(p, _VN_APPRAISE_FIRMS, 3),
    "tdg_post161": lambda p, c: _pick(p, _VN_APPRAISE_POSTS, 4),
    "tdg_degree161": lambda p, c: _pick(p, _VN_DEGREES, 5),
    "tdg_notice161": lambda p, c: f"{_num(p, 900)}/TB-BTC",
    # auctioneers
    "dgv_card161": lambda p, c: f"{_num(p, 2500):04d}/TĐGV",
    "dgv_decision161": lambda p, c: f"{_num(p, 3000)}/QĐ-BTP",
    "dgv_org161": lambda p, c: _pick(p, _VN_AUCTION_ORGS, 2),
    "dgv_training161": lambda p, c: _pick(p, _VN_TRAINING, 3),
    "dgv_state161": lambda p, c: _pick(p, _VN_AUCTION_STATES, 4),
    # Chile: SERVIU housing subsidy
    "cl_run161": lambda p, c: _rut(p),
    "cl_given161": lambda p, c: _cl_name(p)[0],
    "cl_pat161": lambda p, c: _cl_name(p)[1],
    "cl_mat161": lambda p, c: _cl_name(p)[2],
    "cl_sex161": lambda p, c: "M" if p.male else "F",
    "cl_street161": lambda p, c: f"{_row161(p, _CL_HOMES)[0]} {_num(p, 3000)}",
    "cl_comuna161": lambda p, c: _row161(p, _CL_HOMES)[1],
    "cl_region161": lambda p, c: _row161(p, _CL_HOMES)[2],
    "cl_phone161": lambda p, c: _cl_phone(p),
    "cl_email161": lambda p, c: _cl_email(p),
    "cl_spouse_run161": lambda p, c: _cl_spouse_run(p),
    "cl_committee161": lambda p, c: _pick(p, _CL_COMMITTEES, 4),
    "cl_savings161": lambda p, c: f"{10 + _num(p, 30)},{p.bhxh[-2:]}",
    "cl_score161": lambda p, c: 600 + _num(p, 700),
    "cl_tramo161": lambda p, c: _pick(p, ("40%", "40%", "50%", "60%", "90%"), 5),
    "cl_state161": lambda p, c: _pick(p, _CL_STATES, 6),
    # Argentina: driving licences
    "ar_tramite161": lambda p, c: f"{p.other_date.year}-{p.bhxh[-6:]}",
    "ar_name161": lambda p, c: (
        f"{_pick(p, _AR_FAMILY, 2)}, {_by_sex(p, _AR_GIVEN_M, _AR_GIVEN_F, 3)}"
    ),
    "ar_doctype161": lambda p, c: "DNI",
    "ar_dni161": lambda p, c: _dotted(int(_dni(p))),
    "ar_cuil161": lambda p, c: _cuil(p),
    "ar_sex161": lambda p, c: "Masculino" if p.male else "Femenino",
    "ar_street161": lambda p, c: f"{_ar_home(p)[0]} {_num(p, 4000)}",
    "ar_town161": lambda p, c: _ar_home(p)[1],
    "ar_cp161": lambda p, c: (
        f"{_ar_home(p)[2]}{''.join('ABCDEFGHJKMNPRSTVWXZ'[int(d) * 2] for d in p.bhxh[-3:])}"
    ),
    "ar_phone161": lambda p, c: _ar_phone(p),
    "ar_class161": lambda p, c: _pick(p, _AR_CLASSES, 4),
    "ar_blood161": lambda p, c: _pick(p, _AR_BLOOD, 5),
    "ar_donor161": lambda p, c: "SI" if _num(p, 3) == 2 else "NO",
    "ar_expiry161": lambda p, c: _ar_expiry(p),
    "ar_restr161": lambda p, c: _pick(p, _AR_RESTRICTIONS, 6),
    "ar_proc161": lambda p, c: _pick(p, _AR_PROCEDURES, 7),
    # Uruguay: MEVIR
    "uy_ci161": lambda p, c: _ci_uy(p),
    "uy_family161": lambda p, c: _pick(p, _UY_FAMILY, 2),
    "uy_family2_161": lambda p, c: _pick(p, _UY_FAMILY, 5),
    "uy_given161": lambda p, c: _by_sex(p, _UY_GIVEN_M, _UY_GIVEN_F, 3),
    "uy_street161": lambda p, c: _uy_home(p)[0],
    "uy_town161": lambda p, c: _uy_home(p)[1],
    "uy_dep161": lambda p, c: _uy_home(p)[2],
    "uy_phone161": lambda p, c: _uy_phone(p),
    "uy_members161": lambda p, c: 1 + _num(p, 6),
    "uy_income161": lambda p, c: _dotted(18_000 + _num(p, 40) * 1_250),
    "uy_spouse161": lambda p, c: _uy_spouse(p),
    "uy_plan161": lambda p, c: _pick(p, _UY_PLANS, 4),
    "uy_hours161": lambda p, c: 20 + _num(p, 4) * 4,
    "uy_state161": lambda p, c: _pick(p, _UY_STATES, 6),
    # Paraguay: fishers' closed-season subsidy
    "py_ci161": lambda p, c: _ci_py(p) if int(p.bhxh) % 3 else _ci_py(p).replace(".", ""),
    "py_given161": lambda p, c: _by_sex(p, _PY_GIVEN_M, _PY_GIVEN_F, 2),
    "py_family161": lambda p, c: f"{_pick(p, _PY_FAMILY, 3)} {_pick(p, _PY_FAMILY, 6)}",
    "py_sex161": lambda p, c: "Kuimba'e / M" if p.male else "Kuña / F",
    "py_district161": lambda p, c: _py_place(p)[0],
    "py_dep161": lambda p, c: _py_place(p)[1],
    "py_barrio161": lambda p, c: _py_place(p)[2],
    "py_phone161": lambda p, c: _py_phone(p),
    "py_assoc161": lambda p, c: _pick(p, _PY_ASSOCIATIONS, 4),
    "py_carnet161": lambda p, c: f"MADES-PP {p.bhxh[-5:]}",
    "py_river161": lambda p, c: _pick(p, _PY_RIVERS, 5),
    "py_amount161": lambda p, c: _dotted(1_400_000 + _num(p, 3) * 700_000),
    "py_wallet161": lambda p, c: _pick(p, _PY_WALLETS, 6),
    "py_obs161": lambda p, c: _pick(p, _PY_NOTES, 7),
    # Bolivia: Bono Juana Azurduy
    "bo_ci161": lambda p, c: _bo_ci(p),
    "bo_ext161": lambda p, c: _pick(p, _BO_EXT, 2),
    "bo_compl161": lambda p, c: "" if _num(p, 9) != 4 else f"1{'ABCDE'[_num(p, 5) - 1]}",
    "bo_pat161": lambda p, c: _pick(p, _BO_FAMILY, 3),
    "bo_mat161": lambda p, c: _pick(p, _BO_MOTHER_MAT, 4),
    "bo_given161": lambda p, c: _pick(p, _BO_MOTHER_GIVEN, 5),
    "bo_birth161": lambda p, c: f"{_bo_mother_birth(p):%d/%m/%Y}",
    "bo_addr161": lambda p, c: ", ".join(_row161(p, _BO_HOMES, 6)),
    "bo_muni161": lambda p, c: _row161(p, _BO_HOMES, 6)[1],
    "bo_phone161": lambda p, c: _bo_phone(p),
    "bo_clinic161": lambda p, c: _pick(p, _BO_CLINICS, 7),
    "bo_control161": lambda p, c: _pick(p, _BO_CONTROLS, 8),
    "bo_fpp161": lambda p, c: f"{p.other_date + timedelta(days=90 + _num(p, 180)):%d/%m/%Y}",
    "bo_amount161": lambda p, c: _pick(p, ("50", "50", "50", "120", "125"), 9),
    "bo_state161": lambda p, c: _pick(p, _BO_STATES, 10),
}

__all__ = ["WRITERS_BLIND161"]
