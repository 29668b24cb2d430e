"""The S3 sink against the real broker and moto's S3 server: every event exactly once, through
kill -9 mid-segment, kill -9 between a put and its commit, and S3 going away and coming back; each test once
with every route archived as gzip JSON Lines and once as Parquet (`format` in the policy)."""

from __future__ import annotations

import gzip
import re
import uuid
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Any

import orjson
import pytest
from conftest import Servers
from helpers import Process, TcpProxy, group_caught_up, metric, read_topic, route_outputs, scrape, wait_for

from consumers.s3 import ensure_bucket, s3_client
from pipeline.cluster.topics import settings_admin
from pipeline.dev.process import free_port
from pipeline.policy import Policy, load_policy
from pipeline.settings import Settings

KEY = re.compile(r"^(?P<route>[a-z]+)/dt=(?P<dt>\d{4}-\d{2}-\d{2})/hour=(?P<hour>\d{2})/"
                 r"(?P<topic>[\w.-]+)\+(?P<partition>\d+)\+(?P<offset>\d{20})\.(?P<ext>jsonl\.gz|parquet)$")
FORMATS = {"jsonl": ("jsonl.gz", "application/x-ndjson"), "parquet": ("parquet", "application/vnd.apache.parquet")}


@pytest.fixture(params=list(FORMATS))
def settings(settings: Settings, request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    """The session's settings with a policy whose every route is archived in the format of this run."""
    text = settings.policy_file.read_text()
    path = tmp_path / "policy.toml"
    path.write_text(re.sub(r"^(\[routes\.[\w-]+\]\n)", rf'\1format = "{request.param}"\n', text, flags=re.M))
    return replace(settings, policy_file=path)


def _format(settings: Settings) -> str:
    return load_policy(settings.policy_file).routes[0].format


def _lines(key: str, body: bytes) -> list[bytes]:
    """An object's records as JSON Lines, whatever its format (Parquet rows back to JSON, nulls left out)."""
    if key.endswith(".jsonl.gz"):
        return gzip.decompress(body).splitlines()
    import io

    import pyarrow.parquet as pq

    def present(node: Any) -> Any:
        return {k: present(v) for k, v in node.items() if v is not None} if isinstance(node, dict) else node

    return [orjson.dumps(present(row)) for row in pq.read_table(io.BytesIO(body)).to_pylist()]


def _sink(servers: Servers, settings: Settings, tmp_path: Path, name: str = "sink", **extra: str) -> Process:
    env = servers.env(**{
        "LOGWARDEN_TOPIC_PREFIX": settings.topic_prefix, "LOGWARDEN_SINK_GROUP": settings.sink_group,
        "LOGWARDEN_S3_BUCKET": settings.s3_bucket, "LOGWARDEN_STATE_DIR": str(settings.state_dir),
        "LOGWARDEN_POLICY": str(settings.policy_file),
        "LOGWARDEN_SINK_METRICS_PORT": str(free_port()), "LOGWARDEN_SINK_MAX_RECORDS": "300",
        # freshness closes a partition's segment 1 s after it began once the partition is read to its end: every
        # wait for "the rest is stored" is that long (the records are all produced first unless a test says so)
        "LOGWARDEN_SINK_MAX_AGE_SECONDS": "1", "LOGWARDEN_LOG_LEVEL": "debug", **extra,
    })
    return Process(["sink"], env, tmp_path / f"{name}.log")


def _stored(settings: Settings, endpoint: str | None = None) -> tuple[Counter[tuple[str, str]], list[dict[str, Any]]]:
    """Every event in the bucket as (route, event_id), checking each object's key, body and metadata."""
    client = s3_client(settings) if endpoint is None else s3_client(Settings.from_env(
        {"LOGWARDEN_S3_ENDPOINT": endpoint, "LOGWARDEN_S3_BUCKET": settings.s3_bucket}))
    found: Counter[tuple[str, str]] = Counter()
    objects = []
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=settings.s3_bucket):
        for item in page.get("Contents", []):
            match = KEY.match(item["Key"])
            assert match, f"unexpected key {item['Key']}"
            got = client.get_object(Bucket=settings.s3_bucket, Key=item["Key"])
            assert (match["ext"], got["ContentType"]) == FORMATS[_format(settings)]
            lines = _lines(item["Key"], got["Body"].read())
            assert got["ServerSideEncryption"] == "AES256"
            assert got["Metadata"]["records"] == str(len(lines))
            assert got["Metadata"]["route"] == match["route"]
            assert got["Metadata"]["retention-days"] == "365"
            assert match["topic"] == settings.topic(f"logs.{match['route']}")
            for line in lines:
                event = orjson.loads(line)
                assert event["ts"][:10] == match["dt"] and event["ts"][11:13] == match["hour"], item["Key"]
                assert got["Metadata"]["first-event-time"] <= event["ts"] <= got["Metadata"]["last-event-time"]
                found[(match["route"], event["event_id"])] += 1
            objects.append({"key": item["Key"], **match.groupdict(), "records": len(lines),
                            "first_offset": int(got["Metadata"]["first-offset"]),
                            "last_offset": int(got["Metadata"]["last-offset"])})
    return found, objects


