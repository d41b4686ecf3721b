"""The two hundred and seventeenth part of the outside corpus, **blind 217** (written 05:01 UTC,
2026-12-07, never used for tuning): person files a district health centre's rabies vaccination
room, a ward police's fire-safety team, a provincial measurement standards branch, a commune's
association of the elderly, Fiji's social welfare department, Samoa's Land and Titles Court, the
Tongan Ministry of Lands, a Papua New Guinean incorporated land group and Vanuatu's agriculture
department could hand over.
Four Vietnamese files: a district health centre's register of people vaccinated against rabies
after a dog or cat bite, in Windows-1258 with semicolons (a relative to call, the day of the
bite, the animal and its owner, the wound, the exposure grade, the vaccine, the serum, the
injection schedule); a ward police's list of tenants of mini-apartments and rooming houses who
keep an electric motorbike and must charge it at the shared charging point, in Excel (the room,
the bike and its plate, the charging point, the landlord and their phone, the day they signed the
pledge); a measurement standards branch's list of market traders whose scales were verified free
of charge, in UTF-16 with tabs (the market and the stall, the kind of scale and its capacity, the
seal number, the result, the inspector); and a commune association of the elderly's list of
members screened for osteoporosis, in UTF-8 with tabs (the health insurance card, the hamlet, a
child's phone, height and weight, the T-score, the conclusion, a past fracture, the screening
day).
Five foreign files: a Fiji social welfare office's list of Poverty Benefit Scheme and Social Pension
recipients with iTaukei and English headers in UTF-8 (the FRCS TIN, koro, tikina and yasana apart,
the scheme, the monthly allowance, the bank account, the welfare officer); a Samoan Land and Titles
Court register of matai titles bestowed, in Samoan in UTF-8 with a BOM (the title, the village and
district, the extended family, the Savali notice, the objection, the day of the saofa'i); a Tongan
Ministry of Lands register of town and tax allotment holders in Windows-1252 with Tongan and English
headers, the macrons dropped (the national ID, the village, district and island group, the
allotment, the noble's estate, the deed, the area); a Papua New Guinean incorporated land group's
membership list in Excel with Tok Pisin headers (the NID, the clan, the father, the village, ward,
LLG and province, the ILG certificate); and a Vanuatu agriculture department's kava farmer register
in UTF-8 with Bislama, French and English headers (the national ID, the village, island and
province, the kava variety, the plants, the garden's area, the extension officer).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind217_writers import WRITERS_BLIND217
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND217: tuple[Shape, ...] = (
    _shape(
        "so_tiem_vac_xin_phong_dai_sau_phoi_nhiem_cho_meo_can_ttyt_huyen_vn217",
        "STT=row | Mã TC=-:rabies_code217 | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới=sex | Số CCCD/ĐDCN=cccd | Địa chỉ=address | SĐT=phone"
        " | Người nhà báo tin=-:guardian217 | Ngày bị cắn=date@%d/%m/%Y"
        " | Con vật cắn=-:animal217 | Chủ con vật=-:animal_owner217"
        " | Vị trí vết thương=-:wound217 | Độ PN=-:exposure217 | Loại VX=-:rabies_vaccine217"
        " | HTKD=-:serum217 | Phác đồ / mũi đã tiêm=-:schedule217 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nguoi_thue_tro_chung_cu_mini_dang_ky_sac_xe_may_dien_tap_trung_cong_an_phuong_vn217",
        "STT=row | Họ tên người thuê=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số định danh=cccd | Nơi thường trú=address | Số điện thoại=phone:phone_dotted"
        " | Phòng số=-:room217 | Loại xe điện=-:ebike217 | Biển kiểm soát=-:plate217"
        " | Vị trí sạc=-:charge_spot217 | Chủ nhà trọ/CCMN=-:landlord217"
        " | SĐT chủ trọ=-:landlord_phone217 | Ngày ký cam kết=date@%d/%m/%Y"
        " | CB kiểm tra=-:police217",
        file="xlsx",
    ),
    _shape(
        "tieu_thuong_kiem_dinh_can_mien_phi_tai_cho_chi_cuc_tieu_chuan_do_luong_vn217",
        "TT=row | Tên tiểu thương=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | CCCD=cccd:cccd_spaced | Điện thoại=phone | Địa chỉ thường trú=address"
        " | Chợ=-:market217 | Số ki-ốt/sạp=-:stall217 | Loại cân=-:scale217"
        " | Mức cân lớn nhất (Max)=-:scale_max217 | Số tem KĐ=-:seal217"
        " | Kết quả=-:scale_result217 | Ngày kiểm định=date@%d/%m/%Y"
        " | KĐV thực hiện=-:inspector217",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hoi_vien_nguoi_cao_tuoi_do_loang_xuong_sang_loc_hoi_nct_xa_vn217",
        "STT=row | Họ tên hội viên=full_name | Ngày/tháng/năm sinh=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | Số ĐDCN=cccd | Mã thẻ BHYT=bhyt | Thôn/xóm=-:hamlet217"
        " | Nơi ở hiện nay=address | ĐT con/cháu=-:child_phone217 | Chiều cao (cm)=-:height217"
        " | Cân nặng (kg)=-:weight217 | T-score=-:tscore217 | Kết luận=-:bone217"
        " | Tiền sử gãy xương=-:fracture217 | Ngày đo=date@%d/%m/%Y",
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "poverty_benefit_social_pension_recipients_dswd_divisional_office_fj217",
        "Naba / No.=row | Yaca Vakavanua / Surname=family_name:fj_family217"
        " | Yaca / Given Names=given_name:fj_given217 | TIN=national_id:tin_fj217"
        " | Tagane se Yalewa / Gender=sex:sex_fj217 | Siga ni Sucu / DOB=birth_date@%d/%m/%Y"
        " | Koro / Settlement=suburb:koro_fj217 | Tikina=district:tikina_fj217"
        " | Yasana / Province=province:yasana_fj217"
        " | Naba ni Talevoni / Contact=phone:phone_fj217 | Scheme=-:scheme_fj217"
        " | Allowance p/m (FJD)=-:allowance_fj217 | Bank A/C=-:bank_fj217"
        " | Welfare Officer=-:officer_fj217 | Date Approved=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "resitala_suafa_matai_faamaumauina_faamasinoga_fanua_ma_suafa_ws217",
        "Nu.=row | Suafa Matai=-:matai_ws217 | Igoa atoa o le tagata=full_name:ws_name217"
        " | Numera ID=national_id:nid_ws217 | Itupa=sex:sex_ws217"
        " | Aso fanau=birth_date@%d/%m/%Y | Nu'u=suburb:village_ws217"
        " | Itumalo=district:itumalo_ws217 | Numera telefoni=phone:phone_ws217"
        " | Aiga Potopoto=-:aiga_ws217 | Aso o le Saofa'i=date@%d/%m/%Y"
        " | Faasalalauga i le Savali=-:savali_ws217 | Tetee=-:objection_ws217",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "lesisita_kau_ma_api_kolo_api_tukuhau_potungaue_fonua_to217",
        "Fika=row | Hingoa Kakato / Full Name=full_name:to_name217"
        " | Fika ID / National ID=national_id:nid_to217 | Tangata pe Fefine=sex:sex_to217"
        " | 'Aho Fa'ele'i / DOB=birth_date@%d/%m/%Y | Kolo / Town=suburb:kolo_to217"
        " | Vahefonua / District=district:vahe_to217 | Motu / Island=state:motu_to217"
        " | Fika Telefoni=phone:phone_to217 | Fa'ahinga 'Api=-:api_to217"
        " | Tofi'a / Estate=-:tofia_to217 | Fika Tohi Lesisita / Deed No.=-:deed_to217"
        " | Lahi (eka)=-:acres_to217 | 'Aho Lesisita=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "memba_lis_incorporated_land_group_ilg_dla_pg217",
        "Namba=row | Nem bilong memba=full_name:pg_name217 | NID Namba=national_id:nid_pg217"
        " | Man o Meri=sex:sex_pg217 | De bilong bon=birth_date@%d/%m/%Y"
        " | Klen=-:clan_pg217 | Nem bilong papa=-:father_pg217 | Ples=suburb:ples_pg217"
        " | Wod=ward:wod_pg217 | LLG=district:llg_pg217 | Provins=province:prov_pg217"
        " | Fon namba=phone:phone_pg217 | ILG Setifiket=-:ilg_pg217"
        " | De ol i raitim nem=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "rejista_blong_ol_kava_fama_registre_producteurs_kava_dard_vu217",
        "No.=row | Nem / Nom / Name=full_name:vu_name217"
        " | Nasonal ID / No CNI=national_id:nid_vu217 | Man o Woman / Sexe=sex:sex_vu217"
        " | Dei blong bon / Date de naissance=birth_date@%d/%m/%Y"
        " | Vilej / Village=suburb:vilej_vu217 | Aelan / Île=suburb:aelan_vu217"
        " | Provins / Province=province:prov_vu217 | Fon / Téléphone=phone:phone_vu217"
        " | Kaen kava / Variété=-:kava_vu217 | Namba blong plant / Pieds=-:plants_vu217"
        " | Saes blong garen (ha)=-:garden_vu217 | Eksten ofisa=-:officer_vu217"
        " | Dei blong rejista / Date=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("tin_fj217", "nid_ws217", "nid_to217", "nid_pg217", "nid_vu217")
SEX_HOLDS: tuple[str, ...] = ("sex_fj217", "sex_ws217", "sex_to217", "sex_pg217", "sex_vu217")
NAME_HOLDS = frozenset(
    {"fj_family217", "fj_given217", "ws_name217", "to_name217", "pg_name217", "vu_name217"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_fj217",
    "phone_ws217",
    "phone_to217",
    "phone_pg217",
    "phone_vu217",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND217",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND217",
]
