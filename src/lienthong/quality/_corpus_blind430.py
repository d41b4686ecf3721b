"""The four-hundred-and-thirtieth part of the outside corpus, **blind 430** (written 01:05 UTC,
2026-12-08, never used for tuning): person files an aviation authority certifying drone pilots,
an airline's ground services, the Civil Aviation Authority of Vietnam, an airport's lost-and-found
desk, the Civil Aviation Authority of the Philippines, an Indonesian airport operator, Brazil's
ANAC, a Ukrainian airport and Spain's AESA could hand over. Four Vietnamese files: the people
granted a certificate to fly unmanned aircraft (flycam) in Excel (the certificate number and
class, the training school, the device and its serial, the date issued and the expiry); the
passengers an airline denied boarding in UTF-16 with tabs (the flight and route, the name in
capitals without diacritics as the booking holds it, the booking code and ticket, the reason, the
duty officer, the compensation); the passengers banned from flying in Windows-1258 with
semicolons (the nationality, the act, the decision, the fine, the months banned, from and until,
the airport that asked for it); and a lost-baggage register in UTF-8 with a BOM and semicolons
(the PIR number, the flight, the bag tag, the description and weight, the status, the agent,
another number to call, the time last updated).
Five foreign files: a CAAP list of drone controllers in UTF-8 (the PhilSys card number, last,
first and middle names, a one-line address with barangay, city and province, the RPA controller
certificate, the drone and its serial); an Indonesian airport pass list in Excel (the NIK with the
birth date inside, the name in capitals, the place of birth, the street with RT/RW, kelurahan and
city apart, the employer, the pass number and zones); a Brazilian ANAC pilot licence list in
Windows-1252 with semicolons (the CPF with its two digits, the CANAC code, endereço, bairro,
município, UF and CEP apart, the licence, ratings, the medical's expiry, the airline); a Ukrainian
airport staff list in Windows-1251 with semicolons and Cyrillic headers (the РНОКПП, surname,
name and patronymic, the ID card number, a registered address with its index first, the unit,
post and personnel number); and a Spanish AESA licence list in UTF-8 with tabs (the DNI with its
letter, two surnames in one column, domicilio, código postal, localidad and provincia apart, the
licence and its number, the medical class, the training organisation).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind430_writers import WRITERS_BLIND430
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND430: tuple[Shape, ...] = (
    _shape(
        "chung_chi_dieu_khien_flycam_vn430",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Nơi thường trú=address | Điện thoại=phone | Email=email"
        " | Số chứng chỉ=-:uav_cert430 | Hạng=-:uav_class430 | Cơ sở đào tạo=-:uav_school430"
        " | Loại thiết bị bay=-:drone430 | Số sê-ri=-:drone_sn430 | Ngày cấp=date@%d/%m/%Y"
        " | Có giá trị đến=date:valid430 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "hanh_khach_tu_choi_van_chuyen_vn430",
        "STT=row | Ngày bay=date@%d/%m/%Y | Số hiệu chuyến bay=-:flight430 | Chặng bay=-:route430"
        " | Họ tên hành khách=full_name:pax_caps430 | Mã đặt chỗ=-:pnr430 | Số vé=-:ticket430"
        " | CCCD=cccd | Ngày sinh=birth_date@%d/%m/%Y | SĐT liên hệ=phone"
        " | Lý do từ chối vận chuyển=-:denied430 | Trực ban=-:duty_officer430"
        " | Tiền bồi thường (VNĐ)=-:compensation430",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hanh_khach_cam_van_chuyen_vn430",
        "TT=row | Ho va ten=full_name | Ngay/thang/nam sinh=birth_date@%d/%m/%Y"
        " | Quoc tich=-:nationality430 | So CCCD/Ho chieu=cccd | Dia chi=address"
        " | Hanh vi vi pham=-:banned_act430 | So QD xu phat=-:ban_decision430"
        " | Ngay QD=date@%d/%m/%Y | Muc phat (dong)=-:fine430"
        " | Thoi han cam (thang)=-:ban_months430"
        " | Den ngay=date:ban_end430 | Don vi de nghi=-:airport430",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_theo_doi_hanh_ly_that_lac_vn430",
        "STT=row | Số PIR=-:pir430 | Ngày tiếp nhận=date@%d-%m-%Y | Chuyến bay=-:flight430"
        " | Họ tên HK=full_name | Ngày sinh=birth_date@%d-%m-%Y | ĐT di động=phone:phone_spaced"
        " | Email=email | Địa chỉ liên hệ=address | Số thẻ hành lý=-:bag_tag430"
        " | Mô tả hành lý=-:bag_desc430 | Trọng lượng (kg)=-:bag_kg430"
        " | Tình trạng=-:bag_status430 | NV tiếp nhận=-:bag_agent430"
        " | SĐT khác=-:bag_alt_phone430 | Cập nhật lúc=timestamp",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "caap_rpa_controllers_ph430",
        "No.=row | PhilSys Card No. (PCN)=national_id:pcn_ph430"
        " | Last Name=family_name:ph_family430"
        " | First Name=given_name:ph_given430 | Middle Name=-:ph_middle430"
        " | Date of Birth=birth_date@%m/%d/%Y | Sex=sex:sex_ph430"
        " | Residential Address=address:addr_ph430 | Mobile No.=phone:phone_ph430 | Email=email"
        " | RPA Controller Cert. No.=-:rpac_ph430 | Category=-:rpa_cat_ph430"
        " | RPA Make/Model & Serial=-:rpa_sn_ph430 | Date Issued=date@%m/%d/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "pas_bandara_id430",
        "No=row | NIK=national_id:nik_id430 | Nama Lengkap=full_name:id_name430"
        " | Tempat Lahir=-:id_pob430 | Tanggal Lahir=birth_date@%d-%m-%Y"
        " | Jenis Kelamin=sex:sex_id430 | Alamat=street:id_street430"
        " | Kelurahan/Desa=suburb:id_kel430 | Kota/Kabupaten=district:id_city430"
        " | No. HP=phone:phone_id430 | Instansi/Perusahaan=-:id_employer430"
        " | Jabatan=-:id_job430 | Nomor Pas=-:id_pass430 | Area=-:id_zone430"
        " | Berlaku s.d.=date@%d-%m-%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "licencas_pilotos_anac_br430",
        "Nº=row | CPF=national_id:cpf_br430 | Código ANAC (CANAC)=-:canac_br430"
        " | Nome completo=full_name:br_name430 | Data de nascimento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_br430 | Endereço=street:br_street430 | Bairro=suburb:br_bairro430"
        " | Município=district:br_city430 | UF=state:br_uf430 | CEP=postcode:br_cep430"
        " | Telefone=phone:phone_br430 | E-mail=email | Licença=-:br_licence430"
        " | Habilitações=-:br_ratings430 | Validade CMA=date:br_cma430"
        " | Empregador=-:br_airline430 | Data de emissão=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "personal_aeroportu_ua430",
        "№ з/п=row | РНОКПП=national_id:rnokpp_ua430 | Прізвище=family_name:ua_family430"
        " | Ім'я=given_name:ua_given430 | По батькові=-:ua_patr430"
        " | Дата народження=birth_date@%d.%m.%Y | Стать=sex:sex_ua430"
        " | № ID-картки=-:ua_idcard430 | Адреса реєстрації=address:ua_addr430"
        " | Телефон=phone:phone_ua430 | Підрозділ=-:ua_unit430 | Посада=-:ua_post430"
        " | Табельний №=-:ua_tab430 | Дата прийняття на роботу=date@%d.%m.%Y",
        english=True,
        encoding="cp1251",
        delimiter=";",
    ),
    _shape(
        "licencias_aesa_es430",
        "Nº=row | DNI=national_id:dni_es430 | Apellidos=family_name:es_family430"
        " | Nombre=given_name:es_given430 | Fecha de nacimiento=birth_date@%Y-%m-%d"
        " | Sexo=sex:sex_es430 | Domicilio=street:es_street430 | C.P.=postcode:es_cp430"
        " | Localidad=district:es_loc430 | Provincia=state:es_prov430"
        " | Teléfono móvil=phone:phone_es430 | Correo electrónico=email"
        " | Tipo de licencia=-:es_licence430 | Nº licencia=-:es_licno430"
        " | Certificado médico=-:es_medical430 | ATO=-:es_ato430"
        " | Fecha de expedición=date@%Y-%m-%d",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "pcn_ph430",
    "nik_id430",
    "cpf_br430",
    "rnokpp_ua430",
    "dni_es430",
)
SEX_HOLDS: tuple[str, ...] = ("sex_ph430", "sex_id430", "sex_br430", "sex_ua430", "sex_es430")
NAME_HOLDS = frozenset(
    {"pax_caps430", "ph_family430", "ph_given430", "id_name430", "br_name430"}
    | {"ua_family430", "ua_given430", "es_family430", "es_given430"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ph430",
    "phone_id430",
    "phone_br430",
    "phone_ua430",
    "phone_es430",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_ph430", "ua_addr430")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND430",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND430",
]
