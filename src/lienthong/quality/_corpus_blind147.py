"""The hundred-and-forty-seventh part of the outside corpus, **blind 147** (written 20:57 UTC,
2026-12-06, never used for tuning): person files a ward's summer swimming class against drowning,
a consumer finance company, a commune's grassroots security and order teams, a district paying
out support after a typhoon, the National University of Laos, a Cambodian commune's voter list,
a Myanmar mobile operator's SIM agent, a Guangxi border-trade office and a Thai district
agriculture office could hand over.
Four Vietnamese files: a summer swimming class in Windows-1258 with semicolons (the child's
personal number, the school and class, the parent and the parent's phone, the course, the
result); consumer loans in Excel (the contract number, the workplace, a reference person and
their phone, the amount, the term, the days past due, the product); grassroots security team
members in UTF-16 with tabs (ethnicity, schooling, party member, the team, the post, the
decision that set it up); and typhoon support in UTF-8 with a BOM and semicolons, headers with
odd spacing (the damage to the house, the amount, the fund, who signed on the head's behalf).
Five foreign files: a Lao university's roll of students in Lao script (the student code, the id
card number, the province of birth, the faculty and year, the home village and district, the
parent and the parent's phone, the fees); a Cambodian voter list in Khmer with Khmer digits (the
number on the list, the id card, the place of birth, the village, commune and district, the
polling station); a Myanmar SIM registration in Burmese (the NRC in Burmese digits, the father's
name, the street and township, the SIM's number, the ICCID, the agent's shop); a Guangxi border
residents' mutual-trade register in GBK (the 18-character id with its MOD 11-2 character, the
border resident's pass, the mutual-aid group, the goods and their value); and a Thai farmers'
register in TIS-620 (the id with its mod-11 digit, title, given and family names, the Buddhist
era birth date, the house and the tambon, amphoe and changwat, the crop, the area in rai-ngan-wa,
the land deed, the day the record was updated).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind147_writers import WRITERS_BLIND147
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND147: tuple[Shape, ...] = (
    _shape(
        "hoc_vien_lop_day_boi_phong_chong_duoi_nuoc_he_vn147",
        "STT=row | Họ và tên học viên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | Mã định danh=cccd | Học sinh lớp - trường=-:swim_school147"
        " | Họ tên cha/mẹ=-:swim_parent147 | SĐT phụ huynh=-:swim_parent_phone147"
        " | Chỗ ở hiện nay=address | Khóa học=-:swim_course147"
        " | Ngày khai giảng=date@%d/%m/%Y | Kết quả=-:swim_result147",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "khach_hang_vay_tieu_dung_cong_ty_tai_chinh_vn147",
        "STT=row | Số HĐ=-:loan_contract147 | Tên KH=full_name:full_name_caps"
        " | CMND/CCCD=cccd | Ngày sinh=birth_date@%d/%m/%Y | SĐT KH=phone"
        " | Địa chỉ thường trú=address | Nơi làm việc=-:loan_work147"
        " | Người tham chiếu=-:loan_ref147 | SĐT tham chiếu=-:loan_ref_phone147"
        " | Số tiền vay (VNĐ)=-:loan_amount147 | Kỳ hạn (tháng)=-:loan_term147"
        " | DPD=-:loan_dpd147 | Sản phẩm=-:loan_product147 | Ngày giải ngân=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "thanh_vien_to_bao_ve_an_ninh_trat_tu_co_so_vn147",
        "TT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Dân tộc=-:team_ethnic147"
        " | Trình độ văn hóa=-:team_school147 | Đảng viên=-:team_party147"
        " | Nơi cư trú=address | Tổ bảo vệ ANTT=-:team_no147 | Chức danh=-:team_role147"
        " | Số điện thoại=phone | Quyết định số=-:team_decision147"
        " | Ngày quyết định=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ho_nhan_ho_tro_nha_o_sau_bao_so_3_huyen_vn147",
        "STT=row | Họ tên  chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số  CCCD=cccd:cccd_spaced | ĐT=phone:phone_dotted | Địa chỉ=address"
        " | Mức độ thiệt hại=-:storm_damage147 | Số tiền HT (đồng)=-:storm_amount147"
        " | Nguồn kinh phí=-:storm_fund147 | Ngày chi=date@%d/%m/%Y"
        " | Người nhận thay=-:storm_signer147 | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "lai_xue_nak_suksa_mahavitthayalai_heng_xat_la147",
        "ລ/ດ=row | ລະຫັດນັກສຶກສາ=-:la_student147 | ຊື່ ແລະ ນາມສະກຸນ=full_name:la_name147"
        " | ເພດ=sex:la_sex147 | ວັນເດືອນປີເກີດ=birth_date@%d/%m/%Y"
        " | ເລກບັດປະຈຳຕົວ=national_id:la_id147 | ບ່ອນເກີດ=-:la_pob147"
        " | ຄະນະ=-:la_faculty147 | ປີຮຽນ=-:la_year147 | ທີ່ຢູ່ປັດຈຸບັນ=address:la_home147"
        " | ເບີໂທ=phone:la_phone147 | ຜູ້ປົກຄອງ=-:la_parent147"
        " | ເບີໂທຜູ້ປົກຄອງ=-:la_parent_phone147 | ປະເພດທຶນ=-:la_fee147"
        " | ວັນທີລົງທະບຽນ=date@%d/%m/%Y",
        english=True,
    ),
    _shape(
        "banhchi_chhmuoh_anak_bohchhnaot_khum_kh147",
        "ល.រ=row | លេខរៀងក្នុងបញ្ជី=-:kh_no147 | គោត្តនាម និងនាម=full_name:kh_name147"
        " | ភេទ=sex:kh_sex147 | ថ្ងៃខែឆ្នាំកំណើត=birth_date:kh_birth147"
        " | លេខអត្តសញ្ញាណប័ណ្ណ=national_id:kh_id147 | ទីកន្លែងកំណើត=-:kh_pob147"
        " | ភូមិ=-:kh_village147 | ឃុំ/សង្កាត់=ward:kh_commune147"
        " | ស្រុក/ខណ្ឌ=district:kh_district147 | ការិយាល័យបោះឆ្នោត=-:kh_station147"
        " | កាលបរិច្ឆេទចុះឈ្មោះ=date:kh_registered147",
        english=True,
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "sim_kat_hmat_poun_tin_agent_mm147",
        "စဉ်=row | အမည်=full_name:mm_name147 | နိုင်ငံသားစိစစ်ရေးကတ်ပြားအမှတ်=national_id:mm_nrc147"
        " | အဘအမည်=-:mm_father147 | မွေးသက္ကရာဇ်=birth_date:mm_birth147 | ကျား/မ=sex:mm_sex147"
        " | နေရပ်လိပ်စာ=street:mm_street147 | မြို့နယ်=district:mm_township147"
        " | ဖုန်းနံပါတ်=phone:mm_phone147 | ICCID=-:mm_iccid147"
        " | အေးဂျင့်ဆိုင်=-:mm_shop147 | မှတ်ပုံတင်သည့်နေ့=date@%d/%m/%Y",
        english=True,
    ),
    _shape(
        "bianmin_hushi_maoyi_dengji_dongxing_pingxiang_gx_cn147",
        "序号=row | 边民姓名=full_name:gx_name147 | 性别=sex:gx_sex147 | 民族=-:gx_ethnic147"
        " | 出生日期=birth_date:gx_birth147 | 公民身份号码=national_id:gx_id147"
        " | 边民证号=-:gx_card147 | 所属互助组=-:gx_group147 | 户籍地址=address:gx_addr147"
        " | 联系电话=phone:gx_phone147 | 商品名称=-:gx_goods147 | 申报金额(元)=-:gx_amount147"
        " | 申报日期=date@%Y-%m-%d",
        english=True,
        encoding="gbk",
    ),
    _shape(
        "thabian_kasetrakon_tbk_kaset_amphoe_th147",
        "ลำดับ=row | เลขบัตรประจำตัวประชาชน=national_id:th_pid147 | คำนำหน้า=-:th_title147"
        " | ชื่อ=given_name:th_given147 | นามสกุล=family_name:th_family147"
        " | วัน/เดือน/ปีเกิด=birth_date:th_birth147 | เบอร์โทรศัพท์=phone:th_phone147"
        " | บ้านเลขที่/หมู่=street:th_house147 | ตำบล=suburb:th_tambon147"
        " | อำเภอ=district:th_amphoe147 | จังหวัด=state:th_changwat147"
        " | ชนิดพืช=-:th_crop147 | เนื้อที่ (ไร่-งาน-ตร.ว.)=-:th_area147"
        " | เอกสารสิทธิ์=-:th_deed147 | วันที่ปรับปรุงข้อมูล=timestamp:th_updated147",
        english=True,
        encoding="cp874",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("la_id147", "kh_id147", "mm_nrc147", "gx_id147", "th_pid147")
SEX_HOLDS: tuple[str, ...] = ("la_sex147", "kh_sex147", "mm_sex147", "gx_sex147")
NAME_HOLDS = frozenset(
    {"la_name147", "kh_name147", "mm_name147", "gx_name147", "th_given147", "th_family147"}
)
PHONE_HOLDS: tuple[str, ...] = ("la_phone147", "mm_phone147", "gx_phone147", "th_phone147")
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("la_home147",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND147",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND147",
]
