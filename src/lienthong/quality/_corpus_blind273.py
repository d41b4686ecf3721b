"""The two-hundred-and-seventy-third part of the outside corpus, **blind 273** (written 10:03 UTC,
2026-12-07, never used for tuning): person files the Vietnamese embassy in Tokyo, the consulate
general in Busan, the Vietnam Economic and Cultural Office in Taipei, the embassies in Berlin and
Prague, a province's home affairs department, a province's job centre, a city's foreign affairs
department and a province police's immigration office could hand over, all about Vietnamese
people living abroad or coming home.
Nine Vietnamese files: citizens registering their residence with the embassy in Tokyo in UTF-8
with a BOM (the passport, the residence card and the status of residence, the address in Japan
written in romaji with its ``〒`` postcode beside the home address in Vietnam, a Japanese mobile,
the workplace or school, dates ``1975/03/12``); people without papers in Korea leaving of their
own accord, given a travel document by the consulate general in Busan, in Excel (the name in
capitals, the old passport or ``Mất``, the Korean alien registration number, the visa they came
on, the day they entered, the address in Korea in Hangul, a ``010`` mobile, the travel document,
the airport, the day they are due to fly, the status); workers asking the office in Taipei for
help in a dispute, in UTF-16 with tabs and headers without diacritics (the case, the passport, the
resident certificate with its check digit, the employer, the broker, the workplace in Chinese, a
Taiwanese mobile, a relative at home and the relative's phone, what they ask, the officer, the
result, the time last updated); people registering to keep their Vietnamese nationality at the
embassy in Berlin, in Windows-1258 with semicolons (the place of birth, the passport, the German
residence permit, the German address with its postcode, the year they came and how, a foreign
nationality already held, a ``+49`` mobile, the confirmation, dates ``12.03.1975``); signatures
on powers of attorney attested at the embassy in Prague, in UTF-8 with semicolons (the number and
day, the Czech address, a ``+420`` mobile, the relative given the power and that relative's CCCD,
what it is for, the fee in crowns, the officer, dates ``12.3.1975``); workers who signed a
contract of their own with an employer abroad, registered at the home affairs department, in
Windows-1258 with tabs (the CCCD in groups, the passport, the employer and workplace abroad, the
country, the job, the wage in its currency, the months, the confirmation); workers back from
Korea, Japan and Taiwan at a returnee job fair, in Excel (the country, the years, the trade, the
language certificate, the job wanted, the firm met, the result, the day home); overseas
Vietnamese registering for the city's Homeland Spring gathering, in UTF-8 with a BOM and
semicolons (the Vietnamese name and the foreign one, the nationality, the passport, the home
address abroad, a foreign phone, an email, the place of origin, the role, the delegation, dates
``1975-03-12``); and overseas Vietnamese coming home for good, registered for permanent residence
by the province police, in UTF-16 with tabs (the passport, the country they settled in and the
address there, the address registered at home, the relative who sponsors them and that relative's
CCCD, the ministry's letter, the day they came home, the status).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind273_writers import WRITERS_BLIND273
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND273: tuple[Shape, ...] = (
    _shape(
        "cong_dan_viet_nam_dang_ky_cu_tru_tai_dai_su_quan_viet_nam_tai_nhat_ban_vn273",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%Y/%m/%d | Giới tính=sex"
        " | Số ĐDCN/CCCD=cccd | Số hộ chiếu=-:jp_passport273"
        " | Số thẻ lưu trú (在留カード)=-:jp_zairyu273 | Tư cách lưu trú=-:jp_status273"
        " | Địa chỉ tại Nhật Bản=-:jp_addr273 | Địa chỉ thường trú tại Việt Nam=address"
        " | ĐT tại Nhật=phone:jp_phone273 | Email=email"
        " | Nơi làm việc / học tập=-:jp_work273 | Ngày đăng ký=date@%Y/%m/%d",
        encoding="utf-8-sig",
    ),
    _shape(
        "cong_dan_cu_tru_bat_hop_phap_tu_nguyen_ve_nuoc_cap_giay_thong_hanh_tlsq_busan_vn273",
        "STT=row | Số hồ sơ=-:kr_file273 | HỌ VÀ TÊN=full_name:full_name_caps"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | CCCD/CMND=cccd"
        " | Số HC cũ=-:kr_old_pp273 | Số ĐK người nước ngoài (외국인등록번호)=-:kr_arc273"
        " | Loại visa=-:kr_visa273 | Ngày nhập cảnh HQ=date@%d/%m/%Y"
        " | Địa chỉ tạm trú tại HQ=-:kr_addr273 | Địa chỉ thường trú VN=address"
        " | SĐT (HQ)=phone:kr_phone273 | Số giấy thông hành=-:kr_travel273"
        " | Cửa khẩu xuất cảnh=-:kr_port273 | Ngày dự kiến XC=date:kr_leave273@%d/%m/%Y"
        " | Tình trạng=-:kr_status273",
        file="xlsx",
    ),
    _shape(
        "nguoi_lao_dong_de_nghi_ho_tro_tranh_chap_lao_dong_van_phong_kinh_te_van_hoa_dai_bac_vn273",
        "STT=row | Ma vu viec=-:tw_case273 | Ho ten NLD=full_name:full_name_ascii"
        " | Ngay sinh=birth_date@%d-%m-%Y | Gioi tinh=sex:sex_caps | So ho chieu=-:tw_passport273"
        " | So the cu tru (ARC)=-:tw_arc273 | Chu thue=-:tw_employer273"
        " | Cong ty moi gioi=-:tw_broker273 | Noi lam viec=-:tw_work_addr273"
        " | Dia chi thuong tru o VN=address:address_ascii | DT Dai Loan=phone:tw_phone273"
        " | Nguoi than o VN=-:tw_kin273 | DT nguoi than=-:tw_kin_phone273"
        " | Noi dung de nghi=-:tw_ask273 | Ngay tiep nhan=date@%d-%m-%Y"
        " | Can bo thu ly=-:tw_officer273 | Ket qua=-:tw_result273 | Cap nhat=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "dang_ky_giu_quoc_tich_viet_nam_dai_su_quan_viet_nam_tai_duc_vn273",
        "TT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d.%m.%Y"
        " | Nơi sinh=-:de_birthplace273 | Giới tính=sex | Số HC Việt Nam=-:de_passport273"
        " | Số thẻ cư trú (eAT)=-:de_permit273 | Địa chỉ tại Đức=-:de_addr273"
        " | Địa chỉ thường trú trước khi xuất cảnh=address | Năm sang Đức=-:de_year273"
        " | Diện xuất cảnh=-:de_way273 | Quốc tịch nước ngoài (nếu có)=-:de_nat273"
        " | Điện thoại=phone:de_phone273 | Ngày nộp tờ khai=date@%d.%m.%Y"
        " | Số Giấy xác nhận=-:de_confirm273",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_chung_thuc_chu_ky_giay_uy_quyen_dai_su_quan_viet_nam_tai_sec_vn273",
        "STT=row | Số chứng thực=-:cz_no273 | Ngày chứng thực=date@%-d.%-m.%Y"
        " | Người yêu cầu=full_name | Ngày sinh=birth_date@%-d.%-m.%Y"
        " | Hộ chiếu số=-:cz_passport273 | Nơi cư trú tại CH Séc=-:cz_addr273"
        " | Địa chỉ thường trú ở VN=address | SĐT=phone:cz_phone273"
        " | Người được ủy quyền=-:cz_agent273 | CCCD người được UQ=-:cz_agent_id273"
        " | Quan hệ=-:cz_rel273 | Nội dung UQ=-:cz_what273 | Lệ phí=-:cz_fee273"
        " | Cán bộ ký=-:cz_officer273",
        delimiter=";",
    ),
    _shape(
        "nguoi_lao_dong_dang_ky_hop_dong_ca_nhan_truc_tiep_giao_ket_lam_viec_nuoc_ngoai_so_noi_vu_vn273",
        "STT=row | Họ và tên NLĐ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd:cccd_spaced | Số hộ chiếu=-:ic_passport273 | Nơi cư trú=address"
        " | Số ĐT=phone | Người SDLĐ ở nước ngoài=-:ic_employer273"
        " | Nước đến=-:ic_country273 | Công việc=-:ic_job273 | Tiền lương=-:ic_wage273"
        " | Thời hạn HĐ (tháng)=-:ic_term273 | Ngày nhận hồ sơ=date@%d/%m/%Y"
        " | Số VB xác nhận=-:ic_confirm273 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "lao_dong_ve_nuoc_tham_gia_phien_giao_dich_viec_lam_returnee_trung_tam_dvvl_tinh_vn273",
        "TT=row | Họ tên=full_name | Ngày sinh=birth_date:excel_date | Giới tính=sex"
        " | Số CCCD=cccd | Địa chỉ=address | SĐT/Zalo=phone:phone_dotted"
        " | Nước đã làm việc=-:rt_land273 | Số năm ở nước ngoài=-:rt_years273"
        " | Ngành nghề ở nước ngoài=-:rt_trade273 | Chứng chỉ ngoại ngữ=-:rt_lang273"
        " | Vị trí mong muốn=-:rt_want273 | DN phỏng vấn=-:rt_firm273"
        " | Kết quả PV=-:rt_result273 | Ngày về nước=date:excel_event",
        file="xlsx",
    ),
    _shape(
        "kieu_bao_dang_ky_du_chuong_trinh_xuan_que_huong_so_ngoai_vu_thanh_pho_vn273",
        "STT=row | Họ và tên (tiếng Việt)=full_name | Tên nước ngoài=full_name:ov_foreign_name273"
        " | Ngày sinh=birth_date@%Y-%m-%d | Giới tính=sex | Quốc tịch=-:ov_nat273"
        " | Số hộ chiếu=-:ov_passport273 | Nước cư trú=-:ov_land273"
        " | Địa chỉ ở nước ngoài=address:ov_addr273 | Điện thoại=phone:ov_phone273"
        " | Email=email | Quê quán=-:ov_hometown273 | Thành phần=-:ov_role273"
        " | Đoàn=-:ov_group273 | Ngày đăng ký=date@%Y-%m-%d",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "nguoi_viet_nam_dinh_cu_o_nuoc_ngoai_hoi_huong_dang_ky_thuong_tru_cong_an_tinh_vn273",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số hộ chiếu=-:rp_passport273 | Nước định cư=-:rp_land273"
        " | Địa chỉ ở nước ngoài trước khi hồi hương=-:rp_abroad273"
        " | Địa chỉ đăng ký thường trú=address | Số điện thoại=phone"
        " | Người bảo lãnh=-:rp_sponsor273 | Số CCCD người bảo lãnh=-:rp_sponsor_id273"
        " | Quan hệ=-:rp_rel273 | CV Cục QLXNC số=-:rp_letter273"
        " | Ngày về nước=date:rp_home_date273@%d/%m/%Y | Ngày ĐK thường trú=date@%d/%m/%Y"
        " | Tình trạng=-:rp_status273",
        encoding="utf-16",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ()
SEX_HOLDS: tuple[str, ...] = ()
NAME_HOLDS = frozenset({"ov_foreign_name273"})
PHONE_HOLDS: tuple[str, ...] = (
    "jp_phone273",
    "kr_phone273",
    "tw_phone273",
    "de_phone273",
    "cz_phone273",
    "ov_phone273",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ov_addr273",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND273",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND273",
]
