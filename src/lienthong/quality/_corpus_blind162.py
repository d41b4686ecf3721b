"""The hundred-and-sixty-second part of the outside corpus, **blind 162** (written 22:40 UTC,
2026-12-06, never used for tuning): person files a district health centre's PrEP clinic, a
province's crop protection office listing growers certified VietGAP, a residential quarter's
youth union signing children up for the summer, a commune police post taking in weapons and
explosives, a Kurdistan Region ministry paying salaries through "My Account", Lebanon's Ministry of
Social Affairs issuing disability cards, a Syrian education directorate registering free
candidates for the secondary certificate, Palestine's Central Elections Commission and Oman's
Ministry of Housing could hand over.
Four Vietnamese files: PrEP clients, in UTF-8 with a BOM and semicolons (the client code, the
risk group, the regimen, the creatinine, the last HIV test, the day they started and the day they
come back, who referred them, the health insurance card, the time the row was updated); growers
certified VietGAP in Excel (the cooperative, the CCCD in groups, the
crop, the plot that is not their home, the area in hectares, the certificate number, the body
that certified it, the day it was issued and the day it runs out); children signed up for summer
activities in UTF-16 with tabs (the personal identification number, the school and class, the
parent and the parent's phone, the team, the talent, the fee); and weapons, explosives and
support tools handed in, in Windows-1258 with semicolons and headers without diacritics (the
birth day with dashes, what was handed in, how many, where it came from, the record number, the
officer).
Five foreign files: a Kurdistan Region salary list in UTF-16 with Sorani headers in Arabic script
(the three-part name, the mother's name, the twelve-digit national card, the biometric number,
the birth day as year/month/day, the ministry, the workplace, the grade, the salary in dinars, the
bank and the IBAN with its check digits, the mobile, the neighbourhood, alley and house, the
governorate, the day they were appointed); a Lebanese disability card register in Windows-1256
with semicolons and Arabic and French headers (the card number, given name and family name apart,
the father, the mother with her family name, the place of birth, the civil registry number and
its place, the identity card number, the kind of disability, the address, the mobile, the service
centre); Syrian free candidates for the secondary certificate in UTF-8 (the eleven-digit national
number, the name, the father and the mother, the place of birth, the branch, the governorate, the
address, the mobile, the seat number, the exam centre); a Palestinian voter register in UTF-8
with a BOM and Arabic and English headers (the identity number with its check digit, the
four-part name, the governorate and the locality, the polling centre and station, the mobile with
+970, the day registered); and Omani applications for a residential plot in Excel with Arabic and
English headers (the application number, the civil number, the name with bin and bint, the
marital status, the governorate, wilayat and village, the GSM with +968, the plan and plot, the
status).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind162_writers import WRITERS_BLIND162
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND162: tuple[Shape, ...] = (
    _shape(
        "khach_hang_dieu_tri_du_phong_truoc_phoi_nhiem_prep_ttyt_vn162",
        "STT=row | Mã KH PrEP=-:prep_code162 | Họ và tên=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính khi sinh=sex | Số CCCD=cccd"
        " | SĐT liên hệ=phone | Địa chỉ hiện tại=address | Nhóm nguy cơ=-:prep_group162"
        " | Ngày bắt đầu PrEP=date@%d/%m/%Y | Phác đồ=-:prep_regimen162"
        " | Creatinin (µmol/L)=-:prep_creat162 | KQ XN HIV lần gần nhất=-:prep_hiv162"
        " | Ngày hẹn tái khám=date:prep_next162 | Nguồn giới thiệu=-:prep_source162"
        " | Số thẻ BHYT=bhyt | Cập nhật lúc=timestamp",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "ho_san_xuat_duoc_cap_chung_nhan_vietgap_chi_cuc_ttbvtv_vn162",
        "TT=row | Tên HTX/THT=-:vg_coop162 | Họ và tên chủ hộ=full_name:full_name_caps"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd:cccd_spaced"
        " | Điện thoại=phone:phone_spaced"
        " | Địa chỉ thường trú=address | Cây trồng=-:vg_crop162"
        " | Vị trí vùng sản xuất=-:vg_plot162 | Diện tích (ha)=-:vg_area162"
        " | Sản lượng dự kiến (tấn/năm)=-:vg_yield162 | Số GCN VietGAP=-:vg_cert162"
        " | Tổ chức chứng nhận=-:vg_body162 | Ngày cấp=date@%d/%m/%Y"
        " | Ngày hết hạn=date:vg_expiry162",
        file="xlsx",
    ),
    _shape(
        "thieu_nhi_dang_ky_sinh_hoat_he_khu_pho_doan_phuong_vn162",
        "STT=row | Họ và tên thiếu nhi=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Học sinh trường=-:kid_school162"
        " | Lớp (NH 2024-2025)=-:kid_class162 | Họ tên cha/mẹ=-:kid_parent162"
        " | SĐT phụ huynh=-:kid_parent_phone162 | Nơi ở hiện nay=address"
        " | Chi đội=-:kid_team162 | Năng khiếu đăng ký=-:kid_talent162"
        " | Kinh phí=-:kid_fee162 | Ngày đăng ký=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "tiep_nhan_giao_nop_vu_khi_vat_lieu_no_cong_an_xa_vn162",
        "STT=row | Ho ten nguoi giao nop=full_name | Ngay sinh=birth_date@%d-%m-%Y"
        " | So CCCD=cccd | Noi cu tru=address | So DT=phone:phone_dotted"
        " | Loai VK, VLN, CCHT=-:wp_kind162 | So luong=-:wp_qty162"
        " | Nguon goc=-:wp_origin162 | Ngay giao nop=date@%d/%m/%Y"
        " | So bien ban=-:wp_case162 | Can bo tiep nhan=-:wp_officer162 | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "lista_mucha_hazhmari_min_wazarat_krd162",
        "ز=row | ناوی سیانی=full_name:ku_name162 | ناوی دایک=-:ku_mother162"
        " | ژمارەی کارتی نیشتمانی=national_id:ku_nid162 | ژمارەی بایۆمەتری=-:ku_bio162"
        " | ڕێکەوتی لەدایکبوون=birth_date@%Y/%m/%d | ڕەگەز=sex:ku_sex162"
        " | وەزارەت=-:ku_ministry162 | شوێنی کار=-:ku_workplace162 | پلەی وەزیفی=-:ku_grade162"
        " | مووچەی بنەڕەت (دینار)=-:ku_salary162 | بانک=-:ku_bank162"
        " | ژمارەی هەژمار (IBAN)=-:ku_iban162 | ژمارەی مۆبایل=phone:ku_phone162"
        " | ناونیشانی نیشتەجێبوون=address:ku_addr162 | پارێزگا=state:ku_gov162"
        " | ڕێکەوتی دامەزراندن=date:ku_hired162",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "bitaqat_almuaq_alshakhsiya_wizarat_alshuun_alijtimaiya_lb162",
        "الرقم=row | رقم البطاقة / N° de carte=-:lb_card162 | الاسم / Prénom=given_name:lb_given162"
        " | الشهرة / Nom=family_name:lb_family162 | اسم الأب / Père=-:lb_father162"
        " | اسم الأم وشهرتها / Mère=-:lb_mother162"
        " | تاريخ الولادة / Date de naissance=birth_date@%d/%m/%Y"
        " | محل الولادة / Lieu de naissance=-:lb_pob162 | رقم السجل / N° du registre=-:lb_sijil162"
        " | محل القيد=-:lb_qayd162 | رقم بطاقة الهوية=national_id:lb_id162"
        " | الجنس / Sexe=sex:lb_sex162 | نوع الإعاقة / Type de handicap=-:lb_dis162"
        " | العنوان / Adresse=address:lb_addr162 | الهاتف / Tél.=phone:lb_phone162"
        " | تاريخ الإصدار / Date d'émission=date@%d/%m/%Y"
        " | مركز الخدمات الإنمائية=-:lb_sdc162",
        english=True,
        encoding="cp1256",
        delimiter=";",
    ),
    _shape(
        "talab_alahrar_alshahada_althanawiya_mudiriyat_altarbiya_sy162",
        "م=row | الرقم الوطني=national_id:sy_nid162 | الاسم=given_name:sy_given162"
        " | النسبة=family_name:sy_family162 | اسم الأب=-:sy_father162 | اسم الأم=-:sy_mother162"
        " | محل الولادة=-:sy_pob162 | تاريخ الولادة=birth_date@%Y-%m-%d | الجنس=sex:sy_sex162"
        " | الفرع=-:sy_branch162 | المحافظة=state:sy_gov162 | عنوان السكن=address:sy_addr162"
        " | رقم الموبايل=phone:sy_phone162 | رقم الاكتتاب=-:sy_seat162"
        " | مركز الامتحان=-:sy_centre162 | تاريخ التسجيل=date@%d/%m/%Y",
        english=True,
    ),
    _shape(
        "sijil_alnakhibin_lajnat_alintikhabat_almarkaziya_ps162",
        "#=row | رقم الهوية / ID No.=national_id:ps_id162"
        " | الاسم الرباعي / Full Name=full_name:ps_name162 | الجنس / Gender=sex:ps_sex162"
        " | تاريخ الميلاد / Date of Birth=birth_date@%d/%m/%Y"
        " | المحافظة / Governorate=state:ps_gov162 | التجمع السكاني / Locality=district:ps_town162"
        " | مركز الاقتراع / Polling Centre=-:ps_centre162 | رقم المحطة / Station=-:ps_station162"
        " | رقم الجوال / Mobile=phone:ps_phone162 | تاريخ التسجيل / Registered=date@%d-%m-%Y"
        " | ملاحظات / Notes=-:ps_note162",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "talabat_alaradi_alsakaniya_wizarat_alisikan_om162",
        "م=row | رقم الطلب / Application No.=-:om_app162"
        " | الرقم المدني / Civil No.=national_id:om_civil162"
        " | اسم مقدم الطلب / Applicant Name=full_name:om_name162"
        " | الجنس / Gender=sex:om_sex162 | تاريخ الميلاد / Date of Birth=birth_date@%d/%m/%Y"
        " | الحالة الاجتماعية / Marital Status=-:om_marital162"
        " | المحافظة / Governorate=state:om_gov162 | الولاية / Wilayat=district:om_wilayat162"
        " | القرية / Village=suburb:om_village162 | رقم الهاتف / GSM=phone:om_phone162"
        " | نوع الأرض / Land Type=-:om_kind162 | المخطط / Plan=-:om_plan162"
        " | رقم القطعة / Plot No.=-:om_plot162"
        " | تاريخ تقديم الطلب / Application Date=date@%d/%m/%Y"
        " | حالة الطلب / Status=-:om_status162",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "ku_nid162",
    "lb_id162",
    "sy_nid162",
    "ps_id162",
    "om_civil162",
)
SEX_HOLDS: tuple[str, ...] = ("ku_sex162", "lb_sex162", "sy_sex162", "ps_sex162", "om_sex162")
NAME_HOLDS = frozenset(
    {
        "ku_name162",
        "lb_given162",
        "lb_family162",
        "sy_given162",
        "sy_family162",
        "ps_name162",
        "om_name162",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "ku_phone162",
    "lb_phone162",
    "sy_phone162",
    "ps_phone162",
    "om_phone162",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ku_addr162", "lb_addr162", "sy_addr162")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND162",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND162",
]
