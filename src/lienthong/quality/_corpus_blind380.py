"""The three-hundred-and-eightieth part of the outside corpus, **blind 380** (written 18:45 UTC,
2026-12-07, never used for tuning): person files a provincial fisheries sub-department, a
district's agriculture office, a fishing-vessel registry station, a district health centre, the
Philippine BFAR, an Indonesian regency's fisheries office, Norway's Directorate of Fisheries, a
Peruvian regional production office and a Moroccan maritime district could hand over, about
fishing crews and fishers' licences. Four Vietnamese files: boat owners paid back part of the
subscription to their vessel monitoring (VMS) device, in UTF-8 with a BOM and semicolons (the
boat's ``QNg-90123-TS`` number, its length and power, the VMS provider and device, the fee and the
aid, the captain and his phone); owners whose hull and crew insurance premiums the state pays in
part, in Excel (the boat, the hull, the insurer and the policy, the hull premium, the crew
insured and their premium, the share paid, the day the policy starts); boats brought to the
registry station for their yearly technical safety inspection, in Windows-1258 with tabs and
headers without diacritics (the owner's spaced CCCD, the boat, its hull and gear, the result, the
certificate and the day it runs out, the inspector); and crewmen given their health
certificates before sailing, in UTF-16 with tabs (the post on board, the boat and its owner with
the owner's phone, height, weight, blood pressure, the conclusion, the doctor, the hospital).
Five foreign files: a BFAR FishR registry in Excel with English headers (the FishR number, the
PhilSys number, last, first and middle name apart, ``mm/dd/yyyy`` dates, the place of birth,
barangay, municipality and province apart, ``09xx`` phones, the livelihood, the boat, the
fisherfolk organisation, the person to notify and her phone); an Indonesian list of fishers whose
insurance premium the state paid, in UTF-8 with semicolons and capital headers (the NIK, the
place of birth, ``L``/``P``, the street, desa, kecamatan and kabupaten apart, ``+62 8xx`` phones,
the KUSUKA card, the boat, the heir and the relation, the policy); the Norwegian fishermen's
register in UTF-8 with semicolons (the fødselsnummer with its two check digits, surname and
given names apart, the street, postnummer, poststed and fylke, Blad A or B, the vessel and its
registration mark, the rank, the weeks at sea); a Peruvian register of artisanal fishers in
Windows-1252 with semicolons (the DNI, both surnames apart, the street, district and region, the
fisher's card, the landing point, the boat and its ``PT-12345-CM`` registration, the role, the
gear, the association); and a Moroccan list of sea fishermen with French and Arabic headers, in
Excel (the CIN, the name in Latin letters apart and in Arabic together, the address, the town,
``06`` phones, the maritime registration, the CNSS number, the rank, the boat, its registration,
its owner and its home port, the day of embarkation).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind380_writers import WRITERS_BLIND380
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND380: tuple[Shape, ...] = (
    _shape(
        "ho_tro_cuoc_vms_tau_ca_vn380",
        "STT=row | Họ và tên chủ tàu=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Địa chỉ thường trú=address | Điện thoại=phone"
        " | Số đăng ký tàu=-:boat380 | Chiều dài Lmax (m)=-:length380"
        " | Công suất (CV)=-:power380 | Nhà cung cấp thiết bị GSHT=-:vms380"
        " | Mã thiết bị=-:vms_id380 | Cước thuê bao/năm (đ)=-:vms_fee380"
        " | Số tiền hỗ trợ (đ)=-:vms_aid380 | Thuyền trưởng=-:captain380"
        " | SĐT thuyền trưởng=-:captain_phone380 | Ngày chi trả=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "ho_tro_bao_hiem_tau_ca_vn380",
        "TT=row | Chủ tàu=full_name | Năm sinh / Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số định danh cá nhân=cccd | Nơi cư trú=address | SĐT=phone"
        " | Số hiệu tàu=-:boat380 | Vật liệu vỏ=-:hull380 | Nghề khai thác=-:gear380"
        " | Công ty bảo hiểm=-:insurer380 | Số HĐ/GCN bảo hiểm=-:policy380"
        " | Phí BH thân tàu (đồng)=-:hull_premium380 | Số TV được BH=-:crew_count380"
        " | Phí BH thuyền viên (đồng)=-:crew_premium380 | Tỷ lệ NN hỗ trợ=-:aid_pct380"
        " | Ngày hiệu lực=date@%d/%m/%Y | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "dang_kiem_tau_ca_vn380",
        "STT=row | HO TEN CHU TAU=full_name | NGAY SINH=birth_date@%d/%m/%Y"
        " | SO CCCD=cccd:cccd_spaced | DIA CHI=address | SO DT=phone"
        " | SO DK TAU=-:boat380 | VO TAU=-:hull380 | NGHE=-:gear380"
        " | CONG SUAT (CV)=-:power380 | KET QUA KT=-:inspect380 | SO GCN ATKT=-:cert_no380"
        " | HAN GCN=-:until380 | NGAY KIEM TRA=date@%d/%m/%Y | DANG KIEM VIEN=-:inspector380",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "kham_suc_khoe_thuyen_vien_vn380",
        "Số TT=row | Họ và tên thuyền viên=full_name | Ngày sinh=birth_date@%d-%m-%Y"
        " | Giới=sex | CCCD=cccd | Quê quán / Địa chỉ=address | ĐT liên hệ=phone"
        " | Chức danh trên tàu=-:post380 | Tàu số=-:boat380 | Chủ tàu=-:owner380"
        " | ĐT chủ tàu=-:owner_phone380 | Chiều cao (cm)=-:height380"
        " | Cân nặng (kg)=-:weight380 | Huyết áp (mmHg)=-:bp380 | Kết luận=-:health380"
        " | Số GKSK=-:health_cert380 | Bác sĩ khám=-:doctor380 | Nơi khám=-:hosp380"
        " | Ngày khám=date@%d-%m-%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "fishr_fisherfolk_registry_ph380",
        "No.=row | FishR Reg. No.=-:fishr380 | PhilSys Card No. (PCN)=national_id:psn380"
        " | Last Name=family_name:ph_fam380 | First Name=given_name:ph_given380"
        " | Middle Name=-:ph_middle380 | Sex=sex:sex_ph380 | Date of Birth=birth_date@%m/%d/%Y"
        " | Place of Birth=-:ph_pob380 | Civil Status=-:civil380 | Barangay=suburb:ph_brgy380"
        " | Municipality/City=district:ph_mun380 | Province=state:ph_prov380"
        " | Contact No.=phone:ph_phone380 | Main Livelihood=-:livelihood380"
        " | Name of Boat=-:ph_boat380 | Fisherfolk Org./Assoc.=-:ph_org380"
        " | Person to Notify=-:ph_notify380 | Contact No. (Notify)=-:ph_notify_phone380"
        " | Date Registered=date@%m/%d/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "bantuan_premi_asuransi_nelayan_id380",
        "NO=row | NIK=national_id:nik380 | NAMA NELAYAN=full_name:id_full380"
        " | TEMPAT LAHIR=-:id_pob380 | TGL LAHIR=birth_date@%d/%m/%Y | L/P=sex:sex_id380"
        " | ALAMAT=street:id_street380 | DESA/KEL=suburb:id_desa380"
        " | KECAMATAN=district:id_kec380 | KAB/KOTA=state:id_kab380"
        " | NO. HP=phone:id_phone380 | NO. KARTU KUSUKA=-:kusuka380"
        " | NAMA KAPAL=-:id_boat380 | AHLI WARIS=-:id_heir380 | HUBUNGAN=-:id_rel380"
        " | NO. POLIS=-:id_polis380 | TGL MULAI BERLAKU=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "fiskermanntallet_no380",
        "Løpenr.=row | Fødselsnummer=national_id:fnr380 | Etternavn=family_name:no_fam380"
        " | Fornavn=given_name:no_given380 | Fødselsdato=birth_date@%d.%m.%Y"
        " | Adresse=street:no_street380 | Postnr.=postcode:no_post380"
        " | Poststed=district:no_town380 | Fylke=state:no_fylke380"
        " | Mobil=phone:no_phone380 | Blad=-:blad380 | Fartøy=-:no_vessel380"
        " | Reg.merke=-:no_mark380 | Stilling om bord=-:no_rank380"
        " | Uker på sjøen=-:no_weeks380 | Innmeldt dato=date@%d.%m.%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "registro_pescadores_artesanales_pe380",
        "N°=row | DNI=national_id:dni380 | Apellido Paterno=family_name:pe_fam380"
        " | Apellido Materno=-:pe_fam2_380 | Nombres=given_name:pe_given380"
        " | Fecha Nac.=birth_date@%d/%m/%Y | Sexo=sex:sex_pe380"
        " | Dirección=street:pe_street380 | Distrito=district:pe_dist380"
        " | Región=state:pe_reg380 | Celular=phone:pe_phone380"
        " | N° Carné Pescador=-:pe_carne380 | Caleta / DPA=-:pe_caleta380"
        " | Embarcación=-:pe_boat380 | Matrícula=-:pe_mat380 | Condición=-:pe_role380"
        " | Arte de pesca=-:pe_gear380 | Organización (OSPA)=-:pe_ospa380"
        " | Fecha de inscripción=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "marins_pecheurs_inscrits_ma380",
        "N° / الرقم=row | CIN / رقم البطاقة الوطنية=national_id:cin380"
        " | Nom=family_name:ma_fam380 | Prénom=given_name:ma_given380"
        " | الاسم الكامل=full_name:ma_arabic380"
        " | Date de naissance / تاريخ الازدياد=birth_date@%d/%m/%Y"
        " | Adresse / العنوان=address:ma_home380 | Ville / المدينة=district:ma_city380"
        " | Tél. / الهاتف=phone:ma_phone380 | N° inscription maritime=-:inscription380"
        " | N° CNSS=-:cnss380 | Fonction à bord / الصفة=-:ma_rank380"
        " | Navire / المركب=-:ma_boat380 | Immatriculation=-:ma_mat380"
        " | Armateur / المجهز=-:ma_owner380 | Port d'attache / ميناء التسجيل=-:ma_port380"
        " | Date d'embarquement=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("psn380", "nik380", "fnr380", "dni380", "cin380")
SEX_HOLDS: tuple[str, ...] = ("sex_ph380", "sex_id380", "sex_pe380")
NAME_HOLDS = frozenset(
    {"ph_fam380", "ph_given380", "id_full380", "no_fam380", "no_given380", "pe_fam380"}
    | {"pe_given380", "ma_fam380", "ma_given380", "ma_arabic380"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "ph_phone380",
    "id_phone380",
    "no_phone380",
    "pe_phone380",
    "ma_phone380",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ma_home380",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND380",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND380",
]
