"""The hundred-and-thirty-seventh part of the outside corpus, **blind 137** (written 20:20 UTC,
2026-12-06, never used for tuning): person files a provincial hospital's emergency department,
a provincial fisheries sub-department, a forest ranger station, a Mekong delta commune, the
Managua city hall's property tax office, El Salvador's Ministry of Agriculture, Belize's Ministry
of Human Development, Suriname's Regional Health Service and a Guyanese regional part-time jobs
office could hand over. Four Vietnamese files: a hospital's injury surveillance register in
Windows-1258 with semicolons and headers without diacritics (the case number, the time and kind
of the injury, where it happened, the vehicle, the helmet, the alcohol test, the outcome, a
relative and their phone); a fisheries sub-department's fishing licences in Excel (the vessel
registration, length and engine power, the gear, the zone, the licence number and its expiry,
the crew); a forest ranger station's seedling handouts in UTF-16 with tabs (the species, the
seedlings, the area, the sub-compartment, plot and lot, the ranger); and a commune's fresh-water
tanks handed out in the salinity season in UTF-8 with a BOM and semicolons (the hamlet, the
members, the poverty status, the tank, who paid for it, the date received).
Five foreign files: a Managua property tax (IBI) register in Windows-1252 with semicolons (the
cédula with the birth date inside and its letter, an address given by landmarks, the district,
the cadastral number, the cadastral value, the tax, the receipt, the status); a Salvadoran
agricultural package list in UTF-8 with a BOM (the DUI with its check digit, the department,
municipality and canton apart, the package, the area in manzanas, the CENTA agency and the
technician, the signature or thumbprint); a Belizean BOOST cash transfer list in UTF-8 (the
social security number, the town and district apart, the household size, the children in
school, the amount, the collection point, the social worker); a Surinamese Regional Health
Service clinic registration in UTF-8 with semicolons and Dutch/Sranan headers (the ID number,
the street, resort and district apart, the clinic, the family doctor, the file number, the
insurer); and a Guyanese part-time jobs list in Excel (the national ID beside the NIS number,
the lot and street, village and region apart, the work, the supervisor, the bank and account).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind137_writers import WRITERS_BLIND137
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND137: tuple[Shape, ...] = (
    _shape(
        "so_theo_doi_tai_nan_thuong_tich_khoa_cap_cuu_vn137",
        "STT=row | Ma BA=-:case137 | Ho ten BN=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | GT=sex | So CCCD=cccd | Dia chi=address | SDT=phone"
        " | Thoi diem xay ra=-:time137 | Loai TNTT=-:injury137 | Noi xay ra=-:inj_place137"
        " | Phuong tien=-:vehicle137 | Mu bao hiem=-:helmet137"
        " | Nong do con=-:alcohol137 | Ngay vao vien=date@%d/%m/%Y"
        " | Ket qua dieu tri=-:outcome137 | Nguoi nha=-:relative137"
        " | SDT nguoi nha=-:relative_phone137",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "cap_giay_phep_khai_thac_thuy_san_chi_cuc_vn137",
        "TT=row | Chủ tàu=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Nơi thường trú=address | Điện thoại=phone | Số đăng ký tàu=-:vessel137"
        " | Chiều dài Lmax (m)=-:length137 | Công suất (CV)=-:power137"
        " | Nghề khai thác=-:gear137 | Vùng hoạt động=-:zone137 | Số GP=-:licence137"
        " | Ngày cấp=date@%d/%m/%Y | Có giá trị đến=-:expiry137 | Số thuyền viên=-:crew137",
        file="xlsx",
    ),
    _shape(
        "cap_phat_cay_giong_trong_rung_hat_kiem_lam_vn137",
        "STT=row | Họ và tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | CCCD/ĐDCN=cccd:cccd_spaced | Địa chỉ=address | Loài cây=-:species137"
        " | Số lượng (cây)=-:seedlings137 | Diện tích trồng (ha)=-:area_ha137"
        " | Tiểu khu - Khoảnh - Lô=-:plot137 | Ngày nhận=date@%d/%m/%Y"
        " | Cán bộ KL phụ trách=-:ranger137 | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ho_nhan_bon_chua_nuoc_ngot_mua_han_man_xa_vn137",
        "STT=row | Họ tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số định danh cá nhân=cccd | Ấp=-:hamlet137 | Địa chỉ=address"
        " | Số nhân khẩu=-:members137 | Diện hộ=-:poor137 | Loại dụng cụ=-:tank137"
        " | Nguồn hỗ trợ=-:fund137 | Ngày nhận=date@%d/%m/%Y | SĐT=phone"
        " | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "contribuyentes_ibi_alcaldia_managua_ni137",
        "No.=row | Cédula de Identidad=national_id:cedula_ni137"
        " | Nombre del Contribuyente=full_name:name_ni137 | Fecha de Nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_ni137 | Dirección (señas)=address:addr_ni137"
        " | Distrito=suburb:distrito_ni137 | Teléfono=phone:phone_ni137"
        " | No. Catastral=-:catastro_ni137 | Valor Catastral=-:valor_ni137"
        " | IBI a pagar (C$)=-:ibi_ni137 | Fecha de Pago=date@%d/%m/%Y"
        " | No. Recibo=-:recibo_ni137 | Estado=-:status_ni137",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "entrega_paquetes_agricolas_mag_sv137",
        "N°=row | DUI=national_id:dui_sv137 | Nombres=given_name:given_sv137"
        " | Apellidos=family_name:family_sv137 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_sv137 | Departamento=state:dept_sv137 | Municipio=district:muni_sv137"
        " | Cantón/Caserío=suburb:canton_sv137 | Teléfono=phone:phone_sv137"
        " | Tipo de paquete=-:package_sv137 | Área (mz)=-:mz_sv137"
        " | Agencia=-:agency_sv137 | Técnico responsable=-:tech_sv137"
        " | Fecha de entrega=date@%d/%m/%Y | Firma/Huella=-:sign_sv137",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "boost_beneficiaries_human_development_bz137",
        "#=row | Social Security #=national_id:ssn_bz137 | Surname=family_name:family_bz137"
        " | First Name=given_name:given_bz137 | D.O.B.=birth_date@%d-%b-%Y"
        " | Gender=sex:sex_bz137 | Town/Village=district:town_bz137"
        " | District=state:district_bz137 | Contact No.=phone:phone_bz137"
        " | Household Size=-:household_bz137 | Children in School=-:children_bz137"
        " | Amount (BZ$)=-:amount_bz137 | Payment Date=date@%d-%b-%Y"
        " | Collection Point=-:point_bz137 | Social Worker=-:worker_bz137",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "inschrijving_rgd_poli_sr137",
        "No.=row | ID-nummer / ID-nomru=national_id:id_sr137"
        " | Familienaam / Famiri-nen=family_name:family_sr137"
        " | Voornamen / Fosi-nen=given_name:given_sr137"
        " | Geboortedatum / Gebore-dei=birth_date@%d-%m-%Y | Geslacht / Man-Uma=sex:sex_sr137"
        " | Adres / Pe yu e libi=street:street_sr137 | Ressort=suburb:ressort_sr137"
        " | District / Distrikt=state:district_sr137 | Telefoon / Telefon=phone:phone_sr137"
        " | Poli=-:poli_sr137 | Huisarts / Datra=-:doctor_sr137 | Dossiernr.=-:dossier_sr137"
        " | Verzekering=-:ins_sr137 | Datum inschrijving=date@%d-%m-%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "part_time_jobs_programme_regional_office_gy137",
        "No.=row | National ID #=national_id:id_gy137 | NIS #=-:nis_gy137"
        " | First Name=given_name:given_gy137 | Surname=family_name:family_gy137"
        " | Date of Birth=birth_date@%d/%m/%Y | Gender=sex:sex_gy137"
        " | Lot & Street=street:street_gy137 | Village/Community=district:village_gy137"
        " | Region=state:region_gy137 | Contact #=phone:phone_gy137"
        " | Work Assignment=-:work_gy137 | Supervisor=-:supervisor_gy137"
        " | Bank=-:bank_gy137 | Account #=-:account_gy137 | Start Date=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats.
INVALID_DAY: dict[str, str] = {"%d-%b-%Y": "31-Feb-{y}"}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "cedula_ni137",
    "dui_sv137",
    "ssn_bz137",
    "id_sr137",
    "id_gy137",
)
SEX_HOLDS: tuple[str, ...] = ("sex_ni137", "sex_sv137", "sex_bz137", "sex_sr137", "sex_gy137")
NAME_HOLDS = frozenset(
    {"name_ni137", "given_sv137", "family_sv137", "family_bz137", "given_bz137"}
    | {"family_sr137", "given_sr137", "given_gy137", "family_gy137"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ni137",
    "phone_sv137",
    "phone_bz137",
    "phone_sr137",
    "phone_gy137",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_ni137",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND137",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND137",
]
