"""`logwarden policy plan` (pipeline/policy_plan.py): the diff, the replay on a sample, the verdict and exit code,
the plan file, and one clear line for every kind of invalid NEW."""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import orjson
import pytest
from policy_variants import BASE, POLICY_FILE, Mutation, appended, set_in, variant_data

from consumers.leaks import find_leak
from pipeline import policy_plan
from pipeline.dev.process import free_port
from pipeline.policy import load_policy
from pipeline.policy_diff import NARROWING, NEUTRAL, WIDENING
from pipeline.privacy import rules


@pytest.fixture(autouse=True)
def no_rules_after() -> Any:
    yield
    rules.configure(rules.NONE)


def write_variant(tmp_path: Path, mutate: Mutation, name: str = "new.toml") -> Path:
    """The policy file with one change, written as TOML (by hand: tomllib has no writer)."""
    path = tmp_path / name
    path.write_text(to_toml(variant_data(mutate)))
    return path


def to_toml(data: dict[str, Any], prefix: str = "") -> str:
    scalars = {k: v for k, v in data.items() if not isinstance(v, dict) and not _tables(v)}
    out = [f"{json.dumps(k)} = {_value(v)}" for k, v in scalars.items()]
    for key, value in data.items():
        name = f"{prefix}.{json.dumps(key)}" if prefix else json.dumps(key)
        if isinstance(value, dict):
            out.append(f"\n[{name}]\n" + to_toml(value, name))
        elif _tables(value):
            out += [f"\n[[{name}]]\n" + to_toml(item, name) for item in value]
    return "\n".join(out)


