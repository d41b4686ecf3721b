"""The three hundred and fifty-ninth part of the outside corpus, **blind 359** (written 13:10 UTC,
2026-12-07, never used for tuning): person files a commune paying carers of severely disabled
people, a province's medical assessment council, a garment factory's shuttle office, a district
health centre's rabies vaccination point, a commune police station, a German guardianship court,
a French social housing office, a Spanish dependency service and a Japanese municipality's
long-term care section could hand over. Every file was exported from a sheet whose header had two
rows (a group merged over several columns, then the column), flattened so that each header is the
group and the column joined by " - ", "_", ": ", "/" or a bare space; some groups name the
record's person, some another person (a carer, an employer, a driver, an animal's owner, a head
of household, a co-applicant) and some a place.
Five Vietnamese files: a commune's list of severely disabled people whose carers get an allowance
under Decree 20, in UTF-8 with a BOM (the person, the disability, the hamlet, ward and province,
the carer with relation, CCCD and phone, the coefficient and amount); a council's list of workers
injured at work asking for an assessment, in Windows-1258 with semicolons (the worker with BHXH
number, the home street, ward and province, the employer and its address, the accident's date and
place, the minutes and the rate); a factory's shuttle bus list in Excel (the worker, the home, the
line and shift, the route with its driver and his phone, the pickup point and time); a rabies
vaccination point's list in UTF-16 with tabs (the person bitten, the home, the animal and its
owner, the date, wound and grade, the person who brought them, the vaccine, the time last
updated); and a commune police list of people registering permanent residence in a relative's
household, in UTF-8 with semicolons and headers joined by a space (the former home, the new home,
the head of household with his number and relation, the dossier).
Four foreign files: a German Betreuungsgericht list in Windows-1252 with semicolons (the
Aktenzeichen, the person concerned, the Wohnanschrift in street, PLZ and Ort, the Betreuer, the
Aufgabenkreise, the review date); a French SNE social housing list in Windows-1252 with semicolons
(the numéro unique, the demandeur, the current address, the co-demandeur, the employer, the
CAF number, the household's income); a Spanish SAAD dependency list in Excel (the DNI or NIE with
its letter, two surnames, the domicilio, the carer with DNI and relation, the grade); and a
Japanese 要介護認定 list in Shift_JIS (the insured number, the My Number with its check digit, kana,
a birth date in the era calendar, the applicant agent, the attending doctor, the care level).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind359_writers import WRITERS_BLIND359
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND359: tuple[Shape, ...] = (
    _shape(
        "nguoi_khuyet_tat_dac_biet_nang_ho_tro_kinh_phi_nguoi_cham_soc_nd20_ubnd_xa_vn359",
        "STT=row | Thông tin người khuyết tật - Họ và tên=full_name"
        " | Thông tin người khuyết tật - Ngày sinh=birth_date@%d/%m/%Y"
        " | Thông tin người khuyết tật - Giới tính=sex"
        " | Thông tin người khuyết tật - Số định danh cá nhân=cccd"
        " | Dạng tật - Dạng khuyết tật=-:disability359 | Dạng tật - Mức độ=-:severity359"
        " | Nơi cư trú - Thôn, tổ=-:hamlet359 | Nơi cư trú - Xã, phường=ward:ward359"
        " | Nơi cư trú - Tỉnh, thành phố=province:city359"
        " | Người trực tiếp chăm sóc - Họ và tên=-:carer359"
        " | Người trực tiếp chăm sóc - Quan hệ=-:carer_rel359"
        " | Người trực tiếp chăm sóc - Số CCCD=-:carer_id359"
        " | Người trực tiếp chăm sóc - Điện thoại=-:carer_phone359"
        " | Mức hưởng - Hệ số=-:factor359 | Mức hưởng - Số tiền (đồng/tháng)=-:allowance359"
        " | Ngày hưởng=date@%d/%m/%Y",
        encoding="utf-8-sig",
    ),
    _shape(
        "nguoi_lao_dong_tai_nan_lao_dong_de_nghi_giam_dinh_suy_giam_kntl_hoi_dong_gdyk_vn359",
        "STT=row | Người lao động_Họ và tên=full_name"
        " | Người lao động_Ngày sinh=birth_date@%d/%m/%Y | Người lao động_Giới tính=sex"
        " | Người lao động_Số CCCD=cccd | Người lao động_Mã số BHXH=bhxh"
        " | Người lao động_Điện thoại=phone | Địa chỉ thường trú_Số nhà, đường=street"
        " | Địa chỉ thường trú_Xã/Phường=ward:ward359"
        " | Địa chỉ thường trú_Tỉnh/TP=province:city359"
        " | Đơn vị sử dụng lao động_Tên đơn vị=-:employer359"
        " | Đơn vị sử dụng lao động_Địa chỉ=-:employer_addr359"
        " | Tai nạn_Ngày xảy ra=date@%d/%m/%Y | Tai nạn_Nơi xảy ra=-:acc_place359"
        " | Kết quả giám định_Số biên bản=-:gd_no359"
        " | Kết quả giám định_Tỷ lệ suy giảm KNLĐ=-:rate359",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "cong_nhan_dang_ky_tuyen_xe_dua_don_ca_kip_cong_ty_may_kcn_vn359",
        "STT=row | Công nhân: Mã NV=-:staff359 | Công nhân: Họ tên=full_name"
        " | Công nhân: Ngày sinh=birth_date@%d/%m/%Y | Công nhân: Số CCCD=cccd"
        " | Công nhân: SĐT=phone | Nơi ở hiện tại: Địa chỉ=address"
        " | Bộ phận: Tổ/Chuyền=-:line359 | Bộ phận: Ca làm việc=-:shift359"
        " | Tuyến xe: Mã tuyến=-:route359 | Tuyến xe: Tài xế=-:driver359"
        " | Tuyến xe: SĐT tài xế=-:driver_phone359 | Điểm đón: Tên điểm=-:pickup359"
        " | Điểm đón: Giờ đón=-:pickup_time359 | Ngày đăng ký=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "nguoi_bi_dong_vat_can_tiem_vac_xin_phong_dai_diem_tiem_ttyt_huyen_vn359",
        "TT=row | Người bị phơi nhiễm/Họ và tên=full_name"
        " | Người bị phơi nhiễm/Ngày sinh=birth_date@%d/%m/%Y | Người bị phơi nhiễm/Giới=sex"
        " | Người bị phơi nhiễm/Số ĐDCN=cccd | Người bị phơi nhiễm/Điện thoại=phone"
        " | Địa chỉ/Số nhà, đường=street | Địa chỉ/Phường, xã=ward:ward359"
        " | Địa chỉ/Tỉnh, TP=province:city359 | Con vật cắn/Loại=-:animal359"
        " | Con vật cắn/Chủ nuôi=-:owner359 | Phơi nhiễm/Ngày bị cắn=date@%d/%m/%Y"
        " | Phơi nhiễm/Vị trí=-:wound359 | Phơi nhiễm/Phân độ=-:grade359"
        " | Người đưa đến/Họ tên=-:escort359 | Người đưa đến/SĐT=-:escort_phone359"
        " | Vắc xin=-:vaccine359 | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "cong_dan_dang_ky_thuong_tru_vao_ho_nguoi_than_cong_an_xa_vn359",
        "STT=row | Người đăng ký Họ và tên=full_name"
        " | Người đăng ký Ngày sinh=birth_date@%d-%m-%Y | Người đăng ký Giới tính=sex"
        " | Người đăng ký Số định danh=cccd | Người đăng ký Số điện thoại=phone"
        " | Nơi thường trú trước đây Xã, tỉnh=-:old_home359"
        " | Nơi đăng ký thường trú Số nhà, đường=street"
        " | Nơi đăng ký thường trú Phường, xã=ward:ward359 | Chủ hộ Họ và tên=-:head359"
        " | Chủ hộ Số định danh=-:head_id359 | Chủ hộ Quan hệ với người đăng ký=-:head_rel359"
        " | Hồ sơ Mã hồ sơ=-:dossier359 | Hồ sơ Ngày tiếp nhận=date@%d-%m-%Y",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "betreuungsverfahren_amtsgericht_de359",
        "Lfd. Nr.=row | Aktenzeichen=-:az_de359 | Betroffene/r - Name=family_name:de_family359"
        " | Betroffene/r - Vorname=given_name:de_given359"
        " | Betroffene/r - Geburtsdatum=birth_date@%d.%m.%Y"
        " | Betroffene/r - Geschlecht=sex:sex_de359 | Betroffene/r - Telefon=phone:phone_de359"
        " | Wohnanschrift - Straße, Hausnr.=street:street_de359"
        " | Wohnanschrift - PLZ=postcode:plz_de359 | Wohnanschrift - Ort=district:ort_de359"
        " | Betreuer/in - Name=-:carer_de359 | Betreuer/in - Telefon=-:carer_tel_de359"
        " | Aufgabenkreise=-:tasks_de359 | Beschluss vom=date@%d.%m.%Y"
        " | Überprüfung spätestens=date:review_de359",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "demandes_logement_social_sne_fr359",
        "N°=row | Demande - N° unique=-:nud_fr359 | Demande - Date de dépôt=date@%d/%m/%Y"
        " | Demandeur - Nom=family_name:fr_family359 | Demandeur - Prénom=given_name:fr_given359"
        " | Demandeur - Sexe=sex:sex_fr359 | Demandeur - Date de naissance=birth_date@%d/%m/%Y"
        " | Demandeur - Téléphone=phone:phone_fr359 | Demandeur - N° allocataire CAF=-:caf_fr359"
        " | Adresse actuelle - N° et voie=street:street_fr359"
        " | Adresse actuelle - Code postal=postcode:cp_fr359"
        " | Adresse actuelle - Commune=district:commune_fr359"
        " | Co-demandeur - Nom Prénom=-:co_fr359"
        " | Co-demandeur - Date de naissance=-:co_birth_fr359"
        " | Employeur - Raison sociale=-:employer_fr359 | Ménage - Composition=-:menage_fr359"
        " | Ressources - RFR (€)=-:rfr_fr359",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "solicitud_valoracion_dependencia_saad_es359",
        "Nº=row | Nº expediente=-:exp_es359 | Persona solicitante / DNI-NIE=national_id:dni_es359"
        " | Persona solicitante / Primer apellido=family_name:es_first359"
        " | Persona solicitante / Segundo apellido=-:es_second359"
        " | Persona solicitante / Nombre=given_name:es_given359"
        " | Persona solicitante / Sexo=sex:sex_es359"
        " | Persona solicitante / Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Persona solicitante / Teléfono=phone:phone_es359"
        " | Domicilio / Tipo vía, nombre, nº=street:via_es359 | Domicilio / C.P.=postcode:cp_es359"
        " | Domicilio / Municipio=district:mun_es359 | Domicilio / Provincia=state:prov_es359"
        " | Persona cuidadora / Nombre y apellidos=-:carer_es359"
        " | Persona cuidadora / DNI=-:carer_dni_es359 | Persona cuidadora / Parentesco=-:kin_es359"
        " | Persona cuidadora / Teléfono=-:carer_tel_es359 | Resolución / Grado=-:grade_es359"
        " | Resolución / Fecha=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "youkaigo_nintei_shinsei_kaigo_hoken_ka_jp359",
        "No=row | 被保険者_被保険者番号=-:hihoken_jp359 | 被保険者_個人番号=national_id:mynum_jp359"
        " | 被保険者_氏名=full_name:name_jp359 | 被保険者_フリガナ=-:kana_jp359"
        " | 被保険者_生年月日=birth_date:birth_jp359 | 被保険者_性別=sex:sex_jp359"
        " | 住所_郵便番号=postcode:zip_jp359 | 住所_住所=address:addr_jp359"
        " | 住所_電話番号=phone:phone_jp359 | 申請代行者_区分=-:agent_jp359"
        " | 申請代行者_氏名=-:agent_name_jp359 | 申請代行者_電話番号=-:agent_tel_jp359"
        " | 主治医_医療機関名=-:clinic_jp359 | 主治医_医師名=-:doctor_jp359"
        " | 認定結果_要介護度=-:care_jp359 | 認定結果_有効期間開始日=date:valid_jp359"
        " | 申請日=date@%Y/%m/%d",
        english=True,
        encoding="cp932",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("dni_es359", "mynum_jp359")
SEX_HOLDS: tuple[str, ...] = ("sex_de359", "sex_fr359", "sex_es359", "sex_jp359")
NAME_HOLDS = frozenset(
    {"de_family359", "de_given359", "fr_family359", "fr_given359", "es_first359"}
    | {"es_given359", "name_jp359"}
)
PHONE_HOLDS: tuple[str, ...] = ("phone_de359", "phone_fr359", "phone_es359", "phone_jp359")
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND359",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND359",
]
