"""`logwarden policy plan`: what a new policy would do to people's data, before anyone applies it.

Edge module (reads files, S3 and the load generator's traffic; the diff and the routing are the pure core's).
A plan is the privacy diff of NEW against the policy in force (pipeline/policy_diff.py), then a replay of a
sample through both versions: per route, how many outputs change and in which fields, which events reach or
leave the route, and which identifiers NEW's outputs would carry, as the sink's leak check (consumers/leaks.py)
sees them. The verdict is "widening" when a change widens or NEW lets out identifiers OLD did not; the plan is
written as JSON (`--out`) for `policy apply --plan`, with both files' digests so apply can tell the plan is of
the files it is given.

The replay routes with a fixed pseudonym key of its own (never the pipeline's): pseudonyms are the same under
both versions, so only what the policies decide differs. The site's rules are the process's (as the audience),
so OLD's outputs are routed and checked first, then NEW's.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import orjson

from pipeline.policy import Policy, PolicyError
from pipeline.policy_diff import NARROWING, NEUTRAL, WIDENING, Change, classify
from pipeline.scrub import Router
from pipeline.settings import PROJECT_ROOT

#: The privacy corpus (issue 14), in a checkout or an editable install: each labelled string planted in an event
CORPUS = PROJECT_ROOT / "tests" / "corpus" / "privacy.jsonl"
#: The load generator's seed and count for the fixed sample: the same traffic on every run and machine
LOADGEN_SEED = 25
LOADGEN_EVENTS = 500
#: How many event ids a route's report names as examples of each change
EXAMPLES = 3
_REPLAY_KEY = b"logwarden policy plan: replay key"
_EID = "00000000-0000-4000-8000-{:012d}"

LeakCheck = Callable[[bytes], str | None]


def digest(path: Path) -> str:
    """`sha256:<hex>` of a policy file's bytes: what a plan and `policy apply` name a version by."""
    return "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass
class RouteReport:
    """What the replay shows on one route."""

    route: str
    outputs_old: int = 0
    outputs_new: int = 0
    changed: int = 0  # events routed here under both versions whose output differs
    gained: int = 0  # events that reach the route only under NEW
    lost: int = 0  # events that reach it only under OLD
    fields: dict[str, int] = field(default_factory=dict)  # field path -> outputs where it differs
    leaks_new: dict[str, int] = field(default_factory=dict)  # kind -> NEW's outputs the leak check flags (first kind)
    leaks_old: dict[str, int] = field(default_factory=dict)
    examples: list[str] = field(default_factory=list)  # event ids whose output changes

    @property
    def let_out(self) -> dict[str, int]:
        """How many more of NEW's outputs than OLD's the leak check flags, by the kind it names first."""
        return {k: n - self.leaks_old.get(k, 0) for k, n in self.leaks_new.items() if n > self.leaks_old.get(k, 0)}


