"""The hundred-and-fifty-fourth part of the outside corpus, **blind 154** (written 22:27 UTC,
2026-12-06, never used for tuning): person files a factory holding its exam to raise workers'
trade grade, a ward letting stalls at its Tết flower market, a district's class on the Party for
those about to join it, a post office handing over the results of public services, a Minsk blood
transfusion station, a homeowners' partnership in Kaspiysk, an Azerbaijani district's office for
internally displaced persons, a Kakheti winery buying grapes at the harvest and an Armenian
social security office paying pensions could hand over.
Four Vietnamese files: a trade grade exam in Excel (the worker's code, the team, the trade, the
grade held and the grade sat for, the theory and practice marks, the result); a Tết flower
market's stalls in Windows-1258 with semicolons and unaccented headers (the goods, the stall and
its size, the fee, who minds the stall and their phone); a class on the Party in UTF-16 with tabs
(ethnicity, religion, the youth union branch and the Party cell, the home village, the member
who sponsors them, the essay mark and the grade, the certificate's date); and results sent by
post in UTF-8 with a BOM and semicolons (the file's code, the procedure and the office, the
waybill, the postage, whether it was delivered, when the row was last touched).
Five foreign files: a Belarusian donors' register in Windows-1251 with headers in Belarusian
(the identification number with its 7-3-1 check digit, the passport, the blood group, the kind
of donation and its volume, the workplace, the honorary donor's badge); the owners of flats in a
Russian homeowners' partnership in UTF-16 (the СНИЛС with its check, the ИНН with its two, the
passport series and number and who issued it, the share and the area, the ЕГРН record, the debt
and the last payment); an Azerbaijani register of internally displaced persons (the FIN, the
identity card, the former home in the occupied districts, the present address, the family's
size, the allowance, the resettlement); a Georgian winery's list of grape growers (the personal
number, family and given names, the village, the variety, kilograms, the price and the sum in
lari); and Armenian pensioners in Excel (family, given and father's names, the public service
number, the passport, the kind of pension and its amount in drams, the bank).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind154_writers import WRITERS_BLIND154
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND154: tuple[Shape, ...] = (
    _shape(
        "thi_nang_bac_tho_cong_nhan_nha_may_vn154",
        "STT=row | Mã NV=-:emp154 | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Tổ/Phân xưởng=-:team154 | Nghề=-:trade154"
        " | Bậc hiện giữ=-:grade_now154 | Bậc dự thi=-:grade_next154"
        " | Điểm LT=-:theory154 | Điểm TH=-:practice154 | Kết quả=-:result154"
        " | Ngày thi=date@%d/%m/%Y | Địa chỉ thường trú=address | ĐTDĐ=phone",
        file="xlsx",
    ),
    _shape(
        "tieu_thuong_dang_ky_lo_cho_hoa_xuan_tet_phuong_vn154",
        "TT=row | Ho ten nguoi dang ky=full_name:full_name_ascii"
        " | Ngay sinh=birth_date@%d/%m/%Y | So CCCD=cccd:cccd_spaced | Dien thoai=phone"
        " | Dia chi thuong tru=address | Mat hang kinh doanh=-:goods154 | Vi tri lo=-:stall154"
        " | Dien tich (m2)=-:area154 | Phi su dung (dong)=-:fee154"
        " | Nguoi trong lo thay=-:helper154 | DT nguoi trong thay=-:helper_phone154"
        " | Ngay nop phi=date@%d/%m/%Y | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "hoc_vien_lop_boi_duong_nhan_thuc_ve_dang_vn154",
        "TT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | Dân tộc=-:ethnic154 | Tôn giáo=-:religion154"
        " | Số định danh cá nhân=cccd | Chi đoàn/Chi hội=-:union154 | Chi bộ=-:cell154"
        " | Quê quán=-:hometown154 | Nơi ở hiện nay=address | Đảng viên giúp đỡ=-:sponsor154"
        " | Điểm bài thu hoạch=-:essay154 | Xếp loại=-:grade154 | Ngày cấp GCN=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "cong_dan_nhan_ket_qua_tthc_qua_buu_chinh_cong_ich_vn154",
        "STT=row | Mã hồ sơ=-:file154 | Họ tên người nhận=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số ĐDCN/CCCD=cccd | SĐT người nhận=phone | Địa chỉ nhận kết quả=address"
        " | Thủ tục=-:procedure154 | Cơ quan giải quyết=-:office154 | Mã bưu gửi=-:waybill154"
        " | Cước (đ)=-:postage154 | Trạng thái phát=-:delivery154 | Ngày phát=date@%d/%m/%Y"
        " | Cập nhật lúc=timestamp@%d/%m/%Y %H:%M",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "donary_stantsyi_pieraliwannia_kryvi_minsk_by154",
        "№ п/п=row | Прозвішча, імя, імя па бацьку=full_name:name_by154"
        " | Дата нараджэння=birth_date@%d.%m.%Y | Пол=sex:sex_by154"
        " | Ідэнтыфікацыйны нумар=national_id:idn_by154 | Серыя і № пашпарта=-:pass_by154"
        " | Адрас рэгістрацыі=address:addr_by154 | Тэлефон=phone:phone_by154"
        " | Група крыві, рэзус=-:blood_by154 | Від донарства=-:kind_by154"
        " | Аб'ём, мл=-:ml_by154 | Месца працы (вучобы)=-:work_by154"
        " | Дата донацыі=date@%d.%m.%Y | Адзнака=-:honour_by154",
        english=True,
        encoding="cp1251",
        delimiter=";",
    ),
    _shape(
        "reestr_sobstvennikov_pomeshchenii_tszh_kaspiisk_ru154",
        "№ п/п=row | № кв.=-:flat_ru154 | ФИО собственника=full_name:name_ru154"
        " | Дата рождения=birth_date@%d.%m.%Y | СНИЛС=national_id:snils_ru154"
        " | ИНН=-:inn_ru154 | Паспорт (серия, номер)=-:pass_ru154 | Кем выдан=-:issuer_ru154"
        " | Адрес регистрации=address:addr_ru154 | Телефон=phone:phone_ru154"
        " | Доля в праве=-:share_ru154 | Площадь, кв.м=-:sqm_ru154"
        " | № записи ЕГРН=-:egrn_ru154 | Задолженность, руб.=-:debt_ru154"
        " | Дата последней оплаты=date@%d.%m.%Y",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "mecburi_kockunlerin_qeydiyyati_rayon_az154",
        "S/N=row | Soyadı, adı, atasının adı=full_name:name_az154"
        " | Doğum tarixi=birth_date@%d.%m.%Y | Cinsi=sex:sex_az154 | FİN=national_id:fin_az154"
        " | Ş/V seriya və nömrəsi=-:card_az154 | Əvvəlki daimi yaşayış yeri=-:former_az154"
        " | Hazırda yaşadığı ünvan=address:addr_az154 | Əlaqə telefonu=phone:phone_az154"
        " | Ailə üzvlərinin sayı=-:members_az154 | Aylıq müavinət (AZN)=-:aid_az154"
        " | Məskunlaşma vəziyyəti=-:status_az154 | Qeydiyyat tarixi=date@%d.%m.%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "rtveli_yurdznis_chabareba_ghvinis_qarkhana_ge154",
        "N=row | პირადი ნომერი=national_id:pn_ge154 | გვარი=family_name:family_ge154"
        " | სახელი=given_name:given_ge154 | დაბადების თარიღი=birth_date@%d.%m.%Y"
        " | სქესი=sex:sex_ge154 | მისამართი=address:addr_ge154 | ტელეფონი=phone:phone_ge154"
        " | ჯიში=-:grape_ge154 | რაოდენობა (კგ)=-:kg_ge154 | ფასი (ლარი/კგ)=-:price_ge154"
        " | თანხა (ლარი)=-:sum_ge154 | მიმღები საწარმო=-:winery_ge154"
        " | ჩაბარების თარიღი=date@%d.%m.%Y",
        english=True,
    ),
    _shape(
        "kensatoshakarouneri_tsutsak_ssc_am154",
        "Հ/Հ=row | Ազգանուն=family_name:family_am154 | Անուն=given_name:given_am154"
        " | Հայրանուն=-:patr_am154 | Ծննդյան ամսաթիվ=birth_date@%d.%m.%Y | Սեռ=sex:sex_am154"
        " | ՀԾՀ=national_id:hth_am154 | Անձնագիր=-:pass_am154"
        " | Հաշվառման հասցե=address:addr_am154 | Հեռախոս=phone:phone_am154"
        " | Կենսաթոշակի տեսակ=-:kind_am154 | Չափ (դրամ)=-:amount_am154"
        " | Նշանակման ամսաթիվ=date@%d.%m.%Y | Վճարող բանկ=-:bank_am154",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "idn_by154",
    "snils_ru154",
    "fin_az154",
    "pn_ge154",
    "hth_am154",
)
SEX_HOLDS: tuple[str, ...] = ("sex_by154", "sex_az154", "sex_ge154", "sex_am154")
NAME_HOLDS = frozenset(
    {
        "name_by154",
        "name_ru154",
        "name_az154",
        "family_ge154",
        "given_ge154",
        "family_am154",
        "given_am154",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_by154",
    "phone_ru154",
    "phone_az154",
    "phone_ge154",
    "phone_am154",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "addr_by154",
    "addr_ru154",
    "addr_az154",
    "addr_ge154",
    "addr_am154",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND154",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND154",
]
