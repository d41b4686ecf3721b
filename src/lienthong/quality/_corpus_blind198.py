"""The hundred-and-ninety-eighth part of the outside corpus, **blind 198** (written 02:21 UTC,
2026-12-07, never used for tuning): person files the departments, industrial parks, craft villages,
universities, hospitals, commune offices and police of Hà Nội and the Northern midland provinces
(Bắc Ninh and Bắc Giang, merged in 2025; Thái Nguyên; Phú Thọ and Vĩnh Phúc, merged in 2025)
could hand over. Nine Vietnamese files: the wood workshop owners of the Đồng Kỵ craft village
moving into the craft cluster, in UTF-8 with a BOM and semicolons (the trade, the workshop's area,
the lot taken and its area, the workers, the household business tax code, the home as written
before the merger); the candidates a factory in the Vân Trung industrial park interviewed, in
Excel (the candidate code, the home village apart from where they live now, the schooling, the
post, the interview slot and result, who referred them, the day they start); the ethnic minority
students the Thái Nguyên medical university trains on nomination, in Windows-1258 with tabs and
headers without diacritics (the student code, the ethnic group, the mountain home and its province,
class, major, cohort, the stipend, the bank account, a parent's phone); the Xoan singers of Phú Thọ
paid a monthly allowance, in UTF-16 with tabs (the title, the Xoan guild, the home in the merged
units beside the old commune, the allowance and how it is paid, the health insurance card, the
pupils taught); the mothers whose newborns had the heel-prick screening at the Vĩnh Phúc
obstetrics and paediatrics hospital, in UTF-8 (the card, the mother's insurance card, the baby's
name, sex, hour of birth and weight, the G6PD and TSH results, the nurse); the people who reported
online fraud to a Hà Nội ward police, in Windows-1258 with semicolons (the scam, the sum taken, the
account and bank it went to, the swindler's phone, the officer, the outcome); the drivers whose
contract cars the Hà Nội construction department badged, in Excel (the plate, make and seats, the
carrier and its licence, the badge and its expiry, the driving licence class and number); the
carers given a pass at Bạch Mai hospital, in UTF-8 with a BOM and tabs (the pass, the patient, the
patient's code, department and bed, the link to the patient, the pass's dates); and the workers
laid off in the Yên Bình industrial park who signed up for retraining, in UTF-8 (the social
insurance book, the street line, the new ward and province in columns of their own, the former
employer, the day they left, the trade, the school, the months and the fee).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind198_writers import WRITERS_BLIND198
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND198: tuple[Shape, ...] = (
    _shape(
        "co_so_go_dang_ky_di_doi_vao_ccn_lang_nghe_dong_ky_tu_son_bac_ninh_vn198",
        "STT=row | Họ và tên chủ cơ sở=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Nơi thường trú (trước sắp xếp)=address:addr_bn198 | Ngành nghề SX=-:trade198"
        " | DT xưởng hiện tại (m2)=-:shop_area198 | Lô đăng ký trong CCN=-:lot198"
        " | DT thuê (m²)=-:lot_area198 | Số LĐ=-:workers198 | MST hộ KD=mst"
        " | Ngày nộp hồ sơ=date@%d/%m/%Y | ĐT liên hệ=phone:phone_dotted | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "ung_vien_phong_van_tuyen_dung_cong_nhan_nha_may_kcn_van_trung_bac_giang_vn198",
        "STT=row | Mã ƯV=-:cand198 | Họ tên=full_name | Giới tính=sex"
        " | Ngày sinh=birth_date@%d/%m/%Y | CCCD=cccd | Quê quán=-:hometown198"
        " | Chỗ ở hiện tại=address:addr_bg198 | SĐT=phone | Trình độ=-:edu198"
        " | Vị trí ứng tuyển=-:job198 | Ca PV=-:shift198 | Ngày PV=date@%d/%m/%Y"
        " | Kết quả=-:result198 | Nguồn giới thiệu=-:referrer198 | Ngày nhận việc=date:start198",
        file="xlsx",
    ),
    _shape(
        "sinh_vien_cu_tuyen_dan_toc_thieu_so_truong_dh_y_duoc_thai_nguyen_vn198",
        "TT=row | Ma SV=-:sv198 | Ho va ten=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex | Dan toc=-:ethnic198 | So CCCD=cccd | HKTT=address:addr_mn198"
        " | Tinh cu tuyen=province:prov_mn198 | Lop=-:class198 | Nganh=-:major198"
        " | Khoa=-:cohort198 | HB chinh sach (d/thang)=-:stipend198 | So TK=-:acct198"
        " | SDT=phone:phone_spaced | SDT gia dinh=-:fam_phone198 | Email=email",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "nghe_nhan_hat_xoan_huong_tro_cap_hang_thang_so_vhttdl_phu_tho_vn198",
        "STT=row | Họ và tên nghệ nhân=full_name | Ngày, tháng, năm sinh=birth_date@%d-%m-%Y"
        " | Giới tính=sex"
        " | Danh hiệu=-:xtitle198 | Phường Xoan=-:guild198 | Địa chỉ (ĐVHC mới)=address:addr_pt198"
        " | Xã, phường cũ=ward:ward_pt_old198 | Số CCCD=cccd | Mức trợ cấp (đ/tháng)=-:allow198"
        " | Hình thức nhận=-:payway198 | Mã thẻ BHYT=bhyt | Điện thoại=phone"
        " | Ngày QĐ=date@%d/%m/%Y | Số học trò đang truyền dạy=-:pupils198",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "san_phu_sang_loc_so_sinh_lay_mau_got_chan_bv_san_nhi_vinh_phuc_vn198",
        "STT=row | Mã phiếu SL=-:card198 | Họ tên mẹ=full_name | Ngày sinh mẹ=birth_date@%d/%m/%Y"
        " | CCCD mẹ=cccd | Số thẻ BHYT=bhyt | Địa chỉ=address:addr_vp198 | SĐT=phone"
        " | Họ tên con=-:baby198 | Giới tính con=-:baby_sex198 | Ngày giờ sinh=-:baby_born198"
        " | Cân nặng (gram)=-:weight198 | Ngày lấy mẫu=date@%d/%m/%Y | KQ G6PD=-:g6pd198"
        " | KQ TSH=-:tsh198 | NHS lấy mẫu=-:nurse198",
        encoding="utf-8",
    ),
    _shape(
        "so_tiep_nhan_trinh_bao_lua_dao_qua_mang_cong_an_phuong_ha_noi_vn198",
        "TT=row | Ngày tiếp nhận=date@%d/%m/%Y | Họ tên người trình báo=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số ĐDCN=cccd | Nơi cư trú=address:addr_hn198"
        " | SĐT=phone | Thủ đoạn=-:scam198 | Số tiền bị chiếm đoạt (VNĐ)=-:lost198"
        " | STK nhận tiền=-:scam_acct198 | Ngân hàng=-:bank198 | SĐT/Zalo đối tượng=-:scam_phone198"
        " | CB tiếp nhận=-:officer198 | Kết quả xử lý=-:outcome198",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "lai_xe_cap_phu_hieu_xe_hop_dong_duoi_9_cho_so_xay_dung_ha_noi_vn198",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | CCCD=cccd:cccd_spaced"
        " | Hộ khẩu thường trú=address:addr_hn_old198 | Biển số=-:plate198 | Nhãn hiệu=-:make198"
        " | Số chỗ=-:seats198 | Đơn vị KDVT=-:carrier198 | Số GPKD vận tải=-:gpkd198"
        " | Số phù hiệu=-:badge198 | Ngày cấp=date@%d/%m/%Y | Có giá trị đến=date:badge_exp198"
        " | Hạng GPLX=-:lic_class198 | Số GPLX=-:lic198 | ĐTDĐ=phone",
        file="xlsx",
    ),
    _shape(
        "nguoi_nha_cap_the_cham_soc_nguoi_benh_bv_bach_mai_vn198",
        "STT=row | Số thẻ=-:pass198 | Họ tên người chăm sóc=full_name"
        " | Ngày sinh=birth_date@%d-%m-%Y"
        " | Giới=sex | CCCD=cccd | Địa chỉ=address:addr_north198 | SĐT=phone"
        " | Họ tên NB=-:patient198 | Mã BN=-:pid198 | Khoa điều trị=-:dept198"
        " | Buồng/giường=-:bed198 | Quan hệ với NB=-:rel198 | Ngày cấp=date@%d/%m/%Y"
        " | Hạn thẻ=date:pass_exp198",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "lao_dong_mat_viec_dang_ky_dao_tao_nghe_kcn_yen_binh_thai_nguyen_vn198",
        "STT=row | Họ và tên=full_name | Ngày tháng năm sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | CCCD=cccd | Số sổ BHXH=bhxh | Số nhà, tổ/xóm=street:street_tn198"
        " | Phường/xã (mới)=ward:ward_tn198 | Tỉnh=province:prov_tn198"
        " | Đơn vị cũ=-:employer198 | Ngày nghỉ việc=date@%d/%m/%Y | Nghề đăng ký học=-:course198"
        " | Cơ sở đào tạo=-:school198 | Thời gian học (tháng)=-:dur198"
        " | Hỗ trợ học phí (đ)=-:tuition198 | SĐT=phone:phone_dotted | Email=email",
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ()
SEX_HOLDS: tuple[str, ...] = ()
NAME_HOLDS: frozenset[str] = frozenset()
PHONE_HOLDS: tuple[str, ...] = ()
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "addr_bn198",
    "addr_bg198",
    "addr_mn198",
    "addr_pt198",
    "addr_vp198",
    "addr_hn198",
    "addr_hn_old198",
    "addr_north198",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND198",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND198",
]
