"""The hundred-and-forty-fifth part of the outside corpus, **blind 145** (written 20:57 UTC,
2026-12-06, never used for tuning): person files a commune licensing the ferrymen who carry people
across its river, a ward police post registering delivery couriers, a district sports centre's
football league, a Vovinam club's belt grading, Saudi Arabia's Ejar lease platform, an Iraqi
ration-card (public distribution) centre, Jordan's National Aid Fund, a Tunisian social affairs
office's needy-families list and an Algerian driving school could hand over.
Four Vietnamese files: the ferrymen in Excel (the landing, the boat, its registration and seats,
the skipper's certificate, the life vests, the safety check); the couriers in UTF-16 with tabs
(the app or company, the driver code, the motorbike and plate, the home province, the place they
stay now); the league's players in Windows-1258 with semicolons and headers without diacritics
(the team, shirt number, position, the team manager and his phone, cards); and the belt grading in
UTF-8 with a BOM and semicolons (the club, the belt held and sought, the mark, the result, the
coach, the fee).
Five foreign files: Ejar leases in Arabic (the contract number, the tenant's id or iqama with its
Luhn digit, the birth date in Hijri for citizens, the landlord, the unit, the national address as
building and street, district, city, postcode and additional number, the rent, the contract's
dates and status); an Iraqi ration-card list (the card number, the head's four-part name, his or
her mother, the unified national card, the members, the agent, the governorate, district, area and
mahalla/zuqaq/dar, the status); Jordan's National Aid Fund (the national number, the four-part
name, governorate, liwa and area, the kind of aid, the monthly dinars, the e-wallet IBAN, the
office); a Tunisian PNAFN/AMG list with Arabic/French headers (the CIN, nom and prénom, the
father, the place of birth, the address, délégation and gouvernorat, the free-care booklet, the
allowance); and an Algerian driving school's candidates in French with the Arabic name (the NIN
with its mod-97 key, blood group, the address, commune and wilaya, the category, the file number,
the code exam's date and result, the instructor).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind145_writers import WRITERS_BLIND145
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND145: tuple[Shape, ...] = (
    _shape(
        "nguoi_lai_do_ngang_song_ubnd_xa_vn145",
        "STT=row | Họ và tên người lái=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Nơi cư trú=address | SĐT=phone | Bến đò=-:ferry_landing145"
        " | Loại phương tiện=-:ferry_boat145 | Số đăng ký PT=-:ferry_reg145"
        " | Sức chở (người)=-:ferry_seats145 | Số CCCM/Bằng thuyền trưởng=-:ferry_licence145"
        " | Số áo phao=-:ferry_vests145 | Ngày kiểm tra=date@%d/%m/%Y"
        " | Kết quả kiểm tra=-:ferry_check145 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "nguoi_giao_hang_shipper_dang_ky_cong_an_phuong_vn145",
        "TT=row | Họ tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Số định danh cá nhân=cccd:cccd_spaced | Quê quán=-:ship_home145"
        " | Nơi ở hiện tại=address | Số điện thoại=phone:phone_spaced"
        " | Ứng dụng / Công ty=-:ship_app145 | Mã tài xế=-:ship_code145"
        " | Loại xe=-:ship_bike145 | Biển kiểm soát=-:ship_plate145"
        " | Ngày đăng ký=date@%d/%m/%Y | Cán bộ tiếp nhận=-:fb_manager145",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "dang_ky_cau_thu_giai_bong_da_phong_trao_huyen_vn145",
        "STT=row | Doi bong=-:fb_team145 | So ao=-:fb_number145"
        " | Ho ten cau thu=full_name:full_name_ascii | NS=birth_date@%d/%m/%Y"
        " | CCCD=cccd | Dia chi thuong tru=address:address_ascii | SDT=phone"
        " | Vi tri=-:fb_position145 | Truong doan=-:fb_manager145"
        " | SDT truong doan=-:fb_manager_phone145 | The phat=-:fb_card145"
        " | Ngay dang ky=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "vo_sinh_thi_thang_dai_vovinam_clb_vn145",
        "STT=row | Họ và tên võ sinh=full_name | Giới tính=sex | Ngày sinh=birth_date@%d-%m-%Y"
        " | CCCD/Mã ĐD=cccd | Địa chỉ=address | ĐT phụ huynh/võ sinh=phone:phone_dotted"
        " | Câu lạc bộ=-:vo_club145 | Đai hiện tại=-:vo_from145 | Dự thi lên=-:vo_to145"
        " | Điểm TB=-:vo_score145 | Kết quả=-:vo_result145 | HLV phụ trách=-:vo_coach145"
        " | Lệ phí (đ)=-:vo_fee145 | Ngày thi=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "uqud_iijar_sakani_mansat_ejar_sa145",
        "م=row | رقم العقد=-:sa_contract145 | اسم المستأجر=full_name:sa_name145"
        " | رقم الهوية / الإقامة=national_id:sa_id145 | تاريخ الميلاد=birth_date:sa_birth145"
        " | رقم الجوال=phone:sa_phone145 | اسم المؤجر=-:sa_landlord145"
        " | نوع ورقم الوحدة=-:sa_unit145 | رقم المبنى واسم الشارع=street:sa_street145"
        " | الحي=suburb:sa_district145 | المدينة=district:sa_city145"
        " | الرمز البريدي=postcode:sa_postcode145 | الرقم الإضافي=-:sa_extra145"
        " | قيمة الإيجار السنوي (ريال)=-:sa_rent145 | تاريخ بداية العقد=date:sa_start145"
        " | تاريخ نهاية العقد=-:sa_end145 | حالة العقد=-:sa_status145",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "sijil_albitaqa_altamwiniya_markaz_tamwin_iq145",
        "ت=row | رقم البطاقة التموينية=-:iq_ration145 | اسم رب الأسرة الرباعي=full_name:iq_name145"
        " | اسم الأم=-:iq_mother145 | رقم البطاقة الوطنية الموحدة=national_id:iq_card145"
        " | تاريخ التولد=birth_date@%d/%m/%Y | الجنس=sex:iq_sex145"
        " | عدد الأفراد=-:iq_members145 | اسم الوكيل=-:iq_agent145 | رقم الوكيل=-:iq_agent_no145"
        " | مركز التموين=-:iq_centre145 | المحافظة=state:iq_gov145 | القضاء=district:iq_district145"
        " | المنطقة=suburb:iq_area145 | محلة / زقاق / دار=street:iq_street145"
        " | رقم الهاتف=phone:iq_phone145 | تاريخ آخر تحديث=date@%Y/%m/%d"
        " | حالة البطاقة=-:iq_status145",
        english=True,
        file="xlsx",
    ),
    _shape(
        "mustafidin_sunduq_almaouna_alwataniya_jo145",
        "الرقم=row | الرقم الوطني=national_id:jo_nn145 | اسم رب الأسرة=full_name:jo_name145"
        " | تاريخ الميلاد=birth_date@%Y/%m/%d | الجنس=sex:jo_sex145"
        " | المحافظة=state:jo_gov145 | اللواء=district:jo_liwa145 | المنطقة=suburb:jo_area145"
        " | رقم الهاتف المحمول=phone:jo_phone145 | نوع المعونة=-:jo_aid145"
        " | عدد أفراد الأسرة=-:jo_members145 | قيمة المعونة الشهرية (دينار)=-:jo_amount145"
        " | رقم المحفظة الإلكترونية / IBAN=-:jo_wallet145 | المكتب=-:jo_office145"
        " | تاريخ آخر صرف=date@%d/%m/%Y | الحالة=-:jo_status145",
        english=True,
        delimiter=";",
    ),
    _shape(
        "liste_beneficiaires_pnafn_amg_affaires_sociales_tn145",
        "ع / N°=row | رقم ب.ت.و / N° CIN=national_id:tn_cin145"
        " | اللقب / Nom=family_name:tn_family145 | الاسم / Prénom=given_name:tn_given145"
        " | اسم الأب / Prénom du père=-:tn_father145"
        " | تاريخ الولادة / Date de naissance=birth_date@%d/%m/%Y"
        " | مكان الولادة / Lieu de naissance=-:tn_pob145 | الجنس / Sexe=sex:tn_sex145"
        " | العنوان / Adresse=address:tn_addr145 | المعتمدية / Délégation=district:tn_deleg145"
        " | الولاية / Gouvernorat=state:tn_gov145 | الهاتف / Tél=phone:tn_phone145"
        " | نوع الدفتر / Type carnet=-:tn_carnet145 | رقم الدفتر / N° carnet=-:tn_carnet_no145"
        " | المنحة الشهرية (د) / Allocation (DT)=-:tn_allowance145"
        " | عدد الأبناء / Nb enfants=-:tn_children145"
        " | تاريخ الانتفاع / Date d'effet=date@%d/%m/%Y",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "candidats_permis_conduire_auto_ecole_dz145",
        "N°=row | N° dossier=-:dz_dossier145 | Nom=family_name:dz_family145"
        " | Prénom=given_name:dz_given145 | اللقب والاسم=full_name:dz_arabic145"
        " | Date de naissance=birth_date@%d/%m/%Y | Lieu de naissance=-:dz_pob145"
        " | NIN=national_id:dz_nin145 | Gr. sanguin=-:dz_blood145"
        " | Adresse=street:dz_street145 | Commune=district:dz_commune145"
        " | Wilaya=state:dz_wilaya145 | Tél=phone:dz_phone145 | Catégorie=-:dz_category145"
        " | Date de dépôt=date@%d/%m/%Y | Résultat code=-:dz_result145"
        " | Moniteur=-:dz_monitor145",
        english=True,
        delimiter=";",
        encoding="utf-8-sig",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "sa_id145",
    "iq_card145",
    "jo_nn145",
    "tn_cin145",
    "dz_nin145",
)
SEX_HOLDS: tuple[str, ...] = ("iq_sex145", "jo_sex145", "tn_sex145")
NAME_HOLDS = frozenset(
    {"sa_name145", "iq_name145", "jo_name145", "tn_family145", "tn_given145"}
    | {"dz_family145", "dz_given145", "dz_arabic145"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "sa_phone145",
    "iq_phone145",
    "jo_phone145",
    "tn_phone145",
    "dz_phone145",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("tn_addr145",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND145",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND145",
]
