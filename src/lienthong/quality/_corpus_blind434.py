"""The four-hundred-and-thirty-fourth part of the outside corpus, **blind 434** (written 01:02 UTC,
2026-12-08, never used for tuning): person files a district's health office, a ward's people's
committee, a hotel's front desk, a district's inter-agency food-safety team, Singapore's SFA, a
Malaysian district health office, a Lima district municipality, an Emilian HACCP training body
and a Thai municipality's public health division could hand over about food handlers, street-food
sellers, hotel guests and restaurant owners.
Four Vietnamese files: a district's list of food handlers granted a certificate of food-safety
knowledge, in Excel (the handler's home, the kitchen or restaurant they work in and its address,
their job, the certificate number, the test score and result, the day granted); a ward's list of
street-food stall owners in Windows-1258 with semicolons and headers without diacritics (the
goods sold, the spot on the pavement, the certificate's expiry, the health check, the signed
pledge, the fee); a hotel's guest registration for temporary residence in UTF-16 with tabs (the
CCCD, the passport if any, the room, the hour of arrival, the day of leaving, the reason, the
number plate, the desk clerk, when the declaration was sent); and an inspection list of
restaurants in UTF-8 with a BOM and ISO dates (the establishment and its kind, the owner with
their CCCD, phone and home, the team and its leader with their phone, the result, the breach,
the fine and the decision).
Five foreign files: an SFA list of registered food handlers in UTF-8 (the name in capitals, the
NRIC masked to its last four characters, the block address and postal code, the stall, the
licence, the course and the refresher due); a Malaysian list of food handlers' anti-typhoid
injections in Excel (the MyKad, the address, the state, the premises, the injection and training
certificate, the clinic); a Peruvian list of carnés de sanidad in Windows-1252 with semicolons
(surnames and given names in one column, the DNI, the home and its district, the business and
the trade, the carné and its expiry, the result); an Italian list of HACCP attestati in UTF-8
with semicolons (cognome, nome, the codice fiscale with its check letter, the comune of birth,
the street, CAP, comune and province, the mobile and e-mail, the firm, the job, the level and
hours, the expiry); and a Thai list of trained food handlers in UTF-8 with a BOM and tabs (the
name with its title, the 13-digit id, Buddhist-era dates, the address, the shop and its kind, the
certificate).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind434_writers import WRITERS_BLIND434
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND434: tuple[Shape, ...] = (
    _shape(
        "danh_sach_cap_giay_xac_nhan_kien_thuc_attp_nguoi_truc_tiep_che_bien_vn434",
        "STT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Nơi thường trú=address:home434"
        " | Tên cơ sở làm việc=-:shop434 | Địa chỉ cơ sở=-:shopaddr434"
        " | Công việc đảm nhận=-:job434 | Số giấy xác nhận=-:cert434"
        " | Điểm kiểm tra=-:score434 | Kết quả=-:pass434 | Ngày cấp=date@%d/%m/%Y"
        " | Điện thoại=phone:phone_dotted | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "ds_ho_kinh_doanh_thuc_an_duong_pho_ubnd_phuong_vn434",
        "TT=row | Ho ten chu co so=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | CCCD so=cccd | Dia chi thuong tru=address:home434 | DT lien he=phone"
        " | Mat hang KD=-:goods434 | Dia diem ban hang=-:spot434"
        " | So GXN kien thuc ATTP=-:cert434 | Ngay het han GXN=date:expire434"
        " | Ngay kham SK=date:health434 | Cam ket ATTP=-:pledge434"
        " | Le phi (dong)=-:fee434",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_dang_ky_khach_luu_tru_khach_san_vn434",
        "STT=row | Họ tên khách=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD/ĐDCN=cccd:cccd_spaced | Số hộ chiếu (nếu có)=-:pp434"
        " | Địa chỉ thường trú=address:home434 | SĐT=phone:phone_spaced"
        " | Phòng=-:room434 | Giờ, ngày đến=date:in434 | Ngày đi (dự kiến)=date:out434"
        " | Lý do lưu trú=-:stay434 | Biển số xe=-:plate434 | Lễ tân=-:clerk434"
        " | Thời điểm khai báo lưu trú=timestamp:sent434",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "danh_sach_kiem_tra_co_so_kinh_doanh_dich_vu_an_uong_doan_lien_nganh_vn434",
        "STT=row | Tên cơ sở=-:firm434 | Loại hình=-:kind434 | Chủ cơ sở=full_name"
        " | Ngày sinh chủ CS=birth_date@%Y-%m-%d | Số định danh=cccd"
        " | Nơi ở của chủ CS=address:home434 | SĐT chủ CS=phone"
        " | Ngày kiểm tra=date@%Y-%m-%d | Đơn vị kiểm tra=-:team434"
        " | Trưởng đoàn=-:lead434 | SĐT trưởng đoàn=-:leadphone434"
        " | Kết quả=-:result434 | Hành vi vi phạm=-:breach434"
        " | Số tiền phạt (đ)=-:fine434 | Số QĐ xử phạt=-:qd434",
        encoding="utf-8-sig",
    ),
    _shape(
        "sfa_registered_food_handlers_hawker_centre_sg434",
        "S/N=row | Name (as in NRIC)=full_name:sg_name434"
        " | NRIC/FIN (masked)=national_id:sg_nric434 | Date of Birth=birth_date@%d/%m/%Y"
        " | Sex=sex:sex_sg434 | Mobile No.=phone:phone_sg434"
        " | Residential Address=street:sg_street434 | Postal Code=postcode:sg_post434"
        " | Stall Name & Unit=-:sg_stall434 | SFA Licence No.=-:sg_licence434"
        " | Food Hygiene Course=-:sg_course434 | Date Attended=date@%d/%m/%Y"
        " | Refresher Due=date:sg_refresh434 | RFHO=-:sg_rfho434",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "senarai_pengendali_makanan_suntikan_anti_tifoid_pkd_my434",
        "Bil.=row | Nama Pengendali Makanan=full_name:my_name434"
        " | No. K/P (MyKad)=national_id:my_ic434 | Tarikh Lahir=birth_date@%d.%m.%Y"
        " | Jantina=sex:sex_my434 | No. Tel. Bimbit=phone:phone_my434"
        " | Alamat Rumah=address:my_addr434 | Negeri=state:my_state434"
        " | Nama Premis=-:my_premis434 | Tarikh Suntikan=date@%d.%m.%Y"
        " | Tarikh Suntikan Ulangan=date:my_vax434 | No. Sijil LPM=-:my_lpm434"
        " | Klinik=-:my_clinic434",
        english=True,
        file="xlsx",
    ),
    _shape(
        "relacion_carne_de_sanidad_manipuladores_municipalidad_pe434",
        "N°=row | Apellidos y Nombres=full_name:pe_name434 | DNI=national_id:pe_dni434"
        " | Fecha de Nac.=birth_date@%d/%m/%Y | Sexo=sex:sex_pe434"
        " | Domicilio=street:pe_street434 | Distrito=district:pe_dist434"
        " | Celular=phone:phone_pe434 | Establecimiento=-:pe_shop434 | Giro=-:pe_giro434"
        " | N° Carné=-:pe_card434 | Fecha de Emisión=date@%d/%m/%Y"
        " | Vence=date:pe_until434 | Resultado=-:pe_apto434",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "registro_attestati_haccp_alimentaristi_ente_formazione_it434",
        "N.=row | Cognome=family_name:it_fam434 | Nome=given_name:it_giv434"
        " | Codice Fiscale=national_id:it_cf434 | Data di nascita=birth_date@%d/%m/%Y"
        " | Luogo di nascita=-:it_born434 | Sesso=sex:sex_it434"
        " | Indirizzo di residenza=street:it_street434 | CAP=postcode:it_cap434"
        " | Comune=district:it_town434 | Prov.=-:it_prov434 | Cellulare=phone:phone_it434"
        " | E-mail=email:it_mail434 | Esercizio=-:it_firm434 | Mansione=-:it_role434"
        " | Corso=-:it_level434 | Ore=-:it_hours434 | Data attestato=date@%d/%m/%Y"
        " | Scadenza=date:it_until434",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "thabian_phu_samphat_ahan_phan_kan_oprom_thetsaban_th434",
        "ลำดับ=row | ชื่อ-สกุล=full_name:th_name434 | เลขประจำตัวประชาชน=national_id:th_id434"
        " | วัน/เดือน/ปีเกิด=birth_date:th_dob434 | เพศ=sex:sex_th434"
        " | ที่อยู่ตามทะเบียนบ้าน=address:th_addr434 | โทรศัพท์=phone:phone_th434"
        " | ชื่อสถานประกอบการ=-:th_shop434 | ประเภทกิจการ=-:th_kind434"
        " | วันที่ผ่านการอบรม=date:th_train434 | เลขที่ใบรับรอง=-:th_cert434"
        " | วันหมดอายุ=date:th_until434",
        english=True,
        encoding="utf-8-sig",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("sg_nric434", "my_ic434", "pe_dni434", "it_cf434", "th_id434")
SEX_HOLDS: tuple[str, ...] = ("sex_sg434", "sex_my434", "sex_pe434", "sex_it434", "sex_th434")
NAME_HOLDS = frozenset(
    {"sg_name434", "my_name434", "pe_name434", "it_fam434", "it_giv434", "th_name434"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_sg434",
    "phone_my434",
    "phone_pe434",
    "phone_it434",
    "phone_th434",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("home434", "my_addr434", "th_addr434")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND434",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND434",
]
