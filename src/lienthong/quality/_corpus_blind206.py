"""The two hundred and sixth part of the outside corpus, **blind 206** (written 04:20 UTC,
2026-12-07, never used for tuning): person files a bank branch, an eye bank, a commune police
station, a provincial education department, a Bolivian disability office, the Paraguayan power
company, a north-eastern Brazilian farmers' union, a Surinamese social affairs office and a
Belizean health insurance office could hand over. Four Vietnamese files: a bank branch's list of
customers who updated their biometrics against the chip of their CCCD, in UTF-8 with a BOM and
semicolons (the customer code, the account, the date and issuer of the card, the channel, the
answer of the population database, the teller, the time of the update); an eye bank's register of
people pledging their corneas, in Excel (the blood group, the consenting relative, the relation
and their phone, the donor card, the place that took the pledge); a commune police station's list
of vehicle owners given an identity plate, in UTF-16 with tabs (the vehicle, the brand, the old
and the new plate, the engine number, the date the old plate was taken back, the officer); and a
provincial education department's list of free candidates for the high-school graduation exam, in
Windows-1258 with semicolons (the candidate number, the ethnic group, the place of birth, the
priority group and area, the exam site, the year they left school, the subjects).
Five foreign files: a Bolivian list of people drawing the Renta Solidaria for severe disability in
Windows-1252 with semicolons (the C.I. with its department suffix, two surnames apart, the
disability card, its kind and grade, the tutor, the paying bank); a Paraguayan list of households
on the ANDE social tariff in UTF-8 with headers in Spanish and Guaraní (the cédula with its dots,
the compañía, distrito and departamento, the supply number, the consumption, the head of the
household); a Garantia-Safra list of a Ceará farmers' union in Windows-1252 with semicolons (the
CPF with its two check digits, the NIS with its own, the mother's name, the sítio or comunidade,
município and UF, the CAF, the area and the crop); a Surinamese child allowance list in Excel
with Dutch headers (the ID-nummer, ressort and district, the number and a name of the children,
the bank account, the officer); and a Belizean National Health Insurance list in UTF-8 with
English and Kriol headers (the social security number, the area and district, the primary care
provider, the next of kin and their phone, remarks in Kriol).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind206_writers import WRITERS_BLIND206
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND206: tuple[Shape, ...] = (
    _shape(
        "khach_hang_cap_nhat_sinh_trac_hoc_doi_chieu_cccd_chip_chi_nhanh_ngan_hang_vn206",
        "STT=row | Mã KH (CIF)=-:cif206 | Tên khách hàng=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD/CC gắn chip=cccd"
        " | Ngày cấp=date@%d/%m/%Y | Nơi cấp=-:issuer206 | Số TK thanh toán=-:acct206"
        " | SĐT nhận OTP=phone | Địa chỉ liên hệ=address | Kênh cập nhật=-:bio_channel206"
        " | KQ đối chiếu CSDLQG về DC=-:c06_206 | Thời điểm cập nhật=timestamp"
        " | GDV thực hiện=-:teller206",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "nguoi_dang_ky_hien_giac_mac_sau_khi_qua_doi_ngan_hang_mat_vn206",
        "TT=row | Họ và tên người đăng ký=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới=sex | Số CCCD=cccd:cccd_spaced | Địa chỉ thường trú=address | Điện thoại=phone"
        " | Nhóm máu=-:blood206 | Người thân đồng ý=-:kin206 | Quan hệ=-:rel206"
        " | ĐT người thân=-:kin_phone206 | Ngày đăng ký=date@%d/%m/%Y"
        " | Số thẻ hiến GM=-:card206 | Nơi tiếp nhận=-:site206 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "chu_xe_cap_bien_so_dinh_danh_thu_hoi_bien_cu_cong_an_xa_vn206",
        "STT=row | Họ tên chủ xe=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số định danh cá nhân=cccd | Nơi thường trú=address | Loại xe=-:vehicle206"
        " | Nhãn hiệu=-:brand206 | Biển số cũ=-:old_plate206 | Biển số định danh=-:new_plate206"
        " | Số máy=-:engine206 | Ngày thu hồi biển=date@%d/%m/%Y"
        " | Cán bộ đăng ký=-:plate_officer206 | SĐT chủ xe=phone",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "thi_sinh_tu_do_dang_ky_du_thi_tot_nghiep_thpt_so_gddt_vn206",
        "TT=row | SBD=-:sbd206 | Ho va ten thi sinh=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex | So CCCD=cccd | Dan toc=-:ethnic206 | Noi sinh=-:birthplace206"
        " | HKTT (xa/phuong, tinh)=address | Doi tuong UT=-:priority206 | Khu vuc=-:kv206"
        " | Diem thi=-:exam_site206 | Nam TN THPT/roi truong=-:grad_year206"
        " | Mon dang ky thi=-:subjects206 | DT lien he=phone | Email=email",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "beneficiarios_renta_solidaria_discapacidad_grave_bo206",
        "Nº=row | C.I.=national_id:ci_bo206 | Apellido Paterno=family_name:bo_pat206"
        " | Apellido Materno=-:bo_mat206 | Nombre(s)=given_name:bo_given206"
        " | Fecha Nac.=birth_date@%d/%m/%Y | Sexo=sex:sex_bo206 | Domicilio=street:street_bo206"
        " | Municipio=district:mun_bo206 | Departamento=state:dep_bo206"
        " | Celular=phone:phone_bo206 | Nº Carnet Discapacidad=-:carnet_bo206"
        " | Tipo de discapacidad=-:dis_bo206 | Grado=-:grade_bo206"
        " | Tutor/Apoderado=-:tutor_bo206 | Entidad de pago=-:bank_bo206"
        " | Fecha de pago=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "usuarios_tarifa_social_ande_py206",
        "Nº=row | Cédula de Identidad / Cédula Paraguaigua=national_id:ci_py206"
        " | Nombres / Téra=given_name:py_given206 | Apellidos / Terajoapy=family_name:py_family206"
        " | Fecha de nacimiento / Arareñói=birth_date@%d/%m/%Y | Sexo / Kuimba'e-Kuña=sex:sex_py206"
        " | Compañía o Barrio=suburb:compania_py206 | Distrito=district:distrito_py206"
        " | Departamento=state:dep_py206 | Celular / Pumbyry=phone:phone_py206"
        " | NIS (Nº suministro)=-:nis_py206 | Consumo prom. (kWh)=-:kwh_py206"
        " | Jefe/a de hogar / Óga jára=-:jefe_py206 | Fecha de inscripción=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "adesao_garantia_safra_sttr_ceara_br206",
        "Nº=row | Nome do(a) Agricultor(a)=full_name:name_br206 | CPF=national_id:cpf_br206"
        " | NIS=-:nis_br206 | Data Nasc.=birth_date@%d/%m/%Y | Sexo=sex:sex_br206"
        " | Nome da Mãe=-:mae_br206 | Sítio/Comunidade=suburb:comunidade_br206"
        " | Município=district:mun_br206 | UF=state:uf_br206 | Telefone=phone:phone_br206"
        " | Nº CAF=-:caf_br206 | Área plantada (ha)=-:area_br206 | Cultura=-:crop_br206"
        " | Data da adesão=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "aanvragen_kinderbijslag_sozavo_sr206",
        "Volgnr.=row | ID-nummer=national_id:id_sr206 | Achternaam=family_name:sr_family206"
        " | Voornamen=given_name:sr_given206 | Geb. datum=birth_date@%d-%m-%Y"
        " | Geslacht=sex:sex_sr206 | Adres=street:street_sr206 | Ressort=suburb:ressort_sr206"
        " | District=state:district_sr206 | Telefoon=phone:phone_sr206"
        " | Aantal kinderen=-:kids_sr206 | Naam oudste kind=-:kid_sr206"
        " | Bankrekening=-:bank_sr206 | Datum aanvraag=date@%d-%m-%Y"
        " | Behandelaar=-:officer_sr206",
        english=True,
        file="xlsx",
    ),
    _shape(
        "nhi_registered_persons_southside_bz206",
        "No.=row | SS #=national_id:ssn_bz206 | Surname=family_name:bz_family206"
        " | First Name=given_name:bz_given206 | DOB=birth_date@%d/%m/%Y | Sex=sex:sex_bz206"
        " | Address (Weh yu liv)=street:street_bz206 | Area/Village=suburb:area_bz206"
        " | District=state:district_bz206 | Fone=phone:phone_bz206"
        " | Registered PCP=-:pcp_bz206 | Date Registered=date@%d/%m/%Y"
        " | Nex a Kin=-:kin_bz206 | Nex a Kin Fone=-:kin_phone_bz206"
        " | Remarks=-:remark_bz206",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("ci_bo206", "ci_py206", "cpf_br206", "id_sr206", "ssn_bz206")
SEX_HOLDS: tuple[str, ...] = ("sex_bo206", "sex_py206", "sex_br206", "sex_sr206", "sex_bz206")
NAME_HOLDS = frozenset(
    {"bo_pat206", "bo_given206", "py_given206", "py_family206", "name_br206"}
    | {"sr_family206", "sr_given206", "bz_family206", "bz_given206"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_bo206",
    "phone_py206",
    "phone_br206",
    "phone_sr206",
    "phone_bz206",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND206",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND206",
]
