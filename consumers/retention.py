"""Clause 3.3 checked and enforced: the lifecycle rules, every version's age, the topics' retention.

`check` answers "does the store keep the promise?" with a reason for each violation:
a lifecycle rule missing or drifted, a version past its time that no legal hold explains, a
Kafka topic retaining longer than the policy allows. `enforce` deletes the versions past their
time, for stores that do not expire objects themselves (moto, some S3-compatible servers),
and never one under a legal hold (clause 4.1, consumers/holds.py). Ages come from the Hive keys
(`dt=YYYY-MM-DD`), so a copy or restore that resets an object's creation time cannot make it
look younger than its events.

In a bucket that keeps versions, every version counts (`survey`): a version is past its time
when its key's event date is past retention, when it has been noncurrent longer than the
policy's `noncurrent_version_days`, or, for a delete marker, when no version is left behind it.

The pseudonym keys keep the same year (pipeline/keyring.py): `check` fails on an epoch key kept more than
the retention's days after its epoch ended, and `destroy_keys` (run by `retention enforce`) destroys it, unless
a legal hold over the epoch's window keeps it (`key_holds`, answered by the holds' register).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from consumers import holds, lifecycle
from consumers.protection import protect
from pipeline import keyring
from pipeline.cluster.topics import topic_retention_ms
from pipeline.policy import Policy
from pipeline.progress import Progress
from pipeline.settings import Settings

_DT = re.compile(r"/dt=(\d{4}-\d{2}-\d{2})/")

#: Whether a legal hold keeps a pseudonym key epoch past its time (`key_holds`, from the holds' register).
KeyHold = Callable[[keyring.Epoch], bool]


@dataclass
class Report:
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    held: list[str] = field(default_factory=list)  # objects past their time that a legal hold keeps, and by which

    @property
    def ok(self) -> bool:
        return not self.problems


def cutoff(policy: Policy, now: datetime) -> date:
    """Objects whose event date is before this day are past retention."""
    return (now.astimezone(UTC) - timedelta(days=policy.retention.s3_days)).date()


def partition_dates(client: Any, bucket: str, route: str) -> list[date]:
    """The event dates a route has objects for, from its dt= prefixes (no object listing)."""
    dates = []
    paginator = client.get_paginator("list_objects_v2")
    for page in paginator.paginate(Bucket=bucket, Prefix=f"{route}/", Delimiter="/"):
        for prefix in page.get("CommonPrefixes", []):
            match = re.search(r"dt=(\d{4}-\d{2}-\d{2})/$", prefix["Prefix"])
            if match:
                dates.append(date.fromisoformat(match.group(1)))
    return sorted(dates)


def oldest_age_days(client: Any, bucket: str, policy: Policy, now: datetime) -> float:
    """Age in days of the oldest event date with objects in the bucket (0 when it is empty)."""
    oldest = [d for route in policy.routes for d in partition_dates(client, bucket, route.name)[:1]]
    if not oldest:
        return 0.0
    return (now.astimezone(UTC).date() - min(oldest)).days


@dataclass(frozen=True)
class StoredVersion:
    """One version of an object under a route's prefix, or a delete marker."""

    key: str
    version_id: str
    latest: bool
    marker: bool
    last_modified: datetime
    noncurrent_since: datetime | None  # when a newer version (or marker) took its place
    alone: bool  # a delete marker with no version behind it

    @property
    def event_day(self) -> date | None:
        match = _DT.search("/" + self.key)
        return date.fromisoformat(match.group(1)) if match else None

    def line(self) -> str:
        """The key, and which version when it is not simply the current object."""
        if self.latest and not self.marker:
            return self.key
        kind = "delete marker" if self.marker else "noncurrent version"
        return f"{self.key} ({kind} {self.version_id})"


def route_versions(client: Any, bucket: str, route: str) -> Iterator[StoredVersion]:
    """Every version and delete marker under `route/`, each knowing when it stopped being current."""
    by_key: dict[str, list[dict[str, Any]]] = {}
    for page in client.get_paginator("list_object_versions").paginate(Bucket=bucket, Prefix=f"{route}/"):
        for item in page.get("Versions", []):
            by_key.setdefault(item["Key"], []).append({**item, "marker": False})
        for item in page.get("DeleteMarkers", []):
            by_key.setdefault(item["Key"], []).append({**item, "marker": True})
    for key in sorted(by_key):
        entries = sorted(by_key[key], key=lambda e: (not e.get("IsLatest"), -e["LastModified"].timestamp()))
        newer: datetime | None = None
        for entry in entries:
            yield StoredVersion(key, entry.get("VersionId") or "null", bool(entry.get("IsLatest")), entry["marker"],
                                entry["LastModified"], None if entry.get("IsLatest") else newer,
                                entry["marker"] and len(entries) == 1)
            newer = entry["LastModified"]


