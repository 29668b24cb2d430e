"""The compiled scrub/route core (pipeline/native.py: the walk and the router) against the pure one: built for these
sources, never stale, and the same outcome for every event, byte for byte (ordinary, malformed, mutated and
arbitrary values).

The privacy property tests (test_scrub_properties.py) run on the core the worker runs, the compiled one when
it is built; these hold it to the pure core everywhere else.
"""

from __future__ import annotations

import copy
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import native
from pipeline.policy import load_policy
from pipeline.scrub import Router
from pipeline.settings import PROJECT_ROOT
from pipeline.walk import CompiledWalk
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
    digest = native.source_digest()
    assert native.router_class() is compiled
    assert compiled is not Router and compiled.__module__ == f"_pipeline_scrub_{digest}"
    # the compiled router runs the compiled walk, compiled with it: one build of every module the list names
    walk = compiled(POLICY, KEY, "k1", "p.").walk
    assert type(walk).__module__ == f"_pipeline_walk_{digest}" and type(walk) is not CompiledWalk
    for module in native.MODULES:
        found = native.load(module=module)
        assert found is not None and found.__file__ is not None and found.__file__.endswith(".so")


def test_every_compiled_module_is_part_of_the_digest(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    before = native.source_digest()
    for module in native.MODULES:
        copy = tmp_path / module.replace(".", "/")
        copy = copy.with_suffix(".py")
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_bytes(native.source_path(module).read_bytes())
    monkeypatch.setattr(native, "PROJECT_ROOT", tmp_path)
    assert native.source_digest() == before
    for module in native.MODULES:  # an edit of any one of them is another build
        path = native.source_path(module)
        original = path.read_bytes()
        path.write_bytes(original + b"\n")
        assert native.source_digest() != before, module
        path.write_bytes(original)


@pytest.mark.parametrize(("source", "rewritten"), [
    ("from pipeline.walk import A, B as C\n", "from _pipeline_walk_d import A, B as C\n"),
    ("from pipeline import walk\n", "import _pipeline_walk_d as walk\n"),
    ("from pipeline import treatments, walk as w\n", "from pipeline import treatments; import _pipeline_walk_d as w\n"),
    ("from pipeline.walk import (\n    A,\n    B,\n)\nx = 1\n", "from _pipeline_walk_d import A, B\nx = 1\n"),
    ("if TYPE_CHECKING:\n    from pipeline.scrub import Router\n",
     "if TYPE_CHECKING:\n    from _pipeline_scrub_d import Router\n"),
    ("from pipeline.policy import Policy\nimport re\n", "from pipeline.policy import Policy\nimport re\n"),
    ("from pipeline.walkers import A\n", "from pipeline.walkers import A\n"),
])
def test_imports_of_compiled_modules_point_at_their_copies(source: str, rewritten: str) -> None:
    assert native.rewrite_imports(source, "d") == rewritten


def test_an_import_a_copy_cannot_replace_is_refused() -> None:
    with pytest.raises(RuntimeError, match=r"x\.py:2: import a compiled module as"):
        native.rewrite_imports("import re\nimport pipeline.walk\n", "d", "x.py")


def test_an_edited_source_has_no_build_and_the_pure_core_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(native, "source_digest", lambda: "0" * 16)
    assert native.load() is None
    assert native.load(module="pipeline.walk") is None
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
