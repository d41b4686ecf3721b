"""The three hundred and forty-ninth part of the outside corpus, **blind 349** (written 12:55 UTC,
2026-12-07, never used for tuning): person files a commune supervising suspended sentences, a
district's social policy bank branch, a commune's drug rehabilitation team, a commune applying
education measures, a Slovak probation office, a Lithuanian probation service, a Belarusian
criminal-executive inspectorate, the Maltese probation services and the Cypriot probation
services could hand over. Four Vietnamese files: a commune's quarterly review book of people on
suspended sentences (án treo) in Windows-1258 with semicolons (the judgment number, the court,
the offence, the suspended term and the probation term, its start, the person assigned to
supervise, the quarter's review, a proposal to shorten the probation); a bank branch's list of
people released from prison proposed for a community reintegration loan in Excel (the prison,
the release date and certificate, the purpose and amount of the loan, the savings group and its
head); a commune's list of people in voluntary drug rehabilitation at home in UTF-16 with tabs
(the drug, the commune chairman's decision, its date and term, the family guardian, the
relationship and phone, the rehabilitation team, the last test result, the time last updated);
and a commune's report on people under the education-at-commune measure, headers without
diacritics, in UTF-8 with a BOM (the offence, the decision, its term and end date, the mentor,
the assessment, the reason to end the measure early).
Five foreign files: a Slovak probation list in Windows-1250 with semicolons (the rodné číslo
divisible by 11, ulica/PSČ/obec, the court file mark, the probation officer); a Lithuanian
probation list in UTF-8 (the asmens kodas with its check digit, a full address with LT- postcode,
the savivaldybė, the court and the penalty); a Belarusian inspectorate list in Windows-1251 with
Russian and Belarusian headers (the identification number with its 7-3-1 digit, the patronymic,
the passport beside it, the inspector); a Maltese probation services list in Excel (the ID card
number ending in M or G, Maltese localities and postcodes, the order); and a Cypriot probation
list in Windows-1253 with Greek headers (the identity card number, Greek street names, postcode
and town, the case number and officer).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind349_writers import WRITERS_BLIND349
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND349: tuple[Shape, ...] = (
    _shape(
        "so_nhan_xet_hang_quy_nguoi_huong_an_treo_de_nghi_rut_ngan_thu_thach_vn349",
        "STT=row | Họ và tên người được hưởng án treo=full_name"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Nơi cư trú=address | Bản án số=-:judgment349 | Tòa án xét xử=-:court349"
        " | Tội danh=-:crime349 | Mức hình phạt tù=-:sentence349"
        " | Thời gian thử thách=-:probation349 | Ngày bắt đầu tính TGTT=date@%d/%m/%Y"
        " | Người được giao giám sát, giáo dục=-:supervisor349"
        " | Nhận xét quý IV/2025=-:review349 | Đề nghị=-:proposal349",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nguoi_chap_hanh_xong_an_tu_de_nghi_vay_von_tai_hoa_nhap_nhcsxh_vn349",
        "TT=row | Họ và tên người vay=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Địa chỉ cư trú=address"
        " | Ra trại từ (trại giam)=-:prison349 | Ngày ra trại=date@%d/%m/%Y"
        " | Số GCN chấp hành xong án phạt tù=-:release_cert349"
        " | Mục đích sử dụng vốn vay=-:loan_use349 | Số tiền đề nghị vay (đồng)=-:loan349"
        " | Tổ TK&VV=-:savings_group349 | Tổ trưởng=-:group_head349 | Điện thoại=phone",
        file="xlsx",
    ),
    _shape(
        "nguoi_cai_nghien_ma_tuy_tu_nguyen_tai_gia_dinh_to_cong_tac_xa_vn349",
        "STT=row | Họ tên người cai nghiện=full_name | Giới=sex"
        " | Ngày sinh=birth_date@%d-%m-%Y | CCCD=cccd:cccd_spaced | Nơi cư trú=address"
        " | Loại ma túy sử dụng=-:drug349"
        " | QĐ cai nghiện tự nguyện tại gia đình số=-:rehab_decision349"
        " | Ngày QĐ=date@%d-%m-%Y | Thời hạn (tháng)=-:rehab_months349"
        " | Người giám hộ/gia đình=-:guardian349 | Quan hệ=-:relation349"
        " | SĐT gia đình=-:guardian_phone349 | Tổ công tác cai nghiện=-:rehab_team349"
        " | KQ xét nghiệm gần nhất=-:test349 | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "bao_cao_nguoi_bi_ap_dung_bien_phap_giao_duc_tai_xa_de_nghi_cham_dut_vn349",
        "STT=row | Ho va ten=full_name | Ngay sinh=birth_date@%d/%m/%Y | Gioi tinh=sex"
        " | So dinh danh ca nhan=cccd | Noi cu tru=address | Hanh vi vi pham=-:act349"
        " | So QD ap dung=-:edu_decision349 | Thoi han (thang)=-:edu_months349"
        " | Ngay het thoi han=date@%d/%m/%Y | Nguoi duoc giao quan ly, giup do=-:mentor349"
        " | Danh gia chap hanh=-:assess349 | Ly do de nghi cham dut truoc thoi han=-:early349",
        encoding="utf-8-sig",
    ),
    _shape(
        "probacny_dohlad_odsudeni_sk349",
        "P.č.=row | Rodné číslo=national_id:rc_sk349 | Priezvisko=family_name:sk_family349"
        " | Meno=given_name:sk_given349 | Dátum narodenia=birth_date@%d.%m.%Y"
        " | Pohlavie=sex:sex_sk349 | Trvalý pobyt – ulica, číslo=street:street_sk349"
        " | PSČ=postcode:psc_sk349 | Obec=district:obec_sk349 | Telefón=phone:phone_sk349"
        " | Spisová značka=-:spis_sk349 | Súd=-:court_sk349"
        " | Probačný a mediačný úradník=-:officer_sk349 | Právoplatnosť rozsudku=date@%d.%m.%Y",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
    _shape(
        "probacijos_tarnyba_nuteistieji_lt349",
        "Eil. Nr.=row | Asmens kodas=national_id:ak_lt349 | Vardas=given_name:lt_given349"
        " | Pavardė=family_name:lt_family349 | Gimimo data=birth_date@%Y-%m-%d"
        " | Lytis=sex:sex_lt349 | Gyvenamosios vietos adresas=address:addr_lt349"
        " | Savivaldybė=district:sav_lt349 | Tel. Nr.=phone:phone_lt349"
        " | Teismas=-:court_lt349 | Bausmė=-:penalty_lt349 | Nuosprendžio data=date@%Y-%m-%d"
        " | Atsakingas pareigūnas=-:officer_lt349",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "uii_uchet_osuzhdennyh_by349",
        "№ п/п=row | Идентификационный номер / Ідэнтыфікацыйны нумар=national_id:id_by349"
        " | Фамилия / Прозвішча=family_name:by_family349 | Имя / Імя=given_name:by_given349"
        " | Отчество=-:by_patr349 | Дата рождения=birth_date@%d.%m.%Y | Пол=sex:sex_by349"
        " | Адрес регистрации=address:addr_by349 | Телефон=phone:phone_by349"
        " | Паспорт (серия, №)=-:passport_by349 | Вид наказания=-:penalty_by349"
        " | Дата постановки на учёт=date@%d.%m.%Y | Инспектор=-:officer_by349",
        english=True,
        encoding="cp1251",
        delimiter=";",
    ),
    _shape(
        "probation_services_orders_mt349",
        "No.=row | ID Card No.=national_id:id_mt349 | Surname / Kunjom=family_name:mt_family349"
        " | Name / Isem=given_name:mt_given349 | Date of Birth=birth_date@%d/%m/%Y"
        " | Sex=sex:sex_mt349 | Address=street:street_mt349 | Locality=district:locality_mt349"
        " | Post Code=postcode:pc_mt349 | Mobile=phone:phone_mt349 | Court Case No.=-:case_mt349"
        " | Type of Order=-:order_mt349 | Date of Order=date@%d/%m/%Y"
        " | Probation Officer=-:officer_mt349",
        english=True,
        file="xlsx",
    ),
    _shape(
        "ypiresies_epitirisis_kyproy_cy349",
        "Α/Α=row | Αρ. Δελτίου Ταυτότητας=national_id:id_cy349"
        " | Επώνυμο=family_name:cy_family349 | Όνομα=given_name:cy_given349"
        " | Ημερ. Γέννησης=birth_date@%d/%m/%Y | Φύλο=sex:sex_cy349"
        " | Διεύθυνση=street:street_cy349 | Τ.Κ.=postcode:pc_cy349 | Πόλη=district:town_cy349"
        " | Τηλέφωνο=phone:phone_cy349 | Αρ. Υπόθεσης=-:case_cy349"
        " | Είδος Διατάγματος=-:order_cy349 | Ημερ. Απόφασης=date@%d/%m/%Y"
        " | Λειτουργός Ευημερίας=-:officer_cy349",
        english=True,
        encoding="cp1253",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("rc_sk349", "ak_lt349", "id_by349", "id_mt349", "id_cy349")
SEX_HOLDS: tuple[str, ...] = ("sex_sk349", "sex_lt349", "sex_by349", "sex_mt349", "sex_cy349")
NAME_HOLDS = frozenset(
    {"sk_family349", "sk_given349", "lt_given349", "lt_family349", "by_family349"}
    | {"by_given349", "mt_family349", "mt_given349", "cy_family349", "cy_given349"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_sk349",
    "phone_lt349",
    "phone_by349",
    "phone_mt349",
    "phone_cy349",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_lt349", "addr_by349")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND349",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND349",
]