@dataclass
class Plan:
    old_file: str
    new_file: str
    old_digest: str
    new_digest: str
    old_version: str
    new_version: str
    changes: list[Change]
    routes: list[RouteReport]
    sample: str
    events: int
    outcomes_changed: dict[str, int]  # "routed->dlq:dropped_by_rule" -> events

    @property
    def verdict(self) -> str:
        """widening when a change widens or the replay finds identifiers NEW lets out; else narrowing or neutral."""
        if any(c.direction == WIDENING for c in self.changes) or any(r.let_out for r in self.routes):
            return WIDENING
        if any(c.direction == NARROWING for c in self.changes):
            return NARROWING
        return NEUTRAL

    @property
    def exit_code(self) -> int:
        """0 when nothing widens, 3 when something does (2, an invalid NEW, never gets a plan)."""
        return 3 if self.verdict == WIDENING else 0

    def to_json(self) -> dict[str, Any]:
        """The plan file `policy apply --plan` reads."""
        return {
            "kind": "logwarden-policy-plan", "format": 1,
            "old": {"file": self.old_file, "digest": self.old_digest, "version": self.old_version},
            "new": {"file": self.new_file, "digest": self.new_digest, "version": self.new_version},
            "verdict": self.verdict,
            "changes": [{**asdict(c), "description": c.describe()} for c in self.changes],
            "replay": {"sample": self.sample, "events": self.events, "outcomes_changed": self.outcomes_changed,
                       "routes": [{**asdict(r), "let_out": r.let_out} for r in self.routes]},
        }

    def lines(self) -> Iterator[str]:
        """The plan for a person: the changes with their clauses, then the replay per route, then the verdict."""
        yield f"policy plan: {self.old_file} ({self.old_version}) -> {self.new_file} ({self.new_version})"
        yield f"changes ({len(self.changes)}):" if self.changes else "changes: none"
        for change in self.changes:
            yield f"  {change.describe()}"
        yield f"replay: {self.events} events ({self.sample})"
        for outcome, n in sorted(self.outcomes_changed.items()):
            yield f"  {n} events {outcome}"
        for r in self.routes:
            yield (f"  route {r.route}: {r.outputs_old} -> {r.outputs_new} outputs, {r.changed} changed, "
                   f"{r.gained} gained, {r.lost} lost")
            for path, n in sorted(r.fields.items(), key=lambda kv: (-kv[1], kv[0])):
                yield f"    {path}: differs in {n}"
            for kind, n in sorted(r.let_out.items()):
                yield f"    lets out: {n} more outputs carry a {kind} (the sink's leak check on NEW's outputs)"
            if r.examples:
                yield f"    e.g. event {', '.join(r.examples)}"
        yield f"verdict: {self.verdict}"


# --- samples: raw events as the pipeline reads them from logs.raw ---


def corpus_events(path: Path = CORPUS) -> Iterator[bytes]:
    """Each labelled string of the privacy corpus planted in the free-text fields of an event that both routes
    take (action properties, a form message, the query, the path)."""
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        text = json.loads(line)["text"]
        yield orjson.dumps({
            "schema": "action/1", "event_id": _EID.format(n), "ts": "2026-01-01T00:00:00.000Z",
            "service": "plan.invalid", "purposes": ["2.1.1", "2.1.2", "2.1.3", "2.1.4"],
            "consent": {"analytics": True, "marketing": True},
            "request": {"method": "POST", "host": "plan.invalid", "path": "/contact", "query": f"q={text}"},
            "action": {"name": "form_submit", "form": {"message": text}, "properties": {"note": text}},
        })


def loadgen_events(count: int = LOADGEN_EVENTS, seed: int = LOADGEN_SEED) -> Iterator[bytes]:
    """The load generator's traffic, seeded: the same events on every run (no malformed ones)."""
    from producers.synthetic import TrafficGenerator

    traffic = TrafficGenerator(seed=seed, malformed_share=0.0)
    for _ in range(count):
        yield traffic.message()


def jsonl_events(path: Path) -> Iterator[bytes]:
    """A JSON Lines file of raw events, one a line (blank lines skipped)."""
    with path.open("rb") as lines:
        for line in lines:
            if line.strip():
                yield line.rstrip(b"\r\n")


def archived_events(objects: Iterable[bytes]) -> Iterator[bytes]:
    """Records of archive objects (gzip JSON Lines, as the sink writes them), without the sink's stamp: what a
    route let out once, routed again under both versions."""
    import gzip

    for body in objects:
        for line in gzip.decompress(body).splitlines():
            if line.strip():
                record = orjson.loads(line)
                record.pop("logwarden", None)
                yield orjson.dumps(record)


def default_sample() -> tuple[str, list[bytes]]:
    """The privacy corpus (when this is a checkout) and the fixed load-generator sample."""
    events = list(loadgen_events())
    if CORPUS.is_file():
        return f"the privacy corpus {CORPUS.name} and {len(events)} load-generator events", \
            list(corpus_events()) + events
    return f"{len(events)} load-generator events (no privacy corpus at {CORPUS}: not a checkout)", events


# --- the replay ---


