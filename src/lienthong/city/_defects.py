"""Inject the defects real silos have, and remember which ones each record got.

Each method takes the true value and returns what the silo wrote down, appending the names of
the defects it applied to ``record.defects``. Draws come from one ``random.Random`` in a fixed
order, so the same seed gives the same defects.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from lienthong.city._config import DefectRates

_TONE_MARKS = ("\u0300", "\u0301", "\u0303", "\u0309", "\u0323")  # huyền sắc ngã hỏi nặng
_DATE_FORMATS = (
    "{y:04d}-{m:02d}-{d:02d}",
    "{d}/{m}/{y:04d}",
    "{d:02d}-{m:02d}-{y:04d}",
    "{y:04d}/{m:02d}/{d:02d}",
    "{d:02d}.{m:02d}.{y:04d}",
)


@dataclass(slots=True)
class Record:
    """The defects applied to one record, in the order they were applied."""

    defects: list[str] = field(default_factory=list)

    def add(self, name: str) -> None:
        self.defects.append(name)

    def text(self) -> str:
        return ";".join(self.defects)


def strip_diacritics(text: str) -> str:
    """``Nguyễn Đức`` → ``Nguyen Duc`` (what a keyboard without Vietnamese input produces)."""
    decomposed = unicodedata.normalize("NFD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.replace("đ", "d").replace("Đ", "D")


def typo(rng: random.Random, text: str) -> str:
    """One keyboard slip: drop, double or swap a letter, or change a tone mark."""
    letters = [i for i, ch in enumerate(text) if ch.isalpha()]
    for _ in range(8):
        i = rng.choice(letters)
        action = rng.randrange(4)
        if action == 0 and len(letters) > 3:
            result = text[:i] + text[i + 1 :]
        elif action == 1:
            result = text[:i] + text[i] + text[i:]
        elif action == 2 and i + 1 < len(text) and text[i + 1].isalpha():
            result = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
        else:
            base = unicodedata.normalize("NFD", text[i])
            stripped = "".join(ch for ch in base if ch not in _TONE_MARKS)
            mark = rng.choice(_TONE_MARKS)
            result = text[:i] + unicodedata.normalize("NFC", stripped + mark) + text[i + 1 :]
        if result != text:
            return result
    return text + text[-1]


def mistype_digits(rng: random.Random, number: str) -> str:
    """One digit changed, or two adjacent different digits swapped."""
    digits = list(number)
    i = rng.randrange(len(digits) - 1)
    if rng.random() < 0.5 and digits[i] != digits[i + 1]:
        digits[i], digits[i + 1] = digits[i + 1], digits[i]
    else:
        digits[i] = rng.choice([d for d in "0123456789" if d != digits[i]])
    return "".join(digits)


def swap_name_order(name: str) -> str:
    """Western order: given name first, then family and middle (``An Nguyễn Văn``)."""
    parts = name.split(" ")
    if len(parts) < 2:
        return name
    return " ".join([parts[-1], *parts[:-1]])


class Injector:
    """Applies :class:`DefectRates` to values, one record at a time."""

    def __init__(self, rates: DefectRates, rng: random.Random) -> None:
        self.rates = rates
        self.rng = rng

    def chance(self, rate: float) -> bool:
        return rate > 0 and self.rng.random() < rate

    def identifier(
        self, record: Record, cccd: str, cmnd: str | None, *, accepts_cmnd: bool
    ) -> str | None:
        """The ID column: the CCCD, or nothing, a mistyped one, or the legacy CMND."""
        r = self.rates
        u = self.rng.random()
        if u < r.missing_id:
            record.add("missing_id")
            return None
        u -= r.missing_id
        if u < r.mistyped_id:
            record.add("mistyped_id")
            return mistype_digits(self.rng, cccd)
        u -= r.mistyped_id
        if accepts_cmnd and cmnd is not None and u < r.legacy_cmnd:
            record.add("legacy_cmnd")
            return cmnd
        return cccd

    def name(self, record: Record, name: str) -> str:
        """Typos and swapped order; diacritics are handled by :meth:`script` afterwards."""
        if self.chance(self.rates.typo_name):
            record.add("typo_name")
            name = typo(self.rng, name)
        if self.chance(self.rates.swapped_name_order):
            record.add("swapped_name_order")
            name = swap_name_order(name)
        return name

    def script_choice(self, record: Record) -> str:
        """How the record's text is encoded: ``nfc``, ``nfd`` or ``ascii`` (no diacritics)."""
        u = self.rng.random()
        if u < self.rates.no_diacritics:
            record.add("no_diacritics")
            return "ascii"
        if u < self.rates.no_diacritics + self.rates.nfd:
            record.add("nfd")
            return "nfd"
        return "nfc"

    def date(self, record: Record, day: date, usual: str = "{d:02d}/{m:02d}/{y:04d}") -> str:
        """The date in the column's usual format, or (``mixed_date_format``) another one."""
        text = usual.format(d=day.day, m=day.month, y=day.year)
        if not self.chance(self.rates.mixed_date_format):
            return text
        choices = [f for f in _DATE_FORMATS if f.format(d=day.day, m=day.month, y=day.year) != text]
        record.add("mixed_date_format")
        return self.rng.choice(choices).format(d=day.day, m=day.month, y=day.year)


def encode(text: str | None, script: str) -> str | None:
    """Apply a :meth:`Injector.script_choice` to one text value."""
    if text is None or script == "nfc":
        return text
    if script == "nfd":
        return unicodedata.normalize("NFD", text)
    return strip_diacritics(text)
