"""The one scan of a text for every kind's cue phrases (pipeline/privacy/detectors/_cue_scan.py): every place where a
kind's full cue pattern matches is among the places it gives that kind, in ascending order, whatever white space
(runs, tabs, line breaks, Unicode spaces) stands between a phrase's words and whatever script the phrase is in."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.privacy import cues
from pipeline.privacy.audience import current

# importing the detectors registers their phrase sets
from pipeline.privacy.detectors import _cue_scan, name, phone  # noqa: F401
from pipeline.privacy.detectors._cue_gate import FoldedCues, folded

_KINDS = [("name", "before"), ("name", "after"), ("name_weak", "before"), ("name_kin", "before"),
          ("address_intro", "before"), ("phone", "before"), ("phone", "after"), ("username", "before"),
          ("identity", "before"), ("passport", "before"), ("birth_date", "before"), ("birth_date", "after"),
          ("password", "before")]


_FOLDED = {key: FoldedCues(*key) for key in _KINDS}


def _phrases() -> list[str]:
    found: list[str] = []
    for kind, which in _KINDS:
        found.extend(cues.table(kind).phrases(current(), which)[::7])
    return found


SPACES = [" ", "  ", "\t", "\n", " \n ", "\u00a0", "\u3000", ""]
FILLER = ["", "x", "Anna", "12", ":", "-", "é", "名", "_"]


@st.composite
def texts(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 5))):
        phrase = draw(st.sampled_from(_phrases()))
        spaced = draw(st.sampled_from(SPACES)).join(phrase.split(" "))
        case = draw(st.sampled_from([str, str.upper, str.title]))
        parts.append(draw(st.sampled_from(FILLER)) + case(spaced) + draw(st.sampled_from(SPACES)))
    return "".join(parts)


@settings(max_examples=600, deadline=None)
@given(text=texts())
def test_every_match_of_a_kinds_pattern_starts_at_one_of_its_places(text: str) -> None:
    copy = folded(text)
    for kind, which in _KINDS:
        number = _cue_scan.register(kind, which, lambda p: p)  # registered already: the same number
        places = _cue_scan.starts(copy, number)
        assert places == sorted(set(places))
        pattern = _FOLDED[kind, which].fast.get()
        for match in pattern.finditer(copy):
            assert match.start() in places, (kind, which, text, match)


@pytest.mark.parametrize(("text", "expected"), [
    ("my name is Anna", [0]),
    ("my  name\n\tis Anna", [0]),
    ("xmy name is Anna", []),  # inside a word: no place for a phrase of a spaced script
    ("名前：田中", [0]),
])
def test_places_of_a_spaced_and_an_unspaced_phrase(text: str, expected: list[int]) -> None:
    number = _cue_scan.register("name", "before", lambda p: p)
    assert [at for at in _cue_scan.starts(folded(text), number) if at == 0] == expected


def test_a_repeated_cue_costs_one_place_each() -> None:
    number = _cue_scan.register("name", "before", lambda p: p)
    copy = folded("Mr " * 1000)
    assert _cue_scan.starts(copy, number) == list(range(0, 3000, 3))
