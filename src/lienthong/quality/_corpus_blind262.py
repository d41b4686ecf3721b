"""The two-hundred-and-sixty-second part of the outside corpus, **blind 262** (written 08:54 UTC,
2026-12-07, never used for tuning): person files a State Bank branch, a province police's
security training board, a haematology institute's stem cell registry, a Hanoi ward's vocational
scheme, the household registration offices of Hualien's, Taitung's and Hsinchu's indigenous
townships, the Hakka language certification board in Miaoli and Hsinchu, Kinmen County's social
affairs bureau, a Pingtung township office and a Taichung district office could hand over.
Four Vietnamese files: gold jewellery workshops applying for the State Bank's certificate in
Windows-1258 with semicolons (the workshop and its address apart from the owner's home, the
business registration number, the kind of work, the chief goldsmith and his trade certificate,
the certificate number and day, the file's status); security guards of private guard companies
trained by the province police in Excel (the company, the guarded site, the rank, the course,
the score, the result, the certificate); blood stem cell donors who pledged at blood drives in
UTF-16 with tabs and headers without diacritics (the blood group, the donations so far, the
drive, the sample code, a relative to call and that relative's phone, the sampling day, the
status, the time last updated); and Hanoi motorbike taxi drivers registering to learn a new
trade in UTF-8 with a BOM and semicolons (the stand, the years driving, the plate, the ride app,
the course, the support in dong).
Five Taiwanese files: restorations of indigenous traditional names (Amis, Truku, Atayal) at the
household registration offices of Hualien, Taitung and Hsinchu in Big5 (the Han name and the
traditional name apart, the id with its check digit, the Minguo birth date written out, the
tribe, the community, the household-register address with its village and neighbourhood, the
township alone, the father's name, the kind of change, the day, the office); Hakka language
proficiency test candidates from Miaoli and Hsinchu in UTF-8 with a BOM (the id, the Minguo
birth date ``074/03/12``, the address, the county alone, a mobile and a home phone, the accent,
the level, the test site, the ticket, the score, the result); Kinmen elders' festival money in
Big5 (the township and village apart, a landline or mobile, the festival, the amount, how it is
paid, who collects it by proxy, the day paid); Pingtung typhoon relief in Excel (the case, the
birth date in the Minguo or western calendar, the township alone, the kind of relief, the
amount, the survey day, the status, the post office account); and a Taichung district office's
conscription register in UTF-8 (the id, the draftee's birth date, the district and li apart,
the school, the physical grade, the draft status, the examination day, the parent and the
parent's phone).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind262_writers import WRITERS_BLIND262
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND262: tuple[Shape, ...] = (
    _shape(
        "co_so_de_nghi_cap_gcn_du_dieu_kien_san_xuat_vang_trang_suc_nhnn_chi_nhanh_vn262",
        "STT=row | Tên cơ sở/DN=-:gold_shop262 | Địa điểm SX=-:gold_addr262"
        " | Người đại diện theo PL=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Nơi cư trú=address | ĐT=phone"
        " | Số GCN ĐKKD/ĐKDN=-:gold_gpkd262 | Loại hình=-:gold_kind262"
        " | Thợ kỹ thuật chính=-:gold_smith262 | Văn bằng/ chứng chỉ thợ=-:gold_cert262"
        " | Số Giấy CN=-:gold_no262 | Ngày cấp=date@%d/%m/%Y"
        " | Tình trạng hồ sơ=-:gold_status262",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nhan_vien_cong_ty_dich_vu_bao_ve_huan_luyen_nghiep_vu_cong_an_tinh_vn262",
        "TT=row | Họ và tên=full_name | Sinh ngày=birth_date@%d/%m/%Y | Nam/Nữ=sex"
        " | CCCD/ĐDCN=cccd:cccd_spaced | HKTT=address | Điện thoại=phone"
        " | Công ty=-:guard_firm262 | Mục tiêu bảo vệ=-:guard_post262"
        " | Chức danh=-:guard_level262 | Khóa HL=-:guard_course262"
        " | Điểm KT=-:guard_score262 | Kết quả=-:guard_result262"
        " | Số giấy chứng nhận=-:guard_cert262 | Ngày cấp GCN=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "nguoi_dang_ky_hien_te_bao_goc_tao_mau_ngan_hang_vien_huyet_hoc_vn262",
        "STT=row | Ho ten=full_name | Ngay sinh=birth_date@%d-%m-%Y | Gioi=sex"
        " | So dinh danh=cccd | Dia chi lien lac=address | DTDD=phone | Email=email"
        " | Nhom mau=-:stem_blood262 | So lan hien mau=-:stem_times262"
        " | Dang ky tai=-:stem_event262 | Ma mau luu=-:stem_code262"
        " | Nguoi than lien he=-:stem_contact262 | SDT nguoi than=-:stem_contact_phone262"
        " | Ngay lay mau=date@%d-%m-%Y | Trang thai=-:stem_status262 | Cap nhat=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "lai_xe_om_truyen_thong_dang_ky_hoc_nghe_chuyen_doi_ubnd_phuong_ha_noi_vn262",
        "TT=row | Họ và tên=full_name | Ngày tháng năm sinh=birth_date@%d.%m.%Y"
        " | Giới tính=sex | Số CCCD=cccd | Nơi ở hiện nay=address | SĐT=phone"
        " | Điểm đỗ thường xuyên=-:xo_spot262 | Số năm hành nghề=-:xo_years262"
        " | Biển số xe=-:xo_plate262 | Chạy ứng dụng=-:xo_app262"
        " | Nghề đăng ký học=-:xo_course262 | Mức hỗ trợ (đồng)=-:xo_support262"
        " | Ngày đăng ký=date@%d.%m.%Y | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "yuanzhumin_huifu_chuantong_mingzi_dengji_huzheng_hualien_taitung_tw262",
        "編號=row | 原漢名=full_name:nt_han262 | 傳統名字(羅馬拼音)=full_name:nt_name262"
        " | 國民身分證統一編號=national_id:nt_id262 | 出生日期=birth_date:nt_birth262"
        " | 性別=sex:sex_tw262 | 族別=-:nt_tribe262 | 部落=-:nt_village262"
        " | 戶籍地址=address:nt_addr262 | 鄉(鎮)=district:nt_town262"
        " | 聯絡電話=phone:nt_phone262 | 父姓名=-:nt_father262 | 申請類別=-:nt_kind262"
        " | 登記日期=date:nt_date262 | 受理機關=-:nt_office262",
        english=True,
        encoding="cp950",
    ),
    _shape(
        "keyu_nengli_renzheng_baoming_mingce_miaoli_hsinchu_tw262",
        "序號=row | 准考證號碼=-:hak_ticket262 | 姓名=full_name:hak_name262"
        " | 身分證字號=national_id:hak_id262 | 出生年月日=birth_date:hak_birth262"
        " | 通訊地址=address:hak_addr262 | 縣市=-:hak_county262"
        " | 手機=phone:hak_phone262 | 住家電話=-:hak_home262 | 腔調=-:hak_accent262"
        " | 報考級別=-:hak_level262 | 考場=-:hak_site262 | 成績=-:hak_score262"
        " | 結果=-:hak_result262",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "sanjie_jinglao_lijin_fafang_mingce_kinmen_tw262",
        "項次=row | 鄉鎮=district:km_town262 | 村里=-:km_village262"
        " | 姓名=full_name:km_name262 | 身分證號=national_id:km_id262"
        " | 出生日期=birth_date:km_birth262 | 性別=sex:sex_tw262"
        " | 戶籍地址=address:km_addr262 | 電話=phone:km_phone262"
        " | 節別=-:km_round262 | 金額(元)=-:km_amount262 | 發放方式=-:km_way262"
        " | 代領人=-:km_proxy262 | 發放日期=date:km_paid262",
        english=True,
        encoding="cp950",
    ),
    _shape(
        "taifeng_zaihai_jiuzhujin_hezhun_mingce_pingtung_tw262",
        "序號=row | 案號=-:pt_case262 | 申請人=full_name:pt_name262"
        " | 身分證字號=national_id:pt_id262"
        " | 出生日期=birth_date:pt_birth262 | 災害地址=address:pt_addr262"
        " | 鄉鎮市=district:pt_town262 | 聯絡電話=phone:pt_phone262"
        " | 救助項目=-:pt_kind262 | 核定金額=-:pt_amount262"
        " | 會勘日期=date:pt_survey262 | 辦理情形=-:pt_status262"
        " | 撥款帳戶=-:pt_bank262",
        english=True,
        file="xlsx",
    ),
    _shape(
        "yinan_zhengbing_jiancha_mingce_taichung_qu_gongsuo_tw262",
        "序號=row | 役男姓名=full_name:tc_name262 | 身分證統一編號=national_id:tc_id262"
        " | 出生年月日=birth_date:tc_birth262 | 戶籍地址=address:tc_addr262"
        " | 區別=district:tc_dist262 | 里別=-:tc_li262 | 行動電話=phone:tc_phone262"
        " | 就讀學校=-:tc_school262 | 體位判定=-:tc_grade262 | 役別狀態=-:tc_status262"
        " | 徵兵檢查日期=date:tc_exam262 | 家長姓名=-:tc_parent262"
        " | 家長電話=-:tc_parent_phone262",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("nt_id262", "hak_id262", "km_id262", "pt_id262", "tc_id262")
SEX_HOLDS: tuple[str, ...] = ("sex_tw262",)
NAME_HOLDS = frozenset(
    {"nt_han262", "nt_name262", "hak_name262", "km_name262", "pt_name262", "tc_name262"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "nt_phone262",
    "hak_phone262",
    "km_phone262",
    "pt_phone262",
    "tc_phone262",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND262",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND262",
]
