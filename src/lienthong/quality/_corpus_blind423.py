"""The four-hundred-and-twenty-third part of the outside corpus, **blind 423** (written 00:40 UTC,
2026-12-08, never used for tuning): person files a mobile carrier's provincial branch, a prepaid
SIM shop, a broadband provider's installation team, a district police unit collecting spam
reports, a Nigerian operator's NIN-SIM desk, a Pakistani franchise doing biometric verification,
a Philippine telco, a Bangladeshi operator reporting to the BTRC and a Ghanaian operator could
hand over about people who own SIM cards and phone lines.
Four Vietnamese files: a carrier's list of subscribers asked to re-verify their SIM against the
national population database, in Excel (the subscriber number, the carrier, the SIM serial, how
many SIMs the CCCD holds, the portrait photo's status, the database match, the re-verification
state, when the row changed); a prepaid SIM shop's sales log in Windows-1258 with semicolons and
headers without diacritics (the bill number, the SIM sold and its package, the price, how it was
paid, the seller and the seller's phone); a broadband provider's list of fibre installations in
UTF-16 with tabs (the contract and the account, the plan, the modem, the OLT port, the
technician, the installation status); and a list of numbers reported for spam in UTF-8 with a BOM
and semicolons (the ticket, the reported number and its registered owner, the kind of spam, how
many reports, what was done), the reporter being the file's person.
Five foreign files: a Nigerian operator's NIN-SIM linkage list in UTF-8 (the NIN, the surname in
capitals, ``234`` MSISDNs, the state of origin, the network, the linkage status, the agent); a
Pakistani PTA biometric SIM list in UTF-8 with a BOM (the CNIC with its sex digit, the father's
name, the city, the franchise, the BVS result, how many SIMs on the CNIC, the IMSI); a Philippine
SIM Registration Act list in Excel (the PhilSys number, the last, first and middle names, the
``+639`` number, the address with its barangay, the ID presented, the SIM type, the reference
number); a Bangladeshi BTRC list in UTF-16 with tabs and Bengali headers (the NID often in Bengali
digits, the father's name, the operator, the address, the status, how many SIMs); and a Ghanaian
Ghana Card SIM list in Windows-1252 with semicolons (the Ghana Card PIN with its check digit, the
GhanaPost GPS address, the region, the next of kin, the network, the status).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind423_writers import WRITERS_BLIND423
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND423: tuple[Shape, ...] = (
    _shape(
        "ds_thue_bao_can_xac_thuc_lai_thong_tin_csdlqg_dan_cu_chi_nhanh_nha_mang_vn423",
        "STT=row | Số thuê bao=phone:msisdn423 | Nhà mạng=-:carrier423"
        " | Số serial SIM=-:serial423 | Họ và tên chủ TB=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD/ĐDCN=cccd"
        " | Địa chỉ thường trú=address | Số TB/CCCD=-:sims423 | Ảnh chân dung=-:photo423"
        " | Đối soát CSDLQG=-:match423 | Trạng thái XT=-:reverify423"
        " | Hạn xác thực=date@%d/%m/%Y | Cập nhật=timestamp:stamp423",
        file="xlsx",
    ),
    _shape(
        "so_ban_sim_tra_truoc_cua_hang_dai_ly_vn423",
        "TT=row | So HD=-:hd423 | Ngay ban=date@%d.%m.%Y | Ho ten nguoi mua=full_name"
        " | NS nguoi mua=birth_date@%d.%m.%Y | CCCD nguoi mua=cccd:cccd_spaced"
        " | SDT lien he=phone | So SIM da ban=-:new_no423 | Goi cuoc=-:pack423"
        " | Thanh tien (d)=-:price423 | Hinh thuc TT=-:pay423 | NV ban hang=-:seller423"
        " | SDT NV=-:seller_phone423 | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "danh_sach_khach_hang_lap_dat_internet_cap_quang_ftth_vn423",
        "STT=row | Số HĐ=-:contract423 | Tài khoản PPPoE=-:account423 | Tên KH=full_name"
        " | Ngày sinh=birth_date@%Y-%m-%d | CCCD=cccd | Địa chỉ lắp đặt=address"
        " | SĐT KH=phone | Email=email | Gói cước=-:plan423 | Thiết bị=-:device423"
        " | Cổng OLT/PON=-:port423 | KTV lắp đặt=-:tech423 | Ngày lắp=date@%Y-%m-%d"
        " | Tình trạng=-:net_status423",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "tong_hop_phan_anh_so_dien_thoai_rac_lua_dao_cong_an_quan_vn423",
        "STT=row | Mã phản ánh=-:ticket423 | Ngày PA=date@%d-%m-%Y"
        " | Người phản ánh=full_name | Năm sinh (ngày/tháng/năm)=birth_date@%d-%m-%Y"
        " | CCCD người PA=cccd | SĐT người PA=phone | Nơi ở=address"
        " | Số bị phản ánh=-:spam_no423 | Chủ thuê bao bị PA=-:spam_owner423"
        " | Hình thức=-:spam_kind423 | Số lượt PA=-:spam_count423"
        " | Kết quả xử lý=-:spam_act423",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "nin_sim_linkage_desk_ng423",
        "S/N=row | NIN=national_id:ng_nin423 | SURNAME=family_name:ng_fam423"
        " | FIRST NAME=given_name:ng_giv423 | DATE OF BIRTH=birth_date@%d-%b-%Y"
        " | GENDER=sex:sex_ng423 | MSISDN=phone:phone_ng423"
        " | RESIDENTIAL ADDRESS=address:ng_addr423"
        " | STATE OF ORIGIN=-:ng_origin423 | NETWORK=-:ng_net423 | LINKAGE STATUS=-:ng_link423"
        " | AGENT CODE=-:ng_agent423 | DATE LINKED=date@%d-%b-%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "pta_biometric_sim_issuance_pk423",
        "Sr. No.=row | CNIC No.=national_id:pk_cnic423 | Subscriber Name=full_name:pk_name423"
        " | Father/Husband Name=-:pk_father423 | Date of Birth=birth_date@%d-%m-%Y"
        " | Gender=sex:sex_pk423 | Mobile No.=phone:phone_pk423 | City=district:pk_city423"
        " | Franchise/Retailer=-:pk_franchise423 | BVS Result=-:pk_bvs423"
        " | SIMs on CNIC=-:pk_count423 | IMSI=-:pk_imsi423 | Activation Date=date@%d-%m-%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "sim_registration_act_ra11934_subscribers_ph423",
        "No.=row | Reference No.=-:ph_ref423 | Last Name=family_name:ph_fam423"
        " | First Name=given_name:ph_giv423 | Middle Name=-:ph_mid423"
        " | Date of Birth=birth_date@%m/%d/%Y | Sex=sex:sex_ph423"
        " | Mobile Number=phone:phone_ph423 | Address=address:ph_addr423"
        " | ID Presented=-:ph_idtype423 | PhilSys Number=national_id:ph_psn423"
        " | SIM Type=-:ph_sim423 | Date Registered=date@%m/%d/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "btrc_sim_nibondhon_talika_bd423",
        "ক্রমিক নং=row | জাতীয় পরিচয়পত্র নম্বর=national_id:bd_nid423"
        " | নাম=full_name:bd_name423 | পিতার নাম=-:bd_father423"
        " | জন্ম তারিখ=birth_date@%d/%m/%Y | লিঙ্গ=sex:sex_bd423"
        " | মোবাইল নম্বর=phone:phone_bd423 | ঠিকানা=address:bd_addr423"
        " | অপারেটর=-:bd_op423 | সিমের সংখ্যা=-:bd_count423 | অবস্থা=-:bd_status423"
        " | নিবন্ধনের তারিখ=date@%d/%m/%Y",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ghana_card_sim_registration_gh423",
        "No=row | Ghana Card PIN=national_id:gh_card423 | Surname=family_name:gh_fam423"
        " | Other Names=given_name:gh_giv423 | Date of Birth=birth_date@%d/%m/%Y"
        " | Sex=sex:sex_gh423 | Phone Number=phone:phone_gh423"
        " | Digital Address (GPS)=-:gh_gps423 | Region=state:gh_region423"
        " | Next of Kin=-:gh_next423 | Network=-:gh_net423 | Status=-:gh_status423"
        " | Date Registered=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "ng_nin423",
    "pk_cnic423",
    "ph_psn423",
    "bd_nid423",
    "gh_card423",
)
SEX_HOLDS: tuple[str, ...] = ("sex_ng423", "sex_pk423", "sex_ph423", "sex_bd423", "sex_gh423")
NAME_HOLDS = frozenset(
    {"ng_fam423", "ng_giv423", "pk_name423", "ph_fam423", "ph_giv423"}
    | {"bd_name423", "gh_fam423", "gh_giv423"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "msisdn423",
    "phone_ng423",
    "phone_pk423",
    "phone_ph423",
    "phone_bd423",
    "phone_gh423",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ng_addr423", "ph_addr423", "bd_addr423")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND423",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND423",
]
