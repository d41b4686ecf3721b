"""Rules written in the session of blind 178 on: the same script-only folds left out wherever a
header is asked whether it names somebody's name."""

from __future__ import annotations

from lienthong.profiling._hints import name_hints, names_a_persons_name


def test_a_short_fold_of_another_script_names_nobody_in_a_latin_header() -> None:
    # Lao ``ຊື່`` (name) folds to ``xu``, Mongolian ``нэр`` to ``ner``, Tajik ``насаб`` to
    # ``nasab``: Vietnamese ``Số xu`` (coins) and Latin ``NER`` name nobody, as
    # :func:`name_hints` already said
    for header in ("Số xu", "NER", "Ovog", "Nasab"):
        assert name_hints(header) == []
        assert not names_a_persons_name(header), header
    # the same terms in their own script, and plain Latin name headers, still name a person
    for header in ("Тегі", "Họ tên", "Beneficiary Name"):
        assert names_a_persons_name(header), header
