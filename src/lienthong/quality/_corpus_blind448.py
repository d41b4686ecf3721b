"""The four-hundred-and-forty-eighth part of the outside corpus, **blind 448** (written 02:28 UTC,
2026-12-08, never used for tuning): person files a commune's people's committee, a district's
agriculture office, an insurer of shrimp farms, a provincial fisheries sub-department, the
Philippine BFAR, an Indonesian fisheries office, the Norwegian Directorate of Fisheries, a
Peruvian regional production office and a Senegalese fisheries service could hand over. Four
Vietnamese files: a commune's register of fish-pond owners in UTF-16 with tabs (the map sheet
and plot, the pond's area in m², the species, the way of farming, the land's status, the yield
in tonnes with a decimal comma); a list of fishermen given fuel support in Windows-1258 with
semicolons (the boat number and engine power, the boat owner with his own CCCD, the trips and
days at sea, the sum paid with dots between thousands, the fishing ground); a shrimp-farming
insurance list in Excel (the species, the insured hectares, the policy number, the premium,
the state's share, the risks covered, the claim's status, the dates the cover starts and ends);
and a register of licensed fishing-gear holders in UTF-8 with a BOM and semicolons (the licence
number, the gear and its mesh and length, the boat, the valid-until date, a relative to reach
and their phone, the officer who signed, the time the row was updated).
Five foreign files: a Philippine BFAR FishR registry in UTF-8 (last, first and middle names
apart, the PhilSys card number, barangay, municipality and province apart, the +63 mobile, the
FishR number, the livelihood and gear); an Indonesian list of nelayan cards in UTF-8 with
semicolons (the NIK, the name in capitals, the place of birth, RT/RW with desa and kecamatan,
the kabupaten, the 08 mobile, the KUSUKA card number, the gear and boat); a Norwegian
fiskermanntall list in Windows-1252 with semicolons (the fødselsnummer with its two mod-11
digits, etternavn and fornavn apart, the street, postnummer and poststed, the kommune, blad A
or B, the vessel's registration mark); a Peruvian list of artisanal fishermen in Windows-1252
with tabs (the DNI, both surnames in one column, the street, district, province and region, the
carné, the boat's matrícula, the landing site and gear); and a Senegalese list of fishermen in
UTF-8 with a BOM (the CNI, prénom and nom apart, the place of birth, the villa, quartier and
commune, the +221 mobile, the artisanal fishing permit, the pirogue, the quay, the pirogue's
captain).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind448_writers import WRITERS_BLIND448
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND448: tuple[Shape, ...] = (
    _shape(
        "so_theo_doi_chu_ao_nuoi_ca_vn448",
        "STT=row | Họ và tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD/ĐDCN=cccd | Địa chỉ thường trú=address:pond_home448"
        " | Tờ bản đồ/thửa=-:pond_plot448 | Diện tích mặt nước (m2)=-:pond_area448"
        " | Đối tượng nuôi=-:pond_fish448 | Hình thức nuôi=-:pond_form448"
        " | Tình trạng đất=-:pond_land448 | Sản lượng năm (tấn)=-:pond_yield448"
        " | Ngày đăng ký=date@%d/%m/%Y | Điện thoại=phone",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ds_ngu_dan_ho_tro_nhien_lieu_vn448",
        "TT=row | Ho va ten ngu dan=full_name | Nam sinh=birth_date@%d-%m-%Y | Gioi tinh=sex"
        " | So CCCD=cccd:cccd_spaced | Noi cu tru=address:fuel_coast448"
        " | So dang ky tau=-:fuel_boat448 | Cong suat (CV)=-:fuel_power448"
        " | Chu tau=-:fuel_owner448 | CCCD chu tau=-:fuel_owner_cccd448"
        " | So chuyen bien=-:fuel_trips448 | So ngay bam bien=-:fuel_days448"
        " | Ngu truong=-:fuel_sea448 | So tien ho tro (dong)=-:fuel_money448"
        " | Ngay chi tra=date@%d-%m-%Y | SDT=phone:phone_dotted | Ky nhan=-:fuel_sign448",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "bao_hiem_nuoi_tom_vn448",
        "STT=row | Tên hộ nuôi=full_name | Ngày tháng năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Địa chỉ=address:shrimp_home448"
        " | Đối tượng nuôi=-:shrimp_kind448 | Diện tích (ha)=-:shrimp_area448"
        " | Số HĐ bảo hiểm=-:shrimp_policy448 | Phí BH (đ)=-:shrimp_fee448"
        " | NSNN hỗ trợ=-:shrimp_support448 | Rủi ro được BH=-:shrimp_risk448"
        " | Ngày bắt đầu=date@%d/%m/%Y | Ngày kết thúc=-:shrimp_end448"
        " | Tình trạng bồi thường=-:shrimp_claim448 | SĐT liên hệ=phone | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "so_cap_phep_ngu_cu_vn448",
        "STT=row | Số giấy phép=-:gear_licence448 | Họ tên người được cấp phép=full_name"
        " | Ngày sinh=birth_date@%d.%m.%Y | CCCD=cccd | Nơi ở hiện nay=address:gear_coast448"
        " | Nghề/ngư cụ=-:gear_kind448 | Kích thước mắt lưới, chiều dài=-:gear_size448"
        " | Tàu số=-:gear_boat448 | Ngày cấp=date@%d.%m.%Y | Hiệu lực đến=-:gear_until448"
        " | Người thân (khi cần báo tin)=-:gear_relative448"
        " | SĐT người thân=-:gear_relphone448 | ĐT=phone | Cán bộ cấp=-:gear_officer448"
        " | Cập nhật=timestamp",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "bfar_fishr_registry_ph448",
        "No.=row | FishR Reg. No.=-:ph_fishr448 | Last Name=family_name:ph_family448"
        " | First Name=given_name:ph_given448 | Middle Name=-:ph_middle448"
        " | Sex=sex:sex_ph448 | Birthdate=birth_date@%m/%d/%Y"
        " | PhilSys Card No. (PCN)=national_id:ph_psn448 | Barangay=suburb:ph_brgy448"
        " | City/Municipality=district:ph_town448 | Province=state:ph_prov448"
        " | Contact No.=phone:phone_ph448 | Main Livelihood=-:ph_live448"
        " | Fishing Gear=-:ph_gear448 | Date Registered=date@%m/%d/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "kartu_nelayan_kusuka_id448",
        "No=row | NIK=national_id:id_nik448 | Nama Lengkap=full_name:id_name448"
        " | Tempat Lahir=-:id_born448 | Tanggal Lahir=birth_date@%d-%m-%Y"
        " | L/P=sex:sex_id448 | Alamat=address:id_addr448 | Kabupaten/Kota=district:id_kab448"
        " | No. HP=phone:phone_id448 | No. Kartu KUSUKA=-:id_kusuka448"
        " | Alat Tangkap=-:id_gear448 | Nama Kapal=-:id_boat448"
        " | Tgl Terbit Kartu=date@%d-%m-%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "fiskermanntallet_no448",
        "Løpenr=row | Fødselsnummer=national_id:no_fnr448 | Etternavn=family_name:no_family448"
        " | Fornavn=given_name:no_given448 | Født=birth_date@%d.%m.%Y"
        " | Adresse=street:no_street448 | Postnr=postcode:no_postnr448"
        " | Poststed=district:no_poststed448 | Kommune=-:no_kommune448"
        " | Telefon=phone:phone_no448 | Blad=-:no_blad448 | Fartøy (reg.merke)=-:no_vessel448"
        " | Innført dato=date@%d.%m.%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "padron_pescadores_artesanales_pe448",
        "N°=row | DNI=national_id:pe_dni448 | Apellidos=family_name:pe_family448"
        " | Nombres=given_name:pe_given448 | Sexo=sex:sex_pe448"
        " | Fecha Nac.=birth_date@%d/%m/%Y | Dirección=street:pe_street448"
        " | Distrito=district:pe_dist448 | Provincia=-:pe_prov448 | Región=state:pe_reg448"
        " | Celular=phone:phone_pe448 | N° Carné Pescador=-:pe_carne448"
        " | Matrícula Embarcación=-:pe_boat448 | Caleta / DPA=-:pe_caleta448"
        " | Arte de pesca=-:pe_arte448 | Fecha de empadronamiento=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter="\t",
    ),
    _shape(
        "liste_pecheurs_artisanaux_sn448",
        "N° d'ordre=row | N° CNI=national_id:sn_cni448 | Prénom(s)=given_name:sn_given448"
        " | Nom=family_name:sn_family448 | Sexe=sex:sex_sn448"
        " | Date de naissance=birth_date@%d/%m/%Y | Lieu de naissance=-:sn_born448"
        " | Adresse=address:sn_addr448 | Téléphone=phone:phone_sn448"
        " | N° permis de pêche=-:sn_permis448 | Immatriculation pirogue=-:sn_pirogue448"
        " | Quai de débarquement=-:sn_quai448 | Capitaine de la pirogue=-:sn_capitaine448"
        " | Date de délivrance=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("ph_psn448", "id_nik448", "no_fnr448", "pe_dni448", "sn_cni448")
SEX_HOLDS: tuple[str, ...] = ("sex_ph448", "sex_id448", "sex_pe448", "sex_sn448")
NAME_HOLDS = frozenset(
    {"ph_family448", "ph_given448", "id_name448", "no_family448", "no_given448"}
    | {"pe_family448", "pe_given448", "sn_given448", "sn_family448"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ph448",
    "phone_id448",
    "phone_no448",
    "phone_pe448",
    "phone_sn448",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "pond_home448",
    "fuel_coast448",
    "shrimp_home448",
    "gear_coast448",
    "id_addr448",
    "sn_addr448",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND448",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND448",
]
