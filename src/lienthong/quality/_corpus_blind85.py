"""The eighty-fifth part of the outside corpus, **blind 85** (written 16:20 UTC, 2026-12-06, never
used for tuning): person files a provincial historical archive, a provincial police's
immigration office, a commune health station, a province's teacher recruitment council, the
mairie of Rennes, a Berlin Bürgeramt, the anagrafe of Bologna, a SEPE employment office in
Zaragoza and a ZUS branch in Lublin could hand over. Four Vietnamese files: a provincial
archive's reading-room readers in UTF-8 with a byte-order mark (the reader's card, job and
workplace, e-mail, the purpose of the search, the fonds consulted, the letter of introduction,
the card's issue and expiry); a provincial police's passport applications in Excel (the file
number, the name in capitals, the place of birth, ``Số định danh cá nhân``, the kind of request,
the old passport, how it was filed, the fee, the day received and the day promised, the officer);
a commune health station's community mental-health patients in Windows-1258 with semicolons and
headers without diacritics (the year of birth only, the diagnosis and its ICD-10 code, the year
found, the medicine, the status, the main carer with the relation and phone); and a province's
teacher recruitment candidates in UTF-16 with tabs (the candidate number, the ethnic group, the
degree and major, the post and school applied for, the priority group, the exam room).
Five foreign files: a French commune's electoral list in Windows-1252 with semicolons (the INE,
the birth name and the married woman's usage name, given names separated by commas, commune and
department of birth, the street and its complement, the three Rennes postcodes, the polling
station, the optional phone and e-mail, the reason for the registration); a Berlin Bürgeramt's
registrations of residence in UTF-8 with semicolons (``Steuer-IdNr.`` with its ISO 7064 check
digit, the identity card's serial, the doctoral title, ``männlich``/``weiblich``, the nationality,
the street with the house number, the PLZ, the day moved in, the previous address, the landlord,
the clerk); an Italian comune's electronic identity card applications in Excel (the codice
fiscale with its check letter, surname and name in capitals, the comune of birth with its
province, the civil status, height and eye colour, the consent to organ donation, the CIE number
and its expiry, the counter); a Spanish SEPE office's unemployment claimants in UTF-8 with a
byte-order mark and semicolons (``DNI/NIE`` with its letter, the two surnames apart, the
nationality, ``C/ Delicias, 12, 3º B`` domiciles, the municipio and province, the social security
number, the benefit, the daily base, the days granted, the occupation sought, the last employer,
the office); and a Polish ZUS branch's pensioners in Windows-1250 with semicolons (the benefit
number, PESEL, the father's first name, ``M``/``K``, the full address with the postcode, the
kind and gross amount of the benefit, the payment by bank or post, the account number, the date
granted, the person authorised to collect).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind85_writers import WRITERS_BLIND85
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND85: tuple[Shape, ...] = (
    _shape(
        "doc_gia_phong_doc_luu_tru_lich_su_vn85",
        "STT=row | Số thẻ độc giả=-:reader_card85 | Họ và tên=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd"
        " | Nghề nghiệp=-:job85 | Cơ quan công tác=-:workplace85 | Địa chỉ liên hệ=address"
        " | Điện thoại=phone | Email=email | Mục đích khai thác=-:purpose85"
        " | Phông/khối tài liệu=-:fonds85 | Giấy giới thiệu số=-:referral85"
        " | Ngày cấp thẻ=date@%d/%m/%Y | Thẻ có giá trị đến=date:card_expiry85@%d/%m/%Y",
        encoding="utf-8-sig",
    ),
    _shape(
        "ho_so_de_nghi_cap_ho_chieu_vn85",
        "STT=row | Mã hồ sơ=-:passport_file85 | HỌ VÀ TÊN=full_name:full_name_caps"
        " | Giới tính=sex | Ngày sinh=birth_date@%d/%m/%Y | Nơi sinh=-:birthplace85"
        " | Số định danh cá nhân=cccd | Nơi thường trú=address | Số điện thoại=phone"
        " | Loại đề nghị=-:request85 | Số hộ chiếu cũ=-:old_passport85"
        " | Hình thức nộp=-:channel85 | Lệ phí (đồng)=-:fee85"
        " | Ngày tiếp nhận=date@%d/%m/%Y | Ngày hẹn trả KQ=date:due85@%d/%m/%Y"
        " | Cán bộ tiếp nhận=-:clerk85",
        file="xlsx",
    ),
    _shape(
        "quan_ly_benh_nhan_tam_than_cong_dong_vn85",
        "TT=row | Ma BN=-:mh_code85 | Ho va ten=full_name | Nam sinh=birth_date:birth_year85"
        " | GT=sex | So CCCD=cccd | Dia chi=address | Chan doan=-:diagnosis85"
        " | Ma ICD10=-:icd85 | Nam phat hien=-:onset85 | Thuoc dang dung=-:drug85"
        " | Tinh trang hien nay=-:mh_status85 | Nguoi cham soc chinh=-:carer85"
        " | Quan he=-:carer_rel85 | DT nguoi cham soc=-:carer_phone85"
        " | Ngay cap thuoc gan nhat=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "thi_sinh_du_tuyen_vien_chuc_giao_duc_vn85",
        "STT=row | Số báo danh=-:sbd85 | Họ và tên=full_name"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd"
        " | Dân tộc=-:ethnic85 | Trình độ chuyên môn=-:degree85"
        " | Chuyên ngành đào tạo=-:major85 | Vị trí việc làm dự tuyển=-:post85"
        " | Đơn vị dự tuyển=-:unit85 | Đối tượng ưu tiên=-:priority85"
        " | Hộ khẩu thường trú=address | Điện thoại liên hệ=phone | Phòng thi=-:room85"
        " | Ngày nộp hồ sơ=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "liste_electorale_rennes_fr85",
        "N° d'ordre=row | Identifiant national d'électeur=-:ine_fr85"
        " | Nom de naissance=family_name:fr_family85 | Nom d'usage=family_name:fr_usage85"
        " | Prénoms=given_name:fr_given85 | Sexe=sex:sex_fr85"
        " | Date de naissance=birth_date@%d/%m/%Y | Commune de naissance=-:fr_birth_town85"
        " | Département de naissance=-:fr_birth_dep85 | Adresse=street:fr_street85"
        " | Complément d'adresse=-:fr_complement85 | Code postal=postcode:fr_cp85"
        " | Commune=district:fr_town85 | Bureau de vote=-:fr_bureau85"
        " | Téléphone=phone:fr_phone85 | Courriel=email:fr_mail85"
        " | Date d'inscription=date@%d/%m/%Y | Motif d'inscription=-:fr_motif85",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "anmeldungen_buergeramt_lichtenberg_de85",
        "Lfd. Nr.=row | Vorgangsnummer=-:de_case85 | Familienname=family_name:de_family85"
        " | Vornamen=given_name:de_given85 | Doktorgrad=-:de_doctor85"
        " | Geburtsdatum=birth_date@%d.%m.%Y | Geburtsort=-:de_birthplace85"
        " | Geschlecht=sex:sex_de85 | Staatsangehörigkeit(en)=-:de_nation85"
        " | Steuer-IdNr.=national_id:de_steuer85 | Ausweisnummer=-:de_ausweis85"
        " | Straße, Hausnr.=street:de_street85 | PLZ=postcode:de_plz85 | Ort=district:de_town85"
        " | Einzugsdatum=date@%d.%m.%Y | Bisherige Wohnung=-:de_prev85"
        " | Wohnungsgeber=-:de_landlord85 | Telefon (freiwillig)=phone:de_phone85"
        " | Bearbeiter/in=-:de_clerk85",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "richieste_cie_anagrafe_bologna_it85",
        "N.=row | Codice fiscale=national_id:cf_it85 | Cognome=family_name:it_family85"
        " | Nome=given_name:it_given85 | Sesso=sex:sex_it85"
        " | Data di nascita=birth_date@%d/%m/%Y | Comune di nascita=-:it_birth85"
        " | Indirizzo di residenza=street:it_street85 | CAP=postcode:it_cap85"
        " | Comune di residenza=district:it_town85 | Stato civile=-:it_civil85"
        " | Statura (cm)=-:it_height85 | Colore occhi=-:it_eyes85"
        " | Consenso donazione organi=-:it_organs85 | N. CIE=-:it_cie85"
        " | Data richiesta=date@%d/%m/%Y | Scadenza=date:it_expiry85@%d/%m/%Y"
        " | Recapito telefonico=phone:it_phone85 | Operatore=-:it_clerk85",
        english=True,
        file="xlsx",
    ),
    _shape(
        "perceptores_prestaciones_sepe_zaragoza_es85",
        "Nº=row | DNI/NIE=national_id:dni_es85 | Primer apellido=family_name:es_family85"
        " | Segundo apellido=-:es_second85 | Nombre=given_name:es_given85"
        " | Fecha de nacimiento=birth_date@%d/%m/%Y | Sexo=sex:sex_es85"
        " | Nacionalidad=-:es_nation85 | Domicilio=street:es_street85"
        " | C.P.=postcode:es_cp85 | Municipio=district:es_town85"
        " | Provincia=province:es_province85 | Teléfono=phone:es_phone85"
        " | Correo electrónico=email:es_mail85 | Nº Seg. Social=-:es_naf85"
        " | Tipo de prestación=-:es_benefit85 | Fecha solicitud=date@%d/%m/%Y"
        " | Base reguladora diaria (€)=-:es_daily85 | Días reconocidos=-:es_days85"
        " | Ocupación solicitada=-:es_job85 | Última empresa=-:es_employer85"
        " | Oficina de empleo=-:es_office85",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "swiadczeniobiorcy_zus_lublin_pl85",
        "Lp.=row | Nr świadczenia=-:pl_benefit_no85 | PESEL=national_id:pesel_pl85"
        " | Nazwisko=family_name:pl_family85 | Imiona=given_name:pl_given85"
        " | Imię ojca=-:pl_father85 | Data urodzenia=birth_date@%d.%m.%Y | Płeć=sex:sex_pl85"
        " | Adres zamieszkania=address:pl_addr85 | Telefon=phone:pl_phone85"
        " | Rodzaj świadczenia=-:pl_benefit85 | Kwota brutto=-:pl_amount85"
        " | Sposób wypłaty=-:pl_payout85 | Nr rachunku=-:pl_account85"
        " | Data przyznania=date:pl_granted85@%d.%m.%Y | Pełnomocnik=-:pl_proxy85",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("de_steuer85", "cf_it85", "dni_es85", "pesel_pl85")
SEX_HOLDS: tuple[str, ...] = ("sex_fr85", "sex_de85", "sex_it85", "sex_es85", "sex_pl85")
NAME_HOLDS = frozenset(
    {"fr_family85", "fr_given85", "de_family85", "de_given85", "it_family85", "it_given85"}
    | {"es_family85", "es_given85", "pl_family85", "pl_given85"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "fr_phone85",
    "de_phone85",
    "it_phone85",
    "es_phone85",
    "pl_phone85",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("pl_addr85",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND85",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND85",
]
