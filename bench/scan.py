"""What the analysts' guide's query reads from S3, for the same day of data as gzip JSON Lines and as Parquet.

docs/analysts.md promises that a Parquet route costs analysts a fraction of the bytes: this stage
is where its table comes from, so a reader can rerun it (`python -m bench --only scan`). One day
of analytics events (the load generator's mix, through the real scrub/route core, event times
spread in order over 2026-11-24) goes through the sink's own segment code (consumers/batching.py,
one partition, one segment: one object per event hour) once per format, and the objects are put
into a fresh bucket of the configured S3. The guide's query then runs through `logwarden query`'s
DuckDB connection (consumers/query.py) with DuckDB's HTTP log on: the bytes it read are the sum of
the bodies of its object GETs (the bucket listings are counted apart), which is what S3 sends and
what Athena-style pricing counts. Each query runs on a fresh connection (DuckDB caches what it read
per database), and both formats must give the same rows, or the figures are not comparable.
"""

from __future__ import annotations

import re
import statistics
import sys
import time
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from bench.core import events
from bench.measure import Figure, delete_bucket
from consumers.batching import Limits, Record, S3Object, Segment, build_objects
from consumers.jsonl import WRITER as JSONL
from consumers.parquet import writer
from consumers.query import connect
from consumers.s3 import ensure_bucket, s3_client
from pipeline.policy import load_policy
from pipeline.scrub import Router
from pipeline.settings import Settings

DAY = datetime(2026, 11, 24, tzinfo=UTC)
_TS = re.compile(rb'"ts":"[^"]*"')

#: The guide's queries (docs/analysts.md, "Parquet" and "Querying with DuckDB"), on this run's bucket.
QUERIES = {
    "jsonl": "SELECT dt, request.path, count(*) FROM read_json_auto('s3://{bucket}/analytics/*/*/*.jsonl.gz', "
             "hive_partitioning = true) GROUP BY ALL",
    "parquet": "SELECT dt, request.path, count(*) FROM read_parquet('s3://{bucket}/analytics/*/*/*.parquet', "
               "hive_partitioning = true) GROUP BY ALL",
}


@dataclass(frozen=True)
class Scan:
    """One format's figures: what is stored, and what one run of the query reads."""

    objects: int
    stored_bytes: int
    read_bytes: int  # bodies of the object GETs (ranges for Parquet, whole objects for gzip JSON Lines)
    listing_bytes: int  # bodies of the bucket listings the glob needs
    requests: int  # object GETs and HEADs
    seconds: float  # median of the runs
    rows: frozenset[tuple[Any, ...]]


def day_of_objects(count: int, policy_file: Any) -> tuple[dict[str, list[S3Object]], int]:
    """`count` analytics events spread in order over one day, as the sink's objects in each format; and the
    bytes of their JSON (a newline each)."""
    policy = load_policy(policy_file)
    router = Router(policy, b"b" * 32, "k1")
    values: list[bytes] = []
    raw = events(count * 2, seed=7)  # not every event goes to analytics (consent, purposes)
    for message in raw:
        values.extend(o.value for o in router.route(message).outputs if o.route == "analytics")
        if len(values) >= count:
            break
    if len(values) < count:
        raise RuntimeError(f"only {len(values)} of {count} events were routed to analytics")
    route = policy.route("analytics")
    limits = Limits(max_records=10_000_000, max_bytes=5 * 1024**3)  # one segment: one object per event hour
    segment = Segment("logs.analytics", 0)
    for offset, value in enumerate(values[:count]):
        moment = DAY + timedelta(seconds=86_400 * offset / count)
        ts = moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")
        value = _TS.sub(f'"ts":"{ts}"'.encode(), value, 1)
        segment.add(Record(offset, value, ts), limits)
    raw_bytes = segment.size
    days = policy.retention.s3_days
    return {"jsonl": build_objects(segment, route.name, days, JSONL),
            "parquet": build_objects(segment, route.name, days, writer(route, policy))}, raw_bytes


def measure(settings: Settings, objects: list[S3Object], query: str, runs: int) -> Scan:
    """The objects put into the bucket; the query run `runs` times, each on a fresh DuckDB connection."""
    client = s3_client(settings)
    for obj in objects:
        client.put_object(Bucket=settings.s3_bucket, Key=obj.key, Body=obj.body, ContentType=obj.content_type,
                          Metadata=obj.metadata, ServerSideEncryption="AES256")
    seconds, read, listing, requests, rows = [], 0, 0, 0, frozenset[tuple[Any, ...]]()
    for _ in range(runs):
        con = connect(settings)
        con.execute("CALL enable_logging('HTTP')")
        started = time.perf_counter()
        rows = frozenset(con.sql(query.format(bucket=settings.s3_bucket)).fetchall())
        seconds.append(time.perf_counter() - started)
        log = con.sql("SELECT request.type, request.url, response.headers['Content-Length'] "
                      "FROM duckdb_logs_parsed('HTTP')").fetchall()
        con.close()
        read = sum(int(size or 0) for kind, url, size in log if kind == "GET" and "list-type=2" not in url)
        listing = sum(int(size or 0) for kind, url, size in log if kind == "GET" and "list-type=2" in url)
        requests = sum(1 for kind, url, _ in log if kind in {"GET", "HEAD"} and "list-type=2" not in url)
    return Scan(len(objects), sum(len(o.body) for o in objects), read, listing, requests,
                statistics.median(seconds), rows)


def run(base: Settings, count: int = 100_000, runs: int = 3) -> list[Figure]:
    """Both formats measured on one fresh bucket; the figures, and the guide's table on stderr."""
    settings = replace(base, s3_bucket=f"scan-{uuid.uuid4().hex[:8]}")
    ensure_bucket(s3_client(settings), settings.s3_bucket, settings.s3_region)
    try:
        built, raw_bytes = day_of_objects(count, settings.policy_file)
        scans = {fmt: measure(settings, built[fmt], QUERIES[fmt], runs) for fmt in QUERIES}
    finally:
        delete_bucket(s3_client(settings), settings.s3_bucket)
    if scans["jsonl"].rows != scans["parquet"].rows:
        raise RuntimeError("the two formats answer the guide's query differently; the figures would not compare")
    mb = 1024 * 1024
    print(f"\none day: {count:,} analytics events, {raw_bytes / mb:.1f} MB of JSON, "
          f"{scans['parquet'].objects} objects a format, {len(scans['parquet'].rows):,} result rows; "
          f"{runs} runs, median time", file=sys.stderr)
    print("| format | stored | the query reads (object GETs) | requests | time |", file=sys.stderr)
    for fmt, name in (("jsonl", "gzip JSON Lines"), ("parquet", "Parquet (zstd)")):
        s = scans[fmt]
        print(f"| {name} | {s.stored_bytes / mb:.1f} MB | {s.read_bytes / mb:.2f} MB "
              f"(+ {s.listing_bytes / 1024:.0f} KB of listings) | {s.requests} | {s.seconds:.2f} s |", file=sys.stderr)
    jsonl, parquet = scans["jsonl"], scans["parquet"]
    return [
        Figure(f"scan: the guide's query on one day ({count:,} events), bytes read", "MB read from S3",
               parquet.read_bytes / mb, jsonl.read_bytes / mb, "gzip JSON Lines", "a fraction of JSON Lines"),
        Figure("scan: the same day stored", "MB stored", parquet.stored_bytes / mb, jsonl.stored_bytes / mb,
               "gzip JSON Lines", "none"),
        Figure("scan: the guide's query, time (median)", "seconds", parquet.seconds, jsonl.seconds,
               "gzip JSON Lines", "none"),
    ]
