"""The hundred-and-forty-ninth part of the outside corpus, **blind 149** (written 22:08 UTC,
2026-12-06, never used for tuning): person files a ward's board running a night market on a
walking street, a district paying salt makers for a fallen salt price, a commune handing out rice
seed after a flood, a commune paying its village and residential group heads, a Fiji sugar mill,
the Samoa electoral office, Tonga's National Retirement Benefits Fund, the PNG Electoral
Commission and the Solomon Islands tertiary education authority could hand over.
Four Vietnamese files: night market stall holders in UTF-8 with a BOM and semicolons (the stall
code, the goods, the area, the monthly fee, a helper, the contract date, the state); salt makers
in Windows-1258 with tabs (the salt field's home hamlet and commune, the area, the kind of salt,
the output, the support paid, the cooperative, a tax code some have); rice seed after a flood in
Excel (the rice area lost, the share lost, the seed and its kilograms, who signed on the head's
behalf); and village and residential group heads in UTF-16 with tabs (the post, the hamlet served,
the allowance coefficient and amount, the bank account, a relative's phone).
Five foreign files: a Fiji mill's sugar cane growers (grower number, sector and mill, the
grower's and father's names, the TIN and FNPF number, the settlement address, the cane contract,
the lease); the Samoan electoral roll in Samoan and English (the voter number, the matai title,
the national id, the village and constituency, the polling booth); Tonga's retirement fund in
Tongan and English (member number, national id, TIN, village and district, employer, monthly
contribution, nominee); a PNG common roll (roll number, SURNAME, given name, occupation, NID,
village, open electorate and province, polling place); and Solomon Islands scholarship awardees
(award number, birth certificate, home village, ward and province, institution, programme,
sponsor, guardian and the guardian's phone).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind149_writers import WRITERS_BLIND149
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND149: tuple[Shape, ...] = (
    _shape(
        "tieu_thuong_thue_gian_hang_cho_dem_pho_di_bo_vn149",
        "STT=row | Mã gian hàng=-:stall_code149 | Họ tên chủ gian hàng=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd | Điện thoại=phone:phone_dotted"
        " | Địa chỉ thường trú=address | Mặt hàng KD=-:stall_goods149"
        " | Diện tích (m2)=-:stall_area149 | Phí/tháng (đ)=-:stall_fee149"
        " | Người phụ bán=-:stall_helper149 | Ngày ký HĐ=date@%d/%m/%Y"
        " | Tình trạng=-:stall_state149",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "diem_dan_lam_muoi_nhan_ho_tro_gia_muoi_giam_vn149",
        "TT=row | Họ và tên diêm dân=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh=cccd | Nơi ở=address:salt_home149 | SĐT=phone"
        " | DT sản xuất (m²)=-:salt_area149 | Loại hình=-:salt_kind149"
        " | Sản lượng (tấn)=-:salt_output149 | Số tiền hỗ trợ (đồng)=-:salt_amount149"
        " | HTX/THT=-:salt_coop149 | MST (nếu có)=-:salt_mst149 | Ngày chi=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "ho_nhan_giong_lua_ho_tro_sau_lu_xa_vn149",
        "STT=row | Tên chủ hộ=full_name:full_name_caps | CCCD=cccd:cccd_spaced"
        " | Ngày sinh=birth_date@%d/%m/%Y | ĐT=phone | Thôn, xã=address:flood_home149"
        " | DT lúa thiệt hại (m2)=-:flood_area149 | Mức độ TH=-:flood_loss149"
        " | Giống=-:flood_seed149 | Số lượng (kg)=-:flood_kg149 | Ngày nhận=date@%d/%m/%Y"
        " | Ký nhận thay=-:flood_proxy149 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "nguoi_hoat_dong_o_thon_tdp_phu_cap_hang_thang_vn149",
        "TT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | Số ĐDCN=cccd | Chức danh=-:head_post149"
        " | Thôn/TDP=-:head_hamlet149 | Nơi cư trú=address | Số ĐT=phone"
        " | Hệ số PC=-:head_coeff149 | Số tiền/tháng=-:head_amount149"
        " | Số TK=-:head_account149 | Ngân hàng=-:head_bank149"
        " | SĐT người thân=-:head_kin_phone149 | Hưởng từ ngày=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "cane_growers_register_fsc_mill_fj149",
        "S/No=row | Grower No.=-:fj_grower_no149 | Sector=-:fj_sector149 | Mill=-:fj_mill149"
        " | Name of Grower=full_name:fj_name149 | Father's Name=-:fj_father149"
        " | Date of Birth=birth_date@%d/%m/%Y | Sex=sex:fj_sex149 | TIN=national_id:fj_tin149"
        " | FNPF No.=-:fj_fnpf149 | Residential Address=address:fj_home149"
        " | Mobile No.=phone:fj_phone149 | Cane Contract (tonnes)=-:fj_tonnes149"
        " | Lease Type=-:fj_lease149 | Lease No.=-:fj_lease_no149 | Bank=-:fj_bank149"
        " | Date Registered=date@%d/%m/%Y",
        english=True,
    ),
    _shape(
        "lisi_palota_electoral_roll_oec_ws149",
        "Numera / No.=row | Numera Palota / Voter No.=-:ws_voter149"
        " | Suafa Matai / Matai Title=-:ws_matai149 | Igoa / First Name=given_name:ws_given149"
        " | Fa'ai'u / Surname=family_name:ws_family149"
        " | Aso Fanau / Date of Birth=birth_date@%d/%m/%Y | Itupa / Gender=sex:ws_sex149"
        " | Numera ID Faale-Malo / NID No.=national_id:ws_id149"
        " | Nu'u / Village=suburb:ws_village149 | Itumalo Palota / Constituency=-:ws_const149"
        " | Telefoni / Phone=phone:ws_phone149 | Nofoaga Palota / Polling Booth=-:ws_booth149"
        " | Aso Resitala / Date Registered=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "nrbf_members_kautaha_penisoni_to149",
        "Fika / No.=row | Fika Mēmipa / Member No.=-:to_member149"
        " | Hingoa Fakafāmili / Surname=family_name:to_family149"
        " | Hingoa / Given Names=given_name:to_given149"
        " | 'Aho Fā'ele'i / DOB=birth_date@%d-%m-%Y | Tangata/Fefine=sex:to_sex149"
        " | Fika ID Fakafonua / National ID=national_id:to_id149 | TIN=-:to_tin149"
        " | Kolo / Village=suburb:to_village149 | Vahe / District=district:to_district149"
        " | Fika Telefoni / Mobile=phone:to_phone149 | Ngāue'anga / Employer=-:to_employer149"
        " | Tokoni Fakamāhina (TOP)=-:to_contrib149 | Tokotaha Ma'u / Nominee=-:to_nominee149"
        " | 'Aho Kau Mai / Date Joined=date@%d-%m-%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "common_roll_open_electorate_pngec_pg149",
        "No.=row | Roll No.=-:pg_roll_no149 | Name=full_name:pg_name149 | Sex=sex:pg_sex149"
        " | Occupation=-:pg_job149 | Date of Birth=birth_date@%d-%b-%Y"
        " | NID No.=national_id:pg_nid149 | Village=suburb:pg_village149"
        " | Open Electorate=district:pg_electorate149 | Province=province:pg_province149"
        " | Mobile=phone:pg_phone149 | Polling Place=-:pg_polling149"
        " | Date Enrolled=date@%d-%b-%Y | Remarks=-:pg_remark149",
        english=True,
        delimiter="\t",
    ),
    _shape(
        "scholarship_awardees_sitesa_sb149",
        "No.=row | Award No.=-:sb_award149 | Surname=family_name:sb_family149"
        " | First Name=given_name:sb_given149 | DOB=birth_date@%d/%m/%Y | Sex=sex:sb_sex149"
        " | Birth Cert. No.=-:sb_birthcert149 | Home Village=suburb:sb_village149"
        " | Ward=ward:sb_ward149 | Province=province:sb_province149"
        " | Mobile=phone:sb_phone149 | Email=email | Institution=-:sb_school149"
        " | Programme=-:sb_programme149 | Sponsor=-:sb_sponsor149"
        " | Parent/Guardian=-:sb_guardian149 | Guardian Mobile=-:sb_guardian_phone149"
        " | Date Awarded=date@%d/%m/%Y",
        english=True,
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("fj_tin149", "ws_id149", "to_id149", "pg_nid149")
SEX_HOLDS: tuple[str, ...] = ("fj_sex149", "ws_sex149", "to_sex149", "pg_sex149", "sb_sex149")
NAME_HOLDS = frozenset(
    {
        "fj_name149",
        "ws_given149",
        "ws_family149",
        "to_family149",
        "to_given149",
        "pg_name149",
        "sb_family149",
        "sb_given149",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "fj_phone149",
    "ws_phone149",
    "to_phone149",
    "pg_phone149",
    "sb_phone149",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("salt_home149", "flood_home149", "fj_home149")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND149",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND149",
]
