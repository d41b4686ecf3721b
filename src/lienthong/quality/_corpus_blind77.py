"""The seventy-seventh part of the outside corpus, **blind 77** (written 16:13 UTC, 2026-12-06,
never used for tuning): person files a ward's police, a district hospital, a rural water company,
a commune's military command, a Palestinian social development directorate, Afghanistan's
refugees and repatriation department, a Turkmen pension department, Yemen's social welfare fund
and South Sudan's safety net project could hand over. Four Vietnamese files: a ward's list of
citizens granted temporary residence (đăng ký tạm trú) in Windows-1258 with semicolons (the
dossier code, the place of origin, the permanent home in a province beside the address lived at
now, the host with his relation and phone, the job and workplace, the day the stay ends, the
officer); a district hospital's patients transferred to another hospital (giấy chuyển tuyến) in
UTF-8 with a BOM (the transfer number, the patient in capitals, the health insurance card and
its expiry, the diagnosis and ICD-10 code, the reason, the receiving hospital and its address,
the hour of the transfer, the escorting nurse, the relative who goes along with his phone, the
doctor); a water company's households given a subsidy to connect to clean water in Excel (the
year of birth alone, the hamlet, the connection's address, the class of household, the customer
code and meter, the day it was laid, the cost, the subsidy and the household's share); and a
commune's militia members (dân quân) in UTF-16 with tabs (the CCCD in groups, the ethnicity,
religion and schooling, party or youth union, the post and squad, the day of joining, the place
of origin, the job).
Five foreign files: a Palestinian cash-transfer list in UTF-8 with a BOM and Arabic headers (the
nine-digit identity number with its Luhn check digit, the four-part name in four columns, the
governorate and locality, the quarter and street after an Arabic comma, ``0599-123456`` phones,
the spouse and the spouse's identity number, the poverty class, the payment in shekels and the
bank); an Afghan returnees' cash assistance list in UTF-8 with tabs and Dari / Pashto headers
(the e-Tazkira number written ``1400-0101-23456`` with no published check digit, the given name,
father's and grandfather's names and the surname apart, Solar Hijri dates ``1364/05/21``, the
province, district and village, ``0799 123 456`` phones, the country the family came back from);
a Turkmen pensioners' list in Excel with Turkmen Latin headers (the internal passport ``I-AŞ
123456`` whose series names the region, its issue date, the family name with the feminine
``-a``, the patronymic, ``12.03.1955`` dates, the welaýat and etrap, ``+993 65 12-34-56``
phones, the kind and amount of pension in manat); a Yemeni social welfare fund list in
Windows-1256 with semicolons and Arabic headers (the case number, the four-part name with the
family name, the eleven-digit identity card number with no published check digit, ``yyyy/mm/dd``
dates, the governorate, district and village, ``771 234 567`` phones, the substitute who collects
and the amount in rials); and a South Sudanese safety net list in UTF-8 with English headers (the
household ID, three-part names, the ten-digit national ID number with no published check digit,
the state, county and payam, ``+211 921 234 567`` phones, the alternate payee and the amount in
dollars).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind77_writers import WRITERS_BLIND77
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND77: tuple[Shape, ...] = (
    _shape(
        "dang_ky_tam_tru_vn77",
        "STT=row | Mã hồ sơ=-:dossier77 | Họ và tên công dân=full_name"
        " | Ngày, tháng, năm sinh=birth_date@%d-%m-%Y | Giới tính=sex"
        " | Số định danh cá nhân=cccd | Quê quán=-:origin77 | Nơi thường trú=address:home77"
        " | Nơi đăng ký tạm trú=address | Họ tên chủ hộ (chủ nhà)=-:host77"
        " | Quan hệ với chủ hộ=-:host_rel77 | SĐT chủ hộ=-:host_phone77"
        " | Nghề nghiệp, nơi làm việc=-:job77 | Số điện thoại=phone:phone_spaced"
        " | Ngày đăng ký=date@%d-%m-%Y | Tạm trú đến ngày=date:stay_until77"
        " | Cán bộ tiếp nhận=-:officer77",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "chuyen_tuyen_vn77",
        "STT=row | Số GCT=-:transfer_no77 | Mã BN=-:patient_code77"
        " | Họ tên người bệnh=full_name:caps77 | Ngày sinh=birth_date@%d/%m/%Y | Giới=sex"
        " | Số thẻ BHYT=bhyt | Hạn thẻ đến=date:card_until77 | Số CCCD=cccd | Địa chỉ=address"
        " | Ngày vào viện=date:admitted77 | Chẩn đoán=-:diagnosis77 | Mã ICD-10=-:icd77"
        " | Lý do chuyển tuyến=-:reason77 | Chuyển đến=-:receiving77"
        " | Địa chỉ nơi chuyển đến=-:receiving_addr77 | Chuyển tuyến hồi=date:transfer_at77"
        " | Phương tiện vận chuyển=-:vehicle77 | Người hộ tống=-:escort77"
        " | Người nhà đi cùng=-:kin77 | SĐT người nhà=-:kin_phone77"
        " | Bác sĩ điều trị=-:doctor77",
        encoding="utf-8-sig",
    ),
    _shape(
        "ho_tro_dau_noi_nuoc_sach_vn77",
        "STT=row | Họ và tên chủ hộ=full_name | Năm sinh=birth_date:birth_year77"
        " | Số CCCD=cccd | Số nhân khẩu=-:members77 | Ấp=-:hamlet77"
        " | Địa chỉ lắp đặt=address:water_addr77 | Đối tượng=-:target77"
        " | Mã KH (danh bộ)=-:customer77 | Số seri đồng hồ=-:meter77"
        " | Ngày lắp đặt=date:excel_event | Tổng chi phí đấu nối (đồng)=-:cost77"
        " | NS hỗ trợ (đồng)=-:subsidy77 | Hộ dân đóng góp (đồng)=-:own_share77"
        " | Điện thoại=phone | Ký nhận=-:none",
        file="xlsx",
    ),
    _shape(
        "dan_quan_xa_vn77",
        "TT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d.%m.%Y"
        " | Số ĐDCN=cccd:cccd_spaced | Dân tộc=-:ethnic77 | Tôn giáo=-:religion77"
        " | TĐVH=-:schooling77 | Đảng viên/Đoàn viên=-:party77 | Chức vụ=-:post77"
        " | Đơn vị=-:unit77 | Ngày vào DQ=date@%d.%m.%Y | Quê quán=-:origin77"
        " | Nơi ở hiện nay=address:militia_addr77 | Nghề nghiệp=-:trade77"
        " | SĐT=phone:phone_dotted | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "tahwilat_naqdiya_ps77",
        "الرقم=row | رقم الهوية=national_id:ps_id77 | الاسم الأول=given_name:ps_given77"
        " | اسم الأب=-:ps_father77 | اسم الجد=-:ps_grand77 | اسم العائلة=family_name:ps_family77"
        " | تاريخ الميلاد=birth_date@%d/%m/%Y | الجنس=sex:ps_sex77"
        " | الحالة الاجتماعية=-:ps_civil77 | المحافظة=state:ps_governorate77"
        " | التجمع السكاني=district:ps_locality77 | العنوان=address:ps_address77"
        " | رقم الجوال=phone:ps_phone77 | عدد أفراد الأسرة=-:ps_members77"
        " | اسم الزوج/الزوجة=-:ps_spouse77 | رقم هوية الزوج/الزوجة=-:ps_spouse_id77"
        " | فئة الفقر=-:ps_poverty77 | قيمة الدفعة (شيكل)=-:ps_amount77"
        " | تاريخ الصرف=date@%d/%m/%Y | البنك/الفرع=-:ps_bank77 | ملاحظات=-:ps_note77",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "awdat_konandagan_af77",
        "شماره / شمېره=row | نام / نوم=given_name:af_given77"
        " | نام پدر / د پلار نوم=-:af_father77 | نام پدرکلان / د نیکه نوم=-:af_grand77"
        " | تخلص=family_name:af_family77"
        " | نمبر تذکره الکترونیکی / د برېښنايي تذکرې شمېره=national_id:tazkira77"
        " | تاریخ تولد / د زیږیدو نېټه=birth_date:af_birth77 | جنسیت=sex:af_sex77"
        " | ولایت=state:af_province77 | ولسوالی / ولسوالۍ=district:af_district77"
        " | قریه / کلی=suburb:af_village77 | شماره تماس / د اړیکې شمېره=phone:af_phone77"
        " | کشور مهاجرت / د مهاجرت هېواد=-:af_host_country77"
        " | تاریخ عودت / د راستنېدو نېټه=date:af_return77"
        " | تعداد اعضای فامیل / د کورنۍ غړي=-:af_members77 | مبلغ (افغانی)=-:af_amount77"
        " | ملاحظات / یادونه=-:af_note77",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "pensiya_alyanlar_tm77",
        "T/b=row | Şahsy hasap belgisi=-:tm_account77 | Familiýasy=family_name:tm_family77"
        " | Ady=given_name:tm_given77 | Atasynyň ady=-:tm_patronymic77"
        " | Doglan senesi=birth_date@%d.%m.%Y | Jynsy=sex:tm_sex77"
        " | Pasportynyň seriýasy we belgisi=national_id:tm_passport77"
        " | Pasportyň berlen senesi=date:tm_passport_issued77"
        " | Ýaşaýan salgysy=address:tm_address77 | Welaýat=state:tm_welayat77"
        " | Etrap / şäher=district:tm_etrap77 | Telefon belgisi=phone:tm_phone77"
        " | Pensiýanyň görnüşi=-:tm_pension77 | Möçberi (manat)=-:tm_amount77"
        " | Bellenen senesi=date@%d.%m.%Y | Bellik=-:tm_note77",
        english=True,
        file="xlsx",
    ),
    _shape(
        "sandooq_alreaya_ye77",
        "م=row | رقم الحالة=-:ye_case77 | اسم المستفيد رباعيا مع اللقب=full_name:ye_name77"
        " | رقم البطاقة الشخصية=national_id:ye_id77 | تاريخ الميلاد=birth_date@%Y/%m/%d"
        " | الجنس=sex:ye_sex77 | المحافظة=state:ye_governorate77"
        " | المديرية=district:ye_district77 | القرية/الحي=suburb:ye_village77"
        " | رقم التلفون=phone:ye_phone77 | عدد أفراد الأسرة=-:ye_members77"
        " | اسم المستلم البديل=-:ye_substitute77 | صلة القرابة=-:ye_relation77"
        " | المبلغ (ريال)=-:ye_amount77 | تاريخ الصرف=date@%Y/%m/%d | ملاحظات=-:ye_note77",
        english=True,
        encoding="cp1256",
        delimiter=";",
    ),
    _shape(
        "safety_net_dis_ss77",
        "S/No=row | Household ID=-:ss_household77 | Beneficiary Name=full_name:ss_name77"
        " | National ID No.=national_id:ss_nid77 | Sex=sex:ss_sex77"
        " | Date of Birth=birth_date@%d/%m/%Y | State=state:ss_state77"
        " | County=district:ss_county77 | Payam=suburb:ss_payam77"
        " | Phone No.=phone:ss_phone77 | Alternate Payee=-:ss_alternate77"
        " | Relationship=-:ss_relation77 | Amount=-:ss_amount77"
        " | Payment Date=date@%d/%m/%Y | Remarks=-:ss_remark77",
        english=True,
    ),
)

#: How a 31 February reads in this part's date formats: every format it uses is known already.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("ps_id77", "tazkira77", "tm_passport77", "ye_id77", "ss_nid77")
SEX_HOLDS: tuple[str, ...] = ("ps_sex77", "af_sex77", "tm_sex77", "ye_sex77", "ss_sex77")
NAME_HOLDS = frozenset(
    {"caps77", "ps_given77", "ps_family77", "af_given77", "af_family77", "tm_family77"}
    | {"tm_given77", "ye_name77", "ss_name77"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "ps_phone77",
    "af_phone77",
    "tm_phone77",
    "ye_phone77",
    "ss_phone77",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("home77", "water_addr77", "militia_addr77", "tm_address77")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND77",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND77",
]
