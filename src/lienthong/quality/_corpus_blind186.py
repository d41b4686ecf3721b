"""The hundred-and-eighty-sixth part of the outside corpus, **blind 186** (written 01:29 UTC,
2026-12-07, never used for tuning): person files a commune's boat race committee, a seaport
company's security office, a social housing developer, a ward police station, an Okinawan
remote-island town office, a Jeju fisheries section, a Taiwanese farmers' association, Hong
Kong's Registration and Electoral Office and Macau's Housing Bureau could hand over.
Four Vietnamese files: the rowers registered for a traditional boat race at a village festival
in Windows-1258 with semicolons (the boat team, the seat in the boat, the race, the captain, the
weight, the health check, whether the rower swims); port access cards in Excel (the card number,
the employer, the job, the zones the card opens, the truck's plate, the issue day and the expiry,
the kind of card); social housing flats handed over to their buyers in UTF-8 with a BOM and
semicolons (the flat code and tower, the priority group, the sale contract, its value, the floor
area, the handover day, the relative who took the keys by proxy); and boarding house owners'
security pledges in UTF-16 with tabs (the boarding house's address apart from the owner's home,
the rooms, the tenants, the manager, the neighbourhood police officer, the time last updated).
Five foreign files: an Okinawan remote-island residents' fare discount card list in Excel (the
card number, the name in kanji and its furigana, the birth date in the Showa/Heisei/Reiwa era
calendar, the My Number with its mod-11 digit, the island postcode and address, the ferry or air
route, the issue and expiry dates in the era calendar, the head of the household); a Jeju haenyeo
register in EUC-KR (the fishing village cooperative, the full resident registration number, the
jibun address with its eup and ri, the eup alone, the years of diving, the grade, the fisher's
certificate, the medical support); a Taiwanese farmers' association list of elderly farmers'
allowance applications in UTF-8 (the id with its check digit, the Minguo birth date in two forms,
the household-register address with its village and lin, the township alone, the years in farmers'
insurance, the membership, the allowance, the association's bank account, the clerk); Hong Kong
voter registration forms in UTF-16 with tabs (the surname and other names in English apart, the
name in Chinese, the HKID, the address, the geographical and District Council constituencies,
the kind of application, its status); and Macau economic housing applications in UTF-8 (the name
in Chinese and in Portuguese spelling, the BIR, the civil status, the household size and income,
the flat type, the ranking, the status).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind186_writers import WRITERS_BLIND186
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND186: tuple[Shape, ...] = (
    _shape(
        "van_dong_vien_dua_thuyen_truyen_thong_le_hoi_lang_vn186",
        "STT=row | Họ và tên VĐV=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Địa chỉ=address | Đội thuyền=-:boat_team186"
        " | Vị trí=-:boat_pos186 | Nội dung thi=-:boat_event186"
        " | Đội trưởng=-:boat_captain186 | Cân nặng (kg)=-:boat_weight186"
        " | Khám SK=-:boat_health186 | Biết bơi=-:boat_swim186 | SĐT=phone"
        " | Ngày đăng ký=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "cap_the_ra_vao_khu_vuc_cang_bien_cong_ty_cang_vn186",
        "STT=row | Số thẻ=-:port_card186 | Họ và tên=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd:cccd_spaced"
        " | Nơi thường trú=address | Số điện thoại=phone"
        " | Đơn vị công tác=-:port_employer186 | Chức danh/công việc=-:port_job186"
        " | Khu vực được phép ra vào=-:port_zone186 | Biển số phương tiện=-:port_plate186"
        " | Ngày cấp=date@%d/%m/%Y | Có giá trị đến=date:port_until186"
        " | Loại thẻ=-:port_kind186",
        file="xlsx",
    ),
    _shape(
        "ban_giao_can_ho_nha_o_xa_hoi_chu_dau_tu_vn186",
        "STT=row | Mã căn=-:nox_unit186 | Tòa=-:nox_tower186 | Họ tên khách hàng=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | CCCD=cccd | Địa chỉ liên hệ=address"
        " | SĐT=phone | Đối tượng=-:nox_group186 | Số HĐMB=-:nox_contract186"
        " | Giá trị HĐ (đồng)=-:nox_value186 | DT (m2)=-:nox_area186"
        " | Ngày bàn giao=date@%d/%m/%Y | Người nhận thay (UQ)=-:nox_proxy186"
        " | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "chu_co_so_cho_thue_phong_tro_ky_cam_ket_antt_cong_an_phuong_vn186",
        "TT=row | Họ tên chủ cơ sở=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số  ĐDCN=cccd | Nơi thường trú=address | Địa chỉ khu trọ=-:tro_addr186"
        " | Số phòng=-:tro_rooms186 | Số người đang thuê=-:tro_tenants186"
        " | Người quản lý trực tiếp=-:tro_manager186 | SĐT=phone"
        " | Ngày ký cam kết=date@%d/%m/%Y | CSKV phụ trách=-:tro_police186"
        " | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ritou_jumin_waribiki_card_kofusha_meibo_okinawa_jp186",
        "No.=row | カード番号=-:ok_card186 | 氏名=full_name:ok_name186"
        " | フリガナ=full_name:ok_kana186 | 生年月日=birth_date:ok_birth186"
        " | 性別=sex:sex_jp186 | 個人番号=national_id:mynumber186"
        " | 郵便番号=postcode:ok_post186 | 住所=address:ok_addr186"
        " | 電話番号=phone:ok_phone186 | 対象航路=-:ok_route186"
        " | 交付日=date:ok_issued186 | 有効期限=date:ok_expiry186"
        " | 世帯主=-:ok_head186 | 備考=-:ok_note186",
        english=True,
        file="xlsx",
    ),
    _shape(
        "haenyeo_deungnok_hyeonhwang_jeju_kr186",
        "연번=row | 어촌계=-:jj_coop186 | 성명=full_name:jj_name186"
        " | 주민등록번호=national_id:rrn186 | 생년월일=birth_date@%Y-%m-%d"
        " | 성별=sex:sex_kr186 | 주소=address:jj_addr186 | 읍면=district:jj_town186"
        " | 연락처=phone:jj_phone186 | 물질경력(년)=-:jj_years186 | 구분=-:jj_grade186"
        " | 어업인확인서 번호=-:jj_fisher186 | 해녀증 발급일=date:jj_card186"
        " | 진료비 지원=-:jj_medical186 | 비고=-:jj_note186",
        english=True,
        encoding="cp949",
    ),
    _shape(
        "laonong_jintie_shenqing_mingce_nonghui_tw186",
        "編號=row | 姓名=full_name:tw_name186 | 國民身分證統一編號=national_id:tw_id186"
        " | 出生年月日=birth_date:tw_birth186 | 性別=sex:sex_tw186"
        " | 戶籍地址=address:tw_addr186 | 鄉鎮市=district:tw_town186"
        " | 聯絡電話=phone:tw_phone186 | 農保年資=-:tw_years186"
        " | 會員類別=-:tw_member186 | 申請日期=date:tw_apply186"
        " | 核定月額(元)=-:tw_amount186 | 入帳帳號=-:tw_account186"
        " | 審查結果=-:tw_result186 | 承辦人=-:tw_clerk186",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "voter_registration_forms_reo_hk186",
        "Serial No. 序號=row | Surname 姓氏=family_name:hk_sur186"
        " | Other Names 名字=given_name:hk_given186 | 中文姓名=full_name:hk_zh186"
        " | HKID No. 香港身份證號碼=national_id:hkid186"
        " | Date of Birth 出生日期=birth_date@%d-%m-%Y | Sex 性別=sex:sex_hk186"
        " | Residential Address 住址=address:hk_addr186"
        " | Geographical Constituency 地方選區=-:hk_gc186"
        " | DC Constituency 區議會選區=-:hk_dc186"
        " | Tel. No. 電話號碼=phone:hk_phone186 | Email 電郵地址=email"
        " | Date Received 收表日期=date@%d-%m-%Y | Type 申請類別=-:hk_type186"
        " | Status 處理狀況=-:hk_status186",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "candidatos_habitacao_economica_ih_mo186",
        "序號 N.º=row | 申請編號 N.º de candidatura=-:mo_cand186"
        " | 申請人姓名 Nome do candidato=full_name:mo_name186"
        " | 葡文姓名 Nome em caracteres latinos=full_name:mo_name_pt186"
        " | 澳門居民身份證編號 N.º do BIR=national_id:bir186"
        " | 出生日期 Data de nascimento=birth_date@%d/%m/%Y | 性別 Sexo=sex:sex_mo186"
        " | 婚姻狀況 Estado civil=-:mo_civil186 | 現居地址 Morada actual=address:mo_addr186"
        " | 聯絡電話 Telefone=phone:mo_phone186"
        " | 家團人數 N.º de elementos do agregado=-:mo_size186"
        " | 家團每月總收入 Rendimento mensal (MOP)=-:mo_income186"
        " | 房屋類型 Tipologia=-:mo_type186 | 排序 Ordenação=-:mo_rank186"
        " | 遞交日期 Data de entrega=date@%d/%m/%Y | 狀況 Situação=-:mo_status186",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("mynumber186", "rrn186", "tw_id186", "hkid186", "bir186")
SEX_HOLDS: tuple[str, ...] = ("sex_jp186", "sex_kr186", "sex_tw186", "sex_hk186", "sex_mo186")
NAME_HOLDS = frozenset(
    {"ok_name186", "ok_kana186", "jj_name186", "tw_name186", "hk_zh186"}
    | {"hk_sur186", "hk_given186", "mo_name186", "mo_name_pt186"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "ok_phone186",
    "jj_phone186",
    "tw_phone186",
    "hk_phone186",
    "mo_phone186",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("hk_addr186",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND186",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND186",
]
