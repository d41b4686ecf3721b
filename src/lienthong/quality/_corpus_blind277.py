"""The two-hundred-and-seventy-seventh part of the outside corpus, **blind 277** (written 10:02 UTC,
2026-12-07, never used for tuning): person files a Hai Phong women's union counselling centre, a
Hanoi animal rescue group, a university's Chinese testing centre, Hanoi's public transport
centre, the Lower Sorbian language school in Cottbus, the Föhr and Amrum ferry company, the
Danish health service in South Schleswig, an East Frisian Boßel club and a Munich festival tent
could hand over.
Four Vietnamese files: citizens about to marry a foreigner at a pre-marriage counselling session
in Windows-1258 with semicolons (the foreign spouse, the nationality, the spouse's year of birth,
how they met, the language level, the counsellor, the result and the certificate number); dogs
and cats adopted out by a rescue group in Excel (the animal's code, kind and name, its shots and
neutering, the fee, the volunteer in charge and that volunteer's phone, the time of the last
check-in); HSK candidates in UTF-16 with tabs and headers without diacritics (the ticket, the kind
of paper, the level, paper or computer, the fee, the room, the ISO exam day); and students' public
bike monthly passes in UTF-8 with semicolons (the account, the school, the plan, the usual
station, the rides, the wallet, the status, the time last updated).
Five German files of the regional and minority communities: Lower Sorbian course participants in
Cottbus with Lower Sorbian/German headers in UTF-8 (the places in both languages, the course,
where it is held, the employer, whether it is paid); Föhr and Amrum islanders' ferry cards with
Fering/German headers in UTF-8 with a BOM and semicolons (the card, the kind, the car plate, the
day of the registration certificate, the day it runs out); the Danish health service's home
nursing patients with Danish/German headers in ISO-8859-15 with semicolons (one address line
with PLZ and town, the health insurance and the Krankenversichertennummer, the next of kin and
their Danish phone, the nurse, the service, SSF membership); an East Frisian Boßel club's members
with Low German headers in Excel (the town and the village apart, the club, the class, the
district association, the fee); and a Munich Oktoberfest tent's staff sheet in Windows-1252 with
semicolons (the Steuer-ID with its ISO 7064 digit, the Rentenversicherungsnummer, the
Krankenversichertennummer and the identity card's serial beside it, the birth name and place,
the tent, the job, the wage, the first and last day).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind277_writers import WRITERS_BLIND277
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND277: tuple[Shape, ...] = (
    _shape(
        "cong_dan_ket_hon_nguoi_nuoc_ngoai_tu_van_tien_hon_nhan_trung_tam_hoi_lhpn_hai_phong_vn277",
        "STT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Nơi thường trú=address | Số ĐT=phone"
        " | Họ tên người dự định kết hôn=-:fm_spouse277 | Quốc tịch=-:fm_nation277"
        " | Năm sinh (người NN)=-:fm_spouse_year277 | Hình thức quen biết=-:fm_how277"
        " | Trình độ ngoại ngữ=-:fm_lang277 | Ngày tư vấn=date@%d/%m/%Y"
        " | Tư vấn viên=-:fm_officer277 | Kết quả=-:fm_result277 | Số GXN=-:fm_cert277",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nguoi_nhan_nuoi_cho_meo_cuu_ho_nhom_cuu_ho_dong_vat_ha_noi_vn277",
        "TT=row | Mã bé=-:pet_code277 | Loài/giống=-:pet_kind277 | Tên bé=-:pet_name277"
        " | Người nhận nuôi=full_name | NS=birth_date@%d/%m/%Y | CCCD=cccd:cccd_spaced"
        " | Địa chỉ nuôi=address | SĐT/Zalo=phone | Email=email"
        " | Tiêm phòng=-:pet_vax277 | Triệt sản=-:pet_neuter277"
        " | Ngày nhận=date@%d/%m/%Y | Phí hỗ trợ=-:pet_fee277 | TNV phụ trách=-:pet_vol277"
        " | SĐT TNV=-:pet_vol_phone277 | Check-in gần nhất=timestamp",
        file="xlsx",
    ),
    _shape(
        "thi_sinh_dang_ky_thi_hsk_trung_tam_khao_thi_tieng_trung_dai_hoc_vn277",
        "STT=row | So bao danh=-:hsk_sbd277 | Ho va ten=full_name | Gioi tinh=sex"
        " | Ngay sinh=birth_date@%Y-%m-%d | Quoc tich=-:hsk_nat277"
        " | Loai giay to=-:hsk_doc277 | So giay to=cccd | Dien thoai=phone | Email=email"
        " | Dia chi nhan chung chi=address | Cap do=-:hsk_level277"
        " | Hinh thuc=-:hsk_mode277 | Le phi (VND)=-:hsk_fee277 | Phong thi=-:hsk_room277"
        " | Ngay thi=date@%Y-%m-%d",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hoc_sinh_sinh_vien_dang_ky_goi_thang_xe_dap_cong_cong_trung_tam_gtcc_ha_noi_vn277",
        "STT=row | Mã TK=-:bike_acc277 | Họ tên KH=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số định danh cá nhân=cccd | SĐT đăng ký app=phone | Email=email"
        " | Địa chỉ liên hệ=address | Trường=-:bike_school277 | Gói cước=-:bike_plan277"
        " | Trạm hay thuê=-:bike_station277 | Số chuyến/tháng=-:bike_trips277"
        " | Số dư ví (đ)=-:bike_wallet277 | Ngày kích hoạt=date@%d/%m/%Y"
        " | Trạng thái=-:bike_status277 | Cập nhật=timestamp",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "wobznjawarje_recnych_kursow_serbska_recna_sula_chosebuz_sprachkurse_cottbus_dsb277",
        "Cysło / Nr.=row | Familijowe mě / Familienname=family_name:dsb_family277"
        " | Pśedmě / Vorname=given_name:dsb_given277"
        " | Datum naroźenja / Geburtsdatum=birth_date@%d.%m.%Y"
        " | Droga / Straße=street:dsb_street277 | PLC / PLZ=postcode:dsb_plz277"
        " | Městno / Ort=district:dsb_ort277 | Telefon=phone:dsb_phone277 | E-mail=email"
        " | Kurs=-:dsb_course277 | Wuknjeńske městno / Kursort=-:dsb_site277"
        " | Źěłodawaŕ / Arbeitgeber=-:dsb_employer277 | Zapłaśone / Bezahlt=-:dsb_paid277"
        " | Pśizjawjone / Angemeldet am=date@%d.%m.%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "insulanerkaarten_feer_oomram_insulanerkarten_wdr_foehr_amrum_frr277",
        "Nr.=row | Kaart-Nr. / Karten-Nr.=-:frr_card277"
        " | Efternööm / Nachname=family_name:frr_family277"
        " | Föörnööm / Vorname=given_name:frr_given277"
        " | Gebuurtsdai / Geburtsdatum=birth_date@%d.%m.%Y"
        " | Strat / Straße=street:frr_street277 | PLZ=postcode:frr_plz277"
        " | Gemeente / Gemeinde=district:frr_ort277 | Telefoon / Telefon=phone:frr_phone277"
        " | Slach faan kaart / Kartenart=-:frr_kind277 | Kfz-Kennzeichen=-:frr_plate277"
        " | Meldebescheinigung faan / vom=date@%d.%m.%Y"
        " | Gultag bit / gültig bis=-:frr_until277@%d.%m.%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "hjemmesygepleje_patienter_dansk_sundhedstjeneste_sydslesvig_haeusliche_pflege_sh277",
        "Løbenr. / Lfd. Nr.=row | Efternavn / Nachname=family_name:syd_family277"
        " | Fornavn / Vorname=given_name:syd_given277"
        " | Fødselsdato / Geburtsdatum=birth_date@%d.%m.%Y | Køn / Geschl.=sex:syd_sex277"
        " | Adresse / Anschrift=address:syd_addr277 | Telefon=phone:syd_phone277"
        " | Sygekasse / Krankenkasse=-:syd_kasse277"
        " | Versichertennr.=-:syd_kvnr277 | Pårørende / Angehörige=-:syd_kin277"
        " | Pårørendes tlf.=-:syd_kin_phone277 | Ansvarlig / Zuständig=-:syd_nurse277"
        " | Ydelse / Leistung=-:syd_service277 | Medlem SSF=-:syd_ssf277"
        " | Start=date@%d.%m.%Y",
        english=True,
        encoding="iso8859_15",
        delimiter=";",
    ),
    _shape(
        "liddenlist_kloot_un_bosselvereen_oostfreesland_mitgliederliste_bosseln_of277",
        "Nr.=row | Naam=family_name:of_family277 | Vörnaam=given_name:of_given277"
        " | Gebortsdag=birth_date@%d.%m.%Y | Straat un Huusnummer=street:of_street277"
        " | Postleitahl=postcode:of_plz277 | Wahnoort=district:of_ort277"
        " | Dörp=suburb:of_dorp277 | Telefoon=phone:of_phone277 | E-Mail=email"
        " | Vereen=-:of_club277 | Kreisverband=-:of_kreis277 | Spöölklass=-:of_class277"
        " | Bidrag (€)=-:of_fee277 | Lid siet=date@%d.%m.%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "personalstammblatt_aushilfen_festzelt_oktoberfest_wiesn_muenchen_by277",
        "Lfd.=row | Pers.-Nr.=-:muc_staff277 | Nachname=family_name:muc_family277"
        " | Vorname=given_name:muc_given277 | Geburtsname=-:muc_birthname277"
        " | Geburtsdatum=birth_date@%d.%m.%Y | Geburtsort=-:muc_born277"
        " | Geschlecht=sex:muc_sex277 | Staatsangehörigkeit=-:muc_nation277"
        " | Straße/Hausnr.=street:muc_street277 | PLZ=postcode:muc_plz277"
        " | Wohnort=district:muc_ort277 | Handy=phone:muc_phone277 | E-Mail=email"
        " | Steuer-ID=national_id:muc_steuer277 | RV-Nummer=-:muc_rvnr277"
        " | Krankenkasse=-:muc_kasse277 | KV-Nr.=-:muc_kvnr277"
        " | Personalausweis-Nr.=-:muc_ausweis277 | Festzelt=-:muc_tent277"
        " | Tätigkeit=-:muc_job277 | Stundenlohn (€)=-:muc_wage277"
        " | Eintritt=-:muc_in277@%d.%m.%Y | Austritt=-:muc_out277@%d.%m.%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("muc_steuer277",)
SEX_HOLDS: tuple[str, ...] = ("syd_sex277", "muc_sex277")
NAME_HOLDS = frozenset(
    {"dsb_family277", "dsb_given277", "frr_family277", "frr_given277", "syd_family277"}
    | {"syd_given277", "of_family277", "of_given277", "muc_family277", "muc_given277"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "dsb_phone277",
    "frr_phone277",
    "syd_phone277",
    "of_phone277",
    "muc_phone277",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("syd_addr277",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND277",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND277",
]
