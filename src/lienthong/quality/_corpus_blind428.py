"""The four-hundred-and-twenty-eighth part of the outside corpus, **blind 428** (written 01:02
UTC, 2026-12-08, never used for tuning): person files a ward's police, a city's construction
department, a social-housing project's investor, an apartment building's board, a German
property manager, a Spanish regional deposit office, a Thai condominium's juristic person, an
Egyptian rental registry and an American letting agency could hand over. Four Vietnamese files:
a ward police's register of tenants in boarding houses in UTF-16 with tabs (the boarding house,
its owner with the owner's CCCD and phone beside the tenant, the room, the tenant's home town
and permanent address, the workplace, the kind of stay, the date of arrival and the date the
stay runs to); a construction department's list of real-estate brokers' practising certificates
in Excel with headers without diacritics (the certificate number and date, the exam scores, the
firm and its address, the degree, the status); a social-housing project's list of buyers and
lease-purchasers in Windows-1258 with semicolons (the dossier, the spouse's name, birth date and
CCCD, the eligible group, the income, the flat, its area, the mode and the lottery result); and
an apartment building's roll of owners at its owners' conference in UTF-8 with a BOM and tabs
(the flat and block, the ownership certificate, the proxy, the vote, the check-in time).
Five foreign files: a German Mieterliste in Windows-1252 with semicolons and no tax id ("Name,
Vorname" in one column, Whg.-Nr. and Lage, Kaltmiete, Nebenkosten, Kaution, the Vermieter); a
Spanish register of rental deposits (fianzas) in Excel (the NIF or NIE of the tenant with its
check letter, two surnames in one column, the rented flat with its postcode, municipio and
provincia, the landlord's NIF, the rent and the deposit); a Thai condominium juristic office's
residents list romanised in UTF-8 (the unit and floor, owner or tenant, title apart, the 13-digit
ID with its check digit, Buddhist-era birth dates, the house-registration address, the car plate,
the owner of a let unit); an Egyptian rental contract registry in Windows-1256 with Arabic
headers (the contract number, the tenant's national number and four-part name, the rented flat
and its governorate, the landlord and the landlord's national number, the rent and term); and an
American rental application export in UTF-8 (the last four digits of the SSN only, the current
address in columns, the employer and income, the current landlord and their phone).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind428_writers import WRITERS_BLIND428
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND428: tuple[Shape, ...] = (
    _shape(
        "so_quan_ly_nguoi_thue_tro_ca_phuong_vn428",
        "STT=row | Tên cơ sở cho thuê=-:house428 | Chủ cơ sở=-:landlord428"
        " | Số CCCD chủ cơ sở=-:ll_cccd428 | SĐT chủ cơ sở=-:ll_phone428 | Phòng số=-:room428"
        " | Họ và tên người thuê=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD người thuê=cccd | Quê quán=-:hometown428 | Nơi thường trú=address:perm428"
        " | Nghề nghiệp, nơi làm việc=-:work428 | SĐT người thuê=phone"
        " | Hình thức cư trú=-:stay428 | Ngày đến ở=date@%d/%m/%Y"
        " | Tạm trú đến ngày=-:until428 | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "chung_chi_hanh_nghe_moi_gioi_bds_vn428",
        "TT=row | Ho va ten=full_name | Ngay sinh=birth_date@%d/%m/%Y | So CCCD=cccd"
        " | Dia chi thuong tru=address | So chung chi=-:cert428 | Ngay cap=date@%d/%m/%Y"
        " | Diem thi (co so/chuyen mon)=-:score428 | Noi lam viec (san GD/cong ty)=-:firm428"
        " | Dia chi noi lam viec=-:firm_addr428 | Trinh do=-:degree428 | Dien thoai=phone"
        " | Email=email | Tinh trang CC=-:cert_status428",
        file="xlsx",
    ),
    _shape(
        "thue_mua_nha_o_xa_hoi_vo_chong_vn428",
        "TT=row | Mã hồ sơ=-:dossier428 | Họ tên người đứng đơn=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd:cccd_spaced"
        " | Họ tên vợ/chồng=-:spouse428 | Ngày sinh vợ/chồng=-:spouse_birth428"
        " | CCCD vợ/chồng=-:spouse_cccd428 | Nơi đăng ký thường trú=address"
        " | Đối tượng=-:group428 | Thu nhập BQ/tháng (đồng)=-:income428"
        " | Căn hộ đăng ký=-:flat428 | DT sàn (m2)=-:area428 | Hình thức=-:mode428"
        " | SĐT liên hệ=phone | Kết quả bốc thăm=-:lottery428",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "hoi_nghi_chu_so_huu_nha_chung_cu_vn428",
        "STT=row | Căn hộ=-:flat_no428 | Tòa=-:block428 | Họ tên chủ sở hữu=full_name"
        " | Ngày sinh=birth_date@%d.%m.%Y | Số ĐDCN/CCCD=cccd | Số GCN (sổ hồng)=-:gcn428"
        " | DT sở hữu riêng (m²)=-:area428 | Điện thoại=phone | Email=email"
        " | Người được ủy quyền dự họp=-:proxy428 | Biểu quyết=-:vote428"
        " | Giờ check-in=timestamp:checkin428",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "mieterliste_de428",
        "Lfd. Nr.=row | Whg.-Nr.=-:whg428 | Lage=-:lage428 | Name, Vorname=full_name:de_full428"
        " | Geburtsdatum=birth_date@%d.%m.%Y | Straße / Hausnr.=street:de_street428"
        " | PLZ=postcode:de_plz428 | Ort=district:de_ort428 | Telefon=phone:de_phone428"
        " | E-Mail=email:de_mail428 | Mietbeginn=date@%d.%m.%Y | Kaltmiete (€)=-:kalt428"
        " | NK-Vorauszahlung (€)=-:nk428 | Kaution (€)=-:kaution428"
        " | Vermieter=-:vermieter428",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "registro_fianzas_alquiler_es428",
        "Nº=row | Nº expediente=-:exp428 | Fecha depósito=date@%d/%m/%Y"
        " | NIF/NIE arrendatario=national_id:es_nie428 | Apellidos=family_name:es_fam428"
        " | Nombre=given_name:es_given428 | Fecha nacimiento=birth_date@%d/%m/%Y"
        " | Dirección de la vivienda=street:es_street428 | C.P.=postcode:es_cp428"
        " | Municipio=district:es_mun428 | Provincia=state:es_prov428"
        " | Teléfono=phone:es_phone428 | Correo electrónico=email:es_mail428"
        " | NIF arrendador=-:es_landlord428"
        " | Renta mensual=-:renta428 | Importe fianza=-:fianza428 | Estado=-:es_status428",
        english=True,
        file="xlsx",
    ),
    _shape(
        "condo_juristic_residents_th428",
        "No.=row | Unit No.=-:unit428 | Floor=-:floor428 | Owner/Tenant=-:restype428"
        " | Title=-:th_title428 | First Name=given_name:th_given428"
        " | Last Name=family_name:th_family428 | ID Card No.=national_id:th_pid428"
        " | Date of Birth (B.E.)=birth_date:th_birth428 | Mobile=phone:th_phone428"
        " | E-mail=email:th_mail428 | Address (Tabien Baan)=address:th_addr428"
        " | Car Plate=-:plate428"
        " | Sticker=-:sticker428 | Move-in Date=date@%d %b %Y"
        " | Unit Owner (if rented)=-:th_owner428",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "sijil_uqud_iijar_eg428",
        "م=row | رقم العقد=-:eg_contract428 | الرقم القومي للمستأجر=national_id:eg_nid428"
        " | اسم المستأجر رباعي=full_name:eg_full428 | تاريخ الميلاد=birth_date@%d/%m/%Y"
        " | عنوان الوحدة المؤجرة=address:eg_unit428 | المحافظة=state:eg_gov428"
        " | اسم المؤجر=-:eg_landlord428 | الرقم القومي للمؤجر=-:eg_ll_nid428"
        " | القيمة الإيجارية الشهرية=-:eg_rent428 | مدة العقد=-:eg_term428"
        " | تاريخ بدء العقد=date@%Y/%m/%d | رقم المحمول=phone:eg_phone428"
        " | ملاحظات=-:eg_note428",
        english=True,
        encoding="cp1256",
    ),
    _shape(
        "rental_application_export_us428",
        "#=row | Application ID=-:app428 | Submitted At=timestamp:us_submitted428"
        " | Applicant First Name=given_name | Applicant Last Name=family_name"
        " | Date of Birth=birth_date@%m/%d/%Y | SSN (Last 4)=-:ssn4_428"
        " | Current Street Address=street:us_street428 | City=district:us_city428"
        " | State=state:us_state428 | ZIP=postcode:us_zip428 | Cell Phone=phone:us_phone428"
        " | Email=email | Employer=-:us_employer428 | Gross Monthly Income=-:us_income428"
        " | Current Landlord=-:us_ll428 | Landlord Phone=-:us_ll_phone428"
        " | Unit Applied For=-:us_unit428 | Desired Move-In=date@%Y-%m-%d"
        " | Application Status=-:us_status428",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("es_nie428", "th_pid428", "eg_nid428")
SEX_HOLDS: tuple[str, ...] = ()
NAME_HOLDS = frozenset(
    {"de_full428", "es_fam428", "es_given428", "th_given428", "th_family428", "eg_full428"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "de_phone428",
    "es_phone428",
    "th_phone428",
    "eg_phone428",
    "us_phone428",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("perm428", "th_addr428")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND428",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND428",
]
