"""The hundred-and-sixty-fourth part of the outside corpus, **blind 164** (written 22:49 UTC,
2026-12-06, never used for tuning): person files a garment company's trade union, a district
sports hall, a city hospital's human milk bank, a children's summer military camp, a Tamil Nadu
higher-education scheme cell, a Kerala LIFE Mission office, a West Bengal health-scheme camp, a
Punjab social-welfare office and a Gujarat widow-assistance branch could hand over. Four
Vietnamese files: a trade union's summer outing list in Excel (the department, the relative who
comes along, the bus seat, the hotel room, what the member pays); a pickleball club's members in
UTF-8 with a BOM and semicolons (the card, the package, the time slot, a dotted phone, the
expiry, the fee, the time last updated); a human milk bank's donor mothers in UTF-16 with tabs
(the spaced CCCD, the baby and its birth date, the weeks of pregnancy, the screening result, the
millilitres, the screening doctor); and a summer military camp's children in Windows-1258 with
semicolons and headers without diacritics (the school and class, the parent and the parent's
phone, the company, the shirt size, the health note).
Five foreign files: a Tamil Nadu Pudhumai Penn register in Excel with Tamil/English headers (the
EMIS number, the masked Aadhaar, the government school and the college, door number and street,
village, taluk, district, PIN, the bank account with IFSC); a Kerala LIFE Mission housing list
in UTF-16 with Malayalam/English headers (the application, the Aadhaar with its Verhoeff digit,
the ration card and its colour, the house name address, the ward number, the panchayat, the
survey number and cents, the instalment, the VEO); a West Bengal Swasthya Sathi enrolment list
in UTF-8 with a BOM and Bengali headers (the card, the head of family and the relation, the
Aadhaar, the EPIC, the digital ration card, village, block, district, PIN); a Punjab Ashirwad
scheme register in UTF-8 with Gurmukhi/English headers (the bride, her father, the groom, the
caste category, the ration card, the wedding date, the amount, the bank); and a Gujarat Ganga
Swarupa assistance list in UTF-16 with Gujarati/English headers (the late husband and the date
of his death, the masked Aadhaar, the ration card, the EPIC, village, taluka, district, the bank,
the monthly amount, the sanction order).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind164_writers import WRITERS_BLIND164
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND164: tuple[Shape, ...] = (
    _shape(
        "doan_vien_cong_doan_tham_quan_nghi_mat_he_vn164",
        "STT=row | Họ và tên đoàn viên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Tổ CĐ / Phòng ban=-:dept164 | Người thân đi kèm=-:companion164"
        " | Quan hệ=-:comp_rel164 | Số ghế=-:seat164 | Phòng KS=-:room164"
        " | Tự đóng (đồng)=-:self_pay164 | Điện thoại=phone | Ngày khởi hành=date@%d/%m/%Y"
        " | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "hoi_vien_clb_pickleball_nha_thi_dau_quan_vn164",
        "TT=row | Mã thẻ HV=-:card164 | Họ tên hội viên=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | CCCD/ĐDCN=cccd | SĐT=phone:phone_dotted"
        " | Email=email | Địa chỉ liên hệ=address | Gói tập=-:package164 | Ca chơi=-:slot164"
        " | Ngày ĐK=date@%d/%m/%Y | Hạn thẻ=-:expiry164 | Lệ phí (VNĐ)=-:fee164"
        " | Cập nhật=timestamp",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "nguoi_hien_sua_me_ngan_hang_sua_benh_vien_vn164",
        "STT=row | Mã người hiến=-:donor164 | Họ và tên mẹ=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số ĐDCN=cccd:cccd_spaced"
        " | Địa chỉ thường trú=address | Điện thoại=phone | Họ tên con=-:baby164"
        " | Ngày sinh con=-:baby_birth164 | Tuổi thai khi sinh=-:gest164"
        " | KQ XN sàng lọc=-:screen164 | Lượng sữa hiến (ml)=-:ml164"
        " | Ngày hiến=date@%d/%m/%Y | BS khám sàng lọc=-:doctor164",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hoc_vien_hoc_ky_quan_doi_trai_he_vn164",
        "STT=row | Ho ten hoc vien=full_name:full_name_ascii | Ngay sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex | Ma dinh danh=cccd | Truong=-:school164 | Lop=-:class164"
        " | Ho ten phu huynh=-:parent164 | SDT phu huynh=-:parent_phone164"
        " | Dia chi=address:address_ascii | Dai doi=-:camp_unit164 | Size ao=-:shirt164"
        " | Ngay nhap trai=date@%d/%m/%Y | Suc khoe=-:health164",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "pudhumai_penn_manavigal_pathivedu_tn164",
        "வ.எண் / S.No=row | EMIS எண் / EMIS No.=-:emis_tn164"
        " | மாணவியின் பெயர் / Student Name=full_name:tn_name164"
        " | தந்தை / தாய் பெயர் / Father / Mother=-:tn_parent164"
        " | பிறந்த தேதி / DOB=birth_date@%d/%m/%Y"
        " | ஆதார் எண் / Aadhaar No.=national_id:aadhaar_tn164"
        " | பயின்ற அரசுப் பள்ளி / Govt School (VI-XII)=-:tn_school164"
        " | கல்லூரி / College=-:tn_college164 | பாடப்பிரிவு / Course=-:tn_course164"
        " | கதவு எண், தெரு / Door No., Street=street:tn_street164"
        " | கிராமம் / Village=suburb:tn_village164 | வட்டம் / Taluk=-:tn_taluk164"
        " | மாவட்டம் / District=district:tn_district164"
        " | அஞ்சல் குறியீடு / PIN=postcode:tn_pin164"
        " | கைபேசி / Mobile=phone:tn_phone164"
        " | வங்கிக் கணக்கு / IFSC / Bank A/c=-:tn_bank164"
        " | பதிவு நாள் / Regn. Date=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "life_mission_bhavana_gunabhokthru_kl164",
        "ക്രമ നം / Sl. No=row | അപേക്ഷ നമ്പർ / Application No.=-:life_app164"
        " | ഗുണഭോക്താവിന്റെ പേര് / Beneficiary=full_name:kl_name164"
        " | ലിംഗം / Gender=sex:sex_kl164 | ജനന തീയതി / DOB=birth_date@%d-%m-%Y"
        " | ആധാർ നമ്പർ / Aadhaar=national_id:aadhaar_kl164"
        " | റേഷൻ കാർഡ് നമ്പർ / Ration Card No.=-:ration_kl164"
        " | കാർഡ് നിറം / Card Colour=-:card_colour_kl164 | വിലാസം / Address=address:kl_addr164"
        " | വാർഡ് നം / Ward No.=-:kl_ward164"
        " | ഗ്രാമപഞ്ചായത്ത് / Grama Panchayat=district:kl_panchayat164"
        " | സർവ്വേ നമ്പർ / Survey No.=-:survey_kl164 | ഭൂമി (സെന്റ്) / Land (cents)=-:cents_kl164"
        " | മൊബൈൽ / Mobile=phone:kl_phone164 | ഗഡു / Instalment=-:instal_kl164"
        " | കരാർ തീയതി / Agreement Date=date@%d-%m-%Y | നിർവഹണ ഉദ്യോഗസ്ഥൻ / VEO=-:veo_kl164",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "swasthya_sathi_nathibhukti_shibir_wb164",
        "ক্রমিক নং=row | স্বাস্থ্যসাথী কার্ড নং=-:ss_card_wb164"
        " | সদস্যের নাম=full_name:bn_name164 | পরিবার প্রধানের নাম=-:bn_head164"
        " | প্রধানের সাথে সম্পর্ক=-:bn_rel164 | লিঙ্গ=sex:sex_wb164"
        " | জন্ম তারিখ=birth_date@%d-%m-%Y | আধার নং=national_id:aadhaar_wb164"
        " | EPIC নং=-:epic_wb164 | ডিজিটাল রেশন কার্ড নং=-:ration_wb164"
        " | গ্রাম/পাড়া=suburb:bn_village164 | ব্লক/পৌরসভা=-:bn_block164"
        " | জেলা=district:bn_district164 | পিন=postcode:bn_pin164"
        " | মোবাইল=phone:wb_phone164 | শিবিরের তারিখ=date@%d-%m-%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "ashirwad_yojana_labharthi_register_pb164",
        "ਲੜੀ ਨੰ. / Sr. No.=row | ਅਰਜ਼ੀ ਨੰ. / Application No.=-:pb_app164"
        " | ਲੜਕੀ ਦਾ ਨਾਮ / Name of Girl=full_name:pb_bride164"
        " | ਪਿਤਾ ਦਾ ਨਾਮ / Father's Name=-:pb_father164"
        " | ਜਨਮ ਮਿਤੀ / Date of Birth=birth_date@%d.%m.%Y"
        " | ਆਧਾਰ ਨੰ. / Aadhaar No.=national_id:aadhaar_pb164"
        " | ਸ਼੍ਰੇਣੀ / Category=-:pb_caste164 | ਰਾਸ਼ਨ ਕਾਰਡ ਨੰ. / Ration Card=-:pb_ration164"
        " | ਲਾੜੇ ਦਾ ਨਾਮ / Name of Groom=-:pb_groom164"
        " | ਵਿਆਹ ਦੀ ਮਿਤੀ / Date of Marriage=date@%d.%m.%Y"
        " | ਪਿੰਡ/ਸ਼ਹਿਰ / Village/Town=suburb:pb_village164"
        " | ਤਹਿਸੀਲ / Tehsil=-:pb_tehsil164 | ਜ਼ਿਲ੍ਹਾ / District=district:pb_district164"
        " | ਮੋਬਾਈਲ ਨੰ. / Mobile=phone:pb_phone164 | ਰਾਸ਼ੀ / Amount=-:pb_amount164"
        " | ਬੈਂਕ IFSC / ਖਾਤਾ ਨੰ.=-:pb_bank164",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "ganga_swarupa_arthik_sahay_yadi_gj164",
        "ક્રમ / Sr.=row | લાભાર્થીનું નામ / Beneficiary Name=full_name:gj_name164"
        " | સ્વ. પતિનું નામ / Late Husband=-:gj_husband164"
        " | જન્મ તારીખ / DOB=birth_date@%d/%m/%Y"
        " | પતિના અવસાનની તારીખ / Husband's Death=date@%d/%m/%Y"
        " | આધાર નંબર / Aadhaar=national_id:aadhaar_gj164"
        " | રેશનકાર્ડ નંબર / Ration Card=-:gj_ration164 | ચૂંટણી કાર્ડ / EPIC=-:epic_gj164"
        " | ગામ / Village=suburb:gj_village164 | તાલુકો / Taluka=-:gj_taluka164"
        " | જિલ્લો / District=district:gj_district164 | મોબાઈલ નંબર / Mobile=phone:gj_phone164"
        " | બેંક / ખાતા નં.=-:gj_bank164 | માસિક સહાય / Monthly=-:gj_pension164"
        " | મંજૂરી હુકમ નં. / Order No.=-:gj_order164",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats.
INVALID_DAY: dict[str, str] = {"%d.%m.%Y": "31.02.{y}"}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "aadhaar_tn164",
    "aadhaar_kl164",
    "aadhaar_wb164",
    "aadhaar_pb164",
    "aadhaar_gj164",
)
SEX_HOLDS: tuple[str, ...] = ("sex_kl164", "sex_wb164")
NAME_HOLDS = frozenset({"tn_name164", "kl_name164", "bn_name164", "pb_bride164", "gj_name164"})
PHONE_HOLDS: tuple[str, ...] = (
    "tn_phone164",
    "kl_phone164",
    "wb_phone164",
    "pb_phone164",
    "gj_phone164",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("kl_addr164",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND164",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND164",
]
