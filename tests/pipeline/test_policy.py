"""pipeline/policy.py's validation: every kind of mistake in config/policy.toml stops the load with the file,
the key and the expectation.

A policy that half-loads is a privacy bug (a typo'd field escapes its treatment), so each
kind of mistake is built from the shipped policy with one change and must fail with a
PolicyError whose message an operator can act on without reading the code.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
from policy_variants import POLICY_FILE, Mutation
from policy_variants import variant_data as mutated

from pipeline.policy import PolicyError, PolicyErrors, load_policy, parse_policy
from pipeline.settings import PROJECT_ROOT
from pipeline.wire import FIELDS, IDENTIFYING

BAD = Path("bad.toml")


def error_of(change: Mutation) -> str:
    with pytest.raises(PolicyError) as info:
        parse_policy(mutated(change), BAD)
    return str(info.value)


def route(data: dict[str, Any], name: str) -> dict[str, Any]:
    return data["routes"][name]


def set_field(path: str, treatment: str) -> Mutation:
    return lambda d: d["fields"].__setitem__(path, {"treatment": treatment, "clause": "test"})


# (change, the key the message must name, what the message must say was expected)
CASES: list[Any] = [
    pytest.param(lambda d: route(d, "analytics")["allow"].append("request.statsu"),
                 "[routes.analytics.allow]", ["unknown field 'request.statsu'", "expected a wire-format field"],
                 id="unknown-field-in-allow-list"),
    pytest.param(lambda d: route(d, "marketing")["allow"].append("user.ip"),
                 "[routes.marketing.allow]", ["unknown field 'user.ip'", "expected a wire-format field"],
                 id="unknown-field-in-marketing-allow-list"),
    pytest.param(set_field("user.emial", "drop"),
                 "[fields.'user.emial']", ["unknown field 'user.emial'", "expected a wire-format field"],
                 id="unknown-field-under-fields"),
    pytest.param(lambda d: d["fields"]["user.email"].__setitem__("treatment", "hash"),
                 "[fields.'user.email'.treatment]", ["unknown treatment 'hash'", "expected one of drop, redact"],
                 id="unknown-treatment"),
    pytest.param(set_field("request.status", "user_agent"),
                 "[fields.'request.status'.treatment]",
                 ["'user_agent' does not apply to a integer", "expected one of drop, redact, keep"],
                 id="user_agent-on-integer"),
    pytest.param(set_field("client.ip", "location"),
                 "[fields.'client.ip'.treatment]", ["'location' applies to device.location only"],
                 id="location-on-client-ip"),
    pytest.param(set_field("client.cookies", "ip_prefix"),
                 "[fields.'client.cookies'.treatment]", ["'ip_prefix' does not apply to a map", "expected one of"],
                 id="ip_prefix-on-map"),
    pytest.param(lambda d: d["fields"].pop("user.phone"),
                 "[fields]", ["identifying fields without a treatment: user.phone"],
                 id="identifying-field-without-treatment"),
    pytest.param(lambda d: route(d, "marketing").__setitem__("purposes", ["2.1.2", "2.1.5"]),
                 "[routes.marketing.purposes]",
                 ["unknown purpose '2.1.5'", "expected one of 2.1.1, 2.1.2, 2.1.3, 2.1.4"],
                 id="unknown-purpose-in-route"),
    pytest.param(lambda d: route(d, "analytics").__setitem__("purposes", []),
                 "[routes.analytics.purposes]", ["expected at least one purpose"],
                 id="route-without-purpose"),
    pytest.param(lambda d: d["derive"][2].__setitem__("purposes", ["2.2"]),
                 "[derive[2].purposes]", ["unknown purpose '2.2'", "expected one of 2.1.1"],
                 id="unknown-purpose-in-derive-rule"),
    pytest.param(lambda d: route(d, "marketing").__setitem__("requires_consent", ["ads"]),
                 "[routes.marketing.requires_consent]",
                 ["unknown consent 'ads'", "expected one of analytics, marketing"],
                 id="unknown-consent"),
    pytest.param(lambda d: d["derive"][0].__setitem__("schema", ["request/2"]),
                 "[derive[0].schema]", ["unknown schema 'request/2'", "expected one of action/1, request/1"],
                 id="unknown-schema-in-derive-rule"),
    pytest.param(lambda d: d["derive"][3].pop("path_prefix"),
                 "[derive[3]]", ["expected at least one condition: schema, action or path_prefix"],
                 id="derive-rule-without-condition"),
    pytest.param(lambda d: d.__setitem__("route", {}),
                 "[policy file]", ["unknown key 'route'", "expected one of consent, derive, fields"],
                 id="unknown-top-level-key"),
    pytest.param(lambda d: d["retention"].__setitem__("s3_day", 365),
                 "[retention]", ["unknown key 's3_day'", "expected one of"],
                 id="unknown-key-in-retention"),
    pytest.param(lambda d: route(d, "analytics").__setitem__("alow", ["schema"]),
                 "[routes.analytics]", ["unknown key 'alow'", "expected one of"],
                 id="unknown-key-in-route"),
    pytest.param(lambda d: d["topics"]["raw"].__setitem__("retention", 3),
                 "[topics.raw]", ["unknown key 'retention'", "expected one of"],
                 id="unknown-key-in-topic"),
    pytest.param(lambda d: d["derive"][0].__setitem__("schemas", ["request/1"]),
                 "[derive[0]]", ["unknown key 'schemas'", "expected one of"],
                 id="unknown-key-in-derive-rule"),
    pytest.param(lambda d: d["fields"]["user.email"].__setitem__("treatmnet", "drop"),
                 "[fields.'user.email']", ["unknown key 'treatmnet'", "expected one of"],
                 id="unknown-key-in-field-rule"),
    pytest.param(lambda d: route(d, "marketing").__setitem__("topic", "logs.analytics"),
                 "[routes.marketing.topic]",
                 ["'logs.analytics' is already used by routes.analytics", "expected a topic of its own"],
                 id="two-routes-on-one-topic"),
    pytest.param(lambda d: route(d, "analytics").__setitem__("topic", "logs.dlq"),
                 "[routes.analytics.topic]",
                 ["'logs.dlq' is already used by topics.dlq", "expected a topic of its own"],
                 id="route-on-the-dlq-topic"),
    pytest.param(lambda d: d["topics"]["raw"].__setitem__("name", "logs/raw"),
                 "[topics.raw.name]", ["'logs/raw' is not a Kafka topic name", "letters, digits"],
                 id="bad-topic-name-raw"),
    pytest.param(lambda d: route(d, "analytics").__setitem__("topic", "logs analytics"),
                 "[routes.analytics.topic]", ["'logs analytics' is not a Kafka topic name", "letters, digits"],
                 id="bad-topic-name-route"),
    pytest.param(lambda d: route(d, "analytics").__setitem__("retention_days", 45),
                 "[routes.analytics.retention_days]", ["expected at most retention.purpose_topic_max_days (30)"],
                 id="purpose-topic-retention-above-max"),
    pytest.param(lambda d: d["topics"]["raw"].__setitem__("retention_days", 400),
                 "[topics.raw.retention_days]", ["expected at most retention.s3_days (365)"],
                 id="raw-retention-above-s3-days"),
    pytest.param(lambda d: d["topics"]["dlq"].__setitem__("retention_days", 366),
                 "[topics.dlq.retention_days]", ["expected at most retention.s3_days (365)"],
                 id="dlq-retention-above-s3-days"),
    pytest.param(lambda d: d["retention"].__setitem__("s3_days", 0),
                 "[retention.s3_days]", ["expected days from 1 to 3650, got 0"], id="s3-days-zero"),
    pytest.param(lambda d: d["retention"].__setitem__("s3_days", 4000),
                 "[retention.s3_days]", ["expected days from 1 to 3650, got 4000"], id="s3-days-too-many"),
    pytest.param(lambda d: d["topics"]["raw"].__setitem__("partitions", "six"),
                 "[topics.raw.partitions]", ["expected int, got str"], id="wrong-type-partitions"),
    pytest.param(lambda d: d["topics"]["raw"].__setitem__("partitions", True),
                 "[topics.raw.partitions]", ["expected a number, got True"], id="wrong-type-boolean-as-number"),
    pytest.param(lambda d: route(d, "analytics").__setitem__("partitions", 0),
                 "[routes.analytics.partitions]", ["expected at least 1"], id="zero-partitions"),
    pytest.param(lambda d: d["retention"].__setitem__("s3_days", "365"),
                 "[retention.s3_days]", ["expected int, got str"], id="wrong-type-s3-days"),
    pytest.param(lambda d: route(d, "analytics").__setitem__("allow", "schema"),
                 "[routes.analytics.allow]", ["expected list, got str"], id="wrong-type-allow"),
    pytest.param(lambda d: route(d, "analytics").__setitem__("purposes", ["2.1.1", 2]),
                 "[routes.analytics.purposes]", ["expected a list of strings"], id="wrong-type-list-item"),
    pytest.param(lambda d: d["fields"].__setitem__("user.email", "drop"),
                 "[fields.'user.email']", ["expected a table, got str"], id="wrong-type-field-rule"),
    pytest.param(lambda d: d["limits"].__setitem__("max_depth", 0),
                 "[limits.max_depth]", ["expected a positive number, got 0"], id="limit-not-positive"),
    pytest.param(lambda d: d.pop("purposes"),
                 "[purposes]", ["expected at least one purpose"], id="no-purposes"),
    pytest.param(lambda d: d.pop("routes"),
                 "[routes]", ["expected at least one route"], id="no-routes"),
    pytest.param(lambda d: d["policy"].__setitem__("revision", 0),
                 "[policy.revision]", ["expected a whole number from 1", "got 0"], id="revision-zero"),
    pytest.param(lambda d: d["policy"].__setitem__("revision", "2"),
                 "[policy.revision]", ["expected int, got str"], id="revision-not-a-number"),
    pytest.param(lambda d: d["policy"].__setitem__("summary", "one\ntwo"),
                 "[policy.summary]", ["expected one line"], id="summary-of-two-lines"),
    pytest.param(lambda d: d["policy"].__setitem__("version", "v2"),
                 "[policy.version]", ["expected the Policy's date such as \"2024-01-01\"", "'v2'"],
                 id="version-not-a-date"),
]


@pytest.mark.parametrize(("change", "key", "expected"), CASES)
def test_a_mistake_names_file_key_and_expectation(change: Mutation, key: str, expected: list[str]) -> None:
    """An operator fixes the file from the message alone: file, key as written in the file, what was expected."""
    message = error_of(change)
    assert message.startswith("bad.toml: "), message
    assert key in message, message
    for part in expected:
        assert part in message, message
    assert "\n" not in message


def test_purpose_topic_retention_above_s3_days_is_refused() -> None:
    """Clause 3.3 (one year): raising purpose_topic_max_days must not let a Kafka topic outlive the S3 archive.

    raw and dlq are checked against s3_days; a route topic must be too (either key may carry the error).
    """
    message = error_of(lambda d: (d["retention"].__setitem__("purpose_topic_max_days", 500),
                                  route(d, "analytics").__setitem__("retention_days", 400)))
    assert message.startswith("bad.toml: ")
    assert "[retention.purpose_topic_max_days]" in message or "[routes.analytics.retention_days]" in message
    assert "retention.s3_days (365)" in message


@pytest.mark.parametrize("path", ["user.id", "user.email", "client.ip", "client.cookies", "device.location",
                                  "request.path", "action.properties"])
def test_keep_on_an_identifying_field_is_refused(path: str) -> None:
    """`keep` would let a raw identifier through (clauses 1.1-1.3); the message must offer only real treatments."""
    assert path in IDENTIFYING
    message = error_of(set_field(path, "keep"))
    assert message.startswith("bad.toml: ")
    assert f"[fields.'{path}'.treatment]" in message
    assert "expected" in message
    offered = message.split("expected", 1)[1]
    assert "keep" not in offered, message


def test_keep_is_allowed_on_numbers_and_envelope_fields() -> None:
    """The converse: keep stays valid where it is safe, so the check above is not simply 'keep is banned'."""
    data = mutated(lambda d: d["fields"].update({
        "request.status": {"treatment": "keep"}, "request.duration_ms": {"treatment": "keep"},
        "consent": {"treatment": "keep"}}))
    policy = parse_policy(data, BAD)
    assert policy.fields["request.status"].treatment == "keep"
    assert policy.fields["request.duration_ms"].treatment == "keep"


def test_invalid_toml_names_the_file_and_position(tmp_path: Path) -> None:
    """A syntax error says where it is, not just that parsing failed."""
    path = tmp_path / "policy.toml"
    path.write_text('[policy]\nname = "x"\nversion = \n', encoding="utf-8")
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    message = str(info.value)
    assert message.startswith(f"{path}: not valid TOML")
    assert "line 3" in message


def test_policy_file_not_utf8_is_a_policy_error(tmp_path: Path) -> None:
    """A policy saved in Latin-1 (an accented comment) must fail like any bad file, not with a UnicodeDecodeError."""
    path = tmp_path / "policy.toml"
    path.write_bytes(POLICY_FILE.read_bytes() + "# café\n".encode("latin-1"))
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ")
    assert "UTF-8" in message or "utf-8" in message


def test_missing_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "policy.toml"
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    assert str(info.value) == f"{path}: cannot read the policy file: No such file or directory"


def test_unreadable_path_names_the_file(tmp_path: Path) -> None:
    """A directory where the file should be cannot be read (works even as root, unlike chmod 000)."""
    with pytest.raises(PolicyError) as info:
        load_policy(tmp_path)
    assert str(info.value) == f"{tmp_path}: cannot read the policy file: Is a directory"


def test_parse_policy_accepts_the_unmodified_base() -> None:
    """Every failing case above differs from a valid policy by one change only."""
    policy = parse_policy(mutated(lambda d: None), BAD)
    assert policy.source == BAD


# --- the shipped policy says what the design says ---

SHIPPED = load_policy(POLICY_FILE)


def test_shipped_policy_routes() -> None:
    """Clauses 2.1.1-2.1.4 and 4.1: analytics without consent, marketing only with marketing consent."""
    routes = {r.name: r for r in SHIPPED.routes}
    assert set(routes) == {"analytics", "marketing"}
    assert routes["analytics"].topic.name == "logs.analytics"
    assert routes["analytics"].purposes == frozenset({"2.1.1", "2.1.3"})
    assert routes["analytics"].requires_consent == ()
    assert routes["marketing"].topic.name == "logs.marketing"
    assert routes["marketing"].purposes == frozenset({"2.1.2", "2.1.4"})
    assert routes["marketing"].requires_consent == ("marketing",)
    assert SHIPPED.route("marketing") is routes["marketing"]
    with pytest.raises(KeyError):
        SHIPPED.route("ads")


def test_shipped_policy_retention() -> None:
    """Clause 3.3: S3 keeps one year; every Kafka topic keeps far less."""
    assert SHIPPED.retention.s3_days == 365
    assert SHIPPED.retention.abort_incomplete_multipart_days == 1
    assert SHIPPED.raw.name == "logs.raw" and SHIPPED.dlq.name == "logs.dlq"
    assert [t.name for t in SHIPPED.topics()] == ["logs.raw", "logs.analytics", "logs.marketing", "logs.dlq"]
    for topic in SHIPPED.topics():
        assert topic.retention_days <= SHIPPED.retention.purpose_topic_max_days < SHIPPED.retention.s3_days
    assert SHIPPED.raw.retention_ms == 3 * 24 * 60 * 60 * 1000


def test_shipped_policy_treats_every_identifying_field() -> None:
    """Clauses 1.1-1.3: no identifying field of the wire format is kept raw."""
    for path in IDENTIFYING:
        assert path in SHIPPED.fields, path
        assert SHIPPED.fields[path].treatment != "keep", path
    assert set(SHIPPED.fields) <= set(FIELDS)
    assert SHIPPED.fields["user.id"].treatment == "pseudonymize"
    assert SHIPPED.fields["user.email"].treatment == "drop"
    assert SHIPPED.fields["client.ip"].treatment == "ip_prefix"


def test_shipped_marketing_route_is_minimal() -> None:
    """Data minimization: marketing gets no query string, no IP, no session id."""
    allow = set(SHIPPED.route("marketing").allow)
    assert not allow & {"request.query", "client.ip", "client.forwarded_for", "user.session_id", "client.cookies"}
    for r in SHIPPED.routes:
        assert not set(r.allow) & {"user.email", "user.phone", "user.name", "client.cookies", "action.form"}


def test_consent_withdrawals_name_known_consents_and_purposes(tmp_path: Path) -> None:
    policy = load_policy(PROJECT_ROOT / "config" / "policy.toml")
    assert policy.withdraws == {"analytics": frozenset({"2.1.3"}), "marketing": frozenset({"2.1.2", "2.1.4"})}
    text = (PROJECT_ROOT / "config" / "policy.toml").read_text()
    for bad, expected in [('analytics = ["2.1.3"]', 'analytics = ["2.9.9"]'), ('analytics = ["2.1.3"]',
                                                                              'cookies = ["2.1.3"]')]:
        path = tmp_path / "bad.toml"
        path.write_text(text.replace(bad, expected, 1))
        with pytest.raises(PolicyError, match=r"consent\.withdraws\.(analytics|cookies)"):
            load_policy(path)


def test_the_audience_of_the_policy_decides_what_free_text_is_read_in(tmp_path: Path) -> None:
    """[privacy] languages: a German name cue is read when German is in the audience, not when it is left out; and a
    string seen under one audience is not answered from the cache of another."""
    from pipeline.privacy import audience
    from pipeline.privacy.redact import detect

    text = "Mein Name ist Habermehl"  # one word: only the German cue finds it (the no-cue scorer wants two)
    try:
        audience.configure(audience.Audience(("en",), ("US",)))
        assert not [d for d in detect(text) if d.kind == "name"]
        audience.configure(audience.Audience(("en", "de"), ("US", "DE")))
        assert [d for d in detect(text) if d.kind == "name"]
    finally:
        audience.configure(audience.DEFAULT)


def test_a_language_or_region_that_is_not_one_is_refused_with_its_place(tmp_path: Path) -> None:
    source = (PROJECT_ROOT / "config" / "policy.toml").read_text()
    for bad, message in (('languages = ["german"', "ISO 639-1"), ('regions = ["XX"', "ISO 3166-1")):
        broken = tmp_path / "policy.toml"
        key = bad.split(" = ")[0]
        start = source.index(f"\n{key} = [") + 1
        broken.write_text(source[:start] + bad + ", " + source[start + len(key) + 4:])
        with pytest.raises(PolicyError, match=f"privacy.{key}.*{message}"):
            load_policy(broken)


def test_the_version_id_is_the_policys_date_and_the_files_revision() -> None:
    """What every output and DLQ record carries as policy_version (clause 5.1); revision 1 when absent."""
    assert (SHIPPED.version, SHIPPED.revision, SHIPPED.version_id) == ("2024-01-01", 1, "2024-01-01.1")
    assert SHIPPED.summary
    data = tomllib.loads((PROJECT_ROOT / "config" / "policy.toml").read_text())
    del data["policy"]["revision"], data["policy"]["summary"]
    bare = parse_policy(data, Path("bare.toml"))
    assert (bare.version_id, bare.summary) == ("2024-01-01.1", "")


@pytest.mark.parametrize(("old", "new", "line_holds"), [
    ('"user.email" = { treatment = "drop"', '"user.email" = { treatment = "shred"', '"user.email"'),
    ('retention_days = 14\npurposes = ["2.1.2"', 'retention_days = 99\npurposes = ["2.1.2"', "retention_days = 99"),
    ("[routes.marketing]\n", "[routes.marketing]\nfoo = 1\n", "foo = 1"),
    ('path_prefix = ["/ads/"', 'schema = ["nope"]\npath_prefix = ["/ads/"', 'schema = ["nope"]'),
])
def test_a_mistake_in_a_policy_file_names_its_line(tmp_path: Path, old: str, new: str, line_holds: str) -> None:
    text = (PROJECT_ROOT / "config" / "policy.toml").read_text()
    assert old in text
    path = tmp_path / "policy.toml"
    path.write_text(text.replace(old, new, 1))
    with pytest.raises(PolicyError) as refused:
        load_policy(path)
    number = int(str(refused.value).rsplit("(line ", 1)[1].rstrip(")"))
    assert line_holds in path.read_text().splitlines()[number - 1]


_MISTAKES = [  # (old, new, what the line of the mistake holds), each in another part of the file
    ('"user.email" = { treatment = "drop"', '"user.email" = { treatment = "shred"', '"user.email"'),
    ('retention_days = 14\npurposes = ["2.1.2"', 'retention_days = 99\npurposes = ["2.1.2"', "retention_days = 99"),
    ("[routes.analytics]\n", "[routes.analytics]\nfoo = 1\n", "foo = 1"),
    ('path_prefix = ["/ads/"', 'schema = ["nope"]\npath_prefix = ["/ads/"', 'schema = ["nope"]'),
]


@pytest.mark.parametrize("count", [2, 3, 4])
def test_every_mistake_of_a_file_is_one_line_with_its_place(tmp_path: Path, count: int) -> None:
    """Not only the first: an operator fixes them all in one go (issue 25: each error one line with its line)."""
    text = (PROJECT_ROOT / "config" / "policy.toml").read_text()
    for old, new, _ in _MISTAKES[:count]:
        text = text.replace(old, new, 1)
    path = tmp_path / "policy.toml"
    path.write_text(text)
    with pytest.raises(PolicyErrors) as refused:
        load_policy(path)
    lines = str(refused.value).splitlines()
    assert len(lines) == len(refused.value.errors) == count
    written = path.read_text().splitlines()
    found = sorted(written[int(line.rsplit("(line ", 1)[1].rstrip(")")) - 1] for line in lines)
    assert all(line.startswith(f"{path}: [") for line in lines), lines
    assert all(any(holds in line for line in found) for _, _, holds in _MISTAKES[:count]), (found, lines)


def test_a_part_that_depends_on_a_mistake_is_not_reported_again() -> None:
    """Without its purposes, the routes, rules and withdrawals that name them are not read: one mistake, one line."""
    message = error_of(lambda d: d.__setitem__("purposes", {}))
    assert message.count("\n") == 0 and "[purposes]" in message
