"""The two-hundred-and-sixty-seventh part of the outside corpus, **blind 267** (written 09:50
UTC, 2026-12-07, never used for tuning): person files a provincial library, a highland commune's
poverty programme, a water supply company, a ward's summer swimming class, a Sakha ulus's
agriculture office, Buryatia's people's patrol headquarters, a Tuvan forestry, the Altai
Republic's tourism committee and Khakassia's gas distribution operator could hand over.
Four Vietnamese files: the readers a Thanh Hoa provincial library issued a card to, in UTF-16
with tabs (the card number, the kind of reader, where they study or work, the fee, the issue and
expiry dates); the poor households of a Tuyen Quang highland commune given a breeding cow, in
Windows-1258 with semicolons and headers without diacritics (the household group, the ear tag,
the breed, the weight and the value, the day handed over, the commitment signed, the officer);
the households of a Ho Chi Minh City ward who asked for a water meter, in UTF-8 with a BOM and
semicolons (the customer code and the book number, the meter, its diameter, the fee, the first
reading, the day it was fitted, the crew); and the children of a Nghe An ward in a free summer
swimming class, in Excel (the school and class, a parent and the parent's phone, the course, the
result).
Five foreign files: Sakha reindeer herders paid a subsidy per head, in UTF-16 with tabs and
Sakha/Russian headers (the СНИЛС with its check, the ИНН of region 14, the ulus apart, the
community and brigade, the head count, the sum); the members of Buryatia's people's patrol, in
Windows-1251 with semicolons (the passport of series 81 as the only id, the workplace, the
patrol's certificate, the unit, the duties done, the commander); Tuva's contracts selling
firewood for own needs, in KOI8-R with semicolons (the СНИЛС, the passport of series 93, the
kozhuun apart, the forestry, the quarter and section, the cubic metres, the price); the Altai
Republic's register of tourist instructor-guides, in Excel (family, given and patronymic apart,
the ИНН of region 04 with its two checks, the kind of tourism and difficulty, the certificate and
its end, the organisation); and Khakassia's applications to bring gas to a household plot, in
UTF-8 with commas and ISO dates (the СНИЛС, the passport of series 95, the plot's cadastral
number, the benefit, the application number and its state, the time last updated).
Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind267_writers import WRITERS_BLIND267
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND267: tuple[Shape, ...] = (
    _shape(
        "ban_doc_cap_the_thu_vien_tinh_thanh_hoa_vn267",
        "STT=row | Số thẻ=-:card_lib267 | Họ và tên bạn đọc=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD/ĐDCN=cccd"
        " | Địa chỉ liên hệ=address:addr_lib267 | Điện thoại=phone | Email=email"
        " | Đối tượng bạn đọc=-:kind_lib267 | Nơi học tập / công tác=-:work_lib267"
        " | Lệ phí (đ)=-:fee_lib267 | Ngày cấp=date@%d/%m/%Y"
        " | Hạn sử dụng=-:expiry_lib267@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ho_ngheo_nhan_bo_giong_sinh_san_xa_meo_vac_tuyen_quang_vn267",
        "TT=row | Ho ten chu ho=full_name | Nam sinh=birth_date@%d/%m/%Y | Gioi=sex"
        " | So dinh danh ca nhan=cccd | Thon, xa=address:addr_cow267"
        " | Doi tuong=-:group_cow267 | So the tai bo=-:tag_cow267 | Giong bo=-:breed_cow267"
        " | Trong luong (kg)=-:weight_cow267 | Gia tri (dong)=-:value_cow267"
        " | Ngay ban giao=date@%d/%m/%Y | Cam ket nuoi=-:commit_cow267"
        " | Can bo ban giao=-:officer_cow267 | SDT=phone",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_dang_ky_lap_dong_ho_nuoc_cap_nuoc_di_an_hcm_vn267",
        "STT=row | Mã KH=-:cust_wat267 | Số danh bạ=-:book_wat267"
        " | Tên khách hàng=full_name | Ngày sinh=birth_date@%d-%m-%Y | CCCD=cccd:cccd_spaced"
        " | Địa chỉ lắp đặt=address:addr_wat267 | SĐT liên hệ=phone:phone_dotted"
        " | Hiệu - số ĐH=-:meter_wat267 | Cỡ ĐH=-:dn_wat267 | Chi phí lắp đặt (đ)=-:fee_wat267"
        " | Chỉ số đầu (m3)=-:reading_wat267 | Ngày lắp=date@%d-%m-%Y"
        " | Đơn vị thi công=-:crew_wat267 | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "tre_em_hoc_boi_mien_phi_he_phuong_truong_vinh_nghe_an_vn267",
        "TT=row | Họ và tên học sinh=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | Trường=-:school_swm267 | Lớp=-:class_swm267"
        " | Chỗ ở=address:addr_swm267 | Họ tên phụ huynh=-:parent_swm267"
        " | SĐT phụ huynh=-:pphone_swm267 | Khóa học=-:course_swm267"
        " | Ngày đăng ký=date@%d/%m/%Y | Kết quả=-:result_swm267",
        file="xlsx",
    ),
    _shape(
        "subsidiya_na_golovu_olenei_olenevody_sakha_yakutiya_ru267",
        "№=row | Аата-суола / Ф.И.О. оленевода=full_name:name_sa267"
        " | Төрөөбүт күнэ / Дата рождения=birth_date@%d.%m.%Y | СНИЛС=national_id:snils_sa267"
        " | ИНН=-:inn_sa267 | Улуус / Район=district:ulus_sa267"
        " | Олорор сирэ / Адрес=address:addr_sa267 | Төлөпүөн=phone:phone_sa267"
        " | Хаһаайыстыба / Хозяйство=-:community_sa267 | Бригада=-:brigade_sa267"
        " | Таба ахсаана / Поголовье оленей на 01.01=-:heads_sa267"
        " | Сумма субсидии, руб.=-:sum_sa267 | Дата перечисления=date@%d.%m.%Y",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "reestr_narodnykh_druzhinnikov_buryatiya_ru267",
        "№ п/п=row | Ф.И.О. дружинника=full_name:name_bu267"
        " | Дата рождения=birth_date@%d.%m.%Y | Паспорт (серия, №)=national_id:pass_bu267"
        " | Адрес места жительства=address:addr_bu267 | Контактный телефон=phone:phone_bu267"
        " | Место работы (учебы)=-:work_bu267 | № удостоверения=-:cert_bu267"
        " | Дата вступления в ДНД=date@%d.%m.%Y | Дружина=-:unit_bu267"
        " | Кол-во выходов на дежурство=-:shifts_bu267 | Командир=-:cmd_bu267",
        english=True,
        encoding="cp1251",
        delimiter=";",
    ),
    _shape(
        "dogovory_drevesina_dlya_sobstvennykh_nuzhd_tyva_ru267",
        "N=row | N договора=-:contract_tu267 | Покупатель (ФИО)=full_name:name_tu267"
        " | Дата рожд.=birth_date@%d.%m.%Y | СНИЛС=national_id:snils_tu267"
        " | Паспорт=-:pass_tu267 | Кожуун=district:kozh_tu267"
        " | Адрес=address:addr_tu267 | Тел.=phone:phone_tu267"
        " | Лесничество=-:forest_tu267 | Квартал, выдел=-:plot_tu267"
        " | Объем, куб.м=-:vol_tu267 | Плата, руб.=-:sum_tu267"
        " | Дата заключения=date@%d.%m.%Y",
        english=True,
        encoding="koi8_r",
        delimiter=";",
    ),
    _shape(
        "reestr_instruktorov_provodnikov_komturizm_respubliki_altai_ru267",
        "№=row | Фамилия=family_name:family_al267 | Имя=given_name:given_al267"
        " | Отчество=-:patr_al267 | Дата рождения=birth_date@%d.%m.%Y"
        " | ИНН=national_id:inn_al267 | Адрес регистрации=address:addr_al267"
        " | Телефон=phone:phone_al267 | Вид туризма=-:kind_al267"
        " | Категория сложности=-:cat_al267 | № свидетельства=-:cert_al267"
        " | Дата аттестации=date@%d.%m.%Y | Действительно до=-:valid_al267@%d.%m.%Y"
        " | Организация=-:org_al267",
        english=True,
        file="xlsx",
    ),
    _shape(
        "zayavki_dogazifikatsiya_gazprom_gazoraspredelenie_abakan_khakasiya_ru267",
        "п/п=row | № заявки=-:app_kh267 | ФИО заявителя=full_name:name_kh267"
        " | Дата рождения=birth_date@%Y-%m-%d | СНИЛС=national_id:snils_kh267"
        " | Паспорт серия номер=-:pass_kh267 | Адрес домовладения=address:addr_kh267"
        " | Кадастровый номер ЗУ=-:cad_kh267 | Телефон=phone:phone_kh267"
        " | Льготная категория=-:lgot_kh267 | Дата подачи=date@%Y-%m-%d"
        " | Статус=-:status_kh267 | Изменено=timestamp@%Y-%m-%d %H:%M:%S",
        english=True,
    ),
)

#: How a 31 February reads in this part's date formats (all of them read it plainly).
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "snils_sa267",
    "pass_bu267",
    "snils_tu267",
    "inn_al267",
    "snils_kh267",
)
SEX_HOLDS: tuple[str, ...] = ()
NAME_HOLDS = frozenset(
    {
        "name_sa267",
        "name_bu267",
        "name_tu267",
        "family_al267",
        "given_al267",
        "name_kh267",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_sa267",
    "phone_bu267",
    "phone_tu267",
    "phone_al267",
    "phone_kh267",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "addr_lib267",
    "addr_cow267",
    "addr_wat267",
    "addr_swm267",
    "addr_sa267",
    "addr_bu267",
    "addr_tu267",
    "addr_al267",
    "addr_kh267",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND267",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND267",
]
