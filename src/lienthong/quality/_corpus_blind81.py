"""The eighty-first part of the outside corpus, **blind 81** (written 16:12 UTC, 2026-12-06, never
used for tuning): person files a provincial hospital registering organ and stem-cell donors, a
district fining administrative offences, a commune handing out cows and seed under the
new-rural-area programme, a school collecting fees online, Oman's Ministry of Labour, Qatar's
primary health care centres, Bahrain's Ministry of Housing, Libya's Hajj and Umrah authority and
a Sudanese aid agency registering displaced families could hand over. Four Vietnamese files: a
provincial hospital's list of people registered to donate tissue, organs or blood stem cells in
UTF-8 with a BOM (the registration number, the form of donation, the blood group, the organs, the
HLA sample, the relative who consents with relation and phone, the desk that took it, the
e-mail); a district's list of people fined for administrative offences in Windows-1258 with tabs
(the decision's number and date, the occupation, the offence, its legal ground, the penalty, the
amount, the signer, whether and when it was paid); a commune's Excel list of poor households
receiving cows or seed under the new-rural-area programme (the year of birth only, the ethnic
group, the village and commune address, the poverty class, the support, its unit, count, cost
and the household's own share, an empty signature column); and a school's online fee payments in
UTF-8 with semicolons, the paying parent as the record (the pupil's code, name, birth date and
class, the relation, the fee, the amount, the payment channel, the transaction code, its time,
its status).
Five foreign files: an Omani job seekers' list in UTF-8 with Arabic/English headers (the civil
number, the name with bin/bint and the tribe, governorate and wilayat in Arabic, ``House 123, Way
4567, Al Khoudh`` addresses, three-digit postal codes, eight-digit GSM numbers, the qualification,
the speciality, the graduation year, the status); a Qatari PHCC vaccination register in Excel
with English/Arabic headers (the QID, the health card number, nationality, ``Bldg, St, Zone``
addresses, ``+974 5512 3456`` mobiles, the health centre, the vaccine, the dose, the nurse); a
Bahraini housing applications list in UTF-16 with tabs and Arabic headers (the application
number, the CPR number with its mod 11 digit, the spouse's name and CPR, the service, the family
size, the income in dinars, building and road, block, area and governorate apart); a Libyan Hajj
applicants' list in Windows-1256 with Arabic headers (the twelve-digit national number, the
four-part name, the mother's name, the passport and its expiry, baladiya and mahalla, ``091-``
phones, a woman's mahram and his relation, the lottery number); and a Sudanese displaced
families' registration in UTF-8 with Arabic/English headers (the household number, the eleven-
digit national number, the four-part name, the household size, the state and locality of origin,
the present state, locality and shelter, ``+249 91`` phones, the aid, the enumerator).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind81_writers import WRITERS_BLIND81
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND81: tuple[Shape, ...] = (
    _shape(
        "dang_ky_hien_mo_tang_te_bao_goc_vn81",
        "STT=row | Mã số đăng ký=-:donor_no81 | Họ và tên người đăng ký=full_name"
        " | Ngày/tháng/năm sinh=birth_date@%d/%m/%Y | Giới=sex"
        " | Số CCCD/Định danh cá nhân=cccd | Nhóm máu (ABO/Rh)=-:blood81"
        " | Hình thức hiến=-:donor_form81 | Bộ phận đăng ký hiến=-:organs81"
        " | Đã lấy mẫu HLA=-:hla81 | Địa chỉ thường trú=address | Điện thoại=phone"
        " | Email=email | Người thân đồng ý=-:consent81 | Quan hệ=-:consent_rel81"
        " | ĐT người thân=-:consent_phone81 | Nơi tiếp nhận=-:desk81"
        " | Ngày đăng ký=date@%d/%m/%Y",
        encoding="utf-8-sig",
    ),
    _shape(
        "xu_phat_vi_pham_hanh_chinh_vn81",
        "TT=row | Số QĐ XPVPHC=-:decision81 | Ngày ra QĐ=date@%d/%m/%Y"
        " | Họ tên người vi phạm=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số định danh CN=cccd | Nơi cư trú=address | Nghề nghiệp=-:job81"
        " | Hành vi vi phạm=-:offence81 | Căn cứ (điểm, khoản, điều)=-:ground81"
        " | Hình thức xử phạt chính=-:penalty81 | Số tiền phạt (đồng)=-:fine81"
        " | Người ký QĐ=-:signer81 | Tình trạng thi hành=-:paid81"
        " | Ngày nộp phạt=date:paid_day81@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "ho_nhan_ho_tro_bo_giong_ntm_vn81",
        "TT=row | Họ và tên chủ hộ=full_name | Năm sinh=birth_date:birth_year81"
        " | Dân tộc=-:ethnic81 | Số CCCD=cccd | Địa chỉ (thôn/bản, xã)=address:village_addr81"
        " | Diện hộ=-:poor81 | Nội dung hỗ trợ=-:support81 | ĐVT=-:unit81"
        " | Số lượng=-:count81 | Thành tiền (1.000đ)=-:cost81"
        " | Đối ứng của hộ (1.000đ)=-:own_share81 | SĐT=phone | Ngày nhận=date@%d/%m/%Y"
        " | Ký nhận=-:signed81 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "thanh_toan_hoc_phi_truc_tuyen_vn81",
        "STT=row | Mã HS=-:pupil_code81 | Họ tên HS=-:pupil81 | Ngày sinh HS=-:pupil_birth81"
        " | Lớp=-:grade81 | Họ tên người nộp=full_name | Quan hệ với HS=-:parent_rel81"
        " | SĐT phụ huynh=phone | Email PH=email | Khoản thu=-:fee81"
        " | Số tiền (VNĐ)=-:fee_amount81 | Kênh thanh toán=-:channel81 | Mã GD=-:txn81"
        " | Thời gian GD=date:paid_at81 | Trạng thái=-:pay_status81",
        delimiter=";",
    ),
    _shape(
        "bahithin_an_amal_om81",
        "م / S.N=row | الرقم المدني / Civil No.=national_id:civil_om81"
        " | الاسم / Name=full_name:om_name81 | الجنس / Gender=sex:sex_om81"
        " | تاريخ الميلاد / Date of Birth=birth_date@%d-%m-%Y"
        " | المحافظة / Governorate=state:gov_om81 | الولاية / Wilayat=district:wilayat_om81"
        " | العنوان / Address=address:addr_om81 | الرمز البريدي / P.C.=postcode:pc_om81"
        " | الهاتف النقال / GSM=phone:phone_om81 | البريد الإلكتروني / E-mail=email"
        " | المؤهل الدراسي / Qualification=-:qual_om81"
        " | التخصص / Specialization=-:major_om81 | سنة التخرج / Graduation Year=-:grad_om81"
        " | تاريخ التسجيل / Registration Date=date@%d-%m-%Y"
        " | حالة الباحث / Status=-:status_om81",
        english=True,
    ),
    _shape(
        "phcc_vaccination_register_qa81",
        "S/N=row | QID / الرقم الشخصي=national_id:qid81"
        " | Health Card No. / رقم البطاقة الصحية=-:hc_qa81"
        " | Patient Name / اسم المريض=full_name:qa_name81"
        " | Nationality / الجنسية=-:nation_qa81 | DOB / تاريخ الميلاد=birth_date@%d/%m/%Y"
        " | Gender / الجنس=sex:sex_qa81 | Address / العنوان=address:addr_qa81"
        " | Mobile / الجوال=phone:phone_qa81 | Health Centre / المركز الصحي=-:centre_qa81"
        " | Vaccine / اللقاح=-:vaccine_qa81 | Dose / الجرعة=-:dose_qa81"
        " | Date Given / تاريخ التطعيم=date@%d/%m/%Y | Vaccinator / المطعّم=-:nurse_qa81",
        english=True,
        file="xlsx",
    ),
    _shape(
        "talabat_iskan_bh81",
        "م=row | رقم الطلب=-:app_bh81 | الرقم الشخصي (CPR)=national_id:cpr81"
        " | اسم مقدم الطلب=full_name:bh_name81 | تاريخ الميلاد=birth_date@%d/%m/%Y"
        " | الجنس=sex:sex_bh81 | الحالة الاجتماعية=-:marital_bh81"
        " | اسم الزوج/الزوجة=-:spouse_bh81 | الرقم الشخصي للزوج/الزوجة=-:spouse_cpr81"
        " | نوع الخدمة=-:service_bh81 | عدد أفراد الأسرة=-:family_size81"
        " | إجمالي الدخل الشهري (د.ب)=-:income_bh81 | المبنى والطريق=street:road_bh81"
        " | المجمع=postcode:block_bh81 | المنطقة=suburb:area_bh81"
        " | المحافظة=state:gov_bh81 | رقم الهاتف=phone:phone_bh81"
        " | تاريخ الطلب=date@%d/%m/%Y",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "kashf_hujjaj_ly81",
        "ر.م=row | الرقم الوطني=national_id:nid_ly81 | الاسم الرباعي=full_name:ly_name81"
        " | اسم الأم=-:mother_ly81 | تاريخ الميلاد=birth_date@%Y-%m-%d | الجنس=sex:sex_ly81"
        " | رقم جواز السفر=-:passport_ly81"
        " | تاريخ انتهاء الجواز=date:passport_exp81@%Y-%m-%d"
        " | البلدية=district:baladiya_ly81 | المحلة=suburb:mahalla_ly81"
        " | رقم الهاتف=phone:phone_ly81 | اسم المحرم=-:mahram_ly81"
        " | صلة القرابة=-:mahram_rel81 | رقم القرعة=-:lottery_ly81"
        " | تاريخ التسجيل=date@%Y-%m-%d",
        english=True,
        encoding="cp1256",
    ),
    _shape(
        "tasjil_alnazihin_sd81",
        "الرقم / No.=row | رقم الأسرة / HH No.=-:hh_sd81"
        " | الرقم الوطني / National No.=national_id:nid_sd81"
        " | الاسم رباعي / Full Name=full_name:sd_name81 | النوع / Sex=sex:sex_sd81"
        " | تاريخ الميلاد / DOB=birth_date@%d/%m/%Y | عدد أفراد الأسرة / HH Size=-:hh_size81"
        " | الولاية الأصلية / State of Origin=-:origin_state81"
        " | المحلية الأصلية / Locality of Origin=-:origin_loc81"
        " | الولاية الحالية / Current State=state:state_sd81"
        " | المحلية الحالية / Current Locality=district:locality_sd81"
        " | مكان الإقامة الحالي / Current Shelter=address:residence_sd81"
        " | رقم الهاتف / Phone=phone:phone_sd81 | نوع المساعدة / Assistance=-:aid_sd81"
        " | تاريخ التسجيل / Reg. Date=date@%d/%m/%Y | موظف التسجيل / Enumerator=-:enumerator_sd81",
        english=True,
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("civil_om81", "qid81", "cpr81", "nid_ly81", "nid_sd81")
SEX_HOLDS: tuple[str, ...] = ("sex_om81", "sex_qa81", "sex_bh81", "sex_ly81", "sex_sd81")
NAME_HOLDS = frozenset({"om_name81", "qa_name81", "bh_name81", "ly_name81", "sd_name81"})
PHONE_HOLDS: tuple[str, ...] = (
    "phone_om81",
    "phone_qa81",
    "phone_bh81",
    "phone_ly81",
    "phone_sd81",
)
#: addresses written with ``", "`` between their parts (the Sudanese shelter is written with
#: the Arabic comma and is not among them)
ADDRESS_HOLDS: tuple[str, ...] = ("village_addr81", "addr_om81", "addr_qa81")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND81",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND81",
]
