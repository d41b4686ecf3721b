"""The three-hundred-twenty-ninth part of the outside corpus, **blind 329** (written 11:44 UTC,
2026-12-07, never used for tuning): person files a ward registering households' septic tanks, a
commune's livestock and veterinary station, a coastal commune's police, a district's veterinary
station, a New Zealand district council, Chile's agriculture and livestock service (SAG), a
Moroccan regional water and forests directorate, a Polish county office and a Thai district
office could hand over. Four Vietnamese files: a ward's list of households registering the
septic tank that treats their domestic wastewater, in UTF-8 with a BOM and semicolons (the
residents' group, the household size, the kind and volume of the tank, the last desludging and
who did it, the sewer connection); a commune's list of pig farms declaring how they treat
manure, in Excel (the farm's own address beside the owner's home, the herd, the livestock units,
the treatment, the biogas pit's volume, the farm code, the veterinary officer and his phone); a
commune's list of fishers surrendering banned gear, in Windows-1258 with tabs (the gear, how many,
the record number, the officer who took it, what was done with it); and a district's list of
herd owners whose cattle were vaccinated against lumpy skin disease, in UTF-16 with tabs (the
species, the head count, the ear tag, the vaccine, the vaccinator, the time last updated).
Five foreign files: a New Zealand council's dog registration register in UTF-8 (the dog's
registration and tag numbers, name, breed, colour, its own sex and desexing, microchip, the
menacing classification, the fee, beside the owner's surname, first names, birth date, street,
suburb, town, postcode and phone); a Chilean SAG hunting permit list in Windows-1252 with
semicolons (the permit and its class, the RUN with its mod-11 digit, two surnames, comuna and
región, the issue and expiry dates, the office, the amount); a Moroccan hunting permit list in
UTF-8 with French and Arabic headers (the CIN, the firearm permit, the hunting association, the
category, the directorate); a Polish county office's register of fishing cards in Windows-1250
with semicolons (the card number, the PESEL with its weighted digit, the angling club's
examination certificate, the stamp duty); and a Thai district's register of open-burning permit
requests in UTF-8 with a BOM (the request number, the name with its title, the 13-digit ID with
its mod-11 digit, Buddhist-era dates, the village address, the plot's area in rai and its
coordinates, the fuel, the decision and who approved it).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind329_writers import WRITERS_BLIND329
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND329: tuple[Shape, ...] = (
    _shape(
        "ho_gia_dinh_dang_ky_be_tu_hoai_xu_ly_nuoc_thai_sinh_hoat_ubnd_phuong_vn329",
        "STT=row | Họ tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD chủ hộ=cccd | Địa chỉ hộ gia đình=address | Tổ dân phố=-:tdp329"
        " | Số nhân khẩu=-:members329 | Loại công trình xử lý=-:tank329"
        " | Thể tích bể (m3)=-:vol329 | Ngày hút bùn gần nhất=date@%d/%m/%Y"
        " | Đơn vị hút bùn=-:desludge329 | Đấu nối cống thoát nước chung=-:connect329"
        " | SĐT=phone | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "co_so_chan_nuoi_lon_ke_khai_xu_ly_chat_thai_tram_chan_nuoi_thu_y_xa_vn329",
        "TT=row | Tên chủ cơ sở=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd:cccd_spaced | Nơi thường trú=address"
        " | Địa điểm cơ sở chăn nuôi=-:farm_addr329 | Quy mô (con)=-:herd329"
        " | Quy đổi (ĐVN)=-:dvn329 | Biện pháp xử lý chất thải=-:method329"
        " | Thể tích hầm biogas (m3)=-:biogas329 | Mã số cơ sở=-:farmcode329"
        " | Ngày kê khai=date@%d/%m/%Y | Điện thoại chủ cơ sở=phone"
        " | Cán bộ thú y xã=-:vet329 | ĐT cán bộ=-:vet_phone329",
        file="xlsx",
    ),
    _shape(
        "ngu_dan_giao_nop_ngu_cu_cam_kich_dien_luoi_bat_quai_cong_an_xa_vn329",
        "TT=row | Họ và tên người giao nộp=full_name | Sinh ngày=birth_date@%d.%m.%Y"
        " | CCCD=cccd | Thường trú=address | Loại ngư cụ=-:gear329 | Số lượng=-:qty329"
        " | ĐVT=-:unit329 | Ngày giao nộp=date@%d.%m.%Y | Biên bản số=-:record329"
        " | Người tiếp nhận=-:receiver329 | Hình thức xử lý=-:dispose329"
        " | SĐT liên hệ=phone",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "chu_ho_tiem_phong_viem_da_noi_cuc_trau_bo_tram_thu_y_huyen_vn329",
        "STT=row | Tên chủ hộ=full_name | Giới tính=sex | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số định danh cá nhân=cccd | Địa chỉ=address | Loài=-:species329"
        " | Số con được tiêm=-:vacc_n329 | Số tai=-:eartag329 | Loại vắc xin=-:vaccine329"
        " | Ngày tiêm=date@%d/%m/%Y | Người tiêm=-:vaccinator329 | SĐT chủ hộ=phone"
        " | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "dog_registration_register_district_council_nz329",
        "Line=row | Dog Reg No=-:regno_nz329 | Tag No=-:tag_nz329 | Dog Name=-:dogname_nz329"
        " | Primary Breed=-:breed_nz329 | Colour=-:colour_nz329 | Sex=-:dogsex_nz329"
        " | Microchip=-:chip_nz329 | Owner Surname=family_name:nz_family329"
        " | Owner First Names=given_name:nz_given329 | Owner DOB=birth_date@%d/%m/%Y"
        " | Address Line 1=street:nz_street329 | Suburb=suburb:nz_suburb329"
        " | Town/City=district:nz_city329 | Post Code=postcode:nz_pc329"
        " | Contact Phone=phone:phone_nz329 | Email=email"
        " | Classification=-:class_nz329 | Fee=-:fee_nz329 | Date Paid=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "permisos_de_caza_emitidos_sag_cl329",
        "N°=row | N° Permiso=-:permit_cl329 | Clase=-:clase_cl329 | RUT=national_id:rut_cl329"
        " | Nombres=given_name:cl_given329 | Apellido Paterno=family_name:cl_pat329"
        " | Apellido Materno=-:cl_mat329 | Sexo=sex:sex_cl329"
        " | Fecha Nac.=birth_date@%d/%m/%Y | Domicilio=street:street_cl329"
        " | Comuna=district:comuna_cl329 | Región=state:region_cl329"
        " | Teléfono=phone:phone_cl329 | Correo=email | Fecha Emisión=date@%d/%m/%Y"
        " | Vigencia hasta=date:expiry_cl329 | Oficina=-:oficina_cl329"
        " | Monto ($)=-:monto_cl329",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "permis_de_chasse_delivres_dref_ma329",
        "N° d'ordre=row | N° permis / رقم الرخصة=-:permit_ma329"
        " | Nom / النسب=family_name:ma_family329"
        " | Prénom / الاسم=given_name:ma_given329 | CIN / ب.ت.و=national_id:cin_ma329"
        " | Date de naissance=birth_date@%d/%m/%Y | Adresse / العنوان=street:ma_street329"
        " | Ville=district:ma_city329 | Région=state:ma_region329"
        " | Tél / الهاتف=phone:phone_ma329 | N° autorisation port d'arme=-:arme_ma329"
        " | Association de chasse=-:asso_ma329 | Catégorie=-:cat_ma329"
        " | Date de délivrance=date@%d/%m/%Y | Direction=-:dref_ma329",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "rejestr_wydanych_kart_wedkarskich_starostwo_powiatowe_pl329",
        "Lp.=row | Nr karty wędkarskiej=-:karta_pl329 | Nazwisko=family_name:pl_family329"
        " | Imię=given_name:pl_given329 | PESEL=national_id:pesel_pl329"
        " | Data urodzenia=birth_date@%d.%m.%Y | Ulica, nr domu=street:street_pl329"
        " | Kod pocztowy=postcode:pc_pl329 | Miejscowość=district:town_pl329"
        " | Telefon=phone:phone_pl329 | Nr zaświadczenia o egzaminie=-:zasw_pl329"
        " | Wydane przez=-:kolo_pl329 | Data wydania karty=date@%d.%m.%Y"
        " | Opłata skarbowa (zł)=-:oplata_pl329",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
    _shape(
        "thabian_kho_anuyat_phao_nai_thi_long_amphoe_chiang_mai_th329",
        "ลำดับ=row | เลขที่คำขอ=-:req_th329 | ชื่อ-สกุล ผู้ขออนุญาต=full_name:th_name329"
        " | เลขประจำตัวประชาชน=national_id:pid_th329 | วันเดือนปีเกิด=birth_date:th_birth329"
        " | ที่อยู่=address:th_addr329 | เบอร์โทร=phone:phone_th329"
        " | พื้นที่ขอเผา (ไร่)=-:rai_th329 | ชนิดเชื้อเพลิง=-:fuel_th329"
        " | พิกัดแปลง=-:coord_th329 | วันที่ขอเผา=date:th_date329"
        " | ผลการพิจารณา=-:result_th329 | ผู้อนุมัติ=-:approver_th329",
        english=True,
        encoding="utf-8-sig",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("rut_cl329", "cin_ma329", "pesel_pl329", "pid_th329")
SEX_HOLDS: tuple[str, ...] = ("sex_cl329",)
NAME_HOLDS = frozenset(
    {"nz_family329", "nz_given329", "cl_given329", "cl_pat329", "ma_family329", "ma_given329"}
    | {"pl_family329", "pl_given329", "th_name329"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_nz329",
    "phone_cl329",
    "phone_ma329",
    "phone_pl329",
    "phone_th329",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("th_addr329",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND329",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND329",
]
