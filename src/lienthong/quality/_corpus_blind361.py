"""The three-hundred-and-sixty-first part of the outside corpus, **blind 361** (written 13:10 UTC,
2026-12-07, never used for tuning): person files a traffic police team, a district police
impound lot, a provincial traffic police office, the Royal Thai Police, the Malaysian road
transport department, a UAE traffic department, a Chilean local police court and an Argentine
road safety agency could hand over, all about road traffic. Four Vietnamese files: a traffic
police team's book of driving-licence point deductions in UTF-8 with a BOM and semicolons (the
decision number, the offence, the points taken and the points left, the officer who entered it);
a police impound lot's list of vehicles still waiting for their owners in Windows-1258 with tabs
(the record of seizure, the plate, the owner's street, ward and province, the driver at the time,
the storage fee, the status); a patrol team's breath-alcohol test record in Excel (two readings
in mg/L of breath, the device number, the band of the offence, the officer who tested); and a
traffic police office's record of helmet and speeding notices mailed to owners from camera
images in UTF-16 with tabs (the camera site, the measured and allowed speed, the post tracking
code and whether it was delivered).
Five foreign files: a Thai police station's traffic ticket register in UTF-8 with Thai headers
(the 13-digit identity number with its mod-11 digit, Buddhist-era dates, the plate, the charge,
the fine in baht); a Malaysian list of owners blacklisted by JPJ for unpaid summonses in
Windows-1252 (the MyKad, the summons number, the compound in ringgit, the postcode and state); a
UAE traffic fines and black points register in UTF-8 with a BOM and English/Arabic headers (the
Emirates ID with its Luhn digit, the traffic file number, the name in Arabic, the nationality);
a Chilean register of unpaid traffic fines in Windows-1252 with semicolons (the RUN with its
mod-11 digit or K, both surnames, the comuna and region, the court's case roll, the fine in UTM);
and an Argentine licence scoring list in Excel (the DNI and the CUIL with its mod-11 digit, the
act number, the points deducted and left).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind361_writers import WRITERS_BLIND361
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND361: tuple[Shape, ...] = (
    _shape(
        "so_theo_doi_tru_diem_giay_phep_lai_xe_doi_csgt_vn361",
        "STT=row | Họ và tên người lái=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số định danh cá nhân=cccd | Số GPLX=-:gplx361 | Hạng=-:gplx_class361"
        " | Số QĐ XPVPHC=-:decision361 | Ngày vi phạm=date@%d/%m/%Y"
        " | Hành vi vi phạm=-:offence361 | Số điểm bị trừ=-:points_off361"
        " | Điểm còn lại (/12)=-:points_left361 | Nơi cư trú=address | SĐT=phone"
        " | CB nhập liệu=-:officer361 | Cập nhật=timestamp@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "phuong_tien_tam_giu_cho_chu_den_giai_quyet_bai_giu_xe_cong_an_quan_vn361",
        "STT=row | Số BB tạm giữ=-:seizure361 | Biển số=-:plate361"
        " | Loại xe, nhãn hiệu=-:vehicle361 | Tên chủ xe (theo ĐKX)=full_name"
        " | Ngày sinh chủ xe=birth_date@%d/%m/%Y | Số CCCD chủ xe=cccd | Số nhà, đường=street"
        " | Phường/Xã=ward:ward361 | Tỉnh/TP=province:province361"
        " | SĐT liên hệ=phone | Người điều khiển khi VP=-:driver361"
        " | Ngày tạm giữ=date@%d/%m/%Y | Vị trí trong bãi=-:lot361"
        " | Phí lưu bãi tạm tính (đ)=-:storage361 | Tình trạng=-:impound_status361",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "so_ghi_ket_qua_kiem_tra_nong_do_con_hoi_tho_to_tuan_tra_kiem_soat_vn361",
        "TT=row | Ngày KT=date@%d/%m/%Y | Giờ=-:hour361 | Họ tên người được KT=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD/ĐDCN=cccd"
        " | Nơi thường trú=address | Biển số PT=-:plate361"
        " | Kết quả lần 1 (mg/L khí thở)=-:breath1_361 | Kết quả lần 2 (mg/L)=-:breath2_361"
        " | Số hiệu máy đo=-:device361 | Mức VP=-:band361 | CB kiểm tra=-:officer361"
        " | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "thong_bao_vi_pham_qua_hinh_anh_camera_gui_chu_xe_mu_bao_hiem_toc_do_vn361",
        "TT=row | Số thông báo=-:notice361 | Biển kiểm soát=-:plate361 | Chủ phương tiện=full_name"
        " | Ngày sinh=birth_date@%d-%m-%Y | Mã định danh=cccd"
        " | Địa chỉ đăng ký xe=address | SĐT chủ xe=phone | Thời điểm VP=-:cam_time361"
        " | Địa điểm ghi hình=-:cam_site361 | Lỗi vi phạm=-:cam_fault361"
        " | Tốc độ đo/cho phép (km/h)=-:speed361 | Ngày gửi TB=date@%d-%m-%Y"
        " | Mã bưu gửi=-:post361 | Trạng thái phát=-:delivered361 | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "thabian_bai_sang_jarajon_sathani_tamruat_th361",
        "ลำดับ=row | เลขที่ใบสั่ง=-:th_ticket361 | เลขประจำตัวประชาชน=national_id:th_pid361"
        " | ชื่อ-สกุล=full_name:th_name361 | วันเดือนปีเกิด=birth_date:th_birth361"
        " | เพศ=sex:th_sex361 | ที่อยู่ตามทะเบียนบ้าน=address:th_addr361"
        " | หมายเลขโทรศัพท์=phone:th_phone361 | หมายเลขทะเบียนรถ=-:th_plate361"
        " | ข้อหา=-:th_charge361 | สถานที่เกิดเหตุ=-:th_place361"
        " | วันที่กระทำผิด=date:th_date361 | ค่าปรับ (บาท)=-:th_fine361"
        " | ผู้ออกใบสั่ง=-:th_officer361 | สถานะการชำระ=-:th_paid361",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "senarai_hitam_jpj_pemilik_saman_tertunggak_my361",
        "Bil.=row | No. Kad Pengenalan=national_id:my_ic361 | Nama Pemilik=full_name:my_name361"
        " | Tarikh Lahir=birth_date@%d/%m/%Y | Jantina=sex:my_sex361"
        " | Alamat=street:my_street361 | Poskod=postcode:my_post361"
        " | Bandar=district:my_town361 | Negeri=state:my_state361"
        " | No. Tel. Bimbit=phone:my_phone361 | No. Pendaftaran Kenderaan=-:my_plate361"
        " | No. Notis Saman=-:my_summons361 | Kesalahan=-:my_offence361"
        " | Tarikh Kesalahan=date@%d/%m/%Y | Kompaun (RM)=-:my_rm361"
        " | Status=-:my_black361",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "traffic_fines_black_points_register_ae361",
        "S.No=row | Traffic File No. / رقم الملف المروري=-:ae_file361"
        " | Emirates ID / رقم الهوية=national_id:ae_eid361 | Name / الاسم=full_name:ae_name361"
        " | الاسم (عربي)=full_name:ae_arname361 | Nationality / الجنسية=-:ae_nat361"
        " | Date of Birth / تاريخ الميلاد=birth_date@%d/%m/%Y"
        " | Mobile / الهاتف المتحرك=phone:ae_mobile361 | Address / العنوان=address:ae_addr361"
        " | Licence No. / رقم الرخصة=-:ae_licence361 | Plate / رقم اللوحة=-:ae_plate361"
        " | Violation / المخالفة=-:ae_violation361 | Black Points / النقاط السوداء=-:ae_points361"
        " | Fine (AED) / الغرامة=-:ae_fine361 | Violation Date / تاريخ المخالفة=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "registro_multas_no_pagadas_juzgado_policia_local_cl361",
        "N°=row | RUN=national_id:cl_run361 | Apellido Paterno=family_name:cl_paterno361"
        " | Apellido Materno=family_name:cl_materno361 | Nombres=given_name:cl_given361"
        " | Fecha Nacimiento=birth_date@%d-%m-%Y | Domicilio=street:cl_street361"
        " | Comuna=district:cl_comuna361 | Región=state:cl_region361"
        " | Teléfono=phone:cl_phone361 | PPU=-:cl_ppu361 | Rol Causa=-:cl_rol361"
        " | Juzgado=-:cl_court361 | Infracción=-:cl_infraction361 | Multa (UTM)=-:cl_utm361"
        " | Fecha Infracción=date@%d-%m-%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "scoring_licencia_nacional_conducir_actas_ansv_ar361",
        "Nº=row | Nro. Acta=-:ar_acta361 | Apellido=family_name:ar_family361"
        " | Nombre/s=given_name:ar_given361 | Tipo Doc.=-:ar_tdoc361"
        " | Nro. Doc.=national_id:ar_dni361 | CUIL=national_id:ar_cuil361"
        " | Fecha Nac.=birth_date@%d/%m/%Y | Sexo=sex:ar_sex361"
        " | Domicilio=street:ar_street361 | Localidad=district:ar_town361"
        " | Provincia=state:ar_prov361 | CP=postcode:ar_cp361 | Tel.=phone:ar_phone361"
        " | Dominio=-:ar_dominio361 | Infracción=-:ar_infraction361"
        " | Pts. descontados=-:ar_pts361 | Pts. restantes=-:ar_left361"
        " | Fecha Acta=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "th_pid361",
    "my_ic361",
    "ae_eid361",
    "cl_run361",
    "ar_dni361",
    "ar_cuil361",
)
SEX_HOLDS: tuple[str, ...] = ("th_sex361", "my_sex361", "ar_sex361")
NAME_HOLDS = frozenset(
    {"th_name361", "my_name361", "ae_name361", "cl_paterno361", "cl_given361"}
    | {"ar_family361", "ar_given361"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "th_phone361",
    "my_phone361",
    "ae_mobile361",
    "cl_phone361",
    "ar_phone361",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("th_addr361", "ae_addr361")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND361",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND361",
]
