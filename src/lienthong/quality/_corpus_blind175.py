"""The hundred-and-seventy-fifth part of the outside corpus, **blind 175** (written 23:37 UTC,
2026-12-06, never used for tuning): person files a highland school, a traffic police service
point, a water company, a gold shop, a Bavarian sports club, a Lusatian farm, a
Flensburg cross-border advice desk, Vienna's municipal housing and Vorarlberg's family office
could hand over. Four Vietnamese files: a lower-secondary boarding school's list of pupils
receiving 15 kg of rice a month under Decree 116/2016, in UTF-16 with tabs (ethnic group, the
pupil's personal id, class, hamlet, guardian and his phone, distance to school, months, rice in
kg, date handed out); a traffic police service point's list of paper driving licences exchanged
for PET cards, in Windows-1258 with semicolons (the old licence number, classes, the date passed,
the issuing office, the channel, the fee, the status); a water company's list of meters replaced
on schedule, in Excel (customer code, the installation address, old meter and its last reading,
new meter, calibre, the fitter, who pays); and a gold shop's customer identification book in
UTF-8 with a BOM (buy or sell, the kind of gold, weight in chỉ, price, total, the clerk).
Five German-speaking files: a Bavarian sports club's coaches paid the Übungsleiterpauschale, in
Excel (Steuer-IdNr with its ISO 7064 check digit, Straße/PLZ/Ort/Ortsteil, the sport, the
licence, the amount, the IBAN); a Lusatian farm cooperative's seasonal workers with German and
Upper Sorbian headers, in UTF-8 (the Rentenversicherungsnummer, places in both languages, the
health insurer); a Flensburg cross-border commuters' advice desk with Danish and German headers,
in Windows-1252 with semicolons (the Steuer-IdNr, the Danish CPR number, the Danish employer,
the topic); Vienna's municipal-housing waiting list in Windows-1252 with semicolons (the SV-Nummer
with its check digit, the ZMR number, Gasse with Stiege and Tür, PLZ and Bezirk, the Wohn-Ticket,
the reason); and Vorarlberg's family-pass holders in Excel (the SV-Nummer, the bPK, Gemeinde and
Parzelle, the partner, the children).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind175_writers import WRITERS_BLIND175
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND175: tuple[Shape, ...] = (
    _shape(
        "hoc_sinh_huong_ho_tro_gao_nd116_truong_ptdtbt_vn175",
        "TT=row | Họ và tên học sinh=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | Dân tộc=-:ethnic175 | Số định danh cá nhân=cccd"
        " | Lớp=-:pupil_class175 | Thôn, bản (nơi thường trú)=address:hamlet175"
        " | Họ tên cha/mẹ (người giám hộ)=-:guardian175 | SĐT phụ huynh=-:guardian_phone175"
        " | K/c từ nhà đến trường (km)=-:distance175 | Số tháng hưởng=-:months175"
        " | Số gạo (kg)=-:rice175 | Ngày nhận=date@%d/%m/%Y | Ký nhận=-:sign175",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "doi_gplx_giay_sang_the_pet_diem_tiep_nhan_csgt_vn175",
        "STT=row | Ho ten nguoi de nghi=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | So CCCD=cccd:cccd_spaced | Noi cu tru=address | So GPLX cu=-:old_licence175"
        " | Hang=-:licence_class175 | Ngay trung tuyen=-:passed175 | Noi cap=-:issuer175"
        " | Ngay nop ho so=date@%d/%m/%Y | Hinh thuc nop=-:channel175 | Le phi (d)=-:fee175"
        " | SDT=phone | Trang thai=-:state175",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "thay_dong_ho_nuoc_dinh_ky_cong_ty_cap_nuoc_vn175",
        "STT=row | Mã KH=-:customer175 | Tên khách hàng=full_name | CCCD chủ hộ=cccd"
        " | Địa chỉ lắp đặt=address | Điện thoại=phone | Số ĐH cũ=-:meter_old175"
        " | Chỉ số chốt (m3)=-:reading175 | Số ĐH mới=-:meter_new175 | Cỡ ĐH=-:calibre175"
        " | Ngày thay=date@%d/%m/%Y | Nhân viên thi công=-:fitter175 | Chi phí=-:cost175"
        " | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "so_nhan_dien_khach_hang_giao_dich_vang_tiem_vang_vn175",
        "STT=row | Ngày GD=date@%d/%m/%Y | Họ tên KH=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD/ĐDCN=cccd | Địa chỉ=address | SĐT=phone"
        " | Mua/Bán=-:side175 | Loại vàng=-:gold175 | TL (chỉ)=-:weight175"
        " | Đơn giá (đ/chỉ)=-:price175 | Thành tiền=-:total175 | NV giao dịch=-:clerk175",
        encoding="utf-8-sig",
    ),
    _shape(
        "uebungsleiter_pauschale_tsv_by175",
        "Lfd. Nr.=row | Name=family_name:by_family175 | Vorname=given_name:by_given175"
        " | Geb.-Datum=birth_date@%d.%m.%Y | m/w/d=sex:sex_by175"
        " | Steuer-IdNr.=national_id:steuer175 | Straße, Hausnr.=street:by_street175"
        " | PLZ=postcode:by_plz175 | Ort=district:by_ort175 | Ortsteil=suburb:by_ortsteil175"
        " | Telefon=phone:phone_by175 | E-Mail=email | Abteilung=-:sparte175"
        " | Lizenz=-:licence_by175 | Pauschale 2026=-:pauschale175 | IBAN=-:iban175"
        " | Vertrag seit=date@%d.%m.%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "saisonkraefte_agrargenossenschaft_lausitz_sn175",
        "Nr. / Čo.=row | Nachname / Swójbne mjeno=family_name:sb_family175"
        " | Vorname / Předmjeno=given_name:sb_given175"
        " | Geburtsdatum / Datum narodźenja=birth_date@%d.%m.%Y | Geschlecht / Splah=sex:sex_sb175"
        " | Rentenversicherungsnummer / Čisło rentoweho zawěsćenja=national_id:rvnr175"
        " | Straße / Dróha=street:sb_street175 | PLZ / Póstowe wodźenske čisło=postcode:sb_plz175"
        " | Ort / Městno=district:sb_ort175 | Ortsteil / Wjesny dźěl=suburb:sb_ortsteil175"
        " | Telefon=phone:phone_sb175 | Krankenkasse / Hladanska kasa=-:kasse175"
        " | Tätigkeit / Dźěło=-:job_sb175 | Beginn / Spočatk=date@%d.%m.%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "grenzpendler_beratung_regionskontor_flensburg_sh175",
        "Nr.=row | Efternavn / Nachname=family_name:dk_family175"
        " | Fornavn / Vorname=given_name:dk_given175"
        " | Fødselsdato / Geburtsdatum=birth_date@%d-%m-%Y | Køn / Geschlecht=sex:sex_fl175"
        " | Skatte-ID (Steuer-IdNr.)=national_id:steuer_fl175 | CPR-nr.=-:cpr175"
        " | Adresse / Anschrift=street:fl_street175 | Postnr. / PLZ=postcode:fl_plz175"
        " | By / Ort=district:fl_ort175 | Telefon=phone:phone_fl175 | E-mail=email"
        " | Arbejdsgiver i DK / Arbeitgeber=-:employer_dk175 | Emne / Thema=-:topic175"
        " | Dato for rådgivning / Beratungsdatum=date@%d-%m-%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "wohnungsvormerkung_wiener_wohnen_w175",
        "Pos.=row | Familienname=family_name:w_family175 | Vorname=given_name:w_given175"
        " | Geburtsdatum=birth_date@%d.%m.%Y | Geschlecht=sex:sex_w175"
        " | SV-Nummer=national_id:svnr_w175 | ZMR-Zahl=-:zmr175"
        " | Hauptwohnsitz (Gasse/Stiege/Tür)=street:w_addr175 | PLZ=postcode:w_plz175"
        " | Bezirk=suburb:w_bezirk175 | Telefon=phone:phone_w175"
        " | Hauptwohnsitz seit=date@%d.%m.%Y | Wohn-Ticket Nr.=-:ticket175"
        " | Haushaltsgröße=-:household175 | Begründeter Wohnbedarf=-:grund175",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "familienpass_inhaber_land_vorarlberg_v175",
        "Nr=row | Familienpass-Nr.=-:pass175 | Zuname=family_name:v_family175"
        " | Vorname=given_name:v_given175 | Geb.Dat.=birth_date@%d.%m.%Y"
        " | Versicherungsnummer=national_id:svnr_v175 | bPK (AS)=-:bpk175"
        " | Straße=street:v_street175 | PLZ=postcode:v_plz175 | Gemeinde=district:v_gemeinde175"
        " | Parzelle/Ortsteil=suburb:v_parzelle175 | Tel.=phone:phone_v175 | E-Mail=email"
        " | Partner/in=-:partner175 | Anzahl Kinder=-:kids175 | Ausgestellt am=date@%d.%m.%Y",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("steuer175", "rvnr175", "steuer_fl175", "svnr_w175", "svnr_v175")
SEX_HOLDS: tuple[str, ...] = ("sex_by175", "sex_sb175", "sex_fl175", "sex_w175")
NAME_HOLDS = frozenset(
    {"by_family175", "by_given175", "sb_family175", "sb_given175", "dk_family175", "dk_given175"}
    | {"w_family175", "w_given175", "v_family175", "v_given175"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_by175",
    "phone_sb175",
    "phone_fl175",
    "phone_w175",
    "phone_v175",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("hamlet175",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND175",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND175",
]
