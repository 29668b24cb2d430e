"""The sink's leak check on the pipeline's own output: thousands of routed synthetic events hold no "leak".

A false positive here loses data (the sink withholds the record from S3) and pages on-call: the Base64 pass once
decoded pseudonyms and UUIDs into random bytes in which the IBAN detector found a match by chance, about one
record in four thousand. Every output of every route of a few thousand events of realistic traffic must pass.
"""

from __future__ import annotations

import orjson

from consumers.leaks import find_leak
from pipeline.policy import load_policy
from pipeline.scrub import Router
from pipeline.settings import PROJECT_ROOT
from producers.synthetic import TrafficGenerator

EVENTS = 6_000


def test_routed_synthetic_traffic_is_clean_to_the_sinks_leak_check() -> None:
    router = Router(load_policy(PROJECT_ROOT / "config" / "policy.toml"), b"leak-check-key-0123456789abcdef", "k1")
    withheld = []
    outputs = 0
    for seed in (1, 2):
        generator = TrafficGenerator(seed=seed, action_share=0.3)
        for _ in range(EVENTS // 2):
            for output in router.route(orjson.dumps(generator.event())).outputs:
                outputs += 1
                kind = find_leak(output.value)
                if kind is not None:
                    withheld.append((kind, output.value[:300]))
    assert outputs > EVENTS // 2  # the routes keep most events
    assert not withheld, f"{len(withheld)} of {outputs} outputs withheld, e.g. {withheld[:2]}"


def test_a_pseudonym_is_written_by_the_pipeline() -> None:
    """`ps_` and 22 urlsafe Base64 characters: skipped whole, whatever its characters spell."""
    record = {"user": {"id": "ps_ED489SmLLmIc6-IF5Rpziw"}, "session": {"id": "ps_In25UXzeuVR27dplTzYtGQ"},
              "event_id": "6e518b78-1ae1-4a3c-be62-c6c7df642cfd"}
    assert find_leak(orjson.dumps(record)) is None
