"""The four-hundred-and-forty-seventh part of the outside corpus, **blind 447** (written 02:30 UTC,
2026-12-08, never used for tuning): person files a university's faculty office, its graduates'
employment survey team, its dormitory management board, its training office, a German
university's student office, a Brazilian university's ENADE coordinator, a Korean university's
international office, a Kazakh university's registrar and a Ghanaian university's academic
affairs office could hand over. Four Vietnamese files: a faculty's assignment of undergraduate
thesis supervisors in UTF-16 with tabs (the student code, class, credits earned, the thesis topic,
the supervisor with title and phone, the decision number and date); a graduates' employment
survey in Windows-1258 with semicolons and headers without diacritics (the major, the year of
graduation, the employer, its sector and address, the post, the income band, how well the job
fits the major, how long the job took to find, the survey date); a dormitory's room allocation and
fee list in Excel (the building, room and bed, the monthly fee, the guardian with relation and the
guardian's phone, the date in and the contract's end); and a training office's list of students
under academic warning in UTF-8 with a BOM and semicolons (family-and-middle name and given name
apart, the term and cumulative grade points with decimal commas, the credits owed, the warning
level, the decision, the student e-mail, the province of residence).
Five foreign files: a German university's Immatrikulation list in Windows-1252 with semicolons
(Matrikelnummer, surname and given name apart, place of birth, the term address as street,
Postleitzahl and town, the mobile, the university e-mail, the course, the semester, the health
insurer, the date of enrolment); a Brazilian ENADE list in UTF-8 (both surnames in one name, the
CPF with its two mod-11 digits, the university, the ENADE registration, the attendance, the street
with number, município, UF and CEP, the mobile, the e-mail); a Korean university's student list
with romanised Korean headers in UTF-8 with tabs (the resident registration number masked after
the sex digit, the student number, the department, the address as si-gu-ro and unit, the 010
mobile, the guardian and the guardian's mobile); a Kazakh university's list in Kazakh Cyrillic in
UTF-16 (surname, name and patronymic apart, the ЖСН/IIN with its mod-11 digit, ер/әйел, the
address with үй and пәтер, the +7 mobile, faculty, year, grant or fee-paying, the enrolment date and
the student card's validity); and a Ghanaian university's list in Excel (the index number,
surname and other names apart, the Ghana Card PIN, the residential address with its GhanaPostGPS
code, the region, the mobile, the guardian, the programme, level and hall).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind447_writers import WRITERS_BLIND447
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND447: tuple[Shape, ...] = (
    _shape(
        "phan_cong_gvhd_khoa_luan_tot_nghiep_vn447",
        "STT=row | Mã SV=-:mssv447 | Họ và tên sinh viên=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd | Lớp=-:lop447"
        " | Số TC tích lũy=-:credits447 | Tên đề tài khóa luận=-:topic447"
        " | Giảng viên hướng dẫn=-:gvhd447 | SĐT GVHD=-:gvhd_phone447"
        " | ĐT sinh viên=phone | Số QĐ giao đề tài=-:decision447 | Ngày QĐ=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "khao_sat_viec_lam_sv_tot_nghiep_vn447",
        "TT=row | Ho va ten=full_name:full_name_ascii | Ngay sinh=birth_date@%d-%m-%Y"
        " | Gioi tinh=sex"
        " | Nganh tot nghiep=-:major447 | Nam TN=-:gradyear447 | Noi lam viec=-:employer447"
        " | Khu vuc=-:sector447 | Dia chi noi lam viec=-:workaddr447 | Vi tri/chuc vu=-:post447"
        " | Thu nhap/thang=-:income447 | Muc do phu hop=-:fit447"
        " | Thoi gian co viec=-:months447 | So DT=phone:phone_dotted | Email=email"
        " | Ngay khao sat=date@%d-%m-%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "xep_phong_ky_tuc_xa_vn447",
        "STT=row | Họ tên SV=full_name | Mã SV=-:mssv447 | Ngày sinh=birth_date@%d/%m/%Y"
        " | GT=sex | CCCD=cccd:cccd_spaced | Hộ khẩu thường trú=address:home447"
        " | Tòa nhà=-:block447 | Phòng=-:room447 | Giường=-:bed447"
        " | Tiền phòng (đ/tháng)=-:fee447 | Ngày vào ở=date@%d/%m/%Y"
        " | Hết hạn HĐ=-:valid447 | Người giám hộ=-:guardian447"
        " | SĐT người giám hộ=-:gphone447 | SĐT SV=phone",
        file="xlsx",
    ),
    _shape(
        "sv_canh_bao_hoc_vu_vn447",
        "STT=row | MSSV=-:mssv447 | Họ đệm=family_name:family_middle | Tên=given_name:given_only"
        " | Ngày sinh=birth_date@%d.%m.%Y | Lớp=-:lop447 | ĐTB HK (hệ 4)=-:gpa_term447"
        " | ĐTB tích lũy=-:gpa_cum447 | Số TC nợ=-:debt447 | Mức xử lý=-:level447"
        " | Số QĐ=-:decision447 | Ngày QĐ=date@%d.%m.%Y | Email SV=email:mail447"
        " | Điện thoại=phone | Tỉnh/TP thường trú=province | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "immatrikulationsliste_de447",
        "Lfd. Nr.=row | Matrikelnummer=-:de_matr447 | Nachname=family_name:de_family447"
        " | Vorname=given_name:de_given447 | Geschlecht=sex:sex_de"
        " | Geburtsdatum=birth_date@%d.%m.%Y | Geburtsort=-:de_born447"
        " | Semesteranschrift=street:de_street447 | PLZ=postcode:de_plz447"
        " | Ort=district:de_town447 | Mobil=phone:de_phone447 | E-Mail=email:de_mail447"
        " | Studiengang=-:de_subject447 | Fachsemester=-:de_sem447"
        " | Krankenversicherung=-:de_kk447 | Immatrikuliert am=date@%d.%m.%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "inscritos_enade_br447",
        "Seq.=row | Nome do estudante=full_name:br_name447 | CPF=national_id:br_cpf447"
        " | Data de nascimento=birth_date@%d/%m/%Y | Sexo=sex:sex_br447 | IES=-:br_ies447"
        " | Nº de inscrição=-:br_insc447 | Situação=-:br_sit447"
        " | Logradouro=street:br_rua447 | Município=district:br_city447 | UF=state:br_uf447"
        " | CEP=postcode:br_cep447 | Celular=phone:br_phone447 | E-mail=email"
        " | Data da prova=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "hakseang_myeongdan_kr447",
        "Beonho=row | Hakbeon=-:kr_hakbeon447 | Seongmyeong=full_name:kr_name447"
        " | Jumin deungnok beonho=national_id:kr_rrn447 | Saengnyeonwolil=birth_date@%Y.%m.%d"
        " | Seongbyeol=sex:sex_kr447 | Hakgwa=-:kr_dept447 | Juso=address:kr_addr447"
        " | Hyudaejeonhwa=phone:kr_phone447 | Bohoja=-:kr_parent447"
        " | Bohoja yeollakcheo=-:kr_pphone447 | Ipak ilja=date@%Y.%m.%d",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "stud_tizimi_kz447",
        "Р/с №=row | Тегі=family_name:kz_family447 | Аты=given_name:kz_given447"
        " | Әкесінің аты=-:kz_patr447 | ЖСН=national_id:kz_iin447 | Жынысы=sex:sex_kz447"
        " | Туған күні=birth_date@%d.%m.%Y | Тұрғылықты мекенжайы=address:kz_addr447"
        " | Ұялы телефон=phone:kz_phone447 | Факультет=-:kz_fac447 | Курс=-:kz_course447"
        " | Оқу түрі=-:kz_grant447 | Оқуға қабылданған күні=date@%d.%m.%Y"
        " | Студенттік билет мерзімі=-:kz_valid447",
        english=True,
        encoding="utf-16",
    ),
    _shape(
        "students_register_gh447",
        "S/N=row | Index No.=-:gh_index447 | Surname=family_name:gh_family447"
        " | Other Names=given_name:gh_given447 | Sex=sex:sex_gh447"
        " | Date of Birth=birth_date@%d-%b-%Y | Ghana Card No.=national_id:gh_card447"
        " | Residential Address (GPS)=address:gh_addr447 | Region=state:gh_region447"
        " | Mobile No.=phone:gh_phone447 | Name of Guardian=-:gh_guardian447"
        " | Programme=-:gh_prog447 | Level=-:gh_level447 | Hall=-:gh_hall447"
        " | Date Admitted=date@%d-%b-%Y",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "br_cpf447",
    "kr_rrn447",
    "kz_iin447",
    "gh_card447",
)
SEX_HOLDS: tuple[str, ...] = ("sex_br447", "sex_kr447", "sex_kz447", "sex_gh447")
NAME_HOLDS = frozenset(
    {"de_family447", "de_given447", "br_name447", "kr_name447", "kz_family447"}
    | {"kz_given447", "gh_family447", "gh_given447"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "de_phone447",
    "br_phone447",
    "kr_phone447",
    "kz_phone447",
    "gh_phone447",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "home447",
    "kr_addr447",
    "kz_addr447",
    "gh_addr447",
    "br_rua447",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND447",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND447",
]
