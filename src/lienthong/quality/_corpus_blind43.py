"""The forty-third part of the outside corpus, **blind 43** (written 09:05 UTC, 2026-12-06, never
used for tuning): person files a ward clearing land for a metro line, a district's culture office,
a city's organ transplant coordination, a commune's school board, a Mexican welfare programme, a
Philippine cash-transfer office, a Cambodian poverty survey, a Ukrainian social protection office
and a Ghanaian health insurance scheme could hand over. Four Vietnamese files: a ward's list of
households relocated for a metro line, in Excel (the owner's CCCD, the cleared house, the land
taken, the compensation, the resettlement apartment allotted, the hand-over date, the project
officer); a district's list of people licensed to run a karaoke, bar or dance venue, in
Windows-1258 with semicolons (the owner's permanent address and the venue's own address, the
venue's name and kind, the rooms, the licence number and date, the household business tax
code); a city's waiting list of organ and tissue recipients in UTF-16 with tabs (the patient
code, the health insurance card, the blood group, the organ, the transplant centre, the priority,
a relative with a phone, the last update); and a commune's list of ethnic-minority pupils
receiving boarding support in UTF-8 with a BOM (the ethnicity, the class, the hamlet, the
distance to school, a parent's name and phone, the stipend and rice).
Five foreign files: a Mexican padrón de beneficiarios in Windows-1252 (the CURP with its check
digit, the INE clave de elector, apellido paterno and materno, calle, colonia, municipio,
estado and C.P.); a Philippine 4Ps household list in Excel with Tagalog/English headers (the
PhilSys card number, the SSS number, the middle name, the spouse, the date in month/day/year);
a Cambodian IDPoor list with Khmer headers in UTF-8 (the ID card number, the village, commune,
district and province, the poverty card and level, the spouse); a Ukrainian aid list for
internally displaced people in Windows-1251 with semicolons (the РНОКПП with its check digit,
the ПІБ in one cell, the passport, the IDP certificate, the IBAN, the officer); and a Ghanaian
health insurance list in UTF-8 with tabs (the Ghana Card number, the NHIS and SSNIT numbers, the
capital-letter surname, the district and region, the hometown, the next of kin).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind43_writers import WRITERS_BLIND43
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND43: tuple[Shape, ...] = (
    _shape(
        "ho_di_doi_tuyen_metro_vn43",
        "STT=row | Họ và tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Địa chỉ nhà bị giải tỏa=address"
        " | Diện tích đất thu hồi (m2)=-:area43 | Tổng số tiền bồi thường, hỗ trợ (đồng)=-:comp43"
        " | Căn hộ tái định cư được bố trí=-:apartment43"
        " | Ngày bàn giao mặt bằng=date@%d/%m/%Y | Số điện thoại=phone"
        " | Cán bộ phụ trách=-:officer43 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "giay_phep_karaoke_vu_truong_vn43",
        "TT=row | Họ và tên chủ cơ sở=full_name | Giới tính=sex"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số định danh cá nhân=cccd"
        " | Nơi thường trú=address | Tên cơ sở kinh doanh=-:venue43"
        " | Địa điểm kinh doanh=-:venue_addr43 | Loại hình=-:kind43 | Số phòng=-:rooms43"
        " | Số giấy phép=-:licence43 | Ngày cấp phép=date@%d/%m/%Y"
        " | Mã số thuế hộ kinh doanh=mst | Điện thoại=phone",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "danh_sach_cho_ghep_tang_vn43",
        "STT=row | Mã người bệnh=-:patient43 | Họ tên người chờ ghép=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới=sex | Số định danh cá nhân=cccd"
        " | Số thẻ BHYT=bhyt | Nhóm máu=-:blood43 | Tạng/mô cần ghép=-:organ43"
        " | Trung tâm ghép=-:centre43 | Ngày đăng ký chờ ghép=date@%d/%m/%Y"
        " | Mức độ ưu tiên=-:priority43 | Người thân liên hệ=-:kin43"
        " | SĐT người thân=-:kin_phone43 | Địa chỉ thường trú=address"
        " | Cập nhật lần cuối=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hoc_sinh_dtts_ban_tru_vn43",
        "STT=row | Họ và tên học sinh=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Dân tộc=-:ethnic43 | Lớp=-:class43 | Mã định danh=cccd"
        " | Thôn/bản=-:hamlet43 | Khoảng cách nhà đến trường (km)=-:distance43"
        " | Họ tên cha/mẹ=-:parent43 | Hộ nghèo/cận nghèo=-:poor43"
        " | Hỗ trợ tiền ăn (đồng/tháng)=-:stipend43 | Gạo (kg/tháng)=-:rice43"
        " | SĐT phụ huynh=-:parent_phone43 | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
    ),
    _shape(
        "padron_beneficiarios_mx43",
        "No.=row | CURP=national_id:curp_mx43 | Apellido Paterno=family_name:mx_pat43"
        " | Apellido Materno=-:mx_mat43 | Nombre(s)=given_name:mx_given43"
        " | Fecha de Nacimiento=birth_date@%d/%m/%Y | Sexo=sex:sex_mx43"
        " | Clave de Elector=-:ine_mx43 | Calle y Número=street:street_mx43"
        " | Colonia=suburb:colonia_mx43 | Municipio o Alcaldía=district:mun_mx43"
        " | Entidad Federativa=state:state_mx43 | C.P.=postcode:cp_mx43"
        " | Teléfono=phone:phone_mx43 | Programa=-:program_mx43"
        " | Fecha de Alta=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "pantawid_4ps_listahan_ph43",
        "Blg. / No.=row | PhilSys Card No. (PCN)=national_id:pcn_ph43 | SSS No.=-:sss_ph43"
        " | Apelyido / Last Name=family_name:ph_family43"
        " | Pangalan / First Name=given_name:ph_given43"
        " | Gitnang Pangalan / Middle Name=-:ph_middle43"
        " | Petsa ng Kapanganakan / Date of Birth=birth_date@%m/%d/%Y"
        " | Kasarian / Sex=sex:sex_ph43 | Tirahan / Address=address:address_ph43"
        " | Numero ng Cellphone / Mobile No.=phone:phone_ph43"
        " | Pangalan ng Asawa / Spouse=-:spouse_ph43 | Household ID=-:hh_ph43"
        " | Petsa ng Pagpaparehistro / Date Registered=date@%m/%d/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "idpoor_household_kh43",
        "ល.រ=row | លេខអត្តសញ្ញាណប័ណ្ណ=national_id:id_kh43"
        " | គោត្តនាម និងនាម=full_name:kh_name43 | ភេទ=sex:sex_kh43"
        " | ថ្ងៃខែឆ្នាំកំណើត=birth_date@%d/%m/%Y | ភូមិ=-:village_kh43"
        " | ឃុំ/សង្កាត់=ward:commune_kh43 | ស្រុក/ខណ្ឌ=district:district_kh43"
        " | ខេត្ត/រាជធានី=province:province_kh43 | លេខទូរស័ព្ទ=phone:phone_kh43"
        " | លេខប័ណ្ណសមធម៌=-:idpoor_kh43 | កម្រិតភាពក្រីក្រ=-:level_kh43"
        " | ឈ្មោះប្តី/ប្រពន្ធ=-:spouse_kh43 | កាលបរិច្ឆេទចុះឈ្មោះ=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "dopomoga_vpo_ua43",
        "№ з/п=row | РНОКПП=national_id:rnokpp_ua43"
        " | Прізвище, ім'я, по батькові=full_name:ua_name43"
        " | Дата народження=birth_date@%d.%m.%Y | Стать=sex:sex_ua43"
        " | Паспорт (серія, номер)=-:passport_ua43"
        " | Адреса фактичного проживання=address:address_ua43 | Телефон=phone:phone_ua43"
        " | Номер довідки ВПО=-:vpo_ua43 | Сума допомоги, грн=-:sum_ua43 | IBAN=-:iban_ua43"
        " | Дата звернення=date@%d.%m.%Y | Відповідальна особа=-:officer_ua43",
        english=True,
        encoding="cp1251",
        delimiter=";",
    ),
    _shape(
        "nhis_membership_gh43",
        "No.=row | Ghana Card No.=national_id:ghcard_gh43 | Surname=family_name:gh_family43"
        " | Other Names=given_name:gh_given43 | Date of Birth=birth_date@%d/%m/%Y"
        " | Sex=sex:sex_gh43 | Residential Address=street:street_gh43"
        " | District=district:district_gh43 | Region=province:region_gh43"
        " | Phone No.=phone:phone_gh43 | NHIS No.=-:nhis_gh43 | SSNIT No.=-:ssnit_gh43"
        " | Hometown=-:hometown_gh43 | Next of Kin=-:kin_gh43"
        " | Date Enrolled=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "curp_mx43",
    "pcn_ph43",
    "id_kh43",
    "rnokpp_ua43",
    "ghcard_gh43",
)
SEX_HOLDS: tuple[str, ...] = ("sex_mx43", "sex_ph43", "sex_kh43", "sex_ua43", "sex_gh43")
NAME_HOLDS = frozenset(
    {"mx_pat43", "mx_given43", "ph_family43", "ph_given43", "kh_name43", "ua_name43"}
    | {"gh_family43", "gh_given43"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_mx43",
    "phone_ph43",
    "phone_kh43",
    "phone_ua43",
    "phone_gh43",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("address_ph43", "address_ua43")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND43",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND43",
]