def _run_until_caught_up(sink: Process, settings: Settings, topics: dict[str, str], policy: Policy) -> None:
    """Start a (restarted) sink, wait until it has committed everything, stop it cleanly."""
    sink.start()
    try:
        wait_for(lambda: _caught_up(settings, topics, policy), 120, "the restarted sink to commit everything")
    finally:
        assert sink.terminate() == 0, sink.log()


def _proxy_to_s3(servers: Servers) -> TcpProxy:
    host, port = servers.s3_endpoint.rsplit("//", 1)[1].split(":")
    return TcpProxy(host, int(port))


def _caught_up(settings: Settings, topics: dict[str, str], policy: Policy) -> bool:
    from kafka.errors import KafkaError

    try:
        return group_caught_up(settings, settings.sink_group, [topics[r.name] for r in policy.routes])
    except KafkaError:  # a fresh broker makes its offsets topic on the first group's first question
        return False


def test_every_event_lands_exactly_once_with_hive_keys(servers: Servers, settings: Settings, policy: Policy,
                                                        topics: dict[str, str], bucket: str, tmp_path: Path) -> None:
    expected = route_outputs(settings, policy, topics, 2000, seed=21)
    sink = _sink(servers, settings, tmp_path)
    sink.start()
    try:
        wait_for(lambda: _caught_up(settings, topics, policy), 120, "the sink to commit every partition")
        port = int(sink.env["LOGWARDEN_SINK_METRICS_PORT"])
        samples = scrape(port)
    finally:
        assert sink.terminate() == 0, sink.log()
    found, objects = _stored(settings)
    assert found == expected
    assert max(found.values()) == 1
    assert {o["route"] for o in objects} == {"analytics", "marketing"}
    assert_batches_tile_each_partition(objects, max_records=300)
    # each stored segment is said in the log with its first key (issue 24: the sink never said it stored anything)
    stored = [orjson.loads(line) for line in sink.log().splitlines() if '"msg":"stored"' in line]
    assert sum(line["objects"] for line in stored) == len(objects)
    assert {line["key"] for line in stored} <= {o["key"] for o in objects}
    assert metric(samples, "logwarden_sink_records_total", route="analytics") == sum(
        n for (route, _), n in expected.items() if route == "analytics")
    assert metric(samples, "logwarden_sink_objects_total", route="marketing") > 0
    assert metric(samples, "logwarden_sink_lifecycle_compliant") == 1
    assert metric(samples, "logwarden_sink_flush_seconds_count") > 0
    per_hour: Counter[tuple[str, str, str]] = Counter()
    for o in objects:
        per_hour[(o["route"], o["dt"], o["hour"])] += o["records"]
    assert _analysts_query(settings, tmp_path / "copy") == per_hour


def _analysts_query(settings: Settings, copy: Path) -> Counter[tuple[str, str, str]]:
    """docs/analysts.md's DuckDB query for the format, on a copy of the bucket (DuckDB's S3 extension is a
    download this machine cannot make): events per route, dt and hour."""
    import duckdb

    client = s3_client(settings)
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=settings.s3_bucket):
        for item in page.get("Contents", []):
            target = copy / item["Key"]
            target.parent.mkdir(parents=True, exist_ok=True)
            client.download_file(settings.s3_bucket, item["Key"], str(target))
    reader = ("read_parquet('{}/*/*/*/*.parquet'" if _format(settings) == "parquet"
              else "read_json_auto('{}/*/*/*/*.jsonl.gz'").format(copy)
    rows = duckdb.sql(f"""
        SELECT logwarden.route AS route, dt, hour, count(*) AS events
        FROM {reader}, hive_partitioning = true, union_by_name = true)
        GROUP BY ALL ORDER BY ALL""").fetchall()  # noqa: S608 - the path is the test's own temporary folder
    return Counter({(route, str(dt), f"{int(hour):02d}"): events for route, dt, hour, events in rows})


