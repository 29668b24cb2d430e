"""consumers/leaks.py, the sink's last look before S3: identifying values and canary markers in a scrubbed record
are found wherever they sit; the shapes the pipeline itself writes are not leaks."""

from __future__ import annotations

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consumers import leaks
from consumers.leaks import _WRITTEN_BY_PIPELINE, find_leak, is_canary
from pipeline.privacy.redact import first_found
from pipeline.wire import CANARY_ACTION, CANARY_MARKER

CLEAN = {
    "schema": "request/1", "event_id": "0b7d3c9e-3f7a-4c1e-9a53-2f6f5f0d8a11", "ts": "2026-11-24T15:40:36.123Z",
    "request": {"path": "/blog/2026-11-24/post", "status": 200, "bytes": 89161234567},
    "client": {"ip": "203.0.113.0/24", "forwarded_for": ["2001:db8:abcd::/48"]},
    "user": {"id": "ps_3q2-7wEjTd6tNlKJ6f1ZXw"}, "device": {"screen": "1920x1080"},
}


def with_(**over: object) -> bytes:
    return orjson.dumps({**CLEAN, **over})


def test_a_clean_record_with_the_pipelines_own_shapes_is_no_leak() -> None:
    """Networks, UUIDs, event times, pseudonyms, dates in paths and numbers (never scanned) pass."""
    assert find_leak(orjson.dumps(CLEAN)) is None


@pytest.mark.parametrize(("record", "kind"), [
    pytest.param(with_(note="write to bob@example.com"), "email", id="email-in-an-unknown-key"),
    pytest.param(with_(user={"email": "BOB%40EXAMPLE.COM"}), "email", id="url-encoded-email"),
    pytest.param(with_(client={"ip": "203.0.113.7"}), "ip", id="a-full-address-kept"),
    pytest.param(with_(client={"ip": "203.0.113.7/32"}), "ip", id="a-slash-32-is-an-address"),
    pytest.param(with_(client={"forwarded_for": ["2001:db8::1/128"]}), "ip", id="a-slash-128-is-an-address"),
    pytest.param(with_(action={"form": {"phone": "+7 (916) 123-45-67"}}), "phone", id="phone"),
    pytest.param(with_(action={"properties": {"+7 916 123 45 67": True}}), "phone", id="phone-as-a-key"),
    pytest.param(with_(note="card 4111 1111 1111 1111"), "card", id="card"),
    pytest.param(with_(note="at 55.75580, 37.61730"), "geo", id="coordinates"),
    pytest.param(with_(user={"name": f"Bob {CANARY_MARKER.upper()}1a2b"}), "canary", id="canary-any-case"),
])
def test_an_identifying_value_is_found_by_kind(record: bytes, kind: str) -> None:
    assert find_leak(record) == kind


def test_the_shortest_identifying_values_are_still_found() -> None:
    """Strings under 7 characters are skipped unless they hold an '@': no phone or address is that short."""
    assert find_leak(with_(note="123-45-67")) == "phone"
    assert find_leak(with_(note="1.2.3.4")) == "ip"
    assert find_leak(with_(note="a@b.cc")) == "email"


def test_what_is_not_json_is_scanned_as_text_and_never_stops_the_check() -> None:
    """The pipeline writes JSON objects only; anything else in a purpose topic is scanned whole, and a record that
    only looks like JSON has its quoted strings scanned (broken escapes and bytes included) without an error."""
    assert find_leak(b"not json bob@example.com") == "email"
    assert find_leak(b"not json, nothing identifying") is None
    assert find_leak(b"not json " + CANARY_MARKER.encode()) == "canary"
    assert find_leak(b'{"a": "x\\q bob@example.com", "b": "\xff\xfe"') == "email"
    assert find_leak(b'{"a": "\\u12", "b": "\xff"}') is None


def test_a_clean_canary_is_recognized_by_its_action_name() -> None:
    assert is_canary(orjson.dumps({"action": {"name": CANARY_ACTION}}))
    assert not is_canary(orjson.dumps({"action": {"name": "form_submit"}, "note": CANARY_ACTION}))


