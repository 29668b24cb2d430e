"""pipeline/cluster/principals.py, the pure side of access control: the principals file, the ACLs derived
from it, drift."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.cluster.principals import Grant, PrincipalsError, Scope, desired_grants, diff, load_principals, scope_for
from pipeline.policy import Policy, load_policy
from pipeline.settings import PROJECT_ROOT, Settings

POLICY: Policy = load_policy(PROJECT_ROOT / "config" / "policy.toml")
PRINCIPALS = load_principals(PROJECT_ROOT / "config" / "principals.toml", POLICY)
SCOPE = scope_for(Settings.from_env({"LOGWARDEN_TOPIC_PREFIX": "p."}), POLICY)


def _of(user: str) -> set[tuple[str, str, str, str]]:
    return {(g.resource, g.name, g.pattern, g.operation) for g in desired_grants(PRINCIPALS, POLICY, SCOPE)
            if g.principal == f"User:{user}"}


def test_each_role_gets_exactly_its_permissions() -> None:
    assert _of("logwarden-producer") == {("topic", "p.logs.raw", "literal", "write")}
    assert _of("logwarden-pipeline") == {
        ("topic", "p.logs.raw", "literal", "read"), ("group", "logwarden-pipeline", "literal", "read"),
        ("topic", "p.logs.analytics", "literal", "write"), ("topic", "p.logs.marketing", "literal", "write"),
        ("topic", "p.logs.dlq", "literal", "write"), ("topic", "p.logs.policy", "literal", "read")}
    assert _of("logwarden-sink") == {("topic", "p.logs.analytics", "literal", "read"),
                                     ("topic", "p.logs.marketing", "literal", "read"),
                                     ("group", "logwarden-sink", "literal", "read")}
    assert _of("analyst-analytics") == {("topic", "p.logs.analytics", "literal", "read"),
                                        ("group", "analyst-analytics.", "prefixed", "read")}
    assert _of("analyst-marketing") == {("topic", "p.logs.marketing", "literal", "read"),
                                        ("group", "analyst-marketing.", "prefixed", "read")}
    assert _of("logwarden-operator") == {("topic", "p.logs.dlq", "literal", "read"),
                                         ("group", "logwarden-operator.", "prefixed", "read")}
    assert _of("admin") == set()  # the super user needs none


def test_no_reader_can_read_raw_data_or_another_route() -> None:
    grants = desired_grants(PRINCIPALS, POLICY, SCOPE)
    for route, users in PRINCIPALS.readers.items():
        for user in users:
            topics = {g.name for g in grants if g.principal == f"User:{user}" and g.resource == "topic"}
            assert topics == {SCOPE.topics[route]}
    raw_readers = {g.principal for g in grants if g.name == SCOPE.topics["raw"] and g.operation == "read"}
    assert raw_readers == {"User:logwarden-pipeline"}


def test_drift_is_judged_on_logwardens_resources_only() -> None:
    desired = desired_grants(PRINCIPALS, POLICY, SCOPE)
    foreign = Grant("User:someone", "topic", "billing.events", "literal", "read")  # not ours: left alone
    widened = Grant("User:analyst-analytics", "topic", "p.logs.marketing", "literal", "read")
    stranger = Grant("User:eve", "topic", "p.logs.raw", "literal", "read")
    lost = next(iter(sorted(desired)))
    found = diff(desired, (desired - {lost}) | {foreign, widened, stranger})
    assert found.missing == (lost,)
    assert set(found.extra) == {widened, stranger}
    assert not found.covering and not found.denies and not found.clean
    assert diff(desired, desired | {foreign}).clean


def test_wildcards_and_prefixes_that_reach_logwarden_are_drift_but_never_removed() -> None:
    desired = desired_grants(PRINCIPALS, POLICY, SCOPE)
    everyone = Grant("User:*", "topic", "*", "literal", "read")
    prefix = Grant("User:analyst-analytics", "topic", "p.logs.", "prefixed", "read")
    groups = Grant("User:analyst-analytics", "group", "logwarden-", "prefixed", "read")
    elsewhere = Grant("User:someone", "topic", "billing.", "prefixed", "read")
    found = diff(desired, desired | {everyone, prefix, groups, elsewhere})
    assert set(found.covering) == {everyone, prefix, groups}
    assert not found.extra and not found.missing and not found.clean


def test_deny_bindings_are_kept_and_shown_not_drift() -> None:
    desired = desired_grants(PRINCIPALS, POLICY, SCOPE)
    deny = Grant("User:analyst-analytics", "topic", "p.logs.analytics", "literal", "read", "deny")
    found = diff(desired, desired | {deny})
    assert found.denies == (deny,) and found.clean


def test_a_removed_readers_group_prefix_is_extra() -> None:
    desired = desired_grants(PRINCIPALS, POLICY, SCOPE)
    topic = Grant("User:alice", "topic", "p.logs.analytics", "literal", "read")  # alice left the principals file
    groups = Grant("User:alice", "group", "alice.", "prefixed", "read")
    other = Grant("User:bob", "group", "alice.", "prefixed", "read")  # not alice's own: not logwarden's to judge
    team = Grant("User:carol", "group", "carol.", "prefixed", "read")  # another team's reader on a shared cluster
    found = diff(desired, desired | {topic, groups, other, team})
    assert set(found.extra) == {topic, groups} and not found.covering


def test_a_group_prefix_may_not_reach_another_principals_groups(tmp_path: Path) -> None:
    path = tmp_path / "principals.toml"
    path.write_text('admin = "admin"\n[readers]\nanalytics = ["a", "a.b"]\n')
    with pytest.raises(PrincipalsError, match=r"groups of a \(a\.\*\) would include a\.b\."):
        desired_grants(load_principals(path, POLICY), POLICY, SCOPE)
    path.write_text('admin = "admin"\noperator = ["logwarden"]\n')
    scope = scope_for(Settings.from_env({"LOGWARDEN_WORKER_GROUP": "logwarden.pipeline"}), POLICY)
    with pytest.raises(PrincipalsError, match=re.escape("would include logwarden.pipeline")):
        desired_grants(load_principals(path, POLICY), POLICY, scope)


def test_java_client_config_escapes_what_would_end_the_jaas_value() -> None:
    from pipeline.cluster.login import KafkaLogin

    text = KafkaLogin("SASL_SSL", "SCRAM-SHA-512", "u", 'p"; evil=1 \\x').java_properties()
    line = next(line for line in text.splitlines() if line.startswith("sasl.jaas.config="))
    assert 'password="p\\\\"; evil=1 \\\\\\\\x";' in line  # \" and \\ for JAAS, doubled again for .properties


def test_a_reader_of_an_unknown_route_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "principals.toml"
    path.write_text('admin = "admin"\n[readers]\nsales = ["bob"]\n')
    with pytest.raises(PrincipalsError, match=re.escape("readers.sales: the policy has no route 'sales'")):
        load_principals(path, POLICY)
    path.write_text('admin = "admin"\nproducer = ["has space"]\n')
    with pytest.raises(PrincipalsError, match="producer must be a user name"):
        load_principals(path, POLICY)
    path.write_text('admins = "admin"\n')
    with pytest.raises(PrincipalsError, match="unknown keys"):
        load_principals(path, POLICY)


def test_scope_follows_the_settings() -> None:
    scope = scope_for(Settings.from_env({"LOGWARDEN_TOPIC_PREFIX": "staging.", "LOGWARDEN_WORKER_GROUP": "w",
                                         "LOGWARDEN_SINK_GROUP": "s"}), POLICY)
    assert scope == Scope({"raw": "staging.logs.raw", "analytics": "staging.logs.analytics",
                           "marketing": "staging.logs.marketing", "dlq": "staging.logs.dlq",
                           "policy": "staging.logs.policy"}, "w", "s")


def test_the_versions_of_the_policy_are_read_by_the_pipeline_only_and_written_by_no_role() -> None:
    """logs.policy (clause 5.1): workers read it, the admin (the super user, no grant needed) alone writes it,
    analysts, the sink, producers and operators get nothing on it."""
    on_policy = {(g.principal, g.operation) for g in desired_grants(PRINCIPALS, POLICY, SCOPE)
                 if g.name == SCOPE.topics["policy"]}
    assert on_policy == {("User:logwarden-pipeline", "read")}
