"""How the people of the hundred-and-ninety-ninth part of the outside corpus (**blind 199**,
:mod:`lienthong.quality._corpus_blind199`) are written: four Vietnamese files' own columns (a
social housing application, a dialysis patient's shift and machine, a rooftop solar panel
registration, an international driving permit) and the names, places, phones and numbers of
India's Northeast in the forms their registers show (Assamese tea garden workers, Meitei people in
a relief camp, Khasi and Garo residents before their Dorbar Shnong, Mizo beneficiaries of a
livelihood scheme, Angami, Ao, Sumi, Lotha and Konyak Nagas; the Aadhaar number with its Verhoeff
check digit, the EPIC voter number, the six-digit PIN code)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind164_writers import (
    _aadhaar,
    _aadhaar_masked,
    _aadhaar_spaced,
    _digits,
    _epic,
    _in_phone,
)

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

# -- Vietnam: social housing, dialysis, rooftop solar, international driving permits -------------
_VN_NOXH_GROUPS = (
    "Công nhân, người lao động tại DN trong KCN",
    "Người thu nhập thấp tại đô thị",
    "Cán bộ, công chức, viên chức",
    "Hộ nghèo, cận nghèo tại đô thị",
    "Sĩ quan, QNCN thuộc lực lượng vũ trang",
)
_VN_NOXH_WORK = (
    "Cty TNHH Canon VN - KCN Quế Võ",
    "UBND phường Tân Phong",
    "Cty CP Thép Hòa Phát",
    "Lao động tự do",
    "Trường THCS Lê Lợi",
    "Cty TNHH Foxconn Bắc Giang",
)
_VN_NOXH_PROJECTS = (
    "NOXH Thống Nhất Complex - KĐT Bắc Sơn",
    "NOXH Evergreen Tràng Duệ",
    "Dự án NOXH Rice City Long Châu",
    "NOXH Lê Thành An Lạc",
    "NOXH phường Đình Bảng (Khu 2)",
)
_VN_NOXH_RESULTS = ("Đủ điều kiện", "Đủ ĐK - chờ bốc thăm", "Bổ sung hồ sơ", "Không đủ ĐK", "Trúng")
_VN_RENAL_DIAG = (
    "N18.5 - Bệnh thận mạn giai đoạn cuối",
    "N18.5/E11 - BTM GĐ cuối do ĐTĐ",
    "N18.5/I12 - BTM do THA",
    "N03 - Viêm cầu thận mạn",
    "Q61.2 - Thận đa nang",
)
_VN_RENAL_ACCESS = ("FAV tay trái", "FAV tay phải", "Catheter TM cảnh", "FAV tay T (mổ lại)")
_VN_RENAL_SCHED = ("T2-T4-T6", "T3-T5-T7", "T2-T4-T6", "T3-T5-T7 (2 lần/tuần)")
_VN_INVERTERS = ("Huawei SUN2000", "SMA Sunny Boy", "Growatt MIN", "Solis S6", "Sungrow SG")
_VN_SOLAR_INSTALLERS = (
    "Cty CP Năng lượng SolarBK",
    "Cty TNHH Điện mặt trời Sao Mai",
    "Tự thi công",
    "Cty TNHH Kỹ thuật Hưng Thịnh Solar",
)
_VN_SOLAR_STATUS = ("Đã treo công tơ 2 chiều", "Chờ nghiệm thu", "Đã nghiệm thu", "Từ chối hồ sơ")
_VN_GPLX_CLASSES = ("B", "B2", "C", "A1, B2", "A, B", "D")
_VN_IDP_DEST = ("Hàn Quốc", "Nhật Bản", "Úc", "Đức", "Thái Lan", "Pháp", "Hoa Kỳ")
_VN_IDP_CHANNEL = ("DVC trực tuyến toàn trình", "Trực tiếp tại Sở", "Qua bưu chính công ích")
# -- Assam: a tea estate's provident fund and worker roll -----------------------------------------
_AS_NAMES_M = ("Ramesh Tanti", "Bikash Munda", "Pradip Gogoi", "Sanjay Orang", "Rajen Bhumij")
_AS_NAMES_F = ("Sumitra Tanti", "Lakhi Munda", "Jonali Gogoi", "Budhni Orang", "Rina Karmakar")
_AS_KIN = ("Late Budhu Tanti", "Mangal Munda", "Dilip Gogoi", "Somra Orang", "Etwa Bhumij")
#: (tea estate, division, district, PIN)
_AS_ESTATES = (
    ("Maijan T.E.", "Maijan Div.", "Dibrugarh", "786001"),
    ("Rungagora T.E.", "Hatibari Div.", "Tinsukia", "786125"),
    ("Cinnamara T.E.", "Line No. 4", "Jorhat", "785008"),
    ("Dologuri T.E.", "Bazaloni Div.", "Golaghat", "785621"),
    ("Addabarie T.E.", "Baruajan Div.", "Sonitpur", "784101"),
)
_AS_JOBS = ("Plucker", "Pruner", "Factory Hand", "Sardar", "Sprayer", "Chowkidar")
# -- Manipur: a relief camp's inmates -------------------------------------------------------------
_MN_SAGEI = ("Laishram", "Thokchom", "Ningthoujam", "Khumanthem", "Yumnam", "Konsam", "Huidrom")
_MN_GIVEN_M = ("Ibomcha Singh", "Tomba Meetei", "Sanajaoba Singh", "Rakesh Meitei", "Bijoy Singh")
_MN_GIVEN_F = ("Sanatombi Devi", "Memcha Chanu", "Ibemhal Devi", "Thoibi Chanu", "Bembem Devi")
_MN_KIN_GIVEN = ("Ibochou Singh", "Yaima Singh", "Chaoba Meetei", "Nabakishore Singh")
_MN_FROM = ("Sugnu, Kakching", "Torbung Bangla", "Moreh Ward 4", "Serou", "Langgol, Imphal West")
_MN_CAMPS = (
    "Akampat Relief Camp, Imphal East",
    "Khuman Lampak Sports Complex",
    "Moirang College Relief Camp",
    "Ideal Girls' College Camp, Akampat",
)
# -- Meghalaya: residence certificates of a Dorbar Shnong -----------------------------------------
_ML_NAMES_M = (
    "Banteilang Syiemlieh",
    "Wanshanlang Nongrum",
    "Kyrshanbor Kharkongor",
    "Sengkrab Ch. Marak",
    "Jengchang N. Sangma",
)
_ML_NAMES_F = (
    "Ibakordor Marbaniang",
    "Daphisha Lyngdoh",
    "Wanhunlang Mawlong",
    "Rikseng M. Momin",
    "Salseng R. Marak",
)
_ML_MOTHERS = ("Phidalia", "Iohun", "Badalin", "Silchi", "Bipsha")
#: (locality, town, district, PIN, headman)
_ML_PLACES = (
    ("Laitumkhrah", "Shillong", "East Khasi Hills", "793003", "Shri H. Kharkongor"),
    ("Mawlai Mawroh", "Shillong", "East Khasi Hills", "793008", "Shri P. Nongrum"),
    ("Jaiaw Langsning", "Shillong", "East Khasi Hills", "793002", "Shri B. Lyngdoh"),
    ("Chandmari", "Tura", "West Garo Hills", "794002", "Nokma S. Sangma"),
    ("Iawmusiang", "Jowai", "West Jaintia Hills", "793150", "Shri K. Dkhar"),
)
_ML_PURPOSE = ("Job application", "College admission", "Bank account", "ST certificate", "Passport")
# -- Mizoram: a livelihood scheme's beneficiaries -------------------------------------------------
_MZ_NAMES_M = ("Lalremsiama", "Vanlalruata", "Lalrinfela", "Zorammawia", "Lalbiakzuala")
_MZ_NAMES_F = ("Lalremruati", "Zothanpuii", "Vanlalhriatpuii", "Lalnunmawii", "Rosangpuii")
_MZ_CLANS = ("Ralte", "Khiangte", "Hmar", "Chhangte", "Sailo", "Pachuau", "Fanai")
_MZ_KIN = ("Lalthanga", "Zodinliana", "Vanlalngheta", "Lalhmingliana", "Thangzauva")
#: (veng, town, district, PIN)
_MZ_PLACES = (
    ("Chanmari West", "Aizawl", "Aizawl", "796007"),
    ("Zarkawt", "Aizawl", "Aizawl", "796001"),
    ("Bazar Veng", "Lunglei", "Lunglei", "796701"),
    ("Vengthlang", "Champhai", "Champhai", "796321"),
    ("Diakkawn", "Kolasib", "Kolasib", "796081"),
    ("Chhiahtlang", "Serchhip", "Serchhip", "796181"),
)
_MZ_TRADES = ("Vawk vulh (Piggery)", "Puan tah (Handloom)", "Thlai chin", "Sumdawnna", "Ar vulh")
# -- Nagaland: indigenous inhabitant certificates -------------------------------------------------
#: (tribe, male names, female names)
_NL_TRIBES = (
    ("Angami", ("Vilhousielie Sekhose", "Kevichusa Kire"), ("Vizonuo Sekhose", "Medozhanuo Kire")),
    ("Ao", ("Temjen Imchen", "Imtisunep Jamir"), ("Alemla Longkumer", "Sentila Jamir")),
    ("Sumi", ("Hukato Swu", "Kitoholi Zhimomi"), ("Inakali Swu", "Akali Zhimomi")),
    ("Lotha", ("Mhonbemo Ezung", "Yanthungo Kikon"), ("Chumbeni Kikon", "Yanbeni Ezung")),
    ("Konyak", ("Wangshu Konyak", "Manlong Konyak"), ("Phejin Konyak", "Nyeimei Konyak")),
)
#: (village of origin, present locality, district, PIN)
_NL_PLACES = (
    ("Khonoma", "Midland Colony, Kohima", "Kohima", "797001"),
    ("Ungma", "Alongmen Ward, Mokokchung", "Mokokchung", "798601"),
    ("Satakha", "Duncan Basti, Dimapur", "Chümoukedima", "797112"),
    ("Longsa", "Old Riphyim Colony, Wokha", "Wokha", "797111"),
    ("Longwa", "Mon Town, Ward 3", "Mon", "798621"),
)
_NL_GB = ("GB Neilhoulie", "GB Temsu Ao", "GB Kivito", "GB Chonbemo", "GB Angh Tingkai")


def _place(p: Person, places: tuple[_T, ...], salt: int = 7) -> _T:
    return places[int(p.bhxh[-4:]) // (salt + 1) % len(places)]


def _dotted(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def _later(p: Person, days: int) -> str:
    """A day in the months after the row's other date, as dd/mm/yyyy."""
    d = _shift_date(p.other_date, 1 + _num(p, 3) % 2)
    return f"{min(d.day + days % 9, 28):02d}/{d.month:02d}/{d.year}"


