"""The hundred-and-fifty-seventh part of the outside corpus, **blind 157** (written 22:27 UTC,
2026-12-06, never used for tuning): person files a commune military command, a Ha Long Bay tour
boat company, a provincial traditional-medicine association, a commune women's union, a Sudanese
zakat chamber, a South Sudanese ministry of public service, a Mogadishu district market office,
a Djiboutian electoral commission and an Eritrean ration-card office could hand over. Four
Vietnamese files: a commune's list of young men registering for military service for the first
time, in Excel (the ethnic group, religion and schooling, the father and mother, the school, the
registration date); a tour boat company's crew list in UTF-16 with tabs (the spaced CCCD, the
post, the competence certificate, the boat, its registration number, its owner and captain, a
dotted phone, the day aboard, the time last updated); a traditional-medicine association's
healers in Windows-1258 with semicolons and headers without diacritics (the speciality, the
healer's certificate, the practice and its address, the branch); and a trusted-address register
of domestic violence victims in UTF-8 with a BOM and semicolons (the dossier, the commune alone,
the abuser and the relation, the form of violence, the trusted address, the support, a
relative's phone, the women's union officer).
Five foreign files: a Sudanese zakat list in Windows-1256 with Arabic headers (the eleven-digit
national number, the four-part name, state, locality and neighbourhood, the category of the
entitled, the base committee's head); a South Sudanese civil-service nominal roll in Excel (the
employee number, the national ID, the first appointment, the grade, the ministry and the duty
station, a residential address, +211 phones, the bank account, the payroll verification); a
Banadir market traders' register with Somali headers (the NIRA number, three names, the mother's
name, the place of birth, degmada and xaafadda, the trade licence and fee); a Djiboutian voters'
list in Windows-1252 with semicolons and French headers (the voter card beside the CNI, the
mother's name, the commune, the polling station); and an Eritrean ration-card register in UTF-16
with Tigrinya and English headers (the card, the seven-digit id, zoba, sub-zoba and kebabi in
Ge'ez script, the household size, the fair-price shop, the administrator).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind157_writers import WRITERS_BLIND157
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND157: tuple[Shape, ...] = (
    _shape(
        "dang_ky_nvqs_lan_dau_ban_chqs_xa_vn157",
        "TT=row | Họ, chữ đệm và tên khai sinh=full_name"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Số định danh cá nhân=cccd"
        " | Dân tộc=-:ethnic157 | Tôn giáo=-:religion157 | Trình độ văn hóa=-:grade157"
        " | Nơi thường trú=address | Họ tên cha=-:father157 | Họ tên mẹ=-:mother157"
        " | Nơi học tập, làm việc=-:school157 | Ngày đăng ký=date@%d/%m/%Y"
        " | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "thuyen_vien_tau_du_lich_vinh_ha_long_vn157",
        "STT=row | Họ tên thuyền viên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | CCCD=cccd:cccd_spaced | Chức danh=-:crew_role157"
        " | GCN KNCM / CCCM số=-:crew_cert157 | Tên tàu=-:boat157 | Số ĐK tàu=-:boat_reg157"
        " | Chủ tàu=-:boat_owner157 | Thuyền trưởng=-:captain157 | HKTT=address"
        " | ĐT liên lạc=phone:phone_dotted | Ngày xuống tàu=date@%d/%m/%Y"
        " | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hoi_vien_hoi_dong_y_luong_y_tinh_vn157",
        "TT=row | Ho va ten=full_name | Gioi=sex | Ngay sinh=birth_date@%d-%m-%Y"
        " | So CCCD=cccd | Dia chi thuong tru=address | Chuyen mon=-:herb157"
        " | So CC luong y=-:healer_cert157 | Co so hanh nghe=-:clinic157"
        " | Dia chi co so=-:clinic_addr157 | Chi hoi=-:branch157"
        " | Ngay vao Hoi=date@%d-%m-%Y | DT=phone | Email=email",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nan_nhan_bao_luc_gia_dinh_dia_chi_tin_cay_vn157",
        "STT=row | Mã hồ sơ=-:dossier157 | Họ tên nạn nhân=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd"
        " | Xã/Phường=ward:ward157 | Người gây bạo lực=-:abuser157"
        " | Quan hệ với nạn nhân=-:abuser_rel157 | Hình thức bạo lực=-:violence157"
        " | Địa chỉ tin cậy tiếp nhận=-:safe_place157 | Ngày tiếp nhận=date@%d/%m/%Y"
        " | Biện pháp hỗ trợ=-:support157 | SĐT nạn nhân=phone"
        " | SĐT người thân=-:phone_rel157 | Cán bộ theo dõi=-:officer157",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "diwan_alzakat_mustahiqin_sd157",
        "الرقم=row | الرقم الوطني=national_id:nn_sd157"
        " | اسم المستحق (رباعي)=full_name:sd_name157 | النوع=sex:sex_sd157"
        " | تاريخ الميلاد=birth_date@%d/%m/%Y | الولاية=state:sd_state157"
        " | المحلية=district:sd_mahalia157 | الحي / القرية=suburb:sd_hay157"
        " | رقم الهاتف=phone:phone_sd157 | فئة الاستحقاق=-:category_sd157"
        " | عدد أفراد الأسرة=-:members_sd157 | المبلغ (جنيه)=-:amount_sd157"
        " | رئيس لجنة الزكاة القاعدية=-:committee_sd157 | تاريخ الصرف=date@%d/%m/%Y",
        english=True,
        encoding="cp1256",
    ),
    _shape(
        "nominal_roll_public_service_ss157",
        "S/No=row | Employee No.=-:empno_ss157 | Name in Full=full_name:ss_name157"
        " | National ID No.=national_id:ss_nid157 | Gender=sex:ss_sex157"
        " | Date of Birth=birth_date@%d-%b-%Y | Date of First Appointment=date@%d-%b-%Y"
        " | Grade=-:ss_grade157 | Ministry/Institution=-:ss_ministry157"
        " | Duty Station=-:ss_station157 | Residential Address=address:ss_addr157"
        " | Mobile No.=phone:ss_phone157 | Bank & A/C No.=-:ss_bank157"
        " | Verification Status=-:ss_verify157",
        english=True,
        file="xlsx",
    ),
    _shape(
        "diiwaanka_ganacsatada_suuqa_so157",
        "Tirsi=row | Lambarka Aqoonsiga (NIRA)=national_id:nin_so157"
        " | Magaca Ganacsadaha (3 magac)=full_name:so_name157"
        " | Magaca Hooyada=-:mother_so157 | Jinsi=sex:sex_so157"
        " | Taariikhda Dhalashada=birth_date@%d/%m/%Y | Goobta Dhalashada=-:birthplace_so157"
        " | Degmada=district:degmo_so157 | Xaafadda=suburb:xaafad_so157"
        " | Taleefan=phone:phone_so157 | Nooca Ganacsiga=-:trade_so157"
        " | Lambarka Ruqsadda=-:licence_so157 | Khidmadda Sanadka=-:fee_so157"
        " | Taariikhda Diiwaangelinta=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "liste_electorale_bureau_vote_dj157",
        "N° d'ordre=row | N° carte d'électeur=-:voter_dj157"
        " | Nom et prénoms=full_name:dj_name157 | Sexe=sex:sex_dj157"
        " | Date de naissance=birth_date@%d/%m/%Y | Lieu de naissance=-:birthplace_dj157"
        " | N° CNI=national_id:cni_dj157 | Nom de la mère=-:mother_dj157"
        " | Profession=-:job_dj157 | Adresse=address:addr_dj157"
        " | Commune=district:commune_dj157 | Bureau de vote=-:bureau_dj157"
        " | Téléphone=phone:phone_dj157 | Date d'inscription=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "mezgeb_ration_card_er157",
        "ተ.ቁ / S.No=row | ቁጽሪ ካርድ / Card No.=-:ration_er157"
        " | ሽም ሓላፊ ስድራ / Head of Household=full_name:er_name157"
        " | ቁጽሪ መንነት / ID Card No.=national_id:er_nid157 | ጾታ / Sex=sex:sex_er157"
        " | ዕለት ልደት / Date of Birth=birth_date@%d/%m/%Y | ዞባ / Zoba=state:zoba_er157"
        " | ንኡስ ዞባ / Sub-Zoba=district:subzoba_er157 | ምምሕዳር / Kebabi=suburb:kebabi_er157"
        " | ቁጽሪ ገዛ / House No.=-:house_er157 | ቁጽሪ ስልኪ / Tel.=phone:phone_er157"
        " | ብዝሒ ኣባላት / Family Size=-:size_er157 | ድኳን / Shop=-:shop_er157"
        " | ኣመሓዳሪ / Administrator=-:head_er157 | ዕለት ምዝገባ / Reg. Date=date@%d/%m/%Y",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats.
INVALID_DAY: dict[str, str] = {"%d-%b-%Y": "31-Feb-{y}"}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "nn_sd157",
    "ss_nid157",
    "nin_so157",
    "cni_dj157",
    "er_nid157",
)
SEX_HOLDS: tuple[str, ...] = ("sex_sd157", "ss_sex157", "sex_so157", "sex_dj157", "sex_er157")
NAME_HOLDS = frozenset({"sd_name157", "ss_name157", "so_name157", "dj_name157", "er_name157"})
PHONE_HOLDS: tuple[str, ...] = (
    "phone_sd157",
    "ss_phone157",
    "phone_so157",
    "phone_dj157",
    "phone_er157",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ss_addr157", "addr_dj157")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND157",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND157",
]
