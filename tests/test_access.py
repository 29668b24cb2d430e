"""The pure side of access control: the principals file, the ACLs derived from it, drift, key strength."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.access import Grant, PrincipalsError, Scope, desired_grants, diff, load_principals, scope_for
from pipeline.keys import load_pseudonym_key, weakness
from pipeline.policy import Policy, load_policy
from pipeline.settings import PROJECT_ROOT, Settings, SettingsError

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
        ("topic", "p.logs.dlq", "literal", "write")}
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
    deny = Grant("User:analyst-analytics", "topic", "p.logs.analytics", "literal", "read", "deny")
    lost = next(iter(sorted(desired)))
    found = diff(desired, (desired - {lost}) | {foreign, widened, stranger, deny})
    assert found.missing == (lost,)
    assert set(found.extra) == {widened, stranger, deny}
    assert diff(desired, desired | {foreign}).clean


def test_a_reader_of_an_unknown_route_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "principals.toml"
    path.write_text('admin = "admin"\n[readers]\nsales = ["bob"]\n')
    with pytest.raises(PrincipalsError, match="readers.sales: the policy has no route 'sales'"):
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
                           "marketing": "staging.logs.marketing", "dlq": "staging.logs.dlq"}, "w", "s")


@pytest.mark.parametrize(("key", "why"), [
    ("too-short-1234", "shorter than 32"),
    ("change-me-change-me-change-me-change-me", "placeholder"),
    ("my-default-pseudonym-key-0123456789abcdef", "placeholder"),
    ("a" * 64, "distinct characters"),
    ("abababababababababababababababab12", "distinct characters"),
])
def test_weak_keys_are_refused_by_reason_never_echoed(key: str, why: str, tmp_path: Path) -> None:
    assert why in (weakness(key) or "")
    settings = Settings.from_env({"LOGWARDEN_HMAC_KEY": key, "LOGWARDEN_STATE_DIR": str(tmp_path)})
    with pytest.raises(SettingsError) as refused:
        load_pseudonym_key(settings)
    assert key not in str(refused.value) and "LOGWARDEN_HMAC_KEY" in str(refused.value)


def test_random_keys_pass() -> None:
    import secrets

    for _ in range(2000):
        assert weakness(secrets.token_hex(16)) is None
        assert weakness(secrets.token_urlsafe(32)) is None