def _as_name(p: Person) -> str:
    return _by_sex(p, _AS_NAMES_M, _AS_NAMES_F, 1)


def _mn_name(p: Person) -> str:
    return f"{_pick(p, _MN_SAGEI, 1)} {_by_sex(p, _MN_GIVEN_M, _MN_GIVEN_F, 2)}"


def _mz_name(p: Person) -> str:
    given = _by_sex(p, _MZ_NAMES_M, _MZ_NAMES_F, 1)
    return given if _num(p, 3) == 1 else f"{given} {_pick(p, _MZ_CLANS, 2)}"


def _nl_tribe(p: Person) -> tuple[str, _T, _T]:
    return _NL_TRIBES[int(p.bhxh[-3:]) % len(_NL_TRIBES)]


def _nl_name(p: Person) -> str:
    tribe = _nl_tribe(p)
    return _by_sex(p, tribe[1], tribe[2], 3)


def _nl_address(p: Person) -> str:
    place = _place(p, _NL_PLACES, 4)
    return f"H. No. {_num(p, 180)}, {place[1]}, Nagaland - {place[3]}"


def _ml_address(p: Person) -> str:
    place = _place(p, _ML_PLACES, 5)
    return f"{place[0]}, {place[1]}, {place[2]}, Meghalaya {place[3]}"


