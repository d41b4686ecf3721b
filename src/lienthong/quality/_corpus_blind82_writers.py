"""How the people of the eighty-second part of the outside corpus (**blind 82**,
:mod:`lienthong.quality._corpus_blind82`) are written: four Vietnamese files' own columns (a
mediation team and its leader, an old land-use certificate's series and the spouse who shares it,
a returning citizen's flight, border gate and quarantine, a retiree's pension book, former unit
and association branch) and Cameroonian, Gabonese, Congolese, Angolan and Namibian names, places,
phones and identity numbers in the forms their cards and lists show (the Cameroonian CNI, the
Gabonese NIP, the Congolese voter card, the Angolan BI with its province letters, the Namibian
ID of eleven digits that starts with the birth date)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind45_writers import _place
from lienthong.quality._corpus_people import _written

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

#: (village, its mediation team) of a commune in Ninh Bình
_VN_VILLAGES = ("Thôn Yên Thịnh", "Thôn Bạch Liên", "Thôn Quyết Thắng", "Thôn Cổ Đà", "Thôn Tu Mỹ")
_VN_MEDIATOR_TRAINING = ("Đại học Luật", "Trung cấp LL-HC", "THPT", "Cao đẳng", "THCS")
_VN_MEDIATOR_JOBS = (
    "Trưởng thôn",
    "Bí thư chi bộ",
    "Chi hội trưởng Phụ nữ",
    "Chi hội trưởng CCB",
    "Nông dân",
    "Hưu trí",
    "Bí thư Chi đoàn",
    "Công an viên",
)
_VN_TEAM_ROLES = ("Tổ viên", "Tổ viên", "Tổ viên", "Tổ trưởng", "Tổ viên", "Tổ phó")
_VN_ETHNIC = ("Kinh", "Kinh", "Kinh", "Kinh", "Mường")
#: (village, commune) of a district in Lâm Đồng whose certificates are re-issued
_VN_LAND_PLACES = (
    ("Thôn Đa Thiện", "Xã Hiệp Thạnh"),
    ("Thôn Tân Phú", "Xã Ninh Gia"),
    ("Tổ dân phố 3", "Thị trấn Liên Nghĩa"),
    ("Thôn Phú Trung", "Xã Phú Hội"),
    ("Thôn Định An", "Xã Hiệp An"),
)
_VN_GCN_SERIES = ("AK", "BĐ", "BA", "CH", "CS", "AP")
_VN_REISSUE_REASONS = (
    "Đo đạc lại bản đồ địa chính",
    "GCN bị ố, nhòe, rách, hư hỏng",
    "Thay đổi thông tin CMND sang CCCD",
    "Đo đạc lại bản đồ địa chính",
    "Gộp thửa, cấp chung một GCN",
)
_VN_LAND_OFFICERS = ("Trần Thị Mỹ Duyên", "K'Brôn", "Lê Hoàng Phúc", "Nguyễn Thị Thu Hiền")
#: (the country they come home from, the border gate, how they crossed: "" for a flight)
_VN_ARRIVALS = (
    ("Hàn Quốc", "CKQT Nội Bài", ""),
    ("Nhật Bản", "CKQT Nội Bài", ""),
    ("Đài Loan (TQ)", "CKQT Tân Sơn Nhất", ""),
    ("Malaysia", "CKQT Tân Sơn Nhất", ""),
    ("Hàn Quốc", "CKQT Vân Đồn", ""),
    ("Lào", "CKQT Cầu Treo", "Xe khách Viêng Chăn - Vinh"),
    ("Campuchia", "CKQT Mộc Bài", "Đi bộ qua cửa khẩu"),
    ("Trung Quốc", "CKQT Lào Cai", "Đi bộ qua cửa khẩu"),
)
_VN_HOME_AFTER = (
    ("Xóm 5", "Xã Diễn Thịnh", "Huyện Diễn Châu", "Tỉnh Nghệ An"),
    ("Thôn Trung Lương", "Xã Thạch Trung", "TP. Hà Tĩnh", "Tỉnh Hà Tĩnh"),
    ("Thôn Đông", "Xã Quỳnh Hồng", "Huyện Quỳnh Lưu", "Tỉnh Nghệ An"),
    ("Ấp 3", "Xã Phước Vĩnh An", "Huyện Củ Chi", "TP. Hồ Chí Minh"),
    ("Tổ 9", "Phường Quang Trung", "TP. Thái Bình", "Tỉnh Thái Bình"),
    ("Thôn Hạ", "Xã Hải Thanh", "Huyện Tĩnh Gia", "Tỉnh Thanh Hóa"),
)
_VN_QUARANTINE_KINDS = (
    "Cách ly tập trung 7 ngày",
    "Tự theo dõi sức khỏe tại nhà",
    "Cách ly tại KS (tự chi trả)",
    "Cách ly tập trung 7 ngày",
)
_VN_QUARANTINE_SITES = (
    "Trường Quân sự Quân khu 4",
    "KS Mường Thanh (cách ly trả phí)",
    "Ký túc xá ĐHQG",
    "Trung tâm GDQP-AN",
)
_VN_TEST_RESULTS = ("Âm tính", "Âm tính", "Âm tính", "Dương tính", "Chờ kết quả")
_VN_RECEIVING = ("BCĐ huyện Diễn Châu", "TTYT huyện", "UBND xã", "CDC tỉnh")
_VN_FORMER_UNITS = (
    "Trường THCS Bình Đức",
    "UBND quận 8",
    "Công an quận",
    "Bưu điện TP",
    "Công ty Điện lực Chợ Lớn",
    "Bệnh viện Nhân dân 115",
    "Cục Thuế TP",
)
_VN_BRANCHES = (
    "Chi hội Hưu trí KP1",
    "Chi hội Hưu trí KP2",
    "Chi hội Hưu trí KP3",
    "Chi hội Hưu trí KP5",
)
_CM_FAMILY = ("NJIE", "ATANGANA", "TABI", "NGWA", "FOTSO", "ESSOMBA", "EKO", "NDIFOR", "MBAH")
_CM_GIVEN_M = ("Emmanuel", "Jean Marie", "Divine", "Clovis", "Ebenezer", "Roland Blaise")
_CM_GIVEN_F = ("Marie Thérèse", "Bih Comfort", "Sandrine", "Nkeng Relindis", "Yvette", "Mireille")
#: (quarter, subdivision, region)
_CM_PLACES = (
    ("Molyko", "Buea", "Sud-Ouest / South-West"),
    ("Great Soppo", "Buea", "Sud-Ouest / South-West"),
    ("Mile 4 Nkwen", "Bamenda II", "Nord-Ouest / North-West"),
    ("Bonamoussadi", "Douala V", "Littoral"),
    ("Mvog-Ada", "Yaoundé V", "Centre"),
    ("Ndogbong", "Douala III", "Littoral"),
)
_CM_BIRTHPLACES = ("Kumba", "Bamenda", "Mamfe", "Limbe", "Dschang", "Bafoussam", "Yaoundé")
_CM_MOMO = ("MTN MoMo", "Orange Money", "MTN MoMo")
_GA_FAMILY = ("MBA OBAME", "NZE", "ONDO MVE", "MOUSSAVOU", "BOUSSOUGOU", "NDONG ELLA", "MIHINDOU")
_GA_GIVEN_M = ("Guy Roger", "Jean-Rémy", "Landry", "Franck Arsène", "Yannick", "Christ Oswald")
_GA_GIVEN_F = ("Marie-Laure", "Gisèle", "Prisca Sandra", "Larissa", "Ornella", "Huguette")
#: (quarter, town, two-digit province code)
_GA_PLACES = (
    ("Nzeng-Ayong", "Libreville", "01"),
    ("Akébé-Plaine", "Libreville", "01"),
    ("PK8", "Libreville", "01"),
    ("Owendo Alenakiri", "Owendo", "01"),
    ("Quartier Balise", "Port-Gentil", "08"),
    ("Quartier Potos", "Franceville", "02"),
    ("Akoakam", "Oyem", "09"),
)
_GA_BIRTHPLACES = (
    "Libreville",
    "Oyem",
    "Mouila",
    "Lambaréné",
    "Makokou",
    "Tchibanga",
    "Koulamoutou",
)
_GA_MINISTRIES = (
    "Éducation nationale",
    "Santé",
    "Intérieur",
    "Économie et Finances",
    "Agriculture",
    "Enseignement supérieur",
)
_GA_POSTINGS = (
    "Lycée national Léon Mba",
    "CHU de Libreville",
    "Préfecture de l'Estuaire",
    "Direction générale du Budget",
    "Hôpital régional d'Oyem",
    "Université Omar Bongo",
)
_GA_OBS = ("Présent", "Présent", "Présent", "Absent non justifié", "En formation", "Détaché")
_CD_FAMILY = ("KAHINDO", "MUHINDO", "KASEREKA", "MASIKA", "KAMBALE", "PALUKU", "BAHATI")
_CD_POSTNOM = ("MUMBERE", "KAVIRA", "SIVIRWA", "KATEMBO", "MAPENDO", "NZANZU")
_CD_GIVEN_M = ("Jean-Claude", "Olivier", "Espoir", "Dieudonné", "Moïse", "Josué")
_CD_GIVEN_F = ("Esther", "Furaha", "Neema", "Chantal", "Sifa", "Anuarite")
#: (avenue, quarter, commune, province code of the voter card)
_CD_PLACES = (
    ("Av. Kituku", "Q. Kyeshero", "Goma", "61"),
    ("Av. des Volcans", "Q. Les Volcans", "Goma", "61"),
    ("Av. Mapendo", "Q. Katoyi", "Karisimbi", "61"),
    ("Av. Rutshuru", "Q. Majengo", "Karisimbi", "61"),
    ("Av. du Lac", "Q. Himbi", "Goma", "61"),
    ("Av. Bakongo", "Q. Mabanga-Sud", "Karisimbi", "61"),
)
_CD_ORIGINS = (
    "Rutshuru / Kiwanja",
    "Masisi / Sake",
    "Nyiragongo / Kibumba",
    "Rutshuru / Bunagana",
    "Masisi / Kitshanga",
)
_CD_HH_ROLES = ("Chef de ménage", "Épouse", "Chef de ménage", "Enfant", "Dépendant")
_CD_VULN = ("", "Femme enceinte", "Personne âgée", "Handicap physique", "Enfant non accompagné", "")
_AO_FAMILY = ("Kiala", "Manuel", "Domingos", "Kassoma", "Sebastião", "dos Santos", "Panzo")
_AO_GIVEN_M = ("António", "Baptista Nzuzi", "Afonso", "Hélder", "Pedro Kiala", "Valdemar")
_AO_GIVEN_F = ("Maria", "Conceição", "Engrácia", "Luísa Ndala", "Fátima", "Joana")
#: (bairro, município, province letters of the BI)
_AO_PLACES = (
    ("Zango 5", "Viana", "LA"),
    ("Zango 3", "Viana", "LA"),
    ("Sapú", "Kilamba Kiaxi", "LA"),
    ("Vila Flor", "Cacuaco", "HO"),
    ("Zango 0", "Viana", "BA"),
    ("Panguila", "Dande", "UE"),
)
_AO_OLD_HOMES = (
    "Bairro Chicala, Ingombota",
    "Areia Branca, Ingombota",
    "Boavista, Sambizanga",
    "Bairro Cambamba, Maianga",
    "Margem do rio Cambamba",
)
_AO_CIVIL = ("Solteiro(a)", "Casado(a)", "União de facto", "Viúvo(a)", "Casado(a)")
_AO_OBS = ("", "Casa T3", "Aguarda chave", "Casa T2", "Reclamação pendente", "")
_NA_FAMILY = ("Shikongo", "Nghipondoka", "Van Wyk", "Beukes", "Swartbooi", "Hangula", "Gariseb")
_NA_GIVEN_M = ("Johannes", "Petrus Tuhafeni", "Frans", "Abraham", "Hendrik Jacobus", "Elago")
_NA_GIVEN_F = ("Maria", "Ndinelao", "Johanna", "Elizabeth Sarah", "Magdalena", "Saima")
#: (street, suburb, town)
_NA_PLACES = (
    ("Eighth Avenue", "Tseiblaagte", "Keetmanshoop"),
    ("Kalkfontein Street", "Krönlein", "Keetmanshoop"),
    ("Bismarck Street", "Westdene", "Keetmanshoop"),
    ("Church Street", "Noordhoek", "Keetmanshoop"),
    ("Aimab Street", "Aimablaagte", "Mariental"),
)
_NA_OFFICERS = ("Ms. E. Beukes", "Mr. J. Isaacs", "Ms. S. Amakali", "Mr. P. !Gaseb")


def _team(p: Person) -> str:
    return _pick(p, _VN_VILLAGES, 2)


def _team_role(p: Person) -> str:
    return _pick(p, _VN_TEAM_ROLES, 3)


def _later(p: Person, c: Col, days: int) -> str:
    return _written(p.other_date + timedelta(days=days), c.date_format)


def _excel_later(p: Person, days: int) -> datetime:
    d = p.other_date + timedelta(days=days)
    return datetime(d.year, d.month, d.day)


def _issued(p: Person, c: Col) -> str:
    """A card issued one to nine years (and some weeks) before the row's event."""
    return _written(_shift_date(p.other_date, -_num(p, 9)) - timedelta(_num(p, 200)), c.date_format)


