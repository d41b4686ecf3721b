"""The thirty-fourth part of the outside corpus, **blind 34** (written 08:05 UTC, 2026-12-06, never
used for tuning): person files a traffic police unit, a private university, a fishing port, a
ward's social-affairs officer, Services Australia, a Brazilian municipality's social register, the
Beninese CNSS, the Comorian CPS and the Solomon Islands NPF could hand over, in layouts no other
part uses. Four Vietnamese files: a traffic police unit's list of fines paid (người vi phạm giao
thông) in UTF-8 with a byte-order mark (the record number, the ``Biển kiểm soát`` plate, the
vehicle, the offence, the fine, the officer who wrote the record, the day of the offence and the
day and way it was paid); a private university's graduates in Windows-1258 with semicolons (the
student code, birthplace, ``Số CCCD``, major and classification, the degree serial ``Số hiệu văn
bằng`` and register number, the parent who paid the fees with a phone, the student e-mail); a
fishing port's crew departure declarations in Excel with real Excel dates (the boat's
registration ``BĐ-90123-TS`` and owner, each crew member's position, the departure day and hour,
the port and the fishing ground); and a ward's elderly people cared for at home in UTF-16 with
tabs (a 1930 to 1964 birthday, ``Số định danh cá nhân``, the care category and illnesses, the
carer, how related and the carer's phone, the monthly allowance, when the record was updated).
Five foreign files: an Australian Services Australia list in UTF-8 (the ``Medicare Card No.``
with its check digit and issue number, the IRN, the Centrelink ``CRN``, ``Given Names``, the street
with ``Suburb``, ``State`` and ``Postcode`` apart, ``04xx xxx xxx`` mobiles, the payment and the
nominee); a Brazilian CadÚnico-like list in Windows-1252 with Portuguese headers and semicolons
(the ``CPF`` with its two check digits, the mother's name, ``Logradouro`` with ``Bairro``,
``Município``, ``UF`` and ``CEP`` apart, ``(11) 91234-5678`` phones, the NIS); a Beninese CNSS
list in Excel with French headers (the ten-digit ``NPI``, ``HOUNKPATIN`` surnames, quartier and
arrondissement addresses, ``+229 01 97 12 34 56`` phones, the person to warn); a Comorian CPS
list in UTF-8 with a BOM, semicolons and French/Arabic/Shikomori headers (the ``NIN``, three-part
patronymic names in one column, the island apart, ``+269 3xx xx xx`` phones, the guardian); and
a Solomon Islands NPF list in UTF-16 with tabs and English headers (the NPF number, village and
island addresses, the province, ``741 2345`` seven-digit phones, the nominee; the islands issue
no national identity number).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind34_writers import WRITERS_BLIND34
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND34: tuple[Shape, ...] = (
    _shape(
        "nop_phat_giao_thong_vn34",
        "STT=row | Số biên bản=-:record34 | Họ và tên người vi phạm=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd | Địa chỉ=address"
        " | Biển kiểm soát=-:plate34 | Loại phương tiện=-:vehicle34"
        " | Hành vi vi phạm=-:offence34 | Số tiền phạt (đồng)=-:fine34"
        " | Cán bộ lập biên bản=-:traffic_officer34 | Ngày vi phạm=date@%d/%m/%Y"
        " | Ngày nộp phạt=date:paid34 | Hình thức nộp=-:pay_way34",
        encoding="utf-8-sig",
    ),
    _shape(
        "tot_nghiep_dai_hoc_vn34",
        "STT=row | Mã sinh viên=-:student34 | Họ và tên=full_name"
        " | Ngày sinh=birth_date:grad_birth34 | Giới tính=sex | Nơi sinh=-:birthplace34"
        " | Số CCCD=cccd:grad_cccd34 | Ngành đào tạo=-:major34 | Xếp loại tốt nghiệp=-:rank34"
        " | Số hiệu văn bằng=-:diploma34 | Số vào sổ cấp bằng=-:register34"
        " | Ngày ký quyết định=date@%d/%m/%Y | Phụ huynh đóng học phí=-:parent34"
        " | SĐT phụ huynh=-:parent_phone34 | Email sinh viên=email:grad_email34",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "khai_bao_xuat_ben_vn34",
        "STT=row | Số đăng ký tàu=-:boat34 | Chủ tàu=-:owner34 | Chức danh=-:position34"
        " | Họ và tên thuyền viên=full_name | Ngày sinh=birth_date:excel_date"
        " | Số CCCD=cccd | Nơi thường trú=address | Số điện thoại=phone"
        " | Ngày xuất bến=date:excel_event | Giờ xuất bến=-:depart_hour34"
        " | Cảng cá=-:port34 | Ngư trường hoạt động=-:ground34",
        file="xlsx",
    ),
    _shape(
        "cham_soc_nguoi_cao_tuoi_vn34",
        "STT=row | Họ và tên người cao tuổi=full_name | Ngày sinh=birth_date:elder_birth34"
        " | Giới tính=sex | Số định danh cá nhân=cccd:elder_cccd34 | Địa chỉ=address"
        " | Diện chăm sóc=-:care34 | Bệnh lý=-:illness34 | Người chăm sóc=-:carer34"
        " | Quan hệ=-:carer_rel34 | SĐT người chăm sóc=-:carer_phone34"
        " | Mức trợ cấp hằng tháng=-:allowance34 | Ngày bắt đầu chăm sóc=date@%d/%m/%Y"
        " | Cập nhật lần cuối=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "centrelink_customers_au34",
        "Row=row | Medicare Card No.=national_id:medicare_au34 | IRN=-:irn_au34"
        " | Centrelink CRN=-:crn_au34 | Surname=family_name:au_family34"
        " | Given Names=given_name:au_given34 | DOB=birth_date@%d/%m/%Y | Sex=sex:sex_au34"
        " | Street Address=street:street_au34 | Suburb=suburb:suburb_au34"
        " | State=state:state_au34 | Postcode=postcode:post_au34 | Mobile=phone:phone_au34"
        " | Payment Type=-:payment_au34 | Nominee=-:nominee_au34 | Date Granted=date@%d/%m/%Y",
        english=True,
    ),
    _shape(
        "cadastro_social_br34",
        "Nº=row | Nome completo=full_name:name_br34 | CPF=national_id:cpf_br34"
        " | Data de nascimento=birth_date@%d/%m/%Y | Sexo=sex:sex_br34"
        " | Nome da mãe=-:mother_br34 | Logradouro=street:street_br34"
        " | Bairro=suburb:bairro_br34 | Município=-:city_br34 | UF=state:uf_br34"
        " | CEP=postcode:cep_br34 | Telefone=phone:phone_br34 | NIS=-:nis_br34"
        " | Data do cadastro=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "cnss_immatricules_bj34",
        "N°=row | N° immatriculation CNSS=-:cnss_bj34 | NPI=national_id:npi_bj34"
        " | Nom=family_name:bj_family34 | Prénoms=given_name:bj_given34"
        " | Date de naissance=birth_date@%d/%m/%Y | Lieu de naissance=-:birthplace_bj34"
        " | Sexe=sex:sex_bj34 | Adresse=address:address_bj34 | Téléphone=phone:phone_bj34"
        " | Employeur=-:employer_bj34 | Personne à prévenir=-:contact_bj34"
        " | Date d'immatriculation=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "cps_assures_km34",
        "N°=row | N° CPS=-:cps_km34 | NIN / الرقم الوطني=national_id:nin_km34"
        " | Nom et prénoms / الاسم / Dzina=full_name:name_km34"
        " | Date de naissance / تاريخ الميلاد=birth_date@%d/%m/%Y"
        " | Sexe / الجنس=sex:sex_km34 | Île / الجزيرة / Kisiwa=-:island_km34"
        " | Adresse / العنوان / Mahali=address:address_km34"
        " | Téléphone / الهاتف=phone:phone_km34 | Tuteur / الولي=-:tutor_km34"
        " | Date d'inscription=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "npf_members_sb34",
        "No.=row | NPF No.=-:npf_sb34 | Surname=family_name:sb_family34"
        " | First Name=given_name:sb_given34 | Date of Birth=birth_date@%d/%m/%Y"
        " | Sex=sex:sex_sb34 | Residential Address=address:address_sb34"
        " | Province=province:province_sb34 | Phone=phone:phone_sb34"
        " | Employer=-:employer_sb34 | Nominee=-:nominee_sb34 | Date Joined=date@%d/%m/%Y",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("medicare_au34", "cpf_br34", "npi_bj34", "nin_km34")
SEX_HOLDS: tuple[str, ...] = ("sex_au34", "sex_br34", "sex_bj34", "sex_km34", "sex_sb34")
NAME_HOLDS = frozenset(
    {"au_family34", "au_given34", "name_br34", "bj_family34", "bj_given34", "name_km34"}
    | {"sb_family34", "sb_given34"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_au34",
    "phone_br34",
    "phone_bj34",
    "phone_km34",
    "phone_sb34",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("address_bj34", "address_km34", "address_sb34")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND34",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND34",
]
