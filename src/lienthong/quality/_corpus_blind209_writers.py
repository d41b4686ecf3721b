"""How the people of the two-hundred-and-ninth part of the outside corpus (**blind 209**,
:mod:`lienthong.quality._corpus_blind209`) are written: four Vietnamese files' own columns (an urn
kept at a pagoda, fish fry for a rice field, a pavement lent for a wedding or a funeral, a fine for
fishing with an electric shocker) and Indonesian names, places, phones and numbers from Aceh, Bali,
Papua, Nusa Tenggara Timur and West Kalimantan: the NIK (the kecamatan's six digits, the birth
date with 40 added to a woman's day, a serial), the family card (KK) number, RT/RW addresses."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind42_writers import _shift_date

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]

# -- Vietnam ---------------------------------------------------------------------------------------
_VN_RELATIONS = ("Con trai", "Con gái", "Vợ", "Chồng", "Cháu nội", "Em ruột", "Con dâu")
_VN_LUNAR = ("Mùng 3 tháng Giêng", "12/3 ÂL", "Rằm tháng 7", "26 tháng Chạp", "8/4 Âm lịch")
_VN_FISH = ("Cá chép lai V1", "Cá rô phi đơn tính", "Cá trắm cỏ", "Cá mè trắng", "Cá rô đồng")
_VN_EXT_OFFICERS = ("KS. Hoàng Văn Thịnh", "Lò Thị Hoa (KNV xã)", "Bùi Đức Mạnh", "Đinh Thị Yến")
_VN_HAMLETS = ("Thôn Nà Pồng", "Bản Phiêng Luông", "Thôn 4", "Xóm Đồng Tâm", "Thôn Khuổi Nọi")
_VN_COMMUNES = ("Xã Mường Lói", "Xã Thanh Hưng", "Xã Định Hóa", "Xã Quảng Lạc", "Xã Yên Hợp")
_VN_EVENTS = ("Đám cưới", "Đám tang", "Lễ mừng thọ", "Đám hỏi", "Giỗ đầu", "Tiệc tân gia")
_VN_SPOTS = (
    "Vỉa hè trước nhà, lấn 1/2 lòng ngõ",
    "Lòng đường ngõ 178 (đoạn 15m)",
    "Vỉa hè trước số nhà, không quá 2m",
    "Sân chung khu tập thể C4",
    "Lòng hẻm, chừa lối đi 1,5m",
)
_VN_LEADERS = ("Đồng ý", "Đồng ý, đề nghị giữ VSMT", "Đồng ý có điều kiện", "Chưa ý kiến")
_VN_RESULTS = ("Đã cấp phép", "Cấp phép 1 ngày", "Không cấp - lòng đường chính", "Đã cấp phép")
_VN_JOBS = ("Làm ruộng", "Ngư dân", "Lao động tự do", "Chạy xe ôm", "Buôn bán nhỏ", "Thợ hồ")
_VN_WHERE = (
    "Sông Kiến Giang, đoạn qua thôn Tân Mỹ",
    "Kênh N2 thủy lợi Bắc Nghệ",
    "Hồ Phú Ninh, khu vực lòng hồ phía Bắc",
    "Cửa sông Gianh",
    "Đầm Cầu Hai, khu vực nò sáo",
)
_VN_GEAR = (
    "01 bộ kích điện, 01 ắc quy 12V, 01 xuồng nhôm",
    "01 máy kích cá tự chế, 02 vợt",
    "01 bình ắc quy 100Ah, 1,5kg cá các loại",
    "01 thuyền composite, 01 bộ xung điện",
)
_VN_ARTICLES = ("Đ.43 K.3 NĐ 38/2024", "Điểm a K.1 Đ.43 NĐ 38/2024", "Đ.7 K.2 NĐ 42/2019")
_VN_BP_OFFICERS = ("Đại úy Lê Văn Hùng", "Thiếu tá Trần Quốc Việt", "Trung úy Phan Anh Tú")
_VN_PAID = ("Đã nộp phạt", "Chưa nộp", "Xin nộp nhiều lần", "Đã nộp, tiêu hủy tang vật")

# -- Indonesia: shared ---------------------------------------------------------------------------
_ID_PREFIXES = ("11", "12", "13", "21", "22", "52", "53", "57", "58", "77", "78", "95", "96")


def _place(p: Person, table: tuple[_T, ...], salt: int = 3) -> _T:
    return table[int(p.bhxh) // (salt * 17 + 1) % len(table)]


def _nik(p: Person, code: str, born: date | None = None) -> str:
    """An NIK: six digits of the kecamatan, the birth date as DDMMYY with 40 added to a woman's
    day, then a four-digit serial."""
    born = born or p.birth
    day = born.day + (0 if p.male else 40)
    return f"{code}{day:02d}{born:%m%y}{_num(p, 9000):04d}"


def _student_birth(p: Person) -> date:
    """A student's birthday: the person's day and month, between 1999 and 2006."""
    return _safe_day(1999 + int(p.bhxh[-2:]) % 8, p.birth.month, p.birth.day)


def _worker_birth(p: Person) -> date:
    """An intending migrant worker's birthday: the person's day and month, 1979 to 2005."""
    return _safe_day(1979 + int(p.bhxh[-2:]) % 27, p.birth.month, p.birth.day)


def _kk(p: Person, code: str) -> str:
    """A family card (Kartu Keluarga) number: the kecamatan, the day the card was printed, a
    serial."""
    printed = p.other_date - timedelta(days=200 + int(p.bhxh[:4]) % 3000)
    return f"{code}{printed:%d%m%y}{int(p.bhxh[3:7]) % 9000 + 1:04d}"


def _hp(p: Person) -> str:
    return f"08{_pick(p, _ID_PREFIXES, 4)}{p.phone[2:10]}"


def _hp_dashed(p: Person) -> str:
    n = _hp(p)
    return f"{n[:4]}-{n[4:8]}-{n[8:]}"


def _hp_intl(p: Person) -> str:
    n = _hp(p)
    return f"+62 {n[1:4]} {n[4:8]} {n[8:]}"


def _other_hp(p: Person) -> str:
    return f"08{_pick(p, _ID_PREFIXES, 9)}{p.bhxh[::-1][:8]}"


def _rt_rw(p: Person) -> str:
    return f"RT {int(p.bhxh[1:3]) % 15 + 1:03d}/RW {int(p.bhxh[4:6]) % 8 + 1:03d}"


# -- Aceh ------------------------------------------------------------------------------------------
#: (kecamatan code, kecamatan, gampong, mukim)
_AC_PLACES: tuple[_T, ...] = (
    ("110612", "Darul Imarah", "Gampong Lamreung", "Mukim Lamreung"),
    ("110607", "Ingin Jaya", "Gampong Lambaro Angan", "Mukim Lambaro"),
    ("110617", "Krueng Barona Jaya", "Gampong Lamcot", "Mukim Lambunot"),
    ("110620", "Baitussalam", "Gampong Lamnga", "Mukim Silang"),
    ("110603", "Peukan Bada", "Gampong Lampisang", "Mukim Lamteungoh"),
)
_AC_MALE = ("Muhammad Iqbal", "Teuku Zulfikar", "Safrizal", "Munawar Abdullah", "Rahmat Hidayat")
_AC_MALE_B = ("Tgk. Marzuki", "Fauzan Azima", "Khairul Anwar", "Said Mahdi", "Zulkifli Ibrahim")
_AC_FEMALE = ("Cut Nurhayati", "Nurul Fitri", "Rosmawati", "Safriana", "Cut Meutia Sari")
_AC_FEMALE_B = ("Nurjannah", "Hafsah Yusuf", "Ainsyah", "Maryam Ismail", "Rahmah Daud")
_AC_POB = ("Banda Aceh", "Aceh Besar", "Sigli", "Lhokseumawe", "Meulaboh", "Takengon")
_AC_ASNAF = ("Fakir", "Miskin", "Gharimin", "Ibnu Sabil", "Fisabilillah", "Miskin", "Fakir")
_AC_KEUCHIK = ("Keuchik Abdul Wahab", "Keuchik Ramli Husen", "Keuchik Nasruddin", "Keuchik Amri")

# -- Bali ------------------------------------------------------------------------------------------
#: (kecamatan code, kecamatan, desa adat, banjar)
_BA_PLACES: tuple[_T, ...] = (
    ("510403", "Ubud", "Desa Adat Peliatan", "Banjar Kalah"),
    ("510401", "Sukawati", "Desa Adat Batuan", "Banjar Pekandelan"),
    ("510405", "Tegallalang", "Desa Adat Kenderan", "Banjar Tengah"),
    ("510302", "Mengwi", "Desa Adat Sempidi", "Banjar Lebah Pangkung"),
    ("510802", "Buleleng", "Desa Adat Bratan", "Banjar Dauh Margi"),
)
_BA_BIRTH = ("Wayan", "Made", "Nyoman", "Ketut", "Putu", "Kadek", "Komang", "Gede")
_BA_MALE = ("Sudarma", "Artawan", "Suardana", "Budiasa", "Wirawan", "Mertayasa", "Sukadana")
_BA_FEMALE = ("Sriani", "Ayu Widiastuti", "Suastini", "Kartini", "Sukerti", "Ari Sumerti")
_BA_DECEASED = (
    "Alm. I Nyoman Raka",
    "Almh. Ni Wayan Rai",
    "Alm. I Ketut Lotring",
    "Almh. Ni Made Rinten",
    "Alm. I Wayan Gejer",
)
_BA_RELATIONS = ("Anak", "Cucu", "Anak (Purusa)", "Keponakan", "Suami", "Istri", "Menantu")
_BA_LEVELS = ("Ngaben Pranawa", "Ngaben Swasta", "Ngerit (Nista)", "Ngaben Pranawa")
_BA_SAWA = ("Mekingsan di Pertiwi", "Mekingsan di Geni", "Baru (layon)", "Mekingsan di Pertiwi")

# -- Papua -----------------------------------------------------------------------------------------
#: (kecamatan code, kabupaten of origin, distrik of origin, suku)
_PA_PLACES: tuple[_T, ...] = (
    ("910402", "Jayawijaya", "Distrik Kurulu", "Dani"),
    ("911501", "Tolikara", "Distrik Karubaga", "Lani"),
    ("910102", "Merauke", "Distrik Kurik", "Marind"),
    ("910504", "Kepulauan Yapen", "Distrik Angkaisera", "Yapen"),
    ("910601", "Biak Numfor", "Distrik Biak Kota", "Biak"),
    ("912201", "Puncak Jaya", "Distrik Mulia", "Lani"),
)
_PA_MARGA = ("Wenda", "Kogoya", "Tabuni", "Wanimbo", "Rumbiak", "Mandowen", "Gebze", "Yikwa")
_PA_MALE = ("Yohanis", "Agustinus", "Yulianus", "Markus", "Nehemia", "Otniel", "Benyamin")
_PA_FEMALE = ("Maria", "Yuliana", "Ester", "Naomi", "Selfina", "Agustina Debora", "Ribka")
_PA_DOMICILE = (
    "Asrama Mahasiswa Nayak, Jl. Kusumanegara No. 119, Yogyakarta",
    "Jl. Sorong-Klamono KM 12, Kota Sorong",
    "Perumnas III Waena, Heram, Kota Jayapura",
    "Kos Putri Mawar, Jl. Kaliurang KM 5, Sleman",
    "Jl. Raya Abepura No. 45, Abepura, Kota Jayapura",
)
_PA_CAMPUS = (
    ("Universitas Cenderawasih", "Ilmu Keperawatan"),
    ("Universitas Gadjah Mada", "Teknik Sipil"),
    ("Universitas Sam Ratulangi", "Kedokteran"),
    ("Politeknik Negeri Jayapura", "Teknik Listrik"),
    ("Universitas Musamus", "Agribisnis"),
)

# -- Nusa Tenggara Timur -------------------------------------------------------------------------
#: (kecamatan code, kecamatan, desa, kabupaten)
_NT_PLACES: tuple[_T, ...] = (
    ("530409", "Amanuban Selatan", "Desa Oebelo", "Timor Tengah Selatan"),
    ("530406", "Kie", "Desa Fatuulan", "Timor Tengah Selatan"),
    ("531401", "Malaka Tengah", "Desa Wehali", "Malaka"),
    ("530305", "Amarasi Barat", "Desa Tesbatan", "Kupang"),
    ("531003", "Nita", "Desa Nita", "Sikka"),
    ("530210", "Kota Waingapu", "Kelurahan Kambajawa", "Sumba Timur"),
)
_NT_MALE = ("Yosef Nahak", "Dominggus Tefa", "Frans Nenobais", "Yakobus Bria", "Aloysius Seran")
_NT_FEMALE = (
    "Yohana Bria",
    "Maria Goreti Seran",
    "Agustina Taneo",
    "Margaretha Lake",
    "Dortia Nalle",
)
_NT_COUNTRIES = ("Malaysia", "Hong Kong", "Taiwan", "Singapura", "Malaysia", "Brunei Darussalam")
_NT_JOBS = ("Penata Laksana Rumah Tangga", "Pekerja Ladang Sawit", "Caregiver", "Operator Pabrik")
_NT_AGENCIES = ("PT. Mitra Karya Timor", "PT. Bina Tenaga Sumba", "PT. Anugerah Flobamora")
_NT_HEIRS = ("Ayah Kandung", "Ibu Kandung", "Suami", "Istri", "Kakak Kandung")
_NT_HEIR_NAMES = ("Petrus Nahak", "Martha Bria", "Yohanes Tefa", "Katarina Seran", "Simon Lake")
_NT_STATUS = ("Terverifikasi", "Proses Orientasi Pra Penempatan", "Menunggu Visa", "Berangkat")

# -- Kalimantan Barat ----------------------------------------------------------------------------
#: (kecamatan code, kecamatan, desa, kabupaten)
_KA_PLACES: tuple[_T, ...] = (
    ("610408", "Ketapang Delta Pawan", "Kelurahan Sampit", "Ketapang"),
    ("610705", "Sungai Tebelian", "Desa Baning Panjang", "Sintang"),
    ("610211", "Ngabang", "Desa Hilir Kantor", "Landak"),
    ("610603", "Sanggau Kapuas", "Desa Sungai Sengkuang", "Sanggau"),
    ("617203", "Singkawang Tengah", "Kelurahan Condong", "Kota Singkawang"),
)
_KA_MALE = ("Antonius Alim", "Yohanes Ajun", "Ahmad Syarifuddin", "Hendra Lim", "Paulus Jaung")
_KA_FEMALE = ("Siti Aisyah", "Yuliana Dara", "Lie Mei Ling", "Rosalina Lendi", "Nurhasanah")
_KA_STREETS = ("Jl. Gajah Mada", "Jl. Sisingamangaraja", "Jl. Lintas Kalimantan", "Gg. Keluarga")
_KA_RIGHTS = ("Hak Milik", "Hak Milik", "Hak Guna Bangunan", "Hak Pakai")
_KA_USE = ("Pekarangan/Rumah", "Kebun Karet", "Kebun Sawit", "Sawah", "Tanah Kosong")
_KA_STAGES = ("Puldadis", "Pengukuran", "Pengumuman", "Sertipikat Terbit", "K4 - Sengketa")


def _ba_name(p: Person, salt: int = 2) -> str:
    lead = "I" if p.male else "Ni"
    return f"{lead} {_pick(p, _BA_BIRTH, salt)} {_by_sex(p, _BA_MALE, _BA_FEMALE, salt + 1)}"


def _ka_addr(p: Person) -> str:
    place = _place(p, _KA_PLACES)
    return f"{_pick(p, _KA_STREETS, 2)} No. {_num(p, 88)} {_rt_rw(p)}, {place[2]}, Kec. {place[1]}"


WRITERS_BLIND209: dict[str, Callable[[Person, Col], object]] = {
    # Vietnam: urns at a pagoda
    "niche209": lambda p, c: (
        f"Tháp {_pick(p, ('A', 'B', 'C'), 2)} - Tầng {_num(p, 5)} - Ô {p.bhxh[-3:]}"
    ),
    "deceased209": lambda p, c: f"Hương linh {_other_vn(p, 3)}",
    "dec_born209": lambda p, c: str(_shift_date(p.birth, -28 - _num(p, 10)).year),
    "dec_died209": lambda p, c: f"{p.other_date - timedelta(days=49 + _num(p, 300)):%d/%m/%Y}",
    "lunar209": lambda p, c: _pick(p, _VN_LUNAR, 4),
    "relation209": lambda p, c: _pick(p, _VN_RELATIONS, 5),
    "offer209": lambda p, c: f"{(_num(p, 20) + 1) * 1_000_000:,}".replace(",", "."),
    # Vietnam: rice-field fish fry
    "addr_vn209": lambda p, c: f"{_pick(p, _VN_HAMLETS, 2)}, {_pick(p, _VN_COMMUNES, 3)}",
    "area209": lambda p, c: (_num(p, 30) + 5) * 100,
    "fish209": lambda p, c: _pick(p, _VN_FISH, 4),
    "fry209": lambda p, c: (_num(p, 30) + 5) * 50,
    "size209": lambda p, c: _pick(p, ("4-6", "6-8", "3-5", "8-10"), 5),
    "support209": lambda p, c: (_num(p, 30) + 5) * 50 * 700,
    "counter209": lambda p, c: (_num(p, 30) + 5) * 50 * 300,
    "ext_officer209": lambda p, c: _pick(p, _VN_EXT_OFFICERS, 6),
    "signed209": lambda p, c: "" if p.bhxh[-1] in "01" else "Đã ký",
    # Vietnam: pavement for a wedding or a funeral
    "app_no209": lambda p, c: f"{_num(p, 480)}/ĐK-VH",
    "event209": lambda p, c: _pick(p, _VN_EVENTS, 2),
    "spot209": lambda p, c: _pick(p, _VN_SPOTS, 3),
    "sqm209": lambda p, c: f"{_num(p, 40) + 8},5" if p.bhxh[-1] in "13" else _num(p, 40) + 8,
    "until209": lambda p, c: f"{p.other_date + timedelta(days=_num(p, 3)):%d-%m-%Y}",
    "marshal209": lambda p, c: _num(p, 4),
    "leader209": lambda p, c: _pick(p, _VN_LEADERS, 4),
    "result209": lambda p, c: _pick(p, _VN_RESULTS, 5),
    # Vietnam: electric fishing fines
    "bb_no209": lambda p, c: f"{_num(p, 300):03d}/BB-VPHC",
    "job209": lambda p, c: _pick(p, _VN_JOBS, 2),
    "where209": lambda p, c: _pick(p, _VN_WHERE, 3),
    "gear209": lambda p, c: _pick(p, _VN_GEAR, 4),
    "article209": lambda p, c: _pick(p, _VN_ARTICLES, 5),
    "fine209": lambda p, c: f"{_pick(p, ('5.000.000', '10.000.000', '7.500.000'), 6)}",
    "officer209": lambda p, c: _pick(p, _VN_BP_OFFICERS, 7),
    "paid209": lambda p, c: _pick(p, _VN_PAID, 8),
    "other_phone209": lambda p, c: _other_phone(p),
    # Indonesia: shared
    "id_sex209": lambda p, c: "Laki-laki" if p.male else "Perempuan",
    "id_lp209": lambda p, c: "L" if p.male else "P",
    "rtrw209": lambda p, c: _rt_rw(p),
    # Aceh: zakat recipients
    "ac_reg209": lambda p, c: f"BMK-AB/{p.other_date:%Y}/{p.bhxh[-4:]}",
    "ac_name209": lambda p, c: (
        _by_sex(p, _AC_MALE, _AC_FEMALE, 2)
        + (
            ""
            if p.bhxh[-2] in "0123"
            else f" {_by_sex(p, _AC_MALE_B, _AC_FEMALE_B, 3).split()[-1]}"
        )
    ),
    "ac_nik209": lambda p, c: _nik(p, _place(p, _AC_PLACES)[0]),
    "ac_kk209": lambda p, c: _kk(p, _place(p, _AC_PLACES)[0]),
    "ac_pob209": lambda p, c: _pick(p, _AC_POB, 4),
    "ac_gampong209": lambda p, c: _place(p, _AC_PLACES)[2],
    "ac_mukim209": lambda p, c: _place(p, _AC_PLACES)[3],
    "ac_kec209": lambda p, c: _place(p, _AC_PLACES)[1],
    "ac_phone209": lambda p, c: _hp(p),
    "ac_asnaf209": lambda p, c: _pick(p, _AC_ASNAF, 5),
    "ac_dep209": lambda p, c: _num(p, 7),
    "ac_amount209": lambda p, c: f"{(_num(p, 12) + 3) * 250_000:,}".replace(",", "."),
    "ac_keuchik209": lambda p, c: _pick(p, _AC_KEUCHIK, 6),
    # Bali: mass cremation
    "ba_banjar209": lambda p, c: _place(p, _BA_PLACES)[3],
    "ba_deceased209": lambda p, c: _pick(p, _BA_DECEASED, 3),
    "ba_died209": lambda p, c: f"{p.other_date - timedelta(days=30 + _num(p, 900)):%d/%m/%Y}",
    "ba_name209": lambda p, c: _ba_name(p),
    "ba_nik209": lambda p, c: _nik(p, _place(p, _BA_PLACES)[0]),
    "ba_kk209": lambda p, c: _kk(p, _place(p, _BA_PLACES)[0]),
    "ba_relation209": lambda p, c: _pick(p, _BA_RELATIONS, 4),
    "ba_addr209": lambda p, c: (
        f"{_place(p, _BA_PLACES)[3]}, {_place(p, _BA_PLACES)[2]}, Kec. {_place(p, _BA_PLACES)[1]}"
    ),
    "ba_phone209": lambda p, c: _hp_dashed(p),
    "ba_level209": lambda p, c: _pick(p, _BA_LEVELS, 5),
    "ba_sawa209": lambda p, c: _pick(p, _BA_SAWA, 6),
    "ba_fee209": lambda p, c: f"Rp {(_num(p, 8) + 4) * 1_250_000:,}".replace(",", "."),
    "ba_kelian209": lambda p, c: f"Kelian {_pick(p, _BA_BIRTH, 7)} {_pick(p, _BA_MALE, 8)}",
    # Papua: Otsus scholarship
    "pa_given209": lambda p, c: _by_sex(p, _PA_MALE, _PA_FEMALE, 2),
    "pa_marga209": lambda p, c: _pick(p, _PA_MARGA, 3),
    "pa_birth209": lambda p, c: f"{_student_birth(p):%Y-%m-%d}",
    "pa_nik209": lambda p, c: _nik(p, _place(p, _PA_PLACES)[0], _student_birth(p)),
    "pa_kk209": lambda p, c: _kk(p, _place(p, _PA_PLACES)[0]),
    "pa_suku209": lambda p, c: _place(p, _PA_PLACES)[3],
    "pa_kab209": lambda p, c: _place(p, _PA_PLACES)[1],
    "pa_distrik209": lambda p, c: _place(p, _PA_PLACES)[2],
    "pa_addr209": lambda p, c: _pick(p, _PA_DOMICILE, 4),
    "pa_phone209": lambda p, c: _hp_intl(p),
    "pa_campus209": lambda p, c: _pick(p, tuple(x[0] for x in _PA_CAMPUS), 5),
    "pa_prodi209": lambda p, c: _pick(p, tuple(x[1] for x in _PA_CAMPUS), 5),
    "pa_nim209": lambda p, c: f"{20 + _num(p, 5)}{p.bhxh[-8:]}",
    "pa_sem209": lambda p, c: _num(p, 8),
    "pa_ipk209": lambda p, c: f"{2 + _num(p, 190) / 100:.2f}".replace(".", ","),
    "pa_amount209": lambda p, c: f"{_pick(p, ('6.000.000', '10.000.000', '12.500.000'), 6)}",
    "pa_parent209": lambda p, c: f"{_pick(p, _PA_MALE, 7)} {_pick(p, _PA_MARGA, 3)}",
    "pa_parent_hp209": lambda p, c: _other_hp(p),
    # NTT: migrant workers at the one-roof service
    "nt_name209": lambda p, c: _by_sex(p, _NT_MALE, _NT_FEMALE, 2),
    "nt_birth209": lambda p, c: f"{_worker_birth(p):%d/%m/%Y}",
    "nt_nik209": lambda p, c: _nik(p, _place(p, _NT_PLACES)[0], _worker_birth(p)),
    "nt_kk209": lambda p, c: _kk(p, _place(p, _NT_PLACES)[0]),
    "nt_pob209": lambda p, c: _pick(p, ("Soe", "Kefamenanu", "Atambua", "Kupang", "Maumere"), 3),
    "nt_desa209": lambda p, c: _place(p, _NT_PLACES)[2],
    "nt_kec209": lambda p, c: _place(p, _NT_PLACES)[1],
    "nt_kab209": lambda p, c: _place(p, _NT_PLACES)[3],
    "nt_phone209": lambda p, c: _hp(p),
    "nt_country209": lambda p, c: _pick(p, _NT_COUNTRIES, 4),
    "nt_job209": lambda p, c: _pick(p, _NT_JOBS, 5),
    "nt_agency209": lambda p, c: _pick(p, _NT_AGENCIES, 6),
    "nt_passport209": lambda p, c: f"{_pick(p, ('C', 'E', 'X'), 7)}{p.bhxh[2:9]}",
    "nt_heir209": lambda p, c: _pick(p, _NT_HEIR_NAMES, 8),
    "nt_heir_rel209": lambda p, c: _pick(p, _NT_HEIRS, 9),
    "nt_heir_hp209": lambda p, c: _other_hp(p),
    "nt_status209": lambda p, c: _pick(p, _NT_STATUS, 10),
    # West Kalimantan: systematic land registration
    "ka_berkas209": lambda p, c: f"{_num(p, 2400):05d}/PTSL/{p.other_date:%Y}",
    "ka_nib209": lambda p, c: f"14.{_place(p, _KA_PLACES)[0][2:4]}.{p.bhxh[:2]}.{p.bhxh[2:7]}",
    "ka_name209": lambda p, c: _by_sex(p, _KA_MALE, _KA_FEMALE, 2),
    "ka_nik209": lambda p, c: _nik(p, _place(p, _KA_PLACES)[0]),
    "ka_kk209": lambda p, c: _kk(p, _place(p, _KA_PLACES)[0]),
    "ka_addr209": lambda p, c: _ka_addr(p),
    "ka_phone209": lambda p, c: _hp_dashed(p),
    "ka_loc209": lambda p, c: f"Dusun {_pick(p, ('Sungai Ayak', 'Engkadik', 'Tebedak'), 3)}",
    "ka_area209": lambda p, c: (_num(p, 60) + 2) * 25,
    "ka_use209": lambda p, c: _pick(p, _KA_USE, 4),
    "ka_right209": lambda p, c: _pick(p, _KA_RIGHTS, 5),
    "ka_stage209": lambda p, c: _pick(p, _KA_STAGES, 6),
    "ka_hak209": lambda p, c: f"{_num(p, 3000):05d}" if p.bhxh[-1] not in "012" else "",
}
