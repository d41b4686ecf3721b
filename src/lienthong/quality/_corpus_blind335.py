"""The three-hundred-and-thirty-fifth part of the outside corpus, **blind 335** (written 12:32 UTC,
2026-12-07, never used for tuning): person files a rare-blood donors' club, a ward's tetanus and
diphtheria (Td) campaign, a provincial youth union collecting organ-donation pledges, a district
health centre's rabies clinic, the South African Social Security Agency, a Botswana district
council, Fiji's social welfare department, a Samoan ministry and a Papua New Guinea electoral
office could hand over. Four Vietnamese files: a list of Rh-negative blood donors in Windows-1258
with semicolons (the ABO group, the Rh, the number of donations, the last donation and where, the
readiness to give in an emergency); a Td campaign's list of people vaccinated in Excel (the target
group, the vaccine, its lot, the dose number, the point, the reaction, the vaccinator, the health
insurance card); a youth union's organ-donation pledge list in UTF-16 with tabs (the branch, the
organs pledged, the form, the consenting relative with their relationship and phone, the pledge
card, the email); and a rabies post-exposure clinic's list in UTF-8 with a BOM and semicolons (the
patient code, the bite date, the animal and its state, the site, the WHO category, the vaccine,
the regimen, the serum, a note, the time last updated).
Five foreign files: a South African grant list in Windows-1252 (the 13-digit ID with its birth
date and Luhn digit, street, suburb, town, province and postal code, the grant type, a procurator);
a Botswana Ipelegeng list in Excel (the Omang with its sex digit, the village, the kgotla ward, the
district, a P O Box, the project, the chief); a Fiji social welfare list in UTF-8 (the voter card,
the TIN, koro, tikina and yasana, mataqali and yavusa, the scheme); a Samoan senior citizens'
list in UTF-8 with a BOM and Samoan headers (the national id, nu‘u and itūmālō, the matai title,
the pulenu‘u); and a Papua New Guinea roll update in UTF-8 with tabs (the NID, village, ward, LLG,
district and province, clan and tribe, occupation).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind335_writers import WRITERS_BLIND335
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND335: tuple[Shape, ...] = (
    _shape(
        "nguoi_hien_mau_nhom_hiem_rh_am_cau_lac_bo_mau_hiem_vn335",
        "TT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Nhóm máu ABO=-:abo335 | Rh=-:rh335 | Số lần hiến=-:times335"
        " | Lần hiến gần nhất=date@%d/%m/%Y | Nơi hiến=-:site335 | Địa chỉ liên hệ=address"
        " | ĐTDĐ=phone | Sẵn sàng hiến khẩn cấp=-:ready335 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "chien_dich_tiem_vac_xin_uon_van_bach_hau_td_nguoi_lon_tram_y_te_phuong_vn335",
        "STT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới=sex | Mã định danh cá nhân=cccd | Số thẻ BHYT=bhyt | Địa chỉ=address"
        " | Đối tượng=-:group335 | Tên vắc xin=-:vaccine335 | Số lô=-:lot335"
        " | Mũi thứ=-:dose335 | Ngày tiêm=date@%d/%m/%Y | Điểm tiêm=-:point335"
        " | Phản ứng sau tiêm=-:reaction335 | Người tiêm=-:vaccinator335 | SĐT=phone",
        file="xlsx",
    ),
    _shape(
        "doan_vien_thanh_nien_dang_ky_hien_mo_tang_ngay_hoi_tinh_doan_vn335",
        "STT=row | Họ và tên=full_name | Ngày/tháng/năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Nơi thường trú=address | Chi đoàn/Đơn vị=-:branch335"
        " | Mô, tạng đăng ký hiến=-:organs335 | Hình thức hiến=-:form335"
        " | Người thân đồng ý=-:kin335 | Quan hệ=-:rel335 | SĐT người thân=-:kin_phone335"
        " | Số thẻ đăng ký=-:card335 | Ngày đăng ký=date@%d/%m/%Y | Điện thoại=phone"
        " | Email=email",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "benh_nhan_tiem_phong_dai_sau_phoi_nhiem_phong_tiem_ttyt_huyen_vn335",
        "Số TT=row | Mã BN=-:pid335 | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới=sex | CCCD=cccd:cccd_spaced | Địa chỉ=address | Điện thoại=phone"
        " | Ngày bị cắn/cào=date@%d/%m/%Y | Con vật=-:animal335"
        " | Tình trạng con vật=-:animal_state335 | Vị trí vết thương=-:bite_site335"
        " | Độ phơi nhiễm=-:cat335 | Vắc xin=-:vax335 | Phác đồ=-:regimen335"
        " | HTKD (SAR/ERIG)=-:serum335 | Ghi chú=-:note_vi | Cập nhật lúc=timestamp",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "sassa_grant_beneficiaries_za335",
        "No.=row | ID Number=national_id:za_id335 | Surname=family_name:za_sur335"
        " | First Names=given_name:za_given335 | Date of Birth=birth_date@%Y/%m/%d"
        " | Gender=sex:za_sex335 | Residential Address=street:za_street335"
        " | Suburb=suburb:za_sub335 | Town/City=district:za_town335"
        " | Province=state:za_prov335 | Postal Code=postcode:za_pc335"
        " | Cell No.=phone:za_cell335 | Grant Type=-:za_grant335"
        " | Procurator=-:za_proc335 | Application Date=date@%Y/%m/%d",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "ipelegeng_participants_district_council_bw335",
        "No=row | Omang No.=national_id:omang335 | Surname=family_name:bw_sur335"
        " | First Name=given_name:bw_given335 | Date of Birth=birth_date@%d/%m/%Y"
        " | Sex=sex:bw_sex335 | Village=district:bw_village335 | Ward (Kgotla)=suburb:bw_ward335"
        " | District=state:bw_dist335 | Postal Address=-:bw_box335 | Cell=phone:bw_cell335"
        " | Project=-:bw_project335 | Chief/Headman=-:bw_head335 | Start Date=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "social_welfare_recipients_fj335",
        "No.=row | Voter ID No.=national_id:fj_voter335 | TIN=-:fj_tin335"
        " | Surname=family_name:fj_sur335 | Given Names=given_name:fj_given335"
        " | DOB=birth_date@%d/%m/%Y | Gender=sex:fj_sex335 | Koro=suburb:fj_koro335"
        " | Tikina=district:fj_tikina335 | Yasana=state:fj_yasana335"
        " | Mataqali=-:fj_mataqali335 | Yavusa=-:fj_yavusa335 | Contact No.=phone:fj_phone335"
        " | Scheme=-:fj_scheme335 | Date Approved=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "tupe_penisione_toeaina_ws335",
        "Nu.=row | Numera ID=national_id:ws_nid335 | Igoa o le Aiga=family_name:ws_family335"
        " | Igoa=given_name:ws_given335 | Aso Fanau=birth_date@%d/%m/%Y | Itupa=sex:ws_sex335"
        " | Nu‘u=suburb:ws_nuu335 | Itūmālō=district:ws_itumalo335"
        " | Suafa Matai=-:ws_matai335 | Pulenu‘u=-:ws_pulenuu335"
        " | Numera Telefoni=phone:ws_phone335 | Aso Resitala=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "common_roll_update_electoral_office_pg335",
        "No.=row | NID No.=national_id:pg_nid335 | Surname=family_name:pg_family335"
        " | Given Name=given_name:pg_given335 | Sex=sex:pg_sex335"
        " | Date of Birth=birth_date@%d/%m/%Y | Occupation=-:pg_occ335"
        " | Village=suburb:pg_village335 | Ward=-:pg_ward335 | LLG=-:pg_llg335"
        " | District=district:pg_dist335 | Province=state:pg_prov335 | Clan=-:pg_clan335"
        " | Tribe=-:pg_tribe335 | Mobile=phone:pg_phone335 | Date Enrolled=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "za_id335",
    "omang335",
    "fj_voter335",
    "ws_nid335",
    "pg_nid335",
)
SEX_HOLDS: tuple[str, ...] = ("za_sex335", "bw_sex335", "fj_sex335", "ws_sex335", "pg_sex335")
NAME_HOLDS = frozenset(
    {"za_sur335", "za_given335", "bw_sur335", "bw_given335", "fj_sur335", "fj_given335"}
    | {"ws_family335", "ws_given335", "pg_family335", "pg_given335"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "za_cell335",
    "bw_cell335",
    "fj_phone335",
    "ws_phone335",
    "pg_phone335",
)
#: addresses written with ``", "`` between their parts: none of this part's own
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND335",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND335",
]
