"""The three-hundred-and-forty-second part of the outside corpus, **blind 342** (written 12:40 UTC,
2026-12-07, never used for tuning): person files about old people that a commune's committee, a
ward's elderly association, a nursing home, a volunteer home-care group, a Cuban casa de abuelos,
Uruguay's BPS housing programme for pensioners, Paraguay's pension for the elderly poor, a
Panamanian day centre for older persons and a Honduran office issuing the senior citizen's card
could hand over.
Four Vietnamese files: a commune's list of centenarians receiving the President's longevity
gift (chúc thọ tròn 100 tuổi) in UTF-8 with a BOM and semicolons (the CCCD, the home address and
the home town, the relative who looks after the centenarian with the relation and phone, the
gift and the cash, the day it was handed over); an elderly association's register of members and
their membership cards in Windows-1258 with semicolons and headers without diacritics (the card
number, the branch, the personal identification number, the day of joining, the yearly fee, the
member's standing, the branch head); a nursing home's list of residents in Excel (the resident
code, the CCCD with spaces, the health insurance card, the room and bed, how far the resident
cares for himself, the family contact with relation, phone and where they live, how the stay is
paid); and a volunteer group's log of home-care visits in UTF-16 with tabs (the visit day, the
street line and the ward apart, the volunteer and his phone, what was done, the hours, the blood
pressure).
Five foreign files: a Cuban casa de abuelos' list of grandparents in UTF-8 (the carné de
identidad that opens with the birth date, the address between two cross streets, the family
member responsible, the family doctor's office, the pension in CUP); a BPS register of pensioners
applying for housing in Uruguay in Windows-1252 with semicolons (the cédula with its check digit,
street, town and department, the benefit and amount, the file number, the complex); Paraguay's
list of the pensión alimentaria for the elderly in UTF-8 with tabs (the cédula, department,
district and barrio or compañía, the age, the status, the amount in guaraníes); a Panamanian day
centre's participants in UTF-8 with a BOM (the cédula with its province, PE, E or N prefix,
province, district and corregimiento, the guardian and his phone, the health condition); and a
Honduran register of senior citizen's cards in Excel (the DNI, the full address, the pension
institute, the card number, the emergency contact).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind342_writers import WRITERS_BLIND342
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND342: tuple[Shape, ...] = (
    _shape(
        "qua_chuc_tho_chu_tich_nuoc_cu_tron_100_tuoi_ubnd_xa_vn342",
        "STT=row | Họ và tên cụ=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | Số CCCD=cccd | Nơi thường trú hiện nay=address"
        " | Quê quán=-:origin342 | Họ tên người trực tiếp chăm sóc cụ=-:carer342"
        " | Quan hệ với cụ=-:rel342 | SĐT người chăm sóc=-:carer_phone342"
        " | Hình thức quà tặng=-:gift342 | Số tiền (đồng)=-:cash342"
        " | Ngày trao quà=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "so_the_hoi_vien_hoi_nguoi_cao_tuoi_phuong_vn342",
        "TT=row | So the HV=-:card342 | Ho va ten hoi vien=full_name"
        " | Ngay sinh=birth_date@%d/%m/%Y | Gioi tinh=sex | So dinh danh ca nhan=cccd"
        " | Chi hoi=-:branch342 | Dia chi noi o=address | Dien thoai=phone"
        " | Ngay vao Hoi=date@%d/%m/%Y | Hoi phi nam 2026 (d)=-:fee342"
        " | Dien hoi vien=-:kind342 | Chi hoi truong=-:chief342",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nguoi_cao_tuoi_nuoi_duong_tai_trung_tam_duong_lao_vn342",
        "STT=row | Mã NCT=-:resident342 | Họ và tên NCT=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD/ĐDCN=cccd:cccd_spaced"
        " | Địa chỉ thường trú (trước khi vào TT)=address | Số thẻ BHYT=bhyt"
        " | Ngày tiếp nhận=date@%d/%m/%Y | Phòng - Giường=-:room342"
        " | Mức độ tự phục vụ=-:care342 | Người thân liên hệ=-:kin342"
        " | Quan hệ với NCT=-:kin_rel342 | SĐT người thân=-:kin_phone342"
        " | Nơi ở người thân=-:kin_addr342 | Hình thức nuôi dưỡng=-:fund342"
        " | Chi phí/tháng (đ)=-:monthly342",
        file="xlsx",
    ),
    _shape(
        "nhat_ky_tham_cham_soc_nguoi_cao_tuoi_tai_nha_doi_tinh_nguyen_vn342",
        "STT=row | Ngày thăm=date@%d/%m/%Y | Họ tên người cao tuổi=full_name"
        " | Ngày sinh=birth_date@%d-%m-%Y | Giới=sex | CCCD=cccd | Số nhà, đường=street"
        " | Phường/Xã=ward:ward342 | SĐT NCT=phone | Tình nguyện viên thăm=-:vol342"
        " | SĐT TNV=-:vol_phone342 | Nội dung hỗ trợ=-:task342 | Thời gian (giờ)=-:hours342"
        " | Huyết áp (mmHg)=-:bp342 | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "casa_de_abuelos_listado_abuelos_cu342",
        "No.=row | Nombre(s) y apellidos=full_name:cu_full342"
        " | Carné de identidad=national_id:cu_ci342 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:cu_sex342 | Dirección particular=address:cu_addr342"
        " | Teléfono=phone:cu_phone342 | Familiar responsable=-:cu_kin342"
        " | Teléfono del familiar=-:cu_kin_phone342 | Consultorio (CMF)=-:cu_cmf342"
        " | Modalidad=-:cu_mod342 | Pensión (CUP)=-:cu_pension342"
        " | Fecha de ingreso=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "solicitantes_vivienda_jubilados_pensionistas_bps_uy342",
        "Nº=row | C.I.=national_id:uy_ci342 | Apellidos=family_name:uy_family342"
        " | Nombres=given_name:uy_given342 | Fecha nac.=birth_date@%d/%m/%Y"
        " | Sexo=sex:uy_sex342 | Domicilio=street:uy_street342"
        " | Localidad=district:uy_loc342 | Departamento=state:uy_dep342"
        " | Tel./Cel.=phone:uy_phone342 | Prestación=-:uy_benefit342"
        " | Monto nominal ($)=-:uy_amount342 | Nº expediente=-:uy_file342"
        " | Fecha inscripción=date@%d/%m/%Y | Complejo adjudicado=-:uy_complex342",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "pension_alimentaria_adultos_mayores_ley_3728_py342",
        "Nro.=row | C.I. Nº=national_id:py_ci342 | Apellidos=family_name:py_family342"
        " | Nombres=given_name:py_given342 | Fecha de Nacimiento=birth_date@%d/%m/%Y"
        " | Edad=-:py_age342 | Sexo=sex:py_sex342 | Departamento=state:py_dep342"
        " | Distrito=district:py_dist342 | Barrio/Compañía=suburb:py_barrio342"
        " | Dirección=street:py_street342 | Teléfono=phone:py_phone342"
        " | Fecha de Inclusión=date@%d/%m/%Y | Estado=-:py_status342"
        " | Monto (Gs.)=-:py_amount342",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "participantes_centro_atencion_diurna_personas_mayores_pa342",
        "N°=row | Cédula=national_id:pa_ced342 | Nombre=given_name:pa_given342"
        " | Apellido=family_name:pa_family342 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:pa_sex342 | Provincia=state:pa_prov342 | Distrito=district:pa_dist342"
        " | Corregimiento=suburb:pa_correg342 | Dirección=street:pa_street342"
        " | Celular=phone:pa_phone342 | Acudiente=-:pa_kin342"
        " | Cel. acudiente=-:pa_kin_phone342 | Condición de salud=-:pa_health342"
        " | Fecha de ingreso=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "registro_carne_tercera_edad_adulto_mayor_hn342",
        "No.=row | No. de Identidad=national_id:hn_dni342 | Nombre completo=full_name:hn_full342"
        " | Fecha de Nacimiento=birth_date@%d/%m/%Y | Sexo=sex:hn_sex342"
        " | Dirección=address:hn_addr342 | Celular=phone:hn_phone342"
        " | Institución de previsión=-:hn_inst342 | No. de carné=-:hn_card342"
        " | Fecha de emisión=date@%d/%m/%Y | Contacto de emergencia=-:hn_kin342"
        " | Tel. contacto=-:hn_kin_phone342",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("cu_ci342", "uy_ci342", "py_ci342", "pa_ced342", "hn_dni342")
SEX_HOLDS: tuple[str, ...] = ("cu_sex342", "uy_sex342", "py_sex342", "pa_sex342", "hn_sex342")
NAME_HOLDS = frozenset(
    {"cu_full342", "uy_family342", "uy_given342", "py_family342", "py_given342"}
    | {"pa_given342", "pa_family342", "hn_full342"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "cu_phone342",
    "uy_phone342",
    "py_phone342",
    "pa_phone342",
    "hn_phone342",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("cu_addr342", "hn_addr342")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND342",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND342",
]
