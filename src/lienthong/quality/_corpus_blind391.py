"""The three hundred and ninety-first part of the outside corpus, **blind 391** (written 19:22 UTC,
2026-12-07, never used for tuning): person files a prison's parcel desk, a commune supervising
postponed prison sentences, a commune police post supervising people under a supervision order, a
district's employment service centre, a Chilean prison, a Lithuanian correction house, a Thai
probation office, a Jordanian aftercare programme and a Ghanaian reintegration charity could hand
over. Four Vietnamese files: a prison's book of parcels and deposits sent to prisoners in UTF-8
with a BOM and semicolons (the sender as the record, the prisoner's name and code, the camp and
sub-camp, the relation, how it came, the goods, the money deposited, the receiving officer); a
commune's list of people whose prison sentence is postponed, in Windows-1258 with tabs and headers
without diacritics (a nickname, the judgment, the court, the offence, the term, the postponement
decision and its reason, the day it ends, the officer who follows them); a commune police post's
book of people serving a supervision order (quản chế) after prison in Excel (the main penalty, the
term, the day it began, the person assigned to supervise, the times reported, breaches); and an
employment service centre's list of people who have served their prison sentence and registered
for training and jobs, in UTF-16 with tabs (the prison, the release date and certificate, the
trade, the training school, the support paid, the firm taking them on, the time last updated).
Five foreign files: a Chilean prison's register of inmates' visitors in Windows-1252 with
semicolons (the visitor's RUN with its mod-11 digit or K, two surnames, domicilio and comuna, the
inmate's name and RUN, the bond, the unit and module, the visit card's state); a Lithuanian
correction house's register of parcels in UTF-8 (the sender's asmens kodas, name and address, the
convict, the bond, the weight); a Thai probation office's list of paroled prisoners in UTF-8 with a
BOM and tabs (the 13-digit ID with its check digit, the name with its title, Buddhist-era dates,
the address with moo, tambon, amphoe and changwat and the postcode apart, the case, the prison,
the officer, the guardian); a Jordanian aftercare list of released prisoners in UTF-8 with Arabic
headers (the national number, the four-part name, the place of birth, the centre, the support and
its amount in dinars, the social worker); and a Ghanaian reintegration list of discharged
prisoners in Excel (the Ghana Card PIN, surname, first and other names, the GhanaPost digital
address, town and region, the prison, the trade learnt, the next of kin and his phone).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind391_writers import WRITERS_BLIND391
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND391: tuple[Shape, ...] = (
    _shape(
        "so_nhan_qua_gui_pham_nhan_vn391",
        "STT=row | Ngày nhận=date@%d/%m/%Y | Họ tên người gửi=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD người gửi=cccd | Địa chỉ người gửi=address"
        " | SĐT người gửi=phone | Họ tên phạm nhân=-:inmate391 | Mã PN=-:inmate_code391"
        " | Trại giam=-:camp391 | Phân trại/Khu=-:subcamp391 | Quan hệ với PN=-:relation391"
        " | Hình thức gửi=-:channel391 | Nội dung quà=-:goods391"
        " | Tiền lưu ký (đ)=-:deposit391 | CB nhận=-:officer391 | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "hoan_chap_hanh_an_phat_tu_vn391",
        "TT=row | Ho va ten=full_name | Ten goi khac=-:alias391 | Ngay sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex | So dinh danh ca nhan=cccd | Noi cu tru=address"
        " | Ban an so=-:judgment391 | Toa an xet xu=-:court391 | Toi danh=-:crime391"
        " | Muc an=-:term391 | QD hoan so=-:decision391 | Ly do hoan=-:reason391"
        " | Hoan den ngay=date@%d/%m/%Y | Can bo theo doi=-:supervisor391 | DT lien he=phone",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "so_theo_doi_nguoi_bi_quan_che_vn391",
        "STT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd:cccd_spaced | Nơi cư trú=address | Bản án số=-:judgment391"
        " | Hình phạt chính=-:main_penalty391 | Thời hạn quản chế=-:term_qc391"
        " | Ngày bắt đầu QC=date@%d/%m/%Y | Người được giao giám sát=-:supervisor391"
        " | Số lần trình diện=-:reports391 | Vi phạm=-:breach391 | Điện thoại=phone",
        file="xlsx",
    ),
    _shape(
        "nguoi_chap_hanh_xong_an_hoc_nghe_vn391",
        "STT=row | Họ và tên=full_name | Giới tính=sex | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Mã số BHXH=bhxh | Nơi thường trú=address | Điện thoại=phone"
        " | Trại giam nơi chấp hành án=-:prison391 | Ngày ra trại=date@%d/%m/%Y"
        " | Số GCN chấp hành xong án=-:cert391 | Nghề đăng ký học=-:trade391"
        " | Cơ sở đào tạo=-:trainer391 | Hỗ trợ (đồng)=-:support391"
        " | Doanh nghiệp tiếp nhận=-:employer391 | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "registro_visitas_internos_cl391",
        "N°=row | RUN visita=national_id:rut391 | Nombres=given_name:cl_given391"
        " | Apellido paterno=family_name:cl_pat391 | Apellido materno=-:cl_mat391"
        " | Fecha nac.=birth_date@%d/%m/%Y | Sexo=sex:sex_cl391"
        " | Domicilio=street:street_cl391 | Comuna=district:comuna_cl391"
        " | Teléfono=phone:phone_cl391 | Interno=-:inmate_cl391 | RUN interno=-:inmate_rut391"
        " | Parentesco=-:kin_cl391 | Unidad penal=-:penal_cl391 | Módulo=-:modulo391"
        " | Fecha visita=date@%d/%m/%Y | Estado credencial=-:cred391",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "siuntiniu_registras_lt391",
        "Eil. Nr.=row | Siuntėjo vardas=given_name:lt_given391"
        " | Siuntėjo pavardė=family_name:lt_family391 | Asmens kodas=national_id:ak391"
        " | Gimimo data=birth_date@%Y-%m-%d | Adresas=address:lt_addr391"
        " | Tel. Nr.=phone:lt_phone391 | Nuteistasis=-:convict391"
        " | Pataisos įstaiga=-:prison_lt391 | Giminystės ryšys=-:kin_lt391"
        " | Svoris, kg=-:weight391 | Gavimo data=date@%Y-%m-%d | Pastabos=-:note_lt391",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "phu_dai_rab_kan_phak_kan_longtot_th391",
        "ลำดับ=row | เลขประจำตัวประชาชน=national_id:thid391 | ชื่อ-สกุล=full_name:th_name391"
        " | เพศ=sex:sex_th391 | วัน/เดือน/ปีเกิด=birth_date:birth_th391"
        " | ที่อยู่ตามทะเบียนบ้าน=address:th_addr391 | รหัสไปรษณีย์=postcode:th_post391"
        " | โทรศัพท์มือถือ=phone:th_phone391 | คดีหมายเลขแดงที่=-:case_th391"
        " | เรือนจำ/ทัณฑสถาน=-:prison_th391 | วันที่ได้รับการปล่อยตัว=date:release_th391"
        " | พนักงานคุมประพฤติ=-:officer_th391 | ผู้อุปการะ=-:guardian_th391",
        english=True,
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "al_riaya_al_lahiqa_jo391",
        "الرقم=row | الرقم الوطني=national_id:nn_jo391 | الاسم الرباعي=full_name:jo_name391"
        " | تاريخ الولادة=birth_date@%d/%m/%Y | الجنس=sex:sex_jo391"
        " | مكان الولادة=-:birthplace_jo391 | العنوان=address:addr_jo391"
        " | رقم الهاتف=phone:phone_jo391 | مركز الإصلاح والتأهيل=-:centre_jo391"
        " | تاريخ الإفراج=date@%d/%m/%Y | نوع الدعم=-:support_jo391"
        " | المبلغ (دينار)=-:amount_jo391 | الباحث الاجتماعي=-:worker_jo391",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "discharged_prisoners_reintegration_gh391",
        "No.=row | Ghana Card No.=national_id:ghcard391 | Surname=family_name:gh_sur391"
        " | First Name=given_name:gh_first391 | Other Name(s)=-:gh_other391"
        " | Date of Birth=birth_date@%d/%m/%Y | Sex=sex:sex_gh391"
        " | Digital Address (GhanaPost GPS)=postcode:gps391"
        " | Residential Address=street:gh_street391"
        " | Town=district:gh_town391 | Region=state:gh_region391 | Phone No.=phone:gh_phone391"
        " | Prison Discharged From=-:gh_prison391 | Date of Discharge=date@%d/%m/%Y"
        " | Trade/Skill Acquired=-:gh_trade391 | Next of Kin=-:gh_kin391"
        " | Next of Kin Phone=-:gh_kinphone391",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("rut391", "ak391", "thid391", "nn_jo391", "ghcard391")
SEX_HOLDS: tuple[str, ...] = ("sex_cl391", "sex_th391", "sex_jo391", "sex_gh391")
NAME_HOLDS = frozenset(
    {"cl_given391", "cl_pat391", "lt_given391", "lt_family391", "th_name391", "jo_name391"}
    | {"gh_sur391", "gh_first391"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_cl391",
    "lt_phone391",
    "th_phone391",
    "phone_jo391",
    "gh_phone391",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("lt_addr391",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND391",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND391",
]
