"""The hundred-and-ninetieth part of the outside corpus, **blind 190** (written 01:41 UTC,
2026-12-07, never used for tuning): person files a ward People's Committee, a mountain commune, a
provincial sports centre, a garment factory's trade union, the Red Cross of Flanders, a Dutch
general practice, Luxembourg's rescue corps, a Ticino civil protection office and Liechtenstein's
immigration and passport office could hand over. Four Vietnamese files: the students doing their
graduation internship at a ward in UTF-8 with a BOM and semicolons (the student number, class,
school, course and mode of study, the lecturer and the ward's mentor, the department, the internship
dates, the score); the poor households of a Lao Cai commune given a digital TV set-top box in
Windows-1258 with tabs (the ethnic group, the hamlet, the commune, the kind of household and its
code, the device and its serial number, the installer, the day it was installed); a provincial
sports centre's swimming pool season tickets in UTF-16 with tabs (the card, the ticket, the session,
the day bought and the expiry, the fee, the health certificate, the cashier); and a garment
factory union's members on rest-and-recovery leave after illness or childbirth in Excel (the
social insurance number, the workshop, the reason, the days, the dates, the daily rate and the
total, the bank account, the union chair who signs).
Five foreign files: the blood donors of a Red Cross Flanders donor centre in Windows-1252 with
semicolons and Dutch headers (the national register number with its mod-97 pair, the donor number,
the blood group, the last donation, the count, the centre, the status); a Dutch general practice's
patient list in Excel (the BSN with its 11-proof, the surname apart from its prefix, the initials
and the name used, the postcode as 1234 AB, the health insurer and policy, the pharmacy, the consent
to share records); the volunteer firefighters of Luxembourg's CGDIS in UTF-8 with a BOM and
semicolons with Luxembourgish and French headers (the 13-digit matricule, the rescue centre, the
grade, the driving licence, the medical fitness, the employer, the emergency contact); a Ticino
civil protection roll in UTF-8 with Italian headers (the AHV number with its EAN-13 digit, the
region, the grade and function, the service days, the last refresher course, the end of the duty);
and the arrivals registered by Liechtenstein's Ausländer- und Passamt in Excel with German headers
(the AHV number, the nationality and permit, the place moved from, the employer).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind190_writers import WRITERS_BLIND190
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND190: tuple[Shape, ...] = (
    _shape(
        "sinh_vien_thuc_tap_tot_nghiep_tai_ubnd_phuong_vn190",
        "STT=row | Họ và tên SV=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | MSSV=-:mssv190 | Lớp=-:class190 | Hệ ĐT=-:mode190"
        " | Trường=-:school190 | Ngành=-:major190 | GV hướng dẫn=-:teacher190"
        " | Bộ phận tiếp nhận=-:dept190 | CB hướng dẫn tại đơn vị=-:mentor190"
        " | TG thực tập từ=date@%d/%m/%Y | Đến=date:intern_end190 | Chỗ ở hiện nay=address"
        " | SĐT=phone | Email=email | Điểm ĐG=-:score190",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "ho_ngheo_nhan_dau_thu_truyen_hinh_so_de_an_so_hoa_xa_vn190",
        "TT=row | Ho ten chu ho=full_name | Ngay sinh=birth_date@%d/%m/%Y | Dan toc=-:ethnic190"
        " | So dinh danh CN=cccd | Thon/ban=-:hamlet190 | Xa=ward:commune190"
        " | Dien ho=-:hhkind190 | Ma ho=-:hhcode190 | Loai thiet bi=-:device190"
        " | So serial=-:serial190 | Ngay lap dat=date@%d/%m/%Y | Don vi lap dat=-:installer190"
        " | DT lien he=phone | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "khach_dang_ky_ve_be_boi_trung_tam_tdtt_tinh_vn190",
        "STT=row | Mã thẻ=-:card190 | Họ tên khách=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | CCCD=cccd:cccd_spaced | Điện thoại=phone | Địa chỉ=address"
        " | Loại vé=-:ticket190 | Ca bơi=-:slot190 | Ngày ĐK=date@%d/%m/%Y"
        " | Hạn thẻ=date:expiry190 | Số tiền (đ)=-:fee190 | Giấy KSK=-:health190"
        " | Người thu=-:cashier190",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "doan_vien_nghi_duong_suc_phuc_hoi_suc_khoe_cong_doan_cong_ty_may_vn190",
        "STT=row | Họ và tên=full_name | Ngày tháng năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Mã số BHXH=bhxh | Số CCCD=cccd | Tổ/Phân xưởng=-:workshop190"
        " | Nghỉ DSPHSK=-:after190 | Ngày trở lại làm việc=date@%d/%m/%Y"
        " | Số ngày=-:rest_days190 | Từ ngày=date:rest_from190 | Đến ngày=date:rest_to190"
        " | Mức hưởng/ngày (đồng)=-:daily190 | Thành tiền (đồng)=-:rest_total190"
        " | Số TK=-:account190 | Ngân hàng=-:bank190 | Nơi cư trú=address | ĐTDĐ=phone"
        " | CTCĐ ký xác nhận=-:chair190 | ĐT CTCĐ=-:chair_phone190",
        file="xlsx",
    ),
    _shape(
        "donorregister_bloedcentrum_rode_kruis_vlaanderen_be190",
        "Volgnr.=row | Donornr.=-:be_donor190 | Rijksregisternummer=national_id:be_rrn190"
        " | Naam=family_name:be_family190 | Voornaam=given_name:be_given190"
        " | Geslacht=sex:be_sex190 | Geboortedatum=birth_date@%d/%m/%Y"
        " | Straat + nr.=street:be_street190 | Postcode=postcode:be_pc190"
        " | Gemeente=district:be_town190 | GSM=phone:be_phone190 | E-mail=email:be_email190"
        " | Bloedgroep=-:be_abo190 | Laatste donatie=date@%d/%m/%Y"
        " | Aantal donaties=-:be_count190 | Afnameplaats=-:be_centre190"
        " | Type donatie=-:be_type190 | Status donor=-:be_status190",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "patientenlijst_huisartsenpraktijk_nl190",
        "Nr.=row | Patiëntnr.=-:nl_patnr190 | BSN=national_id:nl_bsn190"
        " | Voorvoegsel=-:nl_prefix190 | Achternaam=family_name:nl_family190"
        " | Voorletters=-:nl_initials190 | Roepnaam=given_name:nl_given190"
        " | Geslacht=sex:nl_sex190 | Geb. datum=birth_date@%d-%m-%Y"
        " | Straat + huisnr.=street:nl_street190 | Postcode=postcode:nl_pc190"
        " | Woonplaats=district:nl_town190 | Telefoon=phone:nl_phone190"
        " | Zorgverzekeraar=-:nl_insurer190 | Polisnr.=-:nl_policy190"
        " | Ingeschreven per=date@%d-%m-%Y | Eigen huisarts=-:nl_gp190"
        " | Apotheek=-:nl_pharmacy190 | Toestemming LSP=-:nl_lsp190",
        english=True,
        file="xlsx",
    ),
    _shape(
        "fraiwelleg_pompjeeen_cgdis_lu190",
        "Nr.=row | Matricule=national_id:lu_matr190 | Numm / Nom=family_name:lu_family190"
        " | Virnumm / Prénom=given_name:lu_given190 | Gebuertsdatum=birth_date@%d.%m.%Y"
        " | Geschlecht=sex:lu_sex190 | Adress=street:lu_street190"
        " | Code postal=postcode:lu_pc190 | Uertschaft=district:lu_town190"
        " | GSM=phone:lu_phone190 | E-Mail=email:lu_email190 | CIS=-:lu_cis190"
        " | Grad / Grade=-:lu_grade190 | Entrée en service=date@%d.%m.%Y"
        " | Permis=-:lu_permit190 | Aptitude médicale jusqu'au=date:lu_fit190"
        " | Patron / Employeur=-:lu_employer190 | Kontakt am Noutfall=-:lu_emerg190",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "effettivo_militi_protezione_civile_ti_ch190",
        "N.=row | N. AVS=national_id:ti_ahv190 | Cognome=family_name:ti_family190"
        " | Nome=given_name:ti_given190 | Data di nascita=birth_date@%d.%m.%Y"
        " | Sesso=sex:ti_sex190 | Via e n.=street:ti_street190 | NPA=postcode:ti_npa190"
        " | Località=district:ti_town190 | Telefono=phone:ti_phone190"
        " | Incorporazione=-:ti_region190 | Grado=-:ti_grade190 | Funzione=-:ti_function190"
        " | Giorni di servizio 2025=-:ti_days190 | Ultimo corso di ripetizione=date@%d.%m.%Y"
        " | Fine obbligo=-:ti_end190 | Datore di lavoro=-:ti_employer190"
        " | Osservazioni=-:ti_note190",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "zuzugsmeldungen_auslaender_und_passamt_li190",
        "Lfd. Nr.=row | Ref.-Nr.=-:li_ref190 | Name=family_name:li_family190"
        " | Vorname=given_name:li_given190"
        " | Geburtsdatum=birth_date@%d.%m.%Y | Geschlecht=sex:li_sex190"
        " | Zivilstand=-:li_civil190 | Staatsangehörigkeit=-:li_nation190"
        " | AHV-Nr.=national_id:li_ahv190 | Zuzug am=date@%d.%m.%Y | Zuzug von=-:li_from190"
        " | Strasse=street:li_street190 | PLZ=postcode:li_plz190 | Gemeinde=district:li_town190"
        " | Bewilligung=-:li_permit190 | Arbeitgeber=-:li_employer190"
        " | Telefon=phone:li_phone190 | E-Mail=email:li_email190",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "be_rrn190",
    "nl_bsn190",
    "lu_matr190",
    "ti_ahv190",
    "li_ahv190",
)
SEX_HOLDS: tuple[str, ...] = ("be_sex190", "nl_sex190", "lu_sex190", "ti_sex190", "li_sex190")
NAME_HOLDS = frozenset(
    {
        "be_family190",
        "be_given190",
        "nl_family190",
        "nl_given190",
        "lu_family190",
        "lu_given190",
        "ti_family190",
        "ti_given190",
        "li_family190",
        "li_given190",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "be_phone190",
    "nl_phone190",
    "lu_phone190",
    "ti_phone190",
    "li_phone190",
)
#: addresses written with ``", "`` between their parts: none of this part's own.
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND190",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND190",
]
