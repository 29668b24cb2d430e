"""pipeline/routing.py: a worker holds a compiled router per version, routes each event under the version of its
raw timestamp, keeps its version when a published one cannot be loaded, and holds a batch until it knows every
version that could govern it."""

from __future__ import annotations

import asyncio
import logging
import time

import orjson
import pytest
from policy_variants import POLICY_FILE

from pipeline import metrics
from pipeline.policy import Policy, load_policy
from pipeline.routing import Routing, latest_timestamp
from pipeline.scrub import Router
from pipeline.versions import PolicyVersion, digest_of
from producers.synthetic import TrafficGenerator

KEY = b"r" * 32
TEXT = POLICY_FILE.read_text(encoding="utf-8")
WIDER = (TEXT.replace("revision = 1\n", "revision = 2\n")
         .replace('"client.ip", "client.user_agent"', '"client.ip", "client.forwarded_for", "client.user_agent"'))


def _compile(policy: Policy) -> Router:
    return Router(policy, KEY, "k1", activate=False)


def _routing() -> Routing[Router]:
    base = _compile(load_policy(POLICY_FILE))
    return Routing(base, base.version_id, digest_of(TEXT), _compile)


def _published(text: str, version_id: str, effective_ms: int) -> PolicyVersion:
    return PolicyVersion(version_id, "", text, digest_of(text), effective_ms, "ops", "", "new.toml")


def _errors() -> float:
    return metrics.POLICY_LOAD_ERRORS._value.get()


def test_events_before_the_effective_time_keep_the_old_version_and_later_ones_take_the_new() -> None:
    routing = _routing()
    routing.add(_published(WIDER, "2024-01-01.2", 5_000))
    event = orjson.dumps(TrafficGenerator(seed=1).event() | {"purposes": ["2.1.1"]})
    before, after = routing.router_for(4_999).route(event), routing.router_for(5_000).route(event)
    old, new = (orjson.loads(o.outputs[0].value) for o in (before, after))
    assert (old["policy_version"], new["policy_version"]) == ("2024-01-01.1", "2024-01-01.2")
    assert "forwarded_for" not in old["client"] and "forwarded_for" in new["client"]


def test_a_rollback_reuses_the_router_compiled_for_that_file() -> None:
    routing = _routing()
    base = routing.router_for(0)
    routing.add(_published(WIDER, "2024-01-01.2", 5_000))
    routing.add(_published(TEXT, "2024-01-01.1", 9_000))
    assert routing.router_for(9_000) is base
    assert routing.router_for(6_000) is not base


@pytest.mark.parametrize(("text", "version_id", "said"), [
    ("[policy\n", "2024-01-01.3", "not valid TOML"),
    (TEXT.replace('purposes = ["2.1.1", "2.1.3"]\nrequires_consent', 'purposes = ["9.9"]\nrequires_consent'),
     "2024-01-01.1", "unknown purpose"),
    (WIDER, "2024-01-01.7", "says version 2024-01-01.7 but its file is 2024-01-01.2"),
])
def test_a_version_that_cannot_be_loaded_changes_nothing_is_counted_and_said_once(
        caplog: pytest.LogCaptureFixture, text: str, version_id: str, said: str) -> None:
    routing = _routing()
    errors = _errors()
    with caplog.at_level(logging.ERROR, logger="logwarden.worker"):
        for _ in range(2):  # read again (another worker's restart, a re-read): counted, not said again
            routing.add(_published(text, version_id, 5_000))
    assert routing.schedule.single is routing.router_for(10**13)
    assert _errors() == errors + 2
    said_lines = [r for r in caplog.records if "cannot be loaded" in r.getMessage()]
    assert len(said_lines) == 1 and said in said_lines[0].error  # type: ignore[attr-defined]


def test_the_version_info_says_which_version_governs_events_stamped_now() -> None:
    routing = _routing()
    now = int(time.time() * 1000)
    routing.add(_published(WIDER, "2024-01-01.2", now - 1))
    routing.show()
    samples = {tuple(s.labels.values()): s.value for s in metrics.POLICY_VERSION.collect()[0].samples}
    assert samples == {("2024-01-01.2",): 1.0}


def test_a_batch_past_the_horizon_waits_until_every_version_that_could_govern_it_is_known() -> None:
    routing = _routing()
    now = int(time.time() * 1000)
    horizon = [now - 1_000]
    routing.horizon = lambda: horizon[0]

    async def run() -> float:
        asyncio.get_running_loop().call_later(0.2, horizon.__setitem__, 0, now + 5_000)
        started = time.monotonic()
        await routing.wait_until_known(now)
        return time.monotonic() - started

    assert asyncio.run(run()) >= 0.19


