"""The eighty-third part of the outside corpus, **blind 83** (written 16:20 UTC, 2026-12-06, never
used for tuning): person files a provincial department recognising craft village artisans, a
prison registering visitors, a highland commune's literacy classes, a ward's grassroots mediation
teams, a Tamil Nadu health insurance enrolment camp, a Jakarta kelurahan, a Quezon City barangay,
a Khon Kaen welfare card registration point and a Yokohama ward office could hand over. Four
Vietnamese files: a province's list of recognised artisans of its craft villages in Excel (the
craft and the village, the title, the decision of the President or of the province, the year,
the years in the craft, the apprentices taught, the workshop); a prison's register of visitors
in UTF-16 with tabs (the visitor as the record, the relation, the prisoner's name and code, the
sub-camp, the companions, the hours in and out, what was handed in, the officer on duty); a
commune's literacy class learners in Windows-1258 with semicolons and unaccented headers (the
ethnic group, the class and stage, the teacher, the attendance, the final result, the opening
day); and a ward's mediation register in UTF-8 with a BOM (the case number and day received,
the requester as the record with a dotted phone, the other party with their residential group,
the dispute, the team and mediator, the outcome and the day it closed). Five foreign files: a
Tamil Nadu CMCHIS enrolment list in UTF-8 with Tamil/English headers (the URN, the name after the
father's initial in capitals, the father's or husband's name with S/o, W/o or D/o, the Aadhaar
with its Verhoeff digit, door number and street, village, taluk, district, PIN, the smart family
card, the income, the hospital); a Jakarta kelurahan's list of newcomers in Excel with Indonesian
headers (the NIK and KK of the home region, place of birth, religion, work, the origin address,
the street here with RT and RW apart, the kind of stay, the landlord); a Quezon City barangay's
senior citizens masterlist in UTF-8 with English/Filipino headers (surname, first, middle name
and extension apart, month-first birth dates and the age, the OSCA ID, the PhilSys card number
beside the PhilHealth number, the purok in the address, the social pension, the caregiver); a
Thai state welfare card registration list in CP874 with tabs and Thai headers (the 13-digit ID
with its check digit, the title apart, Buddhist-era dates, house number and moo, tambon, amphoe,
changwat and postcode, the income, the result, the registration point); and a Yokohama ward
office's list of moving-in notifications in Shift_JIS (cp932) (the name in kanji and katakana,
the era birth date, the My Number with its check digit, the relation to the household head and
the head's name, the 〒 postcode and the ward address, the previous address, the era dates of
the move and of the notice, who notified).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind83_writers import WRITERS_BLIND83
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND83: tuple[Shape, ...] = (
    _shape(
        "nghe_nhan_lang_nghe_vn83",
        "STT=row | Họ và tên nghệ nhân=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Nơi cư trú=address:craft_addr83"
        " | Nghề=-:craft83 | Làng nghề=-:craft_village83 | Danh hiệu=-:title83"
        " | Số QĐ công nhận=-:decision83 | Năm công nhận=-:year83"
        " | Số năm hành nghề=-:years_craft83 | Số người đã truyền nghề=-:apprentices83"
        " | Cơ sở SX-KD=-:workshop83 | Điện thoại=phone | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "so_dang_ky_tham_gap_pham_nhan_vn83",
        "STT=row | Ngày thăm=date@%d/%m/%Y | Họ tên thân nhân=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD/ĐDCN=cccd | Nơi thường trú=address"
        " | SĐT=phone | Quan hệ với PN=-:relation83 | Họ tên phạm nhân=-:prisoner83"
        " | Mã PN=-:prisoner_code83 | Phân trại=-:subcamp83 | Số người đi cùng=-:companions83"
        " | Giờ vào=-:time_in83 | Giờ ra=-:time_out83 | Đồ/tiền gửi=-:gifts83"
        " | Cán bộ trực=-:officer83",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hoc_vien_lop_xoa_mu_chu_vn83",
        "TT=row | Ho va ten hoc vien=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex | Dan toc=-:ethnic83 | So CCCD=cccd"
        " | Noi o hien nay=address:literacy_addr83 | Lop=-:class83 | Giai doan=-:stage83"
        " | GV phu trach=-:teacher83 | So buoi co mat=-:attendance83"
        " | Ket qua KT cuoi khoa=-:result83 | Ngay khai giang=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_theo_doi_hoa_giai_co_so_vn83",
        "STT=row | Số vụ việc=-:case_no83 | Ngày tiếp nhận=date@%d/%m/%Y"
        " | Họ tên người yêu cầu=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | CCCD=cccd | Địa chỉ=address:mediation_addr83 | Số điện thoại=phone:phone_dotted"
        " | Bên còn lại=-:other_party83 | Nội dung vụ việc=-:dispute83"
        " | Tổ hòa giải=-:team83 | Hòa giải viên=-:mediator83 | Kết quả=-:outcome83"
        " | Ngày kết thúc=date:done83",
        encoding="utf-8-sig",
    ),
    _shape(
        "cmchis_enrolment_tn83",
        "வ.எண் / S.No.=row | URN எண் / URN No.=-:urn_tn83"
        " | பயனாளியின் பெயர் / Name of Beneficiary=full_name:tn_name83"
        " | உறவு / Relation=-:tn_relation83"
        " | தந்தை / கணவர் பெயர் / Father / Husband Name=-:tn_father83"
        " | ஆதார் எண் / Aadhaar No.=national_id:aadhaar_tn83"
        " | பிறந்த தேதி / Date of Birth=birth_date@%d-%m-%Y | பாலினம் / Gender=sex:sex_tn83"
        " | கதவு எண், தெரு / Door No., Street=street:street_tn83"
        " | ஊர் / Village=suburb:village_tn83 | வட்டம் / Taluk=-:taluk_tn83"
        " | மாவட்டம் / District=district:district_tn83"
        " | அஞ்சல் குறியீட்டு எண் / PIN=postcode:pin_tn83"
        " | கைபேசி எண் / Mobile=phone:phone_tn83"
        " | குடும்ப அட்டை எண் / Family Card No.=-:ration_tn83"
        " | ஆண்டு வருமானம் / Annual Income=-:income_tn83"
        " | மருத்துவமனை / Hospital=-:hospital_tn83"
        " | பதிவு தேதி / Enrolment Date=date@%d-%m-%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "pendataan_penduduk_pendatang_id83",
        "No=row | NIK=national_id:nik83 | No. KK=-:kk83 | Nama Lengkap=full_name:id_name83"
        " | Tempat Lahir=-:birthplace_id83 | Tgl Lahir=birth_date@%d-%m-%Y"
        " | L/P=sex:sex_id83 | Agama=-:religion83 | Pekerjaan=-:job_id83"
        " | Alamat Asal (sesuai KTP)=-:origin_id83 | Alamat Domisili=street:street_id83"
        " | RT=-:rt83 | RW=-:rw83 | No. HP=phone:phone_id83 | Status Tinggal=-:stay_id83"
        " | Pemilik Rumah / Penanggung Jawab=-:landlord83 | Tgl Datang=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "senior_citizens_masterlist_ph83",
        "No.=row | Surname / Apelyido=family_name:ph_family83"
        " | First Name / Pangalan=given_name:ph_given83"
        " | Middle Name / Gitnang Pangalan=-:ph_middle83 | Ext. (Jr/Sr)=-:ph_ext83"
        " | Date of Birth (mm/dd/yyyy) / Petsa ng Kapanganakan=birth_date:ph_birth83"
        " | Age / Edad=-:ph_age83 | Sex / Kasarian=sex:sex_ph83 | Civil Status=-:civil_ph83"
        " | OSCA ID No.=-:osca_ph83 | PhilSys Card No.=national_id:pcn_ph83"
        " | PhilHealth PIN=-:philhealth83 | Address / Tirahan=address:addr_ph83"
        " | Contact No.=phone:phone_ph83 | Social Pension (Y/N)=-:socpen83"
        " | Caregiver / Contact Person=-:carer_ph83 | Date Registered=date@%m/%d/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "long_thabian_sawatdikan_th83",
        "ลำดับ=row | เลขประจำตัวประชาชน=national_id:pid_th83 | คำนำหน้า=-:title_th83"
        " | ชื่อ=given_name:th_given83 | นามสกุล=family_name:th_family83"
        " | วัน/เดือน/ปีเกิด=birth_date:birth_th83 | เพศ=sex:sex_th83"
        " | บ้านเลขที่/หมู่=street:house_th83 | ตำบล=suburb:tambon83 | อำเภอ=district:amphoe83"
        " | จังหวัด=province:changwat83 | รหัสไปรษณีย์=postcode:post_th83"
        " | โทรศัพท์มือถือ=phone:phone_th83 | อาชีพ=-:job_th83"
        " | รายได้ต่อปี (บาท)=-:income_th83 | ผลการตรวจสอบ=-:result_th83"
        " | จุดรับลงทะเบียน=-:point_th83 | วันที่ลงทะเบียน=date:reg_th83",
        english=True,
        encoding="cp874",
        delimiter="\t",
    ),
    _shape(
        "tennyu_todoke_ichiran_jp83",
        "No.=row | 氏名=full_name:jp_name83 | フリガナ=full_name:jp_kana83"
        " | 生年月日=birth_date:jp_birth83 | 性別=sex:sex_jp83"
        " | 個人番号=national_id:mynumber83 | 続柄=-:jp_relation83 | 世帯主=-:jp_head83"
        " | 郵便番号=postcode:post_jp83 | 住所=address:addr_jp83 | 前住所=-:from_jp83"
        " | 電話番号=phone:phone_jp83 | 異動日=date:moved_jp83 | 届出日=date:notice_jp83"
        " | 届出人=-:notifier_jp83 | 備考=-:note_jp83",
        english=True,
        encoding="cp932",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("aadhaar_tn83", "nik83", "pcn_ph83", "pid_th83", "mynumber83")
SEX_HOLDS: tuple[str, ...] = ("sex_tn83", "sex_id83", "sex_ph83", "sex_th83", "sex_jp83")
NAME_HOLDS = frozenset(
    {"tn_name83", "id_name83", "ph_family83", "ph_given83", "th_given83", "th_family83"}
    | {"jp_name83", "jp_kana83"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_tn83",
    "phone_id83",
    "phone_ph83",
    "phone_th83",
    "phone_jp83",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "craft_addr83",
    "literacy_addr83",
    "mediation_addr83",
    "addr_ph83",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND83",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND83",
]
