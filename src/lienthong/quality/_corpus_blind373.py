"""The three-hundred-and-seventy-third part of the outside corpus, **blind 373** (written 16:13
UTC, 2026-12-07, never used for tuning): person files a power company, a bottled-gas dealer, a
cable TV operator and the utilities of Zambia, Uzbekistan, Ecuador, Cyprus and Bangladesh could
hand over, all lists of their household customers.
A power company's list of household customers with overdue bills and the notice of
disconnection in Excel (the customer code, the meter number, the substation, the tariff, the
billing period, the debt and days overdue, the collector and his phone); a power company's
list of customers whose bills were cut after typhoon Yagi in Windows-1258 with semicolons (the
house line, ward and district apart, the kWh, the cut and its amount); a bottled-gas dealer's
customer book with the cylinder deposit contract in UTF-8 with a BOM and tabs (the cylinder
brand and serial, the deposit, the price, the stove, the delivery man); a cable TV operator's
subscriber export in UTF-16 with tabs (upper-case ASCII column names, the smartcard, the
package, the status, the payer, the technician); a ZESCO prepaid meter customer register from
Zambia (the NRC, the plot, area, town and province, the meter, the last vend, the next of
kin); an Uzbek gas supplier's subscriber list with Latin and Cyrillic headers and names (the
JSHSHIR/PINFL, the passport, the meter type and number, the debt in so'm, the inspector); an
Ecuadorian fibre internet provider's subscriber export in Windows-1252 with semicolons (the
cédula with its check digit, the province, cantón and parroquia, the plan, the CUEN of the
electricity bill, a personal reference); the Electricity Authority of Cyprus's customer list in
Greek in Windows-1253 (the account, the identity card, the postcode, the tariff, vulnerable
customer status); and a Bangladeshi gas company's customer list in Bengali (the father's or
husband's name, the NID, the burner type, the arrears in Bengali digits).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind373_writers import WRITERS_BLIND373
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND373: tuple[Shape, ...] = (
    _shape(
        "khach_hang_no_tien_dien_qua_han_thong_bao_ngung_cap_dien_cong_ty_dien_luc_vn373",
        "STT=row | Mã KH=-:evn_code373 | Tên khách hàng=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Địa chỉ sử dụng điện=address:addr373 | Số công tơ=-:meter373"
        " | Trạm biến áp=-:station373 | Mã giá=-:tariff373 | Kỳ HĐ=-:period373"
        " | Số tiền nợ (đồng)=-:debt373 | Số ngày quá hạn=-:days373"
        " | Ngày TB ngừng cấp điện=date@%d/%m/%Y | Tình trạng=-:overdue373"
        " | SĐT KH=phone | NV thu tiền=-:staff373 | SĐT NV thu=-:staff_phone373",
        file="xlsx",
    ),
    _shape(
        "khach_hang_giam_gia_dien_tien_dien_anh_huong_bao_so_3_yagi_dien_luc_vn373",
        "TT=row | Mã khách hàng=-:evn_code373 | Tên KH=full_name"
        " | Ngày sinh=birth_date@%d-%m-%Y | CCCD/CMND=cccd | Số nhà, tổ/thôn=street:street373"
        " | Phường/Xã=ward:ward373 | Quận/Huyện=district:district373"
        " | Số công tơ=-:meter373 | Sản lượng T9/2024 (kWh)=-:kwh373 | Mức giảm=-:cut373"
        " | Số tiền giảm (đ)=-:cut_amt373 | Kỳ áp dụng=-:period373"
        " | Ngày lập=date@%d-%m-%Y | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_theo_doi_khach_hang_doi_binh_gas_ky_quy_vo_binh_dai_ly_gas_vn373",
        "STT=row | Họ tên KH=full_name | SĐT=phone:phone_spaced"
        " | Địa chỉ giao hàng=address:addr373 | Ngày sinh=birth_date@%d.%m.%Y"
        " | Số CCCD (HĐ ký quỹ)=cccd | Số HĐ ký quỹ=-:contract373 | Loại bình=-:cylinder373"
        " | Seri vỏ bình=-:serial373 | Tiền cọc vỏ (đ)=-:deposit373"
        " | Giá bán (đ/bình)=-:price373 | Bếp đang dùng=-:stove373"
        " | Lần giao gần nhất=date@%d.%m.%Y | NV giao hàng=-:staff373 | Ghi chú=-:gas_note373",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "xuat_du_lieu_thue_bao_truyen_hinh_cap_he_thong_quan_ly_khach_hang_vn373",
        "STT=row | MA_TB=-:tv_id373 | TEN_CHU_TB=full_name | SO_GTTT=cccd"
        " | NGAY_SINH=birth_date@%Y-%m-%d | GIOI_TINH=sex | DC_LAP_DAT=street:street373"
        " | PHUONG_XA=ward:ward373 | QUAN_HUYEN=district:district373"
        " | TINH_TP=province:province373 | DT_LIEN_HE=phone | EMAIL=email"
        " | GOI_CUOC=-:tv_pack373 | SMARTCARD_NO=-:smartcard373 | CUOC_THANG=-:tv_fee373"
        " | NGAY_LAP_DAT=date@%Y-%m-%d | TRANG_THAI=-:tv_status373"
        " | NGUOI_THANH_TOAN=-:payer373 | KTV_LAP_DAT=-:tech373 | NGAY_CAP_NHAT=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "zesco_prepaid_meter_customer_register_zambia_zm373",
        "No.=row | Account No.=-:zm_acct373 | Customer Name=full_name:zm_name373"
        " | NRC No.=national_id:nrc373 | Date of Birth=birth_date@%d/%m/%Y"
        " | Gender=sex:sex_zm373 | Plot/Stand No.=street:zm_plot373"
        " | Area=suburb:zm_area373 | Town=district:zm_town373 | Province=state:zm_prov373"
        " | Cell No.=phone:zm_phone373 | Meter No.=-:zm_meter373 | Tariff=-:zm_tariff373"
        " | Last Vend=-:zm_units373 | Connection Date=date@%d/%m/%Y"
        " | Next of Kin=-:zm_kin373",
        encoding="utf-8",
    ),
    _shape(
        "hududgaztaminot_abonentlar_royxati_uzbekistan_uz373",
        "№=row | Abonent raqami / Абонент рақами=-:uz_acct373"
        " | F.I.Sh. / Ф.И.Ш.=full_name:uz_name373 | JSHSHIR / ЖШШИР=national_id:pinfl373"
        " | Tug'ilgan sana / Туғилган сана=birth_date@%d.%m.%Y | Jinsi=sex:sex_uz373"
        " | Pasport seriya va raqami=-:uz_passport373 | Manzil / Манзил=address:uz_addr373"
        " | Telefon=phone:uz_phone373 | Hisoblagich turi=-:uz_meter373"
        " | Hisoblagich raqami / Ҳисоблагич рақами=-:uz_meter_no373"
        " | Qarzdorlik (so'm)=-:uz_debt373 | Oxirgi to'lov sanasi=date@%d.%m.%Y"
        " | Nazoratchi / Назоратчи=-:uz_ctrl373",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "abonados_internet_fibra_optica_proveedor_ecuador_ec373",
        "N°=row | Cédula=national_id:cedula373 | Apellidos y Nombres=full_name:ec_name373"
        " | Fecha de Nacimiento=birth_date@%d/%m/%Y | Sexo=sex:sex_ec373"
        " | Provincia=state:ec_prov373 | Cantón=district:ec_canton373"
        " | Parroquia=suburb:ec_parish373 | Dirección=street:ec_street373"
        " | Celular=phone:ec_phone373 | Correo electrónico=email:ec_email373"
        " | Plan contratado=-:ec_plan373 | Valor mensual (USD)=-:ec_fee373"
        " | Código Único Eléctrico (CUEN)=-:cuen373 | Fecha de instalación=date@%d/%m/%Y"
        " | Referencia personal=-:ec_ref373",
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "katalogos_pelaton_arxi_ilektrismou_kyprou_cy373",
        "Α/Α=row | Αρ. Λογαριασμού=-:cy_acct373 | Ονοματεπώνυμο=full_name:cy_name373"
        " | Αρ. Δελτίου Ταυτότητας=national_id:cy_id373"
        " | Ημ. Γέννησης=birth_date@%d/%m/%Y | Φύλο=sex:cy_sex373"
        " | Οδός & Αριθμός=street:cy_street373 | Ταχ. Κώδικας=postcode:cy_pc373"
        " | Πόλη/Κοινότητα=district:cy_town373 | Επαρχία=state:cy_district373"
        " | Τηλέφωνο=phone:cy_phone373 | Κατηγορία Τιμολογίου=-:cy_tariff373"
        " | Ευάλωτος Καταναλωτής=-:cy_vuln373 | Κατανάλωση (kWh/δίμηνο)=-:cy_kwh373"
        " | Ημ. Αίτησης=date@%d/%m/%Y",
        encoding="cp1253",
        delimiter=";",
    ),
    _shape(
        "titas_gas_grahok_talika_bangladesh_bd373",
        "ক্রমিক নং=row | গ্রাহক নম্বর=-:bd_cust373 | গ্রাহকের নাম=full_name:bd_name373"
        " | পিতা/স্বামীর নাম=-:bd_father373 | জাতীয় পরিচয়পত্র নম্বর=national_id:bd_nid373"
        " | জন্ম তারিখ=birth_date@%d-%m-%Y | লিঙ্গ=sex:bd_sex373 | ঠিকানা=address:bd_addr373"
        " | মোবাইল নম্বর=phone:bd_phone373 | সংযোগের ধরন=-:bd_burner373"
        " | বকেয়া (টাকা)=-:bd_due373 | অবস্থা=-:bd_status373"
        " | সংযোগের তারিখ=date@%d-%m-%Y",
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("nrc373", "pinfl373", "cedula373")
SEX_HOLDS: tuple[str, ...] = ("sex_zm373", "sex_uz373", "sex_ec373", "cy_sex373", "bd_sex373")
NAME_HOLDS = frozenset({"zm_name373", "uz_name373", "ec_name373", "cy_name373", "bd_name373"})
PHONE_HOLDS: tuple[str, ...] = (
    "zm_phone373",
    "uz_phone373",
    "ec_phone373",
    "cy_phone373",
    "bd_phone373",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr373", "uz_addr373", "bd_addr373")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND373",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND373",
]
