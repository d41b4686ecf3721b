"""Rules written in the session of blind 178 on: the same script-only folds left out wherever a
header is asked whether it names somebody's name; a number sign after a word; Thai, Lao and
Khmer headers whose noun comes first; a martyr's particulars (``LS``), a pharmacy's address,
``HKTT``, Faroese ``Fyrinavn``."""

from __future__ import annotations

from settled_helpers import VIETNAMESE_NAMES, settled

from lienthong.profiling import THRESHOLD, infer_role
from lienthong.profiling._head_nouns import _between_letters
from lienthong.profiling._header_words import header_words
from lienthong.profiling._hints import name_hints, names_a_passport, names_a_persons_name


def test_a_short_fold_of_another_script_names_nobody_in_a_latin_header() -> None:
    # Lao ``ຊື່`` (name) folds to ``xu``, Mongolian ``нэр`` to ``ner``, Tajik ``насаб`` to
    # ``nasab``: Vietnamese ``Số xu`` (coins) and Latin ``NER`` name nobody, as
    # :func:`name_hints` already said
    for header in ("Số xu", "NER", "Ovog", "Nasab"):
        assert name_hints(header) == []
        assert not names_a_persons_name(header), header
    # the same terms in their own script, and plain Latin name headers, still name a person
    for header in ("Тегі", "Họ tên", "Beneficiary Name"):
        assert names_a_persons_name(header), header


def test_a_number_sign_after_a_word_is_the_word_number() -> None:
    assert header_words("NIB #") == ["nib", "number"]
    assert header_words("Acct#") == ["acct", "number"]
    assert name_hints("NIB #") == name_hints("NIB No.") == ["national_id"]
    # a sign before a number, or alone, is no word
    assert header_words("#") == []
    assert header_words("#5 Oistins Hill") == ["5", "oistins", "hill"]


def test_a_thai_lao_or_khmer_header_names_its_noun_first() -> None:
    # address, current: the address
    for header in ("ที่อยู่ปัจจุบัน", "ທີ່ຢູ່ປັດຈຸບັນ", "អាសយដ្ឋានបច្ចុប្បន្ន"):
        assert name_hints(header) == ["address"], header
    # name, father: the father's, no name of the record's person
    for header in ("ชื่อบิดา", "ຊື່ພໍ່", "ឈ្មោះឪពុក"):
        assert name_hints(header) == [], header
    # only a term of the lexicon as written begins a header: Lao ``ຫົ`` folds to Vietnamese
    # ``họ`` (family name), Thai ``จุ`` begins ``จุดรับลงทะเบียน`` (where one registers)
    assert name_hints("ຫົວໜ້າຄອບຄົວ") == []  # head of the family
    assert name_hints("จุดรับลงทะเบียน") == []
    assert name_hints("ឈ្មោះមេគ្រួសារ") == []  # name, household head: somebody else's
    # no cut leaves a vowel written before its consonant, a mark, or Khmer's coeng behind
    assert not _between_letters("ชื่อเล่น", 2)  # before the tone mark of ชื่
    assert not _between_letters("ชื่อเล่น", 5)  # after the leading vowel เ
    assert not _between_letters("ឈ្មោះ", 2)  # after the coeng
    assert _between_letters("ชื่อเล่น", 4)
    values = [f"ភូមិ{n}, ឃុំព្រែកលួង, ស្រុកស្អាង, ខេត្តកណ្ដាល" for n in ("ព្រែកតាកូវ", "ស្វាយចេក", "អូរតាគាំ")] * 40
    found = infer_role("អាសយដ្ឋានបច្ចុប្បន្ន", values)
    assert found.role == "address" and found.confidence >= THRESHOLD, found


def test_a_martyrs_birth_year_is_somebody_elses() -> None:
    # ``LS``: liệt sĩ, the martyr a relative keeps the altar of
    table = {
        "Họ tên người thờ cúng": VIETNAMESE_NAMES,
        "Ngày sinh": [f"{1 + n % 28:02d}/{1 + n % 12:02d}/{1950 + n % 30}" for n in range(40)],
        "Năm sinh LS": [str(1940 + n % 15) for n in range(40)],
    }
    roles = settled(table)
    assert roles["Ngày sinh"][0] == "birth_date"
    role, confidence = roles["Năm sinh LS"]
    assert role != "birth_date" or confidence < THRESHOLD, roles


