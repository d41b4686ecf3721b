"""The hundred-and-eighty-fourth part of the outside corpus, **blind 184** (written 01:29 UTC,
2026-12-07, never used for tuning): person files a Ha Tinh commune paying fishermen for the 2016
marine pollution, a mountain district health centre, a provincial culture department, a district
tuberculosis unit, a Shiraz bank branch, Herat's education directorate, a Peshawar hospital's
Sehat Card desk, Pamir Energy in Khorog and Basra's social protection directorate could hand
over. Four Vietnamese files: fishermen and salt workers paid damages for the marine incident, in
Windows-1258 with semicolons and headers without diacritics (the trade, the boat's registration,
its horsepower, the months lost, the amount, the day paid, who signed); village midwives on the
district allowance in Meo Vac, in Excel (the ethnicity, the village, the commune alone, the
training, the births attended, the allowance coefficient, the bank account); ca tru artists paid
to pass the art on, in UTF-8 with a BOM and semicolons (the role in the troupe,
the title, the club, the pupils, the monthly stipend, the decision day); and a district
tuberculosis treatment register in UTF-16 with tabs (the register number, the classification,
the history, the regimen, the HIV test, the treatment supporter with his phone, the outcome).
Five foreign files: an Iranian bank's marriage-loan applicants in Excel (given and family names
apart, the father's name, the کد ملی, the shenasnameh number, Solar Hijri birth dates in Latin
digits and the marriage contract's in Persian digits, the spouse's کد ملی and name, the marriage
office, the loan, the guarantor, an address with Persian commas, the ten-digit postcode); Herat
teachers' payroll with Dari and Pashto headers in UTF-8 with a BOM (the name, father's and
grandfather's names, the e-Tazkira, Solar Hijri dates, ذکور/اناث, the grade, the school and its
district, the salary, the bank account, the home); a Peshawar Sehat Card Plus admissions list
with English and Urdu headers (S/O, D/O, W/O, the CNIC, the hospital ward, the procedure, the
claim); Pamir Energy's subscribers in Khorog in Tajik Cyrillic (the account, the passport, the
meter, the tariff, the kWh, the debt in somoni, the inspector); and Basra's social protection
beneficiaries in Windows-1256 with tabs (the four-part name and the laqab apart, the mother's
name, the unified national card, the qada alone, a mahalla-zuqaq-dar address, the category, the
grant).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind184_writers import WRITERS_BLIND184
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND184: tuple[Shape, ...] = (
    _shape(
        "ngu_dan_nhan_boi_thuong_su_co_moi_truong_bien_formosa_ha_tinh_vn184",
        "TT=row | Ho va ten chu ho=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | So CCCD=cccd | Dia chi=address:addr_ht184 | Nganh nghe bi anh huong=-:trade184"
        " | So dang ky tau ca=-:boat184 | Cong suat (CV)=-:hp184"
        " | So thang thiet hai=-:months184 | So tien boi thuong (dong)=-:amount184"
        " | Ngay nhan tien=date@%d/%m/%Y | Ky nhan=-:signed184",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "co_do_thon_ban_huong_phu_cap_ttyt_huyen_meo_vac_ha_giang_vn184",
        "STT=row | Họ và tên cô đỡ=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Dân tộc=-:ethnic184 | Số CCCD=cccd | Thôn/bản hoạt động=-:village184"
        " | Xã=ward:ward_mv184 | Trình độ đào tạo=-:training184"
        " | Số ca đỡ đẻ tại nhà (năm)=-:births184 | Hệ số phụ cấp=-:coef184"
        " | Số ĐT=phone | Ngày bắt đầu hoạt động=date@%d/%m/%Y"
        " | Số TK ngân hàng (Agribank)=-:account184",
        file="xlsx",
    ),
    _shape(
        "nghe_nhan_ca_tru_huong_ho_tro_truyen_day_so_vhttdl_vn184",
        "STT=row | Họ tên nghệ nhân=full_name | Ngày sinh=birth_date@%-d/%-m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Vai trò=-:ct_role184 | Danh hiệu=-:ct_title184"
        " | CLB/Giáo phường=-:ct_club184 | Nơi thường trú=address | Điện thoại=phone"
        " | Số học trò đang truyền dạy=-:pupils184 | Mức hỗ trợ (đ/tháng)=-:stipend184"
        " | Ngày QĐ hỗ trợ=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "so_dang_ky_dieu_tri_benh_lao_to_chong_lao_huyen_vn184",
        "TT=row | Số ĐKĐT=-:tb_no184 | Họ và tên người bệnh=full_name | Giới=sex"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số định danh cá nhân=cccd | Địa chỉ=address"
        " | SĐT=phone | Phân loại bệnh=-:tb_class184 | Tiền sử điều trị=-:tb_history184"
        " | Phác đồ=-:regimen184 | Ngày bắt đầu ĐT=date@%d/%m/%Y | XN HIV=-:hiv184"
        " | Người hỗ trợ điều trị=-:dot184 | Kết quả điều trị=-:tb_outcome184",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "fehrest_motaqaziyan_vam_ezdevaj_bank_melli_shiraz_ir184",
        "ردیف=row | نام=given_name:ir_given184 | نام خانوادگی=family_name:ir_family184"
        " | نام پدر=-:ir_father184 | کد ملی=national_id:melli_ir184"
        " | شماره شناسنامه=-:ir_shen184 | تاریخ تولد=birth_date:ir_birth184"
        " | کد ملی همسر=-:ir_spouse_melli184 | نام و نام خانوادگی همسر=-:ir_spouse184"
        " | تاریخ عقد=date:ir_aqd184 | دفترخانه ثبت ازدواج=-:ir_office184"
        " | مبلغ وام (ریال)=-:ir_loan184 | ضامن=-:ir_guarantor184"
        " | تلفن همراه=phone:phone_ir184 | نشانی=address:ir_addr184"
        " | کد پستی=postcode:ir_post184 | وضعیت پرونده=-:ir_status184",
        english=True,
        file="xlsx",
    ),
    _shape(
        "fehrest_maash_moalemin_riyasat_maaref_herat_af184",
        "شماره=row | نام / نوم=given_name:af_given184 | نام پدر / د پلار نوم=-:af_father184"
        " | نام پدرکلان / د نيكه نوم=-:af_grand184 | تخلص=family_name:af_family184"
        " | نمبر تذکره / د تذکرې شمېره=national_id:tazkira_af184"
        " | تاریخ تولد / د زیږیدو نیټه=birth_date:af_birth184 | جنسیت=sex:sex_af184"
        " | رتبه=-:af_grade184 | بست / دنده=-:af_post184 | مکتب / ښوونځی=-:af_school184"
        " | ولسوالی مکتب=-:af_dist184 | سکونت فعلی / اوسنۍ استوګنځی=address:af_home184"
        " | معاش (افغانی)=-:af_salary184 | نمبر حساب بانکی=-:af_account184"
        " | شماره تماس / د اړیکې شمېره=phone:phone_af184 | تاریخ تقرر=date:af_hire184",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "sehat_card_plus_admissions_lady_reading_peshawar_pk184",
        "S.No=row | Visit ID=-:kp_visit184 | Patient Name / مریض کا نام=full_name:kp_name184"
        " | S/O, D/O, W/O / ولدیت=-:kp_father184 | CNIC / شناختی کارڈ نمبر=national_id:cnic_pk184"
        " | Gender=sex:sex_pk184 | Date of Birth=birth_date@%d-%m-%Y"
        " | Mobile No. / موبائل نمبر=phone:phone_pk184 | District / ضلع=district:kp_dist184"
        " | Address / پتہ=address:kp_addr184 | Hospital=-:kp_hosp184 | Ward=-:kp_ward184"
        " | Admission Date=date@%d-%m-%Y | Discharge Date=date:kp_discharge184"
        " | Procedure / Diagnosis=-:kp_proc184 | Claim Amount (Rs.)=-:kp_claim184"
        " | Claim Status=-:kp_status184",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "ruykhati_mushtariyoni_pamir_energy_khorugh_vmkb_tj184",
        "№=row | Ҳисоби шахсӣ=-:acct_tj184 | Насаб ва ном=full_name:tj_name184"
        " | Санаи таваллуд=birth_date@%d.%m.%Y | Шиноснома=national_id:passport_tj184"
        " | Суроға=address:tj_addr184 | Телефон=phone:phone_tj184"
        " | Рақами ҳисобкунак=-:meter_tj184 | Тариф=-:tariff_tj184"
        " | Истеъмол (кВт·с)=-:kwh_tj184 | Қарз (сомонӣ)=-:debt_tj184"
        " | Санаи пардохти охирин=date@%d.%m.%Y | Назоратчӣ=-:inspector_tj184",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "shabakat_alhimaya_alijtimaiya_mustafidin_basra_iq184",
        "ت=row | الاسم الرباعي=full_name:iq_name184 | اللقب=family_name:iq_laqab184"
        " | اسم الأم الثلاثي=-:iq_mother184 | رقم البطاقة الوطنية=national_id:card_iq184"
        " | تاريخ الولادة=birth_date@%d/%m/%Y | الجنس=sex:sex_iq184"
        " | الحالة الاجتماعية=-:iq_marital184 | عدد أفراد الأسرة=-:iq_members184"
        " | القضاء=district:iq_qada184 | عنوان السكن=address:iq_addr184"
        " | رقم الهاتف=phone:phone_iq184 | الفئة=-:iq_cat184"
        " | مبلغ الإعانة (دينار)=-:iq_amount184 | تاريخ الشمول=date@%d/%m/%Y"
        " | الباحث الاجتماعي=-:iq_researcher184",
        english=True,
        encoding="cp1256",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "melli_ir184",
    "tazkira_af184",
    "cnic_pk184",
    "passport_tj184",
    "card_iq184",
)
SEX_HOLDS: tuple[str, ...] = ("sex_af184", "sex_pk184", "sex_iq184")
NAME_HOLDS = frozenset(
    {"ir_given184", "ir_family184", "af_given184", "af_family184", "kp_name184"}
    | {"tj_name184", "iq_name184", "iq_laqab184"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ir184",
    "phone_af184",
    "phone_pk184",
    "phone_tj184",
    "phone_iq184",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_ht184", "af_home184", "kp_addr184", "tj_addr184")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND184",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND184",
]
