"""The two-hundred-and-thirty-first part of the outside corpus, **blind 231** (written 07:05 UTC,
2026-12-07, never used for tuning): person files a youth cultural house's calligraphy class, a
ward Red Cross free-meal kitchen, a medicinal-herb cooperative in Sa Pa, a ward police station's
self-managed motorbike-taxi team, a South Tyrolean social district's home emergency call
service, Liechtenstein's office for supplementary pension benefits, an alpine pasture
cooperative in Vorarlberg, the hunting office of Graubünden and a hop farm in the Bavarian
Hallertau could hand over. Four Vietnamese files: the students of a calligraphy class, in UTF-8
with a BOM and tabs (the course, the teacher, the fee, the pen name, the e-mail); the volunteers
of a free-meal kitchen, in Windows-1258 with semicolons and headers without diacritics (their
school or trade, the shift, the task, the hours, the team leader); the households growing
medicinal herbs under a buy-back contract, in Excel (the ethnic group, the herb, the area, the
expected harvest, the contract, the price, the bank account); and the members of a motorbike-taxi
team at a provincial bus station, in UTF-16 with tabs (the badge, the plate, the driving licence,
the team head and his phone, the stand). Five foreign files: the subscribers of South Tyrol's
home emergency call, in UTF-8 with semicolons and German headers beside Italian (the codice
fiscale, the place of birth, the street, CAP and comune, a daughter to call, the device, the
social district, the monthly fee); the people drawing supplementary benefits to the AHV/IV pension
in Liechtenstein, in Excel (the AHV number, the pension, the monthly benefit in francs, the care
home, the guardian, the decision's day); the staff of Vorarlberg's alpine pastures, in
Windows-1252 with semicolons (the alp, the job, the SVNR, the days the cattle went up and came
down, the daily wage, the alp master); the hunting licences of Graubünden, in UTF-8 with Romansh
headers (the AHV number, the street, postcode and village, the licence, the district, the
shooting test, the calibre); and the hop pickers of a Hallertau farm, in Excel (the Steuer-ID,
the pension insurance number, the health insurer, the home, the work, the days employed, the
hourly wage).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind231_writers import WRITERS_BLIND231
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND231: tuple[Shape, ...] = (
    _shape(
        "hoc_vien_lop_thu_phap_nha_van_hoa_thanh_nien_vn231",
        "STT=row | Họ và tên học viên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Địa chỉ liên hệ=address"
        " | Điện thoại=phone | Email=email | Lớp / Khóa=-:class231"
        " | Giáo viên hướng dẫn=-:teacher231 | Học phí (đồng)=-:fee231"
        " | Bút hiệu=-:pen231 | Ngày nhập học=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "tinh_nguyen_vien_quan_com_0_dong_hoi_chu_thap_do_phuong_vn231",
        "TT=row | Ho ten TNV=full_name | Ngay thang nam sinh=birth_date@%d/%m/%Y | Gioi=sex"
        " | So CCCD=cccd:cccd_spaced | Dia chi thuong tru=address | Dien thoai=phone:phone_dotted"
        " | Don vi / Nghe nghiep=-:school231 | Ca truc=-:shift231 | Cong viec=-:task231"
        " | So gio TN tich luy=-:hours231 | Nhom truong=-:leader231"
        " | Ngay dang ky=date@%d/%m/%Y | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_trong_duoc_lieu_lien_ket_bao_tieu_htx_duoc_lieu_sa_pa_vn231",
        "STT=row | Họ tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Dân tộc=-:ethnic231 | Số CCCD=cccd | Địa chỉ=address | SĐT=phone:phone_spaced"
        " | Loại cây dược liệu=-:herb231 | Diện tích (m²)=-:area231"
        " | Sản lượng dự kiến (kg)=-:yield231 | Số HĐ bao tiêu=-:contract231"
        " | Giá thu mua (đ/kg)=-:price231 | Số TK ngân hàng=-:bank231"
        " | Ngày ký HĐ=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "to_xe_om_tu_quan_ben_xe_khach_tinh_cong_an_phuong_vn231",
        "TT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Nơi cư trú=address | SĐT=phone"
        " | Số thẻ / áo=-:badge231 | Biển số xe=-:plate231 | Số GPLX=-:licence231"
        " | Tổ trưởng=-:head231 | SĐT tổ trưởng=-:head_phone231 | Điểm đón khách=-:stand231"
        " | Ngày cấp thẻ=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hausnotruf_teilnehmer_utenti_telesoccorso_sozialsprengel_meran_it231",
        "Lfd. Nr. / N. prog.=row | Nachname / Cognome=family_name:st_family231"
        " | Vorname / Nome=given_name:st_given231 | Geschlecht / Sesso=sex:st_sex231"
        " | Geburtsdatum / Data di nascita=birth_date@%d.%m.%Y"
        " | Geburtsort / Luogo di nascita=-:st_born231"
        " | Steuernummer / Codice fiscale=national_id:st_cf231"
        " | Straße / Via=street:st_street231 | PLZ / CAP=postcode:st_cap231"
        " | Gemeinde / Comune=district:st_town231 | Telefon / Telefono=phone:st_phone231"
        " | Bezugsperson / Persona di riferimento=-:st_contact231"
        " | Tel. Bezugsperson / Tel. referente=-:st_contact_tel231"
        " | Gerät Nr. / N. apparecchio=-:st_device231"
        " | Sozialsprengel / Distretto sociale=-:st_sprengel231"
        " | Aktiviert am / Attivato il=date@%d.%m.%Y"
        " | Monatl. Beitrag / Quota mensile=-:st_fee231 | Status / Stato=-:st_status231",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "ergaenzungsleistungen_ahv_iv_bezueger_li231",
        "Nr.=row | Dossier-Nr.=-:li_file231 | AHV-Nr.=national_id:li_ahv231"
        " | Name=family_name:li_family231 | Vorname=given_name:li_given231"
        " | Geb.-Datum=birth_date@%d.%m.%Y | Geschlecht=sex:li_sex231"
        " | Strasse=street:li_street231 | PLZ=postcode:li_plz231"
        " | Wohngemeinde=district:li_town231 | Telefon=phone:li_phone231"
        " | Rentenart=-:li_pension231 | EL mtl. (CHF)=-:li_el231 | Aufenthalt=-:li_home231"
        " | Beistand=-:li_guard231 | Verfügung vom=date@%d.%m.%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "almpersonal_meldung_alpgenossenschaft_bregenzerwald_at231",
        "Lfd.Nr.=row | Alpe=-:at_alpe231 | Funktion=-:at_job231"
        " | Familienname=family_name:at_family231 | Vorname=given_name:at_given231"
        " | Geb.Dat.=birth_date@%d.%m.%Y"
        " | SV-Nr.=national_id:at_svnr231 | Wohnadresse=street:at_street231"
        " | PLZ=postcode:at_plz231 | Wohnort=district:at_town231"
        " | Tel./Handy=phone:at_phone231 | Auftrieb=date:at_up231 | Abtrieb=date:at_down231"
        " | Tageslohn brutto (€)=-:at_wage231 | ÖGK-Anmeldung=date@%d.%m.%Y"
        " | Alpmeister=-:at_boss231",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "patents_da_chatscha_uffizi_da_chatscha_e_pestga_grischun_ch231",
        "Nr.=row | Num da famiglia=family_name:rg_family231 | Prenum=given_name:rg_given231"
        " | Data da naschientscha=birth_date@%d.%m.%Y | Schlattaina=sex:rg_sex231"
        " | Nr. AVS=national_id:rg_ahv231 | Adressa=street:rg_street231"
        " | Nr. postal=postcode:rg_npa231 | Vischnanca=district:rg_town231"
        " | Telefon=phone:rg_phone231 | E-mail=email | Patent=-:rg_patent231"
        " | Nr. dal patent=-:rg_number231 | District da chatscha=-:rg_district231"
        " | Cumprova da tir=date:rg_shot231 | Calibre=-:rg_weapon231"
        " | Data da pajament=date@%d.%m.%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "erntehelfer_hopfenernte_hopfenbaubetrieb_hallertau_by231",
        "Lfd.=row | Pers.-Nr.=-:by_pnr231 | Name=family_name:by_family231"
        " | Vorname=given_name:by_given231 | Geb.-Datum=birth_date@%d.%m.%Y"
        " | Geschl.=sex:by_sex231 | Steuer-ID=national_id:by_steuer231"
        " | SV-Nummer=-:by_sv231 | Krankenkasse=-:by_kasse231"
        " | Straße, Hausnr.=street:by_street231 | PLZ=postcode:by_plz231"
        " | Ort=district:by_town231 | Handy=phone:by_phone231 | Tätigkeit=-:by_work231"
        " | Beschäftigt von=date:by_start231 | bis=date:by_end231"
        " | Stundenlohn=-:by_wage231",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "st_cf231",
    "li_ahv231",
    "at_svnr231",
    "rg_ahv231",
    "by_steuer231",
)
SEX_HOLDS: tuple[str, ...] = ("st_sex231", "li_sex231", "rg_sex231", "by_sex231")
NAME_HOLDS = frozenset(
    {
        "st_family231",
        "st_given231",
        "li_family231",
        "li_given231",
        "at_family231",
        "at_given231",
        "rg_family231",
        "rg_given231",
        "by_family231",
        "by_given231",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "st_phone231",
    "li_phone231",
    "at_phone231",
    "rg_phone231",
    "by_phone231",
)
#: addresses written with ``", "`` between their parts: none (every home is split).
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND231",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND231",
]
