"""The two-hundred-and-twelfth part of the outside corpus, **blind 212** (written 04:48 UTC,
2026-12-07, never used for tuning): person files a district health centre's population team, a
city's motorbike exhaust pilot, a forest ranger station, a provincial sports school, a Japanese
town's hometown-tax office, a Korean district office, a Xinjiang county's cotton office, an Inner
Mongolian banner's grassland station and a Kazakh district akimat could hand over. Four Vietnamese
files: the clients a district health centre gave a clinical contraceptive method (an IUD, an
implant, a sterilisation), in Windows-1258 with tabs (the spouse, the
number of children and the youngest's age, the method and which time, the provider, the
follow-up date, the fee); the motorbikes measured in a city's exhaust test pilot, in Excel (the
plate, the make and year, the odometer, CO and HC, the verdict, the test point and the
technician); the households that declared the felling of their planted forest to the ranger
station, in UTF-16 with tabs (the land-use certificate, the sub-zone, block and lot, the species,
the planting year, the area and volume, the buyer, the ranger); and the children who sat a
provincial sports school's aptitude test, in UTF-8 with a BOM and semicolons (the candidate
number, the school they attend, the sport, height and weight, the parent and the parent's phone,
the result). Five foreign files: the one-stop special exception forms of a Japanese town's
hometown-tax donors, in UTF-8 with a BOM (the receipt number, the name and its reading, the birth
date in the era calendar, the My Number, the postcode and address, the day and amount of the
gift, the return gift, the municipality to notify, the proof of identity); the applicants for a
Korean district's youth monthly rent support, in CP949 (the resident registration number, the
road-name address, the landlord, the deposit and the rent, the lease, the income band, the
months paid, the state); the growers on a Xinjiang county's cotton target-price subsidy list, in
Excel with Uyghur headers beside Chinese (the 身份证 number, the county, township and village,
the sown area, the cotton sold and the gin, the subsidy, the bank and its card); the grassland
rangers an Inner Mongolian banner hired, in UTF-8 with Mongolian headers beside Chinese (the
nationality, the 身份证 number, the banner, sumu and gacha, the zone and area guarded, the pay,
the contract's dates, the card, the gacha head); and a Kazakh district's queue for plots to
build a house on, in UTF-8 with semicolons and Kazakh headers (the ЖСН, the address, the queue
number, the category, the family size, the area asked for, the cadastral number, the spouse).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind212_writers import WRITERS_BLIND212
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND212: tuple[Shape, ...] = (
    _shape(
        "so_theo_doi_khach_hang_bptt_lam_sang_dat_vong_cay_que_triet_san_ttyt_huyen_vn212",
        "STT=row | Ngày thực hiện=date@%d/%m/%Y | Họ tên khách hàng=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd | Địa chỉ=address | SĐT=phone"
        " | Họ tên vợ/chồng=-:spouse212 | Số con hiện có=-:children212"
        " | Tuổi con nhỏ nhất=-:youngest212 | BPTT thực hiện=-:method212 | Lần thứ=-:time212"
        " | Người thực hiện=-:provider212 | Ngày hẹn khám lại=date:recheck212"
        " | Chi phí (đ)=-:fee212 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "chu_xe_may_do_kiem_khi_thai_thi_diem_so_xay_dung_tp_ha_noi_vn212",
        "TT=row | Ngày đo=date@%d/%m/%Y | Họ tên chủ xe=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số định danh cá nhân=cccd"
        " | Điện thoại=phone:phone_dotted | Địa chỉ thường trú=address | Biển số=-:plate212"
        " | Nhãn hiệu=-:brand212 | Năm SX=-:year212 | Số km đã đi=-:odo212"
        " | CO (%)=-:co212 | HC (ppm)=-:hc212 | Kết quả=-:verdict212 | Điểm đo=-:station212"
        " | KTV đo=-:tech212",
        file="xlsx",
    ),
    _shape(
        "bang_ke_khai_thac_go_rung_trong_ho_gia_dinh_khai_bao_hat_kiem_lam_vn212",
        "STT=row | Tên chủ rừng=full_name | Ngày tháng năm sinh=birth_date@%d/%m/%Y"
        " | CMND/CCCD=cccd:cccd_spaced | Nơi thường trú=address | Điện thoại=phone:phone_spaced"
        " | Số GCN QSDĐ=-:redbook212 | Tiểu khu=-:subzone212 | Khoảnh=-:plot_k212"
        " | Lô=-:lot212 | Loài cây=-:species212 | Năm trồng=-:planted212"
        " | Diện tích KT (ha)=-:area212 | Khối lượng (m3)=-:volume212"
        " | Đơn vị thu mua=-:buyer212 | Ngày tiếp nhận=date@%d/%m/%Y"
        " | Kiểm lâm địa bàn=-:ranger212",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "thi_sinh_thi_tuyen_nang_khieu_truong_nang_khieu_tdtt_tinh_vn212",
        "STT=row | SBD=-:sbd212 | Họ và tên thí sinh=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | Mã định danh=cccd | Trường đang học=-:school212"
        " | Môn đăng ký=-:sport212 | Chiều cao (cm)=-:height212 | Cân nặng (kg)=-:weight212"
        " | Họ tên cha/mẹ=-:parent212 | SĐT phụ huynh=-:parent_phone212 | Địa chỉ=address"
        " | Email=email | Ngày thi=date@%d/%m/%Y | Kết quả=-:outcome212",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "furusato_nozei_one_stop_tokurei_shinseisho_uketsuke_ichiran_jp212",
        "No.=row | 受付番号=-:jp_recv212 | 寄附者氏名=full_name:jp_name212"
        " | フリガナ=full_name:jp_kana212 | 生年月日=birth_date:jp_birth212"
        " | 性別=sex:jp_sex212 | 個人番号=national_id:jp_mynum212"
        " | 郵便番号=postcode:jp_zip212 | 住所=address:jp_addr212"
        " | 電話番号=phone:jp_phone212 | 寄附年月日=date:jp_gift_date212"
        " | 寄附金額（円）=-:jp_amount212 | 返礼品=-:jp_gift212"
        " | 通知先市区町村=district:jp_city212 | 本人確認書類=-:jp_idcheck212"
        " | 申請書受付日=date@%Y/%m/%d",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "cheongnyeon_wolse_teukbyeol_jiwon_sincheongja_myeongdan_gu_kr212",
        "연번=row | 접수번호=-:kr_recv212 | 성명=full_name:kr_name212"
        " | 주민등록번호=national_id:kr_rrn212 | 생년월일=birth_date@%Y.%m.%d"
        " | 성별=sex:kr_sex212 | 휴대전화=phone:kr_phone212 | 이메일=email"
        " | 주소(도로명)=address:kr_addr212 | 임대인=-:kr_landlord212"
        " | 임차보증금(원)=-:kr_deposit212 | 월세(원)=-:kr_rent212 | 계약기간=-:kr_term212"
        " | 소득구간=-:kr_income212 | 신청일=date@%Y-%m-%d | 지급개월=-:kr_months212"
        " | 처리상태=-:kr_status212",
        english=True,
        encoding="cp949",
    ),
    _shape(
        "mianhua_mubiao_jiage_buzhu_zhongzhihu_mingce_xinjiang_cn212",
        "تەرتىپ 序号=row | ئىسمى 姓名=full_name:xj_name212 | جىنسى 性别=sex:xj_sex212"
        " | مىللىتى 民族=-:xj_nation212 | كىملىك نومۇرى 身份证号码=national_id:xj_id212"
        " | تۇغۇلغان ۋاقتى 出生日期=birth_date@%Y-%m-%d"
        " | تېلېفون نومۇرى 联系电话=phone:xj_phone212"
        " | ناھىيە 县=district:xj_county212 | يېزا-بازار 乡镇=suburb:xj_town212"
        " | كەنت 村=-:xj_village212 | تېرىلغان يەر (مو) 种植面积(亩)=-:xj_area212"
        " | سېتىلغان پاختا (كىلو) 交售量(公斤)=-:xj_sold212"
        " | زاۋۇت 轧花厂=-:xj_gin212 | تولۇقلىما (يۈەن) 补贴金额(元)=-:xj_subsidy212"
        " | بانكا 开户行=-:xj_bank212 | كارتا نومۇرى 一卡通账号=-:xj_card212"
        " | ۋاقتى 发放日期=date@%Y年%m月%d日",
        english=True,
        file="xlsx",
    ),
    _shape(
        "caoyuan_guanhuyuan_pinyong_mingce_qi_linyeju_neimenggu_cn212",
        "序号=row | ᠨᠡᠷᠡ 姓名=full_name:im_name212 | ᠬᠦᠢᠰᠦ 性别=sex:im_sex212"
        " | ᠦᠨᠳᠦᠰᠦᠲᠡᠨ 民族=-:im_nation212 | ᠲᠥᠷᠥᠭᠰᠡᠨ ᠡᠳᠦᠷ 出生日期=birth_date@%Y.%m.%d"
        " | 身份证号码=national_id:im_id212 | ᠬᠣᠰᠢᠭᠤ 旗=district:im_banner212"
        " | ᠰᠤᠮᠤ 苏木(镇)=suburb:im_sumu212 | ᠭᠠᠴᠠᠭ᠎ᠠ 嘎查=-:im_gacha212"
        " | ᠤᠲᠠᠰᠤ 联系电话=phone:im_phone212 | 管护区域=-:im_zone212"
        " | 管护面积(亩)=-:im_area212 | 月工资(元)=-:im_pay212"
        " | 聘用起始=date:im_from212 | 聘用截止=date:im_to212 | 社保卡号=-:im_card212"
        " | 嘎查长=-:im_leader212",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "zhske_zher_telimin_alu_kezegi_audandyq_akimat_kz212",
        "Р/с №=row | Тегі=family_name:kz_family212 | Аты=given_name:kz_given212"
        " | Әкесінің аты=-:kz_father212 | ЖСН=national_id:kz_iin212"
        " | Туған күні=birth_date@%d.%m.%Y | Жынысы=sex:kz_sex212"
        " | Тіркелген мекенжайы=address:kz_addr212 | Ұялы телефон=phone:kz_phone212"
        " | Өтініш берілген күн=date@%d.%m.%Y | Кезек нөмірі=-:kz_queue212"
        " | Санаты=-:kz_category212 | Отбасы құрамы=-:kz_family_size212"
        " | Сұралған аумақ=-:kz_plot_area212 | Кадастрлық нөмірі=-:kz_cadastre212"
        " | Жұбайы (Т.А.Ә.)=-:kz_spouse212 | Мәртебесі=-:kz_status212",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "jp_mynum212",
    "kr_rrn212",
    "xj_id212",
    "im_id212",
    "kz_iin212",
)
SEX_HOLDS: tuple[str, ...] = ("jp_sex212", "kr_sex212", "xj_sex212", "im_sex212", "kz_sex212")
NAME_HOLDS = frozenset(
    {
        "jp_name212",
        "jp_kana212",
        "kr_name212",
        "xj_name212",
        "im_name212",
        "kz_family212",
        "kz_given212",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "jp_phone212",
    "kr_phone212",
    "xj_phone212",
    "im_phone212",
    "kz_phone212",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("kr_addr212", "kz_addr212")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND212",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND212",
]
