"""The seventy-second part of the outside corpus, **blind 72** (written 14:01 UTC, 2026-12-06,
never used for tuning): person files an industrial park company's trade union, a ward health
station, a district land clearance board, a traffic police team, a Bhutanese gewog office, a
Kyrgyz district social development office, an Algerian employment agency branch, a Bolivian
pension paying office and a Surinamese district commissioner's office could hand over. Four
Vietnamese files: a company's list of trade union members in Excel (the workshop, the union card
number and the admission date, the employer and its address in the industrial park, the
member's own lodging, the monthly dues); a ward's list of elderly health checks in Windows-1258
(the health insurance card, blood pressure, BMI, the conclusion, the examining doctor, the
health station, the check date); a district's land clearance compensation list in UTF-16 (the
plot and the map sheet, the area taken, the land type, the amount, the co-owner's name, CCCD and
relation, the decision, the payment date); and a traffic police team's violation records in
UTF-8 with a BOM and tabs (the record number and date, the violator, the plate, the vehicle, the
violation and where, the fine, the driving licence, the officer, whether it was paid).
Five foreign files: a Bhutanese Kidu list with English and Dzongkha headers (the 11-digit CID,
one name without a surname, gewog and dzongkhag, thram and house numbers, the father); a Kyrgyz
benefit list in UTF-8 with a BOM and semicolons, headers in Kyrgyz and Russian (the 14-digit ПИН
whose first digit is the sex and next eight the birth date, уулу/кызы patronymics, the ID card,
район and облус); an Algerian unemployment allowance list in Excel with Arabic and French
headers (the 18-digit NIN with its mod-97 key, the place of birth, commune and wilaya, the
father's first name and the mother's full name); a Bolivian Renta Dignidad list in Windows-1252
with semicolons (the carnet with its department suffix, the complement, two surnames, zone and
street, municipio and departamento, a reference person, the paying entity); and a Surinamese
assistance list with Dutch and Sranan headers (the ID number, ressort and district, a contact
person).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind72_writers import WRITERS_BLIND72
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND72: tuple[Shape, ...] = (
    _shape(
        "doan_vien_cong_doan_kcn_vn72",
        "STT=row | Họ và tên đoàn viên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Bộ phận / Tổ=-:dept72 | Số thẻ ĐV=-:union_card72"
        " | Ngày vào CĐ=date@%d/%m/%Y | Đơn vị sử dụng lao động=-:company72"
        " | Địa chỉ DN=-:company_addr72 | Chỗ ở hiện nay=address | ĐT di động=phone"
        " | Đoàn phí (đ/tháng)=-:dues72 | Tổ trưởng CĐ=-:union_head72 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "kham_suc_khoe_nguoi_cao_tuoi_vn72",
        "TT=row | Họ và tên=full_name | Ngày tháng năm sinh=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | Số ĐDCN=cccd:cccd_spaced | Số thẻ BHYT=bhyt | Địa chỉ=address"
        " | Huyết áp (mmHg)=-:bp72 | BMI=-:bmi72 | Kết luận=-:conclusion72"
        " | BS khám=-:doctor72 | Trạm y tế=-:station72 | Ngày khám=date@%d/%m/%Y"
        " | SĐT=phone",
        encoding="cp1258",
    ),
    _shape(
        "boi_thuong_gpmb_vn72",
        "STT=row | Họ tên chủ SDĐ=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Địa chỉ thường trú=address | Thửa số=-:plot72 | Tờ BĐ số=-:sheet72"
        " | DT thu hồi (m²)=-:area72 | Loại đất=-:landtype72"
        " | Tổng tiền BT, HT (đồng)=-:compensation72 | Đồng sở hữu - Họ tên=-:coowner72"
        " | Đồng sở hữu - Số CCCD=-:coowner_cccd72 | Quan hệ với chủ hộ=-:relation72"
        " | Số QĐ phê duyệt=-:decision72 | Ngày chi trả=date@%d/%m/%Y",
        encoding="utf-16",
    ),
    _shape(
        "xu_phat_vi_pham_giao_thong_vn72",
        "STT=row | Số biên bản=-:record_no72 | Ngày lập BB=date@%d/%m/%Y"
        " | Họ tên người vi phạm=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Nơi cư trú=address | SĐT=phone | BKS=-:plate72"
        " | Loại PT=-:vehicle72 | Hành vi vi phạm=-:violation72 | Địa điểm VP=-:road72"
        " | Mức phạt (đồng)=-:fine72 | Số GPLX=-:licence72 | CBCS lập BB=-:officer72"
        " | Tình trạng=-:paid72",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "kidu_beneficiaries_bt72",
        "Sl. No.=row | CID No. / ངོ་སྤྲོད་ལག་ཁྱེར་ཨང་=national_id:cid_bt72"
        " | Name / མིང་=full_name:name_bt72 | Sex / ཕོ་མོ་=sex:sex_bt72"
        " | DoB / སྐྱེས་ཚེས་=birth_date@%d/%m/%Y | Gewog / རྒེད་འོག་=suburb:gewog_bt72"
        " | Dzongkhag / རྫོང་ཁག་=state:dzongkhag_bt72 | Mobile No.=phone:phone_bt72"
        " | Thram No.=-:thram_bt72 | House No.=-:house_bt72"
        " | Father's Name / ཕ་མིང་=-:father_bt72 | Type of Kidu=-:kidu_bt72"
        " | Date Granted=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "jolokpul_aluuchular_kg72",
        "№ к/н=row | ЖИН / ПИН=national_id:pin_kg72 | Фамилиясы / Фамилия=family_name:kg_family72"
        " | Аты / Имя=given_name:kg_given72 | Атасынын аты / Отчество=-:kg_patr72"
        " | Туулган күнү / Дата рождения=birth_date@%d.%m.%Y | Жынысы / Пол=sex:sex_kg72"
        " | Паспорт (ID-карта)=-:passport_kg72 | Дареги / Адрес=street:street_kg72"
        " | Району / Район=district:rayon_kg72 | Облусу / Область=state:oblast_kg72"
        " | Телефону / Телефон=phone:phone_kg72 | Жөлөкпулдун түрү / Вид пособия=-:benefit_kg72"
        " | Суммасы (сом)=-:amount_kg72 | Дайындалган күнү / Дата назначения=date@%d.%m.%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "allocation_chomage_anem_dz72",
        "الرقم / N°=row | رقم التسجيل / N° inscription=-:anem_dz72"
        " | الرقم التعريفي الوطني / NIN=national_id:nin_dz72"
        " | اللقب / Nom=family_name:dz_family72 | الاسم / Prénom=given_name:dz_given72"
        " | تاريخ الميلاد / Date de naissance=birth_date@%d/%m/%Y"
        " | مكان الميلاد / Lieu de naissance=-:birthplace_dz72 | الجنس / Sexe=sex:sex_dz72"
        " | اسم الأب / Prénom du père=-:father_dz72"
        " | لقب واسم الأم / Nom et prénom de la mère=-:mother_dz72"
        " | العنوان / Adresse=street:street_dz72 | البلدية / Commune=district:commune_dz72"
        " | الولاية / Wilaya=state:wilaya_dz72 | الهاتف / Téléphone=phone:phone_dz72"
        " | تاريخ الإيداع / Date de dépôt=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "renta_dignidad_bo72",
        "Nro.=row | C.I.=national_id:ci_bo72 | Complemento=-:compl_bo72"
        " | Apellido Paterno=family_name:bo_pat72 | Apellido Materno=-:bo_mat72"
        " | Nombre(s)=given_name:bo_given72 | Fecha Nac.=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_bo72 | Zona / Dirección=street:street_bo72"
        " | Municipio=district:municipio_bo72 | Departamento=state:depto_bo72"
        " | Celular=phone:phone_bo72 | Persona de referencia=-:ref_bo72"
        " | Entidad pagadora=-:entidad_bo72 | Fecha de cobro=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "bijstand_districtscommissariaat_sr72",
        "Volgnr. / Nomru=row | ID-nummer / ID-nomru=national_id:id_sr72"
        " | Achternaam / Famiri-nen=family_name:sr_family72"
        " | Voornamen / Fosi-nen=given_name:sr_given72"
        " | Geboortedatum / Gebore-dei=birth_date@%d-%m-%Y | Geslacht / Man-uma=sex:sex_sr72"
        " | Adres / Adresi=street:street_sr72 | Ressort=suburb:ressort_sr72"
        " | District / Distrikt=state:district_sr72 | Telefoon / Telefon=phone:phone_sr72"
        " | Contactpersoon / Kontakt-sma=-:contact_sr72 | Soort uitkering=-:aid_sr72"
        " | Datum aanvraag=date@%d-%m-%Y",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("cid_bt72", "pin_kg72", "nin_dz72", "ci_bo72", "id_sr72")
SEX_HOLDS: tuple[str, ...] = ("sex_bt72", "sex_kg72", "sex_dz72", "sex_bo72", "sex_sr72")
NAME_HOLDS = frozenset(
    {"name_bt72", "kg_family72", "kg_given72", "dz_family72", "dz_given72"}
    | {"bo_pat72", "bo_given72", "sr_family72", "sr_given72"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_bt72",
    "phone_kg72",
    "phone_dz72",
    "phone_bo72",
    "phone_sr72",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("street_kg72", "street_dz72", "street_bo72")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND72",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND72",
]
