"""The fiftieth part of the outside corpus, **blind 50** (written 10:47 UTC, 2026-12-06, never
used for tuning): person files a ward's committee for the elderly, a district's land registration
office, a commune's military command, a primary school's parents' association, a Flemish
municipality, the Ticino social insurance office, an Okinawan city, a Kerala grama panchayat and a
Tigrayan woreda office could hand over. Four Vietnamese files: a ward's list of elderly people
receiving longevity gifts (mừng thọ 70 to 100 and over) in Windows-1258 with semicolons (the
celebrated age, who gives the gift and how much, a relative who receives it for them, the day it
was handed over); a district's list of land-use right certificate holders in Excel (the
certificate's series and book number, the co-owning spouse and their CCCD, the map sheet and
plot, its area, use and term, the plot's own address, the day it was signed); a commune's
militia list in UTF-16 with tabs (the post and unit, ethnicity, schooling, party or youth union,
home province, the day they joined); and a school's parents' association list in UTF-8 with a
BOM, semicolons and unaccented headers (the pupil, the class and the pupil's birth date beside
the parent's name, CCCD, job, workplace, address, phone and post on the board).
Five foreign files: a Flemish carer's allowance list in Windows-1252 with semicolons (the
rijksregisternummer with its mod-97 check, street, house number and box apart, postcode and
gemeente, the person cared for, an IBAN); a Ticino health-insurance premium subsidy list in Excel
(the AVS number 756 with its EAN-13 digit, via, NPA and località, the insurer, the premium and
subsidy); an Okinawan benefit payment list in Shift_JIS (cp932) (the household head's name in
kanji and in katakana, the birth date in the Japanese era calendar, the My Number with its check
digit, the postcode, the bank); a Kerala welfare pension list in UTF-8 with Malayalam and English
headers (the Aadhaar with its Verhoeff digit, the father's or husband's name, the house name
address with its post office and PIN, the ration card); and a Tigrayan safety-net list in UTF-8
with tabs and Tigrinya headers in Ge'ez script (the Fayda number, the name with the father's
name, the birth date in the Ethiopian calendar, the age, the mother's name, woreda and tabia).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind50_writers import WRITERS_BLIND50
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND50: tuple[Shape, ...] = (
    _shape(
        "mung_tho_nguoi_cao_tuoi_vn50",
        "STT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date:elder_birth50"
        " | Giới tính=sex | Số ĐDCN=cccd:elder_cccd50 | Địa chỉ thường trú=address"
        " | Tuổi mừng thọ=-:tier50 | Cấp tặng=-:giver50 | Mức quà (đồng)=-:gift50"
        " | Hình thức=-:gift_item50 | Người nhận thay=-:proxy50"
        " | Quan hệ với NCT=-:proxy_rel50 | Ngày trao=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "cap_gcn_qsdd_vn50",
        "STT=row | Số phát hành GCN=-:seri50 | Số vào sổ cấp GCN=-:vaoso50"
        " | Họ và tên người sử dụng đất=full_name | Ngày sinh=birth_date:excel_date"
        " | Số CCCD=cccd | Địa chỉ thường trú=address"
        " | Người cùng sử dụng đất (vợ/chồng)=-:coowner50"
        " | Số CCCD người cùng SDĐ=-:coowner_cccd50 | Thửa đất - Tờ bản đồ số=-:sheet50"
        " | Thửa đất - Thửa số=-:plot50 | Diện tích  (m2)=-:area50 | Mục đích SD=-:purpose50"
        " | Thời hạn SD=-:term50 | Địa chỉ thửa đất=-:plot_addr50"
        " | Ngày ký GCN=date:excel_event | SĐT=phone",
        file="xlsx",
    ),
    _shape(
        "dan_quan_tu_ve_xa_vn50",
        "TT=row | Họ và tên=full_name | Ngày sinh=birth_date:militia_birth50 | Giới tính=sex"
        " | Số CCCD=cccd:militia_cccd50 | Chức vụ=-:post50 | Đơn vị=-:unit50"
        " | Dân tộc=-:ethnic50 | Trình độ VH=-:schooling50 | Đảng/Đoàn=-:party50"
        " | Quê quán=-:province | Nơi ở hiện nay=address | Ngày vào DQ=date@%d/%m/%Y"
        " | SĐT=phone | Ghi chú=-:mil_note50",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ban_dai_dien_cmhs_vn50",
        "STT=row | Ho ten hoc sinh=-:pupil50 | Lop=-:class50 | Ngay sinh HS=-:pupil_birth50"
        " | Ho ten cha/me (PHHS)=full_name | Quan he=-:parent_rel50 | So CCCD PHHS=cccd"
        " | Nghe nghiep=-:job50 | Noi cong tac=-:employer50 | Dia chi=address"
        " | SDT lien he=phone | Email=email | Chuc danh trong BDD=-:pa_role50"
        " | Ghi chu=-:pa_note50",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "mantelzorgpremie_be50",
        "Volgnummer=row | Rijksregisternummer=national_id:rrn_be50"
        " | Naam=family_name:be_family50 | Voornaam=given_name:be_given50"
        " | Geboortedatum=birth_date@%d/%m/%Y | Geslacht=sex:sex_be50"
        " | Straat=street:be_street50 | Huisnr.=-:be_nr50 | Bus=-:be_bus50"
        " | Postcode=postcode:be_pc50 | Gemeente=district:be_gem50 | GSM=phone:phone_be50"
        " | E-mailadres=email | Zorgbehoevende=-:be_caree50"
        " | Relatie tot zorgbehoevende=-:be_rel50 | Zorgprofiel=-:bel50"
        " | Bedrag/maand (EUR)=-:be_amount50 | Rekeningnummer=-:iban_be50"
        " | Datum beslissing=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "sussidio_premi_ripam_ti50",
        "N.=row | N. AVS=national_id:avs_ch50 | Cognome=family_name:ti_family50"
        " | Nome=given_name:ti_given50 | Data di nascita=birth_date@%d.%m.%Y"
        " | Sesso=sex:sex_ti50 | Stato civile=-:ti_civil50 | Indirizzo=street:ti_street50"
        " | NPA=postcode:ti_npa50 | Località=district:ti_loc50 | Telefono=phone:phone_ti50"
        " | Assicuratore malattie=-:ti_insurer50 | Premio mensile CHF=-:ti_premium50"
        " | Sussidio mensile CHF=-:ti_subsidy50 | Data decisione=date@%d.%m.%Y"
        " | Osservazioni=-:ti_note50",
        english=True,
        file="xlsx",
    ),
    _shape(
        "kyufukin_shikyu_okinawa_jp50",
        "No.=row | 世帯主氏名=full_name:jp_name50 | フリガナ=full_name:jp_kana50"
        " | 生年月日=birth_date:jp_birth50 | 性別=sex:sex_jp50 | 個人番号=national_id:mynumber50"
        " | 郵便番号=postcode:jp_post50 | 住所=address:jp_addr50 | 電話番号=phone:phone_jp50"
        " | 世帯人数=-:jp_members50 | 支給額（円）=-:jp_amount50 | 振込先金融機関=-:jp_bank50"
        " | 申請受付日=date@%Y/%m/%d | 備考=-:jp_note50",
        english=True,
        encoding="cp932",
    ),
    _shape(
        "welfare_pension_kerala_in50",
        "ക്രമ നമ്പർ / Sl. No.=row"
        " | ഗുണഭോക്താവിന്റെ പേര് / Name of Beneficiary=full_name:kl_name50"
        " | ആധാർ നമ്പർ / Aadhaar No.=national_id:aadhaar50"
        " | ജനന തീയതി / Date of Birth=birth_date@%d-%m-%Y | ലിംഗം / Gender=sex:sex_kl50"
        " | അച്ഛന്റെ / ഭർത്താവിന്റെ പേര് / Father's / Husband's Name=-:kl_guardian50"
        " | മേൽവിലാസം / Address=address:kl_addr50 | ജില്ല / District=district:kl_district50"
        " | പിൻകോഡ് / PIN=postcode:kl_pin50 | മൊബൈൽ നമ്പർ / Mobile No.=phone:phone_kl50"
        " | പെൻഷൻ ഇനം / Pension Type=-:kl_pension50 | തുക (₹) / Amount=-:kl_amount50"
        " | റേഷൻ കാർഡ് നമ്പർ / Ration Card No.=-:kl_ration50"
        " | അനുവദിച്ച തീയതി / Date of Sanction=date@%d-%m-%Y"
        " | മസ്റ്ററിങ് / Mustering Status=-:kl_status50",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "tsetsari_sefti_dihnet_tigray_et50",
        "ተ.ቁ=row | ቁጽሪ መንነት ፋይዳ=national_id:fayda50 | ሽምን ሽም ኣቦን=full_name:tg_name50"
        " | ጾታ=sex:sex_tg50 | ዕለት ልደት (ዓ.ም)=birth_date:tg_birth50 | ዕድመ=-:tg_age50"
        " | ሽም ኣደ=-:tg_mother50 | ወረዳ/ከተማ=district:woreda50 | ጣብያ=suburb:tabia50"
        " | ቁጽሪ ስልኪ=phone:phone_tg50 | ብዝሒ ኣባላት ስድራ=-:tg_size50"
        " | ዓይነት ተሳትፎ=-:tg_programme50 | ዝተመዝገበሉ ዕለት=date:tg_date50 | ርኢቶ=-:tg_remark50",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("rrn_be50", "avs_ch50", "mynumber50", "aadhaar50", "fayda50")
SEX_HOLDS: tuple[str, ...] = ("sex_be50", "sex_ti50", "sex_jp50", "sex_kl50", "sex_tg50")
NAME_HOLDS = frozenset(
    {"be_family50", "be_given50", "ti_family50", "ti_given50", "jp_name50", "jp_kana50"}
    | {"kl_name50", "tg_name50"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_be50",
    "phone_ti50",
    "phone_jp50",
    "phone_kl50",
    "phone_tg50",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("kl_addr50",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND50",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND50",
]
