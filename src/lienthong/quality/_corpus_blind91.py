"""The ninety-first part of the outside corpus, **blind 91** (written 16:40 UTC, 2026-12-06, never
used for tuning): person files a footwear factory asking rent support for its workers, a
district health centre's HIV outpatient clinic, an auction firm selling land plots for a
district, a commune post office collecting voluntary social insurance, a Dutch gemeente's tax
department, a Walloon social-housing company, a Swedish kommun's transport service, Helsinki's
resident-parking office and a Danish jobcenter could hand over. Four Vietnamese files: a
Bình Dương factory's list of workers asking the rent support of Decision 08/2022 in Excel (the
BHXH number, the department, the labour contract and its start, the rented room as the worker's
current home, the landlord, the months and the amount asked, the bank account); an HIV
outpatient clinic's ARV patient list in UTF-16 with tabs (the clinic's patient code, the
health-insurance card and the facility it is registered at, the confirmation and ARV start
dates, the regimen and its line, the last viral load and its date, multi-month dispensing, the
treatment supporter with his or her phone, the status); an auction firm's register of bidders for
residential land plots in Windows-1258 with semicolons (the registration slip, the CCCD's issue
date and issuer, the plot, its area, the starting price and the deposit, how the deposit was
paid, the person authorised to bid); and a commune post office's voluntary social-insurance
contributors in UTF-8 with a BOM (the BHXH number, the declared income, the payment period,
the support group with the state's rate and amount, the sum due, the months covered, the
collector and her phone). Five foreign files: a Zwolle municipal-tax remission list in UTF-8
with a BOM and semicolons (the request and assessment numbers, the BSN written ``1234.56.782``
with its 11-proef, Geslachtsnaam apart from the Tussenvoegsel, ``8012 AB`` postcodes,
``06-12345678`` phones, e-mail, the levy, the amount, the decision and its date, the officer, a
court-appointed administrator); a Namur social-housing company's applicants in Excel with
French headers (the application number, the eleven-digit numéro de registre national with its
mod-97 pair, the surname in capitals, the civil status, ``Rue de Dave 12 bte 3`` streets, GSM
and e-mail, the household, the income and its category, priority points, the home wanted, the
renewal date, the status and the CPAS social worker); an Umeå färdtjänst permit list in UTF-8
with semicolons and Swedish headers (the twelve-digit personnummer with its Luhn digit, a c/o
line, ``lgh 1102`` flat numbers, ``903 26`` postnummer, ``090-`` and ``070-`` phones, the
permit's dates, the mode of travel, the mobility aid, the escort, the case officer); a Helsinki
resident-parking permit list in UTF-16 with tabs and Finnish/Swedish headers (the permit
number, the henkilötunnus with its century sign and check character, ``Liisankatu 12 B 24``
streets, five-digit postinumero, ``040 123 4567`` phones, e-mail, the car's registration and
the holder's right to it, the zone, the validity, the price and the low-emission discount);
and an Aarhus jobcenter's sickness-benefit follow-up list in Windows-1252 with semicolons (the
CPR-nummer without a birth-date column, one ``Navn`` column, ``Frederiks Allé 112, 2. th.``
addresses, ``+45`` phones, e-mail, the employer with its CVR-nummer, the first day of absence,
the next follow-up, the category, the doctor's certificate, the case officer, a note).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind91_writers import WRITERS_BLIND91
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND91: tuple[Shape, ...] = (
    _shape(
        "ho_tro_tien_thue_nha_cong_nhan_vn91",
        "STT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Mã số BHXH=bhxh | Bộ phận=-:dept91"
        " | Loại HĐLĐ=-:contract91 | Thời điểm bắt đầu thực hiện HĐLĐ=date@%d/%m/%Y"
        " | Địa chỉ nơi thuê, ở trọ=address:rent_addr91 | Họ tên chủ nhà trọ=-:landlord91"
        " | Số ĐT=phone | Thời gian đề nghị hỗ trợ=-:months91"
        " | Số tiền đề nghị hỗ trợ (đồng)=-:rent_aid91 | Số tài khoản=-:account91"
        " | Ngân hàng=-:bank91 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "benh_nhan_dieu_tri_arv_opc_vn91",
        "STT=row | Mã BN=-:opc_code91 | Họ tên BN=full_name | NS=birth_date@%d/%m/%Y"
        " | Giới=sex | CCCD=cccd | Số thẻ BHYT=bhyt | Nơi ĐK KCB BĐ=-:kcb91"
        " | Địa chỉ thường trú=address | SĐT BN=phone:phone_spaced"
        " | Ngày XN khẳng định=date:confirm91 | Ngày bắt đầu ARV=date@%d/%m/%Y"
        " | Phác đồ hiện tại=-:regimen91 | Bậc PĐ=-:line91"
        " | TLVR gần nhất (bản sao/ml)=-:viral91 | Ngày XN TLVR=date:vl_date91"
        " | Cấp thuốc nhiều tháng=-:mmd91 | Người hỗ trợ điều trị=-:supporter91"
        " | SĐT người hỗ trợ=-:supporter_phone91 | Tình trạng=-:status_arv91",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "khach_hang_dang_ky_dau_gia_qsdd_vn91",
        "STT=row | Số phiếu ĐK=-:reg_no91 | Họ và tên khách hàng=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd | Ngày cấp=date@%d/%m/%Y"
        " | Nơi cấp=-:issuer91 | Địa chỉ=address | Điện thoại=phone:phone_dotted"
        " | Lô đất ĐK=-:plot91 | Diện tích (m2)=-:plot_area91"
        " | Giá khởi điểm (đồng)=-:start_price91 | Tiền đặt trước (đồng)=-:deposit91"
        " | Hình thức nộp=-:pay91 | Người được ủy quyền=-:proxy91 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nguoi_tham_gia_bhxh_tu_nguyen_vn91",
        "STT=row | Mã số BHXH=bhxh | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Địa chỉ=address | Số điện thoại=phone"
        " | Mức thu nhập làm căn cứ đóng=-:income91 | Phương thức đóng=-:method91"
        " | Đối tượng=-:group91 | Tỷ lệ NSNN hỗ trợ=-:rate91"
        " | Số tiền NSNN hỗ trợ=-:support91 | Số tiền phải đóng=-:due91"
        " | Từ tháng=-:from_month91 | Đến tháng=-:to_month91 | Nhân viên thu=-:collector91"
        " | ĐT nhân viên thu=-:collector_phone91 | Ngày lập biên lai=date@%d/%m/%Y",
        encoding="utf-8-sig",
    ),
    _shape(
        "kwijtschelding_gemeentelijke_belastingen_zwolle_nl91",
        "Volgnr=row | Verzoeknummer=-:req_nl91 | Aanslagnummer=-:levy_no91"
        " | BSN=national_id:bsn_nl91 | Geslachtsnaam=family_name:nl_family91"
        " | Tussenvoegsel=-:nl_tussen91 | Voornamen=given_name:nl_given91"
        " | Geslacht=sex:sex_nl91 | Geboortedatum=birth_date@%d-%m-%Y"
        " | Adres=street:street_nl91 | Postcode=postcode:pc_nl91 | Woonplaats=district:wp_nl91"
        " | Telefoon=phone:phone_nl91 | E-mailadres=email:email_nl91 | Heffing=-:levy91"
        " | Aanslagbedrag (EUR)=-:levy_amount91 | Datum verzoek=date@%d-%m-%Y"
        " | Besluit=-:decision_nl91 | Datum besluit=date:decided_nl91"
        " | Behandelaar=-:officer_nl91 | Bewindvoerder=-:guardian_nl91",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "candidats_locataires_slsp_namur_be91",
        "N°=row | N° candidature=-:cand_be91 | N° registre national=national_id:rrn_be91"
        " | Nom=family_name:be_family91 | Prénom=given_name:be_given91"
        " | Date de naissance=birth_date@%d/%m/%Y | Sexe=sex:sex_be91"
        " | État civil=-:civil_be91 | Adresse=street:street_be91 | Code postal=postcode:cp_be91"
        " | Localité=district:loc_be91 | GSM=phone:phone_be91 | Courriel=email:email_be91"
        " | Composition de ménage=-:household_be91 | Revenus imposables (€)=-:income_be91"
        " | Catégorie de revenus=-:class_be91 | Points de priorité=-:points_be91"
        " | Logement souhaité=-:wanted_be91 | Date d'inscription=date@%d/%m/%Y"
        " | Renouvellement au=date:renewal_be91 | Statut=-:status_be91"
        " | Assistant(e) social(e)=-:social_be91",
        english=True,
        file="xlsx",
    ),
    _shape(
        "fardtjanst_tillstand_umea_se91",
        "Nr=row | Personnummer=national_id:pnr_se91 | Efternamn=family_name:se_family91"
        " | Förnamn=given_name:se_given91 | Kön=sex:sex_se91 | c/o=-:co_se91"
        " | Folkbokföringsadress=street:street_se91 | Postnr=postcode:postnr_se91"
        " | Postort=district:ort_se91 | Telefon=phone:phone_se91"
        " | Beslutsdatum=date@%Y-%m-%d | Giltigt t.o.m.=date:until_se91"
        " | Färdsätt=-:mode_se91 | Hjälpmedel=-:aid_se91 | Ledsagare=-:escort_se91"
        " | Handläggare=-:officer_se91",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "asukaspysakointitunnukset_helsinki_fi91",
        "Rivi / Rad=row | Tunnuksen nro / Tillståndsnr=-:permit_fi91"
        " | Henkilötunnus / Personbeteckning=national_id:hetu_fi91"
        " | Sukunimi / Efternamn=family_name:fi_family91"
        " | Etunimet / Förnamn=given_name:fi_given91"
        " | Katuosoite / Gatuadress=street:street_fi91"
        " | Postinumero / Postnummer=postcode:post_fi91"
        " | Postitoimipaikka / Postanstalt=district:town_fi91"
        " | Puhelin / Telefon=phone:phone_fi91 | Sähköposti / E-post=email:email_fi91"
        " | Rekisteritunnus / Registreringsnummer=-:plate_fi91"
        " | Käyttöoikeus / Nyttjanderätt=-:use_fi91 | Alue / Område=-:zone_fi91"
        " | Voimassa alkaen / Giltig från=date@%d.%m.%Y"
        " | Voimassa asti / Giltig till=date:until_fi91 | Hinta € / Pris €=-:price_fi91"
        " | Vähäpäästöinen / Lågutsläpp=-:green_fi91",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "sygedagpengeopfoelgning_jobcenter_aarhus_dk91",
        "Løbenr.=row | CPR-nr.=national_id:cpr_dk91 | Navn=full_name:dk_name91"
        " | Adresse=street:street_dk91 | Postnr.=postcode:postnr_dk91 | By=district:by_dk91"
        " | Telefon=phone:phone_dk91 | E-mail=email:email_dk91"
        " | Arbejdsgiver=-:employer_dk91 | CVR-nr.=-:cvr_dk91"
        " | Første fraværsdag=date@%d-%m-%Y | Næste opfølgning=date:next_dk91"
        " | Kategori=-:category_dk91 | Lægeattest=-:lae_dk91"
        " | Sagsbehandler=-:officer_dk91 | Bemærkning=-:note_dk91",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("bsn_nl91", "rrn_be91", "pnr_se91", "hetu_fi91", "cpr_dk91")
SEX_HOLDS: tuple[str, ...] = ("sex_nl91", "sex_be91", "sex_se91")
NAME_HOLDS = frozenset(
    {"nl_family91", "nl_given91", "be_family91", "be_given91", "se_family91", "se_given91"}
    | {"fi_family91", "fi_given91", "dk_name91"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_nl91",
    "phone_be91",
    "phone_se91",
    "phone_fi91",
    "phone_dk91",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("rent_addr91",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND91",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND91",
]