# --- the strings are cut out of the record's bytes: exactly the document's strings, keys included ---

def _walked(document: object) -> list[str]:
    """Every string of a parsed document, key or value: what the leak check must scan."""
    if isinstance(document, str):
        return [document]
    if isinstance(document, dict):
        return [text for key, value in document.items() for text in (key, *_walked(value))]
    if isinstance(document, list):
        return [text for item in document for text in _walked(item)]
    return []


_IDENTIFIERS = st.sampled_from(["bob@example.com", "+7 916 123 45 67", "4111 1111 1111 1111", "203.0.113.7",
                                "2001:db8::1", "55.75580, 37.61730"])
_TEXT = st.one_of(st.text(max_size=30), _IDENTIFIERS,
                  st.builds("{}\\\"{}\"\\{}".format, st.text(max_size=5), _IDENTIFIERS, st.text(max_size=5)))
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | _TEXT,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(_TEXT, children, max_size=4),
    max_leaves=12,
)


@settings(max_examples=400, deadline=None)
@given(document=st.dictionaries(_TEXT, _JSON, min_size=1, max_size=5))
def test_every_string_of_the_record_is_scanned_as_the_parsed_document_has_it(document: dict) -> None:
    """Cut from the bytes (quotes, backslashes and escapes anywhere), the strings are the parsed document's: a
    record is withheld exactly when one of its strings, key or value, decoded, holds an identifier."""
    value = orjson.dumps(document)
    expected = any(first_found(text) is not None and not _WRITTEN_BY_PIPELINE.fullmatch(text)
                   for text in _walked(document)
                   if len(text) >= 7 or "@" in text)
    found = find_leak(value)
    assert (found is not None) == (expected or CANARY_MARKER.encode() in value.lower())


def test_a_string_found_clean_is_not_scanned_again_and_an_identifier_never_counts_as_clean() -> None:
    record = with_(note="a string seen once and found clean")
    assert find_leak(record) is None
    assert b"a string seen once and found clean" in leaks._CLEAN
    assert find_leak(with_(note="bob@example.com")) == "email"
    assert find_leak(with_(note="bob@example.com")) == "email"  # the second time too: never remembered as clean
    assert b"bob@example.com" not in leaks._CLEAN


def test_escaped_quotes_and_backslashes_do_not_hide_an_identifier() -> None:
    """A backslash before a quote turns the fast split off: the full pattern cuts the strings then."""
    assert find_leak(with_(note='say \\"hi\\" to bob@example.com')) == "email"
    assert find_leak(orjson.dumps({"a\\": "b\"c", "note": "x \" bob@example.com"})) == "email"
    assert find_leak(orjson.dumps({"path": "C:\\dir\\", "note": "+7 916 123 45 67"})) == "phone"


def test_of_two_identifiers_the_first_in_the_record_is_named() -> None:
    assert find_leak(orjson.dumps({"a": "call +7 916 123 45 67", "b": "bob@example.com"})) == "phone"
    assert find_leak(orjson.dumps({"a": "bob@example.com", "b": "call +7 916 123 45 67"})) == "email"


def test_the_leak_check_follows_the_sites_rules_an_allowed_value_is_clean_a_custom_kind_is_a_leak() -> None:
    from policy_variants import variant

    from pipeline.privacy import rules

    record = b'{"note":"write to support@alexrust.org","ref":"customer CN-48213377"}'
    assert find_leak(record) == "email"  # before: the support address is an email like any other
    policy = variant(lambda d: d["privacy"].update(allow_values=["support@alexrust.org"],
                                                   patterns={"customer_number": {"pattern": "CN-[0-9]{8}"}}))
    try:
        rules.configure(rules.compile_rules(policy.privacy))
        assert find_leak(record) == "customer_number"
        assert find_leak(b'{"note":"write to support@alexrust.org"}') is None
    finally:
        rules.configure(rules.NONE)
    assert find_leak(record) == "email"  # the clean tokens remembered under those rules are forgotten with them
