"""The twenty-seventh part of the outside corpus, **blind 27** (written 05:33 UTC, 2026-12-06,
never used for tuning): person files a high-school graduation exam board, a maternity hospital, a
cemetery's management board, a commune's legal-aid desk, the Belize Social Security Board, a
Libyan family-grant office, Malawi's social cash transfer programme, Cyprus's General Health
System (ΓεΣΥ) and Timor-Leste's old-age and disability allowance could hand over, in layouts no
other part uses. Four Vietnamese files: a graduation exam's candidates in Excel (``SBD``, the
school, the exam cluster, the optional subject combination, the exam date and a parent with his
phone); a maternity hospital's newborns in UTF-8 with a byte-order mark and semicolons (the
mother is the record's person; the baby's name, sex, weight and hour of birth, the father's name
and phone); a cemetery's burial register in Windows-1258 with commas (the deceased, the date of
death, the plot, and the relative who registered the burial with his phone); and a commune's
legal-aid recipients separated by ``|`` with unaccented snake-case headers (the group entitled
to aid, the field of law, the form of aid, the date the case was accepted and the legal-aid
officer with her phone).
Five foreign files: a Belizean SSB list in UTF-8 (``SS No.`` of nine digits with no published
check digit, ``12 Albert Street, Belize City`` addresses, the district in place of a postcode,
``+501 622-1234`` phones, the next of kin); a Libyan family-grant list in Windows-1256 with
Arabic headers (``الرقم الوطني`` of twelve digits: 1 or 2 for the sex, the birth year, a
serial; the father's and grandfather's names, ``yyyy/mm/dd`` dates, ``ص.ب`` post boxes,
``091-1234567`` phones, the agent who collects the grant); a Malawian SCTP list in UTF-8 (the
eight-character ``National ID`` with no published check digit, ``12-Mar-1985`` dates, village
and Traditional Authority addresses, the post box in place of a postcode, ``0888 123 456``
phones, the alternate receiver); a Cypriot ΓεΣΥ list in Excel with Greek headers (``Αρ.
Ταυτότητας`` of up to seven digits with no published check digit, the tax code ``Α.Φ.Τ.`` with
its check letter beside it, ``12/03/1985`` dates, four-digit postcodes, ``99 123456`` phones, the
personal doctor); and a Timorese SAII list in Latin-1 with Portuguese and Tetum headers (the
electoral card number, ``Aldeia``/``Suco``/``Posto Administrativo`` addresses, the municipality
in place of a postcode, ``+670 7723 4567`` phones, the ``procurador`` who collects the
allowance).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind27_writers import WRITERS_BLIND27
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND27: tuple[Shape, ...] = (
    _shape(
        "thi_sinh_tot_nghiep_vn27",
        "STT=row | SBD=-:sbd27 | Họ và tên thí sinh=full_name"
        " | Ngày sinh=birth_date:pupil_birth27 | Giới tính=sex | Số CCCD=cccd:pupil_cccd27"
        " | Trường THPT=-:school27 | Cụm thi=-:cluster27 | Bài thi tự chọn=-:combo27"
        " | Địa chỉ thường trú=address | Mã bưu chính=postcode:exam_post27 | SĐT=phone"
        " | Họ tên cha/mẹ=-:parent27 | SĐT cha/mẹ=-:parent_phone27"
        " | Ngày thi=date:exam_day27",
        file="xlsx",
    ),
    _shape(
        "tre_so_sinh_vn27",
        "STT=row | Mã HS=-:record27 | Họ tên mẹ=full_name:mother27"
        " | Ngày sinh mẹ=birth_date:mother_birth27 | CCCD mẹ=cccd:mother_cccd27"
        " | Số thẻ BHYT=bhyt | Địa chỉ=address | Mã BC=postcode:birth_post27 | ĐT mẹ=phone"
        " | Họ tên con=-:baby27 | Giới tính con=-:baby_sex27 | Cân nặng (g)=-:weight27"
        " | Giờ sinh=-:hour27 | Ngày sinh con=date@%d/%m/%Y | Họ tên cha=-:father27"
        " | ĐT cha=-:father_phone27",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "so_an_tang_vn27",
        "STT=row | Số sổ=-:book27 | Họ tên người mất=full_name | Năm sinh=birth_date:birth_year27"
        " | Giới tính=sex | Số ĐDCN=cccd | Nơi cư trú cuối cùng=address"
        " | Mã bưu chính=postcode:grave_post27 | Ngày mất=date@%d/%m/%Y"
        " | Ngày an táng=-:burial27 | Khu/Lô/Số mộ=-:plot27 | Người đăng ký=-:registrant27"
        " | Quan hệ=-:kin27 | SĐT người đăng ký=-:registrant_phone27",
        encoding="cp1258",
        delimiter=",",
    ),
    _shape(
        "tro_giup_phap_ly_vn27",
        "stt=row | ho_ten=full_name:full_name_ascii | ngay_sinh=birth_date@%d/%m/%Y"
        " | gioi_tinh=sex:sex_ascii27 | so_cccd=cccd | dia_chi=address:address_ascii"
        " | ma_buu_chinh=postcode:aid_post27 | dien_thoai=phone | dien_tro_giup=-:group27"
        " | linh_vuc=-:field27 | hinh_thuc=-:form27 | ngay_thu_ly=date@%d/%m/%Y"
        " | tro_giup_vien=-:officer27 | sdt_tgv=-:officer_phone27",
        delimiter="|",
    ),
    _shape(
        "ssb_insured_bz27",
        "Item=row | SS No.=national_id:ssn_bz27 | Last Name=family_name:bz_family27"
        " | First Name=given_name:bz_given27 | DOB=birth_date@%d/%m/%Y | Sex=sex:sex_bz27"
        " | Address=address:address_bz27 | District=postcode:district_bz27"
        " | Phone=phone:phone_bz27 | Next of Kin=-:nok_bz27 | NOK Phone=-:nok_phone_bz27"
        " | Reg. Date=date@%d/%m/%Y",
        english=True,
    ),
    _shape(
        "minhat_usra_ly27",
        "ت=row | الرقم الوطني=national_id:nid_ly27 | الاسم=given_name:ly_given27"
        " | اسم الأب=-:father_ly27 | اسم الجد=-:grandfather_ly27"
        " | اللقب=family_name:ly_family27 | تاريخ الميلاد=birth_date@%Y/%m/%d"
        " | الجنس=sex:sex_ly27 | العنوان=address:address_ly27 | ص.ب=postcode:box_ly27"
        " | رقم الهاتف=phone:phone_ly27 | اسم الوكيل=-:agent_ly27"
        " | هاتف الوكيل=-:agent_phone_ly27 | تاريخ التسجيل=date@%Y/%m/%d",
        english=True,
        encoding="cp1256",
        delimiter=";",
    ),
    _shape(
        "sctp_beneficiaries_mw27",
        "S/N=row | HH Code=-:hh_mw27 | National ID=national_id:nid_mw27"
        " | Surname=family_name:mw_family27 | First Name=given_name:mw_given27"
        " | Date of Birth=birth_date@%d-%b-%Y | Sex=sex:sex_mw27"
        " | Physical Address=address:address_mw27 | Postal Address=postcode:box_mw27"
        " | Phone No.=phone:phone_mw27 | Alternate Receiver=-:alt_mw27"
        " | Alt. Receiver Phone=-:alt_phone_mw27 | Date Enrolled=date@%d-%b-%Y",
        english=True,
    ),
    _shape(
        "gesy_dikaiouchoi_cy27",
        "Α/Α=row | Αρ. Ταυτότητας=national_id:id_cy27 | Α.Φ.Τ.=-:tic_cy27"
        " | Επώνυμο=family_name:cy_family27 | Όνομα=given_name:cy_given27"
        " | Ημ. Γέννησης=birth_date@%d/%m/%Y | Φύλο=sex:sex_cy27"
        " | Διεύθυνση=address:address_cy27 | Τ.Κ.=postcode:post_cy27"
        " | Τηλέφωνο=phone:phone_cy27 | Προσωπικός Ιατρός=-:doctor_cy27"
        " | Τηλ. Ιατρού=-:doctor_phone_cy27 | Ημ. Εγγραφής=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "saii_benefisiariu_tl27",
        "Nú.=row | Nú. Kartaun Eleitorál=national_id:card_tl27 | Naran Kompletu=full_name:tl_name27"
        " | Data Moris=birth_date@%d/%m/%Y | Seksu=sex:sex_tl27 | Hela fatin=address:address_tl27"
        " | Munisípiu=postcode:municipio_tl27 | Nú. Telefone=phone:phone_tl27"
        " | Procurador=-:proxy_tl27 | Telefone Procurador=-:proxy_phone_tl27"
        " | Data Rejistu=date@%d/%m/%Y",
        english=True,
        encoding="latin-1",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new (``31-Feb-1985`` is written
#: as in earlier parts' ``%d-%b-%Y`` files).
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("ssn_bz27", "nid_ly27", "nid_mw27", "id_cy27", "card_tl27")
SEX_HOLDS: tuple[str, ...] = ("sex_ascii27", "sex_bz27", "sex_ly27", "sex_mw27", "sex_cy27")
SEX_HOLDS += ("sex_tl27",)
NAME_HOLDS = frozenset(
    {"bz_family27", "bz_given27", "ly_given27", "ly_family27", "mw_family27", "mw_given27"}
    | {"cy_family27", "cy_given27", "tl_name27", "mother27"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_bz27",
    "phone_ly27",
    "phone_mw27",
    "phone_cy27",
    "phone_tl27",
)
#: addresses written with ``", "`` between their parts (the Libyan one with Arabic commas)
ADDRESS_HOLDS: tuple[str, ...] = ("address_bz27", "address_mw27", "address_cy27", "address_tl27")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND27",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND27",
]
