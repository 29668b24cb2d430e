"""The policy file (config/policy.toml): the Privacy Policy as data, loaded and validated once.

Everything logwarden decides about an event comes from here: which purposes exist
(clause 2.1), which routes serve them and what each route may keep, how every identifying
field is treated, which topics exist and how long data lives (clause 3.3). A mistake in the
file stops the process at start with the file, the key and what was expected: a policy
that half-loads would be a privacy bug.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from pipeline.privacy import rules
from pipeline.privacy.audience import DEFAULT_LANGUAGES, DEFAULT_REGIONS, Audience
from pipeline.privacy.registry import KINDS
from pipeline.privacy.rules import BLOCKED
from pipeline.treatments import REGISTRY
from pipeline.wire import FIELDS, IDENTIFYING, SCHEMAS, Kind

DAY_MS = 24 * 60 * 60 * 1000

#: What each treatment accepts (from the treatments' registry). "keep" takes numbers, booleans and the envelope
#: fields the pipeline validates itself; every other string goes through at least the free-text scan.
TREATMENTS: dict[str, frozenset[Kind] | None] = {name: t.kinds for name, t in REGISTRY.items()}
KEEPABLE_ENVELOPE = frozenset({"schema", "event_id", "ts", "purposes", "consent"})
CONSENTS = frozenset({"analytics", "marketing"})
_PURPOSE_CODE = re.compile(r"^\d+(\.\d+)+$")
_TOPIC_NAME = re.compile(r"^[A-Za-z0-9._-]{1,200}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$")
_REGION = re.compile(r"^[A-Z]{2}$")
_VERSION = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_ROUTE_NAME = re.compile(r"^[a-z][a-z0-9_-]{0,40}$")
#: How the S3 sink writes a route's archive: gzip JSON Lines (the default) or Parquet (consumers/parquet.py)
FORMATS = ("jsonl", "parquet")


T = TypeVar("T")


class PolicyError(ValueError):
    """The policy file is not valid; the message names the file, the key and what was expected."""


class PolicyErrors(PolicyError):
    """Every mistake of a policy file, each its own `PolicyError`; the message is one line each."""

    def __init__(self, errors: list[PolicyError]) -> None:
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors


@dataclass(frozen=True)
class TopicSpec:
    """A Kafka topic the policy declares, with the retention clause 3.3 bounds it to."""

    role: str
    name: str
    partitions: int
    retention_days: float

    @property
    def retention_ms(self) -> int:
        return int(self.retention_days * DAY_MS)


@dataclass(frozen=True)
class Route:
    """One purpose-scoped output: its topic, the purposes it serves and the fields it may keep."""

    name: str
    topic: TopicSpec
    purposes: frozenset[str]
    requires_consent: tuple[str, ...]
    allow: tuple[str, ...]
    clause: str
    format: str = "jsonl"


@dataclass(frozen=True)
class DeriveRule:
    """Purposes given to an event whose producer declared none, when every condition matches."""

    purposes: frozenset[str]
    schemas: frozenset[str] | None
    actions: frozenset[str] | None
    path_prefixes: tuple[str, ...] | None
    clause: str


@dataclass(frozen=True)
class FieldRule:
    path: str
    treatment: str
    clause: str


@dataclass(frozen=True)
class Retention:
    s3_days: int
    abort_incomplete_multipart_days: int
    noncurrent_version_days: int
    purpose_topic_max_days: float


@dataclass(frozen=True)
class Limits:
    max_string_chars: int
    max_depth: int
    max_items: int


#: What happens to an identifier of a kind found in free text (`[privacy.kinds]`, and each custom pattern's
#: `action`): replaced by the kind's marker (the default), by a keyed pseudonym, the whole event sent to the DLQ,
#: or (kinds only) not looked for at all. Strongest first: the order `policy plan` calls a change widening by.
ACTIONS = ("drop_event", "redact", "pseudonymize", "off")


@dataclass(frozen=True)
class CustomPattern:
    """A site's own identifier (`[privacy.patterns.NAME]`): an RE2 pattern (linear time), the kind it reports
    and what happens to what it finds."""

    name: str
    pattern: str
    action: str = "redact"
    clause: str = ""


@dataclass(frozen=True)
class Privacy:
    """The site's audience (`[privacy]`): the languages free text is read in, the regions whose phones count
    without a country code (pipeline/privacy/audience.py has the defaults); and the site's own rules
    (pipeline/privacy/rules.py applies them): values that stay, values and patterns that go, keys never
    scanned, and per kind what happens to what is found."""

    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    regions: tuple[str, ...] = DEFAULT_REGIONS
    #: values that stay in free text although a detector finds them (a support address), compared case-blind
    allow_values: tuple[str, ...] = ()
    #: values that go wherever they appear (case-blind), reported as the kind "blocked"
    block_values: tuple[str, ...] = ()
    #: keys of free-text objects whose values are kept unscanned (a trace id)
    skip_keys: tuple[str, ...] = ()
    patterns: tuple[CustomPattern, ...] = ()
    #: (kind, action) for each kind whose action is not "redact"
    kinds: tuple[tuple[str, str], ...] = ()

    def action(self, kind: str) -> str:
        """What happens to an identifier of this kind ("redact" unless the policy says otherwise)."""
        for name, action in self.kinds:
            if name == kind:
                return action
        for pattern in self.patterns:
            if pattern.name == kind:
                return pattern.action
        return "redact"

    @property
    def audience(self) -> Audience:
        return Audience(self.languages, self.regions)


@dataclass(frozen=True)
class Policy:
    source: Path
    name: str
    version: str
    purposes: dict[str, str]
    routes: tuple[Route, ...]
    derive: tuple[DeriveRule, ...]
    fields: dict[str, FieldRule]
    raw: TopicSpec
    dlq: TopicSpec
    retention: Retention
    limits: Limits
    #: consent name -> the purposes an explicit "no" to it withdraws from an event (the `[consent]` table)
    withdraws: dict[str, frozenset[str]] = field(default_factory=dict)
    privacy: Privacy = field(default_factory=Privacy)
    #: `[policy] revision`: raised by one for each change of the file (clause 5.1: every version posted is a new one)
    revision: int = 1
    #: `[policy] summary`: one line saying what this revision changes (`policy history` shows it)
    summary: str = ""

    @property
    def version_id(self) -> str:
        """The version every output and DLQ record carries (`policy_version`): the Policy's date and the file's
        revision, such as 2024-01-01.3."""
        return f"{self.version}.{self.revision}"

    def topics(self) -> list[TopicSpec]:
        """Every topic the policy declares: raw, each route's, and the DLQ."""
        return [self.raw, *(r.topic for r in self.routes), self.dlq]

    def route(self, name: str) -> Route:
        for route in self.routes:
            if route.name == name:
                return route
        raise KeyError(f"the policy has no route {name!r}; it has {', '.join(r.name for r in self.routes)}")


