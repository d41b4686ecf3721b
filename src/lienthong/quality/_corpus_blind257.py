"""The two-hundred-and-fifty-seventh part of the outside corpus, **blind 257** (written 08:25
UTC, 2026-12-07, never used for tuning): person files a provincial library, a ward's social
affairs office, a city bus management centre, a water supply company, the Belém market
secretariat, a Manaus health unit, Mato Grosso's animal health agency, Goiás' state education
secretariat and the Distrito Federal's social development secretariat could hand over. Four
Vietnamese files: the readers a provincial library issued cards to, in UTF-8 with a BOM and
semicolons (the job or school, the card number and kind, the fee, the day issued and the card's
end); the poor households paid their quarter's electricity support, in Windows-1258 with tabs
and no diacritics in the headers (the power company's customer code, the poor household
certificate, the quarter, the amount, the day paid, who collected it for them); the priority
monthly bus passes, in Excel (the kind of passenger, the school or workplace, the route, the
pass number and price, the day registered); and the households applying for a water meter, in
UTF-16 with tabs (the customer code, the meter's size and serial, the first reading, the fee,
the state of the works, the crew, the day installed). Five foreign files: the stall holders of
the Ver-o-Peso market in Belém, in Windows-1252 with semicolons (the CPF, the RG with its issuer,
the street, bairro, município and CEP, ``(91) 9xxxx-xxxx`` phones, the box, sector and goods,
the permit and its state); a Manaus health unit's vaccination register, in UTF-8 (the CPF and
the CNS with their check digits, the mother's name, the address in one line, the CEP, ``(92)``
phones, the vaccine, dose and lot, the vaccinator and the unit); the cattle owners' declarations
of foot-and-mouth vaccination to Mato Grosso's INDEA, in Excel (the CPF without points, the RG,
the farm and its municipality, the state registration, the heads vaccinated, the postal street,
city, UF and CEP, the dealer); the enrolments of Goiás' state schools, in UTF-8 with a BOM and
semicolons (the pupil's CPF and NIS, the guardian with the guardian's CPF and phone, the street,
bairro, município and CEP, the school, grade and shift, the school bus); and the families given
the Cartão Prato Cheio in the Distrito Federal, in Windows-1252 (the CPF, the CNS, the RG, the
address in one line with its administrative region apart, the CEP, the members and income, the
CRAS and the instalment), dates written dd/mm/yyyy.

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind257_writers import WRITERS_BLIND257
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND257: tuple[Shape, ...] = (
    _shape(
        "ban_doc_cap_the_thu_vien_tinh_vn257",
        "STT=row | Họ và tên bạn đọc=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Nghề nghiệp / Nơi học tập=-:reader_job257 | Địa chỉ liên hệ=address"
        " | Điện thoại=phone | Email=email | Số thẻ=-:reader_card257 | Loại thẻ=-:card_kind257"
        " | Lệ phí (đ)=-:card_fee257 | Ngày cấp=date@%d/%m/%Y | Hạn sử dụng=-:card_end257",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "ho_ngheo_nhan_ho_tro_tien_dien_quy_phong_lao_dong_tbxh_vn257",
        "TT=row | Ho ten chu ho=full_name | Ngay thang nam sinh=birth_date@%d/%m/%Y"
        " | So CCCD=cccd:cccd_spaced | Dia chi=address | SDT=phone:phone_dotted"
        " | Ma khach hang (EVN)=-:power_cust257 | So GCN ho ngheo=-:poor_cert257"
        " | Doi tuong=-:poor_kind257 | Ky ho tro=-:power_term257 | So tien (dong)=-:power_sum257"
        " | Ngay chi tra=date@%d/%m/%Y | Nguoi nhan thay=-:proxy257 | Ky nhan=-:sign257",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "dang_ky_ve_thang_xe_buyt_uu_tien_trung_tam_quan_ly_giao_thong_cong_cong_vn257",
        "STT=row | Họ tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Nam/Nữ=sex"
        " | CCCD/Mã định danh=cccd | Đối tượng ưu tiên=-:bus_kind257"
        " | Trường/Đơn vị công tác=-:bus_school257 | Nơi ở hiện tại=address"
        " | SĐT=phone:phone_spaced | Tuyến đăng ký=-:bus_route257 | Số vé tháng=-:bus_card257"
        " | Giá vé (đ)=-:bus_price257 | Ngày ĐK=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "khach_hang_dang_ky_lap_dat_dong_ho_nuoc_cong_ty_cp_cap_nuoc_vn257",
        "STT=row | Mã danh bạ=-:meter_code257 | Tên khách hàng=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd | Địa chỉ lắp đặt=address"
        " | ĐT liên hệ=phone | SĐT người thân=-:vn_kin_phone257"
        " | Cỡ ĐH=-:meter_size257 | Số seri ĐH=-:meter_serial257 | Chỉ số đầu (m³)=-:meter_start257"
        " | Chi phí lắp đặt (đ)=-:meter_fee257 | Tình trạng=-:meter_state257"
        " | Tổ thi công=-:meter_worker257 | Ngày lắp=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "cadastro_permissionarios_complexo_ver_o_peso_secon_belem_pa_br257",
        "Nº=row | Nome do permissionário=full_name:br_full257 | CPF=national_id:br_cpf257"
        " | RG / Órgão Exp.=-:pa_rg257 | Data Nasc.=birth_date@%d/%m/%Y | Sexo=sex:br_sex257"
        " | Endereço=street:pa_street257 | Bairro=suburb:pa_bairro257"
        " | Município=district:pa_town257 | CEP=postcode:pa_cep257 | Telefone=phone:pa_phone257"
        " | Box/Banca=-:pa_box257 | Setor=-:pa_sector257 | Produto comercializado=-:pa_goods257"
        " | Termo de Permissão=-:pa_term257 | Data da Permissão=date@%d/%m/%Y"
        " | Situação=-:pa_status257",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "registro_vacinacao_ubs_semsa_manaus_am_br257",
        "Seq.=row | Nome do vacinado=full_name:br_full257 | CPF=national_id:br_cpf257"
        " | CNS=-:br_cns257 | Data de nascimento=birth_date@%d/%m/%Y | Sexo=sex:br_sexo257"
        " | Nome da mãe=-:br_mother257 | Endereço=address:am_home257 | CEP=postcode:am_cep257"
        " | Telefone=phone:am_phone257 | Imunobiológico=-:am_vaccine257 | Dose=-:am_dose257"
        " | Lote=-:am_lot257 | Data de aplicação=date@%d/%m/%Y | Vacinador=-:am_nurse257"
        " | Estabelecimento=-:am_ubs257",
        english=True,
    ),
    _shape(
        "declaracao_vacinacao_febre_aftosa_produtores_indea_mt_br257",
        "Item=row | Produtor=full_name:br_full257 | CPF=national_id:br_cpf_plain257 | RG=-:mt_rg257"
        " | Dt. Nascimento=birth_date@%d/%m/%Y | Propriedade=-:mt_farm257"
        " | Município da Propriedade=-:mt_farm_town257 | Inscrição Estadual=-:mt_ie257"
        " | Bovinos vacinados=-:mt_head257 | Etapa=-:mt_stage257"
        " | Endereço p/ correspondência=street:mt_street257 | Cidade=district:mt_town257"
        " | UF=state:mt_uf257 | CEP=postcode:mt_cep257 | Celular=phone:mt_phone257"
        " | Revenda=-:mt_shop257 | Data da vacinação=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "matricula_rede_estadual_ensino_seduc_go_br257",
        "Ord.=row | Nome do(a) estudante=full_name:br_full257"
        " | Data de nascimento=birth_date@%d/%m/%Y | Sexo=sex:br_sexo257"
        " | CPF do estudante=national_id:br_cpf257 | NIS=-:br_nis257"
        " | Responsável legal=-:go_guardian257 | CPF do responsável=-:go_guardian_cpf257"
        " | Telefone do responsável=-:go_guardian_phone257"
        " | Telefone do estudante=phone:go_phone257"
        " | Logradouro=street:go_street257 | Bairro=suburb:go_bairro257"
        " | Município=district:go_town257 | CEP=postcode:go_cep257"
        " | Unidade escolar=-:go_school257 | Série/Ano=-:go_grade257 | Turno=-:go_shift257"
        " | Transporte escolar=-:go_bus257 | Data da matrícula=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "beneficiarios_cartao_prato_cheio_sedes_df_br257",
        "Nº=row | Nome=full_name:br_full257 | CPF=national_id:br_cpf257 | Cartão SUS=-:br_cns257"
        " | RG=-:df_rg257 | Nascimento=birth_date@%d/%m/%Y | Sexo=sex:br_sex257"
        " | Endereço=address:df_home257 | Região Administrativa=district:df_ra257"
        " | CEP=postcode:df_cep257 | Telefone=phone:df_phone257 | E-mail=email"
        " | Nº de integrantes=-:df_members257 | Renda per capita=-:df_income257"
        " | CRAS de referência=-:df_cras257 | Data da concessão=date@%d/%m/%Y"
        " | Parcela=-:df_parcel257",
        english=True,
        encoding="cp1252",
    ),
)

#: no file of this part writes an impossible day
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("br_cpf257", "br_cpf_plain257")
SEX_HOLDS: tuple[str, ...] = ("br_sex257", "br_sexo257")
NAME_HOLDS = frozenset({"br_full257"})
PHONE_HOLDS: tuple[str, ...] = (
    "pa_phone257",
    "am_phone257",
    "mt_phone257",
    "go_phone257",
    "df_phone257",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("am_home257", "df_home257")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND257",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND257",
]
