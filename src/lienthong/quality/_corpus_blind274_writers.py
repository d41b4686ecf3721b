"""How the people of the two-hundred-and-seventy-fourth part of the outside corpus (**blind 274**,
:mod:`lienthong.quality._corpus_blind274`) are written: four Vietnamese files' own columns (a
water puppet guild's fees, a clam farmer's lease of a tidal flat, a floating market wholesale
boat, a conical hat group's piecework) and Thai names, places, phones and numbers of Pattani,
Yala and Narathiwat (Malay names in Thai script and in Rumi) and of the hills of Chiang Rai and
Mae Hong Son (Akha, Lahu, Hmong and Karen names) in the forms their registers show: the
13-digit id whose last digit is 11 less the weighted sum mod 11 (mod 10), the highland people's
ids leading with 0 (and 89 after the office), 6 or 7, and Buddhist-era dates (year + 543),
sometimes in Thai digits."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind44_writers import _TH_MONTHS

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

# -- Vietnam: water puppet guild of a village, fees per show ---------------------------------------
_VN_ROI_GUILDS = (
    "Phường rối nước Đào Thục",
    "Phường rối nước Nguyên Xá",
    "Phường rối nước Thanh Hải",
    "Phường rối Chàng Sơn",
    "Phường rối nước Hồng Phong",
)
_VN_ROI_ROLES = ("Điều khiển quân rối", "Nhạc công", "Hát chèo/ lồng tiếng", "Tạc, sơn con rối")
_VN_ROI_FEES = (250_000, 300_000, 350_000, 200_000)
# -- Vietnam: clam farmers leasing tidal flats -----------------------------------------------------
_VN_NG_FLATS = ("Bãi Cồn Xanh", "Bãi Cồn Vành", "Bãi Thủy Xuân", "Bãi Đông Hải", "Cồn Ngoài")
_VN_NG_SPECIES = ("Nghêu Bến Tre", "Ngao trắng", "Nghêu lụa", "Sò huyết", "Ngao dầu")
# -- Vietnam: Cái Răng floating market wholesale boats ---------------------------------------------
_VN_CN_GOODS = ("Khom (dua)", "Khoai lang", "Bi dao", "Cu cai", "Mit, xoai", "Hanh tim")
_VN_CN_BERTHS = ("Khu A - gan cau Cai Rang", "Khu B - vam Ba Lang", "Khu C - ben Ninh Kieu")
# -- Vietnam: conical hat group of a craft village -------------------------------------------------
_VN_NL_KINDS = ("Nón bài thơ", "Nón ba tầng", "Nón lá trơn", "Nón quai thao", "Nón xuất khẩu")
_VN_NL_BANKS = ("Agribank", "Vietinbank", "BIDV", "Agribank")

# -- Thailand: the deep south ----------------------------------------------------------------------
#: province, district, subdistrict, postcode, the registration office's four digits
_SOUTH: tuple[_T, ...] = (
    ("ปัตตานี", "เมืองปัตตานี", "ตะลุโบะ", "94000", "9401"),
    ("ปัตตานี", "หนองจิก", "ตุยง", "94170", "9403"),
    ("ปัตตานี", "ยะรัง", "ยะรัง", "94160", "9410"),
    ("ปัตตานี", "สายบุรี", "ตะลุบัน", "94110", "9407"),
    ("ยะลา", "เมืองยะลา", "สะเตง", "95000", "9501"),
    ("ยะลา", "เบตง", "เบตง", "95110", "9502"),
    ("ยะลา", "บันนังสตา", "บันนังสตา", "95130", "9503"),
    ("ยะลา", "รามัน", "กายูบอเกาะ", "95140", "9506"),
    ("นราธิวาส", "เมืองนราธิวาส", "บางนาค", "96000", "9601"),
    ("นราธิวาส", "ตากใบ", "เจ๊ะเห", "96110", "9602"),
    ("นราธิวาส", "รือเสาะ", "รือเสาะ", "96150", "9606"),
    ("นราธิวาส", "สุไหงโก-ลก", "สุไหงโก-ลก", "96120", "9610"),
    ("นราธิวาส", "ระแงะ", "ตันหยงมัส", "96130", "9605"),
)
#: Malay given names in Thai script and in Rumi
_ML_M: tuple[tuple[str, str], ...] = (
    ("อับดุลเลาะ", "Abdullah"),
    ("มะยูโซะ", "Mayusoh"),
    ("อิสมาแอ", "Ismail"),
    ("อาหมัด", "Ahmad"),
    ("สุไลมาน", "Sulaiman"),
    ("มูฮำหมัด", "Muhammad"),
    ("ซาการียา", "Zakariya"),
    ("แวอาลี", "Wae Ali"),
)
_ML_F: tuple[tuple[str, str], ...] = (
    ("รอฮานี", "Rohani"),
    ("ฟาตีมะห์", "Fatimah"),
    ("นูรีซัน", "Nurisan"),
    ("แวมีเนาะ", "Waeminoh"),
    ("ซารีปะ", "Saripah"),
    ("อาซีซะห์", "Azizah"),
    ("กามารียะห์", "Kamariyah"),
)
_ML_FAMILY: tuple[tuple[str, str], ...] = (
    ("สาและ", "Saleh"),
    ("ดอเลาะ", "Doloh"),
    ("เจ๊ะมะ", "Jehma"),
    ("หะยีสาและ", "Hayeesaleh"),
    ("แวดาโอ๊ะ", "Waedaoh"),
    ("ยูโซะ", "Yusoh"),
    ("บินอาแว", "Binawae"),
    ("สะมะแอ", "Samae"),
)
_SOUTH_MASJID = (
    "มัสยิดกลางจังหวัดปัตตานี",
    "มัสยิดตะโละมาเนาะ",
    "มัสยิดกรือเซะ",
    "มัสยิดนูรุลฮูดา",
    "มัสยิดดารุลอามาน",
)
_PONDOK = (
    "ปอเนาะดาลอ",
    "ปอเนาะบาโงยลางา",
    "สถาบันศึกษาปอเนาะญามีอะห์",
    "ปอเนาะสะปอม",
    "ปอเนาะดารุสสาลาม",
)
_PONDOK_LEVEL = ("ชั้น 1 (อิบติดาอีย์)", "ชั้น 2", "ชั้น 3 (มุตะวัสสิฏ)", "ชั้น 4", "ซานาวีย์")
_UNREST_HARM = (
    ("เสียชีวิต", 500_000),
    ("บาดเจ็บสาหัส", 100_000),
    ("บาดเจ็บเล็กน้อย", 20_000),
    ("ทรัพย์สินเสียหาย", 30_000),
    ("พิการ/ทุพพลภาพ", 400_000),
)
_UNREST_STATUS = ("จ่ายแล้ว", "จ่ายแล้ว", "รอเอกสารทายาท", "อยู่ระหว่างตรวจสอบ", "ไม่เข้าเกณฑ์")
_YP = "ยะลา ปัตตานี"
_NR = "นราธิวาส"
_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")

# -- Thailand: the northern hills ------------------------------------------------------------------
#: province, district, subdistrict, postcode, the office's four digits, village
_HILLS_CR: tuple[_T, ...] = (
    ("เชียงราย", "แม่ฟ้าหลวง", "เทอดไทย", "57240", "5715", "บ้านอาแหละ"),
    ("เชียงราย", "แม่ฟ้าหลวง", "แม่สลองนอก", "57110", "5715", "บ้านผาหมี"),
    ("เชียงราย", "แม่สาย", "ห้วยไคร้", "57220", "5709", "บ้านจะคือ"),
    ("เชียงราย", "แม่จัน", "ท่าก๊อ", "57110", "5707", "บ้านห้วยขม"),
    ("เชียงราย", "เวียงแก่น", "ม่วงยาย", "57310", "5713", "บ้านร่มฟ้าทอง"),
)
_HILLS_MHS: tuple[_T, ...] = (
    ("แม่ฮ่องสอน", "ปางมะผ้า", "สบป่อง", "58150", "5807", "บ้านจ่าโบ่"),
    ("แม่ฮ่องสอน", "แม่สะเรียง", "แม่คง", "58110", "5804", "บ้านแม่คง"),
    ("แม่ฮ่องสอน", "แม่ลาน้อย", "ห้วยห้อม", "58120", "5805", "บ้านห้วยห้อม"),
    ("แม่ฮ่องสอน", "สบเมย", "แม่สวด", "58110", "5806", "บ้านแม่สามแลบ"),
    ("แม่ฮ่องสอน", "เมืองแม่ฮ่องสอน", "หมอกจำแป่", "58000", "5801", "บ้านรักไทย"),
)
#: each people's men's and women's given names and family names
_HILL_NAMES: dict[str, tuple[_T, _T, _T]] = {
    "อาข่า": (
        ("อาเบ", "อาโย", "อาจ่า", "อาแล", "หมื่อแล"),
        ("หมี่จู", "อาหมี่", "หมี่ยะ", "อาชา", "หมี่ซอ"),
        ("เชอมือ", "มาเยอ", "แลเช", "อาจ่อ", "ปอแฉ่"),
    ),
    "ลาหู่": (
        ("จะแฮ", "จะอ่อ", "จะหงะ", "จะนุ", "จะคะ"),
        ("นะแก", "นาหลี", "นาแปง", "นาเลาะ", "นะปี"),
        ("จะหลี", "แสนแก้ว", "จะปือ", "ยะโล", "จะพือ"),
    ),
    "ม้ง": (
        ("จอ", "เยีย", "ไซ", "ตั้ว", "ชัย"),
        ("หมี", "ไม", "เย่", "ซี", "ปลา"),
        ("แซ่ย่าง", "แซ่ลี", "แซ่ว่าง", "แซ่ท่อ", "แซ่หาง", "แซ่โซ้ง"),
    ),
    "กะเหรี่ยง": (
        ("ดิ๊", "จอนิ", "ทะพอ", "พะโด๊ะ", "แดเบอะ"),
        ("หน่อเปอะ", "หน่อมึ", "ปิ๊ดา", "หน่อแหม่", "มึจิ"),
        ("ไพรพนาวัลย์", "สมบูรณ์ป่าไม้", "ปัญญามงคล", "ศิริวนาพร", "ดอยสูงเย็น"),
    ),
}
_CR_PEOPLES = ("อาข่า", "ลาหู่", "ม้ง", "อาข่า")
_MHS_PEOPLES = ("กะเหรี่ยง", "ม้ง", "ลาหู่", "กะเหรี่ยง")
#: the lead of the highland id and the card it stands on
_HILL_CARDS = (
    ("0", "บัตรประจำตัวคนซึ่งไม่มีสัญชาติไทย (เลข 0 ... 89)"),
    ("6", "บัตรประจำตัวบุคคลบนพื้นที่สูง (บัตรสีฟ้า)"),
    ("7", "บุตรของบุคคลประเภท 6 ที่เกิดในไทย"),
    ("6", "ทร.13"),
)
_HILL_RESULT = ("อนุมัติ ได้สัญชาติไทย", "รอตรวจสอบ DNA", "ส่งจังหวัดพิจารณา", "รอสอบพยาน", "อนุมัติ")
_BPP_SCHOOLS = (
    "รร.ตชด.บ้านแม่คง",
    "รร.ตชด.บ้านจ่าโบ่",
    "รร.ตชด.บ้านห้วยห้อม",
    "ศกร.ตชด.บ้านแม่สามแลบ",
    "รร.ตชด.บ้านรักไทย",
)
_BPP_GRADES = ("อ.2", "อ.3", "ป.1", "ป.2", "ป.3", "ป.4", "ป.5", "ป.6")


def _row(p: Person, places: tuple[_T, ...], salt: int = 3) -> _T:
    return places[int(p.bhxh) // salt % len(places)]


def _south(p: Person, provinces: str = "ปัตตานี") -> _T:
    """The person's place in the provinces named (the register's own), e.g. ``"ยะลา ปัตตานี"``."""
    return _row(p, tuple(row for row in _SOUTH if row[0] in provinces.split()), 7)


def _th_digits(twelve: str) -> str:
    """The 13-digit Thai id: the twelve digits and 11 less their weighted sum mod 11 (mod 10)."""
    check = (11 - sum(int(d) * (13 - i) for i, d in enumerate(twelve)) % 11) % 10
    return f"{twelve}{check}"


def _th_id274(p: Person, office: str, lead: str | None = None) -> str:
    """A Thai id: the person's kind (1 born after 1984, 3 on the first house register; 0, 6 or
    7 for the highland people), the office, the group and the serial."""
    lead = lead or ("1" if p.birth.year >= 1984 else "3")
    middle = f"89{p.bhxh[2:5]}" if lead == "0" else p.bhxh[1:6]
    return _th_digits(f"{lead}{office}{middle}{p.bhxh[-2:]}")


def _dashed(n: str) -> str:
    return f"{n[0]}-{n[1:5]}-{n[5:10]}-{n[10:12]}-{n[12]}"


def _be(d: date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year + 543}"


def _be_month(d: date) -> str:
    return f"{d.day} {_TH_MONTHS[d.month - 1]} {d.year + 543}"


def _th_mobile(p: Person, dashed: bool = True) -> str:
    digits = f"0{_pick(p, ('8', '9', '6'), 4)}{p.phone[2:10]}"
    return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}" if dashed else digits


def _title(p: Person, married: bool = True) -> str:
    return "นาย" if p.male else ("นาง" if married else "นางสาว")


def _ml(p: Person, salt: int = 2, male: bool | None = None) -> tuple[str, str]:
    """A Malay given and family name: (Thai script, Rumi)."""
    men = p.male if male is None else male
    givens = _ML_M if men else _ML_F
    given = givens[int(p.bhxh) // (salt * 11 + 1) % len(givens)]
    family = _ML_FAMILY[int(p.bhxh) // (salt * 13 + 5) % len(_ML_FAMILY)]
    return f"{given[0]} {family[0]}", f"{given[1]} {family[1]}"


def _ml_thai(p: Person, salt: int = 2, titled: bool = True) -> str:
    name = _ml(p, salt)[0]
    return f"{_title(p, p.birth.year < 1995)}{name}" if titled else name


def _other_ml(p: Person, salt: int, male: bool) -> str:
    given = _pick(p, tuple(g[0] for g in (_ML_M if male else _ML_F)), salt)
    return (
        f"{'นาย' if male else 'นาง'}{given} {_pick(p, tuple(f[0] for f in _ML_FAMILY), salt + 1)}"
    )


def _south_addr(p: Person, provinces: str, short: bool = False) -> str:
    prov, amphoe, tambon, post, _ = _south(p, provinces)
    house = f"{_num(p, 180)}" + (f"/{_num(p, 9)}" if int(p.bhxh) % 3 == 0 else "")
    if short:
        return f"{house} ม.{_num(p, 11)} ต.{tambon} อ.{amphoe} จ.{prov}"
    return f"{house} หมู่ที่ {_num(p, 11)} ตำบล{tambon} อำเภอ{amphoe} จังหวัด{prov} {post}"


def _hill(p: Person, places: tuple[_T, ...], peoples: _T) -> tuple[_T, str]:
    return _row(p, places, 5), _pick(p, peoples, 6)


def _hill_name(p: Person, people: str, male: bool | None = None, salt: int = 2) -> tuple[str, str]:
    men, women, families = _HILL_NAMES[people]
    given = _pick(p, men if (p.male if male is None else male) else women, salt)
    return given, _pick(p, families, salt + 1)


def _cr(p: Person) -> tuple[_T, str]:
    return _hill(p, _HILLS_CR, _CR_PEOPLES)


def _mhs(p: Person) -> tuple[_T, str]:
    return _hill(p, _HILLS_MHS, _MHS_PEOPLES)


def _hill_card(p: Person) -> tuple[str, str]:
    return _HILL_CARDS[int(p.bhxh) // 17 % len(_HILL_CARDS)]


def _hill_addr(place: _T, p: Person) -> str:
    prov, amphoe, tambon, post, _, village = place
    return f"{_num(p, 120)} หมู่ {_num(p, 20)} {village} ต.{tambon} อ.{amphoe} จ.{prov} {post}"


def _pupil_birth274(p: Person) -> date:
    """A pupil of a border patrol police school: the person's day and month in 2012 to 2020."""
    return _safe_day(2012 + int(p.bhxh) % 9, p.birth.month, p.birth.day)


