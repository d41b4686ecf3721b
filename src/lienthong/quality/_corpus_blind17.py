"""The seventeenth part of the outside corpus, **blind 17** (written 02:51 UTC, 2026-12-06, never
used for tuning): person files the social-policy bank, a driving-test centre, a blood-donation
centre, a commune's association of the elderly, an Emirati health insurer, the Guatemalan social
security institute, the Tunisian health-insurance fund, the Ghanaian health-insurance authority
and the Luxembourg health fund could hand over, in layouts no other part uses. Four Vietnamese
files: a social-policy bank's list of borrowers (hộ vay vốn) in Excel with the borrower's code,
the hamlet, the loan programme, the amount lent and still owed, the savings-and-loan group and
the heir's name; a driving-test centre's list of learners in Windows-1258 with ``Mã HV``, the
licence class, ``Số GTTT`` for the identity card and ``dd-mm-yyyy`` dates; a blood-donation
list with ASCII snake-case headers (``ma_nguoi_hien``, ``nhom_mau``, ``ngay_sinh`` written
``dd.mm.yyyy``, ``ngay_hien`` written ``yyyy-mm-dd``), e-mails and the volume given; and a
commune's list of old people receiving longevity gifts (mừng thọ) in tab-separated UTF-8 with a
byte-order mark and headers in capitals (``SỐ ĐDCN``, the age, the carer's name and phone). Five
foreign files: an Emirati insurer's member list (``EID No.`` written ``784-1985-1234567-1`` with
its Luhn digit, names in capitals, nationality, emirate, the sponsor, ``12-Mar-1985`` dates), a
Guatemalan IGSS list in Latin-1 (``CUI`` written ``2456 78901 0101`` with its mod 11 digit,
``5a. Avenida 12-34 Zona 1`` addresses, the IGSS affiliation number beside it), a Tunisian CNAM
list in Windows-1256 with French and Arabic headers (``N° C.I.N / رقم ب.ت.و``, the father's
name, four-digit postcodes), a Ghanaian NHIS list (``Ghana Card PIN`` written
``GHA-712345678-9``, the NHIS number, GhanaPost GPS digital addresses) and a Luxembourg CNS list
in Excel (``Matricule`` of thirteen digits with its Luhn and Verhoeff digits, ``L-1611``
postcodes, ``+352`` phones, the employer).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind17_writers import WRITERS_BLIND17
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND17: tuple[Shape, ...] = (
    _shape(
        "ho_vay_von_nhcs_vn",
        "TT=row | Mã KH vay=-:borrower_code17 | Họ tên người vay=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd | Thôn/ấp=-:hamlet17"
        " | Địa chỉ=address | Chương trình cho vay=-:loan_program17"
        " | Số tiền vay (đ)=-:loan_amount17 | Dư nợ (đ)=-:outstanding17"
        " | Ngày giải ngân=date@%d/%m/%Y | Tổ TK&VV=-:savings_group17"
        " | Người thừa kế=-:heir17 | ĐT=phone",
        file="xlsx",
    ),
    _shape(
        "hoc_vien_sat_hach_vn",
        "STT=row | Mã HV=-:learner_no17 | Họ và tên=full_name | NS=birth_date@%d-%m-%Y"
        " | GT=sex | Số GTTT=cccd | Nơi cư trú=address | Hạng GPLX=-:licence_class17"
        " | SĐT=phone | Ngày SH=date@%d-%m-%Y | Kết quả=-:test_result17",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "hien_mau_vn",
        "stt=row | ma_nguoi_hien=-:donor_code17 | ho_ten=full_name"
        " | ngay_sinh=birth_date@%d.%m.%Y | gioi_tinh=sex | so_cccd=cccd | nhom_mau=-:blood_group17"
        " | dia_chi=address | dien_thoai=phone | email=email | so_lan_hien=-:donations17"
        " | ngay_hien=date@%Y-%m-%d | the_tich_ml=-:volume17 | diem_hien=-:site17",
    ),
    _shape(
        "mung_tho_vn",
        "TT=row | HỌ VÀ TÊN=full_name | NGÀY THÁNG NĂM SINH=birth_date:elder_birth17"
        " | TUỔI=-:elder_age17 | GIỚI TÍNH=sex | SỐ ĐDCN=cccd:elder_cccd17 | NƠI CƯ TRÚ=address"
        " | NGƯỜI CHĂM SÓC=-:carer17 | SĐT NGƯỜI CHĂM SÓC=-:carer_phone17 | MỨC QUÀ=-:gift17"
        " | NGÀY NHẬN=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "members_insurer_ae",
        "S.No=row | EID No.=national_id:eid_ae | Member Name (as per EID)=full_name:ae_full"
        " | Nationality=-:nat_ae | DOB=birth_date@%d-%b-%Y | Gender=sex:sex_ae"
        " | Emirate=-:emirate_ae | Residence Address=address:address_ae"
        " | Mobile No.=phone:phone_ae | Sponsor=-:sponsor_ae | Policy Start=date@%d-%b-%Y",
        english=True,
    ),
    _shape(
        "afiliados_igss_gt",
        "Correlativo=row | No. Afiliación IGSS=-:igss_gt | CUI=national_id:cui_gt"
        " | Apellidos=family_name:gt_family | Nombres=given_name:gt_given"
        " | Fecha de Nacimiento=birth_date@%d/%m/%Y | Sexo=sex:sex_gt"
        " | Dirección=street:street_gt | Municipio=-:muni_gt | Teléfono=phone:phone_gt"
        " | Patrono=-:employer_gt | Fecha de Alta=date@%d/%m/%Y",
        english=True,
        encoding="latin-1",
        delimiter=";",
    ),
    _shape(
        "assures_cnam_tn",
        "N°=row | N° C.I.N / رقم ب.ت.و=national_id:cin_tn | Nom / اللقب=family_name:tn_family"
        " | Prénom / الاسم=given_name:tn_given | Nom du père / اسم الأب=-:father_tn"
        " | Date de naissance=birth_date@%d/%m/%Y | Sexe=sex:sex_tn"
        " | Adresse=address:address_tn | Code postal=postcode:post_tn | Tél.=phone:phone_tn"
        " | Identifiant CNAM=-:cnam_tn | Date d'affiliation=date@%d/%m/%Y",
        english=True,
        encoding="cp1256",
        delimiter=";",
    ),
    _shape(
        "nhis_members_gh",
        "No.=row | Ghana Card PIN=national_id:ghacard_gh | NHIS No.=-:nhis_gh"
        " | Surname=family_name:gh_family | Other Names=given_name:gh_given"
        " | D.O.B=birth_date@%d/%m/%Y | Sex=sex:sex_gh | Digital Address=postcode:gps_gh"
        " | Locality=-:locality_gh | Phone No.=phone:phone_gh | Membership Type=-:type_gh"
        " | Expiry Date=date@%d/%m/%Y",
        english=True,
    ),
    _shape(
        "assures_cns_lu",
        "N° ordre=row | Matricule=national_id:matricule_lu | Nom=family_name:lu_family"
        " | Prénom=given_name:lu_given | Date de naissance=birth_date@%d/%m/%Y"
        " | Sexe=sex:sex_lu | N°, rue=street:street_lu | Code postal=postcode:post_lu"
        " | Localité=-:town_lu | Tél.=phone:phone_lu | Employeur=-:employer_lu"
        " | Date d'affiliation=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new (every format it uses is
#: already spelt by an earlier part), so the mapping stays empty.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("eid_ae", "cui_gt", "cin_tn", "ghacard_gh", "matricule_lu")
SEX_HOLDS: tuple[str, ...] = ("sex_ae", "sex_gt", "sex_tn", "sex_gh", "sex_lu")
NAME_HOLDS = frozenset(
    {"ae_full", "gt_family", "gt_given", "tn_family", "tn_given"}
    | {"gh_family", "gh_given", "lu_family", "lu_given"}
)
PHONE_HOLDS: tuple[str, ...] = ("phone_ae", "phone_gt", "phone_tn", "phone_gh", "phone_lu")
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("address_ae", "address_tn")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND17",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND17",
]
