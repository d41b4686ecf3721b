"""The two hundred and twenty-fifth part of the outside corpus, **blind 225** (written 05:50 UTC,
2026-12-07, never used for tuning): person files a district sports centre, a ward's urban
environment team, a provincial plant protection sub-department, a commune's agriculture office,
Sierra Leone's road safety authority, a Liberian city corporation, the University of The Gambia,
a Bissau-Guinean cashew project and a Cape Verdean municipality's housing office could hand over.
Four Vietnamese files: a summer kayak course's trainees in Excel (the boat, level, club, fee, a
guardian and their phone, the school); a ward's book of bulky-waste pickups in UTF-16 with tabs
(the goods, the volume, the receipt, the pickup date); a growing-area code register of fruit
growers in Windows-1258 with semicolons and headers without diacritics (the crop, the area, the
code, the result, the time last updated); and a commune's list of bee-keepers receiving support in
UTF-8 with a BOM (the bee kind, the hives, the support date).
Five foreign files: a Sierra Leonean driving licence register in Excel (the NIN, the name in one
cell, the home address, the licence number and class, the depot, the place of birth, the issue and
expiry dates); a Liberian commercial motorcycle riders' registration in UTF-8 (the NIN, the
community and county, the plate, the union, the sticker); a Gambian university admission list in
Windows-1252 with semicolons (the NIN, the town, the programme, the senior school, the WASSCE
credits, the sponsor); a Bissau-Guinean cashew growers' register in UTF-8 with a BOM and
Portuguese/Kriol headers (the BI, the tabanca and region, the hectares, the kilos sold, the buyer);
and a Cape Verdean social housing applicants list in Windows-1252 with semicolons (the NIF beside
the BI, island/concelho/zona, the household, income, typology and status).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind225_writers import WRITERS_BLIND225
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND225: tuple[Shape, ...] = (
    _shape(
        "hoc_vien_khoa_he_cheo_thuyen_kayak_trung_tam_tdtt_quan_vn225",
        "STT=row | Họ và tên học viên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Địa chỉ thường trú=address"
        " | Trường đang học=-:school225 | Loại thuyền=-:boat225 | Trình độ=-:level225"
        " | CLB/Đội=-:club225 | Học phí (đ)=-:fee225 | Phụ huynh=-:guardian225"
        " | SĐT phụ huynh=-:guardian_phone225 | Ngày khai giảng=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "so_theo_doi_thu_gom_rac_cong_kenh_doi_moi_truong_do_thi_phuong_vn225",
        "TT=row | Chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y | CCCD=cccd"
        " | Số nhà, đường=street | Điện thoại=phone"
        " | Loại rác cồng kềnh=-:goods225 | Khối lượng=-:volume225 | Số phiếu thu=-:ticket225"
        " | Ngày thu gom=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ho_trong_cay_an_qua_cap_ma_so_vung_trong_chi_cuc_trong_trot_bvtv_vn225",
        "STT=row | Ho ten chu vuon=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | So CCCD=cccd:cccd_spaced | Dia chi=address | SDT=phone:phone_dotted"
        " | Cay trong=-:crop225 | Dien tich (ha)=-:area225 | Ma so vung trong=-:puc225"
        " | Ket qua=-:result225 | Ngay cap=date@%d/%m/%Y | Cap nhat=timestamp",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_nuoi_ong_lay_mat_nhan_ho_tro_thung_ong_phong_nong_nghiep_xa_vn225",
        "STT=row | Họ tên chủ hộ=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | Số CCCD/ĐDCN=cccd | SĐT=phone"
        " | Giống ong=-:bee225 | Số đàn ong hiện có=-:hives225"
        " | Ngày nhận hỗ trợ=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
    ),
    _shape(
        "driving_licence_register_slrsa_sl225",
        "S/N=row | NIN=national_id:nin_sl225 | Full Name=full_name:sl_name225"
        " | Date of Birth=birth_date@%d/%m/%Y | Sex=sex:sex_sl225"
        " | Residential Address=address:addr_sl225 | Mobile No.=phone:phone_sl225"
        " | Place of Birth=-:pob_sl225 | Licence No.=-:licence_sl225"
        " | Class=-:class_sl225 | Issuing Depot=-:depot_sl225 | Date Issued=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "commercial_motorcyclists_registration_city_corporation_lr225",
        "No.=row | NIN=national_id:nin_lr225 | Last Name=family_name:lr_family225"
        " | First Name=given_name:lr_given225 | DOB=birth_date@%m/%d/%Y"
        " | Gender=sex:sex_lr225 | Community=suburb:community_lr225"
        " | County=state:county_lr225 | Cell #=phone:phone_lr225"
        " | Bike Plate=-:plate_lr225 | Union=-:union_lr225 | Sticker No.=-:sticker_lr225"
        " | Reg. Date=date@%m/%d/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "undergraduate_admissions_list_utg_gm225",
        "No=row | Application No=-:app_gm225 | National ID No.=national_id:nin_gm225"
        " | Applicant Name=full_name:gm_name225 | Date of Birth=birth_date@%d-%m-%Y"
        " | Gender=sex:sex_gm225 | Town=district:town_gm225 | Telephone=phone:phone_gm225"
        " | Email=email | Programme=-:programme_gm225 | Senior Secondary School=-:sss_gm225"
        " | WASSCE=-:wassce_gm225 | Sponsor=-:sponsor_gm225",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "registo_produtores_caju_projeto_gw225",
        "Nº=row | Nº BI=national_id:bi_gw225 | Nomi (Nome completo)=full_name:gw_name225"
        " | Data di nasimentu=birth_date@%d/%m/%Y | Sexo=sex:sex_gw225"
        " | Tabanka=district:tabanca_gw225 | Região=state:region_gw225"
        " | Telemóvel=phone:phone_gw225 | Área pomar (ha)=-:ha_gw225"
        " | Kilos bindidu=-:kg_gw225 | Comprador=-:buyer_gw225 | Data=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "candidatos_habitacao_social_camara_municipal_cv225",
        "Nº=row | NIF=national_id:nif_cv225 | BI=-:bi_cv225 | Nome=given_name:cv_given225"
        " | Apelidos=family_name:cv_family225 | Data Nasc.=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_cv225 | Ilha=state:island_cv225 | Concelho=district:concelho_cv225"
        " | Zona=suburb:zona_cv225 | Telemóvel=phone:phone_cv225"
        " | Agregado=-:household_cv225 | Rendimento=-:income_cv225"
        " | Tipologia=-:typology_cv225 | Situação=-:status_cv225"
        " | Data candidatura=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("nin_sl225", "nin_lr225", "nin_gm225", "bi_gw225", "nif_cv225")
SEX_HOLDS: tuple[str, ...] = ("sex_sl225", "sex_lr225", "sex_gm225", "sex_gw225", "sex_cv225")
NAME_HOLDS = frozenset(
    {"sl_name225", "lr_family225", "lr_given225", "gm_name225", "gw_name225"}
    | {"cv_given225", "cv_family225"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_sl225",
    "phone_lr225",
    "phone_gm225",
    "phone_gw225",
    "phone_cv225",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_sl225",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND225",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND225",
]
