"""The hundred-and-eighty-ninth part of the outside corpus, **blind 189** (written 01:41 UTC,
2026-12-07, never used for tuning): person files an industrial-zone management board, an FDI shoe
factory's HR office, a company trade union, a boarding-house owner, a latex buying agent, a border
guard post, a container port, a continuing-education centre and a ward police station of the
Southeast (Bình Dương, Đồng Nai, Bà Rịa–Vũng Tàu, Tây Ninh, Bình Phước, now parts of Ho Chi Minh
City, Đồng Nai and Tây Ninh) could hand over. Nine Vietnamese files, no foreign one:
an FDI firm's declaration of its workers to the industrial-zone board in Excel, with English beside
the Vietnamese headers (the employee number, the post and department, the labour contract, its
date, the basic salary, the social insurance book, the firm and its zone); a shoe factory's list
of leavers in UTF-16 with tabs and bilingual headers without diacritics (the line, the join and
last days, the reason, the leave left, the last pay, whether the insurance book was closed and
when it was handed back, the time last updated); a trade union's list of members proposed for a
hardship grant in Windows-1258 with semicolons (the union group, the card, the home province, the
hardship, the amount, the bank account); a boarding-house owner's tenant book in UTF-8 written
without diacritics (the room, the workplace, the day they came, the deposit, the rent, the meter
reading, whether the stay was declared, the motorbike plate); a latex buying agent's weighing book
in Bình Phước in UTF-8 with a BOM and tabs (the home in the units before July 2025, the garden
area, the latex kind, the wet weight, the DRC, the price per degree, the sum, the weigher); a
border post's book of people entering the Tây Ninh border zone in UTF-8 with semicolons (the
trade, the purpose, the hamlet they go to, the stay, the host, the officer); the container
drivers registered for the Cái Mép–Thị Vải terminals in Windows-1258 with tabs (the licence and
its expiry, the haulier, the tractor and trailer plates, the terminal, the ePort card); the
workers in a continuing-education centre's evening classes in UTF-8 with a BOM (the place of
birth, the ethnic group, the class, the company and shift, the fee, the year they left lower
secondary school); and a ward police station's book of motorbike theft reports in Excel (the time
received, the registered home in the old units and the present one in the new, the bike, its
plate, frame and engine numbers, its value, where it was taken, the officer, the outcome).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind189_writers import WRITERS_BLIND189
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND189: tuple[Shape, ...] = (
    _shape(
        "khai_trinh_su_dung_lao_dong_dn_fdi_ban_quan_ly_cac_kcn_binh_duong_vn189",
        "STT / No.=row | Mã NV / Emp. ID=-:empid189 | Họ và tên / Full name=full_name"
        " | Ngày sinh / DOB=birth_date@%d/%m/%Y | Giới tính / Gender=sex"
        " | Số CCCD / ID No.=cccd | Số sổ BHXH / SI Book No.=bhxh"
        " | Chức danh / Position=-:position189 | Bộ phận / Dept.=-:dept189"
        " | Loại HĐLĐ / Contract type=-:contract_type189 | Ngày ký HĐ / Signed on=date@%d/%m/%Y"
        " | Lương CB (VNĐ) / Basic salary=-:salary189"
        " | Địa chỉ thường trú / Permanent address=address | Tên DN / Company=-:firm189"
        " | KCN=-:kcn189",
        file="xlsx",
    ),
    _shape(
        "cong_nhan_nghi_viec_chot_so_bhxh_phong_nhan_su_cty_giay_fdi_dong_nai_vn189",
        "No=row | Emp Code=-:emp_code189 | Ho ten (Full Name)=full_name:full_name_ascii"
        " | Ngay sinh (DOB)=birth_date@%Y-%m-%d | Gioi tinh=sex | CCCD No.=cccd:cccd_apos"
        " | SDT (Tel)=phone | Line/Chuyen=-:line189 | Ngay vao lam (Join date)=date@%Y-%m-%d"
        " | Ngay nghi (Last day)=date:lastday189 | Ly do nghi (Reason)=-:reason189"
        " | Phep nam con lai (AL days)=-:al_days189 | Luong thang cuoi (VND)=-:last_pay189"
        " | Da chot so BHXH (Y/N)=-:closed189 | So so BHXH=bhxh"
        " | Ngay tra so (Book returned)=date:returned189 | Updated=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "doan_vien_de_nghi_tro_cap_kho_khan_dot_xuat_cdcs_cty_tnhh_vn189",
        "TT=row | Họ và tên đoàn viên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | Tổ công đoàn=-:union_group189 | Số thẻ ĐV=-:member_card189"
        " | CCCD=cccd:cccd_spaced | Quê quán=-:origin189 | Chỗ ở hiện nay=address"
        " | Hoàn cảnh khó khăn=-:hardship189 | Mức đề nghị (đồng)=-:grant189"
        " | Số TK ngân hàng=-:bank189 | ĐT=phone | Ngày đề nghị=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_theo_doi_nguoi_thue_tro_chu_nha_tro_khu_pho_nhi_dong_di_an_vn189",
        "STT=row | Phong so=-:room189 | Ho ten nguoi thue=full_name:full_name_ascii"
        " | Ngay sinh=birth_date@%d-%m-%Y | CCCD=cccd | SDT=phone:phone_dotted"
        " | Dia chi thuong tru=address:address_ascii | Noi lam viec=-:workplace189"
        " | Ngay den o=date@%d-%m-%Y | Tien coc=-:deposit189 | Gia phong/thang=-:room_rent189"
        " | Chi so dien luc vao=-:meter189 | Da khai bao tam tru=-:declared189"
        " | Bien so xe=-:plate189 | Ghi chu=-:note",
        encoding="utf-8",
    ),
    _shape(
        "so_can_mu_cao_su_tieu_dien_dai_ly_thu_mua_dong_phu_binh_phuoc_vn189",
        "STT=row | Ngày cân=date@%d/%m/%Y | Họ tên chủ vườn=full_name | Số CCCD=cccd"
        " | SĐT=phone | Địa chỉ (ấp, xã, huyện)=address:old_addr189"
        " | DT vườn cạo (ha)=-:garden189 | Loại mủ=-:latex_type189"
        " | KL mủ tươi (kg)=-:latex_kg189 | TSC/DRC (%)=-:drc189"
        " | Đơn giá (đ/độ)=-:unit_price189 | Thành tiền (đ)=-:latex_total189"
        " | Người cân=-:weigher189",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "so_dang_ky_nguoi_vao_khu_vuc_bien_gioi_don_bien_phong_tay_ninh_vn189",
        "STT=row | Họ tên=full_name | Ngày tháng năm sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD/ĐDCN=cccd | Nơi thường trú=address | Nghề nghiệp=-:job189"
        " | Mục đích vào KVBG=-:purpose189 | Nơi đến (ấp, xã)=-:dest189"
        " | Lưu lại từ ngày=date@%d/%m/%Y | Đến ngày=date:stay_until189"
        " | Nơi lưu trú / người bảo lãnh=-:host189 | BKS phương tiện=-:plate189"
        " | SĐT liên lạc=phone | Cán bộ tiếp nhận=-:officer189",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "lai_xe_container_dang_ky_the_eport_cum_cang_cai_mep_thi_vai_vn189",
        "STT=row | HỌ TÊN TÀI XẾ=full_name:full_name_caps | Ngày sinh=birth_date@%d/%m/%Y"
        " | CCCD=cccd | Địa chỉ=address | Số GPLX (hạng FC)=-:license189"
        " | GPLX có giá trị đến=date:lic_exp189 | ĐTDĐ=phone:phone_spaced"
        " | Đơn vị vận tải=-:haulier189 | BKS đầu kéo=-:tractor189 | BKS sơ mi rơ moóc=-:trailer189"
        " | Bến/Terminal=-:terminal189 | Số thẻ ePort=-:eport189 | Ngày cấp thẻ=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "hoc_vien_cong_nhan_lop_bo_tuc_thpt_buoi_toi_trung_tam_gdnn_gdtx_vn189",
        "STT=row | Họ và tên học viên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Nơi sinh=-:birthplace189 | Giới tính=sex | Dân tộc=-:ethnic189"
        " | Số định danh cá nhân=cccd | Lớp=-:class189 | Đơn vị công tác=-:company189"
        " | Ca làm việc=-:shift189 | Chỗ ở hiện tại=address | Điện thoại=phone"
        " | Học phí HK1 (đ)=-:fee189 | Năm TN THCS=-:thcs_year189 | Ngày nhập học=date@%d/%m/%Y",
        encoding="utf-8-sig",
    ),
    _shape(
        "so_tiep_nhan_trinh_bao_mat_trom_xe_may_cong_an_phuong_thuan_an_vn189",
        "STT=row | Thời gian tiếp nhận=-:received189 | Họ tên người trình báo=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | HKTT (theo ĐVHC cũ)=address:old_addr189"
        " | Chỗ ở hiện nay (ĐVHC mới)=address:new_place189 | SĐT=phone"
        " | Loại xe=-:vehicle189 | BKS=-:plate189 | Số khung=-:frame189 | Số máy=-:engine189"
        " | Trị giá ước tính (đ)=-:value189 | Nơi xảy ra=-:scene189"
        " | CB tiếp nhận=-:officer189 | Kết quả giải quyết=-:result189",
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts): none is foreign.
NATIONAL_HOLDS: tuple[str, ...] = ()
SEX_HOLDS: tuple[str, ...] = ()
NAME_HOLDS: frozenset[str] = frozenset()
PHONE_HOLDS: tuple[str, ...] = ()
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("old_addr189", "new_place189")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND189",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND189",
]
