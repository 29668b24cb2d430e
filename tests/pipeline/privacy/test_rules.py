"""The site's own rules (`[privacy]`, pipeline/privacy/rules.py) applied by the router: allowed values stay, blocked
values and custom patterns go in every case and encoding, skipped keys are kept unscanned, each kind's action
(off, pseudonymize, drop the event) holds, and a custom pattern that is not linear is refused at load."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import orjson
import pytest
from helpers import cpu_cost
from hypothesis import given, settings
from hypothesis import strategies as st
from policy_variants import Mutation, variant, variant_data

from pipeline.policy import PolicyError, parse_policy
from pipeline.privacy import rules
from pipeline.privacy.redact import Redactor, first_found
from pipeline.scrub import Outcome, Router

KEY = b"k" * 32
EID = "0b7d3c9e-3f7a-4c1e-9a53-2f6f5f0d8a11"
SUPPORT = "support@alexrust.org"
OTHER = "jane.doe@gmail.com"
CUSTOMER = "CN-48213377"


@pytest.fixture(autouse=True)
def no_rules_after() -> Iterator[None]:
    """The rules are the process's (like the audience): the next test starts without these."""
    yield
    rules.configure(rules.NONE)


def privacy(**table: Any) -> Mutation:
    return lambda data: data["privacy"].update(table)


def route(mutate: Mutation, properties: dict[str, Any], path: str = "/help") -> Outcome:
    router = Router(variant(mutate), KEY, "k1")
    event = {"schema": "request/1", "event_id": EID, "ts": "2026-11-24T15:40:36.123Z", "purposes": ["2.1.1"],
             "request": {"path": path}, "action": {"name": "note", "properties": properties}}
    event["schema"] = "action/1"
    return router.route(orjson.dumps(event))


def analytics(outcome: Outcome) -> dict[str, Any]:
    assert outcome.kind == "routed", outcome
    (output,) = [o for o in outcome.outputs if o.route == "analytics"]
    return dict(orjson.loads(output.value))


def test_an_allowed_value_stays_while_other_identifiers_of_its_kind_go() -> None:
    out = analytics(route(privacy(allow_values=["Support@AlexRust.org"]),
                          {"text": f"write to {SUPPORT} or {OTHER}"}, path=f"/help/{SUPPORT}"))
    assert out["action"]["properties"]["text"] == f"write to {SUPPORT} or [email]"
    assert out["request"]["path"] == f"/help/{SUPPORT}"


def test_without_the_rule_the_support_address_is_redacted_like_any_email() -> None:
    out = analytics(route(lambda d: None, {"text": f"write to {SUPPORT}"}))
    assert out["action"]["properties"]["text"] == "write to [email]"


def test_the_leak_check_takes_an_allowed_value_for_none_and_still_finds_the_others() -> None:
    rules.configure(rules.compile_rules(variant(privacy(allow_values=[SUPPORT])).privacy))
    assert first_found(f"mail {SUPPORT}") is None
    assert first_found(f"mail {OTHER}") == "email"


def test_a_blocked_value_goes_in_any_case_and_its_marker_says_blocked() -> None:
    out = analytics(route(privacy(block_values=["ACME-Internal"]),
                          {"text": "project acme-INTERNAL launch", "other": "nothing here"}))
    assert out["action"]["properties"] == {"text": "project [blocked] launch", "other": "nothing here"}


def test_a_custom_pattern_finds_its_kind_url_encoded_too() -> None:
    mutate = privacy(patterns={"customer_number": {"pattern": "CN-[0-9]{8}", "clause": "1.2"}})
    out = analytics(route(mutate, {"text": f"customer {CUSTOMER}"}, path=f"/account/{quote(CUSTOMER, safe='')}"))
    assert out["action"]["properties"]["text"] == "customer [customer_number]"
    assert CUSTOMER not in orjson.dumps(out).decode() and "48213377" not in orjson.dumps(out).decode()


def test_a_kind_pseudonymized_gives_the_same_token_for_the_same_value_and_never_the_value() -> None:
    mutate = privacy(kinds={"email": "pseudonymize"})
    first = analytics(route(mutate, {"a": f"from {OTHER}", "b": f"FROM {OTHER.upper()}", "c": f"from {SUPPORT}"}))
    props = first["action"]["properties"]
    assert props["a"].startswith("from [email:ps_") and OTHER not in orjson.dumps(first).decode()
    assert props["a"][5:] == props["b"][5:]  # case-blind: the same address, the same pseudonym
    assert props["a"] != props["c"]


def test_a_kind_whose_action_is_drop_event_sends_the_event_to_the_dlq_naming_the_kind_only() -> None:
    outcome = route(privacy(kinds={"card": "drop_event"}), {"text": "card 4111 1111 1111 1111"})
    assert outcome.rejected == "dropped_by_rule"
    assert "card" in outcome.detail and "4111" not in outcome.detail


def test_a_kind_switched_off_is_kept_but_the_leak_check_still_finds_it() -> None:
    out = analytics(route(privacy(kinds={"phone": "off"}), {"text": "call +49 30 901820"}))
    assert out["action"]["properties"]["text"] == "call +49 30 901820"
    assert first_found(out["action"]["properties"]["text"]) == "phone"


