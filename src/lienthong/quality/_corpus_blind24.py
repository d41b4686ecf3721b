"""The twenty-fourth part of the outside corpus, **blind 24** (written 05:20 UTC, 2026-12-06,
never used for tuning): person files a market management board, an apartment building's
management board, a district health centre's tuberculosis programme, a youth union chapter, the
Guyanese National Insurance Scheme, a Bosnian cantonal health insurance institute, the Ivorian
universal health cover (CMU), an Afghan cash-assistance programme and the Fiji National Provident
Fund could hand over, in layouts no other part uses. Four Vietnamese files: a market management
board's stall traders in Windows-1258 with commas (the stall number, the goods sold, the stall's
area, the trader's tax code, the lease date and the helper who minds the stall with her phone);
an apartment building's residents in Excel (the flat, the relation to the flat's owner,
``CCCD/Hộ chiếu``, e-mail, the motorbike plate, the date moved in and an emergency contact); a
district health centre's tuberculosis patients in UTF-16 with tab separators and unaccented
capital headers (the patient code, ``SO THE BHYT``, the disease class, the regimen, the date
treatment began and the treatment supporter with his phone); and a youth union's volunteers as a
Google Forms export (the questions as headers, ``Dấu thời gian`` timestamps, the youth union
branch, the campaign and the branch secretary's name and phone).
Five foreign files: a Guyanese NIS list in Windows-1252 (``National ID No.`` of nine digits with
no published check digit, ``NIS No.``, ``Lot 12 Regent Street, Lacytown, Georgetown``
addresses, the administrative region in place of a postcode, ``+592 612 3456`` phones, the next
of kin); a Bosnian ZZO list in Windows-1250 with Bosnian headers (``JMBG`` with its mod 11 digit
and a 10-19 region, ``12.03.1985.`` dates, ``71000`` postcodes, ``061/123-456`` phones, the
insured holder the member is covered through); an Ivorian CMU list in Latin-1 with French headers
(``N° CNI`` written ``CI001234567``, ``H``/``F``, ``01 BP 1234 Abidjan 01`` post boxes, ``07 07 12
34 56`` phones, the person to contact); an Afghan cash-assistance list in Excel with Dari headers
(``نمبر تذکره`` for the e-Tazkira ``1400-0101-23456``, the father's name, ``yyyy/mm/dd`` dates,
nahia and guzar addresses, four-digit postcodes, ``0799 123 456`` phones, the community
representative who vouched for the household); and a Fijian FNPF list in UTF-8 with tab
separators (``TIN`` of nine digits, the FNPF number, ``12-03-1985`` dates, ``Lot 5 Ratu Mara Road,
Samabula, Suva`` addresses, the post box in place of a postcode, ``927 1234`` phones, the
nominee).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind24_writers import WRITERS_BLIND24
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND24: tuple[Shape, ...] = (
    _shape(
        "tieu_thuong_cho_vn24",
        "STT=row | Số sạp=-:stall24 | Họ tên tiểu thương=full_name | NS=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | MST=mst | Địa chỉ thường trú=address | ĐT=phone"
        " | Ngành hàng=-:goods24 | DT (m2)=-:area24 | Ngày ký HĐ=date@%d/%m/%Y"
        " | Người phụ bán=-:helper24 | ĐT người phụ bán=-:helper_phone24"
        " | Mã BC=postcode:post24",
        encoding="cp1258",
        delimiter=",",
    ),
    _shape(
        "cu_dan_chung_cu_vn24",
        "STT=row | Căn hộ=-:flat24 | Họ và tên=full_name | Quan hệ với chủ hộ=-:relation24"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | CCCD/Hộ chiếu=cccd"
        " | Số điện thoại=phone | Email=email | Địa chỉ=address:apartment24"
        " | Mã bưu chính=postcode:apt_post24 | Biển số xe=-:plate24"
        " | Ngày chuyển đến=date@%d/%m/%Y | Người liên hệ khẩn cấp=-:emergency24"
        " | SĐT khẩn cấp=-:emergency_phone24",
        file="xlsx",
    ),
    _shape(
        "benh_nhan_lao_vn24",
        "STT=row | MA BN=-:patient24 | HO TEN BN=full_name | NGAY SINH=birth_date@%d/%m/%Y"
        " | GIOI=sex | SO CCCD=cccd | SO THE BHYT=bhyt | DIA CHI=address | SDT=phone"
        " | MA BUU CHINH=postcode:tb_post24 | PHAN LOAI=-:tb_class24 | PHAC DO=-:regimen24"
        " | NGAY BD DIEU TRI=date@%d/%m/%Y | NGUOI HO TRO DT=-:supporter24"
        " | SDT NGUOI HO TRO=-:supporter_phone24",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "tinh_nguyen_vien_vn24",
        "STT=row | Dấu thời gian=timestamp:form_time24 | Họ và tên của bạn=full_name"
        " | Ngày tháng năm sinh=birth_date:youth_birth24 | Giới tính=sex"
        " | Số CCCD (12 số)=cccd:youth_cccd24 | Số điện thoại liên hệ=phone | Địa chỉ email=email"
        " | Nơi ở hiện nay=address | Mã bưu chính=postcode:youth_post24"
        " | Chi đoàn=-:branch24 | Chiến dịch đăng ký=-:campaign24"
        " | Ngày tham gia=date@%d/%m/%Y | Bí thư chi đoàn=-:secretary24"
        " | SĐT bí thư=-:secretary_phone24",
    ),
    _shape(
        "nis_insured_gy24",
        "No.=row | National ID No.=national_id:id_gy24 | NIS No.=-:nis_gy24"
        " | Surname=family_name:gy_family24 | First Name(s)=given_name:gy_given24"
        " | Date of Birth=birth_date@%d/%m/%Y | Sex=sex:sex_gy24"
        " | Address=address:address_gy24 | Region=postcode:region_gy24"
        " | Telephone=phone:phone_gy24 | Next of Kin=-:nok_gy24"
        " | Next of Kin Tel.=-:nok_phone_gy24 | Date Registered=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "zzo_osigurani_ba24",
        "R.br.=row | JMBG=national_id:jmbg_ba24 | Prezime=family_name:ba_family24"
        " | Ime=given_name:ba_given24 | Datum rođenja=birth_date@%d.%m.%Y."
        " | Spol=sex:sex_ba24 | Adresa=address:address_ba24"
        " | Poštanski broj=postcode:post_ba24 | Općina=-:opcina_ba24"
        " | Telefon=phone:phone_ba24 | Nosilac osiguranja=-:holder_ba24"
        " | JMBG nosioca=-:holder_jmbg_ba24 | Datum prijave=date@%d.%m.%Y.",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
    _shape(
        "cmu_assures_ci24",
        "N°=row | N° CNI=national_id:cni_ci24 | Nom=family_name:ci_family24"
        " | Prénoms=given_name:ci_given24 | Né(e) le=birth_date@%d/%m/%Y"
        " | Lieu de naissance=-:birthplace_ci24 | Sexe=sex:sex_ci24"
        " | Domicile=address:address_ci24 | Adresse postale=postcode:bp_ci24"
        " | Contact=phone:phone_ci24 | Personne à contacter=-:contact_ci24"
        " | Contact personne à contacter=-:contact_phone_ci24"
        " | Date d'enrôlement=date@%d/%m/%Y",
        english=True,
        encoding="latin-1",
        delimiter=";",
    ),
    _shape(
        "komak_naqdi_af24",
        "شماره=row | نام=given_name:af_given24 | نام پدر=-:father_af24"
        " | تخلص=family_name:af_family24 | نمبر تذکره=national_id:tazkira_af24"
        " | تاریخ تولد=birth_date@%Y/%m/%d | جنسیت=sex:sex_af24"
        " | آدرس=address:address_af24 | کد پستی=postcode:post_af24"
        " | شماره تماس=phone:phone_af24 | نماینده شورا=-:elder_af24"
        " | شماره تماس نماینده=-:elder_phone_af24 | تاریخ توزیع=date@%Y/%m/%d",
        english=True,
        file="xlsx",
    ),
    _shape(
        "fnpf_members_fj24",
        "Item=row | FNPF No.=-:fnpf_fj24 | TIN=national_id:tin_fj24"
        " | Surname=family_name:fj_family24 | Other Names=given_name:fj_given24"
        " | DOB=birth_date@%d-%m-%Y | Gender=sex:sex_fj24"
        " | Residential Address=address:address_fj24"
        " | Postal Address=postcode:box_fj24 | Mobile=phone:phone_fj24"
        " | Nominee=-:nominee_fj24 | Nominee Mobile=-:nominee_phone_fj24"
        " | Date Joined=date@%d-%m-%Y",
        english=True,
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new (``12.03.1985.`` is blind
#: 11's).
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("id_gy24", "jmbg_ba24", "cni_ci24", "tazkira_af24", "tin_fj24")
SEX_HOLDS: tuple[str, ...] = ("sex_gy24", "sex_ba24", "sex_ci24", "sex_af24", "sex_fj24")
NAME_HOLDS = frozenset(
    {"gy_family24", "gy_given24", "ba_family24", "ba_given24", "ci_family24", "ci_given24"}
    | {"af_given24", "af_family24", "fj_family24", "fj_given24"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_gy24",
    "phone_ba24",
    "phone_ci24",
    "phone_af24",
    "phone_fj24",
)
#: addresses written with ``", "`` between their parts (the Bosnian one is the street and
#: number alone, the Afghan one is written with Dari commas)
ADDRESS_HOLDS: tuple[str, ...] = ("apartment24", "address_gy24", "address_ci24", "address_fj24")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND24",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND24",
]
