"""The hundred-and-fifty-eighth part of the outside corpus, **blind 158** (written 22:37 UTC,
2026-12-06, never used for tuning): person files a district plant protection station checking
pesticide retailers, a commune licensing independent home nursery groups, a commune's old
people's association running a xiangqi tournament, a commune granting permits to exhume and
rebury a grave, a Basque euskaltegi, a Galician fishermen's confraría, a Welsh GP surgery, a
Breton-language immersion course for adults in Brittany and the Corsican agricultural development
office could hand over.
Four Vietnamese files: the pesticide retailers in Excel (the shop, where it sells, its
certificate of fitness and the owner's training certificate, who stands at the counter, the
check's result); the nursery groups in UTF-16 with tabs (the group, the minder's schooling and
childcare certificate, the group's own rented premises apart from the minder's home, the number
and ages of the children, the licence date); the xiangqi players in Windows-1258 with semicolons
and headers without diacritics (the old people's branch, the event, points, rank, the referee);
and the reburial permits in UTF-8 with a BOM and semicolons (the applicant, the dead relative and
the year of death, the grave's plot, where the remains go, the fee, the cemetery officer).
Five foreign files: an euskaltegi's enrolments with Basque/Spanish headers (the DNI or NIE with
its letter, two surnames, the date written year first as Basque writes it, the street, postcode,
town and territory, the level and group, the fee, the HABE grant); a Galician confraría's
shellfish gatherers on foot in Excel with Galician headers (the DNI, the street, the parish, the
concello and postcode, the PERMEX, the species, the social security number, the date of joining,
the status); a Welsh surgery's flu vaccinations with Welsh/English headers (the NHS number with
its modulus 11 digit, the street, town and postcode apart, the GP, the risk group, the vaccine
and batch, the vaccinator, the language of choice); a Breton immersion course's trainees with
Breton/French headers (the NIR with its key and the Breton place of birth, the address, postcode
and kumun, the France Travail number, the site, the funder, the status); and Corsican pastoral
aid applications with Corsican/French headers (the NIR, with department 20 for those born before
1976 and 2A or 2B after, the SIRET with its Luhn digit, the PACAGE number, the herd, the aid asked,
the status).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind158_writers import WRITERS_BLIND158
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND158: tuple[Shape, ...] = (
    _shape(
        "cua_hang_buon_ban_thuoc_bvtv_tram_trong_trot_huyen_vn158",
        "STT=row | Tên cửa hàng/Đại lý=-:bv_shop158 | Họ và tên chủ cơ sở=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd | Địa chỉ thường trú=address"
        " | Điện thoại=phone | Địa điểm kinh doanh=-:bv_place158"
        " | Số Giấy CN đủ ĐK buôn bán thuốc BVTV=-:bv_cert158 | Ngày cấp=date@%d/%m/%Y"
        " | Số chứng chỉ bồi dưỡng chuyên môn=-:bv_training158"
        " | Người trực tiếp bán hàng=-:bv_seller158 | Kết quả kiểm tra=-:bv_check158"
        " | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "nhom_tre_doc_lap_tu_thuc_cap_phep_ubnd_xa_vn158",
        "TT=row | Tên nhóm trẻ=-:nt_group158 | Họ tên chủ nhóm (người trông trẻ)=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số định danh cá nhân=cccd:cccd_spaced"
        " | Trình độ chuyên môn=-:nt_degree158 | Chứng chỉ CS-GD trẻ=-:nt_cert158"
        " | Địa điểm nhóm trẻ=-:nt_place158 | Nơi thường trú=address"
        " | SĐT liên hệ=phone:phone_spaced | Số trẻ=-:nt_children158"
        " | Độ tuổi nhận trẻ=-:nt_ages158 | Ngày cấp phép hoạt động=date@%d/%m/%Y"
        " | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "van_dong_vien_giai_co_tuong_hoi_nguoi_cao_tuoi_xa_vn158",
        "STT=row | Ho va ten VDV=full_name:full_name_ascii | Ngay sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex | So CCCD=cccd | Cho o hien nay=address:address_ascii | DT=phone"
        " | Chi hoi=-:ct_branch158 | Noi dung=-:ct_event158 | Diem=-:ct_points158"
        " | Xep hang=-:ct_rank158 | Trong tai=-:ct_referee158 | Ngay thi dau=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "cap_phep_cai_tang_boc_mo_nghia_trang_nhan_dan_xa_vn158",
        "STT=row | Họ tên người đề nghị=full_name | Ngày sinh=birth_date@%d-%m-%Y"
        " | CCCD=cccd | Địa chỉ=address | SĐT=phone:phone_dotted"
        " | Quan hệ với người đã mất=-:ct_relation158 | Họ tên người đã mất=-:ct_deceased158"
        " | Năm mất=-:ct_died158 | Vị trí mộ=-:ct_grave158 | Nơi cải táng đến=-:ct_to158"
        " | Ngày cải táng dự kiến=date@%d/%m/%Y | Lệ phí (đồng)=-:ct_fee158"
        " | Cán bộ quản trang=-:ct_officer158",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "euskaltegi_ikasleen_matrikula_habe_eus158",
        "Zk. / Nº=row | NAN-AIZ / DNI-NIE=national_id:eus_dni158"
        " | Abizenak / Apellidos=family_name:eus_family158 | Izena / Nombre=given_name:eus_given158"
        " | Jaiotze data / Fecha nacimiento=birth_date@%Y/%m/%d | Sexua / Sexo=sex:eus_sex158"
        " | Helbidea / Dirección=street:eus_street158 | PK / CP=postcode:eus_cp158"
        " | Herria / Municipio=district:eus_town158 | Lurraldea / Territorio=state:eus_terr158"
        " | Telefonoa / Teléfono=phone:eus_phone158 | E-posta / Correo-e=email"
        " | Maila / Nivel=-:eus_level158 | Taldea / Grupo=-:eus_group158"
        " | Matrikula data / Fecha matrícula=date@%Y/%m/%d | Prezioa (€) / Precio (€)=-:eus_fee158"
        " | HABE diru-laguntza / Subvención HABE=-:eus_grant158",
        english=True,
        delimiter=";",
    ),
    _shape(
        "permisos_marisqueo_a_pe_confraria_gal158",
        "Nº=row | Apelidos=family_name:gal_family158 | Nome=given_name:gal_given158"
        " | DNI=national_id:gal_dni158 | Data de nacemento=birth_date@%d/%m/%Y"
        " | Enderezo=street:gal_street158 | Parroquia=suburb:gal_parish158"
        " | Concello=district:gal_concello158 | C.P.=postcode:gal_cp158"
        " | Teléfono=phone:gal_phone158 | Nº PERMEX=-:gal_permex158"
        " | Confraría=-:gal_cofradia158 | Plan de explotación=-:gal_plan158"
        " | Especies=-:gal_species158 | Nº afiliación S.S.=-:gal_naf158"
        " | Data de alta=date@%d/%m/%Y | Situación=-:gal_status158",
        english=True,
        file="xlsx",
    ),
    _shape(
        "cofrestr_brechu_ffliw_meddygfa_wls158",
        "Rhif / No.=row | Rhif GIG / NHS Number=national_id:wls_nhs158"
        " | Cyfenw / Surname=family_name:wls_family158"
        " | Enw cyntaf / Forename=given_name:wls_given158"
        " | Dyddiad geni / Date of birth=birth_date@%d/%m/%Y | Rhyw / Sex=sex:wls_sex158"
        " | Cyfeiriad / Address=street:wls_street158 | Tref / Town=district:wls_town158"
        " | Cod post / Postcode=postcode:wls_pc158 | Ffôn / Phone=phone:wls_phone158"
        " | Meddyg teulu / GP=-:wls_gp158 | Grŵp risg / Risk group=-:wls_risk158"
        " | Brechlyn / Vaccine=-:wls_vaccine158 | Rhif swp / Batch=-:wls_batch158"
        " | Dyddiad brechu / Date given=date@%d/%m/%Y"
        " | Brechwr / Vaccinator=-:wls_vaccinator158 | Iaith / Language=-:wls_lang158",
        english=True,
    ),
    _shape(
        "stajidi_stumdi_brezhoneg_stagiaires_bzh158",
        "Niv. / N°=row | Anv-familh / Nom=family_name:bzh_family158"
        " | Anv-bihan / Prénom=given_name:bzh_given158"
        " | Deiziad ganedigezh / Date de naissance=birth_date@%d/%m/%Y"
        " | Lec'h ganedigezh / Lieu de naissance=-:bzh_pob158"
        " | Niverenn surentez sokial / N° sécu=national_id:bzh_nir158"
        " | Chomlec'h / Adresse=street:bzh_street158 | Kod-post / CP=postcode:bzh_cp158"
        " | Kumun / Commune=district:bzh_commune158 | Pellgomz / Tél.=phone:bzh_phone158"
        " | Postel / Courriel=email | Niverenn France Travail / Identifiant FT=-:bzh_ft158"
        " | Live / Niveau=-:bzh_level158 | Lec'h ar stummadur / Site=-:bzh_site158"
        " | Deroù / Début=date@%d/%m/%Y | Arc'hantaouer / Financeur=-:bzh_funder158"
        " | Stad / Statut=-:bzh_status158",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "dumande_aiutu_pasturale_odarc_cor158",
        "N°=row | Casata / Nom=family_name:cor_family158 | Nome / Prénom=given_name:cor_given158"
        " | Data di nascita / Date de naissance=birth_date@%d/%m/%Y"
        " | Locu di nascita / Lieu de naissance=-:cor_pob158 | NIR (MSA)=national_id:cor_nir158"
        " | Indirizzu / Adresse=street:cor_street158 | Codice postale / CP=postcode:cor_cp158"
        " | Cumuna / Commune=district:cor_commune158 | Telefonu / Tél.=phone:cor_phone158"
        " | N° SIRET=-:cor_siret158 | N° PACAGE=-:cor_pacage158"
        " | Spezia / Espèce=-:cor_species158 | Capi / Têtes=-:cor_heads158"
        " | Aiutu dumandatu / Aide demandée=-:cor_aid158"
        " | Data di dipositu / Date de dépôt=date@%d/%m/%Y | Situazione / État=-:cor_status158",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "eus_dni158",
    "gal_dni158",
    "wls_nhs158",
    "bzh_nir158",
    "cor_nir158",
)
SEX_HOLDS: tuple[str, ...] = ("eus_sex158", "wls_sex158")
NAME_HOLDS = frozenset(
    {"eus_family158", "eus_given158", "gal_family158", "gal_given158", "wls_family158"}
    | {"wls_given158", "bzh_family158", "bzh_given158", "cor_family158", "cor_given158"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "eus_phone158",
    "gal_phone158",
    "wls_phone158",
    "bzh_phone158",
    "cor_phone158",
)
#: addresses written with ``", "`` between their parts: none (every address here is split).
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND158",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND158",
]