def test_a_skipped_key_is_kept_unscanned_and_other_keys_are_scanned() -> None:
    out = analytics(route(privacy(skip_keys=["trace_id"]), {"trace_id": "10.1.2.3", "note": "from 10.1.2.3"}))
    assert out["action"]["properties"] == {"trace_id": "10.1.2.3", "note": "from [ip]"}


def test_a_skipped_key_is_still_held_to_the_limits() -> None:
    outcome = route(privacy(skip_keys=["trace_id"]), {"trace_id": "x" * 20000})
    assert outcome.rejected == "too_large"


@pytest.mark.parametrize(("pattern", "why"), [
    (r"(CN)-\1", "invalid escape sequence"),  # a backreference: no linear-time engine can run it
    (r"(?=CN)CN-[0-9]+", "invalid perl operator"),  # a lookahead
    (r"CN-[0-9", "missing ]"),
    (r"x*", "empty string"),
])
def test_a_custom_pattern_re2_cannot_run_is_refused_at_load_in_one_line(pattern: str, why: str) -> None:
    data = variant_data(privacy(patterns={"customer_number": {"pattern": pattern}}))
    with pytest.raises(PolicyError) as refused:
        parse_policy(data, Path("site.toml"))
    message = str(refused.value)
    assert message.startswith("site.toml: [privacy.patterns.customer_number.pattern]")
    assert why in message and "\n" not in message and "linear time" in message


@pytest.mark.parametrize(("table", "why"), [
    ({"kinds": {"emial": "off"}}, "unknown kind 'emial'"),
    ({"kinds": {"email": "hide"}}, "unknown action 'hide'"),
    ({"patterns": {"email": {"pattern": "x+"}}}, "not a built-in kind"),
    ({"patterns": {"cn": {"pattern": "x+", "action": "off"}}}, "unknown action 'off'"),
    ({"allow_values": [""]}, "non-empty"),
])
def test_a_mistake_in_the_sites_rules_is_refused_with_its_key(table: dict[str, Any], why: str) -> None:
    with pytest.raises(PolicyError, match=why):
        variant(privacy(**table))


def test_a_custom_pattern_runs_in_linear_time_on_the_input_that_makes_a_backtracking_engine_exponential() -> None:
    rules.configure(rules.compile_rules(variant(privacy(patterns={"nested": {"pattern": "(a+)+b"}})).privacy))
    # Python's re takes 2^n steps on this; RE2 n
    timings = [cpu_cost(Redactor().text, "a" * n + "!") for n in (2_000, 20_000)]
    assert timings[1] < 2.0
    assert timings[1] < 40 * max(timings[0], 1e-3)


_CASES = st.sampled_from([str.lower, str.upper, str.title, lambda s: s])
_ENCODINGS = st.sampled_from([lambda s: s, lambda s: quote(s, safe=""), lambda s: s.replace("-", "&#45;")])


@settings(max_examples=60, deadline=None)
@given(case=_CASES, encode=_ENCODINGS, before=st.text("ab .,:/", max_size=12), after=st.text("ab .,:/", max_size=12),
       digits=st.integers(10_000_000, 99_999_999))
def test_a_planted_customer_number_or_blocked_value_never_reaches_an_output(
        case: Any, encode: Any, before: str, after: str, digits: int) -> None:
    mutate = privacy(patterns={"customer_number": {"pattern": "(?i)cn-[0-9]{8}"}}, block_values=["ACME-INTERNAL"])
    number = f"CN-{digits}"
    text = f"{before}{encode(case(number))} {encode(case('acme-internal'))}{after}"
    out = orjson.dumps(analytics(route(mutate, {"note": text}))).decode().lower()
    assert str(digits) not in out and "acme-internal" not in out


@settings(max_examples=40, deadline=None)
@given(case=_CASES, before=st.text("ab .,:/", max_size=12), local=st.from_regex(r"[a-z]{3,8}", fullmatch=True))
def test_an_allowed_value_in_any_case_stays_and_any_other_address_beside_it_goes(
        case: Any, before: str, local: str) -> None:
    other = f"{local}.x@example.net"
    out = analytics(route(privacy(allow_values=[SUPPORT]), {"note": f"{before} {case(SUPPORT)} {other}"}))
    note = out["action"]["properties"]["note"]
    assert case(SUPPORT) in note and other not in note and "[email]" in note


@settings(max_examples=40, deadline=None)
@given(key=st.sampled_from(["trace_id", "span"]), value=st.sampled_from(["10.1.2.3", "+49 30 901820", OTHER]))
def test_only_a_skipped_key_keeps_an_identifier_unscanned(key: str, value: str) -> None:
    out = analytics(route(privacy(skip_keys=["trace_id"]), {key: value}))
    kept = out["action"]["properties"].get(key)
    assert (kept == value) == (key == "trace_id")


def test_a_custom_kind_inside_a_base64_token_is_found_once_its_rules_are_in_force() -> None:
    import base64

    token = base64.b64encode(b"customer CN-48213377 wrote").decode()
    assert Redactor().text(f"ref {token}") == f"ref {token}"  # no rule yet: nothing personal in it
    rules.configure(rules.compile_rules(variant(privacy(patterns={"customer_number": {"pattern": "CN-[0-9]{8}"}}))
                                        .privacy))
    assert Redactor().text(f"ref {token}") == "ref [customer_number]"
