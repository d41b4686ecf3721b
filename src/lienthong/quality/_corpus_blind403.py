"""The four-hundred-and-third part of the outside corpus, **blind 403** (written 21:53 UTC,
2026-12-07, never used for tuning): person files a power company's meter-reading team, a power
company's customer service desk, a city water company's billing office, a water company's branch,
a Lima electricity distributor, the Ceylon Electricity Board, Kenya Power, a Finnish electricity
retailer and a Kazakh utility settlement centre could hand over about their subscribers, meter
readings, arrears and disconnections.
Four Vietnamese files: a meter reader's route book in Excel (the customer code, the route and
substation, the meter, the old and new readings, the kWh, the reader, the day read, a note when
the house was shut); a power company's list of customers whose supply was switched back on after
they paid their arrears, in Windows-1258 with semicolons (the CCCD with the birth date, the debt,
the day cut, the day paid and how, the day reconnected, the fee, the electrician); a water
company's list of customers registering to pay their water bills by automatic bank debit, in
UTF-8 with a BOM and headers without diacritics (the customer book number in groups, the bank,
the account and whose it is, the channel, the branch); and a water branch's list of households
asking for a reduced bill after a leak behind the meter, in UTF-16 with tabs (the billing period,
the cubic metres used against the three-period average, the cubic metres to be cut, the day the
leak was found, the inspector, the decision, the time last updated).
Five foreign files: a Lima distributor's list of supplies with overdue bills due for cutting, in
Windows-1252 with semicolons (the supply number, the DNI, two surnames, the supply's street and
district, the overdue bills, the debt in soles, the tariff, the day of the cut); a Ceylon
Electricity Board area office's red-notice and disconnection list in UTF-8 (the account, the
name with initials, old and new NICs, the address, the area office, the arrears in rupees, the
meter reader, the days of the last payment, the red notice and the disconnection); a Kenya
Power new-connection register in Excel (the national ID beside the KRA PIN, three names, the
plot, town and county, the account and meter numbers, the scheme, the fee paid); a Finnish
electricity retailer's list of customers sent a payment reminder and disconnection warning, in
UTF-8 with a BOM and semicolons (the henkilötunnus, the street, postcode and town, the GSRN of
the metering point with its check digit, the product, the sum overdue in euros); and a Kazakh
settlement centre's list of subscribers in debt, in UTF-8 with semicolons and Russian headers
(the personal account, the ИИН with its check digit, surname, name and patronymic, the address,
the service, the debt in tenge, the inspector, the day of the warning).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind403_writers import WRITERS_BLIND403
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND403: tuple[Shape, ...] = (
    _shape(
        "so_ghi_chi_so_cong_to_theo_lo_trinh_vn403",
        "STT=row | Mã KH=-:evn403 | Tên khách hàng=full_name | Địa chỉ sử dụng điện=address"
        " | Lộ/Trạm=-:route403 | Số công tơ=-:meter403 | Chỉ số cũ=-:old403"
        " | Chỉ số mới=-:new403 | Sản lượng (kWh)=-:kwh403 | Ngày ghi=date@%d/%m/%Y"
        " | NV ghi chỉ số=-:reader403 | ĐT khách hàng=phone | Ghi chú=-:read_note403",
        file="xlsx",
    ),
    _shape(
        "ds_kh_dong_dien_lai_sau_thanh_toan_no_vn403",
        "TT=row | Mã khách hàng=-:evn403 | Họ tên KH=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Địa chỉ=address | Số tiền nợ (đ)=-:debt403"
        " | Ngày ngừng cấp điện=date@%d/%m/%Y | Ngày thanh toán=date:paid403"
        " | Hình thức TT=-:payway403 | Ngày đóng điện lại=date:reconnect403"
        " | Phí đóng lại (đ)=-:fee403 | Công nhân thực hiện=-:electrician403 | SĐT=phone",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ds_kh_dang_ky_trich_no_tu_dong_tien_nuoc_vn403",
        "TT=row | So danh bo=-:danhbo403 | Ten khach hang=full_name"
        " | Ngay sinh=birth_date@%d-%m-%Y | So CCCD=cccd:cccd_spaced | Dia chi gan DH=address"
        " | Ngan hang=-:bank403 | So TK trich no=-:account403 | Quan he chu TK=-:holder403"
        " | Kenh dang ky=-:channel403 | Chi nhanh cap nuoc=-:branch403"
        " | Ngay dang ky=date@%d-%m-%Y | Dien thoai=phone | Email=email",
        encoding="utf-8-sig",
    ),
    _shape(
        "ds_ho_de_nghi_giam_tien_nuoc_ro_ri_sau_dh_vn403",
        "STT=row | Danh bộ=-:danhbo403 | Họ và tên chủ hộ=full_name"
        " | Ngày tháng năm sinh=birth_date@%d/%m/%Y | Số CCCD=cccd | Địa chỉ=address"
        " | Kỳ HĐ=-:period403 | Tiêu thụ kỳ này (m³)=-:m3_403 | TB 3 kỳ (m³)=-:avg403"
        " | Số m³ đề nghị giảm=-:cut_m3_403 | Ngày phát hiện rò rỉ=date@%d/%m/%Y"
        " | NV kiểm tra=-:inspector403 | Kết quả=-:leak_result403 | SĐT=phone"
        " | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "suministros_recibos_vencidos_corte_pe403",
        "N°=row | Nro. Suministro=-:suministro403 | DNI=national_id:pe_dni403"
        " | Apellido Paterno=family_name:pe_pat403 | Apellido Materno=-:pe_mat403"
        " | Nombres=given_name:pe_given403 | Fecha Nac.=birth_date@%d/%m/%Y"
        " | Dirección del Suministro=street:pe_street403 | Distrito=district:pe_district403"
        " | Celular=phone:phone_pe403 | Recibos Vencidos=-:pe_bills403"
        " | Deuda Total (S/)=-:pe_debt403 | Tarifa=-:pe_tariff403"
        " | Fecha Programada de Corte=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "ceb_red_notice_disconnection_list_lk403",
        "No=row | Account No=-:ceb_acc403 | Name of Consumer=full_name:lk_name403"
        " | NIC No=national_id:lk_nic403 | Premises Address=address:lk_addr403"
        " | Area Office=-:lk_area403 | Arrears (Rs.)=-:lk_arrears403"
        " | Meter Reader=-:lk_reader403 | Last Payment Date=date:lk_paid403"
        " | Red Notice Issued=date@%Y-%m-%d | Mobile No=phone:phone_lk403",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "kplc_new_connections_register_ke403",
        "S/N=row | ID No.=national_id:ke_id403 | KRA PIN=-:ke_pin403"
        " | First Name=given_name:ke_first403 | Other Name=-:ke_middle403"
        " | Surname=family_name:ke_last403 | Date of Birth=birth_date@%d/%m/%Y"
        " | Sex=sex:sex_ke403 | Phone No.=phone:phone_ke403 | Plot/Estate=street:ke_plot403"
        " | Town=district:ke_town403 | County=state:ke_county403 | Account No.=-:ke_acc403"
        " | Meter No.=-:ke_meter403 | Scheme=-:ke_scheme403 | Amount Paid (KES)=-:ke_fee403"
        " | Date Connected=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "sahkosopimus_maksumuistutus_katkaisuvaroitus_fi403",
        "Rivi=row | Asiakasnro=-:fi_cust403 | Henkilötunnus=national_id:hetu403"
        " | Sukunimi=family_name:fi_family403 | Etunimet=given_name:fi_given403"
        " | Lähiosoite=street:fi_street403 | Postinro=postcode:fi_postcode403"
        " | Postitoimipaikka=district:fi_town403 | Puhelin=phone:phone_fi403"
        " | Sähköposti=email | Käyttöpaikkatunnus=-:gsrn403 | Tuote=-:fi_product403"
        " | Erääntynyt (€)=-:fi_due403 | Katkaisuvaroitus pvm=date@%d.%m.%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "abonenty_s_zadolzhennostyu_kz403",
        "№ п/п=row | Лицевой счёт=-:kz_acc403 | ИИН=national_id:iin403"
        " | Фамилия=family_name:kz_family403 | Имя=given_name:kz_given403"
        " | Отчество=-:kz_father403 | Дата рождения=birth_date@%d.%m.%Y"
        " | Адрес=address:kz_addr403 | Телефон=phone:phone_kz403 | Услуга=-:kz_service403"
        " | Долг, тенге=-:kz_debt403 | Контролёр=-:kz_inspector403"
        " | Дата предупреждения=date@%d.%m.%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("pe_dni403", "lk_nic403", "ke_id403", "hetu403", "iin403")
SEX_HOLDS: tuple[str, ...] = ("sex_ke403",)
NAME_HOLDS = frozenset(
    {"pe_pat403", "pe_given403", "lk_name403", "ke_first403", "ke_last403"}
    | {"fi_family403", "fi_given403", "kz_family403", "kz_given403"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_pe403",
    "phone_lk403",
    "phone_ke403",
    "phone_fi403",
    "phone_kz403",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("lk_addr403", "kz_addr403")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND403",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND403",
]
