"""The four-hundred-and-thirty-second part of the outside corpus, **blind 432** (written 01:02 UTC,
2026-12-08, never used for tuning): person files a district's education office, a commune
library, a provincial library's self-study room, a provincial culture department, a Chilean
public library, an Estonian city library, a Moroccan municipal library, a Czech town library and
a Sri Lankan public library could hand over. Four Vietnamese files: a district's list of pupils
awarded in the 2026 Reading Culture Ambassador contest, in Excel (the pupil's birth date and
personal identification number, the class and school, a parent and the parent's phone, the kind
of entry, the book it presents, the score, the prize, the guiding teacher); a commune library's
book of donated books in Windows-1258 with semicolons and unaccented headers (the day received,
the donor's CCCD, home and phone, the number of copies, the kind of material, its estimated
value, the receipt number, the librarian who received it, a note); a provincial library's
self-study room seat registrations in UTF-16 with tabs (the reader card, the occupation or
school, the home, the package, the seat, its first and last day, the fee, the time last
updated); and a province's list of exemplary reading families in UTF-8 with a BOM and semicolons
(the household head's ĐDCN, the home and its ward or commune after the 2025 merger on their own,
the members, the books at home, the members with a library card, the way they read, the rank, the
decision and its date, a dotted phone).
Five foreign files: a Chilean public library's socios list in Windows-1252 with semicolons (the
RUT with its mod-11 digit or K, two surnames, domicilio and comuna, a nine-digit mobile, the kind
of member, a guarantor for children, the loans open); an Estonian city library's users in UTF-8
with semicolons (the isikukood with its check digit, M/N for sex, address, town and postcode
apart, the card number, the home library, the card's expiry, the debt in euros); a Moroccan
municipal library's members in Excel with French and Arabic headers (the CIN with the letters of
its office, the name in Latin and in Arabic script, a bilingual sex, the quarter and the city,
the category and the school or university, the fee in dirhams); a Czech town library's readers in
Windows-1250 with semicolons (the rodné číslo divisible by 11, the datum narození written
``5. 3. 1984``, the academic title apart, the identity card number, the card, the category, the
debt in crowns, a legal guardian for children); and a Sri Lankan public library's members in
UTF-8 with tabs (the old NIC with its V, the name with initials and the names they denote, the
permanent address and the district, the guarantor Grama Niladhari and his NIC, the fee in
rupees).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind432_writers import WRITERS_BLIND432
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND432: tuple[Shape, ...] = (
    _shape(
        "dai_su_van_hoa_doc_hs_vn432",
        "STT=row | Họ và tên học sinh=full_name | Ngày sinh=birth_date:pupil_birth432"
        " | Nam/Nữ=sex | Mã định danh cá nhân=cccd:pupil_id432 | Lớp=-:grade432"
        " | Trường=-:school432 | Họ tên phụ huynh=-:parent432"
        " | SĐT phụ huynh=-:parent_phone432 | Hình thức dự thi=-:entry_kind432"
        " | Cuốn sách giới thiệu=-:book432 | Điểm=-:score432 | Xếp giải=-:prize432"
        " | GV hướng dẫn=-:teacher432",
        file="xlsx",
    ),
    _shape(
        "so_tiep_nhan_sach_tang_tv_xa_vn432",
        "TT=row | Ngay nhan=date@%d/%m/%Y | Ho ten nguoi tang=full_name"
        " | Ngay sinh=birth_date@%d/%m/%Y | So CCCD=cccd | Dia chi=address"
        " | Dien thoai=phone | So ban=-:copies432 | Loai tai lieu=-:doc_kind432"
        " | Tri gia uoc tinh (d)=-:value432 | So bien nhan=-:receipt432"
        " | Nguoi nhan=-:librarian432 | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "dang_ky_phong_tu_hoc_tv_tinh_vn432",
        "STT=row | Số thẻ bạn đọc=-:card432 | Họ và tên=full_name"
        " | Ngày/tháng/năm sinh=birth_date@%d-%m-%Y | Giới tính=sex | CCCD/ĐDCN=cccd"
        " | Nghề nghiệp / Trường=-:job432 | Nơi ở hiện nay=address | SĐT=phone | Email=email"
        " | Gói đăng ký=-:package432 | Vị trí ghế=-:seat432"
        " | Từ ngày=date:seat_from432@%d-%m-%Y | Đến ngày=date:seat_until432@%d-%m-%Y"
        " | Lệ phí (đồng)=-:seat_fee432 | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "gia_dinh_doc_sach_tieu_bieu_vn432",
        "TT=row | Họ tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số định danh cá nhân=cccd | Địa chỉ=address:home432 | Xã/Phường=ward:home_ward432"
        " | Số nhân khẩu=-:members432 | Số đầu sách tủ sách GĐ=-:home_books432"
        " | Số TV có thẻ thư viện=-:card_holders432 | Hình thức đọc=-:read_mode432"
        " | Xếp loại=-:rank432 | Số QĐ khen thưởng=-:decision432"
        " | Ngày QĐ=date@%d/%m/%Y | Điện thoại=phone:phone_dotted",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "socios_biblioteca_publica_cl432",
        "N°=row | N° Socio=-:socio_cl432 | RUT=national_id:rut_cl432"
        " | Nombres=given_name:cl_given432"
        " | Apellido Paterno=family_name:cl_pat432 | Apellido Materno=-:cl_mat432"
        " | Fecha Nac.=birth_date@%d-%m-%Y | Domicilio=street:street_cl432"
        " | Comuna=district:comuna_cl432 | Celular=phone:phone_cl432 | Correo=email"
        " | Tipo de socio=-:tipo_cl432 | Apoderado / Aval=-:aval_cl432"
        " | Fecha de inscripción=date@%d-%m-%Y | Préstamos vigentes=-:prestamos_cl432",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "raamatukogu_lugejad_ee432",
        "Jrk=row | Isikukood=national_id:ik_ee432 | Eesnimi=given_name:ee_given432"
        " | Perekonnanimi=family_name:ee_family432 | Sünniaeg=birth_date@%d.%m.%Y"
        " | Sugu=sex:sex_ee432 | Aadress=street:street_ee432 | Linn/vald=district:town_ee432"
        " | Postiindeks=postcode:pc_ee432 | Telefon=phone:phone_ee432 | E-post=email"
        " | Lugejakaardi nr=-:card_ee432 | Koduraamatukogu=-:lib_ee432"
        " | Registreeritud=date@%d.%m.%Y | Kehtiv kuni=date:valid_ee432@%d.%m.%Y"
        " | Võlg (EUR)=-:debt_ee432",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "adherents_bibliotheque_municipale_ma432",
        "N° / ر.ت=row | N° d'adhésion / رقم الانخراط=-:adh_ma432"
        " | CIN / ب.ت.و=national_id:cin_ma432"
        " | Nom / النسب=family_name:ma_family432 | Prénom / الاسم=given_name:ma_given432"
        " | الاسم الكامل بالعربية=full_name:ma_full_ar432"
        " | Date de naissance / تاريخ الازدياد=birth_date@%d/%m/%Y"
        " | Sexe / الجنس=sex:sex_ma432 | Adresse / العنوان=address:addr_ma432"
        " | Ville / المدينة=district:ville_ma432 | Tél. / الهاتف=phone:phone_ma432"
        " | Catégorie / الفئة=-:cat_ma432 | Établissement / المؤسسة=-:etab_ma432"
        " | Date d'adhésion / تاريخ الانخراط=date@%d/%m/%Y"
        " | Cotisation (DH) / الواجب=-:cotis_ma432",
        english=True,
        file="xlsx",
    ),
    _shape(
        "ctenari_mestska_knihovna_cz432",
        "Poř. č.=row | Čtenářský průkaz=-:prukaz_cz432 | Titul=-:titul_cz432"
        " | Příjmení=family_name:cz_family432 | Jméno=given_name:cz_given432"
        " | Datum narození=birth_date@%-d. %-m. %Y | RČ=national_id:rc_cz432"
        " | Číslo OP=-:op_cz432 | Ulice, č.p.=street:street_cz432 | Obec=district:obec_cz432"
        " | PSČ=postcode:psc_cz432 | Telefon=phone:phone_cz432 | E-mail=email"
        " | Kategorie=-:kat_cz432 | Registrace=date@%-d. %-m. %Y"
        " | Platnost do=date:valid_cz432@%-d. %-m. %Y | Dluh (Kč)=-:dluh_cz432"
        " | Zákonný zástupce=-:zastupce_cz432",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
    _shape(
        "public_library_members_lk432",
        "S/No=row | Membership No.=-:member_lk432 | Name with Initials=full_name:lk_initials432"
        " | Names Denoted by Initials=given_name:lk_denoted432 | NIC No.=national_id:nic_lk432"
        " | Date of Birth=birth_date@%Y-%m-%d | Gender=sex:sex_lk432"
        " | Permanent Address=address:addr_lk432 | District=district:district_lk432"
        " | Mobile No.=phone:phone_lk432 | Occupation=-:job_lk432"
        " | Recommended by=-:guarantor_lk432 | NIC of Recommender=-:guarantor_nic_lk432"
        " | Date Joined=date@%Y-%m-%d | Fee Paid (Rs.)=-:fee_lk432",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: the Czech day with spaces after its dots.
INVALID_DAY: dict[str, str] = {"%-d. %-m. %Y": "31. 2. {y}"}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("rut_cl432", "ik_ee432", "cin_ma432", "rc_cz432", "nic_lk432")
SEX_HOLDS: tuple[str, ...] = ("sex_ee432", "sex_ma432", "sex_lk432")
NAME_HOLDS = frozenset(
    {"cl_given432", "cl_pat432", "ee_given432", "ee_family432", "ma_family432", "ma_given432"}
    | {"ma_full_ar432", "cz_family432", "cz_given432", "lk_initials432", "lk_denoted432"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_cl432",
    "phone_ee432",
    "phone_ma432",
    "phone_cz432",
    "phone_lk432",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("home432", "addr_ma432", "addr_lk432")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND432",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND432",
]