def _outputs(policy: Policy, raw: list[bytes], leak_check: LeakCheck
             ) -> tuple[list[str], list[dict[str, dict[str, Any]]], dict[str, Counter[str]]]:
    """Each event's outcome label and outputs by route (without the stamp), and the leak check's kinds by route.
    Checked while this policy's rules are the process's."""
    router = Router(policy, _REPLAY_KEY, "plan")
    outcomes, outputs = [], []
    leaks: dict[str, Counter[str]] = defaultdict(Counter)
    for message in raw:
        outcome = router.route(message)
        label = outcome.kind + (f":{outcome.rejected or outcome.dropped}" if outcome.kind != "routed" else "")
        by_route = {}
        for output in outcome.outputs:
            kind = leak_check(output.value)
            if kind is not None:
                leaks[output.route][kind] += 1
            doc = orjson.loads(output.value)
            doc.pop("logwarden", None)
            by_route[output.route] = doc
        outcomes.append(label)
        outputs.append(by_route)
    return outcomes, outputs, leaks


def _differing(old: Any, new: Any, path: str = "") -> list[str]:
    """The field paths where two outputs differ (down to the wire format's fields)."""
    if isinstance(old, dict) and isinstance(new, dict) and path.count(".") < 2:
        found = []
        for key in sorted(set(old) | set(new)):
            if old.get(key) != new.get(key):
                found += _differing(old.get(key), new.get(key), f"{path}.{key}" if path else key)
        return found
    return [path] if old != new else []


def route_readers(principals: Path, policy: Policy) -> dict[str, tuple[str, ...]]:
    """The readers the principals file names for each of the policy's routes (none for a route it does not name;
    a reader of a route the policy lacks is not one). No file: no readers known."""
    import tomllib

    try:
        table = tomllib.loads(principals.read_text(encoding="utf-8")).get("readers", {})
    except OSError:
        return {}
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"{principals}: not valid TOML: {exc}") from None
    users = {route: (value,) if isinstance(value, str) else tuple(value) for route, value in table.items()
             if isinstance(value, str | list)}
    return {r.name: users.get(r.name, ()) for r in policy.routes}


def plan(old: Policy, new: Policy, old_file: Path, new_file: Path, sample: str, raw: Iterable[bytes],
         leak_check: LeakCheck, old_readers: dict[str, tuple[str, ...]] | None = None,
         new_readers: dict[str, tuple[str, ...]] | None = None, old_digest: str | None = None) -> Plan:
    """The plan of NEW against OLD, replayed on `raw` (raw event messages); each route's readers under each, when
    known, classified too. `old_digest`: OLD's when it is no file here (the version in force, from logs.policy)."""
    messages = list(raw)
    outcomes_old, outputs_old, leaks_old = _outputs(old, messages, leak_check)
    outcomes_new, outputs_new, leaks_new = _outputs(new, messages, leak_check)
    routes = {name: RouteReport(name) for name in [r.name for r in old.routes] + [r.name for r in new.routes]}
    moved: Counter[str] = Counter()
    for message, was, now, before, after in zip(messages, outcomes_old, outcomes_new, outputs_old, outputs_new,
                                                strict=True):
        if was != now:
            moved[f"{was} -> {now}"] += 1
        for name, report in routes.items():
            a, b = before.get(name), after.get(name)
            report.outputs_old += a is not None
            report.outputs_new += b is not None
            if a is None and b is None:
                continue
            if a is None or b is None:
                report.gained += a is None
                report.lost += b is None
                continue
            paths = _differing(a, b)
            if paths:
                report.changed += 1
                for p in paths:
                    report.fields[p] = report.fields.get(p, 0) + 1
                if len(report.examples) < EXAMPLES:
                    report.examples.append(str(b.get("event_id") or orjson.loads(message).get("event_id")))
    for name, report in routes.items():
        report.leaks_old = dict(leaks_old.get(name, {}))
        report.leaks_new = dict(leaks_new.get(name, {}))
    return Plan(str(old_file), str(new_file), old_digest or digest(old_file), digest(new_file), old.version,
                new.version, classify(old, new, old_readers, new_readers), list(routes.values()), sample, len(messages),
                dict(moved))
