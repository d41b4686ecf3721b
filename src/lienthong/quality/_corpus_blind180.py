"""The hundred-and-eightieth part of the outside corpus, **blind 180** (written 01:01 UTC,
2026-12-07, never used for tuning): person files a military medical academy's vaccine trial
centre, a Dak Nong commune, a provincial department of labour, invalids and social affairs, a
Mekong rice cooperative, a Jamaican municipal corporation, a Trinidadian regional health
authority, the Barbados Drug Service, the Bahamas' Disaster Reconstruction Authority and
Guyana's Civil Defence Commission could hand over. Four Vietnamese files: volunteers in a
phase-3 vaccine trial, in UTF-16 with tabs (the volunteer code, the study arm, the days of the
first and second doses, the reaction, an emergency contact and their phone, the status); households
of free migrants asking to be settled, in Windows-1258 with semicolons and headers without
diacritics (the ethnic group, where they came from, the year they came, the household size, the
land farmed and how it was got, the settlement plan, the day of the review); nominations for the
commemorative medal of the labour and social affairs sector, in Excel (the post and unit, the
home town, the years in the sector, the month work began, earlier awards); and farmers signing
rice offtake contracts with a cooperative, in UTF-8 with a BOM and semicolons (the
contract number, the variety, the area, the season, the expected yield, the price, the field, the
days of signing and of harvest). Five foreign files: a Jamaican municipal corporation's poor
relief register (TRN, the address with its district and post office, the parish apart, the
category, the weekly grant, the inspector of poor, the next of kin and their phone, day-month-name
dates); a Trinidadian Chronic Disease Assistance Programme register (surname and first name
apart, the 11-digit national ID, street, town and regional corporation apart, the condition, the
pharmacy and its address); the Barbados Drug Service's special benefit cards (the national
registration number, surname in capitals and Christian names apart, street, parish and postcode,
the category, the polyclinic or doctor, dotted dates); the Bahamas' post-Dorian small home repair
applications (the NIB number, street, settlement and island apart, the damage, insurance, the
cost, the contractor, the status); and a Guyanese flood relief cash grant list (the national ID
card number, the address with lot and village, the region, the loss, the grant, the NDC and
remarks in Creole spellings).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind180_writers import WRITERS_BLIND180
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND180: tuple[Shape, ...] = (
    _shape(
        "tinh_nguyen_vien_thu_nghiem_lam_sang_vac_xin_giai_doan_3_hv_quan_y_vn180",
        "STT=row | Mã TNV=-:tnv_code180 | Họ và tên TNV=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới=sex | Số CCCD=cccd"
        " | Nơi ở hiện tại=address | ĐT di động=phone | Nhóm NC=-:arm180"
        " | Ngày tiêm mũi 1=date@%d/%m/%Y | Ngày tiêm mũi 2=date@%d/%m/%Y"
        " | Phản ứng sau tiêm=-:reaction180 | Người LH khẩn cấp=-:emerg180"
        " | SĐT người LH=-:phone_rel180 | Tình trạng theo dõi=-:trial_status180",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ho_di_cu_tu_do_dang_ky_on_dinh_dan_cu_xa_tuy_duc_dak_nong_vn180",
        "TT=row | Ho ten chu ho=full_name | Ngay thang nam sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex | Dan toc=-:ethnic180 | So CCCD/DDCN=cccd"
        " | Noi di (que cu)=-:origin180 | Nam den=-:arrive180"
        " | Noi o hien nay=address:addr_dn180 | So khau=-:hh180 | SDT=phone"
        " | DT dat dang canh tac (ha)=-:area180 | Nguon goc dat=-:land_src180"
        " | Phuong an bo tri=-:plan180 | Ngay ra soat=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "de_nghi_tang_ky_niem_chuong_vi_su_nghiep_ldtbxh_so_ldtbxh_vn180",
        "STT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | Số định danh cá nhân=cccd | Chức vụ, đơn vị công tác=-:post180"
        " | Quê quán=-:hometown180 | Nơi ở hiện nay=address"
        " | Thời gian công tác trong ngành=-:years180 | Bắt đầu công tác từ=date@%m/%Y"
        " | Hình thức khen thưởng đã được tặng=-:awards180 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "nong_dan_ky_hop_dong_bao_tieu_lua_htx_nong_nghiep_vn180",
        "STT=row | Họ tên nông hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y | CCCD=cccd"
        " | Địa chỉ=address | SĐT=phone | Số HĐ=-:contract180 | Giống lúa=-:variety180"
        " | Diện tích (ha)=-:rice_area180 | Vụ=-:season180"
        " | Sản lượng dự kiến (tấn)=-:yield180 | Giá thu mua (đ/kg)=-:price180"
        " | Cánh đồng/thửa=-:field180 | Ngày ký=date@%d/%m/%Y"
        " | Ngày thu hoạch dự kiến=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "poor_relief_register_st_thomas_municipal_corporation_jm180",
        "No.=row | Name of Client=full_name:name_jm180 | TRN=national_id:trn_jm180"
        " | D.O.B.=birth_date@%d-%b-%Y | Sex=sex:sex_jm180"
        " | Address / District=address:addr_jm180 | Parish=state:parish_jm180"
        " | Tel. No.=phone:phone_jm180 | Category=-:cat_jm180"
        " | Weekly Grant (J$)=-:grant_jm180 | Inspector of Poor=-:insp_jm180"
        " | Next of Kin=-:kin_jm180 | N.O.K. Tel.=-:kin_phone_jm180"
        " | Date Admitted=date@%d-%b-%Y | Last Visit=date@%d-%b-%Y",
        encoding="utf-8",
    ),
    _shape(
        "cdap_registered_patients_nwrha_tt180",
        "S/N=row | Patient No.=-:cdap_tt180 | Surname=family_name:family_tt180"
        " | First Name=given_name:given_tt180 | National ID No.=national_id:id_tt180"
        " | Date of Birth=birth_date@%d/%m/%Y | Sex=sex:sex_tt180"
        " | Address=street:street_tt180 | Town/Village=district:town_tt180"
        " | Regional Corporation=state:corp_tt180 | Mobile No.=phone:phone_tt180"
        " | Condition(s)=-:cond_tt180 | Registered Pharmacy=-:pharm_tt180"
        " | Pharmacy Address=-:pharm_addr_tt180 | Date Registered=date@%d/%m/%Y",
        encoding="cp1252",
        delimiter=",",
    ),
    _shape(
        "special_benefit_service_cards_barbados_drug_service_bb180",
        "No.=row | Card No.=-:bds_bb180 | SURNAME=family_name:family_bb180"
        " | Christian Names=given_name:given_bb180 | N.R. No.=national_id:nrn_bb180"
        " | D.O.B.=birth_date@%d.%m.%Y | Sex=sex:sex_bb180"
        " | Street/Village=street:street_bb180 | Parish=state:parish_bb180"
        " | Postal Code=postcode:post_bb180 | Telephone=phone:phone_bb180"
        " | Benefit Category=-:cat_bb180 | Polyclinic / Doctor=-:clinic_bb180"
        " | Date Issued=date@%d.%m.%Y | Expiry=date@%d.%m.%Y",
        encoding="utf-8-sig",
    ),
    _shape(
        "small_home_repair_programme_dorian_dra_bs180",
        "#=row | App #=-:app_bs180 | Homeowner Name=full_name:name_bs180"
        " | NIB #=national_id:nib_bs180 | DOB=birth_date@%d/%m/%Y"
        " | M/F=sex:sex_bs180 | Street=street:street_bs180"
        " | Settlement=district:settle_bs180 | Island=state:island_bs180"
        " | Cell #=phone:phone_bs180 | Damage Assessment=-:damage_bs180"
        " | Insured?=-:insured_bs180 | Est. Cost=-:cost_bs180"
        " | Contractor=-:contractor_bs180 | Inspection Date=date@%d/%m/%Y"
        " | Status=-:status_bs180",
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "flood_relief_cash_grant_civil_defence_commission_gy180",
        "#=row | NAME OF HOUSEHOLDER=full_name:name_gy180 | ID CARD #=national_id:id_gy180"
        " | D.O.B=birth_date@%d/%m/%Y | SEX=sex:sex_gy180 | ADDRESS=address:addr_gy180"
        " | REGION=state:region_gy180 | PHONE #=phone:phone_gy180"
        " | # IN HOUSEHOLD=-:hh_gy180 | LOSS=-:loss_gy180 | GRANT=-:grant_gy180"
        " | NDC / COLLECTION POINT=-:ndc_gy180 | DATE PAID=date@%d/%m/%Y"
        " | REMARKS=-:note_gy180",
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats.
INVALID_DAY: dict[str, str] = {"%d-%b-%Y": "31-Feb-{y}"}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "trn_jm180",
    "id_tt180",
    "nrn_bb180",
    "nib_bs180",
    "id_gy180",
)
SEX_HOLDS: tuple[str, ...] = ("sex_jm180", "sex_tt180", "sex_bb180", "sex_bs180", "sex_gy180")
NAME_HOLDS = frozenset({"name_jm180", "name_bs180", "name_gy180"})
PHONE_HOLDS: tuple[str, ...] = (
    "phone_jm180",
    "phone_tt180",
    "phone_bb180",
    "phone_bs180",
    "phone_gy180",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_dn180", "addr_jm180", "addr_gy180")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND180",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND180",
]
