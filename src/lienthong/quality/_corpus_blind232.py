"""The two-hundred-and-thirty-second part of the outside corpus, **blind 232** (written 07:06
UTC, 2026-12-07, never used for tuning): person files a ward's Mid-Autumn festival committee, a
district's cross-country race, a Central Highlands commune's culture office, a city's Tết
calligraphy street, a Uruguayan mutual-aid housing cooperative, the Chubut sheep-farming
programme, a Mapuche intercultural health centre in Araucanía, a gaúcho traditions centre of Rio
Grande do Sul and the Royal Falkland Islands Police could hand over. Four Vietnamese files: the
members of the lion dance troupes registered for a ward's Mid-Autumn festival, in UTF-16 with
tabs (the troupe, the part each plays, the years they trained, the troupe leader and his phone);
the runners of a district cross-country race, in UTF-8 with semicolons and headers without
diacritics (the school or company they run for, the distance, the bib, the shirt size, the
emergency contact and phone, the blood group, the finishing time); the players of a village gong
ensemble, in Windows-1258 with semicolons (the ethnic group, the gong they play, the village, the
gongs in the set, the village elder, the artisan title); and the calligraphers who rent a stall
in the Tết calligraphy street, in Excel (the pen name, the script, the club, the stall, the fee,
the day they registered). Five foreign files: the members of a Uruguayan mutual-aid housing
cooperative, in Latin-1 with semicolons (the cédula with its check digit, the home, the
cooperative, the member number, the household size, the hours of mutual aid, the monthly fee,
the status); the sheep farmers granted Ley Ovina credit in Chubut, in UTF-8 with semicolons (the
DNI and the CUIL, the street, town and postcode, the area-coded phone, the ranch, the RENSPA,
the sheep, the amount, the file number, the resolution's date); the attendances of a Mapuche
intercultural health centre, in UTF-8 with a BOM and Spanish headers beside Mapudungun (the RUN
with its mod-11 digit, both surnames, the lof, the rural address, the kind of care, the machi or
lawentuchefe, the facilitator, the referral); the members of a Centro de Tradições Gaúchas, in
Windows-1252 with semicolons (the CPF with its two digits, the RG, the street, bairro, city and
CEP, the mobile, the CTG, the category, the dance group, the MTG card, the guardian); and the
firearm certificates of the Royal Falkland Islands Police, in Excel with English headers (the
certificate, the home in Stanley or in Camp, the postcode, the phone with +500, the passport,
the firearms, the purpose, the issuing officer, the expiry).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind232_writers import WRITERS_BLIND232
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND232: tuple[Shape, ...] = (
    _shape(
        "doi_lan_su_rong_dang_ky_hoi_dien_trung_thu_phuong_vn232",
        "TT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Nơi thường trú=address | Số ĐT=phone"
        " | Đội lân=-:lion_team232 | Vị trí biểu diễn=-:lion_role232"
        " | Thời gian tập luyện=-:lion_years232 | Trưởng đội=-:lion_head232"
        " | ĐT trưởng đội=-:lion_head_phone232 | Ngày đăng ký=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "van_dong_vien_giai_chay_viet_da_bao_huyen_vn232",
        "STT=row | Ho ten VDV=full_name:full_name_ascii | Ngay sinh=birth_date@%d/%m/%Y"
        " | Nam/Nu=sex | So CCCD=cccd:cccd_spaced | Dia chi=address | Dien thoai=phone"
        " | Don vi du thi=-:run_unit232 | Cu ly=-:run_dist232 | So BIB=-:run_bib232"
        " | Co ao=-:run_shirt232 | Nguoi lien he khi can=-:run_sos232"
        " | SDT nguoi lien he=-:run_sos_phone232 | Nhom mau=-:run_blood232"
        " | Thanh tich=-:run_time232 | Ngay thi dau=date@%d/%m/%Y",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "nghe_nhan_thanh_vien_doi_cong_chieng_buon_lang_vn232",
        "TT=row | Họ và tên=full_name | Sinh ngày=birth_date@%d/%m/%Y | Nam / Nữ=sex"
        " | Dân tộc=-:gong_ethnic232 | Số định danh cá nhân=cccd | Thôn, buôn / xã=address"
        " | ĐT liên hệ=phone:phone_dotted | Sử dụng nhạc cụ=-:gong_role232"
        " | Đội chiêng của buôn=-:gong_village232 | Bộ chiêng (số chiếc)=-:gong_set232"
        " | Người phụ trách=-:gong_elder232 | Danh hiệu=-:gong_title232"
        " | Ngày tham gia=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ong_do_dang_ky_gian_cho_chu_pho_thu_phap_tet_vn232",
        "STT=row | Họ và tên=full_name | Bút danh=-:calli_pen232 | Ngày sinh=birth_date"
        " | CCCD=cccd | Nơi ở hiện tại=address | Điện thoại=phone:phone_spaced"
        " | Loại chữ=-:calli_script232 | CLB / Hội=-:calli_club232"
        " | Gian số=-:calli_stall232 | Phí gian (đồng)=-:calli_fee232"
        " | Ngày đăng ký=date@%d/%m/%Y | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "padron_socios_cooperativa_vivienda_ayuda_mutua_fucvam_uy232",
        "Nº=row | Apellidos=family_name:uy_family232 | Nombres=given_name:uy_given232"
        " | C.I.=national_id:uy_ci232 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:uy_sex232 | Domicilio actual=address:uy_home232"
        " | Celular=phone:uy_phone232 | Cooperativa=-:uy_coop232"
        " | Nº de socio=-:uy_member232 | Integrantes núcleo=-:uy_family_size232"
        " | Horas ayuda mutua=-:uy_hours232 | Cuota mensual ($U)=-:uy_fee232"
        " | Situación=-:uy_status232 | Fecha de ingreso=date@%d/%m/%Y",
        english=True,
        encoding="latin-1",
        delimiter=";",
    ),
    _shape(
        "beneficiarios_ley_ovina_creditos_uep_chubut_ar232",
        "Nro.=row | Apellido y Nombre=full_name:ar_name232 | D.N.I.=national_id:ar_dni232"
        " | C.U.I.L.=-:ar_cuil232 | Fecha Nac.=birth_date@%d/%m/%Y"
        " | Domicilio=street:ar_street232 | Localidad=district:ar_town232"
        " | C.P.=postcode:ar_cp232 | Teléfono=phone:ar_phone232"
        " | Establecimiento=-:ar_estancia232 | RENSPA=-:ar_renspa232"
        " | Cab. ovinas=-:ar_sheep232 | Monto otorgado=-:ar_amount232"
        " | Estado=-:ar_status232 | Expediente=-:ar_file232 | Fecha Resol.=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "registro_atenciones_salud_intercultural_mapuche_makewe_cl232",
        "N°=row | RUN=national_id:cl_run232 | Apellido paterno=family_name:cl_pat232"
        " | Apellido materno=-:cl_mat232 | Nombres / Üy=given_name:cl_given232"
        " | Fecha de nacimiento=birth_date@%d-%m-%Y | Sexo=sex:cl_sex232"
        " | Lof / Comunidad=-:cl_lof232 | Dirección / Ruka mew=address:cl_home232"
        " | Fono=phone:cl_phone232 | Tipo de atención / Lawentuwün=-:cl_care232"
        " | Agente de salud (machi, lawentuchefe)=-:cl_agent232"
        " | Facilitador/a intercultural=-:cl_facil232 | Derivación=-:cl_refer232"
        " | Fecha atención=date@%d-%m-%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "cadastro_socios_centro_tradicoes_gauchas_mtg_rs_br232",
        "Nº=row | Nome completo=full_name:br_name232 | CPF=national_id:br_cpf232"
        " | RG=-:br_rg232 | Data de nascimento=birth_date@%d/%m/%Y | Sexo=sex:br_sex232"
        " | Endereço=street:br_street232 | Bairro=suburb:br_bairro232"
        " | Cidade=district:br_city232 | CEP=postcode:br_cep232"
        " | Celular/WhatsApp=phone:br_phone232 | Entidade=-:br_ctg232"
        " | Categoria=-:br_categ232 | Invernada / Modalidade=-:br_dance232"
        " | Carteira MTG=-:br_card232 | Responsável (menor)=-:br_guardian232"
        " | Data de filiação=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "firearm_certificates_register_royal_falkland_islands_police_fk232",
        "Ref=row | Certificate No.=-:fk_cert232 | Surname=family_name:fk_family232"
        " | Forename(s)=given_name:fk_given232 | Date of Birth=birth_date@%d %b %Y"
        " | Sex=sex:fk_sex232 | Address=address:fk_home232 | Postcode=postcode:fk_post232"
        " | Telephone=phone:fk_phone232 | Passport No.=-:fk_passport232"
        " | Firearms held=-:fk_arms232 | Purpose=-:fk_purpose232"
        " | Issued by=-:fk_officer232 | Date of Issue=date@%d/%m/%Y"
        " | Expiry=date:fk_expiry232",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("uy_ci232", "ar_dni232", "cl_run232", "br_cpf232")
SEX_HOLDS: tuple[str, ...] = ("uy_sex232", "cl_sex232", "br_sex232", "fk_sex232")
NAME_HOLDS = frozenset(
    {
        "uy_family232",
        "uy_given232",
        "ar_name232",
        "cl_pat232",
        "cl_given232",
        "br_name232",
        "fk_family232",
        "fk_given232",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "uy_phone232",
    "ar_phone232",
    "cl_phone232",
    "br_phone232",
    "fk_phone232",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("uy_home232", "cl_home232", "fk_home232")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND232",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND232",
]
