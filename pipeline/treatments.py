"""The field treatments (docs/architecture.md, "Treatments"): pure functions of one value, and their registry.

Each returns the generalized value, or None when nothing safe is left to keep (the field
is then dropped). Text that survives a treatment still passes the redactor, so a planted
email inside a user agent or a city name is caught here too.

`REGISTRY` is the one list of treatments: the policy accepts exactly its names, for the
wire kinds (and fields) each one declares, and the core compiles each field's treatment
from it. Adding a treatment is one entry at the end of this file.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from ua_parser import parse_os, parse_user_agent

from pipeline.privacy.detectors import keys as identifier_keys
from pipeline.privacy.redact import Redactor
from pipeline.pseudonyms import CACHE_SIZE
from pipeline.pseudonyms import Pseudonymizer as Pseudonymizer  # the pseudonymize treatment's, compiled with the core
from pipeline.wire import Kind

#: Query parameter names that carry identifiers: their values never leave the pipeline (names in any language
#: and convention, secrets, contacts; pipeline/privacy/detectors/keys.py says which keys and which deliberate
#: exceptions).
IDENTIFIER_PARAM = identifier_keys.IDENTIFIER_PARAM
#: Keys of free-text objects (properties, unknown keys) whose values never leave the pipeline:
#: a name or an address in free text cannot be recognized by its shape, only by its key.
IDENTIFIER_KEY = identifier_keys.IDENTIFIER_KEY
_LANGUAGE = re.compile(r"^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$")
_V4 = re.compile(r"([0-9]{1,3})\.([0-9]{1,3})\.([0-9]{1,3})\.([0-9]{1,3})\Z")  # ASCII digits: \d takes any script's
_V4_MAPPED = bytes(10) + b"\xff\xff"


def ip_prefix(value: str, depth: int = 0) -> str | None:
    """The network of an address: IPv4 /24, IPv6 /48, IPv4-mapped IPv6 as IPv4. None if not an address.

    `depth` is unused: with it this is a compiled treatment as it is (`Apply`), which the core calls for nearly every
    event without a second interpreted call in between."""
    text = value.strip()
    # the usual case, a dotted quad, checked by the C library (ASCII digits only, each below 256) each time it comes:
    # that costs less (300 ns) than a cache of addresses, most of which come once, spends on one it has not seen (700)
    try:
        socket.inet_pton(socket.AF_INET, text)
    except (OSError, ValueError):  # ValueError: an embedded NUL
        return _other_prefix(text)
    return text[:text.rindex(".")] + ".0/24"


@lru_cache(maxsize=65536)
def _other_prefix(text: str) -> str | None:
    """`ip_prefix` of a stripped value that is no dotted quad: parsed at a greater cost, so the results are kept."""
    v4 = _V4.match(text)  # leading zeros, which the C library refuses
    if v4 and all(int(part) < 256 for part in v4.groups()):
        return f"{int(v4[1])}.{int(v4[2])}.{int(v4[3])}.0/24"
    if ":" in text:
        try:  # a bare IPv6 address, parsed and printed by the C library (ipaddress is ten times slower)
            packed = socket.inet_pton(socket.AF_INET6, text)
        except (OSError, ValueError):
            packed = None
        if packed is not None:
            if packed[:12] == _V4_MAPPED:
                return f"{packed[12]}.{packed[13]}.{packed[14]}.0/24"
            return socket.inet_ntop(socket.AF_INET6, packed[:6] + bytes(10)) + "/48"
    address = _parse_address(text)
    if address is None:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    bits = 24 if address.version == 4 else 48
    return str(ipaddress.ip_network(f"{address}/{bits}", strict=False))


def _parse_address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """An address as proxies write it: bare, host:port, or [v6]:port; a zone id is ignored."""
    candidates = [text]
    if text.startswith("["):
        candidates.append(text[1:].partition("]")[0])
    elif text.count(":") == 1:
        candidates.append(text.partition(":")[0])
    for candidate in candidates:
        try:
            return ipaddress.ip_address(candidate.partition("%")[0])
        except ValueError:
            continue
    return None


@lru_cache(maxsize=8192)
def _user_agent(value: str) -> tuple[str, str | None, str, str | None]:
    # the browser and the OS only: the device, which the treatment never keeps, is most of a full parse's cost
    browser = parse_user_agent(value)
    system = parse_os(value)
    return (browser.family if browser else "Other", browser.major if browser else None,
            system.family if system else "Other", system.major if system else None)


def user_agent(value: str, redactor: Redactor) -> dict[str, str | None]:
    """Browser and OS family with major version; the rest of the string (build ids, devices) is gone."""
    browser, browser_major, system, system_major = _user_agent(value[:1024])
    return {
        "browser": redactor.text(browser), "browser_major": _digits_or_none(browser_major),
        "os": redactor.text(system), "os_major": _digits_or_none(system_major),
    }


def _digits_or_none(value: str | None) -> str | None:
    return value if value is not None and value.isdigit() and len(value) <= 6 else None


def location(value: dict[str, object], redactor: Redactor) -> dict[str, str] | None:
    """Country and city only: coordinates single out a home."""
    kept = {}
    for key in ("country", "city"):  # a loop, not a comprehension: this runs for nearly every event
        part = value.get(key)
        if isinstance(part, str):
            kept[key] = redactor.text(part)[:128]
    return kept or None


@lru_cache(maxsize=4096)
def language(value: str) -> str | None:
    """The first language tag of an Accept-Language header (weights and the rest dropped)."""
    first = value.split(",", 1)[0].split(";", 1)[0].strip()
    return first if _LANGUAGE.match(first) else None


def query(value: str, redactor: Redactor) -> str | None:
    """Identifier-named parameters dropped, every other name and value redacted."""
    kept = [(redactor.text(name), redactor.text(val)) for name, val in _parameters(value.lstrip("?"))
            if not IDENTIFIER_PARAM.search(name)]
    if not kept:
        return None
    if all(_AS_ENCODED.fullmatch(name) and _AS_ENCODED.fullmatch(val) for name, val in kept):
        return "&".join([name + "=" + val for name, val in kept])  # what `urlencode` writes of them: each as it is
    return urlencode(kept, safe="[]/")


# A query string without a '%' or a '+' decodes to itself: `parse_qsl` only splits it (on '&', then on the first '='),
# which is most query strings, and costs a tenth of the parse. A name or value of unreserved characters, '[', ']' and
# '/' only is encoded as it is by `urlencode(..., safe="[]/")`: most of what is kept is joined without it.
_AS_ENCODED = re.compile(r"[A-Za-z0-9_.~\[\]/-]*")


def _parameters(written: str) -> list[tuple[str, str]]:
    """`parse_qsl(written, keep_blank_values=True)`, the same pairs."""
    if "%" in written or "+" in written:
        return parse_qsl(written, keep_blank_values=True)
    return [(name, val) for name, _, val in (piece.partition("=") for piece in written.split("&") if piece)]


def referrer_host(value: str, redactor: Redactor) -> str | None:
    """The referring page reduced to its host: paths and queries of other sites carry identifiers."""
    try:
        host = urlsplit(value.strip()).hostname
    except ValueError:
        return None
    return redactor.text(host) if host else None


#: Strings longer than this are redacted each time they come, never cached (the redactor's own bound).
CACHED_CHARS = 512


class CachingRedactor(Redactor):
    """The redactor with the results of short strings kept: a clean string costs one set lookup.

    A cached string counts its redactions again each time it comes, so the counts are what
    `Redactor.text` would have counted."""

    __slots__ = ("_clean", "_dirty", "_scratch")

    def __init__(self) -> None:
        super().__init__()
        self._clean: set[str] = set()
        self._dirty: dict[str, tuple[str, tuple[tuple[str, int], ...]]] = {}
        self._scratch = Redactor()  # redacts each new string, its counts emptied first (a Counter costs a microsecond)

    @property
    def clean(self) -> set[str]:
        """The strings known to hold no identifier (each is its own redaction): callers on a hot path look a string
        up here before they call `text`. Read only; emptied in place when full, so a reference stays current."""
        return self._clean

    def text(self, value: str) -> str:
        if value in self._clean:
            return value
        found = self._dirty.get(value)
        if found is None:
            if len(value) > CACHED_CHARS:
                return super().text(value)
            scratch = self._scratch
            scratch.counts.clear()
            result = scratch.text(value)
            if not scratch.counts and result == value:
                if len(self._clean) >= CACHE_SIZE:
                    self._clean.clear()
                self._clean.add(value)
                return value
            found = result, tuple(scratch.counts.items())
            if len(self._dirty) >= CACHE_SIZE:
                self._dirty.clear()
            self._dirty[value] = found
        result, counted = found
        counts = self.counts
        for kind, n in counted:
            counts[kind] += n
        return result


class Pseudonym:
    """A linkable id held back until a route turns it into that route's own pseudonym (scrub's projection)."""

    __slots__ = ("value",)

    def __init__(self, value: str | int) -> None:
        self.value = value


# --- the registry ---

#: A compiled treatment: (value, depth) -> the treated value, or None to drop the field. `depth` is the
#: nesting level, for treatments that walk free text within the policy's limits.
Apply = Callable[[Any, int], Any]


@dataclass(frozen=True, slots=True)
class Field:
    """What a treatment is compiled for: one wire field, and the core's services it may use."""

    path: str
    kind: Kind
    redactor: Redactor
    free_text: Apply  # the core's walk of untrusted text of any shape (strings redacted, containers within limits)
    # where a treatment that keeps its results by the string itself hands that cache to the core (`_cached`): the
    # compiled walk looks a string up there before it calls the treatment, whose call costs more than the lookup
    kept: list[Results] | None = None


