"""The three-hundred-and-seventy-eighth part of the outside corpus, **blind 378** (written 16:22
UTC, 2026-12-07, never used for tuning): person files a ward's rabies vaccination campaign, a
commune's animal husbandry desk, a district poverty programme, a pet clinic, a Uruguayan pet
register, Botswana's livestock identification service, a Kyrgyz pasture committee, a Portuguese
municipal vet and an Indonesian livestock service could hand over. Four Vietnamese files: a
ward's list of dog and cat owners whose animals were vaccinated against rabies on a campaign day,
in UTF-8 with a BOM and semicolons (the animal, its name, coat and age, the vaccine lot, the fee,
the vaccinator); a commune's livestock declarations (kê khai hoạt động chăn nuôi) in Windows-1258
with tabs and headers without diacritics (the hamlet, the commune alone, pigs, cattle and poultry,
livestock units, the scale, the declaration number, the commune vet); a district's list of poor
households given breeding cows in Excel (ethnic group, poverty class, the highland address, the
cows, their ear tags, the amount, the group leader and his phone); and a pet clinic's client
export in UTF-16 with tabs (client code, the pet, species, breed, weight, last visit, doctor,
points, debt, the time the client was created).
Five foreign files: a Uruguayan companion-animal register in Windows-1252 with semicolons (the
cédula with its check digit, two surnames, departamento, the chip, the rabies shot, the vet); a
Botswana livestock keepers' register in Excel (the Omang, village, ward and district, the brand,
the cattle post, the herd, the bolus); a Kyrgyz pasture committee's list in UTF-8 with Kyrgyz and
Russian headers in Cyrillic (the PIN, the patronymic with уулу/кызы, the herd, the pasture ticket,
the fee in som); a Portuguese register of pet owners in Windows-1252 with semicolons (the Cartão
de Cidadão with its check characters, the NIF with its mod 11 digit, Portuguese postcodes, the
transponder, the vet's OMV number); and an Indonesian list of farmers whose cattle were vaccinated
against foot-and-mouth disease, in UTF-8 with tabs and capital headers (the NIK, place of birth,
RT/RW, desa, kecamatan, kabupaten, the ear tag, the farmers' group).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind378_writers import WRITERS_BLIND378
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND378: tuple[Shape, ...] = (
    _shape(
        "tiem_phong_dai_cho_meo_phuong_vn378",
        "STT=row | Họ tên chủ nuôi=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Địa chỉ=address | SĐT=phone | Loài (chó/mèo)=-:species378 | Tên con vật=-:petname378"
        " | Màu lông=-:coat378 | Tuổi (tháng)=-:petage378 | Số lô vắc xin=-:lot378"
        " | Ngày tiêm=date@%d/%m/%Y | Lệ phí (đ)=-:fee378 | Người tiêm=-:vaccinator378"
        " | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "ke_khai_hoat_dong_chan_nuoi_xa_vn378",
        "TT=row | Ho ten chu ho=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | So CCCD=cccd:cccd_spaced | Thon/xom=-:hamlet378 | Xa=ward:commune378"
        " | Lon (con)=-:pigs378 | Trau, bo (con)=-:cattle378 | Gia cam (con)=-:poultry378"
        " | Tong DVN=-:lsu378 | Quy mo=-:scale378 | So phieu KK=-:decl378"
        " | Ngay ke khai=date@%d/%m/%Y | Dien thoai=phone | Can bo thu y xa=-:vetofficer378",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "ho_ngheo_nhan_bo_sinh_san_vn378",
        "STT=row | Họ và tên chủ hộ=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Dân tộc=-:ethnic378"
        " | Hộ nghèo/cận nghèo=-:poor378 | Địa chỉ=address:home378"
        " | Số bò hỗ trợ (con)=-:cows378 | Số tai bò=-:eartag378"
        " | Giá trị hỗ trợ (đồng)=-:aid378 | Ngày nhận bò=date@%d/%m/%Y"
        " | Tổ trưởng tổ hợp tác=-:group_head378 | SĐT tổ trưởng=-:head_phone378"
        " | Ký nhận=-:sign378",
        file="xlsx",
    ),
    _shape(
        "khach_hang_phong_kham_thu_y_vn378",
        "STT=row | Mã KH=-:client378 | Tên khách hàng=full_name | Giới tính=sex"
        " | Ngày sinh=birth_date@%Y-%m-%d | Điện thoại=phone | Email=email | Địa chỉ=address"
        " | Tên thú cưng=-:petname378 | Loài=-:species378 | Giống=-:breed378"
        " | Cân nặng (kg)=-:weight378 | Lần khám gần nhất=date@%Y-%m-%d"
        " | Bác sĩ phụ trách=-:doctor378 | Điểm tích lũy=-:points378 | Công nợ=-:debt378"
        " | Ngày tạo=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "registro_animales_compania_uy378",
        "N°=row | Cédula de identidad=national_id:ci378 | Primer apellido=family_name:uy_fam378"
        " | Segundo apellido=-:uy_fam2_378 | Nombres=given_name:uy_given378"
        " | Fecha de nacimiento=birth_date@%d/%m/%Y | Sexo=sex:sex_uy378"
        " | Domicilio=street:uy_street378 | Localidad=district:uy_loc378"
        " | Departamento=state:uy_dep378 | Celular=phone:uy_phone378"
        " | Especie=-:uy_species378 | Raza=-:uy_breed378 | N° de chip=-:chip378"
        " | Vacuna antirrábica=date@%d/%m/%Y | Veterinario actuante=-:uy_vet378",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "livestock_keepers_baits_bw378",
        "No.=row | Omang No.=national_id:omang378 | Surname=family_name:bw_fam378"
        " | First Name(s)=given_name:bw_given378 | Date of Birth=birth_date@%d/%m/%Y"
        " | Sex=sex:sex_bw378 | Village / Motse=district:bw_village378"
        " | Ward / Kgotlana=suburb:bw_ward378 | District=state:bw_dist378"
        " | Cell No.=phone:bw_phone378 | Brand No.=-:brand378 | Cattle Post / Moraka=-:moraka378"
        " | Cattle (head)=-:bw_cattle378 | Goats & Sheep=-:bw_small378"
        " | Extension Area=-:ext378 | Bolus No.=-:bolus378 | Date Registered=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "jaiyt_komiteti_mal_eeleri_kg378",
        "№ п/п=row | ПИН=national_id:pin378 | Фамилиясы / Фамилия=family_name:kg_fam378"
        " | Аты / Имя=given_name:kg_given378 | Атасынын аты / Отчество=-:kg_patr378"
        " | Туулган күнү / Дата рождения=birth_date@%d.%m.%Y | Жынысы / Пол=sex:sex_kg378"
        " | Дареги / Адрес=street:kg_street378 | Айыл / Село=district:kg_village378"
        " | Облусу / Область=province:kg_oblast378 | Телефон=phone:kg_phone378"
        " | Ири мүйүздүү мал (КРС)=-:krs378 | Майда мал (МРС)=-:mrs378"
        " | Жылкы / Лошади=-:horses378 | Жайыт билети №=-:ticket378"
        " | Төлөнгөн сумма=-:som378 | Төлөгөн күнү / Дата оплаты=date@%d.%m.%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "detentores_animais_companhia_pt378",
        "N.º=row | Nome completo=full_name:pt_full378"
        " | N.º Doc. Identificação (CC)=national_id:cc378 | NIF=-:nif378"
        " | Data de nascimento=birth_date@%d-%m-%Y | Morada=street:pt_street378"
        " | Código Postal=postcode:pt_cp378 | Localidade=district:pt_loc378"
        " | Telemóvel=phone:pt_phone378 | Correio eletrónico=email | Nome do animal=-:pt_pet378"
        " | Espécie=-:pt_species378 | Raça=-:pt_breed378 | N.º transponder=-:chip378"
        " | Vacinação antirrábica=date@%d-%m-%Y | Médico veterinário=-:pt_vet378",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "peternak_vaksinasi_pmk_id378",
        "NO=row | NIK=national_id:nik378 | NAMA PETERNAK=full_name:id_full378"
        " | TEMPAT LAHIR=-:id_pob378 | TANGGAL LAHIR=birth_date@%d-%m-%Y"
        " | JENIS KELAMIN=sex:sex_id378 | ALAMAT=street:id_street378 | RT/RW=-:rtrw378"
        " | DESA/KELURAHAN=suburb:id_desa378 | KECAMATAN=district:id_kec378"
        " | KABUPATEN=state:id_kab378 | NO. HP=phone:id_phone378 | JENIS TERNAK=-:id_ternak378"
        " | JUMLAH (EKOR)=-:id_count378 | NO. EARTAG=-:eartag_id378"
        " | KELOMPOK TERNAK=-:id_group378 | DOSIS=-:id_pmk378"
        " | TGL VAKSINASI=date@%d-%m-%Y",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("ci378", "omang378", "pin378", "cc378", "nik378")
SEX_HOLDS: tuple[str, ...] = ("sex_uy378", "sex_bw378", "sex_kg378", "sex_id378")
NAME_HOLDS = frozenset(
    {"uy_fam378", "uy_given378", "bw_fam378", "bw_given378", "kg_fam378", "kg_given378"}
    | {"pt_full378", "id_full378"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "uy_phone378",
    "bw_phone378",
    "kg_phone378",
    "pt_phone378",
    "id_phone378",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("home378",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND378",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND378",
]
