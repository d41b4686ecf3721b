"""The ninety-fourth part of the outside corpus, **blind 94** (written 16:55 UTC, 2026-12-06, never
used for tuning): person files a Bắc Ninh electronics factory claiming maternity benefits, a
district Party committee transferring members, a Nghệ An commune paying funeral allowances, a Bảo
Lộc tax team assessing non-agricultural land tax, a Faisalabad textile mill's EOBI desk, a
Bangladeshi district employment office, a Kurunegala Grama Niladhari, a Chitwan municipality's
social security section and an Uttar Pradesh fair price shop could hand over. Four Vietnamese files:
an employer's list asking social insurance to pay maternity and paternity benefits (mẫu 01B-HSB) in
Excel (the BHXH code and no CCCD, workers born 1984 to 2004, the condition, the child's birthday,
the leave's first and last day and its length, the average wage and the amount asked for, the bank
account, the team); a list of Party members whose membership is transferred in Windows-1258 with
semicolons (the hometown, the Party card number, the day they joined and were confirmed, the cell
they leave and the committee they go to, the reason, the letter's number and date); a commune's list
paying the funeral allowance in UTF-8 with a BOM and semicolons (the dead person's year of birth and
CCCD, the group they were supported as, the day of death, the death record extract, the relative who
saw to the funeral with her CCCD and phone, the amount, an empty column to sign); and a tax team's
book of non-agricultural land tax in UTF-16 with tabs and short headers (the MST, the CCCD in
groups, the home address beside the parcel's, the map sheet and lot, the area within and beyond the
quota, the price, the tax, the relief and what is due). Five foreign files: a Faisalabad mill's EOBI
insured persons in UTF-8 with a BOM and English/Urdu headers (the EOBI number, ``Father/Husband
Name``, the CNIC ``33100-1234567-1`` with its odd or even last digit, ``dd-mm-yyyy`` dates, house,
street and mohalla, the city apart, ``0300-1234567`` phones, the job and wage, the nominee and the
nominee's CNIC); a Bangladeshi emigration clearance list in UTF-8 with Bengali headers (the BMET
registration, the father's and mother's names, the NID of ten or seventeen digits, the passport,
গ্রাম/ডাকঘর/উপজেলা/জেলা addresses, the zila apart, phones in Bengali or Latin digits, the country,
trade, recruiting agency and visa, the nominee and his phone); a Kurunegala Grama Niladhari's
residents' register in UTF-8 with Sinhala, Tamil and English headers (the household's number, its
head and the relation to the head, names with initials, the new twelve-digit NIC, ``yyyy.mm.dd``
dates, civil status, the job and place of work, the GN division, ``071 234 5678`` phones); a Chitwan
municipality's social security allowance list in Excel with Devanagari headers (Bikram Sambat dates
in Devanagari digits, the citizenship certificate's number new or old and its issuing district and
date, the father's or husband's name, ``municipality-ward, tole, district`` addresses, the
allowance's kind, the card, bank and account, the guardian); and a Barabanki fair price shop's
ration card members in UTF-8 with a BOM and Hindi headers (the ration card's number and kind, the
head of the family and the relation to her, the father's or husband's name, the Aadhaar with its
Verhoeff digit, the village, block and district address, the PIN code, the dealer, the e-KYC state,
the last distribution).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind94_writers import WRITERS_BLIND94
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND94: tuple[Shape, ...] = (
    _shape(
        "de_nghi_huong_che_do_thai_san_01b_hsb_vn94",
        "STT=row | Họ và tên=full_name | Mã số BHXH=bhxh | Ngày sinh=birth_date:ts_birth94"
        " | Giới tính=sex | Bộ phận=-:ts_team94"
        " | Điều kiện tính hưởng=-:ts_cond94 | Ngày sinh con=date:ts_child94"
        " | Từ ngày=date:ts_from94 | Đến ngày=date:ts_to94 | Tổng số ngày nghỉ=-:ts_days94"
        " | Tiền lương tính hưởng BHXH (đ)=-:ts_wage94 | Số tiền đề nghị hưởng (đ)=-:ts_amount94"
        " | Số tài khoản=-:ts_account94 | Ngân hàng=-:ts_bank94 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "chuyen_sinh_hoat_dang_vn94",
        "TT=row | Họ và tên đảng viên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | Quê quán=-:dv_hometown94 | Nơi ở hiện nay=address:dv_addr94"
        " | Số CCCD=cccd | Số thẻ ĐV=-:dv_card94 | Ngày vào Đảng=date:dv_join94"
        " | Ngày chính thức=date:dv_official94 | Chi bộ đang sinh hoạt=-:dv_from94"
        " | Chuyển đến=-:dv_to94 | Lý do chuyển=-:dv_reason94 | Loại SH=-:dv_kind94"
        " | Số giấy GT=-:dv_letter94 | Ngày GT=date@%d/%m/%Y | ĐT=phone",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "chi_tro_cap_mai_tang_phi_vn94",
        "STT=row | Họ tên người từ trần=full_name | Năm sinh=birth_date:birth_year94"
        " | Giới tính=sex | Số ĐDCN=cccd | Nơi cư trú trước khi chết=address:mt_addr94"
        " | Đối tượng=-:mt_kind94 | Ngày chết=date:mt_death94 | Trích lục khai tử số=-:mt_cert94"
        " | Người lo mai táng=-:mt_handler94 | Quan hệ=-:mt_relation94"
        " | CCCD người nhận=-:mt_handler_cccd94 | SĐT người nhận=-:mt_phone94"
        " | Mức hưởng (đồng)=-:mt_amount94 | Ngày chi=date@%d/%m/%Y | Ký nhận=-:none",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "so_bo_thue_sdd_phi_nong_nghiep_vn94",
        "STT=row | MST=mst | Tên NNT=full_name | NS=birth_date@%Y-%m-%d"
        " | Số CCCD=cccd:cccd_spaced | Địa chỉ thường trú=address:pnn_home94"
        " | Địa chỉ thửa đất=-:pnn_parcel94 | Tờ BĐ=-:pnn_sheet94 | Thửa=-:pnn_lot94"
        " | DT trong HM (m2)=-:pnn_in94 | DT vượt HM (m2)=-:pnn_over94"
        " | Giá 1m2 (đ)=-:pnn_price94 | Thuế PS (đ)=-:pnn_tax94 | Miễn giảm (đ)=-:pnn_relief94"
        " | Thuế phải nộp (đ)=-:pnn_due94 | Năm thuế=-:pnn_year94 | SĐT=phone:phone_dotted",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "eobi_insured_persons_faisalabad_pk94",
        "S.No. / نمبر شمار=row | EOBI Regn. No. / رجسٹریشن نمبر=-:pk_eobi94"
        " | Name / نام=full_name:pk_name94 | Father/Husband Name / ولدیت/زوجیت=-:pk_father94"
        " | CNIC No. / شناختی کارڈ نمبر=national_id:pk_cnic94"
        " | Date of Birth / تاریخ پیدائش=birth_date@%d-%m-%Y | Gender / جنس=sex:pk_sex94"
        " | Address / پتہ=address:pk_addr94 | City / شہر=district:pk_city94"
        " | Mobile No. / موبائل نمبر=phone:pk_phone94 | Designation / عہدہ=-:pk_job94"
        " | Monthly Wages (Rs.) / ماہانہ اجرت=-:pk_wage94 | Employer / آجر=-:pk_employer94"
        " | Date of Joining / تاریخ ملازمت=date@%d-%m-%Y | Nominee / نامزد=-:pk_nominee94"
        " | Nominee CNIC=-:pk_nominee_cnic94",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "bohirgomon_chharpotro_bmet_bd94",
        "ক্রমিক=row | রেজিস্ট্রেশন নং=-:bd_bmet94 | কর্মীর নাম=full_name:bd_name94"
        " | পিতার নাম=-:bd_father94 | মাতার নাম=-:bd_mother94"
        " | জন্ম তারিখ=birth_date@%d/%m/%Y | লিঙ্গ=sex:bd_sex94"
        " | জাতীয় পরিচয়পত্র নং=national_id:bd_nid94 | পাসপোর্ট নং=-:bd_passport94"
        " | স্থায়ী ঠিকানা=address:bd_addr94 | জেলা=district:bd_zila94"
        " | মোবাইল নং=phone:bd_phone94 | গন্তব্য দেশ=-:bd_country94 | পেশা=-:bd_trade94"
        " | রিক্রুটিং এজেন্সি=-:bd_agency94 | ভিসা নং=-:bd_visa94"
        " | নমিনির নাম ও সম্পর্ক=-:bd_nominee94 | নমিনির মোবাইল=-:bd_nominee_phone94"
        " | ছাড়পত্র ইস্যুর তারিখ=date@%d/%m/%Y",
        english=True,
    ),
    _shape(
        "gn_residents_register_kurunegala_lk94",
        "අනු අංකය / வ.இல. / S.No.=row | ගෘහ අංකය / வீட்டு இல. / Household No.=-:lk_house94"
        " | ගෘහමූලිකයාගේ නම / குடும்பத் தலைவர் / Head of Household=-:lk_head94"
        " | සම්බන්ධතාවය / உறவுமுறை / Relationship=-:lk_rel94"
        " | නම / பெயர் / Name=full_name:lk_name94"
        " | ජා.හැ.අ. / தே.அ.அ. / NIC No.=national_id:lk_nic94"
        " | උපන් දිනය / பிறந்த திகதி / Date of Birth=birth_date@%Y.%m.%d"
        " | ස්ත්‍රී/පුරුෂ / பால் / Sex=sex:lk_sex94"
        " | විවාහක තත්ත්වය / திருமண நிலை / Civil Status=-:lk_civil94"
        " | රැකියාව / தொழில் / Occupation=-:lk_job94"
        " | සේවා ස්ථානය / வேலைத்தளம் / Place of Work=-:lk_work94"
        " | ලිපිනය / முகவரி / Address=address:lk_addr94"
        " | ග්‍රා.නි. වසම / கி.அ. பிரிவு / GN Division=suburb:lk_gn94"
        " | දුරකථන අංකය / தொலைபேசி இல. / Tel. No.=phone:lk_phone94"
        " | ඇතුළත් කළ දිනය / பதிவு திகதி / Date Entered=date@%Y.%m.%d",
        english=True,
    ),
    _shape(
        "samajik_suraksha_bhatta_chitwan_np94",
        "क्र.सं.=row | लाभग्राहीको नाम थर=full_name:np_name94 | लिङ्ग=sex:np_sex94"
        " | जन्म मिति (वि.सं.)=birth_date:np_birth94 | ना.प्र.प.नं.=national_id:np_citizen94"
        " | जारी जिल्ला=-:np_issue94 | जारी मिति=date:np_issued94"
        " | बाबु/पतिको नाम थर=-:np_father94 | ठेगाना=address:np_addr94"
        " | जिल्ला=district:np_district94 | मोबाइल नं.=phone:np_phone94"
        " | भत्ताको किसिम=-:np_kind94 | परिचयपत्र नं.=-:np_card94 | बैंकको नाम=-:np_bank94"
        " | खाता नं.=-:np_account94 | संरक्षकको नाम=-:np_guardian94"
        " | भत्ता सुरु मिति=date:np_start94",
        english=True,
        file="xlsx",
    ),
    _shape(
        "rashan_card_sadasya_barabanki_in94",
        "क्र0सं0=row | राशन कार्ड संख्या=-:in_card94 | कार्ड का प्रकार=-:in_kind94"
        " | मुखिया का नाम=-:in_head94 | सदस्य का नाम=full_name:in_name94"
        " | मुखिया से सम्बन्ध=-:in_rel94 | पिता/पति का नाम=-:in_father94 | लिंग=sex:in_sex94"
        " | जन्म तिथि=birth_date@%d/%m/%Y | आधार संख्या=national_id:in_aadhaar94"
        " | मोबाइल नंबर=phone:in_phone94 | पता=address:in_addr94 | जनपद=district:in_district94"
        " | पिन कोड=postcode:in_pin94 | उचित दर विक्रेता (कोड)=-:in_fps94"
        " | ई-केवाईसी स्थिति=-:in_ekyc94 | अंतिम वितरण तिथि=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "pk_cnic94",
    "bd_nid94",
    "lk_nic94",
    "np_citizen94",
    "in_aadhaar94",
)
SEX_HOLDS: tuple[str, ...] = ("pk_sex94", "bd_sex94", "lk_sex94", "np_sex94", "in_sex94")
NAME_HOLDS = frozenset({"pk_name94", "bd_name94", "lk_name94", "np_name94", "in_name94"})
PHONE_HOLDS: tuple[str, ...] = (
    "pk_phone94",
    "bd_phone94",
    "lk_phone94",
    "np_phone94",
    "in_phone94",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "dv_addr94",
    "mt_addr94",
    "pnn_home94",
    "pk_addr94",
    "bd_addr94",
    "lk_addr94",
    "np_addr94",
    "in_addr94",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND94",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND94",
]
