"""Legal holds (clause 4.1): what a court names is kept past its year, recorded, and released.

A hold is an S3 Object Lock legal hold on every version of a route's objects whose event hour
overlaps a time range, on a bucket made with versioning and Object Lock. It records itself in
a register kept in the bucket itself, one JSON document per hold under `REGISTER_PREFIX` (a
prefix the analysts' read access does not reach: consumers/protection.py), and in the log.

Crash safety: the register never says "held" while objects are not. `place` writes the hold
as `placing` first, then holds the objects, then rewrites it as `placed` with the versions it
held; `release` writes `releasing`, lifts the holds that no other hold needs, then writes
`released`. A process killed between two steps leaves a `placing` or `releasing` hold, which
`finish_pending` (run by every `hold` command) completes: the steps are idempotent.

Objects written after the hold (late events, a backfill) are held by the sink: `OnWrite.after_put`
reads the register *after* its puts and holds what an active hold covers. With `place`
registering *before* it lists, every object is either listed by `place` (written before the
listing) or seen held by the sink (its check after the register was written): S3's strong
read-after-write consistency makes one of the two true.

Pure: `Hold`, `hour_of`, `validate`, `topic_note`. Edges: the register and the holds on S3.
"""

from __future__ import annotations

import getpass
import logging
import re
import secrets
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import orjson
from botocore.exceptions import BotoCoreError, ClientError

from pipeline.policy import Policy

log = logging.getLogger("logwarden.holds")

#: Where the register lives in the bucket; outside every route's prefix, so no reader's glob reaches it.
REGISTER_PREFIX = ".logwarden/holds/"
#: The states a hold passes through; the first two and `releasing` keep objects held.
PLACING, PLACED, RELEASING, RELEASED = "placing", "placed", "releasing", "released"
ACTIVE = frozenset({PLACING, PLACED, RELEASING})
_KEY = re.compile(r"^(?P<route>[^/]+)/dt=(?P<day>\d{4}-\d{2}-\d{2})/hour=(?P<hour>\d{2})/")
_ID = re.compile(r"^H-\d{8}-[0-9a-f]{6}$")
HOUR = timedelta(hours=1)


class HoldError(Exception):
    """Bad input or a store that cannot hold: one line for the operator, exit 2."""


class HoldsInterrupted(Exception):
    """The sink was asked to stop while S3 refused the hold of what it wrote: nothing is committed."""


@dataclass(frozen=True)
class Version:
    key: str
    version_id: str


@dataclass
class Hold:
    """One court request: a route and a time range of event hours, kept until released."""

    id: str
    route: str
    start: datetime
    end: datetime
    reason: str
    case: str
    placed_by: str
    placed_at: datetime
    state: str = PLACING
    versions: list[Version] = field(default_factory=list)  # what `place` held (the sink holds later ones)
    released_by: str = ""
    released_at: datetime | None = None

    @property
    def active(self) -> bool:
        return self.state in ACTIVE

    def covers(self, route: str, hour: datetime) -> bool:
        """True when the event hour starting at `hour` overlaps the hold's range on its route."""
        return route == self.route and hour < self.end and hour + HOUR > self.start

    def covers_key(self, key: str) -> bool:
        found = hour_of(key)
        return found is not None and self.covers(*found)

    def to_json(self) -> bytes:
        data = asdict(self)
        for name in ("start", "end", "placed_at", "released_at"):
            data[name] = _iso(getattr(self, name))
        return orjson.dumps(data, option=orjson.OPT_INDENT_2)

    @staticmethod
    def from_json(raw: bytes) -> Hold:
        data = orjson.loads(raw)
        for name in ("start", "end", "placed_at", "released_at"):
            data[name] = datetime.fromisoformat(data[name]) if data.get(name) else None
        data["versions"] = [Version(**v) for v in data.get("versions", [])]
        return Hold(**data)


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat() if moment is not None else None


