"""pipeline/walk.py, the compiled walk: a policy in, the walk of its routes out. How the router uses it (validation,
routing, treatments, redaction as events meet them) is in test_scrub.py; here, what the walk does on its own."""

from __future__ import annotations

import dataclasses
from collections import Counter
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.policy import Limits, load_policy
from pipeline.settings import PROJECT_ROOT
from pipeline.treatments import IDENTIFIER_KEY
from pipeline.walk import CompiledWalk, Reject, compile_walk

POLICY = load_policy(PROJECT_ROOT / "config" / "policy.toml")
KEY = b"k" * 32
EMAIL = "bob.smith@example.com"


# --- free text: the walk of it against its plain definition ---

# small limits, so that values past each of them are quick to make
_SMALL = dataclasses.replace(POLICY, limits=Limits(max_string_chars=40, max_depth=4, max_items=3))
_FREE_KEYS = st.sampled_from(["button", "ref", "email", "first_name", "lat", "note", "x" * 41, EMAIL, "[email]"])
_FREE_LEAVES = st.one_of(st.sampled_from(["submit", f"contact {EMAIL}", "call +7 916 123-45-67", "x" * 41, "",
                                          "Ivan Petrov"]),
                         st.integers(), st.sampled_from([79161234567, 4111111111111111, 1700000000000]),
                         st.floats(allow_nan=False), st.booleans(), st.none())
_FREE_VALUES = st.recursive(_FREE_LEAVES, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(_FREE_KEYS, inner, max_size=4)), max_leaves=12)


def _free_by_definition(walk: CompiledWalk, value: Any, depth: int) -> Any:
    """What free text becomes, written as plainly as it is specified: each string redacted, each container walked
    one level down within the limits, identifier-named keys left out."""
    kind = walk._limit(value, depth)
    if kind is str:
        return walk.redactor.text(value)
    if kind is dict:
        return {_free_by_definition(walk, k, depth + 1): _free_by_definition(walk, v, depth + 1)
                for k, v in value.items() if not IDENTIFIER_KEY.search(k)}
    if kind is list:
        return [_free_by_definition(walk, v, depth + 1) for v in value]
    if kind is int:
        return walk.redactor.integer(value)
    return value


def _outcome_of(walk: Any, value: Any, depth: int) -> tuple[Any, ...]:
    try:
        return ("kept", walk(value, depth))
    except Reject as exc:
        return ("rejected", exc.reason, exc.detail)


@settings(max_examples=300, deadline=None)
@given(value=_FREE_VALUES, depth=st.integers(0, 5))
def test_free_text_is_walked_as_its_definition_says(value: Any, depth: int) -> None:
    """The walk of free text does an object's strings in its own loop (no call for each): the result, the
    redaction counts and the rejection (its reason and detail) are those of the plain recursive definition."""
    fast, plain = compile_walk(_SMALL, KEY, "k1"), compile_walk(_SMALL, KEY, "k1")
    for _ in range(2):  # the second time from the caches
        assert _outcome_of(fast._free, value, depth) == _outcome_of(
            lambda v, d: _free_by_definition(plain, v, d), value, depth)
    assert fast.redactor.counts == plain.redactor.counts


def test_a_walk_holds_its_versions_free_text_state_and_prepares_it_without_making_it_the_processs() -> None:
    from pipeline.privacy import audience, rules
    from pipeline.privacy.audience import Audience

    narrow = Audience(languages=("de",), regions=("DE",))
    policy = dataclasses.replace(POLICY, privacy=dataclasses.replace(POLICY.privacy, languages=narrow.languages,
                                                                     regions=narrow.regions,
                                                                     block_values=("ACME-7",)))
    before = audience.current(), rules.current()
    walk = compile_walk(policy, KEY, "k1")
    assert walk.audience == narrow and walk.rules.detectors  # its own, compiled
    walk.prepare()
    assert (audience.current(), rules.current()) == before  # compiled, not made the process's
    try:
        walk.activate()
        assert audience.current() == narrow and rules.current() is walk.rules
    finally:
        audience.configure(before[0])
        rules.configure(before[1])



@settings(max_examples=100, deadline=None)
@given(queries=st.lists(st.sampled_from(["", "lang=en", f"q=rust&email={EMAIL}", f"note=write+to+{EMAIL}",
                                         "q=call+%2B7+916+123-45-67", "x=" + "y" * 600]), min_size=1, max_size=8))
def test_a_treatment_kept_by_the_string_is_looked_up_as_its_call_would_give_it(queries: list[str]) -> None:
    """A field whose treatment keeps its results by the string (the query) is looked up in that cache before the
    treatment is called: each event's value and the redaction counts are the treatment's own, called afresh for
    every event (on a walk of its own, which has kept nothing), whether the string was met before or not, or is too
    long to be kept."""
    walk = compile_walk(POLICY, KEY, "k1")
    visit, _ = walk.walk_for((1 << len(walk.routes)) - 1)
    expected_counts: Counter[str] = Counter()
    for query in queries:
        fresh = compile_walk(POLICY, KEY, "k1")
        treat = fresh._treatment("request.query", "query")
        assert treat is not None
        expected = treat(query, 1)
        assert visit({"request": {"query": query}}, 0).get("request", {}).get("query") == expected
        expected_counts.update(fresh.redactor.counts)
    assert walk.redactor.counts == expected_counts
