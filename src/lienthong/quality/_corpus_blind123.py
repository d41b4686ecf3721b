"""The hundred-and-twenty-third part of the outside corpus, **blind 123** (written 19:55 UTC,
2026-12-06, never used for tuning): person files a ward's cultural house, a commune's one-stop
desk, a vocational college's skills assessment board, a private vaccination centre, a Punjab
deputy commissioner's domicile branch, an Afghan university entrance examination board, a
Bangladeshi upazila land office, a Yangon ward administrator and a Vientiane village office could
hand over. Four Vietnamese files: a ward cultural house's book of wedding bookings in
Windows-1258 with semicolons (the hall, the day of the feast, the number of tables, the partner's
name, the deposit in đồng with dots); a commune one-stop desk's receipt book in Excel (the
receipt code, the procedure, the days received and due, the clerk, the status); a national
vocational skills assessment's candidates in UTF-16 with tabs (the trade and level, theory and
practice marks with decimal commas, the result, the certificate number, the BHXH number); and a
private vaccination centre's customer export in UTF-8 with a BOM and headers without diacritics
(the customer code, the vaccine and dose, the guardian and their phone, the price, the time last
updated).
Five foreign files: a Punjab domicile certificate register in UTF-8 with English/Urdu headers
(the domicile number, the CNIC ``35202-1234567-1``, the father's name, the permanent address, the
district, the years of residence, the issue day); an Afghan Kankor candidates' list in UTF-8 with
Dari/Pashto headers (the e-Tazkira number, the name, father's and grandfather's names apart, the
Solar Hijri birth date, the school, the province, the score, the faculty); a Bangladeshi mutation
(namjari) case register in UTF-8 with Bengali headers (the case number, the NID of 10 or 17
digits, the father's name, the mouza, khatian and dag numbers, the land in decimals, the fee,
phones partly in Bengali digits); a Yangon ward's overnight guest register in UTF-8 with a BOM and
Burmese headers (the NRC, the father's name, the town the guest came from, the host, the purpose,
the nights); and a Vientiane village office's family book extract in Excel with Lao headers (the
family book number, the ID card number, given name and surname apart, the relation to the head,
the ethnic group, the occupation, village and district apart).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind123_writers import WRITERS_BLIND123
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND123: tuple[Shape, ...] = (
    _shape(
        "so_dang_ky_to_chuc_cuoi_nha_van_hoa_vn123",
        "STT=row | Ho ten nguoi dang ky=full_name | Ngay sinh=birth_date@%d/%m/%Y | So CCCD=cccd"
        " | Ho ten co dau/chu re=-:partner123 | Dia chi thuong tru=address | Dien thoai=phone"
        " | Dia diem to chuc=-:hall123 | Ngay to chuc=date@%d/%m/%Y | So mam=-:tables123"
        " | Tien dat coc (d)=-:deposit123 | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_theo_doi_tiep_nhan_tra_ket_qua_bo_phan_mot_cua_vn123",
        "STT=row | Mã hồ sơ=-:receipt123 | Tên TTHC=-:proc123"
        " | Tên tổ chức, cá nhân nộp hồ sơ=full_name | Số ĐDCN/CCCD=cccd"
        " | Địa chỉ=address | SĐT liên hệ=phone | Ngày nhận=date@%d/%m/%Y"
        " | Ngày hẹn trả=-:due123 | CB tiếp nhận=-:clerk123 | Tình trạng=-:desk_status123",
        file="xlsx",
    ),
    _shape(
        "thi_sinh_danh_gia_ky_nang_nghe_quoc_gia_vn123",
        "STT=row | SBD=-:sbd123 | Họ  và  tên=full_name | Giới  tính=sex"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Số định danh cá nhân=cccd:cccd_spaced | Số sổ BHXH=bhxh | Nghề đăng ký=-:trade123"
        " | Bậc trình độ=-:level123 | Điểm LT=-:theory123 | Điểm TH=-:practice123"
        " | Kết quả=-:pass123 | Số chứng chỉ=-:certno123 | Ngày cấp=date@%d/%m/%Y"
        " | Nơi ở hiện tại=address",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "khach_hang_tiem_chung_dich_vu_vn123",
        "STT=row | Ma KH=-:customer123 | Ho va ten=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex | CCCD=cccd | SDT=phone | Email=email | Dia chi=address"
        " | Nguoi giam ho=-:guardian123 | SDT nguoi giam ho=-:guardian_phone123"
        " | Vac xin=-:vaccine123 | Mui=-:dose123 | Ngay tiem=date@%d/%m/%Y"
        " | Don gia=-:price123 | Cap nhat=timestamp",
        encoding="utf-8-sig",
    ),
    _shape(
        "domicile_certificate_register_dc_office_pk123",
        "S.No=row | Domicile No. / ڈومیسائل نمبر=-:domicile_pk123"
        " | CNIC No. / شناختی کارڈ نمبر=national_id:cnic_pk123"
        " | Name of Applicant / نام درخواست گزار=full_name:name_pk123"
        " | Father / Husband Name / ولدیت یا زوجیت=-:father_pk123"
        " | Gender / جنس=sex:sex_pk123 | Date of Birth / تاریخ پیدائش=birth_date@%d-%m-%Y"
        " | Permanent Address / مستقل پتہ=address:addr_pk123"
        " | District / ضلع=district:dist_pk123 | Mobile No. / موبائل نمبر=phone:phone_pk123"
        " | Period of Residence / مدت رہائش=-:stay_pk123"
        " | Date of Issue / تاریخ اجرا=date@%d-%m-%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "kankor_candidates_list_af123",
        "شماره=row | شماره نامزد / د نوماند شمېره=-:roll_af123"
        " | نمبر تذکره الکترونیکی / د برېښنايي تذکرې شمېره=national_id:tazkira_af123"
        " | نام / نوم=given_name:name_af123 | تخلص=family_name:family_af123"
        " | نام پدر / د پلار نوم=-:father_af123 | نام پدرکلان / د نیکه نوم=-:grand_af123"
        " | تاریخ تولد / د زېږېدو نېټه=birth_date:dob_af123 | جنسیت / جنس=sex:sex_af123"
        " | ولایت=state:prov_af123 | مکتب / ښوونځی=-:school_af123"
        " | نمره / نمرې=-:score_af123 | پوهنځی کامیاب / بریالی پوهنځی=-:faculty_af123"
        " | شماره تماس=phone:phone_af123",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "namjari_mamla_nibondhon_upazila_bhumi_office_bd123",
        "ক্রমিক নং=row | নামজারি মামলা নং=-:case_bd123"
        " | আবেদনকারীর নাম=full_name:name_bd123 | পিতা/স্বামীর নাম=-:father_bd123"
        " | জাতীয় পরিচয়পত্র নম্বর=national_id:nid_bd123 | জন্ম তারিখ=birth_date@%d/%m/%Y"
        " | আবেদনকারীর ঠিকানা=address:home_bd123 | মোবাইল নম্বর=phone:phone_bd123"
        " | মৌজা=-:mouza_bd123 | খতিয়ান নং=-:khatian_bd123 | দাগ নং=-:dag_bd123"
        " | জমির পরিমাণ (শতাংশ)=-:area_bd123 | ফি (টাকা)=-:fee_bd123"
        " | আবেদনের তারিখ=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "eh_saran_tharnhlin_ya_pat_kwet_mm123",
        "စဉ်=row | ဧည့်သည်အမည်=full_name:name_mm123 | အဘအမည်=-:father_mm123"
        " | နိုင်ငံသားစိစစ်ရေးကတ်ပြားအမှတ်=national_id:nrc_mm123"
        " | မွေးသက္ကရာဇ်=birth_date@%d-%m-%Y | လာရောက်သည့်နေရာ=-:from_mm123"
        " | အိမ်ရှင်အမည်=-:host_mm123 | လာရောက်သည့်ရည်ရွယ်ချက်=-:purpose_mm123"
        " | ရောက်ရှိသည့်နေ့=date@%d-%m-%Y | တည်းခိုမည့်ရက်=-:nights_mm123"
        " | ဖုန်းနံပါတ်=phone:phone_mm123",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "samano_khua_ban_vientiane_la123",
        "ລ/ດ=row | ເລກທີປື້ມສຳມະໂນຄົວ=-:book_la123 | ເລກບັດປະຈຳຕົວ=national_id:id_la123"
        " | ຊື່=given_name:given_la123 | ນາມສະກຸນ=family_name:family_la123"
        " | ເພດ=sex:sex_la123 | ວັນເດືອນປີເກີດ=birth_date@%d/%m/%Y"
        " | ສາຍພົວພັນກັບຫົວໜ້າຄອບຄົວ=-:rel_la123 | ຊົນເຜົ່າ=-:ethnic_la123"
        " | ອາຊີບ=-:job_la123 | ບ້ານ=suburb:village_la123 | ເມືອງ=district:muang_la123"
        " | ເບີໂທ=phone:phone_la123 | ວັນທີຍ້າຍເຂົ້າ=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "cnic_pk123",
    "tazkira_af123",
    "nid_bd123",
    "nrc_mm123",
    "id_la123",
)
SEX_HOLDS: tuple[str, ...] = ("sex_pk123", "sex_af123", "sex_la123")
NAME_HOLDS = frozenset(
    {"name_pk123", "name_af123", "family_af123", "name_bd123", "name_mm123"}
    | {"given_la123", "family_la123"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_pk123",
    "phone_af123",
    "phone_bd123",
    "phone_mm123",
    "phone_la123",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_pk123", "home_bd123")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND123",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND123",
]