def assert_batches_tile_each_partition(objects: list[dict[str, Any]], max_records: int) -> None:
    """The offset in a key is its segment's first record's; a partition's segments (the objects of one key offset,
    one per event hour) hold at most `max_records` records each and cover its offsets from 0 with no gap or overlap;
    each but the last closed where the records say: at `max_records`, or past half of it before the first record
    of an event hour it did not hold."""
    batches: defaultdict[tuple[str, str], defaultdict[int, list[dict[str, Any]]]] = defaultdict(
        lambda: defaultdict(list))
    for o in objects:
        batches[(o["topic"], o["partition"])][int(o["offset"])].append(o)
    for partition, by_first in batches.items():
        next_first = 0  # each test's topics are new: their partitions start at offset 0
        ordered = sorted(by_first.items())
        for (first, parts), following in zip(ordered, [*ordered[1:], None], strict=True):
            assert first == next_first, (partition, first, next_first)
            assert min(p["first_offset"] for p in parts) == first, (partition, first)
            last = max(p["last_offset"] for p in parts)
            records = sum(p["records"] for p in parts)
            assert records == last - first + 1 <= max_records, (partition, first, last)
            if following is not None:
                opener = next(p for p in following[1] if p["first_offset"] == last + 1)
                new_hour = (opener["dt"], opener["hour"]) not in {(p["dt"], p["hour"]) for p in parts}
                assert records == max_records or (2 * records >= max_records and new_hour), (partition, first)
            next_first = last + 1


def test_kill_9_mid_batch_then_restart_is_still_exactly_once(
        servers: Servers, settings: Settings, policy: Policy, topics: dict[str, str], bucket: str,
        tmp_path: Path) -> None:
    expected = route_outputs(settings, policy, topics, 6000, seed=22)
    client = s3_client(settings)
    first = _sink(servers, settings, tmp_path, "first").start()
    try:
        wait_for(lambda: client.list_objects_v2(Bucket=bucket).get("KeyCount", 0) >= 3, 120,
                 "the first objects", interval=0.05)
    finally:
        first.kill9()
    assert not _caught_up(settings, topics, policy), "the sink was killed mid-stream"
    _run_until_caught_up(_sink(servers, settings, tmp_path, "second"), settings, topics, policy)
    found, _ = _stored(settings)
    assert found == expected


def test_kill_9_after_a_put_before_its_commit_rewrites_the_same_object(
        servers: Servers, settings: Settings, policy: Policy, topics: dict[str, str], bucket: str,
        tmp_path: Path) -> None:
    """The put reaches S3 but its answer is held back: the sink dies before it could commit."""
    proxy = _proxy_to_s3(servers)
    direct = s3_client(settings)
    first = _sink(servers, settings, tmp_path, "held", LOGWARDEN_S3_ENDPOINT=proxy.endpoint).start()
    try:
        wait_for(lambda: "partitions assigned" in first.log(), 120, "the sink to finish starting")
        proxy.hold()  # from now on S3 does the work but the sink never hears back
        expected = route_outputs(settings, policy, topics, 1500, seed=23)
        wait_for(lambda: direct.list_objects_v2(Bucket=bucket).get("KeyCount", 0) >= 1, 120,
                 "a put to reach S3 while its answer is held")
    finally:
        first.kill9()
        proxy.release()
    stored_before = {o["Key"] for o in direct.list_objects_v2(Bucket=bucket).get("Contents", [])}
    assert stored_before
    assert not _caught_up(settings, topics, policy), "nothing may be committed without the put's answer"
    try:
        _run_until_caught_up(_sink(servers, settings, tmp_path, "after"), settings, topics, policy)
    finally:
        proxy.down()
    after = {o["Key"] for o in direct.list_objects_v2(Bucket=bucket).get("Contents", [])}
    assert stored_before <= after, "the restarted sink rewrote the same keys"
    found, _ = _stored(settings)
    assert found == expected