def _tet_day(p: Person, c: Col) -> str:
    """The day the gift was handed over: the fortnight before Tết Bính Ngọ (17/02/2026)."""
    return _written(date(2026, 2, 2) + timedelta(days=_num(p, 14)), c.date_format)


def _cni_cm(p: Person) -> str:
    """A Cameroonian CNI number: nine digits."""
    return f"1{p.bhxh[1:9]}"


def _nip_ga(p: Person) -> str:
    """A Gabonese NIP: sex digit, birth date, province code and a serial (13 digits)."""
    province = _place(p, _GA_PLACES)[2]
    return f"{1 if p.male else 2}{p.birth:%y%m%d}{province}{p.bhxh[-4:]}"


def _voter_cd(p: Person) -> str:
    """A Congolese voter card number: the province's two digits and eight."""
    return f"{_place(p, _CD_PLACES)[3]}{p.bhxh[-8:]}"


def _bi_ao(p: Person) -> str:
    """An Angolan BI: nine digits, the province's two letters and three digits."""
    return f"0{p.bhxh[2:10]}{_place(p, _AO_PLACES)[2]}0{p.bhxh[:2]}"


def _cd_name(p: Person) -> str:
    given = _by_sex(p, _CD_GIVEN_M, _CD_GIVEN_F, 1)
    return f"{_pick(p, _CD_FAMILY, 2)} {_pick(p, _CD_POSTNOM, 4)} {given}"


