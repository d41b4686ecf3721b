"""The hundred-and-twenty-ninth part of the outside corpus, **blind 129** (written 20:06 UTC,
2026-12-06, never used for tuning): person files a ward paying single parents of poor households
their monthly allowance, a water supply company, a provincial justice department handling
applications to give up Vietnamese nationality, a voluntary supplementary pension fund, a
Chinese vocational skill assessment centre, Macau's labour bureau, Singapore's housing board,
Malaysia's road transport department and Timor-Leste's electoral administration could hand over.
Four Vietnamese files: single parents raising children in poor households on the monthly social
allowance in Excel (the child and its birth year, the number of children, the marital situation,
the coefficient and the amount, the month it runs from, the decision, the bank account); a water
company's customers in Windows-1258 with semicolons and headers without diacritics (the customer
code, the meter and its size, the old and new readings, the consumption, the tariff group, the
household size, the bill, the reader, the time updated); applications to give up Vietnamese
nationality in UTF-16 with tabs (another name, the place of birth, the passport, an address
abroad, the nationality applied for, the reason, the police check, the proposal, the clerk); and
a supplementary pension fund's accounts in UTF-8 with a BOM and semicolons (the account, the
social insurance number and tax code, the employer, the contributions of both sides, the
investment split, the beneficiary and the relation, the time updated).
Five foreign files: a Chinese vocational skill level assessment list in GBK (the admission
ticket, the document type, the 18-character 居民身份证号码 with its check character, schooling,
employer, trade, level, the theory and skill marks, the certificate number, an address); a
Macanese subsidised training course list with Chinese and Portuguese headers (the BIR with its
bracketed digit, the Chinese and romanised names, the course, the attendance, the allowance in
patacas, an emergency contact); an HDB flat application list (the NRIC or FIN with its check
letter, race, citizenship, marital status, the block address and postal code, the co-applicant
and their NRIC, the scheme, flat type, project, household income, the queue number); a Malaysian
JPJ driving test list in Malay (the MyKad number with the birth date and the state code, the
licence class, the test, the driving school, the learner's licence, the result, the examiner);
and a Timorese voter registration list in Tetum and Portuguese (the voter card number, the place
of birth, the father and mother, the aldeia, suku, posto and município, the kind of registration,
the document shown, the brigade).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind129_writers import WRITERS_BLIND129
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND129: tuple[Shape, ...] = (
    _shape(
        "tro_cap_nguoi_don_than_nuoi_con_ho_ngheo_nd20_vn129",
        "STT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Nơi cư trú=address"
        " | Họ tên con đang nuôi=-:child129 | Năm sinh của con=-:child_year129"
        " | Số con=-:children129 | Tình trạng hôn nhân=-:marital129 | Hệ số=-:coef129"
        " | Mức trợ cấp hàng tháng (đồng)=-:allow129 | Hưởng từ tháng=-:from_month129"
        " | Số QĐ=-:decision129 | Ngày QĐ=date@%d/%m/%Y | Số tài khoản=-:bank_acct129"
        " | Số ĐT=phone | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "khach_hang_su_dung_nuoc_cong_ty_cap_nuoc_vn129",
        "STT=row | Ma KH=-:water_cust129 | Ten khach hang=full_name:full_name_ascii"
        " | Ngay sinh=birth_date@%d/%m/%Y | So CCCD=cccd"
        " | Dia chi lap dat=address:address_ascii | DT lien he=phone | Ma DH=-:meter129"
        " | Co DH=-:meter_size129 | CS cu=-:reading_old129 | CS moi=-:reading_new129"
        " | Tieu thu (m3)=-:usage129 | Doi tuong gia=-:tariff129 | So NK=-:household129"
        " | Thanh tien (d)=-:water_bill129 | Ngay ghi=date@%d/%m/%Y"
        " | NV ghi thu=-:reader129 | Cap nhat=timestamp",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_so_xin_thoi_quoc_tich_viet_nam_so_tu_phap_vn129",
        "STT=row | Họ, chữ đệm và tên=full_name | Tên gọi khác=-:alias129"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Nơi sinh=-:birthplace129"
        " | Số ĐDCN=cccd | Hộ chiếu số=-:passport129 | Nơi cư trú hiện nay=address"
        " | Địa chỉ ở nước ngoài=-:abroad_addr129 | QT xin nhập=-:new_nat129"
        " | Lý do=-:reason129 | Ngày nhận HS=date@%d/%m/%Y | KQ xác minh (CA tỉnh)=-:verify129"
        " | Số VB đề xuất=-:proposal129 | Người thụ lý=-:handler129 | Email=email",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "tai_khoan_huu_tri_bo_sung_tu_nguyen_vn129",
        "STT=row | Mã TK HTBS=-:pension_acct129 | Họ tên NLĐ=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd | Mã số BHXH=bhxh"
        " | MST cá nhân=mst | Đơn vị SDLĐ=-:employer129 | Ngày tham gia=date@%d/%m/%Y"
        " | Mức đóng NLĐ (đ/tháng)=-:contrib_ee129 | Mức đóng NSDLĐ (đ/tháng)=-:contrib_er129"
        " | Tỷ lệ CP/TP (%)=-:alloc129 | Người thụ hưởng=-:beneficiary129"
        " | Quan hệ=-:benef_rel129 | Email=email | ĐTDĐ=phone | Cập nhật lúc=timestamp",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "zhiye_jineng_dengji_rending_kaosheng_cn129",
        "序号=row | 准考证号=-:cn_ticket129 | 姓名=full_name:cn_name129 | 性别=sex:sex_cn129"
        " | 出生日期=birth_date@%Y-%m-%d | 证件类型=-:cn_doc_type129"
        " | 证件号码=national_id:cn_id129 | 文化程度=-:cn_edu129"
        " | 工作单位=-:cn_employer129 | 职业（工种）=-:cn_trade129 | 申报等级=-:cn_level129"
        " | 理论知识成绩=-:cn_theory129 | 操作技能成绩=-:cn_skill129 | 是否合格=-:cn_pass129"
        " | 证书编号=-:cn_cert129 | 手机号码=phone:cn_phone129 | 通讯地址=address:cn_addr129"
        " | 考试日期=date@%Y年%m月%d日",
        english=True,
        encoding="gbk",
    ),
    _shape(
        "formandos_formacao_subsidiada_dsal_mo129",
        "編號 N.º=row | 身份證明文件編號 N.º do BIR=national_id:mo_bir129"
        " | 中文姓名 Nome em chinês=full_name:mo_name_zh129"
        " | 外文姓名 Nome em português/inglês=full_name:mo_name_pt129"
        " | 出生日期 Data de nascimento=birth_date@%d/%m/%Y | 性別 Sexo=sex:sex_mo129"
        " | 聯絡電話 Telefone=phone:mo_phone129 | 住址 Morada=address:mo_addr129"
        " | 課程編號 Código do curso=-:mo_course_code129"
        " | 課程名稱 Designação do curso=-:mo_course129"
        " | 開課日期 Data de início=date@%d/%m/%Y | 出席率 Assiduidade=-:mo_attend129"
        " | 培訓津貼 Subsídio (MOP)=-:mo_allow129"
        " | 緊急聯絡人 Contacto de emergência=-:mo_contact129 | 狀況 Situação=-:mo_status129",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "hdb_flat_application_sg129",
        "S/No=row | Application No.=-:sg_app129 | Applicant NRIC/FIN=national_id:sg_nric129"
        " | Name (as in NRIC)=full_name:sg_name129 | Date of Birth=birth_date@%d/%m/%Y"
        " | Sex=sex:sex_sg129 | Race=-:sg_race129 | Citizenship=-:sg_cit129"
        " | Marital Status=-:sg_marital129 | Present Address=address:sg_addr129"
        " | Postal Code=postcode:sg_postal129 | Mobile No.=phone:sg_phone129"
        " | Co-applicant Name=-:sg_co_name129 | Co-applicant NRIC=-:sg_co_nric129"
        " | Relationship=-:sg_rel129 | Scheme=-:sg_scheme129 | Flat Type=-:sg_flat129"
        " | Project=-:sg_project129 | Gross Monthly Household Income (S$)=-:sg_income129"
        " | Queue No.=-:sg_queue129 | Application Date=date@%d/%m/%Y",
        english=True,
    ),
    _shape(
        "calon_ujian_memandu_jpj_my129",
        "Bil.=row | No. Kad Pengenalan=national_id:my_ic129 | Nama Penuh=full_name:my_name129"
        " | Tarikh Lahir=birth_date@%d/%m/%Y | Jantina=sex:sex_my129"
        " | Alamat=address:my_addr129 | Poskod=postcode:my_pc129 | Bandar=district:my_town129"
        " | Negeri=state:my_state129 | No. Tel. Bimbit=phone:my_phone129"
        " | Kelas Lesen=-:my_class129 | Jenis Ujian=-:my_test129"
        " | Institut Memandu=-:my_school129 | No. LDL=-:my_ldl129"
        " | Tarikh Ujian=date@%d/%m/%Y | Keputusan=-:my_result129"
        " | Pegawai Penguji=-:my_examiner129",
        english=True,
    ),
    _shape(
        "rejistu_eleitoral_stae_tl129",
        "Nú. / N.º=row"
        " | Númeru kartaun eleitorál / N.º do cartão de eleitor=national_id:tl_card129"
        " | Naran kompletu / Nome completo=full_name:tl_name129"
        " | Data moris / Data de nascimento=birth_date@%d-%m-%Y | Seksu / Sexo=sex:sex_tl129"
        " | Fatin moris / Local de nascimento=-:tl_birthplace129"
        " | Naran aman / Nome do pai=-:tl_father129 | Naran inan / Nome da mãe=-:tl_mother129"
        " | Aldeia=suburb:tl_aldeia129 | Suku=ward:tl_suku129"
        " | Postu Administrativu / Posto Administrativo=district:tl_postu129"
        " | Munisípiu / Município=province:tl_munisipiu129"
        " | Tipu rejistu / Tipo de registo=-:tl_regtype129"
        " | Dokumentu / Documento apresentado=-:tl_doc129 | Brigada=-:tl_brigade129"
        " | Data rejistu / Data de registo=date@%d-%m-%Y | Telemovel=phone:tl_phone129",
        english=True,
        encoding="utf-8-sig",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("cn_id129", "mo_bir129", "sg_nric129", "my_ic129", "tl_card129")
SEX_HOLDS: tuple[str, ...] = ("sex_cn129", "sex_mo129", "sex_sg129", "sex_my129", "sex_tl129")
NAME_HOLDS = frozenset(
    {"cn_name129", "mo_name_zh129", "mo_name_pt129", "sg_name129", "my_name129", "tl_name129"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "cn_phone129",
    "mo_phone129",
    "sg_phone129",
    "my_phone129",
    "tl_phone129",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("sg_addr129", "my_addr129")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND129",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND129",
]
