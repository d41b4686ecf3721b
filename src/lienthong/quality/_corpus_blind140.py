"""The hundred-and-fortieth part of the outside corpus, **blind 140** (written 20:33 UTC,
2026-12-06, never used for tuning): person files a medical school receiving bequests of bodies, a
mobile network bringing its subscribers' details in line with the population database, a commune
collecting households' shares of a village road, a fisheries sub-department logging catches, an
American public housing authority, Québec's social solidarity ministry, a Brazilian municipal
housing secretariat, the Mexican social security institute and an Argentine electricity
distributor could hand over.
Four Vietnamese files: bodies bequeathed to a medical school in Excel (the donor's card, the school,
the relative who will hand the body over, their relationship and phone, a witness); mobile
subscribers brought in line with the population database in UTF-8 with a BOM and tabs (the
subscriber number, the network, prepaid or postpaid, how many numbers the person holds, the status
of the check, the shop); households' shares of a village road in Windows-1258 with semicolons and
headers without diacritics (the road, how many people the household has, the share, land given
instead of money, the status, the collector); and fishermen's catch logs in UTF-16 with tabs (the
boat's number, the person's job on board, the catch and its weight, the fishing zone, the days at
sea).
Five foreign files: an American housing choice voucher waiting list (the SSN, the street and unit,
city, state and ZIP, the household size and income, the bedroom size, the preference, the status,
the landlord); Québec's last-resort financial assistance files with French headers (the NAS with
its Luhn digit, the dossier number, the programme, the adults and children, the monthly benefit,
the agent); Brazilian Minha Casa, Minha Vida candidates (the CPF and the NIS with their check
digits, the bairro, município, UF and CEP, the family income, the income band, the housing
project, the status, the spouse's masked CPF); IMSS worker registrations in Mexico (the CURP, the
NSS with its Luhn digit, both surnames, the employer's registration, the daily contribution wage,
the kind of movement); and an Argentine social electricity tariff (the CUIL, the street of the
supply, the town, province and CP, the account and the meter, the reason, the people living there,
the status).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind140_writers import WRITERS_BLIND140
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND140: tuple[Shape, ...] = (
    _shape(
        "dang_ky_hien_xac_cho_co_so_dao_tao_y_khoa_vn140",
        "STT=row | Số thẻ hiến xác=-:hx_card140 | Họ và tên người hiến=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd"
        " | Địa chỉ thường trú=address | Điện thoại=phone"
        " | Cơ sở tiếp nhận=-:hx_school140 | Người thân đại diện=-:hx_kin140"
        " | Quan hệ=-:hx_kin_rel140 | ĐT người thân=-:hx_kin_phone140"
        " | Người làm chứng=-:hx_witness140 | Ngày đăng ký=date@%d/%m/%Y | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "chuan_hoa_thong_tin_thue_bao_di_dong_vn140",
        "TT=row | Số thuê bao=-:sub_number140 | Nhà mạng=-:sub_network140"
        " | Loại TB=-:sub_kind140 | Họ tên chủ TB=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số ĐDCN=cccd | Địa chỉ=address | Số TB đang đứng tên=-:sub_count140"
        " | Kết quả đối soát CSDLQG về DC=-:sub_status140 | Điểm chuẩn hóa=-:sub_shop140"
        " | Thời gian cập nhật=timestamp@%d/%m/%Y %H:%M:%S",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "huy_dong_dong_gop_lam_duong_giao_thong_nong_thon_vn140",
        "STT=row | Ho ten chu ho=full_name:full_name_ascii | Ngay sinh=birth_date@%d/%m/%Y"
        " | So CCCD=cccd | Dia chi=address:address_ascii | Tuyen duong=-:road_name140"
        " | So khau=-:road_people140 | So tien dong gop (dong)=-:road_share140"
        " | Hien dat (m2)=-:road_land140 | Tinh trang=-:road_status140"
        " | Ngay nop=date@%d/%m/%Y | Nguoi thu=-:road_collector140",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nhat_ky_khai_thac_thuy_san_ngu_dan_vn140",
        "TT=row | Số đăng ký tàu=-:fish_boat140 | Họ và tên=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | CCCD=cccd:cccd_spaced | Chức danh=-:fish_role140"
        " | Nơi ở=address | SĐT liên lạc=phone | Ngày xuất bến=date@%d/%m/%Y"
        " | Số ngày trên biển=-:fish_days140 | Ngư trường=-:fish_zone140"
        " | Loài chính=-:fish_kind140 | Sản lượng (kg)=-:fish_kg140",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hcv_waiting_list_public_housing_authority_us140",
        "#=row | Applicant #=-:us_app140 | HOH Last Name=family_name:us_family140"
        " | HOH First Name=given_name:us_given140 | SSN=national_id:ssn_us140"
        " | DOB=birth_date@%m/%d/%Y | Gender=sex:sex_us140"
        " | Current Address=street:us_street140 | City=district:us_city140"
        " | State=state:us_state140 | ZIP=postcode:us_zip140 | Phone=phone:us_phone140"
        " | Email=email | HH Size=-:us_hh140 | Annual Income=-:us_income140"
        " | Bedroom Size=-:us_beds140 | Preference=-:us_pref140"
        " | Application Date=date@%m/%d/%Y | Status=-:us_status140"
        " | Landlord (if leased)=-:us_landlord140",
        english=True,
    ),
    _shape(
        "prestataires_aide_financiere_dernier_recours_mtess_qc140",
        "No=row | No dossier=-:qc_file140 | Nom=family_name:qc_family140"
        " | Prénom=given_name:qc_given140"
        " | NAS=national_id:sin_qc140 | Date de naissance=birth_date@%Y-%m-%d"
        " | Sexe=sex:sex_qc140 | Adresse=street:qc_street140 | Municipalité=district:qc_city140"
        " | Code postal=postcode:qc_postal140 | Téléphone=phone:qc_phone140 | Courriel=email"
        " | Programme=-:qc_program140 | Nbre d'adultes=-:qc_adults140"
        " | Nbre d'enfants=-:qc_kids140 | Prestation mensuelle=-:qc_amount140"
        " | Date d'admissibilité=date@%Y-%m-%d | Agent(e) responsable=-:qc_agent140",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "inscritos_minha_casa_minha_vida_secretaria_habitacao_br140",
        "Nº Inscrição=row | Nome do(a) Titular=full_name:br_name140 | CPF=national_id:cpf_br140"
        " | NIS=-:nis_br140 | Data de Nascimento=birth_date@%d/%m/%Y | Sexo=sex:sex_br140"
        " | Endereço=street:br_street140 | Bairro=suburb:br_bairro140"
        " | Município=district:br_city140 | UF=state:br_uf140 | CEP=postcode:br_cep140"
        " | Telefone=phone:br_phone140 | Renda Familiar=-:br_income140 | Faixa=-:br_group140"
        " | Empreendimento=-:br_project140 | Situação=-:br_status140"
        " | CPF Cônjuge=-:br_spouse_cpf140 | Data do Sorteio=date@%d/%m/%Y",
        english=True,
    ),
    _shape(
        "movimientos_afiliatorios_imss_mx140",
        "Cons.=row | Registro Patronal=-:mx_reg140 | Razón Social=-:mx_employer140"
        " | NSS=-:nss_mx140"
        " | CURP=national_id:curp_mx140 | Apellido Paterno=family_name:mx_pat140"
        " | Apellido Materno=family_name:mx_mat140 | Nombre(s)=given_name:mx_given140"
        " | Fecha de Nacimiento=birth_date@%d/%m/%Y | Sexo=sex:sex_mx140"
        " | Domicilio=street:mx_street140 | Colonia=suburb:mx_colonia140"
        " | Municipio=district:mx_muni140 | Estado=state:mx_state140 | C.P.=postcode:mx_cp140"
        " | Teléfono=phone:mx_phone140 | Tipo de Movimiento=-:mx_move140"
        " | Fecha de Movimiento=date@%d/%m/%Y | SBC=-:mx_sbc140",
        english=True,
    ),
    _shape(
        "solicitudes_tarifa_social_energia_distribuidora_ar140",
        "N° Solicitud=row | Apellido=family_name:ar_family140 | Nombres=given_name:ar_given140"
        " | CUIL=national_id:cuil_ar140 | Fecha Nac.=birth_date@%d/%m/%Y | Sexo=sex:sex_ar140"
        " | Domicilio del suministro=street:ar_street140 | Localidad=district:ar_town140"
        " | Provincia=state:ar_prov140 | CP=postcode:ar_cp140 | Teléfono=phone:ar_phone140"
        " | N° de Cuenta=-:ar_account140 | N° Medidor=-:ar_meter140"
        " | Condición=-:ar_reason140 | Convivientes=-:ar_cohab140"
        " | Titularidad=-:ar_holder140 | Estado=-:ar_status140 | Fecha de alta=date@%d/%m/%Y",
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
    "ssn_us140",
    "sin_qc140",
    "cpf_br140",
    "curp_mx140",
    "cuil_ar140",
)
SEX_HOLDS: tuple[str, ...] = ("sex_us140", "sex_qc140", "sex_br140", "sex_mx140", "sex_ar140")
NAME_HOLDS = frozenset(
    {"us_given140", "us_family140", "qc_family140", "qc_given140", "br_name140"}
    | {"mx_pat140", "mx_mat140", "mx_given140", "ar_family140", "ar_given140"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "us_phone140",
    "qc_phone140",
    "br_phone140",
    "mx_phone140",
    "ar_phone140",
)
#: addresses written with ``", "`` between their parts: none here.
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND140",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND140",
]
