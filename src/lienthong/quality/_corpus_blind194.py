"""The hundred-and-ninety-fourth part of the outside corpus, **blind 194** (written 02:00 UTC,
2026-12-07, never used for tuning): person files a provincial Buddhist Sangha committee, a border
district's labour office, a haematology centre, a preventive medicine centre, the National Tobacco
Administration in Ilocos Sur, a municipal agriculture office on Cebu's northern tip, a social
welfare team at Mayon's foot, the Marawi Compensation Board and the Benguet vegetable trading post
could hand over. Four Vietnamese files: monks and nuns registered for the summer retreat, in UTF-16
with tabs (the Dharma name beside the lay name, Tăng or Ni, the rank, the years of ordination, the
temple they live in and its address, the retreat school, the day the retreat opens); victims of
trafficking taken back and helped, in Windows-1258 with semicolons and headers without diacritics
(the country, the form of trafficking, the receiving office, the day received and the day
confirmed as a victim, the aid in dong, a relative and the relative's phone); people with
haemophilia managed at a haematology centre, in Excel (the patient code, the health insurance
card, the type and the severity, the factor level, the inhibitor, the regimen, the next visit);
and households whose drilled wells were tested for arsenic, in UTF-8 with a BOM and semicolons
(the depth and the year drilled, arsenic and manganese, the verdict, the sampler, the sampling
day). Five foreign files: tobacco growers of Ilocos Sur with Ilocano and English headers (the
PhilSys number, the grower's number, the RSBSA reference, the TIN, the barangay and the
municipality, the tobacco type, hectares, kilos sold, the buyer, month-first dates); a FishR
fisherfolk registry from Cebu and Bohol with Cebuano and English headers (surname, first and
middle name apart, Lalaki/Babaye, the place of birth, sitio, barangay, municipality and province
apart, the PhilHealth number, the boat and the gear); a DAFAC evacuee list of Albay with Bikol and
English headers (the family head, the purok-barangay-municipality address, the evacuation centre,
the members, 4Ps, the vulnerable, the day of arrival written ``August 14, 2023``); Marawi
compensation claimants with Maranao and English headers (Arabic-derived names, the most affected
barangay, the present address, the claim and its amount in pesos, the SSS number, the status, the
heir); and Benguet's Ibaloi and Kankanaey vegetable farmers at the trading post (surname and given
name apart, the tribe, sitio, barangay and municipality apart, the RSBSA reference, the crops).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind194_writers import WRITERS_BLIND194
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND194: tuple[Shape, ...] = (
    _shape(
        "tang_ni_dang_ky_an_cu_ket_ha_ban_tri_su_ghpgvn_tinh_vn194",
        "STT=row | Pháp danh=-:phap_danh194 | Thế danh=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Tăng/Ni=sex:sangha_sex194 | Số CCCD=cccd | Giáo phẩm=-:rank194"
        " | Hạ lạp=-:ha_lap194 | Trụ xứ (tự viện)=-:chua194"
        " | Nơi thường trú=address:addr_chua194 | Trường hạ an cư=-:truong_ha194"
        " | Điện thoại=phone | Ngày nhập hạ=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nan_nhan_bi_mua_ban_tro_ve_duoc_ho_tro_phong_ldtbxh_huyen_bien_gioi_vn194",
        "TT=row | Ho va ten nan nhan=full_name:full_name_ascii | Ngay sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex:sex_ascii194 | So CCCD=cccd | Noi cu tru=address:addr_border194"
        " | Nuoc bi mua ban den=-:country194 | Hinh thuc bi mua ban=-:trafficked194"
        " | Co quan tiep nhan=-:receiver194 | Ngay tiep nhan=date@%d/%m/%Y"
        " | Ngay xac dinh la nan nhan=date:victim_day194 | So tien ho tro (dong)=-:aid194"
        " | Nguoi than=-:kin194 | SDT nguoi than=-:kin_phone194",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nguoi_benh_hemophilia_quan_ly_dieu_tri_trung_tam_huyet_hoc_vn194",
        "STT=row | Mã BN=-:hemo_code194 | Họ và tên=full_name | Ngày sinh=birth_date"
        " | Giới=sex | Số CCCD/ĐDCN=cccd | Số thẻ BHYT=bhyt | Thể bệnh=-:hemo_type194"
        " | Mức độ=-:hemo_level194 | Nồng độ yếu tố (%)=-:factor194"
        " | Chất ức chế=-:inhibitor194 | Phác đồ=-:hemo_plan194 | Địa chỉ=address"
        " | SĐT=phone:phone_dotted | Ngày khám gần nhất=date@%d/%m/%Y"
        " | Hẹn tái khám=date:hemo_next194",
        file="xlsx",
    ),
    _shape(
        "ho_gieng_khoan_xet_nghiem_asen_mangan_trung_tam_kiem_soat_benh_tat_vn194",
        "TT=row | Họ tên chủ hộ=full_name | Ngày sinh=birth_date@%d-%m-%Y"
        " | Số định danh cá nhân=cccd | Địa chỉ hộ=address:addr_well194"
        " | Độ sâu giếng (m)=-:well_depth194 | Năm khoan=-:well_year194"
        " | Asen (µg/l)=-:arsenic194 | Mangan (mg/l)=-:manganese194"
        " | Kết luận=-:well_verdict194 | Cán bộ lấy mẫu=-:sampler194"
        " | Ngày lấy mẫu=date@%d-%m-%Y | ĐT liên hệ=phone",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "listaan_dagiti_mannalon_ti_tabako_nta_ilocos_sur_ph194",
        "No.=row | Grower's No.=-:ilo_grower194"
        " | Nagan ti Mannalon (Surname, First Name M.I.)=full_name:ilo_name194"
        " | PhilSys No. (PSN)=national_id:psn194 | RSBSA Reference No.=-:rsbsa194"
        " | TIN=-:tin194 | Petsa ti Pannakayanak (mm/dd/yyyy)=birth_date@%m/%d/%Y"
        " | Sex (M/F)=sex:ph_sex194 | Barangay=suburb:ilo_brgy194"
        " | Ili / Municipality=district:ilo_mun194 | Cellphone No.=phone:ph_phone194"
        " | Kita ti Tabako=-:tobacco194 | Area (ha)=-:tobacco_ha194"
        " | Nailako (kg)=-:tobacco_kg194 | Buying Station=-:buyer194"
        " | Date Registered=date@%m/%d/%Y",
        encoding="utf-8",
    ),
    _shape(
        "fishr_lista_sa_mga_mangingisda_mao_daanbantayan_cebu_ph194",
        "No.=row | FishR Reg. No.=-:fishr194 | Apelyido / Last Name=family_name:ceb_family194"
        " | Ngalan / First Name=given_name:ceb_given194"
        " | Tunga nga Ngalan / Middle Name=-:ceb_middle194"
        " | Petsa sa Pagkatawo=birth_date@%m/%d/%Y | Sekso=sex:ceb_sex194"
        " | Lugar sa Pagkatawo=-:ceb_birthplace194 | Kahimtang Sibil=-:ceb_civil194"
        " | Sitio/Purok=-:ceb_sitio194 | Barangay=suburb:ceb_brgy194"
        " | Lungsod/Munisipyo=district:ceb_mun194 | Probinsya=state:ceb_prov194"
        " | PhilSys Card No.=national_id:psn194 | PhilHealth No.=-:philhealth194"
        " | Numero sa Cellphone=phone:ph_phone194 | Sakayan (Boat)=-:ceb_boat194"
        " | Gamit sa Pangisda=-:ceb_gear194 | Petsa sa Pagparehistro=date@%m/%d/%Y",
        encoding="utf-8-sig",
        delimiter=",",
    ),
    _shape(
        "dafac_masterlist_evacuees_mayon_mswdo_albay_ph194",
        "No.=row | DAFAC Serial No.=-:bik_dafac194"
        " | Pangaran kan Puon kan Pamilya / Family Head=full_name:bik_name194"
        " | Aldaw kan Pagkamundag / Birthdate=birth_date@%B %d, %Y"
        " | Kasarian=sex:bik_sex194 | PhilSys No.=national_id:psn194"
        " | Istaran / Address=address:bik_addr194 | Evacuation Center=-:bik_ec194"
        " | Bilang kan Miyembro=-:bik_members194 | 4Ps (Iyo/Dai)=-:bik_4ps194"
        " | Vulnerable Sector=-:bik_vuln194 | Cellphone=phone:ph_phone194"
        " | Petsa nin Pag-abot sa EC=date@%B %d, %Y",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "marawi_compensation_board_claimants_lanao_del_sur_barmm_ph194",
        "No.=row | Claim No.=-:mrn_claim_no194 | Ngaran o Claimant (Surname, Given Name)"
        "=full_name:mrn_name194 | PhilSys No.=national_id:psn194"
        " | Date of Birth=birth_date@%m-%d-%Y | Sex=sex:ph_sex194 | SSS No.=-:mrn_sss194"
        " | Barangay sa MAA (Most Affected Area)=-:mrn_brgy194"
        " | Present Address=address:mrn_now194 | Contact No.=phone:ph_phone194"
        " | Type of Claim=-:mrn_claim194 | Amount Claimed=-:mrn_amount194"
        " | Date Filed=date@%m-%d-%Y | Status=-:mrn_status194 | Remarks=-:mrn_heir194",
        file="xlsx",
    ),
    _shape(
        "baptc_accredited_farmers_ibaloi_kankanaey_benguet_car_ph194",
        "No.=row | BAPTC Farmer ID=-:car_id194 | Surname=family_name:car_family194"
        " | Given Name=given_name:car_given194 | PSN=national_id:psn194"
        " | Birthdate=birth_date@%m/%d/%Y | Sex=sex:ph_sex194 | IP Group=-:car_tribe194"
        " | Sitio=-:car_sitio194 | Barangay=suburb:car_brgy194"
        " | Municipality=district:car_mun194 | RSBSA No.=-:car_rsbsa194"
        " | Mobile No.=phone:ph_phone194 | Crops=-:car_veg194 | Farm Area (ha)=-:car_area194"
        " | Association=-:car_assoc194 | Date Accredited=date@%m/%d/%Y",
        encoding="utf-8",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats.
INVALID_DAY: dict[str, str] = {"%B %d, %Y": "February 31, {y}", "%m-%d-%Y": "02-31-{y}"}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("psn194",)
SEX_HOLDS: tuple[str, ...] = (
    "sangha_sex194",
    "sex_ascii194",
    "ph_sex194",
    "ceb_sex194",
    "bik_sex194",
)
NAME_HOLDS = frozenset({"ilo_name194", "bik_name194", "mrn_name194"})
PHONE_HOLDS: tuple[str, ...] = ("ph_phone194",)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "addr_chua194",
    "addr_border194",
    "addr_well194",
    "bik_addr194",
    "mrn_now194",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND194",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND194",
]
