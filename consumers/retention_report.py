"""`logwarden retention report`: what the policy promised (clauses 3.3 and 4.1) and what the store shows.

The report is a set of facts read from the store (every version, the legal holds, the lifecycle
rules as read, the keyring), the checks run on them, and a SHA-256 digest of the facts: the
canonical JSON of the facts (sorted keys, no generation time), so the same state gives the same
digest and two reports can be compared by it alone. Facts are dates and counts, never event values.

`build` is the S3 edge; `digest`, `as_of` and the renderers are pure.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson

from consumers import holds, lifecycle, retention
from pipeline import keyring
from pipeline.policy import Policy
from pipeline.settings import Settings

#: Versions past their time named in the report (all are counted).
NAMED = 50


@dataclass(frozen=True)
class Report:
    facts: dict[str, Any]
    digest: str
    generated_at: datetime

    @property
    def ok(self) -> bool:
        return all(check["ok"] is not False for check in self.facts["checks"])


def digest(facts: dict[str, Any]) -> str:
    """SHA-256 of the facts' canonical JSON (sorted keys): the same facts, the same digest."""
    return hashlib.sha256(orjson.dumps(facts, option=orjson.OPT_SORT_KEYS)).hexdigest()


def as_of(month: str | None, now: datetime) -> datetime:
    """The moment a report judges the store at: the end of `month` (YYYY-MM), or now for the month under way.
    Raises ValueError with one line for a malformed or future month."""
    if month is None:
        return now
    try:
        first = datetime.strptime(month, "%Y-%m").replace(tzinfo=UTC)
    except ValueError:
        raise ValueError(f"--month {month!r} is not a month such as 2026-11 (YYYY-MM)") from None
    if first > now:
        raise ValueError(f"--month {month} has not begun yet (now is {now.astimezone(UTC):%Y-%m-%d})")
    end = (first + timedelta(days=32)).replace(day=1)
    return min(end, now)


def keys_facts(settings: Settings, policy: Policy, register: list[holds.Hold], when: datetime) -> dict[str, Any]:
    """The pseudonym keyring's epochs (pipeline/keyring.py), alive and destroyed, by id and window only: no key is
    unwrapped, so the report runs without the master key. `ok` is False when a key is kept past its time that no
    hold in the register explains; None when this machine has no keyring (the check is then not run)."""
    path = keyring.keyring_path(settings)
    if not path.exists():
        return {"source": None, "ok": None,
                "note": f"no pseudonym keyring at {path} (LOGWARDEN_KEYRING_FILE: report where the workers' is)"}
    epochs = sorted(keyring.store_of(settings).load(), key=lambda epoch: epoch.start)
    problems, _notes = keyring.check(keyring.store_of(settings), when, retention.key_holds(register),
                                     policy.retention.s3_days)
    return {
        "source": str(path),
        "alive": [{"id": e.key_id, "from": e.start.isoformat(), "to": e.end.isoformat(),
                   "destroy_by": e.destroy_at(policy.retention.s3_days).isoformat()} for e in epochs if e.alive],
        "destroyed": [{"id": e.key_id, "from": e.start.isoformat(), "to": e.end.isoformat(),
                       "destroyed_at": e.destroyed.isoformat() if e.destroyed else None}
                      for e in epochs if not e.alive],
        "ok": not problems,
        "note": "; ".join(problems),
    }