@dataclass(frozen=True, slots=True)
class Treatment:
    name: str
    doc: str
    compile: Callable[[Field], Apply]
    kinds: frozenset[Kind] | None = None  # the wire kinds it applies to; None: any kind
    fields: frozenset[str] | None = None  # the only fields it applies to; None: any field of its kinds


def _ip_prefix(field: Field) -> Apply:
    if field.kind is Kind.STRING_LIST:
        return lambda v, d: [p for p in map(ip_prefix, v) if p is not None] or None
    return ip_prefix


#: The redactions a treatment counted for one value, by kind: kept with its result and counted again on each reuse.
Counted = tuple[tuple[str, int], ...]
#: A treatment's kept results, by key: each result with the redactions it counted.
Results = dict[Hashable, tuple[Any, Counted]]


def _counted(treat: Callable[[Any, Redactor], Any], value: Any) -> tuple[Any, Counted]:
    """The treatment's result and the redactions it counted (on a redactor of its own, so that they can be kept)."""
    scratch = Redactor()
    return treat(value, scratch), tuple(scratch.counts.items())


def _cached(treat: Callable[[Any, Redactor], Any],
            key_of: Callable[[Any], Hashable | None] | None = None) -> Callable[[Field], Apply]:
    """A treatment with its results kept per field, and the redactions each result counted (the same value gives
    the same result and the same counts). A result is shared by the events that give it: the core never changes a
    treated value. The key is the value itself (a string, kept when short), or `key_of(value)`: all of the value the
    treatment reads (None: too long to keep). Keyed by the value itself, the cache is handed to the caller through
    `Field.kept` (emptied in place when full, so a reference stays current): a found result, with its counts added
    to the field's redactor's, is what a call would have given."""

    def compile_(field: Field) -> Apply:
        counts = field.redactor.counts
        cache: Results = {}
        if key_of is None and field.kept is not None:
            field.kept.append(cache)  # keyed by the string itself: the caller may look a string up there first

        def apply(value: Any, depth: int) -> Any:
            key = value if key_of is None else key_of(value)
            found = cache.get(key)
            if found is None:
                found = _counted(treat, value)
                if key is not None and (key_of is not None or len(value) <= CACHED_CHARS):
                    if len(cache) >= CACHE_SIZE:
                        cache.clear()
                    cache[key] = found
            result, counted = found
            for kind, n in counted:
                counts[kind] += n
            return result

        return apply

    return compile_


