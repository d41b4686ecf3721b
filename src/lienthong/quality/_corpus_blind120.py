"""The hundred-and-twentieth part of the outside corpus, **blind 120** (written 19:38 UTC,
2026-12-06, never used for tuning): person files a district military command registering drones,
a coastal city's beach management board, a provincial health department licensing pharmacists, a
provincial bar association, a Dagestani employment centre, a Belarusian district executive
committee, a Kazakh public service centre, an Uzbek regional pilgrimage office and a Kyrgyz ayil
okmotu could hand over.
Four Vietnamese files: a list of drone owners registered with the district military command in
Excel (the drone's model, serial, take-off weight, purpose and flying area, the registration
certificate, the receiving officer); a list of lifeguards at public beaches in Windows-1258 with
semicolons (the post, the beach, the shift, the lifeguard certificate and its expiry, the 400 m
swim time, a contact person and their phone); a list of pharmacists granted practising
certificates in UTF-16 with tabs (the degree, school and graduation year, the scope, the
certificate number and date, the pharmacy where they practised, the time last updated); and a
provincial bar's member list in UTF-8 with a BOM and semicolons (the practising certificate and
bar card, the date of joining, the law office and its address, the status).
Five foreign files: a Russian employment centre's register of the unemployed in Windows-1251
with semicolons (the СНИЛС with its check number, the ИНН with its two checks, the passport
series and number and its date, the last employer, the reason of dismissal under the Labour Code,
the benefit, the inspector); a Belarusian list of large families in UTF-8 with tabs (the
identification number with its check digit, the patronymic in the name, the passport, the spouse,
the number of children, the certificate and its validity); a Kazakh driving test list in Excel
with Kazakh/Russian headers (the ИИН with its check digit, the category, the driving school and
its certificate, the medical certificate, the scores, the examiner); an Uzbek list of Hajj and
Umrah pilgrims in UTF-8 with semicolons and Uzbek Latin headers (the JSHSHIR, the foreign
passport and its expiry, the region and the mahalla, the mahram, the queue number, the medical
check, the payment); and a Kyrgyz village council's land plot queue in UTF-16 with tabs and
Kyrgyz headers (the ПИН, the patronymic with уулу/кызы or -ович, the village, the queue number,
the family size, the plot's area in sotix, the decision).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind120_writers import WRITERS_BLIND120
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND120: tuple[Shape, ...] = (
    _shape(
        "dang_ky_tau_bay_khong_nguoi_lai_ban_chqs_vn120",
        "STT=row | Họ và tên chủ sở hữu=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số định danh cá nhân=cccd | Nơi cư trú=address | Số điện thoại=phone"
        " | Loại tàu bay (model)=-:drone_model120 | Số sê-ri=-:drone_serial120"
        " | Trọng lượng cất cánh tối đa (kg)=-:drone_weight120"
        " | Mục đích sử dụng=-:drone_purpose120 | Khu vực bay dự kiến=-:drone_area120"
        " | Ngày đăng ký=date@%d/%m/%Y | Số GCN đăng ký=-:drone_cert120"
        " | Cán bộ tiếp nhận=-:drone_officer120",
        file="xlsx",
    ),
    _shape(
        "nhan_vien_cuu_ho_bai_tam_cong_cong_vn120",
        "TT=row | Họ tên NV cứu hộ=full_name | Ngày sinh=birth_date@%d.%m.%Y | Giới tính=sex"
        " | CCCD=cccd | Địa chỉ thường trú=address | ĐT=phone:phone_spaced"
        " | Chốt cứu hộ=-:beach_post120 | Bãi tắm=-:beach120 | Ca trực=-:shift120"
        " | Chứng chỉ cứu hộ số=-:lifeguard_cert120 | Ngày hết hạn CC=date:cert_until120"
        " | Bơi 400m (phút)=-:swim_time120 | Người liên hệ khi cần=-:lg_contact120"
        " | SĐT người liên hệ=-:lg_contact_phone120 | Ghi chú=-:lg_note120",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "cap_chung_chi_hanh_nghe_duoc_so_y_te_vn120",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD/ĐDCN=cccd | Nơi thường trú=address | Điện thoại=phone | Email=email"
        " | Văn bằng chuyên môn=-:pharm_degree120 | Cơ sở đào tạo=-:pharm_school120"
        " | Năm TN=-:pharm_grad120 | Phạm vi hoạt động chuyên môn=-:pharm_scope120"
        " | Số CCHN dược=-:pharm_cert120 | Ngày cấp=date@%d/%m/%Y"
        " | Cơ sở thực hành=-:pharm_practice120 | Hình thức cấp=-:pharm_form120"
        " | Ngày cập nhật=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "danh_sach_luat_su_doan_luat_su_tinh_vn120",
        "TT=row | Họ tên LS=full_name:full_name_caps | Ngày/tháng/năm sinh=birth_date@%d-%m-%Y"
        " | Giới tính=sex | CCCD số=cccd:cccd_spaced | Số CCHN LS=-:lawyer_cchn120"
        " | Thẻ LS số=-:lawyer_card120 | Ngày gia nhập Đoàn=date@%d-%m-%Y"
        " | Tổ chức hành nghề=-:law_firm120 | Địa chỉ TCHN=-:law_firm_addr120"
        " | Địa chỉ liên lạc=address | Di động=phone:phone_dotted | Email=email"
        " | Tình trạng=-:lawyer_status120",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "uchet_bezrabotnykh_czn_makhachkala_ru120",
        "№ п/п=row | Фамилия=family_name:ru_family120 | Имя=given_name:ru_given120"
        " | Отчество=-:ru_patr120 | Дата рождения=birth_date@%d.%m.%Y | Пол=sex:sex_ru120"
        " | СНИЛС=national_id:snils120 | ИНН=-:inn120"
        " | Паспорт (серия, номер)=-:ru_passport120 | Дата выдачи=date:ru_pass_date120"
        " | Адрес регистрации=address:ru_addr120 | Телефон=phone:ru_phone120"
        " | Дата постановки на учёт=date@%d.%m.%Y"
        " | Последнее место работы=-:ru_lastjob120"
        " | Основание увольнения=-:ru_reason120 | Размер пособия, руб.=-:ru_benefit120"
        " | Инспектор ЦЗН=-:ru_inspector120",
        english=True,
        encoding="cp1251",
        delimiter=";",
    ),
    _shape(
        "mnogodetnye_semi_raiispolkom_by120",
        "№ п/п=row | Фамилия, собственное имя, отчество=full_name:by_full120"
        " | Дата рождения=birth_date@%d.%m.%Y | Идентификационный номер=national_id:by_idn120"
        " | Паспорт (серия, №)=-:by_pass120"
        " | Адрес регистрации по месту жительства=address:by_addr120"
        " | Контактный телефон=phone:by_phone120 | Место работы (учёбы)=-:by_work120"
        " | Супруг (супруга)=-:by_spouse120 | Кол-во несовершеннолетних детей=-:by_kids120"
        " | Удостоверение многодетной семьи=-:by_cert120 | Дата выдачи=date@%d.%m.%Y"
        " | Срок действия=date:by_until120 | Примечание=-:by_note120",
        english=True,
        delimiter="\t",
    ),
    _shape(
        "spetscon_emtihan_voditel_kuaelik_kz120",
        "Р/с №=row | ЖСН / ИИН=national_id:iin120"
        " | Тегі, аты, әкесінің аты / Ф.И.О.=full_name:kz_full120"
        " | Туған күні / Дата рождения=birth_date@%d.%m.%Y | Жынысы / Пол=sex:sex_kz120"
        " | Тіркелген мекенжайы / Адрес регистрации=address:kz_addr120"
        " | Ұялы телефон / Моб. телефон=phone:kz_phone120 | Санаты / Категория=-:kz_cat120"
        " | Автомектеп / Автошкола=-:kz_school120 | Куәлік № / Свидетельство №=-:kz_school_cert120"
        " | Мед. анықтама / Мед. справка=-:kz_med120 | Теория (балл)=-:kz_theory120"
        " | Практика / Вождение=-:kz_practice120 | Емтихан күні / Дата экзамена=date@%d.%m.%Y"
        " | Емтихан алушы / Экзаменатор=-:kz_examiner120",
        english=True,
        file="xlsx",
    ),
    _shape(
        "haj_umra_ziyoratchilar_royxati_uz120",
        "T/r=row | F.I.Sh.=full_name:uz_full120 | Tug'ilgan sanasi=birth_date@%d.%m.%Y"
        " | JSHSHIR=national_id:pinfl120 | Jinsi=sex:sex_uz120"
        " | Xorijga chiqish pasporti=-:uz_pass120"
        " | Pasport amal qilish muddati=date:uz_pass_until120"
        " | Viloyat=state:uz_region120 | Mahalla=suburb:uz_mahalla120"
        " | Doimiy yashash manzili=address:uz_addr120 | Telefon raqami=phone:uz_phone120"
        " | Ziyorat turi=-:uz_kind120 | Mahram=-:uz_mahram120 | Navbat raqami=-:uz_queue120"
        " | Tibbiy ko'rik=-:uz_medical120 | To'langan summa (so'm)=-:uz_paid120"
        " | Ro'yxatga olingan sana=date@%d.%m.%Y | Guruh rahbari=-:uz_leader120",
        english=True,
        delimiter=";",
    ),
    _shape(
        "zher_tilkesi_kezegi_ayil_okmotu_kg120",
        "№=row | ЖИН (ПИН)=national_id:pin120 | Аты-жөнү=full_name:kg_full120"
        " | Туулган күнү=birth_date@%d.%m.%Y | Жынысы=sex:sex_kg120"
        " | Паспорт сериясы, №=-:kg_pass120 | Катталган дареги=address:kg_addr120"
        " | Айыл=district:kg_village120 | Байланыш телефону=phone:kg_phone120"
        " | Кезекке коюлган күнү=date@%d.%m.%Y | Кезек №=-:kg_queue120"
        " | Үй-бүлө мүчөлөрүнүн саны=-:kg_members120"
        " | Жер тилкесинин аянты (сотых)=-:kg_area120"
        " | Айыл өкмөтүнүн токтому=-:kg_decision120 | Абалы=-:kg_state120",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("snils120", "by_idn120", "iin120", "pinfl120", "pin120")
SEX_HOLDS: tuple[str, ...] = ("sex_ru120", "sex_kz120", "sex_uz120", "sex_kg120")
NAME_HOLDS = frozenset(
    {"ru_family120", "ru_given120", "by_full120", "kz_full120", "uz_full120", "kg_full120"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "ru_phone120",
    "by_phone120",
    "kz_phone120",
    "uz_phone120",
    "kg_phone120",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "ru_addr120",
    "by_addr120",
    "kz_addr120",
    "uz_addr120",
    "kg_addr120",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND120",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND120",
]
