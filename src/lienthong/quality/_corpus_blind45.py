"""The forty-fifth part of the outside corpus, **blind 45** (written 09:05 UTC, 2026-12-06, never
used for tuning): person files a district registering address updates after the 2025 merger of
administrative units, a private kindergarten's employer, a ward's transport office, a city's
methadone programme, a Swedish municipality, a Dutch municipality, a Chilean municipality, a
Saudi welfare office and an Uzbek district administration could hand over. Four Vietnamese
files: a district's list of people registered to update their address after the 1 July 2025
merger, in UTF-8 with a BOM (the old address with ward and district, the new address with the
new ward only, the new ward alone, the channel, the receiving officer, the status); a private
kindergarten teachers' list in Excel (the degree, the certificate, its number and date, the
school and its address, the principal, the class, the salary); a ward's list of cyclo and
tricycle drivers in Windows-1258 with semicolons (the vehicle, its number, the cooperative and its
head, the working badge, the area); and a city's list of people on methadone treatment in UTF-16
with tabs (the patient code, the health insurance card, the clinic, the start date, the dose, the
stage, a relative's name and phone, the time last updated).
Five foreign files: a Swedish home-care list in Latin-1 with semicolons (the personnummer with its
Luhn digit, Utdelningsadress/Postnummer/Postort, next of kin, the case officer); a Dutch WMO
application list in Windows-1252 (the BSN with its 11-check, the tussenvoegsel apart, Dutch
postcodes, a contact person); a Chilean social register extract in Excel (the RUN with its mod-11
digit or K, two surnames, comuna and región, FONASA); a Saudi support list in UTF-8 with Arabic
headers (national ID or iqama with its Luhn digit, the four-part name in columns, citizens' birth
dates in Hijri and residents' in Gregorian, the sponsor of a resident); and an Uzbek list in
UTF-8 with a BOM and headers in both Latin and Cyrillic script (the PINFL, patronymic with
o‘g‘li/qizi, the passport, tuman and viloyat, the mahalla chairman).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind45_writers import WRITERS_BLIND45
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND45: tuple[Shape, ...] = (
    _shape(
        "cap_nhat_dia_chi_sap_xep_dvhc_vn45",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số định danh cá nhân=cccd | Địa chỉ cũ (trước sắp xếp)=address:old_addr45"
        " | Địa chỉ mới (sau sắp xếp)=address:new_addr45 | Phường/xã mới=ward:new_ward45"
        " | Số điện thoại=phone | Hình thức đăng ký=-:channel45 | Mã hồ sơ=-:dossier45"
        " | Ngày tiếp nhận=date@%d/%m/%Y | Cán bộ tiếp nhận=-:officer45"
        " | Tình trạng=-:status45",
        encoding="utf-8-sig",
    ),
    _shape(
        "giao_vien_mam_non_tu_thuc_vn45",
        "STT=row | Họ và tên giáo viên=full_name | Ngày tháng năm sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Trình độ chuyên môn=-:degree45 | Chứng chỉ=-:cert45"
        " | Số hiệu chứng chỉ=-:certno45 | Ngày cấp=date@%d/%m/%Y | Tên trường=-:school45"
        " | Địa chỉ trường=-:school_addr45 | Hiệu trưởng=-:principal45"
        " | Lớp phụ trách=-:class45 | Mức lương (đồng)=-:salary45 | Mã số BHXH=bhxh"
        " | Điện thoại=phone | Email=email",
        file="xlsx",
    ),
    _shape(
        "nguoi_dap_xich_lo_ba_banh_vn45",
        "TT=row | Họ tên=full_name | Ngày sinh=birth_date@%d-%m-%Y | Số CCCD=cccd:cccd_spaced"
        " | Nơi thường trú=address | Loại phương tiện=-:vehicle45 | Biển số/số hiệu xe=-:plate45"
        " | Hợp tác xã=-:coop45 | Chủ nhiệm HTX=-:coop_head45 | Số thẻ hành nghề=-:badge45"
        " | Khu vực hoạt động=-:area45 | SĐT=phone | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "benh_nhan_dieu_tri_methadone_vn45",
        "STT=row | Mã bệnh nhân=-:patient45 | Họ và tên=full_name | Giới=sex"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD/ĐDCN=cccd | Số thẻ BHYT=bhyt"
        " | Địa chỉ thường trú=address | Cơ sở điều trị=-:clinic45"
        " | Ngày bắt đầu điều trị=date@%d/%m/%Y | Liều hiện tại (mg)=-:dose45"
        " | Giai đoạn=-:stage45 | Người thân liên hệ=-:relative45"
        " | SĐT người thân=-:rel_phone45 | Ngày cập nhật=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hemtjanst_brukare_se45",
        "Löpnr=row | Personnummer=national_id:pnr_se45 | Efternamn=family_name:se_family45"
        " | Förnamn=given_name:se_given45 | Kön=sex:sex_se45"
        " | Födelsedatum=birth_date@%Y-%m-%d | Utdelningsadress=street:street_se45"
        " | Postnummer=postcode:postnr_se45 | Postort=district:ort_se45"
        " | Telefon=phone:phone_se45 | Insats=-:insats_se45 | Anhörig=-:kin_se45"
        " | Handläggare=-:officer_se45 | Beslutsdatum=date@%Y-%m-%d",
        english=True,
        encoding="latin-1",
        delimiter=";",
    ),
    _shape(
        "wmo_aanvragen_nl45",
        "Volgnr.=row | BSN=national_id:bsn_nl45 | Voornamen=given_name:nl_given45"
        " | Tussenvoegsel=-:nl_tussen45 | Achternaam=family_name:nl_family45"
        " | Geslacht=sex:sex_nl45 | Geboortedatum=birth_date@%d-%m-%Y"
        " | Straat en huisnummer=street:street_nl45 | Postcode=postcode:pc_nl45"
        " | Woonplaats=district:wp_nl45 | Telefoonnummer=phone:phone_nl45"
        " | Zorgverzekeraar=-:insurer_nl45 | Contactpersoon=-:contact_nl45"
        " | Voorziening=-:voorziening_nl45 | Datum aanvraag=date@%d-%m-%Y",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "registro_social_hogares_cl45",
        "N°=row | RUN=national_id:rut_cl45 | Nombres=given_name:cl_given45"
        " | Apellido paterno=family_name:cl_pat45 | Apellido materno=-:cl_mat45"
        " | Fecha de nacimiento=birth_date@%d-%m-%Y | Sexo=sex:sex_cl45"
        " | Dirección=street:street_cl45 | Comuna=district:comuna_cl45"
        " | Región=state:region_cl45 | Teléfono=phone:phone_cl45"
        " | Previsión=-:prevision_cl45 | Tramo RSH=-:tramo_cl45"
        " | Fecha de aplicación=date@%d-%m-%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "mustafidin_daam_sa45",
        "م=row | رقم الهوية / الإقامة=national_id:id_sa45 | الاسم الأول=given_name:sa_given45"
        " | اسم الأب=-:sa_father45 | اسم الجد=-:sa_grand45"
        " | اسم العائلة=family_name:sa_family45 | تاريخ الميلاد=birth_date:birth_sa45"
        " | الجنس=sex:sex_sa45 | الجنسية=-:nation_sa45 | المدينة=district:city_sa45"
        " | الحي=suburb:hay_sa45 | رقم الجوال=phone:phone_sa45 | الكفيل=-:sponsor_sa45"
        " | تاريخ التسجيل=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "aholi_royxati_uz45",
        "T/r=row | JShShIR (ПИНФЛ)=national_id:pinfl_uz45"
        " | Familiyasi / Фамилияси=family_name:uz_family45 | Ismi / Исми=given_name:uz_given45"
        " | Otasining ismi / Отасининг исми=-:uz_patr45"
        " | Tug‘ilgan sanasi / Туғилган санаси=birth_date@%d.%m.%Y | Jinsi / Жинси=sex:sex_uz45"
        " | Pasport seriyasi va raqami=-:passport_uz45 | Manzili / Манзили=street:street_uz45"
        " | Tuman (shahar) / Туман=district:tuman_uz45 | Viloyat / Вилоят=province:viloyat_uz45"
        " | Telefon raqami=phone:phone_uz45 | Mahalla raisi=-:mahalla_head45"
        " | Ro‘yxatga olingan sana=date@%d.%m.%Y",
        english=True,
        encoding="utf-8-sig",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("pnr_se45", "bsn_nl45", "rut_cl45", "id_sa45", "pinfl_uz45")
SEX_HOLDS: tuple[str, ...] = ("sex_se45", "sex_nl45", "sex_cl45", "sex_sa45", "sex_uz45")
NAME_HOLDS = frozenset(
    {"se_family45", "se_given45", "nl_given45", "nl_family45", "cl_given45", "cl_pat45"}
    | {"sa_given45", "sa_family45", "uz_family45", "uz_given45"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_se45",
    "phone_nl45",
    "phone_cl45",
    "phone_sa45",
    "phone_uz45",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("old_addr45", "new_addr45", "street_uz45")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND45",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND45",
]
