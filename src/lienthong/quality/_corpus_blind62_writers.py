"""How the people of the sixty-second part of the outside corpus (**blind 62**,
:mod:`lienthong.quality._corpus_blind62`) are written: four Vietnamese files' own columns (a
community-service order and its supervising officer, an exempt household business, a blood
donation, a free health insurance card for the elderly) and Belgian, Valencian, Turkish,
Maharashtrian and Javanese names, addresses, phones and identity numbers in the forms their cards
show (the NISS/INSZ's mod-97 pair, the T.C. Kimlik No's two check digits, the Aadhaar's Verhoeff
digit, the NIK's birth date with 40 added to a woman's day), so that the checks the rules may run
meet real values."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick, _verhoeff
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_people import _ascii

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_OFFENCES = (
    "Gây rối trật tự công cộng",
    "Sử dụng trái phép chất ma túy",
    "Đánh nhau",
    "Trộm cắp tài sản (giá trị nhỏ)",
    "Xả rác nơi công cộng",
)
_VN_PLACES = (
    "Khu phố 3 - quét dọn đường",
    "Nghĩa trang liệt sĩ phường",
    "Công viên Lê Thị Riêng",
    "Trụ sở UBND phường",
    "Kênh Nhiêu Lộc - vớt rác",
)
_VN_TRADES = (
    ("Tạp hóa", "Tạp hóa"),
    ("Quán cơm", "Ăn uống"),
    ("Sửa xe", "Sửa chữa xe máy"),
    ("Uốn tóc", "Cắt tóc, gội đầu"),
    ("Bánh mì", "Ăn uống"),
    ("May đo", "May mặc"),
)
_VN_REASONS = (
    "Doanh thu dưới 200 triệu/năm",
    "Tạm ngừng kinh doanh",
    "Doanh thu dưới 100 triệu/năm",
)
_VN_BLOOD = ("O", "A", "B", "AB", "O", "A", "O", "B")
_VN_EMPLOYERS = (
    "Trường ĐH Bách khoa",
    "Công ty TNHH Pouyuen VN",
    "Đoàn phường Bến Thành",
    "Bệnh viện Chợ Rẫy",
    "Tự do",
    "Công an Quận 10",
)
_VN_SITES = (
    "Nhà Văn hóa Thanh niên",
    "Trung tâm Hiến máu Chợ Rẫy",
    "Hội trường UBND Quận 3",
    "Điểm hiến máu lưu động KCN Tân Bình",
)
_VN_ELDER = ("Nguoi tu du 80 tuoi", "NCT 75-80 tuoi", "NCT neo don", "NCT ho ngheo")
_VN_CLINICS = ("TYT xa Tan Thong Hoi", "BV huyen Cu Chi", "TTYT huyen Cu Chi", "TYT xa Phuoc Hiep")
_BE_FAMILY = ("Peeters", "Janssens", "Dubois", "Lambert", "El Amrani", "Maes", "Dupont")
_BE_GIVEN_M = ("Jean-Pierre", "Youssef", "Pieter", "Luc", "Mohamed", "Thomas", "Koen")
_BE_GIVEN_F = ("Marie", "Fatima", "Els", "Nathalie", "Sofie", "Aïcha", "Chantal")
_BE_PLACES = (
    ("Rue Haute 123 / Hoogstraat 123", "1000", "Bruxelles / Brussel"),
    (
        "Chaussée de Haecht 301 bte 4 / Haachtsesteenweg 301 bus 4",
        "1030",
        "Schaerbeek / Schaarbeek",
    ),
    ("Rue de la Paix 17 / Vredestraat 17", "1050", "Ixelles / Elsene"),
    (
        "Chaussée de Gand 88 / Gentsesteenweg 88",
        "1080",
        "Molenbeek-Saint-Jean / Sint-Jans-Molenbeek",
    ),
    ("Avenue Brugmann 52 / Brugmannlaan 52", "1060", "Saint-Gilles / Sint-Gillis"),
)
_BE_MUTUAL = ("Mutualité chrétienne / CM", "Solidaris", "Partenamut", "MLOZ / OZ", "CAAMI/HZIV")
_VA_FAMILY = ("García", "Martínez", "Ferrer", "Llopis", "Sanchis", "Pérez", "Soler", "Bernabeu")
_VA_GIVEN_M = ("Vicent", "Josep Maria", "Pau", "Joan", "Miguel Ángel", "Jordi")
_VA_GIVEN_F = ("Amparo", "Maria Desamparats", "Neus", "Carmen", "Empar", "Laura")
_VA_PLACES = (
    ("C/ de Colón, 12, 3a", "46004", "València", "València/Valencia"),
    ("Av. del Port, 145, pta. 21", "46023", "València", "València/Valencia"),
    ("C/ Major, 8", "03202", "Elx/Elche", "Alacant/Alicante"),
    ("Pl. de la Muntanyeta, 4, 2n", "03001", "Alacant/Alicante", "Alacant/Alicante"),
    ("C/ Enmig, 30", "12001", "Castelló de la Plana", "Castelló/Castellón"),
    ("Passeig de les Germanies, 55", "46702", "Gandia", "València/Valencia"),
)
_VA_CENTRES = ("CS Benimaclet", "CS Trafalgar", "CS Elx-Altabix", "CS Gran Via Castelló")
_TR_FAMILY = ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan")
_TR_GIVEN_M = ("Mehmet", "Mustafa", "Hüseyin", "İbrahim", "Ahmet", "Osman", "Ömer")
_TR_GIVEN_F = ("Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Şerife", "Gülsüm")
_TR_PLACES = (
    ("Cumhuriyet Mah. Atatürk Cad. No:12 D:3", "Melikgazi", "Kayseri"),
    ("Yenidoğan Mah. 1205. Sok. No:7", "Selçuklu", "Konya"),
    ("Kızılay Mah. İnönü Bulvarı No:45 D:8", "Çankaya", "Ankara"),
    ("Esentepe Mah. Fatih Sok. No:3/1", "Merkez", "Sivas"),
    ("Yeşilyurt Mah. Kışla Cad. No:21", "Tepebaşı", "Eskişehir"),
)
_TR_AID = ("Gıda yardımı", "Yakacak (kömür)", "Eğitim yardımı", "Kira yardımı", "Nakdi yardım")
#: (Devanagari, Latin) spellings: a tahsil's clerk types a whole name in one script or the other
_MH_GIVEN_M = (("रमेश", "Ramesh"), ("सुनील", "Sunil"), ("गणेश", "Ganesh"), ("विठ्ठल", "Vitthal"))
_MH_GIVEN_F = (("सुनीता", "Sunita"), ("लता", "Lata"), ("मंगल", "Mangal"), ("शोभा", "Shobha"))
_MH_FATHER = (("दत्तात्रय", "Dattatray"), ("प्रकाश", "Prakash"), ("बाळू", "Balu"), ("शंकर", "Shankar"))
_MH_FAMILY = (
    ("पाटील", "Patil"),
    ("जाधव", "Jadhav"),
    ("शिंदे", "Shinde"),
    ("पवार", "Pawar"),
    ("कदम", "Kadam"),
    ("देशमुख", "Deshmukh"),
    ("गायकवाड", "Gaikwad"),
)
_MH_PLACES = (
    ("घर क्र. 45, शिवाजी नगर, हडपसर", "Pune", "411028"),
    ("Flat 12, Sai Krupa CHS, Kopri, Thane (E)", "Thane", "400603"),
    ("मु. पो. वडगाव, ता. मावळ", "Pune", "412106"),
    ("Room 7, Chawl No. 3, Dharavi", "Mumbai", "400017"),
    ("प्लॉट 22, सिडको, एन-6", "Chhatrapati Sambhajinagar", "431003"),
    ("At post Karad, Tal. Karad", "Satara", "415110"),
)
_ID_FAMILY = ("Suryani", "Wibowo", "Setiawan", "Hartono", "Rahayu", "Santoso", "Kusuma")
_ID_GIVEN_M = ("Budi", "Agus", "Slamet", "Joko", "Eko Prasetyo", "Bambang")
_ID_GIVEN_F = ("Sri", "Siti Aminah", "Dewi", "Tri Wahyuni", "Endang", "Rina")
_ID_PLACES = (
    ("Jl. Pemuda No. 12", "Sekayu", "Kota Semarang", "Jawa Tengah", "3374"),
    ("Jl. Kaliurang Km 5, Gg. Mawar 3", "Caturtunggal", "Kab. Sleman", "DI Yogyakarta", "3404"),
    ("Dusun Krajan", "Sumbersari", "Kab. Jember", "Jawa Timur", "3509"),
    ("Jl. Asia Afrika No. 88", "Braga", "Kota Bandung", "Jawa Barat", "3273"),
    ("Perum Griya Asri Blok C-7", "Bojongsari", "Kab. Purbalingga", "Jawa Tengah", "3303"),
)
_ID_BIRTHPLACE = ("Semarang", "Klaten", "Jember", "Bandung", "Purbalingga", "Surabaya")


def _place(p: Person, places: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return places[int(p.bhxh) // 9 % len(places)]


def _trade(p: Person) -> tuple[str, str]:
    return _VN_TRADES[int(p.bhxh) // 23 % len(_VN_TRADES)]


def _mh(p: Person, names: tuple[tuple[str, str], ...], salt: int) -> str:
    """One part of a Marathi name, in Latin script for a third of the people."""
    return names[int(p.bhxh) // (salt * 11 + 1) % len(names)][int(p.bhxh) % 3 == 0]


def _mh_guardian(p: Person) -> str:
    return f"{_mh(p, _MH_FATHER, 3)} {_mh(p, _MH_FAMILY, 2)}"


def _niss(p: Person) -> str:
    """A Belgian NISS/INSZ ``YY.MM.DD-SSS.CC``: the birth date, a serial odd for men and even
    for women, and 97 less the nine digits mod 97 (a 2 put in front of them for people born
    after 1999)."""
    serial = int(p.bhxh[:3]) % 997 // 2 * 2 + 1 + (0 if p.male else 1)
    head = f"{p.birth:%y%m%d}{serial:03d}"
    base = int(("2" if p.birth.year >= 2000 else "") + head)
    check = 97 - base % 97
    return f"{head[:2]}.{head[2:4]}.{head[4:6]}-{head[6:]}.{check:02d}"


def _tckn(p: Person) -> str:
    """A Turkish T.C. Kimlik No: nine digits (the first not 0), the tenth from the odd and even
    places (``(odd * 7 - even) mod 10``), the eleventh the sum of the ten mod 10."""
    digits = [int(p.bhxh[0]) % 9 + 1] + [int(ch) for ch in p.bhxh[1:9]]
    odd, even = sum(digits[0:9:2]), sum(digits[1:8:2])
    digits.append((odd * 7 - even) % 10)
    digits.append(sum(digits) % 10)
    return "".join(str(d) for d in digits)


def _aadhaar(p: Person) -> str:
    """An Aadhaar number ``2345 6789 0123``: eleven digits (the first 2-9) and the Verhoeff
    digit, spaced in fours as the card prints it."""
    body = f"{int(p.bhxh[0]) % 8 + 2}{p.bhxh[1:]}{p.phone[-1]}"
    full = _verhoeff(body)
    return f"{full[:4]} {full[4:8]} {full[8:]}"


def _pan(p: Person) -> str:
    """A PAN ``ABCPD1234E``: three letters, P for a person, the surname's initial, four digits
    and a letter."""
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    n = int(p.bhxh)
    head = "".join(letters[n // 23**i % 23] for i in range(3))
    initial = "PJSPKDG"[int(p.bhxh) // 23 % 7]
    return f"{head}P{initial}{p.bhxh[-4:]}{letters[n % 19]}"


def _nik(p: Person) -> str:
    """An Indonesian NIK: the regency's four digits, the kecamatan's two, ``DDMMYY`` with 40 added
    to a woman's day, and a four-digit serial."""
    region = _place(p, _ID_PLACES)[4]
    day = p.birth.day + (0 if p.male else 40)
    kecamatan = int(p.bhxh[:2]) % 20 + 1
    serial = int(p.bhxh[-4:]) % 9999 + 1
    return f"{region}{kecamatan:02d}{day:02d}{p.birth:%m%y}{serial:04d}"


