"""The three-hundred-and-eighty-second part of the outside corpus, **blind 382** (written 18:42
UTC, 2026-12-07, never used for tuning): person files a district library's children's section, a
university library, a provincial library's mobile van, a provincial library's room for blind
readers, a Finnish city library, a Brazilian municipal library, a Korean public library, an Irish
county library service and a Romanian county library could hand over. Four Vietnamese files: a
district library's book of parents and grandparents standing guarantor for children's reader
cards, in UTF-8 with a BOM and semicolons (the guarantor's CCCD, the relation, the child's name,
birth date, school and class, the card number, its validity and fee); a university library's list
of overdue borrowers in Excel (the reader code, the reader type, the faculty, the item's barcode
and title, the loan date and due date, the days late, the fine, the action taken); a mobile
library van's loan sheet at commune stops in Windows-1258 with tabs (the stop, the day served,
the spaced CCCD, the rural home, the material and number of books, the next visit, the
librarian, an empty signature column); and a provincial library's register of blind and
low-vision readers in UTF-16 with tabs (the ĐDCN, the disability and its certificate number, the
home split into street, ward and province after the 2025 merger, the service, a helper and the
helper's phone, the time last updated).
Five foreign files: a Finnish library customer register in Windows-1252 with semicolons and
Finnish/Swedish headers (the henkilötunnus with its mod 31 character, bilingual town names, the
card number, the home library, fees and a borrowing block); a Brazilian municipal library's
register of guardians signing for children's cards in Excel (the guardian's CPF with its two check
digits, the child's name, birth date and school, bairro, município, UF, CEP); a Korean public
library's member list in CP949 (the masked resident registration number, the name in Hangul, a
road-name address with the dong, the 책이음 membership, overdue status); an Irish county library
members list in UTF-8 with Irish/English headers (the PPS number with its mod 23 letter, town,
county, Eircode, branch and category); and a Romanian county library's reader register in UTF-8
with a BOM (the CNP with its weighted digit, the locality and județ, the occupation, the studies,
the annual visa).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind382_writers import WRITERS_BLIND382
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND382: tuple[Shape, ...] = (
    _shape(
        "nguoi_bao_lanh_cap_the_ban_doc_thieu_nhi_thu_vien_quan_vn382",
        "STT=row | Họ tên người bảo lãnh=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Quan hệ với trẻ=-:rel382 | Họ tên bạn đọc nhỏ tuổi=-:child382"
        " | Ngày sinh của trẻ=-:child_dob382 | Trường=-:school382 | Lớp=-:grade382"
        " | Địa chỉ thường trú=address | SĐT liên hệ=phone | Số thẻ bạn đọc=-:card382"
        " | Ngày làm thẻ=date@%d/%m/%Y | Thời hạn thẻ=-:validity382 | Lệ phí (đ)=-:fee382"
        " | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "ban_doc_qua_han_tra_tai_lieu_trung_tam_thong_tin_thu_vien_dai_hoc_vn382",
        "STT=row | Mã bạn đọc=-:reader382 | Họ và tên=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Đối tượng=-:kind382 | Đơn vị=-:faculty382"
        " | Số CCCD=cccd | Email=email | Điện thoại=phone | ĐKCB=-:barcode382"
        " | Nhan đề tài liệu=-:title382 | Ngày mượn=date@%d/%m/%Y | Hạn trả=date:due382"
        " | Số ngày quá hạn=-:late382 | Tiền phạt (VNĐ)=-:fine382 | Xử lý=-:action382",
        file="xlsx",
    ),
    _shape(
        "so_muon_sach_xe_thu_vien_luu_dong_diem_phuc_vu_xa_vn382",
        "TT=row | Điểm phục vụ=-:stop382 | Ngày phục vụ=date@%d-%m-%Y | Họ và tên=full_name"
        " | NS=birth_date@%d-%m-%Y | Nam/Nữ=sex | CCCD=cccd:cccd_spaced"
        " | Nơi ở=address:rural_addr382 | ĐT=phone | Loại tài liệu=-:material382"
        " | SL (cuốn)=-:count382 | Hẹn trả=date:next_visit382 | CB thư viện=-:librarian382"
        " | Ký nhận=-:sign382",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "ban_doc_khiem_thi_phong_doc_dac_biet_thu_vien_tinh_vn382",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số ĐDCN=cccd | Dạng tật=-:disab382 | Số giấy XNKT=-:xnkt382"
        " | Số nhà, đường/thôn=street:vn_street382 | Phường/Xã=ward:vn_ward382"
        " | Tỉnh/TP=province:vn_prov382 | Hình thức phục vụ=-:service382"
        " | Người hỗ trợ=-:helper382 | SĐT người hỗ trợ=-:helper_phone382 | Điện thoại=phone"
        " | Ngày đăng ký=date@%d/%m/%Y | Cập nhật lần cuối=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "kirjaston_asiakasrekisteri_fi382",
        "Nro=row | Henkilötunnus / Personbeteckning=national_id:hetu382"
        " | Sukunimi / Efternamn=family_name:fi_family382"
        " | Etunimet / Förnamn=given_name:fi_given382"
        " | Syntymäaika / Födelsedatum=birth_date@%d.%m.%Y"
        " | Lähiosoite / Näraddress=street:fi_street382"
        " | Postinumero / Postnummer=postcode:fi_postcode382"
        " | Postitoimipaikka / Postanstalt=district:fi_town382"
        " | Puhelin / Telefon=phone:fi_phone382 | Sähköposti / E-post=email"
        " | Kirjastokortti nro=-:fi_cardno382 | Kotikirjasto / Hemmabibliotek=-:fi_library382"
        " | Maksut € / Avgifter €=-:fi_fees382 | Lainauskielto / Lånespärr=-:fi_block382"
        " | Rekisteröity / Registrerad=date@%d.%m.%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "termo_responsabilidade_leitor_menor_biblioteca_municipal_br382",
        "Nº=row | Nome do responsável=full_name:br_name382"
        " | CPF do responsável=national_id:cpf382"
        " | Data de nascimento=birth_date@%d/%m/%Y | Parentesco=-:br_kin382"
        " | Nome do leitor (menor)=-:br_child382"
        " | Nascimento do menor=-:br_child_dob382 | Escola=-:br_school382"
        " | Endereço=street:br_street382 | Bairro=suburb:br_bairro382"
        " | Município=district:br_city382 | UF=state:br_uf382 | CEP=postcode:br_cep382"
        " | Telefone/WhatsApp=phone:br_phone382 | E-mail=email"
        " | Nº carteirinha=-:br_card382 | Data de inscrição=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "dosogwan_hoewon_myeongbu_kr382",
        "연번=row | 회원번호=-:kr_member382 | 성명=full_name:kr_name382"
        " | 생년월일=birth_date@%Y.%m.%d | 주민등록번호=national_id:rrn_kr382"
        " | 성별=sex:sex_kr382 | 휴대전화=phone:kr_phone382 | 주소=address:kr_addr382"
        " | 회원구분=-:kr_kind382 | 대출중 권수=-:kr_loans382"
        " | 최근 대출일=date@%Y-%m-%d | 연체/정지=-:kr_late382",
        english=True,
        encoding="cp949",
    ),
    _shape(
        "library_members_county_council_ie382",
        "Uimh. / No.=row | Uimhir Bhallraíochta / Member No.=-:ie_member382"
        " | Uimhir PPS / PPS No.=national_id:pps382"
        " | Sloinne / Surname=family_name:ie_family382"
        " | Céadainm / First Name=given_name:ie_given382"
        " | Dáta Breithe / Date of Birth=birth_date@%d/%m/%Y"
        " | Seoladh / Address=street:ie_street382 | Baile / Town=district:ie_town382"
        " | Contae / County=state:ie_county382 | Éirchód / Eircode=postcode:ie_eircode382"
        " | Fón Póca / Mobile=phone:ie_phone382 | Ríomhphost / Email=email"
        " | Leabharlann Baile / Home Library=-:ie_branch382"
        " | Catagóir / Category=-:ie_cat382 | Dáta Cláraithe / Date Joined=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "registru_evidenta_cititori_biblioteca_judeteana_ro382",
        "Nr. crt.=row | Nr. permis=-:ro_permis382 | Numele=family_name:ro_family382"
        " | Prenumele=given_name:ro_given382 | CNP=national_id:cnp382"
        " | Data naşterii=birth_date@%d.%m.%Y | Sex=sex:sex_ro382"
        " | Domiciliul=street:ro_street382 | Localitatea=district:ro_loc382"
        " | Judeţul=province:ro_judet382 | Cod poştal=postcode:ro_cp382"
        " | Telefon=phone:ro_phone382 | E-mail=email | Ocupaţia=-:ro_job382"
        " | Studii=-:ro_studies382 | Data înscrierii=date@%d.%m.%Y"
        " | Viza anuală=-:ro_visa382",
        english=True,
        encoding="utf-8-sig",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("hetu382", "cpf382", "rrn_kr382", "pps382", "cnp382")
SEX_HOLDS: tuple[str, ...] = ("sex_kr382", "sex_ro382")
NAME_HOLDS = frozenset(
    {"fi_family382", "fi_given382", "br_name382", "kr_name382", "ie_family382", "ie_given382"}
    | {"ro_family382", "ro_given382"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "fi_phone382",
    "br_phone382",
    "kr_phone382",
    "ie_phone382",
    "ro_phone382",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("rural_addr382", "kr_addr382")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND382",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND382",
]
