"""The hundred-and-seventh part of the outside corpus, **blind 107** (written 17:33 UTC,
2026-12-06, never used for tuning): person files a Nghệ An university's student affairs office
exempting tuition fees, a Thái Bình labour office sending martyrs' relatives to visit graves, a
Đà Nẵng ward certifying house numbers, a Hồ Chí Minh City ward paying pandemic support to
freelance workers, Tartu's social welfare department, Riga's housing assistance register,
Kaunas's employment service, the Faroese licensing authority and a Greenland municipality's
hunting office could hand over. Four Vietnamese files: a university's list of students exempted
or relieved of tuition fees under Decree 81 in UTF-8 with a BOM and semicolons (the student
number, the class, the CCCD, the permanent home, the group that earns the exemption, the rate,
the months, the monthly fee and the sum relieved with dotted thousands, a note); a Thái Bình
labour office's list of martyrs' relatives supported to visit graves in Excel (real Excel birth
dates, the relation to the martyr, the martyr's name and the year he fell, the cemetery, the
home, how many go, the support, the day they leave); a Đà Nẵng ward's register of house number
certificates in UTF-16 with tabs (``dd-mm-yyyy`` dates, the spaced identity number, the old
alley number, the new number and street, the residents' group, the ward alone, the plot's area
with a decimal comma, the certificate's number and day, a spaced phone); and a Hồ Chí Minh City
ward's list of freelance workers paid pandemic support (Resolution 68) in Windows-1258 with tabs
and abbreviated headers (the home, the work and where it is done, the account and bank, the
amount, the residents' group head who vouched and his phone, the day paid). Five foreign files:
Tartu's social benefits in UTF-8 with semicolons and Estonian headers (the proceeding's number,
the isikukood, ``M``/``N``, the street, the city district and postcode apart, ``+372 5`` phones,
e-mail, the benefit, the sum with a decimal comma, the decision's day, the social worker);
Riga's housing assistance register in Excel with Latvian headers (given name before surname,
women's surname endings, the personas kods with its check digit, ``V``/``S``, the declared
address whole with its ``LV-1001`` postcode, ``+371 2`` phones, the kind of help, the register
group, the place in the queue, the family's size, the day registered); Kaunas's employment
service's job seekers in Windows-1257 with semicolons and Lithuanian headers (the asmens kodas,
``yyyy-mm-dd`` dates, ``V``/``M``, the street, house and flat numbers, town and ``LT-44151``
postcode apart, ``+370 6`` phones, e-mail, the status, schooling, the wanted job, the adviser);
the Faroese driving licences in UTF-8 with a BOM, tabs and Faroese headers (the P-tal, the street,
``FO-100`` postcode and village apart, six-digit ``+298`` phones, e-mail, the licence's number
and classes, the day issued and the day it lapses, the driving school); and a Greenland
municipality's hunting licences in UTF-8 with Kalaallisut/Danish headers (the licence number,
the CPR number, the whole name, ``dd-mm-yyyy`` dates, ``Angut``/``Arnaq``, a street or a ``B-1442``
house number, the postcode and town apart, ``+299`` phones, the kind of licence, the hunting
ground, the boat or sledge, the year's catch of seals, the day it lapses, the office).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind107_writers import WRITERS_BLIND107
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND107: tuple[Shape, ...] = (
    _shape(
        "mien_giam_hoc_phi_sinh_vien_nd81_vn107",
        "STT=row | Mã SV=-:student_no107 | Họ và tên=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Lớp=-:class107 | Số CCCD=cccd"
        " | Hộ khẩu thường trú=address:fee_addr107 | Đối tượng miễn, giảm=-:fee_group107"
        " | Tỷ lệ MG=-:fee_rate107 | Số tháng=-:fee_months107"
        " | Mức HP/tháng (đồng)=-:fee_month107 | Số tiền được MG (đồng)=-:fee_total107"
        " | SĐT=phone | Ghi chú=-:fee_note107",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "than_nhan_liet_si_tham_vieng_mo_vn107",
        "TT=row | Họ và tên thân nhân=full_name | Ngày sinh=birth_date:excel_date | Nam/Nữ=sex"
        " | Số CCCD=cccd | Quan hệ với LS=-:martyr_rel107 | Họ tên liệt sĩ=-:martyr107"
        " | Năm hy sinh=-:martyr_year107 | Nơi an táng=-:cemetery107"
        " | Nơi cư trú=address:martyr_addr107 | Điện thoại=phone | Số người đi=-:visitors107"
        " | Mức hỗ trợ (đ)=-:visit_aid107 | Ngày đi=date:excel_event",
        file="xlsx",
    ),
    _shape(
        "cap_giay_chung_nhan_so_nha_vn107",
        "STT=row | Họ tên chủ hộ=full_name | Ngày, tháng, năm sinh=birth_date@%d-%m-%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd:cccd_spaced | Số nhà cũ=-:old_no107"
        " | Số nhà mới, tên đường=street:house_street107 | Tổ dân phố=-:tdp107"
        " | Phường=ward:dn_ward107 | DT đất (m2)=-:house_area107 | Số GCN=-:house_cert107"
        " | Ngày cấp=date@%d-%m-%Y | ĐT liên hệ=phone:phone_spaced",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ho_tro_lao_dong_tu_do_nq68_vn107",
        "TT=row | Họ và tên=full_name | NS=birth_date@%d/%m/%Y | GT=sex | Số CCCD/CMND=cccd"
        " | Nơi ở hiện tại=address:free_addr107 | Công việc=-:free_job107"
        " | Địa điểm làm việc=-:free_place107 | SĐT=phone | Số TK=-:free_account107"
        " | Ngân hàng=-:free_bank107 | Số tiền HT (đ)=-:free_aid107"
        " | Tổ trưởng TDP xác nhận=-:free_head107 | ĐT tổ trưởng=-:free_head_phone107"
        " | Ngày chi trả=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "sotsiaaltoetused_tartu_ee107",
        "Jrk=row | Menetluse nr=-:ee_case107 | Isikukood=national_id:ik107"
        " | Perekonnanimi=family_name:ee_family107 | Eesnimi=given_name:ee_given107"
        " | Sünniaeg=birth_date@%d.%m.%Y | Sugu=sex:sex_ee107 | Aadress=street:ee_street107"
        " | Linnaosa=suburb:ee_district107 | Sihtnumber=postcode:ee_postcode107"
        " | Telefon=phone:ee_phone107 | E-post=email:ee_email107"
        " | Toetuse liik=-:ee_benefit107 | Summa (€)=-:ee_amount107"
        " | Otsuse kuupäev=date@%d.%m.%Y | Sotsiaaltöötaja=-:ee_worker107",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "dzivoklu_palidzibas_registrs_riga_lv107",
        "Nr. p.k.=row | Vārds=given_name:lv_given107 | Uzvārds=family_name:lv_family107"
        " | Personas kods=national_id:pk107 | Dzimšanas datums=birth_date:excel_date"
        " | Dzimums=sex:sex_lv107 | Deklarētā dzīvesvietas adrese=address:lv_address107"
        " | Tālrunis=phone:lv_phone107 | Palīdzības veids=-:lv_help107"
        " | Reģistra grupa=-:lv_group107 | Kārtas nr. reģistrā=-:lv_queue107"
        " | Ģimenes locekļu skaits=-:lv_family_size107 | Reģistrēts=date:excel_event",
        english=True,
        file="xlsx",
    ),
    _shape(
        "darbo_ieskantys_uzimtumo_tarnyba_kaunas_lt107",
        "Eil. Nr.=row | Vardas=given_name:lt_given107 | Pavardė=family_name:lt_family107"
        " | Asmens kodas=national_id:ak107 | Gimimo data=birth_date@%Y-%m-%d"
        " | Lytis=sex:sex_lt107 | Gatvė=street:lt_street107 | Namo Nr.=-:lt_house107"
        " | Buto Nr.=-:lt_flat107 | Miestas=district:lt_town107"
        " | Pašto kodas=postcode:lt_postcode107 | Telefonas=phone:lt_phone107"
        " | El. paštas=email:lt_email107 | Statusas=-:lt_status107"
        " | Išsilavinimas=-:lt_school107 | Pageidaujama profesija=-:lt_job107"
        " | Įregistravimo data=date@%Y-%m-%d | Konsultantas=-:lt_adviser107",
        english=True,
        encoding="cp1257",
        delimiter=";",
    ),
    _shape(
        "koyrikort_akstovan_fo107",
        "Nr.=row | P-tal=national_id:ptal107 | Fornavn=given_name:fo_given107"
        " | Eftirnavn=family_name:fo_family107 | Føðingardagur=birth_date@%d.%m.%Y"
        " | Kyn=sex:sex_fo107 | Bústaður=street:fo_street107 | Postnr.=postcode:fo_postcode107"
        " | Bygd/býur=district:fo_town107 | Telefon=phone:fo_phone107"
        " | Teldupostur=email:fo_email107 | Koyrikortsnr.=-:fo_licence107"
        " | Flokkur=-:fo_class107 | Útskrivað=date@%d.%m.%Y | Galdandi til=date:fo_valid107"
        " | Koyriskúli=-:fo_school107",
        english=True,
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "piniarnermut_allagartat_fangerbeviser_gl107",
        "Nr.=row | Allagartap normua / Bevisnr.=-:gl_licence_no107"
        " | Inuup normua / CPR-nr.=national_id:cpr107"
        " | Ateq tamakkiisoq / Fulde navn=full_name:gl_name107"
        " | Inunngorfia / Fødselsdato=birth_date@%d-%m-%Y | Suiaassuseq / Køn=sex:sex_gl107"
        " | Najugaq / Adresse=street:gl_street107 | Postnr.=postcode:gl_postcode107"
        " | Illoqarfik / Nunaqarfik / By / Bygd=district:gl_town107"
        " | Oqarasuaat / Telefon=phone:gl_phone107 | Allagartaq / Bevistype=-:gl_licence107"
        " | Piniarfik / Fangstområde=-:gl_area107 | Angallat / Fartøj=-:gl_boat107"
        " | Pisat 2024 / Fangst 2024=-:gl_catch107 | Atuuffia / Gyldig til=date:gl_until107"
        " | Suliaqartoq / Sagsbehandler=-:gl_officer107",
        english=True,
        encoding="utf-8",
    ),
)

#: every date format of this part is one the corpus already knows how to spoil
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("ik107", "pk107", "ak107", "ptal107", "cpr107")
SEX_HOLDS: tuple[str, ...] = ("sex_ee107", "sex_lv107", "sex_lt107", "sex_fo107", "sex_gl107")
NAME_HOLDS = frozenset(
    {"ee_family107", "ee_given107", "lv_given107", "lv_family107", "lt_given107"}
    | {"lt_family107", "fo_given107", "fo_family107", "gl_name107"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "ee_phone107",
    "lv_phone107",
    "lt_phone107",
    "fo_phone107",
    "gl_phone107",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "fee_addr107",
    "martyr_addr107",
    "free_addr107",
    "lv_address107",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND107",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND107",
]
