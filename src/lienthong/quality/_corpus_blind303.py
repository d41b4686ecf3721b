"""The three-hundred-and-third part of the outside corpus, **blind 303** (written 10:35 UTC,
2026-12-07, never used for tuning): person files a commune farmers' union in Bến Tre, a coir
rope cooperative, the province's ethnic affairs board, a commune people's committee by a closed
ferry, the province's food safety office, the province police's exit and entry office, a
commune's hamlet election board, the province's employment service centre and a fruit growers'
contest board of the new Vĩnh Long province (the former Vĩnh Long, Bến Tre and Trà Vinh merged
on 1 July 2025) could hand over. Nine Vietnamese files, homes written in the new two-level form
(hamlet, commune or ward, ``tỉnh Vĩnh Long``) or in rows nobody updated in the old form with a
district and the old province, sometimes both side by side:
coconut climbers who pick for hire joining the farmers' union's voluntary accident cover in
Windows-1258 with semicolons (the address before the merger beside the new one, the years
climbing, the trees a day, the orchard owner who hires most, the cover, the premium, the policy,
the start day, the beneficiary); coir rope spinners' piece wages of a Bến Tre cooperative in
Excel (the group, the kind of rope, the kilos, the rate, the pay, the month, the new commune
alone); Khmer monks of Trà Vinh's pagodas given free health cards in UTF-16 with tabs and no
diacritics (the lay name, the Pali monastic name, the pagoda, the rank, the rains retreats, the
card number, the clinic, the card's start); vendors of a ferry closed when the bridge opened
asking for help to change trade in UTF-8 with a BOM and semicolons (the ferry, the goods, the
years, the income, the wish, the amount, the day paid); coconut candy workers' food hygiene
knowledge certificates in UTF-8 (the workshop and its address, the task, the score, the
certificate, the health check); Khmer lay Buddhists of a pilgrimage to Cambodia applying for
passports in Windows-1258 with tabs (the Khmer name, the place of birth, the passport number
and its state, the border gate, the group leader, a relative at home and that relative's
phone); candidates for hamlet head in Excel (the hamlet alone, the schooling, party membership,
the occupation, the votes, the share, the result, the election day); job seekers at a mobile job
fair in UTF-8 with a BOM and tabs (the employer, the post, the skill, the wage asked, the
interview result, the ticket); and growers entering a fruit contest in UTF-16 with semicolons
(the fruit, the garden, the weight, the sugar, the score, the prize, the certification).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind303_writers import WRITERS_BLIND303
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND303: tuple[Shape, ...] = (
    _shape(
        "tho_leo_hai_dua_thue_tham_gia_bao_hiem_tai_nan_tu_nguyen_hoi_nong_dan_xa_ben_tre_vn303",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Địa chỉ (trước 01/7/2025)=address:bt_old303"
        " | Địa chỉ hiện nay (ĐVHC mới)=address:bt_new303 | SĐT=phone"
        " | Số năm leo dừa=-:climb_years303 | Số cây hái/ngày=-:climb_trees303"
        " | Chủ vườn thuê thường xuyên=-:climb_owner303 | Gói bảo hiểm=-:climb_pack303"
        " | Phí BH/năm (đ)=-:climb_fee303 | Số HĐ/GCN BH=-:climb_no303"
        " | Hiệu lực từ ngày=date@%d/%m/%Y | Người thụ hưởng=-:climb_benef303",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "to_vien_to_hop_tac_xe_chi_xo_dua_bang_luong_khoan_san_pham_htx_ben_tre_vn303",
        "TT=row | Tổ=-:coir_group303 | Họ tên tổ viên=full_name"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | CCCD=cccd:cccd_spaced"
        " | Xã (mới)=ward:bt_ward303 | Chỗ ở=address:bt_short303 | Loại SP=-:coir_kind303"
        " | SL giao (kg)=-:coir_kg303 | Đơn giá (đ/kg)=-:coir_price303"
        " | Thành tiền (đ)=-:coir_pay303 | Kỳ=-:coir_period303 | Ngày chi=date@%d/%m/%Y"
        " | Ký nhận=-:none",
        file="xlsx",
    ),
    _shape(
        "su_sai_chua_khmer_cap_the_bhyt_doi_tuong_chinh_sach_ban_dan_toc_tra_vinh_vn303",
        "STT=row | Ho ten (the danh)=full_name:km_plain303 | Phap danh=-:monk_dharma303"
        " | Ngay sinh=birth_date@%d/%m/%Y | So dinh danh CN=cccd"
        " | Noi thuong tru=address:tv_plain303 | Chua dang tu=-:monk_pagoda303"
        " | Cap bac=-:monk_rank303 | So ha=-:monk_vassa303 | Ma the BHYT=-:monk_card303"
        " | Noi DK KCB ban dau=-:monk_kcb303 | The co gia tri tu=date@%d/%m/%Y"
        " | Dien thoai chua=-:pilg_kin_phone303 | Ngay cap nhat=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nguoi_ban_hang_rong_ben_pha_ngung_hoat_dong_de_nghi_ho_tro_chuyen_doi_nghe_ubnd_xa_vn303",
        "TT=row | Họ và tên=full_name | Ngày tháng năm sinh=birth_date@%d.%m.%Y"
        " | Nam/Nữ=sex | Số định danh cá nhân=cccd | Nơi thường trú=address:all_either303"
        " | Điện thoại=phone:phone_dotted | Bến phà=-:ferry_stop303"
        " | Mặt hàng KD=-:ferry_goods303 | Số năm buôn bán=-:ferry_years303"
        " | Thu nhập BQ (tr.đ/tháng)=-:ferry_income303 | Nguyện vọng=-:ferry_wish303"
        " | Mức hỗ trợ (đồng)=-:ferry_aid303 | Ngày nhận=date@%d.%m.%Y | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "nguoi_truc_tiep_san_xuat_keo_dua_xac_nhan_kien_thuc_attp_chi_cuc_atvstp_vn303",
        "STT=row | Họ tên người trực tiếp SX=full_name | Năm sinh=birth_date@%d/%m/%Y"
        " | Giới=sex | CCCD số=cccd | Chỗ ở hiện tại=address:bt_either303"
        " | Số ĐT=phone:phone_spaced | Tên cơ sở=-:candy_shop303"
        " | Địa chỉ cơ sở=-:candy_addr303 | Công đoạn=-:candy_step303"
        " | Điểm bài KT=-:candy_score303 | Số giấy XN kiến thức=-:candy_cert303"
        " | Ngày cấp=date@%d/%m/%Y | Khám SK=-:candy_health303",
        encoding="utf-8",
    ),
    _shape(
        "phat_tu_khmer_doan_hanh_huong_campuchia_de_nghi_cap_ho_chieu_phong_xnc_cong_an_vn303",
        "STT=row | Họ và tên=full_name:km_name303 | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Nơi sinh=-:pilg_born303 | Số CCCD=cccd"
        " | Địa chỉ thường trú (cũ)=address:tv_old303 | Địa chỉ thường trú (mới)=address:tv_new303"
        " | SĐT=phone | Đoàn=-:pilg_trip303 | Số hộ chiếu=-:pilg_passport303"
        " | Tình trạng HC=-:pilg_pp_state303 | Cửa khẩu XC=-:pilg_gate303"
        " | Trưởng đoàn=-:pilg_leader303 | Người thân ở nhà=-:pilg_kin303"
        " | ĐT người thân=-:pilg_kin_phone303 | Ngày xuất cảnh dự kiến=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "ung_cu_vien_bau_truong_ap_khom_nhiem_ky_2026_2028_to_bau_cu_xa_vn303",
        "STT=row | Ấp/khóm=-:all_hamlet303 | Họ và tên ứng cử viên=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Nam, nữ=sex | Số CCCD=cccd"
        " | Nơi cư trú=address:all_short303 | Trình độ=-:elect_edu303"
        " | Đảng viên/QC=-:elect_party303 | Nghề nghiệp=-:elect_job303 | SĐT=phone"
        " | Số phiếu bầu=-:elect_votes303 | Tỷ lệ=-:elect_share303"
        " | Kết quả=-:elect_result303 | Ngày bầu=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "nguoi_tim_viec_phien_giao_dich_viec_lam_luu_dong_trung_tam_dvvl_vinh_long_vn303",
        "STT=row | Họ tên=full_name | Ngày sinh=birth_date@%d-%m-%Y | Giới tính=sex"
        " | CCCD/ĐDCN=cccd | Xã/phường=ward:all_ward303 | Địa chỉ=address:all_either303"
        " | Điện thoại=phone | Email=email | Trình độ CMKT=-:fair_skill303"
        " | DN tuyển dụng=-:fair_firm303 | Vị trí ứng tuyển=-:fair_pos303"
        " | Mức lương mong muốn=-:fair_wage303 | Số phiếu=-:fair_ticket303"
        " | Kết quả PV=-:fair_result303 | Ngày phiên GDVL=date@%d-%m-%Y",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "nha_vuon_du_hoi_thi_trai_ngon_an_toan_ban_to_chuc_hoi_thi_vn303",
        "Số TT=row | Tên chủ vườn=full_name | Ngày sinh=birth_date@%d/%m/%Y | Phái=sex"
        " | CCCD=cccd | Địa chỉ vườn (cũng là nơi ở)=address:fruit_home303 | ĐT=phone"
        " | Loại trái dự thi=-:fruit_kind303 | DT vườn=-:fruit_garden303"
        " | Trọng lượng mẫu=-:fruit_weight303 | Độ Brix=-:fruit_brix303"
        " | Chứng nhận=-:fruit_vietgap303 | Điểm=-:fruit_score303"
        " | Xếp giải=-:fruit_prize303 | Ngày chấm=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ()
SEX_HOLDS: tuple[str, ...] = ()
NAME_HOLDS = frozenset({"km_name303", "km_plain303"})
PHONE_HOLDS: tuple[str, ...] = ()
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "bt_old303",
    "bt_new303",
    "bt_either303",
    "bt_short303",
    "tv_plain303",
    "tv_old303",
    "tv_new303",
    "all_either303",
    "all_short303",
    "fruit_home303",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND303",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND303",
]
