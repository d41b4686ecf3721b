"""The two hundred and ninety-fifth part of the outside corpus, **blind 295** (written 10:25 UTC,
2026-12-07, never used for tuning): person files a provincial Vừ A Dính scholarship council, a
district's economic and infrastructure office, a district health office, a ward's elderly people's
association, an Ivorian coffee and cocoa council, a Guinean prefectural mines office, a Senegalese
social action department, Liberia's civil service agency and a Sierra Leonean microfinance house
could hand over.
Four Vietnamese files: a list of ethnic-minority pupils receiving a Vừ A Dính scholarship in UTF-8
with a BOM and semicolons (the ethnic group, the school and class, the average mark, the highland
home, a parent and their phone, the amount); freelance builders trained to work at height in Excel
(the home town, the current lodging, the trade, the foreman, the site, the safety card, the
result); tattoo parlours inspected by a district health office in Windows-1258 with semicolons
(the parlour and its address, the service, the training, the finding, the head of the team); and
an elderly people's heart screening in UTF-16 with tabs (the association branch, the blood
pressure, the ECG, the referral, a relative and their phone, the time last updated).
Five foreign files: an Ivorian coffee-cocoa producers' census in Windows-1252 with French headers
and semicolons (the NNI, NOM and Prénoms apart, the place of birth, locality and region, the
cooperative, the producer card, hectares and kilos); a Guinean artisanal gold miners' register in
UTF-8 (the NIN, district, sous-préfecture and préfecture, the miner's card, the placer and its
chief); a Senegalese equal-opportunity card register in Excel (the CEDEAO card's NIN, the address
and the commune, the disability, the card, a guardian); a Liberian civil service payroll
verification in UTF-8 with a BOM and tabs (the NIN, the employee ID, a middle name apart, the
agency, the position, the duty station, the salary, the county); and a Sierra Leonean microfinance
loan register in Windows-1252 (the NIN, the borrower's name in one cell, the home address and the
district, the business and market, the loan, a guarantor, the loan officer).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind295_writers import WRITERS_BLIND295
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND295: tuple[Shape, ...] = (
    _shape(
        "hoc_sinh_dan_toc_thieu_so_nhan_hoc_bong_vu_a_dinh_hoi_dong_quy_tinh_vn295",
        "STT=row | Họ và tên học sinh=full_name | Dân tộc=-:ethnic295"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Nam/Nữ=sex | Mã định danh=cccd"
        " | Trường=-:school295 | Lớp=-:grade295 | Điểm TB năm học=-:gpa295"
        " | Nơi ở (thôn, xã, tỉnh)=address:home295 | Họ tên cha (mẹ)=-:parent295"
        " | ĐT gia đình=-:parent_phone295 | Mức học bổng (đồng)=-:amount295"
        " | Ngày trao=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "tho_xay_dung_tu_do_tap_huan_an_toan_lam_viec_tren_cao_phong_kt_ht_huyen_vn295",
        "TT=row | Họ và tên thợ=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd:cccd_spaced | Quê quán=-:hometown295 | Chỗ ở hiện nay=address"
        " | Nghề=-:trade295 | Tổ thợ / cai=-:foreman295 | Công trình đang thi công=-:site295"
        " | Số thẻ an toàn (nhóm 3)=-:card295 | Ngày cấp thẻ=date@%d/%m/%Y"
        " | Điện thoại=phone | Kết quả sát hạch=-:result295",
        file="xlsx",
    ),
    _shape(
        "co_so_xam_hinh_phun_xam_tham_my_kiem_tra_ksnk_phong_y_te_quan_vn295",
        "STT=row | Họ tên chủ cơ sở=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Địa chỉ thường trú=address | Tên cơ sở=-:parlour295"
        " | Địa chỉ cơ sở=-:parlour_addr295 | Loại hình dịch vụ=-:service295"
        " | Giấy CN đào tạo=-:training295 | Kết quả kiểm tra=-:inspect295"
        " | Ngày KT=date@%d/%m/%Y | Trưởng đoàn=-:inspector295 | ĐT=phone:phone_dotted",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nguoi_cao_tuoi_kham_sang_loc_tim_mach_dien_tim_hoi_nct_phuong_vn295",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới=sex"
        " | Số ĐDCN=cccd | Số thẻ BHYT=bhyt | Chi hội=-:branch295 | Địa chỉ=address"
        " | Huyết áp (mmHg)=-:bp295 | Kết quả điện tim=-:ecg295"
        " | Chuyển khám chuyên khoa=-:referral295 | Người nhà=-:kin295"
        " | SĐT người nhà=-:kin_phone295 | Ngày khám=date@%d/%m/%Y | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "recensement_producteurs_cafe_cacao_conseil_cafe_cacao_ci295",
        "N°=row | NNI=national_id:nni_ci295 | NOM=family_name:ci_family295"
        " | Prénoms=given_name:ci_given295 | Date de naissance=birth_date@%d/%m/%Y"
        " | Lieu de naissance=-:pob_ci295 | Sexe=sex:sex_ci295 | Localité=district:loc_ci295"
        " | Région=state:region_ci295 | Contact=phone:phone_ci295"
        " | Coopérative=-:coop_ci295 | N° carte producteur=-:carte_ci295"
        " | Superficie verger (ha)=-:ha_ci295 | Production 2025-2026 (kg)=-:kg_ci295"
        " | Date d'enrôlement=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "registre_orpailleurs_direction_prefectorale_mines_siguiri_gn295",
        "N° d'ordre=row | NIN=national_id:nin_gn295 | Nom=family_name:gn_family295"
        " | Prénom(s)=given_name:gn_given295 | Date de naissance=birth_date@%d/%m/%Y"
        " | Lieu de naissance=-:pob_gn295 | Sexe=sex:sex_gn295"
        " | District/Quartier=suburb:district_gn295 | Sous-préfecture=district:sp_gn295"
        " | Préfecture=state:pref_gn295 | Téléphone=phone:phone_gn295"
        " | N° carte d'orpailleur=-:card_gn295 | Site d'exploitation=-:site_gn295"
        " | Chef de placer (Tomboloma)=-:chief_gn295 | Date de délivrance=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "registre_carte_egalite_des_chances_service_action_sociale_sn295",
        "N°=row | N° CNI CEDEAO (NIN)=national_id:cni_sn295 | Prénom(s)=given_name:sn_given295"
        " | Nom=family_name:sn_family295 | Date de naissance=birth_date@%d/%m/%Y"
        " | Lieu de naissance=-:pob_sn295 | Sexe=sex:sex_sn295 | Adresse=address:addr_sn295"
        " | Commune=district:commune_sn295 | Téléphone=phone:phone_sn295"
        " | Type de handicap=-:handicap_sn295 | N° carte égalité des chances=-:carte_sn295"
        " | Tuteur / Personne à contacter=-:tutor_sn295 | Date de délivrance=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "payroll_biometric_verification_civil_service_agency_lr295",
        "No.=row | Employee ID=-:emp_lr295 | NIN=national_id:nin_lr295"
        " | Last Name=family_name:lr_family295 | First Name=given_name:lr_given295"
        " | Middle Name=-:lr_middle295 | Date of Birth=birth_date@%m/%d/%Y | Sex=sex:sex_lr295"
        " | Ministry/Agency=-:agency_lr295 | Position=-:position_lr295"
        " | Duty Station=-:station_lr295 | Gross Salary (US$)=-:salary_lr295"
        " | Phone No.=phone:phone_lr295 | County of Residence=state:county_lr295"
        " | Status=-:status_lr295 | Date Verified=date@%m/%d/%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "microfinance_loan_register_borrowers_sl295",
        "S/No=row | Client No.=-:client_sl295 | NIN=national_id:nin_sl295"
        " | Name of Borrower=full_name:sl_name295 | Date of Birth=birth_date@%d/%m/%Y"
        " | Gender=sex:sex_sl295 | Home Address=address:addr_sl295"
        " | District=state:district_sl295 | Phone No.=phone:phone_sl295"
        " | Business Type=-:business_sl295 | Market=-:market_sl295"
        " | Loan Amount (NLe)=-:loan_sl295 | Disbursement Date=date@%d/%m/%Y"
        " | Guarantor=-:guarantor_sl295 | Guarantor Phone=-:guarantor_phone_sl295"
        " | Loan Officer=-:officer_sl295",
        english=True,
        encoding="cp1252",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "nni_ci295",
    "nin_gn295",
    "cni_sn295",
    "nin_lr295",
    "nin_sl295",
)
SEX_HOLDS: tuple[str, ...] = ("sex_ci295", "sex_gn295", "sex_sn295", "sex_lr295", "sex_sl295")
NAME_HOLDS = frozenset(
    {"ci_family295", "ci_given295", "gn_family295", "gn_given295", "sn_given295"}
    | {"sn_family295", "lr_family295", "lr_given295", "sl_name295"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ci295",
    "phone_gn295",
    "phone_sn295",
    "phone_lr295",
    "phone_sl295",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("home295", "addr_sn295", "addr_sl295")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND295",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND295",
]
