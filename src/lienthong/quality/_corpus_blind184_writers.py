"""How the people of the hundred-and-eighty-fourth part of the outside corpus (**blind 184**,
:mod:`lienthong.quality._corpus_blind184`) are written: four Vietnamese registers' own columns
(Ha Tinh fishermen paid for the 2016 marine pollution, village midwives on a district allowance,
ca tru artists paid to teach, a district tuberculosis treatment register) and the names, places,
phones and numbers of an Iranian bank's marriage-loan list (the کد ملی with its mod-11 digit, Solar
Hijri dates), a Herat teachers' payroll (the e-Tazkira), a Peshawar Sehat Card Plus admissions
list (the CNIC with its odd last digit for men), Pamir Energy's subscribers in Khorog (the Tajik
passport) and Basra's social protection network (the Iraqi unified national card)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind10_writers import _check11, _code_melli, _jalali
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind77_writers import _solar_hijri, _tazkira
from lienthong.quality._corpus_blind85_writers import _items, _rows
from lienthong.quality._corpus_blind111_writers import (
    _IR_FAMILY,
    _IR_FATHERS,
    _IR_GIVEN_F,
    _IR_GIVEN_M,
    _fa,
    _iq_card,
    _iq_phone,
    _ir_phone,
    _ir_postcode,
)
from lienthong.quality._corpus_blind142_writers import _pk_phone
from lienthong.quality._corpus_blind145_writers import (
    _IQ_FAMILY,
    _IQ_FATHERS,
    _IQ_MEN,
    _IQ_MOTHERS,
    _IQ_WOMEN,
)
from lienthong.quality._corpus_blind160_writers import _tj_phone

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam ----------------------------------------------------------------------------------
_HT = _rows(
    "Thôn Hải Phong | xã Kỳ Lợi | thị xã Kỳ Anh | tỉnh Hà Tĩnh;"
    " Thôn Tân Phúc Thành | xã Kỳ Nam | thị xã Kỳ Anh | tỉnh Hà Tĩnh;"
    " Thôn Liên Giang | xã Kỳ Xuân | huyện Kỳ Anh | tỉnh Hà Tĩnh;"
    " Thôn Xuân Hải | xã Thạch Kim | huyện Lộc Hà | tỉnh Hà Tĩnh;"
    " Thôn 3 | xã Cẩm Nhượng | huyện Cẩm Xuyên | tỉnh Hà Tĩnh;"
    " Tổ dân phố Hải Hà | phường Kỳ Trinh | thị xã Kỳ Anh | tỉnh Hà Tĩnh"
)
_TRADES = _items(
    "Khai thác thủy sản ven bờ; Khai thác xa bờ (tàu từ 90CV); Nuôi trồng thủy sản;"
    " Dịch vụ hậu cần nghề cá; Làm muối; Lao động làm thuê nghề biển"
)
_SIGNED = _items("Đã ký nhận; Đã ký nhận; Ủy quyền vợ nhận; Chưa nhận - đi làm ăn xa")
_ETHNIC = _items("H'Mông; H'Mông; Dao; Lô Lô; Giáy; Tày")
_MV_VILLAGES = _items("Sủng Lìa; Há Chế; Khâu Vai; Lũng Pù; Pải Lủng; Tả Chải; Nà Trào")
_MV_WARDS = _items("Xã Sủng Trà; Xã Khâu Vai; Xã Pải Lủng; Xã Lũng Pù; Xã Tát Ngà; Xã Niêm Sơn")
_TRAINING = _items(
    "Cô đỡ thôn bản (6 tháng); Cô đỡ thôn bản (6 tháng); Y sỹ sản nhi;"
    " Cô đỡ thôn bản (đào tạo lại 2023); NVYTTB kiêm cô đỡ"
)
_CT_ROLES = _items("Đào nương; Kép đàn đáy; Quan viên (trống chầu); Đào nương; Kép đàn")
_CT_TITLES = _items(
    "Nghệ nhân Nhân dân; Nghệ nhân Ưu tú; Chưa được phong tặng; Chưa được phong tặng"
)
_CT_CLUBS = _items(
    "CLB Ca trù Thái Hà; Giáo phường Ca trù Lỗ Khê; CLB Ca trù Cổ Đạm;"
    " CLB Ca trù Đông Môn; Giáo phường Ca trù Thăng Long"
)
_TB_CLASS = _items("AFB(+) mới; AFB(-); Lao ngoài phổi (màng phổi); AFB(+) mới; Xpert MTB(+) RR(-)")
_TB_HISTORY = _items("Mới; Mới; Tái phát; Điều trị lại sau bỏ trị; Thất bại điều trị; Mới")
_TB_REGIMEN = _items("2RHZE/4RHE; 2RHZE/4RHE; 2RHZE/10RHE; 6(H)RZE-Lfx; BPaLM 6 tháng")
_TB_HIV = _items("Âm tính; Âm tính; Chưa xét nghiệm; Dương tính (đang ARV)")
_TB_OUTCOME = _items("Đang điều trị; Khỏi; Hoàn thành điều trị; Bỏ trị; Chuyển đi; Đang điều trị")

# -- Iran --------------------------------------------------------------------------------------
_IR_SHIRAZ = _items(
    "شیراز، خیابان زند، کوچه ۱۴، پلاک ۶; شیراز، معالی‌آباد، کوچه ۳۲، پلاک ۱۱;"
    " شیراز، بلوار چمران، کوچه ۸، واحد ۳; مرودشت، خیابان انقلاب، کوچه شهید رجایی، پلاک ۲۰;"
    " شیراز، شهرک گلستان، بلوار ارغوان، پلاک ۵۴; کازرون، خیابان امام، کوچه ۷، پلاک ۹"
)
_IR_BRANCH_STATUS = _items(
    "در انتظار معرفی ضامن; تشکیل پرونده; پرداخت شده; پرداخت شده; در صف نوبت; نقص مدارک"
)

# -- Afghanistan -------------------------------------------------------------------------------
_AF_MEN = _items("احمد ضیا; محمد نسیم; عبدالقدیر; غلام سخی; فرید احمد; نجیب الله; عبدالرحمن")
_AF_WOMEN = _items("فرشته; ملالی; زرغونه; شکیلا; نازیه; هما; صدیقه")
_AF_FATHERS = _items("حاجی عبدالغفار; محمد اسحاق; غلام حیدر; عبدالواحد; سید احمد; خان محمد")
_AF_FAMILY = _items("هروی; احمدی; نوری; رحیمی; غوری; صدیقی; سلطانی")
_AF_HOMES = _items(
    "ناحیه ۷, شهر هرات; ناحیه ۱۲, جبرئیل, شهر هرات; قریه پشتون زرغون, ولسوالی پشتون زرغون, هرات;"
    " ناحیه ۵, سرک بکرآباد, شهر هرات; قریه رباط سنگی, ولسوالی انجیل, هرات"
)
_AF_SCHOOLS = _items(
    "لیسه سلطان غیاث الدین غوری; لیسه نسوان مهری هروی; لیسه عالی جامی;"
    " مکتب متوسطه رباط سنگی; دارالمعلمین هرات; لیسه انصاری"
)
_AF_DISTRICTS = _items("شهر هرات; انجیل; گذره; پشتون زرغون; کرخ; غوریان")
_AF_POSTS = _items("معلم ادبیات دری; معلم ریاضی; معلم پشتو; سرمعلم; معلم کیمیا; معلم ابتدائیه")

# -- Pakistan, Khyber Pakhtunkhwa ---------------------------------------------------------------
_KP_DISTRICTS = _rows(
    "17301 | Peshawar; 16101 | Mardan; 15602 | Swat; 17102 | Charsadda; 17201 | Nowshera;"
    " 14301 | Kohat"
)
_KP_HOMES = _items(
    "Mohallah Gulbahar No. 2, Peshawar; Village Sher Garh, Tehsil Takht Bhai, Mardan;"
    " House 14, Street 3, Hayatabad Phase 6, Peshawar; Mingora, Mohallah Amankot, Swat;"
    " Village Umarzai, Tehsil & District Charsadda; Pabbi Bazar, Nowshera;"
    " Jungle Khel, Kohat"
)
_KP_MEN = _items("Muhammad Irfan; Gul Zaman; Shah Faisal; Ikramullah; Noor Rahman; Asfandyar")
_KP_WOMEN = _items("Shaista Bibi; Nasreen Begum; Gul Pari; Zarmina; Rukhsana; Bibi Hajra")
_KP_CLANS = _items("Khan; Afridi; Yousafzai; Khattak; Mohmand; Shinwari; ")
_KP_HOSPITALS = _items(
    "Lady Reading Hospital, Peshawar; Khyber Teaching Hospital; Hayatabad Medical Complex;"
    " Mardan Medical Complex; Saidu Teaching Hospital, Swat; Rehman Medical Institute"
)
_KP_WARDS = _items("Surgical B; Medical A; Gynae & Obs; Cardiology CCU; Ortho; Paeds; Neuro")
_KP_PROCS = _items(
    "Lap. Cholecystectomy; C-Section; Angioplasty (PCI); TKR (Rt knee); Dialysis x 8;"
    " Hernia repair; Medical management - Dengue fever"
)
_KP_CLAIM = _items("Approved; Approved; Paid; Under review; Rejected - non-panel; Paid")

# -- Tajikistan, Gorno-Badakhshan ----------------------------------------------------------------
_TJ_FAMILY_M = _items("Мамадшоев; Назаршоев; Худоёрбеков; Алимамадов; Давлатшоев; Шодмонбеков")
_TJ_GIVEN_M = _items("Мамадшо; Давлатшо; Алишер; Ниёзбек; Гулобшо; Зоиршо")
_TJ_GIVEN_F = _items("Зарина; Гулбахор; Мохира; Шахло; Нигина; Бибисултон")
_TJ_ADDR = _items(
    "ш. Хоруғ, кӯч. Ленин, х. 12; ш. Хоруғ, маҳ. Ҳорог, кӯч. Гагарин, х. 5;"
    " н. Рӯшон, д. Барчидев; н. Шуғнон, ҷ. Вер, д. Поршинев; н. Ишкошим, д. Рын;"
    " ш. Хоруғ, маҳ. Университет, х. 3, ҳ. 14"
)
_TJ_TARIFF = _items("Аҳолӣ (то 200 кВт·с); Аҳолӣ (зимистон); Аҳолӣ; Аҳолӣ (имтиёзнок)")
_TJ_INSPECTORS = _items("Шоназаров Ф.; Ёрмамадов Д.; Мирзобеков А.; Қурбонмамадов С.")

# -- Iraq, Basra --------------------------------------------------------------------------------
_IQ_QADA = _items("البصرة; الزبير; أبو الخصيب; شط العرب; القرنة; المدينة; الفاو")
_IQ_HAYS = _items("حي الحسين; حي الشهداء; الجمهورية; حي الحيانية; الكزيزة; حي الأصمعي")
_IQ_MARITAL = _items("متزوج; متزوجة; أرملة; مطلقة; أعزب; متزوج")
_IQ_CATS = _items("أسرة دون خط الفقر; أرملة; عاجز كلياً; مطلقة; يتيم; عاطل عن العمل")
_IQ_RESEARCHERS = _items("الباحثة زينب كاظم; الباحث حسن عبد; الباحثة نور صباح; الباحث علي فالح")


def _at(p: Person, table: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return table[int(p.bhxh) // 13 % len(table)]


def _money(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _melli_other(p: Person) -> str:
    """Another person's کد ملی (the spouse's), with its own mod-11 digit."""
    nine = f"{int(p.bhxh[::-1][:3]) % 700:03d}{p.phone[-6:]}"
    r = _check11(nine, (10, 9, 8, 7, 6, 5, 4, 3, 2))
    return f"{nine}{r if r < 2 else 11 - r}"


def _aqd(p: Person) -> str:
    """The day of the marriage contract, Solar Hijri in Persian digits (``۱۴۰۳/۰۲/۱۵``)."""
    return _fa(_solar_hijri(p.other_date))


def _af_given(p: Person) -> str:
    return _by_sex(p, _AF_MEN, _AF_WOMEN, 1)


def _cnic(p: Person) -> str:
    """A CNIC ``17301-1234567-1`` of a KP district, the last digit odd for men, even for women."""
    last = int(p.bhxh[4]) // 2 * 2 + (1 if p.male else 0)
    return f"{_at(p, _KP_DISTRICTS)[0]}-{p.bhxh[2:9]}-{last}"


def _kp_name(p: Person) -> str:
    return f"{_by_sex(p, _KP_MEN, _KP_WOMEN, 2)} {_pick(p, _KP_CLANS, 3)}".strip()


def _tj_name(p: Person) -> str:
    family = _pick(p, _TJ_FAMILY_M, 2)
    return f"{family if p.male else family + 'а'} {_by_sex(p, _TJ_GIVEN_M, _TJ_GIVEN_F, 3)}"


def _iq_name(p: Person) -> str:
    own = _by_sex(p, _IQ_MEN, _IQ_WOMEN, 1)
    return f"{own} {_pick(p, _IQ_FATHERS, 2)} {_pick(p, _IQ_MEN, 3)} {_pick(p, _IQ_MEN, 4)}"


def _iq_addr(p: Person) -> str:
    n = int(p.bhxh[-6:])
    return (
        f"{_pick(p, _IQ_QADA, 5)}، {_pick(p, _IQ_HAYS, 6)}، م {n % 90 + 1} ز {n % 37 + 1}"
        f" د {n % 120 + 1}"
    )


WRITERS_BLIND184: dict[str, Callable[[Person, Col], object]] = {
    # Ha Tinh fishermen paid for the 2016 marine incident
    "addr_ht184": lambda p, c: ", ".join(_at(p, _HT)),
    "trade184": lambda p, c: _pick(p, _TRADES, 2),
    "boat184": lambda p, c: f"HT-{90000 + _num(p, 9000)}-TS",
    "hp184": lambda p, c: str(_num(p, 400) + 6),
    "months184": lambda p, c: str(_num(p, 6)),
    "amount184": lambda p, c: _money((_num(p, 60) + 4) * 1_750_000),
    "signed184": lambda p, c: _pick(p, _SIGNED, 3),
    # village midwives, Meo Vac
    "ethnic184": lambda p, c: _pick(p, _ETHNIC, 2),
    "village184": lambda p, c: f"Thôn {_pick(p, _MV_VILLAGES, 3)}",
    "ward_mv184": lambda p, c: _pick(p, _MV_WARDS, 4),
    "training184": lambda p, c: _pick(p, _TRAINING, 5),
    "births184": lambda p, c: str(_num(p, 14) - 1),
    "coef184": lambda p, c: _pick(p, ("0,5", "0,5", "0,3")),
    "account184": lambda p, c: f"8500{p.bhxh}",
    # ca tru artists
    "ct_role184": lambda p, c: _pick(p, _CT_ROLES, 2),
    "ct_title184": lambda p, c: _pick(p, _CT_TITLES, 3),
    "ct_club184": lambda p, c: _pick(p, _CT_CLUBS, 4),
    "pupils184": lambda p, c: str(_num(p, 9)),
    "stipend184": lambda p, c: _money((_num(p, 4) + 1) * 500_000),
    # tuberculosis register
    "tb_no184": lambda p, c: f"{p.other_date:%Y}/{_num(p, 480):03d}",
    "tb_class184": lambda p, c: _pick(p, _TB_CLASS, 2),
    "tb_history184": lambda p, c: _pick(p, _TB_HISTORY, 3),
    "regimen184": lambda p, c: _pick(p, _TB_REGIMEN, 4),
    "hiv184": lambda p, c: _pick(p, _TB_HIV, 5),
    "dot184": lambda p, c: f"{_other_vn(p, 6)} (vợ/chồng) - {_other_phone(p, '097')}",
    "tb_outcome184": lambda p, c: _pick(p, _TB_OUTCOME, 6),
    # Iran, marriage loans
    "ir_given184": lambda p, c: _by_sex(p, _IR_GIVEN_M, _IR_GIVEN_F, 1),
    "ir_family184": lambda p, c: _pick(p, _IR_FAMILY, 2),
    "ir_father184": lambda p, c: _pick(p, _IR_FATHERS, 3),
    "melli_ir184": lambda p, c: _code_melli(p),
    "ir_shen184": lambda p, c: str(int(p.bhxh[-5:]) % 4000 + 1),
    "ir_birth184": lambda p, c: _jalali(p),
    "ir_spouse_melli184": lambda p, c: _melli_other(p),
    "ir_spouse184": lambda p, c: (
        f"{_by_sex(p, _IR_GIVEN_F, _IR_GIVEN_M, 4)} {_pick(p, _IR_FAMILY, 5)}"
    ),
    "ir_aqd184": lambda p, c: _aqd(p),
    "ir_office184": lambda p, c: f"دفتر ازدواج شماره {_fa(str(_num(p, 180)))} شیراز",
    "ir_loan184": lambda p, c: f"{_pick(p, ('2,000,000,000', '3,000,000,000', '2,500,000,000'))}",
    "ir_guarantor184": lambda p, c: f"{_pick(p, _IR_GIVEN_M, 6)} {_pick(p, _IR_FAMILY, 7)}",
    "phone_ir184": lambda p, c: _ir_phone(p),
    "ir_addr184": lambda p, c: _pick(p, _IR_SHIRAZ, 3),
    "ir_post184": lambda p, c: _ir_postcode(p).replace("-", ""),
    "ir_status184": lambda p, c: _pick(p, _IR_BRANCH_STATUS, 4),
    # Afghanistan, Herat teachers' payroll
    "af_given184": lambda p, c: _af_given(p),
    "af_father184": lambda p, c: _pick(p, _AF_FATHERS, 2),
    "af_grand184": lambda p, c: _pick(p, _AF_FATHERS, 5),
    "af_family184": lambda p, c: _pick(p, _AF_FAMILY, 3),
    "tazkira_af184": lambda p, c: _tazkira(p),
    "af_birth184": lambda p, c: _jalali(p),
    "sex_af184": lambda p, c: "ذکور" if p.male else "اناث",
    "af_grade184": lambda p, c: f"رتبه {_num(p, 8)}",
    "af_post184": lambda p, c: _pick(p, _AF_POSTS, 4),
    "af_school184": lambda p, c: _pick(p, _AF_SCHOOLS, 5),
    "af_dist184": lambda p, c: _pick(p, _AF_DISTRICTS, 6),
    "af_home184": lambda p, c: _pick(p, _AF_HOMES, 7),
    "af_salary184": lambda p, c: str((_num(p, 40) + 60) * 100),
    "af_account184": lambda p, c: f"1{p.bhxh[:3]}{p.phone[-9:]}",
    "phone_af184": lambda p, c: f"07{_pick(p, ('9', '0', '8', '7', '3'), 2)}{p.phone[-7:]}",
    "af_hire184": lambda p, c: _solar_hijri(_shift_date(p.other_date, -_num(p, 20))),
    # Pakistan, Sehat Card Plus
    "kp_name184": lambda p, c: _kp_name(p),
    "kp_father184": lambda p, c: (
        f"{'S/O' if p.male else _pick(p, ('D/O', 'W/O'))} {_pick(p, _KP_MEN, 5)}"
    ),
    "cnic_pk184": lambda p, c: _cnic(p),
    "sex_pk184": lambda p, c: "Male" if p.male else "Female",
    "phone_pk184": lambda p, c: _pk_phone(p),
    "kp_dist184": lambda p, c: _at(p, _KP_DISTRICTS)[1],
    "kp_addr184": lambda p, c: _pick(p, _KP_HOMES, 4),
    "kp_hosp184": lambda p, c: _pick(p, _KP_HOSPITALS, 5),
    "kp_ward184": lambda p, c: _pick(p, _KP_WARDS, 6),
    "kp_proc184": lambda p, c: _pick(p, _KP_PROCS, 7),
    "kp_claim184": lambda p, c: f"{(_num(p, 90) + 5) * 1500:,}",
    "kp_status184": lambda p, c: _pick(p, _KP_CLAIM, 8),
    "kp_discharge184": lambda p, c: f"{p.other_date + timedelta(days=_num(p, 9) + 1):%d-%m-%Y}",
    "kp_visit184": lambda p, c: f"V-{p.other_date:%y%m}-{p.bhxh[-6:]}",
    # Tajikistan, Pamir Energy
    "acct_tj184": lambda p, c: f"02{p.bhxh[-7:]}",
    "tj_name184": lambda p, c: _tj_name(p),
    "passport_tj184": lambda p, c: f"А{p.bhxh[1:9]}",
    "tj_addr184": lambda p, c: _pick(p, _TJ_ADDR, 4),
    "phone_tj184": lambda p, c: _tj_phone(p),
    "meter_tj184": lambda p, c: f"CE-{p.phone[-8:]}",
    "tariff_tj184": lambda p, c: _pick(p, _TJ_TARIFF, 5),
    "kwh_tj184": lambda p, c: str(_num(p, 900) + 40),
    "debt_tj184": lambda p, c: f"{_num(p, 700) * 0.87:.2f}".replace(".", ","),
    "inspector_tj184": lambda p, c: _pick(p, _TJ_INSPECTORS, 6),
    # Iraq, Basra social protection network
    "iq_name184": lambda p, c: _iq_name(p),
    "iq_laqab184": lambda p, c: _pick(p, _IQ_FAMILY, 7),
    "iq_mother184": lambda p, c: f"{_pick(p, _IQ_MOTHERS, 2)} {_pick(p, _IQ_FATHERS, 8)}",
    "card_iq184": lambda p, c: _iq_card(p),
    "sex_iq184": lambda p, c: "ذكر" if p.male else "أنثى",
    "iq_marital184": lambda p, c: _pick(p, _IQ_MARITAL, 3),
    "iq_members184": lambda p, c: str(_num(p, 9)),
    "iq_qada184": lambda p, c: _pick(p, _IQ_QADA, 5),
    "iq_addr184": lambda p, c: _iq_addr(p),
    "phone_iq184": lambda p, c: _iq_phone(p),
    "iq_cat184": lambda p, c: _pick(p, _IQ_CATS, 4),
    "iq_amount184": lambda p, c: _pick(p, ("175,000", "225,000", "275,000", "325,000")),
    "iq_researcher184": lambda p, c: _pick(p, _IQ_RESEARCHERS, 9),
}

__all__ = ["WRITERS_BLIND184"]
