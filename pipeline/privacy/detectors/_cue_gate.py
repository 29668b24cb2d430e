"""Cue phrases found on a text's folded lowercase copy: a cheap yes/no for the detectors' `maybe()` (`CueGate`), and
the full case-insensitive patterns' own matches, faster (`FoldedCues` for a kind's cue file, `FoldedPattern` for a
pattern written in a detector). Pure.

The full cue pattern (`cues.compiled`) is case-insensitive and starts with a look-behind: Python's `re` pays for
both at every position (some microseconds on a sentence). Here a kind's phrases are looked for on the text's
lowercase copy instead: one scan of the copy finds where the phrases of every kind may start (`_cue_scan`, an
Aho-Corasick automaton), and a kind's pattern, case-sensitive, is tried only there. The gate says yes where the scan
found a place for one of the kind's phrases: it may say yes where the full pattern says no, never no where it says
yes:

- the copy is `facts(text).lower` for ASCII text (computed once for every detector), `str.lower()` otherwise;
- case-insensitive matching equates a few letters that `str.lower()` keeps apart (dotless ı with I and i, long ſ
  with s, final ς with σ, µ with μ, the Greek symbol variants ϐ ϑ ϰ ϖ ϱ ϕ ϵ, ẛ with ṡ, old Cyrillic ᲀ-ᲈ; and İ,
  whose `lower()` is two characters): phrases and copy are folded alike onto one letter of each group (`_FOLD`,
  from `re`'s own table of such letters). The copy keeps the text's length and which of its characters are letters
  and digits, so `folded_cues` can run a kind's full cue pattern on it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.privacy import cues
from pipeline.privacy.audience import Audience, PerAudience
from pipeline.privacy.detectors import _cue_scan
from pipeline.privacy.detectors._common import facts


def _fold_table() -> dict[int, str]:
    """Each letter that case-insensitive matching equates with others beyond their lowercase, onto the smallest of
    its group: `re`'s own table (`re._casefix`, Python 3.11+) where there is one, the letters above otherwise."""
    try:
        from re._casefix import _EXTRA_CASES as extra  # type: ignore[import-not-found,unused-ignore]
    except ImportError:  # pragma: no cover - older Pythons: the groups of sre_compile._ignorecase_fixes
        extra = {ord(a): (ord(b),) for a, b in ("iı", "sſ", "µμ", "βϐ", "εϵ", "θϑ", "κϰ", "πϖ", "ρϱ", "ςσ", "φϕ", "ṡẛ")}
    groups: dict[int, set[int]] = {}
    for key, others in extra.items():
        group = {key, *others}
        for member in list(group):
            group |= groups.get(member, set())
        for member in group:
            groups[member] = group
    # onto a letter of the group (Greek iota's group holds the combining ypogegrammeni, U+0345, the smallest): a letter
    # stays a letter, so a look-behind for one answers on the copy as on the text
    first = {member: min((m for m in group if chr(m).isalnum()), default=min(group))
             for member, group in groups.items()}
    table = {member: chr(rep) for member, rep in first.items() if member != rep}
    table[0x212A] = "k"  # the Kelvin sign: `lower()` makes it k already; kept for phrases written with it
    return table


_FOLD = _fold_table()
_NEEDS_FOLD = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_FOLD)) + "]")
_DOTTED_I = {0x130: "i"}
_LAST: list[tuple[str, str]] = [("", "")]


def folded(text: str) -> str:
    """The text's lowercase copy, folded (see the module's docstring); kept for the last string asked."""
    lower = facts(text).lower
    if lower is not None:
        return lower
    last = _LAST[0]
    if last[0] is text:
        return last[1]
    copy = (text.translate(_DOTTED_I) if "\u0130" in text else text).lower()
    if _NEEDS_FOLD.search(copy) is not None:
        copy = copy.translate(_FOLD)
    _LAST[0] = (text, copy)
    return copy


class CueGate:
    """The full cue pattern of a kind and its gate: whether the one scan of the text for every kind's phrases
    (`_cue_scan`) found a place where one of them may start."""

    __slots__ = ("full", "sets")

    def __init__(self, kind: str, which: str = "before", *, also: str | None = None) -> None:
        """`full` is the kind's `which` phrases (before or after); the gate holds those and, when given, the `also`
        ones: one question answers for both."""
        self.full = cues.compiled(kind, which)
        self.sets = tuple(_cue_scan.register(kind, w, _fold_phrase) for w in (which, *((also,) if also else ())))

    def maybe_in(self, text: str) -> bool:
        """Whether a cue may be in the text (never False where the full pattern finds one: every place where it
        matches is a place of the scan)."""
        if _LETTERLESS_FOLD in text:  # the copy differs from the text there (see below): yes, the patterns decide
            return True
        found = _cue_scan.every_start(folded(text))
        return any(found[number] for number in self.sets)


def _fold_phrase(phrase: str) -> str:
    """A cue phrase as the copy of a text writes it (lowercase, folded)."""
    return phrase.lower().translate(_FOLD)


