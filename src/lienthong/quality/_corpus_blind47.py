"""The forty-seventh part of the outside corpus, **blind 47** (written 10:40 UTC, 2026-12-06, never
used for tuning): person files a commune handing out flood relief, a provincial transport
department, a ward's social affairs officer, a university's international office, a Welsh
council, a Catalan housing agency, a Zanzibar social safety net office, a Tatarstan social
protection office and a New Caledonian province could hand over. Four Vietnamese files: a
commune's list of the members of flood-hit households in Windows-1258 with semicolons (the head
of household apart from the member, the relation to the head, the hamlet alone and the full
address, the poverty status, the damage, the cash and rice handed out, the date, a proxy who
signed for it); a department's list of issued driving licences in Excel (the 12-digit licence
number beside the CCCD, the class, the exam, issue and expiry dates, an expiry that reads "Không
thời hạn" for motorcycles, the driving school, the decision number, the blank's serial); a
ward's list of people with disabilities on a monthly allowance in UTF-16 with tabs (the kind and
severity of the impairment, the certificate, the coefficient and amount, a carer's name, relation
and phone, the carer's own allowance, the time last updated); and a university's list of the
Vietnamese hosts of exchange students in UTF-8 with a BOM (the student's code, name, nationality
and home university, then the host's name, birth date, spaced CCCD, home address, phone and job,
the stay's dates, the stipend, the officer in charge).
Five foreign files: a Welsh Blue Badge list with bilingual Welsh/English headers (the National
Insurance number, Welsh street names, town and postcode apart, the badge, its expiry, the
preferred language); a Catalan rental-aid list in Windows-1252 with semicolons (DNI or NIE with its
mod-23 letter, first and second surname apart, a second surname blank for foreigners, the
landlord, the amount); a Zanzibar safety-net list with Swahili headers (the ZanID, a three-part
name, shehia, wilaya and mkoa, the household number, the agent who collects and their phone, the
sheha); a Tatarstan allowance list in Windows-1251 with semicolons (СНИЛС with its check, the
patronymic apart, the passport series 92 and number in their own columns, who issued it, the
registration address with its postal index); and a New Caledonian medical-aid list (the CAFAT
number, commune, postcode and province apart, the place of birth, the social worker).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind47_writers import WRITERS_BLIND47
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND47: tuple[Shape, ...] = (
    _shape(
        "ho_nhan_ho_tro_lu_lut_vn47",
        "STT=row | Họ tên chủ hộ=-:head47 | Họ và tên thành viên=full_name"
        " | Quan hệ với chủ hộ=-:relation47 | Ngày sinh=birth_date | Giới tính=sex"
        " | Số ĐDCN=cccd | Thôn/Xóm=-:hamlet47 | Địa chỉ=address:flood_addr47"
        " | Hộ nghèo/cận nghèo=-:poor47 | Mức độ thiệt hại=-:damage47"
        " | Số tiền hỗ trợ (đồng)=-:relief47 | Gạo (kg)=-:rice47 | Ngày nhận=date"
        " | Người nhận thay=-:proxy47 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "cap_giay_phep_lai_xe_vn47",
        "STT=row | Số GPLX=-:gplx47 | Họ và tên=full_name | Ngày sinh=birth_date:excel_date"
        " | Giới tính=sex | Số CCCD=cccd | Nơi cư trú=address | Hạng=-:class47"
        " | Ngày sát hạch=date:exam47 | Ngày cấp=date:excel_event"
        " | Có giá trị đến=date:expiry47 | Cơ sở đào tạo=-:dschool47"
        " | QĐ công nhận trúng tuyển=-:decision47 | Số seri phôi=-:serial47 | SĐT=phone",
        file="xlsx",
    ),
    _shape(
        "nguoi_khuyet_tat_tro_cap_vn47",
        "STT=row | Họ và tên NKT=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Nơi cư trú=address"
        " | Dạng tật=-:impair47 | Mức độ khuyết tật=-:severity47"
        " | Số giấy XNKT=-:xnkt47 | Hệ số=-:coef47 | Mức trợ cấp (đồng/tháng)=-:allow47"
        " | Người chăm sóc - Họ tên=-:carer47 | Người chăm sóc - Quan hệ=-:carer_rel47"
        " | Người chăm sóc - SĐT=-:carer_phone47"
        " | Kinh phí hỗ trợ chăm sóc (đồng/tháng)=-:care_amt47"
        " | Hưởng từ ngày=date@%d/%m/%Y | Hình thức chi trả=-:payway47"
        " | Ngày cập nhật=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "gia_dinh_don_sinh_vien_trao_doi_vn47",
        "TT=row | Mã SV trao đổi=-:exch_id47 | Họ tên sinh viên (Student)=-:exch_name47"
        " | Quốc tịch=-:exch_nat47 | Trường gửi=-:exch_uni47"
        " | Họ tên chủ nhà (Host)=full_name | Ngày sinh=birth_date@%d-%m-%Y"
        " | Số CCCD=cccd:cccd_spaced | Địa chỉ homestay=address | ĐT liên hệ=phone:phone_spaced"
        " | Email=email | Nghề nghiệp=-:job47 | Từ ngày=date@%d-%m-%Y | Đến ngày=date:until47"
        " | Hỗ trợ/tháng (VNĐ)=-:stipend47 | Cán bộ phụ trách=-:officer47",
        encoding="utf-8-sig",
    ),
    _shape(
        "bathodyn_glas_cy47",
        "Rhif / No.=row | Cyfenw / Surname=family_name:cy_family47"
        " | Enw(au) cyntaf / Forename(s)=given_name:cy_given47"
        " | Dyddiad geni / Date of birth=birth_date@%d/%m/%Y | Rhyw / Sex=sex:sex_cy47"
        " | Rhif Yswiriant Gwladol / National Insurance No.=national_id:nino47"
        " | Cyfeiriad / Address=street:street_cy47 | Tref / Town=district:town_cy47"
        " | Cod post / Postcode=postcode:pc_cy47 | Rhif ffôn / Telephone=phone:phone_cy47"
        " | Rhif y bathodyn / Badge no.=-:badge_cy47"
        " | Dyddiad dod i ben / Expiry date=date:expiry_cy47"
        " | Iaith ddewisol / Preferred language=-:lang_cy47",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "ajuts_lloguer_ca47",
        "Núm.=row | Núm. expedient=-:exp_ca47 | DNI/NIE=national_id:dninie47"
        " | Nom=given_name:ca_given47 | Primer cognom=family_name:ca_cog1_47"
        " | Segon cognom=-:ca_cog2_47 | Data de naixement=birth_date@%d/%m/%Y"
        " | Sexe=sex:sex_ca47 | Adreça=street:street_ca47 | Codi postal=postcode:cp_ca47"
        " | Municipi=district:mun_ca47 | Telèfon=phone:phone_ca47"
        " | Arrendador/a=-:landlord_ca47 | Import mensual (€)=-:import_ca47"
        " | Data de resolució=date@%d/%m/%Y | Estat=-:estat_ca47",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "walengwa_tasaf_znz47",
        "Na.=row | Namba ya kaya=-:kaya47 | Jina kamili=full_name:zn_full47"
        " | Namba ya ZanID=national_id:zanid47 | Tarehe ya kuzaliwa=birth_date@%d/%m/%Y"
        " | Jinsia=sex:sex_sw47 | Shehia=suburb:shehia47 | Wilaya=district:wilaya47"
        " | Mkoa=province:mkoa47 | Namba ya simu=phone:phone_tz47"
        " | Jina la wakala=-:agent_tz47 | Simu ya wakala=-:agent_phone47"
        " | Kiasi cha ruzuku (TSh)=-:ruzuku47 | Njia ya malipo=-:malipo47"
        " | Tarehe ya kuandikishwa=date@%d/%m/%Y | Sheha=-:sheha47",
        english=True,
    ),
    _shape(
        "poluchateli_vyplat_tatarstan47",
        "№ п/п=row | Фамилия=family_name:ru_family47 | Имя=given_name:ru_given47"
        " | Отчество=-:ru_patr47 | Дата рождения=birth_date@%d.%m.%Y | Пол=sex:sex_ru47"
        " | СНИЛС=national_id:snils47 | Паспорт: серия=-:pass_ser47"
        " | Паспорт: номер=-:pass_no47 | Дата выдачи=date@%d.%m.%Y | Кем выдан=-:pass_by47"
        " | Адрес регистрации=address:addr_tt47 | Контактный телефон=phone:phone_ru47"
        " | Категория=-:cat_ru47 | Размер выплаты, руб.=-:amount_ru47"
        " | Дата назначения=date:assign_ru47",
        english=True,
        encoding="cp1251",
        delimiter=";",
    ),
    _shape(
        "aide_medicale_nc47",
        "N°=row | N° CAFAT=national_id:cafat47 | Nom=family_name:nc_family47"
        " | Prénom(s)=given_name:nc_given47 | Date de naissance=birth_date@%d/%m/%Y"
        " | Sexe=sex:sex_fr | Lieu de naissance=-:nc_birthplace47 | Adresse=street:street_nc47"
        " | Commune=district:commune_nc47 | Code postal=postcode:cp_nc47"
        " | Province=province:prov_nc47 | Téléphone=phone:phone_nc47"
        " | N° carte AM=-:am_nc47 | Date d'ouverture des droits=date@%d/%m/%Y"
        " | Assistante sociale=-:as_nc47",
        english=True,
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("nino47", "dninie47", "zanid47", "snils47", "cafat47")
SEX_HOLDS: tuple[str, ...] = ("sex_cy47", "sex_ca47", "sex_sw47", "sex_ru47")
NAME_HOLDS = frozenset(
    {"cy_family47", "cy_given47", "ca_given47", "ca_cog1_47", "zn_full47"}
    | {"ru_family47", "ru_given47", "nc_family47", "nc_given47"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_cy47",
    "phone_ca47",
    "phone_tz47",
    "phone_ru47",
    "phone_nc47",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("flood_addr47", "addr_tt47")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND47",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND47",
]
