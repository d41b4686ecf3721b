"""The four-hundred-and-ninth part of the outside corpus, **blind 409** (written 21:55 UTC,
2026-12-07, never used for tuning): person files a land registration office branch, a commune
people's committee, a notary office, a cadastral survey team, a Colombian notary, a Mongolian
property registration office, an Addis Ababa land administration office, a Bulgarian registry
office and a Belarusian registration and land cadastre agency could hand over about owners of land
and houses who mortgage, give, sell or lose the title to them.
Four Vietnamese files: a land registration office branch's book of mortgages of land-use rights and
assets attached to the land, in Excel (the mortgagee bank, the mortgage contract, the certificate's
serial, the parcel and sheet, the area, the secured debt, the officer); a commune's list posting
land-use certificates reported lost before they are reissued, in Windows-1258 with semicolons (the
lost serial, the entry in the issuing book, the day it was issued, why it was lost, whether the
police confirmed); a notary office's book of notarised gifts of land-use rights, in UTF-8 with a
BOM and headers without diacritics (the notarial number, the donee and how they are related, the
asset, the notary, the fee); and a survey team's list of the boundary descriptions the owners of
parcels and their neighbours signed, in UTF-16 with tabs (the sheet and parcel, the neighbour on
one side, the day signed, the surveying unit, whether the boundary is disputed).
Five foreign files: a Colombian notary's index of public deeds in Windows-1252 (the deed number and
act, the grantor's surnames and names, the cédula, the Bogotá-style street address, municipio and
departamento, the matrícula inmobiliaria, the value, the grantee); a Mongolian register of real-
estate rights in UTF-8 (the certificate, the register number with the birth date, the father's name
as овог, the address, the property's place, the kind of deal); an Addis Ababa sub-city land office's
title transfers in UTF-8 with Amharic headers (the three-part name, the Fayda number, the sub-city
and woreda, the map number, the buyer); a Bulgarian registry office's entry register in
Windows-1251 (the notarial deed and volume, the EGN, the cadastral identifier, the acquirer, the
notary); and a Belarusian agency's register of state registrations in Excel (the registration
number, the cadastral number, surname, own name and patronymic, the identification number, the
price in roubles).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind409_writers import WRITERS_BLIND409
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND409: tuple[Shape, ...] = (
    _shape(
        "so_dang_ky_the_chap_qsdd_tai_san_gan_lien_voi_dat_cn_vpdkdd_vn409",
        "STT=row | Số đơn ĐK=-:book409 | Ngày nhận đơn=date@%d/%m/%Y"
        " | Bên thế chấp=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Địa chỉ bên thế chấp=address | Bên nhận thế chấp=-:bank409"
        " | Số HĐ thế chấp=-:mortgage409 | Số phát hành GCN=-:gcn_serial409"
        " | Thửa đất/Tờ BĐ=-:parcel409 | Diện tích (m²)=-:area409"
        " | Nghĩa vụ được bảo đảm (đồng)=-:debt409 | Điện thoại=phone"
        " | Cán bộ thụ lý=-:officer409 | Ngày đăng ký=date:signed409",
        file="xlsx",
    ),
    _shape(
        "danh_sach_niem_yet_mat_gcn_qsdd_de_nghi_cap_lai_ubnd_xa_vn409",
        "TT=row | Họ tên người sử dụng đất=full_name | Ngày sinh=birth_date@%d-%m-%Y"
        " | Giới tính=sex | Số CCCD=cccd:cccd_spaced | Nơi thường trú=address"
        " | Số phát hành GCN bị mất=-:gcn_serial409 | Số vào sổ cấp GCN=-:book409"
        " | Ngày cấp GCN=date:issued409 | Thửa/tờ=-:parcel409 | Lý do mất=-:lost409"
        " | Xác nhận của CA xã=-:police409 | Ngày niêm yết=date@%d-%m-%Y | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_cong_chung_hd_tang_cho_qsdd_van_phong_cong_chung_vn409",
        "STT=row | So cong chung=-:notarised409 | Ngay cong chung=date@%d/%m/%Y"
        " | Ben tang cho=full_name | Ngay sinh=birth_date@%d/%m/%Y | So CCCD=cccd"
        " | Dia chi thuong tru=address | Ben duoc tang cho=-:donee409 | Quan he=-:kin409"
        " | Tai san tang cho=-:asset409 | Cong chung vien=-:notary409"
        " | Phi CC (dong)=-:fee409 | SDT=phone",
        encoding="utf-8-sig",
    ),
    _shape(
        "ban_mo_ta_ranh_gioi_moc_gioi_thua_dat_chu_ky_xac_nhan_do_dac_vn409",
        "STT=row | Tờ BĐ, thửa số=-:parcel409 | Tên chủ sử dụng đất=full_name"
        " | Ngày tháng năm sinh=birth_date@%d/%m/%Y | Số định danh cá nhân=cccd"
        " | Địa chỉ thường trú=address | Chủ SDĐ liền kề=-:neighbour409"
        " | Ngày ký xác nhận=date:signed409 | Đơn vị đo đạc=-:survey409"
        " | Tình trạng ranh giới=-:boundary409 | SĐT=phone",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "indice_escrituras_publicas_notaria_co409",
        "No.=row | Escritura No.=-:escritura409 | Fecha escritura=date@%d/%m/%Y"
        " | Acto=-:acto409 | Apellidos otorgante=family_name:co_fam409"
        " | Nombres otorgante=given_name:co_given409 | C.C.=national_id:co_cc409"
        " | Fecha de nacimiento=birth_date@%d/%m/%Y | Dirección residencia=street:co_street409"
        " | Municipio=district:co_mun409 | Departamento=state:co_dep409"
        " | Celular=phone:co_phone409 | Matrícula inmobiliaria=-:matricula409"
        " | Valor del acto=-:valor409 | Adquirente=-:co_buyer409",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "ul_hodlokh_khorongiin_erkhiin_burtgel_mn409",
        "№=row | Гэрчилгээний дугаар=-:mn_cert409 | Регистрийн дугаар=national_id:mn_reg409"
        " | Овог=family_name:mn_father409 | Нэр=given_name:mn_given409"
        " | Төрсөн огноо=birth_date@%Y.%m.%d | Хүйс=sex:sex_mn409"
        " | Оршин суугаа хаяг=address:mn_addr409 | Утас=phone:mn_phone409"
        " | Эд хөрөнгийн байршил=-:mn_prop409 | Гэрээний төрөл=-:mn_deal409"
        " | Бүртгэсэн огноо=date@%Y.%m.%d",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "ye_meret_sim_zuwuwur_kifle_ketema_et409",
        "ተ.ቁ=row | ሙሉ ስም=full_name:et_name409 | የፋይዳ ቁጥር (FAN)=national_id:fayda409"
        " | የትውልድ ቀን=birth_date@%d/%m/%Y | ጾታ=sex:sex_et409"
        " | ክፍለ ከተማ=district:et_sub409 | ወረዳ=suburb:et_woreda409"
        " | ስልክ ቁጥር=phone:et_phone409 | የካርታ ቁጥር=-:et_map409"
        " | የቦታ ስፋት (ካ.ሜ)=-:et_area409 | የዝውውር ዓይነት=-:et_kind409"
        " | ገዢ/ተቀባይ=-:et_buyer409 | የተመዘገበበት ቀን=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "vhoden_registar_sluzhba_po_vpisvaniyata_bg409",
        "№ по ред=row | Вх. рег. №=-:bg_entry409 | Дата на вписване=date@%d.%m.%Y"
        " | Нотариален акт=-:bg_act409 | Вид на акта=-:bg_kind409"
        " | Прехвърлител (име, презиме, фамилия)=full_name:bg_name409 | ЕГН=national_id:egn409"
        " | Дата на раждане=birth_date@%d.%m.%Y | Постоянен адрес=address:bg_addr409"
        " | Телефон=phone:bg_phone409 | Идентификатор на имота=-:bg_cad409"
        " | Приобретател=-:bg_buyer409 | Нотариус=-:bg_notary409",
        english=True,
        encoding="cp1251",
    ),
    _shape(
        "reestr_gos_registracii_perehoda_prav_nedvizhimost_by409",
        "№ п/п=row | Регистрационный номер=-:by_regno409 | Дата регистрации=date@%d.%m.%Y"
        " | Кадастровый номер=-:by_cad409 | Фамилия=family_name:by_family409"
        " | Собственное имя=given_name:by_given409 | Отчество=-:by_patr409"
        " | Дата рождения=birth_date@%d.%m.%Y | Идентификационный номер=national_id:by_idn409"
        " | Адрес регистрации=address:by_addr409 | Телефон=phone:by_phone409"
        " | Вид сделки=-:by_deal409 | Цена, BYN=-:by_price409",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("co_cc409", "mn_reg409", "fayda409", "egn409", "by_idn409")
SEX_HOLDS: tuple[str, ...] = ("sex_mn409", "sex_et409")
NAME_HOLDS = frozenset(
    {"co_fam409", "co_given409", "mn_father409", "mn_given409", "et_name409"}
    | {"bg_name409", "by_family409", "by_given409"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "co_phone409",
    "mn_phone409",
    "et_phone409",
    "bg_phone409",
    "by_phone409",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("mn_addr409", "bg_addr409", "by_addr409")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND409",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND409",
]
