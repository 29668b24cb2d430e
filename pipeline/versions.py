"""Policy versions in force over time (clause 5.1): what `policy apply` publishes, and which version governs an event.

A version is published to the compacted topic `logs.policy` (pipeline/cluster/policy_log.py) as one JSON record:
the policy file's text and digest, its version id and summary, the plan it was applied with, who approved it and
why, and the effective time. The version that governs an event is decided by its raw record's Kafka timestamp
against the effective times (`Schedule.at`), never by the clock of the worker that routes it: every worker, and a
worker replaying after a crash, routes the same event under the same version.

A worker may route an event only once it knows every version that could govern it. `apply` refuses an effective
time less than `MIN_LEAD_MS` ahead of the moment it publishes, and a worker takes a version as effective no earlier
than its record's own timestamp plus that lead (`PolicyVersion.effective_from`), so a worker that has read
`logs.policy` to its end at time Q knows every version effective before Q + `MIN_LEAD_MS` - `FLIGHT_MS`
(`horizon_ms`). Pure: no Kafka here.
"""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

import orjson

from pipeline.policy import DAY_MS, Policy, TopicSpec

#: The compacted topic of versions: one partition, so its records are in publication order. Its records are few
#: and small; compaction keeps the last record of each key (an effective time), so none expires.
POLICY_TOPIC = TopicSpec("policy", "logs.policy", 1, 3650.0)
#: An effective time must be at least this far ahead when `apply` publishes it: the time workers have to read it.
MIN_LEAD_MS = 5_000
#: How long a record may take from its producer's clock to the log (the lead's margin against in-flight records).
FLIGHT_MS = 2_000
#: An event stamped further than this ahead of the worker's clock (a producer's wrong clock) does not wait for the
#: versions that might govern it: it is routed under what the worker knows (the one case two workers could differ).
MAX_FUTURE_MS = 60_000
#: How far ahead an effective time may be (a typo of the year would otherwise hide a version for years).
MAX_AHEAD_MS = 366 * DAY_MS


class EffectiveTimeError(ValueError):
    """The effective time is not a time, or not far enough ahead; the message says what was expected."""


@dataclass(frozen=True)
class PolicyVersion:
    """One published version: everything needed to load it and to say who put it in force, when and why."""

    version_id: str
    summary: str
    text: str  # the policy file, as applied
    digest: str  # SHA-256 of the text, hex
    effective_ms: int
    approver: str
    reason: str
    source: str  # the file it was applied from, for the reader
    published_ms: int = 0  # the record's timestamp in logs.policy (set when read)
    plan: dict[str, Any] | None = None
    widening: tuple[str, ...] = ()  # the changes that widen what leaves, as described to the approver

    @property
    def key(self) -> bytes:
        """The record's key in the compacted topic: the effective time. Applying again at the same moment replaces
        the earlier record; a rollback (an older version at a new time) is a record of its own."""
        return str(self.effective_ms).encode()

    @property
    def effective_from(self) -> int:
        """When the version governs events, in raw-record milliseconds: its effective time, but never before its
        record could have been read by every worker (see the module's docstring)."""
        if not self.published_ms:
            return self.effective_ms
        return max(self.effective_ms, self.published_ms + MIN_LEAD_MS)

    def to_json(self) -> bytes:
        data = asdict(self)
        del data["published_ms"]
        data["widening"] = list(self.widening)
        return orjson.dumps(data)

    @staticmethod
    def from_json(value: bytes, published_ms: int) -> PolicyVersion:
        """A record of `logs.policy`; ValueError when it is not one (a worker keeps its version then)."""
        try:
            data = orjson.loads(value)
            fields = {name: data[name] for name in ("version_id", "summary", "text", "digest", "effective_ms",
                                                    "approver", "reason", "source")}
        except (orjson.JSONDecodeError, KeyError, TypeError) as exc:
            raise ValueError(f"not a policy version record ({type(exc).__name__})") from None
        if not isinstance(fields["effective_ms"], int) or not isinstance(fields["text"], str):
            raise ValueError("not a policy version record (effective_ms or text of a wrong type)")
        if digest_of(fields["text"]) != fields["digest"]:
            raise ValueError("the policy text does not match its digest")
        plan = data.get("plan")
        return PolicyVersion(**fields, published_ms=published_ms, plan=plan if isinstance(plan, dict) else None,
                             widening=tuple(str(w) for w in data.get("widening") or ()))


