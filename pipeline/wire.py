"""Wire format v1: the fields producers send to logs.raw, their JSON kinds, and which identify a person.

This is the contract between producers and the pipeline (docs/architecture.md, "Wire format
v1"). The policy file may only name fields listed here, so a typo in the policy is an error
at load time instead of a field that silently escapes its treatment. Keys not listed here
are allowed on the wire and handled as untrusted free text.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum


class Kind(Enum):
    """The JSON shape a field must have; anything else sends the event to the DLQ as wrong_type."""

    STRING = "string"
    INTEGER = "integer"
    NUMBER = "number"
    BOOLEAN = "boolean"
    OBJECT = "object"  # an object with known children (listed below)
    MAP = "map"  # an object with free keys: cookies, consent, properties
    STRING_LIST = "list of strings"
    ID = "string or integer"  # user ids arrive as either


SCHEMAS: frozenset[str] = frozenset({"request/1", "action/1"})
REQUIRED: tuple[str, ...] = ("schema", "event_id", "ts")

#: Every known field by its dotted path.
FIELDS: dict[str, Kind] = {
    "schema": Kind.STRING,
    "event_id": Kind.STRING,
    "ts": Kind.STRING,
    "service": Kind.STRING,
    "purposes": Kind.STRING_LIST,
    "consent": Kind.MAP,
    "request": Kind.OBJECT,
    "request.method": Kind.STRING,
    "request.host": Kind.STRING,
    "request.path": Kind.STRING,
    "request.query": Kind.STRING,
    "request.status": Kind.INTEGER,
    "request.bytes": Kind.INTEGER,
    "request.duration_ms": Kind.NUMBER,
    "request.referrer": Kind.STRING,
    "client": Kind.OBJECT,
    "client.ip": Kind.STRING,
    "client.forwarded_for": Kind.STRING_LIST,
    "client.user_agent": Kind.STRING,
    "client.accept_language": Kind.STRING,
    "client.cookies": Kind.MAP,
    "device": Kind.OBJECT,
    "device.type": Kind.STRING,
    "device.screen": Kind.STRING,
    "device.location": Kind.OBJECT,
    "device.location.lat": Kind.NUMBER,
    "device.location.lon": Kind.NUMBER,
    "device.location.country": Kind.STRING,
    "device.location.city": Kind.STRING,
    "user": Kind.OBJECT,
    "user.id": Kind.ID,
    "user.session_id": Kind.ID,
    "user.name": Kind.STRING,
    "user.email": Kind.STRING,
    "user.phone": Kind.STRING,
    "action": Kind.OBJECT,
    "action.name": Kind.STRING,
    "action.form": Kind.MAP,
    "action.form.name": Kind.STRING,
    "action.form.phone": Kind.STRING,
    "action.form.email": Kind.STRING,
    "action.form.message": Kind.STRING,
    "action.properties": Kind.MAP,
}

#: Fields that identify or single out a person (clauses 1.1-1.3, 1.8): the policy must give
#: each a treatment, and the default for a field without one is never to keep it raw.
IDENTIFYING: frozenset[str] = frozenset({
    "request.path", "request.query", "request.referrer",
    "client.ip", "client.forwarded_for", "client.user_agent", "client.accept_language", "client.cookies",
    "device.location",
    "user.id", "user.session_id", "user.name", "user.email", "user.phone",
    "action.form", "action.form.name", "action.form.phone", "action.form.email", "action.form.message",
    "action.properties",
})


def children(path: str) -> list[str]:
    """The known fields directly under an object path ('' for the top level)."""
    prefix = path + "." if path else ""
    depth = prefix.count(".")
    return [p for p in FIELDS if p.startswith(prefix) and p.count(".") == depth]

#: Leak canaries (producers/canary.py) carry this marker inside identifying values only: in
#: emails, names, form fields, cookies and ids, which the policy drops, redacts or
#: pseudonymizes. It can therefore appear downstream of the pipeline only through a leak,
#: and the sink checks every record for it (consumers/leaks.py). Compared case-insensitively.
CANARY_MARKER = "lwcanary"
#: The action name of canary events: analysts filter them out by it; the sink counts them.
CANARY_ACTION = "logwarden_canary"


def omittable(paths: Iterable[str]) -> frozenset[str]:
    """Check a list of wire fields to omit at source; the required envelope cannot be omitted."""
    found = frozenset(p.strip() for p in paths if p.strip())
    unknown = sorted(p for p in found if p not in FIELDS)
    if unknown:
        raise ValueError(f"not wire-format v1 fields: {', '.join(unknown)}")
    required = sorted(found & set(REQUIRED))
    if required:
        raise ValueError(f"required fields cannot be omitted: {', '.join(required)}")
    return found
