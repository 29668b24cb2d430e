"""pipeline/metrics.py: each outcome is counted once under its bounded label; every series exists from zero."""

from __future__ import annotations

from collections import Counter

import orjson
import pytest
from prometheus_client import REGISTRY

from pipeline import metrics
from pipeline.policy import load_policy
from pipeline.scrub import DLQ_REASONS, DROP_REASONS, Router
from pipeline.settings import PROJECT_ROOT

POLICY = load_policy(PROJECT_ROOT / "config" / "policy.toml")
ROUTES = [r.name for r in POLICY.routes]


def value(name: str, **labels: str) -> float:
    got = REGISTRY.get_sample_value(name, labels)
    assert got is not None, (name, labels)
    return got


@pytest.fixture(autouse=True)
def _labels() -> None:
    metrics.init_labels(ROUTES)


def test_every_route_and_reason_has_a_series_before_the_first_event() -> None:
    for route in ROUTES:
        value("logwarden_worker_routed_total", route=route)
    for reason in DLQ_REASONS:
        value("logwarden_worker_dlq_total", reason=reason)
    for reason in DROP_REASONS:
        value("logwarden_worker_dropped_total", reason=reason)
    # "healthy = 0" counters exist at 0, so dashboards show them and increase() sees the first error
    for role in ("route", "dlq"):
        assert REGISTRY.get_sample_value("logwarden_worker_delivery_errors_total", {"topic_role": role}) is not None


def test_each_outcome_counts_once_under_its_label() -> None:
    router = Router(POLICY, b"k" * 32, "k1")
    routed = router.route(orjson.dumps({"schema": "request/1", "event_id": "0b7d3c9e-3f7a-4c1e-9a53-2f6f5f0d8a11",
                                        "ts": "2026-11-24T15:40:36Z", "purposes": ["2.1.1"]}))
    dropped = router.route(orjson.dumps({"schema": "request/1", "event_id": "0b7d3c9e-3f7a-4c1e-9a53-2f6f5f0d8a11",
                                         "ts": "2026-11-24T15:40:36Z", "purposes": []}))
    rejected = router.route(b"{bad")
    assert (routed.kind, dropped.kind, rejected.kind) == ("routed", "dropped", "dlq")
    before = (value("logwarden_worker_events_in_total"), value("logwarden_worker_routed_total", route="analytics"),
              value("logwarden_worker_dropped_total", reason=dropped.dropped),
              value("logwarden_worker_dlq_total", reason="malformed_json"))
    for outcome in (routed, dropped, rejected, rejected):
        metrics.count_outcome(outcome)
    after = (value("logwarden_worker_events_in_total"), value("logwarden_worker_routed_total", route="analytics"),
             value("logwarden_worker_dropped_total", reason=dropped.dropped),
             value("logwarden_worker_dlq_total", reason="malformed_json"))
    assert [a - b for a, b in zip(after, before, strict=True)] == [4, 1, 1, 2]


def test_the_tally_is_added_by_field_treatment_and_kind() -> None:
    field = {"field": "user.id", "treatment": "pseudonymize"}
    before = REGISTRY.get_sample_value("logwarden_worker_treatments_total", field) or 0.0
    before_email = REGISTRY.get_sample_value("logwarden_worker_redactions_total", {"kind": "email"}) or 0.0
    metrics.count_tally(Counter({("user.id", "pseudonymize"): 3}), Counter({"email": 2}))
    assert value("logwarden_worker_treatments_total", **field) - before == 3
    assert value("logwarden_worker_redactions_total", kind="email") - before_email == 2
