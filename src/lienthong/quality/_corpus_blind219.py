"""The two-hundred-and-nineteenth part of the outside corpus, **blind 219** (written 05:20 UTC,
2026-12-07, never used for tuning): person files a silkworm cooperative, a commune's people's
committee, a provincial forest protection sub-department, a provincial labour department, the
maritime affairs office of Martinique, a Guadeloupe commune's social action centre, Curaçao's
study finance office, Aruba's public health department and Sint Maarten's home repair programme
could hand over. Four Vietnamese files: the sericulture households a cooperative gave silkworm
eggs to, in Windows-1258 with semicolons (the mulberry variety and area, the egg breed, the boxes,
the support money, the cooperative head); the owners of boats that dredge sand by hand on a
river stretch a commune registered, in Excel (the boat kind and its number, the tonnage and the
engine, the spot, the yearly volume, the date the permit ends); the snake farms registered with
the forest protection office, in UTF-16 with tabs (the species, the head count, the farm code,
the origin, the ranger); and the relatives who asked to bring a martyr's remains home, in UTF-8
with a BOM (the martyr, the relation, the death and the unit, who found the remains, the
cemetery, the dossier number). Five foreign files: the fishermen on Martinique's crew roll, in
UTF-8 with semicolons and French headers with Creole beside them (the NIR, the ENIM number, the
boat and its registration, the port); the households a Guadeloupe commune paid from its cyclone
relief fund, in Windows-1252 with semicolons (the NIR, the street, postcode and commune apart,
the damage, the aid, the state); Curaçao's study finance applicants, in Excel with Dutch and
Papiamentu headers (the ID-nummer, the street and bario, the study and the institution, the
parent, the loan, the state); Aruba's vaccination register, in UTF-8 with Papiamentu headers (the
persoonsnummer, the vaccine, the dose and lot, the clinic, the next dose); and the applicants of
Sint Maarten's home repair programme, in UTF-8 with English and Dutch headers (the ID number,
the contact and their phone, the damage, the contractor, the grant, the state, the inspection).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind219_writers import WRITERS_BLIND219
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND219: tuple[Shape, ...] = (
    _shape(
        "ho_nuoi_tam_trong_dau_nhan_ho_tro_trung_giong_htx_vn219",
        "STT=row | Ho ten chu ho=full_name | Ngay sinh=birth_date@%d/%m/%Y | CCCD=cccd"
        " | Dia chi=address | Dien thoai=phone"
        " | Giong dau=-:mulberry219 | DT trong dau=-:mulberry_area219 | Giong tam=-:eggs219"
        " | So luong=-:boxes219 | Thanh tien (d)=-:egg_money219 | Ngay nhan=date@%d/%m/%Y"
        " | Chu nhiem HTX=-:htx_head219 | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "chu_thuyen_khai_thac_cat_thu_cong_long_song_dang_ky_ubnd_xa_vn219",
        "TT=row | Họ và tên chủ phương tiện=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số ĐDCN=cccd | Nơi cư trú=address | SĐT=phone:phone_dotted"
        " | Loại PT=-:boat219 | Số đăng ký PT=-:boat_reg219 | Trọng tải=-:tonnage219"
        " | Công suất máy=-:engine219 | Vị trí khai thác=-:sand_spot219"
        " | Khối lượng ĐK=-:volume219 | Ngày cấp=date@%d/%m/%Y"
        " | Có giá trị đến=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "co_so_nuoi_ran_dong_vat_hoang_da_dang_ky_chi_cuc_kiem_lam_vn219",
        "STT=row | Tên chủ cơ sở=full_name | Ngày sinh=birth_date@%d-%m-%Y"
        " | Số CCCD=cccd:cccd_spaced"
        " | Địa chỉ cơ sở nuôi=address | ĐT=phone | Loài nuôi=-:snake219"
        " | Số lượng=-:heads219 | Mã số cơ sở=-:farm_code219 | Nguồn gốc=-:origin219"
        " | Ngày KT=date@%d/%m/%Y | Cán bộ KL=-:ranger219",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "than_nhan_de_nghi_di_chuyen_hai_cot_liet_si_ve_que_so_ldtbxh_vn219",
        "STT=row | Họ tên liệt sĩ=-:martyr219 | Ngày hy sinh=-:died219"
        " | Đơn vị khi hy sinh=-:unit219 | Họ tên thân nhân=full_name"
        " | Quan hệ với LS=-:relation219 | Ngày sinh=birth_date@%d/%m/%Y"
        " | CCCD thân nhân=cccd | Địa chỉ liên hệ=address | SĐT liên hệ=phone"
        " | Nơi quy tập=-:found219 | An táng tại=-:cemetery219 | Số hồ sơ=-:dossier219"
        " | Ngày nhận HS=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
    ),
    _shape(
        "role_equipage_marins_pecheurs_affaires_maritimes_martinique_mq219",
        "N°=row | NOM / Non=family_name:family_mq219 | Prénom / Ti non=given_name:given_mq219"
        " | Date de naissance / Dat néssans=birth_date@%d/%m/%Y | Sexe=sex:sex_mq219"
        " | N° sécu (NIR)=national_id:nir_mq219 | N° marin ENIM=-:enim219"
        " | Adresse / Ola ou ka rété=address:addr_mq219 | Tél. portable=phone:phone_mq219"
        " | Navire=-:boat_mq219 | Immatriculation=-:immat219 | Port d'attache=-:port219"
        " | Date d'embarquement=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "fonds_de_secours_cyclone_ccas_commune_guadeloupe_gp219",
        "N° dossier=row | Nom=family_name:family_gp219 | Prénom(s)=given_name:given_gp219"
        " | Né(e) le=birth_date@%d/%m/%Y | NIR=national_id:nir_gp219"
        " | Adresse (lieu-dit/rue)=street:street_gp219 | CP=postcode:post_gp219"
        " | Commune=district:town_gp219 | Téléphone=phone:phone_gp219"
        " | Dégâts constatés=-:damage_gp219 | Montant accordé=-:aid_gp219"
        " | Date de la visite=date@%d/%m/%Y | Statut=-:status_gp219",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "aanvragers_studiefinanciering_studiefinansiamentu_curacao_cw219",
        "Nr.=row | Naam, voornaam / Fam, nòmber=full_name:name_cw219"
        " | ID-nummer=national_id:id_cw219 | Geboortedatum / Fecha di nasementu=birth_date@%d-%m-%Y"
        " | Geslacht / Sekso=sex:sex_cw219 | Adres / Adrès=street:street_cw219"
        " | Bario=suburb:bario_cw219 | Telefoon=phone:phone_cw219 | E-mail=email"
        " | Studierichting=-:study_cw219 | Instelling=-:inst_cw219"
        " | Ouder/voogd=-:parent_cw219 | Lening p/m=-:loan_cw219"
        " | Datum aanvraag=date@%d-%m-%Y | Status=-:state_cw219",
        english=True,
        file="xlsx",
    ),
    _shape(
        "registro_di_vacunacion_departamento_salud_publico_aruba_aw219",
        "#=row | Fam=family_name:family_aw219 | Nomber=given_name:given_aw219"
        " | Persoonsnummer=national_id:pn_aw219 | Fecha di nacemento=birth_date@%d-%m-%Y"
        " | Sexo=sex:sex_aw219 | Adres=address:addr_aw219 | Telefon=phone:phone_aw219"
        " | Vacuna=-:vacc_aw219 | Dosis=-:dose_aw219 | Lot=-:lot_aw219"
        " | Fecha di vacunacion=date@%d-%m-%Y | Lugar=-:clinic_aw219"
        " | Proximo cita=date:next_aw219",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "home_repair_program_applicants_woningherstel_sint_maarten_sx219",
        "App #=row | Applicant name / Naam aanvrager=full_name:name_sx219"
        " | ID number / ID-nummer=national_id:id_sx219 | DOB=birth_date@%m/%d/%Y"
        " | Gender=sex:sex_sx219 | Property address=address:addr_sx219"
        " | Phone=phone:phone_sx219 | Email=email | Contact person=-:contact_sx219"
        " | Contact phone=-:contact_phone_sx219 | Damage type=-:damage_sx219"
        " | Contractor=-:contractor_sx219 | Grant amount=-:grant_sx219"
        " | Inspection date=date:inspect_sx219 | Status=-:status_sx219"
        " | Last updated=timestamp@%m/%d/%Y %H:%M",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "nir_mq219",
    "nir_gp219",
    "id_cw219",
    "pn_aw219",
    "id_sx219",
)
SEX_HOLDS: tuple[str, ...] = ("sex_mq219", "sex_cw219", "sex_aw219", "sex_sx219")
NAME_HOLDS = frozenset(
    {
        "family_mq219",
        "given_mq219",
        "family_gp219",
        "given_gp219",
        "name_cw219",
        "family_aw219",
        "given_aw219",
        "name_sx219",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_mq219",
    "phone_gp219",
    "phone_cw219",
    "phone_aw219",
    "phone_sx219",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_mq219", "addr_aw219")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND219",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND219",
]
