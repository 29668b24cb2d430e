"""The compiled scrub/route core (pipeline/native.py) against the pure one: built for this source, never stale,
and the same outcome for every event, byte for byte (ordinary, malformed, mutated and arbitrary values).

The privacy property tests (test_scrub_properties.py) run on the core the worker runs, the compiled one when
it is built; these hold it to the pure core everywhere else.
"""

from __future__ import annotations

import copy
import random
from collections.abc import Iterator
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import native
from pipeline.policy import load_policy
from pipeline.scrub import Router
from pipeline.settings import PROJECT_ROOT
from producers.synthetic import TrafficGenerator

POLICY = load_policy(PROJECT_ROOT / "config" / "policy.toml")
KEY = b"n" * 32


@pytest.fixture(scope="module")
def compiled() -> type[Router]:
    module = native.load()
    if module is None:
        pytest.fail(f"the compiled scrub/route core is not built for this source ({native.source_digest()}): "
                    "`make native` builds it (mypyc, from the lint extra, and gcc)", pytrace=False)
    return module.Router  # type: ignore[no-any-return]


def _outcome(router: Router, raw: bytes) -> tuple[Any, ...]:
    outcome = router.route(raw)
    return (outcome.rejected, outcome.detail, outcome.dropped,
            [(o.route, o.topic, o.key, o.value) for o in outcome.outputs])


def _same_everywhere(compiled: type[Router], messages: list[bytes]) -> None:
    pure, fast = Router(POLICY, KEY, "k1", "p."), compiled(POLICY, KEY, "k1", "p.")
    for raw in messages:
        assert _outcome(fast, raw) == _outcome(pure, raw), raw[:300]
    assert fast.tally.drain() == pure.tally.drain()
    assert fast.redactor.counts == pure.redactor.counts


def test_the_compiled_core_is_the_one_the_worker_runs_and_is_built_for_this_source(compiled: type[Router]) -> None:
    assert native.router_class() is compiled
    assert compiled is not Router and compiled.__module__ == f"_scrub_{native.source_digest()}"


def test_an_edited_source_has_no_build_and_the_pure_core_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(native, "source_digest", lambda: "0" * 16)
    assert native.load() is None
    assert native.router_class() is Router


def test_ordinary_and_malformed_traffic_routes_alike(compiled: type[Router]) -> None:
    messages = []
    for seed in range(3):
        generator = TrafficGenerator(seed=seed, malformed_share=0.1)
        messages += [generator.message() for _ in range(3000)]
    _same_everywhere(compiled, messages)


#: Values put in place of a field's own: every JSON type, empty, large, identifying, deep
_REPLACEMENTS: list[Any] = [
    None, True, 0, -1, 2**64 - 1, 1.5, float("1e308"), "", "x" * 5000, "bob@example.com", "+7 916 123-45-67",
    "203.0.113.7", [], ["a", 1], {}, {"k": "bob@example.com"}, {"a": {"b": {"c": {"d": {"e": {"f": [1]}}}}}},
    "2026-11-30T10:00:00Z", "not a time", "00000000-0000-4000-8000-000000000000",
]


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(value, dict):
        for key, child in value.items():
            yield (*prefix, key)
            yield from _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield (*prefix, index)
            yield from _paths(child, (*prefix, index))


def _replaced(event: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    changed = copy.deepcopy(event)
    holder: Any = changed
    for step in path[:-1]:
        holder = holder[step]
    holder[path[-1]] = value
    return changed


def test_every_field_of_every_kind_of_event_replaced_by_every_kind_of_value_routes_alike(
        compiled: type[Router]) -> None:
    rng = random.Random(5)
    generator = TrafficGenerator(seed=4, action_share=0.5)
    messages = []
    for _ in range(40):
        event = generator.event()
        for path in _paths(event):
            value = rng.choice(_REPLACEMENTS)
            messages.append(orjson.dumps(_replaced(event, path, value)))
    assert len(messages) > 1000
    _same_everywhere(compiled, messages)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-2**63, 2**64 - 1) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_arbitrary_values_anywhere_route_alike(compiled: type[Router], data: st.DataObject) -> None:
    event = TrafficGenerator(seed=data.draw(st.integers(0, 50)), action_share=0.5).event()
    paths = list(_paths(event))
    for _ in range(data.draw(st.integers(1, 3))):
        event = _replaced(event, data.draw(st.sampled_from(paths)), data.draw(_JSON))
        paths = list(_paths(event))
    _same_everywhere(compiled, [orjson.dumps(event)])
