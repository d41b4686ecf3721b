"""The forty-second part of the outside corpus, **blind 42** (written 08:40 UTC, 2026-12-06, never
used for tuning): person files a city's festival board, a ward after a fire, a commune's
veterinary station, a commune police receiving released prisoners, an Indian welfare scheme, a
Nigerian bank's agent, a German employer's payroll, a Spanish municipality and a Turkish
district office could hand over. Four Vietnamese files: an exported Google Form of volunteers for
a city festival in UTF-8 (the timestamp first, headers that are the form's questions, the team,
shift and shirt size, an emergency contact's name and phone in one cell); a ward's list of
households receiving cash support after a fire, in Excel (the house damaged, the household's
members, the amount, who paid it, the officer who signed); a commune's register of cattle
owners in Windows-1258 with semicolons (the hamlet, the kind and head count, the ear tag, the
vaccine, the vet); and a list of people who have served a prison sentence (người chấp hành xong án
phạt tù) in UTF-16 with tabs (the old CMND, the father's name, the offence, the verdict, the
sentence, the prison, the release date, the place of residence after release, the police post).
Five foreign files: an Indian beneficiary list with Hindi/English headers in UTF-8 (the Aadhaar
with its Verhoeff digit, the PAN, the father's name, the state and PIN); a Nigerian bank
account-opening list in Excel (NIN and BVN side by side, capital-letter surnames, the LGA and
state, the next of kin); a German payroll list in Latin-1 with semicolons (the Steuer-ID with its
check digit, Straße/PLZ/Ort, the IBAN, the tax class, the employer); a Spanish municipal register
in Windows-1252 with semicolons (the DNI or NIE with its letter, two surnames, the social security
number, the contract); and a Turkish list in Windows-1254 (the TC Kimlik No with its two check
digits, the father's and mother's names as the register prints them, il and ilçe).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind42_writers import WRITERS_BLIND42
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND42: tuple[Shape, ...] = (
    _shape(
        "tinh_nguyen_vien_le_hoi_vn42",
        "Dấu thời gian=timestamp | STT=row | Họ và tên của bạn là gì?=full_name"
        " | Ngày sinh của bạn?=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số điện thoại liên lạc của bạn=phone | Địa chỉ email=email"
        " | Bạn đang là sinh viên/đơn vị nào?=-:school42"
        " | Bạn muốn tham gia ban nào?=-:team42 | Bạn có thể tham gia ca nào?=-:shift42"
        " | Size áo của bạn?=-:shirt42"
        " | Người liên hệ khi khẩn cấp (tên - SĐT)=-:emergency42"
        " | Bạn đồng ý với nội quy của Ban tổ chức?=-:consent42",
        encoding="utf-8",
    ),
    _shape(
        "ho_chay_nha_ho_tro_vn42",
        "STT=row | Họ và tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Địa chỉ nhà bị cháy=address | Mức độ thiệt hại=-:damage42"
        " | Số nhân khẩu=-:members42 | Số tiền hỗ trợ (đồng)=-:support42"
        " | Nguồn hỗ trợ=-:donor42 | Ngày nhận=date@%d/%m/%Y | Điện thoại=phone"
        " | Cán bộ lập danh sách=-:signer42 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "so_theo_doi_trau_bo_vn42",
        "TT=row | Họ tên chủ hộ chăn nuôi=full_name | Số định danh cá nhân=cccd"
        " | Thôn/ấp=-:village42 | Loại gia súc=-:cattle42 | Số con=-:heads42"
        " | Số thẻ tai=-:eartag42 | Loại vắc xin đã tiêm=-:vaccine42"
        " | Ngày tiêm=date@%d/%m/%Y | Cán bộ thú y=-:vet42 | SĐT chủ hộ=phone"
        " | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nguoi_chap_hanh_xong_an_tu_vn42",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CMND=cmnd | Họ tên cha=-:father42 | Tội danh=-:offence42"
        " | Bản án số=-:verdict42 | Mức án=-:sentence42 | Nơi chấp hành án=-:prison42"
        " | Ngày ra trại=-:released42 | Nơi cư trú sau khi ra trại=address"
        " | Công an nơi tiếp nhận=-:ward_police42 | Ngày cập nhật=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "labharthi_suchi_in42",
        "क्रम सं. / S.No.=row | आधार संख्या / Aadhaar No.=national_id:aadhaar_in42"
        " | पैन / PAN=-:pan_in42 | नाम / Name=full_name:in_name42"
        " | पिता का नाम / Father's Name=-:father_in42"
        " | जन्म तिथि / Date of Birth=birth_date@%d-%m-%Y | लिंग / Gender=sex:sex_in42"
        " | पता / Address=address:address_in42 | राज्य / State=state:state_in42"
        " | पिन कोड / PIN Code=postcode:pin_in42 | मोबाइल / Mobile=phone:phone_in42"
        " | योजना / Scheme=-:scheme_in42 | IFSC=-:ifsc_in42",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "account_opening_kyc_ng42",
        "S/N=row | NIN=national_id:nin_ng42 | BVN=-:bvn_ng42 | SURNAME=family_name:ng_family42"
        " | FIRST NAME=given_name:ng_given42 | MIDDLE NAME=-:ng_middle42"
        " | DATE OF BIRTH=birth_date@%d/%m/%Y | GENDER=sex:sex_ng42"
        " | RESIDENTIAL ADDRESS=street:address_ng42 | LGA=district:lga_ng42"
        " | STATE=state:state_ng42 | PHONE NUMBER=phone:phone_ng42 | BANK=-:bank_ng42"
        " | NEXT OF KIN=-:kin_ng42 | DATE CAPTURED=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "lohnabrechnung_mitarbeiter_de42",
        "Lfd. Nr.=row | Steuer-ID=national_id:steuer_de42 | Nachname=family_name:de_family42"
        " | Vorname=given_name:de_given42 | Geburtsdatum=birth_date@%d.%m.%Y"
        " | Geschlecht=sex:sex_de42 | Straße=street:street_de42 | PLZ=postcode:plz_de42"
        " | Ort=district:ort_de42 | Telefon=phone:phone_de42 | IBAN=-:iban_de42"
        " | Steuerklasse=-:klasse_de42 | Konfession=-:church_de42"
        " | Arbeitgeber=-:employer_de42 | Eintrittsdatum=date@%d.%m.%Y",
        english=True,
        encoding="latin-1",
        delimiter=";",
    ),
    _shape(
        "padron_municipal_es42",
        "Nº=row | DNI/NIE=national_id:dni_es42 | Nombre=given_name:es_given42"
        " | Primer apellido=family_name:es_family1_42 | Segundo apellido=-:es_family2_42"
        " | Fecha de nacimiento=birth_date@%d/%m/%Y | Sexo=sex:sex_es42"
        " | Domicilio=street:address_es42 | C.P.=postcode:cp_es42"
        " | Municipio=district:city_es42 | Teléfono=phone:phone_es42"
        " | Nº Seguridad Social=-:nss_es42 | Tipo de contrato=-:contract_es42"
        " | Fecha de alta=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "nufus_kayit_listesi_tr42",
        "Sıra No=row | T.C. Kimlik No=national_id:tc_tr42 | Adı=given_name:tr_given42"
        " | Soyadı=family_name:tr_family42 | Baba Adı=-:father_tr42 | Ana Adı=-:mother_tr42"
        " | Doğum Tarihi=birth_date@%d.%m.%Y | Cinsiyeti=sex:sex_tr42"
        " | Adres=street:address_tr42 | İlçe=district:ilce_tr42 | İl=province:il_tr42"
        " | Cep Telefonu=phone:phone_tr42 | Kan Grubu=-:blood_tr42"
        " | Kayıt Tarihi=date@%d.%m.%Y",
        english=True,
        encoding="cp1254",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "aadhaar_in42",
    "nin_ng42",
    "steuer_de42",
    "dni_es42",
    "tc_tr42",
)
SEX_HOLDS: tuple[str, ...] = ("sex_in42", "sex_ng42", "sex_de42", "sex_es42", "sex_tr42")
NAME_HOLDS = frozenset(
    {"in_name42", "ng_family42", "ng_given42", "de_family42", "de_given42", "es_given42"}
    | {"es_family1_42", "tr_given42", "tr_family42"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_in42",
    "phone_ng42",
    "phone_de42",
    "phone_es42",
    "phone_tr42",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("address_in42", "address_ng42")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND42",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND42",
]
