"""The two-hundred-and-forty-ninth part of the outside corpus, **blind 249** (written 07:58 UTC,
2026-12-07, never used for tuning): person files an agricultural cooperative's rat campaign, a
Hanoi ward handing out parade tickets, a university's student affairs office, a provincial Youth
Union's mass wedding, an Aden dialysis centre, Dhofar's livestock directorate, a Tripoli
municipality's payroll, a Baghdad neighbourhood generator and Aleppo's earthquake damage
committees could hand over. Four Vietnamese files: a cooperative's list of households handing in
rat tails for the reward of a rat-killing campaign in Windows-1258 with semicolons (the hamlet,
the field, the number of tails, the reward, the crop season, the receiving officer); a ward's
list of residents given tickets to the A80 parade rehearsals in UTF-16 with tabs (the stand, the
ticket code, the seat, the session, the person who collected it for them, the residential
group, the date it was handed out); a university's list of students living off campus in Excel
(the student number, the class, the permanent address and the lodging address, the landlord and
his phone, a parent's phone, the rent); and a Youth Union's list of couples registered for a
mass wedding in UTF-8 with a BOM and semicolons (the spouse-to-be and his or her birth date, the
marriage certificate number and date, the workplace, the Youth Union branch).
Five foreign files: a Yemeni dialysis centre's patient register in Windows-1256 (the file number,
the four-part name, the personal card number, governorate and district, Yemeni mobiles, the
blood group, the sessions a week, the start date in Gregorian and in Hijri, the escort and his
phone); an Omani camel owners' register of Dhofar in UTF-8 with Arabic and English headers (the
civil number, the name with bin/bint, wilayat and village, +968 mobiles, the herd, the pen, the
microchip, the vet, the vaccine and its date); a Libyan municipal payroll in Excel (the national
number with its sex digit and birth year, the name in four columns, the mother's name, the
grade, the bank and account, the net salary, the date of appointment); a Baghdad generator's
subscriber list in UTF-16 with tabs (the unified national card, the housing card, the address
by mahalla, zuqaq and dar, the amperes, the line, the monthly fee); and an Aleppo earthquake
damage survey in UTF-8 with a BOM (the Syrian national number, the name with the father's and
mother's, the place of birth, the civil registry entry, the neighbourhood and the building, the
degree of damage, the committee, the date of the survey).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind249_writers import WRITERS_BLIND249
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND249: tuple[Shape, ...] = (
    _shape(
        "ho_nop_duoi_chuot_nhan_thuong_chien_dich_diet_chuot_htx_nong_nghiep_vn249",
        "TT=row | Họ tên chủ hộ=full_name | Năm sinh (ngày/tháng/năm)=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Thôn/xóm=-:hamlet249 | Xứ đồng=-:field249"
        " | Số đuôi chuột nộp (cái)=-:tails249 | Thành tiền (đ)=-:reward249"
        " | Vụ=-:crop249 | Ngày nộp=date@%d/%m/%Y | Người nhận=-:receiver249"
        " | SĐT=phone",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nguoi_dan_nhan_ve_xem_so_duyet_tong_duyet_dieu_binh_a80_ubnd_phuong_vn249",
        "STT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Số điện thoại=phone"
        " | Nơi ở hiện tại=address | Tổ dân phố=-:group249 | Khán đài=-:stand249"
        " | Mã vé=-:ticket249 | Vị trí=-:seat249 | Buổi=-:session249"
        " | Ngày phát vé=date@%d/%m/%Y | Người nhận thay=-:proxy249",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "sinh_vien_ngoai_tru_khai_bao_noi_o_phong_ctsv_truong_dai_hoc_vn249",
        "STT=row | Mã SV=-:student_no249 | Họ và tên SV=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Lớp=-:class249 | Số CCCD=cccd"
        " | Hộ khẩu thường trú=address | Địa chỉ ngoại trú=address:lodging249"
        " | Chủ nhà trọ=-:landlord249 | SĐT chủ trọ=-:landlord_phone249"
        " | SĐT SV=phone | SĐT phụ huynh=-:parent_phone249 | Tiền trọ/tháng=-:rent249"
        " | Ngày khai báo=date@%d/%m/%Y | Email SV=email",
        file="xlsx",
    ),
    _shape(
        "doan_vien_dang_ky_le_cuoi_tap_the_tinh_doan_vn249",
        "STT=row | Họ tên đoàn viên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | CCCD=cccd:cccd_spaced | Địa chỉ thường trú=address"
        " | Điện thoại=phone | Họ tên vợ/chồng sắp cưới=-:partner249"
        " | Ngày sinh vợ/chồng=-:partner_birth249 | Số GCN kết hôn=-:marriage_no249"
        " | Ngày ĐK kết hôn=date@%d/%m/%Y | Nơi công tác=-:unit249"
        " | Cơ sở Đoàn=-:youth249 | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "sijil_marda_markaz_alghasil_alkalawi_aden_ye249",
        "م=row | رقم الملف=-:file_ye249 | الاسم الرباعي=full_name:name_ye249"
        " | رقم البطاقة الشخصية=national_id:id_ye249 | تاريخ الميلاد=birth_date@%d/%m/%Y"
        " | الجنس=sex:sex_ye249 | المحافظة=state:gov_ye249 | المديرية=district:dist_ye249"
        " | رقم التلفون=phone:phone_ye249 | فصيلة الدم=-:blood_ye249"
        " | عدد الجلسات أسبوعياً=-:sessions_ye249 | تاريخ بدء الغسيل=date@%d/%m/%Y"
        " | الموافق=date:hijri_ye249 | اسم المرافق=-:escort_ye249"
        " | تلفون المرافق=-:escort_phone_ye249",
        english=True,
        encoding="cp1256",
    ),
    _shape(
        "sijil_mullak_alibil_dhofar_om249",
        "م / No.=row | الرقم المدني / Civil No.=national_id:civil_om249"
        " | اسم المالك / Owner Name=full_name:name_om249"
        " | تاريخ الميلاد / Date of Birth=birth_date@%d/%m/%Y"
        " | الولاية / Wilayat=district:wilayat_om249 | القرية / Village=suburb:village_om249"
        " | رقم الهاتف / GSM=phone:phone_om249 | عدد الإبل / Camels=-:camels_om249"
        " | رقم الحظيرة / Pen No.=-:pen_om249 | رقم الشريحة / Microchip=-:chip_om249"
        " | الطبيب البيطري / Vet=-:vet_om249 | التحصين / Vaccine=-:vaccine_om249"
        " | تاريخ التحصين / Date=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "kashf_murattabat_muwazzafi_baladiyat_tarabulus_ly249",
        "ت=row | الرقم الوطني=national_id:nid_ly249 | الاسم=given_name:given_ly249"
        " | اسم الأب=-:father_ly249 | اسم الجد=-:grand_ly249 | اللقب=family_name:family_ly249"
        " | اسم الأم=-:mother_ly249 | تاريخ الميلاد=birth_date@%d/%m/%Y"
        " | الجنس=sex:sex_ly249 | الرقم الوظيفي=-:staff_ly249 | الدرجة=-:grade_ly249"
        " | المصرف=-:bank_ly249 | رقم الحساب=-:account_ly249"
        " | صافي المرتب (د.ل)=-:salary_ly249 | رقم الهاتف=phone:phone_ly249"
        " | مكان الإقامة=district:city_ly249 | تاريخ التعيين=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "mushtarikin_muwallidat_ahliya_baghdad_iq249",
        "ت=row | اسم المشترك الرباعي=full_name:name_iq249"
        " | رقم البطاقة الوطنية الموحدة=national_id:card_iq249"
        " | رقم بطاقة السكن=-:housing_iq249 | تاريخ الولادة=birth_date@%d/%m/%Y"
        " | العنوان=address:addr_iq249 | رقم الموبايل=phone:phone_iq249"
        " | عدد الأمبيرات=-:amps_iq249 | نوع الخط=-:line_iq249"
        " | صاحب المولدة=-:owner_iq249 | رقم المولدة=-:gen_no_iq249"
        " | الاشتراك الشهري (دينار)=-:fee_iq249 | تاريخ الاشتراك=date@%d/%m/%Y",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "kashf_adrar_alzilzal_lijan_halab_sy249",
        "الرقم=row | الاسم=given_name:given_sy249 | اسم الأب=-:father_sy249"
        " | النسبة=family_name:family_sy249 | اسم الأم ونسبتها=-:mother_sy249"
        " | مكان الولادة=-:birthplace_sy249 | تاريخ الولادة=birth_date@%d/%m/%Y"
        " | الرقم الوطني=national_id:nid_sy249 | محل ورقم القيد=-:qaid_sy249"
        " | رقم الجوال=phone:phone_sy249 | الحي=suburb:hood_sy249"
        " | عنوان العقار المتضرر=address:addr_sy249 | درجة الضرر=-:damage_sy249"
        " | اللجنة=-:committee_sy249 | تاريخ الكشف=date@%d/%m/%Y"
        " | عدد أفراد الأسرة=-:members_sy249",
        english=True,
        encoding="utf-8-sig",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "id_ye249",
    "civil_om249",
    "nid_ly249",
    "card_iq249",
    "nid_sy249",
)
SEX_HOLDS: tuple[str, ...] = ("sex_ye249", "sex_ly249")
NAME_HOLDS = frozenset(
    {"name_ye249", "name_om249", "given_ly249", "family_ly249", "name_iq249"}
    | {"given_sy249", "family_sy249"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ye249",
    "phone_om249",
    "phone_ly249",
    "phone_iq249",
    "phone_sy249",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("lodging249", "addr_iq249", "addr_sy249")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND249",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND249",
]