class _Reader:
    """Typed access to the parsed TOML that fails with the file, the key and the expectation."""

    def __init__(self, source: Path) -> None:
        self.source = source
        self.errors: list[PolicyError] = []  # every mistake found so far (`part`), reported together

    def part(self, parse: Callable[[], T]) -> T | None:
        """One part of the file parsed on its own: its first mistake is recorded and None returned, so the parts
        after it are still read and the file's every mistake is reported at once."""
        try:
            return parse()
        except PolicyError as exc:
            self.errors.append(exc)
            return None

    def fail(self, key: str, message: str) -> PolicyError:
        return PolicyError(f"{self.source}: [{key}] {message}")

    def table(self, data: Any, key: str) -> dict[str, Any]:
        if not isinstance(data, dict):
            raise self.fail(key, f"expected a table, got {type(data).__name__}")
        return data

    def only(self, data: dict[str, Any], key: str, allowed: Iterable[str]) -> None:
        allowed = set(allowed)
        for name in data:
            if name not in allowed:
                raise self.fail(key, f"unknown key {name!r}; expected one of {', '.join(sorted(allowed))}")

    def get(self, data: dict[str, Any], key: str, name: str, kind: type | tuple[type, ...], default: Any = ...) -> Any:
        if name not in data:
            if default is ...:
                raise self.fail(key, f"missing {name!r}")
            return default
        value = data[name]
        if isinstance(value, bool) and kind in (int, float, (int, float)):
            raise self.fail(f"{key}.{name}", f"expected a number, got {value!r}")
        if not isinstance(value, kind):
            expected = " or ".join(k.__name__ for k in kind) if isinstance(kind, tuple) else kind.__name__
            raise self.fail(f"{key}.{name}", f"expected {expected}, got {type(value).__name__}")
        return value

    def strings(self, data: dict[str, Any], key: str, name: str, default: Any = ...) -> list[str]:
        """A list of strings (required unless a default is given)."""
        value = self.get(data, key, name, list, default)
        if value is default:
            return value
        if not all(isinstance(v, str) for v in value):
            raise self.fail(f"{key}.{name}", "expected a list of strings")
        return value

    def optional_strings(self, data: dict[str, Any], key: str, name: str) -> list[str] | None:
        """A list of strings, or None when the key is absent."""
        return self.strings(data, key, name, None) if name in data else None

    def positive(self, data: dict[str, Any], key: str, name: str, default: Any = ...) -> Any:
        value = self.get(data, key, name, (int, float), default)
        if value <= 0:
            raise self.fail(f"{key}.{name}", f"expected a positive number, got {value}")
        return value

    def purposes(self, values: list[str], known: dict[str, str], key: str) -> frozenset[str]:
        for code in values:
            if code not in known:
                raise self.fail(key, f"unknown purpose {code!r}; expected one of {', '.join(known)} (clause 2.1)")
        if not values:
            raise self.fail(key, "expected at least one purpose")
        return frozenset(values)

    def topic(self, data: Any, key: str, role: str, name_key: str = "name") -> TopicSpec:
        data = self.table(data, key)
        self.only(data, key, {name_key, "partitions", "retention_days", "clause"})
        name = self.get(data, key, name_key, str)
        if not _TOPIC_NAME.match(name):
            raise self.fail(f"{key}.{name_key}", f"{name!r} is not a Kafka topic name (letters, digits, '.', '_', '-')")
        partitions = self.get(data, key, "partitions", int, 3)
        if partitions < 1:
            raise self.fail(f"{key}.partitions", "expected at least 1")
        return TopicSpec(role, name, partitions, float(self.positive(data, key, "retention_days")))


