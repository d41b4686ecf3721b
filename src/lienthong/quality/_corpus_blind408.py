"""The four-hundred-and-eighth part of the outside corpus, **blind 408** (written 21:55 UTC,
2026-12-07, never used for tuning): person files a provincial religious affairs board, a ward
people's committee, a festival's organising board, a pagoda, a Paraguayan diocese, a Pakistani
shrine's volunteer office, a Senegalese Magal committee, a Croatian parish and a Tajik festival
office could hand over about religious dignitaries, believers, pilgrims and festival volunteers.
Four Vietnamese files: a provincial religious affairs board's list of dignitaries and officials
whose religious organisation asks to transfer them to another place of worship, in Excel (the
title, the religion, the year ordained, the place they serve now and the one they move to, the
organisation's request and the board's answer); a ward people's committee's list of believers in
a group registered for concentrated religious practice, in Windows-1258 with semicolons (the
group, the role in it, the place and times of practice apart from the home, the registration
certificate); a festival organising board's list of volunteers serving the Perfume Pagoda
festival, in UTF-8 with a BOM and headers without diacritics (the school or youth union, the team,
the shift, the card, the shirt size, the emergency contact); and a pagoda's register of young
people at its summer retreat, in UTF-16 with tabs (family name and given name apart, the dharma
name, the school, the parent and the parent's phone, the dormitory, health notes, the days in and
out).
Five foreign files: a Paraguayan parish register of volunteers serving the Caacupé pilgrimage in
Windows-1252 with semicolons (the cédula with dots, the RUC with its mod-11 check digit, barrio or
compañía, ciudad and departamento, the group, the post, the emergency contact); a Punjab shrine's
urs volunteer list in Excel (the CNIC with its sex digit, the father's or husband's name, the
blood group, the duty, the card); a Grand Magal de Touba reception committee's list of
volunteers in UTF-8 (the CEDEAO card's NIN, quartier, commune and région, the place of birth, the
dahira, the commission); a Croatian parish's list of pilgrims to Marija Bistrica in Windows-1250
(the OIB with its ISO 7064 check digit, the postcode and place, the parish, the bus, the fare
paid); and a Tajik festival office's list of Navruz volunteers in Cyrillic UTF-8 (the passport,
the ИРМ, the patronymic, the place of study or work, the venue, the duty).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind408_writers import WRITERS_BLIND408
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND408: tuple[Shape, ...] = (
    _shape(
        "ds_chuc_sac_chuc_viec_de_nghi_thuyen_chuyen_vn408",
        "STT=row | Họ và tên (theo CCCD)=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Chức danh, phẩm vị=-:title408 | Tôn giáo=-:religion408"
        " | Năm được phong chức/phẩm=-:ordained408 | Nơi thường trú=address"
        " | Nơi đang hoạt động tôn giáo=-:from408 | Nơi thuyên chuyển đến=-:to408"
        " | Văn bản đề nghị của tổ chức TG=-:dispatch408 | Ngày nhận hồ sơ=date@%d/%m/%Y"
        " | Văn bản trả lời của Ban TG=-:answer408 | ĐT liên hệ=phone",
        file="xlsx",
    ),
    _shape(
        "ds_tin_do_nhom_sinh_hoat_ton_giao_tap_trung_vn408",
        "TT=row | Tên nhóm SHTG tập trung=-:group408 | Họ và tên=full_name"
        " | Ngày sinh=birth_date@%d.%m.%Y | Giới tính=sex | Số ĐDCN=cccd:cccd_spaced"
        " | Nơi cư trú=address | Vai trò trong nhóm=-:group_role408"
        " | Địa điểm sinh hoạt=-:site408 | Thời gian sinh hoạt=-:schedule408"
        " | Số văn bản chấp thuận=-:cert408 | Ngày chấp thuận=date@%d.%m.%Y"
        " | Số điện thoại=phone | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ds_tinh_nguyen_vien_le_hoi_chua_huong_vn408",
        "STT=row | Ho ten TNV=full_name | Ngay sinh=birth_date@%d/%m/%Y | Gioi tinh=sex"
        " | So CCCD=cccd | Don vi / Truong=-:unit408 | Doi phuc vu=-:team408"
        " | Ca truc=-:shift408 | Ma the TNV=-:card408 | Size ao=-:size408 | SDT=phone"
        " | Email=email | Cho o hien tai=address:address_ascii"
        " | Nguoi lien he khan cap (ten - SDT)=-:ice408 | Ngay bat dau phuc vu=date@%d/%m/%Y",
        encoding="utf-8-sig",
    ),
    _shape(
        "so_dang_ky_khoa_sinh_khoa_tu_mua_he_vn408",
        "STT=row | Khóa tu=-:retreat408 | Họ=family_name | Chữ đệm và tên=given_name"
        " | Pháp danh (nếu có)=-:dharma408 | Ngày sinh=birth_date@%d/%m/%Y | Nam/Nữ=sex"
        " | Số định danh cá nhân=cccd | Trường đang học=-:school408 | Địa chỉ gia đình=address"
        " | Họ tên phụ huynh=-:parent408 | SĐT phụ huynh=-:parent_phone408"
        " | SĐT khóa sinh=phone | Chúng/Phòng=-:room408 | Lưu ý sức khỏe=-:allergy408"
        " | Ngày nhập chúng=date@%d/%m/%Y | Ngày hoàn mãn=date:until408"
        " | Thời gian đăng ký=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "voluntarios_peregrinacion_caacupe_py408",
        "N°=row | C.I. N°=national_id:py_ci408 | RUC=-:py_ruc408"
        " | Nombres=given_name:py_given408 | Apellidos=family_name:py_family408"
        " | Fecha de Nac.=birth_date@%d/%m/%Y | Sexo=sex:py_sex408"
        " | Barrio/Compañía=suburb:py_barrio408 | Ciudad=district:py_city408"
        " | Departamento=state:py_dep408 | Celular=phone:py_phone408 | Correo=email"
        " | Parroquia/Grupo=-:py_group408 | Puesto asignado=-:py_post408"
        " | En caso de emergencia avisar a=-:py_contact408 | Fecha de servicio=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "urs_volunteers_register_auqaf_pk408",
        "S. No.=row | Name / نام=full_name:pk_name408 | Father/Husband Name=-:pk_father408"
        " | CNIC No.=national_id:pk_cnic408 | Date of Birth=birth_date@%d-%m-%Y"
        " | Gender=sex:pk_sex408 | Permanent Address=address:pk_home408"
        " | Mobile No.=phone:pk_phone408 | Blood Group=-:pk_blood408"
        " | Duty Assigned=-:pk_duty408 | Volunteer Card No.=-:pk_card408"
        " | Duty Date=date@%d-%m-%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "liste_benevoles_commission_accueil_magal_sn408",
        "N°=row | Prénom(s)=given_name:sn_given408 | Nom=family_name:sn_family408"
        " | Date de naissance=birth_date@%d/%m/%Y | Lieu de naissance=-:sn_birthplace408"
        " | Sexe=sex:sn_sex408 | N° CNI (NIN)=national_id:sn_nin408"
        " | Quartier=suburb:sn_quartier408 | Commune=district:sn_commune408"
        " | Région=state:sn_region408 | Téléphone=phone:sn_phone408 | Dahira=-:sn_dahira408"
        " | Commission=-:sn_comm408 | Date d'arrivée=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "popis_hodocasnika_marija_bistrica_hr408",
        "Rb.=row | Ime=given_name:hr_given408 | Prezime=family_name:hr_family408"
        " | OIB=national_id:hr_oib408 | Datum rođenja=birth_date@%d.%m.%Y."
        " | Spol=sex:hr_sex408 | Adresa=street:hr_street408"
        " | Poštanski broj=postcode:hr_post408 | Mjesto=district:hr_town408"
        " | Mobitel=phone:hr_phone408 | E-pošta=email | Župa=-:hr_parish408"
        " | Autobus=-:hr_bus408 | Uplaćeno=-:hr_paid408 | Datum prijave=date@%d.%m.%Y.",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
    _shape(
        "ruykhati_ikhtiyoriyon_navruz_tj408",
        "№=row | Насаб=family_name:tj_family408 | Ном=given_name:tj_given408"
        " | Номи падар=-:tj_father408 | Санаи таваллуд=birth_date@%d.%m.%Y"
        " | Ҷинс=sex:tj_sex408 | Рақами шиноснома=national_id:tj_passport408"
        " | РМА=-:tj_inn408 | Суроға=street:tj_street408 | Шаҳр/ноҳия=district:tj_town408"
        " | Телефон=phone:tj_phone408 | Ҷои таҳсил/кор=-:tj_study408"
        " | Майдон=-:tj_stage408 | Вазифа=-:tj_role408 | Санаи бақайдгирӣ=date@%d.%m.%Y",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats.
INVALID_DAY: dict[str, str] = {"%d.%m.%Y.": "31.02.{y}."}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "py_ci408",
    "pk_cnic408",
    "sn_nin408",
    "hr_oib408",
    "tj_passport408",
)
SEX_HOLDS: tuple[str, ...] = ("py_sex408", "pk_sex408", "sn_sex408", "hr_sex408", "tj_sex408")
NAME_HOLDS = frozenset(
    {"py_given408", "py_family408", "pk_name408", "sn_given408", "sn_family408"}
    | {"hr_given408", "hr_family408", "tj_family408", "tj_given408"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "py_phone408",
    "pk_phone408",
    "sn_phone408",
    "hr_phone408",
    "tj_phone408",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("pk_home408",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND408",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND408",
]
