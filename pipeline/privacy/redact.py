"""Free-text redaction: every identifier the detectors find in a string is replaced by its kind's marker.

The orchestrator of pipeline/privacy/detectors/. For one string it:

1. skips it at once when it cannot hold anything (no digit, '@', '%', '&', '\\', ':', '=', no non-ASCII
   letter and no cue word: most strings pay one regex search);
2. builds a normalized copy with a map back to the original (pipeline/privacy/normalize.py: URL-decoding,
   HTML entities, JSON escapes, NFKC, invisible characters);
3. runs each registered detector whose cheap pre-check says it must, and a Base64 pass: a Base64 token
   whose decoded text holds an identifier goes whole. Only tokens that decode to real text count
   (`decode_base64_text`: printable characters of one script, never random bytes), never a hex digest, a UUID,
   a pseudonym or a version; and a checksum kind (IBAN, card, wallet...) found in decoded text counts only when
   the rest of that text is words, since a checksum passes by chance in short random text;
4. keeps the detections that do not overlap an earlier detector's (priority is the registry's order) and
   that are not look-alikes (UUIDs, versions), maps them to the ORIGINAL string and replaces them there.

What leaves is the original with its identifiers replaced: never the normalized copy, never an identifier in
any encoding, and the text around an identifier stays as written. Detections of repeated strings are cached.
`Redactor.counts` counts redactions by kind (a bounded set of labels: the detectors' kinds); matched values
are never logged or kept. `first_found` is the sink's leak check (consumers/leaks.py): the same detectors.
"""

from __future__ import annotations

import base64
import binascii
import ipaddress
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from pipeline.privacy import audience, rules
from pipeline.privacy.detectors import email, name, phone, secret, username
from pipeline.privacy.detectors._common import facts
from pipeline.privacy.detectors.card import is_card
from pipeline.privacy.detectors.phone import valid as valid_phone
from pipeline.privacy.normalize import normalize
from pipeline.privacy.registry import DETECTORS, KINDS, lookalikes

EMAIL = "[email]"
PHONE = "[phone]"
IP = "[ip]"
CARD = "[card]"
GEO = "[geo]"
SECRET = "[secret]"  # noqa: S105 - the marker that replaces a secret
NAME = "[name]"
IBAN = "[iban]"
INN = "[inn]"
SNILS = "[snils]"
PASSPORT = "[passport]"
MAC = "[mac]"
WALLET = "[wallet]"
BIRTH_DATE = "[birth_date]"

#: The marker of each kind.
MARKERS: dict[str, str] = {kind: f"[{kind}]" for kind in KINDS}

# words that may announce an identifier with no digit or '@' in sight: obfuscated emails, names after a cue,
# secrets (matched inside words too: db_password, apikey), Base64 and JWT tokens
_WORD_CUES = (r"at|dot|name|names|mr|mrs|ms|miss|dr|prof|dear|regards|sincerely|signed|call|born|dob|birth|birthday|"
              r"passport|customer|sender|recipient|author|patient|surname|fullname|firstname|lastname|contact|"
              r"i'm|i\s+am|this\s+is|mac|bssid|pw")
_INNER_CUES = r"pass|pwd|secret|token|key|auth|session|sid|cookie|credential|bearer|basic|digest|begin|_at_|-at-"
_INTERESTING = re.compile(rf"[\d@%&\\:=]|[^\x00-\x7f]|(?i:\b(?:{_WORD_CUES})\b|{_INNER_CUES})|ey[A-Za-z]|"
                          rf"{name.PRE_CHECK}|"
                          rf"{email.PRE_CHECK}|"
                          rf"{username.PRE_CHECK}|"
                          r"[0-9a-fA-F]{2}-[0-9a-fA-F]{2}-|sk-|xox|gh[pousr]_|[A-Za-z0-9+/]{16}")
