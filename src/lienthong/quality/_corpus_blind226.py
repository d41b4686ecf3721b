"""The two hundred and twenty-sixth part of the outside corpus, **blind 226** (written 05:50 UTC,
2026-12-07, never used for tuning): person files a district sports centre, a residential block's
waste collection team, a ward's urban order team, a commune's social affairs officer, a Cusco
artisans' registry, an El Alto neighbourhood council, an Ecuadorian community water board, a
Wayuu indigenous authority in La Guajira and a CONADI office in Araucanía could hand over. Four
Vietnamese files: a district sports centre's list of adults in a free water-safety swimming class
in UTF-8 with a BOM (the class, the coach, the result, the fee, an emergency contact); a
residential block's list of households registered for sorting solid waste at source in
Windows-1258 with semicolons (the household code, its kind, members, fee, bins received, the block
head); a ward's list of sidewalk motorbike repairers registered to use a pitch in UTF-16 with tabs
(the pitch, the hours, the area in m², the pledge, the time last updated); and a commune's list
of poor households receiving electricity bill support in Excel (the customer code, the kind of
household, kWh, the amount, a relative's phone).
Five foreign files: a Cusco register of textile artisans in UTF-8 with Quechua/Spanish headers
(the DNI, both surnames in one column, the craft, the association, the artisans' registry
number); an El Alto neighbourhood council's roll of residents in Excel with Aymara/Spanish
headers (the CI and the department that issued it, the zona, the council and its president, the
monthly fee); a Cotacachi community drinking-water board's users in Windows-1252 with semicolons
and Kichwa/Spanish headers (the cédula with its mod-10 digit, the comunidad and cantón, the meter,
m³, the amount, the mingas attended); a Wayuu rancheria census in La Guajira in UTF-8 with a BOM
and Wayuunaiki/Spanish headers (the document type and cédula, the clan name as first surname, the
rancheria and municipality, the traditional authority, the kinship with the household head); and
a CONADI list of indigenous-status certificates in Araucanía in UTF-16 with tabs and
Mapudungun/Spanish headers (the RUN with its mod-11 digit or K, two surnames, the sector and
comuna, the indigenous community, the certificate and its legal basis).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind226_writers import WRITERS_BLIND226
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND226: tuple[Shape, ...] = (
    _shape(
        "hoc_vien_lop_boi_an_toan_nguoi_lon_trung_tam_tdtt_quan_vn226",
        "STT=row | Họ và tên học viên=full_name | Năm sinh / Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | CCCD=cccd | Địa chỉ liên hệ=address | ĐT di động=phone"
        " | Lớp=-:swim_class226 | HLV phụ trách=-:coach226 | Kết quả=-:swim_result226"
        " | Học phí (đ)=-:swim_fee226 | Người liên hệ khi khẩn cấp=-:guardian226"
        " | SĐT khẩn cấp=-:rel_phone226 | Ngày khai giảng=date@%d/%m/%Y",
        encoding="utf-8-sig",
    ),
    _shape(
        "ho_dang_ky_phan_loai_chat_thai_ran_tai_nguon_to_dan_pho_vn226",
        "TT=row | Mã hộ=-:household226 | Họ tên chủ hộ=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | So CCCD chu ho=cccd | Dia chi=address | Loai ho=-:waste_kind226"
        " | So nhan khau=-:members226 | Muc thu (d/thang)=-:waste_fee226"
        " | Thung phan loai=-:bins226 | To truong TDP=-:block_head226 | Dien thoai=phone"
        " | Ngay dang ky=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nguoi_sua_xe_may_via_he_dang_ky_su_dung_tam_thoi_phuong_vn226",
        "STT=row | Họ tên người hành nghề=full_name | Ngày sinh=birth_date@%d-%m-%Y"
        " | Giới=sex | Số định danh=cccd:cccd_spaced | Nơi cư trú=address | SĐT=phone"
        " | Vị trí hành nghề=-:pitch226 | Thời gian=-:hours226 | Diện tích (m²)=-:area_m2226"
        " | Cam kết=-:pledge226 | Ghi chú=-:note_vi | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ho_ngheo_ho_tro_tien_dien_quy_iv_xa_vn226",
        "STT=row | Họ và tên chủ hộ=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Trưởng thôn=-:block_head226 | Địa chỉ=address"
        " | Mã khách hàng điện=-:power_code226 | Diện hộ=-:power_kind226"
        " | Mức hỗ trợ (kWh/tháng)=-:kwh226 | Số tiền (đồng)=-:power_amount226"
        " | Số ĐT=phone | SĐT người nhà=-:rel_phone226 | Ngày chi trả=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "registro_artesanos_textiles_chinchero_cusco_pe226",
        "N° / Yupay=row | DNI=national_id:dni_pe226"
        " | Apellidos / Ayllu sutin=family_name:pe_family226"
        " | Nombres / Sutin=given_name:pe_given226"
        " | Fecha de nacimiento / Paqarimusqan p'unchaw=birth_date@%d/%m/%Y"
        " | Sexo / Qhari-warmi=sex:sex_pe226 | Dirección / Tiyasqan=street:street_pe226"
        " | Distrito / Llaqta=district:district_pe226 | Celular=phone:phone_pe226"
        " | Línea artesanal / Ruraynin=-:craft_pe226 | Asociación=-:assoc_pe226"
        " | N° RNA=-:rna_pe226 | Fecha de inscripción=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "padron_vecinos_junta_vecinal_el_alto_bo226",
        "Nro.=row | C.I. / Qillqa jakhu=national_id:ci_bo226 | Exp.=-:exp_bo226"
        " | Ap. paterno / Awkipan sutipa=family_name:bo_pat226"
        " | Ap. materno / Taykapan sutipa=-:bo_mat226 | Nombres / Sutipa=given_name:bo_given226"
        " | Fecha de nac. / Yuritäwi uru=birth_date@%d/%m/%Y | Sexo=sex:sex_bo226"
        " | Zona / Jakäwi=suburb:zona_bo226 | Calle y N°=street:street_bo226"
        " | Celular=phone:phone_bo226 | Junta vecinal=-:junta_bo226"
        " | Presidente J.V.=-:pres_bo226 | Aporte (Bs)=-:aporte_bo226"
        " | Fecha de afiliación=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "usuarios_junta_agua_potable_comunitaria_cotacachi_ec226",
        "N°=row | Cédula / Riksichik=national_id:cedula_ec226"
        " | Apellidos / Ayllu shuti=family_name:ec_family226"
        " | Nombres / Shuti=given_name:ec_given226"
        " | Fecha nacimiento / Wacharishka punlla=birth_date@%d/%m/%Y"
        " | Sexo / Kari-warmi=sex:sex_ec226 | Comunidad / Ayllu llakta=suburb:comuna_ec226"
        " | Cantón=district:canton_ec226 | Medidor N°=-:meter_ec226 | Consumo m3=-:m3_ec226"
        " | Valor a pagar USD=-:pay_ec226 | Mingas=-:minga_ec226"
        " | Celular / Antanilla=phone:phone_ec226 | Fecha de lectura=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "censo_rancheria_wayuu_autoridad_tradicional_guajira_co226",
        "No.=row | Tipo doc.=-:doc_co226 | Número documento=national_id:cc_co226"
        " | Primer apellido (E'irukuu)=family_name:co_clan226"
        " | Segundo apellido=-:co_second226 | Nombres / Anülia=given_name:co_given226"
        " | Fecha de nacimiento=birth_date@%d/%m/%Y | Sexo / Toolo-jierü=sex:sex_co226"
        " | Rancheria / Piichipala=suburb:rancheria_co226 | Municipio=district:mpio_co226"
        " | Autoridad tradicional=-:authority_co226 | Parentesco=-:kin_co226"
        " | Celular=phone:phone_co226 | Fecha censo=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "certificados_calidad_indigena_conadi_araucania_cl226",
        "N°=row | RUN=national_id:rut_cl226 | Nombres / Üy=given_name:cl_given226"
        " | Apellido paterno / Küga=family_name:cl_pat226 | Apellido materno=-:cl_mat226"
        " | Fecha de nacimiento=birth_date@%d-%m-%Y | Sexo / Wentru-domo=sex:sex_cl226"
        " | Dirección / Ruka=street:street_cl226 | Sector / Lof mapu=suburb:sector_cl226"
        " | Comuna=district:comuna_cl226 | Teléfono=phone:phone_cl226"
        " | Comunidad indígena=-:lof_cl226 | N° certificado=-:cert_cl226"
        " | Fundamento Ley 19.253=-:basis_cl226 | Fecha emisión=date@%d-%m-%Y",
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
    "dni_pe226",
    "ci_bo226",
    "cedula_ec226",
    "cc_co226",
    "rut_cl226",
)
SEX_HOLDS: tuple[str, ...] = ("sex_pe226", "sex_bo226", "sex_ec226", "sex_co226", "sex_cl226")
NAME_HOLDS = frozenset(
    {"pe_family226", "pe_given226", "bo_pat226", "bo_given226", "ec_family226", "ec_given226"}
    | {"co_clan226", "co_given226", "cl_given226", "cl_pat226"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_pe226",
    "phone_bo226",
    "phone_ec226",
    "phone_co226",
    "phone_cl226",
)
#: addresses written with ``", "`` between their parts: none of this part's own writers.
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND226",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND226",
]
