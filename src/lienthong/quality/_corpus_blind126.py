"""The hundred-and-twenty-sixth part of the outside corpus, **blind 126** (written 19:55 UTC,
2026-12-06, never used for tuning): person files a commune's OCOP council, a district
motor-vehicle inspection centre, a mountain commune's ethnic affairs desk, a ward's labour desk,
a Croatian employment office, a Serbian driving school, a Bosnian secondary school, an Albanian
municipality's social aid office and a Bulgarian labour office could hand over. Four Vietnamese
files: a commune's list of OCOP product owners in Excel (the product, its star rating and the
year it was recognised, the cooperative or household, the representative and their phone);
a motor-vehicle inspection centre's book in UTF-16 with tabs (the plate, the chassis number, the
owner, the inspection stamp, the date inspected and the date it runs out, the inspector, the
time last updated); an ethnic minority households' list for production land under programme
1719 in Windows-1258 with semicolons (the household head, the ethnic group, the hamlet, the
area, the form of support, the amount, the signature); and a ward's list of domestic workers
their employers declared in UTF-8 with a BOM (the employer, their address and phone, the
contract date and wage, the work).
Five foreign files: a Croatian employment service's register of the unemployed in UTF-8 (the
OIB with its ISO 7064 check digit, surname and name apart, the street, postcode and town, the
education level, the occupation, the counsellor, the allowance in euros); a Serbian driving
school's list of candidates in Cyrillic (the ЈМБГ with its mod 11 digit, the father's name, the
category, the instructor, the exam date and result); a Bosnian secondary school's enrolment
list in Windows-1250 (the JMB, a parent, the previous school, the course, the points); an
Albanian municipality's list of economic aid recipients in UTF-8 with a BOM (the numri personal,
the father's name, the administrative unit and municipality apart, the family members, the
monthly amount in lekë); and a Bulgarian labour office's register of job seekers in
Windows-1251 (the ЕГН with its check digit, name, father's name and surname apart, the address
from town to flat, the education, the broker, the benefit in leva).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind126_writers import WRITERS_BLIND126
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND126: tuple[Shape, ...] = (
    _shape(
        "chu_the_san_pham_ocop_xa_vn126",
        "TT=row | Tên sản phẩm=-:product126 | Hạng sao=-:stars126 | Năm công nhận=-:ocop_year126"
        " | Chủ thể (HTX/THT/Hộ SX)=-:entity126 | Họ tên người đại diện=full_name"
        " | Năm sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd"
        " | Địa chỉ thường trú=address | Điện thoại=phone:phone_dotted"
        " | Ngày hết hạn GCN=date@%d/%m/%Y | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "so_theo_doi_kiem_dinh_xe_co_gioi_vn126",
        "STT=row | Biển số ĐK=-:plate126 | Số khung=-:chassis126 | Loại PT=-:vtype126"
        " | Tên chủ xe=full_name | CCCD chủ xe=cccd | Địa chỉ chủ xe=address"
        " | SĐT liên hệ=phone | Số tem KĐ=-:stamp126 | Ngày KĐ=date@%d/%m/%Y"
        " | Hạn KĐ=-:expiry126 | ĐKV=-:inspector126 | Thời gian cập nhật=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ho_dtts_ho_tro_dat_san_xuat_ct1719_vn126",
        "STT=row | Ho ten chu ho=full_name | Dan toc=-:ethnic126"
        " | Ngay thang nam sinh=birth_date@%d/%m/%Y | Nam/Nu=sex | So dinh danh CN=cccd"
        " | Thon, ban=-:hamlet126 | Xa=ward:commune126 | Dien tich ho tro (m2)=-:area126"
        " | Hinh thuc ho tro=-:form126 | So tien (dong)=-:money126 | Ky nhan=-:none",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "lao_dong_giup_viec_gia_dinh_khai_bao_phuong_vn126",
        "TT=row | Họ và tên NLĐ giúp việc=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD/ĐDCN=cccd:cccd_spaced | Nơi thường trú=address"
        " | Số ĐT NLĐ=phone | Họ tên người SDLĐ=-:employer126"
        " | Địa chỉ nơi làm việc=-:workplace126 | SĐT người SDLĐ=-:employer_phone126"
        " | Ngày ký HĐLĐ=date@%d/%m/%Y | Mức lương (đ/tháng)=-:wage126"
        " | Công việc=-:chores126 | Ngày nhận thông báo=date@%d/%m/%Y",
        encoding="utf-8-sig",
    ),
    _shape(
        "evidencija_nezaposlenih_hzz_hr126",
        "Rbr.=row | OIB=national_id:oib126 | Prezime=family_name:family_hr126"
        " | Ime=given_name:given_hr126 | Datum rođenja=birth_date@%d.%m.%Y."
        " | Spol=sex:sex_hr126 | Adresa prebivališta=street:street_hr126"
        " | Poštanski broj=postcode:post_hr126 | Mjesto=district:town_hr126"
        " | Mobitel=phone:phone_hr126 | Razina obrazovanja=-:edu_hr126"
        " | Zanimanje=-:job_hr126 | Datum prijave=date@%d.%m.%Y."
        " | Savjetnik/ica=-:adviser_hr126 | Novčana naknada (EUR)=-:allow_hr126",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "kandidati_vozackog_ispita_auto_skola_rs126",
        "Р.бр.=row | ЈМБГ=national_id:jmbg_rs126 | Презиме=family_name:family_rs126"
        " | Име једног родитеља=-:father_rs126 | Име=given_name:given_rs126"
        " | Датум рођења=birth_date@%d.%m.%Y. | Пол=sex:sex_rs126"
        " | Пребивалиште=address:addr_rs126 | Телефон=phone:phone_rs126"
        " | Категорија=-:cat_rs126 | Инструктор=-:instr_rs126"
        " | Датум полагања=date@%d.%m.%Y. | Резултат=-:result_rs126",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "upis_ucenika_srednja_skola_ba126",
        "R.br.=row | JMB učenika=national_id:jmb_ba126 | Ime i prezime=full_name:name_ba126"
        " | Datum rođenja=birth_date@%d.%m.%Y. | Spol=sex:sex_ba126"
        " | Ime roditelja/staratelja=-:parent_ba126 | Adresa stanovanja=street:street_ba126"
        " | Općina=district:opcina_ba126 | Kontakt telefon=phone:phone_ba126"
        " | Završena osnovna škola=-:school_ba126 | Smjer/zanimanje=-:course_ba126"
        " | Ukupno bodova=-:points_ba126 | Datum upisa=date@%d.%m.%Y.",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
    _shape(
        "perfitues_ndihme_ekonomike_bashkia_al126",
        "Nr.=row | Numri personal=national_id:nid_al126 | Emri=given_name:given_al126"
        " | Atësia=-:father_al126 | Mbiemri=family_name:family_al126"
        " | Datëlindja=birth_date@%d/%m/%Y | Gjinia=sex:sex_al126"
        " | Adresa=street:street_al126 | Njësia administrative=suburb:unit_al126"
        " | Bashkia=district:bashkia_al126 | Nr. telefoni=phone:phone_al126"
        " | Nr. anëtarëve=-:members_al126 | Masa mujore (lekë)=-:amount_al126"
        " | Data e vendimit=date@%d/%m/%Y | Statusi=-:status_al126",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "registar_bezrabotni_byuro_po_truda_bg126",
        "№ по ред=row | ЕГН=national_id:egn126 | Име=given_name:given_bg126"
        " | Презиме=-:father_bg126 | Фамилия=family_name:family_bg126"
        " | Дата на раждане=birth_date@%d.%m.%Y | Пол=sex:sex_bg126"
        " | Постоянен адрес=address:addr_bg126 | Пощ. код=postcode:post_bg126"
        " | Телефон за връзка=phone:phone_bg126 | Образование=-:edu_bg126"
        " | Професия=-:job_bg126 | Дата на регистрация=date@%d.%m.%Y"
        " | Трудов посредник=-:broker_bg126 | Обезщетение (лв.)=-:benefit_bg126",
        english=True,
        encoding="cp1251",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "oib126",
    "jmbg_rs126",
    "jmb_ba126",
    "nid_al126",
    "egn126",
)
SEX_HOLDS: tuple[str, ...] = ("sex_hr126", "sex_rs126", "sex_ba126", "sex_al126", "sex_bg126")
NAME_HOLDS = frozenset(
    {"family_hr126", "given_hr126", "family_rs126", "given_rs126", "name_ba126"}
    | {"given_al126", "family_al126", "given_bg126", "family_bg126"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_hr126",
    "phone_rs126",
    "phone_ba126",
    "phone_al126",
    "phone_bg126",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_rs126", "addr_bg126")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND126",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND126",
]
