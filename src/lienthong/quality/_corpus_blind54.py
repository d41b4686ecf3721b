"""The fifty-fourth part of the outside corpus, **blind 54** (written 10:55 UTC, 2026-12-06, never
used for tuning): person files a provincial tourism department, a district's economic office, a
commune's civil registry, a lower secondary school, a Queensland hospital, a British Columbia
health unit, a Breton commune's social action centre, an Inner Mongolian banner's grassland office
and Mayotte's social security fund could hand over. Four Vietnamese files: a province's list of
tour guide cards in Excel (the card number with its kind, province and year, the kind, the
language, the issue and expiry dates, the travel firm); a district's list of household food
businesses certified for food safety in Windows-1258 with semicolons and headers without
diacritics (the business and its kind and address, the owner's CCCD and permanent address, the
household business registration, the certificate, its dates); a commune's death register in
UTF-16 with tabs (the book and number, the deceased's identity, last residence, time, place and
cause of death, the declarant with their relation, CCCD and phone, the registry clerk); and a
school's pupils' health checks in UTF-8 with a BOM (the class, the BHYT card, height, weight,
eyesight, teeth, the verdict, a parent and their phone, the day of the check).
Five foreign files: a Queensland hospital admissions list in UTF-8 (the UR number, the Medicare
number with its weighted check digit and the IRN, surname in capitals, suburb, state, postcode,
next of kin and their phone, the ward, the GP); a British Columbia immunization list in UTF-8 with
a BOM (the PHN with its mod-11 digit, middle name, city, postal code, the vaccine and lot, an
emergency contact); a Breton CCAS aid list in Windows-1252 with semicolons and headers in French
and Breton (the NIR with its key and a Breton commune of birth, code postal, kumun, the place of
birth, the fund, the aid, the amount, the referent); an Inner Mongolian grassland subsidy list in
Excel with headers in Chinese and traditional Mongolian script (the 身份证 number with its ISO 7064
digit, the nationality, banner, sumu and gacha, the pasture area, the subsidy, the bank card); and
a Mayotte social security list in UTF-8 with semicolons (the NIR of people born in 976, the
village and commune, the place of birth, the scheme, the mother's name).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind54_writers import WRITERS_BLIND54
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND54: tuple[Shape, ...] = (
    _shape(
        "the_huong_dan_vien_du_lich_vn54",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date:excel_date | Giới tính=sex"
        " | Số CCCD=cccd | Số thẻ HDV=-:card54 | Loại thẻ=-:card_kind54"
        " | Ngoại ngữ sử dụng=-:lang54 | Ngày cấp thẻ=date:excel_event"
        " | Ngày hết hạn=date:expiry54 | Nơi kinh doanh dịch vụ lữ hành / Chi hội=-:firm54"
        " | Địa chỉ thường trú=address | Điện thoại=phone | Email=email | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "co_so_du_dieu_kien_attp_hkd_vn54",
        "TT=row | Ten co so=-:shop54 | Loai hinh SX, KD=-:shop_kind54"
        " | Dia chi co so=-:shop_addr54 | Ho ten chu co so=full_name"
        " | Nam sinh=birth_date@%d/%m/%Y | So CCCD chu co so=cccd:cccd_spaced"
        " | Noi thuong tru=address | DT lien he=phone | So GCN DKHKD=-:hkd54"
        " | So GCN ATTP=-:attp54 | Ngay cap=date@%d/%m/%Y | Hieu luc den=date:attp_exp54"
        " | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_dang_ky_khai_tu_vn54",
        "STT=row | Quyển số / Số đăng ký=-:book54 | Ngày đăng ký=date:reg_day54"
        " | Họ, chữ đệm, tên người chết=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Dân tộc=-:nation54 | Số định danh cá nhân=cccd"
        " | Nơi cư trú cuối cùng=address | Thời gian chết=-:death_hour54"
        " | Ngày chết=date@%d/%m/%Y | Nơi chết=-:death_place54 | Nguyên nhân chết=-:cause54"
        " | Họ tên người đi khai tử=-:declarant54 | Quan hệ với người chết=-:relation54"
        " | Số CCCD người khai=-:decl_cccd54 | SĐT người khai=-:decl_phone54"
        " | Công chức tư pháp - hộ tịch=-:clerk54",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "kham_suc_khoe_hoc_sinh_vn54",
        "STT=row | Họ và tên học sinh=full_name | Lớp=-:class54"
        " | Ngày sinh=birth_date@%d/%m/%Y | Nam/Nữ=sex | Mã định danh=cccd"
        " | Số thẻ BHYT=bhyt:bhyt_spaced | Chiều cao (cm)=-:height54 | Cân nặng (kg)=-:weight54"
        " | Thị lực MP - MT=-:eyes54 | Răng miệng=-:teeth54 | Kết luận=-:verdict54"
        " | Họ tên cha/mẹ=-:parent54 | ĐT phụ huynh=-:parent_phone54"
        " | Chỗ ở hiện nay=address | Ngày khám=date@%d/%m/%Y",
        encoding="utf-8-sig",
    ),
    _shape(
        "hospital_admissions_qld_au54",
        "No.=row | UR No.=-:ur_au54 | Medicare No.=national_id:medicare_au54 | IRN=-:irn_au54"
        " | Surname=family_name:au_family54 | Given Name(s)=given_name:au_given54"
        " | DOB=birth_date@%d/%m/%Y | Sex=sex:sex_au54 | Address=street:street_au54"
        " | Suburb=suburb:suburb_au54 | State=state:state_au54 | P/code=postcode:pc_au54"
        " | Mobile=phone:phone_au54 | Next of Kin=-:nok_au54 | NOK Phone=-:nok_phone_au54"
        " | Admitted=date@%d/%m/%Y | Ward=-:ward_au54 | Usual GP=-:gp_au54",
        english=True,
    ),
    _shape(
        "immunization_clinic_bc_ca54",
        "#=row | PHN=national_id:phn_ca54 | Last Name=family_name:ca_family54"
        " | First Name=given_name:ca_given54 | Middle Name=-:ca_middle54"
        " | Date of Birth=birth_date@%Y-%m-%d | Gender=sex:sex_ca54"
        " | Street Address=street:street_ca54 | City=district:city_ca54"
        " | Prov=state:prov_ca54 | Postal Code=postcode:pc_ca54 | Phone=phone:phone_ca54"
        " | Email=email | Vaccine=-:vaccine_ca54 | Lot #=-:lot_ca54"
        " | Date Given=date@%Y-%m-%d | Emergency Contact=-:contact_ca54",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "ccas_aides_bretagne_fr54",
        "N° / Niv.=row | Nom / Anv=family_name:bzh_family54"
        " | Prénom / Anv-bihan=given_name:bzh_given54 | Sexe / Reizh=sex:sex_bzh54"
        " | Date de naissance / Deiziad ganedigezh=birth_date@%d/%m/%Y"
        " | Lieu de naissance / Lec'h ganedigezh=-:birthplace_bzh54"
        " | N° de sécurité sociale=national_id:nir_bzh54 | Caisse=-:caisse_bzh54"
        " | Adresse / Chomlec'h=street:street_bzh54 | Code postal / Kod-post=postcode:pc_bzh54"
        " | Commune / Kumun=district:town_bzh54 | Téléphone / Pellgomz=phone:phone_bzh54"
        " | Aide accordée=-:aid_bzh54 | Montant=-:amount_bzh54"
        " | Date de décision=date@%d/%m/%Y | Référent=-:referent_bzh54",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "caoyuan_buzhu_neimenggu_cn54",
        "序号 ᠳᠤᠭᠠᠷ=row | 户主姓名 ᠥᠷᠥᠬᠡ ᠶᠢᠨ ᠡᠵᠡᠨ ᠦ ᠨᠡᠷᠡ=full_name:nm_name54"
        " | 性别 ᠬᠦᠢᠰᠦ=sex:sex_nm54 | 民族 ᠦᠨᠳᠦᠰᠦᠲᠡᠨ=-:nation_nm54"
        " | 出生日期 ᠲᠥᠷᠥᠭᠰᠡᠨ ᠡᠳᠦᠷ=birth_date@%Y-%m-%d"
        " | 公民身份号码 ᠢᠷᠭᠡᠨ ᠦ ᠦᠨᠡᠮᠯᠡᠯ ᠦᠨ ᠨᠣᠮᠧᠷ=national_id:id_nm54"
        " | 旗(县、市) ᠬᠣᠰᠢᠭᠤ=district:banner_nm54 | 苏木(镇) ᠰᠤᠮᠤ=suburb:sumu_nm54"
        " | 嘎查(村) ᠭᠠᠴᠠᠭ᠎ᠠ=-:gacha_nm54 | 草场面积(亩)=-:area_nm54"
        " | 补奖金额(元) ᠰᠢᠭᠨᠠᠯ ᠤᠨ ᠮᠥᠩᠭᠥ=-:subsidy_nm54 | 一卡通账号=-:card_nm54"
        " | 开户银行=-:bank_nm54 | 联系电话 ᠤᠲᠠᠰᠤ=phone:phone_nm54"
        " | 填报日期=date@%Y年%m月%d日",
        english=True,
        file="xlsx",
    ),
    _shape(
        "assures_cssm_mayotte_yt54",
        "N°=row | NIR=national_id:nir_yt54 | Nom de naissance=family_name:yt_family54"
        " | Prénom(s)=given_name:yt_given54 | Sexe=sex:sex_yt54"
        " | Né(e) le=birth_date@%d/%m/%Y | Lieu de naissance=-:birthplace_yt54"
        " | Adresse=street:street_yt54 | Village=suburb:village_yt54"
        " | CP=postcode:pc_yt54 | Commune=district:town_yt54 | Tél.=phone:phone_yt54"
        " | Nom de la mère=-:mother_yt54 | Régime=-:regime_yt54"
        " | Date d'affiliation=date@%d/%m/%Y | Observations=-:note",
        english=True,
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "medicare_au54",
    "phn_ca54",
    "nir_bzh54",
    "id_nm54",
    "nir_yt54",
)
SEX_HOLDS: tuple[str, ...] = ("sex_au54", "sex_ca54", "sex_bzh54", "sex_nm54", "sex_yt54")
NAME_HOLDS = frozenset(
    {"au_family54", "au_given54", "ca_family54", "ca_given54", "bzh_family54", "bzh_given54"}
    | {"nm_name54", "yt_family54", "yt_given54"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_au54",
    "phone_ca54",
    "phone_bzh54",
    "phone_nm54",
    "phone_yt54",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND54",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND54",
]
