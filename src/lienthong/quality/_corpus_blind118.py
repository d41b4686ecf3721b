"""The hundred-and-eighteenth part of the outside corpus, **blind 118** (written 19:40 UTC,
2026-12-06, never used for tuning): person files a city crematorium, a commune paying to repair
storm-damaged houses, a ward police station, a provincial library, a German household mini-job
office, an Austrian pension insurance branch, a Swiss cantonal compensation office, a
Liechtenstein municipality and a Luxembourg social office could hand over. Four Vietnamese files:
a crematorium's register in Windows-1258 with semicolons (the dead person's own identity and last
residence, the death extract number, the cause, the date of death and of cremation, the oven and
hour, the relative who asked for it with the kinship and phone, the fee, where the urn went); a
commune's list of payments to repair houses unroofed by a storm in UTF-16 with tabs (the spaced
CCCD, the damage, the roof area, the amount and its fund, the payment
date, who received it on the owner's behalf, the signature); a ward police list of staff at
massage and sauna businesses in Excel (the business, its address and owner, the job, the
technician certificate, the start date); and a provincial library's reader cards in UTF-8 with a
BOM (the card number, the occupation and workplace, the card kind and fee, the issue and expiry
dates, the time last updated).
Five foreign files: a German Haushaltsscheck list of mini-jobs in private households in
Windows-1252 with semicolons (the Rentenversicherungsnummer with its check digit, the Geburtsname
apart, the household employer and its Betriebsnummer, the Krankenkasse, the monthly pay); an
Austrian Pflegegeld application list in UTF-8 (the Sozialversicherungsnummer with its check digit,
the Bundesland, the Pflegestufe, the adult representative, the doctor, the assessment date); a
Swiss premium reduction list with German/French/Italian headers in Excel (the AHV number 756 with
its EAN digit, NPA/PLZ and Ort/Localité, the insurer, the taxable income, the decision); a
Liechtenstein municipality's rent subsidy list in UTF-8 with a BOM (the AHV number, civil status,
the Gemeinde, the landlord, the rent and subsidy in francs); and a Luxembourg REVIS list with
French/German/Luxembourgish headers in Latin-1 with semicolons (the 13-digit matricule with its
Luhn and Verhoeff digits, L- postcodes, the office social, the social worker, the amount).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind118_writers import WRITERS_BLIND118
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND118: tuple[Shape, ...] = (
    _shape(
        "so_theo_doi_hoa_tang_dai_hoa_than_vn118",
        "STT=row | Họ tên người mất=full_name | Giới tính=sex | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD người mất=cccd | Nơi cư trú cuối cùng=address"
        " | Số trích lục khai tử=-:death_no118 | Ngày mất=date@%d/%m/%Y"
        " | Nguyên nhân=-:cause118 | Người đăng ký hỏa táng=-:registrant118"
        " | Quan hệ với người mất=-:kin118 | ĐT người đăng ký=-:kin_phone118"
        " | Ngày hỏa táng=date:crem_date118 | Lò số=-:oven118 | Giờ=-:hour118"
        " | Phí hỏa táng (đ)=-:fee118 | Tro cốt=-:urn118",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "chi_ho_tro_sua_chua_nha_bi_toc_mai_do_bao_vn118",
        "TT=row | Họ và tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | CCCD=cccd:cccd_spaced | Địa chỉ=address | Mức độ thiệt hại=-:damage118"
        " | Diện tích mái bị tốc (m2)=-:roof118 | Số tiền hỗ trợ (đồng)=-:aid118"
        " | Nguồn kinh phí=-:fund118 | Ngày chi trả=date@%d/%m/%Y"
        " | Người nhận thay=-:proxy118 | SĐT=phone | Ký nhận=-:signed118",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nhan_vien_co_so_massage_xong_hoi_vn118",
        "STT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD/ĐDCN=cccd | Nơi thường trú=address"
        " | Tên cơ sở kinh doanh=-:spa118 | Địa chỉ cơ sở=-:spa_addr118"
        " | Chủ cơ sở / người đại diện=-:owner118 | Vị trí công việc=-:spa_job118"
        " | Chứng chỉ KTV=-:spa_cert118 | Ngày vào làm=date@%d/%m/%Y"
        " | Số điện thoại=phone | Ghi chú=-:note118",
        file="xlsx",
    ),
    _shape(
        "the_ban_doc_thu_vien_tinh_vn118",
        "STT=row | Số thẻ=-:card_no118 | Họ tên bạn đọc=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd"
        " | Nghề nghiệp=-:job118 | Nơi làm việc/học tập=-:workplace118"
        " | Địa chỉ liên hệ=address | Điện thoại=phone | Email=email"
        " | Loại thẻ=-:card_kind118 | Lệ phí (đ)=-:card_fee118 | Ngày cấp=date@%d/%m/%Y"
        " | Hạn sử dụng=-:expiry118 | Cập nhật lần cuối=timestamp",
        encoding="utf-8-sig",
    ),
    _shape(
        "haushaltsscheck_minijobs_de118",
        "Lfd. Nr.=row | Versicherungsnummer=national_id:rvnr_de118"
        " | Familienname=family_name:de_family118 | Vorname=given_name:de_given118"
        " | Geburtsname=-:de_birthname118 | Geburtsdatum=birth_date@%d.%m.%Y"
        " | Geschlecht=sex:sex_de118 | Straße, Hausnummer=street:street_de118"
        " | PLZ=postcode:plz_de118 | Wohnort=district:ort_de118"
        " | Telefon=phone:phone_de118 | Arbeitgeber (Privathaushalt)=-:employer_de118"
        " | Betriebsnummer=-:betriebsnr_de118 | Tätigkeit=-:task_de118"
        " | Beschäftigt seit=date@%d.%m.%Y | Monatl. Arbeitsentgelt (EUR)=-:pay_de118"
        " | Krankenkasse=-:kasse_de118",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "pflegegeld_antraege_pva_at118",
        "Lfd.Nr.=row | Versicherungsnummer=national_id:svnr_at118"
        " | Familienname=family_name:at_family118 | Vorname=given_name:at_given118"
        " | Geb.Datum=birth_date@%d.%m.%Y | Geschlecht=sex:sex_at118"
        " | Wohnadresse=street:street_at118 | PLZ=postcode:plz_at118 | Ort=district:ort_at118"
        " | Bundesland=state:land_at118 | Telefon=phone:phone_at118"
        " | Antragsart=-:kind_at118 | Eingelangt am=date@%d.%m.%Y"
        " | Zuerkannte Stufe=-:stufe_at118 | Erwachsenenvertreter/in=-:vertreter_at118"
        " | Hausarzt/-ärztin=-:doctor_at118 | Begutachtung am=date:visit_at118",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "praemienverbilligung_reduction_primes_ch118",
        "Nr.=row | AHV-Nr. / N° AVS / N. AVS=national_id:ahv_ch118"
        " | Name / Nom / Cognome=family_name:ch_family118"
        " | Vorname / Prénom / Nome=given_name:ch_given118"
        " | Geburtsdatum / Date de naissance / Data di nascita=birth_date@%d.%m.%Y"
        " | Geschlecht / Sexe / Sesso=sex:sex_ch118"
        " | Strasse / Rue / Via=street:street_ch118 | PLZ / NPA=postcode:npa_ch118"
        " | Ort / Localité / Località=district:ort_ch118"
        " | Telefon / Téléphone / Telefono=phone:phone_ch118"
        " | Krankenversicherer / Assureur / Assicuratore=-:kasse_ch118"
        " | Steuerbares Einkommen / Revenu imposable=-:income_ch118"
        " | IPV CHF/Monat / RIP CHF/mois=-:ipv_ch118 | Verfügung vom / Décision du=date@%d.%m.%Y"
        " | Status / Statut / Stato=-:status_ch118",
        english=True,
        file="xlsx",
    ),
    _shape(
        "mietbeitraege_gemeinde_li118",
        "Nr.=row | AHV-Nummer=national_id:ahv_li118 | Name=family_name:li_family118"
        " | Vorname=given_name:li_given118 | Geburtsdatum=birth_date@%d.%m.%Y"
        " | Geschlecht=sex:sex_li118 | Zivilstand=-:civil_li118"
        " | Strasse=street:street_li118 | PLZ=postcode:plz_li118"
        " | Wohngemeinde=district:gemeinde_li118 | Tel.=phone:phone_li118"
        " | Vermieter=-:landlord_li118 | Mietzins mtl. (CHF)=-:rent_li118"
        " | Mietbeitrag (CHF)=-:subsidy_li118 | Kinder im Haushalt=-:kids_li118"
        " | Gesuch eingereicht=date@%d.%m.%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "beneficiaires_revis_office_social_lu118",
        "N°=row | Matricule / Matrikelnummer=national_id:matricule_lu118"
        " | Nom / Numm=family_name:lu_family118 | Prénom / Virnumm=given_name:lu_given118"
        " | Date de naissance / Gebuertsdatum=birth_date@%d/%m/%Y"
        " | Sexe / Geschlecht=sex:sex_lu118 | Adresse / Adress=street:street_lu118"
        " | Code postal / Postleitzuel=postcode:cp_lu118"
        " | Localité / Uertschaft=district:ville_lu118"
        " | Téléphone / Telefon=phone:phone_lu118 | Office social=-:office_lu118"
        " | Prestation / Leeschtung=-:kind_lu118 | Montant mensuel (EUR)=-:amount_lu118"
        " | Assistant(e) social(e)=-:assistant_lu118 | Date de décision=date@%d/%m/%Y",
        english=True,
        encoding="latin-1",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "rvnr_de118",
    "svnr_at118",
    "ahv_ch118",
    "ahv_li118",
    "matricule_lu118",
)
SEX_HOLDS: tuple[str, ...] = ("sex_de118", "sex_at118", "sex_ch118", "sex_li118", "sex_lu118")
NAME_HOLDS = frozenset(
    {"de_family118", "de_given118", "at_family118", "at_given118", "ch_family118"}
    | {"ch_given118", "li_family118", "li_given118", "lu_family118", "lu_given118"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_de118",
    "phone_at118",
    "phone_ch118",
    "phone_li118",
    "phone_lu118",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND118",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND118",
]
