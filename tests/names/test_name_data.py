"""Vietnamese names: the real family-name distribution, names by sex, NFC, Vietnamese order."""

from __future__ import annotations

import unicodedata
from collections import Counter

import numpy as np

from lienthong.names import (
    GIVEN_NAMES_FEMALE,
    GIVEN_NAMES_MALE,
    family_name_distribution,
    full_name,
    middle_name_distribution,
    sample_family_names,
    sample_middle_given,
)

PUBLISHED = {  # FACTS.md, percent
    "Nguyễn": 38.4,
    "Trần": 11.0,
    "Lê": 9.5,
    "Phạm": 7.1,
    "Phan": 4.5,
    "Đặng": 2.1,
    "Bùi": 2.0,
    "Đỗ": 1.4,
    "Hồ": 1.3,
    "Ngô": 1.3,
    "Dương": 1.0,
    "Lý": 0.5,
}


def test_distribution_matches_the_published_shares() -> None:
    dist = family_name_distribution()
    assert abs(sum(dist.probabilities) - 1) < 1e-9
    for name, percent in PUBLISHED.items():
        assert abs(dist.share(name) * 100 - percent) < 1e-6, name
    assert abs((dist.share("Huỳnh") + dist.share("Hoàng")) * 100 - 5.1) < 1e-6
    assert abs((dist.share("Vũ") + dist.share("Võ")) * 100 - 3.9) < 1e-6
    top14 = sum(sorted(dist.probabilities, reverse=True)[:16])
    assert 0.88 < top14 < 0.92
    assert len(dist.values) > 50  # the long tail is real surnames, not one bucket


def test_sampled_family_names_follow_the_distribution() -> None:
    drawn = Counter(sample_family_names(np.random.default_rng(3), 200_000).tolist())
    for name, percent in PUBLISHED.items():
        assert abs(drawn[name] / 2_000 - percent) < 0.4, name


def test_middle_names_depend_on_sex() -> None:
    female = np.array([True] * 5_000 + [False] * 5_000)
    middle, given = sample_middle_given(np.random.default_rng(4), female)
    women, men = Counter(middle[:5_000].tolist()), Counter(middle[5_000:].tolist())
    assert women.most_common(1)[0][0] == "Thị" and "Thị" not in men
    assert men.most_common(1)[0][0] == "Văn" and "Văn" not in women
    assert set(given[:5_000].tolist()) <= set(GIVEN_NAMES_FEMALE)
    assert set(given[5_000:].tolist()) <= set(GIVEN_NAMES_MALE)


def test_name_lists_are_nfc_unique_and_a_few_hundred() -> None:
    everything = [
        *GIVEN_NAMES_FEMALE,
        *GIVEN_NAMES_MALE,
        *family_name_distribution().values,
        *middle_name_distribution(True).values,
        *middle_name_distribution(False).values,
    ]
    assert all(unicodedata.is_normalized("NFC", n) for n in everything)
    assert len(set(GIVEN_NAMES_MALE)) == len(GIVEN_NAMES_MALE)
    assert len(set(GIVEN_NAMES_FEMALE)) == len(GIVEN_NAMES_FEMALE)
    assert len(GIVEN_NAMES_MALE) + len(GIVEN_NAMES_FEMALE) >= 250


def test_full_name_is_in_vietnamese_order() -> None:
    assert full_name("Nguyễn", "Văn", "An") == "Nguyễn Văn An"
    assert full_name("Lê", "", "Na") == "Lê Na"
