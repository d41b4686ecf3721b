"""The two-hundred-eighty-fifth part of the outside corpus, **blind 285** (written 10:15 UTC,
2026-12-07, never used for tuning): person files a residential group collecting opinions on the
2025 draft amendment of the Constitution, a commune health station running the free yearly health
check, a district social insurance office, a ward's retired teachers' association, a Maharashtra
network hospital, a Gujarat village dairy cooperative, the Goa fisheries department, a Rajasthan
district supply office and Mumbai's municipal corporation could hand over. Four Vietnamese files:
the people who gave their opinion on the draft amendment of the Constitution at a residential
group, in Windows-1258 with semicolons (the residential group, the occupation, the article, the
opinion, how it was given, the date, the group leader); the people examined in the free yearly
health check of a commune health station, in UTF-16 with tabs (the electronic health record
number, the health insurance card, the blood pressure, glucose and BMI, the health class, the
examining doctor, the referral, the time last updated); pensioners asking to receive their
pension into a bank account, in Excel (the social insurance number, the spaced CCCD, the kind of
benefit and its monthly amount, the old paying point, the account, bank and branch, the month it
starts); and a ward's retired teachers' association's members paying their dues, in UTF-8 with a
BOM and tabs (the school they retired from, the year, the post, the branch, the dues and the date
paid).
Five foreign files: a Maharashtra MJPJAY pre-authorisation list of a network hospital in Excel
with Marathi headers (the patient's three-part name in Devanagari, the Aadhaar with its Verhoeff
digit, the ration card and its colour, the address with district and PIN, the hospital, the
procedure, the amount sanctioned, the Arogyamitra); a Gujarat village milk cooperative's members
in UTF-8 with Gujarati headers (the member number, name, father's or husband's name and surname
apart, the spaced Aadhaar, village, taluka, district and PIN, the society, the cattle, the daily
milk and fat, the bank account, the date of joining); a Goa fisheries list of canoe owners given
kerosene for their outboard motors, in UTF-16 with tabs and Konkani headers in Devanagari (names
with Portuguese-descended surnames, the EPIC, the canoe's registration, the engine, house, village
(vaddo), taluka and PIN, the kerosene quota, the fisheries officer); a Rajasthan LPG refill
subsidy list in UTF-8 with a BOM and Hindi headers (the Jan Aadhaar, the head of the family, the
father's or husband's name, the Aadhaar, the LPG consumer number and the agency, the address with
district and PIN, the subsidy and the refill date); and a Mumbai municipal corporation's street
vendor survey in UTF-8 with Marathi/English headers (the survey number, the Aadhaar spaced, the
PAN with the surname's initial fifth, the ration card, the EPIC, a +91 mobile, the chawl or
building address with its PIN, the ward and spot where the vendor trades, the trade, the bank
account).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind285_writers import WRITERS_BLIND285
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND285: tuple[Shape, ...] = (
    _shape(
        "nguoi_dan_gop_y_du_thao_sua_doi_hien_phap_2025_hoi_nghi_to_dan_pho_vn285",
        "TT=row | Họ và tên người góp ý=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số ĐDCN=cccd | Nơi cư trú=address | Tổ dân phố=-:tdp285"
        " | Nghề nghiệp=-:job285 | Điều/khoản góp ý=-:article285"
        " | Nội dung góp ý (tóm tắt)=-:opinion285 | Hình thức=-:form285"
        " | Ngày góp ý=date@%d/%m/%Y | Tổ trưởng TDP=-:leader285 | SĐT liên hệ=phone",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nguoi_dan_kham_suc_khoe_mien_phi_dinh_ky_hang_nam_nq72_tram_y_te_xa_vn285",
        "STT=row | Mã hồ sơ SKĐT=-:ehr285 | Họ tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới=sex | CCCD=cccd | Số thẻ BHYT=bhyt | Địa chỉ=address | Điện thoại=phone"
        " | Ngày khám=date@%d/%m/%Y | HA (mmHg)=-:bp285 | Đường huyết (mmol/L)=-:glucose285"
        " | BMI=-:bmi285 | Phân loại SK=-:class285 | BS khám=-:doctor285"
        " | Chuyển tuyến/hẹn=-:refer285 | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nguoi_huong_de_nghi_chuyen_nhan_luong_huu_qua_tai_khoan_ca_nhan_bhxh_co_so_vn285",
        "STT=row | Mã số BHXH=bhxh | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd:cccd_spaced | Loại chế độ=-:regime285"
        " | Mức hưởng (đồng/tháng)=-:pension285 | Điểm chi trả cũ=-:paypoint285"
        " | Số tài khoản=-:account285 | Ngân hàng=-:bank285 | Chi nhánh=-:branch285"
        " | Ngày đề nghị=date@%d/%m/%Y | Tháng bắt đầu nhận qua TK=-:month285"
        " | Địa chỉ thường trú=address | SĐT=phone | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "hoi_vien_hoi_cuu_giao_chuc_phuong_so_theo_doi_dong_hoi_phi_vn285",
        "TT=row | Họ tên hội viên=full_name | Nam/Nữ=sex | Ngày sinh=birth_date@%d-%m-%Y"
        " | CCCD=cccd | Trường công tác trước khi nghỉ hưu=-:school285"
        " | Năm nghỉ hưu=-:retired285 | Chức danh=-:title285 | Địa chỉ=address"
        " | Chi hội=-:branch_hoi285 | Hội phí (đ/năm)=-:dues285 | Ngày nộp gần nhất=date@%d-%m-%Y"
        " | Điện thoại=phone | Email=email",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "mjpjay_purvamanyata_rugna_yadi_network_hospital_mh285",
        "अ.क्र.=row | रुग्णाचे नाव=full_name:mh_name285 | लिंग=sex:sex_mh285"
        " | जन्मतारीख=birth_date@%d/%m/%Y | आधार क्रमांक=national_id:aadhaar285"
        " | शिधापत्रिका क्रमांक=-:rc_mh285 | शिधापत्रिकेचा रंग=-:rc_colour285"
        " | मोबाईल क्रमांक=phone:phone_in285 | पत्ता=address:addr_mh285"
        " | जिल्हा=district:dist_mh285 | पिन कोड=postcode:pin_mh285"
        " | रुग्णालयाचे नाव=-:hosp_mh285 | उपचार / प्रक्रिया=-:proc_mh285"
        " | पूर्वमान्यता दिनांक=date@%d/%m/%Y | मंजूर रक्कम (₹)=-:amount_mh285"
        " | आरोग्यमित्र=-:arogyamitra285",
        english=True,
        file="xlsx",
    ),
    _shape(
        "doodh_utpadak_sahakari_mandali_sabhasad_patrak_gj285",
        "ક્રમ=row | સભાસદ નંબર=-:member_gj285 | નામ=given_name:gj_given285"
        " | પિતા / પતિનું નામ=-:gj_father285 | અટક=family_name:gj_family285"
        " | જન્મ તારીખ=birth_date@%d-%m-%Y | જાતિ=sex:sex_gj285"
        " | આધાર નંબર=national_id:aadhaar_sp285 | મોબાઈલ નંબર=phone:phone_gj285"
        " | ગામ=suburb:village_gj285 | તાલુકો=-:taluka_gj285 | જિલ્લો=district:district_gj285"
        " | પિન કોડ=postcode:pin_gj285 | મંડળીનું નામ=-:society_gj285"
        " | પશુ (ગાય/ભેંસ)=-:animals_gj285 | સરેરાશ દૈનિક દૂધ (લિટર)=-:milk_gj285"
        " | ફેટ (%)=-:fat_gj285 | બેંક ખાતા નંબર=-:bank_gj285"
        " | સભાસદ થયા તારીખ=date@%d-%m-%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "nustekar_hodi_obm_kerosene_anudan_fisheries_goa285",
        "क्र.=row | मालकाचें नांव=full_name:goa_name285 | जल्मतारीख=birth_date@%d-%m-%Y"
        " | लिंग=sex:sex_goa285 | आधार क्रमांक=national_id:aadhaar285"
        " | मतदार कार्ड (EPIC)=-:epic_goa285 | होडयेचो नोंदणी क्रमांक=-:canoe_goa285"
        " | OBM इंजिन=-:obm_goa285 | घराचो पत्तो=street:street_goa285"
        " | गांव=suburb:village_goa285 | तालुको=-:taluka_goa285 | पिन कोड=postcode:pin_goa285"
        " | मोबायल=phone:phone_in285 | केरोसीन कोटा (लिटर/म्हयनो)=-:kero_goa285"
        " | फिशरीज अधिकारी=-:officer_goa285 | मंजुरेची तारीख=date@%d-%m-%Y",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "lpg_cylinder_anudan_labharthi_soochi_rasad_vibhag_rj285",
        "क्र.सं.=row | जन आधार संख्या=-:janaadhaar285 | परिवार के मुखिया का नाम=-:head_rj285"
        " | लाभार्थी का नाम=full_name:rj_name285 | पिता/पति का नाम=-:rj_father285"
        " | लिंग=sex:sex_rj285 | जन्म तिथि=birth_date@%d/%m/%Y"
        " | आधार संख्या=national_id:aadhaar285 | एलपीजी उपभोक्ता संख्या=-:lpg_id285"
        " | गैस एजेंसी=-:agency_rj285 | मोबाइल नंबर=phone:phone_in285"
        " | पता=address:addr_rj285 | ज़िला=district:dist_rj285 | पिन कोड=postcode:pin_rj285"
        " | अनुदान राशि (₹)=-:subsidy_rj285 | रिफिल दिनांक=date@%d-%m-%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "pheriwala_sarvekshan_town_vending_committee_bmc285",
        "Sr. No.=row | सर्वेक्षण क्र. / Survey No.=-:survey_bmc285"
        " | फेरीवाल्याचे नाव / Name of Vendor=full_name:bmc_name285"
        " | जन्मतारीख / DOB=birth_date@%d-%m-%Y | लिंग / Gender=sex:sex_bmc285"
        " | आधार क्र. / Aadhaar No.=national_id:aadhaar_sp285 | पॅन / PAN=-:pan_bmc285"
        " | शिधापत्रिका क्र. / Ration Card No.=-:rc_bmc285"
        " | मतदार ओळखपत्र / EPIC No.=-:epic_bmc285 | मोबाईल / Mobile=phone:phone_bmc285"
        " | निवासी पत्ता / Residential Address=address:addr_bmc285"
        " | पिन / PIN=postcode:pin_bmc285 | विभाग / Ward=-:ward_bmc285"
        " | व्यवसायाचे ठिकाण / Vending Spot=-:spot_bmc285 | व्यवसाय / Trade=-:trade_bmc285"
        " | बँक खाते क्र. / Bank A/c No.=-:bank_bmc285 | सर्वेक्षण दिनांक / Survey Date=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("aadhaar285", "aadhaar_sp285")
SEX_HOLDS: tuple[str, ...] = ("sex_mh285", "sex_gj285", "sex_goa285", "sex_rj285", "sex_bmc285")
NAME_HOLDS = frozenset(
    {"mh_name285", "gj_given285", "gj_family285", "goa_name285", "rj_name285", "bmc_name285"}
)
PHONE_HOLDS: tuple[str, ...] = ("phone_in285", "phone_gj285", "phone_bmc285")
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_mh285", "addr_rj285", "addr_bmc285")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND285",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND285",
]