def _tables(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _value(value: Any) -> str:
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)} = {_value(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value)


def sample(corpus_lines: int = 40, loadgen: int = 60) -> list[bytes]:
    return list(itertools.islice(policy_plan.corpus_events(), corpus_lines)) + list(policy_plan.loadgen_events(loadgen))


def run_plan(tmp_path: Path, mutate: Mutation, raw: list[bytes] | None = None) -> policy_plan.Plan:
    new = write_variant(tmp_path, mutate)
    return policy_plan.plan(load_policy(POLICY_FILE), load_policy(new), POLICY_FILE, new, "test",
                            sample() if raw is None else raw, find_leak)


def test_the_toml_writer_of_these_tests_gives_back_the_policy_file() -> None:
    import tomllib

    assert tomllib.loads(to_toml(BASE)) == BASE


def test_a_field_newly_kept_widens_and_the_replay_shows_the_outputs_it_changes(tmp_path: Path) -> None:
    result = run_plan(tmp_path, appended("routes", "analytics", "allow", value="client.forwarded_for"))
    assert result.verdict == WIDENING and result.exit_code == 3
    analytics = next(r for r in result.routes if r.route == "analytics")
    assert analytics.changed > 0 and set(analytics.fields) == {"client.forwarded_for"}
    assert analytics.examples and not analytics.let_out
    marketing = next(r for r in result.routes if r.route == "marketing")
    assert marketing.changed == 0 and marketing.outputs_old == marketing.outputs_new > 0


def test_a_kind_switched_off_lets_identifiers_out_and_the_leak_check_counts_them(tmp_path: Path) -> None:
    result = run_plan(tmp_path, set_in("privacy", "kinds", value={"email": "off"}))
    analytics = next(r for r in result.routes if r.route == "analytics")
    assert analytics.let_out.get("email", 0) > 0
    assert any("lets out" in line and "email" in line for line in result.lines())
    assert result.exit_code == 3


def test_a_narrowing_change_exits_0_and_names_the_fields_it_changes(tmp_path: Path) -> None:
    result = run_plan(tmp_path, set_in("fields", "user.id", value={"treatment": "drop", "clause": "1.2"}))
    assert result.verdict == NARROWING and result.exit_code == 0
    analytics = next(r for r in result.routes if r.route == "analytics")
    assert analytics.fields.get("user.id", 0) > 0 and not analytics.let_out


def test_a_kind_sent_to_the_dlq_shows_as_events_that_leave_their_routes(tmp_path: Path) -> None:
    result = run_plan(tmp_path, set_in("privacy", "kinds", value={"email": "drop_event"}))
    assert any(k.endswith("dlq:dropped_by_rule") for k in result.outcomes_changed)
    assert next(r for r in result.routes if r.route == "analytics").lost > 0
    assert result.exit_code == 0


def test_the_same_policy_is_neutral_with_no_output_changed(tmp_path: Path) -> None:
    result = run_plan(tmp_path, lambda d: None)
    assert result.verdict == NEUTRAL and result.exit_code == 0 and not result.changes
    assert all(r.changed == r.gained == r.lost == 0 for r in result.routes)


def test_the_plan_file_names_both_files_by_digest_with_the_changes_and_the_verdict(tmp_path: Path) -> None:
    unasked = orjson.dumps({"schema": "request/1", "event_id": "0b7d3c9e-3f7a-4c1e-9a53-2f6f5f0d8a11",
                            "ts": "2026-01-01T00:00:00Z", "purposes": ["2.1.2"], "request": {"path": "/ads/x"}})
    result = run_plan(tmp_path, set_in("routes", "marketing", "requires_consent", value=[]), [*sample(), unasked])
    plan = result.to_json()
    new = tmp_path / "new.toml"
    assert plan["new"]["digest"] == "sha256:" + hashlib.sha256(new.read_bytes()).hexdigest()
    assert plan["old"]["digest"] == "sha256:" + hashlib.sha256(POLICY_FILE.read_bytes()).hexdigest()
    assert plan["verdict"] == WIDENING
    (change,) = [c for c in plan["changes"] if c["kind"] == "consent_required"]
    assert change["route"] == "marketing" and change["clause"] == "4.1" and change["direction"] == WIDENING
    marketing = next(r for r in plan["replay"]["routes"] if r["route"] == "marketing")
    assert marketing["gained"] > 0  # events without marketing consent now reach the route
    orjson.dumps(plan)


def test_the_default_sample_has_the_corpus_of_the_checkout_and_the_fixed_load_generator_traffic() -> None:
    described, raw = policy_plan.default_sample()
    assert "privacy corpus" in described
    corpus = sum(1 for line in policy_plan.CORPUS.read_text().splitlines() if line.strip())
    assert len(raw) == corpus + policy_plan.LOADGEN_EVENTS
    assert list(policy_plan.loadgen_events(5)) == list(policy_plan.loadgen_events(5))  # seeded: the same every run


def test_an_archive_record_is_replayed_without_the_sinks_stamp() -> None:
    import gzip

    record = {"schema": "request/1", "event_id": "0b7d3c9e-3f7a-4c1e-9a53-2f6f5f0d8a11", "ts": "2026-01-01T00:00:00Z",
              "logwarden": {"route": "analytics"}}
    (raw,) = policy_plan.archived_events([gzip.compress(orjson.dumps(record) + b"\n")])
    assert "logwarden" not in orjson.loads(raw)


# --- the command ---


def _cli(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """The command with no cluster to ask for the version in force (a port nobody listens on): it compares with
    LOGWARDEN_POLICY. tests/system/test_policy_switch.py has it read the version in force from a real one."""
    env = {**os.environ, "LOGWARDEN_POLICY": str(POLICY_FILE), "LOGWARDEN_KAFKA_BOOTSTRAP": f"127.0.0.1:{free_port()}"}
    return subprocess.run([sys.executable, "-m", "pipeline.cli", "policy", "plan", *args], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=120, check=False)


def test_the_command_replays_a_jsonl_sample_writes_the_plan_and_exits_3_on_widening(tmp_path: Path) -> None:
    events = tmp_path / "events.jsonl"
    events.write_bytes(b"\n".join(sample(10, 20)) + b"\n")
    new = write_variant(tmp_path, appended("routes", "analytics", "allow", value="client.forwarded_for"))
    result = _cli([str(new), "--sample", str(events), "--out", str(tmp_path / "plan.json")], tmp_path)
    assert result.returncode == 3, result.stderr
    assert "widening: field_kept on route analytics field client.forwarded_for" in result.stdout
    assert "replay: 30 events" in result.stdout
    # no cluster answered: the policy file, and why (refused at once, or, on a loaded machine, not within the wait)
    assert re.search(rf"compared against: LOGWARDEN_POLICY {re.escape(str(POLICY_FILE))} \((logs\.policy could not "
                     r"be read: .+|the cluster did not answer within 10 s)\)\n", result.stdout), result.stdout
    assert json.loads((tmp_path / "plan.json").read_text())["verdict"] == WIDENING


def test_the_command_exits_0_when_nothing_widens(tmp_path: Path) -> None:
    events = tmp_path / "events.jsonl"
    events.write_bytes(b"\n".join(sample(5, 5)) + b"\n")
    new = write_variant(tmp_path, set_in("policy", "version", value="2026-12-06"))
    result = _cli([str(new), "--sample", str(events)], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "verdict: neutral" in result.stdout


def _broken(text: str) -> str:
    return POLICY_FILE.read_text().replace(*text.split(" => "))


@pytest.mark.parametrize(("edit", "expected", "line_holds"), [
    ('[policy] => [policy\n', "not valid TOML: ", None),
    ('"user.email" = { treatment = "drop" => "user.email" = { treatment = "shred"', "unknown treatment 'shred'",
     '"user.email" = { treatment = "shred"'),
    ('purposes = ["2.1.2", "2.1.4"]\nrequires_consent => requires_consent', "[routes.marketing] missing 'purposes'",
     "[routes.marketing]"),
    ('"user.id",\n  "action.name",\n] => "user.id",\n  "user.nickname",\n]', "unknown field 'user.nickname'",
     "allow = ["),
    ('[privacy]\n => [privacy]\npatterns = { cn = { pattern = "(CN)-\\\\1" } }\n',
     "[privacy.patterns.cn.pattern] RE2 refuses the pattern", "patterns = "),
])
def test_an_invalid_new_policy_is_one_line_with_its_place_and_exit_2(tmp_path: Path, edit: str, expected: str,
                                                                      line_holds: str | None) -> None:
    new = tmp_path / "new.toml"
    new.write_text(_broken(edit))
    assert new.read_text() != POLICY_FILE.read_text()
    result = _cli([str(new), "--sample", os.devnull], tmp_path)
    assert result.returncode == 2, (result.stdout, result.stderr)
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"logwarden: {new}: ") and expected in line
    number = int(re.findall(r"line (\d+)", line)[-1])
    if line_holds is not None:  # the line of the key (or of the table that lacks it)
        assert line_holds in new.read_text().splitlines()[number - 1]


def test_every_mistake_of_an_invalid_new_policy_is_a_line_of_its_own(tmp_path: Path) -> None:
    new = tmp_path / "new.toml"
    new.write_text(_broken('"user.email" = { treatment = "drop" => "user.email" = { treatment = "shred"')
                   .replace("[routes.marketing]\n", "[routes.marketing]\nfoo = 1\n"))
    result = _cli([str(new), "--sample", os.devnull], tmp_path)
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2 and all(line.startswith(f"logwarden: {new}: [") for line in lines), lines
    assert "unknown treatment 'shred'" in lines[0] + lines[1] and "unknown key 'foo'" in lines[0] + lines[1]
    for line in lines:
        assert "(line " in line


def test_the_command_replays_a_slice_of_the_s3_archive(servers: Any, settings: Any, bucket: str,
                                                       tmp_path: Path) -> None:
    import gzip

    from consumers.s3 import s3_client

    client = s3_client(settings)
    archived = [orjson.loads(o.value) for raw in sample(0, 30)
                for o in _router_outputs(raw) if o.route == "analytics"]
    body = gzip.compress(b"".join(orjson.dumps(r) + b"\n" for r in archived))
    key = "analytics/dt=2026-01-01/hour=00/logs.analytics+0+00000000000000000000.jsonl.gz"
    client.put_object(Bucket=bucket, Key=key, Body=body)
    client.put_object(Bucket=bucket, Key="marketing/dt=2026-01-01/hour=00/x.jsonl.gz", Body=gzip.compress(b""))
    new = write_variant(tmp_path, set_in("fields", "user.id", value={"treatment": "drop", "clause": "1.2"}))
    env = {**servers.env(LOGWARDEN_S3_BUCKET=bucket), "LOGWARDEN_POLICY": str(POLICY_FILE)}
    result = subprocess.run([sys.executable, "-m", "pipeline.cli", "policy", "plan", str(new), "--sample",
                             f"s3://{bucket}/analytics/", "--out", str(tmp_path / "plan.json")], env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    plan = json.loads((tmp_path / "plan.json").read_text())
    assert plan["replay"]["events"] == len(archived) > 0
    assert plan["replay"]["sample"] == f"1 archive objects under s3://{bucket}/analytics/"
    assert plan["verdict"] == NARROWING


def _router_outputs(raw: bytes) -> Any:
    from pipeline.scrub import Router

    return Router(load_policy(POLICY_FILE), b"k" * 32, "k1").route(raw).outputs


def test_a_reader_added_in_the_principals_that_go_with_new_widens(tmp_path: Path) -> None:
    principals = Path(__file__).resolve().parents[2] / "config" / "principals.toml"
    more = tmp_path / "principals.toml"
    more.write_text(principals.read_text().replace('analytics = ["analyst-analytics"]',
                                                   'analytics = ["analyst-analytics", "contractor"]'))
    events = tmp_path / "events.jsonl"
    events.write_bytes(b"\n".join(sample(2, 2)) + b"\n")
    result = _cli([str(POLICY_FILE), "--sample", str(events), "--principals", str(more)], tmp_path)
    assert result.returncode == 3, result.stderr
    assert "widening: reader on route analytics: (none) -> contractor (clause 3.1, 2.1.1, 2.1.3)" in result.stdout
    same = _cli([str(POLICY_FILE), "--sample", str(events)], tmp_path)
    assert same.returncode == 0 and "changes: none" in same.stdout


def test_the_readers_of_a_route_come_from_the_principals_file_and_only_for_the_policys_routes(tmp_path: Path) -> None:
    principals = tmp_path / "principals.toml"
    principals.write_text('[readers]\nanalytics = "ann"\nresearch = ["bob"]\n')
    readers = policy_plan.route_readers(principals, load_policy(POLICY_FILE))
    assert readers == {"analytics": ("ann",), "marketing": ()}
    assert policy_plan.route_readers(tmp_path / "none.toml", load_policy(POLICY_FILE)) == {}
