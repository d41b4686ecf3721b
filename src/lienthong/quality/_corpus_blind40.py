"""The fortieth part of the outside corpus, **blind 40** (written 08:41 UTC, 2026-12-06, never
used for tuning): person files a ward, a district hospital, a labour export company, a commune's
military command, Ireland's Department of Social Protection, New Zealand's Ministry of Social
Development, an Israeli health fund, a Japanese employer and a Kenyan SACCO could hand over.
Four Vietnamese files: a ward's households registered for the fixed-line internet and utility
subsidy in Windows-1258 with semicolons (the head of household, the category, the provider, the
internet account, the bank and its account, the electricity meter, the amount); a district
hospital's chronic patients under management (quản lý bệnh mạn tính) in Excel (the patient code,
the health insurance card, the diagnosis and ICD code, the commune health station, the doctor,
when it was found and when the row was updated); a labour export company's trainees (học viên
xuất khẩu lao động) in UTF-16 with tabs (the citizen id and a passport beside it, the destination
country and programme, the trade, the class, the guarantor with relation and phone); and a
commune's young men exempted from military service in UTF-8 with a byte-order mark (the personal
identification number, the father and mother, the reason, the decision number and its date, the
signer). Five foreign files: an Irish claimants list in Windows-1252 (the PPS number with its
mod-23 letter, fada names, the address line with the town and county apart, the Eircode, the
scheme, the weekly rate and the next of kin); a New Zealand list in Excel (the IRD number as
identity, the NHI beside it, street, suburb, town and postcode apart, the iwi, the benefit); an
Israeli health fund list with Hebrew headers in Windows-1255 (the Teudat Zehut with its check
digit, the father's name, one street-and-city address, the seven-digit mikud, the fund); a
Japanese employee list in Shift_JIS (the My Number with its check digit, the family and given
names apart, 和暦 birth dates, 〒 postcodes, the prefecture, city and block apart, the emergency
contact); and a Kenyan SACCO member list with Swahili/English headers and pipes (the ID number,
the KRA PIN, the NHIF number, three-part names, the county, sub-county and ward, Safaricom phones,
the next of kin and her or his phone).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind40_writers import WRITERS_BLIND40
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND40: tuple[Shape, ...] = (
    _shape(
        "ho_ho_tro_internet_co_dinh_vn40",
        "STT=row | Họ và tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Điện thoại=phone | Địa chỉ=address | Diện hộ=-:hh_kind40"
        " | Nhà cung cấp=-:isp40 | Số thuê bao/Mã KH=-:account40 | Ngân hàng=-:bank40"
        " | Số tài khoản=-:bank_acct40 | Số công tơ điện=-:meter40"
        " | Mức hỗ trợ (đ/tháng)=-:subsidy40 | Ngày đăng ký=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "quan_ly_benh_man_tinh_vn40",
        "STT=row | Mã BN=-:patient_id40 | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới=sex | Số thẻ BHYT=bhyt | CCCD=cccd | Địa chỉ=address | Chẩn đoán=-:diag40"
        " | Mã ICD=-:icd40 | TYT xã quản lý=-:tyt40 | Bác sĩ phụ trách=-:doctor40"
        " | Ngày phát hiện=date@%d/%m/%Y | Cập nhật=timestamp",
        file="xlsx",
    ),
    _shape(
        "hoc_vien_xuat_khau_lao_dong_vn40",
        "TT=row | Họ tên học viên=full_name | Ngày sinh=birth_date@%d-%m-%Y | Giới tính=sex"
        " | Số CCCD=cccd | Số hộ chiếu=-:trainee_passport40 | SĐT=phone"
        " | Hộ khẩu thường trú=address | Nước đến=-:country40 | Chương trình=-:program40"
        " | Ngành nghề=-:trade40 | Lớp=-:class40 | Người bảo lãnh=-:guarantor40"
        " | Quan hệ=-:guarantor_rel40 | SĐT người bảo lãnh=-:guarantor_phone40"
        " | Ngày nhập học=date@%d-%m-%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "mien_nghia_vu_quan_su_vn40",
        "STT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Số định danh cá nhân=cccd | Nơi thường trú=address | Họ tên cha=-:father40"
        " | Họ tên mẹ=-:mother40 | Lý do miễn=-:exempt40 | Số quyết định=-:decision40"
        " | Ngày quyết định=date@%d/%m/%Y | Người ký=-:signer40 | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
    ),
    _shape(
        "dsp_claimants_ie40",
        "Ref=row | PPS No.=national_id:pps_ie40 | Surname=family_name:ie_family40"
        " | First Name=given_name:ie_given40 | Date of Birth=birth_date@%d/%m/%Y"
        " | Gender=sex:sex_ie40 | Address Line 1=street:street_ie40 | Town=suburb:town_ie40"
        " | County=province:county_ie40 | Eircode=postcode:eircode_ie40"
        " | Mobile=phone:phone_ie40 | Scheme=-:scheme_ie40 | Weekly Rate=-:rate_ie40"
        " | Next of Kin=-:kin_ie40 | Claim Date=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "msd_clients_nz40",
        "Line=row | IRD Number=national_id:ird_nz40 | NHI=-:nhi_nz40"
        " | Surname=family_name:nz_family40 | Given Name(s)=given_name:nz_given40"
        " | Date of Birth=birth_date@%d/%m/%Y | Gender=sex:sex_nz40"
        " | Street Address=street:street_nz40 | Suburb=suburb:suburb_nz40"
        " | Town/City=district:city_nz40 | Postcode=postcode:postcode_nz40"
        " | Phone=phone:phone_nz40 | Iwi=-:iwi_nz40 | Benefit=-:benefit_nz40"
        " | Grant Date=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "kupat_holim_members_il40",
        "#=row | מספר זהות=national_id:tz_il40 | שם משפחה=family_name:il_family40"
        " | שם פרטי=given_name:il_given40 | שם האב=-:father_il40"
        " | תאריך לידה=birth_date@%d/%m/%Y | מין=sex:sex_il40 | כתובת=address:address_il40"
        " | מיקוד=postcode:postcode_il40 | טלפון נייד=phone:phone_il40"
        " | קופת חולים=-:fund_il40 | תאריך הצטרפות=date@%d/%m/%Y",
        english=True,
        encoding="cp1255",
    ),
    _shape(
        "shain_meibo_jp40",
        "No=row | 個人番号=national_id:mynumber_jp40 | 姓=family_name:jp_family40"
        " | 名=given_name:jp_given40 | 生年月日=birth_date:wareki_jp40 | 性別=sex:sex_jp40"
        " | 郵便番号=postcode:postcode_jp40 | 都道府県=province:pref_jp40"
        " | 市区町村=district:city_jp40 | 番地=street:block_jp40 | 電話番号=phone:phone_jp40"
        " | 勤務先=-:employer_jp40 | 緊急連絡先=-:emergency_jp40 | 入社日=date:joined_jp40"
        " | 更新日時=timestamp",
        english=True,
        encoding="cp932",
    ),
    _shape(
        "sacco_wanachama_ke40",
        "Na.=row | Nambari ya Kitambulisho / ID No.=national_id:id_ke40"
        " | KRA PIN=-:kra_ke40 | NHIF No.=-:nhif_ke40 | Jina Kamili / Full Name=full_name:ke_name40"
        " | Tarehe ya Kuzaliwa / DOB=birth_date@%d/%m/%Y | Jinsia / Gender=sex:sex_ke40"
        " | Kaunti / County=province:county_ke40"
        " | Kaunti Ndogo / Sub-County=district:subcounty_ke40"
        " | Wadi / Ward=ward:ward_ke40 | Simu / Phone=phone:phone_ke40"
        " | Mwajiri / Employer=-:employer_ke40 | Mrithi / Next of Kin=-:kin_ke40"
        " | Simu ya Mrithi=-:kin_phone_ke40 | Tarehe ya Kujiunga=date@%d/%m/%Y",
        english=True,
        delimiter="|",
    ),
)

#: How a 31 February reads in this part's date formats: none is new (the 和暦 dates have writers).
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "pps_ie40",
    "ird_nz40",
    "tz_il40",
    "mynumber_jp40",
    "id_ke40",
)
SEX_HOLDS: tuple[str, ...] = ("sex_ie40", "sex_nz40", "sex_il40", "sex_jp40", "sex_ke40")
NAME_HOLDS = frozenset(
    {"ie_family40", "ie_given40", "nz_family40", "nz_given40", "il_family40", "il_given40"}
    | {"jp_family40", "jp_given40", "ke_name40"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ie40",
    "phone_nz40",
    "phone_il40",
    "phone_jp40",
    "phone_ke40",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("address_il40",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND40",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND40",
]
