"""The twenty-third part of the outside corpus, **blind 23** (written 05:20 UTC, 2026-12-06, never
used for tuning): person files a commune's civil-status desk, a company's trade union, a district
education office, the social insurance office, the Nicaraguan INSS, the Belarusian social
protection fund, a Mozambican health district, the Syrian social insurance institution and
Bhutan's pension fund could hand over, in layouts no other part uses. Four Vietnamese files: a
commune's marriage registrations in UTF-8 (the register's number and book, the applicant's
``Số ĐDCN``, the spouse's name, birth date and identity number, the civil-status officer who
signed it and her phone); a trade union's members in Excel (the member card number, real Excel
dates, the identity number typed with Excel's text apostrophe, the grass-roots union, the date
the member joined, the group leader and his phone); a district's teachers' payroll in
Windows-1258 with ``;`` and abbreviated headers (``MST``, ``Số sổ BHXH``, the salary grade and
coefficient, the net pay, the bank account, ``dd-mm-yyyy`` dates, the accountant and her phone);
and the free health-insurance cards of children under six in UTF-16 with tab separators and
capital headers (the ``TE1`` card number, the child's personal identification number, a birth
date in 2020-2025, the guardian's name, identity number and phone, the first-care hospital, the
date the card is valid from).
Five foreign files: a Nicaraguan INSS list in Latin-1 (``No. Cédula`` written
``001-150385-0012A`` with its mod 23 check letter, landmark addresses ``De la Rotonda El Güegüense
2 c. al sur``, ``8876-5432`` phones, a beneficiary); a Belarusian FSZN list in Windows-1251 with
Russian headers (``Идентификационный номер`` of fourteen characters with its 7-3-1 check digit,
``Фамилия``/``Имя``/``Отчество``, ``dd.mm.yyyy`` dates, six-digit postcodes, ``+375 29 123-45-67``
phones, the contact person); a Mozambican health district's list in Excel with Portuguese headers
(``N.º do BI`` of twelve digits and a letter, the NUIT beside it, ``Bairro``/``Quarteirão``/``Casa
n.º`` addresses, ``84 123 4567`` phones, the person to contact); a Syrian social insurance list in
UTF-8 with a byte-order mark and Arabic headers (``الرقم الوطني`` of eleven digits, the name, the
father's and mother's names and the family name apart, the civil registry entry, the P.O. box,
``0944 123 456`` phones, the agent); and a Bhutanese NPPF members' list (``CID No.`` of eleven
digits, one ``Name`` without a family name, ``12-Mar-1985`` dates, Dzongkhag, Gewog and village,
five-digit postcodes, ``17123456`` phones, the nominee).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind23_writers import WRITERS_BLIND23
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND23: tuple[Shape, ...] = (
    _shape(
        "dang_ky_ket_hon_vn23",
        "STT=row | Số đăng ký=-:reg23 | Quyển số=-:book23 | Họ tên người yêu cầu=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số ĐDCN=cccd"
        " | Nơi cư trú=address | SĐT=phone | Họ tên vợ/chồng=-:spouse23"
        " | Ngày sinh vợ/chồng=-:spouse_birth23 | Số ĐDCN vợ/chồng=-:spouse_id23"
        " | Ngày đăng ký=date@%d/%m/%Y | Mã bưu chính=postcode:post23"
        " | Công chức tư pháp - hộ tịch=-:clerk23 | SĐT công chức=-:clerk_phone23",
    ),
    _shape(
        "doan_vien_cong_doan_vn23",
        "TT=row | Số thẻ đoàn viên=-:union_card23 | Họ và tên=full_name"
        " | Ngày sinh=birth_date:excel_date | Giới tính=sex | Số CCCD=cccd:cccd_apos"
        " | Công đoàn cơ sở=-:union23 | Tổ công đoàn=-:union_group23 | Chức vụ=-:union_role23"
        " | Ngày vào CĐ=date:excel_event | Điện thoại=phone:phone_spaced | Địa chỉ=address"
        " | Mã BC=postcode:union_zip23 | Tổ trưởng=-:leader23 | ĐT tổ trưởng=-:leader_phone23",
        file="xlsx",
    ),
    _shape(
        "bang_luong_giao_vien_vn23",
        "STT=row | Mã NV=-:staff23 | Họ và tên=full_name | NS=birth_date@%d-%m-%Y | GT=sex"
        " | Số CCCD=cccd | MST=mst | Số sổ BHXH=bhxh | Trường=-:school23 | Mã ngạch=-:grade23"
        " | HSL=-:coefficient23 | Thực lĩnh=-:net_pay23 | Số TK=-:account23"
        " | Ngân hàng=-:bank23 | Địa chỉ=address | Mã BC=postcode:school_post23 | ĐT=phone"
        " | Ngày chi=date@%d-%m-%Y | Kế toán=-:accountant23 | ĐT kế toán=-:accountant_phone23",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "the_bhyt_tre_em_vn23",
        "STT=row | MÃ SỐ BHXH=bhxh | MÃ THẺ BHYT=bhyt:card_te23 | HỌ TÊN TRẺ=full_name"
        " | NGÀY SINH=birth_date:child_birth23 | GIỚI TÍNH=sex"
        " | MÃ ĐỊNH DANH CÁ NHÂN=cccd:child_id23 | ĐỊA CHỈ=address"
        " | MÃ BƯU CHÍNH=postcode:child_post23 | NƠI ĐKKCB BĐ=-:hospital23"
        " | HỌ TÊN CHA/MẸ/NGƯỜI GIÁM HỘ=-:guardian23 | SỐ CCCD NGƯỜI GIÁM HỘ=-:guardian_id23"
        " | SĐT NGƯỜI GIÁM HỘ=-:guardian_phone23 | GIÁ TRỊ TỪ NGÀY=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "asegurados_inss_ni",
        "N°=row | No. Cédula=national_id:cedula_ni | Nombres=given_name:ni_given"
        " | Apellidos=family_name:ni_family | Fecha Nac.=birth_date@%d/%m/%Y | Sexo=sex:sex_ni"
        " | Dirección=address:address_ni | Municipio=-:muni_ni | Cód. Postal=postcode:post_ni"
        " | Teléfono=phone:phone_ni | Beneficiario=-:beneficiary_ni"
        " | Tel. Beneficiario=-:beneficiary_phone_ni | No. Asegurado=-:inss_ni"
        " | Fecha de Afiliación=date@%d/%m/%Y",
        english=True,
        encoding="latin-1",
    ),
    _shape(
        "fszn_zastrakhovannye_by",
        "№ п/п=row | Идентификационный номер=national_id:idn_by | Фамилия=family_name:by_family"
        " | Имя=given_name:by_given | Отчество=-:by_patronymic"
        " | Дата рождения=birth_date@%d.%m.%Y | Пол=sex:sex_by | Адрес=address:address_by"
        " | Индекс=postcode:post_by | Телефон=phone:phone_by | Контактное лицо=-:contact_by"
        " | Телефон контактного лица=-:contact_phone_by | Дата регистрации=date@%d.%m.%Y",
        english=True,
        encoding="cp1251",
        delimiter=";",
    ),
    _shape(
        "utentes_distrito_mz",
        "N.º=row | N.º do BI=national_id:bi_mz | NUIT=-:nuit_mz | Apelido=family_name:mz_family"
        " | Nome(s)=given_name:mz_given | Data de Nascimento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_mz | Morada=address:address_mz | Distrito=-:district_mz"
        " | Código Postal=postcode:post_mz | Telemóvel=phone:phone_mz"
        " | Pessoa de Contacto=-:contact_mz | Contacto=-:contact_phone_mz"
        " | Data de Registo=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "taminat_ijtimaiya_sy",
        "م=row | الرقم الوطني=national_id:nid_sy | الاسم=given_name:sy_given"
        " | اسم الأب=-:father_sy | الكنية=family_name:sy_family | اسم الأم=-:mother_sy"
        " | تاريخ الولادة=birth_date@%d/%m/%Y | الجنس=sex:sex_sy | محل ورقم القيد=-:qaid_sy"
        " | العنوان=address:address_sy | ص.ب=postcode:pobox_sy | الهاتف=phone:phone_sy"
        " | اسم الوكيل=-:agent_sy | هاتف الوكيل=-:agent_phone_sy"
        " | تاريخ الاشتراك=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "nppf_members_bt",
        "Sl. No.=row | CID No.=national_id:cid_bt | Name=full_name:bt_full"
        " | DOB=birth_date@%d-%b-%Y | Gender=sex:sex_bt | Dzongkhag=-:dzongkhag_bt"
        " | Gewog=-:gewog_bt | Village/House No.=address:address_bt | Postal Code=postcode:post_bt"
        " | Mobile No.=phone:phone_bt | Nominee=-:nominee_bt | Nominee Mobile=-:nominee_phone_bt"
        " | Agency=-:agency_bt | Date of Joining=date@%d/%m/%Y",
        english=True,
    ),
)

#: How a 31 February reads in this part's date formats: every format here is already known.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("cedula_ni", "idn_by", "bi_mz", "nid_sy", "cid_bt")
SEX_HOLDS: tuple[str, ...] = ("sex_ni", "sex_by", "sex_mz", "sex_sy", "sex_bt")
NAME_HOLDS = frozenset(
    {"ni_given", "ni_family", "by_family", "by_given", "mz_family", "mz_given", "sy_given"}
    | {"sy_family", "bt_full"}
)
PHONE_HOLDS: tuple[str, ...] = ("phone_ni", "phone_by", "phone_mz", "phone_sy", "phone_bt")
#: addresses written with ``", "`` between their parts (the Syrian one is written with dashes)
ADDRESS_HOLDS: tuple[str, ...] = ("address_ni", "address_by", "address_mz", "address_bt")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND23",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND23",
]
