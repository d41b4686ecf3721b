"""How the people of the two-hundred-and-ninety-first part of the outside corpus (**blind 291**,
:mod:`lienthong.quality._corpus_blind291`) are written: four Vietnamese files' own columns (a
Tiên Lãng household's palolo worm bank, a personal income tax refund, a Red Cross search for a
lost relative, a mountain teacher's official lodging) and Italian names, places, phones and
numbers from Nuoro, South Tyrol, the Aosta Valley, Friuli and the Arbëreshë villages of Calabria
(the codice fiscale with its check letter, the tessera sanitaria with its Luhn digit, the carta
d'identità elettronica ``CA12345AB``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind170_writers import _cf170, _it_mobile, _ts

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

# -- Vietnam: palolo worm banks along the rivers of Tiên Lãng ------------------------------------
_VN_RUOI_BANKS = (
    "Bãi bồi sông Văn Úc - thôn Đông",
    "Ruộng rươi xứ Đồng Ngoài",
    "Bãi ven đê sông Thái Bình",
    "Ruộng rươi cống Rộc",
    "Bãi Cồn Khoai",
)
_VN_RUOI_HEADS = ("Ông Nguyễn Văn Tâm", "Ông Phạm Văn Kiên", "Bà Vũ Thị Hoa", "Ông Lê Văn Hùng")
# -- Vietnam: personal income tax refunds ----------------------------------------------------------
_VN_TAX_PAYERS = (
    "Cty TNHH Samsung Display VN",
    "Cty CP Sữa Việt Nam",
    "Trường THPT Lê Quý Đôn",
    "Ngân hàng TMCP Ngoại thương CN Hà Thành",
    "Cty TNHH Điện tử Foster",
)
_VN_BANKS = ("Vietcombank", "BIDV", "Agribank", "VietinBank", "Techcombank", "MB")
_VN_TAX_STATUS = ("Đã hoàn", "Đã hoàn", "Đang giải quyết", "Bù trừ nghĩa vụ", "Trả hồ sơ")
# -- Vietnam: Red Cross search for relatives lost in war or migration ------------------------------
_VN_RFL_REL = ("Anh ruot", "Me de", "Cha de", "Chi gai", "Em trai", "Con gai", "Chu ruot")
_VN_RFL_HOW = (
    "Di B nam 1968, mat tin",
    "Di lao dong Lien Xo cu",
    "Vuot bien nam 1979",
    "Lac nhau khi di tan 1972",
    "Cho di lam con nuoi",
)
_VN_RFL_HOME = ("Nam Dinh", "Quang Tri", "Thai Binh", "Nghe An", "Ben Tre", "Ha Tinh")
_VN_RFL_RESULT = ("Dang tim", "Dang tim", "Da tim thay", "Chuyen ICRC", "Khong co thong tin")
_VN_RFL_OFFICERS = ("Nguyen Thi Lan", "Tran Van Duc", "Le Thi Thu Ha")
# -- Vietnam: official lodging for teachers of mountain schools ------------------------------------
_VN_CV_SCHOOLS = (
    "Trường PTDTBT TH Nậm Chà",
    "Trường PTDTBT THCS Ka Lăng",
    "Trường MN Hoa Ban",
    "Trường TH&THCS Pa Vệ Sủ",
)
_VN_CV_SITES = ("Điểm chính", "Điểm bản Pờ Ma", "Điểm bản Thu Lũm", "Điểm bản Nậm Sin")
_VN_CV_SUBJECTS = ("Toán", "Ngữ văn", "Tiếng Anh", "Mầm non", "Tiểu học", "KHTN", "Thể dục")

# -- Italy: shared --------------------------------------------------------------------------------


def _pl291(p: Person, table: tuple[_T, ...], salt: int = 4) -> _T:
    return table[int(p.bhxh) // (salt * 11 + 1) % len(table)]


def _cf291(p: Person, family: _T, male: _T, female: _T, born: tuple[_T, ...]) -> str:
    return _cf170(p, _pick(p, family, 2), _by_sex(p, male, female, 3), _pl291(p, born)[1])


def _cie291(p: Person) -> str:
    """A carta d'identità elettronica number: ``CA``, five digits, two letters."""
    letters = "ABCDEFGHJKLMNPRSTUVZ"
    head = _pick(p, ("CA", "CA", "CB", "CC"), 4)
    return f"{head}{p.bhxh[2:7]}{letters[int(p.bhxh[7:9]) % 20]}{letters[int(p.bhxh[1:3]) % 20]}"


