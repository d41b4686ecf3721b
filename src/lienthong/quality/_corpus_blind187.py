"""The hundred-and-eighty-seventh part of the outside corpus, **blind 187** (written 01:30 UTC,
2026-12-07, never used for tuning): person files a commune on Son La's hydropower reservoir, a
footwear company cutting jobs, an occupational safety training centre, a commune health station,
an Asháninka native community, a Napo Kichwa chakra association, a Zulia fishermen's council, the
Amazonas forest allowance programme and French Guiana's health insurance fund on the Maroni could
hand over. Four Vietnamese files: households farming fish in cages on the Da River reservoir, in
Windows-1258 with semicolons and headers without diacritics (the number of cages, their volume,
the species, the anchorage, the location permit, the yearly output); workers losing their jobs
under a company's labour-use plan, in Excel (the staff number, the social insurance book, the job,
the contract, the day hired and the day let go, the severance in dong); workers trained and
carded for strictly regulated work, in UTF-16 with tabs (the card, the work, the employer, the
training centre, the score, the day issued and the day it lapses); and people with epilepsy
managed in the community, in UTF-8 with a BOM and semicolons (the health insurance card, the main
carer and the carer's phone, the year of onset, the drug, the seizures a month, the last
dispensing). Five foreign files: the general register of comuneros of an Asháninka native
community on the Río Tambo (DNI beside its check character, the annex, the community office, the
standing in the assembly, a thumbprint note); a Napo Kichwa chakra producers' list with Kichwa
and Spanish headers (cédula with its mod-10 digit, surnames and names apart, kari/warmi, the
community and the parish, the chakra's hectares, crops, certification, the technician); an
INSOPESCA artisanal fishermen's register from Zulia's Guajira (cédula ``V-12.345.678``, the
people, the sector, parish and municipality, the fisherman's card, the council, the boat and the
gear); Amazonas' Bolsa Floresta families in riverside communities of sustainable-development
reserves, in Windows-1252 with semicolons (CPF with its two check digits, NIS, the community, the
reserve, the river, the municipality, the household size, the situation); and a health insurance
fund's itinerant office on the Maroni and the Lawa (NIR with its key, family name and given names
apart, the place of birth, the village, the commune and its postcode, the language, the mediator,
the request and the missing papers).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind187_writers import WRITERS_BLIND187
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND187: tuple[Shape, ...] = (
    _shape(
        "ho_nuoi_ca_long_ho_thuy_dien_son_la_ubnd_xa_chi_cuc_thuy_san_vn187",
        "TT=row | Ho ten chu ho=full_name:full_name_ascii | Ngay sinh=birth_date@%d/%m/%Y"
        " | So CCCD=cccd | Dia chi=address:addr_sl187"
        " | So long nuoi=-:cages187 | The tich (m3)=-:cage_volume187 | Doi tuong nuoi=-:fish187"
        " | Vi tri dat long=-:anchorage187 | So GP vi tri=-:cage_permit187"
        " | San luong nam (tan)=-:fish_output187 | DT lien he=phone"
        " | Ngay kiem tra=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nguoi_lao_dong_mat_viec_phuong_an_su_dung_lao_dong_cong_ty_giay_da_vn187",
        "STT=row | Mã NV=-:staff187 | Họ và tên=full_name | Ngày tháng năm sinh=birth_date"
        " | Nam/Nữ=sex | Số CCCD=cccd | Số sổ BHXH=bhxh | Chức danh công việc=-:job187"
        " | Loại HĐLĐ=-:contract187 | Ngày vào làm=date@%d/%m/%Y"
        " | Ngày chấm dứt HĐLĐ=date@%d/%m/%Y | Trợ cấp mất việc (đồng)=-:severance187"
        " | Nơi thường trú=address | Số điện thoại=phone:phone_dotted | Ghi chú=-:job_note187",
        file="xlsx",
    ),
    _shape(
        "so_theo_doi_cap_the_an_toan_lao_dong_nhom_3_trung_tam_huan_luyen_vn187",
        "Số TT=row | Số thẻ=-:safety_card187 | Họ tên người lao động=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | CCCD=cccd"
        " | Công việc yêu cầu nghiêm ngặt về ATVSLĐ=-:strict_work187"
        " | Đơn vị công tác=-:employer187 | Địa chỉ đơn vị=-:employer_addr187"
        " | Điểm kiểm tra=-:score187 | Ngày cấp thẻ=date@%d/%m/%Y"
        " | Thẻ có giá trị đến=date:card_end187"
        " | Người lập sổ=-:clerk187",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "quan_ly_nguoi_benh_dong_kinh_tai_cong_dong_tram_y_te_xa_vn187",
        "TT=row | Mã BN=-:epi_code187 | Họ tên người bệnh=full_name | NS=birth_date@%d/%m/%Y"
        " | Giới=sex | Số ĐDCN=cccd | Số thẻ BHYT=bhyt"
        " | Địa chỉ=address | Người chăm sóc chính=-:carer187 | SĐT người chăm sóc=-:carer_phone187"
        " | Năm phát bệnh=-:onset_year187 | Thuốc đang dùng=-:epi_drug187"
        " | Số cơn/tháng=-:seizures187 | Ngày cấp thuốc gần nhất=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "padron_general_comuneros_comunidad_nativa_ashaninka_rio_tambo_pe187",
        "N°=row | Apellidos y nombres=full_name:ash_name187 | DNI=national_id:dni_ash187"
        " | Dig.=-:dni_dv187 | Fecha de nacimiento=birth_date@%d/%m/%Y | Sexo=sex:ash_sex187"
        " | Estado civil=-:ash_civil187 | Anexo / sector=suburb:ash_annex187"
        " | Comunidad nativa=-:ash_cn187 | Cargo=-:ash_office187 | Condición=-:ash_standing187"
        " | Celular=phone:ash_phone187 | Fecha de empadronamiento=date@%d/%m/%Y"
        " | Firma / huella=-:ash_print187",
        encoding="utf-8",
    ),
    _shape(
        "mushuk_chakra_ruraykuna_productores_chakra_kichwa_napo_ec187",
        "Nro=row | Cédula / Kikin yupay=national_id:cedula_napo187"
        " | Ayllu shuti / Apellidos=family_name:napo_family187"
        " | Shuti / Nombres=given_name:napo_given187"
        " | Wacharishka punlla / Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Kari-warmi / Sexo=sex:napo_sex187 | Ayllu llakta / Comunidad=suburb:napo_llakta187"
        " | Parroquia=district:napo_parish187 | Celular=phone:napo_phone187"
        " | Chakra (ha)=-:chakra_ha187 | Tarpuykuna / Cultivos=-:napo_crops187"
        " | Certificación=-:napo_cert187 | Asociación=-:napo_assoc187"
        " | Técnico MAG=-:napo_tech187 | Fecha de visita=date@%d/%m/%Y",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "registro_pescadores_artesanales_insopesca_guajira_zulia_ve187",
        "N°=row | Cédula=national_id:cedula_zu187 | Nombres y apellidos=full_name:zu_name187"
        " | Fecha nac.=birth_date@%d/%m/%Y | Sexo=sex:zu_sex187 | Pueblo indígena=-:zu_people187"
        " | Sector / comunidad=suburb:zu_sector187 | Parroquia=-:zu_parish187"
        " | Municipio=district:zu_muni187 | Teléfono=phone:zu_phone187"
        " | N° carnet de pescador=-:zu_card187 | Consejo de pescadores=-:zu_council187"
        " | Embarcación (matrícula)=-:zu_boat187 | Arte de pesca=-:zu_gear187"
        " | Fecha de inscripción=date@%d/%m/%Y",
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "familias_bolsa_floresta_comunidades_ribeirinhas_rds_amazonas_br187",
        "Nº=row | Nome do(a) titular=full_name:am_name187 | CPF=national_id:cpf_am187"
        " | NIS=-:am_nis187 | Data de nascimento=birth_date@%d/%m/%Y | Sexo=sex:am_sex187"
        " | Comunidade=suburb:am_community187 | Unidade de conservação=-:am_reserve187"
        " | Calha / rio=-:am_river187 | Município=district:am_muni187"
        " | Telefone / recado=phone:am_phone187 | Nº de pessoas na família=-:am_household187"
        " | Data de adesão=date@%d/%m/%Y | Situação=-:am_status187",
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "permanence_itinerante_cgss_demandes_puma_css_maroni_lawa_gf187",
        "N°=row | N° dossier=-:gf_file187 | NOM=family_name:gf_family187"
        " | Prénom(s)=given_name:gf_given187"
        " | N° de sécurité sociale (NIR)=national_id:nir_gf187"
        " | Date de naissance=birth_date@%d/%m/%Y | Sexe=sex:gf_sex187"
        " | Lieu de naissance=-:gf_birthplace187 | Village / kampu=suburb:gf_village187"
        " | Commune=district:gf_commune187 | Code postal=postcode:gf_cp187"
        " | Téléphone=phone:gf_phone187 | Langue parlée=-:gf_lang187"
        " | Médiateur=-:gf_mediator187 | Type de demande=-:gf_request187"
        " | Date de dépôt=date@%d/%m/%Y | Pièces manquantes=-:gf_missing187",
        encoding="utf-8",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "dni_ash187",
    "cedula_napo187",
    "cedula_zu187",
    "cpf_am187",
    "nir_gf187",
)
SEX_HOLDS: tuple[str, ...] = ("ash_sex187", "napo_sex187", "zu_sex187", "am_sex187", "gf_sex187")
NAME_HOLDS = frozenset({"ash_name187", "zu_name187", "am_name187"})
PHONE_HOLDS: tuple[str, ...] = (
    "ash_phone187",
    "napo_phone187",
    "zu_phone187",
    "am_phone187",
    "gf_phone187",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_sl187",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND187",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND187",
]
