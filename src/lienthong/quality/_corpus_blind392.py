"""The three-hundred-and-ninety-second part of the outside corpus, **blind 392** (written 19:22 UTC,
2026-12-07, never used for tuning): person files a ward confirming social-housing applicants'
incomes, a city's social-housing management company, its lease-renewal desk, a social-housing
project's sales office, a French HLM landlord, Wiener Wohnen, Amidar in Israel, a Malaysian city
hall's PPR unit and the Housing Development Corporation of Trinidad and Tobago could hand over.
Four Vietnamese files: a ward's list of income confirmations for social-housing applicants
without a labour contract in Windows-1258 with semicolons (the job, the monthly income, the
twelve months confirmed, the project applied for, the slip's number and day, the officer who
signed); social-housing tenants in breach whose flats are to be taken back, in Excel (the flat
apart from the permanent address, the lease, the months and money owed, the breach, the
decision); lease renewals of social-housing tenants in UTF-16 with tabs and headers without
diacritics (the flat, the old lease, the day it ends, the household size, the rent, whether it is
paid, the time last updated); and co-applicants and household members added to social-housing
dossiers in UTF-8 with a BOM and semicolons (the dossier, the main applicant and their CCCD, the
relation, the workplace, a second phone).
Five foreign files: HLM tenants in rent arrears in Windows-1252 with semicolons (the civility, the
NIR with its key, the dwelling's street, postcode and town apart, the co-holder of the lease, the
rent, the debt, the repayment plan); Wiener Wohnen applicants for a Gemeindewohnung in UTF-8 (the
Vormerkschein, the SVNR with its check digit and birth date, Stiege and Tür in the street, the
co-applicant and their birth date, the housing need); Amidar public-housing applicants in
Windows-1255 with Hebrew headers (the ת.ז. with its Luhn digit, the father's name, the spouse and
their ID, the contract, the rent debt in shekels); Kuala Lumpur PPR applicants in Excel with Malay
headers (the MyKad, the bin/binti name in one column, the spouse and their MyKad, the household
income, the employer, the PPR scheme); and HDC applicants of Trinidad and Tobago in UTF-8 (the
national ID with the birth date in it, the town, the (868) phone, the co-applicant, the income).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind392_writers import WRITERS_BLIND392
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND392: tuple[Shape, ...] = (
    _shape(
        "xac_nhan_thu_nhap_noxh_vn392",
        "STT=row | Họ và tên người đề nghị=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số định danh cá nhân=cccd | Nơi ở hiện tại=address | Nghề nghiệp=-:job392"
        " | Thu nhập bình quân/tháng (đồng)=-:income392"
        " | Thời gian xác nhận (12 tháng liền kề)=-:period392"
        " | Dự án NOXH đăng ký=-:project392 | Số giấy xác nhận=-:slip392"
        " | Ngày xác nhận=date@%d/%m/%Y | Công chức xác nhận=-:officer392 | SĐT=phone",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "thu_hoi_can_ho_noxh_vn392",
        "TT=row | Họ tên bên thuê=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd:cccd_spaced | Căn hộ=-:flat392 | Dự án=-:project392"
        " | Địa chỉ thường trú=address | Số HĐ thuê=-:contract392"
        " | Ngày ký HĐ=date@%d/%m/%Y | Số tháng nợ=-:months392"
        " | Số tiền nợ (đ)=-:debt392 | Hành vi vi phạm=-:breach392"
        " | Số QĐ thu hồi=-:decision392 | Điện thoại=phone | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "gia_han_hd_thue_noxh_vn392",
        "STT=row | Ho ten nguoi thue=full_name | Gioi tinh=sex"
        " | Ngay sinh=birth_date@%d/%m/%Y | So CCCD=cccd | Ma can ho=-:flat392"
        " | HD thue cu so=-:contract392 | Ngay het han HD=date@%d/%m/%Y"
        " | So nhan khau=-:members392 | Gia thue (d/thang)=-:rent392"
        " | Tinh hinh dong tien=-:paystatus392 | So DT=phone | Cap nhat luc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "bo_sung_nguoi_dung_ten_noxh_vn392",
        "STT=row | Mã hồ sơ=-:dossier392 | Người đứng đơn=-:holder392"
        " | CCCD người đứng đơn=-:holder_id392 | Họ tên người bổ sung=full_name"
        " | Quan hệ với người đứng đơn=-:relation392 | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Nơi làm việc=-:workplace392"
        " | Nơi thường trú=address | SĐT=phone | SĐT khác=-:other_phone392"
        " | Ngày nộp bổ sung=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "locataires_impayes_hlm_fr392",
        "N°=row | N° de bail=-:bail_fr392 | Civilité=sex:civ_fr392"
        " | Nom=family_name:fr_family392 | Prénom=given_name:fr_given392"
        " | Date de naissance=birth_date@%d/%m/%Y | NIR (avec clé)=national_id:nir_fr392"
        " | Adresse du logement=street:street_fr392 | Code postal=postcode:cp_fr392"
        " | Commune=district:ville_fr392 | Tél. portable=phone:phone_fr392"
        " | Cotitulaire du bail=-:cotit_fr392 | Loyer + charges (€)=-:loyer_fr392"
        " | Dette locative (€)=-:dette_fr392 | Date du 1er impayé=date@%d/%m/%Y"
        " | Plan d'apurement=-:plan_fr392",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "vormerkung_gemeindewohnung_at392",
        "Lfd. Nr.=row | Vormerkschein-Nr.=-:vormerk_at392 | Familienname=family_name:at_family392"
        " | Vorname=given_name:at_given392 | Geburtsdatum=birth_date@%d.%m.%Y"
        " | Geschlecht=sex:sex_at392 | SV-Nummer=national_id:svnr_at392"
        " | Staatsbürgerschaft=-:citizen_at392 | Straße/Stiege/Tür=street:street_at392"
        " | PLZ=postcode:plz_at392 | Ort=district:ort_at392 | Telefon=phone:phone_at392"
        " | Mitantragsteller/in=-:co_at392 | Personen im Haushalt=-:hh_at392"
        " | Wohnbedarf=-:bedarf_at392 | Vormerkdatum=date@%d.%m.%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "mevakshei_diur_amidar_il392",
        "מס'=row | ת.ז.=national_id:tz_il392 | שם משפחה=family_name:il_family392"
        " | שם פרטי=given_name:il_given392 | שם האב=-:il_father392"
        " | תאריך לידה=birth_date@%d/%m/%Y | מין=sex:sex_il392"
        " | כתובת=street:street_il392 | ישוב=district:city_il392 | מיקוד=postcode:zip_il392"
        " | טלפון נייד=phone:phone_il392 | שם בן/בת הזוג=-:spouse_il392"
        " | ת.ז. בן/בת הזוג=-:spouse_tz_il392 | מס' חוזה=-:contract_il392"
        " | חוב שכר דירה (₪)=-:debt_il392 | תאריך הגשת הבקשה=date@%d/%m/%Y",
        english=True,
        encoding="cp1255",
    ),
    _shape(
        "pemohon_ppr_dbkl_my392",
        "Bil.=row | No. Kad Pengenalan=national_id:mykad_my392"
        " | Nama Pemohon=full_name:my_name392 | Tarikh Lahir=birth_date@%d/%m/%Y"
        " | Jantina=sex:sex_my392 | Alamat Surat-menyurat=address:addr_my392"
        " | No. Tel. Bimbit=phone:phone_my392 | Nama Suami/Isteri=-:spouse_my392"
        " | No. K/P Suami/Isteri=-:spouse_ic_my392"
        " | Pendapatan Isi Rumah (RM)=-:income_my392 | Majikan=-:employer_my392"
        " | Projek PPR Dipohon=-:ppr_my392 | Tarikh Permohonan=date@%d/%m/%Y"
        " | Status=-:status_my392",
        english=True,
        file="xlsx",
    ),
    _shape(
        "hdc_applicants_tt392",
        "No.=row | Surname=family_name:tt_family392 | First Name=given_name:tt_given392"
        " | Date of Birth=birth_date@%d/%m/%Y | Sex=sex:sex_tt392"
        " | National ID No.=national_id:id_tt392 | Address=street:street_tt392"
        " | Town/Village=district:town_tt392 | Contact No.=phone:phone_tt392 | Email=email"
        " | Spouse/Co-Applicant=-:co_tt392 | Employer=-:employer_tt392"
        " | Monthly Household Income (TT$)=-:income_tt392 | Application No.=-:appno_tt392"
        " | Date of Application=date@%d/%m/%Y | Status=-:status_tt392",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "nir_fr392",
    "svnr_at392",
    "tz_il392",
    "mykad_my392",
    "id_tt392",
)
SEX_HOLDS: tuple[str, ...] = ("civ_fr392", "sex_at392", "sex_il392", "sex_my392", "sex_tt392")
NAME_HOLDS = frozenset(
    {"fr_family392", "fr_given392", "at_family392", "at_given392", "il_family392"}
    | {"il_given392", "my_name392", "tt_family392", "tt_given392"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_fr392",
    "phone_at392",
    "phone_il392",
    "phone_my392",
    "phone_tt392",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_my392",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND392",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND392",
]