def _mail291(p: Person, family: _T, male: _T, female: _T, domain: str) -> str:
    given = _by_sex(p, male, female, 3).split()[0].lower()
    last = _pick(p, family, 2).lower().replace(" ", "").replace("'", "")
    return f"{given}.{last}{_num(p, 90)}@{domain}"


def _it_day291(p: Person, months: int) -> str:
    d = p.other_date
    year, month = divmod(d.month + months - 1, 12)
    return f"{_safe_day(d.year + year, month + 1, d.day):%d/%m/%Y}"


# -- Sardinia: Sardinian language courses in Nuoro -------------------------------------------------
_SD_FAMILY = ("Mura", "Deiana", "Mele", "Piras", "Ladu", "Floris", "Chessa", "Pirisi", "Serra")
_SD_GIVEN_M = ("Giovanni Maria", "Salvatore", "Pietro", "Bachisio", "Sebastiano", "Antonio")
_SD_GIVEN_F = ("Grazia", "Maria Giovanna", "Paola", "Giuseppa", "Antonella", "Michela")
_SD_BORN = (("Nuoro", "F979"), ("Macomer", "E788"), ("Sassari", "I452"), ("Cagliari", "B354"))
_SD_HOMES = (
    ("Via Lamarmora 41", "08100", "Nùgoro / Nuoro"),
    ("Corso Garibaldi 12", "08100", "Nùgoro / Nuoro"),
    ("Via Roma 7", "08020", "Orune"),
    ("Via Sassari 98", "08022", "Dorgali"),
    ("Vico Satta 3", "08025", "Oliena"),
)
_SD_LEVEL = ("A1", "A2", "B1", "B2", "C1")
_SD_VARIANT = ("Nugoresu", "Logudoresu", "Limba Sarda Comuna", "Campidanesu", "Nugoresu")
_SD_STUDY = ("Diploma", "Làurea", "Lissèntzia mèdia", "Diploma", "Làurea magistrale")

# -- South Tyrol: the bilingual and trilingual proficiency examination -----------------------------
_TB_FAMILY = ("Hofer", "Rabanser", "Obexer", "Pescollderungg", "Ploner", "Rossi", "Zanotti")
_TB_GIVEN_M = ("Lukas", "Florian", "Manuel", "Davide", "Simon", "Franz")
_TB_GIVEN_F = ("Anna", "Verena", "Martina", "Chiara", "Lisa", "Evelyn")
_TB_BORN = (("Bozen", "A952"), ("Brixen", "B160"), ("Bruneck", "B220"), ("Trient", "L378"))
_TB_HOMES = (
    "Lauben 112, 39012 Meran/Merano",
    "Str. Col Alt 14, 39033 Corvara in Badia",
    "Runggaditscher Str. 9, 39040 Kastelruth/Castelrotto",
    "Via Roma 50, 39100 Bozen/Bolzano",
    "Str. Pedraces 27, 39036 Badia",
    "Großer Graben 3, 39042 Brixen/Bressanone",
)
_TB_LEVEL = ("C1", "B2", "B1", "A2", "B2")
_TB_LANG = (
    "Deutsch / tedesco",
    "Italienisch / italiano",
    "Ladinisch / ladino",
    "Deutsch / tedesco",
)
_TB_RESULT = ("bestanden / superato", "bestanden / superato", "nicht bestanden / non superato", "")

# -- Aosta Valley: the members of an alpine consorterie --------------------------------------------
_AO_FAMILY = ("Vuillermoz", "Perrin", "Cerise", "Bionaz", "Gerbore", "Diemoz", "Charrère")
_AO_GIVEN_M = ("Joseph", "Ezio", "Albert", "Corrado", "Fabien", "René")
_AO_GIVEN_F = ("Marie", "Ornella", "Yvonne", "Simona", "Joséphine", "Chantal")
_AO_BORN = (("Aoste / Aosta", "A326"), ("Châtillon", "C294"), ("Ivrea", "E379"), ("Genève", "Z133"))
_AO_HOMES = (
    ("Hameau de Thouraz 4", "11010", "Valpelline", "Thouraz"),
    ("Rue du Mont-Émilius 18", "11020", "Brissogne", "Primaz"),
    ("Frazione Closé 2", "11010", "Bionaz", "Closé"),
    ("Route de Doues 33", "11010", "Doues", "Champapon"),
    ("Loc. Ollomont 7", "11010", "Ollomont", "Vaud"),
)
_AO_TITLE = ("Héritage", "Héritage", "Achat de droits", "Donation", "Partage")

