"""The three-hundred-and-seventy-ninth part of the outside corpus, **blind 379** (written 18:42
UTC, 2026-12-07, never used for tuning): person files a ward police station by a cancer
hospital, a motorway contractor, a provincial guesthouse, a short-stay flat operator, a Japanese
ryokan, an Italian hotel, a Spanish holiday let, a Turkish hotel and a Thai condominium could hand
over about the guests whose stay they reported. Four Vietnamese files: the relatives of
in-patients renting rooms in the lanes by a cancer hospital, declared to the ward police (khai báo
lưu trú) in UTF-8 with a BOM and semicolons (the patient, the relationship, the hospital ward, the
room, the expected leaving day, the landlord); the workers lodged in a motorway site camp,
declared by the contractor to the commune police in Windows-1258 with tabs and headers without
diacritics (the home province, the trade, the team, the camp at its chainage, the site manager);
the register of officials staying at a provincial People's Committee guesthouse in Excel (their
post and agency, the letter of introduction, the room, the arrival hour, the nightly rate, the
receptionist); and an export from the police's accommodation app by a short-stay flat operator,
in UTF-16 with tabs (document kind, nationality, the flat, check-in and check-out times, the
reason of stay, the declaration status, the booker's phone, the time the row was updated).
Five foreign files: a Japanese ryokan's 宿泊者名簿 in Shift_JIS (cp932) (the name in kanji and in
katakana, the era-calendar birth date, the 〒 postcode, the previous and next night's town); an
Italian hotel's schedina alloggiati export in Windows-1252 with semicolons (the kind of guest, the
days of stay, the comune and province of birth, the document, the codice fiscale with its check
letter); a Spanish holiday let's parte de viajeros in UTF-8 with semicolons (the DNI with its
letter, the support number, two surnames, H/M, the address, the relationship of a minor's
companion, the payment); a Turkish hotel's KBS konaklama bildirimi list in Windows-1254 (the
T.C. Kimlik No with its two check digits, father's and mother's names, the place of birth, the
room, the car plate); and a Thai condominium's TM30 list of foreign residents in UTF-8 with
Thai headers (the passport, the Buddhist-era birth date, the visa, the day of entry and the day
the stay is permitted to, the host and the host's Thai id).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind379_writers import WRITERS_BLIND379
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND379: tuple[Shape, ...] = (
    _shape(
        "nguoi_nha_benh_nhan_thue_tro_quanh_benh_vien_k_khai_bao_luu_tru_cong_an_phuong_vn379",
        "STT=row | Họ tên người lưu trú=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Nơi thường trú=address | SĐT=phone"
        " | Người bệnh=-:patient379 | Quan hệ với người bệnh=-:rel379"
        " | Khoa điều trị=-:kward379 | Phòng số=-:room379 | Ngày đến=date@%d/%m/%Y"
        " | Dự kiến đi=date:leave379 | Chủ nhà trọ=-:host379 | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "lao_dong_o_lan_trai_cong_truong_cao_toc_nha_thau_khai_bao_luu_tru_cong_an_xa_vn379",
        "TT=row | Ho va ten=full_name:full_name_ascii | Ngay sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex | So CCCD=cccd:cccd_spaced | Que quan (tinh)=-:hometown379"
        " | Noi thuong tru=address:address_ascii | Nghe / vi tri=-:trade379 | To, doi=-:team379"
        " | Lan trai=-:camp379 | Ngay den=date@%d/%m/%Y | Ngay di (du kien)=date:until379"
        " | DT lien he=phone | Chi huy truong CT=-:foreman379 | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "so_dang_ky_khach_cong_tac_nghi_tai_nha_khach_ubnd_tinh_vn379",
        "STT=row | Họ và tên khách=full_name | Ngày tháng năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD/ĐDCN=cccd | Chức vụ=-:position379"
        " | Cơ quan công tác=-:agency379 | Giấy giới thiệu số=-:letter379 | Phòng=-:groom379"
        " | Ngày đến=date@%d/%m/%Y | Giờ đến=-:hour379 | Ngày đi=date:gleave379"
        " | Số đêm=-:nights379 | Đơn giá (đ/đêm)=-:rate379 | Điện thoại=phone"
        " | Lễ tân trực=-:receptionist379",
        file="xlsx",
    ),
    _shape(
        "khach_thue_can_ho_ngan_ngay_xuat_tu_ung_dung_quan_ly_luu_tru_asm_vn379",
        "#=row | Họ và tên=full_name | Ngày sinh (dd/MM/yyyy)=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Quốc tịch=-:nat379 | Loại giấy tờ=-:doctype379 | Số giấy tờ=cccd"
        " | Số điện thoại=phone | Email=email | Địa chỉ thường trú=address | Căn hộ=-:unit379"
        " | Thời gian đến=date:checkin379 | Thời gian đi dự kiến=date:checkout379"
        " | Lý do lưu trú=-:reason379 | Trạng thái=-:status379 | SĐT người đặt=-:booker379"
        " | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "shukuhakusha_meibo_ryokan_jp379",
        "No.=row | 宿泊日=date@%Y/%m/%d | 泊数=-:jp_nights379 | 部屋=-:jp_room379"
        " | 氏名=full_name:jp_name379 | フリガナ=full_name:jp_kana379 | 性別=sex:jp_sex379"
        " | 生年月日=birth_date:jp_birth379 | 郵便番号=postcode:jp_post379"
        " | 住所=address:jp_addr379 | 電話番号=phone:jp_phone379 | 国籍=-:jp_nat379"
        " | 同行者数=-:jp_party379 | 前泊地=-:jp_prev379 | 行先地=-:jp_next379"
        " | 備考=-:jp_note379",
        english=True,
        encoding="cp932",
        delimiter=",",
    ),
    _shape(
        "schedina_alloggiati_albergo_it379",
        "Prog.=row | Tipo alloggiato=-:it_type379 | Data arrivo=date@%d/%m/%Y"
        " | Gg permanenza=-:it_days379"
        " | Cognome=family_name:it_fam379 | Nome=given_name:it_given379 | Sesso=sex:it_sex379"
        " | Data nascita=birth_date@%d/%m/%Y | Comune nascita=-:it_born379"
        " | Prov. nascita=-:it_prov379 | Stato nascita=-:it_state379"
        " | Cittadinanza=-:it_state379 | Tipo documento=-:it_doc379"
        " | Numero documento=-:it_docno379 | Luogo rilascio=-:it_issue379"
        " | Codice fiscale=national_id:cf379 | Telefono=phone:it_phone379 | Camera=-:it_room379",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "parte_de_viajeros_vivienda_uso_turistico_es379",
        "Nº=row | Nº parte=-:es_parte379 | Tipo documento=-:es_doctype379"
        " | Número documento=national_id:dni379 | Número de soporte=-:es_support379"
        " | Fecha expedición=date:es_issued379 | Primer apellido=family_name:es_fam379"
        " | Segundo apellido=-:es_fam2_379 | Nombre=given_name:es_given379"
        " | Sexo=sex:es_sex379 | Fecha nacimiento=birth_date@%d/%m/%Y"
        " | Dirección=street:es_street379 | Localidad=district:es_town379"
        " | Código postal=postcode:es_cp379 | Teléfono=phone:es_phone379 | Correo=email"
        " | Parentesco=-:es_rel379 | Fecha entrada=date@%d/%m/%Y | Forma de pago=-:es_pay379",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "kbs_konaklama_bildirimi_otel_tr379",
        "Sıra=row | T.C. Kimlik No=national_id:tckn379 | Adı=given_name:tr_given379"
        " | Soyadı=family_name:tr_fam379 | Baba Adı=-:tr_father379 | Ana Adı=-:tr_mother379"
        " | Doğum Yeri=-:tr_pob379 | Doğum Tarihi=birth_date@%d.%m.%Y | Cinsiyet=sex:tr_sex379"
        " | Medeni Hali=-:tr_marital379 | Oda No=-:tr_room379 | Giriş Tarihi=date@%d.%m.%Y"
        " | Çıkış Tarihi=date:tr_out379 | Araç Plakası=-:tr_plate379"
        " | Cep Telefonu=phone:tr_phone379 | Bildirim Durumu=-:tr_state379",
        english=True,
        encoding="cp1254",
        delimiter=";",
    ),
    _shape(
        "tm30_kan_jaeng_thi_phak_khon_tang_dao_condo_th379",
        "ลำดับ=row | ชื่อ=given_name:th_given379 | ชื่อกลาง=-:th_middle379"
        " | นามสกุล=family_name:th_fam379 | เพศ=sex:th_sex379 | สัญชาติ=-:th_nat379"
        " | เลขที่หนังสือเดินทาง=national_id:th_pp379 | วันเกิด=birth_date:th_birth379"
        " | ประเภทการตรวจลงตรา=-:th_visa379 | วันที่เดินทางเข้า=date:th_entry379"
        " | วันครบกำหนดอนุญาต=date:th_until379 | วันที่เข้าพัก=date@%d/%m/%Y"
        " | ห้องเลขที่=-:th_room379 | โทรศัพท์=phone:th_phone379 | ชื่อเจ้าบ้าน=-:th_host379"
        " | เลขประจำตัวประชาชนเจ้าบ้าน=-:th_hostid379 | เลขที่ใบรับแจ้ง=-:th_receipt379",
        english=True,
        encoding="utf-8",
        delimiter=",",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("cf379", "dni379", "tckn379", "th_pp379")
SEX_HOLDS: tuple[str, ...] = ("jp_sex379", "it_sex379", "es_sex379", "tr_sex379", "th_sex379")
NAME_HOLDS = frozenset(
    {"jp_name379", "jp_kana379", "it_fam379", "it_given379", "es_fam379", "es_given379"}
    | {"tr_given379", "tr_fam379", "th_given379", "th_fam379"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "jp_phone379",
    "it_phone379",
    "es_phone379",
    "tr_phone379",
    "th_phone379",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND379",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND379",
]
