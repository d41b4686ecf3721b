"""How the people of the four-hundred-and-twelfth part of the outside corpus (**blind 412**,
:mod:`lienthong.quality._corpus_blind412`) are written: four Vietnamese files' own columns (a
hospital's book of social-insurance sick-leave certificates, a district social-insurance office's
direct-payment claims, a commune health station's chronic outpatient drug list, a ward's book of
patients who left against advice) and Mexican, Iranian, Moroccan, Swedish and Thai patients'
names, addresses, phones and numbers in the forms their cards show (the CURP and the IMSS NSS with
its Luhn digit, the کد ملی, the CIN, the personnummer, the Thai 13-digit ID)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind10_writers import (
    _IR_FAMILY,
    _IR_GIVEN_F,
    _IR_GIVEN_M,
    _code_melli,
)
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind45_writers import _personnummer
from lienthong.quality._corpus_blind111_writers import _ir_phone, _ir_postcode
from lienthong.quality._corpus_blind113_writers import _cin_ma, _phone_ma
from lienthong.quality._corpus_blind117_writers import _TH_FAMILY, _TH_GIVEN_F, _TH_GIVEN_M
from lienthong.quality._corpus_blind130_writers import (
    _SE_FAMILY,
    _SE_GIVEN_F,
    _SE_GIVEN_M,
    _SE_PLACES,
)
from lienthong.quality._corpus_blind141_writers import _MA_FAMILY, _MA_GIVEN_F, _MA_GIVEN_M
from lienthong.quality._corpus_blind142_writers import _th_phone
from lienthong.quality._corpus_blind179_writers import _se_phone
from lienthong.quality._corpus_blind305_writers import _MX_FAMILY, _MX_GIVEN_F, _MX_GIVEN_M, _curp
from lienthong.quality._corpus_blind332_writers import _thai_id

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_DIAG = (
    "J18.9 - Viêm phổi",
    "K35.8 - Viêm ruột thừa cấp",
    "O80 - Đẻ thường",
    "S82.2 - Gãy thân xương chày",
    "A09 - Tiêu chảy nhiễm trùng",
    "I10 - Tăng huyết áp",
)
_VN_WORKPLACES = (
    "Cty TNHH Pouyuen VN",
    "Cty CP May Việt Tiến",
    "Trường THCS Lê Lợi",
    "UBND phường 5",
    "Cty TNHH Samsung Electronics VN",
)
_VN_DOCTORS = (
    "BS. Trần Văn Hùng",
    "BSCKI Nguyễn Thị Lan",
    "ThS.BS Lê Minh Tuấn",
    "BS. Phạm Thu Hà",
)
_VN_CLAIM_REASONS = (
    "KCB tại CSYT chưa ký HĐ",
    "Thẻ BHYT bị thu hồi tạm",
    "KCB ở nước ngoài",
    "Cấp cứu trái tuyến",
    "Chưa được hưởng đủ quyền lợi",
)
_VN_HOSPITALS = ("BV Chợ Rẫy", "BV Nhân dân 115", "BV Từ Dũ", "BV quận 8", "BV Đa khoa Bình Dân")
_VN_CHRONIC = ("Tang huyet ap", "Dai thao duong typ 2", "COPD", "Hen phe quan", "Tang HA + DTD")
_VN_DRUGS = (
    "Amlodipin 5mg x 30v",
    "Metformin 850mg x 60v",
    "Losartan 50mg x 30v",
    "Gliclazid 30mg x 30v",
    "Salbutamol xit x 1 lo",
)
_VN_LEAVE_KIND = ("Trốn viện", "Xin về (ký cam kết)", "Tự ý bỏ về", "Xin chuyển viện theo yêu cầu")
_VN_WARDS = ("Khoa Nội tổng hợp", "Khoa Ngoại chấn thương", "Khoa Nhi", "Khoa Truyền nhiễm", "HSCC")
_MX_UNITS = ("HGZ No. 1", "HGR No. 46", "UMAE HE CMN La Raza", "HGZ No. 14", "HGR No. 110")
_MX_SERVICES = ("Medicina Interna", "Cirugía General", "Ginecoobstetricia", "Traumatología")
_MX_EGRESO = ("Mejoría", "Curación", "Alta voluntaria", "Pase a otro hospital", "Defunción")
_MX_DX = ("K80.2 Colelitiasis", "O82.0 Cesárea", "E11.9 Diabetes", "S72.0 Fx cadera", "J18.9")
_MX_COLONIAS = (
    ("Av. Patria 1420", "Col. Jardines Universidad", "45110", "Zapopan", "Jalisco"),
    ("Calle Mina 88", "Col. Centro", "58000", "Morelia", "Michoacán"),
    ("Calz. Independencia Nte. 3021", "Col. La Perla", "44360", "Guadalajara", "Jalisco"),
    ("Av. Juárez 15 Int. 4", "Col. Centro", "06050", "Cuauhtémoc", "Ciudad de México"),
)
_IR_HOSP = ("بیمارستان امام خمینی", "بیمارستان شریعتی", "بیمارستان نمازی", "بیمارستان قائم")
_IR_FUND = ("روستاییان", "ایرانیان", "سایر اقشار", "کارکنان دولت", "خویش فرما")
_IR_STREETS = ("تهران، خیابان ولیعصر", "اصفهان، خیابان چهارباغ", "مشهد، بلوار وکیل آباد")
_MA_HOMES = (
    ("N° 14, Rue 23, Hay Moulay Rachid, Casablanca", "Casablanca"),
    ("Bloc C N° 7, Hay Salam, Salé", "Salé"),
    ("Imm. 5 Appt 12, Résidence Annasr, Témara", "Témara"),
    ("N° 88, Derb Sidi Bouloukat, Médina, Marrakech", "Marrakech"),
)
_MA_ACTS = ("Consultation spécialiste", "Hospitalisation", "Analyses biologiques", "Pharmacie")
_MA_STATUS = ("Remboursé", "En cours de liquidation", "Rejeté - pièce manquante", "Remboursé")
_SE_UNITS = ("Ortopedmottagningen", "Hjärtmottagningen", "Ögonkliniken", "Hudmottagningen")
_SE_SENDERS = ("Vårdcentralen Gränby", "Capio Vårdcentral Hötorget", "VC Tuna", "Närhälsan Lerum")
_SE_PRIO = ("Prio 1", "Prio 2", "Prio 3", "Prio 2")
_TH_HOSP = ("รพ.สันทราย", "รพ.ขอนแก่น", "รพ.มหาราชนครราชสีมา", "รพ.หาดใหญ่")
_TH_HOMES = (
    ("45/2 หมู่ 3", "หนองหาร", "สันทราย", "เชียงใหม่"),
    ("112 หมู่ 7", "บ้านเป็ด", "เมืองขอนแก่น", "ขอนแก่น"),
    ("78 หมู่ 1", "ท่าช้าง", "เฉลิมพระเกียรติ", "นครราชสีมา"),
    ("3 ถ.ราษฎร์อุทิศ", "หาดใหญ่", "หาดใหญ่", "สงขลา"),
)
_TH_RIGHTS = ("บัตรทอง (UC)", "ประกันสังคม", "ข้าราชการ", "UC - ท.74")


def _nss(p: Person) -> str:
    """An IMSS NSS: subdelegation, the year of affiliation, the year of birth, a serial, Luhn."""
    born = p.birth.year % 100
    joined = (p.birth.year + 18 + _num(p, 10)) % 100
    return _luhn(f"{int(p.bhxh[:2]) % 90 + 1:02d}{joined:02d}{born:02d}{p.bhxh[-4:]}")


def _mx_home(p: Person) -> tuple[str, str, str, str, str]:
    return _MX_COLONIAS[_num(p, len(_MX_COLONIAS)) - 1]


def _stamp(p: Person) -> str:
    at = datetime(2026, 11, 2, 7, 0) + timedelta(minutes=int(p.bhxh[-5:]) % 40_000)
    return f"{at:%Y-%m-%d %H:%M}"


def _money(n: int) -> str:
    return f"{n:,}".replace(",", ".")


WRITERS_BLIND412: dict[str, Callable[[Person, Col], object]] = {
    # sick-leave certificates issued by a hospital
    "seri412": lambda p, c: f"CT07/{p.bhxh[-6:]}",
    "workplace412": lambda p, c: _pick(p, _VN_WORKPLACES, 2),
    "diag412": lambda p, c: _pick(p, _VN_DIAG, 3),
    "days412": lambda p, c: f"{_num(p, 14)}",
    "doctor412": lambda p, c: _pick(p, _VN_DOCTORS, 4),
    # direct-payment claims at a district social-insurance office
    "claim412": lambda p, c: f"TTTT-{p.bhxh[-5:]}/2026",
    "reason412": lambda p, c: _pick(p, _VN_CLAIM_REASONS, 2),
    "hosp412": lambda p, c: _pick(p, _VN_HOSPITALS, 3),
    "asked412": lambda p, c: _money((200 + int(p.bhxh[-4:]) % 9000) * 1000),
    "paid412": lambda p, c: _money((150 + int(p.bhxh[-4:]) % 7000) * 1000),
    "proxy412": lambda p, c: _other_vn(p, 5, None, p.family),
    # chronic outpatient drugs at a commune health station
    "chronic412": lambda p, c: _pick(p, _VN_CHRONIC, 2),
    "drug412": lambda p, c: _pick(p, _VN_DRUGS, 3),
    "bp412": lambda p, c: f"{120 + _num(p, 40)}/{70 + _num(p, 25)}",
    # patients who left against advice
    "ward412": lambda p, c: _pick(p, _VN_WARDS, 2),
    "leave412": lambda p, c: _pick(p, _VN_LEAVE_KIND, 3),
    "kin412": lambda p, c: _other_vn(p, 7),
    "kin_phone412": lambda p, c: _other_phone(p, "03"),
    "stamp412": lambda p, c: _stamp(p),
    # Mexico: IMSS hospital discharges
    "mx_nss412": lambda p, c: _nss(p),
    "mx_curp412": lambda p, c: _curp(p),
    "mx_pat412": lambda p, c: _pick(p, _MX_FAMILY, 1),
    "mx_mat412": lambda p, c: _pick(p, _MX_FAMILY, 4),
    "mx_giv412": lambda p, c: _by_sex(p, _MX_GIVEN_M, _MX_GIVEN_F),
    "sex_mx412": lambda p, c: "Hombre" if p.male else "Mujer",
    "mx_street412": lambda p, c: _mx_home(p)[0],
    "mx_col412": lambda p, c: _mx_home(p)[1],
    "mx_cp412": lambda p, c: _mx_home(p)[2],
    "mx_mun412": lambda p, c: _mx_home(p)[3],
    "mx_state412": lambda p, c: _mx_home(p)[4],
    "phone_mx412": lambda p, c: f"33 {p.phone[2:6]} {p.phone[6:10]}",
    "mx_unit412": lambda p, c: _pick(p, _MX_UNITS, 2),
    "mx_serv412": lambda p, c: _pick(p, _MX_SERVICES, 3),
    "mx_egreso412": lambda p, c: _pick(p, _MX_EGRESO, 4),
    "mx_dx412": lambda p, c: _pick(p, _MX_DX, 5),
    "mx_days412": lambda p, c: f"{_num(p, 12)}",
    # Iran: Salamat insurance inpatient claims
    "ir_melli412": lambda p, c: _code_melli(p),
    "ir_fam412": lambda p, c: _pick(p, _IR_FAMILY, 2),
    "ir_giv412": lambda p, c: _by_sex(p, _IR_GIVEN_M, _IR_GIVEN_F, 1),
    "sex_ir412": lambda p, c: "مرد" if p.male else "زن",
    "ir_father412": lambda p, c: _pick(p, _IR_GIVEN_M, 5),
    "phone_ir412": lambda p, c: _ir_phone(p),
    "ir_addr412": lambda p, c: f"{_pick(p, _IR_STREETS, 3)}، پلاک {_num(p, 90)}",
    "ir_post412": lambda p, c: _ir_postcode(p),
    "ir_hosp412": lambda p, c: _pick(p, _IR_HOSP, 4),
    "ir_fund412": lambda p, c: _pick(p, _IR_FUND, 6),
    "ir_bill412": lambda p, c: f"{(2_000 + int(p.bhxh[-5:]) % 90_000) * 10_000:,}",
    "ir_share412": lambda p, c: f"{(200 + int(p.bhxh[-4:]) % 9_000) * 10_000:,}",
    "ir_case412": lambda p, c: f"{p.bhxh[-7:]}",
    # Morocco: AMO reimbursement files
    "ma_cin412": lambda p, c: _cin_ma(p),
    "ma_imm412": lambda p, c: f"{p.bhxh[1:10]}",
    "ma_fam412": lambda p, c: _pick(p, _MA_FAMILY, 2).upper(),
    "ma_giv412": lambda p, c: _by_sex(p, _MA_GIVEN_M, _MA_GIVEN_F, 1),
    "sex_ma412": lambda p, c: "M" if p.male else "F",
    "ma_addr412": lambda p, c: _MA_HOMES[_num(p, len(_MA_HOMES)) - 1][0],
    "ma_city412": lambda p, c: _MA_HOMES[_num(p, len(_MA_HOMES)) - 1][1],
    "phone_ma412": lambda p, c: _phone_ma(p),
    "ma_dossier412": lambda p, c: f"AMO-{p.bhxh[-8:]}",
    "ma_benef412": lambda p, c: _pick(p, ("Assuré", "Conjoint", "Enfant", "Assuré"), 3),
    "ma_act412": lambda p, c: _pick(p, _MA_ACTS, 4),
    "ma_fee412": lambda p, c: f"{200 + int(p.bhxh[-4:]) % 8000},00",
    "ma_status412": lambda p, c: _pick(p, _MA_STATUS, 5),
    # Sweden: referrals received by a clinic
    "se_pnr412": lambda p, c: _personnummer(p),
    "se_fam412": lambda p, c: _pick(p, _SE_FAMILY, 2),
    "se_giv412": lambda p, c: _by_sex(p, _SE_GIVEN_M, _SE_GIVEN_F, 1),
    "sex_se412": lambda p, c: "Man" if p.male else "Kvinna",
    "se_street412": lambda p, c: _SE_PLACES[_num(p, len(_SE_PLACES)) - 1][0],
    "se_post412": lambda p, c: _SE_PLACES[_num(p, len(_SE_PLACES)) - 1][1],
    "se_town412": lambda p, c: _SE_PLACES[_num(p, len(_SE_PLACES)) - 1][2],
    "phone_se412": lambda p, c: _se_phone(p),
    "se_remiss412": lambda p, c: f"REM-{p.bhxh[-7:]}",
    "se_sender412": lambda p, c: _pick(p, _SE_SENDERS, 3),
    "se_unit412": lambda p, c: _pick(p, _SE_UNITS, 4),
    "se_prio412": lambda p, c: _pick(p, _SE_PRIO, 5),
    # Thailand: UC referrals out of a community hospital
    "th_id412": lambda p, c: _thai_id(p),
    "th_name412": lambda p, c: (
        f"{'นาย' if p.male else 'นาง'}{_by_sex(p, _TH_GIVEN_M, _TH_GIVEN_F, 1)}"
        f" {_pick(p, _TH_FAMILY, 2)}"
    ),
    "sex_th412": lambda p, c: "ชาย" if p.male else "หญิง",
    "th_house412": lambda p, c: _TH_HOMES[_num(p, len(_TH_HOMES)) - 1][0],
    "th_tambon412": lambda p, c: _TH_HOMES[_num(p, len(_TH_HOMES)) - 1][1],
    "th_amphoe412": lambda p, c: _TH_HOMES[_num(p, len(_TH_HOMES)) - 1][2],
    "th_changwat412": lambda p, c: _TH_HOMES[_num(p, len(_TH_HOMES)) - 1][3],
    "phone_th412": lambda p, c: _th_phone(p),
    "th_hn412": lambda p, c: f"HN{p.bhxh[-7:]}",
    "th_right412": lambda p, c: _pick(p, _TH_RIGHTS, 3),
    "th_to412": lambda p, c: _pick(p, _TH_HOSP, 4),
    "th_refer412": lambda p, c: f"R{p.bhxh[-6:]}/2569",
}

__all__ = ["WRITERS_BLIND412"]
