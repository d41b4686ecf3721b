"""The hundred-and-eleventh part of the outside corpus, **blind 111** (written 19:23 UTC,
2026-12-06, never used for tuning): person files a ward police station, a ward's elderly
association, a provincial political school, a provincial employment service centre, a Turkish
family health centre, an Iranian employer, a camp office in Duhok, Jordan's civil health
insurance directorate and an Egyptian governorate's Hajj office could hand over. Four Vietnamese
files: a ward police station's list of households registering a security camera in UTF-8 with a
BOM and semicolons (the residential group, how many cameras and where, how they were paid for,
whether the ward's system sees them, the officer in charge, the installation date); an elderly
health club's members in Excel (the health insurance card, the branch, the
exercise, the yearly dues, the underlying illness, a relative to call and their phone); a Hmong
language course for commune cadres in Windows-1258 with tabs (ethnicity, post, unit, the
official email, the final score, the grade, the certificate's number and date); and the
candidates registering for the EPS-TOPIK Korean test in UTF-16 with tabs (the candidate number,
the name without diacritics, the passport, the sector, the centre, the date filed, the result).
Five foreign files: a Turkish family physician's registered people in Windows-1254 with
semicolons (the T.C. Kimlik No with its two check digits, father's and mother's names, the place
of birth, mahalle, the street line, ilçe and il, the physician and the health centre); an
Iranian employer's monthly social security list in UTF-8 with Persian headers (the کد ملی with
its check digit, the insurance number, the father's name, the birth certificate number and its
place of issue, birth and start dates in the Solar Hijri calendar, days worked, the daily wage in
Persian digits, the home address and its postcode); an IDP camp register in Duhok in Excel with
Arabic and Kurdish headers (the unified national card number, the four-part name, the mother's
name, the place of origin, the camp and the tent, the family size, the status); a Jordanian civil
health insurance list in Windows-1256 (the national number, the four names in columns, the
relation to the subscriber, the class, governorate and liwa, the health centre, the expiry
date); and an Egyptian Hajj lottery list in UTF-8 with a BOM (the 14-digit national number with
its century digit and governorate code, the four-part name, the passport, the kind of Hajj, a
woman's mahram and his relation, the result).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind111_writers import WRITERS_BLIND111
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND111: tuple[Shape, ...] = (
    _shape(
        "ho_dang_ky_lap_camera_an_ninh_vn111",
        "STT=row | Họ tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số định danh cá nhân=cccd | Địa chỉ lắp đặt=address | Tổ dân phố=-:tdp111"
        " | SĐT liên hệ=phone | SL camera=-:cam_count111 | Vị trí lắp=-:cam_spot111"
        " | Hình thức=-:cam_mode111 | Kết nối hệ thống CA phường=-:cam_link111"
        " | CB phụ trách=-:cam_officer111 | Ngày lắp đặt=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "hoi_vien_clb_duong_sinh_vn111",
        "TT=row | Họ và tên=full_name | Ngày tháng năm sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Số thẻ BHYT=bhyt | Chỗ ở hiện nay=address"
        " | Chi hội=-:branch111 | Môn tập=-:exercise111 | Ngày vào CLB=date@%d/%m/%Y"
        " | Hội phí (đ/năm)=-:dues111 | Bệnh nền=-:illness111"
        " | Người thân báo tin=-:kin111 | ĐT người thân=-:kin_phone111 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "hoc_vien_boi_duong_tieng_mong_can_bo_xa_vn111",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Dân tộc=-:ethnic111"
        " | Số CCCD=cccd | Chức vụ=-:post111 | Đơn vị công tác=-:unit111 | Điện thoại=phone"
        " | Email công vụ=email | Điểm cuối khóa=-:score111 | Xếp loại=-:grade111"
        " | Số chứng chỉ=-:certno111 | Ngày cấp CC=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "thi_sinh_dang_ky_thi_eps_topik_vn111",
        "STT=row | Số báo danh=-:sbd111 | Họ và tên (không dấu)=full_name:full_name_ascii"
        " | Giới tính=sex"
        " | Ngày sinh=birth_date@%Y-%m-%d | Số CCCD=cccd | Số hộ chiếu=-:passport111"
        " | Ngành đăng ký=-:sector111 | Hộ khẩu thường trú=address | Điện thoại=phone"
        " | Email=email | Ngày nộp hồ sơ=date@%d/%m/%Y | Nơi nộp hồ sơ=-:centre111"
        " | Kết quả=-:eps_result111",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "aile_hekimi_kayitli_kisiler_tr111",
        "Sıra No=row | T.C. Kimlik No=national_id:tc_tr111 | Adı=given_name:tr_given111"
        " | Soyadı=family_name:tr_family111 | Baba Adı=-:tr_father111"
        " | Anne Adı=-:tr_mother111 | Doğum Tarihi=birth_date@%d.%m.%Y"
        " | Cinsiyeti=sex:sex_tr111 | Doğum Yeri=-:tr_birthplace111 | Mahalle=suburb:mah_tr111"
        " | Cadde/Sokak/Kapı No=street:street_tr111 | İlçe=district:ilce_tr111"
        " | İl=state:il_tr111 | Cep Telefonu=phone:phone_tr111"
        " | Aile Hekimi=-:doctor_tr111 | ASM=-:asm_tr111 | Kayıt Tarihi=date@%d.%m.%Y",
        english=True,
        encoding="cp1254",
        delimiter=";",
    ),
    _shape(
        "list_bime_kargah_tamin_ejtemaei_ir111",
        "ردیف=row | شماره بیمه=-:ir_insured111 | کد ملی=national_id:melli_ir111"
        " | نام=given_name:ir_given111 | نام خانوادگی=family_name:ir_family111"
        " | نام پدر=-:ir_father111 | شماره شناسنامه=-:ir_shenasname111"
        " | تاریخ تولد=birth_date:ir_birth111 | محل صدور=-:ir_issue111"
        " | جنسیت=sex:sex_ir111 | ملیت=-:ir_nation111 | شغل=-:ir_job111"
        " | تاریخ شروع به کار=date:ir_start111 | روزهای کارکرد=-:ir_days111"
        " | دستمزد روزانه (ریال)=-:ir_wage111 | تلفن همراه=phone:phone_ir111"
        " | نشانی محل سکونت=address:ir_addr111 | کد پستی=postcode:ir_post111",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "tasjil_nazihin_mukhayyam_duhok_iq111",
        "ت / ژ=row | رقم العائلة / ژمارەی خێزان=-:iq_family_no111"
        " | الاسم الرباعي / ناوی چواری=full_name:iq_name111"
        " | اسم الأم / ناوی دایک=-:iq_mother111"
        " | رقم البطاقة الوطنية الموحدة / ژمارەی کارتی نیشتمانی=national_id:card_iq111"
        " | تاريخ الولادة / ڕێکەوتی لەدایکبوون=birth_date@%d/%m/%Y"
        " | الجنس / ڕەگەز=sex:sex_iq111 | المنطقة الأصلية / ناوچەی ڕەسەن=-:iq_origin111"
        " | المخيم / کەمپ=-:iq_camp111 | رقم الخيمة / ژمارەی چادر=-:iq_tent111"
        " | رقم الهاتف / ژمارەی مۆبایل=phone:phone_iq111"
        " | عدد أفراد الأسرة=-:iq_size111 | تاريخ الدخول / ڕێکەوتی هاتن=date@%d/%m/%Y"
        " | الحالة / دۆخ=-:iq_status111",
        english=True,
        file="xlsx",
    ),
    _shape(
        "mushtarikin_taamin_sihi_madani_jo111",
        "الرقم=row | رقم المؤمن له=-:jo_insured111 | الرقم الوطني=national_id:nn_jo111"
        " | الاسم الأول=given_name:jo_given111 | اسم الأب=-:jo_father111"
        " | اسم الجد=-:jo_grand111 | اسم العائلة=family_name:jo_family111"
        " | تاريخ الميلاد=birth_date@%Y/%m/%d | الجنس=sex:sex_jo111"
        " | صلة القرابة=-:jo_relation111 | فئة التأمين=-:jo_class111"
        " | المحافظة=state:jo_gov111 | اللواء=district:jo_liwa111"
        " | رقم الهاتف=phone:phone_jo111 | المركز الصحي=-:jo_centre111"
        " | تاريخ انتهاء التأمين=date@%d/%m/%Y",
        english=True,
        encoding="cp1256",
    ),
    _shape(
        "qurat_alhajj_mutaqaddimin_eg111",
        "م=row | الرقم القومي=national_id:nid_eg111 | الاسم رباعي=full_name:name_eg111"
        " | تاريخ الميلاد=birth_date@%d/%m/%Y | النوع=sex:sex_eg111"
        " | المحافظة=state:gov_eg111 | الحي / المركز=district:district_eg111"
        " | رقم المحمول=phone:phone_eg111 | رقم جواز السفر=-:passport_eg111"
        " | نوع الحج=-:hajj_eg111 | اسم المحرم=-:mahram_name_eg111"
        " | صلة المحرم=-:mahram_eg111 | تاريخ التقديم=date@%d/%m/%Y"
        " | نتيجة القرعة=-:result_eg111",
        english=True,
        encoding="utf-8-sig",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "tc_tr111",
    "melli_ir111",
    "card_iq111",
    "nn_jo111",
    "nid_eg111",
)
SEX_HOLDS: tuple[str, ...] = ("sex_tr111", "sex_ir111", "sex_iq111", "sex_jo111", "sex_eg111")
NAME_HOLDS = frozenset(
    {"tr_given111", "tr_family111", "ir_given111", "ir_family111", "iq_name111"}
    | {"jo_given111", "jo_family111", "name_eg111"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_tr111",
    "phone_ir111",
    "phone_iq111",
    "phone_jo111",
    "phone_eg111",
)
#: addresses written with ``", "`` between their parts: none of this part's own (the Iranian
#: address is written with the Persian comma).
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND111",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND111",
]
