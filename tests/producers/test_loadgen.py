"""`logwarden produce`, the load generator, against the real broker: every message it counts is in
logs.raw, the malformed ones it reports planting are really malformed, and --rate paces it."""

from __future__ import annotations

import re
import subprocess
import sys

import orjson
from conftest import Servers
from helpers import read_topic

from pipeline.dev.process import free_port
from pipeline.settings import Settings


def _produce(servers: Servers, settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    env = servers.env(LOGWARDEN_TOPIC_PREFIX=settings.topic_prefix, LOGWARDEN_PRODUCER_METRICS_PORT=str(free_port()))
    return subprocess.run([sys.executable, "-m", "pipeline.cli", "produce", *args], env=env, capture_output=True,
                          text=True, timeout=120, check=False)


def _valid(value: bytes) -> bool:
    try:
        event = orjson.loads(value)
    except orjson.JSONDecodeError:
        return False
    return isinstance(event, dict) and event.get("schema") in {"request/1", "action/1"} and "event_id" in event \
        and "padding" not in event and isinstance(event.get("request", {}).get("status", 0), int)


def test_produce_sends_every_message_it_counts_with_the_malformed_share_it_reports(
        servers: Servers, settings: Settings, topics: dict[str, str]) -> None:
    result = _produce(servers, settings, "--count", "400", "--seed", "7", "--malformed-share", "0.25")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "producing" in result.stderr  # the progress bar
    line = result.stdout.strip().splitlines()[-1]
    assert re.match(r"produced 400 messages and 1 leak canary in [\d.]+s \([\d,]+/s\): 401 acknowledged, "
                    r"0 delivery errors, 0 dropped; ", line), line
    malformed = int(re.search(r"; ([\d,]+) malformed on purpose", line).group(1))
    records = read_topic(settings, topics["raw"], 401)
    assert len(records) == 401
    canaries = [r for r in records if b"lwcanary" in r.value]
    assert len(canaries) == 1 and orjson.loads(canaries[0].value)["action"]["name"] == "logwarden_canary"
    assert sum(not _valid(r.value) for r in records) == malformed > 50
    actions = sum(1 for r in records if _valid(r.value) and orjson.loads(r.value)["schema"] == "action/1")
    assert actions > 0  # form submits with identifying values typed in
    assert any(b"@example." in r.value for r in records)


def test_produce_for_a_time_at_a_rate_never_runs_ahead_of_the_rate(
        servers: Servers, settings: Settings, topics: dict[str, str]) -> None:
    result = _produce(servers, settings, "--seconds", "2", "--rate", "150", "--malformed-share", "0")
    assert result.returncode == 0, result.stdout + result.stderr
    produced = int(re.search(r"produced (\d+) messages and 1 leak canary", result.stdout).group(1))
    assert 150 <= produced <= 301
    assert len(read_topic(settings, topics["raw"], produced + 1)) == produced + 1