def _language(value: str, redactor: Redactor) -> str | None:
    """`language` as a cached treatment: the core finds the tag of a header it met in the treatment's cache, without
    a call (nearly every event has a header, and a few headers recur)."""
    return language(value)


def _place(value: dict[str, object]) -> tuple[str | None, str | None] | None:
    """All that `location` reads of a location: its country and city when they are strings (coordinates differ on
    nearly every event, the places they fall in recur); None when they are too long to keep."""
    country, city = value.get("country"), value.get("city")
    key = (country if isinstance(country, str) else None, city if isinstance(city, str) else None)
    return key if len(key[0] or "") + len(key[1] or "") <= CACHED_CHARS else None


REGISTRY: dict[str, Treatment] = {t.name: t for t in (
    Treatment("drop", "the field never leaves the pipeline", lambda f: lambda v, d: None),
    Treatment("redact", "free text: identifying values found in it are replaced by markers such as [email]",
              lambda f: f.free_text),
    Treatment("keep", "kept as sent (numbers, booleans and the envelope fields the core validates itself)",
              lambda f: lambda v, d: v, frozenset({Kind.INTEGER, Kind.NUMBER, Kind.BOOLEAN})),
    Treatment("pseudonymize", "a keyed HMAC-SHA256 pseudonym, a different key per route",
              lambda f: lambda v, d: Pseudonym(v), frozenset({Kind.ID, Kind.STRING})),
    Treatment("ip_prefix", "the network: IPv4 /24, IPv6 /48", _ip_prefix, frozenset({Kind.STRING, Kind.STRING_LIST})),
    Treatment("user_agent", "browser and OS family with major version", _cached(user_agent),
              frozenset({Kind.STRING})),
    Treatment("location", "country and city only", _cached(location, _place), frozenset({Kind.OBJECT}),
              frozenset({"device.location"})),
    Treatment("language", "the first language tag", _cached(_language), frozenset({Kind.STRING})),
    Treatment("query", "identifier-named parameters dropped, the rest redacted", _cached(query),
              frozenset({Kind.STRING})),
    Treatment("referrer_host", "the referring page's host only", _cached(referrer_host),
              frozenset({Kind.STRING})),
)}
