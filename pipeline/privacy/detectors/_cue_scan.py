"""One scan of a text for the cue phrases of every kind at once: where each kind's phrases may start. Pure.

Each cue kind used to search the whole text with its own pattern (a trie of its phrases, case-sensitive on the
folded copy, `_cue_gate`): a dozen kinds, a dozen passes, each trying its trie after every character that is no
letter or digit (and at every character where a script written without spaces is present). Here the phrases of
every kind registered (`register`) are keys of one Aho-Corasick automaton (pyahocorasick, C), built once per
audience; the folded copy of a text is scanned once, and each kind reads only the places its phrases start
(`starts`). The kind's own pattern then confirms each place with one anchored `match`, so what a kind finds is exactly
what its pattern finds scanning the whole text (`_cue_gate.FoldedCues`): the scan only says where to look.

Why the places are all there (no match is missed):

- a phrase of a script written with spaces matches `\\s+` where it has a space: the scan reads the copy with every
  run of white space written as one space (`_spaced`), and the phrase's key is the phrase with single spaces, so
  each match of the pattern is an occurrence of the key there, mapped back to the copy's offsets;
- a phrase of a script written without spaces matches `\\s*` where it has a space: its key is the part before its
  first space, literal in any match;
- keys are folded as the copy is (`_cue_gate._FOLD`, lowercase): the same characters the patterns compare.

A spaced phrase starts only at the text's start or after a character that is no letter or digit (the patterns'
look-behind): places inside a word are dropped here already. Linear time: the automaton reads each character once,
and reports each key ending at a place once (at most the number of distinct key lengths per character).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

import ahocorasick

from pipeline.privacy import cues
from pipeline.privacy.audience import Audience, PerAudience

#: The phrase sets registered: (cue kind, which phrases: "before" or "after"), and how a phrase is folded (given by
#: the first to register: `_cue_gate` folds every phrase the same way).
_SETS: list[tuple[str, str]] = []
_FOLDERS: list[Callable[[str], str]] = []
_WHITE_RUN = re.compile(r"\s+")
# white space other than the space
_OTHER_WHITE = re.compile(r"[^\S ]")


def register(kind: str, which: str, fold: Callable[[str], str]) -> int:
    """The number of a kind's phrase set in every scan (the same number for the same set, registered once)."""
    key = (kind, which)
    if key in _SETS:
        return _SETS.index(key)
    _SETS.append(key)
    _FOLDERS.append(fold)
    return len(_SETS) - 1


class _Automaton:
    """The automaton of every registered set's keys for one audience (rebuilt when a set is registered after it)."""

    __slots__ = ("automaton", "sets")

    def __init__(self, audience: Audience) -> None:
        self.sets = len(_SETS)
        keys: dict[str, set[tuple[int, bool]]] = {}
        for number, (kind, which) in enumerate(_SETS):
            fold = _FOLDERS[number]
            for phrase in cues.table(kind).phrases(audience, which):
                folded = fold(" ".join(phrase.split()))
                if not folded:
                    continue
                spaced = not cues.unspaced(folded)
                key = folded if spaced else folded.split(" ", 1)[0]
                keys.setdefault(key, set()).add((number, spaced))
        automaton = quick_automaton({key: (len(key), tuple(sorted(entries))) for key, entries in keys.items()},
                                    (2, ()))
        self.automaton = automaton if keys else None


def quick_automaton(keys: Mapping[str, object], filler: object) -> ahocorasick.Automaton:
    """An automaton of the keys (with their values) that reports what any automaton of them reports, in a few
    comparisons a character read instead of hundreds: pyahocorasick finds a node's child by reading its children one
    by one in the order they were added, and the root's (a child for each first character of a key, hundreds for
    forty languages) are read for nearly every character of a text. So the characters that start no key but fill
    every text (space, digits, punctuation) are made the root's first children, each by a key of it and a character
    no text holds (`filler` its value: what such a key would report, never met), and the keys are added most common
    characters first (half the scan's time)."""
    automaton = ahocorasick.Automaton()
    for char in _FILLERS:
        automaton.add_word(char + _NO_CHARACTER, filler)
    common = Counter(char for key in keys for char in key)
    for key in sorted(keys, key=lambda key: ([-common[char] for char in key], key)):
        automaton.add_word(key, keys[key])
    automaton.make_automaton()
    return automaton


