"""The three hundred and thirty-second part of the outside corpus, **blind 332** (written 12:32
UTC, 2026-12-07, never used for tuning): person files a Nha Trang hotel applying for its security
certificate, a Mai Châu homestay, a domestic tour operator, a provincial trade union's guesthouse,
a Thai hotel, a Japanese ryokan, a Korean pension, a Spanish hotel and an Australian caravan park
could hand over. Four Vietnamese files: a lodging house's list of its workers sent to the ward
police with its application for the certificate of security and order conditions, in
Windows-1258 with semicolons (the post, the lodging house and its address, the home district, the
contract, the police's vetting result, the start date); a homestay's guest book typed into a sheet
and saved in UTF-16 with tabs (the room, arrival and departure, the group leader, the number of
guests, the vehicle and its plate); a domestic tour's participant list for the travel insurer in
UTF-8 with a BOM (the tour code and name, the coach and seat, the insurance certificate, the
premium, an emergency contact with a phone); and a trade union's list of members booked into its
seaside guesthouse in Excel (the work unit, the accompanying relation, the room, check-in and
check-out, the union's support).
Five foreign files: a Thai hotel's guest register (ร.ร. 3) in UTF-8 with Thai headers (the Thai
ID with its mod-11 digit, a title before the name, a Buddhist-era birth date and stay dates, where
the guest came from and goes to, the car); a Japanese ryokan's 宿泊者名簿 in Shift_JIS (name in
kanji and katakana, the 〒 code apart, age rather than birth date, occupation, the previous and
next stop, the plan); a Korean pension's booking ledger in UTF-8 (no resident number, the booker
and an emergency phone, the room, the car, the channel, the amount paid); a Spanish hotel's parte
de viajeros in Windows-1252 with semicolons (DNI or NIE with the mod-23 letter, the support number,
two surnames, sex H/M, kinship code for minors, the booking); and an Australian caravan park's
guest register in Excel (suburb, state and postcode apart, a driver licence, the car and van
rego, the site, an emergency contact, the amount paid).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind332_writers import WRITERS_BLIND332
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND332: tuple[Shape, ...] = (
    _shape(
        "nhan_vien_co_so_luu_tru_de_nghi_cap_gcn_du_dieu_kien_antt_cong_an_phuong_nha_trang_vn332",
        "TT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Nơi thường trú=address | Quê quán=-:hometown332"
        " | Chức danh/vị trí việc làm=-:post332 | Cơ sở lưu trú=-:hotel332"
        " | Loại HĐLĐ=-:contract332 | Ngày vào làm=date@%d/%m/%Y | SĐT=phone"
        " | Kết quả xác minh của CA phường=-:vetting332",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_theo_doi_khach_nghi_homestay_ban_lac_mai_chau_vn332",
        "STT=row | Ngày đến=date@%d/%m/%Y | Ngày đi=date:out332 | Phòng=-:room332"
        " | Họ tên khách=full_name | Năm sinh (ngày/tháng/năm)=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | Số CCCD/Hộ chiếu=cccd:cccd_spaced | Địa chỉ=address"
        " | Điện thoại=phone | Trưởng đoàn=-:leader332 | Số khách=-:pax332"
        " | Phương tiện=-:vehicle332 | BKS=-:plate332 | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "khach_doan_tour_noi_dia_mua_bao_hiem_du_lich_cong_ty_lu_hanh_vn332",
        "STT=row | Mã tour=-:tour_code332 | Tên chương trình=-:tour_name332"
        " | HỌ VÀ TÊN KHÁCH=full_name | Giới tính=sex | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | SĐT=phone | Email=email | Vị trí xe=-:seat332"
        " | Số GCN bảo hiểm=-:policy332 | Phí BH (đ)=-:premium332"
        " | Ngày khởi hành=date@%d/%m/%Y | Người liên hệ khẩn cấp=-:sos332",
        encoding="utf-8-sig",
    ),
    _shape(
        "doan_vien_dang_ky_nghi_duong_nha_nghi_cong_doan_sam_son_ldld_tinh_vn332",
        "STT=row | Họ tên đoàn viên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Nam/nữ=sex | CCCD=cccd | Mã số BHXH=bhxh | Đơn vị công tác=-:unit332"
        " | Người đi cùng (quan hệ)=-:relation332 | Phòng=-:guesthouse_room332"
        " | Ngày nhận phòng=date@%d.%m.%Y | Ngày trả phòng=date:out_dot332"
        " | Kinh phí CĐ hỗ trợ (đ)=-:support332 | Điện thoại=phone",
        file="xlsx",
    ),
    _shape(
        "thabian_phu_phak_ror_ror_3_rongraem_chiang_mai_th332",
        "ลำดับ=row | ห้องพักเลขที่=-:th_room332 | ชื่อ-นามสกุล=full_name:th_name332"
        " | เลขประจำตัวประชาชน=national_id:th_id332 | วันเดือนปีเกิด=birth_date:th_birth332"
        " | สัญชาติ=-:th_nation332 | ที่อยู่ตามบัตร=address:th_addr332"
        " | มาจาก=-:th_from332 | จะไปที่=-:th_going332 | โทรศัพท์=phone:th_phone332"
        " | วันที่เข้าพัก=date:th_in332 | วันที่ออก=date:th_out332"
        " | ทะเบียนรถ=-:th_car332",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "shukuhakusha_meibo_ryokan_hakone_jp332",
        "No.=row | 到着日=date@%Y/%m/%d | 出発日=date:jp_out332 | 客室=-:jp_room332"
        " | 氏名=full_name:jp_name332 | フリガナ=-:jp_kana332 | 性別=sex:jp_sex332"
        " | 年齢=-:jp_age332 | 郵便番号=postcode:jp_zip332 | 住所=address:jp_addr332"
        " | 電話番号=phone:jp_phone332 | 職業=-:jp_job332 | 国籍=-:jp_nation332"
        " | 前泊地=-:jp_prev332 | 行先地=-:jp_next332 | プラン=-:jp_plan332",
        english=True,
        encoding="shift_jis",
    ),
    _shape(
        "pension_yeyakja_daejang_gangneung_kr332",
        "번호=row | 입실일=date@%Y.%m.%d | 퇴실일=date:kr_out332 | 객실=-:kr_room332"
        " | 예약자명=full_name:kr_name332 | 생년월일=birth_date@%Y.%m.%d"
        " | 연락처=phone:kr_phone332 | 비상연락처=-:kr_sos332 | 인원=-:kr_pax332"
        " | 차량번호=-:kr_car332 | 예약경로=-:kr_channel332 | 결제금액=-:kr_paid332",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "parte_de_viajeros_hotel_granada_es332",
        "Nº=row | Tipo de documento=-:es_doctype332 | Número de documento=national_id:es_doc332"
        " | Número de soporte=-:es_support332 | Fecha de expedición=date:es_issue332"
        " | Primer apellido=family_name:es_fam1332 | Segundo apellido=-:es_fam2332"
        " | Nombre=given_name:es_given332 | Sexo=sex:es_sex332"
        " | Fecha de nacimiento=birth_date@%d/%m/%Y | Nacionalidad=-:es_nation332"
        " | Domicilio=street:es_street332 | Localidad=district:es_town332"
        " | Código postal=postcode:es_cp332 | Teléfono=phone:es_phone332"
        " | Parentesco=-:es_kin332 | Habitación=-:es_room332 | Fecha de entrada=date@%d/%m/%Y"
        " | Fecha de salida=date:es_out332 | Referencia reserva=-:es_contract332",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "guest_register_caravan_park_victor_harbor_au332",
        "Booking #=row | Arrival=date@%d/%m/%Y | Departure=date:au_out332 | Site=-:au_site332"
        " | Surname=family_name | First Name=given_name | Address=street"
        " | Suburb/Town=suburb:au_suburb332 | State=state:au_state332"
        " | P/Code=postcode:au_pc332 | Mobile=phone:au_phone332 | Email=email"
        " | DOB=birth_date@%d/%m/%Y | Driver Lic No.=-:au_licence332"
        " | Vehicle Rego=-:au_rego332 | Van/Trailer Rego=-:au_van332 | Guests=-:au_pax332"
        " | Emergency Contact=-:au_kin332 | Amount Paid=-:au_paid332",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("th_id332", "es_doc332")
SEX_HOLDS: tuple[str, ...] = ("jp_sex332", "es_sex332")
NAME_HOLDS = frozenset({"th_name332", "jp_name332", "kr_name332", "es_fam1332", "es_given332"})
PHONE_HOLDS: tuple[str, ...] = (
    "th_phone332",
    "jp_phone332",
    "kr_phone332",
    "es_phone332",
    "au_phone332",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND332",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND332",
]