class FoldedCues:
    """A kind's full cue pattern (`cues.compiled`), run on the `folded` copy of a text: its phrases folded alike and
    matched case-sensitively, with the same look-behind and spaces. It finds exactly the matches the full pattern
    finds on the text (the copy has the text's length, and its letters where the text has letters), several times
    as fast: the pattern is tried only where the one scan of the copy for every kind's phrases (`_cue_scan`) found
    one of this kind's may start, anchored there, instead of case-insensitively at every position. The matches are
    the copy's, so their text is lowercase."""

    __slots__ = ("fast", "full", "number")

    def __init__(self, kind: str, which: str = "before") -> None:
        self.full = cues.compiled(kind, which)
        self.number = _cue_scan.register(kind, which, _fold_phrase)

        def build(audience: Audience) -> re.Pattern[str]:
            phrases = sorted({_fold_phrase(p) for p in cues.table(kind).phrases(audience, which)})
            return re.compile(cues.phrase_pattern(tuple(phrases)))

        self.fast = PerAudience(build)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """`cues.compiled(kind, which).get().finditer(text)`, faster (matches of the lowercase copy)."""
        if _LETTERLESS_FOLD in text:  # the one character the copy makes a letter (it folds as iota): as written
            return self.full.get().finditer(text)
        copy = folded(text)
        return self._at(self.fast.get(), copy, _cue_scan.starts(copy, self.number))

    @staticmethod
    def _at(pattern: re.Pattern[str], copy: str, places: list[int]) -> Iterator[re.Match[str]]:
        # `pattern.finditer(copy)`: every match starts at one of the places (ascending), none inside the one before
        reached = 0
        for at in places:
            if at < reached:
                continue
            match = pattern.match(copy, at)
            if match is not None:
                reached = match.end()
                yield match

    def search(self, text: str) -> re.Match[str] | None:
        """`cues.compiled(kind, which).get().search(text)`, faster (a match of the lowercase copy)."""
        return next(self.finditer(text), None)

    def maybe_in(self, text: str) -> bool:
        """Whether `search` may find a cue, never False where it does, cheaper still: the scan found a place where
        one of the kind's phrases may start."""
        if _LETTERLESS_FOLD in text:
            return self.full.get().search(text) is not None
        return bool(_cue_scan.starts(folded(text), self.number))

    def places(self, copy: str) -> list[int]:
        """Where, ascending, one of the kind's phrases may start in `copy`, a text's `copy_for_patterns` (not None):
        every match of the full pattern, and of any pattern that starts with it, starts at one of them."""
        return _cue_scan.starts(copy, self.number)


def none_in(text: str, cues: tuple[FoldedCues, ...]) -> bool:
    """No match of any of these kinds' full cue patterns can be in the text (the one scan found no place where a
    phrase of theirs may start): one look at the scan for them all, where each `maybe_in` asks it again. False may
    be wrong (their `search` decides), True never is."""
    if _LETTERLESS_FOLD in text:
        return False
    found = _cue_scan.every_start(folded(text))
    return all(not found[cue.number] for cue in cues)


class FoldedPattern:
    """A case-insensitive pattern whose letters are all lowercase and folded (`folded` leaves them as they are), run
    case-sensitively on the `folded` copy of a text: the same spans as the pattern run case-insensitively on the text,
    faster (see `FoldedCues`)."""

    __slots__ = ("fast", "full")

    def __init__(self, pattern: str, *, fold: bool = False) -> None:
        """`fold`: the pattern's letters are lowercase, folded here (Greek mu as written, not the micro sign)."""
        if fold:
            pattern = pattern.translate(_FOLD)  # letters only: an escape's (`\\W`) is ASCII, left as it is
        if not _is_folded(pattern):
            raise ValueError(f"a folded pattern is written in lowercase, folded: {pattern!r}")
        self.full = re.compile(pattern, re.IGNORECASE)
        self.fast = re.compile(pattern)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if _LETTERLESS_FOLD in text:
            return self.full.finditer(text)
        return self.fast.finditer(folded(text))

    def search(self, text: str) -> re.Match[str] | None:
        if _LETTERLESS_FOLD in text:
            return self.full.search(text)
        return self.fast.search(folded(text))

    def search_slice(self, text: str, copy: str | None, start: int, end: int) -> bool:
        """Whether `full.search(text[start:end])` finds a match (the slice alone: no look-behind sees before it), on
        the slice of `copy`, the text's `copy_for_patterns`, asked once for the text: a detector trying many short
        places of one text does not scan the whole text again for each."""
        if copy is None:
            return self.full.search(text[start:end]) is not None
        return self.fast.search(copy[start:end]) is not None

    def search_between(self, text: str, copy: str | None, start: int, end: int) -> bool:
        """Whether `full.search(text, start, end)` finds a match (look-behinds see before `start`), on `copy` (see
        `search_slice`)."""
        if copy is None:
            return self.full.search(text, start, end) is not None
        return self.fast.search(copy, start, end) is not None


def copy_for_patterns(text: str) -> str | None:
    """The `folded` copy of the text a `FoldedPattern` runs on, or None when the text holds the one character the copy
    makes a letter (the pattern then runs as written on the text)."""
    return None if _LETTERLESS_FOLD in text else folded(text)


def _is_folded(pattern: str) -> bool:
    """Every letter of the pattern but an escape's (`\\W`, `\\S`) is lowercase and left as it is by the fold."""
    escaped = False
    for char in pattern:
        if not escaped and (char != char.lower() or char.translate(_FOLD) != char):
            return False
        escaped = not escaped and char == "\\"
    return True


#: The combining ypogegrammeni: case-insensitive matching equates it with iota, so the copy folds it onto that letter;
#: a look-behind for a letter would then differ on the copy.
_LETTERLESS_FOLD = "\u0345"
