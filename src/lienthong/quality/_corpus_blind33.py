"""The thirty-third part of the outside corpus, **blind 33** (written 07:50 UTC, 2026-12-06, never
used for tuning): person files a hotel, a commune's social-affairs officer, a civil
judgment-enforcement office, a kindergarten, Madagascar's CNaPS, Liberia's NASSCORP, Barbados's
National Insurance Scheme, Djibouti's CNSS and San Marino's ISS could hand over, in layouts no
other part uses. Four Vietnamese files: a hotel's guest stay declarations (khai báo lưu trú) in
UTF-8 with a byte-order mark (the room, ``Loại giấy tờ`` and ``Số giấy tờ``, the arrival day and
hour, the expected departure, the purpose of the stay, the receptionist and when the declaration
was sent); a commune's disability certificates (giấy xác nhận khuyết tật) in Windows-1258 with
semicolons (``Số định danh cá nhân``, the type and degree of disability, the guardian, how he is
related and his phone, the chairman who signed); a civil judgment-enforcement office's list of
debtors (người phải thi hành án) in Excel with real Excel dates (the verdict and court, the
obligation, the amount owed, the creditor, a person or a bank, with the creditor's address, the
enforcement officer and the state of the case); and a kindergarten's enrolments in UTF-16 with
tabs (the child's ``Mã định danh``, a 2019 to 2022 birthday, the class, the father's and the
mother's names and phones, a note on allergies).
Five foreign files: a Malagasy CNaPS list in Windows-1252 with French headers glossed in
Malagasy and semicolons (the twelve-digit ``CIN``: a district code, 1 for a man or 2 for a woman,
and a serial, with no published check digit; ``RAKOTOARISOA`` surnames and ``Lot II J 45 Bis,
Ivandry, Antananarivo`` addresses, the three-digit postcode, ``034 12 345 67`` phones, the
spouse); a Liberian NASSCORP list in Excel with English headers (the eight-character NIR ``National
ID No.`` with no published check, US ``mm/dd/yyyy`` dates, community and city addresses, the county
apart, ``0886 123 456`` phones, the next of kin); a Barbadian NIS list in UTF-8 (the ``National
Registration No.`` written ``yymmdd-nnnn`` with no published check, ``Christian Names``, the
street line with the parish and the ``BB17004`` postcode apart, ``(246) 234-5678`` phones, the
employer's registration number, the next of kin); a Djiboutian CNSS list in UTF-8 with a BOM,
semicolons and French/Arabic headers (the nine-digit ``N° CNI`` with no published check,
three-part patronymic names in one column, quartier and lot addresses, ``+253 77 12 34 56``
phones, the person to contact); and a San Marino ISS list in ISO-8859-15 with Italian headers and
semicolons (the six-digit ``Codice ISS`` with no published check, ``Via Ventotto Luglio, 12``
streets, ``CAP`` 47890 to 47899 and the castello apart, ``0549 901234`` phones, the family
doctor).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind33_writers import WRITERS_BLIND33
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND33: tuple[Shape, ...] = (
    _shape(
        "khai_bao_luu_tru_vn33",
        "STT=row | Số phòng=-:room33 | Họ và tên khách=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Quốc tịch=-:nation33"
        " | Loại giấy tờ=-:doc_type33 | Số giấy tờ=cccd | Địa chỉ thường trú=address"
        " | Số điện thoại=phone | Ngày đến=date@%d/%m/%Y | Giờ đến=-:arrive33"
        " | Ngày đi (dự kiến)=date:checkout33 | Lý do lưu trú=-:purpose33"
        " | Nhân viên tiếp nhận=-:clerk33 | Thời điểm khai báo=timestamp",
        encoding="utf-8-sig",
    ),
    _shape(
        "xac_nhan_khuyet_tat_vn33",
        "STT=row | Số giấy xác nhận=-:cert33 | Họ và tên người khuyết tật=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số định danh cá nhân=cccd"
        " | Nơi cư trú=address | Dạng khuyết tật=-:dis_type33 | Mức độ khuyết tật=-:degree33"
        " | Người giám hộ=-:guardian33 | Quan hệ với người khuyết tật=-:guard_rel33"
        " | SĐT người giám hộ=-:guard_phone33 | Ngày cấp=date@%d/%m/%Y"
        " | Người ký=-:signer33",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nguoi_phai_tha_vn33",
        "STT=row | Họ tên người phải thi hành án=full_name | Ngày sinh=birth_date:excel_date"
        " | Số CCCD/CMND=cccd | Địa chỉ=address | Bản án, quyết định số=-:verdict33"
        " | Tòa án xét xử=-:court33 | Nghĩa vụ phải thi hành=-:obligation33"
        " | Số tiền phải thi hành (đồng)=-:debt33 | Người được thi hành án=-:creditor33"
        " | Địa chỉ người được thi hành án=-:creditor_addr33 | Chấp hành viên=-:officer33"
        " | Ngày ra quyết định THA=date:excel_event | Kết quả thi hành=-:status33",
        file="xlsx",
    ),
    _shape(
        "tuyen_sinh_mam_non_vn33",
        "STT=row | Mã định danh của trẻ=cccd:child_id33 | Họ và tên trẻ=full_name"
        " | Ngày sinh=birth_date:child_birth33 | Giới tính=sex | Dân tộc=-:ethnic33"
        " | Lớp=-:class33 | Họ tên cha=-:father33 | SĐT cha=-:father_phone33"
        " | Họ tên mẹ=-:mother33 | SĐT mẹ=-:mother_phone33 | Địa chỉ thường trú=address"
        " | Ngày nhập học=date@%d/%m/%Y | Ghi chú=-:note33",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "cnaps_affilies_mg33",
        "N°=row | N° CNaPS=-:cnaps_mg33 | N° CIN (Karapanondrom-pirenena)=national_id:cin_mg33"
        " | Nom (Anarana)=family_name:mg_family33 | Prénoms (Fanampiny)=given_name:mg_given33"
        " | Date de naissance (Daty nahaterahana)=birth_date@%d/%m/%Y"
        " | Sexe (Lahy/Vavy)=sex:sex_mg33 | Adresse (Adiresy)=address:address_mg33"
        " | Code postal=postcode:post_mg33 | Téléphone (Finday)=phone:phone_mg33"
        " | Employeur (Mpampiasa)=-:employer_mg33 | Conjoint(e) (Vady)=-:spouse_mg33"
        " | Date d'immatriculation=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "nasscorp_members_lr33",
        "No.=row | NASSCORP SSN=-:ssn_lr33 | National ID No.=national_id:nin_lr33"
        " | Last Name=family_name:lr_family33 | First Name=given_name:lr_given33"
        " | Date of Birth=birth_date@%m/%d/%Y | Sex=sex:sex_lr33"
        " | Residential Address=address:address_lr33 | County=-:county_lr33"
        " | Phone No.=phone:phone_lr33 | Employer=-:employer_lr33 | Next of Kin=-:kin_lr33"
        " | Next of Kin Phone=-:kin_phone_lr33 | Date Employed=date@%m/%d/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "nis_insured_bb33",
        "Seq.=row | National Registration No.=national_id:nrn_bb33"
        " | Surname=family_name:bb_family33 | Christian Names=given_name:bb_given33"
        " | Date of Birth=birth_date@%d/%m/%Y | Sex=sex:sex_bb33 | Address=street:street_bb33"
        " | Parish=-:parish_bb33 | Postal Code=postcode:post_bb33"
        " | Telephone=phone:phone_bb33 | Employer=-:employer_bb33"
        " | Employer Reg. No.=-:empreg_bb33 | Next of Kin=-:kin_bb33"
        " | Date of Registration=date@%d/%m/%Y",
        english=True,
    ),
    _shape(
        "cnss_assures_dj33",
        "N°=row | Matricule CNSS=-:cnss_dj33"
        " | N° CNI / رقم البطاقة الوطنية=national_id:cni_dj33"
        " | Nom et prénoms / الاسم الكامل=full_name:name_dj33"
        " | Date de naissance / تاريخ الميلاد=birth_date@%d/%m/%Y"
        " | Lieu de naissance / مكان الميلاد=-:birthplace_dj33"
        " | Sexe / الجنس=sex:sex_dj33 | Adresse / العنوان=address:address_dj33"
        " | Téléphone / الهاتف=phone:phone_dj33 | Employeur / صاحب العمل=-:employer_dj33"
        " | Personne à contacter=-:contact_dj33 | Tél. personne à contacter=-:contact_phone_dj33"
        " | Date d'affiliation / تاريخ الانتساب=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "iss_assistiti_sm33",
        "Progr.=row | Codice ISS=national_id:iss_sm33 | Cognome=family_name:sm_family33"
        " | Nome=given_name:sm_given33 | Data di nascita=birth_date@%d/%m/%Y"
        " | Luogo di nascita=-:birthplace_sm33 | Sesso=sex:sex_sm33"
        " | Indirizzo=street:street_sm33 | CAP=postcode:cap_sm33 | Castello=-:castello_sm33"
        " | Telefono=phone:phone_sm33 | Datore di lavoro=-:employer_sm33"
        " | Medico di base=-:doctor_sm33 | Data iscrizione=date@%d/%m/%Y",
        english=True,
        encoding="iso-8859-15",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("cin_mg33", "nin_lr33", "nrn_bb33", "cni_dj33", "iss_sm33")
SEX_HOLDS: tuple[str, ...] = ("sex_mg33", "sex_lr33", "sex_bb33", "sex_dj33", "sex_sm33")
NAME_HOLDS = frozenset(
    {"mg_family33", "mg_given33", "lr_family33", "lr_given33", "bb_family33", "bb_given33"}
    | {"name_dj33", "sm_family33", "sm_given33"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_mg33",
    "phone_lr33",
    "phone_bb33",
    "phone_dj33",
    "phone_sm33",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("address_mg33", "address_lr33", "address_dj33")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND33",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND33",
]
