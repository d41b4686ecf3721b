"""The three-hundred-and-eighty-third part of the outside corpus, **blind 383** (written 18:45
UTC, 2026-12-07, never used for tuning): person files a provincial sports department, a national
games' anti-doping team, a provincial sports school's talent squad, a sports medicine centre, the
Athletics Federation of Nigeria, an Argentine hockey association, a Croatian sports federation,
an Iranian sports federation's insurance desk and Waka Ama New Zealand could hand over. Four
Vietnamese files: athletes a provincial department proposes for the grades of Kiện tướng and
Cấp I, in Excel (the unit, the sport and event, the result and the meet, the grade, the decision,
the coach, the home province); athletes notified for doping control at a national games, in
UTF-16 with tabs (the sample code, the delegation, the sport, urine or blood, the day sampled,
the declared medicines, the doping control officer, the chaperone, the result); parents signing
for a child admitted to a talent squad, in UTF-8 with a BOM and semicolons (the parent is the
person: the relation, the parent's CCCD and phone, the home; the child's name, birth date and
personal number, the school, the sport, the consent, the day signed); and a sports medicine
centre's periodic check-ups of a provincial squad in Windows-1258 with tabs and headers without
diacritics (the sport, height, weight, pulse, blood pressure, the ECG, the conclusion, the
doctor, the team office's phone).
Five foreign files: a Nigerian athletics licence list in Excel (the NIN, surname, first and other
names, state of origin, the home address with its LGA and state, the club, the events, the coach,
the next of kin and their phone, the medical fitness date); an Argentine hockey association's
player cards in Windows-1252 with semicolons (the name as SURNAME, Given, the DNI and the CUIL with
its mod 11 digit, the CPA postcode, the mobile as 11 15-, the club, the category, the medical
clearance, the emergency contact); a Croatian federation's registrations in Windows-1250 with
semicolons (the OIB with its ISO 7064 digit, dates with a trailing dot, the club, the sport,
the registration number, the medical examination valid until, the contact person); an Iranian
federation's sports insurance list in UTF-8 with Persian headers (the کد ملی with its check
digit, the father's name, the شناسنامه number and where it was issued, province, city and
street, the ten-digit postcode, the Solar Hijri birth date and insurance date, the club and the
sport); and Waka Ama New Zealand's paddler registrations with English and Māori headers in
UTF-8 (the NHI, iwi, street, suburb, town and postcode, the club, the masters grade, the
emergency contact, the medical clearance).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind383_writers import WRITERS_BLIND383
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND383: tuple[Shape, ...] = (
    _shape(
        "de_nghi_phong_dang_cap_vdv_vn383",
        "TT=row | Họ và tên VĐV=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Đơn vị=-:club383 | Môn thể thao=-:sport383"
        " | Nội dung=-:event383 | Thành tích đạt được=-:result383 | Tại giải=-:meet383"
        " | Ngày thi đấu=date@%d/%m/%Y | Đẳng cấp đề nghị=-:grade383"
        " | Số QĐ công nhận=-:decision383 | HLV trực tiếp=-:coach383 | Quê quán=-:origin383",
        file="xlsx",
    ),
    _shape(
        "vdv_lay_mau_doping_dai_hoi_vn383",
        "STT=row | Mã mẫu=-:sample383 | Họ tên vận động viên=full_name"
        " | Ngày sinh=birth_date@%Y-%m-%d | Giới=sex | Số ĐDCN=cccd:cccd_spaced"
        " | Đoàn=-:delegation383 | Môn=-:sport383 | Loại mẫu=-:kind383"
        " | Ngày lấy mẫu=date@%d/%m/%Y | Thuốc đang sử dụng/TUE=-:tue383"
        " | Nhân viên lấy mẫu=-:dco383 | Người giám sát đi kèm=-:chaperone383"
        " | Kết quả=-:outcome383",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "cam_ket_phu_huynh_vdv_nang_khieu_vn383",
        "TT=row | Họ tên cha/mẹ (người giám hộ)=full_name | Quan hệ với VĐV=-:relation383"
        " | Ngày sinh PH=birth_date@%d/%m/%Y | CCCD phụ huynh=cccd | ĐT phụ huynh=phone"
        " | Nơi thường trú=address | Họ tên VĐV=-:child383 | Ngày sinh VĐV=-:child_birth383"
        " | Mã định danh VĐV=-:child_id383 | Trường đang học=-:school383"
        " | Môn năng khiếu=-:talent383 | Ý kiến gia đình=-:consent383"
        " | Ngày ký cam kết=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "kham_suc_khoe_dinh_ky_vdv_vn383",
        "TT=row | Ho va ten=full_name | Ngay sinh=birth_date@%d/%m/%Y | Gioi=sex"
        " | So CCCD=cccd | Mon=-:sport383 | Chieu cao (cm)=-:height383"
        " | Can nang (kg)=-:weight383 | Mach (l/ph)=-:pulse383 | HA (mmHg)=-:bp383"
        " | Dien tim=-:ecg383 | Ket luan=-:fit383 | Ngay kham=date@%d/%m/%Y"
        " | BS kham=-:doctor383 | DT doi tuyen=-:team_phone383",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "afn_athlete_licence_ng383",
        "S/N=row | NIN=national_id:nin383 | Surname=family_name:ng_fam383"
        " | First Name=given_name:ng_given383 | Other Name=-:ng_other383"
        " | Date of Birth=birth_date@%d/%m/%Y | Gender=sex:ng_sex383"
        " | State of Origin=-:ng_origin383 | Residential Address=address:ng_addr383"
        " | LGA=district:ng_lga383 | State of Residence=state:ng_state383"
        " | Phone No.=phone:ng_phone383 | E-mail=email | Club/Team=-:ng_club383"
        " | Event(s)=-:ng_event383 | Coach=-:ng_coach383 | Next of Kin=-:ng_kin383"
        " | NOK Phone=-:ng_kin_phone383 | Licence No.=-:ng_licence383"
        " | Medical Fitness Date=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "fichaje_jugadores_hockey_ar383",
        "Nro=row | Apellido y Nombre=full_name:ar_full383 | DNI=national_id:dni383"
        " | CUIL=-:cuil383 | Fecha Nac.=birth_date@%d/%m/%Y | Sexo=sex:ar_sex383"
        " | Domicilio=street:ar_street383 | Localidad=district:ar_loc383"
        " | Provincia=state:ar_prov383 | C.P.=postcode:ar_cp383 | Celular=phone:ar_phone383"
        " | E-mail=email | Club=-:ar_club383 | Categoría=-:ar_cat383"
        " | N° Carnet=-:ar_card383 | Apto Médico=date@%d/%m/%Y"
        " | Contacto de emergencia=-:ar_tutor383",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "registracija_sportasa_hr383",
        "Rb.=row | Prezime=family_name:hr_fam383 | Ime=given_name:hr_given383"
        " | OIB=national_id:oib383 | Datum rođenja=birth_date@%d.%m.%Y. | Spol=sex:hr_sex383"
        " | Adresa=street:hr_street383 | Poštanski broj=postcode:hr_post383"
        " | Mjesto=district:hr_town383 | Klub=-:hr_club383 | Sport=-:hr_sport383"
        " | Reg. broj=-:hr_reg383 | Liječnički pregled vrijedi do=date@%d.%m.%Y."
        " | Kontakt osoba=-:hr_parent383 | Mobitel=phone:hr_phone383",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
    _shape(
        "bimeh_varzeshi_fedrasion_ir383",
        "ردیف=row | کد ملی=national_id:melli383 | نام=given_name:fa_given383"
        " | نام خانوادگی=family_name:fa_fam383 | نام پدر=-:fa_father383"
        " | شماره شناسنامه=-:fa_shenas383 | محل صدور=-:fa_issue383"
        " | تاریخ تولد=birth_date:fa_birth383 | جنسیت=sex:fa_sex383"
        " | استان=province:fa_prov383 | شهر=district:fa_city383"
        " | نشانی=street:fa_street383 | کد پستی=postcode:fa_post383"
        " | تلفن همراه=phone:fa_phone383 | باشگاه=-:fa_club383 | رشته ورزشی=-:fa_sport383"
        " | شماره بیمه ورزشی=-:fa_ins383 | تاریخ صدور بیمه=date:fa_ins_date383",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "waka_ama_paddler_registrations_nz383",
        "No.=row | Registration ID=-:nz_regid383"
        " | NHI / Tau NHI=national_id:nhi383"
        " | Surname / Ingoa Whānau=family_name:nz_fam383"
        " | First Name / Ingoa Tuatahi=given_name:nz_given383"
        " | Date of Birth / Rā Whānau=birth_date@%d/%m/%Y | Gender / Ira=sex:nz_sex383"
        " | Iwi=-:nz_iwi383 | Street Address / Wāhi Noho=street:nz_street383"
        " | Suburb=suburb:nz_suburb383 | Town / Taone=district:nz_town383"
        " | Postcode=postcode:nz_post383 | Mobile / Waea Pūkoro=phone:nz_phone383"
        " | Email / Īmēra=email | Club / Karapu=-:nz_club383 | Grade=-:nz_grade383"
        " | Emergency Contact / Whakapā Ohotata=-:nz_parent383"
        " | Medical Clearance / Whakamana Hauora=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("nin383", "dni383", "oib383", "melli383", "nhi383")
SEX_HOLDS: tuple[str, ...] = ("ng_sex383", "ar_sex383", "hr_sex383", "fa_sex383", "nz_sex383")
NAME_HOLDS = frozenset(
    {"ng_fam383", "ng_given383", "ar_full383", "hr_fam383", "hr_given383"}
    | {"fa_given383", "fa_fam383", "nz_fam383", "nz_given383"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "ng_phone383",
    "ar_phone383",
    "hr_phone383",
    "fa_phone383",
    "nz_phone383",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ng_addr383",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND383",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND383",
]
