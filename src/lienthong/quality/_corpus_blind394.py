"""The three-hundred-and-ninety-fourth part of the outside corpus, **blind 394** (written 19:23
UTC, 2026-12-07, never used for tuning): person files a commune youth union branch, a commune's
youth shock brigade, a district youth union, a ward youth union, a Cuban UJC base committee, a
Lao youth union unit, a Chinese university's volunteer association, a Belarusian BRSM primary
organisation and a Ukrainian youth volunteer hub could hand over. Four Vietnamese files: a
branch's ledger of union dues in Windows-1258 with semicolons and headers without diacritics
(the branch, the member card, the monthly dues, the quarter and the year paid, the day paid, the
collector); a commune's youth shock brigade against storms and floods in UTF-16 with tabs (the
squad, the duty, whether they swim, the vehicle, a relative and the relative's phone, the day
the brigade was set up); a district youth union's award nominations in Excel (the post and
branch in one cell, the feat, the award, the decision's number and day); and a ward's "Chủ nhật
xanh" volunteers in UTF-8 with a BOM and semicolons (the volunteer code, the sessions, the
hours, the work, the time last updated).
Five foreign files: a Cuban UJC base committee's militants in Windows-1252 with semicolons (the
eleven-digit carné, the street and the municipio apart, ``5 xxx xxxx`` mobiles, the committee,
the workplace or school, the dues and whether they are paid, the day joined); a Lao youth union
unit's members in UTF-8 with Lao headers (ທ້າວ/ນາງ titles, the ID card number, ບ້ານ, ເມືອງ and
ແຂວງ, ``020`` mobiles, the unit, the job, the day joined); a Chinese university's volunteers in
GB18030 (the 18-character 身份证号 with its MOD 11-2 character, the political status, the league
branch, the project, the hours, the volunteer number); a Belarusian BRSM organisation's members
in Windows-1251 with semicolons and Belarusian headers (the identification number, the
patronymic, ``+375 29`` mobiles, the organisation, the card, the dues, the day joined); and a
Ukrainian youth volunteer hub's list in UTF-8 with tabs (the ПІБ, the РНОКПП, the УНЗР, ``+380``
mobiles, the field of volunteering, the organisation, a contact person, the day registered).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind394_writers import WRITERS_BLIND394
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND394: tuple[Shape, ...] = (
    _shape(
        "thu_doan_phi_chi_doan_vn394",
        "STT=row | Ho ten doan vien=full_name | Ngay sinh=birth_date@%d/%m/%Y | Gioi tinh=sex"
        " | So CCCD=cccd | Chi doan=-:branch394 | So the DV=-:card394"
        " | Muc dong (d/thang)=-:dues394 | Da nop Quy IV=-:q_paid394"
        " | Luy ke ca nam=-:year_paid394 | Ngay nop=date@%d/%m/%Y | Nguoi thu=-:collector394"
        " | Dien thoai=phone",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "doi_tnxk_phong_chong_thien_tai_vn394",
        "TT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số ĐDCN=cccd | Nơi ở hiện nay=address | SĐT=phone"
        " | Tổ=-:squad394 | Nhiệm vụ được phân công=-:duty394 | Biết bơi=-:swim394"
        " | Phương tiện=-:vehicle394 | Người thân (khi cần báo)=-:kin394"
        " | SĐT người thân=-:kin_phone394 | Ngày ra mắt đội=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "de_nghi_khen_thuong_huyen_doan_vn394",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Nam/Nữ=sex"
        " | Số CCCD=cccd:cccd_spaced | Chức vụ, đơn vị=-:post394"
        " | Thành tích đề nghị khen=-:feat394 | Hình thức khen thưởng=-:award394"
        " | Số quyết định=-:decision394 | Ngày quyết định=date@%d/%m/%Y | Email=email",
        file="xlsx",
    ),
    _shape(
        "chu_nhat_xanh_phuong_doan_vn394",
        "STT=row | Mã TNV=-:vol394 | Họ tên=full_name | NS=birth_date@%Y-%m-%d | GT=sex | CCCD=cccd"
        " | Địa chỉ thường trú=address | Điện thoại=phone | Chi đoàn=-:branch394"
        " | Số buổi tham gia=-:sessions394 | Số giờ TN=-:hours394 | Công việc=-:works394"
        " | Cập nhật lúc=timestamp@%d/%m/%Y %H:%M",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "militantes_comite_base_ujc_cu394",
        "No.=row | Nombre(s) y apellidos=full_name:cu_full394"
        " | No. carné de identidad=national_id:carne394 | Fecha de nac.=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_cu394 | Dirección particular=street:cu_street394"
        " | Municipio=district:cu_mun394 | Teléfono=phone:cu_phone394"
        " | Comité de base=-:cu_committee394 | Centro de trabajo o estudio=-:cu_centre394"
        " | Cotización mensual (CUP)=-:cu_dues394 | Estado cotización=-:cu_ok394"
        " | Fecha de ingreso a la UJC=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "samachik_xaonum_la394",
        "ລ/ດ=row | ຊື່ ແລະ ນາມສະກຸນ=full_name:la_name394 | ເພດ=sex:sex_la394"
        " | ວັນເດືອນປີເກີດ=birth_date@%d/%m/%Y | ເລກບັດປະຈຳຕົວ=national_id:la_id394"
        " | ບ້ານ=suburb:la_village394 | ເມືອງ=district:la_district394"
        " | ແຂວງ=state:la_province394 | ເບີໂທລະສັບ=phone:la_phone394"
        " | ໜ່ວຍຊາວໜຸ່ມ=-:la_unit394 | ອາຊີບ=-:la_job394 | ວັນເຂົ້າເປັນສະມາຊິກ=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "daxue_zhiyuanzhe_dengji_cn394",
        "序号=row | 姓名=full_name:cn_name394 | 性别=sex:sex_cn394"
        " | 出生日期=birth_date@%Y-%m-%d | 身份证号=national_id:cn_id394"
        " | 手机号码=phone:cn_phone394 | 政治面貌=-:cn_status394 | 所在团支部=-:cn_branch394"
        " | 志愿者编号=-:cn_vol_no394 | 服务项目=-:cn_project394"
        " | 累计服务时长(小时)=-:cn_hours394 | 注册日期=date@%Y-%m-%d",
        english=True,
        encoding="gb18030",
    ),
    _shape(
        "chleny_brsm_by394",
        "№ п/п=row | Прозвішча=family_name:by_fam394 | Імя=given_name:by_given394"
        " | Імя па бацьку=-:by_patr394 | Дата нараджэння=birth_date@%d.%m.%Y"
        " | Ідэнтыфікацыйны нумар=national_id:by_idnum394 | Адрас=address:by_home394"
        " | Тэлефон=phone:by_phone394 | Першасная арганізацыя=-:by_org394"
        " | Білет=-:by_card394 | Узносы (руб.)=-:by_dues394 | Дата ўступлення=date@%d.%m.%Y",
        english=True,
        encoding="cp1251",
        delimiter=";",
    ),
    _shape(
        "volontery_molodizhnyi_khab_ua394",
        "№ з/п=row | ПІБ волонтера=full_name:ua_pib394 | Дата народження=birth_date@%d.%m.%Y"
        " | РНОКПП=national_id:rnokpp394 | УНЗР=-:unzr394 | Телефон=phone:ua_phone394"
        " | Адреса проживання=address:ua_home394 | Напрям волонтерства=-:ua_area394"
        " | Організація=-:ua_org394 | Контактна особа=-:ua_contact394"
        " | Дата реєстрації=date@%d.%m.%Y",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "carne394",
    "la_id394",
    "cn_id394",
    "by_idnum394",
    "rnokpp394",
)
SEX_HOLDS: tuple[str, ...] = ("sex_cu394", "sex_la394", "sex_cn394")
NAME_HOLDS = frozenset(
    {"cu_full394", "la_name394", "cn_name394", "by_fam394", "by_given394", "ua_pib394"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "cu_phone394",
    "la_phone394",
    "cn_phone394",
    "by_phone394",
    "ua_phone394",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("by_home394", "ua_home394")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND394",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND394",
]
