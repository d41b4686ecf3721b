"""The three-hundred-and-forty-third part of the outside corpus, **blind 343** (written 12:40 UTC,
2026-12-07, never used for tuning): person files a city marathon's race-kit desk, a public
swimming pool, a gym chain's management software, a provincial sports school, a Rwandan sector's
community health insurance office, a Ugandan parish's PDM SACCO, a Zambian agricultural camp, a
Malawian district social welfare office and a Cameroonian electoral commission branch could hand
over. Four Vietnamese files: a city marathon's race-kit pickup list in UTF-8 with a BOM and
semicolons (the bib, the distance, the T-shirt size, the blood group, the club, the emergency
contact with the relation and phone, the person who collected the kit for the runner, the fee,
the finish time); a public pool's swimming test list in Windows-1258 with tabs (the pool card,
the class, the level tested, the instructor, the health note, a guardian and his phone for the
children, the result, the fee); a gym chain's member export from its software in UTF-8 with
commas (the member code, the branch, the package, start and end, the personal trainer, the
sessions left, the status, the amount paid, where the member heard of the gym, the last
check-in and the time the record was changed); and a provincial sports school's athletes in
Excel (the athlete code, the sport and squad, the coach, the school and grade, the father, the
mother and their phone, the height, the daily allowance, the medals).
Five foreign files: a Rwandan mutuelle de santé list in UTF-8 with Kinyarwanda headers (the
16-digit indangamuntu with the birth year and sex inside, province, district, sector, cell and
village, the head of household, the relation, the ubudehe category, the premium paid); a Ugandan
Parish Development Model SACCO list in Excel (the NIN, the village, parish and district, the
enterprise, the amount, the next of kin); a Zambian FISP farmer list in UTF-8 with commas (the
NRC, the camp and block, the co-operative, the e-voucher, the input pack, the deposit); a
Malawian social cash transfer list in UTF-16 with tabs and English/Chichewa headers (the
national id, the village, the group village headman, the traditional authority, the district,
the alternative receiver, the household size, the amount); and a Cameroonian voters' list in
Windows-1252 with semicolons and French headers (the CNI, when and where it was issued, the
father and mother, the profession, the quarter, arrondissement, department and region, the
polling station).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind343_writers import WRITERS_BLIND343
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND343: tuple[Shape, ...] = (
    _shape(
        "nhan_racekit_uy_quyen_nhan_ho_giai_marathon_quoc_te_thanh_pho_vn343",
        "STT=row | Số BIB=-:bib343 | Cự ly=-:distance343 | Họ và tên VĐV=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD/Hộ chiếu=cccd"
        " | SĐT=phone | Email=email | Size áo=-:shirt343 | Nhóm máu=-:blood343"
        " | CLB/Nhóm chạy=-:club343 | Người liên hệ khẩn cấp=-:kin_name343"
        " | Quan hệ=-:kin_rel343 | SĐT khẩn cấp=-:kin_phone343"
        " | Người nhận hộ (ủy quyền)=-:proxy343 | Lệ phí (đ)=-:fee343"
        " | Ngày nhận kit=date@%d/%m/%Y | Thành tích (chip time)=-:finish343",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "hoc_vien_sat_hach_biet_boi_be_boi_cong_cong_trung_tam_tdtt_vn343",
        "TT=row | Số thẻ bơi=-:pool_card343 | Ho ten hoc vien=full_name"
        " | Ngay sinh=birth_date@%d/%m/%Y | Gioi=sex | Dia chi=address | Dien thoai=phone"
        " | Lop=-:pool_class343 | Trinh do sat hach=-:pool_level343"
        " | GV huong dan=-:pool_teacher343 | Tinh trang SK=-:pool_health343"
        " | Nguoi giam ho=-:pool_guard343 | DT nguoi GH=-:pool_gphone343"
        " | Ngay sat hach=date@%d/%m/%Y | Ket qua=-:pool_result343"
        " | Hoc phi (VND)=-:pool_fee343 | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "xuat_du_lieu_hoi_vien_phan_mem_quan_ly_chuoi_phong_gym_vn343",
        "STT=row | Mã hội viên=-:gym_code343 | Chi nhánh=-:gym_branch343 | Tên hội viên=full_name"
        " | Số điện thoại=phone | Email=email | Giới tính=sex"
        " | Ngày sinh=birth_date@%Y-%m-%d | CMND/CCCD=cccd | Địa chỉ=address"
        " | Gói tập=-:gym_pack343 | Ngày bắt đầu=date@%Y-%m-%d | PT phụ trách=-:gym_pt343"
        " | Số buổi còn lại=-:gym_left343 | Trạng thái=-:gym_status343"
        " | Đã thanh toán=-:gym_paid343 | Nguồn khách=-:gym_source343"
        " | Người liên hệ=-:kin_name343 | SĐT người liên hệ=-:kin_phone343"
        " | Cập nhật lúc=timestamp@%Y-%m-%d %H:%M:%S",
        encoding="utf-8",
    ),
    _shape(
        "van_dong_vien_tap_trung_doi_tuyen_truong_nang_khieu_tdtt_tinh_vn343",
        "STT=row | Mã VĐV=-:sch_code343 | Họ và tên=full_name | Ngày, tháng, năm sinh"
        "=birth_date@%d/%m/%Y | Nam/Nữ=sex | Số định danh cá nhân=cccd | Môn=-:sch_sport343"
        " | Tuyến=-:sch_squad343 | HLV phụ trách=-:sch_coach343"
        " | Trường văn hóa=-:sch_school343 | Lớp=-:sch_grade343 | Hộ khẩu thường trú=address"
        " | Họ tên cha=-:sch_father343 | Họ tên mẹ=-:sch_mother343"
        " | SĐT gia đình=-:sch_pphone343 | Chiều cao (cm)=-:sch_height343"
        " | Ngày tập trung=date@%d/%m/%Y | Tiền ăn/ngày (đ)=-:sch_allow343"
        " | Thành tích cao nhất=-:sch_medal343 | Số thẻ BHYT=-:bhyt",
        file="xlsx",
    ),
    _shape(
        "abanyamuryango_mutuelle_de_sante_umurenge_rw343",
        "No=row | Amazina=full_name:rw_name343 | Nomero y'indangamuntu=national_id:rw_id343"
        " | Itariki y'amavuko=birth_date@%d/%m/%Y | Igitsina=sex:rw_sex343"
        " | Intara=state:rw_prov343 | Akarere=district:rw_dist343"
        " | Umurenge=suburb:rw_sector343 | Akagari=-:rw_cell343 | Umudugudu=-:rw_village343"
        " | Telefoni=phone:rw_phone343 | Umukuru w'urugo=-:rw_head343"
        " | Isano n'umukuru w'urugo=-:rw_rel343 | Icyiciro cy'ubudehe=-:rw_cat343"
        " | Umusanzu (Frw)=-:rw_paid343 | Itariki yishyuriyeho=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "pdm_sacco_beneficiaries_parish_ug343",
        "S/N=row | Surname=family_name:ug_family343 | Other names=given_name:ug_given343"
        " | NIN=national_id:ug_nin343 | Sex=sex:zm_sex343 | Date of Birth=birth_date@%d/%m/%Y"
        " | Village=-:ug_village343 | Parish=suburb:ug_parish343"
        " | District=district:ug_district343 | Tel. No.=phone:ug_phone343"
        " | SACCO=-:ug_sacco343 | Enterprise=-:ug_enterprise343"
        " | Amount (UGX)=-:ug_amount343 | Next of kin=-:ug_kin343"
        " | Date disbursed=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "fisp_farmer_register_camp_zm343",
        "No.=row | Farmer Name=full_name:zm_name343 | NRC No.=national_id:zm_nrc343"
        " | Sex=sex:zm_sex343 | DOB=birth_date@%d/%m/%Y | District=district:zm_district343"
        " | Camp=-:zm_camp343 | Block=-:zm_block343 | Co-operative=-:zm_coop343"
        " | Mobile No.=phone:zm_phone343 | E-Voucher Card No.=-:zm_evoucher343"
        " | Input Pack=-:zm_pack343 | Deposit=-:zm_deposit343"
        " | Date Registered=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "social_cash_transfer_beneficiaries_district_mw343",
        "No.=row | Dzina la mwini banja / HH Head Name=full_name:mw_name343"
        " | National ID=national_id:mw_id343 | Sex=sex:mw_sex343"
        " | Tsiku lobadwa / Date of Birth=birth_date@%d/%m/%Y"
        " | Mudzi / Village=-:mw_village343 | GVH=-:mw_gvh343 | T/A=-:mw_ta343"
        " | Boma / District=district:mw_district343 | Phone=phone:mw_phone343"
        " | Alternative Receiver=-:mw_alt343 | HH Size=-:mw_hh343 | Zone=-:mw_zone343"
        " | Amount=-:mw_amount343 | Payment Date=date@%d/%m/%Y",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "liste_electorale_antenne_communale_elecam_cm343",
        "N° d'ordre=row | Noms et prénoms=full_name:cm_name343"
        " | Né(e) le=birth_date@%d/%m/%Y | à=-:cm_birthplace343 | Sexe=sex:cm_sex343"
        " | Nom du père=-:cm_father343 | Nom de la mère=-:cm_mother343"
        " | Profession=-:cm_job343 | N° CNI=national_id:cm_cni343"
        " | Délivrée le=date@%d/%m/%Y | à (lieu de délivrance)=-:cm_issued_at343"
        " | Quartier=suburb:cm_quarter343 | Arrondissement=district:cm_arr343"
        " | Département=-:cm_dept343 | Région=state:cm_region343"
        " | Téléphone=phone:cm_phone343 | Bureau de vote=-:cm_bureau343",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("rw_id343", "ug_nin343", "zm_nrc343", "mw_id343", "cm_cni343")
SEX_HOLDS: tuple[str, ...] = ("rw_sex343", "zm_sex343", "mw_sex343", "cm_sex343")
NAME_HOLDS = frozenset(
    {"rw_name343", "ug_family343", "ug_given343", "zm_name343", "mw_name343", "cm_name343"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "rw_phone343",
    "ug_phone343",
    "zm_phone343",
    "mw_phone343",
    "cm_phone343",
)
#: addresses written with ``", "`` between their parts: none of this part's own writers.
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND343",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND343",
]
