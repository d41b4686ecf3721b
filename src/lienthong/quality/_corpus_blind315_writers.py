"""How the people of the three-hundred-and-fifteenth part of the outside corpus (**blind 315**,
:mod:`lienthong.quality._corpus_blind315`) are written: four Vietnamese files' own columns (an
athlete at the province's games, a ví giặm folk-song club member, a Buddhist pilgrim to India and
Nepal, a craftsman nominated as a handicraft artisan) and the brothers of a Seville brotherhood
(the DNI's letter is the number mod 23), the members of a Rio samba school's wings (the CPF's two
mod-11 check digits), Nigerian Christian pilgrims (the eleven-digit NIN), Kanagawa kendo grading
applicants (the birth date in the Japanese era) and the members of an Egyptian sports club (the
fourteen-digit national number) in the forms their registers show."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, TypeVar

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind13_writers import (
    _EG_MEN,
    _EG_WOMEN,
    _eg_full,
    _eg_governorate,
    _eg_nid,
)
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind42_writers import _dni, _shift_date
from lienthong.quality._corpus_blind112_writers import _wareki
from lienthong.quality._corpus_blind114_writers import (
    _ES_FAMILY,
    _ES_GIVEN_F,
    _ES_GIVEN_M,
    _ES_SECOND,
)
from lienthong.quality._corpus_blind119_writers import _BR_FAMILY, _BR_GIVEN_F, _BR_GIVEN_M
from lienthong.quality._corpus_blind138_writers import _jp_family, _jp_given
from lienthong.quality._corpus_blind206_writers import _cpf

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = TypeVar("_T")


def _at(p: Person, options: tuple[_T, ...], salt: int = 0) -> _T:
    """One row of a table of tuples, chosen as :func:`_pick` chooses a string."""
    return options[(int(p.bhxh) // (salt * 11 + 1)) % len(options)]


# -- Vietnam: a district's athletes at the province's sports games ---------------------------------
_VN_DH_SPORTS = (
    ("Điền kinh", "100m; 400m; Nhảy xa; Ném đẩy tạ"),
    ("Vật tự do", "Hạng 57kg; Hạng 65kg; Hạng 74kg"),
    ("Bóng chuyền", "Đồng đội; Bóng chuyền hơi"),
    ("Cầu lông", "Đơn; Đôi; Đôi nam nữ"),
    ("Kéo co", "Đồng đội 8 người"),
    ("Võ cổ truyền", "Quyền; Đối kháng 60kg"),
)
_VN_DH_TEAMS = ("Đoàn huyện Nam Đàn", "Đoàn TX Cửa Lò", "Đoàn huyện Diễn Châu", "Đoàn TP Vinh")
_VN_DH_MEDALS = ("", "", "HCV", "HCB", "HCĐ", "", "KK")
# -- Vietnam: a Nghệ Tĩnh ví giặm folk-song club ---------------------------------------------------
_VN_VG_CLUBS = (
    "CLB Dân ca Ví Giặm xã Kim Liên",
    "CLB Ví Giặm Hồng Lam",
    "CLB Dân ca xã Nam Giang",
    "CLB Hát ví phường vải Trường Lưu",
)
_VN_VG_VOICES = ("Giọng nữ cao", "Giọng nam", "Đàn nhị", "Sáo", "Hát ví đò đưa", "Giọng nữ")
_VN_VG_FEES = ("50.000", "100.000", "Miễn", "100.000", "60.000")
# -- Vietnam: a pagoda's pilgrims to India and Nepal -----------------------------------------------
_VN_HH_DHARMA = ("Tam Minh", "Diệu Hạnh", "Quảng Đức", "Diệu Liên", "Nguyên Tịnh", "Thiện Tâm")
_VN_HH_GROUPS = ("Đoàn 1 - TT Thích Minh Tâm", "Đoàn 2 - ĐĐ Thích Quảng Nghiêm", "Đoàn 3")
_VN_HH_DEPOSIT = ("10.000.000", "20.000.000", "49.900.000", "10.000.000", "0")
# -- Vietnam: craftsmen nominated as handicraft artisans -------------------------------------------
_VN_NN_VILLAGES = (
    ("Làng gốm Bát Tràng", "Gốm sứ"),
    ("Làng mây tre đan Phú Vinh", "Mây tre đan"),
    ("Làng sơn mài Hạ Thái", "Sơn mài"),
    ("Làng khảm trai Chuôn Ngọ", "Khảm trai"),
    ("Làng lụa Vạn Phúc", "Dệt lụa"),
    ("Làng đúc đồng Ý Yên", "Đúc đồng"),
)
_VN_NN_AWARDS = (
    "Giải Nhì cuộc thi SP TCMN tiêu biểu 2024",
    "Bằng khen Bộ Công Thương",
    "",
    "SP CNNT tiêu biểu cấp tỉnh 2025",
    "Giải Ba cấp quốc gia",
)
_VN_NN_PROPOSAL = ("Nghệ nhân", "Nghệ nhân", "Nghệ nhân nhân dân", "Chưa đủ ĐK", "Bổ sung HS")

# -- Spain: a Seville brotherhood's census of brothers ---------------------------------------------
_ES_HS_HOMES = (
    ("C/ Pureza, 53, 1º A", "Sevilla", "41010"),
    ("C/ San Jacinto, 12, 3º Izq.", "Sevilla", "41010"),
    ("Avda. de la Cruz del Campo, 31, 4º C", "Sevilla", "41005"),
    ("C/ Castilla, 88, bajo", "Sevilla", "41010"),
    ("Urb. Simón Verde, 7", "Gelves", "41120"),
    ("C/ Blas Infante, 22", "Camas", "41900"),
)
_ES_HS_PARISHES = (
    "Santa Ana (Triana)",
    "Ntra. Sra. de la O",
    "San Jacinto",
    "El Salvador",
    "San Gil",
)
_ES_HS_PLACES = (
    "Nazareno de cirio",
    "Nazareno de cruz",
    "Costalero",
    "Acólito",
    "Diputado de tramo",
    "Nazareno de vara",
    "No sale",
)
_ES_HS_FEES = ("Sí", "Sí", "Sí", "Pendiente 2025", "Domiciliada")

# -- Brazil: the wings of a Rio samba school -------------------------------------------------------
_BR_SB_HOMES = (
    ("Rua Visconde de Niterói, 1140", "Mangueira", "Rio de Janeiro"),
    ("Estrada da Portela, 446", "Madureira", "Rio de Janeiro"),
    ("Rua Conselheiro Galvão, 90, casa 2", "Oswaldo Cruz", "Rio de Janeiro"),
    ("Av. Pres. Vargas, 3000, ap. 504", "Cidade Nova", "Rio de Janeiro"),
    ("Rua Dr. Paulo Alves, 15", "Ingá", "Niterói"),
    ("Rua José Mariano, 212", "Centro", "Nilópolis"),
)
_BR_SB_WINGS = (
    "Ala das Baianas",
    "Ala dos Compositores",
    "Ala Comunidade 3",
    "Bateria",
    "Ala das Passistas",
    "Ala Guerreiros do Samba",
)
_BR_SB_HEADS = ("Tia Zezé", "Marquinhos do Cavaco", "Dona Neném", "Mestre Ciça", "Russo")
_BR_SB_SIZES = ("P", "M", "G", "GG", "M", "EG")
_BR_SB_PAID = ("0,00", "350,00", "850,00", "1.200,00", "350,00")

# -- Nigeria: Christian pilgrims to Jerusalem -----------------------------------------------------
_NG_CP_SURNAMES = ("Okafor", "Adeyemi", "Eze", "Okonkwo", "Adebayo", "Nwachukwu", "Etim", "Bassey")
_NG_CP_GIVEN_M = ("Chukwuemeka John", "Oluwaseun Peter", "Emmanuel Ifeanyi", "Samuel Tunde")
_NG_CP_GIVEN_F = ("Ngozi Blessing", "Folake Esther", "Chioma Grace", "Mary Adaeze", "Ruth Bisi")
_NG_CP_HOMES = (
    "12 Zik Avenue, Uwani, Enugu",
    "Plot 4, Ikot Ekpene Road, Uyo",
    "27 Ogui Road, Enugu",
    "5 Church Street, Mokola, Ibadan",
    "Block C Flat 3, Festac Town, Lagos",
)
_NG_CP_ORIGIN = ("Enugu", "Anambra", "Akwa Ibom", "Oyo", "Imo", "Cross River")
_NG_CP_CHURCHES = (
    ("Holy Ghost Cathedral, Enugu (Catholic)", "Rev. Fr. Emmanuel Ugwu"),
    ("St. Paul's Anglican Church, Uyo", "Ven. Sunday Etuk"),
    ("RCCG Jesus House Parish", "Pastor Femi Ajayi"),
    ("Methodist Church Nigeria, Wesley Cathedral", "Very Rev. John Okon"),
    ("Deeper Life Bible Church, Ogui", "Pastor Chinedu Eze"),
)
_NG_CP_BATCH = ("Batch A", "Batch A", "Batch B", "Batch C (Jordan/Israel)")
_NG_CP_FARE = ("2,450,000", "2,450,000", "2,700,000", "1,950,000 (subsidised)")

# -- Japan: kendo grading applicants in Kanagawa ---------------------------------------------------
_JP_KD_HOMES = (
    "神奈川県横浜市港北区日吉本町1-23-5",
    "神奈川県川崎市中原区小杉町3丁目264",
    "神奈川県相模原市南区相模大野5-8-1-402",
    "神奈川県藤沢市鵠沼海岸2-14-7",
    "神奈川県横須賀市米が浜通1-9",
)
_JP_KD_DOJO = (
    "港北剣友会",
    "中原少年剣道クラブ",
    "相武館道場",
    "鵠沼剣道会",
    "横須賀市剣道連盟 尚武館",
)
_JP_KD_TEACHERS = ("高橋 正雄 教士七段", "鈴木 勝 範士八段", "伊藤 清 教士八段", "中村 博 錬士六段")
_JP_KD_GRADES = ("初段", "弐段", "参段", "四段", "五段")
_JP_KD_RESULTS = ("合格", "合格", "不合格", "欠席", "合格")


def _kd_grade(p: Person) -> int:
    return int(p.bhxh[-2:]) % (len(_JP_KD_GRADES) - 1)


# -- Egypt: the general assembly of a sports club, listed for its elections -------------------
_EG_FB_KINDS = ("عامل", "عامل", "عامل مؤسس", "فخري", "رياضي")
_EG_FB_STREETS = ("شارع الهرم", "شارع 26 يوليو", "شارع جمال عبد الناصر", "شارع الجيش")
_EG_FB_PAID = ("مسدد", "مسدد", "غير مسدد", "مسدد بالتقسيط")
_EG_FB_NOTES = ("", "", "له حق التصويت", "ليس له حق التصويت - لم يستكمل سنة", "")


def _eg_phone(p: Person, lead: str) -> str:
    return f"{lead}{p.bhxh[-8:]}"


WRITERS_BLIND315: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: athletes at the province's games
    "dh_sport315": lambda p, c: _at(p, _VN_DH_SPORTS, 2)[0],
    "dh_event315": lambda p, c: _pick(p, tuple(_at(p, _VN_DH_SPORTS, 2)[1].split("; ")), 3),
    "dh_team315": lambda p, c: _pick(p, _VN_DH_TEAMS, 4),
    "dh_coach315": lambda p, c: f"HLV {_other_vn(p, 5, male=True)}",
    "dh_bib315": lambda p, c: f"{_num(p, 400):03d}",
    "dh_medal315": lambda p, c: _pick(p, _VN_DH_MEDALS, 6),
    # Vietnam: ví giặm folk-song club
    "vg_club315": lambda p, c: _pick(p, _VN_VG_CLUBS, 2),
    "vg_voice315": lambda p, c: _pick(p, _VN_VG_VOICES, 3),
    "vg_years315": lambda p, c: _num(p, 40),
    "vg_head315": lambda p, c: _other_vn(p, 4),
    "vg_fee315": lambda p, c: _pick(p, _VN_VG_FEES, 5),
    # Vietnam: pilgrims to India and Nepal
    "hh_dharma315": lambda p, c: _pick(p, _VN_HH_DHARMA, 2),
    "hh_passport315": lambda p, c: f"{'CP'[int(p.bhxh[0]) % 2]}{p.bhxh[-7:]}",
    "hh_expiry315": lambda p, c: f"{_shift_date(p.other_date, 8):%d-%m-%Y}",
    "hh_group315": lambda p, c: _pick(p, _VN_HH_GROUPS, 3),
    "hh_kin315": lambda p, c: _other_vn(p, 4, family=p.family),
    "hh_kin_phone315": lambda p, c: _other_phone(p, "09"),
    "hh_deposit315": lambda p, c: _pick(p, _VN_HH_DEPOSIT, 5),
    # Vietnam: handicraft artisans nominated
    "nn_village315": lambda p, c: _at(p, _VN_NN_VILLAGES, 2)[0],
    "nn_craft315": lambda p, c: _at(p, _VN_NN_VILLAGES, 2)[1],
    "nn_years315": lambda p, c: 10 + _num(p, 40),
    "nn_workshop315": lambda p, c: f"Xóm {_num(p, 9)}, {_at(p, _VN_NN_VILLAGES, 2)[0]}",
    "nn_award315": lambda p, c: _pick(p, _VN_NN_AWARDS, 3),
    "nn_pupils315": lambda p, c: _num(p, 150),
    "nn_score315": lambda p, c: f"{60 + _num(p, 40)}/100",
    "nn_proposal315": lambda p, c: _pick(p, _VN_NN_PROPOSAL, 4),
    # Spain: a Seville brotherhood
    "hs_number315": lambda p, c: f"{_num(p, 3200)}",
    "hs_family315": lambda p, c: _pick(p, _ES_FAMILY, 1),
    "hs_second315": lambda p, c: _pick(p, _ES_SECOND, 2),
    "hs_given315": lambda p, c: _by_sex(p, _ES_GIVEN_M, _ES_GIVEN_F, 3),
    "hs_dni315": lambda p, c: _dni(p),
    "hs_street315": lambda p, c: _at(p, _ES_HS_HOMES, 4)[0],
    "hs_town315": lambda p, c: _at(p, _ES_HS_HOMES, 4)[1],
    "hs_cp315": lambda p, c: _at(p, _ES_HS_HOMES, 4)[2],
    "hs_phone315": lambda p, c: f"6{p.bhxh[1:3]} {p.bhxh[3:5]} {p.bhxh[5:7]} {p.bhxh[7:9]}",
    "hs_email315": lambda p, c: (
        f"{_pick(p, _ES_FAMILY, 1).lower()}{p.bhxh[-3:]}@gmail.com".replace("í", "i")
        .replace("á", "a")
        .replace("ñ", "n")
        .replace("ú", "u")
    ),
    "hs_parish315": lambda p, c: _pick(p, _ES_HS_PARISHES, 5),
    "hs_sponsor315": lambda p, c: (
        f"{_pick(p, _ES_GIVEN_M, 6)} {_pick(p, _ES_FAMILY, 7)} {_pick(p, _ES_SECOND, 8)}"
    ),
    "hs_place315": lambda p, c: _pick(p, _ES_HS_PLACES, 9),
    "hs_fee315": lambda p, c: _pick(p, _ES_HS_FEES, 10),
    # Brazil: a Rio samba school's wings
    "sb_name315": lambda p, c: (
        f"{_by_sex(p, _BR_GIVEN_M, _BR_GIVEN_F, 1)} {_pick(p, _BR_FAMILY, 2)}"
    ),
    "sb_cpf315": lambda p, c: _cpf(p),
    "sb_sex315": lambda p, c: "Masculino" if p.male else "Feminino",
    "sb_street315": lambda p, c: _at(p, _BR_SB_HOMES, 3)[0],
    "sb_bairro315": lambda p, c: _at(p, _BR_SB_HOMES, 3)[1],
    "sb_city315": lambda p, c: _at(p, _BR_SB_HOMES, 3)[2],
    "sb_phone315": lambda p, c: f"(21) 9{p.bhxh[1:5]}-{p.bhxh[5:9]}",
    "sb_wing315": lambda p, c: _pick(p, _BR_SB_WINGS, 4),
    "sb_wing_head315": lambda p, c: _pick(p, _BR_SB_HEADS, 5),
    "sb_size315": lambda p, c: _pick(p, _BR_SB_SIZES, 6),
    "sb_paid315": lambda p, c: _pick(p, _BR_SB_PAID, 7),
    "sb_rehearsals315": lambda p, c: _num(p, 12),
    # Nigeria: Christian pilgrims to Jerusalem
    "cp_surname315": lambda p, c: _pick(p, _NG_CP_SURNAMES, 1).upper(),
    "cp_given315": lambda p, c: _by_sex(p, _NG_CP_GIVEN_M, _NG_CP_GIVEN_F, 2),
    "cp_nin315": lambda p, c: f"{int(p.bhxh[0]) % 9 + 1}{p.bhxh[::-1]}",
    "cp_sex315": lambda p, c: "Male" if p.male else "Female",
    "cp_addr315": lambda p, c: _pick(p, _NG_CP_HOMES, 3),
    "cp_phone315": lambda p, c: f"080{p.bhxh[1]} {p.bhxh[2:5]} {p.bhxh[5:9]}",
    "cp_origin315": lambda p, c: _pick(p, _NG_CP_ORIGIN, 4),
    "cp_church315": lambda p, c: _at(p, _NG_CP_CHURCHES, 5)[0],
    "cp_priest315": lambda p, c: _at(p, _NG_CP_CHURCHES, 5)[1],
    "cp_passport315": lambda p, c: f"B{p.bhxh[-8:]}",
    "cp_batch315": lambda p, c: _pick(p, _NG_CP_BATCH, 6),
    "cp_kin315": lambda p, c: (
        f"{_by_sex(p, _NG_CP_GIVEN_F, _NG_CP_GIVEN_M, 7).split()[0]} "
        f"{_pick(p, _NG_CP_SURNAMES, 1).title()} ({'Wife' if p.male else 'Husband'})"
    ),
    "cp_kin_phone315": lambda p, c: f"070{p.bhxh[-1]}{p.bhxh[::-1][:7]}",
    "cp_fare315": lambda p, c: _pick(p, _NG_CP_FARE, 8),
    # Japan: kendo grading applicants
    "kd_member315": lambda p, c: f"14-{p.bhxh[-6:]}",
    "kd_name315": lambda p, c: f"{_jp_family(p)[0]}\u3000{_jp_given(p)[0]}",
    "kd_kana315": lambda p, c: f"{_jp_family(p)[1]}\u3000{_jp_given(p)[1]}",
    "kd_birth315": lambda p, c: _wareki(p.birth),
    "kd_sex315": lambda p, c: "男" if p.male else "女",
    "kd_addr315": lambda p, c: _pick(p, _JP_KD_HOMES, 3),
    "kd_phone315": lambda p, c: f"0{'789'[int(p.bhxh[0]) % 3]}0-{p.bhxh[1:5]}-{p.bhxh[5:9]}",
    "kd_dojo315": lambda p, c: _pick(p, _JP_KD_DOJO, 4),
    "kd_teacher315": lambda p, c: _pick(p, _JP_KD_TEACHERS, 5),
    "kd_held315": lambda p, c: "一級" if _kd_grade(p) == 0 else _JP_KD_GRADES[_kd_grade(p) - 1],
    "kd_sought315": lambda p, c: _JP_KD_GRADES[_kd_grade(p)],
    "kd_exam315": lambda p, c: f"{_exam_day(p):%Y/%m/%d}",
    "kd_result315": lambda p, c: _pick(p, _JP_KD_RESULTS, 6),
    # Egypt: a sports club's general assembly
    "fb_member315": lambda p, c: f"{_num(p, 60000)}",
    "fb_name315": lambda p, c: _eg_full(p),
    "fb_nid315": lambda p, c: _eg_nid(p),
    "fb_gov315": lambda p, c: _eg_governorate(p)[1],
    "fb_addr315": lambda p, c: (
        f"{_num(p, 90)} {_pick(p, _EG_FB_STREETS, 3)}, {_eg_governorate(p)[1]}"
    ),
    "fb_phone315": lambda p, c: _eg_phone(p, f"01{'0125'[int(p.bhxh[0]) % 4]}"),
    "fb_kind315": lambda p, c: _pick(p, _EG_FB_KINDS, 4),
    "fb_family315": lambda p, c: (
        f"{_by_sex(p, _EG_WOMEN, _EG_MEN, 5)} (زوجة)" if p.male else f"{_pick(p, _EG_MEN, 5)} (ابن)"
    ),
    "fb_paid315": lambda p, c: _pick(p, _EG_FB_PAID, 6),
    "fb_booth315": lambda p, c: f"لجنة {_num(p, 24)}",
    "fb_note315": lambda p, c: _pick(p, _EG_FB_NOTES, 7),
}


def _exam_day(p: Person) -> date:
    """A grading day in 2025 or 2026 (a Sunday near the person's birthday)."""
    day = _safe_day(2025 + int(p.bhxh[-1]) % 2, p.birth.month, p.birth.day)
    return day + timedelta(days=(6 - day.weekday()) % 7)


__all__ = ["WRITERS_BLIND315"]
