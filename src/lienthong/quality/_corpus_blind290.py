"""The two-hundred-and-ninetieth part of the outside corpus, **blind 290** (written 10:20 UTC,
2026-12-07, never used for tuning): person files a company's MISA AMIS HR, a company's FAST
accounting payroll, a provincial hospital's HIS, a high school's SMAS, an Austrian employer's SAP
HCM, a Canadian employer's Workday, a Belgian shop's Odoo, a Kazakh employer's 1C:Zarplata and an
Irish charity's Salesforce could hand over. Four Vietnamese files: an employee list exported from
MISA AMIS HR in Excel (the employee code, the CCCD with its issue date and issuer, the unit and
job, the labour status, the tax code, the social insurance book, an emergency contact with the
relation in brackets and their phone); a payroll exported from FAST accounting with its own
field codes as headers (ma_nv, ten_nv, so_cmnd…) in Windows-1258 with semicolons (the department
code, dependants, the bank account and bank, the base salary and the net pay); a provincial
hospital's inpatient admissions exported from its HIS in UTF-16 with tabs (the patient code, the
admission number, the age, the insurance card, the registered clinic code, the admission date and
time, the ward, the ICD-10 code and diagnosis, the doctor, a relative and their phone, the time
last updated); and a school's staff records exported from SMAS in UTF-8 with a BOM (the staff
code, the subject group, the post, the degree, the contract, the home town apart from the
permanent address, the school).
Five foreign files: an Austrian SAP HCM personnel extract with the technical field names as
headers (PERNR, NACHN, VORNA, GBDAT, GESCH 1/2, the social insurance number with its check digit
and the birth date inside, STRAS/PSTLZ/ORT01, the cost centre, the org unit, the manager) in
Windows-1252 with tabs; a Canadian Workday worker report in Excel (the SIN with its Luhn digit,
the province code and postal code, the supervisory organization, the manager, the emergency
contact, ISO dates); a Belgian Odoo contacts export with French field labels in UTF-8 (the full
name in one column, a studio field holding the national register number with its mod-97 pair,
landline and mobile, the related company, tags, the salesperson, the external id); a Kazakh
1C:Zarplata salary-card register in Windows-1251 with semicolons (the personnel number, the
patronymic, the IIN with its mod-11 digit, the card IBAN, the amount with a decimal comma); and
an Irish charity's Salesforce contacts exported by Data Loader with upper-case API names as
headers (record ids, the PPSN for the CHY3 tax relief, the Eircode, the total gifts, the last
gift date, the last modified time in UTC).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind290_writers import WRITERS_BLIND290
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND290: tuple[Shape, ...] = (
    _shape(
        "danh_sach_nhan_vien_xuat_tu_misa_amis_hrm_cong_ty_vn290",
        "STT=row | Mã nhân viên=-:manv290 | Họ và tên=full_name | Giới tính=sex"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CMND/Thẻ căn cước=cccd"
        " | Ngày cấp=date:ngaycap290 | Nơi cấp=-:noicap290 | Đơn vị công tác=-:donvi290"
        " | Vị trí công việc=-:vitri290 | Ngày thử việc=date@%d/%m/%Y"
        " | Tính chất lao động=-:tinhchat290 | ĐT di động=phone | Email cá nhân=email"
        " | Chỗ ở hiện nay=address | Mã số thuế=mst | Số sổ BHXH=bhxh"
        " | Người liên hệ khẩn cấp=-:lienhe290 | ĐT người liên hệ=-:rel_phone290"
        " | Trạng thái lao động=-:trangthai290",
        file="xlsx",
    ),
    _shape(
        "bang_luong_xuat_tu_phan_mem_ke_toan_fast_ma_truong_vn290",
        "stt=row | ma_nv=-:manv290 | ten_nv=full_name | ma_bp=-:ma_bp290"
        " | ngay_sinh=birth_date@%d/%m/%Y | gioi_tinh=sex | so_cmnd=cccd | ma_so_thue=mst"
        " | so_npt=-:so_npt290 | dia_chi=address | dien_thoai=phone | tk_nh=-:tk_nh290"
        " | ten_nh=-:ten_nh290 | luong_cb=-:luong_cb290 | thuc_linh=-:thuc_linh290"
        " | ngay_ct=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "benh_nhan_noi_tru_xuat_tu_his_benh_vien_da_khoa_tinh_vn290",
        "STT=row | Mã BN=-:ma_bn290 | Số vào viện=-:so_vv290 | Họ tên bệnh nhân=full_name"
        " | Ngày sinh=birth_date@%Y%m%d | Tuổi=-:tuoi290 | Giới=sex | Số CCCD=cccd"
        " | Địa chỉ=address | Mã thẻ BHYT=bhyt | Nơi ĐKKCB BĐ=-:mado290"
        " | Ngày giờ vào viện=date:vaovien290 | Khoa điều trị=-:khoa290 | Mã ICD=-:icd290"
        " | Chẩn đoán vào viện=-:chandoan290 | BS điều trị=-:bacsi290"
        " | Người nhà BN=-:nguoinha290 | SĐT người nhà=-:dt_nguoinha290"
        " | Ngày cập nhật=timestamp@%d/%m/%Y %H:%M",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ho_so_can_bo_giao_vien_xuat_tu_smas_truong_thpt_vn290",
        "STT=row | Mã cán bộ=-:macb290 | Họ và tên=full_name | Ngày sinh (dd/MM/yyyy)=birth_date"
        " | Giới tính=sex | Số CMND/CCCD=cccd:cccd_spaced | Tổ bộ môn=-:tobomon290"
        " | Chức vụ=-:chucvu290 | Trình độ chuyên môn=-:trinhdo290"
        " | Ngày vào ngành=date@%d/%m/%Y | Hình thức hợp đồng=-:hopdong290 | Số sổ BHXH=bhxh"
        " | Điện thoại di động=phone:phone_dotted | Email=email | Quê quán=-:quequan290"
        " | Hộ khẩu thường trú=address | Trường=-:truong290",
        encoding="utf-8-sig",
    ),
    _shape(
        "sap_hcm_pa0002_pa0006_personalstamm_arbeitgeber_wien_at290",
        "Zeile=row | PERNR=-:pernr290 | NACHN=family_name:at_family290"
        " | VORNA=given_name:at_given290 | GBDAT=birth_date@%d.%m.%Y | GESCH=sex:gesch290"
        " | NATIO=-:natio290"
        " | SVNR=national_id:svnr290 | STRAS=street:stras290 | PSTLZ=postcode:pstlz290"
        " | ORT01=district:ort290 | TELNR=phone:telnr290 | BEGDA=date@%d.%m.%Y"
        " | KOSTL=-:kostl290 | ORGEH=-:orgeh290 | STLTX=-:stltx290"
        " | ENAME_VG=-:ename_vg290 | AEDTM=timestamp@%d.%m.%Y",
        english=True,
        encoding="cp1252",
        delimiter="\t",
    ),
    _shape(
        "workday_worker_details_report_employer_canada_ca290",
        "#=row | Employee ID=-:wd_id290 | Legal Name - First Name=given_name:ca_given290"
        " | Legal Name - Last Name=family_name:ca_family290 | Date of Birth=birth_date@%Y-%m-%d"
        " | Gender=sex:sex_ca290 | National ID Type=-:wd_idtype290"
        " | National ID=national_id:sin290 | Home Address - Address Line 1=street:street_ca290"
        " | Home Address - City=district:city_ca290"
        " | Home Address - Region=state:prov_ca290"
        " | Home Address - Postal Code=postcode:pc_ca290 | Home Phone=phone:phone_ca290"
        " | Work Email=email | Hire Date=date@%Y-%m-%d | Supervisory Organization=-:wd_org290"
        " | Job Profile=-:wd_job290 | Location=-:wd_loc290 | Manager=-:wd_mgr290"
        " | Emergency Contact=-:wd_ec290 | Emergency Contact Phone=-:wd_ec_phone290"
        " | Last Updated=timestamp@%Y-%m-%d %H:%M:%S",
        english=True,
        file="xlsx",
    ),
    _shape(
        "odoo_contacts_res_partner_export_commerce_wallonie_bruxelles_be290",
        "ID=row | ID externe=-:odoo_xid290 | Nom=full_name:be_name290 | Rue=street:street_be290"
        " | Code postal=postcode:pc_be290 | Ville=district:city_be290 | Pays=-:pays_be290"
        " | Téléphone=phone:tel_be290 | Mobile=phone:gsm_be290 | Courriel=email"
        " | Numéro national=national_id:nrn_be290 | Date de naissance=birth_date@%Y-%m-%d"
        " | Société liée=-:company_be290 | Poste occupé=-:function_be290"
        " | Étiquettes=-:tags_be290 | Vendeur=-:seller_be290"
        " | Dernière mise à jour le=timestamp@%Y-%m-%d %H:%M:%S",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "reestr_zachisleniya_zarplaty_na_kartochnye_scheta_1c_zup_kazakhstan_kz290",
        "№ п/п=row | Табельный номер=-:tabno290 | Фамилия=family_name:kz_family290"
        " | Имя=given_name:kz_given290 | Отчество=-:kz_patr290 | ИИН=national_id:iin290"
        " | Дата рождения=birth_date@%d.%m.%Y | Пол=sex:sex_kz290"
        " | Подразделение=-:dept_kz290 | Должность=-:post_kz290"
        " | Адрес проживания=address:addr_kz290 | Телефон=phone:phone_kz290"
        " | Номер карточного счета (IBAN)=-:iban_kz290 | Сумма к зачислению=-:sum_kz290"
        " | Дата приема=date@%d.%m.%Y",
        english=True,
        encoding="cp1251",
        delimiter=";",
    ),
    _shape(
        "salesforce_npsp_contacts_data_loader_export_charity_ireland_ie290",
        "#=row | ID=-:sfid290 | ACCOUNTID=-:sfacc290 | FIRSTNAME=given_name:ie_given290"
        " | LASTNAME=family_name:ie_family290 | BIRTHDATE=birth_date@%Y-%m-%d"
        " | NPE01__HOMEEMAIL__C=email | MOBILEPHONE=phone:phone_ie290"
        " | MAILINGSTREET=street:street_ie290 | MAILINGCITY=district:city_ie290"
        " | MAILINGSTATE=state:county_ie290 | MAILINGPOSTALCODE=postcode:eircode_ie290"
        " | PPSN__C=national_id:pps_ie290 | CHY3_CERT_RECEIVED__C=-:chy3_ie290"
        " | NPO02__TOTALOPPAMOUNT__C=-:gift_ie290 | NPO02__LASTCLOSEDATE__C=date@%Y-%m-%d"
        " | OWNERID=-:sfowner290 | LASTMODIFIEDDATE=timestamp@%Y-%m-%dT%H:%M:%S.000Z",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("svnr290", "sin290", "nrn_be290", "iin290", "pps_ie290")
SEX_HOLDS: tuple[str, ...] = ("gesch290", "sex_ca290", "sex_kz290")
NAME_HOLDS = frozenset(
    {"at_family290", "at_given290", "ca_given290", "ca_family290", "be_name290"}
    | {"kz_family290", "kz_given290", "ie_given290", "ie_family290"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "telnr290",
    "phone_ca290",
    "tel_be290",
    "gsm_be290",
    "phone_kz290",
    "phone_ie290",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_kz290",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND290",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND290",
]
