"""The forty-ninth part of the outside corpus, **blind 49** (written 10:45 UTC, 2026-12-06, never
used for tuning): person files a ward's urban-order team, a province's labour department, a power
company, a bank branch, Mariehamn's harbour office, South Tyrol's housing institute, Jeju's
agriculture bureau, French Polynesia's CPS and Bermuda's Department of Financial Assistance could
hand over. Four Vietnamese files: a ward's licensed sidewalk vendors in UTF-16 with tabs (the
vendor's home, the residents' group, the spot on the pavement that is not her home, the goods,
the area in m2, the hours, the permit and its date, the monthly fee); a province's returned
overseas contract workers in Excel (real Excel dates, the passport beside the CCCD, the home
village, the country and the firm that sent them, the dates of leaving and coming home, the
reason, the help wanted, a relative); a power company's rooftop solar contracts in UTF-8 with a
BOM and ASCII capital headers (``MA_KH``, ``TEN_KH``, ``DIA_CHI_SD_DIEN``, the contract, kWp, the
two-way meter, the substation, the bank account paid into, the time last updated); and a bank's
borrowers in Windows-1258 with semicolons (the credit contract, the amount, the rate, the
disbursement and due dates, the guarantor with his own CCCD, relation and phone, the debt group,
the loan officer, the time last updated).
Five foreign files: an Åland boat-berth list in UTF-8 with semicolons and Swedish headers (the
``Personbeteckning`` with its century sign and mod 31 check character, ``d.m.yyyy`` dates,
``AX-22100`` postcodes, the post office in capitals, the harbour, berth and boat); a South Tyrol
housing ranking in Excel with German/Italian headers (the codice fiscale with its Belfiore code and
check letter, bilingual street and municipality names, the place of birth, the language group, the
points); a Jeju tangerine-farm register in CP949 with Korean headers (the resident registration
number with its mod 11 digit, road-name addresses, the eup/myeon/dong alone, the orchard's lot, an
emergency contact); a French Polynesian CPS list in UTF-8 with a BOM and French/Tahitian headers
(the seven-digit DN number, surnames in capitals, the married name, PK addresses, the commune and
archipelago, eight-digit phones, a dependant); and a Bermudian financial-assistance list in UTF-8
with English forms (the social insurance number, ``12 March 1985`` dates, the parish and ``WK 06``
postcodes, ``(441) 295-1234`` phones, the employer, next of kin and caseworker).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind49_writers import WRITERS_BLIND49
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND49: tuple[Shape, ...] = (
    _shape(
        "ban_hang_via_he_cap_phep_vn49",
        "STT=row | Họ và tên người bán=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Nơi cư trú=address | Tổ dân phố=-:tdp49"
        " | Vị trí sử dụng vỉa hè=-:spot49 | Mặt hàng kinh doanh=-:goods49"
        " | Diện tích (m2)=-:area49 | Khung giờ=-:hours49 | Số giấy phép=-:permit49"
        " | Ngày cấp phép=date@%d/%m/%Y | Phí (đồng/tháng)=-:fee49 | Số ĐT=phone"
        " | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "lao_dong_ve_nuoc_vn49",
        "TT=row | Họ và tên=full_name | Ngày tháng năm sinh=birth_date:excel_date | Giới tính=sex"
        " | Số CCCD=cccd | Số hộ chiếu=-:passport49"
        " | Địa chỉ thường trú (thôn, xã, tỉnh)=address:home_vn49"
        " | Nước đến làm việc=-:country49 | Doanh nghiệp đưa đi=-:firm49"
        " | Ngành nghề=-:trade49 | Ngày xuất cảnh=date:depart49"
        " | Ngày về nước=date:excel_event | Lý do về nước=-:reason49"
        " | Nhu cầu hỗ trợ=-:need49 | SĐT liên hệ=phone | Người thân (quan hệ)=-:kin49",
        file="xlsx",
    ),
    _shape(
        "dien_mat_troi_mai_nha_vn49",
        "STT=row | MA_KH=-:makh49 | TEN_KH=full_name | SO_CCCD=cccd"
        " | NGAY_SINH=birth_date@%Y-%m-%d | DIA_CHI_SD_DIEN=address | SDT=phone | EMAIL=email"
        " | MST_CA_NHAN=mst | SO_HD_MBD=-:contract49 | NGAY_KY_HD=date@%d/%m/%Y"
        " | CONG_SUAT_KWP=-:kwp49 | SO_CONG_TO_2C=-:meter49 | TRAM_BIEN_AP=-:station49"
        " | SO_TK_NHAN_TIEN=-:account49 | NGAN_HANG=-:bank49 | TRANG_THAI=-:solar_status49"
        " | NGAY_CAP_NHAT=timestamp",
        encoding="utf-8-sig",
    ),
    _shape(
        "khach_hang_vay_bao_lanh_vn49",
        "STT=row | Số HĐTD=-:loan49 | Tên khách hàng vay=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | CCCD KH vay=cccd | Địa chỉ=address | ĐT=phone"
        " | Số tiền vay (VNĐ)=-:principal49 | Lãi suất (%/năm)=-:rate49"
        " | Ngày giải ngân=date@%d/%m/%Y | Ngày đến hạn=date:due49"
        " | Người bảo lãnh=-:guarantor49 | CCCD người BL=-:g_cccd49"
        " | QH với KH vay=-:g_rel49 | ĐT người BL=-:g_phone49 | Nhóm nợ=-:debt_group49"
        " | CBTD quản lý=-:officer49 | Cập nhật lúc=timestamp",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "batplatsinnehavare_ax49",
        "Nr=row | Personbeteckning=national_id:hetu_ax49 | Efternamn=family_name:ax_family49"
        " | Förnamn=given_name:ax_given49 | Födelsedatum=birth_date@%-d.%-m.%Y"
        " | Kön=sex:sex_ax49 | Gatuadress=street:street_ax49"
        " | Postnummer=postcode:postnr_ax49 | Postanstalt=district:ort_ax49"
        " | Telefon=phone:phone_ax49 | E-post=email:email_ax49 | Hamn=-:hamn49 | Båtplats=-:plats49"
        " | Båtens reg.nr=-:boatreg49 | Längd (m)=-:length49 | Årsavgift (€)=-:fee_ax49"
        " | Avtal fr.o.m.=date@%-d.%-m.%Y",
        english=True,
        delimiter=";",
    ),
    _shape(
        "wobi_rangordnung_graduatoria_bz49",
        "Nr.=row | Gesuch Nr. / Domanda n.=-:gesuch49"
        " | Nachname / Cognome=family_name:st_family49 | Vorname / Nome=given_name:st_given49"
        " | Steuernummer / Codice fiscale=national_id:cf_st49"
        " | Geburtsdatum / Data di nascita=birth_date@%d.%m.%Y"
        " | Geburtsort / Luogo di nascita=-:st_birthplace49 | Geschlecht / Sesso=sex:sex_st49"
        " | Straße / Via=street:street_st49 | PLZ / CAP=postcode:cap_st49"
        " | Wohnsitzgemeinde / Comune di residenza=district:comune_st49"
        " | Telefon / Telefono=phone:phone_st49"
        " | Sprachgruppe / Gruppo linguistico=-:sprach49"
        " | Familienmitglieder / Componenti=-:members49 | Punkte / Punteggio=-:points49"
        " | Eingereicht am / Presentata il=date@%d.%m.%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "gamgyul_nongga_jeju_kr49",
        "연번=row | 성명=full_name:kr_name49 | 주민등록번호=national_id:rrn_kr49"
        " | 생년월일=birth_date@%Y.%m.%d | 성별=sex:sex_kr49 | 주소=address:addr_kr49"
        " | 읍면동=suburb:emd_kr49 | 과수원 소재지=-:orchard49 | 재배면적(㎡)=-:area_kr49"
        " | 품종=-:variety49 | 농협 조합원번호=-:member_kr49 | 휴대전화=phone:phone_kr49"
        " | 비상연락처(관계)=-:kin_kr49 | 등록일자=date@%Y-%m-%d",
        english=True,
        encoding="cp949",
    ),
    _shape(
        "ressortissants_rspf_pf49",
        "N°=row | N° DN=national_id:dn_pf49 | Nom / Iʻoa fētiʻi=family_name:pf_family49"
        " | Prénom(s) / Iʻoa=given_name:pf_given49 | Nom d'épouse=-:pf_married49"
        " | Date de naissance / Mahana fānauraʻa=birth_date@%d/%m/%Y"
        " | Lieu de naissance=-:pf_birthplace49 | Sexe=sex:sex_pf49"
        " | Adresse / Vahi nohoraʻa=street:street_pf49 | Code postal=postcode:cp_pf49"
        " | Commune / ʻOire=district:commune_pf49 | Archipel=state:archipel_pf49"
        " | Téléphone / Niuniu=phone:phone_pf49 | Régime=-:regime_pf49"
        " | Date d'affiliation=date@%d/%m/%Y | Ayant droit=-:dependent_pf49",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "financial_assistance_clients_bm49",
        "Line=row | Client No.=-:client_bm49 | Social Insurance No.=national_id:sin_bm49"
        " | Surname=family_name:bm_family49 | First Name(s)=given_name:bm_given49"
        " | Date of Birth=birth_date@%d %B %Y | Sex=sex:sex_bm49"
        " | Residential Address=street:street_bm49 | Parish=district:parish_bm49"
        " | Postcode=postcode:pc_bm49 | Telephone=phone:phone_bm49"
        " | Employer=-:employer_bm49 | Next of Kin=-:kin_bm49"
        " | Next of Kin Tel.=-:kin_phone_bm49 | Type of Assistance=-:assist_bm49"
        " | Weekly Award=-:award_bm49 | Date of Application=date@%d %B %Y"
        " | Caseworker=-:caseworker_bm49 | Status=-:status_bm49",
        english=True,
    ),
)

#: How a 31 February reads in this part's date formats: Bermuda's ``12 March 1985`` is new.
INVALID_DAY: dict[str, str] = {"%d %B %Y": "31 February {y}"}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("hetu_ax49", "cf_st49", "rrn_kr49", "dn_pf49", "sin_bm49")
SEX_HOLDS: tuple[str, ...] = ("sex_ax49", "sex_st49", "sex_kr49", "sex_pf49", "sex_bm49")
NAME_HOLDS = frozenset(
    {"ax_family49", "ax_given49", "st_family49", "st_given49", "kr_name49"}
    | {"pf_family49", "pf_given49", "bm_family49", "bm_given49"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ax49",
    "phone_st49",
    "phone_kr49",
    "phone_pf49",
    "phone_bm49",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("home_vn49",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND49",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND49",
]
