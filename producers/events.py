"""Wire-format v1 events as a web server builds them: pure functions, no Kafka.

Every source (the middleware, the access-log tailer, a site's own code) builds its events
here, so they all speak the same contract (pipeline/wire.py). `Source.minimize` removes the
fields the deployment has chosen never to send (`LOGWARDEN_SOURCE_OMIT`, clause 1.2); the
producer applies it to every event it sends, so such a field never leaves the web server.
"""

from __future__ import annotations

import ipaddress
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import orjson

from pipeline.wire import omittable

Event = dict[str, Any]
Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass(frozen=True)
class Source:
    """What one deployment stamps on its events and what it never sends."""

    service: str = ""  # empty: the request's host
    purposes: tuple[str, ...] | None = None  # None: the pipeline derives them from the policy's rules
    omit: frozenset[str] = frozenset({"client.cookies"})
    _omit_paths: tuple[tuple[str, ...], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "omit", omittable(self.omit))
        object.__setattr__(self, "_omit_paths", tuple(tuple(p.split(".")) for p in sorted(self.omit)))

    def minimize(self, event: Event) -> Event:
        """Remove, in place, every field this deployment never sends (and objects left empty by that)."""
        for parts in self._omit_paths:
            _remove(event, parts)
        return event


def _remove(node: Any, parts: tuple[str, ...]) -> None:
    *parents, leaf = parts
    chain = [node]
    for part in parents:
        node = node.get(part) if isinstance(node, dict) else None
        if node is None:
            return
        chain.append(node)
    if isinstance(node, dict):
        node.pop(leaf, None)
        for parent, part in zip(reversed(chain[:-1]), reversed(parents), strict=False):
            if parent.get(part) == {}:
                del parent[part]


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_event_id() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True, slots=True)
class Client:
    """Who sent the request, as the server saw it; every field here is identifying and scrubbed downstream."""

    ip: str = ""
    forwarded_for: tuple[str, ...] = ()
    user_agent: str = ""
    accept_language: str = ""

    def wire(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.ip:
            out["ip"] = self.ip
        if self.forwarded_for:
            out["forwarded_for"] = list(self.forwarded_for)
        if self.user_agent:
            out["user_agent"] = self.user_agent
        if self.accept_language:
            out["accept_language"] = self.accept_language
        return out


@dataclass(frozen=True, slots=True)
class Request:
    method: str
    host: str
    path: str
    query: str = ""
    referrer: str = ""


def _envelope(source: Source, schema: str, host: str, consent: Mapping[str, bool], client: Client,
              ts: str | None, event_id: str | None) -> Event:
    event: Event = {"schema": schema, "event_id": event_id or new_event_id(), "ts": ts or now_iso(),
                    "service": source.service or host, "consent": dict(consent)}
    if source.purposes is not None:
        event["purposes"] = list(source.purposes)
    wire_client = client.wire()
    if wire_client:
        event["client"] = wire_client
    return event


def request_event(source: Source, request: Request, *, status: int, sent_bytes: int, duration_ms: float | None,
                  client: Client, consent: Mapping[str, bool], ts: str | None = None,
                  event_id: str | None = None) -> Event:
    """One `request/1` event for one HTTP request (minimized when it is sent: LogProducer.emit)."""
    event = _envelope(source, "request/1", request.host, consent, client, ts, event_id)
    event["request"] = {"method": request.method, "host": request.host, "path": request.path,
                        "query": request.query, "status": int(status), "bytes": int(sent_bytes),
                        "referrer": request.referrer}
    if duration_ms is not None:  # an access log in the combined format does not say
        event["request"]["duration_ms"] = round(float(duration_ms), 3)
    return event


def action_event(source: Source, name: str, *, request: Request | None, client: Client,
                 consent: Mapping[str, bool], form: Mapping[str, Any] | None = None,
                 properties: Mapping[str, Any] | None = None, ts: str | None = None,
                 event_id: str | None = None) -> Event:
    """One `action/1` event (a form submit, a sign-up...). Form values are sent as typed: the pipeline
    drops names, phones and emails and redacts free text, or the source omits them (`action.form`)."""
    event = _envelope(source, "action/1", request.host if request else "", consent, client, ts, event_id)
    if request is not None:
        event["request"] = {"method": request.method, "host": request.host, "path": request.path,
                            "query": request.query, "referrer": request.referrer}
    action: dict[str, Any] = {"name": name}
    if form:
        action["form"] = dict(form)
    if properties:
        action["properties"] = dict(properties)
    event["action"] = action
    return event


def encode(event: Event) -> bytes:
    """Serialize for logs.raw. Non-JSON values (a datetime, a Decimal...) become strings, never an exception."""
    return orjson.dumps(event, default=str)


# --- reading a request's consent and client address ---

_TRUE = frozenset({"1", "true", "yes", "on", "granted", "y"})
_FALSE = frozenset({"0", "false", "no", "off", "denied", "n"})


def parse_consent(value: str, known: Iterable[str]) -> dict[str, bool]:
    """Consent from a cookie or header value, as the visitor gave it and nothing more: every producer reads it here.

    `analytics=1,marketing=0` (also `:`, `;`, `|`) names each answer; `analytics,marketing` lists the consents
    granted on a banner, so a known consent left out of the list is a "no". No value, or nothing readable, is no
    answer at all: `{}`, which withdraws nothing (only an explicit no does, the policy's `[consent.withdraws]`), and
    a route that requires a consent still needs its explicit yes (DESIGN, wire format). Unknown names and unreadable
    parts are ignored."""
    names = frozenset(known)
    answers: dict[str, bool] = {}
    listed = False
    for part in value.replace(";", ",").replace("|", ",").split(","):
        name, sep, flag = part.replace(":", "=").partition("=")
        name = name.strip().lower()
        if name not in names:
            continue
        flag = flag.strip().lower()
        if not sep:
            answers[name] = listed = True
        elif flag in _TRUE:
            answers[name] = True
        elif flag in _FALSE:
            answers[name] = False
    if listed:  # a banner's list of what was granted: the rest was declined
        answers = {name: answers.get(name, False) for name in sorted(names)}
    return answers


def _trusted(address: str, trusted: tuple[Network, ...]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    if ip.version == 6 and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return any(ip in net for net in trusted)


def client_address(peer: str, forwarded: str, trusted: tuple[Network, ...]) -> tuple[str, tuple[str, ...]]:
    """The client's address and the X-Forwarded-For chain, trusting the header only through trusted proxies.

    The chain is read from the right: each hop that is a trusted proxy vouches for the one
    before it; the first untrusted hop is the client. A header sent by anyone else is kept
    as `forwarded_for` (it is still identifying, and scrubbed) but never taken as the client.
    """
    hops = tuple(h.strip() for h in forwarded.split(",") if h.strip()) if forwarded else ()
    if not hops or not _trusted(peer, trusted):
        return peer, hops
    client = peer
    for hop in reversed(hops):
        client = hop
        if not _trusted(hop, trusted):
            break
    return client, hops
