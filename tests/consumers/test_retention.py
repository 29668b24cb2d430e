"""Clause 3.3 against moto's S3 server and the real broker: the lifecycle rule as the policy says,
others' rules kept, drift repaired, every kind of violation caught, and enforcement by event date."""

from __future__ import annotations

import base64
import secrets
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from typing import Any

import orjson
import pytest
from conftest import Servers
from kafka.admin import ConfigResource, ConfigResourceType

from consumers import lifecycle
from consumers.s3 import s3_client
from consumers.s3_sink import S3Sink
from pipeline.cluster.topics import settings_admin
from pipeline.keyring import FileKeyStore, new_epoch, wrapping_key
from pipeline.policy import Policy
from pipeline.settings import Settings

NOW = "2026-11-24T12:00:00Z"


def _cli(servers: Servers, settings: Settings, *args: str, **more: str) -> subprocess.CompletedProcess[str]:
    env = servers.env(LOGWARDEN_TOPIC_PREFIX=settings.topic_prefix, LOGWARDEN_S3_BUCKET=settings.s3_bucket,
                      LOGWARDEN_STATE_DIR=str(settings.state_dir), **more)
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], env=env, capture_output=True, text=True,
                          timeout=120, check=False)


def _rules(client: Any, bucket: str) -> dict[str, dict[str, Any]]:
    return {r["ID"]: r for r in client.get_bucket_lifecycle_configuration(Bucket=bucket)["Rules"]}


def _put(client: Any, bucket: str, key: str) -> None:
    client.put_object(Bucket=bucket, Key=key, Body=b"{}\n", ServerSideEncryption="AES256")


OTHERS_RULE = {"ID": "tmp-cleanup", "Filter": {"Prefix": "tmp/"}, "Status": "Enabled", "Expiration": {"Days": 7}}


def test_apply_puts_the_policys_rule_exactly(servers: Servers, settings: Settings, bucket: str) -> None:
    result = _cli(servers, settings, "retention", "apply")
    assert result.returncode == 0, result.stderr
    assert "objects expire after 365 days (changed)" in result.stdout
    rule = _rules(s3_client(settings), bucket)[lifecycle.RULE_ID]
    assert rule["Status"] == "Enabled"
    assert rule["Expiration"] == {"Days": 365}
    assert rule["AbortIncompleteMultipartUpload"] == {"DaysAfterInitiation": 1}
    assert rule.get("Filter", {}).get("Prefix", rule.get("Prefix")) == ""
    # the bucket is made with Object Lock, so it keeps versions: they expire too, and lone delete markers go
    assert rule["NoncurrentVersionExpiration"] == {"NoncurrentDays": 1}
    markers = _rules(s3_client(settings), bucket)[lifecycle.MARKERS_RULE_ID]
    assert markers["Expiration"] == {"ExpiredObjectDeleteMarker": True} and markers["Status"] == "Enabled"
    again = _cli(servers, settings, "retention", "apply")
    assert "(already so)" in again.stdout


def test_unrelated_rules_are_kept_and_drift_is_repaired(servers: Servers, settings: Settings, policy: Policy,
                                                       bucket: str) -> None:
    client = s3_client(settings)
    drifted = {"ID": lifecycle.RULE_ID, "Filter": {"Prefix": ""}, "Status": "Enabled", "Expiration": {"Days": 400}}
    client.put_bucket_lifecycle_configuration(Bucket=bucket, LifecycleConfiguration={"Rules": [OTHERS_RULE, drifted]})
    result = _cli(servers, settings, "retention", "apply")
    assert "repaired: lifecycle rule logwarden-retention: expiration days is 400, the policy says 365" in result.stdout
    rules = _rules(client, bucket)
    assert rules["tmp-cleanup"]["Expiration"] == {"Days": 7}
    assert rules["tmp-cleanup"]["Filter"] == {"Prefix": "tmp/"}
    assert rules[lifecycle.RULE_ID]["Expiration"] == {"Days": 365}

    # the sink repairs drift by itself when it starts
    client.put_bucket_lifecycle_configuration(Bucket=bucket, LifecycleConfiguration={"Rules": [OTHERS_RULE, drifted]})
    S3Sink(settings, policy, client).ensure_lifecycle()
    rules = _rules(client, bucket)
    assert rules[lifecycle.RULE_ID]["Expiration"] == {"Days": 365} and "tmp-cleanup" in rules


def test_a_bucket_without_versions_gets_no_rule_for_versions(servers: Servers, settings: Settings) -> None:
    client = s3_client(settings)
    client.create_bucket(Bucket=settings.s3_bucket)  # made elsewhere, without Object Lock
    assert _cli(servers, settings, "retention", "apply").returncode == 0
    rules = _rules(client, settings.s3_bucket)
    assert "NoncurrentVersionExpiration" not in rules[lifecycle.RULE_ID]
    assert lifecycle.MARKERS_RULE_ID not in rules


