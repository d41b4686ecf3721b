"""The two-hundred-and-seventieth part of the outside corpus, **blind 270** (written 09:57 UTC,
2026-12-07, never used for tuning): person files a provincial lottery company, a commercial
bank's branch, a vehicle inspection centre, a city cemetery's management board, the Cherokee
Nation's registration office in Tahlequah, the White Earth Nation's natural resources department
in Minnesota, the Polk County auditor in Iowa, Wisconsin's worker's compensation division and the
Kansas State Treasurer's unclaimed property division could hand over.
Four Vietnamese files: lottery winners paid by the provincial lottery company with their personal
income tax withheld, in Windows-1258 with semicolons (the ticket, its series, the kind of ticket,
the prize, the amount, the tax withheld, how it was paid, the agent who sold it, the cashier, the
day paid); customers asking a bank branch to reverse a transfer sent to the wrong account, in
UTF-16 with tabs and headers without diacritics (the sender's account, the account and bank it
went to, that account holder's name and phone, the amount, the reason, the transaction
reference, its day, the status, the time last updated); vehicle owners asking a vehicle
inspection centre to refund the road-use fee for months the vehicle stood idle, in UTF-8 with a
BOM and semicolons (the plate, the kind of vehicle, the inspection stamp, the reason, the idle
months from one day to another, the refund, the day filed, the status); and families paying a
city cemetery's yearly grave upkeep fee, in Excel (the dead person, kinship, the day of burial,
the plot by zone, lot, row and number, the fee, the years paid, the status, the day paid).
Five files from the US Midwest and Plains and their tribal nations: Cherokee Nation citizenship
and CDIB applications in UTF-8 (the citizen id, names apart, the DOB ``03/12/1974``, the SSN,
the degree of Cherokee blood, the Dawes enrollee and roll number, the street, city, county,
state and ZIP+4 apart, the phone, the email, the kind of application, the day received, the
status); White Earth Nation wild rice harvesting permits in Excel (the permit, the enrollment
number, the name ``Last, First``, the blood quantum, the SSN, a full address, the lake, the
boat, the ricing partner, the pounds, the day issued); the Polk County auditor's voter
registrations in Iowa, tab-separated in capitals (the voter id, the Iowa licence number and the
SSN's last four, the street, city and ZIP apart, the party, the precinct, the day registered,
the status, the phone); Wisconsin worker's compensation first reports of injury in Windows-1252
(the claim, the SSN, the full address, the employer and its FEIN, the injury, its day, the
insurer, the weekly wage, the status); and the Kansas State Treasurer's unclaimed property
claims in UTF-8 with a BOM (the claim, the property id, names apart, the SSN without dashes, the
Kansas licence, the street, city and ZIP apart, the holder, the kind of property, the amount,
the day filed, the status).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind270_writers import WRITERS_BLIND270
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND270: tuple[Shape, ...] = (
    _shape(
        "nguoi_trung_thuong_xo_so_kien_thiet_khau_tru_thue_tncn_cong_ty_xskt_tinh_vn270",
        "STT=row | Họ tên người trúng thưởng=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Địa chỉ thường trú=address | ĐT liên hệ=phone"
        " | Số vé=-:lot_ticket270 | Ký hiệu/ Đài=-:lot_series270 | Loại vé=-:lot_kind270"
        " | Giải trúng=-:lot_prize270 | Giá trị giải (đ)=-:lot_amount270"
        " | Thuế TNCN khấu trừ 10%=-:lot_tax270 | Hình thức chi trả=-:lot_way270"
        " | Đại lý bán vé=-:lot_agent270 | Người chi=-:lot_cashier270"
        " | Ngày chi trả=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "khach_hang_de_nghi_tra_soat_hoan_tra_giao_dich_chuyen_nham_ngan_hang_chi_nhanh_vn270",
        "STT=row | Ten khach hang=full_name | So CCCD/ HC=cccd | SDT=phone"
        " | Dia chi=address | TK chuyen=-:mis_from270 | TK nhan (nham)=-:mis_to270"
        " | NH nhan=-:mis_to_bank270 | Ten chu TK nhan=-:mis_to_name270"
        " | SDT chu TK nhan=-:mis_to_phone270 | So tien (VND)=-:mis_amount270"
        " | Ly do tra soat=-:mis_why270 | Ma GD=-:mis_ref270 | Ngay GD=date@%d/%m/%Y"
        " | Trang thai=-:mis_status270 | Cap nhat luc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "chu_xe_de_nghi_hoan_phi_su_dung_duong_bo_xe_khong_luu_hanh_trung_tam_dang_kiem_vn270",
        "TT=row | Chủ phương tiện=full_name | Số ĐDCN=cccd:cccd_spaced"
        " | Ngày sinh=birth_date@%d-%m-%Y | Địa chỉ=address | Số ĐT=phone"
        " | Biển kiểm soát=-:road_plate270 | Loại PT=-:road_kind270"
        " | Số tem KĐ=-:road_stamp270 | Lý do dừng lưu hành=-:road_why270"
        " | Dừng từ ngày=date@%d-%m-%Y | Đến ngày=-:road_until270"
        " | Số tháng=-:road_months270 | Số tiền hoàn (đ)=-:road_refund270"
        " | Tình trạng=-:road_status270",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "so_thu_phi_duy_tri_cham_soc_mo_phan_hang_nam_ban_quan_ly_nghia_trang_thanh_pho_vn270",
        "STT=row | Họ tên người mất=-:grave_dead270 | Quan hệ=-:grave_kin270"
        " | Ngày an táng=-:grave_died270 | Vị trí mộ=-:grave_plot270"
        " | Người nộp (thân nhân)=full_name | CCCD người nộp=cccd"
        " | Ngày sinh người nộp=birth_date@%d/%m/%Y | Địa chỉ liên hệ=address"
        " | Điện thoại=phone | Mức phí/năm=-:grave_fee270 | Số năm nộp=-:grave_years270"
        " | Ngày nộp=date@%d/%m/%Y | Tình trạng=-:grave_status270 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "cherokee_nation_registration_citizenship_cdib_applications_tahlequah_ok270",
        "Rec No=row | Citizen ID=-:cn_citizen270 | Last Name=family_name:cn_family270"
        " | First Name=given_name:cn_given270 | Middle Name=-:cn_middle270"
        " | Date of Birth=birth_date@%m/%d/%Y | Sex=sex:cn_sex270"
        " | Social Security No.=national_id:cn_ssn270"
        " | Degree of Indian Blood=-:cn_blood270 | Dawes Enrollee=-:cn_dawes270"
        " | Dawes Roll No.=-:cn_roll270 | Mailing Address=street:cn_street270"
        " | City=district:cn_city270 | County=-:cn_county270 | State=state:cn_state270"
        " | Zip Code=postcode:cn_zip270 | Phone=phone:cn_phone270 | Email=email"
        " | Application Type=-:cn_kind270 | Date Received=date@%m/%d/%Y"
        " | Status=-:cn_status270",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "white_earth_nation_manoomin_wild_rice_harvest_permits_dnr_mn270",
        "#=row | Permit #=-:we_permit270 | Enrollment #=-:we_enroll270"
        " | Name (Last, First)=full_name:we_name270 | DOB=birth_date@%m/%d/%Y"
        " | BQ=-:we_bq270 | SSN=national_id:we_ssn270 | Address=address:we_addr270"
        " | Phone #=phone:we_phone270 | Lake=-:we_lake270 | Boat=-:we_boat270"
        " | Ricing Partner=-:we_partner270 | Lbs Sold=-:we_lbs270"
        " | Date Issued=date@%m/%d/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "polk_county_auditor_voter_registration_list_des_moines_ia270",
        "REC_NO=row | VOTER_ID=-:ia_voter270 | LAST_NAME=family_name:ia_family270"
        " | FIRST_NAME=given_name:ia_given270 | BIRTHDATE=birth_date@%m/%d/%Y"
        " | IA_DL_NUM=-:ia_dl270 | SSN_LAST4=-:ia_ssn4270"
        " | RES_ADDRESS=street:ia_street270 | RES_CITY=district:ia_city270"
        " | RES_ZIP=postcode:ia_zip270 | PARTY=-:ia_party270 | PRECINCT=-:ia_precinct270"
        " | REG_DATE=date@%m/%d/%Y | VOTER_STATUS=-:ia_status270 | PHONE=phone:ia_phone270",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "wisconsin_dwd_workers_compensation_first_report_of_injury_wkc12_wi270",
        "Line=row | WC Claim #=-:wi_claim270 | Employee Name=full_name:wi_name270"
        " | Employee SSN=national_id:wi_ssn270 | Birth Date=birth_date@%m/%d/%Y"
        " | Home Address=address:wi_addr270 | Home Phone=phone:wi_phone270"
        " | Employer=-:wi_employer270 | Employer FEIN=-:wi_fein270"
        " | Nature of Injury / Body Part=-:wi_injury270 | Date of Injury=date@%m/%d/%Y"
        " | Insurance Carrier=-:wi_carrier270 | Avg Weekly Wage=-:wi_wage270"
        " | Claim Status=-:wi_status270",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "kansas_state_treasurer_unclaimed_property_claims_ks270",
        "Row=row | Claim ID=-:ks_claim270 | Property ID=-:ks_prop270"
        " | Owner Last Name=family_name:ks_family270 | Owner First Name=given_name:ks_given270"
        " | Owner SSN=national_id:ks_ssn270 | Owner DOB=birth_date@%m/%d/%Y"
        " | KS DL #=-:ks_dl270 | Street Address=street:ks_street270"
        " | City=district:ks_city270 | ZIP=postcode:ks_zip270 | Phone=phone:ks_phone270"
        " | Holder Name=-:ks_holder270 | Property Type=-:ks_kind270"
        " | Amount=-:ks_amount270 | Date Filed=date@%m/%d/%Y | Claim Status=-:ks_status270",
        english=True,
        encoding="utf-8-sig",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("cn_ssn270", "we_ssn270", "wi_ssn270", "ks_ssn270")
SEX_HOLDS: tuple[str, ...] = ("cn_sex270",)
NAME_HOLDS = frozenset(
    {
        "cn_family270",
        "cn_given270",
        "we_name270",
        "ia_family270",
        "ia_given270",
        "wi_name270",
        "ks_family270",
        "ks_given270",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "cn_phone270",
    "we_phone270",
    "wi_phone270",
    "ks_phone270",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("we_addr270", "wi_addr270")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND270",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND270",
]
