"""Rules read since blind 303-307's first measurement: an employer's tax code beside a worker's
record, an owner's header, a proof of residence."""

from __future__ import annotations

from settled_helpers import VIETNAMESE_NAMES, settled
from stdnum.vn import mst

from lienthong.profiling._hints import name_hints, names_a_note, names_a_relative


def _msts(count: int) -> list[str]:
    bodies = (f"01{n * 7919 % 10**7:07d}" for n in range(1, 10 * count))
    valid = (next((b + d for d in "0123456789" if mst.is_valid(b + d)), None) for b in bodies)
    return [code for code in valid if code is not None][:count]


def test_an_employers_tax_code_beside_a_workers_record_is_somebody_elses() -> None:
    assert names_a_relative("MST DN")
    codes = _msts(80)
    found = settled({"Họ và tên": VIETNAMESE_NAMES * 2, "MST DN": codes})
    assert found["Họ và tên"][0] == "full_name" and found["MST DN"][0] is None, found


def test_an_owners_header_and_a_proof_of_residence() -> None:
    assert name_hints("Propietario") == ["full_name"]
    assert names_a_note("Proof of Residence")
