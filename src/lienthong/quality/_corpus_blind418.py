"""The four-hundred-and-eighteenth part of the outside corpus, **blind 418** (written 22:24 UTC,
2026-12-07, never used for tuning): person files a provincial hospital's blood bank, an eye
hospital's cornea bank, a national stem-cell donor registry, a transplant unit, Panama's Hospital
Santo Tomás blood bank, Israel's ADI organ-donor registry, Zimbabwe's National Blood Service,
the Dutch Donorregister and the Hong Kong Red Cross Blood Transfusion Service could hand over
about people who give blood, pledge their organs and receive transfusions.
Four Vietnamese files: a hospital's register of blood returned free to donors who show their
donation certificate, in Excel (the slip number, the certificate and how many times the donor
gave, the patient who received the blood and their relation, the clinical ward, the component
and the volume, the day of return); an eye hospital's cornea-pledge register in Windows-1258 with
semicolons and headers without diacritics (the pledge code, the consenting relative and their
phone, the religion, the pledge card number); a stem-cell donor registry's list of volunteers
sampled for HLA typing, in UTF-16 with tabs (the sample code, the blood group, the weight, the
drive that sampled them, the typing status, when the row changed); and a transplant unit's list
of living kidney donors in UTF-8 with a BOM and ISO dates (the recipient and their patient code,
the relationship, the crossmatch, the eGFR, the ethics board's conclusion).
Five foreign files: a Panamanian blood-bank donor list in Windows-1252 with semicolons (the
cédula, provincia, distrito and corregimiento, the blood type, the kind of donation, the
screening, the bag number); an Israeli ADI organ-donor card list in UTF-8 (the teudat zehut with
its check digit, street, city and mikud, the organs, whether a clergyman may be consulted, the
card number); a Zimbabwean NBSZ donor register in Excel (the national ID with its check letter,
the blood group, the clinic, the donation count, the last and the next donation, the school or
employer); a Dutch Donorregister extract in UTF-8 with semicolons (the BSN with its eleven-test,
the tussenvoegsel apart, street, postcode and woonplaats, the choice, the person who decides,
when the row changed); and a Hong Kong Red Cross donor list in UTF-8 with a BOM (the HKID with its
check character, the name in Chinese and in English, the blood group, the address, the centre,
the deferral date).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind418_writers import WRITERS_BLIND418
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND418: tuple[Shape, ...] = (
    _shape(
        "so_theo_doi_hoan_tra_mau_nguoi_hien_mau_tinh_nguyen_khoa_truyen_mau_bv_tinh_vn418",
        "STT=row | Số phiếu HT=-:ht418 | Họ tên người hiến máu=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới=sex | Số CCCD=cccd"
        " | Số giấy CN hiến máu=-:gcn418 | Số lần hiến=-:times418"
        " | Người được nhận máu=-:recipient418 | Quan hệ=-:rel418 | Khoa điều trị=-:ward418"
        " | Chế phẩm=-:component418 | Thể tích (ml)=-:units418"
        " | Ngày hoàn trả=date@%d/%m/%Y | SĐT người hiến=phone | Địa chỉ=address",
        file="xlsx",
    ),
    _shape(
        "so_dang_ky_hien_giac_mac_sau_khi_qua_doi_ngan_hang_mat_bv_mat_vn418",
        "TT=row | Ma DK=-:gm418 | Ho va ten=full_name | Ngay sinh=birth_date@%d-%m-%Y"
        " | Gioi=sex | So CMND/CCCD=cccd:cccd_spaced | Dia chi thuong tru=address"
        " | Dien thoai=phone | Nguoi than dong y=-:kin418 | SDT nguoi than=-:kin_phone418"
        " | Ton giao=-:religion418 | Ngay DK=date@%d-%m-%Y | So the hien GM=-:card418"
        " | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nguoi_dang_ky_hien_te_bao_goc_tao_mau_lay_mau_dinh_type_hla_vn418",
        "STT=row | Mã mẫu=-:hla418 | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Nhóm máu=-:abo418 | Cân nặng (kg)=-:weight418"
        " | Điện thoại=phone | Email=email | Đơn vị tổ chức=-:hla_unit418"
        " | Ngày lấy mẫu=date@%d/%m/%Y | Tình trạng=-:hla_status418"
        " | Cập nhật lúc=timestamp:stamp418",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ho_so_nguoi_hien_than_song_don_vi_ghep_tang_benh_vien_vn418",
        "STT=row | Ma HS=-:kd418 | Ho ten nguoi hien=full_name | Ngay sinh=birth_date@%Y-%m-%d"
        " | Gioi tinh=sex | CCCD=cccd | Noi o hien nay=address | Dien thoai=phone"
        " | Nguoi nhan=-:kr418 | Ma BN nguoi nhan=-:kr_id418 | Quan he=-:krel418"
        " | Nhom mau=-:abo418 | Crossmatch=-:xmatch418 | eGFR (ml/ph)=-:egfr418"
        " | Ngay hoi chan=date@%Y-%m-%d | KL HD dao duc=-:ethics418",
        encoding="utf-8-sig",
    ),
    _shape(
        "donantes_banco_de_sangre_hospital_santo_tomas_pa418",
        "N°=row | Cédula=national_id:pa_ced418 | Nombres=given_name:pa_giv418"
        " | Apellidos=family_name:pa_fam418 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_pa418 | Tipo de sangre=-:pa_blood418 | Teléfono=phone:phone_pa418"
        " | Provincia=state:pa_prov418 | Distrito=district:pa_dist418"
        " | Corregimiento=suburb:pa_corr418 | Tipo de donación=-:pa_kind418"
        " | Resultado tamizaje=-:pa_screen418 | N° de bolsa=-:pa_bag418"
        " | Fecha de donación=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "mahzikei_kartis_adi_il418",
        "מס'=row | מספר זהות=national_id:il_tz418 | שם משפחה=family_name:il_fam418"
        " | שם פרטי=given_name:il_giv418 | תאריך לידה=birth_date@%d/%m/%Y | מין=sex:sex_il418"
        " | רחוב ומספר בית=street:il_street418 | יישוב=district:il_city418"
        " | מיקוד=postcode:il_zip418 | טלפון נייד=phone:phone_il418 | דואר אלקטרוני=email"
        " | איברים לתרומה=-:il_organs418 | התייעצות עם איש דת=-:il_clergy418"
        " | מספר כרטיס=-:il_card418 | תאריך הצטרפות=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "nbsz_blood_donor_register_zw418",
        "No.=row | Donor No=-:zw_no418 | National ID No.=national_id:zw_id418"
        " | Surname=family_name:zw_fam418 | First Name(s)=given_name:zw_giv418"
        " | Date of Birth=birth_date@%d/%m/%Y | Sex=sex:sex_zw418 | Blood Group=-:zw_group418"
        " | Residential Address=address:zw_addr418 | Cell No.=phone:phone_zw418 | Email=email"
        " | Collection Clinic=-:zw_clinic418 | No. of Donations=-:zw_count418"
        " | Last Donation=date@%d/%m/%Y | Next Due=date:zw_due418"
        " | School / Employer=-:zw_school418",
        english=True,
        file="xlsx",
    ),
    _shape(
        "donorregister_uittreksel_nl418",
        "Volgnr=row | BSN=national_id:nl_bsn418 | Voornamen=given_name:nl_giv418"
        " | Tussenvoegsel=-:nl_tv418 | Achternaam=family_name:nl_fam418"
        " | Geboortedatum=birth_date@%d-%m-%Y | Geslacht=sex:sex_nl418"
        " | Straat en huisnummer=street:nl_street418 | Postcode=postcode:nl_post418"
        " | Woonplaats=district:nl_town418 | Telefoonnummer=phone:phone_nl418"
        " | Keuze=-:nl_choice418 | Beslisser=-:nl_kin418 | Datum registratie=date@%d-%m-%Y"
        " | Laatst gewijzigd=timestamp:nl_stamp418",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "hong_kong_red_cross_bts_donor_list_hk418",
        "序號 No.=row | 捐血者編號 Donor No.=-:hk_no418 | 姓名 Chinese Name=full_name:hk_cname418"
        " | 英文姓名 English Name=full_name:hk_ename418"
        " | 香港身份證號碼 HKID No.=national_id:hkid418"
        " | 出生日期 Date of Birth=birth_date@%d/%m/%Y | 性別 Sex=sex:sex_hk418"
        " | 血型 Blood Group=-:hk_group418 | 流動電話 Mobile=phone:phone_hk418"
        " | 電郵 Email=email | 住址 Address=address:hk_addr418"
        " | 捐血次數 No. of Donations=-:hk_count418 | 捐血站 Centre=-:hk_centre418"
        " | 上次捐血日期 Last Donation=date@%d/%m/%Y | 暫緩捐血至 Deferred Until=date:hk_ban418",
        english=True,
        encoding="utf-8-sig",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("pa_ced418", "il_tz418", "zw_id418", "nl_bsn418", "hkid418")
SEX_HOLDS: tuple[str, ...] = ("sex_pa418", "sex_il418", "sex_zw418", "sex_nl418", "sex_hk418")
NAME_HOLDS = frozenset(
    {"pa_giv418", "pa_fam418", "il_fam418", "il_giv418", "zw_fam418", "zw_giv418"}
    | {"nl_giv418", "nl_fam418", "hk_cname418", "hk_ename418"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_pa418",
    "phone_il418",
    "phone_zw418",
    "phone_nl418",
    "phone_hk418",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("zw_addr418", "hk_addr418")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND418",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND418",
]