#: The characters of every text that start no key, for the root's first children (`quick_automaton`), and the
#: character after each in its key (a noncharacter: no text holds it).
_FILLERS = " 0123456789.,:-/()'\"@+\n"
_NO_CHARACTER = "\uffff"

_AUTOMATA: PerAudience[list[_Automaton]] = PerAudience(lambda audience: [_Automaton(audience)])
_LAST: list[tuple[str, object, Sequence[list[int]]]] = [("", None, ())]


def starts(copy: str, number: int) -> list[int]:
    """Where, in ascending order, a phrase of the set `number` may start in the folded copy of a text: every place
    where its pattern matches is among them (see the module's docstring); a spaced phrase's only at a word start."""
    return every_start(copy)[number]


def every_start(copy: str) -> Sequence[list[int]]:
    """`starts` of every set registered, by the set's number (one scan of the copy, kept for the last copy asked)."""
    held = _AUTOMATA.get()
    last = _LAST[0]
    if last[0] is copy and last[1] is held[0] and len(last[2]) == len(_SETS):
        return last[2]
    if held[0].sets != len(_SETS):  # a set registered after the automaton was built (an import made later)
        held[0] = _Automaton(_current_audience())
    found = _scan(copy, held[0].automaton)
    _LAST[0] = (copy, held[0], found)
    return found


#: The places of a set the scan found none of (most sets in most texts): one list for them all, never written (a list
#: for each set and text cost more than the scan of a short text)
_NO_PLACES: list[int] = []


def _scan(copy: str, automaton: ahocorasick.Automaton | None) -> list[list[int]]:
    found: list[list[int]] = [_NO_PLACES] * len(_SETS)
    if automaton is None or not copy:
        return found
    text, runs, shifts = _spaced(copy)
    unordered = False
    for end, (length, entries) in automaton.iter(text):
        at = end - length + 1
        if runs:  # back to the copy's offsets: each run of white space before `at` was written as one space
            at += shifts[bisect_right(runs, at) - 1] if at >= runs[0] else 0
        word_start = at == 0 or not copy[at - 1].isalnum()
        for number, spaced in entries:
            if spaced and not word_start:
                continue
            places = found[number]
            if places is _NO_PLACES:
                places = found[number] = []
            elif places[-1] >= at:
                unordered = True
            places.append(at)
    if unordered:  # keys of different lengths end in order, not start in order
        found = [sorted(set(places)) for places in found]
    return found


def _spaced(copy: str) -> tuple[str, list[int], list[int]]:
    """The copy with each run of white space as one space; and where runs of two characters or more were shortened:
    the offsets (in the shortened text) after which `shifts` characters more lie before, in the copy."""
    # single spaces and line breaks (a sentence, a form message's lines): the same length, line breaks as spaces.
    # Asked with `str` methods (C loops): no "  " once line breaks are spaces, and no other white space (a printable
    # text has none: every white space character but the space is a separator or a control)
    single = copy.replace("\n", " ") if "\n" in copy else copy
    if "  " not in single and (single.isprintable() or _OTHER_WHITE.search(single) is None):
        return single, [], []
    runs: list[int] = []
    shifts: list[int] = []
    removed = 0
    for match in _WHITE_RUN.finditer(copy):
        width = match.end() - match.start()
        if width > 1:
            removed += width - 1
            runs.append(match.start() - removed + width)  # the first character after the run, shortened
            shifts.append(removed)
    return _WHITE_RUN.sub(" ", copy), runs, shifts


def _current_audience() -> Audience:
    from pipeline.privacy import audience

    return audience.current()
