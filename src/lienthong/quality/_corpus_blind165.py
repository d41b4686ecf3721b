"""The hundred-and-sixty-fifth part of the outside corpus, **blind 165** (written 22:49 UTC,
2026-12-06, never used for tuning): person files a ward's Fatherland Front committee, a Catholic
parish, a district culture office, a commune's livestock insurance agent, a Ukrainian
enterprise's military records desk, a Polish volunteer fire brigade, a Lithuanian farm register,
a Czech municipal office issuing fishing licences and a Hungarian town clerk's register of
private lodgings could hand over. Four Vietnamese files: a ward's people's inspection board
members in UTF-16 with tabs (the post, the residential group, the organisation that proposed
them, the term, the decision); a parish's pilgrims to La Vang in UTF-8 with a BOM and semicolons
(the saint's name, the sub-parish, the bus, the fee paid, the companion and the companion's
phone); a district folk-arts festival's performers in Excel (the commune's team, the act, the
part, the prize, the team leader); and a commune's buffalo and cattle insurance list in
Windows-1258 with semicolons and headers without diacritics (the hamlet alone, the animal, its
ear tag and age, the insured value, the premium and the state's share, the insurer, the policy,
the veterinarian).
Five foreign files: a Ukrainian enterprise's list of persons liable for military service in
Windows-1251 with semicolons (the РНОКПП, the rank, the military speciality code, the records
category, the territorial recruitment centre, the post, the deferment, the military document, a
contact); a Polish volunteer fire brigade's members in Windows-1250 with semicolons (family name
and given name apart, the PESEL, the father's name, the function, the medical examination valid
until, the rescue system class, the youth team); a Lithuanian farmers' register in Windows-1257
(the asmens kodas, the farm number, the holding's place and municipality beside the home, the
area in hectares, the type of farming, the spouse); a Czech fishing licence register in
ISO-8859-2 with semicolons (family and given name apart, the rodné číslo, the licence number,
the permanent residence and the postcode apart, the term, valid until, the fee, the
qualification, the clerk); and a Hungarian register of private lodgings in Excel (the
adóazonosító jel, the mother's name, the place of birth, the lodging's name, address, kind, NTAK
number and beds, a contact person).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind165_writers import WRITERS_BLIND165
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND165: tuple[Shape, ...] = (
    _shape(
        "thanh_vien_ban_thanh_tra_nhan_dan_phuong_vn165",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd:cccd_spaced | Chức danh trong Ban=-:ttnd_role165"
        " | Tổ dân phố=-:tdp165 | Đơn vị giới thiệu=-:ttnd_from165"
        " | Nhiệm kỳ=-:ttnd_term165 | Số QĐ công nhận=-:ttnd_decision165"
        " | Ngày QĐ=date@%d/%m/%Y | Nơi ở hiện nay=address | Số ĐT=phone:phone_dotted"
        " | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "giao_dan_dang_ky_hanh_huong_la_vang_giao_xu_vn165",
        "TT=row | Tên Thánh=-:saint165 | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | CCCD=cccd | Giáo họ=-:giao_ho165 | Địa chỉ=address"
        " | ĐT=phone | Xe số=-:bus165 | Lệ phí=-:paid165"
        " | Người đi cùng (nếu có)=-:companion165 | SĐT người đi cùng=-:companion_phone165"
        " | Ngày đăng ký=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "dien_vien_hoi_dien_van_nghe_quan_chung_huyen_vn165",
        "STT=row | Đơn vị=-:team165 | Họ tên diễn viên=full_name"
        " | Ngày tháng năm sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD/ĐDCN=cccd"
        " | Tiết mục tham gia=-:act165 | Vai trò=-:part165 | Giải thưởng=-:prize165"
        " | Trưởng đoàn=-:team_lead165 | Điện thoại=phone | Địa chỉ thường trú=address"
        " | Ngày diễn=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "ho_tham_gia_bao_hiem_vat_nuoi_trau_bo_xa_vn165",
        "TT=row | Ten chu ho=full_name | Nam sinh=birth_date@%d/%m/%Y | So CCCD=cccd"
        " | Thon/Ban=-:thon165 | Loai vat nuoi=-:animal165 | So the tai=-:ear_tag165"
        " | Tuoi=-:animal_age165 | Gia tri BH (dong)=-:insured_value165"
        " | Phi BH (dong)=-:premium165 | NSNN ho tro=-:subsidy165"
        " | Don vi BH=-:insurer165 | So HD/GCN BH=-:policy165 | Ngay hieu luc=date@%d/%m/%Y"
        " | Can bo thu y xa=-:vet165 | SDT=phone",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "oblik_viiskovozoboviazanykh_pidpryiemstvo_ua165",
        "№ з/п=row | Прізвище, ім'я, по батькові=full_name:ua_name165"
        " | Дата народження=birth_date@%d.%m.%Y | РНОКПП=national_id:rnokpp_ua165"
        " | Військове звання=-:ua_rank165 | ВОС=-:ua_vos165 | Категорія обліку=-:ua_cat165"
        " | ТЦК та СП, де перебуває на обліку=-:ua_tck165 | Посада=-:ua_job165"
        " | Дата прийняття на роботу=date@%d.%m.%Y"
        " | Адреса задекларованого/зареєстрованого місця проживання=address:ua_home165"
        " | Номер телефону=phone:phone_ua165 | Бронювання=-:ua_reserve165"
        " | Військово-обліковий документ=-:ua_doc165 | Особа для зв'язку=-:ua_kin165",
        english=True,
        encoding="cp1251",
        delimiter=";",
    ),
    _shape(
        "czlonkowie_ochotniczej_strazy_pozarnej_pl165",
        "Lp.=row | Nazwisko=family_name:pl_family165 | Imię=given_name:pl_given165"
        " | Imię ojca=-:pl_father165 | Data urodzenia=birth_date@%d.%m.%Y"
        " | PESEL=national_id:pesel_pl165 | Adres zamieszkania=address:pl_home165"
        " | Nr telefonu=phone:phone_pl165 | Funkcja=-:pl_function165"
        " | Data wstąpienia do OSP=date@%d.%m.%Y"
        " | Badania lekarskie ważne do=-:pl_medical165 | Przynależność JOT=-:pl_jot165"
        " | MDP=-:pl_mdp165",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
    _shape(
        "ukininku_ukiu_registras_savivaldybe_lt165",
        "Eil. Nr.=row | Vardas=given_name:lt_given165 | Pavardė=family_name:lt_family165"
        " | Asmens kodas=national_id:asmens_lt165 | Gimimo data=birth_date@%Y-%m-%d"
        " | Ūkio įregistravimo Nr.=-:lt_farm_no165 | Įregistravimo data=date@%Y-%m-%d"
        " | Ūkio vieta=-:lt_farm_place165 | Savivaldybė=-:lt_municipality165"
        " | Gyvenamoji vieta=address:lt_home165 | Tel. Nr.=phone:phone_lt165"
        " | Žemės plotas, ha=-:lt_area165 | Ūkio specializacija=-:lt_crop165"
        " | Sutuoktinis (partneris)=-:lt_partner165",
        english=True,
        encoding="cp1257",
        delimiter="\t",
    ),
    _shape(
        "evidence_vydanych_rybarskych_listku_mu_cz165",
        "Poř. č.=row | Číslo RL=-:cz_licence165 | Příjmení=family_name:cz_family165"
        " | Jméno=given_name:cz_given165 | Rodné číslo=national_id:rc_cz165"
        " | Datum narození=birth_date@%d.%m.%Y | Trvalý pobyt=address:cz_home165"
        " | PSČ=postcode:cz_psc165 | Telefon=phone:phone_cz165 | Doba platnosti=-:cz_term165"
        " | Platnost od=date@%d.%m.%Y | Platnost do=-:cz_valid_to165"
        " | Správní poplatek (Kč)=-:cz_fee165 | Doklad o kvalifikaci=-:cz_qual165"
        " | Vyřizuje=-:cz_officer165",
        english=True,
        encoding="iso-8859-2",
        delimiter=";",
    ),
    _shape(
        "szallashely_nyilvantartas_jegyzo_hu165",
        "Sorszám=row | Szolgáltató neve=full_name:hu_name165"
        " | Adóazonosító jel=national_id:ado_hu165 | Születési hely=-:hu_birthplace165"
        " | Születési idő=birth_date@%Y.%m.%d. | Anyja neve=-:hu_mother165"
        " | Lakcím=address:hu_home165 | Telefonszám=phone:phone_hu165"
        " | Szálláshely neve=-:hu_lodging165 | Szálláshely címe=-:hu_lodging_addr165"
        " | Szálláshely típusa=-:hu_kind165 | NTAK regisztrációs szám=-:hu_ntak165"
        " | Férőhelyek száma=-:hu_beds165 | Nyilvántartásba vétel=date@%Y.%m.%d."
        " | Kapcsolattartó=-:hu_contact165",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats.
INVALID_DAY: dict[str, str] = {"%Y.%m.%d.": "{y}.02.31."}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "rnokpp_ua165",
    "pesel_pl165",
    "asmens_lt165",
    "rc_cz165",
    "ado_hu165",
)
SEX_HOLDS: tuple[str, ...] = ()
NAME_HOLDS = frozenset(
    {
        "ua_name165",
        "pl_family165",
        "pl_given165",
        "lt_given165",
        "lt_family165",
        "cz_family165",
        "cz_given165",
        "hu_name165",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ua165",
    "phone_pl165",
    "phone_lt165",
    "phone_cz165",
    "phone_hu165",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "ua_home165",
    "pl_home165",
    "lt_home165",
    "cz_home165",
    "hu_home165",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND165",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND165",
]
