"""The three-hundred-and-twenty-first part of the outside corpus, **blind 321** (written 11:11 UTC,
2026-12-07, never used for tuning): person files a commune's child-protection officer, a district
office of culture and social affairs, a semi-boarding ethnic minority school, a commune health
station, an English local authority's children's services, a Kenyan sub-county children's office,
a Bihar district child protection unit, a Colombian ICBF regional centre and an Indonesian child
welfare institution could hand over.
Four Vietnamese files: children in special circumstances a commune follows, in Excel (the record's
person is the child: the child's personal id, the ethnic group, the hamlet alone, the group of
special circumstances, the carer with the relation and the phone, the school, the support given,
the day taken into follow-up, the village collaborator); abused children's case management in
UTF-16 with tabs and headers without diacritics (the child: the case code, the child's personal
id, where the child lives now, the kind of abuse, who reported it, the day received, the risk
level, the main carer with the relation and the phone, the plan, the case officer, the status, the
time last updated); pupils at a talk against child marriage in Windows-1258 with semicolons (the
pupil: the ethnic group, the class, the village alone, a parent and the parent's phone, the day
held, the topic, the speaker from the women's union, whether the pledge was signed); and children
of 6 to 23 months given fortified food in UTF-8 with a BOM and semicolons (the child: the child's
personal id, the mother, her ethnic group and phone, the hamlet, the address, the weight, the
nutrition status, the product and the number of boxes, the day handed out, who received it for the
child).
Five foreign files: an English list of children subject to a child protection plan in Excel (the
child: the case system id, the NHS number with its modulus 11 digit, the surname and forename
apart, the street, the town and the postcode apart, the category of abuse, the legal status, the
allocated social worker and team, the school, the mother and her mobile, the plan's start and the
next review conference); a Kenyan register of foster and kinship carers in UTF-8 (the carer: the
eight-digit ID, the mobile as ``07…`` or ``+254 7…``, the county, sub-county and village apart, the
child placed and the child's birth certificate, the kind of care, the court order, the children
officer, the follow-up visit); a Bihar Mission Vatsalya sponsorship list in UTF-8 with Hindi and
English headers (the child: the Aadhaar with its Verhoeff digit, the father and the mother, the
village address with the block, the district and PIN apart, the guardian's mobile, the school and
class, the category, the bank account and IFSC, the sanction day, the monthly amount); a Colombian
list of children under a rights-restoration process (PARD) in Windows-1252 with semicolons (the
child: the kind of document, the NUIP with or without dots, the first surname apart from the
second, the names, the street, municipality and department apart, the reason, the measure, the
family ombudsman, the guardian and her mobile, the school, the status); and an Indonesian LKSA's
list of children in its care in Excel (the child: the NIK with the child's birth day in it, the
family card number, the place of birth, the father and mother, the orphan status, the street line,
desa and kecamatan apart, the school and class, the day admitted, the guardian and the guardian's
mobile).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind321_writers import WRITERS_BLIND321
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND321: tuple[Shape, ...] = (
    _shape(
        "so_theo_doi_tre_em_co_hoan_canh_dac_biet_can_bo_bvte_ubnd_xa_vn321",
        "STT=row | Họ và tên trẻ=full_name | Ngày sinh=birth_date:hc_birth321 | Giới tính=sex"
        " | Số định danh cá nhân=cccd:hc_id321 | Dân tộc=-:hc_ethnic321"
        " | Thôn/TDP=-:hc_hamlet321 | Nơi thường trú=address | Nhóm HCĐB=-:hc_group321"
        " | Họ tên người chăm sóc=-:hc_carer321 | Quan hệ với trẻ=-:hc_rel321"
        " | SĐT người chăm sóc=-:hc_phone321 | Trường/lớp=-:hc_school321"
        " | Hình thức trợ giúp=-:hc_support321 | Ngày đưa vào theo dõi=date@%d/%m/%Y"
        " | CTV thôn theo dõi=-:hc_ctv321 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "ho_so_quan_ly_truong_hop_tre_em_bi_xam_hai_bao_luc_phong_vh_xh_huyen_vn321",
        "STT=row | Ma truong hop=-:cm_case321 | Ho ten tre=full_name"
        " | Ngay sinh=birth_date:cm_birth321 | Gioi tinh=sex | So dinh danh=cccd:cm_id321"
        " | Noi o hien tai=address | Hinh thuc bi xam hai=-:cm_kind321"
        " | Nguon thong tin=-:cm_source321 | Ngay tiep nhan=date@%d/%m/%Y"
        " | Muc do nguy co=-:cm_risk321 | Nguoi cham soc chinh=-:cm_carer321"
        " | Quan he=-:cm_rel321 | SDT nguoi cham soc=-:cm_phone321"
        " | Ke hoach can thiep=-:cm_plan321 | Can bo QLTH=-:cm_officer321"
        " | Tinh trang=-:cm_status321 | Cap nhat lan cuoi=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hoc_sinh_du_buoi_noi_chuyen_phong_chong_tao_hon_truong_ptdtbt_thcs_vn321",
        "TT=row | Họ và tên học sinh=full_name | Ngày sinh=birth_date:th_birth321 | Nam/Nữ=sex"
        " | Dân tộc=-:th_ethnic321 | Lớp=-:th_class321 | Bản=-:th_ban321"
        " | Họ tên bố (mẹ)=-:th_parent321 | SĐT phụ huynh=-:th_pphone321"
        " | Ngày tổ chức=date@%d/%m/%Y | Chủ đề=-:th_topic321 | Báo cáo viên=-:th_speaker321"
        " | Ký cam kết=-:th_pledge321 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "tre_em_6_23_thang_nhan_bot_dinh_duong_du_an_7_ctmtqg_1719_tram_y_te_xa_vn321",
        "STT=row | Họ tên trẻ=full_name | Ngày sinh=birth_date:nu_birth321 | Giới tính=sex"
        " | Mã định danh=cccd:nu_id321 | Họ tên mẹ=-:nu_mother321 | Dân tộc=-:nu_ethnic321"
        " | SĐT mẹ=-:nu_mphone321 | Thôn/bản=-:nu_hamlet321 | Địa chỉ=address"
        " | Cân nặng (kg)=-:nu_weight321 | Tình trạng DD=-:nu_status321"
        " | Sản phẩm=-:nu_product321 | SL (hộp/gói)=-:nu_qty321 | Ngày cấp=date@%d/%m/%Y"
        " | Người nhận thay=-:nu_receiver321",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "children_subject_to_child_protection_plan_childrens_services_gb321",
        "No.=row | Mosaic ID=-:uk_mosaic321 | NHS Number=national_id:uk_nhs321"
        " | Surname=family_name:uk_family321 | Forename=given_name:uk_given321"
        " | DOB=birth_date:uk_dob321 | Gender=sex:uk_sex321 | Address=street:uk_street321"
        " | Town=district:uk_town321 | Postcode=postcode:uk_pc321"
        " | Category of Abuse=-:uk_cat321 | Legal Status=-:uk_legal321"
        " | CP Plan Start Date=date@%d/%m/%Y | Allocated Social Worker=-:uk_sw321"
        " | Team=-:uk_team321 | School / Setting=-:uk_school321"
        " | Parent/Carer=-:uk_parent321 | Parent Contact No.=-:uk_pphone321"
        " | Next RCPC=-:uk_rcpc321",
        english=True,
        file="xlsx",
    ),
    _shape(
        "foster_kinship_carers_register_sub_county_children_office_ke321",
        "S/No.=row | Name of Carer=full_name:ke_name321 | ID No.=national_id:ke_id321"
        " | Date of Birth=birth_date@%d/%m/%Y | Sex=sex:ke_sex321"
        " | Mobile No.=phone:ke_phone321 | County=state:ke_county321"
        " | Sub-County=district:ke_sub321 | Location/Village=suburb:ke_village321"
        " | Name of Child Placed=-:ke_child321 | Child's Birth Cert. No.=-:ke_cert321"
        " | Type of Care=-:ke_care321 | Date of Placement=date@%d/%m/%Y"
        " | Court Order Ref.=-:ke_court321 | Children Officer=-:ke_officer321"
        " | Follow-up Visit=-:ke_visit321",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "mission_vatsalya_sponsorship_labharthi_dcpu_bihar_in321",
        "क्र.सं.=row | बच्चे का नाम / Name of Child=full_name:in_child321"
        " | जन्म तिथि / DOB=birth_date:in_dob321 | लिंग / Gender=sex:in_sex321"
        " | आधार संख्या / Aadhaar No.=national_id:in_aadhaar321"
        " | पिता का नाम / Father's Name=-:in_father321"
        " | माता का नाम / Mother's Name=-:in_mother321 | पता / Address=address:in_addr321"
        " | जिला / District=district:in_dist321 | पिन कोड / PIN=postcode:in_pin321"
        " | अभिभावक मोबाइल / Guardian Mobile=-:in_gphone321"
        " | विद्यालय / School=-:in_school321 | कक्षा / Class=-:in_class321"
        " | श्रेणी / Category=-:in_cat321 | बैंक खाता सं. / A/c No.=-:in_acct321"
        " | IFSC=-:in_ifsc321 | स्वीकृति तिथि / Sanction Date=date@%d-%m-%Y"
        " | मासिक राशि (₹)=-:in_amt321",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "ninos_proceso_restablecimiento_derechos_pard_centro_zonal_icbf_co321",
        "No.=row | Tipo Doc.=-:co_tdoc321 | Número Documento=national_id:co_nuip321"
        " | Primer Apellido=family_name:co_ap1_321 | Segundo Apellido=-:co_ap2_321"
        " | Nombres=given_name:co_nom321 | Fecha Nacimiento=birth_date:co_fnac321"
        " | Sexo=sex:co_sex321 | Dirección=street:co_dir321 | Municipio=district:co_mun321"
        " | Departamento=state:co_dep321 | Motivo de Ingreso=-:co_motivo321"
        " | Medida de Restablecimiento=-:co_medida321 | Fecha Apertura PARD=date@%d/%m/%Y"
        " | Defensor(a) de Familia=-:co_defensor321 | Acudiente=-:co_acud321"
        " | Tel. Acudiente=-:co_tel321 | Institución Educativa=-:co_ie321"
        " | Estado del Proceso=-:co_estado321",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "data_anak_asuh_lembaga_kesejahteraan_sosial_anak_lksa_dinsos_id321",
        "No=row | NIK=national_id:id_nik321 | No. KK=-:id_kk321"
        " | Nama Lengkap=full_name:id_name321 | Tempat Lahir=-:id_tpl321"
        " | Tanggal Lahir=birth_date:id_tgl321 | L/P=sex:id_sex321"
        " | Nama Ayah=-:id_ayah321 | Nama Ibu=-:id_ibu321 | Status Anak=-:id_status321"
        " | Alamat Asal=street:id_alamat321 | Desa/Kelurahan=suburb:id_desa321"
        " | Kecamatan=district:id_kec321 | Sekolah=-:id_sekolah321 | Kelas=-:id_kelas321"
        " | Tgl Masuk LKSA=date@%d/%m/%Y | Wali / Penanggung Jawab=-:id_wali321"
        " | No. HP Wali=-:id_hpwali321",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "uk_nhs321",
    "ke_id321",
    "in_aadhaar321",
    "co_nuip321",
    "id_nik321",
)
SEX_HOLDS: tuple[str, ...] = ("uk_sex321", "ke_sex321", "in_sex321", "co_sex321", "id_sex321")
NAME_HOLDS = frozenset(
    {
        "uk_family321",
        "uk_given321",
        "ke_name321",
        "in_child321",
        "co_ap1_321",
        "co_nom321",
        "id_name321",
    }
)
PHONE_HOLDS: tuple[str, ...] = ("ke_phone321",)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("in_addr321",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND321",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND321",
]
