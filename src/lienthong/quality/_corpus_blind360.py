"""The three-hundred-and-sixtieth part of the outside corpus, **blind 360** (written 13:08 UTC,
2026-12-07, never used for tuning): person files a commune's poor-household review board, a
commune police team collecting population data, a district social insurance office, a flood-hit
commune, a land registration office, a Philippine barangay's CBMS enumerators, an Indonesian
Dukcapil office, a Kenyan census enumeration area and a Brazilian CRAS could hand over, each a
household roster in long form: one row a member, with the household's code, the member's
relationship to the head and the head's name (sometimes the head's id or phone) repeated on
every row. Five Vietnamese files: the member list of a poor-household review in Excel (the
household code, the head, the relationship, the personal id number, ethnic group, schooling,
work, health card yes/no, the household's class); a commune police population collection for
the national database in UTF-8 with semicolons (the dossier number, the head and the head's id,
the person's id, the birth registration place, home town, religion, blood group, marital status,
the permanent and the current residence, the father); a near-poor households' health insurance
list in UTF-16 with tabs (the social insurance code, the CCCD, the household code, the head, the
first-contact clinic, the state share, the decision recognising the household, the card start);
a flood-relief roster in UTF-8 with a BOM and semicolons (the head, his phone, the member's
group, the damage to the house, the rice handed out); and the members of a household allocated
farmland in Windows-1258 with tabs (the head and his old CMND, the map sheet, parcel, area and
land class, the certificate date).
Four foreign files: a Philippine CBMS household roster in UTF-8 (household ID, line number, last,
first and middle names, relationship to the head, the head's name, PhilSys number, barangay,
city and province); an Indonesian Kartu Keluarga member list in UTF-8 with semicolons (No. KK,
the head, the NIK, place and date of birth, religion, schooling, work, the relationship, the
father's and mother's names, RT/RW, desa, kecamatan, kabupaten); a Kenyan census household
roster in Excel (household and EA numbers, the relationship, age, the ID number, the head's name
and ID number, county, sub-county, location, village); and a Brazilian CadÚnico family
composition in Windows-1252 with semicolons (the family code, the responsible person and her
CPF, the order number, the relationship, the NIS, the CPF, the mother, the address, CEP).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind360_writers import WRITERS_BLIND360
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND360: tuple[Shape, ...] = (
    _shape(
        "thanh_vien_ho_ra_soat_ho_ngheo_phieu_b_ban_chi_dao_giam_ngheo_xa_vn360",
        "STT=row | Mã hộ=-:hh_code360 | Họ và tên chủ hộ=-:head_name360"
        " | Họ và tên thành viên=full_name | Quan hệ với chủ hộ=-:rel360"
        " | Ngày tháng năm sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số định danh cá nhân=cccd | Dân tộc=-:ethnic360 | Trình độ học vấn=-:edu360"
        " | Tình trạng việc làm=-:job360 | Có thẻ BHYT=-:has_bhyt360"
        " | Phân loại hộ=-:hh_class360 | Ngày rà soát=date@%d/%m/%Y | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "nhan_khau_theo_ho_thu_thap_thong_tin_dan_cu_csdlqg_cong_an_xa_vn360",
        "TT=row | Số hồ sơ hộ=-:dossier360 | Họ tên chủ hộ=-:head_name360"
        " | Số ĐDCN chủ hộ=-:head_cccd360 | Quan hệ với chủ hộ=-:rel360"
        " | Họ, chữ đệm và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Nơi đăng ký khai sinh=-:birth_reg360"
        " | Quê quán=-:hometown360 | Dân tộc=-:ethnic360 | Tôn giáo=-:religion360"
        " | Nhóm máu=-:blood360 | Tình trạng hôn nhân=-:marital360 | Nơi thường trú=address"
        " | Nơi ở hiện tại=address | Họ tên cha=-:father360 | Số điện thoại=phone"
        " | Ngày thu thập=date@%d/%m/%Y",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "thanh_vien_ho_can_ngheo_de_nghi_cap_the_bhyt_bhxh_huyen_vn360",
        "STT=row | Họ và tên=full_name | Mã số BHXH=bhxh | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD/ĐDCN=cccd:cccd_spaced | Mã hộ GĐ=-:hh_code360"
        " | Chủ hộ=-:head_name360 | Quan hệ với chủ hộ=-:rel360 | Địa chỉ=address"
        " | Nơi ĐK KCB ban đầu=-:kcb360 | Mức NSNN hỗ trợ=-:support360"
        " | QĐ công nhận hộ cận nghèo=-:decision360 | Thẻ có giá trị từ=date@%d/%m/%Y"
        " | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nhan_khau_ho_bi_anh_huong_lu_lut_nhan_cuu_tro_gao_ubnd_xa_vn360",
        "TT=row | Mã hộ=-:hh_code360 | Họ tên chủ hộ=-:head_name360"
        " | SĐT chủ hộ=-:head_phone360 | Họ tên nhân khẩu=full_name | QH với CH=-:rel360"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd"
        " | Đối tượng dễ bị tổn thương=-:victim360 | Địa chỉ=address"
        " | Mức độ thiệt hại nhà ở=-:damage360 | Gạo cứu trợ (kg)=-:rice360"
        " | Ngày nhận=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "nhan_khau_ho_duoc_giao_dat_nong_nghiep_vpdkdd_huyen_vn360",
        "TT=row | Chủ hộ=-:head_name360 | Số CMND chủ hộ=-:head_cmnd360"
        " | Họ tên thành viên hộ=full_name | Quan hệ=-:rel360 | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Nơi thường trú=address | Tờ bản đồ số=-:sheet360"
        " | Thửa đất số=-:parcel360 | Diện tích (m²)=-:area360 | Loại đất=-:land_kind360"
        " | Ngày cấp GCN=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "cbms_household_roster_barangay_ph360",
        "Household ID=-:ph_hhid360 | Line No.=row | Last Name=family_name:ph_last360"
        " | First Name=given_name:ph_first360 | Middle Name=-:ph_middle360"
        " | Relationship to Household Head=-:ph_rel360 | Name of Household Head=-:ph_head360"
        " | Sex=sex:ph_sex360 | Date of Birth (MM/DD/YYYY)=birth_date@%m/%d/%Y"
        " | Age=-:ph_age360 | Marital Status=-:ph_marital360"
        " | PhilSys Number (PSN)=national_id:ph_psn360 | Barangay=suburb:ph_brgy360"
        " | City/Municipality=district:ph_city360 | Province=state:ph_prov360"
        " | Contact No.=phone:ph_phone360 | Date of Visit=date@%m/%d/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "anggota_kartu_keluarga_dukcapil_id360",
        "No=row | No. KK=-:id_kk360 | Nama Kepala Keluarga=-:id_head360"
        " | Nama Lengkap=full_name:id_name360 | NIK=national_id:id_nik360"
        " | Jenis Kelamin=sex:id_sex360 | Tempat Lahir=-:id_birthplace360"
        " | Tanggal Lahir=birth_date@%d-%m-%Y | Agama=-:id_religion360"
        " | Pendidikan=-:id_edu360 | Jenis Pekerjaan=-:id_job360"
        " | Status Perkawinan=-:id_marital360 | Status Hubungan Dalam Keluarga=-:id_rel360"
        " | Nama Ayah=-:id_father360 | Nama Ibu=-:id_mother360 | Alamat=street:id_street360"
        " | RT/RW=-:id_rtrw360 | Desa/Kelurahan=suburb:id_desa360"
        " | Kecamatan=suburb:id_kec360 | Kabupaten/Kota=district:id_kab360"
        " | Tgl. Dikeluarkan=date@%d-%m-%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "census_household_roster_enumeration_area_ke360",
        "County=state:ke_county360 | Sub-County=district:ke_sub360 | Location=suburb:ke_loc360"
        " | Village=suburb:ke_village360 | EA No.=-:ke_ea360 | Household No.=-:ke_hh360"
        " | Name of Household Head=-:ke_head360 | Head's ID No.=-:ke_head_id360"
        " | Line No.=row | Name of Household Member=full_name:ke_name360"
        " | Relationship to Head=-:ke_rel360 | Sex=sex:ke_sex360 | Age (Years)=-:ke_age360"
        " | Date of Birth=birth_date@%d/%m/%Y | National ID No.=national_id:ke_id360"
        " | Highest Level of Education=-:ke_school360 | Mobile No.=phone:ke_phone360"
        " | Date of Enumeration=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "cadunico_composicao_familiar_cras_br360",
        "Cód. familiar=-:br_cod360 | Nome do RF=-:br_head360 | CPF do RF=-:br_head_cpf360"
        " | Nº de ordem=row | Nome completo=full_name:br_name360"
        " | Parentesco com o RF=-:br_rel360 | Sexo=sex:br_sex360"
        " | Data de nascimento=birth_date@%d/%m/%Y | NIS=-:br_nis360 | CPF=national_id:br_cpf360"
        " | Nome completo da mãe=-:br_mother360 | Endereço=street:br_street360"
        " | CEP=postcode:br_cep360 | Município=district:br_mun360 | UF=state:br_uf360"
        " | Telefone=phone:br_phone360 | Renda mensal (R$)=-:br_income360"
        " | Data da última atualização=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("ph_psn360", "id_nik360", "ke_id360", "br_cpf360")
SEX_HOLDS: tuple[str, ...] = ("ph_sex360", "id_sex360", "ke_sex360", "br_sex360")
NAME_HOLDS = frozenset({"ph_last360", "ph_first360", "id_name360", "ke_name360", "br_name360"})
PHONE_HOLDS: tuple[str, ...] = ("ph_phone360", "ke_phone360", "br_phone360")
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND360",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND360",
]
