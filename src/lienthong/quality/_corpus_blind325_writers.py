"""How the people of the three hundred and twenty-fifth part of the outside corpus (**blind 325**,
:mod:`lienthong.quality._corpus_blind325`) are written: four Vietnamese files' own columns (a
commune health station's A6 death book, a village midwife's home births, a provincial hospital's
patients taken home gravely ill at the family's request, its in-hospital deaths under review) and
Mexican, Egyptian, Thai, Russian and Ghanaian names, addresses, phones and identity numbers in
the forms their registers show (the CURP's check digit, the Egyptian national number's governorate
and sex digits, the Thai PID's mod-11 digit and Buddhist-era dates, the СНИЛС's mod-101 digits,
the Ghana Card PIN)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind41_writers import _eg_nid, _eg_place
from lienthong.quality._corpus_blind44_writers import _thai_date, _thai_pid
from lienthong.quality._corpus_blind53_writers import _ru_name, _snils
from lienthong.quality._corpus_blind90_writers import _gh_card, _gh_phone
from lienthong.quality._corpus_blind111_writers import _eg_phone
from lienthong.quality._corpus_blind141_writers import _eg_full
from lienthong.quality._corpus_blind309_writers import _curp_mx, _mx, _mx_names

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_ETHNIC = ("Kinh", "Tày", "Thái", "Mường", "Dao", "H'Mông", "Kinh", "Nùng")
_VN_CAUSES = (
    "Tai biến mạch máu não",
    "Nhồi máu cơ tim",
    "Ung thư phổi",
    "Già yếu",
    "Tai nạn giao thông",
    "Đuối nước",
    "Suy tim",
    "Xơ gan",
)
_VN_DEATH_PLACE = ("Tại nhà", "Tại bệnh viện", "Trên đường đi cấp cứu", "Nơi khác")
_VN_RELATION = ("Con trai", "Con gái", "Vợ", "Chồng", "Cháu", "Anh trai", "Con dâu")
_VN_DELIVERY = ("Đẻ thường", "Đẻ thường", "Đẻ rơi", "Đẻ thường, ngôi mông")
_VN_AFTER = ("Mẹ con khỏe", "Mẹ con khỏe", "Chuyển TTYT do băng huyết", "Trẻ nhẹ cân, theo dõi")
_VN_HEPB = ("Đã tiêm trong 24h", "Tiêm muộn", "Chưa tiêm", "Đã tiêm trong 24h")
_VN_DIAG = (
    ("Sốc nhiễm khuẩn/Viêm phổi nặng", "A41.9"),
    ("Xuất huyết não", "I61.9"),
    ("Ung thư gan giai đoạn cuối", "C22.0"),
    ("Suy đa tạng sau ngộ độc", "R68.8"),
    ("Chấn thương sọ não nặng", "S06.2"),
    ("Suy hô hấp/COPD đợt cấp", "J44.1"),
)
_VN_WARDS = ("Khoa HSTC-CĐ", "Khoa Nội tổng hợp", "Khoa Ngoại chấn thương", "Khoa Ung bướu")
_VN_FOLLOW = ("Tử vong tại nhà", "Còn sống", "Không liên lạc được", "Tử vong tại nhà")
_MX_DER = ("IMSS-Bienestar", "Ninguna", "IMSS", "ISSSTE", "PEMEX")
_MX_SERV = ("Medicina Interna", "Cirugía General", "Ginecobstetricia", "Pediatría", "Traumatología")
_MX_MOTIVO = ("Mejoría", "Curación", "Alta voluntaria", "Defunción", "Traslado a otra unidad")
_MX_CIE = ("O80 Parto único espontáneo", "K35.8 Apendicitis aguda", "E11.9 Diabetes mellitus 2")
_MX_DOCS = ("Dra. Elena Cruz Solís", "Dr. Raúl Tenorio Báez", "Dr. Ignacio Vázquez Olvera")
_EG_RELIGION = ("مسلم", "مسلم", "مسيحي", "مسلم")
_EG_CAUSES = ("هبوط حاد في الدورة الدموية", "جلطة بالمخ", "فشل كلوي مزمن", "أورام", "شيخوخة")
_EG_PLACES_DEATH = ("المنزل", "مستشفى الجيزة العام", "معهد الأورام", "المنزل", "مستشفى خاص")
_EG_RELATION = ("ابن", "ابنة", "زوج", "زوجة", "أخ", "ابن أخ")
_EG_DOCTORS = ("د. أحمد سمير عبد الحميد", "د. منى فؤاد الشناوي", "د. هاني رشدي جرجس")
_TH_TITLES_M = ("นาย", "ด.ช.", "นาย")
_TH_FAMILY = ("ศรีสุข", "ใจดี", "ทองมา", "แก้วประเสริฐ", "บุญเรือง", "คำแสน", "อินทะวงศ์")
_TH_GIVEN_M = ("สมชาย", "ประเสริฐ", "บุญมี", "อนุชา", "ธนากร", "สุริยา")
_TH_GIVEN_F = ("สมหญิง", "กาญจนา", "บัวผัน", "วิไลวรรณ", "ศิริพร", "อรุณี")
_TH_PLACES = (
    "45 หมู่ 3 ต.บ้านดู่ อ.เมืองเชียงราย จ.เชียงราย",
    "112/4 หมู่ 7 ต.ป่าแดด อ.แม่สรวย จ.เชียงราย",
    "9 หมู่ 11 ต.เวียง อ.เทิง จ.เชียงราย",
    "201 หมู่ 5 ต.แม่ยาว อ.เมืองเชียงราย จ.เชียงราย",
)
_TH_RIGHTS = ("บัตรทอง (UC)", "ประกันสังคม", "ข้าราชการ", "บัตรทอง (UC)", "ท.74 ผู้สูงอายุ")
_TH_DEST = ("รพ.เชียงรายประชานุเคราะห์", "รพ.มหาราชนครเชียงใหม่", "รพ.ศูนย์ลำปาง")
_TH_REASON = ("เกินศักยภาพ", "ต้องการแพทย์เฉพาะทาง", "ผู้ป่วยขอไปเอง", "ตรวจพิเศษ CT/MRI")
_TH_DX = ("STEMI", "Stroke fast track", "Head injury GCS 9", "PPROM 32 wk", "Sepsis")
_TH_REPLY = ("รับไว้รักษา", "ส่งกลับ รพช.", "เสียชีวิต", "รอตอบกลับ")
_RU_PLACE = (
    "Тверская обл., Кашинский р-н, д. Славково, ул. Центральная, д. 4",
    "Тверская обл., г. Кашин, ул. Анатолия Луначарского, д. 17, кв. 3",
    "Тверская обл., Калязинский р-н, с. Нерль, ул. Садовая, д. 21",
    "Тверская обл., г. Бежецк, ул. Краснослободская, д. 9, кв. 12",
)
_RU_DEATH_PLACE = ("дома", "в стационаре ГБУЗ «Кашинская ЦРБ»", "в машине СМП", "дома")
_RU_ICD = ("I25.1 Атеросклеротическая болезнь сердца", "I63.9 Инфаркт мозга", "C34.1 ЗНО лёгкого")
_RU_DOCS = ("Смирнова О.В.", "Кузьмин А.П.", "Белова Н.Г.", "Гусейнов Р.М.")
_RU_RECIP = ("сын", "дочь", "супруга", "супруг", "внук", "сестра")
_GH_FAMILY = ("Mensah", "Owusu", "Asante", "Boateng", "Osei", "Addo", "Agyeman", "Quaye")
_GH_GIVEN_M = ("Kwame", "Kofi Junior", "Yaw", "Kwabena Emmanuel", "Kojo", "Fiifi")
_GH_GIVEN_F = ("Akosua", "Ama Serwaa", "Abena", "Efua Mercy", "Adwoa", "Esi")
_GH_PLACES = (
    "H/No. 14 Asafo Lane, Kasoa, AK-0345-1267",
    "Plot 7, Block B, Oforikrom, AK-039-5521",
    "Near Methodist Church, Ejisu, AE-0021-4410",
    "H/No. C245/12, Dansoman, GA-543-0987",
)
_GH_KIN = ("wife", "sister", "son", "brother", "mother")
_GH_WARDS = ("Male Medical", "Female Medical", "Maternity", "Surgical", "Children's Ward")
_GH_DX = (
    "Severe malaria",
    "Hypertensive crisis",
    "Gastroenteritis",
    "Pneumonia",
    "Snakebite envenomation",
)
_GH_OUTCOME = ("Discharged", "Discharged", "Died", "Absconded", "Referred to KATH", "Discharged")
_GH_DOCS = ("Dr. E. Acheampong", "Dr. S. Nkansah", "PA Gloria Tetteh", "Dr. M. Iddrisu")


def _days(p: Person, salt: int, span: int) -> int:
    return int(p.bhxh[salt:] + p.bhxh[:salt]) % span + 1


def _vn_diag(p: Person) -> tuple[str, str]:
    return _VN_DIAG[int(p.bhxh) // 11 % len(_VN_DIAG)]


def _informant_nid(p: Person) -> str:
    """An informant's 14-digit national number: born 1960-1989, the deceased's governorate."""
    body = f"2{int(p.bhxh[:2]) % 30 + 60}0{int(p.bhxh[2]) % 9 + 1}1{p.bhxh[3]}{_eg_place(p)[2]}"
    body += p.bhxh[-4:]
    return f"{body}{sum(int(d) for d in body) % 10}"


def _death_cert(p: Person) -> str:
    return f"{p.bhxh[-3:]}{_pick(p, ('', '/TV', '/GBT'), 3)}"


def _admitted(p: Person) -> date:
    """The day a discharged patient came in: a few days before the discharge date column."""
    return p.other_date - timedelta(days=_days(p, 2, 14))


WRITERS_BLIND325: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: the A6/YTCS death book of a commune health station
    "ethnic325": lambda p, c: _pick(p, _VN_ETHNIC, 2),
    "cause325": lambda p, c: _pick(p, _VN_CAUSES, 3),
    "dplace325": lambda p, c: _pick(p, _VN_DEATH_PLACE, 4),
    "informant325": lambda p, c: _other_vn(p, 5),
    "relation325": lambda p, c: _pick(p, _VN_RELATION, 6),
    "inf_phone325": lambda p, c: _other_phone(p),
    "cert325": lambda p, c: _pick(p, ("Đã cấp GBT", "Chưa cấp", "Đã cấp GBT", "Không"), 7),
    "officer325": lambda p, c: f"YS {_other_vn(p, 8)}",
    # Vietnam: home births followed by a village midwife
    "parity325": lambda p, c: str(_num(p, 4) % 5 + 1),
    "midwife325": lambda p, c: f"Cô đỡ {_other_vn(p, 3, False)}",
    "delivery325": lambda p, c: _pick(p, _VN_DELIVERY, 5),
    "baby_sex325": lambda p, c: _pick(p, ("Trai", "Gái"), 6),
    "weight325": lambda p, c: str(2300 + _num(p, 7) % 18 * 100),
    "after325": lambda p, c: _pick(p, _VN_AFTER, 8),
    "hepb325": lambda p, c: _pick(p, _VN_HEPB, 9),
    "visit325": lambda p, c: f"{p.other_date + timedelta(days=_days(p, 4, 7)):%d-%m-%Y}",
    # Vietnam: patients taken home gravely ill at the family's request
    "record325": lambda p, c: f"25.{p.bhxh[-6:]}",
    "diag325": lambda p, c: _vn_diag(p)[0],
    "icd325": lambda p, c: _vn_diag(p)[1],
    "vn_ward325": lambda p, c: _pick(p, _VN_WARDS, 2),
    "relative325": lambda p, c: _other_vn(p, 4),
    "rel_phone325": lambda p, c: _other_phone(p, "03"),
    "doctor325": lambda p, c: f"BSCKI {_other_vn(p, 7)}",
    "follow325": lambda p, c: _pick(p, _VN_FOLLOW, 5),
    # Vietnam: in-hospital deaths under review
    "admit325": lambda p, c: f"{_admitted(p):%d/%m/%Y}",
    "stay325": lambda p, c: str(_days(p, 2, 14)),
    "review325": lambda p, c: f"TS.BS {_other_vn(p, 9)} - PGĐ",
    "gbt325": lambda p, c: _death_cert(p),
    "receiver325": lambda p, c: f"{_other_vn(p, 2)} ({_pick(p, _VN_RELATION, 3).lower()})",
    # Mexico: hospital discharges (SAEH) of a general hospital in the Sierra Norte de Puebla
    "folio_mx325": lambda p, c: f"EGR-2025-{p.bhxh[-5:]}",
    "curp_mx325": lambda p, c: _curp_mx(p),
    "mx_pat325": lambda p, c: _mx_names(p)[0],
    "mx_mat325": lambda p, c: _mx_names(p)[1],
    "mx_given325": lambda p, c: _mx_names(p)[2],
    "sex_mx325": lambda p, c: "Hombre" if p.male else "Mujer",
    "street_mx325": lambda p, c: f"{_mx(p)[3]} {_num(p, 3) % 240 + 1}",
    "col_mx325": lambda p, c: _mx(p)[2],
    "mun_mx325": lambda p, c: _mx(p)[0],
    "cp_mx325": lambda p, c: _mx(p)[1],
    "phone_mx325": lambda p, c: f"233 {p.phone[3:6]} {p.phone[6:10]}",
    "der_mx325": lambda p, c: _pick(p, _MX_DER, 4),
    "serv_mx325": lambda p, c: _pick(p, _MX_SERV, 5),
    "motivo_mx325": lambda p, c: _pick(p, _MX_MOTIVO, 6),
    "cie_mx325": lambda p, c: _pick(p, _MX_CIE, 7),
    "medico_mx325": lambda p, c: _pick(p, _MX_DOCS, 8),
    "cedula_mx325": lambda p, c: p.bhxh[:8].lstrip("0") or "4581203",
    "familiar_mx325": lambda p, c: (
        f"{_pick(p, ('Rosa', 'Juan', 'Lucía', 'Pedro'), 9)} {_mx_names(p)[0]} (familiar)"
    ),
    # Egypt: deaths entered at a health office
    "reg_eg325": lambda p, c: f"{_num(p, 2) % 900 + 100}/2025",
    "nid_eg325": lambda p, c: _eg_nid(p),
    "name_eg325": lambda p, c: _eg_full(p),
    "sex_eg325": lambda p, c: "ذكر" if p.male else "أنثى",
    "religion_eg325": lambda p, c: _pick(p, _EG_RELIGION, 3),
    "addr_eg325": lambda p, c: _eg_place(p)[0],
    "gov_eg325": lambda p, c: _eg_place(p)[1],
    "cause_eg325": lambda p, c: _pick(p, _EG_CAUSES, 4),
    "place_eg325": lambda p, c: _pick(p, _EG_PLACES_DEATH, 5),
    "informant_eg325": lambda p, c: _eg_full(p, 6),
    "relation_eg325": lambda p, c: _pick(p, _EG_RELATION, 7),
    "inf_nid_eg325": lambda p, c: _informant_nid(p),
    "inf_phone_eg325": lambda p, c: _eg_phone(p)[:3] + p.bhxh[-8:],
    "doctor_eg325": lambda p, c: _pick(p, _EG_DOCTORS, 8),
    "burial_eg325": lambda p, c: f"تصريح دفن {p.bhxh[-5:]}",
    # Thailand: referrals out of a community hospital
    "hn_th325": lambda p, c: f"{p.bhxh[-7:-2]}/{p.bhxh[-2:]}",
    "pid_th325": lambda p, c: _thai_pid(p).replace("-", ""),
    "title_th325": lambda p, c: _pick(p, _TH_TITLES_M, 2) if p.male else "นาง",
    "th_given325": lambda p, c: _by_sex(p, _TH_GIVEN_M, _TH_GIVEN_F, 1),
    "th_family325": lambda p, c: _pick(p, _TH_FAMILY, 2),
    "birth_th325": lambda p, c: _thai_date(p.birth),
    "sex_th325": lambda p, c: "ชาย" if p.male else "หญิง",
    "addr_th325": lambda p, c: _pick(p, _TH_PLACES, 3),
    "phone_th325": lambda p, c: f"08{p.phone[3]}-{p.phone[4:7]}-{p.phone[7:10]}",
    "right_th325": lambda p, c: _pick(p, _TH_RIGHTS, 4),
    "referred_th325": lambda p, c: _thai_date(p.other_date, True),
    "dest_th325": lambda p, c: _pick(p, _TH_DEST, 5),
    "reason_th325": lambda p, c: _pick(p, _TH_REASON, 6),
    "dx_th325": lambda p, c: _pick(p, _TH_DX, 7),
    "doctor_th325": lambda p, c: f"นพ.{_pick(p, _TH_GIVEN_M, 8)} {_pick(p, _TH_FAMILY, 9)}",
    "relative_th325": lambda p, c: f"{_pick(p, _TH_GIVEN_F, 4)} (ภรรยา/บุตร)",
    "reply_th325": lambda p, c: _pick(p, _TH_REPLY, 3),
    # Russia: medical death certificates (form 106/у) a central district hospital issued
    "cert_ru325": lambda p, c: f"28 {p.bhxh[2]}{_num(p, 3) % 9 + 1} № {p.bhxh[-6:]}",
    "ru_family325": lambda p, c: _ru_name(p)[0],
    "ru_given325": lambda p, c: _ru_name(p)[1],
    "ru_patr325": lambda p, c: _ru_name(p)[2],
    "sex_ru325": lambda p, c: "муж." if p.male else "жен.",
    "snils_ru325": lambda p, c: _snils(p),
    "addr_ru325": lambda p, c: _pick(p, _RU_PLACE, 4),
    "dplace_ru325": lambda p, c: _pick(p, _RU_DEATH_PLACE, 5),
    "icd_ru325": lambda p, c: _pick(p, _RU_ICD, 6),
    "doctor_ru325": lambda p, c: _pick(p, _RU_DOCS, 7),
    "recip_ru325": lambda p, c: (
        f"{_pick(p, _RU_RECIP, 8)} {_ru_name(p)[0]} "
        f"{_pick(p, ('А.', 'Н.', 'В.', 'Е.'), 9)}{_pick(p, ('И.', 'С.', 'П.'), 2)}"
    ),
    "recip_doc_ru325": lambda p, c: f"паспорт 28 {p.bhxh[3:5]} {p.bhxh[4:10]}",
    "issued_ru325": lambda p, c: f"{p.other_date + timedelta(days=1):%d.%m.%Y}",
    # Ghana: a municipal hospital's admission and discharge register
    "folder_gh325": lambda p, c: f"KMH/{p.bhxh[-5:]}/{p.other_date:%y}",
    "ghcard_gh325": lambda p, c: _gh_card(p),
    "nhis_gh325": lambda p, c: p.bhxh[1:9],
    "gh_family325": lambda p, c: _pick(p, _GH_FAMILY, 2).upper(),
    "gh_given325": lambda p, c: _by_sex(p, _GH_GIVEN_M, _GH_GIVEN_F, 1),
    "sex_gh325": lambda p, c: "M" if p.male else "F",
    "addr_gh325": lambda p, c: _pick(p, _GH_PLACES, 3),
    "phone_gh325": lambda p, c: _gh_phone(p),
    "ward_gh325": lambda p, c: _pick(p, _GH_WARDS, 4),
    "dx_gh325": lambda p, c: _pick(p, _GH_DX, 5),
    "outcome_gh325": lambda p, c: _pick(p, _GH_OUTCOME, 6),
    "nok_gh325": lambda p, c: (
        f"{_pick(p, _GH_GIVEN_F, 7)} {_pick(p, _GH_FAMILY, 8)} ({_pick(p, _GH_KIN, 5)})"
    ),
    "nok_phone_gh325": lambda p, c: f"024 {p.bhxh[-7:-4]} {p.bhxh[-4:]}",
    "doctor_gh325": lambda p, c: _pick(p, _GH_DOCS, 9),
}