WRITERS_BLIND199: dict[str, Callable[[Person, Col], object]] = {
    "noxh_code199": lambda p, c: f"NOXH-{p.other_date:%y}-{_digits(p, 5, 1)}",
    "noxh_group199": lambda p, c: _pick(p, _VN_NOXH_GROUPS, 2),
    "income199": lambda p, c: _dotted((_num(p, 14) + 6) * 1_000_000),
    "spouse199": lambda p, c: "" if _num(p, 4) == 1 else _other_vn(p, 3, male=not p.male),
    "noxh_work199": lambda p, c: _pick(p, _VN_NOXH_WORK, 4),
    "noxh_project199": lambda p, c: _pick(p, _VN_NOXH_PROJECTS, 5),
    "noxh_unit199": lambda p, c: f"{_pick(p, ('45', '56', '62', '70'), 6)} m2 - {_num(p, 2) + 1}PN",
    "noxh_result199": lambda p, c: _pick(p, _VN_NOXH_RESULTS, 7),
    "renal_pid199": lambda p, c: f"BN{p.other_date:%y}{_digits(p, 6, 2)}",
    "renal_diag199": lambda p, c: _pick(p, _VN_RENAL_DIAG, 2),
    "renal_shift199": lambda p, c: f"Ca {_num(p, 4)}",
    "renal_machine199": lambda p, c: f"Máy {_num(p, 32):02d} (Nipro)",
    "renal_sched199": lambda p, c: _pick(p, _VN_RENAL_SCHED, 3),
    "renal_access199": lambda p, c: _pick(p, _VN_RENAL_ACCESS, 4),
    "renal_kin199": lambda p, c: _other_vn(p, 5, family=p.family),
    "renal_kin_phone199": lambda p, c: _other_phone(p, "03"),
    "solar_code199": lambda p, c: f"PE0{_num(p, 9)}00{_digits(p, 7, 3)}",
    "solar_kwp199": lambda p, c: f"{_num(p, 14) + 2},{_pick(p, ('0', '5', '2', '8'), 2)}",
    "solar_panels199": lambda p, c: str((_num(p, 14) + 2) * 2),
    "solar_inverter199": lambda p, c: _pick(p, _VN_INVERTERS, 3),
    "solar_surplus199": lambda p, c: _pick(p, ("Không", "Có", "Không (tự dùng)"), 4),
    "solar_meter199": lambda p, c: _later(p, 4),
    "solar_installer199": lambda p, c: _pick(p, _VN_SOLAR_INSTALLERS, 5),
    "solar_status199": lambda p, c: _pick(p, _VN_SOLAR_STATUS, 6),
    "idp_file199": lambda p, c: f"000.00.{_num(p, 60):02d}.H{_num(p, 60):02d}-{_digits(p, 6, 1)}",
    "gplx199": lambda p, c: f"79{_digits(p, 10, 2)}",
    "gplx_class199": lambda p, c: _pick(p, _VN_GPLX_CLASSES, 3),
    "gplx_place199": lambda p, c: _pick(p, ("Sở GTVT TP.HCM", "Sở GTVT Hà Nội", "Cục CSGT"), 4),
    "idp_no199": lambda p, c: f"VN{_digits(p, 8, 5)}",
    "idp_exp199": lambda p, c: f"{_shift_date(p.other_date, 3):%d/%m/%Y}",
    "idp_dest199": lambda p, c: _pick(p, _VN_IDP_DEST, 6),
    "idp_channel199": lambda p, c: _pick(p, _VN_IDP_CHANNEL, 7),
    "idp_fee199": lambda p, c: "135.000",
    "as_pf199": lambda p, c: f"AS/DBR/{_digits(p, 5, 1)}/{_num(p, 900)}",
    "as_estate199": lambda p, c: _place(p, _AS_ESTATES)[0],
    "as_name199": lambda p, c: _as_name(p),
    "as_kin199": lambda p, c: _pick(p, _AS_KIN, 2),
    "as_sex199": lambda p, c: "পুৰুষ" if p.male else "মহিলা",
    "as_aadhaar199": lambda p, c: _aadhaar_spaced(p),
    "as_epic199": lambda p, c: _epic(p, "A"),
    "as_line199": lambda p, c: _place(p, _AS_ESTATES)[1],
    "as_district199": lambda p, c: _place(p, _AS_ESTATES)[2],
    "as_pin199": lambda p, c: _place(p, _AS_ESTATES)[3],
    "as_phone199": lambda p, c: _in_phone(p, 1),
    "as_job199": lambda p, c: _pick(p, _AS_JOBS, 3),
    "as_wage199": lambda p, c: f"{_pick(p, ('250', '250', '232', '280'), 4)}.00",
    "mn_camp199": lambda p, c: _pick(p, _MN_CAMPS, 1),
    "mn_name199": lambda p, c: _mn_name(p),
    "mn_kin199": lambda p, c: f"{_pick(p, _MN_SAGEI, 1)} {_pick(p, _MN_KIN_GIVEN, 5)}",
    "mn_sex199": lambda p, c: _pick(p, ("M", "Male")) if p.male else _pick(p, ("F", "Female")),
    "mn_aadhaar199": lambda p, c: _aadhaar(p),
    "mn_epic199": lambda p, c: _epic(p, "M"),
    "mn_from199": lambda p, c: _pick(p, _MN_FROM, 3),
    "mn_members199": lambda p, c: str(_num(p, 7)),
    "mn_ration199": lambda p, c: f"Rice {_num(p, 7) * 5} kg, Dal {_num(p, 4)} kg",
    "mn_phone199": lambda p, c: _in_phone(p, 2),
    "ml_cert199": lambda p, c: f"DS/LTK/{p.other_date:%Y}/{_num(p, 700)}",
    "ml_name199": lambda p, c: _by_sex(p, _ML_NAMES_M, _ML_NAMES_F, 1),
    "ml_mother199": lambda p, c: (
        _pick(p, ("Kmie: ", ""))
        + f"{_pick(p, _ML_MOTHERS, 6)} {_by_sex(p, _ML_NAMES_M, _ML_NAMES_F, 1).split()[-1]}"
    ),
    "ml_sex199": lambda p, c: "Male" if p.male else "Female",
    "ml_aadhaar199": lambda p, c: _aadhaar_masked(p),
    "ml_epic199": lambda p, c: _epic(p, "L"),
    "ml_addr199": lambda p, c: _ml_address(p),
    "ml_pin199": lambda p, c: _place(p, _ML_PLACES, 5)[3],
    "ml_phone199": lambda p, c: _in_phone(p, 3),
    "ml_purpose199": lambda p, c: _pick(p, _ML_PURPOSE, 2),
    "ml_headman199": lambda p, c: _place(p, _ML_PLACES, 5)[4],
    "mz_name199": lambda p, c: _mz_name(p),
    "mz_kin199": lambda p, c: f"{_pick(p, _MZ_KIN, 4)} {_pick(p, _MZ_CLANS, 2)}",
    "mz_sex199": lambda p, c: "Mipa" if p.male else "Hmeichhia",
    "mz_aadhaar199": lambda p, c: _aadhaar(p),
    "mz_epic199": lambda p, c: _epic(p, "Z"),
    "mz_veng199": lambda p, c: _place(p, _MZ_PLACES, 3)[0],
    "mz_town199": lambda p, c: _place(p, _MZ_PLACES, 3)[1],
    "mz_pin199": lambda p, c: _place(p, _MZ_PLACES, 3)[3],
    "mz_phone199": lambda p, c: _in_phone(p, 4),
    "mz_trade199": lambda p, c: _pick(p, _MZ_TRADES, 5),
    "mz_amount199": lambda p, c: f"{(_num(p, 5) + 1) * 25_000:,}",
    "mz_bank199": lambda p, c: f"MRB {_digits(p, 11, 6)}",
    "nl_cert199": lambda p, c: f"DC/KMA/IIC/{_num(p, 9000)}/{p.other_date:%Y}",
    "nl_name199": lambda p, c: _nl_name(p),
    "nl_kin199": lambda p, c: (
        _nl_tribe(p)[1][_num(p, 2) % 2].split()[0] + f" {_nl_name(p).split()[-1]}"
    ),
    "nl_tribe199": lambda p, c: _nl_tribe(p)[0],
    "nl_sex199": lambda p, c: "Male" if p.male else "Female",
    "nl_aadhaar199": lambda p, c: _aadhaar_spaced(p),
    "nl_epic199": lambda p, c: _epic(p, "N"),
    "nl_village199": lambda p, c: _place(p, _NL_PLACES, 4)[0],
    "nl_addr199": lambda p, c: _nl_address(p),
    "nl_district199": lambda p, c: _place(p, _NL_PLACES, 4)[2],
    "nl_phone199": lambda p, c: _in_phone(p, 5),
    "nl_gb199": lambda p, c: _pick(p, _NL_GB, 6),
}

__all__ = ["WRITERS_BLIND199"]
