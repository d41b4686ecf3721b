"""The two-hundred-and-twenty-eighth part of the outside corpus, **blind 228** (written 07:07 UTC,
2026-12-07, never used for tuning): person files a city's tourism department, an organ donation
coordination centre, a provincial lottery company, a district Red Cross branch, the Yakutian
air ambulance centre, Buryatia's hunting supervision office, a Nakhodka fishing company, a
Kamchatka fisheries office and the Sakhalin Korean society could hand over.
Four Vietnamese files: the tour guide cards a Da Nang department issued, in Excel (the kind of
card, its nine-digit number, the guiding language, the issue and expiry dates, who issued it, the
travel company that manages the guide); the people a Hue centre registered to donate their organs
and tissues after death, in UTF-16 with tabs (a spaced CCCD, a dotted phone, the organs, the form
of donation, the relative to be told with their relation and phone, the donor card, the time last
updated); a Dong Thap lottery company's individual ticket sellers, in Windows-1258 with semicolons
and headers without diacritics (the agent code, where they sell, the tickets taken per draw, the
deposit, the contract day, a guarantor, a note); and a Red Cross branch's "living blood bank" of
volunteers called when blood runs short, in UTF-8 with a BOM and semicolons (the ABO group and Rh,
how many times they gave, the last time, the weight, the workplace, the branch).
Five foreign files: Yakutian air ambulance flights in UTF-8 with semicolons and Yakut/Russian
headers (the 16-digit ОМС policy, the СНИЛС with its check, the ulus apart, the district hospital
the patient was flown from and the one flown to, the ICD-10 diagnosis, the aircraft, the doctor);
Buryatia's register of hunting licences in Windows-1251 with tabs (the licence series 03 and
number, family, given and patronymic apart, the place of birth, the passport of series 81 as the
only id and who issued it, the hunting ground, a cancelled mark); a Nakhodka trawler's crew list
in Excel (the rank, the seaman's passport beside the passport, the СНИЛС, the ИНН of region 25
with its two checks, the medical certificate's end, the next of kin with their phone); Kamchatka's
indigenous traditional fishing quotas in KOI8-R with semicolons (the nationality, the number in
the register of small indigenous peoples, the village apart from the street line, the community,
the fish, the kilograms, the river, the permit); and the Sakhalin Korean society's applicants for
permanent return to Korea in UTF-16 with tabs and Korean/Russian headers (the name in Hangul and
in Russian, the ИНН of region 65 with its checks, the passport for travel abroad, the generation,
who goes with them, where in Korea they wish to live, the state of the application).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind228_writers import WRITERS_BLIND228
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND228: tuple[Shape, ...] = (
    _shape(
        "the_huong_dan_vien_du_lich_da_cap_so_vhttdl_da_nang_vn228",
        "STT=row | Họ và tên HDV=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Địa chỉ thường trú=address:addr_dn228 | Điện thoại=phone"
        " | Email=email | Loại thẻ=-:card_kind228 | Số thẻ HDV=-:card_no228"
        " | Ngôn ngữ hướng dẫn=-:lang228 | Ngày cấp thẻ=date@%d/%m/%Y"
        " | Ngày hết hạn=-:expiry228@%d/%m/%Y | Cơ quan cấp=-:issuer228"
        " | Doanh nghiệp quản lý HDV=-:agency228",
        file="xlsx",
    ),
    _shape(
        "dang_ky_hien_mo_tang_sau_khi_chet_trung_tam_dieu_phoi_ghep_tang_hue_vn228",
        "TT=row | Họ tên người đăng ký=full_name | Ngày/tháng/năm sinh=birth_date@%d-%m-%Y"
        " | Giới=sex | CCCD/ĐDCN=cccd:cccd_spaced | Nơi ở hiện tại=address:addr_hue228"
        " | ĐT liên hệ=phone:phone_dotted | Mô, bộ phận cơ thể đăng ký hiến=-:organs228"
        " | Hình thức hiến=-:form228 | Người thân được thông báo=-:kin228"
        " | Quan hệ=-:kin_rel228 | ĐT người thân=-:kin_phone228"
        " | Ngày đăng ký=date@%d-%m-%Y | Số thẻ ĐK hiến=-:donor_card228"
        " | Cập nhật=timestamp@%d/%m/%Y %H:%M",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "dai_ly_xo_so_ca_nhan_cong_ty_xskt_dong_thap_vn228",
        "STT=row | Ma DL=-:agent228 | Ho ten dai ly=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | So CCCD=cccd | Dia chi thuong tru=address:addr_dt228 | DTDD=phone"
        " | Dia diem ban ve=-:spot228 | SL ve nhan/ky=-:tickets228"
        " | Tien ky quy (d)=-:deposit228 | Ngay ky HD=date@%d/%m/%Y"
        " | Nguoi bao lanh=-:guarantor228 | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "tinh_nguyen_vien_ngan_hang_mau_song_hoi_chu_thap_do_chau_thanh_an_giang_vn228",
        "STT=row | Họ và tên TNV=full_name | Ngày sinh=birth_date@%d/%m/%Y | Nam/Nữ=sex"
        " | Nhóm máu=-:abo228 | Rh=-:rh228 | Số CCCD=cccd | Chỗ ở hiện nay=address:addr_kg228"
        " | SĐT (gọi khi cần máu)=phone | Số lần đã hiến=-:times228"
        " | Lần hiến gần nhất=date@%d/%m/%Y | Cân nặng (kg)=-:weight228"
        " | Nơi công tác=-:work228 | Chi hội=-:branch228",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "sanaviatsiya_evakuatsiya_patsientov_rtsmk_yakutiya_ru228",
        "№=row | Ыарыһах аата-суола / Ф.И.О. пациента=full_name:name_sa228"
        " | Төрөөбүт күнэ / Дата рождения=birth_date@%d.%m.%Y | Пол=sex:sex_sa228"
        " | Полис ОМС (ЕНП)=-:enp_sa228 | СНИЛС=national_id:snils_sa228"
        " | Улууһа / Улус (район)=district:ulus_sa228"
        " | Олорор сирэ / Адрес проживания=address:addr_sa228"
        " | Төлөпүөн / Телефон=phone:phone_sa228 | Откуда (МО)=-:from_sa228"
        " | Куда доставлен=-:to_sa228 | Диагноз (МКБ-10)=-:diag_sa228 | Борт=-:craft_sa228"
        " | Көтөр күнэ / Дата вылета=date@%d.%m.%Y | Сопровождающий врач=-:doctor_sa228",
        english=True,
        delimiter=";",
    ),
    _shape(
        "reestr_okhotnichikh_biletov_minprirody_buryatiya_ru228",
        "№ п/п=row | Серия, № охотбилета=-:ticket_bu228 | Фамилия=family_name:family_bu228"
        " | Имя=given_name:given_bu228 | Отчество=-:patr_bu228"
        " | Дата рождения=birth_date@%d.%m.%Y | Место рождения=-:birthplace_bu228"
        " | Паспорт (серия, номер)=national_id:pass_bu228 | Кем выдан=-:issuer_bu228"
        " | Адрес регистрации=address:addr_bu228 | Телефон=phone:phone_bu228"
        " | Дата выдачи=date@%d.%m.%Y | Охотугодья=-:ground_bu228"
        " | Выдал=-:officer_bu228 | Отметка об аннулировании=-:annul_bu228",
        english=True,
        encoding="cp1251",
        delimiter="\t",
    ),
    _shape(
        "sudovaya_rol_ekipazh_trauler_nakhodka_primorye_ru228",
        "№=row | Фамилия, имя, отчество=full_name:name_pr228 | Должность=-:rank_pr228"
        " | Дата рождения=birth_date@%d.%m.%Y | Место рождения=-:birthplace_pr228"
        " | Паспорт моряка=-:seaman_pr228 | Паспорт РФ=-:pass_pr228"
        " | СНИЛС=national_id:snils_pr228 | ИНН=-:inn_pr228"
        " | Адрес регистрации=address:addr_pr228 | Моб. тел.=phone:phone_pr228"
        " | Дата явки на судно=date@%d.%m.%Y | Медсправка действ. до=-:medical_pr228@%d.%m.%Y"
        " | Ближайший родственник=-:kin_pr228",
        english=True,
        file="xlsx",
    ),
    _shape(
        "kvoty_traditsionnoe_rybolovstvo_kmns_tigilskii_kamchatka_ru228",
        "N п/п=row | ФИО=full_name:name_ka228 | Дата рожд.=birth_date@%d.%m.%Y"
        " | Национальность=-:nation_ka228 | СНИЛС=national_id:snils_ka228"
        " | N в списке КМНС=-:kmns_ka228 | Паспорт=-:pass_ka228"
        " | Населенный пункт=district:town_ka228 | Улица, дом, кв.=street:street_ka228"
        " | Телефон=phone:phone_ka228 | Община=-:community_ka228 | Вид ВБР=-:fish_ka228"
        " | Объем, кг=-:kg_ka228 | Водный объект=-:area_ka228"
        " | Дата разрешения=date@%d.%m.%Y | N разрешения=-:permit_ka228",
        english=True,
        encoding="koi8_r",
        delimiter=";",
    ),
    _shape(
        "yeongju_gwiguk_sincheongja_sakhalinskie_koreitsy_yuzhno_sakhalinsk_ru228",
        "번호=row | 성명 (한글)=full_name:name_ko228 | Ф.И.О.=full_name:name_ru_ko228"
        " | 생년월일 / Дата рождения=birth_date@%Y.%m.%d | 성별 / Пол=sex:sex_ko228"
        " | 출생지 / Место рождения=-:birthplace_ko228 | ИНН=national_id:inn_ko228"
        " | 여권 / Загранпаспорт=-:zagran_ko228 | 주소 / Адрес=address:addr_ko228"
        " | 전화 / Телефон=phone:phone_ko228 | 세대 / Поколение=-:gen_ko228"
        " | 동반가족 / Сопровождающий=-:companion_ko228 | 신청일 / Дата подачи=date@%Y.%m.%d"
        " | 희망 거주지=-:wish_ko228 | 상태 / Статус=-:status_ko228",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats (all of them read it plainly).
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "snils_sa228",
    "pass_bu228",
    "snils_pr228",
    "snils_ka228",
    "inn_ko228",
)
SEX_HOLDS: tuple[str, ...] = ("sex_sa228", "sex_ko228")
NAME_HOLDS = frozenset(
    {
        "name_sa228",
        "family_bu228",
        "given_bu228",
        "name_pr228",
        "name_ka228",
        "name_ko228",
        "name_ru_ko228",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_sa228",
    "phone_bu228",
    "phone_pr228",
    "phone_ka228",
    "phone_ko228",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "addr_dn228",
    "addr_hue228",
    "addr_dt228",
    "addr_kg228",
    "addr_sa228",
    "addr_bu228",
    "addr_pr228",
    "addr_ko228",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND228",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND228",
]
