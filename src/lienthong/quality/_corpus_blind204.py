"""The two-hundred-and-fourth part of the outside corpus, **blind 204** (written 04:20 UTC,
2026-12-07, never used for tuning): person files a provincial trade promotion centre, a ward's
people's committee, a district land registration office, a commune police post, the Portuguese
post office in Madeira and the Azores, the Canarian housing register, an Osakidetza health centre,
the Xunta de Galicia and the Andorran environment department could hand over. Four Vietnamese
files: the traders who booked booths at a spring fair, in UTF-8 with a BOM and semicolons (the
business, the goods, the booths and their place, the fee); the families who registered a funeral
with their ward, in Windows-1258 with tabs (the dead relative, their age and day of death, the
kinship, burial or cremation, the hall, the cemetery, the residents' group head); the land users
who asked for an extract of the cadastral map, in Excel (the map sheet and parcel, the area, the
land use code, the reason, the title number, the fee, the surveyor); and the people who handed in
something they found, in UTF-16 with tabs (what, where, the owner and their phone, the officer,
the outcome). Five foreign files: the refunds of the subsídio social de mobilidade paid at CTT
counters in Madeira and the Azores, in UTF-8 with semicolons (the cartão de cidadão and the NIF,
the street, postcode, concelho and island, the route, the ticket, the fare and the refund); the
Canarian register of applicants for protected housing, in Excel (DNI or NIE, the street,
municipality, island and postcode, the household, the income in IPREM, the tenure and the quota);
the flu vaccinations of an Osakidetza health centre, in UTF-8 with a BOM and tabs with Basque and
Spanish headers (the DNI, the TIS card, the address, the vaccine, the lot, the nurse, the risk
group); the applications for the Xunta's social spa programme, in Windows-1252 with Galician
headers (the street, parish, concello, province and postcode, the pension, the spa and the turn,
the spouse who comes along, the points); and the Andorran hunting and fishing licences, in UTF-8
with semicolons and Catalan headers (the passport and the NRT, the address, the parish, the
licence and its number, the fee, the insurer, the hunting ground).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind204_writers import WRITERS_BLIND204
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND204: tuple[Shape, ...] = (
    _shape(
        "thuong_nhan_dang_ky_gian_hang_hoi_cho_xuan_trung_tam_xuc_tien_thuong_mai_vn204",
        "STT=row | Tên cơ sở / HKD=-:firm204 | Người đại diện=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd | Địa chỉ liên hệ=address"
        " | ĐT di động=phone:phone_dotted | Email=email | Ngành hàng=-:goods204"
        " | Số gian=-:booths204 | Vị trí=-:spot204 | Phí gian hàng (đ)=-:booth_fee204"
        " | Ngày nộp phí=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "gia_dinh_dang_ky_to_chuc_tang_le_ubnd_phuong_to_dan_pho_vn204",
        "TT=row | Ho ten nguoi dang ky=full_name | Nam/Nu=sex"
        " | Ngày sinh=birth_date@%d/%m/%Y | CCCD=cccd | Nơi cư trú=address"
        " | SĐT=phone | Quan hệ với người mất=-:relation204 | Họ tên người mất=-:deceased204"
        " | Hưởng thọ=-:deceased_age204 | Ngày mất=date:death_date204"
        " | Hình thức=-:rite204 | Nơi tổ chức lễ tang=-:hall204 | Số ngày quàn=-:days204"
        " | An táng / lưu tro tại=-:cemetery204 | Ngày đăng ký=date@%d/%m/%Y"
        " | Tổ trưởng TDP xác nhận=-:tdp_head204",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "nguoi_su_dung_dat_de_nghi_trich_luc_trich_do_ban_do_dia_chinh_vpdkdd_vn204",
        "STT=row | Họ tên người đề nghị=full_name | Ngày, tháng, năm sinh=birth_date:excel_date"
        " | Số CCCD/ĐDCN=cccd:cccd_spaced | Địa chỉ thường trú=address | Điện thoại=phone"
        " | Tờ BĐ số=-:sheet204 | Thửa số=-:parcel204 | DT (m2)=-:area204"
        " | MĐSD=-:purpose204 | Số GCN=-:gcn204 | Lý do đề nghị=-:why_map204"
        " | Ngày nhận HS=date:excel_event | Phí trích đo (đ)=-:map_fee204"
        " | Đơn vị thực hiện=-:surveyor204 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "nguoi_giao_nop_tai_san_nhat_duoc_cua_roi_cong_an_xa_vn204",
        "STT=row | Số biên bản=-:found_no204 | Người giao nộp=full_name | Giới tính=sex"
        " | Ngày sinh=birth_date@%d-%m-%Y | Số định danh=cccd | Chỗ ở hiện nay=address"
        " | SĐT=phone:phone_spaced | Tài sản nhặt được=-:found204 | Nơi nhặt được=-:found_at204"
        " | Ngày giao nộp=date@%d-%m-%Y | Cán bộ tiếp nhận=-:police204"
        " | Chủ sở hữu=-:owner204 | SĐT chủ sở hữu=-:owner_phone204"
        " | Kết quả=-:found_result204",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "reembolsos_subsidio_social_mobilidade_ctt_madeira_acores_pt204",
        "N.º=row | Nome do beneficiário=full_name:pt_name204"
        " | N.º Doc. Identificação (CC)=national_id:pt_cc204 | NIF=-:pt_nif204"
        " | Data nasc.=birth_date@%d/%m/%Y | Morada=street:pt_street204"
        " | Cód. Postal=postcode:pt_cp204 | Concelho=district:pt_concelho204"
        " | Ilha=state:pt_island204 | Telemóvel=phone:pt_phone204 | Email=email"
        " | Percurso=-:pt_route204 | N.º bilhete=-:pt_ticket204 | Data da viagem=date@%d/%m/%Y"
        " | Valor pago (€)=-:pt_paid204 | Valor reembolsado (€)=-:pt_refund204"
        " | Estudante=-:pt_student204 | Balcão=-:pt_ctt204",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "registro_publico_demandantes_vivienda_protegida_canarias_es204",
        "Nº orden=row | Nº expediente=-:ic_file204 | Apellidos=family_name:ic_surnames204"
        " | Nombre=given_name:ic_given204 | DNI/NIE=national_id:ic_id204"
        " | Fecha nacimiento=birth_date@%d/%m/%Y | Sexo (V/M)=sex:ic_sex204"
        " | Domicilio=street:ic_street204 | Municipio=district:ic_town204"
        " | Isla=state:ic_island204 | C.P.=postcode:ic_cp204 | Teléfono=phone:ic_phone204"
        " | Miembros U.C.=-:ic_members204 | Ingresos ponderados=-:ic_iprem204"
        " | Régimen solicitado=-:ic_regime204 | Cupo=-:ic_quota204"
        " | Fecha inscripción=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "gripearen_aurkako_txertaketa_osasun_zentroa_osakidetza_eu204",
        "Zk. / Nº=row | Abizenak / Apellidos=family_name:eu_surnames204"
        " | Izena / Nombre=given_name:eu_given204 | NAN / DNI=national_id:eu_dni204"
        " | TIS zk. / Nº TIS=-:eu_tis204 | Jaiotze data / F. nacimiento=birth_date@%Y/%m/%d"
        " | Sexua / Sexo=sex:eu_sex204 | Helbidea / Domicilio=address:eu_addr204"
        " | Udalerria / Municipio=district:eu_town204 | Telefonoa / Teléfono=phone:eu_phone204"
        " | Arrisku taldea / Grupo de riesgo=-:eu_risk204 | Txertoa / Vacuna=-:eu_vaccine204"
        " | Lotea / Lote=-:eu_lot204 | Txertaketa data / F. vacunación=date@%Y/%m/%d"
        " | Erizaina / Enfermera/o=-:eu_nurse204",
        english=True,
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "solicitudes_programa_termalismo_social_xunta_galicia_ga204",
        "Nº=row | Apelidos=family_name:ga_surnames204 | Nome=given_name:ga_given204"
        " | DNI=national_id:ga_dni204 | Data de nacemento=birth_date@%d/%m/%Y"
        " | Sexo=sex:ga_sex204 | Enderezo=street:ga_street204 | Parroquia=suburb:ga_parish204"
        " | Concello=district:ga_concello204 | Provincia=state:ga_province204"
        " | Código postal=postcode:ga_cp204 | Teléfono=phone:ga_phone204"
        " | Pensión mensual (€)=-:ga_pension204 | Balneario solicitado=-:ga_spa204"
        " | Quenda=-:ga_turn204 | Acompañante=-:ga_spouse204 | Puntuación=-:ga_points204"
        " | Data da solicitude=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "llicencies_caca_pesca_departament_medi_ambient_govern_andorra_ad204",
        "Núm.=row | Cognoms=family_name:ad_surnames204 | Nom=given_name:ad_given204"
        " | Núm. passaport=national_id:ad_passport204 | NRT=-:ad_nrt204"
        " | Data de naixement=birth_date@%d/%m/%Y | Sexe=sex:ad_sex204"
        " | Adreça=address:ad_addr204 | Parròquia=district:ad_parish204"
        " | Telèfon=phone:ad_phone204 | Correu electrònic=email"
        " | Tipus de llicència=-:ad_licence204 | Núm. llicència=-:ad_licence_no204"
        " | Data d'expedició=date@%d/%m/%Y | Import (€)=-:ad_fee204"
        " | Assegurança=-:ad_insurance204 | Vedat / zona=-:ad_zone204",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "pt_cc204",
    "ic_id204",
    "eu_dni204",
    "ga_dni204",
    "ad_passport204",
)
SEX_HOLDS: tuple[str, ...] = ("ic_sex204", "eu_sex204", "ga_sex204", "ad_sex204")
NAME_HOLDS = frozenset(
    {
        "pt_name204",
        "ic_surnames204",
        "ic_given204",
        "eu_surnames204",
        "eu_given204",
        "ga_surnames204",
        "ga_given204",
        "ad_surnames204",
        "ad_given204",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "pt_phone204",
    "ic_phone204",
    "eu_phone204",
    "ga_phone204",
    "ad_phone204",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("eu_addr204", "ad_addr204")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND204",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND204",
]
