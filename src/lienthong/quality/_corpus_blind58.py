"""The fifty-eighth part of the outside corpus, **blind 58** (written 11:12 UTC, 2026-12-06, never
used for tuning): person files a ward's police, a district's justice office, a commune's clean
water board, a company's accounts office, a Northern Ireland health and social care trust, a
Tyrolean district authority, a Hokkaido city's national health insurance, Mendoza's public
employees' health fund and a Sardinian comune could hand over. Four Vietnamese files: a ward's
fire-safety inspections of homes with a shop in Excel (the owner's identity, the premises that
are their home, the trade, floors, floor area, a second escape route, extinguishers, the minutes,
the result, the inspecting officer); a district's adoption register in UTF-16 with tabs (the case
number and date, the adoptive parent's identity, their spouse, the child's name, birthday, sex
and place of birth, the child's situation, a birth parent); a commune's households connected to
clean water in Windows-1258 with semicolons and headers without diacritics (the head of the
household, the hamlet, household size, the customer code, the meter and its first reading, the
connection date, poor-household support); and a company's payroll in UTF-8 with a BOM (staff
number, CCCD, personal tax code, BHXH book, department, title, salary, allowance, days worked,
deductions, net pay, the bank account, bank and branch, the last update).
Five foreign files: a Northern Ireland community care list in UTF-8 with headers in English and
Irish (the H&C number with its mod-11 digit, town, BT postcode, GP practice, trust, service, next
of kin); a Tyrolean social benefits list in Windows-1252 with semicolons (the file number, the
Sozialversicherungsnummer with its check digit and birth date, Straße, PLZ, Ort, the benefit, the
monthly amount, the officer); a Hokkaido national health insurance health check list in
Shift_JIS (the insurer number, the card's symbol, number and branch, the name in kanji and
katakana, the My Number with its check digit, the postcode and address, the clinic, the verdict);
a Mendoza health fund list in Excel (the DNI with dots, the CUIL, the member number, the plan,
localidad and departamento, the employer); and a Sardinian comune's social support list in UTF-8
with a BOM and semicolons, headers in Italian and Sardinian (the codice fiscale with a Sardinian
Belfiore code and its check letter, the place of birth, the ISEE, the measure, the protocol).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind58_writers import WRITERS_BLIND58
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND58: tuple[Shape, ...] = (
    _shape(
        "kiem_tra_pccc_nha_o_kinh_doanh_vn58",
        "STT=row | Họ và tên chủ hộ=full_name | Ngày sinh=birth_date:excel_date"
        " | Số CCCD=cccd | Địa chỉ nhà ở kết hợp kinh doanh=address"
        " | Ngành nghề KD=-:trade58 | Số tầng=-:floors58 | Diện tích sàn (m²)=-:area58"
        " | Lối thoát nạn thứ 2=-:exit58 | Bình chữa cháy=-:extinguisher58"
        " | SĐT chủ hộ=phone | Ngày kiểm tra=date:excel_event | Số biên bản=-:minutes58"
        " | Kết quả kiểm tra=-:result58 | Cán bộ kiểm tra=-:inspector58 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "so_dang_ky_nuoi_con_nuoi_vn58",
        "STT=row | Số đăng ký=-:case58 | Ngày đăng ký=date@%d/%m/%Y"
        " | Họ tên người nhận con nuôi=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD/ĐDCN=cccd | Nơi cư trú=address | Điện thoại=phone"
        " | Họ tên vợ/chồng người nhận con nuôi=-:spouse58 | Họ tên con nuôi=-:child58"
        " | Ngày sinh con nuôi=date:child_birth58 | Giới tính con nuôi=-:child_sex58"
        " | Nơi sinh con nuôi=-:child_place58 | Hoàn cảnh của trẻ=-:situation58"
        " | Họ tên cha/mẹ đẻ=-:birth_parent58 | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ho_dau_noi_nuoc_sach_vn58",
        "TT=row | Ho ten chu ho=full_name | Ngay sinh=birth_date@%d/%m/%Y | So CCCD=cccd"
        " | Thon/xom=-:hamlet58 | Dia chi=address | So nhan khau=-:members58"
        " | Ma KH=-:customer58 | So dong ho=-:meter58 | Ngay dau noi=date@%d/%m/%Y"
        " | Chi so dau (m3)=-:reading58 | Doi tuong=-:poor58"
        " | Kinh phi ho tro (dong)=-:support58 | Dien thoai=phone | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "bang_luong_chuyen_khoan_vn58",
        "STT=row | Mã NV=-:staff_no58 | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd:cccd_spaced | MST cá nhân=mst | Số sổ BHXH=bhxh"
        " | Phòng ban=-:dept58 | Chức danh=-:title58 | Lương cơ bản (VNĐ)=-:salary58"
        " | Phụ cấp=-:allowance58 | Ngày công TT=-:workdays58"
        " | Trích BHXH, BHYT, BHTN (10,5%)=-:insurance58 | Thực lĩnh=-:net58"
        " | Số tài khoản=-:account58 | Ngân hàng=-:bank58 | Chi nhánh=-:branch58"
        " | Email=email | Cập nhật lúc=timestamp",
        encoding="utf-8-sig",
    ),
    _shape(
        "community_care_hsct_ni_gb58",
        "No. / Uimh.=row | H&C No. / Uimhir S&C=national_id:hc_ni58"
        " | Surname / Sloinne=family_name:ni_family58 | Forename / Céadainm=given_name:ni_given58"
        " | Date of Birth / Dáta Breithe=birth_date@%d/%m/%Y | Sex / Gnéas=sex:sex_ni58"
        " | Address / Seoladh=street:street_ni58 | Town / Baile=district:town_ni58"
        " | Postcode / Cód Poist=postcode:pc_ni58 | Telephone / Guthán=phone:phone_ni58"
        " | GP Practice / Cleachtas Dochtúra=-:practice_ni58 | Trust=-:trust_ni58"
        " | Service / Seirbhís=-:service_ni58 | Referral Date=date@%d/%m/%Y"
        " | Next of Kin / Neasghaol=-:carer_ni58",
        english=True,
    ),
    _shape(
        "sozialleistungen_tirol_at58",
        "Lfd. Nr.=row | Aktenzahl=-:file_at58 | Familienname=family_name:at_family58"
        " | Vorname=given_name:at_given58 | Geschlecht=sex:sex_at58"
        " | Geburtsdatum=birth_date@%d.%m.%Y | Sozialversicherungsnummer=national_id:svnr_at58"
        " | Straße/Hausnr.=street:street_at58 | PLZ=postcode:pc_at58 | Ort=district:town_at58"
        " | Telefon=phone:phone_at58 | Leistung=-:benefit_at58 | Betrag mtl.=-:amount_at58"
        " | Bescheid vom=date@%d.%m.%Y | Sachbearbeiter/in=-:officer_at58",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "tokutei_kenshin_hokkaido_jp58",
        "No.=row | 保険者番号=-:insurer_jp58 | 被保険者証記号=-:symbol_jp58"
        " | 被保険者証番号=-:number_jp58 | 枝番=-:branch_jp58 | 氏名=full_name:jp_name58"
        " | フリガナ=full_name:jp_kana58 | 性別=sex:sex_jp58 | 生年月日=birth_date@%Y/%m/%d"
        " | 個人番号=national_id:mynumber_jp58 | 郵便番号=postcode:pc_jp58"
        " | 住所=address:addr_jp58 | 電話番号=phone:phone_jp58 | 受診日=date@%Y/%m/%d"
        " | 健診機関=-:clinic_jp58 | 判定=-:verdict_jp58",
        english=True,
        encoding="cp932",
    ),
    _shape(
        "afiliados_osep_mendoza_ar58",
        "Nº=row | Apellido=family_name:ar_family58 | Nombre/s=given_name:ar_given58"
        " | Sexo=sex:sex_ar58 | Fecha Nac.=birth_date@%d/%m/%Y | DNI=national_id:dni_ar58"
        " | CUIL=-:cuil_ar58 | Nº Afiliado=-:member_ar58 | Plan=-:plan_ar58"
        " | Domicilio=street:street_ar58 | Localidad=suburb:town_ar58"
        " | Departamento=district:dept_ar58 | C.P.=postcode:pc_ar58"
        " | Teléfono=phone:phone_ar58 | Empleador=-:employer_ar58 | Fecha de alta=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "sostegno_sociale_sardegna_it58",
        "N.=row | Cognome / Sangunàu=family_name:it_family58 | Nome / Nùmene=given_name:it_given58"
        " | Sesso / Sessu=sex:sex_it58 | Data di nascita / Data de naschida=birth_date@%d/%m/%Y"
        " | Luogo di nascita / Logu de naschida=-:birthplace_it58"
        " | Codice fiscale / Còdighe fiscale=national_id:cf_it58"
        " | Indirizzo / Indiritzu=street:street_it58 | CAP=postcode:pc_it58"
        " | Comune / Comunu=district:town_it58 | Prov.=state:prov_it58"
        " | Telefono / Telèfonu=phone:phone_it58 | Componenti nucleo=-:family_size_it58"
        " | ISEE (€)=-:isee_it58 | Misura / Mesura=-:measure_it58 | Protocollo=-:protocol_it58"
        " | Data domanda=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "hc_ni58",
    "svnr_at58",
    "mynumber_jp58",
    "dni_ar58",
    "cf_it58",
)
SEX_HOLDS: tuple[str, ...] = ("sex_ni58", "sex_at58", "sex_jp58", "sex_ar58", "sex_it58")
NAME_HOLDS = frozenset(
    {"ni_family58", "ni_given58", "at_family58", "at_given58", "jp_name58", "jp_kana58"}
    | {"ar_family58", "ar_given58", "it_family58", "it_given58"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ni58",
    "phone_at58",
    "phone_jp58",
    "phone_ar58",
    "phone_it58",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND58",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND58",
]