def test_a_timestamp_far_ahead_of_the_clock_does_not_hold_the_worker() -> None:
    routing = _routing()
    routing.horizon = lambda: 0
    far = int(time.time() * 1000) + 3_600_000
    asyncio.run(asyncio.wait_for(routing.wait_until_known(far), 1))


def test_the_latest_timestamp_of_a_batch_is_in_milliseconds() -> None:
    assert latest_timestamp([1796597493.119, 1796597493.5]) == 1796597493500
    assert latest_timestamp([]) == 0


def test_two_versions_with_their_own_site_rules_each_scrub_with_their_own_when_interleaved() -> None:
    """The free-text engine's rules are the process's: a version compiled beside the one in force does not take
    them over, and each router routes under its own version's even when events alternate at a switch."""
    blocked = TEXT.replace("revision = 1\n", "revision = 2\n").replace(
        "[privacy]\n", '[privacy]\nblock_values = ["ACME-INTERNAL-7"]\n', 1)
    routing = _routing()
    routing.add(_published(blocked, "2024-01-01.2", 5_000))
    event = TrafficGenerator(seed=2).event() | {"purposes": ["2.1.1"]}
    event["request"]["path"] = "/tickets/ACME-INTERNAL-7"  # type: ignore[index]
    raw = orjson.dumps(event)
    for _ in range(2):
        old, new = (orjson.loads(routing.router_for(t).route(raw).outputs[0].value) for t in (0, 5_000))
        assert "ACME-INTERNAL-7" in old["request"]["path"]
        assert "ACME-INTERNAL-7" not in new["request"]["path"] and "[blocked" in new["request"]["path"]


def test_a_version_is_prepared_with_its_effective_time_in_the_thread_that_adds_it_before_it_is_scheduled() -> None:
    import threading

    prepared: list[tuple[str, int, str, int]] = []

    def prepare(router: Router, effective_ms: int) -> None:
        prepared.append((router.version_id, effective_ms, threading.current_thread().name,
                         len(routing.schedule.items())))

    base = _compile(load_policy(POLICY_FILE))
    routing = Routing(base, base.version_id, digest_of(TEXT), _compile, prepare)
    adder = threading.Thread(target=routing.add, args=(_published(WIDER, "2024-01-01.2", 5_000),), name="follower")
    adder.start()
    adder.join()
    assert prepared == [("2024-01-01.2", 5_000, "follower", 1)]  # before the schedule had it
    routing.add(_published("not toml [", "2024-01-01.3", 9_000))  # a version that cannot load is not prepared
    assert len(prepared) == 1


def test_alternating_versions_keep_each_ones_cache_of_detections() -> None:
    """A switch makes the other version's free-text state the one in use, without emptying either's: events that
    alternate between two versions at a switch find their version's detections cached."""
    from pipeline.privacy import redact

    blocked = TEXT.replace("revision = 1\n", "revision = 2\n").replace(
        "[privacy]\n", '[privacy]\nblock_values = ["ACME-INTERNAL-7"]\n', 1)
    routing = _routing()
    routing.add(_published(blocked, "2024-01-01.2", 5_000))
    raw = orjson.dumps(TrafficGenerator(seed=3).event() | {"purposes": ["2.1.1"]})
    routing.router_for(0).route(raw)
    old_cache = redact._DETECT_CACHED[0]
    routing.router_for(5_000).route(raw)
    new_cache = redact._DETECT_CACHED[0]
    assert new_cache is not old_cache
    for _ in range(3):
        routing.router_for(0).route(raw)
        assert redact._DETECT_CACHED[0] is old_cache
        routing.router_for(5_000).route(raw)
        assert redact._DETECT_CACHED[0] is new_cache
    assert old_cache.cache_info().currsize > 0 and new_cache.cache_info().currsize > 0  # type: ignore[attr-defined]


def test_the_version_info_follows_the_clock_with_no_batch() -> None:
    """An idle worker shows a switch on time: `show_on_the_clock` (the worker's task beside its agent) shows the
    version governing now at every tick, where `show` alone ran only after a batch."""
    from pipeline.routing import show_on_the_clock

    routing = _routing()
    switch = int(time.time() * 1000) + 150
    routing.add(_published(WIDER, "2024-01-01.2", switch))

    def shown() -> set[tuple[str, ...]]:
        return {tuple(s.labels.values()) for s in metrics.POLICY_VERSION.collect()[0].samples if s.value == 1.0}

    async def run() -> set[tuple[str, ...]]:
        clock = asyncio.create_task(show_on_the_clock(routing, every=0.02))
        await asyncio.sleep(0.05)
        before = shown()
        while time.time() * 1000 < switch + 60:
            await asyncio.sleep(0.02)
        after = shown()
        clock.cancel()
        assert before == {("2024-01-01.1",)}
        return after

    assert asyncio.run(run()) == {("2024-01-01.2",)}
