"""The four-hundred-and-thirty-eighth part of the outside corpus, **blind 438** (written 01:17
UTC, 2026-12-08, never used for tuning): person files an agricultural cooperative, a commune's
clean-water scheme, a rainwater-tank programme, a commune paying drought support, an Indian water
users' association, an Egyptian irrigation district, a Spanish comunidad de regantes, a Moroccan
ORMVA and an Uzbek water consumers' association could hand over. Four Vietnamese files: a
cooperative's irrigation service fee list by field plot in Windows-1258 with semicolons (the
hamlet and commune, the map sheet and plot numbers, the field, the area in m², the kind of
irrigation, the season, the fee, the day paid, the collector); a commune clean-water scheme's
subscribers in UTF-16 with tabs (the customer code, the meter serial and size, the first reading,
the plant, the day installed, the time last updated); the households given rainwater tanks in
Excel (the target group, the tank and how many, the fund, the day received, who received it on
the household's behalf); and a drought and salinity support list by hamlet in UTF-8 with a BOM and
semicolons (the household size, the rice area lost, the level of loss, the support, the bank
account and bank, the hamlet head and his phone, the day paid).
Five foreign files: an Indian water users' association member list in UTF-8 (the Aadhaar with its
Verhoeff digit in 4-4-4 groups, father's or husband's name, survey numbers, extent in acres, the
canal, the crop, +91 mobiles, the water tax); an Egyptian irrigation district list in Windows-1256
with Arabic headers (the four-part name, the national number, the holding, the basin and plot,
feddan and qirat, the canal, the irrigation engineer); a Spanish comunidad de regantes roll in
Windows-1252 with semicolons (APELLIDOS, NOMBRE in one column, the DNI or NIE with its letter,
domicilio, C.P., municipio and provincia, polígono, parcela, paraje, hanegadas, the hydrant, the
fee, the IBAN); a Moroccan ORMVA list in Excel with French headers (the CIN, NOM and Prénom, the
douar address, commune and province, the CMV, the land title, the crop, the AUEA); and an Uzbek
water consumers' association list in UTF-8 with tabs in Latin script (F.I.Sh. with o‘g‘li/qizi,
the JShShIR, the address from viloyat down to the house, the farm, the contour, hectares, cubic
metres and so‘m, the association chairman).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind438_writers import WRITERS_BLIND438
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND438: tuple[Shape, ...] = (
    _shape(
        "bang_thu_gia_dich_vu_thuy_loi_theo_thua_htx_nong_nghiep_vn438",
        "STT=row | Họ và tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Thôn, xã=address:field_addr438 | Tờ BĐ số=-:sheet438"
        " | Thửa số=-:plot438 | Xứ đồng=-:field438 | Diện tích (m2)=-:area438"
        " | Biện pháp tưới=-:irrig438 | Vụ=-:season438 | Thành tiền (đ)=-:fee438"
        " | Ngày nộp=date@%d/%m/%Y | Người thu=-:collector438 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "khach_hang_su_dung_nuoc_sach_cong_trinh_cap_nuoc_xa_vn438",
        "TT=row | Mã KH=-:customer438 | Tên khách hàng=full_name"
        " | Ngày sinh=birth_date@%d-%m-%Y | CCCD=cccd:cccd_spaced | Địa chỉ lắp đặt=address"
        " | Số seri đồng hồ=-:meter438 | Cỡ ĐH=-:meter_size438 | Chỉ số đầu (m3)=-:reading438"
        " | Trạm cấp nước=-:plant438 | Ngày lắp đặt=date@%d-%m-%Y | Điện thoại=phone"
        " | Email=email | Cập nhật=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ho_duoc_cap_bon_chua_nuoc_mua_vn438",
        "STT=row | Họ tên chủ hộ=full_name | Giới tính=sex"
        " | Ngày tháng năm sinh=birth_date@%d/%m/%Y | Số định danh cá nhân=cccd"
        " | Nơi cư trú=address:ap_addr438 | Đối tượng=-:target438 | Loại bồn=-:tank438"
        " | SL (cái)=-:tank_count438 | Nguồn kinh phí=-:fund438 | Ngày nhận=date@%d/%m/%Y"
        " | Người nhận thay=-:proxy438 | SĐT=phone | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "ho_ho_tro_thiet_hai_han_han_xam_nhap_man_theo_ap_vn438",
        "TT=row | Ho ten chu ho=full_name | Ngay sinh=birth_date@%d.%m.%Y"
        " | So CCCD=cccd | Dia chi (ap, xa)=address:ap_addr438 | So nhan khau=-:members438"
        " | DT lua thiet hai (m2)=-:rice_loss438 | Muc do thiet hai=-:loss_level438"
        " | So tien ho tro (dong)=-:support438 | So tai khoan=-:account438"
        " | Ngan hang=-:bank438 | Truong ap xac nhan=-:head438 | SDT truong ap=-:head_phone438"
        " | Ngay chi tra=date@%d.%m.%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "wua_member_register_in438",
        "Sl. No.=row | Name of the Farmer=full_name:in_full438"
        " | Father's/Husband's Name=-:in_father438 | Aadhaar No.=national_id:aadhaar438"
        " | Date of Birth=birth_date@%d-%m-%Y | Gender=sex:sex_in438"
        " | Address=address:in_addr438 | Survey No.=-:survey438 | Extent (Ac.)=-:acres438"
        " | Canal / Distributary=-:canal438 | Crop=-:crop_in438 | Mobile No.=phone:phone_in438"
        " | Water Tax (Rs.)=-:tax_in438 | Date of Enrolment=date@%d-%m-%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "kashf_muntafiin_hindasat_ray_eg438",
        "م=row | الاسم رباعي=full_name:eg_full438 | الرقم القومي=national_id:eg_nid438"
        " | تاريخ الميلاد=birth_date@%Y/%m/%d | النوع=sex:sex_eg438"
        " | العنوان=address:eg_addr438 | رقم الحيازة=-:eg_holding438"
        " | الحوض / رقم القطعة=-:eg_hod438 | المساحة=-:eg_area438 | المسقى / الترعة=-:eg_canal438"
        " | المحصول=-:eg_crop438 | رقم المحمول=phone:eg_phone438"
        " | مهندس الري=-:eg_eng438 | تاريخ التسجيل=date@%d/%m/%Y",
        english=True,
        encoding="cp1256",
    ),
    _shape(
        "padron_comuneros_comunidad_regantes_es438",
        "Nº=row | Apellidos y nombre=full_name:es_full438 | DNI/NIE=national_id:dni438"
        " | F. nacimiento=birth_date@%d/%m/%Y | Domicilio=street:es_street438"
        " | C.P.=postcode:es_cp438 | Municipio=district:es_town438"
        " | Provincia=state:es_prov438 | Teléfono=phone:es_phone438 | Correo electrónico=email"
        " | Polígono=-:poligono438 | Parcela=-:parcela438 | Paraje=-:paraje438"
        " | Hanegadas=-:hanegadas438 | Hidrante=-:hidrante438 | Cuota 2026 (€)=-:cuota438"
        " | IBAN domiciliación=-:iban438 | Fecha alta=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "liste_usagers_irrigation_ormva_ma438",
        "N° d'ordre=row | NOM=family_name:ma_family438 | Prénom=given_name:ma_given438"
        " | N° CIN=national_id:cin438 | Date de naissance=birth_date@%d/%m/%Y"
        " | Sexe=sex:sex_ma438 | Adresse=address:douar_addr438"
        " | Commune=district:commune_ma438 | Province=state:province_ma438"
        " | CMV=-:cmv438 | N° TF / parcelle=-:ma_parcel438 | Superficie (ha)=-:ma_area438"
        " | Culture=-:ma_crop438 | Tél.=phone:phone_ma438 | AUEA=-:auea438"
        " | Date d'inscription=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "suv_istemolchilari_royxati_uz438",
        "T/r=row | F.I.Sh.=full_name:uz_full438 | JShShIR=national_id:pinfl438"
        " | Tug‘ilgan sanasi=birth_date@%d.%m.%Y | Jinsi=sex:sex_uz438"
        " | Yashash manzili=address:uz_addr438 | Xo‘jalik nomi=-:uz_farm438"
        " | Kontur raqami=-:kontur438 | Maydoni (ga)=-:uz_ha438"
        " | Suv hajmi (m³)=-:uz_m3438 | To‘lov summasi (so‘m)=-:uz_sum438"
        " | Telefon raqami=phone:phone_uz438 | SIU raisi=-:siu_head438"
        " | Shartnoma sanasi=date@%d.%m.%Y",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("aadhaar438", "eg_nid438", "dni438", "cin438", "pinfl438")
SEX_HOLDS: tuple[str, ...] = ("sex_in438", "sex_eg438", "sex_ma438", "sex_uz438")
NAME_HOLDS = frozenset(
    {"in_full438", "eg_full438", "es_full438", "ma_family438", "ma_given438", "uz_full438"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_in438",
    "eg_phone438",
    "es_phone438",
    "phone_ma438",
    "phone_uz438",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "field_addr438",
    "ap_addr438",
    "in_addr438",
    "eg_addr438",
    "douar_addr438",
    "uz_addr438",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND438",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND438",
]
