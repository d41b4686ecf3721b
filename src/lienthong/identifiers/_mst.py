"""MST (mã số thuế), the tax code of enterprises and household businesses.

10 digits: 2-digit province prefix, 7-digit sequence, check digit; branches add a 3-digit suffix
(13 digits, often written ``0100233488-001``). The check digit is
``10 − (Σ dᵢ·wᵢ mod 11)`` with weights 31, 29, 23, 19, 17, 13, 7, 5, 3 over the first nine
digits (as in python-stdnum ``stdnum/vn/mst.py``). When that gives 10 there is no valid check
digit, so tax offices never issue such a sequence: :func:`make_mst` skips it.
"""

from __future__ import annotations

from lienthong.errors import InputError

_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)

#: Prefixes of the tax offices now merged into Hồ Chí Minh City.
HCMC_MST_PREFIXES = ("03", "37", "35")  # former HCMC, Bình Dương, Bà Rịa–Vũng Tàu


def mst_check_digit(first_nine: str) -> int | None:
    """The check digit for nine digits, or ``None`` when the sequence cannot be issued."""
    if len(first_nine) != 9 or not first_nine.isascii() or not first_nine.isdigit():
        raise InputError(f"An MST body is 9 digits, got {first_nine!r}.")
    total = sum(int(d) * w for d, w in zip(first_nine, _WEIGHTS, strict=True))
    check = 10 - total % 11
    if check == 10:
        return None
    return check


def compact_mst(number: str) -> str:
    """Strip spaces, dots and the branch dash: ``0100233488-001`` → ``0100233488001``."""
    return "".join(ch for ch in number if ch not in " .-")


def is_valid_mst(number: str) -> bool:
    """True for a 10-digit MST with the right check digit, or its 13-digit branch form."""
    text = compact_mst(number)
    if len(text) not in (10, 13) or not text.isascii() or not text.isdigit():
        return False
    if len(text) == 13 and text[10:] == "000":
        return False
    check = mst_check_digit(text[:9])
    return check is not None and check == int(text[9])


def make_mst(prefix: str, sequence: int) -> str | None:
    """The 10-digit MST for a 2-digit prefix and 7-digit sequence; ``None`` if not issuable."""
    if len(prefix) != 2 or not prefix.isascii() or not prefix.isdigit():
        raise InputError(f"An MST prefix is 2 digits, got {prefix!r}.")
    if not 0 <= sequence <= 9_999_999:
        raise InputError(f"The MST sequence must be 0–9999999, got {sequence}.")
    body = f"{prefix}{sequence:07d}"
    check = mst_check_digit(body)
    return None if check is None else f"{body}{check}"


def make_branch_mst(parent: str, branch: int) -> str:
    """The 13-digit MST of branch ``branch`` (1–999) of a valid 10-digit MST."""
    if len(parent) != 10 or not is_valid_mst(parent):
        raise InputError(f"{parent!r} is not a valid 10-digit MST.")
    if not 1 <= branch <= 999:
        raise InputError(f"A branch number is 1–999, got {branch}.")
    return f"{parent}{branch:03d}"
