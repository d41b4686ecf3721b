"""The sixtieth part of the outside corpus, **blind 60** (written 11:15 UTC, 2026-12-06, never
used for tuning): person files a provincial health department, a commune health station, an
apartment building's owners' conference, a ward's economic office, a Mombasa community health
unit, a Lapland municipality's home care, a Busan public health centre, a Rio de Janeiro social
assistance centre and a Cebu health centre could hand over. Four Vietnamese files: a health
department's list of medical practising licences in Excel (the new licence number beside the old
certificate, the title, the qualification, the scope, where the practice was done, the clinic, its
address and its medical head, the hours, the date granted); a commune's June vitamin A and
deworming round in Windows-1258 with semicolons (the child's own name, birth date within 6 to 60
months, age in months and personal number beside the mother's name, birth year and phone, the
hamlet, the dose, the tablet, the weight, the day given); an apartment building's owners'
committee election in UTF-16 with tabs (the flat, its floor area and ownership certificate, the
owner, a proxy, the votes, the candidates chosen, the time registered); and a ward's residents'
parking permits in UTF-8 with semicolons (the permit, the owner's street, quarter and ward, the
vehicle, brand, colour and plate, the parking place, the fee, the date from which it holds).
Five foreign files: a Mombasa SHA registration drive in UTF-8 with Swahili/English headers (the
Kenyan ID beside the SHA number, sub-county and ward, the community health unit and promoter, the
employer, the monthly contribution); a Lapland home-care list in UTF-8 with a BOM, semicolons and
Finnish/Northern Sami headers (the henkilötunnus with its century sign and check character, the
mother tongue, lähiosoite/postinumero/postitoimipaikka, the next of kin and their phone, the nurse
in charge); a Busan home-visit health list in CP949 with Korean headers (the resident registration
number with its check digit, the health insurance card number, the road-name address, gu and
administrative dong, the guardian, the nurse); a Rio de Janeiro CadÚnico extract in Windows-1252
with semicolons (the CPF, the NIS with its check digit, the mother's name, logradouro, bairro,
município, UF and CEP, the income per head, the CRAS); and a Cebu PhilHealth Konsulta registration
in Excel with Cebuano/English headers (surname, first and middle names apart, MM/DD/YYYY dates,
the PhilSys card number beside the PhilHealth number, barangay and city).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind60_writers import WRITERS_BLIND60
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND60: tuple[Shape, ...] = (
    _shape(
        "cap_giay_phep_hanh_nghe_kcb_vn60",
        "STT=row | Số giấy phép hành nghề=-:licence60 | Số CCHN cũ (nếu có)=-:old_cchn60"
        " | Họ và tên=full_name | Ngày sinh=birth_date:excel_date | Số CCCD/ĐDCN=cccd"
        " | Địa chỉ thường trú=address | Chức danh=-:title60 | Văn bằng chuyên môn=-:degree60"
        " | Phạm vi hoạt động chuyên môn=-:scope60 | Nơi thực hành=-:practice60"
        " | Cơ sở KB,CB đăng ký hành nghề=-:clinic60 | Địa chỉ cơ sở=-:clinic_addr60"
        " | Người chịu TN chuyên môn=-:head60 | Thời gian hành nghề=-:hours60"
        " | Ngày cấp=date:excel_event | Điện thoại=phone | Email=email",
        file="xlsx",
    ),
    _shape(
        "tre_uong_vitamin_a_tay_giun_vn60",
        "TT=row | Họ và tên trẻ=full_name | Ngày sinh=birth_date:child_birth60"
        " | Tháng tuổi=-:months60 | Giới=sex | Mã định danh của trẻ=cccd:child_id60"
        " | Họ tên mẹ (người chăm sóc)=-:mother60 | Năm sinh mẹ=-:mother_year60"
        " | SĐT mẹ=-:mother_phone60 | Thôn/Ấp=-:hamlet60 | Địa chỉ=address"
        " | Vitamin A (liều)=-:vita60 | Tẩy giun=-:deworm60 | Cân nặng (kg)=-:weight60"
        " | Ngày uống=date:dose_day60 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "bau_ban_quan_tri_chung_cu_vn60",
        "STT=row | Căn hộ=-:flat60 | Diện tích sở hữu riêng (m2)=-:area60 | Số GCN=-:gcn60"
        " | Họ tên chủ sở hữu=full_name | Ngày sinh=birth_date@%d/%m/%Y | CCCD=cccd"
        " | Địa chỉ thường trú=address | Điện thoại=phone | Email=email"
        " | Người được ủy quyền=-:proxy60 | Số  phiếu biểu quyết=-:votes60"
        " | Bầu cho=-:choice60 | Thời gian đăng ký=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "giay_phep_do_xe_cu_dan_vn60",
        "TT=row | Số giấy phép=-:permit60 | Chủ phương tiện=full_name"
        " | Ngày sinh=birth_date@%d-%m-%Y | Số CCCD=cccd:cccd_spaced | Số nhà, đường=street"
        " | Khu phố=-:tdp60 | Phường=ward:own_ward60 | Điện thoại=phone"
        " | Loại xe=-:vehicle60 | Nhãn hiệu=-:brand60 | Màu sơn=-:colour60"
        " | Biển kiểm soát=-:plate60 | Vị trí đỗ=-:spot60 | Phí (đồng/tháng)=-:fee60"
        " | Hiệu lực từ=date@%d-%m-%Y | Ghi chú=-:note_vi",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "usajili_sha_mombasa_ke60",
        "Na.=row | Jina Kamili / Full Name=full_name:ke_name60"
        " | Nambari ya Kitambulisho / ID No.=national_id:ke_id60"
        " | Nambari ya SHA / SHA No.=-:sha60 | Tarehe ya Kuzaliwa / DOB=birth_date@%d/%m/%Y"
        " | Jinsia / Sex=sex:sex_ke60 | Nambari ya Simu / Phone No.=phone:phone_ke60"
        " | Kaunti Ndogo / Sub-County=district:subcounty_ke60 | Wadi / Ward=suburb:ward_ke60"
        " | Kitengo cha Afya ya Jamii / CHU=-:chu_ke60 | Mhudumu wa Afya (CHP)=-:chp_ke60"
        " | Mwajiri / Employer=-:employer_ke60 | Mchango (KSh/mwezi)=-:contrib_ke60"
        " | Tarehe ya Usajili / Reg. Date=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "kotihoidon_asiakkaat_inari_fi60",
        "Nro=row | Henkilötunnus / Persovdnadovddaldat=national_id:hetu60"
        " | Sukunimi / Sohkanamma=family_name:fi_family60"
        " | Etunimet / Ovdanamat=given_name:fi_given60"
        " | Syntymäaika / Riegádanbeaivi=birth_date@%d.%m.%Y"
        " | Sukupuoli / Sohkabealli=sex:sex_fi60 | Äidinkieli / Eatnigiella=-:lang_fi60"
        " | Lähiosoite / Čujuhus=street:street_fi60"
        " | Postinumero / Poastanummir=postcode:postnr_fi60"
        " | Postitoimipaikka / Poastabáiki=district:town_fi60"
        " | Puhelin / Telefovdna=phone:phone_fi60 | Omainen / Fuolki=-:kin_fi60"
        " | Omaisen puhelin=-:kin_phone_fi60 | Palvelu / Bálvalus=-:service_fi60"
        " | Vastuuhoitaja=-:nurse_fi60 | Alkupvm / Álgobeaivi=date@%d.%m.%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "bangmun_geongang_busan_kr60",
        "연번=row | 성명=full_name:kr_name60 | 주민등록번호=national_id:rrn60"
        " | 생년월일=birth_date@%Y.%m.%d | 성별=sex:sex_kr60 | 건강보험증번호=-:nhis60"
        " | 보장구분=-:cover_kr60 | 주소=address:addr_kr60 | 구·군=district:gu_kr60"
        " | 행정동=suburb:dong_kr60 | 연락처=phone:phone_kr60 | 보호자 성명=-:guard_kr60"
        " | 관계=-:guard_rel_kr60 | 보호자 연락처=-:guard_phone_kr60 | 담당자=-:nurse_kr60"
        " | 등록일=date@%Y-%m-%d",
        english=True,
        encoding="cp949",
    ),
    _shape(
        "cadunico_cras_rio_br60",
        "Nº=row | Nome completo=full_name:br_name60 | Nome da mãe=-:br_mother60"
        " | Data de nascimento=birth_date@%d/%m/%Y | Sexo=sex:sex_br60"
        " | CPF=national_id:cpf_rj60 | NIS (PIS/PASEP)=-:nis60 | Código familiar=-:family_code60"
        " | Endereço (logradouro, nº, complemento)=street:street_br60"
        " | Bairro=suburb:bairro_br60 | Município=district:mun_br60 | UF=state:uf_br60"
        " | CEP=postcode:cep_br60 | Telefone=phone:phone_br60"
        " | Renda per capita=-:income_br60 | CRAS de referência=-:cras_br60"
        " | Data da última atualização=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "konsulta_rehistro_cebu_ph60",
        "No.=row | Apelyido / Last Name=family_name:ph_family60"
        " | Ngalan / First Name=given_name:ph_given60"
        " | Tunga nga Ngalan / Middle Name=-:ph_middle60 | Ext.=-:ph_ext60"
        " | Petsa sa Pagkatawo / Date of Birth=birth_date@%m/%d/%Y | Sekso / Sex=sex:sex_ph60"
        " | Civil Status=-:civil_ph60 | PhilSys Card No. (PCN)=national_id:pcn60"
        " | PhilHealth No. (PIN)=-:philhealth60"
        " | Kategorya / Membership Category=-:member_ph60"
        " | Puy-anan / House No., Street, Sitio=street:street_ph60"
        " | Barangay=suburb:brgy_ph60 | Lungsod / City=district:city_ph60"
        " | Cellphone No.=phone:phone_ph60 | Konsulta Provider=-:konsulta_ph60"
        " | Petsa sa Pagparehistro=date@%m/%d/%Y",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("ke_id60", "hetu60", "rrn60", "cpf_rj60", "pcn60")
SEX_HOLDS: tuple[str, ...] = ("sex_ke60", "sex_fi60", "sex_kr60", "sex_br60", "sex_ph60")
NAME_HOLDS = frozenset(
    {"ke_name60", "fi_family60", "fi_given60", "kr_name60", "br_name60"}
    | {"ph_family60", "ph_given60"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ke60",
    "phone_fi60",
    "phone_kr60",
    "phone_br60",
    "phone_ph60",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_kr60",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND60",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND60",
]