# -- Friuli: the municipal civil protection volunteers ---------------------------------------------
_FU_FAMILY = ("Di Bernardo", "Collavino", "Marcuzzi", "Picco", "Rainis", "Copetti", "Venchiarutti")
_FU_GIVEN_M = ("Pieri", "Stefano", "Gianluca", "Roberto", "Ermes", "Nicola")
_FU_GIVEN_F = ("Catine", "Monica", "Silvia", "Roberta", "Ilaria", "Lucia")
_FU_BORN = (("Udine", "L483"), ("Gemona del Friuli", "D962"), ("Tolmezzo", "L195"))
_FU_HOMES = (
    ("Vie Udin 14", "33013", "Glemone / Gemona del Friuli"),
    ("Borc di Sot 6", "33010", "Vendoglio / Treppo Grande"),
    ("Via Julia 31", "33030", "Majano"),
    ("Plaçe dal Domo 2", "33017", "Tarcint / Tarcento"),
    ("Via Osoppo 88", "33010", "Buja"),
)
_FU_GROUP = ("Grup comunâl di Glemone", "Grup comunâl di Majan", "Grup comunâl di Tarcint")
_FU_SPEC = ("Motoseghist", "Radio", "AIB (incendis)", "Logjistiche", "Idrogeologjic", "Cusine")
_FU_LICENCE = ("B", "B", "C", "B + nautiche", "BE", "no")

# -- Calabria: home care for the elderly in the Arbëreshë villages ---------------------------------
_AR_FAMILY = ("Stratico", "Frega", "Bellusci", "Tocci", "Capparelli", "Chiodi", "Bavasso", "Scura")
_AR_GIVEN_M = ("Giorgio", "Demetrio", "Pietro", "Costantino", "Francesco", "Vincenzo")
_AR_GIVEN_F = ("Maria", "Anna", "Teresa", "Caterina", "Rosina", "Filomena")
_AR_BORN = (("Cosenza", "D086"), ("Castrovillari", "C349"), ("Torino", "L219"), ("Milano", "F205"))
_AR_HOMES = (
    "Via Giorgio Castriota 8, 87010 Lungro (CS)",
    "Rruga e Madhe / Via Nazionale 41, 87010 Acquaformosa (CS)",
    "Via Skanderbeg 3, 87010 Firmo (CS)",
    "Piazza S. Adriano 5, 87069 San Demetrio Corone (CS)",
    "Via G. Kastriota 22, 87010 Civita (CS)",
)
_AR_OPERATORS = ("Coop. Arbëria - OSS Tocci A.", "Coop. Arbëria - OSS Frega M.", "OSS Bellusci R.")


def _ar_landline(p: Person) -> str:
    return f"0981 {p.phone[4:10]}" if int(p.bhxh) % 3 == 0 else _it_mobile(p)


