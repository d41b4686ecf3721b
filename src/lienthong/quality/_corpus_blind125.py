"""The hundred-and-twenty-fifth part of the outside corpus, **blind 125** (written 19:56 UTC,
2026-12-06, never used for tuning): person files a Hà Nội ward phasing out honeycomb-coal stoves,
a district's Social Policy Bank job-creation loans, a provincial military command's vocational
cards for discharged soldiers, a district police's impounded-vehicle ledger, a Polish city's Large
Family Card office, a Czech town's waste-fee office, a Slovak village's volunteer fire brigade, a
Hungarian municipality's social firewood scheme and a Slovenian housing fund could hand over.
Four Vietnamese files: a ward's list of households pledging to give up honeycomb-coal stoves, in
Windows-1258 with semicolons (the address by lane and street group, the number of stoves, their
use, what replaces them, the support, the group head and the head's phone); a list of borrowers of
job-creation loans in UTF-16 with tabs (the savings and loan group and its head, the business plan,
the workers taken on, the amount, term and rate, the disbursement date, the contract, the heir to
the debt); a list of discharged soldiers given vocational training cards, in Excel (the rank,
post and unit, the dates of enlistment and discharge, the card's number and value, the trade and
school, the home town); and a ledger of impounded vehicles in UTF-8 with a BOM (the record number,
the offender's name in capitals, the vehicle, its plate and frame, the offence, the lot, the
officer, the date returned, the time last updated).
Five foreign files: a Polish Large Family Card application list in Windows-1250 with semicolons
(the PESEL with its check digit, a second given name, ul./al./os. streets with kody pocztowe, the
member's status in the family, the card's form); a Czech list of payers of the municipal waste fee
in Excel (the rodné číslo divisible by 11, the variable symbol, the address with its PSČ, a
recreational building's number, the relief, the legal representative who pays); a Slovak village
fire brigade's member list in UTF-8 with tabs (the rodné číslo without its slash, the place of
birth, the ulica, PSČ and obec, the function and qualification, the medical check's expiry, the
commander); a Hungarian social firewood list in ISO-8859-2 with semicolons (the személyi azonosító
and the TAJ with their check digits, a married woman's ``-né`` name beside her birth name, the
mother's name, the irányítószám, település and utca apart, the decision's number); and a Slovenian
non-profit rental housing waiting list in Windows-1250 with semicolons (the EMŠO with its check
digit, the davčna številka, the address with its poštna številka, the points, the priority
category and the rank).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind125_writers import WRITERS_BLIND125
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND125: tuple[Shape, ...] = (
    _shape(
        "ho_chuyen_doi_bep_than_to_ong_vn125",
        "STT=row | Họ tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số ĐDCN/CCCD=cccd | Địa chỉ (số nhà, ngõ, TDP)=address:addr_hn125"
        " | Tổ dân phố=-:tdp125 | Số bếp than tổ ong đang dùng=-:stoves125"
        " | Mục đích sử dụng=-:purpose125 | Hình thức chuyển đổi=-:switch125"
        " | Mức hỗ trợ (đ)=-:support125 | Ngày ký cam kết=date@%d/%m/%Y"
        " | Tổ trưởng TDP=-:tdp_head125 | SĐT tổ trưởng=-:tdp_phone125"
        " | SĐT chủ hộ=phone:phone_dotted | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "vay_von_giai_quyet_viec_lam_nhcsxh_vn125",
        "TT=row | Họ và tên người vay=full_name | Giới tính=sex"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd | Nơi cư trú=address"
        " | Tổ TK&VV=-:group125 | Tổ trưởng=-:group_head125"
        " | Phương án sử dụng vốn=-:plan125 | Số LĐ thu hút thêm=-:workers125"
        " | Số tiền vay (tr.đ)=-:loan125 | Thời hạn (tháng)=-:term125"
        " | Lãi suất (%/tháng)=-:rate125 | Ngày giải ngân=date@%d/%m/%Y"
        " | Số khế ước=-:contract125 | Người thừa kế nghĩa vụ trả nợ=-:heir125"
        " | Điện thoại=phone",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "the_hoc_nghe_bo_doi_xuat_ngu_vn125",
        "Số TT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Số định danh cá nhân=cccd | Quê quán=-:home125 | Cấp bậc=-:rank125"
        " | Chức vụ=-:post125 | Đơn vị trước khi xuất ngũ=-:unit125"
        " | Nhập ngũ=date:enlist125 | Xuất ngũ=date@%d/%m/%Y | Số thẻ học nghề=-:card125"
        " | Trị giá thẻ (đồng)=-:value125 | Nghề đăng ký học=-:trade125"
        " | Cơ sở GDNN=-:school125 | Nơi cư trú sau xuất ngũ=address | SĐT=phone",
        file="xlsx",
    ),
    _shape(
        "so_theo_doi_phuong_tien_tam_giu_vn125",
        "STT=row | Số BB tạm giữ=-:record125 | Ngày tạm giữ=date@%d/%m/%Y"
        " | Họ tên người vi phạm=full_name:full_name_caps | Ngày sinh=birth_date@%d/%m/%Y"
        " | CCCD/ĐDCN=cccd:cccd_spaced | Nơi ở hiện nay=address | Loại PT=-:vehicle125"
        " | BKS=-:plate125 | Số khung / Số máy=-:frame125 | Hành vi vi phạm=-:offence125"
        " | Thời hạn TG (ngày)=-:days125 | Nơi tạm giữ=-:lot125 | CB lập BB=-:officer125"
        " | Ngày trả PT=date:returned125 | Cập nhật=timestamp",
        encoding="utf-8-sig",
    ),
    _shape(
        "wnioski_karta_duzej_rodziny_pl125",
        "Lp.=row | Nr sprawy=-:kdr_no125 | Nazwisko=family_name:pl_family125"
        " | Imię=given_name:pl_given125 | Drugie imię=-:pl_second125"
        " | PESEL=national_id:pesel_pl125 | Data urodzenia=birth_date@%d.%m.%Y"
        " | Płeć=sex:sex_pl125 | Ulica, nr domu/lokalu=street:street_pl125"
        " | Kod pocztowy=postcode:pc_pl125 | Miejscowość=district:town_pl125"
        " | Nr telefonu=phone:phone_pl125 | Adres e-mail=email:email_pl125"
        " | Liczba dzieci w rodzinie=-:children125 | Status członka rodziny=-:member_pl125"
        " | Data złożenia wniosku=date@%d.%m.%Y | Ważność karty=-:valid_pl125"
        " | Forma karty=-:form_pl125",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
    _shape(
        "poplatnici_odpad_mesto_cz125",
        "Poř. č.=row | Var. symbol=-:vs_cz125 | Příjmení=family_name:cz_family125"
        " | Jméno=given_name:cz_given125 | Rodné číslo=national_id:rc_cz125"
        " | Datum narození=birth_date@%d.%m.%Y | Adresa trvalého pobytu=address:addr_cz125"
        " | Rekreační objekt=-:cp_cz125 | Počet osob=-:persons_cz125"
        " | Sazba (Kč/os./rok)=-:rate_cz125 | Osvobození / úleva=-:relief_cz125"
        " | Předpis (Kč)=-:due_cz125 | Uhrazeno dne=date@%d.%m.%Y"
        " | Telefon=phone:phone_cz125 | Zák. zástupce (plátce)=-:payer_cz125",
        english=True,
        file="xlsx",
    ),
    _shape(
        "clenovia_dhz_obce_sk125",
        "P. č.=row | Titul=-:title_sk125 | Meno=given_name:sk_given125"
        " | Priezvisko=family_name:sk_family125 | Rodné číslo=national_id:rc_sk125"
        " | Dátum narodenia=birth_date@%-d. %-m. %Y | Miesto narodenia=-:birthplace_sk125"
        " | Ulica a súp. č.=street:street_sk125 | PSČ=postcode:psc_sk125"
        " | Obec=district:obec_sk125 | Tel. kontakt=phone:phone_sk125"
        " | Funkcia v DHZ=-:func_sk125 | Odbornosť=-:qual_sk125"
        " | Lekárska prehliadka do=date@%-d. %-m. %Y | Členom od roku=-:since_sk125"
        " | Veliteľ DHZO=-:commander_sk125",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "szocialis_tuzifa_kerelmezok_hu125",
        "Sorsz.=row | Kérelmező neve=full_name:hu_full125 | Születési neve=-:hu_birthname125"
        " | Anyja neve=-:hu_mother125 | Születési hely=-:hu_bplace125"
        " | Születési idő=birth_date@%Y.%m.%d. | Személyi azonosító=national_id:szem_hu125"
        " | TAJ szám=-:taj_hu125 | Irsz.=postcode:irsz_hu125 | Település=district:telep_hu125"
        " | Utca, házszám=street:utca_hu125 | Telefonszám=phone:phone_hu125"
        " | Háztartásban élők száma=-:hh_hu125 | Egy főre jutó jövedelem (Ft)=-:income_hu125"
        " | Megítélt tűzifa (erdei m3)=-:wood_hu125 | Határozat száma=-:hat_hu125"
        " | Kiszállítás időpontja=date@%Y.%m.%d.",
        english=True,
        encoding="iso-8859-2",
        delimiter=";",
    ),
    _shape(
        "cakalna_lista_neprofitna_stanovanja_si125",
        "Zap. št.=row | Priimek in ime=full_name:si_full125 | EMŠO=national_id:emso_si125"
        " | Datum rojstva=birth_date@%-d. %-m. %Y | Spol=sex:sex_si125"
        " | Davčna številka=-:tax_si125 | Naslov stalnega prebivališča=address:addr_si125"
        " | Telefon=phone:phone_si125 | Št. članov gospodinjstva=-:members_si125"
        " | Prednostna kategorija=-:cat_si125 | Velikost stanovanja=-:size_si125"
        " | Število točk=-:points_si125 | Razpis=-:razpis_si125"
        " | Datum vloge=date@%-d. %-m. %Y | Uvrstitev na listo=-:rank_si125",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "pesel_pl125",
    "rc_cz125",
    "rc_sk125",
    "szem_hu125",
    "emso_si125",
)
SEX_HOLDS: tuple[str, ...] = ("sex_pl125", "sex_si125")
NAME_HOLDS = frozenset(
    {"pl_family125", "pl_given125", "cz_family125", "cz_given125", "sk_given125"}
    | {"sk_family125", "hu_full125", "si_full125"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_pl125",
    "phone_cz125",
    "phone_sk125",
    "phone_hu125",
    "phone_si125",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_hn125", "addr_cz125", "addr_si125")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND125",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND125",
]