def load_policy(path: Path | str) -> Policy:
    """Load and validate a policy file; raise PolicyError on a mistake (`PolicyErrors`, one line each, for all of
    them when the file is TOML)."""
    source = Path(path)
    try:
        text = source.read_text(encoding="utf-8")
    except OSError as exc:
        raise PolicyError(f"{source}: cannot read the policy file: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise PolicyError(f"{source}: not UTF-8 text (byte {exc.start}); expected a UTF-8 TOML file") from None
    return policy_from_text(text, source)


def policy_from_text(text: str, source: Path) -> Policy:
    """A policy from the text of its file (as `policy apply` publishes it); `source` names it in errors."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"{source}: not valid TOML: {exc}") from None
    try:
        return parse_policy(data, source)
    except PolicyErrors as exc:
        raise PolicyErrors([_with_line(text, e) for e in exc.errors]) from None
    except PolicyError as exc:
        raise _with_line(text, exc) from None


def _with_line(text: str, error: PolicyError) -> PolicyError:
    """The error with the line of the file it is about, when that line is found."""
    place = _KEY_IN_MESSAGE.match(str(error))
    unknown = _UNKNOWN_KEY.search(str(error))  # the key that should not be there, not the table that has it
    line = _line_of(text, place.group(1) + (f".'{unknown.group(1)}'" if unknown else "")) if place else None
    return error if line is None else PolicyError(f"{error} (line {line})")


_KEY_IN_MESSAGE = re.compile(r"^.*?: \[([^\]]*(?:\[\d+\][^\]]*)?)\] ")
_UNKNOWN_KEY = re.compile(r"\] unknown key '([^']*)'")
_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY_LINE = re.compile(r"""^\s*((?:"[^"]*"|'[^']*'|[\w.-]+)(?:\s*\.\s*(?:"[^"]*"|'[^']*'|[\w-]+))*)\s*=""")


def _segments(key: str) -> tuple[str, ...]:
    """A dotted TOML key (or one of the reader's keys, `fields.'user.id'.treatment`, `derive[2]`) as its parts."""
    return tuple(part.strip().strip("\"'") for part in re.findall(r"\"[^\"]*\"|'[^']*'|[^.]+", key))


def _line_of(text: str, key: str) -> int | None:
    """The line of the file where a key of an error is (or the nearest table or key above it that holds it)."""
    found: dict[tuple[str, ...], int] = {}
    table: tuple[str, ...] = ()
    arrays: dict[tuple[str, ...], int] = {}
    for number, line in enumerate(text.splitlines(), 1):
        header = _HEADER.match(line)
        if header:
            table = _segments(header.group(2))
            if header.group(1) == "[[":
                arrays[table] = arrays.get(table, -1) + 1
                table = (*table[:-1], f"{table[-1]}[{arrays[table]}]")
            found.setdefault(table, number)
            continue
        assignment = _KEY_LINE.match(line)
        if assignment:
            found.setdefault((*table, *_segments(assignment.group(1))), number)
    wanted = _segments(key)
    for end in range(len(wanted), 0, -1):
        if wanted[:end] in found:
            return found[wanted[:end]]
    return None


def parse_policy(data: dict[str, Any], source: Path) -> Policy:
    """A policy from its parsed TOML. Every part is read even after a mistake in another (a part that depends on
    one with a mistake is left out, not reported again); all mistakes are raised together (`PolicyErrors`)."""
    r = _Reader(source)
    r.part(lambda: r.only(data, "policy file", {"policy", "purposes", "consent", "topics", "retention", "limits",
                                                "privacy", "routes", "derive", "fields"}))
    head = r.part(lambda: _head(r, data))
    purposes = r.part(lambda: _purposes(r, data))
    topics = r.part(lambda: r.table(data.get("topics", {}), "topics"))
    raw = dlq = None
    if topics is not None:
        r.part(lambda: r.only(topics, "topics", {"raw", "dlq"}))
        raw = r.part(lambda: r.topic(topics.get("raw"), "topics.raw", "raw"))
        dlq = r.part(lambda: r.topic(topics.get("dlq"), "topics.dlq", "dlq"))
    retention = r.part(lambda: _retention(r, data, [t for t in (raw, dlq) if t is not None]))
    limits = r.part(lambda: _limits(r, data))
    routes = _routes(r, data, purposes, retention)
    taken = {t.name: f"topics.{t.role}" for t in (raw, dlq) if t is not None}
    for route in routes or ():
        if route.topic.name in taken:
            r.errors.append(r.fail(f"routes.{route.name}.topic", f"topic {route.topic.name!r} is already used by "
                                   f"{taken[route.topic.name]}; expected a topic of its own for each route"))
        taken[route.topic.name] = f"routes.{route.name}"
    derive_items = r.part(lambda: r.get(data, "policy file", "derive", list, []))
    derive = [r.part(partial(_derive_rule, r, item, i, purposes))
              for i, item in enumerate(derive_items or ()) if purposes is not None]
    fields = _field_rules(r, data.get("fields", {}))
    withdraws = r.part(lambda: _withdraws(r, data.get("consent", {}), purposes)) if purposes is not None else None
    privacy = r.part(lambda: _privacy(r, data.get("privacy", {})))
    if r.errors:
        raise PolicyErrors(r.errors)
    assert head is not None and purposes is not None and raw is not None and dlq is not None  # no error: all read
    assert retention is not None and limits is not None and routes is not None and withdraws is not None
    assert fields is not None and privacy is not None
    name, version, revision, summary = head
    return Policy(source, name, version, dict(purposes), routes, tuple(d for d in derive if d is not None), fields,
                  raw, dlq, retention, limits, withdraws, privacy, revision, summary)


def _head(r: _Reader, data: dict[str, Any]) -> tuple[str, str, int, str]:
    head = r.table(data.get("policy", {}), "policy")
    r.only(head, "policy", {"name", "version", "revision", "summary", "clause"})
    name = r.get(head, "policy", "name", str)
    version = r.get(head, "policy", "version", str)
    if not _VERSION.match(version):
        raise r.fail("policy.version", f"expected the Policy's date such as \"2024-01-01\", got {version!r}")
    revision = r.get(head, "policy", "revision", int, 1)
    if revision < 1:
        raise r.fail("policy.revision", f"expected a whole number from 1, raised by one each change, got {revision}")
    summary = r.get(head, "policy", "summary", str, "")
    if "\n" in summary or len(summary) > 200:
        raise r.fail("policy.summary", "expected one line of at most 200 characters saying what this revision changes")
    return name, version, revision, summary


def _purposes(r: _Reader, data: dict[str, Any]) -> dict[str, str]:
    purposes = r.table(data.get("purposes"), "purposes") if "purposes" in data else None
    if not purposes:
        raise r.fail("purposes", "expected at least one purpose, such as \"2.1.1\" = \"...\" (clause 2.1)")
    for code, text in purposes.items():
        if not _PURPOSE_CODE.match(code) or not isinstance(text, str):
            raise r.fail(f"purposes.{code}", "expected a clause number such as \"2.1.1\" with its text")
    return purposes


def _retention(r: _Reader, data: dict[str, Any], topics: list[TopicSpec]) -> Retention:
    ret = r.table(data.get("retention", {}), "retention")
    r.only(ret, "retention", {"s3_days", "abort_incomplete_multipart_days", "noncurrent_version_days",
                              "purpose_topic_max_days", "clause"})
    retention = Retention(
        s3_days=r.get(ret, "retention", "s3_days", int),
        abort_incomplete_multipart_days=r.get(ret, "retention", "abort_incomplete_multipart_days", int, 1),
        noncurrent_version_days=r.get(ret, "retention", "noncurrent_version_days", int, 1),
        purpose_topic_max_days=float(r.positive(ret, "retention", "purpose_topic_max_days", 30)),
    )
    if not 1 <= retention.s3_days <= 3650:
        raise r.fail("retention.s3_days", f"expected days from 1 to 3650, got {retention.s3_days} (clause 3.3)")
    if retention.purpose_topic_max_days > retention.s3_days:
        raise r.fail("retention.purpose_topic_max_days",
                     f"expected at most retention.s3_days ({retention.s3_days}): S3 is the archive (clause 3.3)")
    for topic in topics:
        if topic.retention_days > retention.s3_days:
            r.errors.append(r.fail(f"topics.{topic.role}.retention_days", f"expected at most retention.s3_days "
                                   f"({retention.s3_days}): it holds data before stripping"))
    return retention


def _limits(r: _Reader, data: dict[str, Any]) -> Limits:
    lim = r.table(data.get("limits", {}), "limits")
    r.only(lim, "limits", {"max_string_chars", "max_depth", "max_items"})
    return Limits(
        max_string_chars=int(r.positive(lim, "limits", "max_string_chars", 16384)),
        max_depth=int(r.positive(lim, "limits", "max_depth", 16)),
        max_items=int(r.positive(lim, "limits", "max_items", 1000)),
    )


def _privacy(r: _Reader, data: Any) -> Privacy:
    table = r.table(data, "privacy")
    r.only(table, "privacy", {"languages", "regions", "allow_values", "block_values", "skip_keys", "patterns",
                              "kinds"})
    languages = tuple(r.strings(table, "privacy", "languages", list(DEFAULT_LANGUAGES)))
    regions = tuple(r.strings(table, "privacy", "regions", list(DEFAULT_REGIONS)))
    for lang in languages:
        if not _LANGUAGE.match(lang):
            raise r.fail("privacy.languages", f"expected ISO 639-1 codes such as \"de\" or \"pt-BR\", got {lang!r}")
    import phonenumbers

    for region in regions:
        if not _REGION.match(region) or region not in phonenumbers.SUPPORTED_REGIONS:
            raise r.fail("privacy.regions", f"expected ISO 3166-1 alpha-2 codes with a telephone plan, such as "
                         f"\"DE\", got {region!r}")
    if not languages or not regions:
        raise r.fail("privacy", "expected at least one language and one region (the site's audience)")
    return Privacy(languages, regions, *_site_rules(r, table))


def _site_rules(r: _Reader, table: dict[str, Any]) -> tuple[Any, ...]:
    """`[privacy]`'s own rules: allow_values, block_values, skip_keys, patterns, kinds (each may be absent)."""
    values = [tuple(r.strings(table, "privacy", name, [])) for name in ("allow_values", "block_values", "skip_keys")]
    for name, found in zip(("allow_values", "block_values", "skip_keys"), values, strict=True):
        if any(not v.strip() for v in found):
            raise r.fail(f"privacy.{name}", "expected non-empty strings")
    read = [r.part(partial(_pattern, r, name, spec))
             for name, spec in r.table(table.get("patterns", {}), "privacy.patterns").items()]
    patterns = [p for p in read if p is not None]
    kinds = r.table(table.get("kinds", {}), "privacy.kinds")
    for kind, action in kinds.items():
        r.part(partial(_kind_action, r, kind, action))
    return (*values, tuple(patterns), tuple((k, a) for k, a in kinds.items() if a != "redact"))


def _pattern(r: _Reader, name: str, spec: Any) -> CustomPattern:
    key = f"privacy.patterns.{name}"
    spec = r.table(spec, key)
    r.only(spec, key, {"pattern", "action", "clause"})
    if not _ROUTE_NAME.match(name) or name in KINDS or name == BLOCKED:
        raise r.fail(key, "a pattern's name is lower-case letters, digits, '_' or '-', and not a built-in kind "
                          f"({', '.join(KINDS)}, {BLOCKED})")
    pattern = r.get(spec, key, "pattern", str)
    problem = rules.refusal(pattern)
    if problem is not None:
        raise r.fail(f"{key}.pattern", f"{problem}; expected an RE2 pattern (no backreferences or lookaround: "
                                       "custom patterns must run in linear time)")
    action = r.get(spec, key, "action", str, "redact")
    if action not in ACTIONS[:3]:
        raise r.fail(f"{key}.action", f"unknown action {action!r}; expected one of {', '.join(ACTIONS[:3])}")
    return CustomPattern(name, pattern, action, r.get(spec, key, "clause", str, ""))


def _kind_action(r: _Reader, kind: str, action: Any) -> None:
    known = {*KINDS, BLOCKED}
    if kind not in known:
        raise r.fail(f"privacy.kinds.{kind}", f"unknown kind {kind!r}; expected one of {', '.join(sorted(known))}")
    if action not in ACTIONS:
        raise r.fail(f"privacy.kinds.{kind}", f"unknown action {action!r}; expected one of {', '.join(ACTIONS)}")


def _withdraws(r: _Reader, data: Any, purposes: dict[str, str]) -> dict[str, frozenset[str]]:
    """`[consent.withdraws]`: for each consent, the purposes a visitor's explicit refusal takes away."""
    table = r.table(data, "consent")
    r.only(table, "consent", {"withdraws", "clause"})
    withdraws = r.table(table.get("withdraws", {}), "consent.withdraws")
    found = {}
    for consent in withdraws:
        if consent not in CONSENTS:
            raise r.fail(f"consent.withdraws.{consent}",
                         f"unknown consent {consent!r}; expected one of {', '.join(sorted(CONSENTS))}")
        found[consent] = r.purposes(r.strings(withdraws, "consent.withdraws", consent), purposes,
                                    f"consent.withdraws.{consent}")
    return found


def _routes(r: _Reader, data: dict[str, Any], purposes: dict[str, str] | None,
            retention: Retention | None) -> tuple[Route, ...] | None:
    """Each route read on its own (`_Reader.part`); None when the purposes they name could not be read."""
    table = r.part(lambda: r.table(data.get("routes", {}), "routes"))
    if table is None or purposes is None:
        return None
    if not table:
        r.errors.append(r.fail("routes", "expected at least one route such as [routes.analytics]"))
        return None
    routes = [r.part(partial(_route, r, name, spec, purposes, retention)) for name, spec in table.items()]
    return tuple(route for route in routes if route is not None)


def _route(r: _Reader, name: str, spec: Any, purposes: dict[str, str], retention: Retention | None) -> Route:
    key = f"routes.{name}"
    if not _ROUTE_NAME.match(name):
        raise r.fail(key, "a route name is lower-case letters, digits, '_' or '-'")
    spec = r.table(spec, key)
    r.only(spec, key, {"topic", "partitions", "retention_days", "purposes", "requires_consent", "allow", "clause",
                       "format"})
    archive_format = spec.get("format", "jsonl")
    if archive_format not in FORMATS:
        raise r.fail(f"{key}.format", f"unknown archive format {archive_format!r}; expected one of "
                                      f"{', '.join(repr(f) for f in FORMATS)} (jsonl when absent)")
    topic_spec = {k: spec[k] for k in ("topic", "partitions", "retention_days") if k in spec}
    topic = r.topic(topic_spec, key, name, "topic")
    if retention is not None and topic.retention_days > retention.purpose_topic_max_days:
        raise r.fail(
            f"{key}.retention_days",
            f"expected at most retention.purpose_topic_max_days ({retention.purpose_topic_max_days:g}); "
            "S3 is the archive",
        )
    consents = r.strings(spec, key, "requires_consent", [])
    for consent in consents:
        if consent not in CONSENTS:
            raise r.fail(
                f"{key}.requires_consent",
                f"unknown consent {consent!r}; expected one of {', '.join(sorted(CONSENTS))}",
            )
    allow = r.strings(spec, key, "allow")
    if not allow:
        raise r.fail(f"{key}.allow", "expected at least one field (a route that keeps nothing is a mistake)")
    for path in allow:
        if path not in FIELDS:
            raise r.fail(
                f"{key}.allow", f"unknown field {path!r}; expected a wire-format field such as request.status"
            )
    return Route(
        name=name,
        topic=topic,
        purposes=r.purposes(r.strings(spec, key, "purposes"), purposes, f"{key}.purposes"),
        requires_consent=tuple(consents),
        allow=tuple(allow),
        clause=r.get(spec, key, "clause", str, ""),
        format=archive_format,
    )


def _derive_rule(r: _Reader, item: Any, index: int, purposes: dict[str, str]) -> DeriveRule:
    key = f"derive[{index}]"
    item = r.table(item, key)
    r.only(item, key, {"purposes", "schema", "action", "path_prefix", "clause"})
    schemas = r.optional_strings(item, key, "schema")
    for schema in schemas or ():
        if schema not in SCHEMAS:
            raise r.fail(f"{key}.schema", f"unknown schema {schema!r}; expected one of {', '.join(sorted(SCHEMAS))}")
    actions = r.optional_strings(item, key, "action")
    prefixes = r.optional_strings(item, key, "path_prefix")
    if schemas is None and actions is None and prefixes is None:
        raise r.fail(key, "expected at least one condition: schema, action or path_prefix")
    for name, values in (("schema", schemas), ("action", actions), ("path_prefix", prefixes)):
        if values is not None and not values:
            raise r.fail(f"{key}.{name}", "expected at least one value (an empty list matches nothing)")
    return DeriveRule(
        purposes=r.purposes(r.strings(item, key, "purposes"), purposes, f"{key}.purposes"),
        schemas=frozenset(schemas) if schemas is not None else None,
        actions=frozenset(actions) if actions is not None else None,
        path_prefixes=tuple(prefixes) if prefixes is not None else None,
        clause=r.get(item, key, "clause", str, ""),
    )


def _field_rules(r: _Reader, table: Any) -> dict[str, FieldRule] | None:
    """Each field's rule read on its own (`_Reader.part`), then the identifying fields without one."""
    table = r.part(lambda: r.table(table, "fields"))
    if table is None:
        return None
    rules: dict[str, FieldRule] = {}
    for path, spec in table.items():
        rule = r.part(partial(_field_rule, r, path, spec))
        if rule is not None:
            rules[path] = rule
    missing = sorted(p for p in IDENTIFYING if p not in table)
    if missing:
        r.errors.append(r.fail("fields", f"identifying fields without a treatment: {', '.join(missing)} "
                                         "(clauses 1.1-1.3)"))
    return rules


def _field_rule(r: _Reader, path: str, spec: Any) -> FieldRule:
    key = f"fields.{path!r}" if "." in path else f"fields.{path}"
    if path not in FIELDS:
        raise r.fail(key, f"unknown field {path!r}; expected a wire-format field such as user.email")
    spec = r.table(spec, key)
    r.only(spec, key, {"treatment", "clause"})
    treatment = r.get(spec, key, "treatment", str)
    if treatment not in TREATMENTS:
        raise r.fail(
            f"{key}.treatment", f"unknown treatment {treatment!r}; expected one of {', '.join(TREATMENTS)}"
        )
    kinds = TREATMENTS[treatment]
    kind = FIELDS[path]
    only = REGISTRY[treatment].fields
    if only is not None and path not in only:
        raise r.fail(f"{key}.treatment", f"{treatment!r} applies to {', '.join(sorted(only))} only")
    if treatment == "keep" and path in IDENTIFYING:
        options = [t for t, k in TREATMENTS.items() if t != "keep" and (k is None or FIELDS[path] in k)]
        raise r.fail(
            f"{key}.treatment",
            f"{path} identifies a person (clauses 1.1-1.3) and cannot be kept raw; "
            f"expected one of {', '.join(options)}",
        )
    if treatment == "keep" and path in KEEPABLE_ENVELOPE:
        pass
    elif kinds is not None and kind not in kinds:
        raise r.fail(
            f"{key}.treatment",
            f"{treatment!r} does not apply to a {kind.value}; "
            f"expected one of {', '.join(t for t, k in TREATMENTS.items() if k is None or kind in k)}",
        )
    return FieldRule(path, treatment, r.get(spec, key, "clause", str, ""))
