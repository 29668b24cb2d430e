"""Dates of birth after a cue ("дата рождения", "д.р.", "родился", "born", "DOB", "date of birth").

Dates alone are analytics (a blog post's date, an order's); a date right after a birth cue is a
quasi-identifier and goes, in numeric or written form ("12.03.1985", "1985-03-12", "12 марта 1985",
"March 12, 1985").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.privacy.detectors._common import Span, facts, literal_alternation

KIND = "birth_date"

_CUE = re.compile(
    r"(?<![^\W\d_])(?:дата\s+рождения|д\.\s?р\.|д/р|др|родил(?:ся|ась|ись)|рожд[её]н[аы]?|год\s+рождения|"
    r"born(?:\s+on)?|b\.|date[\s_-]+of[\s_-]+birth|birth[\s_-]*date|birthday|dob|d\.o\.b\.|дата_рождения|д_р|geburtsdatum|geboren|né(?:e)?\s+le)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# `_CUE` as lowercase ASCII text can hold it, matched case-sensitively on the text's lowercase copy (same answer)
_CUE_ASCII = re.compile(r"(?<![^\W\d_])(?:born(?:\s+on)?|b\.|date[\s_-]+of[\s_-]+birth|birth[\s_-]*date|birthday|dob|"
                        r"d\.o\.b\.|geburtsdatum|geboren)(?![^\W\d_])")
_CUE_ASCII_WORD = re.compile(literal_alternation(("born", "b.", "birth", "dob", "d.o.b.", "geburtsdatum", "geboren")))
_MONTHS = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|январ[яь]|феврал[яь]|марта?|апрел[яь]|"
           r"ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]|октябр[яь]|ноябр[яь]|декабр[яь]")
_DATE = re.compile(
    rf"\d{{1,2}}[./-]\d{{1,2}}[./-](?:\d{{4}}|\d{{2}})(?!\d)|\d{{4}}[./-]\d{{1,2}}[./-]\d{{1,2}}(?!\d)"
    rf"|\d{{1,2}}\s+(?:{_MONTHS})\s+\d{{4}}(?:\s*(?:года|г\.|г(?![^\W\d_])))?|(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|(?<!\d)(?:19|20)\d{{2}}(?!\d)",
    re.IGNORECASE,
)
_REACH = 24


def maybe(text: str) -> bool:
    """Cheap: a birth cue is in the text."""
    lower = facts(text).lower
    if lower is not None:
        return _CUE_ASCII_WORD.search(lower) is not None and _CUE_ASCII.search(lower) is not None
    return _CUE.search(text) is not None


def find(text: str) -> Iterator[Span]:
    for hit in _CUE.finditer(text):
        match = _DATE.search(text, hit.end(), min(len(text), hit.end() + _REACH))
        if match is not None:
            yield match.span()
