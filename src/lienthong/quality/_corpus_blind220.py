"""The two-hundred-and-twentieth part of the outside corpus, **blind 220** (written 05:19 UTC,
2026-12-07, never used for tuning): person files a district agriculture office, a provincial
ranger sub-department, a State Bank branch, a commune's citizen reception office, an Algerian
chamber of agriculture, a Libyan treatment-abroad committee, a Moroccan province's livestock
service, a Tunisian governorate's environment company and a North Sinai lake authority could hand
over. Four Vietnamese files: the owners who declared a swiftlet house to the district
agriculture office, in Windows-1258 with tabs (the kind of house, the floor area, the floors,
the distance to the nearest homes); the wildlife farms registered with the ranger
sub-department, in Excel (the species, the head count, the farm code, the origin); the people
who exchanged worn banknotes at a State Bank branch, in UTF-16 with tabs (the denomination, the
count, the damage, the serial, the teller); and the citizens received at a commune's reception
office, in UTF-8 with a BOM and semicolons (the topic, the companion and a contact phone, the
handling, the officer). Five foreign files: an Algerian southern wilaya's farmer cards, in UTF-8
with Arabic and French headers (the 18-digit NIN, the father, the ksar and commune, the card,
the crop and hectares); a Libyan southern committee's patients sent for treatment abroad, in
UTF-8 (the national number, the file, the disease, the country, the escort, the cost); a
Moroccan southern province's herders given subsidised barley, in UTF-8 with a BOM and Tamazight,
Arabic and French headers (the CNIE, the douar, the herd and heads, the barley); a Tataouine
environment company's recruitment candidates, in Excel with French and Arabic headers (the CIN,
the delegation, the diploma, the score); and the fishermen licensed on Lake Bardawil, in UTF-8
with semicolons (the 14-digit national number, the boat, the gear, the licence, the boat owner).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind220_writers import WRITERS_BLIND220
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND220: tuple[Shape, ...] = (
    _shape(
        "to_khai_nha_yen_chu_co_so_nuoi_chim_yen_phong_nn_huyen_vn220",
        "STT=row | Ngày khai báo=date@%d/%m/%Y | Họ và tên chủ cơ sở=full_name"
        " | Năm sinh=birth_date@%d/%m/%Y | Số CCCD=cccd | Nơi ở hiện nay=address | ĐT=phone"
        " | Loại nhà yến=-:nest_kind220 | DT sàn (m2)=-:nest_area220"
        " | Số tầng=-:nest_floors220 | K/c đến khu dân cư=-:nest_dist220 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "so_theo_doi_co_so_nuoi_dong_vat_hoang_da_thong_thuong_chi_cuc_kiem_lam_vn220",
        "TT=row | Mã số cơ sở=-:farm_code220 | Chủ cơ sở nuôi=full_name"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Giới tính=sex | CCCD/ĐDCN=cccd"
        " | Địa chỉ cơ sở nuôi=address | SĐT liên hệ=phone:phone_dotted"
        " | Loài nuôi=-:animal220 | Số lượng=-:heads220 | Nguồn gốc=-:origin220"
        " | Ngày cấp mã số=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "so_doi_tien_khong_du_tieu_chuan_luu_thong_nhnn_chi_nhanh_tinh_vn220",
        "STT=row | Ngày GD=date@%d/%m/%Y | Họ tên người đổi=full_name"
        " | NS=birth_date@%d/%m/%Y | Số giấy tờ tùy thân=cccd:cccd_spaced | Địa chỉ=address"
        " | Mệnh giá (đ)=-:bill_denom220 | Số tờ=-:bill_count220"
        " | Tình trạng tiền=-:bill_state220 | Seri=-:bill_serial220 | GDV=-:teller220",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "so_tiep_cong_dan_ubnd_xa_vn220",
        "STT=row | Ngày tiếp=date@%d/%m/%Y | Họ tên công dân=full_name | Nam/Nữ=sex"
        " | Ngày sinh=birth_date@%d/%m/%Y | Mã định danh=cccd | Địa chỉ=address"
        " | Số ĐT=phone | Người đi cùng=-:companion220 | SĐT liên hệ=-:contact_phone220"
        " | Nội dung=-:topic220 | Hướng xử lý=-:handling220 | Người tiếp=-:receiver220",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "carte_agriculteur_chambre_agriculture_wilaya_adrar_dz220",
        "الرقم Num=row | اللقب Nom=family_name:dz_fam220 | الاسم Prénom=given_name:dz_given220"
        " | اسم الأب Prénom du père=-:dz_father220"
        " | تاريخ الميلاد Date de naissance=birth_date@%d/%m/%Y"
        " | الجنس Sexe=sex:dz_sex220 | رقم التعريف الوطني NIN=national_id:dz_nin220"
        " | العنوان Adresse=address:dz_addr220 | البلدية Commune=district:dz_commune220"
        " | الهاتف Tél=phone:dz_phone220 | رقم البطاقة N° carte=-:dz_card220"
        " | الشعبة Filière=-:dz_crop220 | المساحة (هكتار) Superficie=-:dz_ha220"
        " | تاريخ الإيداع Date dépôt=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "kashf_almardaa_alIlaj_bilkharij_lajnat_sabha_ly220",
        "ر.م=row | رقم الملف=-:ly_file220 | اسم المريض الثلاثي=full_name:ly_name220"
        " | الرقم الوطني=national_id:ly_nid220 | تاريخ الميلاد=birth_date@%Y/%m/%d"
        " | الجنس=sex:ly_sex220 | محل الإقامة=-:ly_place220 | رقم الهاتف=phone:ly_phone220"
        " | التشخيص=-:ly_disease220 | جهة الإيفاد=-:ly_country220"
        " | اسم المرافق=-:ly_escort220 | تاريخ السفر=date@%Y/%m/%d"
        " | التكلفة التقديرية=-:ly_cost220",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "beneficiaires_orge_subventionne_eleveurs_province_tata_ma220",
        "ⵓⵟⵟⵓⵏ N°=row | ⵉⵙⵎ ⵏ ⵜⵡⵊⵊⴰ النسب Nom=family_name:ma_fam220"
        " | ⵉⵙⵎ الاسم Prénom=given_name:ma_given220"
        " | ⵜⴰⴽⴰⵔⴹⴰ ⵜⴰⵏⴰⵎⵓⵔⵜ ب.ت.و.إ CNIE=national_id:ma_cnie220"
        " | ⴰⵙⴰⴽⵓⴷ ⵏ ⵜⵍⴰⵍⵉⵜ تاريخ الازدياد Date naissance=birth_date@%d/%m/%Y"
        " | الجنس Sexe=sex:ma_sex220 | ⴰⵏⵙⴰ العنوان Adresse=address:ma_addr220"
        " | ⵜⵉⵍⵉⴼⵓⵏ الهاتف Tél=phone:ma_phone220 | نوع القطيع Cheptel=-:ma_herd220"
        " | عدد الرؤوس Têtes=-:ma_heads220 | الكمية Quantité orge=-:ma_barley220"
        " | تاريخ التوزيع Date=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "candidats_recrutement_societe_environnement_tataouine_tn220",
        "N° ع.ر=row | Nom اللقب=family_name:tn_fam220 | Prénom الاسم=given_name:tn_given220"
        " | CIN ب.ت.و=national_id:tn_cin220 | Date de naissance تاريخ الولادة=birth_date@%d/%m/%Y"
        " | Sexe الجنس=sex:tn_sex220 | Adresse العنوان=address:tn_addr220"
        " | Délégation المعتمدية=district:tn_deleg220 | GSM الجوال=phone:tn_phone220"
        " | Diplôme الشهادة=-:tn_diploma220 | Score المجموع=-:tn_score220"
        " | Date dépôt تاريخ الإيداع=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "sijil_rukhas_alsayd_buhayrat_albardawil_shamal_sinaa_eg220",
        "م=row | اسم الصياد=full_name:eg_name220 | الرقم القومي=national_id:eg_nid220"
        " | تاريخ الميلاد=birth_date@%d/%m/%Y | محل الإقامة=-:eg_place220"
        " | التليفون=phone:eg_phone220 | رقم المركب=-:eg_boat220 | نوع الحرفة=-:eg_gear220"
        " | رقم الرخصة=-:eg_licence220 | مالك المركب=-:eg_owner220"
        " | تاريخ التجديد=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "dz_nin220",
    "ly_nid220",
    "ma_cnie220",
    "tn_cin220",
    "eg_nid220",
)
SEX_HOLDS: tuple[str, ...] = ("dz_sex220", "ly_sex220", "ma_sex220", "tn_sex220")
NAME_HOLDS = frozenset(
    {
        "dz_fam220",
        "dz_given220",
        "ly_name220",
        "ma_fam220",
        "ma_given220",
        "tn_fam220",
        "tn_given220",
        "eg_name220",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "dz_phone220",
    "ly_phone220",
    "ma_phone220",
    "tn_phone220",
    "eg_phone220",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("dz_addr220", "ma_addr220", "tn_addr220")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND220",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND220",
]
