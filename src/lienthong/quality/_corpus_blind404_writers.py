"""How the people of the four-hundred-and-fourth part of the outside corpus (**blind 404**,
:mod:`lienthong.quality._corpus_blind404`) are written: four Vietnamese files' own columns (a de
facto adoption and its witnesses, a birth registered abroad and recorded at home, a supplement to
a civil-status entry, a change made to the population database after a correction) and
Ecuadorian, Nepali, Ghanaian, Danish and Azerbaijani names, addresses, phones and numbers in the
forms their papers show (the cédula with its mod-10 check digit, the citizenship certificate
number, the Ghana Card PIN, the CPR number with its century digit and sex parity, the FİN)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind9_writers import _luhn
from lienthong.quality._corpus_blind19_writers import _fin_az
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_VN_KIN = (
    "Cháu ruột",
    "Con của bạn",
    "Không quan hệ họ hàng",
    "Cháu gọi bằng cô",
    "Con riêng của vợ",
)
_VN_FOREIGN = (
    ("Tokyo, Nhật Bản", "Tòa thị chính quận Shinjuku", "Nhật Bản"),
    ("Taipei, Đài Loan (Trung Quốc)", "Văn phòng hộ chính quận Đại An", "Việt Nam"),
    ("Seoul, Hàn Quốc", "UBND quận Guro", "Việt Nam"),
    ("Berlin, CHLB Đức", "Standesamt Berlin-Lichtenberg", "Việt Nam và Đức"),
    ("Warszawa, Ba Lan", "Urzad Stanu Cywilnego Warszawa", "Việt Nam"),
)
_VN_SUPPLEMENT = (
    "Bổ sung ngày, tháng sinh",
    "Bổ sung thông tin người cha",
    "Bổ sung dân tộc",
    "Bổ sung quê quán",
    "Bổ sung nơi sinh",
)
_VN_BASIS = (
    "Học bạ tiểu học",
    "Sổ hộ khẩu cũ (bản chụp)",
    "Giấy chứng sinh",
    "Lý lịch đảng viên",
    "Trích lục khai sinh",
)
_VN_FIELDS = (
    ("Họ, chữ đệm và tên", "Nguyễn Thị Lành", "Nguyễn Thị Lanh"),
    ("Ngày tháng năm sinh", "01/01/{y}", "đúng theo trích lục"),
    ("Dân tộc", "Kinh", "Tày"),
    ("Quê quán", "Xã Hòa Bình, Tiền Giang", "Xã Long Hựu, Long An"),
    ("Tên cha", "(trống)", "theo trích lục bổ sung"),
)
_EC_PLACES = (
    ("17", "Pichincha", "Quito", "Chillogallo", "Calle S32 Oe7-128 y Cusubamba"),
    ("09", "Guayas", "Guayaquil", "Tarqui", "Cdla. Sauces 6 Mz. 270 V. 14"),
    ("01", "Azuay", "Cuenca", "Yanuncay", "Av. Loja 3-48 y Don Bosco"),
    ("13", "Manabí", "Portoviejo", "12 de Marzo", "Calle Olmedo y Pedro Gual"),
    ("07", "El Oro", "Machala", "La Providencia", "Av. 25 de Junio entre Guayas y Ayacucho"),
)
_EC_GIVEN_M = ("José Luis", "Carlos Andrés", "Segundo Manuel", "Luis Fernando", "Byron Patricio")
_EC_GIVEN_F = ("María Fernanda", "Rosa Elena", "Jessica Paola", "Mayra Alejandra", "Nancy Beatriz")
_EC_SURNAMES = ("Guamán", "Quishpe", "Zambrano", "Vera", "Cedeño", "Andrade", "Chicaiza", "Mera")
_EC_CAUSES = (
    "Parto domiciliario sin informe estadístico",
    "Desconocimiento de los padres",
    "Residencia en zona rural lejana",
    "Padre no reconoció oportunamente",
)
_NP_GIVEN_M = ("राम बहादुर", "हरि प्रसाद", "सुरेश", "दिल बहादुर", "कृष्ण")
_NP_GIVEN_F = ("सीता", "गीता कुमारी", "माया", "सरिता", "लक्ष्मी")
_NP_FAMILY = ("श्रेष्ठ", "तामाङ", "गुरुङ", "अधिकारी", "थापा", "मगर", "पौडेल")
_NP_PLACES = (
    ("काठमाडौं महानगरपालिका-१४, काठमाडौं, बागमती प्रदेश", "27"),
    ("पोखरा महानगरपालिका-८, कास्की, गण्डकी प्रदेश", "40"),
    ("भरतपुर महानगरपालिका-१०, चितवन, बागमती प्रदेश", "35"),
    ("धरान उपमहानगरपालिका-५, सुनसरी, कोशी प्रदेश", "06"),
    ("बुटवल उपमहानगरपालिका-११, रुपन्देही, लुम्बिनी प्रदेश", "48"),
)
_NP_BIRTHPLACES = ("घरमै", "जिल्ला अस्पताल", "स्वास्थ्य चौकी", "मामाघर", "भारत (बनारस)")
_GH_SURNAMES = ("Mensah", "Owusu", "Boateng", "Asante", "Addo", "Osei", "Agyemang")
_GH_OTHER_M = ("Kwame Kofi", "Yaw", "Kwabena Emmanuel", "Kojo", "Ebenezer Kwaku")
_GH_OTHER_F = ("Akosua Abena", "Ama", "Adwoa Gifty", "Efua", "Esi Priscilla")
_GH_PLACES = (
    ("H/No. 14, Adenta Housing Down, Adenta", "Adentan Municipal", "Greater Accra", "GD-052-3381"),
    ("Plot 7 Block B, Asokwa", "Kumasi Metropolitan", "Ashanti", "AK-039-5512"),
    ("H/No. C 227/4, Kotobabi", "Accra Metropolitan", "Greater Accra", "GA-183-8164"),
    ("Hse 22, Anaji Estates", "Sekondi-Takoradi Metropolitan", "Western", "WS-312-1040"),
    ("Behind Methodist JHS, Hohoe", "Hohoe Municipal", "Volta", "VH-0021-7740"),
)
_GH_PLACES_BIRTH = ("Home", "Korle Bu Teaching Hospital", "Komfo Anokye Teaching Hospital", "CHPS")
_DK_GIVEN_M = ("Mikkel", "Frederik", "Jonas", "Anders Bo", "Lars Henrik")
_DK_GIVEN_F = ("Sofie", "Ida Marie", "Emma", "Mette", "Anne Sofie")
_DK_SURNAMES = ("Nielsen", "Jensen", "Hansen", "Pedersen", "Møller", "Kristensen", "Østergaard")
_DK_PLACES = (
    ("Nørrebrogade 112, 3. th.", "2200", "København N"),
    ("Vestergade 9, st.", "8000", "Aarhus C"),
    ("Grønnegade 41", "5000", "Odense C"),
    ("Sønderbro 17, 1. tv.", "9000", "Aalborg"),
    ("Kongevejen 233", "2830", "Virum"),
)
_DK_KINDS = ("Stedbarnsadoption", "Fremmedadoption", "Familieadoption", "Stedbarnsadoption")
_AZ_GIVEN_M = ("Elvin", "Rəşad", "Tural", "Orxan", "Kamran")
_AZ_GIVEN_F = ("Aygün", "Günel", "Leyla", "Nərmin", "Səbinə")
_AZ_FATHERS = ("Əli", "Vüqar", "Rafiq", "İlham", "Səməd", "Elşən")
_AZ_SURNAMES_M = ("Məmmədov", "Əliyev", "Hüseynov", "Quliyev", "Həsənov")
_AZ_ADDR = (
    "Bakı şəhəri, Nəsimi rayonu, Səməd Vurğun küç., ev 34, mən. 12",
    "Bakı şəhəri, Yasamal rayonu, Şərifzadə küç., ev 187, mən. 45",
    "Gəncə şəhəri, Kəpəz rayonu, Atatürk pr., ev 9, mən. 3",
    "Sumqayıt şəhəri, 9-cu mikrorayon, ev 21, mən. 67",
    "Lənkəran şəhəri, Hüseyn Cavid küç., ev 5",
)
_AZ_ACTS = ("Doğum", "Nikah", "Doğum", "Ad dəyişmə", "Atalığın müəyyən edilməsi")
_AZ_CHANGES = (
    "Soyadının yazılışı düzəldilib",
    "Atasının adı əlavə edilib",
    "Doğum yeri düzəldilib",
    "Milliyyəti qeyd edilib",
)


def _i(p: Person, salt: int, size: int) -> int:
    return int(p.bhxh) // (salt + 7) % size


def _cedula404(p: Person) -> str:
    """An Ecuadorian cédula: province, a digit under 6, six digits and the mod-10 check digit."""
    return _luhn(f"{_EC_PLACES[_i(p, 1, 5)][0]}{int(p.bhxh[1]) % 6}{p.bhxh[2:8]}")


def _ec_phone(p: Person) -> str:
    mobile = f"09{'89765'[_i(p, 2, 5)]}{p.phone[3:10]}"
    return f"{mobile[:3]} {mobile[3:6]} {mobile[6:]}"


def _adoptee_year(p: Person) -> int:
    """A de facto adoption began before 2011: the child was born by 2010."""
    return min(p.birth.year + 20 + _num(p, 12), 2010)


def _np_citizen(p: Person) -> str:
    """A Nepali citizenship certificate number: district, the office's code, the year (BS)."""
    code = _NP_PLACES[_i(p, 3, 5)][1]
    return f"{code}-01-{(p.birth.year + 73) % 100:02d}-{p.bhxh[-5:]}"