def hour_of(key: str) -> tuple[str, datetime] | None:
    """(route, event hour) from a Hive key `route/dt=YYYY-MM-DD/hour=HH/...`; None for any other key."""
    match = _KEY.match(key)
    if match is None:
        return None
    day = date.fromisoformat(match["day"])
    return match["route"], datetime(day.year, day.month, day.day, int(match["hour"]), tzinfo=UTC)


def validate(policy: Policy, route: str, start: datetime, end: datetime, reason: str, now: datetime) -> None:
    """Refuse what no court could mean, with one line each (HoldError)."""
    names = [r.name for r in policy.routes]
    if route not in names:
        raise HoldError(f"unknown route {route!r}: the policy's routes are {', '.join(names)}")
    if not reason.strip():
        raise HoldError("a hold needs a reason (--reason): the court request it answers, in a few words")
    if end <= start:
        raise HoldError(f"the range is reversed or empty: --from {_iso(start)} is not before --to {_iso(end)}")
    if start > now:
        raise HoldError(f"the range is in the future: --from {_iso(start)} is after now ({_iso(now)}); "
                        "a hold names events that happened")
    if end > now + HOUR:
        raise HoldError(f"--to {_iso(end)} is in the future (now is {_iso(now)}): hold up to now, and place "
                        "another hold later if the request goes on")


def topic_note(policy: Policy, hold: Hold, topic: str, now: datetime) -> str | None:
    """What a hold means on the Kafka side when part of its range may still be in the route's topic."""
    route = next(r for r in policy.routes if r.name == hold.route)
    kept_from = now - timedelta(milliseconds=route.topic.retention_ms)
    if hold.end <= kept_from:
        return None
    days = route.topic.retention_ms / 86_400_000
    return (f"events of this range may still be in topic {topic} (retention {days:g} days): Kafka drops them on "
            "its schedule; the archive in S3 is what holds")


def object_lock_enabled(client: Any, bucket: str) -> bool:
    """True when the bucket was made with Object Lock (and so keeps versions)."""
    try:
        return bool(client.get_object_lock_configuration(Bucket=bucket).get(
            "ObjectLockConfiguration", {}).get("ObjectLockEnabled") == "Enabled")
    except ClientError as exc:
        if exc.response.get("Error", {}).get("Code") not in {"ObjectLockConfigurationNotFoundError",
                                                              "NotImplemented"}:
            raise
        return False


def require_object_lock(client: Any, bucket: str) -> None:
    """Refuse a bucket without versioning and Object Lock, saying how to make one (HoldError)."""
    if not object_lock_enabled(client, bucket):
        raise HoldError(f"bucket {bucket} has no Object Lock, so nothing in it can be held: make a new bucket with "
                        "it (`aws s3api create-bucket --object-lock-enabled-for-bucket`, or `logwarden dev up` "
                        "locally; it turns versioning on) and move the archive there")


# --- the register (one JSON document per hold under REGISTER_PREFIX) ---


def _register_key(hold_id: str) -> str:
    return f"{REGISTER_PREFIX}{hold_id}.json"


def save(client: Any, bucket: str, hold: Hold) -> None:
    client.put_object(Bucket=bucket, Key=_register_key(hold.id), Body=hold.to_json(),
                      ContentType="application/json", ServerSideEncryption="AES256")


def load_all(client: Any, bucket: str) -> list[Hold]:
    """Every hold in the register, oldest first."""
    holds = []
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=REGISTER_PREFIX):
        for item in page.get("Contents", []):
            if item["Key"].endswith(".json"):
                holds.append(Hold.from_json(client.get_object(Bucket=bucket, Key=item["Key"])["Body"].read()))
    return sorted(holds, key=lambda h: (h.placed_at, h.id))


def get(client: Any, bucket: str, hold_id: str) -> Hold:
    if not _ID.match(hold_id):
        raise HoldError(f"no hold {hold_id!r}: hold ids look like H-20261124-0a1b2c (`logwarden hold list`)")
    try:
        body = client.get_object(Bucket=bucket, Key=_register_key(hold_id))["Body"].read()
    except ClientError as exc:
        if exc.response.get("Error", {}).get("Code") in {"NoSuchKey", "404"}:
            raise HoldError(f"no hold {hold_id} in the register of bucket {bucket} (`logwarden hold list`)") from None
        raise
    return Hold.from_json(body)


