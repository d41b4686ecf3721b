"""The ninety-ninth part of the outside corpus, **blind 99** (written 17:14 UTC, 2026-12-06, never
used for tuning): person files a commune farmers' union, a mountain district's health centre, a
city district's sports office, a district's agriculture office, a Vientiane district health
office, a Yangon factory's social security clerk, a Pangasinan DSWD municipal link, a Díli suku
council and a Goroka coffee extension office could hand over. Four Vietnamese files: a Thái Bình
commune's roll of Hội Nông dân members in Windows-1258 with semicolons (the member's card, the
branch named after the hamlet, the day they joined, the farming they do, the post held in the
branch, the title of good producer, the yearly dues, the CCCD, the phone); a Điện Biên district
health centre's payroll of village health workers and village midwives (nhân viên y tế thôn bản,
cô đỡ thôn bản) paid their allowance, in Excel (the village served apart from the home address,
the training, the coefficient with a decimal comma, the monthly sum and the six months' total,
the bank account, real Excel birth dates); a Hải Phòng district's list of children in the free
summer swimming classes (phổ cập bơi) in UTF-16 with tabs (the child's school and class, the
parent's name and phone, the pool, the course with its dates, the result, the home address, no
CCCD); and a Long An district's list of farms granted the farm economy certificate (kinh tế
trang trại) in UTF-8 with a BOM, semicolons and headers without diacritics (the owner's CCCD in
groups, the farm's own address beside the owner's home, the kind of farm, its area in hectares
with a decimal comma, what it raises, its revenue in đồng, its hired workers, the certificate
number and day). Five foreign files: a Vientiane Capital district's COVID-19 vaccination list in
UTF-8 with Lao headers (the name with ທ້າວ/ນາງ, ຊາຍ/ຍິງ, the family book number, the village,
district and province apart, ``020`` and ``+856 20`` phones, the occupation, the vaccine, the
dose, the lot, the place and day of the shot); a Hlaing Tharyar garment factory's social
security roll in UTF-8 with a BOM and Burmese headers (the name with ဦး/ဒေါ် or ကို/မ, the
father's name, the NRC written ``12/လသယ(နိုင်)၁၂၃၄၅၆`` in Burmese digits or
``12/MaYaKa(N)123456``, ကျား/မ, the SSB number, the factory and post, the wage and the
contribution in kyat, ``09-`` and ``+95 9`` phones, the home address in English); a Dagupan City
4Ps education compliance and family development session list in Excel with English/Filipino
headers (the household ID, the grantee's names in columns, the PhilSys card number in groups,
the barangay, the monitored child, the school, the grade, the attendance, the FDS module and day
attended, the status, the grant, the municipal link); a Díli suku's cesta básica distribution
list in Windows-1252 with semicolons and Tetum/Portuguese headers (the voter card number,
``Mane``/``Feto``, aldeia, suku, postu and munisípiu apart, whether the person heads the family
and its size, ``77`` phones, the basket, its value, the day received, the officer); and an
Eastern Highlands coffee growers' register in UTF-8 with English/Tok Pisin headers (the NID
number, ``Man``/``Meri``, village, district and province apart, ``7`` phones, the trees and
garden size, the buyer, the kilos of parchment sold, the day registered, the extension officer).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind99_writers import WRITERS_BLIND99
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND99: tuple[Shape, ...] = (
    _shape(
        "hoi_vien_hoi_nong_dan_xa_vn99",
        "STT=row | Số thẻ HV=-:farmer_card99 | Họ và tên hội viên=full_name"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd"
        " | Nơi ở=address:farmer_addr99 | Chi hội=-:farmer_branch99"
        " | Ngày vào Hội=date:farmer_join99 | Ngành nghề SX=-:farmer_job99"
        " | Chức vụ trong Hội=-:farmer_title99 | Danh hiệu SXKD giỏi=-:farmer_rank99"
        " | Hội phí/năm (đ)=-:farmer_dues99 | ĐT liên hệ=phone",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "phu_cap_nhan_vien_y_te_thon_ban_vn99",
        "TT=row | Họ và tên=full_name | Ngày sinh=birth_date:excel_date | Giới tính=sex"
        " | Số định danh cá nhân=cccd | Dân tộc=-:yt_ethnic99 | Thôn/bản phụ trách=-:yt_village99"
        " | Địa chỉ thường trú=address:yt_addr99 | Chức danh=-:yt_role99"
        " | Trình độ chuyên môn=-:yt_training99 | Hệ số phụ cấp=-:yt_coef99"
        " | Mức PC/tháng (đồng)=-:yt_allowance99 | Số tháng=-:yt_months99"
        " | Thành tiền=-:yt_total99 | Số TK (Agribank)=-:yt_account99"
        " | Số điện thoại=phone:phone_spaced | Ngày cập nhật=timestamp",
        file="xlsx",
    ),
    _shape(
        "lop_pho_cap_boi_tre_em_he_vn99",
        "STT=row | Họ tên học sinh=full_name | Ngày sinh=birth_date:swim_birth99"
        " | Nam/Nữ=sex | Trường=-:swim_school99 | Lớp=-:swim_class99"
        " | Họ tên cha/mẹ=-:swim_parent99 | SĐT phụ huynh=-:swim_parent_phone99"
        " | Địa chỉ=address:swim_addr99 | Bể bơi=-:swim_pool99 | Khóa học=-:swim_course99"
        " | Kết quả=-:swim_result99 | Ngày kiểm tra=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "cap_gcn_kinh_te_trang_trai_vn99",
        "STT=row | Ho ten chu trang trai=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex | So CCCD=cccd:cccd_spaced | Dia chi thuong tru=address:farm_addr99"
        " | Dia diem trang trai=-:farm_site99 | Loai hinh=-:farm_kind99"
        " | Dien tich (ha)=-:farm_area99 | Quy mo san xuat=-:farm_things99"
        " | Doanh thu binh quan/nam (dong)=-:farm_revenue99 | So lao dong thue=-:farm_workers99"
        " | So GCN=-:farm_cert99 | Ngay cap=date@%d/%m/%Y | Dien thoai=phone",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "lai_xue_phu_dai_hap_vakxin_xaythany_la99",
        "ລ/ດ=row | ຊື່ ແລະ ນາມສະກຸນ=full_name:la_name99 | ເພດ=sex:la_sex99"
        " | ວັນເດືອນປີເກີດ=birth_date@%d/%m/%Y | ເລກປຶ້ມສຳມະໂນຄົວ=-:la_family_book99"
        " | ບ້ານ=suburb:la_village99 | ເມືອງ=district:la_district99 | ແຂວງ=state:la_province99"
        " | ເບີໂທລະສັບ=phone:la_phone99 | ອາຊີບ=-:la_job99 | ຊະນິດວັກຊີນ=-:la_vaccine99"
        " | ເຂັມທີ=-:la_dose99 | ເລກລັອດ=-:la_lot99 | ສະຖານທີ່ສັກ=-:la_place99"
        " | ວັນທີສັກ=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "luhmu_hpulone_ye_alouthamar_hlaingtharyar_mm99",
        "စဉ်=row | အမည်=full_name:mm_name99 | အဘအမည်=-:mm_father99"
        " | နိုင်ငံသားစိစစ်ရေးကတ်ပြားအမှတ်=national_id:mm_nrc99"
        " | မွေးသက္ကရာဇ်=birth_date@%d-%m-%Y | ကျား/မ=sex:mm_sex99"
        " | လူမှုဖူလုံရေးကတ်အမှတ်=-:mm_ssb99 | အလုပ်ရုံ=-:mm_factory99 | ရာထူး=-:mm_post99"
        " | လစာ (ကျပ်)=-:mm_wage99 | ထည့်ဝင်ကြေး (ကျပ်)=-:mm_contrib99"
        " | ဖုန်းနံပါတ်=phone:mm_phone99 | နေရပ်လိပ်စာ=address:mm_addr99"
        " | အလုပ်ဝင်သည့်နေ့=date@%d-%m-%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "fourps_cvs_fds_monitoring_dagupan_ph99",
        "No.=row | Household ID=-:ph_hh99 | Apelyido ng Grantee / Last Name=family_name:ph_family99"
        " | Pangalan / First Name=given_name:ph_given99"
        " | Middle Name=-:ph_middle99 | Sex=sex:ph_sex99 | Birthdate=birth_date@%m/%d/%Y"
        " | PhilSys Card Number (PCN)=national_id:ph_pcn99 | Barangay=suburb:ph_barangay99"
        " | Contact No.=phone:ph_phone99 | Monitored Child=-:ph_child99"
        " | School=-:ph_school99 | Grade Level=-:ph_grade99 | Attendance (%)=-:ph_attend99"
        " | FDS Module=-:ph_module99 | Date Attended FDS=date@%m/%d/%Y"
        " | Compliance Status=-:ph_status99 | Grant Amount (PHP)=-:ph_grant99"
        " | City/Municipal Link=-:ph_cml99",
        english=True,
        file="xlsx",
    ),
    _shape(
        "lista_benefisiariu_cesta_basica_suku_tl99",
        "Nu.=row | Naran Kompletu / Nome Completo=full_name:tl_name99"
        " | Sexu / Sexo=sex:tl_sex99 | Data Moris / Data de Nascimento=birth_date@%d/%m/%Y"
        " | Nu. Kartaun Eleitorál / N.º Cartão Eleitoral=national_id:tl_card99"
        " | Aldeia=suburb:tl_aldeia99 | Suku / Suco=ward:tl_suku99"
        " | Postu Administrativu=district:tl_posto99 | Munisípiu / Município=state:tl_munisipiu99"
        " | Xefe Família=-:tl_head99 | Membru Família=-:tl_members99"
        " | Nu. Telemovel=phone:tl_phone99 | Tipu Ajuda / Tipo de Apoio=-:tl_basket99"
        " | Valór=-:tl_value99 | Data Simu / Data de Receção=date@%d/%m/%Y"
        " | Ofisiál Responsável=-:tl_officer99",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "coffee_growers_register_ehp_pg99",
        "No.=row | Nem bilong Grower / Grower Name=full_name:pg_name99"
        " | Man o Meri / Sex=sex:pg_sex99 | De yu bon / Date of Birth=birth_date@%d/%m/%Y"
        " | NID Namba / NID Number=national_id:pg_nid99 | Ples / Village=suburb:pg_village99"
        " | Distrik / District=district:pg_district99 | Provins / Province=state:pg_province99"
        " | Namba bilong Fon / Mobile=phone:pg_phone99 | Hamas Diwai Kopi / No. of Trees"
        "=-:pg_trees99 | Sais bilong Gaden (ha)=-:pg_garden99 | Baia / Buyer=-:pg_buyer99"
        " | Parchment (kg)=-:pg_kilo99 | Date Registered=date@%d/%m/%Y"
        " | Extension Officer=-:pg_officer99",
        english=True,
        encoding="utf-8",
    ),
)

#: every date format of this part is one the corpus already knows how to spoil
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("mm_nrc99", "ph_pcn99", "tl_card99", "pg_nid99")
SEX_HOLDS: tuple[str, ...] = ("la_sex99", "mm_sex99", "ph_sex99", "tl_sex99", "pg_sex99")
NAME_HOLDS = frozenset(
    {"la_name99", "mm_name99", "ph_family99", "ph_given99", "tl_name99", "pg_name99"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "la_phone99",
    "mm_phone99",
    "ph_phone99",
    "tl_phone99",
    "pg_phone99",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "farmer_addr99",
    "yt_addr99",
    "swim_addr99",
    "farm_addr99",
    "mm_addr99",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND99",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND99",
]
