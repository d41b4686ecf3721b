"""The three-hundred-and-fifth part of the outside corpus, **blind 305** (written 10:35 UTC,
2026-12-07, never used for tuning): person files a district land registration office, a city's
state-owned housing company, a ring-road compensation board, a province police's housing
council, Nairobi City County's housing department, Zapopan's cadastre, the social housing
register of the Rhône, the Slum Rehabilitation Authority of Mumbai and a Jakarta rusunawa
management unit could hand over.
Four Vietnamese files: land-use certificate holders asking for re-issue after the merger of
communes in Windows-1258 with semicolons (the certificate's series and book number, the map
sheet and plot, the area, the use, the plot's address before and after the merger apart from the
holder's home, the day filed and the status); sitting tenants buying old state-owned flats in
Excel (the flat apart from the home, the lease contract, the area, the year moved in, the price,
the status, the day of the decision); households paid rent while they wait for a Ring Road 3
resettlement plot in UTF-16 with tabs and headers without diacritics (the recovered plot, the
decision, the people, the months, the money, the plot drawn, the bank account, a second phone);
and officers registering for armed forces housing in UTF-8 with a BOM and semicolons (the unit,
the rank, the service number, the spouse, the income, the project, the commander who confirms,
the status).
Five foreign files: Nairobi county rental estate tenants in UTF-8 (the national id, the KRA PIN, the
estate, the house number, the sub-county, the postal box, the rent, the arrears, the next of kin,
the tenancy start); Zapopan's property tax roll in Excel (the owner's CURP with its check digit, the
RFC, the tax account, the cadastral key, the property's location apart from the address for notices,
its town and postcode, the use, the value, what is owed); Rhône social housing applications in
Windows-1252 with semicolons (the unique number, the birth and married names, the civility, the
street, postcode and town apart, the CAF number, the household, the income, the flat type, the
wished towns, the reason, DALO, the renewal date); Mumbai SRA annexure-II in UTF-8 with English and
Marathi headers (the hut number, the Aadhaar with its Verhoeff digit, the father's or husband's
name, the hut's address, the CTS number, the carpet area, the proof, the eligibility, the transit
arrangement, the rehab flat); and Jakarta rusunawa tenants in Excel (the NIK, the KK, the
birthplace, the KTP address apart from the rusun unit, the job, the rent, the months in arrears, the
contract, the warning status, the contract end).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind305_writers import WRITERS_BLIND305
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND305: tuple[Shape, ...] = (
    _shape(
        "chu_su_dung_dat_de_nghi_cap_doi_gcn_do_sap_xep_dvhc_cap_xa_vpdkdd_chi_nhanh_vn305",
        "STT=row | Họ tên người SDĐ=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Địa chỉ thường trú=address | SĐT liên hệ=phone"
        " | Số phát hành GCN=-:gcn_seri305 | Số vào sổ=-:gcn_book305"
        " | Tờ BĐ số=-:gcn_sheet305 | Thửa số=-:gcn_plot305 | DT (m2)=-:gcn_area305"
        " | Mục đích SD=-:gcn_purpose305 | Địa chỉ thửa đất (trước sắp xếp)=-:gcn_old305"
        " | Địa chỉ thửa đất (sau sắp xếp)=-:gcn_new305 | Ngày nhận HS=date@%d/%m/%Y"
        " | Tình trạng=-:gcn_status305",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nguoi_dang_thue_nha_o_cu_thuoc_so_huu_nha_nuoc_de_nghi_mua_cong_ty_quan_ly_nha_vn305",
        "TT=row | Họ và tên người thuê=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD/ĐDCN=cccd:cccd_spaced | Nơi thường trú=address"
        " | Điện thoại=phone | Địa chỉ căn nhà đề nghị mua=-:flat_addr305"
        " | Số HĐ thuê nhà=-:flat_contract305 | DT sử dụng (m²)=-:flat_area305"
        " | Năm bố trí ở=-:flat_since305 | Giá bán tạm tính (đ)=-:flat_price305"
        " | Kết quả thẩm định=-:flat_status305 | Ngày QĐ bán=date@%d/%m/%Y"
        " | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "ho_nhan_ho_tro_tien_thue_nha_cho_bo_tri_tai_dinh_cu_du_an_vanh_dai_3_tphcm_vn305",
        "STT=row | Ho ten chu ho=full_name | Ngay sinh=birth_date@%d-%m-%Y | Gioi tinh=sex"
        " | CCCD=cccd | Dia chi tam tru hien nay=address | Dien thoai=phone"
        " | DT khac=-:vn_phone2_305 | Vi tri dat bi thu hoi=-:rr_site305"
        " | So QD thu hoi=-:rr_decision305 | So nhan khau=-:rr_people305"
        " | So thang ho tro=-:rr_months305 | So tien (dong)=-:rr_money305"
        " | Lo TDC=-:rr_plot305 | So TK nhan tien=-:rr_account305"
        " | Ngay chi tra=date@%d-%m-%Y | Cap nhat luc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "can_bo_chien_si_dang_ky_mua_nha_o_cho_luc_luong_vu_trang_nhan_dan_cong_an_tinh_vn305",
        "STT=row | Cấp bậc=-:af_rank305 | Họ và tên=full_name"
        " | Ngày, tháng, năm sinh=birth_date@%d.%m.%Y | Giới tính=sex | Số CCCD=cccd"
        " | Số hiệu CAND/QĐ=-:af_number305 | Đơn vị công tác=-:af_unit305"
        " | Nơi ở hiện tại=address | SĐT=phone | Họ tên vợ/chồng=-:af_spouse305"
        " | Thu nhập BQ tháng (đ)=-:af_income305 | Dự án đăng ký=-:af_project305"
        " | Thủ trưởng đơn vị xác nhận=-:af_confirm305 | Ngày đăng ký=date@%d.%m.%Y"
        " | Kết quả xét duyệt=-:af_status305",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "county_rental_housing_tenants_register_nairobi_city_county_ke305",
        "S/No=row | Estate=suburb:ke_estate305 | House No.=-:ke_house305"
        " | Tenant Name=full_name:ke_name305 | ID No.=national_id:ke_id305"
        " | KRA PIN=-:ke_pin305 | Sex=sex:ke_sex305 | Date of Birth=birth_date@%d/%m/%Y"
        " | Mobile No.=phone:ke_phone305 | Postal Address=-:ke_box305"
        " | Sub-County=district:ke_ward305 | Monthly Rent (KES)=-:ke_rent305"
        " | Arrears (KES)=-:ke_arrears305 | Tenancy Start=date:ke_since305"
        " | Next of Kin=-:ke_next305 | Status=-:ke_status305",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "padron_contribuyentes_impuesto_predial_catastro_municipal_zapopan_mx305",
        "No.=row | Cuenta predial=-:mx_account305 | Clave catastral=-:mx_cadastral305"
        " | Propietario=full_name:mx_name305 | CURP=national_id:mx_curp305"
        " | RFC=-:mx_rfc305 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Ubicación del predio=-:mx_plot305"
        " | Domicilio para oír y recibir notificaciones=address:mx_home305"
        " | Municipio=district:mx_town305 | C.P.=postcode:mx_cp305"
        " | Teléfono=phone:mx_phone305 | Uso de suelo=-:mx_use305"
        " | Valor fiscal=-:mx_value305 | Situación de pago=-:mx_paid305"
        " | Fecha último pago=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "demandeurs_logement_social_numero_unique_sne_rhone_metropole_lyon_fr305",
        "N°=row | N° unique=-:fr_nud305 | Civilité=sex:fr_sex305"
        " | Nom de naissance=family_name:fr_family305"
        " | Nom d'usage=family_name:fr_used305 | Prénom=given_name:fr_given305"
        " | Né(e) le=birth_date@%d/%m/%Y | Adresse actuelle=street:fr_street305"
        " | CP=postcode:fr_cp305 | Commune=district:fr_town305"
        " | Tél. portable=phone:fr_phone305 | Courriel=email | N° allocataire CAF=-:fr_caf305"
        " | Nb pers. foyer=-:fr_household305 | RFR N-2=-:fr_income305"
        " | Typologie souhaitée=-:fr_type305 | Communes demandées=-:fr_wish305"
        " | Motif principal=-:fr_motif305 | Recours DALO=-:fr_dalo305"
        " | Date de dépôt=date@%d/%m/%Y | Renouvellement avant le=date:fr_renew305"
        " | Statut=-:fr_status305",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "sra_annexure_ii_eligible_slum_dwellers_kurla_ghatkopar_mumbai_in305",
        "Sr. No.=row | Hut No. / झोपडी क्र.=-:in_hut305"
        " | Name of Hutment Dweller / झोपडीधारकाचे नाव=full_name:in_name305"
        " | Father's/Husband's Name=-:in_father305 | Aadhaar No.=national_id:in_aadhaar305"
        " | Gender / लिंग=sex:in_sex305 | Date of Birth=birth_date@%d-%m-%Y"
        " | Mobile=phone:in_mobile305 | Address of Hutment=address:in_hut_addr305"
        " | CTS No.=-:in_cts305 | Carpet Area=-:in_area305 | Proof of Residence=-:in_proof305"
        " | Eligibility / पात्रता=-:in_eligible305 | Transit Accommodation=-:in_transit305"
        " | Rehab Tenement Allotted=-:in_tenement305 | Survey Date=date:in_survey305",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "daftar_penghuni_rusunawa_upra_rumah_susun_dinas_perumahan_dki_jakarta_id305",
        "NO=row | NAMA PENGHUNI=full_name:id_name305 | NIK=national_id:id_nik305"
        " | NO. KK=-:id_kk305 | TEMPAT LAHIR=-:id_birthplace305"
        " | TGL LAHIR=birth_date@%d-%m-%Y | JENIS KELAMIN=sex:id_sex305"
        " | ALAMAT SESUAI KTP=address:id_ktp_addr305 | LOKASI RUSUN=-:id_rusun305"
        " | BLOK/LANTAI/NO UNIT=-:id_unit305 | NO. HP=phone:id_phone305"
        " | PEKERJAAN=-:id_job305 | TARIF SEWA/BLN=-:id_rent305"
        " | TUNGGAKAN (BLN)=-:id_arrears305 | NO. SPK=-:id_contract305"
        " | TGL SPK=date@%d-%m-%Y | BERAKHIR=date:id_end305 | KETERANGAN=-:id_status305",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "ke_id305",
    "mx_curp305",
    "in_aadhaar305",
    "id_nik305",
)
SEX_HOLDS: tuple[str, ...] = ("ke_sex305", "fr_sex305", "in_sex305", "id_sex305")
NAME_HOLDS = frozenset(
    {
        "ke_name305",
        "mx_name305",
        "fr_family305",
        "fr_given305",
        "in_name305",
        "id_name305",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "ke_phone305",
    "mx_phone305",
    "fr_phone305",
    "in_mobile305",
    "id_phone305",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("mx_home305", "in_hut_addr305", "id_ktp_addr305")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND305",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND305",
]
