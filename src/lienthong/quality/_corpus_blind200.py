"""The two hundredth part of the outside corpus, **blind 200** (written 02:20 UTC, 2026-12-07,
never used for tuning): person files an insurance supervision department, a provincial
Department of Justice, an army unit's reception post, a private dental clinic, a Costa Rican
adult-education centre, a Panamanian health centre, a Salvadoran town hall's markets office, the
Nicaraguan fisheries institute and the Dominican subsidised health insurer could hand over. Four
Vietnamese files: the candidates of an insurance agent certificate exam in Excel (the place of
birth, the schooling, the insurer proposing them and their agent code, the exam date, room, number
and result, the email); a Department of Justice's list of bailiffs in Windows-1258 with semicolons
(the bailiff office, its address and head, the appointment decision and its date, the card, the
status); an army unit's book of relatives visiting new recruits in UTF-16 with tabs (the visitor's
relation to the recruit, the recruit's name and unit, the visit date, the motorbike plate, how
many came along); and a dental clinic's orthodontic patients exported in UTF-8 with a BOM and
headers without diacritics (the patient code, the brace, the cost and what was paid, the dentist,
the start and the next appointment, a guardian's phone, the time last updated).
Five foreign files: a Costa Rican CINDEA/IPEC enrolment in Excel (the cédula ``1-0234-0567``, two
surnames in columns, provincia/cantón/distrito and otras señas, the level, the seat, an emergency
contact); a Panamanian vaccination register in Windows-1252 with semicolons (the cédula
``8-123-456``, provincia/distrito/corregimiento, the vaccine, dose, lot, health facility and
vaccinator); a Salvadoran market stall holders' list in UTF-8 with a BOM and tabs (the DUI with its
check digit, the whole home address in one cell, the market, the stall, the trade, the daily fee,
the arrears); a Nicaraguan artisanal fishers' register in Windows-1252 with semicolons (the cédula
with its letter, the name in one cell, landmark addresses, the landing port, the boat and its
registration, the gear, the fisher's card, the cooperative); and a Dominican SeNaSa subsidised
affiliates list in UTF-8 (the cédula as eleven digits with its Luhn digit, the NSS, the holder's
cédula beside a dependant's, sector/municipio/provincia, the status).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind200_writers import WRITERS_BLIND200
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND200: tuple[Shape, ...] = (
    _shape(
        "thi_sinh_sat_hach_chung_chi_dai_ly_bao_hiem_vn200",
        "STT=row | Họ và tên thí sinh=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Nơi sinh=-:birthplace200 | Số CCCD/Định danh=cccd"
        " | Trình độ học vấn=-:school200 | Doanh nghiệp bảo hiểm đề nghị=-:insurer200"
        " | Mã đại lý=-:agentcode200 | Số báo danh=-:sbd200 | Ngày thi=date@%d/%m/%Y"
        " | Phòng thi=-:room200 | Kết quả=-:result200 | Điện thoại di động=phone"
        " | Thư điện tử=email",
        file="xlsx",
    ),
    _shape(
        "thua_phat_lai_dang_ky_hanh_nghe_so_tu_phap_vn200",
        "STT=row | Họ tên Thừa phát lại=full_name | Năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd:cccd_spaced | Nơi thường trú=address"
        " | Tên VP Thừa phát lại=-:office200 | Địa chỉ trụ sở VP=-:office_addr200"
        " | Trưởng VP=-:office_head200 | Số QĐ bổ nhiệm=-:decision200"
        " | Ngày bổ nhiệm=date@%d/%m/%Y | Số thẻ TPL=-:card200 | Điện thoại=phone:phone_dotted"
        " | Tình trạng hành nghề=-:bailiff_status200",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "than_nhan_den_tham_chien_si_moi_don_vi_vn200",
        "TT=row | Họ tên người đến thăm=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Quan hệ với chiến sĩ=-:relation200 | Họ tên chiến sĩ=-:recruit200"
        " | Đơn vị (c/d/e)=-:unit200 | HKTT=address | SĐT liên lạc=phone"
        " | Ngày đến thăm=date@%d/%m/%Y | BKS xe=-:plate200 | Số người đi cùng=-:companions200"
        " | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "benh_nhan_chinh_nha_nieng_rang_phong_kham_nha_khoa_vn200",
        "STT=row | Ma KH=-:patient200 | Ho ten=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex | So dien thoai=phone | Email=email | Dia chi=address | So CCCD=cccd"
        " | Loai mac cai/khay=-:brace200 | Tong chi phi (VND)=-:cost200"
        " | Da thanh toan (VND)=-:paid200 | Bac si dieu tri=-:dentist200"
        " | Ngay gan mac cai=date@%d/%m/%Y | Lich hen tiep theo=-:next_visit200"
        " | SDT nguoi giam ho=-:guardian_phone200 | Cap nhat luc=timestamp",
        encoding="utf-8-sig",
    ),
    _shape(
        "matricula_cindea_ipec_educacion_adultos_cr200",
        "N.º=row | Cédula=national_id:cedula_cr200 | Primer apellido=family_name:cr_ap1_200"
        " | Segundo apellido=-:cr_ap2_200 | Nombre=given_name:cr_given200"
        " | Fecha de nacimiento=birth_date@%d/%m/%Y | Sexo=sex:sex_cr200"
        " | Provincia=state:prov_cr200 | Cantón=district:canton_cr200"
        " | Distrito=suburb:distrito_cr200 | Otras señas=street:senas_cr200"
        " | Teléfono celular=phone:phone_cr200 | Nivel=-:level_cr200 | Sede=-:sede_cr200"
        " | Contacto de emergencia=-:guardian_cr200 | Fecha de matrícula=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "registro_diario_vacunacion_minsa_pa200",
        "N°=row | Cédula=national_id:cedula_pa200 | Nombre=given_name:pa_given200"
        " | Apellido=family_name:pa_family200 | Fecha de nac.=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_pa200 | Provincia=state:prov_pa200 | Distrito=district:distrito_pa200"
        " | Corregimiento=suburb:correg_pa200 | Dirección=street:street_pa200"
        " | Celular=phone:phone_pa200 | Vacuna=-:vaccine_pa200 | Dosis=-:dose_pa200"
        " | Lote=-:lot_pa200 | Instalación de salud=-:site_pa200"
        " | Vacunador(a)=-:vaccinator_pa200 | Fecha de aplicación=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "arrendatarios_puestos_mercados_alcaldia_sv200",
        "Correlativo=row | DUI=national_id:dui_sv200 | Nombres=given_name:sv_given200"
        " | Apellidos=family_name:sv_family200 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_sv200 | Dirección de residencia=address:addr_sv200"
        " | Teléfono=phone:phone_sv200 | Mercado=-:market_sv200 | Puesto N.°=-:stall_sv200"
        " | Giro=-:giro_sv200 | Cuota diaria=-:fee_sv200 | Saldo en mora=-:arrears_sv200"
        " | Fecha de contrato=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "registro_pescadores_artesanales_inpesca_ni200",
        "No.=row | Cédula de identidad=national_id:cedula_ni200"
        " | Nombres y apellidos=full_name:ni_full200 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_ni200 | Municipio=district:muni_ni200 | Dirección=street:street_ni200"
        " | Celular=phone:phone_ni200 | Puerto de desembarque=-:port_ni200"
        " | Embarcación=-:boat_ni200 | Matrícula embarcación=-:boatreg_ni200"
        " | Arte de pesca=-:gear_ni200 | Carné de pescador=-:carne_ni200"
        " | Cooperativa=-:coop_ni200 | Vigencia hasta=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "afiliados_regimen_subsidiado_senasa_do200",
        "No.=row | Cédula=national_id:cedula_do200 | NSS=-:nss_do200"
        " | Nombres=given_name:do_given200 | Apellidos=family_name:do_family200"
        " | Fecha Nacimiento=birth_date@%d/%m/%Y | Sexo=sex:sex_do200"
        " | Tipo Afiliado=-:kind_do200 | Cédula Titular=-:titular_do200"
        " | Dirección=street:street_do200 | Sector=suburb:sector_do200"
        " | Municipio=district:muni_do200 | Provincia=state:prov_do200"
        " | Teléfono=phone:phone_do200 | Régimen=-:regimen_do200"
        " | Fecha Afiliación=date@%d/%m/%Y | Estatus=-:status_do200",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "cedula_cr200",
    "cedula_pa200",
    "dui_sv200",
    "cedula_ni200",
    "cedula_do200",
)
SEX_HOLDS: tuple[str, ...] = ("sex_cr200", "sex_pa200", "sex_sv200", "sex_ni200", "sex_do200")
NAME_HOLDS = frozenset(
    {"cr_ap1_200", "cr_given200", "pa_given200", "pa_family200", "sv_given200", "sv_family200"}
    | {"ni_full200", "do_given200", "do_family200"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_cr200",
    "phone_pa200",
    "phone_sv200",
    "phone_ni200",
    "phone_do200",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_sv200",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND200",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND200",
]