def test_a_pharmacys_address_is_no_home() -> None:
    table = {
        "Patient Name": [f"Patient {chr(65 + n % 26)}{n}" for n in range(40)],
        "Home Address": [f"{n} Ojoe Road, Sangre Grande" for n in range(1, 41)],
        "Pharmacy Address": [f"{n} Eastern Main Road, Tunapuna" for n in range(1, 41)],
    }
    roles = settled(table)
    assert roles["Home Address"][0] == "address"
    role, confidence = roles["Pharmacy Address"]
    assert role != "address" or confidence < THRESHOLD, roles


def test_hktt_and_fyrinavn() -> None:
    assert name_hints("HKTT") == ["address"]
    assert name_hints("Nơi ĐKHKTT") == ["address"]
    assert name_hints("Fyrinavn") == ["given_name"]
    assert len(VIETNAMESE_NAMES) == 40


def test_a_taiwanese_birth_date_without_the_eras_name() -> None:
    # ``51年9月16日`` beside ``58.09.29``: Minguo years, 1962 and 1969
    values = ["51年9月16日", "58.09.29", "33年3月26日", "29.04.11", "74年12月1日", "66.07.30"] * 10
    found = infer_role("出生年月日", values)
    assert found.role == "birth_date" and found.confidence >= THRESHOLD, found
    # a Gregorian year of four figures is no Minguo year
    values = ["1962年9月16日", "1958年9月29日", "1974年12月1日"] * 20
    assert "Minguo" not in " ".join(infer_role("出生年月日", values).evidence)


def test_headers_of_blind_183_to_187() -> None:
    assert name_hints("Насаб ва ном")[0] == "full_name"  # Tajik: surname and name
    assert name_hints("سکونت فعلی / اوسنۍ استوګنځی") == ["address"]  # Dari / Pashto
    table = {
        "Họ tên chủ cơ sở": VIETNAMESE_NAMES,
        "Người quản lý trực tiếp": VIETNAMESE_NAMES[::-1],
        "Địa chỉ thường trú": [f"{n} Trần Phú, phường Minh An, Đà Nẵng" for n in range(40)],
        "Dia chi di tich": [f"{n} Nguyễn Thái Học, P. Minh An" for n in range(40)],
        "Địa chỉ đơn vị": [f"Số {n} Lý Văn Phức, Đống Đa, Hà Nội" for n in range(40)],
    }
    roles = settled(table)
    assert roles["Họ tên chủ cơ sở"][0] == "full_name", roles  # the manager is somebody else
    assert roles["Địa chỉ thường trú"][0] == "address", roles
    for other in ("Người quản lý trực tiếp", "Dia chi di tich", "Địa chỉ đơn vị"):
        role, confidence = roles[other]
        assert role not in ("full_name", "address") or confidence < THRESHOLD, (other, roles)


def test_other_names_beside_a_surname_are_the_given_names() -> None:
    # a Hong Kong form: ``Surname 姓氏`` and ``Other Names 名字`` (``KWOK WAI``)
    given = ["KWOK WAI", "LAI CHUN", "WING HONG", "CHI KEUNG", "MEI LING", "KA MAN"] * 10
    found = infer_role("Other Names 名字", given)
    assert found.role == "given_name" and found.confidence >= THRESHOLD, found


