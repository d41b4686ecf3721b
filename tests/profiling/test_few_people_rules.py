"""Rules read since blind 253's dozen names and Bengali headers: a handful of people as a table's
only names, abbreviated name words, and "No." in the scripts of India and Bangladesh."""

from __future__ import annotations

from settled_helpers import VIETNAMESE_NAMES, settled

from lienthong.profiling import THRESHOLD
from lienthong.profiling._header_words import header_words
from lienthong.profiling._hints import name_hints
from lienthong.profiling._values import is_any_full_name

#: Twelve Bangladeshi volunteers, each on twenty-five rows (a cash-for-work roll, day by day).
VOLUNTEERS = [
    "Md. Shahidul Haque", "Mst. Rokeya Begum", "Kamrul Hasan", "Farzana Yasmin",
    "Md. Rafiqul Islam", "Nur Hossain", "Rashida Begum", "Nur Kalima", "Abdul Karim",
    "Shirin Akter", "Mohammed Ayas", "Jahanara Khatun",
]  # fmt: skip
DAYS = [f"{day:02d}/03/2026" for day in range(1, 26)]


def test_a_handful_of_people_are_the_records_own_when_no_other_column_names_anyone() -> None:
    rows = [name for name in VOLUNTEERS for _ in DAYS]
    found = settled({"Name of Volunteer": rows, "Work day": DAYS * len(VOLUNTEERS)})
    role, confidence = found["Name of Volunteer"]
    assert role == "full_name" and confidence >= THRESHOLD, found
    # Bengali script, under a header of the fisherman's name beside numbers headed "No."
    fishers = ["শহিদুল ইসলাম সানা", "আলমগীর গাজী", "রহিমা খাতুন", "সুচিত্রা মন্ডল"] * 3
    rows = [name for name in fishers for _ in range(25)]
    cards = [f"KHL-{n:05d}" for n in range(len(rows))]
    found = settled({"জেলের নাম": rows, "জেলে কার্ড নং": cards})
    assert found["জেলের নাম"][0] == "full_name" and found["জেলের নাম"][1] >= THRESHOLD, found
    assert found["জেলে কার্ড নং"][0] is None, found


def test_beside_the_records_names_a_handful_stays_somebody_elses() -> None:
    people = VIETNAMESE_NAMES * 2
    staff = [
        name for name in ("Lupe Hernandez", "Harold Kim", "Dolores Ramirez") for _ in range(27)
    ]
    found = settled({"Họ tên": people + people[:1], "recipientName": staff})
    assert found["recipientName"][0] is None, found
    firsts = [name.split()[-1] + f"{i}" for i, name in enumerate(people)][:81]
    found = settled({"lastName": ["Nguyen"] * 81, "firstName": firsts, "recipientName": staff})
    assert found["recipientName"][0] != "full_name", found
    # the kind of aid, in words a name detector accepts, is still no one's name
    kinds = ["مساعدة نقدية شهرية", "معونة طارئة", "دعم الإيجار", "سلة غذائية"] * 20
    found = settled({"نوع المعونة": kinds, "اسم المستفيد": VIETNAMESE_NAMES * 2})
    assert found["نوع المعونة"][0] is None, found


def test_abbreviated_name_words_with_a_dot_are_words_of_a_name() -> None:
    for name in (
        "Md. Shahidul Haque",
        "Mst. Rokeya Begum",
        "Mohd. Faizal Ahmad",
        "Smt. Kavita Devi",
    ):
        assert is_any_full_name(name), name
    assert not is_any_full_name("Md.")


def test_no_in_the_scripts_of_india_and_bangladesh_is_a_number_not_a_name() -> None:
    for header in ("ক্রমিক নং", "মোবাইল নং", "बीमित नं.", "ਅਰਜ਼ੀ ਨੰ.", "ખાતા નં.", "വാർഡ് നം"):
        assert "number" in header_words(header), header
        assert not {"full_name", "given_name"} & set(name_hints(header)), header
    # the same word in a sister script is still read (Bengali ``আধার`` is Hindi ``आधार``)
    assert "national_id" in name_hints("আধার নং")
    assert "national_id" in name_hints("জাতীয় পরিচয়পত্র নং")
    # a short fold only a far script's term has is no hint ("सं." of क्र.सं., serial number,
    # folds to Amharic ``ስም``, name); Arabic ``اسم`` and Hebrew ``שם`` still say name
    assert name_hints("क्र.सं.") == []
    assert "full_name" in name_hints("اسم الصياد") and "full_name" in name_hints("שם הלווה")
