"""The hundred-and-twenty-first part of the outside corpus, **blind 121** (written 19:40 UTC,
2026-12-06, never used for tuning): person files a fireworks shop of the army's Z121 factory, a
district land clearance board relocating graves, a provincial library, a provincial veterinary
sub-department, Nigeria's N-Power programme, Kenya's Boma Yangu housing scheme, a Tanzanian
district agriculture office, a Ugandan district's Parish Development Model desk and Addis Ababa's
condominium housing office could hand over.
Four Vietnamese files: a shop's book of fireworks sold to people in Windows-1258 with semicolons
(the kind, product code, count, unit price and total, the purpose, the day of sale, the seller);
a list of families whose graves are moved for a project in UTF-16 with tabs (the dead person,
the year of death, the relation, the kind and position of the grave, how it is moved, the
compensation, the day it was paid, the signature); a library's register of reader cards in Excel
(the card number, the job and the place of work or study, the card's kind, fee, issue and
expiry); and a list of veterinary practice certificates in UTF-8 with a BOM and tabs, its
headers without diacritics (the training, the school, the scope, the practice and its address,
the certificate's number and date, the time last updated).
Five foreign files: an N-Power beneficiary list with English and Hausa headers (the NIN, the BVN,
the state of origin, the LGA, the programme, the place of primary assignment, the stipend); a
Boma Yangu applicant list with Swahili and English headers (the ID number, the KRA PIN, the
county, the employer, the project, the unit, the monthly saving, the next of kin and their
phone); a Tanzanian subsidised fertiliser farmer register in Swahili (the NIDA number with the
birth date inside, region, district and ward, the crop, the acreage, the fertiliser and its
bags, the agro-dealer, the extension officer); a Parish Development Model disbursement list with
English and Luganda headers (the NIN with CM or CF, the village card, the enterprise, the SACCO,
the amount, the mobile money account, the next of kin, the parish chief); and an Addis Ababa
condominium registrants list with Amharic and English headers (the Fayda FIN, the sub-city and
woreda, the registration number, the unit type, the savings, the bank account).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind121_writers import WRITERS_BLIND121
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND121: tuple[Shape, ...] = (
    _shape(
        "so_theo_doi_ban_phao_hoa_cua_hang_z121_vn121",
        "STT=row | Họ và tên người mua=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD/ĐDCN=cccd | Nơi cư trú=address | Số điện thoại=phone"
        " | Tên sản phẩm=-:fw_kind121 | Mã SP=-:fw_code121 | SL (giàn)=-:fw_qty121"
        " | Đơn giá (đ)=-:fw_price121 | Thành tiền (đ)=-:fw_total121"
        " | Mục đích sử dụng=-:fw_purpose121 | Ngày bán=date@%d/%m/%Y"
        " | NV bán hàng=-:fw_seller121",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_co_mo_phai_di_doi_gpmb_nghia_trang_vn121",
        "TT=row | Họ tên người quản lý mộ=full_name | Ngày tháng năm sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Địa chỉ thường trú=address | SĐT=phone"
        " | Họ tên người đã khuất=-:grave_dead121 | Năm mất=-:grave_year121"
        " | Quan hệ với người QL mộ=-:grave_rel121 | Loại mộ=-:grave_kind121"
        " | Vị trí (lô - hàng - số)=-:grave_pos121 | Hình thức di dời=-:grave_mode121"
        " | Kinh phí hỗ trợ (đồng)=-:grave_amount121 | Ngày nhận tiền=date@%d/%m/%Y"
        " | Ký nhận=-:grave_sign121",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "so_dang_ky_cap_the_ban_doc_thu_vien_tinh_vn121",
        "STT=row | Số thẻ=-:lib_card121 | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd:cccd_spaced | Nghề nghiệp=-:lib_job121"
        " | Nơi làm việc/học tập=-:lib_work121 | Địa chỉ liên hệ=address | Điện thoại=phone"
        " | Email=email | Loại thẻ=-:lib_kind121 | Lệ phí (đ)=-:lib_fee121"
        " | Ngày cấp=date@%d/%m/%Y | Hạn sử dụng=date:lib_until121",
        file="xlsx",
    ),
    _shape(
        "cap_chung_chi_hanh_nghe_thu_y_chi_cuc_vn121",
        "STT=row | Ho va ten=full_name | Ngay sinh=birth_date@%d-%m-%Y | Gioi tinh=sex"
        " | So CCCD=cccd | Dia chi thuong tru=address | Dien thoai=phone:phone_dotted"
        " | Trinh do CM=-:vet_degree121 | Truong dao tao=-:vet_school121"
        " | Pham vi hanh nghe=-:vet_scope121 | Ten co so hanh nghe=-:vet_shop121"
        " | Dia chi co so=-:vet_shop_addr121 | So CCHN=-:vet_cert121"
        " | Ngay cap=date@%d-%m-%Y | Ngay cap nhat=timestamp",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "npower_beneficiaries_kano_ng121",
        "S/N=row | Beneficiary ID=-:npower_id121 | NIN / Lambar Shaida=national_id:nin_ng121"
        " | BVN=-:bvn_ng121 | Surname / Sunan Iyali=family_name:ng_family121"
        " | First Name / Suna=given_name:ng_given121 | Gender / Jinsi=sex:sex_ng121"
        " | Date of Birth / Ranar Haihuwa=birth_date@%d/%m/%Y"
        " | Phone No. / Lambar Waya=phone:phone_ng121 | State of Origin=-:ng_origin121"
        " | LGA of Residence / Karamar Hukuma=district:ng_lga121"
        " | Residential Address / Adireshi=address:ng_addr121 | Programme=-:npower_prog121"
        " | PPA (Place of Primary Assignment)=-:npower_ppa121"
        " | Highest Qualification=-:ng_qual121 | Stipend (₦)=-:npower_pay121"
        " | Deployment Date=date@%d/%m/%Y | Status=-:npower_status121",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "boma_yangu_applicants_ke121",
        "Na.=row | Jina Kamili / Full Name=full_name:ke_name121"
        " | Nambari ya Kitambulisho / ID Number=national_id:id_ke121"
        " | PIN ya KRA / KRA PIN=-:kra_ke121 | Tarehe ya Kuzaliwa / Date of Birth"
        "=birth_date@%d/%m/%Y | Jinsia / Gender=sex:sex_ke121"
        " | Nambari ya Simu / Phone=phone:phone_ke121 | Barua Pepe / Email=email"
        " | Kaunti / County=state:ke_county121 | Makazi / Residence=address:ke_home121"
        " | Mwajiri / Employer=-:ke_employer121 | Mradi / Project=-:by_project121"
        " | Aina ya Nyumba / Unit Type=-:by_unit121"
        " | Akiba ya Mwezi (KES) / Monthly Saving=-:by_saving121"
        " | Tarehe ya Usajili / Registration Date=date@%d/%m/%Y"
        " | Mrithi / Next of Kin=-:ke_kin121 | Simu ya Mrithi / NOK Phone=-:ke_kin_phone121"
        " | Hali / Status=-:by_status121",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "wakulima_mbolea_ruzuku_halmashauri_tz121",
        "Na.=row | Jina la Mkulima=full_name:tz_name121 | Namba ya NIDA=national_id:nida_tz121"
        " | Tarehe ya Kuzaliwa=birth_date@%d/%m/%Y | Jinsi=sex:sex_tz121"
        " | Namba ya Simu=phone:phone_tz121 | Mkoa=state:tz_region121"
        " | Wilaya=district:tz_district121 | Kata=suburb:tz_ward121 | Zao=-:tz_crop121"
        " | Ukubwa wa Shamba (Ekari)=-:tz_acres121 | Aina ya Mbolea=-:tz_fert121"
        " | Idadi ya Mifuko (kg 50)=-:tz_bags121 | Namba ya Mkulima=-:tz_farmer_no121"
        " | Wakala=-:tz_agent121 | Tarehe ya Usajili=date@%d/%m/%Y"
        " | Afisa Ugani=-:tz_officer121",
        english=True,
        file="xlsx",
    ),
    _shape(
        "pdm_disbursement_list_parish_ug121",
        "No.=row | Name of Beneficiary / Erinnya=full_name:ug_name121"
        " | NIN / Ennamba ya Ndagamuntu=national_id:nin_ug121 | Card No.=-:ug_card121"
        " | Sex / Ekikula=sex:sex_ug121 | Date of Birth=birth_date@%d-%b-%Y"
        " | Tel. No.=phone:phone_ug121 | District=district:ug_district121"
        " | Village, Parish, Sub-county=address:ug_addr121"
        " | PDM Enterprise=-:pdm_enterprise121 | PDM SACCO=-:pdm_sacco121"
        " | Amount (UGX)=-:pdm_amount121 | Date Disbursed=date@%d/%m/%Y"
        " | Mobile Money / Bank A/C=-:pdm_account121 | Next of Kin=-:ug_kin121"
        " | Parish Chief=-:ug_chief121",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "condominium_registrants_addis_ababa_et121",
        "ተ.ቁ=row | ሙሉ ስም / Full Name=full_name:et_name121 | ፋይዳ ቁጥር / FIN=national_id:fin_et121"
        " | ጾታ / Sex=sex:sex_et121 | የትውልድ ቀን / Date of Birth=birth_date@%d/%m/%Y"
        " | ስልክ / Phone=phone:phone_et121 | ክፍለ ከተማ / Sub-city=district:et_subcity121"
        " | ወረዳ / Woreda=suburb:et_woreda121 | የምዝገባ ቁጥር / Reg. No.=-:condo_reg121"
        " | የቤት አይነት / Unit Type=-:condo_type121 | የተቆጠበ (ብር) / Saved (Birr)=-:condo_saved121"
        " | የተመዘገበበት ቀን / Reg. Date=date@%d/%m/%Y"
        " | የባንክ ሂሳብ / CBE Account=-:condo_account121 | ሁኔታ / Status=-:condo_status121",
        english=True,
        encoding="utf-8-sig",
    ),
)

#: How a 31 February reads in this part's date formats.
INVALID_DAY: dict[str, str] = {"%d-%b-%Y": "31-Feb-{y}"}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("nin_ng121", "id_ke121", "nida_tz121", "nin_ug121", "fin_et121")
SEX_HOLDS: tuple[str, ...] = ("sex_ng121", "sex_ke121", "sex_tz121", "sex_ug121", "sex_et121")
NAME_HOLDS = frozenset(
    {"ng_family121", "ng_given121", "ke_name121", "tz_name121", "ug_name121", "et_name121"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ng121",
    "phone_ke121",
    "phone_tz121",
    "phone_ug121",
    "phone_et121",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ng_addr121", "ke_home121", "ug_addr121")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND121",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND121",
]