def digest_of(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def parse_effective(text: str, now_ms: int) -> int:
    """`--effective TIME`: an ISO 8601 time (UTC when no zone is given) at least `MIN_LEAD_MS` ahead, in ms."""
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise EffectiveTimeError(f"--effective {text!r} is not a time; expected ISO 8601 such as "
                                 "2026-12-07T00:00:00Z") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    effective = int(moment.timestamp() * 1000)
    if effective < now_ms + MIN_LEAD_MS:
        raise EffectiveTimeError(
            f"--effective {text!r} is {'in the past' if effective <= now_ms else 'too soon'} (now is "
            f"{format_ms(now_ms)}); expected a time at least {MIN_LEAD_MS // 1000} s ahead, so every worker reads "
            "the version before it governs an event")
    if effective > now_ms + MAX_AHEAD_MS:
        raise EffectiveTimeError(f"--effective {text!r} is more than a year ahead; expected a time within the year")
    return effective


def format_ms(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


T = TypeVar("T")


class Schedule(Generic[T]):
    """What governs an event from each effective time on (a compiled router, in the worker): the base, the
    version the process started with, before the first; each later one from its `effective_from`."""

    def __init__(self, base: T, base_version: str) -> None:
        self._times: list[int] = []
        self._items: list[T] = [base]
        self._versions: list[str] = [base_version]

    def add(self, effective_from: int, item: T, version_id: str) -> None:
        """Put a version in force from this time; one added at the same time replaces it (a re-apply)."""
        index = bisect.bisect_left(self._times, effective_from)
        if index < len(self._times) and self._times[index] == effective_from:
            self._items[index + 1], self._versions[index + 1] = item, version_id
            return
        self._times.insert(index, effective_from)
        self._items.insert(index + 1, item)
        self._versions.insert(index + 1, version_id)

    def at(self, timestamp_ms: int) -> T:
        """What governs an event whose raw record has this timestamp."""
        return self._items[bisect.bisect_right(self._times, timestamp_ms)]

    def version_at(self, timestamp_ms: int) -> str:
        return self._versions[bisect.bisect_right(self._times, timestamp_ms)]

    def items(self) -> list[T]:
        return list(self._items)

    @property
    def single(self) -> T | None:
        """The one item when no version was ever added (the worker then skips the look-up per event)."""
        return self._items[0] if not self._times else None


def in_force(versions: list[PolicyVersion], now_ms: int) -> PolicyVersion | None:
    """The version governing events stamped now: the last to take effect at or before it, or None."""
    schedule: Schedule[PolicyVersion | None] = Schedule(None, "")
    for version in versions:
        schedule.add(version.effective_from, version, version.version_id)
    return schedule.at(now_ms)


def horizon_ms(caught_up_at_ms: int) -> int:
    """Events stamped before this are governed by versions a worker that read `logs.policy` to its end at
    `caught_up_at_ms` already knows."""
    return caught_up_at_ms + MIN_LEAD_MS - FLIGHT_MS


class RefusedError(ValueError):
    """`policy apply` will not publish this version as asked; the message says why and what to do, and the exit
    code says which: 2 for a mistake in the input, 3 for a widening change without an approval."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def prepare(new: Policy, text: str, in_force_now: Policy, published: list[PolicyVersion], effective_ms: int,
            approver: str, reason: str | None, plan: dict[str, Any] | None) -> PolicyVersion:
    """The version `policy apply` publishes, after the checks that do not need the cluster: a widening change
    needs a reason (`--approve`), and a version id already published stands for the same file (a change of the
    file raises its revision; applying an older version as it was is a rollback)."""
    from pipeline.policy_diff import classify  # the classifier of changes (`policy plan` shares it)

    digest = digest_of(text)
    for earlier in published:
        if earlier.version_id == new.version_id and earlier.digest != digest:
            raise RefusedError(f"{new.source}: [policy] revision: version {new.version_id} was published with another "
                               f"file (digest {earlier.digest[:12]}); raise revision to {new.revision + 1}", 2)
    widening = tuple(change.describe() for change in classify(in_force_now, new) if change.direction == "widening")
    if widening and not reason:
        raise RefusedError(f"{new.source}: {len(widening)} change(s) widen what leaves the pipeline, such as "
                           f"{widening[0]}; review `logwarden policy plan {new.source}` and apply with "
                           "--approve \"reason\"", 3)
    return PolicyVersion(new.version_id, new.summary, text, digest, effective_ms, approver, reason or "",
                         str(new.source), plan=plan, widening=widening)
