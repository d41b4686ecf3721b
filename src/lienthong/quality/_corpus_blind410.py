"""The four-hundred-and-tenth part of the outside corpus, **blind 410** (written 21:55 UTC,
2026-12-07, never used for tuning): person files a university's admissions office, a student
affairs office, a teacher-training university, the Ministry of Education's international
cooperation department, Venezuela's OPSU, a Burmese university entrance board, Rwanda's
higher-education loan desk, a Slovenian social work centre and Estonia's Harno could hand over
about students being admitted, funded and lent money.
Four Vietnamese files: a university's list of admitted candidates confirming their enrolment on
the ministry's system, in Excel (the file code, the candidate number, the major and its code, the
admission method, the subject combination, the score, the confirmation date and the deadline, the
status); a student affairs office's register of certificates issued for a student loan from the
social policy bank, in Windows-1258 with semicolons (the certificate number, the student code,
the class and cohort, the parent who borrows, the monthly fee); a teacher-training university's
list of students receiving tuition and living-cost support, in UTF-8 with a BOM and headers
without diacritics (the major, the province that ordered the training, the amounts, the bank
account, the date the commitment was signed); and the list of candidates for government
scholarships abroad, in UTF-16 with tabs (the place of birth, the passport, the country, the
level and field, the language certificate, the workplace, the time the file was submitted).
Five foreign files: an OPSU list of students assigned a university place in Windows-1252 (the
cédula, the RIF with its mod 11 check digit, the institution, the career, the academic index,
estado, municipio and parroquia); a Burmese university entrance list in UTF-8 (the NRC in Burmese
digits, the roll number, the father's name, the marks, the township and region); a Rwandan
higher-education student loan list in Excel (the 16-digit national ID, Kinyarwanda and English
headers, province, district and sector, the institution, the loan category and amounts, the
Ubudehe category); a Slovenian list of state scholarship holders in Windows-1250 with semicolons
(the EMŠO and the davčna številka with their check digits, street, postcode and post office, the
school, the year, the amount, the decision); and an Estonian list of need-based study allowance
applicants in UTF-8 (the isikukood, the address with its county, the postcode, the university,
the curriculum, the family income, the allowance, the decision and when the row changed).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind410_writers import WRITERS_BLIND410
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND410: tuple[Shape, ...] = (
    _shape(
        "thi_sinh_trung_tuyen_xac_nhan_nhap_hoc_truc_tuyen_phong_dao_tao_dai_hoc_vn410",
        "STT=row | Mã hồ sơ=-:hs410 | Số báo danh=-:sbd410 | Họ và tên=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd"
        " | Mã ngành=-:major_code410 | Tên ngành trúng tuyển=-:major410"
        " | Phương thức XT=-:method410 | Tổ hợp=-:combo410 | Điểm XT=-:score410"
        " | Ngày xác nhận NH=date@%d/%m/%Y | Hạn nhập học=date:deadline410"
        " | ĐT liên hệ=phone | Email=email | Địa chỉ nhận giấy báo=address"
        " | Trạng thái=-:status410",
        file="xlsx",
    ),
    _shape(
        "so_cap_giay_xac_nhan_vay_von_hssv_nhcsxh_phong_ctsv_dai_hoc_vn410",
        "TT=row | Số giấy XN=-:xn410 | Họ tên SV=full_name | Ngày sinh=birth_date@%d-%m-%Y"
        " | Mã SV=-:msv410 | Lớp=-:class410 | Khóa học=-:cohort410"
        " | Số CCCD=cccd:cccd_spaced | HK thường trú=address"
        " | Người vay (cha/mẹ)=-:borrower410 | Học phí/tháng (đ)=-:fee410"
        " | Ngày cấp=date@%d-%m-%Y | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "sinh_vien_su_pham_ho_tro_hoc_phi_chi_phi_sinh_hoat_nd116_truong_dhsp_vn410",
        "STT=row | Ma SV=-:msv410 | Ho va ten=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex | So CCCD=cccd | Nganh dao tao=-:ped_major410"
        " | Noi thuong tru=address | Dia phuong dat hang=-:order_prov410"
        " | Ho tro hoc phi (d/thang)=-:fee_support410 | CP sinh hoat (d/thang)=-:living410"
        " | So TK ngan hang=-:account410 | Ngay ky cam ket=date@%d/%m/%Y | SDT=phone",
        encoding="utf-8-sig",
    ),
    _shape(
        "ung_vien_hoc_bong_hiep_dinh_di_hoc_nuoc_ngoai_cuc_hop_tac_quoc_te_bo_gddt_vn410",
        "STT=row | Mã hồ sơ=-:dossier410 | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Nơi sinh=-:birthplace410 | Giới tính=sex | Số ĐDCN=cccd | Số hộ chiếu=-:passport410"
        " | Nước đăng ký=-:country410 | Trình độ=-:level410 | Ngành dự tuyển=-:field410"
        " | Chứng chỉ NN=-:lang410 | Cơ quan công tác/Trường=-:employer410"
        " | Địa chỉ thường trú=address | Điện thoại=phone | Email=email"
        " | Thời điểm nộp=timestamp:stamp410",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "asignados_sistema_nacional_ingreso_universitario_opsu_ve410",
        "N°=row | Cédula=national_id:ve_ci410 | RIF=-:rif410 | Apellidos=family_name:ve_fam410"
        " | Nombres=given_name:ve_giv410 | Fecha de Nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_ve410 | Institución asignada=-:ve_inst410 | Carrera=-:ve_career410"
        " | Índice académico=-:ve_index410 | Estado=state:ve_state410"
        " | Municipio=district:ve_mun410 | Parroquia=suburb:ve_parr410"
        " | Teléfono=phone:phone_ve410 | Correo electrónico=email"
        " | Fecha de asignación=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "takkatho_win_khwint_ya_thu_mya_sarin_mm410",
        "စဉ်=row | ခုံအမှတ်=-:roll410 | အမည်=full_name:mm_name410"
        " | နိုင်ငံသားစိစစ်ရေးကတ်ပြားအမှတ်=national_id:mm_nrc410"
        " | မွေးသက္ကရာဇ်=birth_date@%d-%m-%Y | ကျား/မ=sex:sex_mm410"
        " | အဘအမည်=-:mm_father410 | စုစုပေါင်းအမှတ်=-:mm_marks410"
        " | ဝင်ခွင့်ရသည့်တက္ကသိုလ်=-:mm_uni410 | မြို့နယ်=district:mm_town410"
        " | တိုင်းဒေသကြီး/ပြည်နယ်=state:mm_region410 | ဖုန်းနံပါတ်=phone:phone_mm410"
        " | လျှောက်ထားသည့်နေ့=date@%d-%m-%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "higher_education_student_loan_beneficiaries_hec_rw410",
        "No=row | Indangamuntu / National ID=national_id:rw_nid410"
        " | Izina ry'umuryango / Surname=family_name:rw_fam410"
        " | Izina / First Name=given_name:rw_giv410 | Itariki y'amavuko / DOB=birth_date@%d/%m/%Y"
        " | Igitsina / Sex=sex:sex_rw410 | Telefone=phone:phone_rw410 | Email=email"
        " | Intara / Province=state:rw_prov410 | Akarere / District=district:rw_dist410"
        " | Umurenge / Sector=suburb:rw_sect410 | Institution=-:rw_inst410"
        " | Programme=-:rw_prog410 | Loan Category=-:rw_cat410"
        " | Tuition Loan (RWF)=-:rw_tuition410 | Monthly Allowance (RWF)=-:rw_allow410"
        " | Ubudehe=-:rw_ubudehe410 | Contract Signed=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "prejemniki_drzavne_stipendije_csd_si410",
        "Zap. št.=row | EMŠO=national_id:si_emso410 | Davčna številka=-:si_tax410"
        " | Priimek=family_name:si_fam410 | Ime=given_name:si_giv410"
        " | Datum rojstva=birth_date@%d. %m. %Y | Spol=sex:sex_si410"
        " | Naslov=street:si_street410 | Poštna št.=postcode:si_post410"
        " | Pošta=district:si_town410 | Telefon=phone:phone_si410"
        " | Izobraževalni zavod=-:si_school410 | Letnik=-:si_year410"
        " | Znesek (EUR)=-:si_amount410 | Št. odločbe=-:si_decision410"
        " | Datum odločbe=date@%d. %m. %Y",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
    _shape(
        "vajaduspohise_oppetoetuse_taotlejad_harno_ee410",
        "Jrk=row | Isikukood=national_id:ee_ik410 | Eesnimi=given_name:ee_giv410"
        " | Perekonnanimi=family_name:ee_fam410 | Sünniaeg=birth_date@%d.%m.%Y"
        " | Sugu=sex:sex_ee410 | Elukoha aadress=address:ee_addr410"
        " | Postiindeks=postcode:ee_post410 | Telefon=phone:phone_ee410 | E-post=email"
        " | Õppeasutus=-:ee_school410 | Õppekava=-:ee_curr410"
        " | Pere sissetulek liikme kohta (€)=-:ee_income410 | Toetus kuus (€)=-:ee_amount410"
        " | Otsuse kuupäev=date@%d.%m.%Y | Viimati muudetud=timestamp",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("ve_ci410", "mm_nrc410", "rw_nid410", "si_emso410", "ee_ik410")
SEX_HOLDS: tuple[str, ...] = ("sex_ve410", "sex_mm410", "sex_rw410", "sex_si410", "sex_ee410")
NAME_HOLDS = frozenset(
    {"ve_fam410", "ve_giv410", "mm_name410", "rw_fam410", "rw_giv410"}
    | {"si_fam410", "si_giv410", "ee_giv410", "ee_fam410"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ve410",
    "phone_mm410",
    "phone_rw410",
    "phone_si410",
    "phone_ee410",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ee_addr410",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND410",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND410",
]
