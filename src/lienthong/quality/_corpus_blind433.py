"""The four-hundred-and-thirty-third part of the outside corpus, **blind 433** (written 01:05 UTC,
2026-12-08, never used for tuning): person files a provincial hospital, a rural bank branch, the
overseas employment support fund, a crew manning company, the Philippine OWWA, Nepal's Department
of Foreign Employment, Bangladesh's BMET, the Sri Lanka Bureau of Foreign Employment and an
Indonesian P3MI could hand over about migrant workers and the money and papers of labour export.
Four Vietnamese files: a hospital's book of health checks for workers going abroad, in Excel (the
file number, the passport, the market and the company sending them, the day of the check, the
chest X-ray, HIV and HBsAg, the verdict and the doctor); a bank branch's book of remittances paid
out at home in Windows-1258 with semicolons and headers without diacritics (the MTCN, the sender
abroad and their relation and country, the service, the amount and currency, the dong paid, the
teller); the fund's support to families of workers who died abroad in UTF-16 with tabs (the
country and company, the day they left and the day of death, the cause, the relative who asks,
their relation and phone, the amount, the file, when the row changed); and a manning company's
crew on Taiwanese distant-water boats in UTF-8 with a BOM, semicolons and ISO dates (the home
province of origin, the passport and seaman's book, the rank, the vessel, the port, the day they
board, the wage, the relative to call).
Five foreign files: an OWWA members list in Windows-1252 (the OWWA number, the OEC, last, first
and middle name, birthdate month first, the jobsite, employer and agency, the beneficiary, the day
paid and the membership's end); Nepali labour permits from FEIMS in Excel (the permit, the name
in capitals, the passport, the citizenship certificate number and its district, the address by
municipality and ward, ``+977`` mobiles, the country, company, agency, skill, salary, insurance);
a BMET emigrants list in UTF-8 with tabs and ``12-Jan-1990`` dates (the registration, father and
mother, the NID of ten or seventeen digits, the passport, one ``Vill:/PO:/Upazila:/Dist:``
address and the district apart, the visa, the nominee); an SLBFE list in UTF-8 with Sinhala and
English headers (the name with initials, the NIC old or new, the address line, city and district,
the job, the agency, the family background report, the next of kin); and a P3MI's PMI placements
in UTF-8 with semicolons (the NIK, the place and date of birth, the address with RT/RW, the
kabupaten and province apart, the passport, the country, the job, the employer, the PMI id, the
heir).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind433_writers import WRITERS_BLIND433
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND433: tuple[Shape, ...] = (
    _shape(
        "so_kham_suc_khoe_nguoi_lao_dong_di_lam_viec_o_nuoc_ngoai_benh_vien_tinh_vn433",
        "STT=row | Mã hồ sơ=-:kham_ma433 | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới=sex | Số CCCD=cccd | Số hộ chiếu=-:passport433"
        " | Hộ khẩu thường trú=address:addr433 | Thị trường=-:market433"
        " | Đơn vị đưa đi (DN dịch vụ)=-:company433 | Ngày khám=date@%d/%m/%Y"
        " | X-quang tim phổi=-:xray433 | HIV=-:hiv433 | HBsAg=-:hbsag433"
        " | Kết luận=-:verdict433 | BS kết luận=-:doctor433",
        file="xlsx",
    ),
    _shape(
        "so_chi_tra_kieu_hoi_tai_nha_ngan_hang_chi_nhanh_huyen_vn433",
        "TT=row | Ma GD (MTCN)=-:mtcn433 | Ho ten nguoi nhan=full_name"
        " | Ngay sinh=birth_date@%d/%m/%Y | So CCCD=cccd | Dia chi nhan tien=address:addr433"
        " | Dien thoai=phone | Nguoi gui=-:sender433 | Quan he=-:sender_rel433"
        " | Nuoc gui=-:send_country433 | Dich vu=-:service433 | So tien=-:fx433"
        " | Loai tien=-:ccy433 | Quy doi (VND)=-:vnd433 | Ngay chi tra=date@%d/%m/%Y"
        " | NV chi tra=-:teller433",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "danh_sach_ho_tro_than_nhan_nld_chet_o_nuoc_ngoai_quy_ho_tro_viec_lam_ngoai_nuoc_vn433",
        "STT=row | Họ tên NLĐ=full_name | Ngày sinh=birth_date@%d-%m-%Y | Giới tính=sex"
        " | Số ĐDCN=cccd:cccd_spaced | Nơi thường trú trước khi đi=address:addr433"
        " | Nước làm việc=-:market433 | DN đưa đi=-:company433 | Ngày xuất cảnh=date:depart433"
        " | Ngày mất=date@%d-%m-%Y | Nguyên nhân=-:death_cause433"
        " | Thân nhân đề nghị=-:kin433 | Quan hệ=-:kin_rel433 | SĐT thân nhân=-:kin_phone433"
        " | Mức hỗ trợ (đ)=-:fund_amt433 | Hồ sơ số=-:fund_file433"
        " | Cập nhật=timestamp:stamp433",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "danh_sach_thuyen_vien_tau_ca_vien_duong_dai_loan_cong_ty_cung_ung_thuyen_vien_vn433",
        "No.=row | Họ tên TV=full_name | Ngày/tháng/năm sinh=birth_date@%Y-%m-%d | Số CCCD=cccd"
        " | Quê quán=-:hometown433 | Chỗ ở hiện nay=address:addr433 | SĐT=phone:phone_dotted"
        " | Số hộ chiếu=-:passport433 | Sổ thuyền viên=-:seabook433 | Chức danh=-:rank433"
        " | Tên tàu=-:vessel433 | Cảng lên tàu=-:port433 | Ngày lên tàu=date@%Y-%m-%d"
        " | Lương (USD/tháng)=-:wage433 | Người thân báo tin=-:kin433"
        " | SĐT người thân=-:kin_phone433 | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "owwa_members_list_regional_welfare_office_ph433",
        "No.=row | OWWA Membership No.=-:ph_owwa433 | OEC No.=-:ph_oec433"
        " | Last Name=family_name:ph_fam433 | First Name=given_name:ph_giv433"
        " | Middle Name=-:ph_mid433 | Date of Birth=birth_date@%m/%d/%Y | Sex=sex:sex_ph433"
        " | Civil Status=-:ph_civil433 | Jobsite=-:ph_country433 | Position=-:ph_job433"
        " | Employer/Principal=-:ph_employer433 | Licensed Recruitment Agency=-:ph_agency433"
        " | Mobile No.=phone:phone_ph433 | E-mail Address=email"
        " | Home Address in the Philippines=address:ph_addr433"
        " | Beneficiary=-:ph_kin433 | Relationship=-:ph_kin_rel433"
        " | Date of Payment=date@%m/%d/%Y | Valid Until=date:ph_valid433",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "feims_labour_permit_issued_list_dofe_np433",
        "S.N.=row | Labour Permit No.=-:np_permit433 | Worker Name=full_name:np_name433"
        " | Gender=sex:sex_np433 | DOB (AD)=birth_date@%Y-%m-%d | Passport No.=-:np_passport433"
        " | Citizenship No.=national_id:np_cit433 | Citizenship Issued District=-:np_issue433"
        " | Permanent Address=address:np_addr433 | Mobile No.=phone:phone_np433"
        " | Country=-:np_country433 | Company=-:np_company433 | Recruiting Agency=-:np_agency433"
        " | Skill=-:np_skill433 | Salary=-:np_salary433 | Insurance Policy No.=-:np_policy433"
        " | Permit Date=date@%Y-%m-%d",
        english=True,
        file="xlsx",
    ),
    _shape(
        "bmet_emigrants_smart_card_list_demo_bd433",
        "SL=row | BMET Reg No=-:bd_reg433 | Name of Emigrant=full_name:bd_name433"
        " | Father's Name=-:bd_father433 | Mother's Name=-:bd_mother433"
        " | Date of Birth=birth_date@%d-%b-%Y | Gender=sex:sex_bd433 | NID No=national_id:bd_nid433"
        " | Passport No=-:bd_passport433 | Mobile=phone:phone_bd433"
        " | Permanent Address=address:bd_addr433 | District=district:bd_dist433"
        " | Country=-:bd_country433 | Occupation=-:bd_trade433 | Recruiting Agency=-:bd_agency433"
        " | Visa No=-:bd_visa433 | Clearance Date=date@%d-%b-%Y | Nominee=-:bd_nominee433",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "slbfe_registration_list_foreign_employment_lk433",
        "අංකය / No=row | ලියාපදිංචි අංකය / Reg. No=-:lk_reg433"
        " | මුලකුරු සමඟ නම / Name with Initials=full_name:lk_name433"
        " | ජා.හැ.අ. / NIC No=national_id:lk_nic433 | උපන් දිනය / DOB=birth_date@%Y.%m.%d"
        " | ස්ත්‍රී/පුරුෂ / Sex=sex:sex_lk433 | Passport No=-:lk_passport433"
        " | ලිපිනය / Address=street:lk_line433 | නගරය / City=district:lk_city433"
        " | දිස්ත්‍රික්කය / District=state:lk_dist433 | Mobile=phone:phone_lk433"
        " | Job Category=-:lk_job433 | Country=-:lk_country433 | Agency=-:lk_agency433"
        " | FBR Status=-:lk_fbr433 | Next of Kin=-:lk_kin433 | Reg. Date=date@%Y.%m.%d",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "daftar_penempatan_pmi_p3mi_id433",
        "No=row | Nama PMI=full_name:id_name433 | NIK=national_id:id_nik433"
        " | Tempat Lahir=-:id_pob433 | Tanggal Lahir=birth_date@%d-%m-%Y"
        " | Jenis Kelamin=sex:sex_id433 | Alamat=address:id_addr433"
        " | Kabupaten/Kota=district:id_kab433 | Provinsi=state:id_prov433"
        " | No. HP=phone:phone_id433 | No. Paspor=-:id_passport433"
        " | Negara Penempatan=-:id_country433 | Jabatan=-:id_job433"
        " | Nama Pemberi Kerja=-:id_user433 | P3MI=-:id_p3mi433 | ID PMI=-:id_cpmi433"
        " | Ahli Waris=-:id_heir433 | Hubungan=-:id_heir_rel433"
        " | Tgl Keberangkatan=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats.
INVALID_DAY: dict[str, str] = {"%d-%b-%Y": "31-Feb-{y}"}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("np_cit433", "bd_nid433", "lk_nic433", "id_nik433")
SEX_HOLDS: tuple[str, ...] = ("sex_ph433", "sex_np433", "sex_bd433", "sex_lk433", "sex_id433")
NAME_HOLDS = frozenset(
    {"ph_fam433", "ph_giv433", "np_name433", "bd_name433", "lk_name433", "id_name433"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ph433",
    "phone_np433",
    "phone_bd433",
    "phone_lk433",
    "phone_id433",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "addr433",
    "ph_addr433",
    "np_addr433",
    "bd_addr433",
    "id_addr433",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND433",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND433",
]
