"""The three-hundred-and-eighty-sixth part of the outside corpus, **blind 386** (written 18:40
UTC, 2026-12-07, never used for tuning): person files a commune's land consolidation board, an
agricultural cooperative's accountant, a commune's rice-land support desk, a cooperative leasing
its members' fields, an Ethiopian multipurpose farmers' cooperative, an Uzbek farmers' council,
a Colombian coffee growers' cooperative, a Greek agricultural cooperative and a Burmese
agricultural bank branch could hand over. Four Vietnamese files: a commune's land consolidation
list (dồn điền đổi thửa) in Windows-1258 with semicolons and headers without diacritics (the
hamlet, the plots and area before, the new plot, map sheet and field, the area after, the cut
for roads and canals, the signature, the day the fields were handed over); a cooperative's
profit shares on members' paid-in capital in Excel (the member code, the capital, the shares, the
rate, the profit, the 5 % tax withheld, the net, paid in cash or by transfer, the account and
bank, the payment day); a commune's list of households paid the rice-land protection support in
UTF-16 with tabs and merged two-line headers (the household code, the map sheet and plot, the
specialised and other rice area, the rate per hectare, the amount, the crop pattern); and a
cooperative's leases of members' fields in UTF-8 with a byte-order mark and tabs (the contract
number, the area in sào, the rent in kilos of paddy and in money, the term, the cooperative's
director and a witness with his phone).
Five foreign files: an Ethiopian farmers' cooperative's members in UTF-8 with Amharic headers
(the membership number, the three-part name, the birth date in the Ethiopian calendar, the
sixteen-digit Fayda number with no published check digit, kebele, woreda, zone and region,
``091 234 5678`` phones, shares, paid-in birr, hectares, the main crop, the heir, the day joined
in the Ethiopian calendar); an Uzbek farmers' council's subsidy list in UTF-8 with semicolons and
Latin and Cyrillic headers (the JShShIR with its 7-3-1 check digit, ``o‘g‘li``/``qizi``
patronymics, mahalla, tuman and viloyat, the contour, hectares, the crop, the subsidy in so‘m,
the cadastre number); a Colombian coffee growers' cooperative's members in Windows-1252 with
semicolons (the cédula written with dots, two surnames, vereda, municipio and departamento,
``310 123 4567`` mobiles, the farm's SICA code, hectares in coffee, the paid-in contributions,
the beneficiary); a Greek agricultural cooperative's members in Excel with capital Greek headers
(the ΑΜΚΑ with its Luhn digit, the ΑΦΜ with its mod 11 digit, the patronymic, five-digit Τ.Κ.,
``69xx xxx xxx`` mobiles, shares, stremmata declared, the crop, the basic payment); and a Burmese
agricultural bank branch's list of farmers given seasonal loans in UTF-8 with Burmese headers
(the NRC in Burmese digits, the father's name, birth dates in Burmese digits, village, township
and region, the Form 7 land certificate, the plot, acres, the crop, the loan in kyat, the
guarantor).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind386_writers import WRITERS_BLIND386
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND386: tuple[Shape, ...] = (
    _shape(
        "don_dien_doi_thua_xa_vn386",
        "TT=row | Ho va ten chu ho=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | So CCCD=cccd | Thon=-:thon386 | So thua truoc DD=-:plots_before386"
        " | DT truoc DD (m2)=-:area_before386 | Thua so (sau DD)=-:plot_after386"
        " | To BD so=-:sheet386 | Xu dong=-:field386 | DT sau DD (m2)=-:area_after386"
        " | Chenh lech (m2)=-:cut386 | Ky xac nhan=-:signed386"
        " | Ngay giao ruong=date@%d/%m/%Y | Dien thoai=phone",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "chia_lai_von_gop_htx_vn386",
        "STT=row | Mã TV=-:member386 | Họ và tên thành viên=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd | Địa chỉ=address"
        " | Vốn góp (đồng)=-:capital386 | Số cổ phần=-:shares386"
        " | Tỷ lệ chia (%)=-:rate386 | Lãi được chia (đồng)=-:profit386"
        " | Thuế TNCN 5%=-:pit386 | Thực nhận=-:net386 | Hình thức=-:paid_how386"
        " | Số tài khoản=-:account386 | Ngân hàng=-:bank386 | Ngày chi=date@%d/%m/%Y"
        " | Ký nhận=-:signed386",
        file="xlsx",
    ),
    _shape(
        "ho_tro_dat_trong_lua_vn386",
        "Mã hộ=-:household386 | STT=row | Họ tên chủ hộ=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số định danh cá nhân=cccd"
        " | Nơi thường trú=address | Tờ BĐ/Số thửa=-:plot_no386"
        " | Diện tích đất trồng lúa (m2) - Chuyên trồng lúa nước=-:rice_area386"
        " | Diện tích đất trồng lúa (m2) - Đất trồng lúa khác=-:other_rice386"
        " | Mức hỗ trợ (đ/ha)=-:rate_ha386 | Thành tiền (đồng)=-:support386"
        " | Cơ cấu cây trồng=-:crop_vn386 | SĐT=phone | Ngày chi trả=date@%d/%m/%Y"
        " | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hop_dong_thue_ruong_htx_vn386",
        "Số HĐ=-:lease386 | TT=row | Bên cho thuê (thành viên)=full_name"
        " | Ngày sinh=birth_date@%Y-%m-%d | Số CCCD=cccd:cccd_spaced"
        " | Địa chỉ thường trú=address | Điện thoại=phone | Tờ bản đồ=-:sheet386"
        " | Thửa số=-:plot_after386 | Diện tích (sào)=-:sao386"
        " | Giá thuê (kg thóc/sào/năm)=-:paddy386 | Quy ra tiền (đ/năm)=-:lease_cash386"
        " | Thời hạn (năm)=-:term386 | Ngày ký=date@%Y-%m-%d"
        " | Đại diện HTX=-:coop_rep386 | Người làm chứng=-:witness386"
        " | SĐT người làm chứng=-:witness_phone386",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "hibret_sira_mahber_abalat_et386",
        "ተ.ቁ=row | የአባልነት ቁጥር=-:et_member386 | ሙሉ ስም (ከነአያት)=full_name:et_full386"
        " | ጾታ=sex:sex_et386 | የትውልድ ቀን (ዓ.ም)=birth_date:et_birth386"
        " | የፋይዳ ቁጥር=national_id:et_fayda386 | ቀበሌ=suburb:et_kebele386"
        " | ወረዳ=district:et_woreda386 | ዞን=-:et_zone386 | ክልል=state:et_region386"
        " | ስልክ ቁጥር=phone:et_phone386 | የዕጣ ብዛት=-:et_shares386"
        " | የተከፈለ ብር=-:et_paid386 | የእርሻ መሬት (ሄክታር)=-:et_land386"
        " | ዋና ሰብል=-:et_crop386 | ወራሽ=-:et_heir386"
        " | የተመዘገበበት ቀን=date:et_joined386",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "fermerlar_kengashi_subsidiya_uz386",
        "T/r=row | JSHSHIR / ЖШШИР=national_id:pinfl386"
        " | Familiyasi / Фамилияси=family_name:uz_fam386 | Ismi / Исми=given_name:uz_given386"
        " | Otasining ismi / Отасининг исми=-:uz_patr386"
        " | Tug‘ilgan sanasi / Туғилган санаси=birth_date@%d.%m.%Y | Jinsi=sex:sex_uz386"
        " | MFY=suburb:uz_mfy386 | Tuman / Туман=district:uz_tuman386"
        " | Viloyat / Вилоят=state:uz_viloyat386 | Telefon=phone:uz_phone386"
        " | Kontur raqami=-:kontur386 | Yer maydoni (ga)=-:uz_ha386 | Ekin turi=-:uz_crop386"
        " | Subsidiya summasi (so‘m)=-:uz_subsidy386 | Kadastr raqami=-:uz_cadastre386"
        " | Ariza sanasi=date@%d.%m.%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "asociados_cooperativa_caficultores_co386",
        "No.=row | Tipo doc.=-:co_doc386 | Número de documento=national_id:cc_co386"
        " | Primer apellido=family_name:co_fam386 | Segundo apellido=-:co_fam2_386"
        " | Nombres=given_name:co_given386 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_co386 | Vereda=suburb:co_vereda386 | Municipio=district:co_mun386"
        " | Departamento=state:co_dep386 | Celular=phone:co_phone386"
        " | Código SICA=-:sica386 | Nombre de la finca=-:farm386"
        " | Área en café (ha)=-:co_ha386 | Aportes sociales=-:aportes386"
        " | Beneficiario=-:co_benef386 | Fecha de afiliación=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "melh_agrotikou_synetairismou_gr386",
        "Α/Α=row | ΕΠΩΝΥΜΟ=family_name:gr_fam386 | ΟΝΟΜΑ=given_name:gr_given386"
        " | ΠΑΤΡΩΝΥΜΟ=-:gr_father386 | ΗΜ/ΝΙΑ ΓΕΝΝΗΣΗΣ=birth_date@%d/%m/%Y"
        " | Α.Μ.Κ.Α.=national_id:amka386 | Α.Φ.Μ.=-:afm386"
        " | ΔΙΕΥΘΥΝΣΗ=street:gr_street386 | Τ.Κ.=postcode:gr_tk386"
        " | ΠΟΛΗ/ΧΩΡΙΟ=district:gr_town386 | ΚΙΝΗΤΟ=phone:gr_phone386"
        " | ΜΕΡΙΔΕΣ=-:gr_shares386 | ΣΤΡΕΜΜΑΤΑ ΟΣΔΕ=-:stremmata386"
        " | ΚΑΛΛΙΕΡΓΕΙΑ=-:gr_crop386 | ΒΑΣΙΚΗ ΕΝΙΣΧΥΣΗ=-:gr_aid386"
        " | ΗΜ/ΝΙΑ ΕΓΓΡΑΦΗΣ=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "letyar_chayy_ngwe_taungthu_mm386",
        "စဉ်=row | တောင်သူအမည်=full_name:mm_name386 | အဖအမည်=-:mm_father386"
        " | နိုင်ငံသားစိစစ်ရေးကတ်ပြားအမှတ်=national_id:mm_nrc386"
        " | မွေးသက္ကရာဇ်=birth_date:mm_birth386 | ကျား/မ=sex:sex_mm386"
        " | ကျေးရွာ=suburb:mm_village386 | မြို့နယ်=district:mm_township386"
        " | တိုင်းဒေသကြီး/ပြည်နယ်=state:mm_region386 | ဖုန်းနံပါတ်=phone:mm_phone386"
        " | ပုံစံ(၇) အမှတ်=-:form7_386 | ကွင်းအမှတ်/ဦးပိုင်အမှတ်=-:mm_plot386"
        " | ဧက=-:mm_acre386 | သီးနှံ=-:mm_crop386 | ချေးငွေ (ကျပ်)=-:mm_loan386"
        " | ချေးငွေထုတ်သည့်ရက်=date:mm_loandate386 | အာမခံသူ=-:mm_guarantor386",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "et_fayda386",
    "pinfl386",
    "cc_co386",
    "amka386",
    "mm_nrc386",
)
SEX_HOLDS: tuple[str, ...] = ("sex_et386", "sex_uz386", "sex_co386", "sex_mm386")
NAME_HOLDS = frozenset(
    {"et_full386", "uz_fam386", "uz_given386", "co_fam386", "co_given386"}
    | {"gr_fam386", "gr_given386", "mm_name386"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "et_phone386",
    "uz_phone386",
    "co_phone386",
    "gr_phone386",
    "mm_phone386",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND386",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND386",
]
