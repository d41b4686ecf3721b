"""How the people of the three hundred and second part of the outside corpus (**blind 302**,
:mod:`lienthong.quality._corpus_blind302`) are written: four Vietnamese health registers' own
columns (a child's expanded-immunisation doses and mother, a COPD or asthma patient's spirometry
and drugs, a hand-foot-mouth case's carer and nursery, a hepatitis B patient's viral load and
regimen) and Pakistani, Nigerian, Indonesian, Peruvian and Ukrainian patients, their facilities
and carers, with their identity numbers in the forms the registers show (the CNIC whose last digit
is odd for men, the eleven-digit NIN, the NIK whose day carries 40 for a woman, a child's DNI, the
РНОКПП with its mod-11 digit and the УНЗР with its 7-3-1 digit)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_blind41_writers import _cnic
from lienthong.quality._corpus_blind43_writers import _rnokpp, _ua_name

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_VACCINATORS = ("Nữ hộ sinh Lò Thị Hoa", "YS Đinh Văn Toàn", "ĐD Vi Thị Nhung", "YS Hà Thu")
_VN_DX = (
    ("Bệnh phổi tắc nghẽn mạn tính", "J44.9", ("GOLD A", "GOLD B", "GOLD E")),
    ("COPD đợt cấp", "J44.1", ("GOLD B", "GOLD E")),
    ("Hen phế quản", "J45.9", ("Bậc 2", "Bậc 3", "Bậc 4")),
    ("Hen phế quản dị ứng", "J45.0", ("Bậc 1", "Bậc 2")),
)
_VN_INHALERS = (
    "Seretide 25/250 x 2 nhát/ngày",
    "Spiriva Respimat 2,5mcg",
    "Symbicort 160/4,5 khi cần",
    "Ventolin xịt khi khó thở",
    "Ultibro Breezhaler 1 viên/ngày",
)
_VN_DOCTORS = ("BS CKI Nguyễn Văn Hùng", "ThS.BS Trần Thị Mai", "BS Lê Đức Thắng")
_VN_KCB = ("TYT xã Tân Lập", "TTYT huyện Đan Phượng", "BVĐK huyện Thạch Thất", "PKĐK Liên Hà")
_VN_NURSERIES = (
    "MN Hoa Sen (lớp Chồi 2)",
    "Nhóm trẻ tư thục Bé Yêu",
    "Ở nhà",
    "MN Sơn Ca (lớp Mầm 1)",
    "Ở nhà",
)
_VN_GRADES = ("Độ 1", "Độ 1", "Độ 2a", "Độ 2b", "Độ 1")
_VN_TREAT = ("Tại nhà", "Tại nhà", "TTYT quận", "BV Nhi Đồng 2", "Tại nhà")
_VN_CARER_REL = ("Mẹ", "Mẹ", "Bố", "Bà nội", "Bà ngoại")
_VN_REGIMENS = ("TDF 300mg", "ETV 0,5mg", "TAF 25mg", "TDF 300mg", "Chưa điều trị, theo dõi")
_PK_GIVEN_M = ("Muhammad Asif", "Ali Raza", "Imran Khan", "Zahid Hussain", "Bilal Ahmed")
_PK_GIVEN_F = ("Shazia Bibi", "Nasreen Akhtar", "Rubina Kausar", "Samina Parveen", "Asma Noreen")
_PK_FATHERS = ("Ghulam Rasool", "Muhammad Sadiq", "Abdul Ghafoor", "Allah Ditta", "Noor Ahmed")
_PK_PLACES = (
    ("House No. 14, Street 7, Mohallah Islampura", "Lahore"),
    ("Village Chak No. 208/RB, P.O. Same", "Faisalabad"),
    ("H. No. 3-B, Gulshan Colony, Near Jamia Masjid", "Gujranwala"),
    ("Mohallah Qazian, Ward No. 9", "Sargodha"),
    ("Basti Malook, Tehsil Shujabad", "Multan"),
)
_PK_CENTRES = (
    ("Hepatitis Clinic, DHQ Hospital", "Jail Road"),
    ("Sentinel Site, THQ Hospital", "G.T. Road"),
    ("Medical Unit-II, Allied Hospital", "Jail Road"),
    ("Filter Clinic, RHC", "Main Bazar"),
)
_PK_DOCTORS = ("Dr. Saima Javed", "Dr. Kashif Mehmood", "Dr. Farhan Ali", "Dr. Nadia Iqbal")
_NG_SURNAMES = ("Okonkwo", "Adeyemi", "Bello", "Eze", "Ogunleye", "Abubakar", "Nwachukwu")
_NG_GIVEN_M = ("Chinedu Emmanuel", "Oluwaseun", "Ibrahim Musa", "Tunde", "Ikenna Paul")
_NG_GIVEN_F = ("Ngozi Blessing", "Aisha", "Folake Grace", "Chiamaka", "Halima Zainab")
_NG_PLACES = (
    ("12 Bode Thomas Street, Surulere", "Surulere", "Lagos"),
    ("Plot 5, Gwarinpa Estate, 3rd Avenue", "AMAC", "FCT"),
    ("No. 7 Ogui Road, Asata", "Enugu North", "Enugu"),
    ("24 Ring Road, Challenge", "Ibadan North", "Oyo"),
    ("House 31, Tudun Wada Quarters", "Zaria", "Kaduna"),
)
_NG_GENOTYPES = ("HbSS", "HbSS", "HbSC", "HbSβ⁰thal", "HbSS")
_ID_FAMILY = ("Siti", "Sri", "Budi", "Agus", "Dewi", "Ahmad", "Nur")
_ID_GIVEN_M = ("Santoso", "Hidayat", "Wahyudi", "Saputra", "Kurniawan", "Setiawan")
_ID_GIVEN_F = ("Rahayu", "Wulandari", "Lestari", "Aminah", "Handayani", "Purwanti")
_ID_PLACES = (
    ("Jl. Kenanga No. 12", "Sukamaju", "Kab. Bogor", "320102"),
    ("Dusun Krajan", "Sumberejo", "Kab. Jember", "350914"),
    ("Jl. Poros Bone-Sengkang", "Tanete", "Kab. Bone", "730811"),
    ("Gg. Mawar II No. 5", "Kampung Baru", "Kota Medan", "127104"),
    ("Lorong Jati", "Tlogosari", "Kota Semarang", "337411"),
)
_ID_PUSKESMAS = (
    ("Puskesmas Cibinong", "Jl. Raya Mayor Oking No. 4"),
    ("Puskesmas Kalisat", "Jl. Diponegoro 18"),
    ("UPT Puskesmas Tanete Riattang", "Jl. Ahmad Yani"),
)
_PE_FAMILY = ("Quispe", "Mamani", "Huamán", "Flores", "Condori", "Rojas", "Chávez", "Ramos")
_PE_GIVEN_M = ("Thiago Mateo", "Liam", "Santiago", "Dylan Jesús", "Gael")
_PE_GIVEN_F = ("Valentina", "Mía Luciana", "Camila", "Ariana Nicole", "Danna")
_PE_MOTHERS = ("Rosa Elena", "Yaneth", "Maribel", "Lourdes", "Nelly Sonia")
_PE_PLACES = (
    ("Jr. Los Incas 345", "Barrio Centro", "Ayacucho", "Huamanga"),
    ("Av. Sol s/n Mz. B Lt. 4", "CP Miraflores", "Juliaca", "San Román"),
    ("Psje. Las Flores 120", "AAHH Villa Hermosa", "Chiclayo", "Chiclayo"),
    ("Mz. K Lt. 12 Asoc. Señor de Luren", "Pueblo Joven", "Ica", "Ica"),
    ("Calle Real 88", "Comunidad Ccorao", "San Sebastián", "Cusco"),
)
_PE_EESS = ("P.S. Santa Elena", "C.S. Vista Alegre", "C.S. José Olaya", "P.S. Ccorao")
_PE_PROGRAMS = ("JUNTOS", "Cuna Más", "Ninguno", "JUNTOS, Vaso de Leche", "Ninguno")
_UA_PLACES = (
    ("вул. Шевченка, буд. 14, кв. 7", "Київ"),
    ("просп. Науки, 23, кв. 118", "Харків"),
    ("вул. Зелена, 5", "с. Лісники"),
    ("вул. Городоцька, 211, кв. 3", "Львів"),
    ("пров. Садовий, 2", "смт Пісківка"),
)
_UA_CLINICS = (
    ("КНП «ЦПМСД № 2» АЗПСМ № 5", "вул. Миру, 12"),
    ("КНП «Центр первинної медичної допомоги» амбулаторія", "вул. Центральна, 1"),
    ("ФОП лікар загальної практики", "вул. Незалежності, 40, прим. 2"),
)
_UA_CODES = ("050", "066", "067", "068", "073", "093", "095", "096", "097", "098")
_UA_INITIALS = ("О. В.", "Н. С.", "І. П.", "В. М.", "Т. Ю.")
_VN_TCMR_NOTES = ("", "Hoãn tiêm do sốt", "Chuyển đến từ xã khác", "", "Sốt nhẹ sau tiêm", "")
_UA_DOCTORS = ("Петренко О. В.", "Гнатюк І. М.", "Савчук Л. П.", "Мороз Т. С.")


def _idx(p: Person, salt: int, size: int) -> int:
    return int(p.bhxh) // (salt + 2) % size


def _child_birth(p: Person) -> date:
    """A child under five: the person's day and month, in 2021-2025 (no 29 February)."""
    return date(2021 + int(p.bhxh) % 5, p.birth.month, min(p.birth.day, 28))


