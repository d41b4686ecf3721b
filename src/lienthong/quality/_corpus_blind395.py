"""The three-hundred-and-ninety-fifth part of the outside corpus, **blind 395** (written 19:38
UTC, 2026-12-07, never used for tuning): person files a kindergarten, a primary school's
semi-boarding office, a district health centre's school dental team, a ward's school kitchens,
a Guatemalan school's parents' organisation, a Sri Lankan zonal education office, a Zambian
school health and nutrition programme, a Slovenian primary school and a Bosnian primary school
could hand over. Four Vietnamese files: a kindergarten's parents signing their children up for
the school milk programme in Windows-1258 with semicolons and headers without diacritics (the
child, the class, the consent, the boxes a week, the parent's share per box, the day signed);
a primary school's paid lunch register in Excel (the parent or guardian and the relation, the
pupil and class, the days eaten, the price a day and the total, food allergies, how and when
paid, a Zalo number); a school dental programme's consent list in UTF-16 with tabs (the pupil
and class, the parent with their ĐDCN, home and phone, consent to pit-and-fissure sealing and
fluoride rinsing, the decayed teeth, the day examined, the dentist); and a ward's school
kitchen staff with their health checks in UTF-8 with a BOM and semicolons (the school, the
post in the kitchen, the day and result of the check, the food-safety certificate, the caterer,
the principal, the time last updated).
Five foreign files: a Guatemalan OPF's members running the school feeding programme in
Windows-1252 with semicolons (the DPI's CUI spaced or bare, the post in the OPF, the school and
its code, the children enrolled, the day elected); a Sri Lankan zonal office's mid-day meal
suppliers in UTF-8 with tabs and Sinhala/English headers (old or new NIC, the school, the
pupils fed, the rate per meal, the bank account, the day of the agreement); a Zambian school's
guardians at a deworming and school-meals day in UTF-8 (the NRC ``123456/78/1``, ``+260``
mobiles, township, town and province apart, the learner and grade, albendazole and
praziquantel, the day dosed); a Slovenian school's parents applying for subsidised school
meals in Windows-1250 with semicolons (EMŠO, the street, post code and town apart, the pupil,
the class, the meals, the subsidy); and a Bosnian school's parents at the pupils' systematic
check-ups in UTF-8 with Latin/Cyrillic headers (JMBG, the street, post code and municipality,
``06x/xxx-xxx`` mobiles, the pupil written in either script, the finding, the snack fee).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind395_writers import WRITERS_BLIND395
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND395: tuple[Shape, ...] = (
    _shape(
        "phu_huynh_dang_ky_cho_con_uong_sua_hoc_duong_truong_mam_non_vn395",
        "STT=row | Ho ten phu huynh=full_name | Ngay sinh PH=birth_date@%d/%m/%Y"
        " | So CCCD=cccd | Dien thoai=phone | Ho ten tre=-:child395 | Lop=-:class_mn395"
        " | PH dong y cho tre uong sua=-:consent395 | So hop/tuan=-:boxes395"
        " | PH dong gop (d/hop 110ml)=-:milk_price395 | Ngay dang ky=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_theo_doi_thu_tien_an_ban_tru_hoc_sinh_truong_tieu_hoc_vn395",
        "STT=row | Họ và tên cha/mẹ (người giám hộ)=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd:cccd_spaced | Quan hệ với HS=-:relation395"
        " | Họ tên học sinh=-:child395 | Lớp=-:class_th395 | Số ngày ăn T11=-:days395"
        " | Tiền ăn/ngày (đ)=-:meal_day395 | Thành tiền (đ)=-:meal_total395"
        " | Dị ứng thức ăn=-:allergy395 | Hình thức nộp=-:pay395 | Ngày nộp=date@%d/%m/%Y"
        " | SĐT Zalo=phone",
        file="xlsx",
    ),
    _shape(
        "phieu_dong_y_tram_bit_ho_ranh_suc_mieng_fluor_nha_hoc_duong_ttyt_vn395",
        "TT=row | Họ tên HS=-:child395 | Lớp=-:class_th395 | Họ tên cha (mẹ)=full_name"
        " | Ngày sinh cha (mẹ)=birth_date@%d/%m/%Y | Số ĐDCN=cccd | Địa chỉ=address"
        " | Điện thoại=phone | Đồng ý trám bít hố rãnh=-:sealant395"
        " | Súc miệng Fluor 0,2%=-:fluor395 | Số răng sâu=-:caries395"
        " | Ngày khám=date@%d/%m/%Y | Người khám=-:dentist395",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nhan_vien_bep_an_ban_tru_kham_suc_khoe_xac_nhan_kien_thuc_attp_phuong_vn395",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | CCCD=cccd | Nơi thường trú=address | SĐT=phone | Trường=-:school395"
        " | Vị trí việc làm=-:kitchen_job395 | Ngày KSK=date@%d/%m/%Y"
        " | Kết luận KSK=-:health395 | Số giấy XNKT ATTP=-:attp_no395"
        " | Đơn vị nấu ăn=-:caterer395 | Hiệu trưởng=-:principal395"
        " | Cập nhật=timestamp@%d/%m/%Y %H:%M",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "integrantes_opf_alimentacion_escolar_gt395",
        "No.=row | Nombre completo=full_name:gt_full395 | CUI (DPI)=national_id:gt_dpi395"
        " | Fecha de nacimiento=birth_date@%d/%m/%Y | Sexo=sex:sex_gt395"
        " | Cargo en la OPF=-:gt_post395 | Teléfono=phone:gt_phone395"
        " | Dirección de residencia=address:gt_home395 | Establecimiento=-:gt_school395"
        " | Código del establecimiento=-:gt_code395 | Hijos inscritos=-:gt_kids395"
        " | Fecha de elección=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "mid_day_meal_suppliers_zonal_education_office_lk395",
        "අනු අංකය / No.=row | සැපයුම්කරුගේ නම / Name of Supplier=full_name:lk_name395"
        " | ජා.හැ.අ. / NIC No.=national_id:lk_nic395"
        " | උපන් දිනය / Date of Birth=birth_date@%Y-%m-%d"
        " | ලිපිනය / Address=address:lk_home395 | දුරකථන අංකය / Tel. No.=phone:lk_phone395"
        " | පාසල / School=-:lk_school395 | සිසුන් ගණන / No. of Pupils=-:lk_pupils395"
        " | එක් ආහාර වේලක මිල (රු.) / Rate per Meal (Rs.)=-:lk_rate395"
        " | බැංකු ගිණුම් අංකය / Bank A/C No.=-:lk_bank395"
        " | ගිවිසුම් දිනය / Date of Agreement=date@%Y-%m-%d",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "shn_deworming_school_meals_guardians_zm395",
        "S/N=row | Guardian's Name=full_name:zm_name395 | NRC No.=national_id:zm_nrc395"
        " | Date of Birth=birth_date@%d/%m/%Y | Sex=sex:sex_zm395"
        " | Cell No.=phone:zm_phone395 | Township/Compound=suburb:zm_township395"
        " | Town=district:zm_town395 | Province=state:zm_province395"
        " | Learner's Name=-:zm_learner395 | Grade=-:zm_grade395"
        " | Albendazole 400mg=-:zm_alb395 | Praziquantel=-:zm_pzq395"
        " | School=-:zm_school395 | Date Dosed=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "vloge_subvencija_solska_prehrana_os_si395",
        "Zap. št.=row | Priimek in ime starša=full_name:si_parent395"
        " | EMŠO=national_id:si_emso395 | Datum rojstva=birth_date@%d. %m. %Y"
        " | Naslov=street:si_street395 | Poštna št.=postcode:si_post395"
        " | Kraj=district:si_town395 | Telefon=phone:si_phone395 | E-pošta=email"
        " | Ime in priimek učenca=-:si_pupil395 | Razred=-:si_class395"
        " | Obroki=-:si_meals395 | Subvencija=-:si_subsidy395"
        " | Datum vloge=date@%d. %m. %Y",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
    _shape(
        "roditelji_sistematski_pregled_uzina_os_ba395",
        "R.br. / Р.бр.=row"
        " | Ime i prezime roditelja / Име и презиме родитеља=full_name:ba_parent395"
        " | JMBG / ЈМБГ=national_id:ba_jmbg395"
        " | Datum rođenja / Датум рођења=birth_date@%d.%m.%Y."
        " | Ulica i broj / Улица и број=street:ba_street395"
        " | Poštanski broj=postcode:ba_post395 | Općina / Општина=district:ba_mun395"
        " | Telefon / Телефон=phone:ba_phone395 | Učenik / Ученик=-:ba_pupil395"
        " | Razred / Разред=-:ba_class395 | Nalaz pregleda / Налаз прегледа=-:ba_check395"
        " | Užina (KM/mj.)=-:ba_snack395 | Datum pregleda=date@%d.%m.%Y.",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "gt_dpi395",
    "lk_nic395",
    "zm_nrc395",
    "si_emso395",
    "ba_jmbg395",
)
SEX_HOLDS: tuple[str, ...] = ("sex_gt395", "sex_zm395")
NAME_HOLDS = frozenset({"gt_full395", "lk_name395", "zm_name395", "si_parent395", "ba_parent395"})
PHONE_HOLDS: tuple[str, ...] = (
    "gt_phone395",
    "lk_phone395",
    "zm_phone395",
    "si_phone395",
    "ba_phone395",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("gt_home395", "lk_home395")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND395",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND395",
]
