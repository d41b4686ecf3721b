"""The two-hundred-and-fifty-ninth part of the outside corpus, **blind 259** (written 08:54 UTC,
2026-12-07, never used for tuning): person files a town's tourist electric buggy office, a
district culture centre's angling contest, a residents' front committee handing out national
flags, a district commending drowning rescuers, Nag Hammadi's sugar factory, Aswan's Nubian
compensation committee, an Alexandria beach cabin office, Mansoura University's student hostels
and Suez's social housing desk could hand over. Four Vietnamese files: the drivers of electric
tourist buggies registered with a town's economic office in Windows-1258 with semicolons (the
plate, the licence class and number, the cooperative, the driver's badge and its date, the
route, the seats); the anglers entered in a district's fishing contest in UTF-16 with tabs (the
club, the peg, the rod, the entry fee, the catch in kilograms, the rank); a residential group's
list of households given national flags in Excel (the house number and the street, the
residential group, the number and size of flags, the date, who signed, who handed them out);
and a district's list of citizens commended for rescuing people from drowning in UTF-8 with a
BOM and tabs (the job, the feat, the date and place, the people saved, the award, the decision
number, the bonus, a witness's phone).
Five foreign files: a sugar factory's register of cane suppliers from Qena and Sohag in
Windows-1256 (the supplier card, the four-part name, the national number, the village and the
markaz, the basin and the area in feddans and qirats, the tons, the cooperative, the amount due,
the delivery date); an Aswan committee's register of Nubian claims in UTF-16 with tabs and
bilingual headers (the national number, the original village before the displacement and the
resettlement village, the claim and its kind, the claimant's standing); an Alexandria beach
cabin subscribers' list in Excel (the cabin and row, the beach, the address by street, area and
qism, the term and the price, the contract date, email); Mansoura University's hostel applicants
in UTF-8 with a BOM (the student code, the faculty and year, the home governorate and city, the
guardian's phone, the grade, the status, the date of housing); and Suez's social housing
applicants in UTF-8 with semicolons (the spouse and the spouse's number, the employer, the
monthly income, the receipt, the unit size, the date of application).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind259_writers import WRITERS_BLIND259
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND259: tuple[Shape, ...] = (
    _shape(
        "lai_xe_dien_bon_banh_cho_khach_du_lich_dang_ky_phong_kinh_te_thanh_pho_hoi_an_vn259",
        "STT=row | Ho ten lai xe=full_name | Ngay sinh=birth_date@%d/%m/%Y | So CCCD=cccd"
        " | DT di dong=phone | Noi thuong tru=address | Bien so xe=-:plate259"
        " | Hang GPLX=-:licence_class259 | So GPLX=-:licence_no259 | Don vi KD=-:coop259"
        " | So the lai xe=-:badge259 | Ngay cap the=date@%d/%m/%Y | Tuyen hoat dong=-:route259"
        " | So cho=-:seats259",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "can_thu_dang_ky_giai_cau_ca_mo_rong_trung_tam_van_hoa_the_thao_huyen_vn259",
        "TT=row | Họ và tên cần thủ=full_name | Ngày/tháng/năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD/ĐDCN=cccd:cccd_spaced | Số ĐT=phone"
        " | Địa chỉ=address | CLB/Đơn vị=-:club259 | Ô câu=-:peg259 | Loại cần=-:rod259"
        " | Lệ phí (đồng)=-:fee259 | Sản lượng (kg)=-:catch259 | Xếp hạng=-:rank259"
        " | Ngày thi đấu=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ho_gia_dinh_nhan_co_to_quoc_ban_cong_tac_mat_tran_khu_dan_cu_phuong_vn259",
        "STT=row | Họ tên chủ hộ=full_name | Năm sinh=birth_date@%d/%m/%Y | CCCD=cccd"
        " | Số nhà, đường=street | Tổ DP=-:tdp259 | Phường=ward:ward259 | SĐT=phone"
        " | Số lá cờ=-:flags259 | Kích thước=-:flag_size259 | Ngày nhận=date@%d/%m/%Y"
        " | Ký nhận=-:signed259 | Người phát=-:giver259",
        file="xlsx",
    ),
    _shape(
        "cong_dan_duoc_khen_thuong_dung_cam_cuu_nguoi_duoi_nuoc_ubnd_huyen_vn259",
        "TT=row | Họ và tên=full_name | Sinh ngày=birth_date@%d/%m/%Y | Nam/Nữ=sex"
        " | Số định danh cá nhân=cccd | Nơi cư trú=address | Nghề nghiệp=-:job259"
        " | Thành tích=-:feat259 | Ngày xảy ra=date@%d/%m/%Y | Địa điểm=-:spot259"
        " | Số người được cứu=-:saved259 | Hình thức khen=-:award259 | Số QĐ=-:decision259"
        " | Mức thưởng (đ)=-:bonus259 | SĐT cá nhân=phone | SĐT người xác nhận=-:witness_phone259",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "kashf_muwarridi_alqasab_masnaa_sukkar_naj_hammadi_qina_sohag_eg259",
        "م=row | رقم الكارت=-:card_up259 | اسم المورد=full_name:name_up259"
        " | الرقم القومي=national_id:nid_up259 | تاريخ الميلاد=birth_date@%d/%m/%Y"
        " | الناحية=suburb:village_up259 | المركز=district:markaz_up259"
        " | الحوض / القطعة=-:hod_up259 | المساحة=-:area_up259 | الكمية (طن)=-:tons_up259"
        " | الجمعية=-:coop_up259 | رقم المحمول=phone:phone_up259"
        " | المستحق=-:due_up259 | تاريخ التوريد=date@%d/%m/%Y",
        english=True,
        encoding="cp1256",
    ),
    _shape(
        "sijil_talabat_taawid_ahali_alnuba_lajnat_aswan_eg259",
        "مسلسل / No.=row | الاسم رباعي / Full Name=full_name:name_nu259"
        " | الرقم القومي / National ID=national_id:nid_nu259"
        " | تاريخ الميلاد / DOB=birth_date@%d-%m-%Y | النوع / Sex=sex:sex_nu259"
        " | القرية الأصلية قبل التهجير=-:old_village_nu259"
        " | قرية الإقامة الحالية / Village=suburb:new_village_nu259"
        " | التليفون / Mobile=phone:phone_nu259 | رقم الطلب / Claim No.=-:claim_nu259"
        " | نوع التعويض=-:kind_nu259 | صفة مقدم الطلب=-:heir_nu259"
        " | تاريخ تقديم الطلب / Date=date@%d-%m-%Y",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "mushtarikin_kabayin_alshawati_alexandria_eg259",
        "م=row | رقم الكابينة=-:cabin_al259 | اسم المشترك=full_name:name_al259"
        " | الرقم القومي=national_id:nid_al259 | تاريخ الميلاد=birth_date@%d/%m/%Y"
        " | العنوان=address:addr_al259 | الموبايل=phone:phone_al259"
        " | البريد الإلكتروني=email | الشاطئ=-:beach_al259 | مدة الاشتراك=-:term_al259"
        " | القيمة (جنيه)=-:price_al259 | تاريخ التعاقد=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "mutaqaddimin_almadina_aljamiiya_jamiat_almansoura_eg259",
        "م=row | كود الطالب=-:code_ma259 | اسم الطالب رباعي=full_name:name_ma259"
        " | الرقم القومي=national_id:nid_ma259 | تاريخ الميلاد=birth_date@%d/%m/%Y"
        " | النوع=sex:sex_ma259 | الكلية=-:faculty_ma259 | الفرقة=-:year_ma259"
        " | المحافظة=state:gov_ma259 | المركز / المدينة=district:city_ma259"
        " | محمول الطالب=phone:phone_ma259 | محمول ولي الأمر=-:guardian_phone_ma259"
        " | التقدير=-:grade_ma259 | حالة الطلب=-:status_ma259"
        " | تاريخ التسكين=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "mutaqaddimin_iskan_ijtimai_muhafazat_alsuways_eg259",
        "م=row | اسم المتقدم=full_name:name_su259 | الرقم القومي=national_id:nid_su259"
        " | تاريخ الميلاد=birth_date@%d/%m/%Y | العنوان=address:addr_su259"
        " | رقم التليفون=phone:phone_su259 | اسم الزوج/الزوجة=-:spouse_su259"
        " | الرقم القومي للزوج/الزوجة=-:spouse_nid_su259 | جهة العمل=-:employer_su259"
        " | الدخل الشهري=-:income_su259 | رقم إيصال الجدية=-:receipt_su259"
        " | المساحة المطلوبة=-:unit_su259 | تاريخ التقديم=date@%d/%m/%Y",
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
    "nid_up259",
    "nid_nu259",
    "nid_al259",
    "nid_ma259",
    "nid_su259",
)
SEX_HOLDS: tuple[str, ...] = ("sex_nu259", "sex_ma259")
NAME_HOLDS = frozenset({"name_up259", "name_nu259", "name_al259", "name_ma259", "name_su259"})
PHONE_HOLDS: tuple[str, ...] = (
    "phone_up259",
    "phone_nu259",
    "phone_al259",
    "phone_ma259",
    "phone_su259",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_al259", "addr_su259")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND259",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND259",
]