def build(settings: Settings, policy: Policy, client: Any, when: datetime, now: datetime) -> Report:
    bucket = settings.s3_bucket
    rules, versioned = lifecycle.read(client, bucket)
    plan = lifecycle.plan(rules, policy.retention, versioned)
    locked = holds.object_lock_enabled(client, bucket)
    register = holds.load_all(client, bucket)
    found = retention.survey(client, bucket, policy, when, register)
    held: dict[str, Any] = {}
    for hold in register:
        versions = list(holds.versions_in_range(client, bucket, hold)) if hold.active else []
        held[hold.id] = {
            "route": hold.route, "from": hold.start.isoformat(), "to": hold.end.isoformat(), "state": hold.state,
            "case": hold.case, "placed_at": hold.placed_at.isoformat(),
            "released_at": hold.released_at.isoformat() if hold.released_at else None,
            "versions_held": sum(holds.legal_hold_on(client, bucket, v) for v in versions),
            "versions_past_their_time_kept": sum(hold.id in ids for _, ids in found.held),
        }
    past = sorted(f"{v.line()}: {why}" for v, why in found.past)
    half_done = sorted(h.id for h in register if h.state in {holds.PLACING, holds.RELEASING})
    keys = keys_facts(settings, policy, register, when)
    checks = [
        {"name": "lifecycle rules as the policy says", "ok": plan.compliant, "detail": "; ".join(plan.problems)},
        {"name": "versioning and Object Lock on the bucket", "ok": locked and versioned,
         "detail": "" if locked else "legal holds need a bucket made with Object Lock"},
        {"name": "no object or version past its time", "ok": not found.past, "detail": f"{len(found.past)} found"},
        {"name": "every legal hold past its time explained by a hold", "ok": not found.unexplained,
         "detail": f"{len(found.unexplained)} unexplained"},
        {"name": "no hold left half placed or half released", "ok": not half_done, "detail": ", ".join(half_done)},
        {"name": "pseudonym keys destroyed on time", "ok": keys.get("ok"), "detail": keys.get("note", "")},
    ]
    facts = {
        "bucket": bucket,
        "as_of": when.astimezone(UTC).date().isoformat(),
        "promised": {
            "object_days": policy.retention.s3_days,
            "noncurrent_version_days": policy.retention.noncurrent_version_days,
            "abort_incomplete_multipart_days": policy.retention.abort_incomplete_multipart_days,
            "topic_days": {settings.topic(r.topic.name): r.topic.retention_ms / 86_400_000 for r in policy.routes},
        },
        "store": {"versioning": versioned, "object_lock": locked},
        "lifecycle_rules": sorted(rules, key=lambda r: str(r.get("ID"))),
        "routes": {name: {"oldest_event_date": found.oldest[name], "objects": found.current[name],
                          "versions": found.versions[name], "delete_markers": found.markers[name]}
                   for name in found.current},
        "past_their_time": {"count": len(past), "named": past[:NAMED]},
        "holds": held,
        "keys": keys,
        "checks": checks,
    }
    return Report(facts, digest(facts), now)


def render_json(report: Report) -> str:
    return orjson.dumps({"generated_at": report.generated_at.isoformat(), "digest": report.digest,
                         "ok": report.ok, "facts": report.facts},
                        option=orjson.OPT_SORT_KEYS | orjson.OPT_INDENT_2).decode()


def render_markdown(report: Report) -> str:
    f = report.facts
    promised = f["promised"]
    lines = [f"# Retention report: bucket {f['bucket']}, as of {f['as_of']}", "",
             f"Generated {report.generated_at.isoformat()}. Digest of the facts (SHA-256): `{report.digest}`", "",
             "## What the policy promised", "",
             f"- objects kept {promised['object_days']} days by their event date (clause 3.3)",
             f"- noncurrent versions kept {promised['noncurrent_version_days']} days, lone delete markers removed",
             *[f"- topic {t}: {d:g} days" for t, d in sorted(promised["topic_days"].items())],
             "- what a court names is kept past its year while its hold lasts (clause 4.1)", "",
             "## What the store shows", "",
             f"Versioning: {'on' if f['store']['versioning'] else 'off'}; Object Lock: "
             f"{'on' if f['store']['object_lock'] else 'off'}.", "",
             "| route | oldest event date | objects | versions | delete markers |", "|---|---|---|---|---|"]
    for name, route in sorted(f["routes"].items()):
        lines.append(f"| {name} | {route['oldest_event_date'] or '-'} | {route['objects']} | {route['versions']} "
                     f"| {route['delete_markers']} |")
    lines += ["", f"Objects and versions past their time: **{f['past_their_time']['count']}** (must be 0)"]
    lines += [f"- {item}" for item in f["past_their_time"]["named"]]
    lines += ["", "## Legal holds", ""]
    if f["holds"]:
        lines += ["| hold | route | range | state | case | versions held | past their time, kept |",
                  "|---|---|---|---|---|---|---|"]
        for hold_id, h in sorted(f["holds"].items()):
            lines.append(f"| {hold_id} | {h['route']} | {h['from']} to {h['to']} | {h['state']} | {h['case'] or '-'} "
                         f"| {h['versions_held']} | {h['versions_past_their_time_kept']} |")
    else:
        lines.append("none")
    lines += ["", "## Pseudonym keys", "", f"```json\n{orjson.dumps(f['keys'], option=orjson.OPT_SORT_KEYS).decode()}"
              "\n```", "", "## Lifecycle rules as read", ""]
    lines += [f"- `{orjson.dumps(rule, option=orjson.OPT_SORT_KEYS).decode()}`" for rule in f["lifecycle_rules"]]
    if not f["lifecycle_rules"]:
        lines.append("none")
    lines += ["", "## Checks", ""]
    for check in f["checks"]:
        mark = {True: "pass", False: "FAIL", None: "not run"}[check["ok"]]
        lines.append(f"- {mark}: {check['name']}" + (f" ({check['detail']})" if check["detail"] else ""))
    return "\n".join(lines)