def test_s3_unreachable_then_back_commits_nothing_while_down_and_loses_nothing(
        servers: Servers, settings: Settings, policy: Policy, topics: dict[str, str], bucket: str,
        tmp_path: Path) -> None:
    expected = route_outputs(settings, policy, topics, 600, seed=24)
    proxy = _proxy_to_s3(servers)
    sink = _sink(servers, settings, tmp_path, "outage", LOGWARDEN_S3_ENDPOINT=proxy.endpoint)
    metrics_port = int(sink.env["LOGWARDEN_SINK_METRICS_PORT"])
    sink.start()
    try:
        wait_for(lambda: metric(scrape(metrics_port), "logwarden_sink_records_total", route="analytics") > 0, 120,
                 "the sink to store its first batches")
        proxy.down()
        expected += route_outputs(settings, policy, topics, 600, seed=25)  # arrives while S3 is unreachable

        def failed_puts() -> float:  # a put, or the legal holds' check right after a put (consumers/holds.py)
            shown = scrape(metrics_port)
            return sum(metric(shown, "logwarden_sink_s3_errors_total", operation=operation)
                       for operation in ("put_object", "legal_hold"))

        wait_for(lambda: failed_puts() >= 1, 120, "puts to fail while S3 is unreachable")
        committed_while_down = _committed(settings, topics, policy)
        # two more failed attempts (the counter grows by the objects of an attempt, so each is awaited on its own):
        # nothing may be committed across them; waiting for a third would only wait out a longer backoff
        for _ in range(2):
            seen = failed_puts()
            wait_for(lambda seen=seen: failed_puts() > seen, 120, "another failed attempt to put")
        assert _committed(settings, topics, policy) == committed_while_down, "committed while S3 was down"
        assert metric(scrape(metrics_port), "logwarden_sink_paused") == 1
        proxy.up()
        wait_for(lambda: _caught_up(settings, topics, policy), 120, "the sink to catch up once S3 is back")
    finally:
        assert sink.terminate() == 0, sink.log()
        proxy.down()
    found, _ = _stored(settings)
    assert found == expected


def _committed(settings: Settings, topics: dict[str, str], policy: Policy) -> dict[Any, int]:
    from pipeline.cluster.topics import settings_admin

    with settings_admin(settings) as admin:
        offsets = admin.list_group_offsets(settings.sink_group).get(settings.sink_group, {})
    return {tp: meta.offset for tp, meta in offsets.items()}


def test_sigterm_stores_open_batches_and_two_sinks_split_the_partitions(
        servers: Servers, settings: Settings, policy: Policy, topics: dict[str, str], bucket: str,
        tmp_path: Path) -> None:
    """No count boundary and a freshness bound far away: only SIGTERM can close the segments. The records are
    small enough that a segment holds them uncompressed, so each sink's buffered bytes say when it holds all the
    records of the partitions it owns."""
    expected = route_outputs(settings, policy, topics, 300, seed=25)
    sizes: Counter[str] = Counter()
    for route in policy.routes:
        count = sum(n for (name, _), n in expected.items() if name == route.name)
        for r in read_topic(settings, topics[route.name], count):
            sizes[f"{r.topic}/{r.partition}"] += len(r.value.rstrip(b"\n")) + 1
    assert len(sizes) == 9, "every partition has records: a sink's bytes then tell its partitions apart"
    extra = {"LOGWARDEN_SINK_MAX_RECORDS": "100000", "LOGWARDEN_SINK_MAX_AGE_SECONDS": "600"}
    one = _sink(servers, settings, tmp_path, "one", **extra).start()
    two = _sink(servers, settings, tmp_path, "two", **extra).start()

    def holds_its_partitions(sink: Process) -> bool:
        buffered = metric(scrape(int(sink.env["LOGWARDEN_SINK_METRICS_PORT"])), "logwarden_sink_buffered_bytes")
        return buffered == sum(sizes[tp] for tp in _assigned(sink))

    try:
        wait_for(lambda: "partitions assigned" in one.log() and "partitions assigned" in two.log()
                 and _assigned(one) and _assigned(two) and not (_assigned(one) & _assigned(two))
                 and len(_assigned(one) | _assigned(two)) == 9, 120, "both sinks to own disjoint partitions")
        wait_for(lambda: holds_its_partitions(one) and holds_its_partitions(two), 120,
                 "each sink to hold every record of its partitions in open segments")
        assert s3_client(settings).list_objects_v2(Bucket=bucket)["KeyCount"] == 0, "stored before SIGTERM"
        assert not _caught_up(settings, topics, policy)
    finally:
        assert one.terminate() == 0, one.log()
        assert two.terminate() == 0, two.log()
    assert _caught_up(settings, topics, policy), "SIGTERM stores and commits every open segment"
    found, _ = _stored(settings)
    assert found == expected


