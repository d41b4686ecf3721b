"""The three-hundred-and-seventy-seventh part of the outside corpus, **blind 377** (written 16:22
UTC, 2026-12-07, never used for tuning): person files a market management board, a ward letting
its sidewalks, a district paying COVID-19 support to traders, a market moved to a temporary site,
a Nairobi county market office, a Guatemalan municipal market administration, a Manila market
office, a Casablanca commune's souk office and a Bratislava city-district's farmers' market could
hand over. Four Vietnamese files: stall holders who lost goods in a market fire and the support
paid to them in Windows-1258 with semicolons (the kiosk, the goods, the estimated loss, the
support, whether it was received, the officer); vendors allowed to use a sidewalk in Excel (the
street line and ward apart, the spot, the area, the hours, the monthly fee, the permit and its
expiry); traders paid a COVID-19 support in UTF-16 with tabs (the stall, the market, the sum, the
bank account, the day paid); and traders drawing lots for a stall in a temporary market in UTF-8
with a BOM, tabs and headers without diacritics (the old and the new stall, the goods, a helper
and his phone, the handover day, the time last updated). Five foreign files: a Kenyan market's
trader register in Excel (the ID number, the KRA PIN, the market, the stall, the single business
permit, the daily fee); a Guatemalan market's inquilinos in UTF-8 (the CUI on the DPI with its
check digit, names and surnames apart, the zona and municipio, the puesto, the cuota); a Manila
public market's stallholders in UTF-8 with a BOM (the PhilSys number, the name written surname
first, barangay, city and ZIP, the mayor's permit); a Moroccan souk's traders in UTF-8 with
Arabic and French headers (the CIN, the name in both scripts, the activity, the box, the fee);
and a Slovak farmers' market's sellers in UTF-8 with semicolons (the rodné číslo divisible by 11,
the IČO, the stand, the goods, the fee).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind377_writers import WRITERS_BLIND377
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND377: tuple[Shape, ...] = (
    _shape(
        "ban_quan_ly_cho_tieu_thuong_thiet_hai_chay_cho_de_nghi_ho_tro_vn377",
        "STT=row | Số ki-ốt=-:kiosk377 | Họ và tên tiểu thương=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd | Nơi thường trú=address"
        " | Số ĐT=phone | Ngành hàng KD=-:goods377"
        " | Thiệt hại ước tính (đồng)=-:loss377 | Mức hỗ trợ (đồng)=-:fire_aid377"
        " | Ngày nhận hỗ trợ=date@%d/%m/%Y | Tình trạng=-:fire_status377"
        " | Cán bộ BQL chợ=-:officer377 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ubnd_phuong_danh_sach_ho_kinh_doanh_tam_su_dung_via_he_vn377",
        "TT=row | Họ tên người đăng ký=full_name | Ngày/tháng/năm sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd:cccd_spaced | Nơi cư trú (số nhà, đường)=street | Phường=ward:ward377"
        " | Vị trí vỉa hè sử dụng=-:spot377 | Diện tích (m²)=-:area377"
        " | Mặt hàng=-:side_goods377 | Khung giờ=-:hours377 | Phí (đ/tháng)=-:side_fee377"
        " | Số giấy phép=-:permit377 | Hiệu lực đến=date@%d/%m/%Y | ĐT liên hệ=phone:phone_dotted"
        " | CB phụ trách=-:officer377",
        file="xlsx",
    ),
    _shape(
        "danh_sach_tieu_thuong_duoc_ho_tro_covid19_nq68_vn377",
        "STT=row | Họ và tên=full_name | Ngày tháng năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD/CMND=cccd | Số sạp=-:stall_old377 | Chợ=-:market377"
        " | Mặt hàng=-:goods377 | Phường/xã=ward:ward377 | Quận/huyện=district:district377"
        " | Số tiền HT (đồng)=-:covid_aid377 | Số tài khoản=-:account377"
        " | Ngân hàng=-:bank377 | Ngày chi trả=date@%d/%m/%Y | Điện thoại=phone",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "bql_cho_boc_tham_sap_cho_tam_di_doi_vn377",
        "STT=row | Ho ten tieu thuong=full_name:full_name_ascii | Ngay sinh=birth_date@%d-%m-%Y"
        " | Gioi tinh=sex:sex_caps | So CCCD=cccd | Dia chi thuong tru=address:address_ascii"
        " | Dien thoai=phone:phone_spaced | So sap cu=-:stall_old377"
        " | So sap moi (boc tham)=-:stall_new377 | Nganh hang=-:goods377"
        " | Nguoi phu ban=-:helper377 | DT nguoi phu ban=-:helper_phone377"
        " | Ngay ban giao=date@%d-%m-%Y | Ghi chu=-:draw_note377 | Cap nhat luc=timestamp",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "county_market_trader_register_sbp_ke377",
        "S/No.=row | Trader Name=full_name:ke_name377 | ID No.=national_id:ke_id377"
        " | KRA PIN=-:kra377 | D.O.B=birth_date@%d/%m/%Y | Sex=sex:sex_ke377"
        " | Mobile (M-Pesa)=phone:phone_ke377 | Market=-:ke_market377"
        " | Stall No.=-:ke_stall377 | Ward=suburb:ke_ward377 | Sub-County/Town=district:ke_town377"
        " | Line of Business=-:ke_goods377 | Daily Fee (KSh)=-:ke_fee377"
        " | SBP No.=-:ke_permit377 | Date Registered=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "municipalidad_mercado_inquilinos_puestos_gt377",
        "No.=row | CUI (DPI)=national_id:cui377 | Nombres=given_name:gt_names377"
        " | Apellidos=family_name:gt_family377 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_gt377 | Teléfono=phone:phone_gt377 | Dirección=street:gt_dir377"
        " | Zona=suburb:gt_zona377 | Municipio=district:gt_muni377"
        " | Mercado=-:gt_mercado377 | Puesto=-:gt_puesto377 | Giro comercial=-:gt_giro377"
        " | Cuota mensual=-:gt_cuota377 | Fecha de adjudicación=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "public_market_stallholders_mayors_permit_ph377",
        "No.=row | Name of Stallholder (Surname, First Name M.I.)=full_name:ph_name377"
        " | PhilSys No. (PSN)=national_id:psn377 | Date of Birth=birth_date@%m/%d/%Y"
        " | Sex=sex:sex_ph377 | Contact No.=phone:phone_ph377 | Home Address=address:ph_addr377"
        " | City/Municipality=district:ph_city377 | ZIP Code=postcode:ph_zip377"
        " | Stall No.=-:ph_stall377 | Section / Commodity=-:ph_goods377"
        " | Mayor's Permit No.=-:ph_permit377 | Date of Award=date@%m/%d/%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "commune_souk_commercants_registre_ma377",
        "ر.ت / N°=row | الاسم الكامل / Nom et prénom=full_name:ma_name_fr377"
        " | الاسم بالعربية=full_name:ma_name_ar377 | ب.ت.و / CIN=national_id:cin377"
        " | تاريخ الازدياد / Date de naissance=birth_date@%d/%m/%Y | الجنس / Sexe=sex:sex_ma377"
        " | الهاتف / Tél=phone:phone_ma377 | العنوان / Adresse=address:ma_addr377"
        " | المدينة / Ville=district:ma_city377 | السوق / Souk=-:ma_souk377"
        " | النشاط / Activité=-:ma_act377 | رقم المحل / N° box=-:ma_box377"
        " | الواجب الشهري / Redevance=-:ma_fee377 | تاريخ التسجيل / Date=date@%d/%m/%Y"
        " | المراقب / Contrôleur=-:ma_inspector377",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "mestska_cast_farmarsky_trh_predajcovia_sk377",
        "P.č.=row | Meno=given_name:sk_given377 | Priezvisko=family_name:sk_family377"
        " | Rodné číslo=national_id:rc377 | Dátum narodenia=birth_date@%d.%m.%Y"
        " | IČO=-:sk_ico377 | Telefón=phone:phone_sk377 | Ulica a číslo=street:sk_street377"
        " | Obec=district:sk_town377 | PSČ=postcode:sk_psc377 | Č. stánku=-:sk_stand377"
        " | Sortiment=-:sk_goods377 | Poplatok/deň=-:sk_fee377 | Dátum povolenia=date@%d.%m.%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("ke_id377", "cui377", "psn377", "cin377", "rc377")
SEX_HOLDS: tuple[str, ...] = ("sex_ke377", "sex_gt377", "sex_ph377", "sex_ma377")
NAME_HOLDS = frozenset(
    {"ke_name377", "gt_names377", "gt_family377", "ph_name377", "ma_name_fr377"}
    | {"ma_name_ar377", "sk_given377", "sk_family377"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ke377",
    "phone_gt377",
    "phone_ph377",
    "phone_ma377",
    "phone_sk377",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ph_addr377", "ma_addr377")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND377",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND377",
]
