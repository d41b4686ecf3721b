"""The two hundred and sixty-first part of the outside corpus, **blind 261** (written 08:53 UTC,
2026-12-07, never used for tuning): person files a commune handing breed chickens to poor
households, a district police office giving small tractors temporary plates, a traffic police
team listing impounded vehicles nobody came back for, a state treasury refunding traffic fines
paid twice, the Tel Aviv-Yafo municipality's residents' parking permits, an Arab town's welfare
department's food vouchers, a Haredi free-loan fund, a kibbutz's members' register and a Negev
Bedouin authority office in Be'er Sheva listing applicants for plots could hand over.
Four Vietnamese files: a commune's list of poor households receiving breed chickens and feed in
Windows-1258 with semicolons and headers without diacritics (the hamlet and commune in one cell,
the poor-household certificate, the breed, the chicks and the feed, the day handed out, the
agricultural officer); a district police list of small tractors and home-made three-wheelers
given temporary plates in UTF-16 with tabs (the vehicle, the engine and frame numbers, the year
made, the plate, what it carries, the day registered); a traffic police team's notice of
impounded motorbikes left unclaimed in UTF-8 with a BOM (the plate, the make, the penalty
decision, the parking lot, the day held, the days overdue); and a treasury's list of fines paid
twice and refunded in Excel (the decision number, the amount paid and refunded, the reason, the
bank and account, the receipt, the day refunded).
Five foreign files: a Tel Aviv-Yafo list of residents' parking permits in Windows-1255 with
Hebrew headers (the teudat zehut with its check digit, the street and house number apart, the
parking zone, the car number, its model and ownership, the permit's expiry); an Arab town's
welfare food vouchers in Windows-1256 with Arabic headers (the identity number, the three-part
name, the quarter, the household size, the voucher, the social worker); a Haredi free-loan fund
(gemach) in UTF-8 with Hebrew headers (the borrower's name and father's name, the address in
one cell, a kosher 05x number, the loan, the guarantor, the payments); a kibbutz's members'
register in Excel (the member number, the membership status, the work branch, the house, the
day accepted as a member); and a Bedouin plot applicants' list from Be'er Sheva in UTF-8 with a
BOM and Arabic headers (the four-part name with the tribe, the unrecognised village lived in
now, the town and quarter asked for, the plot, the wives and children counted).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind261_writers import WRITERS_BLIND261
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND261: tuple[Shape, ...] = (
    _shape(
        "ho_ngheo_nhan_ga_giong_thuc_an_ho_tro_sinh_ke_ubnd_xa_vn261",
        "TT=row | Ho ten chu ho=full_name:full_name_ascii | Nam sinh=birth_date@%d/%m/%Y"
        " | So CCCD=cccd | Thon, xa=address:hamlet261 | So GCN ho ngheo=-:poor_cert261"
        " | Giong ga=-:breed261 | SL ga (con)=-:chicks261 | Thuc an (kg)=-:feed261"
        " | Ngay cap=date@%d/%m/%Y | Can bo nong nghiep=-:officer261 | SDT=phone"
        " | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "chu_xe_cong_nong_may_keo_nho_cap_bien_so_tam_cong_an_huyen_vn261",
        "STT=row | Họ và tên chủ xe=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Nơi cư trú=address | Loại phương tiện=-:vehicle261"
        " | Số máy=-:engine261 | Số khung=-:frame261 | Năm SX=-:year261"
        " | Biển số tạm=-:tplate261 | Mục đích sử dụng=-:use261"
        " | Ngày đăng ký=date@%d/%m/%Y | Điện thoại=phone:phone_dotted",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "chu_phuong_tien_bi_tam_giu_qua_han_chua_den_nhan_doi_csgt_vn261",
        "STT=row | Biển kiểm soát=-:plate261 | Loại xe=-:kind261 | Nhãn hiệu=-:brand261"
        " | Họ tên chủ phương tiện=full_name | Năm sinh=birth_date@%d/%m/%Y"
        " | CCCD/ĐDCN=cccd:cccd_spaced | Địa chỉ đăng ký xe=address"
        " | QĐ xử phạt số=-:decision261 | Ngày tạm giữ=date@%d/%m/%Y"
        " | Nơi tạm giữ=-:lot261 | Số ngày quá hạn=-:days261 | SĐT=phone",
        encoding="utf-8-sig",
    ),
    _shape(
        "nguoi_nop_tien_phat_vphc_giao_thong_thua_trung_hoan_tra_kho_bac_vn261",
        "STT=row | Người nộp tiền=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Địa chỉ=address | Số QĐ xử phạt=-:fine_no261 | Số biên lai=-:receipt261"
        " | Số tiền đã nộp (đ)=-:paid261 | Số tiền hoàn trả (đ)=-:refund261"
        " | Lý do hoàn trả=-:reason261 | Ngân hàng=-:bank261 | Số tài khoản=-:acct261"
        " | Ngày hoàn trả=date@%d/%m/%Y | Điện thoại=phone | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "tav_chanaya_ezori_toshavim_iriyat_tel_aviv_yafo_il261",
        "מס' סידורי=row | מספר זהות=national_id:tz261 | שם משפחה=family_name:il_family261"
        " | שם פרטי=given_name:il_given261 | תאריך לידה=birth_date@%d/%m/%Y"
        " | רחוב=street:ta_street261 | מס' בית=-:ta_house261 | אזור חניה=-:ta_zone261"
        " | מספר רכב=-:car261 | יצרן/דגם=-:model261 | סוג בעלות=-:ownership261"
        ' | טלפון נייד=phone:phone_ta261 | דוא"ל=email | תוקף התו עד=date@%d/%m/%Y',
        english=True,
        encoding="cp1255",
    ),
    _shape(
        "qasaim_ghidhaiya_qism_alshuun_alijtimaiya_baladiyat_sakhnin_il261",
        "م=row | رقم الهوية=national_id:tz261 | الاسم الثلاثي=full_name:ar_full261"
        " | تاريخ الولادة=birth_date@%d/%m/%Y | الجنس=sex:sex_ar261"
        " | الحي=suburb:ar_hood261 | رقم الهاتف=phone:phone_ar261"
        " | عدد الأنفار=-:household261 | قيمة القسيمة=-:voucher261"
        " | المسؤول عن الملف=-:worker261 | تاريخ التسليم=date@%d/%m/%Y",
        english=True,
        encoding="cp1256",
    ),
    _shape(
        "gemach_halvaot_kehilat_bnei_brak_haredi_il261",
        "מס'=row | שם הלווה=full_name:hr_full261 | שם האב=-:hr_father261"
        ' | ת"ז=national_id:tz261 | כתובת=address:hr_addr261 | טלפון=phone:phone_hr261'
        ' | שם הגמ"ח=-:gemach261 | סכום ההלוואה=-:loan261 | ערב=-:guarantor261'
        " | מס' תשלומים=-:payments261 | אמצעי החזר=-:cheques261"
        " | תאריך ההלוואה=date@%d/%m/%Y | תאריך לידה=birth_date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "pinkas_chaverim_kibbutz_il261",
        "#=row | מס' חבר=-:member_no261 | שם משפחה=family_name:il_family261"
        " | שם פרטי=given_name:il_given261 | ת.ז.=national_id:tz261 | מין=sex:sex_he261"
        " | תאריך לידה=birth_date@%d.%m.%Y | מעמד=-:kib_status261"
        " | תאריך קבלה לחברות=date@%d.%m.%Y | ענף עבודה=-:branch261"
        ' | מגורים בקיבוץ=-:kib_house261 | נייד=phone:phone_kib261 | דוא"ל=email',
        english=True,
        file="xlsx",
    ),
    _shape(
        "talabat_qasaim_sulta_tatwir_wa_iskan_albadu_alnaqab_beer_sheva_il261",
        "الرقم=row | رقم الهوية=national_id:tz261 | الاسم الرباعي=full_name:bd_full261"
        " | العشيرة=-:tribe261 | تاريخ الميلاد=birth_date@%d/%m/%Y"
        " | مكان السكن الحالي=district:village261 | البلدة والحي المطلوب=-:bd_town261"
        " | رقم القسيمة=-:lot_no261 | عدد الزوجات=-:wives261 | عدد الأولاد=-:children261"
        " | الهاتف النقال=phone:phone_bd261 | تاريخ تقديم الطلب=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("tz261",)
SEX_HOLDS: tuple[str, ...] = ("sex_ar261", "sex_he261")
NAME_HOLDS = frozenset({"il_family261", "il_given261", "hr_full261", "ar_full261", "bd_full261"})
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ta261",
    "phone_ar261",
    "phone_hr261",
    "phone_kib261",
    "phone_bd261",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("hamlet261", "hr_addr261")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND261",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND261",
]
