"""How the people of the four-hundred-and-twenty-sixth part of the outside corpus (**blind 426**,
:mod:`lienthong.quality._corpus_blind426`) are written: four Vietnamese files' own columns (a
commune's flood evacuation list by household, a relief distribution list with its witness, a
damaged-house survey, a list of support paid to the heirs of storm victims) and Filipino,
Nepali, Turkish, Mozambican and Pakistani disaster victims' names, addresses, phones and numbers
in the forms their cards show (the DAFAC serial, the Nepali citizenship certificate number and
Bikram Sambat dates, the T.C. Kimlik No with its two check digits, the Mozambican BI with its
check letter, the CNIC)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _cccd_of, _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import (
    _TR_FAMILY,
    _TR_GIVEN_F,
    _TR_GIVEN_M,
    _shift_date,
    _tc_kimlik,
)
from lienthong.quality._corpus_blind76_writers import _MZ_FAMILY, _MZ_GIVEN_F, _MZ_GIVEN_M, _mz_bi
from lienthong.quality._corpus_blind322_writers import _PK_SINDH, _at, _cnic_sindh, _pk_phone
from lienthong.quality._corpus_blind390_writers import _np_bs
from lienthong.quality._corpus_blind400_writers import _ph_mobile
from lienthong.quality._corpus_blind404_writers import _NP_FAMILY, _NP_GIVEN_F, _NP_GIVEN_M

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_HOMES = (
    ("Thôn Phú Lộc", "xã Lộc Điền", "huyện Phú Lộc", "tỉnh Thừa Thiên Huế"),
    ("Thôn 3", "xã Hải Chánh", "huyện Hải Lăng", "tỉnh Quảng Trị"),
    ("Xóm Bàu", "xã Đại Hồng", "huyện Đại Lộc", "tỉnh Quảng Nam"),
    ("Thôn Tân Mỹ", "xã Lệ Ninh", "huyện Lệ Thủy", "tỉnh Quảng Bình"),
    ("Bản Khe Lôm", "xã Tam Quang", "huyện Tương Dương", "tỉnh Nghệ An"),
    ("Tổ 5", "xã Bảo Ninh", "TP Đồng Hới", "tỉnh Quảng Bình"),
)
_VN_SHELTERS = (
    "Trường TH Lộc Điền (điểm trường chính)",
    "Nhà văn hóa thôn",
    "UBND xã (tầng 2)",
    "Nhà kiên cố hộ ông Lê Văn Sáu",
    "Trạm Y tế xã",
    "Trường THCS Hải Chánh",
)
_VN_MODES = ("Tập trung", "Xen ghép", "Tập trung", "Tự sơ tán đến nhà người thân")
_VN_VEHICLES = ("Xe tải quân đội", "Thuyền máy", "Tự đi", "Xe của xã", "Ca nô Biên phòng")
_VN_WITNESS_ROLES = ("Trưởng thôn", "CT MTTQ xã", "Bí thư chi bộ", "Hội LHPN", "Công an viên")
_VN_DONORS = ("UBMTTQ tỉnh", "Báo Tuổi Trẻ", "Hội Chữ thập đỏ", "NHCSXH", "Nhà hảo tâm")
_VN_HOUSE = ("Nhà cấp 4", "Nhà cấp 4 mái tôn", "Nhà 2 tầng", "Nhà tạm", "Nhà sàn gỗ")
_VN_DAMAGE = (
    "Sập đổ hoàn toàn",
    "Hư hỏng nặng (trên 70%)",
    "Hư hỏng một phần (30-50%)",
    "Tốc mái",
    "Ngập sâu trên 1m",
)
_VN_UNITS = ("Tổ khảo sát xã", "Phòng KT-HT huyện", "Ban CHQS xã", "Đoàn TN xã")
_VN_CAUSE = ("Lũ cuốn trôi", "Sạt lở đất vùi lấp", "Cây đổ đè", "Đuối nước", "Sập nhà")
_VN_HEIR_REL = ("Vợ", "Chồng", "Con trai", "Con gái", "Mẹ đẻ", "Bố đẻ")

_PH_GIVEN_M = ("Rodrigo", "Jun-Jun", "Ernesto", "Marvin", "Danilo", "Arnel")
_PH_GIVEN_F = ("Marites", "Jocelyn", "Rosalie", "Lovely Joy", "Evangeline", "Merlyn")
_PH_FAMILY = ("Dela Cruz", "Abellana", "Cabrera", "Tabañag", "Villanueva", "Sumalpong")
_PH_MIDDLE = ("Bacus", "Opeña", "Lumayag", "Gonzaga", "Ybañez")
_PH_HOMES = (
    "Purok 3, Brgy. San Jose, Tacloban City, Leyte",
    "Sitio Mahayag, Brgy. Bagacay, Palo, Leyte",
    "Blk 12 Lot 4, Brgy. 88 San Jose, Tacloban City, Leyte",
    "Purok Malipayon, Brgy. Poblacion, Guiuan, Eastern Samar",
    "Zone 2, Brgy. Tabunoc, Talisay City, Cebu",
)
_PH_EC = ("Leyte Progressive HS", "Brgy. Hall San Jose", "Tacloban Astrodome", "Guiuan North CS")
_PH_ID = ("UMID", "PhilID", "Voter's ID", "Senior Citizen ID", "Brgy. Certificate")
_PH_OWN = ("Owner", "Renter", "Sharer", "Owner", "Informal settler")
_PH_DMG = ("Totally damaged", "Partially damaged", "Partially damaged", "None")
_PH_CIVIL = ("Married", "Single", "Widowed", "Common-law", "Married")

_NP_HOMES = (
    "बारेकोट गाउँपालिका-४, जाजरकोट, कर्णाली प्रदेश",
    "नलगाड नगरपालिका-१०, जाजरकोट, कर्णाली प्रदेश",
    "आठबिसकोट नगरपालिका-७, रुकुम पश्चिम, कर्णाली प्रदेश",
    "सानीभेरी गाउँपालिका-२, रुकुम पश्चिम, कर्णाली प्रदेश",
    "भीमसेन गाउँपालिका-५, गोरखा, गण्डकी प्रदेश",
)
_NP_FATHERS = ("नर बहादुर", "खड्क बहादुर", "पदम प्रसाद", "भीम बहादुर", "तेज प्रसाद")
_NP_GRADE = ("पूर्ण क्षति", "पूर्ण क्षति", "आंशिक क्षति (मर्मत योग्य)", "ग्रेड ४", "ग्रेड ५")
_NP_BANKS = ("राष्ट्रिय वाणिज्य बैंक", "कृषि विकास बैंक", "नेपाल बैंक लि.", "ग्लोबल आइएमई बैंक")
_NP_TRANCHE = ("५०,०००", "५०,०००", "१,५०,०००", "१,००,०००")

_TR_HOMES = (
    ("Hatay", "Antakya", "Cumhuriyet Mah.", "Kurtuluş Cad. No:42 D:6"),
    ("Kahramanmaraş", "Onikişubat", "Şazibey Mah.", "Trabzon Cad. No:19/3"),
    ("Adıyaman", "Merkez", "Altınşehir Mah.", "2742. Sok. No:7"),
    ("Malatya", "Yeşilyurt", "Bostanbaşı Mah.", "İnönü Cad. No:88 K:2"),
    ("Hatay", "İskenderun", "Savaş Mah.", "Atatürk Blv. No:115 D:9"),
)
_TR_DAMAGE = ("Yıkık", "Ağır Hasarlı", "Acil Yıkılacak", "Orta Hasarlı", "Az Hasarlı", "Hasarsız")
_TR_SHELTER = ("Çadır Kent", "Konteyner Kent", "Akraba Yanı", "Kira Yardımı", "Konteyner Kent")
_TR_AID = ("Taşınma Yardımı", "Kira Yardımı", "Acil Nakit Yardımı", "Ev Eşyası Yardımı")
_TR_FATHERS = ("Ali", "Hasan", "Mehmet", "Halil", "Abdullah", "Osman")

_MZ_PLACES = (
    ("Sofala", "Beira", "Munhava"),
    ("Sofala", "Búzi", "Guara-Guara"),
    ("Manica", "Sussundenga", "Dombe"),
    ("Zambézia", "Quelimane", "Icídua"),
    ("Zambézia", "Namacurra", "Macuse"),
)
_MZ_CENTRES = ("Centro de Acomodação Samora Machel", "EP Guara-Guara", "Bairro de Reassentamento")
_MZ_AID = ("Kit de abrigo", "Cesta básica", "Kit de higiene", "Sementes e enxada", "Lona e corda")

_PK_DAMAGE = ("Fully Damaged (Pakka)", "Partially Damaged (Kacha)", "Fully Damaged (Kacha)")
_PK_FATHERS = ("Ghulam Rasool", "Allah Bux", "Muhammad Khan", "Ali Nawaz", "Qadir Bux")
_PK_GIVEN_M = ("Nazir Ahmed", "Imdad Ali", "Manzoor Hussain", "Abdul Sattar", "Gul Hassan")
_PK_GIVEN_F = ("Hajiani Zainab", "Naseem Bano", "Sughran", "Bakhtawar", "Mai Jindo")
_PK_CLANS = ("Chandio", "Jatoi", "Khoso", "Leghari", "Solangi", "Abro")
_PK_STATUS = ("Paid", "Paid", "Pending NADRA verification", "Rejected - duplicate", "Paid")


def _home(p: Person) -> tuple[str, str, str, str]:
    return _VN_HOMES[int(p.bhxh) // 17 % len(_VN_HOMES)]


def _vn_addr(p: Person) -> str:
    return ", ".join(_home(p)[:3])


def _evac(p: Person) -> str:
    when = datetime(2025, 10, 26, 5) + timedelta(hours=int(p.bhxh[-4:]) % 120)
    return f"{when:%Hh%M} ngày {when:%d/%m/%Y}"


def _stamp(p: Person) -> str:
    when = datetime(2025, 11, 2, 7) + timedelta(minutes=int(p.bhxh[-6:]) % 40_000)
    return f"{when:%d/%m/%Y %H:%M}"


def _heir_cccd(p: Person) -> str:
    return _cccd_of(p, int(p.bhxh[3]) % 2 == 0, 1960 + _num(p, 40))


def _ph_name(p: Person) -> tuple[str, str, str]:
    return (_pick(p, _PH_FAMILY, 2), _by_sex(p, _PH_GIVEN_M, _PH_GIVEN_F, 3),
            _pick(p, _PH_MIDDLE, 4))  # fmt: skip


def _tr_home(p: Person) -> tuple[str, str, str, str]:
    return _TR_HOMES[int(p.bhxh) // 11 % len(_TR_HOMES)]


def _tr_iban(p: Person) -> str:
    """A Turkish IBAN: the bank's code, a reserved zero, the account, ISO 7064 check digits."""
    bban = f"00{_pick(p, ('010', '012', '015', '046'), 5)}0{p.bhxh}{p.phone[-6:]}"
    return f"TR{98 - int(f'{bban}292700') % 97:02d}{bban}"