@pytest.mark.parametrize("ext", ["jsonl.gz", "parquet"])  # the archive formats of a route (policy `format`)
def test_check_passes_when_everything_keeps_the_promise(servers: Servers, settings: Settings, bucket: str,
                                                         topics: dict[str, str], ext: str) -> None:
    assert _cli(servers, settings, "retention", "apply").returncode == 0
    _put(s3_client(settings), bucket, f"analytics/dt=2026-11-20/hour=10/x+0+00000000000000000000.{ext}")
    result = _cli(servers, settings, "retention", "check", "--now", NOW)
    assert result.returncode == 0, result.stdout
    assert "VIOLATION" not in result.stdout
    assert f"ok: topic {topics['raw']}: retention 3 days" in result.stdout


@pytest.mark.parametrize("violation", ["missing rule", "other days", "disabled", "old object", "old parquet object",
                                       "topic forever", "topic too long", "missing topic"])
def test_check_catches_each_kind_of_violation(servers: Servers, settings: Settings, bucket: str,
                                              topics: dict[str, str], violation: str) -> None:
    client = s3_client(settings)
    assert _cli(servers, settings, "retention", "apply").returncode == 0
    expected = {
        "missing rule": "lifecycle rule logwarden-retention is missing",
        "other days": "expiration days is 30, the policy says 365",
        "disabled": "status is 'Disabled'",
        "old object": "1 objects are older than 365 days by their event date (before 2025-11-24)",
        "old parquet object": "1 objects are older than 365 days by their event date (before 2025-11-24)",
        "topic forever": f"topic {topics['raw']} keeps data forever; the policy allows 3 days",
        "topic too long": f"topic {topics['analytics']} keeps data 60 days; the policy allows 14 days",
        "missing topic": f"topic {topics['dlq']} does not exist",
    }[violation]
    if violation == "missing rule":  # the delete markers' rule alone is left
        client.put_bucket_lifecycle_configuration(Bucket=bucket,
                                                  LifecycleConfiguration={"Rules": [lifecycle.markers_rule()]})
    elif violation in ("other days", "disabled"):
        rule = {"ID": lifecycle.RULE_ID, "Filter": {"Prefix": ""}, "Status": "Enabled", "Expiration": {"Days": 365},
                "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": 1},
                "NoncurrentVersionExpiration": {"NoncurrentDays": 1}}
        if violation == "other days":
            rule["Expiration"] = {"Days": 30}
        else:
            rule["Status"] = "Disabled"
        client.put_bucket_lifecycle_configuration(Bucket=bucket,
                                                  LifecycleConfiguration={"Rules": [rule, lifecycle.markers_rule()]})
    elif violation in ("old object", "old parquet object"):
        ext = "parquet" if violation == "old parquet object" else "jsonl.gz"
        _put(client, bucket, f"marketing/dt=2025-11-23/hour=23/x+0+00000000000000000000.{ext}")
        _put(client, bucket, f"marketing/dt=2025-11-24/hour=00/x+0+00000000000000000007.{ext}")  # 365 days: kept
    elif violation in ("topic forever", "topic too long"):
        topic, ms = ((topics["raw"], "-1") if violation == "topic forever"
                     else (topics["analytics"], str(60 * 86_400_000)))
        with settings_admin(settings) as admin:
            admin.alter_configs([ConfigResource(ConfigResourceType.TOPIC, topic, configs={"retention.ms": ms})])
    elif violation == "missing topic":
        with settings_admin(settings) as admin:
            admin.delete_topics([topics["dlq"]])
    result = _cli(servers, settings, "retention", "check", "--now", NOW)
    assert result.returncode == 1, result.stdout
    violations = [line for line in result.stdout.splitlines() if line.startswith("VIOLATION")]
    assert len(violations) == 1, result.stdout
    assert expected in violations[0]


@pytest.mark.parametrize("ext", ["jsonl.gz", "parquet"])
def test_enforce_deletes_only_objects_past_retention_by_event_date(servers: Servers, settings: Settings,
                                                                    bucket: str, ext: str) -> None:
    client = s3_client(settings)
    expired = [f"analytics/dt=2024-01-01/hour=00/a+0+00000000000000000000.{ext}",
               f"analytics/dt=2025-11-23/hour=23/a+1+00000000000000000000.{ext}",
               f"marketing/dt=2025-06-01/hour=12/m+0+00000000000000000000.{ext}"]
    kept = [f"analytics/dt=2025-11-24/hour=00/a+1+00000000000000000100.{ext}",
            f"analytics/dt=2026-11-24/hour=11/a+2+00000000000000000000.{ext}",
            f"marketing/dt=2026-01-01/hour=00/m+0+00000000000000000100.{ext}",
            "tmp/dt=2020-01-01/other-team-file.txt"]
    for key in expired + kept:
        _put(client, bucket, key)

    dry = _cli(servers, settings, "retention", "enforce", "--dry-run", "--now", NOW)
    assert dry.returncode == 0, dry.stderr
    would_delete = [line.split(" ", 2)[2] for line in dry.stdout.splitlines() if line.startswith("would delete")]
    assert sorted(would_delete) == sorted(expired)
    assert "3 objects past 365 days found (dry run)" in dry.stdout
    assert len(client.list_objects_v2(Bucket=bucket)["Contents"]) == len(expired + kept)

    done = _cli(servers, settings, "retention", "enforce", "--now", NOW)
    assert done.returncode == 0, done.stderr
    assert "3 objects past 365 days deleted" in done.stdout
    left = sorted(o["Key"] for o in client.list_objects_v2(Bucket=bucket)["Contents"])
    assert left == sorted(kept)
    # a year later the routes' older objects are due too; other prefixes are never logwarden's to delete
    later = _cli(servers, settings, "retention", "enforce", "--dry-run", "--now", "2027-11-24T12:00:00Z")
    assert "2 objects past 365 days found (dry run)" in later.stdout, later.stdout
    assert "tmp/" not in later.stdout


