"""How the people of the hundred-and-thirty-fourth part of the outside corpus (**blind 134**,
:mod:`lienthong.quality._corpus_blind134`) are written: four Vietnamese files' own columns (a
people's credit fund's members, changes of the first-contact health facility, civil servants'
private trips abroad, a commune's biogas digester support) and Georgian, Armenian, Azerbaijani,
Turkmen and Tajik names, addresses, phones and identity numbers in the forms their papers show
(the Georgian 11-digit personal number opening with the issuing office, the Armenian 10-digit
social card number, the Azerbaijani 7-character FİN, the Turkmen passport with its velayat
series, the Tajik passport with its letter series)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind28_writers import (
    _TM_FAMILY_M,
    _TM_FATHERS,
    _TM_FATHERS_F,
    _TM_GIVEN_F,
    _TM_GIVEN_M,
)
from lienthong.quality._corpus_blind69_writers import _fin
from lienthong.quality._corpus_blind104_writers import (
    _AM_FAMILY,
    _AM_GIVEN_F,
    _AM_GIVEN_M,
    _AZ_FATHERS,
    _AZ_GIVEN_F,
    _AZ_GIVEN_M,
    _GE_FAMILY,
    _GE_GIVEN_F,
    _GE_GIVEN_M,
    _TJ_FATHERS,
    _TJ_GIVEN_F,
    _TJ_GIVEN_M,
    _az_family,
    _hth_am,
    _tj_family,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

_VN_NOTES_QTD = ("", "", "Chuyển từ xóm 2", "Đã tất toán khoản vay", "Tăng vốn góp 2025")
_VN_KCB = (
    ("Tram Y te xa Tan Lap", "01-012"),
    ("TTYT huyen Phu Binh", "19-058"),
    ("BV Da khoa tinh", "19-001"),
    ("PK DK Ha Noi - Thai Nguyen", "19-213"),
    ("BV Quan y 91", "19-007"),
    ("TYT phuong Quang Trung", "19-044"),
)
_VN_KCB_REASONS = (
    "Chuyen noi cu tru",
    "Thuan tien di lai",
    "Thay doi noi lam viec",
    "Theo nguyen vong",
    "Dieu chinh dau quy",
)
_VN_CLERKS = ("Nguyen Thi Thu", "Tran Van Hai", "Le Thi Ngoc Anh")
_VN_POSTS = ("Chuyên viên", "Phó Trưởng phòng", "Trưởng phòng", "Giáo viên", "Kế toán")
_VN_UNITS = (
    "Phòng Tài chính - Kế hoạch huyện",
    "Sở Tư pháp",
    "Trường THCS Lê Lợi",
    "Văn phòng HĐND và UBND huyện",
    "Chi cục Thuế khu vực",
)
_VN_COUNTRIES = ("Nhật Bản", "Hàn Quốc", "Thái Lan", "Singapore", "Úc", "Trung Quốc")
_VN_TRIP = ("Du lịch", "Thăm thân", "Dự lễ tốt nghiệp của con", "Chữa bệnh", "Du lịch")
_VN_FUNDS = ("Tự túc", "Tự túc", "Người thân bảo lãnh")
_VN_HAMLETS = ("Xóm Đồng Tâm", "Thôn Hạ", "Xóm 5", "Thôn Na Mao", "Bản Khuổi Lừa")
_VN_DIGESTERS = ("KT1 (gạch xây)", "KT2 (vòm cầu)", "Composite", "Túi nilon HDPE")
_VN_MASONS = ("Hoàng Văn Thạch", "Lường Văn Pẳng", "Đặng Văn Tài", "Ma Văn Hùng")

_GE_OFFICES = ("01", "01", "01", "60", "61", "35", "18", "59")
_GE_FATHERS = ("გიორგის", "დავითის", "ზურაბის", "თენგიზის", "ნოდარის", "მერაბის")
_GE_ADDRESSES = (
    "ქ. თბილისი, ვაკის რ-ნი, ჭავჭავაძის გამზ. 37, ბ. 12",
    "ქ. ქუთაისი, ნიკეას ქ. 18",
    "ქ. ბათუმი, რუსთაველის ქ. 44, ბ. 7",
    "ქ. რუსთავი, მე-7 მ/რ, კორპ. 3, ბ. 45",
    "გორის მუნიციპალიტეტი, სოფ. ტყვიავი",
    "ქ. თბილისი, გლდანის რ-ნი, ხიზანიშვილის ქ. 9, ბ. 31",
)
_GE_PROFESSIONS = (
    "ელექტროობა",
    "ბუღალტრული აღრიცხვა",
    "მზარეული",
    "ავტომობილის ტექნიკური მომსახურება",
    "ვებ-დეველოპმენტი",
    "შემდუღებელი",
)
_GE_COLLEGES = (
    "კოლეჯი „იკაროსი“",
    "კოლეჯი „სპექტრი“",
    "კოლეჯი „აისი“",
    "ქუთაისის კოლეჯი „ახალი ტალღა“",
    "კოლეჯი „ბლექ სი“",
)
_GE_STATUS = ("ჩარიცხული", "ჩარიცხული", "სტატუსშეჩერებული", "კურსდამთავრებული", "ჩარიცხული")

_AM_ADDRESSES = (
    "ք. Երևան, Արաբկիր, Կոմիտասի պող., շ. 12, բն. 34",
    "ք. Երևան, Շենգավիթ, Բագրատունյաց փ., շ. 5, բն. 8",
    "ք. Գյումրի, Շիրակացու փ., տ. 27",
    "Կոտայքի մարզ, ք. Աբովյան, 2-րդ մկրշ., շ. 9, բն. 17",
    "Արմավիրի մարզ, գ. Մեծամոր, 4-րդ փ., տ. 11",
    "ք. Վանաձոր, Տիգրան Մեծի փ., շ. 40, բն. 3",
)
_AM_FATHERS_M = ("Արմենի", "Սամվելի", "Գագիկի", "Աշոտի", "Վահանի", "Կարենի")
_AM_SCHOOLS = (
    "Երևանի թիվ 55 ավագ դպրոց",
    "Քվանտ վարժարան",
    "Գյումրու թիվ 2 ավագ դպրոց",
    "Աբովյանի թիվ 3 դպրոց",
    "Վանաձորի ավագ դպրոց",
)
_AM_FACULTIES = (
    ("Տնտեսագիտության", "Ֆինանսներ"),
    ("Ինֆորմատիկայի և կիրառական մաթեմատիկայի", "Ինֆորմատիկա"),
    ("Իրավագիտության", "Իրավագիտություն"),
    ("Բանասիրության", "Հայոց լեզու և գրականություն"),
    ("Կենսաբանության", "Կենսաքիմիա"),
)
_AM_FORMS = ("Անվճար", "Վճարովի", "Վճարովի", "Անվճար (նպաստ)")

_AZ_ADDRESSES = (
    "Bakı şəhəri, Nəsimi rayonu, Füzuli küç., ev 45, mənzil 18",
    "Bakı şəhəri, Xətai rayonu, Babək pr., ev 12, mənzil 104",
    "Sumqayıt şəhəri, 17-ci məhəllə, ev 8, mənzil 33",
    "Gəncə şəhəri, Nizami rayonu, Cavadxan küç., ev 21",
    "Xırdalan şəhəri, Heydər Əliyev pr., ev 5, mənzil 61",
    "Bakı şəhəri, Sabunçu rayonu, Bakıxanov qəs., S. Bağırov küç., ev 3",
)
_AZ_EMPLOYERS = (
    "ARDNŞ",
    "Azərbaycan Dəmir Yolları QSC",
    "Bakı Metropoliteni QSC",
    "Kapital Bank ASC",
    "Təhsil Nazirliyi",
    "“Azercell Telekom” MMC",
)
_AZ_BANKS = ("Kapital Bank", "PAŞA Bank", "Bank Respublika", "Unibank", "Xalq Bank")
_AZ_LOAN_KIND = ("Güzəştli ipoteka", "Adi ipoteka", "Güzəştli ipoteka", "Adi ipoteka")

_TM_ADDRESSES = (
    "Ahal welaýaty, Gökdepe etraby, Ýaşlyk geňeşligi, Gökje obasy, jaý {n}",
    "Mary welaýaty, Wekilbazar etraby, Ýolöten geňeşligi, Bagtyýarlyk köçesi, jaý {n}",
    "Lebap welaýaty, Dänew etraby, Galkynyş daýhan birleşigi, jaý {n}",
    "Daşoguz welaýaty, Görogly etraby, Aýbogdan obasy, jaý {n}",
    "Ahal welaýaty, Tejen etraby, Garaçöp obasy, Magtymguly köçesi, jaý {n}",
)
_TM_FARMS = ("Galkynyş", "Watan", "Bereket", "Täze ýol", "Rysgal")
_TM_CROPS = ("Bugdaý", "Pagta", "Bugdaý", "Gant şugundyry", "Pagta", "Şaly")
_TM_SERIES = ("I-AH", "I-MR", "I-LB", "I-DZ", "I-AH")

_TJ_ADDRESSES = (
    "ш. Душанбе, н. Шоҳмансур, кӯч. Айнӣ, х. 45, ҳ. 12",
    "ВМКБ, ш. Хоруғ, кӯч. Ленин, х. 18",
    "н. Рӯдакӣ, ҷ. Чоряккорон, д. Гулистон, х. 7",
    "в. Суғд, ш. Хуҷанд, кӯч. Ленин, х. 102, ҳ. 4",
    "в. Хатлон, н. Ҷалолиддини Балхӣ, ҷ. Ҳаққоний, д. Навобод",
    "ш. Ваҳдат, кӯч. Исмоили Сомонӣ, х. 23",
)
_TJ_FARMS = ("Саидҷон", "Ватан", "Истиқлол", "Баракат", "Нури Ҳаёт", "Меҳнат")


def _row_of(p: Person, rows: tuple[_T, ...]) -> _T:
    return rows[int(p.bhxh) // 13 % len(rows)]


def _ge_pn(p: Person) -> str:
    """A Georgian personal number (პირადი ნომერი): eleven digits opening with the issuing office."""
    return f"{_pick(p, _GE_OFFICES, 3)}{p.bhxh[:9]}"


def _tm_family(p: Person) -> str:
    family = _pick(p, _TM_FAMILY_M, 2)
    return family if p.male else f"{family}a"


WRITERS_BLIND134: dict[str, Callable[[Person, Col], object]] = {
    "mem134": lambda p, c: f"TV{p.bhxh[-5:]}",
    "capital134": lambda p, c: "300.000",
    "regular134": lambda p, c: f"{(_num(p, 40) + 1) * 500_000:,}".replace(",", "."),
    "book134": lambda p, c: f"{_num(p, 900)}/QTD",
    "debt134": lambda p, c: _pick(
        p, ("0", "50.000.000", "120.000.000", "0", "30.000.000", "200.000.000"), 4
    ),
    "heir134": lambda p, c: _other_vn(p, 6),
    "note134": lambda p, c: _pick(p, _VN_NOTES_QTD, 5),
    "old_kcb134": lambda p, c: _row_of(p, tuple((k[0],) for k in _VN_KCB))[0],
    "new_kcb134": lambda p, c: _pick(p, tuple(k[0] for k in _VN_KCB), 4),
    "kcb_code134": lambda p, c: _pick(p, tuple(k[1] for k in _VN_KCB), 4),
    "reason134": lambda p, c: _pick(p, _VN_KCB_REASONS, 5),
    "clerk134": lambda p, c: _pick(p, _VN_CLERKS, 6),
    "post134": lambda p, c: _pick(p, _VN_POSTS, 3),
    "unit134": lambda p, c: _pick(p, _VN_UNITS, 4),
    "passport134": lambda p, c: f"{_pick(p, ('C', 'P', 'C'), 5)}{p.bhxh[2:9]}",
    "country134": lambda p, c: _pick(p, _VN_COUNTRIES, 6),
    "until134": lambda p, c: f"{p.other_date + timedelta(days=6 + _num(p, 20)):%d/%m/%Y}",
    "purpose134": lambda p, c: _pick(p, _VN_TRIP, 7),
    "fund134": lambda p, c: _pick(p, _VN_FUNDS, 8),
    "decision134": lambda p, c: f"{_num(p, 800)}/UBND-NV",
    "hamlet134": lambda p, c: _pick(p, _VN_HAMLETS, 2),
    "vol134": lambda p, c: _pick(p, ("6", "8", "10", "12", "9,5"), 3),
    "pigs134": lambda p, c: str(_num(p, 30) + 4),
    "kind134": lambda p, c: _pick(p, _VN_DIGESTERS, 4),
    "mason134": lambda p, c: _pick(p, _VN_MASONS, 5),
    "aid134": lambda p, c: _pick(p, ("5.000.000", "5.000.000", "3.500.000", "4.000.000"), 6),
    "sign134": lambda p, c: _pick(p, ("", "Đã ký", "Điểm chỉ", ""), 7),
    "pn_ge134": lambda p, c: _ge_pn(p),
    "family_ge134": lambda p, c: _pick(p, _GE_FAMILY, 2),
    "given_ge134": lambda p, c: _by_sex(p, _GE_GIVEN_M, _GE_GIVEN_F, 1),
    "father_ge134": lambda p, c: _pick(p, _GE_FATHERS, 4),
    "sex_ge134": lambda p, c: "მ" if p.male else "ქ",
    "addr_ge134": lambda p, c: _row_of(p, tuple((a,) for a in _GE_ADDRESSES))[0],
    "phone_ge134": lambda p, c: f"+995 5{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "email_ge134": lambda p, c: (
        f"{_pick(p, ('nino', 'gio', 'dato', 'tako', 'levani'), 2)}.{p.bhxh[-4:]}@gmail.com"
    ),
    "prof_ge134": lambda p, c: _pick(p, _GE_PROFESSIONS, 5),
    "college_ge134": lambda p, c: _pick(p, _GE_COLLEGES, 6),
    "parent_ge134": lambda p, c: f"{_pick(p, _GE_GIVEN_F, 7)} {_pick(p, _GE_FAMILY, 2)}",
    "parent_pn_ge134": lambda p, c: f"01{p.bhxh[::-1][:9]}",
    "order_ge134": lambda p, c: f"N {_num(p, 300)}/ჩ",
    "status_ge134": lambda p, c: _pick(p, _GE_STATUS, 8),
    "hth_am134": lambda p, c: _hth_am(p),
    "family_am134": lambda p, c: _pick(p, _AM_FAMILY, 2),
    "given_am134": lambda p, c: _by_sex(p, _AM_GIVEN_M, _AM_GIVEN_F, 1),
    "patr_am134": lambda p, c: _pick(p, _AM_FATHERS_M, 3),
    "sex_am134": lambda p, c: "արական" if p.male else "իգական",
    "pass_am134": lambda p, c: f"{_pick(p, ('AT', 'AN', 'AS', 'AR'), 4)}{p.bhxh[3:10]}",
    "addr_am134": lambda p, c: _row_of(p, tuple((a,) for a in _AM_ADDRESSES))[0],
    "phone_am134": lambda p, c: (
        f"+374 {_pick(p, ('91', '93', '77', '94', '99', '55'), 2)} {p.phone[4:10]}"
    ),
    "email_am134": lambda p, c: f"applicant{p.bhxh[-5:]}@mail.ru",
    "school_am134": lambda p, c: _pick(p, _AM_SCHOOLS, 5),
    "fac_am134": lambda p, c: _row_of(p, _AM_FACULTIES)[0],
    "spec_am134": lambda p, c: _row_of(p, _AM_FACULTIES)[1],
    "score_am134": lambda p, c: f"{8 + _num(p, 12)},{_num(p, 9)}",
    "form_am134": lambda p, c: _pick(p, _AM_FORMS, 6),
    "fin_az134": lambda p, c: _fin(p),
    "family_az134": lambda p, c: _az_family(p),
    "given_az134": lambda p, c: _by_sex(p, _AZ_GIVEN_M, _AZ_GIVEN_F, 1),
    "father_az134": lambda p, c: _pick(p, _AZ_FATHERS, 3),
    "idcard_az134": lambda p, c: f"AZE{p.bhxh[1:9]}" if p.birth.year % 2 else f"AA {p.bhxh[2:9]}",
    "addr_az134": lambda p, c: _row_of(p, tuple((a,) for a in _AZ_ADDRESSES))[0],
    "phone_az134": lambda p, c: (
        f"+994 {_pick(p, ('50', '51', '55', '70', '77', '10'), 2)} "
        f"{p.phone[3:6]} {p.phone[6:8]} {p.phone[8:10]}"
    ),
    "employer_az134": lambda p, c: _pick(p, _AZ_EMPLOYERS, 4),
    "income_az134": lambda p, c: f"{600 + _num(p, 2400)}",
    "bank_az134": lambda p, c: _pick(p, _AZ_BANKS, 5),
    "kind_az134": lambda p, c: _pick(p, _AZ_LOAN_KIND, 6),
    "loan_az134": lambda p, c: f"{(40 + _num(p, 100)) * 1000:,}".replace(",", " "),
    "term_az134": lambda p, c: _pick(p, ("240", "300", "360", "180"), 7),
    "rate_az134": lambda p, c: "4%" if _pick(p, _AZ_LOAN_KIND, 6).startswith("G") else "8%",
    "guarantor_az134": lambda p, c: (
        f"{_pick(p, _AZ_GIVEN_M, 8)} {_pick(p, ('Məmmədov', 'Quliyev', 'Babayev'), 9)}"
    ),
    "family_tm134": lambda p, c: _tm_family(p),
    "given_tm134": lambda p, c: _by_sex(p, _TM_GIVEN_M, _TM_GIVEN_F, 1),
    "patr_tm134": lambda p, c: _by_sex(p, _TM_FATHERS, _TM_FATHERS_F, 3),
    "sex_tm134": lambda p, c: "erkek" if p.male else "zenan",
    "passport_tm134": lambda p, c: f"{_pick(p, _TM_SERIES, 4)} № {p.bhxh[-6:]}",
    "addr_tm134": lambda p, c: _pick(p, _TM_ADDRESSES, 5).format(n=_num(p, 90)),
    "phone_tm134": lambda p, c: f"8 6{_pick(p, ('1', '2', '3', '4', '5'), 3)} {p.phone[4:10]}",
    "farm_tm134": lambda p, c: f"„{_pick(p, _TM_FARMS, 5)}“ daýhan birleşigi",
    "contour_tm134": lambda p, c: f"{_num(p, 120)}/{_num(p, 9)}",
    "area_tm134": lambda p, c: f"{_num(p, 12) + 2}.{_num(p, 9)}",
    "crop_tm134": lambda p, c: _pick(p, _TM_CROPS, 6),
    "plan_tm134": lambda p, c: f"{(_num(p, 12) + 2) * 3}.0",
    "contract_tm134": lambda p, c: f"{_num(p, 500)}-Ş",
    "family_tj134": lambda p, c: _tj_family(p),
    "given_tj134": lambda p, c: _by_sex(p, _TJ_GIVEN_M, _TJ_GIVEN_F, 1),
    "father_tj134": lambda p, c: _pick(p, _TJ_FATHERS, 3),
    "sex_tj134": lambda p, c: "мард" if p.male else "зан",
    "passport_tj134": lambda p, c: f"{_pick(p, ('А', 'В', 'А'), 4)} {p.bhxh[2:10]}",
    "inn_tj134": lambda p, c: f"{_pick(p, ('02', '03', '05', '04'), 5)}{p.bhxh[3:10]}",
    "addr_tj134": lambda p, c: _row_of(p, tuple((a,) for a in _TJ_ADDRESSES))[0],
    "phone_tj134": lambda p, c: (
        f"+992 {_pick(p, ('92', '93', '90', '98', '88', '55'), 2)} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    "farm_tj134": lambda p, c: f"Х/Д „{_pick(p, _TJ_FARMS, 6)}“",
    "area_tj134": lambda p, c: f"{_num(p, 20)},{_num(p, 9)}",
    "cert_tj134": lambda p, c: f"№ {p.bhxh[-7:]}",
    "members_tj134": lambda p, c: str(_num(p, 9)),
}