def _day(p: Person, start: date, span: int) -> date:
    return start + timedelta(days=_num(p, span))


def _baht(amount: int) -> str:
    return f"{amount:,}"


def _mhs_id(p: Person) -> str:
    lead = _pick(p, ("7", "0", "7", "1"), 8)
    return _dashed(_th_id274(p, _mhs(p)[0][4], lead))


def _mhs_name(p: Person) -> str:
    given, family = _hill_name(p, _mhs(p)[1])
    return f"{'ด.ช.' if p.male else 'ด.ญ.'}{given} {family}"


WRITERS_BLIND274: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: water puppet guild
    "roi_guild274": lambda p, c: _pick(p, _VN_ROI_GUILDS, 2),
    "roi_role274": lambda p, c: _pick(p, _VN_ROI_ROLES, 3),
    "roi_shows274": lambda p, c: 2 + _num(p, 14),
    "roi_fee274": lambda p, c: f"{_VN_ROI_FEES[int(p.bhxh) % 4]:,}".replace(",", "."),
    "roi_total274": lambda p, c: f"{_VN_ROI_FEES[int(p.bhxh) % 4] * (2 + _num(p, 14)):,}".replace(
        ",", "."
    ),
    "roi_sign274": lambda p, c: "" if int(p.bhxh) % 6 == 0 else "đã ký",
    # Vietnam: clam farmers leasing tidal flats
    "ng_contract274": lambda p, c: f"{_num(p, 150):03d}/HĐTMN-UBND",
    "ng_flat274": lambda p, c: f"{_pick(p, _VN_NG_FLATS, 2)}, ô {_num(p, 40)}",
    "ng_area274": lambda p, c: f"{_num(p, 5)},{_num(p, 9)}",
    "ng_species274": lambda p, c: _pick(p, _VN_NG_SPECIES, 3),
    "ng_term274": lambda p, c: _pick(p, ("5", "10", "5", "3"), 4),
    "ng_rent274": lambda p, c: f"{(1 + _num(p, 6)) * 1_500_000:,}".replace(",", "."),
    "ng_team274": lambda p, c: f"THT nuôi nghêu {_pick(p, ('số 1', 'số 2', 'Cồn Xanh'), 5)}",
    # Vietnam: floating market wholesale boats
    "cn_boat274": lambda p, c: f"CT-{p.bhxh[-5:]}",
    "cn_tonnage274": lambda p, c: f"{3 + _num(p, 25)}",
    "cn_goods274": lambda p, c: _pick(p, _VN_CN_GOODS, 2),
    "cn_berth274": lambda p, c: _pick(p, _VN_CN_BERTHS, 3),
    "cn_helper274": lambda p, c: _other_vn(p, 4) if int(p.bhxh) % 3 else "",
    "cn_fee274": lambda p, c: _pick(p, ("150000", "200000", "100000"), 5),
    # Vietnam: conical hat group
    "nl_kind274": lambda p, c: _pick(p, _VN_NL_KINDS, 2),
    "nl_quota274": lambda p, c: 20 + _num(p, 60),
    "nl_price274": lambda p, c: f"{(6 + _num(p, 10)) * 5_000:,}".replace(",", "."),
    "nl_bank274": lambda p, c: f"{_pick(p, _VN_NL_BANKS, 3)} {p.bhxh[-9:]}{_num(p, 9)}",
    "nl_leader274": lambda p, c: _other_vn(p, 5, male=False),
    # Thailand: Islamic marriages in Pattani
    "nk_no274": lambda p, c: f"{_num(p, 400)}/{2566 + int(p.bhxh) % 3}",
    "nk_name274": lambda p, c: _ml_thai(p),
    "nk_id274": lambda p, c: _dashed(_th_id274(p, _south(p)[4])),
    "nk_birth274": lambda p, c: _be(p.birth),
    "sex_th274": lambda p, c: "ชาย" if p.male else "หญิง",
    "nk_addr274": lambda p, c: _south_addr(p, "ปัตตานี"),
    "nk_phone274": lambda p, c: _th_mobile(p),
    "nk_spouse274": lambda p, c: _other_ml(p, 3, not p.male),
    "nk_wali274": lambda p, c: _other_ml(p, 5, True) + " (บิดา)",
    "nk_mahr274": lambda p, c: _baht((3 + _num(p, 20)) * 1000),
    "nk_imam274": lambda p, c: "โต๊ะอิหม่าม" + _other_ml(p, 7, True)[3:],
    "nk_masjid274": lambda p, c: _pick(p, _SOUTH_MASJID, 4),
    "nk_date274": lambda p, c: _be(_day(p, date(2023, 5, 1), 900)),
    # Thailand: pondok students in Yala
    "pk_sid274": lambda p, c: f"ปน.{p.bhxh[-5:]}",
    "pk_name274": lambda p, c: _ml_thai(p, 3),
    "pk_rumi274": lambda p, c: _ml(p, 3)[1],
    "pk_id274": lambda p, c: _th_id274(p, _south(p, _YP)[4]),
    "pk_birth274": lambda p, c: _be_month(p.birth),
    "pk_addr274": lambda p, c: _south_addr(p, _YP, short=True),
    "pk_amphoe274": lambda p, c: _south(p, _YP)[1],
    "pk_phone274": lambda p, c: _th_mobile(p, dashed=False),
    "pk_father274": lambda p, c: _other_ml(p, 4, True),
    "pk_tokguru274": lambda p, c: "บาบอ" + _pick(p, ("อิสมาแอ", "อับดุลเราะห์มาน", "ยูโซะ"), 5),
    "pk_pondok274": lambda p, c: _pick(p, _PONDOK, 6),
    "pk_level274": lambda p, c: _pick(p, _PONDOK_LEVEL, 7),
    "pk_entry274": lambda p, c: _be(_day(p, date(2019, 6, 1), 2000)),
    # Thailand: compensation for victims of the unrest in Narathiwat
    "ny_case274": lambda p, c: f"นธ {p.bhxh[-4:]}/{2560 + int(p.bhxh) % 9}",
    "ny_name274": lambda p, c: _ml_thai(p, 4),
    "ny_id274": lambda p, c: _th_id274(p, _south(p, _NR)[4]),
    "ny_birth274": lambda p, c: _be(p.birth).translate(_THAI_DIGITS),
    "ny_addr274": lambda p, c: _south_addr(p, _NR, short=True),
    "ny_tambon274": lambda p, c: _south(p, _NR)[2],
    "ny_phone274": lambda p, c: (
        f"073-{p.phone[-6:-3]}-{p.phone[-3:]}" if int(p.bhxh) % 4 == 0 else _th_mobile(p)
    ),
    "ny_event274": lambda p, c: _be(_day(p, date(2017, 1, 1), 3000)),
    "ny_harm274": lambda p, c: _UNREST_HARM[int(p.bhxh) // 3 % 5][0],
    "ny_amount274": lambda p, c: _baht(_UNREST_HARM[int(p.bhxh) // 3 % 5][1]),
    "ny_heir274": lambda p, c: _other_ml(p, 6, int(p.bhxh) % 2 == 0),
    "ny_status274": lambda p, c: _pick(p, _UNREST_STATUS, 5),
    # Thailand: highland people applying for Thai nationality in Chiang Rai
    "hc_req274": lambda p, c: f"ชร {_cr(p)[0][4]}/{p.bhxh[-4:]}",
    "hc_given274": lambda p, c: _hill_name(p, _cr(p)[1])[0],
    "hc_family274": lambda p, c: _hill_name(p, _cr(p)[1])[1],
    "hc_group274": lambda p, c: _cr(p)[1],
    "hc_id274": lambda p, c: _dashed(_th_id274(p, _cr(p)[0][4], _hill_card(p)[0])),
    "hc_card274": lambda p, c: _hill_card(p)[1],
    "hc_birth274": lambda p, c: _be(p.birth),
    "hc_addr274": lambda p, c: _hill_addr(_cr(p)[0], p),
    "hc_village274": lambda p, c: _cr(p)[0][5],
    "hc_phone274": lambda p, c: _th_mobile(p, dashed=int(p.bhxh) % 5 != 0),
    "hc_father274": lambda p, c: " ".join(_hill_name(p, _cr(p)[1], True, 7)),
    "hc_mother274": lambda p, c: " ".join(_hill_name(p, _cr(p)[1], False, 8)),
    "hc_filed274": lambda p, c: _be(_day(p, date(2024, 2, 1), 650)),
    "hc_result274": lambda p, c: _pick(p, _HILL_RESULT, 4),
    # Thailand: pupils of border patrol police schools in Mae Hong Son
    "bp_sid274": lambda p, c: f"{_num(p, 900):04d}",
    "bp_name274": lambda p, c: _mhs_name(p),
    "bp_id274": lambda p, c: _mhs_id(p),
    "bp_birth274": lambda p, c: _be_month(_pupil_birth274(p)),
    "sexs_th274": lambda p, c: "ช" if p.male else "ญ",
    "bp_grade274": lambda p, c: _pick(p, _BPP_GRADES, 3),
    "bp_group274": lambda p, c: _mhs(p)[1],
    "bp_addr274": lambda p, c: _hill_addr(_mhs(p)[0], p),
    "bp_parent274": lambda p, c: (
        f"{_hill_name(p, _mhs(p)[1], int(p.bhxh) % 3 != 0, 9)[0]} {_hill_name(p, _mhs(p)[1])[1]}"
    ),
    "bp_parent_phone274": lambda p, c: _other_phone(p, "08") if int(p.bhxh) % 3 else "",
    "bp_school274": lambda p, c: _BPP_SCHOOLS[_HILLS_MHS.index(_mhs(p)[0])],
    "bp_weight274": lambda p, c: f"{14 + _num(p, 25)}.{_num(p, 9)}",
    "bp_height274": lambda p, c: 95 + _num(p, 50),
    "bp_check274": lambda p, c: _be(_day(p, date(2026, 5, 18), 30)),
    "bp_note274": lambda p, c: _pick(p, ("", "ไม่มีสัญชาติ", "พูดไทยได้น้อย", "", "ย้ายมาจากเชียงใหม่"), 5),
}

__all__ = ["WRITERS_BLIND274"]
