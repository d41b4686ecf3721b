"""The forty-fourth part of the outside corpus, **blind 44** (written 09:05 UTC, 2026-12-06, never
used for tuning): person files a hospital's booking app, a ward's greening programme, a province's
reservoir board, a commune police post, an Argentine health insurer, an Indonesian village office,
a Thai district office, a Romanian town hall and a Moroccan commune could hand over. Four
Vietnamese files: an export of a hospital's appointment app in UTF-8 with snake_case headers that
mix English and unaccented Vietnamese (benh_nhan_name, ngay_hen, doctor; the booking code, the
slot, the department, the status, created_at); a ward's list of people granted a rooftop-garden
(greening) subsidy, in Excel (the roof's area, the plants, the amount, the bank account, the
officer who assessed it); a provincial list of people holding hunting or fishing permits on a
reservoir, in Windows-1258 with semicolons (the permit's number and kind, the gear, the reservoir,
the expiry, the commune, who signed); and a commune's register of foreigners staying overnight
with a family, in UTF-16 with tabs (the foreigner is the record: the passport, the nationality,
the visa, the stay; the host's name and phone and the police officer who received the
declaration are not the record's). Five foreign files: an Argentine obra social list in
Windows-1252 with semicolons (the DNI with its dots, the CUIL with its check digit, "APELLIDO,
Nombre", the localidad, provincia and CPA); an Indonesian village list in Excel (the NIK with the
birth date in it, the KK number beside it, capital letters, RT/RW, kelurahan and kecamatan); a
Thai list in CP874 (the 13-digit ID with its check digit, the title, Buddhist-era dates, tambon,
amphoe and changwat); a Romanian list in Windows-1250 (the CNP with its check digit, the identity
card's series and number, the județ); and a Moroccan list in UTF-8 with a BOM and semicolons with
French/Arabic headers (the CIN, the father's name, the ville).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind44_writers import WRITERS_BLIND44
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND44: tuple[Shape, ...] = (
    _shape(
        "appointment_app_export_vn44",
        "id=row | booking_code=-:booking44 | benh_nhan_name=full_name"
        " | ngay_sinh=birth_date@%Y-%m-%d | gioi_tinh=sex | so_cccd=cccd"
        " | so_the_bhyt=bhyt | phone_number=phone | email=email | ngay_hen=date@%Y-%m-%d"
        " | gio_hen=-:slot44 | khoa=-:dept44 | doctor=-:doctor44 | ly_do_kham=-:reason44"
        " | status=-:status44 | created_at=timestamp",
        encoding="utf-8",
    ),
    _shape(
        "ho_tro_vuon_tren_mai_vn44",
        "STT=row | Họ và tên người đề nghị=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Địa chỉ công trình=address | Diện tích mái xanh (m²)=-:area44"
        " | Loại cây trồng=-:plants44 | Mức hỗ trợ (đồng)=-:subsidy44"
        " | Số tài khoản=-:account44 | Ngân hàng=-:bank44 | Số điện thoại=phone"
        " | Ngày quyết định=date@%d/%m/%Y | Cán bộ thẩm định=-:officer44 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "giay_phep_khai_thac_ho_chua_vn44",
        "TT=row | Họ tên người được cấp phép=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Xã/thị trấn=ward:ward44"
        " | Tỉnh=province | Số giấy phép=-:permit44 | Loại hình=-:permit_kind44"
        " | Ngư cụ/phương tiện=-:gear44 | Hồ chứa=-:reservoir44 | Ngày cấp=date@%d/%m/%Y"
        " | Có giá trị đến=-:expiry44 | Điện thoại=phone | Người ký=-:signer44",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nguoi_nuoc_ngoai_luu_tru_vn44",
        "STT=row | Họ và tên (theo hộ chiếu)=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Quốc tịch=-:nation44 | Số hộ chiếu=national_id:passport_vn44"
        " | Loại thị thực=-:visa44 | Mục đích nhập cảnh=-:purpose44"
        " | Địa chỉ lưu trú=address:stay44 | Ngày đến=date@%d/%m/%Y | Ngày đi (dự kiến)=-:leave44"
        " | Họ tên chủ hộ=-:host44 | SĐT chủ hộ=-:host_phone44"
        " | Quan hệ với chủ hộ=-:host_relation44 | Cán bộ tiếp nhận=-:police44",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "padron_afiliados_obra_social_ar44",
        "Nº=row | DNI=national_id:dni_ar44 | CUIL=-:cuil_ar44"
        " | Apellido y Nombre=full_name:ar_full44 | Fecha de Nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_ar44 | Domicilio=street:street_ar44 | Localidad=district:loc_ar44"
        " | Provincia=province:prov_ar44 | CP=postcode:cp_ar44 | Teléfono=phone:phone_ar44"
        " | Obra Social=-:obra_ar44 | Fecha de Alta=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "data_penduduk_desa_id44",
        "No=row | NIK=national_id:nik_id44 | No. KK=-:kk_id44 | Nama Lengkap=full_name:id_name44"
        " | Tempat Lahir=-:pob_id44 | Tanggal Lahir=birth_date@%d-%m-%Y"
        " | Jenis Kelamin=sex:sex_id44 | Alamat=street:alamat_id44 | RT/RW=-:rtrw_id44"
        " | Kelurahan/Desa=ward:kel_id44 | Kecamatan=district:kec_id44"
        " | Provinsi=province:prov_id44 | No. HP=phone:phone_id44"
        " | Status Perkawinan=-:marital_id44 | Pekerjaan=-:job_id44",
        english=True,
        file="xlsx",
    ),
    _shape(
        "thabian_phu_long_thabian_th44",
        "ลำดับ=row | เลขประจำตัวประชาชน=national_id:pid_th44 | คำนำหน้า=-:title_th44"
        " | ชื่อ=given_name:th_given44 | นามสกุล=family_name:th_family44"
        " | วันเดือนปีเกิด=birth_date:birth_th44 | เพศ=sex:sex_th44"
        " | บ้านเลขที่/หมู่=street:addr_th44 | ตำบล/แขวง=ward:tambon_th44"
        " | อำเภอ/เขต=district:amphoe_th44 | จังหวัด=province:changwat_th44"
        " | รหัสไปรษณีย์=postcode:zip_th44 | เบอร์โทรศัพท์=phone:phone_th44"
        " | ชื่อบิดา=-:father_th44 | วันที่ลงทะเบียน=date:date_th44",
        english=True,
        encoding="cp874",
    ),
    _shape(
        "evidenta_beneficiari_ro44",
        "Nr. crt.=row | CNP=national_id:cnp_ro44 | Nume=family_name:ro_family44"
        " | Prenume=given_name:ro_given44 | Data naşterii=birth_date@%d.%m.%Y"
        " | Sex=sex:sex_ro44 | Serie/Nr. CI=-:ci_ro44 | Domiciliu=street:street_ro44"
        " | Localitate=district:loc_ro44 | Judeţ=province:judet_ro44"
        " | Cod poştal=postcode:cp_ro44 | Telefon=phone:phone_ro44"
        " | Loc de muncă=-:employer_ro44 | Data înregistrării=date@%d.%m.%Y",
        english=True,
        encoding="cp1250",
    ),
    _shape(
        "liste_beneficiaires_commune_ma44",
        "N° / الرقم=row | CIN / رقم البطاقة الوطنية=national_id:cin_ma44"
        " | Nom / النسب=family_name:ma_family44 | Prénom / الاسم=given_name:ma_given44"
        " | Date de naissance / تاريخ الازدياد=birth_date@%d/%m/%Y | Sexe / الجنس=sex:sex_ma44"
        " | Adresse / العنوان=street:addr_ma44 | Ville / المدينة=district:city_ma44"
        " | Code postal=postcode:cp_ma44 | Téléphone / الهاتف=phone:phone_ma44"
        " | Nom du père / اسم الأب=-:father_ma44 | Profession / المهنة=-:job_ma44"
        " | Date d'inscription / تاريخ التسجيل=date@%d/%m/%Y",
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
    "passport_vn44",
    "dni_ar44",
    "nik_id44",
    "pid_th44",
    "cnp_ro44",
    "cin_ma44",
)
SEX_HOLDS: tuple[str, ...] = ("sex_ar44", "sex_id44", "sex_th44", "sex_ro44", "sex_ma44")
NAME_HOLDS = frozenset(
    {"ar_full44", "id_name44", "th_given44", "th_family44", "ro_family44", "ro_given44"}
    | {"ma_family44", "ma_given44"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ar44",
    "phone_id44",
    "phone_th44",
    "phone_ro44",
    "phone_ma44",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("stay44", "street_ar44", "addr_ma44")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND44",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND44",
]
