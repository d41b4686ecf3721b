"""The twenty-first part of the outside corpus, **blind 21** (written 04:49 UTC, 2026-12-06, never
used for tuning): person files a commune's poverty review, a provincial justice department, the
post office, an employment service centre, a Honduran cash-transfer programme, the Zambian
pension authority, the Iraqi social protection network, a Senegalese health mutual and the
Jamaican National Health Fund could hand over, in layouts no other part uses. Four Vietnamese
files: a commune's list of poor and near-poor households in Excel (the household code, the
ethnic group, the hamlet, the commune's administrative code, the number of members, the date the
household was recognised and the official who surveyed it with her phone); a justice
department's applicants for a criminal-record certificate (lý lịch tư pháp) in Windows-1258 with
``Số CCCD/ĐDCN``, ``dd.mm.yyyy`` dates, the place of birth, both parents' names and the person
authorised to collect it; the post office's deliveries of administrative results in UTF-8 with
ASCII snake-case headers (``so_dinh_danh``, ``ma_buu_chinh``, ``yyyy-mm-dd`` dates, the parcel
code, who signed for it and the postman's phone); and an employment service centre's
unemployment-benefit decisions in UTF-16 with tab separators, capital headers, the social
insurance book number, the former employer, the months and amount paid and a contact person.
Five foreign files: a Honduran Bono Vida Mejor payment list in Windows-1252 with capital headers
(``No. IDENTIDAD`` written ``0801-1985-01234``, municipality, year of birth and serial, no check
digit; five-digit postcodes, ``9876-5432`` phones, an alternate receiver); a Zambian NAPSA list
(``NRC No.`` written ``123456/11/1``, the SSN beside it, plot addresses, ``0977123456`` phones,
the next of kin); an Iraqi social protection list in Windows-1256 with Arabic headers (the
four-part name and family name in one column, the mother's name, the twelve-digit national card
number, ``yyyy/mm/dd`` dates, addresses by mahalla, zuqaq and house, the mukhtar who vouched for
the family and his phone); a Senegalese CMU health mutual's members in Excel with French headers
(``N° CNI`` for the thirteen-digit NIN whose first digit is 1 for men and 2 for women, ``Rue 22 x
17`` and villa addresses, ``77 123 45 67`` phones, the person to notify); and a Jamaican NHF list
in Windows-1252 (``TRN`` written ``123-456-789``, ``12-Mar-85`` dates, ``Kingston 10`` postal
zones, ``(876) 555-1234`` phones, an emergency contact).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind21_writers import WRITERS_BLIND21
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND21: tuple[Shape, ...] = (
    _shape(
        "ho_ngheo_can_ngheo_vn",
        "STT=row | Mã hộ=-:household21 | Họ và tên chủ hộ=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Dân tộc=-:ethnic21 | Số CCCD=cccd"
        " | Thôn/Tổ dân phố=-:hamlet21 | Địa chỉ=address | Mã ĐVHC xã=-:commune21"
        " | Phân loại hộ=-:poverty21 | Số nhân khẩu=-:members21"
        " | Ngày công nhận=date@%d/%m/%Y | Cán bộ rà soát=-:surveyor21"
        " | SĐT cán bộ=-:surveyor_phone21",
        file="xlsx",
    ),
    _shape(
        "phieu_ltp_vn",
        "STT=row | Số hồ sơ=-:dossier21 | Họ tên người yêu cầu=full_name | Giới tính=sex"
        " | NS=birth_date@%d.%m.%Y | Nơi sinh=-:birthplace21 | Số CCCD/ĐDCN=cccd"
        " | Nơi thường trú=address | ĐT=phone | Họ tên cha=-:father21 | Họ tên mẹ=-:mother21"
        " | Loại phiếu=-:form21 | Người được ủy quyền=-:proxy21 | ĐT người được UQ=-:proxy_phone21"
        " | Ngày tiếp nhận=date@%d.%m.%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "tra_ket_qua_buu_dien_vn",
        "stt=row | ma_buu_gui=-:parcel21 | ho_ten_nguoi_nhan=full_name | so_dinh_danh=cccd"
        " | ngay_sinh=birth_date@%Y-%m-%d | dia_chi_nhan=address | ma_buu_chinh=postcode:post21"
        " | sdt_nguoi_nhan=phone | ten_thu_tuc=-:procedure21 | co_quan_tra_kq=-:office21"
        " | ngay_phat=date@%Y-%m-%d | nguoi_ky_nhan=-:signer21 | buu_ta=-:postman21"
        " | sdt_buu_ta=-:postman_phone21",
    ),
    _shape(
        "quyet_dinh_tctn_vn",
        "TT=row | SỐ QĐ=-:decision21 | HỌ VÀ TÊN=full_name | NGÀY SINH=birth_date@%d/%m/%Y"
        " | GIỚI TÍNH=sex | SỐ CCCD=cccd | SỐ SỔ BHXH=bhxh | NƠI CƯ TRÚ=address"
        " | ĐƠN VỊ NGHỈ VIỆC=-:employer21 | SỐ THÁNG HƯỞNG=-:months21"
        " | MỨC HƯỞNG/THÁNG=-:benefit21 | NGÀY BẮT ĐẦU HƯỞNG=date@%d/%m/%Y | SĐT=phone"
        " | NGƯỜI LIÊN HỆ=-:contact21 | SĐT NGƯỜI LIÊN HỆ=-:contact_phone21",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "bono_vida_mejor_hn",
        "No.=row | No. IDENTIDAD=national_id:dni_hn | NOMBRES=given_name:hn_given"
        " | APELLIDOS=family_name:hn_family | FECHA NAC.=birth_date@%d/%m/%Y | SEXO=sex:sex_hn"
        " | DEPARTAMENTO=-:dept_hn | MUNICIPIO=-:muni_hn | DIRECCION=address:address_hn"
        " | COD. POSTAL=postcode:post_hn | CELULAR=phone:phone_hn"
        " | RECEPTOR ALTERNO=-:alternate_hn | CEL. RECEPTOR=-:alternate_phone_hn"
        " | FECHA DE PAGO=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "napsa_members_zm",
        "S/N=row | NRC No.=national_id:nrc_zm | SSN=-:ssn_zm | Surname=family_name:zm_family"
        " | Other Names=given_name:zm_given | Date of Birth=birth_date@%d/%m/%Y | Sex=sex:sex_zm"
        " | Physical Address=address:address_zm | Postal Code=postcode:post_zm"
        " | Mobile No.=phone:phone_zm | Next of Kin=-:nok_zm | NOK Mobile=-:nok_phone_zm"
        " | Employer=-:employer_zm | Date of Registration=date@%d/%m/%Y",
        english=True,
    ),
    _shape(
        "himaya_ijtimaiya_iq",
        "ت=row | الاسم الرباعي واللقب=full_name:iq_full | اسم الام الثلاثي=-:mother_iq"
        " | رقم البطاقة الوطنية=national_id:card_iq | تاريخ الولادة=birth_date@%Y/%m/%d"
        " | الجنس=sex:sex_iq | المحافظة=-:gov_iq | العنوان=address:address_iq"
        " | الرمز البريدي=postcode:post_iq | رقم الهاتف=phone:phone_iq"
        " | اسم المختار=-:mukhtar_iq | هاتف المختار=-:mukhtar_phone_iq"
        " | تاريخ الشمول=date@%Y/%m/%d",
        english=True,
        encoding="cp1256",
    ),
    _shape(
        "mutuelle_cmu_sn",
        "N° d'ordre=row | N° CNI=national_id:nin_sn | Prénom(s)=given_name:sn_given"
        " | Nom=family_name:sn_family | Date de naissance=birth_date@%d/%m/%Y"
        " | Lieu de naissance=-:birthplace_sn | Sexe=sex:sex_sn | Adresse=address:address_sn"
        " | Commune=-:commune_sn | Code postal=postcode:post_sn | Téléphone=phone:phone_sn"
        " | Personne à prévenir=-:contact_sn | Tél. personne à prévenir=-:contact_phone_sn"
        " | Date d'adhésion=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "nhf_cardholders_jm",
        "No.=row | TRN=national_id:trn_jm | Surname=family_name:jm_family"
        " | First Name=given_name:jm_given | DOB=birth_date@%d-%b-%y | Sex=sex:sex_jm"
        " | Address=address:address_jm | Postal Zone=postcode:post_jm | Parish=-:parish_jm"
        " | Contact No.=phone:phone_jm | Emergency Contact=-:contact_jm"
        " | Emergency Contact No.=-:contact_phone_jm | Date Enrolled=date@%d-%b-%y",
        english=True,
        encoding="cp1252",
    ),
)

#: How a 31 February reads in this part's date formats: ``12-Mar-85`` is new.
INVALID_DAY = {"%d-%b-%y": "31-Feb-{yy}"}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("dni_hn", "nrc_zm", "card_iq", "nin_sn", "trn_jm")
SEX_HOLDS: tuple[str, ...] = ("sex_hn", "sex_zm", "sex_iq", "sex_sn", "sex_jm")
NAME_HOLDS = frozenset(
    {"hn_given", "hn_family", "zm_family", "zm_given", "iq_full", "sn_given", "sn_family"}
    | {"jm_family", "jm_given"}
)
PHONE_HOLDS: tuple[str, ...] = ("phone_hn", "phone_zm", "phone_iq", "phone_sn", "phone_jm")
#: addresses written with ``", "`` between their parts (the Iraqi one is written with slashes)
ADDRESS_HOLDS: tuple[str, ...] = ("address_hn", "address_zm", "address_sn", "address_jm")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND21",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND21",
]
