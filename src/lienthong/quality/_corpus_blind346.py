"""The three-hundred-and-forty-sixth part of the outside corpus, **blind 346** (written 12:40 UTC,
2026-12-07, never used for tuning): person files a university's graduate school, a university's
student affairs office, a ward police post beside a university dormitory, a university alumni
association, Tribhuvan University's examination office, the Royal University of Bhutan, an Afghan
university admissions office, a Tajik national university and a Kyrgyz university's hostel office
could hand over. Four Vietnamese files: a graduate school's master's thesis defence schedule in
Excel (the student code, place of birth, the major, the thesis title, the supervisor and the
reviewer with their titles, the defence date, hour and room); a list of students receiving a
sponsored scholarship in Windows-1258 with semicolons and headers without diacritics (the student
code, class, faculty, grade point and conduct score, the sponsor, the amount, the bank account and
bank); a dormitory's residents declared for temporary residence to the ward police in UTF-16 with
tabs (the identity number, the permanent address, the building and room, the school, the dates in
and out, a parent and the parent's phone, the time last updated); and an alumni association's
members in UTF-8 with a BOM (the class year, the year of graduation, the major, the employer and
post, the contact address, the dues).
Five foreign files: a Tribhuvan University examination form list from Nepal in Excel with
Devanagari headers and romanised capitals (the citizenship certificate number and its district,
the birth date in Bikram Sambat, sometimes in Devanagari digits, the father's name, the permanent
address as municipality-ward and district, the campus, the TU registration and symbol numbers, the
fee and its date in Bikram Sambat); a Royal University of Bhutan stipend list in UTF-8 (the
11-digit CID, a single name, village, gewog and dzongkhag, the college, the student number, the
stipend in ngultrum, the guardian); an Afghan university admissions list in UTF-8 with a BOM and
Dari/Pashto headers (given name and takhallus, father and grandfather, the tazkira as an
electronic number or a paper volume/page/entry, Solar Hijri dates, province, district and village,
the Kankor score, the university and faculty); a Tajik national university's students in UTF-8
with semicolons and Cyrillic Tajik headers (family name, name, patronymic in the Russian or the
Tajik form, the passport, the tax number beside it, the street line, the town and region, the
faculty, the year, budget or contract); and a Kyrgyz university hostel list in UTF-8 with a BOM
and semicolons and headers in Kyrgyz and Russian (the 14-digit PIN, the ID card or passport, the
address of registration, the oblast, the hostel and room, a parent and the parent's phone).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind346_writers import WRITERS_BLIND346
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND346: tuple[Shape, ...] = (
    _shape(
        "lich_bao_ve_luan_van_thac_si_vien_sau_dai_hoc_vn346",
        "STT=row | Mã học viên=-:hv_code346 | Họ và tên học viên=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Nơi sinh=-:birthplace346 | Số CCCD=cccd"
        " | Chuyên ngành=-:major346 | Tên đề tài luận văn=-:topic346"
        " | Người hướng dẫn khoa học=-:supervisor346 | Phản biện 1=-:reviewer346"
        " | Ngày bảo vệ=date@%d/%m/%Y | Giờ=-:hour346 | Phòng=-:room346"
        " | ĐT học viên=phone | Email=email",
        file="xlsx",
    ),
    _shape(
        "sinh_vien_nhan_hoc_bong_doanh_nghiep_tai_tro_phong_ctsv_vn346",
        "TT=row | MSSV=-:mssv346 | Ho va ten SV=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex | Lop=-:class346 | Khoa=-:faculty346 | Diem TBC HK=-:gpa346"
        " | Diem RL=-:conduct346 | Don vi tai tro=-:sponsor346 | Muc HB (dong)=-:grant346"
        " | So TK=-:account346 | Ngan hang=-:bank346 | So CCCD=cccd | DTDD=phone",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "sinh_vien_o_ktx_khai_bao_tam_tru_cong_an_phuong_vn346",
        "STT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Nơi thường trú=address"
        " | Tòa nhà=-:building346 | Phòng=-:dorm_room346 | Trường=-:dorm_school346"
        " | Tạm trú từ ngày=date@%d/%m/%Y | Đến ngày=date:until346"
        " | Số điện thoại=phone | Họ tên cha/mẹ=-:parent346 | SĐT cha/mẹ=-:parent_phone346"
        " | Cập nhật=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hoi_vien_hoi_cuu_sinh_vien_truong_dai_hoc_vn346",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d.%m.%Y | Khóa=-:cohort346"
        " | Năm TN=-:grad_year346 | Ngành học=-:alumni_major346"
        " | Cơ quan công tác=-:employer346 | Chức vụ=-:post346 | Địa chỉ liên hệ=address"
        " | Điện thoại=phone | Email=email | Hội phí=-:dues346 | Ngày kết nạp=date@%d.%m.%Y",
        encoding="utf-8-sig",
    ),
    _shape(
        "pariksha_aavedan_tribhuvan_np346",
        "क्र.सं.=row | नाम (Name)=given_name:np_given346 | थर (Surname)=family_name:np_family346"
        " | नागरिकता प्र.प. नं.=national_id:ctz_np346 | जारी जिल्ला=-:ctz_district346"
        " | जन्म मिति (वि.सं.)=birth_date:birth_bs346 | लिङ्ग=sex:sex_np346"
        " | बुबाको नाम=-:father_np346 | स्थायी ठेगाना=address:addr_np346"
        " | मोबाइल नं.=phone:phone_np346 | क्याम्पस=-:campus_np346"
        " | T.U. Regd. No.=-:turegd346 | Symbol No.=-:symbol346 | शुल्क (रु.)=-:fee_np346"
        " | भुक्तानी मिति=date:paydate_bs346",
        english=True,
        file="xlsx",
    ),
    _shape(
        "rub_stipend_list_bt346",
        "Sl. No.=row | CID No.=national_id:cid_bt346 | Name=full_name:bt_name346"
        " | Gender=sex:sex_bt346 | DoB=birth_date@%d/%m/%Y | Village=suburb:village_bt346"
        " | Gewog=district:gewog_bt346 | Dzongkhag=state:dzongkhag_bt346"
        " | Contact No.=phone:phone_bt346 | College=-:college_bt346"
        " | Student No.=-:studno_bt346 | Stipend=-:stipend_bt346"
        " | Guardian Name=-:guardian_bt346 | Guardian Contact=-:guardian_phone_bt346"
        " | Date of Admission=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "kankor_shamulin_af346",
        "شماره=row | نام / نوم=given_name:af_given346 | تخلص=family_name:af_family346"
        " | نام پدر / د پلار نوم=-:af_father346 | نام پدرکلان=-:af_grand346"
        " | شماره تذکره / د تذکرې شمېره=national_id:tazkira_af346"
        " | تاریخ تولد=birth_date:birth_sh346 | جنسیت=sex:sex_af346"
        " | ولایت=province:wilayat_af346 | ولسوالی / ناحیه=district:woleswali_af346"
        " | قریه / گذر=suburb:qarya_af346 | شماره تماس=phone:phone_af346"
        " | نمره کانکور=-:score_af346 | پوهنتون=-:uni_af346 | پوهنځی=-:faculty_af346"
        " | تاریخ ثبت نام=date:regdate_sh346",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "ruyxati_donishjuyon_dmt_tj346",
        "№ т/р=row | Насаб=family_name:tj_family346 | Ном=given_name:tj_given346"
        " | Номи падар=-:tj_patr346 | Санаи таваллуд=birth_date@%d.%m.%Y | Ҷинс=sex:sex_tj346"
        " | Рақами шиноснома=national_id:passport_tj346 | РМА=-:inn_tj346"
        " | Суроға=street:street_tj346 | Шаҳр / ноҳия=district:nohiya_tj346"
        " | Вилоят=province:viloyat_tj346 | Телефон=phone:phone_tj346"
        " | Факултет=-:faculty_tj346 | Курс=-:course_tj346 | Шакли таҳсил=-:form_tj346"
        " | Санаи қабул=date@%d.%m.%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "jatakana_student_kg346",
        "№=row | ПИН / ИНН=national_id:pin_kg346 | Фамилиясы / Фамилия=family_name:kg_family346"
        " | Аты / Имя=given_name:kg_given346 | Атасынын аты / Отчество=-:kg_patr346"
        " | Туулган күнү / Дата рождения=birth_date@%d.%m.%Y | Жынысы / Пол=sex:sex_kg346"
        " | Паспорт / ID-карта №=-:passport_kg346"
        " | Катталган дареги / Адрес прописки=address:addr_kg346"
        " | Облусу / Область=province:oblast_kg346 | Телефон=phone:phone_kg346"
        " | Жатакана / Общежитие=-:hostel_kg346 | Бөлмө / Комната=-:room_kg346"
        " | Ата-энеси / Родитель=-:parent_kg346 | Тел. ата-энеси=-:parent_phone_kg346"
        " | Жайгашкан күнү / Дата заселения=date@%d.%m.%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "ctz_np346",
    "cid_bt346",
    "tazkira_af346",
    "passport_tj346",
    "pin_kg346",
)
SEX_HOLDS: tuple[str, ...] = ("sex_np346", "sex_bt346", "sex_af346", "sex_tj346", "sex_kg346")
NAME_HOLDS = frozenset(
    {"np_given346", "np_family346", "bt_name346", "af_given346", "af_family346"}
    | {"tj_family346", "tj_given346", "kg_family346", "kg_given346"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_np346",
    "phone_bt346",
    "phone_af346",
    "phone_tj346",
    "phone_kg346",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_np346", "street_tj346", "addr_kg346")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND346",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND346",
]
