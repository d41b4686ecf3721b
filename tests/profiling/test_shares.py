"""The detectors' shares on a big sample: read through a slice first, exact where it matters."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lienthong.profiling._shares import _read, could_fit, every_share, shares
from lienthong.profiling._values import DETECTORS

_VALUES = [
    "Nguyễn Văn An", "Trần Thị Bích", "079203001234", "0903123456", "an@example.vn",
    "12/03/1985", "12 Lê Lợi, Phường Bến Thành", "Nam", "ul. Długa 5", "XK-1234",
]  # fmt: skip


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(_VALUES), min_size=300, max_size=600), st.integers(0, 10**6))
def test_every_share_a_decision_reads_is_exact(picked: list[str], salt: int) -> None:
    # distinct values (a suffix) so the slice is used: over 256 values, over 128 distinct
    values = [f"{v} {i % 200 + salt}" if i % 2 else v for i, v in enumerate(picked)]
    got, exact = shares(values), every_share(values)
    for role, share in exact.items():
        if share >= 0.5:  # the lowest share any decision reads
            assert got[role] == share, role
        elif got[role] != share:  # an estimate from the slice: only below the floor
            assert got[role] < 0.25, role


def test_a_small_sample_is_tested_whole() -> None:
    values = _VALUES * 20
    assert shares(values) == every_share(values)


#: Characters values are made of: digits of several scripts (ASCII, Arabic-Indic, Devanagari,
#: full-width, Myanmar), letters of several scripts, separators, signs romanised to letters
#: (``№``, ``℃``, ``①``) and CJK unit characters.
_ALPHABET = st.sampled_from(
    list("0123456789٠١٢۳०१२１２၁၂ aAzZđĐăêơưÀếệ ,./-'#:()№℃①·、，")
    + list("ÑñßøØĦçЖжИвановالجنس张伟김민준市区路号กรุงเทพ")
)
_ANY_TEXT = st.text(_ALPHABET, min_size=1, max_size=40)


@settings(max_examples=1500, deadline=None)
@given(_ANY_TEXT)
def test_a_detector_skipped_for_a_value_would_not_have_accepted_it(text: str) -> None:
    """The shares skip the word detectors for a value with a digit, and the place detectors
    for an ASCII value without a letter: each such detector must refuse those values."""
    value = _read(text)
    for role, test in DETECTORS.items():
        if not could_fit(role, value):
            assert not test(value), (role, value)


def test_the_skipped_values_of_a_real_sample_are_refused_by_their_detectors() -> None:
    samples = [
        "Nguyễn Văn 2", "079203001234", "12/03/1985", "Nam 1", "Phường 12", "Quận 1",
        "12 Lê Lợi", "K3", "2-1", "№ 12 № 14", "① ② ③", "张伟 3", "Hàn Quốc 1", "M", "F1",
        "1 High St", "12-р хороо", "٠١٢٣", "Zango 5", "x", "--", "+84 903 123 456",
    ]  # fmt: skip
    skipped = 0
    for text in samples:
        value = _read(text)
        for role, test in DETECTORS.items():
            if not could_fit(role, value):
                skipped += 1
                assert not test(value), (role, value)
    assert skipped > 100  # the rules do skip: the test reads something
