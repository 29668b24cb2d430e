"""`logwarden retention report`: the digest is a function of the facts alone (pure), and on moto's S3 server the
same state gives the same digest twice while one object past its time changes it and fails the report."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime

import orjson
import pytest
from conftest import Servers

from consumers.retention_report import as_of, digest
from consumers.s3 import s3_client
from pipeline.settings import Settings

NOW = datetime(2026, 11, 24, 12, tzinfo=UTC)


def test_the_digest_ignores_key_order_and_changes_with_any_fact() -> None:
    facts = {"bucket": "b", "routes": {"analytics": {"objects": 3}}, "checks": [{"name": "x", "ok": True}]}
    reordered = {"checks": [{"ok": True, "name": "x"}], "routes": {"analytics": {"objects": 3}}, "bucket": "b"}
    assert digest(facts) == digest(reordered)
    assert digest(facts) != digest({**facts, "routes": {"analytics": {"objects": 4}}})
    assert len(digest(facts)) == 64


def test_a_month_is_judged_at_its_end_and_the_month_under_way_at_now() -> None:
    assert as_of("2026-10", NOW) == datetime(2026, 11, 1, tzinfo=UTC)
    assert as_of("2026-11", NOW) == NOW
    assert as_of(None, NOW) == NOW


@pytest.mark.parametrize(("month", "says"), [("2026-13", "is not a month"), ("November", "is not a month"),
                                             ("2027-01", "has not begun yet")])
def test_a_bad_month_is_one_line(month: str, says: str) -> None:
    with pytest.raises(ValueError, match=says):
        as_of(month, NOW)


def _report(servers: Servers, settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    env = servers.env(LOGWARDEN_TOPIC_PREFIX=settings.topic_prefix, LOGWARDEN_S3_BUCKET=settings.s3_bucket,
                      LOGWARDEN_STATE_DIR=str(settings.state_dir))
    return subprocess.run([sys.executable, "-m", "pipeline.cli", "retention", "report", *args], env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def test_same_state_same_digest_and_one_object_past_its_time_changes_it(servers: Servers, settings: Settings,
                                                                        bucket: str) -> None:
    client = s3_client(settings)
    apply = subprocess.run([sys.executable, "-m", "pipeline.cli", "retention", "apply"], capture_output=True,
                           env=servers.env(LOGWARDEN_S3_BUCKET=bucket), text=True, timeout=120, check=False)
    assert apply.returncode == 0, apply.stderr
    today = datetime.now(UTC).date().isoformat()
    for hour in range(3):
        client.put_object(Bucket=bucket, Key=f"analytics/dt={today}/hour={hour:02d}/a+0+{hour:020d}.jsonl.gz",
                          Body=b"{}\n", ServerSideEncryption="AES256")
    first, second = _report(servers, settings, "--format", "json"), _report(servers, settings, "--format", "json")
    assert first.returncode == 0, first.stdout + first.stderr
    one, two = orjson.loads(first.stdout), orjson.loads(second.stdout)
    assert one["digest"] == two["digest"] and one["ok"]
    facts = one["facts"]
    assert facts["routes"]["analytics"] == {"oldest_event_date": today, "objects": 3, "versions": 3,
                                            "delete_markers": 0}
    assert facts["past_their_time"]["count"] == 0
    assert facts["store"] == {"versioning": True, "object_lock": True}
    assert {rule["ID"] for rule in facts["lifecycle_rules"]} == {"logwarden-retention", "logwarden-delete-markers"}
    assert "generated_at" not in facts

    client.put_object(Bucket=bucket, Key="marketing/dt=2024-01-01/hour=00/m+0+00000000000000000000.jsonl.gz",
                      Body=b"{}\n", ServerSideEncryption="AES256")
    third = _report(servers, settings, "--format", "json")
    assert third.returncode == 1
    changed = orjson.loads(third.stdout)
    assert changed["digest"] != one["digest"] and not changed["ok"]
    assert changed["facts"]["past_their_time"]["count"] == 1

    markdown = _report(servers, settings)
    assert f"`{changed['digest']}`" in markdown.stdout
    assert "Objects and versions past their time: **1** (must be 0)" in markdown.stdout
    assert "- FAIL: no object or version past its time (1 found)" in markdown.stdout
    bad = _report(servers, settings, "--month", "someday")
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1
