"""The two-hundred-and-eighth part of the outside corpus, **blind 208** (written 04:47 UTC,
2026-12-07, never used for tuning): person files an elephant conservation centre, a provincial
culture department, a coffee exporters' survey team, a dairy company's collection centre, a
commune's agriculture office, a commune's justice officer, an ethnic-affairs board, a protection
forest board and a tea association of the Central Highlands and the northern mountains could hand
over after the July 2025 merger of provinces. Nine Vietnamese files, their people Ê Đê, Gia Rai,
H'Mông, Thái and Dao, their homes in the new communes, every third row still written with the
district and the province of before the merger: the owners of working elephants who brought them
to the Đắk Lắk elephant conservation centre for a check-up, in UTF-8 with a BOM and semicolons (the
owner's people, the elephant's name, sex, age and microchip, its health, the vet); the learners
of a Gia Rai gong class, in Windows-1258 with tabs (the artisan who teaches, the artisan's title,
the gong set, the sessions, the grade, a parent's phone); the coffee growers of Lâm Đồng (with
the former Đắk Nông) whose plots were surveyed for the EU deforestation rule, in Excel (the farm
code, the old address and the new commune in separate columns, the area, the latitude and
longitude, the planting year, the variety, the yield, the no-deforestation check, the buyer);
the Thái dairy farmers of Mộc Châu under a milk contract, in UTF-16 with tabs (the herd, the cows
in milk, the kilograms a day, the collection point, the bank account, the milk grade); the Dao
and H'Mông owners of ancient Shan tuyết tea trees given a tree code in Tuyên Quang (the former Hà
Giang), in UTF-8 with semicolons and dotted dates (the girth, the age, the VN-2000 coordinates,
the buds a year, the officer); a commune's book of early and consanguineous marriages in Lai
Châu, in UTF-8 with tabs (the spouse and their birth year, the kinship, the date they began to
live together and the age then, the measure, the justice officer); the ethnic-minority households
of Điện Biên given a water tank under the 1719 programme, in Windows-1258 with semicolons (the
bản, the commune and the province in separate columns, the poverty class, the household size,
the tank, the cost, who signed for it); the H'Mông and Dao households growing cardamom under a
Bát Xát protection forest, in Excel (the sub-compartment, the compartment and the lot, the area,
the dried yield, the forest contract, the village head); and the tea growers of Thái Nguyên (with
the former Bắc Kạn) allowed to use the collective tea mark, in UTF-8 with a BOM and tabs (the
brand, the area, the variety, the product, the certificate and its validity, the stamps, the
time the row was updated).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind208_writers import WRITERS_BLIND208
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND208: tuple[Shape, ...] = (
    _shape(
        "chu_voi_nha_dua_voi_kham_suc_khoe_trung_tam_bao_ton_voi_dak_lak_vn208",
        "STT=row | Họ và tên chủ voi=full_name:ede_name208 | Ngày sinh=birth_date@%d/%m/%Y"
        " | Dân tộc=-:ethnic_dl208 | Số định danh cá nhân=cccd | Nơi cư trú=address:dl_addr208"
        " | SĐT=phone | Tên voi=-:elephant208 | Giới tính voi=-:el_sex208"
        " | Tuổi voi (ước tính)=-:el_age208 | Số vi mạch (chip)=-:el_chip208"
        " | Ngày khám=date@%d/%m/%Y | Tình trạng sức khỏe=-:el_health208"
        " | Bác sĩ thú y=-:vet208 | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "hoc_vien_lop_truyen_day_danh_chieng_gia_rai_so_vhttdl_gia_lai_vn208",
        "TT=row | Họ tên học viên=full_name:jarai_name208 | Nam/Nữ=sex"
        " | Ngày sinh=birth_date@%d/%m/%Y | CCCD=cccd | Địa chỉ thường trú=address:gl_addr208"
        " | Nghệ nhân hướng dẫn=-:artisan208 | Danh hiệu=-:art_title208"
        " | Bộ chiêng sử dụng=-:gong_set208 | Ngày khai giảng=date@%d/%m/%Y"
        " | Số buổi tham gia=-:sessions208 | Xếp loại=-:grade208"
        " | SĐT phụ huynh/người thân=-:parent_phone208",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "ho_trong_ca_phe_khai_bao_toa_do_lo_vuon_truy_xuat_eudr_lam_dong_vn208",
        "STT=row | Mã nông hộ=-:farm_code208 | Họ tên chủ hộ=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd:cccd_spaced"
        " | Địa chỉ (theo ĐVHC cũ)=address:ld_old_addr208 | Xã/phường mới=ward:ld_ward208"
        " | Số ĐT=phone | Diện tích (ha)=-:cf_area208 | Vĩ độ (Lat)=-:lat208"
        " | Kinh độ (Long)=-:lon208 | Năm trồng=-:plant_year208 | Giống=-:variety208"
        " | Sản lượng 2024/25 (tấn nhân)=-:cf_yield208"
        " | Không mất rừng sau 31/12/2020=-:nodefor208 | Đơn vị thu mua=-:buyer208"
        " | Ngày khảo sát=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "ho_nuoi_bo_sua_hop_dong_giao_sua_diem_thu_mua_moc_chau_son_la_vn208",
        "STT=row | Mã hộ giao sữa=-:milk_code208 | Họ và tên chủ hộ=full_name:thai_name208"
        " | Ngày sinh=birth_date@%d-%m-%Y | Giới tính=sex | CCCD=cccd"
        " | Địa chỉ=address:sl_addr208 | Điện thoại=phone:phone_spaced | Tổng đàn (con)=-:herd208"
        " | Bò đang vắt sữa=-:milking208 | SL sữa BQ (kg/ngày)=-:milk_kg208"
        " | Điểm thu mua=-:station208 | Số TK ngân hàng=-:bank_acct208"
        " | Ngày ký HĐ=date@%d-%m-%Y | Xếp loại chất lượng sữa=-:milk_grade208",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ho_co_cay_che_shan_tuyet_co_thu_duoc_gan_ma_cay_xa_tuyen_quang_vn208",
        "STT=row | Họ tên chủ cây=full_name:dao_name208 | Dân tộc=-:ethnic_tq208"
        " | Ngày sinh=birth_date@%d.%m.%Y | Số ĐDCN=cccd | Địa chỉ=address:tq_addr208"
        " | SĐT=phone:phone_dotted | Mã cây=-:tree_code208 | Chu vi gốc (cm)=-:girth208"
        " | Tuổi cây (ước)=-:tree_age208 | Tọa độ VN-2000=-:vn2000_208"
        " | Búp tươi (kg/năm)=-:buds208 | Ngày gắn biển mã=date@%d.%m.%Y"
        " | CB kiểm lâm/khuyến nông=-:tq_officer208",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "so_theo_doi_truong_hop_tao_hon_hon_nhan_can_huyet_ubnd_xa_lai_chau_vn208",
        "STT=row | Họ và tên=full_name:hmong_name208 | Giới tính=sex"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Số CCCD=cccd | Dân tộc=-:ethnic_lc208"
        " | Nơi thường trú=address:lc_addr208 | Họ tên vợ/chồng=-:spouse208"
        " | Năm sinh vợ/chồng=-:spouse_year208 | Quan hệ huyết thống=-:kin208"
        " | Ngày bắt đầu chung sống=date:cohab208 | Tuổi khi chung sống=-:age_marry208"
        " | Biện pháp xử lý=-:measure208 | Người theo dõi=-:justice208",
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "ho_dtts_nhan_bon_chua_nuoc_sinh_hoat_phan_tan_ct_mtqg_1719_dien_bien_vn208",
        "TT=row | Họ tên chủ hộ=full_name:db_name208 | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Dân tộc=-:ethnic_db208 | Bản=street:db_ban208 | Xã=ward:db_xa208"
        " | Tỉnh=province:db_tinh208 | Phân loại hộ=-:poor208 | Số khẩu=-:hh_n208"
        " | Loại hỗ trợ=-:water208 | Dung tích (lít)=-:litres208"
        " | Kinh phí hỗ trợ (đồng)=-:water_cost208 | Ngày cấp phát=date@%d/%m/%Y"
        " | Người nhận thay=-:proxy208 | Ký nhận=-:signed208",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_trong_thao_qua_duoi_tan_rung_phong_ho_dang_ky_ban_qlr_bat_xat_lao_cai_vn208",
        "STT=row | Họ và tên=full_name:hmong_name208 | Giới tính=sex"
        " | Ngày sinh=birth_date@%d/%m/%Y | CCCD=cccd | Địa chỉ=address:lk_addr208"
        " | Số điện thoại=phone | Tiểu khu=-:subcomp208 | Khoảnh=-:khoanh208 | Lô=-:lo208"
        " | DT thảo quả (ha)=-:tq_area208 | SL quả khô (kg)=-:tq_yield208"
        " | Số HĐ khoán BVR=-:contract208 | Ngày đăng ký=date@%d/%m/%Y"
        " | Xác nhận của thôn=-:village_head208",
        file="xlsx",
    ),
    _shape(
        "ho_san_xuat_che_duoc_su_dung_nhan_hieu_tap_the_che_thai_nguyen_hiep_hoi_che_vn208",
        "TT=row | Tên cơ sở/thương hiệu=-:tea_brand208 | Chủ cơ sở=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số định danh=cccd"
        " | Địa chỉ=address:tn_addr208 | ĐT=phone:phone_dotted | Email=email"
        " | DT chè (ha)=-:tea_area208 | Giống chè=-:tea_variety208 | Sản phẩm=-:tea_product208"
        " | Số GCN=-:tea_cert208 | Ngày cấp=date@%d/%m/%Y | Hiệu lực đến=date:tea_until208"
        " | Số tem đã cấp=-:stamps208 | Cập nhật lúc=timestamp",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ()
SEX_HOLDS: tuple[str, ...] = ()
NAME_HOLDS = frozenset(
    {
        "ede_name208",
        "jarai_name208",
        "thai_name208",
        "dao_name208",
        "hmong_name208",
        "db_name208",
    }
)
PHONE_HOLDS: tuple[str, ...] = ()
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "dl_addr208",
    "gl_addr208",
    "ld_old_addr208",
    "sl_addr208",
    "tq_addr208",
    "lc_addr208",
    "lk_addr208",
    "tn_addr208",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND208",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND208",
]
