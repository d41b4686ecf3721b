"""The eighty-sixth part of the outside corpus, **blind 86** (written 16:20 UTC, 2026-12-06, never
used for tuning): person files a ward police station, a commune building rural roads, a district
education office, a commune's mediation teams, a Russian МФЦ, a Ukrainian ЦНАП, a Kazakh rural
akimat, an Uzbek district hokimiyat and a Georgian polyclinic could hand over. Four Vietnamese
files: a ward police station's list of citizens who reported a lost CCCD, in Windows-1258 with
semicolons (the lost card's number and issue date and who issued it, when and where it was lost,
the confirmation number, the receiving officer, whether a new card was applied for); a commune's
list of households giving land for rural roads in Excel with real Excel dates (the hamlet, the
commune alone, the parcel and map sheet, the area given in m², what stood on the land, the road,
the day the record was signed, the campaign board's member); a district's grade-10 admission
registrations in UTF-16 with tabs (the candidate number, a pupil born in 2010 with the personal
identification number, ethnicity, place of birth, the lower secondary school, two wished upper
secondary schools, priority points, a parent and the parent's phone); and a commune's grassroots
mediation book in UTF-8 with a BOM and semicolons (the party who asked for mediation as the
record, the other party and the other party's address, the kind of dispute, a summary, the
mediation team and mediator, the result, the closing day).
Five foreign files: a Russian МФЦ's applications for residence registration in Windows-1251 with
tabs (the case number, the СНИЛС with its check, the patronymic apart, the passport series and
number, who issued it, the previous address and the new one with its postal index, the owner of the
dwelling, the service, the МФЦ specialist, the status); a Ukrainian ЦНАП's applications for
compensation for damaged housing (єВідновлення) in Excel (the ПІБ in one cell, the РНОКПП and the
УНЗР with their check digits, the ID card or the booklet passport, the damaged property's address in
the occupied or front-line area beside the address where the applicant now lives, the IDP
certificate, the administrator, the state of the case); a Kazakh rural akimat's list of targeted
social assistance in UTF-8 with a BOM, tabs and Kazakh/Russian headers (the ЖСН/ИИН, the patronymic
with -ұлы/-қызы, the identity card number, the street and the village or town, the family size, the
amount in tenge, the precinct commission member); an Uzbek district hokimiyat's "Temir daftar" of
families in need in UTF-8 with headers in Uzbek Cyrillic (the ЖШШИР, the patronymic with ўғли/қизи,
the passport, the address with its tuman, the mahalla, the problem, the help given, the sector that
answers for the family); and a Georgian polyclinic's patients registered with a family doctor in
UTF-8 with a BOM and semicolons in Georgian script (the eleven-digit personal number, the street and
the city apart, ``5xx xx xx xx`` mobiles, the doctor, the state programme, a contact person).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind86_writers import WRITERS_BLIND86
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND86: tuple[Shape, ...] = (
    _shape(
        "trinh_bao_mat_cccd_vn86",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD bị mất=cccd | Ngày cấp=date:issued86 | Nơi cấp=-:issuer86"
        " | Nơi thường trú=address | Số điện thoại=phone"
        " | Thời gian, địa điểm bị mất=-:lost_where86 | Ngày trình báo=date@%d/%m/%Y"
        " | Số giấy xác nhận=-:report_no86 | Cán bộ tiếp nhận=-:officer86"
        " | Đề nghị cấp lại=-:reissue86 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_hien_dat_lam_duong_gtnt_vn86",
        "TT=row | Họ và tên chủ hộ=full_name | Ngày sinh=birth_date:excel_date"
        " | Số CCCD=cccd | Ấp=-:hamlet86 | Xã=ward:commune86 | Thửa đất số=-:parcel86"
        " | Tờ bản đồ số=-:sheet86 | Diện tích hiến (m2)=-:area86"
        " | Tài sản, vật kiến trúc trên đất=-:assets86 | Tuyến đường=-:road86"
        " | Ngày ký biên bản=date:excel_event | Thành viên Ban vận động=-:board86"
        " | SĐT=phone:phone_spaced | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "dang_ky_tuyen_sinh_lop10_vn86",
        "STT=row | Số báo danh=-:sbd86 | Họ và tên học sinh=full_name"
        " | Ngày sinh=birth_date:pupil_birth86 | Giới tính=sex"
        " | Mã định danh cá nhân=cccd:pupil_cccd86 | Dân tộc=-:ethnic86 | Nơi sinh=-:birthplace86"
        " | Học sinh trường THCS=-:lower_school86 | Nguyện vọng 1=-:wish1_86"
        " | Nguyện vọng 2=-:wish2_86 | Điểm ưu tiên, khuyến khích=-:bonus86"
        " | Họ tên cha (mẹ)=-:parent86 | SĐT phụ huynh=-:parent_phone86"
        " | Địa chỉ thường trú=address | Ngày đăng ký=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "so_theo_doi_hoa_giai_co_so_vn86",
        "Số TT=row | Ngày tiếp nhận=date@%d/%m/%Y | Họ tên người yêu cầu=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd:cccd_spaced | Địa chỉ=address"
        " | Điện thoại=phone:phone_dotted | Bên tranh chấp còn lại=-:opponent86"
        " | Địa chỉ bên còn lại=-:opp_addr86 | Loại việc=-:dispute86"
        " | Nội dung vụ việc=-:summary86 | Tổ hòa giải=-:team86 | Hòa giải viên=-:mediator86"
        " | Kết quả=-:result86 | Ngày kết thúc=date:closed86",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "mfc_registratsionnyi_uchet_ru86",
        "№ п/п=row | Номер обращения=-:mfc_case86 | Дата обращения=date@%d.%m.%Y"
        " | Фамилия=family_name:ru_family86 | Имя=given_name:ru_given86"
        " | Отчество=-:ru_patr86 | Дата рождения=birth_date@%d.%m.%Y | Пол=sex:sex_ru86"
        " | СНИЛС=national_id:snils86 | Паспорт (серия, номер)=-:ru_pass86"
        " | Кем выдан=-:ru_issuer86 | Прежний адрес=-:ru_old_addr86"
        " | Адрес регистрации=address:ru_addr86 | Собственник жилого помещения=-:ru_owner86"
        " | Контактный телефон=phone:phone_ru86 | Наименование услуги=-:ru_service86"
        " | Специалист МФЦ=-:ru_clerk86 | Статус=-:ru_status86",
        english=True,
        encoding="cp1251",
        delimiter="\t",
    ),
    _shape(
        "tsnap_yevidnovlennia_ua86",
        "№ з/п=row | Дата звернення=date:excel_event | ПІБ заявника=full_name:ua_pib86"
        " | Дата народження=birth_date:excel_date | Стать=sex:sex_ua86"
        " | РНОКПП=national_id:rnokpp86 | УНЗР=-:unzr86 | Паспорт / ID-картка №=-:ua_idcard86"
        " | Адреса пошкодженого майна=-:ua_damaged86"
        " | Адреса фактичного проживання=address:ua_addr86 | Довідка ВПО №=-:ua_idp86"
        " | Телефон=phone:phone_ua86 | Характер пошкодження=-:ua_damage86"
        " | Адміністратор ЦНАП=-:ua_admin86 | Стан розгляду=-:ua_state86",
        english=True,
        file="xlsx",
    ),
    _shape(
        "akimat_ataulyq_komek_kz86",
        "Р/с № / № п/п=row | ЖСН / ИИН=national_id:iin86"
        " | Тегі / Фамилия=family_name:kz_family86 | Аты / Имя=given_name:kz_given86"
        " | Әкесінің аты / Отчество=-:kz_patr86"
        " | Туған күні / Дата рождения=birth_date@%d.%m.%Y | Жынысы / Пол=sex:sex_kz86"
        " | Жеке куәлік № / № удостоверения=-:kz_card86"
        " | Мекенжайы / Адрес=street:kz_street86"
        " | Елді мекен / Населённый пункт=district:kz_village86"
        " | Отбасы мүшелерінің саны / Кол-во членов семьи=-:kz_members86"
        " | АӘК сомасы, теңге / Сумма АСП, тенге=-:kz_sum86"
        " | Тағайындалған күні / Дата назначения=date@%d.%m.%Y"
        " | Байланыс телефоны / Телефон=phone:phone_kz86"
        " | Учаскелік комиссия мүшесі / Член участковой комиссии=-:kz_commission86",
        english=True,
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "temir_daftar_hokimiyat_uz86",
        "Т/р=row | ЖШШИР=national_id:pinfl86 | Фамилияси=family_name:uz_family86"
        " | Исми=given_name:uz_given86 | Отасининг исми=-:uz_patr86"
        " | Туғилган санаси=birth_date@%d.%m.%Y | Жинси=sex:sex_uz86"
        " | Паспорт серияси ва рақами=-:uz_pass86 | Яшаш манзили=address:uz_addr86"
        " | Маҳалла (МФЙ)=-:uz_mahalla86 | Туман=district:uz_tuman86"
        " | Оила аъзолари сони=-:uz_members86 | Муаммо тури=-:uz_problem86"
        " | Кўрсатилган ёрдам=-:uz_help86 | Бириктирилган сектор=-:uz_sector86"
        " | Телефон рақами=phone:phone_uz86 | Рўйхатга олинган сана=date@%d.%m.%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "poliklinika_pacientebi_ge86",
        "№=row | პირადი ნომერი=national_id:ge_pn86 | გვარი=family_name:ge_family86"
        " | სახელი=given_name:ge_given86 | დაბადების თარიღი=birth_date@%d.%m.%Y"
        " | სქესი=sex:sex_ge86 | მისამართი=street:ge_street86 | ქალაქი=district:ge_city86"
        " | მობილური=phone:phone_ge86 | ოჯახის ექიმი=-:ge_doctor86"
        " | რეგისტრაციის თარიღი=date@%d.%m.%Y | პროგრამა=-:ge_program86"
        " | საკონტაქტო პირი=-:ge_contact86",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("snils86", "rnokpp86", "iin86", "pinfl86", "ge_pn86")
SEX_HOLDS: tuple[str, ...] = ("sex_ru86", "sex_ua86", "sex_kz86", "sex_uz86", "sex_ge86")
NAME_HOLDS = frozenset(
    {"ru_family86", "ru_given86", "ua_pib86", "kz_family86", "kz_given86"}
    | {"uz_family86", "uz_given86", "ge_family86", "ge_given86"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ru86",
    "phone_ua86",
    "phone_kz86",
    "phone_uz86",
    "phone_ge86",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ru_addr86", "ua_addr86", "kz_street86", "uz_addr86")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND86",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND86",
]
