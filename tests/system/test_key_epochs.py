"""Pseudonym key epochs across a running worker, on the real broker: the next epoch's key is made ahead when the
worker starts, every record is routed with the key of the epoch holding its RAW record's timestamp (from the
switch on, the new key id; after a kill -9, the replay picks the same keys), and nothing is lost."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson
from conftest import Servers
from helpers import Process, covers_event_ids, metric, read_topic, scrape, wait_for
from kafka import KafkaProducer

from pipeline.cluster.login import kafka_login
from pipeline.dev.process import free_port
from pipeline.keyring import FileKeyStore, new_epoch, wrapping_key
from pipeline.policy import Policy
from pipeline.scrub import Router
from pipeline.settings import Settings
from producers.synthetic import TrafficGenerator

HMAC_KEY = "epochs-key-" + "0123456789abcdef" * 3
EVENTS = 2000


def _worker(servers: Servers, settings: Settings, tmp_path: Path, port: int, keyring: Path) -> Process:
    env = servers.env(
        LOGWARDEN_TOPIC_PREFIX=settings.topic_prefix, LOGWARDEN_WORKER_GROUP=settings.worker_group,
        LOGWARDEN_STATE_DIR=str(settings.state_dir), LOGWARDEN_WORKER_METRICS_PORT=str(port),
        LOGWARDEN_HMAC_KEY=HMAC_KEY, LOGWARDEN_DEV_MODE="false", LOGWARDEN_KEYRING_FILE=str(keyring),
    )
    return Process(["worker"], env, tmp_path / "worker.log")


def test_a_running_worker_switches_key_epoch_at_the_raw_records_timestamp_and_loses_nothing(
        servers: Servers, settings: Settings, policy: Policy, topics: dict[str, str], tmp_path: Path) -> None:
    # a keyring whose only epoch ends two minutes from now: the worker must make the next one ahead
    keyring = tmp_path / "secrets" / "keyring.json"
    store = FileKeyStore(keyring)
    now = datetime.now(UTC).replace(microsecond=0)
    boundary = now + timedelta(minutes=2)
    first = new_epoch(wrapping_key(HMAC_KEY.encode()), now - timedelta(days=1), boundary)
    store.save([first])

    port = free_port()
    worker = _worker(servers, settings, tmp_path, port, keyring).start()
    try:
        wait_for(lambda: metric(scrape(port), "logwarden_worker_policy_info", version=policy.version_id,
                                key_id=first.key_id) == 1, 120, "the worker to route with the first epoch's key")
        made = [e for e in store.load() if e.start == boundary]
        assert len(made) == 1 and made[0].key_id != first.key_id, "the next epoch's key is made before it starts"
        second = made[0]

        # raw records whose Kafka timestamps run from 100 s before the boundary to 100 s after it
        generator = TrafficGenerator(seed=26, malformed_share=0.0)
        raws = [orjson.dumps(generator.event()) for _ in range(EVENTS)]
        stamps = {orjson.loads(raw)["event_id"]: boundary + timedelta(seconds=-100 + 200 * i / EVENTS)
                  for i, raw in enumerate(raws)}
        router = Router(policy, b"k" * 32, "any", settings.topic_prefix)  # where each event goes; keys change nothing
        expected: dict[str, set[str]] = {}
        for raw in raws:
            for output in router.route(raw).outputs:
                expected.setdefault(output.topic, set()).add(orjson.loads(raw)["event_id"])
        producer = KafkaProducer(bootstrap_servers=settings.kafka_bootstrap, acks="all",
                                 **kafka_login(settings, "admin").client_args())
        for i, (raw, moment) in enumerate(zip(raws, stamps.values(), strict=True)):
            producer.send(topics["raw"], raw, timestamp_ms=int(moment.timestamp() * 1000))
            if i == EVENTS // 2:
                producer.flush()
                # a crash mid-stream: the replay must route each record with the key it had the first time
                wait_for(lambda: metric(scrape(port), "logwarden_worker_events_in_total") >= EVENTS // 4, 120,
                         "the worker to be mid-stream", interval=0.05)
                worker.kill9()
                worker = _worker(servers, settings, tmp_path, port, keyring).start()
        producer.flush()
        producer.close()
        outputs = [(topic, orjson.loads(record.value)) for topic, wanted in expected.items()
                   for record in read_topic(settings, topic, covers_event_ids(wanted), timeout=180)]
        wait_for(lambda: metric(scrape(port), "logwarden_worker_policy_info", version=policy.version_id,
                                key_id=second.key_id) == 1, 60, "the worker to say the second epoch is in force")
    finally:
        assert worker.terminate() == 0, worker.log()

    found = {(topic, doc["event_id"]) for topic, doc in outputs}
    assert found == {(topic, eid) for topic, wanted in expected.items() for eid in wanted}, "no event is lost"
    wrong = [doc["event_id"] for _, doc in outputs
             if doc["logwarden"]["key_id"] != (first.key_id if stamps[doc["event_id"]] < boundary else second.key_id)]
    assert not wrong, f"{len(wrong)} outputs (copies included) carry another epoch's key id than their raw " \
                      f"timestamp's, e.g. {wrong[:3]}"
    assert {doc["logwarden"]["key_id"] for _, doc in outputs} == {first.key_id, second.key_id}
    users = {orjson.loads(raw)["event_id"]: orjson.loads(raw)["user"]["id"] for raw in raws}
    _assert_unlinkable_across_the_boundary(outputs, stamps, users, boundary)


def _assert_unlinkable_across_the_boundary(outputs: list[tuple[str, dict]], stamps: dict[str, datetime],
                                           users: dict[str, str], boundary: datetime) -> None:
    """Users seen on both sides of the boundary get pseudonyms of one epoch that never appear in the other."""
    pseudonyms: dict[bool, set[str]] = {True: set(), False: set()}
    raw_users: dict[bool, set[str]] = {True: set(), False: set()}
    for topic, doc in outputs:
        pseudonym = (doc.get("user") or {}).get("id")
        if pseudonym is not None and topic.endswith("analytics"):
            side = stamps[doc["event_id"]] < boundary
            pseudonyms[side].add(pseudonym)
            raw_users[side].add(users[doc["event_id"]])
    assert raw_users[True] & raw_users[False], "the traffic has users on both sides of the boundary"
    assert pseudonyms[True] and not pseudonyms[True] & pseudonyms[False]