def _mother_birth(p: Person) -> date:
    return date(1988 + _num(p, 12), 1 + int(p.bhxh[3:5]) % 12, 1 + int(p.bhxh[5:7]) % 28)


def _onset(p: Person) -> date:
    return date(2025, 3 + _num(p, 6), 1 + _num(p, 27))


def _after(d: date, days: int) -> str:
    return f"{d + timedelta(days=days):%d/%m/%Y}"


def _unzr(p: Person) -> str:
    """A Ukrainian УНЗР ``YYYYMMDD-NNNNC``: the birth date, a serial, the 7-3-1 check digit."""
    head = f"{p.birth:%Y%m%d}{p.bhxh[1:5]}"
    check = sum(int(ch) * (7, 3, 1)[i % 3] for i, ch in enumerate(head)) % 10
    return f"{head[:8]}-{head[8:]}{check}"


def _nik(p: Person) -> str:
    day = p.birth.day + (0 if p.male else 40)
    return f"{_ID_PLACES[_idx(p, 3, 5)][3]}{day:02d}{p.birth:%m%y}{p.bhxh[-4:]}"


def _child_dni(p: Person) -> str:
    return f"{78_000_000 + int(p.bhxh[2:]) % 21_000_000:08d}"


WRITERS_BLIND302: dict[str, Callable[[Person, Col], object]] = {
    "niis302": lambda p, c: f"0{p.bhxh[:9]}",
    "child_birth302": lambda p, c: f"{_child_birth(p):%d/%m/%Y}",
    "child_id302": lambda p, c: _cccd_of(p, p.male, _child_birth(p).year)[:6] + p.bhxh[:6],
    "mother302": lambda p, c: _other_vn(p, 3, False),
    "mother_birth302": lambda p, c: f"{_mother_birth(p):%d/%m/%Y}",
    "mother_cccd302": lambda p, c: _cccd_of(p, False, _mother_birth(p).year),
    "tcmr_note302": lambda p, c: _pick(p, _VN_TCMR_NOTES, 5),
    "mother_phone302": lambda p, c: _other_phone(p, "097"),
    "bcg302": lambda p, c: _after(_child_birth(p), 1 + _num(p, 20)),
    "hepb302": lambda p, c: _pick(p, ("Có (< 24h)", "Có (< 24h)", "Không", "Có (> 24h)"), 3),
    "penta1_302": lambda p, c: _after(_child_birth(p), 60 + _num(p, 14)),
    "penta2_302": lambda p, c: _after(_child_birth(p), 92 + _num(p, 20)),
    "measles302": lambda p, c: _after(_child_birth(p), 275 + _num(p, 30)),
    "vaccinator302": lambda p, c: _pick(p, _VN_VACCINATORS, 4),
    "pid302": lambda p, c: f"HH{p.bhxh[3:9]}",
    "kcb302": lambda p, c: _pick(p, _VN_KCB, 5),
    "dx302": lambda p, c: _VN_DX[_idx(p, 1, 4)][0],
    "icd302": lambda p, c: _VN_DX[_idx(p, 1, 4)][1],
    "stage302": lambda p, c: _pick(p, _VN_DX[_idx(p, 1, 4)][2], 6),
    "fev302": lambda p, c: f"{35 + _num(p, 50)}%",
    "drug302": lambda p, c: _pick(p, _VN_INHALERS, 2),
    "revisit302": lambda p, c: f"{date(2026, 1 + _num(p, 11), 1 + _num(p, 27)):%d/%m/%Y}",
    "doctor302": lambda p, c: _pick(p, _VN_DOCTORS, 3),
    "carer302": lambda p, c: _other_vn(p, 5, _idx(p, 7, 5) in (2,)),
    "carer_rel302": lambda p, c: _VN_CARER_REL[_idx(p, 7, 5)],
    "carer_phone302": lambda p, c: _other_phone(p, "086"),
    "nursery302": lambda p, c: _pick(p, _VN_NURSERIES, 4),
    "onset302": lambda p, c: f"{_onset(p):%d/%m/%Y}",
    "report302": lambda p, c: _after(_onset(p), 1 + _num(p, 3)),
    "grade302": lambda p, c: _pick(p, _VN_GRADES, 5),
    "treat302": lambda p, c: _pick(p, _VN_TREAT, 6),
    "ev71_302": lambda p, c: _pick(p, ("Không làm", "Âm tính", "Dương tính", "Không làm"), 2),
    "reporter302": lambda p, c: _other_vn(p, 8),
    "hbv_no302": lambda p, c: f"VGB-{p.bhxh[-4:]}/{20 + _num(p, 6)}",
    "dna302": lambda p, c: _pick(p, ("< 20", "1,2 x 10^3", "4,5 x 10^5", "Không phát hiện"), 3),
    "alt302": lambda p, c: str(18 + _num(p, 90)),
    "regimen302": lambda p, c: _pick(p, _VN_REGIMENS, 2),
    "relative302": lambda p, c: _other_vn(p, 6),
    "rel_phone302": lambda p, c: _other_phone(p, "035"),
    "hbv_doctor302": lambda p, c: _pick(p, ("BS Phạm Thị Lan", "BS Vũ Minh Đức"), 4),
    "mr_pk302": lambda p, c: f"HEP/{p.bhxh[:5]}/2026",
    "pk_name302": lambda p, c: _by_sex(p, _PK_GIVEN_M, _PK_GIVEN_F, 1),
    "pk_guard302": lambda p, c: (
        f"{'S/O' if p.male else _pick(p, ('D/O', 'W/O'), 3)} {_pick(p, _PK_FATHERS, 2)}"
    ),
    "cnic_pk302": lambda p, c: _cnic(p),
    "sex_pk302": lambda p, c: "Male" if p.male else "Female",
    "addr_pk302": lambda p, c: ", ".join(_PK_PLACES[_idx(p, 4, 5)]),
    "dist_pk302": lambda p, c: _PK_PLACES[_idx(p, 4, 5)][1],
    "phone_pk302": lambda p, c: f"03{p.phone[2:4]}-{p.phone[4:10]}{p.bhxh[-1]}",
    "anti_pk302": lambda p, c: _pick(p, ("Reactive", "Reactive", "Reactive (ICT)"), 5),
    "regimen_pk302": lambda p, c: _pick(p, ("SOF+DCV 12 wks", "SOF+DCV+RBV 24 wks"), 6),
    "centre_pk302": lambda p, c: _PK_CENTRES[_idx(p, 4, 4)][0],
    "centre_addr_pk302": lambda p, c: (
        f"{_PK_CENTRES[_idx(p, 4, 4)][1]}, {_PK_PLACES[_idx(p, 4, 5)][1]}"
    ),
    "doc_pk302": lambda p, c: _pick(p, _PK_DOCTORS, 7),
    "hosp_ng302": lambda p, c: f"{'LUTH' if _num(p, 2) == 1 else 'UCH'}/{p.bhxh[:6]}",
    "ng_sur302": lambda p, c: _pick(p, _NG_SURNAMES, 2).upper(),
    "ng_other302": lambda p, c: _by_sex(p, _NG_GIVEN_M, _NG_GIVEN_F, 1),
    "nin_ng302": lambda p, c: f"{1 + int(p.bhxh[0]) % 9}{p.bhxh}",
    "nhia_ng302": lambda p, c: f"NHIA/{p.bhxh[4:]}/{_pick(p, ('A', 'B', 'C'), 3)}",
    "sex_ng302": lambda p, c: "M" if p.male else "F",
    "geno_ng302": lambda p, c: _pick(p, _NG_GENOTYPES, 4),
    "addr_ng302": lambda p, c: _NG_PLACES[_idx(p, 5, 5)][0],
    "lga_ng302": lambda p, c: _NG_PLACES[_idx(p, 5, 5)][1],
    "state_ng302": lambda p, c: _NG_PLACES[_idx(p, 5, 5)][2],
    "phone_ng302": lambda p, c: f"0{'789'[_num(p, 3) - 1]}0{p.phone[2:10]}",
    "carer_ng302": lambda p, c: (
        f"Mr. {_pick(p, _NG_SURNAMES, 6)} {_pick(p, _NG_GIVEN_M, 7).split()[0]}"
        if _num(p, 3) == 2
        else f"Mrs. {_pick(p, _NG_SURNAMES, 6)} {_pick(p, _NG_GIVEN_F, 7).split()[0]}"
    ),
    "carer_phone_ng302": lambda p, c: f"+234 80{p.bhxh[::-1][:8]}",
    "hu_ng302": lambda p, c: _pick(p, ("Yes - 15mg/kg", "No", "Yes - 20mg/kg", "No"), 6),
    "crisis_ng302": lambda p, c: f"{date(2026, 1 + _num(p, 10), 1 + _num(p, 27)):%d/%m/%Y}",
    "appt_ng302": lambda p, c: f"{date(2027, 1 + _num(p, 5), 1 + _num(p, 27)):%d/%m/%Y}",
    "reg_id302": lambda p, c: f"{_num(p, 90) + 10}/K/{2022 + _num(p, 3)}",
    "id_name302": lambda p, c: (
        f"{_by_sex(p, _ID_FAMILY[3:], _ID_FAMILY[:3], 2)} {_by_sex(p, _ID_GIVEN_M, _ID_GIVEN_F, 1)}"
    ).upper(),
    "nik_id302": lambda p, c: _nik(p),
    "bpjs_id302": lambda p, c: f"000{p.bhxh}",
    "sex_id302": lambda p, c: "L" if p.male else "P",
    "street_id302": lambda p, c: _ID_PLACES[_idx(p, 3, 5)][0],
    "rtrw_id302": lambda p, c: f"00{1 + _num(p, 9)}/00{1 + _num(p, 7)}",
    "desa_id302": lambda p, c: _ID_PLACES[_idx(p, 3, 5)][1],
    "kab_id302": lambda p, c: _ID_PLACES[_idx(p, 3, 5)][2],
    "phone_id302": lambda p, c: f"08{p.phone[2:11]}{p.bhxh[-1]}",
    "type_id302": lambda p, c: _pick(p, ("PB", "MB", "MB"), 4),
    "mdt_id302": lambda p, c: f"{date(2025, _num(p, 12), 1 + _num(p, 27)):%d-%m-%Y}",
    "pmo_id302": lambda p, c: f"{_pick(p, _ID_FAMILY, 5)} {_pick(p, _ID_GIVEN_F, 6)}",
    "pmo_rel_id302": lambda p, c: _pick(p, ("Istri", "Suami", "Anak", "Kader", "Ibu"), 7),
    "pkm_id302": lambda p, c: _ID_PUSKESMAS[_idx(p, 8, 3)][0],
    "pkm_addr_id302": lambda p, c: _ID_PUSKESMAS[_idx(p, 8, 3)][1],
    "dni_pe302": lambda p, c: _child_dni(p),
    "pe_pat302": lambda p, c: _pick(p, _PE_FAMILY, 2).upper(),
    "pe_mat302": lambda p, c: _pick(p, _PE_FAMILY, 3).upper(),
    "pe_given302": lambda p, c: _by_sex(p, _PE_GIVEN_M, _PE_GIVEN_F, 1).upper(),
    "child_birth_pe302": lambda p, c: f"{_child_birth(p):%d/%m/%Y}",
    "sex_pe302": lambda p, c: "MASCULINO" if p.male else "FEMENINO",
    "seguro_pe302": lambda p, c: _pick(p, ("SIS", "SIS", "ESSALUD", "SIS", "NINGUNO"), 4),
    "sis_pe302": lambda p, c: f"2-{_child_dni(p)}-E",
    "eess_pe302": lambda p, c: _pick(p, _PE_EESS, 5),
    "street_pe302": lambda p, c: _PE_PLACES[_idx(p, 6, 5)][0],
    "cp_pe302": lambda p, c: _PE_PLACES[_idx(p, 6, 5)][1],
    "dist_pe302": lambda p, c: _PE_PLACES[_idx(p, 6, 5)][2],
    "prov_pe302": lambda p, c: _PE_PLACES[_idx(p, 6, 5)][3],
    "mom_dni_pe302": lambda p, c: f"{40_000_000 + int(p.bhxh[1:]) % 38_000_000:08d}",
    "mom_pe302": lambda p, c: (
        f"{_pick(p, _PE_FAMILY, 3).upper()} {_pick(p, _PE_FAMILY, 8).upper()},"
        f" {_pick(p, _PE_MOTHERS, 6).upper()}"
    ),
    "mom_cel_pe302": lambda p, c: f"9{p.bhxh[::-1][:8]}",
    "prog_pe302": lambda p, c: _pick(p, _PE_PROGRAMS, 7),
    "ua_name302": lambda p, c: _ua_name(p),
    "sex_ua302": lambda p, c: "чол." if p.male else "жін.",
    "rnokpp_ua302": lambda p, c: _rnokpp(p),
    "unzr_ua302": lambda p, c: _unzr(p),
    "decl_ua302": lambda p, c: f"{p.bhxh[:4]}-{p.bhxh[4:8]}-{p.phone[-4:]}",
    "doctor_ua302": lambda p, c: _pick(p, _UA_DOCTORS, 4),
    "clinic_ua302": lambda p, c: _UA_CLINICS[_idx(p, 5, 3)][0],
    "clinic_addr_ua302": lambda p, c: _UA_CLINICS[_idx(p, 5, 3)][1],
    "addr_ua302": lambda p, c: ", ".join(_UA_PLACES[_idx(p, 7, 5)][::-1]),
    "town_ua302": lambda p, c: _UA_PLACES[_idx(p, 7, 5)][1],
    "phone_ua302": lambda p, c: (
        f"+38 ({_pick(p, _UA_CODES, 3)}) {p.phone[3:6]}-{p.phone[6:8]}-{p.phone[8:10]}"
    ),
    "trusted_ua302": lambda p, c: (
        f"{_ua_name(p).split()[0]} {_pick(p, _UA_INITIALS, 7)}"
        f" ({_pick(p, ('дружина', 'син', 'донька', 'чоловік'), 6)})"
    ),
}