def past_time(version: StoredVersion, policy: Policy, now: datetime) -> str | None:
    """Why a version is past its time under the policy, or None while it may be kept."""
    day = version.event_day
    if day is not None and day < cutoff(policy, now):
        return f"event date before {cutoff(policy, now)}"
    noncurrent_days = policy.retention.noncurrent_version_days
    if version.noncurrent_since is not None and version.noncurrent_since + timedelta(days=noncurrent_days) <= now:
        return f"noncurrent for more than {noncurrent_days} days"
    if version.alone and version.last_modified + timedelta(days=noncurrent_days) <= now:
        return "a delete marker with no version behind it"
    return None


@dataclass
class Survey:
    """Every version of the routes' objects as the store shows it, judged against the policy and the holds."""

    current: dict[str, int] = field(default_factory=dict)  # route -> current objects
    versions: dict[str, int] = field(default_factory=dict)  # route -> versions (data, not markers)
    markers: dict[str, int] = field(default_factory=dict)  # route -> delete markers
    oldest: dict[str, str | None] = field(default_factory=dict)  # route -> oldest event date with data
    past: list[tuple[StoredVersion, str]] = field(default_factory=list)  # due for deletion, with why
    held: list[tuple[StoredVersion, list[str]]] = field(default_factory=list)  # past its time, kept by holds
    unexplained: list[StoredVersion] = field(default_factory=list)  # under a legal hold no active hold explains


def survey(client: Any, bucket: str, policy: Policy, now: datetime, register: list[holds.Hold],
           listed: Callable[[int], object] | None = None) -> Survey:
    """Every version judged: kept, past its time (`past`), or past its time but held (`held`, with the ids
    of the holds covering it). Only versions past their time are asked for their legal hold."""
    found = Survey()
    seen = 0
    for route in policy.routes:
        name = route.name
        found.current[name] = found.versions[name] = found.markers[name] = 0
        oldest: date | None = None
        for version in route_versions(client, bucket, name):
            seen += 1
            if listed is not None:
                listed(seen)
            if version.marker:
                found.markers[name] += 1
            else:
                found.versions[name] += 1
                found.current[name] += version.latest
                day = version.event_day
                if day is not None and (oldest is None or day < oldest):
                    oldest = day
            why = past_time(version, policy, now)
            if why is None:
                continue
            if not version.marker and holds.legal_hold_on(client, bucket, holds.Version(version.key,
                                                                                          version.version_id)):
                covering = [hold.id for hold in holds.held_by(register, version.key)]
                if covering:
                    found.held.append((version, covering))
                else:
                    found.unexplained.append(version)
            else:
                found.past.append((version, why))
        found.oldest[name] = oldest.isoformat() if oldest else None
    return found


def key_holds(register: list[holds.Hold]) -> KeyHold:
    """The pseudonym key epochs the holds in force keep past their time: those whose window meets a hold's range."""
    return keyring.kept_by_ranges((hold.start, hold.end) for hold in register if hold.active)


def check(settings: Settings, policy: Policy, client: Any, now: datetime) -> Report:
    """The store, the keyring and the topics against clause 3.3; the holds' register says which key epochs a legal
    hold keeps past their time."""
    report = Report()
    register = holds.load_all(client, settings.s3_bucket)
    check_keys(settings, policy, now, report, key_holds(register))
    rules, versioned = lifecycle.read(client, settings.s3_bucket)
    plan = lifecycle.plan(rules, policy.retention, versioned)
    report.problems.extend(plan.problems)
    if plan.compliant:
        report.notes.append(f"lifecycle rule {lifecycle.RULE_ID}: expire after {policy.retention.s3_days} days"
                            + (", noncurrent versions too, and lone delete markers" if versioned else ""))
    found = survey(client, settings.s3_bucket, policy, now, register)
    total = sum(found.versions.values()) + sum(found.markers.values())
    report.notes.append(f"{sum(found.current.values())} objects, {total} versions and delete markers counted")
    expired = [version for version, why in found.past if why.startswith("event date")]
    if expired:
        report.problems.append(f"{len(expired)} objects are older than {policy.retention.s3_days} days by their "
                               f"event date (before {cutoff(policy, now)}), e.g. {expired[0].line()}")
    stale = [(version, why) for version, why in found.past if not why.startswith("event date")]
    if stale:
        report.problems.append(f"{len(stale)} versions or delete markers are past their time, e.g. "
                               f"{stale[0][0].line()}: {stale[0][1]}")
    for version, ids in found.held:
        report.held.append(f"{version.line()} held by {', '.join(ids)}")
    if found.unexplained:
        report.problems.append(f"{len(found.unexplained)} objects past their time are under a legal hold that no "
                               f"active hold in the register explains, e.g. {found.unexplained[0].line()} "
                               "(`logwarden hold list` finishes a hold left half released)")
    limits = {
        settings.topic(policy.raw.name): policy.raw.retention_ms,
        settings.topic(policy.dlq.name): policy.dlq.retention_ms,
    }
    for route in policy.routes:
        limits[settings.topic(route.topic.name)] = route.topic.retention_ms
    for topic, actual in topic_retention_ms(settings, list(limits)).items():
        if actual is None:
            report.problems.append(f"topic {topic} does not exist")
        elif actual < 0 or actual > limits[topic]:
            shown = "forever" if actual < 0 else f"{actual / 86_400_000:g} days"
            report.problems.append(
                f"topic {topic} keeps data {shown}; the policy allows {limits[topic] / 86_400_000:g} days"
            )
        else:
            report.notes.append(f"topic {topic}: retention {actual / 86_400_000:g} days")
    return report


