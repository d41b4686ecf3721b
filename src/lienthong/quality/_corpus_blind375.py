"""The three-hundred-and-seventy-fifth part of the outside corpus, **blind 375** (written 16:12
UTC, 2026-12-07, never used for tuning): person files a district transaction office of the
social policy bank, a province's education department, a university's student affairs office, the
bank's loan system, Nepal's scholarship board, Tunisia's university welfare office, a Latvian
bank, the Dominican scholarship ministry and Papua New Guinea's higher-education department could
hand over, all about scholarships and student loans.
Four Vietnamese files: the social policy bank's list of households borrowing for a pupil or
student in Windows-1258 with semicolons and headers without diacritics (the parent who borrows
and his CCCD, the customer code, the savings-and-loan group, the student, the school and course,
the loan contract, the sum lent, the rate, the day disbursed and the last day due, the debt left,
the status, the officer); a province's list of "overcoming hardship" scholarship winners in
Excel (the pupil and his CCCD, the class and school, the old district, the hardship, the mean
mark with a decimal comma, the rank, the award, the parent and his phone, the decision); a
university's list of ethnic-minority students paid a study allowance in UTF-16 with tabs (the
student code, the ethnic group, the class and faculty, the permanent address, the poor-household
status, the account and bank, the months, the monthly rate and total, the signature); and a loan
system's repayment schedule export in UTF-8 with a BOM and tabs (the customer, the contract, the
instalment, the day due, principal and interest, the status, the time the row was updated).
Five foreign files: a Nepali scholarship list in Devanagari (the citizenship certificate number
and its district, the father, the home, ``98`` mobiles, the campus and level, the quota, the sum
in rupees); a Tunisian student grant and loan list with Arabic/French headers (the CIN, the place
of birth, the street, delegation, governorate and postcode apart, the tutor and his income, the
file number); a Latvian state-guaranteed study loan register (the personas kods, the declared
address, ``+371`` phones, the university, the contract, the guarantee, the sum in euros with a
decimal comma); a Dominican scholarship list in Windows-1252 with semicolons (the cédula with
its Luhn digit, the given names and both family names, the street, sector, municipality and
province, the university, the career and index); and a Papua New Guinea TESAS/HELP award list in
Excel (the NID, the village, district and province, the institution, the sponsor and his phone,
the sum in kina).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind375_writers import WRITERS_BLIND375
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND375: tuple[Shape, ...] = (
    _shape(
        "nhcsxh_danh_sach_ho_vay_hssv_phong_giao_dich_huyen_vn375",
        "STT=row | Ma KH=-:kh375 | Ho ten nguoi vay=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | So CCCD=cccd | Dia chi=address:addr375 | To TK&VV=-:to375"
        " | Ho ten HSSV=-:student375 | Truong=-:uni375 | Khoa hoc=-:khoa_hoc375"
        " | Doi tuong=-:doi_tuong375 | So khe uoc=-:khe_uoc375 | So tien vay (d)=-:vay375"
        " | Lai suat=-:lai375 | Ngay giai ngan=date@%d/%m/%Y | Han tra cuoi=date:han375"
        " | Du no (d)=-:du_no375 | Tinh trang=-:loan_state375 | SDT=phone"
        " | Can bo TD=-:officer375",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_gddt_danh_sach_hoc_bong_vuot_kho_hoc_tot_vn375",
        "TT=row | Họ và tên học sinh=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Lớp=-:lop375 | Trường=-:school375"
        " | Huyện/TX (cũ)=district:district375 | Hoàn cảnh gia đình=-:hoan_canh375"
        " | ĐTB cả năm=-:dtb375 | Xếp loại HL=-:xep_loai375"
        " | Mức HB (đồng)=-:hb_amount375 | Họ tên cha/mẹ=-:parent375"
        " | SĐT phụ huynh=-:parent_phone375 | Số QĐ=-:qd375 | Ngày QĐ=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "dh_danh_sach_sv_dan_toc_thieu_so_ho_tro_chi_phi_hoc_tap_vn375",
        "TT=row | Mã SV=-:msv375 | Họ và tên=full_name | Ngày tháng năm sinh=birth_date@%d/%m/%Y"
        " | Nữ=sex:nu375 | Dân tộc=-:dan_toc375 | Lớp=-:lop_sv375 | Khoa=-:khoa375"
        " | Hộ khẩu thường trú=address:addr375 | Tỉnh=province:province375"
        " | Hộ nghèo/cận nghèo=-:ho_ngheo375 | Số CCCD=cccd:cccd_spaced"
        " | Số điện thoại=phone:phone_dotted | Số tài khoản=-:stk375 | Ngân hàng=-:bank375"
        " | Số tháng=-:so_thang375 | Mức hỗ trợ/tháng=-:muc375 | Thành tiền=-:thanh_tien375"
        " | Ký nhận=-:ky_nhan375",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nhcsxh_lich_tra_no_hop_dong_vay_hssv_export_vn375",
        "STT=row | MA_KH=-:kh375 | TEN_KH=full_name | NGAY_SINH=birth_date@%Y-%m-%d | SO_GTTT=cccd"
        " | SO_KU=-:khe_uoc375 | KY_TRA=-:ky375 | NGAY_DEN_HAN=date@%Y-%m-%d"
        " | GOC_PHAI_TRA=-:goc375 | LAI_PHAI_TRA=-:lai_ky375 | TRANG_THAI=-:repay_state375"
        " | XA=ward:ward375 | TO_VAY=-:to375 | DT_LIEN_HE=phone | NGAY_CAP_NHAT=timestamp",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "nepal_scholarship_board_chhatrabritti_recipients_list_np375",
        "क्र.सं.=row | सिम्बोल नं.=-:np_sym375 | विद्यार्थीको नाम थर=full_name:np_name375"
        " | लिङ्ग=sex:np_sex375 | जन्म मिति (ई.सं.)=birth_date@%Y-%m-%d"
        " | नागरिकता प्रमाणपत्र नं.=national_id:np_cit375 | जारी जिल्ला=-:np_issue375"
        " | बाबुको नाम=-:np_father375 | स्थायी ठेगाना=address:np_addr375"
        " | मोबाइल नं.=phone:np_phone375 | इमेल=email | क्याम्पस=-:np_campus375"
        " | तह=-:np_level375 | कोटा=-:np_kind375 | छात्रवृत्ति रकम=-:np_amount375"
        " | स्वीकृत मिति=date@%Y-%m-%d",
        encoding="utf-8",
    ),
    _shape(
        "tunisie_oouc_bourses_prets_universitaires_liste_tn375",
        "ع/ر N°=row | رقم الملف / N° dossier=-:tn_dossier375"
        " | الاسم واللقب / Nom et prénom=full_name:tn_name375"
        " | الجنس / Sexe=sex:tn_sex375 | تاريخ الولادة / Date de naissance=birth_date@%d/%m/%Y"
        " | مكان الولادة / Lieu de naissance=-:tn_birthplace375"
        " | رقم ب.ت.و / N° CIN=national_id:tn_cin375 | العنوان / Adresse=street:tn_street375"
        " | المعتمدية / Délégation=district:tn_town375 | الولاية / Gouvernorat=state:tn_gov375"
        " | الترقيم البريدي / Code postal=postcode:tn_cp375 | الهاتف / Tél=phone:tn_phone375"
        " | المؤسسة / Établissement=-:tn_uni375 | المستوى / Niveau=-:tn_level375"
        " | الصنف / Nature=-:tn_kind375 | المبلغ (د.ت) / Montant=-:tn_amount375"
        " | اسم الولي / Tuteur=-:tn_tutor375 | دخل الولي / Revenu=-:tn_income375"
        " | تاريخ القرار / Date décision=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "latvija_studiju_kredits_valsts_galvojums_registrs_lv375",
        "Nr. p.k.=row | Vārds=given_name:lv_given375 | Uzvārds=family_name:lv_family375"
        " | Personas kods=national_id:lv_pk375 | Dzimšanas datums=birth_date@%d.%m.%Y"
        " | Deklarētā adrese=address:lv_addr375 | Tālrunis=phone:lv_phone375 | E-pasts=email"
        " | Augstskola=-:lv_uni375 | Studiju programma=-:lv_prog375 | Kredīta veids=-:lv_kind375"
        " | Līguma Nr.=-:lv_contract375 | Līguma datums=date@%d.%m.%Y"
        " | Nodrošinājums=-:lv_guarantor375 | Summa, EUR=-:lv_sum375 | Statuss=-:lv_state375",
        encoding="utf-8",
    ),
    _shape(
        "republica_dominicana_mescyt_becas_nacionales_adjudicados_do375",
        "No.=row | Cédula=national_id:do_cedula375 | Nombres=given_name:do_given375"
        " | Apellidos=family_name:do_family375 | Sexo=sex:do_sex375"
        " | Fecha de Nacimiento=birth_date@%d/%m/%Y | Dirección=street:do_street375"
        " | Sector=suburb:do_sector375 | Municipio=district:do_muni375"
        " | Provincia=state:do_prov375 | Teléfono=phone:do_phone375 | Correo=email"
        " | Universidad=-:do_uni375 | Carrera=-:do_career375 | Índice=-:do_index375"
        " | Tipo de beca=-:do_beca375 | Estatus=-:do_state375"
        " | Fecha adjudicación=date@%d/%m/%Y",
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "png_dhert_tesas_help_award_list_pg375",
        "No.=row | Student ID=-:pg_sid375 | Surname=family_name:pg_family375"
        " | Given Names=given_name:pg_given375 | Gender=sex:sex_en"
        " | Date of Birth=birth_date@%d/%m/%Y | NID No.=national_id:pg_nid375"
        " | Village=suburb:pg_village375 | District=district:pg_district375"
        " | Province=state:pg_province375 | Mobile=phone:pg_phone375 | Email=email"
        " | Institution=-:pg_inst375 | Programme=-:pg_prog375 | Year=-:pg_year375"
        " | Scheme=-:pg_scheme375 | Sponsor=-:pg_sponsor375"
        " | Sponsor Mobile=-:pg_sponsor_phone375 | Award (PGK)=-:pg_amount375"
        " | Date Offered=date@%d/%m/%Y",
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "np_cit375",
    "tn_cin375",
    "lv_pk375",
    "do_cedula375",
    "pg_nid375",
)
SEX_HOLDS: tuple[str, ...] = ("np_sex375", "tn_sex375", "do_sex375")
NAME_HOLDS = frozenset(
    {
        "np_name375",
        "tn_name375",
        "lv_given375",
        "lv_family375",
        "do_given375",
        "do_family375",
        "pg_given375",
        "pg_family375",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "np_phone375",
    "tn_phone375",
    "lv_phone375",
    "do_phone375",
    "pg_phone375",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr375", "np_addr375", "lv_addr375")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND375",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND375",
]