def _gh_card(p: Person) -> str:
    """A Ghana Card PIN: GHA, nine digits and a check digit (its rule is not published)."""
    return f"GHA-{p.bhxh[:9]}-{p.bhxh[9]}"


def _gh_phone(p: Person) -> str:
    return f"0{('24', '54', '20', '55', '27')[_i(p, 4, 5)]} {p.phone[3:6]} {p.phone[6:10]}"


def _cpr(p: Person) -> str:
    """A Danish CPR number: ddmmyy, a serial whose first digit gives the century (0-3 for the
    1900s, 4 for 2000-2036) and whose last digit is odd for a man and even for a woman."""
    century = "4" if p.birth.year >= 2000 else str(int(p.bhxh[0]) % 4)
    last = int(p.bhxh[3]) // 2 * 2 + (1 if p.male else 0)
    return f"{p.birth:%d%m%y}-{century}{p.bhxh[1:3]}{last}"


def _dk_phone(p: Person) -> str:
    d = p.bhxh[2:10]
    return f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"


def _az_phone(p: Person) -> str:
    code = ("50", "51", "55", "70", "77")[_i(p, 5, 5)]
    return f"+994 {code} {p.phone[3:6]} {p.phone[6:8]} {p.phone[8:10]}"


def _vn_date(d: date) -> str:
    return f"{d:%d/%m/%Y}"


