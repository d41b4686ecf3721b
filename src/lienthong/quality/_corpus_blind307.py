"""The three-hundred-and-seventh part of the outside corpus, **blind 307** (written 10:34 UTC,
2026-12-07, never used for tuning): person files a district election committee, a rural
commune's people's committee, a commune's Fatherland Front committee, a ward's election board, a
booth level officer in Uttar Pradesh, an INE district board in Mexico, the IEBC's returning
officers in Kenya, a kecamatan election committee (PPK) in East Java and a county elections
department in Arizona could hand over.
Four Vietnamese files: voters who asked for the mobile ballot box at a by-election of the
district people's council in Windows-1258 with semicolons (the polling area, why they cannot
come, a relative to call and that relative's phone, the election day, whether they voted);
candidates for hamlet head at a rural commune in Excel (the ethnic group, the schooling, party
membership, the job, who put them forward, the votes, the share, the result, the election day);
members of a commune's Fatherland Front committee for the 2024-2029 term in UTF-16 with tabs and
headers without diacritics (the ethnic group, the religion, the organisation they stand for,
the post, the standing committee mark, the consultation day, the time last updated); and
members of a ward's election teams in UTF-8 with a BOM and semicolons (the workplace, the post
in the team, the team number, the polling place, the training day, the decision number, the
allowance in dong).
Five foreign files: Form 6B Aadhaar collection by a booth level officer in Uttar Pradesh in UTF-8
with Hindi and English headers (the EPIC number, the part and the serial in the part, the
father's or husband's name, the Aadhaar with its Verhoeff digit, the polling station, the day
received, the status); INE's poll workers (funcionarios de mesa directiva de casilla) in
Windows-1252 (the electoral district, the section, the polling station, the post, the surnames
and name apart, the voter key beside the CURP, the home address with its colonia and the
municipio alone, the schooling, the trainer, the training day); the IEBC's nominations of county
assembly ward candidates in Kenya (the 8-digit ID, the polling station where they vote, the
party, the ward and constituency contested, a P.O. Box, a Safaricom or Airtel mobile, the
proposer, the fee receipt, the nomination day, the status); KPPS poll workers in East Java with
semicolons (the NIK whose digits carry the birth date, the place of birth, the kelurahan and
kecamatan alone, the schooling, the job, the TPS, the post, the decree day, the fee in rupiah);
and an Arizona county's poll worker roster in Excel (the worker id, the surname and first name
apart, the SSN, the street, city and ZIP apart, the voter registration number, the party, the
home precinct beside the vote center worked, the post, the language, the training day, the
status).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind307_writers import WRITERS_BLIND307
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND307: tuple[Shape, ...] = (
    _shape(
        "cu_tri_de_nghi_bo_phieu_hom_phieu_phu_bau_cu_bo_sung_dbhdnd_huyen_vn307",
        "STT=row | Họ và tên cử tri=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Nơi thường trú=address | KVBP số=-:vote_area307"
        " | Lý do đề nghị HPP=-:hpp_reason307 | Người nhà liên hệ=-:hpp_relative307"
        " | SĐT người nhà=-:hpp_rel_phone307 | Ngày bầu cử=date:hpp_day307"
        " | Đã bỏ phiếu (x)=-:hpp_voted307 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nguoi_ung_cu_truong_thon_ket_qua_bau_hoi_nghi_thon_ubnd_xa_vn307",
        "TT=row | Họ và tên người ứng cử=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | CCCD=cccd:cccd_spaced | Dân tộc=-:th_ethnic307"
        " | Trình độ học vấn=-:th_school307 | Đảng viên=-:th_party307"
        " | Nghề nghiệp, chức vụ hiện nay=-:th_job307 | Chỗ ở hiện nay=address | ĐT=phone"
        " | Hình thức giới thiệu=-:th_nominated307 | Số phiếu bầu=-:th_votes307"
        " | Tỷ lệ (%)=-:th_share307 | Kết quả=-:th_result307 | Ngày bầu=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "uy_vien_uy_ban_mttq_xa_nhiem_ky_2024_2029_vn307",
        "STT=row | Ho va ten=full_name | Ngay sinh=birth_date@%d/%m/%Y | Gioi tinh=sex"
        " | Dan toc=-:th_ethnic307 | Ton giao=-:mt_religion307 | So dinh danh ca nhan=cccd"
        " | Noi o hien nay=address | Dien thoai=phone | Email=email"
        " | Dai dien to chuc/ thanh phan=-:mt_org307 | Chuc danh trong UBMTTQ=-:mt_role307"
        " | Thuong truc (x)=-:mt_standing307 | Ngay hiep thuong=date@%d/%m/%Y"
        " | Cap nhat luc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "thanh_vien_to_bau_cu_khu_vuc_bo_phieu_ubnd_phuong_vn307",
        "TT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d.%m.%Y | Giới tính=sex"
        " | Số ĐDCN=cccd | Địa chỉ thường trú=address | Số điện thoại=phone"
        " | Cơ quan, đơn vị công tác=-:tbc_work307 | Chức vụ trong Tổ BC=-:tbc_role307"
        " | Tổ BC số=-:tbc_no307 | Điểm bỏ phiếu=-:tbc_place307 | Ngày tập huấn=date@%d.%m.%Y"
        " | Số QĐ thành lập=-:tbc_decision307 | Bồi dưỡng (đ)=-:tbc_pay307",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "form_6b_aadhaar_collection_register_blo_part_uttar_pradesh_in307",
        "क्र.सं. / Sl. No.=row | EPIC No.=-:in_epic307 | भाग सं. / Part No.=-:in_part307"
        " | भाग में क्रम सं. / Serial No.=-:in_serial307"
        " | निर्वाचक का नाम / Elector Name=full_name:in_name307"
        " | पिता/पति का नाम / Relative Name=-:in_relative307"
        " | जन्म तिथि / DOB=birth_date@%d-%m-%Y | लिंग / Gender=sex:in_sex307"
        " | आधार संख्या / Aadhaar No.=national_id:in_aadhaar307"
        " | मोबाइल नं. / Mobile=phone:in_mobile307 | पता / Address=address:in_addr307"
        " | मतदान केन्द्र / Polling Station=-:in_ps307"
        " | प्राप्ति तिथि / Date of Receipt=date:in_received307 | स्थिति / Status=-:in_status307",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "funcionarios_mesa_directiva_casilla_segunda_insaculacion_junta_distrital_ine_mx307",
        "Consecutivo=row | Distrito=-:mx_district307 | Sección=-:mx_section307"
        " | Casilla=-:mx_booth307 | Cargo=-:mx_post307 | Apellido Paterno=family_name:mx_pat307"
        " | Apellido Materno=family_name:mx_mat307 | Nombre(s)=given_name:mx_given307"
        " | Clave de Elector=-:mx_ine307 | CURP=national_id:mx_curp307"
        " | Fecha de Nacimiento=birth_date@%d/%m/%Y | Sexo=sex:mx_sex307"
        " | Domicilio=address:mx_addr307 | Municipio=district:mx_town307"
        " | Teléfono=phone:mx_phone307 | Escolaridad=-:mx_school307"
        " | CAE=-:mx_cae307 | Fecha de capacitación=date:mx_training307"
        " | Nombramiento entregado=-:mx_appointed307",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "iebc_nomination_register_member_of_county_assembly_candidates_ke307",
        "S/No.=row | Ward Contested=-:ke_ward307 | Constituency=-:ke_const307"
        " | Candidate Name (as in ID)=full_name:ke_name307 | ID/Passport No.=national_id:ke_id307"
        " | Date of Birth=birth_date@%d/%m/%Y | Gender=sex:ke_sex307"
        " | Registered Polling Station=-:ke_ps307 | Party=-:ke_party307"
        " | Postal Address=address:ke_box307 | Mobile No.=phone:ke_phone307"
        " | Email=email:ke_email307"
        " | Proposer=-:ke_proposer307 | Fee Receipt No.=-:ke_receipt307"
        " | Date of Nomination=date:ke_nominated307 | Status=-:ke_status307",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "rekap_anggota_kpps_terpilih_ppk_kecamatan_jawa_timur_id307",
        "No=row | NIK=national_id:id_nik307 | Nama Lengkap=full_name:id_name307"
        " | Tempat Lahir=-:id_pob307 | Tanggal Lahir=birth_date@%d-%m-%Y"
        " | L/P=sex:id_sex307 | Alamat=address:id_addr307 | Kelurahan/Desa=ward:id_kel307"
        " | Kecamatan=district:id_kec307 | No. HP=phone:id_hp307"
        " | Pendidikan Terakhir=-:id_school307 | Pekerjaan=-:id_job307"
        " | No. TPS=-:id_tps307 | Jabatan=-:id_post307 | Tgl SK=date:id_decree307"
        " | Honor (Rp)=-:id_fee307",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "poll_worker_roster_general_election_county_elections_department_az_us307",
        "#=row | Worker ID=-:us_worker307 | Last Name=family_name:us_last307"
        " | First Name=given_name:us_first307 | DOB=birth_date@%m/%d/%Y | SSN=national_id:us_ssn307"
        " | Residence Address=street:us_street307 | City=district:us_city307"
        " | ZIP=postcode:us_zip307 | Cell Phone=phone:us_phone307 | Email=email"
        " | Voter Reg #=-:us_voter307 | Party=-:us_party307 | Home Precinct=-:us_precinct307"
        " | Assigned Vote Center=-:us_center307 | Position=-:us_post307"
        " | Language=-:us_language307 | Training Date=date:us_training307"
        " | Status=-:us_status307",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "in_aadhaar307",
    "mx_curp307",
    "ke_id307",
    "id_nik307",
    "us_ssn307",
)
SEX_HOLDS: tuple[str, ...] = ("in_sex307", "mx_sex307", "ke_sex307", "id_sex307")
NAME_HOLDS = frozenset(
    {
        "in_name307",
        "mx_pat307",
        "mx_mat307",
        "mx_given307",
        "ke_name307",
        "id_name307",
        "us_last307",
        "us_first307",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "in_mobile307",
    "mx_phone307",
    "ke_phone307",
    "id_hp307",
    "us_phone307",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("in_addr307", "mx_addr307", "ke_box307", "id_addr307")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND307",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND307",
]
