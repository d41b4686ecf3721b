"""The hundred-and-fourth part of the outside corpus, **blind 104** (written 17:30 UTC, 2026-12-06,
never used for tuning): person files an auction company selling car licence plates, a commune's
population office, a district's emulation and commendation office, a province's tourism
department, an Armenian employment centre, an Azerbaijani traffic police examination centre, a
Georgian municipality, a Tajik migration office and a Kyrgyz election commission could hand over.
Four Vietnamese files: the winners of a licence plate auction in Excel (the plate won, the
province, the session, the starting and winning prices, the deposit, the payment deadline and
status); a commune's list of women paid the support for having two children before 35 in
Windows-1258 with semicolons (the husband, the first child's birth date, the second child's name
and birth date, the amount, the population collaborator and her phone); a district's list of
people proposed for a certificate of merit in UTF-16 with tabs (the position, the unit, the
award, the achievement, the submission number and date); and a province's list of homestay
owners in UTF-8 with a BOM (the homestay's name, its address apart from the owner's home, its
kind, rooms and beds, the security certificate and its date, the owner's email).
Five foreign files: an Armenian job-seekers' list in UTF-8 with Armenian headers (the ՀԾՀ public
service number, the patronymic in the genitive, the trade, the status, the case officer); an
Azerbaijani driving test candidates' list in Excel with Azerbaijani headers (the FİN, the
identity card's series and number beside it, oğlu/qızı, the driving school, the two results); a
Georgian municipality's discount travel card list in UTF-8 with Georgian headers (the personal
number, the street line and the Tbilisi district apart, the card number, the category); a Tajik
migration office's list of labour migrants in UTF-8 with Tajik Cyrillic headers and semicolons
(the passport, the village, jamoat and district in one column and the province apart, the
country and job of destination, the expected return); and a Kyrgyz voters' list in UTF-8 with a
BOM and Kyrgyz/Russian headers (the ПИН, уулу/кызы, the polling station, the biometric data
flag).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind104_writers import WRITERS_BLIND104
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND104: tuple[Shape, ...] = (
    _shape(
        "trung_dau_gia_bien_so_o_to_vn104",
        "STT=row | Mã phiên=-:session104 | Họ và tên khách hàng=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD/Định danh=cccd | Địa chỉ=address"
        " | Điện thoại=phone | Biển số trúng đấu giá=-:plate104"
        " | Tỉnh/TP đăng ký=-:plate_prov104 | Giá khởi điểm (đ)=-:start_price104"
        " | Tiền đặt trước (đ)=-:deposit104 | Giá trúng (đ)=-:win_price104"
        " | Ngày đấu giá=date@%d/%m/%Y | Tình trạng nộp tiền=-:pay_status104",
        file="xlsx",
    ),
    _shape(
        "ho_tro_phu_nu_sinh_du_hai_con_truoc_35_tuoi_vn104",
        "TT=row | Ho ten nguoi me=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | So CCCD=cccd | Ho ten chong=-:husband104 | Noi cu tru=address:home_nd104"
        " | Ngay sinh con thu nhat=-:child1_104 | Ho ten con thu hai=-:child2_name104"
        " | Ngay sinh con thu hai=-:child2_104 | So tien ho tro (d)=-:support104"
        " | CTV dan so=-:collab104 | SDT CTV=-:collab_phone104 | Ngay chi tra=date@%d/%m/%Y"
        " | Ky nhan=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "de_nghi_khen_thuong_giay_khen_vn104",
        "STT=row | Họ và tên=full_name | Nam/Nữ=sex | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Số ĐDCN=cccd:cccd_spaced | Chức vụ=-:position104 | Đơn vị công tác=-:unit104"
        " | Hình thức khen thưởng=-:award104 | Thành tích=-:achieve104"
        " | Số Tờ trình=-:submission104 | Ngày tờ trình=date@%d/%m/%Y | Số sổ BHXH=bhxh"
        " | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "chu_co_so_luu_tru_homestay_vn104",
        "STT=row | Tên cơ sở lưu trú=-:homestay104 | Loại hình=-:hs_kind104"
        " | Địa chỉ cơ sở=-:hs_place104 | Họ tên chủ cơ sở=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd | Nơi thường trú=address:hs_home104"
        " | SĐT=phone | Email=-:hs_email104 | Số buồng=-:rooms104 | Số giường=-:beds104"
        " | GCN đủ ĐK về ANTT=-:antt104 | Ngày cấp=date@%d/%m/%Y | Cập nhật lúc=timestamp",
        encoding="utf-8-sig",
    ),
    _shape(
        "ashkhatanq_pntrogh_am104",
        "Հ/Հ=row | ՀԾՀ=national_id:hth_am104 | Ազգանուն=family_name:am_family104"
        " | Անուն=given_name:am_given104 | Հայրանուն=-:am_father104"
        " | Ծննդյան ամսաթիվ=birth_date@%d.%m.%Y | Սեռ=sex:sex_am104"
        " | Բնակության հասցե=address:home_am104 | Հեռախոսահամար=phone:phone_am104"
        " | Մասնագիտություն=-:trade_am104 | Կարգավիճակ=-:status_am104"
        " | Գրանցման ամսաթիվ=date@%d.%m.%Y | Պատասխանատու աշխատակից=-:officer_am104",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "surucu_imtahani_namizedler_az104",
        "S/s=row | Soyadı=family_name:az_family104 | Adı=given_name:az_given104"
        " | Atasının adı=-:az_father104 | Doğum tarixi=birth_date@%d.%m.%Y | Cinsi=sex:sex_az104"
        " | FİN=national_id:fin_az104 | Ş/v seriya və nömrəsi=-:idcard_az104"
        " | Qeydiyyat ünvanı=address:home_az104 | Mobil nömrə=phone:phone_az104"
        " | Tədris müəssisəsi=-:school_az104 | Kateqoriya=-:cat_az104"
        " | Nəzəri imtahan=-:theory_az104 | Təcrübi imtahan=-:practice_az104"
        " | İmtahan tarixi=date@%d.%m.%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "shegavatiani_mgzavroba_ge104",
        "№=row | პირადი ნომერი=national_id:ge_pn104 | გვარი=family_name:ge_family104"
        " | სახელი=given_name:ge_given104 | მამის სახელი=-:ge_father104"
        " | დაბადების თარიღი=birth_date@%d.%m.%Y | სქესი=sex:sex_ge104"
        " | ფაქტობრივი მისამართი=street:ge_street104 | რაიონი=district:ge_district104"
        " | მობილური=phone:phone_ge104 | ბარათის ნომერი=-:card_ge104"
        " | კატეგორია=-:cat_ge104 | განცხადების თარიღი=date@%d.%m.%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "muhojironi_mehnati_tj104",
        "№ т/р=row | Насаб=family_name:tj_family104 | Ном=given_name:tj_given104"
        " | Номи падар=-:tj_father104 | Санаи таваллуд=birth_date@%d.%m.%Y | Ҷинс=sex:sex_tj104"
        " | Рақами шиносномаи хориҷӣ=national_id:passport_tj104"
        " | Суроға (деҳа, ҷамоат, ноҳия)=address:tj_addr104 | Вилоят=province:tj_province104"
        " | Телефон=phone:phone_tj104 | Кишвари таъиншуда=-:country_tj104"
        " | Касб=-:job_tj104 | Санаи рафтан=date@%d.%m.%Y | Санаи бозгашт (тахминӣ)=-:return_tj104",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "shayloochulardyn_tizmesi_kg104",
        "№=row | ЖЕН / ПИН=national_id:pin_kg104 | Фамилиясы / Фамилия=family_name:kg_family104"
        " | Аты / Имя=given_name:kg_given104 | Атасынын аты / Отчество=-:kg_father104"
        " | Туулган күнү / Дата рождения=birth_date@%d.%m.%Y | Жынысы / Пол=sex:sex_kg104"
        " | Катталган дареги / Адрес регистрации=address:home_kg104"
        " | Байланыш телефону / Телефон=phone:phone_kg104"
        " | Шайлоо участогу / Избирательный участок=-:station_kg104"
        " | Биометрия тапшырылды / Биометрия сдана=-:bio_kg104"
        " | Киргизилген күнү / Дата внесения=date@%d.%m.%Y",
        english=True,
        encoding="utf-8-sig",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "hth_am104",
    "fin_az104",
    "ge_pn104",
    "passport_tj104",
    "pin_kg104",
)
SEX_HOLDS: tuple[str, ...] = ("sex_am104", "sex_az104", "sex_ge104", "sex_tj104", "sex_kg104")
NAME_HOLDS = frozenset(
    {"am_family104", "am_given104", "az_family104", "az_given104", "ge_family104", "ge_given104"}
    | {"tj_family104", "tj_given104", "kg_family104", "kg_given104"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_am104",
    "phone_az104",
    "phone_ge104",
    "phone_tj104",
    "phone_kg104",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "home_nd104",
    "hs_home104",
    "home_am104",
    "home_az104",
    "tj_addr104",
    "home_kg104",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND104",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND104",
]
