"""A normalized copy of a string, with a map from every character of the copy back to the original.

Identifiers arrive disguised: percent-encoded once or twice (`john%2540example.com`), as HTML
entities (`john&#64;example.com`), as JSON escapes (`\\u0040`, `http:\\/\\/`), in full-width or
other Unicode digits and letters (`＋７ ９１６`), with zero-width characters, soft hyphens or bidi
marks inside. Detectors look at one plain copy instead of knowing every disguise; the redactor
then replaces the span of the ORIGINAL string that the copy's span came from, so what leaves the
pipeline is never the copy and never the identifier in any of its encodings.

Pure and cheap: a string with nothing to undo (the usual case: ASCII without '%', '&' or '\\')
is its own copy and pays one regex search.
"""

from __future__ import annotations

import codecs
import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

#: How many rounds of URL/HTML/JSON decoding a copy gets (double encoding is common, triple seen).
ROUNDS = 3

_NEEDS_WORK = re.compile(r"[^\x00-\x7f]|%[0-9A-Fa-f]{2}|&#?\w+;?|\\[u/\\\"x]", re.ASCII)
_PERCENT = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")
_JSON_ESCAPE = re.compile(r"\\u[dD][89abAB][0-9A-Fa-f]{2}\\u[dD][c-fC-F][0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}"
                          r"|\\x[0-9A-Fa-f]{2}|\\[/\\\"nrt]")
_JSON_SIMPLE = {"\\/": "/", "\\\\": "\\", '\\"': '"', "\\n": "\n", "\\r": "\r", "\\t": "\t"}
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
#: Characters that print as nothing: zero-width, soft hyphen, BOM, bidi controls, word joiners.
_INVISIBLE = frozenset("\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e\u200b\u200c\u200d"
                       "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067"
                       "\u2068\u2069\u206a\u206b\u206c\u206d\u206e\u206f\u3164\ufeff\uffa0")

# one piece of replacement: the text and where in the match it came from (relative offsets), or a plain
# string that came from the whole match
Piece = tuple[str, int, int]
Replace = Callable[[re.Match[str]], "str | list[Piece] | None"]


@dataclass(frozen=True, slots=True)
class Normalized:
    """The detectors' copy of a string: `text`, and for each of its characters the original span it came from."""

    original: str
    text: str
    starts: tuple[int, ...] | None  # None: the copy is the original, character for character
    ends: tuple[int, ...] | None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original string that the copy's [start, end) came from."""
        if self.starts is None or self.ends is None:
            return start, end
        return self.starts[start], self.ends[end - 1]


def normalize(value: str) -> Normalized:
    """The normalized copy of `value` (see the module docstring for what is undone)."""
    plain = "%" not in value and "&" not in value and "\\" not in value
    if (plain and (value.isascii() or not _folds_any(value))) \
            or not _NEEDS_WORK.search(value):  # each branch of `_NEEDS_WORK` needs one of these
        return Normalized(value, value, None, None)
    text = value
    starts = list(range(len(value)))
    ends = list(range(1, len(value) + 1))
    for _ in range(ROUNDS):
        before = text
        for pattern, replace in ((_PERCENT, _percent), (_ENTITY, _entity), (_JSON_ESCAPE, _json_escape)):
            if (pattern is _PERCENT and "%" not in text) or (pattern is _ENTITY and "&" not in text) \
                    or (pattern is _JSON_ESCAPE and "\\" not in text):
                continue
            text, starts, ends = _apply(text, starts, ends, pattern, replace)
        if text == before:
            break
    if not text.isascii() and _folds_any(text):
        text, starts, ends = _apply(text, starts, ends, _NON_ASCII, _unicode)
    if text == value and starts == list(range(len(value))):
        return Normalized(value, value, None, None)
    return Normalized(value, text, tuple(starts), tuple(ends))