# --- the objects ---


def versions_in_range(client: Any, bucket: str, hold: Hold) -> Iterator[Version]:
    """Every stored version (delete markers have no data to hold) of the hold's route and hours."""
    day = hold.start.astimezone(UTC).date()
    while day <= hold.end.astimezone(UTC).date():
        prefix = f"{hold.route}/dt={day.isoformat()}/"
        for page in client.get_paginator("list_object_versions").paginate(Bucket=bucket, Prefix=prefix):
            for item in page.get("Versions", []):
                if hold.covers_key(item["Key"]):
                    yield Version(item["Key"], item.get("VersionId") or "null")
        day += timedelta(days=1)


def legal_hold_on(client: Any, bucket: str, version: Version) -> bool:
    try:
        answer = client.get_object_legal_hold(Bucket=bucket, Key=version.key, VersionId=version.version_id)
    except ClientError as exc:
        if exc.response.get("Error", {}).get("Code") in {"NoSuchObjectLockConfiguration", "InvalidRequest",
                                                          "ObjectLockConfigurationNotFoundError"}:
            return False
        raise
    return bool(answer.get("LegalHold", {}).get("Status") == "ON")


def _set(client: Any, bucket: str, version: Version, on: bool) -> None:
    client.put_object_legal_hold(Bucket=bucket, Key=version.key, VersionId=version.version_id,
                                 LegalHold={"Status": "ON" if on else "OFF"})


def place(client: Any, bucket: str, policy: Policy, route: str, start: datetime, end: datetime, reason: str,
          case: str, now: datetime, who: str | None = None,
          after_register: Callable[[Hold], None] | None = None) -> Hold:
    """Register the hold as placing, hold every version of its range, then register it as placed.
    `after_register` runs between the first two steps (the tests' window for a crash or a concurrent write)."""
    validate(policy, route, start, end, reason, now)
    require_object_lock(client, bucket)
    hold = Hold(id=f"H-{now.astimezone(UTC):%Y%m%d}-{secrets.token_hex(3)}", route=route, start=start, end=end,
                reason=reason.strip(), case=case.strip(), placed_by=who or _who(), placed_at=now)
    save(client, bucket, hold)
    log.info("hold registered; holding its objects", extra=_fields(hold))
    if after_register is not None:
        after_register(hold)
    return _finish_placing(client, bucket, hold)


def _finish_placing(client: Any, bucket: str, hold: Hold) -> Hold:
    held = list(versions_in_range(client, bucket, hold))
    for version in held:
        _set(client, bucket, version, on=True)
    done = replace(hold, state=PLACED, versions=held)
    save(client, bucket, done)
    log.info("hold placed", extra={**_fields(done), "objects": len(held)})
    return done


def release(client: Any, bucket: str, hold_id: str, now: datetime, who: str | None = None,
            after_marking: Callable[[Hold], None] | None = None) -> Hold:
    """Mark the hold releasing, lift the legal hold of every version no other active hold covers, mark it
    released. Its objects then expire by the lifecycle, or at the next `retention enforce`."""
    hold = get(client, bucket, hold_id)
    if hold.state == RELEASED:
        raise HoldError(f"hold {hold_id} was already released on {_iso(hold.released_at)} by {hold.released_by}")
    if hold.state == PLACING:
        hold = _finish_placing(client, bucket, hold)
    hold = replace(hold, state=RELEASING, released_by=who or _who(), released_at=now)
    save(client, bucket, hold)
    if after_marking is not None:
        after_marking(hold)
    return _finish_releasing(client, bucket, hold)


def _finish_releasing(client: Any, bucket: str, hold: Hold) -> Hold:
    others = [h for h in load_all(client, bucket) if h.active and h.id != hold.id]
    lifted = 0
    for version in versions_in_range(client, bucket, hold):
        if not any(other.covers_key(version.key) for other in others):
            _set(client, bucket, version, on=False)
            lifted += 1
    done = replace(hold, state=RELEASED)
    save(client, bucket, done)
    log.info("hold released", extra={**_fields(done), "lifted": lifted})
    return done


