"""producers/canary.py: a canary travels every route as a consenting visitor's form submit, and the policy
removes its marker from every output, so a marker found downstream can only be a leak."""

from __future__ import annotations

import orjson

from consumers.leaks import find_leak, is_canary
from pipeline.policy import load_policy
from pipeline.scrub import Router
from pipeline.settings import PROJECT_ROOT
from pipeline.wire import CANARY_ACTION, CANARY_MARKER
from producers.canary import canary_event
from producers.events import Source

POLICY = load_policy(PROJECT_ROOT / "config" / "policy.toml")


def test_a_canary_reaches_every_route_with_its_marker_gone() -> None:
    raw = orjson.dumps(canary_event(Source(service="shop.example")))
    assert CANARY_MARKER.encode() in raw and find_leak(raw) == "canary"
    outcome = Router(POLICY, b"k" * 32, "k1").route(raw)
    assert outcome.kind == "routed", (outcome.rejected, outcome.detail, outcome.dropped)
    assert {o.route for o in outcome.outputs} == {r.name for r in POLICY.routes}
    for output in outcome.outputs:
        assert CANARY_MARKER.encode() not in output.value.lower(), output.route
        assert is_canary(output.value), output.route  # analysts and the sink still know it for a canary
        assert find_leak(output.value) is None, output.route


def test_the_marker_sits_in_the_values_the_policy_must_remove() -> None:
    event = canary_event(Source())
    assert event["service"] == "canary.logwarden"
    assert event["action"]["name"] == CANARY_ACTION
    assert all(consent is True for consent in event["consent"].values())
    for path in (("user", "email"), ("user", "id"), ("client", "cookies", "sid"), ("request", "path"),
                 ("action", "form", "email"), ("action", "properties", "contact")):
        node = event
        for key in path:
            node = node[key]
        assert CANARY_MARKER in str(node).lower(), path


def test_each_canary_carries_its_own_token() -> None:
    tokens = {canary_event(Source())["user"]["id"] for _ in range(50)}
    assert len(tokens) == 50
