"""Russian national identifiers near their cue words: INN (tax number), SNILS (pension insurance number),
and passport numbers (Russian series and number, or any passport's number after a passport cue in any of the
audience's languages: `cues/passport.toml`, "Reisepassnummer", "numéro de passeport", "pasaport no", "护照号",
"旅券番号", "여권번호"...). Other countries' identity numbers are `identity.py`'s.

The numbers alone look like any other: only the cue ("ИНН", "СНИЛС", "паспорт", "серия", "passport no.")
within a few words before makes them identifiers. A SNILS written in its own format (`123-456-789 01`)
with a valid check number needs no cue.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import lru_cache

from pipeline.privacy import cues
from pipeline.privacy.detectors._common import Span, digits_of, facts
from pipeline.privacy.detectors._cue_gate import CueGate, FoldedCues, copy_for_patterns

INN = "inn"
SNILS = "snils"
PASSPORT = "passport"

# (the cues led by their words' first letters: the engine skips every other character at once)
_INN_CUE = re.compile(r"(?=[иit])(?<![^\W\d_])(?:ИНН|INN|TIN|идентификационный номер налогоплательщика|"
                      r"tax[\s_-]*(?:payer[\s_-]*)?(?:id|identification|number|no\.?|#)|taxpayer(?:[\s_-]*(?:id|number|no\.?))?|"
                      r"tax[\s_-]*id[\s_-]*(?:number|no\.?))(?![^\W\d_])",
                      re.IGNORECASE)
_INN_VALUE = re.compile(r"(?<!\d)\d(?:[ -]?\d){11}(?![ -]?\d)|(?<!\d)\d(?:[ -]?\d){9}(?![ -]?\d)")
_SNILS_CUE = re.compile(r"(?=[сs])(?<![^\W\d_])(?:СНИЛС|SNILS|страховой номер)(?![^\W\d_])", re.IGNORECASE)
_SNILS_VALUE = re.compile(r"(?<!\d)\d{3}[- ]?\d{3}[- ]?\d{3}[- ]?\d{2}(?!\d)")
_SNILS_FORMATTED = re.compile(r"\d(?<![\d-]\d)\d\d-\d{3}-\d{3}[ -]\d{2}(?![\d-])")  # (led by a digit, as above)
_PASSPORT_CUE = re.compile(
    r"(?=[пpсзу])(?<![^\W\d_])(?:паспорт[а-я]*|passport(?:\s*(?:no|number|#|№))?|серия(?:\s+и\s+номер)?|с/н|загранпаспорт[а-я]*|"
    r"удостоверени[а-я]* личности)(?![^\W\d_])",
    re.IGNORECASE)
_PASSPORT_VALUE = re.compile(r"(?<![\w])(?:\d{2}\s?\d{2}(?:\s*(?:№|N|номер|no\.?)?\s*)\d{6}|\d{2}\s?\d{7}"
                             r"|[A-Z]{1,2}\d{6,8}|\d{9}|(?=[A-Z0-9]*\d[A-Z0-9]*\d[A-Z0-9]*\d)(?-i:[A-Z0-9]{6,12}))(?![\w])",
                             re.IGNORECASE)
_SIX_DIGITS = re.compile(r"\d(?:\D{0,3}\d){5}")  # (led by a digit: the engine skips to the next at once)
# a passport number after a cue of the audience's languages: 6 to 10 letters and digits, with five digits or more
# (`12AB34567`, `PAA123456`, `E12345678`, `TR1234567`), or 8 to 10 capitals and digits with two digits or more (a
# German `C4J9KL0R7`, mixed all along: `_mixed`); "1024KB", "v2" and "UPDATED01" stay
_DOCUMENT = re.compile(r"(?<![0-9A-Za-z_])(?:(?=(?:[A-Za-z]*\d){5})[A-Za-z0-9]{6,10}"
                       r"|(?=(?:[A-Z]*\d){2})(?=[0-9]*[A-Z])(?-i:[A-Z0-9]{8,10}))(?![0-9A-Za-z_]|[-.]\w|/\d)")
_PASSPORT_GATE = CueGate("passport")
# the Dutch passport and identity card number (Rijksoverheid, "documentnummer" since 2014): two letters, six letters
# or digits, a digit, no letter O; with few digits it fails `_DOCUMENT`'s shapes, so it is taken after a Dutch cue
_DUTCH_DOCUMENT = re.compile(r"[ \t]*[:：#]?[ \t]*(?P<number>[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9])(?![0-9A-Za-z_])")
# a number sign between a cue and its number, glued to the number or not: "№", "No.", "Nr.", "N°", "#" (after NFKC,
# "№" is "No")
_NUMBER_SIGN = re.compile(r"[ \t]*(?:№|N[or]\.?|N°|#)[ \t]*(?=\d)")
_REACH = 32
# a word each cue above holds (lowercase): a text whose folded copy holds none of them has no such cue, and its whole
# case-insensitive pattern is not run
_INN_WORDS = ("инн", "inn", "tin", "идентификационный", "tax")
_SNILS_WORDS = ("снилс", "snils", "страховой номер")
_PASSPORT_WORDS = ("паспорт", "passport", "серия", "с/н", "удостоверени")
_PASSPORT_FOLDED = FoldedCues("passport")
_INN_WEIGHTS_10 = (2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN_WEIGHTS_11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN_WEIGHTS_12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)


def maybe(text: str) -> bool:
    """Cheap: six digits close together (the cue is looked for by each finder); kept for the last text asked (the
    three finders' pre-checks ask it of each text in turn)."""
    last = _LAST_MAYBE[0]
    if last[0] is text:
        return last[1]
    found = facts(text).digits >= 6 and _SIX_DIGITS.search(text) is not None
    _LAST_MAYBE[0] = (text, found)
    return found


_LAST_MAYBE: list[tuple[str, bool]] = [("", False)]


def find_inn(text: str) -> Iterator[Span]:
    if _may_hold(text, _INN_WORDS):
        yield from _after(text, _INN_CUE, _INN_VALUE)


def find_snils(text: str) -> Iterator[Span]:
    if _may_hold(text, _SNILS_WORDS):
        yield from _after(text, _SNILS_CUE, _SNILS_VALUE)
    for match in _SNILS_FORMATTED.finditer(text) if "-" in text else ():
        if snils_valid(digits_of(match.group())):
            yield match.span()


def maybe_passport(text: str) -> bool:
    """Cheap: six digits close together (a Russian passport), or one (a Dutch number may hold just its last) and a
    passport cue."""
    return maybe(text) or (facts(text).digits >= 1 and _PASSPORT_GATE.maybe_in(text))


def find_passport(text: str) -> Iterator[Span]:
    # the Russian forms as before: where six digits are close together (the pre-check they always had)
    found = list(_after(text, _PASSPORT_CUE, _PASSPORT_VALUE)) if maybe(text) and _may_hold(text, _PASSPORT_WORDS) \
        else []
    yield from found
    if not _PASSPORT_GATE.maybe_in(text):
        return
    for hit in _PASSPORT_FOLDED.finditer(text):  # (the copy's matches: the cue as written is the text's)
        end = hit.end()
        if end < len(text) and text[end].isalpha() and text[end - 1].isalpha() and ord(text[end - 1]) < 0x3000:
            continue  # the cue starts a longer word
        sign = _NUMBER_SIGN.match(text, end)
        if sign is not None or (end < len(text) and text[end].isdigit() and text[end - 1].isalpha()):
            # "Паспорт №492603144": the number sign (NFKC makes "№" "No") glued to the number, or ending the cue
            end = sign.end() if sign is not None else end
            window = " " + text[end:end + _REACH]
        else:
            window = text[end - 1:end + _REACH]
        document = _document_in(window)
        if document is None and _dutch(text[hit.start():hit.end()]):
            dutch = _DUTCH_DOCUMENT.match(text, end)
            document = (dutch.start("number") - end + 1, dutch.end() - end + 1) if dutch is not None else None
        if document is not None:
            span = (end - 1 + document[0], end - 1 + document[1])
            if not any(s < span[1] and span[0] < e for s, e in found):
                found.append(span)
                yield span


def _dutch(cue: str) -> bool:
    """The cue is one of the Dutch table's (cues/passport.toml [nl])."""
    return cue.lower() in _DUTCH_CUES


_DUTCH_CUES = frozenset(cues.table("passport").before.get("nl", ()))


@lru_cache(maxsize=4096)
def _document_in(window: str) -> Span | None:
    """The passport number in the window after its first character (the cue's last), cached by window."""
    match = _DOCUMENT.search(window, 1)
    if match is None or not (sum(c.isdigit() for c in match.group()) >= 5 or _mixed(match.group())):
        return None
    return match.span()


def _mixed(token: str) -> bool:
    """Letters and digits mixed all along (`C4J9KL0R7`: three changes or more), not a word and a number
    (`UPDATED01`)."""
    return sum(a.isdigit() != b.isdigit() for a, b in itertools.pairwise(token)) >= 3


def _may_hold(text: str, words: tuple[str, ...]) -> bool:
    """One of the words is in the text's folded copy (where the copy differs from the text, yes: the pattern asks)."""
    copy = copy_for_patterns(text)
    return copy is None or any(word in copy for word in words)


def _after(text: str, cue: re.Pattern[str], value: re.Pattern[str]) -> Iterator[Span]:
    for hit in cue.finditer(text):
        match = value.search(text, hit.end(), min(len(text), hit.end() + _REACH))
        if match is not None:
            yield match.span()


def inn_valid(digits: str) -> bool:
    """The check digits of a 10-digit (organization) or 12-digit (person) INN."""
    def check(weights: tuple[int, ...]) -> int:
        return sum(w * int(d) for w, d in zip(weights, digits, strict=False)) % 11 % 10

    if len(digits) == 10:
        return check(_INN_WEIGHTS_10) == int(digits[9])
    if len(digits) == 12:
        return check(_INN_WEIGHTS_11) == int(digits[10]) and check(_INN_WEIGHTS_12) == int(digits[11])
    return False


def snils_valid(digits: str) -> bool:
    """The SNILS check number: the weighted sum of the first nine digits, modulo 101 (100 reads as 00)."""
    if len(digits) != 11:
        return False
    total = sum(int(d) * (9 - i) for i, d in enumerate(digits[:9]))
    check = total % 101
    return (0 if check == 100 else check) == int(digits[9:])
