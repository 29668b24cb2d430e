"""`logwarden demo` (what `make demo` runs) end to end on the session's servers: its summary adds up."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from conftest import Servers
from helpers import analysts_query

from pipeline.dev.process import free_port
from pipeline.dev.prometheus_server import PrometheusServer
from pipeline.settings import Settings


def test_the_demo_runs_end_to_end_and_its_counts_add_up(servers: Servers, settings: Settings, tmp_path: Path,
                                                        prometheus: PrometheusServer, unique: str) -> None:
    worker_port, sink_port = free_port(), free_port()
    env = servers.env(
        LOGWARDEN_TOPIC_PREFIX=settings.topic_prefix, LOGWARDEN_S3_BUCKET=settings.s3_bucket,
        LOGWARDEN_STATE_DIR=str(tmp_path / "state"), LOGWARDEN_WORKER_GROUP=settings.worker_group,
        LOGWARDEN_SINK_GROUP=settings.sink_group, LOGWARDEN_WORKER_METRICS_PORT=str(worker_port),
        LOGWARDEN_SINK_METRICS_PORT=str(sink_port), LOGWARDEN_DEV_MODE="false",
        LOGWARDEN_PROMETHEUS_URL=prometheus.url,
    )
    # the session's Prometheus stands in for the one `dev up` starts: it scrapes the demo's processes
    prometheus.set_targets(unique, {"logwarden-worker": [f"127.0.0.1:{worker_port}"],
                                    "logwarden-sink": [f"127.0.0.1:{sink_port}"]})
    try:
        result = subprocess.run([sys.executable, "-m", "pipeline.cli", "demo", "--seconds", "6", "--rate", "500"],
                                env=env, capture_output=True, text=True, timeout=300, check=False)
    finally:
        prometheus.remove_targets(unique)
    out = result.stdout
    assert result.returncode == 0, out + result.stderr
    produced = int(re.search(r"messages produced to \S+: (\d+)", out).group(1))
    consumed = int(re.search(r"consumed by the worker:\s+(\d+)", out).group(1))
    routed = {m.group(1): int(m.group(2)) for m in re.finditer(r"routed to (\S+)\s+(\d+)", out)}
    dlq = int(re.search(r"to the DLQ \S+\s+(\d+)", out).group(1))
    dropped = int(re.search(r"  dropped\s+(\d+)", out).group(1))
    assert produced == consumed and 2000 <= produced <= 3001  # 500/s for 6 s, paced, never faster
    assert "every malformed message in the DLQ with the reason it was planted for: yes" in out
    assert re.search(r"^\s+\d+s\s+produced [\d,]+\s+worker read", out, re.M)  # live progress while it ran
    assert "worker stopped cleanly (exit 0)" in out and "sink   stopped cleanly (exit 0)" in out
    assert "left running" in out  # the session's servers were up before: the demo must not stop them
    assert re.search(rf"Prometheus at {prometheus.url} scraped them and agrees: "
                     rf"sum\(logwarden_worker_events_in_total\) = {produced} \(the same as above\)", out), out
    assert set(routed) == {f"{settings.topic_prefix}logs.analytics", f"{settings.topic_prefix}logs.marketing"}
    assert dlq > 0 and dropped > 0 and all(routed.values())
    assert dlq + dropped < produced <= dlq + dropped + sum(routed.values())  # an event may serve both routes
    assert "every message accounted for: yes" in out
    stored = int(re.search(r"the sink stored ([\d,]+) records", out).group(1).replace(",", ""))
    assert stored == sum(routed.values())
    assert "exactly once: yes" in out
    assert f"s3://{settings.s3_bucket}/analytics/dt=" in out or f"s3://{settings.s3_bucket}/marketing/dt=" in out
    assert "lifecycle rule logwarden-retention: expire after 365 days" in out
    assert re.search(r"  analytics: \d+ objects, e\.g\.", out) and re.search(r"  marketing: \d+ objects", out)
    assert '"logwarden": {' in out  # a scrubbed sample per route is shown
    _analyst_reads_the_bucket_with_duckdb(settings, env, stored)


def _analyst_reads_the_bucket_with_duckdb(settings: Settings, env: dict[str, str], stored: int) -> None:
    """docs/analysts.md's `logwarden query` command, as written, against the local S3 itself."""
    rows = analysts_query(settings.s3_bucket, env)
    assert sum(row["events"] for row in rows) == stored
    assert {row["route"] for row in rows} == {"analytics", "marketing"}
    assert all(len(str(row["dt"])) == 10 and 0 <= int(row["hour"]) < 24 for row in rows)