# `_INTERESTING`'s characters alone, asked first: a digit, '@' or a non-ASCII character is in nearly every text worth
# reading, and one class is found by a tight loop of the engine, where the whole pattern tries each of its branches at
# every position before the first (some microseconds a message)
_INTERESTING_CHAR = re.compile(r"[\d@%&\\:=\x80-\U0010ffff]")
_BASE64 = re.compile(r"(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{16,}={0,2}(?![A-Za-z0-9+_-])")
# what every `_BASE64` match holds, found without its look-behind tried at every position (most text has no such run)
_BASE64_RUN = re.compile(r"[A-Za-z0-9+/_-]{16}")
_BASE64_KIND = re.compile(r"[0-9+/=]")
# tokens that are never Base64 of text: hex digests and UUIDs (only hex digits and dashes), the pipeline's own
# pseudonyms (`ps_` + 22 urlsafe characters of an HMAC)
_NOT_BASE64 = re.compile(r"[0-9A-Fa-f-]+|ps_[A-Za-z0-9_-]{22}")
# decoded text: printable ASCII and whitespace, or letters, marks, digits, punctuation and spaces of any script;
# no control, format, private-use or unassigned characters
_TEXT_CHAR = re.compile(r"[\x20-\x7e\t\n\r]|[^\W_]|[\u00a0-\u00bf\u2010-\u203a\u20ac\u2116]")
#: The kinds a decoded token may hold on its own: their shape is their proof. The checksum kinds (a card's Luhn,
#: an IBAN's mod 97, a wallet's Base58Check...) pass by chance in about one random string in ten to a hundred,
#: so in decoded text they count only when the rest of the text is words around them.
_SHAPE_KINDS = frozenset({"email", "secret", "phone", "ip", "name", "geo", "mac", "birth_date"})
_WORDS = re.compile(r"(?:[^\W\d_]+|[\s.,:;!?'\"()/#№=-])*")
_WORD_RUNS = re.compile(r"[^\W\d_]{2,}")
_CACHED_CHARS = 512
_MARKER = re.compile(r"\[(?:" + "|".join(KINDS) + r")\]")


@dataclass(frozen=True, slots=True)
class Detection:
    """An identifier found in a string: its span in the ORIGINAL string and its kind."""

    start: int
    end: int
    kind: str


def is_ip(text: str) -> bool:
    """True for an IPv4 or IPv6 address as written (no network, no port)."""
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def detect(value: str) -> tuple[Detection, ...]:
    """Every identifier in the string, in order, as spans of the string itself."""
    if len(value) <= _CACHED_CHARS:
        return _DETECT_CACHED[0](value)
    return _detect(value)


#: The cache of detections in use, and one for each audience and set of site rules met: a string's detections
#: depend on both, so each has its own (a worker holding two policy versions switches between them, and finds each
#: version's cache as it left it). At most 512 characters a string, 16,384 strings: a few MB each when full.
_DETECT_CACHED: list[Callable[[str], tuple[Detection, ...]]] = [lru_cache(maxsize=16384)(lambda value: _detect(value))]
#: By the identities of an audience and a set of rules (quicker to hash than the audience's languages), each kept
#: alive with its cache so that the identities stay theirs.
_DETECT_CACHES: dict[tuple[int, int], tuple[object, object, Callable[[str], tuple[Detection, ...]]]] = {
    (id(audience.current()), id(rules.current())): (audience.current(), rules.current(), _DETECT_CACHED[0])}


def _use_cache() -> None:
    """Detections are now read from the cache of the current audience and site rules (made when first met)."""
    people, site = audience.current(), rules.current()
    key = (id(people), id(site))
    found = audience.kept(_DETECT_CACHES, key,
                          lambda _: (people, site, lru_cache(maxsize=16384)(lambda value: _detect(value))))
    _DETECT_CACHED[0] = found[2]


audience.on_change(_use_cache)
rules.on_change(_use_cache)


