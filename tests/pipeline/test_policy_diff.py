"""The privacy diff (pipeline/policy_diff.py): every kind of change, each both ways, with its direction and clause."""

from __future__ import annotations

from typing import Any

import pytest
from policy_variants import Mutation, appended, set_in, variant

from pipeline.policy_diff import NARROWING, NEUTRAL, WIDENING, Change, classify, widens


def research_route(data: dict[str, Any]) -> None:
    data["routes"]["research"] = {"clause": "2.1.3", "topic": "logs.research", "retention_days": 7,
                                  "purposes": ["2.1.3"], "allow": ["schema", "event_id", "ts", "request.status"]}


def no_withdraw(data: dict[str, Any]) -> None:
    data["consent"]["withdraws"]["analytics"] = []
    data["consent"]["withdraws"]["marketing"] = ["2.1.2", "2.1.4"]
    del data["consent"]["withdraws"]["analytics"]


# (what changes, the mutation that widens, the change's kind, its route, its field, its clause)
WIDENINGS: list[tuple[str, Mutation, str, str | None, str | None, str]] = [
    ("a field newly kept on a route", appended("routes", "analytics", "allow", value="client.forwarded_for"),
     "field_kept", "analytics", "client.forwarded_for", "1.8: IP address"),
    ("a treatment weakened from dropped to pseudonymized",
     lambda d: (appended("routes", "analytics", "allow", value="user.email")(d),
                set_in("fields", "user.email", value={"treatment": "drop", "clause": "1.3.1"})(d)),
     "field_kept", "analytics", "user.email", "1.3.1"),
    ("a treatment weakened from pseudonymized to generalized",
     set_in("fields", "user.session_id", value={"treatment": "redact", "clause": "1.2"}),
     "treatment_weakened", "analytics", "user.session_id", "1.2"),
    ("a generalization made finer",
     set_in("fields", "request.referrer", value={"treatment": "redact", "clause": "1.8: referral source"}),
     "generalization_finer", "analytics", "request.referrer", "1.8: referral source"),
    ("a consent requirement removed", set_in("routes", "marketing", "requires_consent", value=[]),
     "consent_required", "marketing", None, "4.1"),
    ("a route added", research_route, "route", "research", None, "2.1.3"),
    ("a purpose added to a route", appended("routes", "marketing", "purposes", value="2.1.3"),
     "route_purpose", "marketing", None, "2.1.2, 2.1.4, 4.1"),
    ("a topic retention lengthened", set_in("routes", "analytics", "retention_days", value=21),
     "topic_retention", "analytics", None, "3.3"),
    ("the archive's retention lengthened", set_in("retention", "s3_days", value=400),
     "archive_retention", None, None, "3.3"),
    ("the raw topic's retention lengthened", set_in("topics", "raw", "retention_days", value=5),
     "raw_retention", None, None, "3.3"),
    ("a detector kind switched off", set_in("privacy", "kinds", value={"phone": "off"}),
     "kind_action", None, None, "1.3.1"),
    ("a kind pseudonymized instead of redacted", set_in("privacy", "kinds", value={"email": "pseudonymize"}),
     "kind_action", None, None, "1.3.1"),
    ("an allowed value added", set_in("privacy", "allow_values", value=["support@alexrust.org"]),
     "allow_value", None, None, "1.3.1"),
    ("a key never scanned added", set_in("privacy", "skip_keys", value=["trace_id"]),
     "skip_key", None, None, "1.3.1"),
    ("a language no longer read", set_in("privacy", "languages", value=["en"]), "language", None, None, "1.3.1"),
    ("a derive rule added", appended("derive", value={"clause": "2.1.3", "path_prefix": ["/blog/"],
                                                      "purposes": ["2.1.3"]}),
     "derive_rule", None, None, "2.1.3"),
    ("a consent's refusal withdrawing less", no_withdraw, "consent_withdraws", None, "consent.analytics", "4.1"),
]
#: the kind of the same change read backwards
OPPOSITE = {"treatment_weakened": "treatment_strengthened", "generalization_finer": "generalization_coarser"}


def found(changes: list[Change], kind: str, route: str | None, field: str | None) -> Change:
    matching = [c for c in changes if c.kind == kind and c.route == route and c.field == field]
    assert matching, f"no {kind} on {route}/{field} in {[c.describe() for c in changes]}"
    return matching[0]


@pytest.mark.parametrize(("what", "mutate", "kind", "route", "field", "clause"), WIDENINGS,
                         ids=[w[0] for w in WIDENINGS])
