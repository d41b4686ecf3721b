"""The hundred-and-ninth part of the outside corpus, **blind 109** (written 19:22 UTC,
2026-12-06, never used for tuning): person files a power company's branch
applying the household electricity quota to tenants, a commune Youth Union admitting new members,
a Thanh Hóa commune's elderly association collecting dues, a district education office's
good-teacher contest, a Bihar block's PM-KISAN office, a Nepali transport management office, the
Gyalsung national service office in Bhutan, a Sri Lankan employer's EPF return and the Maldives
Transport Authority could hand over. Four Vietnamese files: a list of tenants registered for the
household electricity quota in UTF-16 with tabs (the tenant's CCCD and home village, the
landlord, the rented room's address, the meter's code, how many tenants and the quota in kWh, the
day registered); a commune Youth Union's list of new members in Excel (real Excel birth dates, the
branch, the work, the member who vouched, the admission decision and its day, the card's number);
an elderly association's dues book in Windows-1258 with semicolons and abbreviated headers (the
branch, the home, health, the dues paid, a child to call and his phone); and a good-teacher
contest's list in UTF-8 with a BOM and semicolons (the school, the subject, the grade of the
post, years teaching, the lesson's mark with a decimal comma, the result, an e-mail). Five
foreign files: Bihar's PM-KISAN beneficiaries in UTF-8 with Hindi/English headers (Devanagari
names, the father or husband, the Aadhaar in groups of four, the village, panchayat, block and
district in one cell, the PIN, the bank account and IFSC, the khata and khesra, the area in
decimals, the payment's status and day); a Nepali driving-licence written test list with Nepali
headers (the citizenship certificate number and its district, the birth day in Bikram Sambat,
the father, the home, ``98`` mobiles, the class, the exam's BS day, the result); Bhutan's
Gyalsung enrolment in UTF-8 with Dzongkha/English headers (the CID, the dzongkhag alone and the
village, gewog and dzongkhag together, eight-digit ``17``/``77`` phones, the school, the parent
and the parent's phone, the batch, the academy, the reporting day); a Sri Lankan EPF Form C in
Sinhala/Tamil/English headers (the member number, the old ``V`` NIC or the new twelve-digit one,
the name with initials, ``yyyy-mm-dd`` dates, the address, ``07x`` phones, the earnings and the
12% and 8% contributions, the month); and the Maldivian vehicle register with Dhivehi/English
headers (the ``P`` plate, the type and make, the owner in Latin and in Thaana letters, the
``A``-number, the house and island, ``+960`` phones, the chassis, the day registered and the
day the road-worthiness lapses).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind109_writers import WRITERS_BLIND109
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND109: tuple[Shape, ...] = (
    _shape(
        "dang_ky_dinh_muc_dien_nguoi_thue_nha_vn109",
        "STT=row | Họ và tên người thuê=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Quê quán (nơi thường trú)=-:home_vn109"
        " | Chủ nhà trọ=-:landlord109 | Địa chỉ nhà cho thuê=-:rent_addr109"
        " | Mã điểm đo / Mã KH=-:meter109 | Số người thuê=-:tenants109"
        " | Định mức áp dụng=-:quota109 | SĐT=phone:phone_spaced | Ngày đăng ký=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ket_nap_doan_vien_moi_vn109",
        "TT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date:excel_date"
        " | Nam/Nữ=sex | Số định danh=cccd | Chi đoàn=-:union_branch109"
        " | Nghề nghiệp=-:union_job109 | Người giới thiệu=-:union_sponsor109"
        " | Số QĐ kết nạp=-:union_decision109 | Ngày kết nạp=date:excel_event"
        " | Số thẻ ĐV=-:union_card109 | Điện thoại=phone",
        file="xlsx",
    ),
    _shape(
        "so_thu_hoi_phi_hoi_nguoi_cao_tuoi_vn109",
        "TT=row | Ho ten hoi vien=full_name:full_name_ascii | Ngay sinh=birth_date@%d/%m/%Y"
        " | GT=sex | CCCD=cccd | Chi hoi=-:elder_branch109 | Noi o=address:elder_addr109"
        " | Suc khoe=-:elder_health109 | So the HV=-:elder_card109"
        " | Hoi phi nam (d)=-:elder_fee109 | Ngay nop=date@%d/%m/%Y"
        " | Con (lien he)=-:elder_child109 | DT con=-:elder_child_phone109",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "giao_vien_du_thi_day_gioi_cap_huyen_vn109",
        "STT=row | Họ tên giáo viên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd:cccd_spaced | Đơn vị công tác=-:teacher_school109"
        " | Môn/lĩnh vực dự thi=-:teacher_subject109 | Hạng CDNN=-:teacher_rank109"
        " | Số năm công tác=-:teacher_years109 | Điểm tiết dạy=-:teacher_lesson109"
        " | Kết quả=-:teacher_prize109 | Email=email | SĐT=phone | Ngày thi=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "pm_kisan_labharthi_suchi_vaishali_in109",
        "क्र.सं.=row | पंजीकरण सं. / Registration No.=-:in_reg109"
        " | लाभार्थी का नाम / Beneficiary Name=full_name:in_name109"
        " | पिता/पति का नाम / Father/Husband Name=-:in_father109 | लिंग / Gender=sex:sex_in109"
        " | जन्म तिथि / DOB=birth_date@%d-%m-%Y | आधार संख्या / Aadhaar No.=national_id:aadhaar109"
        " | मोबाइल नं.=phone:in_phone109 | पता / Address=address:in_addr109"
        " | पिन कोड=postcode:in_pin109 | बैंक खाता सं.=-:in_account109 | IFSC=-:in_ifsc109"
        " | खाता/खेसरा=-:in_khata109 | रकबा=-:in_area109 | भुगतान स्थिति=-:in_status109"
        " | भुगतान तिथि=date@%d-%m-%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "chalak_anumatipatra_likhit_pariksha_np109",
        "सि.नं.=row | दर्ता नं.=-:np_reg109 | निवेदकको नाम थर=full_name:np_name109"
        " | नागरिकता प्र.प. नं.=national_id:citizen109 | जारी जिल्ला=-:np_issue109"
        " | जन्म मिति (वि.सं.)=birth_date:np_bs109 | लिङ्ग=sex:sex_np109"
        " | बाबुको नाम थर=-:np_father109 | स्थायी ठेगाना=address:np_addr109"
        " | मोबाइल नं.=phone:np_phone109 | सवारीको वर्ग=-:np_class109"
        " | परीक्षा मिति=date:np_exam109 | नतिजा=-:np_result109",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "gyalsung_enrolment_bt109",
        "Sl. No.=row | CID No. / ངོ་སྤྲོད་ལག་ཁྱེར་ཨང་=national_id:cid109"
        " | Name / མིང་=full_name:bt_name109"
        " | Date of Birth / སྐྱེས་ཚེས=birth_date@%d/%m/%Y | Gender / ཕོ་མོ=sex:sex_bt109"
        " | Permanent Address (Village, Gewog, Dzongkhag)=address:bt_addr109"
        " | Contact No.=phone:bt_phone109 | School/Institution=-:bt_school109"
        " | Parent/Guardian=-:bt_parent109 | Guardian Contact=-:bt_parent_phone109"
        " | Batch=-:bt_batch109 | Training Academy=-:bt_academy109"
        " | Reporting Date=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "epf_form_c_members_lk109",
        "අනු අංකය / வ.இல. / S.No.=row | සාමාජික අංකය / உறுப்பினர் இல. / Member No.=-:lk_member109"
        " | ජා.හැ.අ. / தே.அ.அ. / NIC No.=national_id:lk_nic109"
        " | මුලකුරු සමඟ නම / முதலெழுத்துக்களுடன் பெயர் / Name with Initials=full_name:lk_name109"
        " | උපන් දිනය / பிறந்த திகதி / Date of Birth=birth_date@%Y-%m-%d"
        " | ස්ත්‍රී/පුරුෂ / பால் / Sex=sex:sex_lk109 | ලිපිනය / முகவரி / Address=address:lk_addr109"
        " | දුරකථන / தொலைபேசி / Tel.=phone:lk_phone109"
        " | මුළු ඉපැයීම් / மொத்த வருவாய் / Total Earnings (Rs.)=-:lk_earnings109"
        " | සේවා යෝජක 12% / Employer 12%=-:lk_employer109"
        " | සාමාජික 8% / Member 8%=-:lk_own109 | එකතුව / Total=-:lk_total109"
        " | මාසය / மாதம் / Month=-:lk_period109",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "vehicle_register_transport_authority_mv109",
        "#=row | ނަންބަރު ޕްލޭޓް / Reg. No.=-:mv_reg109 | ވައްތަރު / Type=-:mv_type109"
        " | މޭކް / Make=-:mv_make109 | ވެރިފަރާތުގެ ނަން / Owner Name=full_name:mv_name109"
        " | ނަން (ދިވެހިން)=-:mv_thaana109 | އައިޑީ ކާޑު ނަންބަރު / ID Card No.=national_id:mv_id109"
        " | އުފަން ތާރީޚު / DOB=birth_date@%d/%m/%Y | ޖިންސު / Sex=sex:sex_mv109"
        " | ދާއިމީ އެޑްރެސް / Permanent Address=address:mv_addr109"
        " | ފޯނު / Phone=phone:mv_phone109 | Chassis No.=-:mv_chassis109"
        " | Registered Date=date@%d/%m/%Y | Roadworthiness Expiry=date:mv_expiry109",
        english=True,
        encoding="utf-8",
    ),
)

#: every date format of this part is one the corpus already knows how to spoil
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("aadhaar109", "citizen109", "cid109", "lk_nic109", "mv_id109")
SEX_HOLDS: tuple[str, ...] = ("sex_in109", "sex_np109", "sex_bt109", "sex_lk109", "sex_mv109")
NAME_HOLDS = frozenset({"in_name109", "np_name109", "bt_name109", "lk_name109", "mv_name109"})
PHONE_HOLDS: tuple[str, ...] = (
    "in_phone109",
    "np_phone109",
    "bt_phone109",
    "lk_phone109",
    "mv_phone109",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "elder_addr109",
    "in_addr109",
    "np_addr109",
    "bt_addr109",
    "lk_addr109",
    "mv_addr109",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND109",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND109",
]
