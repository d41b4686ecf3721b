"""The three-hundred-and-fifty-first part of the outside corpus, **blind 351** (written 12:55 UTC,
2026-12-07, never used for tuning): person files a commune's civil status office, a district
hospital's HIS, a civil judgment enforcement office, a travel agency, a Đắk Lắk commune, an
Addis Ababa Fayda enrolment centre, a Somali IDP registration team, a Yangon township election
sub-commission and a Saudi Hajj operator could hand over, each writing a person's name the way
its own register splits it. Five Vietnamese files: a commune's register of changes of name in
Windows-1258 with semicolons (the name before and after the change, the decision number, what
changed, the reason, the parent who asked, the officer); a hospital HIS patient export in UTF-8
with tabs and upper-case field names that keep HO, TEN_DEM and TEN apart (the patient number,
the BHYT card, a relative and her phone, the department code); a judgment enforcement office's
list of judgment debtors in UTF-8 with a BOM (the birth name beside the "tên gọi khác" people know
them by, the judgment, the creditor, the amount, the enforcer, the status); a travel agency's
outbound tour group in Excel (the name with diacritics beside the passport's surname and given
names in capitals without them, the passport number and expiry, the place of birth, an emergency
contact); and a Đắk Lắk commune's housing aid list of Ê Đê households in UTF-16 with tabs (the
name with the clan last, the clan in its own column, the mother's name carrying the same clan).
Four foreign files: a Fayda enrolment list in UTF-8 with a BOM and Amharic/English headers (the
full name in Ge'ez script, then name, father's name and grandfather's name apart, the FIN with its
Verhoeff digit, the sub-city); a Somali IDP registration in UTF-8 (the three names in one column,
the mother's three names, the clan, the district of origin); a Myanmar voter list in UTF-8 with
Burmese/English headers (names with U / Daw / Maung / Ma and no family name, the father's name,
the NRC in Burmese script); and a Saudi Hajj operator's pilgrims in Excel (first, father's,
grandfather's and family name in Arabic and in English, the identity number with its Luhn digit,
the permit, the mahram).

How the name columns are labelled: a column is the record's person's name if it holds that
person's own name, whole (``full_name``, also for the name before a change, an alias and the
Latin spelling beside a native script), the part they are filed and sorted under as a family
(``family_name``: Họ, the passport surname, the Ê Đê clan, the Saudi family name) or their own
personal name (``given_name``: Tên, and Tên đệm too, which belongs to the personal name and not
to the family; the passport's given names; the Ethiopian and Saudi first name). A father's or a
grandfather's name kept in a column of its own (Ethiopia, Saudi Arabia, Myanmar) is that other
man's given name, even where it also forms the person's name chain, so it is ``-``, like a
mother's or a mahram's name; the Somali three names written in one column are ``full_name``.

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind351_writers import WRITERS_BLIND351
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND351: tuple[Shape, ...] = (
    _shape(
        "so_dang_ky_thay_doi_cai_chinh_ho_tich_doi_ten_ubnd_xa_vn351",
        "STT=row | Số đăng ký=-:decision351 | Ngày đăng ký=date@%d/%m/%Y"
        " | Họ, chữ đệm, tên trước khi thay đổi=full_name:old351"
        " | Họ, chữ đệm, tên sau khi thay đổi=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Nơi cư trú=address"
        " | Nội dung thay đổi=-:what351 | Căn cứ / lý do=-:reason351"
        " | Họ tên người yêu cầu=-:asker351 | Quan hệ với người được thay đổi=-:askrel351"
        " | Công chức tư pháp - hộ tịch=-:officer351 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "benh_nhan_danh_muc_his_xuat_ho_ten_dem_ten_rieng_bvdk_huyen_vn351",
        "STT=row | MA_BN=-:his_id351 | HO=family_name | TEN_DEM=given_name:middle351"
        " | TEN=given_name:given_only | NGAY_SINH=birth_date@%Y%m%d | GIOI_TINH=sex:his_sex351"
        " | SO_CCCD=cccd | MA_THE_BHYT=bhyt | DIA_CHI=address | DIEN_THOAI=phone"
        " | NGUOI_THAN=-:kin351 | DT_NGUOI_THAN=-:kinphone351 | MA_KHOA=-:dept351"
        " | NGAY_VAO=date@%Y%m%d%H%M | NGAY_CAP_NHAT=timestamp",
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "nguoi_phai_thi_hanh_an_ten_goi_khac_chi_cuc_thads_khu_vuc_vn351",
        "TT=row | Bản án số=-:judgment351 | Họ và tên người phải THA=full_name"
        " | Tên gọi khác=full_name:alias351 | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | CCCD/ĐDCN=cccd | Nơi cư trú=address | Người được THA=-:creditor351"
        " | Khoản phải THA=-:duty351 | Số tiền (đồng)=-:amount | Ngày QĐ THA=date@%d/%m/%Y"
        " | Chấp hành viên=-:officer351 | Kết quả xác minh=-:status351",
        encoding="utf-8-sig",
        delimiter=",",
    ),
    _shape(
        "doan_khach_du_lich_xuat_canh_ho_ten_theo_ho_chieu_cong_ty_lu_hanh_vn351",
        "STT=row | Họ và tên (Tiếng Việt)=full_name | Surname / Họ=family_name:pp_family351"
        " | Given names / Tên đệm và tên=given_name:pp_given351 | Sex=sex:pp_sex351"
        " | Date of birth=birth_date@%d/%m/%Y | Place of birth=-:pp_pob351"
        " | Passport No.=-:pp_no351 | Date of expiry=date:pp_exp351@%d/%m/%Y | CCCD=cccd"
        " | SĐT=phone | Liên hệ khẩn cấp=-:kin351 | SĐT liên hệ=-:kinphone351"
        " | Thị thực=-:visa351",
        file="xlsx",
    ),
    _shape(
        "ho_dong_bao_e_de_ho_tro_nha_o_ho_ten_dong_ho_ubnd_xa_dak_lak_vn351",
        "STT=row | Họ và tên=full_name:ede_full351 | Họ (dòng họ)=family_name:ede_clan351"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd"
        " | Quan hệ với chủ hộ=-:relation | Họ tên mẹ=-:ede_mother351"
        " | Địa chỉ (buôn, xã)=address:ede_addr351 | Điện thoại=phone"
        " | Nội dung hỗ trợ=-:ede_aid351 | Kinh phí (đồng)=-:amount | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "fayda_enrolment_ye_mezgeb_addis_ababa_et351",
        "ተ.ቁ / No.=row | ሙሉ ስም / Full Name (Amharic)=full_name:et_am351"
        " | ስም / Name=given_name:et_given351 | የአባት ስም / Father's Name=-:et_father351"
        " | የአያት ስም / Grandfather's Name=-:et_gfather351 | ጾታ / Sex=sex:et_sex351"
        " | የትውልድ ቀን (G.C.) / Date of Birth=birth_date@%d/%m/%Y"
        " | FIN / የፋይዳ ቁጥር=national_id:et_fin351 | ከተማ / City=district:et_city351"
        " | ክፍለ ከተማ / Sub-city=suburb:et_subcity351 | የቤት ቁ. / House No.=-:et_house351"
        " | ስልክ / Phone=phone:et_phone351 | የምዝገባ ጣቢያ / Enrolment Centre=-:et_centre351"
        " | የምዝገባ ቀን / Enrolment Date=date@%d/%m/%Y | መዝጋቢ / Registrar=-:et_officer351",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "diiwaangelinta_barakacayaasha_idp_registration_so351",
        "Tirsi=row | Magaca oo saddexan=full_name:so_name351"
        " | Magaca hooyada=-:so_mother351 | Qabiil / Beel=-:so_clan351 | Jinsiga=sex:so_sex351"
        " | Taariikhda dhalashada=birth_date@%d/%m/%Y"
        " | Lambarka aqoonsiga (NIRA)=national_id:so_nira351"
        " | Taleefan=phone:so_phone351 | Xaafadda=suburb:so_suburb351"
        " | Gobolka=state:so_region351 | Degmada laga soo barakacay=-:so_origin351"
        " | Sababta barakaca=-:so_reason351 | Tirada qoyska=-:so_hh351"
        " | Taariikhda diiwaangelinta=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "mae_sanda_shin_sayin_voter_list_township_mm351",
        "စဉ် / No.=row | အမည် / Name=full_name:mm_name351"
        " | Name (English)=full_name:mm_latin351 | ကျား/မ=sex:mm_sex351"
        " | နိုင်ငံသားစိစစ်ရေးကတ်ပြားအမှတ် / NRC No.=national_id:mm_nrc351"
        " | မွေးသက္ကရာဇ် / Date of Birth=birth_date@%d-%m-%Y"
        " | အဘအမည် / Father's Name=-:mm_father351 | လူမျိုး/ဘာသာ=-:mm_race351"
        " | နေရပ်လိပ်စာ / Address=street:mm_street351"
        " | ရပ်ကွက် / Ward=suburb:mm_ward351 | မြို့နယ် / Township=district:mm_township351",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "hujjaj_aldakhil_domestic_pilgrims_hajj_operator_sa351",
        "م / No.=row | رقم الهوية / ID No.=national_id:sa_id351"
        " | الاسم الأول=given_name:sa_first_ar351 | اسم الأب=-:sa_father_ar351"
        " | اسم الجد=-:sa_gf_ar351 | اسم العائلة=family_name:sa_family_ar351"
        " | First Name=given_name:sa_first_en351 | Father Name=-:sa_father_en351"
        " | Grandfather Name=-:sa_gf_en351 | Family Name=family_name:sa_family_en351"
        " | تاريخ الميلاد / Date of Birth=birth_date@%Y/%m/%d | الجنس / Gender=sex:sa_sex351"
        " | الجوال / Mobile=phone:sa_phone351 | المدينة / City=district:sa_city351"
        " | رقم التصريح / Permit No.=-:sa_permit351 | الباقة / Package=-:sa_package351"
        " | المحرم / Mahram=-:sa_mahram351 | تاريخ الحجز / Booking Date=date:sa_booked351@%Y/%m/%d",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("et_fin351", "so_nira351", "mm_nrc351", "sa_id351")
SEX_HOLDS: tuple[str, ...] = (
    "his_sex351",
    "pp_sex351",
    "et_sex351",
    "so_sex351",
    "mm_sex351",
    "sa_sex351",
)
NAME_HOLDS = frozenset(
    {"old351", "alias351", "pp_family351", "pp_given351", "ede_full351", "et_given351"}
    | {"so_name351", "mm_latin351", "sa_first_en351", "sa_family_en351"}
)
PHONE_HOLDS: tuple[str, ...] = ("et_phone351", "so_phone351", "sa_phone351")
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ede_addr351",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND351",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND351",
]
