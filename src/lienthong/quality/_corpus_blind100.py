"""The hundredth part of the outside corpus, **blind 100** (written 17:15 UTC, 2026-12-06, never
used for tuning): person files a commune's civil status officer, a city's Party committee, a
commune Farmers' Union, a university's language testing centre, Łódź's social welfare centre,
an Ostrava labour office, Bratislava's resident parking scheme, a Slovenian social work centre
and a Split family doctor's practice could hand over. Four Vietnamese files: a Bắc Giang
commune's guardianship register (sổ đăng ký giám hộ) in UTF-16 with tabs (the ward's name, birth
date, personal identification number and home; the guardian's name, year of birth, CCCD, home
and relation; natural or appointed guardianship, the day registered, the justice officer); a Hà
Giang city's list of outstanding citizens who attended the Party awareness class (lớp bồi dưỡng
nhận thức về Đảng) in Excel (real Excel birth dates, ethnicity, religion, schooling ``12/12``,
qualification, home town apart from the present home, the Party cell and the member sponsoring
them, the essay mark with a decimal comma, the certificate's date); a Hòa Vang commune's Farmers'
Union members (hội viên Hội Nông dân) in Windows-1258 with semicolons (the branch, the day
joined, the member card, the trade, good farmer titles, loans through the Union in millions,
fees paid, dotted phones); and a Huế university's VSTEP candidates in UTF-8 with a BOM and tabs
(the candidate number, the family and middle names apart from the given name, the place of
birth, the workplace, the level, shift, room, fee, the day of the test, the score and the level
reached). Five foreign files: a Łódź MOPS register of protective allowance (dodatek osłonowy)
claims in Windows-1250 with semicolons (the claim number and day, ``Nazwisko Imię`` in one
column, the PESEL with its check digit, ``K``/``M``, ``ul. … m. …, 90-001 Łódź`` addresses,
``+48`` and ``601-234-567`` phones, household size, income per person, the heating source, the
allowance in złoty, the NRB account, the social worker, the status); an Ostrava Úřad práce
list of job seekers (uchazeči o zaměstnání) in UTF-8 with a BOM and semicolons (surname, given
name and academic title apart, the rodné číslo with its mod 11 rule, street with ``č.p./č.o.``,
town and PSČ apart, ``+420`` phones, e-mail, the day registered, KKOV education, the CZ-ISCO
job sought, the last employer, the unemployment benefit, the case officer, the next
appointment); Bratislava's resident parking cards (rezidentská parkovacia karta) in Excel with
Slovak headers (the application, surname and name, the rodné číslo, the street with
``súpisné/orientačné`` numbers, the city district and PSČ apart, the car's plate and whose car it
is, ``0905`` and ``+421`` phones, e-mail, the zone, the card's validity, the fee in euros, the
status); a Slovenian centre for social work's child benefit (otroški dodatek) recipients in
UTF-8 with semicolons (``Priimek Ime`` together, EMŠO with its mod 11 digit, the tax number with
its own check digit, ``d. m. yyyy`` dates, ``M``/``Ž``, street, postcode and post office apart,
``041`` phones, the decision's number and day, the income bracket, children, the monthly amount
in euros, the period, the TRR account); and a Split family doctor's patient list in UTF-16 with
tabs and Croatian headers (surname and name apart, the OIB with its ISO 7064 digit, the HZZO
MBO, ``dd.mm.yyyy.`` dates, ``M``/``Ž``, street, postcode and place apart, ``091/123-4567``
phones, supplementary insurance, the day enrolled, the chosen doctor, ICD-10 codes, a contact
person with a phone).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind100_writers import WRITERS_BLIND100
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND100: tuple[Shape, ...] = (
    _shape(
        "so_dang_ky_giam_ho_vn100",
        "STT=row | Số đăng ký=-:reg_no100 | Họ, chữ đệm, tên người được giám hộ=full_name"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số định danh cá nhân=cccd | Nơi cư trú=address:ward_addr100"
        " | Họ, chữ đệm, tên người giám hộ=-:guardian100 | Năm sinh người GH=-:guardian_year100"
        " | Số ĐDCN người giám hộ=-:guardian_id100"
        " | Nơi cư trú người giám hộ=-:guardian_addr100"
        " | Quan hệ với người được GH=-:guardian_rel100 | Hình thức giám hộ=-:gh_kind100"
        " | Ngày đăng ký=date@%d/%m/%Y | Công chức TP-HT=-:officer100 | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "lop_nhan_thuc_ve_dang_vn100",
        "TT=row | Họ và tên=full_name | Ngày sinh=birth_date:excel_date | Nam/Nữ=sex"
        " | Dân tộc=-:ethnic100 | Tôn giáo=-:religion100 | Trình độ GDPT=-:gdpt100"
        " | CM, NV=-:cmnv100 | Số CCCD=cccd | Quê quán=-:hometown100"
        " | Nơi ở hiện nay=address:hg_addr100 | Chi bộ giới thiệu=-:chibo100"
        " | Đảng viên được phân công giúp đỡ=-:helper100 | Điểm bài thu hoạch=-:essay100"
        " | Xếp loại=-:grade100 | Ngày cấp giấy chứng nhận=date:excel_event",
        file="xlsx",
    ),
    _shape(
        "hoi_vien_hoi_nong_dan_xa_vn100",
        "STT=row | Họ và tên hội viên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới  tính=sex | CCCD=cccd | Chi hội=-:chihoi100 | Địa chỉ=address:hd_addr100"
        " | Ngày vào Hội=date@%d/%m/%Y | Số thẻ HV=-:card_hnd100"
        " | Ngành nghề SX chính=-:nghe100 | Hộ SXKD giỏi=-:sxkd100"
        " | Vay vốn qua Hội (tr.đ)=-:loan100 | Hội phí 2025=-:hoiphi100"
        " | Điện thoại=phone:phone_dotted",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "thi_sinh_du_thi_vstep_vn100",
        "TT=row | SBD=-:sbd100 | Họ và tên đệm=family_name:family_middle"
        " | Tên=given_name:given_only"
        " | Ngày sinh=birth_date@%d/%m/%Y | Nơi sinh=-:birthplace100 | Giới tính=sex"
        " | Số CCCD=cccd | Điện thoại=phone | Email=email | Đơn vị công tác=-:unit100"
        " | Bậc dự thi=-:level100 | Ca thi=-:shift100 | Phòng thi=-:room100"
        " | Lệ phí (đ)=-:fee100 | Ngày thi=date@%d/%m/%Y | Tổng điểm=-:score100"
        " | Kết quả=-:result100",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "dodatek_oslonowy_mops_lodz_pl100",
        "Lp.=row | Nr wniosku=-:wniosek_pl100 | Data złożenia wniosku=date@%d.%m.%Y"
        " | Nazwisko i imię wnioskodawcy=full_name:pl_name100 | PESEL=national_id:pesel_pl100"
        " | Płeć=sex:sex_pl100 | Adres zamieszkania=address:addr_pl100"
        " | Nr telefonu=phone:phone_pl100 | Liczba osób w gosp. dom.=-:hh_pl100"
        " | Dochód na osobę (zł)=-:income_pl100 | Główne źródło ogrzewania=-:heat_pl100"
        " | Kwota dodatku (zł)=-:amount_pl100 | Nr rachunku bankowego=-:nrb_pl100"
        " | Pracownik socjalny=-:worker_pl100 | Status=-:status_pl100",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
    _shape(
        "uchazeci_o_zamestnani_up_ostrava_cz100",
        "Poř. č.=row | Příjmení=family_name:cz_family100 | Jméno=given_name:cz_given100"
        " | Titul=-:title_cz100 | Rodné číslo=national_id:rc_cz100"
        " | Datum narození=birth_date@%d.%m.%Y | Pohlaví=sex:sex_cz100"
        " | Ulice, č.p./č.o.=street:street_cz100 | Obec=district:town_cz100"
        " | PSČ=postcode:psc_cz100 | Telefon=phone:phone_cz100 | E-mail=email:email_cz100"
        " | Datum zařazení do evidence=date@%d.%m.%Y | Vzdělání (KKOV)=-:kkov_cz100"
        " | Požadované zaměstnání (CZ-ISCO)=-:isco_cz100"
        " | Poslední zaměstnavatel=-:employer_cz100"
        " | Podpora v nezaměstnanosti (Kč/měs.)=-:support_cz100"
        " | Zprostředkovatel/ka=-:officer_cz100 | Termín příští schůzky=date:next_cz100",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "rezidentske_parkovanie_bratislava_sk100",
        "P. č.=row | Číslo žiadosti=-:app_sk100 | Priezvisko=family_name:sk_family100"
        " | Meno=given_name:sk_given100 | Rodné číslo=national_id:rc_sk100"
        " | Dátum narodenia=birth_date@%d.%m.%Y | Trvalý pobyt - ulica a číslo=street:street_sk100"
        " | Mestská časť=suburb:mc_sk100 | PSČ=postcode:psc_sk100 | EČV=-:plate_sk100"
        " | Držiteľ vozidla=-:holder_sk100 | Telefón=phone:phone_sk100"
        " | E-mail=email:email_sk100 | Zóna=-:zone_sk100 | Platnosť od=date@%d.%m.%Y"
        " | Platnosť do=date:until_sk100 | Poplatok=-:fee_sk100 | Stav=-:status_sk100",
        english=True,
        file="xlsx",
    ),
    _shape(
        "prejemniki_otroskega_dodatka_csd_si100",
        "Zap. št.=row | Priimek in ime=full_name:si_name100 | EMŠO=national_id:emso_si100"
        " | Davčna številka=-:tax_si100 | Datum rojstva=birth_date@%-d. %-m. %Y"
        " | Spol=sex:sex_si100 | Naslov=street:street_si100 | Poštna št.=postcode:post_si100"
        " | Pošta=district:town_si100 | Telefon=phone:phone_si100"
        " | Št. odločbe=-:odl_si100 | Datum odločbe=date@%-d. %-m. %Y"
        " | Dohodkovni razred=-:razred_si100 | Št. otrok=-:children_si100"
        " | Znesek (EUR/mesec)=-:znesek_si100 | Obdobje upravičenosti=-:period_si100"
        " | TRR=-:iban_si100",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "pacijenti_obiteljskog_lijecnika_split_hr100",
        "Rb.=row | Prezime=family_name:hr_family100 | Ime=given_name:hr_given100"
        " | OIB=national_id:oib_hr100 | MBO=-:mbo_hr100 | Datum rođenja=birth_date@%d.%m.%Y."
        " | Spol=sex:sex_hr100 | Adresa=street:street_hr100 | Poštanski broj=postcode:post_hr100"
        " | Mjesto=district:town_hr100 | Mobitel=phone:phone_hr100"
        " | Dopunsko osiguranje=-:dopunsko_hr100 | Datum upisa=date@%d.%m.%Y."
        " | Izabrani liječnik=-:doctor_hr100 | Kronične bolesti (MKB-10)=-:mkb_hr100"
        " | Kontakt osoba=-:contact_hr100",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
)

#: every date format of this part is one the corpus already knows how to spoil
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "pesel_pl100",
    "rc_cz100",
    "rc_sk100",
    "emso_si100",
    "oib_hr100",
)
SEX_HOLDS: tuple[str, ...] = ("sex_pl100", "sex_cz100", "sex_si100", "sex_hr100")
NAME_HOLDS = frozenset(
    {"pl_name100", "cz_family100", "cz_given100", "sk_family100", "sk_given100"}
    | {"si_name100", "hr_family100", "hr_given100"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_pl100",
    "phone_cz100",
    "phone_sk100",
    "phone_si100",
    "phone_hr100",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "ward_addr100",
    "hg_addr100",
    "hd_addr100",
    "addr_pl100",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND100",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND100",
]
