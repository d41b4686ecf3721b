"""The forty-eighth part of the outside corpus, **blind 48** (written 10:40 UTC, 2026-12-06, never
used for tuning): person files a ward's census follow-up team, a district court, a commune health
station, a border guard station, the Faroese social services, Curaçao's SVB, the Isle of Man's
Social Security Division, Sabah's welfare department and a Kurdistan Region social protection
office could hand over. Four Vietnamese files: a ward's list of residents checked again after
the mid-term population census, in Excel (the enumeration area and household number, the head of
household, real Excel dates of birth, ethnicity, religion and training, the street line, the
residents' group, the ward alone, the enumerator, the date of the check and what it found); a
district court's register of divorce cases in UTF-16 with tabs (the case number and date, the
plaintiff's name, birth date, sex, spaced CCCD, address and phone beside the defendant's, the date
the marriage was registered, the children, the claim, the judge, the outcome, the time last
updated); a commune health station's list of pregnant women in UTF-8 with a BOM and semicolons
(her name, birth date and CCCD, her health insurance card, her husband's name, year of birth and
phone, her address and phone, gravidity and parity, the last period, the due date, antenatal
visits, tetanus doses, the planned place of delivery, a note); and a border guard station's list
of fishermen in Windows-1258 with commas (the ward alone beside the full address, the boat's
registration, its owner and his phone, the fisherman's post on board, the gear, the engine
power, the crew, the sailing and expected return, the fishing ground, the control post).
Five foreign files: a Faroese benefits list in Latin-1 with semicolons and Faroese headers (the
P-tal ``DDMMYY-NNN`` with its mod 11 digit, odd for men; ``Bústaður``, ``Postnr.``, ``Bygd/býur``;
``+298`` phones; the next of kin, the benefit, the case officer); a Curaçao SVB pensioners' list
in Excel with Papiamentu headers and Dutch in brackets (the ten-digit sedula of birth date and
serial, ``Kaya`` street lines, the bario, ``+599 9`` phones, a contact person and her phone, the
pension); an Isle of Man list of benefit claimants in UTF-8 with a BOM (the ``MA`` national
insurance number, address line, town, ``IM`` postcodes, ``01624``/``07624`` phones, the GP
practice, next of kin, the benefit in payment); a Sabah welfare list in UTF-8 with tabs and Malay
headers (the MyKad with its birth date, birth place code and odd or even last digit, full names
with bin/binti, the address with postcode and district, and each alone, the heir and his phone,
the aid); and a Kurdistan Region social protection list in UTF-8 with a BOM and Sorani headers in
Arabic script (the three-part name, the mother's name, the twelve-digit national card number, the
ration card, governorate, city and neighbourhood, ``0750`` phones, the amount in dinars,
``yyyy/mm/dd`` dates).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind48_writers import WRITERS_BLIND48
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND48: tuple[Shape, ...] = (
    _shape(
        "phuc_tra_dieu_tra_dan_so_vn48",
        "STT=row | Mã địa bàn ĐT=-:ea48 | Số hộ=-:hh48 | Họ và tên chủ hộ=-:head48"
        " | Họ, chữ đệm và tên=full_name | Quan hệ với chủ hộ=-:relation48 | Giới tính=sex"
        " | Ngày, tháng, năm sinh=birth_date:excel_date | Số định danh cá nhân=cccd"
        " | Dân tộc=-:ethnic48 | Tôn giáo=-:religion48 | Trình độ CMKT=-:edu48"
        " | Số nhà, đường phố=street | Tổ dân phố=-:tdp48 | Phường=ward:ward48"
        " | Điều tra viên=-:enum48 | Ngày phúc tra=date:excel_event"
        " | Kết quả đối chiếu=-:match48",
        file="xlsx",
    ),
    _shape(
        "so_thu_ly_ly_hon_vn48",
        "STT=row | Số thụ lý=-:case48 | Ngày thụ lý=date@%d/%m/%Y | Loại án/việc=-:kind48"
        " | Nguyên đơn (người yêu cầu)=full_name | Ngày sinh NĐ=birth_date@%d/%m/%Y"
        " | Giới tính NĐ=sex | Số CCCD NĐ=cccd:cccd_spaced | Nơi cư trú NĐ=address"
        " | ĐT NĐ=phone | Bị đơn=-:def48 | Ngày sinh BĐ=-:def_birth48"
        " | Số CCCD BĐ=-:def_cccd48 | Nơi cư trú BĐ=-:def_addr48 | ĐT BĐ=-:def_phone48"
        " | Ngày ĐKKH=date:wed48 | Số con chung=-:kids48 | Yêu cầu=-:claim48"
        " | Thẩm phán=-:judge48 | Kết quả giải quyết=-:outcome48 | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "quan_ly_thai_san_vn48",
        "TT=row | Họ tên thai phụ=full_name:mother48 | Ngày sinh=birth_date:mother_birth48"
        " | Số CCCD=cccd:mother_cccd48 | Số thẻ BHYT=bhyt | Họ tên chồng=-:husband48"
        " | Năm sinh chồng=-:husband_year48 | SĐT chồng=-:husband_phone48"
        " | Địa chỉ=address | SĐT=phone | PARA=-:para48 | Ngày KCC=date:lmp48"
        " | Ngày dự sinh=date:edd48 | Số lần khám thai=-:visits48 | Tiêm UV=-:tt48"
        " | Nơi dự kiến sinh=-:birthplace48 | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "ngu_dan_tau_ca_bien_phong_vn48",
        "TT=row | Họ và tên=full_name | NS=birth_date@%d-%m-%Y | Số CCCD=cccd | HKTT=address"
        " | Xã/Phường=ward:ward48 | SĐT=phone:phone_dotted | Số ĐK tàu=-:boat48"
        " | Chủ tàu=-:owner48 | SĐT chủ tàu=-:owner_phone48 | Chức danh=-:crew48"
        " | Nghề=-:gear48 | Tổng CS máy (CV)=-:hp48 | Số TV=-:crew_n48"
        " | Ngày xuất bến=date@%d-%m-%Y | Ngày về (dự kiến)=date:return48"
        " | Ngư trường=-:ground48 | Trạm KSBP=-:post48",
        encoding="cp1258",
    ),
    _shape(
        "almannaverkid_veitingar_fo48",
        "Nr.=row | P-tal=national_id:ptal_fo48 | Fornavn=given_name:fo_given48"
        " | Eftirnavn=family_name:fo_family48 | Føðingardagur=birth_date@%d.%m.%Y"
        " | Kyn=sex:sex_fo48 | Bústaður=street:street_fo48 | Postnr.=postcode:postnr_fo48"
        " | Bygd/býur=district:town_fo48 | Telefon=phone:phone_fo48"
        " | Næsti avvarðandi=-:kin_fo48 | Veiting=-:benefit_fo48"
        " | Málsviðgeri=-:officer_fo48 | Játtað=date@%d.%m.%Y",
        english=True,
        encoding="latin-1",
        delimiter=";",
    ),
    _shape(
        "svb_pensionado_cw48",
        "No.=row | Number di sedula (ID-nummer)=national_id:sedula_cw48"
        " | Fam (Achternaam)=family_name:cw_family48 | Nòmber (Voornamen)=given_name:cw_given48"
        " | Fecha di nasementu (Geboortedatum)=birth_date@%d-%m-%Y | Sekso=sex:sex_cw48"
        " | Adrès=street:street_cw48 | Bario (Wijk)=suburb:bario_cw48"
        " | Telefòn=phone:phone_cw48 | Persona di kontakto=-:contact_cw48"
        " | Telefòn kontakto=-:contact_phone_cw48 | Tipo di pensioen=-:pension_cw48"
        " | Fecha di inskripshon=date@%d-%m-%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "benefit_claimants_im48",
        "Ref.=row | NI Number=national_id:ni_im48 | Surname=family_name | Forename(s)=given_name"
        " | Date of Birth=birth_date@%d/%m/%Y | Sex=sex:sex_en | Address Line 1=street:street_im48"
        " | Town/Village=district:town_im48 | Postcode=postcode:postcode_im48"
        " | Telephone=phone:phone_im48 | E-mail=email | GP Practice=-:gp_im48"
        " | Next of Kin=-:kin_im48 | Benefit in Payment=-:benefit_im48"
        " | Date Paid=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "penerima_bantuan_jkm_sabah_my48",
        "Bil.=row | No. MyKad=national_id:mykad_my48 | Nama Penuh=full_name:name_my48"
        " | Tarikh Lahir=birth_date@%d/%m/%Y | Jantina=sex:sex_my48 | Etnik=-:ethnic_my48"
        " | Alamat Kediaman=address:address_my48 | Poskod=postcode:postcode_my48"
        " | Daerah=district:daerah_my48 | No. Tel. Bimbit=phone:phone_my48"
        " | Nama Waris=-:heir_my48 | Hubungan=-:heir_rel_my48"
        " | No. Tel. Waris=-:heir_phone_my48 | Jenis Bantuan=-:aid_my48"
        " | Tarikh Lulus=date@%d/%m/%Y",
        english=True,
        delimiter="\t",
    ),
    _shape(
        "torri_parastin_krg48",
        "ژ=row | ناوی سیانی=full_name:name_ku48 | ناوی دایک=-:mother_ku48"
        " | ڕەگەز=sex:sex_ku48 | ڕێکەوتی لەدایکبوون=birth_date@%Y/%m/%d"
        " | شوێنی لەدایکبوون=-:birthplace_ku48 | ژمارەی کارتی نیشتمانی=national_id:nid_ku48"
        " | ژمارەی فۆرمی خۆراک=-:ration_ku48 | پارێزگا=state:gov_ku48"
        " | شار/قەزا=district:city_ku48 | گەڕەک=suburb:hood_ku48"
        " | ژمارەی مۆبایل=phone:phone_ku48 | بڕی یارمەتی (دینار)=-:amount_ku48"
        " | ڕێکەوتی تۆمارکردن=date@%Y/%m/%d",
        english=True,
        encoding="utf-8-sig",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "ptal_fo48",
    "sedula_cw48",
    "ni_im48",
    "mykad_my48",
    "nid_ku48",
)
SEX_HOLDS: tuple[str, ...] = ("sex_fo48", "sex_cw48", "sex_my48", "sex_ku48")
NAME_HOLDS = frozenset(
    {"mother48", "fo_given48", "fo_family48", "cw_family48", "cw_given48"}
    | {"name_my48", "name_ku48"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_fo48",
    "phone_cw48",
    "phone_im48",
    "phone_my48",
    "phone_ku48",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("address_my48",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND48",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND48",
]
