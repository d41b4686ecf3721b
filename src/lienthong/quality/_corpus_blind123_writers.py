"""How the people of the hundred-and-twenty-third part of the outside corpus (**blind 123**,
:mod:`lienthong.quality._corpus_blind123`) are written: four Vietnamese files' own columns (a
cultural house's wedding bookings, a one-stop desk's receipt book, a skills assessment's
candidates, a vaccination centre's customers) and Pakistani, Afghan, Bangladeshi, Burmese and Lao
names, places, phones and identity numbers in the forms their cards show."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind41_writers import _PK_FAMILY, _PK_GIVEN_F, _PK_GIVEN_M, _cnic
from lienthong.quality._corpus_blind65_writers import _bd_nid, _lao_id
from lienthong.quality._corpus_blind77_writers import (
    _AF_FAMILY,
    _AF_FATHERS,
    _AF_GIVEN_F,
    _AF_GIVEN_M,
    _solar_hijri,
    _tazkira,
)
from lienthong.quality._corpus_blind94_writers import _BD_FATHERS, _BD_GIVEN_F, _BD_GIVEN_M
from lienthong.quality._corpus_blind99_writers import (
    _LA_FAMILY,
    _LA_GIVEN_F,
    _LA_GIVEN_M,
    _MM_FATHERS,
    _la_phone,
    _mm_name,
    _mm_nrc,
    _mm_phone,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

_VN_HALLS = ("NVH tổ dân phố 5", "NVH khu phố 2", "Hội trường thôn Đông", "NVH TDP Tân Lập")
_VN_PROCEDURES = (
    "Đăng ký khai sinh",
    "Chứng thực bản sao",
    "Xác nhận tình trạng hôn nhân",
    "Đăng ký thường trú",
    "Cấp bản sao trích lục hộ tịch",
)
_VN_DESK_STATUS = ("Đã trả kết quả", "Đang xử lý", "Trễ hạn", "Đã trả kết quả", "Yêu cầu bổ sung")
_VN_TRADES = ("Điện công nghiệp", "Hàn", "Nấu ăn", "May công nghiệp", "Vận hành máy CNC")
_VN_VACCINES = ("Gardasil 9", "Vaxigrip Tetra", "Twinrix", "Prevenar 13", "Qdenga", "Shingrix")

_PK_DISTRICTS = (
    ("House 14, Street 9, Mohallah Islampura", "Lahore"),
    ("Chak No. 208 RB, Tehsil Jaranwala", "Faisalabad"),
    ("Mohallah Qasimabad, Near Jamia Masjid", "Multan"),
    ("Village Dhok Syedan, PO Adiala", "Rawalpindi"),
)
_AF_PROVINCES = ("کابل", "هرات", "بلخ", "ننګرهار", "کندهار", "بدخشان")
_AF_SCHOOLS = ("لیسه حبیبیه", "لیسه عالی استقلال", "لیسه نسوان سلطان رضیه", "لیسه غازی")
_AF_FACULTIES = ("طب", "انجنیری", "حقوق و علوم سیاسی", "اقتصاد", "تعلیم و تربیه", "زراعت")
_BD_MOUZAS = ("মৌজা: বাঘমারা", "মৌজা: চরকালিকাপুর", "মৌজা: দক্ষিণ শিবপুর", "মৌজা: কাশিমপুর")
_BD_HOMES = (
    "গ্রাম: বাঘমারা, ডাকঘর: শিবপুর, উপজেলা: শিবপুর, জেলা: নরসিংদী",
    "গ্রাম: কাশিমপুর, ডাকঘর: কালীগঞ্জ, উপজেলা: কালীগঞ্জ, জেলা: গাজীপুর",
    "বাসা ১২, রোড ৪, ব্লক সি, মিরপুর, ঢাকা",
)
_BD_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
_MM_HOMETOWNS = ("မန္တလေး", "ပုသိမ်", "မော်လမြိုင်", "မကွေး", "ပြင်ဦးလွင်")
_MM_HOSTS = ("ဦးဘသိန်း", "ဒေါ်ခင်မြ", "ဦးမြင့်ဆွေ", "ဒေါ်စန်းစန်း")
_MM_PURPOSE = ("အလုပ်ကိစ္စ", "ဆွေမျိုးအလည်", "ဆေးကုသရန်", "ကျောင်းတက်ရန်")
_LA_VILLAGES = ("ບ້ານໂພນສີນວນ", "ບ້ານສີສະຫວາດ", "ບ້ານດອນກອຍ", "ບ້ານທາດຫຼວງໃຕ້")
_LA_MUANG = ("ເມືອງສີສັດຕະນາກ", "ເມືອງຈັນທະບູລີ", "ເມືອງໄຊເສດຖາ")
_LA_RELATIONS_M = ("ຫົວໜ້າຄອບຄົວ", "ລູກຊາຍ", "ຫຼານ", "ຫົວໜ້າຄອບຄົວ")
_LA_RELATIONS_F = ("ເມຍ", "ລູກສາວ", "ແມ່", "ເມຍ")
_LA_ETHNIC = ("ລາວ", "ລາວ", "ຂະມຸ", "ມົ້ງ", "ຜູ້ໄທ")
_LA_JOBS = ("ລັດຖະກອນ", "ຄ້າຂາຍ", "ນັກຮຽນ", "ກຳມະກອນ", "ຊາວນາ")


def _desk_due(p: Person) -> str:
    return f"{p.other_date + timedelta(days=3 + _num(p, 12)):%d/%m/%Y}"


def _af_name(p: Person) -> str:
    return _by_sex(p, _AF_GIVEN_M, _AF_GIVEN_F, 1)


def _bd_name(p: Person) -> str:
    return _by_sex(p, _BD_GIVEN_M, _BD_GIVEN_F, 1)


def _bd_phone(p: Person) -> str:
    number = f"01{_pick(p, ('7', '8', '9', '3'), 4)}{p.phone[2:10]}"
    return number.translate(_BD_DIGITS) if int(p.bhxh) % 2 else number


WRITERS_BLIND123: dict[str, Callable[[Person, Col], object]] = {
    "hall123": lambda p, c: _pick(p, _VN_HALLS, 2),
    "tables123": lambda p, c: 10 + _num(p, 30),
    "partner123": lambda p, c: _other_vn(p, 3, not p.male),
    "deposit123": lambda p, c: f"{(2 + _num(p, 4)) * 500_000:,}".replace(",", "."),
    "receipt123": lambda p, c: f"000.00.{_num(p, 40):02d}.H29-{p.other_date:%y%m%d}-{p.bhxh[-4:]}",
    "proc123": lambda p, c: _pick(p, _VN_PROCEDURES, 3),
    "due123": lambda p, c: _desk_due(p),
    "clerk123": lambda p, c: _other_vn(p, 5),
    "desk_status123": lambda p, c: _pick(p, _VN_DESK_STATUS, 4),
    "sbd123": lambda p, c: f"KNN{p.bhxh[-5:]}",
    "trade123": lambda p, c: _pick(p, _VN_TRADES, 2),
    "level123": lambda p, c: f"Bậc {1 + _num(p, 3)}",
    "theory123": lambda p, c: f"{4 + _num(p, 5)},{_num(p, 9)}",
    "practice123": lambda p, c: f"{4 + _num(p, 5)},{_num(p, 7)}",
    "pass123": lambda p, c: _pick(p, ("Đạt", "Đạt", "Đạt", "Không đạt"), 5),
    "certno123": lambda p, c: f"{p.bhxh[2:8]}/CC-KNN",
    "customer123": lambda p, c: f"KH{p.bhxh[:8]}",
    "vaccine123": lambda p, c: _pick(p, _VN_VACCINES, 2),
    "dose123": lambda p, c: f"Mũi {1 + _num(p, 3)}",
    "guardian123": lambda p, c: _other_vn(p, 7),
    "guardian_phone123": lambda p, c: _other_phone(p),
    "price123": lambda p, c: f"{(5 + _num(p, 40)) * 50_000}",
    "cnic_pk123": lambda p, c: _cnic(p),
    "domicile_pk123": lambda p, c: f"DOM/{_num(p, 90) + 10}/{p.bhxh[-5:]}",
    "name_pk123": lambda p, c: (
        f"{_by_sex(p, _PK_GIVEN_M, _PK_GIVEN_F, 1)} {_pick(p, _PK_FAMILY, 2)}"
    ),
    "father_pk123": lambda p, c: f"{_pick(p, _PK_GIVEN_M, 4)} {_pick(p, _PK_FAMILY, 2)}",
    "sex_pk123": lambda p, c: "Male / مرد" if p.male else "Female / عورت",
    "addr_pk123": lambda p, c: ", ".join(_PK_DISTRICTS[int(p.bhxh) // 9 % len(_PK_DISTRICTS)]),
    "dist_pk123": lambda p, c: _PK_DISTRICTS[int(p.bhxh) // 9 % len(_PK_DISTRICTS)][1],
    "phone_pk123": lambda p, c: f"03{p.phone[2:4]}-{p.phone[3:10]}",
    "stay_pk123": lambda p, c: f"{5 + _num(p, 30)} years",
    "tazkira_af123": lambda p, c: _tazkira(p),
    "name_af123": lambda p, c: _af_name(p),
    "father_af123": lambda p, c: _pick(p, _AF_FATHERS, 2),
    "grand_af123": lambda p, c: _pick(p, _AF_FATHERS, 5),
    "family_af123": lambda p, c: _pick(p, _AF_FAMILY, 3),
    "dob_af123": lambda p, c: _solar_hijri(p.birth),
    "sex_af123": lambda p, c: "ذکور" if p.male else "اناث",
    "prov_af123": lambda p, c: _pick(p, _AF_PROVINCES, 4),
    "school_af123": lambda p, c: _pick(p, _AF_SCHOOLS, 2),
    "score_af123": lambda p, c: f"{150 + _num(p, 200)}.{_num(p, 9)}",
    "faculty_af123": lambda p, c: _pick(p, _AF_FACULTIES, 6),
    "roll_af123": lambda p, c: f"{p.bhxh[1:7]}",
    "phone_af123": lambda p, c: (
        f"07{_pick(p, ('0', '8', '9', '7'), 3)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "case_bd123": lambda p, c: f"{_num(p, 900) + 100}/IX-I/{p.other_date:%Y}",
    "nid_bd123": lambda p, c: _bd_nid(p),
    "name_bd123": lambda p, c: _bd_name(p),
    "father_bd123": lambda p, c: _pick(p, _BD_FATHERS, 2),
    "home_bd123": lambda p, c: _pick(p, _BD_HOMES, 3),
    "mouza_bd123": lambda p, c: _pick(p, _BD_MOUZAS, 4),
    "khatian_bd123": lambda p, c: f"{_num(p, 900) + 10}",
    "dag_bd123": lambda p, c: f"{_num(p, 3000) + 1}",
    "area_bd123": lambda p, c: f"{_num(p, 50) + 1}.{_num(p, 100):02d}",
    "fee_bd123": lambda p, c: "১১৭০" if int(p.bhxh) % 2 else "1170",
    "phone_bd123": lambda p, c: _bd_phone(p),
    "nrc_mm123": lambda p, c: _mm_nrc(p),
    "name_mm123": lambda p, c: _mm_name(p),
    "father_mm123": lambda p, c: _pick(p, _MM_FATHERS, 2),
    "from_mm123": lambda p, c: f"{_pick(p, _MM_HOMETOWNS, 3)}မြို့နယ်, {_pick(p, _MM_HOMETOWNS, 3)}",
    "host_mm123": lambda p, c: _pick(p, _MM_HOSTS, 4),
    "purpose_mm123": lambda p, c: _pick(p, _MM_PURPOSE, 5),
    "phone_mm123": lambda p, c: _mm_phone(p),
    "nights_mm123": lambda p, c: 1 + _num(p, 14),
    "book_la123": lambda p, c: f"{p.bhxh[4:8]}/{_num(p, 90) + 10}",
    "id_la123": lambda p, c: _lao_id(p),
    "given_la123": lambda p, c: _by_sex(p, _LA_GIVEN_M, _LA_GIVEN_F, 1),
    "family_la123": lambda p, c: _pick(p, _LA_FAMILY, 2),
    "sex_la123": lambda p, c: "ຊາຍ" if p.male else "ຍິງ",
    "rel_la123": lambda p, c: _by_sex(p, _LA_RELATIONS_M, _LA_RELATIONS_F, 3),
    "ethnic_la123": lambda p, c: _pick(p, _LA_ETHNIC, 4),
    "job_la123": lambda p, c: _pick(p, _LA_JOBS, 5),
    "village_la123": lambda p, c: _pick(p, _LA_VILLAGES, 2),
    "muang_la123": lambda p, c: _pick(p, _LA_MUANG, 6),
    "phone_la123": lambda p, c: _la_phone(p),
}

__all__ = ["WRITERS_BLIND123"]
