"""The two-hundred-and-sixty-third part of the outside corpus, **blind 263** (written 09:50 UTC,
2026-12-07, never used for tuning): person files a coastal commune's Women's Union, a pagoda's
memorial office, a village head, a hometown association in Hanoi, the CNESST in Québec, the
Service Canada centre of the Acadian Peninsula, Louisiana's disaster SNAP office in the Acadiana
parishes, the Caisse de prévoyance sociale of Saint-Pierre-et-Miquelon and the Ontario natural
resources district of Hearst could hand over.
Four Vietnamese files: fisherwomen learning to mend nets in a Women's Union class in
Windows-1258 with semicolons (the hamlet alone, the husband who owns the boat and the boat's
number, the poor-household status, the chapter, the sessions attended, the result, the support
signed for); a pagoda's Vu Lan memorial roll in Excel (the dharma name, the deceased to be prayed
for, the relation, the lunar day of death, the rite, the offering, the day enrolled); households
borrowing the village hall for a wedding in UTF-16 with tabs and headers without diacritics (the
bride and groom, the day, the tables, the fee, the pledge, the village head, the time last
updated); and the members of the Quảng Ngãi hometown association in Hanoi in UTF-8 with a BOM
and semicolons (the home village apart from the Hanoi address, the job, the branch, the dues,
the day joined).
Five files of French North America: CNESST workers' compensation claims in Québec in
Windows-1252 with semicolons (the claim number, the surname and given name apart, the NAS with
its Luhn digit, the RAMQ number, the street, town and postal code apart, the employer and its
NEQ, the day of the accident, the injury, the agent, the status, the weekly benefit); fishers'
employment insurance claims at the Service Canada centre of Caraquet in UTF-8 with a BOM (the
NAS, the fisher's registration number, the lobster fishing area, the boat, the insurable
earnings, the weeks, the captain); Louisiana disaster SNAP applicants in Lafayette, Vermilion,
St. Landry, St. Martin, Terrebonne and Lafourche parishes in Excel (the case, the name written
``BOUDREAUX, CLOVIS``, the SSN, street, city, parish and ZIP apart, the household size, the
damage, the language, the benefit, the status, the worker); affiliates of the Caisse de
prévoyance sociale of Saint-Pierre-et-Miquelon in Windows-1252 with semicolons (the NIR with
department 975, the family and birth names, the place of birth, the address, the commune, the
phone ``05 08 41 ..``, the scheme, the employer, the doctor, the day affiliated); and the moose
tag draw of the Hearst district with French headers in UTF-8 (the Outdoors Card, the name
written ``Lecours, Réal``, the address, the town, the management unit, the tag, the result, the
hunting partner, the points).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind263_writers import WRITERS_BLIND263
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND263: tuple[Shape, ...] = (
    _shape(
        "hoc_vien_lop_dan_va_luoi_ca_phu_nu_ngu_dan_hoi_lhpn_xa_ven_bien_vn263",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Thôn=-:net_hamlet263 | Chỗ ở hiện nay=address | SĐT=phone"
        " | Chồng (chủ tàu)=-:net_husband263 | Số ĐK tàu=-:net_boat263"
        " | Diện hộ=-:net_poor263 | Chi hội=-:net_chapter263"
        " | Số buổi dự học=-:net_sessions263 | Kết quả=-:net_result263"
        " | Hỗ trợ tiền ăn (đ)=-:net_support263 | Ngày khai giảng=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "phat_tu_ghi_danh_cau_sieu_huong_linh_mua_vu_lan_ban_tri_su_chua_vn263",
        "STT=row | Họ tên Phật tử=full_name | Pháp danh=-:vl_dharma263"
        " | Ngày tháng năm sinh=birth_date:excel_date | Số định danh=cccd"
        " | Địa chỉ=address | Điện thoại=phone | Hương linh cầu siêu=-:vl_deceased263"
        " | Quan hệ=-:vl_relation263 | Ngày mất (âm lịch)=-:vl_lunar263"
        " | Hình thức=-:vl_rite263 | Tịnh tài cúng dường=-:vl_offering263"
        " | Ngày ghi danh=date:excel_event",
        file="xlsx",
    ),
    _shape(
        "ho_dang_ky_muon_nha_van_hoa_thon_to_chuc_tiec_cuoi_truong_thon_vn263",
        "STT=row | Chu ho=full_name:full_name_ascii | Ngay sinh=birth_date@%d-%m-%Y"
        " | So CCCD=cccd | Dia chi=address:address_ascii | SDT=phone"
        " | Co dau - chu re=-:wed_couple263 | Ngay to chuc=date@%d-%m-%Y"
        " | So mam=-:wed_tables263 | Tien dien nuoc (d)=-:wed_fee263"
        " | Cam ket=-:wed_pledge263 | Xac nhan=-:wed_head263 | Cap nhat=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hoi_vien_hoi_dong_huong_quang_ngai_tai_ha_noi_ban_lien_lac_vn263",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d.%m.%Y | Giới tính=sex"
        " | CCCD=cccd:cccd_spaced | Quê quán=-:ht_hometown263 | Nơi ở tại Hà Nội=address"
        " | Di động=phone | Email=email | Cơ quan / nghề nghiệp=-:ht_job263"
        " | Chi hội=-:ht_branch263 | Hội phí 2026=-:ht_dues263"
        " | Ngày vào hội=date@%d.%m.%Y | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "reclamations_du_travailleur_lesions_professionnelles_cnesst_direction_regionale_qc263",
        "No=row | No de dossier CNESST=-:qc_file263 | Nom=family_name:qc_family263"
        " | Prénom=given_name:qc_given263 | Date de naissance=birth_date@%Y-%m-%d"
        " | Sexe=sex:sex_hf263 | NAS=national_id:qc_sin263"
        " | No d'assurance maladie=-:qc_ramq263 | Adresse=street:qc_street263"
        " | Municipalité=district:qc_city263 | Code postal=postcode:qc_postal263"
        " | Téléphone=phone:qc_phone263 | Employeur=-:qc_employer263"
        " | NEQ employeur=-:qc_neq263 | Date de l'événement=date@%Y-%m-%d"
        " | Siège de la lésion=-:qc_lesion263 | Nature=-:qc_nature263"
        " | Agent d'indemnisation=-:qc_agent263 | Décision=-:qc_status263"
        " | IRR hebdo=-:qc_irr263",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "prestations_assurance_emploi_pecheurs_centre_service_canada_caraquet_peninsule_acadienne_nb263",
        "No=row | Nom du prestataire=full_name:nb_name263 | NAS=national_id:nb_sin263"
        " | Date de naissance=birth_date@%Y-%m-%d | Adresse postale=address:nb_addr263"
        " | Localité=district:nb_town263 | Téléphone=phone:nb_phone263"
        " | No d'identification du pêcheur (NIP)=-:nb_fin263 | Zone de pêche=-:nb_lfa263"
        " | Bateau=-:nb_boat263 | Capitaine / employeur=-:nb_captain263"
        " | Rémunération assurable=-:nb_earnings263 | Semaines=-:nb_weeks263"
        " | Date de la demande=date@%Y-%m-%d | État=-:nb_status263",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "dsnap_disaster_food_assistance_applicants_dcfs_acadiana_parishes_la_us263",
        "Line=row | Case No.=-:la_case263 | Applicant (Last, First)=full_name:la_name263"
        " | SSN=national_id:la_ssn263 | DOB=birth_date@%m/%d/%Y | Sex=sex:sex_en"
        " | Residential Address=street:la_street263 | City=district:la_city263"
        " | Parish=-:la_parish263 | ZIP=postcode:la_zip263 | Phone=phone:la_phone263"
        " | HH Size=-:la_household263 | Disaster Loss=-:la_damage263"
        " | Language=-:la_lang263 | Interview Date=date@%m/%d/%Y"
        " | Benefit Amt=-:la_amount263 | Status=-:la_status263 | Worker=-:la_worker263",
        english=True,
        file="xlsx",
    ),
    _shape(
        "affilies_caisse_de_prevoyance_sociale_saint_pierre_et_miquelon_pm263",
        "N°=row | N° de sécurité sociale=national_id:pm_nir263"
        " | Nom d'usage=family_name:pm_family263 | Nom de naissance=-:pm_birth_family263"
        " | Prénom=given_name:pm_given263 | Date de naissance=birth_date@%d/%m/%Y"
        " | Lieu de naissance=-:pm_birthplace263 | Adresse=address:pm_addr263"
        " | Commune=district:pm_commune263 | Téléphone=phone:pm_phone263"
        " | Régime=-:pm_regime263 | Employeur=-:pm_employer263"
        " | Médecin traitant=-:pm_doctor263 | Date d'affiliation=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "tirage_vignettes_orignal_district_de_hearst_richesses_naturelles_on263",
        "No=row | No de carte Plein air=-:on_card263 | Nom, prénom=full_name:on_name263"
        " | Date de naissance=birth_date@%Y-%m-%d | Adresse=address:on_addr263"
        " | Ville=district:on_town263 | Téléphone=phone:on_phone263"
        " | Zone de gestion (ZGF)=-:on_wmu263 | Vignette demandée=-:on_tag263"
        " | Points de priorité=-:on_points263 | Résultat=-:on_result263"
        " | Partenaire de chasse (carte)=-:on_partner263 | Date du tirage=date@%Y-%m-%d",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("qc_sin263", "nb_sin263", "la_ssn263", "pm_nir263")
SEX_HOLDS: tuple[str, ...] = ("sex_hf263",)
NAME_HOLDS = frozenset(
    {
        "qc_family263",
        "qc_given263",
        "nb_name263",
        "la_name263",
        "pm_family263",
        "pm_given263",
        "on_name263",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "qc_phone263",
    "nb_phone263",
    "la_phone263",
    "pm_phone263",
    "on_phone263",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("nb_addr263", "pm_addr263", "on_addr263")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND263",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND263",
]
