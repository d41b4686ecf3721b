"""The four-hundred-and-seventh part of the outside corpus, **blind 407** (written 21:52 UTC,
2026-12-07, never used for tuning): person files a commune people's committee, a commune
animal-health station, a ward people's committee, a provincial sub-department of livestock and
animal health, Uruguay's companion-animal register, a Lao district livestock office, a Ugandan
district veterinary office, Lithuania's pet register and a Kyrgyz veterinary station could hand
over about livestock owners, the vaccination of their animals and the registration of pets.
Four Vietnamese files: a commune's list of livestock households paid support for pigs culled for
African swine fever, in Excel (the number of pigs, their weight, the price per kilogram, the
amount, the day of the culling and its report, the bank account); a commune's list of village
animal-health workers paid a monthly allowance, in Windows-1258 with semicolons (the hamlet they
serve, their training, the decision appointing them, the coefficient and the amount); a ward's
register of fines for dogs and cats kept unvaccinated against rabies or let roam, in UTF-8 with
a BOM and headers without diacritics (the record, the offence, the clause, the fine, whether it
was paid, the officer); and a sub-department's list of farms applying for a certificate of
freedom from disease, in UTF-16 with tabs (the farm's name and site apart from the owner's home,
the species, the herd, the diseases, the certificate and its validity).
Five foreign files: a Uruguayan companion-animal registration export in Windows-1252 with
semicolons (the cédula with its check digit, street, locality and department, the animal, its
breed and chip); a Lao district list of cattle and buffalo owners vaccinated against
haemorrhagic septicaemia and foot-and-mouth disease in Lao script, in UTF-8 (the family-book id,
village, district and province, the heads, the vaccine, the village vet); a Ugandan district
veterinary office's FMD vaccination register in Excel (the NIN, the village, sub-county and
district, the cattle vaccinated, the batch, the vaccinator); a Lithuanian pet-register extract in
Windows-1257 (the asmens kodas with its check digit, the street, town and postcode, the species,
the chip, the pet passport, the vaccination against rabies); and a Kyrgyz veterinary station's
livestock identification list in Windows-1251 (the 14-digit PIN, the full name with patronymic,
village, rayon and oblast, the species, the heads, the ear tag, the vaccination against
foot-and-mouth disease, the vet).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind407_writers import WRITERS_BLIND407
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND407: tuple[Shape, ...] = (
    _shape(
        "ho_chan_nuoi_nhan_ho_tro_tieu_huy_lon_benh_dich_ta_lon_chau_phi_ubnd_xa_vn407",
        "STT=row | Họ và tên chủ hộ=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Địa chỉ=address | Số lợn tiêu hủy (con)=-:pigs407"
        " | Trọng lượng (kg)=-:weight407 | Đơn giá hỗ trợ (đồng/kg)=-:unit_price407"
        " | Thành tiền (đồng)=-:total407 | Ngày tiêu hủy=date@%d/%m/%Y"
        " | Số biên bản tiêu hủy=-:cull_report407 | Số tài khoản=-:bank407"
        " | SĐT=phone | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "cong_tac_vien_thu_y_thon_ban_huong_phu_cap_hang_thang_ubnd_xa_vn407",
        "TT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số định danh cá nhân=cccd:cccd_spaced | Thôn/bản phụ trách=-:hamlet407"
        " | Trình độ chuyên môn=-:level407 | QĐ công nhận số=-:decision407"
        " | Ngày QĐ=date@%d/%m/%Y | Hệ số phụ cấp=-:coef407"
        " | Số tiền/tháng (đ)=-:allowance407 | Nơi ở hiện nay=address | Điện thoại=phone",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_theo_doi_xu_phat_chu_nuoi_cho_meo_khong_tiem_phong_dai_ubnd_phuong_vn407",
        "TT=row | So bien ban=-:record407 | Ngay lap=date@%d/%m/%Y"
        " | Ho ten nguoi vi pham=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex:sex_plain407 | So CCCD=cccd | Noi cu tru=address"
        " | Hanh vi vi pham=-:violation407 | Can cu=-:clause407 | So tien phat (d)=-:fine407"
        " | Tinh trang nop phat=-:paid407 | Can bo lap BB=-:officer407 | SDT=phone",
        encoding="utf-8-sig",
    ),
    _shape(
        "co_so_chan_nuoi_de_nghi_cap_gcn_an_toan_dich_benh_chi_cuc_chan_nuoi_thu_y_vn407",
        "STT=row | Tên cơ sở chăn nuôi=-:farm407 | Chủ cơ sở=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | CCCD chủ cơ sở=cccd | Địa chỉ thường trú=address"
        " | Địa điểm cơ sở chăn nuôi=-:farm_site407 | Loài vật nuôi=-:species407"
        " | Quy mô (con)=-:herd407 | Bệnh đề nghị công nhận ATDB=-:disease407"
        " | Ngày nhận hồ sơ=date@%d/%m/%Y | Số GCN=-:cert407 | Hiệu lực đến=date:valid407"
        " | Điện thoại=phone | Email=email | Cập nhật=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "registro_animales_de_compania_tenedores_uy407",
        "Nº=row | Cédula de identidad=national_id:ci_uy407 | Nombres=given_name:uy_given407"
        " | Apellidos=family_name:uy_family407 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_uy407 | Domicilio=street:uy_street407 | Localidad=district:uy_town407"
        " | Departamento=state:uy_dept407 | Celular=phone:phone_uy407 | Correo electrónico=email"
        " | Nombre del animal=-:pet_uy407 | Especie=-:species_uy407 | Raza=-:breed_uy407"
        " | Nº de microchip=-:chip_uy407 | Castrado=-:neutered_uy407"
        " | Fecha de registro=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "lai_seu_chao_khong_sat_sak_ya_kan_pha_nyad_ngua_khwai_la407",
        "ລ/ດ=row | ຊື່ ແລະ ນາມສະກຸນ ເຈົ້າຂອງສັດ=full_name:la_name407"
        " | ເລກບັດປະຈຳຕົວ=national_id:la_id407 | ວັນເດືອນປີເກີດ=birth_date@%d/%m/%Y"
        " | ເພດ=sex:sex_la407 | ບ້ານ=suburb:la_village407 | ເມືອງ=district:la_district407"
        " | ແຂວງ=state:la_province407 | ເບີໂທ=phone:phone_la407 | ຈຳນວນງົວ (ໂຕ)=-:cattle_la407"
        " | ຈຳນວນຄວາຍ (ໂຕ)=-:buffalo_la407 | ປະເພດວັກຊີນ=-:vaccine_la407"
        " | ວັນທີສັກຢາ=date@%d/%m/%Y | ສັດຕະວະແພດບ້ານ=-:vet_la407",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "dvo_fmd_vaccination_register_cattle_keepers_ug407",
        "S/N=row | Name of Farmer=full_name:ug_name407 | NIN=national_id:ug_nin407"
        " | Sex=sex:sex_ug407 | Date of Birth=birth_date@%d/%m/%Y"
        " | Village=suburb:ug_village407 | Sub-county=district:ug_sub407"
        " | District=state:ug_district407 | Tel. No.=phone:phone_ug407"
        " | No. of Cattle Vaccinated=-:cattle_ug407 | Vaccine Batch No.=-:batch_ug407"
        " | Date Vaccinated=date@%d/%m/%Y | Vaccinator=-:vaccinator_ug407",
        english=True,
        file="xlsx",
    ),
    _shape(
        "gyvunu_augintiniu_registro_israsas_lt407",
        "Eil. Nr.=row | Savininko vardas=given_name:lt_given407"
        " | Savininko pavardė=family_name:lt_family407 | Asmens kodas=national_id:ak_lt407"
        " | Gimimo data=birth_date@%Y-%m-%d | Adresas=street:lt_street407"
        " | Miestas / savivaldybė=district:lt_town407 | Pašto kodas=postcode:lt_post407"
        " | Telefonas=phone:phone_lt407 | El. paštas=email | Gyvūno rūšis=-:pet_lt407"
        " | Mikroschemos Nr.=-:chip_lt407 | Paso Nr.=-:passport_lt407"
        " | Vakcinacijos nuo pasiutligės data=date@%Y-%m-%d | Veterinarijos gydytojas=-:vet_lt407",
        english=True,
        encoding="cp1257",
    ),
    _shape(
        "spisok_identifikatsii_skota_vetuchastok_kg407",
        "№ п/п=row | ПИН владельца=national_id:pin_kg407 | Ф.И.О. владельца=full_name:kg_name407"
        " | Дата рождения=birth_date@%d.%m.%Y | Пол=sex:sex_kg407 | Село=suburb:kg_village407"
        " | Район=district:kg_rayon407 | Область=state:kg_oblast407 | Тел.=phone:phone_kg407"
        " | Вид животных=-:animal_kg407 | Кол-во голов=-:heads_kg407"
        " | № ушной бирки=-:tag_kg407 | Дата вакцинации против ящура=date@%d.%m.%Y"
        " | Ветврач=-:vet_kg407",
        english=True,
        encoding="cp1251",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("ci_uy407", "la_id407", "ug_nin407", "ak_lt407", "pin_kg407")
SEX_HOLDS: tuple[str, ...] = (
    "sex_plain407",
    "sex_uy407",
    "sex_la407",
    "sex_ug407",
    "sex_kg407",
)
NAME_HOLDS = frozenset(
    {"uy_given407", "uy_family407", "la_name407", "ug_name407"}
    | {"lt_given407", "lt_family407", "kg_name407"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_uy407",
    "phone_la407",
    "phone_ug407",
    "phone_lt407",
    "phone_kg407",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND407",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND407",
]
