"""The three-hundred-and-thirty-third part of the outside corpus, **blind 333** (written 12:33 UTC,
2026-12-07, never used for tuning): person files a fishermen's association branch, the maritime
administration, a maritime port authority, a fishing-crew insurer, the Guatemalan fisheries
directorate, the Salvadoran fisheries centre, the Costa Rican fisheries institute, the Dominican
fisheries council and the Jamaican fisheries authority could hand over. Four Vietnamese files: a
fishermen's association branch's crew lists of the offshore vessels in its solidarity groups, in
UTF-8 with a BOM and semicolons (the vessel's number and engine power, each man's rank on board,
the group and its head with his phone, the spouse to inform, the day of leaving port); the
maritime administration's register of seafarers' books issued, in Excel (the book's number, place
of birth, nationality, passport, rank, certificate of competency, issuing office, manning
company); a port authority's crew lists from arrival declarations, in UTF-16 with tabs and
bilingual Vietnamese/English headers (the ship and its IMO number with its check digit, the last
port, the port and time of arrival, the ship's agent, the time the declaration was last
updated); and an insurer's list of fishing-crew accident claims paid, in Windows-1258 with
semicolons (the certificate of insurance, the vessel and its owner, the day and kind of accident,
the payout, the beneficiary, the status).
Five foreign files: a Guatemalan register of artisanal fishers in UTF-8 (the CUI of the DPI with
its mod-11 digit and place code, two surnames in columns, Barrio/Aldea/Colonia addresses,
municipio and departamento, the boat and the fishing licence); a Salvadoran list of fishers in
Windows-1252 with semicolons (the DUI with its check digit, both surnames in one column, Colonia
and Caserío addresses, the cooperative, the gear, the life-insurance beneficiary); a Costa Rican
list of licensed fishers in Excel (the cédula as province-tomo-asiento, two surnames, provincia,
cantón, distrito and otras señas, the licence, the boat, the work-risk policy); a Dominican list
of fishers in UTF-8 with a BOM and tabs (the cédula with its Luhn digit, C/ and Sector addresses,
the ARS, an emergency contact and phone); and a Jamaican fishers' register in UTF-8 (the TRN, the
address line, town and parish, the fishing beach, the vessel, the licence and its expiry, next of
kin).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind333_writers import WRITERS_BLIND333
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND333: tuple[Shape, ...] = (
    _shape(
        "thuyen_vien_tau_ca_xa_bo_to_doan_ket_chi_hoi_nghe_ca_xa_vn333",
        "TT=row | Số ĐK tàu=-:boat333 | Công suất máy=-:boat_power333"
        " | Họ và tên thuyền viên=full_name | Ngày/tháng/năm sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Chức danh trên tàu=-:crew_rank333 | Nơi thường trú=address"
        " | ĐT di động=phone | Tổ đoàn kết=-:team333 | Tổ trưởng (SĐT)=-:team_head333"
        " | Người nhà cần báo tin=-:kin333 | Ngày xuất bến=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "so_cap_so_thuyen_vien_tau_bien_chi_cuc_hang_hai_vn333",
        "STT=row | Số sổ TV=-:book333 | Họ và tên=full_name | Giới tính=sex"
        " | Ngày sinh=birth_date@%d/%m/%Y | Nơi sinh=-:birthplace333 | Quốc tịch=-:nation333"
        " | Số định danh cá nhân=cccd | Số hộ chiếu=-:passport333 | Chức danh=-:sea_rank333"
        " | Số GCN KNCM=-:coc333 | Ngày cấp sổ=date@%d/%m/%Y | Cơ quan cấp=-:issuer333"
        " | Đơn vị quản lý thuyền viên=-:manning333 | Địa chỉ liên hệ=address"
        " | Điện thoại=phone | Email=email",
        file="xlsx",
    ),
    _shape(
        "danh_sach_thuyen_vien_ban_khai_tau_den_cang_cang_vu_hang_hai_vn333",
        "STT/No.=row | Tên tàu/Name of ship=-:ship333 | Số IMO/IMO number=-:imo333"
        " | Họ và tên/Family name, given names=full_name | Chức danh/Rank or rating=-:sea_rank333"
        " | Quốc tịch/Nationality=-:nation333 | Ngày sinh/Date of birth=birth_date@%d/%m/%Y"
        " | Nơi sinh/Place of birth=-:birthplace333 | Số CCCD/ID No.=cccd"
        " | Số sổ thuyền viên/Seaman's book No.=-:book333 | Cảng rời cuối/Last port=-:last_port333"
        " | Cảng đến/Port of arrival=-:port333 | Thời gian đến/ETA=-:arrival333"
        " | Đại lý/Agent=-:agent333 | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "thuyen_vien_tau_ca_boi_thuong_bao_hiem_tai_nan_cong_ty_bao_hiem_vn333",
        "TT=row | Số GCN BH=-:policy333 | Cty bảo hiểm=-:insurer333"
        " | Họ tên người được BH=full_name | NS=birth_date@%d-%m-%Y | GT=sex"
        " | Số CCCD=cccd:cccd_spaced | Địa chỉ=address"
        " | Tàu cá số=-:boat333 | Chủ tàu=-:owner333 | Ngày xảy ra TN=date@%d-%m-%Y"
        " | Diễn biến sự cố=-:accident333 | Số tiền bồi thường (đ)=-:payout333"
        " | Người thụ hưởng=-:beneficiary333 | SĐT liên hệ=phone"
        " | Tình trạng hồ sơ=-:claim_status333",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "registro_pescadores_artesanales_dipesca_gt333",
        "No.=row | CUI=national_id:cui_gt333 | Nombres=given_name:gt_given333"
        " | Primer apellido=family_name:gt_pat333 | Segundo apellido=-:gt_mat333"
        " | Fecha de nacimiento=birth_date@%d/%m/%Y | Sexo=sex:sex_gt333"
        " | Dirección de residencia=street:gt_addr333 | Municipio=district:gt_muni333"
        " | Departamento=state:gt_dept333 | Teléfono=phone:phone_gt333"
        " | Embarcación=-:boat_gt333 | No. de licencia=-:lic_gt333"
        " | Fecha de emisión=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "pescadores_inscritos_cendepesca_sv333",
        "Correlativo=row | N° DUI=national_id:dui_sv333 | Nombres=given_name:sv_given333"
        " | Apellidos=family_name:sv_family333 | Fecha nac.=birth_date@%d/%m/%Y"
        " | Género=sex:sex_sv333 | Dirección=street:sv_addr333 | Municipio=district:sv_muni333"
        " | Departamento=state:sv_dept333 | Tel./Cel.=phone:phone_sv333"
        " | Cooperativa=-:coop_sv333 | Arte de pesca=-:gear_sv333"
        " | Beneficiario seguro de vida=-:benef_sv333 | Fecha de inscripción=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "pescadores_licencia_incopesca_cr333",
        "#=row | Cédula=national_id:ced_cr333 | Nombre=given_name:cr_given333"
        " | Primer apellido=family_name:cr_pat333 | Segundo apellido=-:cr_mat333"
        " | Fecha de nacimiento=birth_date@%d/%m/%Y | Sexo=sex:sex_cr333"
        " | Provincia=state:cr_prov333 | Cantón=district:cr_canton333"
        " | Distrito=suburb:cr_dist333 | Otras señas=street:cr_senas333"
        " | Teléfono=phone:phone_cr333 | Licencia de pesca=-:lic_cr333"
        " | Embarcación=-:boat_cr333 | Póliza riesgos del trabajo=-:ins_cr333"
        " | Vence=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "registro_pescadores_codopesca_do333",
        "No.=row | Cédula=national_id:ced_do333 | Nombres=given_name:do_given333"
        " | Apellidos=family_name:do_family333 | Fecha Nac.=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_do333 | Dirección=address:do_addr333 | Provincia=state:do_prov333"
        " | Celular=phone:phone_do333 | Embarcación=-:boat_do333"
        " | Punto de desembarco=-:port_do333 | ARS=-:ars_do333"
        " | Contacto emergencia=-:contact_do333 | Tel. contacto=-:contact_phone_do333"
        " | Fecha registro=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "fishers_register_nfa_jm333",
        "No.=row | TRN=national_id:trn_jm333 | Surname=family_name:jm_family333"
        " | First Name=given_name:jm_given333 | Middle Name=-:jm_middle333"
        " | Date of Birth=birth_date@%d/%m/%Y | Gender=sex:sex_jm333"
        " | Address Line=street:jm_street333 | Town/District=district:jm_town333"
        " | Parish=state:jm_parish333 | Telephone=phone:phone_jm333"
        " | Fishing Beach=-:jm_beach333 | Vessel Reg. No.=-:vessel_jm333"
        " | Licence Type=-:lic_jm333 | Licence Expiry=date:expiry_jm333 | Next of Kin=-:kin_jm333",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "cui_gt333",
    "dui_sv333",
    "ced_cr333",
    "ced_do333",
    "trn_jm333",
)
SEX_HOLDS: tuple[str, ...] = ("sex_gt333", "sex_sv333", "sex_cr333", "sex_do333", "sex_jm333")
NAME_HOLDS = frozenset(
    {"gt_given333", "gt_pat333", "sv_given333", "sv_family333", "cr_given333", "cr_pat333"}
    | {"do_given333", "do_family333", "jm_family333", "jm_given333"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_gt333",
    "phone_sv333",
    "phone_cr333",
    "phone_do333",
    "phone_jm333",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("gt_addr333", "sv_addr333", "cr_senas333", "do_addr333")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND333",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND333",
]
