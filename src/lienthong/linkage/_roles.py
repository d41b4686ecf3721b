"""A small guess of each column's linkage role, from its name *and* its values.

Used for datasets registered without flags (a CSV an agency just dropped in). The name gives a
hint (Vietnamese with or without accents, English, common abbreviations); a sample of the values
confirms it or overrules it: a column called ``ngay_sinh`` whose values are not dates is not a
birth date, and an unnamed column of 12-digit values that read as CCCDs is one. Every column ends
up either used (with its role) or ignored (with the reason), so nothing is dropped silently.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

import duckdb

from lienthong.linkage._inputs import quote
from lienthong.normalize import fold, parse_date

#: folded name tokens → role; checked as whole words, longest hint first
HINTS: dict[str, tuple[str, ...]] = {
    "full_name": ("ho va ten", "ho ten", "hoten", "full name", "fullname", "name", "ten day du",
                  "hovaten", "ten"),
    "given_name": ("given name", "first name", "firstname", "forename", "ten goi"),
    "family_name": ("surname", "last name", "lastname", "family name", "ho"),
    "birth_date": ("ngay sinh", "ngaysinh", "date of birth", "birth date", "birthdate", "dob",
                   "ns", "sinh ngay"),
    "birth_year": ("nam sinh", "namsinh", "year of birth", "birth year", "yob"),
    "sex": ("gioi tinh", "gioitinh", "sex", "gender", "gt", "phai"),
    "cccd": ("cccd", "can cuoc", "ma dinh danh", "so dinh danh", "madinhdanh", "dinh danh"),
    "cmnd": ("cmnd", "chung minh"),
    "id_number": ("soc sec id", "national id", "id number", "ssn", "passport", "ho chieu"),
    "other_id": ("bhyt", "bhxh", "the bhyt", "ma so bhxh", "insurance"),
    "phone": ("sdt", "so dien thoai", "dien thoai", "phone", "mobile", "dt"),
    "email": ("email", "e mail", "thu dien tu"),
    "address": ("dia chi", "diachi", "address", "address 1", "dc", "thuong tru", "thuongtru",
                "noi o", "cho o", "que quan", "street"),
    "address_2": ("address 2",),
    "street_number": ("street number", "so nha", "house number"),
    "city": ("city", "suburb", "town", "tinh", "thanh pho", "quan", "huyen", "phuong", "xa"),
    "state": ("state", "province", "county", "region"),
    "postcode": ("postcode", "post code", "zip", "postal code", "ma buu chinh", "zipcode"),
}  # fmt: skip

#: roles that link people; a column with none of them is reported as ignored
_PLACE = ("address_2", "street_number", "city", "state")


@dataclass
class RoleGuess:
    """Roles found (role → column), the column → why, and columns left out with the reason."""

    roles: dict[str, str] = field(default_factory=dict)
    used: dict[str, str] = field(default_factory=dict)
    ignored: dict[str, str] = field(default_factory=dict)
    vietnamese: bool = False


def _words(name: str) -> str:
    return " " + fold(re.sub(r"([a-z])([A-Z])", r"\1 \2", name).replace("_", " ")) + " "


def hinted_role(column: str) -> str | None:
    """The role a column's name suggests, or ``None``."""
    words = _words(column)
    best: tuple[int, str] | None = None
    for role, hints in HINTS.items():
        for hint in hints:
            if f" {hint} " in words and (best is None or len(hint) > best[0]):
                best = (len(hint), role)
    return best[1] if best else None


def _share(values: Sequence[str], test: object) -> float:
    assert callable(test)
    return sum(1 for v in values if test(v)) / len(values) if values else 0.0


def _is_date(value: str) -> bool:
    parsed = parse_date(value)
    return parsed is not None and 1880 <= parsed.year <= 2100


def _is_year(value: str) -> bool:
    return re.fullmatch(r"(18|19|20)[0-9]{2}", value.strip()) is not None


def _digits(value: str) -> str:
    return re.sub(r"[ .\-]", "", value)


def _is_cccd(value: str) -> bool:
    d = _digits(value)
    return re.fullmatch(r"[0-9]{12}", d) is not None and int(d[:3]) <= 96 and d[3] in "0123"


def _is_name(value: str) -> bool:
    words = fold(value).split()
    return 2 <= len(words) <= 6 and all(w.isalpha() for w in words)


def _value_role(values: Sequence[str], hinted: str | None) -> str | None:
    """What the values say; ``None`` when they say nothing clear."""
    if _share(values, _is_cccd) >= 0.9:
        return "cccd"
    if _share(values, _is_date) >= 0.8 and hinted in (None, "birth_date", "birth_year"):
        # a column of years alone is a birth year, a mixture of dates and years a birth date
        return "birth_year" if _share(values, _is_year) >= 0.9 else "birth_date"
    if hinted is None and _share(values, _is_name) >= 0.9:
        return "full_name"
    return None


