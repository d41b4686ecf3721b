"""The two-hundred-and-twenty-seventh part of the outside corpus, **blind 227** (written 05:50
UTC, 2026-12-07, never used for tuning): person files a district culture house's đờn ca tài tử
club, a ward's scrap collectors' cooperative, a coastal commune's volunteer beach rescue team, a
commune health station's epilepsy programme, a Greek municipal swimming pool, the Cyprus
fisheries department, an Albanian students' dormitory board, a Maltese local council and the
Gibraltar sports authority could hand over. Four Vietnamese files: the members of a đờn ca tài
tử club, in UTF-16 with tabs (the instrument, the title, the club, the years played, the
classic pieces they know); the scrap collectors of a waste-sorting cooperative, in Windows-1258
with semicolons (what they collect, their cart, the kilograms a month, the member number, a
relative and the relative's phone); the volunteers of a beach rescue team, in Excel (the role,
the certificate, the beach, the swim test, the shifts, the day they joined); and the people
screened for epilepsy, in UTF-8 with a BOM (the kind of seizures, the drug, the carer, the
health station, the next visit). Five foreign files: the members of a Greek municipal swimming
pool, in UTF-8 with Greek headers (the father's name, the AMKA, the street, postcode and town,
the package, the fee, the medical certificate's date); the amateur fishing licences of Cyprus,
in UTF-8 with semicolons and Greek headers beside Turkish (the identity card number, the
address, the gear, the licence, the boat); the applicants for an Albanian students' dormitory,
in Windows-1250 with semicolons (the NID, the father's name, the home, the university, the
dormitory, the family income, the decision); the bulky refuse collections a Maltese local
council booked, in Excel with Maltese headers beside English (the identity card number, the
street, locality and postcode, the items, the reference, the day of collection); and the
enrolments in courses at Gibraltar's swimming pool, in UTF-8 with English and Spanish headers
(the identity card, the street and area, the course, the emergency contact, the fee).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind227_writers import WRITERS_BLIND227
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND227: tuple[Shape, ...] = (
    _shape(
        "hoi_vien_clb_don_ca_tai_tu_nha_van_hoa_huyen_vn227",
        "TT=row | Họ tên hội viên=full_name | Năm sinh (ngày/tháng/năm)=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Chỗ ở hiện nay=address | Điện thoại=phone"
        " | Nhạc cụ / Ca=-:instr227 | Danh hiệu=-:title227 | Sinh hoạt tại=-:club227"
        " | Thâm niên=-:years227 | Số bài tổ thuộc=-:songs227"
        " | Ngày vào CLB=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "thanh_vien_htx_thu_gom_phan_loai_ve_chai_phe_lieu_phuong_vn227",
        "STT=row | Ho va ten=full_name | Ngay sinh=birth_date@%d/%m/%Y | Gioi tinh=sex"
        " | CCCD=cccd:cccd_spaced | Noi o=address | SDT=phone:phone_dotted"
        " | Loai thu gom chinh=-:scrap227 | Phuong tien=-:vehicle227"
        " | San luong (kg/thang)=-:kg227 | Ma thanh vien=-:member227"
        " | Nguoi than=-:kin227 | SDT nguoi than=-:kin_phone227"
        " | Ngay vao HTX=date@%d/%m/%Y | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "doi_cuu_ho_bai_bien_tinh_nguyen_xa_ven_bien_vn227",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số ĐDCN=cccd"
        " | Thường trú=address | SĐT=phone:phone_spaced | Vị trí trong đội=-:role227"
        " | Chứng chỉ=-:cert227 | Khu vực trực=-:beach227 | Bơi kiểm tra=-:swim227"
        " | Số ca trực/tháng=-:shifts227 | Ngày tham gia=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "sang_loc_quan_ly_dong_kinh_tai_cong_dong_tram_y_te_xa_vn227",
        "TT=row | Họ tên người bệnh=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới=sex"
        " | CCCD=cccd | Mã thẻ BHYT=-:bhyt | Địa chỉ=address | SĐT=phone"
        " | Thể cơn=-:seiz227 | Thuốc đang dùng=-:drug227 | Người chăm sóc=-:carer227"
        " | Nơi quản lý=-:station227 | Ngày sàng lọc=date@%d/%m/%Y"
        " | Hẹn tái khám=date:next227",
        encoding="utf-8-sig",
    ),
    _shape(
        "mitroo_meli_dimotikou_kolymvitiriou_gr227",
        "Α/Α=row | Επώνυμο=family_name:gr_family227 | Όνομα=given_name:gr_given227"
        " | Πατρώνυμο=-:gr_father227 | Ημ/νία γέννησης=birth_date@%d/%m/%Y"
        " | Φύλο=sex:gr_sex227 | ΑΜΚΑ=national_id:gr_amka227"
        " | Οδός/Αριθμός=street:gr_street227 | Τ.Κ.=postcode:gr_tk227"
        " | Πόλη=district:gr_town227 | Κινητό=phone:gr_phone227 | e-mail=email"
        " | Πακέτο=-:gr_pack227 | Ποσό=-:gr_fee227"
        " | Ιατρική βεβαίωση έως=date:gr_med227 | Ημ/νία εγγραφής=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "adeies_erasitechnikis_alieias_amator_balikcilik_izni_cy227",
        "Α/Α / Sıra=row | Επίθετο / Soyadı=family_name:cy_family227"
        " | Όνομα / Adı=given_name:cy_given227"
        " | Ημ. Γέννησης / Doğum Tarihi=birth_date@%d/%m/%Y"
        " | Αρ. Δελτίου Ταυτότητας / Kimlik Kartı No=national_id:cy_id227"
        " | Διεύθυνση / Adres=address:cy_addr227 | Τηλέφωνο / Telefon=phone:cy_phone227"
        " | Εργαλείο / Araç=-:cy_gear227 | Αρ. Άδειας / İzin No=-:cy_licence227"
        " | Σκάφος / Tekne=-:cy_boat227 | Ημ. Έκδοσης / Veriliş Tarihi=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "aplikimet_per_konvikt_studentet_drejtoria_e_konvikteve_al227",
        "Nr.=row | Mbiemri=family_name:al_family227 | Emri=given_name:al_given227"
        " | Atësia=-:al_father227 | Datëlindja=birth_date@%d.%m.%Y | Gjinia=sex:al_sex227"
        " | Nr. ID (NID)=national_id:al_nid227 | Vendbanimi=address:al_home227"
        " | Cel.=phone:al_phone227 | Universiteti=-:al_uni227 | Konvikti=-:al_dorm227"
        " | Të ardhurat e familjes=-:al_income227 | Vendimi=-:al_status227"
        " | Data e aplikimit=date@%d.%m.%Y",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
    _shape(
        "gbir_ta_skart_goff_bulky_refuse_bookings_kunsill_lokali_mt227",
        "Nru. / No.=row | Kunjom / Surname=family_name:mt_family227"
        " | Isem / Name=given_name:mt_given227 | Data tat-twelid / Date of birth=birth_date"
        " | Nru. tal-Karta tal-Identità / ID Card No.=national_id:mt_id227"
        " | Indirizz / Address=street:mt_street227 | Lokalità / Locality=district:mt_town227"
        " | Kodiċi postali / Post code=postcode:mt_post227"
        " | Telefon / Mobile=phone:mt_phone227 | Oġġetti / Items=-:mt_items227"
        " | Referenza / Ref.=-:mt_ref227 | Data tal-ġbir / Collection date=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "swimming_pool_course_enrolments_inscripciones_piscina_gsla_gi227",
        "No.=row | Surname / Apellido=family_name:gi_family227"
        " | First name / Nombre=given_name:gi_given227"
        " | D.O.B. / Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | ID Card No. / DNI=national_id:gi_id227"
        " | Address / Dirección=street:gi_street227 | Area / Zona=suburb:gi_area227"
        " | Tel. / Teléfono=phone:gi_phone227 | Email / Correo=email"
        " | Course / Curso=-:gi_course227 | Emergency contact / Contacto=-:gi_emerg227"
        " | Fee / Cuota=-:gi_fee227 | Start date / Fecha de inicio=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "gr_amka227",
    "cy_id227",
    "al_nid227",
    "mt_id227",
    "gi_id227",
)
SEX_HOLDS: tuple[str, ...] = ("gr_sex227", "al_sex227")
NAME_HOLDS = frozenset(
    {
        "gr_family227",
        "gr_given227",
        "cy_family227",
        "cy_given227",
        "al_family227",
        "al_given227",
        "mt_family227",
        "mt_given227",
        "gi_family227",
        "gi_given227",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "gr_phone227",
    "cy_phone227",
    "al_phone227",
    "mt_phone227",
    "gi_phone227",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("cy_addr227", "al_home227")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND227",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND227",
]
