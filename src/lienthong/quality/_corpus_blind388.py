"""The three-hundred-and-eighty-eighth part of the outside corpus, **blind 388** (written 19:20
UTC, 2026-12-07, never used for tuning): person files a bus ticket counter, a bus company's
card office, a bus company's ticket inspectors, a ward's labour and social affairs officer, Hong
Kong's Social Welfare Department, a Chilean regional transport secretariat, a Braga urban bus
shop, Budapest's transport authority and Qatar's bus company could hand over. Four Vietnamese
files: a ticket counter's log of concession monthly passes renewed in Windows-1258 with
semicolons and headers without diacritics (the card number, the kind of holder, the month, the
stamp serial, the route, the price, the counter, the seller and the shift); a bus company's
register of concession cards reissued after they were lost or broken in Excel (the old card and
the day it was issued, the reason, the fee, the new card, the day to collect it); ticket
inspectors' records of concession cards misused on buses in UTF-8 with a byte-order mark and
tabs (the record number, the trip and bus plate, the time, whose card it really was, the fault,
what was done, the inspector); and a ward's list of people with disabilities proposed for free
bus cards in UTF-16 with tabs and merged two-line headers (the kind and level of disability, the
certificate, the escort who rides free with them and his phone, the officer). Five foreign
files: Hong Kong's $2 fare scheme applications for personalised Octopus cards in UTF-8 with
Chinese/English headers (the HKID with its bracketed mod-11 character, the Chinese name and the
English name with the surname first, the flat and the district, ``9xxx xxxx`` phones, the kind
of beneficiary, the Octopus number, the status); a Chilean regional reduced-fare register in
Windows-1252 with semicolons (the RUN with its mod-11 digit, two surnames, calle, comuna and
región, ``+56 9`` mobiles, the category, the school, the card and its expiry); a Braga urban bus
shop's concession pass requests in Excel (the NIF with its mod-11 digit, the cartão de cidadão
number with its check characters, the street, the ``4700-000`` postcode and town, the profile,
the card, the price); Budapest's personal concession passes in UTF-8 with semicolons and
Hungarian headers (the name family first, the mother's name, the TAJ with its 3-7 digit, the
irányítószám, the district and the street, ``06-30/...`` phones, the kind, the card and its
validity); and Qatar's Karwa concession smartcards in UTF-8 with Arabic/English headers (the QID
with the birth year and nationality code, the Arabic name, the zone and area, ``+974`` mobiles,
the kind, the card, the guardian).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind388_writers import WRITERS_BLIND388
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND388: tuple[Shape, ...] = (
    _shape(
        "so_gia_han_ve_thang_uu_tien_diem_ban_ve_xe_buyt_vn388",
        "TT=row | So the=-:card_no388 | Ho ten chu the=full_name"
        " | Ngay sinh=birth_date@%d/%m/%Y | Doi tuong=-:kind_ascii388"
        " | So CCCD/DDCN=cccd | Thang gia han=-:month388 | Seri tem=-:stamp388"
        " | Tuyen=-:route388 | Gia ve (d)=-:fare388 | Diem ban ve=-:point388"
        " | NV ban ve=-:seller388 | Ca=-:shift388 | Ngay ban=date@%d/%m/%Y | SDT=phone",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "cap_lai_the_ve_uu_tien_bi_mat_hong_phong_the_cong_ty_xe_buyt_vn388",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd:cccd_spaced | Đối tượng=-:kind_vn388 | Số thẻ cũ=-:card_no388"
        " | Ngày cấp thẻ cũ=-:old_issue388 | Lý do cấp lại=-:reason388"
        " | Lệ phí=-:reissue_fee388 | Số thẻ mới=-:new_card388"
        " | Ngày nhận đơn=date@%d/%m/%Y | Ngày hẹn trả=-:pickup388"
        " | Địa chỉ liên hệ=address | Điện thoại=phone | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "bien_ban_kiem_tra_ve_the_uu_tien_su_dung_sai_doi_tuong_vn388",
        "Số BB=-:record388 | STT=row | Ngày kiểm tra=date@%d/%m/%Y | Giờ=-:time388"
        " | Tuyến / BKS=-:trip388 | Họ tên HK vi phạm=full_name"
        " | NS=birth_date@%d/%m/%Y | CCCD=cccd | Số thẻ=-:card_no388"
        " | Loại thẻ=-:kind_vn388 | Chủ thẻ (nếu khác)=-:holder388"
        " | Lỗi vi phạm=-:fault388 | Hình thức xử lý=-:handled388"
        " | Kiểm tra viên=-:inspector388 | SĐT HK=phone",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "nguoi_khuyet_tat_de_nghi_cap_the_xe_buyt_mien_phi_ubnd_phuong_vn388",
        "STT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Nơi ở hiện nay=address"
        " | Khuyết tật - Dạng tật=-:disab388 | Khuyết tật - Mức độ=-:level388"
        " | Số giấy xác nhận KT=-:cert388 | Người đi kèm (miễn vé)=-:escort388"
        " | SĐT người đi kèm=-:escort_phone388 | SĐT=phone"
        " | Ngày đề nghị=date@%d/%m/%Y | Cán bộ LĐTBXH=-:officer388",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "two_dollar_scheme_personalised_octopus_swd_hk388",
        "編號 No.=row | 申請編號 Application Ref.=-:hk_ref388"
        " | 香港身份證號碼 HKID No.=national_id:hkid388"
        " | 中文姓名 Name in Chinese=full_name:hk_zh388"
        " | 英文姓名 Name in English=full_name:hk_en388 | 性別 Sex=sex:sex_hk388"
        " | 出生日期 Date of Birth=birth_date@%d/%m/%Y"
        " | 住址 Residential Address=address:hk_addr388"
        " | 地區 District=district:hk_district388 | 聯絡電話 Contact No.=phone:hk_phone388"
        " | 受惠類別 Category=-:hk_kind388 | 八達通號碼 Octopus No.=-:octopus388"
        " | 申請日期 Date of Application=date@%d/%m/%Y | 狀況 Status=-:hk_status388",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "beneficiarios_tarifa_rebajada_transporte_publico_regional_cl388",
        "N°=row | RUN=national_id:cl_run388 | Apellido paterno=family_name:cl_fam388"
        " | Apellido materno=-:cl_fam2_388 | Nombres=given_name:cl_given388"
        " | Fecha nacimiento=birth_date@%d-%m-%Y | Sexo=sex:sex_cl388"
        " | Dirección=street:cl_street388 | Comuna=district:cl_comuna388"
        " | Región=state:cl_region388 | Teléfono=phone:cl_phone388"
        " | Categoría=-:cl_kind388 | Establecimiento=-:cl_school388"
        " | N° tarjeta=-:cl_card388 | Fecha solicitud=date@%d-%m-%Y"
        " | Vigencia hasta=-:cl_expiry388",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "pedidos_passe_social_loja_tub_braga_pt388",
        "N.º=row | Nome completo=full_name:pt_name388 | NIF=national_id:nif388"
        " | N.º documento (CC)=-:cc388 | Data de nascimento=birth_date@%d/%m/%Y"
        " | Morada=street:pt_street388 | Código postal=postcode:pt_postcode388"
        " | Localidade=district:pt_town388 | Telemóvel=phone:pt_phone388"
        " | Perfil=-:pt_kind388 | N.º cartão TUB=-:pt_card388"
        " | Valor mensal=-:pt_price388 | Data do pedido=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "bkk_szemelyre_szolo_kedvezmenyes_berletek_hu388",
        "Sorszám=row | Név=full_name:hu_name388 | Anyja neve=-:hu_mother388"
        " | Születési dátum=birth_date@%Y.%m.%d. | TAJ szám=national_id:taj388"
        " | Irányítószám=postcode:hu_postcode388 | Település / kerület=district:hu_district388"
        " | Utca, házszám=street:hu_street388 | Telefonszám=phone:hu_phone388"
        " | Kedvezmény jogcíme=-:hu_kind388 | Igazolvány száma=-:hu_card388"
        " | Kiállítás dátuma=date@%Y.%m.%d. | Érvényes=-:hu_valid388",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "karwa_concession_smartcards_mowasalat_qa388",
        "م / No.=row | رقم البطاقة الشخصية / QID=national_id:qid388"
        " | الاسم / Name=full_name:qa_name388 | الجنسية / Nationality=-:qa_nation388"
        " | تاريخ الميلاد / DOB=birth_date@%d/%m/%Y | الجنس / Gender=sex:sex_qa388"
        " | رقم المنطقة / Zone=-:qa_zone388 | المنطقة / Area=suburb:qa_area388"
        " | الجوال / Mobile=phone:qa_phone388 | الفئة / Category=-:qa_kind388"
        " | رقم بطاقة كروة / Karwa Card No.=-:qa_card388"
        " | ولي الأمر / Guardian=-:qa_guardian388 | تاريخ الإصدار / Issue Date=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("hkid388", "cl_run388", "nif388", "taj388", "qid388")
SEX_HOLDS: tuple[str, ...] = ("sex_hk388", "sex_cl388", "sex_qa388")
NAME_HOLDS = frozenset(
    {"hk_zh388", "hk_en388", "cl_fam388", "cl_given388", "pt_name388", "hu_name388", "qa_name388"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "hk_phone388",
    "cl_phone388",
    "pt_phone388",
    "hu_phone388",
    "qa_phone388",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("hk_addr388",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND388",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND388",
]
