"""The two-hundred-and-fifty-fourth part of the outside corpus, **blind 254** (written 08:25
UTC, 2026-12-07, never used for tuning): person files a district vocational training centre, a
commune's land office, a wholesale market's management board, a pagoda, a Galician community
forest, the Principality of Asturias' river fisheries service, a Basque town's sports centre, a
Navarrese municipality and a northern Portuguese town hall could hand over. Four Vietnamese
files: the trainees of an áo dài tailoring course for rural workers, in UTF-8 with a BOM and
semicolons (the ethnic group, the schooling, the beneficiary group, the meal and travel
allowance, the day the course opened, the final grade); the households asking to turn rice land
into a shrimp-rice model, in Windows-1258 with tabs and no diacritics in the headers (the map
sheet and plot, the area, the model, the day of the request, the hamlet's opinion, the land
officer); the porters of a wholesale market who hold a working card, in Excel (the home
province, the temporary residence, the card, the crew and its leader, the working area, the
status); and the lay Buddhists booked for an eight-precepts retreat at a pagoda, in UTF-16 with
tabs (the dharma name, a relative to call and the relative's phone, the day they come, the
team they serve on). Five foreign files: the commoners of a Galician community forest held in
common (monte veciñal en man común), in ISO-8859-15 with Galician headers (the DNI written
12345678-Z, the place, parish, concello and CP, the house the right goes with, the yearly fee);
the applicants in the Asturian salmon permit draw, in Windows-1252 with semicolons (APELLIDOS,
NOMBRE, the DNI or NIE, the full domicilio with its CP, the fishing licence, river and coto, the
draw number, the result); the subscribers of a Basque municipal sports centre, in UTF-8 with
Basque and Spanish headers (the NAN/DNI, the street, PK and town, the kind of subscription, the
family subscription's holder, the IBAN); the neighbours given communal farm plots in Navarre,
in Excel (the DNI or NIE, the street, town and CP, the plot, the paraje, the robadas, the
yearly canon, the years on the padrón); and the stallholders of the weekly market of Barcelos,
in Windows-1252 with semicolons (the cartão de cidadão and the NIF, the street, 4750-302
postcode and town, the telemóvel, the trader's title, the trade, the stall, the quarterly fee,
the licence's end, dates written dd/mm/yyyy).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind254_writers import WRITERS_BLIND254
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND254: tuple[Shape, ...] = (
    _shape(
        "hoc_vien_lop_cat_may_ao_dai_lao_dong_nong_thon_trung_tam_gdnn_gdtx_huyen_vn254",
        "STT=row | Họ và tên học viên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Dân tộc=-:ethnic254 | Trình độ VH=-:school254"
        " | Nơi thường trú=address | Điện thoại=phone | Đối tượng=-:group254"
        " | Hỗ trợ tiền ăn, đi lại (đ)=-:support254 | Ngày khai giảng=date@%d/%m/%Y"
        " | Xếp loại cuối khóa=-:grade254 | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "ho_dang_ky_chuyen_doi_dat_trong_lua_sang_mo_hinh_tom_lua_ubnd_xa_vn254",
        "TT=row | Ho ten chu ho=full_name | Ngay sinh=birth_date@%d/%m/%Y | Gioi tinh=sex"
        " | So CCCD=cccd:cccd_spaced | Dia chi=address | SDT=phone:phone_dotted"
        " | To ban do so=-:sheet254 | Thua dat so=-:plot254"
        " | Dien tich chuyen doi (m2)=-:area254 | Mo hinh dang ky=-:model254"
        " | Ngay nop don=date@%d/%m/%Y | Y kien Ban NDTQ ap=-:opinion254"
        " | Can bo dia chinh=-:officer254",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "nguoi_boc_xep_cap_the_hanh_nghe_ban_quan_ly_cho_dau_moi_nong_san_vn254",
        "STT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | CCCD=cccd | Quê quán=-:hometown254 | Nơi tạm trú=address"
        " | SĐT=phone:phone_spaced | Số thẻ=-:card254 | Tổ bốc xếp=-:crew254"
        " | Khu vực làm việc=-:zone254 | Ngày cấp thẻ=date@%d/%m/%Y"
        " | Tổ trưởng=-:leader254 | Tình trạng=-:status254",
        file="xlsx",
    ),
    _shape(
        "phat_tu_dang_ky_khoa_tu_bat_quan_trai_ban_tri_su_chua_vn254",
        "STT=row | Họ và tên=full_name | Pháp danh=-:dharma254 | Ngày sinh=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | Số CCCD=cccd | Địa chỉ thường trú=address | SĐT=phone"
        " | Người thân liên hệ=-:kin254 | SĐT người thân=-:kin_phone254"
        " | Ngày nhập khóa=date@%d/%m/%Y | Ban công quả=-:duty254 | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "rexistro_comuneiros_comunidade_montes_vecinais_man_comun_gal254",
        "Núm.=row | Apelidos=family_name:gal_family254 | Nome=given_name:gal_given254"
        " | DNI=national_id:gal_dni254 | Data de nacemento=birth_date@%d/%m/%Y"
        " | Lugar e número=street:gal_street254 | Parroquia=suburb:gal_parish254"
        " | Concello=district:gal_town254 | CP=postcode:gal_cp254"
        " | Teléfono=phone:gal_phone254 | Casa=-:gal_house254"
        " | Data de alta=date@%d/%m/%Y | Cota anual=-:gal_fee254"
        " | Observacións=-:gal_note254",
        english=True,
        encoding="iso-8859-15",
    ),
    _shape(
        "solicitantes_sorteo_permisos_pesca_salmon_principado_asturias_ast254",
        "Orden=row | Nº solicitud=-:ast_request254 | Apellidos, nombre=full_name:ast_full254"
        " | DNI/NIE=national_id:ast_id254 | F. nacimiento=birth_date@%d/%m/%Y"
        " | Domicilio=address:ast_home254 | Teléfono=phone:ast_phone254 | E-mail=email"
        " | Nº licencia pesca=-:ast_licence254 | Río=-:ast_river254 | Coto=-:ast_coto254"
        " | Fecha solicitada=date@%d/%m/%Y | Nº sorteo=-:ast_draw254"
        " | Adjudicado=-:ast_result254",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "udal_kiroldegiko_abonatuak_abonados_polideportivo_municipal_eus254",
        "Zk. / Nº=row | Abizenak / Apellidos=family_name:eus_family254"
        " | Izena / Nombre=given_name:eus_given254 | NAN / DNI=national_id:eus_dni254"
        " | Jaiotze data / F. nacimiento=birth_date@%d/%m/%Y"
        " | Helbidea / Domicilio=street:eus_street254 | PK / CP=postcode:eus_cp254"
        " | Herria / Municipio=district:eus_town254 | Telefonoa / Teléfono=phone:eus_phone254"
        " | Posta elektronikoa / Correo=email | Abonu mota / Tipo de abono=-:eus_abonu254"
        " | Titularra / Titular=-:eus_holder254 | Alta data / Fecha alta=date@%d/%m/%Y"
        " | IBAN=-:eus_iban254",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "adjudicatarios_lotes_comunales_cultivo_ayuntamiento_navarra_nav254",
        "Nº=row | Apellidos=family_name:nav_family254 | Nombre=given_name:nav_given254"
        " | DNI/NIE=national_id:nav_id254 | Fecha nac.=birth_date@%d/%m/%Y"
        " | Domicilio=street:nav_street254 | Localidad=district:nav_town254"
        " | C.P.=postcode:nav_cp254 | Teléfono=phone:nav_phone254"
        " | Polígono / parcela=-:nav_plot254 | Paraje=-:nav_paraje254"
        " | Superficie (robadas)=-:nav_area254 | Canon anual (€)=-:nav_canon254"
        " | Años empadronado=-:nav_years254 | Fecha adjudicación=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "registo_feirantes_feira_semanal_camara_municipal_barcelos_pt254",
        "N.º=row | Nome=full_name:pt_full254 | N.º Cartão de Cidadão=national_id:pt_cc254"
        " | NIF=-:pt_nif254 | Data de nascimento=birth_date@%d/%m/%Y"
        " | Morada=street:pt_street254 | Código postal=postcode:pt_cp254"
        " | Localidade=district:pt_town254 | Telemóvel=phone:pt_phone254"
        " | Título de exercício de atividade=-:pt_title254 | Ramo=-:pt_trade254"
        " | Lugar=-:pt_spot254 | Taxa trimestral=-:pt_fee254"
        " | Data de atribuição=date@%d/%m/%Y | Válido até=-:pt_until254"
        " | Situação=-:pt_status254",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "gal_dni254",
    "ast_id254",
    "eus_dni254",
    "nav_id254",
    "pt_cc254",
)
SEX_HOLDS: tuple[str, ...] = ()
NAME_HOLDS = frozenset(
    {
        "gal_family254",
        "gal_given254",
        "ast_full254",
        "eus_family254",
        "eus_given254",
        "nav_family254",
        "nav_given254",
        "pt_full254",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "gal_phone254",
    "ast_phone254",
    "eus_phone254",
    "nav_phone254",
    "pt_phone254",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ast_home254",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND254",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND254",
]
