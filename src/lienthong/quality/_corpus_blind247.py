"""The two hundred and forty-seventh part of the outside corpus, **blind 247** (written 07:47 UTC,
2026-12-07, never used for tuning): person files a commune's farm office, a provincial
orthopaedic and rehabilitation centre, a district police investigation unit, a traffic police
department, Bogotá's informal-economy institute, a Venezuelan social security office, Ecuador's
artisans' board, Panama's education loan institute and the Dominican national lottery could hand
over. Four Vietnamese files: households pledging not to burn rice straw after the harvest, in
Windows-1258 with semicolons (the hamlet, the rice area in sào, the field, how the straw is
handled, the date signed, the commune officer); people with a disability fitted with an
artificial limb, in UTF-16 with tabs (the centre's patient code, the health insurance card, the
amputation, the device, who pays, the casting and delivery dates, the relative who brought them);
guarantors who took a suspect on bail, in UTF-8 with a BOM (their job, their tie to the suspect,
the suspect's name, the charge, the prosecution decision, the investigator); and car owners
notified of an offence caught on camera, in Excel (the plate, the vehicle, the time and place of
the offence, the fine, the detecting unit, the notice date, the status).
Five foreign files: a Bogotá register of street vendors in Windows-1252 with semicolons (the
cédula de ciudadanía, two surnames apart, the Bogotá address with its localidad, the selling
spot); a Venezuelan IVSS pensioners' list in UTF-8 (the cédula V-12.345.678 or E-, the full
address with its estado apart, the pension, the bank account, the 04xx or area-code phone); an
Ecuadorian artisans' register in Excel (the cédula with its modulo-10 digit, APELLIDOS NOMBRES in
one column, the craft, the workshop's address, provincia and cantón); a Panamanian education loan
list in Latin-1 (the cédula 8-123-4567 or PE-, corregimiento, distrito and provincia, the
surety and their cédula); and a Dominican lottery sellers' list in UTF-8 with a BOM and tabs (the
cédula 001-1234567-8 with its Luhn digit, sector, municipio and provincia, the 809/829/849
mobile, the distributor).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind247_writers import WRITERS_BLIND247
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND247: tuple[Shape, ...] = (
    _shape(
        "ho_ky_cam_ket_khong_dot_rom_ra_sau_thu_hoach_ubnd_xa_vn247",
        "STT=row | Họ tên chủ hộ=full_name | Ngày/tháng/năm sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Thôn/xóm=-:hamlet247 | DT lúa vụ mùa (sào)=-:area247"
        " | Xứ đồng=-:field247 | Hình thức xử lý rơm rạ=-:straw247"
        " | Ngày ký cam kết=date@%d/%m/%Y | Số ĐT=phone | CB nông nghiệp xã=-:officer247"
        " | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nguoi_khuyet_tat_lap_chan_tay_gia_trung_tam_chinh_hinh_phcn_tinh_vn247",
        "TT=row | Mã BN=-:patient247 | Họ và tên=full_name | Giới=sex"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số định danh cá nhân=cccd | Số thẻ BHYT=bhyt"
        " | Địa chỉ=address | Dạng tật=-:disab247 | Mức độ cắt cụt=-:cut247"
        " | Dụng cụ chỉnh hình được chỉ định=-:device247 | Nguồn kinh phí=-:fund247"
        " | Ngày lấy khuôn=date@%d/%m/%Y | Ngày bàn giao dụng cụ=date:deliver247"
        " | Người nhà đưa đến=-:escort247 | ĐT liên hệ=phone",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nguoi_nhan_bao_linh_bi_can_tai_ngoai_co_quan_csdt_cong_an_huyen_vn247",
        "STT=row | Họ tên người nhận bảo lĩnh=full_name | Sinh ngày=birth_date@%d/%m/%Y"
        " | CCCD số=cccd | Nơi cư trú=address | Nghề nghiệp=-:job247"
        " | Quan hệ với bị can=-:kin247 | Họ tên bị can=-:suspect247 | Tội danh=-:charge247"
        " | QĐ khởi tố bị can số=-:decision247 | Ngày làm giấy bảo lĩnh=date@%d/%m/%Y"
        " | ĐTV thụ lý=-:investigator247 | Điện thoại=phone",
        encoding="utf-8-sig",
    ),
    _shape(
        "chu_xe_vi_pham_phat_nguoi_qua_camera_giam_sat_phong_csgt_vn247",
        "STT=row | Biển kiểm soát=-:plate247 | Loại phương tiện=-:car247"
        " | Chủ phương tiện=full_name | Ngày sinh chủ xe=birth_date@%d/%m/%Y"
        " | Số CCCD chủ xe=cccd | Địa chỉ đăng ký xe=address | Thời gian vi phạm=date:when247"
        " | Địa điểm vi phạm=-:site247 | Hành vi vi phạm=-:offence247"
        " | Mức phạt (VNĐ)=-:fine247 | Đơn vị phát hiện=-:unit247"
        " | Ngày gửi thông báo=date@%d/%m/%Y | SĐT chủ xe=phone | Tình trạng=-:notice247",
        file="xlsx",
    ),
    _shape(
        "registro_vendedores_informales_ipes_bogota_co247",
        "No.=row | Tipo doc.=-:doctype_co247 | Número de documento=national_id:cc_co247"
        " | Primer apellido=family_name:ap1_co247 | Segundo apellido=-:ap2_co247"
        " | Nombres=given_name:nom_co247 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_co247 | Dirección de residencia=street:dir_co247"
        " | Localidad=suburb:loc_co247 | Celular=phone:cel_co247"
        " | Ubicación del puesto=-:spot_co247 | Producto=-:goods_co247"
        " | Fecha de caracterización=date@%d/%m/%Y | Estado=-:status_co247",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "pensionados_ivss_oficina_administrativa_ve247",
        "Nro.=row | Cédula=national_id:ci_ve247 | Apellidos=family_name:ap_ve247"
        " | Nombres=given_name:nom_ve247 | Fecha Nac.=birth_date@%d/%m/%Y | Sexo=sex:sex_ve247"
        " | Tipo de pensión=-:kind_ve247 | Monto (Bs.)=-:amount_ve247"
        " | Fecha de otorgamiento=date@%d/%m/%Y | Banco=-:bank_ve247"
        " | Nº de cuenta=-:account_ve247 | Dirección de habitación=address:dir_ve247"
        " | Estado=state:estado_ve247 | Teléfono=phone:tlf_ve247"
        " | Oficina administrativa=-:office_ve247",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "artesanos_calificados_junta_defensa_artesano_ec247",
        "N°=row | Cédula=national_id:ci_ec247 | Apellidos y Nombres=full_name:name_ec247"
        " | Fecha de Nacimiento=birth_date@%d/%m/%Y | Género=sex:sex_ec247"
        " | Rama artesanal=-:craft_ec247 | N° Título=-:title_ec247"
        " | Fecha de calificación=date@%d/%m/%Y | Dirección del taller=-:shop_ec247"
        " | Provincia=state:prov_ec247 | Cantón=district:canton_ec247"
        " | Celular=phone:cel_ec247 | Correo electrónico=email | N° operarios=-:staff_ec247",
        english=True,
        file="xlsx",
    ),
    _shape(
        "prestatarios_credito_educativo_ifarhu_pa247",
        "N°=row | Cédula=national_id:ced_pa247 | Nombre=given_name:nom_pa247"
        " | Apellido=family_name:ap_pa247 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_pa247 | Corregimiento=suburb:corr_pa247"
        " | Distrito=district:dist_pa247 | Provincia=state:prov_pa247"
        " | Celular=phone:cel_pa247 | Carrera=-:career_pa247 | Universidad=-:uni_pa247"
        " | Monto aprobado (B/.)=-:amount_pa247 | Fiador=-:surety_pa247"
        " | Cédula del fiador=-:surety_id_pa247 | Fecha de aprobación=date@%d/%m/%Y",
        english=True,
        encoding="latin-1",
    ),
    _shape(
        "vendedores_billetes_quinielas_loteria_nacional_do247",
        "No.=row | Cédula=national_id:ced_do247 | Nombres=given_name:nom_do247"
        " | Apellidos=family_name:ap_do247 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_do247 | Dirección=street:dir_do247 | Sector=suburb:sector_do247"
        " | Municipio=district:mun_do247 | Provincia=state:prov_do247"
        " | Celular=phone:cel_do247 | Código vendedor=-:code_do247"
        " | Punto de venta=-:bank_do247 | Distribuidor=-:dist_do247"
        " | Fecha de ingreso=date@%d/%m/%Y | Estatus=-:status_do247",
        english=True,
        encoding="utf-8-sig",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("cc_co247", "ci_ve247", "ci_ec247", "ced_pa247", "ced_do247")
SEX_HOLDS: tuple[str, ...] = ("sex_co247", "sex_ve247", "sex_ec247", "sex_pa247", "sex_do247")
NAME_HOLDS = frozenset(
    {"ap1_co247", "nom_co247", "ap_ve247", "nom_ve247", "name_ec247"}
    | {"nom_pa247", "ap_pa247", "nom_do247", "ap_do247"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "cel_co247",
    "tlf_ve247",
    "cel_ec247",
    "cel_pa247",
    "cel_do247",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("dir_ve247",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND247",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND247",
]
