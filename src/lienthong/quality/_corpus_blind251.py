"""The two-hundred-and-fifty-first part of the outside corpus, **blind 251** (written 08:00 UTC,
2026-12-07, never used for tuning): person files a provincial hydro-meteorological station, a
resettlement board of the Long Thành airport, an airport customs branch, a district civil
judgment enforcement office, a Sapporo ward's welfare section, Ishinomaki's housing section, the
Osaka-Kansai Expo's volunteer centre, Aso city's fire corps and Ōizumi town's residents' section
could hand over. Four Vietnamese files: the volunteer rain-gauge observers a provincial station
pays, in Windows-1258 with tabs (the gauge's code, name, kind and coordinates, the monthly fee,
the bank account, the station's officer); the households the Long Thành airport displaced and the
resettlement plots they drew, in Excel (the hamlet the land was taken in, the map sheet and
parcel, the area taken, the lot drawn, its area and price, the day of the draw); the passengers
who declared currency or gold at an airport customs branch, in UTF-16 with tabs (the form number,
the flight, the passport, the currency and amount, the gold, the direction, the officer); and the
judgment debtors a civil enforcement office found unable to pay, in UTF-8 with a BOM and
semicolons (the judgment and the enforcement decision, the duty, the sum still owed, the
creditor, the day verified, the reason, the enforcement officer, the spouse). Five foreign
files: the elderly households of a Sapporo ward whose gates are cleared of snow, in Shift_JIS (the
name and its katakana reading, the birth date in the era calendar, the age, the 〒 postcode, the
landline, the household kind, the helper and the helper's phone, the gate's width, the next of
kin); the tenants of Ishinomaki's public housing built after the 2011 tsunami, in Excel (the
estate and room, the My Number, the address they lost, the disaster certificate and the damage,
the household size, the day they moved in, the rent, the support worker); the volunteers of the
Osaka-Kansai Expo, in UTF-8 with a BOM (family and given names in kanji and katakana, the birth
date written 1985年3月12日, the e-mail, the prefecture, city and street, the role, the languages,
the day of service, an emergency landline); Aso city's volunteer fire corps, in Shift_JIS (the
member number, the unit and rank, the name and its reading in hiragana, the employer and its
phone, the day they joined in the era calendar, the years served); and Ōizumi town's list of
foreign residents, in UTF-8 with tabs (the resident code, the My Number, the name in roman letters
and in katakana, the nationality, the status of residence, the residence card and its expiry, the
postcode and address, the day they became residents).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind251_writers import WRITERS_BLIND251
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND251: tuple[Shape, ...] = (
    _shape(
        "cong_tac_vien_do_mua_nhan_dan_dai_khi_tuong_thuy_van_tinh_lao_cai_vn251",
        "STT=row | Mã điểm=-:gauge_code251 | Tên điểm đo mưa=-:gauge_name251"
        " | Họ và tên CTV=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Địa chỉ=address | ĐT liên hệ=phone:phone_spaced"
        " | Loại thiết bị=-:gauge_kind251 | Tọa độ=-:gauge_coord251"
        " | Ngày ký HĐ=date@%d/%m/%Y | Thù lao/tháng (đ)=-:gauge_pay251"
        " | Số TK=-:gauge_acct251 | Ngân hàng=-:gauge_bank251"
        " | CB theo dõi=-:gauge_staff251 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "ho_boc_tham_lo_dat_tai_dinh_cu_loc_an_binh_son_du_an_cang_hang_khong_long_thanh_vn251",
        "Số TT=row | Họ và tên chủ hộ=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Số định danh cá nhân=cccd | Nơi ở hiện nay=address | Điện thoại=phone"
        " | Nơi có đất bị thu hồi=-:lt_old251 | Tờ bản đồ, thửa đất=-:lt_parcel251"
        " | DT thu hồi (m2)=-:lt_recovered251 | Lô TĐC bốc thăm được=-:lt_lot251"
        " | DT lô (m2)=-:lt_area251 | Đơn giá (đ/m2)=-:lt_price251"
        " | Ngày bốc thăm=date@%d/%m/%Y | Ghi chú=-:lt_note251",
        file="xlsx",
    ),
    _shape(
        "so_theo_doi_to_khai_ngoai_te_vang_hanh_khach_chi_cuc_hai_quan_san_bay_vn251",
        "STT=row | Số tờ khai=-:cu_form251 | Ngày khai=date@%d/%m/%Y"
        " | Chuyến bay=-:cu_flight251 | XC/NC=-:cu_way251 | Họ tên hành khách=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số hộ chiếu=-:cu_passport251"
        " | Số CCCD=cccd | Địa chỉ liên hệ=address | SĐT=phone:phone_dotted"
        " | Loại ngoại tệ=-:cu_currency251 | Số lượng=-:cu_amount251"
        " | Vàng (gram)=-:cu_gold251 | Công chức tiếp nhận=-:cu_staff251",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nguoi_phai_thi_hanh_an_chua_co_dieu_kien_thi_hanh_phong_thads_huyen_vn251",
        "TT=row | Họ tên người phải THA=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd:cccd_spaced | Địa chỉ=address"
        " | Bản án/QĐ số=-:th_judgment251 | QĐ THA số=-:th_decision251"
        " | Nghĩa vụ THA=-:th_duty251 | Số tiền còn phải THA (đ)=-:th_owed251"
        " | Người được THA=-:th_creditor251 | Ngày xác minh=date@%d/%m/%Y"
        " | Lý do chưa có ĐK THA=-:th_reason251 | Chấp hành viên=-:th_officer251"
        " | Vợ/chồng=-:th_spouse251",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "fukushi_josetsu_riyou_setai_meibo_sapporo_ku_hokenfukushika_jp251",
        "No.=row | 受付番号=-:sn_recv251 | 利用者氏名=full_name:jp_name251"
        " | フリガナ=full_name:jp_kana251 | 生年月日=birth_date:jp_wareki251"
        " | 年齢=-:jp_age251 | 性別=sex:jp_sex251 | 郵便番号=postcode:sn_zip251"
        " | 住所=address:sn_addr251 | 電話番号=phone:sn_tel251 | 世帯区分=-:sn_kind251"
        " | 除雪協力者=-:sn_helper251 | 協力者連絡先=-:sn_helper_tel251"
        " | 間口（ｍ）=-:sn_width251 | 緊急連絡先（続柄）=-:sn_kin251"
        " | 申請日=date@%Y/%m/%d",
        english=True,
        encoding="cp932",
    ),
    _shape(
        "saigai_koei_jutaku_nyukyosha_meibo_ishinomaki_shi_jutakuka_jp251",
        "No=row | 団地名=-:th_estate251 | 部屋番号=-:th_room251"
        " | 入居者氏名=full_name:jp_name251 | カナ氏名=full_name:jp_kana251"
        " | 生年月日=birth_date@%Y/%m/%d | 性別=sex:jp_sex_long251"
        " | 個人番号=national_id:jp_mynum251 | 郵便番号=postcode:th_zip251"
        " | 住所=address:th_addr251 | 連絡先=phone:jp_mobile251"
        " | 被災時住所=-:th_before251 | 罹災証明書番号=-:th_risai251"
        " | 被害の程度=-:th_damage251 | 世帯人数=-:th_size251 | 入居日=date:th_moved251"
        " | 家賃（円）=-:th_rent251 | 見守り担当=-:th_watch251 | 備考=-:th_note251",
        english=True,
        file="xlsx",
    ),
    _shape(
        "osaka_kansai_banpaku_volunteer_torokusha_ichiran_jp251",
        "No.=row | 登録番号=-:ex_id251 | 姓=family_name:jp_fam251 | 名=given_name:jp_giv251"
        " | セイ=family_name:jp_fam_k251 | メイ=given_name:jp_giv_k251"
        " | 生年月日=birth_date:jp_kanji_birth251 | 性別=sex:jp_sex251"
        " | メールアドレス=email | 携帯電話番号=phone:jp_mobile251"
        " | 郵便番号=postcode:os_zip251 | 都道府県=state:os_pref251"
        " | 市区町村=district:os_city251 | 町名・番地=street:os_street251"
        " | 活動内容=-:ex_role251 | 対応可能言語=-:ex_lang251 | 活動日=date:ex_day251"
        " | 緊急連絡先=-:ex_kin_tel251",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "shobodanin_meibo_aso_shi_shobodan_kumamoto_jp251",
        "番号=row | 団員番号=-:fc_no251 | 所属=-:fc_unit251 | 階級=-:fc_rank251"
        " | 氏名=full_name:jp_name251 | ふりがな=full_name:jp_hira251"
        " | 生年月日=birth_date@%Y/%m/%d | 年齢=-:jp_age251 | 郵便番号=postcode:fc_zip251"
        " | 住所=address:fc_addr251 | 携帯電話=phone:jp_mobile251 | 勤務先=-:fc_work251"
        " | 勤務先電話=-:fc_work_tel251 | 入団年月日=date:fc_joined251"
        " | 在団年数=-:fc_years251 | 団員区分=-:fc_func251",
        english=True,
        encoding="cp932",
    ),
    _shape(
        "gaikokujin_jumin_ichiran_oizumi_machi_juminka_jp251",
        "連番=row | 住民票コード=-:fr_code251 | 個人番号=national_id:jp_mynum251"
        " | 氏名（ローマ字）=full_name:fr_latin251 | 氏名（カタカナ）=full_name:fr_kana251"
        " | 国籍・地域=-:fr_nat251 | 生年月日=birth_date@%Y/%m/%d | 性別=sex:fr_sex251"
        " | 在留資格=-:fr_status251 | 在留カード番号=-:fr_card251"
        " | 在留期間満了日=date:fr_expiry251 | 郵便番号=postcode:fr_zip251"
        " | 住所=address:fr_addr251 | 電話番号=phone:jp_mobile251"
        " | 住民となった年月日=date@%Y/%m/%d | 続柄=-:fr_head251",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("jp_mynum251",)
SEX_HOLDS: tuple[str, ...] = ("jp_sex251", "jp_sex_long251", "fr_sex251")
NAME_HOLDS = frozenset(
    {
        "jp_name251",
        "jp_kana251",
        "jp_hira251",
        "jp_fam251",
        "jp_giv251",
        "jp_fam_k251",
        "jp_giv_k251",
        "fr_latin251",
        "fr_kana251",
    }
)
PHONE_HOLDS: tuple[str, ...] = ("jp_mobile251", "sn_tel251")
#: addresses written with ``", "`` between their parts: none (Japanese addresses run on).
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND251",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND251",
]