@dataclass
class Enforced:
    deleted: list[StoredVersion]  # or, in a dry run, what would be
    held: list[tuple[StoredVersion, list[str]]]  # past their time, kept by a hold


def enforce(settings: Settings, policy: Policy, client: Any, now: datetime, dry_run: bool,
            progress: Callable[[str, str, int | None], Progress] | None = None) -> Enforced:
    """Delete every version past its time (or only list them, with dry_run), never one under a legal hold. A big
    bucket takes minutes: with `progress` (what, unit, total -> a Progress), the listing and the deletion each show
    theirs."""
    listing = progress("retention enforce: listing expired", "objects", None) if progress else None
    register = holds.load_all(client, settings.s3_bucket)
    found = survey(client, settings.s3_bucket, policy, now, register, listing.update if listing else None)
    if listing is not None:
        listing.finish()
    due = [version for version, _ in found.past]
    if not dry_run:
        deleting = progress("retention enforce: deleting", "objects", len(due)) if progress else None
        for start in range(0, len(due), 1000):
            chunk = due[start : start + 1000]
            answer = client.delete_objects(Bucket=settings.s3_bucket, Delete={"Objects": [
                {"Key": v.key, **({"VersionId": v.version_id} if v.version_id != "null" else {})} for v in chunk
            ], "Quiet": True})
            errors = answer.get("Errors", [])
            if errors:
                raise RuntimeError(
                    f"S3 refused to delete {len(errors)} objects, e.g. {errors[0].get('Key')}: "
                    f"{errors[0].get('Message')}"
                )
            if deleting is not None:
                deleting.update(start + len(chunk))
        if deleting is not None:
            deleting.finish()
    return Enforced(due, found.held)


def check_keys(settings: Settings, policy: Policy, now: datetime, report: Report, kept: KeyHold) -> None:
    """The keyring's part of the check: a key kept past its time that no hold explains is a violation."""
    path = keyring.keyring_path(settings)
    if not path.exists():
        report.notes.append(f"no pseudonym keyring at {path} (LOGWARDEN_KEYRING_FILE: run the check where the "
                            "workers' keyring is)")
        return
    problems, notes = keyring.check(keyring.store_of(settings), now, kept, policy.retention.s3_days)
    report.problems.extend(problems)
    report.notes.extend(notes)


def destroy_keys(settings: Settings, policy: Policy, now: datetime, dry_run: bool, kept: KeyHold
                 ) -> tuple[list[keyring.Epoch], list[keyring.Epoch]]:
    """Destroy the pseudonym keys kept past the retention's days after their epoch (none with dry_run), except
    those a hold keeps; (destroyed or due, kept by a hold). No keyring here: nothing to destroy."""
    if not keyring.keyring_path(settings).exists():
        return [], []
    return keyring.destroy_expired(keyring.store_of(settings), now, kept, policy.retention.s3_days, dry_run)


def apply(settings: Settings, policy: Policy, client: Any, say: Callable[[str], None]) -> None:
    """`logwarden retention apply`: the policy's lifecycle rule on the bucket (other rules kept), then clause
    3.1 for the archive: encrypted at rest, never public, no unencrypted or plain-HTTP requests."""
    found = lifecycle.ensure(client, settings.s3_bucket, policy.retention)
    for problem in found.problems:
        say(f"repaired: {problem}")
    say(
        f"bucket {settings.s3_bucket}: objects expire after {policy.retention.s3_days} days "
        f"({'changed' if found.problems else 'already so'})"
    )
    for step in protect(client, settings.s3_bucket, settings.s3_endpoint, settings.s3_reader_principals):
        say(f"bucket {settings.s3_bucket}: {step.line()}")
