"""How the people of the two-hundred-and-second part of the outside corpus (**blind 202**,
:mod:`lienthong.quality._corpus_blind202`) are written: four Vietnamese files' own columns (a noise
complaint, a household leaving the poor list, a meter to move, an object given to a museum) and
Malagasy, Comorian, Seychellois, Namibian and Botswana names, places, phones and identity numbers
in the forms their papers show (the CIN in groups of three, the Comorian CNI, the Seychellois NIN,
the Namibian ID number that opens with the birth date, the Omang)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind11_writers import _cin_mg
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind32_writers import _sc_nin
from lienthong.quality._corpus_blind34_writers import _pick_int
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind76_writers import _dotted, _omang
from lienthong.quality._corpus_blind136_writers import _na_id

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

# -- Vietnam: noise complaints, households out of poverty, meters, museum gifts -------------------
_VN_CHANNELS = ("Trực tiếp", "Đường dây nóng", "Zalo phường", "Ứng dụng iHanoi", "Đơn thư")
_VN_NOISE = (
    "Hát karaoke sau 22h",
    "Loa kẹo kéo hát ngoài đường",
    "Quán bar mở nhạc lớn",
    "Tiếng máy cắt sắt xưởng cơ khí",
    "Loa quảng cáo cửa hàng điện thoại",
    "Nhóm tập nhảy công viên bật loa to",
)
_VN_SOURCES = (
    "Karaoke Hoàng Gia",
    "Hộ ông Phạm Văn Tài",
    "Quán nhậu Bờ Kè",
    "Xưởng cơ khí Minh Phát",
    "Cửa hàng ĐTDĐ Thế Giới Số",
    "Hộ bà Lê Thị Mơ",
)
_VN_STREETS = ("Hẻm 12 Lê Văn Sỹ", "Ngõ 45 Trần Cung", "Đường số 7", "Kiệt 88 Hùng Vương")
_VN_HOURS = ("21h - 23h30", "22h - 01h", "Sáng sớm 5h - 6h30", "12h - 13h30", "Cả ngày")
_VN_RESULTS = (
    "Đã nhắc nhở, ký cam kết",
    "Lập BB VPHC, phạt 1.000.000đ",
    "Chuyển Đội TTĐT",
    "Đang xác minh",
    "Hòa giải tại tổ dân phố",
)
_VN_OFFICERS = ("CA phường Trần Minh Đức", "CB ĐC-XD Ngô Thị Lan", "Phó CT Lương Văn Hải")
_VN_SHORTFALLS = ("Không", "BHYT", "Nhà ở; Nước sạch", "Việc làm", "Thông tin", "Dinh dưỡng")
_VN_CLASSES_BEFORE = ("Hộ nghèo", "Hộ nghèo", "Hộ cận nghèo", "Hộ nghèo DTTS")
_VN_CLASSES_AFTER = ("Hộ cận nghèo", "Thoát nghèo", "Hộ có mức sống TB", "Thoát cận nghèo")
_VN_WHY_OUT = (
    "Có lao động đi làm KCN",
    "Vay vốn NHCSXH chăn nuôi bò",
    "Con đi XKLĐ Nhật Bản",
    "Được hỗ trợ nhà ở, có việc làm ổn định",
    "Chuyển đổi sang trồng cây ăn quả",
)
_VN_REQUESTS = (
    "Di dời công tơ vào trong nhà",
    "Thay công tơ cơ sang điện tử",
    "Nâng công suất 1 pha lên 3 pha",
    "Kiểm định công tơ chạy nhanh",
    "Tách hộ dùng chung công tơ",
)
_VN_WORKERS = ("Tổ QLKH Đội 2 - Vũ Đình Khôi", "Đội QLVH - Trương Công Luận", "Nguyễn Hữu Tín")
_VN_STATES = ("Đã hoàn thành", "Chờ khảo sát", "Đã khảo sát, chờ thi công", "KH hủy yêu cầu")
_VN_ITEMS = (
    ("Bình vôi", "Gốm men nâu", "Thế kỷ XVIII"),
    ("Trống đồng nhỏ", "Đồng", "Văn hóa Đông Sơn"),
    ("Sắc phong", "Giấy dó", "Triều Nguyễn, Khải Định năm thứ 9"),
    ("Ống điếu", "Tre, đồng", "Đầu thế kỷ XX"),
    ("Ảnh gia đình liệt sĩ", "Giấy ảnh", "1968"),
    ("Cồng chiêng (bộ 3 chiếc)", "Đồng thau", "Chưa xác định"),
    ("Áo dài khăn vấn", "Lụa tơ tằm", "1930 - 1940"),
)
_VN_ORIGINS = ("Gia truyền", "Đào được khi làm nhà", "Mua lại", "Kỷ vật kháng chiến")
_VN_THANKS = ("Thư cảm ơn", "Giấy chứng nhận hiến tặng", "Giấy khen của UBND tỉnh", "Thư cảm ơn")
# -- Madagascar: a fokontany's voter list ---------------------------------------------------------
_MG_FAMILY = (
    "RAKOTOMALALA",
    "RANDRIANARISOA",
    "RASOANAIVO",
    "RAZAFINDRABE",
    "ANDRIAMANANTENA",
    "RAHARISON",
    "RAVELOJAONA",
    "RABEMANANJARA",
)
_MG_GIVEN_M = ("Hery Nirina", "Jean Claude", "Mamy Tiana", "Tsiory Fanomezana", "Rivo Andry")
_MG_GIVEN_F = ("Voahirana", "Fanja Lalao", "Nirina Hanitra", "Tahina Mialy", "Marie Olga")
_MG_BIRTHPLACES = (
    "Antananarivo",
    "Fianarantsoa",
    "Antsirabe",
    "Toamasina",
    "Ambositra",
    "Moramanga",
)
_MG_JOBS = ("Mpamboly", "Mpivarotra", "Mpampianatra", "Mpanao asa tanana", "Mpiasam-panjakana")
_MG_PLACES = (
    ("Andavamamba Anatihazo I", "Antananarivo Renivohitra", "Lot IVG 23 Bis"),
    ("Ambohimanarina", "Antananarivo Renivohitra", "Lot II K 45"),
    ("Ampitatafika", "Anosizato Andrefana", "Lot VB 12 Ter"),
    ("Tsaramandroso", "Antsirabe I", "Lot 104 C"),
    ("Ambalavola", "Toamasina I", "Lot 07 Ambalavola"),
)
_MG_BV = ("EPP Andavamamba - BV 01", "EPP Anatihazo - BV 02", "CEG Ampitatafika - BV 03")
# -- Comoros: admissions at the national hospital --------------------------------------------------
_KM_GIVEN_M = ("Ahmed", "Mohamed", "Said", "Abdallah", "Mmadi", "Soilihi", "Youssouf")
_KM_GIVEN_F = ("Fatima", "Zaina", "Mariama", "Echata", "Nafissa", "Hadidja", "Rahamatou")
_KM_FATHERS = ("Said Ali", "Mohamed Ahmed", "Abdallah Mmadi", "Youssouf Bacar", "Ali Soilihi")
_KM_PLACES = (
    ("Moroni", "Ngazidja"),
    ("Mitsamiouli", "Ngazidja"),
    ("Foumbouni", "Ngazidja"),
    ("Mutsamudu", "Ndzuani"),
    ("Domoni", "Ndzuani"),
    ("Fomboni", "Mwali"),
)
_KM_WARDS = ("Médecine interne", "Pédiatrie", "Maternité", "Chirurgie", "Cardiologie", "Urgences")
_KM_DIAG = ("Paludisme grave", "HTA", "Diabète décompensé", "Accouchement", "Fracture", "Typhoïde")
_KM_DOCTORS = ("Dr Ahamada Msa", "Dr Nourdine Said", "Dr Faïza Ibrahim", "Dr Anli Bacar")
_KM_EXITS = ("Guéri", "Exeat", "Transféré", "Sortie contre avis", "Amélioré")
# -- Seychelles: applicants for a government house ------------------------------------------------
_SC_SURNAMES = ("Hoareau", "Payet", "Labiche", "Esparon", "Pillay", "Barbé", "Savy", "Lesperance")
_SC_GIVEN_M = ("Jean-Paul", "Ryan", "Terence", "Wilfred", "Bernard", "Dany")
_SC_GIVEN_F = ("Marie-Claire", "Natasha", "Jeanette", "Sheryl", "Audrey", "Lisette")
_SC_PLACES = (
    ("Anse Boileau", "La Misère"),
    ("Beau Vallon", "Bel Ombre"),
    ("Mont Fleuri", "Le Rocher"),
    ("Baie Lazare", "Anse Gaulettes"),
    ("Grand Anse Praslin", "Côte d'Or"),
    ("Glacis", "Ma Constance"),
    ("Takamaka", "Quatre Bornes"),
)
_SC_EMPLOYERS = ("Public Utilities Corporation", "Air Seychelles", "STC", "Ministry of Health", "")
_SC_ESTATES = ("Ile Perseverance II", "Le Niol", "Grand Anse Mahé", "Baie Ste Anne Praslin")
_SC_STATUS = ("Pending", "Shortlisted", "Allocated", "Deferred", "Pending")
# -- Namibia: the student financial assistance fund ---------------------------------------------
_NA_SURNAMES = ("Shikongo", "Nangolo", "Amukoto", "Van Wyk", "Haufiku", "Iipumbu", "Kambonde")
_NA_GIVEN_M = ("Tangeni Petrus", "Ndapewa Johannes", "Frans", "Shilongo Elia", "Hendrik")
_NA_GIVEN_F = ("Ndinelago Maria", "Selma", "Hilma Ndapanda", "Ester", "Magdalena Nangula")
_NA_PLACES = (
    ("Ongwediva", "Oshana", "Erf 2231 Extension 5"),
    ("Oshakati", "Oshana", "Erf 118 Evululuko"),
    ("Windhoek", "Khomas", "Erf 5601 Katutura"),
    ("Rundu", "Kavango East", "Erf 940 Kehemu"),
    ("Keetmanshoop", "//Karas", "Erf 77 Krönlein"),
    ("Eenhana", "Ohangwena", "Erf 303 Oshikango Road"),
)
_NA_INSTITUTIONS = ("UNAM", "NUST", "IUM", "Windhoek Vocational Training Centre", "UNAM Oshakati")
_NA_QUALS = (
    "BEd (Hons) Senior Primary",
    "Bachelor of Nursing Science",
    "Diploma in Accounting",
    "BSc Computer Science",
    "NTA Level 3 Plumbing",
)
# -- Botswana: a land board's waiting list for residential plots ----------------------------------
_BW_SURNAMES = ("Mogapi", "Seretse", "Kgosietsile", "Molefhe", "Ramotswa", "Tshekiso", "Masire")
_BW_GIVEN_M = ("Kagiso", "Thabo", "Onkemetse", "Tebogo", "Kabelo", "Mpho")
_BW_GIVEN_F = ("Boitumelo", "Naledi", "Kelebogile", "Gaone", "Lorato", "Tshepiso")
_BW_PLACES = (
    ("Tlokweng", "Bosele"),
    ("Mogoditshane", "Mokgalo"),
    ("Molepolole", "Ntloolengwae"),
    ("Serowe", "Botalaote"),
    ("Kanye", "Kgosing"),
    ("Maun", "Boseja"),
)
_BW_USES = ("Bonno / Residential", "Bonno / Residential", "Kgwebo / Commercial")
_BW_STATUS = ("O emetse / Waiting", "O abetswe / Allocated", "Go a sekasekwa / Under review")


def _vn_street(p: Person) -> str:
    return f"{_num(p, 199)} {_pick(p, _VN_STREETS, 5)}"


def _item(p: Person) -> tuple[str, ...]:
    return _VN_ITEMS[int(p.bhxh) // 7 % len(_VN_ITEMS)]


def _place(p: Person, table: tuple[tuple[str, ...], ...], salt: int = 5) -> tuple[str, ...]:
    return table[int(p.bhxh) // (salt * 13 + 1) % len(table)]


def _mg_phone(p: Person) -> str:
    return (
        f"{_pick(p, ('034', '032', '033', '038'), 2)} {p.phone[3:5]} {p.phone[5:8]} {p.phone[8:]}"
    )


def _km_phone(p: Person) -> str:
    return f"+269 {_pick(p, ('3', '4'), 3)}{p.phone[3:5]} {p.phone[5:7]} {p.phone[7:9]}"


def _km_other_phone(p: Person) -> str:
    r = p.bhxh[::-1]
    return f"+269 3{r[:2]} {r[2:4]} {r[4:6]}"


def _sc_phone(p: Person) -> str:
    return f"+248 2 {p.phone[4:6]}{p.phone[6:7]} {p.phone[7:10]}"


def _na_phone(p: Person) -> str:
    return f"08{_pick(p, ('1', '5'), 4)} {p.phone[3:6]} {p.phone[6:]}"


def _bw_phone(p: Person) -> str:
    return f"7{_pick(p, ('1', '2', '3', '4', '5', '6'), 3)} {p.phone[4:7]} {p.phone[7:10]}"


def _money(amount: int) -> str:
    return f"{amount:,.2f}"


WRITERS_BLIND202: dict[str, Callable[[Person, Col], object]] = {
    "channel202": lambda p, c: _pick(p, _VN_CHANNELS, 2),
    "noise202": lambda p, c: _pick(p, _VN_NOISE, 3),
    "source202": lambda p, c: _pick(p, _VN_SOURCES, 4),
    "source_addr202": lambda p, c: _vn_street(p),
    "hours202": lambda p, c: _pick(p, _VN_HOURS, 6),
    "dba202": lambda p, c: f"{62 + _num(p, 25)},{_num(p, 9)}",
    "officer202": lambda p, c: _pick(p, _VN_OFFICERS, 7),
    "result202": lambda p, c: _pick(p, _VN_RESULTS, 8),
    "hh_code202": lambda p, c: f"HN-{p.bhxh[:2]}-{p.bhxh[-4:]}",
    "hh_size202": lambda p, c: _num(p, 7),
    "income202": lambda p, c: _dotted(1_200_000 + _num(p, 40) * 25_000),
    "shortfall202": lambda p, c: _pick(p, _VN_SHORTFALLS, 3),
    "class_before202": lambda p, c: _pick(p, _VN_CLASSES_BEFORE, 4),
    "class_after202": lambda p, c: _pick(p, _VN_CLASSES_AFTER, 5),
    "why_out202": lambda p, c: _pick(p, _VN_WHY_OUT, 6),
    "pe_code202": lambda p, c: f"PE0{_num(p, 9)}00{p.bhxh[-7:]}",
    "meter202": lambda p, c: f"{p.bhxh[1:9]}",
    "reading202": lambda p, c: f"{int(p.bhxh[-5:]):,}".replace(",", "."),
    "request202": lambda p, c: _pick(p, _VN_REQUESTS, 3),
    "survey202": lambda p, c: f"{p.other_date + timedelta(days=2 + _num(p, 5)):%d/%m/%Y}",
    "cost202": lambda p, c: _pick(p, ("0", "0", "350.000", "1.250.000", "2.870.000"), 4),
    "worker202": lambda p, c: _pick(p, _VN_WORKERS, 5),
    "state202": lambda p, c: _pick(p, _VN_STATES, 6),
    "item_no202": lambda p, c: f"BTT-{p.other_date:%Y}-{p.bhxh[-4:]}",
    "item202": lambda p, c: _item(p)[0],
    "material202": lambda p, c: _item(p)[1],
    "era202": lambda p, c: _item(p)[2],
    "qty202": lambda p, c: _pick(p, ("01", "01", "02", "03", "01 bộ"), 3),
    "origin202": lambda p, c: _pick(p, _VN_ORIGINS, 4),
    "staff202": lambda p, c: _other_vn(p, 6),
    "thanks202": lambda p, c: _pick(p, _VN_THANKS, 7),
    "mg_nom202": lambda p, c: _pick(p, _MG_FAMILY, 2),
    "mg_prenoms202": lambda p, c: _by_sex(p, _MG_GIVEN_M, _MG_GIVEN_F, 3),
    "mg_sex202": lambda p, c: "Lahy" if p.male else "Vavy",
    "mg_lieu202": lambda p, c: _pick(p, _MG_BIRTHPLACES, 4),
    "mg_cin202": lambda p, c: _cin_mg(p),
    "mg_cin_date202": lambda p, c: f"{_shift_date(p.birth, 18 + _num(p, 6)):%d/%m/%Y}",
    "mg_father202": lambda p, c: f"{_pick(p, _MG_FAMILY, 6)} {_pick(p, _MG_GIVEN_M, 7)}",
    "mg_mother202": lambda p, c: f"{_pick(p, _MG_FAMILY, 8)} {_pick(p, _MG_GIVEN_F, 9)}",
    "mg_job202": lambda p, c: _pick(p, _MG_JOBS, 5),
    "mg_addr202": lambda p, c: f"{_place(p, _MG_PLACES)[2]}, {_place(p, _MG_PLACES)[0]}",
    "mg_fkt202": lambda p, c: _place(p, _MG_PLACES)[0],
    "mg_commune202": lambda p, c: _place(p, _MG_PLACES)[1],
    "mg_bv202": lambda p, c: _pick(p, _MG_BV, 10),
    "mg_phone202": lambda p, c: _mg_phone(p),
    "km_entry202": lambda p, c: f"{p.other_date:%Y}/{p.bhxh[-5:]}",
    "km_name202": lambda p, c: (
        f"{_by_sex(p, _KM_GIVEN_M, _KM_GIVEN_F, 2)} {_pick(p, _KM_FATHERS, 3)}"
    ),
    "km_sex202": lambda p, c: "M" if p.male else "F",
    "km_cni202": lambda p, c: f"{_pick(p, ('1', '2', '3'), 4)}{p.bhxh[2:10]}",
    "km_town202": lambda p, c: _place(p, _KM_PLACES)[0],
    "km_island202": lambda p, c: _place(p, _KM_PLACES)[1],
    "km_phone202": lambda p, c: _km_phone(p),
    "km_kin202": lambda p, c: f"{_pick(p, _KM_GIVEN_F, 6)} {_pick(p, _KM_FATHERS, 7)}",
    "km_kin_phone202": lambda p, c: _km_other_phone(p),
    "km_ward202": lambda p, c: _pick(p, _KM_WARDS, 8),
    "km_diag202": lambda p, c: _pick(p, _KM_DIAG, 9),
    "km_doctor202": lambda p, c: _pick(p, _KM_DOCTORS, 10),
    "km_exit202": lambda p, c: _pick(p, _KM_EXITS, 11),
    "km_out202": lambda p, c: f"{p.other_date + timedelta(days=1 + _num(p, 14)):%d/%m/%Y}",
    "sc_sur202": lambda p, c: _pick(p, _SC_SURNAMES, 2),
    "sc_given202": lambda p, c: _by_sex(p, _SC_GIVEN_M, _SC_GIVEN_F, 3),
    "sc_nin202": lambda p, c: _sc_nin(p),
    "sc_sex202": lambda p, c: "M" if p.male else "F",
    "sc_district202": lambda p, c: _place(p, _SC_PLACES)[0],
    "sc_addr202": lambda p, c: f"{_place(p, _SC_PLACES)[1]}, {_place(p, _SC_PLACES)[0]}",
    "sc_phone202": lambda p, c: _sc_phone(p),
    "sc_hh202": lambda p, c: _num(p, 6),
    "sc_income202": lambda p, c: f"{9_000 + _num(p, 40) * 500:,}",
    "sc_spouse202": lambda p, c: (
        f"{_by_sex(p, _SC_GIVEN_F, _SC_GIVEN_M, 5)} {_pick(p, _SC_SURNAMES, 6)}"
    ),
    "sc_spouse_nin202": lambda p, c: (
        f"{(p.birth.year + 2) % 1000:03d}-{p.bhxh[:4]}-{2 if p.male else 1}"
        f"-{p.bhxh[5]}-{p.bhxh[6:8]}"
    ),
    "sc_employer202": lambda p, c: _pick(p, _SC_EMPLOYERS, 7),
    "sc_estate202": lambda p, c: _pick(p, _SC_ESTATES, 8),
    "sc_status202": lambda p, c: _pick(p, _SC_STATUS, 9),
    "na_sur202": lambda p, c: _pick(p, _NA_SURNAMES, 2),
    "na_given202": lambda p, c: _by_sex(p, _NA_GIVEN_M, _NA_GIVEN_F, 3),
    "na_id202": lambda p, c: _na_id(p),
    "na_sex202": lambda p, c: "Male" if p.male else "Female",
    "na_phone202": lambda p, c: _na_phone(p),
    "na_addr202": lambda p, c: f"{_place(p, _NA_PLACES)[2]}, {_place(p, _NA_PLACES)[0]}",
    "na_town202": lambda p, c: _place(p, _NA_PLACES)[0],
    "na_region202": lambda p, c: _place(p, _NA_PLACES)[1],
    "na_inst202": lambda p, c: _pick(p, _NA_INSTITUTIONS, 5),
    "na_student202": lambda p, c: f"2{p.bhxh[-8:]}",
    "na_qual202": lambda p, c: _pick(p, _NA_QUALS, 6),
    "na_year202": lambda p, c: _num(p, 4),
    "na_tuition202": lambda p, c: _money(18_000 + _num(p, 30) * 750),
    "na_nontuition202": lambda p, c: _money(_pick_int(p, (0, 14_000, 17_000), 7)),
    "na_guardian202": lambda p, c: (
        f"{_pick(p, _NA_GIVEN_F, 8).split()[0]} {_pick(p, _NA_SURNAMES, 2)}"
    ),
    "na_guardian_id202": lambda p, c: f"{_shift_date(p.birth, -25):%y%m%d}{p.bhxh[4:9]}",
    "na_guardian_income202": lambda p, c: _money(_num(p, 60) * 1_500),
    "bw_sur202": lambda p, c: _pick(p, _BW_SURNAMES, 2),
    "bw_given202": lambda p, c: _by_sex(p, _BW_GIVEN_M, _BW_GIVEN_F, 3),
    "bw_omang202": lambda p, c: _omang(p),
    "bw_sex202": lambda p, c: "Monna / M" if p.male else "Mosadi / F",
    "bw_village202": lambda p, c: _place(p, _BW_PLACES)[0],
    "bw_kgotla202": lambda p, c: _place(p, _BW_PLACES)[1],
    "bw_phone202": lambda p, c: _bw_phone(p),
    "bw_use202": lambda p, c: _pick(p, _BW_USES, 5),
    "bw_app202": lambda p, c: f"TLB/RES/{p.other_date:%Y}/{p.bhxh[-5:]}",
    "bw_status202": lambda p, c: _pick(p, _BW_STATUS, 6),
    "bw_plot202": lambda p, c: "" if p.bhxh[-1] in "0123" else f"Plot {p.bhxh[3:7]}",
    "bw_spouse202": lambda p, c: (
        ""
        if p.bhxh[-2] in "012"
        else f"{_by_sex(p, _BW_GIVEN_F, _BW_GIVEN_M, 7)} {_pick(p, _BW_SURNAMES, 2)}"
    ),
    "bw_spouse_omang202": lambda p, c: (
        "" if p.bhxh[-2] in "012" else f"{p.bhxh[5:9]}{2 if p.male else 1}{p.bhxh[1:5]}"
    ),
}
