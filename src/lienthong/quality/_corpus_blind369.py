"""The three-hundred-and-sixty-ninth part of the outside corpus, **blind 369** (written 13:40
UTC, 2026-12-07, never used for tuning): person files a ward that confirms social-housing
applicants, a ward that assigns house numbers, a land registration office's one-stop desk, an
apartment building's management board, a Japanese city office, a Korean apartment management
office, a Taiwanese household registration office, the Hong Kong Housing Authority and the
Singapore HDB could hand over, all about homes and land.
Four Vietnamese files: a ward's confirmation of social-housing applicants and their household in
UTF-8 with a BOM (the file number, the applicant group, the workplace, the spouse with birth date
and CCCD, a child with birth year, the household size, the monthly income, the housing
situation, the project applied for); a ward's list of house numbers assigned in Windows-1258 with
semicolons (the decision number, the new and old number, the street or alley, the map sheet and
parcel, the reason, the officer, the owner's permanent address); a land registration branch's
book of land-use certificates handed back in UTF-16 with tabs (the certificate series and entry
number, sheet and parcel, area in m², land-use code, the transaction, who collected it, his
relation and CCCD, the date handed back); and an apartment building's residents' register for
the management board in Excel (the unit, the relation to the head, owner or tenant, the resident
card, the motorbike plate, whether temporary residence was declared, the owner's phone).
Five foreign files: a Japanese city's 住民票-style resident list in Shift_JIS (name and katakana
reading, era birth dates, the relation to the head of household, 本籍, My Number); a Korean
apartment management office's 전입신고 list in CP949 (the masked resident registration number,
the road address with building and unit, the previous address, tenure, car number); a Taiwanese
household register extract in Big5 (the household number, Minguo dates, 稱謂, the place of birth,
the 里 and 鄰 of the address, education); a Hong Kong public rental housing tenancy list in UTF-8
(the tenancy number, English and Chinese names, HKID, the flat, the household size, the rent);
and a Singapore HDB flat application list in UTF-8 with a BOM (the application number, NRIC,
marital status, the co-applicant and his NRIC, the scheme, flat type and town, the income, the
queue number).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind369_writers import WRITERS_BLIND369
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND369: tuple[Shape, ...] = (
    _shape(
        "xac_nhan_ho_gia_dinh_nguoi_de_nghi_mua_thue_mua_noxh_ubnd_phuong_vn369",
        "STT=row | Số hồ sơ=-:noxh_file369 | Họ và tên người đứng đơn=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số ĐDCN/CCCD=cccd"
        " | Nơi thường trú=address | Số điện thoại=phone | Đối tượng=-:noxh_group369"
        " | Nơi làm việc=-:noxh_work369 | Họ tên vợ/chồng=-:noxh_spouse369"
        " | Ngày sinh vợ/chồng=-:noxh_spouse_dob369 | CCCD vợ/chồng=-:noxh_spouse_cccd369"
        " | Con (năm sinh)=-:noxh_child369 | Số nhân khẩu=-:noxh_members369"
        " | Thu nhập BQ/tháng (đ)=-:noxh_income369 | Thực trạng nhà ở=-:noxh_housing369"
        " | Dự án đăng ký=-:noxh_project369 | Ngày xác nhận=date@%d/%m/%Y",
        encoding="utf-8-sig",
    ),
    _shape(
        "danh_sach_cap_so_nha_tren_tuyen_duong_hem_ubnd_phuong_vn369",
        "TT=row | Số QĐ=-:house_decision369 | Ngày cấp=date@%d/%m/%Y"
        " | Chủ sở hữu (sử dụng)=full_name | Năm sinh=birth_date@%d/%m/%Y"
        " | CCCD chủ nhà=cccd | Số nhà cũ=-:house_old369 | Số nhà mới=-:house_new369"
        " | Tên đường / hẻm=-:house_street369 | Tờ BĐ số=-:house_sheet369"
        " | Thửa số=-:house_parcel369 | Lý do=-:house_reason369"
        " | Địa chỉ liên hệ của chủ hộ=address | ĐT liên hệ=phone:phone_dotted"
        " | Cán bộ thụ lý=-:house_officer369 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_theo_doi_tra_giay_chung_nhan_qsdd_chi_nhanh_vpdk_dat_dai_vn369",
        "STT=row | Số phát hành GCN=-:gcn_seri369 | Số vào sổ cấp GCN=-:gcn_book369"
        " | Tên người sử dụng đất=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd:cccd_spaced | Địa chỉ thường trú=address"
        " | Tờ/Thửa=-:gcn_sheet369 | Diện tích (m2)=-:gcn_area369"
        " | Mục đích SD=-:gcn_use369 | Loại biến động=-:gcn_kind369"
        " | Ngày nhận HS=date@%d/%m/%Y | Người nhận GCN=-:gcn_receiver369"
        " | Quan hệ=-:gcn_receiver_rel369 | CCCD người nhận=-:gcn_receiver_cccd369"
        " | Ngày trả=-:gcn_returned369 | Ký nhận=-:gcn_sign369",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "so_dang_ky_cu_dan_toa_nha_ban_quan_tri_nha_chung_cu_vn369",
        "STT=row | Căn hộ=-:apt_unit369 | Họ tên cư dân=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | CCCD=cccd | SĐT=phone | Email=email"
        " | Quan hệ với chủ hộ=-:apt_rel369 | Hình thức ở=-:apt_kind369"
        " | Ngày chuyển đến=date@%d/%m/%Y | Số thẻ cư dân=-:apt_card369"
        " | Biển số xe=-:apt_plate369 | Tạm trú=-:apt_tr369"
        " | SĐT chủ căn hộ=-:apt_owner_phone369 | Cập nhật lúc=timestamp",
        file="xlsx",
    ),
    _shape(
        "juminhyo_setai_ichiran_shiminka_jp369",
        "番号=row | 世帯主=-:jp_head369 | 氏名=full_name:jp_name369"
        " | フリガナ=-:jp_kana369 | 生年月日=birth_date:jp_birth369 | 性別=sex:jp_sex369"
        " | 続柄=-:jp_rel369 | 郵便番号=postcode:jp_zip369 | 住所=address:jp_addr369"
        " | 電話番号=phone:jp_phone369 | 住民となった年月日=date:jp_since369"
        " | 異動事由=-:jp_reason369 | 本籍=-:jp_honseki369 | 個人番号=national_id:jp_mynum369",
        english=True,
        encoding="cp932",
    ),
    _shape(
        "apateu_jeonip_sego_hyeonhwang_gwanrisamuso_kr369",
        "연번=row | 세대주 성명=full_name:kr_name369 | 주민등록번호=national_id:kr_rrn369"
        " | 생년월일=birth_date@%Y.%m.%d | 전입 주소=address:kr_addr369"
        " | 전 주소지=-:kr_prev369 | 전입일자=date@%Y-%m-%d | 휴대전화=phone:kr_phone369"
        " | 거주형태=-:kr_tenure369 | 세대원 수=-:kr_members369"
        " | 차량번호=-:kr_car369 | 접수자=-:kr_clerk369",
        english=True,
        encoding="cp949",
    ),
    _shape(
        "huji_dengji_bu_hukou_shiwusuo_tw369",
        "序號=row | 戶號=-:tw_household369 | 稱謂=-:tw_rel369 | 姓名=full_name:tw_name369"
        " | 性別=sex:tw_sex369 | 出生日期=birth_date:tw_birth369"
        " | 國民身分證統一編號=national_id:tw_id369 | 出生地=-:tw_birthplace369"
        " | 教育程度=-:tw_edu369 | 戶籍地址=address:tw_addr369"
        " | 遷入日期=date:tw_moved369 | 登記事由=-:tw_move_kind369",
        english=True,
        encoding="cp950",
    ),
    _shape(
        "public_rental_housing_tenancy_list_housing_authority_hk369",
        "No.=row | Tenancy No.=-:hk_tenancy369 | Name (English)=full_name:hk_name_en369"
        " | 中文姓名=-:hk_name_zh369 | HKID No.=national_id:hk_hkid369"
        " | Date of Birth=birth_date@%d/%m/%Y | Sex=sex:hk_sex369"
        " | Relationship to Tenant=-:hk_rel369 | Address of Flat=address:hk_addr369"
        " | Contact Tel.=phone:hk_phone369 | Household Size=-:hk_size369"
        " | Monthly Rent (HK$)=-:hk_rent369 | Tenancy Commencement=date@%d/%m/%Y"
        " | Status=-:hk_status369",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "hdb_bto_flat_application_ballot_list_sg369",
        "S/N=row | Application No.=-:sg_app369 | Name of Applicant=full_name:sg_name369"
        " | NRIC No.=national_id:sg_nric369 | Date of Birth=birth_date@%d/%m/%Y"
        " | Sex=sex:sg_sex369 | Marital Status=-:sg_marital369"
        " | Name of Co-applicant=-:sg_co369 | Co-applicant NRIC=-:sg_co_nric369"
        " | Scheme=-:sg_scheme369 | Flat Type=-:sg_flat369 | Town=-:sg_town369"
        " | Gross Monthly Household Income=-:sg_income369"
        " | Present Address=address:sg_addr369 | Mobile No.=phone:sg_phone369"
        " | Date of Application=date@%d %b %Y | Queue No.=-:sg_queue369",
        english=True,
        encoding="utf-8-sig",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "jp_mynum369",
    "kr_rrn369",
    "tw_id369",
    "hk_hkid369",
    "sg_nric369",
)
SEX_HOLDS: tuple[str, ...] = ("jp_sex369", "tw_sex369", "hk_sex369", "sg_sex369")
NAME_HOLDS = frozenset({"jp_name369", "kr_name369", "tw_name369", "hk_name_en369", "sg_name369"})
PHONE_HOLDS: tuple[str, ...] = ("jp_phone369", "kr_phone369", "hk_phone369", "sg_phone369")
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("kr_addr369", "hk_addr369", "sg_addr369")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND369",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND369",
]
