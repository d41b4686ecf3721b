"""The hundred-and-sixtieth part of the outside corpus, **blind 160** (written 22:38 UTC,
2026-12-06, never used for tuning): person files a commune registering home rice wine makers who
sell to a licensed firm, a forest owners' group certified to FSC, a commune police post taking in
weapons and explosives, a microfinance institution's micro-insurance branch, a Kazakh testing
centre, a Kyrgyz civil registry office, an Uzbek employment centre, the Tajik National Testing
Centre and a Turkmen gas company could hand over.
Four Vietnamese files: makers of handmade rice wine selling to a licensed firm, in Windows-1258 with
semicolons (the kind of wine, litres a year, the strength, the firm, the sale contract, the
registration certificate, the day registered); the members of a forest owners' group certified to
FSC in Excel (the group, the compartment, lot and sub-zone, the area, the species, the year planted,
the land-use book, the certificate code, the day the commitment was signed); weapons, explosives and
support tools handed in to the commune police, in UTF-16 with tabs (the item, how many, its state,
where it came from, the record, the officer who took it in); and a microfinance institution's
clients in a micro-insurance scheme, in UTF-8 with a BOM and semicolons, headers without diacritics
and with odd spacing (the loan group, the member code, the plan, the amount paid, the beneficiary
and the beneficiary's phone, the day they joined, the time the row was updated).
Five foreign files: Kazakhstan's unified national test (ҰБТ) results in UTF-16 with Kazakh and
Russian headers (the ЖСН/ИИН with its check digit, surname, name and patronymic, sex, the address
with its house and flat, the mobile, a parent's phone, the school, the test taker's code, the
subject pair, the score, the grant); a Kyrgyz civil registry's marriage records in Excel with Kyrgyz
and Russian headers (the act number and the day, the ПИН, the names and patronymic, the passport,
the address, the phone, the spouse and the spouse's ПИН, the surname taken, the certificate, the
office); an Uzbek employment centre's jobseekers in Windows-1251 with semicolons and Uzbek Latin
headers (the JShShIR with its check digit, the full name with o‘g‘li/qizi, the passport, the
address, the phone, the education, the trade, the last employer, the benefit, the status); the Tajik
National Testing Centre's applicants in UTF-8 with a BOM and semicolons, Tajik headers (the ИРМ/ИНН,
surname, name and father's name, sex, the address, the phone, the school, the applicant code, the
cluster, the score, the passport); and Türkmengaz's household subscribers in Windows-1250 with
semicolons and Turkmen headers (the account, the names, the passport series and number, the address,
the home and mobile phones, the meter, the last reading, the household's size, the amount due, the
meter's check date, the inspector).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind160_writers import WRITERS_BLIND160
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND160: tuple[Shape, ...] = (
    _shape(
        "co_so_san_xuat_ruou_thu_cong_ban_cho_doanh_nghiep_xa_vn160",
        "STT=row | Họ tên chủ cơ sở=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | SĐT=phone | Địa chỉ cơ sở SX=address | Loại rượu=-:wine_kind160"
        " | Sản lượng (lít/năm)=-:wine_litres160 | Độ cồn=-:wine_abv160"
        " | Bán cho DN có GP SX rượu CN=-:wine_firm160 | Số HĐ mua bán=-:wine_contract160"
        " | Số GCN đăng ký=-:wine_permit160 | Ngày đăng ký=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nhom_ho_chu_rung_chung_chi_fsc_vn160",
        "TT=row | Tên chủ rừng=full_name:full_name_caps | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | CCCD=cccd | Địa chỉ=address | Nhóm CCR=-:fsc_group160"
        " | Khoảnh/Lô/Tiểu khu=-:fsc_plot160 | Diện tích (ha)=-:fsc_area160"
        " | Loài cây=-:fsc_species160 | Năm trồng=-:fsc_year160"
        " | Số GCN QSDĐ (sổ đỏ)=-:fsc_book160 | Mã chứng chỉ=-:fsc_cert160"
        " | SĐT=phone:phone_spaced | Ngày ký cam kết=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "so_tiep_nhan_vu_khi_vat_lieu_no_cong_cu_ho_tro_giao_nop_cong_an_xa_vn160",
        "STT=row | Ngày giao nộp=date@%d/%m/%Y | Họ và tên người giao nộp=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | CCCD=cccd | Nơi cư trú=address"
        " | Điện thoại=phone:phone_dotted | Loại VK, VLN, CCHT=-:arms_item160"
        " | Số lượng=-:arms_qty160 | Tình trạng=-:arms_state160 | Nguồn gốc=-:arms_source160"
        " | Số biên bản=-:arms_record160 | CB tiếp nhận=-:arms_officer160 | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "khach_hang_bao_hiem_vi_mo_to_chuc_tai_chinh_vi_mo_vn160",
        "Stt=row | Ho va ten  khach hang=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | So CCCD=cccd | Dia chi=address | SDT=phone | Cum/To vay von=-:mi_branch160"
        " | Ma so  TV=-:mi_member160 | Goi BH=-:mi_plan160 | So tien dong (d)=-:mi_paid160"
        " | Nguoi thu huong=-:mi_heir160 | SDT nguoi thu huong=-:mi_heir_phone160"
        " | Ngay tham gia=date@%d/%m/%Y | Cap nhat luc=timestamp",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "ubt_natizheleri_test_ortalygy_kz160",
        "№ р/с=row | ЖСН / ИИН=national_id:iin_kz160 | Тегі / Фамилия=family_name:kz_family160"
        " | Аты / Имя=given_name:kz_given160 | Әкесінің аты / Отчество=-:kz_father160"
        " | Туған күні / Дата рождения=birth_date@%d.%m.%Y | Жынысы / Пол=sex:sex_kz160"
        " | Мекенжайы / Адрес=address:kz_addr160 | Ұялы тел. / Моб. тел.=phone:kz_phone160"
        " | Ата-анасының тел. / Тел. родителей=-:kz_parent_phone160"
        " | Мектеп / Школа=-:kz_school160 | ТЖК / ИКТ=-:kz_code160"
        " | Бейіндік пәндер / Профильные предметы=-:kz_profile160"
        " | Балл=-:kz_score160 | Грант=-:kz_grant160"
        " | Тестілеу күні / Дата тестирования=date@%d.%m.%Y",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nike_kattoo_akt_zhazuulary_azhak_kg160",
        "№ п/п=row | Акт жазуунун № / № а/з=-:kg_act160"
        " | Каттоо күнү / Дата регистрации=date@%d.%m.%Y | ПИН (ЖЕН)=national_id:pin_kg160"
        " | Фамилиясы=family_name:kg_family160 | Аты=given_name:kg_given160"
        " | Атасынын аты=-:kg_father160 | Туулган күнү=birth_date@%d.%m.%Y"
        " | Жынысы=sex:sex_kg160 | Паспорт (ID-карта)=-:kg_passport160"
        " | Жашаган жери / Место жительства=address:kg_addr160 | Байланыш тел.=phone:kg_phone160"
        " | Жубайынын ФАА / ФИО супруга(и)=-:kg_spouse160"
        " | Жубайынын ПИН=-:kg_spouse_pin160"
        " | Никеден кийинки фамилиясы=-:kg_surname_after160"
        " | Күбөлүк сериясы, № / Свидетельство=-:kg_cert160 | АЖАК бөлүмү=-:kg_office160",
        english=True,
        file="xlsx",
    ),
    _shape(
        "ish_izlovchilar_royxati_bandlikka_komaklashish_markazi_uz160",
        "T/r=row | JShShIR=national_id:pinfl_uz160 | F.I.Sh.=full_name:uz_full160"
        " | Tug‘ilgan sanasi=birth_date@%d.%m.%Y | Jinsi=sex:sex_uz160"
        " | Pasport seriyasi va raqami=-:uz_passport160"
        " | Yashash manzili=address:uz_addr160 | Telefon raqami=phone:uz_phone160"
        " | Ma’lumoti=-:uz_edu160 | Kasbi (mutaxassisligi)=-:uz_trade160"
        " | Oxirgi ish joyi=-:uz_last_job160 | Ro‘yxatga olingan sana=date@%d.%m.%Y"
        " | Ishsizlik nafaqasi (so‘m)=-:uz_benefit160 | Holati=-:uz_status160",
        english=True,
        encoding="cp1251",
        delimiter=";",
    ),
    _shape(
        "ruyxati_dovtalabon_markazi_millii_testi_tj160",
        "№=row | РМА (ИНН)=national_id:inn_tj160 | Насаб=family_name:tj_family160"
        " | Ном=given_name:tj_given160 | Номи падар=-:tj_father160"
        " | Санаи таваллуд=birth_date@%d.%m.%Y | Ҷинс=sex:sex_tj160"
        " | Суроға=address:tj_addr160 | Телефон=phone:tj_phone160"
        " | Муассисаи таҳсилоти миёна=-:tj_school160 | Рамзи довталаб=-:tj_code160"
        " | Гурӯҳи ихтисосҳо (кластер)=-:tj_cluster160 | Холи умумӣ=-:tj_score160"
        " | Шиноснома=-:tj_passport160 | Санаи бақайдгирӣ=date@%d.%m.%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "turkmengaz_abonentlerinin_sanawy_tm160",
        "T/b=row | Abonent belgisi=-:tm_account160 | Familiýasy=family_name:tm_family160"
        " | Ady=given_name:tm_given160 | Atasynyň ady=-:tm_father160"
        " | Doglan senesi=birth_date@%d.%m.%Y | Pasportynyň seriýasy we belgisi="
        "national_id:tm_passport160 | Ýaşaýan salgysy=address:tm_addr160"
        " | Öý telefony=-:tm_home_phone160 | Ykjam telefony=phone:tm_phone160"
        " | Gaz hasaplaýjy=-:tm_meter160 | Soňky görkeziji=-:tm_reading160"
        " | Maşgala agzalarynyň sany=-:tm_people160 | Tölenmeli jemi=-:tm_amount160"
        " | Hasaplaýjynyň barlag möhleti=-:tm_expiry160 | Gözegçi=-:tm_inspector160"
        " | Soňky töleg senesi=date@%d.%m.%Y",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "iin_kz160",
    "pin_kg160",
    "pinfl_uz160",
    "inn_tj160",
    "tm_passport160",
)
SEX_HOLDS: tuple[str, ...] = ("sex_kz160", "sex_kg160", "sex_uz160", "sex_tj160")
NAME_HOLDS = frozenset(
    {
        "kz_family160",
        "kz_given160",
        "kg_family160",
        "kg_given160",
        "uz_full160",
        "tj_family160",
        "tj_given160",
        "tm_family160",
        "tm_given160",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "kz_phone160",
    "kg_phone160",
    "uz_phone160",
    "tj_phone160",
    "tm_phone160",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "kz_addr160",
    "kg_addr160",
    "uz_addr160",
    "tj_addr160",
    "tm_addr160",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND160",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND160",
]
