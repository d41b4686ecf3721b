"""The two-hundred-and-seventy-ninth part of the outside corpus, **blind 279** (written 10:10 UTC,
2026-12-07, never used for tuning): person files a provincial People's Council office, a ward's
culture and society office, a commune's people's committee, a ward preparing a parade, a Kano
zakat committee, a Kaduna tricycle riders' union, an Ibadan market association, an Onitsha
traders' union and the Niger Delta amnesty programme could hand over. Four Vietnamese files:
journalists registering to report a session of the provincial People's Council, in UTF-16 with
tabs (the paper, the title, the press card number and its expiry, the session, the equipment,
the editor who signs, the office's confirmation); carers of home-based childcare groups
registered for a ward's training, in Excel (the schooling, the group, its owner and address, the
number of children, the certificate and the result); workers staying unlawfully in Korea whose
relatives sign the commune's undertaking to bring them home, in Windows-1258 with semicolons (the
visa, the departure, the contract's end, the state, the relative, their phone, the deposit); and
a ward's people registered to march in the civilian blocks of the 30 April parade, in UTF-8 with
a BOM and semicolons (membership, block, height, shirt and shoe sizes, the workplace or school,
the block leader, the vetting, the time last updated).
Five foreign files: a Kano zakat committee's distribution list in UTF-8 with Hausa headers, some
also in Ajami (NIN, the name and the father's name, unguwa and local government, phone, the
zakat category and what was given, the ward head); a Kaduna Keke NAPEP riders' register in Excel
with Hausa headers (NIN, BVN, the tricycle's plate and engine, the union branch, the guarantor
and his phone, dates as dd-mm-yyyy); an Ibadan market association's register in UTF-8 with a BOM
and Yoruba headers (surname apart, Akọ/Abo, +234 phones, the market, shop, goods, the Ìyálọ́jà,
dues); an Onitsha apprentices' (igba boi) register in Excel with Igbo headers (the hometown and
state of origin, the master and his phone, the line, the start date, years and settlement); and
a Niger Delta amnesty programme stipend verification list in Windows-1252 (PAP number, NIN, BVN,
the voter's card VIN, phones as 080x or +234, state, LGA and community, the camp, the bank and
its NUBAN account with the CBN check digit, the stipend, the training).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind279_writers import WRITERS_BLIND279
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND279: tuple[Shape, ...] = (
    _shape(
        "phong_vien_dang_ky_tac_nghiep_ky_hop_hdnd_tinh_van_phong_doan_dbqh_hdnd_vn279",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Cơ quan báo chí=-:press279 | Chức danh=-:title279"
        " | Số thẻ nhà báo=-:pressno279 | Thẻ có giá trị đến=date@%d/%m/%Y"
        " | Điện thoại di động=phone:phone_dotted | Email=email"
        " | Phiên họp đăng ký tác nghiệp=-:session279 | Thiết bị mang theo=-:gear279"
        " | Lãnh đạo cơ quan ký giới thiệu=-:editor279 | Xác nhận của Văn phòng=-:confirm279",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "bao_mau_nhom_tre_doc_lap_dang_ky_boi_duong_phong_van_hoa_xa_hoi_phuong_vn279",
        "TT=row | Họ và tên bảo mẫu=full_name | Ngày, tháng, năm sinh=birth_date:excel_date"
        " | Số ĐDCN/CCCD=cccd | Trình độ văn hóa=-:schooling279"
        " | Tên nhóm trẻ, lớp MG độc lập=-:group279 | Chủ nhóm trẻ=-:owner279"
        " | Địa chỉ nhóm trẻ=-:group_addr279 | Số trẻ đang nuôi dạy=-:kids279"
        " | Nơi ở hiện nay=address | SĐT=phone:phone_spaced"
        " | Ngày khám sức khỏe=date:excel_event | Số GCN bồi dưỡng=-:gcn279"
        " | Kết quả=-:result279",
        file="xlsx",
    ),
    _shape(
        "than_nhan_ky_cam_ket_van_dong_lao_dong_bo_tron_han_quoc_ve_nuoc_ubnd_xa_vn279",
        "TT=row | Họ tên người lao động=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd:cccd_spaced | Nơi thường trú=address"
        " | Loại thị thực=-:visa279 | Ngày xuất cảnh=date@%d/%m/%Y"
        " | Ngày hết hạn HĐ/thị thực=date:expiry279 | Tình trạng hiện nay=-:overstay279"
        " | Người thân ký cam kết=-:kin279 | Quan hệ với NLĐ=-:kinrel279"
        " | SĐT người thân=-:kinphone279 | Tiền ký quỹ (đồng)=-:deposit279"
        " | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "quan_chung_dang_ky_khoi_dieu_hanh_le_ky_niem_30_thang_4_ubnd_phuong_vn279",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số định danh cá nhân=cccd | Đoàn viên/Đảng viên=-:member279"
        " | Khối diễu hành=-:block279 | Chiều cao (cm)=-:height279 | Cỡ áo=-:size279"
        " | Cỡ giày=-:shoe279 | Đơn vị công tác/học tập=-:work279 | Chỗ ở hiện tại=address"
        " | Điện thoại=phone | Phụ trách khối=-:leader279 | Thẩm tra lý lịch=-:screen279"
        " | Cập nhật lúc=timestamp",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "jerin_masu_karbar_zakka_kwamitin_zakka_unguwa_kano_ng279",
        "Lamba / لَمْبَ=row | Lambar NIN=national_id:nin_kn279 | Suna / سُنَا=full_name:ha_name279"
        " | Sunan Uba / سُنَنْ أُبَا=-:ha_father279 | Jinsi / جِنْسِ=sex:sex_kn279"
        " | Ranar Haihuwa=birth_date@%d/%m/%Y | Unguwa / أُنْغُوَا=suburb:unguwa279"
        " | Ƙaramar Hukuma=district:lga_kn279 | Lambar Waya / لَمْبَرْ وَيَا=phone:phone_kn279"
        " | Rukuni=-:zakat_cat279 | Abin da aka bayar=-:zakat_item279"
        " | Mai Unguwa=-:mai_unguwa279 | Ranar Rabawa=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "rijistar_masu_keke_napep_kungiyar_direbobi_kaduna_ng279",
        "S/N=row | Sunan Farko=given_name:kd_given279 | Sunan Iyali=family_name:kd_family279"
        " | Jinsi=sex:sex_kd279 | Ranar Haihuwa=birth_date@%d-%m-%Y"
        " | Lambar NIN=national_id:nin_kd279 | BVN=-:bvn_kd279"
        " | Adireshin Gida=address:addr_kd279 | Karamar Hukuma=district:lga_kd279"
        " | Lambar Waya=phone:phone_kd279 | Lambar Keke=-:plate_kd279"
        " | Lambar Injin=-:engine_kd279 | Reshen Kungiya=-:branch_kd279"
        " | Wanda Ya Tsaya Masa=-:guarantor_kd279 | Wayar Mai Tsaya Masa=-:gphone_kd279"
        " | Ranar Rajista=date@%d-%m-%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "iforukosile_egbe_alajapa_oloja_ibadan_ng279",
        "Nọ́mbà=row | Orúkọ Ìdílé=family_name:yo_family279 | Orúkọ Àkọ́kọ́=given_name:yo_given279"
        " | Akọ tàbí Abo=sex:sex_yo279 | Ọjọ́ Ìbí=birth_date@%d/%m/%Y"
        " | Nọ́mbà Ìdánimọ̀ (NIN)=national_id:nin_yo279 | Àdírẹ́sì Ilé=address:addr_yo279"
        " | Ìjọba Ìbílẹ̀=district:lga_yo279 | Nọ́mbà Fóònù=phone:phone_yo279"
        " | Ọjà=-:market_yo279 | Nọ́mbà Ṣọ́ọ̀bù=-:shop_yo279 | Ọjà tí ó ń tà=-:goods_yo279"
        " | Ìyálọ́jà/Bàbálọ́jà=-:leader_yo279 | Owó Ẹgbẹ́ (₦)=-:dues_yo279"
        " | Ọjọ́ Ìforúkọsílẹ̀=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "ndeputa_umu_boi_igba_boi_otu_ndi_ahia_onitsha_ng279",
        "Nọmba=row | Aha nwa-boi=full_name:ig_name279 | Nwoke/Nwaanyị=sex:sex_ig279"
        " | Ụbọchị ọmụmụ=birth_date@%d/%m/%Y | NIN=national_id:nin_ig279"
        " | Obodo nna=-:ig_town279 | Steeti=-:ig_state279"
        " | Ebe obibi ugbu a=address:addr_ig279 | Nọmba ekwentị=phone:phone_ig279"
        " | Aha Oga=-:oga279 | Ekwentị Oga=-:oga_phone279 | Ụlọ ahịa (Line)=-:line279"
        " | Ụbọchị ọ malitere=date:start279 | Afọ ọrụ=-:years279 | Ego nhazi (₦)=-:settle279"
        " | Ụbọchị edere=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "pap_stipend_verification_list_niger_delta_ng279",
        "S/N=row | PAP No.=-:pap279 | Surname=family_name:nd_family279"
        " | Other Names=given_name:nd_given279 | Sex=sex:sex_nd279"
        " | Date of Birth=birth_date@%d/%m/%Y | NIN=national_id:nin_nd279 | BVN=-:bvn_nd279"
        " | VIN (PVC)=-:vin_nd279 | Phone No.=phone:phone_nd279 | State=state:state_nd279"
        " | LGA=district:lga_nd279 | Community=suburb:community_nd279"
        " | Ex-Commander/Camp=-:camp_nd279 | Bank=-:bank_nd279"
        " | Account No. (NUBAN)=-:nuban_nd279 | Monthly Stipend (N)=-:stipend_nd279"
        " | Vocational Training=-:training_nd279 | Date Verified=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "nin_kn279",
    "nin_kd279",
    "nin_yo279",
    "nin_ig279",
    "nin_nd279",
)
SEX_HOLDS: tuple[str, ...] = ("sex_kn279", "sex_kd279", "sex_yo279", "sex_ig279", "sex_nd279")
NAME_HOLDS = frozenset(
    {"ha_name279", "kd_given279", "kd_family279", "yo_family279", "yo_given279"}
    | {"ig_name279", "nd_family279", "nd_given279"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_kn279",
    "phone_kd279",
    "phone_yo279",
    "phone_ig279",
    "phone_nd279",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_kd279", "addr_yo279", "addr_ig279")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND279",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND279",
]
