"""The four-hundred-and-twelfth part of the outside corpus, **blind 412** (written 22:24 UTC,
2026-12-07, never used for tuning): person files a district hospital, a district social-insurance
office, a commune health station, a provincial hospital's ward, an IMSS general hospital, Iran's
Salamat health insurance, Morocco's CNSS (AMO), a Swedish regional clinic and a Thai community
hospital could hand over about patients discharged, insurance claims paid and referrals made.
Four Vietnamese files: a hospital's book of certificates of leave on social insurance (mẫu CT07)
in Excel (the series number, the BHXH number, the BHYT card, the workplace, the diagnosis, the
leave days from and to, the doctor who signed); a district social-insurance office's list of
direct-payment claims for medical costs, in Windows-1258 with semicolons (the claim number, the
card, the reason, the hospital, the admission and discharge dates, the amounts asked and paid,
the person who filed on the patient's behalf); a commune health station's list of chronic
patients given outpatient drugs, in UTF-8 with a BOM and headers without diacritics (the disease,
the drugs, the blood pressure, the date of the last visit); and a ward's book of patients who
left against advice, in UTF-16 with tabs (the ward, the kind of leaving, the relative and their
phone, the time it was written down).
Five foreign files: an IMSS hospital discharge list in UTF-8 (the NSS with its Luhn digit, the
CURP, the two surnames, street, colonia, postcode, municipio and estado, the unit, the service,
the reason for discharge, the diagnosis, the stay); an Iranian Salamat insurance inpatient
claims list in UTF-8 (the کد ملی, the father's name, the address and postcode, the hospital, the
fund, the bill and the insurer's share); a Moroccan AMO reimbursement list in Windows-1252 with
semicolons (the CIN, the CNSS number, the beneficiary, the address and city, the act, the fee and
status); a Swedish clinic's incoming referrals in UTF-8 with semicolons (the personnummer, the
address, postcode and ort, the sender, the unit, the priority, the dates); and a Thai community
hospital's UC referral list in UTF-8 (the 13-digit ID, the HN, house, tambon, amphoe and
changwat, the right, the receiving hospital).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind412_writers import WRITERS_BLIND412
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND412: tuple[Shape, ...] = (
    _shape(
        "so_cap_giay_chung_nhan_nghi_viec_huong_bhxh_ct07_benh_vien_huyen_vn412",
        "STT=row | Số seri=-:seri412 | Họ và tên người bệnh=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới=sex | Số CCCD=cccd | Mã số BHXH=bhxh"
        " | Mã thẻ BHYT=bhyt | Đơn vị làm việc=-:workplace412 | Chẩn đoán=-:diag412"
        " | Số ngày nghỉ=-:days412 | Nghỉ từ ngày=date@%d/%m/%Y | Người ký=-:doctor412"
        " | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "danh_sach_de_nghi_thanh_toan_truc_tiep_chi_phi_kcb_bhyt_bhxh_huyen_vn412",
        "TT=row | Số hồ sơ=-:claim412 | Họ tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Mã thẻ BHYT=bhyt | Số CCCD=cccd:cccd_spaced | Địa chỉ=address"
        " | Lý do TTTT=-:reason412 | Nơi KCB=-:hosp412 | Ngày vào viện=date@%d/%m/%Y"
        " | Số tiền đề nghị (đ)=-:asked412 | Số tiền được TT (đ)=-:paid412"
        " | Người nộp hồ sơ=-:proxy412 | SĐT=phone",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "danh_sach_benh_nhan_man_tinh_cap_thuoc_ngoai_tru_tram_y_te_xa_vn412",
        "STT=row | Ho ten BN=full_name | Ngay sinh=birth_date@%d/%m/%Y | Gioi=sex"
        " | So the BHYT=bhyt | CCCD=cccd | Dia chi=address | Benh man tinh=-:chronic412"
        " | Thuoc cap=-:drug412 | HA (mmHg)=-:bp412 | Ngay kham gan nhat=date@%d/%m/%Y"
        " | Dien thoai=phone",
        encoding="utf-8-sig",
    ),
    _shape(
        "so_theo_doi_nguoi_benh_tron_vien_xin_ve_khoa_lam_sang_vn412",
        "STT=row | Khoa=-:ward412 | Họ tên người bệnh=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số ĐDCN/CCCD=cccd | Địa chỉ=address | Hình thức=-:leave412"
        " | Ngày ra=date@%d/%m/%Y | Người nhà=-:kin412 | SĐT người nhà=-:kin_phone412"
        " | SĐT BN=phone | Thời điểm ghi=timestamp:stamp412",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "egresos_hospitalarios_imss_hgz_mx412",
        "No.=row | NSS=-:mx_nss412 | CURP=national_id:mx_curp412"
        " | Apellido paterno=family_name:mx_pat412 | Apellido materno=-:mx_mat412"
        " | Nombre(s)=given_name:mx_giv412 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_mx412 | Calle y número=street:mx_street412 | Colonia=suburb:mx_col412"
        " | C.P.=postcode:mx_cp412 | Municipio=district:mx_mun412 | Entidad=state:mx_state412"
        " | Teléfono=phone:phone_mx412 | Unidad=-:mx_unit412 | Servicio=-:mx_serv412"
        " | Fecha de egreso=date@%d/%m/%Y | Motivo de egreso=-:mx_egreso412"
        " | Diagnóstico principal=-:mx_dx412 | Días estancia=-:mx_days412",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "asnad_bastari_bimeh_salamat_ir412",
        "ردیف=row | کد ملی=national_id:ir_melli412 | نام=given_name:ir_giv412"
        " | نام خانوادگی=family_name:ir_fam412 | نام پدر=-:ir_father412"
        " | تاریخ تولد=birth_date@%Y/%m/%d | جنسیت=sex:sex_ir412 | تلفن همراه=phone:phone_ir412"
        " | نشانی=address:ir_addr412 | کد پستی=postcode:ir_post412"
        " | شماره پرونده=-:ir_case412 | مرکز درمانی=-:ir_hosp412 | صندوق=-:ir_fund412"
        " | تاریخ ترخیص=date@%Y/%m/%d | مبلغ کل (ریال)=-:ir_bill412"
        " | سهم بیمه (ریال)=-:ir_share412",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "dossiers_remboursement_amo_cnss_ma412",
        "N°=row | N° dossier=-:ma_dossier412 | N° immatriculation=-:ma_imm412"
        " | CIN=national_id:ma_cin412 | Nom=family_name:ma_fam412 | Prénom=given_name:ma_giv412"
        " | Date de naissance=birth_date@%d/%m/%Y | Sexe=sex:sex_ma412"
        " | Adresse=address:ma_addr412 | Ville=district:ma_city412 | GSM=phone:phone_ma412"
        " | Bénéficiaire=-:ma_benef412 | Nature de l'acte=-:ma_act412"
        " | Date de dépôt=date@%d/%m/%Y | Montant engagé (DH)=-:ma_fee412"
        " | Statut=-:ma_status412",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "inkomna_remisser_specialistmottagning_region_se412",
        "Rad=row | Remiss-ID=-:se_remiss412 | Personnummer=national_id:se_pnr412"
        " | Efternamn=family_name:se_fam412 | Förnamn=given_name:se_giv412"
        " | Födelsedatum=birth_date@%Y-%m-%d | Kön=sex:sex_se412"
        " | Utdelningsadress=street:se_street412 | Postnr=postcode:se_post412"
        " | Postort=district:se_town412 | Mobil=phone:phone_se412 | E-post=email"
        " | Remittent=-:se_sender412 | Mottagning=-:se_unit412 | Prioritet=-:se_prio412"
        " | Remissdatum=date@%Y-%m-%d | Senast ändrad=timestamp",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "tabian_song_to_phu_puai_uc_rongphayaban_chumchon_th412",
        "ลำดับ=row | เลขที่ใบส่งตัว=-:th_refer412 | HN=-:th_hn412"
        " | เลขประจำตัวประชาชน=national_id:th_id412 | ชื่อ-สกุล=full_name:th_name412"
        " | วันเกิด=birth_date@%d/%m/%Y | เพศ=sex:sex_th412 | บ้านเลขที่=street:th_house412"
        " | ตำบล=suburb:th_tambon412 | อำเภอ=district:th_amphoe412"
        " | จังหวัด=state:th_changwat412 | โทรศัพท์=phone:phone_th412"
        " | สิทธิการรักษา=-:th_right412 | ส่งต่อไปยัง=-:th_to412 | วันที่ส่งต่อ=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "mx_curp412",
    "ir_melli412",
    "ma_cin412",
    "se_pnr412",
    "th_id412",
)
SEX_HOLDS: tuple[str, ...] = ("sex_mx412", "sex_ir412", "sex_ma412", "sex_se412", "sex_th412")
NAME_HOLDS = frozenset(
    {"mx_pat412", "mx_giv412", "ir_giv412", "ir_fam412", "ma_fam412", "ma_giv412"}
    | {"se_fam412", "se_giv412", "th_name412"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_mx412",
    "phone_ir412",
    "phone_ma412",
    "phone_se412",
    "phone_th412",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ma_addr412",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND412",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND412",
]
