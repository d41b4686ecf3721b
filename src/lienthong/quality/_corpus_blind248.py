"""The two-hundred-and-forty-eighth part of the outside corpus, **blind 248** (written 08:00
UTC, 2026-12-07, never used for tuning): person files a district ornamental-creatures
association, a fine-arts university, a district military command, a walking street's management
board, a south-eastern Turkish district's seasonal workers desk, a Black Sea tea factory, an
Istanbul urban renewal office, the Izmir municipality and a Hatay container city could hand
over. Four Vietnamese files: the owners entering birds in a red-whiskered bulbul (chào mào)
singing contest, in UTF-8 with a BOM and semicolons (the class, the leg ring, the club, the cage,
the result, the fee); the life models a fine-arts university pays, in Windows-1258 with tabs
(the kind of sitting, the class, the sessions, the rate, the bank account); the young men at
the first screening for military pilots, in Excel (the school, height, weight and sight, the
result, a parent and the parent's phone, the day examined); and the street performers
registered on a walking street, in UTF-16 with tabs (the stage name, the act, the time slot,
the spot, the loudspeaker, the permit). Five foreign files: the seasonal agricultural workers
leaving a south-eastern district, in UTF-8 with semicolons and Kurmanji headers beside Turkish
(the T.C. Kimlik No, the father's name, the home, the labour intermediary, where they go and
for which crop, the tent, the children); the wet tea growers of a Black Sea tea factory, in
Windows-1254 with semicolons (the mahalle, ilçe and il, the licence, the garden, the quota,
the factory, the IBAN); the right holders of an Istanbul urban renewal block, in Excel (the
parcel, the unit and share, the address for notices, the rent aid, the stage); the parents
applying for Izmir's milk for small children, in UTF-8 with a BOM (the child, the child's
number and birth date, the street, mahalle and ilçe, the distribution point); and the
households in a Hatay container city after the earthquake, in Windows-1254 with tabs (the
container, the household, the address before the earthquake and its damage, a relative, the
needs, the day they moved in).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind248_writers import WRITERS_BLIND248
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND248: tuple[Shape, ...] = (
    _shape(
        "chu_chim_dang_ky_hoi_thi_chim_chao_mao_hot_hoi_sinh_vat_canh_huyen_vn248",
        "TT=row | Họ và tên chủ chim=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | CCCD/ĐDCN=cccd | Địa chỉ=address | ĐT liên hệ=phone:phone_dotted"
        " | Hạng thi=-:bird_class248 | Số khoen chân=-:bird_ring248"
        " | CLB / Hội=-:bird_club248 | Số lồng=-:bird_cage248 | Kết quả=-:bird_result248"
        " | Lệ phí (đ)=-:bird_fee248 | Ngày đăng ký=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "nguoi_mau_ve_ky_hoa_hop_dong_thoi_vu_phong_dao_tao_dh_my_thuat_vn248",
        "STT=row | Họ và tên người mẫu=full_name | Ngày sinh=birth_date@%d-%m-%Y"
        " | Giới tính=sex | Số CCCD=cccd:cccd_spaced | HKTT=address | Điện thoại=phone"
        " | Loại mẫu=-:pose248 | Lớp / Khoa=-:art_class248 | Số buổi=-:sessions248"
        " | Đơn giá (đ/buổi)=-:rate248 | Số tài khoản=-:account248 | Ngân hàng=-:bank248"
        " | Ngày ký HĐ=date@%d-%m-%Y",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "thi_sinh_so_tuyen_phi_cong_quan_su_vong_1_ban_chqs_huyen_vn248",
        "TT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Số định danh cá nhân=cccd | Nơi thường trú=address | Học sinh trường=-:school248"
        " | Chiều cao (cm)=-:height248 | Cân nặng (kg)=-:weight248 | Thị lực MP-MT=-:sight248"
        " | Kết quả sơ tuyển=-:pilot_result248 | Họ tên bố (mẹ)=-:parent248"
        " | SĐT phụ huynh=-:parent_phone248 | SĐT thí sinh=phone:phone_spaced"
        " | Ngày khám=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "nghe_si_duong_pho_dang_ky_bieu_dien_ban_quan_ly_pho_di_bo_vn248",
        "STT=row | Họ tên=full_name | Nghệ danh=-:stage248 | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Địa chỉ liên hệ=address | SĐT=phone"
        " | Loại hình biểu diễn=-:act248 | Khung giờ=-:slot248 | Vị trí=-:spot248"
        " | Công suất loa=-:speaker248 | Số giấy xác nhận=-:permit248"
        " | Ngày bắt đầu=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "mevsimlik_tarim_iscileri_karkeren_demsali_ilce_kaymakamligi_tr248",
        "Rêz / Sıra=row | Nav / Adı=given_name:ku_given248"
        " | Paşnav / Soyadı=family_name:ku_family248"
        " | Navê bavê / Baba Adı=-:tr_father248"
        " | Roja jidayikbûnê / Doğum Tarihi=birth_date@%d.%m.%Y"
        " | Zayend / Cinsiyet=sex:ku_sex248 | Hejmara TC / T.C. Kimlik No=national_id:tc248"
        " | Navnîşan / İkamet Adresi=address:ku_home248 | Telefon=phone:tr_phone248"
        " | Elçî / Tarım Aracısı=-:ku_elci248 | Cihê ku diçe / Gideceği Yer=-:ku_dest248"
        " | Kar / Ürün=-:ku_crop248 | Çadir / Çadır No=-:ku_tent248"
        " | Zarok 6-18 / Çocuk 6-18 yaş=-:ku_kids248 | Rewş / Durum=-:ku_status248"
        " | Dîroka çûyînê / Gidiş Tarihi=date@%d.%m.%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "yas_cay_ureticileri_alim_listesi_cay_fabrikasi_karadeniz_tr248",
        "Sıra No=row | Üretici Adı Soyadı=full_name:bs_full248 | T.C. Kimlik No=national_id:tc248"
        " | Baba Adı=-:tr_father248 | Doğum Tarihi=birth_date@%d.%m.%Y"
        " | Köy / Mahalle=suburb:bs_mahalle248 | İlçe=district:bs_ilce248 | İl=state:bs_il248"
        " | Cep Tel=phone:tr_phone248 | Üretici Ruhsat No=-:bs_licence248"
        " | Bahçe Alanı (da)=-:bs_area248 | Kota (kg)=-:bs_quota248"
        " | Bağlı Fabrika=-:bs_factory248 | Alım Yeri / Eksper=-:bs_expert248"
        " | IBAN=-:bs_iban248 | Kayıt Tarihi=date@%d.%m.%Y",
        english=True,
        encoding="cp1254",
        delimiter=";",
    ),
    _shape(
        "kentsel_donusum_hak_sahipleri_listesi_riskli_yapi_istanbul_tr248",
        "S.No=row | Adı=given_name:is_given248 | Soyadı=family_name:is_family248"
        " | TCKN=national_id:tc248 | Doğum Tarihi=birth_date@%d.%m.%Y | Cinsiyet=sex:tr_sex248"
        " | Ada / Parsel=-:is_parcel248 | Parselin Mahallesi=-:is_parcel_place248"
        " | Bağımsız Bölüm No=-:is_unit248 | Hisse Oranı=-:is_share248"
        " | Tebligat Adresi=address:is_home248 | Cep Telefonu=phone:tr_phone248 | E-posta=email"
        " | Kira Yardımı (TL/ay)=-:is_rent248 | Süreç=-:is_stage248"
        " | Uzlaşma Tarihi=date@%d.%m.%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "sut_kuzusu_basvuru_listesi_izmir_buyuksehir_belediyesi_tr248",
        "Sıra=row | Başvuru No=-:iz_app248 | Veli Adı Soyadı=full_name:iz_full248"
        " | Veli T.C. Kimlik No=national_id:tc248 | Veli Doğum Tarihi=birth_date@%d.%m.%Y"
        " | Çocuğun Adı Soyadı=-:iz_kid248 | Çocuğun T.C. Kimlik No=-:iz_kid_tc248"
        " | Çocuğun Doğum Tarihi=-:iz_kid_birth248 | Cadde / Sokak / No=street:iz_street248"
        " | Mahalle=suburb:iz_mahalle248 | İlçe=district:iz_ilce248"
        " | Telefon=phone:tr_phone248 | Dağıtım Noktası=-:iz_point248"
        " | Aylık Süt=-:iz_litre248 | Durum=-:iz_status248 | Başvuru Tarihi=date@%d.%m.%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "konteyner_kent_hane_kayit_listesi_deprem_sonrasi_hatay_tr248",
        "Sıra=row | Konteyner Kent=-:ht_city248 | Blok / Konteyner No=-:ht_unit248"
        " | Hane Reisi Adı Soyadı=full_name:ht_full248 | TC Kimlik No=national_id:tc248"
        " | Doğum Tarihi=birth_date@%d.%m.%Y | Cinsiyeti=sex:tr_sex248"
        " | Hanedeki Kişi Sayısı=-:ht_size248 | Depremden Önceki Adresi=-:ht_before248"
        " | Bina Hasar Durumu=-:ht_damage248 | Cep Tel=phone:tr_phone248"
        " | Ulaşılacak Yakını=-:ht_relative248 | Yakınının Tel.=-:ht_rel_phone248"
        " | Özel Durum=-:ht_needs248 | Yerleşme Tarihi=date@%d.%m.%Y"
        " | Sözleşme Bitiş=date:ht_leave248",
        english=True,
        encoding="cp1254",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("tc248",)
SEX_HOLDS: tuple[str, ...] = ("ku_sex248", "tr_sex248")
NAME_HOLDS = frozenset(
    {
        "ku_given248",
        "ku_family248",
        "bs_full248",
        "is_given248",
        "is_family248",
        "iz_full248",
        "ht_full248",
    }
)
PHONE_HOLDS: tuple[str, ...] = ("tr_phone248",)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ku_home248", "is_home248")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND248",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND248",
]
