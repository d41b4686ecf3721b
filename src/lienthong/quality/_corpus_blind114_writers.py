"""How the people of the hundred-and-fourteenth part of the outside corpus (**blind 114**,
:mod:`lienthong.quality._corpus_blind114`) are written: four Vietnamese files' own columns (an
exam-season volunteer, a durian grower's planting-area code, a neighbourhood fire team member, a
tuberculosis patient) and Spanish, Portuguese, Italian, Greek and Maltese names, places, phones
and identity numbers in the forms their registers write them (the DNI/NIE with its letter, the
cartão de cidadão with its check characters, the codice fiscale with its check letter, the AMKA
and the Maltese identity card number)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind31_writers import _mt_id
from lienthong.quality._corpus_blind42_writers import _dni, _nie, _shift_date
from lienthong.quality._corpus_blind49_writers import _cf_part, _cf_value
from lienthong.quality._corpus_blind64_writers import _amka, _cartao, _gr_family, _nif
from lienthong.quality._corpus_blind85_writers import _items, _rows
from lienthong.quality._corpus_people import _ascii

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnamese files ---------------------------------------------------------------------------
_VN_UNIS = _items(
    "ĐH Sư phạm TP.HCM; ĐH Khoa học Tự nhiên - ĐHQG; ĐH Bách khoa - ĐHQG; ĐH Kinh tế TP.HCM; "
    "ĐH Nông Lâm TP.HCM; ĐH Công nghiệp TP.HCM; ĐH Sài Gòn"
)
_VN_HOMETOWNS = _items(
    "Quảng Ngãi; Bình Định; Nghệ An; Đắk Lắk; Long An; Bến Tre; Thanh Hóa; Phú Yên; Gia Lai"
)
_VN_DORMS = _items(
    "P.A3-412, KTX Khu A ĐHQG, phường Linh Trung, TP. Thủ Đức, TP.HCM; 15/4 đường số 9, phường "
    "Linh Chiểu, TP. Thủ Đức, TP.HCM; 227 Nguyễn Văn Cừ, phường 4, quận 5, TP.HCM; phòng 203, "
    "KTX Trần Hưng Đạo, quận 1, TP.HCM; 88/12 Lê Đức Thọ, phường 6, quận Gò Vấp, TP.HCM; "
    "KTX Khu B ĐHQG, phường Đông Hòa, TP. Dĩ An, Bình Dương"
)
_VN_TEAMS = _items(
    "Đội hình Bến xe; Đội hình Điểm thi; Đội hình Cơm - nước miễn phí; Đội hình Nhà trọ "
    "0 đồng; Đội hình Tiếp sức tại chỗ"
)
_VN_SITES = _items(
    "Điểm thi THPT Bùi Thị Xuân; Điểm thi THPT Lê Quý Đôn; Bến xe Miền Đông; Điểm thi THPT "
    "Nguyễn Thượng Hiền; Điểm thi THCS Trần Văn Ơn; Bến xe Miền Tây; Điểm thi THPT Gia Định"
)
_VN_DL_HOMES = _items(
    "buôn Ea Kmar, xã Ea Tul, huyện Cư M'gar, tỉnh Đắk Lắk; thôn 4, xã Ea Kiết, huyện Cư "
    "M'gar, tỉnh Đắk Lắk; thôn Tân Lập, xã Krông Búk, huyện Krông Pắc, tỉnh Đắk Lắk; buôn "
    "Trấp, TT. Buôn Trấp, huyện Krông Ana, tỉnh Đắk Lắk; thôn 6, xã Ea Bar, huyện Buôn Đôn, "
    "tỉnh Đắk Lắk; thôn Đoàn Kết, xã Cư Bao, TX. Buôn Hồ, tỉnh Đắk Lắk"
)
_VN_VARIETIES = ("Ri6", "Monthong (Dona)", "Ri6", "Musang King", "Monthong (Dona)", "Ri6 + Dona")
_VN_COOPS = _items(
    "HTX NN Ea Tul; HTX sầu riêng Krông Pắc; THT sầu riêng thôn 4; HTX DV NN Buôn Hồ; ; "
    "HTX Nông nghiệp Thuận Phát"
)
_VN_HN_HOMES = _items(
    "so 14 ngo 95 Hoang Cau, to 8, phuong O Cho Dua, quan Dong Da, Ha Noi; so 7 ngach 41/18 "
    "Thai Ha, to 12, phuong Trung Liet, quan Dong Da, Ha Noi; 203 B2 tap the Kim Lien, to 5, "
    "phuong Kim Lien, quan Dong Da, Ha Noi; so 36 ngo Van Chuong, to 21, phuong Van Chuong, "
    "quan Dong Da, Ha Noi; so 9 ngo 180 Nam Dong, to 3, phuong Nam Dong, quan Dong Da, Ha Noi"
)
_VN_FIRE_DUTIES = ("Đội trưởng", "Đội phó", "Đội viên", "Đội viên", "Đội viên", "Đội viên")
_VN_FIRE_TRAINING = ("Đã huấn luyện", "Đã huấn luyện", "Chưa HL", "Đã HL (2024)")
_VN_HCM_TB_HOMES = _items(
    "ấp 3, xã Tân Thạnh Đông, huyện Củ Chi, TP.HCM; 112/4 tỉnh lộ 8, khu phố 1, TT. Củ Chi, "
    "huyện Củ Chi, TP.HCM; ấp Phú Hiệp, xã Phú Hòa Đông, huyện Củ Chi, TP.HCM; ấp Bàu Tre 2, "
    "xã Tân An Hội, huyện Củ Chi, TP.HCM; ấp 6A, xã Bình Mỹ, huyện Củ Chi, TP.HCM"
)
_VN_TB_FORMS = ("Lao phổi AFB(+)", "Lao phổi AFB(-)", "Lao phổi AFB(+)", "Lao ngoài phổi")
_VN_TB_KINDS = ("Mới", "Mới", "Tái phát", "Mới", "Điều trị lại sau bỏ trị")
_VN_TB_REGIMENS = ("2RHZE/4RHE", "2RHZE/4RHE", "2RHZE/4RH", "2RHZE/10RHE")
_VN_TB_SPUTUM = ("Âm tính", "Âm tính", "Dương tính (1+)", "Chưa XN", "Âm tính")

# -- Spain --------------------------------------------------------------------------------------
_ES_FAMILY = _items("García; Fernández; Romero; Jiménez; Moreno; Ruiz; Muñoz; Navarro; Ortega")
_ES_SECOND = _items("López; Sánchez; Díaz; Martín; Gómez; Castro; Vázquez; Rubio; Serrano")
_ES_GIVEN_M = _items("José Manuel; Francisco Javier; Antonio; Rafael; Álvaro; Ionut; Manuel")
_ES_GIVEN_F = _items("María del Carmen; Rocío; Lucía; Inmaculada; Ana Isabel; Elena; Marta")
#: (street line, postcode, town)
_ES_HOMES = _rows(
    "C/ Feria, 42, 2º B | 41003 | Sevilla; Avda. de la Palmera, 17, 5º Izq. | 41013 | Sevilla; "
    "C/ Betis, 8, bajo | 41010 | Sevilla; Pza. del Duque de la Victoria, 3, 1º A | 41002 | "
    "Sevilla; C/ Real, 115 | 41940 | Tomares; Avda. de Andalucía, 26, 3º D | 41927 | Mairena del "
    "Aljarafe; C/ Nueva, 5 | 41500 | Alcalá de Guadaíra"
)
_ES_LANGS = ("Inglés", "Francés", "Alemán", "Inglés", "Italiano", "Chino", "Árabe")
_ES_LEVELS = ("A2", "B1", "B2.1", "B2.2", "C1.1", "C1.2", "A1")
_ES_MODES = ("Presencial", "Presencial", "Semipresencial", "That's Engl. (distancia)")
_ES_EXEMPT = ("", "", "Familia numerosa general (50%)", "", "Discapacidad ≥33%", "")

# -- Portugal -----------------------------------------------------------------------------------
_PT_GIVEN_M = _items("João Pedro; Manuel; Rui Miguel; Tiago; Nuno; José Carlos; Bruno")
_PT_GIVEN_F = _items("Ana Sofia; Maria João; Catarina; Sandra; Joana; Rita; Fernanda")
_PT_FAMILY = _items(
    "Silva Ferreira; Costa Pereira; Oliveira Martins; Sousa Gonçalves; Machado Lopes; "
    "Fernandes Ribeiro; Carvalho Araújo; Pinto Rodrigues"
)
#: (street line, postcode, locality)
_PT_HOMES = _rows(
    "Rua Dom Pedro V, 112, 3.º Esq. | 4710-374 | Braga; Av. da Liberdade, 640, 1.º Dto. | "
    "4710-249 | Braga; Rua do Souto, 27 | 4700-329 | Braga; Travessa de São Vicente, 4 | "
    "4700-433 | Braga; Rua Padre Manuel Alaio, 9, r/c | 4835-048 | Guimarães; Lugar do Outeiro, "
    "15 | 4730-202 | Vila Verde; Rua Cidade do Porto, 81, 2.º Trás | 4705-085 | Braga"
)
_PT_SCHOOL = _items(
    "1.º ciclo (4.º ano); 3.º ciclo (9.º ano); Ensino secundário (12.º ano); Licenciatura; "
    "2.º ciclo (6.º ano); Mestrado; Curso profissional (nível 4)"
)
_PT_JOBS = _items(
    "Operador de caixa; Cozinheiro/a; Assistente administrativo/a; Costureira; Servente de "
    "construção civil; Técnico/a de informática; Empregado/a de mesa; Motorista de pesados"
)
_PT_STATUS = ("Desempregado/a", "Desempregado/a", "1.º emprego", "Empregado/a", "DLD (> 12 meses)")
_PT_OFFICERS = ("Dra. Helena Matos", "Dr. Paulo Vieira", "Dra. Cristina Amaral", "Sr. Luís Rocha")

# -- Italy --------------------------------------------------------------------------------------
_IT_FAMILY = _items("Bianchi; Innocenti; Bartolini; Cecchi; Mazzoni; Esposito; Conti; Barbieri")
_IT_GIVEN_M = _items("Lorenzo; Matteo; Francesco; Alessandro; Giovanni; Duccio; Salvatore")
_IT_GIVEN_F = _items("Chiara; Giulia; Francesca; Elisa; Alessandra; Martina; Serena")
#: (comune of birth, its Belfiore code)
_IT_BIRTH = _rows(
    "Firenze (FI) | D612; Prato (PO) | G999; Napoli (NA) | F839; Palermo (PA) | G273; "
    "Roma (RM) | H501; Arezzo (AR) | A390; Empoli (FI) | D403; Pistoia (PT) | G713"
)
#: (street line, CAP)
_IT_HOMES = _rows(
    "Via de' Serragli 41 | 50124; Viale Giacomo Matteotti 12 | 50132; Via Pisana 305 | 50143; "
    "Piazza Leopoldo 7 | 50134; Via Bolognese 88/A | 50139; Via Ghibellina 102 | 50122; "
    "Via del Ponte di Mezzo 19 | 50127"
)
_IT_STUDY = _items(
    "Diploma di scuola secondaria superiore; Laurea magistrale; Laurea triennale; Diploma "
    "(istituto tecnico); Laurea vecchio ordinamento"
)
_IT_JOBS = _items(
    "Impiegata; Studente universitario; Insegnante; Disoccupato; Libero professionista; "
    "Pensionato; Commesso; Infermiera"
)
_IT_NOTES = ("", "", "Disponibile anche come presidente", "", "Cancellato su richiesta", "")

# -- Greece -------------------------------------------------------------------------------------
_GR_GIVEN_M = _items("Χρήστος; Αθανάσιος; Ευάγγελος; Σπυρίδων; Μιχαήλ; Στυλιανός; Θεόδωρος")
_GR_GIVEN_F = _items("Δήμητρα; Παρασκευή; Ευαγγελία; Χριστίνα; Ιωάννα; Θεοδώρα; Κωνσταντίνα")
_GR_FATHERS = _items("Γεώργιος; Ιωάννης; Νικόλαος; Δημήτριος; Κωνσταντίνος; Απόστολος")
#: (street line, Τ.Κ., town)
_GR_HOMES = _rows(
    "Εγνατίας 112 | 546 30 | Θεσσαλονίκη; Τσιμισκή 45 | 546 23 | Θεσσαλονίκη; Λαγκαδά 201 | "
    "564 30 | Σταυρούπολη; Παπαναστασίου 78 | 544 53 | Θεσσαλονίκη; Κωνσταντινουπόλεως 14 | "
    "546 44 | Θεσσαλονίκη; Μεγάλου Αλεξάνδρου 9 | 551 33 | Καλαμαριά; 25ης Μαρτίου 3 | 570 01 | "
    "Θέρμη"
)
_GR_BLOOD = ("0+", "A+", "B+", "A-", "0-", "AB+", "A+", "0+")
_GR_BANKS = _items(
    "Υπηρεσία Αιμοδοσίας Γ.Ν.Θ. Παπανικολάου; Υπηρεσία Αιμοδοσίας Γ.Ν. Ιπποκράτειο; "
    "Σύλλογος Εθελοντών Αιμοδοτών Καλαμαριάς; Υπηρεσία Αιμοδοσίας ΑΧΕΠΑ"
)

# -- Malta --------------------------------------------------------------------------------------
_MT_FAMILY = _items("Borg; Camilleri; Vella; Farrugia; Zammit; Galea; Micallef; Grech; Attard")
_MT_GIVEN_M = _items("Joseph; Mario; Ryan; Clayton; Anthony; Kurt; Carmel")
_MT_GIVEN_F = _items("Maria; Rita; Charlene; Doris; Rachel; Josephine; Graziella")
#: (street line, locality, post code)
_MT_HOMES = _rows(
    "12, Triq il-Kbira San Ġużepp | Birkirkara | BKR 1510; Flat 4, 'Ta' Ġananni', Triq Fleur-de-"
    "Lys | Birkirkara | BKR 9061; 33, Triq Valley | Birkirkara | BKR 9025; 7, Triq il-Wied | "
    "Birkirkara | BKR 1405; 'Dar il-Paċi', Triq Ħal Qormi | Santa Venera | SVR 1310; 58, Triq "
    "San Pawl | Ħal Balzan | BZN 1301"
)
_MT_STATUS = ("Ħiereġ / Issued", "Ħiereġ / Issued", "Imġedded / Renewed", "Skadut / Expired")


def _place(p: Person, rows: tuple[tuple[str, ...], ...], salt: int = 5) -> tuple[str, ...]:
    return rows[int(p.bhxh) // salt % len(rows)]


def _add_days(day: date, days: int) -> date:
    return day + timedelta(days=days)


def _es_given(p: Person) -> str:
    return _by_sex(p, _ES_GIVEN_M, _ES_GIVEN_F, 1)


def _es_id(p: Person) -> str:
    return _nie(p) if _es_given(p) == "Ionut" else _dni(p)


def _pt_name(p: Person) -> str:
    return f"{_by_sex(p, _PT_GIVEN_M, _PT_GIVEN_F, 1)} {_pick(p, _PT_FAMILY, 2)}"


def _niss(p: Person) -> str:
    """A Portuguese social security number: eleven digits, the last ``9 - sum % 10`` over the
    weights 29, 23, 19, 17, 13, 11, 7, 5, 3, 2."""
    head = f"1{p.bhxh[1:10]}"
    total = sum(
        int(ch) * w for ch, w in zip(head, (29, 23, 19, 17, 13, 11, 7, 5, 3, 2), strict=True)
    )
    return f"{head}{9 - total % 10}"


def _pt_phone(p: Person) -> str:
    lead = _pick(p, ("91", "93", "96", "92"), 4)
    return f"{lead}{p.phone[4]} {p.phone[5:8]} {p.phone[8:10]}{p.bhxh[1]}"


def _it_given(p: Person) -> str:
    return _by_sex(p, _IT_GIVEN_M, _IT_GIVEN_F, 1)


def _it_family(p: Person) -> str:
    return _pick(p, _IT_FAMILY, 2)


def _codice_fiscale(p: Person) -> str:
    """A codice fiscale from this file's surname, name, birth and comune of birth, with its
    check letter."""
    day = p.birth.day + (0 if p.male else 40)
    month = "ABCDEHLMPRST"[p.birth.month - 1]
    head = (
        f"{_cf_part(_it_family(p), False)}{_cf_part(_it_given(p), True)}"
        f"{p.birth:%y}{month}{day:02d}{_place(p, _IT_BIRTH, 13)[1]}"
    )
    total = sum(_cf_value(ch, i % 2 == 0) for i, ch in enumerate(head))
    return head + chr(ord("A") + total % 26)


def _adt(p: Person) -> str:
    """A Greek police identity card number: two Greek capitals and six digits."""
    letters = "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"
    return f"{letters[int(p.bhxh[0:2]) % 14]}{letters[int(p.bhxh[2:4]) % 14]} {p.bhxh[4:10]}"


def _mail(text: str, p: Person, domain: str) -> str:
    local = _ascii(text).lower().replace(" ", ".").replace("'", "")
    return f"{local}{p.bhxh[-2:]}@{domain}"


WRITERS_BLIND114: dict[str, Callable[[Person, Col], object]] = {
    # -- tình nguyện viên Tiếp sức mùa thi
    "tsmt_mssv114": lambda p, c: f"4{(p.birth.year + 18) % 100:02d}1{p.bhxh[-5:]}",
    "tsmt_school114": lambda p, c: _pick(p, _VN_UNIS, 2),
    "tsmt_home114": lambda p, c: _pick(p, _VN_HOMETOWNS, 3),
    "tsmt_addr114": lambda p, c: _pick(p, _VN_DORMS, 4),
    "tsmt_team114": lambda p, c: _pick(p, _VN_TEAMS, 5),
    "tsmt_site114": lambda p, c: _pick(p, _VN_SITES, 6),
    "tsmt_size114": lambda p, c: _pick(p, ("S", "M", "L", "M", "XL"), 7),
    "tsmt_kin114": lambda p, c: f"{_other_vn(p, 8, None, p.family)} ({_pick(p, ('bố', 'mẹ'), 8)})",
    "tsmt_kin_phone114": lambda p, c: _other_phone(p, "03"),
    # -- mã số vùng trồng sầu riêng
    "vt_addr114": lambda p, c: _pick(p, _VN_DL_HOMES, 2),
    "vt_plot114": lambda p, c: f"Thửa {_num(p, 300)}, tờ BĐ số {_num(p, 45)}",
    "vt_area114": lambda p, c: f"{_num(p, 30) / 10:.1f}".replace(".", ","),
    "vt_trees114": lambda p, c: str(_num(p, 30) * 18),
    "vt_variety114": lambda p, c: _pick(p, _VN_VARIETIES, 3),
    "vt_yield114": lambda p, c: f"{_num(p, 30) * 1.2:.1f}".replace(".", ","),
    "vt_code114": lambda p, c: f"VN-DLOR-{_num(p, 400):04d}",
    "vt_coop114": lambda p, c: _pick(p, _VN_COOPS, 4),
    # -- đội PCCC dân phòng
    "pc_addr114": lambda p, c: _pick(p, _VN_HN_HOMES, 2),
    "pc_group114": lambda p, c: f"To {_num(p, 24)}",
    "pc_duty114": lambda p, c: _pick(p, _VN_FIRE_DUTIES, 3),
    "pc_decision114": lambda p, c: f"{_num(p, 200)}/QD-UBND",
    "pc_training114": lambda p, c: _pick(p, _VN_FIRE_TRAINING, 4),
    "pc_allowance114": lambda p, c: _pick(p, ("1.170.000", "702.000", "585.000"), 5),
    "pc_job114": lambda p, c: _pick(p, ("Huu tri", "Tu do", "CN", "Kinh doanh", "Bao ve"), 6),
    # -- bệnh nhân lao
    "tb_no114": lambda p, c: f"{_num(p, 300):03d}/{p.other_date:%y}-CC",
    "tb_addr114": lambda p, c: _pick(p, _VN_HCM_TB_HOMES, 2),
    "tb_form114": lambda p, c: _pick(p, _VN_TB_FORMS, 3),
    "tb_kind114": lambda p, c: _pick(p, _VN_TB_KINDS, 4),
    "tb_regimen114": lambda p, c: _pick(p, _VN_TB_REGIMENS, 5),
    "tb_sputum114": lambda p, c: _pick(p, _VN_TB_SPUTUM, 6),
    "tb_dot114": lambda p, c: _other_vn(p, 7),
    "tb_dot_phone114": lambda p, c: _other_phone(p, "09"),
    # -- Spain: matrícula EOI Sevilla
    "eoi_exp114": lambda p, c: f"EOI-SE/{p.other_date:%Y}/{p.bhxh[-5:]}",
    "es_family114": lambda p, c: _pick(p, _ES_FAMILY, 2),
    "es_second114": lambda p, c: _pick(p, _ES_SECOND, 3),
    "es_given114": lambda p, c: _es_given(p),
    "dni_es114": lambda p, c: _es_id(p),
    "sex_es114": lambda p, c: "H" if p.male else "M",
    "es_street114": lambda p, c: _place(p, _ES_HOMES)[0],
    "es_cp114": lambda p, c: _place(p, _ES_HOMES)[1],
    "es_town114": lambda p, c: _place(p, _ES_HOMES)[2],
    "es_phone114": lambda p, c: f"6{p.phone[3:5]} {p.phone[5:8]} {p.phone[8:10]}{p.bhxh[0]}",
    "es_mail114": lambda p, c: _mail(_es_given(p).split()[0], p, "gmail.com"),
    "eoi_lang114": lambda p, c: _pick(p, _ES_LANGS, 4),
    "eoi_level114": lambda p, c: _pick(p, _ES_LEVELS, 5),
    "eoi_mode114": lambda p, c: _pick(p, _ES_MODES, 6),
    "eoi_fee114": lambda p, c: _pick(p, ("66,14", "33,07", "66,14", "0,00", "96,54"), 7),
    "eoi_exempt114": lambda p, c: _pick(p, _ES_EXEMPT, 7),
    # -- Portugal: inscritos no centro de emprego
    "pt_iefp114": lambda p, c: f"{p.bhxh[2:9]}",
    "pt_name114": lambda p, c: _pt_name(p),
    "cc_pt114": lambda p, c: _cartao(p),
    "nif_pt114": lambda p, c: _nif(p),
    "niss_pt114": lambda p, c: _niss(p),
    "sex_pt114": lambda p, c: "M" if p.male else "F",
    "pt_street114": lambda p, c: _place(p, _PT_HOMES)[0],
    "pt_cp114": lambda p, c: _place(p, _PT_HOMES)[1],
    "pt_town114": lambda p, c: _place(p, _PT_HOMES)[2],
    "pt_phone114": lambda p, c: _pt_phone(p),
    "pt_mail114": lambda p, c: _mail(_pt_name(p).split()[0], p, "sapo.pt"),
    "pt_school114": lambda p, c: _pick(p, _PT_SCHOOL, 5),
    "pt_job114": lambda p, c: _pick(p, _PT_JOBS, 6),
    "pt_status114": lambda p, c: _pick(p, _PT_STATUS, 7),
    "pt_officer114": lambda p, c: _pick(p, _PT_OFFICERS, 8),
    # -- Italy: albo degli scrutatori
    "it_family114": lambda p, c: _it_family(p),
    "it_given114": lambda p, c: _it_given(p),
    "cf_it114": lambda p, c: _codice_fiscale(p),
    "it_birth114": lambda p, c: _place(p, _IT_BIRTH, 13)[0],
    "sex_it114": lambda p, c: "M" if p.male else "F",
    "it_street114": lambda p, c: _place(p, _IT_HOMES)[0],
    "it_cap114": lambda p, c: _place(p, _IT_HOMES)[1],
    "it_section114": lambda p, c: str(_num(p, 360)),
    "it_study114": lambda p, c: _pick(p, _IT_STUDY, 3),
    "it_job114": lambda p, c: _pick(p, _IT_JOBS, 4),
    "it_phone114": lambda p, c: f"3{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}{p.bhxh[2]}",
    "it_mail114": lambda p, c: _mail(f"{_it_given(p)}.{_it_family(p)}", p, "libero.it"),
    "it_note114": lambda p, c: _pick(p, _IT_NOTES, 5),
    # -- Greece: μητρώο εθελοντών αιμοδοτών
    "gr_family114": lambda p, c: _gr_family(p),
    "gr_given114": lambda p, c: _by_sex(p, _GR_GIVEN_M, _GR_GIVEN_F, 1),
    "gr_father114": lambda p, c: _pick(p, _GR_FATHERS, 3),
    "amka_gr114": lambda p, c: _amka(p),
    "adt_gr114": lambda p, c: _adt(p),
    "sex_gr114": lambda p, c: "Α" if p.male else "Θ",
    "gr_blood114": lambda p, c: _pick(p, _GR_BLOOD, 4),
    "gr_street114": lambda p, c: _place(p, _GR_HOMES)[0],
    "gr_tk114": lambda p, c: _place(p, _GR_HOMES)[1],
    "gr_town114": lambda p, c: _place(p, _GR_HOMES)[2],
    "gr_phone114": lambda p, c: f"69{p.phone[3:5]} {p.phone[5:8]} {p.phone[8:10]}{p.bhxh[3]}",
    "gr_mail114": lambda p, c: f"aimodotis{p.bhxh[-4:]}@yahoo.gr",
    "gr_count114": lambda p, c: str(_num(p, 40)),
    "gr_bank114": lambda p, c: _pick(p, _GR_BANKS, 5),
    # -- Malta: residents' parking permits
    "mt_given114": lambda p, c: _by_sex(p, _MT_GIVEN_M, _MT_GIVEN_F, 1),
    "mt_family114": lambda p, c: _pick(p, _MT_FAMILY, 2),
    "mt_id114": lambda p, c: _mt_id(p),
    "sex_mt114": lambda p, c: "M" if p.male else "F",
    "mt_street114": lambda p, c: _place(p, _MT_HOMES)[0],
    "mt_town114": lambda p, c: _place(p, _MT_HOMES)[1],
    "mt_pc114": lambda p, c: _place(p, _MT_HOMES)[2],
    "mt_phone114": lambda p, c: f"{_pick(p, ('79', '99', '21', '77'), 3)}{p.phone[4:10]}",
    "mt_mail114": lambda p, c: _mail(_pick(p, _MT_FAMILY, 2), p, "gmail.com"),
    "mt_car114": lambda p, c: (
        f"{'BCDFGHJKLMNPRST'[_num(p, 15) - 1]}"
        f"{'ABCEGHJKLMNPQRS'[int(p.bhxh[1]) % 15]}{'AEHKMNPRTX'[int(p.bhxh[2])]} {p.bhxh[-3:]}"
    ),
    "mt_permit114": lambda p, c: f"RPS/BKR/{p.other_date:%Y}/{_num(p, 900):04d}",
    "mt_expiry114": lambda p, c: f"{_shift_date(_add_days(p.other_date, -1), 2):%d/%m/%Y}",
    "mt_status114": lambda p, c: _pick(p, _MT_STATUS, 4),
}

__all__ = ["WRITERS_BLIND114"]
