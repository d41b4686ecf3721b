"""How the people of the two-hundred-and-eighty-fourth part of the outside corpus (**blind 284**,
:mod:`lienthong.quality._corpus_blind284`) are written: four Vietnamese files' own columns (the
digital address plates a commune gave households, a vaccination centre's dengue jabs, a ward
police's missing-person reports, a hospital's hair donation day) and names, places, phones and
numbers of southern Brazil in the forms their registers show: Italian and German names of Rio
Grande do Sul and Santa Catarina, Polish and Ukrainian names of Paraná, the CPF with its two
mod-11 digits, the CNS, the NIS, the RG as each state prints it, the CEP."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind57_writers import _cns, _cpf
from lienthong.quality._corpus_blind206_writers import _nis
from lienthong.quality._corpus_blind257_writers import _br_phone257

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col


# -- Vietnam ------------------------------------------------------------------------------------
_VN_BUILDING = ("Nhà ở riêng lẻ", "Nhà ở kết hợp kinh doanh", "Nhà ở riêng lẻ", "Nhà trọ")
_VN_DOSE = ("Mũi 1", "Mũi 2", "Mũi 1")
_VN_REACT = ("Không", "Không", "Sốt nhẹ", "Đau tại chỗ tiêm", "Không")
_VN_DOCTOR = ("BS. Trần Thị Hạnh", "BS. Lê Minh Quân", "BSCKI Phạm Thu Trang")
_VN_MARKS = ("Cao khoảng 1m60, gầy, tóc ngắn", "Mặc áo khoác xanh, đi xe máy Wave đỏ",
             "Có nốt ruồi dưới mắt trái", "Đeo kính cận, mặc đồng phục công ty",
             "Hay quên, có biểu hiện sa sút trí nhớ")  # fmt: skip
_VN_LAST_SEEN = ("Bến xe Miền Đông", "Chợ Bà Chiểu", "Cổng KCN Tân Tạo", "Bệnh viện Chợ Rẫy",
                 "Công viên Gia Định", "Nhà trọ nơi làm việc")  # fmt: skip
_VN_REL = ("Vợ", "Chồng", "Con", "Mẹ", "Anh trai", "Chủ nhà trọ")
_VN_RESULT = ("Đang xác minh", "Đã tìm thấy, về nhà", "Đã thông báo truy tìm", "Đang xác minh")
_VN_HAIR_UNIT = ("ĐH Y Dược", "THPT Nguyễn Thị Minh Khai", "Công ty TNHH Pouyuen", "Tự do",
                 "Đoàn phường Bến Nghé", "BV Ung Bướu")  # fmt: skip

# -- Southern Brazil ----------------------------------------------------------------------------
_RS_GIVEN_M = ("Valdir", "Ivo", "Darci", "Gilmar", "Adelar", "Neri", "Jacó")
_RS_GIVEN_F = ("Ivone", "Lurdes", "Marlene", "Cleci", "Neusa", "Inês", "Salete")
_RS_FAMILY = ("Dalla Costa", "Zanella", "Tomasi", "Pasqualotto", "Schmitt", "Bortolini", "Kunz",
              "Scapin", "Menegotto", "Fiorentin", "Reichert")  # fmt: skip
_SC_GIVEN_M = ("Egon", "Udo", "Arno", "Norberto", "Harry", "Lauro", "Ingo")
_SC_GIVEN_F = ("Ilse", "Hilda", "Elfrida", "Gerda", "Edith", "Rosane", "Irma")
_SC_FAMILY = ("Weege", "Hornburg", "Siewert", "Krüger", "Zimmermann", "Schmidt", "Bublitz",
              "Volkmann", "Stoltenberg", "Rux", "Lemke")  # fmt: skip
_PR_GIVEN_M = ("Estanislau", "Mirko", "Casimiro", "Jorge", "Volodymyr", "Bronislau", "Nestor")
_PR_GIVEN_F = ("Olga", "Sofia", "Halina", "Irene", "Estefânia", "Vera", "Natália")
_PR_FAMILY = ("Kowalski", "Wisniewski", "Andrukiu", "Dzierwa", "Chornobai", "Melnyk", "Kozak",
              "Bojarski", "Hrycyna", "Sliwinski", "Zielinski")  # fmt: skip
_RS_LINES = (
    ("Linha Leopoldina, s/n", "Bento Gonçalves", "95700-000"),
    ("Linha Palmeiro, 1200", "Bento Gonçalves", "95700-000"),
    ("Travessão Alfredo Chaves, km 4", "Flores da Cunha", "95270-000"),
    ("Linha 40 da Leopoldina, 880", "Caxias do Sul", "95122-000"),
    ("Capela São Roque, Linha 6", "Garibaldi", "95720-000"),
    ("Linha Jansen, 315", "Farroupilha", "95180-000"),
)
_RS_FLOOD = (
    ("Rua Voluntários da Pátria, 1420, Humaitá", "Porto Alegre", "90230-010"),
    ("Estrada do Conde, 2050, Sarandi", "Porto Alegre", "91140-000"),
    ("Rua Sete de Setembro, 900, Mathias Velho", "Canoas", "92330-000"),
    ("Rua Guilherme Schell, 310, Centro", "Canoas", "92310-000"),
    ("Av. Getúlio Vargas, 88, Centro", "Eldorado do Sul", "92990-000"),
    ("Rua Marquês do Herval, 512, Centro", "São Leopoldo", "93010-000"),
    ("Rua Júlio de Castilhos, 45, Centro", "Roca Sales", "95735-000"),
)
_SC_STREETS = (
    ("Rua Hermann Weege, 1340", "Centro", "Pomerode", "89107-000"),
    ("Rua Testo Alto, 2200", "Testo Alto", "Pomerode", "89107-000"),
    ("Rua Rio do Testo, 455", "Testo Rega", "Pomerode", "89107-000"),
    ("Rua XV de Novembro, 610", "Centro", "Pomerode", "89107-000"),
    ("Rua Itajaí, 1200", "Vorstadt", "Blumenau", "89015-200"),
    ("Rua Walter Marquardt, 300", "Barra do Rio Molha", "Jaraguá do Sul", "89259-565"),
)
_BNU_HOMES = (
    ("Rua XV de Novembro, 1050, Centro", "89010-001"),
    ("Rua Amazonas, 3120, Garcia", "89020-000"),
    ("Rua Bahia, 5400, Salto Weissbach", "89032-001"),
    ("Rua São Paulo, 2200, Itoupava Seca", "89030-000"),
    ("Rua Johann Sachse, 600, Ponta Aguda", "89050-400"),
    ("Rua Hermann Huscher, 77, Vila Formosa", "89023-000"),
)
_PR_STREETS = (
    ("Rua Mateus Leme, 2400", "Centro Cívico", "Curitiba", "80530-010"),
    ("Rua Nilo Peçanha, 1800", "Pilarzinho", "Curitiba", "82100-000"),
    ("Rua Eduardo Sprada, 3010", "Campo Comprido", "Curitiba", "81220-000"),
    ("Rua Pedro Gusso, 1200", "Cidade Industrial", "Curitiba", "81050-200"),
    ("Rua Tomás Coelho, 410", "Tomás Coelho", "Araucária", "83708-000"),
    ("Rua Marechal Deodoro, 300", "Centro", "Prudentópolis", "84400-000"),
    ("Rua Ucrânia, 55", "Centro", "Mallet", "84570-000"),
)
_UVA = ("Bordô", "Isabel", "Niágara Branca", "Moscato Giallo", "Cabernet Sauvignon", "Merlot")
_RS_AREA = ("Área inundada - Portaria 1.624/2024", "Área de deslizamento", "Área inundada")
_RS_STATUS = ("Pago", "Em análise", "Pago", "Pendente de confirmação", "Indeferido - CPF")
_SC_CAT = ("Atirador", "Atirador", "Sócio contribuinte", "Veterano", "Atiradora")
_OKT_GOODS = ("Chopp", "Bratwurst", "Eisbein no pão", "Strudel", "Chapéus tiroleses", "Pretzel")
_OKT_SECTOR = ("Setor 1", "Setor 2", "Pavilhão A", "Pavilhão B", "Rua XV (desfile)")
_OKT_FISCAL = ("Fiscal Sandra Petry", "Fiscal Marcos Heiden", "Fiscal Juliana Kroeger")
_PR_PROC = ("04.08.05.089-6 Artroplastia total de joelho", "04.07.03.002-6 Colecistectomia",
            "04.05.05.037-2 Facoemulsificação", "04.07.04.010-2 Herniorrafia inguinal",
            "04.09.06.013-5 Histerectomia total")  # fmt: skip
_PR_PRIO = ("Eletiva", "Prioritária", "Eletiva", "Urgência relativa")
_PR_HOSP = ("Hospital do Trabalhador", "Hospital Cajuru", "Hosp. Evangélico Mackenzie",
            "Hospital de Clínicas UFPR", "Hospital Santa Casa de Prudentópolis")  # fmt: skip
_PR_STATUS = ("Aguardando", "Agendado", "Aguardando", "Realizado", "Desistência")
_RG_ISSUER = {"RS": "SSP/RS", "SC": "SSP/SC", "PR": "SESP/PR"}


def _sel(p: Person, rows: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return rows[int(p.bhxh) // 11 % len(rows)]


def _name(
    p: Person, given: tuple[tuple[str, ...], tuple[str, ...]], family: tuple[str, ...]
) -> str:
    return f"{_by_sex(p, given[0], given[1], 3)} {_pick(p, family, 4)}"


def _other(p: Person, given: tuple[str, ...], family: tuple[str, ...], salt: int) -> str:
    return f"{_pick(p, given, salt)} {_pick(p, family, salt + 2)}"


def _rg284(p: Person, uf: str) -> str:
    d = f"{1 + int(p.bhxh[1]) % 9}{p.bhxh[2:9]}"
    if uf == "RS":
        return f"{d}{p.bhxh[9]}{int(p.bhxh[0]) % 10}"
    if uf == "SC":
        return f"{d[0]}.{d[1:4]}.{d[4:7]} {_RG_ISSUER[uf]}"
    return f"{d[0]}.{d[1:4]}.{d[4:7]}-{int(d[7]) % 10} {_RG_ISSUER[uf]}"


def _brl(value: int) -> str:
    return f"{value:,}".replace(",", ".") + ",00"


def _pick_fee(p: Person) -> int:
    return (180, 250, 320, 180)[_num(p, 4) - 1]


_RS = ((_RS_GIVEN_M, _RS_GIVEN_F), _RS_FAMILY)
_SC = ((_SC_GIVEN_M, _SC_GIVEN_F), _SC_FAMILY)
_PR = ((_PR_GIVEN_M, _PR_GIVEN_F), _PR_FAMILY)

WRITERS_BLIND284: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam
    "dcs_code284": lambda p, c: f"VN{p.bhxh[:3]}.{p.bhxh[3:6]}.{p.bhxh[6:]}",
    "dcs_gps284": lambda p, c: f"10.{p.bhxh[:5]}, 106.{p.bhxh[5:]}",
    "dcs_kind284": lambda p, c: _pick(p, _VN_BUILDING, 2),
    "dcs_members284": lambda p, c: _num(p, 7) + 1,
    "dcs_staff284": lambda p, c: f"BĐ {_other_vn(p, 3)}",
    "vx_cust284": lambda p, c: f"KH{p.other_date:%y%m}{p.bhxh[-6:]}",
    "vx_dose284": lambda p, c: _pick(p, _VN_DOSE, 3),
    "vx_lot284": lambda p, c: f"{_pick(p, ('GT', 'HX', 'QD'), 4)}{p.bhxh[3:8]}",
    "vx_next284": lambda p, c: f"sau 3 thang ({p.other_date:%m}/{p.other_date.year + 1})",
    "vx_react284": lambda p, c: _pick(p, _VN_REACT, 5),
    "vx_doctor284": lambda p, c: _pick(p, _VN_DOCTOR, 6),
    "vx_price284": lambda p, c: _pick(p, ("1.390.000", "1.390.000", "1.420.000"), 7),
    "mt_marks284": lambda p, c: _pick(p, _VN_MARKS, 2),
    "mt_place284": lambda p, c: _pick(p, _VN_LAST_SEEN, 3),
    "mt_reporter284": lambda p, c: _other_vn(p, 4),
    "mt_rel284": lambda p, c: _pick(p, _VN_REL, 5),
    "mt_rep_phone284": lambda p, c: _other_phone(p, "09"),
    "mt_officer284": lambda p, c: f"Trung úy {_other_vn(p, 6)}",
    "mt_result284": lambda p, c: _pick(p, _VN_RESULT, 7),
    "hair_len284": lambda p, c: 25 + _num(p, 30),
    "hair_dyed284": lambda p, c: _pick(p, ("Không", "Không", "Có nhuộm", "Uốn"), 8),
    "hair_unit284": lambda p, c: _pick(p, _VN_HAIR_UNIT, 9),
    "hair_bag284": lambda p, c: f"HT-{p.other_date:%y}-{p.bhxh[-4:]}",
    # Brazil, shared
    "br_cpf284": lambda p, c: _cpf(p),
    "br_cpf_plain284": lambda p, c: _cpf(p).replace(".", "").replace("-", ""),
    "br_cns284": lambda p, c: _cns(p),
    "br_nis284": lambda p, c: _nis(p),
    "br_sex284": lambda p, c: "M" if p.male else "F",
    "br_sexo284": lambda p, c: "Masculino" if p.male else "Feminino",
    "rs_full284": lambda p, c: _name(p, *_RS),
    "sc_full284": lambda p, c: _name(p, *_SC),
    "pr_full284": lambda p, c: _name(p, *_PR),
    # Rio Grande do Sul: grape suppliers of a Serra Gaúcha cooperative
    "uva_reg284": lambda p, c: f"{_num(p, 4000):05d}",
    "rs_rg284": lambda p, c: _rg284(p, "RS"),
    "uva_ie284": lambda p, c: f"{p.bhxh[:3]}/{p.bhxh[3:10]}",
    "rs_line284": lambda p, c: _sel(p, _RS_LINES)[0],
    "rs_town284": lambda p, c: _sel(p, _RS_LINES)[1],
    "rs_cep284": lambda p, c: _sel(p, _RS_LINES)[2],
    "rs_phone284": lambda p, c: _br_phone257(p, "54"),
    "uva_var284": lambda p, c: _pick(p, _UVA, 5),
    "uva_kg284": lambda p, c: f"{(_num(p, 90) + 4) * 517:,}".replace(",", "."),
    "uva_babo284": lambda p, c: f"{13 + _num(p, 7)},{_num(p, 9)}",
    "uva_value284": lambda p, c: _brl((_num(p, 90) + 4) * 1034),
    # Rio Grande do Sul: Auxílio Reconstrução after the 2024 floods
    "rs_flood_home284": lambda p, c: _sel(p, _RS_FLOOD)[0],
    "rs_flood_town284": lambda p, c: _sel(p, _RS_FLOOD)[1],
    "rs_flood_cep284": lambda p, c: _sel(p, _RS_FLOOD)[2],
    "rs_flood_phone284": lambda p, c: _br_phone257(p, _pick(p, ("51", "51", "51", "54"), 6)),
    "rs_members284": lambda p, c: _num(p, 6) + 1,
    "rs_area284": lambda p, c: _pick(p, _RS_AREA, 7),
    "rs_status284": lambda p, c: _pick(p, _RS_STATUS, 8),
    "rs_value284": lambda p, c: "5.100,00",
    # Santa Catarina: the members of a Pomerode shooting society
    "sc_member284": lambda p, c: f"{_num(p, 900):04d}",
    "sc_rg284": lambda p, c: _rg284(p, "SC"),
    "sc_street284": lambda p, c: _sel(p, _SC_STREETS)[0],
    "sc_bairro284": lambda p, c: _sel(p, _SC_STREETS)[1],
    "sc_town284": lambda p, c: _sel(p, _SC_STREETS)[2],
    "sc_cep284": lambda p, c: _sel(p, _SC_STREETS)[3],
    "sc_phone284": lambda p, c: _br_phone257(p, "47"),
    "sc_cat284": lambda p, c: _pick(p, _SC_CAT, 9),
    "sc_cr284": lambda p, c: f"{p.bhxh[1:7]}" if _num(p, 3) != 1 else "",
    "sc_spouse284": lambda p, c: _other(p, _SC_GIVEN_F if p.male else _SC_GIVEN_M, _SC_FAMILY, 10),
    "sc_king284": lambda p, c: str(1990 + _num(p, 34)) if _num(p, 6) == 2 else "",
    # Santa Catarina: street vendors licensed for Blumenau's Oktoberfest
    "okt_cred284": lambda p, c: f"OKT{p.other_date.year}-{p.bhxh[-4:]}",
    "bnu_home284": lambda p, c: f"{_sel(p, _BNU_HOMES)[0]}, Blumenau/SC",
    "bnu_cep284": lambda p, c: _sel(p, _BNU_HOMES)[1],
    "bnu_phone284": lambda p, c: _br_phone257(p, "47"),
    "okt_goods284": lambda p, c: _pick(p, _OKT_GOODS, 11),
    "okt_sector284": lambda p, c: _pick(p, _OKT_SECTOR, 12),
    "okt_fee284": lambda p, c: _brl(_pick_fee(p)),
    "okt_permit284": lambda p, c: f"{_num(p, 700)}/{p.other_date.year}-SEDEC",
    "okt_officer284": lambda p, c: _pick(p, _OKT_FISCAL, 13),
    # Paraná: a regional waiting list for elective surgery
    "pr_proto284": lambda p, c: f"{p.other_date.year}{p.bhxh[-7:]}",
    "pr_mother284": lambda p, c: _other(p, _PR_GIVEN_F, _PR_FAMILY, 14),
    "pr_street284": lambda p, c: _sel(p, _PR_STREETS)[0],
    "pr_bairro284": lambda p, c: _sel(p, _PR_STREETS)[1],
    "pr_town284": lambda p, c: _sel(p, _PR_STREETS)[2],
    "pr_uf284": lambda p, c: "PR",
    "pr_cep284": lambda p, c: _sel(p, _PR_STREETS)[3],
    "pr_phone284": lambda p, c: _br_phone257(
        p, "42" if _sel(p, _PR_STREETS)[3][:2] == "84" else "41"
    ),
    "pr_proc284": lambda p, c: _pick(p, _PR_PROC, 15),
    "pr_prio284": lambda p, c: _pick(p, _PR_PRIO, 16),
    "pr_hosp284": lambda p, c: _pick(p, _PR_HOSP, 17),
    "pr_status284": lambda p, c: _pick(p, _PR_STATUS, 18),
}