def finish_pending(client: Any, bucket: str) -> list[Hold]:
    """Complete the holds a killed `place` or `release` left half done; returns them as they now stand."""
    finished = []
    for hold in load_all(client, bucket):
        if hold.state == PLACING:
            log.warning("a hold was left placing (its command was stopped); holding its objects now",
                        extra=_fields(hold))
            finished.append(_finish_placing(client, bucket, hold))
        elif hold.state == RELEASING:
            log.warning("a hold was left releasing; finishing its release", extra=_fields(hold))
            finished.append(_finish_releasing(client, bucket, hold))
    return finished


def held_by(holds: Iterable[Hold], key: str) -> list[Hold]:
    """The active holds whose range covers an object key."""
    return [hold for hold in holds if hold.active and hold.covers_key(key)]


def _fields(hold: Hold) -> dict[str, Any]:
    """The hold as a log line's fields: who, when, what, why (the reason is the operator's text, not an event's)."""
    return {"hold": hold.id, "route": hold.route, "from": _iso(hold.start), "to": _iso(hold.end),
            "reason": hold.reason, "case": hold.case, "by": hold.placed_by, "state": hold.state}


def _who() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


# --- the sink's side: objects written into a held range ---


@dataclass
class OnWrite:
    """The register as the sink sees it, refreshed after each segment's puts: one LIST of the register's prefix,
    and a GET only of the documents whose ETag changed since the last look."""

    client: Any
    bucket: str
    max_backoff: float = 30.0
    #: Told each failed attempt's number, then 0 once an attempt after failures succeeds: the sink counts the
    #: failures and shows itself paused, as for its puts, so an outage here is no silent stall.
    retrying: Callable[[int], None] = lambda attempt: None
    _etags: dict[str, str] = field(default_factory=dict)
    _holds: dict[str, Hold] = field(default_factory=dict)

    def refresh(self) -> list[Hold]:
        seen: dict[str, str] = {}
        for page in self.client.get_paginator("list_objects_v2").paginate(Bucket=self.bucket,
                                                                          Prefix=REGISTER_PREFIX):
            for item in page.get("Contents", []):
                seen[item["Key"]] = item["ETag"]
        for key, etag in seen.items():
            if self._etags.get(key) != etag:
                body = self.client.get_object(Bucket=self.bucket, Key=key)["Body"].read()
                self._holds[key] = Hold.from_json(body)
        for gone in set(self._holds) - set(seen):
            del self._holds[gone]
        self._etags = seen
        return [hold for hold in self._holds.values() if hold.active]

    def after_put(self, keys: list[str], stopping: Callable[[], bool]) -> int:
        """Hold the current version of each key an active hold covers; retried with backoff while S3 refuses.
        Returns how many were held. Raises HoldsInterrupted when asked to stop during the retries."""
        attempt = 0
        while True:
            try:
                active = self.refresh()
                covered = [key for key in keys if held_by(active, key)]
                for key in covered:
                    self.client.put_object_legal_hold(Bucket=self.bucket, Key=key, LegalHold={"Status": "ON"})
                if covered:
                    log.info("late objects of a held range held as written", extra={
                        "objects": len(covered), "holds": sorted({h.id for k in covered for h in held_by(active, k)})})
                if attempt:
                    self.retrying(0)
                return len(covered)
            except (BotoCoreError, ClientError) as exc:
                attempt += 1
                self.retrying(attempt)
                delay = min(0.2 * 2**attempt, self.max_backoff)
                log.warning("could not check or apply the legal holds of stored objects; retrying, nothing is "
                            "committed meanwhile", extra={"attempt": attempt, "retry_in_s": delay,
                                                          "error": type(exc).__name__})
                if stopping():
                    raise HoldsInterrupted from exc
                time.sleep(delay)
