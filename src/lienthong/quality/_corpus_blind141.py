"""The hundred-and-forty-first part of the outside corpus, **blind 141** (written 20:34 UTC,
2026-12-06, never used for tuning): person files a provincial health department rotating doctors
to commune stations, a city's ward sorting waste at source, the copyright office, a medical
university's body donation programme, Nigeria's JAMB, Kenya's HELB, Ghana's SSNIT, Egypt's
universal health insurance authority and a Moroccan prefecture's rehousing programme could hand
over. Four Vietnamese files: a provincial health department's list of doctors and nurses rotated
to commune health stations, in Excel (the title, the practising certificate, the sending
hospital, the receiving station, the start date, the months, the allowance); a ward's list of
households sorting waste at source in Windows-1258 with semicolons (the head of household, the
house number and street, the residential group, the ward alone, the number of
members, the bins handed out, their QR code, the group leader); the copyright office's register
of applications in UTF-16 with tabs (the application number, the work and its kind, the author,
the owner, the certificate number, the filing date, the status, the time last updated); and a
medical university's list of people registering to donate their body in UTF-8 with a BOM (the
donor card, the school, a relative who consents, their relation, phone and CCCD).
Five foreign files: a Nigerian JAMB UTME candidate list in UTF-8 (the JAMB registration number,
the NIN, surname in capitals, first and middle name, state of origin and LGA, the CBT centre, the
first-choice institution, the score); a Kenyan HELB loan applicant list in Excel (the ID number,
the KRA PIN, the admission number, county and sub-county, the parent or guardian and their ID,
an M-Pesa number, the amount awarded); a Ghanaian SSNIT contributor list in Windows-1252 with
semicolons (the Ghana Card PIN, the old SSNIT number, the GhanaPost GPS digital address, the
employer and its number, the basic salary, a nominee); an Egyptian universal health insurance
register of Port Said in Windows-1256 with Arabic headers (the 14-digit national number with the
birth date in it, the four-part name, the district, the family health unit, the category, the
head of the family and the relation to them); and a Moroccan rehousing list of the "Villes sans
bidonvilles" programme in UTF-8 with a BOM and headers in French and Arabic (the CNIE, the douar
and shack, the commune and prefecture, the spouse and her CNIE, the plot allotted, the
contribution).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind141_writers import WRITERS_BLIND141
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND141: tuple[Shape, ...] = (
    _shape(
        "luan_phien_can_bo_y_te_ve_tram_y_te_xa_vn141",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Chức danh nghề nghiệp=-:title141 | Số CCHN=-:licence141"
        " | Đơn vị cử đi=-:hospital141 | Nơi nhận luân phiên=-:station141"
        " | Ngày bắt đầu=date@%d/%m/%Y | Thời gian LP=-:months141"
        " | Phụ cấp (đ/tháng)=-:allow141 | Địa chỉ thường trú=address | ĐT di động=phone"
        " | Email=email",
        file="xlsx",
    ),
    _shape(
        "ho_phan_loai_rac_tai_nguon_vn141",
        "TT=row | Tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD chủ hộ=cccd"
        " | Số nhà, đường=street | Tổ dân phố=-:tdp141 | Phường=ward:ward141"
        " | Số nhân khẩu=-:members141 | Loại thùng được cấp=-:bin141 | Mã QR thùng=-:qr141"
        " | Ngày cấp phát=date@%d/%m/%Y | Tổ trưởng=-:head141 | Điện thoại=phone"
        " | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_dang_ky_quyen_tac_gia_cuc_ban_quyen_vn141",
        "STT=row | Số đơn=-:appno141 | Tên tác phẩm=-:work141 | Loại hình=-:kind141"
        " | Tác giả=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Số CCCD/ĐDCN tác giả=cccd | Địa chỉ=address | Số điện thoại=phone:phone_dotted"
        " | Email=email | Chủ sở hữu quyền tác giả=-:owner141 | Ngày nộp đơn=date@%d/%m/%Y"
        " | Số GCN ĐKQTG=-:gcn141 | Tình trạng hồ sơ=-:status141 | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "dang_ky_hien_xac_cho_y_hoc_dai_hoc_y_vn141",
        "STT=row | Số thẻ hiến xác=-:donorcard141 | Họ và tên người đăng ký=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số định danh cá nhân=cccd:cccd_spaced"
        " | Nơi cư trú=address | SĐT=phone | Trường tiếp nhận=-:school141"
        " | Ngày đăng ký=date@%d/%m/%Y | Người thân đồng ý=-:kin141"
        " | Quan hệ với người hiến=-:kin_rel141 | SĐT người thân=-:kin_phone141"
        " | CCCD người thân=-:kin_cccd141 | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
    ),
    _shape(
        "jamb_utme_candidates_ng141",
        "S/N=row | JAMB Reg. No.=-:jamb_ng141 | NIN=national_id:nin_ng141"
        " | Surname=family_name:ng_family141 | First Name=given_name:ng_given141"
        " | Middle Name=-:ng_middle141 | Sex=sex:sex_ng141 | DOB=birth_date@%d-%b-%Y"
        " | State of Origin=-:ng_state141 | LGA=district:ng_lga141"
        " | Contact Address=address:ng_addr141 | GSM No.=phone:phone_ng141 | E-mail=email"
        " | CBT Centre=-:ng_centre141 | Exam Date=date@%d/%m/%Y"
        " | 1st Choice Institution=-:ng_inst141 | UTME Score=-:ng_score141",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "helb_loan_applicants_ke141",
        "No.=row | Applicant Name=full_name:ke_name141 | ID No.=national_id:id_ke141"
        " | KRA PIN=-:kra_ke141 | Gender=sex:sex_ke141 | D.O.B=birth_date@%d/%m/%Y"
        " | Admission No.=-:ke_adm141 | Institution=-:ke_uni141 | Course=-:ke_course141"
        " | Home County=-:ke_county141 | Sub-County=district:ke_sub141"
        " | Parent/Guardian Name=-:ke_guardian141 | Parent/Guardian ID=-:ke_gid141"
        " | M-Pesa No.=phone:phone_ke141 | Amount Awarded (KES)=-:ke_amount141"
        " | Date Applied=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "ssnit_contributors_gh141",
        "No=row | Ghana Card PIN=national_id:ghcard_gh141 | SSNIT No. (old)=-:ssnit_gh141"
        " | Surname=family_name:gh_family141 | Other Names=given_name:gh_given141"
        " | Sex=sex:sex_gh141 | Date of Birth=birth_date@%d/%m/%Y"
        " | Digital Address=postcode:gh_gps141 | Town=district:gh_town141"
        " | Region=state:gh_region141 | Mobile No=phone:phone_gh141"
        " | Employer Name=-:gh_employer141 | Employer No=-:gh_erno141"
        " | Basic Salary (GH¢)=-:gh_salary141 | Nominee=-:gh_nominee141"
        " | Date Joined=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "tamin_sehi_shamel_bursaid_eg141",
        "م=row | الرقم القومي=national_id:nid_eg141 | الاسم رباعي=full_name:eg_name141"
        " | النوع=sex:sex_eg141 | تاريخ الميلاد=birth_date@%Y/%m/%d"
        " | العنوان=address:eg_addr141 | الحي=district:eg_district141"
        " | رقم المحمول=phone:phone_eg141 | وحدة طب الأسرة=-:eg_unit141"
        " | فئة الاشتراك=-:eg_cat141 | رب الأسرة=-:eg_head141 | صلة القرابة=-:eg_rel141"
        " | رقم الملف العائلي=-:eg_file141 | تاريخ التسجيل=date@%d/%m/%Y",
        english=True,
        encoding="cp1256",
    ),
    _shape(
        "villes_sans_bidonvilles_relogement_ma141",
        "N°=row | CNIE / رقم البطاقة الوطنية=national_id:cnie_ma141"
        " | Nom / النسب=family_name:ma_family141 | Prénom / الاسم=given_name:ma_given141"
        " | Sexe / الجنس=sex:sex_ma141 | Date de naissance / تاريخ الازدياد=birth_date@%d/%m/%Y"
        " | Adresse actuelle / العنوان الحالي=address:ma_addr141"
        " | Commune / الجماعة=district:ma_commune141 | Préfecture / العمالة=-:ma_pref141"
        " | Tél / الهاتف=phone:phone_ma141 | Nbre ménages=-:ma_menages141"
        " | Conjoint(e) / الزوج(ة)=-:ma_spouse141 | CNIE conjoint(e)=-:ma_spouse_cin141"
        " | Lot attribué / البقعة الممنوحة=-:ma_lot141 | Date attribution=date@%d/%m/%Y"
        " | Contribution=-:ma_contrib141",
        english=True,
        encoding="utf-8-sig",
    ),
)

INVALID_DAY: dict[str, str] = {"%d-%b-%Y": "31-Feb-{y}"}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "nin_ng141",
    "id_ke141",
    "ghcard_gh141",
    "nid_eg141",
    "cnie_ma141",
)
SEX_HOLDS: tuple[str, ...] = ("sex_ng141", "sex_ke141", "sex_gh141", "sex_eg141", "sex_ma141")
NAME_HOLDS = frozenset(
    {"ng_family141", "ng_given141", "ke_name141", "gh_family141", "gh_given141"}
    | {"eg_name141", "ma_family141", "ma_given141"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ng141",
    "phone_ke141",
    "phone_gh141",
    "phone_eg141",
    "phone_ma141",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_dn141", "ng_addr141", "eg_addr141", "ma_addr141")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND141",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND141",
]
