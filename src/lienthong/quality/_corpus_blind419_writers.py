"""How the people of the four-hundred-and-nineteenth part of the outside corpus (**blind 419**,
:mod:`lienthong.quality._corpus_blind419`) are written: four Vietnamese files' own columns (a
craft village's artisans, a folk-art troupe's honoured members, a heritage site's guides, a
museum's donors of artefacts) and Peruvian, Japanese, Moroccan, Polish and Kenyan artisans' names,
addresses, phones and numbers in the forms their papers show (the DNI with its check digit, the
My Number with its mod-11 digit, the CIN, the PESEL with its check digit, the Kenyan ID)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind65_writers import _dni, _dni_check
from lienthong.quality._corpus_blind112_writers import _my_number
from lienthong.quality._corpus_blind113_writers import _cin_ma
from lienthong.quality._corpus_blind141_writers import _MA_FAMILY, _MA_GIVEN_F, _MA_GIVEN_M
from lienthong.quality._corpus_blind299_writers import (
    _PL_FAMILY_F,
    _PL_FAMILY_M,
    _PL_GIVEN_F,
    _PL_GIVEN_M,
    _pesel,
)
from lienthong.quality._corpus_blind305_writers import _ke_id, _ke_phone

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

# -- Vietnam --------------------------------------------------------------------------------------
_VN_CRAFTS = (
    "Gốm sứ",
    "Sơn mài",
    "Khảm trai",
    "Dệt thổ cẩm",
    "Đúc đồng",
    "Chạm khắc gỗ",
    "Mây tre đan",
)
_VN_TITLES = (
    "Nghệ nhân làng nghề",
    "Nghệ nhân cấp tỉnh",
    "Nghệ nhân ưu tú",
    "Nghệ nhân nhân dân",
    "Thợ giỏi",
    "",
)
_VN_WORKSHOPS = ("Cơ sở gốm Minh Long", "HTX Sơn mài Tương Bình Hiệp", "Xưởng đồng Phước Kiều",
                 "Tổ hợp tác dệt Mỹ Nghiệp", "Cơ sở mộc Kim Bồng")  # fmt: skip
_VN_FORMS = ("Quan ho", "Ca tru", "Hat xoan", "Cheo", "Don ca tai tu", "Bai choi", "Hat then")
_VN_HONOURS = ("NSND", "NSUT", "Nghe nhan uu tu", "Nghe nhan nhan dan", "Chua co", "Chua co")
_VN_ROLES = ("Lien anh", "Lien chi", "Kep dan", "Dao nuong", "Truong nhom", "Nhac cong")
_VN_STAGE = ("Tu Hoa", "Ba Sen", "Anh Tu", "Chi Gai", "Ong Trum", "Co Dao")
_VN_LANGS = ("Tiếng Anh", "Tiếng Pháp", "Tiếng Trung", "Tiếng Nhật", "Tiếng Hàn", "Tiếng Anh")
_VN_SHIFTS = ("Ca sáng", "Ca chiều", "Cả ngày", "Ca tối (tour đêm)")
_VN_GUIDE_KIND = ("Thuyết minh viên tại điểm", "HDV nội địa", "HDV quốc tế", "Cộng tác viên")
_VN_ARTEFACTS = ("Bình gốm men lam thời Lê", "Sắc phong thời Nguyễn", "Áo dài the cổ",
                 "Trống đồng nhỏ", "Bộ ấm trà Bát Tràng", "Tượng gỗ Tây Nguyên",
                 "Đàn đáy", "Bản đồ Sài Gòn 1890")  # fmt: skip
_VN_HANDOVER = ("Hiến tặng", "Hiến tặng", "Ký gửi", "Hiến tặng (di nguyện)", "Bán lại")
_VN_MUSEUM_WARDS = ("Phường Bến Nghé", "Phường Tân Định", "Xã Bát Tràng", "Phường Phú Hội",
                    "Xã Vạn Phúc", "Phường 6")  # fmt: skip
_VN_MUSEUM_PROV = ("TP. Hồ Chí Minh", "TP. Hà Nội", "TP. Huế", "Tỉnh Quảng Nam", "Tỉnh Bắc Ninh")

# -- Peru -----------------------------------------------------------------------------------------
_PE_GIVEN_M = ("Mamerto", "Edilberto", "Juan de Dios", "Teófilo", "Hilario", "Rubén")
_PE_GIVEN_F = ("Máxima", "Eulogia", "Rosa Victoria", "Nélida", "Felícitas", "Yolanda")
_PE_FAMILY = ("Quispe", "Mamani", "Huamán", "Condori", "Sulca", "Ccapa", "Medina", "Seminario")
_PE_PLACES = (
    ("Ayacucho", "Huamanga", "Quinua"),
    ("Cusco", "Calca", "Pisac"),
    ("Puno", "Puno", "Chucuito"),
    ("Junín", "Huancayo", "San Jerónimo de Tunán"),
    ("Piura", "Piura", "Catacaos"),
    ("Lima", "Lima", "Villa El Salvador"),
)
_PE_LINES = ("Textil", "Cerámica", "Retablo", "Platería y joyería", "Mates burilados", "Imaginería")
_PE_MARKET = ("Mercado local", "Exportación", "Ferias regionales", "Turismo")

# -- Japan ----------------------------------------------------------------------------------------
_JP_FAMILY = ("Sato", "Suzuki", "Takahashi", "Nakamura", "Kobayashi", "Yamamoto", "Inoue", "Kato")
_JP_GIVEN_M = ("Shigeru", "Hiroshi", "Kiyoshi", "Masao", "Kazuo", "Ichiro", "Tadashi")
_JP_GIVEN_F = ("Sachiko", "Kazuko", "Setsuko", "Yoko", "Michiko", "Hisako", "Fumiko")
_JP_PLACES = (
    ("Ishikawa-ken", "Wajima-shi", "Kawai-machi 2-14", "928-0001"),
    ("Kyoto-fu", "Kyoto-shi Higashiyama-ku", "Gojozaka 1-3-5", "605-0846"),
    ("Okinawa-ken", "Naha-shi", "Tsuboya 1-9-2", "902-0065"),
    ("Saga-ken", "Arita-cho", "Kamikohira 4-1", "844-0006"),
    ("Niigata-ken", "Ojiya-shi", "Shiroyama 3-7", "947-0028"),
)
_JP_ARTS = ("Urushi (Wajima-nuri)", "Kyo-yaki pottery", "Bingata dyeing", "Iro-e porcelain",
            "Ojiya chijimi weaving", "Noh mask carving", "Bunraku puppetry")  # fmt: skip

# -- Morocco --------------------------------------------------------------------------------------
_MA_PLACES = (
    ("Derb Chtouka, Médina", "Fès", "Fès-Meknès"),
    ("Hay Mohammadi, Rue 12 n° 45", "Marrakech", "Marrakech-Safi"),
    ("Quartier Lablida, n° 8", "Safi", "Marrakech-Safi"),
    ("Médina, Derb Sidi Bouloukat 3", "Tétouan", "Tanger-Tétouan-Al Hoceïma"),
    ("Douar Tidili, Commune Tamesloht", "Al Haouz", "Marrakech-Safi"),
)
_MA_TRADES = ("Zellige", "Tapis (Tissage)", "Poterie", "Dinanderie", "Maroquinerie", "Tadelakt")
_MA_QUALITY = ("Maître artisan", "Artisan", "Artisan", "Apprenti", "Coopérative")

# -- Poland ---------------------------------------------------------------------------------------
_PL_PLACES = (
    ("ul. Kościuszki 14", "34-500", "Zakopane", "małopolskie"),
    ("Zalipie 89", "33-263", "Olesno", "małopolskie"),
    ("ul. Łowicka 7 m. 3", "99-400", "Łowicz", "łódzkie"),
    ("ul. Kurpiowska 22", "07-430", "Myszyniec", "mazowieckie"),
    ("Bolesławiec, ul. Gdańska 5", "59-700", "Bolesławiec", "dolnośląskie"),
)
_PL_FIELDS = ("wycinankarstwo", "malarstwo na szkle", "rzeźba ludowa", "haft", "garncarstwo",
              "koronkarstwo", "plecionkarstwo")  # fmt: skip

# -- Kenya ----------------------------------------------------------------------------------------
_KE_FAMILY = ("Wanjiru", "Odhiambo", "Kiprono", "Mwende", "Achieng", "Lekishon", "Barasa")
_KE_GIVEN_M = ("Joseph", "Samson", "Daniel", "Moses", "Peter", "Francis")
_KE_GIVEN_F = ("Naserian", "Grace", "Margaret", "Wambui", "Esther", "Mary")
_KE_PLACES = (
    ("Kajiado", "Kajiado Central", "P.O. Box 112-01100, Kajiado"),
    ("Kisumu", "Kisumu East", "P.O. Box 4410-40100, Kisumu"),
    ("Mombasa", "Mvita", "P.O. Box 90420-80100, Mombasa"),
    ("Lamu", "Lamu West", "P.O. Box 53-80500, Lamu"),
    ("Kakamega", "Lurambi", "P.O. Box 190-50100, Kakamega"),
)
_KE_GRANTS = ("Beadwork preservation", "Oral literature recording", "Isukuti drum making",
              "Swahili wood carving", "Kikuyu basketry (kiondo)", "Luo nyatiti music")  # fmt: skip
_KE_STATUS = ("Approved", "Disbursed", "Disbursed", "Pending verification", "Rejected")


def _stamp(p: Person) -> str:
    when = datetime(2026, 3, 1, 7) + timedelta(minutes=int(p.bhxh[-6:]) % 350_000)
    return f"{when:%Y-%m-%d %H:%M}"


def _pe_name(p: Person) -> tuple[str, str, str]:
    return (
        _pick(p, _PE_FAMILY, 2),
        _pick(p, _PE_FAMILY, 5),
        _by_sex(p, _PE_GIVEN_M, _PE_GIVEN_F, 3),
    )


def _pe_place(p: Person) -> tuple[str, str, str]:
    return _PE_PLACES[int(p.bhxh) // 7 % len(_PE_PLACES)]


def _jp_place(p: Person) -> tuple[str, str, str, str]:
    return _JP_PLACES[int(p.bhxh) // 11 % len(_JP_PLACES)]


def _ma_place(p: Person) -> tuple[str, str, str]:
    return _MA_PLACES[int(p.bhxh) // 13 % len(_MA_PLACES)]


def _pl_place(p: Person) -> tuple[str, str, str, str]:
    return _PL_PLACES[int(p.bhxh) // 17 % len(_PL_PLACES)]


def _ke_place(p: Person) -> tuple[str, str, str]:
    return _KE_PLACES[int(p.bhxh) // 19 % len(_KE_PLACES)]


def _yen(p: Person) -> str:
    return f"{2_000_000 if _num(p, 4) > 1 else 1_000_000:,}"


WRITERS_BLIND419: dict[str, Callable[[Person, Col], object]] = {
    # craft village artisans
    "craft419": lambda p, c: _pick(p, _VN_CRAFTS, 2),
    "title419": lambda p, c: _pick(p, _VN_TITLES, 3),
    "years419": lambda p, c: 5 + _num(p, 45),
    "workshop419": lambda p, c: _pick(p, _VN_WORKSHOPS, 4),
    "apprentices419": lambda p, c: _num(p, 12) - 1,
    "decision419": lambda p, c: f"{_num(p, 900)}/QĐ-UBND",
    # folk-art troupe
    "stage419": lambda p, c: _pick(p, _VN_STAGE, 5),
    "form419": lambda p, c: _pick(p, _VN_FORMS, 6),
    "honour419": lambda p, c: _pick(p, _VN_HONOURS, 7),
    "role419": lambda p, c: _pick(p, _VN_ROLES, 8),
    "qd419": lambda p, c: f"{_num(p, 2000)}/QD-CTN",
    "teacher419": lambda p, c: _other_vn(p, 9),
    # heritage site guides
    "card419": lambda p, c: f"TMV-{p.bhxh[-5:]}",
    "lang419": lambda p, c: _pick(p, _VN_LANGS, 10),
    "gkind419": lambda p, c: _pick(p, _VN_GUIDE_KIND, 11),
    "shift419": lambda p, c: _pick(p, _VN_SHIFTS, 12),
    "expiry419": lambda p, c: f"{_shift_date(p.other_date, 5):%d/%m/%Y}",
    "stamp419": lambda p, c: _stamp(p),
    # museum donors
    "inv419": lambda p, c: f"BTLS-{p.bhxh[-6:]}/HV",
    "artefact419": lambda p, c: _pick(p, _VN_ARTEFACTS, 13),
    "handover419": lambda p, c: _pick(p, _VN_HANDOVER, 14),
    "minutes419": lambda p, c: f"{_num(p, 300)}/BB-BT",
    "value419": lambda p, c: f"{_num(p, 500) * 100_000:,}".replace(",", "."),
    "mward419": lambda p, c: _pick(p, _VN_MUSEUM_WARDS, 15),
    "mprov419": lambda p, c: _pick(p, _VN_MUSEUM_PROV, 16),
    "receiver419": lambda p, c: _other_vn(p, 17),
    "receiver_phone419": lambda p, c: _other_phone(p, "02"),
    # Peru: Registro Nacional del Artesano
    "pe_dni419": lambda p, c: _dni(p),
    "pe_dv419": lambda p, c: _dni_check(p, False),
    "pe_pat419": lambda p, c: _pe_name(p)[0],
    "pe_mat419": lambda p, c: _pe_name(p)[1],
    "pe_giv419": lambda p, c: _pe_name(p)[2],
    "sex_pe419": lambda p, c: "M" if p.male else "F",
    "pe_dep419": lambda p, c: _pe_place(p)[0],
    "pe_prov419": lambda p, c: _pe_place(p)[1],
    "pe_dist419": lambda p, c: _pe_place(p)[2],
    "pe_line419": lambda p, c: _pick(p, _PE_LINES, 18),
    "pe_rna419": lambda p, c: f"RNA-{_pe_place(p)[0][:3].upper()}-{p.bhxh[-5:]}",
    "pe_phone419": lambda p, c: f"9{p.phone[3:5]}{p.phone[5:8]}{p.phone[8:10]}{p.bhxh[0]}",
    "pe_market419": lambda p, c: _pick(p, _PE_MARKET, 19),
    "pe_ruc419": lambda p, c: f"10{_dni(p)}{int(p.bhxh[-1])}",
    # Japan: Living National Treasure (Juyo Mukei Bunkazai hojisha) support list
    "jp_mynum419": lambda p, c: _my_number(p).replace(" ", ""),
    "jp_fam419": lambda p, c: _pick(p, _JP_FAMILY, 20).upper(),
    "jp_giv419": lambda p, c: _by_sex(p, _JP_GIVEN_M, _JP_GIVEN_F, 21),
    "sex_jp419": lambda p, c: "Dansei" if p.male else "Josei",
    "jp_art419": lambda p, c: _pick(p, _JP_ARTS, 22),
    "jp_pref419": lambda p, c: _jp_place(p)[0],
    "jp_addr419": lambda p, c: f"{_jp_place(p)[2]}, {_jp_place(p)[1]}, {_jp_place(p)[0]}",
    "jp_zip419": lambda p, c: _jp_place(p)[3],
    "jp_phone419": lambda p, c: (
        f"0{_pick(p, ('90', '80', '70'), 23)}-{p.phone[2:6]}-{p.phone[6:10]}"
    ),
    "jp_no419": lambda p, c: f"Bunka {_num(p, 9)}-{p.bhxh[-3:]}",
    "jp_grant419": lambda p, c: _yen(p),
    "jp_bank419": lambda p, c: f"Hokkoku Ginko Futsu {p.bhxh[-7:]}",
    "jp_year419": lambda p, c: (
        f"Heisei {_num(p, 30)}" if _num(p, 2) == 1 else f"Reiwa {_num(p, 7)}"
    ),
    # Morocco: Chambre d'Artisanat
    "ma_cin419": lambda p, c: _cin_ma(p),
    "ma_fam419": lambda p, c: _pick(p, _MA_FAMILY, 24).upper(),
    "ma_giv419": lambda p, c: _by_sex(p, _MA_GIVEN_M, _MA_GIVEN_F, 25),
    "sex_ma419": lambda p, c: "H" if p.male else "F",
    "ma_addr419": lambda p, c: f"{_ma_place(p)[0]}, {_ma_place(p)[1]}",
    "ma_city419": lambda p, c: _ma_place(p)[1],
    "ma_region419": lambda p, c: _ma_place(p)[2],
    "ma_trade419": lambda p, c: _pick(p, _MA_TRADES, 26),
    "ma_quality419": lambda p, c: _pick(p, _MA_QUALITY, 27),
    "ma_card419": lambda p, c: f"CA/{_ma_place(p)[1][:3].upper()}/{p.bhxh[-5:]}",
    "ma_phone419": lambda p, c: (
        f"06 {p.phone[3:5]} {p.phone[5:7]} {p.phone[7:9]} {p.phone[9]}{p.bhxh[0]}"
    ),
    "ma_cnss419": lambda p, c: p.bhxh[:9],
    # Poland: Stowarzyszenie Twórców Ludowych
    "pl_pesel419": lambda p, c: _pesel(p),
    "pl_fam419": lambda p, c: _by_sex(p, _PL_FAMILY_M, _PL_FAMILY_F, 28),
    "pl_giv419": lambda p, c: _by_sex(p, _PL_GIVEN_M, _PL_GIVEN_F, 29),
    "sex_pl419": lambda p, c: "M" if p.male else "K",
    "pl_street419": lambda p, c: _pl_place(p)[0],
    "pl_post419": lambda p, c: _pl_place(p)[1],
    "pl_town419": lambda p, c: _pl_place(p)[2],
    "pl_voiv419": lambda p, c: _pl_place(p)[3],
    "pl_field419": lambda p, c: _pick(p, _PL_FIELDS, 30),
    "pl_card419": lambda p, c: f"STL/{_num(p, 9)}/{p.bhxh[-4:]}",
    "pl_phone419": lambda p, c: f"+48 {p.phone[2:5]} {p.phone[5:8]} {p.phone[8:10]}{p.bhxh[0]}",
    "pl_fee419": lambda p, c: _pick(p, ("opłacona", "opłacona", "zaległa", "zwolniony"), 31),
    # Kenya: cultural-heritage grants
    "ke_id419": lambda p, c: _ke_id(p),
    "ke_fam419": lambda p, c: _pick(p, _KE_FAMILY, 32),
    "ke_giv419": lambda p, c: _by_sex(p, _KE_GIVEN_M, _KE_GIVEN_F, 33),
    "sex_ke419": lambda p, c: "Male" if p.male else "Female",
    "ke_county419": lambda p, c: _ke_place(p)[0],
    "ke_sub419": lambda p, c: _ke_place(p)[1],
    "ke_box419": lambda p, c: _ke_place(p)[2],
    "ke_phone419": lambda p, c: _ke_phone(p),
    "ke_kra419": lambda p, c: f"A{p.bhxh[1:10]}{'PQRSTUVWXZ'[int(p.bhxh[0])]}",
    "ke_grant419": lambda p, c: _pick(p, _KE_GRANTS, 34),
    "ke_amount419": lambda p, c: f"{(5 + _num(p, 20)) * 10_000:,}",
    "ke_status419": lambda p, c: _pick(p, _KE_STATUS, 35),
    "ke_group419": lambda p, c: _pick(
        p, ("", "Olkejuado Women Group", "Ramogi Elders", "Lamu Dhow Builders CBO", ""), 36
    ),
    "ke_ref419": lambda p, c: f"MSCH/CHG/{p.bhxh[-4:]}/26",
}

__all__ = ["WRITERS_BLIND419"]
