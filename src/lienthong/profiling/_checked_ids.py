"""Identity numbers whose check digit proves what they are: a national id whatever the header.

Most countries' personal numbers end in a check digit (Luhn, weighted sums mod 10 or 11,
Verhoeff, ISO 7064). A random number passes one such check one time in ten or eleven, so a
column whose numbers nearly all pass the check of one country's personal number *is* that
number, even under a header no lexicon knows (``ՀԾՀ``, ``IDNP``, ``NHI``). python-stdnum, the
library made for the job, validates each country's number; this module only says which of its
modules are personal identity numbers and how surely a column fits one. New Zealand's National
Health Index number, which python-stdnum does not know, is python-nhi's.

A module counts only when its check really checks: the numbers that pass must fail once their
last character is changed (:func:`_checks_its_digit`). A module that validates only a length or
a date (Danish CPR since 2007, US SSN) would take any column of numbers that long; numbers that
hold a birth date are :mod:`._dated_ids`' business.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from functools import cache
from types import ModuleType

import nhi

#: python-stdnum's modules for personal identity numbers (people, not companies, VAT numbers or
#: bank accounts): national ids, personal tax and social-security numbers.
_PERSONAL = (
    "at.vnr", "be.bis", "be.nn", "bg.egn", "br.cpf", "ca.sin", "ch.ssn", "cl.rut", "cn.ric",
    "cu.ni", "cz.rc", "de.idnr", "do.cedula", "ec.ci", "ee.ik", "es.dni", "es.nie", "fi.hetu",
    "fr.nir", "gb.nhs", "gr.amka", "hr.oib", "ie.pps", "il.idnr", "in_.aadhaar", "is_.kennitala",
    "it.codicefiscale", "jp.in_", "kr.rrn", "lt.asmens", "md.idno", "mu.nid", "mx.curp",
    "nl.bsn", "no.fodselsnummer", "pe.cui", "pl.pesel", "pt.cc", "pt.nif", "ro.cnp",
    "se.personnummer", "si.emso", "sk.rc", "th.pin", "tr.tckimlik", "ua.rntrc", "za.idnr",
    "au.tfn", "nz.ird",
)  # fmt: skip
#: Lengths a module's numbers have, where python-stdnum's own check takes any length: Portugal's
#: Cartão de Cidadão is 12 characters, but its check passes any number under its mod 10 (Italy's
#: 20-digit tessera sanitaria, a Luhn number, read as one).
_LENGTH = {"stdnum.pt.cc": 12}
#: Share of the column's numbers that must pass (a few are typed wrong); share distinct.
VALID_SHARE = 0.9
DISTINCT_SHARE = 0.9
#: Fewest numbers a column needs before its checks say anything.
_FEWEST = 10
#: Numbers each module is first tried on (most modules fail them at once), and the share of
#: them that must pass (lower than the column's: typing errors may cluster at the top).
_PROBE = 12
_PROBE_SHARE = 0.5


@cache
def _modules() -> tuple[ModuleType, ...]:
    return (*(importlib.import_module(f"stdnum.{name}") for name in _PERSONAL), _nz_nhi())


def _nz_nhi() -> ModuleType:
    """python-nhi's check, shaped as a python-stdnum module (``is_valid``, ``compact``)."""
    module = ModuleType("stdnum.nz.nhi", "New Zealand National Health Index number (NHI).")
    module.compact = lambda number: str(number).strip().upper()  # type: ignore[attr-defined]
    # numbers starting with Z are the ones set apart for tests: still NHIs by their shape
    module.is_valid = lambda number: nhi.is_nhi(  # type: ignore[attr-defined]
        module.compact(number), allow_test_values=True
    )
    return module


def checked_ids(values: Sequence[str]) -> str | None:
    """The personal number (python-stdnum's description of it) nearly all of the column's
    values are valid instances of, check digit included; else ``None``."""
    numbers = [v.strip() for v in values if v.strip()]
    if len(numbers) < _FEWEST or len(set(numbers)) < DISTINCT_SHARE * len(numbers):
        return None
    if not all(any(c.isdigit() for c in n) and len(n) <= 24 for n in numbers):
        return None
    probe = numbers[:_PROBE]
    for module in _modules():
        passing = [n for n in probe if _valid(module, n)]
        if len(passing) < _PROBE_SHARE * len(probe) or not _checks_its_digit(module, passing):
            continue
        if sum(_valid(module, n) for n in numbers) >= VALID_SHARE * len(numbers):
            return _described(module)
    return None


def _valid(module: ModuleType, number: str) -> bool:
    try:
        length = _LENGTH.get(module.__name__)
        if length is not None and len(str(module.compact(number))) != length:
            return False
        return bool(module.is_valid(number))
    except Exception:  # noqa: BLE001 - a module's own parsing of odd input is no verdict
        return False


def _checks_its_digit(module: ModuleType, passing: Sequence[str]) -> bool:
    """Whether changing each number's last character makes it fail (a real check digit)."""
    mutated = [_last_changed(module, n) for n in passing]
    still = sum(_valid(module, m) for m in mutated if m is not None)
    return bool(passing) and still * 4 < len(passing)


def _last_changed(module: ModuleType, number: str) -> str | None:
    compact = str(module.compact(number)) if hasattr(module, "compact") else number
    last = compact[-1:]
    if last.isdigit():
        return compact[:-1] + str((int(last) + 1) % 10)
    if last.isalpha():
        return compact[:-1] + ("B" if last.upper() == "A" else "A")
    return None


def _described(module: ModuleType) -> str:
    doc = (module.__doc__ or module.__name__).strip().splitlines()[0].rstrip(".")
    return f"{doc} ({module.__name__.removeprefix('stdnum.')})"
