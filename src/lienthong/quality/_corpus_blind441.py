"""The four-hundred-and-forty-first part of the outside corpus, **blind 441** (written 01:15 UTC,
2026-12-08, never used for tuning): person files a province's drug rehabilitation centre, a
commune health station running community-based rehabilitation, a ward police post, a district's
community mental health programme, a Thai rehabilitation hospital, a Malaysian AADK district
office, a Kyrgyz district social protection office, a Portuguese IPSS and a Ghanaian district
social welfare office could hand over. Four Vietnamese files: a drug rehabilitation centre's
residents with their families in Windows-1258 with semicolons (the resident code, the form of
rehab, the court decision, the substance, the stage, the room, a relative with their relation
and phone, the admission and expected release dates); a commune's community-based rehabilitation
list of people with disabilities in Excel (the hamlet alone, the full address, the kind and
degree of disability, the certificate, the aid, the collaborator, the carer, the monthly
allowance); a ward's list of people under management after rehab in UTF-16 with tabs (the
address, the centre they left, the date back home, the management status, the last urine test,
the police officer in charge, the person assigned to help them); and a district's community
mental health programme's patients with carers in UTF-8 with a BOM and semicolons (the patient
code, the ICD diagnosis, the medicine, the state, the carer with relation and phone, the health
insurance card, the time last updated).
Five foreign files: a Thai rehabilitation hospital's romanised admission list in UTF-8 with tabs
(the 13-digit id with its mod-11 digit, titled names, Buddhist-era dates, Moo/Tambon/Amphoe
addresses, the province and postcode apart, the substance and programme); a Malaysian AADK
client list in Excel (the MyKad, bin/binti names, the street line, postcode and town apart, the
order under the Drug Dependants Act, the PUSPEN, the file number, the supervising officer); a
Kyrgyz social care list in Windows-1251 with semicolons and Cyrillic headers (the ПИН, Ф.И.О.
with patronymic, the ID card, the address, the oblast, the category and service, the social
worker); a Portuguese IPSS residents list in Windows-1252 with semicolons (the cartão de cidadão
number with its check digit, the NIF with its mod-11 digit, the NISS, código postal and
localidade, the response, the dependency grade, the next of kin, the monthly fee); and a
Ghanaian social welfare list in UTF-8 (the Ghana Card PIN, surname and other names apart, the
house and street, the GhanaPost GPS address, the town and region, the scheme, the case kind, the
docket and the officer).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind441_writers import WRITERS_BLIND441
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND441: tuple[Shape, ...] = (
    _shape(
        "hoc_vien_co_so_cai_nghien_vn441",
        "STT=row | Mã HV=-:hv_code441 | Họ và tên học viên=full_name | Năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Nơi cư trú=address | Hình thức cai=-:cn_form441"
        " | Số QĐ=-:decision441 | Loại ma túy sử dụng=-:drug441 | Giai đoạn=-:stage441"
        " | Khu/Phòng=-:room441 | Ngày vào cơ sở=date@%d/%m/%Y | Ngày dự kiến ra=-:end441"
        " | Quan hệ=-:kin441 | Họ tên thân nhân=-:kin_name441 | ĐT thân nhân=-:kin_phone441"
        " | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "phuc_hoi_chuc_nang_cong_dong_vn441",
        "TT=row | Họ tên NKT=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | Số định danh=cccd:cccd_spaced | Thôn/xóm=-:thon441"
        " | Địa chỉ=address:cbr_addr441 | Dạng tật=-:dis_kind441 | Mức độ KT=-:dis_level441"
        " | Số GXN khuyết tật=-:dis_cert441 | Dụng cụ trợ giúp=-:support441"
        " | CTV phụ trách=-:ctv441 | Người chăm sóc=-:carer441"
        " | Trợ cấp hàng tháng (đ)=-:allow441 | Số thẻ BHYT=bhyt | Ngày đánh giá=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "quan_ly_sau_cai_nghien_vn441",
        "Stt=row | Họ tên=full_name | Sinh ngày=birth_date@%d-%m-%Y | CCCD=cccd"
        " | Nơi thường trú=address:mgmt_addr441 | SĐT=phone | Cơ sở cai nghiện=-:centre441"
        " | Ngày về địa phương=-:back441 | Tình trạng QL=-:mgmt_state441"
        " | KQ XN lần gần nhất=-:test441 | Ngày XN=date@%d-%m-%Y"
        " | CSKV phụ trách=-:police441 | Người được giao giúp đỡ=-:helper441",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "benh_nhan_tam_than_cong_dong_vn441",
        "STT=row | Mã BN=-:tt_code441 | Ho ten benh nhan=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | GT=sex | So CCCD=cccd | Dia chi=address | So the BHYT=bhyt"
        " | Chan doan (ICD-10)=-:diag441 | Thuoc dang dung=-:med441"
        " | Tinh trang hien tai=-:tt_state441 | Nguoi cham soc=-:tt_carer441"
        " | Quan he voi BN=-:tt_rel441 | SDT nguoi cham soc=-:tt_phone441"
        " | Ngay kham gan nhat=date@%d/%m/%Y | Cap nhat luc=timestamp",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "rehab_admission_th441",
        "No.=row | Citizen ID=national_id:th_id441 | Name-Surname=full_name:th_name441"
        " | Sex=sex:th_sex441 | Date of Birth (B.E.)=birth_date:th_dob441"
        " | Address=address:th_addr441 | Changwat=province:th_prov441"
        " | Postcode=postcode:th_post441 | Mobile=phone:th_phone441"
        " | Main substance=-:th_subst441 | Treatment centre=-:th_centre441"
        " | Programme=-:th_prog441 | Admit date (B.E.)=date:th_admit441",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "senarai_klien_aadk_my441",
        "Bil.=row | No. Fail=-:my_file441 | No. Kad Pengenalan=national_id:my_ic441"
        " | Nama Klien=full_name:my_name441 | Jantina=sex:my_sex441"
        " | Tarikh Lahir=birth_date@%d/%m/%Y | Alamat=street:my_street441"
        " | Poskod=postcode:my_post441 | Bandar=district:my_town441"
        " | No. Tel. Bimbit=phone:my_phone441 | Jenis Perintah=-:my_order441"
        " | Tarikh Perintah=date@%d/%m/%Y | PUSPEN / Pejabat=-:my_puspen441"
        " | Pegawai Pengawasan=-:my_po441",
        english=True,
        file="xlsx",
    ),
    _shape(
        "sotsialnoe_obsluzhivanie_kg441",
        "№=row | ПИН=national_id:kg_pin441 | Ф.И.О.=full_name:kg_name441"
        " | Дата рождения=birth_date@%d.%m.%Y | Пол=sex:kg_sex441"
        " | Паспорт (ID-карта)=-:kg_passport441 | Адрес проживания=address:kg_addr441"
        " | Область=province:kg_obl441 | Телефон=phone:kg_phone441"
        " | Категория=-:kg_cat441 | Вид услуги=-:kg_serv441"
        " | Дата назначения=date@%d.%m.%Y | Соц. работник=-:kg_worker441",
        english=True,
        encoding="cp1251",
        delimiter=";",
    ),
    _shape(
        "utentes_ipss_pt441",
        "N.º=row | Nome completo=full_name:pt_name441 | Data de nascimento=birth_date@%d-%m-%Y"
        " | Sexo=sex:pt_sex441 | N.º Cartão de Cidadão=national_id:pt_cc441"
        " | NIF=-:pt_nif441 | NISS=-:pt_niss441 | Morada=street:pt_street441"
        " | Código Postal=postcode:pt_cp441 | Localidade=district:pt_loc441"
        " | Contacto=phone:pt_phone441 | Resposta social=-:pt_resp441"
        " | Grau de dependência=-:pt_dep441 | Familiar de referência=-:pt_kin441"
        " | Mensalidade=-:pt_fee441 | Data de admissão=date@%d-%m-%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "social_welfare_clients_gh441",
        "S/No.=row | Ghana Card No.=national_id:gh_card441 | Surname=family_name:gh_sur441"
        " | Other Names=given_name:gh_other441 | Sex=sex:gh_sex441"
        " | Date of Birth=birth_date@%d/%m/%Y | House No./Street=street:gh_house441"
        " | Digital Address (GPS)=postcode:gh_gps441 | Town=district:gh_town441"
        " | Region=state:gh_region441 | Phone No.=phone:gh_phone441"
        " | Scheme=-:gh_scheme441 | Case Type=-:gh_case441 | Docket No.=-:gh_docket441"
        " | Date Opened=date@%d/%m/%Y | Case Officer=-:gh_officer441",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "th_id441",
    "my_ic441",
    "kg_pin441",
    "pt_cc441",
    "gh_card441",
)
SEX_HOLDS: tuple[str, ...] = ("th_sex441", "my_sex441", "kg_sex441", "pt_sex441", "gh_sex441")
NAME_HOLDS = frozenset(
    {"th_name441", "my_name441", "kg_name441", "pt_name441", "gh_sur441", "gh_other441"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "th_phone441",
    "my_phone441",
    "kg_phone441",
    "pt_phone441",
    "gh_phone441",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "cbr_addr441",
    "mgmt_addr441",
    "th_addr441",
    "my_street441",
    "kg_addr441",
    "gh_house441",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND441",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND441",
]
