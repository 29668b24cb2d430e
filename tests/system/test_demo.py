"""`logwarden demo` (what `make demo` runs) end to end on the session's servers: its summary adds up, also beside a
developer's own worker running on the same stack with the same settings (issue 24)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from conftest import Servers
from helpers import Process, analysts_query, wait_for

from pipeline.dev.demo import DEMO_PREFIX, scrape_worker
from pipeline.dev.process import free_port
from pipeline.dev.prometheus_server import PrometheusServer
from pipeline.settings import Settings
from producers.loadgen import generate

#: What the developer's own worker is sent before the demo starts.
THEIRS = 300


def test_the_demo_runs_beside_a_developers_own_worker_and_its_counts_add_up(
        servers: Servers, settings: Settings, topics: dict[str, str], tmp_path: Path,
        prometheus: PrometheusServer) -> None:
    worker_port, sink_port = free_port(), free_port()
    env = servers.env(
        LOGWARDEN_TOPIC_PREFIX=settings.topic_prefix, LOGWARDEN_S3_BUCKET=settings.s3_bucket,
        LOGWARDEN_STATE_DIR=str(tmp_path / "state"), LOGWARDEN_WORKER_GROUP=settings.worker_group,
        LOGWARDEN_SINK_GROUP=settings.sink_group, LOGWARDEN_WORKER_METRICS_PORT=str(worker_port),
        LOGWARDEN_SINK_METRICS_PORT=str(sink_port), LOGWARDEN_DEV_MODE="false",
        LOGWARDEN_PROMETHEUS_URL=prometheus.url,
    )
    # the stack's Prometheus (the state folder's prometheus/) is the session's: `dev up` lists the configured ports
    # in it, as on a developer's machine, and the demo adds its own
    (tmp_path / "state").mkdir()
    (tmp_path / "state" / "prometheus").symlink_to(prometheus.home)
    # a developer's own worker on the topics, group and metrics port the demo is configured with, with events
    theirs = Process(["worker"], dict(env, LOGWARDEN_DEV_MODE="true"), tmp_path / "their-worker.log").start()
    try:
        wait_for(lambda: _events_in(worker_port) == 0, 60, "the developer's worker to start")
        delivered = generate(settings, count=THEIRS, malformed_share=0.0).delivered  # with its leak canary
        assert delivered >= THEIRS
        wait_for(lambda: _events_in(worker_port) == delivered, 60, "the developer's worker to read its events")
        try:
            result = subprocess.run(
                [sys.executable, "-m", "pipeline.cli", "demo", "--seconds", "6", "--rate", "500"],
                env=env, capture_output=True, text=True, timeout=300, check=False)
        finally:
            prometheus.remove_targets("local")
        assert _events_in(worker_port) == delivered  # the demo's traffic went to the demo's worker alone
        assert theirs.alive()
    finally:
        assert theirs.terminate() == 0
    out = result.stdout
    assert result.returncode == 0, out + result.stderr
    produced = int(re.search(r"messages produced to \S+: (\d+)", out).group(1))
    consumed = int(re.search(r"consumed by the worker:\s+(\d+)", out).group(1))
    routed = {m.group(1): int(m.group(2)) for m in re.finditer(r"routed to (\S+)\s+(\d+)", out)}
    dlq = int(re.search(r"to the DLQ \S+\s+(\d+)", out).group(1))
    dropped = int(re.search(r"^  dropped\s+(\d+)", out, re.M).group(1))  # the summary's, not a progress line's
    assert produced == consumed and 2000 <= produced <= 3001  # 500/s for 6 s, paced, never faster
    assert "every malformed message in the DLQ with the reason it was planted for: yes" in out
    assert re.search(r"^\s+\d+s\s+produced [\d,]+\s+worker read", out, re.M)  # live progress while it ran
    assert "worker stopped cleanly (exit 0)" in out and "sink   stopped cleanly (exit 0)" in out
    assert "left running" in out  # the session's servers were up before: the demo must not stop them
    demo_port = int(re.search(r"the worker served http://127\.0\.0\.1:(\d+)/metrics", out).group(1))
    assert demo_port != worker_port  # the developer's worker has the configured one
    # Prometheus scrapes both workers; the demo reads its own
    assert re.search(rf"Prometheus at {prometheus.url} scraped them and agrees: "
                     rf'sum\(logwarden_worker_events_in_total{{instance="127\.0\.0\.1:{demo_port}"}}\) = '
                     rf"{produced} \(the same as above\)", out), out
    demo_prefix = settings.topic_prefix + DEMO_PREFIX
    assert set(routed) == {f"{demo_prefix}logs.analytics", f"{demo_prefix}logs.marketing"}
    assert dlq > 0 and dropped > 0 and all(routed.values())
    assert dlq + dropped < produced <= dlq + dropped + sum(routed.values())  # an event may serve both routes
    assert "every message accounted for: yes" in out
    stored = int(re.search(r"the sink stored ([\d,]+) records", out).group(1).replace(",", ""))
    assert stored == sum(routed.values())
    assert "exactly once: yes" in out
    assert f"s3://{settings.s3_bucket}/analytics/dt=" in out or f"s3://{settings.s3_bucket}/marketing/dt=" in out
    assert "lifecycle rule logwarden-retention: expire objects after 365 days" in out
    assert "lifecycle rule logwarden-delete-markers: remove delete markers no version is left behind" in out
    assert "bucket versioning: on; Object Lock: on" in out
    assert "pseudonym key epoch e" in out and "the next epoch's key made ahead: yes" in out
    assert re.search(r"  analytics: \d+ objects, e\.g\.", out) and re.search(r"  marketing: \d+ objects", out)
    assert '"logwarden": {' in out  # a scrubbed sample per route is shown
    assert f"LOGWARDEN_TOPIC_PREFIX={demo_prefix} logwarden tail analytics" in out
    _analyst_reads_the_bucket_with_duckdb(settings, env, stored)


def _events_in(port: int) -> float | None:
    counts = scrape_worker("127.0.0.1", port)
    return counts.events_in if counts is not None else None


def _analyst_reads_the_bucket_with_duckdb(settings: Settings, env: dict[str, str], stored: int) -> None:
    """docs/analysts.md's `logwarden query` command, as written, against the local S3 itself."""
    rows = analysts_query(settings.s3_bucket, env)
    assert sum(row["events"] for row in rows) == stored
    assert {row["route"] for row in rows} == {"analytics", "marketing"}
    assert all(len(str(row["dt"])) == 10 and 0 <= int(row["hour"]) < 24 for row in rows)
