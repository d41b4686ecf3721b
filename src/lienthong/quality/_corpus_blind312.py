"""The three-hundred-and-twelfth part of the outside corpus, **blind 312** (written 10:38 UTC,
2026-12-07, never used for tuning): person files a rice milling company, a province's fisheries
sub-department, a commune veterinary station, a protection forest board, an Amhara woreda's
agriculture office, a Lambayeque irrigation users' board, a Central Java farmers' group, a Moroccan
maritime fisheries delegation and a Poltava agricultural firm could hand over.
Four Vietnamese files: farmers who sold rice to the company that buys it from them under a link
contract, on its purchase list for goods bought without invoices, in Excel (the kind of rice, the
kilograms, the price, the amount, the linked area, the contract, the cooperative); fishing boat
owners asking for a fishing licence in Windows-1258 with semicolons (the boat's registration, its
length and power, the gear, the zone, the captain, the licence, its validity, the home port);
poultry farms declaring bird flu to the commune veterinary station in UTF-16 with tabs and headers
without diacritics (the farm's code and its place apart from the owner's home, the species, the
flock, the sick and the dead, the day it was found, the suspected disease, the vet officer and his
phone, the time last updated); and households contracted to plant and guard forest in UTF-8 with a
BOM and semicolons (the hamlet, the commune alone, the contract, the sub-compartment and lot, the
area, the tree, the year, the payment, the board that signed).
Five foreign files: Amhara farmers taking fertilizer from their primary cooperative in Excel (the
name with the father's and grandfather's, the sex, the age, the Fayda number, the woreda and
kebele apart, a mobile, the land, the fertilizer, the quintals, the birr, how it is paid, the
cooperative, the Ethiopian-calendar day, the development agent); Lambayeque irrigation water users
in Windows-1252 with semicolons (the user code, the DNI sometimes with its check digit, the
address, the district alone, the plot's cadastral unit, the canal, the area, the crop, the water
licence, the fee, the day paid, the standing); a Central Java farmers' group's subsidised
fertilizer plan (RDKK) in UTF-8 (the group, the NIK, the mother's name, the address, the desa and
kecamatan apart, the land, the crop, the kilograms of urea, NPK and organic, the kiosk); artisanal
fishing boat owners at Moroccan landing points in UTF-8 with a BOM and semicolons, headers in
French and Arabic (the CIN, the address, the commune, the GSM, the boat's registration and name,
length, power, gear, the landing point, the seaman's card, the crew, the licence's validity, the
cooperative); and a Poltava agricultural firm's land share leases in Windows-1251 with semicolons
(the landlord's full name, the РНОКПП, the passport, the registered address, the phone, the
cadastral number, the area, the normative value, the lease contract, its day and term, the rent,
the heir or proxy).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind312_writers import WRITERS_BLIND312
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND312: tuple[Shape, ...] = (
    _shape(
        "bang_ke_thu_mua_lua_cua_nong_dan_lien_ket_khong_co_hoa_don_cong_ty_luong_thuc_vn312",
        "STT=row | Ngày tháng năm mua hàng=date@%d/%m/%Y | Tên người bán=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD người bán=cccd"
        " | Địa chỉ người bán=address | Số điện thoại=phone"
        " | Tên mặt hàng=-:rice_kind312 | Số lượng (kg)=-:rice_kg312"
        " | Đơn giá (đ/kg)=-:rice_price312 | Tổng giá thanh toán (đồng)=-:rice_amount312"
        " | DT liên kết (ha)=-:rice_area312 | Số HĐ liên kết=-:rice_contract312"
        " | HTX/THT=-:rice_group312 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "chu_tau_ca_de_nghi_cap_giay_phep_khai_thac_thuy_san_chi_cuc_thuy_san_binh_dinh_vn312",
        "TT=row | Họ tên chủ tàu=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Địa chỉ thường trú=address | Điện thoại=phone"
        " | Số đăng ký tàu=-:boat_reg312 | Lmax (m)=-:boat_len312"
        " | Tổng công suất (KW)=-:boat_kw312 | Nghề KT=-:boat_gear312"
        " | Vùng hoạt động=-:boat_zone312 | Thuyền trưởng=-:boat_captain312"
        " | Số GPKTTS=-:boat_lic312 | Có giá trị đến=date@%d/%m/%Y"
        " | Cảng cá đăng ký=-:boat_port312",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "co_so_chan_nuoi_khai_bao_dich_cum_gia_cam_tram_thu_y_xa_vn312",
        "STT=row | Ma co so CN=-:farm_code312 | Chu co so=full_name"
        " | Ngay sinh=birth_date@%d-%m-%Y | Gioi tinh=sex | So CCCD=cccd"
        " | Noi o hien tai=address | DT=phone | Dia diem chan nuoi=-:farm_place312"
        " | Loai gia cam=-:farm_species312 | Tong dan (con)=-:farm_herd312"
        " | So mac benh=-:farm_sick312 | So chet=-:farm_dead312"
        " | Ngay phat hien=date@%d-%m-%Y | Benh nghi=-:farm_disease312"
        " | CB thu y phu trach=-:farm_vet312 | DT CB thu y=-:farm_vet_phone312"
        " | Cap nhat luc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ho_nhan_khoan_trong_va_bao_ve_rung_hop_dong_voi_ban_quan_ly_rung_phong_ho_xa_vn312",
        "TT=row | Họ tên chủ hộ=full_name | Sinh ngày=birth_date@%d.%m.%Y"
        " | Nam/Nữ=sex | CCCD/ĐDCN=cccd:cccd_spaced | Thôn/bản=-:forest_hamlet312"
        " | Xã=ward:forest_commune312 | SĐT=phone | Số HĐ khoán=-:forest_contract312"
        " | Tiểu khu - Khoảnh - Lô=-:forest_plot312 | DT nhận khoán (ha)=-:forest_area312"
        " | Loài cây trồng=-:forest_tree312 | Năm trồng=-:forest_year312"
        " | Ngày ký HĐ=date@%d.%m.%Y | Tiền khoán (đ)=-:forest_pay312"
        " | Bên giao khoán=-:forest_bql312",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "ye_afer_madaberia_sirchit_mezgeb_meseretawi_hibret_sira_mahber_amhara_et312",
        "ተ.ቁ=row | የአርሶ አደሩ ስም ከነአያት=full_name:et_name312 | ፆታ=sex:et_sex312"
        " | ዕድሜ=-:et_age312 | የፋይዳ ቁጥር (FAN)=national_id:et_fayda312"
        " | ወረዳ=district:et_woreda312 | ቀበሌ=suburb:et_kebele312"
        " | ስልክ ቁጥር=phone:et_phone312 | የይዞታ መሬት (ሄ/ር)=-:et_land312"
        " | የማዳበሪያ ዓይነት=-:et_fert312 | መጠን (ኩ/ል)=-:et_qty312"
        " | የተከፈለ ብር=-:et_paid312 | የክፍያ ሁኔታ=-:et_pay312"
        " | መሰረታዊ ኅ/ሥ/ማህበር=-:et_coop312 | የወሰደበት ቀን=date:et_date312"
        " | የልማት ጣቢያ ሰራተኛ=-:et_da312",
        english=True,
        file="xlsx",
    ),
    _shape(
        "padron_usuarios_agua_riego_junta_usuarios_sector_hidraulico_chancay_lambayeque_pe312",
        "N°=row | Cód. Usuario=-:pe_user312 | Apellidos y Nombres=full_name:pe_name312"
        " | DNI=national_id:pe_dni312 | Fecha Nac.=birth_date@%d/%m/%Y"
        " | Domicilio=address:pe_home312 | Distrito=district:pe_dist312"
        " | Celular=phone:pe_phone312 | U.C. (Cód. Catastral)=-:pe_plot312"
        " | Canal / Toma=-:pe_canal312 | Área bajo riego (ha)=-:pe_area312"
        " | Cultivo=-:pe_crop312 | Licencia de uso de agua=-:pe_lic312"
        " | Tarifa anual (S/)=-:pe_fee312 | Fecha de pago=date@%d/%m/%Y"
        " | Situación=-:pe_state312",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "rdkk_rencana_definitif_kebutuhan_kelompok_tani_pupuk_bersubsidi_pati_tuban_id312",
        "No=row | Nama Poktan=-:rd_group312 | Nama Petani=full_name:rd_name312"
        " | NIK=national_id:rd_nik312 | Tgl Lahir=birth_date@%d-%m-%Y"
        " | Nama Ibu Kandung=-:rd_mother312 | Alamat=address:rd_addr312"
        " | Desa=suburb:rd_desa312 | Kecamatan=district:rd_kec312 | No. HP=phone:rd_phone312"
        " | Luas Lahan (Ha)=-:rd_area312 | Komoditas=-:rd_crop312"
        " | Urea (Kg)=-:rd_urea312 | NPK (Kg)=-:rd_npk312 | Organik (Kg)=-:rd_org312"
        " | Kios Pengecer=-:rd_kios312",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "liste_patrons_barques_peche_artisanale_points_debarquement_dpm_souss_ma312",
        "N° d'ordre=row | Nom et prénom du patron / الاسم الكامل=full_name:ma_name312"
        " | CIN / ب.ت.و=national_id:ma_cin312 | Date de naissance=birth_date@%d/%m/%Y"
        " | Adresse / العنوان=address:ma_addr312 | Commune / الجماعة=district:ma_commune312"
        " | GSM=phone:ma_phone312 | Immatriculation barque=-:ma_boat312"
        " | Nom de la barque=-:ma_boatname312 | Longueur (m)=-:ma_len312"
        " | Puissance (CV)=-:ma_cv312 | Engin=-:ma_gear312"
        " | Point de débarquement=-:ma_pda312 | N° livret maritime=-:ma_card312"
        " | Équipage=-:ma_crew312 | Validité licence=date@%d/%m/%Y"
        " | Coopérative=-:ma_coop312",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "reiestr_dohovoriv_orendy_zemelnykh_chastok_paiv_ahrofirma_poltavska_ua312",
        "№ з/п=row | ПІБ орендодавця=full_name:ua_name312 | РНОКПП=national_id:ua_rnokpp312"
        " | Дата народження=birth_date@%d.%m.%Y | Паспорт=-:ua_pass312"
        " | Адреса реєстрації=address:ua_addr312 | Телефон=phone:ua_phone312"
        " | Кадастровий номер=-:ua_cad312 | Площа, га=-:ua_area312"
        " | НГО, грн=-:ua_ngo312 | № договору=-:ua_contract312"
        " | Дата договору=date@%d.%m.%Y | Строк, років=-:ua_term312"
        " | Орендна плата, % НГО=-:ua_rent312 | Спадкоємець / представник=-:ua_heir312",
        english=True,
        encoding="cp1251",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "et_fayda312",
    "pe_dni312",
    "rd_nik312",
    "ma_cin312",
    "ua_rnokpp312",
)
SEX_HOLDS: tuple[str, ...] = ("et_sex312",)
NAME_HOLDS = frozenset({"et_name312", "pe_name312", "rd_name312", "ma_name312", "ua_name312"})
PHONE_HOLDS: tuple[str, ...] = (
    "et_phone312",
    "pe_phone312",
    "rd_phone312",
    "ma_phone312",
    "ua_phone312",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("pe_home312", "rd_addr312", "ma_addr312", "ua_addr312")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND312",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND312",
]
