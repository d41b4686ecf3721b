"""The four-hundred-and-fifteenth part of the outside corpus, **blind 415** (written 22:24 UTC,
2026-12-07, never used for tuning): person files a commune's building-order team, a contractor
declaring its site camp to the commune police, a district's vocational training centre, a
construction trade union, the Dominican MIVHED, a Japanese general contractor, a Tunisian
municipality, a Polish starostwo and a Chinese project's labour office could hand over about
people who build, apply to build and work on building sites.
Four Vietnamese files: a commune's register of fines for building-order violations, in
Windows-1258 with semicolons (the record and decision numbers, the violation, the plot where the
works stand, the fine, the remedial measure, whether it was paid, the officer); a contractor's
declaration to the commune police of workers staying in the site camp, in UTF-16 with tabs (the
site, the trade, the home province, the hut and room, the team leader, the days of arrival and
leaving); a district vocational training centre's list of rural workers finishing an elementary
masonry course, in UTF-8 with a BOM and headers without diacritics (the course, the grade, the
certificate, the priority group, the meal allowance); and a construction trade union's list of
workers given Tết gifts, in Excel (the grassroots union, the gift, the amount, the signature).
Five foreign files: a Dominican list of construction licence requests in Windows-1252 (the
cédula with its Luhn digit, the applicant's address, the parcel, the kind of works, the area, the
engineer with his CODIA number); a Japanese site worker roster (作業員名簿) in Shift-JIS (the
wareki birth date, the postcode and address, the trade, the hiring date, a family contact, the
last four digits of the employment insurance number, the CCUS worker ID, the blood group); a
Tunisian municipality's register of building permit requests in UTF-8 with Arabic and French
headers (the CIN, the father's name, the title deed, the works, the area, the status); a Polish
starostwo's register of building permit applications in Windows-1250 with semicolons (the
PESEL, the investor's address, the plot and cadastral district, the designer, the decision);
and a Chinese project's real-name roster of construction workers in GB18030 (the resident ID,
the ethnicity, the trade and team, the labour subcontractor, the wage card, the days in and
out, an emergency contact).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind415_writers import WRITERS_BLIND415
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND415: tuple[Shape, ...] = (
    _shape(
        "so_theo_doi_xu_phat_vphc_trat_tu_xay_dung_ubnd_xa_vn415",
        "STT=row | Số BB=-:bb415 | Số QĐ XP=-:qd415 | Họ tên người vi phạm=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd | Nơi cư trú=address"
        " | Hành vi vi phạm=-:violation415 | Vị trí công trình=-:work_at415"
        " | Số tiền phạt (đồng)=-:fine415 | Biện pháp KPHQ=-:measure415"
        " | Ngày ra QĐ=date@%d/%m/%Y | Tình trạng nộp phạt=-:paid415"
        " | Cán bộ lập BB=-:officer415 | SĐT=phone",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "danh_sach_khai_bao_luu_tru_cong_nhan_lan_trai_cong_truong_nha_thau_vn415",
        "TT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Nơi thường trú=address"
        " | Quê quán=-:origin415 | Công trình=-:site415 | Nghề=-:trade415"
        " | Chỗ ở (lán/phòng)=-:hut415 | Tổ trưởng=-:boss415 | Số ĐT=phone"
        " | Lưu trú từ ngày=date@%d/%m/%Y | Đến ngày=date:stay_until415",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hoc_vien_so_cap_nghe_ky_thuat_xay_dung_lao_dong_nong_thon_tt_gdnn_vn415",
        "STT=row | Ho va ten=full_name | Ngay sinh=birth_date@%d/%m/%Y | Gioi tinh=sex"
        " | So CCCD=cccd:cccd_spaced | Dia chi=address:address_ascii | Lop=-:course415"
        " | Doi tuong=-:group415 | Xep loai TN=-:grade415 | So chung chi=-:cert415"
        " | Tien an (d)=-:meal415 | Ngay cap CC=date@%d/%m/%Y | DT=phone",
        encoding="utf-8-sig",
    ),
    _shape(
        "danh_sach_cong_nhan_xay_dung_nhan_qua_tet_cong_doan_nganh_xd_vn415",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Nam/Nữ=sex"
        " | CCCD=cccd | Số sổ BHXH=bhxh | Đơn vị (CĐCS)=-:union415"
        " | Quê quán / Địa chỉ=address | Hình thức hỗ trợ=-:gift415"
        " | Số tiền (đ)=-:gift_amount415 | SĐT=phone | Ngày nhận=date@%d/%m/%Y"
        " | Ký nhận=-:signed415",
        file="xlsx",
    ),
    _shape(
        "solicitudes_licencia_construccion_mivhed_do415",
        "No.=row | No. Expediente=-:do_exp415 | Cédula=national_id:do_ced415"
        " | Nombres=given_name:do_giv415 | Apellidos=family_name:do_fam415"
        " | Dirección del solicitante=address:do_addr415 | Teléfono=phone:phone_do415"
        " | Correo=email | Tipo de obra=-:do_work415 | Área de construcción (m²)=-:do_area415"
        " | Ubicación del proyecto=-:do_lot415 | Profesional responsable=-:do_eng415"
        " | Fecha de depósito=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "sagyoin_meibo_zenken_toitsu_yoshiki_jp415",
        "番号=row | 氏名=full_name:jp_name415 | 生年月日=birth_date:jp_birth415"
        " | 〒=postcode:jp_post415 | 現住所=address:jp_addr415 | 電話番号=phone:phone_jp415"
        " | 職種=-:jp_trade415 | 雇入年月日=date:jp_hired415 | 家族連絡先=-:jp_family415"
        " | 雇用保険番号(下4桁)=-:jp_koyo415 | 技能者ID=-:jp_ccus415"
        " | 血液型=-:jp_blood415 | 健康診断日=date@%Y/%m/%d",
        english=True,
        encoding="cp932",
    ),
    _shape(
        "registre_demandes_permis_de_batir_commune_tn415",
        "ع/ر=row | رقم الملف N° dossier=-:tn_file415 | ب.ت.و / CIN=national_id:tn_cin415"
        " | اللقب / Nom=family_name:tn_fam415 | الاسم / Prénom=given_name:tn_giv415"
        " | اسم الأب / Père=-:tn_father415 | تاريخ الولادة=birth_date@%d/%m/%Y"
        " | العنوان / Adresse=address:tn_addr415 | الهاتف=phone:phone_tn415"
        " | الرسم العقاري / Titre foncier=-:tn_tf415 | Nature des travaux=-:tn_work415"
        " | Superficie couverte=-:tn_area415 | Date de dépôt=date@%d/%m/%Y"
        " | Avis de la commission=-:tn_status415",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "rejestr_wnioskow_o_pozwolenie_na_budowe_starostwo_pl415",
        "Lp.=row | Znak sprawy=-:pl_case415 | Data wpływu=date@%d.%m.%Y"
        " | Imię=given_name:pl_giv415 | Nazwisko=family_name:pl_fam415"
        " | PESEL=national_id:pl_pesel415 | Adres inwestora=address:pl_addr415"
        " | Tel.=phone:phone_pl415 | Rodzaj obiektu=-:pl_object415"
        " | Działka / obręb=-:pl_plot415 | Projektant=-:pl_designer415"
        " | Sposób załatwienia=-:pl_status415 | Data decyzji=date@%d.%m.%Y",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
    _shape(
        "jianzhu_gongren_shimingzhi_huamingce_cn415",
        "序号=row | 姓名=full_name:cn_name415 | 性别=sex:sex_cn415 | 民族=-:cn_nation415"
        " | 身份证号码=national_id:cn_id415 | 出生日期=birth_date@%Y-%m-%d"
        " | 家庭住址=address:cn_addr415 | 联系电话=phone:phone_cn415"
        " | 工种=-:cn_trade415 | 班组=-:cn_team415 | 劳务分包单位=-:cn_sub415"
        " | 工资卡开户行=-:cn_bank415 | 工资卡号=-:cn_card415 | 进场日期=date@%Y-%m-%d"
        " | 退场日期=date:cn_left415 | 紧急联系人及电话=-:cn_contact415",
        english=True,
        encoding="gb18030",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "do_ced415",
    "tn_cin415",
    "pl_pesel415",
    "cn_id415",
)
SEX_HOLDS: tuple[str, ...] = ("sex_cn415",)
NAME_HOLDS = frozenset(
    {"do_giv415", "do_fam415", "jp_name415", "tn_fam415", "tn_giv415"}
    | {"pl_giv415", "pl_fam415", "cn_name415"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_do415",
    "phone_jp415",
    "phone_tn415",
    "phone_pl415",
    "phone_cn415",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("do_addr415", "tn_addr415", "pl_addr415")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND415",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND415",
]
