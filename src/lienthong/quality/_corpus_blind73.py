"""The seventy-third part of the outside corpus, **blind 73** (written 14:09 UTC, 2026-12-06,
never used for tuning): person files a ward's housing office, a commune's agriculture office, a
hospital's dialysis unit, a lower secondary school, a Nicaraguan rural programme office, a
Honduran social transfer office, a Guatemalan municipal social office, a Trinidadian social
development office and a Guyanese pension office could hand over. Four Vietnamese files: a
ward's list of applicants for social housing in Excel (the spouse's name, birth date and CCCD,
the group, the workplace, the monthly income, the present housing and the floor area per person,
the project applied for, the filing date); a commune's rice-land protection subsidy list in
Windows-1258 with semicolons (the plot and map sheet, the field, the area, the land type, the
amount, the bank account, the hamlet head who confirms); a hospital's chronic dialysis
outpatients in UTF-16 with tabs (the patient code, the health insurance card and the registered
hospital, the diagnosis, the session schedule and machine, the vascular access, the escorting
relative with relation and phone, the time last updated); and a school's student accident
insurance list in UTF-8 with unaccented headers (the pupil's birth date and personal number,
the class, the parent's name, CCCD and phone, the plan, the premium, the certificate, the
insurer).
Five foreign files: a Nicaraguan programme list in Excel (the cédula ``001-120585-0001A`` with the
birth date and its mod-23 letter, both surnames in one column, a landmark address, municipio and
departamento, the MAG technician); a Honduran transfer list in Windows-1252 with semicolons (the
DNI ``0801-1985-12345``, two surnames apart, colonia, municipio and departamento, the child's
school, the paying agency); a Guatemalan list with Spanish and K'iche' headers in UTF-8 with a
BOM (the 13-digit CUI with its mod-11 digit and department and municipality codes, aldea or
cantón, municipio and departamento, the language, the spouse); a Trinidad and Tobago grant list
(the national ID number holding the birth date, the BIR number beside it, town and regional
corporation, the bank); and a Guyanese old age pension register with tabs (the national ID card
number, the NIS number, lot and street, village, region, the pension book, the collecting post
office, the next of kin).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind73_writers import WRITERS_BLIND73
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND73: tuple[Shape, ...] = (
    _shape(
        "dang_ky_mua_nha_o_xa_hoi_vn73",
        "STT=row | Họ và tên người đứng đơn=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Nơi thường trú=address | Số ĐT liên hệ=phone"
        " | Họ tên vợ/chồng=-:spouse73 | Ngày sinh vợ/chồng=-:spouse_birth73"
        " | Số CCCD vợ/chồng=-:spouse_cccd73 | Đối tượng=-:group73 | Nơi làm việc=-:workplace73"
        " | Thu nhập BQ/tháng (đồng)=-:income73 | Thực trạng nhà ở=-:housing73"
        " | DT nhà ở BQ (m²/người)=-:area_pp73 | Dự án đăng ký=-:project73"
        " | Ngày nộp hồ sơ=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "ho_tro_bao_ve_dat_lua_vn73",
        "TT=row | Họ tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Địa chỉ=address | Số thửa=-:plot73 | Tờ BĐ=-:sheet73 | Xứ đồng=-:field73"
        " | Diện tích (m2)=-:rice_area73 | Loại đất=-:landtype73"
        " | Mức HT 1.500.000đ/ha - Thành tiền (đồng)=-:rice_amount73"
        " | Số TK=-:account73 | Ngân hàng=-:bank73 | Trưởng ấp xác nhận=-:hamlet_head73"
        " | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "benh_nhan_chay_than_nhan_tao_vn73",
        "STT=row | Mã BN=-:patient73 | Họ và tên BN=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới=sex | Số CCCD=cccd | Số thẻ BHYT=bhyt | Nơi ĐK KCB BĐ=-:kcb73"
        " | Địa chỉ=address | ĐT=phone | Chẩn đoán=-:diagnosis73 | Lịch chạy thận=-:slot73"
        " | Máy=-:machine73 | Đường vào mạch máu=-:fistula73"
        " | Ngày bắt đầu CTNT=date@%d/%m/%Y | Người nhà đi cùng=-:escort73"
        " | Quan hệ=-:escort_rel73 | SĐT người nhà=-:escort_phone73"
        " | Cập nhật lần cuối=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "bao_hiem_tai_nan_hoc_sinh_vn73",
        "STT=row | Ho va ten hoc sinh=full_name | Ngay sinh=birth_date:pupil_birth73"
        " | Gioi tinh=sex | Lop=-:class73 | Ma dinh danh ca nhan HS=cccd:pupil_cccd73"
        " | Dia chi thuong tru=address | Ho ten cha/me (nguoi giam ho)=-:parent73"
        " | CCCD cha/me=-:parent_cccd73 | SDT phu huynh=-:parent_phone73"
        " | Goi BH=-:plan73 | Phi BH (dong/nam)=-:premium73 | So GCN=-:certificate73"
        " | Ngay hieu luc=date@%d/%m/%Y | Cty bao hiem=-:insurer73",
        encoding="utf-8",
    ),
    _shape(
        "protagonistas_programa_productivo_ni73",
        "N°=row | No. Cédula=national_id:cedula_ni73 | Nombres=given_name:ni_given73"
        " | Apellidos=family_name:ni_family73 | Fecha Nac.=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_ni73 | Dirección domiciliar=address:addr_ni73"
        " | Municipio=district:muni_ni73 | Departamento=state:dept_ni73"
        " | Teléfono=phone:phone_ni73 | Bono entregado=-:bono_ni73"
        " | Técnico responsable=-:tecnico_ni73 | Fecha de entrega=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "bono_vida_mejor_hn73",
        "No.=row | Número de Identidad=national_id:dni_hn73 | Nombres=given_name:hn_given73"
        " | Primer Apellido=family_name:hn_pat73 | Segundo Apellido=-:hn_mat73"
        " | Fecha de Nacimiento=birth_date@%d/%m/%Y | Sexo=sex:sex_hn73"
        " | Colonia/Barrio/Aldea=suburb:colonia_hn73 | Municipio=district:muni_hn73"
        " | Departamento=state:dept_hn73 | Celular=phone:phone_hn73"
        " | Nombre del menor=-:child_hn73 | Centro educativo=-:school_hn73"
        " | Monto=-:amount_hn73 | Agencia pagadora=-:agency_hn73"
        " | Fecha de pago=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "registro_beneficiarios_municipal_gt73",
        "No. / Ajilab'al=row | CUI (DPI)=national_id:cui_gt73"
        " | Nombres / Ub'i'=given_name:gt_given73 | Apellidos=family_name:gt_family73"
        " | Fecha de nacimiento / Ralaxik=birth_date@%d/%m/%Y | Sexo=sex:sex_gt73"
        " | Aldea, cantón o caserío=suburb:aldea_gt73 | Municipio / Tinamit=district:muni_gt73"
        " | Departamento=state:dept_gt73 | Teléfono=phone:phone_gt73"
        " | Idioma / Ch'ab'al=-:lang_gt73 | Nombre del cónyuge=-:spouse_gt73"
        " | Programa=-:program_gt73 | Fecha de inscripción=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "social_grants_register_tt73",
        "No.=row | National ID No.=national_id:id_tt73 | BIR No.=-:bir_tt73"
        " | Surname=family_name:tt_family73 | First Name(s)=given_name:tt_given73"
        " | Date of Birth=birth_date@%d/%m/%Y | Gender=sex:sex_tt73"
        " | Address=street:street_tt73 | Town/Village=district:town_tt73"
        " | Regional Corporation=state:corp_tt73 | Contact No.=phone:phone_tt73"
        " | Type of Grant=-:grant_tt73 | Monthly Amount (TT$)=-:amount_tt73"
        " | Bank/Branch=-:bank_tt73 | Approving Officer=-:officer_tt73"
        " | Date Approved=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "old_age_pension_register_gy73",
        "No.=row | ID Card No.=national_id:id_gy73 | NIS No.=-:nis_gy73"
        " | Surname=family_name:gy_family73 | Given Names=given_name:gy_given73"
        " | D.O.B.=birth_date@%d-%m-%Y | Sex=sex:sex_gy73 | Lot & Street=street:street_gy73"
        " | Village/Ward=district:village_gy73 | Region=state:region_gy73"
        " | Tel. No.=phone:phone_gy73 | Pension Book No.=-:book_gy73"
        " | Pay Point (Post Office)=-:post_office_gy73 | Next of Kin=-:nok_gy73"
        " | Date Enrolled=date@%d-%m-%Y",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("cedula_ni73", "dni_hn73", "cui_gt73", "id_tt73", "id_gy73")
SEX_HOLDS: tuple[str, ...] = ("sex_ni73", "sex_hn73", "sex_gt73", "sex_tt73", "sex_gy73")
NAME_HOLDS = frozenset(
    {"ni_given73", "ni_family73", "hn_given73", "hn_pat73", "gt_given73", "gt_family73"}
    | {"tt_family73", "tt_given73", "gy_family73", "gy_given73"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ni73",
    "phone_hn73",
    "phone_gt73",
    "phone_tt73",
    "phone_gy73",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_ni73",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND73",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND73",
]
