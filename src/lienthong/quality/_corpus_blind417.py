"""The four-hundred-and-seventeenth part of the outside corpus, **blind 417** (written 22:24 UTC,
2026-12-07, never used for tuning): person files a provincial culture, sports and tourism
department, a four-star hotel's personnel office, the national tourism administration, a hotel
school's assessment centre, a Cuban travel agency, Saudi Arabia's Ministry of Tourism, a Maputo
hotel, Greece's Ministry of Tourism and the Singapore Tourism Board could hand over about tour
guides, hotels' staff and tourism licences.
Four Vietnamese files: the list of candidates sitting the tour-guiding proficiency test at a
culture, sports and tourism department, in Excel (the candidate number, the degree, the kind of
test, the foreign language, the theory and practice scores, the result, the test date); a
four-star hotel's list of staff in compulsory social insurance, in Windows-1258 with semicolons
(the staff code, the BHXH number, the department and title, the insured wage, the hiring date);
the persons in charge of travel firms applying for an international tour-operating licence, in
UTF-8 with a BOM and headers without diacritics (the dossier number, the firm and its tax code,
the post, the operator's certificate, the deposit, the status); and hotel receptionists and
housekeepers assessed for VTOS certificates, in UTF-16 with tabs (the hotel, the trade and
level, the assessor, the certificate number, the home province, when the row was entered).
Five foreign files: a Cuban travel agency's register of tourist guides in Windows-1252 (the
carné de identidad, the address, municipio and provincia, the languages, the agency, the
licence and its expiry); a Saudi list of tourist guide licences in UTF-8 with Arabic headers
(the citizen's ID with its Luhn digit, the Hijri birth date, the city, the licence kind and
number, the languages, the firm, the dates); a Maputo hotel's staff map in Excel (the BI, the
NUIT and the INSS number, the category and section, the hiring date, the wage in meticais, the
residence by bairro, district and province); a Greek register of licensed tourist guides in
Windows-1253 with semicolons (the AMKA with its Luhn digit, the ΑΦΜ, the father's name, the
licence, the languages, street, postcode and municipality); and a Singapore list of licensed
tourist guides in UTF-8 (the NRIC with its check letter, the HDB address and postal code, the
licence type, the languages, the expiry, when the row changed).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind417_writers import WRITERS_BLIND417
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND417: tuple[Shape, ...] = (
    _shape(
        "thi_sinh_kiem_tra_nghiep_vu_huong_dan_du_lich_so_vhttdl_vn417",
        "STT=row | Số báo danh=-:sbd417 | Họ và tên thí sinh=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd"
        " | Nơi thường trú=address | Trình độ chuyên môn=-:degree417"
        " | Loại kiểm tra=-:test_kind417 | Ngoại ngữ=-:tour_lang417"
        " | Điểm lý thuyết=-:score417 | Điểm thực hành=-:practice417 | Kết quả=-:result417"
        " | Ngày kiểm tra=date@%d/%m/%Y | SĐT=phone | Email=email",
        file="xlsx",
    ),
    _shape(
        "nhan_vien_khach_san_4_sao_tham_gia_bhxh_bat_buoc_phong_nhan_su_vn417",
        "TT=row | Mã NV=-:emp417 | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | GT=sex | Số CCCD=cccd:cccd_spaced | Mã số BHXH=bhxh | Bộ phận=-:dept417"
        " | Chức danh=-:title417 | Mức lương đóng BHXH (đ)=-:wage417"
        " | Ngày vào làm=date:hired417 | Địa chỉ liên hệ=address | ĐT=phone",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nguoi_phu_trach_kinh_doanh_lu_hanh_ho_so_cap_giay_phep_lu_hanh_quoc_te_vn417",
        "STT=row | So ho so=-:dossier417 | Ten doanh nghiep=-:firm417"
        " | Ma so DN=-:firm_mst417 | Ho ten nguoi phu trach=full_name"
        " | Ngay sinh=birth_date@%d/%m/%Y | So CCCD=cccd | Chuc vu=-:role417"
        " | Van bang/Chung chi nghiep vu=-:cert417 | Ky quy (trieu dong)=-:deposit417"
        " | Dia chi thuong tru=address | Dien thoai=phone | Ngay nop ho so=date@%d/%m/%Y"
        " | Tinh trang=-:dossier_status417",
        encoding="utf-8-sig",
    ),
    _shape(
        "nhan_vien_le_tan_buong_phong_danh_gia_cap_chung_chi_vtos_khach_san_vn417",
        "STT=row | Họ tên học viên=full_name | Ngày/tháng/năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số ĐDCN=cccd | Khách sạn công tác=-:hotel417"
        " | Nghề đánh giá=-:vtos417 | Cấp độ=-:vtos_level417 | Người đánh giá=-:assessor417"
        " | Số chứng chỉ=-:vtos_no417 | Ngày cấp=date@%d/%m/%Y | Quê quán=-:hometown417"
        " | Di động=phone | Cập nhật lúc=timestamp:stamp417",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "registro_guias_turismo_agencia_viajes_cu417",
        "No.=row | Carné de identidad=national_id:cu_ci417"
        " | Nombre(s) y apellidos=full_name:cu_name417 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_cu417 | Dirección particular=address:cu_addr417"
        " | Municipio=district:cu_mun417 | Provincia=state:cu_prov417"
        " | Teléfono=phone:phone_cu417 | Idiomas=-:cu_lang417 | Agencia=-:cu_agency417"
        " | No. licencia=-:cu_lic417 | Vencimiento=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "tarakhis_al_murshidin_al_siyahiyin_wizarat_al_siyaha_sa417",
        "م=row | رقم الهوية الوطنية=national_id:sa_id417 | الاسم=full_name:sa_name417"
        " | تاريخ الميلاد (هـ)=birth_date:sa_birth417 | الجنس=sex:sex_sa417"
        " | رقم الجوال=phone:phone_sa417 | البريد الإلكتروني=email | المدينة=district:sa_city417"
        " | رقم الترخيص=-:sa_lic417 | نوع الترخيص=-:sa_kind417 | اللغات=-:sa_lang417"
        " | جهة العمل=-:sa_firm417 | تاريخ الإصدار=date@%d/%m/%Y"
        " | تاريخ الانتهاء=date:sa_exp417",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "mapa_de_pessoal_hotel_maputo_mz417",
        "N.º=row | Nome completo=full_name:mz_name417 | N.º do BI=national_id:mz_bi417"
        " | NUIT=-:mz_nuit417 | N.º INSS=-:mz_inss417 | Data de nascimento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_mz417 | Categoria profissional=-:mz_cat417 | Secção=-:mz_dept417"
        " | Data de admissão=date@%d/%m/%Y | Salário base (MT)=-:mz_wage417"
        " | Residência=address:mz_addr417 | Contacto=phone:phone_mz417",
        english=True,
        file="xlsx",
    ),
    _shape(
        "mitroo_diplomatouchon_xenagon_ypourgeio_tourismou_gr417",
        "Α/Α=row | Επώνυμο=family_name:gr_fam417 | Όνομα=given_name:gr_giv417"
        " | Πατρώνυμο=-:gr_father417 | Ημ/νία γέννησης=birth_date@%d/%m/%Y"
        " | Φύλο=sex:sex_gr417 | ΑΜΚΑ=national_id:gr_amka417 | Α.Φ.Μ.=-:gr_afm417"
        " | Αρ. άδειας ξεναγού=-:gr_lic417 | Γλώσσες=-:gr_lang417"
        " | Οδός/Αριθμός=street:gr_street417 | Τ.Κ.=postcode:gr_tk417"
        " | Δήμος=district:gr_dimos417 | Κινητό=phone:phone_gr417"
        " | Ημ/νία χορήγησης=date@%d/%m/%Y",
        english=True,
        encoding="cp1253",
        delimiter=";",
    ),
    _shape(
        "licensed_tourist_guides_stb_sg417",
        "S/N=row | NRIC/FIN=national_id:sg_nric417 | Name (as in NRIC)=full_name:sg_name417"
        " | Date of Birth=birth_date@%d/%m/%Y | Gender=sex:sex_sg417 | Licence No.=-:sg_lic417"
        " | Licence Type=-:sg_ltype417 | Languages=-:sg_lang417"
        " | Residential Address=address:sg_addr417 | Postal Code=postcode:sg_post417"
        " | Mobile No.=phone:phone_sg417 | Email=email | Licence Expiry=date:sg_expiry417"
        " | Last Updated=timestamp",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "cu_ci417",
    "sa_id417",
    "mz_bi417",
    "gr_amka417",
    "sg_nric417",
)
SEX_HOLDS: tuple[str, ...] = ("sex_cu417", "sex_sa417", "sex_mz417", "sex_gr417", "sex_sg417")
NAME_HOLDS = frozenset(
    {"cu_name417", "sa_name417", "mz_name417", "gr_fam417", "gr_giv417", "sg_name417"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_cu417",
    "phone_sa417",
    "phone_mz417",
    "phone_gr417",
    "phone_sg417",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("cu_addr417", "mz_addr417", "sg_addr417")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND417",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND417",
]
