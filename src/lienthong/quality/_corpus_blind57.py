"""The fifty-seventh part of the outside corpus, **blind 57** (written 11:05 UTC, 2026-12-06,
never used for tuning): person files a district hospital, a commune's veterinary station, a
university's graduate office, a ward's social-protection desk, a Yucatecan welfare programme, an
Amazonian health post, a West Bengal scheme office, a Sindh poverty survey and a Lagos health
insurance scheme could hand over. Four Vietnamese files: a district health centre's list of
patients transferred to a higher hospital, in UTF-16 with tabs (the health insurance card, the
diagnosis and its ICD-10 code, the receiving hospital, the transfer slip's number, the transport,
the relative who goes along with their CCCD and phone, the doctor who ordered it); a commune's
list of cattle owners vaccinated, in Windows-1258 with semicolons and headers typed without
diacritics (the home address as hamlet, commune, district and province, the hamlet alone, the
herd, the vaccine and doses, the ear tag, the vet, the fee); a university's list of doctoral
candidates in Excel (the candidate code, the place of birth, the field and its code, the thesis,
the two supervisors, the employer, the cohort, the admission decision and its date); and a ward's
list of people under social protection at home in UTF-8 with a BOM and semicolons (the residents'
group, the category, the coefficient and monthly allowance, the caregiver with their relation,
CCCD and phone, the payment and bank account).
Five foreign files: a Yucatán welfare register in Windows-1252 with Spanish and Maya headers (the
CURP with its check digit, two surnames apart, Mérida-style street lines with cross streets, the
código postal and municipio, the indigenous language, the promoter); an Amazonas community health
register in UTF-8 with semicolons (the CPF with its two check digits, the CNS health card, the
mother's name, logradouro, bairro, CEP, município and UF, the health post and the community health
agent); a West Bengal scheme list in UTF-8 with Bengali headers (the Aadhaar with its Verhoeff
digit, the voter EPIC number, the father's or husband's name, the address in Bengali with the
district and PIN code, the bank IFSC); a Sindh poverty survey list in UTF-8 with a BOM and Sindhi
and Urdu headers (the CNIC whose last digit tells the sex, the father's name, the address with
Arabic commas, the district, the poverty score and survey form number); and a Lagos health
insurance enrolment in Excel with Yoruba and English headers (the NIN, three names apart, the
street, the town, the LGA and state, the next of kin and their phone, the plan).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind57_writers import WRITERS_BLIND57
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND57: tuple[Shape, ...] = (
    _shape(
        "chuyen_tuyen_benh_nhan_vn57",
        "STT=row | Họ tên người bệnh=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới=sex"
        " | Số CCCD=cccd | Số thẻ BHYT=bhyt | Địa chỉ=address | Chẩn đoán=-:diag57"
        " | Mã ICD-10=-:icd57 | Nơi chuyển đến=-:higher57 | Số giấy CT=-:transfer_no57"
        " | Lý do chuyển tuyến=-:reason57 | Ngày chuyển=date@%d/%m/%Y"
        " | Phương tiện vận chuyển=-:transport57 | Người nhà đi kèm=-:escort57"
        " | Quan hệ=-:escort_rel57 | CCCD người nhà=-:escort_id57"
        " | SĐT người nhà=-:escort_phone57 | BS chỉ định=-:doctor57",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ho_chan_nuoi_tiem_phong_trau_bo_vn57",
        "TT=row | Ho va ten chu ho=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | So CCCD=cccd:cccd_spaced | Dia chi (thon, xa, huyen)=address:hamlet_addr57"
        " | Thon/Ban=-:hamlet57 | So DT=phone | Tong dan bo (con)=-:cattle57"
        " | Trau (con)=-:buffalo57 | Loai vac xin=-:vaccine57 | So lieu tiem=-:doses57"
        " | Ngay tiem=date@%d/%m/%Y | So the tai=-:eartag57 | Thu y vien=-:vet57"
        " | Phi tiem (d)=-:fee57 | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nghien_cuu_sinh_dai_hoc_vn57",
        "STT=row | Mã NCS=-:ncs_code57 | Họ và tên=full_name | Ngày sinh=birth_date:excel_date"
        " | Nơi sinh=-:birthplace57 | Giới tính=sex | Số CCCD=cccd | Điện thoại=phone"
        " | Email=email | Chuyên ngành=-:field57 | Mã số=-:field_code57"
        " | Tên đề tài luận án=-:thesis57 | Người hướng dẫn 1=-:supervisor57"
        " | Người hướng dẫn 2=-:cosupervisor57 | Cơ quan công tác=-:employer57"
        " | Khóa=-:cohort57 | QĐ công nhận NCS=-:decision57 | Ngày QĐ=date@%d/%m/%Y"
        " | Tình trạng học tập=-:thesis_state57",
        file="xlsx",
    ),
    _shape(
        "doi_tuong_bao_tro_xa_hoi_tai_cong_dong_vn57",
        "TT=row | Họ và tên đối tượng=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Tổ dân phố=-:tdp57"
        " | Nơi cư trú=address | Diện đối tượng=-:btxh_kind57 | Hệ số=-:coef57"
        " | Mức trợ cấp (đồng/tháng)=-:allowance57 | Ngày hưởng=date@%d/%m/%Y"
        " | Họ tên người chăm sóc=-:carer57 | Quan hệ với đối tượng=-:carer_rel57"
        " | Số CCCD người chăm sóc=-:carer_id57 | ĐT người chăm sóc=-:carer_phone57"
        " | Hình thức chi trả=-:payment57 | Số tài khoản=-:account57 | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "padron_bienestar_yucatan_mx57",
        "Núm.=row | CURP=national_id:curp_mx57"
        " | Primer apellido / Yáax k'aaba'=family_name:mx_pat57"
        " | Segundo apellido / Ka'ap'éel k'aaba'=-:mx_mat57"
        " | Nombre(s) / K'aaba'=given_name:mx_given57"
        " | Fecha de nacimiento / U k'iinil síijil=birth_date@%d/%m/%Y"
        " | Sexo (H/M)=sex:sex_mx57 | Domicilio / Tu'ux kajaan=street:street_mx57"
        " | C.P.=postcode:cp_mx57 | Municipio / Méek'tankaaj=district:mun_mx57"
        " | Teléfono=phone:phone_mx57 | Lengua=-:lang_mx57 | Programa=-:program_mx57"
        " | Promotora=-:promotor_mx57 | Fecha de registro=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "cadastro_individual_esus_am_br57",
        "Nº=row | Nome completo=full_name:br_name57 | CPF=national_id:cpf_br57"
        " | CNS (Cartão SUS)=-:cns_br57 | Data de nascimento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_br57 | Nome da mãe=-:br_mother57 | Logradouro=street:street_br57"
        " | Bairro=suburb:bairro_br57 | CEP=postcode:cep_br57 | Município=district:mun_br57"
        " | UF=state:uf_br57 | Telefone celular=phone:phone_br57"
        " | UBS de referência=-:ubs_br57 | Agente comunitário=-:acs_br57"
        " | Data do cadastro=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "prakalpa_ubhokta_talika_wb_in57",
        "ক্রমিক নং=row | উপভোক্তার নাম=full_name:bn_name57"
        " | পিতা/স্বামীর নাম=-:bn_father57 | জন্ম তারিখ=birth_date@%d/%m/%Y"
        " | লিঙ্গ=sex:sex_in57 | আধার নম্বর=national_id:aadhaar_in57"
        " | ভোটার পরিচয়পত্র (EPIC) নং=-:epic_in57 | ঠিকানা=address:street_in57"
        " | জেলা=district:dist_in57 | পিন কোড=postcode:pin_in57"
        " | মোবাইল নং=phone:phone_in57 | প্রকল্পের নাম=-:scheme_in57"
        " | ব্যাঙ্কের IFSC=-:bank_in57 | আবেদনের তারিখ=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "gurbat_survey_sindh_pk57",
        "نمبر شمار=row | نالو / نام=full_name:sd_name57"
        " | پيءُ جو نالو / والد کا نام=-:sd_father57"
        " | قومي شناختي ڪارڊ نمبر / شناختی کارڈ نمبر=national_id:cnic_pk57"
        " | ڄمڻ جي تاريخ / تاریخ پیدائش=birth_date@%d-%m-%Y | جنس=sex:sex_pk57"
        " | پتو / پتہ=address:street_pk57 | ضلعو / ضلع=district:dist_pk57"
        " | موبائل نمبر=phone:phone_pk57 | غربت اسڪور / غربت سکور=-:bisp_pk57"
        " | سروي فارم نمبر=-:form_pk57 | رجسٽريشن جي تاريخ / تاریخ اندراج=date@%d-%m-%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "ilera_eko_enrolment_lagos_ng57",
        "S/N=row | NIN / Nọ́mbà Ìdánimọ̀=national_id:nin_ng57"
        " | Surname / Orúkọ ìdílé=family_name:ng_family57"
        " | First Name / Orúkọ àkọ́kọ́=given_name:ng_given57"
        " | Middle Name / Orúkọ àárín=-:ng_middle57"
        " | Date of Birth / Ọjọ́ ìbí=birth_date@%d/%m/%Y | Sex / Akọ tàbí Abo=sex:sex_ng57"
        " | Address / Àdírẹ́sì=street:street_ng57 | Town / Ìlú=suburb:town_ng57"
        " | LGA / Ìjọba Ìbílẹ̀=district:lga_ng57 | State / Ìpínlẹ̀=state:state_ng57"
        " | Phone No. / Nọ́mbà Fóònù=phone:phone_ng57"
        " | Next of Kin / Ẹbí tó súnmọ́=-:nok_ng57 | NOK Phone=-:nok_phone_ng57"
        " | Plan=-:plan_ng57 | Date Enrolled / Ọjọ́ Ìforúkọsílẹ̀=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "curp_mx57",
    "cpf_br57",
    "aadhaar_in57",
    "cnic_pk57",
    "nin_ng57",
)
SEX_HOLDS: tuple[str, ...] = ("sex_mx57", "sex_br57", "sex_in57", "sex_pk57", "sex_ng57")
NAME_HOLDS = frozenset(
    {"mx_pat57", "mx_given57", "br_name57", "bn_name57", "sd_name57"}
    | {"ng_family57", "ng_given57"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_mx57",
    "phone_br57",
    "phone_in57",
    "phone_pk57",
    "phone_ng57",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("hamlet_addr57", "street_in57", "street_br57", "street_ng57")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND57",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND57",
]
