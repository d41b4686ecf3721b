"""The sixty-ninth part of the outside corpus, **blind 69** (written 13:53 UTC, 2026-12-06, never
used for tuning): person files a commune, a provincial hospital, a post office, a district citizen
reception office, a Baku social protection centre, a Tirana health centre, a Santo Domingo social
programme, the Labasa branch of the Fiji National Provident Fund and the social office of
Esch-sur-Alzette could hand over. Four Vietnamese files: a commune's list of poor households whose
temporary or dilapidated house is replaced, in Excel (the hamlet address, the household kind, the
house's state, a new build or a repair, the support in millions of dong and its fund, the start
and the completion date); a hospital's driving-licence medical examinations in UTF-16 with tabs
(the record number, the licence class, vision and blood pressure, the drug test, the examining
doctor, the conclusion, the time last updated); a post office's pension payouts for December in
Windows-1258 with semicolons (the BHXH number, the kind of benefit, the monthly amount, how it is
paid, and the authorised receiver's name, relation, CCCD and authorisation number, the clerk); and
a district's citizen reception book with tabs (the complainant, the representative who came with
or for them and their CCCD and phone, the kind of petition, its content, who already handled it,
the outcome, the receiving officer).
Five foreign files: a Baku targeted social assistance list in UTF-8 with Azerbaijani headers (the
seven-character FIN, the ID card series and number AZE or AA beside it, the patronymic, the
address and rayon, the family size and monthly sum); a Tirana health centre's check-up list in
UTF-8 with a BOM and Albanian headers (the NID with the birth decade in its first letter and the
sex in its month, the father's name, the birthplace, the address with bashkia and qark, the
family doctor); a Santo Domingo beneficiaries' list in Windows-1252 with semicolons (the cédula
with its Luhn digit, two surnames, the street, sector, municipio and provincia, the NSS and the
ARS); a Labasa FNPF member list in Excel with English/iTaukei/Fiji Hindi headers (the FNPF
number, the address, tikina and province, the mataqali, the employer, the nominee, the balance);
and an Esch-sur-Alzette cost-of-living allowance list in UTF-8 with Luxembourgish/French/German
headers (the 13-digit matricule with the birth date inside and its Luhn and Verhoeff digits, the
birthplace, the street, postcode and locality, the nationality, the household and the sum).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind69_writers import WRITERS_BLIND69
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND69: tuple[Shape, ...] = (
    _shape(
        "xoa_nha_tam_nha_dot_nat_vn69",
        "STT=row | Họ và tên chủ hộ=full_name | Ngày sinh=birth_date:excel_date"
        " | Số CCCD=cccd | Địa chỉ (thôn/bản, xã)=address:hamlet69"
        " | Số nhân khẩu=-:members69 | Diện hộ=-:hh_kind69 | Hiện trạng nhà ở=-:house69"
        " | Hình thức hỗ trợ=-:build69 | Số tiền hỗ trợ (triệu đồng)=-:support69"
        " | Nguồn kinh phí=-:fund69 | Ngày khởi công=date:excel_event"
        " | Ngày hoàn thành, bàn giao=date:done69 | SĐT liên hệ=phone | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "kham_suc_khoe_lai_xe_vn69",
        "TT=row | Số hồ sơ=-:exam_no69 | Họ và tên=full_name | Giới=sex"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Số CCCD/ĐDCN=cccd"
        " | Nơi cư trú=address | Điện thoại=phone:phone_spaced"
        " | Hạng GPLX đề nghị=-:licence69 | Thị lực (MP - MT)=-:vision69"
        " | Huyết áp=-:bp69 | XN ma túy/nồng độ cồn=-:alcohol69"
        " | Bác sĩ khám=-:exam_doctor69 | Kết luận=-:exam_result69"
        " | Ngày khám=date@%d/%m/%Y | Cập nhật=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "chi_tra_luong_huu_buu_dien_vn69",
        "STT=row | Mã số BHXH=bhxh | Họ tên người hưởng=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd | Địa chỉ=address"
        " | Loại chế độ=-:regime69 | Mức hưởng/tháng (đồng)=-:pension69"
        " | Kỳ chi trả=-:pay_month69 | Hình thức nhận=-:pay_way69"
        " | Người nhận thay (ủy quyền)=-:proxy69 | Quan hệ=-:proxy_rel69"
        " | CCCD người nhận thay=-:proxy_cccd69 | Số giấy ủy quyền=-:proxy_doc69"
        " | Ngày chi=date@%d/%m/%Y | NV chi trả=-:clerk69 | Ký nhận=-:none",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_tiep_cong_dan_vn69",
        "Số TT=row | Ngày tiếp=date@%d/%m/%Y | Số vào sổ=-:book69"
        " | Họ tên người khiếu nại, tố cáo=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | CCCD=cccd | Địa chỉ=address | SĐT=phone"
        " | Người đại diện / được ủy quyền=-:rep69 | CCCD người đại diện=-:rep_cccd69"
        " | SĐT người đại diện=-:rep_phone69 | Số người (đoàn đông người)=-:crowd69"
        " | Phân loại đơn=-:case69 | Nội dung vụ việc=-:content69"
        " | Đã được cơ quan nào giải quyết=-:agency69 | Kết quả xử lý=-:outcome69"
        " | Cán bộ tiếp=-:receiver69",
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "unvanli_sosial_yardim_az69",
        "S/N=row | FİN=national_id:fin_az69"
        " | Şəxsiyyət vəsiqəsinin seriyası və nömrəsi=-:card_az69"
        " | Soyadı=family_name:az_family69 | Adı=given_name:az_given69"
        " | Atasının adı=-:az_father69 | Doğum tarixi=birth_date@%d.%m.%Y"
        " | Cinsi=sex:sex_az69 | Faktiki yaşayış ünvanı=address:addr_az69"
        " | Rayon=district:rayon_az69 | Mobil nömrə=phone:phone_az69"
        " | İş yeri=-:employer_az69 | Ailə üzvlərinin sayı=-:members_az69"
        " | Aylıq məbləğ (AZN)=-:sum_az69 | Müraciət tarixi=date@%d.%m.%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "kontrolli_baze_shendetesor_al69",
        "Nr.=row | Numri personal=national_id:nid_al69 | Mbiemri=family_name:al_family69"
        " | Emri=given_name:al_given69 | Atësia=-:al_father69"
        " | Datëlindja=birth_date@%d.%m.%Y | Gjinia=sex:sex_al69"
        " | Vendlindja=-:birthplace_al69 | Adresa e banimit=address:addr_al69"
        " | Bashkia=district:bashkia_al69 | Qarku=province:qarku_al69"
        " | Nr. celulari=phone:phone_al69 | Mjeku i familjes=-:doctor_al69"
        " | Statusi i kontrollit=-:checkup_al69 | Data e kontrollit=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "padron_beneficiarios_do69",
        "No.=row | Cédula=national_id:cedula_do69 | Nombres=given_name:do_given69"
        " | Primer Apellido=family_name:do_pat69 | Segundo Apellido=-:do_mat69"
        " | Fecha Nac.=birth_date@%d/%m/%Y | Sexo=sex:sex_do69"
        " | Estado Civil=-:civil_do69 | Dirección=street:street_do69"
        " | Sector=suburb:sector_do69 | Municipio=district:mun_do69"
        " | Provincia=province:prov_do69 | Teléfono=phone:phone_do69"
        " | NSS=-:nss_do69 | ARS=-:ars_do69 | Fecha de Inclusión=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "fnpf_members_labasa_fj69",
        "No.=row | FNPF No. / Naba ni FNPF=national_id:fnpf_fj69"
        " | Surname / Yaca ni Vuvale / Upnaam=family_name:fj_family69"
        " | Other Names / Yaca / Naam=given_name:fj_given69"
        " | Date of Birth / Siga ni Sucu / Janam Din=birth_date@%d/%m/%Y"
        " | Sex / Tagane se Yalewa=sex:sex_fj69"
        " | Residential Address / Vanua e Tiko Kina / Pata=address:addr_fj69"
        " | Tikina=district:tikina_fj69 | Province / Yasana=province:yasana_fj69"
        " | Mobile / Naba ni Talevoni=phone:phone_fj69 | Mataqali=-:mataqali_fj69"
        " | Employer / Vanua ni Cakacaka=-:employer_fj69"
        " | Nominee / Nominee ke Naam=-:nominee_fj69"
        " | Balance (FJD)=-:balance_fj69 | Date Joined=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "allocation_vie_chere_esch_lu69",
        "Nr.=row | Matricule / Identifikatiounsnummer=national_id:matricule_lu69"
        " | Numm / Nom / Name=family_name:lu_family69"
        " | Virnumm / Prénom / Vorname=given_name:lu_given69"
        " | Gebuertsdatum / Date de naissance=birth_date@%d.%m.%Y"
        " | Geschlecht / Sexe=sex:sex_lu69 | Gebuertsuert / Lieu de naissance=-:birthplace_lu69"
        " | Strooss an Nummer / Rue et numéro=street:street_lu69"
        " | Postcode / Code postal=postcode:pc_lu69"
        " | Uertschaft / Localité / Ortschaft=district:town_lu69"
        " | Telefon / Téléphone=phone:phone_lu69 | Nationalitéit / Nationalité=-:nation_lu69"
        " | Memberen vum Stot / Membres du ménage=-:household_lu69"
        " | Montant accordé (EUR)=-:amount_lu69 | Assistant(e) social(e)=-:assistant_lu69"
        " | Datum vum Dossier / Date d'entrée=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "fin_az69",
    "nid_al69",
    "cedula_do69",
    "fnpf_fj69",
    "matricule_lu69",
)
SEX_HOLDS: tuple[str, ...] = ("sex_az69", "sex_al69", "sex_do69", "sex_fj69", "sex_lu69")
NAME_HOLDS = frozenset(
    {"az_family69", "az_given69", "al_family69", "al_given69", "do_pat69", "do_given69"}
    | {"fj_family69", "fj_given69", "lu_family69", "lu_given69"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_az69",
    "phone_al69",
    "phone_do69",
    "phone_fj69",
    "phone_lu69",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("hamlet69", "addr_az69", "addr_al69", "addr_fj69")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND69",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND69",
]