def _assigned(process: Process) -> set[str]:
    lines = [line for line in process.log().splitlines() if "partitions assigned" in line]
    return set(orjson.loads(lines[-1])["partitions"]) if lines else set()


@pytest.fixture(autouse=True)
def _quiet_boto(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("WARNING", logger="botocore")


# --- duplicates by event_id (issue 16): the worker re-routes into the same partition; the sink drops repeats ---

def _event(n: int, hour: int = 15) -> bytes:
    """A scrubbed analytics event as the worker writes it (schema, then event_id), with a fixed id per n."""
    return orjson.dumps({"schema": "request/1", "event_id": str(uuid.UUID(int=n)),
                         "ts": f"2026-11-24T{hour:02d}:{n % 60:02d}:00.000Z", "service": "alexrust.org",
                         "request": {"method": "GET", "path": f"/docs/{n}", "status": 200}})


def _produce(settings: Settings, topic: str, values: list[bytes], partition: int = 0) -> None:
    from kafka import KafkaProducer

    from pipeline.cluster.login import kafka_login

    producer = KafkaProducer(bootstrap_servers=settings.kafka_bootstrap, acks="all", linger_ms=5,
                             **kafka_login(settings, "admin").client_args())
    try:
        sent = [producer.send(topic, value=value, key=orjson.loads(value)["event_id"].encode(), partition=partition)
                for value in values]
        producer.flush()
        for future in sent:
            future.get(timeout=30)
    finally:
        producer.close()


def _ids(n: int) -> str:
    return str(uuid.UUID(int=n))


def test_a_repeated_event_id_within_w_offsets_is_stored_once_and_one_farther_apart_twice(
        servers: Servers, settings: Settings, policy: Policy, topics: dict[str, str], bucket: str,
        tmp_path: Path) -> None:
    # offsets 0-59: ids 0-59; 60-69: ids 50-59 again (10 to 19 offsets back: inside W=20); 70: id 0 (70 back)
    _produce(settings, topics["analytics"], [_event(n) for n in [*range(60), *range(50, 60), 0]])
    sink = _sink(servers, settings, tmp_path, LOGWARDEN_SINK_DEDUP_WINDOW="20")
    sink.start()
    try:
        wait_for(lambda: _caught_up(settings, topics, policy), 120, "the sink to commit every partition")
        samples = scrape(int(sink.env["LOGWARDEN_SINK_METRICS_PORT"]))
    finally:
        assert sink.terminate() == 0, sink.log()
    found, _ = _stored(settings)
    assert found == Counter({("analytics", _ids(n)): 1 for n in range(1, 60)} | {("analytics", _ids(0)): 2})
    assert metric(samples, "logwarden_sink_duplicates_total", route="analytics") == 10
    assert metric(samples, "logwarden_sink_duplicates_total", route="marketing") == 0
    assert metric(samples, "logwarden_sink_records_total", route="analytics") == 61


def _objects(settings: Settings) -> dict[str, bytes]:
    client = s3_client(settings)
    return {item["Key"]: client.get_object(Bucket=settings.s3_bucket, Key=item["Key"])["Body"].read()
            for page in client.get_paginator("list_objects_v2").paginate(Bucket=settings.s3_bucket)
            for item in page.get("Contents", [])}


def test_kill_9_with_duplicates_around_the_restart_point_gives_the_same_objects_and_no_duplicates(
        servers: Servers, settings: Settings, policy: Policy, topics: dict[str, str], bucket: str,
        tmp_path: Path) -> None:
    """One sink runs through undisturbed; another, over the same records, is killed mid-stream and restarted:
    it primes its window from Kafka, drops the same repeats, and writes byte-identical objects."""
    values: list[bytes] = []
    ids: list[int] = []
    for n in range(3000):  # every 7th offset repeats the id of 5 offsets before: repeats everywhere
        ids.append(ids[-5] if n % 7 == 6 else n)
        values.append(_event(ids[-1], hour=10 + n // 1000))
    _produce(settings, topics["analytics"], values)
    extra = {"LOGWARDEN_SINK_DEDUP_WINDOW": "30", "LOGWARDEN_SINK_MAX_RECORDS": "100"}
    reference = replace(settings, s3_bucket=settings.s3_bucket + "-ref")
    ensure_bucket(s3_client(reference), reference.s3_bucket, reference.s3_region)
    _run_until_caught_up(_sink(servers, reference, tmp_path, "reference", **extra), reference, topics, policy)
    with settings_admin(settings) as admin:  # the sink principal may use its own group only: start it over
        admin.delete_groups([settings.sink_group])

    client = s3_client(settings)
    first = _sink(servers, settings, tmp_path, "first", **extra).start()
    try:
        wait_for(lambda: client.list_objects_v2(Bucket=bucket).get("KeyCount", 0) >= 3, 120,
                 "the first objects", interval=0.05)
    finally:
        first.kill9()
    assert not _caught_up(settings, topics, policy), "the sink was killed mid-stream"
    _run_until_caught_up(_sink(servers, settings, tmp_path, "second", **extra), settings, topics, policy)
    assert _objects(settings) == _objects(reference)
    found, _ = _stored(settings)
    assert found == Counter({("analytics", _ids(n)): 1 for n in set(ids)})


def test_a_freshness_cut_is_read_back_after_kill_9_so_the_restart_closes_at_the_same_record(
        servers: Servers, settings: Settings, policy: Policy, topics: dict[str, str], bucket: str,
        tmp_path: Path) -> None:
    """Freshness closes a segment at a point the records do not decide; the point is committed as metadata before
    the puts, so a sink killed while S3 holds its answers, restarted after more records came, closes there again."""
    _produce(settings, topics["analytics"], [_event(n) for n in range(200)])
    proxy = _proxy_to_s3(servers)
    direct = s3_client(settings)
    extra = {"LOGWARDEN_SINK_MAX_RECORDS": "100000"}
    first = _sink(servers, settings, tmp_path, "held", LOGWARDEN_S3_ENDPOINT=proxy.endpoint, **extra).start()
    try:
        wait_for(lambda: "partitions assigned" in first.log(), 120, "the sink to finish starting")
        proxy.hold()
        wait_for(lambda: direct.list_objects_v2(Bucket=bucket).get("KeyCount", 0) >= 1, 120,
                 "the freshness cut's put to reach S3 while its answer is held")
    finally:
        first.kill9()
        proxy.release()
        proxy.down()
    held = _objects(settings)
    assert not _caught_up(settings, topics, policy)
    _produce(settings, topics["analytics"], [_event(n) for n in range(200, 300)])  # the restart reads these too
    _run_until_caught_up(_sink(servers, settings, tmp_path, "after", **extra), settings, topics, policy)
    after = _objects(settings)
    assert {k: after[k] for k in held} == held, "the same segment, closed at the same record, byte for byte"
    found, objects = _stored(settings)
    assert found == Counter({("analytics", _ids(n)): 1 for n in range(300)})
    assert sorted(int(o["offset"]) for o in objects) == [0] * len(held) + [200] * (len(objects) - len(held))


def test_the_sink_collects_its_youngest_objects_less_often_only_while_it_runs() -> None:
    """The collector's youngest generation runs every GC_YOUNG_THRESHOLD allocations inside the sink's run, and the
    thresholds are given back when it ends, by an error too (a test or the bench that runs a sink in its own
    process keeps its own collector)."""
    import gc

    from consumers.s3_sink import GC_YOUNG_THRESHOLD, _fewer_collections

    before = gc.get_threshold()
    with _fewer_collections():
        assert gc.get_threshold() == (GC_YOUNG_THRESHOLD, *before[1:])
    assert gc.get_threshold() == before
    with pytest.raises(RuntimeError), _fewer_collections():
        raise RuntimeError("the run failed")
    assert gc.get_threshold() == before


def test_a_leader_the_client_has_no_address_for_yet_is_waited_out_not_a_crash(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Issue 27's broker trial: a node restarting, the metadata named it leader before kafka-python knew its address,
    and the sink died of UnknownBrokerIdError (kafka-python asks for fresh metadata itself, but does not mark the
    error retriable). The next call succeeds, so the sink tries again as through any outage."""
    from kafka.errors import UnknownBrokerIdError

    from consumers import s3_sink

    monkeypatch.setattr(s3_sink, "KAFKA_RETRY_SECONDS", 0.01)
    settings = Settings.from_env({"LOGWARDEN_STATE_DIR": str(tmp_path), "LOGWARDEN_HMAC_KEY": "k" * 48})
    sink = s3_sink.S3Sink(settings, load_policy(settings.policy_file), client=object())
    calls = []

    def poll() -> str:
        calls.append(1)
        if len(calls) == 1:
            raise UnknownBrokerIdError(3)
        return "records"

    try:
        assert sink.kafka("polling", poll) == "records"
    finally:
        sink.puts.shutdown()
    assert len(calls) == 2