def _agrees(role: str, values: Sequence[str]) -> bool:
    """Values do not contradict the name's hint (checked only for roles with a clear shape)."""
    if role == "birth_date":
        return _share(values, lambda v: _is_date(v) or _is_year(v)) >= 0.6
    if role == "birth_year":
        return _share(values, lambda v: _is_year(v) or _is_date(v)) >= 0.6
    if role in ("cccd", "cmnd", "id_number", "other_id", "phone"):
        return _share(values, lambda v: sum(c.isdigit() for c in v) >= 5) >= 0.6
    if role == "full_name":
        return _share(values, lambda v: any(c.isalpha() for c in v)) >= 0.8
    return True


def _sample(con: duckdb.DuckDBPyConnection, from_sql: str, column: str, n: int) -> list[str]:
    col = quote(column)
    rows = con.execute(
        f"SELECT CAST({col} AS VARCHAR) FROM {from_sql} "
        f"WHERE nullif(trim(CAST({col} AS VARCHAR)), '') IS NOT NULL LIMIT {int(n)}"
    ).fetchall()
    return [str(r[0]) for r in rows]


def _looks_vietnamese(names: Sequence[str]) -> bool:
    from lienthong.normalize import family_name_keys

    families = family_name_keys()
    hits = 0
    for name in names:
        words = fold(name).split()
        hits += bool(words) and (words[0] in families or words[-1] in families)
    return bool(names) and hits / len(names) >= 0.5


def guess_roles(
    con: duckdb.DuckDBPyConnection, from_sql: str, columns: Sequence[str], *, sample: int = 500
) -> RoleGuess:
    """Roles of ``columns`` of ``from_sql`` from their names and a sample of their values."""
    guess = RoleGuess()
    for column in columns:
        hinted = hinted_role(column)
        values = _sample(con, from_sql, column, sample)
        if not values:
            guess.ignored[column] = "empty"
            continue
        by_values = _value_role(values, hinted)
        if hinted and _agrees(hinted, values):
            role, why = hinted, "name"
            if by_values == "cccd" and hinted in ("id_number", "cmnd"):
                role, why = "cccd", "name and values"
        elif by_values:
            role, why = by_values, "values" + (f" (name suggested {hinted})" if hinted else "")
        else:
            guess.ignored[column] = (
                f"values do not look like {hinted}" if hinted else "no linkage role"
            )
            continue
        if role in ("cccd", "cmnd", "id_number") and role in guess.roles:
            role = "other_id"  # a second identifier is still evidence
        if role in guess.roles and role not in _PLACE:
            guess.ignored[column] = f"{role} already read from {guess.roles[role]}"
            continue
        if role in _PLACE and role in guess.roles:
            role = f"{role}_{len(guess.roles)}"
        guess.roles[role] = column
        guess.used[column] = f"{role} ({why})"
    if "full_name" in guess.roles and ("family_name" in guess.roles) != (
        "given_name" in guess.roles
    ):
        # "ho" alone next to a full name is noise from a header like "ho_ten_cha"
        for role in ("family_name", "given_name"):
            column = guess.roles.pop(role, "")
            if column:
                guess.used.pop(column, None)
                guess.ignored[column] = "full name already given"
    name_col = guess.roles.get("full_name") or guess.roles.get("family_name")
    if name_col:
        guess.vietnamese = _looks_vietnamese(_sample(con, from_sql, name_col, sample))
    return guess


def place_columns(roles: Collection[str]) -> list[str]:
    """Roles that add to the address text after it (second line, suburb, state…)."""
    return [
        r
        for r in roles
        if r.split("_")[0] in ("address", "city", "state") and r not in ("address", "address_old")
    ]


#: Profiling's roles (``lienthong.profiling.ROLES``) as the linker's.
FROM_PROFILE: dict[str, str] = {
    "full_name": "full_name", "given_name": "given_name", "family_name": "family_name",
    "birth_date": "birth_date", "sex": "sex", "cccd": "cccd", "cmnd": "cmnd",
    "national_id": "id_number", "bhxh": "other_id", "bhyt": "other_id", "phone": "phone",
    "email": "email", "address": "address", "street": "address", "suburb": "city",
    "state": "state", "postcode": "postcode",
}  # fmt: skip


def with_profile(
    guess: RoleGuess,
    profiled: Mapping[str, tuple[str, float]],
    con: duckdb.DuckDBPyConnection,
    from_sql: str,
) -> RoleGuess:
    """``guess`` with the roles the dataset's profile is sure of (column -> (role,
    confidence), at or above the threshold) for the columns and roles the guess left: a
    Danish ``Efternavn``, a Persian ``نام خانوادگی``, ids under any header are read as the
    profile read them, so ``link run`` and ``registry show`` agree."""
    for column, (role, confidence) in profiled.items():
        linked = FROM_PROFILE.get(role)
        if linked is None or column in guess.used or linked in guess.roles:
            continue
        guess.roles[linked] = column
        guess.used[column] = f"{linked} (profile: {role} at {confidence:.2f})"
        guess.ignored.pop(column, None)
    name_col = guess.roles.get("full_name") or guess.roles.get("family_name")
    if name_col and not guess.vietnamese:
        guess.vietnamese = _looks_vietnamese(_sample(con, from_sql, name_col, 500))
    return guess
