"""Rules written after blind 78's misses (and blind 77, 79-82's first measurements): a
bilingual header whose halves disagree on which name it is."""

from __future__ import annotations

from lienthong.profiling._hints import name_hints


def test_the_name_both_halves_of_a_bilingual_header_name_comes_first() -> None:
    # Portuguese "Nome" alone may be the given names; with 中文姓名 it is the whole name
    assert name_hints("Nome em chinês / 中文姓名")[0] == "full_name"
    assert name_hints("Nome / 名")[0] == "given_name"
    # places keep the most specific half's reading: "Street Address" says street
    assert name_hints("Street Address / Straatadres / Ikheli")[0] == "street"


def test_a_vietnamese_header_written_with_its_tones_says_which_syllable_it_means() -> None:
    # tình trạng (status), bồi dưỡng (training), quân hàm (a rank) fold to tỉnh, đường, quận
    assert name_hints("Tình trạng hôn nhân") == []
    assert "street" not in name_hints("Bồi dưỡng nghiệp vụ năm")
    assert "district" not in name_hints("Cấp bậc quân hàm")
    assert name_hints("Tỉnh/TP") == ["province"]
    assert name_hints("ĐƯỜNG") == ["street"]
    assert name_hints("Quận/Huyện") == ["district"]
    # written without tones, the place word is all the header can mean
    assert name_hints("Tinh") == ["province"]
