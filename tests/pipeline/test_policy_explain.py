"""`logwarden policy explain` (pipeline/policy_explain.py): the data map is generated from the policy and the
principals, as Markdown and as one self-contained HTML page that headless Chromium renders."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from policy_variants import POLICY_FILE, appended, set_in, variant

from pipeline import policy_explain
from pipeline.policy import load_policy
from pipeline.privacy.registry import KINDS

READERS = {"analytics": ("analyst-analytics",), "marketing": ("analyst-marketing",)}
ROLES = {"sink": ("logwarden-sink",), "operator": ("logwarden-operator",)}


def test_each_route_has_its_purposes_consent_readers_retention_and_fields_with_clauses() -> None:
    text = policy_explain.markdown(policy_explain.build(load_policy(POLICY_FILE), READERS, ROLES))
    assert "## Route marketing (topic logs.marketing, clause 2.1.2, 2.1.4, 4.1)" in text
    assert "- consent: requires an explicit yes to marketing (clause 4.1)" in text
    assert "- readers: analyst-marketing" in text
    assert "- retention: Kafka 14 days, archive 365 days (jsonl)" in text
    assert "| `client.ip` | generalized: the network: IPv4 /24, IPv6 /48 | 1.8: IP address |" in text
    assert "logwarden/route/marketing/<key epoch>" in text
    assert "2.1.4 Targeting advertising materials on the Service" in text
    assert "- logwarden-operator (operator): logs.dlq: raw bad input" in text


def test_identifying_fields_no_route_keeps_are_listed_as_never_leaving() -> None:
    data = policy_explain.build(load_policy(POLICY_FILE))
    never = {f.path for f in data.never_leaves}
    assert {"user.email", "user.name", "client.cookies", "action.form.phone"} <= never
    assert "user.id" not in never


def test_every_detector_kind_is_listed_with_what_the_policy_does_with_it() -> None:
    policy = variant(lambda d: d["privacy"].update(kinds={"phone": "off"},
                                                   patterns={"customer_number": {"pattern": "CN-[0-9]{8}"}}))
    data = policy_explain.build(policy)
    kinds = {k: what for k, _, what in data.kinds}
    assert set(KINDS) <= set(kinds)
    assert kinds["phone"] == "not looked for" and kinds["email"] == "replaced by its marker"
    assert kinds["customer_number"].startswith("replaced by its marker (RE2 pattern CN-[0-9]{8})")


def test_the_figures_follow_the_policy() -> None:
    before = policy_explain.build(load_policy(POLICY_FILE))
    after = policy_explain.build(variant(lambda d: (
        appended("routes", "analytics", "allow", value="client.forwarded_for")(d),
        set_in("routes", "analytics", "retention_days", value=21)(d))))
    old, new = before.routes[0].counts(), after.routes[0].counts()
    assert new["generalized"] == old["generalized"] + 1
    assert after.routes[0].kafka_days == 21
    page_before, page_after = policy_explain.page(before), policy_explain.page(after)
    assert f">{old['generalized']}</text>" in page_before and f">{new['generalized']}</text>" in page_after
    days = '<span class="kafka-days">21</span>'
    assert days in page_after and days not in page_before


def test_the_page_is_self_contained() -> None:
    page = policy_explain.page(policy_explain.build(load_policy(POLICY_FILE), READERS, ROLES))
    assert "<script" not in page and " src=" not in page and "<link" not in page
    assert re.findall(r"https?://[^\"' ]+", page) == ["http://www.w3.org/2000/svg"]


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.fail("headless Chromium is not installed: `apt-get install chromium` (`make test` installs it)")
    return found


def _render(page: str, where: Path, name: str) -> tuple[bytes, str]:
    html = where / f"{name}.html"
    html.write_text(page)
    png = where / f"{name}.png"
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", f"--user-data-dir={where / 'profile'}"]
    subprocess.run([_chromium(), *flags, f"--screenshot={png}", "--window-size=1200,1400", html.as_uri()],
                   capture_output=True, timeout=120, check=True)
    dom = subprocess.run([_chromium(), *flags, "--dump-dom", html.as_uri()], capture_output=True, text=True,
                         timeout=120, check=True).stdout
    return png.read_bytes(), dom


def test_the_html_page_renders_in_headless_chromium_and_changes_with_the_policy(tmp_path: Path) -> None:
    shot, dom = _render(policy_explain.page(policy_explain.build(load_policy(POLICY_FILE), READERS, ROLES)),
                        tmp_path, "explain")
    assert shot[:8] == b"\x89PNG\r\n\x1a\n" and len(shot) > 20_000  # a page with tables and a chart, not blank
    assert dom.count("<rect") >= 2 + len(policy_explain.CATEGORIES) and "Route analytics" in dom
    narrower = variant(set_in("routes", "marketing", "allow", value=["schema", "event_id", "ts"]))
    shot2, dom2 = _render(policy_explain.page(policy_explain.build(narrower, READERS, ROLES)), tmp_path, "narrower")
    assert shot2 != shot and "3 kept" in dom2 and "3 kept" not in dom


def test_the_command_prints_the_map_of_the_policy_in_force_or_of_a_file(tmp_path: Path) -> None:
    env = {**os.environ, "LOGWARDEN_POLICY": str(POLICY_FILE)}
    md = subprocess.run([sys.executable, "-m", "pipeline.cli", "policy", "explain"], env=env, capture_output=True,
                        text=True, timeout=60, check=True).stdout
    assert md.startswith("# Record of processing: AlexRust.org Privacy Policy")
    page = subprocess.run([sys.executable, "-m", "pipeline.cli", "policy", "explain", str(POLICY_FILE), "--format",
                           "html"], env=env, capture_output=True, text=True, timeout=60, check=True).stdout
    assert page.startswith("<!doctype html>") and "readers" in page
