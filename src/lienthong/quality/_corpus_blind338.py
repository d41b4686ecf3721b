"""The three hundred thirty-eighth part of the outside corpus, **blind 338** (written 12:33 UTC,
2026-12-07, never used for tuning): person files a provincial justice department noting divorces
of Vietnamese citizens settled abroad, a university's Vietnamese studies faculty, an industrial
zone company reporting its foreign workers, a commune registering births of children of
mixed families, a Korean district office, a Japanese employer, a Chinese civil affairs department,
Macau's social welfare bureau and a Mongolian district registration unit could hand over. Four
Vietnamese files: a justice department's book of divorces with Korean, Taiwanese and Chinese
spouses settled abroad and noted in Vietnam, in Windows-1258 with semicolons (the note number,
the former spouse and nationality, the court or office abroad, the judgment number and its date,
the signer); a faculty's list of foreign students in Excel (the name in Hangul or Chinese
characters beside the name as the passport writes it, the nationality, the passport, the visa,
the residence card's expiry, the programme, the dormitory, the form teacher); a company's
half-year report on foreign workers in UTF-16 with tabs (the name in Latin letters beside the
name in its own script, the passport, the job and title, the permit number, its date and expiry,
the salary, the employer and the workplace); and a commune's birth register of children
with a foreign father in UTF-8 with a BOM (the child's name and the same name without
diacritics, the personal identification number, the place of birth, the Vietnamese mother, the
foreign father and nationality).
Five foreign files: a Korean marriage report list in CP949 (성명 in 한글 and 漢字, 본, the
주민등록번호 with its weighted mod-11 digit, 등록기준지, the foreign spouse and 외국인등록번호); a
Japanese withholding dependants list in Shift_JIS (姓/名 in 漢字 and フリガナ apart, the
個人番号 with its check digit, 〒 and 住所, the foreign spouse and relatives abroad); a Chinese
foreign-related marriage register in GB18030 (姓名 and 拼音, the 18-character 公民身份号码 with
its MOD 11-2 character, the birth date ``1990年05月12日``, the Vietnamese spouse's passport); a
Macau cross-border family case list in UTF-8 with a BOM and semicolons (中文姓名 beside the
Portuguese or Cantonese romanised name, the BIR with its bracketed digit, 堂區, the mainland
spouse's permit); and a Mongolian list of marriages with foreign citizens in Excel (ургийн
овог, the patronymic, the given name in Cyrillic and in Latin letters, the register number,
дүүрэг and хороо).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind338_writers import WRITERS_BLIND338
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND338: tuple[Shape, ...] = (
    _shape(
        "ghi_chu_ly_hon_ket_hon_voi_nguoi_nuoc_ngoai_giai_quyet_o_nuoc_ngoai_so_tu_phap_vn338",
        "STT=row | Số ghi chú=-:lh_no338 | Họ, chữ đệm, tên người yêu cầu=full_name"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số ĐDCN=cccd"
        " | Nơi cư trú=address | Họ tên vợ/chồng cũ (người NN)=-:ex_name338"
        " | Quốc tịch=-:ex_nat338 | Cơ quan giải quyết ở nước ngoài=-:court338"
        " | Số bản án/ QĐ=-:judgment338 | Ngày có hiệu lực=date@%d/%m/%Y"
        " | Người ký=-:signer338 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "hoc_vien_nuoc_ngoai_khoa_viet_nam_hoc_gia_han_the_tam_tru_dh_vn338",
        "TT=row | Mã HV=-:stu_code338 | Họ tên (chữ gốc)=full_name:fs_native338"
        " | Họ tên (theo hộ chiếu)=full_name:fs_latin338 | Quốc tịch=-:fs_nat338"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số hộ chiếu=-:fs_pp338"
        " | Ký hiệu thị thực=-:fs_visa338 | Thẻ tạm trú có giá trị đến=date@%d/%m/%Y"
        " | Chương trình học=-:fs_prog338 | Nơi ở tại VN=address:fs_addr338"
        " | Điện thoại=phone | Email=email:fs_email338 | GV chủ nhiệm=-:fs_teacher338",
        file="xlsx",
    ),
    _shape(
        "bao_cao_6_thang_su_dung_nguoi_lao_dong_nuoc_ngoai_doanh_nghiep_kcn_vn338",
        "STT=row | Họ và tên (chữ La tinh)=full_name:fw_latin338"
        " | Họ tên (chữ Hán/ Hangul)=full_name:fw_native338 | Giới tính=sex"
        " | Ngày sinh=birth_date@%d/%m/%Y | Quốc tịch=-:fw_nat338 | Số hộ chiếu=-:fw_pp338"
        " | Vị trí công việc=-:fw_job338 | Chức danh=-:fw_title338 | Số GPLĐ=-:fw_permit338"
        " | Ngày cấp=date@%d/%m/%Y | Có giá trị đến=date:fw_until338"
        " | Mức lương (VNĐ/tháng)=-:fw_salary338 | Tên doanh nghiệp=-:fw_employer338"
        " | Địa điểm làm việc=-:fw_workaddr338 | SĐT=phone",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "so_dang_ky_khai_sinh_tre_co_cha_nguoi_nuoc_ngoai_ubnd_xa_vn338",
        "STT=row | Số đăng ký=-:ks_no338 | Họ, chữ đệm, tên=full_name"
        " | Họ tên viết không dấu=full_name:ks_ascii338 | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Nơi sinh=-:ks_place338"
        " | Họ tên mẹ=-:ks_mother338 | Họ tên cha=-:ks_father338"
        " | Quốc tịch của cha=-:ks_fnat338 | Nơi cư trú=address"
        " | Ngày đăng ký=date:ks_regdate338 | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
    ),
    _shape(
        "honin_singo_gukje_jeopsu_kr338",
        "연번=row | 접수번호=-:kr_rcpt338 | 성명(한글)=full_name:kr_hangul338"
        " | 성명(한자)=full_name:kr_hanja338 | 본(한자)=-:kr_bon338"
        " | 주민등록번호=national_id:kr_rrn338 | 생년월일=birth_date@%Y.%m.%d"
        " | 등록기준지=-:kr_base338 | 주소=address:kr_addr338 | 전화번호=phone:kr_phone338"
        " | 배우자 성명=-:kr_sp_name338 | 배우자 국적=-:kr_sp_nat338"
        " | 배우자 외국인등록번호=-:kr_sp_arc338 | 신고일=date@%Y.%m.%d"
        " | 처리상태=-:kr_status338",
        english=True,
        encoding="cp949",
    ),
    _shape(
        "fuyo_kojo_shinkokusho_ichiran_jp338",
        "No.=row | 社員番号=-:jp_emp338 | 所属=-:jp_dept338 | 氏名（姓）=family_name:jp_fam338"
        " | 氏名（名）=given_name:jp_giv338 | フリガナ（セイ）=family_name:jp_fkana338"
        " | フリガナ（メイ）=given_name:jp_gkana338 | 個人番号=national_id:jp_mynum338"
        " | 生年月日=birth_date@%Y/%m/%d | 〒=postcode:jp_zip338 | 住所=address:jp_addr338"
        " | 電話番号=phone:jp_phone338 | 配偶者氏名=-:jp_sp338 | 配偶者国籍=-:jp_spnat338"
        " | 国外居住親族=-:jp_nonres338 | 提出日=date@%Y/%m/%d",
        english=True,
        encoding="cp932",
    ),
    _shape(
        "shewai_hunyin_dengji_cn338",
        "序号=row | 结婚证字号=-:cn_cert338 | 姓名=full_name:cn_han338"
        " | 姓名拼音=full_name:cn_pinyin338 | 性别=sex:cn_sex338"
        " | 出生日期=birth_date@%Y年%m月%d日 | 公民身份号码=national_id:cn_id338"
        " | 常住户口所在地=address:cn_addr338 | 联系电话=phone:cn_phone338"
        " | 对方姓名=-:cn_spouse338 | 对方国籍=-:cn_snat338 | 对方护照号码=-:cn_spp338"
        " | 登记日期=date@%Y-%m-%d | 登记机关=-:cn_office338",
        english=True,
        encoding="gb18030",
    ),
    _shape(
        "kuajing_jiating_geian_mo338",
        "編號=row | 個案編號=-:mo_case338 | 中文姓名=full_name:mo_zh338"
        " | 外文姓名=full_name:mo_latin338 | 澳門居民身份證編號=national_id:mo_bir338"
        " | 出生日期=birth_date@%d/%m/%Y | 性別=sex:mo_sex338 | 住址=address:mo_addr338"
        " | 堂區=suburb:mo_parish338 | 聯絡電話=phone:mo_phone338 | 配偶姓名=-:mo_spouse338"
        " | 配偶證件=-:mo_spdoc338 | 子女人數=-:mo_kids338 | 開案日期=date@%d/%m/%Y"
        " | 負責社工=-:mo_worker338",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "gadaad_irgentei_gerlelt_burtgel_mn338",
        "№=row | Гэрчилгээний дугаар=-:mn_cert338 | Ургийн овог=family_name:mn_clan338"
        " | Эцэг/эхийн нэр=-:mn_patr338 | Нэр=given_name:mn_given338"
        " | Нэр (латинаар)=given_name:mn_given_lat338 | Регистрийн дугаар=national_id:mn_reg338"
        " | Төрсөн он, сар, өдөр=birth_date@%Y.%m.%d | Хүйс=sex:mn_sex338"
        " | Дүүрэг/сум=district:mn_dist338 | Хороо/баг=suburb:mn_khoroo338"
        " | Хаяг=street:mn_street338 | Утас=phone:mn_phone338"
        " | Эхнэр/нөхрийн нэр=-:mn_spouse338 | Иргэншил=-:mn_spnat338"
        " | Бүртгэсэн огноо=date:mn_regdate338",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "kr_rrn338",
    "jp_mynum338",
    "cn_id338",
    "mo_bir338",
    "mn_reg338",
)
SEX_HOLDS: tuple[str, ...] = ("cn_sex338", "mo_sex338", "mn_sex338")
NAME_HOLDS = frozenset(
    {"fs_latin338", "fw_latin338", "ks_ascii338", "kr_hangul338", "kr_hanja338"}
    | {"jp_fam338", "jp_giv338", "cn_han338", "cn_pinyin338", "mn_given338", "mn_clan338"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "kr_phone338",
    "jp_phone338",
    "cn_phone338",
    "mo_phone338",
    "mn_phone338",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("fs_addr338", "kr_addr338", "mn_street338")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND338",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND338",
]
