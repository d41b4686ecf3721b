"""The hundred-and-seventy-eighth part of the outside corpus, **blind 178** (written 01:02 UTC,
2026-12-07, never used for tuning): person files a commune's labour-invalids-and-social-affairs
desk, a commune's culture and sports board, a district's fire police, a city ward, a Senegalese
artisanal fisheries service, a Malian cotton company's sector, a Burkinabè artisanal mining
agency, a Nigerien livestock service and Mauritania's ministry of education could hand over.
Four Vietnamese files: people who keep a martyr's altar and draw the yearly worship allowance, in
Windows-1258 with semicolons (the kinship, the martyr, his birth year and the day he fell, the
Fatherland's Gratitude certificate and its day, the amount, how it is paid); athletes of a
commune sports congress in Excel (the hamlet team, the sport and the event, the bib, the team
leader, the medal); owners of liquefied-gas shops inspected by the fire police, in UTF-16 with
tabs and headers without diacritics (the shop and its address, the trading certificate, the
brand, the stock, the extinguishers, the inspector, the result); and households giving up
honeycomb-coal stoves, in UTF-8 with a BOM (how many stoves, what for, what replaces them, the
support, the residential group's head and phone, the day of the pledge).
Five foreign files: a Senegalese artisanal fishing permit register with French and Wolof headers
in UTF-8 with semicolons (the CEDEAO card's NIN printed in groups, the quartier and commune, the
pirogue, its registration and owner, the landing quay, the fee); a Malian cotton growers' list
in Excel with French and Bambara headers (NINA, Jamu and Tɔgɔ, village and commune, the
cooperative, the area sown, fertiliser, the input credit, the weighed crop); a Burkinabè gold
diggers' enrolment with French and Mooré headers in UTF-8 with a BOM (CNIB, sector and commune,
region, the mining site, its card, the task, the site chief); a Nigerien herders' vaccination
list with French and Hausa headers in UTF-8 with tabs (the card, the father's name, village or
camp, commune, region, the head of cattle, sheep, goats and camels, the vaccine, the
vaccinator); and Mauritanian teacher-recruitment candidates with Arabic and French headers (the
NNI, the name in Latin and in Arabic script, the place of birth, the diploma, the candidate
number, the exam centre, the address and wilaya, the result).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind178_writers import WRITERS_BLIND178
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND178: tuple[Shape, ...] = (
    _shape(
        "nguoi_tho_cung_liet_si_huong_tro_cap_tho_cung_hang_nam_vn178",
        "STT=row | Họ và tên người thờ cúng=full_name | Ngày tháng năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Nơi cư trú hiện nay=address"
        " | Quan hệ với liệt sĩ=-:kin178 | Họ và tên liệt sĩ=-:martyr178"
        " | Năm sinh LS=-:martyr_year178 | Ngày hy sinh=date:died178"
        " | Số Bằng TQGC=-:tqgc178 | Ngày cấp Bằng=date:tqgc_date178"
        " | Mức trợ cấp thờ cúng (đồng/năm)=-:worship178 | Hình thức chi trả=-:pay178"
        " | Điện thoại=phone | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "van_dong_vien_dai_hoi_the_duc_the_thao_cap_xa_vn178",
        "TT=row | Họ và tên VĐV=full_name | Ngày sinh=birth_date@%d/%m/%Y | Nam/Nữ=sex"
        " | Số định danh cá nhân=cccd | Đơn vị (thôn, TDP)=-:team178 | Môn thi đấu=-:sport178"
        " | Nội dung=-:event178 | Số đeo=-:bib178 | Trưởng đoàn=-:lead178"
        " | SĐT liên hệ=phone | Thành tích=-:medal178",
        file="xlsx",
    ),
    _shape(
        "co_so_kinh_doanh_khi_dau_mo_hoa_long_kiem_tra_pccc_vn178",
        "STT=row | Ho ten chu co so=full_name | Ngay thang nam sinh=birth_date@%Y-%m-%d"
        " | So CCCD=cccd:cccd_spaced | Dia chi thuong tru=address | Ten cua hang=-:shop178"
        " | Dia chi kinh doanh=-:shop_addr178 | So GCN du dieu kien KD LPG=-:licence178"
        " | Thuong hieu=-:brand178 | Luong binh chua toi da=-:stock178"
        " | Phuong tien PCCC=-:ext178 | Ngay kiem tra=date@%d/%m/%Y"
        " | Can bo kiem tra=-:inspector178 | Ket qua=-:result178 | DT=phone",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ho_cam_ket_chuyen_doi_bep_than_to_ong_phuong_vn178",
        "STT=row | Chủ hộ=full_name | Năm sinh=birth_date@%d/%m/%Y | CCCD=cccd"
        " | Địa chỉ=address | Phường=ward:ward178 | Số bếp than đang sử dụng=-:stoves178"
        " | Mục đích sử dụng=-:purpose178 | Chuyển đổi sang=-:switch178"
        " | Mức hỗ trợ (đ)=-:support178 | Ngày ký cam kết=date@%d/%m/%Y"
        " | Tổ trưởng TDP=-:tdp_head178 | SĐT tổ trưởng=-:head_phone178 | SĐT chủ hộ=phone",
        encoding="utf-8-sig",
    ),
    _shape(
        "registre_permis_peche_artisanale_pirogues_sn178",
        "N°=row | N° CNI (NIN) / Nimero kart=national_id:cni_sn178"
        " | Sant / Nom=family_name:sant_sn178 | Tur / Prénom(s)=given_name:tur_sn178"
        " | Bés bi mu juddu / Date de naissance=birth_date@%d/%m/%Y"
        " | Góor walla jigéen / Sexe=sex:sex_sn178 | Dëkk / Quartier=suburb:quartier_sn178"
        " | Commune=district:commune_sn178 | Telefon / Téléphone=phone:phone_sn178"
        " | Immatriculation pirogue=-:pirogue_sn178 | Nom de la pirogue=-:pirogue_name_sn178"
        " | Propriétaire pirogue=-:owner_sn178 | Type de permis=-:permit_sn178"
        " | Montant (FCFA)=-:fee_sn178 | Quai de débarquement=-:quai_sn178"
        " | Date de délivrance=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "producteurs_coton_campagne_secteur_cmdt_ml178",
        "N°=row | NINA=national_id:nina_ml178 | Jamu / Nom=family_name:jamu_ml178"
        " | Tɔgɔ / Prénom=given_name:togo_ml178"
        " | Bangekalo / Date de naissance=birth_date@%d/%m/%Y | Cɛ/Muso=sex:sex_ml178"
        " | Dugu / Village=suburb:village_ml178 | Commune=district:commune_ml178"
        " | Secteur=-:secteur_ml178 | Coopérative (SCPC)=-:coop_ml178"
        " | Superficie coton (ha)=-:area_ml178 | Engrais reçu (sacs 50 kg)=-:bags_ml178"
        " | Crédit intrants (FCFA)=-:credit_ml178 | Production pesée (kg)=-:prod_ml178"
        " | Date de pesée=date@%d/%m/%Y | Telefɔni / Téléphone=phone:phone_ml178",
        english=True,
        file="xlsx",
    ),
    _shape(
        "enrolement_orpailleurs_sites_artisanaux_aneemas_bf178",
        "N° d'ordre=row | N° CNIB=national_id:cnib_bf178"
        " | Nom / Yʋʋr-bʋʋdu=family_name:buudu_bf178 | Prénom(s) / Yʋʋre=given_name:yuure_bf178"
        " | Date de naissance / Rog-n-daare=birth_date@%d/%m/%Y"
        " | Sexe (Raoa/Pagã)=sex:sex_bf178 | Lieu de naissance=-:birthplace_bf178"
        " | Secteur ou village de résidence=suburb:quarter_bf178"
        " | Commune de résidence=district:commune_bf178 | Région=state:region_bf178"
        " | Site d'orpaillage=-:site_bf178 | Commune du site=-:site_commune_bf178"
        " | N° carte d'orpailleur=-:card_bf178 | Activité / Tʋʋma=-:task_bf178"
        " | Chef de site=-:chief_bf178 | Téléphone=phone:phone_bf178"
        " | Date d'enrôlement=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "recensement_eleveurs_campagne_vaccination_betail_ne178",
        "Lamba / N°=row | Lambar katin ɗan ƙasa / N° carte d'identité=national_id:card_ne178"
        " | Sunan dangi / Nom=family_name:dangi_ne178 | Suna / Prénom=given_name:suna_ne178"
        " | Sunan uba / Nom du père=-:uba_ne178"
        " | Ranar haihuwa / Date de naissance=birth_date@%d/%m/%Y"
        " | Jinsi / Sexe=sex:sex_ne178 | Ƙauye ko zango / Village ou campement=suburb:village_ne178"
        " | Commune=district:commune_ne178 | Région=state:region_ne178"
        " | Lambar waya / Téléphone=phone:phone_ne178 | Shanu / Bovins=-:cattle_ne178"
        " | Tumaki / Ovins=-:sheep_ne178 | Awaki / Caprins=-:goats_ne178"
        " | Raƙuma / Camelins=-:camels_ne178 | Vaccin=-:vaccine_ne178"
        " | Agent vaccinateur=-:vaccinator_ne178"
        " | Ranar allura / Date de vaccination=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "candidats_concours_recrutement_instituteurs_mr178",
        "الرقم / N°=row | الرقم الوطني للتعريف / NNI=national_id:nni_mr178"
        " | Nom et prénom=full_name:name_mr178 | الاسم الكامل=full_name:name_ar_mr178"
        " | تاريخ الميلاد / Date de naissance=birth_date@%d/%m/%Y"
        " | مكان الميلاد / Lieu de naissance=-:birthplace_mr178 | الجنس / Sexe=sex:sex_mr178"
        " | الشهادة / Diplôme=-:diploma_mr178 | رقم الترشح / N° candidat=-:candidate_mr178"
        " | مركز الامتحان / Centre d'examen=-:centre_mr178"
        " | العنوان / Adresse=address:addr_mr178 | الولاية / Wilaya=state:wilaya_mr178"
        " | الهاتف / Tél=phone:phone_mr178 | النتيجة / Résultat=-:result_mr178"
        " | تاريخ الإيداع / Date de dépôt=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "cni_sn178",
    "nina_ml178",
    "cnib_bf178",
    "card_ne178",
    "nni_mr178",
)
SEX_HOLDS: tuple[str, ...] = ("sex_sn178", "sex_ml178", "sex_bf178", "sex_ne178", "sex_mr178")
NAME_HOLDS = frozenset(
    {"sant_sn178", "tur_sn178", "jamu_ml178", "togo_ml178", "buudu_bf178", "yuure_bf178"}
    | {"dangi_ne178", "suna_ne178", "name_mr178", "name_ar_mr178"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_sn178",
    "phone_ml178",
    "phone_bf178",
    "phone_ne178",
    "phone_mr178",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_mr178",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND178",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND178",
]
