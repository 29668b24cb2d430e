"""pipeline/versions.py: which version governs an event by its raw timestamp, what `policy apply` publishes and
refuses, and the records of logs.policy."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from policy_variants import POLICY_FILE, appended, set_in, variant

from pipeline.policy import load_policy
from pipeline.versions import (
    MIN_LEAD_MS,
    EffectiveTimeError,
    PolicyVersion,
    RefusedError,
    Schedule,
    digest_of,
    horizon_ms,
    in_force,
    parse_effective,
    prepare,
)

NOW = int(datetime(2026, 12, 6, 23, 0, tzinfo=UTC).timestamp() * 1000)
SHIPPED = load_policy(POLICY_FILE)
TEXT = POLICY_FILE.read_text(encoding="utf-8")


def _version(version_id: str, effective_ms: int, published_ms: int = 0, text: str = TEXT) -> PolicyVersion:
    return PolicyVersion(version_id, "", text, digest_of(text), effective_ms, "ops", "", "policy.toml",
                         published_ms=published_ms)


def test_an_event_is_governed_by_the_version_its_raw_timestamp_falls_in() -> None:
    schedule: Schedule[str] = Schedule("v1", "2024-01-01.1")
    schedule.add(2000, "v2", "2024-01-01.2")
    schedule.add(1000, "v1b", "2024-01-01.3")
    assert [schedule.at(t) for t in (0, 999, 1000, 1999, 2000, 10**13)] == ["v1", "v1", "v1b", "v1b", "v2", "v2"]
    assert schedule.version_at(1500) == "2024-01-01.3"
    assert schedule.single is None


def test_a_rollback_is_an_older_version_at_a_later_time_and_a_reapply_at_the_same_time_replaces() -> None:
    schedule: Schedule[str] = Schedule("v1", "1")
    schedule.add(1000, "v2", "2")
    schedule.add(2000, "v1", "1")  # rolled back
    assert [schedule.at(t) for t in (500, 1500, 2500)] == ["v1", "v2", "v1"]
    schedule.add(1000, "v3", "3")  # applied again at the same moment: the earlier record is replaced
    assert [schedule.at(t) for t in (500, 1500, 2500)] == ["v1", "v3", "v1"]


def test_a_schedule_without_versions_is_single_so_the_worker_skips_the_look_up() -> None:
    assert Schedule("only", "1").single == "only"


def test_a_version_governs_no_earlier_than_every_worker_can_have_read_it() -> None:
    assert _version("a", 10_000, published_ms=1_000).effective_from == 10_000
    # published later than its lead allows (a producer that waited): it takes effect a lead after its record
    assert _version("a", 10_000, published_ms=9_000).effective_from == 9_000 + MIN_LEAD_MS
    # a worker caught up at Q knows every version effective before Q + lead - flight
    published_after_q = 5_000 - 2_000 + 1  # the earliest timestamp a record unseen at Q=5000 can carry
    assert horizon_ms(5_000) <= _version("a", 0, published_ms=published_after_q).effective_from


def test_the_effective_time_is_parsed_in_utc_and_must_be_ahead_by_the_lead() -> None:
    assert parse_effective("2026-12-06T23:00:10Z", NOW) == NOW + 10_000
    assert parse_effective("2026-12-06T23:00:10", NOW) == NOW + 10_000  # no zone: UTC
    assert parse_effective("2026-12-07T00:00:10+01:00", NOW) == NOW + 10_000


@pytest.mark.parametrize(("text", "said"), [
    ("tomorrow", "is not a time; expected ISO 8601"),
    ("2026-12-06T22:59:00Z", "in the past"),
    ("2026-12-06T23:00:02Z", "too soon"),
    ("2028-12-06T23:00:00Z", "more than a year ahead"),
])
def test_an_effective_time_that_is_not_one_or_not_ahead_is_refused_in_one_line(text: str, said: str) -> None:
    with pytest.raises(EffectiveTimeError, match=said) as caught:
        parse_effective(text, NOW)
    assert "\n" not in str(caught.value) and "--effective" in str(caught.value)


def test_a_record_round_trips_and_a_tampered_one_is_not_a_version() -> None:
    version = _version("2024-01-01.1", NOW)
    read = PolicyVersion.from_json(version.to_json(), NOW - 7)
    assert read == PolicyVersion(**{**version.__dict__, "published_ms": NOW - 7})
    tampered = version.to_json().replace(b"AlexRust.org Privacy Policy", b"Somebody else's policy")
    with pytest.raises(ValueError, match="does not match its digest"):
        PolicyVersion.from_json(tampered, NOW)
    with pytest.raises(ValueError, match="not a policy version record"):
        PolicyVersion.from_json(b'{"version_id": "x"}', NOW)


def test_the_version_in_force_is_the_last_effective_at_or_before_now() -> None:
    first, second = _version("a", NOW - 1000), _version("b", NOW + 1000)
    assert in_force([first, second], NOW) is first
    assert in_force([second], NOW) is None


def test_a_widening_change_needs_an_approval_with_its_reason() -> None:
    wider = variant(appended("routes", "marketing", "allow", value="request.query"))
    with pytest.raises(RefusedError, match="widen what leaves") as caught:
        prepare(wider, "text", SHIPPED, [], NOW + 10_000, "ops", None, None)
    assert caught.value.exit_code == 3 and "--approve" in str(caught.value)
    approved = prepare(wider, "text", SHIPPED, [], NOW + 10_000, "ops", "campaign paths needed", {"plan": 1})
    assert approved.reason == "campaign paths needed" and approved.plan == {"plan": 1}
    assert approved.widening and all(line.startswith("widening") for line in approved.widening)


def test_a_narrowing_change_and_a_rollback_need_no_approval() -> None:
    narrower = variant(set_in("routes", "marketing", "allow", value=["schema", "event_id", "ts"]))
    assert prepare(narrower, "n", SHIPPED, [], NOW + 10_000, "ops", None, None).widening == ()
    rollback = prepare(SHIPPED, TEXT, narrower, [_version(SHIPPED.version_id, NOW - 10)], NOW + 10_000, "ops",
                       "back to the shipped policy", None)
    assert rollback.version_id == "2024-01-01.1" and rollback.digest == digest_of(TEXT)


def test_a_changed_file_under_a_version_already_published_must_raise_its_revision() -> None:
    changed = variant(appended("routes", "analytics", "allow", value="client.forwarded_for"))
    with pytest.raises(RefusedError, match="raise revision to 2") as caught:
        prepare(changed, TEXT + "# edited\n", SHIPPED, [_version(changed.version_id, NOW - 10)], NOW + 10_000, "ops",
                "ok", None)
    assert caught.value.exit_code == 2