def _detect(value: str) -> tuple[Detection, ...]:
    if _INTERESTING_CHAR.search(value) is None and not _INTERESTING.search(value):
        custom = rules.current().maybe
        if custom is None or not custom(value):
            return ()
    normalized = normalize(value)
    found = [(*normalized.span(s, e), k) for s, e, k in _find(normalized.text, decode_base64=True)]
    if "%" in value and normalized.text != value:
        # `%22@example.com` is an address as written (`%` is a valid local-part character), and decoded it is
        # not (`"@example.com`): text with percent escapes is also searched for addresses as written (found by
        # hypothesis), where the decoded text found nothing (there its detectors' priorities decided). And a
        # secret's value that decoding split, whole (`password=A%090000`: the decoded tab ended the value after one
        # character, no secret, found by hypothesis; in a URL-encoded value an escape never ends it): only such a
        # value, since a key=value detector would take the `%20****` of `password:%20****` for a secret
        taken = _Spans(found)
        found += [(s, e, k) for s, e, k in _find(value, decode_base64=False, kinds=_AS_WRITTEN)
                  if (_split_by_decoding(value[s:e]) if k == "secret"
                      else not taken.overlaps(s, e))]
    if not found:
        return ()
    detections: list[Detection] = []
    for start, end, kind in sorted(found):
        if detections and start < detections[-1].end:  # two spans that meet in one encoded character
            last = detections[-1]
            detections[-1] = Detection(last.start, max(last.end, end), last.kind)
            continue
        detections.append(Detection(start, end, kind))
    return tuple(detections)


#: The kinds whose values may hold a `%` as written (RFC 5322 allows it in an address's local part; a secret's value
#: may hold any character).
_AS_WRITTEN = frozenset({"email", "secret"})
#: What ends a secret's bare value once decoded (the secret detector's own rule): any space (`%20`, `%09`,
#: `%C2%A0`...), a line break, a quote, `&`, `;`, `,`, `<`, `>`.
_ENDS_A_VALUE = re.compile(f"[{secret.VALUE_ENDS}]")


def _split_by_decoding(written: str) -> bool:
    """A secret's value as written that decoding would cut in two (what it decodes to has a value's end inside, not
    only around it): `A%090000` is, `%20****` (a masked value after an encoded space) is not."""
    return _ENDS_A_VALUE.search(normalize(written).text.strip()) is not None


def _find(text: str, *, decode_base64: bool, kinds: frozenset[str] | None = None) -> list[tuple[int, int, str]]:
    """Spans in the normalized text with their kinds: each detector's (or only those of `kinds`), overlaps
    resolved by priority."""
    chosen: list[tuple[int, int, str]] = []
    protected: _Spans | None = None
    # the pipeline's own markers are no identifiers: "username: [name]" is clean (the sink's leak check re-reads it);
    # nor are they cues: "〒[phone] …丸の内100-2-5" must not make the block number after it a phone. The detectors read
    # the text with each marker's word blanked (same length, so every span still points into the text)
    markers = [m.span() for m in _MARKER.finditer(text)] if "[" in text else []
    marker_starts = [ms for ms, _ in markers]
    if markers:
        text = _MARKER.sub(lambda m: "[" + " " * (len(m.group()) - 2) + "]", text)
    site = rules.current().detectors
    digits = facts(text).digits
    for detector in (*site, *DETECTORS) if site else DETECTORS:  # the site's own first: they name what they find
        if digits < detector.digits or (kinds is not None and detector.kind not in kinds) or not detector.maybe(text):
            continue  # (a detector that needs more digits than the text has: its pre-check is not even called)
        spans = _merged(detector.find(text))
        if not spans:
            continue
        # a span is kept when no marker holds it, it overlaps no earlier detector's span and (for a detector that
        # yields to look-alikes) no look-alike: the look-alikes are found only when a span has passed the rest (a
        # username inside an address already taken never asks for them). A detector's own spans never overlap
        # (merged): each is held against the earlier detectors' only
        taken = _Spans(chosen) if chosen else None
        yields = detector.yields_to_lookalikes
        for start, end in spans:
            if markers:
                i = bisect_right(marker_starts, start) - 1  # markers are disjoint: only this one can hold the span
                if i >= 0 and end <= markers[i][1]:
                    continue
            if taken is not None and taken.overlaps(start, end):
                continue
            if yields:
                if protected is None:
                    protected = _Spans(lookalikes(text))
                if protected.overlaps(start, end):
                    continue
            chosen.append((start, end, detector.kind))
    if decode_base64 and len(text) >= 16 and _BASE64_RUN.search(text) is not None:
        # Base64 tokens never overlap each other, and one part of each at most is taken: each part is held against
        # the detectors' spans only
        taken = None
        for match in _BASE64.finditer(text):
            if _NOT_BASE64.fullmatch(match.group()):
                continue  # a hex digest, a UUID, a pseudonym
            if taken is None:
                taken = _Spans(chosen)
            for start, end in _base64_parts(match):
                if not taken.overlaps(start, end):
                    kind = _base64_kind(text[start:end])
                    if kind is not None:
                        if protected is None:
                            protected = _Spans(lookalikes(text))
                        if protected.overlaps(start, end):
                            continue  # a version or a digest is no Base64
                        chosen.append((start, end, kind))
                        break
    return chosen


