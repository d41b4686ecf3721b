"""The three hundred and fifty-third part of the outside corpus, **blind 353** (written 12:55 UTC,
2026-12-07, never used for tuning): person files an e-wallet, a microfinance programme, a
pawnshop, a gold shop, an Indian bank, a Pakistani mobile-money agent, a Nigerian microfinance
bank, a Kenyan bank and a Ghanaian mobile-money agent could hand over. Four Vietnamese files: an
e-wallet's export of customer identification (eKYC) checks in UTF-8 with a BOM and semicolons
(the wallet number, the CCCD with its date and place of issue, the identification level, the face
match score, the linked bank, the status, the time of the check, the time last updated); a
microfinance group's list of borrowers in Excel (the group and its head, the hamlet address and
the commune alone, the amount, purpose and term of the loan, the compulsory savings, the person
who takes over the debt, the disbursement date); the pawnshop's book the police require in
Windows-1258 with semicolons and headers without diacritics (the ticket, the pledged thing, its
value, the loan, the rate, the dates pledged and due, a note); and a gold shop's book of customers
buying large amounts in UTF-16 with tabs (the bars, their serials, quantity, price and total, the
way of payment, the cashier).
Five foreign files: an Indian bank's KYC extract in UTF-8 (the PAN with its check letter beside the
masked Aadhaar, the father's or spouse's name, the PIN code, the nominee); a Pakistani mobile
wallet's account-opening list in UTF-8 with a BOM and headers in English and Urdu (the CNIC whose
last digit tells the sex, the father's or husband's name, the CNIC expiry, the NADRA biometric
check, the agent); a Nigerian microfinance bank's KYC list in Excel (the BVN beside the NIN, the
LGA and the state, the state of origin, the next of kin, the tier); a Kenyan bank's list in
Windows-1252 (the ID number beside the KRA PIN, the county, P.O. Box, postal code and town, the
employer); and a Ghanaian mobile-money agent's register in UTF-8 (the Ghana Card number, the
GhanaPost digital address, the hometown, the next of kin).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind353_writers import WRITERS_BLIND353
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND353: tuple[Shape, ...] = (
    _shape(
        "vi_dien_tu_xuat_du_lieu_ekyc_khach_hang_vn353",
        "STT=row | Số ví=-:wallet_id353 | Họ và tên chủ ví=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd"
        " | Ngày cấp CCCD=date@%d/%m/%Y | Nơi cấp=-:issuer353 | SĐT đăng ký=phone"
        " | Email=email | Địa chỉ thường trú=address | Mức định danh=-:kyc_level353"
        " | Điểm so khớp khuôn mặt=-:face_score353 | Ngân hàng liên kết=-:bank353"
        " | Trạng thái ví=-:wallet_status353 | Thời điểm eKYC=-:ekyc_time353"
        " | Cập nhật lần cuối=timestamp",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "danh_sach_thanh_vien_nhom_vay_von_vi_mo_vn353",
        "TT=row | Mã nhóm=-:group353 | Trưởng nhóm=-:group_head353"
        " | Họ và tên thành viên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd:cccd_spaced | Địa chỉ (thôn/ấp, xã)=address:mf_addr353"
        " | Xã=ward:mf_ward353 | Điện thoại=phone | Số tiền vay (đồng)=-:loan353"
        " | Mục đích sử dụng vốn=-:loan_use353 | Thời hạn (tháng)=-:term353"
        " | Tiết kiệm bắt buộc (đ)=-:savings353 | Người kế thừa nghĩa vụ trả nợ=-:heir353"
        " | Ngày giải ngân=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "so_theo_doi_cam_do_co_so_kinh_doanh_dich_vu_cam_do_vn353",
        "So TT=row | So phieu=-:pawn_no353 | Ho ten nguoi cam do=full_name"
        " | Ngay sinh=birth_date@%d/%m/%Y | So CCCD=cccd | Noi thuong tru=address"
        " | SDT=phone | Tai san cam co=-:pledge353 | Gia tri tai san (d)=-:pawn_value353"
        " | So tien cho vay (d)=-:pawn_loan353 | Lai suat=-:pawn_rate353"
        " | Ngay cam=date@%d/%m/%Y | Han chuoc=-:redeem353 | Ghi chu=-:pawn_note353",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_khach_hang_mua_vang_mieng_gia_tri_lon_tiem_vang_vn353",
        "STT=row | Ngày giao dịch=date@%d/%m/%Y | Họ tên khách hàng=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số định danh cá nhân=cccd"
        " | Địa chỉ=address | Số điện thoại=phone | Loại vàng=-:gold_item353"
        " | Số lượng (lượng/chỉ)=-:gold_qty353 | Số seri=-:gold_serial353"
        " | Đơn giá bán (đ)=-:gold_price353 | Thành tiền (đ)=-:gold_total353"
        " | Hình thức thanh toán=-:pay353 | Nhân viên bán hàng=-:cashier353",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ckyc_customer_extract_in353",
        "Sr. No.=row | Customer ID=-:cust_in353 | Applicant Name=full_name:in_name353"
        " | Father's / Spouse Name=-:in_father353 | Date of Birth=birth_date@%d-%m-%Y"
        " | Gender=sex:sex_in353 | PAN=-:pan353 | Aadhaar No. (masked)=national_id:aadhaar353"
        " | Address Line 1=street:street_in353 | City=district:city_in353"
        " | State=state:state_in353 | PIN Code=postcode:pin_in353"
        " | Mobile No.=phone:phone_in353 | Email ID=email | Occupation=-:occ_in353"
        " | Annual Income=-:income_in353 | Nominee Name=-:nominee_in353"
        " | A/c Opening Date=date@%d-%m-%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "mobile_wallet_account_opening_pk353",
        "S.No=row | CNIC No. / شناختی کارڈ نمبر=national_id:cnic353"
        " | Name / نام=full_name:pk_name353 | Father/Husband Name / ولدیت=-:pk_father353"
        " | Date of Birth / تاریخ پیدائش=birth_date@%d-%m-%Y | Gender / جنس=sex:sex_pk353"
        " | Mobile No. / موبائل نمبر=phone:phone_pk353"
        " | Present Address / موجودہ پتہ=address:addr_pk353 | City / شہر=district:city_pk353"
        " | CNIC Issue Date=date@%d-%m-%Y | CNIC Expiry Date=-:expiry_pk353"
        " | NADRA Biometric=-:bio_pk353 | Agent ID=-:agent_pk353"
        " | Account Level=-:level_pk353",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "mfb_customer_kyc_bvn_nin_ng353",
        "S/N=row | Surname=family_name:ng_surname353 | First Name=given_name:ng_first353"
        " | Middle Name=-:ng_middle353 | Date of Birth=birth_date@%d/%m/%Y"
        " | Gender=sex:sex_ng353 | BVN=-:bvn353 | NIN=national_id:nin353"
        " | Phone Number=phone:phone_ng353 | Email Address=email"
        " | Residential Address=street:street_ng353 | LGA=district:lga_ng353"
        " | State of Residence=state:state_ng353 | State of Origin=-:origin_ng353"
        " | Next of Kin=-:kin_ng353 | Account Tier=-:tier_ng353"
        " | Date Onboarded=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "bank_customer_kyc_kra_pin_ke353",
        "No.=row | Full Names=full_name:ke_name353 | ID No.=national_id:ke_id353"
        " | KRA PIN=-:kra353 | Date of Birth=birth_date@%d/%m/%Y | Gender=sex:sex_ke353"
        " | Mobile No.=phone:phone_ke353 | Email=email"
        " | Physical Address=street:phys_ke353 | County=state:county_ke353"
        " | P.O. Box=-:box_ke353 | Postal Code=postcode:code_ke353"
        " | Town=district:town_ke353 | Employer=-:employer_ke353"
        " | Next of Kin (Name/Tel)=-:kin_ke353 | Date Opened=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "momo_agent_kyc_register_gh353",
        "No.=row | Ghana Card No.=national_id:ghana353 | Surname=family_name:gh_surname353"
        " | Other Names=given_name:gh_other353 | Date of Birth=birth_date@%d/%m/%Y"
        " | Sex=sex:sex_gh353 | MoMo Number=phone:momo_gh353"
        " | Digital Address (GPS)=postcode:gps_gh353 | Town/Locality=district:town_gh353"
        " | Region=state:region_gh353 | Hometown=-:hometown_gh353"
        " | Next of Kin=-:kin_gh353 | Agent Name=-:agent_gh353"
        " | Registration Date=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("aadhaar353", "cnic353", "nin353", "ke_id353", "ghana353")
SEX_HOLDS: tuple[str, ...] = ("sex_in353", "sex_pk353", "sex_ng353", "sex_ke353", "sex_gh353")
NAME_HOLDS = frozenset(
    {"in_name353", "pk_name353", "ng_surname353", "ng_first353", "ke_name353"}
    | {"gh_surname353", "gh_other353"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_in353",
    "phone_pk353",
    "phone_ng353",
    "phone_ke353",
    "momo_gh353",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("mf_addr353", "addr_pk353")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND353",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND353",
]
