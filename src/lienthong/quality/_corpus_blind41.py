"""The forty-first part of the outside corpus, **blind 41** (written 08:40 UTC, 2026-12-06, never
used for tuning): person files a provincial tax department, a ward's health insurance desk, a
city's inland waterway office, a residents' association, South Korea's National Health Insurance
Service, Pakistan's BISP, Peru's SUNAT, a Polish social welfare centre and Egypt's Ministry of
Social Solidarity could hand over, in layouts no other part uses. Four Vietnamese files: a
provincial tax department's list of people owing personal income tax (danh sách người nộp thuế
TNCN còn nợ) in UTF-8 with commas (the tax code, the citizen id, the employer that withheld the
tax and its tax code, the year, the income, the tax withheld and the tax owed, the status); a
ward's list of children under six for free health insurance cards in Excel (the child is the
record: the child's personal identification number, name, birth date and sex, the mother's name,
citizen id and phone, who holds the card, the clinic registered, the card number); a city's boat
and ferry operators' licences in Windows-1258 with semicolons (the operator, the vessel's name and
registration, the kind of boat, the seats, the licence number and route, the date issued and the
date it expires); and a residents' association (tổ dân phố) contribution book in UTF-16 with tabs
(the household book number, the head of household, the house and street, the fund, the amount,
the collector, the day collected). Five foreign files: a South Korean NHIS dependants list in
CP949 (주민등록번호 with its check digit, one 성명, 도로명주소, 010 phones, the workplace, the
guardian); a Pakistani BISP beneficiary list with Urdu/English headers in UTF-8 (the CNIC
``12345-1234567-1``, the father's or husband's name, the district and the province, ``03xx``
phones, the scheme and the amount); a Peruvian SUNAT list of small taxpayers in Excel (the DNI
and the RUC beside it, the two surnames in one column, the district and the province, the
regime); a Polish social welfare centre's beneficiaries in Windows-1250 with semicolons (the PESEL
with its check digit, ``Nazwisko``/``Imię``, ``ul.`` lines, the postcode, the town and the
voivodeship, the bank account); and an Egyptian Takaful and Karama list in Windows-1256 (the
14-digit national number, the three-part name, the governorate, ``01x`` phones, the guardian).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind41_writers import WRITERS_BLIND41
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND41: tuple[Shape, ...] = (
    _shape(
        "no_thue_tncn_vn41",
        "STT=row | Mã số thuế=mst | Họ và tên người nộp thuế=full_name | Số CCCD=cccd"
        " | Ngày sinh=birth_date@%d/%m/%Y | Địa chỉ cư trú=address | Điện thoại=phone"
        " | Tổ chức trả thu nhập=-:employer41 | MST tổ chức trả thu nhập=-:employer_mst41"
        " | Năm quyết toán=-:tax_year41 | Tổng thu nhập chịu thuế=-:income41"
        " | Số thuế đã khấu trừ=-:withheld41 | Số thuế còn nợ=-:owed41"
        " | Tình trạng=-:debt_status41 | Ngày cập nhật=timestamp",
    ),
    _shape(
        "tre_em_duoi_6_tuoi_bhyt_vn41",
        "STT=row | Số định danh cá nhân của trẻ=cccd | Họ và tên trẻ=full_name"
        " | Ngày sinh=birth_date:child_birth41 | Giới tính=sex | Họ tên mẹ=-:mother41"
        " | Số CCCD của mẹ=-:mother_cccd41 | SĐT liên hệ=-:mother_phone41"
        " | Người giữ thẻ=-:holder_rel41 | Nơi thường trú=address | Nơi ĐK KCB ban đầu=-:kcb41"
        " | Mã thẻ BHYT=bhyt | Giá trị sử dụng từ=-:card_from41 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "giay_phep_phuong_tien_thuy_vn41",
        "TT=row | Chủ phương tiện=full_name | Số CCCD/CMND=cccd | Năm sinh=birth_date:birth_year41"
        " | Địa chỉ=address | Số điện thoại=phone | Tên phương tiện=-:vessel41"
        " | Số đăng ký=-:vessel_reg41 | Loại phương tiện=-:boat_kind41"
        " | Sức chở (người)=-:seats41 | Số giấy phép=-:licence41 | Tuyến hoạt động=-:route41"
        " | Ngày cấp=date@%d/%m/%Y | Ngày hết hạn=-:licence_end41",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_thu_quy_to_dan_pho_vn41",
        "STT=row | Số sổ hộ=-:household41 | Chủ hộ=full_name | Số nhà, tên đường=street"
        " | Phường=ward:ward41 | Tổ dân phố=-:tdp41 | Điện thoại=phone | Khoản thu=-:fund41"
        " | Số tiền (đồng)=-:fund_amount41 | Người thu=-:collector41"
        " | Ngày thu=date@%d/%m/%Y | Ký nhận=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nhis_dependants_kr41",
        "번호=row | 성명=full_name:kr_name41 | 주민등록번호=national_id:rrn_kr41"
        " | 생년월일=birth_date@%Y.%m.%d | 성별=sex:sex_kr41 | 주소=address:address_kr41"
        " | 시군구=district:gu_kr41 | 휴대전화=phone:phone_kr41 | 사업장명=-:employer_kr41"
        " | 보수월액=-:pay_kr41 | 보호자=-:guardian_kr41 | 자격취득일=date@%Y-%m-%d",
        english=True,
        encoding="cp949",
    ),
    _shape(
        "bisp_beneficiaries_pk41",
        "S.No=row | CNIC No. / شناختی کارڈ نمبر=national_id:cnic_pk41"
        " | Name / نام=full_name:pk_name41 | Father/Husband Name / ولدیت=-:father_pk41"
        " | Date of Birth / تاریخ پیدائش=birth_date@%d-%m-%Y | Gender / جنس=sex:sex_pk41"
        " | Address / پتہ=address:address_pk41 | District / ضلع=district:district_pk41"
        " | Province / صوبہ=province:province_pk41 | Mobile No. / موبائل=phone:phone_pk41"
        " | Scheme=-:scheme_pk41 | Amount=-:amount_pk41 | Payment Date=date@%d-%m-%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "contribuyentes_nrus_pe41",
        "N°=row | DNI=national_id:dni_pe41 | RUC=-:ruc_pe41"
        " | Apellidos=family_name:pe_family41 | Nombres=given_name:pe_given41"
        " | Fecha de Nacimiento=birth_date@%d/%m/%Y | Sexo=sex:sex_pe41"
        " | Domicilio Fiscal=street:street_pe41 | Distrito=district:district_pe41"
        " | Provincia=province:province_pe41 | Celular=phone:phone_pe41"
        " | Régimen=-:regime_pe41 | Actividad Económica=-:activity_pe41"
        " | Fecha de Inscripción=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "swiadczeniobiorcy_ops_pl41",
        "Lp.=row | PESEL=national_id:pesel_pl41 | Nazwisko=family_name:pl_family41"
        " | Imię=given_name:pl_given41 | Data urodzenia=birth_date@%d.%m.%Y | Płeć=sex:sex_pl41"
        " | Ulica i nr domu=street:street_pl41 | Kod pocztowy=postcode:postcode_pl41"
        " | Miejscowość=district:town_pl41 | Województwo=province:voiv_pl41"
        " | Telefon=phone:phone_pl41 | Rodzaj świadczenia=-:benefit_pl41"
        " | Kwota=-:amount_pl41 | Nr rachunku=-:nrb_pl41 | Data decyzji=date@%d.%m.%Y",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
    _shape(
        "takaful_karama_eg41",
        "م=row | الرقم القومي=national_id:nid_eg41 | الاسم=full_name:eg_name41"
        " | تاريخ الميلاد=birth_date@%d/%m/%Y | النوع=sex:sex_eg41"
        " | العنوان=address:address_eg41 | المحافظة=province:gov_eg41"
        " | رقم المحمول=phone:phone_eg41 | البرنامج=-:program_eg41"
        " | قيمة الدعم=-:amount_eg41 | ولي الأمر=-:guardian_eg41 | تاريخ القيد=date@%d/%m/%Y",
        english=True,
        encoding="cp1256",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "rrn_kr41",
    "cnic_pk41",
    "dni_pe41",
    "pesel_pl41",
    "nid_eg41",
)
SEX_HOLDS: tuple[str, ...] = ("sex_kr41", "sex_pk41", "sex_pe41", "sex_pl41", "sex_eg41")
NAME_HOLDS = frozenset(
    {"kr_name41", "pk_name41", "pe_family41", "pe_given41", "pl_family41", "pl_given41"}
    | {"eg_name41"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_kr41",
    "phone_pk41",
    "phone_pe41",
    "phone_pl41",
    "phone_eg41",
)
#: addresses written with ``", "`` between their parts (the Egyptian ones use the Arabic comma)
ADDRESS_HOLDS: tuple[str, ...] = ("address_pk41",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND41",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND41",
]
