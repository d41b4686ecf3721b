"""The two-hundred-and-forty-fourth part of the outside corpus, **blind 244** (written 07:49
UTC, 2026-12-07, never used for tuning): person files a heritage site's conservation centre, a
ward's environment team, a provincial 115 emergency centre, a commune's drowning-prevention
programme, a Kharkiv hromada, the city of Lviv, the Odesa employment centre, a collective centre
for internally displaced people and a Crimean Tatar community could hand over. Four Vietnamese
files: the street photographers licensed to work at a heritage site, in UTF-8 with a BOM and
semicolons (where they stand, their camera, the vest number, the permit and its end); the
eateries that hand their used cooking oil to a collector, in Windows-1258 with tabs (the eatery,
its owner, the litres, the collector, the price, the handover record); the ambulance runs of a
115 centre, in Excel (the run number, the hour of the call, the caller and the caller's phone,
the reason, the ambulance, the hospital, the outcome); and the parents who signed for their
children's swimming lessons in a mobile pool, in UTF-16 with tabs (the child, the child's
birthday, the pool, the level before and after). Five foreign files: the households a Kharkiv
hromada gave firewood for the winter, in Windows-1251 with semicolons (the ПІБ in one cell, the
РНОКПП, the ID card or passport, the heating, the family, the cubic metres); the holders of a
Lviv transport benefit e-ticket, in Excel (the РНОКПП and the УНЗР, the street and the city
district, the benefit category, the card number); the people the Odesa employment centre sent
to public works, in KOI8-U with tabs (the passport, the employer, the work, the hours, the pay,
the referral); the residents of a collective centre for displaced people, in UTF-8 with
semicolons (the displaced person's certificate, the address they left, the room, the family, a
relative, the needs); and the aid a Crimean Tatar community handed out for Qurban Bayram, in
UTF-8 with Crimean Tatar headers (the father's name, the birthplace, the РНОКПП, the status).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind244_writers import WRITERS_BLIND244
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND244: tuple[Shape, ...] = (
    _shape(
        "tho_chup_anh_dao_cap_the_hanh_nghe_trung_tam_bao_ton_di_tich_vn244",
        "STT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Nơi thường trú=address | Số ĐT=phone"
        " | Vị trí hành nghề=-:site244 | Thiết bị=-:camera244 | Số áo/thẻ=-:vest244"
        " | Số giấy phép=-:permit244 | Giá trị đến=-:until244 | Ngày cấp=date@%d/%m/%Y"
        " | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "co_so_an_uong_giao_dau_an_da_qua_su_dung_don_vi_thu_gom_phuong_vn244",
        "TT=row | Tên cơ sở=-:eatery244 | Chủ cơ sở=full_name"
        " | Ngày sinh chủ CS=birth_date@%d/%m/%Y | CCCD chủ CS=cccd:cccd_spaced"
        " | Địa chỉ thường trú=address | ĐT liên hệ=phone:phone_dotted"
        " | KL giao (lít)=-:litres244 | Đơn vị thu gom=-:buyer244 | Đơn giá=-:price244"
        " | Số biên bản=-:receipt244 | Ngày giao=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "so_theo_doi_van_chuyen_cap_cuu_ngoai_vien_trung_tam_cap_cuu_115_vn244",
        "STT=row | Mã chuyến=-:run244 | Ngày=date@%d/%m/%Y | Giờ nhận cuộc gọi=-:call244"
        " | Họ tên người bệnh=full_name | Ngày sinh=birth_date:excel_date | Giới=sex"
        " | Số định danh=cccd | Địa chỉ người bệnh=address | SĐT người bệnh=phone"
        " | Người gọi=-:caller244 | SĐT người gọi=-:caller_phone244 | Lý do gọi=-:reason244"
        " | Xe=-:amb244 | Chuyển đến=-:hosp244 | Kết quả=-:result244",
        file="xlsx",
    ),
    _shape(
        "phu_huynh_ky_cam_ket_cho_tre_hoc_boi_be_boi_di_dong_xa_vn244",
        "STT=row | Họ tên phụ huynh=full_name | Ngày sinh PH=birth_date@%d/%m/%Y"
        " | CCCD PH=cccd | SĐT PH=phone:phone_spaced | Địa chỉ=address"
        " | Họ tên trẻ=-:child244 | Ngày sinh của trẻ=-:child_birth244 | Nơi học=-:pool244"
        " | Trước khóa học=-:level244 | Sau khóa học=-:after244"
        " | Ngày ký cam kết=date@%d/%m/%Y | Ngày kết thúc=-:end244",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "reiestr_vydachi_palyvnoi_derevyny_naselenniu_merefianska_hromada_ua244",
        "№ з/п=row | ПІБ отримувача=full_name:kh_pib244"
        " | Дата народження=birth_date@%d.%m.%Y | РНОКПП=national_id:kh_rnokpp244"
        " | Паспорт/ID-картка=-:kh_doc244 | Адреса проживання=address:kh_home244"
        " | Телефон=phone:kh_phone244 | Склад сім'ї=-:kh_family244"
        " | Вид опалення=-:kh_heat244 | Обсяг, м3=-:kh_m3244 | Дата видачі=date@%d.%m.%Y",
        english=True,
        encoding="cp1251",
        delimiter=";",
    ),
    _shape(
        "reiestr_pilhovykh_elektronnykh_kvytkiv_lkp_lvivelektrotrans_ua244",
        "№=row | Прізвище=family_name:lv_family244 | Ім'я=given_name:lv_given244"
        " | По батькові=-:lv_patr244 | Дата народження=birth_date:excel_date"
        " | Стать=sex:lv_sex244 | РНОКПП=national_id:lv_rnokpp244 | УНЗР=-:lv_unzr244"
        " | Вулиця, будинок, квартира=street:lv_street244 | Район=district:lv_district244"
        " | Мобільний телефон=phone:lv_phone244 | Пільгова категорія=-:lv_cat244"
        " | Номер картки=-:lv_card244 | Дата активації=date@%d.%m.%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "napravlennia_na_hromadski_roboty_odeskyi_miskyi_tsentr_zainiatosti_ua244",
        "N з/п=row | Прізвище, ім'я, по батькові=full_name:od_pib244 | Стать=sex:od_sex244"
        " | Дата народж.=birth_date@%d.%m.%Y | РНОКПП=national_id:od_rnokpp244"
        " | Документ, що посвідчує особу=-:od_pass244 | Місце проживання=address:od_home244"
        " | Тел.=phone:od_phone244 | Роботодавець=-:od_employer244 | Вид робіт=-:od_work244"
        " | Год.=-:od_hours244 | Оплата, грн=-:od_wage244 | Направлення=-:od_order244"
        " | Дата початку=date@%d.%m.%Y",
        english=True,
        encoding="koi8_u",
        delimiter="\t",
    ),
    _shape(
        "reiestr_meshkantsiv_mistsia_kompaktnoho_prozhyvannia_vpo_ua244",
        "№=row | ПІБ=full_name:vpo_pib244 | Дата народження=birth_date@%d.%m.%Y"
        " | РНОКПП=national_id:vpo_rnokpp244 | УНЗР=-:vpo_unzr244"
        " | № довідки ВПО=-:vpo_cert244 | Місце проживання до переміщення=-:vpo_from244"
        " | Фактичне місце проживання=address:vpo_home244 | Телефон=phone:vpo_phone244"
        " | К-сть членів сім'ї=-:vpo_members244 | Контактна особа=-:vpo_kin244"
        " | Потреби=-:vpo_needs244 | Дата заселення=date@%d.%m.%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "qurban_bayrami_yardim_alganlar_cedveli_qirimtatar_cemaati_ua244",
        "Sıra №=row | Soyadı=family_name:qt_family244 | Adı=given_name:qt_given244"
        " | Babasınıñ adı=-:qt_father244 | Doğğan künü=birth_date@%d.%m.%Y"
        " | Doğğan yeri=-:qt_birthplace244 | Cınsı=sex:qt_sex244"
        " | RNOKPP (vergi nomerası)=national_id:qt_rnokpp244"
        " | Yaşağan yeri=address:qt_home244 | Telefon=phone:qt_phone244"
        " | Ailede kişi sayısı=-:qt_members244 | Statusı=-:qt_status244"
        " | Berilgen yardım=-:qt_aid244 | Berilgen tarih=date@%d.%m.%Y",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "kh_rnokpp244",
    "lv_rnokpp244",
    "od_rnokpp244",
    "vpo_rnokpp244",
    "qt_rnokpp244",
)
SEX_HOLDS: tuple[str, ...] = ("lv_sex244", "od_sex244", "qt_sex244")
NAME_HOLDS = frozenset(
    {
        "kh_pib244",
        "lv_family244",
        "lv_given244",
        "od_pib244",
        "vpo_pib244",
        "qt_family244",
        "qt_given244",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "kh_phone244",
    "lv_phone244",
    "od_phone244",
    "vpo_phone244",
    "qt_phone244",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("kh_home244", "od_home244", "vpo_home244", "qt_home244")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND244",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND244",
]
