"""The sink's last look before S3: does a scrubbed record still carry something identifying?

The pipeline already removed identifying values; this second check runs on every record
the sink is about to archive. The canary marker (producers/canary.py) is looked for in the
whole record, so a policy that keeps a field it should not is caught whatever the field.
The pattern scan uses the redactor's own patterns (pipeline/redact.py) on every string
value and key, so it catches values in fields the scrubber never scanned (kept or
mis-treated fields), not values the patterns themselves miss; numbers are not scanned.
Shapes the pipeline itself writes are skipped: generalized networks (`203.0.113.0/24`,
never a /32 or /128, which is a full address), UUIDs (`event_id`) and event times.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import orjson

from pipeline.redact import first_found
from pipeline.wire import CANARY_ACTION, CANARY_MARKER

_MARKER = CANARY_MARKER.encode()
_CANARY_ACTION = f'"name":"{CANARY_ACTION}"'.encode()
_WRITTEN_BY_PIPELINE = re.compile(
    r"\d{1,3}(?:\.\d{1,3}){3}/(?:[0-9]|[12][0-9]|3[01])"  # a generalized IPv4 network (not a /32)
    r"|[0-9a-fA-F:]+/(?:[0-9]|[1-9][0-9]|1[01][0-9]|12[0-7])"  # a generalized IPv6 network (not a /128)
    r"|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"  # a UUID
    r"|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z"  # an event time
    # a pseudonym (pipeline/treatments.py Pseudonymizer: urlsafe Base64 of 16 bytes of an HMAC)
    r"|ps_[A-Za-z0-9_-]{22}"
)


def _strings(node: Any) -> Iterator[str]:
    """Every string value and key of a JSON document, depth first."""
    stack = [node]
    pop, push = stack.pop, stack.append
    while stack:
        item = pop()
        kind = type(item)
        if kind is str:
            yield item
        elif kind is dict:
            for key, value in item.items():
                yield key
                push(value)
        elif kind is list:
            stack.extend(item)


def _scan(text: str) -> str | None:
    """The string's verdict; `detect` remembers those of strings it has seen (hosts, paths and route names recur
    in every record)."""
    # too short for any of the patterns (an IP or a phone needs 7 characters), or the pipeline's own shapes
    if (len(text) < 7 and "@" not in text) or _WRITTEN_BY_PIPELINE.fullmatch(text):
        return None
    return first_found(text)


def find_leak(value: bytes) -> str | None:
    """The kind of the first identifying value found in a scrubbed record ("canary", "email", "phone",
    "ip", "card", "geo"), or None when it is clean."""
    if _MARKER in value.lower():
        return "canary"
    try:
        record = orjson.loads(value)
    except orjson.JSONDecodeError:
        return None  # not a leak to look for here; the pipeline writes JSON only
    for text in _strings(record):
        kind = _scan(text)
        if kind is not None:
            return kind
    return None


def is_canary(value: bytes) -> bool:
    """A canary that came through clean (its action name is kept; its marked values are gone)."""
    return _CANARY_ACTION in value
