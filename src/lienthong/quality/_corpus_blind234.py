"""The two-hundred-and-thirty-fourth part of the outside corpus, **blind 234** (written 07:13
UTC, 2026-12-07, never used for tuning): person files a commune's culture office, a ward's
one-stop desk, a provincial plant protection sub-department, a provincial industrial extension
centre, the Citizens Economic Empowerment Commission in Kasama, a village savings and loans
project in Dowa, the Zimbabwe School Examinations Council, Botswana's Department of Youth and
Namibia's Ohangwena regional council could hand over. Four Vietnamese files: the dancers of
Thái xòe teams entered for the Mường Lò culture festival, in UTF-16 with tabs (the ethnic group,
the team, the role, the old dances they know, the costume); the citizens issued a personal
digital signature at a one-stop desk, in Windows-1258 with semicolons (the certificate
authority, the package, the certificate serial, the day it expires, the officer); the farmers
trained to fly crop-spraying drones, in Excel (the cooperative, the drone model and serial, the
hectares sprayed a season, the training certificate, the cooperative's head); and the
blacksmiths of a craft village granted industrial-extension money for machines, in UTF-8 with a
BOM and semicolons (the forge, the products, the machine, the cost and the grant, the workers).
Five foreign files: the applicants for empowerment loans in Kasama, Zambia, in UTF-8 with Bemba
headers beside English (the NRC, the address and ward, the business, the club, the loan, the
guarantor and the guarantor's NRC, the status); the members of village savings and loans groups
in Dowa, Malawi, in Excel with Chichewa headers (the national id, the village and T/A, the
boma, the group, the shares, the loan, the next of kin, the post); the private candidates
entered for ZIMSEC O level, in UTF-8 with Shona headers beside English (the national id
``63-123456A-42``, the address, the centre and its number, the subjects, the fee, the candidate
number); the applicants to Botswana's Youth Development Fund in Molepolole, in Windows-1252
with semicolons and Setswana headers (the Omang, the village and kgotla, the project, the amount,
the youth officer, the status); and the households served by drought relief in Ohangwena,
Namibia, in UTF-8 with tabs and Oshiwambo headers beside English (the 11-digit id, the village
and constituency, the household size, the maize meal, the fish, the headman).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind234_writers import WRITERS_BLIND234
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND234: tuple[Shape, ...] = (
    _shape(
        "thanh_vien_doi_xoe_thai_dang_ky_le_hoi_van_hoa_muong_lo_phong_vh_xa_vn234",
        "TT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Dân tộc=-:ethnic234 | Số định danh cá nhân=cccd | Nơi cư trú=address"
        " | Số điện thoại=phone | Đội xòe=-:team234 | Vai trò=-:xrole234"
        " | Số điệu xòe cổ thuộc=-:dances234 | Trang phục=-:costume234"
        " | Ngày đăng ký=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "cong_dan_dang_ky_chung_thu_so_chu_ky_so_ca_nhan_bo_phan_mot_cua_phuong_vn234",
        "STT=row | Ho ten cong dan=full_name | Ngay sinh=birth_date@%d/%m/%Y | Gioi tinh=sex"
        " | So CCCD=cccd | Dia chi thuong tru=address | Dien thoai=phone:phone_dotted"
        " | Email=email | Nha cung cap CKS=-:ca234 | Goi dich vu=-:cks_pack234"
        " | So serial chung thu=-:serial234 | Hieu luc den=date:valid234"
        " | Can bo tiep nhan=-:officer234 | Ngay tiep nhan=date@%d/%m/%Y | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nguoi_dieu_khien_drone_phun_thuoc_bvtv_tap_huan_chi_cuc_trong_trot_bvtv_tinh_vn234",
        "STT=row | Họ và tên=full_name | Năm sinh=birth_date@%d/%m/%Y | CCCD=cccd:cccd_spaced"
        " | Địa chỉ=address | SĐT=phone:phone_spaced | Đơn vị dịch vụ (HTX/Cty)=-:unit234"
        " | Chủ nhiệm HTX / GĐ=-:kin_vn234 | Loại thiết bị bay=-:model234"
        " | Số seri=-:dserial234 | DT phun (ha/vụ)=-:ha234 | Số GCN tập huấn=-:certno234"
        " | Ngày tập huấn=date@%d/%m/%Y | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "co_so_ren_lang_nghe_ho_tro_kinh_phi_khuyen_cong_mua_may_moc_tt_khuyen_cong_vn234",
        "TT=row | Họ tên chủ cơ sở=full_name | Ngày sinh=birth_date@%d-%m-%Y | Giới tính=sex"
        " | Số CCCD=cccd | Địa chỉ thường trú=address | ĐT liên hệ=phone"
        " | Tên cơ sở=-:forge234 | Sản phẩm chính=-:product234"
        " | Máy móc đề nghị hỗ trợ=-:machine234 | Tổng kinh phí (đồng)=-:cost234"
        " | KP khuyến công hỗ trợ (đồng)=-:grant234 | Số LĐ=-:workers234"
        " | Ngày ký HĐ=date@%d-%m-%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "ceec_empowerment_loan_applicants_kasama_district_northern_province_zm234",
        "No.=row | Ishina lyonse / Full name=full_name:zm_name234"
        " | Ubushiku bwa kufyalwa / Date of birth=birth_date@%d/%m/%Y"
        " | Umwaume nangu Umwanakashi / Sex=sex:zm_sex234 | NRC No.=national_id:zm_nrc234"
        " | Uko mwikala / Physical address=address:zm_addr234 | Ward=ward:zm_ward234"
        " | Foni / Phone=phone:zm_phone234 | Ubunonshi / Type of business=-:zm_biz234"
        " | Club / Co-operative=-:zm_coop234 | Loan applied (ZMW)=-:zm_loan234"
        " | Guarantor=-:zm_guar234 | Guarantor NRC=-:zm_guar_nrc234"
        " | Date received=date@%d/%m/%Y | Status=-:zm_status234",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "vsl_group_members_register_kaundula_wa_mamembala_dowa_mw234",
        "Nambala=row | Dzina la membala=full_name:mw_name234"
        " | Tsiku lobadwa=birth_date@%d/%m/%Y | Mwamuna/Mkazi=sex:mw_sex234"
        " | Nambala ya chiphaso (National ID)=national_id:mw_id234"
        " | Mudzi ndi T/A=address:mw_addr234 | Boma=district:mw_boma234"
        " | Nambala ya foni=phone:mw_phone234 | Dzina la gulu=-:mw_group234"
        " | Magawo (Shares)=-:mw_shares234 | Ngongole (MWK)=-:mw_loan234"
        " | Wolowa m'malo (Next of kin)=-:mw_kin234 | Udindo=-:mw_post234"
        " | Tsiku lolowa=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "zimsec_o_level_private_candidate_entries_zw234",
        "No.=row | Surname / Zita remhuri=family_name:zw_family234"
        " | First names / Mazita=given_name:zw_given234"
        " | Date of birth / Zuva rekuzvarwa=birth_date@%d-%m-%Y"
        " | Sex / Murume kana Mukadzi=sex:zw_sex234"
        " | National ID No. / Nhamba yechitupa=national_id:zw_id234"
        " | Residential address / Kero=address:zw_addr234 | Cell / Nhare=phone:zw_phone234"
        " | Examination centre=-:zw_centre234 | Centre No.=-:zw_centre_no234"
        " | Subjects entered=-:zw_subj234 | Fees paid=-:zw_fee234"
        " | Candidate No.=-:zw_cand234 | Date of entry=date@%d-%m-%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "ydf_youth_development_fund_applicants_molepolole_bw234",
        "Nomoro=row | Sefane=family_name:bw_family234 | Leina=given_name:bw_given234"
        " | Letlha la matsalo=birth_date@%d/%m/%Y | Bong=sex:bw_sex234"
        " | Nomoro ya Omang=national_id:bw_omang234 | Motse=district:bw_village234"
        " | Kgotla=ward:bw_kgotla234 | Mogala=phone:bw_phone234"
        " | Porojeke / Project=-:bw_project234 | Madi a a kopiwang (BWP)=-:bw_amount234"
        " | Youth Officer=-:bw_officer234 | Maemo / Status=-:bw_status234"
        " | Letlha la kopo=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "drought_relief_food_distribution_register_ohangwena_regional_council_na234",
        "No.=row | Edhina lyofamili / Surname=family_name:na_family234"
        " | Edhina / First name=given_name:na_given234"
        " | Esiku lyevalo / Date of birth=birth_date@%d.%m.%Y | Sex=sex:na_sex234"
        " | ID No.=national_id:na_id234 | Omukunda / Village=suburb:na_village234"
        " | Constituency=district:na_const234 | Cell No.=phone:na_phone234"
        " | Household size=-:na_hh234 | Maize meal (kg)=-:na_maize234"
        " | Tinned fish=-:na_fish234 | Headman / Elenga=-:na_headman234"
        " | Date collected / Esiku=date@%d.%m.%Y",
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
    "zm_nrc234",
    "mw_id234",
    "zw_id234",
    "bw_omang234",
    "na_id234",
)
SEX_HOLDS: tuple[str, ...] = ("zm_sex234", "mw_sex234", "zw_sex234", "bw_sex234", "na_sex234")
NAME_HOLDS = frozenset(
    {
        "zm_name234",
        "mw_name234",
        "zw_family234",
        "zw_given234",
        "bw_family234",
        "bw_given234",
        "na_family234",
        "na_given234",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "zm_phone234",
    "mw_phone234",
    "zw_phone234",
    "bw_phone234",
    "na_phone234",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("zm_addr234", "mw_addr234", "zw_addr234")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND234",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND234",
]
