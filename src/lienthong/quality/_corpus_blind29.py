"""The twenty-ninth part of the outside corpus, **blind 29** (written 05:56 UTC, 2026-12-06,
never used for tuning): person files a canal-clearance board, a bank's social-housing loan desk,
a commune's police (people serving non-custodial reform with community work), a school's bus
service, Palestine's Ministry of Social Development, Suriname's Staatsziekenfonds, the DR Congo's
CNSS, Lesotho's old-age pension office and Andorra's CASS could hand over, in layouts no other
part uses. Four Vietnamese files: households relocated from canal banks in Excel (the head of the
household, the canal, the land taken back, the resettlement and the officer with his phone); a
bank's social-housing loan customers in UTF-16 with tab separators (the credit contract, the
amount, the project, the disbursement date and the spouse with a phone); people doing community
service in Windows-1258 with semicolons (the judgment's number, the offence, the term, the work
and the supervisor with his phone); and a school's bus-route pupils in UTF-8 with a byte-order
mark and unaccented headers (the class, the route, the stop and the parent with a phone; the
pupils have no phone of their own).
Five foreign files: a Palestinian cash-transfer list in UTF-8 with a BOM and Arabic headers
(``رقم الهوية`` of nine digits with its Luhn check digit, the father's and grandfather's names,
the governorate, ``ص.ب`` post boxes, ``059-1234567`` phones, the spouse); a Surinamese SZF list in
Windows-1252 with Dutch headers (``ID-nummer`` of two letters and six digits with no published
check digit, ``12-03-1985`` dates, the district in place of a postcode, ``+597 812-3456``
phones); a Congolese CNSS list in Excel with French headers (``N° Carte d'électeur`` with no
published check digit, ``Nom``/``Post-nom``/``Prénom``, ``Av.``/``Q/``/``C/`` addresses, the
commune in place of a postcode, ``+243 81 234 5678`` phones); a Lesotho old-age pension list in
UTF-8 (a twelve-digit ``ID Number`` with no published check digit, ISO dates, villages ``Ha
Mabote``, three-digit district postcodes, ``+266 5812 3456`` phones, the nominee); and an
Andorran CASS list in Latin-1 with Catalan headers (the ``NRT`` written ``F123456Z`` with no
published check, the CASS number, both surnames in ``Cognoms``, ``AD500`` postcodes, ``+376
323 456`` phones, the contact person).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind29_writers import WRITERS_BLIND29
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND29: tuple[Shape, ...] = (
    _shape(
        "ho_di_doi_ven_kenh_vn29",
        "STT=row | Mã hộ=-:household29 | Họ tên chủ hộ=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd | Địa chỉ nhà bị giải tỏa=address"
        " | Mã bưu chính=postcode:canal_post29 | Số điện thoại=phone | Số nhân khẩu=-:members29"
        " | Tên kênh=-:canal29 | Diện tích thu hồi (m2)=-:area29"
        " | Hình thức tái định cư=-:resettle29 | Ngày bàn giao mặt bằng=date@%d/%m/%Y"
        " | Cán bộ phụ trách=-:officer29 | SĐT cán bộ=-:officer_phone29",
        file="xlsx",
    ),
    _shape(
        "khach_vay_noxh_vn29",
        "STT=row | Mã KH=-:cif29 | Tên khách hàng=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số giấy tờ tùy thân=cccd | Địa chỉ thường trú=address"
        " | Mã bưu chính=postcode:loan_post29 | Điện thoại=phone | Số HĐTD=-:contract29"
        " | Số tiền vay (đồng)=-:amount29 | Dự án NOXH=-:project29"
        " | Ngày giải ngân=date@%d/%m/%Y | Họ tên vợ/chồng=-:spouse29"
        " | SĐT vợ/chồng=-:spouse_phone29",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "lao_dong_cong_dong_vn29",
        "STT=row | Số bản án=-:judgment29 | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Nơi cư trú=address"
        " | Mã BC=postcode:cs_post29 | SĐT=phone | Tội danh=-:offence29"
        " | Thời hạn CTKGG=-:term29 | Công việc LĐPVCĐ=-:work29"
        " | Ngày bắt đầu chấp hành=date@%d/%m/%Y | Người giám sát=-:supervisor29"
        " | SĐT người giám sát=-:supervisor_phone29",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "hoc_sinh_xe_dua_don_vn29",
        "STT=row | Ma HS=-:pupil_code29 | Ho ten HS=full_name:full_name_ascii"
        " | Ngay sinh=birth_date:bus_birth29 | Gioi tinh=sex:sex_ascii29"
        " | Ma dinh danh=cccd:bus_cccd29 | Lop=-:class29 | Dia chi don=address:address_ascii"
        " | Ma buu chinh=postcode:bus_post29 | Tuyen xe=-:route29 | Diem don=-:stop29"
        " | Ho ten phu huynh=-:parent29 | SDT phu huynh=-:parent_phone29"
        " | Ngay dang ky=date@%d/%m/%Y",
        encoding="utf-8-sig",
    ),
    _shape(
        "tahwilat_naqdiya_ps29",
        "م=row | رقم الهوية=national_id:id_ps29 | الاسم الأول=given_name:ps_given29"
        " | اسم الأب=-:father_ps29 | اسم الجد=-:grandfather_ps29"
        " | اسم العائلة=family_name:ps_family29 | تاريخ الميلاد=birth_date@%d/%m/%Y"
        " | الجنس=sex:sex_ps29 | المحافظة=-:gov_ps29 | العنوان=address:address_ps29"
        " | ص.ب=postcode:box_ps29 | رقم الجوال=phone:phone_ps29"
        " | اسم الزوج/ة=-:spouse_ps29 | جوال الزوج/ة=-:spouse_phone_ps29"
        " | تاريخ الصرف=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "szf_verzekerden_sr29",
        "Volgnr.=row | ID-nummer=national_id:id_sr29 | Achternaam=family_name:sr_family29"
        " | Voornamen=given_name:sr_given29 | Geb. datum=birth_date@%d-%m-%Y"
        " | Geslacht=sex:sex_sr29 | Adres=address:address_sr29"
        " | District=postcode:district_sr29 | Telefoon=phone:phone_sr29"
        " | Contactpersoon=-:contact_sr29 | Tel. contactpersoon=-:contact_phone_sr29"
        " | Datum inschrijving=date@%d-%m-%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "cnss_affilies_cd29",
        "N°=row | N° CNSS=-:cnss_cd29 | N° Carte d'électeur=national_id:voter_cd29"
        " | Nom=family_name:cd_family29 | Post-nom=-:cd_postnom29"
        " | Prénom=given_name:cd_given29 | Date de naissance=birth_date@%d/%m/%Y"
        " | Sexe=sex:sex_cd29 | Adresse=address:address_cd29 | Commune=postcode:commune_cd29"
        " | Téléphone=phone:phone_cd29 | Personne à contacter=-:contact_cd29"
        " | Tél. contact=-:contact_phone_cd29 | Date d'affiliation=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "old_age_pension_ls29",
        "No.=row | ID Number=national_id:nid_ls29 | Surname=family_name:ls_family29"
        " | First Name(s)=given_name:ls_given29 | Date of Birth=birth_date@%Y-%m-%d"
        " | Sex=sex:sex_ls29 | Village=address:address_ls29 | Postal Code=postcode:post_ls29"
        " | Cell No.=phone:phone_ls29 | Nominee=-:nominee_ls29"
        " | Nominee Cell=-:nominee_phone_ls29 | Date Registered=date@%Y-%m-%d",
        english=True,
    ),
    _shape(
        "cass_assegurats_ad29",
        "Núm.=row | NRT=national_id:nrt_ad29 | Núm. CASS=-:cass_ad29"
        " | Cognoms=family_name:ad_family29 | Nom=given_name:ad_given29"
        " | Data naixement=birth_date@%d/%m/%Y | Sexe=sex:sex_ad29 | Adreça=address:address_ad29"
        " | Codi postal=postcode:post_ad29 | Telèfon=phone:phone_ad29"
        " | Persona de contacte=-:contact_ad29 | Tel. contacte=-:contact_phone_ad29"
        " | Data d'alta=date@%d/%m/%Y",
        english=True,
        encoding="latin-1",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("id_ps29", "id_sr29", "voter_cd29", "nid_ls29", "nrt_ad29")
SEX_HOLDS: tuple[str, ...] = ("sex_ascii29", "sex_ps29", "sex_sr29", "sex_cd29", "sex_ls29")
SEX_HOLDS += ("sex_ad29",)
NAME_HOLDS = frozenset(
    {"ps_given29", "ps_family29", "sr_family29", "sr_given29", "cd_family29", "cd_given29"}
    | {"ls_family29", "ls_given29", "ad_family29", "ad_given29"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ps29",
    "phone_sr29",
    "phone_cd29",
    "phone_ls29",
    "phone_ad29",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("address_sr29", "address_cd29", "address_ls29", "address_ad29")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND29",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND29",
]
