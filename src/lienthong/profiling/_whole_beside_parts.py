"""A whole name beside the record's name in parts is somebody else's.

A register that writes its person's name in parts (``Nombres``, ``Apellido paterno``; ``الاسم``,
``الشهرة``) and a whole name besides, under a header that says whose it is and names no part
(``Paciente (reposición)``, the patient a blood donor gives for; ``اسم المريض``), holds that
other person's name there. A whole name under the name's own header (``Full name``, ``Họ
tên``), or under one naming its parts too (``Nom et prénom``, ``Họ tên học sinh``), is the
record's, written twice, and stays.
"""

from __future__ import annotations

from collections.abc import Sequence

from lienthong.profiling._hints import name_hints, names_a_relative, names_the_name_alone
from lienthong.profiling._infer import THRESHOLD, Inference

_PARTS = ("given_name", "family_name")


def whole_name_beside_parts(names: Sequence[str], out: list[Inference]) -> None:
    """Clear the whole names of somebody else beside the record's given and family names."""
    parts = {
        role: [
            names[i]
            for i, found in enumerate(out)
            if found.role == role
            and found.confidence >= THRESHOLD
            and not names_a_relative(names[i])
        ]
        for role in _PARTS
    }
    if not all(parts.values()):
        return
    for index, found in enumerate(out):
        if found.role != "full_name" or found.confidence < THRESHOLD:
            continue
        if names_the_name_alone(names[index]) or set(name_hints(names[index])) & set(_PARTS):
            continue
        evidence = (
            *found.evidence,
            f"the record's name is in parts ({parts['given_name'][0]!r},"
            f" {parts['family_name'][0]!r}): this whole name is somebody else's",
        )
        out[index] = Inference(None, 0.0, evidence, True)
