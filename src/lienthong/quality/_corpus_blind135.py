"""The hundred-and-thirty-fifth part of the outside corpus, **blind 135** (written 20:20 UTC,
2026-12-06, never used for tuning): person files a people's credit fund, a commune sending
seasonal workers to Korea, a power company's district branch, a trade union chasing unpaid wages,
an Emirati marriage fund, a Qatari Hajj office, a Bahraini blood bank, an Omani fisheries
directorate and a Yemeni displacement unit could hand over. Four Vietnamese files: a people's
credit fund's member list in Excel (the member card, the founding and regular capital, the loan
outstanding and its due date, the heir of the capital); a commune's list of seasonal workers
going to Korea in UTF-16 with tabs (the passport, the Korean host district, the contract term, the
departure date, the guarantor with relation and phone, the deposit and its bank account); a power
branch's list of requests for a new household connection in Windows-1258 with semicolons (the
customer code, the spaced CCCD, the address where power is used, the transformer station, the
meter, its reading and the day it was hung, the surveyor, the status); and a trade union's list
of workers owed wages by a closed company, in UTF-8 with a BOM, semicolons and headers without
diacritics (the company and its address, months and amount owed, the social insurance status, the
union officer).
Five foreign files: an Emirati marriage grant list in UTF-8 with a BOM and headers in Arabic and
English (the Emirates ID 784-YYYY-NNNNNNN-C with its Luhn digit, the emirate and area, the
spouse and the spouse's ID, the employer and salary); a Qatari Hajj registration list in UTF-8
(the QID, municipality and zone, a woman's mahram and his QID, the campaign, the passport); a
Bahraini blood donor list in Windows-1256 with bilingual headers (the CPR, flat/building/road/block
addresses, the blood group, the haemoglobin, the bag number); an Omani fishermen's register in
Excel (the civil number, wilayat, governorate and village, the fishing licence, the boat and its
harbour); and a Yemeni list of displaced families in UTF-8 with a BOM (the national number, the
four-part name, the governorate left and the one now lived in, the district, the shelter, the
neighbourhood 'aqil).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind135_writers import WRITERS_BLIND135
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND135: tuple[Shape, ...] = (
    _shape(
        "thanh_vien_quy_tin_dung_nhan_dan_vn135",
        "STT=row | Số thẻ TV=-:member135 | Họ và tên thành viên=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd"
        " | Nơi cư trú=address | Điện thoại=phone | Ngày kết nạp=date@%d/%m/%Y"
        " | Vốn góp xác lập (đ)=-:capital135 | Vốn góp thường xuyên (đ)=-:capital2_135"
        " | Dư nợ hiện tại (đ)=-:loan135 | Ngày đến hạn=date@%d/%m/%Y"
        " | Người thừa kế vốn góp=-:heir135 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "lao_dong_thoi_vu_han_quoc_e8_xa_vn135",
        "TT=row | Họ và tên lao động=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Số hộ chiếu=-:passport135"
        " | Hộ khẩu thường trú=address | Điện thoại NLĐ=phone"
        " | Địa phương tiếp nhận (Hàn Quốc)=-:kr_place135 | Thời hạn HĐ (tháng)=-:term135"
        " | Ngày xuất cảnh=date@%d/%m/%Y | Người bảo lãnh=-:guarantor135"
        " | Quan hệ với NLĐ=-:rel135 | SĐT người bảo lãnh=-:gphone135"
        " | Số tiền ký quỹ (đồng)=-:deposit135 | Số TK ký quỹ NHCSXH=-:acct135",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "khach_hang_de_nghi_cap_dien_moi_sinh_hoat_vn135",
        "STT=row | Mã KH=-:pe135 | Tên khách hàng=full_name | Số CCCD=cccd:cccd_spaced"
        " | Ngày sinh=birth_date@%d/%m/%Y | Địa chỉ sử dụng điện=address"
        " | Số ĐT liên hệ=phone | Mục đích sử dụng=-:purpose135"
        " | Ngày tiếp nhận=date@%d/%m/%Y | Trạm biến áp=-:tba135 | Số công tơ=-:meter135"
        " | Chỉ số treo=-:reading135 | Ngày treo công tơ=date@%d/%m/%Y"
        " | NV khảo sát=-:surveyor135 | Trạng thái=-:estatus135",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nguoi_lao_dong_bi_no_luong_doanh_nghiep_vn135",
        "TT=row | Ho va ten=full_name | Ngay sinh=birth_date@%d/%m/%Y | Gioi tinh=sex"
        " | So CCCD=cccd | Ma so BHXH=bhxh | Dia chi thuong tru=address | Dien thoai=phone"
        " | Ten doanh nghiep=-:firm135 | Dia chi DN=-:firm_addr135"
        " | Ngay vao lam=date@%d/%m/%Y | So thang no luong=-:months135"
        " | So tien no luong (VND)=-:owed135 | Tinh trang dong BHXH=-:sistatus135"
        " | Can bo CD theo doi=-:union_off135",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "minhat_sunduq_alzawaj_ae135",
        "م / No.=row | رقم الهوية / Emirates ID=national_id:eid135"
        " | الاسم / Name=full_name:ae_name135 | تاريخ الميلاد / Date of Birth=birth_date@%d/%m/%Y"
        " | الجنس / Gender=sex:sex_ae135 | الإمارة / Emirate=state:emirate135"
        " | المنطقة / Area=suburb:area135 | الهاتف المتحرك / Mobile=phone:phone_ae135"
        " | البريد الإلكتروني / Email=email | اسم الزوج(ة) / Spouse Name=-:spouse_ae135"
        " | هوية الزوج(ة) / Spouse EID=-:spouse_eid135"
        " | تاريخ عقد الزواج / Marriage Contract Date=date@%d/%m/%Y"
        " | جهة العمل / Employer=-:employer_ae135 | الراتب الشهري (درهم)=-:salary_ae135"
        " | حالة الطلب / Status=-:status_ae135",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "tasjil_alhajj_awqaf_qa135",
        "الرقم=row | الرقم الشخصي=national_id:qid135 | الاسم الكامل=full_name:qa_name135"
        " | تاريخ الميلاد=birth_date@%Y-%m-%d | الجنس=sex:sex_qa135 | الجنسية=-:nat_qa135"
        " | رقم الجوال=phone:phone_qa135 | البلدية=district:bald_qa135"
        " | المنطقة=suburb:zone_qa135 | المحرم=-:mahram135"
        " | الرقم الشخصي للمحرم=-:mahram_qid135 | الحملة=-:campaign135"
        " | رقم جواز السفر=-:passport_qa135 | سبق له الحج=-:prior135"
        " | تاريخ التسجيل=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "mutabarri_bank_aldam_bh135",
        "S/N=row | الرقم الشخصي CPR No.=national_id:cpr135 | الاسم Name=full_name:bh_name135"
        " | تاريخ الميلاد DOB=birth_date@%d-%m-%Y | الجنس Sex=sex:sex_bh135"
        " | فصيلة الدم Blood Group=-:blood135 | العنوان Address=address:addr_bh135"
        " | الهاتف Mobile=phone:phone_bh135 | تاريخ آخر تبرع Last Donation=date@%d-%m-%Y"
        " | عدد مرات التبرع No. of Donations=-:times135 | Hb (g/dL)=-:hb135"
        " | المركز Centre=-:centre_bh135 | رقم الكيس Bag No.=-:bag135"
        " | ملاحظات Remarks=-:remark_bh135",
        english=True,
        encoding="cp1256",
    ),
    _shape(
        "sijil_alsayyadin_om135",
        "م=row | الرقم المدني=national_id:civil_om135 | اسم الصياد=full_name:om_name135"
        " | تاريخ الميلاد=birth_date@%d/%m/%Y | الجنس=sex:sex_om135"
        " | الولاية=district:wilayat135 | المحافظة=state:gov_om135"
        " | القرية / الحلة=suburb:village135 | رقم الهاتف=phone:phone_om135"
        " | رقم ترخيص الصيد=-:licence135 | اسم القارب=-:boat135"
        " | رقم تسجيل القارب=-:boatno135 | ميناء الصيد=-:harbour135"
        " | تاريخ انتهاء الترخيص=date@%d/%m/%Y | نوع أداة الصيد=-:gear135",
        english=True,
        file="xlsx",
    ),
    _shape(
        "nazihin_alwahda_altanfidhiya_ye135",
        "م=row | الرقم الوطني=national_id:natno_ye135 | الاسم الرباعي=full_name:ye_name135"
        " | تاريخ الميلاد=birth_date@%d/%m/%Y | النوع=sex:sex_ye135"
        " | المحافظة الأصلية=-:orig_gov135 | المحافظة الحالية=state:cur_gov135"
        " | المديرية=district:mudiriya135 | مكان الإيواء=-:shelter135"
        " | عدد أفراد الأسرة=-:family_size135 | رقم الهاتف=phone:phone_ye135"
        " | تاريخ النزوح=date@%d/%m/%Y | عاقل الحارة=-:aqil135"
        " | حالة الاستحقاق=-:elig135",
        english=True,
        encoding="utf-8-sig",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("eid135", "qid135", "cpr135", "civil_om135", "natno_ye135")
SEX_HOLDS: tuple[str, ...] = ("sex_ae135", "sex_qa135", "sex_bh135", "sex_om135", "sex_ye135")
NAME_HOLDS = frozenset({"ae_name135", "qa_name135", "bh_name135", "om_name135", "ye_name135"})
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ae135",
    "phone_qa135",
    "phone_bh135",
    "phone_om135",
    "phone_ye135",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_bh135",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND135",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND135",
]
