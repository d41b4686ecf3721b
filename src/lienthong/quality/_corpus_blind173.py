"""The hundred-and-seventy-third part of the outside corpus, **blind 173** (written 23:37 UTC,
2026-12-06, never used for tuning): person files a Ly Son fisheries office, a Hanoi ward, a Bac
Ninh traffic police team, a Nghe An commune, a Mongolian bank, an Inner Mongolian Naadam
committee, a Buryat district administration, a Tuvan agriculture ministry and a Kalmyk district
could hand over. Four Vietnamese files: hookah divers trained in first aid and decompression
sickness, in UTF-16 with tabs (the boat's registration, its owner, years diving, the usual depth,
past decompression sickness, the training day, the result); petrol-motorbike owners in the
low-emission zone helped to buy an electric one, in Excel (the old plate, its year, the new
e-bike and frame number, the support, the group, the day the file was lodged); drivers whose
licence points ran out and who sat the law check to get them back, in Windows-1258 with
semicolons and ALL CAPS headers without diacritics (the licence and class, points left, the day of
the last deduction, the day of the check, the result); and a commune's list of people paid the
100.000 đồng National Day gift in cash, in UTF-8 with a BOM and semicolons (how it was paid, the
person who took it in their stead and how related, the day, an empty signature column).
Five foreign files: a Mongolian bank's 8% mortgage borrowers in Excel (clan name, father's name
and own name apart, the register number, the employer, the loan contract and amount, the flat
bought, the co-borrower); an Inner Mongolian Naadam's competitors in GB18030 with Mongolian-script
and Chinese headers (one-word Mongolian names in Chinese, nationality, the resident id, the
hukou place, the team, the event, the weight, the emergency contact and their phone); a Buryat
district's large families queued for free land, in UTF-8 with semicolons and Buryat/Russian
headers (СНИЛС, passport of series 81, the number of children, the queue number, the plot's
cadastral number and place); Tuva's young herders given livestock under "Кыштаг для молодой
семьи", in UTF-16 with tabs and Tuvan/Russian headers (the kozhuun, the spouse, the livestock,
the winter camp, the curator); and a Kalmyk sheep-subsidy list in Windows-1251 with semicolons
(ИНН, passport series and number apart, ewes, the rate and the sum, the household book entry).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind173_writers import WRITERS_BLIND173
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND173: tuple[Shape, ...] = (
    _shape(
        "tho_lan_ong_hoi_tap_huan_so_cuu_giam_ap_dac_khu_ly_son_vn173",
        "TT=row | Họ và tên thợ lặn=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Nơi ở=address:addr_ls173 | SĐT=phone"
        " | Tàu cá (số ĐK)=-:boat173 | Chủ tàu=-:owner173 | Số năm lặn=-:years173"
        " | Độ sâu thường lặn (m)=-:depth173 | Tiền sử bệnh giảm áp=-:decomp173"
        " | Ngày tập huấn=date@%d/%m/%Y | Kết quả=-:result173",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ho_tro_chuyen_doi_xe_may_xang_sang_xe_dien_vung_phat_thai_thap_ha_noi_vn173",
        "STT=row | Họ và tên chủ xe=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số định danh cá nhân=cccd | Nơi thường trú=address:addr_hk173 | Điện thoại=phone"
        " | Biển số xe xăng=-:plate173 | Năm SX=-:year_made173"
        " | Xe điện mua mới (nhãn hiệu)=-:ebike173 | Số khung xe điện=-:vin173"
        " | Mức hỗ trợ (đồng)=-:support173 | Đối tượng=-:group173"
        " | Ngày nộp hồ sơ=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "phuc_hoi_diem_gplx_kiem_tra_kien_thuc_phap_luat_doi_csgt_bac_ninh_vn173",
        "STT=row | HO VA TEN=full_name | NGAY SINH=birth_date@%d/%m/%Y | SO DINH DANH=cccd"
        " | NOI CU TRU=address:addr_bn173 | SO GPLX=-:licence173 | HANG=-:class173"
        " | DIEM CON LAI=-:points173 | NGAY TRU DIEM LAN CUOI=date@%d/%m/%Y"
        " | NGAY KIEM TRA=date:check_day173@%d/%m/%Y | KET QUA=-:pass173 | SDT=phone",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "chi_tra_tien_mat_qua_tang_quoc_khanh_2_9_100000_dong_xa_nghi_loc_nghe_an_vn173",
        "STT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Số ĐDCN=cccd | Nơi thường trú=address:addr_na173 | Số tiền (đồng)=-:gift173"
        " | Hình thức nhận=-:how173 | Người nhận thay=-:proxy173"
        " | Quan hệ với người được tặng=-:proxy_rel173 | Ngày nhận=date@%d/%m/%Y"
        " | Ký nhận=-:sign173",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "ipotek_8_huvi_oron_suuts_zeeldegch_khaan_bank_mn173",
        "№=row | Ургийн овог=-:clan_mn173 | Эцэг/эхийн нэр=family_name:father_mn173"
        " | Өөрийн нэр=given_name:given_mn173 | Регистрийн дугаар=national_id:reg_mn173"
        " | Төрсөн огноо=birth_date@%Y.%m.%d | Хүйс=sex:sex_mn173"
        " | Гар утас=phone:phone_mn173 | Оршин суугаа хаяг=address:addr_mn173"
        " | Ажлын газар, албан тушаал=-:job_mn173 | Зээлийн гэрээний №=-:loan_no_mn173"
        " | Зээлийн хэмжээ (₮)=-:loan_mn173 | Худалдан авсан орон сууц=-:flat_mn173"
        " | Зээл олгосон огноо=date@%Y.%m.%d | Хамтран зээлдэгч=-:co_mn173",
        english=True,
        file="xlsx",
    ),
    _shape(
        "naadam_boke_sheji_saima_canshai_baoming_xilinhaote_neimenggu_cn173",
        "序号=row | ᠨᠡᠷᠡ 姓名=full_name:name_im173 | ᠬᠦᠢᠰᠦ 性别=sex:sex_im173"
        " | ᠦᠨᠳᠦᠰᠦᠲᠡᠨ 民族=-:nation_im173 | ᠲᠥᠷᠥᠭᠰᠡᠨ ᠡᠳᠦᠷ 出生日期=birth_date@%Y年%m月%d日"
        " | 公民身份号码=national_id:id_im173 | 户籍地址=address:addr_im173"
        " | 代表队=-:team_im173 | 参赛项目=-:event_im173 | 体重(公斤)=-:weight_im173"
        " | ᠤᠲᠠᠰᠤ 联系电话=phone:phone_im173 | 紧急联系人=-:contact_im173"
        " | 紧急联系人电话=-:contact_phone_im173 | 报名日期=date@%Y-%m-%d",
        english=True,
        encoding="gb18030",
    ),
    _shape(
        "mnogodetnye_ochered_zemelnyi_uchastok_ivolginskii_buryatia_ru173",
        "№ п/п=row | Обог / Фамилия=family_name:family_bur173"
        " | Нэрэ, эсэгын нэрэ / Имя, отчество=given_name:given_bur173"
        " | Түрэһэн үдэр / Дата рождения=birth_date@%d.%m.%Y | СНИЛС=national_id:snils_bur173"
        " | Паспорт (серия, номер)=-:pass_bur173"
        " | Байдаг газар / Адрес регистрации=address:addr_bur173"
        " | Утаһан / Телефон=phone:phone_bur173 | Кол-во детей=-:kids_bur173"
        " | Дата постановки на учёт=date@%d.%m.%Y | № очереди=-:queue_bur173"
        " | Кадастровый № участка=-:cadastre_bur173 | Местоположение участка=-:plot_bur173",
        english=True,
        delimiter=";",
    ),
    _shape(
        "kyshtag_dlya_molodoi_semi_uchastniki_minselkhoz_tyva_ru173",
        "№=row | Фамилиязы, ады / Ф.И.О.=full_name:name_tu173"
        " | Төрүттүнген хүнү / Дата рождения=birth_date@%d.%m.%Y | Хүйзү / Пол=sex:sex_tu173"
        " | СНИЛС=national_id:snils_tu173 | Паспорт=-:pass_tu173"
        " | Кожуун=district:kozhuun_tu173 | Чурттап турар чери / Адрес=address:addr_tu173"
        " | Телефон=phone:phone_tu173 | Өөнүң эжи / Супруг(а)=-:spouse_tu173"
        " | Алган мал / Получено скота (КРС/МРС)=-:stock_tu173"
        " | Кыштаг / Стоянка=-:camp_tu173 | Дата договора=date@%d.%m.%Y"
        " | Куратор=-:curator_tu173",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "subsidiya_matochnoe_pogolove_ovets_lph_yashkul_kalmykia_ru173",
        "№ п/п=row | Ф.И.О. главы ЛПХ=full_name:name_kal173 | Дата рожд.=birth_date@%d.%m.%Y"
        " | СНИЛС=national_id:snils_kal173 | ИНН=-:inn_kal173"
        " | Паспорт серия=-:pass_series_kal173 | Паспорт номер=-:pass_no_kal173"
        " | Адрес=address:addr_kal173 | Тел.=phone:phone_kal173"
        " | Поголовье овцематок, гол.=-:ewes_kal173 | Ставка, руб./гол.=-:rate_kal173"
        " | Сумма субсидии, руб.=-:sum_kal173 | Дата перечисления=date@%d.%m.%Y"
        " | № похозяйственной книги, л/с=-:book_kal173",
        english=True,
        encoding="cp1251",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats.
INVALID_DAY: dict[str, str] = {"%Y年%m月%d日": "{y}年02月31日"}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "reg_mn173",
    "id_im173",
    "snils_bur173",
    "snils_tu173",
    "snils_kal173",
)
SEX_HOLDS: tuple[str, ...] = ("sex_mn173", "sex_im173", "sex_tu173")
NAME_HOLDS = frozenset(
    {
        "father_mn173",
        "given_mn173",
        "name_im173",
        "family_bur173",
        "given_bur173",
        "name_tu173",
        "name_kal173",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_mn173",
    "phone_im173",
    "phone_bur173",
    "phone_tu173",
    "phone_kal173",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "addr_ls173",
    "addr_hk173",
    "addr_bn173",
    "addr_na173",
    "addr_mn173",
    "addr_bur173",
    "addr_tu173",
    "addr_kal173",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND173",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND173",
]
