"""pipeline/privacy/translit.py: the Latin spellings of a Devanagari name, as Indian names are written in Latin
letters (the spellings below are facts of Hindi orthography and of how these common names are spelled)."""

from __future__ import annotations

import pytest

from pipeline.privacy.translit import latin_spellings

SPELLED = [
    ("यादव", "yadav"),          # the final inherent vowel is not said
    ("कुलकर्णी", "kulkarni"),    # nor a medial one between a vowel's consonant and the next syllable
    ("अंजलि", "anjali"),        # the anusvara before a consonant is an n
    ("सिंह", "singh"),          # and before h, "ngh"
    ("मिश्रा", "mishra"),       # ś as sh
    ("अग्रवाल", "agrawal"),     # v as w too
    ("दीपक", "deepak"),         # a long vowel doubled
    ("दीपक", "dipak"),          # or written once
    ("चंद्र", "chandra"),        # c as ch
]


@pytest.mark.parametrize(("word", "latin"), SPELLED)
def test_a_devanagari_name_has_its_usual_latin_spelling_among_its_spellings(word: str, latin: str) -> None:
    assert latin in latin_spellings(word)


def test_other_scripts_and_overlong_words_have_none() -> None:
    assert latin_spellings("Anna") == ()
    assert latin_spellings("মিশ্র") == ()         # Bengali: tried, found no more names (the module says why)
    assert latin_spellings("क" * 40) == ()