def _folds_any(text: str) -> bool:
    """Some non-ASCII character of the text is changed by `_fold` (most are not: letters of other scripts, accented
    ones): asked of its distinct characters, so a text that needs none of it skips the walk over its characters; and
    first, in one C loop, whether every character is one already known to need none (`_KEPT`: most texts)."""
    if _KEPT.issuperset(text):
        return False
    return any(char > "\x7f" and _fold(char) is not None for char in set(text).difference(_KEPT))


def _apply(text: str, starts: list[int], ends: list[int], pattern: re.Pattern[str],
           replace: Replace) -> tuple[str, list[int], list[int]]:
    out: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    pos = 0
    for match in pattern.finditer(text):
        replacement = replace(match)
        if replacement is None:
            continue
        a, b = match.span()
        out.append(text[pos:a])
        new_starts.extend(starts[pos:a])
        new_ends.extend(ends[pos:a])
        if isinstance(replacement, str):
            replacement = [(replacement, 0, b - a)]
        for piece, rel_start, rel_end in replacement:
            out.append(piece)
            new_starts.extend([starts[a + rel_start]] * len(piece))
            new_ends.extend([ends[a + rel_end - 1]] * len(piece))
        pos = b
    if not out:
        return text, starts, ends
    out.append(text[pos:])
    new_starts.extend(starts[pos:])
    new_ends.extend(ends[pos:])
    return "".join(out), new_starts, new_ends


def _percent(match: re.Match[str]) -> list[Piece] | None:
    """A run of %XX decoded as UTF-8, each character mapped to its own bytes (undecodable bytes kept as written,
    and control characters too: `%00@example.com` is an address whose local part is `%00`, not a NUL)."""
    run = match.group()
    data = bytes.fromhex(run.replace("%", ""))
    decoder = codecs.getincrementaldecoder("utf-8")(errors="strict")
    pieces: list[Piece] = []
    first = 0
    try:
        for i in range(len(data)):
            char = decoder.decode(data[i:i + 1])
            if char:
                if (char < " " and char not in "\t\n\r") or char == "\x7f":
                    char = run[first * 3:(i + 1) * 3]  # an encoded control character stays as written: `%00`
                pieces.append((char, first * 3, (i + 1) * 3))
                first = i + 1
    except UnicodeDecodeError:
        return None
    if first != len(data):
        return None
    return pieces


def _entity(match: re.Match[str]) -> str | None:
    decoded = html.unescape(match.group())
    return None if decoded == match.group() else decoded


def _json_escape(match: re.Match[str]) -> str | None:
    escape = match.group()
    simple = _JSON_SIMPLE.get(escape)
    if simple is not None:
        return simple
    if escape.startswith("\\x"):
        return chr(int(escape[2:], 16))
    code = int(escape[2:6], 16)
    if len(escape) == 12:  # a surrogate pair
        return chr(0x10000 + ((code - 0xD800) << 10) + (int(escape[8:12], 16) - 0xDC00))
    return None if 0xD800 <= code < 0xE000 else chr(code)


def _unicode(match: re.Match[str]) -> str | None:
    """One non-ASCII character: invisible ones removed, compatibility forms (full-width) folded by NFKC,
    decimal digits of any script made ASCII, exotic spaces made a space."""
    return _fold(match.group())


_FOLDED: dict[str, str | None] = {}
_UNSEEN = "\x00unseen"
#: The characters `_folds_any` need not ask: ASCII, and the non-ASCII ones met that `_fold` leaves (as many as
#: `_FOLDED` holds at most).
_KEPT: set[str] = {chr(code) for code in range(128)}


def _fold(char: str) -> str | None:
    folded = _FOLDED.get(char, _UNSEEN)
    if folded != _UNSEEN:
        return folded
    if char in _INVISIBLE or unicodedata.category(char) == "Cf":
        result: str | None = ""
    else:
        digit = unicodedata.decimal(char, None)
        if digit is not None:
            result = str(digit)
        elif char.isspace():
            result = " "
        else:
            nfkc = unicodedata.normalize("NFKC", char)
            result = None if nfkc == char else nfkc
    if len(_FOLDED) < 65536:
        _FOLDED[char] = result
        if result is None:
            _KEPT.add(char)
    return result