def test_headers_of_blind_188_to_192() -> None:
    assert name_hints("Tên hàng hóa") == []  # the goods' name
    # ``médicale`` is no respelled ``Medicare``
    assert name_hints("Aptitude médicale jusqu'au") == []
    assert name_hints("Medicare No.") == ["national_id"]
    assert name_hints("السكن / Accommodation") == ["address"]
    table = {
        "Họ tên": VIETNAMESE_NAMES,
        "CB khảo sát": VIETNAMESE_NAMES[::-1],  # cán bộ: the surveying officer
        "Địa chỉ thường trú": [f"{n} Trần Phú, phường Minh An, Đà Nẵng" for n in range(40)],
        "Nơi đến (ấp, xã)": [f"Ấp {n}, xã Tân Lập, huyện Tân Biên" for n in range(40)],
        "PPA Address": [
            f"Plot {n}, Ralph Shodeinde St, Central Business District, Abuja" for n in range(40)
        ],
    }
    roles = settled(table)
    assert roles["Họ tên"][0] == "full_name" and roles["Địa chỉ thường trú"][0] == "address"
    for other in ("CB khảo sát", "Nơi đến (ấp, xã)", "PPA Address"):
        role, confidence = roles[other]
        assert role not in ("full_name", "address") or confidence < THRESHOLD, (other, roles)


def test_a_lone_name_column_of_several_words_is_the_whole_name() -> None:
    # a Saudi register: ``الاسم`` (the name) and no family name column; ``نوع الرخصة`` (the
    # licence's kind) folds like Sorani ``ناو`` (name) but is a category, no name's part
    names = ["سوريش كومار ناير", "تشاندريكا فرناندو", "رام بهادور ثابا", "شازيا أحمد", "محمد رفيق"]
    kinds = ["رخصة خاصة", "رخصة عامة", "دراجة نارية", "رخصة خاصة - معادلة"]
    table = {
        "الاسم": [f"{name} {n}" if n % 7 == 0 else name for n, name in enumerate(names * 20)],
        "نوع الرخصة": kinds * 25,
    }
    roles = settled(table)
    assert roles["الاسم"][0] == "full_name", roles
    assert roles["نوع الرخصة"][0] not in ("family_name", "given_name", "full_name"), roles
    # beside a family name, the same header is the given name
    table = {"الاسم": ["محمد", "أحمد", "علي", "سارة", "فاطمة"] * 12}
    table["اسم العائلة"] = ["الشمري", "العتيبي", "القحطاني", "الدوسري", "الحربي"] * 12
    assert settled(table)["الاسم"][0] == "given_name"


def test_headers_of_blind_193_to_197() -> None:
    # Bikol ``nin`` (of) is no Nigerian NIN inside a sentence; the NIN alone still is
    assert name_hints("Petsa nin Pag-abot sa EC") == []
    assert name_hints("NIN No.") == ["national_id"]
    assert name_hints("Tên hộ KD") == []  # the household business's name
    assert name_hints("MISSA No.") == ["national_id"]  # the Marshall Islands' social security
    table = {
        "Họ tên": VIETNAMESE_NAMES,
        "Địa chỉ thường trú": [f"{n} Lê Lợi, phường Sài Gòn, TP. Hồ Chí Minh" for n in range(40)],
        "Địa chỉ điểm thi": [f"{n} Nguyễn Thị Minh Khai, phường Xuân Hòa" for n in range(40)],
    }
    roles = settled(table)
    assert roles["Địa chỉ thường trú"][0] == "address", roles
    role, confidence = roles["Địa chỉ điểm thi"]
    assert role != "address" or confidence < THRESHOLD, roles


def test_headers_of_blind_198_to_202() -> None:
    # India's voter card (EPIC) is a document beside the Aadhaar number
    assert names_a_passport("EPIC No.") and not names_a_passport("Aadhaar No.")
    table = {
        "Họ tên": VIETNAMESE_NAMES,
        "Địa chỉ thường trú": [f"{n} Lê Lợi, phường Sài Gòn, TP. Hồ Chí Minh" for n in range(40)],
        "Địa chỉ trụ sở VP": [
            f"{n} Nguyễn Hữu Cảnh, Phường Sài Gòn, TP. Hồ Chí Minh" for n in range(40)
        ],
    }
    roles = settled(table)
    assert roles["Địa chỉ thường trú"][0] == "address", roles
    role, confidence = roles["Địa chỉ trụ sở VP"]  # the office's head office
    assert role != "address" or confidence < THRESHOLD, roles