class _Spans:
    """A fixed set of spans, asked whether a span overlaps any of them: a bisection, not a comparison with each (a
    text of thousands of detections, "name: a name: a ...", would otherwise cost quadratic time; issue 23)."""

    __slots__ = ("_reach", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int] | tuple[int, int, str]]) -> None:
        ordered = sorted((span[0], span[1]) for span in spans)
        self._starts = [start for start, _ in ordered]
        self._reach = list(accumulate((end for _, end in ordered), max))  # the furthest end up to each start

    def overlaps(self, start: int, end: int) -> bool:
        """Some span (s, e) of the set has s < end and start < e."""
        i = bisect_left(self._starts, end)
        return i > 0 and self._reach[i - 1] > start


def _merged(spans: object) -> list[tuple[int, int]]:
    """One detector's spans, sorted, with overlapping ones joined (its own finders may overlap)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):  # type: ignore[call-overload]
        if end <= start:
            continue  # empty
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _base64_parts(match: re.Match[str]) -> list[tuple[int, int]]:
    """The token, and when it holds '/', each part between them long enough to be a token of its own
    (a path: /docs/am9obkBleGFtcGxlLmNvbQ==/view)."""
    parts = [match.span()]
    if "/" in match.group():
        offset = match.start()
        for piece in match.group().split("/"):
            if len(piece) >= 16:
                parts.append((offset, offset + len(piece)))
            offset += len(piece) + 1
    return parts


@lru_cache(maxsize=4096)
def _base64_kind(token: str) -> str | None:
    """The kind of the first identifier inside a Base64 token's decoded text, if it decodes to real text at all."""
    if _NOT_BASE64.fullmatch(token) or (not _BASE64_KIND.search(token) and token.isalpha()):
        return None  # a digest, a UUID, a pseudonym; a long word (Base64 of text nearly always has a digit, '+', '/'
        # or padding)
    decoded = decode_base64_text(token)
    if decoded is None:
        return None
    inner = normalize(decoded).text
    for start, end, kind in sorted(_find(inner, decode_base64=False)):
        if _bare_phone(kind, inner[start:end]):
            if phone.has_cue(inner):
                return kind
        elif kind in _SHAPE_KINDS or _words_around(inner, start, end):
            return kind
    return None


rules.on_change(_base64_kind.cache_clear)  # a decoded token may hold a site's own kind


