"""The three-hundred-and-eighty-first part of the outside corpus, **blind 381** (written 18:42
UTC, 2026-12-07, never used for tuning): person files a provincial transport department, a
hospital's Red Cross chapter, a ward police station, a taxi company, Kenya's NTSA, Mexico City's
SEMOVI, a Polish city hall's taxi licensing desk, an Egyptian governorate's white-taxi
replacement office and Delhi's transport department could hand over. Four Vietnamese files: the
taxi and contract-car drivers a transport department certified after a course in transport
operations and traffic safety, in Excel (the licence class and number, the carrier, the kind of
service, the course, the result, the certificate number and day); the volunteer motorbike-taxi
drivers who carry poor patients free from a provincial hospital, in Windows-1258 with semicolons
and headers without diacritics (the spaced CCCD, the plate, the stand, the free rides a month,
the team leader and his phone, the day joined); the taxi and motorbike-taxi drivers a ward police
station proposes to commend for returning what passengers left behind, in UTF-16 with tabs
(``yyyy-mm-dd`` dates, the firm, the plate, the belongings and their value, the passenger and
the passenger's phone, the award); and a taxi company's list of drivers whose camera-detected
fines it deducts, in UTF-8 with a BOM and semicolons (the staff code, the email, the car number,
the plate, the offence, its day, hour and place, the fine, the status, the time last updated).
Five foreign files: a Kenyan NTSA list of PSV badge holders (boda boda, tuk-tuk and taxi drivers)
with Swahili and English headers in Excel (the ID card number with no check digit, the KRA PIN, the
estate and sub-county, the county apart, ``+254 7xx`` phones, the licence, the badge, the plate, the
SACCO, the status); a Mexico City register of taxi and app drivers' cards (tarjetón) in UTF-8 with a
BOM (the CURP with its check digit, both surnames and the names apart, the state of birth, street,
colonia, alcaldía and C.P. apart, the email, the licence type, the plates, the platform); a Polish
city's taxi licences in Windows-1250 with semicolons (surname and first name apart, the PESEL with
its check digit, ``ul.`` street, ``00-000`` postcode and town apart, the licence, the extract, the
plate, the side number, the issuing authority); an Egyptian list of drivers handing in old taxis for
new ones under the replacement programme, in UTF-8 with Arabic headers (the four-part name, the
14-digit national number with its check digit, the governorate apart, ``010`` phones, the
professional licence and its grade, the Arabic plate, the old car, the bank); and Delhi
auto-rickshaw, e-rickshaw and cab drivers' PSV badges with Hindi and English headers in Excel (the
father's or husband's name, the masked Aadhaar, the PIN code, the DL number, the badge, the vehicle,
its kind, the permit, its validity).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind381_writers import WRITERS_BLIND381
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND381: tuple[Shape, ...] = (
    _shape(
        "cap_giay_chung_nhan_tap_huan_nghiep_vu_lai_xe_taxi_vn381",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Nơi cư trú=address | Số điện thoại=phone | Hạng GPLX=-:lic_class381"
        " | Số GPLX=-:lic381 | Đơn vị kinh doanh vận tải=-:carrier381"
        " | Loại hình kinh doanh=-:mode381 | Khóa tập huấn=-:course381 | Kết quả=-:result381"
        " | Số Giấy chứng nhận=-:cert381 | Ngày cấp GCN=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "doi_xe_om_nghia_tinh_benh_vien_vn381",
        "TT=row | HO VA TEN=full_name | NGAY SINH=birth_date@%d/%m/%Y"
        " | SO CCCD=cccd:cccd_spaced | DIA CHI=address | DIEN THOAI=phone"
        " | BIEN SO XE=-:moto_plate381 | DIEM DON KHACH=-:stand381"
        " | SO CHUYEN MIEN PHI/THANG=-:rides381 | DOI TRUONG=-:leader381"
        " | DT DOI TRUONG=-:leader_phone381 | NGAY THAM GIA=date@%d/%m/%Y | GHI CHU=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "de_nghi_khen_thuong_lai_xe_tra_lai_tai_san_vn381",
        "STT=row | Họ tên lái xe=full_name | Ngày sinh=birth_date@%Y-%m-%d | Giới tính=sex"
        " | Số định danh cá nhân=cccd | Nơi thường trú=address | SĐT=phone"
        " | Hãng xe / ứng dụng=-:firm381 | Biển kiểm soát=-:plate381"
        " | Tài sản trả lại=-:property381 | Giá trị ước tính (đồng)=-:value381"
        " | Hành khách bị mất=-:passenger381 | SĐT hành khách=-:passenger_phone381"
        " | Ngày trả lại=date@%Y-%m-%d | Hình thức khen thưởng=-:award381",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "tai_xe_vi_pham_phat_nguoi_hang_taxi_vn381",
        "TT=row | Mã NV=-:staff381 | Họ tên tài xế=full_name | Ngày sinh=birth_date@%d-%m-%Y"
        " | CCCD=cccd | SĐT=phone | Email=email | Địa chỉ thường trú=address"
        " | Số tài=-:carno381 | BKS=-:plate381 | Lỗi vi phạm=-:offence381"
        " | Ngày VP=date@%d/%m/%Y | Giờ VP=-:hour381 | Địa điểm VP=-:spot381"
        " | Mức phạt (đ)=-:fine381 | Trạng thái=-:status381"
        " | Cập nhật lúc=timestamp@%d/%m/%Y %H:%M",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "ntsa_psv_badge_holders_ke381",
        "Na. / No.=row | Jina Kamili / Full Name=full_name:ke_name381"
        " | Nambari ya Kitambulisho / ID No.=national_id:ke_id381 | KRA PIN=-:ke_kra381"
        " | Tarehe ya Kuzaliwa / Date of Birth=birth_date@%d/%m/%Y"
        " | Jinsia / Sex=sex:ke_sex381 | Nambari ya Simu / Mobile No.=phone:ke_phone381"
        " | Makazi / Residence=address:ke_res381 | Kaunti / County=state:ke_county381"
        " | Leseni ya Udereva / DL No.=-:ke_dl381 | Beji ya PSV / PSV Badge No.=-:ke_badge381"
        " | Daraja / Class=-:ke_class381 | Nambari ya Usajili / Reg. No.=-:ke_plate381"
        " | SACCO / Chama=-:ke_sacco381 | Tarehe ya Kutolewa / Date Issued=date@%d/%m/%Y"
        " | Hali / Status=-:ke_status381",
        english=True,
        file="xlsx",
    ),
    _shape(
        "padron_tarjeton_conductores_semovi_mx381",
        "No.=row | CURP=national_id:curp381 | Apellido Paterno=family_name:mx_pat381"
        " | Apellido Materno=family_name:mx_mat381 | Nombre(s)=given_name:mx_given381"
        " | Fecha de Nacimiento=birth_date@%d/%m/%Y | Sexo=sex:mx_sex381"
        " | Entidad de Nacimiento=-:mx_born381"
        " | Calle y Número=street:mx_street381 | Colonia=suburb:mx_col381"
        " | Alcaldía / Municipio=district:mx_mun381 | C.P.=postcode:mx_cp381"
        " | Teléfono Celular=phone:mx_phone381 | Correo Electrónico=email"
        " | Tipo de Licencia=-:mx_lic381 | Núm. de Tarjetón=-:mx_tarjeton381"
        " | Placas=-:mx_plate381 | Plataforma=-:mx_platform381 | Vigencia=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "licencje_taxi_urzad_miasta_pl381",
        "Lp.=row | Nazwisko=family_name:pl_family381 | Imię=given_name:pl_given381"
        " | PESEL=national_id:pesel381 | Data urodzenia=birth_date@%d.%m.%Y"
        " | Ulica i nr domu=street:pl_street381 | Kod pocztowy=postcode:pl_post381"
        " | Miejscowość=district:pl_town381 | Telefon=phone:pl_phone381"
        " | Nr licencji=-:pl_licence381 | Nr wypisu=-:pl_extract381"
        " | Nr rej. pojazdu=-:pl_plate381 | Nr boczny=-:pl_side381"
        " | Data wydania=date@%d.%m.%Y | Organ wydający=-:pl_organ381",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
    _shape(
        "ihlal_taxi_abyad_eg381",
        "م=row | الاسم رباعي=full_name:eg_name381 | الرقم القومي=national_id:eg_nid381"
        " | تاريخ الميلاد=birth_date@%Y/%m/%d | النوع=sex:eg_sex381"
        " | العنوان=address:eg_addr381 | المحافظة=state:eg_gov381"
        " | رقم المحمول=phone:eg_phone381 | رقم رخصة القيادة=-:eg_lic381"
        " | درجة الرخصة=-:eg_grade381 | رقم اللوحة=-:eg_plate381"
        " | السيارة القديمة=-:eg_oldcar381 | البنك الممول=-:eg_bank381"
        " | تاريخ التسليم=date@%Y/%m/%d",
        english=True,
    ),
    _shape(
        "psv_badge_auto_erickshaw_delhi_in381",
        "क्रमांक / S.No.=row | चालक का नाम / Driver Name=full_name:in_name381"
        " | पिता/पति का नाम / Father's/Husband's Name=-:in_father381"
        " | जन्म तिथि / DOB=birth_date@%d-%m-%Y | लिंग / Gender=sex:in_sex381"
        " | आधार (मास्क) / Aadhaar (Masked)=national_id:in_aadhaar381"
        " | मोबाइल नं. / Mobile No.=phone:in_phone381 | पता / Address=address:in_addr381"
        " | पिन कोड / PIN Code=postcode:in_pin381 | डीएल नं. / DL No.=-:in_dl381"
        " | बैज नं. / Badge No.=-:in_badge381 | वाहन सं. / Vehicle No.=-:in_plate381"
        " | वाहन प्रकार / Vehicle Type=-:in_kind381 | परमिट सं. / Permit No.=-:in_permit381"
        " | वैधता / Valid Upto=date:in_valid381",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "ke_id381",
    "curp381",
    "pesel381",
    "eg_nid381",
    "in_aadhaar381",
)
SEX_HOLDS: tuple[str, ...] = ("ke_sex381", "mx_sex381", "eg_sex381", "in_sex381")
NAME_HOLDS = frozenset(
    {"ke_name381", "mx_pat381", "mx_mat381", "mx_given381", "pl_family381", "pl_given381"}
    | {"eg_name381", "in_name381"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "ke_phone381",
    "mx_phone381",
    "pl_phone381",
    "eg_phone381",
    "in_phone381",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ke_res381", "eg_addr381", "in_addr381")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND381",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND381",
]