def test_each_kind_of_change_widens_one_way_and_narrows_the_other(
        what: str, mutate: Mutation, kind: str, route: str | None, field: str | None, clause: str) -> None:
    base, changed = variant(lambda d: None), variant(mutate)
    forward = found(classify(base, changed), kind, route, field)
    backward = found(classify(changed, base), OPPOSITE.get(kind, kind), route, field)
    assert forward.direction == WIDENING
    assert backward.direction == NARROWING
    if clause:
        assert forward.clause == clause
    assert widens(classify(base, changed))
    assert forward.describe().startswith("widening: ")


def test_a_treatment_strengthened_from_pseudonymized_to_dropped_narrows_on_each_route_that_keeps_it() -> None:
    base = variant(lambda d: None)
    changed = variant(set_in("fields", "user.id", value={"treatment": "drop", "clause": "1.2"}))
    changes = [c for c in classify(base, changed) if c.field == "user.id"]
    assert {(c.kind, c.route, c.direction) for c in changes} == {
        ("treatment_strengthened", "analytics", NARROWING), ("treatment_strengthened", "marketing", NARROWING)}
    assert "pseudonymize (pseudonymized) -> drop (dropped)" in changes[0].describe()


def test_a_treatment_weakened_from_generalized_to_kept_widens_and_back_narrows() -> None:
    generalized = variant(set_in("fields", "request.duration_ms", value={"treatment": "redact", "clause": "1.8"}))
    kept = variant(lambda d: None)  # a number without a rule is kept
    (change,) = [c for c in classify(generalized, kept) if c.route == "analytics"]
    assert (change.kind, change.direction, change.field) == ("treatment_weakened", WIDENING, "request.duration_ms")
    assert change.after == "keep (kept)"
    (back,) = [c for c in classify(kept, generalized) if c.route == "analytics"]
    assert (back.kind, back.direction) == ("treatment_strengthened", NARROWING)


def test_a_treatment_change_on_a_field_no_route_keeps_is_neutral() -> None:
    base = variant(lambda d: None)
    changed = variant(set_in("fields", "client.forwarded_for", value={"treatment": "drop", "clause": "1.8"}))
    (change,) = [c for c in classify(base, changed) if c.field == "client.forwarded_for"]
    assert change.direction == NEUTRAL and change.route is None
    assert not widens(classify(changed, base))


def test_a_reader_added_widens_and_removed_narrows_with_the_routes_clause() -> None:
    base = variant(lambda d: None)
    before = {"analytics": ["analyst-analytics"]}
    after = {"analytics": ["analyst-analytics", "contractor"]}
    (added,) = classify(base, base, before, after)
    assert (added.kind, added.route, added.direction, added.after) == ("reader", "analytics", WIDENING, "contractor")
    assert added.clause == "3.1, 2.1.1, 2.1.3"
    (removed,) = classify(base, base, after, before)
    assert removed.direction == NARROWING and removed.before == "contractor"


def test_a_custom_pattern_or_blocked_value_added_narrows_and_removed_widens() -> None:
    base = variant(lambda d: None)
    changed = variant(lambda d: d["privacy"].update(
        block_values=["ACME-INTERNAL"],
        patterns={"customer_number": {"pattern": "CN-[0-9]{8}", "clause": "1.2"}}))
    kinds = {(c.kind, c.direction) for c in classify(base, changed)}
    assert kinds == {("block_value", NARROWING), ("custom_pattern", NARROWING)}
    assert {(c.kind, c.direction) for c in classify(changed, base)} == {
        ("block_value", WIDENING), ("custom_pattern", WIDENING)}


def test_a_kind_sent_to_the_dlq_instead_of_redacted_narrows() -> None:
    base = variant(lambda d: None)
    changed = variant(set_in("privacy", "kinds", value={"card": "drop_event"}))
    (change,) = classify(base, changed)
    assert (change.kind, change.direction, change.before, change.after) == (
        "kind_action", NARROWING, "card: redact", "card: drop_event")


def test_a_version_or_wording_change_alone_is_neutral_both_ways() -> None:
    base = variant(lambda d: None)
    changed = variant(lambda d: (set_in("policy", "version", value="2026-12-06")(d),
                                 set_in("purposes", "2.1.1", value="Answering requests")(d)))
    for changes in (classify(base, changed), classify(changed, base)):
        assert {c.kind for c in changes} == {"version", "purpose_text"}
        assert all(c.direction == NEUTRAL for c in changes)
        assert not widens(changes)


def test_the_same_policy_has_no_changes() -> None:
    assert classify(variant(lambda d: None), variant(lambda d: None)) == []
