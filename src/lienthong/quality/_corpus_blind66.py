"""The sixty-sixth part of the outside corpus, **blind 66** (written 11:27 UTC, 2026-12-06, never
used for tuning): person files a ward, a district education office, a commune, a provincial
hospital, a Manila barangay, a Bogotá social programme, Tbilisi City Hall, an Ulaanbaatar khoroo
and an Auckland general practice could hand over. Four Vietnamese files: a ward's list of
households with a member abroad who sends money home, in UTF-8 with a BOM and semicolons (the
sender, the relation, the country, how they left, the yearly sum in USD, the receiving bank, the
sender's foreign phone); a district education office's list of teachers transferred between
schools in Excel (the subject, the rank, the old and the new school, the decision and its date,
the reason); a commune's list of households keeping bees or fish ponds in Windows-1258 with
semicolons (the hamlet address, hives, pond area, species, yield, the extension officer, the
inspection date); and a provincial hospital's list of registered organ donors in UTF-16 with tabs
(the registration code, blood group, organs, the family witness with relation, phone and CCCD,
the card status, the time last updated).
Five foreign files: a Manila barangay employment list in UTF-8 with English/Filipino headers (the
PhilSys card number, the SSS and TIN beside it, the middle name, a Manila address and ZIP, an
emergency contact); a Bogotá beneficiaries' list in Windows-1252 with semicolons (the document
type and number, a cédula or a NUIP, two surnames, the Bogotá address and localidad, EPS and
estrato, the guardian's cédula); a Tbilisi social assistance list in UTF-8 with Georgian headers
(the 11-digit personal number, the father's name, the address and district, the rating score); an
Ulaanbaatar list of households receiving improved fuel in Excel with Mongolian Cyrillic headers
(the registration number of two letters and eight digits, the clan name, the patronymic, the
district, the khoroo officer); and an Auckland enrolment register in UTF-8 with a BOM and
English/Māori headers (the NHI with its check digit, ethnicity and iwi, suburb and postcode, the
GP, next of kin).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind66_writers import WRITERS_BLIND66
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND66: tuple[Shape, ...] = (
    _shape(
        "ho_co_nguoi_o_nuoc_ngoai_gui_kieu_hoi_vn66",
        "STT=row | Họ tên chủ hộ=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Số CCCD chủ hộ=cccd | Nơi ở (số nhà, tổ dân phố)=address"
        " | Họ tên người ở nước ngoài=-:abroad66 | Quan hệ với chủ hộ=-:relation66"
        " | Nước đang ở=-:country66 | Diện xuất cảnh=-:way66"
        " | Số tiền gửi về năm 2025 (USD)=-:usd66 | Ngân hàng / kênh nhận=-:bank66"
        " | SĐT người gửi (nước ngoài)=-:abroad_phone66 | SĐT chủ hộ=phone"
        " | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "giao_vien_thuyen_chuyen_vn66",
        "TT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số ĐDCN=cccd | Môn giảng dạy=-:subject66 | Hạng CDNN=-:rank66"
        " | Số năm công tác=-:years66 | Đơn vị công tác hiện nay=-:old_school66"
        " | Đơn vị chuyển đến=-:new_school66 | Số Quyết định=-:decision66"
        " | Ngày QĐ=date@%d/%m/%Y | Lý do=-:reason66 | Chỗ ở hiện nay=address"
        " | ĐT di động=phone | Mã số BHXH=bhxh",
        file="xlsx",
    ),
    _shape(
        "ho_nuoi_ong_ao_ca_vn66",
        "STT=row | Ho ten chu ho=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | So CCCD=cccd:cccd_spaced | Dia chi=address:rural66 | Loai hinh=-:kind66"
        " | So dan ong (dan)=-:hives66 | Dien tich ao (m2)=-:pond66"
        " | Giong / doi tuong nuoi=-:species66 | San luong uoc (kg/nam)=-:yield66"
        " | Ap dung VietGAP=-:vietgap66 | Ngay kiem tra=date@%d/%m/%Y"
        " | Can bo khuyen nong=-:extension66 | Dien thoai=phone",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "dang_ky_hien_mo_tang_vn66",
        "STT=row | Mã đăng ký=-:reg66 | Họ và tên người đăng ký=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới=sex | Số CCCD/ĐDCN=cccd"
        " | Nhóm máu=-:blood66 | Địa chỉ thường trú=address | Số điện thoại=phone"
        " | Bộ phận đăng ký hiến=-:organs66 | Người làm chứng (thân nhân)=-:witness66"
        " | Quan hệ=-:wrel66 | SĐT người làm chứng=-:wphone66"
        " | CCCD người làm chứng=-:wcccd66 | Ngày đăng ký=date@%d/%m/%Y"
        " | Tình trạng thẻ=-:card66 | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "barangay_employment_ph66",
        "No.=row | Apelyido / Surname=family_name:ph_family66"
        " | Pangalan / First Name=given_name:ph_given66"
        " | Gitnang Pangalan / Middle Name=-:ph_middle66"
        " | Petsa ng Kapanganakan / Date of Birth=birth_date@%m/%d/%Y"
        " | Kasarian / Sex=sex:sex_ph66 | Katayuang Sibil / Civil Status=-:civil_ph66"
        " | PhilSys Card No. (PCN)=national_id:pcn_ph66 | SSS No.=-:sss_ph66"
        " | TIN=-:tin_ph66 | Tirahan / Address=address:addr_ph66 | ZIP Code=postcode:zip_ph66"
        " | Cellphone No.=phone:phone_ph66 | Pinagtatrabahuhan / Employer=-:employer_ph66"
        " | Contact Person in Case of Emergency=-:kin_ph66 | Date Registered=date@%m/%d/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "beneficiarios_integracion_social_co66",
        "No.=row | Tipo de documento=-:doc_type_co66"
        " | Número de documento=national_id:doc_co66"
        " | Primer apellido=family_name:co_pat66 | Segundo apellido=-:co_mat66"
        " | Nombres=given_name:co_given66 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_co66 | Dirección de residencia=street:street_co66"
        " | Localidad=suburb:localidad_co66 | Celular=phone:phone_co66 | EPS=-:eps_co66"
        " | Estrato=-:estrato_co66 | Documento del acudiente=-:guardian_co66"
        " | Fecha de ingreso=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "socialuri_dakhmareba_ge66",
        "№=row | პირადი ნომერი=national_id:ge_personal66 | გვარი=family_name:ge_family66"
        " | სახელი=given_name:ge_given66 | მამის სახელი=-:ge_father66"
        " | დაბადების თარიღი=birth_date@%d.%m.%Y | სქესი=sex:sex_ge66"
        " | ფაქტობრივი მისამართი=address:addr_ge66 | რაიონი=suburb:raioni_ge66"
        " | ტელეფონი=phone:phone_ge66 | ოჯახის ID=-:family_no_ge66"
        " | სარეიტინგო ქულა=-:score_ge66 | რეგისტრაციის თარიღი=date@%d.%m.%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "saijruulsan_tulsh_mn66",
        "Д/д=row | Регистрийн дугаар=national_id:mn_register66 | Ургийн овог=-:mn_clan66"
        " | Эцэг /эх/-ийн нэр=family_name:mn_family66 | Өөрийн нэр=given_name:mn_given66"
        " | Төрсөн огноо=birth_date@%Y.%m.%d | Хүйс=sex:sex_mn66"
        " | Оршин суугаа хаяг=address:addr_mn66 | Дүүрэг=suburb:duureg_mn66"
        " | Утас=phone:phone_mn66 | Өрхийн гишүүдийн тоо=-:members_mn66"
        " | Авсан түлш (шуудай)=-:sacks_mn66 | Олгосон огноо=date@%Y.%m.%d"
        " | Хорооны ажилтан=-:officer_mn66",
        english=True,
        file="xlsx",
    ),
    _shape(
        "enrolment_register_nz66",
        "#=row | NHI Number / Tau NHI=national_id:nhi66"
        " | Surname / Ingoa Whānau=family_name:nz_family66"
        " | Given Name(s) / Ingoa=given_name:nz_given66"
        " | Date of Birth / Rā Whānau=birth_date@%d/%m/%Y | Gender / Ira=sex:sex_nz66"
        " | Ethnicity / Mātāwaka=-:ethnic_nz66 | Iwi=-:iwi_nz66"
        " | Street Address / Wāhi Noho=street:street_nz66 | Suburb / Takiwā=suburb:suburb_nz66"
        " | Postcode=postcode:pc_nz66 | Mobile / Waea Pūkoro=phone:phone_nz66"
        " | Enrolled GP / Rata=-:gp_nz66 | Enrolment Date=date@%d/%m/%Y"
        " | Next of Kin / Whanaunga=-:kin_nz66",
        english=True,
        encoding="utf-8-sig",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "pcn_ph66",
    "doc_co66",
    "ge_personal66",
    "mn_register66",
    "nhi66",
)
SEX_HOLDS: tuple[str, ...] = ("sex_ph66", "sex_co66", "sex_ge66", "sex_mn66", "sex_nz66")
NAME_HOLDS = frozenset(
    {"ph_family66", "ph_given66", "co_pat66", "co_given66", "ge_family66", "ge_given66"}
    | {"mn_family66", "mn_given66", "nz_family66", "nz_given66"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ph66",
    "phone_co66",
    "phone_ge66",
    "phone_mn66",
    "phone_nz66",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("rural66", "addr_ph66", "addr_ge66", "addr_mn66")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND66",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND66",
]
