"""The seventy-eighth part of the outside corpus, **blind 78** (written 15:04 UTC, 2026-12-06, never
used for tuning): person files a commune insuring rice crops, a ward supporting orphans, a
district paying scholarships, a commune evacuating households before a flood, a Brunei welfare
office, a Macau social security office, a Solomon Islands provincial office, a Vanuatu disaster
office and a Jaffna divisional secretariat could hand over. Four Vietnamese files: a commune's
list of households insuring their rice crop in Excel (the field's plot and area in m², the
season, the poverty class, the premium, the share the state pays and its amount, the insured
risks, the certificate number); a ward's list of orphans and children without parental care in
UTF-16 with tabs (the child's situation, the guardian who receives the money with their
relation, CCCD and phone, the monthly amount, the decision); a district's scholarship transfers
in Windows-1258 with semicolons (the class and school, the scholarship, the account holder, often
a parent, in capitals, the relation, the account number and bank, the transfer reference); and a
commune's flood evacuation list in UTF-8 with tabs (the household head as the record, the
members count, the vulnerable people, the shelter, the status and hour, the village head).
Five foreign files: a Brunei welfare list in UTF-8 with Malay/English headers (the IC number
00-123456 with its colour, bin/binti names, kampong and mukim, daerah, the postcode, the
kampong head); a Macau subsidy list in UTF-8 with a BOM and Portuguese/Chinese headers (the BIR
number with its bracketed check digit, the romanised surname and name apart, the Chinese name,
the freguesia); a Solomon Islands list in Excel with English/Pijin headers (the voter ID, the
NPF number, village, ward and province, the employer, the chief); a Vanuatu cyclone damage list
with Bislama/English/French headers and semicolons (the ID card number, village, area council,
island and province); and a Jaffna district assistance list in UTF-8 with Tamil-script and
English headers (the old NIC of nine digits and V, the GN division, the DS division, the GN
officer).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind78_writers import WRITERS_BLIND78
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND78: tuple[Shape, ...] = (
    _shape(
        "bao_hiem_nong_nghiep_cay_lua_vn78",
        "STT=row | Họ và tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Địa chỉ=address:rice_addr78 | Vị trí thửa ruộng=-:field_plot78"
        " | Diện tích tham gia BH (m2)=-:area_m2_78 | Vụ=-:season78"
        " | Đối tượng (nghèo/cận nghèo/khác)=-:poor78 | Phí BH (đồng)=-:premium78"
        " | Tỷ lệ NSNN hỗ trợ=-:share78 | NSNN hỗ trợ (đ)=-:state_pays78"
        " | Rủi ro được BH=-:risks78 | Số GCN bảo hiểm=-:policy78 | SĐT=phone"
        " | Ngày ký HĐ=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "tre_em_mo_coi_khong_nguon_nuoi_duong_vn78",
        "STT=row | Họ và tên trẻ=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Mã định danh cá nhân=cccd | Hoàn cảnh=-:orphan_kind78"
        " | Nơi ở hiện nay=address:ward_addr78"
        " | Họ tên người giám hộ (người nhận tiền)=-:guardian78"
        " | Quan hệ với trẻ=-:guardian_rel78 | Số CCCD người giám hộ=-:guardian_cccd78"
        " | SĐT người giám hộ=-:guardian_phone78 | Mức trợ cấp/tháng (đ)=-:monthly78"
        " | Số QĐ=-:decision78 | Hưởng từ ngày=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "chuyen_khoan_hoc_bong_vn78",
        "TT=row | Họ tên học sinh=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Mã định danh=cccd | Địa chỉ thường trú=address | Lớp=-:grade78"
        " | Trường=-:school78 | Loại học bổng=-:scholarship78 | Số tiền (đ)=-:amount78"
        " | Chủ tài khoản=-:account_holder78 | Quan hệ với HS=-:holder_rel78"
        " | Số tài khoản=-:account78 | Ngân hàng=-:bank78 | Mã GD=-:transfer_ref78"
        " | Ngày CK=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_tan_dan_mua_lu_vn78",
        "TT=row | Họ tên chủ hộ=full_name | Ng.sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd:cccd_spaced | Địa chỉ=address:evac_addr78"
        " | Số nhân khẩu=-:members78 | Đối tượng dễ bị tổn thương=-:vulnerable78"
        " | Nơi sơ tán đến=-:shelter78 | Tình trạng=-:evac_status78"
        " | Giờ di dời=-:evac_time78 | Ngày di dời=date@%d/%m/%Y"
        " | Trưởng thôn phụ trách=-:village_head78 | SĐT liên hệ=phone",
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "penerima_bantuan_japem_bn78",
        "Bil.=row | Nama Penuh / Full Name=full_name:bn_name78"
        " | No. Kad Pengenalan / IC No.=national_id:ic_bn78 | Warna IC / IC Colour=-:ic_colour78"
        " | Tarikh Lahir / Date of Birth=birth_date@%d.%m.%Y | Jantina / Sex=sex:sex_bn78"
        " | Alamat / Address=address:addr_bn78 | Daerah / District=district:daerah_bn78"
        " | Poskod / Postcode=postcode:poskod_bn78 | No. Telefon=phone:phone_bn78"
        " | Skim Bantuan=-:scheme_bn78 | Ketua Kampung=-:ketua_kg78"
        " | Tarikh Permohonan=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "beneficiarios_subsidio_mo78",
        "N.º / 編號=row | N.º do BIR / 身份證編號=national_id:bir_mo78"
        " | Apelido / 姓=family_name:mo_family78 | Nome / 名=given_name:mo_given78"
        " | Nome em chinês / 中文姓名=full_name:mo_chinese78 | Sexo / 性別=sex:sex_mo78"
        " | Data de nascimento / 出生日期=birth_date@%d/%m/%Y"
        " | Endereço / 地址=street:street_mo78 | Freguesia / 堂區=suburb:parish_mo78"
        " | Telefone / 電話=phone:phone_mo78 | Tipo de subsídio / 津貼類別=-:subsidy_mo78"
        " | Montante / 金額=-:amount_mo78 | Data de atribuição / 發放日期=date@%Y-%m-%d",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "ward_register_sb78",
        "No.=row | Voter ID No.=national_id:voter_sb78 | NPF No.=-:npf_sb78"
        " | Surname / Nem blong famili=family_name:sb_family78"
        " | Given name / Fes nem=given_name:sb_given78 | Sex / Man o Woman=sex:sex_sb78"
        " | Date of Birth / Det blong bon=birth_date@%d/%m/%Y"
        " | Village / Vilij=suburb:village_sb78 | Ward=ward:ward_sb78"
        " | Province / Provins=province:province_sb78 | Phone / Namba fon=phone:phone_sb78"
        " | Employer / Wok ples=-:employer_sb78 | Chief / Jif=-:chief_sb78"
        " | Date registered=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "lis_blong_damej_saeklon_vu78",
        "No.=row | Namba blong ID kad / ID Card No. / N° carte d'identité=national_id:id_vu78"
        " | Famili nem / Surname / Nom=family_name:vu_family78"
        " | Fes nem / First name / Prénom=given_name:vu_given78"
        " | Seks / Sex / Sexe=sex:sex_vu78"
        " | Dei blong bon / Date of birth / Date de naissance=birth_date@%d/%m/%Y"
        " | Vilej / Village=suburb:village_vu78"
        " | Eria kaonsel / Area Council / Conseil de zone=district:council_vu78"
        " | Aelan / Island / Île=-:island_vu78 | Provins / Province=province:province_vu78"
        " | Namba fon / Phone / Téléphone=phone:phone_vu78"
        " | Damej / Damage / Dégâts=-:damage_vu78 | Dei blong rejista=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "udhavi_payanaligal_jaffna_lk78",
        "இல. / No.=row | பெயர் / Name=full_name:lk_name78"
        " | தே.அ.அ. இல / NIC No.=national_id:nic_lk78"
        " | பிறந்த திகதி / Date of Birth=birth_date@%Y-%m-%d | பால் / Sex=sex:sex_lk78"
        " | முகவரி / Address=address:addr_lk78 | கி.சே. பிரிவு / GN Division=suburb:gn_lk78"
        " | பி.செ. பிரிவு / DS Division=district:ds_lk78"
        " | தொலைபேசி / Phone=phone:phone_lk78 | உதவி வகை / Assistance=-:aid_lk78"
        " | கி.சே. அலுவலர் / GN Officer=-:gn_officer78"
        " | கொடுப்பனவு திகதி / Payment date=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("ic_bn78", "bir_mo78", "voter_sb78", "id_vu78", "nic_lk78")
SEX_HOLDS: tuple[str, ...] = ("sex_bn78", "sex_mo78", "sex_sb78", "sex_vu78", "sex_lk78")
NAME_HOLDS = frozenset(
    {"bn_name78", "mo_family78", "mo_given78", "mo_chinese78", "sb_family78", "sb_given78"}
    | {"vu_family78", "vu_given78", "lk_name78"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_bn78",
    "phone_mo78",
    "phone_sb78",
    "phone_vu78",
    "phone_lk78",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "rice_addr78",
    "ward_addr78",
    "evac_addr78",
    "addr_bn78",
    "addr_lk78",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND78",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND78",
]
