"""The seventy-first part of the outside corpus, **blind 71** (written 14:01 UTC, 2026-12-06,
never used for tuning): person files a district's internal affairs office, a commune's social
insurance agent, an ethnic boarding school, a ward's police, Costa Rica's IMAS, a Jamaican PATH
parish office, Lebanon's poverty targeting programme, a Tajik jamoat and a Papua New Guinea ward
recorder could hand over. Four Vietnamese files: a district's civil servants' annual asset and
income declarations in Windows-1258 (the position and office, the spouse's name, birthday, CCCD
and workplace, the income declared in million đồng, the change in assets, the day of
declaration); a commune's near-poor households' health insurance cards in Excel (the household
code, the BHXH code, the CN3 card number, the hospital of first registration with its code, the
relation to and the name of the household head, the card's start); an ethnic boarding school's
scholarship list in UTF-16 with tabs (boarders born 2011-2014 with their personal number, the
ethnicity, the class, the father's and mother's names, their work and phone, the home village,
poverty status, the monthly scholarship and months); and a ward's boarding-house inspections in
UTF-8 with semicolons (the landlord as the record, the lodging's address beside his home, rooms,
tenants and those registered for temporary residence, the inspection day, the team leader, the
result).
Five foreign files: a Costa Rican social aid list in UTF-8 with a BOM and semicolons (the cédula as
province, tomo and asiento ``1-0234-0567``, two surnames apart, provincia, cantón and distrito,
the otras señas, the FIS number, the benefit and amount in colones); a Jamaican PATH list in Excel
(the nine-digit TRN in threes, the middle name, the street, the town and parish, the NIS number,
the guardian, remarks in Patois); a Lebanese aid list in UTF-8 with a BOM and Arabic/French
headers (the identity card number, the civil registry number and the place of registration
beside the home address, the father's name, the mother's name and surname, the caza and
mohafazat); a Tajik targeted social assistance list in Excel with Tajik/Russian headers (the
passport number and the ИНН beside it, the patronymic, the address, jamoat and district, the
amount in somoni, the jamoat's specialist); and a Papua New Guinea ward record book in UTF-8 with
English/Tok Pisin headers (the NID number, the village, ward, LLG and province, the father's and
mother's names, the clan).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind71_writers import WRITERS_BLIND71
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND71: tuple[Shape, ...] = (
    _shape(
        "ke_khai_tai_san_thu_nhap_vn71",
        "STT=row | Họ và tên người kê khai=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Chức vụ/chức danh công tác=-:position71"
        " | Cơ quan, đơn vị công tác=-:office71 | Nơi thường trú=address"
        " | Họ và tên vợ hoặc chồng=-:spouse71 | Ngày sinh (vợ/chồng)=-:spouse_birth71"
        " | Số CCCD (vợ/chồng)=-:spouse_cccd71 | Nơi làm việc (vợ/chồng)=-:spouse_work71"
        " | Tổng thu nhập trong năm (triệu đồng)=-:income71"
        " | Biến động tài sản so với lần kê khai trước=-:asset_change71"
        " | Ngày hoàn thành kê khai=date@%d/%m/%Y | SĐT=phone",
        encoding="cp1258",
    ),
    _shape(
        "the_bhyt_ho_can_ngheo_vn71",
        "STT=row | Mã hộ GĐ=-:household71 | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Mã số BHXH=bhxh"
        " | Số thẻ BHYT=bhyt:bhyt_cn71 | Nơi ĐK KCB ban đầu=-:hospital71"
        " | Quan hệ với chủ hộ=-:house_rel71 | Họ tên chủ hộ=-:head71 | Địa chỉ=address"
        " | Thẻ có giá trị từ ngày=date:excel_event | Số ĐT=phone:phone_spaced",
        file="xlsx",
    ),
    _shape(
        "hoc_bong_hs_dan_toc_noi_tru_vn71",
        "STT=row | Họ và tên học sinh=full_name:boarder71"
        " | Ngày sinh=birth_date:boarder_birth71 | Giới tính=sex | Dân tộc=-:ethnic71"
        " | Mã định danh=cccd:boarder_cccd71 | Lớp=-:class71 | Họ tên cha=-:father71"
        " | Họ tên mẹ=-:mother71 | Nghề nghiệp của cha mẹ=-:parent_job71"
        " | SĐT phụ huynh=-:parent_phone71 | Nơi thường trú (bản, xã, huyện)=address:village71"
        " | Thuộc hộ=-:poverty71 | Mức học bổng/tháng (đồng)=-:stipend71"
        " | Số tháng=-:months71 | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "kiem_tra_nha_tro_phuong_vn71",
        "TT=row | Họ tên chủ nhà trọ=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | CCCD chủ nhà=cccd:cccd_spaced | HKTT chủ nhà=address"
        " | Địa chỉ khu trọ=-:lodging71 | Số phòng=-:rooms71 | Số người thuê=-:tenants71"
        " | Đã ĐK tạm trú (người)=-:registered71 | Ngày KT=date@%d/%m/%Y"
        " | Trưởng đoàn KT=-:team_lead71 | Kết quả KT=-:inspection71"
        " | ĐT chủ trọ=phone:phone_dotted",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "beneficiarios_imas_cr71",
        "N.º=row | Cédula=national_id:cedula_cr71 | Nombre=given_name:cr_given71"
        " | Primer apellido=family_name:cr_family71 | Segundo apellido=-:cr_mother71"
        " | Fecha de nacimiento=birth_date@%d/%m/%Y | Sexo=sex:sex_cr71"
        " | Provincia=province:prov_cr71 | Cantón=district:canton_cr71"
        " | Distrito=suburb:distrito_cr71 | Otras señas=street:senas_cr71"
        " | Teléfono=phone:phone_cr71 | N.º FIS=-:ficha_cr71 | Beneficio=-:benefit_cr71"
        " | Monto mensual=-:amount_cr71 | Fecha de resolución=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "path_beneficiaries_jm71",
        "No.=row | TRN=national_id:trn_jm71 | Surname=family_name:jm_family71"
        " | First Name=given_name:jm_given71 | Middle Name=-:jm_middle71"
        " | Date of Birth=birth_date@%d/%m/%Y | Sex=sex:sex_jm71 | Address=street:street_jm71"
        " | Town/District=district:town_jm71 | Parish=state:parish_jm71"
        " | Tel. No.=phone:phone_jm71 | NIS No.=-:nis_jm71 | Household No.=-:household_jm71"
        " | Beneficiary Category=-:category_jm71 | Parent/Guardian=-:guardian_jm71"
        " | Date Registered=date@%d/%m/%Y | Remarks=-:notes_jm71",
        english=True,
        file="xlsx",
    ),
    _shape(
        "aide_familles_pauvres_lb71",
        "الرقم / N°=row | الشهرة / Nom=family_name:lb_family71"
        " | الاسم / Prénom=given_name:lb_given71 | اسم الأب / Nom du père=-:lb_father71"
        " | اسم الأم وشهرتها / Nom et prénom de la mère=-:lb_mother71"
        " | تاريخ الولادة / Date de naissance=birth_date@%d/%m/%Y | الجنس / Sexe=sex:sex_lb71"
        " | رقم بطاقة الهوية / N° carte d'identité=national_id:id_lb71"
        " | رقم السجل / N° du registre=-:sijil_lb71"
        " | محل القيد / Lieu d'enregistrement=-:qayd_lb71"
        " | العنوان / Adresse=address:addr_lb71 | القضاء / Caza=district:caza_lb71"
        " | المحافظة / Mohafazat=state:mohafaza_lb71 | الهاتف / Tél.=phone:phone_lb71"
        " | عدد أفراد الأسرة / Membres=-:members_lb71"
        " | تاريخ التسجيل / Date d'inscription=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "komaki_ijtimoii_surogavi_tj71",
        "№=row | Насаб / Фамилия=family_name:tj_family71 | Ном / Имя=given_name:tj_given71"
        " | Номи падар / Отчество=-:tj_father71"
        " | Санаи таваллуд / Дата рождения=birth_date@%d.%m.%Y | Ҷинс / Пол=sex:sex_tj71"
        " | Рақами шиноснома / № паспорта=national_id:passport_tj71 | РМА / ИНН=-:inn_tj71"
        " | Суроға / Адрес=address:addr_tj71 | Ҷамоат / Джамоат=suburb:jamoat_tj71"
        " | Ноҳия / Район=district:nohiya_tj71 | Телефон=phone:phone_tj71"
        " | Шумораи аъзои оила / Членов семьи=-:members_tj71"
        " | Маблағи кӯмак (сомонӣ) / Сумма=-:aid_tj71"
        " | Санаи таъин / Дата назначения=date@%d.%m.%Y"
        " | Мутахассиси ҷамоат / Специалист=-:officer_tj71",
        english=True,
        file="xlsx",
    ),
    _shape(
        "ward_record_book_pg71",
        "No.=row | NID Namba / NID Number=national_id:nid_pg71"
        " | Famili Nem / Surname=family_name:pg_family71 | Nem / Given Name=given_name:pg_given71"
        " | De Bilong Bon / Date of Birth=birth_date@%d/%m/%Y | Man o Meri / Sex=sex:sex_pg71"
        " | Ples / Village=suburb:village_pg71 | Wad / Ward=ward:ward_pg71"
        " | LLG=district:llg_pg71 | Provins / Province=province:prov_pg71"
        " | Namba Fon / Mobile=phone:phone_pg71 | Wok / Occupation=-:job_pg71"
        " | Nem bilong Papa / Father=-:father_pg71 | Nem bilong Mama / Mother=-:mother_pg71"
        " | Klen / Clan=-:clan_pg71 | De Raitim / Date Recorded=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "cedula_cr71",
    "trn_jm71",
    "id_lb71",
    "passport_tj71",
    "nid_pg71",
)
SEX_HOLDS: tuple[str, ...] = ("sex_cr71", "sex_jm71", "sex_lb71", "sex_tj71", "sex_pg71")
NAME_HOLDS = frozenset(
    {"cr_family71", "cr_given71", "jm_family71", "jm_given71", "lb_family71", "lb_given71"}
    | {"tj_family71", "tj_given71", "pg_family71", "pg_given71"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_cr71",
    "phone_jm71",
    "phone_lb71",
    "phone_tj71",
    "phone_pg71",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("village71", "addr_tj71")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND71",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND71",
]
