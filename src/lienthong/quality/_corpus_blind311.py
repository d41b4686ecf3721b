"""The three-hundred-and-eleventh part of the outside corpus, **blind 311** (written 10:38 UTC,
2026-12-07, never used for tuning): person files a commune's people's committee, a province
police's detention camp liaison, a criminal investigation agency, a regional people's court, a
West Yorkshire probation delivery unit, a Georgia municipal court clerk, the Colombian Ombudsman's
regional office, a Public Attorney's Office district office in Metro Manila and a Gauteng
magistrate's maintenance court could hand over.
Four Vietnamese files: people serving a non-custodial reform sentence supervised by the commune
in UTF-8 with a BOM and semicolons (the judgment, the court, the offence, the term, the share of
income withheld, the officer who supervises, the monthly remark); people granted conditional
early release from prison in Windows-1258 with semicolons (the camp, the court's decision and its
day, the probation term and its end, the relative who took them home and that relative's phone,
the commune police officer, how they report); suspects banned from leaving their place of
residence in UTF-16 with tabs and headers without diacritics (the order, the offence, the agency,
the days from and to, the investigator, the commune police); and a regional court's register of
court fee advances in Excel (the receipt, the case entry, the kind of case, the defendant, the
sum in dong, the day paid, the judge, the clerk).
Five foreign files: a probation caseload in West Yorkshire (the case reference and police
national computer numbers, surname and forenames apart, the NI number, the street, town and
postcode apart, the offence, the sentence, the court, the practitioner, the tier, the next
appointment); a Georgia municipal court's fines and payment plans (the case and citation, the
SSN, the street, city, state and ZIP apart, the violation, the fine, the costs, the balance, the
plan, the due day, the deputy clerk); requests for a public defender at the Colombian Ombudsman
in Windows-1252 with semicolons (the filing, the cédula, apellidos and nombres apart, the
address, barrio, municipio and departamento apart, the area, the process number, the defender,
the status); a Public Attorney's Office interview sheet in Excel (the control number, the name
written SURNAME, Given M., the PhilSys number, the address, the income, the indigency test, the
case title and number, the court, the lawyer); and a Gauteng maintenance court's orders with
semicolons (the case, the complainant, the respondent's surname and first names, the identity
number, the address, the employer and salary number, the children, the monthly order, the
arrears, the maintenance officer, the status).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind311_writers import WRITERS_BLIND311
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND311: tuple[Shape, ...] = (
    _shape(
        "nguoi_chap_hanh_an_cai_tao_khong_giam_giu_ubnd_xa_giam_sat_giao_duc_vn311",
        "STT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Nơi cư trú=address | SĐT=phone"
        " | Bản án số=-:ctkgg_ban_an311 | Tòa án xét xử=-:ctkgg_toa311"
        " | Tội danh=-:ctkgg_toi311 | Thời hạn CTKGG=-:ctkgg_han311"
        " | Khấu trừ thu nhập=-:ctkgg_khau_tru311 | Ngày bắt đầu chấp hành=date@%d/%m/%Y"
        " | Người được giao giám sát=-:ctkgg_giam_sat311"
        " | Nhận xét hằng tháng=-:ctkgg_nhan_xet311",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "nguoi_duoc_tha_tu_truoc_thoi_han_co_dieu_kien_cong_an_xa_quan_ly_vn311",
        "TT=row | Họ tên=full_name | Năm sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Nơi cư trú sau khi tha=address | Điện thoại=phone | Trại giam=-:tha_trai311"
        " | QĐ tha tù trước thời hạn số=-:tha_qd311 | Ngày QĐ=date@%d/%m/%Y"
        " | Thời gian thử thách=-:tha_thu_thach311 | Hết thử thách=date:tha_ket_thuc311"
        " | Người thân nhận về=-:tha_than311 | ĐT người thân=-:tha_than_dt311"
        " | CB CA xã phụ trách=-:tha_can_bo311 | Tình hình chấp hành=-:tha_tinh_hinh311",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "bi_can_bi_ap_dung_bien_phap_cam_di_khoi_noi_cu_tru_co_quan_csdt_vn311",
        "STT=row | Ho va ten bi can=full_name | Ngay sinh=birth_date@%d-%m-%Y"
        " | Gioi tinh=sex | So CCCD=cccd | Noi cu tru=address | SDT=phone"
        " | So lenh=-:cam_lenh311 | Toi danh=-:cam_toi311 | Co quan ra lenh=-:cam_cq311"
        " | Tu ngay=date@%d-%m-%Y | Den ngay=date:cam_den311"
        " | DTV thu ly=-:cam_dtv311 | CA xa quan ly=-:cam_caxa311 | Ghi chu=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "so_theo_doi_thu_tien_tam_ung_an_phi_toa_an_nhan_dan_khu_vuc_vn311",
        "STT=row | Số biên lai=-:ap_bien_lai311 | Họ tên người nộp=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số ĐDCN=cccd:cccd_spaced | Địa chỉ=address"
        " | Điện thoại=phone | Thụ lý số=-:ap_thu_ly311 | Loại việc=-:ap_loai311"
        " | Bị đơn=-:ap_bi_don311 | Số tiền tạm ứng (đồng)=-:ap_tien311"
        " | Ngày nộp=date@%d/%m/%Y | Thẩm phán được phân công=-:ap_tham_phan311"
        " | Thư ký=-:ap_thu_ky311",
        file="xlsx",
    ),
    _shape(
        "probation_caseload_community_orders_pdu_west_yorkshire_gb311",
        "No.=row | CRN=-:gb_crn311 | PNC No=-:gb_pnc311 | Surname=family_name"
        " | Forename(s)=given_name"
        " | DOB=birth_date@%d/%m/%Y | Gender=sex:sex_gb311 | NI Number=national_id:gb_nino311"
        " | Address=street:gb_street311 | Town=district:gb_town311"
        " | Postcode=postcode:gb_pc311 | Mobile=phone:gb_phone311"
        " | Main Offence=-:gb_offence311 | Sentence/Order=-:gb_sentence311"
        " | Sentencing Court=-:gb_court311 | Sentence Date=date@%d/%m/%Y"
        " | Probation Practitioner=-:gb_pp311 | Tier=-:gb_tier311"
        " | Next Appt=date:gb_next311",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "municipal_court_fines_fees_payment_plans_clerk_georgia_us311",
        "#=row | Case Number=-:us_case311 | Citation No.=-:us_cit311 | Def Last Name=family_name"
        " | Def First Name=given_name | DOB=birth_date@%m/%d/%Y | Sex=sex:sex_us311"
        " | SSN=national_id:us_ssn311 | Mailing Address=street:us_street311"
        " | City=district:us_city311 | St=state:us_state311 | ZIP=postcode:us_zip311"
        " | Phone=phone:us_phone311 | Violation=-:us_viol311 | Fine Amt=-:us_fine311"
        " | Court Costs=-:us_costs311 | Balance Due=-:us_bal311"
        " | Pmt Plan Status=-:us_plan311 | Next Pmt Due=date@%m/%d/%Y"
        " | Deputy Clerk=-:us_clerk311",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "solicitudes_servicio_defensoria_publica_regional_defensoria_del_pueblo_co311",
        "No.=row | Radicado=-:co_rad311 | Tipo doc.=-:co_tipo311"
        " | Número de documento=national_id:co_cc311"
        " | Apellidos=family_name:co_ap311 | Nombres=given_name:co_nom311"
        " | Fecha de nacimiento=birth_date@%d/%m/%Y | Sexo=sex:co_sexo311"
        " | Dirección=street:co_dir311 | Barrio=suburb:co_barrio311"
        " | Municipio=district:co_mpio311 | Departamento=state:co_depto311"
        " | Celular=phone:co_cel311 | Área=-:co_area311"
        " | No. proceso (CUI)=-:co_cui311 | Defensor(a) asignado(a)=-:co_defensor311"
        " | Fecha asignación=date@%d/%m/%Y | Estado=-:co_estado311",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "pao_client_interview_sheet_district_office_caloocan_antipolo_ph311",
        "No.=row | Control No.=-:ph_ctrl311 | Date of Interview=date@%m/%d/%Y"
        " | Name of Client (Surname, First Name, MI)=full_name:ph_name311"
        " | Date of Birth=birth_date@%B %d, %Y | Sex=sex:ph_sex311"
        " | Civil Status=-:ph_civil311 | PhilSys Card No.=national_id:ph_pcn311"
        " | Address=address:ph_addr311 | Contact No.=phone:ph_phone311"
        " | Monthly Income=-:ph_income311 | Indigency Test=-:ph_indig311"
        " | Case Title=-:ph_title311 | Case No.=-:ph_case311 | Court/Branch=-:ph_court311"
        " | Nature of Case=-:ph_nature311 | Handling Public Attorney=-:ph_lawyer311",
        english=True,
        file="xlsx",
    ),
    _shape(
        "maintenance_orders_register_magistrates_court_gauteng_za311",
        "Item=row | Case No.=-:za_case311 | Complainant=-:za_compl311"
        " | Respondent Surname=family_name:za_fam311"
        " | Respondent First Names=given_name:za_given311 | ID Number=national_id:za_id311"
        " | Date of Birth=birth_date@%Y-%m-%d | Gender=sex:za_sex311"
        " | Residential Address=address:za_addr311 | Cell No.=phone:za_cell311"
        " | Employer=-:za_emp311 | Persal/Salary No.=-:za_persal311"
        " | No. of Children=-:za_kids311 | Order Amount p/m=-:za_amount311"
        " | Arrears=-:za_arrears311 | Order Date=date@%Y/%m/%d"
        " | Maintenance Officer=-:za_mo311 | Status=-:za_status311",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "gb_nino311",
    "us_ssn311",
    "co_cc311",
    "ph_pcn311",
    "za_id311",
)
SEX_HOLDS: tuple[str, ...] = ("sex_gb311", "sex_us311", "co_sexo311", "ph_sex311", "za_sex311")
NAME_HOLDS = frozenset({"co_ap311", "co_nom311", "ph_name311", "za_fam311", "za_given311"})
PHONE_HOLDS: tuple[str, ...] = (
    "gb_phone311",
    "us_phone311",
    "co_cel311",
    "ph_phone311",
    "za_cell311",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ph_addr311", "za_addr311")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND311",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND311",
]