def decode_base64_text(token: str) -> str | None:
    """The text a Base64 (standard or urlsafe) token encodes, or None when it encodes no real text.

    Real text is valid UTF-8 of printable characters only (printable ASCII and whitespace, or the letters, digits,
    punctuation and spaces of a script: no control, format, private-use or unassigned character) with at least two
    letters in a row, the non-ASCII letters all of one script. Random bytes nearly never qualify: each byte of
    them is printable ASCII with a chance of 95 in 256, so the 12 bytes of the shortest token (16 characters)
    pass with a chance of about 1 in 150,000, and multi-byte letters are rarer still."""
    body = token.rstrip("=")
    if len(body) % 4 == 1:
        return None
    padded = body + "=" * (-len(body) % 4)
    try:
        raw = base64.b64decode(padded.replace("-", "+").replace("_", "/"), validate=True)
        decoded = raw.decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    if not decoded or not all(_TEXT_CHAR.match(ch) for ch in decoded) or not _WORD_RUNS.search(decoded):
        return None
    if not decoded.isascii() and len({_script(ch) for ch in decoded if ch.isalpha() and not ch.isascii()}) > 1:
        return None  # letters of several scripts at once: random bytes, not text
    return decoded


def _script(char: str) -> str:
    """The script of a letter, by the first word of its Unicode name (LATIN, CYRILLIC, GREEK, CJK...)."""
    return unicodedata.name(char, "?").split(" ", 1)[0]


def _bare_phone(kind: str, found: str) -> bool:
    """A phone without its '+': random bytes decode to such a run now and then ("MDEtMDAwMDA0JmFh" is
    "01-000004&aa", a fixed line in Genoa; hypothesis finds one every few thousand tokens, with letters or a word
    beside it), so inside Base64 it needs a phone word in the decoded text ("tel 010 00004", "phone: …")."""
    return kind == "phone" and "+" not in found


def _words_around(text: str, start: int, end: int) -> bool:
    """The decoded text is the identifier plus words: what is left around it is letters, digits, spaces and
    ordinary punctuation, with a word of letters or nothing at all ("card 4111 1111 1111 1111", an IBAN alone)."""
    rest = text[:start] + " " + text[end:]
    return _WORDS.fullmatch(rest) is not None and (not rest.strip() or _WORD_RUNS.search(rest) is not None)


def first_found(value: str) -> str | None:
    """The kind of the first identifier in the string, without rewriting it (the sink's leak check). A value the
    site allows (`[privacy] allow_values`) is none; a kind switched off still is."""
    site = rules.current()
    for found in detect(value):
        if not site.allows(value[found.start:found.end]):
            return found.kind
    return None


class Redactor:
    """Replaces identifiers in text with their markers and counts them by kind."""

    __slots__ = ("counts",)

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()

    def text(self, value: str) -> str:
        """The string with every identifier replaced by its marker, such as [email]; the rest as written."""
        detections = detect(value)
        if not detections:
            return value
        out: list[str] = []
        pos = 0
        counts = self.counts
        site = rules.current()
        for found in detections:
            kind = found.kind
            marker = MARKERS.get(kind) or f"[{kind}]"
            if site.active:  # the site's own rules (pipeline/privacy/rules.py): off, allowed, pseudonym, drop
                written = value[found.start:found.end]
                action = site.actions.get(kind, "redact")
                if action == "off" or site.allows(written):
                    continue
                if action == "drop_event":
                    raise rules.DropEvent(kind)
                if action == "pseudonymize":
                    marker = site.pseudonym(kind, written)
            out.append(value[pos:found.start])
            out.append(marker)
            counts[kind] += 1
            pos = found.end
        out.append(value[pos:])
        return "".join(out)

    def integer(self, value: int) -> int | str:
        """A number in free text is redacted like its digits: a phone or card number can arrive unquoted.

        10 to 12 digits are read as a phone (numbers that long are rarely anything else in an event);
        13 to 19 as a card when a scheme and Luhn agree, else as a phone when libphonenumber calls it valid
        internationally; millisecond and microsecond timestamps stay."""
        if -10**9 < value < 10**9:
            return value
        digits = str(abs(value))
        if len(digits) <= 12:
            self.counts["phone"] += 1
            return PHONE
        if len(digits) <= 19 and is_card(digits):
            self.counts["card"] += 1
            return CARD
        if len(digits) <= 15 and valid_phone("+" + digits):
            self.counts["phone"] += 1
            return PHONE
        return value
