"""consumers/lifecycle.py's pure half: `plan()` compares a bucket's lifecycle rules with the policy's retention,
names every drift, and keeps the rules that are not logwarden's. (`ensure()` on a real bucket: test_retention.py.)"""

from __future__ import annotations

from typing import Any

import pytest

from consumers.lifecycle import (
    MARKERS_RULE_ID,
    RULE_ID,
    describe,
    desired_rule,
    desired_rules,
    markers_rule,
    plan,
)
from pipeline.policy import Retention

RETENTION = Retention(s3_days=365, abort_incomplete_multipart_days=1, noncurrent_version_days=7,
                      purpose_topic_max_days=7)
OTHERS = {"ID": "tmp-cleanup", "Filter": {"Prefix": "tmp/"}, "Status": "Enabled", "Expiration": {"Days": 1}}


def test_the_desired_rule_covers_every_object() -> None:
    assert desired_rule(RETENTION, versioned=False) == {
        "ID": RULE_ID, "Filter": {"Prefix": ""}, "Status": "Enabled", "Expiration": {"Days": 365},
        "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": 1},
    }
    assert desired_rule(RETENTION, versioned=True)["NoncurrentVersionExpiration"] == {"NoncurrentDays": 7}


@pytest.mark.parametrize("versioned", [False, True])
def test_the_policys_own_rule_is_compliant_in_either_spelling_of_the_prefix(versioned: bool) -> None:
    rules = desired_rules(RETENTION, versioned)
    assert plan([OTHERS, *rules], RETENTION, versioned).compliant
    legacy = [{k: v for k, v in rule.items() if k != "Filter"} | {"Prefix": ""} for rule in rules]  # filterless
    assert plan(legacy, RETENTION, versioned).problems == []


def test_a_missing_rule_is_named_and_added_after_the_others() -> None:
    result = plan([OTHERS], RETENTION, versioned=False)
    assert not result.compliant
    assert result.problems == [f"lifecycle rule {RULE_ID} is missing: objects would be kept forever, "
                               "not 365 days (clause 3.3)"]
    assert result.rules == [OTHERS, desired_rule(RETENTION, versioned=False)]


def drifted(**changes: Any) -> dict[str, Any]:
    rule = desired_rule(RETENTION, versioned=True)
    rule.update(changes)
    return rule


@pytest.mark.parametrize(("rule", "says"), [
    (drifted(Status="Disabled"), "status is 'Disabled', the policy says 'Enabled'"),
    (drifted(Expiration={"Days": 400}), "expiration days is 400, the policy says 365"),
    (drifted(Expiration={"Date": "2030-01-01T00:00:00Z"}), "expiration date is '2030-01-01T00:00:00Z'"),
    (drifted(Filter={"Prefix": "analytics/"}), "prefix (must cover every object) is 'analytics/'"),
    (drifted(Filter={"And": {"Prefix": "", "Tags": [{"Key": "k", "Value": "v"}]}}), "filter is {'And'"),
    (drifted(AbortIncompleteMultipartUpload={"DaysAfterInitiation": 30}), "abort incomplete multipart days is 30"),
    (drifted(NoncurrentVersionExpiration={"NoncurrentDays": 90}), "noncurrent version expiration days is 90"),
])
def test_each_kind_of_drift_is_named_and_repaired(rule: dict[str, Any], says: str) -> None:
    result = plan([rule, markers_rule(), OTHERS], RETENTION, versioned=True)
    assert not result.compliant
    assert any(says in problem for problem in result.problems), result.problems
    assert result.rules == [OTHERS, *desired_rules(RETENTION, versioned=True)]


def test_a_bucket_that_keeps_versions_needs_the_noncurrent_expiration_and_the_delete_markers_rule() -> None:
    result = plan([desired_rule(RETENTION, versioned=False)], RETENTION, versioned=True)
    assert result.problems == [f"lifecycle rule {RULE_ID}: noncurrent version expiration days is None, "
                               "the policy says 7",
                               f"lifecycle rule {MARKERS_RULE_ID} is missing: the delete markers of expired objects "
                               "would be kept forever"]
    assert result.rules == desired_rules(RETENTION, versioned=True)


def test_a_drifted_delete_markers_rule_is_named() -> None:
    drifted_markers = markers_rule() | {"Expiration": {"ExpiredObjectDeleteMarker": False}}
    result = plan([desired_rule(RETENTION, versioned=True), drifted_markers], RETENTION, versioned=True)
    assert result.problems == [f"lifecycle rule {MARKERS_RULE_ID}: expired object delete marker is False, "
                               "the policy says True"]


def test_a_rule_is_described_by_the_actions_it_has_as_read() -> None:
    """What the demo shows: the policy's rules in words, and an action a store dropped is simply absent."""
    retention_rule, markers = desired_rules(RETENTION, versioned=True)
    assert describe(retention_rule) == (f"expire objects after {RETENTION.s3_days} days, noncurrent versions after "
                                        f"{RETENTION.noncurrent_version_days} days, abort incomplete uploads after "
                                        f"{RETENTION.abort_incomplete_multipart_days} days")
    assert describe(markers) == "remove delete markers no version is left behind"
    dropped = {k: v for k, v in retention_rule.items() if k != "AbortIncompleteMultipartUpload"}
    assert "abort" not in describe(dropped)
    assert describe({"ID": "other", "Status": "Enabled"}) == "no action"
