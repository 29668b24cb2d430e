"""Dates of birth after a cue, in every language of the audience.

Dates alone are analytics (a blog post's date, an order's); a date right after a birth cue ("date of birth",
"Geb.-Datum", "né le", "fecha de nacimiento", "data urodzenia", "doğum tarihi", "дата рождения", "出生日期",
"생년월일": `cues/birth_date.toml`, one table a language), or right before one where the language puts it after
("1985年7月3日出生", "1985년 7월 3일생", "1985 doğumlu"), is a quasi-identifier and goes. A date is written:

- in digits: `03.07.1985`, `1985-07-03`, `7/3/85`, `1985. 7. 3.`, with a Roman month `3 VII 1985`;
- in words, with the month names of the audience's languages from CLDR (Babel: wide and abbreviated, in their
  format (genitive) and stand-alone forms, with and without their accents): `3 July 1985`, `July 3rd, 1985`,
  `3. Juli 1985`, `3 de julio de 1985`, `3 lipca 1985`, `1985. július 3.`, `12 марта 1985 г.`; all the
  audience's names in one trie-shaped pattern, compiled once per audience (`PerAudience`);
- in Chinese, Japanese and Korean: `1985年7月3日`, `昭和60年7月3日`, `1985년 7월 3일`, or the month and day alone
  after a cue (`生日：7月3日`);
- or a bare year ("born 1985", "year of birth: 1985").

Every pattern is bounded after its cue (a reach of a few dozen characters): linear in the text's length.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from pipeline.privacy import cldr, cues
from pipeline.privacy.audience import Audience, PerAudience
from pipeline.privacy.detectors._common import Span, facts, literal_alternation
from pipeline.privacy.detectors._cue_gate import CueGate, FoldedCues

KIND = "birth_date"

_REACH = 32
_GATE = CueGate("birth_date", "before", also="after")
_BEFORE = _GATE.full
_AFTER = cues.compiled("birth_date", "after")
# the same cues found on the text's folded copy where the one cue scan says they may start (the same spans)
_BEFORE_FOLDED = FoldedCues("birth_date")
_AFTER_FOLDED = FoldedCues("birth_date", "after")
_NUMERIC = (r"(?<!\d)(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})(?!\d|/\d)|\d{4}[./-]\d{1,2}[./-]\d{1,2}(?!\d)"
            r"|\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?(?!\d)|\d{1,2}\.\s\d{1,2}\.\s?\d{4}(?!\d)"
            r"|\d{1,2}[.\s]\s?(?-i:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)[.\s]\s?\d{4}(?!\d))")
_CJK = (r"(?:(?<!\d)\d{4}|(?:明治|大正|昭和|平成|令和)\s*(?:\d{1,2}|元))"
        r"\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일号號]?"
        r"|(?<!\d)\d{4}\s*[年년]\s*\d{1,2}\s*[月월]|(?<!\d)\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일号號]")
_DAY = r"(?<!\d)\d{1,2}(?:st|nd|rd|th|er|º|ª|\.)?"
_YEAR_WORD = r"(?:\s*(?:года|г\.|г(?![^\W\d_])|m\.|р\.|рік|року|roku|r\.))?"
_YEAR_ONLY = r"(?<!\d)(?:19|20)\d{2}(?!\d)"


def _months(audience: Audience) -> tuple[str, ...]:
    """The month names of the audience's languages (CLDR: pipeline/privacy/cldr.py), lowercase, without a final
    dot; names written with digits ("7月") are left to the CJK pattern, and one- or two-letter abbreviations are
    left out."""
    names: set[str] = set()
    for lang in audience.languages:
        words = cldr.words(lang)  # read on the first birth cue, never at import
        if words is None:
            continue
        for name in (*words.months_wide, *words.months_abbreviated, *_OTHER_CALENDARS.get(lang, ())):
            name = name.lower().rstrip(".")
            # Catalan's format names hold their preposition ("de gener", "d’octubre"): the month alone too, which
            # the pattern's connecting words ("de", "d'") precede
            for prefix in ("de ", "d’", "d'"):
                if name.startswith(prefix) and len(name) > len(prefix) + 2:
                    name = name[len(prefix):]
            if name and not any(c.isdigit() for c in name) and (len(name) >= 3 or not name.isascii()):
                names.add(name)
                names.add(_unaccented(name))
    return tuple(sorted(names))


#: The months of a calendar an audience language dates births in besides the Gregorian (CLDR's Persian calendar, the
#: Solar Hijri: "متولد ۷ خرداد ۱۳۲۰").
_OTHER_CALENDARS = {"fa": ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن",
                           "اسفند")}


def _unaccented(name: str) -> str:
    """The name without its accents ("février" as "fevrier", "ιουλίου" as "ιουλιου": Greek capitals drop them)."""
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", name)
                                                if not unicodedata.combining(c)))


def _date_pattern(audience: Audience) -> re.Pattern[str]:
    month = f"(?:{literal_alternation(_months(audience))})(?![^\\W\\d_])\\.?"
    # the words between day and month: "de" (es, pt, ca), "of" (en), "ta'" (mt), "d'" (ca); Hebrew glues "ב" (in) to
    # the month
    words = (rf"{_DAY}[\s./-]{{0,3}}(?:(?:de|of|ta['’])\s*|d['’])?(?:ב-?)?{month}[\s,./-]{{0,3}}"
             rf"(?:de\s+|del\s+)?\d{{4}}(?!\d){_YEAR_WORD}"
             rf"|{month}\s*\d{{1,2}}(?:st|nd|rd|th)?(?!\d),?\s*\d{{4}}(?!\d)"
             rf"|(?<!\d)\d{{4}}\.?\s*(?:m\.\s*)?{month}\s*\d{{1,2}}(?!\d)\.?(?:\s*d\.)?")
    return re.compile(f"(?:{_NUMERIC}){_YEAR_WORD}|{_CJK}|{words}|{_YEAR_ONLY}", re.IGNORECASE)


_DATE = PerAudience(_date_pattern)


def maybe(text: str) -> bool:
    """Cheap: a digit and a birth cue are in the text (on ASCII text, its lowercase copy asked a case-sensitive
    pattern of the cues without their word-start look-behind)."""
    return facts(text).digits > 0 and _GATE.maybe_in(text)


def find(text: str) -> Iterator[Span]:
    date = _DATE.get()
    if _CACHED_FOR[0] is not date:  # a new audience: the windows are asked afresh (hashing a pattern costs its size)
        _date_in.cache_clear()
        _last_date_in.cache_clear()
        _CACHED_FOR[0] = date
    for hit in _BEFORE_FOLDED.finditer(text):
        if not _cue_ends(text, hit):
            continue
        end = hit.end()
        # the window after the cue, with the cue's last character (the date's look-behinds read it)
        found = _date_in(text[end - 1:end + _REACH])
        if found is not None:
            yield end - 1 + found[0], end - 1 + found[1]
    for hit in _AFTER_FOLDED.finditer(text):
        start = max(0, hit.start() - _REACH)
        found = _last_date_in(text[start:hit.start()])
        if found is not None:
            yield start + found[0], start + found[1]


# the pattern the caches below were filled with (the audience's, `_DATE.get()`)
_CACHED_FOR: list[re.Pattern[str]] = [re.compile(r"(?!)")]
# what every date holds: a four-digit year, a short numeric date (`7/3/85`) or a CJK year or month sign; a window
# without one is not asked the pattern of all month names
_NEEDS = re.compile(r"\d{4}|\d[./-]\d{1,2}[./-]\d\d|[年년月월]")


@lru_cache(maxsize=4096)
def _date_in(window: str) -> Span | None:
    """The first date in the window after its first character (the cue's last), cached: a cue and a date repeated
    cost one search."""
    if _NEEDS.search(window) is None:
        return None
    match = _CACHED_FOR[0].search(window, 1)
    return match.span() if match is not None else None


@lru_cache(maxsize=4096)
def _last_date_in(window: str) -> Span | None:
    """The date that ends the window (only spaces after it), the window ending where an after-cue starts."""
    if _NEEDS.search(window) is None:
        return None
    last = None
    for match in _CACHED_FOR[0].finditer(window):
        last = match
    if last is not None and _BEFORE_AFTER_CUE.fullmatch(window, last.end()) is not None:
        return last.span()
    return None


# between a date and its after-cue: spaces, or a case suffix after an apostrophe (Turkish "1987'de doğdum"), after the
# full stop Hungarian writes after a date's day ("1998.03.11. született")
_BEFORE_AFTER_CUE = re.compile(r"\.?\s*(?:['’][^\W\d_]{1,4}\s*)?")


def _cue_ends(text: str, hit: re.Match[str]) -> bool:
    """A cue of a spaced script ends at a word end ("др" is a cue, "друг" is not)."""
    end = hit.end()
    return end >= len(text) or not (text[end].isalpha() and text[end - 1].isalpha() and ord(text[end - 1]) < 0x3000)
