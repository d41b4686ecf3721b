"""The three-hundred-and-thirty-seventh part of the outside corpus, **blind 337** (written 12:33
UTC, 2026-12-07, never used for tuning): person files a commune's authentication desk, a
used-motorbike shop, a ward's people's committee, a people's credit fund, a notary office, a
Seoul community centre, a Japanese used-car dealer, a Philippine notary public and an Indonesian
land deed official (PPAT) could hand over: registers of contracts between two parties, where the
record's person is one party (named first, their columns carrying the party's name in the
header) and the other party's name, number and address stand beside it. Five Vietnamese files: a
commune's book of land-use-right transfer contracts in Windows-1258 with semicolons (the
transferor's name, birth date, CCCD, residence and phone, then the transferee's name, CCCD and
residence, the parcel, map sheet, area, use, certificate, price and the officer who
authenticated it); a used-motorbike shop's register in Excel (the seller's name, CCCD and
address, then the buyer's own columns with a spaced CCCD and dotted phone, the make, plate, frame
and engine numbers, the registration paper, the price); house rental contracts registered with
the ward in UTF-16 with tabs (the landlord's own columns, the rented house, the tenant's name,
CCCD, home town and phone, the number of occupants, the rent, the term); a people's credit fund's
list of loan guarantors in UTF-8 with a BOM and semicolons (the guarantor's own columns, the
relation, the borrowing member's name, member number and CCCD, the loan contract, amount, due
date and status); and a notary office's book of powers of attorney in UTF-8 with tabs (the
principal's own columns, the attorney's name, birth date, CCCD and residence, the scope and
term, the notary, the fee).
Four foreign files: a Seoul community centre's register of fixed dates given to jeonse leases in
UTF-8 with a BOM (the tenant's name in Hangul, the resident registration number with its check
digit, phone and the leased home, then the lessor's name and phone, the deposit, the term, the
agent); a Japanese used-car dealer's list of ownership transfers in Shift-JIS (the plate, chassis
number and car, the new owner's name, era-calendar birth date, postal code, address and phone,
then the former owner's name and address, the transfer date, the garage certificate); a
Philippine notarial register of deeds of sale in UTF-8 (document, page and book, the vendor and
the ID he presented, the vendee's name, PhilSys number, TIN, address and phone, the title, the
consideration and fee); and an Indonesian PPAT's register of deeds in UTF-8 with a BOM and
semicolons (the deed, the seller's name, NIK and address, then the buyer's name, NIK, place and
date of birth, address and NPWP, the land title, location, area, price and tax object number).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind337_writers import WRITERS_BLIND337
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND337: tuple[Shape, ...] = (
    _shape(
        "so_chung_thuc_hop_dong_chuyen_nhuong_qsdd_ubnd_xa_vn337",
        "STT=row | Số chứng thực=-:so_ct337 | Ngày chứng thực=date@%d/%m/%Y"
        " | Bên chuyển nhượng: Họ và tên=full_name"
        " | Bên chuyển nhượng: Ngày sinh=birth_date@%d/%m/%Y"
        " | Bên chuyển nhượng: Số CCCD=cccd | Bên chuyển nhượng: Nơi thường trú=address"
        " | Bên chuyển nhượng: SĐT=phone | Bên nhận chuyển nhượng: Họ và tên=-:ben_nhan337"
        " | Bên nhận CN: Số CCCD=-:cccd_nhan337 | Bên nhận CN: Nơi thường trú=-:dc_nhan337"
        " | Thửa đất số=-:thua337 | Tờ bản đồ số=-:to_bd337 | Diện tích (m2)=-:dt337"
        " | Mục đích SD=-:md337 | Số phát hành GCN=-:gcn337 | Giá CN (đồng)=-:gia337"
        " | Người ký chứng thực=-:can_bo337 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_theo_doi_mua_ban_xe_may_cu_cua_hang_vn337",
        "TT=row | Ngày mua bán=date@%d/%m/%Y | Người bán - Họ tên=-:xm_ban337"
        " | Người bán - Số CCCD=-:xm_cccd_ban337 | Người bán - Địa chỉ=-:xm_dc_ban337"
        " | Người mua - Họ và tên=full_name | Người mua - Ngày sinh=birth_date@%d/%m/%Y"
        " | Người mua - Số CCCD=cccd:cccd_spaced | Người mua - HKTT=address"
        " | Người mua - SĐT=phone:phone_dotted | Nhãn hiệu, số loại=-:xm_hieu337"
        " | Biển số=-:xm_bien337 | Số khung=-:xm_khung337 | Số máy=-:xm_may337"
        " | Số giấy ĐKX=-:xm_dk337 | Giá mua bán (đ)=-:xm_gia337 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "hop_dong_thue_nha_o_dang_ky_ubnd_phuong_vn337",
        "STT=row | Số HĐ=-:tn_hd337 | Ngày ký=date@%d/%m/%Y | BÊN CHO THUÊ (chủ nhà)=full_name"
        " | Ngày sinh chủ nhà=birth_date@%d/%m/%Y | CCCD chủ nhà=cccd"
        " | Thường trú chủ nhà=address | ĐT chủ nhà=phone | Địa chỉ nhà cho thuê=-:tn_nha337"
        " | BÊN THUÊ=-:tn_thue337 | CCCD bên thuê=-:tn_id_thue337 | Quê quán bên thuê=-:tn_que337"
        " | ĐT bên thuê=-:tn_sdt_thue337 | Số người ở=-:tn_so337"
        " | Giá thuê/tháng (VNĐ)=-:tn_gia337 | Thời hạn thuê đến=date:tn_han337"
        " | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "danh_sach_nguoi_bao_lanh_khoan_vay_quy_tin_dung_nhan_dan_vn337",
        "STT=row | Số HĐ bảo lãnh=-:bl_hd337 | Ngày ký HĐBL=date@%d/%m/%Y"
        " | Họ tên người bảo lãnh=full_name | NS người BL=birth_date@%d/%m/%Y"
        " | CCCD người BL=cccd | Địa chỉ người BL=address | SĐT người BL=phone"
        " | Quan hệ với người vay=-:bl_qh337 | Người vay (thành viên)=-:bl_vay337"
        " | Mã TV=-:bl_matv337 | CCCD người vay=-:bl_cccd_vay337 | Số HĐTD=-:bl_hdtd337"
        " | Số tiền vay (đồng)=-:bl_tien337 | Hạn trả cuối=date:bl_han337"
        " | Tình trạng khoản vay=-:bl_tt337 | CB tín dụng=-:bl_cb337",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "so_cong_chung_hop_dong_uy_quyen_van_phong_cong_chung_vn337",
        "STT=row | Số công chứng=-:uq_so337 | Ngày CC=date@%d/%m/%Y"
        " | Bên ủy quyền - Họ tên=full_name"
        " | Bên ủy quyền - Ngày sinh=birth_date@%d/%m/%Y | Bên ủy quyền - CCCD=cccd"
        " | Bên ủy quyền - Nơi cư trú=address | Bên ủy quyền - ĐT=phone"
        " | Bên được ủy quyền - Họ tên=-:uq_nhan337 | Bên được UQ - Ngày sinh=-:uq_ns337"
        " | Bên được UQ - CCCD=-:uq_cccd337 | Bên được UQ - Nơi cư trú=-:uq_dc337"
        " | Nội dung ủy quyền=-:uq_nd337 | Thời hạn UQ=-:uq_han337"
        " | Công chứng viên=-:uq_ccv337 | Phí CC (đ)=-:uq_phi337 | Ghi chú=-:note_vi",
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "hwakjeong_ilja_buyeo_daejang_jeonse_jumin_senteo_kr337",
        "번호=row | 확정일자 번호=-:kr_fix337 | 부여일자=date@%Y-%m-%d"
        " | 임차인 성명=full_name:kr_name337 | 임차인 주민등록번호=national_id:kr_rrn337"
        " | 임차인 연락처=phone:kr_phone337 | 임차주택 소재지=address:kr_addr337"
        " | 임대인 성명=-:kr_lessor337 | 임대인 연락처=-:kr_lessor_tel337"
        " | 임대차 구분=-:kr_kind337 | 보증금(원)=-:kr_deposit337"
        " | 계약 시작일=date:kr_start337 | 계약 종료일=date:kr_end337"
        " | 중개사무소=-:kr_agent337",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "chuukosha_meigi_henkou_ichiran_jp337",
        "No.=row | 受付日=date@%Y/%m/%d | 登録番号=-:jp_plate337 | 車台番号=-:jp_chassis337"
        " | 車名=-:jp_car337 | 新所有者（譲受人）氏名=full_name:jp_name337"
        " | 新所有者 生年月日=birth_date:jp_wareki337 | 〒=postcode:jp_zip337"
        " | 新所有者 住所=address:jp_addr337 | 新所有者 電話番号=phone:jp_tel337"
        " | 旧所有者（譲渡人）氏名=-:jp_old337 | 旧所有者 住所=-:jp_old_addr337"
        " | 譲渡年月日=date:jp_transfer337 | 保管場所証明番号=-:jp_garage337"
        " | 担当=-:jp_staff337",
        english=True,
        encoding="cp932",
    ),
    _shape(
        "notarial_register_deed_of_sale_ph337",
        "Entry No.=row | Doc. No.=-:ph_doc337 | Page No.=-:ph_page337 | Book No.=-:ph_book337"
        " | Date Notarized=date@%m/%d/%Y | Nature of Instrument=-:ph_nature337"
        " | Vendor=-:ph_vendor337 | Vendor's Competent Evidence of Identity=-:ph_vendor_id337"
        " | VENDEE (Name)=full_name:ph_vendee337 | Vendee's PhilSys No. (PSN)=national_id:ph_psn337"
        " | Vendee's TIN=-:ph_tin337 | Vendee's Address=address:ph_addr337"
        " | Vendee's Contact No.=phone:ph_phone337 | Property (TCT/CCT No.)=-:ph_tct337"
        " | Consideration (PHP)=-:ph_price337 | Notarial Fee=-:ph_fee337",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "daftar_akta_ppat_jual_beli_id337",
        "No. Urut=row | Nomor Akta=-:id_akta337 | Tanggal Akta=date@%d-%m-%Y"
        " | Bentuk Perbuatan Hukum=-:id_pbh337"
        " | Pihak yang Mengalihkan - Nama=-:id_penjual337"
        " | Pihak yang Mengalihkan - NIK=-:id_nik_penjual337"
        " | Pihak yang Mengalihkan - Alamat=-:id_alamat_penjual337"
        " | Pihak yang Menerima - Nama=full_name:id_name337"
        " | Pihak yang Menerima - NIK=national_id:id_nik337"
        " | Pihak yang Menerima - Tempat Lahir=-:id_pob337"
        " | Pihak yang Menerima - Tgl. Lahir=birth_date@%d-%m-%Y"
        " | Pihak yang Menerima - Alamat=address:id_addr337"
        " | Pihak yang Menerima - NPWP=-:id_npwp337 | Jenis dan Nomor Hak=-:id_hak337"
        " | Letak Tanah=-:id_letak337 | Luas Tanah (m²)=-:id_luas337"
        " | Harga Transaksi (Rp)=-:id_harga337 | NOP PBB=-:id_nop337",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("kr_rrn337", "ph_psn337", "id_nik337")
SEX_HOLDS: tuple[str, ...] = ()
NAME_HOLDS = frozenset({"ph_vendee337", "id_name337"})
PHONE_HOLDS: tuple[str, ...] = ("kr_phone337", "jp_tel337", "ph_phone337")
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("kr_addr337", "ph_addr337", "id_addr337")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND337",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND337",
]
