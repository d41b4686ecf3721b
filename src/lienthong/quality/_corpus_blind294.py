"""The two-hundred-and-ninety-fourth part of the outside corpus, **blind 294** (written 10:26 UTC,
2026-12-07, never used for tuning): person files a commune police station in the coffee
highlands, a heart hospital's fund for poor patients, a ward police station, a provincial
department of justice, the Navajo Nation's Office of the Controller, a land grant commission in
northern New Mexico, the Pueblo of Laguna's enrollment office, the Arizona Game and Fish
Department and the Nevada Gaming Control Board could hand over.
Four Vietnamese files: seasonal coffee pickers declared by the farm owners at a commune police
station in Đắk Lắk in UTF-16 with tabs (the home address in the pickers' home province, the
ethnic group, the farm where they lodge, its owner and the owner's phone, the days they came and
will leave, how many came along); poor patients having coronary stents put in, proposed to a
heart hospital's fund in Excel (the insurance card and its level, the household's standing, the
day of admission, the diagnosis, the stents, the cost, what the insurance pays, what the fund is
asked for, a relative and the relative's phone); people reporting loan sharks at a ward police
station in UTF-8 with a BOM and semicolons, headers without diacritics (the lender or the app,
the sum borrowed, the daily interest, what was paid back, how the debt was chased, the day of the
loan, the officer, the case number); and people wrongly held claiming State compensation in
Windows-1258 with semicolons (the body that settles, the judgment, the days held, the sum asked
and the sum granted, the day the claim was taken up, the day of the public apology, the
authorised representative, the result).
Five foreign files: Navajo Nation hardship assistance applicants in UTF-8 (surname and first name
apart, the census number, the SSN, the chapter and the agency, a post office box in Arizona, New
Mexico or Utah with a ZIP or ZIP+4, directions to the home site, the clans in Diné bizaad, the
household, the payment's status); a roster of the heirs of a Spanish land grant in Río Arriba in
Windows-1252 with semicolons and headers in Spanish and English (the last four of the SSN only,
the original grantee the heir descends from, the heir parent, the grazing permit); the Pueblo of
Laguna's enrollment roster in Excel (the enrollment number, the blood degree, the village, the
SSN, the New Mexico licence, a box or a street in Laguna, Albuquerque or Grants, the parents,
the council resolution); Arizona big game draw applications in UTF-8 with a BOM (the department
customer ID, the SSN, the licence's state and number in Arizona's, Utah's, Nevada's or New
Mexico's form, residency, the hunter education card, the hunt chosen, the bonus points, the
result, the time the application was submitted); and Nevada gaming employee registrations in
UTF-8 (the registration number, the SSN, the licence and its state, homes in Las Vegas, Reno,
Laughlin or across the line in Arizona and Utah, the casino and its address, the job, the
fingerprint day, the expiry, the status).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind294_writers import WRITERS_BLIND294
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND294: tuple[Shape, ...] = (
    _shape(
        "lao_dong_thoi_vu_hai_ca_phe_chu_ray_khai_bao_luu_tru_cong_an_xa_dak_lak_vn294",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số định danh cá nhân=cccd | Dân tộc=-:ethnic294"
        " | Nơi thường trú=address:home_addr294 | Chỗ ở hiện tại (rẫy/trang trại)=-:farm294"
        " | Chủ rẫy=-:owner294 | SĐT chủ rẫy=-:owner_phone294 | SĐT=phone"
        " | Ngày đến=date@%d/%m/%Y | Dự kiến ngày đi=date:leave294"
        " | Số người đi cùng=-:along294 | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "benh_nhan_ngheo_dat_stent_mach_vanh_de_nghi_quy_ho_tro_benh_vien_tim_vn294",
        "STT=row | Họ và tên người bệnh=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới=sex | Số CCCD=cccd | Mã thẻ BHYT=bhyt | Mức hưởng=-:level294"
        " | Địa chỉ=address:home_addr294 | Hoàn cảnh=-:standing294"
        " | Ngày vào viện=date@%d/%m/%Y | Chẩn đoán=-:diagnosis294 | Số stent=-:stents294"
        " | Tổng chi phí (VNĐ)=-:cost294 | BHYT chi trả=-:insured294"
        " | Đề nghị Quỹ hỗ trợ=-:fund294 | Người nhà=-:relative294"
        " | ĐT người nhà=-:rel_phone294",
        file="xlsx",
    ),
    _shape(
        "nguoi_trinh_bao_bi_doi_no_tin_dung_den_cong_an_phuong_vn294",
        "TT=row | Ho ten nguoi trinh bao=full_name:full_name_ascii"
        " | Ngay sinh=birth_date@%d/%m/%Y | Gioi tinh=sex:sex_ascii294 | So CCCD=cccd"
        " | Noi o hien nay=address:addr_ascii294 | SDT=phone | Doi tuong / app cho vay=-:lender294"
        " | So tien vay (trieu dong)=-:loan294 | Lai suat (%/ngay)=-:rate294"
        " | Da tra (trieu dong)=-:paid294 | Hinh thuc doi no=-:chase294"
        " | Ngay vay=date@%d/%m/%Y | Can bo thu ly=-:officer294 | So vu viec=-:case294",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "nguoi_bi_oan_yeu_cau_boi_thuong_nha_nuoc_so_tu_phap_tinh_vn294",
        "STT=row | Họ và tên người bị thiệt hại=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd:cccd_spaced | Nơi cư trú=address:home_addr294"
        " | Cơ quan giải quyết bồi thường=-:body294 | Bản án/Quyết định làm căn cứ=-:judgment294"
        " | Số ngày bị tạm giữ, tạm giam=-:days_held294 | Số tiền yêu cầu (đồng)=-:asked294"
        " | Số tiền được bồi thường (đồng)=-:granted294 | Ngày thụ lý=date@%d/%m/%Y"
        " | Ngày xin lỗi, cải chính công khai=date:apology294"
        " | Người đại diện theo ủy quyền=-:agent294 | SĐT liên hệ=phone | Kết quả=-:result294",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "hardship_assistance_applications_office_of_the_controller_navajo_nation_us294",
        "No.=row | Last Name=family_name:nn_family294 | First Name=given_name:nn_given294"
        " | M.I.=-:nn_mi294 | Census #=-:nn_census294 | DOB=birth_date@%m/%d/%Y"
        " | Sex=sex:nn_sex294 | SSN=national_id:ssn294 | Chapter=-:nn_chapter294"
        " | Agency=-:nn_agency294 | Mailing Address=street:nn_box294 | City=district:nn_city294"
        " | State=state:nn_state294 | ZIP=postcode:nn_zip294 | Phone=phone:nn_phone294"
        " | Home Site Directions=-:nn_site294 | Dóone'é (Clans)=-:nn_clan294"
        " | HH Members=-:nn_hh294 | Date Received=date@%m/%d/%Y | Payment Status=-:nn_status294",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "merced_heirs_roster_comision_de_la_merced_rio_arriba_nm_us294",
        "Núm.=row | Apellido(s) / Last Name=family_name:nm_family294"
        " | Nombre(s) / First Name=given_name:nm_given294"
        " | Fecha de nacimiento (mm/dd/aaaa)=birth_date@%m/%d/%Y | Sexo=sex:nm_sex294"
        " | Dirección postal / Mailing Address=street:nm_street294"
        " | Pueblo / Town=district:nm_town294 | Estado=state:nm_state294"
        " | Código postal=postcode:nm_zip294 | Teléfono=phone:nm_phone294"
        " | Últimos 4 del SSN=-:nm_ssn4_294 | Descendiente de (heredero original)=-:nm_grantee294"
        " | Padre o madre heredero=-:nm_parent294 | Permiso de pasto=-:nm_graze294"
        " | Votante=-:nm_voter294 | Fecha de inscripción=date@%m/%d/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "tribal_enrollment_roster_enrollment_office_pueblo_of_laguna_nm_us294",
        "Line=row | Enr. No.=-:lg_enr294 | Last Name=family_name:lg_family294"
        " | First Name=given_name:lg_given294 | DOB=birth_date@%m/%d/%Y | Sex=sex:lg_sex294"
        " | Blood Degree=-:lg_blood294 | Village=-:lg_village294 | SSN=national_id:ssn_plain294"
        " | NM DL/ID No.=-:lg_dl294 | P.O. Box / Street=street:lg_street294"
        " | City=district:lg_city294 | State=state:lg_state294 | ZIP+4=postcode:lg_zip294"
        " | Home Phone=phone:lg_phone294 | Mother=-:lg_mother294 | Father=-:lg_father294"
        " | Date Enrolled=date@%m/%d/%Y | Council Resolution No.=-:lg_res294",
        english=True,
        file="xlsx",
    ),
    _shape(
        "big_game_draw_applications_game_and_fish_department_az_us294",
        "Seq=row | Customer ID=-:az_cust294 | Last Name=family_name:az_family294"
        " | First Name=given_name:az_given294 | Middle=-:az_mid294 | Suffix=-:az_suffix294"
        " | Date of Birth=birth_date@%m/%d/%Y | Gender=sex:az_sex294 | SSN=national_id:ssn294"
        " | DL/ID State=-:az_dlst294 | DL/ID Number=-:az_dl294 | Residency=-:az_res294"
        " | Residence Address=street:az_street294 | City=district:az_city294"
        " | State=state:az_state294 | Zip Code=postcode:az_zip294"
        " | Primary Phone=phone:az_phone294 | Email=email | Hunter Ed Card #=-:az_hed294"
        " | Hunt No. (1st Choice)=-:az_hunt294 | Group No.=-:az_group294"
        " | Bonus Points=-:az_points294 | Draw Result=-:az_result294 | Submitted=timestamp",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "gaming_employee_registrations_gaming_control_board_nv_us294",
        "LINE=row | REG NO=-:nv_reg294 | LAST=family_name:nv_family294"
        " | FIRST=given_name:nv_given294 | MIDDLE=-:nv_mid294 | DOB=birth_date@%m/%d/%Y"
        " | SEX=sex:nv_sex294"
        " | SSN=national_id:ssn294 | DL NO / ST=-:nv_dl294 | HOME ADDRESS=street:nv_street294"
        " | CITY=district:nv_city294 | ST=state:nv_state294 | ZIP=postcode:nv_zip294"
        " | PHONE=phone:nv_phone294 | EMPLOYER=-:nv_emp294 | EMPLOYER ADDRESS=-:nv_empaddr294"
        " | JOB TITLE=-:nv_job294 | APPLICATION DATE=date@%m/%d/%Y"
        " | FINGERPRINT DATE=date:nv_fp294 | EXPIRES=date:nv_exp294 | STATUS=-:nv_status294",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("ssn294", "ssn_plain294")
SEX_HOLDS: tuple[str, ...] = (
    "sex_ascii294",
    "nn_sex294",
    "nm_sex294",
    "lg_sex294",
    "az_sex294",
    "nv_sex294",
)
NAME_HOLDS = frozenset(
    {"nn_family294", "nn_given294", "nm_family294", "nm_given294", "lg_family294"}
    | {"lg_given294", "az_family294", "az_given294", "nv_family294", "nv_given294"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "nn_phone294",
    "nm_phone294",
    "lg_phone294",
    "az_phone294",
    "nv_phone294",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("home_addr294", "addr_ascii294")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND294",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND294",
]
