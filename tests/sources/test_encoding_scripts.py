"""Files in the legacy encodings of non-Latin scripts that agencies and partners export (GBK,
Big5, Shift_JIS, EUC-KR, Windows-1251/1253/1255/1256/874, KOI8-R, ISO-8859-x) read as written,
while Vietnamese files keep being read (cp1258) or refused (TCVN3) exactly as before."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lienthong.errors import EncodingError
from lienthong.quality._corpus import to_cp1258 as cp1258
from lienthong.registry import Registry
from lienthong.sources import SUPPORTED_ENCODINGS, decode_bytes, decode_file
from lienthong.store import Store

CHINESE = (
    "姓名,地址,电话\n"
    "张伟,北京市朝阳区建国路88号,13800138000\n"
    "王芳,上海市浦东新区世纪大道100号,13912345678\n"
    "李娜,广州市天河区体育西路191号,13711112222\n"
    "刘洋,深圳市南山区科技园南区,13655556666\n"
)
HONG_KONG = (
    "姓名,地址,電話\n"
    "陳大文,香港九龍旺角彌敦道600號,91234567\n"
    "李小明,香港島中環皇后大道中99號,92345678\n"
    "黃美玲,新界沙田正街18號,93456789\n"
    "張國強,九龍尖沙咀廣東道30號,94567890\n"
)
HEBREW = (
    "שם,כתובת,עיר\n"
    "דוד כהן,רחוב הרצל 12,תל אביב\n"
    "שרה לוי,שדרות רוטשילד 45,ירושלים\n"
    "משה מזרחי,רחוב ויצמן 7,חיפה\n"
    "רחל אברהם,רחוב בן יהודה 30,באר שבע\n"
)
RUSSIAN = (
    "фамилия;имя;адрес\n"
    "Иванов;Сергей;Москва, улица Ленина 10\n"
    "Петрова;Анна;Санкт-Петербург, Невский проспект 25\n"
    "Сидоров;Дмитрий;Новосибирск, Красный проспект 3\n"
    "Кузнецова;Елена;Екатеринбург, улица Малышева 51\n"
)
RUSSIAN_CITIES = (
    "фамилия,имя,город\n"
    "Смирнов,Алексей,Казань\n"
    "Попова,Ольга,Самара\n"
    "Васильев,Николай,Воронеж\n"
    "Морозова,Татьяна,Ростов-на-Дону\n"
)
GREEK = (
    "επώνυμο;όνομα;διεύθυνση\n"
    "Παπαδόπουλος;Γιώργος;Αθήνα, Οδός Ερμού 15\n"
    "Κωνσταντίνου;Μαρία;Θεσσαλονίκη, Οδός Τσιμισκή 40\n"
    "Νικολάου;Δημήτρης;Πάτρα, Οδός Κορίνθου 8\n"
)
ARABIC = (
    "الاسم,العنوان,المدينة\n"
    "محمد أحمد,شارع الملك فهد 12,الرياض\n"
    "فاطمة علي,شارع التحرير 5,القاهرة\n"
    "خالد حسن,شارع الحمراء 33,بيروت\n"
    "مريم يوسف,شارع الجمهورية 7,بغداد\n"
)
JAPANESE = (
    "氏名,住所,電話番号\n"
    "山田太郎,東京都千代田区丸の内1丁目,03-1234-5678\n"
    "佐藤花子,大阪府大阪市北区梅田2丁目,06-2345-6789\n"
    "鈴木一郎,愛知県名古屋市中区栄3丁目,052-345-6789\n"
)
KOREAN = (
    "이름,주소,전화번호\n"
    "김민수,서울특별시 강남구 테헤란로 152,010-1234-5678\n"
    "이지은,부산광역시 해운대구 해운대로 264,010-2345-6789\n"
    "박서준,대구광역시 중구 동성로 20,010-3456-7890\n"
)
THAI = (
    "ชื่อ,ที่อยู่,จังหวัด\n"
    "สมชาย ใจดี,123 ถนนสุขุมวิท,กรุงเทพมหานคร\n"
    "สมหญิง รักไทย,45 ถนนนิมมานเหมินท์,เชียงใหม่\n"
    "ประเสริฐ มั่นคง,78 ถนนมิตรภาพ,ขอนแก่น\n"
)
VIETNAMESE = (
    "ho_ten,dia_chi,ghi_chu\n"
    "Nguyễn Văn Đức,Phường Bến Nghé Quận 1,Hồ Chí Minh\n"
    "Trần Thị Ánh Tuyết,Số 12 đường Lê Lợi,Đà Nẵng\n"
    "Phạm Quốc Hưng,Xã Tân Phú huyện Đồng Xoài,Bình Phước\n"
    "Lê Thị Mỹ Duyên,Thôn Ngọc Hồi,Hà Nội\n"
)

#: TCVN3 (ABC) bytes of lowercase Vietnamese letters; its capitals live in another font.
_TCVN3_BASE = {
    "ă": 0xA8, "â": 0xA9, "ê": 0xAA, "ô": 0xAB, "ơ": 0xAC, "ư": 0xAD, "đ": 0xAE,
    "Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7,
}  # fmt: skip
_TCVN3_TONED = dict(
    zip(
        "àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ",
        [0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6, 0xC7, 0xC8, 0xC9, 0xCA,
         0xCB, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0xD7, 0xD8, 0xDC,
         0xDD, 0xDE, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEA, 0xEB,
         0xEC, 0xED, 0xEE, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9, 0xFA,
         0xFB, 0xFC, 0xFD, 0xFE],
        strict=True,
    )
)  # fmt: skip


def tcvn3(text: str) -> bytes:
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        code = _TCVN3_BASE.get(ch) or _TCVN3_TONED.get(ch) or _TCVN3_TONED.get(ch.lower())
        out.append(code if code is not None else ord(ch))
    return bytes(out)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (CHINESE, "gbk"),
        (CHINESE, "gb18030"),
        (HONG_KONG, "big5"),
        (HEBREW, "cp1255"),
        (RUSSIAN, "cp1251"),
        (RUSSIAN, "koi8-r"),
        (RUSSIAN_CITIES, "cp1251"),
        (RUSSIAN_CITIES, "koi8-r"),
        (GREEK, "cp1253"),
        (ARABIC, "cp1256"),
        (JAPANESE, "shift_jis"),
        (KOREAN, "euc-kr"),
        (THAI, "cp874"),
        (THAI, "tis-620"),
        (RUSSIAN, "iso8859-5"),
        (GREEK, "iso8859-7"),
        (HEBREW, "iso8859-8"),
        (ARABIC, "iso8859-6"),
    ],
)
def test_a_file_in_a_legacy_non_latin_encoding_reads_back_as_written(
    text: str, encoding: str, tmp_path: Path
) -> None:
    path = tmp_path / "people.csv"
    path.write_bytes(text.encode(encoding))
    decoded = decode_file(path)
    assert decoded.text == text
    assert decoded.encoding in SUPPORTED_ENCODINGS
    assert decoded.encoding not in ("cp1258", "cp1252")


def test_gbk_whose_first_characters_are_also_valid_utf8_is_read_as_gbk() -> None:
    """址 is 0xD6 0xB7 in GBK, a valid UTF-8 pair: the first bad UTF-8 byte comes later."""
    text = "址名,地址\n" + CHINESE
    decoded = decode_bytes(text.encode("gbk"))
    assert (decoded.text, decoded.encoding) == (text, "gb18030")


@pytest.mark.parametrize("text", ["Nguyễn Văn An,Hồ Chí Minh\n", CHINESE, KOREAN, RUSSIAN])
def test_damaged_utf8_is_still_reported_as_damaged_not_read_as_a_code_page(text: str) -> None:
    data = text.encode() + b"\xff" + text.encode()
    with pytest.raises(EncodingError, match="looks like UTF-8"):
        decode_bytes(data)


def test_vietnamese_in_cp1258_is_still_read_as_cp1258() -> None:
    decoded = decode_bytes(cp1258(VIETNAMESE))
    assert (decoded.text, decoded.encoding) == (VIETNAMESE, "cp1258")


def test_vietnamese_in_tcvn3_is_still_refused_as_tcvn3() -> None:
    with pytest.raises(EncodingError, match="old TCVN3") as caught:
        decode_bytes(tcvn3(VIETNAMESE), name="The file people.csv")
    assert "Unicode" in (caught.value.hint or "")


def test_a_western_file_is_still_read_as_windows_1252() -> None:
    text = "name;city\nZoë Müller;Zürich\nJosé Amélie;Besançon\nBjörn Ångström;Göteborg\n"
    decoded = decode_bytes(text.encode("cp1252"))
    assert (decoded.text, decoded.encoding) == (text, "cp1252")


FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
          "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]  # fmt: skip
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Ngọc", "Minh", "Thanh", "Quốc", "Xuân", "Thuỳ"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Hương", "Khánh", "Linh", "Lộc",
         "Nga", "Phúc", "Quỳnh", "Sơn", "Thảo", "Tuấn", "Uyên", "Việt", "Yến", "Ánh"]  # fmt: skip
names = st.builds(
    " ".join,
    st.tuples(st.sampled_from(FAMILY), st.sampled_from(MIDDLE), st.sampled_from(GIVEN)),
)


@given(st.lists(st.lists(names, min_size=1, max_size=3), min_size=1, max_size=8))
def test_any_text_of_vietnamese_names_in_cp1258_reads_back_as_nfc(rows: list[list[str]]) -> None:
    text = "".join(",".join(row) + "\n" for row in rows)
    decoded = decode_bytes(cp1258(text))
    assert decoded.text == unicodedata.normalize("NFC", text)
    # "Lê Minh An" has no letter only Vietnamese uses: Windows-1252 reads the same text
    assert decoded.encoding in ("utf-8", "cp1258", "cp1252")


def test_a_gbk_csv_registers_with_its_chinese_headers(tmp_path: Path) -> None:
    (tmp_path / "renkou.csv").write_bytes(CHINESE.encode("gbk"))
    store = Store.open(f"sqlite:///{tmp_path / 'platform.db'}")
    try:
        registry = Registry(store, timeout_s=5)
        registry.add_agency("PX", "UBND phường")
        registry.add_source("PX", "rk", str(tmp_path / "renkou.csv"))
        profile = registry.get_profile("rk.renkou")
        assert profile is not None and profile.rows == 4
        assert [c.name for c in profile.columns] == ["姓名", "地址", "电话"]
        name = profile.column("姓名")
        assert name is not None and ("张伟", 1) in name.top_values
    finally:
        store.close()


def test_french_beside_arabic_in_windows_1256_is_read_as_written() -> None:
    # a Maghreb file: bilingual headers, French names and addresses with accents
    text = "N°;Nom / اللقب;Prénom / الاسم;Né le / تاريخ الولادة;Adresse / العنوان\n" + "".join(
        f"{i};Ben Salah;Hélène;0{1 + i % 9}/03/1985;{i} Rue de la République, Sfax\n"
        for i in range(40)
    )
    found = decode_bytes(text.encode("cp1256"))
    assert (found.encoding, found.text) == ("cp1256", text)
    french = text.split("\n", 1)[1]  # no Arabic at all: Windows-1252 stays Windows-1252
    assert decode_bytes(french.encode("cp1252")).encoding == "cp1252"


def test_arabic_only_in_the_header_row_is_still_read_as_windows_1256() -> None:
    # charset-normalizer, weighing mostly French rows, proposes no Arabic code page
    header = "N°;N° C.I.N / رقم ب.ت.و;Nom / اللقب;Prénom / الاسم;Nom du père / اسم الأب;Tél.\n"
    rows = "".join(
        f"{i};0{i:07d};Ben Salah;Walid;Taoufik;50 518 {i:03d}\n" for i in range(300)
    ) + "".join(f"{i};1{i:07d};Trabelsi;Hédi;Mokhtar;98 {i:03d} 114\n" for i in range(40))
    found = decode_bytes((header + rows).encode("cp1256"))
    assert (found.encoding, found.text) == ("cp1256", header + rows)


def test_thai_with_thai_digits_in_cp874_is_read_as_written() -> None:
    # Narathiwat's compensation list: birth dates in Thai digits (``๑๔/๐๒/๒๕๑๒``), which are no
    # letters of the script but are no other script's either (it was refused as TCVN3)
    header = "ลำดับ,ชื่อผู้ได้รับผลกระทบ,เลขประจำตัวประชาชน,วันเกิด,ที่อยู่,ตำบล\n"
    rows = [
        f"{n},นางรอฮานี ยูโซะ,3960591270541,๑{n % 9}/๐{n % 9 + 1}/๒๕{n % 9}{n % 7},"
        f"95 ม.6 ต.ตันหยงมัส อ.ระแงะ จ.นราธิวาส,ตันหยงมัส\n"
        for n in range(1, 60)
    ]
    text = header + "".join(rows)
    found = decode_bytes(text.encode("cp874"))
    assert found.encoding == "cp874" and found.text == text


def test_the_euro_of_iso_8859_15_is_read_as_the_euro() -> None:
    # a Murcian irrigators' roll: Windows-1252 would read ``Cuota ordinaria (¤)``
    text = "Nº;Apellidos y nombre;Cuota ordinaria (€);Domicilio\n" + "".join(
        f"{i};GARCÍA LÓPEZ, JOSÉ;{i * 3},50 €;C/ Mayor {i}, Cartagena\n" for i in range(50)
    )
    found = decode_bytes(text.encode("iso8859_15"))
    assert (found.encoding, found.text) == ("iso8859_15", text)
    assert decode_bytes(text.replace("€", "EUR").encode("cp1252")).encoding == "cp1252"


def test_windows_1251_with_the_number_sign_is_not_read_as_windows_1256() -> None:
    # Windows-1251's ``№`` reads ``¹`` in Windows-1256: a sign no Arabic text holds
    header = "№ п/п;Фамилия;Имя;Отчество;Дата рождения;№ билета\n"
    rows = "".join(
        f"{i};Бадмаев;Баир;Цыренович;0{1 + i % 9}.03.1985;№ 03-{i:05d}\n" for i in range(60)
    )
    found = decode_bytes((header + rows).encode("cp1251"))
    assert (found.encoding, found.text) == ("cp1251", header + rows)