WRITERS_BLIND404: dict[str, Callable[[Person, Col], object]] = {
    "adoptee404": lambda p, c: _other_vn(p, 3),
    "adoptee_birth404": lambda p, c: _vn_date(
        _safe_day(_adoptee_year(p), p.birth.month, p.birth.day)
    ),
    "kin404": lambda p, c: _pick(p, _VN_KIN, 4),
    "since404": lambda p, c: f"Từ năm {min(_adoptee_year(p) + _num(p, 3), 2010)}",
    "witness404": lambda p, c: f"{_other_vn(p, 5)}, {_other_vn(p, 6)}",
    "reg_no404": lambda p, c: f"{_num(p, 40) + 1:02d}/{p.other_date.year}",
    "vn_phone_other404": lambda p, c: _other_phone(p),
    "officer404": lambda p, c: _other_vn(p, 8),
    "abroad_place404": lambda p, c: _VN_FOREIGN[_i(p, 9, 5)][0],
    "abroad_office404": lambda p, c: _VN_FOREIGN[_i(p, 9, 5)][1],
    "nationality404": lambda p, c: _VN_FOREIGN[_i(p, 9, 5)][2],
    "foreign_cert404": lambda p, c: f"{p.birth.year}-{p.bhxh[:6]}",
    "father404": lambda p, c: _other_vn(p, 10, male=True, family=p.family),
    "mother404": lambda p, c: _other_vn(p, 11, male=False),
    "requester404": lambda p, c: _other_vn(p, 12),
    "entry404": lambda p, c: f"Số {_num(p, 90) + 1}, Quyển 01/{p.other_date.year}",
    "supplement404": lambda p, c: _pick(p, _VN_SUPPLEMENT, 13),
    "basis404": lambda p, c: _pick(p, _VN_BASIS, 14),
    "extract404": lambda p, c: f"{_num(p, 300) + 1}/TLBS",
    "field404": lambda p, c: _VN_FIELDS[_i(p, 15, 5)][0],
    "old404": lambda p, c: _VN_FIELDS[_i(p, 15, 5)][1].format(y=p.birth.year),
    "new404": lambda p, c: _VN_FIELDS[_i(p, 15, 5)][2],
    "old_name404": lambda p, c: f"{p.family} {p.given.split()[-1]}",
    "ground404": lambda p, c: f"Trích lục cải chính hộ tịch số {_num(p, 200) + 1}/TLCC",
    "police404": lambda p, c: f"Thượng úy {_other_vn(p, 16, male=True)}",
    "sync404": lambda p, c: (
        f"{p.other_date + timedelta(days=_num(p, 5)):%d/%m/%Y} 15:3{_num(p, 9)}"
    ),
    "cedula404": lambda p, c: _cedula404(p),
    "ec_family404": lambda p, c: f"{_pick(p, _EC_SURNAMES, 1)} {_pick(p, _EC_SURNAMES, 5)}",
    "ec_given404": lambda p, c: _by_sex(p, _EC_GIVEN_M, _EC_GIVEN_F, 2),
    "sex_ec404": lambda p, c: "Hombre" if p.male else "Mujer",
    "ec_father404": lambda p, c: f"{_pick(p, _EC_SURNAMES, 1)} {_pick(p, _EC_GIVEN_M, 6)}",
    "ec_mother404": lambda p, c: f"{_pick(p, _EC_SURNAMES, 5)} {_pick(p, _EC_GIVEN_F, 7)}",
    "ec_birthplace404": lambda p, c: f"Parroquia {_EC_PLACES[_i(p, 8, 5)][3]}",
    "ec_street404": lambda p, c: _EC_PLACES[_i(p, 1, 5)][4],
    "ec_parish404": lambda p, c: _EC_PLACES[_i(p, 1, 5)][3],
    "ec_canton404": lambda p, c: _EC_PLACES[_i(p, 1, 5)][2],
    "ec_prov404": lambda p, c: _EC_PLACES[_i(p, 1, 5)][1],
    "phone_ec404": lambda p, c: _ec_phone(p),
    "ec_acta404": lambda p, c: f"Tomo {_num(p, 9) + 1} Pág. {_num(p, 300)} Acta {p.bhxh[-4:]}",
    "ec_cause404": lambda p, c: _pick(p, _EC_CAUSES, 3),
    "np_name404": lambda p, c: (
        f"{_by_sex(p, _NP_GIVEN_M, _NP_GIVEN_F, 1)} {_pick(p, _NP_FAMILY, 2)}"
    ),
    "sex_np404": lambda p, c: "पुरुष" if p.male else "महिला",
    "np_citizen404": lambda p, c: _np_citizen(p),
    "np_father404": lambda p, c: f"{_pick(p, _NP_GIVEN_M, 3)} {_pick(p, _NP_FAMILY, 2)}",
    "np_mother404": lambda p, c: f"{_pick(p, _NP_GIVEN_F, 4)} {_pick(p, _NP_FAMILY, 5)}",
    "np_birthplace404": lambda p, c: _pick(p, _NP_BIRTHPLACES, 6),
    "np_addr404": lambda p, c: _NP_PLACES[_i(p, 3, 5)][0],
    "phone_np404": lambda p, c: f"98{'0145'[_i(p, 6, 4)]}{p.phone[3:10]}",
    "np_reg404": lambda p, c: f"{_num(p, 900) + 1}/{2081 + _num(p, 2)}",
    "np_fee404": lambda p, c: f"रु. {(1 + _num(p, 4)) * 100}",
    "gh_card404": lambda p, c: _gh_card(p),
    "gh_surname404": lambda p, c: _pick(p, _GH_SURNAMES, 1),
    "gh_other404": lambda p, c: _by_sex(p, _GH_OTHER_M, _GH_OTHER_F, 2),
    "sex_gh404": lambda p, c: "M" if p.male else "F",
    "gh_birthplace404": lambda p, c: _pick(p, _GH_PLACES_BIRTH, 3),
    "gh_mother404": lambda p, c: f"{_pick(p, _GH_OTHER_F, 4)} {_pick(p, _GH_SURNAMES, 5)}",
    "gh_father404": lambda p, c: f"{_pick(p, _GH_OTHER_M, 6)} {_pick(p, _GH_SURNAMES, 1)}",
    "gh_addr404": lambda p, c: _GH_PLACES[_i(p, 7, 5)][0],
    "gh_district404": lambda p, c: _GH_PLACES[_i(p, 7, 5)][1],
    "gh_region404": lambda p, c: _GH_PLACES[_i(p, 7, 5)][2],
    "gh_gps404": lambda p, c: _GH_PLACES[_i(p, 7, 5)][3],
    "phone_gh404": lambda p, c: _gh_phone(p),
    "gh_reg404": lambda p, c: f"LR/{p.other_date.year}/{p.bhxh[-6:]}",
    "gh_fee404": lambda p, c: f"{(2 + _num(p, 4)) * 10}.00",
    "cpr404": lambda p, c: _cpr(p),
    "dk_given404": lambda p, c: _by_sex(p, _DK_GIVEN_M, _DK_GIVEN_F, 1),
    "dk_family404": lambda p, c: _pick(p, _DK_SURNAMES, 2),
    "sex_dk404": lambda p, c: "M" if p.male else "K",
    "dk_street404": lambda p, c: _DK_PLACES[_i(p, 3, 5)][0],
    "dk_post404": lambda p, c: _DK_PLACES[_i(p, 3, 5)][1],
    "dk_city404": lambda p, c: _DK_PLACES[_i(p, 3, 5)][2],
    "dk_adopter404": lambda p, c: f"{_pick(p, _DK_GIVEN_M, 4)} {_pick(p, _DK_SURNAMES, 5)}",
    "dk_adopter2404": lambda p, c: f"{_pick(p, _DK_GIVEN_F, 6)} {_pick(p, _DK_SURNAMES, 2)}",
    "dk_phone404": lambda p, c: _dk_phone(p),
    "dk_case404": lambda p, c: f"{p.other_date.year}-{p.bhxh[-6:]}",
    "dk_kind404": lambda p, c: _pick(p, _DK_KINDS, 7),
    "fin404": lambda p, c: _fin_az(p),
    "az_family404": lambda p, c: _pick(p, _AZ_SURNAMES_M, 1) + ("" if p.male else "a"),
    "az_given404": lambda p, c: _by_sex(p, _AZ_GIVEN_M, _AZ_GIVEN_F, 2),
    "az_father404": lambda p, c: f"{_pick(p, _AZ_FATHERS, 3)} {'oğlu' if p.male else 'qızı'}",
    "sex_az404": lambda p, c: "kişi" if p.male else "qadın",
    "az_addr404": lambda p, c: _AZ_ADDR[_i(p, 4, 5)],
    "phone_az404": lambda p, c: _az_phone(p),
    "az_act404": lambda p, c: _pick(p, _AZ_ACTS, 5),
    "az_actno404": lambda p, c: f"№ {p.bhxh[-4:]}",
    "az_change404": lambda p, c: _pick(p, _AZ_CHANGES, 6),
    "az_decision404": lambda p, c: _pick(p, ("Təmin edilib", "Təmin edilib", "Rədd edilib"), 7),
}

__all__ = ["WRITERS_BLIND404"]
