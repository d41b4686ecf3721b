"""The sixty-eighth part of the outside corpus, **blind 68** (written 13:48 UTC, 2026-12-06, never
used for tuning): person files a ward, a commune, a district veterans' association, an employment
service centre, a Rwandan district, Lusaka City Council, Ecuador's social ministry, an eThekwini
public works programme and a Timorese social programme could hand over. Four Vietnamese files: a
ward's register of dogs and cats in Excel, one row per owner (the animal's kind, name, breed, coat
and sex, the rabies shot's date and certificate, the ward's vet and his phone); a commune's list
of farmers at agricultural extension courses in Windows-1258 (the village address, the main crop
and its area in sào, the course, its date, the trainer, the signature); a district veterans'
association's members in UTF-16 with tabs (the home province, the years of enlistment and
discharge, the rank, the unit, the branch, the member card, the policy status, the date of
joining); and an employment service centre's job seekers in UTF-8 with semicolons and unaccented
abbreviated headers (schooling and skill, the job wanted and the wage, the last employer's name
and address, the day the job ended and why, the unemployment benefit decision and its months).
Five foreign files: a Rwandan VUP public works list in UTF-8 with Kinyarwanda/English/French
headers (the 16-digit Indangamuntu opening with 1 and the birth year, the year of birth alone,
district, sector, cell and village, the Ubudehe category, days worked and the pay, the SACCO
account, the village leader); a Lusaka and Copperbelt market traders' register in Excel with
English headers (the NRC ``123456/10/1``, the plot or house in a compound or township, the town,
the stand, the trade, the levy, next of kin and their NRC); an Ecuadorian Bono de Desarrollo
Humano list in UTF-8 with a BOM and semicolons (the 10-digit cédula with its mod-10 digit, two
surnames in one column, provincia, cantón, parroquia and the street, the grant and its amount,
the representative's cédula); an eThekwini work programme register in UTF-8 with
English/Afrikaans/isiZulu headers (the 13-digit ID with the birth date and the Luhn digit, the
street, suburb and postal code, the site, the daily rate, the bank, next of kin); and a
Timorese Bolsa da Mãe list in Latin-1 with Tetum/Portuguese headers (the electoral card number,
município, posto administrativo, suco and aldeia, the children and their school, the suco
chief).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind68_writers import WRITERS_BLIND68
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND68: tuple[Shape, ...] = (
    _shape(
        "dang_ky_nuoi_cho_meo_vn68",
        "STT=row | Họ và tên chủ nuôi=full_name | Ngày sinh chủ nuôi=birth_date@%d/%m/%Y"
        " | CCCD chủ nuôi=cccd | Địa chỉ nơi nuôi=address | SĐT liên hệ=phone"
        " | Loài=-:species68 | Tên con vật=-:pet_name68 | Giống=-:breed68"
        " | Màu lông=-:coat68 | Tính biệt=-:pet_sex68 | Tuổi (tháng)=-:pet_age68"
        " | Ngày tiêm phòng dại=date@%d/%m/%Y | Số giấy CN tiêm phòng=-:rabies_cert68"
        " | Cán bộ thú y phường=-:vet68 | SĐT thú y=-:vet_phone68 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "hoc_vien_tap_huan_khuyen_nong_vn68",
        "TT=row | Họ và tên học viên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Địa chỉ (thôn, xã)=address:village68"
        " | Cây trồng chính=-:crop68 | Diện tích (sào)=-:area68"
        " | Lớp tập huấn=-:course68 | Ngày tập huấn=date@%d/%m/%Y"
        " | Giảng viên=-:trainer68 | Điện thoại=phone | Ký nhận=-:signed68",
        encoding="cp1258",
        delimiter=",",
    ),
    _shape(
        "hoi_vien_cuu_chien_binh_vn68",
        "STT=row | Họ và tên=full_name | Ngày tháng năm sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd:cccd_spaced | Quê quán=-:hometown68 | Nơi ở hiện nay=address"
        " | Năm nhập ngũ=-:enlisted68 | Năm xuất ngũ=-:discharged68"
        " | Cấp bậc khi xuất ngũ=-:rank68 | Đơn vị khi tại ngũ=-:unit68"
        " | Chi hội=-:branch68 | Số thẻ hội viên=-:member_card68"
        " | Ngày vào Hội=date@%d/%m/%Y | Chế độ chính sách=-:policy68 | ĐT=phone",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nguoi_tim_viec_lam_vn68",
        "STT=row | Ho ten=full_name | NS=birth_date@%d/%m/%Y | GT=sex | So CCCD=cccd"
        " | DC thuong tru=address | DT=phone | TDVH=-:edu68 | TDCMKT=-:skill68"
        " | Vi tri mong muon=-:job68 | Muc luong MM (d)=-:wage68"
        " | Ten DV lam viec truoc=-:employer68 | DC DV truoc=-:employer_addr68"
        " | Ngay nghi viec=date@%d/%m/%Y | Ly do nghi=-:reason68"
        " | So QD huong TCTN=-:benefit68 | So thang TCTN=-:months68 | So so BHXH=bhxh",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "vup_imirimo_rusange_rw68",
        "No=row | Indangamuntu / National ID / No. CNI=national_id:nid_rw68"
        " | Izina ry'umuryango / Surname / Nom=family_name:rw_family68"
        " | Izina bwite / First name / Prénom=given_name:rw_given68"
        " | Igitsina / Sex / Sexe=sex:sex_rw68"
        " | Umwaka w'amavuko / Year of birth / Année de naissance=birth_date:birth_year_rw68"
        " | Akarere / District=district:akarere_rw68"
        " | Umurenge / Sector / Secteur=suburb:umurenge_rw68"
        " | Akagari, Umudugudu / Cell, Village=address:akagari_rw68"
        " | Telefoni / Phone=phone:phone_rw68 | Icyiciro cy'Ubudehe=-:ubudehe_rw68"
        " | Iminsi yakoze / Days worked=-:days_rw68 | Amafaranga / Amount (RWF)=-:amount_rw68"
        " | Konti ya SACCO / Account No.=-:sacco_rw68"
        " | Itariki yishyuriweho / Payment date=date@%d/%m/%Y"
        " | Umukuru w'Umudugudu / Village leader=-:leader_rw68",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "market_traders_register_zm68",
        "S/N=row | Surname=family_name:zm_family68 | First Name(s)=given_name:zm_given68"
        " | NRC No.=national_id:nrc_zm68 | Sex=sex:sex_zm68 | Date of Birth=birth_date@%d/%m/%Y"
        " | Residential Address=address:addr_zm68 | Compound/Township=suburb:township_zm68"
        " | Town=district:town_zm68 | Mobile No.=phone:phone_zm68"
        " | Market / Stand No.=-:stand_zm68 | Type of Trade=-:trade_zm68"
        " | Daily Levy=-:levy_zm68 | Next of Kin=-:kin_zm68 | NOK NRC=-:kin_nrc_zm68"
        " | Date Registered=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "bono_desarrollo_humano_ec68",
        "N°=row | Cédula=national_id:cedula_ec68 | Apellidos=family_name:ec_family68"
        " | Nombres=given_name:ec_given68 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_ec68 | Estado civil=-:civil_ec68 | Provincia=state:provincia_ec68"
        " | Cantón=district:canton_ec68 | Parroquia=suburb:parroquia_ec68"
        " | Dirección domiciliaria=street:street_ec68 | Celular=phone:phone_ec68"
        " | Tipo de bono=-:bono_ec68 | Valor (USD)=-:monto_ec68"
        " | Fecha de pago=date@%d/%m/%Y | Cédula del representante=-:rep_ec68",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "cwp_participants_za68",
        "No.=row | ID Number / ID-nommer / Inombolo kaMazisi=national_id:za_id68"
        " | Surname / Van / Isibongo=family_name:za_family68"
        " | First Names / Voorname / Amagama=given_name:za_given68"
        " | Date of Birth / Geboortedatum / Usuku lokuzalwa=birth_date@%Y-%m-%d"
        " | Gender / Geslag / Ubulili=sex:sex_za68"
        " | Street Address / Straatadres / Ikheli=street:street_za68"
        " | Suburb / Voorstad / Isigodi=suburb:suburb_za68"
        " | Postal Code / Poskode=postcode:pc_za68 | Cell / Sel / Iselula=phone:phone_za68"
        " | Work Site / Werkterrein=-:site_za68 | Start Date / Begindatum=date@%Y-%m-%d"
        " | Daily Rate / Dagtarief=-:rate_za68 | Bank=-:bank_za68"
        " | Next of Kin / Naasbestaande / Isihlobo=-:kin_za68"
        " | NOK Cell / Sel=-:kin_cell_za68",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "bolsa_da_mae_tl68",
        "Nú.=row | Nú. Kartaun Eleitorál / N.º Cartão de Eleitor=national_id:card_tl68"
        " | Naran Kompletu / Nome Completo=full_name:tl_name68"
        " | Data Moris / Data de Nascimento=birth_date@%d-%m-%Y"
        " | Seksu / Sexo=sex:sex_tl68 | Munisípiu / Município=state:munisipiu_tl68"
        " | Postu Administrativu=district:postu_tl68 | Suku / Suco=suburb:suku_tl68"
        " | Aldeia=-:aldeia_tl68 | Nú. Telemóvel=phone:phone_tl68"
        " | Totál Oan / N.º de Filhos=-:children_tl68 | Eskola / Escola=-:school_tl68"
        " | Montante=-:amount_tl68 | Data Pagamentu=date@%d-%m-%Y"
        " | Xefe Suku / Chefe de Suco=-:chefe_tl68",
        english=True,
        encoding="latin-1",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "nid_rw68",
    "nrc_zm68",
    "cedula_ec68",
    "za_id68",
    "card_tl68",
)
SEX_HOLDS: tuple[str, ...] = ("sex_rw68", "sex_zm68", "sex_ec68", "sex_za68", "sex_tl68")
NAME_HOLDS = frozenset(
    {"rw_family68", "rw_given68", "zm_family68", "zm_given68", "ec_family68", "ec_given68"}
    | {"za_family68", "za_given68", "tl_name68"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_rw68",
    "phone_zm68",
    "phone_ec68",
    "phone_za68",
    "phone_tl68",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("village68", "akagari_rw68", "addr_zm68")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND68",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND68",
]