WRITERS_BLIND291: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: palolo worm banks
    "ruoi_bank291": lambda p, c: _pick(p, _VN_RUOI_BANKS, 2),
    "ruoi_area291": lambda p, c: f"{200 + _num(p, 60) * 50}",
    "ruoi_yield291": lambda p, c: f"{20 + _num(p, 300)}",
    "ruoi_price291": lambda p, c: f"{_pick(p, ('350.000', '400.000', '450.000', '500.000'), 3)}",
    "ruoi_head291": lambda p, c: _pick(p, _VN_RUOI_HEADS, 4),
    # Vietnam: income tax refunds
    "tax_year291": lambda p, c: _pick(p, ("2023", "2024", "2024", "2025"), 2),
    "tax_payer291": lambda p, c: _pick(p, _VN_TAX_PAYERS, 3),
    "tax_payer_mst291": lambda p, c: f"0{p.bhxh[1:]}",
    "tax_amount291": lambda p, c: f"{_num(p, 90) * 137_000:,}".replace(",", "."),
    "tax_acct291": lambda p, c: f"10{p.bhxh[::-1]}",
    "tax_bank291": lambda p, c: _pick(p, _VN_BANKS, 5),
    "tax_decision291": lambda p, c: f"{_num(p, 900)}/QĐ-CCT",
    "tax_status291": lambda p, c: _pick(p, _VN_TAX_STATUS, 6),
    # Vietnam: Red Cross tracing
    "rfl_sought291": lambda p, c: _other_vn(p, 3, family=p.family).upper(),
    "rfl_rel291": lambda p, c: _pick(p, _VN_RFL_REL, 4),
    "rfl_year291": lambda p, c: f"{1930 + _num(p, 30)}",
    "rfl_home291": lambda p, c: _pick(p, _VN_RFL_HOME, 5),
    "rfl_lost291": lambda p, c: f"{1965 + _num(p, 20)}",
    "rfl_how291": lambda p, c: _pick(p, _VN_RFL_HOW, 6),
    "rfl_result291": lambda p, c: _pick(p, _VN_RFL_RESULT, 7),
    "rfl_officer291": lambda p, c: _pick(p, _VN_RFL_OFFICERS, 8),
    # Vietnam: teachers' official lodging
    "cv_school291": lambda p, c: _pick(p, _VN_CV_SCHOOLS, 2),
    "cv_site291": lambda p, c: _pick(p, _VN_CV_SITES, 3),
    "cv_subject291": lambda p, c: _pick(p, _VN_CV_SUBJECTS, 4),
    "cv_room291": lambda p, c: f"P{_num(p, 3)}0{_num(p, 8)}",
    "cv_with291": lambda p, c: f"{_num(p, 4) - 1}",
    "cv_rent291": lambda p, c: _pick(p, ("150.000", "200.000", "0 (miễn)", "250.000"), 5),
    "cv_kin_phone291": lambda p, c: _other_phone(p, "08"),
    # Sardinia
    "sd_family291": lambda p, c: _pick(p, _SD_FAMILY, 2),
    "sd_given291": lambda p, c: _by_sex(p, _SD_GIVEN_M, _SD_GIVEN_F, 3),
    "sd_sex291": lambda p, c: "M" if p.male else "F",
    "sd_born291": lambda p, c: _pl291(p, _SD_BORN)[0],
    "sd_cf291": lambda p, c: _cf291(p, _SD_FAMILY, _SD_GIVEN_M, _SD_GIVEN_F, _SD_BORN),
    "sd_street291": lambda p, c: _pl291(p, _SD_HOMES, 5)[0],
    "sd_cap291": lambda p, c: _pl291(p, _SD_HOMES, 5)[1],
    "sd_town291": lambda p, c: _pl291(p, _SD_HOMES, 5)[2],
    "sd_phone291": lambda p, c: _it_mobile(p),
    "sd_mail291": lambda p, c: _mail291(p, _SD_FAMILY, _SD_GIVEN_M, _SD_GIVEN_F, "tiscali.it"),
    "sd_level291": lambda p, c: _pick(p, _SD_LEVEL, 6),
    "sd_variant291": lambda p, c: _pick(p, _SD_VARIANT, 7),
    "sd_study291": lambda p, c: _pick(p, _SD_STUDY, 8),
    # South Tyrol
    "tb_family291": lambda p, c: _pick(p, _TB_FAMILY, 2),
    "tb_given291": lambda p, c: _by_sex(p, _TB_GIVEN_M, _TB_GIVEN_F, 3),
    "tb_born291": lambda p, c: _pl291(p, _TB_BORN)[0],
    "tb_sex291": lambda p, c: "m" if p.male else "w",
    "tb_cf291": lambda p, c: _cf291(p, _TB_FAMILY, _TB_GIVEN_M, _TB_GIVEN_F, _TB_BORN),
    "tb_addr291": lambda p, c: _pick(p, _TB_HOMES, 5),
    "tb_phone291": lambda p, c: _it_mobile(p, spaced=False),
    "tb_mail291": lambda p, c: _mail291(p, _TB_FAMILY, _TB_GIVEN_M, _TB_GIVEN_F, "rolmail.net"),
    "tb_cie291": lambda p, c: _cie291(p),
    "tb_level291": lambda p, c: _pick(p, _TB_LEVEL, 6),
    "tb_lang291": lambda p, c: _pick(p, _TB_LANG, 7),
    "tb_result291": lambda p, c: _pick(p, _TB_RESULT, 8),
    "tb_prot291": lambda p, c: f"{p.other_date:%Y}/{p.bhxh[4:10]}",
    # Aosta Valley
    "ao_family291": lambda p, c: _pick(p, _AO_FAMILY, 2),
    "ao_given291": lambda p, c: _by_sex(p, _AO_GIVEN_M, _AO_GIVEN_F, 3),
    "ao_born291": lambda p, c: _pl291(p, _AO_BORN)[0],
    "ao_cf291": lambda p, c: _cf291(p, _AO_FAMILY, _AO_GIVEN_M, _AO_GIVEN_F, _AO_BORN),
    "ao_street291": lambda p, c: _pl291(p, _AO_HOMES, 5)[0],
    "ao_cap291": lambda p, c: _pl291(p, _AO_HOMES, 5)[1],
    "ao_town291": lambda p, c: _pl291(p, _AO_HOMES, 5)[2],
    "ao_hamlet291": lambda p, c: _pl291(p, _AO_HOMES, 5)[3],
    "ao_phone291": lambda p, c: f"0165 {p.phone[4:10]}" if int(p.bhxh) % 2 else _it_mobile(p),
    "ao_share291": lambda p, c: f"{_num(p, 80)},{p.bhxh[-1]}",
    "ao_parcel291": lambda p, c: f"F. {_num(p, 40)} n. {_num(p, 600)}",
    "ao_title291": lambda p, c: _pick(p, _AO_TITLE, 6),
    "ao_heir291": lambda p, c: (
        f"{_pick(p, _AO_FAMILY, 2)} {_pick(p, _AO_GIVEN_M, 7)} (†)" if int(p.bhxh) % 3 else ""
    ),
    "ao_corvee291": lambda p, c: f"{_num(p, 4)}",
    # Friuli
    "fu_family291": lambda p, c: _pick(p, _FU_FAMILY, 2),
    "fu_given291": lambda p, c: _by_sex(p, _FU_GIVEN_M, _FU_GIVEN_F, 3),
    "fu_born291": lambda p, c: _pl291(p, _FU_BORN)[0],
    "fu_cf291": lambda p, c: _cf291(p, _FU_FAMILY, _FU_GIVEN_M, _FU_GIVEN_F, _FU_BORN),
    "fu_ts291": lambda p, c: _ts(p),
    "fu_street291": lambda p, c: _pl291(p, _FU_HOMES, 5)[0],
    "fu_cap291": lambda p, c: _pl291(p, _FU_HOMES, 5)[1],
    "fu_town291": lambda p, c: _pl291(p, _FU_HOMES, 5)[2],
    "fu_phone291": lambda p, c: _it_mobile(p),
    "fu_group291": lambda p, c: _pick(p, _FU_GROUP, 6),
    "fu_spec291": lambda p, c: _pick(p, _FU_SPEC, 7),
    "fu_licence291": lambda p, c: _pick(p, _FU_LICENCE, 8),
    "fu_med291": lambda p, c: f"{_shift_date(p.other_date, 2):%d/%m/%Y}",
    "fu_contact291": lambda p, c: (
        f"{_by_sex(p, _FU_GIVEN_F, _FU_GIVEN_M, 9)} ({_it_mobile(p, spaced=False)[:6]}"
        f"{p.bhxh[-7:]})"
    ),
    # Arbëreshë villages
    "ar_name291": lambda p, c: (
        f"{_pick(p, _AR_FAMILY, 2).upper()} {_by_sex(p, _AR_GIVEN_M, _AR_GIVEN_F, 3)}"
    ),
    "ar_sex291": lambda p, c: "M" if p.male else "F",
    "ar_born291": lambda p, c: _pl291(p, _AR_BORN)[0],
    "ar_cf291": lambda p, c: _cf291(p, _AR_FAMILY, _AR_GIVEN_M, _AR_GIVEN_F, _AR_BORN),
    "ar_ts291": lambda p, c: _ts(p),
    "ar_cie291": lambda p, c: _cie291(p) if int(p.bhxh) % 4 else "",
    "ar_addr291": lambda p, c: _pick(p, _AR_HOMES, 5),
    "ar_phone291": lambda p, c: _ar_landline(p),
    "ar_kin291": lambda p, c: f"{_pick(p, _AR_FAMILY, 2)} {_pick(p, _AR_GIVEN_F, 6)} (figlia)",
    "ar_kin_phone291": lambda p, c: f"3{p.bhxh[::-1][:2]} {p.bhxh[2:9]}",
    "ar_hours291": lambda p, c: _pick(p, ("6", "8", "10", "12", "4"), 7),
    "ar_operator291": lambda p, c: _pick(p, _AR_OPERATORS, 8),
    "ar_isee291": lambda p, c: f"{_num(p, 120) * 97},{p.bhxh[-2:]}",
    "ar_end291": lambda p, c: _it_day291(p, 6),
}

__all__ = ["WRITERS_BLIND291"]