def _pk_home(p: Person) -> str:
    return _at(p, _PK_SINDH)[1]


WRITERS_BLIND426: dict[str, Callable[[Person, Col], object]] = {
    # flood evacuation by household
    "addr426": lambda p, c: _vn_addr(p),
    "nk426": lambda p, c: _num(p, 7),
    "vul426": lambda p, c: _pick(p, ("0", "1 trẻ em", "2 người già", "1 NKT", "1 PN mang thai"), 2),
    "shelter426": lambda p, c: _pick(p, _VN_SHELTERS, 3),
    "mode426": lambda p, c: _pick(p, _VN_MODES, 4),
    "evac426": lambda p, c: _evac(p),
    "vehicle426": lambda p, c: _pick(p, _VN_VEHICLES, 5),
    "officer426": lambda p, c: _other_vn(p, 6),
    # relief distribution
    "rice426": lambda p, c: 10 * _num(p, 5),
    "cash426": lambda p, c: f"{_pick(p, ('500.000', '1.000.000', '2.000.000', '300.000'), 7)}",
    "noodle426": lambda p, c: _num(p, 3),
    "witness426": lambda p, c: _other_vn(p, 8),
    "wrole426": lambda p, c: _pick(p, _VN_WITNESS_ROLES, 9),
    "sign426": lambda p, c: _pick(p, ("Đã ký", "Đã ký", "Ký thay (con)", "Điểm chỉ"), 10),
    "donor426": lambda p, c: _pick(p, _VN_DONORS, 11),
    # damaged-house survey
    "ks426": lambda p, c: f"KS-{p.bhxh[-4:]}/{_home(p)[1].split()[-1][:2].upper()}",
    "housetype426": lambda p, c: _pick(p, _VN_HOUSE, 12),
    "damage426": lambda p, c: _pick(p, _VN_DAMAGE, 13),
    "pct426": lambda p, c: _pick(p, ("100", "80", "50", "30", "70"), 13),
    "loss426": lambda p, c: 5 * _num(p, 60),
    "surveyor426": lambda p, c: _other_vn(p, 14),
    "unit426": lambda p, c: _pick(p, _VN_UNITS, 15),
    "stamp426": lambda p, c: _stamp(p),
    # storm victims and their heirs
    "cause426": lambda p, c: _pick(p, _VN_CAUSE, 16),
    "heir426": lambda p, c: _other_vn(p, 17),
    "heir_rel426": lambda p, c: _pick(p, _VN_HEIR_REL, 18),
    "heir_cccd426": lambda p, c: _heir_cccd(p),
    "heir_phone426": lambda p, c: _other_phone(p, "03"),
    "paid426": lambda p, c: _pick(p, ("20.000.000", "10.000.000", "20.000.000", "15.000.000"), 19),
    "qd426": lambda p, c: f"{_num(p, 900)}/QĐ-UBND",
    # the Philippines
    "ph_serial426": lambda p, c: f"DAFAC-08-{p.bhxh[-6:]}",
    "ph_fam426": lambda p, c: _ph_name(p)[0],
    "ph_giv426": lambda p, c: _ph_name(p)[1],
    "ph_mid426": lambda p, c: _ph_name(p)[2],
    "ph_ext426": lambda p, c: _pick(p, ("", "", "", "Jr.", "", "III"), 20) if p.male else "",
    "sex_ph426": lambda p, c: "Male" if p.male else "Female",
    "ph_born426": lambda p, c: _pick(p, ("Tacloban City", "Palo, Leyte", "Catbalogan", "Cebu"), 21),
    "ph_civil426": lambda p, c: _pick(p, _PH_CIVIL, 22),
    "ph_mother426": lambda p, c: f"{_pick(p, _PH_GIVEN_F, 23)} {_pick(p, _PH_MIDDLE, 4)}",
    "phone_ph426": lambda p, c: _ph_mobile(p),
    "ph_addr426": lambda p, c: _pick(p, _PH_HOMES, 24),
    "ph_ec426": lambda p, c: _pick(p, _PH_EC, 25),
    "ph_idtype426": lambda p, c: _pick(p, _PH_ID, 26),
    "ph_idno426": lambda p, c: f"{p.bhxh[:4]}-{p.bhxh[4:]}",
    "ph_4ps426": lambda p, c: _pick(p, ("Yes", "No", "No"), 27),
    "ph_fm426": lambda p, c: _num(p, 9),
    "ph_own426": lambda p, c: _pick(p, _PH_OWN, 28),
    "ph_dmg426": lambda p, c: _pick(p, _PH_DMG, 29),
    # Nepal
    "np_name426": lambda p, c: (
        f"{_by_sex(p, _NP_GIVEN_M, _NP_GIVEN_F, 30)} {_pick(p, _NP_FAMILY, 31)}"
    ),
    "np_father426": lambda p, c: f"{_pick(p, _NP_FATHERS, 32)} {_pick(p, _NP_FAMILY, 31)}",
    "np_grand426": lambda p, c: _pick(p, ("टेक बहादुर", "नर बहादुर", "धन प्रसाद", "गोपाल"), 33),
    "sex_np426": lambda p, c: "पुरुष" if p.male else "महिला",
    "np_dob426": lambda p, c: _np_bs(p.birth, p),
    "np_cit426": lambda p, c: f"{_pick(p, ('40', '51', '52', '36'), 34)}-01-{p.bhxh[-5:]}",
    "np_issue426": lambda p, c: _pick(p, ("जाजरकोट", "रुकुम पश्चिम", "गोरखा", "सुर्खेत"), 35),
    "np_addr426": lambda p, c: _pick(p, _NP_HOMES, 36),
    "np_benef426": lambda p, c: f"{p.bhxh[:2]}-{p.bhxh[2:4]}-{p.bhxh[4:6]}-{p.bhxh[-4:]}",
    "np_grade426": lambda p, c: _pick(p, _NP_GRADE, 37),
    "np_tranche426": lambda p, c: _pick(p, _NP_TRANCHE, 38),
    "np_paid426": lambda p, c: _np_bs(p.other_date, p),
    "phone_np426": lambda p, c: f"98{_pick(p, ('4', '5', '6', '1'), 39)}{p.phone[3:10]}",
    "np_bank426": lambda p, c: _pick(p, _NP_BANKS, 40),
    "np_acct426": lambda p, c: f"{p.bhxh}{p.phone[-4:]}",
    # Türkiye
    "tr_tc426": lambda p, c: _tc_kimlik(p),
    "tr_giv426": lambda p, c: _by_sex(p, _TR_GIVEN_M, _TR_GIVEN_F, 41),
    "tr_fam426": lambda p, c: _pick(p, _TR_FAMILY, 42),
    "tr_father426": lambda p, c: _pick(p, _TR_FATHERS, 43),
    "sex_tr426": lambda p, c: "Erkek" if p.male else "Kadın",
    "phone_tr426": lambda p, c: (
        f"0 (5{p.phone[2:4]}) {p.phone[4:7]} {p.phone[7:9]} {p.phone[9:]}{p.bhxh[0]}"
    ),
    "tr_il426": lambda p, c: _tr_home(p)[0],
    "tr_ilce426": lambda p, c: _tr_home(p)[1],
    "tr_mah426": lambda p, c: _tr_home(p)[2],
    "tr_street426": lambda p, c: _tr_home(p)[3],
    "tr_dmg426": lambda p, c: _pick(p, _TR_DAMAGE, 44),
    "tr_shelter426": lambda p, c: _pick(p, _TR_SHELTER, 45),
    "tr_aid426": lambda p, c: _pick(p, _TR_AID, 46),
    "tr_amount426": lambda p, c: _pick(p, ("15.000,00", "5.000,00", "10.000,00", "3.500,00"), 47),
    "tr_iban426": lambda p, c: _tr_iban(p),
    "tr_app426": lambda p, c: f"AFAD-2023-{p.bhxh[-7:]}",
    # Mozambique
    "mz_name426": lambda p, c: (
        f"{_by_sex(p, _MZ_GIVEN_M, _MZ_GIVEN_F, 48)} {_pick(p, _MZ_FAMILY, 49)}"
    ),
    "mz_bi426": lambda p, c: _mz_bi(p),
    "sex_mz426": lambda p, c: "Masculino" if p.male else "Feminino",
    "mz_head426": lambda p, c: _pick(p, ("Sim", "Sim", "Não"), 50),
    "mz_members426": lambda p, c: _num(p, 10),
    "mz_prov426": lambda p, c: _MZ_PLACES[int(p.bhxh) // 23 % len(_MZ_PLACES)][0],
    "mz_dist426": lambda p, c: _MZ_PLACES[int(p.bhxh) // 23 % len(_MZ_PLACES)][1],
    "mz_bairro426": lambda p, c: _MZ_PLACES[int(p.bhxh) // 23 % len(_MZ_PLACES)][2],
    "mz_centre426": lambda p, c: _pick(p, _MZ_CENTRES, 51),
    "mz_aid426": lambda p, c: _pick(p, _MZ_AID, 52),
    "mz_card426": lambda p, c: f"INGD/SOF/{p.bhxh[-5:]}",
    "phone_mz426": lambda p, c: (
        f"+258 8{_pick(p, ('4', '5', '6', '7'), 53)} {p.phone[3:6]} {p.phone[6:10]}"
    ),
    # Pakistan
    "pk_cnic426": lambda p, c: _cnic_sindh(p),
    "pk_name426": lambda p, c: (
        f"{_by_sex(p, _PK_GIVEN_M, _PK_GIVEN_F, 54)} {_pick(p, _PK_CLANS, 55)}"
    ),
    "pk_father426": lambda p, c: f"{_pick(p, _PK_FATHERS, 56)} {_pick(p, _PK_CLANS, 55)}",
    "sex_pk426": lambda p, c: "Male" if p.male else "Female",
    "phone_pk426": lambda p, c: _pk_phone(p),
    "pk_addr426": lambda p, c: _pk_home(p),
    "pk_dist426": lambda p, c: _pk_home(p).rsplit("District ", 1)[1],
    "pk_damage426": lambda p, c: _pick(p, _PK_DAMAGE, 57),
    "pk_amount426": lambda p, c: _pick(p, ("300,000", "50,000", "100,000", "25,000"), 58),
    "pk_txn426": lambda p, c: f"TXN{p.bhxh}{p.phone[-3:]}",
    "pk_patwari426": lambda p, c: f"{_pick(p, _PK_FATHERS, 59)} (Tapedar)",
    "pk_status426": lambda p, c: _pick(p, _PK_STATUS, 60),
    "pk_next426": lambda p, c: (
        f"{_shift_date(p.other_date, 1):%d-%m-%Y}" if _num(p, 7) == 2 else ""
    ),
}

__all__ = ["WRITERS_BLIND426"]
