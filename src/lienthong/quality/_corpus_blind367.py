"""The three-hundred-and-sixty-seventh part of the outside corpus, **blind 367** (written 13:40
UTC, 2026-12-07, never used for tuning): person files a district social affairs office, a tax
sub-department, a transport department, a bank branch, a provincial home affairs department, an
Estonian agency, a Singapore e-service, an Italian data provider of the EU Once-Only Technical
System and an Indian DigiLocker requester could hand over, all made by reconciling one agency's
list against another's register: the agency's own columns beside the columns the other register
returned, both describing the same person.
Five Vietnamese files: a social affairs office's list of monthly social allowance recipients
checked against the national population database (CSDLQG về dân cư) in UTF-8 with a BOM and
semicolons (the allowance code and kind, the amount, the name and birth date as the office holds
them beside the ones the database returned, the verified CCCD, the result, the differing
fields, the person who collects the money); a tax sub-department's cleaning of individual
taxpayers' data in Excel (the MST, the old CMND, the name in the tax register and in the
database, the result, the status); a transport department's driving licences matched with the
database in Windows-1258 with tabs (the licence number and classes, the issuer, the name as
printed on the licence in capitals); a bank branch's list of accounts whose owner was verified
against the chip of the CCCD in UTF-16 with tabs (the account, the method, the phone); and a
home affairs department's cleaning of the civil servants' database in UTF-8 with headers
without diacritics (the staff code, the unit, the rank, the officer who checked).
Four foreign files: an Estonian X-Road query log of the population register in UTF-8 with
semicolons (the query id, the service, the querying agency and its official's isikukood, the
isikukood, names and address as the register answered); a Singapore form export prefilled from
Myinfo in UTF-8 (the NRIC, the Myinfo name beside the name as typed, the address, the housing
type, the source); an Italian list of OOTS evidence requests in UTF-8 with semicolons (the eIDAS
person identifier, the codice fiscale, the eIDAS names beside the ANPR ones, the requesting
state, the evidence, the outcome); and an Indian list of DigiLocker-verified documents in UTF-8
(the Aadhaar, the name on Aadhaar and on the document, the issuer, the URI, the match score).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind367_writers import WRITERS_BLIND367
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND367: tuple[Shape, ...] = (
    _shape(
        "doi_soat_doi_tuong_bao_tro_xa_hoi_hang_thang_voi_csdlqg_dan_cu_phong_ldtbxh_vn367",
        "STT=row | Mã đối tượng=-:btxh_code367 | Diện hưởng=-:btxh_kind367"
        " | Mức TCXH (đồng/tháng)=-:btxh_money367"
        " | Họ tên (theo hồ sơ BTXH)=full_name:full_name_caps"
        " | Ngày sinh (theo hồ sơ)=birth_date@%d/%m/%Y"
        " | Họ tên (theo CSDL dân cư)=full_name | Ngày sinh (CSDLQG)=birth_date@%d/%m/%Y"
        " | Giới tính (CSDLQG)=sex | Số CCCD (đã xác thực)=cccd"
        " | Nơi thường trú (CSDLQG)=address | Kết quả đối soát=-:result367"
        " | Trường sai lệch=-:fields367 | Người nhận thay=-:btxh_payee367"
        " | Ngày đối soát=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "lam_sach_du_lieu_nguoi_nop_thue_ca_nhan_doi_chieu_csdl_dan_cu_chi_cuc_thue_vn367",
        "TT=row | MST=mst | Loại NNT=-:tax_kind367 | CQT quản lý=-:tax_office367"
        " | Họ và tên NNT (theo ĐKT)=full_name:full_name_ascii | Số CMND (cũ)=cmnd"
        " | Ngày sinh (ĐKT)=birth_date@%d/%m/%Y | Họ và tên (CSDLQG về DC)=full_name"
        " | Ngày sinh (CSDLQG về DC)=birth_date@%d/%m/%Y | Số ĐDCN=cccd"
        " | Kết quả=-:result367 | Thông tin sai lệch=-:fields367"
        " | Trạng thái cập nhật=-:tax_status367 | Thời điểm cập nhật=timestamp",
        file="xlsx",
    ),
    _shape(
        "doi_soat_giay_phep_lai_xe_voi_csdl_quoc_gia_dan_cu_so_gtvt_vn367",
        "STT=row | Số GPLX=-:gplx_no367 | Hạng=-:gplx_class367 | Nơi cấp=-:gplx_issuer367"
        " | Ngày cấp GPLX=date@%d/%m/%Y | Họ tên (trên GPLX)=full_name:full_name_caps"
        " | Ngày sinh (GPLX)=birth_date@%d/%m/%Y | Số CCCD/CMND khai khi cấp=cmnd"
        " | Họ tên  (CSDL DC)=full_name | Ngày sinh (CSDL DC)=birth_date@%d/%m/%Y"
        " | Số định danh cá nhân (CSDL DC)=cccd | Nơi cư trú (CSDL DC)=address"
        " | KQ đối soát=-:result367 | Trường sai khác=-:fields367",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "tai_khoan_thanh_toan_doi_chieu_sinh_trac_hoc_cccd_gan_chip_ngan_hang_vn367",
        "STT=row | Số tài khoản=-:bank_acct367 | Chi nhánh=-:bank_branch367"
        " | Tên chủ TK (hệ thống Core)=full_name:full_name_caps"
        " | Ngày sinh (Core)=birth_date@%d/%m/%Y | SĐT đăng ký=phone"
        " | Họ tên (chip CCCD/C06)=full_name | Ngày sinh (chip)=birth_date@%d/%m/%Y"
        " | Giới tính (chip)=sex | Số CCCD=cccd:cccd_spaced | Phương thức xác thực=-:bank_method367"
        " | Kết quả đối soát=-:result367 | Ngày xác thực=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "lam_sach_du_lieu_can_bo_cong_chuc_vien_chuc_doi_soat_csdl_dan_cu_so_noi_vu_vn367",
        "stt=row | ma_cbccvc=-:cbcc_code367 | don_vi=-:cbcc_unit367"
        " | ngach_chuc_danh=-:cbcc_rank367"
        " | ho_ten_theo_csdl_cbccvc=full_name:full_name_ascii"
        " | ngay_sinh_theo_csdl_cbccvc=birth_date@%Y-%m-%d"
        " | ho_ten_theo_csdl_dan_cu=full_name | ngay_sinh_theo_csdl_dan_cu=birth_date@%Y-%m-%d"
        " | gioi_tinh_csdl_dan_cu=sex | so_dinh_danh_ca_nhan=cccd | so_so_bhxh=bhxh"
        " | ket_qua_doi_soat=-:result367 | truong_sai_lech=-:fields367"
        " | can_bo_kiem_tra=-:staff367 | ngay_cap_nhat=date@%d/%m/%Y",
        encoding="utf-8",
        delimiter=",",
    ),
    _shape(
        "x_tee_paringute_logi_rahvastikuregister_ee367",
        "Jrk=row | Päringu ID=-:ee_query367 | Päringu aeg=date@%d.%m.%Y | Teenus=-:ee_service367"
        " | Päringu tegija asutus=-:ee_agency367 | Ametniku isikukood=-:ee_officer_ik367"
        " | Isikukood=national_id:ee_ik367 | Nimi asutuse andmetes=full_name:ee_name_caps367"
        " | Eesnimi (RR)=given_name:ee_given367 | Perekonnanimi (RR)=family_name:ee_family367"
        " | Sünniaeg (RR)=birth_date@%d.%m.%Y | Elukoht (RR)=address:ee_addr367"
        " | Sihtnumber (RR)=postcode:ee_post367 | Vastavuse tulemus=-:ee_result367",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "myinfo_prefilled_form_submissions_sg367",
        "#=row | Submission ID=-:sg_sub367 | Form=-:sg_form367 | Submitted On=date@%d %b %Y"
        " | NRIC/FIN (Myinfo)=national_id:sg_nric367 | Name (Myinfo)=full_name:sg_name367"
        " | Name (as entered)=full_name:sg_name_typed367 | Sex (Myinfo)=sex:sex_en"
        " | Date of Birth (Myinfo)=birth_date@%d/%m/%Y"
        " | Registered Address (Myinfo)=address:sg_addr367"
        " | Postal Code=postcode:sg_postal367 | Mobile No.=phone:sg_phone367 | Email=email"
        " | HDB Dwelling Type (Myinfo)=-:sg_housing367 | Mobile source=-:sg_source367"
        " | Status=-:sg_status367",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "richieste_evidenze_oots_ricevute_fornitore_dati_it367",
        "N.=row | ID richiesta=-:oots_id367 | Data richiesta=date@%d/%m/%Y"
        " | Stato richiedente=-:oots_state367"
        " | Procedura=-:oots_procedure367 | Tipo evidenza=-:oots_evidence367"
        " | Livello di garanzia eIDAS=-:oots_loa367"
        " | PersonIdentifier (eIDAS)=national_id:it_eidas367"
        " | FamilyName (eIDAS)=family_name:it_family_caps367"
        " | GivenName (eIDAS)=given_name:it_given367"
        " | DateOfBirth (eIDAS)=birth_date@%Y-%m-%d | Codice fiscale (ANPR)=national_id:it_cf367"
        " | Cognome (ANPR)=family_name:it_family367 | Nome (ANPR)=given_name:it_given367"
        " | Data di nascita (ANPR)=birth_date@%d/%m/%Y | Esito=-:oots_outcome367",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "digilocker_verified_documents_in367",
        "S.No.=row | Aadhaar No.=national_id:in_aadhaar367"
        " | Name as per Aadhaar=full_name:in_name367"
        " | DOB as per Aadhaar=birth_date@%d-%m-%Y | Gender=sex:sex_en"
        " | Mobile (linked)=phone:in_phone367 | State=state:in_state367"
        " | Document Type=-:in_doctype367 | Issuer=-:in_issuer367 | Document URI=-:in_uri367"
        " | Name as per Document=full_name:in_name_doc367"
        " | DOB as per Document=birth_date@%d/%m/%Y | Name Match Score=-:in_score367"
        " | Verification Status=-:in_status367 | Fetched On=date@%d-%m-%Y",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "ee_ik367",
    "sg_nric367",
    "it_eidas367",
    "it_cf367",
    "in_aadhaar367",
)
SEX_HOLDS: tuple[str, ...] = ()
NAME_HOLDS = frozenset(
    {"ee_name_caps367", "ee_given367", "ee_family367", "sg_name367", "sg_name_typed367"}
    | {"it_family_caps367", "it_given367", "it_family367", "in_name367", "in_name_doc367"}
)
PHONE_HOLDS: tuple[str, ...] = ("sg_phone367", "in_phone367")
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ee_addr367", "sg_addr367")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND367",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND367",
]
