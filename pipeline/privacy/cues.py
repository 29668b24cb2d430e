"""Cue phrases as data: what introduces a name, an address, a birth date, an identity document, a user name or a
password, per language, in `pipeline/privacy/cues/<kind>.toml` (one file a kind, one table a language).

A cue file reads:

    # sources: where the phrases come from (dictionaries, CLDR, official forms)
    [de]
    before = ["mein name ist", "ansprechpartner:"]   # the value follows the phrase
    after = []                                       # the value comes before the phrase (Japanese "です")

Phrases are matched case-insensitively on the normalized text, any run of spaces where the phrase has one, and
(for scripts written with spaces) only at a word start. They are compiled into one trie-shaped pattern per kind
and audience, so a text costs one pass whatever the number of phrases: linear in its length.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from pipeline.privacy.audience import Audience, PerAudience
from pipeline.privacy.detectors._common import literal_alternation

CUE_DIR = Path(__file__).with_name("cues")
# scripts written without spaces between words: a cue in them may follow any character
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


@dataclass(frozen=True, slots=True)
class CueTable:
    """One kind's phrases per language, as written in its file."""

    kind: str
    before: dict[str, tuple[str, ...]]
    after: dict[str, tuple[str, ...]]

    def phrases(self, audience: Audience, which: str = "before") -> tuple[str, ...]:
        table = self.before if which == "before" else self.after
        langs = audience.base_languages
        return tuple(sorted({p for lang, items in table.items() if lang in langs or lang == "*" for p in items}))

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(sorted(set(self.before) | set(self.after)))


@cache
def written(kind: str) -> dict[str, Any]:
    """A kind's cue file as written (its phrases not yet folded to lower case), read once; ValueError naming the file
    when it cannot be read."""
    path = CUE_DIR / f"{kind}.toml"
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ValueError(f"{path}: cannot read cue file: {exc}") from None


@cache
def table(kind: str) -> CueTable:
    """The cue table of a kind, read once; ValueError naming the file and the place on a malformed one."""
    path = CUE_DIR / f"{kind}.toml"
    data = written(kind)
    before: dict[str, tuple[str, ...]] = {}
    after: dict[str, tuple[str, ...]] = {}
    for lang, entry in data.items():
        if not isinstance(entry, dict) or not set(entry) <= {"before", "after", "source"}:
            raise ValueError(f"{path}: [{lang}] expected a table with before, after and source")
        for key, into in (("before", before), ("after", after)):
            items = entry.get(key, [])
            if not isinstance(items, list) or not all(isinstance(i, str) and i.strip() for i in items):
                raise ValueError(f"{path}: [{lang}].{key} expected a list of non-empty phrases")
            into[lang] = tuple(dict.fromkeys(form for i in items for form in _forms(_canonical(i))))
    return CueTable(kind, before, after)


def _canonical(phrase: str) -> str:
    """The phrase lowercase, its spaces single, without the format characters that normalization removes from every
    text (pipeline/privacy/normalize.py): a Persian phrase written with its zero-width non-joiner ("همسایه‌ام",
    "به‌روزرسانی") would otherwise never match."""
    if not phrase.isascii():
        phrase = "".join(ch for ch in phrase if unicodedata.category(ch) != "Cf")
    return " ".join(phrase.lower().split())


def _forms(phrase: str) -> tuple[str, ...]:
    """A label's colon written as each typography writes it: "nom:" and "nom :" (French puts a space before it), so a
    cue file need not list both."""
    if phrase[-1:] in (":", "："):
        bare = phrase[:-1].rstrip()
        return (f"{bare}{phrase[-1]}", f"{bare} {phrase[-1]}")
    return (phrase,)


def unspaced(phrase: str) -> bool:
    """The phrase is in a script written without spaces between words (it may start after any character)."""
    return _UNSPACED.match(phrase) is not None


def spaced_pattern(phrases: tuple[str, ...]) -> str:
    """A regex body matching any of the phrases (lowercase, of scripts written with spaces), any run of white space
    where a phrase has a space; without `phrase_pattern`'s look-behind."""
    return _spaces(literal_alternation(phrases), r"\s+")


def phrase_pattern(phrases: tuple[str, ...]) -> str:
    """A regex body matching any of the phrases (lowercase), any run of white space where a phrase has a space, at a
    word start unless the phrase is in a script written without spaces."""
    with_spaces = [p for p in phrases if not unspaced(p)]
    without_spaces = [p for p in phrases if unspaced(p)]
    parts = []
    if with_spaces:
        parts.append(r"(?<![^\W_])" + spaced_pattern(tuple(with_spaces)))
    if without_spaces:
        parts.append(_spaces(literal_alternation(without_spaces), r"\s*"))
    return "|".join(parts) if parts else r"(?!)"


def _spaces(pattern: str, space: str) -> str:
    """The pattern with each (escaped) space of its phrases as `space`: re.escape writes a space as "\\ "."""
    return pattern.replace("\\ ", " ").replace(" ", space)


def compiled(kind: str, which: str = "before") -> PerAudience[re.Pattern[str]]:
    """The kind's cue pattern for the process's audience, rebuilt when the audience changes."""
    return PerAudience(lambda audience: re.compile(phrase_pattern(table(kind).phrases(audience, which)),
                                                   re.IGNORECASE))
