"""The twentieth part of the outside corpus, **blind 20** (written 04:50 UTC, 2026-12-06, never
used for tuning): person files a notary office, a hotel, a provincial library, a district's
labour and social affairs office, the Paraguayan social security institute, the Ugandan National
Social Security Fund, the Malaysian social security organisation, the Algerian social insurance
fund and the Macanese social security fund could hand over, in layouts no other part uses. Four
Vietnamese files: a notary office's register of notarised contracts in Excel (the number and kind
of the deed, party A's name, birth date, ``CCCD bên A``, address and phone, party B's name and
phone, the notary); a hotel's guest stay declarations (khai báo lưu trú) in Windows-1258 with
``Số giấy tờ``, the room, who booked it and their phone, arrival and departure dates; a library's
reader cards in UTF-8 with ASCII snake-case headers (``so_cccd``, ``yyyy-mm-dd`` dates, the
five-digit ``ma_buu_chinh`` and a guarantor's name and phone); and a list of war-merit
beneficiaries' monthly allowances in UTF-16 with tab separators (``Số định danh``, the category,
the amount, and the relative who collects it with their phone). Five foreign files: a Paraguayan
IPS list in Windows-1252 (``C.I. N°`` written ``4.567.890``, ``Apellidos`` and ``Nombres``,
``Mcal. López N° 1234 c/ Yegros`` streets, barrio, city and four-digit postcode); a Ugandan NSSF
list in Excel (``NIN`` of fourteen characters such as ``CM85123456ABQD``, ``12-Mar-1985`` dates,
village, sub-county and district, ``P.O. Box`` addresses, next of kin); a Malaysian PERKESO list
with Malay headers (``No. K/P`` written ``850312-14-5673``, ``Jantina`` L/P, ``Poskod``, the
heir, ``dd-mm-yyyy`` dates); an Algerian CNAS list in Latin-1 with French headers (the 18-digit
``NIN``, ``N° SS``, surnames in capitals, the father's first name, ``Cité … Bt 12`` addresses and
five-digit postcodes); and a Macanese FSS list in Big5-HKSCS with Chinese headers (``澳門居民身份證
編號`` written ``1234567(8)``, the Chinese name and its Portuguese romanisation, the parish).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind20_writers import WRITERS_BLIND20
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND20: tuple[Shape, ...] = (
    _shape(
        "hop_dong_cong_chung_vn",
        "STT=row | Số công chứng=-:notary_no20 | Ngày công chứng=date@%d/%m/%Y"
        " | Tên việc=-:deed20 | Họ tên bên A=full_name | Ngày sinh bên A=birth_date@%d/%m/%Y"
        " | CCCD bên A=cccd | Địa chỉ bên A=address | SĐT bên A=phone"
        " | Họ tên bên B=-:party_b20 | SĐT bên B=-:party_b_phone20 | Công chứng viên=-:notary20",
        file="xlsx",
    ),
    _shape(
        "khai_bao_luu_tru_vn",
        "STT=row | Phòng=-:room20 | Họ và tên khách=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Loại giấy tờ=-:doc20 | Số giấy tờ=cccd | Quốc tịch=-:nation20"
        " | Địa chỉ thường trú=address | Điện thoại=phone | Người đặt phòng=-:booker20"
        " | SĐT người đặt=-:booker_phone20 | Ngày đến=date@%d/%m/%Y | Ngày đi=-:leave20",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "the_ban_doc_vn",
        "stt=row | ma_the=-:card20 | loai_the=-:card_kind20 | ho_ten=full_name"
        " | ngay_sinh=birth_date@%Y-%m-%d | gioi_tinh=sex | so_cccd=cccd | dia_chi=address"
        " | ma_buu_chinh=postcode:postcode_vn20 | dien_thoai=phone:phone_spaced"
        " | nguoi_bao_lanh=-:guarantor20 | dt_nguoi_bao_lanh=-:guarantor_phone20"
        " | ngay_cap_the=date@%Y-%m-%d",
    ),
    _shape(
        "tro_cap_nguoi_co_cong_vn",
        "TT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số định danh=cccd | Nơi ở hiện nay=address | Diện đối tượng=-:merit20"
        " | Mức trợ cấp (đ/tháng)=-:allowance20 | Điện thoại=phone"
        " | Người nhận thay=-:collector20 | SĐT người nhận thay=-:collector_phone20"
        " | Ngày chi trả=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "asegurados_ips_py",
        "Nro.=row | C.I. N°=national_id:ci_py | Apellidos=family_name:py_family"
        " | Nombres=given_name:py_given | Fecha Nac.=birth_date@%d/%m/%Y | Sexo=sex:sex_py"
        " | Domicilio=street:street_py | Barrio=-:barrio_py | Ciudad=-:city_py"
        " | Cód. Postal=postcode:post_py | Celular=phone:phone_py | Empleador=-:employer_py"
        " | Contacto=-:contact_py | Tel. Contacto=-:contact_phone_py"
        " | Fecha de Alta=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "nssf_members_ug",
        "S/N=row | NIN=national_id:nin_ug | NSSF No.=-:nssf_ug | Surname=family_name:ug_family"
        " | Given Name=given_name:ug_given | DOB=birth_date@%d-%b-%Y | Sex=sex:sex_ug"
        " | Village, Sub-county, District=address:address_ug | Postal Address=-:box_ug"
        " | Tel. No.=phone:phone_ug | Employer=-:employer_ug | Next of Kin=-:nok_ug"
        " | NOK Tel.=-:nok_phone_ug | Date of Registration=date@%d-%b-%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "pekerja_perkeso_my",
        "Bil.=row | No. K/P=national_id:mykad | Nama=full_name:my_full"
        " | Tarikh Lahir=birth_date@%d-%m-%Y | Jantina=sex:sex_my | Alamat=street:address_my"
        " | Poskod=postcode:poskod_my | Bandar=-:town_my | Negeri=-:state_my"
        " | No. Tel. Bimbit=phone:phone_my | Majikan=-:employer_my | Nama Waris=-:waris_my"
        " | No. Tel. Waris=-:waris_phone_my | Tarikh Daftar=date@%d-%m-%Y",
        english=True,
        delimiter=",",
    ),
    _shape(
        "assures_cnas_dz",
        "N° d'ordre=row | NIN=national_id:nin_dz | N° SS=-:ss_dz | Nom=family_name:dz_family"
        " | Prénom=given_name:dz_given | Prénom du père=-:father_dz"
        " | Date de naissance=birth_date@%d/%m/%Y | Sexe=sex:sex_dz"
        " | Adresse=address:address_dz | Code postal=postcode:post_dz"
        " | Téléphone=phone:phone_dz | Employeur=-:employer_dz"
        " | Personne à contacter=-:contact_dz | Tél. personne à contacter=-:contact_phone_dz"
        " | Date d'affiliation=date@%d/%m/%Y",
        english=True,
        encoding="latin-1",
        delimiter=";",
    ),
    _shape(
        "beneficiarios_fss_mo",
        "編號=row | 澳門居民身份證編號=national_id:bir_mo | 社保編號=-:fss_mo"
        " | 中文姓名=full_name:mo_name_zh | 外文姓名=full_name:mo_name_pt"
        " | 出生日期=birth_date@%Y-%m-%d | 性別=sex:sex_mo | 地址=address:address_mo"
        " | 堂區=-:parish_mo | 聯絡電話=phone:phone_mo | 緊急聯絡人=-:contact_mo"
        " | 緊急聯絡人電話=-:contact_phone_mo | 登記日期=date@%Y-%m-%d",
        english=True,
        encoding="big5hkscs",
        delimiter=",",
    ),
)

#: How a 31 February reads in this part's date formats: every one is already known.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("ci_py", "nin_ug", "mykad", "nin_dz", "bir_mo")
SEX_HOLDS: tuple[str, ...] = ("sex_py", "sex_ug", "sex_my", "sex_dz", "sex_mo")
NAME_HOLDS = frozenset(
    {"py_family", "py_given", "ug_family", "ug_given", "my_full", "dz_family", "dz_given"}
    | {"mo_name_zh", "mo_name_pt"}
)
PHONE_HOLDS: tuple[str, ...] = ("phone_py", "phone_ug", "phone_my", "phone_dz", "phone_mo")
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("address_ug", "address_my", "address_dz")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND20",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND20",
]
