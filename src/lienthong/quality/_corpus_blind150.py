"""The hundred-and-fiftieth part of the outside corpus, **blind 150** (written 22:08 UTC,
2026-12-06, never used for tuning): person files a travel agency's outbound tour desk, a railway
station selling Tết tickets, a continuing education centre's basic computer skills class, a city
health department's register of pharmacists in charge, a Portuguese family health unit, Cape
Verde's single social register, a Bissau market administration, São Tomé and Príncipe's fisheries
directorate and Timor-Leste's ministry for combatants could hand over.
Four Vietnamese files: a tour group's passenger list in UTF-16 with tabs (the passport number and
its expiry, the tour code and the country, the room, an emergency contact and their phone, the
deposit); Tết train tickets in Excel (the booking code, the passenger's CCCD, e-mail and phone,
the train, the leg, the carriage and seat, the fare and its discount, the day of travel); a basic
computer skills class in Windows-1258 with semicolons (the learner's code, place of birth, work
place, the course, the theory and practice marks, the grade, the certificate number and the day
it was granted); and pharmacists in charge in UTF-8 with a BOM and semicolons, headers without
diacritics and with odd spacing (the practising certificate, the degree, the pharmacy's name and
address, the scope, the GPP certificate and its date).
Five foreign files: a Braga family health unit's registered users (the SNS user number, the
cartão de cidadão with its two check digits, the NIF with its mod-11 digit, the street, postcode,
town and parish, the family doctor, the fee exemption, the day of registration in ISO form); Cape
Verde's Cadastro Social Único in Excel (the household number, the representative's NIF, the
island, council and zone, the household size, the income group, the RSI, the officer); a Bissau
market's traders in tabs (the stall, the BI number, the bairro, the goods, the daily fee, a
witness); São Tomé and Príncipe's artisanal fishers and palaiês (the register number, the
nickname, the BI, the fishing community and district, the boat, the activity); and Timor-Leste's
combatants' pensions in Tetum and Portuguese (the combatant's number, the nom de guerre, the
electoral card, the município, posto and suco, the years of struggle, the pension and its amount,
the bank account, the day it was approved).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind150_writers import WRITERS_BLIND150
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND150: tuple[Shape, ...] = (
    _shape(
        "danh_sach_khach_doan_tour_outbound_cong_ty_lu_hanh_vn150",
        "STT=row | HỌ VÀ TÊN (IN HOA, KHÔNG DẤU)=full_name:full_name_caps | Giới tính=sex"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd | Số hộ chiếu=-:tour_passport150"
        " | Ngày hết hạn HC=date:tour_passport_exp150 | SĐT liên hệ=phone"
        " | Địa chỉ liên hệ=address | Mã tour=-:tour_code150 | Nước đến=-:tour_country150"
        " | Ngày khởi hành=date@%d/%m/%Y | Xếp phòng=-:tour_room150"
        " | Người liên hệ khi khẩn cấp=-:tour_emergency150 | Đã cọc (VNĐ)=-:tour_deposit150"
        " | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hanh_khach_dat_ve_tau_tet_ga_sai_gon_vn150",
        "STT=row | Mã đặt chỗ=-:train_booking150 | Họ tên hành khách=full_name"
        " | Số giấy tờ (CCCD)=cccd | Ngày sinh=birth_date@%d/%m/%Y | Điện thoại=phone"
        " | Email=email | Mác tàu=-:train_no150 | Ga đi - Ga đến=-:train_leg150"
        " | Toa / Chỗ=-:train_seat150 | Ngày đi=date@%d/%m/%Y"
        " | Giá vé (đ)=-:train_fare150 | Đối tượng=-:train_kind150",
        file="xlsx",
    ),
    _shape(
        "hoc_vien_lop_ung_dung_cntt_co_ban_trung_tam_gdnn_gdtx_vn150",
        "TT=row | Mã HV=-:it_code150 | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Nơi sinh=-:it_birthplace150 | Nam/Nữ=sex | CCCD/ĐDCN=cccd | Điện thoại=phone"
        " | Hộ khẩu thường trú=address | Đơn vị công tác=-:it_work150 | Khóa=-:it_course150"
        " | Điểm LT=-:it_theory150 | Điểm TH=-:it_practice150 | Xếp loại=-:it_grade150"
        " | Số hiệu CC=-:it_cert150 | Ngày cấp CC=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "duoc_si_phu_trach_chuyen_mon_co_so_ban_le_thuoc_so_y_te_vn150",
        "Stt=row | Ho ten  duoc si PTCM=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | So  CCCD=cccd | So CCHN duoc=-:ph_cchn150 | Trinh do CM=-:ph_degree150"
        " | Dia chi  thuong tru=address | Dien thoai=phone | Ten co so=-:ph_name150"
        " | Dia chi co so=-:ph_addr150 | Pham vi KD=-:ph_scope150"
        " | So GCN GPP=-:ph_gpp150 | Ngay cap GCN=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "utentes_inscritos_usf_medico_familia_braga_pt150",
        "N.º Ord.=row | N.º Utente=-:pt_sns150 | Nome=full_name:pt_name150"
        " | Data Nasc.=birth_date@%Y-%m-%d"
        " | Sexo=sex:pt_sex150 | N.º Doc. Identificação (CC)=national_id:pt_cc150"
        " | NIF=-:pt_nif150 | Morada=street:pt_street150 | Cód. Postal=postcode:pt_cp150"
        " | Localidade=district:pt_town150 | Freguesia=suburb:pt_parish150"
        " | Contacto=phone:pt_phone150 | Médico de Família=-:pt_doctor150"
        " | Isenção Taxa Moderadora=-:pt_exempt150 | Data Inscrição=date@%Y-%m-%d",
        english=True,
        encoding="utf-8",
        delimiter=",",
    ),
    _shape(
        "cadastro_social_unico_agregados_cv150",
        "N.º=row | N.º Agregado CSU=-:cv_csu150 | Nome do Representante=full_name:cv_name150"
        " | NIF=national_id:cv_nif150 | Data de Nascimento=birth_date@%d/%m/%Y"
        " | Sexo=sex:cv_sex150 | Ilha=state:cv_island150 | Concelho=district:cv_concelho150"
        " | Zona/Localidade=suburb:cv_zone150 | Contacto=phone:cv_phone150"
        " | N.º Membros=-:cv_members150 | Grupo de Rendimento=-:cv_group150"
        " | Beneficiário RSI=-:cv_rsi150 | Data de Registo=date@%d/%m/%Y"
        " | Técnico Inquiridor=-:cv_officer150",
        english=True,
        file="xlsx",
    ),
    _shape(
        "registo_vendedores_mercados_camara_municipal_bissau_gw150",
        "Nº Ord.=row | Nº Banca=-:gw_stall150 | Nome e Apelido=full_name:gw_name150"
        " | Sexo=sex:gw_sex150 | Data Nasc.=birth_date@%d/%m/%Y | Nº B.I.=national_id:gw_bi150"
        " | Bairro=suburb:gw_bairro150 | Telefone=phone:gw_phone150"
        " | Mercado=-:gw_market150 | Produto=-:gw_goods150 | Taxa diária=-:gw_fee150"
        " | Testemunha=-:gw_witness150 | Data de registo=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "recenseamento_pescadores_palaies_direccao_pescas_st150",
        "N.º Ordem=row | N.º Registo=-:st_reg150 | Nome completo=full_name:st_name150"
        " | Alcunha=-:st_nick150 | B.I. n.º=national_id:st_bi150"
        " | Data nascimento=birth_date@%d-%m-%Y | Sexo=sex:st_sex150"
        " | Comunidade piscatória=suburb:st_community150 | Distrito=district:st_district150"
        " | Actividade=-:st_activity150 | Embarcação=-:st_boat150"
        " | Telemóvel=phone:st_phone150 | Data do recenseamento=date@%d-%m-%Y",
        english=True,
        encoding="latin-1",
        delimiter=";",
    ),
    _shape(
        "lista_pensaun_kombatente_libertasaun_nasional_makln_tl150",
        "Nú.=row | Nú. Rejistu Kombatente=-:tl_vet150 | Naran Kompletu=full_name:tl_name150"
        " | Naran Funu / Nome de Guerra=-:tl_nom150 | Seksu=sex:tl_sex150"
        " | Data Moris=birth_date@%d/%m/%Y | Nú. Kartaun Eleitorál=national_id:tl_card150"
        " | Munisípiu=state:tl_munisipiu150 | Postu Administrativu=district:tl_postu150"
        " | Suku=suburb:tl_suku150 | Tinan Luta=-:tl_years150"
        " | Tipu Pensaun=-:tl_pension150 | Montante Fulan=-:tl_amount150"
        " | Nú. Konta Banku=-:tl_bank150 | Nú. Telemóvel=phone:tl_phone150"
        " | Data Aprovasaun=date@%d/%m/%Y",
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
    "pt_cc150",
    "cv_nif150",
    "gw_bi150",
    "st_bi150",
    "tl_card150",
)
SEX_HOLDS: tuple[str, ...] = ("pt_sex150", "cv_sex150", "gw_sex150", "st_sex150", "tl_sex150")
NAME_HOLDS = frozenset({"pt_name150", "cv_name150", "gw_name150", "st_name150", "tl_name150"})
PHONE_HOLDS: tuple[str, ...] = (
    "pt_phone150",
    "cv_phone150",
    "gw_phone150",
    "st_phone150",
    "tl_phone150",
)
#: addresses written with ``", "`` between their parts: none of this part's own.
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND150",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND150",
]
