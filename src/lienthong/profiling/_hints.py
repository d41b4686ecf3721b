"""Roles suggested by a column's name, Vietnamese (with or without accents) or English.

Hints only add evidence: the values decide (see :mod:`lienthong.profiling._infer`).
"""

from __future__ import annotations

from lienthong.profiling._text import tokens

# (role, token sequences any of which, found in the folded name, suggests it); first match wins.
_HINTS: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = (
    ("cccd", (("cccd",), ("can", "cuoc"), ("dinh", "danh"), ("so", "dd"), ("madd",))),
    ("cmnd", (("cmnd",), ("chung", "minh"))),
    ("mst", (("mst",), ("ma", "so", "thue"), ("tax",))),
    ("bhyt", (("bhyt",), ("the", "bhyt"), ("health", "insurance"))),
    ("bhxh", (("bhxh",), ("bao", "hiem"), ("so", "so", "bh"))),
    ("national_id", (("soc", "sec"), ("ssn",), ("national", "id"), ("social", "security"))),
    ("phone", (("sdt",), ("dien", "thoai"), ("phone",), ("mobile",), ("tel",), ("dt",))),
    ("email", (("email",), ("mail",), ("thu", "dien", "tu"))),
    ("birth_date", (("ngay", "sinh"), ("ns",), ("dob",), ("birth",), ("date", "of", "birth"))),
    ("timestamp", (("updated",), ("cap", "nhat"), ("modified",), ("timestamp",))),
    ("sex", (("gioi", "tinh"), ("gioi",), ("sex",), ("gender",), ("phai",))),
    ("family_name", (("ho",), ("surname",), ("last", "name"), ("family", "name"))),
    ("given_name", (("ten",), ("given", "name"), ("first", "name"), ("forename",))),
    ("full_name", (("ho", "ten"), ("hoten",), ("ho", "va", "ten"), ("full", "name"), ("name",))),
    ("postcode", (("postcode",), ("zip",), ("postal",), ("ma", "buu", "chinh"))),
    ("ward", (("phuong", "xa"), ("phuong",), ("xa",), ("ward",), ("ma", "xa"))),
    ("district", (("quan", "huyen"), ("quan",), ("huyen",), ("district",))),
    ("province", (("tinh",), ("tinh", "thanh"), ("province",), ("thanh", "pho"))),
    ("suburb", (("suburb",), ("city",), ("town",), ("locality",))),
    ("state", (("state",), ("region",))),
    ("street", (("street",), ("duong",), ("address", "1"), ("address", "2"), ("so", "nha"))),
    ("address", (("dia", "chi"), ("diachi",), ("dc",), ("address",), ("addr",), ("thuong", "tru"))),
)


def _contains(haystack: list[str], needle: tuple[str, ...]) -> bool:
    size = len(needle)
    return any(tuple(haystack[i : i + size]) == needle for i in range(len(haystack) - size + 1))


def _split_glued(name: str) -> list[str]:
    """``ho_ten``, ``hoTen``, ``HoTen`` -> ``["ho", "ten"]``; an upper-case run stays one word
    (``Số CMND``, ``SĐT``, ``MaCCCD`` -> ``ma cccd``)."""
    spaced = []
    for i, ch in enumerate(name):
        before = name[i - 1] if i else ""
        after = name[i + 1] if i + 1 < len(name) else ""
        starts = ch.isupper() and (before.islower() or (before.isupper() and after.islower()))
        spaced.append(f" {ch}" if starts else ch)
    return tokens("".join(spaced))


def name_hints(column: str) -> list[str]:
    """The roles the column's name suggests, most specific first."""
    words = _split_glued(column)
    found: list[str] = []
    # The longest, most specific phrases first so "ho_ten" is a full name, not a family name.
    ordered = sorted(
        ((role, needle) for role, needles in _HINTS for needle in needles),
        key=lambda item: -len(item[1]),
    )
    for role, needle in ordered:
        if _contains(words, needle) and role not in found:
            found.append(role)
    if found and found[0] == "family_name" and _contains(words, ("ten",)):
        found.insert(0, "full_name")
    return found
