"""The two hundred and sixteenth part of the outside corpus, **blind 216** (written 05:02 UTC,
2026-12-07, never used for tuning): person files the ticketing desk of the football federation, an
airline's cabin-crew recruitment, a district's land clearance board, a public hospital's IVF
centre, a Nepali land revenue office, Bhutan's De-suung office, the Maldives National University,
a fisheries cooperative society in Point Pedro and a Gilgit food department could hand over.
Four Vietnamese files: ticket buyers for a national team match in UTF-8 with a BOM (the order
code, the buyer's CCCD, the match, the stand, the gate, the row and seat, the price, the time of
the order, the payment status); candidates for airline cabin crew in Excel (the candidate code,
family name and given names apart, the height and weight, the TOEIC score, the degree, the
round, the interview day, the result); households drawing resettlement plots by lot in
Windows-1258 with semicolons (the plot taken and its area, the project, the resettlement area,
the lot drawn and its area, the land-use fee, the day of the draw, the present home, the
signature); and couples treated for infertility in UTF-16 with tabs (the patient code, the
patient's CCCD and health insurance card, the spouse's name, birth year and CCCD, the
diagnosis, the day of egg retrieval, the frozen embryos, the beta hCG result, the time updated).
Five foreign files: a Nepali land registration list at a मालपोत कार्यालय in UTF-8 with Devanagari
headers (the citizenship certificate number, the birth day in Bikram Sambat, the father and the
grandfather, the home as municipality-ward, tole and district, ``98`` mobiles, the kitta number,
the area in ropani-aana-paisa-daam, the deal, the registration day in BS); a De-suung training
batch in UTF-8 with English/Dzongkha headers (the DeSuup number, the 11-digit CID, one name
without a surname, the village, gewog and dzongkhag together, ``17``/``77`` phones, the occupation
and employer, the batch, the centre, the graduation day, an emergency contact); a Maldives
National University enrolment list with Dhivehi/English headers (the student ID, the ID card
``A``-number, the name in Latin and in Thaana letters, house and island, ``+960`` phones, the
guardian, the programme, the campus, the funding); a Point Pedro fisheries cooperative society's
members in UTF-8 with a BOM and Tamil/English headers (the member number, the new twelve-digit
NIC, names with initials, ``yyyy-mm-dd`` dates, the GN division, ``07x`` phones, the boat, the
gear, the nominee, the share capital); and a Gilgit-Baltistan subsidised wheat ration card list
with Urdu/English headers (the card number, the CNIC of a ``71`` locality, the head of household
and the father or husband, the house and mohalla, the district, ``03xx`` mobiles, the household
size, the monthly quota, the depot, the day of issue).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind216_writers import WRITERS_BLIND216
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND216: tuple[Shape, ...] = (
    _shape(
        "khan_gia_mua_ve_tran_doi_tuyen_quoc_gia_san_my_dinh_vff_vn216",
        "STT=row | Mã đơn hàng=-:order216 | Họ và tên người mua=full_name"
        " | Số CCCD/Hộ chiếu=cccd | Ngày sinh=birth_date@%d/%m/%Y | Số điện thoại=phone"
        " | Email=email | Trận đấu=-:match216 | Khán đài=-:stand216 | Cửa vào=-:gate216"
        " | Hàng - Ghế=-:seat216 | Giá vé (VNĐ)=-:price216 | Thời gian đặt vé=timestamp"
        " | Trạng thái thanh toán=-:paystatus216",
        encoding="utf-8-sig",
    ),
    _shape(
        "thi_sinh_tuyen_tiep_vien_hang_khong_hang_bay_vn216",
        "TT=row | Mã thí sinh=-:cand216 | Họ=family_name | Tên đệm và tên=given_name"
        " | Giới tính=sex | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Chiều cao (cm)=-:height216 | Cân nặng (kg)=-:weight216 | Điểm TOEIC=-:toeic216"
        " | Trình độ học vấn=-:edu216 | Nơi thường trú=address | Điện thoại=phone | Email=email"
        " | Vòng thi=-:round216 | Ngày phỏng vấn=date@%d/%m/%Y | Kết quả=-:result216",
        file="xlsx",
    ),
    _shape(
        "ho_boc_tham_lo_dat_tai_dinh_cu_hoi_dong_bt_gpmb_huyen_vn216",
        "STT=row | Họ tên chủ hộ=full_name | Ngày tháng năm sinh=birth_date@%d/%m/%Y"
        " | Số định danh CN=cccd | Thửa đất bị thu hồi=-:lost216"
        " | DT thu hồi (m2)=-:area216 | Dự án=-:project216 | Khu TĐC=-:tdc216"
        " | Lô bốc thăm được=-:lot216 | DT lô (m2)=-:lotarea216"
        " | Tiền SDĐ phải nộp (đ)=-:landfee216 | Ngày bốc thăm=date@%d/%m/%Y"
        " | Chỗ ở hiện nay=address | ĐT liên hệ=phone | Ký nhận=-:signed216",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "cap_vo_chong_dieu_tri_hiem_muon_ivf_trung_tam_ho_tro_sinh_san_bv_vn216",
        "STT=row | Mã BN=-:patient216 | Họ tên người bệnh=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd | Họ tên vợ/chồng=-:spouse216"
        " | Năm sinh vợ/chồng=-:spouse_year216 | CCCD vợ/chồng=-:spouse_cccd216"
        " | Địa chỉ=address | SĐT=phone | Số thẻ BHYT=bhyt | Chẩn đoán=-:diag216"
        " | Ngày chọc hút=date@%d/%m/%Y | Số phôi trữ=-:embryos216"
        " | Kết quả beta hCG=-:beta216 | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "jagga_registration_malpot_karyalaya_np216",
        "क्र.सं.=row | जग्गाधनीको नाम थर=full_name:np_name216"
        " | नागरिकता प्र.प. नं.=national_id:np_citizen216"
        " | जन्म मिति (वि.सं.)=birth_date:np_birth216 | लिङ्ग=sex:np_sex216"
        " | बाबुको नाम थर=-:np_father216 | बाजेको नाम थर=-:np_grand216"
        " | स्थायी ठेगाना=address:np_home216 | मोबाइल नं.=phone:np_phone216"
        " | कित्ता नं.=-:np_kitta216 | क्षेत्रफल (रो-आ-पै-दा)=-:np_area216"
        " | जग्गा रहेको स्थान=-:np_landplace216 | कारोबारको किसिम=-:np_deal216"
        " | रजिष्ट्रेशन मिति=date:np_regdate216",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "desuung_training_batch_volunteers_bt216",
        "Sl. No.=row | DeSuup No.=-:bt_desuup216"
        " | CID No. / ངོ་སྤྲོད་ལག་ཁྱེར་ཨང་=national_id:bt_cid216 | Name / མིང་=full_name:bt_name216"
        " | Gender / ཕོ་མོ=sex:bt_sex216 | Date of Birth / སྐྱེས་ཚེས=birth_date@%d/%m/%Y"
        " | Village, Gewog, Dzongkhag=address:bt_home216 | Mobile No.=phone:bt_phone216"
        " | Occupation=-:bt_job216 | Employer / Agency=-:bt_employer216"
        " | Batch=-:bt_batch216 | Training Centre=-:bt_centre216"
        " | Graduation Date=date@%d/%m/%Y | Emergency Contact=-:bt_contact216"
        " | Emergency Contact No.=-:bt_contact_phone216",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "mnu_student_enrolment_mv216",
        "#=row | Student ID=-:mv_stuid216 | ކާޑު ނަންބަރު / ID Card No.=national_id:mv_id216"
        " | Full Name=full_name:mv_latin216 | ފުރިހަމަ ނަން=full_name:mv_thaana216"
        " | Date of Birth=birth_date@%d/%m/%Y | ދާއިމީ އެޑްރެސް / Permanent Address=address:mv_perm216"
        " | Mobile=phone:mv_phone216 | Parent / Guardian=-:mv_guardian216"
        " | Guardian Contact=-:mv_guardian_phone216 | Programme=-:mv_programme216"
        " | Campus=-:mv_campus216 | Funding=-:mv_loan216 | Intake Date=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "fisheries_cooperative_society_members_point_pedro_lk216",
        "வ.இல=row | அங்கத்துவ இல. / Member No.=-:lk_member216"
        " | தே.அ.அ. இல. / NIC No.=national_id:lk_nic216"
        " | பெயர் (முதலெழுத்துக்களுடன்)=full_name:lk_name216"
        " | பிறந்த திகதி=birth_date@%Y-%m-%d | பால்=sex:lk_sex216"
        " | முகவரி=address:lk_home216 | கி.அ. பிரிவு=suburb:lk_gn216"
        " | தொலைபேசி / Mobile=phone:lk_phone216 | படகு பதிவு இல.=-:lk_boat216"
        " | தொழில் முறை=-:lk_gear216 | நியமனதாரர்=-:lk_nominee216"
        " | பங்கு மூலதனம்=-:lk_share216 | சேர்ந்த திகதி=date@%Y-%m-%d",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "subsidised_wheat_ration_cards_food_department_gilgit_pk216",
        "نمبر شمار=row | راشن کارڈ نمبر / Ration Card No.=-:gb_card216"
        " | شناختی کارڈ نمبر / CNIC=national_id:gb_cnic216"
        " | نام سربراہ خانہ / Name=full_name:gb_name216 | ولدیت / زوجیت=-:gb_father216"
        " | تاریخ پیدائش=birth_date@%d-%m-%Y | جنس=sex:gb_sex216"
        " | پتہ / Address=address:gb_home216 | ضلع / District=district:gb_district216"
        " | موبائل نمبر=phone:gb_phone216 | افراد خانہ=-:gb_members216"
        " | ماہانہ کوٹہ (کلو)=-:gb_quota216 | ڈپو / Depot=-:gb_depot216"
        " | تاریخ اجراء=date@%d-%m-%Y",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "np_citizen216",
    "bt_cid216",
    "mv_id216",
    "lk_nic216",
    "gb_cnic216",
)
SEX_HOLDS: tuple[str, ...] = ("np_sex216", "bt_sex216", "lk_sex216", "gb_sex216")
NAME_HOLDS = frozenset(
    {"np_name216", "bt_name216", "mv_latin216", "mv_thaana216", "lk_name216", "gb_name216"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "np_phone216",
    "bt_phone216",
    "mv_phone216",
    "lk_phone216",
    "gb_phone216",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "np_home216",
    "bt_home216",
    "mv_perm216",
    "lk_home216",
    "gb_home216",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND216",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND216",
]
