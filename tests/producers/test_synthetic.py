"""producers/synthetic.py: seeded traffic is reproducible, its events are valid, and each malformed kind it plants
is rejected by the core with the DLQ reason of its name."""

from __future__ import annotations

import orjson
import pytest

from pipeline.policy import load_policy
from pipeline.scrub import DLQ_REASONS, Router
from pipeline.settings import PROJECT_ROOT
from producers.synthetic import MALFORMED_KINDS, TrafficGenerator

POLICY = load_policy(PROJECT_ROOT / "config" / "policy.toml")


def test_the_load_generator_names_each_malformed_kind_after_its_dlq_reason() -> None:
    """The demo checks every DLQ reason against the kind planted; the names are that contract."""
    assert set(MALFORMED_KINDS) <= set(DLQ_REASONS)


def test_a_seed_reproduces_the_traffic_and_another_seed_does_not() -> None:
    def run(seed: int) -> list[bytes]:
        generator = TrafficGenerator(seed=seed, malformed_share=0.3)
        return [generator.message() for _ in range(200)]

    assert run(7) == run(7)
    assert run(7) != run(8)


def test_seeded_events_are_valid_and_routed_or_dropped_by_the_policy_in_event_time_order() -> None:
    generator = TrafficGenerator(seed=3)
    router = Router(POLICY, b"k" * 32, "k1")
    events = [generator.event() for _ in range(500)]
    kinds = {router.route(orjson.dumps(e)).kind for e in events}
    assert kinds <= {"routed", "dropped"} and "routed" in kinds
    times = [e["ts"] for e in events]
    assert times == sorted(times) and len(set(times)) == len(times)  # each 1-49 ms after the last
    assert times[0].startswith("2026-11-24T15:00:00.")  # the same day whenever the seed is run
    assert len({e["event_id"] for e in events}) == 500


@pytest.mark.parametrize("kind", MALFORMED_KINDS)
def test_each_malformed_kind_is_rejected_with_its_own_reason(kind: str) -> None:
    generator = TrafficGenerator(seed=5, oversized_bytes=4096)
    router = Router(POLICY, b"k" * 32, "k1", max_message_bytes=4096)
    outcome = router.route(generator.malformed(kind))
    assert (outcome.kind, outcome.rejected) == ("dlq", kind), outcome.detail


@pytest.mark.parametrize(("share", "valid"), [(0.0, 300), (1.0, 0)])
def test_the_malformed_share_decides_what_is_made_and_is_counted(share: float, valid: int) -> None:
    generator = TrafficGenerator(seed=9, malformed_share=share, oversized_bytes=64)
    for _ in range(300):
        generator.message()
    assert generator.kinds["valid"] == valid
    assert sum(generator.kinds.values()) == 300
    assert set(generator.kinds) - {"valid"} <= set(MALFORMED_KINDS)


def test_planted_identifiers_are_in_the_raw_events() -> None:
    """The traffic carries what the pipeline must remove: emails and phones in users, forms and cookies."""
    generator = TrafficGenerator(seed=11, action_share=1.0)
    events = [generator.event() for _ in range(50)]
    assert all("@example." in e["user"]["email"] and e["action"]["form"]["email"] == e["user"]["email"]
               for e in events)
    assert all(e["client"]["cookies"]["sid"] for e in events)
    phones = {e["user"]["phone"][:2] for e in events}
    assert {"+7", "8 "} <= phones