WRITERS_BLIND62: dict[str, Callable[[Person, Col], object]] = {
    "offence62": lambda p, c: _pick(p, _VN_OFFENCES, 2),
    "decision62": lambda p, c: f"{_num(p, 300)}/QĐ-XPHC",
    "hours62": lambda p, c: str((_num(p, 6) + 1) * 4),
    "workplace62": lambda p, c: _pick(p, _VN_PLACES, 3),
    "officer62": lambda p, c: f"{_pick(p, ('Đ/c', 'Thiếu úy', 'Trung úy'), 4)} {_other_vn(p, 5)}",
    "officer_phone62": lambda p, c: _other_phone(p, "0903"),
    "result62": lambda p, c: _pick(p, ("Hoàn thành", "Đang chấp hành", "Vắng 1 buổi"), 5),
    "shop62": lambda p, c: f"HKD {_trade(p)[0]} {p.given.split()[-1]}",
    "shop_addr62": lambda p, c: f"Kiốt {_num(p, 60)}, Chợ Tân Định, Phường Tân Định, Quận 1",
    "trade62": lambda p, c: _trade(p)[1],
    "revenue62": lambda p, c: f"{(_num(p, 90) + 40) * 1_000_000:,}".replace(",", "."),
    "reason62": lambda p, c: _pick(p, _VN_REASONS, 3),
    "licence62": lambda p, c: f"41{p.bhxh[2]}8{p.bhxh[-6:]}",
    "blood62": lambda p, c: _pick(p, _VN_BLOOD, 2),
    "rh62": lambda p, c: "Rh-" if int(p.bhxh) % 37 == 0 else "Rh+",
    "volume62": lambda p, c: _pick(p, ("250", "350", "350", "450"), 3),
    "times62": lambda p, c: str(_num(p, 25)),
    "employer62": lambda p, c: _pick(p, _VN_EMPLOYERS, 4),
    "site62": lambda p, c: _pick(p, _VN_SITES, 5),
    "donor_code62": lambda p, c: f"HM{p.bhxh[1:9]}",
    "elder62": lambda p, c: _pick(p, _VN_ELDER, 2),
    "clinic62": lambda p, c: _pick(p, _VN_CLINICS, 3),
    "receiver62": lambda p, c: _ascii(_other_vn(p, 6)),
    "niss_be62": lambda p, c: _niss(p),
    "be_family62": lambda p, c: _pick(p, _BE_FAMILY, 2),
    "be_given62": lambda p, c: _by_sex(p, _BE_GIVEN_M, _BE_GIVEN_F, 1),
    "sex_be62": lambda p, c: "M" if p.male else "F",
    "street_be62": lambda p, c: _place(p, _BE_PLACES)[0],
    "pc_be62": lambda p, c: _place(p, _BE_PLACES)[1],
    "commune_be62": lambda p, c: _place(p, _BE_PLACES)[2],
    "phone_be62": lambda p, c: (
        f"04{'789'[int(p.bhxh) % 3]}{p.phone[3]} {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:]}"
    ),
    "mutual_be62": lambda p, c: _pick(p, _BE_MUTUAL, 3),
    "worker_be62": lambda p, c: _pick(p, ("Mme Claes", "Dhr. Wouters", "M. Mertens"), 4),
    "amount_be62": lambda p, c: f"{1263 + _num(p, 500)},{p.bhxh[-2:]}",
    "sip_va62": lambda p, c: f"{int(p.bhxh[:8]) % 9_000_000 + 1_000_000:08d}",
    "va_given62": lambda p, c: _by_sex(p, _VA_GIVEN_M, _VA_GIVEN_F, 1),
    "va_fam1_62": lambda p, c: _pick(p, _VA_FAMILY, 2),
    "va_fam2_62": lambda p, c: _pick(p, _VA_FAMILY, 3),
    "sex_va62": lambda p, c: "Home" if p.male else "Dona",
    "street_va62": lambda p, c: _place(p, _VA_PLACES)[0],
    "cp_va62": lambda p, c: _place(p, _VA_PLACES)[1],
    "town_va62": lambda p, c: _place(p, _VA_PLACES)[2],
    "prov_va62": lambda p, c: _place(p, _VA_PLACES)[3],
    "phone_va62": lambda p, c: f"6{p.phone[3:5]} {p.phone[5:7]} {p.phone[7:9]} {p.phone[9:]}1",
    "centre_va62": lambda p, c: _pick(p, _VA_CENTRES, 4),
    "vaccine_va62": lambda p, c: _pick(p, ("Grip / Gripe", "COVID-19", "Pneumococ"), 5),
    "tckn_tr62": lambda p, c: _tckn(p),
    "tr_given62": lambda p, c: _by_sex(p, _TR_GIVEN_M, _TR_GIVEN_F, 1),
    "tr_family62": lambda p, c: _pick(p, _TR_FAMILY, 2),
    "tr_father62": lambda p, c: _pick(p, _TR_GIVEN_M, 3),
    "tr_mother62": lambda p, c: _pick(p, _TR_GIVEN_F, 4),
    "tr_birthplace62": lambda p, c: _pick(p, ("Yozgat", "Kırşehir", "Niğde", "Çorum"), 5),
    "sex_tr62": lambda p, c: "Erkek" if p.male else "Kadın",
    "addr_tr62": lambda p, c: ", ".join(
        (_place(p, _TR_PLACES)[0], "/".join(_place(p, _TR_PLACES)[1:]))
    ),
    "ilce_tr62": lambda p, c: _place(p, _TR_PLACES)[1],
    "il_tr62": lambda p, c: _place(p, _TR_PLACES)[2],
    "phone_tr62": lambda p, c: (
        f"05{'345'[int(p.bhxh) % 3]}{p.phone[3]} {p.phone[4:7]} {p.phone[7:9]} {p.phone[9]}"
        f"{p.bhxh[-1]}"
    ),
    "aid_tr62": lambda p, c: _pick(p, _TR_AID, 6),
    "amount_tr62": lambda p, c: f"{(_num(p, 40) + 5) * 250:,}".replace(",", ".") + ",00",
    "muhtar_tr62": lambda p, c: f"{_pick(p, _TR_GIVEN_M, 7)} {_pick(p, _TR_FAMILY, 8)}",
    "aadhaar_mh62": lambda p, c: _aadhaar(p),
    "pan_mh62": lambda p, c: _pan(p),
    "mh_name62": lambda p, c: (
        f"{_mh(p, _MH_GIVEN_M if p.male else _MH_GIVEN_F, 1)} {_mh_guardian(p)}"
    ),
    "mh_guardian62": lambda p, c: _mh_guardian(p),
    "sex_mh62": lambda p, c: "पुरुष" if p.male else "स्त्री",
    "addr_mh62": lambda p, c: _place(p, _MH_PLACES)[0] + f", {_place(p, _MH_PLACES)[1]}",
    "dist_mh62": lambda p, c: _place(p, _MH_PLACES)[1],
    "pin_mh62": lambda p, c: _place(p, _MH_PLACES)[2],
    "phone_mh62": lambda p, c: f"{'9876'[int(p.bhxh) % 4]}{p.phone[2:10]}{p.bhxh[-1]}",
    "bank_mh62": lambda p, c: f"{p.bhxh}{p.phone[-3:]}",
    "ifsc_mh62": lambda p, c: _pick(p, ("SBIN0001234", "MAHB0000456", "BKID0007890"), 4),
    "scheme_mh62": lambda p, c: _pick(p, ("संजय गांधी निराधार", "श्रावणबाळ सेवा राज्य निवृत्तीवेतन"), 5),
    "nik_id62": lambda p, c: _nik(p),
    "kk_id62": lambda p, c: f"{_place(p, _ID_PLACES)[4]}{p.bhxh}{p.phone[-2:]}",
    "id_name62": lambda p, c: (
        f"{_by_sex(p, _ID_GIVEN_M, _ID_GIVEN_F, 1)} {_pick(p, _ID_FAMILY, 2)}"
    ),
    "id_birthplace62": lambda p, c: _pick(p, _ID_BIRTHPLACE, 3),
    "sex_id62": lambda p, c: "Laki-laki" if p.male else "Perempuan",
    "street_id62": lambda p, c: _place(p, _ID_PLACES)[0],
    "rtrw_id62": lambda p, c: f"00{_num(p, 9)}/00{_num(p, 8) % 9 + 1}",
    "kel_id62": lambda p, c: _place(p, _ID_PLACES)[1],
    "kab_id62": lambda p, c: _place(p, _ID_PLACES)[2],
    "prov_id62": lambda p, c: _place(p, _ID_PLACES)[3],
    "bpjs_id62": lambda p, c: f"000{p.bhxh}",
    "phone_id62": lambda p, c: f"08{p.phone[2:4]}-{p.phone[4:8]}-{p.phone[8:]}{p.bhxh[-2:]}",
    "faskes_id62": lambda p, c: _pick(p, ("Puskesmas Halmahera", "Klinik Pratama Sehat"), 4),
    "mother_id62": lambda p, c: _pick(p, _ID_GIVEN_F, 5),
}
