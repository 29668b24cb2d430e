"""Small pure helpers the detectors share: check digits, cue proximity, span type."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

Span = tuple[int, int]


def for_the_last_text(question: Callable[[str], bool]) -> Callable[[str], bool]:
    """`question(text)`, its answer kept for the last text asked: a detector's `maybe` and `find` (and its several
    paths) ask the same search of the whole text in turn, microseconds each time."""
    last: list[tuple[str, bool]] = [("", False)]

    @functools.wraps(question)
    def asked(text: str) -> bool:
        if last[0][0] is text:
            return last[0][1]
        answer = question(text)
        last[0] = (text, answer)
        return answer

    return asked


# each ASCII digit doubled as Luhn doubles it (its digits summed): 0 2 4 6 8 1 3 5 7 9
_LUHN_DOUBLED = bytes.maketrans(b"0123456789", bytes(d * 2 - 9 if d > 4 else d * 2 for d in range(10)))


def luhn(digits: str) -> bool:
    """True when the digit string passes the Luhn (mod 10) check of card numbers, IMEIs and SNILS-like ids."""
    if digits.isascii() and digits.isdigit():  # the sums of the bytes, in C, instead of a loop a digit
        written = digits.encode()
        kept, doubled = written[::-1][::2], written[::-1][1::2]
        return (sum(kept) - 48 * len(kept) + sum(doubled.translate(_LUHN_DOUBLED))) % 10 == 0
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def after_cue(text: str, cue: re.Pattern[str], value: re.Pattern[str], reach: int = 40) -> Iterator[Span]:
    """Spans of `value` found within `reach` characters after each `cue` match (the value starts there)."""
    for hit in cue.finditer(text):
        match = value.match(text, hit.end(), min(len(text), hit.end() + reach))
        if match is None:
            match = value.search(text, hit.end(), min(len(text), hit.end() + reach))
        if match is not None:
            yield match.span(match.lastindex or 0) if match.lastindex else match.span()


def digits_of(text: str) -> str:
    return "".join(ch for ch in text if "0" <= ch <= "9")


# --- what the detectors' pre-checks share, computed once a string -------------------------------------------------
#
# Python's `re` tries a pattern that starts with a look-behind or runs case-insensitively at every position of the
# text, at some tens of nanoseconds each: a dozen such pre-checks on every string cost tens of microseconds. The
# detectors first ask these cheap facts of the string (each a necessary condition of their own patterns), computed
# once for all of them, and run their patterns only when the facts allow a match.

_NON_DIGITS = re.compile(r"\D+")


class Facts:
    """Cheap facts of one string: `lower` is its ASCII lowercase copy when the string is ASCII (None otherwise:
    case-insensitive matching of non-ASCII text is not `str.lower()`'s), `digits` how many `\\d` it holds."""

    __slots__ = ("digits", "lower", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.lower = text.lower() if text.isascii() else None
        self.digits = len(_NON_DIGITS.sub("", text))


_LAST: list[Facts] = [Facts("")]


def facts(text: str) -> Facts:
    """The facts of `text`, kept for the last string asked (the detectors are asked one string at a time)."""
    last = _LAST[0]
    if last.text is text:
        return last
    found = Facts(text)
    _LAST[0] = found
    return found


def letter_led(alternatives: Iterable[str], not_after: str, after: str = "") -> str:
    """`(?<!{not_after})(?:{alternative}|...){after}` for regexes that each start with a letter (or another character
    that is no regex syntax), written as bare branches each led by its first letter, the look-behind after it
    (`(?<!{not_after}c)`, `not_after` one character): the engine skips at once to the next of their first letters,
    where a pattern led by a look-behind, or by a look-ahead for those letters, is tried at every position. The
    alternatives that start with the same letter keep their order: the same matches, tried in the same order."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        if not alternative or re.escape(alternative[0]) != alternative[0]:
            raise ValueError(f"an alternative led by a letter is wanted: {alternative!r}")
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return "|".join(f"{first}(?<!{not_after}{first})(?:{'|'.join(rests)}){after}" for first, rests in groups.items())


def literal_alternation(words: Iterable[str], *, bare: bool = False) -> str:
    """A regex matching any of the literal words, written as a trie ("pass|pin|pw" as "p(?:ass|in|w)"): Python's
    `re` then rejects a position on its first character instead of trying each word there. `bare`: its branches
    without the group around them ("p(?:ass|in|w)|s(?:id)"), to be joined with other branches that each start with a
    literal character: a pattern that is such branches alone is searched by skipping at once to the next of their first
    characters (`re` reads them as one class; a look-ahead for them leading the pattern is tried at every position)."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    if bare and "" not in trie:
        return "|".join(re.escape(char) + emit(child) for char, child in sorted(trie.items()))
    return emit(trie)
