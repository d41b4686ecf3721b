"""How the people of the hundred-and-third part of the outside corpus (**blind 103**,
:mod:`lienthong.quality._corpus_blind103`) are written: four Vietnamese files' own columns (a
commune civil servant candidate's exam, a retail alcohol licence, a war invalid's rotating
convalescence, a workplace accident) and Ugandan, Burundian, Somaliland, Djiboutian and Malawian
names, places, phones and identity numbers in the forms their registers write them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind20_writers import _nin_ug
from lienthong.quality._corpus_blind27_writers import _mw_id, _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind51_writers import _so_name
from lienthong.quality._corpus_blind85_writers import _items, _rows
from lienthong.quality._corpus_blind92_writers import _dotted

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnamese files ---------------------------------------------------------------------------
_VN_QN_HAMLETS = ("Thôn Phú Lộc", "Thôn An Mỹ", "Thôn Tây Giang", "Khối phố 3", "Thôn Hà Quang")
_VN_QN_COMMUNES = ("xã Tam An, huyện Phú Ninh", "xã Tam Đàn, huyện Phú Ninh", "TT. Phú Thịnh")
_VN_DEGREES = _items(
    "Đại học - Luật; Đại học - Kế toán; Đại học - Quản lý đất đai; Cao đẳng - Tin học; "
    "Đại học - Xây dựng DD&CN; Thạc sĩ - Quản lý công; Đại học - Công tác xã hội"
)
_VN_POSTS = _items(
    "Tư pháp - Hộ tịch; Địa chính - Xây dựng; Tài chính - Kế toán; Văn phòng - Thống kê; "
    "Văn hóa - Xã hội; Địa chính - Nông nghiệp"
)
_VN_PRIORITIES = ("", "", "Con thương binh", "Dân tộc thiểu số", "", "Quân nhân xuất ngũ")
_VN_RESULTS = ("Trúng tuyển", "Không trúng tuyển", "Không trúng tuyển", "Vắng thi")

_VN_HP_STREETS = _items(
    "Số 12 Lạch Tray; Số 45 Tô Hiệu; Số 7/112 Cát Cụt; Số 3 ngõ 80 Đình Đông; Số 210 Văn Cao"
)
_VN_HP_WARDS = _items(
    "phường Lạch Tray, quận Ngô Quyền; phường Trại Cau, quận Lê Chân; "
    "phường Đằng Giang, quận Ngô Quyền; phường Dư Hàng Kênh, quận Lê Chân"
)
_VN_SHOPS = _items(
    "Tạp hóa Hương Lan; Cửa hàng Bia rượu Minh Anh; Đại lý Thắng Lợi; Tạp hóa Cô Tư; "
    "Siêu thị mini An Phát; Quán Bình Minh"
)
_VN_LIQUORS = _items(
    "Rượu trên 5,5 độ; Rượu dưới 5,5 độ; Rượu trên 5,5 độ và dưới 5,5 độ; Bia, rượu vang"
)

_VN_VETERANS = _items(
    "TB 2/4 - 71%; TB 3/4 - 45%; TB 4/4 - 25%; BB 2/3 - 65%; Thân nhân LS (vợ); "
    "Thân nhân LS (con); NHĐKT bị nhiễm CĐHH 61%"
)
_VN_CONVALESCENCE = _items(
    "Trung tâm Điều dưỡng NCC Sầm Sơn; Trung tâm Điều dưỡng NCC Kim Bôi; Tại gia đình; "
    "Trung tâm Điều dưỡng thương binh Thuận Thành; Tại gia đình"
)
_VN_ND_HAMLETS = ("Xom 4", "Xom Trung", "Thon Dong Bien", "Xom 12", "Thon Hai Hau")
_VN_ND_COMMUNES = ("xa Hai Minh, huyen Hai Hau", "xa Hai Anh, huyen Hai Hau", "TT. Yen Dinh")

_VN_DN_JOBS = _items(
    "Công nhân vận hành máy dập; Thợ hàn; Công nhân bốc xếp; Thợ điện; Công nhân may; "
    "Lái xe nâng; Công nhân xây dựng"
)
_VN_ACCIDENT_PLACES = _items(
    "Xưởng dập - Lô B2 KCN Hòa Khánh; Kho thành phẩm; Công trường đường Nguyễn Tất Thành; "
    "Trên đường đi làm (QL1A, Liên Chiểu); Phân xưởng cơ khí"
)
_VN_INJURIES = _items(
    "Nhẹ - dập ngón tay; Nặng - gãy xương cẳng chân; Nhẹ - bỏng cấp độ 1; "
    "Nặng - chấn thương cột sống; Nhẹ - trật khớp cổ tay"
)
_VN_DN_STREETS = ("Tổ 12", "Tổ 45", "K82/14 Âu Cơ", "Số 9 Nguyễn Lương Bằng", "Tổ 7")
_VN_DN_WARDS = (
    "P. Hòa Khánh Bắc, Q. Liên Chiểu",
    "P. Hòa Minh, Q. Liên Chiểu",
    "P. Hòa Hiệp Nam, Q. Liên Chiểu",
)

# -- Uganda: SAGE Senior Citizens' Grant payroll ------------------------------------------------
_UG_FAMILY = _items("Ssempijja; Nakato; Mukasa; Nalubega; Kiggundu; Namuli; Ssekandi; Babirye")
_UG_GIVEN_M = _items("Joseph; Charles; Fred; Yowasi; Edward; Paulo")
_UG_GIVEN_F = _items("Rose; Margaret; Teopista; Sarah; Nakimuli Agnes; Florence")
#: (village, parish, sub-county, district)
_UG_HOMES = _rows(
    "Kasawo | Kasawo | Kasawo | Mukono; Namawojjolo | Namawojjolo | Nama | Mukono; "
    "Seeta | Seeta | Goma Division | Mukono; Kyampisi | Nakakono | Kyampisi | Mukono; "
    "Ntenjeru | Bbanda | Ntenjeru | Mukono"
)
_UG_MODES = ("MTN Mobile Money", "Airtel Money", "Cash - PostBank", "MTN Mobile Money")
_UG_STATUS = ("Paid / Yasasulwa", "Paid / Yasasulwa", "Unpaid / Tasasulwa", "Suspended")

# -- Burundi: Carte d'Assistance Médicale -------------------------------------------------------
_BI_FAMILY = _items("NDAYISHIMIYE; NIYONKURU; HAKIZIMANA; NSHIMIRIMANA; IRAKOZE; NIYONZIMA")
_BI_GIVEN_M = _items("Jean-Claude; Emmanuel; Pascal; Léonidas; Déogratias; Evariste")
_BI_GIVEN_F = _items("Jeanine; Spès; Goreth; Béatrice; Claudine; Immaculée")
#: (colline or quartier, commune, province)
_BI_HOMES = _rows(
    "Mubone | Gitega | Gitega; Nyamugari | Gitega | Gitega; Rango | Kayanza | Kayanza; "
    "Kamenge | Ntahangwa | Bujumbura Mairie; Buhiga | Buhiga | Karusi; Mwaro | Kayokwe | Mwaro"
)
_BI_CATEGORIES = ("Indigent / Umukene", "Ménage ordinaire", "Rapatrié / Impunzi yatahutse")
_BI_CLINICS = _items(
    "CDS Mubone; CDS Nyamugari; Hôpital de Kayanza; CDS Kamenge; CDS Buhiga; CDS Rusaka"
)

# -- Somaliland: driving licences ---------------------------------------------------------------
_SL_HOMES = _items(
    "Xaafadda Jigjiga Yar, Degmada 26 June, Hargeysa; Xaafadda Masalaha, Degmada Ibraahim "
    "Koodbuur, Hargeysa; Xaafadda Calaamadaha, Degmada Maxamed Mooge, Hargeysa; "
    "Xaafadda Shacabka, Burco; Xaafadda Sha'ab, Berbera; Xaafadda Ayax, Gacan Libaax, Hargeysa"
)
_SL_CLASSES = ("B - Gaari fudud", "C - Baabuur culus", "A - Mooto", "B - Gaari fudud", "D - Bas")
_SL_OFFICES = ("Xafiiska Hargeysa", "Xafiiska Burco", "Xafiiska Berbera", "Xafiiska Boorama")
_SL_BLOOD = ("O+", "A+", "B+", "O-", "AB+")
_SL_OFFICERS = ("Maxamuud C. Jaamac", "Khadar X. Cilmi", "Nimco A. Faarax")

# -- Djibouti: Programme national de solidarité famille -----------------------------------------
_DJ_GIVEN_M = _items("Ahmed; Moussa; Ali; Hassan; Abdourahman; Houmed; Ibrahim")
_DJ_GIVEN_F = _items("Fatouma; Hasna; Kadra; Mouna; Zahra; Aïcha; Deka")
_DJ_FATHERS = _items("Ali; Houmed; Robleh; Farah; Youssouf; Daher; Omar; Guelleh")
#: (quartier, ville)
_DJ_HOMES = _rows(
    "Balbala Cheik Moussa | Djibouti; Quartier 7 | Djibouti; Arhiba | Djibouti; "
    "Hayableh | Djibouti; PK12 | Djibouti; Quartier 1 | Ali Sabieh; Gachamaleh | Tadjourah; "
    "Quartier Ambouli | Dikhil"
)
_DJ_PAYWAYS = ("D-Money", "Waafi", "CAC Bank", "D-Money", "Espèces / نقدا")
_DJ_AGENTS = ("M. Daher Ali", "Mme Hasna Moussa", "M. Robleh Farah")

# -- Malawi: Affordable Inputs Programme --------------------------------------------------------
_MW_FAMILY = _items("Banda; Phiri; Mwale; Chirwa; Tembo; Kachingwe; Nkhoma; Jere")
_MW_GIVEN_M = _items("Chisomo; Limbani; Mphatso; Kondwani; Chikondi; Innocent")
_MW_GIVEN_F = _items("Tiwonge; Chimwemwe; Mercy; Agnes; Thokozani; Lusungu")
#: (village, group village head, district)
_MW_HOMES = _rows(
    "Chimutu | GVH Chimutu | Lilongwe; Mkanda | GVH Mkanda | Mchinji; Ntcheu Boma | "
    "GVH Mpando | Ntcheu; Kamwendo | GVH Kamwendo | Dedza; Chingale | GVH Chingale | Zomba"
)
_MW_EPAS = ("Chitsime EPA", "Mkanda EPA", "Kandeu EPA", "Linthipe EPA", "Chingale EPA")
_MW_INPUTS = ("NPK 23:21:0+4S", "Urea 46%N", "NPK + Urea", "Maize seed SC 403")
_MW_DEALERS = ("ADMARC", "SFFRFM", "Farmers World", "Kulima Gold", "NASFAM")


def _vn_home(p: Person, units: tuple[str, ...], places: tuple[str, ...], province: str) -> str:
    return f"{_pick(p, units, 4)}, {_pick(p, places, 5)}, {province}"


def _ug_home(p: Person) -> tuple[str, ...]:
    return _UG_HOMES[int(p.bhxh) // 5 % len(_UG_HOMES)]


def _bi_home(p: Person) -> tuple[str, ...]:
    return _BI_HOMES[int(p.bhxh) // 5 % len(_BI_HOMES)]


def _dj_home(p: Person) -> tuple[str, ...]:
    return _DJ_HOMES[int(p.bhxh) // 5 % len(_DJ_HOMES)]


def _mw_home(p: Person) -> tuple[str, ...]:
    return _MW_HOMES[int(p.bhxh) // 5 % len(_MW_HOMES)]


WRITERS_BLIND103: dict[str, Callable[[Person, Col], object]] = {
    # -- thi tuyển công chức cấp xã
    "exam_no103": lambda p, c: f"PN{_num(p, 400):04d}",
    "exam_addr103": lambda p, c: _vn_home(p, _VN_QN_HAMLETS, _VN_QN_COMMUNES, "tỉnh Quảng Nam"),
    "degree103": lambda p, c: _pick(p, _VN_DEGREES, 2),
    "post103": lambda p, c: _pick(p, _VN_POSTS, 3),
    "priority103": lambda p, c: _pick(p, _VN_PRIORITIES, 4),
    "score103": lambda p, c: f"{50 + int(p.bhxh[-2:]) % 45},{int(p.bhxh[-3]) % 2 * 5}",
    "exam_result103": lambda p, c: _pick(p, _VN_RESULTS, 5),
    # -- giấy phép bán lẻ rượu
    "licence103": lambda p, c: f"{_num(p, 300):03d}/GP-UBND",
    "shop103": lambda p, c: _pick(p, _VN_SHOPS, 2),
    "shop_addr103": lambda p, c: f"Ki-ốt {_num(p, 40)}, chợ {_pick(p, ('Sắt', 'An Dương'), 3)}",
    "liquor_addr103": lambda p, c: (
        f"{_pick(p, _VN_HP_STREETS, 4)}, {_pick(p, _VN_HP_WARDS, 5)}, TP. Hải Phòng"
    ),
    "liquor103": lambda p, c: _pick(p, _VN_LIQUORS, 6),
    "valid103": lambda p, c: f"{_shift_date(p.other_date, 5):%d/%m/%Y}",
    "liquor_note103": lambda p, c: _pick(p, ("", "Cấp lại", "", "Cấp mới", "Gia hạn"), 7),
    # -- điều dưỡng luân phiên người có công
    "veteran103": lambda p, c: _pick(p, _VN_VETERANS, 2),
    "veteran_file103": lambda p, c: f"ND/{p.bhxh[-5:]}/TB",
    "convalescence_addr103": lambda p, c: _vn_home(
        p, _VN_ND_HAMLETS, _VN_ND_COMMUNES, "tinh Nam Dinh"
    ),
    "convalescence103": lambda p, c: _pick(p, _VN_CONVALESCENCE, 3),
    "round103": lambda p, c: f"Dot {1 + int(p.bhxh[-1]) % 3}/2025",
    "convalescence_amount103": lambda p, c: _dotted(
        2_200_000 if _pick(p, _VN_CONVALESCENCE, 3) == "Tại gia đình" else 4_400_000
    ),
    "proxy103": lambda p, c: _other_vn(p, 6) if int(p.bhxh) % 4 == 0 else "",
    # -- tai nạn lao động
    "accident_job103": lambda p, c: _pick(p, _VN_DN_JOBS, 2),
    "accident_place103": lambda p, c: _pick(p, _VN_ACCIDENT_PLACES, 3),
    "injury103": lambda p, c: _pick(p, _VN_INJURIES, 4),
    "days_off103": lambda p, c: 3 + int(p.bhxh[-2:]) % 60,
    "accident_cost103": lambda p, c: _dotted((2 + int(p.bhxh[-3:]) % 40) * 500_000),
    "capacity_loss103": lambda p, c: _pick(p, ("", "", "12%", "31%", "5%"), 5),
    "accident_addr103": lambda p, c: (
        f"{_pick(p, _VN_DN_STREETS, 6)}, {_pick(p, _VN_DN_WARDS, 7)}, TP. Đà Nẵng"
    ),
    "reporter103": lambda p, c: _other_vn(p, 8),
    "reporter_phone103": lambda p, c: _other_phone(p, "0905"),
    # -- Uganda: SAGE
    "sage_id103": lambda p, c: f"SCG/MUK/{p.bhxh[-6:]}",
    "nin_ug103": lambda p, c: _nin_ug(p),
    "ug_family103": lambda p, c: _pick(p, _UG_FAMILY, 2),
    "ug_given103": lambda p, c: _by_sex(p, _UG_GIVEN_M, _UG_GIVEN_F, 3),
    "sex_ug103": lambda p, c: "Male / Musajja" if p.male else "Female / Mukazi",
    "ug_home103": lambda p, c: ", ".join(_ug_home(p)[:3]),
    "ug_district103": lambda p, c: _ug_home(p)[3],
    "ug_phone103": lambda p, c: f"+256 7{_pick(p, ('72', '01', '56', '82'), 4)} {p.phone[4:10]}",
    "ug_alternate103": lambda p, c: (
        f"{_pick(p, _UG_FAMILY, 5)} {_pick(p, _UG_GIVEN_F + _UG_GIVEN_M, 6)}"
    ),
    "ug_alt_phone103": lambda p, c: f"07{_pick(p, ('04', '52', '75'), 7)}{p.bhxh[::-1][:6]}",
    "ug_mode103": lambda p, c: _pick(p, _UG_MODES, 8),
    "ug_amount103": lambda p, c: "75,000",
    "ug_status103": lambda p, c: _pick(p, _UG_STATUS, 9),
    # -- Burundi: CAM
    "cam_no103": lambda p, c: f"CAM/{_bi_home(p)[1][:3].upper()}/{p.bhxh[-5:]}",
    "bi_family103": lambda p, c: _pick(p, _BI_FAMILY, 2),
    "bi_given103": lambda p, c: _by_sex(p, _BI_GIVEN_M, _BI_GIVEN_F, 3),
    "sex_bi103": lambda p, c: "M / Gabo" if p.male else "F / Gore",
    "cni_bi103": lambda p, c: f"{p.bhxh[:4]}/{p.bhxh[4:7]}.{p.bhxh[7:10]}",
    "bi_hill103": lambda p, c: _bi_home(p)[0],
    "bi_commune103": lambda p, c: _bi_home(p)[1],
    "bi_province103": lambda p, c: _bi_home(p)[2],
    "bi_phone103": lambda p, c: (
        f"+257 {_pick(p, ('79', '61', '68', '71'), 4)} {p.phone[4:6]} {p.phone[6:8]} "
        f"{p.phone[8:10]}"
    ),
    "bi_dependants103": lambda p, c: 1 + int(p.bhxh[-1]) % 8,
    "bi_category103": lambda p, c: _pick(p, _BI_CATEGORIES, 5),
    "bi_until103": lambda p, c: f"{_shift_date(p.other_date, 1):%d/%m/%Y}",
    "bi_clinic103": lambda p, c: _pick(p, _BI_CLINICS, 6),
    "bi_chief103": lambda p, c: f"{_pick(p, _BI_FAMILY, 7)} {_pick(p, _BI_GIVEN_M, 8)}",
    # -- Somaliland: liisanka darawalnimada
    "sl_licence103": lambda p, c: f"SLDL-{p.other_date:%y}-{p.bhxh[-6:]}",
    "sl_name103": lambda p, c: _so_name(p),
    "sex_sl103": lambda p, c: "Lab / Male" if p.male else "Dhedig / Female",
    "sl_nid103": lambda p, c: f"{p.bhxh[1:4]} {p.bhxh[4:7]} {p.bhxh[7:10]}",
    "sl_home103": lambda p, c: _pick(p, _SL_HOMES, 3),
    "sl_phone103": lambda p, c: f"+252 63 {p.phone[3:6]} {p.phone[6:10]}",
    "sl_class103": lambda p, c: _pick(p, _SL_CLASSES, 4),
    "sl_expiry103": lambda p, c: f"{_shift_date(p.other_date, 5):%d/%m/%Y}",
    "sl_office103": lambda p, c: _pick(p, _SL_OFFICES, 5),
    "sl_blood103": lambda p, c: _pick(p, _SL_BLOOD, 6),
    "sl_officer103": lambda p, c: _pick(p, _SL_OFFICERS, 7),
    # -- Djibouti: PNSF
    "dj_household103": lambda p, c: f"RSU-{p.bhxh[2:9]}",
    "dj_name103": lambda p, c: (
        f"{_by_sex(p, _DJ_GIVEN_M, _DJ_GIVEN_F, 2)} {_pick(p, _DJ_FATHERS, 3)} "
        f"{_pick(p, _DJ_FATHERS[::-1], 4)}"
    ),
    "sex_dj103": lambda p, c: "M / ذكر" if p.male else "F / أنثى",
    "cni_dj103": lambda p, c: f"{p.bhxh[::-1][:9]}",
    "dj_quarter103": lambda p, c: _dj_home(p)[0],
    "dj_town103": lambda p, c: _dj_home(p)[1],
    "dj_phone103": lambda p, c: f"77 {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}",
    "dj_size103": lambda p, c: 2 + int(p.bhxh[-1]) % 9,
    "dj_pmt103": lambda p, c: f"{2 + int(p.bhxh[-3:]) % 7},{p.bhxh[-1]}",
    "dj_amount103": lambda p, c: _pick(p, ("30 000", "30 000", "45 000"), 5),
    "dj_pay103": lambda p, c: _pick(p, _DJ_PAYWAYS, 6),
    "dj_agent103": lambda p, c: _pick(p, _DJ_AGENTS, 7),
    # -- Malawi: AIP
    "mw_farmer103": lambda p, c: f"AIP-{_mw_home(p)[2][:3].upper()}-{p.bhxh[-7:]}",
    "mw_nid103": lambda p, c: _mw_id(p),
    "mw_family103": lambda p, c: _pick(p, _MW_FAMILY, 2),
    "mw_given103": lambda p, c: _by_sex(p, _MW_GIVEN_M, _MW_GIVEN_F, 3),
    "sex_mw103": lambda p, c: "Male" if p.male else "Female",
    "mw_village103": lambda p, c: _mw_home(p)[0],
    "mw_gvh103": lambda p, c: _mw_home(p)[1],
    "mw_district103": lambda p, c: _mw_home(p)[2],
    "mw_phone103": lambda p, c: (
        f"0{_pick(p, ('999', '888', '995', '884'), 4)} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "mw_epa103": lambda p, c: _pick(p, _MW_EPAS, 5),
    "mw_input103": lambda p, c: _pick(p, _MW_INPUTS, 6),
    "mw_bags103": lambda p, c: _pick(p, ("2", "2", "1"), 7),
    "mw_paid103": lambda p, c: _pick(p, ("MK15,000", "MK15,000", "MK7,500"), 7),
    "mw_dealer103": lambda p, c: _pick(p, _MW_DEALERS, 8),
    "mw_officer103": lambda p, c: f"{_pick(p, _MW_GIVEN_F, 9)} {_pick(p, _MW_FAMILY, 10)} (AEDO)",
}

__all__ = ["WRITERS_BLIND103"]
