"""The two-hundred-and-eighty-fourth part of the outside corpus, **blind 284** (written 10:15
UTC, 2026-12-07, never used for tuning): person files a commune police post with the provincial
post office, a vaccination centre, a ward police station, a hospital's youth union, a Serra
Gaúcha wine cooperative, Rio Grande do Sul's flood relief, a Pomerode shooting society, Blumenau's
Oktoberfest and a Paraná surgery regulation centre could hand over. Four Vietnamese files: the
households whose house was given a digital address plate, in UTF-16 with tabs (the address code,
the coordinates, the kind of building, the household size, the postman who collected it, the day
the plate was put up); the people given the dengue vaccine at a vaccination centre, in
Windows-1258 with semicolons and no diacritics in the headers (the customer code, the dose, the
lot, the next dose, the reaction, the screening doctor, the price); the missing-person reports a
ward police station received, in Excel (the marks to know them by, where they were last seen,
who reported it, how related and their phone, the officer, the outcome); and the donors of a
hospital's hair donation day for cancer patients, in UTF-8 with a BOM and semicolons (the length
of the hair, whether dyed, the school or workplace, the bag number, the day given). Five foreign
files: the grape suppliers of a Serra Gaúcha wine cooperative, in Windows-1252 with semicolons
(the member number, the CPF with its two digits, the RS RG, the rural producer's registration,
the linha, town and CEP, ``(54)`` phones, the variety, the kilograms, the Babo degree, the gross
value); the families who asked for the Auxílio Reconstrução after the 2024 floods, in UTF-8 (the
CPF without points, the NIS, the flooded address in one line, the town and CEP, ``(51)`` phones,
the household, the area, the state of the claim, the amount); the members of a Pomerode shooting
society, in Excel (the SC RG, the street, bairro, town and CEP, the category, the Army's CR, the
spouse, the year they were shooting king); the street vendors licensed for Blumenau's
Oktoberfest, in UTF-8 with a BOM and semicolons (the credential, the CPF and the CNS, the home in
one line, the CEP, the goods, the sector, the fee, the permit, the inspector); and a Paraná
regional waiting list for elective surgery, in Windows-1252 with tabs (the protocol, the CPF,
the Cartão SUS, the mother, the street, bairro, town, UF and CEP, ``(41)`` and ``(42)`` phones,
the SIGTAP procedure, the priority, the hospital, the state), dates written dd/mm/yyyy.

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind284_writers import WRITERS_BLIND284
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND284: tuple[Shape, ...] = (
    _shape(
        "ho_gia_dinh_gan_bien_ma_dia_chi_so_buu_dien_tinh_cong_an_xa_vn284",
        "STT=row | Chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số ĐDCN/CCCD=cccd | Địa chỉ hộ gia đình=address | SĐT=phone"
        " | Mã địa chỉ số=-:dcs_code284 | Tọa độ (vĩ độ, kinh độ)=-:dcs_gps284"
        " | Loại công trình=-:dcs_kind284 | Số nhân khẩu=-:dcs_members284"
        " | Nhân viên thu thập=-:dcs_staff284 | Ngày gắn biển=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "khach_hang_tiem_vac_xin_sot_xuat_huyet_qdenga_trung_tam_tiem_chung_vn284",
        "TT=row | Ma KH=-:vx_cust284 | Ho va ten=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | GT=sex | CCCD=cccd | Dia chi=address | Dien thoai=phone:phone_dotted"
        " | Mui tiem=-:vx_dose284 | So lo=-:vx_lot284 | Ngay tiem=date@%d/%m/%Y"
        " | Hen mui tiep=-:vx_next284 | Phan ung sau tiem=-:vx_react284"
        " | BS kham sang loc=-:vx_doctor284 | Thanh tien (VND)=-:vx_price284",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_tiep_nhan_trinh_bao_nguoi_mat_tich_cong_an_phuong_vn284",
        "STT=row | Ngày tiếp nhận=date@%d/%m/%Y | Họ tên người mất tích=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số định danh cá nhân=cccd"
        " | Nơi cư trú=address | SĐT người mất tích=phone | Đặc điểm nhận dạng=-:mt_marks284"
        " | Nơi thấy lần cuối=-:mt_place284 | Người trình báo=-:mt_reporter284"
        " | Quan hệ=-:mt_rel284 | SĐT người trình báo=-:mt_rep_phone284"
        " | Cán bộ tiếp nhận=-:mt_officer284 | Kết quả xác minh=-:mt_result284",
        file="xlsx",
    ),
    _shape(
        "nguoi_hien_toc_cho_benh_nhan_ung_thu_ngay_hoi_doan_thanh_nien_benh_vien_vn284",
        "STT=row | Họ & tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Nam/Nữ=sex"
        " | CCCD=cccd:cccd_spaced | Địa chỉ=address | Điện thoại=phone:phone_spaced | Email=email"
        " | Độ dài tóc (cm)=-:hair_len284 | Tóc đã nhuộm/uốn=-:hair_dyed284"
        " | Đơn vị/Trường=-:hair_unit284 | Mã túi tóc=-:hair_bag284 | Ngày hiến=date@%d/%m/%Y"
        " | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "fornecedores_uva_safra_cooperativa_vinicola_serra_gaucha_rs_br284",
        "Nº=row | Matríc.=-:uva_reg284 | Associado=full_name:rs_full284 | CPF=national_id:br_cpf284"
        " | RG=-:rs_rg284 | Dt. Nasc.=birth_date@%d/%m/%Y | Inscr. Produtor Rural=-:uva_ie284"
        " | Localidade/Linha=street:rs_line284 | Município=district:rs_town284"
        " | CEP=postcode:rs_cep284 | Fone=phone:rs_phone284 | Variedade=-:uva_var284"
        " | Kg entregues=-:uva_kg284 | Grau Babo=-:uva_babo284"
        " | Valor bruto (R$)=-:uva_value284 | Data 1ª entrega=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "requerentes_auxilio_reconstrucao_enchentes_defesa_civil_rs_br284",
        "Seq=row | Nome do responsável familiar=full_name:rs_full284"
        " | CPF=national_id:br_cpf_plain284 | NIS=-:br_nis284"
        " | Data de nascimento=birth_date@%d/%m/%Y | Sexo=sex:br_sexo284"
        " | Endereço atingido=address:rs_flood_home284 | Município=district:rs_flood_town284"
        " | CEP=postcode:rs_flood_cep284 | Telefone=phone:rs_flood_phone284 | E-mail=email"
        " | Nº integrantes=-:rs_members284 | Área atingida=-:rs_area284"
        " | Situação=-:rs_status284 | Valor (R$)=-:rs_value284 | Data do cadastro=date@%d/%m/%Y",
        english=True,
    ),
    _shape(
        "socios_sociedade_de_atiradores_schuetzenverein_pomerode_sc_br284",
        "Ord.=row | Matrícula=-:sc_member284 | Nome=full_name:sc_full284"
        " | CPF=national_id:br_cpf284 | RG=-:sc_rg284"
        " | Data Nasc.=birth_date@%d/%m/%Y | Sexo=sex:br_sex284"
        " | Rua=street:sc_street284 | Bairro=suburb:sc_bairro284 | Cidade=district:sc_town284"
        " | CEP=postcode:sc_cep284 | Fone=phone:sc_phone284 | Categoria=-:sc_cat284"
        " | CR Exército nº=-:sc_cr284 | Cônjuge=-:sc_spouse284 | Admissão=date@%d/%m/%Y"
        " | Schützenkönig (ano)=-:sc_king284",
        english=True,
        file="xlsx",
    ),
    _shape(
        "ambulantes_credenciados_oktoberfest_parque_vila_germanica_blumenau_sc_br284",
        "Nº=row | Credencial=-:okt_cred284 | Nome completo=full_name:sc_full284"
        " | CPF=national_id:br_cpf284 | CNS=-:br_cns284 | Nascimento=birth_date@%d/%m/%Y"
        " | Endereço=address:bnu_home284 | CEP=postcode:bnu_cep284"
        " | Celular/WhatsApp=phone:bnu_phone284 | Produto=-:okt_goods284"
        " | Setor/Pavilhão=-:okt_sector284 | Taxa paga (R$)=-:okt_fee284"
        " | Alvará nº=-:okt_permit284 | Data da credencial=date@%d/%m/%Y"
        " | Fiscal=-:okt_officer284",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "fila_espera_cirurgias_eletivas_central_regulacao_curitiba_pr_br284",
        "Seq.=row | Protocolo=-:pr_proto284 | Paciente=full_name:pr_full284"
        " | CPF=national_id:br_cpf284 | Cartão SUS=-:br_cns284"
        " | Dt Nasc=birth_date@%d/%m/%Y | Sexo=sex:br_sex284"
        " | Nome da mãe=-:pr_mother284 | Logradouro=street:pr_street284"
        " | Bairro=suburb:pr_bairro284 | Município=district:pr_town284 | UF=state:pr_uf284"
        " | CEP=postcode:pr_cep284 | Telefone=phone:pr_phone284"
        " | Procedimento (SIGTAP)=-:pr_proc284 | Prioridade=-:pr_prio284"
        " | Hospital executante=-:pr_hosp284 | Data de inclusão=date@%d/%m/%Y"
        " | Situação=-:pr_status284",
        english=True,
        encoding="cp1252",
        delimiter="\t",
    ),
)

#: no file of this part writes an impossible day
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("br_cpf284", "br_cpf_plain284")
SEX_HOLDS: tuple[str, ...] = ("br_sex284", "br_sexo284")
NAME_HOLDS = frozenset({"rs_full284", "sc_full284", "pr_full284"})
PHONE_HOLDS: tuple[str, ...] = (
    "rs_phone284",
    "rs_flood_phone284",
    "sc_phone284",
    "bnu_phone284",
    "pr_phone284",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("rs_flood_home284", "bnu_home284")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND284",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND284",
]
