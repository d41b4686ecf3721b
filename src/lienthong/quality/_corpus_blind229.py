"""The two-hundred-and-twenty-ninth part of the outside corpus, **blind 229** (written 07:05
UTC, 2026-12-07, never used for tuning): person files a labour-export company's Japanese
specified-skill desk, an e-contract car cooperative, a provincial deaf association's
sign-language school, a district forest ranger station, a Berbera fishing cooperative, the
Djiboutian social housing agency, an Eritrean savings and micro-credit programme, a Sudanese
state examinations office and Juba City Council could hand over. Four Vietnamese files: the
candidates for Japan's specified-skill visa in care work, in Excel (the passport, the hometown,
the Japanese level, the skill test, the host in Japan, the fee, the day they are to leave, a
relative to call); the drivers of an e-contract car cooperative, in Windows-1258 with
semicolons (the driving licence, its class and end, the plate, the car, the app, the badge);
the learners of a sign-language class, in UTF-16 with tabs (who they are, the deaf child, the
level, the class, the test score, the day the class opened); and the agarwood growers who
declared their trees to the ranger station, in UTF-8 with a BOM (the trees, the year planted,
the hectares, the trees already inoculated and how, the map sheet and plot, the ranger, the
check). Five foreign files: the members of a Berbera fishing cooperative, in UTF-8 with Somali
headers (the mother's name, the place of birth, the identity card, the town and neighbourhood,
the boat, its number, the gear, the fee); the applicants for social housing in Djibouti, in
UTF-8 with a BOM and semicolons, French headers with some Afar (the place of birth, the CNI,
the address, the employer, the income, the dependants, the lodging asked for, the file number,
its status); the borrowers of an Eritrean micro-credit programme, in UTF-16 with tabs and
Tigrinya headers (the zoba, sub-zoba and village, the activity, the loan in nakfa, the
contract, the guarantor, the repayment); the candidates for the Sudan school certificate, in
Excel with Arabic headers (the seat number, the national number, the school, the track, the
centre, the guardian and the guardian's phone); and the boda-boda riders Juba City Council
registered, in UTF-8 with English and Arabic headers (the residence, the plate, the make, the
owner, the stage, the driving permit, the fee).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind229_writers import WRITERS_BLIND229
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND229: tuple[Shape, ...] = (
    _shape(
        "ung_vien_ky_nang_dac_dinh_nhat_ban_nganh_ho_ly_cong_ty_phai_cu_vn229",
        "STT=row | HỌ VÀ TÊN (IN HOA)=full_name:full_name_caps | Ngày sinh=birth_date:excel_date"
        " | Giới tính=sex | Số CCCD=cccd | Số hộ chiếu=-:passport229 | Quê quán=-:hometown229"
        " | Địa chỉ thường trú=address | SĐT ứng viên=phone | Trình độ tiếng Nhật=-:jp_level229"
        " | Kết quả thi kỹ năng=-:jp_skill229 | Đơn vị tiếp nhận=-:jp_host229"
        " | Chi phí (VNĐ)=-:jp_fee229 | Ngày nhập học=date@%d/%m/%Y"
        " | Dự kiến xuất cảnh=date:jp_leave229 | Người thân liên hệ=-:jp_kin229",
        file="xlsx",
    ),
    _shape(
        "lai_xe_kinh_doanh_van_tai_xe_hop_dong_dien_tu_htx_vn229",
        "TT=row | Ho ten lai xe=full_name | Ngay sinh=birth_date@%d/%m/%Y | So CCCD=cccd"
        " | Noi cu tru=address | Dien thoai=phone:phone_spaced | So GPLX=-:licence229"
        " | Hang=-:licence_class229 | GPLX het han=date:licence_end229"
        " | BKS xe=-:plate229 | Loai xe=-:car229 | Ung dung=-:app229"
        " | So phu hieu=-:badge229 | Ngay tap huan nghiep vu=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "hoc_vien_lop_ngon_ngu_ky_hieu_truong_hoi_nguoi_diec_tinh_vn229",
        "STT=row | Họ và tên học viên=full_name | Ngày/tháng/năm sinh=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | CCCD/ĐDCN=cccd | Địa chỉ liên hệ=address | SĐT (Zalo)=phone:phone_dotted"
        " | Đối tượng=-:sign_role229 | Họ tên con (nếu là PH)=-:sign_child229"
        " | Trình độ=-:sign_level229 | Lớp=-:sign_class229 | Điểm KT cuối khóa=-:sign_score229"
        " | Ngày khai giảng=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ho_trong_cay_do_bau_tao_tram_huong_khai_bao_hat_kiem_lam_huyen_vn229",
        "TT=row | Tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số định danh cá nhân=cccd"
        " | Nơi thường trú=address | SĐT=phone | Số cây dó bầu=-:agar_trees229"
        " | Năm trồng=-:agar_year229 | Diện tích (ha)=-:agar_ha229"
        " | Số cây đã tạo trầm=-:agar_done229 | Phương pháp tạo trầm=-:agar_way229"
        " | Vị trí vườn (tờ BĐ/thửa)=-:agar_plot229 | Cán bộ KL phụ trách=-:ranger229"
        " | Tình trạng hồ sơ=-:agar_state229 | Ngày kiểm tra=date@%d/%m/%Y",
        encoding="utf-8-sig",
    ),
    _shape(
        "diiwaanka_xubnaha_iskaashatada_kalluumeysatada_berbera_sl229",
        "T/R=row | Magaca xubinta (3 magac)=full_name:sl_name229"
        " | Magaca hooyada=-:sl_mother229 | Jinsiga=sex:sl_sex229"
        " | Taariikhda dhalashada=birth_date@%d/%m/%Y | Goobta dhalashada=-:sl_birth229"
        " | Kaarka aqoonsiga=national_id:sl_nid229 | Magaalada=district:sl_town229"
        " | Xaafadda=suburb:sl_xaafad229 | Taleefanka=phone:sl_phone229"
        " | Nooca doonta=-:sl_boat229 | Lambarka doonta=-:sl_boatno229"
        " | Qalabka kalluumeysiga=-:sl_gear229 | Khidmadda xubinnimada=-:sl_fee229"
        " | Taariikhda ku biirista=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "demandeurs_logement_social_arulos_dj229",
        "N°=row | Nom et prénoms / Migaaq=full_name:dj_name229 | Sexe=sex:dj_sex229"
        " | Date de naissance=birth_date@%d/%m/%Y | Lieu de naissance=-:dj_birth229"
        " | N° CNI=national_id:dj_cni229 | Adresse actuelle / Qari=address:dj_addr229"
        " | Tél.=phone:dj_phone229 | Employeur=-:dj_employer229"
        " | Revenu mensuel (FDJ)=-:dj_income229 | Pers. à charge=-:dj_charge229"
        " | Type de logement demandé=-:dj_type229 | N° dossier=-:dj_file229"
        " | Date de dépôt=date@%d/%m/%Y | Statut=-:dj_status229",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "mezgeb_teleqahti_nishto_lqah_smcp_er229",
        "ተ.ቁ=row | ሽም ተለቃሒ (ሽም ሽም ኣቦ ሽም ኣባሓጎ)=full_name:er_name229 | ጾታ=sex:er_sex229"
        " | ዕለት ትውልዲ=birth_date@%d/%m/%Y | ቁጽሪ መንነት=national_id:er_nid229"
        " | ዞባ=state:er_zoba229 | ንኡስ ዞባ=district:er_subzoba229 | ዓዲ=suburb:er_adi229"
        " | ቁ. ስልኪ=phone:er_phone229 | ዓይነት ንጥፈት=-:er_work229 | መጠን ልቓሕ=-:er_loan229"
        " | ቁጽሪ ውዕል=-:er_contract229 | ዋሕስ=-:er_guarantor229"
        " | ዕለት ልቓሕ=date@%d/%m/%Y | ኩነታት ምኽፋል=-:er_state229",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "kashf_almutaqaddimin_imtihan_alshahada_alsudaniya_sd229",
        "م=row | رقم الجلوس=-:sd_seat229 | اسم الطالب رباعياً=full_name:sd_name229"
        " | النوع=sex:sd_sex229 | تاريخ الميلاد=birth_date@%d/%m/%Y"
        " | الرقم الوطني=national_id:sd_nn229 | المدرسة=-:sd_school229"
        " | المساق=-:sd_track229 | نوع الجلوس=-:sd_kind229 | الولاية=state:sd_state229"
        " | المحلية=district:sd_town229 | مركز الامتحان=-:sd_centre229"
        " | هاتف الطالب=phone:sd_phone229 | اسم ولي الأمر=-:sd_guardian229"
        " | هاتف ولي الأمر=-:sd_gphone229 | تاريخ التقديم=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "boda_boda_riders_registration_juba_city_council_ss229",
        "S/No / الرقم=row | Rider's Name / اسم السائق=full_name:ss_name229"
        " | Sex / النوع=sex:ss_sex229 | Date of Birth / تاريخ الميلاد=birth_date@%d/%m/%Y"
        " | National ID No. / الرقم الوطني=national_id:ss_nid229"
        " | Residence / السكن=address:ss_addr229 | Phone / التلفون=phone:ss_phone229"
        " | Plate No. / رقم اللوحة=-:ss_plate229 | Make / نوع الموتر=-:ss_make229"
        " | Owner / صاحب الموتر=-:ss_owner229 | Stage / الموقف=-:ss_stage229"
        " | Driving Permit No.=-:ss_permit229 | Fee Paid / الرسوم=-:ss_fee229"
        " | Date Registered / تاريخ التسجيل=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "sl_nid229",
    "dj_cni229",
    "er_nid229",
    "sd_nn229",
    "ss_nid229",
)
SEX_HOLDS: tuple[str, ...] = ("sl_sex229", "dj_sex229", "er_sex229", "sd_sex229", "ss_sex229")
NAME_HOLDS = frozenset({"sl_name229", "dj_name229", "er_name229", "sd_name229", "ss_name229"})
PHONE_HOLDS: tuple[str, ...] = (
    "sl_phone229",
    "dj_phone229",
    "er_phone229",
    "sd_phone229",
    "ss_phone229",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("dj_addr229", "ss_addr229")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND229",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND229",
]
