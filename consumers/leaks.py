"""The sink's last look before S3: does a scrubbed record still carry something identifying?

The pipeline already removed identifying values; this second check runs on every record
the sink is about to archive. The canary marker (producers/canary.py) is looked for in the
whole record, so a policy that keeps a field it should not is caught whatever the field.
The pattern scan uses the redactor's own patterns (pipeline/privacy/redact.py) on every string
value and key, so it catches values in fields the scrubber never scanned (kept or
mis-treated fields), not values the patterns themselves miss; numbers are not scanned.
Shapes the pipeline itself writes are skipped: generalized networks (`203.0.113.0/24`,
never a /32 or /128, which is a full address), UUIDs (`event_id`) and event times.
"""

from __future__ import annotations

import re

import orjson

from pipeline.privacy import rules
from pipeline.privacy.redact import first_found
from pipeline.wire import CANARY_ACTION, CANARY_MARKER

_MARKER = CANARY_MARKER.encode()
_CANARY_ACTION = f'"name":"{CANARY_ACTION}"'.encode()
_WRITTEN_BY_PIPELINE = re.compile(
    r"\d{1,3}(?:\.\d{1,3}){3}/(?:[0-9]|[12][0-9]|3[01])"  # a generalized IPv4 network (not a /32)
    r"|[0-9a-fA-F:]+/(?:[0-9]|[1-9][0-9]|1[01][0-9]|12[0-7])"  # a generalized IPv6 network (not a /128)
    r"|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"  # a UUID
    r"|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z"  # an event time
    # a pseudonym (pipeline/pseudonyms.py Pseudonymizer: urlsafe Base64 of 16 bytes of an HMAC)
    r"|ps_[A-Za-z0-9_-]{22}"
)


#: Every string token of a JSON document, keys included, as written between its quotes (escapes and all). On a
#: valid document this finds exactly its strings: outside them there are no quotes.
_STRING_TOKEN = re.compile(rb'"([^"\\]*(?:\\.[^"\\]*)*)"', re.DOTALL)
#: The same shapes in a token as written (ASCII digits only: what this misses, `_scan` decodes and checks again).
_WRITTEN_BY_PIPELINE_AS_BYTES = re.compile(_WRITTEN_BY_PIPELINE.pattern.encode())
#: Tokens found clean. Hosts, paths, keys, route names and user agents recur in record after record: a set lookup
#: of the token as written replaces decoding it and calling `detect` (whose own cache holds the verdicts by decoded
#: text; the calls, not the detection, were the cost). Bounded: emptied when full.
_CLEAN: set[bytes] = set()
_CLEAN_MAX = 65_536
rules.on_change(_CLEAN.clear)  # a token clean under one policy's rules (an allowed value) may not be under another's


def _tokens(value: bytes) -> list[bytes]:
    """The record's string tokens in document order. Without a backslash before a quote, the quotes of a JSON
    document alternate opening and closing ones, so a split finds them (C speed); otherwise the full pattern."""
    if b'\\"' in value:
        return _STRING_TOKEN.findall(value)
    return value.split(b'"')[1::2]


def _scan(token: bytes) -> str | None:
    """The kind of the first identifier in one string token, or None; a clean token is remembered."""
    text = _decoded(token) if b"\\" in token else token.decode(errors="replace")
    # too short for any of the patterns (an IP or a phone needs 7 characters), or the pipeline's own shapes, which
    # are new in every record (not worth remembering)
    if len(text) < 7 and "@" not in text:
        kind = None
    elif _WRITTEN_BY_PIPELINE.fullmatch(text):
        return None
    else:
        kind = first_found(text)
    if kind is None:
        if len(_CLEAN) >= _CLEAN_MAX:
            _CLEAN.clear()
        _CLEAN.add(token)
    return kind


def _decoded(token: bytes) -> str:
    """A token with escapes as JSON decodes it; as written if it is not valid JSON (a record that only looks like
    JSON is still scanned)."""
    try:
        return str(orjson.loads(b'"' + token + b'"'))
    except orjson.JSONDecodeError:
        return token.decode(errors="replace")


def find_leak(value: bytes) -> str | None:
    """The kind of the first identifying value (in the record's order) found in a scrubbed record ("canary",
    "email", "phone", "ip", "card", "geo"), or None when it is clean.

    Every string of the record, key or value, is scanned as decoded JSON. The strings are cut out of the record's
    bytes rather than found by walking the parsed document, and those already found clean are skipped: most of
    a record (the walk, not detection, was most of the sink's time, issue 15)."""
    if _MARKER in value.lower():
        return "canary"
    if value[:1] != b"{":  # not an object the pipeline wrote: scanned whole, as text
        return first_found(value.decode(errors="replace"))
    # not parsed: a record that is not valid JSON has its quoted strings scanned all the same
    tokens = _tokens(value)
    clean = _CLEAN
    unknown = {token for token in tokens if token not in clean}  # cheaper than a set of all, then a difference
    shape = _WRITTEN_BY_PIPELINE_AS_BYTES.fullmatch  # event ids, times, networks, pseudonyms: new in every record
    found = [(tokens.index(token), kind) for token in unknown
             if shape(token) is None and (kind := _scan(token)) is not None]
    return min(found)[1] if found else None


def is_canary(value: bytes) -> bool:
    """A canary that came through clean (its action name is kept; its marked values are gone)."""
    return _CANARY_ACTION in value
