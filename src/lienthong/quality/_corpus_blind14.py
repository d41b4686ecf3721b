"""The fourteenth part of the outside corpus, **blind 14** (written 02:14 UTC, 2026-12-06, never
used for tuning): person files a commune police station, a commune health station, a land
registration office, an election committee, an employer, a county council, a health insurer, a
town council and a social-security office could hand over, in layouts no other part uses. Four
Vietnamese agency files: a commune police residence register export (đăng ký cư trú) in UTF-16,
tab-separated, with the household's code, the head of household's name and phone, the relation
to the head, the kind of residence and the registration date, and a birth column that holds only
the year for people born before 1955 and the full date for everyone else; a commune health
station's vaccination register (tiêm chủng) exported to Excel, children born 2021-2025 with their
mã định danh, the mother's or carer's name and phone, the vaccine, the dose and the date given
as real Excel dates; a land-title (GCN quyền sử dụng đất) holder list in Windows-1258 with
abbreviated headers (``Số GTTT`` for the identity number, ``Người cùng SDĐ`` for the co-owner,
the certificate's series and register numbers, parcel/map sheet, area, land-use code) and
``dd-mm-yyyy`` birth dates; and a voters' list (danh sách cử tri) of an ethnic-minority commune
of Đắk Lắk with upper-case headers, Ê Đê, Gia Rai, H'Mông names, religion and polling area.
Five foreign files: an Austrian employer's list for the ÖGK (``VSNR`` with its check digit and
the birthday inside, academic titles in their own column, ``Favoritenstraße 12/3/14``), an
Irish county council's housing list (``PPS No.``, a joint applicant, Eircodes, fadas in names),
a Slovak health insurer's list in ISO-8859-2 (``RČ`` for the rodné číslo, -ová family names,
``12. 03. 1985`` dates, PSČ), a Singapore residents' list (``NRIC/FIN No.``, names with bin,
binte, s/o, d/o, HDB block addresses and their postal codes, next of kin and the next of kin's
phone) and a Moroccan employer's CNSS list with French/Arabic headers (``N° C.N.I.E /
ب.ت.و.إ``, the CNSS number beside it, ``GSM``).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind14_writers import WRITERS_BLIND14
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND14: tuple[Shape, ...] = (
    _shape(
        "cu_tru_vn",
        "STT=row | Mã hộ=-:household14 | Họ, chữ đệm, tên=full_name"
        " | Ngày sinh=birth_date:birth_mixed14 | Giới tính=sex | Số định danh CN=cccd"
        " | Quan hệ với chủ hộ=-:relation14 | Họ tên chủ hộ=-:head14"
        " | SĐT chủ hộ=-:head_phone14 | Loại cư trú=-:residence_kind14"
        " | Địa chỉ cư trú=address | Ngày đăng ký=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "tiem_chung_vn",
        "STT=row | Mã đối tượng=-:vaccine_subject14 | Họ và tên trẻ=full_name"
        " | Ngày sinh=birth_date:child_birth14 | Giới tính=sex | Mã định danh=cccd:child_cccd14"
        " | Họ tên mẹ/người chăm sóc=-:carer14 | SĐT người chăm sóc=-:carer_phone14"
        " | Địa chỉ=address | Vắc xin=-:vaccine14 | Mũi=-:dose14 | Ngày tiêm=date:vaccinated14",
        file="xlsx",
    ),
    _shape(
        "so_do_vn",
        "TT=row | Số phát hành GCN=-:gcn_serial14 | Số vào sổ=-:gcn_book14"
        " | Họ tên người SDĐ=full_name | NS=birth_date@%d-%m-%Y | Số GTTT=cccd"
        " | ĐC thường trú=address | Người cùng SDĐ=-:co_owner14 | Thửa/Tờ=-:parcel14"
        " | DT (m²)=-:land_area14 | MĐSD=-:land_use14 | Ngày cấp=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "cu_tri_dak_lak_vn",
        "SỐ TT=row | HỌ VÀ TÊN=full_name:vn_minority_full"
        " | NGÀY, THÁNG, NĂM SINH=birth_date@%d/%m/%Y | GIỚI TÍNH=sex | DÂN TỘC=-:ethnic_vn"
        " | TÔN GIÁO=-:religion14 | NƠI THƯỜNG TRÚ=address:address_buon14"
        " | KHU VỰC BỎ PHIẾU=-:polling14 | GHI CHÚ=-:voter_note14",
        encoding="utf-8-sig",
    ),
    _shape(
        "dienstnehmer_at",
        "Lfd. Nr.=row | Familienname=family_name:at_family | Vorname=given_name:at_given"
        " | Titel=-:title_at | VSNR=national_id:vsnr | Geburtsdatum=birth_date@%d.%m.%Y"
        " | Geschlecht=sex:sex_at | Staatsbürgerschaft=-:nation_at | Straße=street:street_at"
        " | PLZ=postcode:plz_at | Ort=-:ort_at | Telefon=phone:phone_at"
        " | Eintrittsdatum=date@%d.%m.%Y",
        english=True,
        delimiter=";",
    ),
    _shape(
        "housing_list_ie",
        "#=row | Applicant Ref=-:ie_ref | Surname=family_name:ie_family"
        " | First Name=given_name:ie_given | PPS No.=national_id:ppsn"
        " | Date of Birth=birth_date@%d/%m/%Y | Gender=sex:sex_ie | Address 1=street:street_ie"
        " | Address 2=-:town_ie | County=-:county_ie | Eircode=postcode:eircode"
        " | Mobile=phone:phone_ie | Joint Applicant=-:joint_ie | Band=-:band_ie"
        " | Date Qualified=date@%d/%m/%Y",
        english=True,
    ),
    _shape(
        "poistenci_sk",
        "P. č.=row | Priezvisko=family_name:sk_family | Meno=given_name:sk_given"
        " | RČ=national_id:rodne_cislo | Dát. nar.=birth_date@%d. %m. %Y | Pohlavie=sex:sex_sk"
        " | Ulica a č.=street:street_sk | PSČ=postcode:psc_sk | Obec=-:obec_sk"
        " | Tel. č.=phone:phone_sk | ZP=-:insurer_sk | Dátum prihlásenia=date@%d. %m. %Y",
        english=True,
        encoding="iso8859_2",
        delimiter=";",
    ),
    _shape(
        "residents_sg",
        "S/N=row | Name (as in NRIC)=full_name:sg_full | NRIC/FIN No.=national_id:nric"
        " | DOB=birth_date@%d %b %Y | Sex=sex:sex_en | Race=-:race_sg | Address=street:street_sg"
        " | Postal Code=postcode:postal_sg | HP No.=phone:phone_sg | NOK Name=-:nok_sg"
        " | NOK Relationship=-:nok_rel_sg | NOK HP=-:nok_phone_sg"
        " | Date Registered=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "salaries_cnss_ma",
        "N°=row | Nom / النسب=family_name:ma_family | Prénom / الاسم=given_name:ma_given"
        " | N° C.N.I.E / ب.ت.و.إ=national_id:cin_ma | N° Immatriculation CNSS=-:cnss_ma"
        " | Date de naissance / تاريخ الازدياد=birth_date@%d/%m/%Y | Sexe=sex:sex_ma"
        " | Situation familiale=-:civil_ma | Adresse / العنوان=address:address_ma"
        " | Code postal=postcode:postal_ma | GSM=phone:phone_ma"
        " | Date d'embauche=date@%d/%m/%Y | Salaire brut (DH)=-:salary_ma",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's new date format (the Slovak spaced date).
INVALID_DAY = {"%d. %m. %Y": "31. 02. {y}"}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("vsnr", "ppsn", "rodne_cislo", "nric", "cin_ma")
SEX_HOLDS: tuple[str, ...] = ("sex_at", "sex_ie", "sex_sk", "sex_ma")
NAME_HOLDS = frozenset(
    {"at_family", "at_given", "ie_family", "ie_given", "sk_family", "sk_given", "sg_full"}
    | {"ma_family", "ma_given"}
)
PHONE_HOLDS: tuple[str, ...] = ("phone_at", "phone_ie", "phone_sk", "phone_sg", "phone_ma")
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("address_buon14", "address_ma")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND14",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND14",
]
