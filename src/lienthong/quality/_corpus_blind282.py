"""The two-hundred-and-eighty-second part of the outside corpus, **blind 282** (written 10:08 UTC,
2026-12-07, never used for tuning): person files a provincial spring flower show's organising
board, a university's professorship council, a provincial arts college, a village's road
campaign board, the Belize Tourism Board, Honduras's fisheries directorate in the Mosquitia and
the Bay Islands, the Rama and Kriol territorial government of Nicaragua's Caribbean coast, a
housing bonus agency in Costa Rica's Limón and the residence control office of San Andrés and
Providencia could hand over.
Four Vietnamese files: bonsai owners entering trees at a spring flower show in Windows-1258 with
semicolons (the work's title, the species, the style, its height and age, the club, the show
tag, the day the tree was received, the prize); candidates for professor and associate
professor before a university's council in Excel (the birth date and the filing day as Excel
dates, the institution, the field, the title sought, the doctorate year, the papers, the
converted points, the council's votes, a dotted phone); candidates at an arts college's
aptitude tests in UTF-16 with tabs and headers without diacritics (the candidate number, the
parent and the parent's phone, the major, the high school, two scores, the result, the test
day); and households giving land to widen a village road in UTF-8 with a BOM and semicolons (the
parcel and map sheet, the hamlet where the parcel lies, the area and frontage given, what stood
on it, the road, the day the record was signed).
Five foreign files: Belize tour guide licences in UTF-8 (surname and first name apart, the
social security number, the home address and the district, the cell with or without +501, the
languages spoken with Kriol, the category, the area, the operator, the first aid day, the
licence's expiry); lobster divers of Gracias a Dios, Colón and the Bay Islands in Windows-1252
with semicolons (Miskito, Garifuna and islander names, the DNI with or without its dashes, the
people, the address, the municipality and department apart, the boat and its captain, the years
diving, the decompression accident, the diver's card); the community census of the Rama and
Kriol territory, Corn Island and Bilwi in Excel (the cédula with its check letter, Hombre/Mujer,
the people, the mother tongue, the community, the territory, the household head and the
kinship, the census taker); housing bonus applications in Limón in UTF-8 with a BOM and
semicolons (the file, the cédula, the first name and both surnames apart, the spouse and the
spouse's cédula, the province, canton and district apart, the other directions, the income and
the bonus in colones, the programme, the status); and San Andrés and Providencia's OCCRE
residence cards in UTF-16 with tabs (the card, the surnames and names, the kind and number of
the cédula, ISO birth dates, the place of birth, Raizal or resident, the address, the sector,
the island, a mobile or an island landline, the Raizal parent, the status).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind282_writers import WRITERS_BLIND282
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND282: tuple[Shape, ...] = (
    _shape(
        "chu_cay_dang_ky_trung_bay_bonsai_cay_canh_nghe_thuat_hoi_hoa_xuan_ban_to_chuc_vn282",
        "STT=row | Họ tên chủ cây=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Địa chỉ=address | SĐT liên hệ=phone | Tên tác phẩm=-:bonsai_title282"
        " | Loại cây=-:bonsai_kind282 | Dáng thế=-:bonsai_style282"
        " | Chiều cao (cm)=-:bonsai_height282 | Tuổi cây (năm)=-:bonsai_age282"
        " | CLB/Chi hội=-:bonsai_club282 | Số thẻ trưng bày=-:bonsai_tag282"
        " | Ngày nhận cây=date@%d/%m/%Y | Giải=-:bonsai_prize282",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ung_vien_dang_ky_xet_cong_nhan_dat_tieu_chuan_chuc_danh_gs_pgs_hoi_dong_giao_su_co_so_vn282",
        "TT=row | Họ và tên ứng viên=full_name | Ngày, tháng, năm sinh=birth_date:excel_date"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Cơ quan công tác=-:gs_unit282"
        " | Ngành/ Chuyên ngành=-:gs_field282 | Chức danh đăng ký=-:gs_title282"
        " | Năm nhận bằng TS=-:gs_phd282 | Số bài báo ISI/Scopus=-:gs_papers282"
        " | Tổng điểm công trình quy đổi=-:gs_points282"
        " | Số phiếu tín nhiệm/ Tổng số TV=-:gs_votes282 | Điện thoại=phone:phone_dotted"
        " | Email=email | Ngày nộp hồ sơ=date:excel_event",
        file="xlsx",
    ),
    _shape(
        "thi_sinh_du_thi_nang_khieu_thanh_nhac_mua_truong_cd_van_hoa_nghe_thuat_tinh_vn282",
        "STT=row | SBD=-:nk_sbd282 | Ho va ten=full_name | Ngay sinh=birth_date@%d-%m-%Y"
        " | Gioi tinh=sex | So CCCD=cccd | Ho khau thuong tru=address | DT thi sinh=phone"
        " | Ho ten phu huynh=-:nk_parent282 | DT phu huynh=-:nk_parent_phone282"
        " | Nganh du thi=-:nk_major282 | Truong THPT=-:nk_school282"
        " | Diem NK1=-:nk_s1_282 | Diem NK2=-:nk_s2_282 | Ket qua=-:nk_result282"
        " | Ngay thi=date@%d-%m-%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ho_gia_dinh_hien_dat_mo_rong_duong_giao_thong_nong_thon_moi_ban_van_dong_thon_vn282",
        "STT=row | Chủ hộ=full_name | Ngày sinh chủ hộ=birth_date@%d.%m.%Y | CCCD chủ hộ=cccd"
        " | Nơi ở hiện tại=address | SĐT=phone | Thửa đất số=-:hd_parcel282"
        " | Tờ bản đồ số=-:hd_sheet282 | Vị trí thửa (thôn)=-:hd_hamlet282"
        " | DT hiến (m2)=-:hd_area282 | Chiều dài mặt tiền (m)=-:hd_front282"
        " | Tài sản trên đất=-:hd_assets282 | Tuyến đường=-:hd_road282"
        " | Ngày ký BB=date@%d.%m.%Y | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "tour_guide_licence_register_belize_tourism_board_bz282",
        "No.=row | Licence No.=-:bz_lic282 | Surname=family_name:bz_family282"
        " | First Name=given_name:bz_given282 | Date of Birth=birth_date@%d/%m/%Y"
        " | Sex=sex:sex_en | Social Security No.=national_id:bz_ssn282"
        " | Home Address=address:bz_addr282 | District=state:bz_dist282"
        " | Cell=phone:bz_phone282 | Languages Spoken=-:bz_lang282"
        " | Guide Category=-:bz_cat282 | Licensing Area=-:bz_area282"
        " | Tour Operator=-:bz_operator282 | First Aid Cert. Date=date@%d/%m/%Y"
        " | Licence Expiry=date:bz_expiry282 | Remarks=-:bz_remark282",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "censo_buzos_langosta_miskitos_garifunas_digepesca_gracias_a_dios_islas_bahia_hn282",
        "No.=row | Nombre completo=full_name:hn_name282 | No. Identidad=national_id:hn_dni282"
        " | Fecha de Nacimiento=birth_date@%d/%m/%Y | Sexo=sex:hn_sex282"
        " | Pueblo=-:hn_people282 | Dirección / Comunidad=address:hn_addr282"
        " | Municipio=district:hn_muni282 | Departamento=state:hn_dept282"
        " | Celular=phone:hn_phone282 | Embarcación=-:hn_boat282"
        " | Capitán / Armador=-:hn_captain282 | Años buceando=-:hn_years282"
        " | Accidente por descompresión=-:hn_bends282 | Carné de buzo No.=-:hn_card282"
        " | Fecha de registro=date@%d/%m/%Y | Observaciones=-:hn_note282",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "censo_comunal_gobierno_territorial_rama_kriol_costa_caribe_sur_ni282",
        "N°=row | Nombres y Apellidos=full_name:ni_name282 | Cédula=national_id:ni_ced282"
        " | Fecha nac.=birth_date@%d/%m/%Y | Sexo=sex:ni_sex282 | Etnia=-:ni_ethnic282"
        " | Lengua materna=-:ni_lang282 | Comunidad=district:ni_comm282"
        " | Territorio=-:ni_terr282 | Dirección=address:ni_addr282"
        " | Jefe(a) de familia=-:ni_head282 | Parentesco=-:ni_kin282"
        " | Años de residir=-:ni_years282 | Ocupación=-:ni_job282"
        " | Celular=phone:ni_phone282 | Fecha de levantamiento=date@%d/%m/%Y"
        " | Censista=-:ni_censor282 | Observaciones=-:ni_note282",
        english=True,
        file="xlsx",
    ),
    _shape(
        "solicitudes_bono_familiar_vivienda_banhvi_entidad_autorizada_limon_cr282",
        "N°=row | Expediente=-:cr_exp282 | Cédula=national_id:cr_ced282"
        " | Nombre=given_name:cr_given282 | Primer apellido=family_name:cr_fam1_282"
        " | Segundo apellido=family_name:cr_fam2_282 | Fecha nacimiento=birth_date@%d/%m/%Y"
        " | Estado civil=-:cr_civil282 | Cónyuge o compañero(a)=-:cr_spouse282"
        " | Cédula cónyuge=-:cr_spouse_id282 | Provincia=state:cr_prov282"
        " | Cantón=district:cr_canton282 | Distrito=suburb:cr_dist282"
        " | Otras señas=street:cr_senas282 | Teléfono=phone:cr_phone282"
        " | Ingreso familiar=-:cr_income282 | Programa=-:cr_prog282"
        " | Monto del bono=-:cr_amount282 | Estado=-:cr_status282"
        " | Fecha de emisión=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "registro_tarjeta_residencia_occre_raizales_residentes_san_andres_providencia_co282",
        "Item=row | No. Tarjeta OCCRE=-:sai_card282 | Apellidos=family_name:sai_family282"
        " | Nombres=given_name:sai_given282 | Tipo Doc.=-:sai_doctype282"
        " | No. Documento=national_id:sai_cc282 | Fecha de Nacimiento=birth_date@%Y-%m-%d"
        " | Lugar de Nacimiento=-:sai_born282 | Sexo=sex:sai_sex282 | Calidad=-:sai_kind282"
        " | Dirección=address:sai_addr282 | Sector=suburb:sai_sector282"
        " | Isla=district:sai_island282 | Celular=phone:sai_phone282"
        " | Padre/Madre raizal=-:sai_parent282 | Fecha de expedición=date@%Y-%m-%d"
        " | Estado=-:sai_status282",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "bz_ssn282",
    "hn_dni282",
    "ni_ced282",
    "cr_ced282",
    "sai_cc282",
)
SEX_HOLDS: tuple[str, ...] = ("hn_sex282", "ni_sex282", "sai_sex282")
NAME_HOLDS = frozenset(
    {
        "bz_family282",
        "bz_given282",
        "hn_name282",
        "ni_name282",
        "cr_given282",
        "cr_fam1_282",
        "cr_fam2_282",
        "sai_family282",
        "sai_given282",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "bz_phone282",
    "hn_phone282",
    "ni_phone282",
    "cr_phone282",
    "sai_phone282",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("bz_addr282", "hn_addr282", "ni_addr282", "sai_addr282")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND282",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND282",
]
