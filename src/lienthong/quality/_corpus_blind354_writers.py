"""How the people of the three-hundred-and-fifty-fourth part of the outside corpus (**blind 354**,
:mod:`lienthong.quality._corpus_blind354`) are written: Vietnamese exam candidates, kindergarten
children with both parents, pupils at the school health check and pupils claiming accident
insurance; and pupils or their guardians in French, Italian, Spanish, Portuguese and Greek school
registers, with the INE and its key letter, the codice fiscale and its check character, the NIA
and the DNI letter, the cartão de cidadão and NIF digits, and the AMKA's Luhn digit."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _dni
from lienthong.quality._corpus_blind49_writers import _cf_part, _cf_value
from lienthong.quality._corpus_blind64_writers import _amka, _cartao, _nif

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

_VN_PROVINCES = (
    ("01", "Hà Nội"),
    ("02", "TP. Hồ Chí Minh"),
    ("28", "Thanh Hoá"),
    ("29", "Nghệ An"),
    ("55", "Cần Thơ"),
    ("33", "Thừa Thiên Huế"),
)
_EXAM_SITES = (
    "Điểm thi THPT Lê Quý Đôn",
    "Điểm thi THPT Nguyễn Thị Minh Khai",
    "Điểm thi THCS Trần Văn Ơn",
    "Điểm thi THPT Gia Định",
    "Điểm thi THPT Marie Curie",
)
_HIGH_SCHOOLS = (
    ("003", "THPT Trưng Vương"),
    ("017", "THPT Bùi Thị Xuân"),
    ("042", "THPT Nguyễn Hữu Huân"),
    ("061", "THPT Võ Thị Sáu"),
    ("088", "TT GDNN-GDTX Q.3"),
)
_ELECTIVES = (
    "Vật lí, Hoá học",
    "Lịch sử, Địa lí",
    "Hoá học, Sinh học",
    "Địa lí, GDKT&PL",
    "Tin học, Tiếng Anh",
)
_JOBS_VN = (
    "Công nhân",
    "Nội trợ",
    "Kinh doanh",
    "Viên chức",
    "Lao động tự do",
    "Công an",
    "Giáo viên",
)
_KG_CLASSES = ("Mầm 1 (3-4 tuổi)", "Mầm 2 (3-4 tuổi)", "Chồi 1", "Lá 2", "Nhà trẻ 24-36 th")
_ETHNIC = ("Kinh", "Kinh", "Kinh", "Hoa", "Khmer", "Tày")
_NUTRITION = (
    "Bình thường",
    "Bình thường",
    "Thừa cân",
    "Béo phì",
    "SDD thể thấp còi",
    "SDD nhẹ cân",
)
_VISION = ("10/10 - 10/10", "8/10 - 9/10", "4/10 - 5/10 (cận)", "10/10 - 7/10", "2/10 - 3/10 (cận)")
_TEETH = ("Bình thường", "Sâu R 36, 46", "Viêm lợi", "Sâu răng sữa", "Cao răng")
_SPINE = ("BT", "BT", "Cong vẹo nhẹ", "Gù", "BT")
_ACCIDENTS = (
    "Ngã cầu thang dãy B, gãy xương cẳng tay (T)",
    "Va chạm giờ ra chơi, rách da trán khâu 4 mũi",
    "Tai nạn giao thông trên đường đi học về",
    "Chấn thương cổ chân khi học thể dục",
    "Bỏng nước sôi tại nhà, độ II",
)
_INSURERS = ("Bảo Việt Sài Gòn", "PTI chi nhánh Gia Định", "Bảo Minh Bến Thành", "PVI Phía Nam")
_HOSPITALS = ("BV Nhi Đồng 1", "BV Chấn thương chỉnh hình", "BV Nhi Đồng 2", "BV Nhân dân Gia Định")
_CLAIM_STATE = ("Đã chi trả", "Chờ bổ sung hồ sơ", "Đang thẩm định", "Từ chối (ngoài phạm vi BH)")

_FR_FAMILY = ("Martin", "Bernard", "Moreau", "Lefèvre", "Benali", "Nguyen", "Fontaine", "Roux")
_FR_GIVEN_M = ("Lucas", "Gabriel", "Noah", "Adam", "Louis", "Mathis")
_FR_GIVEN_F = ("Jade", "Louise", "Emma", "Inès", "Chloé", "Lina")
_FR_PLACES = (
    ("12 rue de la République", "69002", "LYON"),
    ("5 allée des Tilleuls", "31400", "TOULOUSE"),
    ("48 bd Gambetta", "06000", "NICE"),
    ("3 impasse du Moulin", "44300", "NANTES"),
    ("27 av. Jean Jaurès", "13005", "MARSEILLE"),
)
_IT_FAMILY = ("Rossi", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Greco", "Russo")
_IT_GIVEN_M = ("Francesco", "Lorenzo", "Mattia", "Leonardo", "Gabriele", "Tommaso")
_IT_GIVEN_F = ("Giulia", "Sofia", "Aurora", "Beatrice", "Chiara", "Martina")
_IT_BIRTH = (
    ("Roma", "H501"),
    ("Milano", "F205"),
    ("Napoli", "F839"),
    ("Torino", "L219"),
    ("Bari", "A662"),
)
_IT_PLACES = (
    ("Via Garibaldi 14", "00185", "Roma", "RM"),
    ("Corso Buenos Aires 77", "20124", "Milano", "MI"),
    ("Via Toledo 210", "80134", "Napoli", "NA"),
    ("Via Po 3", "10124", "Torino", "TO"),
    ("Via Sparano 51", "70121", "Bari", "BA"),
)
_ES_FAMILY = ("García", "Martínez", "López", "Sánchez", "Pérez", "Gómez", "Fernández", "Ruiz")
_ES_GIVEN_M = ("José Antonio", "Javier", "Manuel", "David", "Francisco Javier", "Sergio")
_ES_GIVEN_F = ("María Carmen", "Laura", "Cristina", "Ana Isabel", "Raquel", "Lucía")
_ES_KIDS = ("Hugo", "Martina", "Pablo", "Lucía", "Álvaro", "Valeria", "Daniel", "Carla")
_ES_PLACES = (
    ("C/ Colón, 18, 3º B", "46004", "València", "Valencia"),
    ("Av. de Aragón, 112, 5ª", "46021", "València", "Valencia"),
    ("C/ Mayor, 7, bajo", "03201", "Elche/Elx", "Alicante"),
    ("Pza. España, 2, 1º izq.", "12001", "Castelló de la Plana", "Castellón"),
)
_PT_FAMILY = ("Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins")
_PT_GIVEN_M = ("João Pedro", "Rodrigo", "Martim", "Tomás", "Afonso", "Duarte")
_PT_GIVEN_F = ("Maria Leonor", "Matilde", "Beatriz", "Carolina", "Inês", "Mariana")
_PT_PLACES = (
    ("Rua de Santa Catarina, 312, 2.º Esq.", "4000-442", "Porto"),
    ("Av. da Liberdade, 45, 4.º Dto.", "1250-140", "Lisboa"),
    ("Rua Ferreira Borges, 12", "3000-179", "Coimbra"),
    ("Travessa do Carmo, 3, r/c", "8000-148", "Faro"),
)
_GR_NAMES = (
    ("Παπαδόπουλος", "Παπαδοπούλου"),
    ("Γεωργίου", "Γεωργίου"),
    ("Οικονόμου", "Οικονόμου"),
    ("Νικολάου", "Νικολάου"),
    ("Βλάχος", "Βλάχου"),
    ("Κωνσταντινίδης", "Κωνσταντινίδου"),
)
_GR_GIVEN_M = ("Γεώργιος", "Ιωάννης", "Κωνσταντίνος", "Δημήτριος", "Νικόλαος", "Παναγιώτης")
_GR_GIVEN_F = ("Μαρία", "Ελένη", "Αικατερίνη", "Βασιλική", "Σοφία", "Αναστασία")
_GR_PLACES = (
    ("Πατησίων 112", "112 57", "Αθηναίων"),
    ("Εγνατίας 45", "546 30", "Θεσσαλονίκης"),
    ("Κορίνθου 210", "262 23", "Πατρέων"),
    ("Λεωφ. Κνωσού 18", "713 06", "Ηρακλείου"),
    ("Αγίου Δημητρίου 7", "131 22", "Ιλίου"),
)


def _two(p: Person, options: tuple[_T, ...], salt: int = 0) -> _T:
    return options[(int(p.bhxh) // (salt * 11 + 1)) % len(options)]


def _sbd(p: Person) -> str:
    """A candidate number: the two-digit council (province) code and six digits."""
    return f"{_two(p, _VN_PROVINCES, 1)[0]}{p.bhxh[-6:]}"


def _parent_year(p: Person, father: bool) -> int:
    return p.birth.year - 22 - _num(p, 11 if father else 8)


def _height(p: Person) -> int:
    return 105 + _num(p, 60)


def _weight(p: Person) -> float:
    return round(_height(p) ** 2 / 10_000 * (14 + _num(p, 9) * 0.9), 1)


def _ine(p: Person) -> str:
    """A French INE (base élèves): ten digits and the key letter of their value mod 23."""
    digits = f"{p.bhxh[1:]}{p.bhxh[0]}"
    return digits + "ABCDEFGHJKLMNPRSTUVWXYZ"[int(digits) % 23]


def _it_names(p: Person) -> tuple[str, str]:
    return _pick(p, _IT_FAMILY, 2), _by_sex(p, _IT_GIVEN_M, _IT_GIVEN_F, 1)


def _cf(p: Person) -> str:
    """A codice fiscale from this file's surname and name, the birth date (day plus 40 for
    girls), the Belfiore code of the birthplace and the check character."""
    family, given = _it_names(p)
    month = "ABCDEHLMPRST"[p.birth.month - 1]
    day = p.birth.day + (0 if p.male else 40)
    head = (
        f"{_cf_part(family, False)}{_cf_part(given, True)}{p.birth:%y}{month}{day:02d}"
        f"{_two(p, _IT_BIRTH, 4)[1]}"
    )
    total = sum(_cf_value(ch, i % 2 == 0) for i, ch in enumerate(head))
    return head + chr(ord("A") + total % 26)


def _es_surnames(p: Person) -> str:
    return f"{_pick(p, _ES_FAMILY, 2)} {_pick(p, _ES_FAMILY, 7)}"


def _gr_given(p: Person, salt: int, male: bool) -> str:
    return _pick(p, _GR_GIVEN_M if male else _GR_GIVEN_F, salt)


WRITERS_BLIND354: dict[str, Callable[[Person, Col], object]] = {
    # -- thí sinh thi tốt nghiệp THPT theo phòng thi
    "tn_sbd354": lambda p, c: _sbd(p),
    "tn_council354": lambda p, c: (
        f"{_two(p, _VN_PROVINCES, 1)[0]} - Sở GDĐT {_two(p, _VN_PROVINCES, 1)[1]}"
    ),
    "tn_site354": lambda p, c: _pick(p, _EXAM_SITES, 2),
    "tn_room354": lambda p, c: f"P.{_num(p, 40):03d}",
    "tn_school354": lambda p, c: " - ".join(_two(p, _HIGH_SCHOOLS, 3)),
    "tn_class354": lambda p, c: f"12A{_num(p, 12)}",
    "tn_elective354": lambda p, c: _pick(p, _ELECTIVES, 4),
    "tn_priority354": lambda p, c: _pick(p, ("", "", "", "01", "06", "04"), 5),
    "tn_area354": lambda p, c: _pick(p, ("KV3", "KV3", "KV2", "KV2-NT", "KV1"), 6),
    "tn_birthplace354": lambda p, c: _two(p, _VN_PROVINCES, 7)[1],
    "tn_exempt354": lambda p, c: _pick(p, ("", "", "", "Miễn thi NN (IELTS 6.5)", "Xét TN"), 8),
    # -- trẻ đăng ký nhập học mầm non, cha và mẹ
    "kg_ethnic354": lambda p, c: _pick(p, _ETHNIC, 2),
    "kg_dad354": lambda p, c: _other_vn(p, 3, male=True, family=p.family),
    "kg_dadyear354": lambda p, c: _parent_year(p, True),
    "kg_dadjob354": lambda p, c: _pick(p, _JOBS_VN, 4),
    "kg_dadphone354": lambda p, c: _other_phone(p, "09"),
    "kg_dadcccd354": lambda p, c: _cccd_of(p, True, _parent_year(p, True)),
    "kg_mom354": lambda p, c: _other_vn(p, 5, male=False),
    "kg_momyear354": lambda p, c: _parent_year(p, False),
    "kg_momjob354": lambda p, c: _pick(p, _JOBS_VN, 6),
    "kg_momphone354": lambda p, c: _other_phone(p, "03"),
    "kg_momcccd354": lambda p, c: _cccd_of(p, False, _parent_year(p, False)),
    "kg_class354": lambda p, c: _pick(p, _KG_CLASSES, 7),
    "kg_form354": lambda p, c: _pick(p, ("Trực tuyến", "Trực tiếp", "Tuyến trên địa bàn"), 8),
    # -- khám sức khoẻ học sinh đầu năm học
    "sk_pupilno354": lambda p, c: f"79{p.bhxh[:8]}",
    "sk_class354": lambda p, c: f"{_num(p, 5)}/{_num(p, 9)}",
    "sk_height354": lambda p, c: _height(p),
    "sk_weight354": lambda p, c: f"{_weight(p)}".replace(".", ","),
    "sk_bmi354": lambda p, c: f"{_weight(p) / (_height(p) / 100) ** 2:.1f}".replace(".", ","),
    "sk_nutrition354": lambda p, c: _pick(p, _NUTRITION, 3),
    "sk_vision354": lambda p, c: _pick(p, _VISION, 4),
    "sk_teeth354": lambda p, c: _pick(p, _TEETH, 5),
    "sk_spine354": lambda p, c: _pick(p, _SPINE, 6),
    "sk_ent354": lambda p, c: _pick(p, ("BT", "Viêm amidan", "Viêm mũi dị ứng", "BT"), 7),
    "sk_result354": lambda p, c: _pick(
        p, ("Đủ SK học tập", "Đủ SK, theo dõi thị lực", "Chuyển khám CK"), 8
    ),
    "sk_parentphone354": lambda p, c: _other_phone(p),
    "sk_doctor354": lambda p, c: f"BS. {_other_vn(p, 9)}",
    # -- hồ sơ đề nghị chi trả bảo hiểm tai nạn học sinh
    "bh_cert354": lambda p, c: f"BVSG/HS/{p.other_date:%Y}/{p.bhxh[-6:]}",
    "bh_school354": lambda p, c: _pick(
        p, ("THCS Lê Lợi", "THCS Nguyễn Du", "TH Kỳ Đồng", "THCS Colette"), 2
    ),
    "bh_class354": lambda p, c: f"{5 + _num(p, 4)}A{_num(p, 8)}",
    "bh_event354": lambda p, c: _pick(p, _ACCIDENTS, 3),
    "bh_hospital354": lambda p, c: _pick(p, _HOSPITALS, 4),
    "bh_days354": lambda p, c: _num(p, 14),
    "bh_asked354": lambda p, c: f"{_num(p, 60) * 250_000:,}".replace(",", "."),
    "bh_paid354": lambda p, c: f"{_num(p, 60) * 200_000:,}".replace(",", "."),
    "bh_insurer354": lambda p, c: _pick(p, _INSURERS, 5),
    "bh_state354": lambda p, c: _pick(p, _CLAIM_STATE, 6),
    "bh_guardian354": lambda p, c: _other_vn(p, 7),
    "bh_gphone354": lambda p, c: _other_phone(p, "08"),
    "bh_account354": lambda p, c: (
        f"{_pick(p, ('VCB', 'ACB', 'Agribank', 'BIDV'), 8)} {p.bhxh[::-1]}"
    ),
    # -- France: liste des élèves (export SIECLE)
    "fr_ine354": lambda p, c: _ine(p),
    "fr_family354": lambda p, c: _pick(p, _FR_FAMILY, 1).upper(),
    "fr_given354": lambda p, c: _by_sex(p, _FR_GIVEN_M, _FR_GIVEN_F, 2),
    "fr_sex354": lambda p, c: "M" if p.male else "F",
    "fr_div354": lambda p, c: (
        f"{_pick(p, ('6', '5', '4', '3'), 3)}e{_pick(p, ('A', 'B', 'C', 'D'), 4)}"
    ),
    "fr_regime354": lambda p, c: _pick(p, ("DP DAN", "EXTERNE", "DP 4J", "INTERNE"), 5),
    "fr_street354": lambda p, c: _two(p, _FR_PLACES, 6)[0],
    "fr_cp354": lambda p, c: _two(p, _FR_PLACES, 6)[1],
    "fr_city354": lambda p, c: _two(p, _FR_PLACES, 6)[2],
    "fr_resp354": lambda p, c: (
        f"{_pick(p, ('M.', 'Mme'), 7)} {_pick(p, _FR_FAMILY, 1).upper()}"
        f" {_pick(p, _FR_GIVEN_M + _FR_GIVEN_F, 8)}"
    ),
    "fr_resptel354": lambda p, c: (
        f"06 {p.phone[3:5]} {p.phone[5:7]} {p.phone[7:9]} {p.phone[9:]}{p.bhxh[0]}"
    ),
    "fr_respmail354": lambda p, c: (
        f"{_pick(p, _FR_FAMILY, 1).lower()}.famille{p.bhxh[-3:]}@orange.fr"
    ),
    "fr_lv354": lambda p, c: _pick(
        p, ("ANGLAIS LV1 / ESPAGNOL LV2", "ANGLAIS LV1 / ALLEMAND LV2", "ANGLAIS LV1"), 9
    ),
    # -- Italia: elenco alunni iscritti
    "it_family354": lambda p, c: _it_names(p)[0].upper(),
    "it_given354": lambda p, c: _it_names(p)[1].upper(),
    "it_cf354": lambda p, c: _cf(p),
    "it_born354": lambda p, c: _two(p, _IT_BIRTH, 4)[0],
    "it_sex354": lambda p, c: "M" if p.male else "F",
    "it_class354": lambda p, c: f"{_num(p, 5)}{_pick(p, ('A', 'B', 'C', 'D', 'E'), 3)}",
    "it_street354": lambda p, c: _two(p, _IT_PLACES, 5)[0],
    "it_cap354": lambda p, c: _two(p, _IT_PLACES, 5)[1],
    "it_comune354": lambda p, c: _two(p, _IT_PLACES, 5)[2],
    "it_prov354": lambda p, c: _two(p, _IT_PLACES, 5)[3],
    "it_parent354": lambda p, c: f"{_it_names(p)[0]} {_pick(p, _IT_GIVEN_M + _IT_GIVEN_F, 6)}",
    "it_pphone354": lambda p, c: f"+39 3{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:]}",
    "it_rel354": lambda p, c: _pick(p, ("Cattolica", "Attività alternativa", "Non si avvale"), 7),
    # -- España: ayudas de comedor, el tutor es el solicitante
    "es_dni354": lambda p, c: _dni(p),
    "es_surn354": lambda p, c: _es_surnames(p),
    "es_given354": lambda p, c: _by_sex(p, _ES_GIVEN_M, _ES_GIVEN_F, 1),
    "es_kin354": lambda p, c: _pick(p, ("Padre", "Madre", "Tutor/a legal", "Madre", "Padre"), 3),
    "es_street354": lambda p, c: _two(p, _ES_PLACES, 4)[0],
    "es_cp354": lambda p, c: _two(p, _ES_PLACES, 4)[1],
    "es_city354": lambda p, c: _two(p, _ES_PLACES, 4)[2],
    "es_prov354": lambda p, c: _two(p, _ES_PLACES, 4)[3],
    "es_phone354": lambda p, c: f"6{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:]}",
    "es_nia354": lambda p, c: f"1{p.bhxh[2:9]}",
    "es_kid354": lambda p, c: f"{_es_surnames(p)}, {_pick(p, _ES_KIDS, 5)}",
    "es_course354": lambda p, c: _pick(
        p, ("1º EP", "3º EP", "5º EP", "2º ESO", "Infantil 4 años"), 6
    ),
    "es_school354": lambda p, c: _pick(
        p, ("CEIP Ausiàs March", "CEIP Lluís Vives", "IES Benlliure"), 7
    ),
    "es_rent354": lambda p, c: f"{_num(p, 90) * 97.37:.2f}".replace(".", ","),
    "es_points354": lambda p, c: _num(p, 15),
    "es_state354": lambda p, c: _pick(
        p, ("Concedida 100%", "Concedida 50%", "Denegada", "En revisión"), 8
    ),
    # -- Portugal: matrícula de alunos
    "pt_family354": lambda p, c: (
        f"{_by_sex(p, _PT_GIVEN_M, _PT_GIVEN_F, 1)} {_pick(p, _PT_FAMILY, 2)}"
        f" {_pick(p, _PT_FAMILY, 3)}"
    ),
    "pt_cc354": lambda p, c: _cartao(p),
    "pt_nif354": lambda p, c: _nif(p),
    "pt_sns354": lambda p, c: f"{p.bhxh[1:10]}",
    "pt_sex354": lambda p, c: "Masculino" if p.male else "Feminino",
    "pt_street354": lambda p, c: _two(p, _PT_PLACES, 4)[0],
    "pt_cp354": lambda p, c: _two(p, _PT_PLACES, 4)[1],
    "pt_city354": lambda p, c: _two(p, _PT_PLACES, 4)[2],
    "pt_class354": lambda p, c: f"{_num(p, 12)}.º {_pick(p, ('A', 'B', 'C', 'D'), 5)}",
    "pt_ee354": lambda p, c: f"{_pick(p, _PT_GIVEN_M + _PT_GIVEN_F, 6)} {_pick(p, _PT_FAMILY, 3)}",
    "pt_eephone354": lambda p, c: (
        f"9{'1236'[int(p.bhxh[0]) % 4]}{p.phone[3]} {p.phone[4:7]} {p.phone[7:]}"
    ),
    "pt_ase354": lambda p, c: _pick(p, ("Sem escalão", "Escalão A", "Escalão B", "Sem escalão"), 7),
    # -- Ελλάδα: μητρώο μαθητών
    "gr_am354": lambda p, c: f"{_num(p, 900) + 100}/{p.other_date:%Y}",
    "gr_family354": lambda p, c: _two(p, _GR_NAMES, 1)[0 if p.male else 1],
    "gr_given354": lambda p, c: _gr_given(p, 2, p.male),
    "gr_father354": lambda p, c: _gr_given(p, 3, True),
    "gr_mother354": lambda p, c: _gr_given(p, 4, False),
    "gr_sex354": lambda p, c: "Α" if p.male else "Θ",
    "gr_amka354": lambda p, c: _amka(p),
    "gr_street354": lambda p, c: _two(p, _GR_PLACES, 5)[0],
    "gr_tk354": lambda p, c: _two(p, _GR_PLACES, 5)[1],
    "gr_dimos354": lambda p, c: _two(p, _GR_PLACES, 5)[2],
    "gr_gphone354": lambda p, c: f"69{'3478'[int(p.bhxh[0]) % 4]} {p.phone[3:6]} {p.phone[6:]}",
    "gr_class354": lambda p, c: f"{_pick(p, ('Α', 'Β', 'Γ'), 6)}{_num(p, 4)}",
    "gr_school354": lambda p, c: _pick(
        p, ("3ο Γυμνάσιο Αθηνών", "1ο ΓΕΛ Θεσσαλονίκης", "5ο Γυμνάσιο Πατρών"), 7
    ),
}
