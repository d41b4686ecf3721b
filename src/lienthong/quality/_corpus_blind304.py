"""The three hundred and fourth part of the outside corpus, **blind 304** (written 10:35 UTC,
2026-12-07, never used for tuning): person files an employment service centre, a provincial
labour department, the same centre's unemployment-insurance desk, a labour-export company, a
Polish county labour office, an Egyptian manpower directorate, a Colombian family compensation
fund, a South African labour centre and a Japanese public employment security office could hand
over. Four Vietnamese files: an employment service centre's book of workers it placed in a job,
in Windows-1258 with semicolons (the registration slip, the skill level, the post, the hiring
firm with its tax code and address, the agreed wage, the start date, the counsellor); a labour
department's list of foreign workers confirmed as exempt from a work permit, in UTF-16 with tabs
(the passport name, nationality and passport number, the exempting clause, the employer and its
tax code, the work site, the letter's number, date and end date, the home in Vietnam); the
centre's log of unemployment-benefit claimants' monthly job-search reports, in UTF-8 with a BOM
and headers without diacritics (the social insurance book, the benefit decision, which month of
how many, the monthly amount, the firms contacted, the result, the time last updated); and a
labour-export company's list of trainee candidates interviewed for Japanese orders, in Excel (the
candidate code, the name in katakana, the home province, height and weight, the Japanese level,
the order, the Japanese host firm and the supervising union, the result, a parent as guarantor
and the family's phone).
Five foreign files: a Polish powiatowy urząd pracy register of the unemployed and job seekers in
Windows-1250 with semicolons (the PESEL with its weighted digit, ul. and the kod pocztowy, the
status and aid profile, the last employer with its NIP and mod-11 digit, the client adviser); an
Egyptian manpower directorate's register of irregular workers for the grant in UTF-8 with Arabic
headers (the 14-digit national number, the four-part name, the trade, the contractor, the street,
markaz and governorate, the Aman certificate, the grant); a Colombian caja de compensación list
of applicants to the Mecanismo de Protección al Cesante in Windows-1252 with semicolons (the
cédula with or without dots, two surnames, municipio and departamento, the last employer and its
NIT with the DIAN digit, the base salary); a South African labour centre's ESSA work-seeker
register in UTF-8 (the ID number with its Luhn digit, suburb or township, city and postal code,
the population group, the previous employer and its UIF reference, the placement officer); and a
Japanese Hello Work list of employment-insurance benefit claimants in Shift_JIS (the claimant and
insured numbers with the mod-7 digit, the My Number, the name in kanji and katakana, the birth
date in the era calendar, 〒 postcode, the last workplace and its office number, the reason for
leaving, the daily amount and the days granted, the certification day).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind304_writers import WRITERS_BLIND304
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND304: tuple[Shape, ...] = (
    _shape(
        "so_theo_doi_nld_gioi_thieu_viec_lam_thanh_cong_trung_tam_dvvl_vn304",
        "STT=row | Mã phiếu ĐK=-:ticket304 | Họ và tên NLĐ=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd"
        " | Nơi ở hiện nay=address | ĐT liên hệ=phone | Trình độ CMKT=-:skill304"
        " | Vị trí tuyển dụng=-:job304 | Tên doanh nghiệp tuyển=-:firm304"
        " | MST DN=-:firm_mst304 | Địa chỉ DN=-:firm_addr304"
        " | Mức lương thỏa thuận (đ/tháng)=-:wage304 | Ngày nhận việc=date@%d/%m/%Y"
        " | Cán bộ tư vấn=-:counsellor304",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nld_nuoc_ngoai_xac_nhan_khong_thuoc_dien_cap_gpld_so_noi_vu_vn304",
        "TT=row | Họ tên (theo hộ chiếu)=full_name:fw_name304 | Quốc tịch=-:fw_nation304"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số hộ chiếu=-:fw_passport304"
        " | Vị trí công việc=-:fw_post304 | Trường hợp không thuộc diện cấp GPLĐ=-:fw_case304"
        " | Tên người sử dụng lao động=-:fw_employer304 | Mã số doanh nghiệp=-:fw_mst304"
        " | Địa điểm làm việc=-:fw_site304 | Số văn bản xác nhận=-:fw_doc304"
        " | Ngày xác nhận=date@%d/%m/%Y | Thời hạn đến=date:fw_until304"
        " | Nơi ở tại Việt Nam=address",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "thong_bao_tim_kiem_viec_lam_hang_thang_nguoi_huong_tctn_trung_tam_dvvl_vn304",
        "STT=row | Ho va ten=full_name | Ngay sinh=birth_date@%d/%m/%Y | So CCCD=cccd"
        " | So so BHXH=bhxh | So QD huong TCTN=-:decision304 | Thang huong thu=-:month_no304"
        " | Tong so thang huong=-:months304 | Muc huong (dong/thang)=-:benefit304"
        " | Ngay thong bao=date@%d/%m/%Y | Hinh thuc TB=-:notify_way304"
        " | Don vi da lien he tim viec (1)=-:sought1_304"
        " | Don vi da lien he tim viec (2)=-:sought2_304 | Ket qua=-:result304"
        " | Dien thoai=phone | Cap nhat luc=timestamp",
        encoding="utf-8-sig",
    ),
    _shape(
        "ung_vien_phong_van_don_hang_thuc_tap_sinh_nhat_cong_ty_xkld_vn304",
        "STT=row | Mã ƯV=-:cand304 | Họ và tên=full_name | Tên phiên âm=-:kana304"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | CCCD=cccd"
        " | Quê quán (tỉnh)=-:home_prov304 | Địa chỉ thường trú=address"
        " | Chiều cao (cm)=-:height304 | Cân nặng (kg)=-:weight304"
        " | Tiếng Nhật=-:jlpt304 | Đơn hàng=-:order304 | Xí nghiệp tiếp nhận=-:jp_host304"
        " | Nghiệp đoàn=-:union304 | Ngày phỏng vấn=date@%d/%m/%Y | Kết quả PV=-:pass304"
        " | Người bảo lãnh=-:guarantor304 | SĐT gia đình=-:family_phone304"
        " | SĐT ứng viên=phone",
        file="xlsx",
    ),
    _shape(
        "rejestr_bezrobotnych_i_poszukujacych_pracy_pup_pl304",
        "Lp.=row | PESEL=national_id:pesel_pl304 | Nazwisko=family_name:pl_family304"
        " | Imię=given_name:pl_given304 | Data urodzenia=birth_date@%d.%m.%Y"
        " | Płeć=sex:sex_pl304 | Ulica, nr domu/lokalu=street:street_pl304"
        " | Kod pocztowy=postcode:pc_pl304 | Miejscowość=district:town_pl304"
        " | Telefon=phone:phone_pl304 | Status=-:status_pl304 | Profil pomocy=-:profil_pl304"
        " | Data rejestracji=date@%d.%m.%Y | Ostatni pracodawca=-:employer_pl304"
        " | NIP pracodawcy=-:nip_pl304 | Doradca klienta=-:adviser_pl304",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
    _shape(
        "qaidat_aleamala_ghayr_almuntazima_mudiriyat_alquwa_aleamila_eg304",
        "م=row | الرقم القومي=national_id:nid_eg304 | الاسم رباعي=full_name:eg_name304"
        " | تاريخ الميلاد=birth_date@%d/%m/%Y | النوع=sex:sex_eg304 | المهنة=-:trade_eg304"
        " | صاحب العمل / المقاول=-:boss_eg304 | العنوان=street:street_eg304"
        " | المركز / المدينة=district:town_eg304 | المحافظة=state:gov_eg304"
        " | رقم المحمول=phone:phone_eg304 | رقم شهادة أمان=-:aman_eg304"
        " | قيمة المنحة (جنيه)=-:grant_eg304 | تاريخ القيد=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "postulantes_mecanismo_proteccion_cesante_caja_compensacion_co304",
        "No.=row | Tipo doc.=-:doctype_co304 | Número de documento=national_id:cc_co304"
        " | Primer apellido=family_name:co_ap1_304 | Segundo apellido=-:co_ap2_304"
        " | Nombres=given_name:co_given304 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_co304 | Dirección de residencia=street:street_co304"
        " | Municipio=district:mun_co304 | Departamento=state:dep_co304"
        " | Celular=phone:cel_co304 | Último empleador=-:emp_co304"
        " | NIT empleador=-:nit_co304 | Fecha de terminación del contrato=date@%d/%m/%Y"
        " | Salario base (IBC)=-:salary_co304 | Estado de la postulación=-:estado_co304",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "essa_work_seeker_register_labour_centre_za304",
        "No.=row | ID Number=national_id:id_za304 | Surname=family_name:za_sur304"
        " | First Names=given_name:za_first304 | Date of Birth=birth_date@%Y/%m/%d"
        " | Gender=sex:sex_za304 | Population Group=-:popgroup304"
        " | Highest Qualification=-:nqf304 | Residential Address=street:street_za304"
        " | Suburb/Township=suburb:sub_za304 | City/Town=district:city_za304"
        " | Postal Code=postcode:pc_za304 | Cell No.=phone:cell_za304"
        " | Disability=-:disab304 | Previous Employer=-:prev_emp304"
        " | Employer UIF Ref No.=-:uif_ref304 | Date Registered=date@%Y/%m/%d"
        " | Placement Officer=-:officer_za304",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "koyou_hoken_kihon_teate_jukyu_shikakusha_ichiran_hello_work_jp304",
        "No.=row | 受給資格者番号=-:jukyu_no304 | 被保険者番号=-:hihoken_no304"
        " | 個人番号=national_id:mynum_jp304 | 氏名=full_name:jp_name304 | フリガナ=-:jp_kana304"
        " | 生年月日=birth_date:wareki_jp304 | 性別=sex:sex_jp304 | 郵便番号=postcode:pc_jp304"
        " | 住所=address:addr_jp304 | 電話番号=phone:phone_jp304"
        " | 離職時の事業所名=-:jp_firm304 | 事業所番号=-:jp_office304"
        " | 離職年月日=date:leave_jp304 | 離職理由=-:reason_jp304"
        " | 基本手当日額=-:daily_jp304 | 所定給付日数=-:days_jp304 | 認定日=-:nintei_jp304",
        english=True,
        encoding="cp932",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "pesel_pl304",
    "nid_eg304",
    "cc_co304",
    "id_za304",
    "mynum_jp304",
)
SEX_HOLDS: tuple[str, ...] = ("sex_pl304", "sex_eg304", "sex_co304", "sex_za304", "sex_jp304")
NAME_HOLDS = frozenset(
    {"fw_name304", "pl_family304", "pl_given304", "eg_name304", "co_ap1_304", "co_given304"}
    | {"za_sur304", "za_first304", "jp_name304"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_pl304",
    "phone_eg304",
    "cel_co304",
    "cell_za304",
    "phone_jp304",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND304",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND304",
]
