"""The two-hundred-and-fifty-second part of the outside corpus, **blind 252** (written 08:00
UTC, 2026-12-07, never used for tuning): person files a provincial hospital's endoscopy unit, a
commune farmers' association, a rattan and bamboo weaving cooperative, a ward youth union, a
Hungarian county hunting chamber, the Prague 2 district office, a Slovenian volunteer fire
brigade, a Dalmatian town's harbour company and the Burgenland provincial government could hand
over. Four Vietnamese files: the people booked for stomach cancer screening by endoscopy, in
UTF-8 with a BOM and semicolons (the health insurance card, the symptoms, the Helicobacter test,
a relative and the relative's phone, the day booked, the finding, the doctor); the farmers at a
course on earthworm farming, in Windows-1258 with tabs and no diacritics in the headers (the
livestock they keep, the worm bed's area, the branch, the day of the course); the outworkers a
weaving cooperative hands rattan and bamboo work to, in Excel (the ware, the pieces a month,
the piece rate and the pay, the bank account, the day the goods came in, who delivered them);
and the young people in a bánh chưng contest, in UTF-16 with tabs (the team, the task, the youth
cell, the score, the prize). Five foreign files: the hunting licences of a Hungarian county
hunting chamber, in Windows-1250 with semicolons (the mother's name, the place of birth, the TAJ
and the adóazonosító jel, the postcode, town and street, the licence and the firearms permit,
dates written 2024. 03. 12.); the resident parking cards of Prague 2, in ISO-8859-2 with
semicolons (the rodné číslo, the street, PSČ and town, the registration plate, the zone, the
card's end, dates written 12. 3. 2024); the members of a Slovenian volunteer fire brigade, in
Windows-1250 (the EMŠO, the address with its post, the rank, the duty, the medical check's end);
the users of municipal berths in a Dalmatian harbour, in Excel (the OIB, the street, postcode
and town, the boat, its registration and length, the berth, the contract's end, dates written
12.03.2024.); and the applicants for the Burgenland heating subsidy, in UTF-8 with German
headers beside Croatian and Hungarian (the SVNR, the street, PLZ and municipality with its
Croatian or Hungarian name, the household, the heating, the amount granted).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind252_writers import WRITERS_BLIND252
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND252: tuple[Shape, ...] = (
    _shape(
        "nguoi_dang_ky_noi_soi_tam_soat_ung_thu_da_day_khoa_tieu_hoa_bvdk_tinh_vn252",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới=sex"
        " | Số CCCD=cccd | Số thẻ BHYT=-:bhyt | Địa chỉ thường trú=address | Số ĐT=phone"
        " | Triệu chứng=-:symptom252 | Tiền sử HP=-:hp252 | Người nhà liên hệ=-:kin252"
        " | SĐT người nhà=-:kin_phone252 | Ngày hẹn nội soi=date@%d/%m/%Y"
        " | Kết quả nội soi=-:scope252 | BS thực hiện=-:doctor252",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "hoc_vien_tap_huan_nuoi_giun_que_xu_ly_chat_thai_chan_nuoi_hoi_nong_dan_xa_vn252",
        "TT=row | Ho ten hoc vien=full_name | Ngay sinh=birth_date@%d/%m/%Y | Gioi tinh=sex"
        " | So CCCD=cccd:cccd_spaced | Noi o=address | Dien thoai=phone:phone_dotted"
        " | Quy mo chan nuoi=-:herd252 | Dien tich nuoi giun=-:area252"
        " | Chi hoi=-:branch252 | Ngay tap huan=date@%d/%m/%Y | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "tho_dan_lat_may_tre_nhan_hang_gia_cong_htx_lang_nghe_phu_vinh_vn252",
        "STT=row | Họ và tên thợ=full_name | Ngày tháng năm sinh=birth_date@%d/%m/%Y"
        " | CCCD=cccd | Nơi cư trú=address | ĐT=phone:phone_spaced | Mặt hàng=-:ware252"
        " | SL nhận (sp/tháng)=-:qty252 | Đơn giá (đ/sp)=-:price252 | Thành tiền (đ)=-:pay252"
        " | Số TK ngân hàng=-:account252 | Ngày nhận hàng=date@%d/%m/%Y"
        " | Người giao hàng=-:officer252",
        file="xlsx",
    ),
    _shape(
        "doan_vien_du_hoi_thi_goi_banh_chung_don_tet_doan_thanh_nien_phuong_vn252",
        "STT=row | Họ tên đoàn viên=full_name | NS=birth_date@%d/%m/%Y | Nam/Nữ=sex"
        " | CCCD/ĐDCN=cccd | Chỗ ở=address | Zalo/ĐT=phone | Đội thi=-:team252"
        " | Nhiệm vụ=-:role_team252 | Chi đoàn=-:cell252 | Điểm=-:score252"
        " | Giải=-:prize252 | Ngày thi=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "vadaszjegy_nyilvantartas_megyei_vadaszkamara_hu252",
        "Sorsz.=row | Vezetéknév=family_name:hu_family252 | Utónév=given_name:hu_given252"
        " | Anyja neve=-:hu_mother252 | Születési hely=-:hu_birthplace252"
        " | Születési idő=birth_date@%Y. %m. %d. | TAJ szám=-:hu_taj252"
        " | Adóazonosító jel=national_id:hu_ado252 | Irsz.=postcode:hu_irsz252"
        " | Település=district:hu_town252 | Közterület, házszám=street:hu_street252"
        " | Telefon=phone:hu_phone252 | Vadászjegy száma=-:hu_ticket252"
        " | Fegyvertartási eng. száma=-:hu_gun252 | Kamara=-:hu_kamara252"
        " | Kiállítva=date@%Y. %m. %d. | Érvényes=-:hu_valid252",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
    _shape(
        "parkovaci_opravneni_rezidentu_umc_praha_2_cz252",
        "Poř. č.=row | Příjmení=family_name:cz_family252 | Jméno=given_name:cz_given252"
        " | Rodné číslo=national_id:cz_rc252 | Datum narození=birth_date@%-d. %-m. %Y"
        " | Ulice, č. p./č. o.=street:cz_street252 | PSČ=postcode:cz_psc252"
        " | Obec=district:cz_town252 | Telefon=phone:cz_phone252 | E-mail=email"
        " | RZ vozidla=-:cz_plate252 | Typ oprávnění=-:cz_kind252 | Zóna=-:cz_zone252"
        " | Platnost od=date@%-d. %-m. %Y | Platnost do=-:cz_until252",
        english=True,
        encoding="iso-8859-2",
        delimiter=";",
    ),
    _shape(
        "evidenca_clanov_prostovoljno_gasilsko_drustvo_si252",
        "Zap. št.=row | Priimek in ime=full_name:si_full252 | EMŠO=national_id:si_emso252"
        " | Datum rojstva=birth_date@%-d. %-m. %Y | Spol=sex:si_sex252"
        " | Naslov=address:si_home252 | GSM=phone:si_phone252 | Čin=-:si_rank252"
        " | Funkcija=-:si_role252 | Zdravniški pregled velja do=-:si_medical252"
        " | Včlanjen=date@%-d. %-m. %Y",
        english=True,
        encoding="cp1250",
    ),
    _shape(
        "registar_korisnika_komunalnih_vezova_lucko_poduzece_hr252",
        "R. br.=row | Prezime=family_name:hr_family252 | Ime=given_name:hr_given252"
        " | OIB=national_id:hr_oib252 | Datum rođenja=birth_date@%d.%m.%Y."
        " | Adresa prebivališta=street:hr_street252 | Pošt. br.=postcode:hr_post252"
        " | Mjesto=district:hr_town252 | Mob.=phone:hr_phone252 | Vrsta plovila=-:hr_boat252"
        " | Reg. oznaka=-:hr_reg252 | Duljina=-:hr_length252 | Vez=-:hr_berth252"
        " | Ugovor od=date@%d.%m.%Y. | Ugovor do=-:hr_until252",
        english=True,
        file="xlsx",
    ),
    _shape(
        "heizkostenzuschuss_antraege_land_burgenland_at252",
        "Lfd. Nr.=row | Familienname / Prezime / Vezetéknév=family_name:bgl_family252"
        " | Vorname / Ime / Keresztnév=given_name:bgl_given252"
        " | Geburtsdatum / Datum rođenja / Születési dátum=birth_date@%d.%m.%Y"
        " | SV-Nummer / Broj socijalnog osiguranja / TB-szám=national_id:bgl_svnr252"
        " | Straße / Ulica / Utca=street:bgl_street252"
        " | PLZ / Poštanski broj / Irányítószám=postcode:bgl_plz252"
        " | Gemeinde / Općina / Község=district:bgl_town252"
        " | Telefon / Telefon / Telefonszám=phone:bgl_phone252"
        " | Personen im Haushalt=-:bgl_household252 | Heizform=-:bgl_heat252"
        " | Zuschuss=-:bgl_amount252 | Antragsdatum / Datum zahtjeva=date@%d.%m.%Y",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "hu_ado252",
    "cz_rc252",
    "si_emso252",
    "hr_oib252",
    "bgl_svnr252",
)
SEX_HOLDS: tuple[str, ...] = ("si_sex252",)
NAME_HOLDS = frozenset(
    {
        "hu_family252",
        "hu_given252",
        "cz_family252",
        "cz_given252",
        "si_full252",
        "hr_family252",
        "hr_given252",
        "bgl_family252",
        "bgl_given252",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "hu_phone252",
    "cz_phone252",
    "si_phone252",
    "hr_phone252",
    "bgl_phone252",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("si_home252",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND252",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND252",
]
