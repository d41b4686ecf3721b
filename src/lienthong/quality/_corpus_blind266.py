"""The two-hundred-and-sixty-sixth part of the outside corpus, **blind 266** (written 09:52 UTC,
2026-12-07, never used for tuning): person files a golf course's personnel office, the Finance
Ministry's price appraiser examination board, a provincial training centre for chief
accountants, a commune's justice officer, Sudan's National Pension Fund, the Gezira Scheme's
tenancy administration, South Sudan's civil registry office in Bor, a livestock vaccination
campaign in Unity's cattle camps and the refugee registration in eastern Chad's camps could hand
over.
Four Vietnamese files: caddies of a golf course enrolled in social insurance in Excel (the
social insurance number, the caddie number and team, the labour contract, the wage insurance is
paid on, the clinic of first contact, the day work began); candidates for the price appraiser
card exam in UTF-8 with a BOM and semicolons (the candidate number, the degree, the employer,
the years of practice, the subjects sat, the mean score, the result); a chief accountant
refresher course in UTF-16 with tabs and headers without diacritics (the employing body, the
post, the class, the fee, the certificate number and day, the time last updated); and a
commune's domestic adoption register in Windows-1258 with semicolons (the register number, the
adopter's spouse, the child's name and birth date, where the child lived, the kinship, the day
registered, the officer who signed).
Five foreign files: Sudan's National Pension Fund pensioners in Windows-1256 with Arabic headers
(the pension number, the four-part name, the eleven-digit national number, the last employer,
the day retired, the monthly pension in pounds, the state and locality apart, the home, the
phone, the agent who collects, the status); Gezira Scheme tenants in UTF-8 (the section and
inspectorate, the tenancy number, the village alone, the feddans, the crop, the bank and
account, the contract day, birth dates ``1975/03/12``); South Sudan national ID applications in
Bor in UTF-8 with English headers (the form, the Dinka three-part name, the place of birth, the
tribe, the nationality certificate, the national ID number, the mother, the residence, the payam
and county apart, the chief who identified the applicant, the day applied, the card's status);
cattle owners vaccinated in Unity's cattle camps in Excel (Nuer names, the camp, the payam and
county, the herd, the vaccine, the day, the animal health worker, the receipt); and Sudanese
refugees registered in eastern Chad's camps in Windows-1256 with French and Arabic headers (the
group and individual numbers, the father, the link to the head of household, the Sudanese
national number, the place of origin, the camp and block, the day of arrival, a Chadian phone
and a contact's, the specific needs).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind266_writers import WRITERS_BLIND266
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND266: tuple[Shape, ...] = (
    _shape(
        "lao_dong_caddie_san_golf_ke_khai_tham_gia_bhxh_bhyt_phong_nhan_su_cong_ty_golf_vn266",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Mã số BHXH=bhxh | Số hiệu caddie=-:caddie_no266"
        " | Tổ=-:caddie_team266 | Loại HĐLĐ=-:caddie_contract266"
        " | Mức lương đóng BHXH (đồng)=-:caddie_wage266 | Nơi KCB ban đầu=-:caddie_kcb266"
        " | Địa chỉ thường trú=address | Điện thoại=phone | Ngày vào làm=date@%d/%m/%Y"
        " | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "thi_sinh_du_thi_cap_the_tham_dinh_vien_ve_gia_hoi_dong_thi_bo_tai_chinh_vn266",
        "TT=row | Số báo danh=-:appr_sbd266 | Họ tên thí sinh=full_name"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Nam/Nữ=sex"
        " | Số định danh cá nhân=cccd | Trình độ chuyên môn=-:appr_degree266"
        " | Đơn vị công tác=-:appr_firm266 | Số năm công tác=-:appr_years266"
        " | Địa chỉ liên hệ=address | ĐTDĐ=phone | Email=email"
        " | Đăng ký thi=-:appr_subj266 | Điểm TB=-:appr_score266 | Kết quả=-:appr_result266",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "hoc_vien_lop_boi_duong_cap_chung_chi_ke_toan_truong_trung_tam_dao_tao_tinh_vn266",
        "STT=row | Ho va ten=full_name | Ngay sinh=birth_date@%d/%m/%Y | Gioi tinh=sex"
        " | So CCCD=cccd | Don vi cong tac=-:ktt_org266 | Chuc vu=-:ktt_post266"
        " | Lop=-:ktt_class266 | So dien thoai=phone | Dia chi thuong tru=address"
        " | Hoc phi=-:ktt_fee266 | So chung chi=-:ktt_cert266 | Ngay cap=date@%d/%m/%Y"
        " | Cap nhat luc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "so_dang_ky_nuoi_con_nuoi_trong_nuoc_cong_chuc_tu_phap_ubnd_xa_vn266",
        "STT=row | Số đăng ký=-:adopt_no266 | Họ tên người nhận con nuôi=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd:cccd_spaced | Nơi cư trú=address"
        " | SĐT=phone | Họ tên vợ/chồng người nhận=-:adopt_spouse266"
        " | Họ tên con nuôi=-:adopt_child266 | Ngày sinh con nuôi=date:adopt_child_birth266"
        " | Nơi con nuôi đang sống=-:adopt_from266 | Quan hệ với người nhận=-:adopt_kin266"
        " | Ngày đăng ký=date@%d/%m/%Y | Người ký=-:adopt_officer266",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "kashf_almuashiyin_alsunduq_alqawmi_lilmaashat_sd266",
        "م=row | رقم المعاش=-:pen_no266 | الاسم رباعي=full_name:sd_name266"
        " | الرقم الوطني=national_id:sd_nn266 | تاريخ الميلاد=birth_date@%d/%m/%Y"
        " | النوع=sex:sex_ar266 | جهة العمل الأخيرة=-:pen_employer266"
        " | تاريخ الإحالة للمعاش=date@%d/%m/%Y | المعاش الشهري (جنيه)=-:pen_amount266"
        " | الولاية=state:pen_state266 | المحلية=district:pen_locality266"
        " | العنوان=address:pen_home266 | رقم الهاتف=phone:sd_phone266"
        " | الوكيل / المستلم=-:pen_agent266 | الحالة=-:pen_status266",
        english=True,
        encoding="cp1256",
    ),
    _shape(
        "kashf_almuzariin_ashab_alhawashat_mashru_aljazira_sd266",
        "الرقم=row | القسم=-:gz_section266 | التفتيش=-:gz_taftish266"
        " | رقم الحواشة=-:gz_hawasha266 | اسم المزارع=full_name:sd_name266"
        " | الرقم الوطني=national_id:sd_nn266 | تاريخ الميلاد=birth_date@%Y/%m/%d"
        " | النوع=sex:sex_ar266 | القرية=district:gz_village266"
        " | المساحة (فدان)=-:gz_feddan266 | المحصول=-:gz_crop266"
        " | الهاتف=phone:sd_phone266 | البنك=-:gz_bank266 | رقم الحساب=-:gz_account266"
        " | تاريخ التعاقد=date@%Y/%m/%d",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "national_id_applications_civil_registry_office_bor_jonglei_ss266",
        "S/N=row | Form No.=-:ss_form266 | Full Name (3 names)=full_name:ss_name266"
        " | Sex=sex:sex_en266 | Date of Birth=birth_date@%d/%m/%Y"
        " | Place of Birth=-:ss_birthplace266 | Tribe=-:ss_tribe266"
        " | Nationality Cert. No.=-:ss_natcert266 | National ID No.=national_id:ss_nin266"
        " | Mother's Full Name=-:ss_mother266 | Residence=address:ss_home266"
        " | Payam=suburb:ss_payam266 | County=district:ss_county266"
        " | Tel.=phone:ss_phone266 | Identified by (Chief)=-:ss_chief266"
        " | Date Applied=date@%d/%m/%Y | Status=-:ss_state266",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "cattle_camp_vaccination_register_livestock_owners_unity_ss266",
        "No.=row | Name of Cattle Owner=full_name:cc_name266 | Sex=sex:sex_mf266"
        " | DOB=birth_date@%d/%m/%Y | ID No.=national_id:cc_id266"
        " | Cattle Camp=-:cc_camp266 | Payam=suburb:cc_payam266"
        " | County=district:cc_county266 | Mobile=phone:ss_phone266"
        " | No. of Cattle=-:cc_cattle266 | Goats/Sheep=-:cc_goats266"
        " | Vaccine Given=-:cc_vaccine266 | Date=date@%d/%m/%Y | CAHW Name=-:cc_cahw266"
        " | Receipt No.=-:cc_receipt266",
        english=True,
        file="xlsx",
    ),
    _shape(
        "enregistrement_refugies_soudanais_camps_est_tchad_tasjil_allajiin_td266",
        "N°=row | N° groupe / رقم الأسرة=-:rf_group266"
        " | N° individuel / الرقم الفردي=-:rf_ind266"
        " | Nom et prénoms / الاسم=full_name:rf_name266"
        " | Nom du père / اسم الأب=-:rf_father266 | Sexe / النوع=sex:sex_mf266"
        " | Date de naissance / تاريخ الميلاد=birth_date@%d/%m/%Y | Lien avec CM=-:rf_link266"
        " | N° national soudanais / الرقم الوطني=national_id:sd_nn266"
        " | Lieu d'origine / مكان الأصل=-:rf_origin266 | Camp / المعسكر=-:rf_camp266"
        " | Bloc-Secteur=-:rf_block266 | Date d'arrivée / تاريخ الوصول=date@%d/%m/%Y"
        " | Téléphone / الهاتف=phone:td_phone266 | Tél. contact=-:rf_kin_phone266"
        " | Besoins spécifiques=-:rf_need266",
        english=True,
        encoding="cp1256",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("sd_nn266", "ss_nin266", "cc_id266")
SEX_HOLDS: tuple[str, ...] = ("sex_ar266", "sex_en266", "sex_mf266")
NAME_HOLDS = frozenset({"sd_name266", "ss_name266", "cc_name266", "rf_name266"})
PHONE_HOLDS: tuple[str, ...] = ("sd_phone266", "ss_phone266", "td_phone266")
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ss_home266",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND266",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND266",
]
