"""The three-hundred-and-ninetieth part of the outside corpus, **blind 390** (written 19:20 UTC,
2026-12-07, never used for tuning): person files a labour-export company's training centre, a
commune's labour and social affairs officer, a labour-export company's accountant, a social
policy bank's transaction office, a Nepali manpower agency, a Taiwanese employer, a Japanese
supervising organisation, a Korean employer of EPS workers and a Malaysian job centre could hand
over. Four Vietnamese files: a training centre's list of trainees of the pre-departure course
(bồi dưỡng kiến thức cần thiết) in Windows-1258 with semicolons and headers without diacritics
(the trainee code, the home province, the class, the market and trade, the opening day, the test
score and result, the certificate number); a commune's list of workers back from abroad in UTF-16
with tabs (the country, the company that sent them, the days they left and came back, why they
came back, the work they did there, the help they ask for); a company's settlement of its
contracts with workers in Excel (the contract number, the country and the employer abroad, the
service fee paid, the sum paid back, why the contract ended, the account, the day settled); and a
social policy bank's list of loans to go abroad in UTF-8 with a byte-order mark and semicolons
(the borrower's group, the family member who goes and how they are related, the market, the sum,
the monthly rate, the term, the savings group leader).
Five foreign files: a Nepali manpower agency's final labour approvals in UTF-8 with Nepali
headers (the citizenship certificate number, in Devanagari or Latin digits, with its issuing
district office, birth dates in Bikram Sambat, the passport, municipality-ward and district,
``98`` mobiles, the country, the employer, the post and the monthly salary, the approval number
and date); a Taiwanese employer's list of its migrant workers in Big5 (cp950) with traditional
Chinese headers (the name in Latin capitals, the nationality, the resident certificate number with
its check digit, the passport, the entry day, the permit letter, the kind of work, the workplace,
the broker, the end of the permit); a Japanese supervising organisation's list of technical
intern trainees in Shift JIS (the name in Latin capitals, the 在留カード number, the status and
its expiry, the trade, the implementing company, the union, the dormitory address, ``090``
mobiles); a Korean employer's list of EPS workers in cp949 with Hangul headers (the
외국인등록번호 with its check digit, the passport, the E-9 visa, the entry day, the workplace and
its address, the contract term, the expiry, notes); and a Malaysian job centre's list of workers
back from abroad in Excel with Malay headers (the MyKad, the passport, the address, poskod and
negeri, ``01x`` mobiles, the country, the last employer, the job, the day back, the status).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind390_writers import WRITERS_BLIND390
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND390: tuple[Shape, ...] = (
    _shape(
        "boi_duong_truoc_xuat_canh_vn390",
        "STT=row | Ma HV=-:hv390 | Ho ten hoc vien=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex | So CCCD=cccd | Que quan=-:quequan390 | Lop=-:lop390"
        " | Thi truong=-:market390 | Nganh nghe=-:trade390 | Ngay KG=date@%d/%m/%Y"
        " | Diem KT=-:score390 | Ket qua=-:result390 | So chung chi BDKTCT=-:cert390"
        " | DT lien he=phone",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nguoi_lao_dong_ve_nuoc_xa_vn390",
        "TT=row | Họ và tên NLĐ=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số định danh cá nhân=cccd | Nơi cư trú=address | SĐT=phone"
        " | Nước đến làm việc=-:country390 | Doanh nghiệp đưa đi=-:agency390"
        " | Ngày xuất cảnh=date@%d/%m/%Y | Ngày về nước=date:back390"
        " | Lý do về nước=-:why390 | Nghề đã làm ở nước ngoài=-:job_abroad390"
        " | Nhu cầu hỗ trợ=-:need390 | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "thanh_ly_hd_dua_nld_di_vn390",
        "Số HĐ=-:contract390 | STT=row | Họ tên người lao động=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd:cccd_spaced"
        " | Địa chỉ thường trú=address | Nước tiếp nhận=-:country390"
        " | Chủ sử dụng ở nước ngoài=-:employer390 | Ngày ký HĐ=date@%d/%m/%Y"
        " | Tiền dịch vụ đã thu (đ)=-:fee390 | Số tiền hoàn trả (đ)=-:refund390"
        " | Lý do thanh lý=-:why_end390 | Số TK nhận tiền=-:account390"
        " | Ngày thanh lý=date:end390",
        file="xlsx",
    ),
    _shape(
        "vay_von_di_lam_viec_nuoc_ngoai_vn390",
        "TT=row | Họ tên người vay=full_name | Ngày sinh=birth_date@%Y-%m-%d | CCCD=cccd"
        " | Địa chỉ=address | Đối tượng=-:group390 | Người đi làm việc ở NN=-:worker390"
        " | Quan hệ với người vay=-:rel390 | Thị trường=-:country390"
        " | Số tiền vay (đồng)=-:loan390 | Lãi suất (%/tháng)=-:rate390"
        " | Thời hạn (tháng)=-:term390 | Ngày giải ngân=date@%Y-%m-%d"
        " | Tổ trưởng Tổ TK&VV=-:leader390 | Số ĐT=phone",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "antim_shram_swikriti_np390",
        "क्र.सं.=row | कामदारको नाम थर=full_name:np_name390 | लिङ्ग=sex:np_sex390"
        " | जन्म मिति (वि.सं.)=birth_date:np_birth390"
        " | नागरिकता प्रमाणपत्र नं.=national_id:np_cit390 | जारी गर्ने कार्यालय=-:np_issue390"
        " | राहदानी नं.=-:np_pp390 | स्थायी ठेगाना=address:np_addr390"
        " | मोबाइल नं.=phone:np_phone390 | गन्तव्य मुलुक=-:np_country390"
        " | रोजगारदाता कम्पनी=-:np_employer390 | पद=-:np_job390"
        " | मासिक पारिश्रमिक=-:np_salary390 | श्रम स्वीकृति नं.=-:np_permit390"
        " | स्वीकृति मिति=date:np_permit_date390 | म्यानपावर कम्पनी=-:np_agency390",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "wai_guo_ren_pin_gu_ming_ce_tw390",
        "序號=row | 外國人姓名(英文)=full_name:tw_en390 | 國籍=-:tw_nat390"
        " | 性別=sex:tw_sex390 | 出生日期=birth_date:tw_birth390 | 護照號碼=-:tw_pp390"
        " | 居留證統一證號=national_id:tw_arc390 | 入國日期=date:tw_entry390"
        " | 聘僱許可函文號=-:tw_permit390 | 工作類別=-:tw_kind390"
        " | 工作地點=-:tw_workaddr390 | 仲介公司=-:tw_broker390"
        " | 聘僱許可期限=date:tw_until390 | 聯絡電話=phone:tw_phone390",
        english=True,
        encoding="cp950",
        delimiter=",",
    ),
    _shape(
        "ginou_jisshusei_meibo_jp390",
        "No.=row | 氏名（ローマ字）=full_name:jp_en390 | 国籍・地域=-:jp_nat390"
        " | 性別=sex:jp_sex390 | 生年月日=birth_date:jp_birth390"
        " | 在留カード番号=national_id:jp_card390 | 在留資格=-:jp_status390"
        " | 在留期間満了日=date:jp_expiry390 | 職種・作業=-:jp_trade390"
        " | 実習実施者=-:jp_firm390 | 監理団体=-:jp_union390 | 住居地=address:jp_addr390"
        " | 入国日=date:jp_entry390 | 携帯電話=phone:jp_phone390",
        english=True,
        encoding="cp932",
    ),
    _shape(
        "goyong_heoga_geunroja_myeongdan_kr390",
        "연번=row | 성명(영문)=full_name:kr_en390 | 국적=-:kr_nat390 | 성별=sex:kr_sex390"
        " | 생년월일=birth_date:kr_birth390 | 외국인등록번호=national_id:kr_arc390"
        " | 여권번호=-:kr_pp390 | 체류자격=-:kr_visa390 | 입국일자=date:kr_entry390"
        " | 사업장명=-:kr_firm390 | 사업장 소재지=-:kr_firmaddr390"
        " | 근로계약기간=-:kr_term390 | 체류만료일=date:kr_expiry390"
        " | 휴대전화=phone:kr_phone390 | 비고=-:kr_note390",
        english=True,
        encoding="cp949",
    ),
    _shape(
        "pekerja_pulang_luar_negara_my390",
        "Bil.=row | Nama Penuh (seperti dalam MyKad)=full_name:my_name390"
        " | No. MyKad=national_id:my_ic390 | No. Pasport=-:my_pp390"
        " | Tarikh Lahir=birth_date:my_birth390 | Jantina=sex:my_sex390"
        " | Alamat Rumah=address:my_addr390 | Poskod=postcode:my_pc390"
        " | Negeri=state:my_state390 | No. Telefon Bimbit=phone:my_phone390"
        " | Negara Bekerja=-:my_country390 | Majikan Terakhir=-:my_employer390"
        " | Jawatan=-:my_job390 | Tarikh Pulang ke Malaysia=date:my_back390"
        " | Status Penempatan=-:my_status390",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "np_cit390",
    "tw_arc390",
    "jp_card390",
    "kr_arc390",
    "my_ic390",
)
SEX_HOLDS: tuple[str, ...] = (
    "np_sex390",
    "tw_sex390",
    "jp_sex390",
    "kr_sex390",
    "my_sex390",
)
NAME_HOLDS = frozenset({"np_name390", "tw_en390", "jp_en390", "kr_en390", "my_name390"})
PHONE_HOLDS: tuple[str, ...] = (
    "np_phone390",
    "tw_phone390",
    "jp_phone390",
    "kr_phone390",
    "my_phone390",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("np_addr390", "my_addr390")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND390",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND390",
]
