"""The hundred-and-eighth part of the outside corpus, **blind 108** (written 19:22 UTC,
2026-12-06, never used for tuning): person files a Hà Nội ward's Party committee proposing Party
badges, a toll road company's ETC tag desk, a Đà Nẵng district land registration office, a Hòa
Bình commune supporting poor households' latrines, Kópavogur's electoral roll, Stavanger's
transport service for the disabled, Turku's rental housing applications, the Faroese national
hospital's outpatient appointments and a Greenland municipality's pension office could hand
over. Four Vietnamese files: a ward Party committee's list of members proposed for the 30-, 40-
or 50-year Party badge in Excel (real Excel birth dates, the home village as ``Quê quán``, the
home where they live, the Party cell, the day they joined and the day they became full members,
the Party card number, the badge); an ETC toll tag desk's list of vehicle owners in UTF-16 with
tabs (the CCCD, the registered phone and e-mail, the home, the number plate, the vehicle class,
the tag's EPC, the traffic account, the station that fitted it, the day fitted and when the row
last changed); a land registration office's book of land transfers in Windows-1258 with
semicolons (the file number, the buyer's birth year, CCCD and home, the seller, the plot and map
sheet numbers, the area with a decimal comma, where the plot lies, the kind of change, the day
filed, a phone); and a commune's list of poor households supported to build a latrine in UTF-8
with a BOM, tabs and headers without diacritics (the name and home in plain letters, ``NAM``/``NU``,
the household group, its size, the latrine's kind, the support and the household's own share
with dotted thousands, the day it was accepted, the officer, a note). Five foreign files:
Kópavogur's electoral roll in Excel with Icelandic headers (the polling ward, the kennitala, the
patronymic name, the street, the postcode and town apart, the polling station, citizenship, a
note); Stavanger's TT card register in Windows-1252 with semicolons and Norwegian headers (the
case number, the fødselsnummer, surname and given name apart, ``dd.mm.yyyy`` dates, the street,
postcode and poststed, eight-digit phones, the reason, wheelchair, escort, trips a year, the
decision's day and the day it lapses, the case worker); Turku's rental housing applications in
UTF-8 with Finnish/Swedish headers (the application number, the henkilötunnus, surnames and
first names, the street with its stair and flat, the postcode and town, ``040`` phones, e-mail,
the household's size, the flat wanted, income with a decimal comma, urgency, the day filed and
the day it lapses); the Faroese hospital's appointments in UTF-16 with tabs and Faroese headers
(the journal number, the P-tal, the whole name, ``dd-mm-yyyy`` dates, ``M``/``K``, the address
whole, ``(+298)`` phones, the ward, the doctor, the day and the hour of the appointment, the
referring GP, a note); and Kommuneqarfik Sermersooq's pension payments in UTF-8 with a BOM,
tabs and Kalaallisut/Danish headers (the CPR number, the whole name, the address whole with its
postcode and town, ``+299`` phones, the pension's kind, the monthly sum, the bank account, the
spouse, the day it began, a relative's phone, the officer).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind108_writers import WRITERS_BLIND108
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND108: tuple[Shape, ...] = (
    _shape(
        "de_nghi_tang_huy_hieu_dang_vn108",
        "STT=row | Họ và tên đảng viên=full_name | Ngày sinh=birth_date:excel_date"
        " | Giới tính=sex | Số CCCD=cccd | Quê quán=-:origin108"
        " | Nơi cư trú hiện nay=address:party_addr108 | Sinh hoạt tại chi bộ=-:cell108"
        " | Ngày vào Đảng=date:join108 | Ngày chính thức=date:official108"
        " | Số thẻ đảng viên=-:card108 | Đề nghị tặng=-:badge108 | ĐT=phone",
        file="xlsx",
    ),
    _shape(
        "dan_the_etc_thu_phi_khong_dung_vn108",
        "STT=row | Họ tên chủ xe=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số GTTT (CCCD)=cccd"
        " | SĐT đăng ký=phone | Email=email | Địa chỉ=address:etc_addr108"
        " | Biển số=-:plate108 | Loại xe=-:vehicle108 | Số eTag (EPC)=-:etag108"
        " | Tài khoản giao thông=-:etc_account108 | Điểm dán=-:etc_station108"
        " | Ngày dán thẻ=date@%d/%m/%Y | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "so_theo_doi_dang_ky_bien_dong_dat_dai_vn108",
        "STT=row | Số hồ sơ=-:land_case108 | Bên nhận chuyển nhượng=full_name"
        " | Năm sinh=birth_date:birth_year27 | Số CCCD=cccd"
        " | Địa chỉ thường trú=address:land_addr108"
        " | Bên chuyển nhượng=-:seller108 | Thửa số=-:plot108 | Tờ BĐ số=-:sheet108"
        " | Diện tích (m²)=-:plot_area108 | Vị trí thửa đất=-:plot_place108"
        " | Nội dung biến động=-:land_kind108 | Ngày nhận HS=date@%d/%m/%Y | Điện thoại=phone",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_ngheo_ho_tro_xay_nha_tieu_hvs_vn108",
        "TT=row | Ho ten chu ho=full_name:full_name_ascii | Nam sinh=birth_date:birth_year27"
        " | Gioi tinh=sex:sex_caps | So CCCD=cccd | Dia chi=address:wc_addr108"
        " | Phan loai ho=-:wc_group108 | So khau=-:wc_members108 | Loai nha tieu=-:wc_kind108"
        " | Kinh phi ho tro (d)=-:wc_aid108 | Ho doi ung (d)=-:wc_own108"
        " | Ngay nghiem thu=date@%d/%m/%Y | Can bo phu trach=-:wc_officer108 | SDT=phone"
        " | Ghi chu=-:wc_note108",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "kjorskra_kopavogs_is108",
        "Kjördeild=-:is_ward108 | Nr.=row | Kennitala=national_id:kt108"
        " | Nafn=full_name:is_name108 | Lögheimili=street:is_street108"
        " | Póstnr.=postcode:is_postcode108 | Sveitarfélag=district:is_town108"
        " | Kjörstaður=-:is_poll108 | Ríkisfang=-:is_citizen108 | Athugasemd=-:is_note108",
        english=True,
        file="xlsx",
    ),
    _shape(
        "tt_kort_register_stavanger_no108",
        "Løpenr.=row | Saksnr.=-:no_case108 | Fødselsnummer=national_id:fnr108"
        " | Etternavn=family_name:no_family108 | Fornavn=given_name:no_given108"
        " | Født=birth_date@%d.%m.%Y | Adresse=street:no_street108"
        " | Postnr=postcode:no_postcode108 | Poststed=district:no_town108"
        " | Telefon=phone:no_phone108 | Begrunnelse=-:no_reason108"
        " | Rullestol=-:no_wheelchair108 | Ledsager=-:no_escort108 | Turer pr. år=-:no_trips108"
        " | Vedtaksdato=date@%d.%m.%Y | Gyldig til=date:no_until108"
        " | Saksbehandler=-:no_worker108",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "vuokra_asuntohakemukset_turku_fi108",
        "Nro=row | Hakemusnro / Ansökningsnr=-:fi_case108"
        " | Henkilötunnus / Personbeteckning=national_id:hetu108"
        " | Sukunimi / Efternamn=family_name:fi_family108"
        " | Etunimet / Förnamn=given_name:fi_given108 | Syntymäaika=birth_date@%d.%m.%Y"
        " | Nykyinen osoite / Nuvarande adress=street:fi_street108"
        " | Postinumero=postcode:fi_postcode108 | Postitoimipaikka=district:fi_town108"
        " | Puhelin=phone:fi_phone108 | Sähköposti=email:fi_email108"
        " | Ruokakunnan koko=-:fi_size108 | Haettu huoneistotyyppi=-:fi_rooms108"
        " | Bruttotulot €/kk=-:fi_income108 | Kiireellisyys=-:fi_urgency108"
        " | Hakemus jätetty=date@%d.%m.%Y | Voimassa asti=date:fi_valid108",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "ambulantar_tidir_landssjukrahusid_fo108",
        "Nr.=row | Journalnr.=-:fo_journal108 | P-tal=national_id:ptal108"
        " | Navn=full_name:fo_name108 | Føðingardagur=birth_date@%d-%m-%Y | Kyn=sex:sex_fo108"
        " | Bústaður=address:fo_address108 | Telefon=phone:fo_phone108 | Deild=-:fo_ward108"
        " | Lækni=-:fo_doctor108 | Dagur=date@%d-%m-%Y | Klokkan=-:fo_time108"
        " | Tilvíst frá=-:fo_gp108 | Viðmerking=-:fo_note108",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "utoqqalinersiaq_alderspension_sermersooq_gl108",
        "Nr.=row | Inuup normua / CPR-nr.=national_id:cpr108"
        " | Ateq / Navn=full_name:gl_name108 | Najugaq / Adresse=address:gl_address108"
        " | Oqarasuaat / Telefon=phone:gl_phone108"
        " | Soraarnerussutisiaq / Pensionstype=-:gl_kind108"
        " | Qaammammut kr. / Kr. pr. md.=-:gl_amount108 | Kontonr.=-:gl_account108"
        " | Aappaa / Ægtefælle=-:gl_spouse108 | Atuutilerfia / Tilkendt fra=date@%d.%m.%Y"
        " | Attaveqaat oqarasuaataa / Pårørende tlf.=-:gl_other_phone108"
        " | Suliaqartoq / Sagsbehandler=-:gl_officer108",
        english=True,
        encoding="utf-8-sig",
        delimiter="\t",
    ),
)

#: every date format of this part is one the corpus already knows how to spoil
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("kt108", "fnr108", "hetu108", "ptal108", "cpr108")
SEX_HOLDS: tuple[str, ...] = ("sex_fo108",)
NAME_HOLDS = frozenset(
    {"is_name108", "no_family108", "no_given108", "fi_family108", "fi_given108"}
    | {"fo_name108", "gl_name108"}
)
PHONE_HOLDS: tuple[str, ...] = ("no_phone108", "fi_phone108", "fo_phone108", "gl_phone108")
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "party_addr108",
    "etc_addr108",
    "land_addr108",
    "wc_addr108",
    "fo_address108",
    "gl_address108",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND108",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND108",
]
