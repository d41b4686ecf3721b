"""The two-hundred-and-sixty-eighth part of the outside corpus, **blind 268** (written 09:57 UTC,
2026-12-07, never used for tuning): person files a provincial education department, a district
social insurance office, a commune's savings-and-loan group of the social policy bank, a post
office selling motorbike insurance, the Muslim spiritual board of Dagestan, a gas company's
office in Chechnya, a social protection office in Ingushetia, the blood transfusion station of
North Ossetia-Alania and the education ministry of Kabardino-Balkaria could hand over. Four
Vietnamese files: pupils asking for their grade-10 entrance exam papers to be re-marked, in UTF-8
with a BOM (the candidate number, the lower secondary school, the exam council, the subjects, the
marks before and after, a parent and the parent's phone, the date of the request); relatives
claiming a monthly survivor's allowance in Windows-1258 with semicolons (the relationship, the
dead insured person's name and social insurance number, the date of death, the kind and amount,
how it is paid); households borrowing for rural clean water and sanitation in UTF-16 with tabs and
headers without diacritics (the customer code, the village and commune, the purpose, the amount
lent, the dates, the balance, the group and its head, the time last updated); and motorbike owners
buying compulsory liability insurance at a post office in Excel (the plate, chassis and engine
numbers, the model, the certificate number, its validity, the premium, the seller).
Five foreign files: a Dagestani hajj group list in UTF-8 (Avar, Dargin and Lezgin names with
patronymics, the internal passport with the region's series, the travel passport, the place of
birth, the mahram of a woman, the group's amir, the meningitis vaccination, the fee); a Chechen gas
supplier's subscriber register in Windows-1251 with semicolons (the account, the full name in one
column, СНИЛС with its check digits, the passport, the settlement apart from the street and house,
the meter and its check date, the debt); an Ingush list of a monthly allowance for a child in
KOI8-R with tabs (the applicant's СНИЛС and passport, the child's name, birth date and СНИЛС, the
family size and income, the decision); an Ossetian blood donor register in Excel (СНИЛС, the ОМС
policy with its Luhn digit, the blood group, the kind and volume of the donation, the workplace,
the honorary donor mark); and a Kabardino-Balkarian list of rural teachers' utility compensation in
UTF-8 with a BOM and semicolons (Kabardian and Balkar names in one column, СНИЛС without
separators, the ИНН with its two checks, the school and post, the bank account, the order).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind268_writers import WRITERS_BLIND268
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND268: tuple[Shape, ...] = (
    _shape(
        "thi_sinh_de_nghi_phuc_khao_bai_thi_tuyen_sinh_lop_10_so_gddt_vn268",
        "STT=row | Số báo danh=-:sbd268 | Họ và tên thí sinh=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số định danh cá nhân=cccd"
        " | Học sinh trường=-:thcs268 | Hội đồng thi=-:hdthi268"
        " | Môn đề nghị phúc khảo=-:mon268 | Điểm trước PK=-:diem_truoc268"
        " | Điểm sau PK=-:diem_sau268 | Họ tên cha (mẹ)=-:parent268"
        " | ĐT liên hệ=-:pphone268 | Ngày nộp đơn=date@%d/%m/%Y",
        encoding="utf-8-sig",
    ),
    _shape(
        "than_nhan_de_nghi_huong_tro_cap_tuat_hang_thang_bhxh_huyen_vn268",
        "TT=row | Họ tên thân nhân=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Quan hệ với người chết=-:rel268"
        " | Họ tên người chết=-:dead268 | Mã số BHXH người chết=-:dead_bhxh268"
        " | Ngày chết=date@%d/%m/%Y | Loại trợ cấp=-:tuat_kind268"
        " | Mức hưởng (đ/tháng)=-:tuat_amt268 | Nơi cư trú hiện nay=address"
        " | Số điện thoại=phone | Hình thức nhận=-:tuat_pay268 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_vay_von_nuoc_sach_ve_sinh_moi_truong_nong_thon_to_tk_vv_nhcsxh_vn268",
        "STT=row | Ma KH=-:cust268 | Ho ten nguoi vay=full_name"
        " | Ngay sinh=birth_date@%d/%m/%Y | So CCCD=cccd | Thon, xa=address:loan_addr268"
        " | Chuong trinh=-:prog268 | Muc dich su dung von=-:purpose268"
        " | So tien vay (dong)=-:loan268 | Ngay giai ngan=date@%d/%m/%Y"
        " | Han tra cuoi cung=-:due268 | Du no=-:debt268 | To TK&VV=-:group268"
        " | Dien thoai=phone | Cap nhat luc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "chu_xe_mua_bao_hiem_bat_buoc_tnds_xe_may_dai_ly_buu_dien_xa_vn268",
        "STT=row | Tên chủ xe=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | CCCD=cccd:cccd_spaced | Địa chỉ=address | Biển kiểm soát=-:plate268"
        " | Số khung=-:chassis268 | Số máy=-:engine268 | Nhãn hiệu xe=-:bike268"
        " | Số GCN bảo hiểm=-:gcn268 | Hiệu lực từ ngày=date@%d/%m/%Y"
        " | Đến ngày=-:until268 | Phí BH (gồm VAT)=-:fee268 | Người bán=-:seller268"
        " | SĐT=phone:phone_dotted",
        file="xlsx",
    ),
    _shape(
        "spisok_palomnikov_khadzh_gruppa_dumd_makhachkala_dagestan_ru268",
        "№=row | Фамилия=family_name:dg_family268 | Имя=given_name:dg_given268"
        " | Отчество=-:dg_patr268 | Дата рождения=birth_date@%d.%m.%Y | Пол=sex:sex_dg268"
        " | Место рождения=-:dg_birthplace268"
        " | Паспорт РФ (серия, номер)=national_id:dg_pass268"
        " | Загранпаспорт №=-:dg_zagran268 | Действителен до=-:dg_zvalid268"
        " | Адрес проживания=address:dg_addr268 | Моб. телефон=phone:dg_phone268"
        " | Махрам=-:dg_mahram268 | Группа, амир=-:dg_group268"
        " | Прививка (менингит)=date@%d.%m.%Y | Оплачено, руб.=-:dg_pay268",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "reestr_abonentov_gazosnabzheniya_uchastok_gudermes_chechnya_ru268",
        "№ п/п=row | Лицевой счёт=-:ce_ls268 | ФИО абонента=full_name:ce_name268"
        " | Дата рождения=birth_date@%d.%m.%Y | СНИЛС=national_id:ce_snils268"
        " | Паспорт (серия, номер)=-:ce_pass268 | Населённый пункт=district:ce_town268"
        " | Улица, дом=street:ce_street268 | Кол-во прожив.=-:ce_people268"
        " | Газовое оборудование=-:ce_equip268 | Прибор учёта=-:ce_meter268"
        " | Дата поверки=date@%d.%m.%Y | Показания, м3=-:ce_read268"
        " | Задолженность, руб.=-:ce_debt268 | Телефон=phone:ce_phone268",
        english=True,
        encoding="cp1251",
        delimiter=";",
    ),
    _shape(
        "poluchateli_vyplaty_na_rebenka_uszn_nazran_ingushetia_ru268",
        "N п/п=row | Ф.И.О. заявителя=full_name:in_name268"
        " | Дата рождения заявителя=birth_date@%d.%m.%Y | СНИЛС заявителя=national_id:in_snils268"
        " | Паспорт заявителя=-:in_pass268 | Ф.И.О. ребенка=-:in_child268"
        " | Дата рождения ребенка=date:in_child_birth268 | СНИЛС ребенка=-:in_child_snils268"
        " | Адрес регистрации=address:in_addr268 | Телефон=phone:in_phone268"
        " | Состав семьи=-:in_family268 | Среднедушевой доход, руб.=-:in_income268"
        " | Размер выплаты, руб.=-:in_pay268 | Дата обращения=date@%d.%m.%Y"
        " | Решение=-:in_decision268",
        english=True,
        encoding="koi8_r",
        delimiter="\t",
    ),
    _shape(
        "registr_donorov_krovi_stantsiya_perelivaniya_vladikavkaz_osetiya_ru268",
        "№ п/п=row | Фамилия=family_name:os_family268 | Имя=given_name:os_given268"
        " | Отчество=-:os_patr268 | Дата рождения=birth_date@%d.%m.%Y | Пол=sex:sex_os268"
        " | СНИЛС=national_id:os_snils268 | Полис ОМС=-:os_oms268"
        " | Адрес регистрации=address:os_addr268 | Телефон=phone:os_phone268"
        " | Группа крови, резус=-:os_blood268 | Вид донации=-:os_kind268"
        " | Объём, мл=-:os_vol268 | Дата донации=date@%d.%m.%Y"
        " | Всего донаций=-:os_count268 | Место работы=-:os_work268"
        " | Почётный донор=-:os_honor268",
        english=True,
        file="xlsx",
    ),
    _shape(
        "kompensatsiya_zhku_pedagogam_selskoi_mestnosti_minobr_kbr_ru268",
        "№=row | Фамилия, имя, отчество=full_name:kb_name268"
        " | Дата рождения=birth_date@%d.%m.%Y | СНИЛС=national_id:kb_snils268"
        " | ИНН=-:kb_inn268 | Образовательная организация=-:kb_school268"
        " | Должность=-:kb_post268 | Адрес места жительства=address:kb_addr268"
        " | Мобильный телефон=phone:kb_phone268 | Членов семьи=-:kb_fam268"
        " | Сумма компенсации в месяц, руб.=-:kb_sum268 | Номер счёта=-:kb_acct268"
        " | Дата назначения=date@%d.%m.%Y | Основание=-:kb_order268",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "dg_pass268",
    "ce_snils268",
    "in_snils268",
    "os_snils268",
    "kb_snils268",
)
SEX_HOLDS: tuple[str, ...] = ("sex_dg268", "sex_os268")
NAME_HOLDS = frozenset(
    {"dg_family268", "dg_given268", "ce_name268", "in_name268", "os_family268"}
    | {"os_given268", "kb_name268"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "dg_phone268",
    "ce_phone268",
    "in_phone268",
    "os_phone268",
    "kb_phone268",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "loan_addr268",
    "dg_addr268",
    "in_addr268",
    "os_addr268",
    "kb_addr268",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND268",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND268",
]
