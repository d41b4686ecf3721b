"""The ninety-seventh part of the outside corpus, **blind 97** (written 17:00 UTC, 2026-12-06, never
used for tuning): person files a commune paying funeral allowances, a city's tax office, a
district's education office, a commune building village roads, a Saudi Hajj company, a Dubai
property manager, Jordan's Civil Service Bureau, Kirkuk's traffic directorate and a Kuwaiti
cooperative society could hand over. Four Vietnamese files: a Quảng Ngãi commune's list paying
the funeral allowance (mai táng phí) for social protection beneficiaries who died, in
Windows-1258 with semicolons (the deceased's name, birth date, CCCD and last home, the group
they were paid as, the day they died and the death extract's number, the relative who organised
the funeral with the relation, their own CCCD and phone, the amount in đồng, the decision, an
empty column for the signature); a Buôn Ma Thuột tax team's roll of non-agricultural land use
tax (thuế sử dụng đất phi nông nghiệp) in Excel (the taxpayer's MST, real Excel birth dates, the
CCCD, the address the notice is sent to beside the parcel's own address, map sheet and plot,
the area with decimals, the quota, the price per m², the tax in đồng, exemptions, the year, the
day of the notice); a Nghi Lộc district's list of teachers applying for promotion to a higher
professional rank (xét thăng hạng chức danh nghề nghiệp) in UTF-16 with tabs (a ``Nữ`` column
marked ``x`` for women and no sex column, the school, the post, the subject, the rank now held,
its code and the day it was given, the salary coefficient with a decimal comma, the degree, the
rank training certificate, the rank applied for, the result, the home and the phone); and a Hà
Tĩnh commune's list of households giving land for village roads (hiến đất làm đường) in UTF-8
with a BOM, semicolons and headers without diacritics (the CCCD in groups, the road, plot and
map sheet, the area given, the land type code, what stood on it, its value, the day the record
was signed, the cadastral officer). Five foreign files: a Saudi domestic pilgrims' list in UTF-8
with Arabic/English headers (the Hajj permit, the national ID or iqama with its Luhn digit, the
name in capitals in English and in Arabic, the nationality, citizens' birth dates in Hijri
``dd/mm/yyyy`` and residents' in Gregorian, ``05`` phones, the city, a woman's mahram with his
relation and his ID, the last Hajj, the package, its price in riyals, the camp in Mina); a Dubai
Ejari tenancy register in UTF-8 with a BOM and English/Arabic headers (the contract number, the
tenant's name in capitals, the Emirates ID 784-YYYY-NNNNNNN-C with its Luhn digit, the
nationality, ``Male``/``Female``, ``+971 50`` and ``050-`` phones, e-mail, the flat with its
building and community, the community alone, the Makani number, the landlord, the annual rent
and cheques, the contract's start and end, its status); Jordan's Civil Service Bureau job
applicants in Windows-1256 with semicolons and Arabic headers (the application number, the
national number beginning 9 or 2, the four-part name in columns, the degree, major, university,
graduation year and grade point average, the governorate and liwa apart, ``079`` phones, the
day applied, the competitive rank, the status); Kirkuk's driving licences in UTF-16 with tabs and
Arabic/Kurdish (Sorani) headers (the three-part name in Arabic or Kurdish spelling, the mother's
name, the twelve-digit unified card number, ``yyyy/mm/dd`` dates, bilingual sexes, the blood
group, governorate, qadha and neighbourhood apart, ``0770 123 4567`` phones, the licence class,
number, issue and expiry, the medical result); and a Kuwaiti cooperative society's shareholders
in Excel with Arabic headers (the shareholder number, the civil ID with its mod 11 digit, the
four-part name, the area and an address of block, street and house joined by dashes, eight-digit
phones, the shares and their value in dinars, the day subscribed, the year's purchases, the
dividend, the ration card, the status).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind97_writers import WRITERS_BLIND97
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND97: tuple[Shape, ...] = (
    _shape(
        "chi_tra_tro_cap_mai_tang_phi_vn97",
        "STT=row | Họ và tên người từ trần=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số ĐDCN=cccd | Nơi cư trú trước khi từ trần=address:funeral_addr97"
        " | Diện hưởng=-:funeral_group97 | Ngày từ trần=date@%d/%m/%Y"
        " | Số trích lục khai tử=-:death_extract97 | Người tổ chức mai táng=-:undertaker97"
        " | Quan hệ với người chết=-:undertaker_rel97 | Số CCCD người nhận=-:undertaker_id97"
        " | SĐT người nhận=-:undertaker_phone97 | Số tiền (đồng)=-:funeral_amount97"
        " | Số QĐ hỗ trợ=-:funeral_decision97 | Ký nhận=-:none97",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_bo_thue_sdd_phi_nong_nghiep_vn97",
        "STT=row | Mã số thuế=mst | Tên người nộp thuế=full_name"
        " | Ngày sinh=birth_date:excel_date | Số CCCD=cccd"
        " | Địa chỉ nhận thông báo thuế=address:taxhome_addr97"
        " | Địa chỉ thửa đất=-:parcel_addr97 | Tờ bản đồ số=-:map97 | Thửa đất số=-:plot97"
        " | Diện tích (m2)=-:land_area97 | Hạn mức (m2)=-:quota97"
        " | Giá 1 m2 đất (đồng)=-:land_price97 | Số thuế phải nộp (đồng)=-:land_tax97"
        " | Miễn, giảm=-:exempt97 | Năm tính thuế=-:tax_year97"
        " | Ngày ra thông báo=date:excel_event",
        file="xlsx",
    ),
    _shape(
        "xet_thang_hang_cdnn_giao_vien_vn97",
        "TT=row | Họ và tên=full_name | Ngày tháng năm sinh=birth_date@%d/%m/%Y"
        " | Nữ=sex:female_x97 | Số định danh cá nhân=cccd | Đơn vị công tác=-:school97"
        " | Chức vụ=-:post97 | Môn dạy=-:subject97 | Hạng CDNN hiện giữ=-:rank97"
        " | Mã số=-:rank_code97 | Ngày bổ nhiệm hạng hiện giữ=date:rank_date97"
        " | Hệ số lương=-:coef97 | Trình độ đào tạo=-:degree97"
        " | Chứng chỉ BD theo tiêu chuẩn CDNN=-:rank_cert97 | Hạng đăng ký xét=-:target97"
        " | Kết quả xét=-:result97 | Nơi ở hiện nay=address:teacher_addr97"
        " | Số điện thoại=phone",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hien_dat_lam_duong_gtnt_vn97",
        "STT=row | Ho va ten chu ho=full_name | Ngay sinh=birth_date@%d/%m/%Y | Gioi tinh=sex"
        " | So CCCD=cccd:cccd_spaced | Dia chi=address:donor_addr97 | Tuyen duong=-:road97"
        " | Thua dat so=-:plot_d97 | To ban do so=-:sheet_d97 | DT hien (m2)=-:donated97"
        " | Loai dat=-:land_kind97 | Tai san tren dat=-:assets97"
        " | Gia tri uoc tinh (dong)=-:value97 | Ngay ky bien ban=date@%d/%m/%Y"
        " | Can bo dia chinh=-:cadastral97 | SDT=phone:phone_spaced",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "hujjaj_aldakhil_sa97",
        "م No.=row | رقم التصريح Permit No.=-:permit_sa97"
        " | رقم الهوية/الإقامة ID/Iqama No.=national_id:id_sa97"
        " | الاسم (إنجليزي) Name=full_name:name_en_sa97 | الاسم (عربي)=full_name:name_ar_sa97"
        " | الجنسية Nationality=-:nat_sa97 | تاريخ الميلاد DOB=birth_date:birth_sa97"
        " | الجنس Gender=sex:sex_sa97 | رقم الجوال Mobile=phone:phone_sa97"
        " | المدينة City=district:city_sa97 | المحرم (صلة القرابة) Mahram=-:mahram_sa97"
        " | هوية المحرم Mahram ID=-:mahram_id_sa97 | آخر حج Last Hajj=-:last_hajj_sa97"
        " | الباقة Package=-:package_sa97 | المبلغ (ريال) Amount SAR=-:amount_sa97"
        " | المخيم Camp=-:camp_sa97 | تاريخ الحجز Booking Date=date@%Y-%m-%d",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "ejari_tenancy_register_dubai_ae97",
        "S.No=row | Ejari No. / رقم إيجاري=-:ejari_ae97"
        " | Tenant Name / اسم المستأجر=full_name:tenant_ae97"
        " | Emirates ID / رقم الهوية=national_id:eid_ae97 | Nationality / الجنسية=-:nat_ae97"
        " | Date of Birth / تاريخ الميلاد=birth_date@%d/%m/%Y | Gender / الجنس=sex:sex_ae97"
        " | Mobile / المتحرك=phone:phone_ae97 | Email / البريد الإلكتروني=email:email_ae97"
        " | Property / العقار=address:prop_ae97 | Community / المنطقة=suburb:community_ae97"
        " | Makani No. / رقم مكاني=-:makani_ae97 | Usage / الاستخدام=-:usage_ae97"
        " | Landlord / المؤجر=-:landlord_ae97 | Annual Rent (AED) / الإيجار السنوي=-:rent_ae97"
        " | No. of Cheques / عدد الشيكات=-:cheques_ae97"
        " | Start Date / تاريخ البداية=date@%d/%m/%Y | End Date / تاريخ النهاية=date:end_ae97"
        " | Status / الحالة=-:status_ae97",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "talabat_tawzif_diwan_khidma_jo97",
        "الرقم=row | رقم الطلب=-:app_jo97 | الرقم الوطني=national_id:nn_jo97"
        " | الاسم الأول=given_name:jo_given97 | اسم الأب=-:jo_father97 | اسم الجد=-:jo_grand97"
        " | اسم العائلة=family_name:jo_family97 | الجنس=sex:sex_jo97"
        " | تاريخ الميلاد=birth_date@%d/%m/%Y | المؤهل العلمي=-:degree_jo97"
        " | التخصص=-:major_jo97 | الجامعة=-:univ_jo97 | سنة التخرج=-:grad_jo97"
        " | المعدل التراكمي=-:gpa_jo97 | محافظة الإقامة=state:gov_jo97 | اللواء=district:liwa_jo97"
        " | رقم الهاتف الخلوي=phone:phone_jo97 | تاريخ تقديم الطلب=date@%d/%m/%Y"
        " | الدور التنافسي=-:rank_jo97 | حالة الطلب=-:status_jo97",
        english=True,
        encoding="cp1256",
        delimiter=";",
    ),
    _shape(
        "ijazat_alsaiq_kirkuk_iq97",
        "ت / ژ=row | الاسم الثلاثي / ناوی سیانی=full_name:iq_name97"
        " | اسم الأم / ناوی دایک=-:iq_mother97"
        " | رقم البطاقة الوطنية الموحدة / ژمارەی کارتی نیشتمانی=national_id:iq_card97"
        " | تاريخ الولادة / بەرواری لەدایکبوون=birth_date@%Y/%m/%d"
        " | الجنس / ڕەگەز=sex:sex_iq97 | فصيلة الدم / گرووپی خوێن=-:blood_iq97"
        " | المحافظة / پارێزگا=state:gov_iq97 | القضاء / قەزا=district:qadha_iq97"
        " | الحي / گەڕەک=suburb:hay_iq97 | رقم الهاتف / ژمارەی مۆبایل=phone:phone_iq97"
        " | صنف الإجازة / جۆری مۆڵەت=-:class_iq97 | رقم الإجازة / ژمارەی مۆڵەت=-:lic_iq97"
        " | تاريخ الإصدار / بەرواری دەرچوون=date@%Y/%m/%d"
        " | تاريخ النفاذ / بەرواری بەسەرچوون=date:expiry_iq97"
        " | الفحص الطبي / پشکنینی پزیشکی=-:medical_iq97",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "sijil_almusahimin_jamiya_kw97",
        "م=row | رقم المساهم=-:share_kw97 | الرقم المدني=national_id:civil_kw97"
        " | اسم المساهم=full_name:kw_name97 | تاريخ الميلاد=birth_date@%d/%m/%Y"
        " | الجنس=sex:sex_kw97 | المنطقة=suburb:area_kw97 | العنوان=address:addr_kw97"
        " | رقم الهاتف=phone:phone_kw97 | عدد الأسهم=-:shares_kw97"
        " | قيمة الأسهم (د.ك)=-:value_kw97 | تاريخ الاكتتاب=date:excel_event"
        " | مشتريات السنة (د.ك)=-:purchases_kw97 | نسبة الأرباح=-:dividend_kw97"
        " | رقم البطاقة التموينية=-:ration_kw97 | حالة المساهم=-:status_kw97",
        english=True,
        file="xlsx",
    ),
)

#: every date format of this part is one the corpus already knows how to spoil
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "id_sa97",
    "eid_ae97",
    "nn_jo97",
    "iq_card97",
    "civil_kw97",
)
SEX_HOLDS: tuple[str, ...] = (
    "female_x97",
    "sex_sa97",
    "sex_ae97",
    "sex_jo97",
    "sex_iq97",
    "sex_kw97",
)
NAME_HOLDS = frozenset(
    {"name_en_sa97", "name_ar_sa97", "tenant_ae97", "jo_given97", "jo_family97"}
    | {"iq_name97", "kw_name97"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_sa97",
    "phone_ae97",
    "phone_jo97",
    "phone_iq97",
    "phone_kw97",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "funeral_addr97",
    "taxhome_addr97",
    "teacher_addr97",
    "donor_addr97",
    "prop_ae97",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND97",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND97",
]
