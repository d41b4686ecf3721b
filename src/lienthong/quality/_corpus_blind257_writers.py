"""How the people of the two-hundred-and-fifty-seventh part of the outside corpus (**blind 257**,
:mod:`lienthong.quality._corpus_blind257`) are written: four Vietnamese files' own columns (a
provincial library's reader cards, poor households' electricity support, priority monthly bus
passes, a water company's new meter connections) and Brazilian names, places, phones and numbers
of the North and Centre-West in the forms their registers show: the CPF with its two mod-11
digits, the CNS whose weighted sum is divisible by 11, the RG as each state prints it, the CEP."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind57_writers import _cns, _cpf
from lienthong.quality._corpus_blind206_writers import _cpf as _cpf_other
from lienthong.quality._corpus_blind206_writers import _nis

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col


# -- Vietnam ------------------------------------------------------------------------------------
_VN_READER_JOB = ("Học sinh THPT", "Sinh viên", "Giáo viên", "Hưu trí", "Công chức", "Tự do")
_VN_CARD_KIND = ("Thẻ đọc tại chỗ", "Thẻ mượn về nhà", "Thẻ thiếu nhi", "Thẻ đa năng")
_VN_POOR_KIND = ("Ho ngheo", "Ho ngheo", "Ho chinh sach XH", "Ho can ngheo")
_VN_BUS_KIND = ("HSSV", "Người cao tuổi", "Người khuyết tật", "Công nhân KCN", "HSSV")
_VN_BUS_SCHOOL = ("THPT Lê Quý Đôn", "ĐH Sư phạm", "CĐ Kỹ thuật Cao Thắng", "KCN Tân Bình", "")
_VN_BUS_ROUTE = ("Tuyến 08", "Tuyến 19", "Liên tuyến", "Tuyến 52", "Tuyến 150")
_VN_METER = ("DN15", "DN15", "DN20", "DN25")
_VN_INSTALL = ("Đã lắp", "Chờ thi công", "Đã lắp", "Vướng mặt bằng")
_VN_WORKER = ("Tổ TC số 2 - Nguyễn Văn Tú", "Tổ TC số 1 - Lê Hoàng", "Đội QLML - Trần Phúc")

# -- Brazil: North and Centre-West --------------------------------------------------------------
_BR_GIVEN_M = ("Raimundo", "José Maria", "Francisco de Assis", "Wellington", "Edinaldo", "Kleber")
_BR_GIVEN_F = ("Maria do Socorro", "Rosilene", "Francisca", "Jaqueline", "Raimunda", "Keila")
_BR_FAMILY = ("da Silva Souza", "Pereira Lima", "Nascimento", "dos Santos Costa", "Ribeiro Alves",
              "Barbosa de Oliveira", "Gomes Ferreira", "Tavares")  # fmt: skip
_PA_STREETS = (
    ("Passagem São Pedro, 112", "Guamá", "66075-340"),
    ("Tv. Curuzu, 1890", "Marco", "66093-540"),
    ("Rua Bernardo Sayão, 3201", "Jurunas", "66030-120"),
    ("Av. Pedro Miranda, 702", "Pedreira", "66085-005"),
    ("Conj. Cidade Nova VI, WE 33, nº 90", "Coqueiro", "67140-200"),
)
_AM_STREETS = (
    ("Rua Rio Purus, 45", "Vieiralves", "69053-050"),
    ("Beco Nonato, 18", "Compensa", "69036-410"),
    ("Av. Autaz Mirim, 7250", "Jorge Teixeira", "69088-000"),
    ("Rua 12, Qd 40, casa 9", "Cidade Nova", "69095-180"),
    ("Rua Itamaracá, 310", "Centro", "69010-170"),
)
_MT_STREETS = (
    ("Rua Barão de Melgaço, 1520", "Cuiabá", "78005-300"),
    ("Av. das Itaúbas, 2311", "Sinop", "78550-166"),
    ("Rua Fernando Corrêa, 88", "Rondonópolis", "78700-170"),
    ("Av. Brasil, 1020", "Sorriso", "78890-000"),
    ("Rua Pernambuco, 406", "Tangará da Serra", "78300-000"),
)
_GO_STREETS = (
    ("Rua C-137, Qd. 290, Lt. 12", "Jardim América", "Goiânia", "74255-120"),
    ("Av. Rio Verde, Qd. 103, Lt. 4", "Vila São Tomaz", "Aparecida de Goiânia", "74915-515"),
    ("Rua 3, nº 45", "Setor Central", "Anápolis", "75020-010"),
    ("Rua das Orquídeas, Qd. 7, Lt. 21", "Jardim Goiás", "Goiânia", "74805-360"),
    ("Av. Presidente Vargas, 1200", "Setor Sul", "Rio Verde", "75901-551"),
)
_DF_HOMES = (
    ("QNM 18 Conjunto F Casa 12, Ceilândia Sul, Brasília/DF", "Ceilândia", "72215-186"),
    ("QR 404 Conjunto 7 Casa 3, Samambaia Norte, Brasília/DF", "Samambaia", "72319-507"),
    ("Quadra 12 Conjunto B Lote 20, Setor Leste, Gama/DF", "Gama", "72460-122"),
    ("Rua 8 Chácara 27 Lote 5, Vicente Pires, Brasília/DF", "Vicente Pires", "72005-080"),
    ("QS 7 Rua 300 Lote 4, Areal, Águas Claras/DF", "Arniqueira", "71961-540"),
)
_PA_SECTOR = ("Feira do Açaí", "Pedra do Peixe", "Ervas e Artesanato", "Mercado de Carne",
              "Farinha e Grãos")  # fmt: skip
_PA_GOODS = ("Açaí", "Peixe (filhote, dourada)", "Ervas e banhos", "Farinha d'água", "Camarão")
_PA_STATUS = ("Regular", "Regular", "Débito de taxa", "Termo vencido", "Em renovação")
_AM_VACCINE = ("Influenza trivalente", "Febre amarela", "dT adulto", "Hepatite B",
               "COVID-19 (Pfizer)")  # fmt: skip
_AM_DOSE = ("Dose única", "1ª dose", "2ª dose", "Reforço", "Dose anual")
_AM_UBS = ("UBS Dr. José Rayol dos Santos", "UBS Lindalva Damasceno", "UBS Deodato de Miranda",
           "USF Mário Jorge")  # fmt: skip
_AM_NURSE = ("Téc. Enf. Rosângela M.", "Enf. Cleidson P.", "Téc. Enf. Valdirene S.")
_MT_FARM = ("Fazenda Santa Rosa", "Sítio Boa Esperança", "Fazenda Três Irmãos",
            "Chácara Recanto Verde", "Fazenda Água Limpa")  # fmt: skip
_MT_FARM_TOWN = ("Nova Mutum", "Cáceres", "Juína", "Barra do Garças", "Alta Floresta")
_MT_SHOP = ("Agropecuária Pantanal", "Casa do Fazendeiro", "Agro Nortão", "Vet Mais Rural")
_GO_SCHOOL = ("Colégio Estadual Lyceu de Goiânia", "CEPI Maria Tereza",
              "Colégio Estadual Jardim América", "CE Polivalente Gabriel Issa")  # fmt: skip
_GO_GRADE = ("6º ano EF", "9º ano EF", "1ª série EM", "2ª série EM", "3ª série EM")
_GO_SHIFT = ("Matutino", "Vespertino", "Integral", "Noturno")
_DF_CRAS = ("CRAS Ceilândia Norte", "CRAS Samambaia Expansão", "CRAS Gama", "CRAS Estrutural")
_DF_PARCEL = ("1ª parcela", "3ª parcela", "6ª parcela", "9ª parcela")
_RG_ISSUER = {"PA": "PC/PA", "AM": "SSP/AM", "MT": "SESP/MT", "GO": "DGPC/GO", "DF": "SSP/DF"}


def _br_full(p: Person) -> str:
    return f"{_by_sex(p, _BR_GIVEN_M, _BR_GIVEN_F, 1)} {_pick(p, _BR_FAMILY, 2)}"


def _br_other(p: Person, salt: int) -> str:
    return f"{_pick(p, _BR_GIVEN_F, salt)} {_pick(p, _BR_FAMILY, salt + 1)}"


def _br_phone257(p: Person, ddd: str) -> str:
    return f"({ddd}) 9{p.phone[3:7]}-{p.phone[7:10]}{p.bhxh[-1]}"


def _rg257(p: Person, uf: str) -> str:
    body = f"{1 + int(p.bhxh[2]) % 9}{p.bhxh[3:9]}"
    if uf == "DF":
        body = f"{body[0]}.{body[1:4]}.{body[4:]}"
    return f"{body} {_RG_ISSUER[uf]}"


def _sel(p: Person, rows: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return rows[int(p.bhxh) // 7 % len(rows)]


def _amount(p: Person, low: int, step: int, n: int) -> str:
    return f"{low + step * _num(p, n):,}".replace(",", ".")


WRITERS_BLIND257: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam
    "reader_job257": lambda p, c: _pick(p, _VN_READER_JOB, 2),
    "reader_card257": lambda p, c: f"TVT-{p.other_date:%y}-{p.bhxh[-5:]}",
    "card_kind257": lambda p, c: _pick(p, _VN_CARD_KIND, 3),
    "card_fee257": lambda p, c: _pick(p, ("20.000", "50.000", "0", "30.000"), 4),
    "card_end257": lambda p, c: f"{p.other_date:%d/%m}/{p.other_date.year + 2}",
    "power_cust257": lambda p, c: f"PE0{_pick(p, ('4', '6', '9'), 5)}000{p.bhxh[-7:]}",
    "poor_cert257": lambda p, c: f"{_num(p, 300)}/GCN-UBND",
    "poor_kind257": lambda p, c: _pick(p, _VN_POOR_KIND, 6),
    "power_term257": lambda p, c: f"Quy {_num(p, 4)}/{p.other_date.year}",
    "power_sum257": lambda p, c: _pick(p, ("138000", "147000", "165000", "138000")),
    "proxy257": lambda p, c: _other_vn(p, 7) if _num(p, 4) == 1 else "",
    "bus_kind257": lambda p, c: _pick(p, _VN_BUS_KIND, 7),
    "bus_school257": lambda p, c: _pick(p, _VN_BUS_SCHOOL, 8),
    "bus_route257": lambda p, c: _pick(p, _VN_BUS_ROUTE, 9),
    "bus_card257": lambda p, c: f"VT{p.bhxh[-8:]}",
    "bus_price257": lambda p, c: _pick(p, ("55000", "55000", "0", "112500")),
    "meter_code257": lambda p, c: f"DB{_num(p, 40):02d}{p.bhxh[-6:]}",
    "meter_size257": lambda p, c: _pick(p, _VN_METER, 10),
    "meter_serial257": lambda p, c: f"AS{p.other_date:%y}{p.bhxh[:7]}",
    "meter_start257": lambda p, c: f"{_num(p, 5) - 1}",
    "meter_state257": lambda p, c: _pick(p, _VN_INSTALL, 11),
    "meter_worker257": lambda p, c: _pick(p, _VN_WORKER, 12),
    "meter_fee257": lambda p, c: _pick(p, ("2.850.000", "3.120.000", "0", "2.850.000")),
    "vn_kin_phone257": lambda p, c: _other_phone(p),
    "sign257": lambda p, c: "",
    # Brazil, shared
    "br_full257": lambda p, c: _br_full(p),
    "br_cpf257": lambda p, c: _cpf(p),
    "br_cpf_plain257": lambda p, c: _cpf(p).replace(".", "").replace("-", ""),
    "br_cns257": lambda p, c: _cns(p),
    "br_nis257": lambda p, c: _nis(p),
    "br_sex257": lambda p, c: "M" if p.male else "F",
    "br_sexo257": lambda p, c: "Masculino" if p.male else "Feminino",
    "br_mother257": lambda p, c: _br_other(p, 3),
    # Pará: Ver-o-Peso stall holders
    "pa_rg257": lambda p, c: _rg257(p, "PA"),
    "pa_street257": lambda p, c: _sel(p, _PA_STREETS)[0],
    "pa_bairro257": lambda p, c: _sel(p, _PA_STREETS)[1],
    "pa_town257": lambda p, c: "Ananindeua" if _sel(p, _PA_STREETS)[2][:2] == "67" else "Belém",
    "pa_cep257": lambda p, c: _sel(p, _PA_STREETS)[2],
    "pa_phone257": lambda p, c: _br_phone257(p, "91"),
    "pa_box257": lambda p, c: f"Box {_num(p, 180):03d}",
    "pa_sector257": lambda p, c: _pick(p, _PA_SECTOR, 4),
    "pa_goods257": lambda p, c: _pick(p, _PA_GOODS, 5),
    "pa_term257": lambda p, c: f"TP nº {_num(p, 900)}/{p.other_date.year}-SECON",
    "pa_status257": lambda p, c: _pick(p, _PA_STATUS, 6),
    # Amazonas: a Manaus health unit's vaccination register
    "am_home257": lambda p, c: f"{_sel(p, _AM_STREETS)[0]}, {_sel(p, _AM_STREETS)[1]}, Manaus/AM",
    "am_cep257": lambda p, c: _sel(p, _AM_STREETS)[2],
    "am_phone257": lambda p, c: _br_phone257(p, "92"),
    "am_vaccine257": lambda p, c: _pick(p, _AM_VACCINE, 7),
    "am_dose257": lambda p, c: _pick(p, _AM_DOSE, 8),
    "am_lot257": lambda p, c: f"{_pick(p, ('FK', 'EW', 'U', '23'), 9)}{p.bhxh[-5:]}",
    "am_nurse257": lambda p, c: _pick(p, _AM_NURSE, 10),
    "am_ubs257": lambda p, c: _pick(p, _AM_UBS, 11),
    # Mato Grosso: cattle owners' foot-and-mouth vaccination declarations
    "mt_rg257": lambda p, c: _rg257(p, "MT"),
    "mt_farm257": lambda p, c: _pick(p, _MT_FARM, 12),
    "mt_farm_town257": lambda p, c: _pick(p, _MT_FARM_TOWN, 13),
    "mt_ie257": lambda p, c: f"13.{p.bhxh[1:4]}.{p.bhxh[4:7]}-{int(p.bhxh[7]) % 10}",
    "mt_head257": lambda p, c: _num(p, 900) + 12,
    "mt_street257": lambda p, c: _sel(p, _MT_STREETS)[0],
    "mt_town257": lambda p, c: _sel(p, _MT_STREETS)[1],
    "mt_cep257": lambda p, c: _sel(p, _MT_STREETS)[2],
    "mt_uf257": lambda p, c: "MT",
    "mt_phone257": lambda p, c: _br_phone257(p, _pick(p, ("65", "66", "65"), 14)),
    "mt_shop257": lambda p, c: _pick(p, _MT_SHOP, 15),
    "mt_stage257": lambda p, c: _pick(p, ("Maio", "Novembro"), 16),
    # Goiás: state school enrolments
    "go_guardian257": lambda p, c: _br_other(p, 17),
    "go_guardian_cpf257": lambda p, c: _cpf_other(p),
    "go_guardian_phone257": lambda p, c: f"(62) 9{p.bhxh[2:6]}-{p.bhxh[6:10]}",
    "go_street257": lambda p, c: _sel(p, _GO_STREETS)[0],
    "go_bairro257": lambda p, c: _sel(p, _GO_STREETS)[1],
    "go_town257": lambda p, c: _sel(p, _GO_STREETS)[2],
    "go_cep257": lambda p, c: _sel(p, _GO_STREETS)[3],
    "go_phone257": lambda p, c: _br_phone257(p, "62"),
    "go_school257": lambda p, c: _pick(p, _GO_SCHOOL, 18),
    "go_grade257": lambda p, c: _pick(p, _GO_GRADE, 19),
    "go_shift257": lambda p, c: _pick(p, _GO_SHIFT, 20),
    "go_bus257": lambda p, c: _pick(p, ("Sim", "Não", "Não"), 21),
    # Distrito Federal: Cartão Prato Cheio
    "df_rg257": lambda p, c: _rg257(p, "DF"),
    "df_home257": lambda p, c: _sel(p, _DF_HOMES)[0],
    "df_ra257": lambda p, c: _sel(p, _DF_HOMES)[1],
    "df_cep257": lambda p, c: _sel(p, _DF_HOMES)[2],
    "df_phone257": lambda p, c: _br_phone257(p, "61"),
    "df_members257": lambda p, c: _num(p, 7),
    "df_income257": lambda p, c: f"R$ {_amount(p, 0, 35, 6)},00",
    "df_cras257": lambda p, c: _pick(p, _DF_CRAS, 22),
    "df_parcel257": lambda p, c: _pick(p, _DF_PARCEL, 23),
}
