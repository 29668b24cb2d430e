"""Clause 3.3 checked and enforced: the lifecycle rule, the objects' ages, the topics' retention.

`check` answers "does the store keep the promise?" with a reason for each violation:
the lifecycle rule missing or drifted, an object older than the retention by its event
date, a Kafka topic retaining longer than the policy allows. `enforce` deletes the objects
past retention, for stores that do not expire objects themselves (moto, some S3-compatible
servers). Object ages come from the Hive keys (`dt=YYYY-MM-DD`), so a copy or restore that
resets an object's creation time cannot make it look younger than its events.

The pseudonym keys keep the same year (pipeline/keyring.py): `check` fails on an epoch key kept more than
the retention's days after its epoch ended, and `destroy_keys` (run by `retention enforce`) destroys it, unless
a legal hold over the epoch's window keeps it (`kept`, answered by the holds' register).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from consumers import lifecycle
from consumers.protection import protect
from pipeline import keyring
from pipeline.cluster.topics import topic_retention_ms
from pipeline.policy import Policy
from pipeline.progress import Progress
from pipeline.settings import Settings

_DT = re.compile(r"/dt=(\d{4}-\d{2}-\d{2})/")

#: Whether a legal hold keeps a pseudonym key epoch past its time; without holds, none is kept.
KeyHold = Callable[[keyring.Epoch], bool]


def _no_hold(_epoch: keyring.Epoch) -> bool:
    return False


@dataclass
class Report:
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

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


def expired_objects(client: Any, bucket: str, policy: Policy, now: datetime) -> Iterator[str]:
    """Keys of objects whose event date is past retention."""
    limit = cutoff(policy, now)
    for route in policy.routes:
        for day in partition_dates(client, bucket, route.name):
            if day >= limit:
                break
            paginator = client.get_paginator("list_objects_v2")
            for page in paginator.paginate(Bucket=bucket, Prefix=f"{route.name}/dt={day.isoformat()}/"):
                for item in page.get("Contents", []):
                    yield item["Key"]


def check(settings: Settings, policy: Policy, client: Any, now: datetime, kept: KeyHold = _no_hold) -> Report:
    report = Report()
    check_keys(settings, policy, now, report, kept)
    rules, versioned = lifecycle.read(client, settings.s3_bucket)
    plan = lifecycle.plan(rules, policy.retention, versioned)
    report.problems.extend(plan.problems)
    if plan.compliant:
        report.notes.append(f"lifecycle rule {lifecycle.RULE_ID}: expire after {policy.retention.s3_days} days"
                            + (", noncurrent versions too" if versioned else ""))
    expired = list(expired_objects(client, settings.s3_bucket, policy, now))
    if expired:
        report.problems.append(f"{len(expired)} objects are older than {policy.retention.s3_days} days by their "
                               f"event date (before {cutoff(policy, now)}), e.g. {expired[0]}")
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


def enforce(settings: Settings, policy: Policy, client: Any, now: datetime, dry_run: bool,
            progress: Callable[[str, str, int | None], Progress] | None = None) -> list[str]:
    """Delete objects past retention (or only list them, with dry_run). Returns their keys. A big bucket takes
    minutes: with `progress` (what, unit, total -> a Progress), the listing and the deletion each show theirs."""
    keys: list[str] = []
    listing = progress("retention enforce: listing expired", "objects", None) if progress else None
    for key in expired_objects(client, settings.s3_bucket, policy, now):
        keys.append(key)
        if listing is not None:
            listing.update(len(keys))
    if listing is not None:
        listing.finish()
    if not dry_run:
        deleting = progress("retention enforce: deleting", "objects", len(keys)) if progress else None
        for start in range(0, len(keys), 1000):
            chunk = keys[start : start + 1000]
            answer = client.delete_objects(
                Bucket=settings.s3_bucket, Delete={"Objects": [{"Key": k} for k in chunk], "Quiet": True}
            )
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
    return keys


def check_keys(settings: Settings, policy: Policy, now: datetime, report: Report, kept: KeyHold = _no_hold) -> None:
    """The keyring's part of the check: a key kept past its time that no hold explains is a violation."""
    path = keyring.keyring_path(settings)
    if not path.exists():
        report.notes.append(f"no pseudonym keyring at {path} (LOGWARDEN_KEYRING_FILE: run the check where the "
                            "workers' keyring is)")
        return
    problems, notes = keyring.check(keyring.store_of(settings), now, kept, policy.retention.s3_days)
    report.problems.extend(problems)
    report.notes.extend(notes)


def destroy_keys(settings: Settings, policy: Policy, now: datetime, dry_run: bool, kept: KeyHold = _no_hold
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
    for step in protect(client, settings.s3_bucket, settings.s3_endpoint):
        say(f"bucket {settings.s3_bucket}: {step.line()}")