WRITERS_BLIND82: dict[str, Callable[[Person, Col], object]] = {
    "ethnic82": lambda p, c: _pick(p, _VN_ETHNIC, 6),
    "mediator_addr82": lambda p, c: f"{_team(p)}, xã Yên Thắng, huyện Yên Mô, tỉnh Ninh Bình",
    "training82": lambda p, c: _pick(p, _VN_MEDIATOR_TRAINING, 4),
    "mediator_job82": lambda p, c: _pick(p, _VN_MEDIATOR_JOBS, 5),
    "team82": lambda p, c: f"Tổ HG {_team(p).removeprefix('Thôn ')}",
    "team_role82": lambda p, c: _team_role(p),
    "team_leader82": lambda p, c: "" if _team_role(p) == "Tổ trưởng" else _other_vn(p, 7, None),
    "recognised82": lambda p, c: f"{10 + _num(p, 40)}/QĐ-UBND ngày {_later(p, c, -400)}",
    "trained82": lambda p, c: str(2021 + _num(p, 5)),
    "land_addr82": lambda p, c: (
        f"{_place(p, _VN_LAND_PLACES)[0]}, {_place(p, _VN_LAND_PLACES)[1]}"
        ", huyện Đức Trọng, tỉnh Lâm Đồng"
    ),
    "spouse82": lambda p, c: _other_vn(p, 3, not p.male) if _num(p, 5) != 2 else "",
    "gcn_series82": lambda p, c: f"{_pick(p, _VN_GCN_SERIES, 4)} {p.bhxh[-6:]}",
    "gcn_book82": lambda p, c: f"{'CH' if _num(p, 3) != 1 else 'H'}{p.bhxh[2:7]}",
    "plot82": lambda p, c: str(_num(p, 600)),
    "map_sheet82": lambda p, c: str(_num(p, 45)),
    "land_area82": lambda p, c: f"{_num(p, 900) + 80},{_num(p, 9)}",
    "plot_place82": lambda p, c: _pick(p, ("Thôn Bồng Lai", "Thôn Phú Ân", "Thôn Nam Hiệp"), 5),
    "reissue_reason82": lambda p, c: _pick(p, _VN_REISSUE_REASONS, 6),
    "due82": lambda p, c: _later(p, c, 10 + _num(p, 5)),
    "land_officer82": lambda p, c: _pick(p, _VN_LAND_OFFICERS, 7),
    "passport_vn82": lambda p, c: f"{'CCCP'[_num(p, 4) - 1]}{p.bhxh[-7:]}",
    "from_country82": lambda p, c: _place(p, _VN_ARRIVALS)[0],
    "flight82": lambda p, c: (
        _place(p, _VN_ARRIVALS)[2]
        or f"{_pick(p, ('VN', 'VJ', 'KE', 'QH', 'OZ'), 4)}{400 + _num(p, 500)}"
    ),
    "border_gate82": lambda p, c: _place(p, _VN_ARRIVALS)[1],
    "home_after82": lambda p, c: ", ".join(_place(p, _VN_HOME_AFTER)),
    "quarantine_kind82": lambda p, c: _pick(p, _VN_QUARANTINE_KINDS, 6),
    "quarantine_site82": lambda p, c: (
        "Tại nhà"
        if "tại nhà" in _pick(p, _VN_QUARANTINE_KINDS, 6)
        else _pick(p, _VN_QUARANTINE_SITES, 7)
    ),
    "test1_82": lambda p, c: _pick(p, _VN_TEST_RESULTS, 8),
    "quarantine_end82": lambda p, c: _excel_later(p, 7),
    "receiving82": lambda p, c: _pick(p, _VN_RECEIVING, 9),
    "pension_book82": lambda p, c: f"79{p.bhxh[3:10]}",
    "former_unit82": lambda p, c: _pick(p, _VN_FORMER_UNITS, 4),
    "branch82": lambda p, c: _pick(p, _VN_BRANCHES, 5),
    "branch_head82": lambda p, c: _other_vn(p, 6, None),
    "tet_day82": lambda p, c: _tet_day(p, c),
    "gift82": lambda p, c: f"{(3 + _num(p, 3)) * 100_000:,}".replace(",", "."),
    "cm_family82": lambda p, c: _pick(p, _CM_FAMILY, 2),
    "cm_given82": lambda p, c: _by_sex(p, _CM_GIVEN_M, _CM_GIVEN_F, 1),
    "cm_birthplace82": lambda p, c: _pick(p, _CM_BIRTHPLACES, 4),
    "sex_cm82": lambda p, c: "M" if p.male else "F",
    "cni_cm82": lambda p, c: _cni_cm(p),
    "cni_issued82": lambda p, c: _issued(p, c),
    "quarter_cm82": lambda p, c: _place(p, _CM_PLACES)[0],
    "subdiv_cm82": lambda p, c: _place(p, _CM_PLACES)[1],
    "region_cm82": lambda p, c: _place(p, _CM_PLACES)[2],
    "phone_cm82": lambda p, c: (
        f"6{'579'[_num(p, 3) - 1]}{p.phone[3]} {p.phone[4:6]} {p.phone[6:8]} {p.phone[8:10]}"
    ),
    "momo_cm82": lambda p, c: _pick(p, _CM_MOMO, 5),
    "hh_cm82": lambda p, c: str(2 + _num(p, 9)),
    "amount_cm82": lambda p, c: f"{(2 + _num(p, 3) * 2) * 10_000:,}".replace(",", " "),
    "ga_family82": lambda p, c: _pick(p, _GA_FAMILY, 2),
    "ga_given82": lambda p, c: _by_sex(p, _GA_GIVEN_M, _GA_GIVEN_F, 1),
    "ga_birthplace82": lambda p, c: _pick(p, _GA_BIRTHPLACES, 4),
    "sex_ga82": lambda p, c: "MASCULIN" if p.male else "FÉMININ",
    "nip_ga82": lambda p, c: _nip_ga(p),
    "matricule_ga82": lambda p, c: f"{p.bhxh[-6:]} {'ABCDEFGH'[_num(p, 8) - 1]}",
    "ministry_ga82": lambda p, c: _pick(p, _GA_MINISTRIES, 5),
    "posting_ga82": lambda p, c: _pick(p, _GA_POSTINGS, 6),
    "quartier_ga82": lambda p, c: _place(p, _GA_PLACES)[0],
    "ville_ga82": lambda p, c: _place(p, _GA_PLACES)[1],
    "phone_ga82": lambda p, c: (
        f"0{_pick(p, ('77', '66', '62', '74', '65'), 3)} {p.phone[4:6]} {p.phone[6:8]}"
        f" {p.phone[8:10]}"
    ),
    "obs_ga82": lambda p, c: _pick(p, _GA_OBS, 7),
    "cd_name82": lambda p, c: _cd_name(p),
    "sex_cd82": lambda p, c: "M" if p.male else "F",
    "voter_cd82": lambda p, c: _voter_cd(p),
    "hh_role_cd82": lambda p, c: _pick(p, _CD_HH_ROLES, 3),
    "hh_head_cd82": lambda p, c: (
        ("Lui-même" if p.male else "Elle-même")
        if _pick(p, _CD_HH_ROLES, 3) == "Chef de ménage"
        else f"{_pick(p, _CD_FAMILY, 5)} {_pick(p, _CD_POSTNOM, 6)} {_pick(p, _CD_GIVEN_M, 7)}"
    ),
    "hh_size_cd82": lambda p, c: str(1 + _num(p, 11)),
    "origin_cd82": lambda p, c: _pick(p, _CD_ORIGINS, 4),
    "addr_cd82": lambda p, c: (
        f"{_place(p, _CD_PLACES)[0]} n°{_num(p, 90)}, {_place(p, _CD_PLACES)[1]}"
        f", C/ {_place(p, _CD_PLACES)[2]}"
    ),
    "commune_cd82": lambda p, c: _place(p, _CD_PLACES)[2],
    "phone_cd82": lambda p, c: (
        f"0{_pick(p, ('81', '82', '97', '99', '85', '89'), 5)}{p.phone[3:10]}"
    ),
    "vuln_cd82": lambda p, c: _pick(p, _CD_VULN, 6),
    "enumerator_cd82": lambda p, c: f"{_pick(p, _CD_FAMILY, 8)} {_pick(p, _CD_GIVEN_F, 9)}",
    "ao_name82": lambda p, c: (
        f"{_by_sex(p, _AO_GIVEN_M, _AO_GIVEN_F, 1)} {_pick(p, _AO_FAMILY, 2)}"
        f" {_pick(p, _AO_FAMILY, 3)}"
    ),
    "bi_ao82": lambda p, c: _bi_ao(p),
    "sex_ao82": lambda p, c: "Masculino" if p.male else "Feminino",
    "civil_ao82": lambda p, c: _pick(p, _AO_CIVIL, 4),
    "spouse_ao82": lambda p, c: (
        f"{_by_sex(p, _AO_GIVEN_F, _AO_GIVEN_M, 5)} {_pick(p, _AO_FAMILY, 6)}"
        if _pick(p, _AO_CIVIL, 4) in ("Casado(a)", "União de facto")
        else ""
    ),
    "hh_ao82": lambda p, c: str(1 + _num(p, 10)),
    "old_home_ao82": lambda p, c: _pick(p, _AO_OLD_HOMES, 7),
    "house_ao82": lambda p, c: f"Quarteirão {_num(p, 60)}, Casa n.º {_num(p, 40)}",
    "bairro_ao82": lambda p, c: _place(p, _AO_PLACES)[0],
    "mun_ao82": lambda p, c: _place(p, _AO_PLACES)[1],
    "phone_ao82": lambda p, c: (
        f"9{'12345'[_num(p, 5) - 1]}{p.phone[3]} {p.phone[4:7]} {p.phone[7:10]}"
    ),
    "officer_ao82": lambda p, c: f"Téc. {_pick(p, _AO_GIVEN_M, 8)} {_pick(p, _AO_FAMILY, 9)}",
    "obs_ao82": lambda p, c: _pick(p, _AO_OBS, 10),
    "na_family82": lambda p, c: _pick(p, _NA_FAMILY, 2),
    "na_given82": lambda p, c: _by_sex(p, _NA_GIVEN_M, _NA_GIVEN_F, 1),
    "id_na82": lambda p, c: f"{p.birth:%y%m%d}{p.bhxh[-5:]}",
    "sex_na82": lambda p, c: "M" if p.male else "F",
    "erf_na82": lambda p, c: f"Erf {p.bhxh[-4:]}",
    "street_na82": lambda p, c: f"{_num(p, 80)} {_place(p, _NA_PLACES)[0]}",
    "suburb_na82": lambda p, c: _place(p, _NA_PLACES)[1],
    "town_na82": lambda p, c: _place(p, _NA_PLACES)[2],
    "phone_na82": lambda p, c: f"08{'15'[_num(p, 2) - 1]} {p.phone[3:6]} {p.phone[6:10]}",
    "hh_na82": lambda p, c: str(1 + _num(p, 9)),
    "income_na82": lambda p, c: f"N$ {(_num(p, 30) + 5) * 100:,}",
    "account_na82": lambda p, c: f"{p.bhxh[-7:]}-{_num(p, 9):02d}",
    "officer_na82": lambda p, c: _pick(p, _NA_OFFICERS, 5),
}

__all__ = ["WRITERS_BLIND82"]
