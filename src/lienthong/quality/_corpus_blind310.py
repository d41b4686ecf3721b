"""The three-hundred-and-tenth part of the outside corpus, **blind 310** (written 10:38 UTC,
2026-12-07, never used for tuning): person files a commercial bank's branch, a microfinance
institution, a life insurer's agency office, a securities company, a Kenyan mobile-money
aggregator, a Nigerian bank, an Indian bank branch, a Philippine multi-purpose cooperative and a
Brazilian credit union could hand over.
Four Vietnamese files: dormant accounts woken again after the holder's chip CCCD was read at the
counter, in Windows-1258 with semicolons (the account, the day of the last transaction, the
balance, the NFC check's result, the account's state, the teller); a microfinance institution's
loan group members in Excel (the member code, the group and the centre, the group leader, the
spouse who co-signs, the loan, its weeks, its purpose, the compulsory savings, the day paid
out); life insurance contracts in UTF-16 with tabs and headers without diacritics (the buyer of
the policy as the record's person, the insured and that person's birth date, the relation, the
beneficiary with a CCCD of their own, the share, the product, the sum insured, the premium, the
agent, the contract's status); and a securities company's investors moving from the old CMND to
the CCCD in UTF-8 with a BOM and semicolons (the trading account, the old CMND beside the new
CCCD, the day and place of issue, the bank account for cash, the broker, the depository's
answer, the time last updated).
Five foreign files: M-PESA agents of a Kenyan aggregator in UTF-8 (the till, the outlet's name
and place apart from the operator's home, the ID number, the KRA PIN, the Safaricom line, the
float, the next of kin and their phone); a Nigerian bank's accounts linked to a BVN and an NIN in
Excel (the NUBAN with its check digit, the account name in capitals, the BVN, the NIN, the
phone, the residential address and state, the tier, the post-no-debit status, the branch and
the account officer); an Indian bank's savings accounts due for re-KYC in UTF-8 (the CIF, the
account, the father's or spouse's name, the PAN, the Aadhaar with its Verhoeff digit, the
mobile, the e-mail, the address and PIN code, the occupation, income and risk, the due day, the
CKYC number); a Philippine cooperative's member masterlist in UTF-8 with a BOM (last, first and
middle names, the TIN, the PhilSys card number, the barangay, town and province apart, the share
capital, the day the board accepted the member, the beneficiary); and a Brazilian credit union's
Pix keys in Windows-1252 with semicolons (the CPF with its two check digits, the kind of key and
the key itself, the branch and account, the mobile, the e-mail, the street, bairro, city, UF and
CEP apart, the day registered, the key's situation, the last change).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind310_writers import WRITERS_BLIND310
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND310: tuple[Shape, ...] = (
    _shape(
        "tai_khoan_ngu_dong_kich_hoat_lai_doi_chieu_cccd_gan_chip_ngan_hang_chi_nhanh_vn310",
        "STT=row | Số TK=-:dm_acct310 | Tên chủ TK=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD gắn chip=cccd | Ngày cấp=date@%d/%m/%Y"
        " | Địa chỉ liên hệ=address | SĐT đăng ký SMS Banking=phone"
        " | Ngày GD cuối cùng=date:dm_last310 | Số dư (VNĐ)=-:dm_bal310"
        " | KQ đối chiếu=-:dm_nfc310 | Trạng thái TK=-:dm_state310"
        " | Người xử lý=-:dm_officer310 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "thanh_vien_nhom_vay_von_to_chuc_tai_chinh_vi_mo_giai_ngan_vn310",
        "TT=row | Mã TV=-:mf_code310 | Họ và tên thành viên=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd:cccd_spaced | Địa chỉ=address"
        " | SĐT=phone | Nhóm=-:mf_group310 | Cụm/ Trung tâm=-:mf_centre310"
        " | Nhóm trưởng=-:mf_leader310 | Vợ/Chồng (người cùng ký HĐ)=-:mf_spouse310"
        " | Số tiền vay (đ)=-:mf_loan310 | Thời hạn (tuần)=-:mf_term310"
        " | Mục đích sử dụng vốn=-:mf_purpose310 | Tiết kiệm bắt buộc=-:mf_save310"
        " | Ngày giải ngân=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "hop_dong_bao_hiem_nhan_tho_phat_hanh_trong_thang_van_phong_tong_dai_ly_vn310",
        "STT=row | So HD=-:li_contract310 | Ben mua bao hiem=full_name"
        " | Ngay sinh BMBH=birth_date@%d/%m/%Y | GT=sex | CCCD BMBH=cccd"
        " | Dia chi lien he=address | Dien thoai=phone | Email=email"
        " | Nguoi duoc bao hiem=-:li_insured310 | NS NDBH=-:li_insured_birth310"
        " | Quan he voi BMBH=-:li_rel310 | Nguoi thu huong=-:li_benef310"
        " | CCCD NTH=-:li_benef_id310 | Ty le huong=-:li_share310"
        " | San pham chinh=-:li_product310 | STBH (dong)=-:li_sum310"
        " | Phi dinh ky=-:li_premium310 | Ngay hieu luc=date@%d/%m/%Y"
        " | Ma dai ly=-:li_agent310 | Tinh trang HD=-:li_status310",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nha_dau_tu_cap_nhat_thong_tin_nhan_than_cmnd_sang_cccd_cong_ty_chung_khoan_vn310",
        "STT=row | Số TK GDCK=-:sc_acct310 | Tên nhà đầu tư=full_name"
        " | Ngày sinh=birth_date@%d-%m-%Y | Giới tính=sex | Số CMND cũ=cmnd"
        " | Số CCCD mới=cccd | Ngày cấp=date@%d-%m-%Y | Nơi cấp=-:sc_issuer310"
        " | Địa chỉ thường trú=address | Điện thoại=phone | Email=email"
        " | TK ngân hàng nhận tiền=-:sc_bank310 | NV môi giới=-:sc_broker310"
        " | Trạng thái VSDC=-:sc_vsdc310 | Thời gian cập nhật=timestamp",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "mpesa_agent_register_aggregator_ke310",
        "No.=row | Agent Till No.=-:ke_till310 | Business Name=-:ke_shop310"
        " | Operator Name=full_name:ke_name310 | National ID No.=national_id:ke_id310"
        " | KRA PIN=-:ke_pin310 | Date of Birth=birth_date@%d/%m/%Y | Gender=sex:sex_ke310"
        " | Safaricom Line=phone:ke_phone310 | Residential Address=address:ke_home310"
        " | Outlet Location=-:ke_outlet310 | Outlet County=-:ke_county310"
        " | Aggregator=-:ke_agg310 | Float Limit (KSh)=-:ke_float310"
        " | Date Appointed=date@%d/%m/%Y | Status=-:ke_status310"
        " | Next of Kin=-:ke_kin310 | NOK Phone=-:ke_kin_phone310",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "bvn_nin_linked_accounts_tier_review_ng310",
        "S/N=row | ACCOUNT NO=-:ng_acct310 | ACCOUNT NAME=full_name:ng_name310"
        " | BVN=-:ng_bvn310 | NIN=national_id:ng_nin310 | DATE OF BIRTH=birth_date@%d-%b-%Y"
        " | PHONE NO (BVN)=phone:ng_phone310 | RESIDENTIAL ADDRESS=address:ng_addr310"
        " | STATE OF RESIDENCE=state:ng_state310 | KYC TIER=-:ng_tier310"
        " | ACCOUNT STATUS=-:ng_status310 | DATE LINKED=date@%d-%b-%Y"
        " | BRANCH=-:ng_branch310 | ACCOUNT OFFICER=-:ng_officer310",
        english=True,
        file="xlsx",
    ),
    _shape(
        "periodic_rekyc_due_savings_accounts_bank_branch_in310",
        "Sr. No.=row | CIF No.=-:in_cif310 | Account No.=-:in_acct310"
        " | Customer Name=full_name:in_name310 | Father's/Spouse Name=-:in_father310"
        " | DOB=birth_date@%d-%m-%Y | Gender=sex:sex_in310 | PAN=-:in_pan310"
        " | Aadhaar No.=national_id:in_aadhaar310 | Mobile No.=phone:in_phone310"
        " | Email ID=email:in_email310 | Correspondence Address=address:in_addr310"
        " | PIN Code=postcode:in_pin310 | Occupation=-:in_occ310"
        " | Gross Annual Income=-:in_income310 | Risk Category=-:in_risk310"
        " | Re-KYC Due Date=date@%d-%m-%Y | KYC Status=-:in_status310"
        " | CKYC Identifier=-:in_ckyc310",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "multipurpose_cooperative_members_masterlist_tin_philsys_ph310",
        "No.=row | Membership No.=-:ph_mem310 | Last Name=family_name:ph_last310"
        " | First Name=given_name:ph_first310 | Middle Name=-:ph_middle310"
        " | Birthdate=birth_date@%m/%d/%Y | Sex=sex:sex_ph310 | Civil Status=-:ph_civil310"
        " | TIN=-:ph_tin310 | PhilSys Card No. (PCN)=national_id:ph_pcn310"
        " | Cellphone No.=phone:ph_phone310 | Barangay=suburb:ph_brgy310"
        " | Municipality/City=district:ph_town310 | Province=state:ph_prov310"
        " | Type of Membership=-:ph_type310 | Paid-up Share Capital=-:ph_share310"
        " | Date Accepted (BOD Res.)=date@%m/%d/%Y | Beneficiary=-:ph_benef310"
        " | Relationship=-:ph_rel310",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "chaves_pix_cadastradas_associados_cooperativa_de_credito_br310",
        "Seq=row | Nome do titular=full_name:br_name310 | CPF=national_id:br_cpf310"
        " | Data de nascimento=birth_date@%d/%m/%Y | Tipo de chave=-:br_ktype310"
        " | Chave Pix=-:br_key310 | Agência=-:br_ag310 | Conta=-:br_conta310"
        " | Tipo de conta=-:br_ctype310 | Celular=phone:br_phone310"
        " | E-mail=email:br_email310 | Logradouro=street:br_street310"
        " | Bairro=suburb:br_bairro310 | Cidade=district:br_city310 | UF=state:br_uf310"
        " | CEP=postcode:br_cep310 | Data do registro=date@%d/%m/%Y"
        " | Situação=-:br_sit310 | Última alteração=timestamp",
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
    "ke_id310",
    "ng_nin310",
    "in_aadhaar310",
    "ph_pcn310",
    "br_cpf310",
)
SEX_HOLDS: tuple[str, ...] = ("sex_ke310", "sex_in310", "sex_ph310")
NAME_HOLDS = frozenset(
    {"ke_name310", "ng_name310", "in_name310", "ph_last310", "ph_first310", "br_name310"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "ke_phone310",
    "ng_phone310",
    "in_phone310",
    "ph_phone310",
    "br_phone310",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ke_home310", "ng_addr310", "in_addr310")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND310",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND310",
]
