"""How the people of the thirty-fifth part of the outside corpus (**blind 35**,
:mod:`lienthong.quality._corpus_blind35`) are written: four Vietnamese files' own columns (a
notary office's register number, contract, the other party with his card and address, the
asset, its value, the notary and the fee; a ward's drug-rehabilitation decisions with the form,
the centre, the term, the guarantor, how he is related and his phone, and the officer; a blood
bank's donor code, blood group, volume, donation count, site and receiving hospital; a commune's
land-use certificates with the map sheet, parcel, area, use, term, origin, the certificate's
serial and book number and the parcel's own place) and Chadian, Eritrean, Gambian, Grenadian and
ni-Vanuatu names, addresses, phones and identity numbers in the forms their papers show (none of
the five publishes a check digit: the Chadian NNI, the Eritrean national identity card number,
the Gambian NIN and the Vanuatu national identity number are plain serials; Grenada issues no
national identity card, so its file carries only the NIS number)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_CONTRACTS = (
    "Hợp đồng chuyển nhượng quyền sử dụng đất",
    "Hợp đồng mua bán nhà ở",
    "Hợp đồng tặng cho quyền sử dụng đất",
    "Hợp đồng ủy quyền",
    "Hợp đồng mua bán xe ô tô",
    "Hợp đồng thuê nhà",
    "Hợp đồng thế chấp tài sản",
)
_VN_ASSETS = (
    "Thửa đất số {n}, tờ bản đồ số {m}",
    "Căn hộ {n}, Block B, Chung cư Sunrise City",
    "Xe ô tô biển số 51K-{n}.{m}",
    "Nhà và đất tại {n} Lê Văn Việt",
    "Quyền tài sản phát sinh từ hợp đồng số {n}/HĐMB",
)
_VN_NOTARIES = ("Nguyễn Thị Ngọc Lan", "Trần Văn Hiếu", "Lê Hoàng Phúc", "Đặng Thị Mỹ Dung")
_VN_REHAB_FORMS = (
    "Cai nghiện tự nguyện tại gia đình",
    "Cai nghiện tự nguyện tại cộng đồng",
    "Cai nghiện bắt buộc",
    "Cai nghiện tự nguyện tại cơ sở",
)
_VN_CENTRES = (
    "Cơ sở cai nghiện ma túy số 1",
    "Cơ sở cai nghiện ma túy Bình Đức",
    "Cơ sở cai nghiện ma túy Phú Văn",
    "Tại gia đình",
    "Trạm Y tế phường",
)
_VN_KIN = ("Cha", "Mẹ", "Vợ", "Anh ruột", "Chị ruột", "Chồng", "Cậu")
_VN_REHAB_OFFICERS = ("Phan Văn Lực", "Trương Thị Thu Hà", "Nguyễn Hữu Nghĩa")
_VN_BLOOD = ("O", "O", "A", "B", "AB", "O", "B")
_VN_SITES = (
    "Nhà Văn hóa Thanh niên",
    "Trường ĐH Bách khoa",
    "Điểm hiến máu cố định 106 Thiên Phước",
    "UBND phường Tân Định",
    "Xe hiến máu lưu động",
)
_VN_HOSPITALS = (
    ("Bệnh viện Truyền máu Huyết học", "118 Hồng Bàng, Phường Chợ Lớn, TP. Hồ Chí Minh"),
    ("Bệnh viện Chợ Rẫy", "201B Nguyễn Chí Thanh, Phường Chợ Lớn, TP. Hồ Chí Minh"),
    ("Bệnh viện Nhân dân 115", "527 Sư Vạn Hạnh, Phường Hòa Hưng, TP. Hồ Chí Minh"),
    ("Bệnh viện Từ Dũ", "284 Cống Quỳnh, Phường Bến Thành, TP. Hồ Chí Minh"),
)
_VN_LAND_USE = ("ONT", "CLN", "LUC", "ODT", "ONT+CLN", "BHK")
_VN_LAND_TERM = ("Lâu dài", "Lâu dài", "Đến ngày 15/10/2063", "50 năm")
_VN_LAND_ORIGIN = (
    "Công nhận QSDĐ như giao đất có thu tiền sử dụng đất",
    "Nhận chuyển nhượng đất được Công nhận QSDĐ",
    "Nhận thừa kế đất được Nhà nước giao",
    "Nhà nước giao đất không thu tiền sử dụng đất",
)
_VN_HAMLETS = ("Ấp 1", "Ấp 2", "Ấp Bình Thạnh", "Ấp Tân Lập", "Ấp Long Hòa")
_TD_FAMILY = ("MAHAMAT", "ABAKAR", "HISSEIN", "ADOUM", "NGARESSEM", "DJIMADOUM", "ZAKARIA")
_TD_GIVEN_M = ("Ali", "Saleh", "Moussa Abdelkerim", "Oumar", "Nadji", "Rimadjita", "Brahim")
_TD_GIVEN_F = ("Zenaba", "Achta", "Khadidja", "Mariam", "Nodjiram", "Clarisse", "Halimé")
_TD_EMPLOYERS = ("Société Sucrière du Tchad", "Airtel Tchad", "SNE", "Esso Tchad", "Cotontchad")
_TD_BIRTHPLACES = ("N'Djaména", "N'Djaména", "Abéché", "Moundou", "Sarh", "Mongo")
#: (quartier, arrondissement, town)
_TD_PLACES = (
    ("Moursal", "6e arrondissement", "N'Djaména"),
    ("Chagoua", "7e arrondissement", "N'Djaména"),
    ("Farcha", "1er arrondissement", "N'Djaména"),
    ("Dembé", "6e arrondissement", "N'Djaména"),
    ("Amriguébé", "3e arrondissement", "N'Djaména"),
    ("Quartier Doumbeur", "2e arrondissement", "Moundou"),
    ("Quartier Ridina", "1er arrondissement", "Abéché"),
)
_ER_GIVEN_M = ("Tesfay", "Yonas", "Mehari", "Berhane", "Kidane", "Samuel", "Habtom")
_ER_GIVEN_F = ("Senait", "Helen", "Luwam", "Saba", "Mebrat", "Tsega", "Rahel")
_ER_FATHERS = ("Gebremedhin", "Tekle", "Haile", "Ghebreyesus", "Woldu", "Andemariam", "Kahsay")
_ER_GIVEN_TI_M = ("ተስፋይ", "ዮናስ", "መሓሪ", "በርሀ", "ኪዳነ", "ሳሙኤል", "ሃብቶም")
_ER_GIVEN_TI_F = ("ሰናይት", "ሄለን", "ሉዋም", "ሳባ", "መብራት", "ጸጋ", "ራሄል")
_ER_FATHERS_TI = ("ገብረመድህን", "ተኽለ", "ሃይለ", "ገብረየሱስ", "ወልዱ", "ኣንደማርያም", "ካሕሳይ")
_ER_EMPLOYERS = (
    "Ministry of Education",
    "Eritrean Telecommunication Services",
    "EEC",
    "Asmara Brewery",
)
#: (street pattern, kebabi, town and zoba)
_ER_PLACES = (
    ("House No. {n}, Street 171-5", "Akria", "Asmara"),
    ("House No. {n}, Harnet Avenue", "Godaif", "Asmara"),
    ("House No. {n}, Street 173-12", "Mai Temenai", "Asmara"),
    ("Block {n}, Sembel Housing", "Sembel", "Asmara"),
    ("House No. {n}", "Edaga", "Keren, Zoba Anseba"),
    ("House No. {n}", "Gejeret", "Massawa, Zoba Semienawi Keih Bahri"),
)
_GM_FAMILY = ("Jallow", "Ceesay", "Touray", "Sowe", "Jobe", "Bah", "Njie", "Sanneh", "Darboe")
_GM_GIVEN_M = ("Lamin", "Ebrima", "Omar", "Modou Lamin", "Alagie", "Momodou", "Sainey")
_GM_GIVEN_F = ("Fatou", "Isatou", "Awa", "Mariama", "Haddy", "Binta", "Kaddijatou")
_GM_EMPLOYERS = ("GAMTEL", "NAWEC", "Trust Bank Ltd", "Gambia Ports Authority", "QCell")
_GM_KIN = ("Wife", "Husband", "Son", "Daughter", "Brother", "Mother")
#: (street or compound, town)
_GM_PLACES = (
    ("Kairaba Avenue", "Serekunda, KMC"),
    ("{n} Mosque Road", "Bakau New Town, KMC"),
    ("{n} Liberation Avenue", "Banjul"),
    ("Compound {n}, Nema Kunku", "Brikama, WCR"),
    ("{n} Sayerr Jobe Avenue", "Serekunda, KMC"),
    ("Compound {n}, Lamin Village", "Brikama, WCR"),
    ("Compound {n}, Tabokoto", "Kanifing, KMC"),
)
_GD_FAMILY = ("Mitchell", "Charles", "Joseph", "Noel", "Francis", "Bishop", "Alexander", "Phillip")
_GD_GIVEN_M = ("Kendrick", "Dexter", "Anthony", "Kirani", "Ricky", "Shervon")
_GD_GIVEN_F = ("Janelle", "Cheryl", "Nadia", "Kisha", "Michelle", "Ann-Marie")
_GD_EMPLOYERS = ("Grenlec", "St. George's University", "Sandals Grenada", "Ministry of Health")
_GD_OCCUPATIONS = ("Teacher", "Nurse", "Fisherman", "Clerk", "Mason", "Cook", "Security Officer")
#: (village or street, parish, exchange)
_GD_PLACES = (
    ("Morne Jaloux", "St. George", "440"),
    ("Grand Anse", "St. George", "444"),
    ("Tanteen", "St. George", "440"),
    ("Grenville, Victoria Street", "St. Andrew", "442"),
    ("Gouyave, Central Street", "St. John", "437"),
    ("Sauteurs", "St. Patrick", "442"),
    ("Hillsborough", "Carriacou", "443"),
    ("La Digue", "St. David", "444"),
)
_VU_FAMILY = ("Kalsakau", "Tari", "Natapei", "Molisa", "Kilman", "Abel", "Tabi", "Vurobaravu")
_VU_GIVEN_M = ("John", "Kalo", "Jimmy", "Ralph", "Joe Tom", "Willie")
_VU_GIVEN_F = ("Serah", "Leinasei", "Mary Rose", "Anne", "Lily", "Jennifer")
_VU_EMPLOYERS = ("Air Vanuatu", "UNELCO", "Vanuatu Government", "Bred Bank", "Digicel Vanuatu")
#: (area, town and island, province)
_VU_PLACES = (
    ("Freswota 2", "Port Vila, Efate", "Shefa"),
    ("Tebakor", "Port Vila, Efate", "Shefa"),
    ("Nambatu", "Port Vila, Efate", "Shefa"),
    ("Seaside Tongoa", "Port Vila, Efate", "Shefa"),
    ("Mele village", "Efate", "Shefa"),
    ("Sarakata", "Luganville, Santo", "Sanma"),
    ("Lenakel", "Tanna", "Tafea"),
    ("Norsup", "Malekula", "Malampa"),
)


def _money(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 7 % len(places)]


def _asset(p: Person) -> str:
    return _pick(p, _VN_ASSETS, 4).format(n=_num(p, 300), m=_num(p, 40))


def _party_b(p: Person) -> str:
    return _other_vn(p, 3)


def _er_name(p: Person) -> str:
    return (
        f"{_by_sex(p, _ER_GIVEN_M, _ER_GIVEN_F, 1)} {_pick(p, _ER_FATHERS, 2)}"
        f" {_pick(p, _ER_FATHERS, 3)}"
    )


def _er_name_ti(p: Person) -> str:
    return (
        f"{_by_sex(p, _ER_GIVEN_TI_M, _ER_GIVEN_TI_F, 1)} {_pick(p, _ER_FATHERS_TI, 2)}"
        f" {_pick(p, _ER_FATHERS_TI, 3)}"
    )


WRITERS_BLIND35: dict[str, Callable[[Person, Col], object]] = {
    "notary_no35": lambda p, c: (
        f"{_num(p, 900):04d}/{p.other_date.year}, quyển số 0{_num(p, 9)}/{p.other_date.year}"
        " TP/CC-SCC/HĐGD"
    ),
    "contract35": lambda p, c: _pick(p, _VN_CONTRACTS, 2),
    "party_b35": lambda p, c: _party_b(p),
    "party_b_id35": lambda p, c: _cccd_of(p, int(p.bhxh) // 4 % 2 == 0, 1955 + int(p.bhxh) % 45),
    "party_b_addr35": lambda p, c: (
        f"{_num(p, 180)} Nguyễn Oanh, Phường An Hội Tây, TP. Hồ Chí Minh"
    ),
    "asset35": lambda p, c: _asset(p),
    "value35": lambda p, c: _money((20 + _num(p, 400)) * 10_000_000),
    "notary35": lambda p, c: _pick(p, _VN_NOTARIES, 5),
    "fee35": lambda p, c: _money((3 + _num(p, 30)) * 100_000),
    "form35": lambda p, c: _pick(p, _VN_REHAB_FORMS, 2),
    "centre35": lambda p, c: _pick(p, _VN_CENTRES, 3),
    "decision35": lambda p, c: f"{_num(p, 500)}/QĐ-UBND",
    "months35": lambda p, c: str(6 + int(p.bhxh) % 19),
    "guarantor35": lambda p, c: _other_vn(p, 4),
    "guar_rel35": lambda p, c: _pick(p, _VN_KIN, 5),
    "guar_phone35": lambda p, c: _other_phone(p, "08"),
    "officer35": lambda p, c: _pick(p, _VN_REHAB_OFFICERS, 6),
    "donor_code35": lambda p, c: f"HM{p.bhxh[::-1][:8]}",
    "blood_group35": lambda p, c: _pick(p, _VN_BLOOD, 2),
    "rh35": lambda p, c: "Rh+" if int(p.bhxh) % 97 else "Rh-",
    "volume35": lambda p, c: _pick(p, ("250", "350", "350", "450"), 3),
    "times35": lambda p, c: str(1 + int(p.bhxh) % 24),
    "site35": lambda p, c: _pick(p, _VN_SITES, 4),
    "hospital35": lambda p, c: _VN_HOSPITALS[int(p.bhxh) // 5 % len(_VN_HOSPITALS)][0],
    "hosp_addr35": lambda p, c: _VN_HOSPITALS[int(p.bhxh) // 5 % len(_VN_HOSPITALS)][1],
    "sheet35": lambda p, c: str(_num(p, 45)),
    "parcel35": lambda p, c: str(_num(p, 700)),
    "area35": lambda p, c: f"{40 + int(p.bhxh) % 2500},{int(p.bhxh) // 3 % 10}",
    "land_use35": lambda p, c: _pick(p, _VN_LAND_USE, 2),
    "term35": lambda p, c: _pick(p, _VN_LAND_TERM, 3),
    "origin35": lambda p, c: _pick(p, _VN_LAND_ORIGIN, 4),
    "gcn_serial35": lambda p, c: f"{_pick(p, ('CS', 'DĐ', 'CT', 'BX'), 5)} {p.bhxh[-6:]}",
    "gcn_book35": lambda p, c: f"CS{p.bhxh[2:7]}",
    "parcel_addr35": lambda p, c: f"{_pick(p, _VN_HAMLETS, 6)}, xã Tân Nhựt, TP. Hồ Chí Minh",
    "cnps_td35": lambda p, c: f"{p.bhxh[::-1][:3]}-{p.bhxh[::-1][3:9]}",
    "nni_td35": lambda p, c: f"{p.bhxh}",
    "td_family35": lambda p, c: _pick(p, _TD_FAMILY, 2),
    "td_given35": lambda p, c: _by_sex(p, _TD_GIVEN_M, _TD_GIVEN_F, 1),
    "birthplace_td35": lambda p, c: _pick(p, _TD_BIRTHPLACES, 3),
    "sex_td35": lambda p, c: "M" if p.male else "F",
    "address_td35": lambda p, c: ", ".join(_place(p, _TD_PLACES)),
    "phone_td35": lambda p, c: (
        f"(+235) {_pick(p, ('66', '63', '99', '93'), 3)} {p.phone[4:6]} {p.phone[6:8]}"
        f" {p.phone[8:10]}"
    ),
    "employer_td35": lambda p, c: _pick(p, _TD_EMPLOYERS, 4),
    "contact_td35": lambda p, c: f"{_pick(p, _TD_FAMILY, 5)} {_pick(p, _TD_GIVEN_M, 6)}",
    "pension_er35": lambda p, c: f"P/{p.bhxh[::-1][2:7]}",
    "nid_er35": lambda p, c: f"{p.bhxh[3:10]}",
    "name_er35": lambda p, c: _er_name(p),
    "name_ti35": lambda p, c: _er_name_ti(p),
    "sex_er35": lambda p, c: "Male" if p.male else "Female",
    "address_er35": lambda p, c: (
        f"{_place(p, _ER_PLACES)[0].format(n=_num(p, 90))}, {_place(p, _ER_PLACES)[1]},"
        f" {_place(p, _ER_PLACES)[2]}"
    ),
    "phone_er35": lambda p, c: f"07-{p.phone[4:10]}",
    "employer_er35": lambda p, c: _pick(p, _ER_EMPLOYERS, 4),
    "beneficiary_er35": lambda p, c: (
        f"{_by_sex(p, _ER_GIVEN_F, _ER_GIVEN_M, 5)} {_pick(p, _ER_FATHERS, 6)}"
    ),
    "pension_amt35": lambda p, c: f"{800 + int(p.bhxh) % 3000:,}.00",
    "sshfc_gm35": lambda p, c: f"SS{p.bhxh[-7:]}",
    "nin_gm35": lambda p, c: f"{p.birth:%y}{p.bhxh[:9]}",
    "gm_family35": lambda p, c: _pick(p, _GM_FAMILY, 2),
    "gm_given35": lambda p, c: _by_sex(p, _GM_GIVEN_M, _GM_GIVEN_F, 1),
    "sex_gm35": lambda p, c: "Male" if p.male else "Female",
    "address_gm35": lambda p, c: (
        f"{_place(p, _GM_PLACES)[0].format(n=_num(p, 60))}, {_place(p, _GM_PLACES)[1]}"
    ),
    "phone_gm35": lambda p, c: (
        f"+220 {_pick(p, ('7', '3', '2', '9'), 3)}{p.phone[4:6]} {p.phone[6:10]}"
    ),
    "employer_gm35": lambda p, c: _pick(p, _GM_EMPLOYERS, 4),
    "kin_gm35": lambda p, c: f"{_by_sex(p, _GM_GIVEN_F, _GM_GIVEN_M, 5)} {_pick(p, _GM_FAMILY, 6)}",
    "kin_rel_gm35": lambda p, c: _pick(p, _GM_KIN, 7),
    "nis_gd35": lambda p, c: f"{p.bhxh[-6:]}",
    "gd_family35": lambda p, c: _pick(p, _GD_FAMILY, 2),
    "gd_given35": lambda p, c: _by_sex(p, _GD_GIVEN_M, _GD_GIVEN_F, 1),
    "sex_gd35": lambda p, c: "M" if p.male else "F",
    "street_gd35": lambda p, c: f"Lot {_num(p, 80)}, {_place(p, _GD_PLACES)[0]}",
    "parish_gd35": lambda p, c: _place(p, _GD_PLACES)[1],
    "phone_gd35": lambda p, c: f"(473) {_place(p, _GD_PLACES)[2]}-{p.phone[6:10]}",
    "occupation_gd35": lambda p, c: _pick(p, _GD_OCCUPATIONS, 3),
    "employer_gd35": lambda p, c: _pick(p, _GD_EMPLOYERS, 4),
    "empno_gd35": lambda p, c: f"E{p.bhxh[::-1][:5]}",
    "kin_gd35": lambda p, c: f"{_by_sex(p, _GD_GIVEN_F, _GD_GIVEN_M, 5)} {_pick(p, _GD_FAMILY, 6)}",
    "vnpf_vu35": lambda p, c: f"{p.bhxh[::-1][1:7]}",
    "nid_vu35": lambda p, c: f"{p.bhxh[1:8]}",
    "vu_family35": lambda p, c: _pick(p, _VU_FAMILY, 2),
    "vu_given35": lambda p, c: _by_sex(p, _VU_GIVEN_M, _VU_GIVEN_F, 1),
    "sex_vu35": lambda p, c: "Man" if p.male else "Woman",
    "address_vu35": lambda p, c: f"{_place(p, _VU_PLACES)[0]}, {_place(p, _VU_PLACES)[1]}",
    "province_vu35": lambda p, c: _place(p, _VU_PLACES)[2],
    "phone_vu35": lambda p, c: f"+678 {_pick(p, ('77', '54', '73', '55'), 3)}{p.phone[5:10]}",
    "employer_vu35": lambda p, c: _pick(p, _VU_EMPLOYERS, 4),
    "nominee_vu35": lambda p, c: (
        f"{_by_sex(p, _VU_GIVEN_F, _VU_GIVEN_M, 5)} {_pick(p, _VU_FAMILY, 6)}"
    ),
}