def test_enforce_on_a_big_bucket_logs_its_progress_when_stderr_is_no_terminal(servers: Servers, settings: Settings,
                                                                             bucket: str) -> None:
    """Issue 24: work that takes minutes says how far it is. Not on a terminal (here, a pipe), `retention enforce`
    logs a structured progress line every LOGWARDEN_PROGRESS_INTERVAL_SECONDS (short here, so the test is fast):
    done, left, rate and ETA, and a last line when it is finished."""
    client = s3_client(settings)
    keys = [f"analytics/dt=2024-01-{1 + i % 3:02d}/hour=00/a+0+{i:020d}.jsonl.gz" for i in range(1200)]
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda key: _put(client, bucket, key), keys))
    done = _cli(servers, settings, "retention", "enforce", "--now", NOW, LOGWARDEN_PROGRESS_INTERVAL_SECONDS="0.01")
    assert done.returncode == 0, done.stderr
    assert "1200 objects past 365 days deleted" in done.stdout
    lines = [orjson.loads(line) for line in done.stderr.splitlines() if line.startswith("{")]
    deleting = [line for line in lines if line.get("work") == "retention enforce: deleting"]
    assert deleting, done.stderr
    assert all({"done", "remaining", "rate_per_s", "eta_s"} <= set(line) for line in deleting), deleting
    assert deleting[-1]["finished"] and deleting[-1]["done"] == 1200 and deleting[-1]["remaining"] == 0, deleting
    assert "ETA" in deleting[0]["msg"] and "left" in deleting[0]["msg"], deleting[0]
    assert not client.list_objects_v2(Bucket=bucket).get("Contents")


def test_a_pseudonym_key_kept_past_its_year_fails_the_check_until_enforce_destroys_it(
        servers: Servers, settings: Settings, bucket: str, topics: dict[str, str]) -> None:
    """pipeline/keyring.py through the commands: the key of an epoch that ended more than 365 days before NOW is a
    violation; `enforce` destroys it (the file rewritten 0600, the key gone, its id kept as a tombstone), and the
    check then passes. The current epoch's key is kept."""
    assert _cli(servers, settings, "retention", "apply").returncode == 0
    now = datetime.fromisoformat(NOW.replace("Z", "+00:00"))
    store = FileKeyStore(settings.state_dir / "keyring.json")
    wrap = wrapping_key(secrets.token_bytes(32))  # retention needs no master key: it reads ids and windows only
    old = new_epoch(wrap, now - timedelta(days=400), now - timedelta(days=366))
    current = new_epoch(wrap, now - timedelta(days=366), now + timedelta(days=1))
    store.save([old, current])

    failing = _cli(servers, settings, "retention", "check", "--now", NOW)
    assert failing.returncode == 1, failing.stdout
    assert f"VIOLATION: pseudonym key {old.key_id} " in failing.stdout and "kept past its time" in failing.stdout
    assert current.key_id not in "".join(line for line in failing.stdout.splitlines() if "VIOLATION" in line)

    dry = _cli(servers, settings, "retention", "enforce", "--dry-run", "--now", NOW)
    assert f"would destroy pseudonym key {old.key_id}" in dry.stdout and all(e.alive for e in store.load())

    done = _cli(servers, settings, "retention", "enforce", "--now", NOW)
    assert done.returncode == 0, done.stderr
    assert f"destroyed pseudonym key {old.key_id}" in done.stdout
    assert "1 pseudonym keys past 365 days after their epoch destroyed" in done.stdout
    ring = {e.key_id: e for e in store.load()}
    assert ring[old.key_id].wrapped is None and ring[current.key_id].alive
    assert old.wrapped is not None and base64.b64encode(old.wrapped).decode() not in store.path.read_text()
    assert store.path.stat().st_mode & 0o777 == 0o600

    passing = _cli(servers, settings, "retention", "check", "--now", NOW)
    assert passing.returncode == 0, passing.stdout
    assert "ok: pseudonym keys: 1 alive, 1 destroyed" in passing.stdout


def test_a_keyring_readable_by_others_stops_the_check_with_one_line(servers: Servers, settings: Settings,
                                                                    bucket: str) -> None:
    store = FileKeyStore(settings.state_dir / "keyring.json")
    store.save([])
    store.path.chmod(0o644)
    result = _cli(servers, settings, "retention", "check", "--now", NOW)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1].endswith(f"chmod 600 {store.path}")
