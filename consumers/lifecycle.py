"""The bucket's lifecycle rule of clause 3.3, built from the policy, compared, and repaired.

logwarden owns one rule, `logwarden-retention`: expire objects `s3_days` after creation,
abort incomplete multipart uploads after a day, and expire noncurrent versions where the
bucket keeps versions. A bucket that keeps versions gets a second, `logwarden-delete-markers`:
remove a delete marker once no version is left behind it (S3 refuses that action in a rule
that also expires by days). Versions under a legal hold are never removed by either: S3 and
MinIO skip them. Other rules on the bucket belong to someone else and are kept as they are.
`plan()` is pure; `ensure()` and `read()` are the S3 edges.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from botocore.exceptions import ClientError

from pipeline.policy import Retention

RULE_ID = "logwarden-retention"
MARKERS_RULE_ID = "logwarden-delete-markers"


def desired_rule(retention: Retention, versioned: bool) -> dict[str, Any]:
    rule: dict[str, Any] = {
        "ID": RULE_ID,
        "Filter": {"Prefix": ""},
        "Status": "Enabled",
        "Expiration": {"Days": retention.s3_days},
        "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": retention.abort_incomplete_multipart_days},
    }
    if versioned:
        rule["NoncurrentVersionExpiration"] = {"NoncurrentDays": retention.noncurrent_version_days}
    return rule


def markers_rule() -> dict[str, Any]:
    """Delete markers with no version behind them (what expiring a current object leaves) are removed."""
    return {"ID": MARKERS_RULE_ID, "Filter": {"Prefix": ""}, "Status": "Enabled",
            "Expiration": {"ExpiredObjectDeleteMarker": True}}


def desired_rules(retention: Retention, versioned: bool) -> list[dict[str, Any]]:
    """logwarden's rules for a bucket: the retention rule, and the delete markers' rule where it keeps versions."""
    return [desired_rule(retention, versioned), *([markers_rule()] if versioned else [])]


def _normalize(rule: dict[str, Any]) -> dict[str, Any]:
    """The parts of a rule that carry meaning, in one shape whatever the store answered."""
    prefix = rule.get("Prefix")
    filt = rule.get("Filter", {})
    if prefix is None:
        prefix = filt.get("Prefix", "") if "And" not in filt and "Tag" not in filt else None
    return {
        "status": rule.get("Status"),
        "prefix": prefix,
        "filter_extra": {k: v for k, v in filt.items() if k != "Prefix"} or None,
        "expiration_days": rule.get("Expiration", {}).get("Days"),
        "expiration_date": rule.get("Expiration", {}).get("Date"),
        "expired_object_delete_marker": rule.get("Expiration", {}).get("ExpiredObjectDeleteMarker"),
        "abort_days": rule.get("AbortIncompleteMultipartUpload", {}).get("DaysAfterInitiation"),
        "noncurrent_days": rule.get("NoncurrentVersionExpiration", {}).get("NoncurrentDays"),
    }


@dataclass(frozen=True)
class Plan:
    rules: list[dict[str, Any]]  # the full rule list to put
    problems: list[str]  # why the current configuration is not compliant; empty when it is

    @property
    def compliant(self) -> bool:
        return not self.problems


def plan(current: list[dict[str, Any]], retention: Retention, versioned: bool) -> Plan:
    """Compare the bucket's rules with the policy; the rule list that keeps others and fixes ours."""
    wanted = desired_rules(retention, versioned)
    owned = {RULE_ID, MARKERS_RULE_ID}
    others = [r for r in current if r.get("ID") not in owned]
    problems: list[str] = []
    for want in wanted:
        ours = [r for r in current if r.get("ID") == want["ID"]]
        if not ours:
            problems.append(f"lifecycle rule {RULE_ID} is missing: objects would be kept forever, "
                            f"not {retention.s3_days} days (clause 3.3)" if want["ID"] == RULE_ID else
                            f"lifecycle rule {MARKERS_RULE_ID} is missing: the delete markers of expired objects "
                            "would be kept forever")
            continue
        have, expect = _normalize(ours[0]), _normalize(want)
        for name, label in (("status", "status"), ("prefix", "prefix (must cover every object)"),
                            ("filter_extra", "filter"), ("expiration_days", "expiration days"),
                            ("expiration_date", "expiration date"),
                            ("expired_object_delete_marker", "expired object delete marker"),
                            ("abort_days", "abort incomplete multipart days"),
                            ("noncurrent_days", "noncurrent version expiration days")):
            if have[name] != expect[name]:
                problems.append(
                    f"lifecycle rule {want['ID']}: {label} is {have[name]!r}, the policy says {expect[name]!r}"
                )
    stale = [r for r in current if r.get("ID") == MARKERS_RULE_ID and not versioned]
    if stale:
        problems.append(f"lifecycle rule {MARKERS_RULE_ID} is on a bucket that keeps no versions")
    return Plan(rules=[*others, *wanted], problems=problems)


def read(client: Any, bucket: str) -> tuple[list[dict[str, Any]], bool]:
    """The bucket's lifecycle rules and whether it keeps versions."""
    try:
        rules = client.get_bucket_lifecycle_configuration(Bucket=bucket).get("Rules", [])
    except ClientError as exc:
        if exc.response.get("Error", {}).get("Code") != "NoSuchLifecycleConfiguration":
            raise
        rules = []
    status = client.get_bucket_versioning(Bucket=bucket).get("Status")
    return rules, status in ("Enabled", "Suspended")


def ensure(client: Any, bucket: str, retention: Retention) -> Plan:
    """Put the policy's rule when it is missing or has drifted, keeping unrelated rules. Returns what was found."""
    rules, versioned = read(client, bucket)
    result = plan(rules, retention, versioned)
    if not result.compliant:
        client.put_bucket_lifecycle_configuration(Bucket=bucket, LifecycleConfiguration={"Rules": result.rules})
    return result


def describe(rule: dict[str, Any]) -> str:
    """A rule as read, in words: what the demo and the report show a person (actions a store dropped are absent)."""
    parts = []
    if "Days" in rule.get("Expiration", {}):
        parts.append(f"expire objects after {rule['Expiration']['Days']} days")
    if rule.get("Expiration", {}).get("ExpiredObjectDeleteMarker"):
        parts.append("remove delete markers no version is left behind")
    if "NoncurrentDays" in rule.get("NoncurrentVersionExpiration", {}):
        parts.append(f"noncurrent versions after {rule['NoncurrentVersionExpiration']['NoncurrentDays']} days")
    if "DaysAfterInitiation" in rule.get("AbortIncompleteMultipartUpload", {}):
        parts.append(f"abort incomplete uploads after {rule['AbortIncompleteMultipartUpload']['DaysAfterInitiation']}"
                     " days")
    return ", ".join(parts) or "no action"
