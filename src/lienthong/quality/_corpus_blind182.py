"""The hundred-and-eighty-second part of the outside corpus, **blind 182** (written 01:03 UTC,
2026-12-07, never used for tuning): person files a vaccine research institute, a provincial
construction department, a market management board, a provincial traditional martial arts
tournament, a Thai district office, a Lao village development fund, a Cambodian commune
registration committee, a Myanmar overseas employment agency and a Yunnan county relocation office
could hand over. Four Vietnamese files: a list of volunteers in a vaccine clinical trial in UTF-16
with tabs (the subject code, the study arm, the consent date, the dates of two doses, the
investigator, an emergency contact and phone, the allowance, the time last updated); a list of
civil servants asking to rent official housing in Excel (the post, the agency and its address, the
transfer decision and its date, the people living with them, the flat, its area and rent, the
present home); a market's list of household businesses renting kiosks in Windows-1258 with
semicolons (the kiosk, the goods, the lease and its dates, the rent and deposit, the household
business's tax code); and the athletes entered in a traditional martial arts tournament in UTF-8
with a BOM (the bib, the club, the event, the weight class and weighed weight, the grade, the coach
and phone, the health insurance card, the result).
Five foreign files: a Thai district's list of flood victims claiming relief money in TIS-620
(cp874) with Thai headers (the 13-digit ID with its mod-11 digit, the title apart, the Buddhist-era
birth date, house number, หมู่, ตำบล, อำเภอ, จังหวัด, the damage, the amount, the BAAC account, the
village headman, the Buddhist-era filing date); a Lao village development fund's borrowers in UTF-8
with a BOM and Lao headers (the ID card, the family book, ບ້ານ/ເມືອງ/ແຂວງ, the loan, the rate, the
guarantor, the village chief); a Cambodian commune's voter registration list in Excel with Khmer
headers (the nine-digit ID card, the place of birth, the address, the polling station, the
document shown); a Myanmar agency's list of workers sent to Thailand under the MOU, in UTF-8 with
Burmese and English headers (the NRC as 12/OUKAMA(N)123456, the father's name, the passport, the
Thai employer, the medical check and departure dates); and a Yunnan county's roll of people moved
under poverty-relief relocation in GB18030 (the 18-character ID with its MOD 11-2 character, the
head of household and the relation, the ethnic group, names as Dai, Jingpo, Bai, Yi and Lisu people
bear them, the place moved from, the resettlement site, the helper cadre).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind182_writers import WRITERS_BLIND182
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND182: tuple[Shape, ...] = (
    _shape(
        "tinh_nguyen_vien_thu_nghiem_lam_sang_vac_xin_vien_pasteur_vn182",
        "STT=row | Mã ĐTNC=-:subject182 | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới=sex | Số CCCD=cccd | Địa chỉ liên hệ=address | SĐT=phone | Nhóm NC=-:arm182"
        " | Ngày ký phiếu đồng ý (ICF)=date@%d/%m/%Y | Tiêm mũi 1 (D0)=date:dose1_182"
        " | Tiêm mũi 2 (D28)=date:dose2_182 | Nghiên cứu viên=-:investigator182"
        " | Người LH khẩn cấp=-:emerg182 | SĐT người LH=-:emerg_phone182"
        " | Hỗ trợ đi lại (đ)=-:stipend182 | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "dang_ky_thue_nha_o_cong_vu_so_xay_dung_vn182",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số định danh cá nhân=cccd | Chức vụ=-:post182 | Cơ quan công tác=-:agency182"
        " | Địa chỉ cơ quan=-:agency_addr182 | QĐ điều động/luân chuyển số=-:decision182"
        " | Ngày QĐ=date@%d/%m/%Y | Số người cùng ở=-:household182"
        " | Căn hộ bố trí=-:flat182 | Diện tích (m2)=-:area182"
        " | Giá thuê (đồng/tháng)=-:rent182 | Nơi ở hiện nay=address | ĐT di động=phone"
        " | Email=email",
        file="xlsx",
    ),
    _shape(
        "ho_kinh_doanh_thue_kiot_ban_quan_ly_cho_vn182",
        "TT=row | Họ tên chủ hộ KD=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | CCCD=cccd:cccd_spaced | HKTT=address | Ki-ốt số=-:kiosk182 | Ngành hàng=-:goods182"
        " | DT (m²)=-:kiosk_area182 | Số HĐ thuê=-:contract182 | Từ ngày=date@%d/%m/%Y"
        " | Đến ngày=date:until182 | Tiền thuê/tháng=-:kiosk_rent182 | Tiền cọc=-:deposit182"
        " | MST hộ KD=mst | ĐT=phone | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "van_dong_vien_giai_vo_co_truyen_cap_tinh_vn182",
        "Số TT=row | Số đeo=-:bib182 | Họ tên VĐV=full_name | Nam/Nữ=sex"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | CCCD/ĐDCN=cccd"
        " | Đơn vị (CLB, võ đường)=-:club182 | Nội dung thi đấu=-:event182"
        " | Hạng cân (kg)=-:weight182 | Cân thực tế=-:weighed182 | Đẳng cấp=-:grade182"
        " | HLV=-:coach182 | ĐT HLV=-:coach_phone182 | Thẻ BHYT=bhyt | Địa chỉ=address"
        " | Kết quả=-:medal182",
        encoding="utf-8-sig",
    ),
    _shape(
        "phu_prasop_uthokkaphai_kham_rong_ngoen_chuay_luea_th182",
        "ลำดับ=row | เลขประจำตัวประชาชน=national_id:th_pid182 | คำนำหน้า=-:th_title182"
        " | ชื่อ=given_name:th_given182 | นามสกุล=family_name:th_family182"
        " | วัน/เดือน/ปีเกิด=birth_date:th_birth182 | บ้านเลขที่=street:th_house182"
        " | หมู่ที่=-:th_moo182 | ตำบล=suburb:th_tambon182 | อำเภอ=district:th_amphoe182"
        " | จังหวัด=state:th_changwat182 | เบอร์โทรศัพท์=phone:th_phone182"
        " | ลักษณะความเสียหาย=-:th_damage182 | จำนวนเงิน (บาท)=-:th_amount182"
        " | เลขที่บัญชี ธ.ก.ส.=-:th_bank182 | ผู้ใหญ่บ้านผู้รับรอง=-:th_headman182"
        " | วันที่ยื่นคำร้อง=date:th_filed182",
        english=True,
        encoding="cp874",
    ),
    _shape(
        "phu_ku_yuem_kong_thuen_phatthana_ban_la182",
        "ລ/ດ=row | ຊື່ ແລະ ນາມສະກຸນ=full_name:la_name182 | ເພດ=sex:la_sex182"
        " | ວັນເດືອນປີເກີດ=birth_date@%d/%m/%Y | ເລກບັດປະຈຳຕົວ=national_id:la_id182"
        " | ເລກປື້ມສຳມະໂນຄົວ=-:la_famnb182 | ບ້ານ=suburb:la_village182"
        " | ເມືອງ=district:la_muang182 | ແຂວງ=state:la_province182 | ເບີໂທ=phone:la_phone182"
        " | ຈຸດປະສົງການກູ້ຢືມ=-:la_purpose182 | ຈຳນວນເງິນກູ້ (ກີບ)=-:la_loan182"
        " | ອັດຕາດອກເບ້ຍ/ເດືອນ=-:la_rate182 | ວັນທີກູ້=date@%d/%m/%Y"
        " | ຜູ້ຄ້ຳປະກັນ=-:la_guarantor182 | ນາຍບ້ານ=-:la_chief182",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "banhchi_chhmuoh_bohchhnaot_khum_kh182",
        "ល.រ=row | លេខអត្តសញ្ញាណប័ណ្ណ=national_id:kh_id182"
        " | គោត្តនាម និងនាម=full_name:kh_name182 | ភេទ=sex:kh_sex182"
        " | ថ្ងៃខែឆ្នាំកំណើត=birth_date@%d-%m-%Y | ទីកន្លែងកំណើត=-:kh_birthplace182"
        " | អាសយដ្ឋានបច្ចុប្បន្ន=address:kh_addr182 | ការិយាល័យបោះឆ្នោត=-:kh_station182"
        " | លេខរៀងក្នុងបញ្ជី=-:kh_voterno182 | លេខទូរស័ព្ទ=phone:kh_phone182"
        " | ឯកសារភ្ជាប់=-:kh_doc182 | ថ្ងៃចុះឈ្មោះ=date@%d-%m-%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "mou_alouthamar_pe_poe_kyi_thai_agency_mm182",
        "No.=row | အမည် (Name)=full_name:mm_name182 | အဖအမည် (Father's Name)=-:mm_father182"
        " | မွေးသက္ကရာဇ် (Date of Birth)=birth_date@%d-%m-%Y"
        " | နိုင်ငံသားစိစစ်ရေးကတ်အမှတ် (NRC No.)=national_id:mm_nrc182"
        " | ကျား/မ=sex:mm_sex182 | Passport No.=-:mm_passport182"
        " | နေရပ်လိပ်စာ (Address)=address:mm_addr182 | ဖုန်း (Phone)=phone:mm_phone182"
        " | Employer (Thailand)=-:mm_employer182 | Position=-:mm_job182"
        " | Medical Check=date@%d-%m-%Y | Departure Date=date:mm_depart182"
        " | Agency Ref.=-:mm_ref182",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "yidi_fupin_banqian_anzhi_renyuan_huamingce_yn182",
        "序号=row | 户主姓名=-:yn_head182 | 姓名=full_name:yn_name182 | 与户主关系=-:yn_rel182"
        " | 性别=sex:yn_sex182 | 民族=-:yn_ethnic182 | 出生日期=birth_date@%Y-%m-%d"
        " | 公民身份号码=national_id:yn_id182 | 迁出地=-:yn_origin182 | 安置点=-:yn_site182"
        " | 现住址=address:yn_addr182 | 联系电话=phone:yn_phone182 | 搬迁年度=-:yn_year182"
        " | 就业情况=-:yn_job182 | 帮扶责任人=-:yn_helper182 | 登记日期=date@%Y-%m-%d",
        english=True,
        encoding="gb18030",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "th_pid182",
    "la_id182",
    "kh_id182",
    "mm_nrc182",
    "yn_id182",
)
SEX_HOLDS: tuple[str, ...] = ("la_sex182", "kh_sex182", "mm_sex182", "yn_sex182")
NAME_HOLDS = frozenset(
    {"th_given182", "th_family182", "la_name182", "kh_name182", "mm_name182", "yn_name182"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "th_phone182",
    "la_phone182",
    "kh_phone182",
    "mm_phone182",
    "yn_phone182",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("kh_addr182", "mm_addr182")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND182",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND182",
]
